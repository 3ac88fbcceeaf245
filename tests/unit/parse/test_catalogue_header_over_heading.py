"""A page that puts an archive's catalogue entry over the record ("Archives New Zealand: Cabinet Minutes CM (85) 27,
...") is titled by the record's own heading under it, and cites the archive the entry names; a source note that names
its archive by initials ("Source: CPDOC/FGV, ...") cites that archive. Pages written for these tests."""

from __future__ import annotations

from pipeline.parse import parse_text
from pipeline.parse.citation import catalogue_header

MINUTES = """source: https://archives.example.org/entity/cabinet-minutes-cm-79-12
State Archives of Victoria: Cabinet Minutes CM (79) 12, 2 April 1979

CM (79) 12

CABINET

MINUTES of a Meeting of Cabinet held in the Executive Council Chamber, Melbourne, on Monday 2 April 1979 at 9.30 am

Present:
Hon R. J. Hamer, Premier (in the Chair)
Hon L. H. S. Thompson, Deputy Premier

The Premier reported that the strike at the port had ended on Saturday and that the ships had sailed on Sunday.
"""

RECORD = """source: https://catalogue.example.org/details/r/C1234
The National Archives, Kew: FCO 7/3021, Record of conversation, Foreign Secretary and Prime Minister of Guyana, 9 May 1977

CONFIDENTIAL

RECORD OF A CONVERSATION BETWEEN THE FOREIGN SECRETARY AND THE PRIME MINISTER OF GUYANA AT 10 DOWNING STREET ON MONDAY 9 MAY 1977

1. The Prime Minister said that the border talks with Venezuela had been put off until the autumn, at the request of Caracas.
"""

LETTER = """source: https://archive.example.br/carta-1961
Letter from President Jânio Quadros to President John F. Kennedy

Brasília, April 3, 1961

Dear Mr. President,

I thank you for your message of March 13 and for the visit of Ambassador Berle, whom I received on Thursday last.

With my highest esteem,

Jânio Quadros

Source: CPDOC/FGV, Arquivo Jânio Quadros, JQ pr 1961.04.03, doc. 2.
"""


def test_the_minutes_heading_under_the_catalogue_entry_is_the_title():
    doc = parse_text(MINUTES)
    assert doc.title.startswith("MINUTES of a Meeting of Cabinet held in the Executive Council Chamber")
    assert doc.document_type == "minutes"
    assert [c["archive"] for c in doc.citations] == ["State Archives of Victoria"]


def test_a_catalogue_entry_naming_the_kind_still_gives_way_to_the_record_heading():
    doc = parse_text(RECORD)
    assert doc.title.startswith("RECORD OF A CONVERSATION BETWEEN THE FOREIGN SECRETARY")
    assert [c["archive"] for c in doc.citations] == ["The National Archives, Kew"]


def test_a_source_note_naming_its_archive_by_initials_cites_it():
    doc = parse_text(LETTER)
    assert [c["archive"] for c in doc.citations] == ["CPDOC/FGV"]


def test_a_sentence_after_an_archive_and_a_colon_is_no_catalogue_entry():
    assert catalogue_header("National Archives: 12 files were opened to readers in 1992") is None
    assert catalogue_header("Library of Congress: Manuscript Division, Harriman Papers, box 4") is None


CABINET = """source: https://archives.example.org/entity/cabinet-minutes-cm-74-3
CM (74) 3

CABINET

MINUTES of a Meeting of Cabinet held in the Cabinet Room, Parliament Buildings, Wellington, on Monday 4 February 1974 at 10.00 am

Present:
Rt Hon Norman Kirk, Prime Minister (in the Chair)
Hon Bill Rowling, Minister of Finance

In attendance:
Mr Frank Corner, Secretary of Foreign Affairs

1. OIL SUPPLIES

The Minister of Finance reported that the tanker had reached Marsden Point on Saturday and that rationing would end next month.
"""


def test_a_cabinet_meeting_is_the_body_s_alone_not_its_ministers_nor_the_officials_in_attendance():
    from pipeline.extract.events import extract_events

    doc = parse_text(CABINET)
    meetings = [e for e in extract_events(doc) if e.event_type == "meeting" and e.method == "document_metadata"]
    assert meetings and meetings[0].sources == ["Cabinet"]  # the conventions table's "minutes of a body" row


CIPHERED = """source: https://digitalarchive.example.org/document/telegram-hungarian-embassy-lima-1968
October 4, 1968
Telegram from the Hungarian Embassy in Lima on the Overthrow of President Belaúnde

CIPHERED TELEGRAM
Ministry of Foreign Affairs - Cipher Department
Dispatched from: Lima / No. 118 / Very urgent

Yesterday at dawn the army removed President Fernando Belaúnde Terry and flew him to Buenos Aires. General Juan Velasco Alvarado heads the new government.

Ambassador
"""


def test_a_deciphered_telegram_went_to_the_ministry_whose_cipher_office_heads_it():
    doc = parse_text(CIPHERED)
    assert doc.recipient_names == ["Hungarian Ministry of Foreign Affairs"]
