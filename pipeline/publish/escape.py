"""Escaping seed text (untrusted: whatever a web page said) for everything rendered from it.

A title, a name or a passage can hold ``<script>``, a ``|`` that breaks a
Markdown table, a backtick, or a ``$`` that matplotlib would read as
mathematics. Every renderer passes seed text through one of these.
"""

from __future__ import annotations

import html as _html
import re

_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]!|~])")
_HTML = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"))  # & first: the others' entities keep theirs
_AUTOLINK = re.compile(r"(?i)(?<=[a-z])(:)(?=//)|(?<=\bwww)(\.)")


def html_text(value: object) -> str:
    """Text for HTML element content or a quoted attribute value."""
    return _html.escape("" if value is None else str(value), quote=True)


def markdown_text(value: object, limit: int | None = None) -> str:
    """Seed text made inert in Markdown and HTML, a table cell included: one line; HTML, emphasis, links, images
    and table pipes escaped; bare addresses not turned into links; bidirectional and other control characters
    shown as their code points."""
    text = " ".join(("" if value is None else str(value)).split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 3] + "..."
    if _BIDI.search(text):
        text = _BIDI.sub(lambda m: f"U+{ord(m.group()):04X}", text)
    text = _CONTROL.sub("", text)
    for char, entity in _HTML:
        if char in text:
            text = text.replace(char, entity)
    if _MARKDOWN_SPECIALS.search(text):
        text = _MARKDOWN_SPECIALS.sub(lambda m: "\\" + m.group(), text)
    if "://" not in text and "www." not in text.lower():  # what _AUTOLINK needs to match: its scan is the slow part
        return text
    return _AUTOLINK.sub(lambda m: "&#58;" if m.group(1) else "&#46;", text)


def plot_label(value: object, limit: int = 40) -> str:
    """A chart label: one line, shortened, with matplotlib's mathematics marker ``$`` made literal."""
    text = " ".join(("" if value is None else str(value)).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("\\", "\\\\").replace("$", r"\$")
