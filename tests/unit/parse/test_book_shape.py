"""A page of a book is known by its shape, whatever site it was captured from (pipeline/parse/book_shape.py): prose
that calls numbered notes, the notes under it, a book platform's lines; a record, a telegram or a letter is not."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text
from pipeline.parse.book_shape import (
    cites_only,
    is_book_page,
    is_chapter_number,
    is_document_number_alone,
    is_document_number_head,
    is_page_number,
    is_platform_line,
    note_markers,
    note_number,
    shape_data,
)
from pipeline.parse.model import Block

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.mark.parametrize(("line", "expected"), list(shape_data()["examples_note_line"].items()))
def test_a_note_opens_with_its_number(line, expected):
    assert note_number(line) == expected


@pytest.mark.parametrize(("text", "expected"), list(shape_data()["examples_note_markers"].items()))
def test_the_notes_a_paragraph_calls(text, expected):
    assert note_markers(text) == expected


@pytest.mark.parametrize(("line", "expected"), list(shape_data()["examples_book_platform_lines"].items()))
def test_a_book_platforms_lines(line, expected):
    assert is_platform_line(line) is expected


@pytest.mark.parametrize(("line", "expected"), list(shape_data()["examples_page_number_line"].items()))
def test_a_page_number_alone(line, expected):
    assert is_page_number(line) is expected


@pytest.mark.parametrize(("line", "expected"), list(shape_data()["examples_chapter_number_line"].items()))
def test_a_chapters_number_alone(line, expected):
    assert is_chapter_number(line) is expected


@pytest.mark.parametrize(("line", "expected"), list(shape_data()["examples_document_number_head"].items()))
def test_a_numbered_documents_heading(line, expected):
    assert is_document_number_head(line) is expected


@pytest.mark.parametrize(("label", "name"), [("Chapter 7", "The Winter of 1956"), ("Глава 4", "Кризис осени 1958 года"), ("第三章", "中苏论战的开始")])
def test_a_chapters_number_over_its_name_gives_the_name_as_title(label, name):
    prose = ("The talks broke down in the autumn. On 4 October 1957 the delegation left Vienna without a communiqué, and "
             "the other side protested the next day.12 Through October the two embassies exchanged notes, each accusing "
             "the other of bad faith; in the last days of November Moscow recalled its ambassador.13")
    page = f"{label}\n{name}\n\n{prose}\n\n12 AVPRF, f. 06, op. 10, d. 3.\n13 Ibid., d. 4.\n"
    doc = parse_text(page)
    assert doc.source_type == "book_excerpt" and doc.title == name


# Pages written for these tests, none of them a fixture's: a chapter's page with no heading, one under a running head,
# one whose notes are superscripts; and records that carry notes of their own.
_CHAPTER = """The talks broke down in the autumn. On 4 October 1957 the Soviet delegation left Vienna without a communiqué, and the Austrian side protested the next day.12 Through October and November the two embassies exchanged notes, each accusing the other of bad faith; in the last days of November Moscow recalled its ambassador for consultations.13

The Austrian government did not give way. Raab told the cabinet on 3 December that he would not reopen the question of the oil deliveries, and soon afterwards the ministry of trade published the figures of the year.14 In January the Soviet side returned to the table with a new offer.

12 AVPRF, f. 066, op. 37, d. 12, l. 4.
13 RGANI, f. 5, op. 30, d. 233, ll. 17-19; AdR, BKA/AA, II-pol, Zl. 224.118.
14 Ministerratsprotokoll No. 54, 3 December 1957.

87
"""

_RUNNING_HEAD = """The Cold War in Austria, p. 88

In the spring the question came up again. On 12 April 1958 the Soviet ambassador called on the chancellor and handed him a memorandum on the oil deliveries;⁴ the chancellor promised an answer within a week. The answer, when it came on 21 April, was a refusal, and the ambassador left for Moscow the following day.⁵

⁴ AVPRF, f. 066, op. 38, d. 7, l. 1-3.
⁵ Ibid., l. 9.
"""

_TELEGRAM = """Telegram from the Soviet Ambassador in Vienna to the Ministry of Foreign Affairs, 4 October 1957

Today at 12:00 I called on the Chancellor and handed him our note on the oil deliveries. The Chancellor said that he would study it with his colleagues and answer within a week. He asked me to tell Moscow that Austria wants good relations.1 I replied that the answer must come soon.2

1 Underlined in the original.
2 Marginal note by Gromyko.

Ambassador
"""

_LETTER = """Dear Comrade Khrushchev,

I write to you about the deliveries of oil that our two governments agreed last year. The first deliveries arrived in March, and the second in May; since then nothing has come, and our factories stand idle. I ask you to look into the matter yourself and to answer me soon.

With comradely greetings,
W. Gomułka
"""


def _wrapped(page: str) -> str:
    """The page as an OCR or a plain-text capture breaks its lines, at 72 columns."""
    return "\n".join(textwrap.fill(line, 72) if len(line) > 72 else line for line in page.split("\n"))


@pytest.mark.parametrize("wrap", [False, True])
@pytest.mark.parametrize(("page", "source"), [(p, s) for p in (_CHAPTER, _RUNNING_HEAD) for s in ("", "source: https://example.org/x/1\n")])
def test_a_chapters_page_is_a_book_excerpt_from_any_site(page, source, wrap):
    doc = parse_text(source + (_wrapped(page) if wrap else page))
    assert (doc.source_type, doc.document_type) == ("book_excerpt", "book_pages")


def test_a_chapters_page_without_a_heading_has_no_title_and_its_notes_carry_their_numbers():
    doc = parse_text(_CHAPTER)
    assert doc.title is None
    assert [b.footnote_numbers for b in doc.blocks if b.footnote_numbers] == [[12], [13], [14]]
    assert [c["archive"] for c in doc.citations] == ["AVPRF", "RGANI"]
    assert all(b.section_type == "body" for b in doc.blocks if len(b.text) > 200)


def test_a_running_head_is_the_pages_title():
    assert parse_text(_RUNNING_HEAD).title == "The Cold War in Austria, p. 88"


@pytest.mark.parametrize(("head", "title"), [
    ("The Oil Question in Vienna 214", "The Oil Question in Vienna"),  # a recto's head: the name, then the page
    ("215   THE OIL QUESTION IN VIENNA", "THE OIL QUESTION IN VIENNA"),  # a verso's, in capitals
])
def test_a_running_head_over_a_page_without_a_heading_names_it_without_its_page_number(head, title):
    assert parse_text(_RUNNING_HEAD.replace("The Cold War in Austria, p. 88", head)).title == title


@pytest.mark.parametrize("head", ["156   THE MOSCOW MEMORANDUM", "THE LONG TELEGRAM   97", "The Long Telegram 97"])
def test_a_running_head_that_names_a_records_kind_leaves_the_page_a_book(head):
    assert parse_text(_RUNNING_HEAD.replace("The Cold War in Austria, p. 88", head)).source_type == "book_excerpt"


@pytest.mark.parametrize("heading", ["6 The Oil Question", "Brothers and Rivals: Austria and Moscow, 1958", "Chapter 5",
                                     "The Oil Question - A. Kovacs"])
def test_a_chapters_heading_with_a_number_is_no_running_head(heading):
    assert parse_text(_RUNNING_HEAD.replace("The Cold War in Austria, p. 88", heading)).title == heading


@pytest.mark.parametrize("wrap", [False, True])
@pytest.mark.parametrize("page", [_TELEGRAM, _LETTER])
def test_a_record_with_notes_is_no_book(page, wrap):
    assert parse_text(_wrapped(page) if wrap else page).source_type != "book_excerpt"


# Book pages of a held-out batch not yet read as books, each with what is missed (a batch is measured before any rule
# is built from it, so its misses stay known here until a round takes it up).
_NOT_YET_BOOKS: dict[str, str] = {
    "7009_book-nehru-letters-to-chief-ministers-vol5-kerala-presidents-rule-tibet-1959-08-01.txt":
        "held-out batch 69: a printed edition of a leader's circular letters, its pages without notes, is not known as a "
        "book's page without its site",
}


def _is_book(name: str) -> bool:
    """A fixture of a book's page, by its name: "book", the Russian "monografiya" (5608, a monograph's page), a
    journal's "article" (6010, printed pages of secondary literature like a book's), or a page of the CWIHP Bulletin
    (7005: an editor's introduction with its notes over the document it prints, book pages in its gold). A book an
    office keeps its record in ("log-book", "call-book", "arrivals-book", "occurrence-book", "daily-book") is no printed
    book; a page named by the platform that publishes books ("cambridge-core", "oxford-academic", "project-muse",
    "jstor", "openedition") is a book's."""
    return ("book" in _RECORD_BOOK.sub("", name) or "monografiya" in name or "-article-" in name
            or "cwihp-bulletin" in name or any(platform in name for platform in _BOOK_PLATFORMS))


_RECORD_BOOK = re.compile(r"(?:log|call|arrivals|occurrence|order|visitors|day|daily|minute)-book")
_BOOK_PLATFORMS = ("cambridge-core", "oxford-academic", "project-muse", "jstor", "openedition")
BOOK_PAGES = [pytest.param(p, marks=pytest.mark.xfail(reason=_NOT_YET_BOOKS[p.name], strict=True)) if p.name in _NOT_YET_BOOKS
              else p for p in sorted(p for p in FIXTURES.glob("*/*.txt") if _is_book(p.name))]
# Records of a held-out batch taken for a book's page without their site, each with what is missed (as above).
_NOT_YET_RECORDS: dict[str, str] = {  # (109's harbour register 11010, whose entries' days "Wed. 28 Sept." were read as
    # notes called in order, is known since a day's number is no note's call)
    "11104_naa-letter-namaliu-to-hawke-bougainville-state-of-emergency-1989-07-05.txt":
        "held-out batch 110: a head of government's letter under an archive's item page is taken for a book's page without its site",
}
RECORDS = [pytest.param(p, marks=pytest.mark.xfail(reason=_NOT_YET_RECORDS[p.name], strict=True)) if p.name in _NOT_YET_RECORDS
           else p for p in sorted(p for p in FIXTURES.glob("*/*.txt") if not _is_book(p.name))]


@pytest.mark.parametrize("path", BOOK_PAGES, ids=lambda p: p.name[:12])
@pytest.mark.parametrize("source", ["none", "unknown"])
def test_every_book_page_of_the_fixtures_is_known_without_its_site(path, source):
    text = path.read_text(encoding="utf-8")
    body = text.partition("\n")[2] if text.startswith("source:") else text
    doc = parse_text(body if source == "none" else "source: https://example.org/page/7\n" + body)
    assert doc.source_type == "book_excerpt"


@pytest.mark.parametrize("path", RECORDS, ids=lambda p: p.name[:12])
def test_no_record_of_the_fixtures_is_taken_for_a_book_without_its_site(path):
    text = path.read_text(encoding="utf-8")
    body = text.partition("\n")[2] if text.startswith("source:") else text
    assert parse_text("source: https://example.org/page/7\n" + body).source_type != "book_excerpt"


@pytest.mark.parametrize(("note", "expected"), [
    ("12 AVPRF, f. 066, op. 37, d. 12, l. 4.", True),
    ("13 RGANI, f. 5, op. 30, d. 233, ll. 17-19; AVPRF, f. 06, op. 10, d. 2.", True),
    ("31 AJ, f. 507, CK SKJ, III/32, 9 April 1948.", True),
    ("14 Ministerratsprotokoll No. 54, 3 December 1957.", False),
    ("15 Kardelj to Tito, 9 April 1948, AJ, f. 507, CK SKJ, III/32.", True),  # a dated paper before its archive: cited, no story
    ("16 RGANI, f. 3, op. 14, d. 478; Gromyko to the CC CPSU, 2 June 1961, AVPRF, f. 0100, op. 54, d. 3.", True),
])
def test_a_note_that_only_cites_archives(note, expected):
    from pipeline.parse.book_shape import cites_only

    assert cites_only(note) is expected


def test_a_note_that_only_cites_archives_is_out_of_the_story():
    doc = parse_text(_CHAPTER)
    # 12 and 13 cite archives alone (13 the Austrian Archiv der Republik too, known by its shape: an acronym and a
    # shelf mark); 14 names a cabinet's protocol, which the story may tell.
    assert [b.section_type for b in doc.blocks if b.footnote_numbers] == ["trailer", "trailer", "body"]


def test_a_chapters_page_whose_notes_are_elsewhere_is_known_by_its_calls_in_order():
    prose = _CHAPTER.split("\n\n12 ")[0].replace("year.14 In January", "year.14 In January the talks resumed.15 The")
    assert parse_text(prose).source_type == "book_excerpt"
    assert parse_text(prose.replace(".13", ".").replace(".15", ".")).source_type != "book_excerpt"  # two calls: too few


_NOTES_UNDER_A_HEADING = """source: https://example.org/book/77/chapter/4
4 The Quarrel over the Danube

The dispute broke into the open at the Sofia meeting in March 1958, where the Romanian delegate alone refused to sign the joint statement on shipping.7 Within a month the Yugoslav side had recalled its pilots from the river.8

In the summer the commission met again in Budapest and failed to agree on the tariffs; the Soviet chairman left before the last session, and no protocol was signed.9

211

Notes
7. Minutes of the meeting of the Danube Commission, 12 March 1958, MNL OL, XIX-J-1-j, box 14, f. 3.
8. Record of the conversation of the two ministers, 3 April 1958, AJ, f. 507, CK SKJ, III/78.
9. Borba, 2 August 1958.
"""


def test_a_numbered_chapter_heading_names_the_page_and_a_note_under_a_notes_label_does_not():
    doc = parse_text(_NOTES_UNDER_A_HEADING)
    assert doc.source_type == "book_excerpt"
    assert doc.title == "4 The Quarrel over the Danube"  # not "7. Minutes of the meeting ..." from the notes


_QUOTE_AND_YEAR_PAGE = """Chapter 4. The Night of the Colonels
p. 88

At dawn the tanks stood at the bridge, and an officer read out the proclamation of a "government of national renewal".7 The President left for the coast that evening, and the cabinet met without him for the first time in ten years.

The junta promised elections, and a new constitution came into force on 12 March 1976.8 Few believed it would be kept.

7 Embassy to Foreign Office, tel. 112, 4 May 1975, TNA, FCO 9/2231.
8 Ministry of Information, Bulletin No. 3, 12 March 1976.
"""


@pytest.mark.parametrize("source", ["none", "unknown"])
def test_a_chapter_whose_calls_follow_a_closing_quote_or_a_year_is_a_book_page(source):
    text = _QUOTE_AND_YEAR_PAGE if source == "none" else "source: https://example.org/page/7\n" + _QUOTE_AND_YEAR_PAGE
    doc = parse_text(text)
    assert doc.source_type == "book_excerpt"
    assert [b.footnote_numbers for b in doc.blocks if b.footnote_numbers] == [[7], [8]]


@pytest.mark.parametrize(("note", "expected"), list(shape_data()["examples_cited_paper_words"].items()))
def test_a_note_that_cites_a_dated_paper_before_its_archive_only_cites(note, expected):
    assert cites_only(note) is expected


def test_a_book_pages_note_citing_a_dated_paper_gives_no_event():
    page = ("source: https://example.org/book/chapter-3-p88\nChapter 3\n\nThe Quarrel over the Base\n\n"
            "On 5 April 1961 the Soviet Ministry of Defence informed Tirana that the submarines would be withdrawn. 12\n"
            "The last boats left the bay at the end of May. 13\n\n"
            "12 Malinovskii to the CC CPSU, 4 April 1961, RGANI, f. 3, op. 14, d. 478, l. 31.\n"
            "13 On 2 June 1961 Kasatonov reported to Moscow that the last crews had sailed.\n")
    doc = parse_text(page)
    rows = [doc.blocks[e.block].text[e.evidence_start: e.evidence_end] for e in extract_events(doc)]
    assert not any("Malinovskii to the CC CPSU" in r for r in rows), rows
    assert any("Kasatonov reported" in r for r in rows), rows


@pytest.mark.parametrize(("note", "expected"), list(shape_data()["examples_cited_interview_openers"].items()))
def test_a_note_that_cites_the_authors_interview_only_cites(note, expected):
    assert cites_only(note) is expected


def test_a_book_pages_note_citing_an_interview_gives_no_event():
    page = ("source: https://example.org/book/chapter-4-p61\nChapter 4\n\nThe Colonels\n\n"
            "On 21 April 1967 the tanks of the Athens garrison took up positions around the parliament and the palace. "
            "The radio station broadcast the first decrees of the new regime before dawn, and by noon the army held every "
            "ministry in the capital. 7\n"
            "The King refused at first to swear in the new cabinet. The colonels kept him waiting for a day at Tatoi "
            "while the arrests of the party leaders went on in the capital and in the ports of Piraeus and Thessaloniki. 8\n\n"
            "7 Kathimerini, 22 April 1967; interview with a former officer of the garrison, Athens, June 1989.\n"
            "8 On 23 April 1967 the King received the colonels at Tatoi.\n")
    doc = parse_text(page)
    rows = [doc.blocks[e.block].text[e.evidence_start: e.evidence_end] for e in extract_events(doc)]
    assert not any("former officer of the garrison" in r for r in rows), rows
    assert any("received the colonels" in r for r in rows), rows


@pytest.mark.parametrize(("text", "expected"), list(shape_data()["examples_memoir_page"].items()))
def test_a_memoirs_page_is_known_by_its_running_head_and_first_person_story(text, expected):
    blocks = [Block(passage_type="paragraph", start=0, end=len(t), text=t) for t in text.split("\n\n")]
    assert is_book_page(blocks) is expected


@pytest.mark.parametrize("note", ["USSR, USA, UK.", "TNA, PRO."])
def test_a_note_of_acronyms_alone_is_read_without_turning_for_ever(note):
    # Its last piece looks like an archive's name, and so does every piece it turns to: it is turned once, and read as
    # what it is, no reference (no shelf mark, no paper).
    assert cites_only(note) is False


def test_a_journals_head_numbering_its_issue_is_a_running_head():
    # 7005: "COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN, ISSUE 17/18        512" over the introduction's heading
    from pipeline.parse.book_shape import running_head_words

    assert running_head_words("COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN, ISSUE 17/18 512") == \
        "COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN, ISSUE 17/18"
    assert running_head_words("MOSCOW, 12 MAY 1968") is None  # a date line in capitals
    assert running_head_words("CIPHERED TELEGRAM, NO. 412 3") is None  # a record's heading


_BRACKETED_NOTES = """The Return of the Colonel

- 64 -

The colonel's men left the port aboard a trawler in late March and spent six weeks at sea.(14) In the early hours of 13 May they landed on the beach north of the capital, and by dawn had overrun the barracks of the army.(15) The President was captured in his residence the same morning.

Two exiled leaders flew into the capital on 21 May and were proclaimed co-presidents the following day.(16) The Foreign Ministry had already denied any part in the affair on 15 May.(17)

(14) Interview with the author, Paris, 11 October 1994.
(15) Archives diplomatiques, La Courneuve, 1930INVA/4512, Moroni to Paris, tel. 212, 13 May 1978.
(16) Ibid., tel. 229, 22 May 1978.
(17) Ibid., note of the Direction des affaires africaines, 17 May 1978.
"""


@pytest.mark.parametrize("source", ["", "source: https://example.org/page/7\n"])
def test_a_page_whose_notes_are_numbered_in_brackets_is_a_book_page_citing_its_notes(source):
    doc = parse_text(source + _BRACKETED_NOTES)
    assert (doc.source_type, doc.document_type) == ("book_excerpt", "book_pages")
    assert [c["archive"] for c in doc.citations] == ["Archives diplomatiques, La Courneuve"] * 3
    assert doc.date_is_story or doc.document_date is None


@pytest.mark.parametrize(("line", "expected"), list(shape_data()["examples_document_number_alone"].items()))
def test_document_number_alone(line, expected):
    assert is_document_number_alone(line) is expected
