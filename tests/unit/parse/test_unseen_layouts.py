"""Document fields on page layouts the fixtures hold few of: a letter dated under its signature, a record that closes
on its recorder's or signer's line, an oral history named by the person it interviews, a title under a label."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text

LETTER = (
    "source: https://example.org/a\nLetter from Walter Ulbricht to Nikita Khrushchev\n\nDear Comrade Khrushchev,\n\n"
    "On 3 January we discussed the situation in Berlin. The decision of 13 December 1960 was carried out.\n\n"
    "With communist greetings,\nW. Ulbricht\nBerlin, 18 January 1961\n"
)


def test_a_date_inside_the_letters_text_is_not_its_date():
    doc = parse_text(LETTER)
    assert str(doc.document_date) == "1961-01-18"
    assert doc.sender_names == ["Walter Ulbricht"] and doc.recipient_names == ["Nikita Khrushchev"]


BODY = "source: https://example.org/doc/1\nMemorandum of Conversation\n\nMoscow, March 3, 1962\n\nThe Ambassador called on the Minister.\n\nThe Minister said that he would study it.\n\n"


@pytest.mark.parametrize(("end", "cut"), [
    ("Recorded by V. Sukhodrev", False),
    ("Translated by Svetlana Savranskaya", False),
    ("Llewellyn E. Thompson\nAmbassador of the United States", False),
    ("Distribution: Secretary, Under Secretary, S/S", False),
    ("The Minister then turned to the question of the", True),
    ("Naturally, the", True),
])
def test_a_text_is_cut_only_where_it_stops_mid_sentence(end, cut):
    assert parse_text(BODY + end + "\n").has_cut_end is cut


def test_an_oral_history_is_named_by_the_person_it_interviews():
    doc = parse_text(
        "source: https://example.org/oh\nThe Association for Diplomatic Studies and Training\nForeign Affairs Oral History Project\n"
        "JOHN SMITH\nInterviewed by: Charles Stuart Kennedy\nInitial interview date: May 1, 1995\nQ: Where were you born?\nSMITH: In Ohio.\n"
    )
    assert doc.title == "JOHN SMITH"


@pytest.mark.parametrize(("head", "title"), [
    ("Title: Letter from Walter Ulbricht to Nikita Khrushchev", "Letter from Walter Ulbricht to Nikita Khrushchev"),
    ("Telegram from Ambassador Thompson to the Department of State | Cold War Documents | Example Archive",
     "Telegram from Ambassador Thompson to the Department of State"),
])
def test_a_title_without_its_label_or_the_sites_sections(head, title):
    assert parse_text(f"source: https://example.org/t\n{head}\n\nMoscow, March 3, 1962\n\nThe Minister received me this morning.\n").title == title


def test_a_signed_letters_addressee_comes_from_its_title():
    doc = parse_text(
        "source: https://istmat.org/node/2\nПисьмо Н.С. Хрущева Вальтеру Ульбрихту | Исторические материалы\nГлавная » Документы » 1961\n\n"
        "Дорогой товарищ Ульбрихт!\n\nМы внимательно изучили Ваше письмо от 18 января 1961 г. Президиум ЦК КПСС обсудил его 26 января.\n\n"
        "С коммунистическим приветом\nН. ХРУЩЕВ\n\n30 января 1961 г.\n\nАП РФ. Ф. 3. Оп. 64. Д. 671. Л. 12–15.\n"
    )
    assert doc.sender_names == ["Nikita Khrushchev"] and doc.recipient_names == ["Walter Ulbricht"]
