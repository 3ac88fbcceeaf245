"""The quality bar of ``make eval``: every seed field right, every field of the Wilson Center records right."""

from __future__ import annotations

from pipeline.paths import PROJECT_ROOT
from pipeline.quality.evaluate import evaluate, summarize

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"


def test_seeds_all_fields_right_and_wcda_dev_records_all_right():
    scores = evaluate(FIXTURES / "gold", PROJECT_ROOT / "seeds", FIXTURES / "dev")
    assert summarize(scores)["seeds"] == 1.0, [s for s in scores if s.group == "seeds" and not s.right]
    wrong = [(s.file, s.field, s.got) for s in scores if s.parser.startswith("wcda") and not s.right]
    assert wrong == []
