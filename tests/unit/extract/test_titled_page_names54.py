"""A person the gazetteer lacks, named once with his rank or office before his full name ("Major Mathieu Kerekou",
"Colonel Joseph Ankrah") and later by his surname alone: the surname is his on that page, as the subject of an
appositive clause ("Kerekou, who had been deputy chief of staff, named ...") and as the agent of a passive. Names,
ranks and countries other than those of the held-out page the kind was seen on."""

import pytest

from pipeline.extract.events.common import clause_names, page_names, reading_page, subject_names
from pipeline.seed import process_seed


@pytest.mark.parametrize(("first", "later", "full", "surname"), [
    ("A group of officers led by Major Tobias Ndanga seized the radio station.",
     "Ndanga, who had commanded the garrison, dissolved the assembly on 4 May.", "Tobias Ndanga", "Ndanga"),
    ("The coup was led by Colonel Joseph Ankoleh and two majors.",
     "Ankoleh, who had been chief of staff, suspended the constitution on 9 June.", "Joseph Ankoleh", "Ankoleh"),
    ("President Amadou Kantara received the delegation.",
     "Kantara, who had returned from Paris, closed the border on 2 March.", "Amadou Kantara", "Kantara"),
])
def test_a_surname_after_a_titled_full_name_is_his(first, later, full, surname):
    page = [first, later]
    assert page_names(page)[surname] == full
    with reading_page(page):
        assert subject_names(later.split(",")[0] + ", ", "en") == [full] or clause_names(later.split(",")[0], "en") == [full]


def test_two_titled_people_of_one_surname_leave_it_as_written():
    page = ["Major Tobias Ndanga and Captain Joseph Ndanga led the mutiny.", "Ndanga, who had commanded the garrison, spoke."]
    assert "Ndanga" not in page_names(page)


def test_the_appositive_subject_of_a_weekly_summary_is_the_titled_officer():
    text = ("source: https://example.org/readingroom/document/x\nWEEKLY SUMMARY\n12 May 1967\n\nRUWENDA: ARMY TAKES OVER\n\n"
            "A group of young officers led by Major Tobias Ndanga overthrew the civilian government in the capital last "
            "Thursday.\n\nNdanga, who had commanded the garrison, named a military cabinet of nine officers on 8 May and "
            "dissolved the assembly.\n")
    rows = process_seed("x.txt", text.encode()).events.to_pylist()
    named = [r for r in rows if r["evidence_text"].startswith("Ndanga, who")]
    assert named and all("Tobias Ndanga" in r["source_names"] for r in named)
