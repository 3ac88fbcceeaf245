"""A group a Chinese text writes against the state or party that sends it ("匈牙利代表团", "中共代表团", "苏方专家组")
acts as that group ("Hungarian delegation", "CCP delegation", "Soviet expert group"), not as the state or party."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _actors(text: str) -> list[str]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram",
                         document_date=date(1963, 7, 20), document_date_precision="day",
                         blocks=[Block("paragraph", 0, len(text), text, language="zh")])
    return [n for e in extract_events(doc) for n in list(e.sources) + list(e.targets)]


@pytest.mark.parametrize(("text", "groups", "not_actors"), [
    ("匈牙利代表团已于本月二日抵京。", ["Hungarian delegation"], ["Hungary"]),
    ("1959年9月28日，波兰政府代表团到达北京。", ["Polish government delegation"], ["Poland"]),
    ("7月5日 率中共代表团抵达莫斯科，同苏共代表团举行会谈。", ["CCP delegation", "CPSU delegation"],
     ["Chinese Communist Party", "Communist Party of the Soviet Union"]),
    ("苏方专家组上周到达兰州。", ["Soviet expert group"], []),
])
def test_a_group_written_against_its_state_or_party_is_that_group(text, groups, not_actors):
    actors = _actors(text)
    assert all(g in actors for g in groups) and not set(not_actors) & set(actors), actors


def test_a_state_written_alone_stays_the_state():
    actors = _actors("1959年9月28日，匈牙利政府宣布了这一决定。")
    assert "Hungarian delegation" not in actors, actors
