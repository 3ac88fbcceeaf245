"""Freed memory goes back to the system between a build's steps (pipeline.memory)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

# A process that builds ~170 MB of Arrow strings and a pandas frame of them (as the checks do, batch by batch), frees
# them, and prints its resident memory before and after release_memory. Run apart, so that no other test's memory counts.
_SCRIPT = textwrap.dedent(
    """
    import gc
    import pyarrow as pa

    from pipeline.memory import release_memory

    def resident_mib():
        with open("/proc/self/status") as handle:
            return next(int(line.split()[1]) // 1024 for line in handle if line.startswith("VmRSS"))

    arrays = [pa.array([str(i) * 3 for i in range(200_000)]) for _ in range(20)]
    table = pa.table({"text": pa.chunked_array(arrays)})
    frame = table.to_pandas()
    del arrays, table, frame
    gc.collect()
    freed = resident_mib()
    release_memory()
    print(freed, resident_mib())
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="resident memory is read from /proc")
def test_the_memory_of_freed_tables_goes_back_to_the_system():
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, check=True)
    freed, released = (int(x) for x in done.stdout.split())
    assert released < freed - 64, f"{freed} MiB held after the tables were freed, still {released} MiB after release_memory"


def test_release_memory_runs_twice_without_anything_to_give_back():
    from pipeline.memory import release_memory

    release_memory()
    release_memory()
