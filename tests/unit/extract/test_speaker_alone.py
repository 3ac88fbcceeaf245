"""In a record of a talk its writer keeps, a plain saying turn of the other party ("The President said that ...",
"Президент сказал, что ...") is the speaker's alone: the writer, whom the sentence does not name as the one spoken to,
is no actor of it. Where the sentence names him ("said to me", "сказал мне", "wanted to see me") he stays."""

from pipeline.extract.events import extract_events
from pipeline.extract.events.passages import plain_saying
from pipeline.parse import parse_text

_EN = """source: https://example.org/record-conversation-ambassador-president-lusaka
Record of a Conversation of the Bulgarian Ambassador Georgi Petkov with President Kenneth Kaunda, 16 January 1973

Lusaka, 17 January 1973

On 16 January I was received by President Kaunda at State House at my request.

The President said that the Rhodesian authorities had closed the border at the Victoria Falls bridge on 9 January.

He added that the copper would now go out by the railway through Tanzania.

Kaunda said to me that he would write to Comrade Zhivkov about the railway.

G. Petkov
"""

_RU = """source: https://example.org/zapis-besedy-posla-s-prezidentom
Запись беседы посла СССР И. С. Ковалева с президентом Кеннетом Каундой, 16 января 1973 года

16 января был принят президентом Каундой в его резиденции.

Каунда сказал, что правительство Родезии 9 января закрыло границу у моста через водопад Виктория.

Затем Каунда сказал мне, что напишет письмо советскому руководству о железной дороге.

Посол СССР в Замбии И. КОВАЛЕВ
"""


def _rows(page: str) -> list[tuple[list[str], list[str], str]]:
    doc = parse_text(page)
    return [(list(e.sources), list(e.targets), doc.blocks[e.block].text[e.evidence_start: e.evidence_end]) for e in extract_events(doc)]


def _turns(rows, opening: str):
    return [r for r in rows if r[2].startswith(opening) and any("Kaunda" in n for n in r[0])]


def test_a_plain_saying_turn_is_the_speakers_alone():
    rows = _rows(_EN)
    said = _turns(rows, "The President said") + _turns(rows, "He added")
    assert said and all(not any("Petkov" in n for n in targets) for _, targets, _ in said), rows


def test_the_writer_the_sentence_names_as_listener_stays():
    rows = _rows(_EN)
    told = _turns(rows, "Kaunda said to me")
    assert told and all(any("Petkov" in n for n in targets) for _, targets, _ in told), rows


def test_a_russian_plain_saying_turn_is_the_speakers_alone():
    rows = _rows(_RU)
    said = _turns(rows, "Каунда сказал, что")
    assert said and all(not any("Ковал" in n or "Kovalev" in n for n in targets) for _, targets, _ in said), rows


def test_a_saying_to_me_is_no_plain_turn():
    assert plain_saying("Каунда сказал, что граница закрыта.", "ru")
    assert not plain_saying("Каунда сказал мне, что граница закрыта.", "ru")
    assert not plain_saying("Kaunda said that he wanted to see me in the evening.", "en")
    assert not plain_saying("Ковалев. Я сказал, что в Москве будут рады его видеть.", "ru")  # the writer's own turn
