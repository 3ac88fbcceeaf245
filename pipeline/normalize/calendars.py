"""The days of another calendar than the Gregorian one the date grammar reads, turned into Gregorian days.

A Persian page dates its own days in the Iranian (solar Hijri) calendar ("پنجشنبه ۲۱ آذر ۱۳۲۵", "تاریخ سند:
۱۳۲۵/۰۹/۲۱", "۲۱/۹/۲۵"): its year opens on 1 Farvardin, the day of the March equinox, which in the years the documents
are of (1300-1378, 1921-1999) falls on 21 March in all but a few years, a day off at most in those (an arithmetic
calendar's leap years would place it exactly; dateparser's own Jalali reading needs the package convertdate, which the
project does not pin); its first six months have 31 days, the next five 30 and the last 29, or 30 in a leap year. The
months' names are the page language's words (fa.yaml supplement ``solar_hijri_months``).
"""

from __future__ import annotations

from datetime import date, timedelta

# The Hijri years 1300-1419 (1882-1999), the Persian 1300-1378 (1921-1999): a year so written on a page dated in either
# calendar is of that calendar, never a Gregorian one (pipeline/parse/generic.py reads a letter's place-and-date line
# so).
OTHER_CALENDAR_YEARS = range(1300, 1420)
SOLAR_HIJRI_EPOCH_OFFSET = 621  # 1 Farvardin of solar year Y falls in the Gregorian year Y + 621
_NOWRUZ = (3, 21)  # 1 Farvardin: 21 March
_LONG_MONTHS, _LONG_DAYS, _SHORT_DAYS = 6, 31, 30


def solar_hijri_date(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a day of the Iranian (solar Hijri) calendar (1325, 9, 21: 12 December 1946), None where the
    month or the day cannot be (a 13th month, a 32nd day)."""
    if not 1 <= month <= 12 or not 1 <= day <= (_LONG_DAYS if month <= _LONG_MONTHS else _SHORT_DAYS):
        return None
    before = (month - 1) * _LONG_DAYS if month <= _LONG_MONTHS else _LONG_MONTHS * _LONG_DAYS + (month - 1 - _LONG_MONTHS) * _SHORT_DAYS
    return date(year + SOLAR_HIJRI_EPOCH_OFFSET, *_NOWRUZ) + timedelta(days=before + day - 1)


def solar_hijri_year_near(month: int, day: int, gregorian_year: int) -> int:
    """The solar year whose ``day`` of ``month`` falls in ``gregorian_year`` (a day and month written without their
    year on a page of that year: "۲۳ آذر" in 1946 is of 1325; "۵ بهمن" in 1979 of 1357)."""
    year = gregorian_year - SOLAR_HIJRI_EPOCH_OFFSET
    found = solar_hijri_date(year, month, day)
    return year if found is None or found.year == gregorian_year else year - 1
