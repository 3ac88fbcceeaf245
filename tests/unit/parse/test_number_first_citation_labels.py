"""A citation that writes its parts number first, the label after, as Hungarian archives do ("288. f." the fond,
"12/431. ő.e." the unit with its series before the slash): each part kept whole with its label, the record group
("M-KS") no part, the folios read as elsewhere. Lines written for these tests."""

from __future__ import annotations

import pytest

from pipeline.parse.citation import parse_citations


@pytest.mark.parametrize(
    ("line", "fond", "delo", "folios"),
    [
        ("MNL OL, M-KS 288. f. 12/431. ő.e., pp. 3-8.", "288. f.", "12/431. ő.e.", "3-8"),
        ("MNL OL, M-KS 288. f. 4/96. ő.e.", "288. f.", "4/96. ő.e.", None),
        ("RGANI, f. 5, op. 30, d. 116, l. 4.", "5", "116", "4"),  # label first: read as before
    ],
)
def test_parts_written_number_first_keep_their_labels(line, fond, delo, folios):
    (cited,) = parse_citations(line)
    assert (cited["fond"], cited["delo"], cited["folios"]) == (fond, delo, folios)
