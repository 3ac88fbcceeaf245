"""A body's minutes: every turn and every decision is of the session's day. The days a speaker reports ("On 3 May the
patrol was fired on") are look-backs, not days the record moves to; a decision that a gathering be held later ("A rally
... is to be held on 20 May") does not date the session; a title's second line names the body that decides; a bare
"Comrade V. Hrdina reported." opens his turn; and a paper handed over at the meeting, named with its author before its
date, is handed over that day."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.dated_sentence import names_a_thing
from pipeline.extract.events.document_act import bare_turn, narrated_speaker
from pipeline.normalize.dates import find_dates
from pipeline.parse.model import Block, ParsedDocument

SESSION = date(1970, 5, 12)


def _minutes(texts: list[tuple[str, str]]) -> ParsedDocument:
    blocks, at = [], 0
    for kind, text in texts:
        blocks.append(Block(kind, at, at + len(text), text, language="en"))
        at += len(text) + 2
    return ParsedDocument(parser="test/1", source_type="archival_record", document_type="minutes", title="PROTOCOL No. 4",
                          document_date=SESSION, document_date_precision="day", blocks=blocks, title_block=0)


MINUTES = [
    ("title", "PROTOCOL No. 4"),
    ("paragraph", "of the session of the Presidium of the Central Committee of the Communist Party of Czechoslovakia"),
    ("paragraph", "Prague, 12 May 1970. Present: Comrades G. Husák, V. Hrdina, L. Štrougal."),
    ("paragraph", "Comrade V. Hrdina reported. On 3 May a border patrol was fired on near Cheb. On 9 May the shooting began "
                  "again and went on for two hours."),
    ("paragraph", "Comrade Štrougal said that the government had protested."),
    ("paragraph", "Decided:"),
    ("list_item", "1. The report of Comrade Hrdina is approved."),
    ("list_item", "2. The Ministry of the Interior is to reinforce the border posts."),
    ("list_item", "3. A rally of the working people of Prague is to be held on 20 May."),
]


def test_the_turns_of_the_minutes_are_of_the_session_day_not_of_the_days_reported():
    rows = extract_events(_minutes(MINUTES))
    turns = [e for e in rows if e.block in (3, 4) and e.evidence_start == 0 and e.method == "document_act"]
    assert {e.block for e in turns} == {3, 4}, [(e.block, e.method, e.start_date) for e in rows]
    assert all(e.start_date == e.end_date == SESSION for e in turns), [(e.block, e.start_date) for e in turns]
    assert next(e for e in turns if e.block == 3).sources == ["V. Hrdina"]


def test_each_numbered_decision_is_the_bodys_on_the_session_day():
    rows = extract_events(_minutes(MINUTES))
    for block in (6, 7, 8):
        decided = [e for e in rows if e.block == block and e.start_date == e.end_date == SESSION]
        assert decided and "Presidium" in decided[0].sources[0], (block, [(e.start_date, e.sources) for e in rows if e.block == block])


@pytest.mark.parametrize(("text", "speaker"), [
    ("Comrade V. Hrdina reported. On 3 May a border patrol was fired on.", "V. Hrdina"),
    ("Comrade Ts. Namsrai spoke: the harvest has failed in two aimags.", "Ts. Namsrai"),
])
def test_a_bare_verb_of_saying_opens_the_speakers_turn(text, speaker):
    assert bare_turn(text)
    assert narrated_speaker(text, "en") == speaker


@pytest.mark.parametrize("text", [
    "Comrade Hrdina said that the patrol had been fired on.",
    "The report was discussed. Comrade Hrdina agreed.",
])
def test_a_verb_with_its_object_is_no_bare_turn(text):
    assert not bare_turn(text)


@pytest.mark.parametrize(("sentence", "paper"), [
    ("He handed over the text of the statement of the Cuban Ministry of Foreign Affairs of 14 June on the blockade.", True),
    ("She read out the note of the Soviet Government of 5 March.", True),
    ("The Minister of Foreign Affairs arrived on 14 June.", False),
    ("They agreed that the constitution of 1968 would be abolished the next day.", True),  # a charter named by its year
])
def test_a_paper_named_with_its_author_before_its_date_owns_the_date(sentence, paper):
    mention = find_dates(sentence, 1962)[0]
    assert names_a_thing(sentence, mention) is paper


def _minutes_in(language: str, texts: list[tuple[str, str]], title: str) -> ParsedDocument:
    blocks, at = [], 0
    for kind, text in texts:
        blocks.append(Block(kind, at, at + len(text), text, language=language))
        at += len(text) + 2
    return ParsedDocument(parser="test/1", source_type="archival_record", document_type="minutes", title=title,
                          document_date=SESSION, document_date_precision="day", blocks=blocks, title_block=0)


def test_a_russian_protocols_list_of_those_present_and_its_label_of_decisions_are_no_acts():
    doc = _minutes_in("ru", [
        ("title", "ПРОТОКОЛ № 7"),
        ("paragraph", "заседания Политбюро ЦК КПСС"),
        ("paragraph", "Присутствовали: тт. Брежнев, Косыгин, Подгорный."),
        ("paragraph", "Тов. Косыгин сказал, что переговоры о торговом соглашении затянулись."),
        ("paragraph", "Постановили:"),
        ("list_item", "1. Информацию тов. Косыгина принять к сведению."),
        ("list_item", "2. Поручить Министерству внешней торговли подготовить проект соглашения."),
    ], "ПРОТОКОЛ № 7")
    rows = extract_events(doc)
    assert not [e for e in rows if e.block in (2, 4)], [(e.block, e.method) for e in rows if e.block in (2, 4)]
    for block in (5, 6):  # each point the Politburo's, on the session's day (the task it sets may be a row of its own)
        assert (SESSION, ["Politburo of the Communist Party of the Soviet Union"]) in [(e.start_date, e.sources[:1]) for e in rows if e.block == block], \
            [(e.method, e.start_date, e.sources) for e in rows if e.block == block]


def test_points_in_one_paragraph_under_the_sessions_decision_are_each_a_decision_of_its_day():
    doc = _minutes_in("ru", [
        ("title", "ПРОТОКОЛ № 7"),
        ("paragraph", "заседания Политбюро ЦК КПСС"),
        ("paragraph", "Постановили:"),
        ("paragraph", "1. Информацию принять к сведению. 2. Поручить Министерству внешней торговли подготовить проект."),
    ], "ПРОТОКОЛ № 7")
    points = [e for e in extract_events(doc) if e.block == 3 and e.method == "document_act"]
    assert len(points) == 2 and all(e.start_date == e.end_date == SESSION for e in points), \
        [(e.method, e.start_date, e.evidence_start) for e in points]


def test_the_chinese_records_line_of_its_sessions_end_is_the_session_on_its_day():
    doc = _minutes_in("zh", [("title", "会议纪要"), ("paragraph", "时间：一九七〇年五月十二日上午九时"),
                             ("paragraph", "会议于中午十二时结束。")], "会议纪要")
    assert [(e.start_date, e.event_type) for e in extract_events(doc) if e.block == 2] == [(SESSION, "meeting")]


def test_the_place_and_day_over_those_present_is_the_bodys_session():
    rows = [e for e in extract_events(_minutes(MINUTES)) if e.block == 2]
    assert [(e.event_type, e.start_date) for e in rows] == [("meeting", SESSION)], [(e.event_type, e.start_date, e.sources) for e in rows]
    assert "Presidium" in rows[0].sources[0]
