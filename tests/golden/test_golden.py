"""Every seed and development document gives exactly the checked-in output."""

from __future__ import annotations

import difflib

import pytest

from tests.golden import expected_path, golden_inputs, render, snapshot


@pytest.mark.parametrize("path", golden_inputs(), ids=lambda p: p.stem)
def test_output_matches_golden(path):
    target = expected_path(path)
    assert target.exists(), f"no golden for {path.name}: run `make golden-update` and read the diff"
    got = render(snapshot(path))
    want = target.read_text("utf-8")
    if got != want:
        diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), "expected", "got", n=2))
        pytest.fail(f"{path.name} differs from its golden (make golden-update if intended):\n{diff[:6000]}")


def test_every_input_has_a_golden_and_no_golden_is_stale():
    stems = {expected_path(p).name for p in golden_inputs()}
    on_disk = {p.name for p in expected_path(golden_inputs()[0]).parent.glob("*.json")}
    assert stems == on_disk
