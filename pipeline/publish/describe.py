"""Everything a release says about itself, written into its folder.

The changelog, the Frictionless Data Package, the Croissant description,
CITATION.cff, the dataset card (README.md, with its Hugging Face header),
and the pictures (index.html). Each comes from the table
declarations and the release's own files, so a rebuild gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from pipeline.publish import sql
from pipeline.publish.card import changelog_markdown, dataset_card
from pipeline.publish.citation import citation_cff
from pipeline.publish.duck import connect
from pipeline.publish.html import index_html
from pipeline.publish.layout import table_path
from pipeline.publish.parquet import FileInfo
from pipeline.publish.search import OTHER, STEMMERS
from pipeline.publish.standards import croissant, datapackage


def _json(data: dict) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def release_languages(folder: Path) -> list[str]:
    """ISO 639-1 codes of the passages' languages, most passages first."""
    rows = connect().execute(sql.load("release_languages"), {"file": str(table_path(folder, "passages"))}).fetchall()
    return [r[0] for r in rows]


def write_descriptions(
    folder: Path, version: str, released: dt.date, previous: str | None, built: dict[str, FileInfo], changes: dict,
    drawn: Callable[[], list] | None = None,
) -> None:
    """The release's pages and metadata files (the timeline's pages are written by ``pipeline.publish.timeline``;
    ``drawn`` gives the charts when they were started before, see ``pipeline.publish.html.start_charts``)."""
    rows = {name: info.rows for name, info in built.items()}
    languages = release_languages(folder)
    groups = sorted({code if code in STEMMERS else OTHER for code in languages})
    texts = {
        "CHANGELOG.md": changelog_markdown(version, previous, changes),
        "datapackage.json": _json(datapackage(version, released, built)),
        "croissant.json": _json(croissant(version, released, built)),
        "CITATION.cff": citation_cff(version, released),
        "README.md": dataset_card(version, released, rows, languages, groups),
        "index.html": index_html(folder, version, released, rows, drawn),
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
