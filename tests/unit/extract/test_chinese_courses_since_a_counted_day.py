"""A Chinese day counted back from the writing, with a since word after it: the start of a course, not an act of that day."""

from __future__ import annotations

import pytest

from pipeline.extract.tense import read_cues


def _since(sentence: str) -> bool:
    return next(c for c in read_cues(sentence, "zh") if c.kind == "relative").since


@pytest.mark.parametrize("sentence, course", [
    ("三、前天下午起，圣地亚哥市内枪声不断。", True),
    ("昨晚起，政府大楼周围加派了警卫。", True),
    ("三、美国军用运输机自昨日起陆续抵达蒂梅里机场，负责运送遗体回国。", True),
    ("士兵昨天起义，今天占领了电台。", False),
    ("政府军从昨天起撤出该城。", False),
    ("昨天上午，外交部召集各国使节。", False),
])
def test_a_since_word_after_a_counted_day_opens_a_course(sentence, course):
    assert _since(sentence) is course


def test_a_perfect_mark_before_the_since_word_opens_a_course_too():
    assert _since("据了解，南非已自昨日起放宽对过境车辆的检查。") is True
    assert _since("政府军从昨天起撤出该城。") is False
