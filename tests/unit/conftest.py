"""The unit tests of the readers test the rows the rules give, before the learned check on event rows
(pipeline/extract/row_filter.py) decides which are published; that check has its own tests
(tests/unit/extract/test_row_filter.py), and the golden snapshots and the scores show the published rows."""

from __future__ import annotations

import pytest

from pipeline.extract import row_filter


@pytest.fixture(autouse=True)
def _rules_rows(request):
    if request.module.__name__.endswith("test_row_filter"):
        yield
        return
    with row_filter.disabled():
        yield
