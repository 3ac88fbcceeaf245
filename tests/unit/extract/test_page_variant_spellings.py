"""A person the page spells otherwise than the gazetteer ("Ас-Салял" for "Ас-Салляль", "Gromiko" for "Gromyko"): the
page's word is read as that person (rapidfuzz ratio over the person's one-word forms), only where one person comes
that close and the page does not write the word in small letters too. And a saying in a record that opens with its verb
to the other party ("Сообщил президенту, что ...") is the writer's."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.common import said_to_one_in_dative
from pipeline.extract.mentions import find_mentions, page_variants, reading_variants
from pipeline.normalize.lexicon import lexicon
from pipeline.parse.model import Block, ParsedDocument


@pytest.mark.parametrize(("text", "word", "person"), [
    ("Ас-Салял поблагодарил советское правительство за поставку самолетов.", "Ас-Салял", "Abdullah al-Sallal"),
    ("Беседа с президентом маршалом А. ас-Салялем.", "ас-Салялем", "Abdullah al-Sallal"),
    ("Then Gromiko told the Ambassador that the talks were over.", "Gromiko", "Andrei Gromyko"),
])
def test_a_person_spelt_otherwise_is_the_gazetteers(text, word, person):
    variants = page_variants([text])
    assert word in variants and variants[word].name == person, {w: e.name for w, e in variants.items()}
    with reading_variants([text]):
        assert person in {m.entity.name for m in find_mentions(text)}
    assert person not in {m.entity.name for m in find_mentions(text)}  # only while the page is read


@pytest.mark.parametrize("text", [
    "The Conference opened in Geneva. The conference then adjourned.",  # a word the page also writes in small letters
    "Комиссия рассмотрела вопрос о поставках.",  # no person's name near
    "Mr. Smithers arrived on Monday.",
    "Mr. Palmer said that the aircraft had landed at the base.",  # Palme with a letter added: another surname
    "The report was signed by Peter Gromiko of the trade mission.",  # beside a given name none of Gromyko's: another man
    "Then Gromiko Ivo, the consul, came in.",  # before a name of its own: a given name, another man
    'The frigate intercepted the tanker "Manuela" off the coast.',  # a ship's name in quotation marks, not Mandela's
    "O posto comunica que a fragata interceptou o navio-tanque \u00abManuela\u00bb.",
])
def test_no_variant_where_no_one_person_comes_close(text):
    assert page_variants([text]) == {}


def _rows(text: str) -> list[tuple[str, list[str], list[str]]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="record_of_conversation",
                         document_date=date(1960, 5, 10), document_date_precision="day", sender_names=["Н. Михайлов"],
                         blocks=[Block("paragraph", 0, len(text), text, language="ru")])
    return [(text[e.evidence_start: e.evidence_end], e.sources, e.targets) for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "opening"), [
    ("Беседа с президентом Индонезии Сукарно. Я ответил, что доложу в Москву. Сообщил президенту, что делегация прибудет в мае.", "Сообщил"),
    ("Принял президента Индонезии Сукарно. Сукарно поблагодарил за помощь. Напомнил президенту, что визит назначен на май.", "Напомнил"),
])
def test_a_saying_to_the_other_with_no_subject_is_the_writers(text, opening):
    rows = [(s, t) for evidence, s, t in _rows(text) if evidence.startswith(opening)]
    assert rows and all(s == ["Н. Михайлов"] for s, _ in rows), rows


@pytest.mark.parametrize(("text", "said"), list((lexicon("ru").get("examples_dative_endings") or {}).items()))
def test_every_example_of_the_dative_endings(text, said):
    assert said_to_one_in_dative(text) is said
