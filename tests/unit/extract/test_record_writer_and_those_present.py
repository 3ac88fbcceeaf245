"""A record of conversation whose writer signs at its end, his office on the line under his name ("K. Shterev" /
"Ambassador"): he is its "I". The meeting he tells ("On 22 September, at 17:30, I was received by ...") holds between
him, the one who received him and those the paragraph says were present, even after a sentence between; and an act told
in the clause a saying reports ("informed her that X had sent ...") is X's alone."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text
from pipeline.parse.model import Block, ParsedDocument
from pipeline.parse.signature import read_signature


def _record(body: str, name: str, office: str) -> str:
    return ("June 14, 1967\n\nRecord of Conversation between the Czechoslovak Ambassador in Algiers and Chairman Houari Boumediene\n\n"
            f"Strictly confidential\n\n{body}\n\n{name}\n\n{office}\n")


@pytest.mark.parametrize(("name", "office"), [("V. Kašpar", "Ambassador"), ("J. Novák", "Chargé d'Affaires a.i."),
                                              ("K. Shterev", "Bulgarian Ambassador")])
def test_the_name_over_his_office_at_the_end_is_the_writer(name, office):
    doc = parse_text(_record("On 14 June I was received by Chairman Boumediene. He thanked me.", name, office))
    assert read_signature(doc) is not None and read_signature(doc).name == name
    assert doc.sender_names == [name]


def test_a_closing_line_that_is_no_office_makes_no_writer():
    doc = parse_text(_record("On 14 June I was received by Chairman Boumediene. He thanked me.", "V. Kašpar", "Strictly confidential"))
    assert doc.sender_names != ["V. Kašpar"]


def _rows(text: str, writer: str, day: date, language: str = "en", written: date = date(1971, 9, 22)) -> list[tuple[list[str], list[str]]]:
    """The (sources, targets) of the rows a one-paragraph record written on ``written`` dates to ``day``."""
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="record_of_conversation",
                         document_date=written, document_date_precision="day", sender_names=[writer],
                         blocks=[Block("paragraph", 0, len(text), text, language=language)])
    return [(list(e.sources), list(e.targets)) for e in extract_events(doc) if e.start_date == day and e.evidence_start == 0]


@pytest.mark.parametrize(("text", "others"), [
    ("On 22 September, at 17:30, I was received by Prime Minister Indira Gandhi in her office. The conversation lasted an hour. "
     "Foreign Minister Swaran Singh was present.", {"Indira Gandhi", "Swaran Singh"}),
    ("On 22 September at 11:00 I was received, at my own request, by Prime Minister Indira Gandhi. Foreign Minister Swaran Singh "
     "was also present.", {"Indira Gandhi", "Swaran Singh"}),
])
def test_the_writer_received_and_those_present_are_the_meetings_parties(text, others):
    rows = _rows(text, "K. Shterev", date(1971, 9, 22))
    assert any({*s, *t} == {"K. Shterev", *others} for s, t in rows), rows


@pytest.mark.parametrize(("text", "day", "doers"), [
    ("On 22 September I handed her the message and informed her that the Red Cross had sent medicines on 15 September.",
     date(1971, 9, 15), {"Red Cross"}),
    ("Indira Gandhi assured me that the Soviet Union had delivered the arms on 9 August.", date(1971, 8, 9), {"Soviet Union"}),
])
def test_an_act_in_a_reported_clause_is_its_subjects_alone(text, day, doers):  # noqa: ARG001 - the doers named for the reader
    rows = _rows(text, "K. Shterev", day)
    assert rows and all("K. Shterev" not in s + t and "Indira Gandhi" not in s + t for s, t in rows), rows


@pytest.mark.parametrize(("text", "others"), [
    ("Сегодня в 10 часов утра был принят Ю. Цеденбалом по его просьбе. Беседа проходила в здании ЦК МНРП. "
     "Присутствовал секретарь ЦК МНРП Д. Тумур-Очир.", {"Yumjaagiin Tsedenbal", "Д. Тумур-Очир"}),
    ("Сегодня меня принял Ю. Цеденбал. Присутствовал секретарь ЦК МНРП Д. Тумур-Очир.", {"Yumjaagiin Tsedenbal", "Д. Тумур-Очир"}),
])
def test_a_russian_records_meeting_holds_between_the_writer_the_host_and_those_present(text, others):
    rows = _rows(text, "Л. Соловьев", date(1962, 6, 9), "ru", date(1962, 6, 9))
    assert any({*s, *t} == {"Л. Соловьев", *others} for s, t in rows), rows


def test_minutes_whose_title_runs_over_two_lines_are_of_the_body_that_title_names():
    text = ("source: https://example.org/minutes-politburo\nMINUTES No. 12\nof the meeting of the Political Bureau of the CC of "
            "the Bulgarian Communist Party\n\nSofia, 3 April 1962. Present: Comrades A. Iliev, B. Petrov.\n\n"
            "Comrade Iliev reported on the harvest.\n")
    doc = parse_text(text)
    meeting = [e for e in extract_events(doc) if e.event_type == "meeting" and e.start_date == date(1962, 4, 3)]
    assert meeting and meeting[0].sources == ["Politburo of the Bulgarian Communist Party"]
