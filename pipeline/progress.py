"""Progress of a long loop (seeds parsed of a bulk load): a bar on a terminal, log lines elsewhere.

On a terminal, rich draws a bar with the count, the rate and the time left;
anywhere else (the Dagster daemon, a CI log, or ``PIPELINE_PROGRESS=log``)
the same figures are logged every tenth of the way or every ``interval``
seconds, whichever comes first.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sized
from typing import TypeVar

T = TypeVar("T")
MIN_LOGGED = 20  # a run of fewer seeds logs only its last line


def progress_line(done: int, total: int, elapsed: float, noun: str = "seeds parsed") -> str:
    """``120/3000 seeds parsed, 40.0/s, about 1 min 12 s left``."""
    rate = done / elapsed if elapsed > 0 else 0.0
    line = f"{done}/{total} {noun}, {rate:.1f}/s"
    if 0 < done < total and rate > 0:
        line += f", about {_duration((total - done) / rate)} left"
    elif done >= total:
        line += f", done in {_duration(elapsed)}"
    return line


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"


def track(
    items: Iterable[T], total: int | None = None, noun: str = "seeds parsed", log: Callable[[str], None] | None = None,
    interval: float = 10.0, clock: Callable[[], float] = time.monotonic, terminal: bool | None = None,
) -> Iterator[T]:
    """Yields ``items``, showing how far along the loop is."""
    total = total if total is not None else len(items) if isinstance(items, Sized) else 0
    tty = _terminal() if terminal is None else (sys.stderr if terminal else None)
    if tty is not None and total > 1:
        try:
            yield from _rich_track(items, total, noun, tty)
        finally:
            if tty is not sys.stderr:
                tty.close()
        return
    start = last = clock()
    step = max(1, total // 10)
    for done, item in enumerate(items, start=1):
        yield item
        now = clock()
        if log and (done == total or (total >= MIN_LOGGED and (done % step == 0 or now - last >= interval))):
            log(progress_line(done, total, now - start, noun))
            last = now


def _terminal():
    """The controlling terminal, opened for writing, or None (a daemon, CI).

    Not sys.stderr: a Dagster step's standard error is captured into its
    compute log at the file-descriptor level, so a bar written there would
    never reach the person watching.
    """
    if os.environ.get("PIPELINE_PROGRESS") == "log":
        return None
    try:
        return open("/dev/tty", "w", encoding="utf-8")  # noqa: SIM115 - closed by the caller
    except OSError:
        return None


def _rich_track(items: Iterable[T], total: int, noun: str, stream) -> Iterator[T]:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn(noun), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"), TextColumn("left:"), TimeRemainingColumn())
    start = time.monotonic()
    with Progress(*columns, console=Console(file=stream)) as bar:
        task = bar.add_task(noun, total=total, rate="")
        for done, item in enumerate(items, start=1):
            yield item
            elapsed = time.monotonic() - start
            bar.update(task, advance=1, rate=f"{done / elapsed:.1f}/s" if elapsed > 0 else "")
