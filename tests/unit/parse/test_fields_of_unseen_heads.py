"""Document fields read from the heads and feet of kinds of page no parser was tuned on: a letter dated in words under
an address block, a heading broken over two lines, a cable's handling lines, a CIA scan's subject line, a Russian note
to a party body, a book page under its running head. The pages are made up; what is asserted is what a reader sees."""

from __future__ import annotations

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

LETTER = """source: https://example.org/letters/nehru-khrushchev
New Delhi, the fourth of March, nineteen hundred and fifty-nine

His Excellency
N. S. Khrushchev
Chairman of the Council of Ministers of the USSR
Moscow

Dear Mr. Chairman,

I thank you for your letter of the second of this month. Our delegation will reach Moscow in April.

With warm greetings and every good wish for the people of your country,

Jawaharlal Nehru
Prime Minister of India
"""


def test_a_letter_dated_in_words_under_an_address_block():
    doc = parse_text(LETTER)
    assert doc.document_date == date(1959, 3, 4)
    assert doc.title is None  # a place-and-date line and an address block are no title
    assert doc.document_type == "letter"
    assert doc.sender_names == ["Jawaharlal Nehru"]
    assert doc.recipient_names == ["Nikita Khrushchev"]
    assert not doc.has_cut_end  # it closes on its signer and his office under the greeting with its wish


OFFICE_LETTER = """source: https://example.org/letters/nkrumah-nyerere
Accra, March 3rd, 1964

To His Excellency Mr. Julius Nyerere
President of the Republic of Tanganyika
Dar es Salaam

Mr. President and dear Friend,

Your message reached me on Monday. My Government will send its delegation to the conference next week.

With fraternal greetings,

Kwame Nkrumah
President of the Republic of Ghana
"""


def test_a_head_of_states_letter_under_its_place_and_date_line():
    doc = parse_text(OFFICE_LETTER)
    assert doc.document_date == date(1964, 3, 3)  # the day with its ordinal's letters
    assert doc.title is None  # the place-and-date line is no title, nor is the addressee's line
    assert doc.document_type == "letter"  # greeted by his office, without "Dear"
    assert doc.recipient_names == ["Julius Nyerere"]  # "To His Excellency Mr. ..." on one line


def test_the_sending_of_a_letter_without_title_is_dated_by_its_head_line():
    sent = [e for e in extract_events(parse_text(OFFICE_LETTER)) if e.event_type == "message_sent" and e.sources == ["Kwame Nkrumah"]]
    assert [(e.start_date, e.targets) for e in sent] == [(date(1964, 3, 3), ["Julius Nyerere"])]


LETTERHEAD_LETTER = """source: https://example.org/letters/nkrumah-u-nu
Flagstaff House
Accra

the ninth of May, nineteen sixty-one

My dear Prime Minister,

I was glad to have your message of the second of May. Ghana will support the resolution in the Assembly.

Yours sincerely,
Kwame Nkrumah

Prime Minister U Nu, Rangoon
"""


def test_a_letter_under_its_letterhead_has_no_title_and_is_addressed_at_its_foot():
    doc = parse_text(LETTERHEAD_LETTER)
    assert doc.title is None  # the house and the city it is written from are the letterhead, not a title
    assert doc.document_type == "letter"  # "My dear Prime Minister," opens it
    assert doc.document_date == date(1961, 5, 9)
    assert doc.sender_names == ["Kwame Nkrumah"]
    assert doc.recipient_names == ["U Nu"]  # named under the signature, with his city


def test_a_heading_that_names_the_letter_stays_its_title_over_a_salutation():
    page = LETTERHEAD_LETTER.replace("Flagstaff House\nAccra", "Letter from Kwame Nkrumah to U Nu")
    assert parse_text(page).title == "Letter from Kwame Nkrumah to U Nu"


MINUTES = """source: https://example.org/records/minutes-12
Ministry of Foreign Affairs

Secret

NOTE
on the conversation of the Deputy Minister with the Ambassador of India, on Tuesday, 9 June 1964

The Ambassador came at his own request and stayed for an hour. He spoke of the border talks.

Warsaw, 11 June 1964
"""


def test_a_heading_over_two_lines_is_the_title_and_dates_the_record():
    doc = parse_text(MINUTES)
    assert doc.title == "NOTE on the conversation of the Deputy Minister with the Ambassador of India, on Tuesday, 9 June 1964"
    assert doc.document_type == "record_of_conversation"  # a note on a conversation records it
    assert doc.document_date == date(1964, 6, 9)  # the day of the talk its heading names, not the day typed at its foot


CABLE = """source: https://example.org/cables/ciphered-telegram-17
CIPHERED TELEGRAM No. 2231
Typed by Petrova 3.IV.62 at 04.10
Deciphered by Ivanov 3.IV.62 at 03.00
Received in Moscow 2.IV.62 at 23.40
Sent from Djakarta 2.IV.62 at 20.15

TO: MFA USSR, Comrade A. A. Gromyko

Today the Foreign Minister received me and spoke of the talks on West Irian.

N. MIKHAILOV
"""


def test_a_ciphered_telegram_is_of_its_sending_day_and_goes_to_the_minister_it_names():
    doc = parse_text(CABLE)
    assert doc.document_date == date(1962, 4, 2)
    assert doc.recipient_names == ["Andrei Gromyko"]


RU_NOTE = """source: https://example.org/zapiska-12
Совершенно секретно, экз. № 2

ЦК КПСС

О положении в Республике Мали

В последние недели в стране усилились выступления оппозиции. Посольство считает положение устойчивым.

Заместитель министра иностранных дел СССР
В. Кузнецов
4.III.1968
"""


def test_a_note_to_a_party_body_is_titled_by_its_subject_line():
    doc = parse_text(RU_NOTE)
    assert doc.title == "О положении в Республике Мали"  # neither the classification stamp nor the addressee
    assert doc.recipient_names == ["Central Committee of the Communist Party of the Soviet Union"]
    assert doc.document_type == "memorandum"


BOOK = """source: https://www.example-press.org/books/cold-war-in-the-gulf/p88
88   COLD WAR IN THE GULF

4 - The Oil Embargo

The decision surprised the embassy, which had been told for weeks that the oil producers would wait for the fighting to end. On 17 October 1973 the ministers met in Kuwait and agreed to cut production by five per cent a month.¹² The cuts began at once, and the first tankers were turned away within days.¹³

The Soviet ambassador reported the next day that the Emir expected the embargo to last until the spring, and that he would not receive the American envoy before the ministers met again.¹⁴

¹² AVP RF, f. 089, op. 26, p. 40, d. 8, l. 2-4.

¹³ Ibid., l. 5.

¹⁴ RGANI, f. 5, op. 66, d. 120, l. 14.
"""


def test_a_book_page_is_titled_by_its_chapter_heading_not_its_running_head():
    assert parse_text(BOOK).title == "4 - The Oil Embargo"


CIA = """source: https://www.cia.gov/readingroom/document/cia-rdp79t00000a000000000001-1
Approved For Release 2005/01/01 : CIA-RDP79T00000A000000000001-1

SECRET

CENTRAL INTELLIGENCE AGENCY
Office of Current Intelligence

3 March 1965

MEMORANDUM FOR: The Director of Central Intelligence

SUBJECT: The Crisis in the Dominican Republic

1. The government of Donald Reid Cabral has lost the support of the army.
"""


def test_a_cia_memorandum_is_titled_by_its_subject_line():
    doc = parse_text(CIA)
    assert doc.title == "The Crisis in the Dominican Republic"  # not "MEMORANDUM FOR: ..."
    assert doc.document_type == "memorandum"


SPRAVKA = """source: https://example.org/spravka-7
СПРАВКА
о положении в Республике Мали (март 1968 г.)

В последние недели в стране усилились выступления оппозиции. Посольство считает положение устойчивым, а правительство сильным.

Международный отдел ЦК КПСС
5 марта 1968 г.
"""


def test_a_report_signed_by_a_body_at_its_foot_is_sent_by_it():
    doc = parse_text(SPRAVKA)
    assert doc.title == "СПРАВКА о положении в Республике Мали (март 1968 г.)"
    assert doc.sender_names == ["International Department of the Central Committee of the CPSU"]


RESOLUTION = """source: https://example.org/journal/1961/resolution-7
№ 7
ПОСТАНОВЛЕНИЕ СЕКРЕТАРИАТА ЦК КПСС
«О поездке делегации в Гвинею»

12 марта 1961 г.

1. Направить в Конакри делегацию ЦК КПСС во главе с тов. Мухитдиновым Н. А.

2. Делегации вылететь в Конакри 20 марта.

Секретарь ЦК Ф. Козлов
"""


def test_a_resolution_is_titled_with_its_quoted_subject_and_its_secretary_is_no_sender():
    doc = parse_text(RESOLUTION)
    assert doc.title == "ПОСТАНОВЛЕНИЕ СЕКРЕТАРИАТА ЦК КПСС «О поездке делегации в Гвинею»"  # the subject goes on the heading
    assert doc.document_type == "resolution"
    assert doc.document_date == date(1961, 3, 12)
    assert doc.sender_names == []  # the secretary signs for the body that adopted it


def test_a_quoted_subject_in_english_goes_on_the_heading_too():
    page = RESOLUTION.replace("ПОСТАНОВЛЕНИЕ СЕКРЕТАРИАТА ЦК КПСС\n«О поездке делегации в Гвинею»",
                              "RESOLUTION OF THE SECRETARIAT\n\u201cOn the Delegation to Guinea\u201d")
    assert parse_text(page).title == "RESOLUTION OF THE SECRETARIAT \u201cOn the Delegation to Guinea\u201d"


TALKS = """source: https://example.org/records/talks-1975
Record of the Foreign Minister's Talks with Prime Minister Kosygin, Kremlin, Tuesday, 10 June 1975

CONFIDENTIAL
Ministry of Foreign Affairs
Colombo, 13 June 1975

The Foreign Minister, who had arrived in Moscow on Sunday evening, met Prime Minister A. N. Kosygin in the Kremlin from 10.00 to 12.30 hours. The talks dealt with the trade agreement and the Indian Ocean.

The Prime Minister said that the Soviet Union supported the proposal to make the Indian Ocean a zone of peace.

(K. Perera)
Director (Political)
"""


def test_a_record_is_dated_by_its_own_place_and_date_line_under_the_heading_that_tells_the_talks_day():
    assert parse_text(TALKS).document_date == date(1975, 6, 13)  # written up three days after the talks


def test_a_record_without_its_own_dateline_keeps_the_talks_day():
    assert parse_text(TALKS.replace("Colombo, 13 June 1975\n", "")).document_date == date(1975, 6, 10)


SESSION = """source: https://example.org/records/session-1969
Minutes of the Conference of the Foreign Ministers, Sofia, 12-14 March 1969

The conference met in the hall of the National Assembly from 12 to 14 March 1969. Comrade Bashev opened it and welcomed the delegations.

Comrade Gromyko reported on the talks with the American side held in February.

Decided:
1. The deputy ministers shall meet in May.

Sofia, 14 March 1969
"""


def test_minutes_of_a_session_of_several_days_are_dated_by_their_foot_line_on_the_last_day():
    assert parse_text(SESSION).document_date == date(1969, 3, 14)


def test_a_journal_of_several_days_with_no_foot_line_keeps_its_first_day():
    assert parse_text(SESSION.replace("Sofia, 14 March 1969\n", "")).document_date == date(1969, 3, 12)


SIGNED_CABLE = """source: https://example.org/cables/ciphered-telegram-88
CIPHERED TELEGRAM

The Prime Minister received me today and said that the federal troops had entered the town at dawn.

The embassy's staff and the Soviet doctors at the hospital are safe.

I. PETROV
14 May 1968

Sent 14.5.68, 11.20 hrs.
Received 14.5.68, 13.05 hrs. Moscow
Deciphered 14.5.68, 14.10 hrs. by Orlova
Typed 14.5.68, 14.45 hrs. by Sokolova
Distributed: Kosygin, Gromyko, 2nd African Department
"""


def test_a_cable_signed_over_its_handling_and_distribution_lines_is_sent_by_its_signer():
    doc = parse_text(SIGNED_CABLE)
    assert doc.sender_names == ["I. PETROV"]  # the handling lines under the signature are the cable's furniture
    assert doc.document_date == date(1968, 5, 14)
