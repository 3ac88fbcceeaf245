"""A relative day ("the same night", "the next morning") told after a speaker's saying in the passage counts from the day
the passage told before it ("In the early hours of the 12th, ... The colonel, he said, had been in touch with ... Loyal
troops disarmed the battalion the same night"), not from the meeting's day the saying is dated on. A paper's day named
in the saying's own sentence ("his letter of 20 May") is no day the story moved to."""

from datetime import date

from pipeline.seed import process_seed

_PAGE = """source: https://example.org/record/{slug}
{day_line}
Record of a Conversation of the Bulgarian Ambassador with President {surname}

{city}, {day_line}

President {surname} received me at the palace for about an hour.

{story}
"""


def _rows(slug, day_line, surname, city, story):
    text = _PAGE.format(slug=slug, day_line=day_line, surname=surname, city=city, story=story)
    return process_seed(f"{slug}.txt", text.encode()).events.to_pylist()


def test_the_same_night_after_a_saying_is_the_night_of_the_day_told():
    rows = _rows("a", "18 October 1966", "Ould Daddah", "Nouakchott",
                 "In the early hours of the 12th, a battalion of the gendarmerie surrounded the radio station. The colonel, "
                 "he said, had been in touch with the plotters since the summer. Loyal troops disarmed the battalion the "
                 "same night, and its officers were now held at the barracks.")
    assert date(1966, 10, 12) in [r["start_date"] for r in rows if r["evidence_text"].startswith("Loyal troops disarmed")]


def test_a_relative_day_after_a_papers_day_in_the_same_sentence_keeps_the_meetings_day():
    rows = _rows("b", "9 June 1964", "Dorticos", "Havana",
                 "I handed the President the reply to his letter of 20 May. He read the letter and said he would "
                 "inform the Prime Minister the following day.")
    assert not any(r["start_date"] == date(1964, 5, 20) for r in rows if r["evidence_text"].startswith("He read the letter"))
