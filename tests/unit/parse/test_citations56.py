"""Citations of archives named in words, their abbreviation bracketed, then a collection's shelf mark; Czech signatures
whose fond is a number of slashed parts."""

from pipeline.parse.citation import named_archive_citation, parse_parts


def test_name_closes_at_its_bracketed_abbreviation_before_an_unlabelled_collection():
    cited = named_archive_citation("Federal Archive of Military Records (BA-MA), DVW 1, 25741, Bl. 3-7.")
    assert [(c["archive"], c["folios"]) for c in cited] == [("Federal Archive of Military Records (BA-MA)", "3-7")]


def test_the_city_after_the_abbreviation_stays_with_the_name():
    cited = named_archive_citation("State Central Archive of Slovakia (SNA), Bratislava, fond 913/2/11, sv. 4, a.j. 77, ff. 12-14.")
    assert [(c["archive"], c["fond"], c["delo"], c["folios"]) for c in cited] == [
        ("State Central Archive of Slovakia (SNA), Bratislava", None, None, "12-14")]


def test_labelled_parts_keep_the_whole_name():
    # a fond labelled after the pieces: no shelf mark to cut away, the words are read as before
    cited = named_archive_citation("Central State Archive, Sofia, fond 1B, opis 58, a.e. 14, listy 1-3")
    assert cited[0]["archive"] == "Central State Archive, Sofia" and cited[0]["fond"] == "1B"


def test_a_fond_of_three_slashed_numbers_is_a_shelf_mark():
    assert parse_parts("fond 1261/0/44, sv. 9, ff. 2-3")["fond"] is None
    assert parse_parts("f. 47/736. ő.e.")["fond"] == "47"  # one slash: the fond and its file, as signatures write them
    assert parse_parts("ff. 2-3")["folios"] == "2-3"
