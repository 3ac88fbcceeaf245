"""An hour in four figures in a day row's sentence or a register row's clause, and a count or an amount that is none."""

import pytest

from pipeline.extract.events import passages


@pytest.mark.parametrize("sentence, hour", [
    ("Body recovered by Whirlwind 1130.", "1130"),
    ("Arr. Moscow Sheremetyevo 1240.", "1240"),
    ("Dep. Moscow 1015 LOT.", "1015"),
    ("Dep. Warsaw 0800 LOT via East Berlin.", "0800"),
    ("0800 Air filter changed (filter 73/201).", "0800"),
    ("Wreckage seen by a shepherd on the north side of Carnedd Dafydd at about 1330.", "1330"),
    ("There are 1900 Soviet specialists.", None),
    ("The budget was 1500.", None),
])
def test_a_day_row_s_sentence_reads_an_hour_not_a_count(sentence, hour):
    m = passages._ROW_HOUR.search(sentence)
    assert (m and (m["hour"] or m["hour2"]) + (m["minute"] or m["minute2"])) == hour


@pytest.mark.parametrize("clause, hour", [
    ("sailed 1620 for the Minch", "1620"),
    ("Gale warning 1700", "1700"),
    ("all pilotage suspended 1900 to 0600", "1900"),
    ("landed 1500 tons of grain", None),
    ("a crew of 1200 men", None),
])
def test_a_register_row_s_clause_reads_an_hour_not_a_count(clause, hour):
    m = passages._REGISTER_FIGURES_HOUR.search(clause)
    assert (m and m["hour"] + m["minute"]) == hour
