"""A turn's first sentence that reports an act done on a day of the week: that act on the last such day before the
meeting, the turn on the meeting's day."""
from datetime import date

import pytest

from pipeline.extract.events.document_act import told_weekday_act
from pipeline.extract.events.tense_sentence import Scope

MEETING = date(1974, 7, 23)  # a Tuesday


@pytest.mark.parametrize(("text", "day", "actors"), [
    ("Comrade Mladenov reported further that the Turkish ambassador had called on him on Sunday and had asked for "
     "understanding.", date(1974, 7, 21), (["Turkish ambassador"], ["Petar Mladenov"])),
    ("Comrade Tsolov said that the Greek ambassador had come to the ministry on Monday.", date(1974, 7, 22), None),
    ("Comrade Mladenov said that the ships will sail on Friday.", None, None),
    ("Comrade Mladenov reported on the situation in Cyprus.", None, None),
])
def test_a_reported_weekday_act(text, day, actors):
    act = told_weekday_act(0, text, len(text), Scope(day=MEETING), "en")
    assert (act.start_date if act else None) == day, text
    if actors is not None:
        assert (act.sources, act.targets) == actors


@pytest.mark.parametrize(("text", "day"), [
    ("At about 10:45 Wednesday morning, local time, some thirty guards attacked the work party at the bridge.", date(1974, 7, 17)),
    ("On Saturday the rebels seized the airport and the radio station.", date(1974, 7, 20)),
    ("Sunday night the police arrested the strike leaders.", date(1974, 7, 21)),
    ("The tree can be cut down on Saturday morning with a reinforced company.", None),  # a plan: the day after the verb
    ("On Friday we will send the reply.", None),
    ("We propose to meet again on Thursday evening.", None),
])
def test_a_turn_opening_with_its_weekday(text, day):
    """A turn that opens with a day of the week, then its act: that act on the last such day before the meeting."""
    act = told_weekday_act(0, text, len(text), Scope(day=MEETING), "en")
    assert (act.start_date if act else None) == day, text


@pytest.mark.parametrize(("text", "day", "sources"), [
    ("Comrade Zhivkov: President Makarios resigned on Sunday evening and handed power to the Speaker.",
     date(1974, 7, 21), ["Makarios III"]),
    ("The junta closed the border with Turkey on Monday and arrested two editors.", date(1974, 7, 22), None),
    ("Comrade Zhivkov said that he would go to Athens on Friday.", None, None),
    ("The delegation left on Friday and will return next week.", None, None),
])
def test_a_turn_telling_a_past_act_before_its_weekday(text, day, sources):
    """A minutes turn whose first sentence tells a past act, then its day of the week: that act on the last such day."""
    act = told_weekday_act(0, text, len(text), Scope(day=MEETING), "en", "Todor Zhivkov")
    assert (act.start_date if act else None) == day, text
    if sources is not None:
        assert any(s.endswith(sources[0]) for s in act.sources), act.sources
