"""Leave one language out of language detection: how many pages in a language other than English get their language.

Every gold page whose languages are not English alone is parsed and its document's languages (``seed._languages``)
compared with the gold's, twice: as the detector stands, and with the page's languages taken out of every list the
project names (``_LATIN``, ``_ARCHIVAL``, ``_CYRILLIC``), so that only what holds for a language the project never
asks about finds it (lingua's whole sets of a script, ``_beyond``; a script the table does not count, ``_uncounted``).
ALL=1 counts the English pages too (as the detector stands).

Usage (from the worktree root): PYTHONPATH=. .venv/bin/python tests/leave_one_language_out_detection.py [plain|loo|both]
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pipeline.normalize.language as lang  # noqa: E402
from pipeline import seed  # noqa: E402
from pipeline.normalize.text import decode  # noqa: E402
from pipeline.parse import parse_text  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
_LISTS = ("_LATIN", "_ARCHIVAL", "_CYRILLIC")
_ORIGINAL = {name: getattr(lang, name) for name in _LISTS}


def pages() -> list[tuple[Path, list[str]]]:
    found = []
    golds = [(FIXTURES / "gold" / "corpus.json", FIXTURES / "dev")]
    golds += [(g, g.parent) for g in sorted(FIXTURES.glob("probes_events*/gold.json"))]
    for gold, folder in golds:
        for entry in json.loads(gold.read_text("utf-8")):
            languages = entry.get("languages") or []
            if languages and (os.environ.get("ALL") or languages != ["en"]):
                found.append((folder / entry["file"], languages))
    return found


def _without(codes: set[str]) -> None:
    for name in _LISTS:
        setattr(lang, name, tuple(language for language in _ORIGINAL[name] if lang._code(language) not in codes))
    lang._TRIGRAMS_ONLY = (lang._ARCHIVAL, lang._ANY_LATIN, lang._ANY_CYRILLIC, lang._ANY)
    lang._codes.cache_clear()
    lang.clear_cache()


def languages_of(path: Path) -> list[str]:
    return seed._languages(parse_text(decode(path.read_bytes())[0]))


def main(mode: str) -> None:
    right = {"plain": 0, "loo": 0}
    every = pages()
    for path, gold in every:
        for run in ("plain", "loo"):
            if mode not in (run, "both"):
                continue
            _without(set() if run == "plain" else set(gold) - {"en"})
            got = languages_of(path)
            right[run] += set(got) == set(gold)
            if set(got) != set(gold):
                print(run, path.name, gold, got)
    _without(set())
    print(f"pages {len(every)}: right as the detector stands {right['plain']}, right with their language left out {right['loo']}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "both")
