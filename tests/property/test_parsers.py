"""Properties every parser keeps on any text, seeded with fragments of the real layouts."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.normalize.text import decode
from pipeline.parse import parse_text
from pipeline.parse.model import block_text_matches, visible_text
from pipeline.publish.parquet import read_table, write_table
from pipeline.seed import SEED_TABLES, process_seed

FRAGMENTS = [
    "source: https://history.state.gov/historicaldocuments/frus1951v07p1/d468\n",
    "source: https://cia.gov/readingroom/node/389895\n",
    "source: https://digitalarchive.wilsoncenter.org/document/113020\n",
    "Lot 55D128: Black Book, Tab 107: Telegram\n",
    "The Commander in Chief, Far East (Ridgway)1 to the Joint Chiefs of Staff\n",
    "a general framework [Page 725] within which",
    "secret\n", "flash\n", "CX–67670. Subject: Armistice Negotiations.\n",
    "Document Number (FOIA) /ESDN (CREST):\n", "Publication Date:\n", "July 1, 1953\n", "Body:\n",
    "NSC BRIEFING 1 July 1953\n", "a world-wide pro-\ngram of", "Approved For Release 2 I ~CRDP79R00890A000100060005-5\n",
    "N' GHANGE IN CLASS. ^\n", "Attachment | Size |\n---|---|\n",
    "Citation:\n", "Summary:\n", "Original Language:\n", "Contents:\n", "Digital Archive\n", "[...]\n",
    "Brothers in Arms (36 page)\n", "Read Brothers in Arms Online\n", "Authors: Odd Arne Westad\n",
    "page_102<br/>\n", "Page 102\n", "went on through the\npage_103<br/>\nPage 103\nautumn of that year.\n", "40\n", "in Kaesong.”43\n", "Notes\n", "1. Ibid., p. 5.\n", "Other books\n",
    "You are here\n", "Skip to content\n", "Comrade Stalin: ", "(1951年11月14日)\n", "絕密,不得複製。\n",
    "致菲利波夫同志\n", "資料來源:\n", "Вашу телеграмму от 3 июля получили.", "Товарищу Филиппову.\n",
    "We received your telegrams of January 31 concerning the negotiations.", "On August 23, 1951,",
    "\u00a0", "\u00a0\n", "\u200b", "\u00ad", "\u200e", "\ufeff", "\r\n", "\r", "\n", "\n\n", "\t", " ", "—", "“", "”", "。", "，",
    "&amp;", "&", "amp;", ";", "&#8217;", "&#x2014;", "&nbsp;", "&shy;", "&#8203;", "&#150;", "&#0;", "&ldquo;Citation:&rdquo;\n",
    "<p>", "</p>", "<br/>", "<em>", "<", ">", "\\", "\\[", "[Page 725\\]", "\u0301", "e\u0301", "\u0438\u0306",
]
OPENINGS = [  # the first lines of each source family, so that every parser meets random text
    "",
    "source: https://history.state.gov/historicaldocuments/frus1951v07p1/d468\nLot 55D128: Black Book, Tab 107: Telegram\n\n",
    "source: https://cia.gov/readingroom/node/389895\nTITLE\nDocument Number (FOIA) /ESDN (CREST):\nCIA-RDP79\nBody:\n",
    "Brothers in Arms (36 page)\nRead Brothers in Arms Online\npage_101<br/>\nPage 101\n",
    "July 13, 1951 Cable No. 21756, Mao Zedong to Cde. Filippov [Stalin]\nDigital Archive\nCitation:\n",
    "source: https://yaggayow.com/news/b5/2005/04/13/92189p.html\n資料來源:\n",
]
pieces = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12))
texts = st.tuples(st.sampled_from(OPENINGS), st.lists(pieces, max_size=40)).map(lambda t: t[0] + "".join(t[1]))
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(texts)
def test_parse_text_never_raises_and_blocks_stay_in_the_text_in_reading_order(text):
    doc = parse_text(text)
    previous_end = 0
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= len(text)
        assert block.start >= previous_end, "blocks overlap or leave reading order"
        previous_end = block.end
        assert all(block.start <= s <= e <= block.end for s, e in block.cuts)


@SETTINGS
@given(texts)
def test_block_text_is_the_normalized_slice_with_page_furniture_left_out(text):
    doc = parse_text(text)
    for block in doc.blocks:
        assert block_text_matches(text, block), (block, text[block.start:block.end])
        assert block.text, "a passage always holds some text"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts.filter(str.strip))
def test_process_seed_gives_the_same_ids_for_the_same_bytes(text):
    data = text.encode("utf-8")
    first, second = process_seed("x.txt", data), process_seed("renamed.txt", data)
    for name in ("documents", "passages", "events"):
        key = {"documents": "doc_id", "passages": "passage_id", "events": "event_id"}[name]
        assert first.table(name).column(key).to_pylist() == second.table(name).column(key).to_pylist()
    assert first.is_rejected == second.is_rejected


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(texts.filter(str.strip))
def test_parquet_write_read_round_trip_is_lossless(tmp_path, text):
    result = process_seed("x.txt", text.encode("utf-8"))
    for name in SEED_TABLES:
        table = result.table(name)
        path = tmp_path / f"{name}.parquet"
        write_table(name, table, path)
        back = read_table(name, path)
        assert back.to_pylist() == table.sort_by([(c, "ascending") for c in _sort_keys(name)]).to_pylist()


def _sort_keys(name: str) -> list[str]:
    from schemas import table as declared

    return list(declared(name).sort_by)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_a_readable_seed_is_never_rejected_after_decoding(text):
    result = process_seed("x.txt", text.encode("utf-8"))
    if result.is_rejected:
        assert result.rejects.column("stage").to_pylist() in (["read"], ["decode"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts.filter(str.strip))
def test_published_rows_give_back_their_text_from_the_seed(text):
    """The rule a user can check with the published columns alone: slice, drop excluded_spans, read character
    references, fold spaces."""
    data = ("\ufeff" + text).encode("utf-8")  # a BOM too: offsets count characters of the decoded text
    result = process_seed("x.txt", data)
    if result.is_rejected:
        return
    seed, _ = decode(data)
    for row in result.passages.to_pylist():
        spans = [(s["char_start"], s["char_end"]) for s in row["excluded_spans"]]
        assert visible_text(seed, row["char_start"], row["char_end"], spans) == row["text"]
