"""Language of a passage: the script decides where it can, lingua otherwise.

Cyrillic, Han, Hangul and kana text is told apart by its script; Latin-script
text goes to lingua, restricted to the languages this corpus holds so that a
short English line is not read as Tagalog. Text with too few letters to judge
(a signature, "[...]", a number) gets no language.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import cache, lru_cache

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

_LATIN = (Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.POLISH, Language.CZECH)
_CYRILLIC = (Language.RUSSIAN, Language.UKRAINIAN, Language.BULGARIAN, Language.SERBIAN)
MIN_LETTERS = 3


@cache
def _detector(languages: tuple[Language, ...]):
    return LanguageDetectorBuilder.from_languages(*languages).build()


def _script(char: str) -> str | None:
    if not char.isalpha():
        return None
    name = unicodedata.name(char, "")
    if name.startswith("CJK") or name.startswith("CJK UNIFIED"):
        return "han"
    for script in ("LATIN", "CYRILLIC", "HANGUL", "HIRAGANA", "KATAKANA", "GREEK"):
        if name.startswith(script):
            return script.lower()
    return "other"


@lru_cache(maxsize=65536)
def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it has too few letters."""
    scripts = Counter(s for s in map(_script, text) if s)
    if sum(scripts.values()) < MIN_LETTERS:
        return None
    script, _ = scripts.most_common(1)[0]
    if script == "han":
        return "ja" if scripts["hiragana"] + scripts["katakana"] > scripts["han"] // 5 else "zh"
    if script == "hangul":
        return "ko"
    if script in ("hiragana", "katakana"):
        return "ja"
    if script == "greek":
        return "el"
    if script == "cyrillic":
        return _lingua(text, _CYRILLIC, "ru")
    if script == "latin":
        return _lingua(text, _LATIN, "en")
    return None


def _lingua(text: str, languages: tuple[Language, ...], default: str) -> str:
    if len(text) < 40:
        return default
    found = _detector(languages).detect_language_of(text)
    if found is None:
        return default
    return found.iso_code_639_1.name.lower()


def language_name_to_code(name: str) -> str | None:
    """'Russian' -> 'ru' (the language names archives print in their metadata)."""
    try:
        return Language.from_str(name.strip()).iso_code_639_1.name.lower()
    except ValueError:
        try:
            return IsoCode639_1.from_str(name.strip().lower()).name.lower()
        except ValueError:
            return None
