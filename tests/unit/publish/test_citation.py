"""The release date is reproducible, and a release's CITATION.cff is the project's with its version and date."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from pipeline.publish.citation import bibtex, citation_cff, cite_as, project_citation, release_date


def test_source_date_epoch_sets_the_release_date(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert release_date() == dt.date(2023, 11, 14)


def test_a_bad_source_date_epoch_says_what_to_give(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(ValueError, match=r"date \+%s"):
        release_date()


def test_without_source_date_epoch_the_date_is_the_last_commit_s(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert release_date() == release_date() <= dt.datetime.now(dt.UTC).date()


def test_release_citation_file_carries_version_and_date():
    cff = yaml.safe_load(citation_cff("2.1.0", dt.date(2026, 3, 4)))
    project = project_citation()
    assert cff["version"] == "2.1.0" and cff["date-released"] == "2026-03-04"
    assert {k: v for k, v in cff.items() if k not in ("version", "date-released")} == {
        k: v for k, v in project.items() if k not in ("version", "date-released")
    }
    for key in ("cff-version", "message", "title", "authors", "license"):
        assert cff[key], key


def test_cite_as_and_bibtex_name_the_version_and_date():
    line = cite_as("2.1.0", dt.date(2026, 3, 4))
    assert "version 2.1.0" in line and "2026-03-04" in line and "CC-BY-4.0" in line
    entry = bibtex("2.1.0", dt.date(2026, 3, 4))
    assert entry.startswith("@misc{coldwar_sources_2_1_0,") and "year = {2026}" in entry
