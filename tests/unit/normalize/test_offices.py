"""Offices resolved by date (pipeline/reference/offices.yaml)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.normalize.names import lookup
from pipeline.normalize.offices import (
    bare_holders,
    find_offices,
    home_countries,
    house_offices,
    office_names,
    offices,
)


def test_every_holder_is_the_gazetteers_canonical_name_and_terms_do_not_overlap():
    for office in offices():
        for name, first, last in office.holders:
            entity = lookup(name)
            assert entity is not None and entity.name == name and entity.kind == "person", (office.office, name)
            assert first <= last, (office.office, name)
        terms = sorted((first, last) for _, first, last in office.holders)
        assert all(a[1] <= b[0] for a, b in zip(terms, terms[1:], strict=False)), office.office


@pytest.mark.parametrize(("text", "day", "expected"), [
    ("The Director of Central Intelligence said that he had a few remarks", date(1956, 11, 1), ["Allen Dulles"]),
    ("the efforts of the UN Secretary-General", date(1962, 10, 26), ["U Thant"]),
    ("Soviet Foreign Minister said", date(1962, 10, 26), ["Andrei Gromyko"]),
    ("the Brazilian Secretary of State for External Relations", date(1962, 10, 26), []),  # another state's office
    ("the Deputy Director of Central Intelligence", date(1962, 10, 26), []),
])
def test_an_office_written_in_full_is_its_holder_on_the_day(text, day, expected):
    assert [name for _, _, name in find_offices(text, office_names(day))] == expected


def test_a_governments_own_short_forms_hold_only_in_its_documents():
    us = home_countries("https://history.state.gov/historicaldocuments/frus1955-57v25/d152", "Memorandum of Discussion")
    assert us == {"United States"}
    assert bare_holders(date(1956, 11, 1), us)["president"] == "Dwight D. Eisenhower"
    assert bare_holders(date(1973, 10, 19), us)["secretary"] == "Henry Kissinger"
    assert "president" not in bare_holders(date(1956, 11, 1), home_countries("https://digitalarchive.wilsoncenter.org/document/1", "Note"))
    assert [n for _, _, n in find_offices("the Secretary of State said", office_names(date(1962, 10, 31), us))] == ["Dean Rusk"]
    assert find_offices("the Secretary of State said", office_names(date(1962, 10, 31))) == []
    assert office_names(None, us) == {}


def test_the_prime_minister_of_a_british_record_is_the_british_prime_minister_of_its_day():
    uk = home_countries("https://discovery.nationalarchives.gov.uk/details/r/C1", "Record of a conversation")
    assert uk == {"United Kingdom"}
    assert [n for _, _, n in find_offices("The Prime Minister welcomed Dr Kreisky", office_names(date(1975, 2, 25), uk))] == ["Harold Wilson"]
    assert [n for _, _, n in find_offices("the Prime Minister said", office_names(date(1980, 6, 2), uk))] == ["Margaret Thatcher"]
    elsewhere = home_countries("https://digitalarchive.wilsoncenter.org/document/1", "Note")
    assert find_offices("the Prime Minister said", office_names(date(1975, 2, 25), elsewhere)) == []


def test_a_house_names_its_own_office_bare():
    assert house_offices("CIA Records Search Tool (CREST), CIA Reading Room", None) == {"director": "Director of Central Intelligence"}
    assert house_offices(None, "https://www.cia.gov/readingroom/document/03186752")["director"] == "Director of Central Intelligence"
    assert house_offices("Wilson Center Digital Archive", "https://digitalarchive.wilsoncenter.org/document/1") == {}
