"""The site's summary on its label's line, the label read from the layout's label map."""

from __future__ import annotations

import pytest

from pipeline.normalize.text import Line
from pipeline.parse import wcda_layout


@pytest.mark.parametrize("label", [key for key, kind in wcda_layout.LABELS.items() if kind == "summary"])
def test_a_summary_label_s_value_on_its_line_is_the_summary(label):
    text = f"{label.title()}: The East German ambassador finds Bouterse defensive about the killing of fifteen opponents."
    found = wcda_layout._inline_field(text, Line(text, 0, len(text), 0))
    assert found is not None and found[0] == "summary"
    assert found[1].text.startswith("The East German ambassador")


def test_another_label_s_long_value_is_no_summary():
    text = "Credits: The East German ambassador finds Bouterse defensive about the killing of fifteen opponents."
    assert wcda_layout._inline_field(text, Line(text, 0, len(text), 0)) is None
