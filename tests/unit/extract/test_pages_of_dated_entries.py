"""Pages of dated entries (logs, registers, diaries): each entry's day governs the entry's acts."""

from datetime import date

from pipeline.extract.events.context import (
    entry_head,
    log_entry_hour,
    register_row,
    register_row_hour,
    weekday_day_head,
)
from pipeline.parse.generic import kept_span_line


def test_a_diary_entry_under_its_day_of_the_week_and_its_day_alone_in_the_titles_month():
    assert weekday_day_head("Dim. 10. — Messe à 7 h, peu de monde.", (1968, 11), "fr").start_date == date(1968, 11, 10)
    assert weekday_day_head("Mer. 13. — Retour du P. Roux.", (1968, 11), "fr").start_date == date(1968, 11, 13)
    assert weekday_day_head("Tuesday 12th: we left for the coast.", (1968, 11), "en").start_date == date(1968, 11, 12)
    assert weekday_day_head("Dim. 1. — Messe.", (1968, 11), "fr").start_date == date(1968, 12, 1)  # run into the next month
    assert weekday_day_head("Dim. 11. — Messe.", (1968, 11), "fr") is None  # 11 November 1968 was a Monday
    assert weekday_day_head("Marx 12. — a heading", (1968, 11), "fr") is None
    assert weekday_day_head("Dim. 10. — Messe.", None, "fr") is None  # no month to read the day in
    assert weekday_day_head("Monday 6th", (1961, 3), "en").start_date == date(1961, 3, 6)  # alone over its entries
    assert weekday_day_head("Monday 6th March was cold", (1961, 3), "en") is None


def test_a_line_opening_on_its_day_in_figures_then_its_entry_heads_the_entry():
    assert entry_head("6/3/61 School reopened after the mid-term holiday.", 1961) is not None
    assert entry_head("21.7.73 Filter changed at the station.", 1973).start_date == date(1973, 7, 21)
    assert entry_head("6/3/61 was the day the school reopened.", 1961) is None  # a sentence about the day


def test_a_register_row_is_one_entry_on_the_day_of_its_date_column():
    row = "№ 1417 | 31.12.1989, саат 16.20 | Мәммәдов Елчин Тофиг оғлу, 24 јаш, Пенсәр кәнди | танышлары ҝәтириб | сол голун сынығы"
    day, named_end = register_row(row, 1989)
    assert day.start_date == date(1989, 12, 31)
    assert row[:named_end].endswith("Мәммәдов Елчин Тофиг оғлу")
    plain = "№ 1417 | 31.12.1989, саат 16.20 | Мәммәдов Елчин | 24 јаш | сол голун сынығы"  # the name alone in its column
    assert plain[:register_row(plain, 1989)[1]].endswith("| Мәммәдов Елчин")
    assert register_row("Moscow | Leningrad | Kiev", 1989) is None
    ship = "16.9.77 | 0640 | PROFESSOR BARABANOV | USSR | 12,400 | Murmansk | Bressay Sound | Factory ship."
    day, named_end = register_row(ship, 1977)  # a time column between the date and the vessel entered
    assert day.start_date == date(1977, 9, 16) and ship[:named_end].endswith("| PROFESSOR BARABANOV")
    assert register_row_hour(ship, day.end) == "06:40"
    told = "17.9.77 | 1000 | Pilot cutter reports 9 klondykers in the Sound; pilot aboard."  # a row told in words
    assert told[:register_row(told, 1977)[1]].endswith("in the Sound")
    police = "19.9.77 | 1500 | Police (Insp. Mouat) called at office re ORION seaman; told him so."
    assert police[:register_row(police, 1977)[1]].endswith("ORION seaman")  # a title's stop ends no clause
    assert register_row("17.9.77 | Lerwick | Pilot cutter reports", 1977) is None  # three columns, none an hour
    assert register_row("A line with 31.12.1989 in it and no columns.", 1989) is None


def test_a_cover_line_of_two_labelled_days_joined_by_a_dash_is_the_span_kept():
    assert kept_span_line("Begun: 1 March 1962 - Closed: 30 April 1962")
    assert not kept_span_line("Date of arrest: 9 March 1975 Date Consulate notified: 11 March 1975")
    assert not kept_span_line("The log was begun on 1 March 1962 and closed on 30 April 1962.")


def test_a_log_entry_opening_on_its_hour_before_a_ships_name_in_quotation_marks():
    assert log_entry_hour('2330  "Weather Monitor" signalled that she will arrive.') == "23:30"
    assert log_entry_hour("1963 was a cold year.") is None
