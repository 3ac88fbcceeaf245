"""A saying that reports another's act ("KIM IL SUNG informed me that the day before the Korean side had handed ...",
"Ким Ир Сен сообщил, что 28 сентября прибыла делегация"): the reported act's row is of the clause's own subject, not of
the one who tells it; when the clause's subject is the teller again ("he had met"), the row stays his."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument

DAY = date(1959, 10, 2)


def _actors(text: str, language: str, day: date, when: date) -> list[tuple[list[str], list[str]]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="record_of_conversation",
                         document_date=day, document_date_precision="day",
                         blocks=[Block("paragraph", 0, len(text), text, language=language)])
    return [(list(e.sources), list(e.targets)) for e in extract_events(doc) if e.start_date == when]


@pytest.mark.parametrize(("text", "language", "when", "sources"), [
    ("Kim Il Sung informed me that on 28 September the Chinese government delegation arrived in Pyongyang.", "en",
     date(1959, 9, 28), "Chinese government delegation"),
    # a Russian group after its verb of coming, as the page writes it (the conventions table's row on a Russian bare group noun)
    ("Ким Ир Сен сообщил, что 28 сентября в Пхеньян прибыла китайская правительственная делегация.", "ru",
     date(1959, 9, 28), "китайская правительственная делегация"),
    ("Тито заявил, что 25 сентября Госплан СССР направил в Белград группу экспертов.", "ru", date(1959, 9, 25), "Gosplan"),
    ("Sukarno told me that on 30 September the Indonesian government had recalled its ambassador.", "en",
     date(1959, 9, 30), "Indonesian government"),
])
def test_a_dated_act_in_a_told_clause_is_its_subjects(text, language, when, sources):
    rows = _actors(text, language, DAY, when)
    assert rows and all(sources in s + t and not {"Kim Il Sung", "Josip Broz Tito", "Sukarno"} & set(s + t) for s, t in rows), rows


def test_a_told_clause_whose_subject_is_the_teller_stays_his():
    rows = _actors("Sukarno said that on 30 September he had met Zhou Enlai.", "en", DAY, date(1959, 9, 30))
    assert rows and all("Sukarno" in s for s, _ in rows), rows


@pytest.mark.parametrize(("text", "sources"), [
    ("On 2 October KIM IL SUNG received me. KIM IL SUNG informed me that the day before the Korean side had handed the "
     "Chinese embassy a note.", "Korean side"),
    ("On 2 October Nasser received me. Nasser told me that the day before the Egyptian side had signed the protocol on "
     "the turbines.", "Egyptian side"),
])
def test_a_relative_day_in_a_told_clause_is_its_subjects(text, sources):
    rows = _actors(text, "en", DAY, date(1959, 10, 1))
    assert any(s == [sources] for s, _ in rows), rows


@pytest.mark.parametrize(("text", "language", "when"), [
    ("Nasser told me that on 28 September a conspiracy had been discovered in the army.", "en", date(1959, 9, 28)),
    ("Sukarno informed me that on 30 September several officers were arrested in Bandung.", "en", date(1959, 9, 30)),
    ("Tito said that on 25 September the agreement on credits was signed in Belgrade.", "en", date(1959, 9, 25)),
    ("Насер сообщил, что 28 сентября в армии был раскрыт заговор.", "ru", date(1959, 9, 28)),
    ("Тито заявил, что 25 сентября были арестованы несколько офицеров.", "ru", date(1959, 9, 25)),
])
def test_a_told_passive_with_no_agent_is_not_the_tellers(text, language, when):
    rows = _actors(text, language, DAY, when)
    assert rows and not any({"Gamal Abdel Nasser", "Sukarno", "Josip Broz Tito"} & set(s + t) for s, t in rows), rows


def test_a_told_clause_with_its_own_verb_before_a_passive_stays_read_as_before():
    rows = _actors("Sukarno said that on 30 September he had met Zhou Enlai, who was received by the army.", "en", DAY,
                   date(1959, 9, 30))
    assert rows and all("Sukarno" in s for s, _ in rows), rows


@pytest.mark.parametrize(("text", "when", "sources"), [
    ("On natural gas, Margáin noted that Pemex had signed letters of intent with six American pipeline companies on "
     "28 September.", date(1959, 9, 28), "Pemex"),
    ("Mr. Ágústsson said that the Althing had debated the question on 28 September.", date(1959, 9, 28), "Althing"),
    ("The Minister reported that the frigate Lowestoft had rammed a gunboat on 28 September.", date(1959, 9, 28), "Lowestoft"),
])
def test_a_told_clause_opening_with_a_proper_name_the_gazetteer_lacks_is_that_names(text, when, sources):
    rows = _actors(text, "en", DAY, when)
    assert rows and any(sources in s for s, _ in rows), rows


@pytest.mark.parametrize("phrase", [" and within a week Stevens", "In February he", "Several", "On Monday the Council"])
def test_no_named_subject_from_a_joining_word_a_time_or_a_count(phrase):
    from pipeline.extract.events.common import named_subject
    assert named_subject(phrase) == []
