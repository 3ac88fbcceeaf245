"""A paragraph of a record that opens with a surname the gazetteer does not know before a verb of saying ("Nguza said
that ...", "General Vessey reported that ...") is the turn of the one the record names in full with that name (its
participants, the persons its text names), not the last speaker's going on; a surname two of them share, or none,
names no one (names written for these tests)."""

import pytest

from pipeline.extract.events.document_act import narrated_speaker, written_names

PEOPLE = ["Mobutu Sese Seko", "Nguza Karl-i-Bond", "Henry A. Kissinger", "John W. Vessey, Jr.", "Joseph Tembarek", "Pierre Tembarek"]


@pytest.mark.parametrize(("text", "name"), [
    ("Nguza said that the price of copper had fallen again this month.", "Nguza Karl-i-Bond"),
    ("General Vessey reported that the first shipment had reached N'Djamena on Saturday.", "John W. Vessey, Jr."),
])
def test_a_surname_the_record_names_in_full_is_its_speaker(text, name):
    assert narrated_speaker(text, "en", PEOPLE) == name


@pytest.mark.parametrize("text", [
    "Tembarek said that the delegation would arrive on Monday.",  # two of that surname
    "Mbeki said that the talks would go on.",  # none
])
def test_a_surname_of_two_or_of_none_names_no_one(text):
    assert narrated_speaker(text, "en", PEOPLE) is None


def test_a_russian_records_surname_is_the_one_it_names_in_full():
    assert narrated_speaker("Тембарек сообщил, что вчера в столицу прибыл министр.", "ru", ["А. С. Тембарек", "Р. Н. Мбандака"]) == "А. С. Тембарек"


RECORD = ("On Tuesday I was received by the President at the Palace. The Minister of Foreign Affairs, Aboubakar Tendelé, "
          "and the second secretary of the embassy, comrade Pavel Mrázek, who interpreted, took part.")


def test_a_surname_the_record_writes_after_a_given_name_is_its_speaker_told_whom():
    """"Tendelé informed me that ...": the one the record writes in full, though neither the gazetteer nor its list of
    those present knows him; the one he told between the verb and "that" leaves it his turn."""
    written = written_names([RECORD])
    assert "Aboubakar Tendelé" in written and "Pavel Mrázek" in written
    assert narrated_speaker("Tendelé informed me that a delegation had returned from Peking in January.", "en", [], written) == "Aboubakar Tendelé"
    assert narrated_speaker("Comrade Mrázek assured us that the list was ready.", "en", [], written) == "Mrázek"


def test_a_title_before_a_name_is_no_given_name():
    assert not any(n.split()[0] in ("Minister", "Comrade", "President") for n in written_names([RECORD]))
