"""An archive cited by its name in its own language with its abbreviation in brackets ("Archiwum Akt Nowych (AAN)"):
the citation keeps the name whole, and its parts are read after the bracket."""

from pipeline.parse.citation import parse_citations


def test_a_polish_name_before_its_bracketed_abbreviation_is_kept_whole():
    cited = parse_citations("Archiwum Akt Nowych (AAN), KC PZPR, sygn. 1830, k. 14-17. Translated by Anna Zielińska.")
    assert [(c["archive"], c["fond"], c["delo"], c["folios"]) for c in cited] == [("Archiwum Akt Nowych (AAN)", None, None, "14-17")]
    assert cited[0]["text"] == "Archiwum Akt Nowych (AAN), KC PZPR, sygn. 1830, k. 14-17"


def test_the_unlabelled_collection_and_file_follow_the_bracket():
    cited = parse_citations("Archiwum Akt Nowych (AAN), KC PZPR, XI A/77, k. 5-6.")
    assert [(c["archive"], c["fond"], c["delo"]) for c in cited] == [("Archiwum Akt Nowych (AAN)", "KC PZPR", "XI A/77")]


def test_words_that_are_not_the_abbreviations_name_leave_it_alone():
    # a sentence's words before a bracketed abbreviation are no archive's name: the abbreviation alone, no bracket in a part
    cited = parse_citations("the notes kept by Jan Nowak (AAN), KC PZPR, sygn. 2, k. 3.")
    assert [(c["archive"], c["fond"], c["delo"]) for c in cited] == [("AAN", None, None)]


def test_an_albanian_archives_name_before_its_abbreviation_is_kept_whole():
    # "Arkivi" names an archive as "Archiwum" does: the name is the archive's, not the bracket cut off at its opening
    cited = parse_citations("Source: Arkivi Qendror Shtetëror (AQSH), fondi 14/AP, viti 1961, dosja 7, fl. 2-4. Translated by Ana Leka.")
    assert [(c["archive"], c["folios"]) for c in cited] == [("Arkivi Qendror Shtetëror (AQSH)", "2-4")]
    assert cited[0]["text"].startswith("Arkivi Qendror Shtetëror (AQSH), fondi 14/AP")
