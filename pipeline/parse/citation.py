"""Archival citations: "RGASPI, f. 558, op. 11, d. 340, ll. 0043-0045".

A citation string may cite several archives ("APRF, f. 45, op. 1, d. 342, l.
78; AVPRF, Fond 059a, Opis 5a, Delo 5, Papka 11, List 80; and RGASPI, ...").
Parts come abbreviated (f., op., d., p., l./ll.) or spelled out (Fond, Opis,
Delo, Papka, List/Listy), numbers may carry letters (059a, 5a) and ranges, and
zero padding is kept as written.
"""

from __future__ import annotations

import json
import os
import re
from functools import cache

from pipeline.normalize.lexicon import LANGUAGES, SUPPLEMENTED, alphabet, alternation, letters, lexicon, words
from pipeline.normalize.names import lookup
from pipeline.normalize.openings import with_opening

# A switch for measuring, never set in a run: with PIPELINE_KNOWN_ARCHIVES=corpus the lists that name archives one by one
# (their abbreviations, the departments' series they keep, their own ways of writing a shelf mark, the names of single
# archives among the repository words) keep only the archives the dev corpus's gold names, so that a score over pages
# whose archives are new to the lists can be estimated: the citations are then read by their shape alone.
_CORPUS_ARCHIVES_ONLY = os.environ.get("PIPELINE_KNOWN_ARCHIVES") == "corpus"


@cache
def _corpus_archive_text() -> str:
    from pipeline.paths import PROJECT_ROOT  # (read only under the switch)

    gold = json.loads((PROJECT_ROOT / "tests" / "fixtures" / "gold" / "corpus.json").read_text("utf-8"))
    entries = gold if isinstance(gold, list) else gold.get("documents", [])
    return "\n".join(f"{c.get('archive') or ''}\n{c.get('raw') or ''}" for e in entries for c in e.get("citations") or [] if c.get("kind") == "archival")


def known_archives(names):
    """The archives of a list that names them one by one: all of them, or under the measuring switch those the dev
    corpus's gold names (a dict keeps the keys so named)."""
    if not _CORPUS_ARCHIVES_ONLY:
        return names
    text = _corpus_archive_text()
    if isinstance(names, dict):
        return {k: v for k, v in names.items() if k in text and (not isinstance(v, str) or v in text)}
    return type(names)(n for n in names if n in text)


# Abbreviations as the English editions write them, then those of other languages' editions ("АП РФ"): data.
ARCHIVES = known_archives(("AP RF", "AVP RF", "APRF", "AVPRF", "RGASPI", "RGANI", "GARF", "RGAE", "RGVA", "TsAMO", "APRK", "CWIHP", "PRC FMA", "AMVnR", "SAPMO-BArch", "NARA",
                           *words("citation_archives")))
# The parts' labels other languages write ("Ф.", "Оп.", "Д.", "П.", "Л."), each with the part it labels.
_OTHER_LABELS = {label.casefold(): part for language in LANGUAGES for label, part in (lexicon(language).get("citation_parts") or {}).items()}
# A folio or file number may carry a letter ("15a", "15а"); the pattern reads case-blind.
_LETTER = letters(alphabet())
# A folio's back ("18об.", oborot: verso) as other languages' editions mark it.
_VERSO = rf"(?:(?:{alternation(words('citation_verso'))})\.?)?" if words("citation_verso") else ""
# A fond of the Soviet period is numbered after a letter and a hyphen ("GARF, f. R-5446", "RGAVMF, f. r-2"); a
# Bulgarian party fond before one ("TsDA, f. 1-B"); an Albanian party fond after a slash with its series' letters
# ("AQSH, f. 14/AP").
_NUMBER = rf"(?:{_LETTER}-)?[0-9]+(?:-{_LETTER}(?![0-9]|{_LETTER}))?{_LETTER}?{_VERSO}(?:/[A-Z]{{1,3}}(?![0-9]))?"
_PART = rf"(?P<label>ff|f|fond|op|opis|d|delo|por|p|pap|papka|ll|l|listy|list|folios?{'|' + alternation(_OTHER_LABELS) if _OTHER_LABELS else ''})(?:\.\s*|\s+|(?<=[^\W\d_]{{2}})(?=[0-9]))(?P<value>{_NUMBER}(?:\s*[-–]\s*{_NUMBER})?(?:\s*,\s*{_NUMBER}(?:\s*[-–]\s*[0-9]+)?)*)"
# The lookahead for the names' first letters turns most positions away at once, before \b and every
# name are tried there: the scan runs four times as fast.
# The label some editions write before a file number that is a shelf mark ("档号105-01815-02", "档号 108-00921-05"):
# citation_shelf_labels, a space after it or none.
_SHELF_LABEL = rf"(?:(?:{alternation(words('citation_shelf_labels'))})\s*)?" if words("citation_shelf_labels") else ""
_PAGE_MARKS = lexicon("zh").get("citation_page_marks") or {}
_ZH_PAGES = re.compile(
    re.escape(_PAGE_MARKS["before"]) + r"\s*\d+(?:\s*[-\u2013\u2014~\uff5e]\s*\d+)?\s*(?:" + alternation(_PAGE_MARKS["after"]) + ")"
) if _PAGE_MARKS.get("before") and _PAGE_MARKS.get("after") else None


def folios_alone(line: str) -> str | None:
    """A line that gives a file's pages and nothing else, under its shelf mark ("第1—3页", kept as written as the Chinese
    editions' folios are; "pp. 4-6": the pages): its folios; None for any other line."""
    text = line.strip().rstrip(".。")
    if _ZH_PAGES is not None and _ZH_PAGES.fullmatch(text):
        return text
    folio = _FOLIO_LABEL.match(text)
    rest = text[folio.end():] if folio else ""
    return "".join(rest.split()).replace("\u2013", "-") if folio and re.fullmatch(r"\d+(?:\s*[-\u2013]\s*\d+)?", rest) else None


_HELD = alternation(words("citation_held_marks")) if words("citation_held_marks") else "(?!)"
# What follows an archive's name before its parts: a comma or colon, spaces, the label of its file number.
_ARCHIVE_TAIL = re.compile(r"[,\uff0c:]?\s*" + _SHELF_LABEL)
_ARCHIVE = re.compile(
    "(?=[" + re.escape("".join(sorted({a[0] for a in ARCHIVES}))) + r"])\b(?P<archive>" + "|".join(re.escape(a) for a in ARCHIVES)
    + r")(?:(?:" + _HELD + r")\b|\b)[,\uff0c:]?\s*" + _SHELF_LABEL
)
# A part's value ends at a comma or stop, "and", the line's end, a capital, or the bracket of a note on the paper ("ll.
# 14-16 (Il'ichev to Molotov, 25 March 1955)"). A label of one letter is set apart from its number by a full stop or a
# space: "P740089–1234" (a State Department film number) holds no papka.
_PARTS = re.compile(r"(?:^|,|\s)\s*" + _PART + r"(?=\s*(?:[,;./(]|\band\b|$|\s+[A-Z]))", re.IGNORECASE)  # "/": "fond 1B / opis 58"
# An archive named in words ("Central State Archive, Sofia", "National Archives of Hungary") before its parts.
_ARCHIVE_WORD = re.compile(rf"\b(?:{alternation(words('archive_words'))})\b")
_CITATION_END = re.compile(r"(?:https?://|Translated (?:by|for)|[Tt]ranslation (?:from|by)|Published in|Obtained|Contributed by)")
# An archive's own shelf mark right after its name, where it cites no fond or file ("SAPMO-BArch, DY 30/J IV 2/201/1340"):
# a series' letters, a number, then the parts after slashes.
# A file number of three parts ("109-00828-01", "105-01153-02": the PRC Foreign Ministry's) is one too, and so is the
# record group the US National Archives files its papers in ("NARA, RG 59, Central Foreign Policy Files").
_SHELF_MARK = re.compile(r"(?:[A-Z]{1,5} ?\d+[a-z]?(?: ?/ ?[A-Za-z0-9]+(?: [A-Za-z0-9]+)*)+|\d{2,4}-\d{4,6}-\d{1,3}|RG \d{1,3})(?=[.,;]|\s*$)")
# The PRC Foreign Ministry's file number, then the pages of the file unlabelled ("PRC FMA 108-01402-05, 18-19", as the
# Chinese notes write "档号108-00612-03，第1—4页"): the pages are the folios.
_FILE_PAGES = re.compile(r"\d{2,4}-\d{4,6}-\d{1,3},\s*(?P<pages>\d{1,4}(?:\s*[-–]\s*\d{1,4})?)(?=[.;)\]]|\s*$)")
_TRAILING_JOINER = re.compile(r"[;,]?\s*(?:and)?\s*$")
# "por." (poriadkovyi nomer, the item) stands where the delo usually is in the Foreign Ministry's archive.
_FIELD = {"f": "fond", "fond": "fond", "op": "opis", "opis": "opis", "d": "delo", "delo": "delo", "por": "delo",
          "p": "papka", "pap": "papka", "papka": "papka", **_OTHER_LABELS}


def fond_closes_mark(rest: str, parts: dict) -> bool:
    """A "fond" read last, after another part and with no folios after it ("D.1/LHT/2/1/41, f. 88": "D." read as a delo):
    a Western shelf mark closed by its folio ("f." is a folio in English), not an archive's fond, which opens its parts
    ("f. 3154, op. 1, d. 88, l. 14"; "TsAMO, f. 16" alone stays a fond)."""
    fond = parts.get("fond")
    if not fond or parts.get("folios"):
        return False
    pieces = [p.strip() for p in rest.rstrip(" .;").split(",") if p.strip()]
    return len(pieces) >= 2 and pieces[-1].endswith(fond) and _FOLIO_LABEL.match(pieces[-1]) is not None \
        and all(rest.find(str(parts[p])) < rest.rfind(fond) for p in ("opis", "delo", "papka") if parts.get(p))


def _closing_folios(rest: str) -> str | None:
    last = rest.rstrip(" .;").rsplit(",", 1)[-1].strip()
    folio = _FOLIO_LABEL.match(last)
    return last[folio.end():].strip() if folio else None


def parse_citations(text: str) -> list[dict]:
    """Every archive citation in ``text``, as dicts of archive, fond, opis, delo, papka, folios and text."""
    starts = _archive_starts(text)
    found = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        segment = text[m.start():end]
        segment = _CITATION_END.split(segment, maxsplit=1)[0]
        segment = segment.split(";", 1)[0]  # "...; Kasatonov to Malinovskii, 2 June 1961, RGAVMF, ...": the next citation's words
        named = _named_before(text, m.start(), starts[i - 1].end() if i else 0)
        rest = segment[m.end() - m.start():]
        if rest.startswith(")"):
            rest = rest[1:].lstrip(" ,")  # "Archiwum Akt Nowych (AAN), KC PZPR, ...": the parts after the bracket closes
        parts = parse_parts(rest)
        if fond_closes_mark(rest, parts):
            parts = {**dict.fromkeys(("fond", "opis", "delo", "papka")), "folios": _closing_folios(rest)}  # "Shetland
            # Archives, D.1/LHT/2/1/41, f. 88": the mark in the reference, its folio alone a part
        if parts["delo"] is None and (worded := worded_parts(rest)) is not None:
            parts = worded  # "ANIC, fond CC of RCP - Foreign Relations Section, file 39/1971, ff. 2-14": every part labelled in words
        if parts["folios"] is None and _ZH_PAGES is not None and (pages := _ZH_PAGES.search(segment, m.end() - m.start())):
            parts["folios"] = pages.group()  # "中央档案馆藏，……，第3—7页": the file's pages, as written
        if not any(parts.values()) and not _SHELF_MARK.match(segment, m.end() - m.start()):
            continue
        if isinstance(m, _Start) and m.before_fond and (not parts["fond"] or not parts["fond"][:1].isalnum() or " " in parts["fond"]
                                      or sum(bool(parts[p]) for p in ("opis", "delo", "papka", "folios")) < 1):
            continue  # an archive read by its shape: its fond numbered, and a part after it ("In the USSR, f. 5 was" is none)
        if not any(parts.values()) and (pages := _FILE_PAGES.match(segment, m.end() - m.start())):
            parts["folios"] = pages["pages"].replace("–", "-")  # "PRC FMA 108-01402-05, 18-19": the file's pages
        _signature(m["archive"], rest, parts)
        _number_first(rest, parts)
        cited = _closed(_TRAILING_JOINER.sub("", segment.rstrip()))
        archive = m["archive"]
        if named is not None:
            archive = f"{named} ({archive})"  # "Central State Archive, Sofia (TsDA), fond 1-B": the archive's name, its abbreviation bracketed
            cited = f"{archive}{cited[len(m['archive']) + 1:]}"
        found.append({"archive": archive, **parts, "text": cited})
    return found


# A fond labelled, its number after the label ("f. 059a", "fond 507", and the other languages' labels of the fond,
# citation_parts), right after the words before it and their comma or full stop: the words are an archive's abbreviation
# when they read as one ("AVP RF, f. 059a, op. 4", "TsAMO, f. 16", and the Russian editions' abbreviation and full
# stop before "Ф. 0742"), whether the lists above name the archive or not.
_FOND_LABELS = ["f", "fond", *(label for label, part in _OTHER_LABELS.items() if part == "fond")]
_FOND_AFTER = re.compile(rf"(?:[,.:]\s*|\s+)(?:{alternation(_FOND_LABELS)})(?:\.\s*|\s+)(?:{_LETTER}-)?[0-9]", re.IGNORECASE)
_WORDS_BEFORE = re.compile(r"(?<![^\W_])[^\W\d_][^\W_]*(?:[ -][^\W\d_][^\W_]*){0,2}$")


# An archive named in a script without spaces, read by the word its name closes with ("外交部档案馆", "中华人民共和国外交部
# 档案馆": citation_archive_endings) before the label of its file number or the number itself ("，档号：108-00921-05",
# " 105-01153-02"): the name from the word after the line's last stop or bracket, sixteen characters at most.
_NAME_ENDINGS = words("citation_archive_endings")
_ENDING_NAME = re.compile(
    rf"(?<![^\W\d_])(?P<archive>[^\W\d_]{{0,14}}(?:{alternation(_NAME_ENDINGS)}))(?=(?:[,\uff0c]?\s*{_SHELF_LABEL}\d|\s+\d{{2,4}}-\d{{4,6}}-\d))"
) if _NAME_ENDINGS else None


class _Start:
    """Where an archive read by its shape opens a citation, as a match of the known archives' pattern gives it."""

    def __init__(self, start: int, end: int, archive: str, before_fond: bool = False):
        self._start, self._end, self._archive, self.before_fond = start, end, archive, before_fond

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def __getitem__(self, name: str) -> str:
        return self._archive


def _archive_starts(text: str) -> list:
    """The places where an archive opens a citation: the archives the lists name, then the abbreviations read by their
    shape before a labelled fond, where no named archive stands."""
    starts = list(_ARCHIVE.finditer(text))
    if _ENDING_NAME is not None and not starts and any(map(text.__contains__, _NAME_ENDINGS)):
        # (a name read by its closing word holds that word: a text without any, most, is not searched for the names,
        # where the pattern tried every length of name before every ending at each word's start)
        starts = [_Start(m.start(), m.end() + len(_ARCHIVE_TAIL.match(text, m.end()).group()), m["archive"])
                  for m in _ENDING_NAME.finditer(text)]
    for m in _FOND_AFTER.finditer(text):
        words = _WORDS_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if words is None:
            continue
        pieces = words.group().split()
        archive = next((" ".join(pieces[i:]) for i in range(len(pieces)) if _acronym(" ".join(pieces[i:]))), None)
        if archive is None:
            continue
        begin = m.start() - len(archive)
        if any(k.start() <= begin < k.end() or begin <= k.start() < m.start() for k in starts):
            continue
        starts.append(_Start(begin, m.start() + len(m.group()) - len(m.group().lstrip(",.: ")), archive, before_fond=True))
    return sorted(starts, key=lambda k: k.start())


_FIGURE = re.compile(r"\d")


def opens_with_archive(line: str) -> bool:
    """The line opens with an archive's abbreviation, one the lists name or one read by its shape before a labelled
    fond ("АВП РФ. Ф. 0742. Оп. 6. ..."). An archive read by its shape stands before a figure (its fond's, its file
    number's): a head without one is asked of the lists alone, as most lines are."""
    if line.startswith(ARCHIVES):
        return True
    head = line[:60]
    return _FIGURE.search(head) is not None and any(k.start() == 0 for k in _archive_starts(head) if isinstance(k, _Start))


# The words of an archive's name that close before its abbreviation in brackets ("Archive of Foreign Policy of the
# Russian Federation (AVP RF)"), from the start of their sentence or line.
_NAME_BEFORE = re.compile(r"(?:^|(?<=[.;:\n]))[^.;:\n()]*\(\s*$")


def _named_before(text: str, start: int, floor: int) -> str | None:
    """The archive's name written before its abbreviation, when the abbreviation at ``start`` stands in brackets after
    words that name an archive ("Central State Archive, Sofia (TsDA)"); None otherwise."""
    known = _ARCHIVE.match(text, start)
    if known is None or not text.startswith(")", start + len(known["archive"])):
        return None  # (an archive read by its shape alone is not bracketed after its name)
    before = _NAME_BEFORE.search(text, floor, start)
    if before is None:
        return None
    name = before.group().rstrip(" (").strip()
    abbreviation = _ARCHIVE.match(text, start)["archive"]
    pieces = [piece.strip() for piece in name.split(",")]
    last = max((i for i, piece in enumerate(pieces) if _ARCHIVE_WORD.search(piece)), default=0)
    if (len(name) > 80 or not name[:1].isupper()) and last:
        name = ", ".join(pieces[last:])  # "May 14, 1958, History and Public Policy Program Digital Archive, Central State
        # Archive, Sofia (TsDA)": the day and the site's collection before the archive's name are none of it
    return name if name[:1].isupper() and len(name) <= 80 and (_ARCHIVE_WORD.search(name) or _REPOSITORY.search(name) or _initials_of(name, abbreviation)) \
        else None  # (not a sentence's words: "documents of the Archive of Foreign Policy (AVP RF), f. ..." cites it by
    # its abbreviation)


def _initials_of(name: str, abbreviation: str) -> bool:
    """The abbreviation is made of the first letters of the name's words, in whatever language the name is written
    ("Archiwum Akt Nowych (AAN)", "Arhiva Nationala Istorice Centrale (ANIC)"): the name is the archive's. Words in
    lower case (of, the, de) may be left out of it."""
    wanted = abbreviation.replace(" ", "").replace("-", "").casefold()
    every = "".join(word[0] for word in _NAME_WORD.findall(name)).casefold()
    capitals = "".join(word[0] for word in _NAME_WORD.findall(name) if word[0].isupper()).casefold()
    return len(wanted) >= 2 and wanted in (every, capitals)


_NAME_WORD = re.compile(r"[^\W\d_]+")


# The collection and file an archive's citations write unlabelled ("AAN, KC PZPR, XI A/104, k. 212-214"): citation_signatures.
_SIGNATURES = known_archives({archive: (rule[0], rule[1:]) for language in LANGUAGES
                              for archive, rule in (lexicon(language).get("citation_signatures") or {}).items()})


def _signature(archive: str, rest: str, parts: dict) -> None:
    """The unlabelled parts before the folios, for an archive that writes them so, in place of any read as labelled."""
    if archive not in _SIGNATURES:
        return
    mark, fields = _SIGNATURES[archive]
    folios = [m for m in _PARTS.finditer(rest) if _FIELD.get(m["label"].casefold(), "folios") == "folios"]
    head = rest[: folios[0].start()] if folios else rest
    pieces = [p.strip(" ,;.") if i == 0 else p.strip(" ,;") for i, p in enumerate(head.strip(" ,;").split(mark, len(fields) - 1))]
    if any(_labelled(piece) for piece in pieces):
        return  # "AAN, KC PZPR, sygn. 2631": a part labelled, not the unlabelled form
    if len(pieces) == len(fields) and all(pieces):
        parts.update(zip(fields, pieces, strict=True))


# The parts a citation writes number first, the label after ("288. f." the fond, "47/768. ő.e." the unit kept, as
# Hungarian writes them): citation_number_first_labels.
_NUMBER_FIRST_LABELS = {label.casefold(): part for language in LANGUAGES
                        for label, part in (lexicon(language).get("citation_number_first_labels") or {}).items()}
_NUMBER_FIRST = (re.compile(rf"(?<![\w./])[0-9]+(?:/[0-9]+)*\.\s*(?P<label>{alternation(_NUMBER_FIRST_LABELS)})\.(?!\w)", re.IGNORECASE)
                 if _NUMBER_FIRST_LABELS else re.compile("(?!)"))


def _number_first(rest: str, parts: dict) -> None:
    """The fond and the file a citation writes number first ("MNL OL, M-KS 288. f. 47/768. ő.e., pp. 1-9": the fond
    "288. f.", the unit "47/768. ő.e."), each as written with its label, in place of the parts read label first; the
    folios stay."""
    found = {}
    for m in _NUMBER_FIRST.finditer(rest):
        found.setdefault(_NUMBER_FIRST_LABELS[re.sub(r"\s+", "", m["label"]).casefold()], m.group(0))
    if found:
        parts.update({"fond": None, "opis": None, "delo": None, "papka": None}, **found)


# A citation's last word written with full stops inside it ("ő.e.", "a.e.", "ll."): an abbreviation, whose stop stays.
_ABBREVIATION_END = re.compile(r"(?:^|[\s,])(?:[^\W\d_]{1,3}\.){2,}$|(?:^|[\s,])[^\W\d_]{1,3}\.$")


def _closed(cited: str) -> str:
    """The citation without the punctuation closing the sentence it stood in, an abbreviation's full stop kept ("MNL OL,
    M-KS 288. f. 5/622. ő.e."); "RGASPI, f. 17, op. 128, d. 1163, l. 1-9." ends at its folios."""
    cited = cited.rstrip(" ;,")
    if cited.endswith(".") and not _ABBREVIATION_END.search(cited):
        cited = cited[:-1].rstrip(" ;,")
    return cited


def named_archive_citation(text: str) -> list[dict]:
    """A citation whose archive is named in words rather than abbreviated ("Central State Archive, Sofia, fond 1B,
    opis 58, a.e. 14, listy 1-3", its parts also written apart with slashes): the words before the first part are
    the archive, when they name one; [] when they do not or no part follows."""
    text = _CITATION_END.split(text, maxsplit=1)[0]  # "... ka. 104. Translated by Ondřej Hruška.": the translator's credit
    first = _PARTS.search(text)
    if first is None:
        return _worded_archive_citation(text)
    archive = _archive_at_city(text[:first.start()].strip(" ,/;:"))
    parts = parse_parts(text[first.start():])
    if not any(parts[p] for p in ("fond", "opis", "delo", "papka")):
        archive = _archive_at_abbreviation(archive)  # the folios alone labelled: the pieces before them a shelf mark
    if not archive or len(archive) > 80 or not _ARCHIVE_WORD.search(archive):
        return []
    if parts["delo"] is None and (worded := worded_parts(text[first.start():].lstrip(" ,;/"))) is not None and worded["delo"]:
        parts = worded  # "fond 1261/0/44, inv. č. 212, ka. 104": every part labelled, the Czech labels in words
    return [{"archive": archive, **parts, "text": _closed(text.strip())}]


# An archive's name closing with its abbreviation in brackets ("... Foreign Office (PA AA)").
_ABBREVIATED = re.compile(r"\(\s*[A-Z][A-Za-z]*(?:[ -][A-Za-z]+){0,2}\s*\)$")


def _archive_at_abbreviation(words: str) -> str:
    """The archive of words that name an archive closing with its abbreviation in brackets, then the collection's shelf
    mark ("Political Archive of the Federal Foreign Office (PA AA), MfAA, A 14587"): the name to its abbreviation, its
    city kept ("National Archives of the Czech Republic (NA), Prague"), not a country, which names the file's series ("Archivo
    del Ministerio de Relaciones Exteriores de Cuba (MINREX), Barbados, 1972, caja 1"); the words as they are otherwise."""
    pieces = [p.strip() for p in words.split(",")]
    named = next((i for i, p in enumerate(pieces) if _ABBREVIATED.search(p) and _ARCHIVE_WORD.search(p)), None)
    if named is None or len(pieces) <= named + 1:
        return words
    return ", ".join(pieces[:named + 2 if _is_place(pieces[named + 1], city=True) else named + 1])


def _archive_at_city(words: str) -> str:
    """The archive of words that name an archive, its city and a collection it keeps ("National Archives, Prague, Archive
    of the CC KSČ"): the archive and its city; the words as they are otherwise ("Central State Archive, Sofia")."""
    pieces = [p.strip() for p in words.split(",")]
    if len(pieces) >= 3 and _ARCHIVE_WORD.search(pieces[0]) and _is_place(pieces[1]) and any(_ARCHIVE_WORD.search(p) for p in pieces[2:]):
        return f"{pieces[0]}, {pieces[1]}"
    return words


def _is_place(words: str, city: bool = False) -> bool:
    found = lookup(words)
    return found is not None and found.kind == "place" and not (city and found.is_state)


_SLASHED_ON = re.compile(r"/[0-9]+/[0-9]")


# A file named by its word before its number ("dosar 3/1974", "file 39/1971": citation_word_labels read as the delo).
_FILE_WORD = re.compile(rf"\b(?:{alternation(w for w, part in (lexicon('en').get('citation_word_labels') or {{}}).items() if part == 'delo' and len(w) >= 4)})\s+\d",
                        re.IGNORECASE)


def parse_parts(segment: str) -> dict:
    """The fond, opis, delo, papka and folios written in ``segment`` (all None when it names none)."""
    parts = dict.fromkeys(("fond", "opis", "delo", "papka", "folios"))
    for m in _PARTS.finditer(segment):
        if _SLASHED_ON.match(segment, m.end()):
            continue  # "fond 1261/0/44": a number of three slashed parts, a shelf mark rather than a fond's number ("f. 47/736"
            # is read as the fond and its file where an archive's signature says so)
        label = m["label"].casefold()
        value = "".join(m["value"].split()).replace("–", "-")
        key = _FIELD.get(label, "folios")
        if key == "fond" and label in ("f", "ff") and _FILE_WORD.search(segment, 0, m.start()):
            key = "folios"  # "problema 220, Gabon, 1974, dosar 3/1974, f. 12-14": "f." after the file is its folio (the
            # Romanian fila), as worded_parts reads it after a fond and a file
        if parts[key] is None:
            parts[key] = value
    return parts


# Parts labelled in words, the label kept with the value as written ("Fond Phu Thu Tuong", "ho so 9812", "file 39/1971",
# "ff. 2-14", "a.e. 30"): citation_word_labels, besides the abbreviated labels above.
_WORD_LABELS = {**{label: part for label, part in _FIELD.items()}, **dict.fromkeys(("l", "ll", "list", "listy", "folio", "folios"), "folios"),
                **{label.casefold(): part for language in LANGUAGES
                   for label, part in (lexicon(language).get("citation_word_labels") or {}).items()}}
_WORD_PART = re.compile(rf"(?:{alternation(_WORD_LABELS)})(?:\.\s*|\s+)(?=\S)", re.IGNORECASE)
_BARE_NUMBERS = re.compile(r"[0-9][0-9\s\-–]*")


def _labelled(piece: str) -> bool:
    return _WORD_PART.match(piece.strip()) is not None


_GLOSSED_NUMBER = re.compile(r"(?P<number>[0-9][\w-]*)\s*\([^()]{1,40}\)$")


def worded_parts(rest: str) -> dict | None:
    """The parts of a citation whose every comma-separated piece opens with its label ("fond CC of RCP, file 39/1971,
    ff. 2-14"), each kept as written with its label; None when a piece carries no label."""
    rest = _CITATION_END.split(rest, maxsplit=1)[0].strip().rstrip(" ;,.")
    parts = dict.fromkeys(("fond", "opis", "delo", "papka", "folios"))
    last = None
    for piece in (p.strip() for p in rest.split(",")):
        m = _WORD_PART.match(piece)
        if m is None:
            if last is None or not _BARE_NUMBERS.fullmatch(piece):
                return None
            parts[last] += ", " + piece  # "ff. 2, 5-7": the folios go on
            continue
        last = _WORD_LABELS[m.group(0).rstrip(". ").casefold()]
        if (glossed := _GLOSSED_NUMBER.match(piece, m.end())) is not None:
            piece = piece[:glossed.end("number")]  # "Ф. 1477 (МВнР)": the fond's number, the body it holds named in brackets after it
        if last == "fond" and parts["fond"] is not None and parts["delo"] is not None and m.group(0).rstrip(". ").casefold() in ("f", "ff"):
            last = "folios"  # "fond CC al PCR, dosar 96/1978, f. 12-16": "f." after the fond and the file is the folio (the Romanian fila)
        if parts[last] is not None:
            return None
        parts[last] = piece
    return parts if parts["delo"] or parts["fond"] else None


def _worded_archive_citation(text: str) -> list[dict]:
    """A citation whose archive is named in words and whose parts are labelled in words, the closing pieces of a
    citation string ("..., Digital Archive, Vietnam National Archives Center III, Fond Phu Thu Tuong, ho so 9812."):
    the piece before the first labelled one is the archive, when it names one."""
    text = _CITATION_END.split(text, maxsplit=1)[0].strip().rstrip(" ;,.")
    pieces = text.split(",")
    first = len(pieces)
    while first > 0 and (_labelled(pieces[first - 1]) or (first < len(pieces) and _BARE_NUMBERS.fullmatch(pieces[first - 1].strip()))):
        first -= 1
    if first in (0, len(pieces)):
        return []
    archive = pieces[first - 1].strip()
    parts = worded_parts(",".join(pieces[first:]))
    if parts is None or len(archive) > 80 or not _ARCHIVE_WORD.search(archive):
        return []
    return [{"archive": archive, **parts, "text": ", ".join(p.strip() for p in pieces[first - 1:])}]


# --- a citation known by its shape ---------------------------------------------------------------------------------
# An archive the lists above do not name, cited on a line of its own by its acronym and its shelf mark ("NA,
# KSČ-ÚV-02/1, sv. 170, a.j. 168."; "MOL, XIX-J-1-j, Etiópia, 1977, 82. doboz, 00213/12."; "AMAE, Telegrame, New
# Delhi, 1971, vol. 2, f. 188-190."): the acronym (capitals, in any script, one to three words) and, after it,
# comma-separated pieces of which one at least is numbered as a shelf mark is, by a label ("sv. 170", "f. 188-190")
# or by numbers joined with a dash or a slash ("KSČ-ÚV-02/1", "00213/12", "FO 371/169887"). A year, a span of years or a
# date is no shelf mark ("USSR, 1950-1953"). A book's note may go on with the paper's writer, addressee and day ("TNA,
# FO 371/169887, Gilchrist to FO, 19 September 1963.").
_ACRONYM_WORD = re.compile(r"[^\W\d_][^\W_]*(?:-[^\W\d_][^\W_]*)?")
_LABELLED_NUMBER = re.compile(r"^[^\W\d_]{1,5}(?:\.[^\W\d_]{1,3})*\.\s*\d")
_JOINED_NUMBER = re.compile(r"^(?=[^\s,]*\d)[^\W_]+(?:(?:[./]?[-/]|\.(?=\d))[^\W_]+)+\.?$")  # "IV-K.9/12": a box "K.9" inside
_YEARS = re.compile(r"^(?:1[89]|20)\d\d(?:\s*[-–/]\s*(?:(?:1[89]|20)\d\d|\d\d))?\.?$")  # "1971", "1950-1953", "1964–66"
# The labels of a folio, after a shelf mark written unlabelled: "f." is the folio there (the Romanian fila, the
# English folio), not the fond; "fls." the Portuguese folhas ("AHD, Embassy in Pretoria, 1976, Process 2/4, fls. 57-59").
_DAY_MONTH = re.compile(r"^\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?$")
_FOLIO_LABEL = re.compile(rf"^(?:ff?|fls?|fol|ll?|k|bl|pp?|folios?|listy?{''.join('|' + re.escape(w) for w in words('citation_folio_words'))})\.?\s*(?=\d)", re.IGNORECASE)  # "fol. 212-213" (a Swedish volume's folio)


def _acronym(piece: str) -> bool:
    """Capitals of an archive's abbreviation: one to three words, two capitals at least, each word opening with one."""
    if len(piece) > 16:  # told before the words are split: most pieces asked are longer
        return False
    found = piece.split()
    return (0 < len(found) <= 3 and all(_ACRONYM_WORD.fullmatch(w) and w[0].isupper() for w in found)
            and sum(c.isupper() for c in piece) >= 2 and sum(c.isupper() for c in piece) * 2 >= sum(c.isalpha() for c in piece))


def _shelf_piece(piece: str) -> bool:
    """A piece numbered as a shelf mark: by a label ("sv. 170"), or a word of numbers joined by a dash or a slash, alone
    or after a series' letters ("00213/12", "FO 371/169887", "POL 32-1 INDON-MALAYSIA"); no year or span of years."""
    words = piece.split()
    return not _YEARS.match(piece) and bool(_LABELLED_NUMBER.match(piece) or any(
        _JOINED_NUMBER.match(word) and not _YEARS.match(word) and (not _DAY_MONTH.match(word) or i > 0 and words[i - 1].isupper())
        for i, word in enumerate(words)))  # "12/3" is a day, "POL 32-1" a file


def shelf_line_citation(line: str) -> dict | None:
    """The citation a line is when it is an archive's acronym and a shelf mark and nothing else; None otherwise.
    The pieces after an unlabelled first one are the archive's own signature, kept in the text; of the parts, the
    folios alone are read, from the last piece when a folio's label opens it; a translator's credit after the mark
    ("BStU, MfS, ZAIG 4113, Bl. 45-47. Translated by ...", as under the Wilson Center's translations) is no piece."""
    stripped = line.strip()
    if "," not in stripped or not _acronym(stripped.partition(",")[0].strip()):
        return None  # the archive's acronym first: most lines are turned away before the credit after them is cut off (a
        # line cut short keeps its first piece whole, or has no comma left)
    line = _CITATION_END.split(stripped, maxsplit=1)[0].strip()
    if len(line) > 160 or "," not in line:
        return None
    head, _, rest = line.partition(",")
    if head.strip() in _NOT_ARCHIVES:
        return None  # "FRUS, 1958–1960, vol. V, American Republics, doc. 347": a published edition, a news agency, no archive
    pieces = [p.strip() for p in rest.strip().rstrip(".").split(",")]
    known = (head.strip() in ARCHIVES or head.strip() in _SERIES_KEEPERS and _DEPARTMENT_PIECE.fullmatch(pieces[0])
             or SERIES_MARK.fullmatch(pieces[0]) or _NUMBER_FIRST.search(pieces[0])) and len(pieces) == 1 and _shelf_piece(pieces[0])  # "SAPMO-BArch, DY 30/IV 2/2.035/127": an archive the lists know,
    # its shelf mark in one piece; "TNA, PREM 19/1542": the archive that keeps a department's series, and a piece of it
    described = _shelf_piece(pieces[0])  # "TNA, FCO 45/633, minute by the head of the Southern African Department, 6
    # February 1970": after the shelf mark, the paper it holds described in as many words as it takes
    if len(pieces) < 2 and not known or not all(pieces) or any(len(p.split()) > (_DESCRIPTION_WORDS if described else 6) for p in pieces):
        return None
    worded = worded_parts(rest)  # "ABS, fond A 2/1, inv. j. 1234": every part labelled in words
    if worded is None and not any(_shelf_piece(p) for p in pieces):
        return None
    parts = dict.fromkeys(("fond", "opis", "delo", "papka", "folios"))
    if _LABELLED_NUMBER.match(pieces[0]):
        parts = parse_parts(rest)  # "AMVnR, f. 1, op. 2, d. 15": the parts labelled as the lists above read them
    elif worded is not None:
        parts = worded
    elif (tail := _labelled_tail(pieces)) is not None:
        parts = tail  # "ΥΙΝ, Αρχείον ΓΕΝ, Ημερήσιαι Διαταγαί, φάκ. 1973/2, έγγρ. 14": the collection named, then the labelled parts
    elif (folio := _FOLIO_LABEL.match(pieces[-1])) is not None:
        parts["folios"] = "".join(pieces[-1][folio.end():].split()).replace("–", "-")
    if not any(parts.values()) or parts["fond"] is None and parts["delo"] is None:
        _number_first(rest, parts)  # "MNL OL, M-KS 288. f. 47/768. ő.e., pp. 1-9": the fond and the unit written number first
    if head.strip() in _BARE_FOND and parts["fond"] is None and _BARE_FOND_NUMBER.fullmatch(pieces[0]):
        parts["fond"] = pieces[0]  # "AJ, 507, CK SKJ, III/34": the fond's number, bare; "BCA, 030.18.01, ...": its code
    return {"archive": head.strip(), **parts, "text": _closed(line)}


_BARE_FOND = frozenset(known_archives(words("citation_bare_fond")))
_BARE_FOND_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)*")  # "507"; "030.18.01", a fond's code in its numbered levels


_TAIL_LABELS = frozenset(w.casefold() for w in words("citation_tail_labels"))


def _labelled_tail(pieces: list[str]) -> dict | None:
    """The parts of a citation that names the collection in words, unlabelled, then gives two parts or more each
    opening with its label in words ("Αρχείον ΓΕΝ, Ημερήσιαι Διαταγαί, φάκ. 1973/2, έγγρ. 14"; "030.18.01,
    Sıkıyönetim Dosyaları, Kutu 412, Dosya 1972/87, Sıra 5"): those parts, each as written with its label; None
    otherwise."""
    first = len(pieces)
    while first > 0 and (m := _WORD_PART.match(pieces[first - 1])) is not None and m.group(0).rstrip(". ").casefold() in _TAIL_LABELS:
        first -= 1
    if first == 0 or len(pieces) - first < 2:
        return None
    return worded_parts(", ".join(pieces[first:]))
# A series' letters, its number and the parts after slashes, the whole of a shelf mark in one piece ("DY 30/J IV
# 2/201/1340", "PREM 19/1542", "B 136/36157"): after an archive's abbreviation, whether the lists know the archive or
# not, the piece is its shelf mark.
SERIES_MARK = re.compile(r"[A-Z]{1,5}(?:-[A-Z]{1,5})? ?\d+[A-Za-z]?(?: ?/ ?[A-Za-z0-9.]+(?: [A-Za-z0-9.]+)*)+")
# Initials of an edition of documents, a news agency or a service, never an archive (initials_not_archives).
_NOT_ARCHIVES = frozenset(words("initials_not_archives"))
# The archives that keep the departments' series (archive_series: "PREM 19/1542" at TNA), and a piece of such a series.
SERIES_ARCHIVES = known_archives({code: keeper for language in LANGUAGES
                                   for code, keeper in (lexicon(language).get("archive_series") or {}).items()})
_SERIES_KEEPERS = frozenset(SERIES_ARCHIVES.values())
_DEPARTMENT_PIECE = re.compile(rf"(?:{alternation(SERIES_ARCHIVES) or '(?!)'})\s+\d{{1,4}}/\d{{1,6}}")
_DESCRIPTION_WORDS = 14  # a paper described after its shelf mark: a clause, no sentence of prose


# --- an archive's catalogue entry over the record it heads --------------------------------------------------------
# "The National Archives, Kew: FCO 99/1207, Record of conversation, ..., 6 July 1976", "Archives New Zealand: Cabinet
# Minutes CM (85) 27, 15 July 1985": the repository (and the city it stands in) before a colon, then the record's
# reference, a series' capitals, plain or written as initials ("G.C."), and a number ("FCO 99/1207", "CM (85) 27",
# "Government Minutes G.C. 13/21"), and its description in the catalogue's words.
_CATALOGUE_HEADER = re.compile(r"^(?P<archive>[^:;.()]{4,80}?)\s*:\s+(?P<reference>[^,]{0,40}?\b(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})\s?(?:\(\d{2,4}\)\s?)?\d[^,]*)(?:,|$)")
CATALOGUE_HEADER_CHARS = 240
_LABEL_WORDS = frozenset(w.casefold() for w in words("source_labels"))


def catalogue_header(line: str) -> dict | None:
    """The citation of an archive's catalogue entry that a page puts over the record's own heading (its repository
    named in words before a colon, a numbered reference after it); None for any other line, a sentence included."""
    line = line.strip()
    if len(line) > CATALOGUE_HEADER_CHARS or line.endswith((".", "!", "?")) or (m := _CATALOGUE_HEADER.match(line)) is None:
        return None
    archive = m["archive"].strip()
    if archive.casefold() in _LABEL_WORDS:
        return None  # "Archives: Fondation Léopold Sédar Senghor, ...": the label of a source note, no archive
    name, _, city = archive.partition(",")
    if not _REPOSITORY.search(name) or len(name.split()) > 8 or (city and not _is_place(city.strip(), city=True)):
        return None
    return {"archive": archive, **dict.fromkeys(("fond", "opis", "delo", "papka", "folios")), "text": line}


# --- an archive named in words, in any piece of a note ------------------------------------------------------------
# The words that name a place that keeps papers (an archive, a library, a museum), as against what it keeps ("Papers",
# "Collection", "Records"): repository_words. A piece numbered as a part is ("box 2", "file 47", "p. 12", "vol. 3").
# Behind the lookahead for the letters its words open with (``with_opening``): the lookbehind in front of them kept the
# search from skipping ahead, and every place of a line was tried against every word.
_REPOSITORY_WORDS = words("repository_words", (*LANGUAGES, *SUPPLEMENTED)) + words("repository_keepers") + known_archives(words("repository_names"))  # the names of single archives
# (a supplement's words too, in a script the language files do not write: "أرشيف", "अभिलेखागार", "آرکائیوز")
# A word that closes with an archive's word, compounded in the languages that join words ("Riksarkivet", "Bundesarchiv",
# "Þjóðskjalasafn", "Ulkoministeriön arkisto"): repository_endings, any letters before them, none after. The test asks
# only whether such an ending closes a word: the letters before it are not matched (a pattern that took them in tried
# every ending at every place of every word, the square of its length).
_REPOSITORY_ENDING = re.compile(rf"(?:{alternation(words('repository_endings'))})(?![^\W\d_])", re.IGNORECASE) \
    if words("repository_endings") else re.compile("(?!)")
_REPOSITORY = with_opening(re.compile(rf"(?<![^\W\d_])(?:{alternation(_REPOSITORY_WORDS)})(?![^\W\d_])")) \
    if _REPOSITORY_WORDS else re.compile("(?!)")
_NUMBERED_PIECE = re.compile(r"^(?:[^\W\d_]{2,12}\s+)?[^\W\d_]{1,6}\.?\s*\d")  # "box 2", "p. 12", "Subject File 312"
# A piece naming the papers of a person a repository keeps ("P. N. Haksar Papers", "Papers of T. N. Kaul"): a collection,
# not a labelled part, though a name's initial reads as a label ("P." is no papka): private_papers_words.
_PRIVATE_PAPERS = (re.compile(rf"(?:^|\s)(?:{alternation(words('private_papers_words'))})$|^(?:{alternation(words('private_papers_words'))})\s+of\s")
                   if words("private_papers_words") else re.compile("(?!)"))


def _names_repository(piece: str) -> bool:
    """A piece of a note that names a repository: short, no label's colon ("Source: Archive of ..." is a label's note)."""
    return len(piece) <= 80 and ":" not in piece and (_REPOSITORY.search(piece) is not None or _REPOSITORY_ENDING.search(piece) is not None)


_NAME_JOINERS = frozenset({"of", "the", "and", "for", "de", "du", "des", "di", "del", "della", "van", "voor", "für"})


def _name_closing_sentence(piece: str) -> str:
    """The archive's name closing a note's sentence ("Okello's broadcasts are summarised in Zanzibar National
    Archives"): its capitalised words, the joiners of a name among them ("Archives of the Ministry"); the piece as
    written when it is the name alone."""
    found = piece.split()
    at = len(found)
    while at > 0 and (found[at - 1][:1].isupper() or found[at - 1] in _NAME_JOINERS):
        at -= 1
    while at < len(found) and found[at] in _NAME_JOINERS:
        at += 1
    name = " ".join(found[at:])
    return name if at > 0 and name and any(w[:1].islower() for w in found[:at]) and _names_repository(name) else piece


def repository_citation(text: str, *, leading: bool, archive_first: bool = False) -> dict | None:
    """A citation that names its archive in words in one of its comma-separated pieces, the first when ``leading``
    ("National Archives of India, MEA, HI/1012/14/66, p. 12."; "Ayub Khan Papers, Hoover Institution Archives, box 2,
    diary, 26 November 1965"; "Arhivele Naționale ale României, fond CC al PCR, dosar 96/1978, f. 12-16."): the piece
    that names a repository is the archive, when a piece after it is numbered as a shelf mark or a part is. The parts
    after it: every one labelled in words, as written; labelled by abbreviations ("f. 4, d. 28"), as numbers; else
    an unlabelled signature, of which the folios alone are read, from the last piece. With ``archive_first``, the
    first piece is the archive by the place the citation's format gives it, whatever its words ("Instituto de Historia
    de Cuba, Fondo DIER, leg. 14, exp. 3" after a Wilson citation's collection)."""
    first, written = text.partition(",")[0], None
    if leading and ":" in first and _names_repository(name := first.partition(":")[0].strip()) and name.casefold() not in _LABEL_WORDS:
        written = _CITATION_END.split(text, maxsplit=1)[0].strip().rstrip(" ;,.")  # as the page writes it
        text = f"{name}, {text.partition(':')[2].lstrip()}"  # "National Archives of Australia: A13075, 1975/36": the
        # repository, a colon, then its item's series and number
    elif leading and not archive_first and not _names_repository(first.strip()):
        return None  # the first piece names no repository (most lines): told before the line is cut and split
    text = _CITATION_END.split(text, maxsplit=1)[0].strip().rstrip(" ;,.")
    if len(text) > 240 or "," not in text:
        return None
    pieces = [p.strip() for p in text.split(",")]
    at = next((i for i, p in enumerate(pieces[: 1 if leading else len(pieces)]) if _names_repository(p)), None)
    if at is None and archive_first and leading and len(pieces[0]) <= 80 and ":" not in pieces[0] and not any(c.isdigit() for c in pieces[0]):
        at = 0
    rest = pieces[at + 1:] if at is not None else []
    if not rest or not all(rest) or not any(_NUMBERED_PIECE.match(p) or _shelf_piece(p) for p in rest):
        return None
    archive = _name_closing_sentence(pieces[at])
    if at == 2 and _is_place(pieces[1], city=True) and not _names_repository(pieces[0]) and not _NUMBERED_PIECE.match(pieces[0]):
        archive = ", ".join(pieces[:3])  # "Ministerio de Asuntos Exteriores, Madrid, Archivo General, R-10244": the
        # ministry and its city name the archive the note opens with, as "Central State Archive, Sofia" does after it
        at = 0
    city, colon, mark = rest[0].partition(":")
    if colon and mark.strip() and _is_place(city.strip(), city=True):
        archive, rest = f"{archive}, {city.strip()}", [mark.strip(), *rest[1:]]  # "The National Archives, Kew: FCO
        # 63/1235": the city the archive stands in, a colon, then the shelf mark
    elif len(rest) > 1 and (_is_place(rest[0], city=True) or _is_place(_ABBREVIATED.sub("", rest[0]).strip(), city=True)):
        archive, rest = f"{archive}, {rest[0]}", rest[1:]  # "Archive of the Ministry of Foreign Affairs ..., Prague, TO-T
        # 1970-1974, ...": the city the archive stands in is part of its name, as "Central State Archive, Sofia" is, with
        # the abbreviation set after the city ("National Archives, Prague (NA), fond KSČ-ÚV-02/2, ...")
        # (a country there names the file's series: "... (MINREX), Barbados, 1972, caja 1")
    parts = dict.fromkeys(("fond", "opis", "delo", "papka", "folios"))
    worded = worded_parts(", ".join(rest)) if not any(_PRIVATE_PAPERS.search(p) for p in rest) else None
    if worded is not None and fond_closes_mark(", ".join(rest), worded):
        worded = None  # "Shetland Archives, D.1/LHT/2/1/41, f. 88": a Western mark closed by its folio, read below
    if worded is not None:
        parts = worded
    elif _LABELLED_NUMBER.match(rest[0]) or _WORD_PART.match(rest[0]) and any(c.isdigit() for c in rest[0]):
        parts = parse_parts(", " + ", ".join(rest))  # "fond 2, dans 1, kh/n 187, pp. 21-28": the fond labelled in words, the
        # archive's own labels after it ("dans", the inventory; "kh/n", the storage unit) left in its reference
        if fond_closes_mark(", ".join(rest), parts):
            parts = {**dict.fromkeys(("fond", "opis", "delo", "papka")), "folios": _closing_folios(", ".join(rest))}
    elif (folio := _FOLIO_LABEL.match(rest[-1])) is not None:
        parts["folios"] = "".join(rest[-1][folio.end():].split()).replace("–", "-")
    return {"archive": archive, **parts, "text": _closed(written or ", ".join(pieces[at:]))}
