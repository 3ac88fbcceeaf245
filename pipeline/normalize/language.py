"""Language of a passage: the script decides where it can, lingua otherwise.

Cyrillic, Han, Hangul and kana text is told apart by its script; Latin-script
text goes to lingua, restricted to the seven languages the corpus first held
(English, German, French, Spanish, Italian, Polish, Czech) so that a short
English line is not read as Tagalog; where those read another language than
English, or English unsurely, the Latin-script languages Cold War archives
publish originals in decide (Portuguese, Serbo-Croatian, Vietnamese, Romanian,
Hungarian, Dutch, the Scandinavian languages, Finnish, Turkish, Indonesian ...:
``_ARCHIVAL``). Serbo-Croatian is "sh" in either script and variant (lingua's
Croatian, Bosnian and Serbian), as the golds give a Yugoslav telegram; Norwegian
is "no". Where those sets read a passage as one of theirs, lingua among every language of its script may overrule
them, sure of one they do not hold (Afrikaans they call Dutch, Swahili they call Indonesian: ``_beyond``); on a page
mostly in another language than English, a passage read as a third language or as English is read again between that
language and the page's (``_to_main_language``); a script the table does not count (Hebrew, Arabic, Georgian, Thai,
Devanagari ...) is read by lingua among every language it knows (``_uncounted``). Text with too few letters to judge (a signature, "[...]", a number)
gets no language.

Speed (``make bench``): an ASCII passage (most of the corpus) is read from
its words alone; other scripts are counted over the first ``SAMPLE_CHARS``
characters, the rarer ones only when present; Latin text dense in
English function words ("the", "of", "and", ...) is English, and so is text in plain
Latin letters (no accented one) with one word in eight such a word, and Cyrillic
text with ы or э and no Ukrainian, Belarusian or Serbian letter is Russian,
without asking lingua; lingua sees only the first ``SAMPLE_CHARS`` characters, which decide
the language of a paragraph as well as the whole of it does, and its answers are kept (a
Latin passage's by its text, a Cyrillic one's by that sample) for lines that recur across
seeds; ``clear_cache`` forgets them.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import OrderedDict
from functools import cache, lru_cache
from operator import itemgetter
from threading import Lock

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

from pipeline.normalize.borrowed import calendar_index
from pipeline.normalize.lexicon import LETTER_OR_MARK, SUPPLEMENTED, letters, lexicon

_LATIN = (Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.POLISH, Language.CZECH)
# The Latin-script languages archives of the Cold War publish originals in, beyond the corpus's first seven: the
# wider detector, asked only where the narrow one reads a passage as another language than English or is unsure
# of its English (no African or Pacific language a short English line could be read as).
_ARCHIVAL = (*_LATIN, Language.PORTUGUESE, Language.ROMANIAN, Language.HUNGARIAN, Language.DUTCH, Language.SWEDISH,
             Language.DANISH, Language.BOKMAL, Language.FINNISH, Language.TURKISH, Language.INDONESIAN, Language.MALAY,
             Language.CROATIAN, Language.BOSNIAN, Language.SLOVENE, Language.SLOVAK, Language.ALBANIAN,
             Language.VIETNAMESE, Language.CATALAN, Language.ESTONIAN, Language.LATVIAN, Language.LITHUANIAN)
# The archival languages are read by trigrams alone (lingua's low accuracy mode): their full models held 450 MB more in
# each build process and took 3.5 s more to load, and gave no page of the corpus or of batches 1-85 another language.
_CYRILLIC = (Language.RUSSIAN, Language.UKRAINIAN, Language.BULGARIAN, Language.SERBIAN)
# Every language lingua knows in either script, asked last: where the project's sets read a passage as one of their
# languages, a language they do not hold (Afrikaans the archival set calls Dutch, Swahili it calls Indonesian or
# Albanian) stands when lingua is sure of it among them all (``OTHER_SURE``); read from trigrams as the archival set is.
_ANY_LATIN = tuple(Language.all_with_latin_script())
_ANY_CYRILLIC = tuple(Language.all_with_cyrillic_script())
# A script the table below does not count (Hebrew, Arabic, Georgian, Armenian, Thai, Devanagari ...): lingua among every
# language it knows, which tells a script one language writes by its letters alone and reads the others' n-grams.
_ANY = tuple(Language.all())
_TRIGRAMS_ONLY = (_ARCHIVAL, _ANY_LATIN, _ANY_CYRILLIC, _ANY)
OTHER_SURE = 0.95
# The codes the dataset gives a language lingua names otherwise: Serbo-Croatian is one language in the corpus's
# documents whichever script and variant a page writes (the Yugoslav archive's telegrams: "sh", as the golds give it),
# where lingua tells Croatian and Bosnian in Latin letters and Serbian in Cyrillic apart; Norwegian Bokmål is "no".
_DATASET_CODES = {"hr": "sh", "bs": "sh", "sr": "sh", "nb": "no", "nn": "no"}
ENGLISH_SURE = 0.5  # lingua's confidence in English among the narrow seven for it to stand without the wider set
MIN_LETTERS = 3
FEW_WORDS = 8  # a line of fewer words is a heading or a signature to lingua
SAMPLE_CHARS = 400
SHORT_SAMPLE_CHARS = 160  # over 120 characters lingua reads trigrams alone
CERTAIN = 0.9999  # lingua's confidence in a short sample's language for it to stand for the long sample's
PLAIN_ENGLISH_SHARE = 8  # one word in this many an English function word, in plain Latin letters: English
NAME_SHARE = 0.6  # of a passage's words capitalised, for it to be a list of names
_WORDS = re.compile(r"[^\W\d_]{2,}")
# A word with its letters' combining marks (the vowel signs and viramas of the Indic scripts, the Arabic script's short
# vowels, which ``\w`` does not take: Nepali "छ", "थियो", "भयो" whole), read where a language is told by its words
# (``_told_by_words``).
_MARKED_WORDS = re.compile(LETTER_OR_MARK + "+")


def _told_words(sample: str) -> list[str]:
    """The sample's words as ``_told_by_words`` counts them, in small letters: of two letters or more (``_WORDS``), or of
    one letter with its marks in a script without case (Nepali "छ", "र")."""
    return [w.lower() for w in _MARKED_WORDS.findall(sample) if len(w) >= 2 or not (w.islower() or w.isupper())]
_ASCII_WORDS = re.compile(r"[A-Za-z]{2,}")  # _WORDS in ASCII text, without asking each character's Unicode category
_SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),  # Vietnamese's letters in Latin Extended Additional too
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    "hangul": re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"),
    "hiragana": re.compile(r"[\u3040-\u309f]"),
    "katakana": re.compile(r"[\u30a0-\u30ff]"),
    "greek": re.compile(r"[\u0370-\u03ff]"),
}
# Every script's runs in one pass, each in a group named after its script: one scan of a sample in rarer scripts
# where a pattern per script scanned it seven times.
_ANY_SCRIPT_RUN = re.compile("|".join(f"(?P<{script}>{pattern.pattern}+)" for script, pattern in _SCRIPTS.items()))
# The Latin and Cyrillic letters of _SCRIPTS counted in a sample's UTF-8 bytes: an ASCII letter is its byte, and every
# other letter of either script is one lead byte (U+00C0-U+023F: C3-C8; U+0400-U+04FF: D0-D3) and one continuation
# byte, but for U+0240-U+024F (C9 80-8F), which shares its lead with letters of no script here.
_NOT_LATIN_BYTES = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A or 0xC3 <= b <= 0xC8))
_NOT_CYRILLIC_BYTES = bytes(b for b in range(256) if not 0xD0 <= b <= 0xD3)
_LATIN_AFTER_C9 = re.compile(b"\xc9[\x80-\x8f]")
# A letter of no script _SCRIPTS counts (nor a Latin or Cyrillic letter of another block, an ordinal's "ª", a modifier
# letter, Japanese "々"): a page in a script the table does not name, whose language lingua tells (``_uncounted``).
_UNCOUNTED = re.compile(r"[^\W\d_A-Za-z\u00aa-\u02ff\u0370-\u052f\u1100-\u11ff\u1d00-\u1eff\u3005-\u3007\u3040-\u30ff"
                        r"\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff21-\uff5a]")
_RARE_SCRIPTS = re.compile(r"[\u0370-\u03ff\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_ENGLISH_WORDS = frozenset(lexicon("en")["function_words"])
_ENGLISH_BYTES = frozenset(word.encode("ascii") for word in _ENGLISH_WORDS)
_WORD = re.compile(r"[a-z]+")
_ASCII_LETTERS = bytes(byte | 0x20 if chr(byte).isascii() and chr(byte).isalpha() else 0x20 for byte in range(256))
_OTHER_SCRIPTS = re.compile(r"[\u0370-\u04ff\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LATIN_LETTERS = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff](?:[^A-Za-z\u00c0-\u024f\u1e00-\u1eff]*[A-Za-z\u00c0-\u024f\u1e00-\u1eff]){2}")
_ACCENTED = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff\u0370-\u04ff\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_RUSSIAN_LETTERS = tuple(lexicon("ru")["distinctive_letters"])
_NOT_RUSSIAN = re.compile(letters(lexicon("ru")["foreign_letters"]))


@cache
def _detector(languages: tuple[Language, ...]):
    builder = LanguageDetectorBuilder.from_languages(*languages)
    if languages in _TRIGRAMS_ONLY:  # (a page's two languages, ``_to_main_language``, read by the full models:
        # the trigrams alone call a short Afrikaans line Dutch)
        builder = builder.with_low_accuracy_mode()
    return builder.build()


def preload_models() -> None:
    """Loads lingua's models now rather than on first use (for timing; lingua otherwise loads lazily)."""
    samples = {_LATIN: "Die Verhandlungen wurden fortgesetzt, les négociations ont repris",
               _ARCHIVAL: "As negociações continuaram, de onderhandelingen werden voortgezet, pregovori su nastavljeni",
               _CYRILLIC: " ".join(lexicon("ru")["examples_foreign_letters"]),
               _ANY_LATIN: "Die onderhandelinge is voortgesit, mazungumzo yaliendelea"}
    for languages, sample in samples.items():
        _detector(languages).detect_language_of(sample)


def _script_counts(text: str) -> dict[str, int]:
    sample = text[:SAMPLE_CHARS]
    if not _OTHER_SCRIPTS.search(sample):
        return {"latin": MIN_LETTERS if _LATIN_LETTERS.search(sample) else 0}
    counts = dict.fromkeys(_SCRIPTS, 0)
    if not _RARE_SCRIPTS.search(sample):  # Latin and Cyrillic only, as most of the corpus is
        encoded = sample.encode("utf-8", "surrogatepass")
        counts["latin"] = len(encoded.translate(None, _NOT_LATIN_BYTES))
        if b"\xc9" in encoded:
            counts["latin"] += len(_LATIN_AFTER_C9.findall(encoded))
        counts["cyrillic"] = len(encoded.translate(None, _NOT_CYRILLIC_BYTES))
        return counts
    for run in _ANY_SCRIPT_RUN.finditer(sample):  # the scripts' letters are disjoint: each run of them is one script's
        counts[run.lastgroup] += run.end() - run.start()
    return counts


@lru_cache(maxsize=65536)
def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it has too few letters."""
    language, guess = _first_reading(text)
    if not guess:
        return language
    return "en" if _plainly_english(text[:SAMPLE_CHARS]) else _latin(text)


def detect_languages(texts: list[str]) -> list[str | None]:
    """Languages of one document's passages, in order.

    A Latin-script passage that lingua would have to guess from a few words
    or from names alone (a heading, a salutation, "Copies: Stalin (2),
    Molotov, …", a list of the people present) takes the language of the
    nearest clearly recognisable Latin-script passage (the following one when
    two are as near: a heading or a salutation belongs to the text after it);
    everything else is read as ``detect_language`` reads it.
    """
    found: list[str | None] = []
    unsure: list[int] = []
    for i, text in enumerate(texts):
        sample = text[:SAMPLE_CHARS]
        if sample.isascii():  # most passages: _ascii_reading and _few_words_or_names, told from one split of the words
            words = sample.encode("ascii").translate(_ASCII_LETTERS).split()
            count = len(words)
            if count >= 6 and sum(map(_ENGLISH_BYTES.__contains__, words)) * 6 >= count:
                found.append("en")
            elif count < MIN_LETTERS and sum(map(len, words)) < MIN_LETTERS:
                found.append(None)
            elif count < FEW_WORDS or _few_words_or_names(text):  # fewer letter runs, fewer words of two letters
                unsure.append(i)
                found.append(None)
            else:
                found.append(detect_language(text))
            continue
        language, guess = _first_reading(text)
        if guess and _few_words_or_names(text):
            unsure.append(i)
        elif guess:
            language = detect_language(text)
        found.append(language)
    _to_main_language(texts, found)
    _to_told_language(texts, found)
    if unsure:
        sure = [i for i, code in enumerate(found) if code in LATIN_CODES]
        for i in unsure:
            nearest = _nearest(sure, i)
            found[i] = found[nearest] if nearest is not None else detect_language(texts[i])
    _to_calendar_language(texts, found)
    _to_no_language(texts, found)
    return found


def _to_no_language(texts: list[str], found: list[str | None]) -> None:
    """A passage read as another language than English that writes that language's script in letters it does not
    write (``_not_its_letters``) has no language; and where such passages hold most of the page's text read as the
    neighbours of their script, the page is in a language no reading tells, and its shorter lines read as those
    neighbours ("Комиссия пешниҳод мекунад:", a Tajik line too short to count) have none either. A rejected passage
    takes instead a language kept on the page whose alphabet of its script holds all its letters (a Ukrainian date line
    read as Russian beside the page's Ukrainian text)."""
    rejects = [i for i, code in enumerate(found) if code and code != "en" and _not_its_letters(texts[i][:SAMPLE_CHARS], code)]
    if not rejects:
        return
    read: dict[str, int] = {}  # the languages read on the page and kept, by their passages' length
    for i, code in enumerate(found):
        if code and code != "en" and i not in rejects:
            read[code] = read.get(code, 0) + len(texts[i])
    rejected: dict[str, int] = {}
    for i in rejects:
        sample = texts[i][:SAMPLE_CHARS]
        script = _script_name(sample) or ""
        found[i] = next((code for code in sorted(read, key=read.__getitem__, reverse=True)
                         if _script_name(_written_alphabet(code) or "") == script and _holds_its_letters(sample, code)), None)
        if found[i] is None:  # no language read on the page writes its letters: a Ukrainian date line read as Russian
            rejected[script] = rejected.get(script, 0) + len(texts[i])  # beside the page's Ukrainian text takes Ukrainian
    if not rejected:
        return
    kept: dict[str, int] = {}
    scripts = [_script_name(text[:SAMPLE_CHARS]) if code and code != "en" else None for text, code in zip(texts, found, strict=True)]
    for text, script in zip(texts, scripts, strict=True):
        if script in rejected:
            kept[script] = kept.get(script, 0) + len(text)
    for i, script in enumerate(scripts):
        if script in rejected and rejected[script] > kept.get(script, 0):
            found[i] = None


FOREIGN_WORDS_LEAST = 2  # words written with letters the language does not write, for a passage not to be in it
FOREIGN_WORDS_SHARE = 10  # and one word in this many at least


def _not_its_letters(sample: str, code: str) -> bool:
    """The passage read as ``code`` writes words of small letters of that language's script that it does not write
    (its ``alphabet`` or supplement's ``full_alphabet``), words that do not open with a capital (a name of another
    language's people or places, "Wałęsa", "Dubček", is no sign), ``FOREIGN_WORDS_LEAST`` or more and one word in
    ``FOREIGN_WORDS_SHARE``: lingua gave to a neighbour a language it has no model of and no page's mark told (Tajik's
    "ҷ", "ӣ", "ӯ" read as Russian or Bulgarian; Turkmen's "җ" as Kazakh; Javanese "è" as Indonesian), which is kept
    with no language rather than given the neighbour's."""
    foreign = _foreign_letters(code)
    if foreign is None or not foreign.search(sample):
        return False
    held = sum(1 for word in foreign.findall(sample) if not word[:1].isupper())
    return held >= FOREIGN_WORDS_LEAST and held * FOREIGN_WORDS_SHARE >= len(_WORD.findall(sample))


def _holds_its_letters(sample: str, code: str) -> bool:
    """``code``'s written alphabet holds every letter of the sample's words of small letters."""
    foreign = _foreign_letters(code)
    return foreign is not None and not any(not word[:1].isupper() for word in foreign.findall(sample))


def _written_alphabet(code: str) -> str | None:
    """The letters ``code``'s language file or supplement writes (``full_alphabet``, or an own ``alphabet``)."""
    lex = lexicon(code)
    return lex.get("full_alphabet") or (lex.get("alphabet") if not lex.get("borrowed") else None)


@cache
def _foreign_letters(code: str) -> re.Pattern | None:
    """The pattern of a word holding a small letter of the script of ``code``'s written alphabet that it does not write
    (the Latin letters U+0061-U+024F and U+1E00-U+1EFF, the Cyrillic U+0430-U+052F), or None where no file writes the
    alphabet."""
    written = _written_alphabet(code)
    if not written:
        return None
    script = _script_name(written)
    blocks = {"LATIN": (*range(0x61, 0x250), *range(0x1E00, 0x1F00)), "CYRILLIC": range(0x430, 0x530)}.get(script or "")
    if blocks is None:
        return None
    others = [chr(c) for c in blocks if unicodedata.category(chr(c)) == "Ll" and chr(c) not in written
              and _script_name(chr(c)) == script]
    return re.compile(r"[^\W\d_]*" + letters(others) + r"[^\W\d_]*") if others else None


CALENDAR_LEAST = 2  # the page's distinct calendar words of a language lingua has no model of, for them to tell it


def _to_calendar_language(texts: list[str], found: list[str | None]) -> None:
    """On a page read in another language than English, the language lingua has no model of whose calendar words the
    page writes (dateparser's locale data: ``borrowed.calendar_index``), ``CALENDAR_LEAST`` distinct words or more and
    more of them than of any language its passages were read as, takes the passages read as another language than
    English in its script: the page's own dates tell what lingua can only give to a neighbour (Luxembourgish
    "Dënschdeg, den 29. September", "gëschter", read as German or Dutch; Kyrgyz "кечээ", "бүгүн" as Russian; Yiddish
    "אַפּריל", "נעכטן" as Hebrew; Hausa "Litinin, 14 ga Disamba", "Jiya" as Indonesian or Swahili). A language lingua
    knows is left to its reading: a word two languages write alike is no sign of either."""
    read = {code for code in found if code and code != "en"}
    if not read:
        return
    index = calendar_index()
    counts: dict[str, int] = {}
    telling: dict[str, str] = {}
    seen: set[str] = set()
    for text in texts:
        for word in _calendar_words(text):
            if word in seen:
                continue
            seen.add(word)
            for language in index[word]:
                counts[language] = counts.get(language, 0) + 1
                telling.setdefault(language, word)
    unknown = {language: n for language, n in counts.items() if language not in _KNOWN_CODES}
    if not unknown:
        return
    best = max(unknown, key=unknown.__getitem__)
    most = unknown[best]
    if most < CALENDAR_LEAST or sum(n == most for n in unknown.values()) > 1 \
            or any(counts.get(code, 0) >= most for code in read if code != best):
        return
    script = _script_name(telling[best])
    for i, code in enumerate(found):
        if code and code != "en" and code != best and _script_name(texts[i][:SAMPLE_CHARS]) == script:
            found[i] = best


@lru_cache(maxsize=4096)
def _calendar_words(text: str) -> tuple[str, ...]:
    """The text's words in small letters that ``borrowed.calendar_index`` holds, each once, in their order: read once
    per passage, not at each of the several readings of a page's languages."""
    index = calendar_index()
    words: dict[str, None] = {}
    for word in _MARKED_WORDS.findall(text):
        word = word.lower()
        if word in index:
            words.setdefault(word)
    return tuple(words)


def _script_name(text: str) -> str | None:
    """The script most of the text's letters are written in, by the first word of their Unicode names ("LATIN",
    "CYRILLIC", "HEBREW")."""
    counts: dict[str, int] = {}
    for c in text:
        if c.isalpha():
            script = unicodedata.name(c, " ").split(" ", 1)[0]
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def _to_main_language(texts: list[str], found: list[str | None]) -> None:
    """On a page most of whose Latin-script text is in another language than English, a passage of 40 characters or
    more read as a third language, or as English, is read again between that language and the page's alone, and
    takes the page's where lingua prefers it: a sentence of an Afrikaans report in plain letters and short words
    ("Die wapens is reeds aan die Distrikskommandant gestuur.") is not English, nor its shorter ones Dutch, as
    the readings among many languages have them; an English translation beside a German original stays English."""
    sizes: dict[str, int] = {}
    for text, code in zip(texts, found, strict=True):
        if code in LATIN_CODES:
            sizes[code] = sizes.get(code, 0) + len(text)
    if len(sizes) < 2:
        return
    main = max(sizes, key=sizes.__getitem__)
    if main == "en" or main not in _BY_CODE:
        return
    for i, code in enumerate(found):
        if code in _BY_CODE and code != main and len(texts[i]) >= 40:
            pair = tuple(sorted((_BY_CODE[code], _BY_CODE[main]), key=lambda language: language.name))
            _full_models_of(pair)
            found[i] = _reading(texts[i], pair)[0] or code
    _release_full_models()


# A page's pair (``_to_main_language``) is read by lingua's full models, which it loads for a sample under 120 letters
# (over that it reads trigrams alone) and keeps for every detector until they are unloaded: tens of MiB a language (the
# pool's pages read in one process peak at 536 MiB with the pairs' readings, 398 MiB without them). The narrow sets'
# languages (``_LATIN``, ``_CYRILLIC``) are loaded in full by every worker and stay; of the others only the
# ``EXTRA_FULL_MODELS`` languages a page's pair read last stay loaded, the one read longest ago unloaded after the
# page, so that a worker reading pages in many languages holds the models of a few of them, not of all. No reading
# changes (a language unloaded is loaded again as it was when a page asks for it), and a run of pages in one language
# loads it once.
EXTRA_FULL_MODELS = 2
_KEPT_IN_FULL = frozenset((*_LATIN, *_CYRILLIC))
_IN_FULL: OrderedDict[Language, None] = OrderedDict()  # the other languages pairs have read, the one read last at the end
_IN_FULL_LOCK = Lock()


def _full_models_of(pair: tuple[Language, ...]) -> None:
    with _IN_FULL_LOCK:
        for language in pair:
            if language not in _KEPT_IN_FULL:
                _IN_FULL.pop(language, None)
                _IN_FULL[language] = None


def _release_full_models() -> None:
    """Unloads the models of the languages past the ``EXTRA_FULL_MODELS`` a pair read last. lingua keeps one set of
    models for all its detectors: the archival and wider sets' trigrams of such a language load again when they read it."""
    if len(_IN_FULL) <= EXTRA_FULL_MODELS:
        return  # most pages: no pair read, or none past the languages kept
    with _IN_FULL_LOCK:
        released = [_IN_FULL.popitem(last=False)[0] for _ in range(len(_IN_FULL) - EXTRA_FULL_MODELS)]
    if released:
        LanguageDetectorBuilder.from_languages(*released).build().unload_language_models()


def _to_told_language(texts: list[str], found: list[str | None]) -> None:
    """On a page most of whose text is in a language lingua has no model of (``_told_by_words``: Galician) rather than
    in one it reads it as (Spanish, Portuguese), a passage read as one of those takes the page's language where it holds
    no more of that one's own words than of the page language's: a heading in capitals ("MOCIÓN DO GRUPO MUNICIPAL DO
    BLOQUE SOBRE O REFERENDO"), a short line of the minutes ("Polo tanto, o Pleno ACORDA:") tell too little to lingua."""
    sizes: dict[str, int] = {}
    for text, code in zip(texts, found, strict=True):
        if code:
            sizes[code] = sizes.get(code, 0) + len(text)
    told = [(language, own, neighbour, words) for neighbour, rules in _TOLD_FROM.items() for language, own, words, _ in rules
            if sizes.get(language, 0) >= sizes.get(neighbour, 0) and sizes.get(language)]
    for language, own, neighbour, words in told:
        for i, code in enumerate(found):
            if code == neighbour:
                written = _told_words(texts[i][:SAMPLE_CHARS])
                if sum(w in words for w in written) <= sum(w in own for w in written):
                    found[i] = language


def _nearest(sure: list[int], i: int) -> int | None:
    """The index in ``sure`` (ascending, without ``i``) nearest to ``i``, the following one when two are as near:
    found by bisection, where comparing every index would cost a document of many short lines their square."""
    at = bisect_left(sure, i)
    after = sure[at] if at < len(sure) else None
    before = sure[at - 1] if at > 0 else None
    if before is None or (after is not None and after - i <= i - before):
        return after
    return before


def _few_words_or_names(text: str) -> bool:
    """Too few words for lingua to be sure (a heading, a signature), or most of them capitalised: a list of
    names and titles, which says little of the language around it."""
    sample = text[:SAMPLE_CHARS]
    words = (_ASCII_WORDS if sample.isascii() else _WORDS).findall(sample)
    return len(words) < FEW_WORDS or sum(map(str.isupper, map(itemgetter(0), words))) >= NAME_SHARE * len(words)


def _first_reading(text: str) -> tuple[str | None, bool]:
    """The language when script or English function words settle it, else (None, True): lingua must guess."""
    sample = text[:SAMPLE_CHARS]
    if sample.isascii():
        return _ascii_reading(sample)
    if _UNCOUNTED.search(sample) and (reading := _uncounted(sample)):
        return reading
    if not _OTHER_SCRIPTS.search(sample):  # Latin letters only, accented ones among them: _script's answer, told at once
        if not _LATIN_LETTERS.search(sample):
            return _NO_LANGUAGE
        return _ENGLISH if _mostly_english(sample) and not _often_accented(sample) else _GUESS
    script, scripts = _script(sample)
    if script == "latin":
        return _ENGLISH if _mostly_english(sample) and not _often_accented(sample) else _GUESS
    return _by_script(text, script, scripts), False


def _ascii_reading(sample: str) -> tuple[str | None, bool]:
    """``_first_reading`` of an ASCII sample, the commonest case, from its words alone: fewer than
    three letters, no language; else English when dense in function words, else lingua's guess.
    (Three words or more hold three letters or more: only fewer words have their letters counted.)"""
    words = sample.encode("ascii").translate(_ASCII_LETTERS).split()
    count = len(words)
    if count < MIN_LETTERS and sum(map(len, words)) < MIN_LETTERS:
        return _NO_LANGUAGE
    return _ENGLISH if count >= 6 and sum(map(_ENGLISH_BYTES.__contains__, words)) * 6 >= count else _GUESS


_NO_LANGUAGE, _ENGLISH, _GUESS = (None, False), ("en", False), (None, True)


def _uncounted(sample: str) -> tuple[str | None, bool] | None:
    """The reading of a sample most of whose letters (``MIN_LETTERS`` or more) are in a script ``_SCRIPTS`` does not
    count ("ירושלים, יום ד', 18 בנובמבר 1970"): lingua's language among all it knows, None where it knows none of
    them; None (read as before) where the sample's letters are mostly of the scripts counted."""
    uncounted = len(_UNCOUNTED.findall(sample))
    if uncounted < MIN_LETTERS or uncounted * 2 <= sum(map(str.isalpha, sample)):
        return None
    return _other_script(sample), False


@lru_cache(maxsize=4096)
def _other_script(sample: str) -> str | None:
    """lingua's language of a sample in a script the table does not count, or the language lingua has no model of that
    a supplement tells from it by its letters or words (``_told_by_words``: Pashto it reads as Persian or Urdu, Nepali as
    Hindi or Marathi, Amharic, whose script it knows no language of)."""
    found = _detector(_ANY).detect_language_of(sample)
    return _told_by_words(sample, _code(found) if found is not None else None)


def _script(text: str) -> tuple[str | None, dict[str, int]]:
    """The script most of the text's letters are written in (None when it has too few letters)."""
    scripts = _script_counts(text)
    if sum(scripts.values()) < MIN_LETTERS:
        return None, scripts
    return max(scripts, key=scripts.__getitem__), scripts


def _by_script(text: str, script: str | None, scripts: dict[str, int]) -> str | None:
    if script == "han":
        return "ja" if scripts["hiragana"] + scripts["katakana"] > scripts["han"] // 5 else "zh"
    if script == "hangul":
        return "ko"
    if script in ("hiragana", "katakana"):
        return "ja"
    if script == "greek":
        return "el"
    if script == "cyrillic":
        return "ru" if _surely_russian(text) else _cyrillic(text[:SAMPLE_CHARS])
    return None


@lru_cache(maxsize=4096)  # 400-character samples: a few megabytes at most
def _cyrillic(sample: str) -> str:
    """lingua's reading of a Cyrillic sample, kept as ``detect_language`` keeps a Latin passage's: a line that
    recurs across the seeds a worker reads (a site's navigation, a heading) is read by the model once. Keyed by
    the sample lingua sees (under 40 characters it is too short to ask), so a long passage is not held."""
    return _told_by_words(sample, _beyond(sample, _lingua(sample, _CYRILLIC, "ru"), _CYRILLIC, _ANY_CYRILLIC))  # Azerbaijani in
    # the Cyrillic script of its Soviet years, which lingua reads in Latin letters alone, told by its words (az.yaml told_from)


def clear_cache() -> None:
    """Forgets every reading kept (``make bench`` times fresh text)."""
    detect_language.cache_clear()
    _cyrillic.cache_clear()
    _other_script.cache_clear()


def _lingua(text: str, languages: tuple[Language, ...], default: str) -> str:
    """lingua's reading of the first ``SAMPLE_CHARS`` characters (``_reading``), or ``default`` when it has none."""
    return _reading(text, languages)[0] or default


def _reading(text: str, languages: tuple[Language, ...]) -> tuple[str | None, float]:
    """lingua's language of the first ``SAMPLE_CHARS`` characters and its confidence, in the dataset's codes
    (``_DATASET_CODES``); a passage longer than ``SHORT_SAMPLE_CHARS`` is first read from that many, and the short
    sample's answer is taken when lingua is certain of it (``CERTAIN``): a sample of 120 characters or more is read
    from its trigrams alone, at about half the cost of the long one, and on every fixture the certain answers are
    the long sample's. (None, 0) under 40 characters, or where no language's n-grams are found."""
    if len(text) < 40:
        return None, 0.0
    detector = _detector(languages)
    if len(text) > SHORT_SAMPLE_CHARS:
        values = detector.compute_language_confidence_values(text[:SHORT_SAMPLE_CHARS])
        if values and values[0].value >= CERTAIN:
            return _code(values[0].language), values[0].value
    values = detector.compute_language_confidence_values(text[:SAMPLE_CHARS])
    if not values or values[0].value <= 0:
        return None, 0.0
    return _code(values[0].language), values[0].value


def _latin(text: str) -> str:
    """lingua's reading of a Latin-script passage: the narrow seven first (``_LATIN``), which read English as well
    as ever and cost a quarter of the wider set; where they read another language, or English below
    ``ENGLISH_SURE`` (an Indonesian report is "English" at a third), the archival languages (``_ARCHIVAL``) decide:
    a Portuguese report the narrow set calls Spanish, a Serbo-Croatian telegram it calls Czech, Dutch or Swedish it
    calls German. English the narrow set was unsure of stays English unless the wider set is sure of another; so does
    a long passage the narrow set is sure is English though few of its words are English function words (a Danish
    sentence in plain letters, "Relegationen var meddelt i sidste uge, efter at de to studenter ...", which the seven,
    holding no Scandinavian language, call English)."""
    found, confidence = _reading(text, _LATIN)
    if found is None or (found == "en" and confidence >= ENGLISH_SURE and not _often_accented(text[:SAMPLE_CHARS])
                         and (_mostly_english(text) or len(text) < SHORT_SAMPLE_CHARS)):
        return _told_by_words(text, found or "en")  # (a Romanian passage is sure English among the seven, which hold no
        # Romanian: its accents send it to the wider set; a short Malagasy sentence, which they call English, is told by
        # its words: mg.yaml told_from)
    wider, wider_confidence = _reading(text, _ARCHIVAL)
    if found == "en" and (wider is None or wider_confidence < ENGLISH_SURE):
        return "en"
    return _told_by_words(text, _beyond(text, wider or found, _ARCHIVAL, _ANY_LATIN))


def _words_told_from() -> dict[str, list[tuple[str, frozenset[str], frozenset[str], int]]]:
    """By the language lingua reads them as, the languages it has no model of that a supplement tells by their words
    (its ``told_from``): each with its own words, the words of the language lingua reads it as that it does not write,
    and the least of its own a passage holds."""
    told: dict[str, list[tuple[str, frozenset[str], frozenset[str], int]]] = {}
    for language in SUPPLEMENTED:
        rule = lexicon(language).get("told_from") or {}
        own = frozenset(w.lower() for w in rule.get("own_words") or [])
        for neighbour, words in (rule.get("neighbour_words") or {}).items():
            told.setdefault(neighbour, []).append((language, own, frozenset(w.lower() for w in words), int(rule.get("least", 2))))
    return told


_TOLD_FROM = _words_told_from()
# The same rules as an ASCII sample is read by them (``_told_by_words``): each with its own and its neighbour's words in
# ASCII letters alone, as bytes (a word with another letter is never one of an ASCII sample's words), and only the
# languages some of whose own words are in ASCII letters: an ASCII passage read as English, the commonest, is tested
# against Malagasy's words at the cost of one split of its bytes, and one read as Hindi or Russian against none
# (Nepali's and Azerbaijani's words are written in their own scripts).
_TOLD_FROM_ASCII = {
    neighbour: ascii_rules
    for neighbour, rules in _TOLD_FROM.items()
    if (ascii_rules := [(language, frozenset(w.encode("ascii") for w in own if w.isascii()),
                         frozenset(w.encode("ascii") for w in words if w.isascii()), least)
                        for language, own, words, least in rules if any(w.isascii() for w in own)])
}


def _letters_told_from() -> list[tuple[str, re.Pattern, int, frozenset[str] | None, re.Pattern | None, bool]]:
    """The languages lingua has no model of that a supplement tells by letters no language lingua knows writes (its
    ``told_from`` ``own_letters``: Maltese "ħ", Pashto "ښ", Uzbek "ў" and "ҳ", the Ethiopic syllables of Amharic), where
    lingua reads them as one of the languages it takes them for (``confused_with``; a rule that names none stands
    whatever lingua reads, or where it reads no language at all: a script or letters only that language writes among
    those the pages are in): each with the pattern of a word holding one of them in small letters (only the small ones
    count, whatever the file lists: a place's or a man's name, "Ħal Far", "Ħamrun", "Ўринов", opens with the capital and
    is no sign of the language of a text naming it), the least of such words a passage holds (``least``, or one in ten
    of a shorter passage's words), the languages lingua confuses it with (None: any), and the pattern of the letters
    of a language with no rule of its own that shares the own letters (``not_where``: Tajik's "ҷ", "ӣ", "ӯ" beside the
    "ҳ" it shares with Uzbek), where any stands the rule tells nothing; and whether an own letter is in ASCII (a rule
    whose own letters are all beyond it cannot tell an ASCII sample, which is not searched for them)."""
    told = []
    for language in SUPPLEMENTED:
        rule = lexicon(language).get("told_from") or {}
        if own := "".join(c for c in rule.get("own_letters") or "" if not c.isupper()):
            word = re.compile(r"[^\W\d_]*" + letters(own) + r"[^\W\d_]*")
            confused = rule.get("confused_with")
            shared = rule.get("not_where")
            told.append((language, word, int(rule.get("least", 2)), frozenset(confused) if confused else None,
                         re.compile(letters(shared)) if shared else None, any(c.isascii() for c in own)))
    return told


_WORD = re.compile(r"[^\W\d_]+")


_TOLD_BY_LETTERS = _letters_told_from()


def _told_by_words(text: str, found: str | None) -> str | None:
    """``found``, or the language lingua has no model of that it read as ``found`` (Galician as Spanish or Portuguese)
    where more of the passage's words are that language's own than ``found``'s own, and ``least`` of them at least.
    An ASCII sample (most passages) is searched only for the rules' letters and words in ASCII (``_TOLD_FROM_ASCII``),
    its words split from its bytes: the same answer, without the searches that could find nothing in it."""
    sample = text[:SAMPLE_CHARS]
    plain = sample.isascii()
    for language, word, least, confused, shared, ascii_own in _TOLD_BY_LETTERS:
        if (confused is None or found in confused) and (ascii_own or not plain) \
                and (shared is None or not shared.search(text, 0, SAMPLE_CHARS)) \
                and (held := len(word.findall(text, 0, SAMPLE_CHARS))) \
                and held >= min(least, -(-len(_WORD.findall(text, 0, SAMPLE_CHARS)) // 10)):
            return language
    if plain:
        if found not in _TOLD_FROM_ASCII:
            return found
        words = [w for w in sample.encode("ascii").translate(_ASCII_LETTERS).split() if len(w) >= 2]  # _told_words
        # of an ASCII sample: its runs of letters in small letters, a one-letter word (always of a case) left out
        rules = _TOLD_FROM_ASCII[found]
    elif found not in _TOLD_FROM:
        return found
    else:
        words, rules = _told_words(sample), _TOLD_FROM[found]
    for language, own, neighbours, least in rules:
        mine = sum(w in own for w in words)
        if mine >= least and mine > sum(w in neighbours for w in words):
            return language
    return found


def _beyond(text: str, found: str, held: tuple[Language, ...], every: tuple[Language, ...]) -> str:
    """``found`` (a reading among the languages ``held``), or the language lingua is sure of (``OTHER_SURE``) among
    ``every`` language of the script where ``held`` does not hold it: an Afrikaans report the archival set calls Dutch
    ("Op die genoemde datum het 'n Portugese vragmotor ... die hek genader"), a Swahili one it calls Indonesian."""
    other, confidence = _reading(text, every)
    return other if other and confidence >= OTHER_SURE and other not in _codes(held) else found


@cache
def _codes(languages: tuple[Language, ...]) -> frozenset[str]:
    return frozenset(map(_code, languages))


def _code(language: Language) -> str:
    code = language.iso_code_639_1.name.lower()
    return _DATASET_CODES.get(code, code)


LATIN_CODES = frozenset(map(_code, _ANY_LATIN))  # the codes a Latin-script passage can be given
_KNOWN_CODES = frozenset(map(_code, _ANY))  # the languages lingua has a model of
_BY_CODE: dict[str, Language] = {}  # a code's language for lingua: Bokmål for "no", the first of Serbo-Croatian's
for _language in (*_ARCHIVAL, *sorted(_ANY_LATIN, key=lambda language: language.name)):
    _BY_CODE.setdefault(_code(_language), _language)


def _surely_russian(text: str) -> bool:
    """Ы or э (Russian and Belarusian only) and none of the letters of Ukrainian, Belarusian or Serbian."""
    sample = text[:SAMPLE_CHARS].lower()
    return any(letter in sample for letter in _RUSSIAN_LETTERS) and not _NOT_RUSSIAN.search(sample)


ACCENTED_SHARE = 8  # one word in this many written with an accented letter: a language that writes them, not English


def _often_accented(sample: str) -> bool:
    """Many of the sample's words in small letters written with an accented letter ("Green a arătat că partea americană
    consideră ..."): a Romanian, Czech or Vietnamese passage whose short words ("a", "de", "la") read as English function
    words; lingua tells it (an English passage naming a few foreigners, "Ceaușescu", stays English there). A sample
    with no accented letter at all (English with curly quotes or dashes, most non-ASCII Latin samples) is told so at
    one scan, without splitting it into words."""
    if not _ACCENTED.search(sample):
        return False
    words = [w for w in _WORDS.findall(sample) if w[0].islower()]  # not the names ("Américo Tomás"), which any language writes
    return len(words) >= FEW_WORDS and sum(1 for w in words if _ACCENTED.search(w)) * ACCENTED_SHARE >= len(words)


def _mostly_english(text: str) -> bool:
    """At least one word in six is an English function word (over six words or more)."""
    sample = text[:SAMPLE_CHARS]
    if sample.isascii():
        return _dense_in_english(_ascii_words(sample), _ENGLISH_BYTES)
    # Every other character is two bytes or more in UTF-8, all of them at 0x80 or above, which the table
    # makes spaces: the ASCII letter runs of the lowered sample, as _WORD finds them, without the pattern.
    return _dense_in_english(sample.lower().encode("utf-8", "surrogatepass").translate(_ASCII_LETTERS).split(), _ENGLISH_BYTES)


def _plainly_english(sample: str) -> bool:
    """Latin text of plain letters only (no accented letter, no other script) with one word in eight or more an
    English function word, over eight words or more: English, as lingua reads every such passage of the fixtures
    (a report's long sentences of names and nouns, "Meeting on 25 July opened at 1100. Senior delegate ..."), told
    without asking it; a French, Italian or Polish passage has either its accents or too few English words."""
    if _ACCENTED.search(sample):
        return False
    words = sample.lower().encode("utf-8", "surrogatepass").translate(_ASCII_LETTERS).split()
    return len(words) >= FEW_WORDS and sum(map(_ENGLISH_BYTES.__contains__, words)) * PLAIN_ENGLISH_SHARE >= len(words)


def _dense_in_english(words: list, english: frozenset) -> bool:
    return len(words) >= 6 and sum(map(english.__contains__, words)) * 6 >= len(words)


def _ascii_words(sample: str) -> list[bytes]:
    """An ASCII sample's words as ``_WORD`` finds them in its lower case: its bytes, letters lowered
    and everything else made a space, split, which is quicker than the regular expression."""
    return sample.encode("ascii").translate(_ASCII_LETTERS).split()


def language_name_to_code(name: str) -> str | None:
    """'Russian' -> 'ru' (the language names archives print in their metadata)."""
    try:
        return Language.from_str(name.strip()).iso_code_639_1.name.lower()
    except ValueError:
        try:
            return IsoCode639_1.from_str(name.strip().lower()).name.lower()
        except ValueError:
            return None
