"""Fingerprints of the code and of a build's inputs: what decides that staged rows or a release can be reused.

``code_fingerprint`` covers what a seed's staged rows depend on besides its
bytes (the reading code, the gazetteer, the schemas, library versions);
``build_code_fingerprint`` all of the pipeline's code; ``build_inputs`` the
seeds folder as listed and that code, which is how a build with nothing to
do knows it in a second. Kept apart from staging so that such a build does
not load the parsers to find out.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
from functools import cache
from pathlib import Path

from pipeline.seeds import SeedListing

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent
_READING_CODE = ("parse", "normalize", "extract", "reference", "seed.py", "tables.py", "seeds.py")
_READING_PACKAGES = ("natasha", "slovnet", "navec", "razdel", "pymorphy2", "lingua-language-detector", "charset-normalizer", "rapidfuzz", "pyarrow")


def _fingerprint(parts: tuple[str, ...], packages: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    files = []
    for part in parts:
        root = _PACKAGE_ROOT / part
        files += sorted(root.rglob("*")) if root.is_dir() else [root]
    files += sorted((_PACKAGE_ROOT.parent / "schemas").glob("*.yaml"))
    for path in files:
        if path.is_file() and path.suffix in (".py", ".yaml", ".yml", ".json", ".sql", ".txt"):
            digest.update(path.relative_to(_PACKAGE_ROOT.parent).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for package in packages:
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            digest.update(f"{package}=={importlib.metadata.version(package)}\n".encode())
    return digest.hexdigest()


@cache
def code_fingerprint() -> str:
    """A hash of everything a seed's rows depend on besides its bytes: the reading code, the gazetteer, the schemas and library versions."""
    return _fingerprint(_READING_CODE, _READING_PACKAGES)


@cache
def build_code_fingerprint() -> str:
    """A hash of everything a release depends on besides the seeds: all of the pipeline's code, the schemas, library versions."""
    parts = tuple(p.name for p in sorted(_PACKAGE_ROOT.iterdir()) if p.name not in ("quality", "__pycache__"))
    return _fingerprint(parts, (*_READING_PACKAGES, "duckdb", "duckdb-extension-fts", "pandera"))


def build_inputs(listing: SeedListing) -> str:
    """The fingerprint of a build's inputs: the seeds folder as listed and the code. Equal inputs give the same release."""
    return hashlib.sha256(f"{listing.fingerprint()}\n{build_code_fingerprint()}".encode()).hexdigest()
