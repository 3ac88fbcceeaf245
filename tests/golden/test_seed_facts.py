"""The two seeds against the facts of the reference annotations (tests/fixtures/gold/seeds.yaml)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.seed import process_seed
from tests.conftest import BOOK_SEED, WCDA_SEED


@pytest.fixture(scope="module")
def book():
    return process_seed(BOOK_SEED.name, BOOK_SEED.read_bytes())


@pytest.fixture(scope="module")
def record():
    return process_seed(WCDA_SEED.name, WCDA_SEED.read_bytes())


def gold_doc(gold_seeds, seed):
    return next(d for d in gold_seeds["documents"] if d["seed"] == seed.name)


def test_book_metadata(book, gold_seeds):
    gold = gold_doc(gold_seeds, BOOK_SEED)
    doc = book.documents.to_pylist()[0]
    assert doc["source_type"] == gold["kind"]
    assert doc["book_title"] == gold["book_title"]
    assert doc["book_authors"] == gold["listed_authors"]
    assert doc["site_page"] == gold["site_page"]
    assert [doc["book_page_first"], doc["book_page_last"]] == [gold["book_pages"][0], gold["book_pages"][-1]]
    assert doc["languages"] == [gold["language"]]
    assert doc["book_tags"] == gold["tags"]
    assert doc["document_date"] is None
    assert doc["has_cut_start"] is gold["starts_mid_sentence"]
    assert doc["has_cut_end"] is gold["ends_mid_word"]


def test_book_structure(book, gold_seeds):
    gold = gold_doc(gold_seeds, BOOK_SEED)
    passages = book.passages.to_pylist()
    assert sorted({p["book_page"] for p in passages}) == gold["book_pages"]
    assert [p["text"] for p in passages if p["passage_type"] == "heading"] == gold["section_headings"]
    heading = next(p for p in passages if p["passage_type"] == "heading")
    assert heading["book_page"] == 102
    footnotes = [n for p in passages for n in p["footnote_numbers"]]
    assert footnotes == gold["footnote_markers"]
    quotations = [p for p in passages if p["passage_type"] == "quotation"]
    assert len(quotations) == len(gold["quotations"])
    for passage, expected in zip(quotations, gold["quotations"], strict=True):
        assert passage["text"].startswith(expected["starts"])
        assert passage["book_page"] == expected["page"]
        assert passage["footnote_numbers"] == [expected["footnote"]]


def test_book_site_furniture_is_not_text(book, gold_seeds):
    text = " ".join(book.passages.column("text").to_pylist())
    for furniture in gold_doc(gold_seeds, BOOK_SEED)["boilerplate"]:
        assert furniture not in text
    assert "Mortal Suns" not in text and "page_101" not in text and "Page 101" not in text


def test_record_metadata(record, gold_seeds):
    gold = gold_doc(gold_seeds, WCDA_SEED)
    doc = record.documents.to_pylist()[0]
    assert doc["source_type"] == gold["kind"]
    assert doc["title"] == gold["title"]
    assert doc["document_date"] == gold["document_date"] and doc["document_date_precision"] == "day"
    assert doc["document_type"] == gold["document_type"]
    assert doc["sender_names"] == [gold["sender"]]
    assert doc["recipient_names"] == [gold["recipient"]]
    assert doc["sent_from"] == gold["sent_from"]
    assert doc["record_id"] == gold["record_id"] and doc["doc_id"] == f"wcda-{gold['record_id']}"
    assert doc["url"] == gold["url"]
    assert doc["translator"] == gold["translator"]
    assert doc["original_language"] == gold["original_language"]
    assert sorted(doc["languages"]) == sorted(gold["languages_present"])
    assert doc["summary"] == gold["summary"]
    assert doc["rights"] == gold["credits"]
    [citation] = doc["citations"]
    for part in ("archive", "fond", "opis", "delo", "folios"):
        assert citation[part] == gold[part], part


def test_record_bilingual_alignment(record):
    passages = {p["passage_id"]: p for p in record.passages.to_pylist()}
    russian = [p for p in passages.values() if p["section_type"] == "original" and p["passage_type"] in ("paragraph", "list_item")]
    english = [p for p in passages.values() if p["section_type"] == "translation" and p["passage_type"] in ("paragraph", "list_item")]
    assert len(russian) == len(english) == 18, "18 body paragraphs and agenda points on each side"
    for ru, en in zip(russian, english, strict=True):
        assert ru["aligned_passage_id"] == en["passage_id"] and en["aligned_passage_id"] == ru["passage_id"]
        assert ru["language"] == "ru" and en["language"] == "en"
    agenda = [p["text"] for p in english if p["passage_type"] == "list_item"]
    assert len(agenda) == 5 and agenda[4].startswith("5. Measures regarding prisoners")


def test_record_page_break_does_not_split_paragraphs(record):
    texts = record.passages.column("text").to_pylist()
    assert any("об отводе своих войск" in t for t in texts)
    assert any("specific issues about the agenda. At the same time" in t for t in texts)
    assert not any(t.startswith(("своих войск", "the agenda.")) for t in texts)


def test_record_header_and_trailer_are_english_only(record):
    passages = record.passages.to_pylist()
    header = [p["text"] for p in passages if p["section_type"] == "header" and p["passage_type"] != "title"]
    trailer = [p["text"] for p in passages if p["section_type"] == "trailer"]
    assert header[0].startswith("SECOND MAIN DIRECTORATE") and any("received 1500 13 July 1951" in h for h in header)
    assert any(h.startswith("[Stamp:") for h in header)
    assert trailer[0].startswith("Deciphered by Sudev") and trailer[-1] == "COLONEL [signature] (Makarov)"
    assert all(p["aligned_passage_id"] is None for p in passages if p["section_type"] in ("header", "trailer"))


def test_record_elisions_are_kept(record):
    elisions = [p for p in record.passages.to_pylist() if p["passage_type"] == "elision"]
    assert [p["text"] for p in elisions] == ["[...]", "[...]"]


def _events(result):
    return result.events.to_pylist()


def test_record_events(record):
    events = {(e["event_type"], e["start_date"], e["start_time"]): e for e in _events(record)}
    sent = events[("message_sent", dt.date(1951, 7, 13), None)]
    assert sent["source_names"] == ["Mao Zedong"] and sent["target_names"] == ["Joseph Stalin"]
    assert sent["place"] == "Beijing" and sent["evidence_text"] == "Cable No. 21756, Mao Zedong to Cde. Filippov [Stalin]"
    received = events[("message_received", dt.date(1951, 7, 13), "15:00")]
    assert received["date_precision"] == "minute" and received["evidence_text"] == "received 1500 13 July 1951"
    assert ("deciphered", dt.date(1951, 7, 13), "16:15") in events
    assert ("printed", dt.date(1951, 7, 13), "16:45") in events


@pytest.mark.parametrize(
    ("day", "precision", "inferred", "source", "target"),
    [
        ("1950-06-01", "month", False, None, None),
        ("1951-08-23", "day", False, None, None),
        ("1951-08-27", "day", True, "Mao Zedong", "Joseph Stalin"),
        ("1951-08-28", "day", True, "Joseph Stalin", "Mao Zedong"),
        ("1951-10-25", "day", False, None, None),
        ("1951-11-14", "day", True, "Mao Zedong", "Joseph Stalin"),
        ("1951-11-19", "day", True, "Joseph Stalin", None),
        ("1951-12-25", "day", False, "Andrei Gromyko", "Joseph Stalin"),
        ("1952-02-03", "day", False, "Joseph Stalin", "Mao Zedong"),
        ("1952-07-17", "day", True, "Joseph Stalin", "Mao Zedong"),
    ],
)
def test_book_dated_events(book, day, precision, inferred, source, target):
    found = [e for e in _events(book) if e["start_date"] == dt.date.fromisoformat(day)]
    assert found, f"no event on {day}"
    event = found[0]
    assert event["date_precision"] == precision and event["is_date_inferred"] is inferred
    if source:
        assert event["source_names"][:1] == [source]
    if target:
        assert target in event["target_names"]


def test_book_reply_dated_five_days_before_november_19(book):
    replies = [e for e in _events(book) if e["evidence_text"].startswith("Stalin replied")]
    assert replies and replies[0]["start_date"] == dt.date(1951, 11, 14) and replies[0]["is_date_inferred"]
