"""A record of a talk from an ambassador's diary: the diary's date line over the record's heading dates the record, as
entered a day or some days after the talk its title dates; a date line under the heading, or no heading, leaves the
talk's. The record of one talk from a diary is a record of conversation, dated by the entry or not."""

from pipeline.parse import parse_text

_HEAD = "Запись беседы посла СССР в Финляндии с президентом У. Кекконеном, 10 марта 1966 г.\n\nИз дневника\nА. В. ЗАХАРОВА\n\nСекретно\n"
_TEXT = ("10 марта был принят Кекконеном в его резиденции по моей просьбе и передал ему послание Председателя Совета "
         "Министров СССР. Кекконен поблагодарил и обещал ответить в ближайшие дни.\n\n"
         "Кекконен сказал, что правительство Финляндии намерено расширить торговлю с Советским Союзом в будущем году.\n")


def test_the_diarys_date_over_the_records_heading_dates_the_record():
    doc = parse_text(_HEAD + "12 марта 1966 г.\n\nЗАПИСЬ БЕСЕДЫ\nс президентом Финляндии У. Кекконеном\n\n" + _TEXT)
    assert doc.document_type == "record_of_conversation"
    assert doc.document_date.isoformat() == "1966-03-12"


def test_a_date_under_the_records_heading_is_the_talks():
    doc = parse_text(_HEAD + "ЗАПИСЬ БЕСЕДЫ\nс президентом Финляндии У. Кекконеном\n\n10 марта 1966 г.\n\n" + _TEXT)
    assert doc.document_type == "record_of_conversation"
    assert doc.document_date.isoformat() == "1966-03-10"


def test_a_diary_date_over_the_text_without_a_records_heading_leaves_the_talk():
    doc = parse_text(_HEAD + "14 марта 1966 г.\n\n" + _TEXT)
    assert doc.document_type == "record_of_conversation"
    assert doc.document_date.isoformat() == "1966-03-10"


def test_an_english_diary_record_reads_the_same():
    doc = parse_text("Record of Conversation of the Soviet Ambassador with President Kekkonen, 10 March 1966\n\n"
                     "From the Diary of\nA. V. ZAKHAROV\n\nSecret\n\n12 March 1966\n\nRECORD OF CONVERSATION\n"
                     "with the President of Finland U. Kekkonen\n\nOn 10 March I was received by Kekkonen at his residence "
                     "at my request and handed him the message of the Chairman of the Council of Ministers.\n")
    assert (doc.document_type, doc.document_date.isoformat()) == ("record_of_conversation", "1966-03-12")
