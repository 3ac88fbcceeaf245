"""A FRUS telegram of our own making, run through the whole seed path: the events a user gets from it."""

from __future__ import annotations

from pipeline.seed import process_seed


def frus_cable_events(number: int, country: str, line: str, body: str, volume: str = "frus1961-63v05",
                      volume_title: str | None = "Foreign Relations of the United States, 1961–1963, Volume V, Soviet Union") -> list[dict]:
    """The events rows of a FRUS page holding telegram ``number`` from the Embassy in ``country``, dated by ``line``."""
    text = (
        f"source: https://history.state.gov/historicaldocuments/{volume}/d{number}\n"
        "Historical Documents - Office of the Historian\n\n"
        + (f"{volume_title}\n\n" if volume_title else "")
        + f"{number}. Telegram From the Embassy in {country} to the Department of State1\n\n"
        f"{line}\n\n{body}"
    )
    return process_seed(f"{number}_frus-cable.txt", text.encode()).events.to_pylist()
