"""The document's own date line, read by the line's shape wherever the page puts it: the day alone or with the place,
the paper's number and classification before it and its hour after it, in brackets or none, in the three languages; at
the head, under a number line, at the foot under the signature or above a scan's release stamp (whose own date is
never the document's)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.events.passages import extract_events
from pipeline.parse import parse_text
from pipeline.parse.model import dated_line


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("19 April 1971", date(1971, 4, 19)),
        ("Dar es Salaam, 14th December, 1965", date(1965, 12, 14)),
        ("Berlin, 24 May 1980", date(1980, 5, 24)),
        ("Belgrade, December 14, 1971.", date(1971, 12, 14)),
        ("[Prague, 14 March 1972]", date(1972, 3, 14)),
        ("(Warsaw, 2 February 1981)", date(1981, 2, 2)),
        ("No. 0145 / Secret / 12 June 1971", date(1971, 6, 12)),
        ("OCI No. 0279/67, 3 March 1967", date(1967, 3, 3)),
        ("Secret, Copy 1, 19 April 1958", date(1958, 4, 19)),
        ("Moscow, 5 May 1965, 18:00", date(1965, 5, 5)),
        ("Rome, May 22, 1959—6 p.m.", date(1959, 5, 22)),
        ("Washington, June 5, 1979, 1317Z", date(1979, 6, 5)),
        ("14 March 1972, Prague", date(1972, 3, 14)),
        ("[Москва, 14 марта 1972 г.]", date(1972, 3, 14)),
        ("Москва, Кремль, 17 сентября 1965 г.", date(1965, 9, 17)),
        ("№ 45/ш, 3 июля 1968 г.", date(1968, 7, 3)),
        ("14.IV.61 г.", date(1961, 4, 14)),
        ("[1960年3月14日，北京]", date(1960, 3, 14)),
        ("北京，1960年3月14日", date(1960, 3, 14)),
        ("（1965年9月8日）", date(1965, 9, 8)),
        ("1962年7月18日于北京", date(1962, 7, 18)),
        ("（1964年1月18日於上海）", date(1964, 1, 18)),
        ("«Москва, 5 мая 1958 г.»", date(1958, 5, 5)),
        ("\u201cPrague, 18 July 1962\u201d", date(1962, 7, 18)),
    ],
)
def test_a_date_line_is_read_by_its_shape(line, day):
    found = dated_line(line)
    assert found is not None and found.start_date == day and found.year_written


@pytest.mark.parametrize(
    "line",
    [
        "The conversation took place on 23 May 1980.",
        "The meeting was held on 5 May 1965",
        "He left on 3 May, 1965",
        "20 August the delegation arrived in Hanoi",
        "Approved For Release 2005/06/09 : CIA-RDP85T00875R001500020014-7",
        "From 3 to 5 December 1965, in Addis Ababa",  # a span, not a day
        "Беседа состоялась 9 мая 1963 г. в Сане.",
        "会谈于1960年3月14日在北京举行。",
        "1962年7月18日于北京召开会议，决定派代表团",
        "Moscow, the Kremlin",
    ],
)
def test_a_sentence_or_a_stamp_is_no_date_line(line):
    assert dated_line(line) is None


def test_a_day_without_its_year_is_read_in_the_year_given():
    found = dated_line("Pyongyang, 3 July", 1951)
    assert found is not None and found.start_date == date(1951, 7, 3) and not found.year_written


CREST = "source: https://www.cia.gov/readingroom/document/cia-rdp85t00875r001500020014-7\n"
STAMP = "Approved For Release 2005/06/09 : CIA-RDP85T00875R001500020014-7"


@pytest.mark.parametrize(
    ("foot", "day"),
    [
        ("19 April 1971", date(1971, 4, 19)),  # under the last paragraph, above the release stamp
        ("Office of Current Intelligence\n19 April 1971", date(1971, 4, 19)),
        ("19 April 1971\n\nDistribution: White House, State, Defense", date(1971, 4, 19)),
        ("OCI No. 0532/71\n19 April 1971", date(1971, 4, 19)),
        ("19 April\n1971", date(1971, 4, 19)),  # the date line broken before its year
        ("Washington, 19 April\n1971", date(1971, 4, 19)),
        ("", None),  # no date line at all: the release stamp's day is not the memorandum's
    ],
)
def test_a_scan_dated_only_at_its_foot_takes_that_day_not_its_release_stamps(foot, day):
    page = (f"{CREST}{STAMP}\n\nSECRET\n\nCENTRAL INTELLIGENCE AGENCY\nDirectorate of Intelligence\n\n"
            "INTELLIGENCE MEMORANDUM\n\nThe Situation in East Pakistan\n\n"
            "1. The army moved against the Awami League on the night of 25-26 March, and the leaders were arrested.\n\n"
            "2. India has protested strongly to Islamabad, and Mrs. Gandhi spoke in Parliament on 31 March.\n\n"
            f"{foot}\n\n{STAMP}\n")
    doc = parse_text(page)
    assert doc.document_date == day
    if day is not None:  # the foot's date dates the text's days: "on 31 March" of that year
        assert date(1971, 3, 31) in {e.start_date for e in extract_events(doc)}
        assert not any(b.text.endswith("1971") and len(b.text) > 40 for b in doc.blocks)  # the date line stands alone


@pytest.mark.parametrize(
    ("page", "day"),
    [
        ("Letter from President Nyerere to Prime Minister Wilson\n\nMy dear Prime Minister,\n\nI am writing to you "
         "because tomorrow my Government will break relations.\n\nYours sincerely,\n\nJulius K. Nyerere\n\n"
         "Dar es Salaam, 14th December, 1965\n", date(1965, 12, 14)),
        ("Letter from Ba Swe to Zhou Enlai\n\nDear Premier,\n\nOur Ambassador raised the matter in August.\n\n"
         "Yours sincerely,\n\nBa Swe\n\n[Rangoon, 4 September 1956]\n", date(1956, 9, 4)),
        ("Письмо Н. С. Хрущева В. Ульбрихту\n\nДорогой товарищ Ульбрихт!\n\nВчера я получил Ваше письмо.\n\n"
         "С коммунистическим приветом,\n\nН. Хрущев\n\nМосква, Кремль, 5 мая 1961 г.\n", date(1961, 5, 5)),
        ("周恩来致吴努的信\n\n亲爱的总理阁下：\n\n来信收到。我们同意你们的意见。\n\n周恩来\n\n北京，1956年9月10日\n",
         date(1956, 9, 10)),
    ],
)
def test_a_letter_dated_only_at_its_foot_with_its_year_takes_that_day(page, day):
    assert parse_text(page).document_date == day


def test_a_note_dated_at_its_foot_is_dated_there_not_by_the_talk_it_tells():
    page = ("Note on the Conversation of Comrade Hermann Axen with Comrade Daniel Ortega\n\nCentral Committee of the SED\n\n"
            "The conversation took place on 23 May 1980 from 10:00 to 12:30 in the building of the Central Committee. "
            "Comrade Ortega thanked the SED for its solidarity.\n\nBoth sides agreed to meet again in the autumn.\n\n"
            "Berlin, 24 May 1980\n\nTrappen\n")
    assert parse_text(page).document_date == date(1980, 5, 24)


@pytest.mark.parametrize(
    "number",
    ["A–612", "A-45", "No. 1145"],
)
def test_a_frus_date_line_under_the_messages_number_dates_it(number):
    page = ("source: https://history.state.gov/historicaldocuments/frus1969-76ve15p1/d68\n"
            "Historical Documents - Office of the Historian\n\n"
            "68. Airgram From the Embassy in Yugoslavia to the Department of State1\n\n"
            f"{number}\n\nBelgrade, December 14, 1971.\n\nSUBJECT\n\nThe Purge of the Croatian Leadership\n\n"
            "1. Summary. The resignation on December 12 of the Croatian party chief ended the crisis.\n\nTOON\n")
    assert parse_text(page).document_date == date(1971, 12, 14)


@pytest.mark.parametrize(
    ("opening", "talk"),
    [
        ("The conversation took place on 23 May 1980 from 10:00 to 12:30 in the building of the Central Committee. "
         "Comrade Axen welcomed the delegation in the name of Comrade Erich Honecker and of the whole party.", date(1980, 5, 23)),
        ("Беседа состоялась 23 мая 1980 г. в здании ЦК СЕПГ и продолжалась два с половиной часа. Товарищ Аксен "
         "приветствовал делегацию от имени товарища Хонеккера и всей партии.", date(1980, 5, 23)),
        ("会谈于1980年5月23日上午十时在统一社会党中央大楼举行，双方就两党关系和尼加拉瓜局势交换了意见，气氛友好。"
         "阿克森同志代表昂纳克同志欢迎代表团，并介绍了民主德国的经济情况和对外援助。", date(1980, 5, 23)),
        ("The Nicaraguan delegation led by Comrade Ortega completed its talks in Berlin on 20 May 1980. The sides "
         "agreed to meet again in the autumn and to exchange delegations of party schools.", date(1980, 5, 24)),
    ],
)
def test_a_records_talk_day_told_in_its_first_sentence_is_its_occasion_not_the_foot_lines(opening, talk):
    from pipeline.extract.events.context import document_context

    page = ("Note on the Conversation of Comrade Hermann Axen with Comrade Daniel Ortega\n\n"
            f"{opening}\n\nBerlin, 24 May 1980\n\nTrappen\n")
    doc = parse_text(page)
    assert doc.document_date == date(1980, 5, 24)
    assert document_context(doc).occasion == talk


def test_a_paper_with_no_date_of_its_own_still_gives_its_dated_rows():
    page = (f"{CREST}{STAMP}\n\nSECRET\n\nINTELLIGENCE MEMORANDUM\n\nThe Situation in East Pakistan\n\n"
            "1. Sheikh Mujibur Rahman was arrested in Dacca on 26 March and has reportedly been flown to West Pakistan.\n\n"
            "2. Mrs. Gandhi told Parliament on 31 March 1971 that India could not remain a silent spectator.\n\n"
            f"{STAMP}\n")
    doc = parse_text(page)
    assert doc.document_date is None
    days = {e.start_date for e in extract_events(doc)}
    assert {date(1971, 3, 26), date(1971, 3, 31)} <= days  # "26 March" in the year the text writes after it


@pytest.mark.parametrize("line, day", [
    ("Washington, October 25, 1970, 11:00 a.m.\u201312:15 p.m.", date(1970, 10, 25)),
    ("Camp David, May 3, 1961, 4\u20135:30 p.m.", date(1961, 5, 3)),
    ("London, 7 June 1962, 1030-1145 hours", date(1962, 6, 7)),
    ("\u041c\u043e\u0441\u043a\u0432\u0430, 25.10.1970, 11.00\u201312.15 \u0447.", date(1970, 10, 25)),
    ("12 \u043c\u0430\u044f 1982 \u0433., 10 \u0447\u0430\u0441. 30 \u043c\u0438\u043d.", date(1982, 5, 12)),
    ("1970\u5e7410\u670825\u65e5\u4e0a\u534811\u65f6\u81f312\u65f615\u5206", date(1970, 10, 25)),
    ("1963\u5e743\u67083\u65e5\u4e0b\u53484\u65f6", date(1963, 3, 3)),
])
def test_a_date_line_with_an_hour_or_a_span_of_hours_after_its_day(line, day):
    assert dated_line(line).start_date == day


@pytest.mark.parametrize("line", [
    "October 25, 1970, the President met Yahya at 11 a.m.",
    "25.10.1970 \u0432 11 \u0447. \u043f\u043e\u0441\u043e\u043b \u0431\u044b\u043b \u043f\u0440\u0438\u043d\u044f\u0442",
])
def test_a_sentence_after_a_day_is_no_date_line(line):
    assert dated_line(line) is None


@pytest.mark.parametrize("line, day", [
    ("Concurred in by the UNITED STATES INTELLIGENCE BOARD on 23 August 1960", date(1960, 8, 23)),
    ("Approved by the Director of Central Intelligence on 3 May 1961.", date(1961, 5, 3)),
    ("The Board met on 23 August 1960", None),
    ("Concurred in by the USIB on 23 August", None),
])
def test_an_estimate_is_dated_by_its_concurrence(line, day):
    from pipeline.parse.cia_crest import _dated_by
    found = _dated_by(line)
    assert (found.start_date if found else None) == day


@pytest.mark.parametrize(("line", "day"), [
    ("Dar es Salaam, 14 March 1964", date(1964, 3, 14)),
    ("No. 0145 / Secret / Hanoi, 2 May 1968", date(1968, 5, 2)),
    ("Embassy — Ulan Bator — 9 July 1959", date(1959, 7, 9)),
])
def test_a_date_line_of_short_pieces_gives_its_day(line, day):
    assert dated_line(line).start_date == day


def test_a_long_line_of_dashes_before_a_day_is_read_at_once_and_is_no_date_line():
    # Pieces closed by dashes can be cut in very many ways: the line is turned away without trying each one.
    line = "a \u2014" * 60 + "a sentence of the text, not a place, 3 July 1962"
    assert dated_line(line) is None


@pytest.mark.parametrize(("line", "day"), [
    ("Warsaw; Ministry of Foreign Affairs; 4 June 1970", date(1970, 6, 4)),
    ("Secret | Copy No. 3 | 11 October 1962", date(1962, 10, 11)),
    ("Sofia , 8 May 1966", date(1966, 5, 8)),
    ("The Department of State of the United States of America, 5 May 1965", None),  # a piece too long for a place
    ("Signed in Moscow 5 May 1965", None),  # words before the day with no separator after them
])
def test_a_date_line_of_pieces_without_a_dash_is_read_by_its_separators(line, day):
    # Without a dash only a comma, semicolon, slash or bar closes a piece, and each piece is short.
    found = dated_line(line)
    assert (found.start_date if found else None) == day


def test_a_pages_slash_order_is_not_kept_for_the_next_page():
    # a memo's "6/3/61" read month first alone, and so after a school log that writes its slash dates day first
    # ("13/3/61") on the same date line: the answers kept across pages are kept by the order too
    memo = "MEMORANDUM\n\nLondon, 6/3/61\n\nThe committee met to discuss the school's accounts.\n"
    log = "London, 6/3/61\n\nSchool log book\n\n13/3/61  Two families enrolled five children today.\n6/3/61  School reopened.\n"
    alone = parse_text(memo).document_date
    log_first = parse_text(log).document_date
    after_log = parse_text(memo).document_date
    assert alone == after_log == date(1961, 6, 3)
    assert parse_text(log).document_date == log_first


def test_a_pages_slash_order_is_told_once_by_its_reading():
    # the order the page's reading told is kept on the document: its events read its slash dates so, never told again
    log = "School log book\n\n13/3/61  Two families enrolled five children today.\n6/3/61  School reopened.\n"
    assert parse_text(log).slash_day_first
    assert not parse_text("MEMORANDUM\n\nLondon, 6/3/61\n\nThe committee met.\n").slash_day_first
