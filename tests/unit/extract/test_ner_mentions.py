"""natasha's NER on Russian passages: names the gazetteer lacks are proposed unresolved, never guessed."""

from __future__ import annotations

import pytest

from pipeline.extract.mentions import _ner_spans, find_mentions, find_ner_names
from pipeline.parse import Block
from pipeline.seed import _mention_rows, process_seed
from tests.conftest import FIXTURES, WCDA_SEED


def _rows(text: str, language: str) -> list[tuple[str, str | None, str]]:
    block = Block(passage_type="paragraph", start=0, end=len(text), text=text, language=language)
    return [(r["surface"], r["entity_id"], r["method"]) for r in _mention_rows("doc", "doc/p0001", block)]


@pytest.fixture(scope="module")
def wcda():
    return process_seed(WCDA_SEED.name, WCDA_SEED.read_bytes())


def test_unknown_russian_name_is_an_unresolved_candidate_next_to_a_resolved_place():
    text = "Товарищ Петров прибыл в Пхеньян."
    assert find_ner_names(text, find_mentions(text)) == [(8, 14, "Петров")]
    assert _rows(text, "ru") == [
        ("Петров", None, "natasha_ner"),
        ("Пхеньян", "place/pyongyang", "gazetteer_alias"),
    ]


def test_gazetteer_mentions_win_over_overlapping_ner_spans():
    text = "Что касается борьбы по вопросу повестки дня, то тов. Нам Ир в своём выступлении."
    assert (57, 59, "Ир") in _ner_spans(text)  # natasha tags part of the name ...
    assert find_ner_names(text, find_mentions(text)) == []  # ... the gazetteer's "Нам Ир" covers it
    assert _rows(text, "ru") == [("Нам Ир", "person/nam-il", "gazetteer_alias")]


def test_ner_runs_on_russian_passages_only():
    assert _rows("Comrade Petrov arrived in Pyongyang.", "en") == [("Pyongyang", "place/pyongyang", "gazetteer_alias")]
    assert all(method != "natasha_ner" for _, _, method in _rows("Товарищ Петров прибыл.", "zh"))


def test_seed_russian_passages_propose_names_only_where_the_gazetteer_has_none(wcda):
    texts = {r["passage_id"]: r["text"] for r in wcda.passages.to_pylist() if r["language"] == "ru"}
    tagged = 0
    for text in texts.values():
        known = [(m.start, m.end) for m in find_mentions(text)]
        for start, end, _ in _ner_spans(text):
            tagged += 1
            assert any(s < end and start < e for s, e in known), text[start:end]
    assert tagged >= 10  # natasha does see the names; the gazetteer already knows every one
    mentions = wcda.mentions.to_pylist()
    assert [m for m in mentions if m["method"] == "natasha_ner"] == []


def test_ner_candidates_in_a_document_are_unresolved_and_point_at_their_words():
    path = FIXTURES / "dev" / "015_cable-filippov-to-mao-bacteriological-1952-02-23-en-ru.txt"
    result = process_seed(path.name, path.read_bytes())
    texts = {r["passage_id"]: r["text"] for r in result.passages.to_pylist()}
    candidates = [m for m in result.mentions.to_pylist() if m["method"] == "natasha_ner"]
    assert "Всемирного совета сторонников мира" in [m["surface"] for m in candidates]
    for m in candidates:
        assert m["entity_id"] is None and not m["is_resolved"]
        assert texts[m["passage_id"]][m["surface_start"] : m["surface_end"]] == m["surface"]


def test_ner_candidates_are_deterministic():
    path = FIXTURES / "dev" / "015_cable-filippov-to-mao-bacteriological-1952-02-23-en-ru.txt"
    first = process_seed(path.name, path.read_bytes()).mentions
    _ner_spans.cache_clear()
    assert process_seed(path.name, path.read_bytes()).mentions.equals(first)
