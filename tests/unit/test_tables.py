"""The table declarations and everything derived from them agree."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from pipeline import tables
from pipeline.publish.card import EVENT_TYPES, schema_markdown
from pipeline.publish.duck import connect
from pipeline.publish.parquet import FileInfo, read_table, write_table
from pipeline.publish.standards import datapackage
from schemas import table as declared
from schemas import tables as declared_tables

NAMES = list(declared_tables())


def test_every_table_the_design_names_is_declared():
    assert {"documents", "passages", "events", "rejects"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_arrow_pandera_and_duckdb_share_the_declared_columns(name):
    columns = declared(name).column_names
    assert tables.arrow_schema(name).names == columns
    assert list(tables.pandera_schema(name).columns) == columns
    con = connect()
    con.execute(tables.duckdb_create_sql(name))
    for statement in tables.duckdb_comment_sql(name):
        con.execute(statement)
    described = con.execute(
        "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index", [name]
    ).fetchall()
    assert [c for c, _ in described] == columns
    assert all(comment for _, comment in described), "every column carries its description as a DuckDB comment"
    assert con.execute(f"SELECT * FROM {name}").fetch_arrow_table().schema.names == columns


@pytest.mark.parametrize("name", NAMES)
def test_every_column_is_described_and_nullability_matches(name):
    for column in declared(name).columns:
        assert len(column.description) > 10, f"{name}.{column.name} needs a description"
        assert tables.arrow_schema(name).field(column.name).nullable == column.nullable
        assert tables.pandera_schema(name).columns[column.name].nullable == column.nullable


def test_datapackage_and_card_list_every_column():
    infos = {n: FileInfo(None, 0, 0, "0" * 64) for n in NAMES}
    package = datapackage("1.0.0", dt.date(2026, 1, 1), infos)
    card = schema_markdown()
    for resource in package["resources"]:
        assert [f["name"] for f in resource["schema"]["fields"]] == declared(resource["name"]).column_names
        for column in declared(resource["name"]).columns:
            assert f"`{column.name}`" in card


def test_event_taxonomy_of_the_card_is_the_declared_one():
    assert set(EVENT_TYPES) == set(declared("events").column("event_type").allowed)


def test_pandera_rejects_a_value_outside_the_vocabulary():
    row = {
        "seed_file": "x.txt", "seed_sha256": "0" * 64, "seed_bytes": 1, "stage": "somewhere", "message": "m",
    }
    import pandera.errors

    with pytest.raises(pandera.errors.SchemaErrors) as err:
        tables.pandera_schema("rejects").validate(tables.to_frame(tables.from_rows("rejects", [row])), lazy=True)
    assert "stage" in str(err.value.failure_cases["column"].tolist())


def test_parquet_round_trip_is_lossless_and_deterministic(tmp_path):
    rows = [
        {
            "event_id": "d/e01", "doc_id": "d", "passage_id": "d/p0001", "event_type": "message_sent", "date_kind": "exact",
            "start_date": dt.date(1951, 7, 13), "end_date": dt.date(1951, 7, 13), "start_time": "15:00",
            "date_precision": "minute", "date_text": "received 1500 13 July 1951", "is_date_inferred": False,
            "source_names": ["Mao Zedong"], "target_names": [], "source_entity_ids": ["person/mao-zedong"],
            "target_entity_ids": [], "place": None, "place_entity_id": None, "event_key": "d/e01", "evidence_text": "Кайдзъё",
            "evidence_start": 0, "evidence_end": 7, "method": "cable_header", "confidence": 0.85,
        }
    ]
    data = tables.from_rows("events", rows)
    first = write_table("events", data, tmp_path / "a.parquet")
    second = write_table("events", data, tmp_path / "b.parquet")
    assert first.sha256 == second.sha256 and first.rows == 1
    assert read_table("events", tmp_path / "a.parquet").equals(data)


def test_writer_orders_rows_by_the_declared_key(tmp_path):
    rows = [{"seed_file": n, "seed_sha256": "0" * 64, "seed_bytes": 0, "stage": "read", "message": "m"} for n in "cab"]
    write_table("rejects", tables.from_rows("rejects", rows), tmp_path / "r.parquet")
    assert read_table("rejects", tmp_path / "r.parquet").column("seed_file").to_pylist() == ["a", "b", "c"]


def test_schema_fingerprint_changes_with_a_column_type():
    base = tables.schema_description(declared("rejects"))
    assert base["columns"][0]["type"] == str(pa.string())
    assert len(tables.schema_fingerprint()) == 64


def test_the_card_explains_every_event_method_the_schema_allows():
    from pipeline.publish.card import EVENT_METHODS

    assert set(EVENT_METHODS) == set(declared("events").column("method").allowed)


def _event(**change) -> dict:
    row = {
        "event_id": "d/e1", "event_key": "d/e1", "doc_id": "d", "passage_id": "d/p0001", "event_type": "message_sent",
        "date_precision": "day", "date_kind": "exact", "is_date_inferred": False, "evidence_text": "x", "evidence_start": 0, "evidence_end": 1,
        "method": "document_metadata", "confidence": 0.9, "source_names": [], "target_names": [],
        "source_entity_ids": [], "target_entity_ids": [],
    }
    return {**row, **change}


def test_the_per_seed_checks_name_the_values_that_break_a_rule():
    rows = [
        _event(),
        _event(event_id="d/e2", event_type="shouting", confidence=1.5),
        _event(event_id="d/e2", evidence_start=-3, confidence=float("nan")),
        _event(event_id="d/e4", start_time="25:61"),
    ]
    problems = tables.check_rows("events", tables.from_rows("events", rows))
    assert "events.event_id: repeated values" in problems
    assert "events.event_type: value(s) outside the declaration: ['shouting']" in problems
    assert "events.evidence_start: value(s) outside the declaration: [-3]" in problems
    assert "events.confidence: value(s) outside the declaration: [1.5]" in problems  # NaN is neither below nor above
    assert "events.start_time: value(s) outside the declaration: ['25:61']" in problems
    assert len(problems) == 5


def test_the_per_seed_checks_pass_rows_that_keep_every_rule():
    rows = [_event(), _event(event_id="d/e2", confidence=1.0, evidence_start=0), _event(event_id="d/e3", confidence=float("nan"))]
    assert tables.check_rows("events", tables.from_rows("events", rows)) == []
