"""index.html from a release's files: self-contained, reproducible, and seed text escaped."""

from __future__ import annotations

import datetime as dt
import re

import duckdb

from pipeline.publish.html import index_html

HOSTILE = "<script>alert(1)</script> $x$ & \"quoted\""


def _release(folder):
    (folder / "data").mkdir(parents=True)
    con = duckdb.connect()
    con.execute(
        f"""COPY (SELECT * FROM (VALUES ('d1', DATE '1951-07-13', '{HOSTILE}'), ('d2', DATE '1952-02-03', 'Wilson Center Digital Archive'),
                                        ('d3', NULL, NULL)) t(doc_id, document_date, collection))
            TO '{folder / "data" / "documents.parquet"}' (FORMAT parquet)"""
    )
    con.execute(
        f"""COPY (SELECT * FROM (VALUES
              ('d1', DATE '1951-07-13', 'day', 'message_sent', ['{HOSTILE}'], ['Joseph Stalin'], ['x/hostile'], ['person/joseph-stalin']),
              ('d2', DATE '1952-02-03', 'day', 'agreement', ['Joseph Stalin'], ['Mao Zedong'], ['person/joseph-stalin'], ['person/mao-zedong']),
              ('d2', NULL, 'unknown', 'statement', [], [], [], []))
              t(doc_id, start_date, date_precision, event_type, source_names, target_names, source_entity_ids, target_entity_ids))
            TO '{folder / "data" / "events.parquet"}' (FORMAT parquet)"""
    )
    con.execute(
        f"""COPY (SELECT * FROM (VALUES ('x/hostile', '{HOSTILE}'), ('person/joseph-stalin', 'Joseph Stalin'),
                                        ('person/mao-zedong', 'Mao Zedong')) t(entity_id, name))
            TO '{folder / "data" / "entities.parquet"}' (FORMAT parquet)"""
    )
    return folder


def test_the_page_escapes_seed_text_and_loads_nothing(tmp_path):
    page = index_html(_release(tmp_path / "r"), "1.0.0", dt.date(2026, 1, 1), {"documents": 3, "events": 3})
    assert "<script" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<svg") == 3 and "<metadata>" not in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)


def test_the_page_is_the_same_bytes_for_the_same_release(tmp_path):
    folder = _release(tmp_path / "r")
    first = index_html(folder, "1.0.0", dt.date(2026, 1, 1), {"documents": 3})
    assert first == index_html(folder, "1.0.0", dt.date(2026, 1, 1), {"documents": 3})


def test_charts_drawn_in_the_builds_helper_process_give_the_same_page(tmp_path, monkeypatch):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from pipeline.publish import staging
    from pipeline.publish.html import start_charts

    folder = _release(tmp_path / "r")
    here = index_html(folder, "1.0.0", dt.date(2026, 1, 1), {"documents": 3})
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        monkeypatch.setattr(staging, "helper", lambda: pool)
        drawn = start_charts(folder)
        assert index_html(folder, "1.0.0", dt.date(2026, 1, 1), {"documents": 3}, drawn) == here
    ended = start_charts(folder)  # the helper is gone: the charts are drawn here
    assert index_html(folder, "1.0.0", dt.date(2026, 1, 1), {"documents": 3}, ended) == here


def test_charts_started_from_the_assembled_tables_are_those_of_the_release_made_of_them(tmp_path, monkeypatch):
    """The charts start drawing from the build area's tables before the checks run; the release of the same files takes
    them, and a release of other files draws its own."""
    import multiprocessing
    import shutil
    from concurrent.futures import ProcessPoolExecutor

    from pipeline.publish import staging
    from pipeline.publish.html import start_charts_early, started_charts
    from pipeline.publish.parquet import file_info

    release = _release(tmp_path / "r")
    here = index_html(release, "1.0.0", dt.date(2026, 1, 1), {"documents": 3})
    assembled = tmp_path / "build" / "tables"
    assembled.mkdir(parents=True)
    for path in (release / "data").iterdir():
        shutil.copyfile(path, assembled / path.name)
    built = {path.stem: file_info(assembled / path.name) for path in (release / "data").iterdir()}
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        monkeypatch.setattr(staging, "helper", lambda: pool)
        start_charts_early(built)
        other = dict(built, events=file_info(release / "data" / "documents.parquet"))
        assert started_charts(other) is None
        drawn = started_charts(built)
        assert drawn is not None and started_charts(built) is None  # taken once
        assert index_html(release, "1.0.0", dt.date(2026, 1, 1), {"documents": 3}, drawn) == here
    monkeypatch.setattr(staging, "helper", lambda: None)
    start_charts_early(built)  # no helper: nothing is drawn ahead, the release draws its own
    assert started_charts(built) is None
