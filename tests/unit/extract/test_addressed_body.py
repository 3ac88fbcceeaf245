"""A body of envoys or members that a two-party verb is done to is the act's other party, as the sentence writes it."""

from __future__ import annotations

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.extract.events.common import addressed_body, window_actors
from pipeline.parse.model import Block, ParsedDocument


def test_the_heads_of_missions_received_are_the_other_party():
    sources, targets = window_actors(
        "On Friday Comrade Shehu received the heads of mission of the socialist countries and assured us of his support.",
        None,
    )
    assert sources == ["Mehmet Shehu"]
    assert targets == ["heads of mission of the socialist countries"]


def test_the_diplomatic_corps_told_before_a_time_word():
    assert window_actors(
        "Nasser told the diplomatic corps this morning that the army would return to its barracks.", None
    ) == (["Gamal Abdel Nasser"], ["diplomatic corps"])


def test_a_body_only_spoken_of_is_no_party():
    assert addressed_body("Tito said that the heads of missions had left the capital.") is None
    assert window_actors("Tito said that the heads of missions had left the capital.", None) == (
        ["Josip Broz Tito"],
        [],
    )


def test_a_named_party_keeps_its_place():
    sources, targets = window_actors(
        "Sukarno received Nehru and the heads of the Asian missions on 3 May.", None
    )
    assert sources == ["Sukarno"]
    assert targets == ["Jawaharlal Nehru"]


def _rows(text: str) -> list[tuple[list[str], list[str]]]:
    doc = ParsedDocument(
        parser="test/1",
        source_type="archival_record",
        document_type="telegram",
        document_date=date(1961, 4, 28),
        document_date_precision="day",
        blocks=[Block("paragraph", 0, len(text), text, language="en")],
    )
    return [(list(e.sources), list(e.targets)) for e in extract_events(doc)]


def test_a_telegram_row_keeps_the_missions_received():
    rows = _rows(
        "This morning Comrade Shehu received the heads of the diplomatic missions of the socialist countries."
    )
    assert (["Mehmet Shehu"], ["heads of the diplomatic missions of the socialist countries"]) in rows


def test_the_second_act_of_the_sentence_is_not_done_to_the_body():
    text = "On Monday Comrade Shehu received the diplomatic corps and blamed the strikes on foreign agents."
    assert addressed_body(text, text.index("received")) == "diplomatic corps"
    assert addressed_body(text, text.index("blamed")) is None
