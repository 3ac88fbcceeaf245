from datetime import date

from pipeline.normalize.calendars import solar_hijri_date, solar_hijri_year_near


def test_a_day_of_the_iranian_calendar_is_its_gregorian_day():
    assert solar_hijri_date(1325, 9, 21) == date(1946, 12, 12)  # 21 Azar 1325
    assert solar_hijri_date(1325, 1, 1) == date(1946, 3, 21)  # 1 Farvardin: the year opens on 21 March
    assert solar_hijri_date(1332, 5, 28) == date(1953, 8, 19)  # 28 Mordad 1332
    assert solar_hijri_date(1357, 11, 22) == date(1979, 2, 11)  # 22 Bahman 1357
    assert solar_hijri_date(1325, 7, 31) is None  # the seventh month has 30 days


def test_a_day_without_its_year_takes_the_solar_year_that_falls_in_the_page_year():
    assert solar_hijri_year_near(9, 23, 1946) == 1325
    assert solar_hijri_year_near(11, 5, 1979) == 1357  # Bahman, after the Gregorian year turned
    assert solar_hijri_year_near(10, 15, 1979) == 1357  # 15 Dey 1357 = 5 January 1979 (15 Dey 1358 is in 1980)
    assert solar_hijri_year_near(10, 5, 1979) == 1358  # 5 Dey 1358 = 26 December 1979


def test_the_year_opens_on_the_day_the_calendars_leap_years_place_it():
    assert solar_hijri_date(1375, 1, 1) == date(1996, 3, 20)  # after a leap year the year opens on 20 March
    assert solar_hijri_date(1399, 12, 30) == date(2021, 3, 20)  # a leap year's Esfand has 30 days
    assert solar_hijri_date(1357, 12, 30) is None  # 1357 is no leap year: Esfand has 29
    assert solar_hijri_date(1404, 1, 1) == date(2025, 3, 21)


def test_a_day_carrying_the_year_before_it_into_an_earlier_month_is_of_the_next_year():
    from pipeline.normalize.dates import find_dates
    from pipeline.normalize.lexicon import reading

    with reading("fa"):
        days = [d.start_date for d in find_dates("۲۹ اسفند ۱۳۲۵ و ۲ فروردین", 1947)]
    assert days == [solar_hijri_date(1325, 12, 29), solar_hijri_date(1326, 1, 2)]
