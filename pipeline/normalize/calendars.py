"""The days of another calendar than the Gregorian one the date grammar reads, turned into Gregorian days.

A Persian page dates its own days in the Iranian (solar Hijri) calendar ("پنجشنبه ۲۱ آذر ۱۳۲۵", "تاریخ سند:
۱۳۲۵/۰۹/۲۱", "۲۱/۹/۲۵"): its year opens on 1 Farvardin, the day of the March equinox, which in the years the documents
are of (1300-1378, 1921-1999) falls on 20, 21 or 22 March as the calendar's leap years place it (the arithmetic
calendar of the 33-year cycles between the break years, as the Iranian calendar's published tables and the jalaali
libraries compute it; dateparser's own Jalali reading needs the package convertdate, which the project does not pin);
its first six months have 31 days, the next five 30 and the last 29, or 30 in a leap year. The months' names are the
page language's words (fa.yaml supplement ``solar_hijri_months``).
"""

from __future__ import annotations

from datetime import date, timedelta

# The Hijri years 1300-1419 (1882-1999), the Persian 1300-1378 (1921-1999): a year so written on a page dated in either
# calendar is of that calendar, never a Gregorian one (pipeline/parse/generic.py reads a letter's place-and-date line
# so).
OTHER_CALENDAR_YEARS = range(1300, 1420)
SOLAR_HIJRI_EPOCH_OFFSET = 621  # 1 Farvardin of solar year Y falls in the Gregorian year Y + 621
_LONG_MONTHS, _LONG_DAYS, _SHORT_DAYS = 6, 31, 30
# The years at which the run of 33-year leap cycles restarts (the arithmetic calendar's break years).
_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178)


def _div(a: int, b: int) -> int:
    return int(a / b)  # truncated toward zero, as the calendar's arithmetic is written


def nowruz(year: int) -> tuple[date, bool]:
    """1 Farvardin of solar year ``year`` as its Gregorian day (1325: 21 March 1946; 1375: 20 March 1996), and whether
    the year is a leap year (its last month of 30 days)."""
    jump, jp, leap_j = 0, _BREAKS[0], -14
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if year < jm:
            break
        leap_j += _div(jump, 33) * 8 + _div(jump % 33, 4)
        jp = jm
    n = year - jp
    leap_j += _div(n, 33) * 8 + _div(n % 33 + 3, 4)
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    gy = year + SOLAR_HIJRI_EPOCH_OFFSET
    leap_g = gy // 4 - ((gy // 100 + 1) * 3) // 4 - 150
    if jump - n < 6:
        n = n - jump + _div(jump + 4, 33) * 33
    leap = ((n + 1) % 33 - 1) % 4
    return date(gy, 3, 20 + leap_j - leap_g), leap == 0


def solar_hijri_date(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a day of the Iranian (solar Hijri) calendar (1325, 9, 21: 12 December 1946), None where the
    month or the day cannot be (a 13th month, a 32nd day)."""
    first, leap = nowruz(year)
    last = _LONG_DAYS if month <= _LONG_MONTHS else _SHORT_DAYS if month < 12 or leap else _SHORT_DAYS - 1
    if not 1 <= month <= 12 or not 1 <= day <= last:
        return None
    before = (month - 1) * _LONG_DAYS if month <= _LONG_MONTHS else _LONG_MONTHS * _LONG_DAYS + (month - 1 - _LONG_MONTHS) * _SHORT_DAYS
    return first + timedelta(days=before + day - 1)


def solar_hijri_year_near(month: int, day: int, gregorian_year: int) -> int:
    """The solar year whose ``day`` of ``month`` falls in ``gregorian_year`` (a day and month written without their
    year on a page of that year: "۲۳ آذر" in 1946 is of 1325; "۵ بهمن" in 1979 of 1357)."""
    year = gregorian_year - SOLAR_HIJRI_EPOCH_OFFSET
    found = solar_hijri_date(year, month, day)
    return year if found is None or found.year == gregorian_year else year - 1


# The Ethiopian calendar: twelve months of 30 days and a thirteenth (Pagume) of five, or six in the year before a year
# divisible by four; its year opens on 1 Meskerem, 11 September of the Gregorian calendar (12 September before a
# Gregorian leap year), seven or eight years after the Gregorian year (Dershowitz and Reingold, Calendrical
# Calculations, the Ethiopic calendar: its epoch is 29 August of the year 8 of the Julian calendar, day 2796 of the
# proleptic Gregorian count that ``date.toordinal`` keeps). The months' names are the page language's words (am.yaml
# supplement ``calendar_months``).
ETHIOPIAN_EPOCH = 2796
ETHIOPIAN_YEARS_BEHIND = 8  # 1 Meskerem of Ethiopian year Y falls in the Gregorian year Y + 7, the year's last months in Y + 8
_PAGUME, _PAGUME_DAYS = 13, 5


def ethiopian_date(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a day of the Ethiopian calendar (1970, 2, 11: 21 October 1977), None where the month or the
    day cannot be (a 14th month, a 31st day, a 7th day of Pagume)."""
    last = _SHORT_DAYS if month < _PAGUME else _PAGUME_DAYS + (year % 4 == 3)
    if not 1 <= month <= _PAGUME or not 1 <= day <= last:
        return None
    return date.fromordinal(ETHIOPIAN_EPOCH - 1 + 365 * (year - 1) + year // 4 + _SHORT_DAYS * (month - 1) + day)


def ethiopian_year_near(month: int, day: int, gregorian_year: int) -> int:
    """The Ethiopian year whose ``day`` of ``month`` falls in ``gregorian_year`` (Tikimt 5 in 1977 is of 1970, Ginbot 5
    in 1978 of 1970 too)."""
    year = gregorian_year - ETHIOPIAN_YEARS_BEHIND
    found = ethiopian_date(year, month, day)
    return year if found is None or found.year == gregorian_year else year + 1


# The calendars a page may name its months in besides the Gregorian one, by the name a supplement gives them
# (``calendar_months``): each with its day's Gregorian day, the year of a day and month written alone on a page of a
# Gregorian year, and the years its pages write.
CALENDARS = {
    "ethiopian": (ethiopian_date, ethiopian_year_near, range(1880, 2000)),
    "solar_hijri": (solar_hijri_date, solar_hijri_year_near, range(1300, 1420)),
}
