"""The hand-made reference annotations, asserted directly (not through the golden files).

Field facts come from tests/fixtures/gold/seeds.yaml and dev.yaml (Wilson
Center records and the seeds); structure facts (alignment, page breaks,
metadata kept out of the text, flattened letters cut apart) from the
annotations' prose in seeds.yaml and dev.md.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from pipeline.normalize.text import normalize_space
from pipeline.parse.model import visible_text
from pipeline.paths import PROJECT_ROOT
from pipeline.quality.evaluate import load_gold, score_document
from pipeline.seed import process_seed

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
SEEDS = PROJECT_ROOT / "seeds"
DEV = FIXTURES / "dev"
WCDA_DEV = ("001", "002", "003", "015", "027", "034")


@cache
def _output(path: Path) -> tuple[dict, list[dict]]:
    tables = process_seed(path.name, path.read_bytes())
    assert not tables.is_rejected, tables.rejects.to_pylist()
    return tables.documents.to_pylist()[0], tables.passages.to_pylist()


def _dev(prefix: str) -> Path:
    return next(DEV.glob(f"{prefix}_*.txt"))


def _seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def _field_cases():
    for gold in load_gold(FIXTURES / "gold", SEEDS, DEV):
        if gold.group == "dev" and gold.path.name[:3] not in WCDA_DEV:
            continue
        for field in gold.facts:
            if field not in ("optional", "title_alternatives") and not field.endswith("_allowed"):
                yield pytest.param(gold, field, id=f"{gold.path.stem[:40]}-{field}")


@pytest.mark.parametrize(("gold", "field"), list(_field_cases()))
def test_document_field_matches_gold(gold, field):
    row, _ = _output(gold.path)
    score = next(s for s in score_document(gold, row) if s.field == field)
    assert score.right, f"{gold.path.name} {field}: expected {score.expected!r}, got {score.got!r}"


def _body(passages: list[dict], section: str) -> list[dict]:
    kinds = ("paragraph", "list_item", "salutation")
    return [p for p in passages if p["section_type"] == section and p["passage_type"] in kinds]


def test_seed_001_russian_body_aligned_paragraph_for_paragraph():
    _, passages = _output(_seed("001"))
    russian, english = _body(passages, "original"), _body(passages, "translation")
    assert len(russian) == len(english) == 19  # salutation, 13 paragraphs, 5 agenda points
    assert [p["aligned_passage_id"] for p in russian] == [p["passage_id"] for p in english]
    assert {p["language"] for p in russian} == {"ru"} and {p["language"] for p in english} == {"en"}


def test_seed_001_page_break_paragraphs_are_one_passage():
    _, passages = _output(_seed("001"))
    texts = [p["text"] for p in passages]
    assert any("об отводе своих войск от 38 параллели" in t for t in texts)
    assert any("specific issues about the agenda. At the same time" in t for t in texts)


def test_seed_001_english_header_and_trailer_not_in_the_transcript():
    _, passages = _output(_seed("001"))
    header = [p["text"] for p in passages if p["section_type"] == "header" and p["passage_type"] != "title"]
    trailer = [p["text"] for p in passages if p["section_type"] == "trailer"]
    assert header[0].startswith("SECOND MAIN DIRECTORATE") and "CABLE Nº 21756" in header
    assert any(t.startswith("from [BEIJING] received 1500 13 July 1951") for t in header)
    assert trailer[0].startswith("Deciphered by Sudev") and trailer[-1] == "COLONEL [signature] (Makarov)"
    assert [p["text"] for p in passages if p["passage_type"] == "elision"] == ["[...]", "[...]"]


def test_dev_001_three_citations_and_metadata_kept_out_of_the_text():
    row, passages = _output(_dev("001"))
    assert [c["archive"] for c in row["citations"]] == ["APRF", "AVPRF", "RGASPI"]
    texts = " ".join(p["text"] for p in passages)
    assert "Telegram to Mao from Stalin approving" not in texts  # the summary, printed after the text
    assert "welcomes reuse" not in texts and "APRF, f. 45" not in texts and "113636" not in texts


def test_dev_001_closing_lines_are_trailer():
    _, passages = _output(_dev("001"))
    trailer = [p["text"] for p in passages if p["section_type"] == "trailer"]
    assert trailer == ["Confirm receipt.", "Telegraph the fulfillment.", "No. 72/III"]
    assert any(p["passage_type"] == "signature" and p["text"].startswith("With greetings.") for p in passages)


def test_dev_002_number_conflict_flagged_both_numbers_kept():
    row, passages = _output(_dev("002"))
    warning = next(w for w in row["warnings"] if "number conflict" in w)
    assert "2950" in warning and "3950" in warning
    assert "No. 2950" in row["title"] and any(p["text"] == "CIPHERED TELEGRAM No. 3950" for p in passages)


def test_dev_002_russian_first_then_english_aligned():
    _, passages = _output(_dev("002"))
    by_id = {p["passage_id"]: p for p in passages}
    russian = _body(passages, "original")
    assert russian[0]["text"] == "Тов. МАО ЦЗЭДУНУ."
    assert by_id[russian[0]["aligned_passage_id"]]["text"] == '"To Comrade MAO ZEDONG.'
    assert by_id[russian[1]["aligned_passage_id"]]["text"].startswith("We received your telegram of 3 July.")


def test_dev_003_summary_and_citation_are_metadata_not_text():
    row, passages = _output(_dev("003"))
    assert passages[0]["text"].startswith("Copies: Stalin (2)")
    assert not any("get citation" in p["text"] or "History and Public Policy" in p["text"] for p in passages)
    assert row["sent_from"] == "Beijing"


def test_dev_015_flattened_letter_cut_into_aligned_passages():
    _, passages = _output(_dev("015"))
    by_id = {p["passage_id"]: p for p in passages}
    english = [p for p in passages if p["language"] == "en" and p["passage_type"] != "title"]
    assert [(p["passage_type"], p["text"]) for p in english[:3]] == [
        ("heading", "23 February 1952"),
        ("salutation", "To Comrade Mao Zedong"),
        ("paragraph", "Your telegram of 21 February has been received."),
    ]
    assert english[-1]["passage_type"] == "signature" and english[-1]["text"] == "With greetings, FILIPPOV [Stalin]"
    pairs = {p["text"]: by_id[p["aligned_passage_id"]]["text"] for p in english if p["aligned_passage_id"]}
    assert pairs["To Comrade Mao Zedong"] == "Товарищу Мао Цзэдуну,"
    assert pairs["Your telegram of 21 February has been received."] == "Вашу телеграмму от 21 февраля получили."


def test_dev_027_footnote_mark_and_credits():
    row, passages = _output(_dev("027"))
    assert passages[1]["passage_type"] == "salutation" and passages[1]["footnote_numbers"] == [1]
    assert not any("Henry Luce" in p["text"] for p in passages)


def test_dev_034_fields_split_out_of_the_flattened_line():
    row, passages = _output(_dev("034"))
    texts = [p["text"] for p in passages]
    assert not any(re.search(r"Citation:|Summary:|Original Language:|Contents:|Total Page", t) for t in texts)
    assert "COUNCIL OF MINISTERS USSR RESOLUTION" in texts
    assert any(p["passage_type"] == "list_item" and p["text"].startswith("1. To confirm the attached") for p in passages)


def _gold_sentences() -> list[tuple[str, str]]:
    """The event sentences of dev.md (lines starting "  > "), per file prefix."""
    cases, prefix = [], None
    for line in (FIXTURES / "gold" / "dev.md").read_text("utf-8").splitlines():
        if m := re.match(r"^## (\d{3})_", line):
            prefix = m[1]
        elif line.startswith("  > ") and prefix in WCDA_DEV:
            cases.append((prefix, line[4:]))
    return cases


@pytest.mark.parametrize(("prefix", "sentence"), _gold_sentences(), ids=lambda v: v[:30])
def test_gold_event_sentence_sits_inside_one_passage(prefix, sentence):
    _, passages = _output(_dev(prefix))
    assert any(normalize_space(sentence) in p["text"] for p in passages)


@pytest.mark.parametrize("path", [*sorted(SEEDS.glob("*.txt")), *sorted(DEV.glob("*.txt"))], ids=lambda p: p.stem[:40])
def test_passage_offsets_give_back_the_text(path):
    from pipeline.normalize.text import decode

    text, _ = decode(path.read_bytes())
    _, passages = _output(path)
    for p in passages:
        cuts = [(c["char_start"], c["char_end"]) for c in p["excluded_spans"]]
        assert visible_text(text, p["char_start"], p["char_end"], cuts) == p["text"]
    spans = sorted((p["char_start"], p["char_end"]) for p in passages)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), "passages overlap"
