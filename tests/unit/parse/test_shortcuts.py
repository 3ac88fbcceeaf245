"""The parser's shortcuts (a test that turns a text away before a costly search) read every text as the search does.

Each shortcut rests on something the search needs: a date line's date at its first character, a citation line's
archive at its start. These tests hold the search and the shortcut side by side on texts of each kind, in English,
Russian and Chinese.
"""

from __future__ import annotations

import pytest

from pipeline.normalize.dates import find_dates, opens_with_date
from pipeline.parse.model import is_date_line
from pipeline.parse.source_note import citation_line


@pytest.mark.parametrize(("line", "expected"), [
    ("20 August", True), ("(14 October 1950)", True), ("23 февраля 1952 г.", True), ("一九五〇年十月九日", True),
    ("August 23, 1951.", True), ("On 20 August", False), ("Sofia, 11 March 1968", False), ("Москва, 5 мая 1953 г.", False),
    ("毛泽东 十月十一日", False), ("1951", False),
])
def test_a_date_line_is_one_date_from_its_first_character(line, expected):
    assert is_date_line(line) is expected
    stripped = line.strip().strip("()（）[].,")
    if any(d.start == 0 for d in find_dates(stripped, 2000)):
        assert opens_with_date(stripped)


@pytest.mark.parametrize(("line", "archive"), [
    ("RGANI, f. 3, op. 12, d. 1005, ll. 54-63.", "RGANI"),
    ("[AP RF, f. 45, op. 1, d. 342, l. 78]", "AP RF"),
    ("АП РФ. Ф. 3. Оп. 65. Д. 904. Л. 89–95.", "АП РФ"),
    ("Cited from RGANI, f. 3, op. 12, d. 1005.", None),  # the archive does not open the line
    ("The talks went on until late at night.", None),
])
def test_a_citation_line_opens_with_its_archive(line, archive):
    cited = citation_line(line)
    assert (cited[0]["archive"] if cited else None) == archive
