"""The parser's shortcuts (a test that turns a text away before a costly search) read every text as the search does.

Each shortcut rests on something the search needs: a WCDA title's " to " after its first comma, a date line's date
at its first character, a citation line's archive at its start, a kind's words in the pattern of every rule. These
tests hold the search and the shortcut side by side on texts of each kind, in English, Russian and Chinese.
"""

from __future__ import annotations

import pytest

from pipeline.normalize import doctypes
from pipeline.normalize.dates import find_dates, opens_with_date
from pipeline.parse import wcda
from pipeline.parse.model import is_date_line
from pipeline.parse.source_note import citation_line


@pytest.mark.parametrize("title", [
    "Ciphered Telegram No. 709, Filippov [Stalin] to Mao Zedong",
    "Letter, Kim Il Sung to Stalin, via Shtykov",
    "Cable No. 3, from Beijing, Zhou Enlai to\tMolotov",
    "Memorandum, Ambassador Yudin, on the talks",  # a comma, no " to ": not a title's parts
    "Note to the Presidium, Khrushchev",  # " to " before the first comma only
    "We agreed, in the end, that the delegation would go home",  # prose with commas
])
def test_title_parts_are_read_as_the_full_pattern_reads_them(title):
    full = wcda._TITLE_PARTS.match(title)
    got = wcda._title_parts(title)
    assert (got and got.groupdict()) == (full and full.groupdict())


def test_a_title_with_its_parties_after_the_comma_still_names_them():
    m = wcda._title_parts("Ciphered Telegram No. 2950, Filippov [Stalin] to Krasovsky, for Mao Zedong")
    assert (m["number"], m["sender"], m["recipient"], m["final"]) == ("2950", "Filippov [Stalin]", "Krasovsky", "Mao Zedong")


@pytest.mark.parametrize(("text", "kind"), [*doctypes.examples(), ("Untitled page", "other"), ("Всё прочее", "other"), ("其他", "other")])
def test_the_rules_together_find_every_text_some_rule_finds(text, kind):
    lowered = text.lower()
    assert (doctypes._any_kind().search(lowered) is not None) == any(p.search(lowered) for _k, p in doctypes._patterns())
    assert doctypes.document_type_of(text) == kind


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
