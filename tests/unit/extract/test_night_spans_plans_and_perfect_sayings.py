"""Three things a mission's telegram tells that hold on pages of the kind: a night its story opens with (Russian "В ночь
на 22 мая ...", English "On the night of 12-13 March ...") dates the acts told after it with no date of their own; a
plan for the days of this week or month ("我馆拟于本周五举行招待会", "will call on the minister this week") is a plan
row, undated; a saying a Chinese report marks done with 已 ("某国已答应……") happened by the day the report is at, not on
it. Composed pages of the kind, with other missions, places and days than the pages they were found on."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

RU_CABLE = """source: http://example.org/ru/document/shifrtelegramma-posla-v-tanzanii-1971
ШИФРТЕЛЕГРАММА ПОСЛА СССР В ТАНЗАНИИ В МИД СССР

Из Дар-эс-Салама
Шифротелеграмма № 207

26 мая 1971 г.

В ночь на 24 мая к побережью острова подошли два катера с вооруженными людьми. Они обстреляли полицейский участок и захватили склад горючего. Утром 25 мая правительство объявило чрезвычайное положение.

Посол СССР в Танзании
В. ПЕТРОВ
"""

EN_CABLE = """TELEGRAM

FROM: Embassy Dar es Salaam
TO: Secretary of State

May 26, 1971

1. On the night of 23-24 May armed men came ashore north of the port. They burned the customs post and seized a fuel depot. Yesterday the government declared a state of emergency.

PETERSON
"""

ZH_REPORT = """source: http://example.org/zh/document/zhu-mou-guo-shiguan-dianbao-1975
驻某国使馆关于该国政局的电报

外交部：

一、今天上午，该国外交部秘书长约见我大使，通报了政府改组情况。

二、据了解，邻国已答应向该国提供粮食援助。

三、我馆拟于本周五举行招待会，并邀请该国部长出席。

驻某国使馆
一九七五年六月二日
"""


def _rows(text: str):
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date, e.date_kind,
             list(e.sources), list(e.targets)) for e in extract_events(doc)]


def test_a_russian_cables_acts_told_after_the_night_it_opened_with_happened_in_that_night():
    rows = _rows(RU_CABLE)
    burned = [r for r in rows if r[0].startswith("Они обстреляли")]
    assert burned and all((start, end, kind) == (date(1971, 5, 23), date(1971, 5, 24), "range") for _, start, end, kind, *_ in burned)
    declared = [r for r in rows if r[0].startswith("Утром 25 мая")]  # another day written: the night no longer governs
    assert declared and declared[0][1] == declared[0][2] == date(1971, 5, 25)


def test_an_english_cables_acts_told_after_the_night_it_opened_with_happened_in_that_night():
    rows = _rows(EN_CABLE)
    burned = [r for r in rows if r[0].startswith("They burned")]
    assert burned and all((start, end, kind) == (date(1971, 5, 23), date(1971, 5, 24), "range") for _, start, end, kind, *_ in burned)
    declared = [r for r in rows if r[0].startswith("Yesterday")]  # a relative day: its own, not the night's
    assert declared and declared[0][1] == declared[0][2] == date(1971, 5, 25)


def test_a_chinese_reports_saying_marked_done_with_yi_is_bounded_by_the_day_not_on_it():
    rows = _rows(ZH_REPORT)
    promised = [r for r in rows if "已答应" in r[0]]
    assert promised and all((start, end, kind) == (None, date(1975, 6, 2), "upper_bound") for _, start, end, kind, *_ in promised)


def test_a_missions_plan_for_a_day_of_this_week_is_an_undated_plan_of_its_own():
    rows = _rows(ZH_REPORT)
    planned = [r for r in rows if r[0].startswith("三、我馆拟于本周五")]
    assert planned and planned[0][3] == "undated" and "驻某国使馆" in planned[0][4]
