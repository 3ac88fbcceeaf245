"""A protocol's item heads and its turns labelled with a full stop: "Ad 1.", "Re item 3:", "К пункту 2." open a block
that the session dates, no speaker nor date of their own; "Comrade Gomułka. The PKI leadership went ..." and "Тов.
Громыко. Обстановка ..." are the named member's turns, on the session's day, as "Comrade X:" is."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.document_act import item_head_end, turn_name_in
from pipeline.parse.model import ParsedDocument
from tests.unit.extract.papers import paper

DAY = date(1971, 3, 9)


def _doc(title: str, texts: list[str], language: str) -> ParsedDocument:
    return paper(texts, kind="minutes", day=DAY, language=language, title=title)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Comrade Gomułka. The situation in the party is difficult and we must act.", "Władysław Gomułka"),
    ("Comrade W. Gomułka. The situation in the party is difficult and we must act.", "Władysław Gomułka"),
    ("Ad 3. Comrade Gromyko. The Americans have not answered our note yet.", "Andrei Gromyko"),
    ("Тов. Громыко. Американцы до сих пор не ответили на нашу ноту.", "Andrei Gromyko"),
    ("Товарищ Громыко. Обстановка на границе остается напряженной.", "Andrei Gromyko"),
    ("Comrade Kowalczykowski. The harvest will be late this year in the east.", "Kowalczykowski"),
])
def test_a_titled_name_closed_by_a_full_stop_labels_a_turn(text, speaker):
    assert turn_name_in(text) == speaker


@pytest.mark.parametrize("text", [
    "Comrade Naszkowski reported that the embassy had evacuated the families.",  # a sentence with its verb: no label
    "Comrade Gomułka.",  # the label alone, no words after it
    "Gomułka. The situation is difficult.",  # no title: a surname alone may begin any sentence
    "The comrades agreed. The meeting closed at noon.",
])
def test_no_titled_label_no_dotted_turn(text):
    assert turn_name_in(text) is None


@pytest.mark.parametrize(("text", "end"), [
    ("Ad 1. Comrade Kowalski reported.", 6),
    ("Re item 3: The Minister informed the meeting.", 11),
    ("Point IV. The Chairman summed up.", 10),
    ("К пункту 2. Тов. Громыко сообщил о беседе.", 12),
    ("Адам Рапацкий сообщил о беседе.", 0),
    ("Re your telegram of 5 May.", 0),
])
def test_an_item_head_opens_the_block(text, end):
    assert item_head_end(text) == end


def test_an_item_decision_and_the_dotted_turns_are_on_the_session_day():
    doc = _doc("Protocol No. 7 of the Meeting of the Politburo held on 9 March 1971", [
        "Participants: Comrades Gomułka, Cyrankiewicz, Rapacki.",
        "Comrade Rapacki. The Western powers have kept silent about the border.",
        "Comrade Gomułka. The talks went badly and the party must explain it.",
        "Ad 2. Decided: the delegation to the congress will be led by Comrade Cyrankiewicz.",
    ], "en")
    rows = extract_events(doc)
    for block, who in ((1, "Adam Rapacki"), (2, "Władysław Gomułka")):
        mine = [e for e in rows if e.block == block]
        assert any(e.start_date == e.end_date == DAY and e.sources == [who] for e in mine), mine
        assert not any(e.start_date is None and e.end_date is not None for e in mine), mine  # no "by the day" row beside
    decided = [e for e in rows if e.block == 3]
    assert decided and all(e.start_date == e.end_date == DAY for e in decided), decided
