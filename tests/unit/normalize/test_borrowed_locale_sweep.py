"""A sweep over dateparser's locales: every language lingua can name that has no file of its own borrows its calendar
words from its locale data (``pipeline.normalize.borrowed``); each date form that locale's texts write is built from the
locale's OWN data, set inside a short sentence, and read by the date finder (``find_dates``) or the tense reader
(``read_cues``) on a page written in that language (``lexicon.reading``).

The forms: the day, the month and the year with the month in each form the locale lists (its full names, nominative or
genitive, and its abbreviations), the day closed by its full stop where the locale orders day first, the month first
where it orders so ("Enero 14, 1975"), the year first, closed by its full stop, where it does ("1975. január
14.", "1975. ژانویهٔ 14."), the figures of the month's own
script (Devanagari, Bengali, Arabic-Indic, Thai ...), the words the locale skips between the parts ("14 de setembre de
1975"), the days named from the day of writing (the day before yesterday, yesterday, today, tomorrow) and the full names
of the week days. A form the grammar does not read is marked, with its reason, as an expected failure (strict: it fails
the sweep once it is read).
"""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from lingua import Language

from pipeline.extract.tense import read_cues
from pipeline.normalize.borrowed import (
    _MONTH_KEYS,
    _WEEKDAY_KEYS,
    MIN_LETTERS,
    _ideographic,
    _short_full_name,
    locale_data,
)
from pipeline.normalize.dates import find_dates
from pipeline.normalize.lexicon import LANGUAGES, lexicon, reading

DAY, YEAR = 14, 1975
CONTEXT_YEAR = 1960  # the year the text spoke of last: a date's own year is read from it, not taken from the context
_RELATIVE = {"2 day ago": -2, "1 day ago": -1, "0 day ago": 0, "in 1 day": 1}
_CASED_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN")


def _languages() -> list[str]:
    """The dataset's codes of the languages lingua names that have no file and whose locale data dateparser ships
    (Norwegian Bokmål is the dataset's "no"; Serbo-Croatian "sh" and Tagalog "tl" join several locales)."""
    codes = {"no" if lang.iso_code_639_1.name.lower() == "nb" else lang.iso_code_639_1.name.lower() for lang in Language.all()}
    return sorted(c for c in codes | {"sh", "tl"} if c not in LANGUAGES and locale_data(c))


def _native_digits(word: str) -> dict | None:
    """The figures of the script ``word`` is written in, where it has its own (none for a cased script's words)."""
    scripts = {unicodedata.name(c, "").split(" ")[0] for c in word if c.isalpha()}
    if not scripts or scripts & set(_CASED_SCRIPTS):
        return None
    for code in range(0x0600, 0x1100):
        c = chr(code)
        if unicodedata.category(c) == "Nd" and unicodedata.digit(c) == 0 and unicodedata.name(c).split(" ")[0] in scripts:
            return str.maketrans("0123456789", "".join(chr(code + i) for i in range(10)))
    return None


def _cases():
    for language in _languages():
        info = locale_data(language)
        order = info.get("date_order")
        joiners = [w for w in info.get("skip") or [] if w.isalpha() and 2 <= len(w) <= 3 and w.islower()]
        for number, key in enumerate(_MONTH_KEYS, start=1):
            forms = [f.strip() for f in info.get(key) or [] if not any(c.isdigit() for c in f)]
            for form in forms:
                cut = any(o != form and o.lower().startswith(form.rstrip(".").lower()) for o in forms)
                kind = "abbreviated" if cut else "full"
                day = date(YEAR, number, DAY)
                yield language, f"day month year, {kind}", f"Moskva, {DAY} {form} {YEAR}.", day
                if order == "DMY":
                    yield language, f"day. month year, {kind}", f"Moskva, {DAY}. {form} {YEAR}.", day
                if order == "MDY":
                    yield language, f"month day, year, {kind}", f"Moskva, {form} {DAY}, {YEAR}.", day
                if order == "YMD":
                    yield language, f"year. month day, {kind}", f"Moskva, {YEAR}. {form} {DAY}.", day
                if not cut and (digits := _native_digits(form)):
                    yield language, "day month year, own figures", f"Moskva, {str(DAY).translate(digits)} {form} {str(YEAR).translate(digits)}.", day
                for joiner in joiners if not cut else ():
                    yield language, "day joiner month joiner year", f"Moskva, {DAY} {joiner} {form} {joiner} {YEAR}.", day
        relative = info.get("relative-type") or {}
        for key, days in _RELATIVE.items():
            for phrase in relative.get(key) or []:
                yield language, f"relative day {days:+d}", f"{phrase} Moskva.", days
        week = {w.strip().lower() for w in info.get("week") or []}
        for number, key in enumerate(_WEEKDAY_KEYS):
            if forms := [f.strip() for f in info.get(key) or []]:
                name = max(forms, key=len)
                yield language, "weekday", f"{name} Moskva.", ("weekday", number, name.lower() in week)


def _why_not(language: str, form: str, text: str, wanted) -> str | None:
    """Why the grammar is not to read the case (an expected failure), None where it is."""
    if isinstance(wanted, tuple):  # a week day: its name left out of the borrowed ones by the language's supplement
        if wanted[2] and text.removesuffix(" Moskva.").lower() not in (lexicon(language).get("weekdays") or {}):
            return "the week day's name is also the locale's word of week, taken out of the borrowed week days by the " \
                   "language's supplement (not_borrowed: Tagalog 'Linggo', Sunday and the week)"
        return None
    if isinstance(wanted, int):  # a day named from the writing the borrowed words leave out
        phrase = text.removesuffix(" Moskva.").lower()
        with reading(language):
            read = lexicon(language).get("relative_days") or {}
        if phrase not in read:
            return "a day named from the writing in fewer than three letters or in ideographs, or taken out by the " \
                   "language's supplement (Bengali, Marathi 'aj', today; Japanese " \
                   "ideographs, read by the Chinese words where they are Chinese too)"
        if read[phrase] != wanted:
            return "one word for two days (Hindi 'kal', yesterday and tomorrow): read as the day its supplement gives"
        return None
    if any(_ideographic(w) for w in text.split(" ")):
        return "a Japanese month written in ideographs: Japanese writes its dates in figures with its year, month and " \
               "day marks, which the Chinese forms read"
    forms = [f.strip().rstrip(".") for f in locale_data(language).get(_MONTH_KEYS[wanted.month - 1]) or []]
    month = max((f for f in forms if f and f in text), key=len)
    if len(month) < MIN_LETTERS and not _short_full_name(month, forms):
        return "a month's form of two letters that is not its full name in a script without case (an abbreviation: " \
               "'ag', 'ਜਨ', Thai 'มค' of 'ม.ค.'; Persian 'می', a verb's prefix): too often a common word"
    return None


_CASES = list(_cases())


@pytest.mark.parametrize(("language", "form", "text", "wanted"), [
    pytest.param(*case, id=f"{case[0]}-{case[1]}-{i}",
                 marks=[pytest.mark.xfail(reason=why, strict=True)] if (why := _why_not(*case)) else [])
    for i, case in enumerate(_CASES)
])
def test_a_borrowed_locales_date_form_is_read(language, form, text, wanted):
    with reading(language):
        if isinstance(wanted, date):
            assert wanted in [m.start_date for m in find_dates(text, CONTEXT_YEAR)]
        elif isinstance(wanted, tuple):
            assert wanted[1] in [c.weekday for c in read_cues(text, language) if c.kind == "relative"]
        else:
            assert wanted in [c.days for c in read_cues(text, language) if c.kind == "relative"]


def test_the_sweep_covers_the_borrowing_languages():
    languages = {case[0] for case in _CASES}
    assert {"fi", "id", "lt", "el", "eu", "ka", "fa", "hi", "tl", "zu"} <= languages
    assert not languages & set(LANGUAGES)
