"""DuckDB sessions with a memory limit spill to their temporary folder, even one whose parents do not exist yet."""

from __future__ import annotations

from pipeline.publish.duck import connect


def test_a_session_over_its_limit_spills_into_a_new_folder(tmp_path):
    spill = tmp_path / "build" / "work" / "tmp"
    con = connect(temp_directory=spill, memory_limit="64MB")
    con.execute("SET threads = 1")
    rows = con.execute(
        "SELECT count(*), sum(n) FROM (SELECT s, count(*) AS n FROM (SELECT md5(i::VARCHAR) || repeat('x', 100) AS s FROM range(1000000) r(i)) GROUP BY s)"
    ).fetchone()
    assert rows == (1_000_000, 1_000_000)
    assert spill.parent.is_dir()
    con.close()
