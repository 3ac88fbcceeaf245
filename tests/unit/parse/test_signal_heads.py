"""A telegram headed in signal form, as British and American posts sent them ("FM <POST> <date-time group>" / "TO
<precedence> <addressee>" / "REPEATED FOR INFORMATION TO ..."), signed by the head of post's surname in capitals at its
foot: dated by its date-time group, sent by its signer to the addressee (layouts/signal_heads.yaml). Pages written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.normalize.text import decode
from pipeline.parse.signal_head import _words, distribution_label, info_posts, item_description, signal_line
from pipeline.seed import parse_text


@pytest.mark.parametrize(("line", "expected"), list(_words()["examples_heads"].items()))
def test_a_signal_heads_lines_are_read(line, expected):
    found = signal_line(line)
    if expected is None:
        assert found is None
        return
    kind, name, day = found
    assert [kind, name, day and day.start_date.isoformat(), day and day.time] == expected


_PAGE = """source: https://www.example-archive.uk/fco/telegrams/test-{n}
Telegram No. 112 from Georgetown: Border Incident

CONFIDENTIAL

FM GEORGETOWN {dtg}
TO {to}
TELEGRAM NUMBER 112 OF 21 JUNE
REPEATED FOR INFORMATION TO CARACAS AND PORT OF SPAIN

1. The Foreign Minister called me in yesterday evening and protested at the incident on the Cuyuni.

2. He will raise the matter in the National Assembly tomorrow.

{signer}

FILES: CARIBBEAN DEPT, NEWS DEPT

TNA, FCO 63/1140, f. 12.
"""


def _doc(dtg="210915Z JUN 70", to="PRIORITY FCO", signer="HAYWARD"):
    return parse_text(decode(_PAGE.format(n=1, dtg=dtg, to=to, signer=signer).encode())[0])


def test_a_signal_head_dates_the_telegram_and_names_its_parties():
    doc = _doc()
    assert doc.document_type == "telegram"
    assert doc.document_date == date(1970, 6, 21)
    assert doc.recipient_names == ["Foreign and Commonwealth Office"]
    assert doc.sender_names == ["Hayward"]  # the signer at its foot, not the post
    assert doc.sent_from == "Georgetown"


def test_an_american_addressee_is_named_by_the_table():
    assert _doc(to="SECSTATE WASHDC IMMEDIATE 2231").recipient_names == ["Department of State"]


def test_the_sending_is_the_date_time_groups_hour_and_the_repeats_go_to_the_posts():
    doc = _doc()
    events = extract_events(doc)
    sent = [e for e in events if doc.blocks[e.block].text.startswith("FM GEORGETOWN")]
    assert [(e.start_date, e.start_time, e.sources, e.targets) for e in sent] == [
        (date(1970, 6, 21), "09:15", ["Hayward"], ["Foreign and Commonwealth Office"])]
    repeats = [e for e in events if doc.blocks[e.block].text.startswith("REPEATED")]
    assert [(e.start_date, e.targets) for e in repeats] == [(date(1970, 6, 21), ["Caracas", "Port of Spain"])]


def test_relative_days_count_from_the_date_time_groups_day():
    doc = _doc()
    days = {doc.blocks[e.block].text[e.evidence_start: e.evidence_end][:40]: e.start_date for e in extract_events(doc)}
    assert date(1970, 6, 20) in days.values()  # "yesterday evening"


def test_a_page_without_a_to_line_is_no_signal_head():
    text = _PAGE.format(n=2, dtg="210915Z JUN 70", to="", signer="HAYWARD").replace("TO \n", "")
    doc = parse_text(decode(text.encode())[0])
    assert doc.recipient_names != ["Foreign and Commonwealth Office"]


@pytest.mark.parametrize(("line", "number"), list(_words()["examples_item_descriptions"].items()))
def test_a_catalogue_line_describing_one_telegram_is_read_by_its_number(line, number):
    found = item_description(line)
    assert (found[0] if found else None) == number


def test_the_catalogue_description_of_the_very_telegram_is_its_title():
    page = _PAGE.replace("Telegram No. 112 from Georgetown: Border Incident\n",
                         "The National Archives\nReference: FCO 63/1140\nDescription: Telegram no. 112 from Georgetown to FCO: border incident\n"
                         "Date: 21 June 1970\n")
    doc = parse_text(decode(page.format(n=2, dtg="210915Z JUN 70", to="PRIORITY FCO", signer="HAYWARD").encode())[0])
    assert doc.title == "Telegram no. 112 from Georgetown to FCO: border incident"
    other = page.replace("Telegram no. 112 from Georgetown", "Telegram no. 113 from Georgetown")
    doc = parse_text(decode(other.format(n=3, dtg="210915Z JUN 70", to="PRIORITY FCO", signer="HAYWARD").encode())[0])
    assert doc.title.startswith("FM GEORGETOWN")  # another telegram's number: the file's, not this one's


@pytest.mark.parametrize(("line", "expected"), list(_words()["examples_distribution_labels"].items()))
def test_a_foot_label_over_the_departments_given_copies_is_told(line, expected):
    assert distribution_label(line) == expected


def test_the_departments_under_a_distribution_label_sign_nothing():
    text = ("source: https://example.org/tna/fco-8\n\nCONFIDENTIAL\nFM MANAMA 161200Z DEC 81\nTO IMMEDIATE FCO\n"
            "TELEGRAM NUMBER 290 OF 16 DECEMBER\n\nARRESTS.\n\n1. THE MINISTER OF THE INTERIOR TOLD ME YESTERDAY THAT "
            "SIXTY MEN HAD BEEN ARRESTED.\n\nHANSON\n\nDISTRIBUTION:\nMED\n\nNENAD\n\nDEFENCE D\n\nPUSD\n")
    assert [n.casefold() for n in parse_text(text).sender_names] == ["hanson"]


@pytest.mark.parametrize(("line", "expected"), list(_words()["examples_info_lines"].items()))
def test_a_heads_info_line_names_the_posts_it_informs(line, expected):
    assert info_posts(line) == expected


@pytest.mark.parametrize(("line", "expected"), list(_words()["examples_routing_headings"].items()))
def test_a_telegram_heading_of_the_older_form_names_its_post_and_office(line, expected):
    from pipeline.parse.signal_head import routing_heading

    assert routing_heading(line) == (tuple(expected) if expected else None)


@pytest.mark.parametrize(("lines", "expected"), list(_words()["examples_routing_lines"].items()))
def test_a_telegram_heading_of_the_older_form_on_two_lines_names_its_post_envoy_and_office(lines, expected):
    from pipeline.parse.signal_head import routing_lines

    assert routing_lines(*lines.split("\n")) == (tuple(expected) if expected else None)


_ROUTED_PAGE = """source: https://discovery.example-archive.uk/details/r/C2
The National Archives › Discovery › CO 1015 › Nyasaland
Reference: CO 1015/1518
Description: Nyasaland: declaration of state of emergency; telegrams from the Governor
Held by: The National Archives, Kew

CYPHER/O.T.P.
EMERGENCY SECRET

FROM NYASALAND (SIR R. ARMITAGE)
TO SECRETARY OF STATE FOR THE COLONIES

NO. 211

1. OPERATION SUNRISE WAS CARRIED OUT AS PLANNED IN THE EARLY HOURS OF 3RD MARCH.
"""


def test_a_telegram_under_a_two_line_heading_is_titled_by_the_catalogue_and_sent_by_the_envoy():
    doc = parse_text(_ROUTED_PAGE)
    assert doc.title == "Nyasaland: declaration of state of emergency; telegrams from the Governor"
    assert doc.sender_names == ["Sir R. Armitage"]
    assert doc.recipient_names == ["Secretary of State for the Colonies"]
    assert doc.document_type == "telegram"


_BARE_GROUP_PAGE = """source: https://discovery.example-archive.uk/details/r/C1
Reference: FCO 8/1
Description: Border incident, {month} 1973: telegrams from Kuwait
Date: {opened} - {closed}
Held by: The National Archives, Kew

CONFIDENTIAL
FM KUWAIT {group}
TO IMMEDIATE FCO
TELEGRAM NUMBER 164

1. THE SITUATION ON THE NORTHERN BORDER REMAINS TENSE.

WILTON
"""


@pytest.mark.parametrize(("opened", "closed", "group", "expected"), [
    ("20 Mar 1973", "30 Mar 1973", "221130Z", date(1973, 3, 22)),  # the day of the file's month, on or after its opening
    ("20 Dec 1973", "10 Jan 1974", "040800Z", date(1974, 1, 4)),  # a day before the opening's: the next month's
])
def test_a_bare_date_time_group_is_read_in_the_files_month(opened, closed, group, expected):
    text = _BARE_GROUP_PAGE.format(month="March", opened=opened, closed=closed, group=group)
    doc = parse_text(decode(text.encode())[0])
    assert doc.document_type == "telegram"
    assert doc.document_date == expected
    assert doc.recipient_names == ["Foreign and Commonwealth Office"]
    assert [name.title() for name in doc.sender_names] == ["Wilton"]  # the signer at its foot, as written


def test_a_groups_offsets_count_from_its_indented_line():
    from datetime import date as day

    from pipeline.parse.signal_head import _bare_group, signal_line
    line = "  FM KUWAIT 301130Z"
    found = _bare_group(line, day(1973, 3, 20))
    assert line[found.start:found.end] == "301130Z"
    line = "  FM NUKUALOFA 140430Z MAY 76"
    found = signal_line(line)[2]
    assert line[found.start:found.end] == "140430Z MAY 76"


def test_a_bare_groups_day_the_next_month_lacks_is_of_the_anchors_month():
    from datetime import date as day

    from pipeline.parse.signal_head import _bare_group
    assert _bare_group("FM KUWAIT 301130Z", day(1973, 1, 31)).start_date == day(1973, 1, 30)
