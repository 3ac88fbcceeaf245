"""An office set off by commas with its holder's name ("the High Commissioner, Pierre Legrand, declared", "the Amir,
Shaikh Rashid bin Hamad Al Sabah, dissolved"): the holder acts, whom the gazetteer may not know, named without his style;
the office written alone later on the page ("the Amir thanked") stands for him, when the page sets off one holder only."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.common import apposed_holders
from pipeline.parse.model import Block, ParsedDocument


def _sources(text: str) -> list[list[str]]:
    doc = ParsedDocument(parser="test/1", source_type="book", document_type="book_page",
                         document_date=date(1980, 1, 1), document_date_precision="day",
                         blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [e.sources for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "holder"), [
    ("On 3 March 1968 the High Commissioner, Pierre Legrand, declared a state of emergency.", "Pierre Legrand"),
    ("On 21 March 1967 the Governor-General, Sir Harold Bentley, swore in the new cabinet.", "Harold Bentley"),
    ("In October 1971 the Amir, Shaikh Rashid bin Hamad Al Sabah, issued the Press Law by decree.", "Rashid bin Hamad Al Sabah"),
])
def test_the_holder_set_off_after_his_office_acts(text, holder):
    assert _sources(text) == [[holder]]


def test_the_office_written_alone_later_is_the_holder_the_page_set_off():
    text = ("In October 1971 the Amir, Shaikh Rashid bin Hamad Al Sabah, issued the Press Law by decree. "
            "In May 1972 the Amir dissolved the Council.")
    assert _sources(text) == [["Rashid bin Hamad Al Sabah"], ["Rashid bin Hamad Al Sabah"]]


@pytest.mark.parametrize(("texts", "holders"), [
    (["The Amir, Shaikh Rashid bin Hamad Al Sabah, left.", "The Amir returned."], {"amir": "Rashid bin Hamad Al Sabah"}),
    (["The Governor, Pierre Legrand, left.", "Later the Governor, Jean Morel, arrived."], {}),  # two holders: neither alone
    (["The Soviet ambassador, however, protested."], {}),  # no name set off
    (["The Soviet ambassador, Nikolai Pegov, protested."], {}),  # a state's envoy: no office of the page written alone
])
def test_an_office_is_read_alone_only_where_the_page_sets_off_one_holder(texts, holders):
    assert apposed_holders(texts) == holders



@pytest.mark.parametrize(("text", "holder"), [
    # the field or state the office is of, and a name written with the accents of its language
    ("On 4 May 1976 the Minister for External Affairs, Dr. Ramon Quintero, opened the conference.", "Ramon Quintero"),
    ("On 9 June 1974 the Prime Minister of Iceland, Geir Hallgrímsson, received the delegation.", "Geir Hallgrímsson"),
    ("On 2 July 1975 the Kenyan Foreign Minister, Dr. Munyua Waiyaki, left for Addis Ababa.", "Munyua Waiyaki"),
])
def test_the_holder_set_off_after_an_office_of_a_field_or_state_acts(text, holder):
    assert _sources(text) == [[holder]]


def test_the_office_written_alone_later_is_the_holder_of_the_office_of_a_field():
    """A record of conversation introduces its host once ("received by the Minister for Foreign Affairs, Dr. X") and then
    writes "the Minister" alone: that holder."""
    texts = ["On 4 May I was received by the Minister for Foreign Affairs, Dr. Ramon Quintero, at the Palace.",
             "I told the Minister that my government welcomed the treaty."]
    assert apposed_holders(texts) == {"minister": "Ramon Quintero"}


def test_a_cables_sending_names_its_parties_as_its_head_does():
    """An embassy's telegram "to 外交部": its sending is to the ministry as the head writes it, as the document's
    recipients are, not turned into the writer's state's ministry by another name."""
    from pipeline.seed import process_seed

    page = ("source: https://www.example-archive.cn/waijiaobu/dangan/1975/111-00001-01\n驻某国使馆关于该国宣布戒严的电报\n\n外交部：\n\n"
            "一、本月三日，该国政府宣布全国戒严，首都实行宵禁。\n\n二、我馆人员均安全。\n\n驻某国使馆\n一九七五年三月四日\n")
    tables = process_seed("9001_zh-embassy-cable-1975-03-04.txt", page.encode())
    assert tables.documents.to_pylist()[0]["recipient_names"] == ["外交部"]
    sent = [(e["source_names"], e["target_names"]) for e in tables.events.to_pylist() if e["method"] == "document_metadata"]
    assert sent == [(["驻某国使馆"], ["外交部"])], sent
