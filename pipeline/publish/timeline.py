"""The release's timeline: every event in date order, on pages of one year each, written as the rows come.

``timeline.md`` is the index: one row per year (undated events last) with
the number of events and links to its pages. Each year's events are on
``timeline/<year>.md``; a year with more than ``PAGE_EVENTS`` events goes
on over ``timeline/<year>-part-2.md`` and on, so no page grows past what a
browser or a Markdown viewer shows comfortably, however large the corpus.

The events come from DuckDB in date order, a batch at a time (the session
has a memory limit and spills to the build area), and each batch's lines
are written to their page before the next batch is read: memory does not
grow with the number of events. A line depends only on the columns it
shows, so the lines of the last build are kept in the build area (under the
hash of the code that renders them) with their event's id and a hash of the
columns each shows: DuckDB joins them to the events as it sorts these, and
only the lines of new or changed events are rendered (at 10,000 seeds a
one-seed build renders a few lines of ~100,000, and Python only writes
the others out).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.publish import card, escape, sql
from pipeline.publish.duck import TIMELINE_MEMORY, connect, remove_spill
from pipeline.publish.layout import table_path

INDEX = "timeline.md"
FOLDER = "timeline"
PAGE_EVENTS = 1_000  # at most this many events on one page (about 250 kB of Markdown)
BATCH_ROWS = 10_000  # events fetched from DuckDB and rendered at a time


@dataclass(frozen=True)
class Page:
    """One page of the timeline: a year's events (``year`` None: the undated ones), or a part of them."""

    year: int | None
    part: int
    parts: int
    events: int

    @property
    def file(self) -> str:
        """The page's path in the release folder."""
        name = "undated" if self.year is None else str(self.year)
        return f"{FOLDER}/{name}{'' if self.part == 1 else f'-part-{self.part}'}.md"

    @property
    def title(self) -> str:
        name = "undated events" if self.year is None else str(self.year)
        return name if self.parts == 1 else f"{name} (page {self.part} of {self.parts})"


def plan_pages(years: list[tuple[int | None, int]], page_events: int = PAGE_EVENTS) -> list[Page]:
    """The pages for ``years`` (each year and its number of events, in page order): a year's events split evenly
    over as few pages as hold at most ``page_events`` each."""
    pages = []
    for year, events in years:
        parts = max(1, -(-events // page_events))
        for part in range(1, parts + 1):
            pages.append(Page(year, part, parts, events * part // parts - events * (part - 1) // parts))
    return pages


def write_timeline(
    folder: Path, version: str, cache_folder: Path, work: Path, page_events: int = PAGE_EVENTS, batch_rows: int = BATCH_ROWS
) -> int:
    """Writes ``timeline.md`` and the pages of ``timeline/`` into the release ``folder``; returns how many lines were
    rendered (the others came from the lines kept in ``cache_folder`` by the last build)."""
    code = _code_hash()
    cache = cache_folder / f"timeline-{code}.parquet"
    spill = work / "timeline-tmp"
    con = connect(temp_directory=spill, memory_limit=TIMELINE_MEMORY)
    try:
        params = {"events": str(table_path(folder, "events")), "documents": str(table_path(folder, "documents"))}
        years = [tuple(row) for row in con.execute(sql.load("timeline_years"), params).fetchall()]
        pages = plan_pages(years, page_events)
        (folder / INDEX).write_text(card.timeline_index(version, [(p.year, p.part, p.events, p.file) for p in pages]), encoding="utf-8")
        kept = sql.render("timeline_kept") if cache.exists() else sql.load("timeline_kept_none")
        reader = con.execute(sql.render("release_timeline", kept=kept), {**params, **({"kept": str(cache)} if cache.exists() else {})})
        reader = reader.fetch_record_batch(batch_rows)
        cache_folder.mkdir(parents=True, exist_ok=True)
        partial = cache_folder / f".{cache.name}.partial"
        rendered = _write_pages(folder, version, pages, reader, partial)
    finally:
        con.close()
        remove_spill(spill)
    for old in cache_folder.glob("timeline-*.parquet"):
        old.unlink()
    os.replace(partial, cache)
    return rendered


_KEPT_SCHEMA = pa.schema([pa.field("event_id", pa.string()), pa.field("k", pa.uint64()), pa.field("line", pa.string())])


def _write_pages(folder: Path, version: str, pages: list[Page], reader: pa.RecordBatchReader, cache: Path) -> int:
    """Each batch's lines (the kept ones DuckDB joined in, rendered where there was none) written to their pages, and
    kept for the next build. Lines stay in Arrow: a page's run of lines is joined and written as UTF-8 bytes at once."""
    rendered, page_index, left, handle = 0, -1, 0, None
    # the kept lines are read once by the next build: no dictionary (every line differs), light compression
    with pq.ParquetWriter(cache, _KEPT_SCHEMA, compression="lz4", use_dictionary=False) as keep:
        try:
            for batch in reader:
                lines = batch.column("line")
                if lines.null_count:
                    missing = pc.indices_nonzero(lines.is_null())
                    filled = lines.to_pylist()
                    for index, event in zip(missing.to_pylist(), batch.column("r").take(missing).to_pylist(), strict=True):
                        filled[index] = card.timeline_line(event)
                    rendered += len(missing)
                    lines = pa.array(filled, pa.string())
                columns = [batch.column("event_id"), batch.column("k").cast(pa.uint64()), lines]
                keep.write_batch(pa.record_batch(columns, schema=_KEPT_SCHEMA))
                start = 0
                while start < len(lines):
                    if left == 0:
                        if handle is not None:
                            handle.close()
                        page_index += 1
                        handle, left = _open_page(folder, version, pages, page_index), pages[page_index].events
                    chunk = lines.slice(start, left)
                    handle.write(_joined_lines(chunk))
                    start, left = start + len(chunk), left - len(chunk)
        finally:
            if handle is not None:
                handle.close()
    if page_index != len(pages) - 1 or left:
        raise RuntimeError(f"the timeline's events changed while it was written ({page_index + 1} of {len(pages)} pages filled)")
    return rendered


def _joined_lines(lines: pa.StringArray) -> bytes:
    """The lines as UTF-8 text, each ended by a newline: joined by Arrow, not line by line in Python."""
    one_list = pa.ListArray.from_arrays(pa.array([0, len(lines)], pa.int32()), lines)
    return pc.binary_join(one_list, "\n")[0].as_buffer().to_pybytes() + b"\n"


def _open_page(folder: Path, version: str, pages: list[Page], index: int):
    page = pages[index]
    before = pages[index - 1].file if index else None
    after = pages[index + 1].file if index + 1 < len(pages) else None
    links = [f"[all years](../{INDEX})"]
    links += [f"[previous page]({Path(before).name})"] if before else []
    links += [f"[next page]({Path(after).name})"] if after else []
    (folder / FOLDER).mkdir(exist_ok=True)
    handle = open(folder / page.file, "wb")  # noqa: SIM115 (closed by _write_pages)
    handle.write(("\n".join(card.timeline_header(f"Timeline of events, {page.title}, release {version}", " · ".join(links))) + "\n").encode())
    return handle


def _code_hash() -> str:
    """The hash of the code a kept line depends on: how lines are rendered and escaped, and how they are kept (with
    DuckDB's version, whose hash of the shown columns finds them)."""
    texts = [Path(m.__file__).read_bytes() for m in (card, escape)] + [Path(__file__).read_bytes(), duckdb.__version__.encode()]
    texts += [sql.load(name).encode() for name in ("release_timeline", "timeline_kept", "timeline_kept_none")]
    return hashlib.sha256(b"\0".join(texts)).hexdigest()[:16]
