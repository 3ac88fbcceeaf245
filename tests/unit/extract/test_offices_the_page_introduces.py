"""A Russian office the page writes a few words before a person's name ("с президентом Индонезии Сукарно", "министр
иностранных дел СССР А. А. Громыко"): the office written alone later on the page ("Президент сказал", "Сообщил
министру") stands for that person; an office with a name or a state after it ("Президент США") does not."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.titles import ru_bare_office_spans, ru_office_holders
from pipeline.normalize.lexicon import lexicon
from pipeline.parse.model import Block, ParsedDocument


def _holder_of_the_last_office_alone(text: str) -> str | None:
    spans = ru_bare_office_spans(text, ru_office_holders([text]), [])
    return spans[-1][2] if spans else None


@pytest.mark.parametrize(("text", "holder"), list((lexicon("ru").get("examples_office_stems") or {}).items()))
def test_every_example_of_the_office_stems_reads_its_holder(text, holder):
    assert _holder_of_the_last_office_alone(text) == holder


@pytest.mark.parametrize(("text", "holder"), [
    ("Вчера был принят председателем Совета министров СССР Н. С. Хрущевым. Председатель подчеркнул, что вопрос решен.", "Nikita Khrushchev"),
    ("Присутствовал посол СССР в КНДР А. М. Пузанов. Затем я передал послу текст заявления.", "Alexander Puzanov"),
    ("Встреча с президентом Индонезии Сукарно. Президентский дворец охранялся войсками.", None),  # an adjective, no office
    ("Встреча с президентом Индонезии Сукарно. Президент Египта Насер прибыл в Москву.", None),  # another president, named
    ("Президент сказал, что приедет.", None),  # no holder introduced
])
def test_an_office_written_alone_is_the_holder_the_page_introduced(text, holder):
    assert _holder_of_the_last_office_alone(text) == holder


def test_a_saying_of_the_office_alone_is_its_holders():
    text = "9 мая был принят президентом Индонезии Сукарно. Президент сказал, что готов посетить Москву."
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="record_of_conversation",
                         document_date=date(1960, 5, 10), document_date_precision="day", sender_names=["Н. Михайлов"],
                         blocks=[Block("paragraph", 0, len(text), text, language="ru")])
    rows = [(e.sources, e.targets) for e in extract_events(doc) if doc.blocks[e.block].text[e.evidence_start:].startswith("Президент")]
    assert rows and all(s == ["Sukarno"] for s, _ in rows), rows


@pytest.mark.parametrize(("text", "holder"), [
    ("5月8日周恩来总理接见了大使。总理说，中国政府支持巴基斯坦。", "Zhou Enlai"),
    ("陈毅副总理会见了大使。副总理说，中国政府支持巴基斯坦。", "Chen Yi"),
])
def test_a_chinese_office_written_alone_is_the_holder_the_page_introduced(text, holder):
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram",
                         document_date=date(1965, 5, 9), document_date_precision="day",
                         blocks=[Block("paragraph", 0, len(text), text, language="zh")])
    said = [e.sources for e in extract_events(doc) if "说" in text[e.evidence_start: e.evidence_end]]
    assert said and all(s == [holder] for s in said), said


@pytest.mark.parametrize(("texts", "holders"), [
    (["Prime Minister Albert Margai received me.", "The Prime Minister said that"], {"prime minister": "Albert Margai"}),
    (["President Oumar Diallo received the delegation.", "The President said"], {"president": "Oumar Diallo"}),
    (["Prime Minister Albert Margai met Prime Minister Milton Obote."], {}),  # two holders: neither is "the Prime Minister"
    (["PARTICIPANTS", "President Joaquín Méndez Ríos", "The President welcomed the Secretary."], {"president": "Joaquín Méndez Ríos"}),
    (["Prime Minister Ásgeir Þórðarson", "The Prime Minister said"], {"prime minister": "Ásgeir Þórðarson"}),  # accented letters
    (["President Luís Alberto da Costa received me."], {}),  # a particle goes on: no "Luís Alberto" cut from his name
])
def test_an_office_before_a_name_the_gazetteer_lacks_names_its_holder(texts, holders):
    from pipeline.extract.events.titles import office_holders
    assert {t: h for t, h in office_holders(texts, []).items() if t in ("prime minister", "president")} == holders
