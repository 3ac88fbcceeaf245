"""Decoding seed bytes and the text primitives: each test names the quirk it covers."""

import codecs
import unicodedata
from pathlib import Path

import pytest

from pipeline.normalize.text import (
    SeedError,
    decode,
    extend_normalized,
    normalize_space,
    readable,
    split_lines,
)
from pipeline.parse import parse_text
from pipeline.parse.model import block_text_matches
from pipeline.seed import process_seed

RU = (
    "Вашу телеграмму от 3 июля получили. Что касается остальных двух Ваших пунктов "
    "(о выводе всех иностранных войск и о беженцах), то оба эти предложения следует выдвинуть и настаивать на них.\n"
)


def test_utf8_without_bom():
    assert decode(RU.encode("utf-8")) == (RU, "utf-8")


def test_utf8_with_bom_is_read_and_the_bom_dropped():
    text, encoding = decode(codecs.BOM_UTF8 + RU.encode("utf-8"))
    assert (text, encoding) == (RU, "utf-8-sig")


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_utf16_with_bom_little_and_big_endian(bom, codec):
    text, encoding = decode(bom + RU.encode(codec))
    assert (text, encoding) == (RU, "utf-16")


@pytest.mark.parametrize("codec", ["cp1251", "koi8-r"])
def test_legacy_russian_encodings_are_detected(codec):
    text, encoding = decode(RU.encode(codec))
    assert text == RU
    assert codecs.lookup(encoding).name == codecs.lookup(codec).name


_DEV = Path(__file__).resolve().parents[2] / "fixtures" / "dev"
_LEGACY = ("cp1251", "koi8-r", "gb18030", "big5")
_LEGACY_KNOWN = {
    ("117", "big5"): "an English page whose only non-ASCII sign is an ellipsis: Big5's A1 4B reads as well as cp1252's \"¡K\"",
}


def _saved_in_legacy_encodings():
    for path in sorted(_DEV.glob("1[0-5][0-9]_*.txt")):
        text = path.read_text(encoding="utf-8")
        for codec in _LEGACY:
            try:
                data = text.encode(codec)
            except UnicodeEncodeError:
                continue
            if data != text.encode("utf-8"):
                known = _LEGACY_KNOWN.get((path.name[:3], codec))
                marks = [pytest.mark.xfail(strict=True, reason=known)] if known else []
                yield pytest.param(path.name, codec, id=f"{path.name[:3]}-{codec}", marks=marks)


@pytest.mark.parametrize(("name", "codec"), list(_saved_in_legacy_encodings()))
def test_a_page_saved_in_a_legacy_encoding_reads_as_its_text(name, codec):
    """Each development page that a legacy encoding can hold, saved in it: an English page with a few curly quotes
    saved as GB18030 or cp1251 as well as a Chinese or Russian one."""
    text = (_DEV / name).read_text(encoding="utf-8")
    assert decode(text.encode(codec))[0] == text


def test_crlf_lines_have_no_carriage_return_and_offsets_hold():
    text = "Title line\r\n\r\nFirst paragraph.\r\nSecond line of it.\r\n"
    lines = split_lines(text)
    assert [ln.text for ln in lines] == ["Title line", "", "First paragraph.", "Second line of it."]
    assert all(text[ln.start:ln.end].strip() == ln.text for ln in lines if ln.text)


def test_typed_page_with_indented_and_spaced_lines_keeps_each_line_where_it_stands():
    # A typed cable: an indented signature, a run of spaces inside a heading, a padded blank line, a tab on one line
    page = "SECRET\n   PRIORITY  Moscow\n  \nWe agree with the plan.\n\tSigned: GROMYKO \nEnd"
    for text in (page, page.replace("\t", "    ")):  # with a tab (unprintable) and without one
        lines = split_lines(text, 100)
        assert [ln.text for ln in lines] == ["SECRET", "PRIORITY Moscow", "", "We agree with the plan.", "Signed: GROMYKO", "End"]
        assert [ln.number for ln in lines] == list(range(6))
        assert all(text[ln.start - 100:ln.end - 100].split() == ln.text.split() for ln in lines)
        assert lines[1].start == 110 and lines[2].start == lines[2].end == 127  # the indent left out; a blank line where it opens
        assert split_lines(text + "\n", 100) == lines  # a closing line break opens no line of its own


def test_lone_carriage_return_is_a_line_break():
    assert [ln.text for ln in split_lines("one\rtwo\rthree")] == ["one", "two", "three"]


def test_nbsp_lines_are_blank_and_nbsp_between_words_is_a_space():
    lines = split_lines("\u00a0\nWe\u00a0agree with the plan.\u00a0\n")
    assert lines[0].blank
    assert lines[1].text == "We agree with the plan."
    assert normalize_space("We\u00a0agree") == "We agree"


def test_a_paragraph_extended_line_by_line_reads_as_its_whole_normalized():
    pieces = ["We agree", "\n with the", "\u200b\nplan", "\u00a0 ", "", "\n\n", "\n\u200b\u200d", "\nof\u00adten", " \u3000Mao."]
    for n in range(len(pieces)):
        for cut in range(1, n + 1):
            head, tails = "".join(pieces[:cut]), pieces[cut:n + 1]
            normalized = normalize_space(head)
            for tail in tails:
                extended = extend_normalized(normalized, tail)
                head += tail
                normalized = extended if extended is not None else normalize_space(head)
                assert normalized == normalize_space(head), (head, tail)
    assert extend_normalized("We agree", "ment") is None  # a word that goes on the last one's: read the whole again
    assert extend_normalized("We agree", "\u200bment") is None
    assert extend_normalized("", "\n plan ") == "plan"
    assert extend_normalized("We", "\n\u00a0") == "We"


def test_zero_width_characters_vanish_from_text_but_not_from_the_seed():
    text = "\u200bKim Il\u200d Sung\ufeff met\u2060 Mao."
    assert normalize_space(text) == "Kim Il Sung met Mao."
    doc = parse_text(text)
    assert doc.blocks[0].text == "Kim Il Sung met Mao."
    assert all(block_text_matches(text, b) for b in doc.blocks)


CABLE = (
    "July 13, 1951 Cable No. 21756, Mao Zedong to Filippov [Stalin]\n\nCitation:\n\n"
    "\u201cCable No. 21756, Mao Zedong to Filippov [Stalin],\u201d July 13, 1951, History & Public Policy Program "
    "Digital Archive, APRF, f. 45, op. 1, d. 339, ll. 23-25.\n\nOriginal Language:\n\nRussian\n\n"
    "Comrade Filippov!\n\nOn July 10 the negotiations began in Kaesong\u00a0\u2014 the enemy\u2019s delegation came.\n"
)


def _reads_as(plain: str, captured: str):
    """``captured`` parsed: the same fields and passages as ``plain``, every passage pointing at its own characters."""
    read, doc = parse_text(plain), parse_text(captured)
    assert (doc.title, doc.document_date, doc.citations, doc.original_language) == (
        read.title, read.document_date, read.citations, read.original_language)
    assert [b.text for b in doc.blocks] == [b.text for b in read.blocks]
    assert all(block_text_matches(captured, b) for b in doc.blocks)
    return doc


def test_soft_hyphens_inside_words_do_not_hide_labels_names_or_dates():
    """A site's hyphenation hints (U+00AD, invisible on screen) sit inside long words: the page reads as without them,
    and every passage still points at the seed's own characters."""
    hinted = CABLE.replace("Citation", "Cita\u00adtion").replace("Original", "Ori\u00adginal").replace("Filippov", "Fili\u00adppov").replace("negotiations", "nego\u00adtia\u00adtions")
    last = _reads_as(CABLE, hinted).blocks[-1]
    assert hinted[last.start:last.end] == "On July 10 the nego\u00adtia\u00adtions began in Kaesong\u00a0\u2014 the enemy\u2019s delegation came."


def test_html_character_references_read_as_their_characters_with_offsets_on_the_seed():
    """A capture of a page's source keeps "&#8220;", "&amp;", "&#x2014;", "&nbsp;": the page reads as the characters they
    stand for, each passage points at the references in the seed, and its events' evidence is the characters."""
    referenced = (CABLE.replace("&", "&amp;").replace("\u201c", "&#8220;").replace("\u201d", "&rdquo;").replace("\u2014", "&#x2014;")
                  .replace("\u2019", "&rsquo;").replace("\u00a0", "&nbsp;").replace("Citation", "Cita&shy;tion"))
    last = _reads_as(CABLE, referenced).blocks[-1]
    assert referenced[last.start:last.end] == "On July 10 the negotiations began in Kaesong&nbsp;&#x2014; the enemy&rsquo;s delegation came."
    passages = process_seed("x.txt", referenced.encode()).passages.to_pylist()
    assert passages[-1]["text"] == "On July 10 the negotiations began in Kaesong \u2014 the enemy\u2019s delegation came."


@pytest.mark.parametrize("text", [
    "AT&T and Procter & Gamble",  # a bare ampersand
    "R&D; &c; &notaname; &#; &#x; &amp",  # no reference: no known name, no digits, no semicolon
    "&#0; &#1; &#x110000; &#xD800;",  # a reference to no character, or to a control character
    "source: <url>, <Book> - <Author>, 1 < 2 and 3 > 2",  # angle brackets around no HTML element
    "C:\\Users\\docs, a\\b",  # a backslash before no punctuation
])
def test_what_is_no_well_formed_character_reference_stays_as_written(text):
    doc = parse_text(text + "\n")
    assert [b.text for b in doc.blocks] == [text]


def test_html_markup_and_markdown_escapes_read_as_the_page_shows_them():
    """A capture of a page's markup keeps "<p>" and "<br>", a Markdown converter escapes brackets: the page reads as
    shown, block tags keeping words apart, and passages still point at the seed's characters."""
    plain = "Comrade Filippov [Stalin]!\n\nOn July 10 the negotiations began in Kaesong.\nThe enemy agreed.\n"
    marked = ("<p>Comrade Filippov \\[Stalin\\]!</p>\n\n<p>On July 10 the <em>negotiations</em> began in Kaesong.<br/>\n"
              "The enemy agreed.</p><p>\n")
    _reads_as(plain, marked)
    assert readable("one<br>two</p><p>three").text == "one two  three"


def test_letters_apart_from_their_accents_read_as_one_letter():
    """Text saved in Unicode's NFD (a Mac's habit) writes "\u0439" as "\u0438" and a breve: the page reads as its
    composed letters, and passages point at the seed's own characters."""
    plain = "Nguy\u1ec5n Minh Ph\u01b0\u01a1ng, G\u00f6ring.\n\n\u041c\u0430\u0439 1956 \u0433\u043e\u0434\u0430.\n"
    decomposed = unicodedata.normalize("NFD", plain)
    assert decomposed != plain
    _reads_as(plain, decomposed)


def test_references_and_invisible_characters_map_back_to_the_seed_together():
    seed = "a\u200b&amp;b&shy;c&#8217;\u00add&amp;amp;"
    reading = readable(seed)
    assert reading.text == "a&bc\u2019d&amp;"
    characters = [seed[reading.seed_start(i):reading.seed_end(i + 1)] for i in range(len(reading.text))]
    assert characters == ["a", "&amp;", "b", "c", "&#8217;", "d", "&amp;", "a", "m", "p", ";"]
    assert (reading.seed_start(len(reading.text)), reading.seed_end(len(reading.text))) == (len(seed), len(seed))
    assert readable("no references here").at == []


def test_thirty_one_blank_lines_separate_two_paragraphs_only():
    text = "This document was made possible with support.\n" + "\n" * 31 + "Comrade Filippov!\n"
    doc = parse_text(text)
    assert [b.text for b in doc.blocks] == ["This document was made possible with support.", "Comrade Filippov!"]


def test_empty_seed_is_refused_with_a_message():
    with pytest.raises(SeedError, match="empty") as err:
        decode(b" \n\r\n")
    assert err.value.stage == "read"


def test_binary_with_nul_bytes_is_refused():
    with pytest.raises(SeedError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)


def test_bytes_that_decode_only_to_control_characters_are_refused():
    with pytest.raises(SeedError, match="control characters"):
        decode(bytes(range(1, 32)) * 40)


def test_undecodable_seed_becomes_a_rejects_row_not_a_crash():
    result = process_seed("bad.txt", b"\x01\x02\x03\x04" * 100)
    assert result.is_rejected
    row = result.rejects.to_pylist()[0]
    assert row["stage"] == "decode" and "UTF-8" in row["message"]


def test_a_date_typed_with_spaces_stays_in_its_sentence():
    from pipeline.normalize.text import sentence_spans

    text = "Arrived: Warsaw, 4. 11. 1962, 09.15. The minister read it at once."
    assert [text[s:e].strip() for s, e in sentence_spans(text)] == ["Arrived: Warsaw, 4. 11. 1962, 09.15.", "The minister read it at once."]


@pytest.mark.parametrize(("text", "first"), [
    ("Otpravljeno: 8. VII 1967, u 11.20 časova. Gowon me je primio.", "Otpravljeno: 8. VII 1967, u 11.20 časova."),
    ("Expediat la 14. III. 1972, ora 18.00. Ministrul a citit-o.", "Expediat la 14. III. 1972, ora 18.00."),
    ("Article III. 1972 saw change.", "Article III."),  # no day's figure before the Roman figure: a heading's number
])
def test_a_day_and_its_month_in_roman_figures_stay_in_their_sentence(text, first):
    from pipeline.normalize.text import sentence_spans

    assert text[slice(*sentence_spans(text)[0])].strip() == first


def test_the_full_stops_of_hindi_and_urdu_end_a_sentence():
    from pipeline.normalize.text import sentence_spans
    hindi = "जालंधर से दो अतिरिक्त गाड़ियाँ कल दोपहर पहुँच गईं थीं। कल सुबह तक नई रेत की बोरियाँ आ जाएँगी।"
    assert len(sentence_spans(hindi)) == 2
    urdu = "روکے گئے خطوط کی نقول منسلک ہیں۔ اصل خطوط 16 جنوری کو ڈاک میں ڈال دیے جائیں گے۔"
    assert len(sentence_spans(urdu)) == 2


def test_a_letter_s_marks_are_read_with_it_beyond_the_first_planes():
    """A combining mark of Devanagari's extended block (U+A8E0) or of the half marks (U+FE20) stays in its word."""
    import re

    from pipeline.normalize.lexicon import LETTER_OR_MARK

    assert re.fullmatch(LETTER_OR_MARK + "+", "क\ua8e0") and re.fullmatch(LETTER_OR_MARK + "+", "a\ufe20")
