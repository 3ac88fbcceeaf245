"""The day a text speaks from, when none of a parser's own readers found it.

Each parser reads the date where its site prints it (a FRUS place-and-date line, a CREST publication stamp, a
Wilson Center layout's date field), and the shared readers of ``headings`` and ``signature`` read a numbered
heading's date, a signed closing's and a foot line's. A page of a layout none of them knows may still say its
day plainly; ``read_speaking_day`` runs last, over every parser's document, and looks in a fixed order:

1. the head: a date line at any depth under the file, number, classification and handling lines above the
   text ("SECRET   PRIORITY" over "Tehran, May 16, 1951—4 p.m."), or a heading naming the document's kind that
   closes with its day ("160. Memorandum of Discussion at the 160th Meeting ..., Thursday, August 27, 1953");
2. a handling line anywhere ("Received: Prague, 30. 10. 1958, 08.05", "Sent: 04.12.1971, 15:40");
3. the foot: a date line among the last lines, alone, bracketed, or after the one who drew the paper up
   ("Drawn up by: I. Kovacs, 15 October 1981", "Составил: В. Иванов, 15 октября 1981 г.");
4. the opening sentence that starts with a full day ("On 14 October 1981 Comrade X received ..."), in a document whose
   kind is known (a record, a report): an editor's note opens with the day it tells of, not its own.

The first day found, with its year written, is the document's; a page of a book is left as it is (its days are its
story's). A heading that dated the page names its kind too: a document still of no kind takes it.
"""

from __future__ import annotations

from pipeline.normalize.dates import DateMention, iter_dates
from pipeline.normalize.doctypes import document_type_of
from pipeline.parse.headings import NO_DATE_LINE
from pipeline.parse.model import ParsedDocument, dated_line, handling_kind, handling_opening, is_recorder_line

_HEAD_BLOCKS = 10  # the lines above a text: file, number, heading, marks, place and date
_FOOT_BLOCKS = 6  # the lines under it: signature, office, drafter, place and day
_HEADING_CHARS = 300  # a heading that names the kind, the parties and the day
_TAIL_CHARS = 12  # what a heading or a line may write after its day: a note's mark, the hour ("—4 p.m.", ", 08.05")
_OPENING_CHARS = 40  # where an opening sentence's day stands: "On 14 October 1981", "Сегодня, 3 мая 1965 г.,"


def read_speaking_day(doc: ParsedDocument) -> None:
    """Date a document no reader dated by the first day its head, its handling lines, its foot or its opening sentence
    writes with its year (see the module's order)."""
    if doc.document_date is not None or doc.source_type == "book_excerpt":
        return
    texts = [b.text.strip() for b in doc.blocks]
    for where, found in (("head", _head_day(texts)), ("handling line", _handling_day(texts)), ("foot", _foot_day(texts)),
                         ("opening sentence", _opening_day(doc))):
        if found is None:
            continue
        mention, line = found
        doc.document_date, doc.document_date_precision, doc.document_date_text = mention.start_date, "day", mention.text
        if where == "head" and doc.document_type in (None, "other") and (kind := document_type_of(line)) != "other":
            doc.document_type = kind  # "Memorandum of Discussion at the 160th Meeting ..., Thursday, August 27, 1953"
        doc.warnings.append(f"{NO_DATE_LINE} of its layout: the date is the {where}'s, {line[:80]!r}")
        return


# A note's mark set in superscript and glued to the year ("..., August 27, 1953¹") is read as the space it stands in.
_NOTE_MARKS = str.maketrans({c: " " for c in "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"})


def _day(text: str) -> DateMention | None:
    text = text.translate(_NOTE_MARKS)
    return next((d for d in iter_dates(text) if d.year_written and d.precision in ("day", "minute")), None)


def _closing_day(text: str) -> DateMention | None:
    """The day a line closes with, its year written: the line is a date line, or a heading or a handling line whose day
    is the last it writes (an hour or a note's mark may follow)."""
    text = text.translate(_NOTE_MARKS)
    if (line := dated_line(text)) is not None and line.year_written and line.precision in ("day", "minute"):
        return line
    days = [d for d in iter_dates(text) if d.year_written and d.precision in ("day", "minute")]
    return days[-1] if days and len(text) - days[-1].end <= _TAIL_CHARS else None


def _head_day(texts: list[str]) -> tuple[DateMention, str] | None:
    for text in texts[:_HEAD_BLOCKS]:
        if len(text) > _HEADING_CHARS:
            continue
        short = dated_line(text) is not None or len(text) <= 90
        if handling_opening().match(text):
            continue  # "Typed by Chernova 12.V.61 at 02.10" over "Sent from Vientiane 11.V.61": handling lines are read next
        if (short or document_type_of(text) != "other") and (day := _closing_day(text)) is not None:
            return day, text
    return None


def sent_day(texts: list[str]) -> DateMention | None:
    """The day a message's handling lines say it was sent ("Sent from Vientiane 11.V.61 at 19.40"): a telegram is of the
    day it was sent, not of the day it was received, deciphered or typed out."""
    return next((day for text in texts if handling_kind(text) == "message_sent" and (day := _day(text)) is not None), None)


def _handling_day(texts: list[str]) -> tuple[DateMention, str] | None:
    """The day of the line that sent the message, else of the first handling line: a cable is of the day it left,
    its receipt, deciphering and typing come after (a night's cable is typed the next morning)."""
    found = [(day, text) for text in texts[:_HEAD_BLOCKS] + texts[-_FOOT_BLOCKS:]
             if len(text) <= 120 and handling_opening().match(text) and (day := _day(text)) is not None]
    sent = [f for f in found if handling_kind(f[1]) == "message_sent"]
    return (sent or found or [None])[0]



def _foot_day(texts: list[str]) -> tuple[DateMention, str] | None:
    for text in reversed(texts[-_FOOT_BLOCKS:]):
        if len(text) > 120:
            continue
        if is_recorder_line(text.split(",", 1)[0]) and (day := _day(text)) is not None:
            return day, text  # "Drawn up by: I. Kovacs, 15 October 1981"
        if (line := dated_line(text)) is not None and line.year_written and line.precision in ("day", "minute"):
            return line, text
    return None


def _opening_day(doc: ParsedDocument) -> tuple[DateMention, str] | None:
    if doc.document_type in (None, "other"):
        return None  # an editor's note opens with the day it tells of ("On July 23, 1962, the Declaration ..."), not its own
    first = next((b for b in doc.blocks if b.passage_type == "paragraph" and b.section_type == "body"), None)
    if first is None:
        return None
    day = _day(first.text[: _OPENING_CHARS + 30])
    return (day, first.text) if day is not None and day.start <= _OPENING_CHARS else None
