"""The second batch of held-out event probes (tests/fixtures/probes_events2) against their gold, written before
extraction ran on them: a FRUS telegram with its sending and receipt lines, records and reports signed under their
text, letters with plans, a Chinese telegram, a book page telling vague periods. The floors (measured by
`make eval-probes2`, less 0.005) only ever go up.
"""

from __future__ import annotations

import pytest

from pipeline.quality.corpus import PROBES2, Locator, evaluate, load_corpus

FLOORS = {"recall": 0.625, "precision": 0.748, "actors": 0.348}


@pytest.fixture(scope="module")
def summary():
    return evaluate(load_corpus(PROBES2 / "gold.json"), PROBES2).summary()


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_second_probe_batch_does_not_fall_below_its_floor(summary, measure):
    assert summary[measure] >= FLOORS[measure], summary


def test_second_probe_gold_evidence_is_on_its_page_once():
    for entry in load_corpus(PROBES2 / "gold.json"):
        locator = Locator((PROBES2 / entry["file"]).read_text(encoding="utf-8"))
        for event in entry["events"]:
            for evidence in event["evidence"]:
                assert len(locator.spans(evidence)) == 1, (entry["file"], event["id"], evidence)
