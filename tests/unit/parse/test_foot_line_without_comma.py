"""A place-and-date line at a paper's foot written with no comma between the place and the day ("Warszawa 4.XI.1975",
"Berlin 12 March 1981"): its day is read as with the comma; words that are no place before a day are no date line."""

from pipeline.parse import parse_text
from pipeline.parse.model import dated_line

_LETTER = """Letter from the Polish Ambassador to the Minister

Dear Comrade Minister,

The Ethiopian authorities informed us yesterday that the delegation will be received next week. I ask for your
instructions on the composition of our party.

With comradely greetings,

Jan Kowalski
Ambassador

{foot}
"""


def test_a_known_place_and_a_roman_month_day_without_a_comma_date_the_letter():
    doc = parse_text(_LETTER.format(foot="Warszawa 4.XI.1975"))
    assert str(doc.document_date) == "1975-11-04"


def test_a_known_place_and_a_worded_day_without_a_comma_date_the_letter():
    doc = parse_text(_LETTER.format(foot="Berlin 12 March 1981"))
    assert str(doc.document_date) == "1981-03-12"


def test_words_that_are_no_place_before_a_day_make_no_date_line():
    assert dated_line("Signed 4 November 1975") is None
    assert dated_line("The delegation left Berlin 12 March 1981") is None
    assert dated_line("Warszawa, 4.XI.1975") is not None


def test_a_date_line_with_the_papers_number_after_its_day():
    # an order's or a telegram's head line sets its number at the right of its day ("№ 214", "No. 117-A/ov")
    from datetime import date

    from pipeline.normalize.lexicon import reading
    with reading("be"):
        assert dated_line("г. Мінск, 12 мая 1986 г.                          № 214").start_date == date(1986, 5, 12)
    assert dated_line("18 January 1979 No. 117-A/ov").start_date == date(1979, 1, 18)
    assert dated_line("On 5 May 1979 No. 3 was sent") is None  # a sentence, not a date line
