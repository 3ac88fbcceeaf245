"""A site's words around a page's title are left out of it (layouts/furniture.yaml title_wrappers)."""

from __future__ import annotations

import pytest

from pipeline.parse.headings import _furniture, unwrap_title


@pytest.mark.parametrize(("title", "expected"), list(_furniture()["examples_title_wrappers"].items()))
def test_a_sites_words_around_a_title_are_left_out(title, expected):
    assert unwrap_title(title) == expected


@pytest.mark.parametrize(("title", "expected"), list(_furniture()["examples_reading_site_parts"].items()))
def test_a_reading_sites_words_after_a_book_title_are_left_out(title, expected):
    from pipeline.parse import chapter_title

    assert chapter_title(title) == expected


@pytest.mark.parametrize(("title", "expected"), list(_furniture()["examples_site_names"].items()))
def test_a_sites_name_after_a_title_is_left_out(title, expected):
    assert unwrap_title(title) == expected


@pytest.mark.parametrize(("line", "expected"), list(_furniture()["examples_site_breadcrumb_lines"].items()))
def test_an_edition_sites_breadcrumb_lines_are_the_pages(line, expected):
    from pipeline.parse.headings import is_site_breadcrumb_line

    assert is_site_breadcrumb_line(line) is expected


@pytest.mark.parametrize(("line", "expected"), list(_furniture()["examples_catalogue_series_lines"].items()))
def test_an_archives_catalogue_series_line_is_no_title(line, expected):
    from pipeline.parse.headings import is_catalogue_series_line

    assert is_catalogue_series_line(line) is expected


def test_a_frus_heading_under_the_sites_breadcrumb_lines_is_read():
    from pipeline.parse import parse_text

    text = ("source: https://history.state.gov/historicaldocuments/frus1961-63v05/d99\nOffice of the Historian\n"
            "Historical Documents\nForeign Relations of the United States, 1961–1963, Volume V, Soviet Union\n"
            "Document 99\n\n99. Telegram From the Embassy in the Soviet Union to the Department of State1\n\n"
            "Moscow, May 4, 1961, 7 p.m.\n\n1. Gromyko received me this afternoon.\n")
    doc = parse_text(text)
    assert doc.parser == "frus/1" and doc.title == "Telegram From the Embassy in the Soviet Union to the Department of State"
    assert [b.section_type for b in doc.blocks[:4]] == ["header"] * 4


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Guerrillas and Generals: Peru, 1965-1980 - Chapter 7. The Night of the Tanks", "Guerrillas and Generals: Peru, 1965-1980"),
        ("Chapter 2. The Coup - Guerrillas and Generals: Peru, 1965-1980", "Chapter 2. The Coup - Guerrillas and Generals: Peru, 1965-1980"),
        ("Peru and the Generals - Alfred Stepan", "Peru and the Generals - Alfred Stepan"),
    ],
)
def test_a_book_page_titled_by_its_book_and_then_its_numbered_chapter_is_the_books(title, expected):
    from pipeline.parse import chapter_title

    assert chapter_title(title) == expected


@pytest.mark.parametrize(("line", "expected"), list(_furniture()["examples_postal_address_lines"].items()))
def test_a_letterheads_postal_address_line_is_known(line, expected):
    from pipeline.parse.headings import is_postal_address_line

    assert is_postal_address_line(line) is expected


def test_a_frus_page_titled_with_the_sites_name_reads_its_numbered_heading():
    from pipeline.parse import parse_text

    text = ("source: https://history.state.gov/historicaldocuments/frus1964-68v21/d77\n"
            "Telegram From the Embassy in Ghana to the Department of State - Historical Documents - Office of the Historian\n\n"
            "Office of the Historian\nHistorical Documents\n"
            "Foreign Relations of the United States, 1964–1968, Volume XXI, Africa\n\n"
            "77. Telegram From the Embassy in Ghana to the Department of State1\n\n"
            "Accra, March 1, 1966, 1 p.m.\n\nThe army took over the radio station this morning.\n")
    doc = parse_text(text)
    assert doc.title == "Telegram From the Embassy in Ghana to the Department of State"
    assert doc.document_type == "telegram"
    assert not any("Historian" in name for name in doc.recipient_names)


def test_a_scanned_memorandums_title_is_not_its_letterheads_address():
    from pipeline.parse import parse_text

    text = ("source: https://www.cia.gov/readingroom/docs/CIA-RDP00X00000R000000000000-0.pdf\n"
            "Approved For Release 2007/01/02 : CIA-RDP00X00000R000000000000-0\n\nSECRET\n\n"
            "Central Intelligence Agency\nWashington, D.C. 20505\n\nNational Foreign Assessment Center\n\n"
            "3 March 1981\n\nINTELLIGENCE MEMORANDUM\n\nCHAD: Libyan Troops Stay On\n\n"
            "1. Libyan units remained in N'Djamena last week despite the accord.\n")
    assert parse_text(text).title == "CHAD: Libyan Troops Stay On"


@pytest.mark.parametrize(("line", "expected"), list(_furniture()["examples_site_banners"].items()))
def test_a_sites_banner_is_no_title(line, expected):
    from pipeline.parse.headings import is_site_banner

    assert is_site_banner(line) is expected


@pytest.mark.parametrize(("line", "expected"), list(_furniture()["examples_site_trails"].items()))
def test_a_sites_trail_of_middle_dots_is_the_sites(line, expected):
    from pipeline.parse.headings import is_site_trail

    assert is_site_trail(line) is expected


@pytest.mark.parametrize(("line", "expected"), list(_furniture()["examples_quoted_title_labels"].items()))
def test_a_citation_label_gives_a_title_only_in_quotes(line, expected):
    from pipeline.parse.headings import is_title_label_line

    assert is_title_label_line(line) is expected


@pytest.mark.parametrize(("line", "expected"), list(_furniture()["examples_site_actions_lines"].items()))
def test_a_sites_line_of_actions_on_a_file_is_the_sites(line, expected):
    from pipeline.parse.headings import site_actions_line

    assert site_actions_line(line) is expected


@pytest.mark.parametrize(("line", "expected"), list(_furniture()["examples_site_actions_alone"].items()))
def test_a_sites_one_action_alone_on_its_line_is_the_sites(line, expected):
    from pipeline.parse.headings import site_action_alone

    assert site_action_alone(line) is expected


@pytest.mark.parametrize(("line", "expected"), list(_furniture()["examples_text_end_marks"].items()))
def test_a_release_s_end_mark_closes_its_text(line, expected):
    from pipeline.parse.model import is_text_end_mark

    assert is_text_end_mark(line) is expected


@pytest.mark.parametrize(("line", "expected"), list(_furniture()["examples_never_titles"].items()))
def test_a_catalogue_s_access_and_rights_lines_are_never_the_title(line, expected):
    from pipeline.parse.headings import is_furniture_line

    assert is_furniture_line(line) is expected


def test_a_quoted_slogan_over_the_issuing_bodies_is_no_title():
    from pipeline.parse.generic import parse

    doc = parse('"AÑO DE LA PLANIFICACIÓN"\nJUNTA NACIONAL PARA LA DISTRIBUCIÓN DE ABASTECIMIENTOS\n\nAVISO A LOS CONSUMIDORES No. 3\n'
                "Marianao, 2 de abril de 1962.\n\nDe acuerdo con la Ley 1015 del 12 de marzo último, se pone en conocimiento.\n", 0)
    assert doc.title != '"AÑO DE LA PLANIFICACIÓN"'


def test_a_classification_mark_alone_is_no_title():
    from pipeline.parse.generic import parse

    doc = parse("RESTRICTED\n\nRECORD OF A MEETING HELD ON 3 JUNE 1988\n\nThe meeting opened at ten.\n", 0)
    assert doc.title == "RECORD OF A MEETING HELD ON 3 JUNE 1988"


@pytest.mark.parametrize(("lines", "expected"), [
    (["We shall meet at the conference next year.", "Yours sincerely,", "Pierre Elliott Trudeau",
      "The Right Honourable Indira Gandhi, Prime Minister of India, New Delhi"], True),
    (["Nimetuma taarifa hii leo kwa mfuko wa posta.", "Wako katika kujenga Taifa,", "(sgd.)", "J. K. Ntahondi",
      "KATIBU WA TANU WILAYA YA KIGOMA"], True),
    (["The delegation was received by the minister, who said that the question of the border",
      "would be taken up at the next session, and that the"], False),
])
def test_a_page_ending_under_a_closing_formula_is_complete(lines, expected):
    from pipeline.parse.model import closes_message

    assert closes_message(lines) is expected


def test_a_dated_distribution_line_closes_the_page():
    from pipeline.parse.headings import capture_is_cut

    assert not capture_is_cut("Sidang akhbar berakhir pada jam 11.40 pagi.\n\nDisediakan oleh: Bahagian Perhubungan Awam\n"
                              "Diedarkan kepada Bernama dan akhbar-akhbar: 18.6.79, jam 1.00 petang\n")
    assert not capture_is_cut("六、なお本使は、事前の調整を重ねてきた。\n\n（了）\n昭和四十八年十月十日　北東アジア課にて配布\n")


@pytest.mark.parametrize(("line", "expected"), list(_furniture()["examples_web_hosts"].items()))
def test_a_host_names_a_site_only_under_a_known_domain(line, expected):
    from pipeline.parse.headings import is_web_host

    assert is_web_host(line) is expected
