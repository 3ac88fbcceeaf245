"""A record of conversation whose text opens with the meeting ("Today I was received by President ... at his
residence") dates the sayings of its later passages ("Keita asked that ...", "I told him ...") on the meeting's day,
though a speaker told of an earlier day by opening a sentence with it ("On 14 March a crowd burned ..."): that day is a
look back, no day the record moves to. The record's "I" is the envoy who signs under his office at its foot."""

from datetime import date

from pipeline.seed import process_seed

_PAGE = """source: https://example.org/record/{slug}
{day_line}
From the Journal of the Soviet Ambassador in {country}, Record of a Conversation with President {surname}

From the journal of
{writer}

RECORD OF CONVERSATION
with President {surname}

{day_line}

Today I was received by President {surname} at his residence. The conversation lasted an hour.

{surname} said that the unrest had begun on the 12th of the month at the university. On {earlier} a crowd burned the offices of the ruling party.

{surname} asked that the Soviet Union understand his position. I told him that I would report his words to Moscow.

Ambassador of the USSR in {country}
{signed}
"""


def _rows(**kw):
    return process_seed(f"{kw['slug']}.txt", _PAGE.format(**kw).encode()).events.to_pylist()


def test_the_sayings_after_a_look_back_are_of_the_meetings_day():
    rows = _rows(slug="a", day_line="20 March 1968", country="Mali", surname="Keita", writer="I. I. IVANOV",
                 signed="I. IVANOV", earlier="14 March")
    asked = [r for r in rows if r["evidence_text"].startswith("Keita asked")]
    assert asked and all(r["start_date"] == date(1968, 3, 20) for r in asked)
    assert date(1968, 3, 14) in [r["start_date"] for r in rows if "crowd burned" in r["evidence_text"]]


def test_the_records_i_is_the_envoy_who_signs_it():
    rows = _rows(slug="b", day_line="9 May 1966", country="Ghana", surname="Ankrah", writer="G. M. RODIONOV",
                 signed="G. RODIONOV", earlier="3 May")
    told = [r for r in rows if r["evidence_text"].startswith("I told him")]
    assert told and all([n.casefold() for n in r["source_names"]] == ["g. rodionov"] for r in told)
