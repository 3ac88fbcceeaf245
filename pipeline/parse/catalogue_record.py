"""An archive's catalogue record of one telegram, its fields labelled over the message's text ("Draft Date: 08 OCT
1976" / "Document Number: 1976STATE250911" / "From: SECSTATE WASHDC" / "To: AMEMBASSY CANBERRA; AMEMBASSY JAKARTA" /
"Subject: THAI COUP: NARC CONSOLIDATES POWER" / "Message Text:"), as the National Archives' Access to Archival
Databases prints the State Department's electronic telegrams: the subject is the title, the draft date the date,
every addressee the To field lists a recipient, and the surname that signs the text its sender. The labels are
``pipeline/reference/layouts/catalogue_records.yaml``.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from pipeline.normalize.capitals import sentence_case
from pipeline.normalize.dates import find_dates
from pipeline.normalize.lexicon import alternation
from pipeline.normalize.names import lookup
from pipeline.parse.model import ParsedDocument
from schemas import load_yaml

_HEAD_BLOCKS = 16  # the site's and the series' lines, then the record's fields
_SIGNER = r"(?P<signer>[A-Z][A-Z'’-]{2,19})"


@cache
def _words() -> dict:
    return load_yaml(resources.files("pipeline.reference").joinpath("layouts/catalogue_records.yaml").read_text("utf-8"))


@cache
def _fields_by_label() -> dict[str, str]:
    return {label: field for field, listed in _words()["labels"].items() for label in listed}


@cache
def _field() -> re.Pattern:
    return re.compile(rf"^(?P<label>{alternation(list(_fields_by_label()))})\s*:\s*(?P<value>.*?)\s*$")


@cache
def _signed() -> re.Pattern:
    unquote = alternation(_words()["unquote"])
    return re.compile(rf"(?:(?<=[.!?])|\b(?:{unquote}))\s+{_SIGNER}\s*$")


def record_fields(texts: list[str]) -> dict[str, str]:
    """The record's fields in the head's lines, by field ("title", "date", "from", "to", ...); {} where fewer than the
    layout's ``least`` stand there."""
    labelled = [text for text in texts if ":" in text]  # a field's line holds its label's colon: most lines have none
    if len(labelled) < _words()["least"]:
        return {}  # too few lines to hold the layout's fields, told before any is matched
    names = _fields_by_label()
    found: dict[str, str] = {}
    for text in labelled:
        if (m := _field().match(text.strip())) is not None:
            found.setdefault(names[m["label"]], m["value"])
    return found if len(found) >= _words()["least"] else {}


def foot_signer(texts: list[str]) -> str | None:
    """The surname in capitals that closes the telegram's text, after its last sentence or the close of the telegram
    it repeats ("... CITY CENTER. WHITEHOUSE UNQUOTE KISSINGER": Kissinger); None when none closes it (a mark, a
    place or a body is no signer)."""
    for text in reversed(texts):
        m = _signed().search(text.strip())
        if m is None or m["signer"] in _words()["not_signers"]:
            continue
        entity = lookup(m["signer"])
        return m["signer"].title() if entity is None or entity.kind == "person" else None
    return None


def read_catalogue_record(doc: ParsedDocument) -> None:
    """A telegram under its catalogue record: titled by its subject, dated by its draft date, sent to every addressee the
    record lists, by the surname that signs its text, else by the office it came from."""
    head = doc.blocks[:_HEAD_BLOCKS]
    fields = record_fields([b.text for b in head])
    if not fields or "text" not in fields:
        return
    at = next(i for i, b in enumerate(head) if (m := _field().match(b.text.strip())) and m["label"] in _words()["labels"]["text"])
    for block in head[:at + 1]:
        block.passage_type, block.section_type = "header", "header"
    if subject := fields.get("title"):
        doc.title = subject
        doc.title_block = next((i for i, b in enumerate(head) if b.text.strip().endswith(subject)), doc.title_block)
    if fields.get("date") and (day := next((d for d in find_dates(sentence_case(fields["date"])) if d.year_written and d.precision == "day"), None)):
        doc.document_date, doc.document_date_precision, doc.document_date_text = day.start_date, "day", day.text
    if fields.get("to"):
        doc.recipient_names = [p.strip() for p in fields["to"].split(_words()["addressee_separator"]) if p.strip()]
    running = [b.text for b in doc.blocks[at + 1:] if b.passage_type in ("paragraph", "quotation", "list_item")]
    signer = foot_signer(running[-4:])
    if signer is not None:
        doc.sender_names = [signer]
    elif fields.get("from"):
        doc.sender_names = [fields["from"]]
    if doc.document_type in (None, "other"):
        doc.document_type = "telegram"
