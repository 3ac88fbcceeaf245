"""The per-language word lists of ``pipeline/reference/lang/*.yaml``, loaded once."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml


@cache
def lexicon(language: str) -> dict:
    """The words and phrases of one language (en, ru, zh); empty for a language without a file."""
    folder = resources.files("pipeline.reference").joinpath("lang")
    name = f"{language}.yaml"
    if not folder.joinpath(name).is_file():
        return {}
    return yaml.safe_load(folder.joinpath(name).read_text("utf-8"))
