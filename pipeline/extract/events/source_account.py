"""A source's account: a debriefing's or an interrogation's summary, told as what its source stated.

An intelligence unit's summary of the days it questioned a defector or an informant names them on a line of its head
("DATES OF DEBRIEFING: 22-24 May 1972   PLACE: Munich", "DATE OF INTERVIEW: 3 March 1969"), then tells what the
source said ("Source stated that on 10 May his company was placed on full alert ..."). Its heading closes with the day
it was written ("DEBRIEFING SUMMARY   25 May 1972"): its own date line, the writing's row. The questioning is an event of
those days, and each "Source stated that" is a saying of the source's, a row of its own on those days beside the act it
reports (tests/fixtures/README.md, the settled row on "X said that ..." beside the act: a report's source is a saying
row); the unit's own words ("The day before yesterday source was shown ...", "Source has requested ...") count from the
summary's day, as they are read. The label words and the source's words are en.yaml's ``account_occasion_labels`` and
``account_source_words``; the saying verbs its ``account_saying_verbs``.
"""

from __future__ import annotations

from pipeline.extract.events.common import EventDraft
from pipeline.normalize.dates import DateMention, find_dates
from pipeline.normalize.lexicon import alternation, lexicon
from pipeline.normalize.openings import compile_opening
from pipeline.normalize.text import sentence_spans
from pipeline.parse.model import ParsedDocument

_EN = lexicon("en")
# The head's line that dates the questioning: its label, a colon, the day or the days.
_OCCASION = compile_opening(r"^\s*(?i:" + (alternation(_EN.get("account_occasion_labels") or []).replace(r"\ ", r"\s+") or "(?!)")
                            + r")\s*:\s*(?P<when>\S.*)$")
# A sentence that opens with the source's saying, after a paragraph's number ("2. Source stated that ...").
_SAID = compile_opening(r"^(?:\(?\d{1,2}[.)]\s+)?(?P<said>(?:" + (alternation(_EN.get("account_source_words") or []).replace(r"\ ", r"\s+") or "(?!)")
                        + r")\s+(?:" + (alternation(_EN.get("account_saying_verbs") or []) or "(?!)") + r")\s+that)\b")
_HEAD_BLOCKS = 14  # the lines of the summary's head


def account_occasion(doc: ParsedDocument) -> tuple[int, DateMention] | None:
    """The head's line that dates the questioning of a source's account ("DATES OF DEBRIEFING: 22-24 May 1972"), its
    block and the days it names; None for any other page."""
    year = doc.document_date.year if doc.document_date else None
    for index, block in enumerate(doc.blocks[:_HEAD_BLOCKS]):
        if len(block.text) > 120 or (m := _OCCASION.match(block.text)) is None:
            continue
        days = [d for d in find_dates(m["when"], year) if d.precision in ("day", "minute") and d.kind in ("exact", "range")]
        if days and days[0].start == 0:
            return index, days[0]
    return None


def _dated_heading(doc: ParsedDocument, above: int) -> tuple[int, DateMention] | None:
    """The summary's heading over the line of the questioning that closes with the document's own day ("DEBRIEFING
    SUMMARY   25 May 1972"): its own date line, as the settled row on a document's own date line reads it (an event, the
    writing on its day)."""
    if doc.document_date is None:
        return None
    for index in range(above - 1, max(-1, above - 4), -1):
        text = doc.blocks[index].text.rstrip(" .")
        days = find_dates(text, doc.document_date.year) if len(text) < 80 else []
        if len(days) == 1 and days[0].year_written and days[0].start_date == doc.document_date and days[0].end == len(text) \
                and days[0].start > 0 and text[: days[0].start].strip().isupper():
            return index, days[0]
    return None


def source_said(sentence: str) -> tuple[int, int] | None:
    """The source's saying a sentence opens with ("Source stated that", "2. The source said that"): its span."""
    return m.span("said") if (m := _SAID.match(sentence)) else None


def account_events(events: list[EventDraft], doc: ParsedDocument) -> None:
    """The questioning on the days its head's line names, and each saying of the source on those days (see the module)."""
    if (found := account_occasion(doc)) is None:
        return
    index, when = found
    added: list[EventDraft] = []
    if (heading := _dated_heading(doc, index)) is not None and not any(e.block == heading[0] for e in events):
        written = EventDraft(heading[0], "report", 0, len(doc.blocks[heading[0]].text.rstrip()), "document_metadata", 0.6).dated(heading[1])
        written.inferred = False  # "DEBRIEFING SUMMARY   25 May 1972": the summary written and dated that day
        added.append(written)
    if not any(e.block == index for e in events):
        held = EventDraft(index, "meeting", 0, len(doc.blocks[index].text.rstrip()), "document_metadata", 0.6).dated(when)
        held.inferred = False
        added.append(held)
    for at, block in enumerate(doc.blocks):
        if at <= index or block.section_type != "body" or block.language not in (None, "en"):
            continue
        for start, end in sentence_spans(block.text):
            if (span := source_said(block.text[start:end])) is None:
                continue
            said = EventDraft(at, "statement", start + span[0], start + span[1], "document_act", 0.5).dated(when)
            said.inferred = True
            added.append(said)
    for row in added:  # each in its passage's place among the rows
        at = next((i for i, e in enumerate(events) if e.block > row.block), len(events))
        events.insert(at, row)
