"""A month named with no day nor year ("Seaborn saw Pham Van Dong in June", "In mid-June the Western powers announced",
"в первых числах февраля"): the month, or the part of it named, of the year the text is in. Paraphrases in other names,
months, word orders and languages than the pages they were found on (tests/fixtures/probes_events, probes_events2,
probes_events3)."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.normalize.dates import find_months_alone
from pipeline.parse.model import Block, ParsedDocument


def _rows(text: str, day: date, language: str = "en", kind: str = "memorandum") -> list[tuple[str, date | None, date | None]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type=kind, document_date=day,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language=language)])
    return [(text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "day", "language", "first", "last"), [
    ("Seaborn saw Pham Van Dong in June.", date(1964, 8, 4), "en", date(1964, 6, 1), date(1964, 6, 30)),
    ("The ambassador met Gromyko twice in March and raised the access question.", date(1962, 5, 10), "en", date(1962, 3, 1), date(1962, 3, 31)),
    ("In October the district court refused to register the new union.", date(1980, 12, 1), "en", date(1980, 10, 1), date(1980, 10, 31)),
    ("In mid-June the Western powers announced a currency reform for their zones.", date(1948, 9, 1), "en", date(1948, 6, 11), date(1948, 6, 20)),
    ("At the end of November the talks in Geneva broke off.", date(1961, 12, 20), "en", date(1961, 11, 21), date(1961, 11, 30)),
    ("В июне делегация ГДР посетила Пекин.", date(1959, 10, 2), "ru", date(1959, 6, 1), date(1959, 6, 30)),
    ("В середине мая посол передал ноту министру.", date(1959, 10, 2), "ru", date(1959, 5, 11), date(1959, 5, 20)),
])
def test_a_past_act_in_a_month_named_alone_is_in_that_month_of_the_year_spoken_from(text, day, language, first, last):
    rows = _rows(text, day, language)
    assert any((start, end) == (first, last) for _, start, end in rows), rows


def test_a_month_named_alone_after_a_later_year_written_is_of_the_year_spoken_from():
    text = ("We ask you to instruct Gosplan to prepare the deliveries of iron ore for 1964-1965. "
            "We also ask you to consider the credit which Comrade Lenart already raised with Comrade Kosygin in March.")
    rows = _rows(text, date(1963, 5, 8), kind="letter")
    assert any((start, end) == (date(1963, 3, 1), date(1963, 3, 31)) for _, start, end in rows), rows


@pytest.mark.parametrize("text", ["The committee met on June 5.", "The committee met in June 1950.", "May I ask you in turn?",
                                  "He will decide by March.", "15 июня делегация вернулась."])
def test_a_month_with_its_day_or_year_or_no_word_of_time_is_no_month_alone(text):
    assert find_months_alone(text, 1958) == []


def test_a_month_alone_after_another_date_keeps_each_clause_to_its_subject():
    text = "In mid-June the Western powers announced a currency reform, and on 24 June the Soviets halted all traffic."
    doc = ParsedDocument(parser="test/1", source_type="book_excerpt", document_type="book pages", document_date=date(1948, 9, 1),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    mid_june = [e for e in extract_events(doc) if e.start_date == date(1948, 6, 11)]
    assert mid_june and all("Soviet Union" not in e.sources + e.targets for e in mid_june), mid_june


def _actors_on(text: str, day: date, first: date, kind: str = "memorandum") -> list[list[str]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type=kind, document_date=day,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [e.sources + e.targets for e in extract_events(doc) if e.start_date == first]


@pytest.mark.parametrize(("text", "day", "first", "actor", "other"), [
    ("RUSK: We sent a note to Hanoi through the Canadians last week, and Seaborn saw Pham Van Dong in June.",
     date(1964, 8, 4), date(1964, 6, 1), "Phạm Văn Đồng", "Dean Rusk"),
    ("The embassy cabled Moscow on 3 May, and Gromyko received Thompson on 9 May.", date(1962, 5, 20), date(1962, 5, 9),
     "Andrei Gromyko", "Moscow"),
])
def test_a_date_that_ends_the_second_of_two_joined_clauses_is_that_clauses_act(text, day, first, actor, other):
    found = _actors_on(text, day, first)
    assert found and any(actor in a for a in found) and all(other not in a for a in found), found


@pytest.mark.parametrize(("text", "day", "first", "source"), [
    ("We ask you to consider our request for a credit, which Comrade Simunek already raised with Comrade Kosygin in March.",
     date(1963, 5, 8), date(1963, 3, 1), "Simunek"),
    ("We thank you for the proposal, which Ambassador Zorin handed to Comrade Ulbricht on 4 April.",
     date(1961, 4, 14), date(1961, 4, 4), "Valerian Zorin"),
])
def test_a_dated_clause_opened_by_which_is_the_act_of_the_name_it_opens_with(text, day, first, source):
    found = _actors_on(text, day, first, kind="letter")
    assert found and any(a and a[0] == source for a in found), found  # not the writer's "We", whose act the main clause is


@pytest.mark.parametrize(("text", "day", "thing"), [
    ("The same evening Dorticós telephoned me and thanked us for the medical team sent in May.", date(1964, 6, 5), date(1964, 5, 1)),
    ("That morning the minister called on me and thanked us for the credit granted in March.", date(1963, 5, 8), date(1963, 3, 1)),
])
def test_a_month_alone_after_a_noun_and_its_participle_dates_that_thing_not_the_sentence(text, day, thing):
    starts = [start for _, start, _ in _rows(text, day)]
    assert thing in starts and any(start != thing for start in starts), starts  # the sentence's own act read by its verbs


@pytest.mark.parametrize(("text", "name"), [
    ("Deputy Premier Mieczyslaw Jagielski arrived in Gdansk on 23 August.", "Mieczyslaw Jagielski"),
    ("Foreign Minister Adam Rapacki flew to Moscow on 12 May.", "Adam Rapacki"),
])
def test_a_person_named_with_titles_before_the_name_is_the_name(text, name):
    found = _actors_on(text, date(1980, 9, 1), date(1980, 8, 23) if "August" in text else date(1980, 5, 12))
    assert any(name in a for a in found) and not any(any("Premier" in n or "Minister" in n for n in a) for a in found), found


@pytest.mark.parametrize(("text", "first", "last"), [
    ("苏联专家组于六月底撤离兰州。", date(1960, 6, 21), date(1960, 6, 30)),
    ("代表团已于上月底离京回国。", date(1960, 9, 21), date(1960, 9, 30)),
    ("七月初，中方代表团抵达河内。", date(1960, 7, 1), date(1960, 7, 10)),
])
def test_a_chinese_month_end_or_beginning_with_no_year_is_its_days_in_the_year_spoken_from(text, first, last):
    rows = _rows(text, date(1960, 10, 12), "zh")
    assert any((start, end) == (first, last) for _, start, end in rows), rows


@pytest.mark.parametrize(("text", "day", "language", "first", "last"), [
    ("The President asked whether the Egyptians had replied to the World Bank's proposal of last December.", date(1956, 7, 12), "en",
     date(1955, 12, 1), date(1955, 12, 31)),
    ("The army has held the coup's leaders since 1965; Subandrio was sentenced to death last October.", date(1967, 3, 3), "en",
     date(1966, 10, 1), date(1966, 10, 31)),
    ("When I met the President in October, he told me he wanted better relations.", date(1971, 6, 3), "en",
     date(1970, 10, 1), date(1970, 10, 31)),
    ("По его словам, в ноябре Национальный совет поддержал позицию правительства.", date(1963, 1, 28), "ru",
     date(1962, 11, 1), date(1962, 11, 30)),
    ("В ноябре прошлого года Национальный совет поддержал позицию правительства.", date(1963, 6, 28), "ru",
     date(1962, 11, 1), date(1962, 11, 30)),
])
def test_a_past_month_after_the_month_spoken_from_or_called_last_is_of_the_year_before(text, day, language, first, last):
    rows = _rows(text, day, language, kind="letter")
    assert any((start, end) == (first, last) for _, start, end in rows), rows


@pytest.mark.parametrize(("text", "day", "language", "first", "last"), [
    ("Осенью 1957 г., после отставки кабинета, советская сторона отозвала посла и прервала переговоры.", date(1960, 3, 1), "ru",
     date(1957, 9, 1), date(1957, 11, 30)),
    ("Летом 1955 г. польская сторона сама попросила вернуть часть специалистов.", date(1960, 3, 1), "ru",
     date(1955, 6, 1), date(1955, 8, 31)),
    ("He arrived in Vientiane in 1957. That autumn the battalions were still refusing to be integrated.", date(1989, 3, 14), "en",
     date(1957, 9, 1), date(1957, 11, 30)),
    ("In the summer of 1961 the ambassador was recalled to Moscow.", date(1963, 3, 1), "en", date(1961, 6, 1), date(1961, 8, 31)),
])
def test_a_season_with_its_year_or_that_year_is_its_months_approximately(text, day, language, first, last):
    rows = _rows(text, day, language, kind="report")
    assert any((start, end) == (first, last) for _, start, end in rows), rows


@pytest.mark.parametrize(("text", "dated"), [
    ("The decision will be announced on the radio tomorrow.", False),
    ("The Politburo will receive the delegation this evening.", False),
    ("The minister told me this morning that he would come.", True),
    ("The minister received me this morning.", True),
])
def test_a_day_to_come_or_a_future_on_the_day_spoken_from_is_a_plan_undated(text, dated):
    rows = _rows(text, date(1970, 12, 21), kind="letter")
    assert rows and all((start is not None) is dated for _, start, _ in rows), rows


def test_a_wish_for_tomorrow_is_no_row():
    assert _rows("It would be good if he could come tomorrow.", date(1970, 12, 21), kind="letter") == []


def test_a_deadline_day_of_the_week_is_an_upper_bound():
    rows = _rows("The strikes on the coast had ended by Saturday evening.", date(1970, 12, 21), kind="letter")
    assert any((start, end) == (None, date(1970, 12, 19)) for _, start, end in rows), rows


def test_a_deadline_on_last_such_day_of_the_week_is_an_upper_bound():
    rows = _rows("Some two hundred refugees had already crossed into Kenya by last Thursday.", date(1971, 3, 9), kind="record")
    assert any((start, end) == (None, date(1971, 3, 4)) for _, start, end in rows), rows


def test_a_span_of_one_month_with_its_other_day_as_a_number_alone_is_one_range():
    rows = _rows("Our consul, who visited the northern camps from March 3 to 9, reported on March 12 that food was short.",
                 date(1971, 3, 20))
    assert any((start, end) == (date(1971, 3, 3), date(1971, 3, 9)) for _, start, end in rows), rows
    assert not any(start == end == date(1971, 3, 3) for _, start, end in rows), rows


def test_a_letters_night_of_two_days_of_this_month_is_that_night():
    rows = _rows("The raid on the port in the night of the 4th to the 5th of this month was beaten off.", date(1971, 3, 20),
                 kind="letter")
    assert [(start, end) for _, start, end in rows] == [(date(1971, 3, 4), date(1971, 3, 5))], rows


def test_a_month_after_that_in_a_book_is_of_the_year_last_written():
    text = "Nkomo, freed in April 1964, was received in Peking that October."
    doc = ParsedDocument(parser="test/1", source_type="book_excerpt", document_type="book pages", document_date=None,
                         document_date_precision=None, blocks=[Block("paragraph", 0, len(text), text, language="en")])
    rows = [(e.start_date, e.end_date) for e in extract_events(doc)]
    assert (date(1964, 10, 1), date(1964, 10, 31)) in rows, rows


def test_a_deadline_counted_from_the_last_date_is_an_upper_bound():
    text = "On 16 June 1953 the workers marched to the House of Ministries. By the next morning the strike had spread to 270 towns."
    doc = ParsedDocument(parser="test/1", source_type="book_excerpt", document_type="book pages", document_date=None,
                         document_date_precision=None, blocks=[Block("paragraph", 0, len(text), text, language="en")])
    rows = [(e.start_date, e.end_date, e.date_kind) for e in extract_events(doc)]
    assert any(end is not None and end.day == 17 and kind == "upper_bound" for _, end, kind in rows), rows


def test_a_turns_dated_answer_with_no_verb_or_with_i_is_its_speakers():
    text = ("Q: When did you leave?\nTEMPLETON: In the summer of 1960, a few weeks before the coup.\n"
            "Q: And Nixon?\nCEAUSESCU: We are glad. When I met Nixon in October, he told me he wanted better relations.")
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="transcript", document_date=date(1971, 6, 3),
                         document_date_precision="day", title="Transcript of conversation",
                         blocks=[Block("paragraph", 0, len(text), text, language="en")])
    rows = {(e.start_date, tuple(e.sources)) for e in extract_events(doc)}
    assert any(start == date(1960, 6, 1) and sources for start, sources in rows), rows
