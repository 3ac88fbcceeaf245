"""One seed -> rows, or a reject that says what to do; never an exception."""

from __future__ import annotations

import codecs

import pytest

from pipeline.seed import process_seed
from tests.conftest import BOOK_SEED, WCDA_SEED


@pytest.mark.parametrize(
    ("data", "stage", "words"),
    [
        (b"", "read", "empty"),
        (b"   \n\n  ", "read", "empty"),
        (b"\x00\x01\x02\x03binary\xff" * 30, "decode", "binary"),
        ("Привет".encode() + b"\xff\xfe\xfa" + "мир".encode(), "decode", "encoding"),
    ],
    ids=["empty", "blank", "binary", "broken-utf8"],
)
def test_unreadable_seed_becomes_a_reject_with_an_actionable_message(data, stage, words):
    result = process_seed("bad.txt", data)
    assert result.is_rejected and result.documents.num_rows == 0
    reject = result.rejects.to_pylist()[0]
    assert reject["seed_file"] == "bad.txt" and reject["stage"] == stage
    assert reject["seed_bytes"] == len(data) and len(reject["seed_sha256"]) == 64
    assert words in reject["message"] or stage == "decode"


def test_legacy_cyrillic_encoding_is_read():
    text = "Товарищ Филиппов!\n\nМы будем решительно настаивать на том, что без наличия согласия обеих сторон.\n"
    result = process_seed("cp1251.txt", text.encode("cp1251"))
    assert not result.is_rejected
    assert result.documents.column("encoding")[0].as_py() == "cp1251"
    assert "Филиппов" in " ".join(result.passages.column("text").to_pylist())


def test_utf16_with_bom_is_read():
    text = "Cable No. 1, Mao Zedong to Stalin\n\nWe agree with the plan.\n"
    result = process_seed("utf16.txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert not result.is_rejected and result.documents.column("encoding")[0].as_py() == "utf-16"


def test_unknown_layout_becomes_a_generic_document_not_a_reject():
    result = process_seed("note.txt", b"A note of unknown layout\n\nIt says one thing.\n\nAnd another.\n")
    assert not result.is_rejected
    assert result.documents.column("parser")[0].as_py().startswith("generic")
    assert result.passages.num_rows == 3


@pytest.mark.parametrize("seed", [BOOK_SEED, WCDA_SEED], ids=["book", "wcda"])
def test_same_bytes_give_the_same_rows(seed):
    first, second = process_seed(seed.name, seed.read_bytes()), process_seed(seed.name, seed.read_bytes())
    for name in ("documents", "passages", "events"):
        assert first.table(name).equals(second.table(name))


@pytest.mark.parametrize("seed", [BOOK_SEED, WCDA_SEED], ids=["book", "wcda"])
def test_every_passage_is_the_exact_characters_of_the_seed(seed):
    from pipeline.normalize.text import decode
    from pipeline.parse.model import visible_text

    text, _ = decode(seed.read_bytes())
    for p in process_seed(seed.name, seed.read_bytes()).passages.to_pylist():
        cuts = [(c["char_start"], c["char_end"]) for c in p["excluded_spans"]]
        assert visible_text(text, p["char_start"], p["char_end"], cuts) == p["text"], p["passage_id"]


@pytest.mark.parametrize("seed", [BOOK_SEED, WCDA_SEED], ids=["book", "wcda"])
def test_every_event_quotes_its_passage(seed):
    result = process_seed(seed.name, seed.read_bytes())
    passages = {p["passage_id"]: p["text"] for p in result.passages.to_pylist()}
    for e in result.events.to_pylist():
        assert passages[e["passage_id"]][e["evidence_start"]:e["evidence_end"]] == e["evidence_text"]


def test_rows_that_break_the_contract_become_a_validate_reject(monkeypatch):
    import pipeline.seed

    original = pipeline.seed._rows

    def broken(*args):
        rows = original(*args)
        rows["documents"][0]["document_type"] = "poem"  # not in the declared vocabulary
        return rows

    monkeypatch.setattr(pipeline.seed, "_rows", broken)
    result = process_seed("odd.txt", WCDA_SEED.read_bytes())
    [reject] = result.rejects.to_pylist()
    assert reject["stage"] == "validate" and "document_type" in reject["message"]


def test_a_parser_crash_becomes_a_parse_reject(monkeypatch):
    import pipeline.seed

    def explode(text):
        raise IndexError("list index out of range")

    monkeypatch.setattr(pipeline.seed, "parse_text", explode)
    [reject] = process_seed("crash.txt", b"some text").rejects.to_pylist()
    assert reject["stage"] == "parse" and "IndexError" in reject["message"] and reject["seed_file"] == "crash.txt"
