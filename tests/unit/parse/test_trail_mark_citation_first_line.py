"""A catalogue page whose trail is its first line: the trail's first page names the archive where no line over it does
(source_note.trail_mark_citation, ``at == 0``), not "Home" nor a publishing site's name."""

from __future__ import annotations

from pipeline.parse.source_note import trail_mark_citation


def test_the_trail_s_first_page_names_the_archive():
    found = trail_mark_citation(["National Archives of Guyana › Walter Rodney Archives › Correspondence",
                                 "Ref.: WRA/1/2/3", "Letter"])
    assert [(c["archive"], c["text"]) for c in found] == [("National Archives of Guyana", "Ref.: WRA/1/2/3")]


def test_a_trail_opening_on_home_names_no_archive():
    assert trail_mark_citation(["Home › Collections › Letters", "Ref.: WRA/1/2/3", "Letter"]) == []
