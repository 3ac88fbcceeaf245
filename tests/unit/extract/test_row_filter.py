"""The learned check on event rows: a row the model rates under the threshold is not published, the check can be turned
off to collect the rows it is trained on, the same rows and order give the same weights, and the committed model was
measured on a batch it was not trained on."""

from __future__ import annotations

import json
import zlib
from datetime import date
from types import SimpleNamespace

import pytest

from pipeline.extract import row_filter
from pipeline.quality.row_filter_train import LabelledRow, fit, weighted

_ROW = {"method": "tense_sentence", "event_type": "statement", "date_kind": "upper_bound", "date_precision": "day",
        "is_date_inferred": True, "source_names": ["Tshombe"], "target_names": [], "evidence_text": "The regime is likely to fall soon."}


@pytest.fixture
def tiny_model(tmp_path, monkeypatch):
    """A model whose only weight makes the word "likely" count heavily against a row."""
    likely = zlib.crc32(b"w=likely") % row_filter.DIMENSIONS  # the evidence's word "likely"
    assert likely in row_filter.features(_ROW)
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"bias": 1.0, "weights": [[likely, -5.0]]}))
    monkeypatch.setattr(row_filter, "MODEL", path)
    row_filter._model.cache_clear()
    yield
    row_filter._model.cache_clear()


def test_a_row_the_model_rates_unlikely_is_not_published(tiny_model):
    assert not row_filter.keeps(_ROW)
    assert row_filter.keeps({**_ROW, "evidence_text": "The army seized the radio station."})


def test_the_check_turned_off_keeps_every_row(tiny_model):
    with row_filter.disabled():
        assert row_filter.keeps(_ROW)
    assert not row_filter.keeps(_ROW)


def test_features_are_the_same_whatever_the_order_of_the_rows_fields():
    assert row_filter.features(dict(reversed(list(_ROW.items())))) == row_filter.features(_ROW)


def test_the_same_rows_give_the_same_weights():
    rows = [LabelledRow("a", row_filter.features({**_ROW, "evidence_text": text}), label)
            for text, label in [("The army seized the radio.", 1), ("It is likely to rain.", 0), ("He met the envoy.", 1)] * 5]
    assert fit(rows) == fit(rows)
    bias, weights = fit(rows)
    likely = row_filter.features({**_ROW, "evidence_text": "It is likely to rain."})
    seized = row_filter.features({**_ROW, "evidence_text": "The army seized the radio."})
    assert bias + sum(weights.get(f, 0.0) for f in likely) < bias + sum(weights.get(f, 0.0) for f in seized)


def test_the_committed_model_was_measured_on_a_batch_it_was_not_trained_on():
    model = json.loads(row_filter.MODEL.read_text(encoding="utf-8"))
    assert model["held_out"] and not set(model["held_out"]) & set(model.get("measured_trained_on") or model["trained_on"])
    for held in model["held_out_figures"].values():
        assert held["matching_kept"] / held["rows_kept"] >= held["matching"] / held["rows"]  # the check raised precision there


def test_a_method_is_judged_with_the_kind_of_event_it_gives(tmp_path, monkeypatch):
    """A weight on the pair (a reading of tenses giving a statement) leaves the same method's other kinds and the same
    kind from another method alone."""
    pair = zlib.crc32(b"mt=tense_sentence|statement") % row_filter.DIMENSIONS
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"bias": 1.0, "weights": [[pair, -5.0]]}))
    monkeypatch.setattr(row_filter, "MODEL", path)
    row_filter._model.cache_clear()
    try:
        assert not row_filter.keeps(_ROW)
        assert row_filter.keeps({**_ROW, "event_type": "meeting"})
        assert row_filter.keeps({**_ROW, "method": "dated_sentence"})
    finally:
        row_filter._model.cache_clear()


def test_where_the_dev_corpus_and_a_batch_label_a_kind_of_row_differently_the_corpus_prevails():
    told = "the delegation had already sent a greeting to the congress"
    corpus = [LabelledRow("corpus", row_filter.features({**_ROW, "evidence_text": f"{told} in {year}"}), 1) for year in range(1950, 1970)]
    batch = [LabelledRow("probes_events9", row_filter.features({**_ROW, "evidence_text": f"{told} of {year}"}), 0) for year in range(1950, 1970)]
    bias, weights = fit(weighted("corpus", corpus) + weighted("probes_events9", batch))
    row = row_filter.features({**_ROW, "evidence_text": f"{told} on Monday"})
    assert row_filter.score(row, bias, weights) >= row_filter.THRESHOLD


def test_a_retrain_keeps_out_the_batches_the_committed_model_never_saw(tmp_path):
    from pipeline.quality.row_filter_train import unseen_by_model

    model = tmp_path / "row_filter.json"
    model.write_text('{"trained_on": ["corpus", "probes_events", "probes_events2"], "weights": []}\n', encoding="utf-8")
    names = ["corpus", "probes_events", "probes_events2", "probes_events3", "probes_events4"]
    assert unseen_by_model(names, model) == ["probes_events3", "probes_events4"]
    assert unseen_by_model(names, tmp_path / "none.json") == ["probes_events4"]


def _named(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) % row_filter.DIMENSIONS


def test_an_upper_bound_is_judged_with_the_cue_of_tense_it_was_read_from():
    """"had already asked" and "has recalled" are told apart from a plain past, with the language files' words."""
    kind = "upper_bound"
    assert _named(f"tc={kind}|already+pluperfect") in row_filter.features({**_ROW, "evidence_text": "The Treasury had already asked the Bank."})
    assert _named(f"tc={kind}|perfect") in row_filter.features({**_ROW, "evidence_text": "Rabat has recalled its ambassador."})
    assert _named(f"tc={kind}|plain") in row_filter.features({**_ROW, "evidence_text": "Washington moved cautiously."})
    assert _named(f"tcw={kind}|plain|True") in row_filter.features({**_ROW, "evidence_text": "We sent a note to Peking."})


def test_the_document_tells_its_kind_and_whether_the_row_ends_on_its_date():

    row = {**_ROW, "evidence_text": "Rabat has recalled its ambassador.", "end_date": date(1971, 7, 16)}
    on_the_day = row_filter.features(row, {"source_type": "archival_record", "document_date": date(1971, 7, 16)})
    assert _named("tca=upper_bound|perfect|document_date") in on_the_day
    assert _named("tcst=upper_bound|perfect|archival_record") in on_the_day
    before = row_filter.features(row, {"source_type": "archival_record", "document_date": date(1971, 7, 20)})
    assert _named("tca=upper_bound|perfect|before") in before
    assert _named("tca=upper_bound|perfect|undated_document") in row_filter.features(row)


def test_the_figures_count_gold_events_once_and_the_rows_dropped_by_whether_they_match():
    from pipeline.quality.row_filter_train import figures

    rows = [LabelledRow("b", [], 1, file="a.txt", events=("E1",), actors_right=("E1",)),
            LabelledRow("b", [], 1, file="a.txt", events=("E1",)),
            LabelledRow("b", [], 0, file="a.txt"),
            LabelledRow("b", [], 1, exempt=True, file="b.txt", events=("E1",))]
    assert figures(rows) == {"rows": 4, "matching": 3, "found": 2, "actors_right": 1, "dropped_matching": 0, "dropped_other": 0}
    kept = figures(rows, lambda r: r.actors_right != ())
    assert kept == {"rows": 2, "matching": 2, "found": 2, "actors_right": 1, "dropped_matching": 1, "dropped_other": 1}


def _draft(start, end, inferred=True, method="dated_sentence"):
    return SimpleNamespace(method=method, start_date=start, end_date=end, inferred=inferred)


def test_a_past_act_read_months_after_the_writing_moves_to_the_year_before():
    written = {"document_date": date(1973, 1, 4), "document_date_precision": "day"}
    death = _draft(date(1973, 5, 20), date(1973, 5, 20))  # "The death on 20 May of Mr. J. Sambuu ..." in a review of 1972
    assert row_filter.before_the_writing(death, written) and death.start_date == death.end_date == date(1972, 5, 20)
    soon = _draft(date(1973, 2, 20), date(1973, 2, 20))  # within LATE_DAYS: a plan or a reading left as it is
    assert row_filter.before_the_writing(soon, written) and soon.start_date == date(1973, 2, 20)


def test_a_written_year_months_after_the_writing_is_left_out_and_the_layout_stands():
    written = {"document_date": date(1970, 6, 26), "document_date_precision": "day"}
    assert not row_filter.before_the_writing(_draft(date(1972, 1, 1), date(1972, 12, 31), inferred=False), written)
    assert row_filter.before_the_writing(_draft(date(1972, 1, 1), date(1972, 1, 1), method="cable_trailer"), written)
    assert row_filter.before_the_writing(_draft(date(1972, 1, 1), date(1972, 1, 1)), {"document_date": date(1970, 1, 1),
                                                                                      "document_date_precision": "year"})
