"""Held-out event probes (tests/fixtures/probes_events) against their gold, written before extraction ran on them.

The pages are of the corpus's kinds with people, days and phrasings the rules were not built on, so
these figures say how extraction does on unseen documents; the floors (measured by `make eval-probes`,
less 0.005) only ever go up.
"""

from __future__ import annotations

import pytest

from pipeline.quality.corpus import PROBES, evaluate, load_corpus

FLOORS = {"recall": 0.737, "precision": 0.809, "actors": 0.424}


@pytest.fixture(scope="module")
def summary():
    return evaluate(load_corpus(PROBES / "gold.json"), PROBES).summary()


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_probe_events_do_not_fall_below_their_floor(summary, measure):
    assert summary[measure] >= FLOORS[measure], summary


def test_probe_gold_evidence_is_on_its_page_once():
    from pipeline.quality.corpus import Locator

    for entry in load_corpus(PROBES / "gold.json"):
        locator = Locator((PROBES / entry["file"]).read_text(encoding="utf-8"))
        for event in entry["events"]:
            for evidence in event["evidence"]:
                assert len(locator.spans(evidence)) == 1, (entry["file"], event["id"], evidence)
