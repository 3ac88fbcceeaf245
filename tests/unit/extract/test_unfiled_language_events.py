"""A page in a language no page of the pool is written in and no file of ``pipeline/reference/lang`` describes: its
calendar words are borrowed from dateparser's locale data (``pipeline.normalize.borrowed``), and a sentence that writes a
day in them is an event of that day (``dated_sentence``), as a sentence naming the day before the writing is an event of
that day (``relative_date``), whatever the language's verbs are.

Each page is built from the locale's OWN data (its month's full name, its word of yesterday, its words of day, week,
month and year standing for the sentence's words), in the languages lingua tells by their script alone and no page of
the pool uses: Bengali, Gujarati, Punjabi, Tamil, Telugu.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.normalize.borrowed import locale_data
from pipeline.seed import process_seed

LANGUAGES = ("bn", "gu", "pa", "ta", "te")
WRITTEN, TOLD = date(1975, 3, 20), date(1975, 3, 14)


def _plain(word: str) -> bool:
    """A word of letters and their marks (a vowel sign, a virama), no figure, space nor full stop."""
    return len(word) >= 3 and not any(c.isdigit() or c.isspace() or c in ".," for c in word)


def _words(info: dict) -> list[str]:
    """Words of the locale's own script to stand for a sentence's: its words of day, week, month, year and its week days'
    names, longest first."""
    found = [w for key in ("day", "week", "month", "year", "monday", "tuesday", "friday") for w in info.get(key) or []
             if _plain(w)]
    return sorted(dict.fromkeys(found), key=len, reverse=True)


def _page(language: str) -> tuple[str, str, str]:
    """The page, the sentence of its dated act and the sentence of the act of the day before the writing."""
    info = locale_data(language)
    march = max((m for m in info["march"] if _plain(m)), key=len)
    yesterday = max(info["relative-type"]["1 day ago"], key=len)
    w = _words(info)
    dated = f"{w[0]} {w[1]} {TOLD.day} {march} {TOLD.year} {w[2]} {w[3]} {w[4]}."
    told = f"{yesterday} {w[1]} {w[3]} {w[2]} {w[0]}."
    page = (f"source: https://example.org/archive/{language}/1975/12\n"
            f"{w[0]} › {WRITTEN.year}\n\n{w[2]} {w[1]}\n\n{w[4]}, {WRITTEN.day} {march} {WRITTEN.year}\n\n"
            f"{dated} {told}\n\n{w[3]} {w[0]} {w[1]} {w[2]}.\n")
    return page, dated, told


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_dated_act_of_an_unfiled_language_is_an_event_of_its_day(language):
    page, dated, told = _page(language)
    result = process_seed(f"{language}-{WRITTEN.isoformat()}.txt", page.encode())
    events = result.events.to_pylist()
    documents = result.documents.to_pylist()
    assert documents[0]["document_date"] == WRITTEN, (language, documents[0]["document_date"])
    days = {e["evidence_text"].strip(): e["start_date"] for e in events}
    assert days.get(dated) == TOLD, (language, days)
    assert days.get(told) == date(1975, 3, 19), (language, days)
