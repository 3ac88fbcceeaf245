"""An office named for its holder ("the Ambassador", "the President"): the person the document itself names with
that office ("Ambassador Roshchin", "President Nixon"), or the one party whose gazetteer note gives it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.extract.mentions import find_mentions
from pipeline.normalize.lexicon import lexicon
from pipeline.normalize.names import canonical_name, lookup
from pipeline.normalize.openings import compile_opening

_OFFICES = sorted(lexicon("en").get("office_titles") or [], key=len, reverse=True)
# Each office's title as a whole word, any case, compiled once ("Foreign Minister" in a gazetteer note).
_OFFICE_WORDS = [(t, re.compile(r"\b" + re.escape(t) + r"\b", re.IGNORECASE)) for t in _OFFICES]
_TITLE_BEFORE = compile_opening(r"\b(?P<title>" + "|".join(re.escape(t) for t in _OFFICES) + r")\.?\s*\[?\s*$")
# The words before an office that make it a lesser one ("Assistant Secretary Arthur A. Hartman" is no "the Secretary").
_LESSER_BEFORE = compile_opening(r"\b(?:" + "|".join(re.escape(w) for w in lexicon("en").get("lesser_office_prefixes") or ["(?!)"]) + r")\s+$")
_TITLE_OPENS = compile_opening(r"(?P<title>" + "|".join(re.escape(t) for t in _OFFICES) + r")\.?\s")
# An office written alone in running text, "the" before it and no name after it: "The President’s Luncheon with
# Chairman Gorbachev", "Luncheon of the Secretary with ..." (not "the Secretary of State George P. Shultz").
_BARE_IN_TEXT = compile_opening(
    r"\b(?P<office>[Tt]he\s+(?P<title>" + "|".join(re.escape(t) for t in _OFFICES) + r"))(?:['’]s\b|\b(?!\s+\[?[A-Z]))"
)
# An office before a person's given name and surname, each capitalised ("Prime Minister Siaka Stevens").
# Its words may carry the Latin letters with accents ("Foreign Minister Einar Ágústsson", "President Carlos Andrés Pérez").
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_PARTICLES = "|".join(re.escape(p) for p in lexicon("en").get("name_particles") or ["(?!)"])  # "José Eduardo dos Santos": no name cut
_TITLED_UNKNOWN = compile_opening(r"\b(?P<title>" + "|".join(re.escape(t) for t in _OFFICES)
                                  + rf")\s+(?P<name>[{_UPPER}][{_LOWER}]+(?:\s+[{_UPPER}][{_LOWER}][\w'’-]*){{1,2}})(?![\w'’-]|\s+[{_UPPER}]|\s+(?:{_PARTICLES})\s)")
_TITLE_WORDS = frozenset(w for t in [*_OFFICES, *(lexicon("en").get("titles") or [])] for w in t.split())
_BARE_TITLE = compile_opening(r"^\W*(?:the\s+|mr\.?\s+|madam\s+)?(?P<title>" + "|".join(re.escape(t) for t in _OFFICES) + r")\W*$", re.IGNORECASE)


def office_holders(texts: Iterable[str], parties: Iterable[str]) -> dict[str, str]:
    """Each office (lower case) the document names exactly one holder of: from its own "Title Name" pairs first,
    else from the gazetteer notes of its parties (senders, recipients, participants)."""
    named: dict[str, set[str]] = {}
    for text in texts:
        for m in find_mentions(text):
            if m.entity.kind != "person":
                continue
            # "Ambassador Roshchin", or a titled form the gazetteer lists itself ("President Nixon")
            window = max(0, m.start - 30)
            t = _TITLE_BEFORE.search(text[window: m.start]) or _TITLE_OPENS.match(text, m.start, m.end)
            if t and not _LESSER_BEFORE.search(text, 0, window + t.start() if t.re is _TITLE_BEFORE else t.start()):
                named.setdefault(t["title"].lower(), set()).add(m.entity.name)
    unknown: dict[str, set[str]] = {}
    for text in texts:  # "Prime Minister Siaka Stevens", a person the gazetteer lacks: for an office no known person holds
        known = [(m.start, m.end) for m in find_mentions(text)]
        for t in _TITLED_UNKNOWN.finditer(text):
            if t["name"].split()[0] not in _TITLE_WORDS and not any(a < t.end("name") and t.start("name") < b for a, b in known) \
                    and not _LESSER_BEFORE.search(text, 0, t.start()):  # "Assistant Secretary Arthur Hartman": no "Secretary"
                unknown.setdefault(t["title"].lower(), set()).add(canonical_name(t["name"]))
    for title, people in unknown.items():
        named.setdefault(title, people)
    noted: dict[str, set[str]] = {}
    for party in parties:
        entity = lookup(party)
        if entity is None or entity.kind != "person" or not entity.note:
            continue
        for title, written in _OFFICE_WORDS:
            if written.search(entity.note):
                noted.setdefault(title.lower(), set()).add(entity.name)
    holders = {}
    for title in set(named) | set(noted):
        people = named.get(title) or noted.get(title) or set()
        if len(people) == 1:
            holders[title] = next(iter(people))
    for title in _OFFICES:  # "Secretary of State Henry Kissinger" and no other Secretary: "the Secretary" is he
        longer = {h for t, h in holders.items() if t.startswith(title.lower() + " of ")}
        if title.lower() not in holders and title.lower() not in named and len(longer) == 1:
            holders[title.lower()] = next(iter(longer))
    return holders


def titled_name(text: str) -> str | None:
    """The one person ``text`` names after an office, whom the gazetteer may not know ("Moroccan Foreign Minister Ahmed
    Taibi Benhima" in a record's heading): his name, or None where it names none or several."""
    found = [t["name"] for t in _TITLED_UNKNOWN.finditer(text)
             if t["name"].split()[0] not in _TITLE_WORDS and not _LESSER_BEFORE.search(text, 0, t.start())]
    return canonical_name(found[0]) if len(found) == 1 else None


def holder(name: str, holders: dict[str, str]) -> str:
    """The person an actor written as a bare office stands for, or the name unchanged."""
    m = _BARE_TITLE.match(name)
    return holders.get(m["title"].lower(), name) if m else name


def is_bare_title(name: str) -> bool:
    """An actor written as an office alone ("the Ambassador", "President")."""
    return bool(_BARE_TITLE.match(name))


def bare_offices(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The offices ``text`` writes alone ("The President’s Luncheon"), outside the names already found there: where
    each stands and the office as written ("The President"), which ``holder`` later reads as the person."""
    return [(m.start(), m.end("office"), m["office"]) for m in _BARE_IN_TEXT.finditer(text)
            if not any(a < m.end("office") and m.start() < b for a, b in taken)]


_OF_AFTER = compile_opening(r"\s+of\b")


def bare_office_spans(text: str, holders: dict[str, str], taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The offices ``text`` writes alone whose holder the document knows ("The President discussed Laos with Rusk" in a
    document of the President's government, "the Ambassador replied" after "Ambassador Menshikov"): where each stands
    and the holder. Not "the President of Finland", nor an office inside a name already found."""
    if not holders:
        return []
    return [(m.start(), m.end("office"), holders[m["title"].lower()]) for m in _BARE_IN_TEXT.finditer(text)
            if m["title"].lower() in holders and not _OF_AFTER.match(text, m.end("office"))
            and not any(a < m.end("office") and m.start() < b for a, b in taken)]


# --- Russian: an office written alone for the holder the page introduced ("президентом ... маршалом А. ас-Салялем", later
# "Президент сказал"): ru.yaml ``office_stems``.
_RU_OFFICES: dict[str, str] = {k: v for k, v in (lexicon("ru").get("office_stems") or {}).items() if v}
_RU_STEMS = sorted(_RU_OFFICES, key=len, reverse=True)
_RU_OFFICE = compile_opening(
    r"(?<![\w-])(?i:(?P<stem>" + "|".join(re.escape(s) for s in _RU_STEMS) + r"))(?:" + "|".join(sorted(lexicon("ru").get("office_endings") or [], key=len, reverse=True)) + r")?(?![\w-])"
) if _RU_STEMS else None
# Up to five words between the office and the name it introduces ("Йеменской Арабской Республики маршалом А."), no stop
_RU_INTRODUCED = compile_opening(r"^(?:\s+(?:[^\W\d_]\.|[^\s.,;:!?()]+)){0,5}\s+$")
# After an office written alone: a small letter, a comma or the sentence's end; not "Президент США", "президент Сукарно".
_RU_ALONE_AFTER = compile_opening(r"\s*(?:[,.;:!?)]|$|\s*[a-z\u0430-\u044f\u0451])")


def ru_office_holders(texts: Iterable[str]) -> dict[str, str]:
    """Each Russian office (its stem, lower case, under the key "ru:" + stem) the page writes a few words before exactly
    one person's name: that person."""
    if _RU_OFFICE is None:
        return {}
    named: dict[str, set[str]] = {}
    for text in texts:
        if not _RU_OFFICE.search(text):
            continue
        mentions = [m for m in find_mentions(text) if m.entity.kind == "person"]
        for m in _RU_OFFICE.finditer(text):
            person = next((k for k in mentions if k.start >= m.end()), None)
            if person is not None and _RU_INTRODUCED.match(text[m.end(): person.start]):
                named.setdefault("ru:" + _RU_OFFICES[m["stem"].lower()], set()).add(person.entity.name)
    return {office: next(iter(people)) for office, people in named.items() if len(people) == 1}


def ru_bare_office_spans(text: str, holders: dict[str, str], taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The Russian offices ``text`` writes alone ("Президент сказал", "Сообщил президенту, что") whose holder the page
    introduced (``ru_office_holders``): where each stands and the holder."""
    if _RU_OFFICE is None:
        return []
    found = []
    for m in _RU_OFFICE.finditer(text):
        name = holders.get("ru:" + _RU_OFFICES[m["stem"].lower()])
        if name and _RU_ALONE_AFTER.match(text, m.end()) and not any(a < m.end() and m.start() < b for a, b in taken):
            found.append((m.start(), m.end(), name))
    return found


# --- Chinese: an office written alone for the holder the page introduced ("周恩来总理 ……总理说"): zh.yaml ``office_words``.
_ZH_WORDS = sorted(lexicon("zh").get("office_words") or [], key=len, reverse=True)
_ZH_OFFICE = compile_opening(
    "(?:" + "|".join(re.escape(w) for w in _ZH_WORDS) + ")(?!" + "|".join(re.escape(c) for c in lexicon("zh").get("office_word_continuations") or ["(?!)"]) + ")"
) if _ZH_WORDS else None


def zh_office_holders(texts: Iterable[str]) -> dict[str, str]:
    """Each Chinese office (under the key "zh:" + the office) the page writes right before or after exactly one person's
    name ("周恩来总理", "大使拉扎"), or that closes a name of him the gazetteer lists ("周总理"): that person."""
    if _ZH_OFFICE is None:
        return {}
    named: dict[str, set[str]] = {}
    for text in texts:
        if not _ZH_OFFICE.search(text):
            continue
        people = {(m.start, m.end): m.entity.name for m in find_mentions(text) if m.entity.kind == "person"}
        for m in _ZH_OFFICE.finditer(text):
            for (a, b), name in people.items():
                if b == m.start() or a == m.end() or (a < m.start() and b == m.end()):  # "周总理": the name the office closes
                    named.setdefault("zh:" + m[0], set()).add(name)
    return {office: next(iter(people)) for office, people in named.items() if len(people) == 1}


def zh_bare_office_spans(text: str, holders: dict[str, str], taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The Chinese offices ``text`` writes alone ("总理说") whose holder the page introduced (``zh_office_holders``): no name
    touching them ("巴基斯坦总统" is another state's, "周恩来总理" is named already)."""
    if _ZH_OFFICE is None:
        return []
    found = []
    names = [(m.start, m.end) for m in find_mentions(text)]
    for m in _ZH_OFFICE.finditer(text):
        name = holders.get("zh:" + m[0])
        if name and not any(b == m.start() or a == m.end() or (a < m.end() and m.start() < b) for a, b in [*names, *taken]) \
                and not _zh_unknown_name_before(text, m.start()) and not text[: m.start()].endswith(_ZH_POST_MARKERS):
            found.append((m.start(), m.end(), name))
    return found


_ZH_POST_MARKERS = tuple(lexicon("zh").get("office_post_markers") or ["(?!)"])  # "……为总理": the post given
_ZH_NOT_NAME_LETTERS = frozenset(lexicon("zh").get("office_not_name_letters") or [])
_ZH_LETTER = compile_opening(r"[\u4e00-\u9fff\u00b7]")


def _zh_unknown_name_before(text: str, at: int) -> bool:
    """The office at ``at`` closes a name the page writes and the gazetteer lacks: the clause opens with two to six
    letters right before it ("，班达拉奈克总理在科伦坡……"), none of them a day's, a pronoun's or a verb's
    (``office_not_name_letters``: "二十五日上午总理会见" is the holder's)."""
    start = at
    while start > 0 and at - start <= 6 and _ZH_LETTER.match(text, start - 1):
        start -= 1
    name = text[start:at]
    return 2 <= len(name) <= 6 and (start == 0 or not _ZH_LETTER.match(text, start - 1)) \
        and not _ZH_NOT_NAME_LETTERS & set(name) and not find_mentions(name)


def titled_sequence(texts: Iterable[str]) -> dict[str, list[tuple[int, int, str]]]:
    """Every holder the page names with an office, in the page's order: each office (lower case) with the text's index,
    where the name stands and the person, whether the gazetteer knows him ("President de Gaulle") or not ("President
    Fulbert Youlou")."""
    seq: dict[str, list[tuple[int, int, str]]] = {}
    for i, text in enumerate(texts):
        mentions = find_mentions(text)
        for m in mentions:
            if m.entity.kind != "person":
                continue
            window = max(0, m.start - 30)
            t = _TITLE_BEFORE.search(text[window: m.start]) or _TITLE_OPENS.match(text, m.start, m.end)
            if t and not _LESSER_BEFORE.search(text, 0, window + t.start() if t.re is _TITLE_BEFORE else t.start()):
                seq.setdefault(t["title"].lower(), []).append((i, m.start, m.entity.name))
        known = [(m.start, m.end) for m in mentions]
        for t in _TITLED_UNKNOWN.finditer(text):
            if t["name"].split()[0] not in _TITLE_WORDS and not any(a < t.end("name") and t.start("name") < b for a, b in known) \
                    and not _LESSER_BEFORE.search(text, 0, t.start()):
                seq.setdefault(t["title"].lower(), []).append((i, t.start("name"), canonical_name(t["name"])))
    return {office: sorted(found) for office, found in seq.items()}


def contested_offices(texts: list[str]) -> dict[str, list[tuple[int, int, str]]]:
    """The offices the page names two or more holders of ("President Fulbert Youlou" and "President de Gaulle"), each
    with its holders in the page's order (``titled_sequence``), a shorter form of a name read as its full one."""
    contested = {}
    for office, found in titled_sequence(texts).items():  # "President Moktar Ould Daddah", then "President Ould Daddah": one
        full = {n.split()[-1]: n for n in sorted({n for _, _, n in found}, key=len)}
        found = [(i, p, full[n.split()[-1]]) for i, p, n in found]
        if len({n for _, _, n in found}) > 1:
            contested[office] = found
    return contested


def nearest_holder(found: list[tuple[int, int, str]], index: int, at: int) -> str | None:
    """The holder of ``found`` (``contested_offices``) the page named last before position ``at`` of its text ``index``
    ("the President" after "President Youlou" in the same passage: Youlou), or None where it named none before."""
    before = [n for i, p, n in found if (i, p) < (index, at)]
    return before[-1] if before else None


def office_title(written: str) -> str | None:
    """The office (lower case) an office written alone stands for ("The President" -> "president")."""
    m = _BARE_TITLE.match(written)
    return m["title"].lower() if m else None
