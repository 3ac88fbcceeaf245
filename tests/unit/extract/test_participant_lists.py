"""A record's list of participants names its people even when the gazetteer knows none of them ("Present: on the
Egyptian side Vice-President Ali Sabri ..."), one of them by title and surname alone ("Ambassador Wadsworth"), with a
note on his role in brackets ("(interpreting)") that ends his entry; a side's heading ("United States") is no person.
An office the page gives its holder by title ("King Saud ... The King thanked ...") is that holder, monarchs too."""

import pytest

from pipeline.extract.events.context import people_present
from pipeline.extract.events.titles import holder, office_holders
from pipeline.parse import parse_text


def _memcon(lines: str) -> str:
    return ("Memorandum of Conversation\n\nWashington, March 3, 1962, 11 a.m.\n\nSUBJECT\nLaos\n\nPARTICIPANTS\n"
            f"{lines}\n\nThe President welcomed the visitors and the talk turned to Laos.\n")


@pytest.mark.parametrize(("lines", "expected", "absent"), [
    ("United States\nSecretary Rusk\nAmbassador Wadsworth\nIndonesia\nForeign Minister Subandrio\nMr. Rountree",
     {"Wadsworth", "Rountree"}, {"United States", "Indonesia"}),
    ("Secretary Rusk\nMr. Abel Klossowski (interpreting part of the time)\nCounselor Lindsay", {"Abel Klossowski", "Lindsay"}, set()),
])
def test_the_list_names_people_the_gazetteer_lacks(lines, expected, absent):
    people = set(people_present(parse_text(_memcon(lines))))
    assert expected <= people and not absent & people, people


def test_a_present_line_of_unknown_people_is_read():
    text = ("Note on the Conversation between Minister Rapacki and President Nasser\n\nSecret\n\n"
            "Present: on the Egyptian side Minister Omar Haddad and Minister Karim Lutfi; on the Polish side Ambassador Piotr Nowak.\n\n"
            "The President received Minister Rapacki on the evening of 26 February.\n")
    people = set(people_present(parse_text(text)))
    assert {"Omar Haddad", "Karim Lutfi", "Piotr Nowak"} <= people, people


@pytest.mark.parametrize(("text", "written", "person"), [
    ("King Saud arrived at the airport. The King thanked the President.", "the King", "Saud of Saudi Arabia"),
    ("King Hussein met the Ambassador. Later the King said that Jordan would not join.", "the King", "Hussein of Jordan"),
])
def test_a_monarch_named_by_title_is_the_one_the_page_introduced(text, written, person):
    assert holder(written, office_holders([text], [])) == person


def test_a_participant_with_his_office_after_a_comma_does_not_swallow_the_next_line():
    """A list one item a line, a long item (the man and his office) between short ones: no paragraph wrapped at that
    width, so the line after it is a participant of its own."""
    text = ("source: https://history.state.gov/historicaldocuments/frus1981-88v30/d101\n"
            "Foreign Relations of the United States, 1981–1988, Volume XXX, Africa\n101. Memorandum of Conversation\n\n"
            "Washington, May 4, 1983, 10:00–10:40 a.m.\n\nSUBJECT\nThe Secretary's Meeting with President Ouedraogo\n\n"
            "PARTICIPANTS\nUnited States\nThe Secretary\nAssistant Secretary Chester A. Crocker\n\n"
            "Upper Volta\nPresident Jean-Baptiste Ouedraogo, Chairman of the Council for the Salvation of the People\n"
            "Foreign Minister Felix Tiemtarboum\nAmbassador Pierre Kabore\n\n"
            "President Ouedraogo thanked the Secretary for the grain that had reached Ouagadougou in April.\n\n"
            "Source: Department of State, Executive Secretariat, Memoranda of Conversation. Confidential.\n")
    people = set(people_present(parse_text(text)))
    assert {"Jean-Baptiste Ouedraogo", "Felix Tiemtarboum", "Pierre Kabore"} <= people, people
