"""A mission's cable signed by its envoy: the name alone on the last line of the text, under the last sentence or under
his office, the copies and the archive's citation below it. The cable's "I" and "me" are the envoy's; what the mission
does as a post stays the mission's. Paraphrases in other names, posts and days than the pages it was found on."""

import pytest

from pipeline.seed import process_seed

_PAGE = (
    "source: https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-{slug}\n"
    "Ciphered Telegram from the {mission} to the Ministry of Foreign Affairs, {capital}\n\n"
    "Ciphered telegram No. 214\n"
    "{post}, 12 March 1974\n\n"
    "SECRET\n\n"
    "Today at noon I was received by {host}. He told me that the talks would resume next week.\n\n"
    "The embassy has instructed our specialists to remain at their places of work.\n\n"
    "{signature}\n\n"
    "Copies: Comrade Novák, Comrade Dvořák\n\n"
    "{citation}\n"
)


def _rows(mission: str, capital: str, post: str, host: str, signature: str, citation: str) -> list[dict]:
    text = _PAGE.format(slug="x", mission=mission, capital=capital, post=post, host=host, signature=signature, citation=citation)
    return process_seed("990_wilson-ciphered-telegram.txt", text.encode()).events.to_pylist()


def _actors(rows: list[dict], opening: str) -> set[str]:
    return {n for r in rows if r["evidence_text"].startswith(opening) for n in r["source_names"] + r["target_names"]}


@pytest.mark.parametrize(("mission", "capital", "post", "host", "signature", "envoy"), [
    ("Czechoslovak Embassy in Baghdad", "Prague", "Baghdad", "Prime Minister Ahmed Hassan al-Bakr", "Karel Moravec", "Karel Moravec"),
    ("Polish Embassy in Cairo", "Warsaw", "Cairo", "President Anwar Sadat", "Ambassador\n\nJan Zieliński", "Jan Zieliński"),
    ("Bulgarian Embassy in Damascus", "Sofia", "Damascus", "President Hafez al-Assad", "Petar Ivanov", "Petar Ivanov"),
])
def test_the_cables_i_is_the_envoy_who_signs_it(mission, capital, post, host, signature, envoy):
    rows = _rows(mission, capital, post, host, signature, "AMVZ, Baghdad, 1974, box 3, 0114/2.")
    said = _actors(rows, "Today at noon I was received")
    assert envoy in said and mission not in said
    assert mission not in _actors(rows, "He told me")


def test_a_last_line_in_a_sentence_names_no_envoy():
    rows = _rows("Czechoslovak Embassy in Baghdad", "Prague", "Baghdad", "Prime Minister Ahmed Hassan al-Bakr",
                 "We shall report further developments.", "AMVZ, Baghdad, 1974, box 3, 0114/2.")
    assert "We shall report further developments." not in _actors(rows, "Today at noon I was received")


@pytest.mark.parametrize(("sentence", "body"), [
    ("Mengistu Haile Mariam, Chairman of the Provisional Military Administrative Council, received me today.",
     "Provisional Military Administrative Council"),
    ("Today I was received by Samora Machel, President of the Front for the Liberation of Mozambique.",
     "Front for the Liberation of Mozambique"),
])
def test_the_body_of_an_office_set_off_by_a_comma_from_its_holder_does_not_act(sentence, body):
    from pipeline.extract.events.common import unqualified_actors

    assert body not in unqualified_actors(sentence, ["Mengistu Haile Mariam", "Samora Machel", body])
