"""Document fields of kinds of pages nobody tuned the parsers for: a letter whose foot names its addressee under the
signature, a site page of minutes signed by their chair, an official Russian paper's day in quote marks, a Chinese
mission's cable titled with its state, a citation closing inside full-width brackets, a country after an archive's name,
a book's footnote citing a US National Archives record group."""

from __future__ import annotations

from pipeline.normalize.dates import iter_dates
from pipeline.parse import parse_text
from pipeline.parse.citation import repository_citation
from pipeline.parse.model import closes_message, dated_line
from pipeline.parse.source_note import footnote_citations


def test_a_letter_ending_on_its_addressee_block_under_the_signature_is_complete():
    foot = ["We hope to welcome your delegation in the autumn.", "Yours sincerely,", "Michael Norman Manley",
            "Prime Minister", "His Excellency Kenneth D. Kaunda", "President of the Republic of Zambia", "Lusaka"]
    assert closes_message(foot)
    # a closing formula with nothing of its foot under it is no finished letter, nor is a paragraph cut short
    assert not closes_message(["We hope to welcome your delegation in the autumn.", "Yours sincerely,"])
    assert not closes_message(["We hope to welcome your", "delegation in the"])


def test_a_site_page_of_minutes_signed_by_their_chair_is_complete_and_names_no_sender():
    page = (
        "source: https://digitalarchive.wilsoncenter.org/document/minutes-politburo-meeting-angola-1976\n"
        "Minutes of the Meeting of the Politburo on the Situation in Angola\n\nSkip to content\n\n"
        "The Politburo hears a report on Angola and decides on aid to the MPLA government.\n\n"
        "Socialist Unity Party of Germany\nCentral Committee\n\nProtocol No. 5/76\n\n"
        "of the meeting of the Politburo on Tuesday, 3 February 1976\n\n"
        "Chair: Erich Honecker\n\nItem 1: Angola\n\n"
        "Hermann Axen (reporting). - The forces of the MPLA have taken Huambo and the enemy is in retreat to the south.\n\n"
        "Decisions:\n\n1. The GDR will send medicines to Luanda in March.\n\nSigned: E. Honecker\n\n"
        "Document Information\nSource\nSAPMO-BArch, DY 30/J IV 2/2/1600. Translated by Karl Weber.\nType\nMinutes\n"
        "Language\nGerman\n"
    )
    doc = parse_text(page)
    assert doc.title == "Minutes of the Meeting of the Politburo on the Situation in Angola"
    assert not doc.has_cut_end
    assert doc.sender_names == []


def test_an_official_papers_day_in_quote_marks_is_a_date_line():
    assert [(d.start_date.isoformat(), d.precision) for d in iter_dates("«12» марта 1968 г.")] == [("1968-03-12", "day")]
    assert dated_line("«12» марта 1968 г.").start_date.isoformat() == "1968-03-12"
    assert dated_line("“3” мая 1965 г.").start_date.isoformat() == "1965-05-03"


def test_a_chinese_missions_cable_titled_with_its_state_is_sent_by_the_mission():
    page = (
        "中国驻加纳大使馆关于加纳政变的电报\n\n档号：108-00100-01\n\n外交部：\n\n"
        "二十四日凌晨，加纳军警发动政变，推翻了正在访华途中的恩克鲁玛总统。我馆人员均安全。\n\n"
        "驻加纳大使馆\n一九六六年二月二十五日\n\n（外交部档案馆，档号108-00100-01。）\n"
    )
    doc = parse_text(page)
    assert doc.sender_names == ["驻加纳大使馆"]
    assert [c["archive"] for c in doc.citations] == ["外交部档案馆"]


def test_a_country_after_an_archives_name_is_the_files_series_not_the_archives_seat():
    cited = repository_citation("Archivo Central del Ministerio de Relaciones Exteriores (ACMRE), Jamaica, 1975, caja 4.", leading=True)
    assert cited["archive"] == "Archivo Central del Ministerio de Relaciones Exteriores (ACMRE)"
    seated = repository_citation("Archive of the Ministry of Foreign Affairs (AMZV), Prague, TO-T 1970-1974, box 2.", leading=True)
    assert seated["archive"] == "Archive of the Ministry of Foreign Affairs (AMZV), Prague"


def test_a_book_footnote_citing_a_record_group_of_the_us_national_archives():
    cited = footnote_citations("21 US Embassy Accra to Department of State, tel. 455, 3 March 1966, NARA, RG 59, Central Files.")
    assert [c["archive"] for c in cited] == ["NARA"]


def test_a_diary_record_is_of_its_writing_day_and_its_today_is_the_talks():
    from pipeline.extract.events.passages import extract_events

    page = (
        "ИЗ ДНЕВНИКА ПОСЛА СССР В РЕСПУБЛИКЕ МАЛИ И. С. ПЕТРОВА\n\nСекретно\nЭкз. № 2\n«14» марта 1968 г.\nИсх. № 71\n\n"
        "ЗАПИСЬ БЕСЕДЫ\nс Президентом Республики Мали М. Кейта\n11 марта 1968 года\n\n"
        "Сегодня был принят Президентом М. Кейта во дворце Куулуба.\n\n"
        "Кейта рассказал, что вчера правительство приняло решение о национализации банков.\n\n"
        "Посол СССР в Республике Мали\nИ. Петров\n"
    )
    doc = parse_text(page)
    assert doc.document_date.isoformat() == "1968-03-14"  # the day the diary's entry was written
    days = {doc.blocks[e.block].text[e.evidence_start:e.evidence_end][:12]: e.start_date.isoformat() for e in extract_events(doc)
            if e.method == "relative_date"}
    # counted from the talk's day; the act the turn reports is its own row, its evidence the reported clause
    assert days == {"Сегодня был ": "1968-03-11", "вчера правит": "1968-03-10"}
