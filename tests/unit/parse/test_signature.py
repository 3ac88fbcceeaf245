"""A signature block closing a document: its signer is the writer, its day the document's (pipeline/parse/signature.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.parse import parse_text

_SPRAVKA = """Справка о советско-финляндских отношениях
30 октября 1961 г. Советское правительство направило правительству Финляндии ноту с предложением провести консультации.
В настоящее время ведутся переговоры о новом торговом соглашении на пятилетие.
Зав. Отделом скандинавских стран МИД СССР
В. Соболев
10 февраля 1962 г.
АВП РФ. Ф. 0135. Оп. 46. П. 240. Д. 12. Л. 3-5.
"""

_MEMO = """Memorandum of Discussion at the 290th Meeting of the National Security Council, Washington, July 12, 1956
Mr. Dulles said that the Soviet Foreign Minister had arrived in Cairo on June 16.
Noted and discussed an oral briefing by the Director of Central Intelligence on the subject.
S. Everett Gleason
1 Source: Eisenhower Library, Whitman File, NSC Records. Top Secret; Eyes Only.
"""

# The edition's source note left unnumbered under the signature ("Source: ..."): furniture, as a numbered one is.
_MEMO_UNNUMBERED = """Memorandum of Discussion at the 412th Meeting of the National Security Council, Washington, June 2, 1959
Mr. Allen Dulles said that the talks in Geneva had reached no result by May 30.
The Council noted the briefing by the Director of Central Intelligence.
Marion W. Boggs
Source: Eisenhower Library, Whitman File, NSC Records. Top Secret. Prepared by Boggs on June 3.
"""
_NOTE_UNNUMBERED = """Memorandum for the Record, Washington, March 4, 1961
The Secretary met the Ambassador of India on March 3 to discuss Laos.
The Ambassador said that his government would consult the co-chairmen.
J. C. Holmes
Sources: Department of State, Central Files, 751J.00/3-461. Secret.
"""

_NO_SIGNATURE = """Letter to the Central Committee
We ask you to consider the request of the delegation.
Document Information
Source
"""


# The signer's office and his initialled name on one line.
_RECORD_RU = """Запись беседы посла СССР в Гвинее с министром иностранных дел Гвинеи
Министр сообщил, что правительство готово принять советскую делегацию в марте.
Беседа продолжалась около часа.
Посол СССР в Гвинее А. Петров
АВП РФ, ф. 0575, оп. 4, п. 8, д. 2, л. 10-12.
"""
_NOTE_EN = """Note on the Conversation of Comrade Kurt Weber with the Ambassador of Mozambique
The ambassador informed Comrade Weber that the delegation would arrive in Berlin next week.
Comrade Weber thanked him for the information.
Ambassador K. Richter
"""
# A surname alone under the place and day the text was written at: the signer, and the day he signed.
_NOTE_SURNAME = """Note on the Conversation of Comrade Kurt Weber with the Ambassador of Mozambique
The conversation took place on 11 March 1979 in the building of the Central Committee.
Both sides agreed to meet again before the end of the year.
Berlin, 12 March 1979
Kessler
SAPMO-BArch, DY 30/IV 2/2.035/120.
"""


# A department signs the paper and dates it under its text.
_SPRAVKA_BODY = """Справка о советско-малийских отношениях
В 1961 г. было подписано соглашение об экономическом и техническом сотрудничестве.
Правительство Мали просит ускорить поставки оборудования.
Отдел стран Африки МИД СССР
14 марта 1962 г.
АВП РФ. Ф. 0601. Оп. 2. П. 3. Д. 5. Л. 1-6.
"""
_REPORT_BODY = """Report on the Situation in Laos
On 9 March the royal government lost control of the Plain of Jars.
The Pathet Lao forces now hold the road to Luang Prabang.
Far Eastern Department, Ministry of Foreign Affairs
12 March 1961
AMVnR, f. 1, op. 7, a.e. 412, l. 3-5.
"""


@pytest.mark.parametrize(("text", "sender", "day"), [
    (_SPRAVKA_BODY, ["Отдел стран Африки МИД СССР"], dt.date(1962, 3, 14)),
    (_REPORT_BODY, ["Far Eastern Department, Ministry of Foreign Affairs"], dt.date(1961, 3, 12)),

    (_SPRAVKA, ["В. Соболев"], dt.date(1962, 2, 10)),  # the day signed, not the day the text tells of first
    (_RECORD_RU, ["А. Петров"], None),
    (_NOTE_EN, ["K. Richter"], None),
    (_NOTE_SURNAME, ["Kessler"], dt.date(1979, 3, 12)),
    (_MEMO, ["S. Everett Gleason"], None),
    (_MEMO_UNNUMBERED, ["Marion W. Boggs"], None),
    (_NOTE_UNNUMBERED, ["J. C. Holmes"], None),
    (_NO_SIGNATURE, [], None),
])
def test_a_closing_signature_names_the_writer_and_dates_the_document(text, sender, day):
    doc = parse_text(text)
    assert doc.sender_names == sender
    if day is not None:
        assert doc.document_date == day


@pytest.mark.parametrize(("line", "repeat"), [
    ("Repeated to Washington, Paris and Rome.", True),
    ("Repeated to Hong Kong, Taipei and Moscow.", True),
    ("Secret. Repeated to Paris. Received at 4:31 p.m.", False),  # a source note: read by the note's own rule
])
def test_a_repeat_line_stands_alone(line, repeat):
    from pipeline.extract.events.cable_trailer import is_repeat_line

    assert is_repeat_line(line) is repeat


def test_a_record_closed_by_its_place_and_day_was_written_then_by_its_recorder():
    from pipeline.extract.events.cable_trailer import closing_dateline

    doc = parse_text("Record of the conversation between Comrade Honecker and Comrade Husák on 13 September 1977\n\n"
                     "Both sides agreed to sign the agreement.\n\nBerlin, 14 September 1977\n\nRecorded: Bruno Mahlow\n")
    event = closing_dateline(doc)
    assert event is not None and event.start_date == dt.date(1977, 9, 14) and event.sources == ["Bruno Mahlow"]


@pytest.mark.parametrize(("closing", "day", "recorder"), [
    ("Drawn up by Ion Iliescu\n\nBucharest, 12 June 1971\n", dt.date(1971, 6, 12), "Ion Iliescu"),
    ("Written down by: Tibor Kerekes\n\nBudapest, 3 May 1969\n", dt.date(1969, 5, 3), "Tibor Kerekes"),
    ("Warsaw, 9 March 1968\n\nCompiled by Jan Kowalski\n", dt.date(1968, 3, 9), "Jan Kowalski"),
])
def test_the_recorder_line_stands_over_the_closing_line_or_under_it(closing, day, recorder):
    from pipeline.extract.events.cable_trailer import closing_dateline

    doc = parse_text("Minutes of the conversation between Comrade Ceaușescu and Comrade Kádár on 8 March 1968\n\n"
                     "Both sides agreed to continue the consultations in the autumn.\n\n" + closing)
    event = closing_dateline(doc)
    assert event is not None and event.start_date == day and event.sources == [recorder]
