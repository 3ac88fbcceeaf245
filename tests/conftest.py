from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures"
BOOK_SEED = SEEDS / "000_9f8ab7e3434e6d97.txt"
WCDA_SEED = SEEDS / "001_a5d0082016cd8dd9.txt"


@pytest.fixture(scope="session")
def gold_seeds() -> dict:
    import yaml

    return yaml.safe_load((FIXTURES / "gold" / "seeds.yaml").read_text(encoding="utf-8"))
