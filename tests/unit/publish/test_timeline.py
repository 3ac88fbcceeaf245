"""The timeline pages written as the events stream from DuckDB: the same bytes whatever the batch, every event once,
in date order, on pages of one year, and lines kept between builds."""

from __future__ import annotations

import datetime as dt
import re

import duckdb
import pytest

from pipeline.publish.card import timeline_line
from pipeline.publish.timeline import INDEX, plan_pages, write_timeline

EVENTS = 230


def _release(folder, changed: int | None = None):
    """A release folder with documents and events over four years, some events undated, some sharing all shown columns;
    ``changed``: the event whose evidence differs."""
    (folder / "data").mkdir(parents=True)
    con = duckdb.connect()
    con.execute(
        f"""COPY (SELECT 'doc-' || i AS doc_id, 'Cable No. ' || i || ' | to Moscow' AS title FROM range(12) r(i))
            TO '{folder / "data" / "documents.parquet"}' (FORMAT parquet)"""
    )
    con.execute(
        f"""COPY (SELECT 'doc-' || (i % 12) || '/e' || lpad(i::VARCHAR, 4, '0') AS event_id, 'doc-' || (i % 12) AS doc_id,
                    CASE WHEN i % 9 = 0 THEN NULL ELSE DATE '1950-01-01' + INTERVAL ((i * 37) % 1400) DAY END::DATE AS start_date,
                    CASE WHEN i % 5 = 0 THEN '15:00' END AS start_time,
                    ['day', 'month', 'year'][1 + i % 3] AS date_precision, i % 4 = 0 AS is_date_inferred,
                    'message_sent' AS event_type, ['Mao Zedong'] AS source_names, CASE WHEN i % 2 = 0 THEN ['Joseph Stalin'] ELSE [] END AS target_names,
                    CASE WHEN i = {changed if changed is not None else -1} THEN 'changed words' ELSE 'we agree | ' || (i % 50) END AS evidence_text
                FROM range({EVENTS}) r(i))
            TO '{folder / "data" / "events.parquet"}' (FORMAT parquet)"""
    )
    return folder


def _expected_lines(folder) -> list[str]:
    """Every event's line, rendered one by one and put in the page's order here, without the streaming writer."""
    con = duckdb.connect()
    rows = con.execute(
        f"""SELECT e.*, d.title FROM '{folder / "data" / "events.parquet"}' e JOIN '{folder / "data" / "documents.parquet"}' d USING (doc_id)"""
    ).fetchall()
    names = [c[0] for c in con.description]
    events = [dict(zip(names, row, strict=True)) for row in rows]
    events.sort(key=lambda e: (e["start_date"] is None, e["start_date"] or dt.date.min, e["start_time"] is not None, e["start_time"] or "", e["doc_id"], e["event_id"]))
    return [timeline_line(e) for e in events]


def _pages(folder) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.md"))}


def _event_lines(text: str) -> list[str]:
    lines = text.splitlines()
    return lines[lines.index("| --- | --- | --- | --- | --- | --- |") + 1:]


def test_pages_hold_every_event_once_in_date_order_one_year_a_page(tmp_path):
    folder = _release(tmp_path / "r")
    rendered = write_timeline(folder, "1.0.0", tmp_path / "build", tmp_path / "work", page_events=40, batch_rows=17)
    assert rendered == EVENTS
    index = (folder / INDEX).read_text(encoding="utf-8")
    files = re.findall(r"\]\((timeline/[\w-]+\.md)\)", index)
    assert files[0] == "timeline/1950.md" and files[-1] == "timeline/undated.md" and "timeline/1951-part-2.md" in files
    pages = _pages(folder)
    assert sorted(files) == sorted(name for name in pages if name != INDEX)
    assert [line for f in files for line in _event_lines(pages[f])] == _expected_lines(folder)
    for f in files:
        lines = _event_lines(pages[f])
        assert 0 < len(lines) <= 40
        year = f.removeprefix("timeline/").split("-")[0].removesuffix(".md")
        assert all(line.startswith(("| undated", "| ~undated") if year == "undated" else (f"| {year}", f"| ~{year}")) for line in lines), f
    assert "[next page](1951-part-2.md)" in pages["timeline/1951.md"] and "[previous page](1950-part-2.md)" in pages["timeline/1951.md"]
    assert f"({EVENTS:,})" in index


@pytest.mark.parametrize("batch_rows", [1, 7, 100_000])
def test_the_batch_size_changes_no_byte(tmp_path, batch_rows):
    whole = _release(tmp_path / "whole")
    write_timeline(whole, "1.0.0", tmp_path / "build-whole", tmp_path / "work", page_events=40, batch_rows=100_000)
    streamed = _release(tmp_path / "streamed")
    write_timeline(streamed, "1.0.0", tmp_path / "build-streamed", tmp_path / "work", page_events=40, batch_rows=batch_rows)
    assert _pages(streamed) == _pages(whole)


def test_kept_lines_are_used_and_only_changed_events_rendered(tmp_path):
    build = tmp_path / "build"
    first = _release(tmp_path / "first")
    assert write_timeline(first, "1.0.0", build, tmp_path / "work") == EVENTS
    again = _release(tmp_path / "again")
    assert write_timeline(again, "1.0.0", build, tmp_path / "work", batch_rows=13) == 0
    assert _pages(again) == _pages(first)
    changed = _release(tmp_path / "changed", changed=101)
    assert write_timeline(changed, "1.0.1", build, tmp_path / "work") == 1
    assert "changed words" in "".join(_pages(changed).values())
    assert [p.name for p in build.iterdir()] == [next(build.glob("timeline-*.parquet")).name], "one file of kept lines"


def test_no_event_gives_an_index_and_no_page(tmp_path):
    folder = _release(tmp_path / "r")
    duckdb.connect().execute(f"COPY (FROM '{folder / 'data' / 'events.parquet'}' LIMIT 0) TO '{tmp_path / 'none.parquet'}' (FORMAT parquet)")
    (tmp_path / "none.parquet").replace(folder / "data" / "events.parquet")
    assert write_timeline(folder, "1.0.0", tmp_path / "build", tmp_path / "work") == 0
    assert list(_pages(folder)) == [INDEX] and "(0)" in (folder / INDEX).read_text(encoding="utf-8")


def test_a_year_is_split_evenly_over_as_few_pages_as_hold_it():
    pages = plan_pages([(1950, 2500), (1951, 1000), (None, 1)], page_events=1000)
    assert [(p.year, p.part, p.parts, p.events) for p in pages] == [
        (1950, 1, 3, 833), (1950, 2, 3, 833), (1950, 3, 3, 834), (1951, 1, 1, 1000), (None, 1, 1, 1),
    ]
    assert [p.file for p in pages] == ["timeline/1950.md", "timeline/1950-part-2.md", "timeline/1950-part-3.md", "timeline/1951.md", "timeline/undated.md"]
