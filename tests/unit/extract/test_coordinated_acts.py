"""Two acts of one subject joined by "and" / "и" / "并" after a hand-over or a reception: a row each, the second with
the subject and the one it was done to, not the author of the message handed over; a plain saying after a hand-over
its speaker alone, after a reception with the one received (tests/fixtures/README.md, the rows on a message handed
over and on the listener of a plain "said" turn)."""

from datetime import date
from types import SimpleNamespace

import pytest

from pipeline.extract.events.common import EventDraft
from pipeline.extract.events.coordinated_acts import part_coordinated_acts


def _parted(text: str, language: str, sources: list[str], targets: list[str], method: str = "document_act", date_text: str | None = None):
    event = EventDraft(0, "message_sent", 0, len(text), method, 0.5)
    event.start_date = event.end_date = date(1973, 11, 6)
    event.sources, event.targets, event.date_text = list(sources), list(targets), date_text
    rows = part_coordinated_acts([event], [SimpleNamespace(text=text, language=language)])
    return [(text[r.evidence_start: r.evidence_end], r.sources, r.targets) for r in rows]


@pytest.mark.parametrize(("text", "language", "sources", "targets", "expected"), [
    ("I handed over a letter from Comrade Todor Zhivkov and informed him that a Bulgarian medical team would arrive.", "en",
     ["Georgi Petkov"], ["Hamani Diori", "Todor Zhivkov"],
     [("I handed over a letter from Comrade Todor Zhivkov", ["Georgi Petkov"], ["Hamani Diori", "Todor Zhivkov"]),
      ("informed him that a Bulgarian medical team would arrive.", ["Georgi Petkov"], ["Hamani Diori"])]),
    ("He handed me an aide-memoire asking that the Defence Agreement be revised and said he expected talks.", "en",
     ["Dom Mintoff"], ["Duncan Watson"],
     [("He handed me an aide-memoire asking that the Defence Agreement be revised", ["Dom Mintoff"], ["Duncan Watson"]),
      ("said he expected talks.", ["Dom Mintoff"], [])]),
    ("Bokassa received Ambassador this morning and said the new regime would break relations with Peking.", "en",
     ["Jean-Bedel Bokassa"], ["Brewer"],
     [("Bokassa received Ambassador this morning", ["Jean-Bedel Bokassa"], ["Brewer"]),
      ("said the new regime would break relations with Peking.", ["Jean-Bedel Bokassa"], ["Brewer"])]),
    ("Taraki received me in the presence of Amin and told me that the day before he had met the German ambassador.", "en",
     ["Nur Muhammad Taraki"], ["Alexander Puzanov", "Hafizullah Amin"],
     [("Taraki received me in the presence of Amin", ["Nur Muhammad Taraki"], ["Alexander Puzanov", "Hafizullah Amin"]),
      ("told me that the day before he had met the German ambassador.", ["Nur Muhammad Taraki"], ["Alexander Puzanov"])]),
])
def test_two_acts_of_one_subject_are_a_row_each(text, language, sources, targets, expected):
    assert _parted(text, language, sources, targets) == expected


def test_a_row_dated_by_the_second_act_s_own_words_is_not_parted():
    text = "I handed the President a letter and thanked him for the support Togo had given at the conference last autumn."
    assert len(_parted(text, "en", ["Jiří Kučera"], ["Gnassingbé Eyadéma"], method="tense_sentence")) == 1


def test_a_row_dated_by_a_paper_s_day_is_not_parted():
    text = "In accordance with your telegram No. 1530 of 1 June, I called on Deputy Foreign Minister Ganev and expressed our concern."
    assert len(_parted(text, "en", ["D. Makris"], [], method="dated_sentence", date_text="1 June")) == 1


def test_nouns_joined_are_no_second_act():
    assert len(_parted("The President and the Foreign Minister received the delegation.", "en", ["President"], [])) == 1
