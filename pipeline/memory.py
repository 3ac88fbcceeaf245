"""Giving freed memory back to the system between the steps of a build.

Arrow's allocator (mimalloc) keeps the pages of freed buffers for reuse, and
so does the C library's malloc: after the tables are validated in pandas
batches, a build's process would keep about 0.6 GiB at 100,000 seeds that no
object holds any more, and the release's DuckDB sessions would come on top of
it. ``release_memory`` hands those pages back; the objects themselves must be
gone already (it frees nothing that is still referenced).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from functools import cache


def release_memory() -> None:
    """Collects unreachable objects, then returns the free pages of Arrow's pool and of malloc to the system."""
    import pyarrow as pa

    gc.collect()
    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim():
    """glibc's ``malloc_trim``, or None where the C library has none (macOS, musl)."""
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):
        return None
