"""Which date a later offset counts from, in a sentence that writes two: a clause counted from the story's last day
("... accepted it two days later") before a clause that writes its own day ("and on the morning of 11 April ...") does
not become the story's last day; the day written last does, and "the next day" after the sentence counts from it. And
the parts of the next day ("the next afternoon", "the following night") count one day on, like "the next morning".
Paraphrases in other names, places and days than the page the rule was found on (a book's narrative of a delegation's
journey)."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.normalize.dates import find_relative
from pipeline.parse.model import Block, ParsedDocument


def _rows(text: str, day: date = date(1962, 12, 31)) -> list[tuple[str, date | None, date | None]]:
    doc = ParsedDocument(parser="test/1", source_type="book", document_type="other", document_date=day,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [(text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


def _dated(text: str, words: str) -> tuple[date | None, date | None]:
    return next((start, end) for evidence, start, end in _rows(text) if words in evidence)


@pytest.mark.parametrize(("text", "words", "day"), [
    ("On 2 March 1962 the envoy handed the Premier a letter. The cabinet approved it three days later, and on 19 March "
     "the delegation flew to Warsaw. The talks opened the next afternoon at the Foreign Ministry.", "talks opened", date(1962, 3, 20)),
    ("On 9 October 1962 the junta announced new elections. The parties protested a week later, and on the evening of "
     "25 October the army closed the assembly. Troops occupied the radio station the following morning.", "occupied", date(1962, 10, 26)),
    ("On 4 May 1962 the minister received the note. He answered it the next day, and on 12 May the ambassador left "
     "the capital. The embassy was closed the next day.", "embassy was closed", date(1962, 5, 13)),
])
def test_an_offset_after_a_sentence_with_two_days_counts_from_the_day_written_last(text, words, day):
    assert _dated(text, words) == (day, day)


def test_the_clause_counted_before_the_written_day_keeps_its_own_day():
    text = ("On 2 March 1962 the envoy handed the Premier a letter. The cabinet approved it three days later, and on 19 March "
            "the delegation flew to Warsaw.")
    assert _dated(text, "approved it three days later") == (date(1962, 3, 5), date(1962, 3, 5))


@pytest.mark.parametrize(("text", "days"), [
    ("The talks opened the next afternoon.", 1),
    ("The following afternoon the crowd dispersed.", 1),
    ("The guerrillas attacked the post the next night.", 1),
    ("The following night the convoy crossed the border.", 1),
    ("He had arrived the previous afternoon.", -1),
])
def test_a_part_of_the_next_or_previous_day_counts_a_day(text, days):
    assert [r.days for r in find_relative(text)] == [days]
