"""Any other page: a document of plain, language-tagged paragraphs.

Used for sites of unknown layout (a political journal, a university's
document collection, a Chinese news site, ...), so it must read anything.
Blank lines separate paragraphs; where the text is hard-wrapped (OCR output,
mail archives), consecutive lines are joined until a blank line or a short
line that ends a sentence. A speaker's line in a record of conversation
("Comrade Stalin: …") always opens a paragraph.

Quirks of the sites seen: navigation furniture ("You are here", "Skip to
content", "For other documents on Mao Zedong, click here.") is not text; the
date may be printed two or three times, or in brackets under the title in
Chinese ("(1951年11月14日)"), and the date nearest the title wins; a
"資料來源:" (source) label may precede the title; classification lines
("Fully Secret", "絕密,不得複製。", "[Classification level blacked out …]")
are stamps of the header; Chinese pages use full-width punctuation.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache
from urllib.parse import urlsplit

from pipeline.normalize.calendars import OTHER_CALENDAR_YEARS
from pipeline.normalize.dates import (
    DateMention,
    find_dates,
    iter_dates,
    reads_slash_day_first,
    writes_date_in_words,
)
from pipeline.normalize.doctypes import document_type_of, names_a_kind
from pipeline.normalize.lexicon import (
    LANGUAGES,
    SUPPLEMENTED,
    alternation,
    letters,
    lexicon,
    reading_language,
    words,
)
from pipeline.normalize.names import Entity, canonical_name, lookup, signed_person
from pipeline.normalize.openings import compile_opening, with_opening
from pipeline.normalize.page_memo import once_per_page
from pipeline.normalize.text import Line, split_lines
from pipeline.parse.book_shape import DIARY_ENTRIES, ENTRY_DAY_CHARS, entry_day
from pipeline.parse.citation import _names_repository, catalogue_header
from pipeline.parse.headings import (
    EDITION_HEADING_BLOCKS,
    _furniture,
    _names_site_part,
    addressed_heading_over,
    book_imprint,
    closing_day,
    edition_heading,
    edition_person,
    imprint_line,
    interviewee_line,
    is_addressed_heading,
    is_catalogue_series_line,
    is_furniture_line,
    is_letter_spaced,
    is_licence_notice,
    is_masthead,
    is_never_title,
    is_site_banner,
    is_site_head,
    is_site_name,
    is_site_trail,
    is_title_label_line,
    names_the_host,
    site_action_alone,
    site_actions_line,
    site_name_separator,
    trail_book,
)
from pipeline.parse.model import (
    DATED_LINE_CHARS,
    Block,
    ParsedDocument,
    block_of_lines,
    catalogue_field,
    dated_line,
    ends_sentence,
    flag_cut_text,
    handling_kind,
    is_annotation_line,
    is_elision,
    is_list_item,
    is_signer_line,
    wrap_width,
    wrapped_onto,
)
from pipeline.parse.signal_head import LOGGED_GROUPS, log_way, logged_groups_day, logged_head_day, signal_line
from pipeline.parse.signature import (
    ADDRESS_HONORIFIC,
    ADDRESS_LINES,
    ZH_ADDRESSEE_SPLIT,
    address_block,
    addressed_person,
    addressee_parts,
    is_salutation,
    is_signed_name,
    offices_joined,
    person_addressed,
    release_stamp_line,
    signing_body,
)
from pipeline.parse.source_note import (
    head_mark,
    is_catalogue_mark_line,
    is_citation_line,
    is_source_note,
    is_trail,
    trail_mark_citation,
    without_description,
)
from pipeline.parse.speaking_day import sent_day

_ZH = lexicon("zh")
PARSER = "generic/1"
NARRATIVE_CHARS = 200  # a passage longer than this is running text
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")  # a sentence closes and the next opens before the date
DATELINE_CHARS = 40  # a dateline's date stands within the first words of its passage
HANDLING_BLOCKS = 12  # a cable's handling lines over its text: typed, deciphered, received, sent
DATE_WINDOW = 300  # a document's own date sits at the start of a passage near the top, not deep inside it
# The interface's lines, behind the lookahead for their first letters (``with_opening``): most lines are turned away at
# their first character.
FURNITURE = with_opening(re.compile(
    r"^(?:You are here|Skip to (?:main )?content|For other documents on .{1,80}, click here\.?|Back to top|"
    r"Print(?: this page)?|Share(?: this)?|Menu|Home|Search(?: in)?|"
    # a publisher's tools under a chapter or an article: "Cite this chapter", "Download PDF", "Download citation"
    r"Cite this (?:chapter|article|book|page|paper|entry)|Download (?:chapter |article |book )?(?:PDF|EPUB|citations?))$",
    re.IGNORECASE,
))
_SPEAKER = re.compile(r"^(?:Comrade|Cde\.|Tov\.|Mr\.|Chairman|Premier|Marshal|General)?\s*[A-Z][\w.'’ -]{1,40}:\s+\S")
# An interview's question and answer labelled with one capital and its stop ("Q. When did you arrive?" / "A. This morning
# at 0630 ..."; en.yaml interviewer_labels, answerer_labels): a turn's line, as a speaker's is; the answer's label only
# under a question, where "A." is no initial of a name.
def dotted_label(key: str) -> re.Pattern:
    """A line opening with an interview's one-capital label of ``key`` and its full stop, the turn's words after it
    ("Q. When did you arrive?"); the label in its group ``label``."""
    labels = sorted(w for w in words(key, (*LANGUAGES, *SUPPLEMENTED)) if len(w) == 1 and w.isupper())
    return compile_opening(r"^\s*(?P<label>" + (alternation(labels) or "(?!)") + r")\.\s+(?=\S)")


DOTTED_ASKED = dotted_label("interviewer_labels")
_DOTTED_ANSWER = dotted_label("answerer_labels")
# A log's entry line: the hour in four figures, then the entry in words from a capital ("1915  Search of the grounds.
# Rope ladder ... found hanging on" / "      the east wall by the Du Cane Road"): on a page of three such lines at
# least (one line opening with a year is no log), each opens a paragraph, though the entry above wrapped onto lines
# of its own.
LOG_HOUR = r"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)[ \t]+(?=[A-Z])"  # (the log entries' rows read it too: passages._log_hour)
_LOG_ENTRY_LINE = re.compile(r"^\s*" + LOG_HOUR)
_LOG_ENTRY_LINES = 3
_REGISTRATION = alternation(words("registration_marks")) or "(?!)"
_CLASSIFICATION = re.compile(
    r"^(?:\[?Classification[^\]]*\]?|(?:Fully |Strictly |Top )?Secret\.?|Confidential\.?|Restricted\.?|Unclassified\.?|Personal(?: and|,) (?:strictly )?secret\.?)$"
    # "SECRET/SENSITIVE", "TOP SECRET/NODIS": a caveat after the classification (en.yaml classification_caveats)
    rf"|^(?:(?:Top )?Secret|Confidential|Unclassified)\s*/\s*(?:{alternation(words('classification_caveats')) or '(?!)'})\.?$"
    # "NATO CONFIDENTIAL", "COSMIC TOP SECRET": an organisation's classification (en.yaml classification_owners)
    rf"|^(?:{alternation(words('classification_owners')) or '(?!)'})\s+(?:Top Secret|Secret|Confidential|Restricted|Unclassified)\.?$"
    rf"|^(?:{alternation(_ZH['classification'])})(?:[,，、].{{0,12}})?[。.]?$"
    # a cable's precedence marks, alone or after its classification ("特急", "绝密　急"): zh.yaml precedence_marks
    rf"|^(?:(?:{alternation(_ZH['classification'])})[\s,，、]*)?(?:{alternation(_ZH.get('precedence_marks') or ['(?!)'])})[。.]?$"
    # a registry's marks alone on their line ("Секретно", "Экз. № 1", "Совершенно секретно, экз. № 2"): registration_marks
    rf"|^(?:{_REGISTRATION})(?:\s*[,.]?\s*(?:(?:{_REGISTRATION})|№\s*\d+|\d+))*\.?$",
    re.IGNORECASE,
)
_SOURCE_LABELS = tuple(words("source_labels"))
_LABEL = re.compile(rf"^(?:{alternation(_SOURCE_LABELS)})\s*[:：]")
# A line of an archive's catalogue entry over the item ("Reference: FCO 63/1095", "Description: ...", "Held by: ..."):
# the catalogue's, never the item's title (en.yaml catalogue_entry_labels).
CATALOGUE_ENTRY = re.compile(rf"^(?:{alternation(words('catalogue_entry_labels')) or '(?!)'})\s*:\s+\S")
# A site's trail of pages ("Discovery > Records of the Foreign and Commonwealth Office > FCO 63/1095", "Catalogue >
# Department of the Taoiseach > Government Minutes > 1964", "Collections › Warsaw Pact Records › ... › Sofia, 6-7 March
# 1968"): three steps or more, the last naming no kind of paper, neither the title of a document nor its date ("Archive
# › Collections › Letter from Gomulka to Khrushchev" keeps its title).
_TRAIL_STEP = re.compile(r"\s(?:>|›|»|→)\s")  # "HANSARD 1803–2005 → 1960s → 1969 → June 1969 → 10 June 1969 → Commons Sitting"
# A periodical's issue line ("Volume 19, Issue 3", "..., Vol. 12, No. 28, pp. 3-4") and a finding aid's shelf line with its
# container ("..., Box H-077, ..."): en.yaml volume_labels, issue_labels, container_labels.
_ISSUE_LINE = re.compile(
    rf"(?:^|,\s*)(?:{alternation(words('volume_labels')) or '(?!)'})\s*\d+\s*,\s*(?:{alternation(words('issue_labels')) or '(?!)'})\s*\d+"
    r"(?:\s*,\s*pp?\.\s*\d+(?:\s*[-–]\s*\d+)?)?\.?$")
# A weekly's issue line, its name, its number and its day ("Peking Review, No. 17, April 27, 1973"): the imprint over
# the paper it prints, never its title.
_DATED_ISSUE = re.compile(rf"^[^,\d]{{3,60}},\s*(?:{alternation(words('issue_labels')) or '(?!)'})\s*\d+\s*,\s*(?P<day>\S.*)$")


# A digest's reference line, its volume, the issue's month and year, the section, the page ("Volume 9, September, 1963
# Congo (Brazzaville), Page 19631"): en.yaml volume_labels, page_labels.
_DIGEST_REFERENCE = re.compile(
    rf"^(?:{alternation(words('volume_labels')) or '(?!)'})\s*\d+\s*,\s*(?P<month>[^\W\d_]{{3,12}}\.?),?\s+(?P<year>\d{{4}})\b"
    rf".{{0,80}},\s*(?:{alternation(words('page_labels')) or '(?!)'})\s*\d+$")


def is_issue_line(text: str) -> bool:
    """A periodical's issue line: its volume and issue ("Vol. 12, No. 28"), or its number and its day; a digest's
    reference line."""
    return bool(_ISSUE_LINE.search(text)) or ((m := _DATED_ISSUE.match(text.strip())) is not None and _is_date_line(m["day"].strip())) \
        or digest_issue(text) is not None


def digest_issue(text: str) -> DateMention | None:
    """The month of the issue a digest's reference line names ("Volume 9, September, 1963 ..., Page 19631": September
    1963), else None."""
    m = _DIGEST_REFERENCE.match(text.strip())
    if m is None:
        return None
    return next((d for d in iter_dates(f"{m['month']} {m['year']}") if d.precision == "month"), None)


_CONTAINER_LINE = re.compile(rf",\s*(?:{alternation(words('container_labels')) or '(?!)'})\s+[A-Z]{{0,2}}-?\d+[A-Za-z]?(?:,|$)")


def _is_trail(text: str) -> bool:
    """A site's trail of pages, whatever its last step names ("Search › Peacekeeping › UNEF › Code cables › Outgoing
    code cable UNEF-1181"): over the catalogue's "Title:" line, that line gives the item's title in full."""
    return len(text) <= NARRATIVE_CHARS and len(_TRAIL_STEP.split(text.strip())) >= 3


# A field of an archive's catalogue entry set under the site's trail, each on a line of its own, its label of a few
# words in any language and script before its colon, no figure in it ("Ref.: CM (62) 6th Meeting" / "Extent: 4 folios";
# "No. Rujukan: 2006/0034872, ff. 14-16" / "Tajuk: Letter from ..."; "Reference: ..." / "Held by: ..."): the layout tells
# the catalogue's fields, whatever the words of their labels.
_CATALOGUE_FIELD = re.compile(r"^(?P<label>[^\W\d_][^:\uff1a\d\n]{0,29}?)\s*[:\uff1a]\s+(?P<value>\S.*)$")


def catalogue_field_under_trail(blocks: list[Block], i: int) -> bool:
    """Whether block ``i`` is a field of the archive's catalogue entry under the site's trail heading the page: it and
    every block between the trail and it a labelled field (``_CATALOGUE_FIELD``). The catalogue's, never the item's
    heading."""
    if i == 0 or i >= len(blocks) or not _is_trail(blocks[0].text) or is_title_label_line(blocks[i].text):
        return False  # ("Title: Cabinet Minutes, 9 November 1956": the catalogue's title, read by its label)
    fields = next((k for k in range(1, len(blocks)) if not _CATALOGUE_FIELD.match(blocks[k].text.strip())), len(blocks)) - 1
    return fields >= CATALOGUE_FIELDS and i <= fields  # (one labelled line under the trail may be the book's or the paper's
    # own heading, "Fire over the Strait: Quemoy, Washington and Beijing in 1958")


CATALOGUE_TITLE_WORDS = 4  # the catalogue's title of the item: a phrase of a few words, no mark
CATALOGUE_FIELDS = 2  # the catalogue's entry under the trail: two labelled lines at least


def _catalogue_title(doc: ParsedDocument) -> None:
    """A page whose own lines give no heading (a letter under its letterhead) is titled by the catalogue's field under
    the site's trail that names the item in a phrase, whatever its label's language ("Tajuk: Letter from Tunku Abdul
    Rahman to Sir Alec Douglas-Home on the Indonesian landing at Labis"): its value, no figure in it and no sentence."""
    if doc.title is not None:
        return
    for i in range(1, len(doc.blocks)):
        if not catalogue_field_under_trail(doc.blocks, i):
            return
        value = _CATALOGUE_FIELD.match(doc.blocks[i].text.strip())["value"].strip()
        if len(value.split()) >= CATALOGUE_TITLE_WORDS and not any(c.isdigit() for c in value) and not ends_sentence(value):
            doc.blocks[i].passage_type, doc.blocks[i].section_type = "title", "header"
            doc.title, doc.title_block = value[:300], i
            if doc.document_type in (None, "other") and (kind := document_type_of(value)) != "other":
                doc.document_type = kind  # "Letter from ...": the kind the catalogue names
            return


def _navigation_trail(text: str) -> bool:
    if len(text) > NARRATIVE_CHARS:
        return False
    steps = _TRAIL_STEP.split(text.strip())
    return len(steps) >= 3 and document_type_of(steps[-1].strip()) == "other"


# An archive's trail of its catalogue parted by bars, the archive first ("Österreichisches Staatsarchiv | Archiv der
# Republik | Bundeskanzleramt | Ministerratsprotokolle"), over the item's own heading that names its kind ("Minutes No. 9
# of the Meeting of the Council of Ministers ..."): the site's, whatever kind of paper its last step names. Over a bare
# label ("The National Archives | Education | Cold War | Tito's visit to London, 1953" / "Transcript"), the trail's last
# step is the page's title.
_BAR_STEP = re.compile(r"\s\|\s")
HEADING_WORDS = 4  # a heading that names its kind and its matter, not a label's one word


def _trail_over_heading(blocks: list[Block], i: int) -> bool:
    steps = _BAR_STEP.split(blocks[i].text.strip())
    if len(steps) < 3 or not (_names_repository(steps[0].strip()) or _names_site_part(steps[0])) or i + 1 >= len(blocks):
        return False
    heading = blocks[i + 1].text
    return names_a_kind(heading) and len(heading.split()) >= HEADING_WORDS and _could_be_title(blocks[i + 1]) \
        or _could_be_title(blocks[i + 1]) and _subject_under_wire_kind(blocks, i + 1) is not None  # "외교사료관 | 외교문서 원문 |
    # 1976년 생산 문서" / "전 보" / "번호: USW-0821" / ... / "제목: ...": the wire's kind alone over its form, the subject its title


# A page's number on a line of its own ("p. 352", and in the language files' page_labels: a Russian paper's page)
_PAGE_LINE = re.compile(rf"^(?:pp?\.|page|{alternation(words('page_labels')) or '(?!)'})\s*\d{{1,4}}(?:\s*[-–]\s*\d{{1,4}})?$", re.IGNORECASE)
_BRACKETED_DATE = re.compile(r"^[(（\[][^()（）\[\]]{4,40}[)）\]]$")
_ZH_TITLE = re.compile(
    rf"^(?P<sender>{letters(_ZH['title_about'], but=True)}{{1,12}}?)(?:(?:{alternation(_ZH['title_about'])}).*?)?(?:{alternation(_ZH['title_to'])})"
    rf"(?P<recipient>{letters(_ZH['title_of'], but=True)}{{1,12}}?)(?:{alternation(_ZH['title_of'])})?(?:{alternation(_ZH['title_letters'])})$"
)
# A message's title naming its sender and its subject, no addressee ("驻巴基斯坦使馆关于印巴战争情况的电报"): the sender
# (a title that names an addressee too is _ZH_TITLE's). The editions' own state before its mission ("中国驻乌干达大使馆")
# is no part of the sender's name: its papers call its missions "驻乌干达大使馆", as the cable's foot signs.
_ZH_TITLE_ABOUT = re.compile(
    rf"^(?:{re.escape(_ZH['own_state'])}(?=(?:{alternation(_ZH['event_words']['stationed'])})))?(?P<sender>{letters(_ZH['title_about'] + _ZH['title_to'], but=True)}{{2,12}}?)(?:{alternation(_ZH['title_about'])})"
    rf"(?!.*(?:{alternation(_ZH['title_to'])})).+?(?:{alternation(_ZH['title_of'])})(?:{alternation(_ZH['title_letters'])})$"
)
# The addressee alone on the line under a message's title and date, before a colon ("外交部："): a word of a script
# written without spaces, the body or the person the message goes to.
_ZH_HEAD_ADDRESSEE = re.compile(r"^(?P<name>[^\W\d_A-Za-z]{2,12}(?:[、，,][^\W\d_A-Za-z]{2,12}){0,3})[:：]$")
_EN_TITLE = re.compile(
    rf"^[^,]*\b(?:Telegram|Cable|Letter|Memorandum|Note)\b(?:[^,]*,\s*|\s+(?:{alternation(words('title_party_openers')) or '(?!)'})\s+)"
    r"(?P<sender>[^,\d]+?)\s+to\s+(?P<recipient>[^,]+?)(?:,\s*for\s+(?P<via>[^,]+))?"  # a party holds no figure: "Telegram of
    # 14 March 1972 to the Ministry" names no writer
    r"(?:,\s*[^,]*\d[^,]*?(?:,\s*\d{4})?(?:\s*\[[^\[\]]*\])?)?$",  # "Telegram, Stalin to Zhou Enlai, 5 July 1950": the date is no
    # party, nor an edition's note after it ("Letter, President José Figueres to President Eisenhower, January 14, 1955
    # [translation]"); "Letter of Prime Minister Tunku Abdul Rahman to President Macapagal, July 12, 1963" likewise
    re.IGNORECASE,
)
# An addressee line at a letter's head, in the dative after its title ("товарищу Ю. Цеденбалу"): the name it gives.
_ADDRESSEE_LINE = re.compile(rf"^(?:{alternation(words('addressee_line'))})\s+(?P<name>[^\W\d][\w.\- ]{{1,40}}?)[.,!]?$", re.IGNORECASE)
_ZH_SENT_FROM = re.compile(rf"^(?:{alternation(_ZH['sent_from'])})")
# A cable form's receiving line naming the bodies it goes to ("收报：外交部、中联部"), not its receipt's place and time.
_ZH_RECEIVED_BY = re.compile(
    rf"^(?:{alternation(_ZH.get('received_by_labels') or ['(?!)'])})[:：]\s*(?P<names>[^\W\d_A-Za-z]{{2,12}}(?:[、，,][^\W\d_A-Za-z]{{2,12}}){{0,5}})$")
_ZH_ADDRESSEE = re.compile(rf"^(?:{alternation(_ZH['addressee'])})(?P<name>.{{1,12}}?)(?:{alternation(_ZH['addressee_honorifics'])})?[:：]?$")
_ZH_GLOSS = re.compile(rf"(?<!\w)(?P<short>\w{{1,3}})[,，](?:{alternation(_ZH['gloss_refers_to'])})(?P<full>\w{{2,6}}?)[,，。;；]")
# A compiler's line under a bulletin's title ("外交部办公厅编　一九六六年五月十八日"): the body before the mark, a date after it.
_ZH_COMPILED_BY = re.compile(
    rf"^(?P<name>{letters(['，,。：:（）() 　'], but=True)}{{2,20}}?)(?:{alternation(_ZH.get('compiled_by') or ['(?!)'])})"
    r"(?:\s+(?P<date>.{4,20})|\s*[·・|]\s*\S.{0,24})?$"  # a date after it, or the bulletin's marks ("· 内部刊物 注意保存")
)

_NOTE_MARK = re.compile(r"[〔\[]\d{1,3}[〕\]]")


def without_note_marks(title: str) -> str:
    """A heading without the editors' note calls set in it ("对罗瑞卿关于中印边境情况报告〔1〕的批示", "... Kennan[2]")."""
    return _NOTE_MARK.sub("", title).strip() or title
_ZH_SALUTATION = re.compile(r"^(?P<names>[^:：。]{1,30})[:：]$")
_ZH_JOINERS = re.compile(rf"^(?:{alternation(_ZH['salutation_joiners'])})")
_ZH_COPIES = re.compile(rf"(?:{alternation(_ZH['salutation_copies'])})")
_ZH_WIRE_RECEIVED = re.compile(rf"(?:{alternation(_ZH['telegram_words'])})(?:{alternation(_ZH['acknowledged'])})")
_DIGIT = re.compile(letters(["0123456789", *(c for c, v in _ZH["numerals"].items() if v < 10)]))


def parse(text: str, offset: int) -> ParsedDocument:
    doc = ParsedDocument(parser=PARSER, source_type="web_page", collection=_site(text[:offset]))
    lines = [ln for ln in split_lines(text[offset:], offset) if not FURNITURE.match(ln.text)]
    doc.blocks = [_block(text, group) for group in _paragraphs(lines)]
    _read_title(doc)
    _catalogue_title(doc)
    _read_edition_heading(doc)
    _read_record_heading_under_catalogue(doc)
    _read_despatch_head(doc)
    _read_news_byline(doc)
    _read_date(doc)
    _read_parties(doc)
    flag_cut_text(doc)
    return doc


# A form's field set on the heading's line in a column of its own, a wide gap between them ("DAILY LOG - JULY 1973
# <spaces> Observer: T. Fa'alogo", a station's or a ship's log; "TOUR REPORT <spaces> Copy No. 3"): the heading alone.
_COLUMN_FIELD = re.compile(r"(?<=\S)[ \t]{6,}(?=[^\W\d_][\w .'’-]{0,30}:[ \t]+\S)")


def title_beside_column(doc: ParsedDocument, text: str) -> None:
    """The title without the field a page sets beside its heading in a column of its own, on the heading's line."""
    if doc.title is None or doc.title_block is None:
        return
    block = doc.blocks[doc.title_block]
    line = text[block.start:block.end].split("\n", 1)[0]
    m = _COLUMN_FIELD.search(line)
    if m is None or m.start() < 3:
        return
    heading = " ".join(line[:m.start()].split())
    if heading and doc.title.startswith(heading):
        doc.title = heading


_LOG_TITLE = re.compile(rf"\b(?:{alternation(words('log_title_words')) or '(?!)'})\b", re.IGNORECASE)
_LOG_KEEPER = re.compile(rf"(?:^|(?<=\s))(?:{alternation(words('log_keeper_labels')) or '(?!)'})\s*:\s*(?P<name>[^\n:]{{3,40}}?)\s*$",
                         re.IGNORECASE | re.MULTILINE)
LOG_HEAD_BLOCKS = 3  # the log's heading and the lines of its head under it: the keeper, the supervisor
LOG_FOOT_BLOCKS = 3  # the lines of its foot: "Log closed 1400. Duty Editor: J. M. Petrie", the circulation under it


def read_log_keeper(doc: ParsedDocument, text: str) -> None:
    """The keeper a log's head names after his label, beside or under its heading ("DAILY LOG - JULY 1973 <spaces>
    Observer: T. Fa'alogo", "Duty Officer: Lt. R. Moss"), or its foot where he closes it ("Log closed 1400. Duty Editor:
    J. M. Petrie"): the log's writer, its sender, where no signature named one."""
    if doc.sender_names or doc.title is None or doc.title_block is None or not _LOG_TITLE.search(doc.title):
        return
    head = doc.blocks[doc.title_block:doc.title_block + LOG_HEAD_BLOCKS]
    for block in head + [b for b in doc.blocks[-LOG_FOOT_BLOCKS:] if b not in head]:  # the keeper closing it at its foot
        m = _LOG_KEEPER.search(text[block.start:block.end])
        if m is not None and is_signed_name(re.sub("['’]", "", m["name"].strip()), plain=True):  # ("Fa'alogo")
            doc.sender_names = [canonical_name(m["name"].strip())]
            return


def _site(provenance: str) -> str | None:
    url = provenance.partition(":")[2].strip()
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _block(text: str, group: list[Line]) -> Block:
    first = group[0].text
    kind = "elision" if is_elision(first) else "list_item" if is_list_item(first) else "paragraph"
    block = block_of_lines(text, group, kind)
    if _CLASSIFICATION.match(block.text):
        block.passage_type, block.section_type = "stamp", "header"
    elif is_licence_notice(block.text):
        block.passage_type, block.section_type = "trailer", "trailer"  # the publisher's licence, not the document's text
    elif _PAGE_LINE.match(block.text):
        block.passage_type, block.section_type = "header", "header"  # "p. 352": where the page sits in its book
    return block


HEAD_WINDOW_MAX = 12  # the catalogue's entry stands in the page's first lines


def _entry_days(blocks: list[Block], window: int) -> list[int]:
    """The first blocks that are a diary entry's day alone (``entry_day``), as many as tell a diary's page
    (``DIARY_ENTRIES``): the page's other lines are not read for their dates once those are found, nor past the head's
    ``window`` where none of its lines is one (the entries then head nothing)."""
    entries: list[int] = []
    for i, b in enumerate(blocks):
        if len(entries) >= DIARY_ENTRIES or (not entries and i >= window):
            break
        if len(b.text) <= ENTRY_DAY_CHARS and entry_day(b.text.strip()):
            entries.append(i)
    return entries


def _read_title(doc: ParsedDocument) -> None:
    """The block above a bracketed date line, else the first block that is neither label nor stamp."""
    blocks = doc.blocks
    index = next((i - 1 for i, b in enumerate(blocks) if i and _BRACKETED_DATE.match(b.text) and next(iter_dates(b.text), None)
                  and not is_source_note(b.text) and not _bracketed_sentence(b.text)
                  and not _LABEL.match(b.text.strip()[1:])), None)
    # "（本记录于十月二十二日十一时整理，送总长、杨副总长、作战部。）", "[资料来源：...，1962年第4卷]": a sentence or a source
    # in brackets at a record's foot, no date under a heading
    if index is not None and index and attached_label(blocks[index - 1].text):
        index = None  # "附：" / "关于接待…的报告" / "（一九七一年四月十八日）": the paper the document forwards, dated under its heading
    if index is None or not _could_be_title(blocks[index]) or _told_before(blocks, index):
        window = 6 + sum(1 for b in blocks[:HEAD_WINDOW_MAX] if CATALOGUE_ENTRY.match(b.text))  # the head's first lines,
        # an archive's catalogue entry over the item not counted ("Reference: ..." / "Description: ..." / "Date: 1981 Dec
        # 14 - 1981 Dec 31" / "Held by: ...")
        entries = _entry_days(blocks, window)
        head = entries[0] if len(entries) >= DIARY_ENTRIES and entries[0] < window else window  # "Tiistai 16.1.1973" /
        # ... / "Keskiviikko 17.1.1973": a diary's entries, each under its day, the lines under the first the text's, no
        # heading (a site's one date line over the page's heading, "September 5, 1985", heads no entry)
        index = next((i for i, b in enumerate(blocks[:head]) if _could_be_title(b) and not _is_label_pair(blocks, i)
                      and not catalogue_field_under_trail(blocks, i)  # "Ref.: CM (62) 6th Meeting" under the trail
                      and not is_catalogue_series_line(b.text)  # the catalogue's series over the item's title
                      and not _site_over_trail(blocks, i) and not _trail_over_heading(blocks, i)
                      and not _mark_under_trail(blocks, i)  # "Catalogue > ... > HBR/2/7 (1965-1967)" / "HBR/2/7, ff. 41-42"
                      and not (i == 0 and names_the_host(b.text, doc.collection))  # the site's banner
                      and not (i == 0 and head_mark(b.text) is not None and any(map(b.text.__contains__, ",/"))
                               and not names_a_kind(b.text))  # the item's shelf mark heading the page, its levels parted
                      # ("RG 59, Central Files 1964-66, POL 2 GHANA" over the airgram's head; "AIRGRAM A-118" is the form's)
                      and not (i == 0 and _name_over_issue(blocks))
                      and not _running_head_over_heading(blocks, i)
                      and not _slogan_over_heading(blocks, i)
                      and not release_stamp_line([x.text for x in blocks[max(0, i - _STAMP_LINES):i + 1]])), None)  # "DECLASSIFIED" /
    # "Authority NND 968133" / "By DJ NARA Date 4/2/03": the archive's release stamp over the paper's own heading
    if index and index + 1 < len(blocks) and _quoted_subject(blocks[index + 1].text.strip()) and _rubric_over_heading(blocks, index):
        index += 1  # "INTERNATIONAL" / "\"We Will Not Seek Revenge\"": a periodical's section over the article's headline
    if index == 0 and (heading := _heading_under_banner(blocks)) is not None:
        index = heading  # "ИСТОРИЧЕСКИЕ МАТЕРИАЛЫ" / "Главная › Документы › ..." / "Из политического письма ...": a site's or
        # an archive's banner over the document's own heading, which names its kind
    if index == 0 and is_site_trail(blocks[0].text) and (heading := _heading_under_trail(blocks)) is not None:
        index = heading  # "Government Offices of Iceland · Archive · Cabinet minutes" / "Minutes of the Cabinet Meeting, ...":
        # the site's trail over the document's own heading
    if index == 0 and is_site_head(blocks[0].text) \
            and (heading := _heading_under_banner(blocks, site_head=True) or _heading_under_trail(blocks)) is not None:
        index = heading  # "Google Books" / the book's title; "Документы › Кипр, 1974" / ... / "ДОНЕСЕНИЕ"; "外務省外交史料館 ＞ ..." /
        # "電信写": the site's name or its trail of arrows over the document's heading, the first that names a kind, else the
        # first heading (layouts/furniture.yaml site_head_separators)
    if (under_symbol := _title_under_symbol(blocks)) is not None:
        organ = next((found for b in reversed(blocks[:under_symbol[0]]) if (found := lookup(b.text.strip())) is not None
                      and found.kind == "organisation"), None)  # "SECURITY COUNCIL" nearest over "S/6651": the body it goes to
        if not _ADDRESSED_TITLE.search(blocks[under_symbol[1]].text):  # "LETTER DATED ... ADDRESSED TO THE SECRETARY-GENERAL":
            doc.recipient_names = doc.recipient_names or ([organ.name] if organ else [])  # the title names whom it goes to
        index = under_symbol[1]
    if (index is None or index < (_site_head_end(blocks) or 0)) and (end := _site_head_end(blocks)) is not None \
            and (heading := _heading_under_site_head(blocks, end)) is not None:
        index = heading  # "Arkivportalen – Statsarkivet i Tromsø" / "Forside > ..." / "Arkivreferanse: ..." / "Last ned
        # (PDF) | Bestill kopi" / "VARDØ POLITIKAMMER" / "VAKTJOURNAL": the site's head, then the document's own lines
    if index is None:
        index = 0 if blocks else None
    if index is None:
        return
    if (addressed := addressed_heading_over(blocks, index)) is not None:
        index = addressed  # "Permanent Representative to United Nations to ..." over "TELEGRAM 1127": the edition's heading
    if (not names_a_kind(blocks[index].text) or _FORM_FIELD.match(blocks[index + 1].text if index + 1 < len(blocks) else "")
            or _is_trail(blocks[index].text)) \
            and (labelled := _labelled_title(blocks, index)) is not None:
        index = labelled  # "BBC Summary of World Broadcasts" / ... / "HEADLINE: Libyan reactions to ...": the item's title
    if (interviewee := interviewee_line([b.text for b in blocks[:9]])) is not None:
        index = interviewee  # an oral history is named by the person it interviews, not the project's name over it
    index = next((j for j in range(index + 1, min(index + 4, len(blocks))) if _heading_of_page_title(blocks[j].text, blocks[index].text)), index)
    if (salutation := address_block(blocks, index) or _letterhead(blocks, index)) is not None:
        for block in blocks[:salutation]:  # "His Excellency" / "N. S. Khrushchev" / ... / "Dear Comrade Chairman,":
            block.passage_type, block.section_type = "header", "header"  # a letter's head, and no title
        addressee = addressed_person(blocks[index:salutation])
        doc.recipient_names = [addressee] if addressee else doc.recipient_names
        return
    index = _heading_under_catalogue(blocks, index)
    index = _matter_under_court(blocks, index)
    byline = _heading_over_byline(blocks, index) if document_type_of(blocks[index].text) == "other" else None
    if byline is not None:
        index = byline - 1  # "THE SECURITY SITUATION IN ADEN" / "Report by the Joint Intelligence Committee"
    if byline is None and not names_a_kind(blocks[index].text) and blocks[index].text.strip().casefold() not in _FORM_KIND_HEADS:
        # (a kind the table does not name ("Joint Communique of ...") is a heading too; a despatch's form names its own)
        index = _kind_heading(blocks, index)
        index = _heading_closing_letterhead(blocks, index) if not names_a_kind(blocks[index].text) else index
    if byline is None and (office := _office_over_heading(blocks, index)) is not None:
        blocks[index].passage_type = "header"  # "THE WHITE HOUSE SITUATION ROOM" / "CHRONOLOGY: JORDAN, 19-22 SEPTEMBER 1970":
        index += 1  # the office's line over the heading that names the paper's kind; the office sends a report or a note
        if (document_type_of(blocks[index].text) in _BODIES_SIGN or _spaced_kind(blocks[index].text)
                and document_type_of("".join(blocks[index].text.split())) in _BODIES_SIGN) and not doc.sender_names \
                and not _ATTACHMENT_LINE.match(office):  # ("APPENDIX D" over "REPORT OF THE DELEGATION ...": the paper's
            doc.sender_names = [office]  # place among the annexes of a volume, no office)
    if byline is None and _place_over_headline(blocks, index):
        blocks[index].passage_type = "header"  # "CONGO (BRAZZAVILLE)" / "Overthrow of Abbé Youlou. - Provisional Government
        index += 1  # under M. Massamba-Débat.": a digest's country over its entry's headline, the headline the title
    addressee = _addressed_body(blocks, index)
    if addressee is not None:  # "ЦК КПСС" / "О положении в Республике Гвинея-Бисау": the body it goes to, then the subject
        index += 1
        doc.recipient_names = doc.recipient_names or [addressee]
    elif not names_a_kind(blocks[index].text) and (registered := _registered_subject(blocks, index)) is not None:
        index, addressee = registered  # "ЦК КПСС" / "6 декабря 1965 г." / "№ 2841-С" / "гор. Москва" / "О сборище у ...":
        doc.recipient_names = doc.recipient_names or [addressee]  # the registry's lines between the body and the subject
    index = _meeting_heading_under_banner(blocks, index)
    for block in blocks[:index]:
        block.passage_type, block.section_type = ("stamp" if block.passage_type == "stamp" else "header"), "header"
    title = blocks[index]
    title.passage_type, title.section_type = "title", "header"
    doc.title, doc.title_block = title.text[:300], index
    if index and book_imprint(title.text) and (book := trail_book(blocks[0].text)) is not None:
        doc.title = book[:300]  # "Google Books › The Last Nizam's War: ... › Page 173" / "Shahid Ahmed Naqvi · Oxford
        # University Press, 2019 · ISBN ...": the book the trail names before its page, not its imprint under it
    if index + 1 < len(blocks) and (post := _post_under_heading(title.text, blocks[index + 1].text)) is not None:
        blocks[index + 1].passage_type, blocks[index + 1].section_type = "header", "header"
        doc.sender_names = doc.sender_names or [post]
    if index + 1 < len(blocks) and _heading_goes_on(title.text, blocks[index + 1]):
        doc.title = f"{title.text.strip()} {blocks[index + 1].text.strip()}"[:300]  # "MINUTES No. 9" / "of the meeting of ..."
        doc.document_type = document_type_of(doc.title)
        if doc.document_type == "other" and is_letter_spaced(title.text.strip()):  # "V e r m e r k" / "über ein Gespräch ...":
            doc.document_type = document_type_of(f"{title.text.replace(' ', '')} {blocks[index + 1].text.strip()}")  # the word
        return
    if index + 1 < len(blocks) and _month_under_chronicle(title.text, blocks[index + 1].text):
        doc.title = f"{title.text} {blocks[index + 1].text.strip()}"[:300]  # "周恩来年谱（一九四九——一九七六）" / "一九六四年一月"
    doc.document_type = document_type_of(title.text)
    if byline is not None:  # the by-line names the paper's kind and its author, who sends it
        blocks[byline].passage_type, blocks[byline].section_type = "header", "header"
        doc.document_type = document_type_of(blocks[byline].text)
        if not doc.sender_names:
            doc.sender_names = [canonical_name(_BYLINE.match(blocks[byline].text.strip())["by"])]
    if doc.document_type == "other" and doc.recipient_names and index and blocks[index - 1].section_type == "header" \
            and _SUBJECT_LINE.match(title.text):
        doc.document_type = "memorandum"  # a paper to a body, on a subject: a note (записка)
    if doc.document_type == "other":  # "The Association for Diplomatic Studies and Training" / "Foreign Affairs Oral History
        doc.document_type = next((document_type_of(b.text) for b in blocks[:index + 5]  # Project": a short line's kind only,
                                  if (b.section_type == "header" or b is not title)  # the long ones turned away before
                                  and len(b.text) <= 80 and (_NAMES_ITS_KIND.search(b.text) or is_catalogue_series_line(b.text)
                                                             or is_masthead(b.text))),
                                 "other")  # their kind is read; a catalogue's series over the item ("Recordings of Telephone
        # Conversations - White House Series") names the kind of every item in it
    if doc.document_type == "other" and any(_HEARING_HEAD.match(b.text.strip()) for b in blocks[index + 1:index + 3]):
        doc.document_type = "minutes"  # "ANGOLA" / "HEARINGS" / "BEFORE THE" / ...: a committee's record of its hearing


_SUBJECT_LABELLED = re.compile(rf"^(?:{alternation(words('subject_labels')) or '(?!)'})\.?\s*:\s*(?P<subject>\S.*?)\s*$", re.IGNORECASE)
_ADDRESSEE_HEAD = re.compile(rf"^(?:{alternation((lexicon('en').get('memo_header') or {}).get('to_without_colon') or []) or '(?!)'})\b\s*:?\s*\S",
                             re.IGNORECASE)
LETTERHEAD_OVER_HEAD = 6  # the letterhead's lines, its city, the stamp and the day over the memorandum's head
SUBJECT_UNDER_HEAD = 3  # the subject line under the head that addresses the paper, the sender's line between them
# A head that addresses the paper to no one ("MEMORANDUM FOR THE RECORD", "MEMORANDUM FOR THE FILES": en.yaml memo_header
# not_parties): the paper's title, as its gold and the FRUS pages' "Memorandum for the Record" give it; its subject line
# is no title.
_FOR_NO_ONE = re.compile(
    rf"^(?:{alternation((lexicon('en').get('memo_header') or {}).get('to_without_colon') or []) or '(?!)'})\s+"
    rf"(?:{alternation((lexicon('en').get('memo_header') or {}).get('not_parties') or []) or '(?!)'})\s*$", re.IGNORECASE)


def _subject_under_addressee(blocks: list[Block], index: int) -> int | None:
    """A memorandum's subject line under the head that names the paper and its addressee ("MEMORANDUM FOR THE SECRETARY
    OF DEFENSE" / "Subject: Military Actions in Laos and Thailand (U)"): the paper's title is its subject, the head
    names the addressee (read with the header's other lines, parties.py); the subject line's index, else None."""
    if not _ADDRESSEE_HEAD.match(blocks[index].text.strip()) or not names_a_kind(blocks[index].text) \
            or _FOR_NO_ONE.match(blocks[index].text.strip()):
        return None
    return next((j for j in range(index + 1, min(index + SUBJECT_UNDER_HEAD, len(blocks)))
                 if _SUBJECT_LABELLED.match(blocks[j].text.strip())), None)


_NEWS_BYLINE = re.compile(rf"^(?:{alternation(words('news_byline_openers')) or '(?!)'})\s+"
                          r"(?P<by>[A-Z][A-Za-z'-]*\.?(?:\s+[A-Z][A-Za-z'-]*\.?){1,3})$")


def news_byline(text: str) -> str | None:
    """The reporter a newspaper's by-line names ("By STEVEN V. ROBERTS": "Steven V. Roberts"); else None."""
    m = _NEWS_BYLINE.match(text.strip())
    if m is None:
        return None
    name = m["by"]
    return " ".join(w if len(w.rstrip(".")) == 1 else w.capitalize() for w in name.split()) if name.isupper() else name


RECORD_HEADING_BLOCKS = 12  # a covering minute may stand between the catalogue's entry and the record's heading
_RECORD_KINDS = frozenset({"record_of_conversation", "minutes"})  # records of talks and meetings: not a wire's number line, nor a
# report's own heading under the catalogue's title that names it ("Title: Translation Report - Combat Report of ...")


def _read_record_heading_under_catalogue(doc: ParsedDocument) -> None:
    """The record's own heading in capitals that names its kind ("RECORD OF A MEETING HELD AT 10 DOWNING STREET AT 4.30
    P.M. ON FRIDAY, 8 OCTOBER, 1965"), under an archive's catalogue entry whose "Title:" line was read as the title
    ("Title: Rhodesia: talks with Mr Ian Smith in London, October 1965 (part 3)"), a covering minute maybe between: the
    record is the page's document and its heading its title, as the catalogue's description under a record's heading is
    not (a Cabinet Office record, a Prime Minister's meeting under the National Archives' catalogue). A wire's number line ("TELEGRAM NUMBER 14 OF 26 JANUARY") is no such heading: a file of
    telegrams keeps the catalogue's title."""
    at = doc.title_block
    if at is None or not is_title_label_line(doc.blocks[at].text):
        return
    for j in range(at + 1, min(at + RECORD_HEADING_BLOCKS, len(doc.blocks))):
        text = doc.blocks[j].text.strip()
        letters_ = [c for c in text if c.isalpha()]
        if doc.blocks[j].passage_type != "paragraph" or len(text) > 300 or not letters_ or not all(c.isupper() for c in letters_) \
                or ends_sentence(text) or document_type_of(text) not in _RECORD_KINDS or len(text.split()) < HEADING_WORDS:
            continue
        for block in doc.blocks[:j]:
            block.passage_type = "stamp" if block.passage_type == "stamp" else "header" if block.section_type == "header" else block.passage_type
        doc.blocks[at].passage_type = "header"
        doc.blocks[j].passage_type, doc.blocks[j].section_type = "title", "header"
        doc.title, doc.title_block, doc.document_type = text, j, document_type_of(text)
        return


DESPATCH_HEAD_BLOCKS = 16  # a catalogue's entry, the stamp, the letterhead, the place, the day and the addressee over it
DESPATCH_HEADING_CHARS = 120
_DESPATCH_SALUTATION = re.compile(rf"^(?:{alternation(words('despatch_salutations')) or '(?!)'})\s*[,:]$")


_DESPATCH_ADDRESSEE = re.compile(r"\S\s+to\s+(?:the\s+)?(?P<addressee>[A-Z][^,;]{3,100}?)\s*[.,]?$")
_DESPATCH_STYLE = re.compile(r"\S\s+to\s+(?:the\s+)?[A-Z]")  # "Her Majesty's Ambassador at Ulan Bator to the Secretary of State"


def _despatch_heading(text: str) -> bool:
    """A despatch's heading in capitals ("PORTUGAL: ANNUAL REVIEW FOR 1974", "BRAZIL: VALEDICTORY DESPATCH"): two
    words or more, no sentence, no figure alone, every letter a capital."""
    text = text.strip()
    letters_ = [c for c in text if c.isalpha()]
    return 0 < len(text) <= DESPATCH_HEADING_CHARS and len(text.split()) >= 2 and bool(letters_) \
        and all(c.isupper() for c in letters_) and not ends_sentence(text) and not is_furniture_line(text)


def _read_despatch_head(doc: ParsedDocument) -> None:
    """A despatch's head: the mission's letterhead, its place and day, the addressee by his style ("The Rt. Hon. James
    Callaghan, M.P.," / "etc., etc., etc."), then its heading in capitals next to the salutation that opens it ("Sir,"),
    over it or under it: the heading is the title (not the letterhead's "British Embassy," nor the catalogue's trail
    over it), the addressee the one it goes to (en.yaml despatch_salutations)."""
    blocks = doc.blocks
    at = next((i for i, b in enumerate(blocks[:DESPATCH_HEAD_BLOCKS]) if _DESPATCH_SALUTATION.match(b.text.strip())), None)
    if at is None:
        return
    heading = next((j for j in (at - 1, at + 1) if 0 <= j < len(blocks) and _despatch_heading(blocks[j].text)), None)
    if heading is None and at >= 2 and _despatch_heading(blocks[at - 2].text) and _DESPATCH_STYLE.search(blocks[at - 1].text) \
            and not ends_sentence(blocks[at - 1].text):
        heading = at - 2  # "MONGOLIA: ANNUAL REVIEW FOR 1972" / "Her Majesty's Ambassador at Ulan Bator to the Secretary of
        # State ..." / "Sir,": the line of its writer's and its addressee's styles between the heading and the salutation
    if heading is None or (doc.title_block is not None and doc.title_block > heading):
        return
    for block in blocks[:min(heading, at)]:
        block.passage_type = "stamp" if block.passage_type == "stamp" else "header"
        block.section_type = "header"
    blocks[heading].passage_type, blocks[heading].section_type = "title", "header"
    doc.title, doc.title_block = blocks[heading].text.strip()[:300], heading
    doc.document_type = document_type_of(doc.title)  # a despatch ("MONGOLIA: ANNUAL REVIEW FOR 1972"), not the form's
    # "DIPLOMATIC REPORT No. 31/73" over it
    if not doc.recipient_names:
        addressee = next((person for b in blocks[:min(heading, at)] if ADDRESS_HONORIFIC.match(b.text.strip())
                          and (person := person_addressed(b.text.partition(",")[0])) is not None), None)
        doc.recipient_names = [addressee] if addressee else doc.recipient_names
    if not doc.recipient_names and heading == at - 2 and (styles := _DESPATCH_ADDRESSEE.search(blocks[at - 1].text.strip())):
        doc.recipient_names = [styles["addressee"]]  # "Her Majesty's Ambassador at Ulan Bator to the Secretary of State for
        # Foreign and Commonwealth Affairs": the addressee by his style, after the writer's


def _read_edition_heading(doc: ParsedDocument) -> None:
    """An edition's heading that names the sender and the addressee by office and name ("L'AMBASCIATORE AL CAIRO,
    FORNARI, AL MINISTRO DEGLI ESTERI, MARTINO"; "M. FALAIZE, AMBASSADEUR DE FRANCE À VIENTIANE," / "À M. COUVE DE
    MURVILLE, MINISTRE DES AFFAIRES ÉTRANGÈRES."), under the edition's series line and the document's number: the
    title, its two parties, and the kind the registry line under it names ("T. SEGRETO 1143/412.", "Tél. nos 612 à
    619."), where the title read names no kind."""
    blocks = doc.blocks
    if doc.title and document_type_of(doc.title) != "other":
        return
    if (numbered := _heading_under_number(blocks)) is not None and numbered != doc.title_block:
        for block in blocks[:numbered]:  # "Documents on British Policy Overseas, Series III, Volume VIII" / ... / "No. 27" /
            block.passage_type = "stamp" if block.passage_type == "stamp" else "header"  # "Sir C. Keeble (Moscow) to Lord
            block.section_type = "header"  # Carrington": the edition's series, the volume, the document's number, its heading
        blocks[numbered].passage_type, blocks[numbered].section_type = "title", "header"
        doc.title, doc.title_block = blocks[numbered].text.strip()[:300], numbered
        if not doc.recipient_names and (addressee := _heading_addressee(doc.title)) is not None:
            doc.recipient_names = [addressee]  # "... to Lord Carrington": the addressee the gazetteer knows (the sender
            # signs at the foot, by his full name)
        return
    for i in range(min(EDITION_HEADING_BLOCKS, len(blocks))):
        text = blocks[i].text.strip()
        last, found = i, edition_heading(text)
        if found is None and text.endswith(",") and i + 1 < len(blocks):
            text = f"{text} {blocks[i + 1].text.strip()}"  # the heading over two lines, the addressee's on the second
            last, found = i + 1, edition_heading(text)
        if found is None:
            continue
        for block in blocks[:last + 1]:
            block.passage_type = "stamp" if block.passage_type == "stamp" else "header"
            block.section_type = "header"
        blocks[i].passage_type = "title"
        doc.title, doc.title_block = text[:300], i
        doc.document_type = next((kind for b in blocks[last + 1:last + 3] if (kind := document_type_of(b.text)) != "other"), "other")
        doc.sender_names, doc.recipient_names = [edition_person(found[0])], [edition_person(found[1])]
        return


# The number an edition gives the document, alone on its line over its heading ("No. 27", "208.", "187"): en.yaml
# issue_labels.
_EDITION_NUMBER = re.compile(rf"^(?:(?:{alternation(words('issue_labels')) or '(?!)'})\s*)?\d{{1,4}}\.?$")


def _heading_under_number(blocks: list[Block]) -> int | None:
    """The heading that names a message's sender and its addressee under the number an edition gives the document ("No.
    27" / "Sir C. Keeble (Moscow) to Lord Carrington"), before the text begins: the heading's index, else None."""
    for i in range(1, min(EDITION_HEADING_BLOCKS, len(blocks))):
        if len(blocks[i - 1].text) > NARRATIVE_CHARS:
            return None
        if _EDITION_NUMBER.match(blocks[i - 1].text.strip()) and blocks[i].passage_type == "paragraph" \
                and is_addressed_heading(blocks[i].text):
            return i
    return None


_LAST_JOINER = re.compile(rf"\s(?:{alternation(words('address_joiners')) or '(?!)'})\s+(?P<to>(?:(?!\s(?:{alternation(words('address_joiners')) or '(?!)'})\s).)+)$")
_PLACE_IN_BRACKETS = re.compile(r"\s*\([^()]*\)")


def _heading_addressee(heading: str) -> str | None:
    """The addressee an edition's heading names after its last joining word, without the place in brackets ("Sir C.
    Keeble (Moscow) to Lord Carrington": Lord Carrington), where the gazetteer knows him or the body; else None."""
    m = _LAST_JOINER.search(heading.strip())
    if m is None:
        return None
    found = lookup(_PLACE_IN_BRACKETS.sub("", m["to"]).strip(" .,"))
    return found.name if found is not None and found.kind in ("person", "organisation") else None


def _read_news_byline(doc: ParsedDocument) -> None:
    """The reporter of a newspaper's article, from the by-line under its headline, as its sender."""
    at = doc.title_block
    if at is None or doc.sender_names or at + 1 >= len(doc.blocks):
        return
    if (by := news_byline(doc.blocks[at + 1].text)) is None and at + 2 < len(doc.blocks) \
            and len(doc.blocks[at + 1].text) <= HEADING_LINE_CHARS and _full_date(doc.blocks[at + 1].text) is not None:
        at += 1  # "Le Monde | 14.07.1960 à 00h00" / "Par notre envoyé spécial PHILIPPE DECRAENE": the paper's issue line
        by = news_byline(doc.blocks[at + 1].text)  # between the headline and the by-line
    if by is None:
        return
    doc.blocks[at + 1].passage_type, doc.blocks[at + 1].section_type = "header", "header"
    doc.sender_names = [by]


_SYMBOL_HEAD = re.compile(rf"^(?:{alternation(words('document_symbol_head_labels')) or '(?!)'})\s*\S")
_DOCUMENT_SYMBOL = re.compile(r"^[A-Z]{1,4}(?:/[A-Z0-9.]{1,12})*/\d{1,6}(?:/[A-Za-z0-9.]{1,12})*$")  # "S/6651", "A/RES/2758"
SYMBOL_HEAD_BLOCKS = 8  # the organ, the distribution, the symbol, the day and the language stand over the title


# A United Nations document's title that names whom it is addressed to (en.yaml document_symbol_title_addressed).
_ADDRESSED_TITLE = re.compile(rf"\b(?:{alternation(words('document_symbol_title_addressed')) or '(?!)'})\b", re.IGNORECASE)


def is_symbol_head_line(text: str) -> bool:
    """A line of a UN document's head that labels its distribution or its language ("Distr. GENERAL", "ORIGINAL:
    ENGLISH")."""
    return _SYMBOL_HEAD.match(text.strip()) is not None


def _title_under_symbol(blocks: list[Block]) -> tuple[int, int] | None:
    """A UN document's title under the head that gives its symbol and its distribution ("SECURITY COUNCIL" / "Distr.
    GENERAL" / "S/6651" / "3 September 1965" / "ORIGINAL: ENGLISH" / "REPORT BY THE SECRETARY-GENERAL ON ..."): the
    symbol's index and the title's, the first line under the symbol that is no line of the head; else None."""
    head = blocks[:SYMBOL_HEAD_BLOCKS]
    symbol = next((i for i, b in enumerate(head) if _DOCUMENT_SYMBOL.match(b.text.strip()) or _PAPER_SYMBOL.match(b.text.strip())), None)
    # ("C-R(64)5" / "Original: English" / "NORTH ATLANTIC COUNCIL" / "SUMMARY RECORD of a meeting ...": another body's
    # symbol in the same head)
    if symbol is None or not any(is_symbol_head_line(b.text) for b in head):
        return None
    title = next((j for j in range(symbol + 1, min(symbol + SYMBOL_HEAD_BLOCKS, len(blocks)))
                  if _could_be_title(blocks[j]) and not is_symbol_head_line(blocks[j].text)), None)
    if title is not None and title + 1 < len(blocks) and blocks[title].text.isupper() and not names_a_kind(blocks[title].text) \
            and _could_be_title(blocks[title + 1]) and document_type_of(blocks[title + 1].text) != "other":
        title += 1  # "NORTH ATLANTIC COUNCIL" / "SUMMARY RECORD of a meeting of the Council ...": the body whose paper it
        # is, in capitals, over the heading that names the paper's kind
    return (symbol, title) if title is not None else None


_SIGNING_FOR_BODY = re.compile(rf"^(?:{alternation(words('signing_for_body_openers')) or '(?!)'})\s+[A-Z][\w ,.&'-]{{2,80}}:$")


def signs_for_body(text: str) -> bool:
    """The line over a signer's name that says for which body he signs ("For the Joint Chiefs of Staff:")."""
    return _SIGNING_FOR_BODY.match(text.strip()) is not None


def _read_signing_for(doc: ParsedDocument) -> None:
    """The person who signs for a body under the line that says so ("For the Joint Chiefs of Staff:" / "L. L.
    LEMNITZER"), the paper's sender where none is read, wherever the foot stands (an appendix may follow it)."""
    if doc.sender_names:
        return
    for i in range(len(doc.blocks) - 1, 0, -1):
        if signs_for_body(doc.blocks[i - 1].text) and len(name := doc.blocks[i].text.strip()) <= 40:
            found = lookup(name)
            signer = found if found is not None and found.kind == "person" else signed_person(name)
            if signer is not None:
                doc.sender_names = [signer.name]
                doc.blocks[i - 1].passage_type = doc.blocks[i].passage_type = "signature"
            return


def read_subject_title(doc: ParsedDocument) -> None:
    """A memorandum's title from its subject line, where the title read is the head that names the paper and its
    addressee (_subject_under_addressee): "MEMORANDUM FOR THE SECRETARY OF DEFENSE" / "Subject: Military Actions in
    Laos and Thailand (U)"."""
    blocks = doc.blocks
    index = next((i for i, b in enumerate(blocks[:12]) if doc.title and b.text.strip() == doc.title.strip()), None)
    if index is not None and document_type_of(blocks[index].text) == "other" and _subject_under_addressee(blocks, index) is None:
        # an office's letterhead taken for the title ("THE WHITE HOUSE" / "WASHINGTON" / "SECRET" / "May 17, 1978"), over
        # the head that names the paper and its addressee ("MEMORANDUM FOR: THE PRESIDENT" / ... / "SUBJECT: NSC Evening
        # Report"): that head's subject is the title, as under no letterhead
        index = next((j for j in range(index + 1, min(index + LETTERHEAD_OVER_HEAD, len(blocks)))
                      if _subject_under_addressee(blocks, j) is not None or _subject_under_numbered_kind(blocks, j) is not None
                      or _in_capitals(blocks[index].text) and _subject_under_wire_kind(blocks, j) is not None), index)
        # ("DEPARTMENT OF STATE" / "AIRGRAM CA-6012" / ... / "SUBJECT: ...": the office's letterhead in capitals over the
        # form; a catalogue's own title of the item, "Airgram A-247 from Embassy Dakar ...", stays the title)
        # (or over the registry's heading of kind and number: "DIRECÇÃO-GERAL DE SEGURANÇA" / ... / "Informação n.º
        # 219/71-GAB" / "Tete, 16 de Março de 1971" / "Assunto: Actividade da FRELIMO ...")
    if index is not None and (numbered := _subject_under_numbered_kind(blocks, index)) is not None:
        blocks[index].passage_type, blocks[index].section_type = "header", "header"  # "Report No. 23/77 SECRET" / "Copy
        blocks[numbered].passage_type, blocks[numbered].section_type = "title", "header"  # No. 2" / "Subject: Activity
        doc.title, doc.title_block = _SUBJECT_LABELLED.match(blocks[numbered].text.strip())["subject"][:300], numbered
        if doc.document_type in (None, "other"):
            doc.document_type = document_type_of(blocks[index].text)  # "Informação n.º 219/71-GAB": a report
        return  # of persons ...": the paper's kind and its number over its subject, the subject its title
    if index is not None and (subject := _subject_under_wire_kind(blocks, index)) is not None:
        blocks[index].passage_type, blocks[index].section_type = "header", "header"  # "OUTGOING TELEGRAM" / ... / "SUBJECT:
        blocks[subject].passage_type, blocks[subject].section_type = "title", "header"  # Dominican Republic - guidance": a
        labelled = _SUBJECT_LABELLED.match(blocks[subject].text.strip())
        doc.title, doc.title_block = (labelled["subject"] if labelled else blocks[subject].text.strip())[:300], subject
        return  # wire's form, its kind alone over its date, number, addressees and subject: the subject its title
    if index is not None and (subject := _kind_subject_under_letterhead(blocks, index)) is not None:
        blocks[subject].passage_type, blocks[subject].section_type = "title", "header"  # "BUNDESBETREUUNGSSTELLE
        doc.title, doc.title_block = _SUBJECT_LABELLED.match(blocks[subject].text.strip())["subject"][:300], subject
        doc.document_type = document_type_of(doc.title)  # TRAISKIRCHEN" / ... / "Betreff: Monatsbericht Jänner 1982"
        return
    if index is not None and _subject_under_addressee(blocks, index) is None \
            and (subject := _subject_under_furniture(blocks, index)) is not None:
        blocks[subject].passage_type, blocks[subject].section_type = "title", "header"  # "UNCLASSIFIED [formerly ...]" /
        # "DEPARTMENT OF THE ARMY" / ... / "SUBJECT: Czechoslovak Border Guard Defector": the subject under the marks
        doc.title, doc.title_block = _SUBJECT_LABELLED.match(blocks[subject].text.strip())["subject"][:300], subject
        if doc.document_type in (None, "other"):
            doc.document_type = document_type_of(doc.title)  # "ПРЕДМЕТ: Извештај за ...": a report
        return
    if index is None or (subject := _subject_under_addressee(blocks, index)) is None:
        return
    blocks[index].passage_type, blocks[index].section_type = "header", "header"
    blocks[subject].passage_type, blocks[subject].section_type = "title", "header"
    doc.title, doc.title_block = _SUBJECT_LABELLED.match(blocks[subject].text.strip())["subject"][:300], subject
    doc.document_type = document_type_of(blocks[index].text)


_HEAD_LINE_CHARS = 100  # a line of a paper's head: a letterhead's, a mark's, a number's or a date's


def _subject_under_furniture(blocks: list[Block], index: int) -> int | None:
    """The subject line under a title that is only the paper's furniture, a mark or an office's letterhead in capitals
    that names no kind of paper ("UNCLASSIFIED [formerly CONFIDENTIAL — NOFORN]", "ЗАЕДНИЦА НА ЈУГОСЛОВЕНСКИТЕ ЖЕЛЕЗНИЦИ —
    ЖТП СКОПЈЕ"), with only the head's short lines between them ("DEPARTMENT OF THE ARMY", "Бр. 412/67", "ДО: ЖТП Скопје"):
    the subject line's block; None where the title names a paper or no such line follows."""
    title = blocks[index].text.strip()
    if document_type_of(title) != "other" or not _in_capitals(re.split(r"[(\[]", title, maxsplit=1)[0]):
        return None  # (the mark's note in brackets after it: "[formerly CONFIDENTIAL — NOFORN]")
    for j in range(index + 1, min(index + 1 + LETTERHEAD_OVER_HEAD, len(blocks))):
        text = blocks[j].text.strip()
        if _SUBJECT_LABELLED.match(text):
            return j
        if len(text) > _HEAD_LINE_CHARS or (ends_sentence(text) and len(text.split()) > _HEAD_SENTENCE_WORDS):
            return None  # (a date line closing on its stop, "Гевгелија, 24 април 1967 год.", is the head's)
    return None


_HEAD_SENTENCE_WORDS = 6


LETTER_HEAD_LINES = 10  # a letter's head over its subject: the letterhead, the office, the number and date, the address


def _kind_subject_under_letterhead(blocks: list[Block], index: int) -> int | None:
    """A letter's subject line that names the paper's kind ("Betreff: Monatsbericht Jänner 1982", "Subject: Quarterly
    Report on ..."), under the letterhead taken for the title ("BUNDESBETREUUNGSSTELLE TRAISKIRCHEN" / "Der Lagerleiter"
    / "Zl. 112/82 Traiskirchen, 5. Februar 1982" / "An das" / ...), before the text begins: the subject names the paper,
    the letterhead its sender's office. Its index, else None."""
    if document_type_of(blocks[index].text) != "other" or names_a_kind(blocks[index].text):
        return None
    for j in range(index + 1, min(index + LETTER_HEAD_LINES + 1, len(blocks))):
        text = blocks[j].text.strip()
        if (m := _SUBJECT_LABELLED.match(text)) is not None:
            return j if document_type_of(m["subject"]) not in ("other", "letter") and names_a_kind(m["subject"]) else None
        if len(text) > NARRATIVE_CHARS or ends_sentence(text):
            return None  # the text has begun
    return None


_WIRE_KINDS = frozenset({"telegram", "cable"})
_FORM_KIND_HEADS = frozenset(w.casefold() for w in words("form_kind_heads"))
WIRE_FORM_LINES = 8  # a wire's form under its kind: the classification, the time group, the number, the addressees, the
# file number, then the subject
WIRE_KIND_WORDS = 3  # "OUTGOING TELEGRAM", "INCOMING TELEGRAM": the kind alone, no number, no parties


def _subject_under_wire_kind(blocks: list[Block], index: int) -> int | None:
    """The subject line of a wire's form under the title read, when that title is the wire's kind alone in capitals (or in
    a script without them: "전 보") ("DEPARTMENT OF STATE" / "OUTGOING TELEGRAM" / "CONFIDENTIAL" / "301947Z APR 65" / "CIRCULAR 2093" / "TO ALL
    DIPLOMATIC POSTS" / "SUBJECT: Dominican Republic - guidance"): the subject line's index, before the text begins;
    else None."""
    heading = _FORM_NUMBER.sub("", blocks[index].text.strip())  # "AIRGRAM CA-6012": the form's name, its number after it
    if len(heading.split()) > WIRE_KIND_WORDS or heading != heading.upper() or any(map(str.isdigit, heading)) \
            or (document_type_of(heading) not in _WIRE_KINDS and heading.casefold() not in _FORM_KIND_HEADS):
        return None  # ("FOREIGN SERVICE DESPATCH" / "FROM: ..." / "SUBJECT: ...": a despatch's form, en.yaml form_kind_heads)
    for j in range(index + 1, min(index + WIRE_FORM_LINES + 1, len(blocks))):
        text = blocks[j].text.strip()
        if _SUBJECT_LABELLED.match(text):
            return j
        if j > index + 2 and _unlabelled_subject(text, blocks[j + 1].text if j + 1 < len(blocks) else ""):
            return j
        if _ABOUT_SUBJECT.match(text) and len(text) <= HEADING_LINE_CHARS and not ends_sentence(text):
            return j  # "外交部来电" / "档号：..." / "驻孟加拉使馆电" / "发报：..." / "外交部并报亚洲司：" / "关于齐亚·拉赫曼总统遇刺事": a
            # Chinese cable's subject line, "about ...", under its form's lines (zh.yaml title_about)
        if len(text) > HEADING_LINE_CHARS or ends_sentence(text) and not _FORM_FIELD_LINE.match(text) \
                and not _ZH_HEAD_ADDRESSEE.match(text):  # ("外交部并报亚洲司：": the addressee over the subject)
            return None  # the text has begun (not a field of the form: "일시: 1976년 8월 19일 18:30 (워싱턴)")
    return None


_ABOUT_SUBJECT = re.compile(rf"^(?:{alternation(_ZH['title_about'])})\S")
_FORM_NUMBER = re.compile(r"(?<=[A-Z])\s+[A-Z]{0,4}-?\d[\d-]*$")  # "AIRGRAM   CA-6012": the form's number set right
SUBJECT_WORDS = 10  # a subject line with no label: a few words
TEXT_CHARS = 100  # the text's first paragraph under it


def _unlabelled_subject(text: str, following: str) -> bool:
    """A wire's subject line with no label, under its form's lines and over its text, as the Nordic foreign ministries'
    telegrams set it ("Fra: Ambassaden i Warszawa" / ... / "Studenteruroligheder i Warszawa." / "I fredags, den 8.
    marts, samledes ..."): a few words opening in a capital, one phrase closing on a full stop or on none, no label, no
    date line, no handling marks ("Urgent. Secret."); the text's long paragraph under it."""
    return len(text.split()) <= SUBJECT_WORDS and text[:1].isupper() and not text.endswith(("!", "?", ",", ";", ":")) \
        and ":" not in text and "." not in text.rstrip(".") and not _CLASSIFICATION.match(text) and not _is_date_line(text) and not _is_place_date_line(text) and not is_furniture_line(text) \
        and len(following) > TEXT_CHARS and ends_sentence(following) and not _bodies_line(text)


def _bodies_line(text: str) -> bool:
    """A line of bodies the gazetteer knows, parted by commas ("ЦК КПСС, МИД СССР"): a cable's addressees, no subject."""
    parts = [p for p in re.split(r"\s*[,;、]\s*", text.strip().rstrip(".")) if p]
    return bool(parts) and all((found := lookup(p)) is not None and found.kind == "organisation" for p in parts)


_FORM_FIELD_LINE = re.compile(r"^[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?\s*[:：]\s*\S.{0,80}$")  # "일시: ...", "Date: ...": a form's field


# A heading that gives the paper's kind and its number alone, its classification maybe beside them ("Report No. 23/77
# SECRET", "Information Nr. 412"): the registry's line, no matter named.
_NUMBERED_KIND = re.compile(rf"^(?P<kind>\S+(?:\s+\S+)?)\s+(?:(?:{alternation(words('issue_labels') + words('paper_number_labels')) or '(?!)'})\s*)\d[\d./-]*(?:-[A-Z]{{1,5}})?"
                            r"(?:\s+(?:(?:Strictly |Top )?Secret|Confidential))?$", re.IGNORECASE)


def _subject_under_numbered_kind(blocks: list[Block], index: int) -> int | None:
    """The subject line under a heading that gives the paper's kind and its number alone ("Report No. 23/77 SECRET" /
    "Copy No. 2" / "Subject: ..."), where no heading over it names the parties: the subject line's index, else None."""
    m = _NUMBERED_KIND.match(blocks[index].text.strip())
    if m is None or document_type_of(m["kind"]) == "other" or addressed_heading_over(blocks, index) is not None:
        return None
    return next((j for j in range(index + 1, min(index + SUBJECT_UNDER_HEAD + 1, len(blocks)))
                 if _SUBJECT_LABELLED.match(blocks[j].text.strip())), None)


LETTERHEAD_CHARS = 80  # a letterhead's line: the office or the house, its street, its city


def _letterhead(blocks: list[Block], index: int) -> int | None:
    """A letter's head with no title: the writer's letterhead in short lines ("Prime Minister's House" / "New Delhi"),
    the date, maybe the addressee, then the salutation ("My dear President,"). The salutation's index, else None; a
    head that names a paper's kind ("Letter from ... to ...", "Record of Conversation") is a title, and a head with no
    date above the salutation is left to the address block."""
    dated = False
    for j in range(index, min(index + ADDRESS_LINES + 1, len(blocks))):
        text = blocks[j].text.strip()
        if j > index and is_salutation(text):
            return j if dated else None
        if len(text) > LETTERHEAD_CHARS or ends_sentence(text) or document_type_of(text) != "other":
            return None
        dated = dated or _is_date_line(text) or _is_place_date_line(text)
    return None


_SUBJECT_LINE = re.compile(rf"^(?:{alternation(words('subject_openers')) or '(?!)'})\s+\w")


def _addressed_body(blocks: list[Block], index: int) -> str | None:
    """A body the gazetteer knows alone on the line over a subject line ("ЦК КПСС" / "О положении в ..."): the paper is
    addressed to it and the subject line is its title. The body's name, else None."""
    if index + 1 >= len(blocks) or len(blocks[index].text) > 60 or not _could_be_title(blocks[index + 1]):
        return None
    subject = blocks[index + 1].text.strip()
    if not _SUBJECT_LINE.match(subject) or len(subject) > 200 or subject.endswith((".", "!", "?")):
        return None
    entity = lookup(blocks[index].text.strip(" .:,"))
    return entity.name if entity is not None and entity.kind == "organisation" else None


REGISTRY_LINES = 3  # the paper's day, its registry number and its place, between the body it goes to and its subject
SUBJECT_SEARCH_BLOCKS = 8  # the body's line under the collection's, the stamps and the registry's marks
PLACE_LINE_CHARS = 40


def _registry_line(text: str) -> bool:
    """A line of a paper's registry head: its day ("6 декабря 1965 г."), its number ("№ 2841-С") or its place, a few
    words ending with a place the gazetteer knows ("гор. Москва")."""
    text = text.strip()
    if _is_date_line(text) or _REGISTRY_NUMBER.match(text):
        return True
    place = lookup(text.split()[-1].strip(" .,")) if text.split() and len(text) <= PLACE_LINE_CHARS and len(text.split()) <= 3 else None
    return place is not None and place.kind == "place"


def _registered_subject(blocks: list[Block], index: int) -> tuple[int, str] | None:
    """A paper addressed to a body the gazetteer knows, alone on its line, with the registry's lines between it and the
    subject line ("ЦК КПСС" / "6 декабря 1965 г." / "№ 2841-С" / "гор. Москва" / "О сборище у памятника Пушкину"),
    under the line taken for the title (a collection's "Документ № 14"): the subject line's index and the body's name;
    else None."""
    for i in range(index + 1, min(index + SUBJECT_SEARCH_BLOCKS, len(blocks) - 1)):
        if len(blocks[i].text) > NARRATIVE_CHARS:
            return None  # the text has begun
        entity = lookup(blocks[i].text.strip(" .:,")) if len(blocks[i].text) <= 60 else None
        if entity is None or entity.kind != "organisation":
            continue
        j = i + 1
        while j < min(i + 1 + REGISTRY_LINES, len(blocks)) and (blocks[j].passage_type != "paragraph" or _registry_line(blocks[j].text)):
            j += 1
        if j > i + 1 and j < len(blocks) and (name := _addressed_body(blocks[:i + 1] + blocks[j:j + 1], i)) is not None:
            return j, name
    return None


HEADING_CHARS = 40  # a paper's heading word and its number ("MINUTES No. 9", "ЗАПИСЬ БЕСЕДЫ", "NOTE")
HEADING_LINE_CHARS = 200  # its second line; a longer one, naming every party with his offices, is left to the text


# The line under a numbered telegram's heading that names the post it comes from, a place's one or two capitalised words
# after the word (sent_from_openers): "z Waszyngtonu".
_SENT_FROM_LINE = re.compile(rf"^(?:{alternation(words('sent_from_openers')) or '(?!)'})\s+[^\W\d_][^\W\d_-]+(?:[\s-][^\W\d_][^\W\d_-]+)?$")
# The line under it that names the mission it comes from, the word, then the mission and its post (post_line_openers and
# missions): "ШИФРОГРАМА № 412" / "от посолството в Ханой". The mission sends the telegram; the line is no part of the
# heading.
_POST_LINE = re.compile(rf"^(?:{alternation(words('post_line_openers')) or '(?!)'})\s+(?P<post>(?:{alternation(words('missions')) or '(?!)'})"
                        r"(?!\w)[^.;:!?]{0,60})$", re.IGNORECASE)


def _post_under_heading(heading: str, following: str) -> str | None:
    """The mission a numbered telegram's heading's next line names as its sender ("от посолството в Ханой"), else None."""
    m = _POST_LINE.match(following.strip())
    return m["post"].strip() if m and any(c.isdigit() for c in heading) and document_type_of(heading) in _WIRE_KINDS else None



def heading_goes_on(heading: str, following: str) -> bool:
    """``_heading_goes_on`` of two lines of text (the language files' examples)."""
    return _heading_goes_on(heading, Block("paragraph", 0, len(following), following))


def _heading_goes_on(heading: str, following: Block) -> bool:
    """A paper's heading broken over two lines ("MINUTES No. 9" / "of the meeting of the Political Bureau ...",
    "СПРАВКА" / "о событиях в ...", "TRANSCRIPT" / "of the conversation between ..."): a short heading in capitals or
    naming the paper's kind, then a line that goes on with it, opening in lower case."""
    heading, text = heading.strip(), following.text.strip()
    if following.passage_type == "paragraph" and _headline_over_two_lines(heading, text):
        return True  # "President Johnson and Prime Minister Sato" / "Hold Talks at Washington": a headline set over two lines
    if following.passage_type != "paragraph" or not (text[:1].islower() or _quoted_subject(text) and names_a_kind(heading)) \
            or len(text) > HEADING_LINE_CHARS \
            or text.endswith((".", "!", "?")) or _is_date_line(text):  # a sentence under a heading opens the text
        return False
    if len(heading) > HEADING_CHARS or heading[-1:] in ".:;!?,":
        return False
    if any(c.isdigit() for c in heading) and _SENT_FROM_LINE.match(text) and text.split()[1][:1].isupper():
        return False  # "SZYFROGRAM Nr 8734" / "z Waszyngtonu": the post a numbered telegram comes from, on a line of its own
    if _post_under_heading(heading, text) is not None:
        return False  # "ШИФРОГРАМА № 412" / "от посолството в Ханой": the mission it comes from, on a line of its own
    letters_ = [c for c in heading if c.isalpha()]
    if letters_ and is_letter_spaced(heading):  # "R e c o r d" / "of a conversation of Comrade ...": the typist's emphasis,
        return document_type_of(f"{heading.replace(' ', '')} {text}") != "other"  # a kind with the line under it
    return bool(letters_) and (all(c.isupper() for c in letters_) or document_type_of(heading) != "other")


HEADLINE_WORDS = 3  # a headline's line: a few words, each long one opening in a capital


def _headline_over_two_lines(heading: str, text: str) -> bool:
    """A headline in headline case broken over two short lines, neither naming a kind of paper, no label, figure or
    stop in either ("President Johnson and Prime Minister Sato" / "Hold Talks at Washington")."""
    return all(len(line) <= HEADING_LINE_CHARS and not any(c.isdigit() or c in ".:;!?,()" for c in line)
               and _headline_case(line) and document_type_of(line) == "other" for line in (heading, text))  # the kind's
    # patterns last: most lines are turned away at a figure or a stop


def _headline_case(text: str) -> bool:
    """A line in headline case: three words or more, every word of four letters or more opening in a capital, not all
    in capitals ("Hold Talks at Washington")."""
    tokens = text.split()
    long_ = [t for t in tokens if sum(c.isalpha() for c in t) >= 4]
    return len(tokens) >= HEADLINE_WORDS and bool(long_) and all(t[:1].isupper() for t in long_) \
        and not all(c.isupper() for c in text if c.isalpha())


_QUOTES = {"\u00ab": "\u00bb", "\u201c": "\u201d", "\u201e": "\u201c", '"': '"'}


def _quoted_subject(text: str) -> bool:
    """A decision's or a resolution's subject in quotation marks on the line under its heading, as the whole line
    ("RESOLUTION OF THE PRESIDIUM" / "\u00abOn the situation in the army\u00bb")."""
    return len(text) > 2 and text[0] in _QUOTES and text.endswith(_QUOTES[text[0]]) and text[1:2].isupper()


# A record's heading that opens on its kind in capitals ("CONCLUSIONS of a Meeting of ...", "MINUTES of a Meeting of ..."),
# whatever its last word: a time of day ("at 10.30 a.m.") ends it with a stop.
_KIND_IN_CAPITALS = re.compile(r"^[A-Z]{4,} (?:of|OF) ")
CATALOGUE_HEAD_BLOCKS = 6  # the catalogue's line, the record's file number, its body's name, a stamp, then its heading


def _heading_under_catalogue(blocks: list[Block], index: int) -> int:
    """The record's own heading under the archive's catalogue entry a page puts over it ("The National Archives, Kew:
    FCO 99/1207, Record of conversation, ..." over "RECORD OF A CONVERSATION BETWEEN ..."; "Archives New Zealand:
    Cabinet Minutes CM (85) 27, ..." over "CM (85) 27" / "CABINET" / "MINUTES of a Meeting of Cabinet held ..."): the
    first short line under it that names a paper's kind, before the text begins; else ``index``. The entry stays the
    page's citation, read with its notes."""
    if catalogue_header(blocks[index].text) is None:
        return index
    kind_named = document_type_of(blocks[index].text) != "other"  # "..., Cabinet conclusions, 20 March 1969"
    for j in range(index + 1, min(index + CATALOGUE_HEAD_BLOCKS, len(blocks))):
        text = blocks[j].text
        if len(text) > HEADING_LINE_CHARS + 100 or (ends_sentence(text) and not (kind_named and _KIND_IN_CAPITALS.match(text))):
            break  # the text has begun (under an entry that names the kind, "CONCLUSIONS of a Meeting of the Cabinet held
            # ... at 10.30 a.m." is the record's heading, not a sentence)
        if _could_be_title(blocks[j]) and document_type_of(blocks[j].text) != "other":
            return j
    return index


# A government paper's by-line under its subject heading ("Report by the Joint Intelligence Committee", "Memorandum by
# the Secretary of State for Foreign Affairs"): the paper's kind and its author (en.yaml byline_kinds).
_BYLINE = re.compile(rf"^(?:{alternation(words('byline_kinds')) or '(?!)'})\s+by\s+(?:the\s+)?"
                     r"(?P<by>[A-Z][\w'-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-Z][\w'-]*){0,7})\s*\.?$")
BYLINE_BLOCKS = 14  # the heading and its by-line stand under the catalogue entry, the paper's stamps, its number and its day


def _heading_over_byline(blocks: list[Block], index: int) -> int | None:
    """The by-line under a paper's subject heading in capitals, past the stamps, number, day and office over it ("THIS
    DOCUMENT IS THE PROPERTY OF ..." / "JIC(67)41 (Final)" / "CABINET" / "THE SECURITY SITUATION IN ADEN" / "Report by
    the Joint Intelligence Committee"): the by-line's index (the heading is the one above it); else None."""
    for j in range(index + 1, min(index + BYLINE_BLOCKS, len(blocks))):
        text = blocks[j].text.strip()
        if len(text) > NARRATIVE_CHARS:
            return None  # the text has begun
        heading = blocks[j - 1].text.strip()
        if _BYLINE.match(text) and heading.upper() == heading and any(c.isalpha() for c in heading) \
                and len(heading) <= HEADING_LINE_CHARS and not ends_sentence(heading) and not is_never_title(heading):
            return j
    return None


_NUMBER_MARK = re.compile(r"\b(?:No|Nr|Nos)\.?\s*\d\S*")  # "TOUR REPORT No. 7/69": the paper's number after its kind
LETTERHEAD_WORDS = 6  # a body's name in a letterhead: a few words ("BRITISH EMBASSY", "MINISTRY OF FOREIGN AFFAIRS")
# The words that end a body's name ("Embassy", "Ministry", "Department": en.yaml body_head_words): a letterhead's line.
_BODY_HEAD_WORDS = frozenset(lexicon("en").get("body_head_words") or [])


def _kind_heading(blocks: list[Block], index: int) -> int:
    """A paper's heading that names its kind over two lines ("NOTE" / "on the conversation of ..."), under a letterhead
    that was taken for the title ("Ministry of Foreign Affairs of the Polish People's Republic" / "Department IV"):
    the heading, where one stands before the text begins; else ``index``."""
    capitals = _in_capitals(blocks[index].text) and _office_over_heading(blocks, index) is None  # ("THE WHITE HOUSE
    # SITUATION ROOM" / "CHRONOLOGY: ...": the office's line over its heading, read below)
    words_ = blocks[index].text.split(",")[0].split()  # the body's name before its address ("LORD CHAMBERLAIN'S OFFICE,
    # ST. JAMES'S PALACE, S.W.1.")
    body = capitals and bool(words_) and len(words_) <= LETTERHEAD_WORDS and words_[-1].title() in _BODY_HEAD_WORDS
    if capitals and not numbered_heading(blocks[index].text) and (numbered := _numbered_under_letterhead(blocks, index)) is not None:
        return numbered  # "FOREIGN OFFICE — QUEEN'S MESSENGER SERVICE" / "ROUTE SHEET No. N/62/118", "GEOLOGICAL SURVEY OF
        # CANADA — FIELD PARTY 58-E" / "FIELD REPORT No. 4": the office's letterhead in capitals over the paper's own
        # numbered heading, whatever kind it names; a letterhead of two lines too ("UNJONI ĠENERALI TAL-ĦADDIEMA" /
        # "KUMITAT ĊENTRALI TAL-ISTRAJK" / "BULLETTIN Nru. 3")
    for j in range(index + 1, min(index + 8, len(blocks) - 1)):
        if len(blocks[j].text) > NARRATIVE_CHARS:
            break  # the text has begun
        if _could_be_title(blocks[j]) and (document_type_of(blocks[j].text) != "other" or is_letter_spaced(blocks[j].text.strip())) \
                and _heading_goes_on(blocks[j].text, blocks[j + 1]):
            return j  # "NOTE" / "on the conversation of ...", "R e c o r d" / "of a conversation of ..."
        if capitals and j == index + 1 and _could_be_title(blocks[j]) and not _in_capitals(blocks[j].text) \
                and document_type_of(blocks[j].text) in _MEETING_RECORDS and _full_date(blocks[j].text) is not None \
                and len(blocks[j].text) <= HEADING_LINE_CHARS:
            return j  # "GOVERNMENT COUNCIL" / "Minutes of the meeting of Friday, 25 August 1950, at 10 a.m.": the body's name
            # in capitals over its record's heading, which names the kind and the meeting's day
        if capitals and _could_be_title(blocks[j]) and len(blocks[j].text) <= KIND_HEADING_CHARS \
                and _in_capitals(_NUMBER_MARK.sub("", blocks[j].text)) and names_a_kind(blocks[j].text) \
                and (document_type_of(blocks[j].text) == "other" or body):  # a kind of its own; a telegram's or a
            # hearing's heading under a page's title in capitals ("ANGOLA" / "HEARINGS") is read by the rules above; under
            # a body's letterhead ("BRITISH EMBASSY" / "BUCHAREST" / "TOUR REPORT No. 7/69") any kind's heading is the title
            if j + 2 < len(blocks) and kind_number_line(blocks[j + 1].text) and _could_be_title(blocks[j + 2]) \
                    and _in_capitals(blocks[j + 2].text) and not names_a_kind(blocks[j + 2].text):
                return j + 2  # "SIARAN PERS" / "Nomor: 14/PR/II/76" / "KONPERENSI TINGKAT TINGGI ASEAN DI BALI": the
                # kind and its number over the subject in capitals, the subject the title
            return j  # "ΓΕΝΙΚΟΝ ΕΠΙΤΕΛΕΙΟΝ ΝΑΥΤΙΚΟΥ" / ... / "ΗΜΕΡΗΣΙΑ ΔΙΑΤΑΓΗ ΥΠ' ΑΡΙΘ. 14", "T.C." / "ANKARA SIKIYÖNETİM
            # KOMUTANLIĞI" / "DURUŞMA TUTANAĞI": the body's letterhead in capitals over the heading that names the kind
    return index


_BRACKETED = re.compile(r"\([^()]*\)")
_WORD = re.compile(r"[^\W\d_]{3,}")  # a word of three letters or more
LETTERHEAD_RUN = 4  # a body's letterhead in a few lines, its office's too, over the paper's heading


def _opens_in_capitals(text: str) -> bool:
    """A line whose first words are in capitals, a column beside them or not ("RETURN OF SERVICE (Form S.1)   Return
    No. 1/76"), in any cased script."""
    return _in_capitals(" ".join(text.split()[:2]))


def _heading_closing_letterhead(blocks: list[Block], index: int) -> int:
    """The paper's own heading closing a run of short lines in capitals at its head, whatever words they hold: the
    body's letterhead, its office's line, then the heading, over the first line that is not in capitals (the form's
    fields, a bracketed note, the place and day, the text): "MARION ISLAND METEOROLOGICAL STATION" / "STATION JOURNAL -
    SEPTEMBER 1979" / "(all times GMT)"; "HUKUMAR ZAƁE TA TARAYYAR NIJERIYA" / "ZAƁEN MAJALISAR WAKILAI TA TARAYYA, 1959"
    / "RAHOTON JAMI'IN ZAƁE" / "Mazaɓar Kano ta Gabas (N.E. 84)". Else ``index``."""
    if not _in_capitals(blocks[index].text) or len(blocks[index].text) > KIND_HEADING_CHARS \
            or _office_over_heading(blocks, index) is not None:
        return index  # ("THE WHITE HOUSE SITUATION ROOM" / "CHRONOLOGY: ...": the office's line, read below)
    last = index
    for j in range(index + 1, min(index + LETTERHEAD_RUN, len(blocks))):
        if not _opens_in_capitals(blocks[j].text) or len(blocks[j].text) > KIND_HEADING_CHARS:
            break
        if not _in_capitals(_NUMBER_MARK.sub("", _BRACKETED.sub("", blocks[j].text))) or not _WORD.search(blocks[j].text):
            return index  # "T. SEGRETO 1143/412. Il Cairo, 28 luglio 1956": a line that goes on in small letters;
            # "G.C. 13/47": a number, no word (the number mark and a bracketed note are none of the line's letters)
        if not _could_be_title(blocks[j]) or is_never_title(blocks[j].text) or blocks[j - 1].text.rstrip().endswith(",") \
                or signal_line(blocks[j].text.strip()) is not None:  # ("FM GEORGETOWN 210915Z JUN 70": a wire's head, read by its own reader)
            return index  # a day, a number or a label among the lines in capitals: no letterhead's run; a heading broken
            # over lines ("АКТИ" / "КОМИССИЯИ ТАФТИШОТИИ КОЛХОЗИ БА НОМИ ЛЕНИН," / "НОҲИЯИ ВОСЕЪ")
        last = j
    if last == index or last + 1 >= len(blocks) or _opens_in_capitals(blocks[last + 1].text):
        return index  # a heading of one line; a run that goes on (a message's text in capitals)
    return last


KIND_HEADING_CHARS = 100  # a heading that names the paper's kind, its subject too; a longer line in capitals is a
# message's text ("INFORM ARGENTINE PARTY LEITH THAT THEY HAVE LANDED ILLEGALLY. THEY ARE TO ...")
LETTERHEAD_LINES = 3  # a letterhead in capitals is a few lines: the body's name, its office or department, its address


def _numbered_under_letterhead(blocks: list[Block], index: int) -> int | None:
    """The paper's numbered heading under the letterhead in capitals that was taken for the title, the letterhead's
    other lines in capitals between them; else None."""
    for j in range(index + 1, min(index + 1 + LETTERHEAD_LINES, len(blocks))):
        if not _could_be_title(blocks[j]):
            return None
        if numbered_heading(blocks[j].text):
            return j
        if not _in_capitals(blocks[j].text) or len(blocks[j].text) > OFFICE_LINE_CHARS:
            return None
    return None


_MEETING_RECORDS = frozenset({"minutes"})
BANNER_WORDS = 6  # a line of a record's banner: the state's or the body's name, or the kind ("CABINET CONCLUSIONS")
MEETING_HEADING_BLOCKS = 4  # the banner, the meeting's number and the registry's reference, then the meeting's heading


def _meeting_heading_under_banner(blocks: list[Block], index: int) -> int:
    """A record's banner in capitals naming its kind ("CABINET CONCLUSIONS", "CABINET MINUTES"; the state's and the body's
    names over the kind, a line each: "REPUBLIC OF VANUATU" / "COUNCIL OF MINISTERS" / "CONCLUSIONS") over the meeting's
    own heading that names the kind again with the meeting's day ("Conclusions of a Special Meeting of the Cabinet held
    at the Cabinet Office, ..., on Monday, 12th May, 1980, at 9.00 a.m."), the meeting's number or the registry's
    reference between them ("C.M. (53) 37th Meeting", "Reference: Lot 31/4/53, file 37"): the heading, which names the
    meeting and its day whatever the banner names (the kind alone, or the state and the body that met), is the title;
    else ``index``."""
    for j in range(index, min(index + MEETING_HEADING_BLOCKS + 2, len(blocks))):
        text = blocks[j].text.strip()
        if len(text) > HEADING_LINE_CHARS:
            break  # the text has begun
        if len(text.split()) <= BANNER_WORDS and not any(c.isdigit() for c in text) and text.upper() == text \
                and any(c.isalpha() for c in text):
            continue  # "CABINET CONCLUSIONS", "ST. VINCENT AND THE GRENADINES" / "CABINET" / "CONCLUSIONS"
        if j == index:
            return index  # the title read is no banner
        if blocks[j].passage_type == "paragraph" and text[:1].isupper() and text.upper() != text \
                and document_type_of(text) in _MEETING_RECORDS \
                and _full_date(text) is not None:
            return j  # the banner names the record's kind ("CONCLUSIONS" over "Conclusions of a Meeting of the Council
            # ..."), or only the state and the body that met ("BRITISH GUIANA" / "COUNCIL OF MINISTERS" over "Conclusions of
            # a Special Meeting held at the Premier's Office, ..., on Saturday, 17th February, 1962"): the heading names both
    return index
_KIND_NUMBER_LINE = re.compile(rf"^(?:{alternation(words('kind_number_labels')) or '(?!)'})\s*[:.]?\s*\d[\w./-]*$", re.IGNORECASE)


_NUMBERED_HEADING = re.compile(rf"^(?P<words>[^\W\d_][^\n]{{2,80}}?)\s(?:(?:{alternation(words('paper_number_marks')) or '(?!)'})\s*[A-Z]{{0,3}}[./]?\d[\w./-]*"
                               rf"|(?:{alternation(words('paper_number_letters')) or '(?!)'})\s*\d[\w.-]*/[\w./-]*)$")
NUMBERED_HEADING_CHARS = 90


def numbered_heading(text: str) -> bool:
    """A paper's heading in capitals that closes with its own number ("ROUTE SHEET No. N/62/118", "FIELD REPORT No. 4",
    "CLAIM FOR WAR DAMAGE — FORM W.3"; en.yaml paper_number_marks)."""
    text = text.strip()
    return len(text) <= NUMBERED_HEADING_CHARS and (m := _NUMBERED_HEADING.match(text)) is not None and _in_capitals(m["words"])


def kind_number_line(text: str) -> bool:
    """The paper's number alone on its line under the heading that names its kind ("Nomor: 14/PR/II/76", "No. 12/76")."""
    return _KIND_NUMBER_LINE.match(text.strip()) is not None


def _in_capitals(text: str) -> bool:
    """A line whose letters are all capitals, in any script, two letters or more ("T.C.", "SIARAN PERS")."""
    letters_of = [c for c in text if c.isalpha()]
    return len(letters_of) >= 2 and all(map(str.isupper, letters_of))


_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.\s")  # a person's initial in his name ("HOWARD R. TEMPLETON")
OFFICE_LINE_CHARS = 60  # an office's name on its own line: a few words


SPACED_HEADING_CHARS = 12  # a heading of one word spaced out: a few letters and the spaces between them


def _spaced_kind(heading: str) -> bool:
    """A heading of one word spaced out that names a paper's kind ("简　报", "R e p o r t")."""
    parts = heading.split()
    return len(heading) <= SPACED_HEADING_CHARS and len(parts) > 1 and all(len(p) == 1 for p in parts) \
        and document_type_of("".join(parts)) != "other"


def _office_over_heading(blocks: list[Block], index: int) -> str | None:
    """An office's name in capitals (or one the gazetteer knows) alone on the line taken for the title, over a short
    heading that names the paper's kind ("THE WHITE HOUSE SITUATION ROOM" / "CHRONOLOGY: JORDAN, 19-22 SEPTEMBER
    1970"): the office's name, the heading being the title; else None."""
    text = blocks[index].text.strip()
    if index + 1 >= len(blocks) or len(text) > OFFICE_LINE_CHARS or ends_sentence(text) or document_type_of(text) != "other" \
            or any(map(str.isdigit, text)):
        return None
    heading = blocks[index + 1]
    if not _could_be_title(heading) or len(heading.text) > HEADING_LINE_CHARS or ends_sentence(heading.text) \
            or document_type_of(heading.text) == "other" and not _spaced_kind(heading.text) \
            or _NAMES_ITS_KIND.search(heading.text) or _INITIAL.search(text):  # (a kind spaced out: "简　报", "R e p o r t")
        return None  # "AMBASSADOR HOWARD R. TEMPLETON" / "Interviewed by: ...": an oral history's interviewee, no office
    letters_ = [c for c in text if c.isalpha()]
    if letters_ and all(c.isupper() for c in letters_):
        return canonical_name(text.title())
    if is_signer_line(text):
        return text  # "外交部新闻司" / "简　报": the department, in a script without capitals, that issues the bulletin
    entity = lookup(text.strip(" .:,"))
    return entity.name if entity is not None and entity.kind == "organisation" else None


def _place_over_headline(blocks: list[Block], index: int) -> bool:
    """A country's name in capitals alone on the line taken for the title (one the gazetteer knows for a place), over a
    short headline: a digest's section, its entry's headline the title."""
    text = blocks[index].text.strip()
    letters_ = [c for c in text if c.isalpha()]
    if index + 1 >= len(blocks) or len(text) > OFFICE_LINE_CHARS or not letters_ or not all(map(str.isupper, letters_)):
        return False
    entity = lookup(text.strip(" .:,"))
    headline = blocks[index + 1]
    return entity is not None and entity.kind == "place" and _could_be_title(headline) and len(headline.text) <= HEADING_LINE_CHARS \
        and (not all(c.isupper() for c in headline.text if c.isalpha())  # "ANGOLA" / "HEARINGS": a hearing's subject over its kind
             or len(headline.text.split()) >= HEADING_WORDS and not names_a_kind(headline.text))  # "AFGHANISTAN" / "REVOLUTIONARY
    # COUNCIL NAMES TARAKI PRESIDENT, PRIME MINISTER": a daily report's country over its item's headline in capitals


_CHRONICLE_WORDS = tuple(words("chronicle_words"))


def _month_under_chronicle(title: str, following: str) -> bool:
    """A chronicle's title that names no month, over a line that is a month alone: the page's month, part of its title
    as other pages print it on the title's own line ("刘少奇年谱（1960年11月）")."""
    if not any(w in title for w in _CHRONICLE_WORDS):
        return False
    dates = list(iter_dates(following.strip()))
    return (len(dates) == 1 and dates[0].precision == "month" and dates[0].text == following.strip()
            and not any(d.precision == "month" for d in iter_dates(title)))


def _heading_of_page_title(text: str, page_title: str) -> bool:
    """The page's own heading under a site's page title that repeats it with the date and the site's name
    ("外交部《情况简报》第四十二期" under "外交部《情况简报》第四十二期（1966年5月18日）_当代中国研究所", "Справка МИД СССР ... |
    Исторические материалы"): the heading is the title; a title that goes on with its year (", 1949") is not repeated so."""
    return 4 <= len(text) < len(page_title) <= 3 * len(text) and page_title.startswith(text) \
        and page_title[len(text):].lstrip()[:1] in tuple("(\uff08_|-\u2013\u2014")  # (the date and the site's name are short
    # beside the heading: "TELEGRAM" over "TELEGRAM - Tananarive 1204 - Malagasy Crisis: ..." is the paper's kind alone)


# A line of the head that says what the page is ("Foreign Affairs Oral History Project", "Interviewed by: ..."), though the
# title above it is the name of a body or a person.
# A committee's printed hearings, the word alone on its line under the subject ("ANGOLA" / "HEARINGS" / "BEFORE THE" /
# "SUBCOMMITTEE ON AFRICAN AFFAIRS"): the record's kind (en.yaml hearing_heads), a transcript of its sessions.
_HEARING_HEAD = re.compile(rf"^(?:{alternation(words('hearing_heads')) or '(?!)'})$")
_NAMES_ITS_KIND = re.compile(r"\boral history\b|^interviewed by\b|" + _HEARING_HEAD.pattern, re.IGNORECASE)


BANNER_CHARS = 100  # a site's or an archive's name over the page ("Politisches Archiv des Auswärtigen Amts, Bestand MfAA")
BANNER_HEAD = 6  # the head's lines under the banner down to the document's heading: the trail, the edition, the office, the day


def _heading_under_banner(blocks: list[Block], site_head: bool = False) -> int | None:
    """The document's own heading under a first line that names no kind of paper, the site's or the archive's banner
    ("Документы советской эпохи" / "ШИФРОТЕЛЕГРАММА", "Documents diplomatiques français" / "1965 — Tome I" / "196" /
    "COMPTE RENDU DE L'ENTRETIEN ...", "Politisches Archiv des Auswärtigen Amts, Bestand MfAA" / ... / "V e r m e r k"):
    the first short line of the head that names a kind, before the text begins; None when the head has none (the first
    line is the page's title, whatever it names)."""
    first = blocks[0].text.strip() if blocks else ""
    if not first or len(first) > BANNER_CHARS or ends_sentence(first) or names_a_kind(first) or _spaced_kind(first) \
            or not (site_head or _names_a_site(first)):
        return None
    for j in range(1, min(BANNER_HEAD + 1, len(blocks))):
        text = blocks[j].text.strip()
        if len(text) > HEADING_LINE_CHARS or ends_sentence(text) and not text.endswith("»"):
            return None  # the text has begun
        if _could_be_title(blocks[j]) and (names_a_kind(text) or _spaced_kind(text)) and not text[:1].islower() \
                and not _is_trail(text) and not is_catalogue_series_line(text):
            return j
    return None


# A web catalogue's head over the item it shows, told by its shape whatever the site and its language: the site's name,
# then lines that are each the site's, down to the document's own first line ("Arkivportalen – Statsarkivet i Tromsø"
# / "Forside > Vardø politikammer > Da – Vaktjournaler > L0034 Vaktjournal 1968" / "Arkivreferanse: SATØ/A-1021/Da/L0034,
# s. 112–113" / "Last ned (PDF) | Bestill kopi"): its trail of pages, a field of its catalogue ("Reference: FCO 21/1142",
# "No. Rujukan: ANM 2006/0031467"), the item's mark, its actions on the item. A trail or a line of actions must stand
# in it, or it is no site's head (a letter's "To:" and "Subject:" lines under its writer's name are the letter's).
_HEAD_FIELD = re.compile(r"^[^\W\d_][\w .'’()-]{0,30}:\s+\S")  # "Arkivreferanse: ...", "No. Rujukan: ...", "Source: ..."
SITE_HEAD_LINES = 9  # the site's name and the lines of its head: the trail, the catalogue's fields, the actions


def _site_head_end(blocks: list[Block]) -> int | None:
    """The index of the first block under a web catalogue's head (its name, its trail, its catalogue's fields, its
    actions: the lines above), else None."""
    first = blocks[0].text.strip() if blocks else ""
    site = site_name_separator().split(first, maxsplit=1)[0]
    if not first or len(first) > BANNER_CHARS or first.endswith((".", "!", "?")) or names_a_kind(site):
        return None  # (a site's name may close on its short name in brackets, "... Cooperative Security (PHP)", and
        # name its collection after a dash: "Arkib Negara Malaysia – Koleksi Teks Ucapan dan Sidang Akhbar")
    shown = False  # a trail of pages or a line of the site's actions: the page is a site's
    end = 1
    for j in range(1, min(SITE_HEAD_LINES, len(blocks))):
        text = blocks[j].text.strip()
        if len(text) > NARRATIVE_CHARS:
            break
        if is_title_label_line(text):
            return None  # "Citation: \"Papua New Guinea Troops Arrive ...\"": the item's title, read by its label
        if len(_TRAIL_STEP.split(text)) >= 3 or site_actions_line(text) or site_action_alone(text):
            shown = True
        elif not (is_furniture_line(text) or _HEAD_FIELD.match(text) or CATALOGUE_ENTRY.match(text)
                  or head_mark(text) is not None and any(c.isdigit() for c in text)):
            break
        end = j + 1
    return end if shown and end < len(blocks) else None


def _heading_under_site_head(blocks: list[Block], end: int) -> int | None:
    """The document's heading under a web catalogue's head: the first line of the document's own head that names a
    kind of paper ("Secret Classified Matter! ..." / "Chief of Staff of the Volksmarine ..." / "REPORT", "H.M. CUSTOMS
    AND EXCISE – FELIXSTOWE COLLECTION" / "SEIZURE REPORT No. FX 82/0617"), else its first line that could be a title
    ("DAGBÓK VITAVARÐAR – DALATANGAVITI"), before the text begins."""
    candidates = []
    for j in range(end, min(end + SITE_HEAD_LINES, len(blocks))):
        if len(blocks[j].text) > NARRATIVE_CHARS:
            break  # the text has begun
        if _could_be_title(blocks[j]) and not release_stamp_line([b.text for b in blocks[max(0, j - _STAMP_LINES):j + 1]]):
            candidates.append(j)
    return next((j for j in candidates if names_a_kind(blocks[j].text) and not blocks[j].text.strip()[:1].islower()),
                candidates[0] if candidates else None)


def _names_a_site(text: str) -> bool:
    """A line that names a site, an archive or its catalogue by one of the site's words, in any case ("ИСТОРИЧЕСКИЕ
    МАТЕРИАЛЫ", "Politisches Archiv des Auswärtigen Amts, Bestand MfAA"), in its first part before a bar ("National
    Archives Catalog | RG 59, Central Foreign Policy Files, 1964-66")."""
    parts = text.split(" | ")
    if len(parts) > 2:
        return False  # "The National Archives | Education | Cold War | Tito's visit to London, 1953": the site's trail
        # closing on the page's own title (headings.py unwrap_title)
    return is_site_name(parts[0].strip()) or is_site_name(parts[0].strip().title())


# A heading that places a paper among the attachments of another ("APPENDIX D", "Annex 2", "Enclosure"; en.yaml
# attachment_headings): no office that writes it.
_ATTACHMENT_LINE = re.compile(rf"^(?:{alternation(words('attachment_headings')) or '(?!)'})(?:\s+[\w.-]{{1,6}})?$", re.IGNORECASE)
_ATTACHED_LABEL = re.compile(rf"^(?:{alternation(words('attached_labels') + words('attachment_headings')) or '(?!)'})\s*[:：]$")


def attached_label(text: str) -> bool:
    """A label alone on its line over a paper the document carries ("附：", "附件：", "Attachment:")."""
    return _ATTACHED_LABEL.match(text.strip()) is not None


def _told_before(blocks: list[Block], index: int) -> bool:
    """The block over a bracketed date line is no heading when the page has told its story by then: a date line at
    the foot ("[Prague, 18 July 1962]" under the record's last paragraph and over its recorder's line) closes the
    text, and the block above it is the text's last sentence, not its title."""
    return ends_sentence(blocks[index].text) or any(len(b.text) > NARRATIVE_CHARS and ends_sentence(b.text) for b in blocks[:index])


# A line in brackets from end to end, a label of a few words and a colon opening it ("[In the left corner in hand: «Agreed.
# 14.IV.61. T. B.»]", "[Source: AAN, KC PZPR, sygn. 2631]"): the edition's note of a mark on the paper or of its source.
_BRACKETED_MARK = re.compile(r"^\[[^\W\d_][^\]\d:]{0,30}:\s*[^\]]+\]$")


def _mark_under_trail(blocks: list[Block], i: int) -> bool:
    """The item's mark under the catalogue's trail, the site's name over it (source_note.trail_mark_citation): the
    catalogue's line, whatever its label's language, never the paper's title."""
    if i < 2 or not is_trail(blocks[i - 1].text):
        return False
    cited = trail_mark_citation([b.text for b in blocks[i - 2:i + 1]])
    return any(c["text"] in blocks[i].text for c in cited) or is_citation_line(without_description(blocks[i].text))
    # ("Zbiory › Archiwum TSKŻ › ..." / "Archiwum ŻIH, TSKŻ, sygn. 1048, k. 14–15 · jidysz · maszynopis")


def _could_be_title(block: Block) -> bool:
    text = block.text
    return block.passage_type == "paragraph" and not _LABEL.match(text) and len(text) <= 300 and not _is_date_line(text) \
        and not _is_place_date_line(text) and not _other_calendar_dateline(text) and not CATALOGUE_ENTRY.match(text) and not _navigation_trail(text) \
        and not _catalogue_record_line(text) \
        and not is_site_banner(text) and not is_issue_line(text) and not _CONTAINER_LINE.search(text) \
        and not is_masthead(text) and not _ZH_COMPILED_BY.match(text.strip()) and not is_furniture_line(text) \
        and not _REGISTRY_NUMBER.match(text.strip()) \
        and not _PAPER_SYMBOL.match(text.strip()) \
        and not entry_day(text.strip()) and not wire_item_head(text) \
        and not is_annotation_line(text) and not _BRACKETED_MARK.match(text.strip())  # "№ 214", "C-R(64)5": an edition's or an office's number of the paper over its
    # heading; "Tiistai 16.1.1973": a diary's entry's day, its weekday before it; "[Stamp in the upper left corner:]
    # ...", "[In the left corner in hand: «Agreed. 14.IV.61»]": a mark on the paper the edition renders, in any language


# A place, then a day of another calendar than the one the date grammar reads ("Riyadh, 17 Rabi al-Awwal 1375", "Tehran, 25
# Mordad 1332"): a letter's place-and-date line, its day in the Hijri or the Persian calendar (the edition's conversion
# often under it in brackets, "(2 November 1955)"), never a title.
_OTHER_CALENDAR_DAY = re.compile(r"^(?P<place>[^\W\d][\w .'-]{1,30}),\s+\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d][\w'-]*(?:\s+[^\W\d][\w'-]*){0,2},?\s+\d{3,4}\.?$")


def _other_calendar_dateline(text: str) -> bool:
    m = _OTHER_CALENDAR_DAY.match(text.strip())
    if m is None or int(text.strip().rstrip(".")[-4:].strip()) not in OTHER_CALENDAR_YEARS:
        return False
    place = lookup(m["place"].strip())
    return place is not None and place.kind == "place"


SLOGAN_HEADING_BLOCKS = 4  # the issuing bodies' lines between a slogan and the notice's heading


def _slogan_over_heading(blocks: list[Block], i: int) -> bool:
    """A line wholly in quotes over a heading that names a kind of paper a few lines under it, or in capitals over the
    issuing bodies' lines in capitals ("\"AÑO DE LA
    PLANIFICACIÓN\"" / "JUNTA NACIONAL ..." / "AVISO A LOS CONSUMIDORES No. 3"): the year's or the movement's slogan
    the paper prints over its head, never its title."""
    text = blocks[i].text.strip()
    if len(text) < 3 or text[0] not in _OPENING_QUOTES or text[-1] not in _CLOSING_QUOTES or text.count(text[0]) > 2:
        return False
    under = blocks[i + 1:i + 1 + SLOGAN_HEADING_BLOCKS]
    return any(_could_be_title(b) and names_a_kind(b.text) for b in under) or text.isupper() and bool(under) \
        and _could_be_title(under[0]) and under[0].text.isupper() and not ends_sentence(under[0].text)  # the bodies that
    # issue the paper in capitals under the slogan in capitals, over its heading


_OPENING_QUOTES = "\"“«„'‘"
_CLOSING_QUOTES = "\"”»“'’"


def _catalogue_record_line(text: str) -> bool:
    """An archive's record line joining its fields with bars, one of them a catalogue's labelled field ("Record Group 59:
    General Records of the Department of State | Document Number: 1975CA006012 | Film Number: P750186-0611")."""
    parts = text.split(" | ")
    return len(parts) > 1 and any(CATALOGUE_ENTRY.match(part.strip()) for part in parts)


# An office's symbol for the paper on a line of its own, letters and numbers with no word in it ("C-R(64)5", "PO/64/12",
# "A/RES/3"): the registry's mark over the heading, never the title.
_PAPER_SYMBOL = re.compile(r"^(?=[^\n]*\d)(?![^\n]*[A-Za-z]{3})[A-Za-z0-9()./-]{3,20}$")


# A scanned periodical's running head, the page's number and the periodical's name in capitals ("134
# DEPARTMENT OF STATE BULLETIN"): the page's furniture over the article's own heading, never its title (a book page's
# running head over its prose alone names the chapter: book_shape.py).
_NUMBERED_RUNNING_HEAD = re.compile(r"^\d{1,4}\s+[A-Z][A-Z.,'&-]*(?:\s+[A-Z][A-Z.,'&-]*){1,8}$")


IMPRINT_OVER_HEADING = 3  # the imprint's lines (the issue, the page) and a section's name between it and the heading


def _running_head_over_heading(blocks: list[Block], i: int) -> bool:
    def heading(block: Block) -> bool:
        return _could_be_title(block) and len(block.text) <= HEADING_LINE_CHARS and not block.text.rstrip().endswith(_SENTENCE_STOPS)

    if imprint_line(blocks[i].text) or _masthead_over_imprint(blocks, i):
        return any(heading(b) for b in blocks[i + 1:i + 1 + IMPRINT_OVER_HEADING])  # "FBIS-SAS-78-084 ..." / "AFGHANISTAN" / the headline
    return bool(_NUMBERED_RUNNING_HEAD.match(blocks[i].text.strip())) and i + 1 < len(blocks) and heading(blocks[i + 1])


def _masthead_over_imprint(blocks: list[Block], i: int) -> bool:
    """A newspaper's name in capitals alone on its line over the issue's imprint ("ИЗВЕСТИЯ" / "№ 56 (16107) Суббота, 8
    марта 1969 г."): the masthead, never the title."""
    text = blocks[i].text.strip()
    if i + 1 >= len(blocks) or not 0 < len(text.split(None, 4)) <= 4:
        return False  # most passages: a paragraph of many words, turned away before its letters are walked one by one
    letters_ = [c for c in text if c.isalpha()]
    return bool(letters_) and all(c.isupper() for c in letters_) and imprint_line(blocks[i + 1].text)


LABELLED_TITLE_BLOCKS = 6  # a news database's fields over its item: the paper, the day, the section, the length


# A form's numbered field ("1. COUNTRY: ZAIRE (CG)", "2. REPORT NUMBER: 6 864 0047 77"): under the form's name
# ("INTELLIGENCE INFORMATION REPORT"), the form's fields give the item's title ("3. TITLE: (U) ATTACHE OBSERVATIONS ...").
_FORM_FIELD = re.compile(r"^\d{1,2}\.\s+[A-Z][A-Z ]{2,40}:\s+\S")


COURT_HEAD_BLOCKS = 6  # the court, its division, the proceedings' kind and number, then the matter
MATTER_CHARS = 300  # the matter in a sentence's length, no paragraph
_COURT_HEAD = re.compile(rf"^in the\b.{{0,60}}\b(?:{alternation(words('court_words')) or '(?!)'})\b", re.IGNORECASE)
_MATTER = re.compile(rf"^(?:{alternation(words('matter_openers')) or '(?!)'})\s+\S", re.IGNORECASE)


def _matter_under_court(blocks: list[Block], index: int) -> int:
    """A judgment's heading: the court's lines ("IN THE SUPREME COURT OF HONG KONG" / "HIGH COURT" / "MISCELLANEOUS
    PROCEEDINGS" / "NO. 412 OF 1974") over the matter it decides ("IN THE MATTER of an application by CHAU Yiu-sang for a
    Writ of Habeas Corpus"): the matter's line is the title; ``index`` where the title read is no court's line."""
    if not _COURT_HEAD.match(blocks[index].text.strip()):
        return index
    return next((j for j in range(index + 1, min(index + COURT_HEAD_BLOCKS, len(blocks)))
                 if _MATTER.match(blocks[j].text.strip()) and len(blocks[j].text) <= MATTER_CHARS), index)


def _labelled_title(blocks: list[Block], index: int) -> int | None:
    """The line under the paper's name that gives the item's title after its label ("HEADLINE: ...", "Title: ..."),
    before the text begins; None where none does."""
    for j in range(index + 1, min(index + LABELLED_TITLE_BLOCKS, len(blocks))):
        if len(blocks[j].text) > NARRATIVE_CHARS:
            return None
        if is_title_label_line(blocks[j].text):
            return j
    return None


_SENTENCE_STOPS = (".", "!", "?", "\u3002")  # a heading may close on its bracket, never on a sentence's stop
def _name_over_issue(blocks: list[Block]) -> bool:
    """The periodical's or its site's name over the issue's line ("Keesing's Record of World Events (formerly Keesing's
    Contemporary Archives)" / "Volume 9, September, 1963 Congo (Brazzaville), Page 19631"): its imprint, no title."""
    return len(blocks) > 1 and is_site_name(blocks[0].text) and not names_a_kind(blocks[0].text) and is_issue_line(blocks[1].text)


_STAMP_LINES = 2  # a release stamp's lines under its head: the authority, then the reviewer and the day
TRAIL_HEADING_BLOCKS = 6  # the site's trail, the collection's lines, a stamp, and the heading under them


def _heading_under_trail(blocks: list[Block]) -> int | None:
    """The first heading under a site's trail of middle dots, before the text begins: a line that could be a title, short
    and no sentence ("Informe confidencial núm. 987", "Minutes of the Cabinet Meeting, 18 February 1976"); None where
    the text begins first (a chronicle's entries under "云南省地方志 · 外事志 · 大事记" and its year)."""
    for j in range(1, min(TRAIL_HEADING_BLOCKS, len(blocks))):
        text = blocks[j].text
        if len(text) > NARRATIVE_CHARS:
            return None
        if is_site_trail(text) or any(mark in text for mark in _furniture()["site_trail_separators"]):
            continue  # the collection's steps under the site's ("Colección: Chile, 1973 · Documento 14")
        if release_stamp_line([b.text for b in blocks[max(0, j - _STAMP_LINES):j + 1]]):
            continue  # "DECLASSIFIED" / "Authority NND 968133" / "By DJ NARA Date 4/2/03": the archive's release stamp
        if _could_be_title(blocks[j]) and not _is_label_pair(blocks, j) \
                and (not text.rstrip().endswith(_SENTENCE_STOPS) or _closes_on_day(text)) and not _rubric_over_heading(blocks, j):
            return _heading_under_letterhead(blocks, j)
    return None




def _heading_under_letterhead(blocks: list[Block], j: int) -> int:
    """The heading that names the paper's kind under a body's letterhead, the body's name in capitals on the line ``j``
    ("SOUTH WEST AFRICA PEOPLE'S ORGANISATION (SWAPO)" / "Department of Information and Publicity, Luanda" / "MILITARY
    COMMUNIQUE No. 4/79"), before the text begins; else ``j``."""
    letters_ = [c for c in blocks[j].text if c.isalpha()]
    if names_a_kind(blocks[j].text) or not letters_ or not all(c.isupper() for c in letters_):
        return j
    for k in range(j + 1, min(j + 1 + LETTERHEAD_LINES, len(blocks))):
        text = blocks[k].text.strip()
        if len(text) > HEADING_LINE_CHARS or text.endswith(_SENTENCE_STOPS):
            return j  # the text has begun
        if _could_be_title(blocks[k]) and names_a_kind(text):
            return k
    return j


DAY_CLOSING_CHARS = 3  # the year's mark after a heading's closing day ("..., 16 января 1974 г.")


def _bracketed_sentence(text: str) -> bool:
    """A sentence in brackets ("（本记录于十月二十二日十一时整理，送总长、杨副总长、作战部。）"), not a day closing on its year's mark
    ("(30 октября 1956 г.)")."""
    inner = text.strip()[1:-1].rstrip()
    return inner.endswith(_SENTENCE_STOPS) and not _closes_on_day(inner)


def _closes_on_day(text: str) -> bool:
    """A heading that closes on its day, its stop the year's abbreviation's ("Запись беседы посла СССР в ЛАР с
    премьер-министром А. С. Джеллудом, 16 января 1974 г."), not a sentence's."""
    dates = list(iter_dates(text))
    last = dates[-1] if dates else None
    return last is not None and last.precision in ("day", "minute") and len(text.rstrip()) - last.end <= DAY_CLOSING_CHARS


def _rubric_over_heading(blocks: list[Block], j: int) -> bool:
    """A paper's section, one word in capitals naming no kind of paper, over the article's headline ("NACIONALES" /
    "Una semana de provocaciones en la Embajada del Perú"): the rubric, never the title."""
    text = blocks[j].text.strip()
    return len(text.split()) == 1 and len(text) >= 4 and text.isupper() and not names_a_kind(text) and j + 1 < len(blocks) \
        and _could_be_title(blocks[j + 1]) and len(blocks[j + 1].text) <= HEADING_LINE_CHARS \
        and (not ends_sentence(blocks[j + 1].text) or _quoted_subject(blocks[j + 1].text.strip()))  # "INTERNATIONAL" / "\"We Will
    # Not Seek Revenge\"": a magazine's section over its quoted headline


def _site_over_trail(blocks: list[Block], i: int) -> bool:
    """The site's name over its trail of pages ("Parallel History Project on Cooperative Security (PHP)" / "Collections >
    The CSCE Process > Polish Documents"), naming the site by one of its words and no kind of paper; not a page's title
    over the trail ("Letter from Prime Minister Walter Lini to ..." / "National Archives of Papua New Guinea » ...")."""
    return i + 1 < len(blocks) and _navigation_trail(blocks[i + 1].text) and is_site_name(blocks[i].text) \
        and not names_a_kind(blocks[i].text)


def _is_label_pair(blocks: list[Block], i: int) -> bool:
    """The value under a label line such as '資料來源:'."""
    return i > 0 and bool(_LABEL.match(blocks[i - 1].text)) and blocks[i - 1].text.rstrip(":： ").endswith(_SOURCE_LABELS)


# A form's field of its own day under its heading, its label opening the line ("Date: Saturday 16th February 1974    Team
# leader: Tony Prichard"; en.yaml time_labels): the day the form is of, not a day its text tells, though the one who
# filled it in signed it later ("Signed: A. Prichard, Team Leader, 18.2.74").
_DAY_FIELD = re.compile(rf"^\s*(?:{alternation(words('time_labels')) or '(?!)'})\s*[:：]", re.IGNORECASE)


def _read_date(doc: ParsedDocument) -> None:
    """The first full date in the title or the few blocks after it, else near the top; date-only lines are header."""
    start = doc.title_block or 0
    nearby = list(range(start, min(start + 4, len(doc.blocks)))) + list(range(min(12, len(doc.blocks))))
    nearby = [i + 1 for i in range(start) if _masthead_over_imprint(doc.blocks, i)] + nearby  # "ИЗВЕСТИЯ" / "№ 56 (16107)
    # Суббота, 8 марта 1969 г.": the newspaper's issue over its item dates it, before the days its text tells
    heading = {start} | ({start + 1} if doc.title and start + 1 < len(doc.blocks) and doc.title.endswith(doc.blocks[start + 1].text.strip())
                         else set())  # the heading's second line ("NOTE" / "on the conversation ... on Thursday, 3 February 1966")
    cited = [i for i in dict.fromkeys(nearby) if _LABEL.match(doc.blocks[i].text) or is_catalogue_mark_line(doc.blocks[i].text)]
    issue = next((found for b in doc.blocks[:start] if (found := digest_issue(b.text)) is not None), None)
    if issue is not None:  # "Volume 9, September, 1963 Congo (Brazzaville), Page 19631" over the entry: a digest's entry
        doc.document_date, doc.document_date_precision = issue.start_date, issue.precision  # tells the month's events, and
        doc.document_date_text = issue.text  # is of its issue's month
    if issue is None and (own := labelled_own_day([b.text for b in doc.blocks[:OWN_DAY_BLOCKS]])
                          or attested_day([b.text for b in doc.blocks if b.section_type not in ("header", "trailer")])) is not None:
        doc.document_date, doc.document_date_precision, doc.document_date_text = own.start_date, "day", own.text
        issue = own  # "Date of judgment: 19th April 1974", "Report dated: Asunción, 20 July 1979": the form's own field
        # dates the paper, not the hearing's or the visit's days the fields over it give; so does a sworn statement's
        # attestation under its paragraphs ("SA KATUNAYAN NITO, lumagda ako ngayong ika-3 ng Hunyo 1974")
    for i in ([] if issue is not None else [i for i in dict.fromkeys(nearby) if i not in cited] + cited):  # a source line last: a figure in its shelf
        # mark ("Source: Thatcher MSS (Churchill Archive Centre): THCR 3/1/17 f112") reads as a day, not the paper's; so
        # does a catalogue's mark ("Citation: NAA: A1838, 69/1/3/13 PART 4, pp. 87-88")
        mention = _full_date(doc.blocks[i].text[:DATE_WINDOW])
        if mention and i not in heading and is_catalogue_series_line(doc.blocks[i].text):
            continue  # "... | Central Foreign Policy Files, created 7/1/1973 - 12/31/1979": the span of the archive's series
        if mention and i not in heading and kept_span_line(doc.blocks[i].text):
            continue  # "Башланыб: 1 декабр 1989 — Гуртарыб: 31 јанвар 1990": the days a register or a log was begun and
            # closed on, its cover's fields, not the day of the page's entries
        if mention and i not in heading and _navigation_trail(doc.blocks[i].text):
            continue  # "Collections › ... › Sofia, 6-7 March 1968": the site's trail dates its collection's meeting
        if mention and i not in heading and (_is_narrative(doc.blocks[i].text, mention)
                                             or _introduces_dated_paper(doc.blocks, i, mention)):
            continue  # a date told inside a story ("Between 9 and 17 October 1968 the Kremlin ...") dates what it tells
        if mention and i not in heading and dated_line(doc.blocks[i].text) is None and not _DAY_FIELD.match(doc.blocks[i].text) \
                and (foot := closing_day(doc)) is not None and foot.start_date > mention.start_date:
            mention = foot  # "The conversation took place on 23 May 1980 ..." in the text, "Berlin, 24 May 1980" under it:
            # the day of the talk is told, the paper is dated by its own line at its foot
        if mention and i < min(heading) and (foot := closing_day(doc)) is not None \
                and 0 < (mention.start_date - foot.start_date).days <= DATELINE_DAYS:
            mention = foot  # "Peking Review, No. 17, April 27, 1973" over the title, "Peking, April 22, 1973" under the text:
            # the periodical's issue printed the paper some days after the paper's own day
        if mention and i in heading and i == 0 and doc.blocks[i].text.rstrip().endswith(")") \
                and (own := _dateline_under_page_title(doc.blocks, mention)) is not None:
            mention = own  # "Запись беседы ... (24 октября 1978 г.)" over "Лусака, 26 октября 1978 г." / "ЗАПИСЬ БЕСЕДЫ": the
            # page's title tells the day of the talk in brackets, the record is dated by its own place-and-date line
        if mention and i == max(heading) + 1 and _is_date_line(doc.blocks[i].text) \
                and (own := _dateline_above(doc.blocks, min(heading), mention)) is not None:
            mention = own  # "ЗАПИСЬ БЕСЕДЫ" / "с премьер-министром ..." / "6 декабря 1979 года": the talk's day under the
            # heading, the paper dated by its own line over it ("«10» декабря 1979 г." over "Исх. № 412")
        elif mention and i in heading and (own := _dateline_under(doc.blocks, max(heading) + 1, mention)
                                           or _dateline_above(doc.blocks, min(heading), mention)) is not None:
            mention = own  # "Record of Talks ..., Kremlin, Monday, 3 July 1989" / "New Delhi, 5 July 1989": the talk's day
            # is told by the heading, the paper is dated by its own place-and-date line under it (or over it, under the
            # office's letterhead: "Berlin, 2 July 1976" / "R e c o r d" / "of a conversation ... on Thursday, 1 July 1976")
        if mention and i in heading and titles_events_of(doc.blocks[i].text, mention.text) and (foot := closing_day(doc)) is not None \
                and 0 < (foot.start_date - mention.start_date).days <= DATELINE_DAYS:
            mention = foot  # "Информация посольства ... о событиях 15 декабря 1960 г." signed "17 декабря 1960 г.": the
            # title dates the events the paper reports, the paper is of the day it was signed
        if mention and mention.end_date and mention.end_date > mention.start_date \
                and (foot := closing_day(doc) or _catalogue_day(doc.blocks, max(heading) + 1)) is not None \
                and 0 <= (foot.start_date - mention.end_date).days <= DATELINE_DAYS:
            mention = foot  # "Minutes of the Meeting ..., Bucharest, 4-6 July 1966" closed by "Bucharest, 6 July 1966": a
            # session of several days, its paper dated by its own line at the foot, on the last day or after it (an
            # event's own line in the head too, over or under the heading: "LEIPZIG AUTUMN FAIR, 3rd-10th SEPTEMBER 1961" / "REPORT OF THE
            # MANAGER ..." / ... / "London, 15th September 1961")
        if mention and handling_kind(doc.blocks[i].text) not in (None, "message_sent") \
                and (sent := sent_day([b.text for b in doc.blocks[:HANDLING_BLOCKS]])) is not None:
            mention = sent  # "Typed by Chernova 12.V.61" over "Sent from Vientiane 11.V.61": the day it was sent
        if mention:
            doc.document_date, doc.document_date_precision = mention.start_date, "day"
            doc.document_date_text = mention.text
            break
    for block in doc.blocks[start + 1:start + 4]:
        if _is_date_line(block.text):
            block.passage_type, block.section_type = "header", "header"
    if doc.document_type == "resolution" and (adopted := adopting_meeting_day([b.text for b in doc.blocks])) is not None:
        doc.document_date, doc.document_date_precision, doc.document_date_text = adopted.start_date, "day", adopted.text
        # "2163rd plenary meeting" / "2 November 1973" under the operative paragraphs: the day the body adopted it, not
        # the days its preamble recalls ("Recalling its resolution 2918 (XXVII) of 14 November 1972")
    if doc.document_date is None and (logged := logged_groups_day([b.text for b in doc.blocks if b.section_type == "body"])) is not None:
        doc.document_date, doc.document_date_precision, doc.document_date_text = logged  # a radio office's message pad:
        # its serials' date-time groups ("Serial 41 | 191715Z MAR 82 | ..."), no date line of the pad's own
    _read_agency_dateline(doc)
    _read_broadcast_item(doc)
    _read_signature(doc)
    _read_signing_for(doc)
    _read_foot_addressee(doc)
    _read_preparer(doc)


# The line closing a body's resolution with the meeting that adopted it, its ordinal and the meeting's word, the day
# after a comma or on the line under it ("2163rd plenary meeting" / "2 November 1973", "947th plenary meeting, 14
# December 1960"; en.yaml adopting_meeting_words).
_ADOPTING_MEETING = re.compile(rf"^\d{{1,5}}(?:st|nd|rd|th)\s+(?:{alternation(words('adopting_meeting_words')) or '(?!)'})\b[.,]?\s*(?P<rest>.*)$",
                               re.IGNORECASE)


def adopting_meeting_day(texts: list[str]) -> DateMention | None:
    """The day of the meeting that adopted a resolution, on its meeting's line or on the date line under it; else None."""
    for i, text in enumerate(texts):
        m = _ADOPTING_MEETING.match(text.strip()) if len(text) <= DATED_LINE_CHARS else None
        if m is None:
            continue
        day = m["rest"].strip() or (texts[i + 1].strip() if i + 1 < len(texts) else "")
        mention = next(iter_dates(day), None) if _is_date_line(day) else None
        if mention is not None and mention.precision == "day":
            return mention
    return None


CARRYING_BLOCKS = 3  # the resolution's foot: its mover's line, the vote, a page number
# The vote closing a congress's or a conference's resolution, the day after it ("Carried unanimously, Monday 14 November.",
# "Adopted by a large majority, 3 May 1968"; en.yaml carrying_words).
_CARRYING = re.compile(rf"(?:^|(?<=[.;]\s))(?:{alternation(words('carrying_words')) or '(?!)'})\b[^.;]{{0,40}}?,\s*(?P<day>[^.;]{{4,40}}?)\.?\s*$",
                       re.IGNORECASE)


def read_carrying_day(doc: ParsedDocument) -> None:
    """A congress's resolution is dated by the day its foot says it was carried ("Camden Town Hall, London, 12-15 November
    1977" over it, "Carried unanimously, Monday 14 November." under it), not by the first day of the session."""
    if doc.document_type == "resolution" and adopting_meeting_day([b.text for b in doc.blocks]) is None \
            and (carried := carrying_day([b.text for b in doc.blocks[-CARRYING_BLOCKS:]], doc.document_date)) is not None:
        doc.document_date, doc.document_date_precision, doc.document_date_text = carried.start_date, "day", carried.text


def carrying_day(texts: list[str], session: date | None = None) -> DateMention | None:
    """The day a resolution was carried, on the vote's line at its foot (its year the session's when it writes none);
    else None."""
    for text in reversed(texts):
        m = _CARRYING.search(text.strip()) if len(text) <= DATED_LINE_CHARS * 2 else None
        mention = next(iter_dates(m["day"], session.year if session else None), None) if m else None
        if mention is not None and mention.precision == "day" and (mention.year_written or session is not None) \
                and (session is None or abs((mention.start_date - session).days) <= DATELINE_DAYS):
            return mention
    return None


DATELINE_DAYS = 31  # a paper written up after the talk it records: within the month
# A news agency's dateline opening its item ("MOSCOW, July 11 (TASS).—..."): the place, the day, the agency (en.yaml
# news_agencies).
_AGENCY_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Z .'-]{{2,30}}),\s+(?P<day>[^()]{{3,24}}?)\s+\((?P<agency>{alternation(words('news_agencies')) or '(?!)'})\)\s*[.,:]?\s*[—–-]")
AGENCY_ITEM_BLOCKS = 4  # the item's dateline opens its first paragraph, under the title and the paper's line
# A wire service's head line over its item (en.yaml examples_wire_item_heads): the agency, the item's number, then its day
# and hour, no other words.
_WIRE_ITEM_HEAD = re.compile(rf"^(?P<agency>{alternation(words('news_agencies')) or '(?!)'})\s+\d{{2,5}}\s+(?P<rest>\S.{{6,50}})$")
WIRE_ITEM_WORDS = 2  # beside the day and the hour: the weekday and the hour's mark ("FREDAG", "KL")
# A head's day in figures joined by hyphens ("REUTER 1405 12-03-79"): the day before the month, as a European desk dates
# it with full stops ("12.03.79"); a month first is written with slashes ("UPI 47 5/14/68").
_NUMERIC_HEAD_DAY = re.compile(r"\b([0-3]?\d)-([01]?\d)-(\d{2}|\d{4})\b")
# The head that gives the item's day and hour as one group, then the zone, the month and the year ("AFP 231140 GMT JUN 77":
# the 23rd at 11.40 GMT; the zones are en.yaml broadcast_item_zones, or a signal's "Z").
_WIRE_ITEM_GROUP = re.compile(
    rf"^(?P<agency>{alternation(words('news_agencies')) or '(?!)'})\s+(?P<day>[0-3]\d)(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)Z?"
    rf"\s+(?:(?:{alternation(words('broadcast_item_zones')) or '(?!)'})\s+)?(?P<month>[A-Za-z]{{3,9}}\.?\s+\d{{2}}(?:\d{{2}})?)$")


def wire_item_day(text: str) -> tuple[str, DateMention] | None:
    """The agency and the day of a wire service's head line over its item ("TT 0417 FREDAG 25 APRIL 1975 KL 06.12": TT,
    25 April 1975; "AFP 231140 GMT JUN 77": AFP, 23 June 1977); None for any other line."""
    if (group := _WIRE_ITEM_GROUP.match(text.strip())) is not None:
        day = _full_date(f"{int(group['day'])} {group['month']}")
        return (group["agency"], _at_hour(day, group["hour"], group["minute"])) if day is not None else None
    m = _WIRE_ITEM_HEAD.match(text.strip())
    rest = _NUMERIC_HEAD_DAY.sub(r"\1.\2.\3", m["rest"]) if m is not None else ""
    if m is None or (day := _full_date(rest)) is None:
        return None
    left = rest[: day.start] + " " + rest[day.end:]
    if len([w for w in left.split() if not any(c.isdigit() for c in w)]) > WIRE_ITEM_WORDS:
        return None
    hour = _HEAD_HOUR.search(left)  # "KL 06.12", "10:32 ED": the hour the item went out
    return m["agency"], _at_hour(day, hour[1], hour[2]) if hour else day


_HEAD_HOUR = re.compile(r"\b([01]?\d|2[0-3])[.:]([0-5]\d)\b")


def _at_hour(day: DateMention, hour: str, minute: str) -> DateMention:
    """The head's day at the hour it gives, as a signal's date-time group is read (signal_head._dtg)."""
    return replace(day, precision="minute", time=f"{int(hour):02d}:{minute}")


def wire_item_head(text: str) -> str | None:
    """The agency of a wire service's head line over its item ("TT 0417 FREDAG 25 APRIL 1975 KL 06.12": TT); None for
    any other line."""
    return found[0] if (found := wire_item_day(text)) is not None else None
# A news agency's dispatch that opens with the agency, the place and the day, closed by the wire's mark ("新华社七日电",
# "新华社坎帕拉二十五日电"; zh.yaml wire_agencies, wire_closes).
_WIRE_OPENING = re.compile(rf"^(?P<agency>{alternation(words('wire_agencies')) or '(?!)'})\S{{1,16}}?(?:{alternation(words('wire_closes')) or '(?!)'})(?=\s)")


# A paper's own correspondent's dispatch opens with its dateline, the place in capitals, the region it is in, the day and a
# dash, no agency ("NICOSIA, Cyprus, July 16 — Archbishop Makarios ..."; en.yaml examples_wire_dateline), or in a
# continental paper the place as written and the day, a full stop and a dash ("Léopoldville, 13 juillet. - ...").
_CORRESPONDENT_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+){0,2}),(?:\s+[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2},)?\s+"
    r"(?P<day>[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)\s*(?:—|–|--)\s*(?=[A-Z])"
    # a continental paper's: the place as written, the day before its month in small letters, a full stop and a dash
    # ("Léopoldville, 13 juillet. - Treize jours après ...", "Bonn, 12. Juli. – Der Kanzler ...")
    r"|^(?P<place_written>[^\W\d_][^\W\d_'-]+(?:[ -][^\W\d_][^\W\d_'-]+){0,2}),\s+(?P<day_written>\d{1,2}(?:er|\.)? [^\W\d_]{3,9})\.\s*(?:—|–|--|-)\s+(?=[^\W\d_])")


def correspondent_dateline(text: str) -> tuple[str, str] | None:
    """The place and the day of a correspondent's dateline opening ``text`` ("NICOSIA, Cyprus, July 16 — ..."); None for
    any other text."""
    m = _CORRESPONDENT_DATELINE.match(text.strip())
    return (m["place"] or m["place_written"], m["day"] or m["day_written"]) if m else None


def wire_opening_end(text: str) -> int | None:
    """Where the agency's dispatch line that opens ``text`` ends ("新华社科伦坡七月十五日电　…": after "电"); None when
    none opens it."""
    m = _WIRE_OPENING.match(text)
    return m.end() if m else None


def agency_dateline(text: str) -> tuple[str, str, str] | None:
    """The place, the day and the agency of an agency's dateline opening ``text``; None for any other text."""
    m = _AGENCY_DATELINE.match(text.strip())
    return (m["place"], m["day"], m["agency"]) if m else None


def _read_agency_dateline(doc: ParsedDocument) -> None:
    """An agency's item under its title, opened by its dateline ("MOSCOW, July 11 (TASS).—"): the item is dated by the
    dateline's day (its year the page's), the days after it the paper that printed it bears ("Pravda, July 12, 1960"), and
    sent by the agency."""
    start = (doc.title_block or 0) + 1
    if not doc.sender_names and (head := next((found for block in doc.blocks[:start] if (found := wire_item_day(block.text))), None)):
        doc.sender_names = [canonical_name(head[0])]  # "TT 0417 FREDAG 25 APRIL 1975 KL 06.12": the agency's item
        if doc.document_date is None:  # "AFP 231140 GMT JUN 77": its day and hour as one group, read by no other line
            doc.document_date, doc.document_date_precision, doc.document_date_text = head[1].start_date, "day", head[1].text
        return
    for block in doc.blocks[start:start + AGENCY_ITEM_BLOCKS]:
        if (wire := _WIRE_OPENING.match(block.text.strip())) is not None and not doc.sender_names \
                and (agency := lookup(wire["agency"])) is not None and agency.kind == "organisation":
            doc.sender_names = [agency.name]  # "新华社七日电　…": the agency's dispatch a paper prints, sent by the agency
            return  # (the item keeps the paper's day: its dispatch's day is read by the events, context.py wire_day)
        if (found := agency_dateline(block.text)) is None:
            continue
        year = doc.document_date.year if doc.document_date else next(
            (d.start_date.year for b in doc.blocks[:start + AGENCY_ITEM_BLOCKS] for d in iter_dates(b.text) if d.year_written), None)
        day = next(iter_dates(found[1], year), None)
        if day is None or day.precision != "day" or year is None:
            return
        if doc.document_date is None or 0 <= (doc.document_date - day.start_date).days <= DATELINE_DAYS:
            doc.document_date, doc.document_date_precision, doc.document_date_text = day.start_date, "day", day.text
        doc.sender_names = doc.sender_names or [canonical_name(found[2])]
        return
# A monitoring service's item line under its headline (en.yaml broadcast_item_lines): the item's number (two letters, six
# figures), the station, the language, the hour and zone, the day, the number's letters again.
_BROADCAST_ITEM = re.compile(
    rf"^[A-Z]{{2}}\d{{6}}\s+(?P<station>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,5}})\s+(?:{alternation(words('broadcast_item_joiners')) or '(?!)'})"
    rf"\s+[A-Z][a-z]+\s+\d{{4}}\s+(?:{alternation(words('broadcast_item_zones')) or '(?!)'})\s+(?P<day>\d{{1,2}}\s+[A-Z][a-z]{{2}}\s+\d{{2,4}})(?:\s+[A-Z]{{2}})?$")
_BROADCAST_ITEM_NUMBER = re.compile(r"[A-Z]{2}\d{6}\s")  # the item line's opening, its spaces as written
BROADCAST_ITEM_BLOCKS = 8  # the daily report's line, the country, the headline, then the item's line


def broadcast_item_line(text: str) -> tuple[str, str] | None:
    """The station and the day of a monitoring service's item line ("LD301640 Kabul Domestic Service in Dari 1530 GMT
    30 Apr 78 LD": Kabul Domestic Service, 30 Apr 78); None for any other line."""
    if not _BROADCAST_ITEM_NUMBER.match(text.lstrip()):
        return None  # most passages: no item's number opens them, told before the passage's spaces are folded
    m = _BROADCAST_ITEM.match(" ".join(text.split()))
    return (m["station"], m["day"]) if m else None


def _read_broadcast_item(doc: ParsedDocument) -> None:
    """A daily report's item under its headline, opened by the item's line ("LD301640 Kabul Domestic Service in Dari
    1530 GMT 30 Apr 78 LD"): the item is the station's broadcast, of its day (the report that printed it bears the day
    after: "MONDAY, 1 MAY 1978"), sent by the station."""
    for block in doc.blocks[:BROADCAST_ITEM_BLOCKS]:
        if (found := broadcast_item_line(block.text)) is None:
            continue
        day = next(iter_dates(found[1]), None)
        if day is None or day.precision != "day" or not day.year_written:
            return
        if doc.document_date is None or 0 <= (doc.document_date - day.start_date).days <= DATELINE_DAYS:
            doc.document_date, doc.document_date_precision, doc.document_date_text = day.start_date, "day", day.text
        doc.sender_names = doc.sender_names or [found[0]]
        return


# A paper's number in its office's registry on a line of its own, its label abbreviated or none ("№ 48", "Исх. № 96",
# "No. 0117/80", a German office's "Nr. 2841").
_REGISTRY_NUMBER = re.compile(r"^(?:\w{1,5}\.\s*)?(?:№|No\.|Nr\.)\s*[\w/-]+$")


SYMBOL_OVER_DAY = 2  # the paper's symbol, then its original's language, over its day


def _under_paper_symbol(blocks: list[Block], at: int, heading: str) -> bool:
    """A line under the office's symbol for the paper, within two lines, over the heading of a meeting's record ("C-R(79)31"
    / "Original: English" / "18th September, 1979" over "SUMMARY RECORD of a meeting ... on Wednesday, 12th September,
    1979"): the record's own day, not the meeting's; a letter's heading dates the letter itself ("S/11880" / "10 November
    1975" over "LETTER DATED 8 NOVEMBER 1975 FROM ...": the day it was circulated)."""
    return document_type_of(heading) == "minutes" and any(_PAPER_SYMBOL.match(blocks[k].text.strip()) for k in range(max(0, at - SYMBOL_OVER_DAY), at))


def _over_registry_number(blocks: list[Block], at: int, end: int) -> bool:
    """The line after ``at`` (before ``end``) is the paper's registry number alone ("Исх. № 96", "№ 48")."""
    return at + 1 < end and _REGISTRY_NUMBER.match(blocks[at + 1].text.strip()) is not None


def _dateline_under(blocks: list[Block], start: int, told: DateMention) -> DateMention | None:
    """The paper's own place-and-date line among the short lines under its heading, before the text begins (a ministry's
    or an office's line over the record: "SECRET" / "Ministry of External Affairs" / "New Delhi, 5 July 1989"), on a day
    after the one the heading tells of and within the month; else None."""
    letterhead = False  # the mission's or the office's name over the day ("Посольство СССР в Уганде")
    for at, block in enumerate(blocks[start:start + 4], start):
        text = block.text.strip()
        bare_day = (letterhead or _over_registry_number(blocks, at, len(blocks))) and _is_date_line(text)  # "13 февраля 1986 г.": a day's line, whose
        # abbreviation ends no sentence, under the letterhead or over the paper's registry number ("Исх. № 96", "№ 48")
        if (len(text) > NARRATIVE_CHARS or ends_sentence(text)) and not bare_day:
            return None  # the text has begun
        for line in [text, *_set_right(text)]:  # "Ministry of Foreign Affairs          Warsaw, 15 November 1972": the
            # letterhead's office on the left, the place and the day set to the right on its line
            if (_is_place_date_line(line) or bare_day) and (mention := dated_line(line)) is not None and mention.precision == "day" \
                    and 0 < (mention.start_date - told.start_date).days <= DATELINE_DAYS:
                return mention  # (or the day alone under the mission's letterhead and the secrecy line: "Посольство СССР в
            # Уганде" / "Секретно, экз. № 1" / "13 февраля 1986 г." under a title that tells the talk of the 11th; a day
            # under no letterhead may be a diary's entry, read_diary_record's)
        letterhead = letterhead or signing_body(text)
    return None


OWN_DAY_BLOCKS = 16  # a form's fields stand in the paper's head, under the court's or the office's lines
_OWN_DAY = re.compile(rf"^(?:{alternation(words('own_date_labels')) or '(?!)'})\s*:\s*(?P<day>\S.*)$", re.IGNORECASE)


def attested_day(texts: list[str]) -> DateMention | None:
    """The day a sworn statement's closing attestation signs it on ("IN WITNESS WHEREOF, I have signed this 3rd day of
    June 1974", "SA KATUNAYAN NITO, lumagda ako ngayong ika-3 ng Hunyo 1974"; attestation_openers of the files, and of
    the page's language where it borrows its words): the paper's own day, not the days its numbered paragraphs tell
    ("1. Na noong gabi ng Sabado, ika-18 ng Mayo 1974, ..."). The last such passage's first day, else None."""
    pattern = _attestation(reading_language())
    for text in reversed(texts):
        if pattern is not None and pattern.match(text.strip()):
            return next((d for d in iter_dates(text[:DATE_WINDOW]) if d.year_written and d.precision == "day"), None)
    return None


@cache
def _attestation(language: str | None) -> re.Pattern | None:
    listed = [*words("attestation_openers"), *((lexicon(language).get("attestation_openers") or []) if language else [])]
    return re.compile(rf"^(?:{alternation(listed)})\b", re.IGNORECASE) if listed else None


def labelled_own_day(texts: list[str]) -> DateMention | None:
    """The day a paper's form gives itself on a labelled line of its head ("Date of judgment: 19th April 1974", "Report
    dated: Asunción, 20 July 1979"; en.yaml own_date_labels): a day, else None."""
    for text in texts:
        if len(text) <= DATED_LINE_CHARS and (m := _OWN_DAY.match(text.strip())) is not None:
            day = _full_date(m["day"])
            return day if day is not None else None
    return None


_CATALOGUE_DATE = re.compile(rf"^(?:\d{{1,2}}\.\s+)?(?:{alternation(words('catalogue_date_labels')) or '(?!)'})\s*:\s*(?P<day>\S.*)$",
                             re.IGNORECASE)  # a form's field is numbered and in capitals ("5. DATE OF REPORT: ...")


def _catalogue_day(blocks: list[Block], start: int) -> DateMention | None:
    """The day the catalogue's entry gives the item on its field under the item's title ("Title: ... Attack on Plei Me,
    19-25 October 1965" / "Date: 28 Oct 1965"): a day, else None."""
    for block in blocks[start:start + 3]:
        if (m := _CATALOGUE_DATE.match(block.text.strip())) is not None:
            day = dated_line(m["day"])
            return day if day is not None and day.precision == "day" else None
    return None


def _set_right(text: str) -> list[str]:
    """The place-and-date line a letterhead's line closes on, the office's name before it ("Ministry of Foreign Affairs
    Warsaw, 15 November 1972", typed in two columns: "Warsaw, 15 November 1972"); none for a line that closes on none."""
    if len(text) > HEADING_LINE_CHARS or "," not in text:
        return []
    words = text.split()
    tails = (" ".join(words[k:]) for k in range(len(words) - 1, 0, -1))
    return [tail for tail in tails if "," in tail and _is_place_date_line(tail)][:1]


def _dateline_under_page_title(blocks: list[Block], told: DateMention) -> DateMention | None:
    """The paper's own place-and-date line in its head under the page's title, over a heading that names its kind
    (its classification, its copy, "Лусака, 26 октября 1978 г.", its number, "ЗАПИСЬ БЕСЕДЫ"), a day after the one the
    title tells and within the month; else None."""
    for at in range(1, min(PAGE_HEAD_BLOCKS, len(blocks))):
        text = blocks[at].text.strip()
        if len(text) > NARRATIVE_CHARS:
            return None  # the text has begun
        if document_type_of(text) != "other":
            return _dateline_above(blocks, at, told)
    return None


PAGE_HEAD_BLOCKS = 9  # the archive's line, the paper's marks, its place and day, its number, then its heading


def _dateline_above(blocks: list[Block], title: int, told: DateMention) -> DateMention | None:
    """The paper's own place-and-date line among the few header lines over its heading (the letterhead's office, its
    department, then the place and the day), on a day after the one the heading tells of and within the month."""
    for at in reversed(range(max(0, title - 3), title)):
        text = blocks[at].text.strip()
        if (_is_place_date_line(text) or (_over_registry_number(blocks, at, title) or _under_paper_symbol(blocks, at, blocks[title].text))
                and _is_date_line(text)) \
                and (mention := dated_line(text)) is not None \
                and mention.precision == "day" and 0 < (mention.start_date - told.start_date).days <= DATELINE_DAYS:
            return mention  # (a day's line alone over the paper's registry number: "«10» декабря 1979 г." / "Исх. № 412")
    return None


def _is_narrative(text: str, mention: DateMention) -> bool:
    """A paragraph of running text with the date inside it, not a dateline or a heading that opens with it."""
    if mention.start <= DATELINE_CHARS:
        return False
    # a long passage, or a short one of whole sentences with the date inside a sentence ("The decision of 13 December
    # 1960 was carried out."), not a heading that closes on its date
    return len(text) > NARRATIVE_CHARS or ends_sentence(text) and len(text[:mention.start].split()) >= 6 and _SENTENCE_END.search(text[:mention.start]) is not None


STORY_WORDS = 6  # a sentence's subject and verb before the day: "The fighting that broke out in Aden on 13 January 1986 ..."
INTRODUCED_BLOCKS = 8  # an editor's introduction, its notes, the document's mark and title, then its place-and-date line


def _introduces_dated_paper(blocks: list[Block], i: int, mention: DateMention) -> bool:
    """A day told inside a sentence ("The fighting that broke out in Aden on 13 January 1986 took the East German
    leadership by surprise."; "The document below ... was put before the Politburo on 28 January 1986.") over a
    place-and-date line a few passages below ("Berlin, 24 January 1986"): an editor's introduction to the paper it
    prints (a bulletin's or a journal's page), which is dated by its own line, not by the days the introduction tells.
    A dateline ("Berlin, 24 January 1986"), a heading and a sentence opening on its day ("On 13 January 1986 ...") are
    no such sentence."""
    text = blocks[i].text.strip()
    words = text[:mention.start].split()
    if len(words) < STORY_WORDS or not ends_sentence(text) or sum(word[:1].islower() for word in words) < len(words) // 2:
        return False
    return any(_is_place_date_line(b.text.strip()) for b in blocks[i + 1:i + 1 + INTRODUCED_BLOCKS])


# A letter or a message a body signs ("С коммунистическим приветом" / "ЦК КПСС" / "17 июля 1964 г."): the body sent it.
_SIGNED_BY_BODIES = frozenset({"letter", "telegram", "cable"})
# A body's name and the day over the archive's file at a paper's foot ("Международный отдел ЦК КПСС" / "3 февраля 1986 г."):
# the body drew up the report or the note, as it sends a letter.
_BODIES_SIGN = _SIGNED_BY_BODIES | {"report", "memorandum"}
# A message that opens with the bodies it goes to on a line of their own ("外交部并报中央："): a mission's report too.
_ADDRESSED_HEAD = _SIGNED_BY_BODIES | {"report"}


# A name in brackets, its given names by their initials, at the foot of a record ("(D. A. Roberts)"): who wrote it.
_FOOT_BLOCKS = 3  # the name and its day close the page
# The handling line under a report's text that says whom it went to ("Sent to: B3 Front Command, 29 Oct 1965. Copy:
# Division. File."): the addressee, before the day and the copies (en.yaml foot_addressee_labels).
_FOOT_ADDRESSEE = re.compile(rf"^(?:{alternation(words('foot_addressee_labels')) or '(?!)'})\s*:\s*(?P<to>[^\W\d_][^,.;:]{{1,60}}?)\s*(?:[,.;]|$)")


# A summary's note under its title on the office that prepares it ("This summary is prepared by the Executive
# Secretariat (S/S-O) from reports received up to 0600 today."): the office, its sender (en.yaml prepared_by_openings).
_PREPARED_BY = re.compile(rf"^(?:{alternation(words('prepared_by_openings')) or '(?!)'})\s+(?:the\s+)?(?P<by>[A-Z][\w'-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?[A-Z][\w'-]*){{0,6}})")
PREPARED_BY_BLOCKS = 4  # the note stands under the title and the day
# A report form's field naming the office it comes from ("6. ORIGINATOR: USDAO KINSHASA, ZAIRE"; en.yaml
# originator_labels): the office, before the comma and its country.
_ORIGINATOR = re.compile(rf"^(?:\d{{1,2}}\.\s+)?(?:{alternation(words('originator_labels')) or '(?!)'})\s*:\s*(?P<by>[^\W\d_][^,;:]{{1,60}}?)\s*(?:,|$)",
                         re.IGNORECASE)
ORIGINATOR_BLOCKS = 6  # the form's fields under its title: its dates, then its originator


def _read_preparer(doc: ParsedDocument) -> None:
    """The office a paper's head note says prepares it, for a paper whose sender is not named otherwise."""
    if doc.sender_names:
        return
    start = (doc.title_block or 0) + 1
    for block in doc.blocks[start:start + PREPARED_BY_BLOCKS]:
        if (m := _PREPARED_BY.match(block.text.strip())) is not None:
            doc.sender_names = [canonical_name(m["by"])]
            return
    for block in doc.blocks[start:start + ORIGINATOR_BLOCKS]:
        if (m := _ORIGINATOR.match(block.text.strip())) is not None:
            doc.sender_names = [canonical_name(m["by"])]  # "6. ORIGINATOR: USDAO KINSHASA, ZAIRE": the report's office
            return


def _read_foot_addressee(doc: ParsedDocument) -> None:
    """The addressee a handling line under the text names, for a paper whose head names none."""
    if doc.recipient_names:
        return
    for block in doc.blocks[-_FOOT_BLOCKS - 1:]:
        if (m := _FOOT_ADDRESSEE.match(block.text.strip())) is not None:
            doc.recipient_names = [canonical_name(m["to"].strip())]
            return

# A record's head line naming whom the talk was held with ("с Президентом Народной Республики Ангола А. НЕТО" over its
# day): the host, never a signer (record_with in en.yaml, ru.yaml).
_TALK_WITH_LINE = re.compile(rf"^(?:{alternation(words('record_with')) or '(?!)'})\s+\S", re.IGNORECASE)

_INITIALLED_IN_BRACKETS = re.compile(r"^\((?P<name>(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)\)$")


_UNREAD = object()  # a value not yet read


def _read_signature(doc: ParsedDocument) -> None:
    """A letter signed and dated below its text ("毛泽东" / "十月十一日"): the signer sent it, on that day; a date
    without its year takes the year the page's notes give ("一九五○年十月九日")."""
    blocks = doc.blocks
    year = _UNREAD
    for i in range(1, len(blocks)):
        name, line = blocks[i - 1].text.strip(), blocks[i].text.strip()
        if len(line) > 20 or len(name) > 60 or not _DIGIT.search(line) or _TALK_WITH_LINE.match(name):
            continue
        if doc.title_block is not None and i - 1 == doc.title_block + 1 and name[:1].islower():
            continue  # "ЗАПИСЬ БЕСЕДЫ" / "с Президентом Народной Республики Ангола А. НЕТО" / "30 мая 1977 г.": the heading
            # goes on in lower case over the talk's day, naming the one talked with, who signs nothing
        in_capitals = signed_person(name)  # "Н. МИХАЙЛОВ", "ПОСОЛ СССР В КНР  П. ЮДИН": a record's or a report's writer
        found = lookup(name)
        signer = (found if found and (len(name) <= 20 or found.kind == "organisation") else None) or in_capitals  # a body's
        # name is long ("Международный отдел ЦК КПСС")
        if signer is None and i >= len(blocks) - _FOOT_BLOCKS and (initialled := _INITIALLED_IN_BRACKETS.match(name)):
            signer = Entity("", initialled["name"], "person", ())  # "(D. A. Roberts)" / "16 January 1974" closing a British
            # official's record or minute: the official who wrote it
            in_capitals = signer  # the record keeps the day of its meeting
        if signer is None or not (signer.kind == "person" or (signer.kind == "organisation" and doc.document_type in _BODIES_SIGN)):
            continue
        if signer.name in (doc.recipient_names or []):
            continue  # "ЦК КПСС" / "6 декабря 1965 г." at the head: the body the paper goes to, over its day, signs nothing
        if year is _UNREAD:  # the first year the page writes, read once, at the first signer found
            year = next((d.start_date.year for b in blocks for d in iter_dates(b.text) if d.year_written), None)
        dates = [d for d in iter_dates(line, year) if d.precision in ("day", "minute")]
        if not dates or len(line.strip(" .。")) > len(dates[0].text) + 2:
            continue
        if in_capitals is None or doc.document_date is None:  # a record keeps the day of its talk, not of its signing
            doc.document_date, doc.document_date_precision, doc.document_date_text = dates[0].start_date, "day", dates[0].text
        doc.sender_names = doc.sender_names or [signer.name]
        blocks[i - 1].passage_type = blocks[i].passage_type = "signature"
        return


# A title that dates what the paper tells of, not the paper ("Информация посольства ... о событиях 15 декабря 1960 г.",
# "Report on the Events of 13 January 1967"): the words before the day (en.yaml, ru.yaml titled_events).
_TITLED_EVENTS = re.compile(r"(?<!\w)(?:" + "|".join(
    alternation(lexicon(language).get("titled_events") or []) for language in ("en", "ru") if lexicon(language).get("titled_events")
) + r")(?!\w)", re.IGNORECASE)


def titles_events_of(title: str, day: str) -> bool:
    """The title writes ``day`` as the day of the events the paper tells of (titled_events before it)."""
    at = title.find(day) if day else -1
    return at > 0 and _TITLED_EVENTS.search(title, 0, at) is not None


_KEPT_SPAN_LINE = 120  # a cover's line of the days a register was kept, no paragraph
_SPAN_DASH = re.compile(r"[.,;]?\s*[-\u2013\u2014]+\s")


def kept_span_line(text: str) -> bool:
    """A line of two labelled days, each after its label's colon ("Башланыб: 1 декабр 1989 — Гуртарыб: 31 јанвар 1990",
    "Begun: 1 March 1962 - Closed: 30 April 1962"): the span a register, a log or a file was kept over."""
    if len(text) > _KEPT_SPAN_LINE or ":" not in text:
        return False
    days = [d for d in find_dates(text) if d.precision == "day" and d.year_written]
    return len(days) >= 2 and all(text[: d.start].rstrip().endswith(":") for d in days[:2]) \
        and _SPAN_DASH.match(text, days[0].end) is not None  # the two joined by a dash, not two fields of one form
        # ("Date of arrest: 9 March 1975 Date Consulate notified: 11 March 1975")


def _full_date(text: str) -> DateMention | None:
    """The first full date of ``text``, its year written, in the months of the page's language where it borrows them
    (``lexicon.reading``: "ddydd Mawrth, 13 Gorffennaf 1982", which the first reading of the page, before its passages'
    languages are told, does not know)."""
    return _full_date_read(text, reading_language(), reads_slash_day_first())


@lru_cache(maxsize=64)
def _full_date_read(text: str, language: str | None, day_first: bool) -> DateMention | None:
    """``_full_date`` of a page read in ``language``, its slash dates day first or not (``day_first``, the page's order). The lines at a page's head are asked again by the readers of its
    date and of its title (``_is_date_line``): the last answers are kept."""
    if not _DIGIT.search(text):
        return None
    return next((d for d in iter_dates(text) if d.year_written and d.precision in ("day", "minute")), None)


@once_per_page  # the head's lines, asked by the title's and the date's readers
def _is_date_line(text: str) -> bool:
    """A line that is a date, or a place-and-date line ("Djakarta, the twentieth of January, nineteen hundred and
    sixty-two", "Moscow, 5 May 1965"): the head of the text, no title."""
    if len(text.strip()) <= DATED_LINE_CHARS and writes_date_in_words(text) and (mention := dated_line(text)) is not None \
            and mention.year_written:
        return True  # a day in words, long or short ("the ninth of May, nineteen sixty-one"), on a line no longer than a
        # date line is (``dated_line`` reads no other): a paragraph is not scanned for the words of a day
    if len(text) > 40:  # a day in words is long ("Djakarta, the twentieth of January, nineteen hundred and sixty-two")
        return False
    mention = _full_date(text)
    return mention is not None and len(text.strip("()（）[]. ")) <= len(mention.text) + 2


_DATELINE_ARTICLE = re.compile(rf",\s*(?:{alternation(words('dateline_articles')) or '(?!)'})$")


def _is_place_date_line(text: str) -> bool:
    """A place and its date on one short line ("Dakar, November 27th, 1970", "Moscow, 5 May 1965"): the head of a
    letter or a cable, or the line under its title (where it stays the text's, the line its sending is read from), no title. A paper's kind before the date ("Memorandum, 5 July 1950") keeps it a heading."""
    mention = dated_line(text)
    if mention is None or not mention.year_written:
        return False
    before = _DATELINE_ARTICLE.sub("", text.strip()[:mention.start].strip(" ,.[(")).strip(" ,")  # "Hanoi, den": the place
    if not before or "," in before or any(c.isdigit() for c in before) or document_type_of(before) != "other":
        return False
    place = lookup(before)
    return place is not None and place.kind == "place" or len(before.split()) <= 3 and all(w[:1].isupper() for w in before.split())


_FORWARDING_TITLE = re.compile(rf"^(?P<sender>[^\W\d_A-Za-z]{{2,12}}?)(?:{alternation(_ZH.get('forwarding_title_verbs') or []) or '(?!)'})")


def forwarding_sender(title: str) -> str | None:
    """The body a forwarding notice's title names before its verb ("中共中央转发外交部…的报告": 中共中央); else None."""
    m = _FORWARDING_TITLE.match(title.strip())
    return m["sender"] if m else None


def read_title_sender(doc: ParsedDocument) -> None:
    """The sender a title found under the page's head names ("外交部关于…情况的通报": the ministry), where the page's
    first line was an archive's or a site's and no sender is read yet; the speaker of an address, a speech or a
    statement its title names after "by" ("Address by Samdech Norodom Sihanouk, Head of State, broadcast ...")."""
    if not doc.sender_names and doc.title and (sender := forwarding_sender(doc.title)) is not None:
        doc.sender_names = [canonical_name(sender)]  # "中共中央转发…的报告": the body that forwards the paper
    if not doc.sender_names and doc.title and (m := _ZH_TITLE_ABOUT.match(doc.title)):
        doc.sender_names = [canonical_name(m["sender"])]
    if not doc.sender_names and doc.title and (author := authored_by(doc.title)) is not None:
        doc.sender_names = [canonical_name(author)]
    if not doc.sender_names and doc.title and doc.title_block and (office := conference_holder(doc.title)) is not None:
        head = doc.blocks[:doc.title_block]
        doc.sender_names = next(([_person_named(head[i].text)] for i in range(len(head) - 1)  # "Dwight D. Eisenhower" / "34th
                                 if re.search(rf"\b{re.escape(office)}\b", head[i + 1].text) and _person_named(head[i].text)),
                                [])  # President of the United States: 1953 - 1961": the holder the head names over his office


_HELD_CONFERENCE = re.compile(rf"^(?:the\s+)?(?P<office>[A-Z][\w .-]{{1,40}}?)['’]s\s+(?:{alternation(words('held_conference_kinds')) or '(?!)'})$",
                              re.IGNORECASE)
HOLDER_LINE_CHARS = 40


def conference_holder(title: str) -> str | None:
    """The office a news conference's title names its holder by ("The President's News Conference": President); else
    None (en.yaml held_conference_kinds)."""
    m = _HELD_CONFERENCE.match(title.strip())
    return m["office"].strip() if m else None


def _person_named(text: str) -> str | None:
    """A line that is a person's name alone ("Dwight D. Eisenhower"): the gazetteer's name, else the line where it is
    two to four capitalised words; else None."""
    text = text.strip()
    if len(text) > HOLDER_LINE_CHARS or any(c.isdigit() for c in text):
        return None
    found = lookup(text)
    if found is not None:
        return found.name if found.kind == "person" else None
    parts = text.split()
    return text if 2 <= len(parts) <= 4 and all(p[:1].isupper() for p in parts) and signed_person(text) is not None else None


_AUTHORED_TITLE = re.compile(
    rf"^(?:{alternation(words('authored_title_kinds')) or '(?!)'})\s+by\s+(?P<by>(?:the\s+)?[A-Z][^,;:()]*?)"
    rf"(?=\s*[,;:(]|\s+(?:{alternation(words('authored_title_ends')) or '(?!)'})\s|\s*$)", re.IGNORECASE)


def authored_by(title: str) -> str | None:
    """The one a title names as the author of the address, speech or statement it is ("Address by Samdech Norodom
    Sihanouk, Head of State, ..."); None for any other title (en.yaml authored_title_kinds)."""
    m = _AUTHORED_TITLE.match(title.strip())
    return m["by"].strip() if m else None


def read_titled_parties(doc: ParsedDocument) -> None:
    """The writer and the addressee a letter's or a telegram's title names ("Letter of Prime Minister Tunku Abdul Rahman
    to President Macapagal, July 12, 1963"), where the title was found only after the page's head was read (under a
    site's name) and nothing named either party yet."""
    if doc.sender_names or doc.recipient_names or not doc.title or not (m := _EN_TITLE.match(doc.title)):
        return
    doc.sender_names = [canonical_name(m["sender"])]
    doc.recipient_names = [canonical_name(m.groupdict().get("via") or m["recipient"])]


def _read_parties(doc: ParsedDocument) -> None:
    """Parties from the title ('Letter, X to Y', 'Telegram …, X to Y, for Z', 'X關於…致Y電'), the line
    '發自北京,…收到' and an addressee line '致Y同志'."""
    if doc.title and (m := _ZH_TITLE.match(doc.title) or _EN_TITLE.match(doc.title)):
        doc.sender_names = [canonical_name(m["sender"])]
        doc.recipient_names = [canonical_name(m.groupdict().get("via") or m["recipient"])]
    elif doc.title and (m := _ZH_TITLE_ABOUT.match(doc.title)):
        doc.sender_names = [canonical_name(m["sender"])]
    start = (doc.title_block or 0) + 1
    for block in doc.blocks[start:start + 5]:
        if (sent := _ZH_SENT_FROM.match(block.text)) and doc.sent_from is None:
            place = re.split(r"[,，。 ]", block.text[sent.end():], maxsplit=1)[0]
            doc.sent_from = canonical_name(place) if place else None
        elif m := _ZH_ADDRESSEE.match(block.text):
            block.passage_type = "salutation"
            doc.recipient_names = doc.recipient_names or [canonical_name(m["name"])]
        elif (m := _ADDRESSEE_LINE.match(block.text.strip())) and (person := _addressee_named(m["name"])) and not doc.recipient_names:
            block.passage_type = "salutation"
            doc.recipient_names = [person.name]
    if not doc.recipient_names:
        doc.recipient_names = next((names for b in doc.blocks[:start + 8] if (names := received_by(b.text)) is not None), [])
    if not doc.recipient_names:
        _read_salutation(doc, start)
    titled = len(doc.recipient_names or []) == 1 and doc.title and _ZH_TITLE.match(doc.title) is not None
    if (not doc.recipient_names and doc.document_type in _ADDRESSED_HEAD or titled) and (head := _head_addressees(doc.blocks, start)):
        block, names = head
        if not doc.recipient_names or names[0] == doc.recipient_names[0]:  # "驻…使馆致外交部电" / "外交部并报中联部：": the title
            # names the first addressee, the head line those the message is also reported to
            block.passage_type = "salutation"
            doc.recipient_names = names
    if not doc.sender_names:
        found = next(((b, m) for b in doc.blocks[max(0, start - 3):start + 3] if (m := _ZH_COMPILED_BY.match(b.text.strip()))), None)
        # (under the title, or over it under the bulletin's masthead: "新华通讯社编 · 内部刊物 注意保存")
        if found is not None:  # "外交部办公厅编　一九六六年五月十八日": the office that compiled the bulletin issued it
            found[0].passage_type, found[0].section_type = "header", "header"
            doc.sender_names = [canonical_name(found[1]["name"])]


def _head_lines(blocks: list[Block], count: int) -> list[Block]:
    """The first ``count`` lines of a head under the title, its handling marks left out: a cable's classification and
    precedence ("绝密" / "特急") and its archive's file number ("档号：108-01893-05") stand above the addressee line
    ("外交部：") without being one of the lines it opens with."""
    return [b for b in blocks[: count + 4] if b.passage_type != "stamp" and not catalogue_field(b.text)][:count]


_HEAD_MARK_CHARS = 24  # a head line over the addressees is short; the text's first sentence closes the head


def received_by(line: str) -> list[str] | None:
    """The addressees a cable form's receiving line names ("收报：外交部、中联部"), None for a receipt's place or time
    ("收报：北京 三月十九日 十四时零五分") or any other line."""
    m = _ZH_RECEIVED_BY.match(line.strip())
    if m is None:
        return None
    names = addressee_parts(m["names"])
    if any(find_dates(n) or ((e := lookup(n)) is not None and e.kind == "place") for n in names):
        return None
    return [canonical_name(n) for n in names]


def _head_addressees(blocks: list[Block], start: int) -> tuple[Block, list[str]] | None:
    """The line of a message's head that lists the bodies it goes to ("中央、外交部：", "外交部并报中央："), past the
    marks over it, with the addressees as named; None when the text begins first."""
    for block in _head_lines(blocks[start:], 3):
        text = block.text.strip()
        if m := _ZH_HEAD_ADDRESSEE.match(text):
            return block, [canonical_name(n) for n in addressee_parts(m["name"])]
        if len(text) > _HEAD_MARK_CHARS or text.endswith(("。", ".")):
            return None  # the text itself: no addressee heads it
    return None


def _addressee_named(words: str):
    """The person an addressee line names, as a whole or by the surname closing it ("Энверу Ходже" by "Ходже")."""
    person = lookup(words) or lookup(words.split()[-1])
    return person if person and person.kind == "person" else None


def editor_glosses(blocks: list[Block]) -> dict[str, str]:
    """Short names the page's editors explain ("彭,指彭德怀,当时任……"): each short form with the full name it stands for."""
    return {m["short"]: m["full"] for block in blocks for m in _ZH_GLOSS.finditer(block.text)}


def salutation_names(line: str) -> list[str] | None:
    """The addressees a salutation line lists ("彭〔1〕,并告高邓〔2〕:" gives 彭 and 高邓), None for any other line."""
    m = _ZH_SALUTATION.match(_NOTE_MARK.sub("", line.strip()))
    if m is None:
        return None
    parts = (_ZH_JOINERS.sub("", part.strip()) for part in ZH_ADDRESSEE_SPLIT.split(m["names"]))
    return [office for part in parts if part for office in offices_joined(part)]


def salutation_copies(line: str) -> list[str]:
    """The addressees a salutation line only informs: those after "并告" ("彭〔1〕,并告高邓〔2〕:" gives 高邓)."""
    names = salutation_names(line)
    copies = _ZH_COPIES.search(_NOTE_MARK.sub("", line.strip()))
    if not names or copies is None:
        return []
    parts = (_ZH_JOINERS.sub("", part.strip()) for part in re.split(r"[,，、]", _NOTE_MARK.sub("", line.strip())[copies.end():].rstrip(":：")))
    return [part for part in parts if part]


def copied_addressees(doc: ParsedDocument) -> list[str]:
    """The people a message's salutation only informs ("彭,并告高邓:": Gao Gang and Deng Hua), as its recipients name them."""
    for block in doc.blocks:
        if block.passage_type == "salutation" and (parts := salutation_copies(block.text)):
            glosses = editor_glosses(doc.blocks)
            return [person for part in parts for person in _addressees(part, glosses) if person]
    return []


def _read_salutation(doc: ParsedDocument, start: int) -> None:
    """A message opening with its addressees ("彭,并告高邓:"), short names the editors' notes explain: run-together
    short names ("高邓") are read one known short name at a time. Every addressee must be known, or none is taken."""
    glosses = None
    for block in doc.blocks[max(0, start - 1):start + 5]:
        names = salutation_names(block.text)
        if not names:
            continue
        glosses = editor_glosses(doc.blocks) if glosses is None else glosses
        people = [person for name in names for person in _addressees(name, glosses)]
        if people and all(people):
            block.passage_type = "salutation"
            doc.recipient_names = list(dict.fromkeys(people))
            following = doc.blocks.index(block) + 1
            if doc.document_type == "other" and following < len(doc.blocks) and answers_telegrams(doc.blocks[following].text):
                doc.document_type = "telegram"
            return


def answers_telegrams(text: str) -> bool:
    """A reply that opens by acknowledging telegrams ("十月九日十日各电均悉", "来电悉"): the telegraphic formula of a
    message that is itself a telegram."""
    return bool(_ZH_WIRE_RECEIVED.search(_NOTE_MARK.sub("", text[:40])))


def _addressees(name: str, glosses: dict[str, str]) -> list[str | None]:
    """The people a salutation's part names: itself, the full name of its gloss, or a run of glossed short names."""
    if person := _person(glosses.get(name, name)):
        return [person]
    shorts = sorted(glosses, key=len, reverse=True)
    found, rest = [], name
    while rest:
        short = next((s for s in shorts if rest.startswith(s)), None)
        if short is None:
            return [None]
        found.append(_person(glosses[short]))
        rest = rest[len(short):]
    return found


def _person(name: str) -> str | None:
    entity = lookup(name)
    return entity.name if entity is not None and entity.kind == "person" else None


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    filled = [ln for ln in lines if not ln.blank]
    if not filled:
        return []
    width = wrap_width(filled)
    wrapped = width is not None  # is_hard_wrapped, without reading the width twice
    median = _median_length(filled) if wrapped else None  # only a wrapped page's short lines are measured against it
    groups: list[list[Line]] = [[]]
    previous: Line | None = None
    entries = {ln.number for ln in filled if _LOG_ENTRY_LINE.match(ln.text)}
    entries = entries if len(entries) >= _LOG_ENTRY_LINES else set()  # a log's page: each entry's hour opens its paragraph
    heads = {ln.number for ln in filled if "|" in ln.text and logged_head_day(ln.text) is not None}
    if len(heads) >= LOGGED_GROUPS:  # a message pad: each message's head in columns a paragraph of its own, its text under
        entries |= heads | {ln.number + 1 for ln in filled if ln.number in heads} | {ln.number for ln in filled if log_way(ln.text)}
        # it another, the operator's line under the text ("Sent 1722 RBM") a third
    for i, line in enumerate(lines):
        broken = previous is not None and line.number != previous.number + 1
        if line.blank or broken:
            if groups[-1]:
                groups.append([])
            if line.blank:
                continue
        if groups[-1] and (not wrapped or _SPEAKER.match(line.text) or DOTTED_ASKED.match(line.text) or line.number in entries
                           or (_DOTTED_ANSWER.match(line.text) and DOTTED_ASKED.match(groups[-1][0].text))):
            groups.append([])  # "Q. When did you arrive?" / "A. This morning ...": an interview's question, and the
            # answer under it, each a paragraph of its own
        groups[-1].append(line)
        previous = line
        if wrapped and ends_sentence(line.text) and len(line.text) < 0.7 * median:
            groups.append([])
        elif wrapped and i + 1 < len(lines) and not lines[i + 1].blank and not wrapped_onto(line, lines[i + 1], width):
            groups.append([])  # the next line's first word would have fitted: the line was broken on purpose
    return [g for g in groups if g]


def _median_length(lines: list[Line]) -> float:
    """statistics.median of the lengths, without its generic machinery (the same value: the middle one, or the
    mean of the middle two)."""
    lengths = sorted([len(ln.text) for ln in lines])
    middle = len(lengths) // 2
    return lengths[middle] if len(lengths) % 2 else (lengths[middle - 1] + lengths[middle]) / 2
