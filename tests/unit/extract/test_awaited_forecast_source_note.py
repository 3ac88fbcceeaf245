"""Rows whose whole sentence tells nothing that happened: an act still awaited, the writer's forecast, a source note."""

from __future__ import annotations

import pytest

from pipeline.extract.events.annotate import cites_under_its_number, is_apparatus
from pipeline.extract.events.document_act import foresees_alone
from pipeline.extract.events.passages import awaited_only


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("Athens has not yet replied.", "en", True),
    ("Moscow has yet to answer the note of 3 May.", "en", True),
    ("The embassy in Ankara still has not received instructions.", "en", True),
    ("The delegation arrived on Monday, but the talks have not yet begun.", "en", False),  # another clause beside it
    ("The Foreign Ministry did not reply to the note.", "en", False),  # a negated act done: a row (dev 111 E7)
    ("Bonn has not yet replied", "en", False),  # no stop: a cut piece of a sentence, not a whole one
    ("Washington has not answered to this day.", "en", True),  # an answer awaited, told without "yet"
    ("They have not answered.", "en", True),
    ("Mr. Dulles replied that they had not.", "en", False),  # a reply done
    ("Варшава пока не ответила.", "ru", True),
    ("Ответ из Пекина до сих пор не получен.", "ru", True),
    ("Посол вручил ноту; ответа ещё не получено.", "ru", False),
    ("印度政府迄未答复。", "zh", True),
    ("对方还没有表态。", "zh", True),
    ("我已两次提出交涉，对方仍未答复。", "zh", False),
])
def test_an_act_not_yet_done_alone_in_its_sentence(sentence: str, language: str, expected: bool) -> None:
    assert awaited_only(sentence, language) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("We must expect a sharp reaction from Peking.", True),
    ("Further clashes on the border are to be expected in the coming weeks.", True),
    ("Надо ожидать, что Садат усилит давление на оппозицию.", True),
    ("Следует полагать, что визит состоится в июне.", True),
    ("可以预料，美方将在安理会提出新的决议草案。", True),
    ("1. 预计苏方将派代表团来京。", True),
    ("The minister said that he had met the ambassador, and we must expect a protest.", False),  # an act told before it
    ("Вам следует немедленно выехать в Москву.", False),  # an instruction
    ("我们建议使馆暂不与新当局接触。", False),
])
def test_the_writers_forecast_alone(sentence: str, expected: bool) -> None:
    assert foresees_alone(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Source: Department of State, Central Files, 611.61/10–1456. Secret.", True),
    ("Источник: ГА РФ, ф. 5446, оп. 98, д. 721, л. 3–5.", True),
    ("资料来源：中央档案馆，档号 1-12-7。", True),
    ("Sources close to the palace said on 3 May that the king had left.", False),
])
def test_a_source_note_under_its_label(sentence: str, expected: bool) -> None:
    assert is_apparatus(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("52 Mazoyer au Département, tél. nos 412-415, 28 septembre 1962, AD La Courneuve, Afrique-Levant, Togo 1960-1965, vol. 14.", True),
    ("2 Consulado de España en Bata, informe, 6 August 1979, AMAE, R-19632, exp. 7.", True),
    ("4 On the purge, see the Belgian ambassador's report of 22 June 1977 in Archives du SPF Affaires étrangères, Brussels, dossier 18.742.", True),
    ("³ OAS, Council, Acta de la sesión extraordinaria celebrada el 18 de julio de 1969, OEA/Ser.G/II, C-a-740.", True),
    ("24 Nagy was deported to Romania on 23 November, and his wife followed him.", False),  # a note that tells a story
    ("3. On 5 May the delegation arrived in Hanoi, and the talks opened at once.", False),  # a numbered point of the text
    ("The Ambassador reported on 4 May, in a telegram to the Department, that the junta had asked for troops.", False),
])
def test_a_numbered_note_that_cites_a_paper(sentence: str, expected: bool) -> None:
    assert cites_under_its_number(sentence) is expected
