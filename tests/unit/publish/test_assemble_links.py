"""Assembly over a few staged seeds: entities from the gazetteer, links across documents, shared event keys."""

from pathlib import Path

import pytest

from pipeline.paths import PROJECT_ROOT
from pipeline.publish.assemble import assemble
from pipeline.publish.parquet import read_table
from pipeline.publish.staging import stage_shard, staged_files, write_seed_index
from pipeline.seeds import SHARDS, list_seeds

DEV = PROJECT_ROOT / "tests" / "fixtures" / "dev"
SEEDS = PROJECT_ROOT / "seeds"


def _stage(files: list[Path], tmp: Path) -> tuple[dict[str, list[Path]], Path]:
    seeds = tmp / "seeds"
    seeds.mkdir()
    for f in files:
        (seeds / f.name).write_bytes(f.read_bytes())
    listing = list_seeds(seeds)
    for shard in SHARDS:
        stage_shard(tmp / "staging", shard, [s for s in listing.seeds if s.shard == shard])
    write_seed_index(listing, tmp / "seeds.parquet")
    return staged_files(tmp / "staging", SHARDS), tmp / "seeds.parquet"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, list[dict]]:
    tmp = tmp_path_factory.mktemp("assemble")
    files = [SEEDS / "000_9f8ab7e3434e6d97.txt", SEEDS / "001_a5d0082016cd8dd9.txt", *sorted(DEV.glob("00[167]_*.txt"))]
    duplicate = tmp / "zzz_same_record_again.txt"
    duplicate.write_bytes((SEEDS / "001_a5d0082016cd8dd9.txt").read_bytes() + b"\n")
    out = tmp / "build"
    staged, index = _stage([*files, duplicate], tmp)
    assemble(staged, index, out, tmp / "work")
    return {name: read_table(name, out / f"{name}.parquet").to_pylist() for name in ("passages", "events", "links", "entities", "mentions")}


def _linked(built, needle: str, other_needle: str) -> list[dict]:
    text = {p["passage_id"]: p["text"] for p in built["passages"]}
    return [
        link for link in built["links"]
        if {needle in text[link["passage_id"]], other_needle in text[link["other_passage_id"]]} == {True}
        or {other_needle in text[link["passage_id"]], needle in text[link["other_passage_id"]]} == {True}
    ]


def test_book_quotation_of_telegram_709_is_linked(built):
    links = _linked(built, "[W]e agree with the plan outlined by you", "We agree with the plan outlined by you")
    assert [link["link_type"] for link in links] == ["quotation"]
    assert links[0]["other_passage_id"].startswith("wcda-113636/")


def test_two_translations_of_the_1949_conversation_are_linked(built):
    links = _linked(built, "to stabilise the country", "to stabilize the country")
    assert [link["link_type"] for link in links] == ["translation_variant"]


def test_same_record_twice_is_same_text(built):
    same = [link for link in built["links"] if link["link_type"] == "same_text" and "wcda-117419~" in link["other_passage_id"] + link["passage_id"]]
    assert len(same) > 10
    assert all(link["similarity"] == 1.0 for link in same)


def test_links_never_join_a_document_to_itself(built):
    doc = {p["passage_id"]: p["doc_id"] for p in built["passages"]}
    assert all(doc[link["passage_id"]] != doc[link["other_passage_id"]] for link in built["links"])


def test_event_key_shared_by_book_and_telegram_709(built):
    keys = {}
    for e in built["events"]:
        keys.setdefault(e["event_key"], set()).add(e["doc_id"].split("~")[0])
    key = "communication|1952-02-03|person/joseph-stalin>person/mao-zedong"
    assert {"wcda-113636"} < keys[key] and any(d.startswith("sha-") for d in keys[key])


def test_event_key_shared_by_the_two_conversation_records(built):
    docs = {e["doc_id"] for e in built["events"] if e["event_key"] == "meeting|1949-12-16|person/joseph-stalin,person/mao-zedong"}
    assert len(docs) == 2


def test_entities_are_the_gazetteer_and_mentions_resolve(built):
    ids = {e["entity_id"] for e in built["entities"]}
    assert {"person/joseph-stalin", "place/kaesong", "org/united-nations-command"} <= ids
    assert {m["entity_id"] for m in built["mentions"] if m["entity_id"]} <= ids


def test_a_document_id_two_seeds_share_is_renamed_in_its_subdocuments_too(tmp_path):
    telegram = DEV / "001_telegram-709-filippov-to-mao-1952-02-03.txt"  # it quotes a message: a sub-document
    again = tmp_path / "zzz_telegram_709_again.txt"
    again.write_bytes(telegram.read_bytes() + b"\n")
    staged, index = _stage([telegram, again], tmp_path)
    assemble(staged, index, tmp_path / "build", tmp_path / "work")
    built = {name: read_table(name, tmp_path / "build" / f"{name}.parquet").to_pylist() for name in ("passages", "events", "subdocuments")}
    ids = [s["subdocument_id"] for s in built["subdocuments"]]
    assert len(ids) == 2 and len(set(ids)) == 2 and any("~" in i for i in ids), "the second copy's sub-document carries its renamed id"
    passages = {p["passage_id"]: p["doc_id"] for p in built["passages"]}
    for s in built["subdocuments"]:
        assert s["subdocument_id"].startswith(s["doc_id"] + "/")
        assert {passages.get(s[c]) for c in ("announced_passage_id", "first_passage_id", "last_passage_id")} == {s["doc_id"]}
    quoted = [e for e in built["events"] if e["subdocument_id"]]
    assert quoted and {e["subdocument_id"] for e in quoted} <= set(ids)
    assert all(e["subdocument_id"].startswith(e["doc_id"] + "/") for e in quoted)
