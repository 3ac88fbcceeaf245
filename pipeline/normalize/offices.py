"""Offices named for their holders, resolved by date (``pipeline/reference/offices.yaml``).

"The Director of Central Intelligence said ..." in a memorandum of 1 November 1956 is Allen Dulles; "the
President" in a memorandum of the National Security Council is the President of the United States of that day.
An office written in full names its holder in any document; the short form a government writes of its own
offices ("the President", "the Secretary") only in a document of that government, known by a cue of its
address or title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from importlib import resources

from schemas import load_yaml


@dataclass(frozen=True)
class Office:
    office: str
    country: str
    forms: tuple[str, ...]
    home_forms: tuple[str, ...]
    holders: tuple[tuple[str, date, date], ...]

    def holder_on(self, day: date) -> str | None:
        """Who held the office on that day (None between two holders or outside the list)."""
        return next((name for name, first, last in self.holders if first <= day <= last), None)


@cache
def _data() -> dict:
    return load_yaml(resources.files("pipeline.reference").joinpath("offices.yaml").read_text("utf-8"))


@cache
def offices() -> tuple[Office, ...]:
    return tuple(
        Office(o["office"], o["country"], tuple(o.get("forms") or ()), tuple(o.get("home_forms") or ()),
               tuple((name, first, last) for name, first, last in o["holders"]))
        for o in _data()["offices"]
    )


def home_countries(url: str | None, title: str | None) -> frozenset[str]:
    """The governments a document is written inside, by the cues of its address and title."""
    where = f"{url or ''}\n{title or ''}"
    return frozenset(country for country, cues in (_data().get("homes") or {}).items()
                     if any(cue in where for cue in cues))


def house_offices(collection: str | None, url: str | None) -> dict[str, str]:
    """The offices (lower case) a house's own papers write bare, with the office each names ("director": "Director of
    Central Intelligence" in a CREST record), by the cues of the page's collection and address."""
    where = f"{collection or ''}\n{url or ''}"
    return {title.lower(): office for house in _data().get("house_offices") or [] if any(cue in where for cue in house["cues"])
            for title, office in house["titles"].items()}


def _is_bare(form: str) -> bool:
    """A one-word office written alone ("President", "Secretary"): read only as an actor's whole name."""
    return " " not in form and form.isascii() and not form.isupper()


def office_names(day: date | None, homes: frozenset[str] = frozenset()) -> dict[str, str]:
    """Each way of writing an office that names its holder wherever it stands (case as written), with the holder on
    ``day``: the full forms always, a government's own forms ("Secretary of State", "DCI") in its documents."""
    return dict(_split_forms(day, homes)[0])


def bare_holders(day: date | None, homes: frozenset[str]) -> dict[str, str]:
    """A government's one-word offices ("President", "Secretary", "Premier") in lower case, with their holder on
    ``day``: what an actor written as the office alone ("the President") stands for in that government's document."""
    return dict(_split_forms(day, homes)[1])


@lru_cache(maxsize=4096)
def _split_forms(day: date | None, homes: frozenset[str]) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """``_forms`` as (form, holder) pairs, the full forms and the bare ones (lowered) apart: made once per day and
    set of governments, where every document read them anew from every office's holders."""
    forms = _forms(day, homes)
    return (tuple((form, name) for form, name in forms.items() if not _is_bare(form)),
            tuple((form.lower(), name) for form, name in forms.items() if _is_bare(form)))


def _forms(day: date | None, homes: frozenset[str]) -> dict[str, str]:
    if day is None:
        return {}
    names: dict[str, str] = {}
    for office in offices():
        holder = office.holder_on(day)
        if holder is None:
            continue
        for form in office.forms + (office.home_forms if office.country in homes else ()):
            names.setdefault(form, holder)
    return names


@lru_cache(maxsize=512)  # a page's own offices (a list of those present) make forms of their own
def _pattern(forms: tuple[str, ...]) -> re.Pattern:
    # Longest first, one branch per first character, which is read before the character ahead of it is checked
    # ("S(?<![\w-].)(?:ecretary of State|ecretary)"): the search skips straight to the places an office may start.
    firsts: dict[str, list[str]] = {}
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        firsts.setdefault(form[0], []).append(re.escape(form[1:]))
    body = "|".join(rf"{re.escape(first)}(?<![\w-].)(?:{'|'.join(rests)})" for first, rests in sorted(firsts.items()))
    # Not "Secretary of State for External Relations": another state's office.
    return re.compile(rf"(?:{body})(?![\w-])(?!\s+for\b)")


# The word before an office that makes it another one: "the Brazilian Secretary of State", "Assistant Secretary of
# State", "Deputy Director of Central Intelligence" (a capitalised word other than an article), "former", "acting".
_QUALIFIED = re.compile(r"(?:\b(?!The\b)[A-Z][\w.’'-]*|\b(?:former|acting|deputy|assistant|vice)|-)\s*$")


def find_offices(text: str, names: dict[str, str]) -> list[tuple[int, int, str]]:
    """The offices of ``names`` written in ``text`` (longest first): where each stands and its holder's name."""
    forms = tuple(names)
    if not forms:
        return []
    return [(m.start(), m.end(), names[m.group()]) for m in _pattern(forms).finditer(text)
            if not _QUALIFIED.search(text[max(0, m.start() - 30): m.start()])]


def participant_in_office(label: str, day: date | None, participants: list[str]) -> str | None:
    """The one participant of a talk who held the office a turn's label names on that day ("THE PRESIDENT:" in a
    transcript of Johnson and Rusk: Johnson; "The Secretary:" in one of Rusk and Dobrynin: Rusk); None if none or two."""
    if day is None or not participants:
        return None
    written = re.sub(r"^the\s+", "", " ".join(label.split()), flags=re.IGNORECASE).casefold()
    found = {holder for office in offices() for form in office.forms + office.home_forms
             if form.casefold() == written and (holder := office.holder_on(day)) in participants}
    return found.pop() if len(found) == 1 else None
