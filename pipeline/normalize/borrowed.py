"""The calendar words of a language with no file of its own, borrowed from dateparser's locale data.

A page in a language ``pipeline/reference/lang`` has no file for (Danish, Finnish, Slovak, Bulgarian, Ukrainian,
Indonesian, Greek ...) still writes its dates with the month's name ("den 3. maj 1975", "3 май 1975 г.", "13 de setembre
de 1973"), the days named from the day of writing ("i går", "вчера", "kemarin") and the days of the week. dateparser,
which the project pins, ships those words for some two hundred languages inside its package
(``dateparser/data/date_translation_data/<code>.py``): they are read here, offline, once per language, into the keys a
language file writes (``months``, ``year_first_months``, ``day_marks``, ``day_month_joiners``, ``month_year_joiners``,
``relative_days``, ``weekdays``, ``relative_periods``, ``alphabet``), so that the date grammar and the tense reader take
them as they take a file's. A language with a file never borrows (``lexicon`` reads the file), and a borrowed
language's words are read only on a page written in it (``lexicon.reading``).

Which words are kept: a month's every form but those that write a figure ("5월", read by the figures' own forms), are
shorter than three letters or have no case (Japanese "十一月", read by the Chinese forms); a week day's full forms (its
short ones, "man", "ons", "tor", are common words); a day or a period named from the day of writing where the locale
writes it as such ("1 day ago": "i går"), three letters or more and no cut word of one letter ("viime v"). The locale
data gives no opening word of a past week day ("last Monday"): a borrowed week day is read named bare
(``weekdays_alone``, as fr.yaml has it), the last such day on or before the day of writing, not where its date's figure
follows it ("maanantaina 5. toukokuuta"). The periods after the day of writing ("in 1 week": "næste uge", "ensi
viikolla") are a plan's words (``planned``): a sentence naming one tells what is to come, not an act done.
"""

from __future__ import annotations

import importlib
from functools import cache

# The dataset's codes that dateparser names otherwise (pipeline/normalize/language.py): Norwegian is "no"; Serbo-Croatian
# is "sh" whichever variant a page writes, whose months are Croatian's ("srpnja"), Serbian's and Bosnian's ("jul", "juli";
# the locale data has no genitive "jula" a Yugoslav telegram writes).
_LOCALE_CODES = {"no": ("nb",), "sh": ("hr", "sr-Latn", "bs-Latn")}
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# dateparser's relative phrases, by what they name: days from the day of writing, and the calendar periods before
# it (en.yaml relative_periods' values).
_RELATIVE_DAYS = {"2 day ago": -2, "1 day ago": -1, "0 day ago": 0, "in 1 day": 1, "in 2 day": 2}
_RELATIVE_PERIODS = {"1 week ago": "week", "1 month ago": "month", "1 year ago": "year", "0 week ago": "this_week",
                     "0 month ago": "this_month"}
_PLANNED_PERIODS = ("in 1 week", "in 1 month", "in 1 year")
MIN_LETTERS = 3  # a word shorter is too often another language's word ("ma", "po", "sen")
MIN_WEEKDAY_LETTERS = 5  # a week day's short forms ("man", "ons", "fre", "tor") are common words in its language


@cache
def locale_data(language: str | None) -> dict:
    """dateparser's locale data of a language (its ``info`` dictionary; several locales' words joined where the dataset
    names one language that dateparser splits), empty where it has none."""
    if not language or not language.replace("-", "").isalpha():
        return {}
    found: list[dict] = []
    for code in _LOCALE_CODES.get(language, (language,)):
        try:
            found.append(getattr(importlib.import_module(f"dateparser.data.date_translation_data.{code}"), "info", {}) or {})
        except ImportError:
            continue
    if len(found) < 2:
        return found[0] if found else {}
    joined: dict = dict(found[0])
    for info in found[1:]:
        for key, value in info.items():
            if isinstance(value, list) and isinstance(joined.get(key), list):
                joined[key] = [*joined[key], *(v for v in value if v not in joined[key])]
            elif isinstance(value, dict) and isinstance(joined.get(key), dict):
                joined[key] = {k: [*joined[key].get(k, []), *(v for v in vs if v not in joined[key].get(k, []))] for k, vs in
                               (joined[key] | value).items()} if all(isinstance(v, list) for v in value.values()) else joined[key]
            else:
                joined.setdefault(key, value)
    return joined


MIN_STEM_LETTERS = 4  # a month's stem shorter names no month ("mai", "jun")
MAX_CASE_ENDING = 4  # the letters a case ending puts after a month's stem ("oktoob-ril", "decemb-rī", "tammikuu-ssa")


def _month_stems(info: dict) -> dict[str, int]:
    """The stems of the months' full names, by month, that a language's case endings are written after: the name without
    its last two letters ("oktoober": "oktoob", read in "18. oktoobril 1976"; "decembris": "decemb", in "22. decembrī"),
    four letters at the least, each stem one month's alone. The locale data gives most languages' months in one case:
    the stems read the others a page in a language with no file writes its date in (Estonian, Latvian, Finnish)."""
    stems: dict[str, int] = {}
    shared: set[str] = set()
    for number, key in enumerate(_MONTH_KEYS, start=1):
        for form in info.get(key) or []:
            form = form.strip().lower()
            if len(form) < MIN_STEM_LETTERS + 1 or not form.isalpha() or form.upper() == form:
                continue  # an abbreviation; a script without case
            stem = form[:max(MIN_STEM_LETTERS, len(form) - 2)]
            if stems.get(stem, number) != number:
                shared.add(stem)
            stems[stem] = number
    return {stem: number for stem, number in stems.items() if stem not in shared}


def _usable(word: str, least: int = MIN_LETTERS) -> bool:
    """Long enough, written without a figure, and no cut word of one letter after the first ("мин г", "т м", "viime v":
    the locale's abbreviations; "i går" keeps its preposition)."""
    return len(word) >= least and not any(c.isdigit() for c in word) and any(c.isalpha() for c in word) \
        and all(len(part) > 1 for part in word.split()[1:])


@cache
def borrowed_lexicon(language: str | None) -> dict:
    """The calendar words of ``language`` in a language file's keys, from dateparser's locale data; empty where it has
    none (or only forms written with figures)."""
    info = locale_data(language)
    if not info:
        return {}
    months: dict[str, int] = {}
    for number, key in enumerate(_MONTH_KEYS, start=1):
        for form in info.get(key) or []:
            form = form.strip().rstrip(".")
            if not _usable(form) or form.lower() == form.upper():
                continue  # a script without case (Japanese "十一月") is read by its own forms of date
            for written in (form.lower(), form[:1].upper() + form[1:].lower(), form.upper()):
                months.setdefault(written, number)
                if len(form) <= 4:  # an abbreviation, with the full stop that cuts it ("3 jan. 1975")
                    months.setdefault(written + ".", number)
    weekdays: dict[str, int] = {}
    for number, key in enumerate(_WEEKDAY_KEYS):
        forms = [f.strip() for f in info.get(key) or [] if _usable(f.strip())]
        for form in forms:
            if len(form) >= MIN_WEEKDAY_LETTERS or form == max(forms, key=len):
                weekdays.setdefault(form.lower(), number)
    relative = info.get("relative-type") or {}
    days = {p.lower(): d for key, d in _RELATIVE_DAYS.items() for p in relative.get(key) or [] if _usable(p)}
    periods = {p.lower(): v for key, v in _RELATIVE_PERIODS.items() for p in relative.get(key) or [] if _usable(p)}
    # the periods after the day of writing ("næste uge", "в следващия месец"): a sentence naming one tells a plan
    planned = sorted({p.lower() for key in _PLANNED_PERIODS for p in relative.get(key) or [] if _usable(p)})
    year_first = info.get("date_order") == "YMD"  # "1975. május 3.", "1975. 5. 3.": the year first
    if not (months or weekdays or days or year_first):
        return {}
    lexicon: dict = {"borrowed": True, "year_first": year_first}
    if months:
        lexicon["months"] = months
        if stems := _month_stems(info):
            lexicon["month_stems"] = stems
        if info.get("date_order") == "DMY":  # the day's figure closed by its full stop, as many of them write it ("3. maj")
            lexicon["day_marks"] = ["."]
        # the words the locale skips between a date's parts, as the day, the month and the year may be joined by them
        # ("13 de septiembre de 1973", "5 de maio de 1975")
        joiners = [w for w in info.get("skip") or [] if w.isalpha() and 2 <= len(w) <= 3 and w.islower()]
        if joiners:
            lexicon["day_month_joiners"] = lexicon["month_year_joiners"] = joiners
        if year_first:  # the month's name after the year and its full stop, in lower case as that order writes it
            lexicon["year_first_months"] = {m: n for m, n in months.items() if m.islower() and not m.endswith(".")}
    if months and (year_words := sorted({w.strip().lower() for w in info.get("year") or [] if w.strip().isalpha()})):
        lexicon["year_words"] = year_words  # "1979 m. rugpjūčio 15 d.", "1983. gada 22. decembrī": a year's word after it
    if days:
        lexicon["relative_days"] = days
    if weekdays:
        # named bare, as the news of a language without opening words writes the week's past days ("i mandags", "в
        # понеделник" read by their day alone): the last such day on or before the day of writing in a past sentence
        lexicon["weekdays"] = weekdays
        lexicon["weekdays_alone"] = True
    if periods:
        lexicon["relative_periods"] = periods
    if planned:
        lexicon["planned"] = planned
    letters = {c for word in [*months, *weekdays, *days, *periods] for c in word.lower() if c.isalpha()}
    lexicon["alphabet"] = "".join(sorted(letters))
    if months:  # an ordinal's ending glued to the day's figure, in the language's own lower-case letters ("τη 26η Μαΐου
        # 1973", "της 1ης Μαΐου"): the data lists none, so the date grammar takes any short one before a month's name
        lexicon["day_ending_letters"] = "".join(c for c in lexicon["alphabet"] if c.islower())
    return lexicon
