"""A page headed as from a diary that holds the record of one talk is that talk's record, the diary's own date line
over the record's heading or not (a diary of several talks stays the diary's entry); a record of conversation whose title names its writer after "by" has him as its
sender, his bracketed surname given the names the participants' list writes."""

from pipeline.parse import parse_text

_DIARY = "ИЗ ДНЕВНИКА ПОСЛА СССР В ГАНЕ А. И. ПЕТРОВА\n\nСекретно\nЭкз. № 1\n\n"
_TALK = ("Принял министра иностранных дел Ганы по его просьбе. Беседа продолжалась около часа.\n\n"
         "Министр сообщил, что правительство намерено пересмотреть торговое соглашение с Великобританией.\n")


def test_a_diarys_single_record_of_a_talk_is_the_record():
    doc = parse_text(_DIARY + "Запись беседы с министром иностранных дел Ганы\n14 марта 1966 г.\n\n" + _TALK)
    assert doc.document_type == "record_of_conversation"
    assert doc.document_date.isoformat() == "1966-03-14"


def test_the_diarys_own_date_over_the_record_leaves_the_record():
    doc = parse_text(_DIARY + "16 марта 1966 г.\n\nЗАПИСЬ БЕСЕДЫ\nс министром иностранных дел Ганы\n14 марта 1966 г.\n\n" + _TALK)
    assert doc.document_type == "record_of_conversation"


def test_a_diary_of_several_talks_stays_the_diarys_entry():
    second = "Запись беседы с послом Великобритании\n\nПосол сказал, что Лондон готов к переговорам о торговле.\n"
    doc = parse_text(_DIARY + "Запись беседы с министром иностранных дел Ганы\n14 марта 1966 г.\n\n" + _TALK + "\n" + second)
    assert doc.document_type == "diary_entry"


_MEMCON = ("Foreign Relations of the United States, 1955–1957, Volume XVIII, Africa\n"
           "{title}\n\nWashington, March 3, 1956.\n\nSUBJECT\nAid to Liberia\n\nPARTICIPANTS\nThe Secretary\n"
           "Ambassador George Padmore of Liberia\nMr. Walter H. Brennan, AFI\n\n"
           "The Ambassador called at his own request and asked for a loan for the port of Monrovia.\n\n"
           "The Secretary said that he would look into the matter.\n")


def test_a_memcons_writer_named_in_brackets_after_his_office():
    doc = parse_text(_MEMCON.format(title="112. Memorandum of Conversation, by the Officer in Charge of Liberian Affairs (Brennan)"))
    assert doc.document_type == "record_of_conversation"
    assert doc.sender_names == ["Walter H. Brennan"]


def test_a_memcons_writer_named_after_by():
    doc = parse_text(_MEMCON.format(title="112. Memorandum of Conversation by W. H. Brennan"))
    assert doc.sender_names == ["W. H. Brennan"]


def test_a_memcon_by_an_office_alone_names_no_writer():
    doc = parse_text(_MEMCON.format(title="112. Memorandum of Conversation, by the Secretary of State"))
    assert doc.sender_names == []
