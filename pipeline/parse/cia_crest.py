"""CIA CREST records from the CIA reading room (cia.gov/readingroom).

The page opens with the title, then a metadata block of labels each on its
own line ("Document Number (FOIA) /ESDN (CREST):", "Publication Date:",
"Content Type:", ...) followed by the value on the next line, or by nothing
when the field is empty (the next label follows at once); an attachment
table ("Attachment | Size |"); and "Body:", after which comes the OCR text of
the scanned document.

Quirks of the OCR body: hard line breaks every 60-70 characters; words
hyphenated across lines ("pro-" / "gram"); OCR misreadings kept as written
("a? reement"); and declassification stamps read as text in mid-page
("Approved For Release …", "DOCUMENT NO.", "N' GHANGE IN CLASS. ^", "DAT . 0
86 REVIEWER: …", runs of CIA-RDP numbers). Stamps become ``stamp`` passages
of their own; a paragraph interrupted by a stamp is split there.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from pipeline.normalize.capitals import in_capitals, sentence_case
from pipeline.normalize.dates import DateMention, find_dates, parse_date
from pipeline.normalize.doctypes import document_type_of
from pipeline.normalize.lexicon import alternation, lexicon
from pipeline.normalize.names import lookup
from pipeline.normalize.text import Line, split_lines
from pipeline.parse.headings import is_letterhead_unit, is_postal_address_line, is_site_head
from pipeline.parse.model import (
    Block,
    ParsedDocument,
    dated_line,
    ends_sentence,
    flag_cut_text,
    kept_text,
    line_end_hyphens,
)

PARSER = "cia_crest/1"
COLLECTION = "CIA Records Search Tool (CREST), CIA Reading Room"
URL = re.compile(r"cia\.gov/(?:library/)?readingroom/")  # the reading room, and its older address (/library/readingroom/docs/)
LABELS = {
    "document type": "document_type", "collection": "collection", "document number (foia) /esdn (crest)": "record_id",
    "release decision": "release_decision", "original classification": "classification",
    "document page count": "page_count", "document creation date": "created", "document release date": "released",
    "sequence number": "sequence", "case number": "case", "publication date": "published",
    "content type": "content_type", "file": "file", "body": "body",
}
_TABLE_ROW = re.compile(r"^(?:[^|]*\|)+\s*$|^-{3}\|")
_STAMP_WORDS = (
    r"approved\s+for\s+release|document\s+no\b|change\s+in\s+class|ghange|reviewer|declassified|class\.\s+changed|"
    r"rdp\d{2}|^\W*[a-z0-9]{0,3}\W*$|auth:\s*hr|next\s+review|"
    r"^\W*25x\d[a-z]?\d?\W*$|"  # "25X1", "25X1A": the exemption a passage was withheld under, the release's own mark
    r"^\W*page\s+\d{1,3}\s+[a-z ]{3,40}?\s+\d{1,2}\s+[a-z]{3}\.?\s+\d{2}\W*$"  # a periodical's folio line between its pages
    # ("Page 9   WEEKLY SUMMARY   6 Feb 70"): the issue's furniture, never a line of the paragraph it breaks
)
_STAMP = re.compile(_STAMP_WORDS, re.IGNORECASE)
_STAMP_LOWERED = re.compile(_STAMP_WORDS)  # for an ASCII line in lower case: the same test, without case folding
_WORD = re.compile(r"[\"“(]?[A-Za-z][a-z'’]+[,.;:)”\"]?")
_CAPS_WORD = re.compile(r"[A-Z][A-Z'’-]*[,.:]?")
_BRIEFING = re.compile(r"^NSC BRIEFING\b")
_TITLED_BRIEFING = re.compile(r"^(?:(?P<dci>DCI)\s+)?BRIEFING\s+(?:FOR|AT|TO)\b.*\bNSC\b")
# The classification printed at the head and foot of each page ("SECRET", "TOP SECRET NOFORN"): a mark, not the text.
_CLASSIFICATION_LINE = re.compile(
    r"^\W*(?:top secret|secret|confidential|restricted|unclassified)(?:[\s/-]+(?:noforn|no foreign dissem|sensitive|eyes only|codeword|security information))*\W*$",
    re.IGNORECASE,
)


# A handling caveat on a line of its own ("NO FOREIGN DISSEM", "NOFORN", "LIMDIS"): a mark on the paper, like its
# classification; and the labels of a cable's head ("COUNTRY:", "DOI:", "SOURCE:", "DATE DISTR:").
_CAVEAT_LINE = re.compile(rf"^\W*(?:{alternation(lexicon('en').get('handling_caveats') or ['(?!)'])})\W*$", re.IGNORECASE)
_CABLE_HEAD_LABEL = re.compile(
    rf"^(?:{alternation(lexicon('en').get('cable_head_labels') or ['(?!)'])})\s*:", re.IGNORECASE)

# The day an Intelligence Information Cable was distributed, at its foot: its date (its DOI is the information's).
_DISTRIBUTED = re.compile(
    rf"^(?:{alternation(lexicon('en').get('cable_date_labels') or ['(?!)'])})\s*:\s*(?P<date>\S.*?)\s*$", re.IGNORECASE)
# The printed form of an Information Report: its fields' labels in capitals, each set apart from its value by a space
# alone, no colon ("COUNTRY  Burma", "SUBJECT  Circumstances of the Army Takeover of 2 March 1962", "DATE DISTR.  9 March
# 1962  NO. PAGES  2"; the scan's wide spaces read as one): cable_head_labels, cable_date_labels and subject_labels.
_FORM_FIELD = re.compile(
    rf"^(?P<label>{alternation([*(lexicon('en').get('cable_head_labels') or []), *(lexicon('en').get('cable_date_labels') or [])])})"
    r"\.?\s+(?P<value>[^\s:]\S*(?:\s+[^\s:]+)*)\s*$", re.IGNORECASE)
_FORM_FIELDS = 2  # the head of a form: two of its fields at least, in the scan's head


def form_field(text: str) -> tuple[str, str] | None:
    """A field of an Information Report's printed form, its label in capitals without a colon: the label (lower case,
    without its full stop) and the value; None for any other line."""
    m = _FORM_FIELD.match(text.strip())
    if m is None or not m["label"].isupper():
        return None
    return m["label"].casefold(), m["value"]


def _form_fields(lines: list[Line]) -> dict[str, str]:
    """The fields of an Information Report's form in the scan's head, by label; {} where fewer stand there."""
    found = {}
    for line in lines:
        if (field := form_field(line.text)) is not None:
            found.setdefault(*field)
    return found if len(found) >= _FORM_FIELDS else {}


def looks_like(text: str) -> bool:
    """The reading room's record (its "(CREST):" fields and "Body:"), or the scan alone copied without its address: a
    head opening on the release stamp with the record's number ("Approved For Release 2005/06/09 :
    CIA-RDP85T00875R001100160041-8") or on the scan's file name ("CIA-RDP79T00975A014100060001-4.pdf")."""
    head = text[:3000]
    if "(CREST):" in head and re.search(r"^Body:\s*$", text, re.MULTILINE) is not None:
        return True
    return "RDP" in head and any(_RELEASED_SCAN.match(ln) for ln in islice(filter(None, map(str.strip, head.splitlines())), 3))


_RELEASED_SCAN = re.compile(r"(?:Approved\s+For\s+Release\s+\d{4}/\d{2}/\d{2}\s*:\s*)?CIA-RDP\d{2}[-\w]+?(?:\.pdf)?(?:\s+\S+)?$", re.IGNORECASE)


def parse(text: str, offset: int) -> ParsedDocument:
    doc = ParsedDocument(parser=PARSER, source_type="archival_record", collection=COLLECTION)
    lines = [ln for ln in split_lines(text[offset:], offset) if not ln.blank]
    title, fields, body = _read_metadata(lines)
    if title is not None and not fields and (_is_stamp(title.text) or _CLASSIFICATION_LINE.match(title.text.strip())
                                             or _CAVEAT_LINE.match(title.text) or _is_masthead(title.text)):
        body = lines  # the scan alone, opening on its release stamp or its classification ("SECRET"), which are never a
        # title: the title is a line of the scan's head
        title = _scanned_title(body)
    elif title is None and fields and body:
        title = _scanned_title(body)  # the record's fields from its first line on: the title is a line of the scan's head
    doc.blocks = [Block("title", title.start, title.end, title.text, section_type="header")] if title else []
    doc.title, doc.title_block = (title.text, 0) if title else (None, None)
    _apply_fields(doc, fields)
    if title is not None and body and title.start > body[0].start:
        before = [ln for ln in body if ln.start < title.start]
        doc.blocks = _read_body(text, before) + doc.blocks  # the stamp, mark, letterhead and date over the title
        doc.title_block = len(doc.blocks) - 1
        doc.blocks += _read_body(text, [ln for ln in body if ln.start > title.start])
    else:
        doc.blocks += _read_body(text, body)
    if doc.document_date is None:
        _date_from_head(doc, body)
    _read_briefing(doc)
    _read_periodical(doc, body[:SCAN_HEAD])
    if doc.document_type in (None, "other") and any(_ADDRESSED_MEMORANDUM.match(ln.text) for ln in body[:SCAN_HEAD]):
        doc.document_type = "memorandum"  # "MEMORANDUM FOR: The Director of Central Intelligence" over its subject line
    flag_cut_text(doc)
    return doc




def _label(line: Line) -> str | None:
    return LABELS.get(line.text[:-1].strip().lower()) if line.text.endswith(":") else None


def _read_metadata(lines: list[Line]) -> tuple[Line | None, dict[str, str], list[Line]]:
    """Title line, label -> value (empty labels left out), and the body lines after 'Body:' (all the lines
    after the title on a capture of the scanned text alone, with no metadata block)."""
    if len(lines) > 1 and is_site_head(lines[0].text) and _label(lines[0]) is None and _label(lines[1]) is None:
        lines = lines[1:]  # "CIA FOIA (foia.cia.gov) · Electronic Reading Room" / "WEEKLY SUMMARY": the reading room's
        # banner over the record's title
    title = lines[0] if lines and _label(lines[0]) is None and _inline_field(lines[0]) is None else None
    fields: dict[str, str] = {}
    rest = lines[1:] if title else lines
    inline_fields: dict[str, str] = {}
    last = None  # the record's last field line: on a record with no "Body:" line, the scan's text follows it
    has_body = any(_label(line) == "body" for line in rest)
    for i, line in enumerate(rest):
        name = _label(line)
        if name == "body":
            return title, fields, rest[i + 1:]
        if not has_body and last is not None and last < i and name is None and _inline_field(line) is None:
            break  # no "Body:" line: the head's fields end at the first line that is neither a field nor its value
            # (a "File: ..." line down the scan's text is the text's, not the record's)
        if (inline := _inline_field(line)) is not None:
            inline_fields.setdefault(*inline)  # "Publication Date: September 13, 1974": the label and its value on one line
            last = i
            continue
        following = rest[i + 1] if i + 1 < len(rest) else None
        if name:
            last = i
        if name and following and _label(following) is None and _inline_field(following) is None \
                and not _TABLE_ROW.match(following.text):
            fields[name] = following.text
            last = i + 1
    if last is not None and inline_fields:
        # fields each on one line and no "Body:" over the scan's text: the text after the last field, the record's
        # fields read from their lines (with a "Body:" line the fields of one line are left to the scan's head)
        return title, {**inline_fields, **fields}, rest[last + 1:]
    return title, fields, [] if any(map(_label, rest)) else rest


def _inline_field(line: Line) -> tuple[str, str] | None:
    """A field of the reading room's record with its value on its own line ("Publication Date: September 13, 1974",
    "Document Type: CREST"): the field's name and its value; None for any other line."""
    label, colon, value = line.text.partition(":")
    name = LABELS.get(label.strip().lower()) if colon else None
    return (name, value.strip()) if name and name != "body" and value.strip() else None


_SUBJECT = re.compile(rf"^(?:{alternation(lexicon('en').get('subject_labels') or ['(?!)'])})\s*:\s*(?P<subject>\S.*?)\s*$", re.IGNORECASE)
_MEMO_HEADER = re.compile(
    rf"^(?:{alternation([w for key in ('to', 'from') for w in (lexicon('en').get('memo_header') or {}).get(key, [])]) or '(?!)'})\s*:",
    re.IGNORECASE)


_ADDRESSED_MEMORANDUM = re.compile(
    rf"^(?:{alternation((lexicon('en').get('memo_header') or {}).get('to_without_colon') or ['(?!)'])})\s*:", re.IGNORECASE)
_FORM_HEAD = 30  # an Information Report's head: stamps, the letterhead, the kind, the notice, marks, then the form's fields
_DATE_LABELS = frozenset(w.casefold() for w in lexicon("en").get("cable_date_labels") or [])
_SUBJECT_LABELS = frozenset(w.casefold() for w in lexicon("en").get("subject_labels") or [])
SCAN_HEAD = 15  # the lines of a scan's head: stamps, marks, number, letterhead, date, header lines, title


def _scanned_title(lines: list[Line], head: int = SCAN_HEAD) -> Line | None:
    """The title of a scan captured without the reading room's record: the first line of its head that is none of the
    paper's furniture (release stamps, classification marks, the letterhead and its unit, the date, the kind of paper
    alone: "INTELLIGENCE MEMORANDUM") and stands before its first paragraph of prose ("Angola: The Situation on the
    Eve of Independence"). A title never comes from a release stamp. None when the head has no such line."""
    form = _form_fields(lines[:_FORM_HEAD])
    subject = next((line for line in lines[:_FORM_HEAD] if (field := form_field(line.text)) and field[0] in _SUBJECT_LABELS), None)
    if form and subject is not None:
        # "SUBJECT  Circumstances of the Army Takeover of 2 March 1962": the form's subject is the report's title, under
        # the letterhead, the kind ("INFORMATION REPORT") and the Espionage Laws' notice
        value = form_field(subject.text)[1]
        at = subject.text.rfind(value)
        return Line(value, subject.start + at, subject.start + at + len(value), subject.number)
    masthead = None  # a periodical's masthead over the one article the page prints: the article's heading is its title
    letterhead = any(line.text.strip().casefold() == _AGENCY.casefold() for line in lines[:head])
    for at, line in enumerate(lines[:head]):
        words = line.text.strip()
        if at == 0 and is_site_head(words):
            continue  # "CIA FOIA (foia.cia.gov) · Electronic Reading Room": the reading room's banner over the scan
        if masthead is None and _is_masthead(words) and (letterhead or _masthead_words(words).casefold() not in _LETTERHEAD_ITEM_PERIODICALS):
            masthead = line
            continue
        if masthead is None and not letterhead and _masthead_words(words).casefold() in _LETTERHEAD_ITEM_PERIODICALS \
                and document_type_of(words) != "other":
            return line  # "WEEKLY SUMMARY 2 April 1971" with no "CENTRAL INTELLIGENCE AGENCY" over it: the issue's masthead,
            # the day on its line as printed, is the page's title (a line naming a kind is no furniture here)
        if masthead is not None and _PART_HEADING.match(words):
            return masthead  # "PART I" / "OF IMMEDIATE INTEREST": the whole issue, its articles under its parts
        if m := _SUBJECT.match(line.text):  # "SUBJECT: The Revolt in Zanzibar": the memorandum's title
            return Line(m["subject"], line.start + m.start("subject"), line.end, line.number)
        if _MEMO_HEADER.match(words):
            continue  # "MEMORANDUM FOR: The Director of Central Intelligence", "FROM: ...": the memorandum's parties
        if ":" in words and words.partition(":")[0].strip().lower() in LABELS:
            continue  # "Document Type: CREST", "Release Decision: RIPPUB": the reading room's fields, each on one line
        if _is_stamp(words) or _CLASSIFICATION_LINE.match(words) or is_letterhead_unit(words) or parse_date(words.strip(" .")) \
                or _CAVEAT_LINE.match(words) or is_postal_address_line(words):
            continue  # "NO FOREIGN DISSEM": a handling caveat, a mark like the classification
        if document_type_of(words) == "cable" and len(words.split()) <= 4:
            return line  # "INTELLIGENCE INFORMATION CABLE": a cable's head names its kind, then labels its subject
        if lookup(words) is not None or (document_type_of(words) != "other" and len(words.split()) <= 3):
            continue  # "CENTRAL INTELLIGENCE AGENCY"; "INTELLIGENCE MEMORANDUM"
        if _is_series_line(words, lines[at + 1].text.strip() if at + 1 < len(lines) else ""):
            continue  # "SPECIAL NATIONAL INTELLIGENCE ESTIMATE" / "NUMBER 68-60": the series and the paper's number in it
        if _is_prose(words) and not _TITLE_LIKE.fullmatch(words) or _NUMBERED.match(words):
            return masthead  # the text has begun
        if masthead is not None and ": " in words and not _TITLE_LIKE.fullmatch(words):
            return masthead  # "EL SALVADOR - HONDURAS: The fight-": an item run into its text, the issue's masthead its title
        if masthead is not None and any(_RUN_IN_ITEM.match(later.text) for later in lines[at + 1:]):
            return masthead  # "CONGO (LEOPOLDVILLE): General Mobutu's regime ..." further down: an issue of several items
        if masthead is not None and _capitals_line(words) and at + 1 < len(lines) and _item_heading(lines[at + 1].text.strip()):
            continue  # "ASIA-AFRICA" over "BHUTAN: PREMIER'S MURDER": the issue's section, over the item's own heading
        return _broken_title(line, lines[at + 1:head])
    return masthead


# An item of a periodical's issue headed in its first line, its place in capitals before a colon ("CONGO
# (LEOPOLDVILLE): General Mobutu's regime, which ...", "LAOS: The government ..."): the issue prints more than one item.
_RUN_IN_ITEM = re.compile(r"^[A-Z][A-Z'.&/-]*(?:[ -]\(?[A-Z][A-Z'.&/-]*\)?){0,4}:\s+[A-Z][a-z]")


# An item's own heading in capitals, its place before a colon and its headline after ("BHUTAN: PREMIER'S MURDER",
# "CONGO (LEOPOLDVILLE): NEW CABINET"): the line over it in capitals alone is the section of the issue it stands in.
_ISSUE_ITEM_HEADING = re.compile(r"^[A-Z][A-Z'.&/-]*(?:[ -]\(?[A-Z][A-Z'.&/-]*\)?){0,4}:\s+[A-Z0-9][A-Z0-9'’.,&/ -]*$")




_TITLE_LINE_WORDS = 4  # a line of a title set in capitals over several lines holds a few words ("CENTRAL")
_TITLE_WORDS = 8


def _broken_title(line: Line, after: list[Line]) -> Line:
    """A title set in capitals over several short lines ("CENTRAL" / "INTELLIGENCE" / "BULLETIN") read whole: the
    lines of capitals without figures that follow it with no blank line between, up to a stamp, a mark, the issuing office ("OFFICE OF CURRENT
    INTELLIGENCE"), a date or the text; the line alone otherwise."""
    words = line.text.strip()
    if not _capitals_line(words):
        return line
    end, number = line.end, line.number
    for following in after:
        more = following.text.strip()
        if (following.number != number + 1 or not _capitals_line(more) or _is_stamp(more) or _CLASSIFICATION_LINE.match(more) or _CAVEAT_LINE.match(more)
                or is_letterhead_unit(more) or len(f"{words} {more}".split()) > _TITLE_WORDS):
            break
        words, end, number = f"{words} {more}", following.end, following.number
    return line if end == line.end else Line(words, line.start, end, line.number)


def _capitals_line(words: str) -> bool:
    return (words.isupper() and not any(c.isdigit() for c in words) and ":" not in words
            and len(words.split()) <= _TITLE_LINE_WORDS)


# A part of a periodical's issue on a line of its own ("PART I", "SECTION 2"): issue_part_words.
_PART_HEADING = re.compile(rf"^(?:{alternation(lexicon('en').get('issue_part_words') or ['(?!)'])})\s+(?:[IVX]+|\d+)\b")


def _is_masthead(words: str) -> bool:
    """The masthead of a periodical of the Agency's own alone on its line ("CURRENT INTELLIGENCE WEEKLY SUMMARY"), the
    issue's day maybe beside it ("WEEKLY SUMMARY 5 May 1972")."""
    return _masthead_words(words).casefold() in _ISSUE_MASTHEADS


# The issue's day printed after the masthead on its line ("WEEKLY SUMMARY 5 May 1972").
_ISSUE_DAY = re.compile(r"\s+\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}$")


def _masthead_words(words: str) -> str:
    """A masthead's line without the issue's day beside it."""
    return _ISSUE_DAY.sub("", words.strip())


def _is_series_line(words: str, after: str) -> bool:
    """The paper's number in its series on a line of its own ("NUMBER 68-60"), a line closing on it ("NATIONAL
    INTELLIGENCE ESTIMATE NUMBER 72-66"), or the series' name in capitals over a number line (``after``): the head's
    furniture, not its title."""
    if _SERIES_NUMBER.search(words):
        return True
    plain = words.isupper() and not any(c.isdigit() for c in words) and len(words.split()) <= 6
    return plain and (m := _SERIES_NUMBER.match(after)) is not None and m.start() == 0


_SERIES_NUMBER = re.compile(
    r"(?:^|\s)(?:" + "|".join(re.escape(s) for s in lexicon("en").get("series_number_signs") or []) + r")\s*[A-Z]{0,3}\s?\d[\d/–-]*\d\.?$"
)


# A numbered paragraph opening ("1. Fighting around ..."); a title's words, each capitalised but its small words.
_NUMBERED = re.compile(r"^\(?\d{1,2}[.)]\s")
_TITLE_LIKE = re.compile(r"[^a-z]*(?:\b(?:[A-Z0-9][\w'’-]*|a|an|the|of|on|in|and|for|to|at|by|with|from)\b[^\w]*)+")


def _apply_fields(doc: ParsedDocument, fields: dict[str, str]) -> None:
    doc.record_id = fields.get("record_id")
    if decision := fields.get("release_decision"):
        doc.rights = f"Release Decision: {decision}"  # RIFPUB, RIPPUB: released in full / in part, public
    doc.citation_text = f"CREST {doc.record_id}" if doc.record_id else None
    if (published := fields.get("published")) and (parsed := parse_date(published)):
        doc.document_date, doc.document_date_precision = parsed
        doc.document_date_text = published
    content = fields.get("content_type", "").lower()
    doc.document_type = document_type_of(content)
    if doc.document_type == "other" and doc.title:
        doc.document_type = document_type_of(doc.title)  # a content type of the reading room's own ("MFR"): the title's kind


_FOOT_LINES = 6  # the date, the signer and his office, the distribution: the lines above the foot's release stamp


def _date_from_head(doc: ParsedDocument, body: list[Line]) -> None:
    """With no Publication Date field: a line of the scan's head that is a date alone ("3 March 1967"), else a date line
    of its head or foot read by its shape ("OCI No. 0279/67 / 3 March 1967"; "19 April 1971" under the last paragraph,
    above the release stamp). The release stamps' own dates ("Approved For Release 2005/06/09") are never read."""
    for line in body:
        if (m := _DISTRIBUTED.match(line.text)) and (parsed := parse_date(sentence_case(m["date"]))):
            doc.document_date, doc.document_date_precision = parsed  # "DATE DISTR: 18 NOVEMBER 1971": a cable's own day
            doc.document_date_text = m["date"]
            return
    form = _form_fields(body[:_FORM_HEAD])
    distributed = next((value for label, value in form.items() if label in _DATE_LABELS), None)
    day = next((d for d in find_dates(sentence_case(distributed)) if d.year_written and d.precision == "day"), None) if distributed else None
    if day is not None:  # "DATE DISTR.  9 March 1962  NO. PAGES  2": the form's day of distribution, the next field after it
        doc.document_date, doc.document_date_precision, doc.document_date_text = day.start_date, "day", day.text
        return
    for line in body[:12]:
        if len(line.text) <= 20 and any(c.isdigit() for c in line.text) and (parsed := parse_date(line.text.strip(" ."))):
            doc.document_date, doc.document_date_precision = parsed
            doc.document_date_text = line.text
            return
    kept = [ln for ln in body if not _is_stamp(ln.text) and not _CLASSIFICATION_LINE.match(ln.text)]
    head, foot = kept[:12], kept[12:][-_FOOT_LINES:]
    for lines in (head, foot):
        for at, line in enumerate(lines):
            following = lines[at + 1] if at + 1 < len(lines) else None
            day = dated_line(line.text)
            if (day is None or not day.year_written) and following is not None and len(following.text) <= _SPLIT_YEAR_CHARS:
                day = dated_line(f"{line.text} {following.text}")  # a date line broken before its year: "19 April" / "1971"
            if day is not None and day.year_written:
                doc.document_date, doc.document_date_precision, doc.document_date_text = day.start_date, "day", day.text
                return
    for line in head:
        if (day := _dated_by(line.text)) is not None:
            doc.document_date, doc.document_date_precision, doc.document_date_text = day.start_date, "day", day.text
            return
    for line in head:
        if (month := _numbered_month(line.text)) is not None:
            doc.document_date, doc.document_date_precision, doc.document_date_text = month.start_date, "month", month.text
            return


NUMBER_LINE_WORDS = 8  # the paper's number and its month: "CR M 71-11837  August 1971"


def _numbered_month(line: str) -> DateMention | None:
    """A head line giving the paper's number, then the month it was issued and nothing after ("CR M 71-11837
    August 1971", a biographic report's), where the head gives no day; else None."""
    if len(line.split()) > NUMBER_LINE_WORDS:
        return None
    dates = find_dates(line)
    last = dates[-1] if dates else None
    if last is None or last.precision != "month" or not last.year_written or line[last.end:].strip(" .") \
            or not any(c.isdigit() for c in line[:last.start]):
        return None
    return last


def _dated_by(line: str) -> DateMention | None:
    """A head line of the paper's own handling that ends with its day: "Concurred in by the UNITED STATES
    INTELLIGENCE BOARD on 23 August 1960", "Approved by the Director on 3 May 1961" (an estimate is dated by its
    concurrence). Read by its shape: a clause with "by" whose last words are "on" and a full day."""
    if len(line) > 120 or " by " not in line or not any(c.isdigit() for c in line[-6:]):
        return None
    dates = find_dates(line)
    last = dates[-1] if len(dates) == 1 else None
    if last is None or not last.year_written or last.precision != "day" or line[last.end:].strip(" .") \
            or not line[: last.start].rstrip().lower().endswith(" on"):
        return None
    return last


_DATE_LINE_CHARS = 48  # "Washington, 19 April 1971, 1500Z", "OCI No. 0279/67, 3 March 1967"
_SPLIT_YEAR_CHARS = 6  # "1971", "1971." on the line under the day and month


_BROKEN_WORD = re.compile(r"[a-z]-$")  # a line that ends inside a word hyphenated across lines (LINE_END_HYPHEN)


def _read_body(text: str, body: list[Line]) -> list[Block]:
    """OCR lines joined into paragraphs; stamps (a stamp line and the noise after it) on their own."""
    blocks: list[Block] = []
    paragraph: list[Line] = []
    median = _median_length(body)
    in_stamp = False
    capitals = in_capitals(" ".join(ln.text for ln in body if not _is_stamp(ln.text)))
    for at, line in enumerate(body):
        if _CLASSIFICATION_LINE.match(line.text) or capitals and _CAVEAT_LINE.match(line.text):
            _close(text, paragraph, blocks)
            blocks.append(Block("stamp", line.start, line.end, line.text, section_type="header"))
            in_stamp = False
            continue
        if capitals and paragraph and paragraph[-1].number + 1 < line.number:
            _close(text, paragraph, blocks)  # a teletype's paragraphs are parted by a blank line, not by their lines' case
        if capitals and _CABLE_HEAD_LABEL.match(line.text):
            _close(text, paragraph, blocks)
        if paragraph and _BROKEN_WORD.search(paragraph[-1].text) and line.text[:1].islower() \
                and (_is_heading(line.text) or _is_stamp(line.text)) and ends_sentence(line.text):
            paragraph.append(line)  # "... since the week-" / "end.": the rest of a word the line end broke, never a
            # stamp, a heading or a paragraph of its own
            if not capitals and ends_sentence(line.text) and len(line.text) < 0.75 * median:
                _close(text, paragraph, blocks)
            continue
        heading = (not capitals or _stands_alone(body, at)) and _is_heading(line.text)
        in_stamp = _is_stamp(line.text) or in_stamp and not _is_prose(line.text) and not heading
        if in_stamp or heading or _BRIEFING.match(line.text):
            _close(text, paragraph, blocks)
            kind = "stamp" if in_stamp else "header" if _BRIEFING.match(line.text) else "heading"
            blocks.append(Block(kind, line.start, line.end, line.text, section_type="body" if kind == "heading" else "header"))
            continue
        if len(line.text) <= _DATE_LINE_CHARS and dated_line(line.text) is not None:  # a date line stands alone: "19 April
            # 1971" under the last paragraph (the OCR's long lines of text are turned away by their length)
            _close(text, paragraph, blocks)
            blocks.append(Block("paragraph", line.start, line.end, line.text))
            continue
        paragraph.append(line)
        if not capitals and ends_sentence(line.text) and len(line.text) < 0.75 * median:
            _close(text, paragraph, blocks)
    _close(text, paragraph, blocks)
    if capitals:
        _head_labels_apart(blocks)
    return blocks


def _stands_alone(body: list[Line], at: int) -> bool:
    """A line of a text in capitals with a blank line over and under it: a heading, not a line of its paragraph."""
    before = body[at - 1].number if at else -2
    after = body[at + 1].number if at + 1 < len(body) else body[at].number + 2
    return before + 1 < body[at].number and body[at].number + 1 < after


def _head_labels_apart(blocks: list[Block]) -> None:
    """A cable's head lines ("COUNTRY: THAILAND", "DOI: 16 - 17 NOVEMBER 1971", "SOURCE: A THAI ARMY OFFICER ...",
    "DATE DISTR: 18 NOVEMBER 1971") are its header, not its text: no happenings are read from them."""
    for at, block in enumerate(blocks):
        if block.passage_type == "paragraph" and _CABLE_HEAD_LABEL.match(block.text):
            blocks[at] = replace(block, passage_type="heading", section_type="header")


def _is_stamp(text: str) -> bool:
    return _has_stamp_words(text) and not _is_prose(text) or _DISTRIBUTION_GRID.match(text) is not None


# The grid of the offices an Information Report went to, their initials parted by bars ("STATE | ARMY | NAVY | AIR |
# FBI | NSA | OCI"): the form's furniture at its foot, like a stamp.
_DISTRIBUTION_GRID = re.compile(r"^\s*[A-Z][A-Z/&.]{1,9}(?:\s*\|\s*[A-Z][A-Z/&.]{1,9}){2,}\s*$")


def _has_stamp_words(text: str) -> bool:
    """The stamp's words in any case. Most OCR lines are ASCII: lowered first, they are searched
    without the regex's case folding, which costs more than the search itself."""
    if text.isascii():
        return _STAMP_LOWERED.search(text.lower()) is not None
    return _STAMP.search(text) is not None


def _is_prose(text: str) -> bool:
    """Mostly ordinary lowercase words: the OCR'd text, not stamp noise ('0 fo', 'LY', '9R00890A…')."""
    words = text.split()
    plain = [w for w in words if _WORD.fullmatch(w)]
    return len(plain) >= 4 and len(plain) >= 0.6 * len(words)


def _is_heading(text: str) -> bool:
    """An upper-case line of real words ('CURRENT COMMUNIST POSITION ON A KOREAN ARMISTICE'), or a daily's item heading:
    its country in capitals, a colon and a headline of capitalized words ('AFGHANISTAN: Soviet Coup', 'IRAN: Hostage
    Talks'), not an item that opens on its line ('POLAND: Workers of the Stalin locomotive')."""
    words = text.split()
    return len(words) >= 2 and all(_CAPS_WORD.fullmatch(w) for w in words) and sum(len(w) >= 4 for w in words) >= 2 \
        or _ITEM_HEADING.fullmatch(text.strip()) is not None and not _SUBJECT.match(text) and not text.rstrip().endswith("-")


# A daily's item heading: "AFGHANISTAN: Soviet Coup", "ETHIOPIA-SOMALIA: Fighting Goes On", "USSR-CHINA: Border Talks"
_ITEM_HEADING = re.compile(r"[A-Z][A-Z'’]+(?:[ -][A-Z][A-Z'’]+){0,3}:\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|[a-z]{1,3}|and|with|from|over))*\s*")


def _item_heading(text: str) -> bool:
    """An item's heading in an issue: in capitals ("CONGO (LEOPOLDVILLE): NEW CABINET") or a daily's ("IRAN: Hostage Talks")."""
    return _ISSUE_ITEM_HEADING.match(text) is not None or _ITEM_HEADING.match(text) is not None


def _close(text: str, paragraph: list[Line], blocks: list[Block]) -> None:
    """The lines gathered so far become one paragraph; a word hyphenated across lines is joined."""
    if not paragraph:
        return
    start, end = paragraph[0].start, paragraph[-1].end
    cuts = line_end_hyphens(text, start, end)
    blocks.append(Block("paragraph", start, end, kept_text(text, start, end, cuts), cuts=cuts))
    paragraph.clear()


def _median_length(lines: list[Line]) -> float:
    lengths = sorted(len(ln.text) for ln in lines)
    return lengths[len(lengths) // 2] if lengths else 0.0


_PERIODICALS = {title.casefold(): sender for title, sender in (lexicon("en").get("agency_periodicals") or {}).items()}
# A daily whose scan of one item is that item's, sent by the Agency; an issue titled by its masthead states no sender.
_ITEM_PERIODICALS = {title.casefold(): sender for title, sender in (lexicon("en").get("agency_item_periodicals") or {}).items()}
_ISSUE_MASTHEADS = _PERIODICALS | _ITEM_PERIODICALS
# The dailies whose scan prints one item as the Agency's only under its letterhead: without it, the masthead is the page's
# title and the issue states no sender.
_LETTERHEAD_ITEM_PERIODICALS = frozenset(t.casefold() for t in lexicon("en").get("agency_letterhead_item_periodicals") or ())


_AGENCY_PAPERS = {kind.casefold(): sender for kind, sender in (lexicon("en").get("agency_paper_headings") or {}).items()}
_PERIODICAL_MASTHEAD = re.compile(rf"(?:{alternation(lexicon('en').get('agency_periodical_mastheads') or ['(?!)'])})\s*", re.IGNORECASE)


_AGENCY = "Central Intelligence Agency"
_SERIAL_TITLE = re.compile(rf"\b(?:{alternation(lexicon('en').get('agency_serial_words') or ['(?!)'])})\b")
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on"})
_OFFICE_LINE = re.compile(rf"(?:{alternation(lexicon('en').get('agency_office_openings') or ['(?!)'])})\s+\S.*", re.IGNORECASE)


def _letterhead_sender(head: list[Line]) -> list[str]:
    """The Agency's letterhead ("CENTRAL INTELLIGENCE AGENCY" on a line of its own in the scan's head) makes the paper
    the Agency's own, whatever its kind (an intelligence memorandum, a weekly's item, an information cable); the office
    named on the line under it ("Office of Current Intelligence") is the sender when the letterhead names one."""
    lines = [ln.text.strip() for ln in head]
    at = next((i for i, ln in enumerate(lines) if ln.casefold() == _AGENCY.casefold()), None)
    if at is None:
        return []
    below = lines[at + 1] if at + 1 < len(lines) else ""
    if not _OFFICE_LINE.fullmatch(below):
        return [_AGENCY]
    if below.isupper():  # "OFFICE OF CURRENT INTELLIGENCE": the office's name as it is written in running text
        below = " ".join(w.lower() if w.lower() in _SMALL_WORDS else w.capitalize() for w in below.split())
    return [below[:1].upper() + below[1:]]


def _read_periodical(doc: ParsedDocument, head: list[Line]) -> None:
    """A periodical of the Agency's own ("CURRENT INTELLIGENCE WEEKLY SUMMARY"): the Agency is its sender when the
    issue's head prints the Agency's name on a line of its own ("CENTRAL INTELLIGENCE AGENCY" under the masthead); an
    issue whose scan shows the masthead alone states no sender (as the dev gold's bulletin). A paper the Agency issues
    in its own name ("INTELLIGENCE MEMORANDUM" on a line of its own) is the Agency's when its letterhead names it."""
    title = (doc.title or "").casefold()
    sender = next((s for opening, s in _PERIODICALS.items() if title.startswith(opening)), None)
    if sender is None and _item_heading(doc.title or ""):
        # "BHUTAN: PREMIER'S MURDER" under the masthead: an item of the issue, the issue's sender its own
        sender = next((_ISSUE_MASTHEADS[m] for ln in head if (m := ln.text.strip().casefold()) in _ISSUE_MASTHEADS), None)
    if sender is not None and not doc.sender_names and any(ln.text.strip().casefold() == sender.casefold() for ln in head):
        doc.sender_names = [sender]
    names = {ln.text.strip().casefold() for ln in head}
    if not doc.sender_names and (paper := next((s for kind, s in _AGENCY_PAPERS.items() if kind in names), None)) \
            and paper.casefold() in names:
        doc.sender_names = [paper]  # "INTELLIGENCE MEMORANDUM" under "CENTRAL INTELLIGENCE AGENCY": the Agency's own paper
    if not doc.sender_names and not _SERIAL_TITLE.search(doc.title or ""):
        doc.sender_names = _letterhead_sender(head)
    if _PERIODICAL_MASTHEAD.fullmatch(_masthead_words(doc.title or "")) and doc.document_date is None \
            and (day := _ISSUE_DAY.search(doc.title)) is not None and (parsed := parse_date(day[0].strip())) is not None:
        doc.document_date, doc.document_date_precision = parsed  # "WEEKLY SUMMARY 5 May 1972": the issue's day on its masthead
        doc.document_date_text = day[0].strip()
    if _PERIODICAL_MASTHEAD.fullmatch(_masthead_words(doc.title or "")):
        doc.document_type = "other"  # an issue of the Agency's serial of summaries ("DAILY SUMMARY", "CURRENT INTELLIGENCE
        # WEEKLY SUMMARY"): a bulletin, no report's head


def _read_briefing(doc: ParsedDocument) -> None:
    """'NSC BRIEFING 1 July 1953' opening the body: a briefing for the National Security Council. A title of the
    Director's series ("DCI BRIEFING FOR 27 JUNE NSC MEETING ANGOLA") says so too, and names the Director its giver."""
    if doc.title and (m := _TITLED_BRIEFING.match(doc.title)):
        doc.document_type = "briefing"
        doc.recipient_names = ["National Security Council"]
        doc.sender_names = doc.sender_names or (["Director of Central Intelligence"] if m["dci"] else [])
    first = next((b for b in doc.blocks if _BRIEFING.match(b.text)), None)
    if first is None:
        return
    doc.document_type = "briefing"
    doc.recipient_names = ["National Security Council"]
    if doc.document_date is None and (parsed := parse_date(first.text)):
        doc.document_date, doc.document_date_precision = parsed
        doc.document_date_text = first.text[len("NSC BRIEFING"):].strip()
