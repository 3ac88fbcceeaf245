"""A mission's bulletin of events home (情况通报), a Chinese archive's file number with a space after its label, and an
edition's line that says which copy it prints: each read as a reader of such pages would."""

from pipeline.extract.events.annotate import is_apparatus
from pipeline.parse import parse_text

_BULLETIN = """source: https://www.example.org/tongbao/1975-kenya
驻肯尼亚使馆关于肯尼亚大选情况的通报

情况通报

驻肯尼亚使馆
一九七四年十月十八日

一、十四日，肯尼亚举行大选，执政党获胜。

驻肯尼亚使馆

（外交部档案馆，档号 106-00734-02）
"""


def test_a_missions_bulletin_of_events_is_its_report() -> None:
    assert parse_text(_BULLETIN).document_type == "report"


def test_a_ministrys_bulletin_to_its_missions_is_no_missions_report() -> None:
    circular = _BULLETIN.replace("驻肯尼亚使馆关于", "外交部关于").replace("情况通报\n\n驻肯尼亚使馆\n", "外交部\n", 1)
    assert parse_text(circular).document_type != "report"


def test_a_file_number_with_a_space_after_its_label_is_cited() -> None:
    doc = parse_text(_BULLETIN)
    assert [c["archive"] for c in doc.citations] == ["外交部档案馆"]


def test_an_editions_line_naming_the_copy_it_prints_tells_no_act() -> None:
    assert is_apparatus("Публикуется по машинописной копии из фонда референтуры по Танзании.")
    assert is_apparatus("Печатается по заверенной копии.")
    assert not is_apparatus("Министр сообщил, что публикуется по частям доклад комиссии.")
