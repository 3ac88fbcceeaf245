"""Turn forms of a leadership body's minutes besides "Comrade X: ...": a report turn whose label names the speaker's
part ("Kurt Hager (reporting). - On Monday ..."), and a line that lists who spoke on an item ("Speaking: ...")."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events, sentence_spans_of
from pipeline.parse.model import ParsedDocument
from tests.unit.extract.papers import paper

DAY = date(1980, 3, 11)  # a Tuesday
TITLE = "Minutes of the Meeting of the SED Politburo on 11 March 1980"


def _doc(texts: list[str]) -> ParsedDocument:
    return paper(texts, kind="minutes", day=DAY, title=TITLE)


@pytest.mark.parametrize(("label", "speaker"), [
    ("Kurt Hager (reporting). - ", "Kurt Hager"),
    ("Werner Lamberz (rapporteur). - ", "Werner Lamberz"),
])
def test_a_report_turn_is_said_on_the_session_day_and_its_story_on_its_own(label, speaker):
    text = label + "On Monday the army of the junta took the capital. The old government fled to the north."
    rows = [e for e in extract_events(_doc(["Item 2: The situation in the region", text])) if e.block == 1]
    turn = [e for e in rows if e.method == "document_act"]
    assert turn and turn[0].sources == [speaker] and turn[0].start_date == DAY, [(e.method, e.sources, e.start_date) for e in rows]
    assert any(e.start_date == date(1980, 3, 10) and speaker not in e.sources for e in rows), [(e.sources, e.start_date) for e in rows]


def test_a_dashed_label_is_a_sentence_of_its_own():
    text = "Horst Sindermann. - The Volkskammer should answer this week. The deputies agree."
    assert [text[a:b].strip() for a, b in sentence_spans_of(text)] == [
        "Horst Sindermann.", "The Volkskammer should answer this week.", "The deputies agree."]


def test_a_list_of_speakers_is_one_turn_of_them_all_not_of_its_label():
    rows = [e for e in extract_events(_doc(["Item 2: The situation in the region",
                                            "Kurt Hager (reporting). - The party congress has been postponed by a month.",
                                            "Speaking: Oskar Fischer, Horst Sindermann, Kurt Hager."])) if e.block == 2]
    assert [e.sources for e in rows] == [["Oskar Fischer", "Horst Sindermann", "Kurt Hager"]], [(e.sources, e.start_date) for e in rows]
    assert rows[0].start_date == DAY



def test_a_signature_above_the_sites_particulars_is_the_minutes_signed_on_the_session_day():
    doc = _doc(["Kurt Hager (reporting). - The party congress has been postponed by a month.", "Signed: E. Honecker",
                "Document Information", "Source", "SAPMO-BArch, DY 30/J IV 2/2/1801.", "Type", "Minutes", "Language", "German"])
    rows = [e for e in extract_events(doc) if e.block == 1]
    assert [(e.sources, e.start_date) for e in rows] == [(["Erich Honecker"], DAY)]
