"""A person written with the initials of his given names before his surname, in any script: a row no reader gave an
actor names him, in the form the page names him most often (passages.py, _initialed_persons)."""

from types import SimpleNamespace

from pipeline.extract.events import passages


def _actors(told: str, page: list[str] = ()) -> list[str]:
    blocks = [SimpleNamespace(text=told, language=None)] + [SimpleNamespace(text=t, language=None) for t in page]
    event = passages.EventDraft(0, "statement", 0, len(told), "dated_sentence", 0.5)
    passages._initialed_persons([event], blocks)
    return event.sources


def _targets(told: str) -> list[str]:
    event = passages.EventDraft(0, "statement", 0, len(told), "dated_sentence", 0.5)
    passages._initialed_persons([event], [SimpleNamespace(text=told, language=None)])
    return event.targets


def test_initials_name_a_person_in_any_script():
    assert _actors("Kl. 1600 Vaktarskifti. J. P. Joensen.") == ["J. P. Joensen"]
    assert _actors("Таныш олдум: баш һәким Р. Һәсәнов, 3.1.1990.") == ["Р. Һәсәнов"]
    assert _actors("14 აპრილს ჯ. პატიაშვილი პირველი მდივნის თანამდებობიდან გადადგა.") == ["ჯ. პატიაშვილი"]


def test_an_inflected_form_is_the_one_the_page_names_most():
    told = "7 აპრილს, საღამოს, ცენტრალური კომიტეტის პირველმა მდივანმა ჯ. პატიაშვილმა"
    page = ["14 აპრილს ჯ. პატიაშვილი გადადგა.", "ჯ. პატიაშვილი არ დაესწრო."]
    assert _actors(told, page) == ["ჯ. პატიაშვილი"]


def test_no_label_abbreviation_or_small_letter_reads_as_initials():
    assert _actors("A. This morning at 0630 on the night boat.") == []
    assert _actors("The U.S. Embassy was informed.") == []
    assert _actors("Поручить т. Патоличеву сообщить об этом.") == []
    assert _actors("Q. Where did the boat go?") == []


def test_a_name_opening_the_block_is_read_and_a_later_one_is_no_actor():
    assert _actors("J. P. Joensen said the boat left.") == ["J. P. Joensen"]
    assert _actors("H. Brown said the report was sent to J. Smith.") == ["H. Brown"]
    assert _targets("H. Brown said the report was sent to J. Smith.") == ["J. Smith"]
