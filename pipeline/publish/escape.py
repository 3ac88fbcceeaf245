"""Escaping seed text (untrusted: whatever a web page said) for everything rendered from it.

A title, a name or a passage can hold ``<script>``, a ``|`` that breaks a
Markdown table, a backtick, or a ``$`` that matplotlib would read as
mathematics. Every renderer passes seed text through one of these.
"""

from __future__ import annotations

import html as _html
import re

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]<>|~])")


def html_text(value: object) -> str:
    """Text for HTML element content or a quoted attribute value."""
    return _html.escape("" if value is None else str(value), quote=True)


def markdown_text(value: object, limit: int | None = None) -> str:
    """One line of literal text for Markdown, a table cell included: whitespace folded, markup characters escaped."""
    text = " ".join(("" if value is None else str(value)).split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 3] + "..."
    return _MARKDOWN_SPECIALS.sub(r"\\\1", text).replace("&", "&amp;")


def plot_label(value: object, limit: int = 40) -> str:
    """A chart label: one line, shortened, with matplotlib's mathematics marker ``$`` made literal."""
    text = " ".join(("" if value is None else str(value)).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("\\", "\\\\").replace("$", r"\$")
