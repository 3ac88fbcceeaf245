"""Dates as the documents write them: each case names the quirk it covers."""

from datetime import date

import pytest

from pipeline.normalize.dates import (
    find_dates,
    find_months_alone,
    find_relative,
    parse_date,
    slash_day_first,
    slash_order,
)


def _one(text: str, year: int | None = None):
    found = find_dates(text, year)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("quirk", "text", "day"),
    [
        ("English month-day-year with comma", "On August 23, 1951, the delegation", date(1951, 8, 23)),
        ("day-month-year", "13 July 1951", date(1951, 7, 13)),
        ("ordinal with 'of'", "from the 16th of December 1949.", date(1949, 12, 16)),
        ("Russian genitive month", "13 июля 1951 г.", date(1951, 7, 13)),
        ("numeric day.month.year", "27.8.1951", date(1951, 8, 27)),
        ("typed day. month. year, spaced", "Arrived: Warsaw, 4. 11. 1962, 09.15", date(1962, 11, 4)),
        ("Roman-numeral month 21.XI.1951", "21.XI.1951", date(1951, 11, 21)),
        ("Roman-numeral month between slashes", "ON/14/14/IV/53", date(1953, 4, 14)),
        ("Roman-numeral month between a slash and a hyphen", "Deciphered 3/XII-58 at 09:40.", date(1958, 12, 3)),
        ("the same with the full year", "Sent 21/V-1962 at 18:00.", date(1962, 5, 21)),
        ("Chinese with Arabic digits", "1951年11月14日收到", date(1951, 11, 14)),
        ("Chinese numerals with 〇", "一九五一年十一月十四日", date(1951, 11, 14)),
    ],
)
def test_full_dates(quirk, text, day):
    mention = _one(text)
    assert (mention.start_date, mention.precision, mention.inferred) == (day, "day", False), quirk


def test_slashes_with_an_arabic_month_stay_the_us_reading():
    assert _one("4/14/53").start_date == date(1953, 4, 14)
    assert _one("14/4/53").start_date == date(1953, 4, 14)  # no month 14: the day first, as a British telex file writes
    # it ("IN  22/9/80 1140"); a day of twelve or less before the month stays the US reading
    assert find_dates("14/14/53") == []  # neither reading holds


def test_a_chinese_day_alone_takes_the_month_written_before_it():
    found = find_dates("一九五三年四月二日来电说:部队八日出发,十二日至迟十四日到达。")
    assert [(m.start_date, m.inferred) for m in found] == [
        (date(1953, 4, 2), False), (date(1953, 4, 8), True), (date(1953, 4, 12), True), (date(1953, 4, 14), True),
    ]
    assert find_dates("部队八日出发。", 1953) == []  # no month written: no date
    assert [m.start_date for m in find_dates("部队八日出发。", 1953, 4)] == [date(1953, 4, 8)]


def test_time_before_the_date_military_style():
    mention = _one("0530 18 October 1951")
    assert (mention.start_date, mention.time, mention.precision) == (date(1951, 10, 18), "05:30", "minute")


def test_received_header_time_then_date():
    mention = _one("from [BEIJING] received 1500 13 July 1951 Copy Nº 2")
    assert (mention.time, mention.start_date) == ("15:00", date(1951, 7, 13))


def test_receipt_stamp_with_colon_time_and_numeric_date():
    mention = _one("From BEIJING Received 23:00 31.1.1951")
    assert (mention.time, mention.start_date) == ("23:00", date(1951, 1, 31))


def test_time_after_the_date_with_zone_letter():
    mention = _one("Meeting on 25 July opened at 1100K.", 1951)
    assert (mention.start_date, mention.time, mention.inferred) == (date(1951, 7, 25), "11:00", True)


@pytest.mark.parametrize(
    ("text", "day", "time"),
    [
        ("The meeting began on October 19, 1973 at 6:30 p.m. in the Kremlin", date(1973, 10, 19), "18:30"),  # evening
        ("handed over 10/14/50 at 12:10 a.m. by the courier", date(1950, 10, 14), "00:10"),  # just after midnight
        ("17.7.52 18:45 deciphered", date(1952, 7, 17), "18:45"),  # a handling line's day, month, year and time
    ],
)
def test_a_time_after_the_date_with_its_half_of_the_day(text, day, time):
    mention = _one(text)
    assert (mention.start_date, mention.time, mention.precision) == (day, time, "minute")


def test_month_and_year_is_month_precision():
    mention = _one("the North Korean attack on South Korea in June 1950")
    assert (mention.start_date, mention.end_date, mention.precision) == (date(1950, 6, 1), date(1950, 6, 30), "month")


def test_year_carried_from_february_1952_to_on_july_17():
    first, second = find_dates("On February 3, 1952, Stalin repeated ... On July 17 Stalin was even more laconic")
    assert second.start_date == date(1952, 7, 17) and second.inferred and not first.inferred


def test_year_from_the_document_when_the_text_gives_none():
    mention = _one("Your telegram of 21 February has been received.", 1952)
    assert (mention.start_date, mention.inferred) == (date(1952, 2, 21), True)


def test_russian_day_month_without_year():
    assert _one("Вашу телеграмму от 3 июля получили.", 1951).start_date == date(1951, 7, 3)


def test_chinese_this_year_june_is_the_documents_year():
    mention = _one("金日成同志今年6月在北京討論停戰條件", 1951)
    assert (mention.start_date, mention.end_date, mention.precision, mention.inferred) == (
        date(1951, 6, 1), date(1951, 6, 30), "month", True,
    )


def test_no_year_anywhere_gives_no_date():
    assert find_dates("On July 17 Stalin wrote") == []


def test_impossible_day_is_dropped():
    assert find_dates("31.2.1952") == []


def test_an_archives_dotted_access_number_is_no_date():
    # "2.02.05.02" is the Nationaal Archief's access number for the Council of Ministers' minutes, not 2 February 1905
    assert find_dates("2.02.05.02, inv. nr. 1847: Notulen van de vergadering van de Ministerraad") == []
    assert [d.start_date for d in find_dates("Received: Prague, 30. 10. 1958, 08.05")] == [date(1958, 10, 30)]


def test_an_archives_slashed_control_symbol_is_no_date():
    # "69/1/3/13" is an NAA control symbol (series A1838), not 3 January 1913
    assert find_dates("Citation: NAA: A1838, 69/1/3/13 PART 4, pp. 87-88") == []
    assert [d.start_date for d in find_dates("Sent by wire on 10/14/50 at 03:15")] == [date(1950, 10, 14)]


@pytest.mark.parametrize("text", [
    "Section 12-IV-3 of the act",  # a numbered part, a Roman numeral between hyphens: no year after it
    "Article 3-V-12 of the statute",  # a short year before the texts' decades
    "file 1-25-V-77",  # a group of a longer numbering
    "the l7 people who came",  # an OCR's l or I is a day's 1 only beside a month's name
    "Table I5 and 16",
    "a Mar-\nket day",  # two halves of a line that make no month's name
    "ART. 3. NOV. Sect.",  # a cut month in capitals with no year after it
])
def test_look_alikes_of_the_stamp_and_ocr_forms_are_no_date(text):
    assert [d for d in find_dates(text, 1962) if d.precision == "day"] == []


def test_relative_offsets():
    assert [(r.text, r.days) for r in find_relative("In a telegram to Pyongyang five days later, two weeks earlier, the next day")] == [
        ("five days later", 5), ("two weeks earlier", -14), ("the next day", 1),
    ]


def test_period_end_of_a_year_or_month_date():
    from datetime import date

    from pipeline.normalize.dates import period_end

    assert period_end(date(1951, 1, 1), "year") == date(1951, 12, 31)
    assert period_end(date(1952, 2, 1), "month") == date(1952, 2, 29)
    assert period_end(date(1952, 2, 3), "day") == date(1952, 2, 3)


@pytest.mark.parametrize(
    ("text", "start", "end", "kind"),
    [
        ("Soviet Transcript of the Malta Summit December 2-3, 1989", date(1989, 12, 2), date(1989, 12, 3), "range"),
        ("the talks of October 26–27, 1962 ended", date(1962, 10, 26), date(1962, 10, 27), "range"),
        ("bombed on July 11 and 12, 1952", date(1952, 7, 11), date(1952, 7, 12), "multiple"),
    ],
)
def test_several_days_of_a_month_written_month_first(text, start, end, kind):
    (mention,) = find_dates(text)
    assert (mention.start_date, mention.end_date, mention.kind) == (start, end, kind)


def test_a_month_first_day_before_a_year_written_with_a_dash_is_no_range():
    assert [m.text for m in find_dates("June 5-1950", 1950)] == ["June 5"]


@pytest.mark.parametrize(("text", "first", "last"), [
    ("The embassy was besieged from 2 to 5 May 1956.", date(1956, 5, 2), date(1956, 5, 5)),
    ("The conference sat from 11 till 14 July 1967 in Budapest.", date(1967, 7, 11), date(1967, 7, 14)),
    ("The talks lasted 9 through 11 October.", date(1968, 10, 9), date(1968, 10, 11)),
])
def test_two_days_of_a_month_joined_by_to_or_till_are_a_range(text, first, last):
    found = _one(text, 1968)
    assert (found.kind, found.start_date, found.end_date) == ("range", first, last)


def test_a_count_from_one_number_to_another_is_no_date():
    assert find_dates("Prices rose from 2 to 5 percent in May.", 1956) == []


@pytest.mark.parametrize(("text", "month"), [
    ("В марте 1969 года войска вошли в город.", date(1969, 3, 1)),
    ("Переговоры шли с ноября 1956 г. до весны.", date(1956, 11, 1)),
    ("До июня 1969 года ответа не было.", date(1969, 6, 1)),
])
def test_a_russian_month_and_year_without_a_day_is_that_month(text, month):
    found = _one(text)
    assert (found.precision, found.start_date, found.end_date.month, found.inferred) == ("month", month, month.month, False)


def test_a_russian_month_without_a_year_is_no_date():
    assert find_dates("В марте войска вошли в город.") == []


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Посольство было осаждено с 2 по 5 мая 1956 года.", date(1956, 5, 2), date(1956, 5, 5)),
    ("Совещание шло с 9 до 11 октября 1968 г. в Москве.", date(1968, 10, 9), date(1968, 10, 11)),
])
def test_two_russian_days_of_a_month_from_one_to_the_other_are_a_range(text, first, last):
    found = _one(text)
    assert (found.kind, found.start_date, found.end_date) == ("range", first, last)


@pytest.mark.parametrize(
    ("field", "read"),
    [
        ("8 March 1962", (date(1962, 3, 8), "day")),  # a page's date field, day first
        ("March 08, 1962", (date(1962, 3, 8), "day")),  # month first, the day padded
        ("29 February 1964", (date(1964, 2, 29), "day")),  # a leap year's day
        ("30 February 1964", (date(1964, 1, 1), "year")),  # no such day: the finder reads the year alone
        ("8 Mar 1962", (date(1962, 3, 8), "day")),  # an abbreviated month: the finder's
        ("March 1962", (date(1962, 3, 1), "month")),
        ("8 March 1962, Moscow", (date(1962, 3, 8), "day")),  # more than the day: the finder's
    ],
)
def test_parse_date_reads_a_date_field(field, read):
    """A date field of a whole day is read as that day, by its fast path or the finder alike."""
    assert parse_date(field) == read


def test_a_day_with_its_month_cut_short_and_its_full_stop_keeps_its_year():
    """A footnote's "8 Mar. 1962" is that day, not 8 March of whatever year the text wrote before."""
    found = find_dates("See his letter of 8 Mar. 1962, and the reply of 19 and 20 Sept. 1962.", 1958)
    assert [(d.start_date, d.end_date, d.inferred) for d in found] == [
        (date(1962, 3, 8), date(1962, 3, 8), False), (date(1962, 9, 19), date(1962, 9, 20), False)]
    assert parse_date("12 Sept. 1975") == (date(1975, 9, 12), "day")
    assert parse_date("12 сент. 1962 г.") == (date(1962, 9, 12), "day")
    # A sentence closing on the cut month is still the day alone, its full stop the sentence's.
    assert _one("They left on 5 Mar. The talks went on.", 1962).text == "5 Mar"


def test_an_iso_day_or_month_is_read_and_its_look_alikes_are_not():
    assert parse_date("1975-05-12") == (date(1975, 5, 12), "day")
    assert parse_date("1962-03") == (date(1962, 3, 1), "month")
    for text in ("Central Decimal File 795.00/9–2651", "CIA-RDP79T00975A006800010001-5", "pp. 1962-1970",
                 "Tel 611.61/1962-03", "the war of 1941-1945", "in 1962-63", "the academic year 2011-12"):
        assert all(d.precision == "year" for d in find_dates(text)), text


def test_a_catalogues_iso_day_lends_no_year_to_the_days_after_it():
    """A page posted "2015-03-02" above a telegram of 1962: the telegram's "August 15" is of the text's own year."""
    found = find_dates("Posted: 2015-03-02\nYour cable of August 15 received.", 1962)
    assert [d.start_date for d in found] == [date(2015, 3, 2), date(1962, 8, 15)]


def test_the_day_a_page_was_posted_or_read_is_no_date_of_its_text():
    """A web page's posting day over a telegram, a citation's access day: the text's own days are read, those not."""
    text = "Source: the Central Archive. Posted online, last updated: 2016-03-21\nYour cable of August 15 received."
    assert [d.start_date for d in find_dates(text, 1962)] == [date(1962, 8, 15)]
    note = "Cited from the archive's site (accessed 12 May 2015); the cable itself is dated 14 May 1962."
    assert [d.start_date for d in find_dates(note)] == [date(1962, 5, 14)]


def test_a_month_then_its_day_in_words_is_that_day():
    """A letter's "October twenty-third, nineteen sixty-two" and a speech's "on March first": the days they name."""
    assert parse_date("Moscow, October twenty-third, nineteen sixty-two") == (date(1962, 10, 23), "day")
    assert _one("We arrived on March first and left a week later.", 1962).start_date == date(1962, 3, 1)
    assert find_dates("You may first ask the minister.", 1962) == []  # "may" a verb, no month


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("RECORD OF A MEETING HELD ON 5 APRIL 1958 AT 10.30 A.M.", date(1958, 4, 5)),
        ("DATE DISTR: 18 NOVEMBER 1971", date(1971, 11, 18)),
        ("TUESDAY 15 JANUARY 1974", date(1974, 1, 15)),
    ],
)
def test_a_month_written_in_capitals_is_a_month(text, day):
    assert parse_date(text) == (day, "day")


def test_may_in_capitals_with_no_day_beside_it_is_no_date():
    assert [(d.text, d.precision) for d in find_dates("WE MAY SEE HIM IN 1958.")] == [("1958", "year")]


def test_a_month_of_the_following_year_in_a_narrative_is_of_the_year_after_the_story():
    text = "The garrison stayed on the island until the talks ended, and the last troops sailed in May of the following year."
    found = find_months_alone(text, 1962)  # the story is in 1962
    assert [(d.text, d.start_date, d.end_date) for d in found] == [
        ("in May of the following year", date(1963, 5, 1), date(1963, 5, 31))
    ]
    assert [(d.start_date, d.end_date) for d in find_months_alone("The last troops sailed in May.", 1962)] == [
        (date(1962, 5, 1), date(1962, 5, 31))
    ]


def _month_words():
    from pipeline.normalize import dates

    return sorted(set(dates._MONTH_WORDS))


@pytest.mark.parametrize("month", _month_words())
def test_every_month_name_opens_a_date_after_capitalised_words(month):
    # The scan turns a capitalised word away by its first two letters; every month's name of the language files, in
    # every case it is listed or capitalised in, still opens its date after words that name no month.
    text = f"Mr. Secretary told the Ambassador: {month} 1962"
    found = [d for d in find_dates(text) if d.start_date.year == 1962]
    assert found and found[0].precision == "month" and found[0].start == text.index(month)


def test_words_that_name_no_month_leave_the_dates_as_they_were():
    text = "Memorandum of Conversation. Moscow, September 3, 1962. Mr. Dobrynin said the Soviet Ambassador met him on Sept. 5."
    assert [(d.text, d.start_date) for d in find_dates(text)] == [
        ("September 3, 1962", date(1962, 9, 3)),
        ("Sept. 5", date(1962, 9, 5)),
    ]


def test_a_short_line_is_read_for_its_dates_once_while_a_document_is_read(monkeypatch):
    from pipeline.normalize import dates

    scans = []
    scan = dates._iter_dates
    monkeypatch.setattr(dates, "_iter_dates", lambda *a: scans.append(a[0]) or scan(*a))
    line = "Washington, May 12, 1962"
    alone = find_dates(line)
    with dates.lines_read_once():
        twice = [find_dates(line), find_dates(line), list(dates.iter_dates(line))]
        assert find_dates(line, 1950) == alone  # another context is its own question
    assert twice == [alone, alone, alone]
    assert scans == [line, line, line]  # once outside, once inside, once for the other context
    find_dates(line)
    assert len(scans) == 4  # nothing is kept once the document is read


def test_a_page_s_events_read_each_text_s_dates_once(monkeypatch):
    """The events' reading of a page keeps the dates of a paragraph too (``EVERY_LENGTH``), the same as read afresh;
    the parser's keeps a short line's only, a paragraph read as far as its caller asks."""
    from pipeline.normalize import dates

    scans = []
    scan = dates._iter_dates
    monkeypatch.setattr(dates, "_iter_dates", lambda *a: scans.append(a[0]) or scan(*a))
    paragraph = "The talks opened in Geneva on 3 May 1961 and went on, with a pause from 20 May, " * 3
    alone = find_dates(paragraph, 1961)
    with dates.lines_read_once(dates.EVERY_LENGTH):
        assert [find_dates(paragraph, 1961), list(dates.iter_dates(paragraph, 1961))] == [alone, alone]
    with dates.lines_read_once():
        assert find_dates(paragraph, 1961) == find_dates(paragraph, 1961) == alone
    assert scans == [paragraph] * 4  # afresh, once for the page's events, twice in the parser's reading


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("In the last week of February 1969 the President toured the province.", date(1969, 2, 22), date(1969, 2, 28)),
        ("in the last week of May 1970", date(1970, 5, 25), date(1970, 5, 31)),
        ("during the first week of March 1969", date(1969, 3, 1), date(1969, 3, 7)),
        ("in the third week of October 1956", date(1956, 10, 15), date(1956, 10, 21)),
    ],
)
def test_a_week_of_a_month_is_its_days(text, first, last):
    found = _one(text)
    assert (found.start_date, found.end_date, found.year_written) == (first, last, True)


def test_a_leap_day_moved_to_a_year_without_one_is_the_28th():
    from datetime import date

    from pipeline.normalize.dates import in_year
    assert in_year(date(1968, 2, 29), 1967) == date(1967, 2, 28)
    assert in_year(date(1968, 2, 29), 1972) == date(1972, 2, 29)
    assert in_year(date(1967, 11, 30), 1968) == date(1968, 11, 30)


def test_slashes_day_first_where_the_page_writes_a_day_past_the_twelfth_first():
    page = "6/3/61  School reopened after the holiday.\n13/3/61  Two families enrolled five children today."
    assert slash_day_first(page)
    assert not slash_day_first("Received 10/14/50, sent 13/4/50")  # a month first beside a day first: no order told
    with slash_order(page):
        assert [m.start_date for m in find_dates(page)] == [date(1961, 3, 6), date(1961, 3, 13)]
    # read alone: 6/3/61 in the US order; 13/3/61 day first all the same (no month 13)
    assert [m.start_date for m in find_dates(page)] == [date(1961, 6, 3), date(1961, 3, 13)]


def test_a_nordic_day_over_its_month_and_the_year_after_a_hyphen():
    assert [m.start_date for m in find_dates("Eftirkannað 16/3-62. Ó. Dam, stjóri.")] == [date(1962, 3, 16)]
    assert find_dates("State Department Central Files, 714.00/6-1954.") == []  # a file number


def test_slashes_day_first_where_a_pages_entries_fall_in_one_month():
    assert slash_day_first("1/3/61 School reopened.\n2/3/61 Inspector visited.\n6/3/61 Fire drill.")
    assert not slash_day_first("Received 3/1/61, sent 3/2/61, answered 3/6/61")  # one day of three months: month first
    assert not slash_day_first("1/3/61 and 2/3/61")  # too few to tell


def test_a_day_first_slash_date_keeps_its_hour_after_at():
    # a translated cable's handling line, its day past the twelfth first, its hour after "at" as a month-first one has
    [found] = find_dates("Deciphered on 14/10/50 at 7:45 a.m.")
    assert (found.start_date, found.time, found.precision) == (date(1950, 10, 14), "07:45", "minute")


def test_a_text_s_dates_kept_for_a_page_are_read_anew_in_another_order_of_its_slashes():
    """A block whose slashes are read day first inside a page's reading is not given the dates read month first."""
    from pipeline.normalize import dates

    line = "The order of 5/3/1961 stands."
    with dates.lines_read_once(dates.EVERY_LENGTH):
        month_first = find_dates(line)
        with dates.slashes_read(True):
            day_first = find_dates(line)
    assert (month_first[0].start_date.month, day_first[0].start_date.month) == (5, 3)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ky", "Кечээ, 12-апрелде, саат 13.02де редакцияга ТАСС аркылуу билдирүү келди.", date(1961, 4, 12)),
    ("ky", "Үстүбүздөгү жылдын 20-мартынан бери космос темасындагы бардык материалдар", date(1961, 3, 20)),
    ("ky", "№ 212/с                                            1961-жылдын 13-апрели", date(1961, 4, 13)),
    ("kk", "1989 жылғы 22 ақпан", date(1989, 2, 22)),
    ("uz", "1966 йил 5 май", date(1966, 5, 5)),
])
def test_a_day_joined_to_its_month_by_a_hyphen_or_after_its_year_and_the_years_word_in_a_borrowing_language(language, text, expected):
    """The named-month grammar of a language with no file (dates._named_month_grammar): a day's figure joined to its
    month by a hyphen as the Turkic languages join a figure to its case ending, the year before it with its word."""
    from pipeline.normalize.lexicon import reading
    with reading(language):
        found = find_dates(text, 1961)
    assert found and found[0].start_date == expected, found


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("kk", "Хат № 1950 12 ақпан күні келді.", date(1961, 2, 12)),
    ("uz", "Хат № 1950 5 май куни келди.", date(1961, 5, 5)),
    ("ky", "Кат № 1905 5-апрелде келди.", date(1961, 4, 5)),
])
def test_a_bare_number_before_a_day_is_not_its_year(language, text, expected):
    """A file's or letter's number before a day ("№ 1950 12 ақпан") is no year: the year before a day has its word."""
    from pipeline.normalize.lexicon import reading
    with reading(language):
        found = find_dates(text, 1961)
    assert found and found[0].start_date == expected, found
