"""Minutes of a body whose list of those present names its members ("Present: K. Batbayar, D. Oyun, T. Ganzorig"), then
tell each one's turn by a title and the surname ("Comrade Oyun supported the proposal", "Colonel Ganzorig said that"):
the turn is that member's, written as the list writes him, not the last speaker's going on, even when the gazetteer
does not know him and the verb is no verb of saying."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.extract.events.context import member_opening, present_members
from pipeline.parse.model import ParsedDocument
from tests.unit.extract.papers import paper

_LINES = [
    "MINUTES of the meeting of the Political Bureau of the CC held on 9 May 1971",
    "Present: K. Batbayar, D. Oyun, T. Ganzorig, Ch. Dashdorj",
    "Comrade Batbayar reported that the border talks had been broken off on Tuesday.",
    "Comrade Oyun supported the proposal and suggested that the herdsmen be informed through party meetings.",
    "Colonel Ganzorig said that the frontier posts had been reinforced.",
]


def _minutes() -> ParsedDocument:
    return paper(_LINES, kind="minutes", day=date(1971, 5, 9), title=_LINES[0])


def test_the_list_of_those_present_gives_every_member():
    assert present_members(_minutes())[:4] == ["K. Batbayar", "D. Oyun", "T. Ganzorig", "Ch. Dashdorj"]


def test_a_title_and_a_surname_are_the_listed_member():
    members = ["K. Batbayar", "D. Oyun", "T. Ganzorig"]
    assert member_opening("Comrade Oyun supported the proposal.", members) == "D. Oyun"
    assert member_opening("Colonel Ganzorig said that the posts were ready.", members) == "T. Ganzorig"
    assert member_opening("The border talks were broken off.", members) is None
    assert member_opening("Comrade Tsend supported the proposal.", members) is None


def test_each_members_turn_is_his_own_not_the_last_speakers():
    doc = _minutes()
    said: dict[str, list[list[str]]] = {}
    for e in extract_events(doc):
        text = doc.blocks[e.block].text
        if text.startswith(("Comrade", "Colonel")) and e.event_type in ("statement", "proposal"):
            said.setdefault(text.split()[1], []).append(e.sources)
    assert said.get("Oyun") and all(s[-1:] and s[-1].endswith("Oyun") for s in said["Oyun"]), said
    assert any(s[-1:] and s[-1].endswith("Ganzorig") for s in said.get("Ganzorig", [])), said
    assert all("Batbayar" not in " ".join(s) for s in said.get("Oyun", []) + said.get("Ganzorig", [])), said


_COUNCIL = [
    "MINUTES OF THE TWELFTH SESSION OF THE SUPREME DEFENCE COUNCIL",
    "Present: the President of the Republic, General Tomás Ferreira Lobo (presiding); the Minister of the Navy, Admiral"
    " Rui Seixas Amaral; the Minister of Finance, Dr. Vasco Pinheiro; the Minister of Agriculture, Eng. Mário Queluz",
    "Secretary: Colonel Álvaro Teles de Sousa",
    "The President opened the session and said that the strike at the docks had ended on Monday.",
    "The Minister of the Navy reported that two frigates had sailed for the islands on Tuesday.",
    "Minister Pinheiro asked that the budget be reviewed. The President replied that it would be reviewed in May.",
]


def _council() -> ParsedDocument:
    return paper(_COUNCIL, kind="minutes", day=date(1962, 3, 9), title="Minutes of the Twelfth Session of the Supreme Defence Council")


def test_a_turn_by_a_listed_office_is_its_holder_as_the_list_names_him():
    doc = _council()
    by_opening: dict[str, list[list[str]]] = {}
    for e in extract_events(doc):
        text = doc.blocks[e.block].text
        by_opening.setdefault(" ".join(text.split()[:3]), []).append(e.sources)
    assert ["Tomás Ferreira Lobo"] in by_opening.get("The President opened", []), by_opening
    assert ["Rui Seixas Amaral"] in by_opening.get("The Minister of", []), by_opening
    assert ["Vasco Pinheiro"] in by_opening.get("Minister Pinheiro asked", []), by_opening
    assert not any("Teles" in " ".join(s) for rows in by_opening.values() for s in rows), by_opening
