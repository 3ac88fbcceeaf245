"""Progress of a long loop (seeds parsed of a bulk load): a bar on a terminal, log lines elsewhere.

On a terminal, rich draws a bar with the count, the rate and the time left;
anywhere else (the Dagster daemon, a CI log) the same figures are logged
every tenth of the way or every ``interval`` seconds, whichever comes first.
"""

from __future__ import annotations

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
    terminal = sys.stderr.isatty() if terminal is None else terminal
    if terminal and total > 1:
        yield from _rich_track(items, total, noun)
        return
    start = last = clock()
    step = max(1, total // 10)
    for done, item in enumerate(items, start=1):
        yield item
        now = clock()
        if log and (done == total or (total >= MIN_LOGGED and (done % step == 0 or now - last >= interval))):
            log(progress_line(done, total, now - start, noun))
            last = now


def _rich_track(items: Iterable[T], total: int, noun: str) -> Iterator[T]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn(noun), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"), TextColumn("left:"), TimeRemainingColumn())
    start = time.monotonic()
    with Progress(*columns) as bar:
        task = bar.add_task(noun, total=total, rate="")
        for done, item in enumerate(items, start=1):
            yield item
            elapsed = time.monotonic() - start
            bar.update(task, advance=1, rate=f"{done / elapsed:.1f}/s" if elapsed > 0 else "")
