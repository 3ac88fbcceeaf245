"""A subject the gazetteer does not know, before the verb that tells the act, is kept as written: a group after its
article ("The Albanian press has been silent for ten days"), a firm or a body of one capitalised word ("Caltex had
evacuated ..."). A word of time or a function word in that place is no subject, nor is the subject of a passive ("Dinner
was set for 7:30 P.M."), what the act was done to."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _sources(text: str) -> list[list[str]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="report", document_date=date(1958, 2, 27),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [list(e.sources) for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "subject"), [
    ("Caltex had evacuated the dependents of its personnel over the weekend.", "Caltex"),
    ("The Albanian press has been silent on the base for ten days.", "Albanian press"),
    ("The Hungarian press has been attacking the treaty for ten days.", "Hungarian press"),
])
def test_a_subject_the_gazetteer_lacks_is_kept_as_written(text, subject):
    assert [subject] in _sources(text), _sources(text)


@pytest.mark.parametrize("text", [
    "Yesterday had brought heavy rain over the weekend.",
    "Then had come the news over the weekend.",
    "Dinner was set for 7:30 P.M. over the weekend.",
])
def test_a_word_of_time_a_function_word_or_a_passives_subject_is_no_doer(text):
    assert not any(s[:1] in (["Yesterday"], ["Then"], ["Dinner"]) for s in _sources(text)), _sources(text)
