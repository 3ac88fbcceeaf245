"""The kind of document a title or a catalogue field names, in the documents table's vocabulary.

Titles name the kind in English, Russian or Chinese ("Ciphered Telegram No.
709, ...", "Memorandum of Conversation", "MZD關於…致斯大林電", "Постановление");
catalogue fields abbreviate it (CIA CREST "Content Type: BRIEF"). The first
kind whose words appear wins, so the order below matters: a "memorandum of
conversation" is a record of conversation, not a memorandum.
"""

from __future__ import annotations

import re

_KINDS = (
    ("record_of_conversation", r"conversation|meetings? (?:of|between)|會談|会谈|談話|谈话|беседы"),
    ("telegram", r"telegram|電報|电报|電$|电$|телеграмм"),
    ("cable", r"\bcable\b"),
    ("letter", r"\bletter\b|[信函]$|письмо"),
    ("minutes", r"minutes|protocol|протокол"),
    ("memorandum", r"memorandum|\bmemo\b"),
    ("resolution", r"resolution|decree|постановлени|決議|决议"),
    ("report", r"\breport\b|報告|报告|доклад"),
    ("briefing", r"briefing|\bbrief\b"),
)
_PATTERNS = tuple((kind, re.compile(words, re.IGNORECASE)) for kind, words in _KINDS)


def document_type_of(text: str) -> str:
    """The kind of document ``text`` names, or "other"."""
    return next((kind for kind, pattern in _PATTERNS if pattern.search(text)), "other")
