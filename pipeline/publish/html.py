"""The release's pictures: ``index.html``, one self-contained page (no script, nothing fetched).

Charts are drawn with matplotlib into inline SVG from the release's own
Parquet files: events per month by type (the timeline), who wrote to whom
(the correspondence), documents per year and per source; then every table's
columns from the declarations. Seed text (titles, names, collections) is
untrusted: HTML gets it escaped, and matplotlib gets it with its
mathematics marker ``$`` made literal (and escapes it into the SVG itself).
The SVG is written with fixed ids and no date, so the page is
byte-reproducible like the rest of the release.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.publish import sql
from pipeline.publish.citation import cite_as
from pipeline.publish.duck import connect
from pipeline.publish.escape import html_text, plot_label
from pipeline.publish.layout import table_file, table_path
from schemas import tables as declared_tables

if TYPE_CHECKING:  # matplotlib: imported where a chart is drawn, which may be the build's helper process
    from matplotlib.figure import Figure

    from pipeline.publish.parquet import FileInfo

_SVG_SETTINGS = {"svg.hashsalt": "coldwar-sources", "svg.fonttype": "none", "font.size": 9, "font.family": "DejaVu Sans"}
_PALETTE = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173",
]


def _svg(fig: Figure) -> str:
    """The figure as inline SVG: no XML prolog, no date, fixed ids."""
    from matplotlib import rc_context

    buffer = io.StringIO()
    with rc_context(_SVG_SETTINGS), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # glyphs a font lacks (CJK names): the browser draws them with its own fonts
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    text = buffer.getvalue()
    text = re.sub(r"^.*?(<svg\b)", r"\1", text, count=1, flags=re.DOTALL)
    text = re.sub(r"\s*<metadata>.*?</metadata>", "", text, count=1, flags=re.DOTALL)
    return text.replace("<svg ", '<svg role="img" ', 1)


def _figure(width: float, height: float) -> Figure:
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    with rc_context(_SVG_SETTINGS):
        return Figure(figsize=(width, height), layout="constrained")


def _query(release: Path, query: str) -> list[tuple]:
    con = connect()
    for name in ("documents", "events", "entities"):
        con.execute(sql.render("temp_view_of_file", table=name, file=sql.literal(str(table_path(release, name)))))
    return con.execute(query).fetchall()


def timeline_chart(release: Path) -> tuple[str, str]:
    """Events per month, stacked by event type; the note says what is left out."""
    from matplotlib import rc_context

    rows = _query(
        release,
        """SELECT date_trunc('month', start_date)::DATE AS month, event_type, count(*) FROM events
           WHERE start_date IS NOT NULL AND date_precision IN ('minute', 'day', 'month') GROUP BY ALL ORDER BY ALL""",
    )
    left_out = _query(release, "SELECT count(*) FROM events WHERE start_date IS NULL OR date_precision NOT IN ('minute', 'day', 'month')")[0][0]
    with rc_context(_SVG_SETTINGS):
        fig = _figure(10, 3.6)
        ax = fig.add_subplot()
        if rows:
            months = sorted({r[0] for r in rows})
            types = sorted({r[1] for r in rows})
            span = (months[-1] - months[0]).days or 31
            width = max(25, span / 220)
            bottom = dict.fromkeys(months, 0)
            for i, kind in enumerate(types):
                counts = {r[0]: r[2] for r in rows if r[1] == kind}
                xs = [m for m in months if m in counts]
                ax.bar(xs, [counts[m] for m in xs], width=width, bottom=[bottom[m] for m in xs],
                       color=_PALETTE[i % len(_PALETTE)], label=plot_label(kind), align="edge")
                for m in xs:
                    bottom[m] += counts[m]
            ax.legend(fontsize=7, ncols=2, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
        else:
            ax.text(0.5, 0.5, "no dated events in this release", ha="center", va="center", transform=ax.transAxes)
        ax.set_ylabel("events per month")
        ax.spines[["top", "right"]].set_visible(False)
        svg = _svg(fig)
    note = f"{sum(r[2] for r in rows)} events dated to the month or better; {left_out} undated or dated only to the year are not drawn."
    return svg, note


def correspondence_chart(release: Path, limit: int = 12) -> tuple[str, str]:
    """Who wrote to whom: messages sent per sender (rows) and recipient (columns)."""
    from matplotlib import rc_context

    rows = _query(
        release,
        """SELECT s.name, t.name, count(DISTINCT e.doc_id)
           FROM events e, unnest(e.source_entity_ids) si(id), unnest(e.target_entity_ids) ti(id)
           JOIN entities s ON s.entity_id = si.id JOIN entities t ON t.entity_id = ti.id
           WHERE e.event_type = 'message_sent' AND si.id <> ti.id GROUP BY ALL ORDER BY ALL""",
    )
    def top(index: int) -> list[str]:
        totals: dict[str, int] = {}
        for r in rows:
            totals[r[index]] = totals.get(r[index], 0) + r[2]
        return sorted(totals, key=lambda n: (-totals[n], n))[:limit]

    senders, recipients = top(0), top(1)
    cells = {(r[0], r[1]): r[2] for r in rows}
    with rc_context(_SVG_SETTINGS):
        fig = _figure(max(5, 1.2 + 0.55 * len(recipients)), max(2.5, 1 + 0.35 * len(senders)))
        ax = fig.add_subplot()
        if senders and recipients:
            grid = [[cells.get((s, t), 0) for t in recipients] for s in senders]
            ax.imshow(grid, cmap="Blues", aspect="auto", vmin=0)
            ax.set_xticks(range(len(recipients)), [plot_label(t, 24) for t in recipients], rotation=40, ha="right")
            ax.set_yticks(range(len(senders)), [plot_label(s, 28) for s in senders])
            for i, row in enumerate(grid):
                for j, n in enumerate(row):
                    if n:
                        ax.text(j, i, str(n), ha="center", va="center", fontsize=8, color="white" if n > max(map(max, grid)) / 2 else "black")
            ax.set_xlabel("to")
            ax.set_ylabel("from")
        else:
            ax.text(0.5, 0.5, "no messages in this release", ha="center", va="center", transform=ax.transAxes)
            ax.set_axis_off()
        svg = _svg(fig)
    note = f"Documents with a message sent between actors the gazetteer knows, by sender and recipient ({len(cells)} pairs; the {limit} most frequent of each side shown)."
    return svg, note


def documents_chart(release: Path, limit: int = 8) -> tuple[str, str]:
    """Documents per year of their date, stacked by source (collection)."""
    from matplotlib import rc_context

    rows = _query(
        release,
        "SELECT year(document_date) AS y, coalesce(collection, 'unknown source') AS source, count(*) FROM documents GROUP BY ALL ORDER BY ALL",
    )
    dated = [r for r in rows if r[0] is not None]
    totals: dict[str, int] = {}
    for r in dated:
        totals[r[1]] = totals.get(r[1], 0) + r[2]
    shown = sorted(totals, key=lambda n: (-totals[n], n))[:limit]
    with rc_context(_SVG_SETTINGS):
        fig = _figure(10, 3.4)
        ax = fig.add_subplot()
        if dated:
            years = sorted({r[0] for r in dated})
            bottom = dict.fromkeys(years, 0)
            groups = shown + (["other sources"] if len(totals) > len(shown) else [])
            for i, source in enumerate(groups):
                counts: dict[int, int] = {}
                for y, s, n in dated:
                    if s == source or (source == "other sources" and s not in shown):
                        counts[y] = counts.get(y, 0) + n
                xs = [y for y in years if y in counts]
                ax.bar(xs, [counts[y] for y in xs], bottom=[bottom[y] for y in xs], color=_PALETTE[i % len(_PALETTE)],
                       label=plot_label(source), width=0.8)
                for y in xs:
                    bottom[y] += counts[y]
            ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
            ax.xaxis.get_major_locator().set_params(integer=True)
        else:
            ax.text(0.5, 0.5, "no dated documents in this release", ha="center", va="center", transform=ax.transAxes)
        ax.set_ylabel("documents")
        ax.spines[["top", "right"]].set_visible(False)
        svg = _svg(fig)
    undated = sum(r[2] for r in rows if r[0] is None)
    note = f"{sum(totals.values())} dated documents by year and source ({len(totals)} sources); {undated} without a date are not drawn."
    return svg, note


def schema_html() -> str:
    parts = []
    for t in declared_tables().values():
        rows = "".join(
            f"<tr><td><code>{html_text(c.name)}</code></td><td>{html_text(c.type)}</td><td>{'yes' if c.nullable else 'no'}</td>"
            f"<td>{html_text(c.description)}</td></tr>"
            for c in t.columns
        )
        parts.append(
            f'<section class="table"><h3 id="table-{html_text(t.name)}">{html_text(t.name)}</h3>'
            f"<p>{html_text(t.description)} Key: <code>{html_text(', '.join(t.primary_key))}</code>. "
            f'File: <a href="{html_text(table_file(t.name))}">{html_text(table_file(t.name))}</a>.</p>'
            f"<table><thead><tr><th>column</th><th>type</th><th>null</th><th>description</th></tr></thead><tbody>{rows}</tbody></table></section>"
        )
    return "\n".join(parts)


_STYLE = """
body { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #ddd; } figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; } figcaption { color: #555; font-size: 0.9rem; }
table { border-collapse: collapse; font-size: 0.85rem; margin-bottom: 1rem; } td, th { border: 1px solid #ddd; padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
.counts td:last-child { text-align: right; } blockquote { border-left: 4px solid #ccc; margin-left: 0; padding-left: 1rem; color: #333; }
"""


def charts(release: Path) -> list[tuple[str, tuple[str, str]]]:
    """The page's charts, titled: SVG and note of each."""
    return [
        ("Timeline: events per month, by type", timeline_chart(release)),
        ("Correspondence: who wrote to whom", correspondence_chart(release)),
        ("Documents per year, by source", documents_chart(release)),
    ]


def start_charts(release: Path) -> Callable[[], list[tuple[str, tuple[str, str]]]]:
    """Starts drawing the charts of ``release`` (its Parquet files written) in the build's helper process when it has
    one, idle once it has parsed the build's few new seeds (``pipeline.publish.staging.helper``), so that they are drawn
    on the other core while this process writes the other pages; returns what gives them (drawn here if not there)."""
    from pipeline.publish.staging import helper

    pool = helper()
    try:
        drawn = pool.submit(charts, release) if pool is not None else None
    except RuntimeError:  # the helper was shut down, or its process died
        drawn = None
    if drawn is None:
        return lambda: charts(release)

    def result() -> list[tuple[str, tuple[str, str]]]:
        try:
            return drawn.result()
        except Exception:  # noqa: BLE001 - the helper died or was ended: the charts are drawn here, as they would have been
            return charts(release)

    return result


_CHART_TABLES = ("documents", "events", "entities")  # the tables the charts are drawn from (_query)
_EARLY: dict[tuple, Callable[[], list]] = {}  # the charts started as soon as their tables were assembled, by their files


def _charts_key(files: dict[str, FileInfo]) -> tuple:
    return tuple(files[name].sha256 for name in _CHART_TABLES)


def start_charts_early(files: dict[str, FileInfo]) -> None:
    """Starts drawing the charts of tables just assembled (``files``, in one folder) in the build's helper process, when
    it has one, so that they are drawn while the checks and the release's first steps run in this process; the release
    made of the same files takes them with ``started_charts``. Without a helper nothing is started."""
    from pipeline.publish.staging import helper

    _EARLY.clear()
    if helper() is None or any(name not in files for name in _CHART_TABLES):
        return
    _EARLY[_charts_key(files)] = start_charts(files["documents"].path.parent)


def started_charts(files: dict[str, FileInfo]) -> Callable[[], list] | None:
    """What gives the charts started early for tables of the same content as ``files`` (same sha256), else None."""
    if any(name not in files for name in _CHART_TABLES):
        return None
    return _EARLY.pop(_charts_key(files), None)


def index_html(
    release: Path, version: str, released: dt.date, rows: dict[str, int], drawn: Callable[[], list] | None = None
) -> str:
    """The whole page, from the release folder's Parquet files (``drawn``: gives the charts, see ``start_charts``)."""
    figures = "\n".join(
        f'<h2>{html_text(title)}</h2><figure>{svg}<figcaption>{html_text(note)}</figcaption></figure>'
        for title, (svg, note) in (drawn or (lambda: charts(release)))()
    )
    counts = "".join(f'<tr><td><a href="#table-{html_text(n)}">{html_text(n)}</a></td><td>{rows[n]}</td></tr>' for n in rows)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cold War source documents, release {html_text(version)}</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>Cold War source documents, release {html_text(version)}</h1>
<p>Released {html_text(released.isoformat())}. Archival records and book pages about the Cold War as tables of documents,
passages, events, entities, mentions and links. The dataset card is <a href="README.md">README.md</a>; every event in date
order is in <a href="timeline.md">timeline.md</a>.</p>
<blockquote>{html_text(cite_as(version, released))}</blockquote>
<table class="counts"><thead><tr><th>table</th><th>rows</th></tr></thead><tbody>{counts}</tbody></table>
{figures}
<h2>Tables</h2>
{schema_html()}
</body>
</html>
"""
