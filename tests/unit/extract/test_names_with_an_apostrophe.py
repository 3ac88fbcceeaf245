"""A name whose word holds an apostrophe for a glottal stop or an ʿayn ("Husni Za'im", "Ahmad Sa'id", "Mu'ammar
Qadhafi") is read whole, not cut at the apostrophe; a contraction ("They've", "He'll") is no name's word."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.extract.mentions import find_unknown_names
from tests.unit.extract.papers import paper


def test_a_name_with_an_ayn_is_read_whole():
    names = [n for _, _, n in find_unknown_names("Yesterday Ahmad Sa'id and Ali Ma'ruf met the envoys.", [])]
    assert "Ahmad Sa'id" in names and "Ali Ma'ruf" in names, names


def test_a_contraction_is_no_part_of_a_name():
    names = [n for _, _, n in find_unknown_names("They've told Tom Smith that He'll come.", [])]
    assert not any("'" in n for n in names), names


def test_a_force_under_a_chief_of_staff_with_an_ayn_in_his_name():
    doc = paper(["The Syrian Army under Chief of Staff Adnan Ma'ruf seized the radio station early yesterday morning."],
                kind="other", day=date(1949, 4, 2), title="DAILY SUMMARY", title_block=True)
    assert [n for e in extract_events(doc) for n in e.sources] == ["Syrian Army", "Adnan Ma'ruf"]
