"""A capture of the archive's site page that lost the page's date line: the record's title on the first line, the
site's summary under it ("The Polish ambassador reports on ..."), then the document's own head. The summary
describes the record and is no part of its text: it gives no event, the title gives no second sending, and the
document's day is read from its own foot."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

RECORD = """source: https://digitalarchive.wilsoncenter.org/document/record-conversation-polish-ambassador-keita-1962
Record of Conversation between the Polish Ambassador and President Modibo Keita

Skip to content

The Polish ambassador reports on his audience with the President of Mali about the franc zone and Polish credits.

Embassy of the Polish People's Republic
Bamako

Secret

NOTE

On 9 May I was received by President Modibo Keita at Koulouba. The President said that Mali had left the franc zone on 1 July and asked for Polish help with the new currency.

Bamako, 11 May 1962

Jan Nowak
ambassador
"""

LETTER = """source: https://digitalarchive.wilsoncenter.org/document/letter-hamani-diori-gomulka-1965
Letter from Hamani Diori to Władysław Gomułka

Skip to content

The President of Niger thanks Gomułka for the visit of the Polish delegation and asks for scholarships.

His Excellency Mr. Władysław Gomułka
First Secretary of the Polish United Workers' Party
Warsaw

Your Excellency,

I thank you for the visit which your delegation paid to Niamey last month. I would ask you to grant twenty scholarships to our students.

Niamey, 3 June 1965

Hamani Diori
"""

MINUTES = """source: https://digitalarchive.wilsoncenter.org/document/minutes-meeting-secretariat-1979
Minutes of the Meeting of the Secretariat of the Central Committee, Monday, 26 February 1979

Present: Comrades András Gyenes, Ferenc Havasi, Miklós Óvári and Károly Németh, and the head of the department.

Item 1. The situation in Indochina

Comrade Gyenes informed the Secretariat of the fighting on the border.
"""


def _quotes(doc):
    return [doc.blocks[e.block].text[e.evidence_start:e.evidence_end] for e in extract_events(doc)]


def test_the_site_summary_under_a_dateless_title_is_the_summary_not_text():
    doc = parse_text(RECORD)
    assert doc.title == "Record of Conversation between the Polish Ambassador and President Modibo Keita"
    assert doc.summary.startswith("The Polish ambassador reports on his audience")
    assert not any("reports on his audience" in b.text for b in doc.blocks)
    assert not any("reports on his audience" in q for q in _quotes(doc))


def test_the_record_dated_by_its_foot_dates_the_audience_in_its_year():
    doc = parse_text(RECORD)
    assert doc.document_date == date(1962, 5, 11)
    received = [e for e in extract_events(doc) if doc.blocks[e.block].text[e.evidence_start:].startswith("On 9 May")]
    assert received and received[0].start_date == date(1962, 5, 9)


def test_a_letter_page_gives_no_sending_for_its_title_line():
    doc = parse_text(LETTER)
    assert doc.title == "Letter from Hamani Diori to Władysław Gomułka" and doc.document_date == date(1965, 6, 3)
    quotes = _quotes(doc)
    assert not any(q.startswith("Letter from") or "thanks Gomułka for the visit" in q for q in quotes)


def test_a_labelled_line_under_the_title_stays_the_texts_own():
    doc = parse_text(MINUTES)
    assert doc.summary is None
    assert any(b.text.startswith("Present:") for b in doc.blocks) or doc.parser.startswith("generic")
