"""Explicit and partial dates in English, Russian and Chinese text.

One compiled pattern finds every candidate in a single pass ("On August 23,
1951", "13 July 1951", "13 июля 1951", "27.8.1951", "21.XI.1951", "received
1500 13 July 1951", "1951年11月14日", "in June 1950"); each is turned into a
start/end date with its precision. A date written without its year takes the
year from context (the last year written before it, else the document's date)
and says so (``inferred``); "今年6月" ("June of this year") is such a date.
A time may come before the date ("0530 18 October 1951", "received 1500 13
July 1951", "Received 23:00 31.1.1951") or after it ("on 25 July opened at
1100K", a military time with its zone letter). ``find_relative`` finds
offsets such as "five days later" for the caller to count from a known date.
"""

from __future__ import annotations

import calendar
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from pipeline.normalize.borrowed import MONTH_ENDING_LETTERS, YEAR_ENDING_LETTERS, Stemmed, declined
from pipeline.normalize.calendars import (
    CALENDARS,
    OTHER_CALENDAR_YEARS,
    SOLAR_HIJRI_EPOCH_OFFSET,
    solar_hijri_date,
    solar_hijri_year_near,
)
from pipeline.normalize.lexicon import (
    LANGUAGES,
    LETTER_OR_MARK,
    alternation,
    letters,
    lexicon,
    reading_language,
    trie_pattern,
    weekday_numbers,
    words,
)
from pipeline.normalize.openings import compile_skipping, with_opening

# Month names, Chinese numerals and date marks come from pipeline/reference/lang/*.yaml.
MONTHS = {form: number for lang in LANGUAGES for form, number in (lexicon(lang).get("months") or {}).items()}
ROMAN = {r: i for i, r in enumerate(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"], start=1)}
_ZH = lexicon("zh")
_ZH_NUMERALS: dict[str, int] = _ZH["numerals"]
_ZH_DIGITS = {c: v for c, v in _ZH_NUMERALS.items() if v < 10}
_ZH_TEN = next(c for c, v in _ZH_NUMERALS.items() if v == 10)
# Tens written in one sign ("廿九" is 29): their value
_ZH_TENS = {c: v for c, v in _ZH_NUMERALS.items() if v > 10 and v % 10 == 0}
# A year counted in an era ("民國六十一年", 1972): the year before the era's first (zh.yaml era_years)
_ZH_ERAS: dict[str, int] = _ZH.get("era_years") or {}

# A month's full name in capitals, as a heading, a title or a cable's date line sets it ("ON 5 APRIL 1958", "DATE DISTR:
# 18 NOVEMBER 1971"): that month (the cut forms in capitals, "DEC", are other words' too).
_EN_CAPITALS = {m.upper(): n for m, n in lexicon("en")["months"].items() if m in calendar.month_name[1:]}
MONTHS.update(_EN_CAPITALS)
# The months' names as a trie (``trie_pattern``: the same words, longest first, matched as an alternation of them is, each
# form of date trying them at a fraction of the cost of trying every name in turn).
_EN_MONTH = f"(?:{trie_pattern([*lexicon('en')['months'], *_EN_CAPITALS])})"
# A month's name broken across a line by a hyphen, as a column of print sets it ("on 19 Septem-\nber", "the coup of
# Feb-\nruary 1963"): its two halves, each of two letters or more, joined where they make a full name (``_joined``).
_LINE_BREAK = r"-[ \t]*\n[ \t]*"
_EN_BROKEN = "|".join(re.escape(m[:i]) + _LINE_BREAK + re.escape(m[i:]) for m in calendar.month_name[1:]
                      for i in range(2, len(m) - 1))
_EN_MONTH = f"(?:{_EN_BROKEN}|{_EN_MONTH})"  # the broken name first: "Jan-" alone is a cut month


def _joined(month: str) -> str:
    """A month's name as the grammar's months list it: a name broken across a line by a hyphen joined (``_EN_BROKEN``)."""
    return re.sub(_LINE_BREAK, "", month) if "\n" in month else month
# A month cut short and a year by its last two digits, the cable and intelligence-report style ("23 Feb 68", "3 Mar 67"):
# only after an abbreviated month ("on 5 March 60 people" writes no year), a year of the texts' century.
# In capitals too, as a report's form or a registry's stamp writes it ("DATE OF REPORT: 19 APR 77", "RECEIVED 15 MAR
# 1982"): only so, with its year ("DEC" alone is other words' too).
_EN_SHORT = [m for m in lexicon('en')['months'] if m.rstrip('.') not in calendar.month_name]
_EN_SHORT_CAPITALS = {m.upper(): MONTHS[m] for m in _EN_SHORT if m in MONTHS and m.upper() not in MONTHS}
MONTHS.update(_EN_SHORT_CAPITALS)
# the day-first languages' cut months in capitals, a stamp's "9. FEB. 1982", "12. OKT. 1962" (``_date_pattern``)
MONTHS.update({m.upper(): n for lang in LANGUAGES if lang != "en" for m, n in (lexicon(lang).get("months") or {}).items()
               if m.endswith(".") and m.upper() not in MONTHS})
_EN_MONTH_SHORT = f"(?:{trie_pattern([*_EN_SHORT, *_EN_SHORT_CAPITALS])})"
_SHORT_YEAR_BARE = r"[4-9]\d\b(?![:.,/-]?\d)"
# English dates have their own forms below (the month first, ordinals, "the 16th of"); every other language
# whose file lists months writes the day, the month's name and the year, then a year mark ("13 июля 1951 г.").
_DAY_FIRST = [lang for lang in LANGUAGES if lang != "en" and lexicon(lang).get("months")]
# A month with its year or "of this year" and no day ("в марте 1961 г.", "в марте с.г."), in lower case or opening a
# sentence (``_date_pattern``).
_MONTHS_ALONE = {m: n for lang in _DAY_FIRST for key in ("months", "months_in") for m, n in (lexicon(lang).get(key) or {}).items()}
MONTHS.update({m[:1].upper() + m[1:]: n for m, n in _MONTHS_ALONE.items()} | _MONTHS_ALONE)
_THIS_YEAR_MARKS = words("this_year_marks", _DAY_FIRST)
_THIS_YEAR_MARK = f"(?:{alternation(_THIS_YEAR_MARKS)})"
_YEAR_MARK = f"(?:{alternation(words('year_marks', _DAY_FIRST))})"
_RANGE_JOINER = f"(?:{alternation(words('range_joiners', _DAY_FIRST)) or '(?!)'})"  # "с 2 по 5 мая": one day to another
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# A year whose last two figures are 12 or more: after it "-03" is a month, never the last year of a span ("1962-03").
_ISO_MONTH_YEAR = r"(?:1[89](?:1[2-9]|[2-9]\d)|20(?:1[2-9]|[2-9]\d))"
_SHORT_YEAR = r"(?:['’][1-9]\d)(?![\w'’])"  # "September of '58", "early in '59": a year of the century the texts are of
_ROMAN_MONTH = r"XI{0,2}|IX|IV|VI{0,3}|V|I{1,3}"
# The marks between a Roman month after a stroke and its year: "26/X/62", and a Soviet cable's "14/I-67" under its
# signature and on its handling lines (``roman_month_year_marks``).
_ROMAN_YEAR_MARK = f"(?:{alternation(words('roman_month_year_marks')) or '/'})"
# The year first, its full stop, the month's name and the day (the Hungarian order: "Bamako, 1968. november 23."): the
# month names of that order are data (``year_first_months``).
_YEAR_FIRST_MONTHS = {m: n for lang in LANGUAGES for m, n in (lexicon(lang).get("year_first_months") or {}).items()}
MONTHS.update(_YEAR_FIRST_MONTHS)  # in lower case only, as that order writes them (an English sentence's "1968. November 23 ..." is none)
# "from 1958 to 1962", "between 1958 and 1962": the word before the first year (each its own lookbehind, of its own
# width) and the words that join the last to it (en.yaml year_span_openers).
_YEAR_SPANS = {o: j for lang in LANGUAGES for o, j in (lexicon(lang).get("year_span_openers") or {}).items()}
_YEAR_SPAN_BEHIND = "|".join(rf"(?<=\b{re.escape(o)}\s)" for o in sorted(_YEAR_SPANS)) or "(?!)"
_YEAR_SPAN_JOINERS = alternation({j for js in _YEAR_SPANS.values() for j in js}) or "(?!)"
_YEAR_FIRST_DAY_ENDINGS = alternation(words("year_first_day_endings")) or "(?!)"  # "3-án", "18-i", "23-ra"
# A day's figure read by OCR with the letter l or I for its 1 ("l7 July", "July I5, 1968", "2l March"): read as a day only
# where a day stands, before or after a month's name (the forms below); a word of letters is none.
_OCR_DAY = r"[lI]\d|[1-3][lI]"
_OCR_ONE = str.maketrans("lI", "11")


def _day(text: str) -> int:
    """A day's figure, an OCR's l or I read as the 1 it stands for (``_OCR_DAY``)."""
    return int(text.translate(_OCR_ONE))


def _time_prefix(n: int) -> str:
    return rf"(?:(?P<time{n}>[0-2]\d:?[0-5]\d)(?:\s*hours?)?\s+)?"

_ZH_NUM = letters("0123456789" + "".join(_ZH_NUMERALS))
_ZH_MARKS_TEXT = re.escape("".join(m for marks in _ZH["date_marks"].values() for m in marks))
# The languages that write a date's year, month and day each with its mark after its figure (zh "1951年11月14日", ko
# "1976년 8월 19일", a space after each mark), and a day alone with its mark ("十五日", "19일"): their marks read together.
_MARKED = [lang for lang in LANGUAGES if lexicon(lang).get("date_marks")]
_DATE_MARKS = {unit: [m for lang in _MARKED for m in lexicon(lang)["date_marks"].get(unit) or []] for unit in ("year", "month", "day")}
_DAY_ALONE = {key: [w for lang in _MARKED for w in (lexicon(lang).get("day_alone") or {}).get(key) or []]
              for key in ("marks", "not_before", "not_after", "bracketed_after")}
_ZH_DAY_NOT_BEFORE = re.escape("".join(_DAY_ALONE["not_before"]))
_ZH_DAY_NOT_AFTER = alternation(_DAY_ALONE["not_after"])
_ZH_BRACKETED_AFTER = letters(_DAY_ALONE["bracketed_after"] or ["\n"])
_ZH_MARKS = {unit: f"(?:{alternation(marks)})" for unit, marks in _DATE_MARKS.items()}
_ZH_PARTS: dict[str, list[int]] = _ZH.get("month_parts") or {"(?!)": [1, 1]}
_EN_PARTS: dict[str, list[int]] = {k.lower(): v for k, v in (lexicon("en").get("month_parts") or {}).items()}
_EN_PART_BEFORE = re.compile(rf"\b(?P<part>{alternation(_EN_PARTS) if _EN_PARTS else '(?!)'})[\s-]+$", re.IGNORECASE)
# "early in '58", "in late 1961": the months of the part of the year named (``year_parts``), approximate.
_YEAR_PARTS: dict[str, list[int]] = {" ".join(k.lower().split()): v for lang in LANGUAGES for k, v in (lexicon(lang).get("year_parts") or {}).items()}
_YEAR_PART_WORDS = alternation(_YEAR_PARTS).replace("\\ ", "\\s+") if _YEAR_PARTS else "(?!)"
_YEAR_PART_BEFORE = re.compile(rf"(?<!\w)(?P<part>{_YEAR_PART_WORDS})[\s-]+$", re.IGNORECASE)
_ZH_YEAR_OFFSETS: dict[str, int] = _ZH.get("year_offsets") or {}
_ZH_THIRDS_ALONE: list[str] = _ZH.get("month_parts_alone") or ["(?!)"]
_ZH_WHOLE_MONTH: list[str] = _ZH.get("whole_month") or ["(?!)"]
_ZH_RELATIVE_MONTHS: dict[str, int] = _ZH.get("relative_months") or {"(?!)": 0}
_TIME_AFTER = r"(?:\s+(?:\w+\s+)?at\s+(?P<tafter{n}>[0-2]\d[0-5]\d|[0-2]?\d[:.][0-5]\d)(?:\s*(?P<ampm{n}>[ap]\.\s?m\.|[AP]\.\s?M\.|[ap]m\b)|[A-Z]?\b))?"

# An English day alone by its ordinal ("on the 21st", "evening of 17th"): the words before it that date by it, and
# those that may follow it (en.yaml ordinal_day_before, ordinal_day_after).
_EN_DAY_AFTER = alternation(lexicon("en").get("ordinal_day_after") or []) or "(?!)"
_EN_DAY_BEFORE = re.compile(r"(?<!\w)(?:" + (alternation(lexicon("en").get("ordinal_day_before") or []).replace("\\ ", "\\s+") or "(?!)")
                            + r")\s+(?:the\s+)?$"
                            # or the day of the week it stands beside ("That was on the Thursday after, the 27th", "on
                            # Friday, the 21st"): the weekday's date, in apposition (en.yaml ordinal_day_weekday_words)
                            + r"|(?<!\w)(?:" + (alternation(lexicon("en").get("weekdays") or {}) or "(?!)") + r")(?:\s+(?:"
                            + (alternation(lexicon("en").get("ordinal_day_weekday_words") or []) or "(?!)") + r"))?,?\s+(?:the\s+)?$",
                            re.IGNORECASE)

# A day-first language's day alone by its figure ("Dans la soirée du 9, ...", "avait quitté Luang Prabang le 10 pour
# Savannakhet", "am 9. wurde"): after a word that dates by it (day_alone_before) and before a clause's end or a word that
# may follow it (day_alone_after), in the month the text wrote last.
_DL_DAY_AFTER = alternation(words("day_alone_after", _DAY_FIRST)) or "(?!)"
# The marks after such a day that name the month the text speaks from ("dnia 5 bm.", "del 26 corrente": of this month),
# not the one it wrote last (day_this_month_marks)
_DL_THIS_MONTH = re.compile(r"\.?\s+(?:" + (alternation(words("day_this_month_marks", _DAY_FIRST)) or "(?!)") + r")(?!\w)", re.IGNORECASE)
_DL_DAY_BEFORE = re.compile(r"(?<!\w)(?:" + (alternation(words("day_alone_before", _DAY_FIRST)).replace("\\ ", "\\s+") or "(?!)")
                            + r")\s+$", re.IGNORECASE)
# A day-first language's day alone after the word that names it a day or its day of the week ("su telegrama del día 12
# llegará ...", "desde el domingo 9 que ...", "le samedi 15"): a day whatever word follows it, in the month the text
# wrote last (day_named_before; the languages' weekdays where they list day_alone_before).
_DL_NAMED = [lang for lang in _DAY_FIRST if lexicon(lang).get("day_alone_before")]
_DL_WEEKDAYS = alternation([d for lang in _DL_NAMED for d in (lexicon(lang).get("weekdays") or {})]).replace("\\ ", "\\s+") or "(?!)"
_DL_NAMED_BEFORE = re.compile(
    r"(?<!\w)(?:" + (alternation(words("day_named_before", _DL_NAMED)).replace("\\ ", "\\s+") or "(?!)") + "|" + _DL_WEEKDAYS
    + r"|(?:" + _DL_WEEKDAYS + r"),\s+(?:" + (alternation(words("day_named_after_weekday", _DL_NAMED)) or "(?!)") + r")),?\s+$",
    re.IGNORECASE)



def _named_before(text: str, at: int) -> bool:
    """A word that names the day at ``at`` a day or its day of the week (``_DL_NAMED_BEFORE``), a week day's name a page
    in a language with no file borrows too ("el domingo 9", "ve čtvrtek 12. 11."; ``lexicon.reading``)."""
    if _DL_NAMED_BEFORE.search(text, max(0, at - 24), at):
        return True
    language = reading_language()
    return language is not None and (named := _borrowed_weekday_before(language)) is not None \
        and named.search(text, max(0, at - 24), at) is not None


@cache
def _borrowed_weekday_before(language: str) -> re.Pattern | None:
    days = lexicon(language).get("weekdays") or {}
    return re.compile(r"(?<!\w)(?:" + alternation(days).replace("\\ ", "\\s+") + r"),?\s+$", re.IGNORECASE) if days else None


MAX_DAY_ENDING = 3  # the letters of a borrowed ordinal ending glued to a day's figure ("26η", "25ην", "1ης")
_ORD = "(?:st|nd|rd|th|ST|ND|RD|TH)"  # an ordinal's suffix, as written or in a head in capitals ("27TH")


def _date_pattern(day_first: Sequence[dict], year_first_months: dict[str, int]) -> tuple[re.Pattern, list[str]]:
    """The one pattern of every form of date and the month words it opens with, built from the months of the day-first
    languages' words (``day_first``: their lexicons) and of the year-first order (``year_first_months``): the files'
    (``_PATTERN``), or theirs and a borrowing language's on a page written in it (``_grammar``)."""
    day_first_month = f"(?:{trie_pattern(m for lex in day_first for m in lex['months'])})"
    # a month capitalised as a name of a place writes it too, read only with its year after it ("4 de Abril de 1966",
    # not "the 16 de Agosto army camp": months_before_year)
    before_year = [m for lex in day_first for m in lex.get("months_before_year") or {}]
    year_joiners = [w for lex in day_first for w in lex.get("month_year_joiners") or []]
    # a cut month in capitals, as a registry's stamp writes it ("Eingelangt BMI 9. FEB. 1982"): read only with its year
    # after it (a cut form in capitals alone is other words' too)
    cut_capitals = [m.upper() for lex in day_first for m in lex["months"] if m.endswith(".") and m.upper() != m]
    if cut_capitals:
        day_first_month = f"(?:{day_first_month}|(?:{trie_pattern(cut_capitals)})(?=\\s+{_YEAR}\\b))"
    if before_year:
        joiner = f"(?:\\s+(?:{alternation(year_joiners)}))?" if year_joiners else ""
        day_first_month = f"(?:{day_first_month}|(?:{trie_pattern(before_year)})(?={joiner}\\s+{_YEAR}))"
    # a declining language's month after its day, its stem and a case ending the locale data does not list ("18.
    # oktoobril", "22. decembrī", "6. decembra"; borrowed.month_stems): a form listed whole is tried first
    stems = [s for lex in day_first for s in lex.get("month_stems") or {}]
    if stems:
        stem_letters = letters("".join(lex.get("alphabet", "") for lex in day_first if lex.get("month_stems")))
        day_first_month = (f"(?:{day_first_month}|(?:{trie_pattern([*stems, *(s[:1].upper() + s[1:] for s in stems)])})"
                           f"{stem_letters}{{0,{MONTH_ENDING_LETTERS}}})")
    # A month with its year or "of this year" and no day ("в марте 1961 г.", "в марте с.г."): the forms of the month a
    # day-first language writes there, in lower case or opening a sentence.
    months_alone = {m: n for lex in day_first for key in ("months", "months_in") for m, n in (lex.get(key) or {}).items()}
    month_alone = f"(?:{trie_pattern([*months_alone, *(m[:1].upper() + m[1:] for m in months_alone)])})"
    letter = letters("".join(lex.get("alphabet", "") for lex in day_first))
    # a borrowing language whose locale data orders its dates month first ("Enero 14, 1975", "januwari 14, 1975":
    # borrowed month_first): its month's name, the day's figure and the year after a comma
    month_first = [m for lex in day_first if lex.get("month_first") for m in lex["months"]]
    month_day_year = [rf"(?P<bmdy>(?<!{letter})(?P<m32>{trie_pattern(month_first)})\s+(?P<d32>[0-3]?\d)\b(?![.:/-]?\d)"
                      rf"(?:,?\s+(?P<y32>{_YEAR})\b)?)"] if month_first else []
    year_first_month = f"(?:{alternation(year_first_months) or '(?!)'})"
    # A borrowing language that writes the year first and glues its cases to every part of a date (Basque "1968ko
    # abuztuaren 5ean", of 1968, of August, on the 5th; "uztailaren 15etik", from 15 July): the year's ending glued to its
    # figures, the month read by its stem (``month_stems``) and the day's ending glued to its figure, in that language's
    # letters, a few of them each (``YEAR_ENDING_LETTERS``, ``MONTH_ENDING_LETTERS``, ``MAX_DAY_ENDING``).
    # (a year-first language whose locale data gives no stems, Mongolian, glues its day's case all the same: "7 сарын
    # 11-ний", of the 11th of the 7th month; its months are read whole)
    gluing = [lex for lex in day_first if lex.get("borrowed") and lex.get("year_first")]
    glued = letters("".join(lex.get("alphabet", "") for lex in gluing)) if gluing else ""
    # the month and day of the year-first order: a month read by its stem only with the day's ending glued ("martxoaren
    # 12an"), not a bare figure after it ("martxoan 12 lagun", 12 people in March)
    md_month = rf"(?P<m28>{year_first_month})\s+(?P<d28>[0-3]?\d)(?:\.|-(?:{_YEAR_FIRST_DAY_ENDINGS})\b|(?=[\s,;)]|$))"
    if gluing:
        stemmed_month = f"(?:{trie_pattern([s for lex in gluing for s in lex.get('month_stems') or ()])}){glued}{{0,{MONTH_ENDING_LETTERS}}}"
        # a month by its figure and the word of month alone ("7 сарын", "3 сар": ``short_year_first_months``) only with
        # the day's ending glued ("7 сарын 11-ний"), not a length of time ("3 сар 15 хоног", 3 months 15 days)
        short = {m for lex in gluing for m in lex.get("short_year_first_months") or {}}
        whole_month = f"(?:{alternation([m for m in year_first_months if m not in short]) or '(?!)'})"
        md_month = (rf"(?P<m28>(?P<m28w>{whole_month})|{stemmed_month}|{alternation(sorted(short)) or '(?!)'})\s+(?P<d28>[0-3]?\d)"
                    rf"(?(m28w)(?:\.|-(?:{_YEAR_FIRST_DAY_ENDINGS})\b|(?=[\s,;)]|$)|(?:-?{glued}{{1,{MAX_DAY_ENDING + 1}}})?\b)|-?{glued}{{1,{MAX_DAY_ENDING + 1}}}\b)")
        year_first_month = f"(?:{year_first_month}|{stemmed_month})"
    year_glued = rf"|-?{glued}{{1,{YEAR_ENDING_LETTERS}}}\s+" if gluing else ""
    # its span of days, each day with its case ending glued, the first "from", the second "to" ("uztailaren 15etik 31ra",
    # from 15 to 31 July): the month's day and a second day's figure after it, both glued
    md_to_day = rf"(?:(?<={glued})\s+(?P<d28b>[0-3]?\d)-?{glued}{{1,{MAX_DAY_ENDING + 1}}}\b)?" if gluing else ""
    day_glued = rf"(?:-?{glued}{{1,{MAX_DAY_ENDING + 1}}})?" if gluing else ""
    # a year written before its day and month with the locale's word of year, cut short with its full stop or whole and
    # declined ("1983. gada 22. decembrī", "1983. g. 22. decembris", "1979 m. rugpjūčio 15 d."; borrowed year_words)
    year_words = sorted({w for lex in day_first for w in lex.get("year_words") or []}, key=len, reverse=True)
    year_word = "|".join(re.escape(w) + r"\." if len(w) <= 2 else re.escape(w[:-1]) + f"{letter}{{1,3}}" for w in year_words)
    year_before = rf"(?:(?P<y4p>{_YEAR})\.?\s+(?:{year_word})\s+)?" if year_words else ""
    year_first_close = rf"(?:\.\s*|\s+(?:{year_word})\s+{year_glued})" if year_words else rf"(?:\.\s*{year_glued})"
    # the marks a day's figure may carry ("8. März", "1er mars", "1º de mayo": day_marks)
    marks = [w for lex in day_first for w in lex.get("day_marks") or []]
    # a borrowing language's ordinal ending glued to the day's figure before the month's name ("26η Μαΐου 1973", "1ης
    # Μαΐου"): the locale data lists no ordinals, so any short ending in its own lower-case letters (day_ending_letters)
    endings = "".join(lex.get("day_ending_letters") or "" for lex in day_first)
    ending = f"|{letters(endings)}{{1,{MAX_DAY_ENDING}}}" if endings else ""
    day_mark = f"(?:{alternation(marks)}{ending})?" if marks or endings else ""
    # the words between the day, the month and the year ("5 de mayo de 1961": day_month_joiners, month_year_joiners)
    joiners = {key: [w for lex in day_first for w in lex.get(key) or []] for key in ("day_month_joiners", "month_year_joiners")}
    day_month_joiner = f"(?:\\s+(?:{alternation(joiners['day_month_joiners'])}))?" if joiners["day_month_joiners"] else ""
    month_year_joiner = f"(?:\\s+(?:{alternation(joiners['month_year_joiners'])}))?" if joiners["month_year_joiners"] else ""
    # Every date opens with a digit (an hour or a day), a month's first letter, or a Chinese
    # numeral or the first character of "this year": the lookahead turns every other position away at one
    # character instead of trying each form of date there, which is what makes the scan several times quicker.
    first_letters = [
        *(m[0] for m in lexicon("en")["months"]), *(m[0] for lex in day_first for m in lex["months"]),
        *_ZH_NUMERALS, *(w[0] for w in _ZH_ERAS), *(w[0] for w in _ZH["this_year"]), *(w[0] for w in _ZH_YEAR_OFFSETS), *(w[0] for w in (_ZH.get("month_parts_alone") or [])), *(w[0] for w in (_ZH.get("whole_month") or [])), *(w[0] for w in _ZH_RELATIVE_MONTHS), *(m[0] for m in months_alone), *(m[0].upper() for m in months_alone),
    ]
    opening_class = r"['’\dlI" + letters([*first_letters, *(m[0] for m in year_first_months), *(s[0] for lex in gluing for s in lex.get("month_stems") or ())])[1:]  # a class of every
    # character a date may open with (a year-first month's name before its day too: "augusztus 3-án")
    # Of the forms of date, only a day-first month written alone ("в марте 1961 г.") opens with a lower-case letter of
    # the day-first alphabets, and it opens a word (its lookbehind, ``letter``): such a letter inside a word opens no
    # date, and the opening turns it away at once rather than trying every form there (most letters of a Russian text).
    in_words = [c for c in set(first_letters) if re.fullmatch(letter, c)]
    # A form that opens with a letter opens with a month's name ("March 3", "в марте", "MAY 1962"): its first two letters are
    # those of a month's name in some language and case, so a capitalised word that names no month ("Mr.", "Secretary",
    # "Moscow") is turned away at the lookahead rather than trying each form of date at its capital. Every name is two
    # letters or more; the other characters a date opens with (a digit, a quote mark, a Chinese numeral or date word) stay
    # a class of single characters.
    month_words = [*lexicon("en")["months"], *_EN_CAPITALS, *(m for lex in day_first for m in lex["months"]),
                    *months_alone, *(m[:1].upper() + m[1:] for m in months_alone)]
    month_heads = {m[:2] for m in month_words if len(m) >= 2}
    month_heads_of = {h[0] for h in month_heads}  # the letters a month's name of two letters or more opens with
    single_openers = [*(c for c in set(first_letters) if c not in month_heads_of), *(m for m in month_words if len(m) == 1)]
    # A month alone in lower case of a language with no mark of "this year" (fr, it, es: "en mars 1962") opens a date only
    # with its year after it: its heads are tried there alone, not at every word of an English text that opens as it does
    # ("mars", "de", "se").
    year_only_months = sorted({m for lex in day_first if not lex.get("this_year_marks")
                                for key in ("months", "months_in") for m in (lex.get(key) or {}) if m[:1].islower()})
    year_only = frozenset(year_only_months)  # (looked up for every head and name: a set, not the sorted list)
    heads_in_words = [h for h in month_heads if h[0] in in_words and not all(m in year_only for m in month_words if m.startswith(h))]


    date_opening = (
        r"(?:(?=['’\d" + letters(single_openers)[1:] + ")|(?=[lI]\d)"
        + f"|(?={trie_pattern([h for h in month_heads if h[0] not in in_words])})"
        + (rf"|(?<!{letter})(?={trie_pattern(heads_in_words)})" if heads_in_words else "")
        + (rf"|(?<!{letter})(?=(?:{trie_pattern(year_only_months)}){month_year_joiner}\s+\d)" if year_only_months else "")
        + (rf"|(?<!{letter})(?=(?:{trie_pattern(year_first_months)})\s+\d)" if year_first_months else "")
        + (rf"|(?<!{letter})(?={year_first_month}\s+\d)" if gluing else "") + ")"
    )
    pattern = compile_skipping(
        date_opening
        + "(?:"
        + "|".join(
            [
                # December 2-3, 1989 / July 11 and 12, 1952: several days of one month, the month first
                rf"(?P<en_md_list>\b(?P<m15>{_EN_MONTH})\s+(?P<d15a>[0-3]?\d){_ORD}?(?P<mid15>\s*[-–—]\s*|,?\s+(?:and|&)\s+)(?P<d15b>[0-3]?\d){_ORD}?\b(?![-–—/.:]?\d)(?:,?\s+(?P<y15>{_YEAR})\b)?)",
                # 1968. november 23.: the year, its full stop, the month's name and the day (year_first_months); a Hungarian
                # cipher's head writes the month in Roman figures, each closed by its full stop ("1981. II. 25., 14.30"), a Korean
                # telegram's stamp in figures ("수신 일시: 1976.8.20. 08:10", "1975. 5. 3.")
                # (a Spanish or Basque register's stamp the year first, the Roman month between hyphens: "Ikusia, 1968-VIII-10")
                rf"(?P<ymd>\b(?P<y21>{_YEAR})(?:{year_first_close}(?:(?P<m21>{year_first_month})\s+|(?P<m21r>{_ROMAN_MONTH})\.\s*|(?P<m21n>1[0-2]|0?[1-9])\.\s?)|-(?P<m21h>{_ROMAN_MONTH})-)(?P<d21>[0-3]?\d){day_glued}\b(?![:/,-]?\d|\.\d))",
                # August 23, 1951 / August 27 / Aug. 3
                rf"(?P<en_mdy>\b{_time_prefix(1)}(?P<m1>{_EN_MONTH})\s+(?P<d1>[0-3]?\d|{_OCR_DAY}){_ORD}?\b(?:,?\s+(?P<y1>{_YEAR})\b)?{_TIME_AFTER.format(n=1)})",
                *month_day_year,
                # 13 July 1951 / 16th December 1949 / 16th of December 1949 / 3 July / 8 Mar. 1962 (the month cut short, its full stop)
                rf"(?P<en_dmy>\b{_time_prefix(2)}(?P<d2>[0-3]?\d|{_OCR_DAY}){_ORD}?(?:\s+of)?\s+(?:(?P<m2s>{_EN_MONTH_SHORT})\s+(?:(?P<y2s>{_SHORT_YEAR_BARE})|(?P<y2f>{_YEAR})\b)|(?P<m2>{_EN_MONTH})\b(?:\.?,?\s+(?P<y2>{_YEAR})\b)?){_TIME_AFTER.format(n=2)})",
                # June 1950
                rf"(?P<en_my>\b(?P<m3>{_EN_MONTH})\s+\(?(?:(?P<y3>{_YEAR})\b|(?:of\s+)?(?P<y3s>{_SHORT_YEAR}))\)?)",
                # 13 июля 1951 (г.): the day-first languages; an official paper's day in quote marks ("«25» января 1977 г.")
                rf"(?P<dmy>\b{year_before}{_time_prefix(4)}(?P<d4>[0-3]?\d|{_OCR_DAY})(?:(?<=[\u00ab\x22\u201c]\d)[\u00bb\x22\u201d]|(?<=[\u00ab\x22\u201c]\d\d)[\u00bb\x22\u201d])?{day_mark}{day_month_joiner}\s+(?P<m4>{day_first_month})(?:{month_year_joiner}\s+(?P<y4>{_YEAR})(?:\s*{_YEAR_MARK})?)?(?!{letter}))",
                # в марте 1961 г. / в марте с.г.: a month of the day-first languages with its year or "of this year"
                rf"(?P<my>(?<!{letter})(?P<m20>{month_alone})(?:{month_year_joiner}(?=\s+{_YEAR}))?\s+(?:(?P<y20>{_YEAR})\b(?![-–—]\w)(?:\s*{_YEAR_MARK})?|(?P<this20>{_THIS_YEAR_MARK})))",
                # 17.7 20:50 / 17.7.52 18:45: a handling line's day and month (the year from the context) and its time
                rf"(?P<dm>\b(?P<d11>[0-3]?\d)\.(?P<m11>1[0-2]|0?[1-9])(?:\.(?P<y11>{_YEAR}|\d\d))?\s+(?P<tafter11>[0-2]?\d:[0-5]\d)\b)",
                # 1975-05-12 / 1962-03: the ISO day and month of catalogues, metadata and modern editions; not inside a file or
                # document number ("795.00/1962-03", "RDP79T00975A006800010001-5") nor before more of one; a year and a month
                # alone only where the month could not end a span of years ("2011-12" is two years, "1962-03" no span)
                rf"(?P<iso>(?<![\w/.,–—-])(?:(?P<y22>{_YEAR})-(?P<m22>0[1-9]|1[0-2])-(?P<d22>0[1-9]|[12]\d|3[01])|(?P<y22m>{_ISO_MONTH_YEAR})-(?P<m22m>0[1-9]|1[0-2]))(?![\w/–—-]|[.,:]\d))",
                # 1941-1945 / 1950–53: a span of years
                rf"(?P<years>\b(?P<y13a>{_YEAR})\s*[-–—]\s*(?P<y13b>{_YEAR}|\d\d)\b(?![-–—.,]?\d))",
                # from 1958 to 1962 / between 1958 and 1962: a span of years in words (year_span_openers)
                rf"(?P<year_span>(?:{_YEAR_SPAN_BEHIND})(?P<y29a>{_YEAR})\s+(?:{_YEAR_SPAN_JOINERS})\s+(?P<y29b>{_YEAR})\b(?![-–—.,:/]?\d))",
                # in 1953 / of 1948 / (1955): a bare year, accepted only where a year is spoken of (see _is_year_context)
                rf"(?P<bare>\b(?P<y12>{_YEAR})\b(?![-–—.,:/]?\d)|(?<![\w'’])(?P<y12s>{_SHORT_YEAR}))",
                # 27.8.1951 / 21.XI.1951 / 31.1.1951; 26/X/62, 14/I-67: after a slash only a Roman month, which no reading puts first;
                # a typist's spaced figures, the full year after them ("Received: Prague, 30. 10. 1958, 08.05"); a Soviet
                # date line's day (in quotes) and Roman month apart, the full year after them ("«22» IV 1971 г."); a Roman
                # month spaced as the figures are ("Tenkodogo, 17. VI. 1976"), or after the day's full stop alone, as a Yugoslav
                # telegram's handling lines write it ("Otpravljeno: 8. VII 1967, u 11.20 časova"); the day, the month and the full
                # year joined by hyphens, as Indonesian, Dutch and Vietnamese handling lines write them ("Dispatched: Canberra,
                # 12-11-1975, 10.40", "Điện đánh lúc 16 giờ, ngày 14-5-1968"),
                # not inside a longer number ("107-01102-05"); no group of a longer dotted number (an archive's access number
                # "2.02.05.02"); a Roman month between hyphens, as a Spanish or Catalan stamp writes it ("Rebut: 25-V-77"),
                # the year whole or of the texts' decades, no group of a longer numbering ("12-IV-3", "1-25-V-77")
                rf"(?P<num>(?<!\d\.)\b{_time_prefix(5)}(?P<d5>[0-3]?\d)(?:\.(?P<m5>1[0-2]|0?[1-9]|{_ROMAN_MONTH})\.|\. (?P<m5s>1[0-2]|0?[1-9]|{_ROMAN_MONTH})\. (?={_YEAR}\b)|/(?P<m5r>{_ROMAN_MONTH}){_ROMAN_YEAR_MARK}|[»\u0022.]?[ \t]+(?P<m5q>{_ROMAN_MONTH})[ \t]+(?={_YEAR}\b)|-(?<![\d-]\d\d-)(?<!-\d-)(?P<m5h>1[0-2]|0?[1-9])-(?={_YEAR}\b(?![-–—/.]\d))|(?<![/.–-]\d)(?<![/.–-]\d\d)[-–](?P<m5rh>{_ROMAN_MONTH})[-–](?=(?:{_YEAR}|[4-9]\d)\b(?![-–—/.]\d)))(?P<y5>{_YEAR}|\d\d)\b(?!\.\d))",
                # 10/14/50 (US month/day/year, the handling lines of translated cables); no group of a longer number with
                # slashes (an NAA control symbol "69/1/3/13", not 3 January 1913)
                rf"(?P<us>(?<![\d/])\b(?P<m7>1[0-2]|0?[1-9])/(?P<d7>[0-3]?\d)/(?P<y7>{_YEAR}|\d\d)\b(?!/\d){_TIME_AFTER.format(n=7)})",
                # 13/3/61, 27/10/1962, 22/9/80: a day past the twelfth before the month, which no month is: read day first, as a
                # British log, register or telex file writes it ("IN 22/9/80 1140"); on a page that writes its slash dates day
                # first (``slash_order``) its 6/3/61 is read so too
                rf"(?P<uk>(?<![\d/])\b(?P<d30>1[3-9]|2\d|3[01])/(?P<m30>1[0-2]|0?[1-9])/(?P<y30>{_YEAR}|\d\d)\b(?!/\d){_TIME_AFTER.format(n=30)})",
                # 16/3-62, 5/4-1968: the day over the month, the year after a hyphen, as Nordic offices write a day
                # ("Eftirkannað 16/3-62", "Modtaget 5/4-1968"); no part of a file number ("714.00/6-1954")
                rf"(?P<nordic>(?<![\d/.])\b(?P<d31>[0-3]?\d)/(?P<m31>1[0-2]|0?[1-9])-(?P<y31>{_YEAR}|\d\d)\b(?![-/.]?\d))",
                # 19, 20 and 21 October 1956 / 2nd or 3rd of July / 9-11 October / from 2 to 5 May: several days of one month
                rf"(?P<en_list>\b(?P<d8a>[0-3]?\d){_ORD}?(?P<mid8>(?:,\s*[0-3]?\d{_ORD}?)*,?\s+(?:and|or|&)\s+|\s*[-–—]\s*|\s+(?:to|till|until|through)\s+)(?P<d8b>[0-3]?\d){_ORD}?(?:\s+of)?\s+(?P<m8>{_EN_MONTH})\b(?:\.?,?\s+(?P<y8>{_YEAR})\b)?)",
                # 9–11 октября (1968 г.) / с 2 по 5 мая
                rf"(?P<dmy_list>\b(?P<d9a>[0-3]?\d){day_mark}(?:\s*[-–—]\s*|\s+{_RANGE_JOINER}\s+)(?P<d9b>[0-3]?\d){day_mark}{day_month_joiner}\s+(?P<m9>{day_first_month})(?:{month_year_joiner}\s+(?P<y9>{_YEAR}))?(?!{letter}))",
                # 2–3.7.51
                rf"(?P<num_list>\b(?P<d10a>[0-3]?\d)\s*[-–]\s*(?P<d10b>[0-3]?\d)\.(?P<m10>1[0-2]|0?[1-9])\.(?P<y10>{_YEAR}|\d\d)\b)",
                # 1951年11月14日 / 一九五一年十一月十四日 / 11月14日
                rf"(?P<zh>(?:(?:(?P<y6>{_ZH_NUM}{{4}})|(?P<era6>{alternation(_ZH_ERAS) or '(?!)'})(?P<ey6>{_ZH_NUM}{{1,3}})){_ZH_MARKS['year']}[ ]?|(?P<this6>{alternation([*_ZH['this_year'], *_ZH_YEAR_OFFSETS])}))?(?P<m6>{_ZH_NUM}{{1,3}}){_ZH_MARKS['month']}(?:[ ]?(?P<d6>{_ZH_NUM}{{1,3}}){_ZH_MARKS['day']}|(?P<part6>{alternation(_ZH_PARTS)}))?)",
                # 1958年 / 一九五八年: a Chinese year alone (a chronicle's heading, "1958年以来"), no month after it
                rf"(?P<zh_year>(?P<y16>{_ZH_NUM}{{4}}){_ZH_MARKS['year']}(?![ ]?{_ZH_NUM}{{1,3}}{_ZH_MARKS['month']}))",
                # 本月二日 / 上月上旬: a day or a third of a month named from the text's own (``this_month``)
                rf"(?P<zh_rel>(?P<rel17>{alternation(_ZH_RELATIVE_MONTHS)})(?:(?P<d17>{_ZH_NUM}{{1,3}}){_ZH_MARKS['day']}|(?P<part17>{alternation(_ZH_PARTS)})))",
                # 下旬 / 是月: a third of the month the text wrote last, or that month, a chronicle's entry opening with it
                rf"(?P<zh_third>(?P<part18>{alternation(_ZH_THIRDS_ALONE)})|(?P<whole18>{alternation(_ZH_WHOLE_MONTH)}))",
                # on the 21st / evening of 17th: an English day alone by its ordinal, after a word that dates by it
                # (``_EN_DAY_BEFORE``) and before a clause's end or a joining word, in the month the text wrote last or
                # speaks from; not "the 20th Congress", "the 17th parallel"
                rf"(?P<en_day>(?<![\w/.,:-])(?P<d19>[0-3]?\d){_ORD}\b(?=\s*[.,;:)]|\s*$|\s+(?:{_EN_DAY_AFTER})\b))",
                # augusztus 3-án / az augusztus 18-i / augusztus 23-ra: the year-first order's month and day without the year, the
                # day's case ending after its hyphen (year_first_day_endings), in the year the text wrote last; tried
                # before a day's figure alone, as a month named by its figure opens with one ('7 сарын 11-ний')
                rf"(?P<md>(?<!\w){md_month}(?![.:/-]?\d){md_to_day})",
                # du 9 / le 10 pour / am 9.: a day-first language's day alone (``_DL_DAY_BEFORE``), in the month the text wrote last;
                # dne 12. 11. přijal / ve čtvrtek 12. 11. v 10 hodin: its month in figures after it, as a typist writes a day of the
                # year the text speaks of, whatever word follows (after a word that names it a day too: ``_DL_NAMED_BEFORE``)
                rf"(?P<dl_day>(?<![\w/.,:-])(?P<d23>[0-3]?\d)\b(?:\.[ \t]?(?P<m23>1[0-2]|0?[1-9])\.(?![ \t]?\d)"
                rf"|(?![.,:/-]?\d)(?=\s*[.,;:)]|\s*$|\s+(?:{_DL_DAY_AFTER})\b)))",
                # el día 12 llegará / el domingo 9 que: the same after a word that names it a day (``_DL_NAMED_BEFORE``)
                r"(?P<dl_named>(?<![\w/.,:-])(?P<d26>[0-3]?\d)\b(?![.,:/-]?\d|\s*(?:de|º|°)\b))",
                # 十五日: a day alone, in the month the text wrote last (``context_month``)
                # 昨（七）日: the editors' day in brackets after "yesterday" ("the 7th")
                rf"(?P<zh_day>(?:(?<![{_ZH_NUM[1:-1]}{_ZH_MARKS_TEXT}{_ZH_DAY_NOT_BEFORE}])(?P<d14>{_ZH_NUM}{{1,3}})"
                rf"|(?<={_ZH_BRACKETED_AFTER}[(\uff08])(?P<d14e>{_ZH_NUM}{{1,3}})[)\uff09])(?:{alternation(_DAY_ALONE['marks'])})(?!{_ZH_DAY_NOT_AFTER}))",
            ]
        )
        + ")",
        opening=opening_class)  # re's engine skips ahead to the characters a date may open with (openings.compile_skipping)
    return pattern, month_words


_PATTERN, _MONTH_WORDS = _date_pattern([lexicon(lang) for lang in _DAY_FIRST], _YEAR_FIRST_MONTHS)


def _grammar() -> tuple[re.Pattern, dict[str, int]]:
    """The pattern of the dates and its month words for the page being read: the files' (``_PATTERN``, ``MONTHS``), or on
    a page in a language with no file (``lexicon.reading``) the files' with that language's borrowed months too."""
    language = reading_language()
    return _PATTERN_MONTHS if language is None else _borrowed_grammar(language)


_PATTERN_MONTHS = (_PATTERN, MONTHS)


@cache
def _borrowed_grammar(language: str) -> tuple[re.Pattern, dict[str, int]]:
    """The files' pattern with the months a language with no file borrows (``borrowed.borrowed_lexicon``): its day-first
    names ("3. maj 1975", "3 май 1975 г.", "maj 1975"), and where it writes the year first, its names after the year
    ("1975. május 3."). Built once per language."""
    borrowed = lexicon(language)
    if not borrowed.get("borrowed") or not (borrowed.get("months") or borrowed.get("year_first")):
        return _PATTERN_MONTHS
    own = borrowed.get("months") or {}
    pattern, _ = _date_pattern([*(lexicon(lang) for lang in _DAY_FIRST), *([borrowed] if own else [])],
                               _YEAR_FIRST_MONTHS | (borrowed.get("year_first_months") or {}))
    months = MONTHS | {m[:1].upper() + m[1:]: n for m, n in own.items()} | own | (borrowed.get("year_first_months") or {})
    if stems := borrowed.get("month_stems"):
        months = Stemmed(months, stems, MONTH_ENDING_LETTERS)  # a declined form read by its stem ("oktoobril", "decembrī")
    return pattern, months


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    start_date: date
    end_date: date
    precision: str  # minute, day, month
    time: str | None
    inferred: bool
    year_written: bool
    kind: str = "exact"  # exact; range ("9-11 October"); multiple ("19, 20 and 21 October"); alternatives ("2nd or 3rd")
    alone: bool = False  # a month named with no day nor year ("in June"): find_months_alone


def _zh_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text[0] in _ZH_TENS:  # 廿九: twenty-nine
        return _ZH_TENS[text[0]] + (_ZH_DIGITS.get(text[1:], 0) if text[1:] else 0)
    if _ZH_TEN in text:
        tens, _, ones = text.partition(_ZH_TEN)
        return (_ZH_DIGITS.get(tens, 1) if tens else 1) * 10 + (_ZH_DIGITS.get(ones, 0) if ones else 0)
    return int("".join(str(_ZH_DIGITS[c]) for c in text))


def _fields(m: re.Match, months: dict[str, int] = MONTHS) -> tuple[int | None, int, int | None]:
    """(year, month, day) of a candidate; year or day may be missing (the first day of a list or range). ``months``: the
    month words of the grammar that read it (``_grammar``)."""
    g, form = m, m.lastgroup  # a match reads its groups by name; groupdict() would build a dict of all sixty-odd of them
    if form == "dm":
        year = None if not g["y11"] else int(g["y11"]) if len(g["y11"]) == 4 else 1900 + int(g["y11"])
        return year, int(g["m11"]), int(g["d11"])
    if form == "years":
        return int(g["y13a"]), 1, None
    if form == "year_span":
        return int(g["y29a"]), 1, None
    if form == "bare":
        return _short_year(g["y12"] or g["y12s"]), 1, None
    if form == "zh_year":
        return _zh_number(g["y16"]), 1, None
    if form == "iso":
        return (int(g["y22"]), int(g["m22"]), int(g["d22"])) if g["d22"] else (int(g["y22m"]), int(g["m22m"]), None)
    if form == "us":
        year = int(g["y7"]) if len(g["y7"]) == 4 else 1900 + int(g["y7"])
        return (year, int(g["d7"]), int(g["m7"])) if _SLASH_DAY_FIRST.get() else (year, int(g["m7"]), int(g["d7"]))
    if form == "nordic":
        return int(g["y31"]) if len(g["y31"]) == 4 else 1900 + int(g["y31"]), int(g["m31"]), int(g["d31"])
    if form == "uk":  # no month 14: the day first whatever the page's order
        return int(g["y30"]) if len(g["y30"]) == 4 else 1900 + int(g["y30"]), int(g["m30"]), int(g["d30"])
    if form == "en_list":
        return _year(g["y8"]), months[_joined(g["m8"])], int(g["d8a"])
    if form == "en_md_list":
        return _year(g["y15"]), months[_joined(g["m15"])], int(g["d15a"])
    if form == "dmy_list":
        return _year(g["y9"]), months[g["m9"]], int(g["d9a"])
    if form == "num_list":
        year = int(g["y10"]) if len(g["y10"]) == 4 else 1900 + int(g["y10"])
        return year, int(g["m10"]), int(g["d10a"])
    if form == "en_mdy":
        return _year(g["y1"]), months[_joined(g["m1"])], _day(g["d1"])
    if form == "bmdy":
        return _year(g["y32"]), months[g["m32"]], int(g["d32"])
    if form == "en_dmy":
        if g["y2s"]:
            return 1900 + int(g["y2s"]), months[g["m2s"]], _day(g["d2"])
        if g["y2f"]:  # "RECEIVED 15 MAR 1982": a stamp's month cut to capitals, its year in full
            return int(g["y2f"]), months[g["m2s"]], _day(g["d2"])
        return _year(g["y2"]), months[_joined(g["m2"])], _day(g["d2"])
    if form == "en_my":
        return _short_year(g["y3"] or g["y3s"]), months[_joined(g["m3"])], None
    if form == "dmy":
        return _year(g["y4"] or (g["y4p"] if "y4p" in g.re.groupindex else None)), months[g["m4"]], _day(g["d4"])
    if form == "ymd":
        roman = g["m21r"] or g["m21h"]
        return int(g["y21"]), ROMAN[roman] if roman else int(g["m21n"]) if g["m21n"] else months[g["m21"]], int(g["d21"])
    if form == "md":
        return None, months[g["m28"]], int(g["d28"])
    if form == "my":
        return (int(g["y20"]) if g["y20"] else None), months[g["m20"]], None
    if form == "num":
        written = g["m5r"] or g["m5"] or g["m5s"] or g["m5q"] or g["m5h"] or g["m5rh"]
        month = ROMAN.get(written) or int(written)
        year = int(g["y5"]) if len(g["y5"]) == 4 else 1900 + int(g["y5"])
        return year, month, int(g["d5"])
    year = _zh_number(g["y6"]) if g["y6"] else _ZH_ERAS[g["era6"]] + _zh_number(g["ey6"]) if g["era6"] else None
    return year, _zh_number(g["m6"]), _zh_number(g["d6"]) if g["d6"] else None


def _year(text: str | None) -> int | None:
    return int(text) if text else None


def _short_year(text: str) -> int:
    """A year written whole, or by its last two digits after an apostrophe ("'58": 1958)."""
    return 1900 + int(text[1:]) if text[0] in "'’" else int(text)


def in_year(day: date, year: int) -> date:
    """The same day of the month in another year; 29 February in a year without it is the 28th (a date moved to the
    year before or after never fails on a leap day)."""
    return day.replace(year=year, day=28) if day.month == 2 and day.day == 29 and not calendar.isleap(year) else day.replace(year=year)


def opens_with_date(text: str) -> bool:
    """A form of date is written at the very start of ``text``: one anchored try of the pattern, which a line must
    pass to be a date and nothing more (most lines fail it at their first character, before their dates are read)."""
    return _grammar()[0].match(text) is not None


_EN_WEEKDAY_NUMBERS = weekday_numbers("en")  # English days are plain letters: small = casefolded


def _month_of_weekday(year: int, month: int, day: int, weekday: int) -> int:
    """The month, ``month`` or the one after or before it in ``year``, whose ``day`` falls on ``weekday``; ``month``
    where none does."""
    for shift in (0, 1, -1):
        if 1 <= month + shift <= 12:
            try:
                if date(year, month + shift, day).weekday() == weekday:
                    return month + shift
            except ValueError:
                continue
    return month


def find_dates(text: str, context_year: int | None = None, context_month: int | None = None,
               this_month: tuple[int, int] | None = None) -> list[DateMention]:
    """Every date written in ``text``; years missing from a date come from the text before it or ``context_year``, and
    the month of a Chinese day alone ("十五日") from the last month written before it or ``context_month``. A month
    named from the text's own ("本月二日", "上月上旬") counts from ``this_month`` (year, month), else from the month
    written last."""
    return list(iter_dates(text, context_year, context_month, this_month))


# Every form of date the pattern knows writes a digit (its day, month or year) or, in Chinese, the month's mark: a text
# with neither holds no date and is not searched (most sentences). A Chinese day alone writes the day's mark.
_DIGIT = re.compile(r"\d")
_ZH_MONTH_MARKS = tuple(_DATE_MARKS["month"])
_ZH_DAY_MARKS = tuple(_DAY_ALONE["marks"])
_ZH_ALONE_MARKS = tuple(_ZH.get("month_parts_alone") or ()) + tuple(_ZH.get("whole_month") or ())
# What a text without a digit must hold to hold a date, told once rather than put together at every call: the Chinese
# month's mark, a part of a month alone, "с.г."; and the day's mark where the month is known.
_NO_DIGIT_MARKS = (*_ZH_MONTH_MARKS, *_ZH_ALONE_MARKS, *_THIS_YEAR_MARKS)
_NO_DIGIT_MARKS_MONTH_KNOWN = (*_ZH_MONTH_MARKS, *_ZH_DAY_MARKS, *_ZH_ALONE_MARKS, *_THIS_YEAR_MARKS)
# Either list's marks held anywhere in a text, told at one scan (``_scanned_dates``' test of a text with no digit).
_HAS_NO_DIGIT_MARK = re.compile("|".join(map(re.escape, _NO_DIGIT_MARKS)) or "(?!)")
_HAS_NO_DIGIT_MARK_MONTH_KNOWN = re.compile("|".join(map(re.escape, _NO_DIGIT_MARKS_MONTH_KNOWN)) or "(?!)")


# The dates of the short lines of the document being read (``lines_read_once``), by the line and its context: a head's
# or a foot's line is asked for its dates by several readers (the title's, the date line's, the signature's, the day's).
_LINES_READ: ContextVar[dict | None] = ContextVar("lines_read", default=None)
_LINES_LONGEST: ContextVar[int] = ContextVar("lines_longest", default=0)  # the longest text whose dates are kept
# The order of the figures of the page's dates written with slashes: day first where the page writes a day past the
# twelfth first and none second ("13/3/61" beside "6/3/61": a British school's log book), else month first (``slash_order``).
_SLASH_DAY_FIRST: ContextVar[bool] = ContextVar("slash_day_first", default=False)
_SLASH_ENTRIES = 3  # slash dates enough to tell a page's order by their months
_SLASH_DATE = re.compile(r"(?<![\d/])\b(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?:\d{4}|\d\d)\b(?!/\d)")
# What every slash date holds from its first slash on ("/3/6" of "13/3/61"): a page without it holds none, told at the
# speed of a search for its slash (``_SLASH_DATE`` is tried at every character of the page, its lookbehind first).
_SLASH_DATE_TAIL = re.compile(r"/[0-3]?\d/\d")


def slash_day_first(text: str) -> bool:
    """The page writes its slash dates day first: a day past the twelfth before the month at least once ("13/3/61",
    "27/10/1962"), and never after it ("10/14/50", a US handling line's month first); or three or more of them whose
    second figures name one or two months and whose first figures more (a log's entries "1/3/61" to "6/3/61")."""
    if not _SLASH_DATE_TAIL.search(text):
        return False  # no slash date (most pages, their source URL's slashes aside)
    pairs = [(int(m["first"]), int(m["second"])) for m in _SLASH_DATE.finditer(text)]
    if any(12 < b <= 31 and 1 <= a <= 12 for a, b in pairs):
        return False
    if any(12 < a <= 31 and 1 <= b <= 12 for a, b in pairs):
        return True
    # a log's entries of the first twelve days ("1/3/61", "2/3/61", "3/3/61", "6/3/61"): days of one or two months read
    # day first, of as many months as entries read month first
    return len(pairs) >= _SLASH_ENTRIES and len({b for _, b in pairs}) <= 2 < len({a for a, _ in pairs})


def reads_slash_day_first() -> bool:
    """The slash dates are read day first here (inside ``slash_order`` of a page that writes them so): a key of every
    answer kept across pages that reads a slash date."""
    return _SLASH_DAY_FIRST.get()


def page_slash_day_first(text: str) -> bool:
    """``slash_day_first`` of a page ``text``: False for a page with no slash."""
    return slash_day_first(text) if "/" in text else False


@contextmanager
def slash_order(text: str) -> Iterator[None]:
    """Inside it, the dates written with slashes are read in the order the page ``text`` writes them (``slash_day_first``)."""
    with slashes_read(page_slash_day_first(text)):
        yield


@contextmanager
def slashes_read(day_first: bool) -> Iterator[None]:
    """Inside it, the dates written with slashes are read day first or not, as the page's reading told once
    (``ParsedDocument.slash_day_first``)."""
    token = _SLASH_DAY_FIRST.set(day_first)
    try:
        yield
    finally:
        _SLASH_DAY_FIRST.reset(token)
_LINE_CHARS = 160  # a line of a head or a foot; a paragraph is read as far as its caller asks, never kept
EVERY_LENGTH = sys.maxsize  # ``lines_read_once`` keeping the dates of every text asked (the events' reading of a page)


@contextmanager
def lines_read_once(longest: int = _LINE_CHARS) -> Iterator[None]:
    """Inside it, the dates of a text of up to ``longest`` characters are read once however many readers ask for them
    (one document's reading: what a text's dates are never depends on the reader asking)."""
    token, longest_token = _LINES_READ.set({}), _LINES_LONGEST.set(longest)
    try:
        yield
    finally:
        _LINES_READ.reset(token)
        _LINES_LONGEST.reset(longest_token)


def iter_dates(text: str, context_year: int | None = None, context_month: int | None = None,
               this_month: tuple[int, int] | None = None) -> Iterator[DateMention]:
    """The dates of ``find_dates`` in order, found as they are asked for: a caller that wants the
    first date (a document's own, at the top of a passage) does not scan the rest of the text. Two Chinese dates
    joined by "至" ("11月10日至12月1日", "3日至5日") are one span of days; a day the night before it is named by ("в
    ночь на 3 мая": the night onto 3 May) runs from the evening before. A feast of a fixed day ("on Christmas day") is
    that day of the context's year. A short line's dates are kept while a document is read (``lines_read_once``)."""
    read = _LINES_READ.get()
    if read is None or len(text) > _LINES_LONGEST.get():
        return _iter_dates(text, context_year, context_month, this_month)
    key = (text, context_year, context_month, this_month, reading_language(), _SLASH_DAY_FIRST.get())  # a block read in
    # another language, or its slashes read day first, is read anew
    found = read.get(key)
    if found is None:
        found = read[key] = tuple(_iter_dates(text, context_year, context_month, this_month))
    return iter(found)


# A military date-time group in a report's text ("AT 240500H FEB 68", "REPORTED TO I CORPS AT 241100H"): the day, the
# hour and minute, the time zone's letter, then the month cut to three capitals and the year's last two figures, or
# alone, in the month and year the text is in; after a word that opens its time (en.yaml dtg_openers; a signal head's
# own group is signal_head.py's).
_DTG_MONTHS = {m.upper(): n for m, n in lexicon("en")["months"].items() if len(m.rstrip(".")) in (3, 4) and m[:1].isupper()}
_DTG = re.compile(r"(?<![\w/])(?P<day>[0-3]\d)(?P<hour>[0-2]\d)(?P<minute>[0-5]\d)(?P<zone>[A-IK-Z])(?![\w/])"
                  rf"(?:\s+(?P<month>{alternation([m.rstrip('.') for m in _DTG_MONTHS])})\.?\s+(?P<year>\d{{2}})(?!\w))?", re.IGNORECASE)
# (a cable in capitals may be read in small letters: "at 240500h feb 68")
_DTG_OPENER = re.compile(rf"(?<!\w)(?:{alternation(lexicon('en').get('dtg_openers') or []) or '(?!)'})\s+$", re.IGNORECASE)


def _date_time_groups(text: str, context_year: int | None, context_month: int | None,
                      this_month: tuple[int, int] | None = None) -> list[DateMention]:
    found = []
    if context_month is None and this_month is not None:
        context_year, context_month = this_month  # the month the text speaks from
    for m in _DTG.finditer(text) if _DIGIT.search(text) else ():
        if int(m["hour"]) > 23 or not _DTG_OPENER.search(text, max(0, m.start() - 12), m.start()) or not (m["month"] or context_month):
            continue  # "OF 160530Z MAY 87", "P 251040Z FEB 68": a signal head's own group, read with its head (signal_head.py)
        if m["month"]:
            year, month = int(m["year"]), _DTG_MONTHS.get(m["month"].upper()) or _DTG_MONTHS.get(m["month"].upper() + ".")
            year += 1900 if year >= 40 else 2000
        else:
            year, month = context_year, context_month
        if year is None or month is None:
            continue
        try:
            day = date(year, month, int(m["day"]))
        except ValueError:
            continue
        found.append(DateMention(m.start(), m.end(), m.group(), day, day, "minute", f"{m['hour']}:{m['minute']}", not m["month"], bool(m["month"])))
    return found


# The decimal figures of the scripts that write their own (Arabic-Indic, Persian, Devanagari, Bengali, Thai ...: "۱۵
# نوامبر ۱۹۷۰"), each read as its ASCII figure, one character for one so that a date's place in the text stands; the
# full-width figures of Chinese and Japanese text are left to their own forms of date.
_OWN_FIGURES = {c: ord("0") + int(chr(c)) for c in range(0x660, 0xFF00) if chr(c).isdecimal()}
_OWN_FIGURE = re.compile("[" + "".join(f"\\u{c:04x}" for c in _OWN_FIGURES) + "]")  # (a scan, quicker than the translation)


def ascii_figures(text: str) -> str:
    """The text with the figures of the scripts that write their own (Arabic-Indic "٦.٣٠", Persian "۶:۵۵", Devanagari
    "००.२०") in ASCII, one character for one, so that an hour or a day read from it stands at its place in the text."""
    return text.translate(_OWN_FIGURES) if not text.isascii() and _OWN_FIGURE.search(text) else text


def _iter_dates(text: str, context_year: int | None, context_month: int | None,
                this_month: tuple[int, int] | None) -> Iterator[DateMention]:
    if not text.isascii() and _OWN_FIGURE.search(text) and (figures := text.translate(_OWN_FIGURES)) != text:  # the dates of the text in ASCII
        # figures, each written as the text writes it
        yield from (replace(m, text=text[m.start:m.end]) for m in _iter_dates(figures, context_year, context_month, this_month))
        return
    if (era := _era_years(reading_language())) is not None and (gregorian := _in_gregorian_years(text, era)) != text:
        # a year of the page's own era ("20 กุมภาพันธ์ 2511", the Buddhist era's 2511: 1968) read as the Gregorian one,
        # four figures for four, each date written as the text writes it
        yield from (replace(m, text=text[m.start:m.end]) for m in _iter_dates(gregorian, context_year, context_month, this_month))
        return
    if (solar := _solar_months(reading_language())) is not None and (days := _solar_days(text, context_year, solar)):
        others = [m for m in _gregorian_dates(text, context_year, context_month, this_month)
                  if not any(d.start < m.end and m.start < d.end for d in days)]  # "۲۱/۹/۲۵" read once, in its calendar
        yield from sorted([*days, *others], key=lambda m: m.start)
        return
    if (named := _named_month_grammar(reading_language())) is not None and (days := _named_month_days(text, context_year, named)):
        # a day by its month's name in a language with no file, in any order its pages write it: the grammar's readings
        # that hold one of them whole stand (a day with its hour), the others give way to them
        others = list(_gregorian_dates(text, context_year, context_month, this_month))
        kept = [m for m in others if not any(d.start < m.end and m.start < d.end for d in days)
                or any(m.start <= d.start and d.end <= m.end and m.end - m.start > d.end - d.start for d in days)]
        days = [d for d in days if not any(m.start <= d.start and d.end <= m.end for m in kept)]
        yield from sorted([*days, *kept], key=lambda m: m.start)
        return
    yield from _gregorian_dates(text, context_year, context_month, this_month)


MIN_DECLINED_MONTH = 3
YEAR_WORD_ENDING = 4  # a case ending glued to the year's word before a day ("1989 жылғы 22 ақпан", "1961-жылдын 13-апрели")
_NAMED_YEARS = range(1800, 2100)


@cache
def _named_month_grammar(language: str | None) -> tuple[re.Pattern, dict[str, tuple[str | None, int]]] | None:
    """The pattern of a day named by its month's name on a page in a language with no file (``borrows``), in every order
    pages write it, and the months' names with their calendar (None: the Gregorian) and number; None for a language
    with a file or with no months' names.

    The names are the locale data's (``borrowed.borrowed_lexicon``) and those of another calendar a supplement gives
    (``calendar_months``: the Ethiopian months of Amharic, the Afghan solar months of Pashto). A day's figure after its
    month, the year before it ("1968 ஜூலை 9", "सन् १९६४ डिसेम्बर २", "1966 йил 5 май") or after it ("መስከረም 28 ቀን
    1970 ዓ.ም."), or none ("ஜூன் 3 அன்று", "नोभेम्बर ९ देखि", "د سنبلې ۱۴مه"); or before it, the year after ("22 Aprily
    1971", "১৩ই জুন"), or joined to it by a hyphen as the Turkic languages join a figure to its case ending (Kyrgyz
    "13-апрели", "12-апрелде"), the year before it with its word declined where the language writes it so (Kazakh "1989
    жылғы 22 ақпан", Kyrgyz "1961-жылдын 13-апрели", Uzbek "1966 йил 5 май"). The day's figure may carry a short ending glued (the ordinal's "১৩ই", "১৯শে", "۱۴مه") and the word
    of day after it (``day_words``: Amharic "ቀን"); the year its word (``year_words``, ``year_marks``); the month a
    preposition glued before it (``month_prefixes``: Amharic "ከጥቅምት", "ለጥቅምት") and, three letters or more, a case
    ending after it where it follows its day ("27 апрелдан 30 апрелгача"; before a figure a declined month dates no day:
    Basque "martxoan 12 lagun", 12 people in March)."""
    if not language or language in LANGUAGES:
        return None
    lex = lexicon(language)
    if not lex.get("borrowed"):
        return None
    months: dict[str, tuple[str | None, int]] = {m.rstrip("."): (None, n) for m, n in (lex.get("months") or {}).items()
                                                  if len(m.rstrip(".")) >= 2}
    for calendar_name, names in (lex.get("calendar_months") or {}).items():
        months.update({m: (calendar_name, n) for m, n in names.items()})
    if not months:
        return None
    month = f"(?:{alternation(months)})"
    declined_month = f"(?:{alternation(m for m in months if len(m) >= MIN_DECLINED_MONTH)}){LETTER_OR_MARK}{{0,{MONTH_ENDING_LETTERS}}}"
    prefixes = lex.get("month_prefixes") or []
    prefix = f"(?:{alternation(prefixes)})?" if prefixes else ""
    year_words = [*(lex.get("year_words") or []), *(lex.get("year_marks") or [])]
    year_word = rf"(?:\s*(?:{alternation(year_words)}))?" if year_words else ""
    # a year before the day is one only with its word ("1961 жылғы 12 ақпан") or a hyphened ending ("1961-yil"); a bare
    # number there is a file's or letter's ("Хат № 1950 12 ақпан")
    year_before_day = rf"(?:-{LETTER_OR_MARK}{{1,{MONTH_ENDING_LETTERS + 3}}}" + (
        rf"|\s*(?:{alternation(year_words)}){LETTER_OR_MARK}{{0,{YEAR_WORD_ENDING}}})" if year_words else ")")
    era_words = lex.get("era_words") or []
    era = rf"(?:(?:{alternation(era_words)})\s*)?" if era_words else ""
    day_words = lex.get("day_words") or []
    day_word = rf"(?:\s+(?:{alternation(day_words)}))?" if day_words else ""
    ending = rf"(?:-?{LETTER_OR_MARK}{{1,{MAX_DAY_ENDING + 1}}}(?!{LETTER_OR_MARK}))?"
    day = r"(?<![\d.,/:])[0-3]?\d(?!\d|[.,:/]\d)"
    year = r"(?<![\d.,/:])\d{4}(?!\d|[.,:/]\d)"
    pattern = re.compile(
        rf"(?P<month_first>(?:{era}(?P<y1>{year}){year_word},?\s+)?(?<!{LETTER_OR_MARK}){prefix}(?P<m1>{month})(?!{LETTER_OR_MARK})"
        rf"\s+(?P<d1>{day}){ending}{day_word}(?:,?\s+{era}(?P<y1b>{year}){year_word})?)"
        rf"|(?P<day_first>(?:{era}(?<!№)(?<!№\s)(?P<y2a>{year}){year_before_day},?\s+)?"
        rf"(?P<d2>{day}){ending}{day_word}(?:\s+|-){prefix}(?P<m2>{declined_month}|{month})(?!{LETTER_OR_MARK})"
        rf"(?:,?\s+{era}(?P<y2>{year}){year_word})?)"
        # a day of another calendar in figures, the year first, where that calendar's years are none of the Gregorian
        # ones the pages are of ("۱۳۴۰/۶/۲۰", the Afghan solar 20 Sunbula 1340)
        + (r"|(?P<figures>(?<![\d/.])(?P<fy>\d{4})/(?P<fm>[01]?\d)/(?P<fd>[0-3]?\d)(?![\d/]))" if _own_year_calendars(lex) else ""))
    return pattern, months


def _own_year_calendars(lex: dict) -> list[str]:
    """The calendars of a language's ``calendar_months`` whose years are none of the Gregorian ones the pages are of
    (the solar Hijri 1300-1419), which a day in figures tells by its year alone."""
    return [name for name in lex.get("calendar_months") or {} if CALENDARS[name][2].stop <= _NAMED_YEARS.start]


def _named_month_of(name: str, months: dict[str, tuple[str | None, int]]) -> tuple[str | None, int] | None:
    """The calendar and number of a month's name as written, its case ending taken off where it has one."""
    for cut in range(0, MONTH_ENDING_LETTERS + 1):
        if len(name) - cut < (2 if not cut else MIN_DECLINED_MONTH):
            break
        if (found := months.get(name[:len(name) - cut])) is not None:
            return found
    return None


def _named_month_days(text: str, context_year: int | None,
                      grammar: tuple[re.Pattern, dict[str, tuple[str | None, int]]]) -> list[DateMention]:
    """The days ``_named_month_grammar`` reads in the text, as Gregorian days: the year written with the day, else the year
    the text wrote last before it, else the context's (in the month's calendar: ``calendars.CALENDARS``); a day whose
    year none of them gives is left to the grammar."""
    pattern, months = grammar
    if not _DIGIT.search(text):
        return []
    found: list[DateMention] = []
    written: dict[str | None, int] = {}
    own_years = _own_year_calendars(lexicon(reading_language())) if "figures" in pattern.groupindex else []
    for m in pattern.finditer(text):
        if "figures" in pattern.groupindex and m["figures"] is not None:
            year, number, day = int(m["fy"]), int(m["fm"]), int(m["fd"])
            name = next((c for c in own_years if year in CALENDARS[c][2]), None)
            if name is not None and (day_of := CALENDARS[name][0](year, number, day)) is not None:
                written[name] = year
                found.append(DateMention(m.start(), m.end(), m.group(), day_of, day_of, "day", None, False, True))
            continue
        first = m["month_first"] is not None
        name = m["m1"] if first else m["m2"]
        calendar_month = _named_month_of(name, months)
        if calendar_month is None:
            continue
        calendar_name, number = calendar_month
        day = int(m["d1"] if first else m["d2"])
        year_text = (m["y1"] or m["y1b"]) if first else (m["y2"] or m["y2a"])
        convert, near, years = CALENDARS[calendar_name] if calendar_name else (None, None, _NAMED_YEARS)
        if year_text:
            year = int(year_text)
        elif calendar_name in written:
            year = written[calendar_name]
        elif context_year is not None:
            year = near(number, day, context_year) if near else context_year
        else:
            continue
        if year not in years:
            continue
        try:
            day_of = convert(year, number, day) if convert else date(year, number, day)
        except ValueError:
            day_of = None
        if day_of is None:
            continue
        if year_text:
            written[calendar_name] = year
        found.append(DateMention(m.start(), m.end(), m.group(), day_of, day_of, "day", None, not year_text, bool(year_text)))
    return found


@cache
def _era_years(language: str | None) -> tuple[re.Pattern, tuple[int, int, int]] | None:
    """The pattern of a year of the era a page in ``language`` counts its years in (a supplement's ``era_years``: the
    Thai Buddhist era, 543 years before the Gregorian one), and the years to take from it; None for a language that
    counts none."""
    era = (lexicon(language).get("era_years") or {}) if language else {}
    if not era:
        return None
    return _FOUR_FIGURES, (int(era["first"]), int(era["last"]), int(era["offset"]))


# a year's figures, no part of a longer number; or the third field of a day and month in figures ("20/2/2511",
# "20.2.2511", as a Thai form writes its day)
_FOUR_FIGURES = re.compile(r"(?:(?<![\d.,/:-])|(?<=\d[./-]\d[./-])|(?<=\d[./-]\d\d[./-]))\d{4}(?![\d]|[.,:/-]\d)")


def _in_gregorian_years(text: str, era: tuple[re.Pattern, tuple[int, int, int]]) -> str:
    """The text with each year of its era (``_era_years``) written as its Gregorian year, in as many figures."""
    pattern, (first, last, offset) = era
    return pattern.sub(lambda m: str(int(m[0]) - offset) if first <= int(m[0]) <= last else m[0], text) \
        if _DIGIT.search(text) else text


@cache
def _solar_months(language: str | None) -> tuple[re.Pattern, dict[str, int]] | None:
    """The pattern of the days a page in ``language`` writes in the Iranian (solar Hijri) calendar, and its months'
    names (``solar_hijri_months``: fa.yaml supplement), None for a language that writes none."""
    months = (lexicon(language).get("solar_hijri_months") or {}) if language else {}
    if not months:
        return None
    return re.compile(
        rf"(?<![\d/.])(?P<day>[0-3]?\d)\s+(?P<month>{alternation(months)})(?:\s+(?P<year>1[34]\d\d))?(?![\w/])"  # "۲۱ آذر ۱۳۲۵"
        r"|(?<![\d/.])(?P<fyear>1[34]\d\d)/(?P<fmonth>[01]?\d)/(?P<fday>[0-3]?\d)(?![\d/])"  # "۱۳۲۵/۰۹/۲۱"
        r"|(?<![\d/.])(?P<dday>[0-3]?\d)(?P<sep>[/.])(?P<dmonth>[01]?\d)(?P=sep)(?P<dyear>1[34]\d\d|\d\d)(?![\d/])"), months  # "۲۱/۹/۲۵"


def _solar_days(text: str, context_year: int | None, solar: tuple[re.Pattern, dict[str, int]]) -> list[DateMention]:
    """The days of the Iranian calendar a Persian text writes, as Gregorian days (pipeline/normalize/calendars.py): a day
    and a month named with its year or the year of the text before it or of the context ("۲۳ آذر" on a page of 1946);
    a year written first with figures ("۱۳۲۵/۰۹/۲۱"); a day, month and year in figures whose year is a solar one, or of
    two figures, unless the Gregorian year falls nearer the context's year than the solar ("۲۱/۹/۲۵": 1325; "5.12.71" on
    a page of 1971: 1971). A day written so in the Gregorian calendar ("12/12/1946") is left to the grammar."""
    pattern, months = solar
    found, written, written_month = [], None, None
    for m in pattern.finditer(text):
        if m["month"]:
            day, month = int(m["day"]), months[m["month"]]
            year = int(m["year"]) if m["year"] else (written + (written_month is not None and month < written_month)
                                                     if written else None) or (
                solar_hijri_year_near(month, day, context_year) if context_year else None)
            # a day carrying the year before it into an earlier month is of the next year ("۲۹ اسفند ۱۳۲۵ و ۲ فروردین":
            # 2 Farvardin 1326)
        elif m["fyear"]:
            year, month, day = int(m["fyear"]), int(m["fmonth"]), int(m["fday"])
        else:
            day, month, year = int(m["dday"]), int(m["dmonth"]), int(m["dyear"])
            if year < 100:  # two figures: the solar year (an Iranian paper writes a Gregorian one whole), unless the
                # Gregorian falls nearer the page's year where it is known
                if context_year is not None and abs(1300 + year + SOLAR_HIJRI_EPOCH_OFFSET - context_year) >= abs(1900 + year - context_year):
                    continue
                year += 1300
        if year is None or year not in OTHER_CALENDAR_YEARS or (day_of := solar_hijri_date(year, month, day)) is None:
            continue
        written, written_month = year, month
        year_written = bool(m["year"] or m["fyear"] or m["dyear"])
        found.append(DateMention(m.start(), m.end(), m.group(), day_of, day_of, "day", None, not year_written, year_written))
    return found


def _gregorian_dates(text: str, context_year: int | None, context_month: int | None,
                     this_month: tuple[int, int] | None) -> Iterator[DateMention]:
    feasts = _feasts(text, context_year)
    groups = _date_time_groups(text, context_year, context_month, this_month)
    if groups:  # "AT 240500H FEB 68": the group's day, none of the figures inside it
        feasts = sorted(feasts + groups, key=lambda d: d.start)
    for mention in _joined_dates(text, context_year, context_month, this_month):
        if groups and any(g.start < mention.end and mention.start < g.end for g in groups):
            continue
        while feasts and feasts[0].start < mention.start:
            yield feasts.pop(0)
        if _EDITION_LABEL is not None and _EDITION_LABEL.search(text, max(0, mention.start - 40), mention.start):
            continue  # "发布时间：2016-03-21", "Accessed 12 May 2015": the day a page was posted or read, no date of its text
        if not names_a_place(text, mention.start, mention.end):
            yield _night_onto(text, mention)
    yield from feasts


# The label of the day an edition of the text was posted, updated or read ("Posted:", "Accessed", "发布时间："): the date
# after it is the web page's or the reader's, none the text tells (``edition_date_labels``).
_EDITION_LABEL = re.compile(rf"(?<!\w)(?:{alternation(words('edition_date_labels')).replace(chr(92) + ' ', chr(92) + 's+')})\s*[:\uff1a]?\s*(?:on\s+)?$",
                            re.IGNORECASE) \
    if words("edition_date_labels") else None


# The capitalised head of a name a date opens ("Fourth of July Avenue", "the 26th of July Movement"): en.yaml
# date_name_heads, matched as written (a street's name is capitalised; "on 4 July the movement ..." is a day).
_NAME_HEAD = re.compile(rf"\s+(?:{alternation(words('date_name_heads'))})\b") if words("date_name_heads") else None


def names_a_place(text: str, start: int, end: int) -> bool:
    """The date from ``start`` to ``end`` opens a name ("along Fourth of July Avenue"): a street or a movement, no day.
    A name in quotation marks (the "30 September Movement") is read as such where the act is dated (annotate)."""
    return _NAME_HEAD is not None and (start == 0 or text[start - 1] not in "\"“«„") and _NAME_HEAD.match(text, end) is not None


_FEASTS = {k.casefold(): v for k, v in (lexicon("en").get("fixed_feasts") or {}).items()}
_FEAST = re.compile(rf"(?<!\w)(?:{alternation(lexicon('en').get('fixed_feasts') or {})})(?!\w)", re.IGNORECASE) if _FEASTS else None
_FEAST_STEMS = tuple({k.split()[0].casefold() for k in _FEASTS})


def _feasts(text: str, year: int | None) -> list[DateMention]:
    """The feasts of a fixed day a text names ("on Christmas day", "New Year's Eve"), in the year of its context."""
    if _FEAST is None or year is None or not any(stem in text.casefold() for stem in _FEAST_STEMS):
        return []
    found = []
    for m in _FEAST.finditer(text):
        month, day = _FEASTS[" ".join(m.group().casefold().split())]
        on = date(year, month, day)
        found.append(DateMention(m.start(), m.end(), m.group(), on, on, "day", None, True, False))
    return found


_NIGHT_ONTO = re.compile(rf"(?<!\w)(?:{alternation(words('night_onto_openers')).replace(chr(92) + ' ', chr(92) + 's+')})\s+$", re.IGNORECASE) \
    if words("night_onto_openers") else None


def _night_onto(text: str, mention: DateMention) -> DateMention:
    if _NIGHT_ONTO is None or mention.precision != "day" or mention.start_date != mention.end_date \
            or not _NIGHT_ONTO.search(text, max(0, mention.start - 24), mention.start):
        return mention
    return replace(mention, start_date=mention.start_date - timedelta(days=1), kind="range")


def _joined_dates(text: str, context_year: int | None, context_month: int | None,
                  this_month: tuple[int, int] | None) -> Iterator[DateMention]:
    held: DateMention | None = None
    for mention in _single_dates(text, context_year, context_month, this_month):
        mention = _bare_day_span(text, mention) or mention
        if held is not None and held.start >= mention.start:
            held = None  # "the night of the 21st to the 22nd": the first day is the span's
        if mention.precision == "month" and not mention.year_written and text.startswith(_ZH_MONTH_NOT_BEFORE, mention.end):
            continue  # "十月革命": the October Revolution
        if held is not None and _ZH_SPAN and mention.start_date > held.end_date and held.precision == mention.precision \
                and _ZH_SPAN.fullmatch(text, held.end, mention.start) and _is_zh(held) and _is_zh(mention):
            yield DateMention(held.start, mention.end, text[held.start: mention.end], held.start_date, mention.end_date,
                              held.precision, None, held.inferred, held.year_written or mention.year_written, "range")
            held = None
            continue
        if held is not None and _ZH_LIST and mention.start_date > held.end_date and held.precision == mention.precision == "day" \
                and held.kind == "exact" and (held.start_date.year, held.start_date.month) == (mention.start_date.year, mention.start_date.month) \
                and _ZH_LIST.fullmatch(text, held.end, mention.start) and _is_zh(held) and _is_zh(mention):
            yield DateMention(held.start, mention.end, text[held.start: mention.end], held.start_date, mention.end_date,
                              held.precision, None, held.inferred, held.year_written or mention.year_written, "multiple")
            held = None  # "五日和六日": two days of the month, as "on 5 and 6 October"
            continue
        if held is not None and (first := _span_first(text, held, mention)) is not None:
            yield DateMention(held.start, mention.end, text[held.start: mention.end], first, mention.end_date,
                              "day", None, held.inferred, held.year_written or mention.year_written, "range")
            held = None
            continue
        if held is not None and not held.year_written and mention.year_written and held.precision == mention.precision == "day" \
                and held.start_date.year != mention.start_date.year and _DAY_LIST_AND.fullmatch(text, held.end, mention.start) \
                and (shared := _in_year(held, mention.start_date.year)) is not None and shared.start_date <= mention.start_date:
            held = shared  # "15 марта и 7 июля 1968 года", "on 3 March and 9 May 1961": the year written last is both days'
        if held is not None:
            yield held
        held = mention
    if held is not None:
        yield held


# The word between two days of a list whose last day alone writes its year (month_span_and: "и", "and").
_DAY_LIST_AND = re.compile(r"\s*(?:,\s*)?(?:" + (alternation(words("month_span_and")) or "(?!)") + r")\s+", re.IGNORECASE)


def _in_year(mention: DateMention, year: int) -> DateMention | None:
    """The same day in another year (None where it has no such day, 29 February)."""
    try:
        return replace(mention, start_date=in_year(mention.start_date, year), end_date=in_year(mention.end_date, year),
                       year_written=False)
    except ValueError:
        return None


def _phrases_of(listed) -> str:
    return alternation(listed).replace(r"\ ", r"\s+")


# Two days of two months written as one span, by the words before the first and between the two (day_span_openers,
# day_span_dashes): "from 30 September to 1 October", "в ночь с 30 сентября на 1 октября", "30 June – 2 July".
_SPAN_OPENERS = [(re.compile(rf"(?<!\w)(?:{_phrases_of([opener])})\s+$", re.IGNORECASE),
                  re.compile(rf"\s+(?:{_phrases_of(joiners)})\s+", re.IGNORECASE))
                 for lang in LANGUAGES for opener, joiners in (lexicon(lang).get("day_span_openers") or {}).items()]
# A span of one month whose other day is written as its number alone ("from November 21 to 26", "in the night of the
# 21st to the 22nd", "в ночь с 27 на 28 сентября"): the opener and joiners of day_span_openers around the bare day; after
# the last day, what may follow a day alone (ordinal_day_after), a clause's end or the sentence's subject after a span
# that opens it ("From June 15 to 20 Thai authorities pushed ..."), so "to 26 delegates" is no day.
_BARE_DAY = rf"(?P<day>[0-3]?\d)(?!\d){_ORD}?"


def _joined_by(joiners: list[str]) -> str:
    """The joiners between two days: a word spaced off ("7 to 8"), a mark written close or spaced ("the night of 7/8
    December")."""
    words_, marks = [j for j in joiners if re.search(r"\w", j)], [j for j in joiners if not re.search(r"\w", j)]
    return "|".join(([rf"\s+(?:{_phrases_of(words_)})\s+"] if words_ else []) + ([rf"\s*(?:{alternation(marks)})\s*"] if marks else []))


_BARE_BEFORE = [re.compile(rf"(?<!\w)(?:{_phrases_of([opener])})\s+(?:the\s+)?{_BARE_DAY}(?:{_joined_by(joiners)})(?:the\s+)?$",
                           re.IGNORECASE)
                for lang in LANGUAGES for opener, joiners in (lexicon(lang).get("day_span_openers") or {}).items()]
_BARE_AFTER = [(re.compile(rf"(?<!\w)(?:{_phrases_of([opener])})\s+(?:the\s+)?$", re.IGNORECASE),
                re.compile(rf"\s+(?:{_phrases_of(joiners)})\s+(?:the\s+)?{_BARE_DAY}(?![\w/.:-]\w)(?=\s*[.,;:)]|\s*$|\s+(?:{_EN_DAY_AFTER})\b|(?-i:\s+[A-Z]))",
                           re.IGNORECASE))
               for lang in LANGUAGES for opener, joiners in (lexicon(lang).get("day_span_openers") or {}).items()]


def _bare_day_span(text: str, mention: DateMention) -> DateMention | None:
    """The span of days of one month ``mention`` closes or opens with a day written as its number alone, or None."""
    if mention.precision != "day" or mention.kind != "exact" or mention.start_date != mention.end_date:
        return None
    day = mention.start_date
    before = text[max(0, mention.start - 40): mention.start]
    for pattern in _BARE_BEFORE if _DIGIT.search(before) else ():  # each writes the other day's number before the date
        if (m := pattern.search(before)) and 1 <= int(m["day"]) < day.day:
            start = mention.start - len(before) + m.start("day")
            return replace(mention, start=start, text=text[start: mention.end], start_date=day.replace(day=int(m["day"])),
                           kind="range")
    if (language := reading_language()) is not None and _DIGIT.search(before):  # "7 تا 13 جنوری": the first day's number
        for joiner, closer in _borrowed_span_joiners(language):  # joined by the word between alone
            m = re.search(rf"(?<![\d/.]){_BARE_DAY}{joiner.pattern}$", before)
            if m and 1 <= int(m["day"]) < day.day and (closer is None or closer.match(text, mention.end)):
                start = mention.start - len(before) + m.start("day")
                return replace(mention, start=start, text=text[start: mention.end], start_date=day.replace(day=int(m["day"])),
                               kind="range")
    for opener, joiner in _BARE_AFTER if _DIGIT.search(text, mention.end) else ():  # ... or after it
        if (m := joiner.match(text, mention.end)) and opener.search(text, max(0, mention.start - 24), mention.start):
            try:
                last = day.replace(day=int(m["day"]))
            except ValueError:  # "from February 28 to 30"
                return None
            if last > day:
                return replace(mention, end=m.end(), text=text[mention.start: m.end()], end_date=last, kind="range")
    return None


_SPAN_DASH = re.compile(rf"\s*(?:{alternation(words('day_span_dashes'))})\s*") if words("day_span_dashes") else None
_SPAN_DAYS = 62  # a span longer than two months is two dates, not one span


def _span_first(text: str, first: DateMention, last: DateMention) -> date | None:
    """The first day of the span two days make, or None: the year the last day writes is the first's too, or the one
    before it ("30 December 1956 – 2 January 1957")."""
    if first.precision != "day" or last.precision != "day" or first.kind != "exact" or last.kind != "exact" \
            or first.start_date != first.end_date:
        return None
    start = first.start_date
    if not first.year_written and last.year_written and start.year != last.start_date.year:
        try:
            start = in_year(start, last.start_date.year)
        except ValueError:  # 29 February
            return None
        start = start if start < last.start_date else in_year(start, start.year - 1)
    elif not first.year_written and not last.year_written and start >= last.start_date:
        with suppress(ValueError):  # "28 دسمبر سے 6 جنوری تک" read in 1980: the first day is of the year before
            start = in_year(start, start.year - 1)
    if not start < last.start_date <= start + timedelta(days=_SPAN_DAYS):
        return None
    if _SPAN_DASH is not None and _SPAN_DASH.fullmatch(text, first.end, last.start):
        return start
    openers = _SPAN_OPENERS if (language := reading_language()) is None else [*_SPAN_OPENERS, *_borrowed_span_openers(language)]
    joined = any(joiner.fullmatch(text, first.end, last.start) and opener.search(text, max(0, first.start - 24), first.start)
                 for opener, joiner in openers)
    if not joined and language is not None:  # "28 دسمبر سے 6 جنوری تک", "7 تا 13 جنوری": joined by the word between alone
        joined = any(joiner.fullmatch(text, first.end, last.start) and (closer is None or closer.match(text, last.end))
                     for joiner, closer in _borrowed_span_joiners(language))
    return start if joined else None


@cache
def _borrowed_span_joiners(language: str) -> list[tuple[re.Pattern, re.Pattern | None]]:
    """The words that join two days into one span with no word before the first, on a page in a language with no file,
    as its supplement writes them (``day_span_joiners``: Urdu and Persian "تا", to; Urdu "سے" from ... "تک" until after
    the second day, Hindi "से" ... "तक"), each with the word that must close the span after its last day, or None."""
    return [(re.compile(rf"\s+(?:{_phrases_of([joiner])})\s+", re.IGNORECASE),
             re.compile(rf"\s*(?:{_phrases_of([closer])})(?!\w)", re.IGNORECASE) if closer else None)
            for joiner, closer in (lexicon(language).get("day_span_joiners") or {}).items()]


@cache
def _borrowed_span_openers(language: str) -> list[tuple[re.Pattern, re.Pattern]]:
    """The words around two days of two months written as one span on a page in a language with no file, as its
    supplement writes them (``day_span_openers``: Ukrainian "з 8 вересня по 9 жовтня", Galician "do 30 de xaneiro ao 2
    de febreiro"), in the form of ``_SPAN_OPENERS``."""
    return [(re.compile(rf"(?<!\w)(?:{_phrases_of([opener])})\s+$", re.IGNORECASE),
             re.compile(rf"\s+(?:{_phrases_of(joiners)})\s+", re.IGNORECASE))
            for opener, joiners in (lexicon(language).get("day_span_openers") or {}).items()]


_ZH_MONTH_NOT_BEFORE = tuple(_ZH.get("month_not_before") or ())
_ZH_SPAN = re.compile(rf"\s*(?:(?:{alternation(_ZH.get('range_day_parts') or ['(?!)'])})\s*)?(?:{alternation(_ZH.get('range_joiners') or [])})\s*") \
    if _ZH.get("range_joiners") else None  # "十日夜至十一日": the first day's part of the day before the joiner, the span still
_ZH_LIST = re.compile(rf"\s*(?:{alternation(_ZH.get('list_joiners') or [])})\s*") if _ZH.get("list_joiners") else None
_ZH_DATE_MARKS = "".join(m for marks in _DATE_MARKS.values() for m in marks)


def _is_zh(mention: DateMention) -> bool:
    """A date written the Chinese way, ending with its day's or month's mark ("12月1日", "五日", "11月")."""
    return mention.kind == "exact" and mention.text[-1:] in _ZH_DATE_MARKS


# A date written in words ("the twentieth of January, nineteen hundred and sixty-two", "on the fifteenth of this month",
# "the 22nd of this month", whose figures are kept):
# en.yaml day_ordinal_words, year_number_words, this_month_words. The words are written over as figures of the same
# length ("20th      of January,                           1962"), so that every form of date reads them where they stand
# and a mention keeps the words' own place and text.
_EN = lexicon("en")
_ORDINAL_DAYS: dict[str, int] = {k.lower(): v for k, v in (_EN.get("day_ordinal_words") or {}).items()}
_YEAR_NUMBERS: dict[str, int] = {k.lower(): v for k, v in (_EN.get("year_number_words") or {}).items()}
_CENTURY_WORDS = alternation([w for w, v in _YEAR_NUMBERS.items() if 18 <= v <= 20]) or "(?!)"
_TENS_WORDS = alternation([w for w, v in _YEAR_NUMBERS.items() if v >= 20 and v % 10 == 0]) or "(?!)"
_UNIT_WORDS = alternation([w for w, v in _YEAR_NUMBERS.items() if v < 10]) or "(?!)"
_TEEN_WORDS = alternation([w for w, v in _YEAR_NUMBERS.items() if 10 <= v < 20]) or "(?!)"
_YEAR_IN_WORDS = (rf"(?P<year>(?P<century>{_CENTURY_WORDS})(?P<hundred>\s+hundred(?:\s+and)?)?\s+"
                  rf"(?P<rest>(?:{_TENS_WORDS})(?:[-\s](?:{_UNIT_WORDS}))?|{_TEEN_WORDS}|{_UNIT_WORDS}))(?![\w-])")
# Behind a lookahead for the letters and digits a day in words opens with (``with_opening``): a text's positions are turned
# away at one test rather than each entering the ordinals' alternation.
_WORD_DATE = with_opening(re.compile(
    rf"(?<![\w-])(?:the\s+)?(?P<day>{alternation(_ORDINAL_DAYS) or '(?!)'}|(?P<figures>[0-3]?\d{_ORD}))(?![\w-])(?P<mid>\s+(?:day\s+)?of\s+)"
    rf"(?:(?P<month>{alternation(calendar.month_name[1:])})\b(?:,?\s+{_YEAR_IN_WORDS})?"
    rf"|(?P<this>{_phrases_of(_EN.get('this_month_words') or ['(?!)'])})(?![\w-]))",
    re.IGNORECASE,
))
_WORD_DATE_HINTS = ("st of", "nd of", "rd of", "th of", "day of", "st\nof", "th\nof")
# The month's name, then the day's ordinal in words ("October twenty-third", "on March first, 1962"), as a letter or a
# speech writes it: the name as written (a capital: "may first" is no day), the day written over as figures
# ("October twenty-third" reads as "October         23th").
_MONTH_SPACES = tuple(f"{m} " for m in calendar.month_name[1:])
# Either list held anywhere in a text, told at one scan of it, where a substring test for each word scanned it once per word.
_HAS_WORD_DATE_HINT = re.compile("|".join(map(re.escape, _WORD_DATE_HINTS)))
_HAS_MONTH_SPACE = re.compile("|".join(map(re.escape, _MONTH_SPACES)))
_MONTH_WORD_DAY = compile_skipping(
    rf"(?<![\w-])(?:{alternation(calendar.month_name[1:])})\s+(?P<day>(?i:{alternation(_ORDINAL_DAYS) or '(?!)'}))(?![\w-])"
    rf"(?:,?\s+(?i:{_YEAR_IN_WORDS}))?",
    opening=letters(m[0] for m in calendar.month_name[1:]))  # the engine skips to a month's capital


def _year_over(chars: list[str], m: re.Match) -> bool:
    """The year in words of a date in words written over as its figures; False where no year is written so ("nineteen
    five")."""
    if m["rest"] and not m["hundred"] and _YEAR_NUMBERS[m["rest"].split()[0].split("-")[0].lower()] < 10:
        return False
    rest = sum(_YEAR_NUMBERS[w.lower()] for w in re.split(r"[-\s]+", m["rest"]))
    year = str(_YEAR_NUMBERS[m["century"].lower()] * 100 + rest)
    chars[m.start("year"): m.end("year")] = year.rjust(m.end("year") - m.start("year"))
    return True


def _figures_for_words(text: str) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """``text`` with its dates in words written over as figures of the same length, the places written over, and those
    of them that name a day of the text's own month ("the 3rd of this month")."""
    day_of = "of" in text and _HAS_WORD_DATE_HINT.search(text) is not None
    month_first = _HAS_MONTH_SPACE.search(text) is not None
    if not day_of and not month_first:
        return text, [], []  # a text with no hint (most lines) is turned away at a few substring tests
    day_first = list(_WORD_DATE.finditer(text)) if day_of else []
    month_words = list(_MONTH_WORD_DAY.finditer(text)) if month_first else []
    if not day_first and not month_words:
        return text, [], []
    chars, spans, own = list(text), [], []
    for m in day_first:
        if m["figures"] and not m["this"] and not m["mid"].strip().lower().startswith("day"):
            continue  # "the 16th of December": read as written; "this 27th day of September 1980", its "day" left out
        day = m["figures"] or f"{_ORDINAL_DAYS[m['day'].lower()]}th"
        chars[m.start("day"): m.end("day")] = day.ljust(m.end("day") - m.start("day"))
        chars[m.start("mid"): m.end("mid")] = re.sub(r"(?i)day", "   ", m["mid"])  # "the third day of March"
        if m["this"]:  # "the fifteenth of this month": a day alone at a clause's end, in the month the text is of
            chars[m.end("day"): m.end("this")] = ",".ljust(m.end("this") - m.end("day"))
            own.append((m.start(), m.end()))
        elif m["year"] and not _year_over(chars, m):
            continue
        spans.append((m.start(), m.end()))
    for m in month_words:
        day = f"{_ORDINAL_DAYS[m['day'].lower()]}th"
        chars[m.start("day"): m.end("day")] = day.rjust(m.end("day") - m.start("day"))
        if m["year"]:
            _year_over(chars, m)
        spans.append((m.start(), m.end()))
    return "".join(chars), spans, own


def writes_date_in_words(text: str) -> bool:
    """``text`` writes a date in words ("the twentieth of January, nineteen hundred and sixty-two"), which holds no digit."""
    return bool(_figures_for_words(text)[1])


def _single_dates(text: str, context_year: int | None = None, context_month: int | None = None,
                  this_month: tuple[int, int] | None = None) -> Iterator[DateMention]:
    scan, spans, own = _figures_for_words(text)
    if not spans:
        yield from _scanned_dates(text, context_year, context_month, this_month)
        return
    for mention in _scanned_dates(scan, context_year, context_month, this_month):
        start = min([mention.start, *(a for a, b in spans if a < mention.end and mention.start < b)])
        end = max([mention.end, *(b for a, b in spans if a < mention.end and mention.start < b)])
        mention = replace(mention, start=start, end=end, text=text[start:end].strip())
        if this_month and any(a < mention.end and mention.start < b for a, b in own):
            mention = _in_own_month(mention, this_month)
        yield mention


def _in_own_month(mention: DateMention, this_month: tuple[int, int]) -> DateMention:
    """"On the 3rd of this month" in a record of 10 September, after "at the end of August": the 3rd of the month the
    text speaks from, not of the month the story last named."""
    year, month = this_month
    if (mention.start_date.year, mention.start_date.month) == this_month \
            or mention.start_date.day > calendar.monthrange(year, month)[1]:
        return mention
    first = date(year, month, mention.start_date.day)
    last = date(year, month, min(mention.end_date.day, calendar.monthrange(year, month)[1])) \
        if mention.end_date.month == mention.start_date.month else first
    return replace(mention, start_date=first, end_date=last)


def _scanned_dates(text: str, context_year: int | None = None, context_month: int | None = None,
                   this_month: tuple[int, int] | None = None) -> Iterator[DateMention]:
    marks = _HAS_NO_DIGIT_MARK_MONTH_KNOWN if context_month or this_month else _HAS_NO_DIGIT_MARK
    if not _DIGIT.search(text) and not marks.search(text):
        return  # no date: each form writes a digit, the Chinese month's mark (or the day's, a month being known) or "с.г."
    year_in_context, month_in_context = context_year, context_month
    pattern, months = _grammar()
    for m in pattern.finditer(text):
        if m.lastgroup == "bare" and not _is_year_context(text, m.start(), m.end(), context_year):
            continue
        if m.lastgroup == "years" and _names_a_series(text, m.start()):
            continue  # "Central Files 1964–66": the years of a file's name, no date the text tells
        if m.lastgroup == "zh_day":
            if (month_in_context is None or year_in_context is None) and this_month:
                year_in_context, month_in_context = this_month  # "（二）昨（七）日与金日成同志会商": the month the text speaks from
            if month_in_context is None or year_in_context is None:
                continue  # a day of no month the text has written
            year, month, day = None, month_in_context, _zh_number(m["d14"] or m["d14e"])
        elif m.lastgroup == "dl_day":
            if not _DL_DAY_BEFORE.search(text, max(0, m.start() - 24), m.start()) and not _named_before(text, m.start()):
                continue  # "9" after no word that dates by it, nor "12. 11." or "18," after one that names it a day ("el
                # martes, día 18, y": the form of dl_named, which a clause's end after the day leaves to this one)
            if this_month and _DL_THIS_MONTH.match(text, m.end()):
                year_in_context, month_in_context = this_month  # "dnia 5 bm." after "23 czerwca 1972 r.": of this month
            if (month_in_context is None or year_in_context is None) and this_month:
                year_in_context, month_in_context = this_month
            if year_in_context is None or (month_in_context is None and not m["m23"]):
                continue  # a day of no month the text has written, or of no year
            year, month, day = None, int(m["m23"]) if m["m23"] else month_in_context, int(m["d23"])
        elif m.lastgroup == "dl_named":
            if not _named_before(text, m.start()):
                continue  # "12" after no word that names it a day
            if (month_in_context is None or year_in_context is None) and this_month:
                year_in_context, month_in_context = this_month
            if month_in_context is None or year_in_context is None:
                continue  # a day of no month the text has written
            year, month, day = None, month_in_context, int(m["d26"])
        elif m.lastgroup == "en_day":
            if not (before := _EN_DAY_BEFORE.search(text, max(0, m.start() - 24), m.start())):
                continue  # "the 21st" after no word that dates by it
            if (month_in_context is None or year_in_context is None) and this_month:
                year_in_context, month_in_context = this_month  # "on the 12th" in a record of 18 September: that month's
            if month_in_context is None or year_in_context is None:
                continue  # a day of no month the text has written
            year, month, day = None, month_in_context, int(m["d19"])
            if len(words := before.group().replace(",", " ").split()) <= 2 and words[-1].casefold() in ("the", words[0].casefold()) \
                    and (named := _EN_WEEKDAY_NUMBERS.get(words[0].casefold())) is not None:
                month = _month_of_weekday(year_in_context, month, day, named)  # "On Monday 4th" after "on 13th August" in a
                # report of September 1961: the 4th that was a Monday, of the month before or after where the one in
                # context was not
        elif m.lastgroup == "zh_third":
            base = (year_in_context, month_in_context) if year_in_context and month_in_context else this_month
            if base is None:
                continue  # "下旬" of no month the text has given
            year, month = base
            first, last = _ZH_PARTS[m["part18"]] if m["part18"] else (1, 31)
            last = min(last, calendar.monthrange(year, month)[1])
            yield DateMention(m.start(), m.end(), m.group(), date(year, month, first), date(year, month, last),
                              "day" if m["part18"] else "month", None, True, False, "range" if m["part18"] else "exact")
            continue
        elif m.lastgroup == "zh_rel":
            base = this_month or ((year_in_context, month_in_context) if year_in_context and month_in_context else None)
            if base is None:
                continue  # "本月" of no month the text has given
            months = base[0] * 12 + base[1] - 1 + _ZH_RELATIVE_MONTHS[m["rel17"]]
            mention = _relative_month(m, months // 12, months % 12 + 1)
            if mention is not None:
                year_in_context, month_in_context = mention.start_date.year, mention.start_date.month  # "本月四日占领汉城，七日进占水原"
                yield mention
            continue
        else:
            year, month, day = _fields(m, months)
        inferred = year is None
        if year is None:
            if year_in_context is None:
                continue
            year = year_in_context + (_ZH_YEAR_OFFSETS.get(m["this6"] or "", 0) if m.lastgroup == "zh" else 0)  # "去年十月"
        elif m.lastgroup != "iso":  # a catalogue's day ("发布时间：2015-03-02", a page's posting) dates no day after it
            year_in_context = year
        mention = _mention(m, year, month, day, inferred)
        if mention is not None and m.lastgroup == "en_my" and (part := _EN_PART_BEFORE.search(text, max(0, m.start() - 20), m.start())):
            first, last = _EN_PARTS[" ".join(part["part"].lower().split())]  # "mid-August 1980": its middle ten days
            month_end = calendar.monthrange(year, month)[1]
            first, last = (month_end + first + 1 if first < 0 else first), min(last, month_end)  # "the last week of": counted back
            mention = DateMention(part.start(), m.end(), text[part.start(): m.end()].strip(), date(year, month, first),
                                  date(year, month, last), "day", None, inferred, not inferred, "range")
        if mention is not None and m.lastgroup == "bare" and (part := _YEAR_PART_BEFORE.search(text, max(0, m.start() - 24), m.start())):
            first, last = _YEAR_PARTS[" ".join(part["part"].lower().split())]  # "early in '58": January to April 1958
            mention = DateMention(part.start(), m.end(), text[part.start(): m.end()].strip(), date(year, first, 1),
                                  period_end(date(year, last, 1), "month"), "month", None, inferred, not inferred, "approximate")
        if mention is not None:
            if mention.precision in ("day", "minute", "month") and m.lastgroup not in ("zh_day", "iso"):
                month_in_context = mention.end_date.month
            yield mention


def _relative_month(m: re.Match, year: int, month: int) -> DateMention | None:
    """"本月二日": that day of the month; "上月上旬": that third of it, a span of days. The year is inferred."""
    if m["part17"]:
        first, last = _ZH_PARTS[m["part17"]]
        last = min(last, calendar.monthrange(year, month)[1])
        return DateMention(m.start(), m.end(), m.group().strip(), date(year, month, first), date(year, month, last), "day", None,
                           True, False, "range")
    try:
        day = date(year, month, _zh_number(m["d17"]))
    except ValueError:
        return None
    return DateMention(m.start(), m.end(), m.group().strip(), day, day, "day", None, True, False)


_YEAR_BEFORE = re.compile(rf"(?:\b(?:{alternation(words('year_context'))})\s+|\(\s*)$", re.IGNORECASE)


_YEAR_AFTER = re.compile(rf"\s*(?:{alternation(words('year_context_after')) or '(?!)'})(?!\w)", re.IGNORECASE)
_CLOCK_AFTER = re.compile(rf"\s+(?:{alternation(words('clock_after')).replace(chr(92) + ' ', chr(92) + 's+')})\b", re.IGNORECASE)


_NAME_WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_][\w.'’-]*)[ \t]+$")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?;:(\[]\s*|\n\s*)$")


def _names_a_series(text: str, start: int) -> bool:
    """A range of years that closes a proper name, as an archive names its files and a series its volumes ("Central
    Files 1964–66", "Subject-Numeric Files 1970–73", "FRUS 1964–68"): the word before it is written with a capital,
    inside its sentence, and is no word that speaks of a year ("In 1964–66", "from 1950–53")."""
    m = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None or not m["word"][:1].isupper():
        return False
    if m["word"].lower() in _YEAR_CONTEXT_WORDS:
        return False
    return _SENTENCE_OPENS.search(text, max(0, m.start() - 3), m.start()) is None


_YEAR_CONTEXT_WORDS = frozenset(w.lower() for w in words("year_context"))


# A telegram's span of hours whose second end opens with a nought ("A CURFEW FROM 1900 TO 0600"): the first number is
# an hour too, no year.
_CLOCK_SPAN_AFTER = re.compile(rf"\s*(?:(?:{alternation(words('weekday_range_joiners', ('en',))) or '(?!)'})\s|[-–—])\s*0\d[0-5]\d\b",
                               re.IGNORECASE)


_YEAR_SPAN_BEFORE = re.compile(rf"\d{{4}}\s*(?:{_RANGE_JOINER}|[-–—])\s*$")


def _is_year_context(text: str, start: int, end: int, context_year: int | None = None) -> bool:
    """A bare four-digit number is a year where a year is spoken of: "in 1953", "of 1948", "(1955)", "в 1968 г." (a year
    before the text's own: "выделить в 1978 году", in an order of 1977, is a plan's year, no date of an act); not a
    time of the day a word of the clock follows ("from 1900 tonight", "at 1930 hours")."""
    if _CLOCK_AFTER.match(text, end) or _CLOCK_SPAN_AFTER.match(text, end):
        return False
    return bool(_YEAR_BEFORE.search(text[max(0, start - 12): start])) or text[end: end + 1] == ")" \
        or bool(_YEAR_AFTER.match(text, end)) and (context_year is None or int(text[start:end]) < context_year) \
        and not _YEAR_SPAN_BEFORE.search(text[max(0, start - 12): start])  # "С 1950 по 1956 г.": a span's end, not a year


def _mention(m: re.Match, year: int, month: int, day: int | None, inferred: bool) -> DateMention | None:
    if not 1 <= month <= 12:
        return None
    form = m.lastgroup
    if form in ("years", "year_span", "bare", "zh_year"):
        last = int(m["y13b"]) if form == "years" else int(m["y29b"]) if form == "year_span" else year
        last = last if last >= 1000 else year // 100 * 100 + last  # 1950–53
        if last < year:
            return None
        kind = "range" if last > year else "exact"
        return DateMention(m.start(), m.end(), m.group().strip(), date(year, 1, 1), date(last, 12, 31), "year", None, inferred, True, kind)
    time = _time(m)
    try:
        if day is None:
            start, end = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
            precision = "month"
        else:
            start = end = date(year, month, day)
            precision = "minute" if time else "day"
    except ValueError:
        return None
    if form == "zh" and m["part6"]:  # "8月下旬": the month's last third, a span of days
        first, last = _ZH_PARTS[m["part6"]]
        last = min(last, calendar.monthrange(year, month)[1])
        return DateMention(m.start(), m.end(), m.group().strip(), date(year, month, first), date(year, month, last), "day", None,
                           inferred, not inferred, "range")
    kind, last_day = _list_end(m)
    if last_day is not None:
        try:
            end = date(year, month, last_day)
        except ValueError:
            return None
        if end <= start:
            return None
        precision = "day"
    return DateMention(m.start(), m.end(), m.group().strip(), start, end, precision, time, inferred, not inferred, kind)


def _list_end(m: re.Match) -> tuple[str, int | None]:
    """The kind of a list or range of days and its last day ("19, 20 and 21 October": multiple, 21)."""
    g, form = m, m.lastgroup
    if form == "en_list":
        mid = g["mid8"]
        kind = "range" if re.fullmatch(r"\s*(?:[-–—]|to|till|until|through)\s*", mid) else "alternatives" if re.search(r"\bor\b", mid) else "multiple"
        return kind, int(g["d8b"])
    if form == "en_md_list":
        return ("range" if re.fullmatch(r"\s*[-–—]\s*", g["mid15"]) else "multiple"), int(g["d15b"])
    if form == "dmy_list":
        return "range", int(g["d9b"])
    if form == "num_list":
        return "range", int(g["d10b"])
    if form == "md" and "d28b" in g.re.groupindex and g["d28b"]:
        return "range", int(g["d28b"])
    return "exact", None


def _groups_by_form(prefixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The groups named with one of ``prefixes`` inside each form of date, in the pattern's order. A match is of one
    form, whose outer group (``Match.lastgroup``: it closes last) is the only one to hold text, with its own fields."""
    forms: dict[str, list[str]] = {}
    form: list[str] = []
    for name in _PATTERN.groupindex:  # in the pattern's order: a form's outer group, then the fields inside it
        if _is_form(name):
            form = forms.setdefault(name, [])
        elif name.startswith(prefixes):
            form.append(name)
    return {name: tuple(groups) for name, groups in forms.items()}


def _is_form(name: str) -> bool:
    """A form of date ("en_mdy", "zh"), not one of its fields, which are numbered after it ("m1", "d8a", "this6")."""
    return not any(char.isdigit() for char in name)


_TIME_GROUPS = _groups_by_form(("time", "tafter"))


def _time(m: re.Match) -> str | None:
    for name in _TIME_GROUPS.get(m.lastgroup, ()):
        if value := m[name]:
            digits = value.replace(":", "").replace(".", "").zfill(4)
            ampm_group = name.replace("tafter", "ampm")
            ampm = m[ampm_group] if name.startswith("tafter") and ampm_group in _PATTERN.groupindex else None
            return clock(int(digits[:2]), int(digits[2:]), ampm)
    return None


def clock(hour: int, minute: int, ampm: str | None = None) -> str | None:
    """HH:MM of a time as written: "6:30 p.m." is 18:30, "12:10 a.m." 00:10, "13:30 p.m." (sic) stays 13:30."""
    if ampm and ampm[0].lower() == "p" and hour < 12:
        hour += 12
    elif ampm and ampm[0].lower() == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


@dataclass(frozen=True)
class RelativeMention:
    start: int
    end: int
    text: str
    days: int
    until: int | None = None  # "in the following weeks": the last of the days it spans, counted like ``days``
    from_now: bool = False  # "a week ago", "неделю назад": counted from the day the text speaks from, not the last date
    approximate: bool = False  # counted in weeks: about that day
    in_month: bool = False  # "soon afterwards", "a few days later": after that date by how long it does not say, about its month
    within: bool = False  # "within three days": a span from the end of the last act the text dated
    calendar_week: bool = False  # "the following week": Monday to Sunday of the week after the anchor's
    months: int = 0  # "a month later", "two years earlier": the months counted, the day left unsaid (``days`` about as many)
    in_year: bool = False  # counted in years: the year it lands in, not a month of it


_EN = lexicon("en")


def _phrases(listed) -> str:
    """An alternation of words and phrases whose words may be parted by any white space."""
    return alternation(listed).replace(r"\ ", r"\s+")


def _folded(phrase: str) -> str:
    return " ".join(phrase.lower().split())


# "the next day", "на следующий день", "次日": days from the last date, in every language's words.
_NEXT_DAYS = {_folded(p): d for lang in LANGUAGES for p, d in (lexicon(lang).get("next_days") or {}).items()}
# The languages whose words take their endings without a space (zh; ko "다음 날에"): their words read inside longer ones.
_UNSPACED = frozenset(lang for lang in LANGUAGES if not lexicon(lang).get("word_boundaries", lang != "zh"))
_NEXT_SPACED = [p for lang in LANGUAGES if lang not in _UNSPACED for p in (lexicon(lang).get("next_days") or {})]
_NEXT_ZH = [p for lang in sorted(_UNSPACED) for p in (lexicon(lang).get("next_days") or {})]
# "in the following weeks": the days after the last date it spans, [first, last] counted from it.
_FOLLOWING = {_folded(p): v for lang in LANGUAGES for p, v in (lexicon(lang).get("following_periods") or {}).items()}
_FOLLOWING_SPACED = [p for lang in LANGUAGES if lang != "zh" for p in (lexicon(lang).get("following_periods") or {})]
# "in the first three days", "on the first day", "в первые дни": the opening days of a time that opened on the last date
# the text wrote ("On 6 October Egypt and Syria opened the war. The Syrian army recovered part of the Golan in the first
# three days"), [first, last] counted from it; not when the time is named after it ("in the first days of the
# fighting", "в первые дни войны": its opening is not written), nor a month's first days ("в первые дни октября").
_OPENING = {_folded(p): v for lang in LANGUAGES for p, v in (lexicon(lang).get("opening_periods") or {}).items()}
_FOLLOWING |= _OPENING
_FOLLOWING_SPACED += [p for lang in LANGUAGES if lang != "zh" for p in (lexicon(lang).get("opening_periods") or {})]
# "the following week": the calendar week (Monday to Sunday) after the one of the last date the text wrote
# (following_weeks); placed by relative_date._count from that date's weekday.
_FOLLOWING_WEEK = {_folded(p) for lang in LANGUAGES for p in (lexicon(lang).get("following_weeks") or [])}
_FOLLOWING |= {p: [7, 13] for p in _FOLLOWING_WEEK}
_FOLLOWING_SPACED += [p for lang in LANGUAGES if lang != "zh" for p in (lexicon(lang).get("following_weeks") or [])]
_OPENING_NAMED = re.compile(rf"\s*(?:{_phrases(words('opening_periods_not_before')) or '(?!)'})(?!\w)", re.IGNORECASE)
_RELATIVE = with_opening(re.compile(
    rf"\b(?P<n>\d{{1,3}}|{_phrases(_EN['counts'])})\s+(?P<unit>{_phrases(_EN['day_units'])})\s+(?P<dir>{_phrases(_EN['directions'])})\b"
    + (rf"|\b(?P<follow>{_phrases(_FOLLOWING_SPACED)})\b" if _FOLLOWING_SPACED else "")
    + rf"|\b(?P<next>{_phrases(_NEXT_SPACED)})\b" + (rf"|(?P<nextzh>{alternation(_NEXT_ZH)})" if _NEXT_ZH else ""),
    re.IGNORECASE,
))
_FROM_NOW = {_folded(p) for p in _EN.get("from_now_directions") or []}
# "a month later", "two years earlier", "the following month": months from the last date (month_units, next_months),
# never "two months ago" (a count from the day spoken from); not after a word of a span ("within the next month").
_MONTH_UNITS = {_folded(k): v for k, v in (_EN.get("month_units") or {}).items()}
_NEXT_MONTHS = {_folded(k): v for k, v in (_EN.get("next_months") or {}).items()}
_MONTH_NOT_AFTER = "".join(rf"(?<!{re.escape(w)}\s)" for w in _EN.get("month_counts_not_after") or [])
_MONTH_RELATIVE = re.compile(
    rf"(?<!\w){_MONTH_NOT_AFTER}"
    rf"(?:(?P<n>\d{{1,3}}|{_phrases(_EN['counts'])})\s+(?P<unit>{_phrases(_MONTH_UNITS)})\s+"
    rf"(?P<dir>{_phrases([d for d in _EN['directions'] if _folded(d) not in _FROM_NOW])})"
    rf"|(?P<next>{_phrases(_NEXT_MONTHS)}))(?!\w)",
    re.IGNORECASE,
) if _MONTH_UNITS else None


def _counted_pattern(lex: dict, spaced: bool) -> re.Pattern | None:
    """A language's counted offsets other than English's: a direction before the count ("через два дня", "спустя
    неделю": the count may be left out, one) or after it ("два дня спустя", "неделю назад", "三天后")."""
    counts, units = lex.get("counts") or {}, lex.get("day_units") or {}
    before, after = lex.get("directions_before") or {}, lex.get("directions") or {}
    if not units or not (before or after):
        return None
    gap = r"\s+" if spaced else r"\s*"
    edge = r"(?<!\w)"  # "访越四天后": four days after the visit it names, not after the last date
    end = r"(?!\w)" if spaced else ""
    n = rf"(?:\d{{1,3}}|{_phrases(counts)})" if spaced else rf"(?:\d{{1,3}}|(?:{alternation(counts)})+)"
    parts = []
    if before:
        parts.append(rf"{edge}(?P<pre>{_phrases(before)}){gap}(?:(?P<n1>{n}){gap})?(?P<u1>{_phrases(units)}){end}")
    if after:
        parts.append(rf"{edge}(?:(?P<n2>{n}){gap})?(?P<u2>{_phrases(units)}){gap}(?P<post>{_phrases(after)}){end}")
    return re.compile("|".join(parts), re.IGNORECASE)


_COUNTED = [(lang, pattern) for lang in LANGUAGES if lang != "en"
            if (pattern := _counted_pattern(lexicon(lang), lang != "zh")) is not None]


def _counted(lang: str, m: re.Match) -> RelativeMention | None:
    lex = lexicon(lang)
    counts = {_folded(k): v for k, v in (lex.get("counts") or {}).items()}
    units = {_folded(k): v for k, v in lex["day_units"].items()}
    g = m.groupdict()
    n = g.get("n1") if g.get("pre") else g.get("n2")
    count = 1 if not n else int(n) if n.isdigit() else counts[_folded(n)] if _folded(n) in counts else _counted_pair(n, counts)
    if count is None:
        return None
    unit = units[_folded(g.get("u1") or g.get("u2"))]
    word = _folded(g.get("pre") or g.get("post"))
    sign = {_folded(k): v for k, v in (lex.get("directions_before") if g.get("pre") else lex["directions"]).items()}[word]
    now = word in {_folded(p) for p in lex.get("from_now_directions") or []}
    return RelativeMention(m.start(), m.end(), m.group(), count * unit * sign, None, now, unit >= 7)


# "soon afterwards", "вскоре после этого", "几天后": after the last date, about its month (soon_afterwards in the files).
_SOON_SPACED = [p for lang in LANGUAGES if lang != "zh" for p in (lexicon(lang).get("soon_afterwards") or [])]
_SOON_ZH = list(_ZH.get("soon_afterwards") or [])
# Not before a word of time before and an act's noun ("через несколько дней после провозглашения"): counted from that act.
_SOON_NOT_BEFORE = [p for lang in LANGUAGES for p in (lexicon(lang).get("soon_afterwards_not_before") or [])]
_SOON = with_opening(re.compile(
    "|".join(([rf"(?<!\w)(?:{_phrases(_SOON_SPACED)})(?!\w)" + (rf"(?!\s+(?:{_phrases(_SOON_NOT_BEFORE)})(?!\w))" if _SOON_NOT_BEFORE else "")]
              if _SOON_SPACED else []) + ([alternation(_SOON_ZH)] if _SOON_ZH else []))
    or "(?!)", re.IGNORECASE))


# "within three days they occupied the towns", "в течение трёх дней", "三天内": a span counted from the last date the text
# wrote, its first day to ``count`` days after it (within_openers before the count, within_after after it; hours
# counted in whole days: "within forty-eight hours", two). Not in a clause that puts the act ahead, an order's or a
# plan's ("ordered them to leave within forty-eight hours", "will reply within ten days"): the ordering has its day.
def _within_pattern(lex: dict, spaced: bool) -> re.Pattern | None:
    counts, units = lex.get("counts") or {}, {**(lex.get("day_units") or {}), **(lex.get("hour_units") or {})}
    before, after = lex.get("within_openers") or [], lex.get("within_after") or []
    if not units or not (before or after):
        return None
    gap = r"\s+" if spaced else r"\s*"
    n = rf"(?P<n>\d{{1,3}}|{_phrases(counts)})" if spaced else rf"(?P<n>\d{{1,3}}|(?:{alternation(counts)})+)"
    if before:
        return re.compile(rf"(?<!\w)(?:{_phrases(before)}){gap}{n}{gap}(?P<unit>{_phrases(units)})(?!\w)", re.IGNORECASE)
    return re.compile(rf"{n}{gap}(?P<unit>{_phrases(units)}){gap}(?:{alternation(after)})")


_WITHIN = [(lang, pattern) for lang in LANGUAGES if (pattern := _within_pattern(lexicon(lang), lang != "zh")) is not None]
_WITHIN_AHEAD = re.compile("|".join(
    (rf"(?<!\w)(?:{_phrases(listed)})(?!\w)" if lang != "zh" else f"(?:{alternation(listed)})")  # Chinese: no spaces between words
    for lang in LANGUAGES if (listed := lexicon(lang).get("within_not_after"))) or "(?!)", re.IGNORECASE)
_WITHIN_CLAUSE = re.compile(r"[,;:\uff0c\uff1b]|\s(?:" + (_phrases(
    [w for lang in LANGUAGES for w in lexicon(lang).get("within_clause_openers") or []]) or "(?!)") + r")\s", re.IGNORECASE)


# "came within days", "within a few weeks": the span of within_openers with no count, its last day listed
# (within_uncounted); a plan's or an order's no more than a counted one.
_WITHIN_UNCOUNTED = {_folded(p): d for lang in LANGUAGES for p, d in (lexicon(lang).get("within_uncounted") or {}).items()}
_WITHIN_UNCOUNTED_RE = re.compile("|".join(
    rf"(?<!\w)(?:{_phrases(listed)})(?!\w)" if lang != "zh" else alternation(listed)
    for lang in LANGUAGES if (listed := lexicon(lang).get("within_uncounted"))), re.IGNORECASE) if _WITHIN_UNCOUNTED else None


# A joiner with no subject after it ("would break relations with Peking and expel Chinese Embassy within 48 hours"): a
# second verb of the same clause, under the word that put the first ahead; a joiner opens a clause of its own only before
# a word of within_clause_subjects, a capital, or a past form ("and crossed the river within two days").
_WITHIN_SUBJECTS = frozenset(_folded(w) for lang in LANGUAGES for w in lexicon(lang).get("within_clause_subjects") or [])
_WORD_AFTER = re.compile(r"\s*(\w+)")


def _opens_clause(text: str, c: re.Match) -> bool:
    """Whether the separator or joiner ``c`` opens a clause of its own (see _WITHIN_SUBJECTS)."""
    if not c.group().strip().isalpha() or not _WITHIN_SUBJECTS:
        return True  # a comma, a semicolon
    word = _WORD_AFTER.match(text, c.end())
    if word is None:
        return True
    after = word.group(1)
    return not after.islower() or after in _WITHIN_SUBJECTS or after.endswith("ed") or not after.isascii()


# "to" before one of these is a preposition ("was distributed to the atolls within ten days"), no infinitive that puts
# the act ahead ("ordered them to leave within a week") (within_to_not_before); so is "to" before a capital, a name ("a
# letter to Paul VI written within the week", "flew to Dakar within two days").
_TO_PLACE = re.compile(r"to\s+(?:(?:" + (_phrases([w for lang in LANGUAGES for w in lexicon(lang).get("within_to_not_before") or []])
                                         or "(?!)") + r")(?!\w)|(?-i:[A-Z]))", re.IGNORECASE)


def _within_ahead(text: str, start: int) -> bool:
    """Whether the clause before ``start`` puts its act ahead ("ordered them to leave", "is expected", "will reply")."""
    begin = max([c.end() for c in _WITHIN_CLAUSE.finditer(text, 0, start) if _opens_clause(text, c)], default=0)
    return any(not (m.group().lower() == "to" and _TO_PLACE.match(text, m.start()))
               for m in _WITHIN_AHEAD.finditer(text, begin, start))


def _counted_pair(n: str, counts: dict[str, int]) -> int | None:
    """A count written as two neighbouring numbers ("一两天内", within one or two days): the larger; a Chinese numeral
    otherwise ("十五天"); None for a run that reads as neither."""
    values = [counts.get(_folded(c)) for c in n]
    if len(values) == 2 and None not in values and values[1] == values[0] + 1:
        return values[1]
    try:
        return _zh_number(n)
    except (KeyError, ValueError):
        return None


def _within(lang: str, text: str, m: re.Match) -> RelativeMention | None:
    lex = lexicon(lang)
    if _within_ahead(text, m.start()):
        return None  # "ordered the specialists to leave the country within forty-eight hours": the order's day
    counts = {_folded(k): v for k, v in (lex.get("counts") or {}).items()}
    n = m["n"]
    count = int(n) if n.isdigit() else counts[_folded(n)] if _folded(n) in counts else _counted_pair(n, counts)
    if count is None:
        return None
    unit = _folded(m["unit"])
    days = {_folded(k): v for k, v in (lex.get("day_units") or {}).items()}
    hours = {_folded(k): v for k, v in (lex.get("hour_units") or {}).items()}
    until = count * days[unit] if unit in days else count // hours[unit]
    return RelativeMention(m.start(), m.end(), m.group(), 0, until, within=True)


# What every offset holds, checked before the pattern runs: "day" of "days" and "the next day", "week", "fortnight", or a whole
# next-day phrase of the files ("that morning", "накануне", "次日").
_UNIT_STEMS = ("day", "week", "fortnight", *(p for p in _NEXT_DAYS if "day" not in p and "week" not in p),
               *(p for p in _FOLLOWING if "day" not in p and "week" not in p),
               *(_folded(u) for lang, _ in _COUNTED for u in lexicon(lang)["day_units"]),
               *(_folded(p) for p in _SOON_SPACED + _SOON_ZH), *_WITHIN_UNCOUNTED,
               *(_folded(p) for lang in LANGUAGES for p in (lexicon(lang).get("within_openers") or [])
                 + (lexicon(lang).get("within_after") or [])))
if not all(any(stem in phrase.lower() for stem in ("day", "week", "fortnight")) for phrase in _EN["day_units"]):
    raise ValueError("en.yaml: every day unit must hold 'day', 'week' or 'fortnight' (find_relative screens for them)")
# The stems in one pattern, one scan of the sentence where a substring test per stem made a hundred; written as a trie
# (``trie_pattern``), where a flat list of its 270 phrases had the engine try each of them at every letter that may
# open one (the test asks only whether the sentence holds any).
_ANY_UNIT_STEM = re.compile(trie_pattern(_UNIT_STEMS))


_ZH_CLOCK = _ZH.get("day_part_clock_marks") or {}
_ZH_CLOCK_AT = (  # "三时", "九时半", "十时三十分": the hour after a time of day
    rf"(?:[\d{''.join(_ZH['numerals'])}]+(?:{alternation(_ZH_CLOCK['hour'])})"
    rf"(?:[\d{''.join(_ZH['numerals'])}]+(?:{alternation(_ZH_CLOCK.get('minute') or ['(?!)'])})|{alternation(_ZH_CLOCK.get('half') or ['(?!)'])})?)?"
) if _ZH_CLOCK.get("hour") else ""
_ZH_DAY_PART = re.compile(
    rf"\s*(?:(?P<part>{alternation(_ZH.get('day_part_openers') or [])})(?:{_ZH_CLOCK_AT}[\s,\uff0c]|(?={alternation(_ZH.get('day_part_subjects') or [])}))"
    + (rf"|(?P<after>{alternation(_ZH['act_after_openers'])})" if _ZH.get("act_after_openers") else "") + ")"
) if _ZH.get("day_part_openers") else None


@cache
def _borrowed_next_day(language: str) -> re.Pattern | None:
    """"The next day" on a page in a language with no file: its "next week"'s opening word and its word of day, each
    declined ("Nākamajā dienā", "Kitą dieną", "järgmisel päeval"; borrowed.next_day)."""
    words = lexicon(language).get("next_day") or {}
    if not words:
        return None
    openers = "|".join(declined(w) for w in sorted(words["openers"], key=len, reverse=True))
    days = "|".join(declined(w) for w in sorted(words["days"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{openers})\s+(?:{days})(?!\w)", re.IGNORECASE)


@cache
def _borrowed_offsets(language: str) -> tuple[re.Pattern, dict[str, int]] | None:
    """The days counted from the last date the text wrote that a borrowing language's supplement writes ("l'endemà", the
    next day; "Tą pačią dieną", the same day; borrowed.supplemented), each with its offset; None where it writes none."""
    offsets = {" ".join(w.lower().split()): n for w, n in (lexicon(language).get("next_days") or {}).items()}
    if not offsets:
        return None
    return re.compile(r"(?<![\w'’])(?:" + alternation(offsets).replace(r"\ ", r"\s+") + r")(?![\w'’])", re.IGNORECASE), offsets


def find_relative(text: str) -> list[RelativeMention]:
    """Offsets from a date known elsewhere: "five days later" (+5), "two weeks earlier" (-14), "the next day" (+1); a
    Chinese sentence opening with a time of day ("晚，出席招待会。") is on the day given last (0)."""
    if _ZH_DAY_PART and (part := _ZH_DAY_PART.match(text)) and not _RELATIVE.search(text):
        name = "part" if part["part"] else "after"  # "晚，出席招待会。", "发言后会场反应良好。"
        return [RelativeMention(part.start(name), part.end(name), part[name], 0)]
    lowered = text.lower()
    found = _month_counts(text) if _MONTH_RELATIVE is not None and ("month" in lowered or "year" in lowered) else []
    if (language := reading_language()) is not None and (next_day := _borrowed_next_day(language)) is not None:
        found += [RelativeMention(m.start(), m.end(), m.group(), 1) for m in next_day.finditer(text)]  # "Nākamajā dienā"
    if language is not None and (offsets := _borrowed_offsets(language)) is not None:  # "l'endemà", "Tą pačią dieną"
        found += [RelativeMention(m.start(), m.end(), m.group(), offsets[1][f]) for m in offsets[0].finditer(text)
                  if (f := " ".join(m.group().lower().split())) in offsets[1] and not any(x.start < m.end() and m.start() < x.end for x in found)]
    if not _ANY_UNIT_STEM.search(lowered):
        return found  # every other offset names a day or a week: most sentences are turned away by two substring tests
    for m in _RELATIVE.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        if m["follow"]:
            if _folded(m["follow"]) in _OPENING and (_OPENING_NAMED.match(text, m.end())
                                                     or (_ALONE_MONTH is not None and _ALONE_MONTH.match(text, m.end() + 1))):
                continue  # "in the first days of the fighting", "в первые дни октября"
            first, last = _FOLLOWING[_folded(m["follow"])]
            found.append(RelativeMention(m.start(), m.end(), m.group(), first, last, False, True,
                                         calendar_week=_folded(m["follow"]) in _FOLLOWING_WEEK))
            continue
        if m["next"] or m["nextzh"]:
            days = _NEXT_DAYS[_folded(m["next"] or m["nextzh"])]
            found.append(RelativeMention(m.start(), m.end(), m.group(), days))
            continue
        n = m["n"].lower()
        count = int(n) if n.isdigit() else _EN["counts"][n]
        unit = _EN["day_units"][m["unit"].lower()]
        days = count * unit * _EN["directions"][_folded(m["dir"])]
        found.append(RelativeMention(m.start(), m.end(), m.group(), days, None, _folded(m["dir"]) in _FROM_NOW, unit >= 7))
    for lang, pattern in _COUNTED:
        found += [c for m in pattern.finditer(text) if (c := _counted(lang, m)) is not None
                  if not any(f.start < m.end() and m.start() < f.end for f in found)]
    for lang, pattern in _WITHIN:
        found += [w for m in pattern.finditer(text) if (w := _within(lang, text, m)) is not None
                  and not any(f.start < m.end() and m.start() < f.end for f in found)]
    if _WITHIN_UNCOUNTED_RE is not None:
        found += [RelativeMention(m.start(), m.end(), m.group(), 0, _WITHIN_UNCOUNTED[_folded(m.group())], within=True)
                  for m in _WITHIN_UNCOUNTED_RE.finditer(text) if not _within_ahead(text, m.start())
                  and not any(f.start < m.end() and m.start() < f.end for f in found)]
    found += [RelativeMention(m.start(), m.end(), m.group(), 1, None, False, True, True) for m in _SOON.finditer(text)
              if not any(f.start < m.end() and m.start() < f.end for f in found)]
    if found and (days := [m.span() for m in _DAY_WORDS.finditer(text)]):
        # "the day before yesterday": a day the text speaks from names (relative_days), not "the day before" a date
        found = [f for f in found if not any(a <= f.start and f.end <= b and b - a > f.end - f.start for a, b in days)]
    return sorted(found, key=lambda f: f.start)


# A count followed by the date it stands for ("A year later, on 18 April 1968", "a month later, in May 1970"): a day,
# a month or a year, never a place ("the following month in Geneva").
_DATE_APPOSED = re.compile(rf"\s*[,(]?\s*(?:on|in)\s+(?:\d|{_EN_MONTH}(?!\w))")


def _month_counts(text: str) -> list[RelativeMention]:
    """"a month later" (+1 month), "two years earlier" (-24), "the following month" (+1): months from the last date."""
    found = []
    for m in _MONTH_RELATIVE.finditer(text):
        if _DATE_APPOSED.match(text, m.end()):
            continue  # "A year later, on 18 April 1968, ...": the date it writes is the count's own
        if m["next"]:
            months, in_year = _NEXT_MONTHS[_folded(m["next"])], False
        else:
            n = m["n"].lower()
            unit = _MONTH_UNITS[_folded(m["unit"])]
            months = (int(n) if n.isdigit() else _EN["counts"][_folded(n)]) * unit * _EN["directions"][_folded(m["dir"])]
            in_year = unit == 12
        found.append(RelativeMention(m.start(), m.end(), m.group(), months * 30, None, False, True, months=months, in_year=in_year))
    return found


# The days named from the day the text speaks from, in every language (relative_days): an offset from the last date
# that lies inside a longer one of them is a part of it.
_DAY_WORDS = with_opening(re.compile("|".join(
    rf"(?<!\w){_phrases([p])}(?!\w)" if lang != "zh" else re.escape(p)
    for lang in LANGUAGES for p in sorted(lexicon(lang).get("relative_days") or {}, key=len, reverse=True)) or "(?!)",
    re.IGNORECASE))


_CLOCK_HOUR = re.compile(
    rf"\b(?:{_phrases(_EN.get('clock_hour_openers') or [])})\s+(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)"
    rf"(?:{alternation(_EN.get('clock_glued_zones') or []) or '(?!)'})?\b(?![-–—.,:/]?\d)", re.IGNORECASE)


def clock_hours(text: str) -> list[tuple[int, int, str]]:
    """A telegram's times of day in four digits ("At 0500 radio announced ...", "at 1100", "at 1930 hours"): where
    each is and its HH:MM. Not a number that may be a year ("at 1945 prices") nor one a name follows ("at 1200 Main
    Street"), unless it opens with a nought or a word of the clock follows; an hour that opens the sentence is one
    before the sentence's subject ("At 1545 Radio Uganda broadcast ..."), no street's number."""
    found = []
    for m in _CLOCK_HOUR.finditer(text) if _DIGIT.search(text) else ():  # no digit, no hour (the pattern's are decimal digits)
        hhmm, after = m["hhmm"], text[m.end():].lstrip()
        if hhmm[0] == "0" or _CLOCK_AFTER.match(text, m.end()) \
                or not (re.fullmatch(_YEAR, hhmm) or (after[:1].isupper() and text[: m.start()].strip()) or after[:1].isdigit()):
            found.append((m.start("hhmm"), m.end("hhmm"), f"{hhmm[:2]}:{hhmm[2:]}"))
    return found


_YEAR_WORD = re.compile(rf"\b{_YEAR}\b")


def parse_date(text: str) -> tuple[date, str] | None:
    """The first full or partial date in ``text`` with its precision (day or month), year required.

    A date field that is one English day and nothing else ("12 May 1975", "May 12, 1975"), the shape most page dates
    take, is read at one match of its own (``_WHOLE_DAY``), without the finder's scan; any other text, or a day the
    calendar lacks ("31 February 1975"), is read by the finder."""
    if (whole := _WHOLE_DAY.fullmatch(text)) is not None:
        with suppress(ValueError):
            return date(int(whole["year"]), _WHOLE_DAY_MONTHS[whole["month"] or whole["month2"]], int(whole["day"] or whole["day2"])), "day"
    for mention in iter_dates(text):
        if mention.year_written:
            return mention.start_date, ("day" if mention.precision == "minute" else mention.precision)
    year = _YEAR_WORD.search(text)
    if year:
        return date(int(year.group()), 1, 1), "year"
    return None


def period_end(start: date, precision: str | None) -> date:
    """Last day of the period a date of ``precision`` stands for (the month or the year it opens)."""
    if precision == "year":
        return date(start.year, 12, 31)
    if precision == "month":
        return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    return start


# A month named with no day nor year ("in June", "In mid-June", "в первых числах февраля"): the month's name, then the
# words before it (``month_alone_openers``) looked for in the few characters before it, a name that a day or a year
# follows ("June 5", "June 1950") being another form's. A full name only ("Jun" is "June" cut short).
def _full_names(months: dict[str, int]) -> list[str]:
    return [m for m in months if not any(o != m and o.startswith(m.rstrip(".")) for o in months)]


# A date field that is a whole English day, written out ("12 May 1975", "May 12, 1975"): parse_date's fast path.
_WHOLE_DAY_MONTHS = {m: lexicon("en")["months"][m] for m in _full_names(lexicon("en")["months"])}
_WHOLE_DAY = re.compile(
    rf"(?:(?P<day>[0-9]{{1,2}}) (?P<month>{alternation(_WHOLE_DAY_MONTHS)}) "
    rf"|(?P<month2>{alternation(_WHOLE_DAY_MONTHS)}) (?P<day2>[0-9]{{1,2}}), )(?P<year>1[89][0-9][0-9]|20[0-9][0-9])"
)  # ASCII digits and single spaces only: any other writing of a day is the finder's


_ALONE_OPENERS: dict[str, list[int] | None] = {
    " ".join(k.lower().split()): v for lang in LANGUAGES for k, v in (lexicon(lang).get("month_alone_openers") or {}).items()
}
# "last October", "last December": the last such month before the month the text speaks from, whatever year it wrote last.
_LAST_OPENERS = {" ".join(k.lower().split()) for lang in LANGUAGES for k in (lexicon(lang).get("month_last_openers") or [])}
_ALONE_OPENERS |= {k: None for k in _LAST_OPENERS if k not in _ALONE_OPENERS}
# "в ноябре прошлого года", "in November of last year": that month of the year before the one the text speaks from.
_LAST_YEAR_AFTER = [p for lang in LANGUAGES for p in (lexicon(lang).get("month_last_year_after") or [])]
# "in September of the following year": that month of the year after the one the text wrote last.
_NEXT_YEAR_AFTER = [p for lang in LANGUAGES for p in (lexicon(lang).get("month_next_year_after") or [])]
_ALONE_NAMES = {
    m: n for lang in LANGUAGES if lexicon(lang).get("month_alone_openers")
    for key in ("months", "months_in") for m, n in ((k, v) for k, v in (lexicon(lang).get(key) or {}).items() if k in _full_names(lexicon(lang).get(key) or {}))
}
_ALONE_MONTH = re.compile(rf"(?<!\w)(?:{alternation(_ALONE_NAMES)})(?!\w)(?!\s*,?\s*\d)") if _ALONE_NAMES else None
_LAST_YEAR = re.compile(rf"\s+(?:{_phrases(_LAST_YEAR_AFTER)})(?!\w)", re.IGNORECASE) if _LAST_YEAR_AFTER else None
_NEXT_YEAR = re.compile(rf"\s+(?:{_phrases(_NEXT_YEAR_AFTER)})(?!\w)", re.IGNORECASE) if _NEXT_YEAR_AFTER else None
_ALONE_OPENER = with_opening(re.compile(rf"(?<!\w)(?P<open>{_phrases(_ALONE_OPENERS)})[\s-]+$", re.IGNORECASE)) if _ALONE_OPENERS else None
# "by April", "by the middle of July" bound a past clause by the month (the last day a state was reached by); after a
# word of the future ("will decide by March", "is to report by June") they are a plan's deadline: no month alone.
_BOUND_OPENERS = frozenset({"by", "before"})  # "before the end of January": on or before its last day
_AHEAD = re.compile(rf"(?<!\w)(?:{_phrases(lexicon('en').get('ahead_words') or [])}|must|should)(?!\w)", re.IGNORECASE)
_ALONE_SCREEN = tuple(sorted({m[:3] for m in _ALONE_NAMES}))
_ANY_ALONE_SCREEN = re.compile("|".join(map(re.escape, _ALONE_SCREEN)) or "(?!)")  # the stems in one scan of the text


def last_year_dates(text: str) -> list[tuple[int, int]]:
    """Where a month is named with the year it is of, counted from the text's ("in November of last year", "в ноябре
    прошлого года", "去年十月"): "last year" there names no period of its own."""
    spans = [(d.start, d.end) for d in find_dates(text, _ANY_YEAR) + year_parts_named(text, _ANY_YEAR) if not d.year_written]
    if _ALONE_MONTH is not None and _LAST_YEAR is not None:
        spans += [(m.start(), after.end()) for m in _ALONE_MONTH.finditer(text) if (after := _LAST_YEAR.match(text, m.end()))]
    return spans


_ANY_YEAR = 2000  # a year to read dates by where only where they stand is wanted


def of_last_year(text: str, mentions: list[DateMention], spoken_year: int | None) -> list[DateMention]:
    """A day or a month written without its year and followed by "of last year" ("the points put forward on 8 April of
    last year", "8 апреля прошлого года"): of the year before the one the text speaks from (month_last_year_after)."""
    if spoken_year is None or _LAST_YEAR is None:
        return mentions
    found = []
    for m in mentions:
        if not m.year_written and m.start_date and m.end_date and m.start_date.year == m.end_date.year \
                and _LAST_YEAR.match(text, m.end) is not None:
            with suppress(ValueError):  # 29 February: left as read
                m = replace(m, start_date=in_year(m.start_date, spoken_year - 1), end_date=in_year(m.end_date, spoken_year - 1),
                            inferred=True)
        found.append(m)
    return found


@cache
def _borrowed_alone(language: str) -> tuple[re.Pattern, re.Pattern, dict[str, int], dict[str, list[int] | None], re.Pattern] | None:
    """The months named alone on a page in a language with no file whose supplement writes the words before them
    (``month_alone_openers``: Galician "en xaneiro", Welsh "ym mis Gorffennaf", Tagalog "noong Mayo"): the files' names
    and openers with its full month names and its openers, as ``find_months_alone`` reads them; None where it writes none."""
    lex = lexicon(language)
    added = {" ".join(k.lower().split()): v for k, v in (lex.get("month_alone_openers") or {}).items()}
    if not added or not lex.get("months"):
        return None
    plain = {m: n for m, n in lex["months"].items() if not m.endswith(".")}  # ("Mayo." is "Mayo" closing a sentence)
    names = {**_ALONE_NAMES, **{m: n for m, n in plain.items() if m in _full_names(plain)}}
    openers = {**_ALONE_OPENERS, **added}
    month = re.compile(rf"(?<!\w)(?:{alternation(names)})(?!\w)(?!\s*,?\s*\d)")
    opener = with_opening(re.compile(rf"(?<!\w)(?P<open>{_phrases(openers)})[\s-]+$", re.IGNORECASE))
    screen = re.compile("|".join(map(re.escape, sorted({m[:3] for m in names}))))
    return month, opener, names, openers, screen


def find_months_alone(text: str, year: int | None, now: tuple[int, int] | None = None,
                      written: list[DateMention] = (), past: bool = True, last_from: tuple[int, int] | None = None) -> list[DateMention]:
    """Months named with no day nor year after a word of time ("Seaborn saw Pham Van Dong in June", "в середине июня"):
    the whole month, or the days of the part named ("mid-June": 11-20 June), in ``year`` (the year the text wrote last,
    else the document's; a year ``written`` in the text before the month wins), inferred. A month that year would put after a later year's month the text speaks from
    (``now``, year and month) is of the year spoken from: a letter of May 1963 that wrote "deliveries for 1964-1965"
    means March 1963 by "raised in March"; and a ``past`` act's month after the month spoken from is of the year before
    ("в ноябре ... поддержал" in January 1963: November 1962). "last October" is the last October before ``now``, "в
    ноябре прошлого года" that month of the year before it. A month a day or a year follows is ``find_dates``'s."""
    alone_month, alone_opener, names, openers, screen = _ALONE_MONTH, _ALONE_OPENER, _ALONE_NAMES, _ALONE_OPENERS, _ANY_ALONE_SCREEN
    if (language := reading_language()) is not None and (borrowed := _borrowed_alone(language)) is not None:
        alone_month, alone_opener, names, openers, screen = borrowed  # "en xaneiro", "ym mis Gorffennaf"
    if year is None or alone_month is None or not screen.search(text):
        return []  # most sentences name no month: a few substring tests turn them away
    found = []
    for m in alone_month.finditer(text):
        opener = alone_opener.search(text, max(0, m.start() - 32), m.start())  # "during the second week of May"
        if opener is not None:
            opened_at, opened = opener.start(), " ".join(opener["open"].lower().split())
            if opened.split()[0] in _BOUND_OPENERS and _AHEAD.search(text, 0, opened_at):
                continue  # "He will decide by March": a plan's deadline, no month the story has reached
        elif (spanned := _spanned_month(text, m, found)) is not None:
            opened_at, opened = spanned, "in"  # "Through April and May", "from April to June": a span of whole months
        else:
            continue
        month = names[m.group()]
        year_before = next((d.start_date.year for d in reversed(written) if d.year_written and d.end <= opened_at), year)
        in_year = now[0] if now is not None and now[0] < year_before and (now[0], month) <= now else year_before
        end_at = m.end()
        spoken = now or last_from or (year, 13)  # no month spoken from: the document's ("last October" in a summary of
        # 3 March 1967: October 1966), else the months of the year the text is in
        if opened in _LAST_OPENERS:
            in_year = spoken[0] if month < spoken[1] else spoken[0] - 1  # "last October" said in March 1967: October 1966
        elif _LAST_YEAR is not None and (after := _LAST_YEAR.match(text, m.end())):
            in_year, end_at = spoken[0] - 1, after.end()  # "в ноябре прошлого года"
        elif _NEXT_YEAR is not None and (after := _NEXT_YEAR.match(text, m.end())):
            in_year, end_at = year_before + 1, after.end()  # "in September of the following year"
        elif past and now is not None and in_year == now[0] and month > now[1] + 1:
            in_year -= 1  # a past act "in November" told in January 1963: November 1962; the month just after the one
            # spoken from is a time to come the act names ("передал приглашение ... во второй половине июля", in June)
        last_day = calendar.monthrange(in_year, month)[1]
        part = openers[opened]
        first, last = part if part else (1, last_day)
        first = last_day + first + 1 if first < 0 else first  # "in the last days of April": counted back from its last day
        start, end = date(in_year, month, first), date(in_year, month, min(last, last_day))
        kind, precision = ("range", "day") if part else ("exact", "month")
        found.append(DateMention(opened_at, end_at, text[opened_at: end_at], start, end, precision, None, True, False, kind, True))
    return found


# A part of a month the text names by its place, not its name ("at the end of last month", "early this month", "in the
# middle of the month"): the part's days (the part openers of month_alone_openers) of the month ``month_part_refs``
# counts, from the month the text speaks from ("now": "this month", "last month") or the month its story is at
# ("story": "the month", "that month", "the previous month"), each the other when it is not known.
_MONTH_REFS = {" ".join(k.lower().split()): v for lang in LANGUAGES for k, v in (lexicon(lang).get("month_part_refs") or {}).items()}
_PART_OPENERS = {k: v for k, v in _ALONE_OPENERS.items() if v and k.split()[0] not in ("since", "by", "before")}  # "since the
# beginning of the month" opens a course (since_period_starts), "by the end of the month" bounds a time: neither a part
_MONTH_PART = re.compile(rf"(?<!\w)(?P<open>{_phrases(_PART_OPENERS)})[\s-]+(?P<ref>{_phrases(_MONTH_REFS)})(?!\w)",
                         re.IGNORECASE) if _MONTH_REFS and _PART_OPENERS else None


def find_month_parts(text: str, story: tuple[int, int] | None, now: tuple[int, int] | None,
                     written: list[DateMention] = ()) -> list[DateMention]:
    """"at the end of last month" said in February 1979: 21-31 January; "in the middle of the month" in a story at
    February 1968: 11-20 February (or at the month of a date ``written`` before it in the sentence: "On 12 February ...,
    and the ambassador was recalled in the middle of the month"). A range of days, inferred."""
    if _MONTH_PART is None or "month" not in text.lower():
        return []
    found = []
    for m in _MONTH_PART.finditer(text):
        base, offset = _MONTH_REFS[" ".join(m["ref"].lower().split())]
        told = next(((d.start_date.year, d.start_date.month) for d in reversed(written) if d.end <= m.start() and d.start_date
                     and d.precision in ("day", "minute", "month") and d.start_date.month == d.end_date.month), None)
        at = (now or story) if base == "now" else (told or story or now)
        if at is None:
            continue
        months = at[0] * 12 + at[1] - 1 + offset
        year, month = months // 12, months % 12 + 1
        first, last = _PART_OPENERS[" ".join(m["open"].lower().split())]
        last = min(last, calendar.monthrange(year, month)[1])
        found.append(DateMention(m.start(), m.end(), m.group(), date(year, month, first), date(year, month, last), "day", None,
                                 True, False, "range"))
    return found


def _spanned_month(text: str, m: re.Match, found: list[DateMention]) -> int | None:
    """Where a month named with no word of time before it opens as one end of a span of months: after a span's opening
    word with a joiner and a month after it ("Through April and May", "from April to June"), or after a month found
    and a joiner ("... and May")."""
    if found and found[-1].end <= m.start() and _SPAN_JOINER.match(text[found[-1].end: m.start()]):
        return m.start()
    opener = _SPAN_OPENER.search(text, max(0, m.start() - 16), m.start())
    after = _ALONE_MONTH.search(text, m.end(), m.end() + 24)
    if opener is None or after is None or not _SPAN_JOINER.match(text[m.end(): after.start()]):
        return None
    return opener.start()


# Two months, or parts of them, named alone and joined as one span ("late July and early August", "Through April and
# May", "from April to June", "с апреля по июнь"): the words between them (``month_span_joiners``; "and" joins two
# months next to each other only, "in April and in June" being two times).
_SPAN_JOINERS = words("month_span_joiners")
_SPAN_JOINER = re.compile(rf"^[\s,]*(?:(?P<and>{_phrases(words('month_span_and')) or '(?!)'})|{_phrases(_SPAN_JOINERS) or '(?!)'})[\s-]*$",
                          re.IGNORECASE)


_SPAN_OPENER = re.compile(rf"(?<!\w)(?:{_phrases(words('month_span_openers')) or '(?!)'})\s+$", re.IGNORECASE)


def join_month_spans(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The months named alone in ``mentions`` that the text joins as one span, made one range from the first's first
    day to the second's last (a December and a January after it: over the year's end)."""
    out: list[DateMention] = []
    for mention in mentions:
        first = out[-1] if out else None
        if first is None or not (first.alone and mention.alone) or not (joiner := _SPAN_JOINER.match(text[first.end: mention.start])):
            out.append(mention)
            continue
        months = (mention.start_date.year - first.end_date.year) * 12 + mention.start_date.month - first.end_date.month
        end = mention.end_date
        if months < 0:  # "from November to January", read in one year: the January after
            months += 12
            end = period_end(date(end.year + 1, end.month, 1), "month") if end.day > 27 else date(end.year + 1, end.month, end.day)
        if months < 0 or months > 11 or (joiner["and"] and months > 1) or (months == 0 and mention.end_date <= first.end_date):
            out.append(mention)
            continue
        out[-1] = DateMention(first.start, mention.end, text[first.start: mention.end], first.start_date, end, "day" if
                              "day" in (first.precision, mention.precision) else "month", None, True, False, "range", True)
    return out


# A season with its year ("in the summer of 1960", "Летом 1956 г."), with a word that puts it in the year the text is in
# ("that autumn", "тем же летом", "осенью того же года") or in the year before the one it speaks from ("осенью прошлого
# года", "in the autumn of last year"): its months (en.yaml seasons), approximate. The words are the files'
# (``season_names``, ``season_that_before``, ``season_that_year_after``, ``season_last_year_after``).
_SEASON_MONTHS: dict[str, list[int]] = _EN.get("seasons") or {}
_SEASON_NAMES = {k.lower(): v for lang in LANGUAGES for k, v in (lexicon(lang).get("season_names") or {}).items()}
_SEASON_THAT = words("season_that_before")
_SEASON_THAT_YEAR = words("season_that_year_after")
_SEASON_LAST_YEAR = words("season_last_year_after")
_SEASON_NEXT = words("season_next_before")
_SEASON = with_opening(re.compile(  # behind a lookahead for its first letters (openings): every sentence is scanned for it
    rf"(?<!\w)(?:(?:(?P<that>{_phrases(_SEASON_THAT) or '(?!)'})|(?P<next>{_phrases(_SEASON_NEXT) or '(?!)'}))\s+)?(?P<season>{alternation(_SEASON_NAMES) or '(?!)'})(?!\w)"
    rf"(?:\s+(?:of\s+)?(?:(?P<year>{_YEAR})(?!\d)(?:\s*{_YEAR_MARK})?|(?P<short>{_SHORT_YEAR})"
    rf"|(?P<same>{_phrases(_SEASON_THAT_YEAR) or '(?!)'})(?!\w)|(?P<last>{_phrases(_SEASON_LAST_YEAR) or '(?!)'})(?!\w)))?",
    re.IGNORECASE,
))


# "at the turn of the year", "岁末年初": December and January about the year's end the story is at (``year_turn``): the
# one after the month it wrote last, or the one just before when that month is January or February.
_YEAR_TURN = with_opening(re.compile(rf"(?:{_phrases(words('year_turn')) or '(?!)'})", re.IGNORECASE))  # a lookahead first
_OPENS_A_CLAUSE = re.compile(r"(?:^|[,;:]|\b(?:and|but))\s*$")
# The close of the year the story is at, after "by" (year_end_bound): December of that year, so that what the clause
# tells is bound by its last day ("By the end of the year he had handed power to a civilian government").
_YEAR_END = with_opening(re.compile(rf"(?<!\w)(?:{_phrases(words('year_end_bound')) or '(?!)'})(?!\w)", re.IGNORECASE))


# A part of a year named by a word that tells which year ("at the end of last year", "в конце прошлого года",
# "去年年底", "early that year"): its months (``year_part_words``), approximate; the year counted from the day the text
# speaks from ("last year", "прошлого года", "去年") or from the year it wrote last ("that year", "the following year"),
# as ``relative_years`` gives it: [from, offset], from "now" or "story".
_PART_WORDS = {_folded(k): v for lang in LANGUAGES for k, v in (lexicon(lang).get("year_part_words") or {}).items()}
_REL_YEARS = {_folded(k): v for lang in LANGUAGES for k, v in (lexicon(lang).get("relative_years") or {}).items()}
_PART_PAIRS = [
    (lang, re.compile(
        rf"(?P<which>{alternation(lexicon(lang)['relative_years'])})\s*(?P<part>{alternation(lexicon(lang)['year_part_words'])})"
        if lang == "zh" else
        rf"(?<!\w)(?P<part>{_phrases(lexicon(lang)['year_part_words'])})\s+(?P<which>{_phrases(lexicon(lang)['relative_years'])})(?!\w)",
        re.IGNORECASE))
    for lang in LANGUAGES if lexicon(lang).get("year_part_words") and lexicon(lang).get("relative_years")
]


def year_parts_named(text: str, year: int | None, now: tuple[int, int] | None = None) -> list[DateMention]:
    """Parts of a year named with a word that tells which ("at the end of last year"): their months, approximate."""
    found: list[DateMention] = []
    for _lang, pattern in _PART_PAIRS:
        for m in pattern.finditer(text):
            base, offset = _REL_YEARS[_folded(m["which"])]
            from_year = (now[0] if now else year) if base == "now" else year
            if from_year is None or any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            opens, closes = _PART_WORDS[_folded(m["part"])]
            in_year = from_year + offset
            found.append(DateMention(m.start(), m.end(), m.group(), date(in_year, opens, 1), period_end(date(in_year, closes, 1), "month"),
                                     "month", None, True, False, "approximate"))
    return sorted(found, key=lambda f: f.start)


def _year_turns(text: str, year: int | None, month: int | None) -> list[DateMention]:
    if year is None:
        return []
    found = []
    for m in _YEAR_TURN.finditer(text):
        closing = year - 1 if month is not None and month <= 2 else year
        found.append(DateMention(m.start(), m.end(), m.group(), date(closing, 12, 1), date(closing + 1, 1, 31), "month",
                                 None, True, False, "range"))
    found += [DateMention(m.start(), m.end(), m.group(), date(year, 12, 1), date(year, 12, 31), "month", None, True, False, "range")
              for m in _YEAR_END.finditer(text) if _OPENS_A_CLAUSE.search(text, 0, m.start())]  # "..., by the end of the
    # year they had left": a clause it opens; after a verb ("was reduced to three diplomats by the end of the year") the
    # year is the story's, which the sentence may not say
    return found


def find_seasons(text: str, year: int | None, now: tuple[int, int] | None = None, month: int | None = None,
                 earlier: Sequence[DateMention] = ()) -> list[DateMention]:
    """Seasons named with a year, or with a word that says which ("that summer" in the year the text wrote last, ``year``;
    "осенью прошлого года" in the year before ``now``; "the following winter", "следующим летом": the first such season
    to open after ``month`` of ``year``, the month the text wrote last, else the next year's): their months, approximate.
    A season with no such word ("in the spring") is read from the day the text speaks from by its cue
    (pipeline/extract/tense.py). ``earlier``: the dates the sentence names; one written before the season sets the year
    and month it counts from ("In October 1974 the Amir issued the law, and the Assembly refused it the following
    spring": spring 1975)."""
    lowered = text.lower()
    found = _year_turns(text, year, month) + year_parts_named(text, year, now)
    base = (year, month)
    if not any(name in lowered for name in _SEASON_NAMES):
        return found
    for m in _SEASON.finditer(text):
        year, month = _counted_from(earlier, m.start(), base)
        if m["year"] or m["short"]:
            in_year = _short_year(m["year"] or m["short"])
        elif (m["that"] or m["same"]) and year is not None:
            in_year = year
        elif m["last"] and (now or year):
            in_year = (now[0] if now else year) - 1
        elif m["next"] and year is not None:
            in_year = year if month is not None and _SEASON_MONTHS[_SEASON_NAMES[m["season"].lower()]][0] > month else year + 1
        else:
            continue
        opens, closes = _SEASON_MONTHS[_SEASON_NAMES[m["season"].lower()]]
        last = date(in_year + (closes < opens), closes, 1)
        start, end = date(in_year, opens, 1), period_end(last, "month")
        found.append(DateMention(m.start(), m.end(), m.group(), start, end, "month", None, not (m["year"] or m["short"]),
                                 bool(m["year"] or m["short"]), "approximate"))
    return found


def _counted_from(earlier: Sequence[DateMention], at: int,
                  base: tuple[int | None, int | None]) -> tuple[int | None, int | None]:
    """The year and month a season at ``at`` counts from: the last day or month the sentence wrote before it, else
    ``base`` (the year and month the text wrote last)."""
    last = next((d for d in reversed(earlier) if d.end <= at and d.precision in ("day", "minute", "month")
                 and d.start_date.month == d.end_date.month and d.start_date.year == d.end_date.year), None)
    if last is None:
        return base
    return last.start_date.year, last.start_date.month


# A chronicle's or a journal's year heading: a line that is a year and nothing more ("1954", "1954年", "一九六一年",
# "1961 г.", "1961 год", "Year 1961"): the days its entries write without their year are of it. The words that may
# stand around the year are the lexicons' year_heading_marks (pipeline/reference/lang/*.yaml).
_YEAR_HEADING_MARKS = sorted({w.lower() for w in words("year_heading_marks")}, key=len, reverse=True)
_YEAR_HEADING_MAX = 16  # a heading, not a sentence that writes a year
_YEAR_DIGITS = frozenset("0123456789") | frozenset(_ZH_DIGITS)


def year_heading(text: str) -> int | None:
    """The year a line that is only a year heading writes, else None: "1954" and "1954年" are 1954, "一九六一年" 1961,
    "1961 г." 1961; "1954 was a hard year", "5 мая 1954 г." and "477" (a page number) are not headings."""
    line = text.strip().strip(".:;,()[]\u3002\uff1a\uff08\uff09").strip()
    if not 4 <= len(line) <= _YEAR_HEADING_MAX or not any(c in _YEAR_DIGITS for c in line[:1] + line[-1:] + line[-3:]):
        return None  # cheap: a year heading begins or ends with a digit (or the mark after one)
    lowered = line.lower()
    for mark in _YEAR_HEADING_MARKS:
        if lowered.endswith(mark):
            lowered = lowered[: -len(mark)].rstrip()
            break
    for mark in _YEAR_HEADING_MARKS:
        if lowered.startswith(mark):
            lowered = lowered[len(mark):].lstrip()
            break
    if len(lowered) != 4 or not all(c in _YEAR_DIGITS for c in lowered):
        return None
    year = int(lowered) if lowered.isdigit() else int("".join(str(_ZH_DIGITS[c]) if c in _ZH_DIGITS else c for c in lowered))
    return year if 1800 <= year <= 2100 else None
