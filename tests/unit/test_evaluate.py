"""Scoring rules of ``make eval``, each on a tiny inline case."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.quality.evaluate import GoldDocument, format_report, score_document, seed_facts, summarize

ROW = {
    "title": "CABLE, FILIPPOV (STALIN) TO MAO ZEDONG",
    "document_date": dt.date(1952, 2, 23),
    "sender_names": ["Joseph Stalin"],
    "recipient_names": ["Mao Zedong", "Krasovsky"],
    "citations": [{"archive": "RGASPI", "fond": "558", "opis": "11", "delo": "342", "papka": None, "folios": "92", "text": "RGASPI, F. 558"}],
    "summary": None,
    "languages": ["en", "ru"],
    "warnings": ["number conflict: the title says No. 1, the text says No. 2"],
}


def scores(**facts):
    return {s.field: s.right for s in score_document(GoldDocument("dev", Path("x.txt"), facts), ROW)}


def test_title_compared_case_insensitively_against_alternatives():
    assert scores(title="Cable, Filippov (Stalin) to Mao Zedong")["title"]
    assert scores(title="Other", title_alternatives=["cable, filippov (stalin) to mao zedong"])["title"]


def test_channel_recipient_allowed_only_when_listed():
    assert not scores(recipient_names=["Mao Zedong"])["recipient_names"]
    assert scores(recipient_names=["Mao Zedong"], recipient_names_allowed=["Krasovsky"])["recipient_names"]


def test_null_gold_means_the_page_has_none():
    assert scores(summary=None)["summary"] and not scores(citations=[])["citations"]


def test_optional_and_absent_fields_are_not_scored():
    assert set(scores(optional={"original_language": "ru"}, document_date=dt.date(1952, 2, 23))) == {"document_date"}


def test_citation_parts_as_written_zero_padding_kept():
    assert scores(citations=[{"archive": "RGASPI", "fond": "558", "opis": "11", "delo": "342", "folios": "92"}])["citations"]
    assert not scores(citations=[{"archive": "RGASPI", "fond": "558", "opis": "11", "delo": "342", "folios": "0092"}])["citations"]


def test_languages_as_a_set_and_number_conflict_as_a_warning():
    assert scores(languages=["ru", "en"], number_conflict=True) == {"languages": True, "number_conflict": True}


def test_rejected_seed_gets_every_field_wrong():
    gold = GoldDocument("seeds", Path("x.txt"), {"title": "T", "url": None})
    assert [s.right for s in score_document(gold, None)] == [False, False]


def test_seed_vocabulary_mapped_onto_document_fields():
    facts = seed_facts({"kind": "book_excerpt", "book_pages": [101, 103, 102], "credits": "C", "sender": "Mao Zedong", "archive": "RGASPI", "fond": "558"})
    assert facts["book_page_first"] == 101 and facts["book_page_last"] == 103 and facts["rights"] == "C"
    assert facts["sender_names"] == ["Mao Zedong"] and facts["citations"] == [{"archive": "RGASPI", "fond": "558"}]


def test_report_names_the_wrong_document_and_field():
    result = score_document(GoldDocument("dev", Path("x.txt"), {"title": "Wrong"}), ROW)
    assert "dev/x.txt title" in format_report(result) and summarize(result)["dev"] == 0.0
