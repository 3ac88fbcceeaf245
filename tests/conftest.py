from __future__ import annotations

import os
from pathlib import Path

import pytest

# Builds under test log their progress instead of drawing a bar on the developer's terminal.
os.environ.setdefault("PIPELINE_PROGRESS", "log")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures"
BOOK_SEED = SEEDS / "000_9f8ab7e3434e6d97.txt"
WCDA_SEED = SEEDS / "001_a5d0082016cd8dd9.txt"


@pytest.fixture(scope="session")
def gold_seeds() -> dict:
    import yaml

    return yaml.safe_load((FIXTURES / "gold" / "seeds.yaml").read_text(encoding="utf-8"))
