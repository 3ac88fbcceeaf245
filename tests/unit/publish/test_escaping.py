"""Seed text in the generated Markdown pages is inert: no HTML, link, image, table break or reordering of the line."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from pipeline.publish.card import changelog_markdown, timeline_markdown
from pipeline.publish.escape import markdown_text as md_text

HOSTILE = {
    "script": "<script>alert(1)</script>",
    "img tag": '<img src="https://tracker.example/p.png">',
    "markdown image": "![pixel](https://tracker.example/p.png)",
    "markdown link": "[click here](javascript:alert(1))",
    "bare address": "see https://tracker.example/x and www.tracker.example",
    "table pipe": "a | b | c",
    "right-to-left override": "txt.\u202eexe",
    "isolates and marks": "\u2066a\u2069\u200f",
    "newlines": "one\nline\r\nonly",
    "control characters": "bell\x07 and escape\x1b[31m",
    "backticks": "`code` and ``more``",
}


def _event(text: str) -> dict:
    return {
        "start_date": dt.date(1951, 7, 10), "date_precision": "day", "start_time": None, "is_date_inferred": False,
        "event_type": "meeting", "source_names": [text], "target_names": [text], "evidence_text": text,
        "doc_id": "sha-0000", "title": text,
    }


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_is_inert_in_the_timeline(text):
    page = timeline_markdown("1.0.0", [_event(text)])
    row = page.splitlines()[-1]
    assert "<script" not in page and "<img" not in page and "](" not in row.replace("\\](", "")
    assert "https://" not in page and "www.tracker" not in page
    assert not any(c in page for c in "\u202e\u2066\u2069\u200f\x07\x1b")
    assert len(re.findall(r"(?<!\\)\|", row)) == 7, "the row keeps its six cells"
    assert page.count("\n") == len(page.splitlines())


def test_readable_text_stays_readable():
    assert md_text("Kim Il Sung (Pyongyang), 10 July 1951") == "Kim Il Sung (Pyongyang), 10 July 1951"
    assert md_text("txt.\u202eexe") == "txt.U+202Eexe"


def test_changelog_escapes_document_ids():
    changes = {"added": ["sha-1|<b>x</b>"], "removed": [], "changed": [], "rows": {}}
    text = changelog_markdown("1.1.0", "1.0.0", changes)
    assert "<b>" not in text and "sha-1\\|&lt;b&gt;x&lt;/b&gt;" in text
