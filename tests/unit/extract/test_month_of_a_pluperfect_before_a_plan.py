"""A month named alone right after a pluperfect ("had decided in January") in a sentence that goes on to tell a plan
(", which will arrive in April"): the month the act was done in; the plan's own month stays a plan's loose time."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _record(sentence: str) -> ParsedDocument:
    texts = [
        "Record of Conversation with the Minister of Trade, 9 April 1974",
        "The Minister received me at the ministry.",
        sentence,
    ]
    blocks, offset = [], 0
    for text in texts:
        blocks.append(Block("paragraph", offset, offset + len(text), text, language="en"))
        offset += len(text) + 2
    return ParsedDocument(
        parser="test/1",
        source_type="archival_record",
        blocks=blocks,
        document_type="record_of_conversation",
        title=texts[0],
        document_date=date(1974, 4, 9),
        document_date_precision="day",
    )


def _spans(sentence: str) -> set[tuple]:
    return {(e.start_date, e.end_date) for e in extract_events(_record(sentence)) if e.block == 2}


def test_the_pluperfects_month_dates_the_act_before_the_plan_told_after_it():
    spans = _spans(
        "I told him that my government had approved in February a credit for two tractor plants, which will be signed in May."
    )
    assert (date(1974, 2, 1), date(1974, 2, 28)) in spans
    assert not any(start is not None and start.month == 5 for start, _ in spans)


def test_a_month_after_a_plan_told_before_it_stays_the_plans():
    spans = _spans("He said that the delegation would come in June, as had been agreed.")
    assert not any(start is not None and start.month == 6 for start, _ in spans)
