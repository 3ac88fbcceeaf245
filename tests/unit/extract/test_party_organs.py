"""A party's body named without the party ("The Central Committee will convene a plenum", "ЦК рассмотрел", "政治局讨论了")
is the body of the party the document is written from: its sender's party, else the party of the state whose records its
language writes; the Presidium and the Central Committee stay two bodies."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _actors(text: str, language: str, senders: list[str]) -> list[str]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="letter",
                         document_date=date(1968, 3, 11), document_date_precision="day", sender_names=senders,
                         blocks=[Block("paragraph", 0, len(text), text, language=language)])
    return [n for e in extract_events(doc) for n in list(e.sources) + list(e.targets)]


@pytest.mark.parametrize(("text", "language", "senders", "body"), [
    ("The Central Committee will convene a plenum at the end of March to approve the new measures.", "en",
     ["Todor Zhivkov"], "Central Committee of the Bulgarian Communist Party"),
    ("On 6 March the Central Committee approved the new economic measures.", "en", ["Walter Ulbricht"],
     "Central Committee of the Socialist Unity Party of Germany"),
    ("On 6 March the Politburo approved the new economic measures.", "en", ["Walter Ulbricht"], "Politburo of the Socialist Unity Party of Germany"),
    ("ЦК 5 марта утвердил новые экономические меры.", "ru", [], "Central Committee of the Communist Party of the Soviet Union"),
    ("Президиум ЦК 5 марта принял решение по вашему письму.", "ru", [], "Politburo of the Communist Party of the Soviet Union"),
    ("政治局于三月五日讨论了你们的来信。", "zh", ["Mao Zedong"], "Politburo of the Central Committee of the CPC"),
])
def test_a_bare_party_body_is_the_writers_partys(text, language, senders, body):
    actors = _actors(text, language, senders)
    assert body in actors, actors


def test_a_bare_body_stays_bare_where_nothing_shows_the_writers_party():
    actors = _actors("The Central Committee will convene a plenum at the end of March.", "en", [])
    assert "Central Committee" in actors and not any("Party" in a for a in actors), actors


def test_a_body_named_with_its_party_keeps_that_party():
    actors = _actors("Президиум ЦК КПСС 5 марта принял решение.", "ru", ["Todor Zhivkov"])
    assert "Politburo of the Communist Party of the Soviet Union" in actors, actors
    assert not any("Bulgarian" in a or a.startswith("Central Committee") for a in actors), actors


@pytest.mark.parametrize(("text", "language", "senders", "body"), [
    ("外交部已于三月五日通知各驻外使馆。", "zh", [], "Ministry of Foreign Affairs of the People's Republic of China"),
    ("МИД 5 марта направил ноту правительству ФРГ.", "ru", [], "Ministry of Foreign Affairs of the USSR"),
    ("The Ministry of Foreign Affairs notified the embassy in Delhi on 5 March to postpone the statement.", "en", ["Zhou Enlai"],
     "Ministry of Foreign Affairs of the People's Republic of China"),
])
def test_a_bare_ministry_is_the_writers_states(text, language, senders, body):
    actors = _actors(text, language, senders)
    assert body in actors, actors
