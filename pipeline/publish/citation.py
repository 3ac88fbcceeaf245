"""How to cite a release: its version, its release date, the licence, a CITATION.cff.

The project's ``CITATION.cff`` (at the root of the repository) is the one
place for the title, authors, licence and repository; each release gets a
copy with its own version and release date.

The release date keeps builds byte-reproducible: it is read from
``SOURCE_DATE_EPOCH`` when set (the reproducible-builds convention: an
operator publishing new seeds sets it to the publication time), else from the
time of the code's last commit, else from the newest seed file's
modification time; never from the clock.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import yaml

from pipeline.paths import PROJECT_ROOT
from schemas import load_yaml

DATASET_LICENSE = "CC-BY-4.0"
DATASET_LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
DATASET_LICENSE_TITLE = "Creative Commons Attribution 4.0 International"


def project_citation() -> dict:
    """The project's CITATION.cff, parsed."""
    return load_yaml((PROJECT_ROOT / "CITATION.cff").read_text(encoding="utf-8"))


def release_date(seeds: Path | None = None) -> dt.date:
    """The release date: SOURCE_DATE_EPOCH, else the last commit's time, else the newest seed's mtime (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        if not epoch.isdigit():
            raise ValueError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds: unset it or give e.g. $(date +%s)")
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    try:
        stamp = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], capture_output=True, text=True, check=True, cwd=PROJECT_ROOT
        ).stdout.strip()
        if stamp:
            return dt.datetime.fromtimestamp(int(stamp), dt.UTC).date()
    except (OSError, subprocess.CalledProcessError):
        pass
    times = [p.stat().st_mtime for p in seeds.iterdir() if p.is_file()] if seeds and seeds.is_dir() else []
    return dt.datetime.fromtimestamp(max(times, default=0), dt.UTC).date()


def release_citation(version: str, released: dt.date) -> dict:
    """The CITATION.cff of one release: the project's, with this release's version and date."""
    cff = {k: v for k, v in project_citation().items() if k not in ("version", "date-released")}
    return {**cff, "version": version, "date-released": released.isoformat()}


def citation_cff(version: str, released: dt.date) -> str:
    header = "# How to cite this release of the dataset (Citation File Format 1.2.0).\n"
    return header + yaml.safe_dump(release_citation(version, released), sort_keys=False, allow_unicode=True, width=100)


def authors_text(cff: dict) -> str:
    names = []
    for author in cff["authors"]:
        if "name" in author:
            names.append(author["name"])
        else:
            names.append(" ".join(p for p in (author.get("given-names"), author.get("family-names")) if p))
    return ", ".join(names)


def cite_as(version: str, released: dt.date) -> str:
    """One line a historian can paste into a bibliography."""
    cff = release_citation(version, released)
    where = f" {cff['repository-code']}." if cff.get("repository-code") else ""
    return f"{authors_text(cff)} ({released.year}). {cff['title']}. Dataset, version {version}, released {released.isoformat()}. Licence {cff['license']}.{where}"


def bibtex(version: str, released: dt.date) -> str:
    """The release as a BibTeX @misc entry (Croissant's citeAs)."""
    cff = release_citation(version, released)
    key = f"coldwar_sources_{version.replace('.', '_')}"
    fields = {
        "author": "{" + authors_text(cff) + "}",
        "title": cff["title"],
        "year": str(released.year),
        "version": version,
        "note": f"Dataset released {released.isoformat()}, licence {cff['license']}",
    }
    if cff.get("repository-code"):
        fields["url"] = cff["repository-code"]
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields.items())
    return f"@misc{{{key},\n{body}\n}}"
