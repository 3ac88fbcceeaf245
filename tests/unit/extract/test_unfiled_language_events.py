"""A page in a language no file of ``pipeline/reference/lang`` describes, written as real pages in such languages write
their days: its calendar words are borrowed from dateparser's locale data (``pipeline.normalize.borrowed``), and a
sentence that writes a day in them is an event of that day (``dated_sentence``), as a sentence naming the day before the
writing is an event of that day (``relative_date``), whatever the language's verbs are.

The first version of this test wrote its days in ASCII figures, the day first, the year after, the page's date at its
head; it passed while not one more event was found on the real pages of batch 107 (a Bengali camp return, a Nepali
hospital return, a Tamil show-cause notice). Those pages write what it lacked, and so does each page here:
- the day and year in the script's own figures (Bengali "১৫ই জুন", Devanagari "नोभेम्बर ९"), with an ordinal's ending
  glued to the day's figure ("১৯শে জুন");
- the month first and no year ("ஜூன் 3 அன்று", "नोभेम्बर २१ गते"), the year of the page's date; the year first
  ("1968 ஜூலை 9");
- the page's date at its foot after a label of the language's own word ("তারিখ: ১৯.৬.১৯৭১"), in the script's figures.

Each page is built from the locale's OWN data (its month's full name, its word of yesterday, its words of day, week,
month and year standing for the sentence's words), in languages lingua tells by their script alone and no page of the
pool uses but Bengali and Tamil: Bengali, Gujarati, Punjabi, Tamil, Telugu. A second test reads pages in languages lingua
has no model of (Uzbek, Pashto, Amharic, Nepali, Malagasy), built from the sentences their supplements tell them by.
"""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from pipeline.normalize.borrowed import locale_data
from pipeline.normalize.lexicon import lexicon
from pipeline.seed import process_seed

LANGUAGES = ("bn", "gu", "pa", "ta", "te")
WRITTEN, TOLD, MONTH_FIRST, YEAR_FIRST = date(1975, 3, 20), date(1975, 3, 14), date(1975, 3, 12), date(1975, 3, 10)
_DIGIT_NAMES = ("ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE")


def _plain(word: str) -> bool:
    """A word of letters and their marks (a vowel sign, a virama), no figure, space nor full stop."""
    return len(word) >= 3 and not any(c.isdigit() or c.isspace() or c in ".," for c in word)


def _words(info: dict) -> list[str]:
    """Words of the locale's own script to stand for a sentence's: its words of day, week, month, year and its week days'
    names, longest first."""
    found = [w for key in ("day", "week", "month", "year", "monday", "tuesday", "friday") for w in info.get(key) or []
             if _plain(w)]
    return sorted(dict.fromkeys(found), key=len, reverse=True)


def _nouns(info: dict) -> list[str]:
    """The locale's words of day, week, month and year (no week day's name), three at least (the first repeated)."""
    found = sorted(dict.fromkeys(w for key in ("day", "week", "month", "year") for w in info.get(key) or [] if _plain(w)),
                   key=len, reverse=True)
    return (found * 3)[:max(3, len(found))]


def _own_figures(word: str) -> dict[int, int]:
    """The translation of ASCII figures into the figures of the script ``word`` is written in (Unicode's "BENGALI DIGIT
    ONE" for a Bengali word)."""
    script = next(unicodedata.name(c).split(" LETTER ")[0] for c in word if " LETTER " in unicodedata.name(c, ""))
    return str.maketrans("0123456789", "".join(unicodedata.lookup(f"{script} DIGIT {n}") for n in _DIGIT_NAMES))


def _page(language: str) -> tuple[str, dict[str, date]]:
    """The page and the day of each of its dated sentences."""
    info = locale_data(language)
    march = max((m for m in info["march"] if _plain(m)), key=len)
    yesterday = max(info["relative-type"]["1 day ago"], key=len)
    w = _words(info)
    own = _own_figures(march)
    ending = w[3][0]  # an ordinal's ending glued to the day's figure, a letter of the script ("১৯শে")
    dated = f"{w[0]} {w[1]} {str(TOLD.day).translate(own)}{ending} {march} {str(TOLD.year).translate(own)} {w[2]} {w[3]} {w[4]}."
    told = f"{yesterday} {w[1]} {w[3]} {w[2]} {w[0]}."
    n = _nouns(info)  # no week day's name, which would date the sentence by itself
    month_first = f"{n[0]} {n[1]} {march} {str(MONTH_FIRST.day).translate(own)} {n[2]} {n[1]} {n[0]} {n[2]}."
    year_first = f"{str(YEAR_FIRST.year).translate(own)} {march} {str(YEAR_FIRST.day).translate(own)} {n[2]} {n[1]} {n[0]} {n[2]} {n[1]}."
    foot = f"{w[4]}: {WRITTEN.day}.{WRITTEN.month}.{WRITTEN.year}".translate(own)
    page = (f"source: https://example.org/archive/{language}/1975/12\n"
            f"{w[0]} › {str(WRITTEN.year).translate(own)}\n\n{w[2]} {w[1]}\n\n"
            f"{dated} {told}\n\n{month_first}\n\n{year_first}\n\n{w[3]} {w[0]} {w[1]} {w[2]}.\n\n{foot}\n")
    return page, {dated: TOLD, told: date(1975, 3, 19), month_first: MONTH_FIRST, year_first: YEAR_FIRST}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_dated_act_of_an_unfiled_language_is_an_event_of_its_day(language):
    page, expected = _page(language)
    result = process_seed(f"{language}-{WRITTEN.isoformat()}.txt", page.encode())
    events = result.events.to_pylist()
    documents = result.documents.to_pylist()
    assert documents[0]["document_date"] == WRITTEN, (language, documents[0]["document_date"])
    days = {e["evidence_text"].strip(): e["start_date"] for e in events}
    for sentence, day in expected.items():
        assert days.get(sentence) == day, (language, sentence, days)


# Languages lingua has no model of, each told from the languages it reads them as by its supplement's letters or words
# (``told_from``): a page of the sentences the supplement gives as that language's is in it.
UNMODELLED = ("uz", "ps", "am", "ne", "mg")


@pytest.mark.parametrize("language", UNMODELLED)
def test_a_page_in_a_language_lingua_has_no_model_of_is_in_that_language(language):
    own = [text for text, told in (lexicon(language).get("examples_told_from") or {}).items() if told == language]
    assert own, language
    page = "source: https://example.org/archive/page\n\n" + "\n\n".join(own) + "\n"
    result = process_seed(f"{language}-page.txt", page.encode())
    assert result.documents.to_pylist()[0]["languages"][:1] == [language], (language, result.documents.to_pylist()[0]["languages"])
