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

Where the locale data lacks a word or files it wrongly, a supplement (``pipeline/reference/lang/supplements/<code>.yaml``)
writes only that word, in a language file's keys, with its examples: ``supplemented`` lays it over the borrowed words
(Swahili "juzi", the day before yesterday; Hebrew "הבוקר", this morning; Catalan "l'endemà", the next day, which the
locale files as "in 2 days": its ``not_borrowed`` words are taken out of the borrowed ones). The locale's own words stay
borrowed: a language with a supplement still has no file.
"""

from __future__ import annotations

import importlib
import importlib.resources
import re
import unicodedata
from functools import cache

# The dataset's codes that dateparser names otherwise (pipeline/normalize/language.py): Norwegian is "no"; Serbo-Croatian
# is "sh" whichever variant a page writes, whose months are Croatian's ("srpnja"), Serbian's and Bosnian's ("jul", "juli";
# the locale data has no genitive "jula" a Yugoslav telegram writes). Tagalog is "tl", whose locale (tl.py) has the
# months and week days and no word of a day named from the writing, which Filipino's, its standard form's (fil.py:
# "kahapon", "bukas", "nakaraang linggo"), has.
# Uzbek is "uz" in either script: its locale (uz.py) writes the Latin one of today, the Soviet years' papers the Cyrillic
# (uz-Cyrl.py: "апрел", "кеча").
_LOCALE_CODES = {"no": ("nb",), "sh": ("hr", "sr-Latn", "bs-Latn"), "tl": ("tl", "fil"), "uz": ("uz", "uz-Cyrl")}
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
# A language that declines its months writes them with a case ending the locale data does not list (Estonian "18.
# oktoobril", Latvian "22. decembrī", Slovenian "6. decembra"): a month's stem is its full name less its last letters (two
# of a name of seven letters or more, one of a shorter one: "oktoob", "decembr", "decemb"), four letters at least, read
# after a day's figure only, with an ending of a few letters. A week day's stem is not read: named bare in a sentence,
# it would read a common word ("sred" of Slovenian "sreda" reads "sredi", amid; Ukrainian "серед", among).
MIN_STEM_LETTERS = 4
# An agglutinating language glues a postposition after the case ending (Georgian "6 აპრილ|ისთვის", by 6 April; Kazakh
# "1988 жылдың қыркүй|егінен", from September 1988): six letters at most after the stem.
MONTH_ENDING_LETTERS = 6  # "jaanu|ariks", "decemb|rim", "აპრილ|ისთვის"
YEAR_ENDING_LETTERS = 3  # a case glued to a year's figures ("1968ko", "1968an", "1968tik")
# A long name whose last syllable loses its vowel when declined (Georgian "ოქტომბერი": "ოქტომბრის", "ნოემბერი":
# "ნოემბრის", "იანვარი": "იანვრის"; Basque "abuztua": "abuztuaren" keeps it): its stem three letters shorter too.
SYNCOPE_NAME_LETTERS = 7


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


def _short_full_name(form: str, listed: list[str]) -> bool:
    """A month's name of two letters that is its full name, the longest form its locale lists, in a script without case
    (Hindi "मई", Bengali "মে", Tamil "மே", May): no abbreviation, and not a common word of a cased script ("ag", "èr"
    cut short)."""
    return len(form) == MIN_LETTERS - 1 and form[:1].isalpha() and form.lower() == form.upper() \
        and not any(c.isdigit() for c in form) and all(len(o) <= len(form) for o in listed)


def _usable(word: str, least: int = MIN_LETTERS) -> bool:
    """Long enough, written without a figure, and no cut word of one letter after the first ("мин г", "т м", "viime v":
    the locale's abbreviations; "i går" keeps its preposition)."""
    return len(word) >= least and not any(c.isdigit() for c in word) and any(c.isalpha() for c in word) \
        and all(len(part) > 1 for part in word.split()[1:])


@cache
def borrowed_lexicon(language: str | None, date_order: str | None = None) -> dict:
    """The calendar words of ``language`` in a language file's keys, from dateparser's locale data; empty where it has
    none (or only forms written with figures). ``date_order`` ("YMD", "DMY", "MDY") stands for the locale's own where
    the language's supplement gives the order its pages write and the locale data files another (Armenian "1988 թ.
    դեկտեմբերի 16", the year, its word, the month in the genitive and the day, where hy.py says DMY)."""
    info = locale_data(language)
    if not info:
        return {}
    if date_order:
        info = {**info, "date_order": date_order}
    months: dict[str, int] = {}
    for number, key in enumerate(_MONTH_KEYS, start=1):
        listed = [f.strip().rstrip(".") for f in info.get(key) or []]
        for form in listed:
            if not (_usable(form) or _short_full_name(form, listed)) or _ideographic(form):
                continue  # Japanese "十一月" is read by the Chinese forms of date
            for written in dict.fromkeys((form.lower(), form[:1].upper() + form[1:].lower(), form.upper())):
                months.setdefault(written, number)
                if len(form) <= 4:  # an abbreviation, with the full stop that cuts it ("3 jan. 1975")
                    months.setdefault(written + ".", number)
    weekdays: dict[str, int] = {}
    for number, key in enumerate(_WEEKDAY_KEYS):
        forms = [f for f in _plain_marks(f.strip() for f in info.get(key) or []) if _usable(f)]
        for form in forms:
            if len(form) >= MIN_WEEKDAY_LETTERS or form == max(forms, key=len):
                weekdays.setdefault(form.lower(), number)
    relative = {key: _plain_marks(phrases) for key, phrases in (info.get("relative-type") or {}).items()}
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
        if info.get("date_order") == "DMY":  # the day's figure closed by its full stop, as many of them write it ("3. maj")
            lexicon["day_marks"] = ["."]
        # the words the locale skips between a date's parts, as the day, the month and the year may be joined by them
        # ("13 de septiembre de 1973", "5 de maio de 1975")
        joiners = [w for w in info.get("skip") or [] if w.isalpha() and 2 <= len(w) <= 3 and w.islower()]
        if joiners:
            lexicon["day_month_joiners"] = lexicon["month_year_joiners"] = joiners
        if info.get("date_order") == "MDY":  # the month's name before its day, the year after a comma ("Enero 14, 1975")
            lexicon["month_first"] = True
        if year_first:  # the month's name after the year and its full stop, in lower case (or in a script without case,
            # Persian "1975 ژانویهٔ 14") as that order writes it, and its
            # full name capitalised where it opens a sentence before its day ("Liepos 12 d. atlaidai baigėsi")
            lexicon["year_first_months"] = {m: n for m, n in months.items() if not m.endswith(".")
                                            and (m == m.lower() or (m[:1].isupper() and m[1:].islower() and len(m) >= 5))}
    if days:
        lexicon["relative_days"] = days
        # a day named from the writing that is the locale's word of day with a case letter glued (Georgian "დღეს",
        # today, and the dative of "დღე", day): a day named by the word before it where one stands there ("იმავე
        # დღეს", the same day; "მეორე დღეს", the next day), not the day of writing (tense._common)
        nouns = [w.lower() for w in info.get("day") or [] if len(w) >= MIN_LETTERS and w.isalpha()]
        if declined := sorted(d for d in days if any(d.startswith(n) and len(d) == len(n) + 1 for n in nouns)):
            lexicon["relative_days_declined_nouns"] = declined
    if weekdays:
        # named bare, as the news of a language without opening words writes the week's past days ("i mandags", "в
        # понеделник" read by their day alone): the last such day on or before the day of writing in a past sentence
        lexicon["weekdays"] = weekdays
        lexicon["weekdays_alone"] = True
        if stems := weekday_stems(info):
            lexicon["weekday_stems"] = stems  # "ostiralean", "дүйсенбіде", "у суботу": a declined day of the week
    if periods:
        lexicon["relative_periods"] = periods
    ahead_after, ahead_before = _period_words(info, relative, _PLANNED_PERIODS)
    back_after, back_before = _period_words(info, relative, _PAST_PERIODS)
    if weekdays and (ahead_after or ahead_before):
        # a day of the week sent forward by the word that sends the locale's week forward ("Jumamosi ijayo", "dimarts
        # vinent", "volgende Maandag"): no past day of the week, and a plan's day, as "wiki ijayo" is
        lexicon["weekday_forward_closers"], lexicon["weekday_forward_openers"] = ahead_after, ahead_before
        planned = sorted({*planned, *(f"{d} {w}" for d in weekdays for w in ahead_after),
                          *(f"{w} {d}" for d in weekdays for w in ahead_before)})
    if weekdays and (back_after or back_before):  # "divendres passat", "verlede Donderdag": the last such day
        lexicon["past_weekday_closers"], lexicon["past_weekday_openers"] = back_after, back_before
    if planned:
        lexicon["planned"] = planned
    if months and (years := sorted({w.lower() for w in info.get("year") or [] if w.isalpha()})):
        lexicon["year_words"] = years  # "1983. gada 22. decembrī", "1979 m. rugpjūčio 15 d.": a year before its day (date grammar)
    if next_day := _next_day_words(info):
        lexicon["next_day"] = next_day  # "Nākamajā dienā", "Kitą dieną": the day after the last date the text wrote
    if months and (marks := sorted({w.lower() for w in info.get("day") or [] if w.isalpha() and len(w) <= 2})):
        lexicon["day_marks_after"] = marks  # "liepos 2 iki 12 d. Jau ...": the word of day cut short after the day's figure
    if clock := _clock_words(info):
        lexicon["clock_sure_openers"] = clock  # "kl. 2150", "jam 11.00": a number after them is an hour (common.told_clock)
    if months and (stems := month_stems(info)):
        lexicon["month_stems"] = stems  # "18. oktoobril", "22. decembrī": a declined month after its day (date grammar)
    letters = {c for word in [*months, *weekdays, *days, *periods] for c in word.lower() if c.isalpha()}
    lexicon["alphabet"] = "".join(sorted(letters))
    if months:  # an ordinal's ending glued to the day's figure, in the language's own lower-case letters ("τη 26η Μαΐου
        # 1973", "της 1ης Μαΐου"): the data lists none, so the date grammar takes any short one before a month's name
        lexicon["day_ending_letters"] = "".join(c for c in lexicon["alphabet"] if c.islower())
    return lexicon


# The typographic marks the locale data writes in a word where a typed page writes the plain apostrophe: Catalan
# "abans-d’ahir", Hebrew "יום ב׳" (geresh), typed "abans-d'ahir", "יום ב'".
_TYPOGRAPHIC_MARKS = str.maketrans({"\u2019": "'", "\u05f3": "'", "\u02bc": "'"})


def _plain_marks(forms) -> list[str]:
    """Each form, and after it the same written with the plain apostrophe where it has a typographic mark."""
    found: list[str] = []
    for form in forms:
        found += dict.fromkeys((form, form.translate(_TYPOGRAPHIC_MARKS)))
    return found


def _ideographic(form: str) -> bool:
    """A form written in ideographs (a Han character or kana): a script of no letters, without case."""
    return any(not c.isascii() and unicodedata.name(c, "").startswith(("CJK", "HIRAGANA", "KATAKANA")) for c in form)


def month_stems(info: dict) -> dict[str, int]:
    """The stems of the months' full names (``_month_stem``), in lower case: a name the locale data also writes
    longer is its abbreviation ("tammi", "tammikuu"), and a stem another month's stem shares or opens is dropped."""
    found: dict[str, set[int]] = {}
    for number, key in enumerate(_MONTH_KEYS, start=1):
        forms = {f.strip().lower() for f in info.get(key) or []}
        for form in forms:
            if len(form) < 5 or not form.isalpha() or form == form.upper() or any(o != form and o.startswith(form) for o in forms):
                continue
            for cut in dict.fromkeys((_month_stem(form), *((form[:-3],) if len(form) >= SYNCOPE_NAME_LETTERS else ()))):
                if len(cut) >= MIN_STEM_LETTERS:
                    found.setdefault(cut, set()).add(number)
    sure = {s: next(iter(n)) for s, n in found.items() if len(n) == 1}
    return {s: n for s, n in sure.items() if not any(o != s and o.startswith(s) and sure[o] != n for o in sure)}


MIN_WEEKDAY_STEM_LETTERS = 5
WEEKDAY_ENDING_LETTERS = 4  # "ostiral|ean" (on Friday), "дүйсенб|іде" (on Monday), "субот|у"


def weekday_stems(info: dict) -> dict[str, int]:
    """The stems of the week days' full names of a language whose locale data writes each day in one form only, the
    nominative, where its pages decline it (Basque "ostirala": "ostiralean", on Friday; Kazakh "дүйсенбі": "дүйсенбіде";
    Belarusian "субота": "у суботу"; Georgian "შაბათი": "შაბათს"): the name of six letters or more less its last
    letter, where the case ending replaces the nominative's, none a stem another day's name shares. A day named as the locale's week is (Georgian "კვირა",
    Sunday and week) has none, nor a language whose locale data lists declined forms itself (Ukrainian "суботу",
    Finnish "maanantaina"): its forms are read whole."""
    week = {w.strip().lower() for w in info.get("week") or []}
    found: dict[str, set[int]] = {}
    for number, key in enumerate(_WEEKDAY_KEYS):
        full = {f.strip().lower() for f in info.get(key) or [] if len(f.strip()) >= MIN_WEEKDAY_LETTERS}
        full = {f for f in full if not any(o != f and o.startswith(f) for o in full)}  # "pirmd" cuts "pirmdiena"
        if len(full) > 1:
            return {}
        for form in full:
            if form in week or not form.isalpha() or len(form) < MIN_WEEKDAY_STEM_LETTERS + 1:
                continue
            if len(cut := form[:-1]) >= MIN_WEEKDAY_STEM_LETTERS:
                found.setdefault(cut, set()).add(number)
    sure = {s: next(iter(n)) for s, n in found.items() if len(n) == 1}
    return {s: n for s, n in sure.items() if not any(o != s and (o.startswith(s) or s.startswith(o)) for o in sure)}


class Stemmed(dict):
    """Words read whole, and a declined form of one by its stem (``stems``) with ``ending`` letters at most after it."""

    def __init__(self, words: dict, stems: dict[str, int], ending: int):
        super().__init__(words)
        self.stems, self.ending = stems, ending

    def __missing__(self, word: str):
        if (number := by_stem(self.stems, word, self.ending)) is None:
            raise KeyError(word)
        return number


def _month_stem(name: str) -> str:
    """A declined word less the letters its case endings replace (a month's full name: "oktoober": "oktoob",
    "decembris": "decembr"; a word of day: "diena": "dien")."""
    return name[:-2] if len(name) >= 7 else name[:-1]


def by_stem(stems: dict[str, int], word: str, ending: int = MONTH_ENDING_LETTERS) -> int | None:
    """The month (or day) whose stem ``word`` opens with, ``ending`` letters after it at most."""
    word = word.lower()
    for s in sorted(stems, key=len, reverse=True):
        if word.startswith(s) and len(word) - len(s) <= ending:
            return stems[s]
    return None


_UNIT_KEYS = ("week", "month", "year")
_PAST_PERIODS = ("1 week ago", "1 month ago", "1 year ago")
MAX_PERIOD_PREFIX = 2  # the letters a language glues before the period's word ("השבוע", "l'any")


def _period_words(info: dict, relative: dict, keys: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The words that send the locale's week, month or year forward or back from the day of writing ("in 1 week", "1
    week ago"), read from its phrases of them: those after the period's word ("wiki ijayo", "la setmana vinent",
    "mwezi uliopita", "השבוע הבא") and the word before it where nothing follows it ("volgende week", "verlede maand",
    "la propera setmana"), three letters or more."""
    units = [w.lower() for key in _UNIT_KEYS for w in info.get(key) or [] if len(w) >= 3 and w.isalpha()]
    after: set[str] = set()
    before: set[str] = set()
    for key in keys:
        for phrase in relative.get(key) or []:
            words = phrase.lower().split()
            at = next((i for i, w in enumerate(words)
                       if any(w.endswith(u) and len(w) - len(u) <= MAX_PERIOD_PREFIX for u in units)), None)
            if at is None:
                continue
            if at + 1 < len(words):
                after.add(" ".join(words[at + 1:]))
            elif at > 0:
                before.add(words[at - 1])
    return sorted(w for w in after if _usable(w)), sorted(w for w in before if _usable(w))


def _clock_words(info: dict) -> list[str]:
    """The words after which a number is always an hour, from the locale data: the word of the clock the locale skips
    before a time, written whole and cut short with its full stop (Norwegian and Danish "kl" and "kl.", klokken: "kl.
    2150", "Kl. 0740  Overbetjent ..."), and the locale's word of the hour, three letters or more and written without a
    full stop (Malay and Indonesian "jam": "jam 11.00 pagi"); none of them a word of the calendar the lexicon reads."""
    skipped = {w.strip() for w in info.get("skip") or [] if isinstance(w, str)}
    cut = sorted(w for w in skipped if w.endswith(".") and len(w) >= 3 and w[:-1].isalpha() and w[:-1] in skipped)
    hours = sorted({w.strip().lower() for w in info.get("hour") or [] if isinstance(w, str) and w.strip().isalpha()
                    and MIN_LETTERS <= len(w.strip()) <= _HOUR_WORD_LETTERS})
    return [*(w for c in cut for w in (c[:-1], c)), *(h for h in hours if h not in skipped)]


_HOUR_WORD_LETTERS = 3  # "jam", "orë": a longer word of the hour ("time", "timer", "hodina", "klukkustund") counts hours


def _next_day_words(info: dict) -> dict[str, list[str]]:
    """The words of "the next day" in a language's own forms, which the locale data does not write: the word that
    opens its "next week", "next month" or "next year" before the period's word ("nākamajā nedēļā", "kitą savaitę",
    "järgmine nädal": ``openers``, none cut short that another of them writes whole), and its words of day, three
    letters or more ("diena", "päev", "dan": ``days``). Empty where the period's word comes first ("minggu depan")."""
    units = [w.lower() for key in _UNIT_KEYS for w in info.get(key) or [] if len(w) >= 3]
    relative = info.get("relative-type") or {}
    openers: set[str] = set()
    for key in _PLANNED_PERIODS:  # "in 1 week": its "next week"
        for phrase in relative.get(key) or []:
            words = phrase.lower().split()
            if len(words) == 2 and len(words[0]) >= 3 and any(words[1].startswith(u[:-1]) for u in units):
                openers.add(words[0])
    openers = {o for o in openers if not any(p != o and p.startswith(o) for p in openers)}
    days = sorted({w.lower() for w in info.get("day") or [] if len(w) >= 3 and w.isalpha()})
    return {"openers": sorted(openers), "days": days} if openers and days else {}


def declined(word: str) -> str:
    """A pattern of ``word`` with a case ending a few letters long in place of its last letters ("diena": "dienā",
    "dieną"; "järgmine": "järgmisel"), the word whole where it is three letters or fewer ("dan")."""
    if len(word) <= 3:
        return re.escape(word)
    return re.escape(_month_stem(word)) + r"[^\W\d_]{0,3}"


def supplemented(borrowed: dict, supplement: dict) -> dict:
    """The borrowed words with a supplement's laid over them (a new dictionary: the borrowed one is cached): its words
    listed under ``not_borrowed`` taken out of every list and dictionary of words, a dictionary's words joined to the
    borrowed ones (the supplement's meaning first), a list's words added, any other key the supplement's; the alphabet
    with the supplement's letters too."""
    dropped = {w.lower() for w in supplement.get("not_borrowed") or []}
    merged: dict = {}
    for key, value in borrowed.items():
        if isinstance(value, dict):
            value = {w: v for w, v in value.items() if not (isinstance(w, str) and w.lower() in dropped)}
        elif isinstance(value, list):
            value = [w for w in value if not (isinstance(w, str) and w.lower() in dropped)]
        merged[key] = value
    for key, value in supplement.items():
        if key in ("not_borrowed", "month_number_words", "month_number_words_short"):
            continue
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        elif isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = [*merged[key], *(w for w in value if w not in merged[key])]
        else:
            merged[key] = value
    numbered = supplement.get("month_number_words") or []
    short = supplement.get("month_number_words_short") or []
    if numbered or short:
        # a language that names its months by their number and its word of month ("1966 оны 7 дугаар сарын 16", the 7th
        # month's 16th): each month's figure with each such word, read after the year as a year-first month's name is
        # (and before its day alone: "7 дугаар сарын 11"); the word of month without the ordinal's ("7 сарын", "3 сар")
        # before a day alone only with the day's case ending glued on ("7 сарын 11-ний"), as "3 сар 15 хоног" is a length
        # of time (``short_year_first_months``)
        merged["year_first_months"] = {**(merged.get("year_first_months") or {}),
                                       **{f"{n} {w}": n for n in range(1, 13) for w in [*numbered, *short]}}
        merged["short_year_first_months"] = {f"{n} {w}": n for n in range(1, 13) for w in short}
    words = [w for key in ("relative_days", "relative_periods", "next_days") for w in supplement.get(key) or {}]
    letters = set(merged.get("alphabet") or "") | {c for w in words for c in w.lower() if c.isalpha()}
    merged["alphabet"] = "".join(sorted(letters))
    return merged


# The calendar words that tell a page's language (``calendar_index``): a month's or a week day's full name and a day named
# from the day of writing, of four letters or more (the abbreviations, "sep", "dën", "tal", are other languages' words).
MIN_TELLING_LETTERS = 4
_TELLING_RELATIVE = ("0 day ago", "1 day ago", "2 day ago", "in 1 day")
# A locale's code as the dataset gives its language (language.py ``_DATASET_CODES``, ``_LOCALE_CODES`` above): Bokmål
# and Nynorsk "no", Croatian, Bosnian and Serbian "sh", Filipino "tl"; a locale of a script or region ("uz-Cyrl", "sr-Latn")
# is its language's. A language the dataset has no ISO 639-1 code of (Swiss German "gsw", Colognian "ksh") tells none.
_INDEX_CODES = {"nb": "no", "nn": "no", "hr": "sh", "bs": "sh", "sr": "sh", "fil": "tl"}


def _telling_forms(info: dict) -> set[str]:
    """A locale's calendar words that can tell its language, in small letters, each a word of its own."""
    forms = [f for key in (*_MONTH_KEYS, *_WEEKDAY_KEYS) for f in info.get(key) or []]
    relative = info.get("relative-type") or {}
    forms += [f for key in _TELLING_RELATIVE for f in relative.get(key) or []]
    return {f.strip().lower() for f in forms
            if len(f.strip()) >= MIN_TELLING_LETTERS and f.strip()[:1].isalpha()
            and all(c.isalpha() or unicodedata.category(c).startswith("M") for c in f.strip())}  # Yiddish "אַפּריל" with its marks


@cache
def calendar_index() -> dict[str, frozenset[str]]:
    """Every calendar word of dateparser's locale data (``_telling_forms``), to the languages that write it, in the
    dataset's codes: read once per process, on the first page whose language a page's own dates may tell (language.py
    ``_to_calendar_language``). Building it imports every locale module of dateparser (some 2,500 forms, about 0.3 s):
    a one-off cost per worker, kept rather than a copy of dateparser's data under pipeline/reference that would have to
    follow its releases."""
    folder = importlib.resources.files("dateparser.data.date_translation_data")
    index: dict[str, set[str]] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        name = entry.name
        if not name.endswith(".py") or name.startswith("_"):
            continue
        locale = name.removesuffix(".py")
        language = locale.split("-")[0]
        language = _INDEX_CODES.get(language, language)
        if len(language) != 2:
            continue
        info = getattr(importlib.import_module(f"dateparser.data.date_translation_data.{locale}"), "info", {}) or {}
        for form in _telling_forms(info):
            index.setdefault(form, set()).add(language)
    return {form: frozenset(languages) for form, languages in index.items()}
