"""The text of a Wilson Center record: passages, their languages and sections.

Quirks: the English translation of a Soviet cable carries a header (directorate,
cable number, copies, "from [BEIJING] received 1500 13 July 1951", a stamp,
the series) and a trailer (deciphered, printed, copies, verified, "Confirm
receipt", "No. 72/III") that the transcript lacks; the addressee line and the
salutation may share one line ("to Cde. FILIPPOV Cde. Filippov!"); the
salutation may open with a quotation mark and carry a footnote mark
("Comrade Filippov [Stalin]:[1]"); list items lose their dash at random; a
page break splits a paragraph with a blank line. On the new site and in PDF
renderings a whole letter is flattened onto one line: date, address, body and
closing run together ("23 February 1952 To Comrade Mao Zedong Your telegram
... With greetings, FILIPPOV [Stalin]") and are cut apart here. A short Latin
line (a list of names) may read as Czech to a language detector: it takes the
language of the text around it.
"""

from __future__ import annotations

import re
from itertools import islice

from pipeline.normalize.dates import iter_dates
from pipeline.normalize.language import LATIN_CODES, detect_languages
from pipeline.normalize.lexicon import alphabet, alternation, letters, lexicon, words
from pipeline.normalize.openings import with_opening
from pipeline.normalize.text import Line, extend_normalized, normalize_space, sentence_spans
from pipeline.parse.model import (
    Block,
    closes_message,
    closing_phrases,
    ends_sentence,
    is_dated_closing,
    is_elision,
    is_list_item,
    run_widths,
    starts_lowercase,
    wrap_width,
    wrapped_onto,
)
from pipeline.parse.source_note import is_citation_line
from pipeline.parse.wcda_layout import MONTH

_HEADER = re.compile(
    r"^(?:\[?Stamp|Copy\b|Copies\b|from\s|From\s|SERIES|Series|[Tt]o\s+(?:Cde\.|Comrade)|TO\s|CABLE|CIPHERED|TOP PRIORITY|SPECIAL|"
    r"SECRET|Top Secret|No\.\s*\d|Nº|Incoming|Outgoing|Received|Transmit|For Comrade|BEIJING|MOSCOW|PYONGYANG)",
)
_TRAILER = re.compile(
    r"^(?:Deciphered|Printed|Typed|Verified|Copies? No|\w+ copies printed|Four copies|Three copies|Two copies|COLONEL|"
    r"Confirm receipt|Telegraph the fulfillment|Dispatched|Sent|No\.\s*\d+/|\(?\[?signature)",
    re.IGNORECASE,
)
_STAMP = re.compile(r"^\[Stamp", re.IGNORECASE)
_UPPER = letters(alphabet().upper())
_LOWER = letters(alphabet())
_SALUTATIONS = alternation(words("salutations"))
_SALUTATION_SPLIT = re.compile(rf"^(?P<address>to\s+(?:Cde\.|Comrade)\s+{_UPPER}{letters(alphabet().upper() + ' .[]')}+?)\s+(?P<salutation>(?:Cde\.|Comrade|Dear)\s+[^!]+!)$")
_SALUTATION = re.compile(
    rf"^[\"“«]?(?:(?:To\s+)?(?:{_SALUTATIONS})\s*[^.!:]{{0,60}}[!:.,]|[^.!:]{{1,40}}!)\s*(?:\[\d+\])?\s*[\"“]?$"
)
# Behind the lookahead for the formulas' first letters (``with_opening``): a line is turned away at its first character
# rather than tried against every formula in turn.
_CLOSING = with_opening(re.compile(rf"(?:{alternation(closing_phrases())})(?![\w])"))
_FLAT_DATE = re.compile(
    rf"(?:\d{{1,2}}\s+(?:{MONTH}|{letters(lexicon('ru')['alphabet'])}+)\s+\d{{4}}(?:\s*(?:{alternation(lexicon('ru')['year_marks'])}))?"
    rf"|{MONTH}\s+\d{{1,2}},\s+\d{{4}})(?=\s)"
)
_ADDRESS = re.compile(rf"(?:To\s+)?(?:{_SALUTATIONS})\s+")
_CAPS_RUN = re.compile(rf"(?:{_UPPER}{letters(alphabet().upper() + '.-')}+\s+){{2,}}(?=\S)")
_LIST_START = re.compile(r"(?<=[:;])\s+(?=\d{1,2}\.\s)")
_ATTACHMENT = re.compile(r"(?<=[\w.])\s+(?=Attachment No\.\s*\d+\b(?!\)))")
_SIGNED = re.compile(rf"\b{_UPPER}\.\s*(?:{_UPPER}\.\s*)?{_UPPER}{_LOWER}+$")
_WORD_RUN = re.compile(r"\S+")
_LIST_NUMBER = re.compile(r"^\d{1,2}\.$")
_FOOTNOTE_MARK = re.compile(r"\[(\d{1,3})\]$")
_LATIN = LATIN_CODES
_CYRILLIC = {"ru", "uk", "bg"}


def read_text(text: str, body: list[Line], flattened: bool) -> list[Block]:
    """Passages of the record's text, in reading order."""
    if flattened:
        return [block for line in body for block in split_flat_line(text, line)]
    return read_lines(text, body)


# Only white space may lie between a block and the line that continues it: a line set aside between them (the date
# and title above a citation that runs on, furniture) ends the block, or its span would cover that line's passage too.
_BLANK = re.compile(r"\s*")


def read_lines(text: str, body: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    width, previous = wrap_width(body), None
    runs = run_widths(body) if width is None else {}
    # Neither a page's width nor a typed run's can join a line to the one before when the page has neither.
    wrappable = width is not None or bool(runs)
    joined = None  # the block whose text was last made from the seed: normalize_space of its span, extended from there
    for line in body:
        content = line.text
        if blocks and _BLANK.fullmatch(text, blocks[-1].end, line.start) and (
            _continues(blocks[-1], content)
            or (wrappable and (_wrapped(blocks[-1], previous, line, width) or _wrapped_in_run(blocks[-1], previous, line, runs)))
        ):
            block = blocks[-1]
            extended = extend_normalized(block.text, text[block.end:line.end]) if block is joined else None
            block.text = extended if extended is not None else normalize_space(text[block.start:line.end])
            block.end, joined, previous = line.end, block, line
            continue
        previous = line
        if content.startswith("to") and (m := _SALUTATION_SPLIT.match(content)):  # the pattern opens with "to"
            split = line.start + m.start("salutation")
            blocks.append(Block("header", line.start, line.start + len(m["address"]), m["address"]))
            blocks.append(Block("salutation", split, line.end, m["salutation"]))
            continue
        blocks.append(Block(_kind(content), line.start, line.end, content))  # block_of_lines of the one line
    return blocks


def span_block(text: str, start: int, end: int, passage_type: str) -> Block | None:
    """A block over ``text[start:end]`` with surrounding whitespace trimmed off its offsets."""
    raw = text[start:end]
    if not raw.strip():
        return None
    start += len(raw) - len(raw.lstrip())
    end -= len(raw) - len(raw.rstrip())
    return Block(passage_type, start, end, normalize_space(text[start:end]))


def split_flat_line(text: str, line: Line) -> list[Block]:
    """A letter flattened onto one line: date heading, caps header, address, sentences, closing."""
    if is_elision(line.text):
        return read_lines(text, [line])
    pos, end, blocks = line.start, line.end, []
    for pattern, kind in ((_FLAT_DATE, "heading"), (_CAPS_RUN, "header")):
        if m := pattern.match(text, pos, end):
            blocks.append(span_block(text, pos, m.end(), kind))
            pos = _skip_space(text, m.end(), end)
    if (stop := _address_end(text, pos, end)) is not None:
        blocks.append(span_block(text, pos, stop, "salutation"))
        pos = _skip_space(text, stop, end)
    closing = _CLOSING.search(text, pos, end)
    middle_end = closing.start() if closing else end
    blocks.extend(_sentences(text, pos, middle_end))
    if closing:
        blocks.append(span_block(text, closing.start(), end, "signature"))
    return [b for b in blocks if b is not None]


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _address_end(text: str, pos: int, end: int) -> int | None:
    """Where "To Comrade Mao Zedong" ends before "Your telegram ...": at a comma, or where a sentence starts."""
    m = _ADDRESS.match(text, pos, end)
    if not m:
        return None
    words = list(islice(_WORD_RUN.finditer(text[m.end():end]), 6))  # an address is a few words: the rest is the letter
    last = None
    for i, word in enumerate(words[:5]):
        token = word.group()
        if not (token[0].isupper() or token[0] == "["):
            break
        if token.endswith((",", "!", ":")):
            last = word.end()
            break
        following = words[i + 1].group() if i + 1 < len(words) else ""
        if following and following[0].islower():
            break
        last = word.end()
    return m.end() + last if last else None


def _sentences(text: str, start: int, end: int) -> list[Block]:
    """Sentences of flattened prose, one passage each; "RESOLVES: 1. To ..." starts a list item."""
    raw = text[start:end]
    starts = {s for s, _ in sentence_spans(raw)} | {m.end() for m in _LIST_START.finditer(raw)} | {m.end() for m in _ATTACHMENT.finditer(raw)}
    cuts = sorted({0, len(raw)} | starts)
    cuts = [c for i, c in enumerate(cuts) if i == 0 or not _LIST_NUMBER.match(raw[cuts[i - 1]:c].strip())]
    blocks = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        block = span_block(text, start + a, start + b, "paragraph")
        if block:
            block.passage_type = _flat_kind(block.text)
            blocks.append(block)
    return blocks


def _flat_kind(text: str) -> str:
    """A numbered point, an "Attachment No. 1" heading, a signature block ("... G. Malenkov"), or prose."""
    if is_list_item(text):
        return "list_item"
    if text.startswith("Attachment No."):
        return "heading"
    if _SIGNED.search(text) and not ends_sentence(text):
        return "signature"
    return "paragraph"


def _continues(previous: Block, content: str) -> bool:
    """A paragraph split by a page break: long prose that stops mid-sentence, resumed in lowercase."""
    return (  # the cheap tests first: most paragraphs end a sentence, most lines open with a capital
        previous.passage_type in ("paragraph", "list_item")
        and len(previous.text) >= 80
        and not ends_sentence(previous.text)
        and starts_lowercase(content)
        and not is_header_line(previous.text)
        and not _HEADER.match(content)
        and not is_list_item(content)
    )


def _wrapped(block: Block, previous: Line | None, line: Line, width: int | None) -> bool:
    """A line of running text the page's width pushed onto the next line (a capture wrapped at a width)."""
    return (
        previous is not None
        and block.end == previous.end
        and block.passage_type in ("paragraph", "list_item")
        and wrapped_onto(previous, line, width)
        and len(previous.text.split()) >= 4  # running text, not a code or a name on a line of its own
        and not previous.text.isupper()
        and not line.text.isupper()
        and not _HEADER.match(line.text)
        and not is_list_item(line.text)
        and not _LABELLED.match(line.text)
    )


# "GDR : O. Winzer ...", "KADAR: ...", "[Oskar] Fischer. The letter ..." (a transcript's surname with the editors'
# given name): a speaker's entry of its own
_LABELLED = re.compile(r"^(?:[^\s:]+(?:\s[^\s:]+)?\s?:\s|\[[A-Z][\w'’-]+\]\s+[A-Z][\w'’-]+\.)")


def _wrapped_in_run(block: Block, previous: Line | None, line: Line, runs: dict[int, int]) -> bool:
    """The same inside a typed run of lines on a page of long lines, where the width is the run's own: a line that
    ends a sentence ends its paragraph there."""
    return previous is not None and not ends_sentence(previous.text) and _wrapped(block, previous, line, runs.get(line.number))


def _kind(content: str) -> str:
    if content.startswith("["):  # both an elision mark and a stamp open with a bracket
        if is_elision(content):
            return "elision"
        if _STAMP.match(content):
            return "stamp"
    if is_list_item(content):
        return "list_item"
    return "paragraph"


def assign_sections(blocks: list[Block], original_language: str | None) -> None:
    """Languages, then sections: original text, translation, and the cable's header and trailer."""
    for block, language in zip(blocks, detect_languages([b.text for b in blocks]), strict=True):
        block.language = language
        if "]" in block.text[-2:] and (m := _FOOTNOTE_MARK.search(block.text)):  # the mark closes the text
            block.footnote_numbers = [int(m[1])]
    _smooth_languages(blocks)
    languages = {b.language for b in blocks if b.language and b.passage_type != "title"}
    original = original_language if original_language in languages else _original_of(languages)
    for run in _language_runs(blocks):
        _mark_header_and_trailer(run)
        for block in run:
            if block.section_type in ("header", "trailer"):
                continue
            block.section_type = "body" if len(languages) < 2 else "original" if block.language == original else "translation"
    _mark_signatures(blocks)
    _place_elisions(blocks, len(languages) > 1)


def _original_of(languages: set[str]) -> str | None:
    """The archive translates into English: in a bilingual record the other language is the original."""
    others = sorted(languages - {"en"})
    return others[0] if others else ("en" if languages else None)


def _smooth_languages(blocks: list[Block]) -> None:
    """A few short lines read as a minor language of their script take the script's main language.

    Only noise is smoothed: a language holding a real share of the text (a
    German original beside its English translation) keeps its lines.
    """
    latin: dict[str, int] = {}
    cyrillic: dict[str, int] = {}
    for block in blocks:  # both scripts' sizes in one pass: smoothing one script never moves a line into the other
        language = block.language
        if language in _LATIN:
            latin[language] = latin.get(language, 0) + len(block.text)
        elif language in _CYRILLIC:
            cyrillic[language] = cyrillic.get(language, 0) + len(block.text)
    for script, sizes in ((_LATIN, latin), (_CYRILLIC, cyrillic)):
        if len(sizes) < 2:
            continue
        main, total = max(sizes, key=sizes.get), sum(sizes.values())
        for block in blocks:
            if block.language in script and sizes[block.language] < 0.35 * total and len(block.text) < 200:
                block.language = main


def _place_elisions(blocks: list[Block], bilingual: bool) -> None:
    """An elision mark opens (or closes) the part it stands in: it takes the section of its neighbour."""
    for i, block in enumerate(blocks):
        if block.passage_type != "elision":
            continue
        after = [b for b in blocks[i + 1:] if b.passage_type not in ("elision", "title")][:1]
        before = [b for b in reversed(blocks[:i]) if b.passage_type not in ("elision", "title")][:1]
        side = (after or before or [None])[0]
        if side is None:
            continue
        section = side.section_type
        if section in ("header", "trailer"):
            section = "translation" if bilingual else "body"
        block.section_type = section


def _language_runs(blocks: list[Block]) -> list[list[Block]]:
    """Consecutive blocks of one language (blocks without words join the run they sit in)."""
    runs: list[list[Block]] = []
    language = None
    for block in blocks:
        if block.passage_type == "title":
            continue
        if block.language and block.language != language and not _is_name_line(block):
            runs.append([])
            language = block.language
        if not runs:
            runs.append([])
        runs[-1].append(block)
    return runs


def _is_name_line(block: Block) -> bool:
    return len(block.text.split(None, 3)) <= 3 and not any(map(str.islower, block.text))  # a fourth word ends the split


def _mark_header_and_trailer(run: list[Block]) -> None:
    """Header lines open a run until its first salutation or paragraph; trailer lines close it."""
    for block in run:
        if block.passage_type in ("elision", "heading"):
            continue
        if _is_salutation(block) or block.passage_type == "salutation":
            block.passage_type = "salutation"
            break
        if block.passage_type in ("paragraph", "list_item") and not is_header_line(block.text):
            break
        block.section_type = "header"
        if block.passage_type == "paragraph":
            block.passage_type = "header"
    for block in reversed(run):
        if block.passage_type == "elision":
            continue
        if not _TRAILER.match(block.text):
            break
        block.section_type = "trailer"
        block.passage_type = "trailer"


def is_header_line(text: str) -> bool:
    """A cable header line: a known opening, or a short line mostly in capitals."""
    if _HEADER.match(text):
        return True
    if len(text) >= 120:
        return False
    if text.isascii():  # letters and capitals counted by deleting their bytes, not character by character
        raw = text.encode("ascii")
        letters, capitals = len(raw) - len(raw.translate(None, _ASCII_LETTERS)), len(raw) - len(raw.translate(None, _ASCII_CAPITALS))
        return capitals > 0.6 * max(1, letters)
    letters = list(filter(str.isalpha, text))
    return sum(map(str.isupper, letters)) > 0.6 * max(1, len(letters))


_ASCII_CAPITALS = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LETTERS = _ASCII_CAPITALS + bytes(range(ord("a"), ord("z") + 1))


def _is_salutation(block: Block) -> bool:
    return block.passage_type == "paragraph" and len(block.text) < 60 and bool(_SALUTATION.match(block.text)) \
        and not _TOLD_TURN.search(block.text)


# A line that ends with a lower-case word and a full stop tells something ("Cde. Suslov agrees."): a turn of session
# notes, no salutation, which ends with the addressee's name ("Comrade Mao Zedong!", "To Cde. Stalin,").
_TOLD_TURN = re.compile(r"\s[a-z]{3,}\.\s*$|^[^!:,]*\s[a-z]{4,}(?:\s+[a-z]+)*\s+[A-Z]\S*(?:\s+\S+){0,3}\.\s*$")
# ... or with a name after its verb ("Comrade Biszku agreed with Comrade Kádár."): a line closed by a full stop with a
# lower-case word of four letters or more inside it tells something too.


def _mark_signatures(blocks: list[Block]) -> None:
    for block in blocks:
        if block.passage_type != "paragraph":
            continue
        if _is_salutation(block):
            block.passage_type = "salutation"
        elif _is_signature(block.text):
            block.passage_type = "signature"


def _is_signature(text: str) -> bool:
    """A closing formula ("With greetings. FILIPPOV [Stalin]."), a short name in capitals ("МАО ЦЗЭДУН"),
    or in a script without capitals a name of a few characters ("毛泽东")."""
    if len(text) < 80 and _CLOSING.match(text):
        return True
    if len(text.split(None, 4)) > 4:
        return False  # five words or more: no name in capitals, and past six characters (a paragraph, most often)
    if not any(map(str.isupper, text)):  # a script without capitals (Chinese): a name is a few characters
        return len(text.strip()) <= 6 and not ends_sentence(text)
    return len(text.split()) <= 4 and not any(map(str.islower, text)) and not ends_sentence(text)


def is_cut_end(blocks: list[Block]) -> bool:
    """The capture stops inside the text: prose without its full stop ("should be reject"), a heading
    with nothing under it ("Attachment No. 1 Th"), or a closing formula without its name ("Сприветом")."""
    while blocks and is_citation_line(blocks[-1].text):
        blocks = blocks[:-1]  # the archive's file under the text ("外交部档案馆，档号107-00041-05"): the edition's line, not the text's
    last = next((b for b in reversed(blocks) if b.passage_type != "elision"), None)
    if last is None or last.passage_type in ("header", "trailer", "stamp", "title"):
        return False
    if last.passage_type == "heading":
        return True
    if last.passage_type == "signature":
        return bool(_CLOSING.fullmatch(last.text.rstrip(",. ")))
    if ends_sentence(last.text):
        return False  # most texts: a finished sentence closes them, told before the foot is read for a signature
    foot = [b.text for b in blocks if b.section_type == "body" and b.passage_type in ("paragraph", "list_item", "signature")]
    if closes_message(foot):
        return False  # the recorder's name, or a signer's name (and office) under the finished text; "Yours sincerely," /
        # the signer / the addressee's name, office and city under him
    # "20 August" under the signature closes it, and so does the place it was written at before the date ("Sofia, 11 March 1968"),
    # and a note that closes on its day ("[Handwritten:] To be circulated to the members ... K. Chernenko. 19.I.79")
    return not is_dated_closing(last.text) and not _closes_on_a_date(last.text)


def _closes_on_a_date(text: str) -> bool:
    """The text's last words are a whole date ("... K. Chernenko. 19.I.79"): a capture cut inside a date leaves no date."""
    end = text.rstrip()
    tail = end[-40:]
    return any(m.end == len(tail) for m in iter_dates(tail))

