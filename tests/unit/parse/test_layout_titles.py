"""Titles and parties read from the shape of a page's head: a volume's numbered heading with a superscript note mark,
a series line and its number over an estimate's title."""

import pytest

from pipeline.parse import parse_text

_FRUS = "source: https://history.state.gov/historicaldocuments/frus1964-68v99/d{n}\n"


@pytest.mark.parametrize(
    ("heading", "title", "sender", "recipient"),
    [
        ("262. Airgram From the Embassy in Ghana to the Department of State¹",
         "Airgram From the Embassy in Ghana to the Department of State", "Smith", "Department of State"),
        ("14. Telegram From the Embassy in Chile to the Department of State²",
         "Telegram From the Embassy in Chile to the Department of State", "Smith", "Department of State"),
        ("87. Memorandum of Conversation¹", "Memorandum of Conversation", None, None),
    ],
)
def test_numbered_heading_drops_its_number_and_its_superscript_note_mark(heading, title, sender, recipient):
    text = (_FRUS.format(n=heading.split(".")[0]) + heading + "\n\nLima, May 3, 1965.\n\n"
            "1. The minister told me on May 2 that the cabinet would resign.\n\n2. The army is in its barracks.\n\n"
            "Smith\n\n_______________\n"
            + heading[-1] + " Source: National Archives, RG 59, Central Files 1964–66, POL 15 PERU. Secret.\n")
    doc = parse_text(text)
    assert doc.parser == "frus/1"
    assert doc.title == title
    if sender:  # the envoy who signs the mission's cable sends it, from the mission the heading names
        assert doc.sender_names == [sender]
        assert doc.sending_office == "US Embassy in " + title.split(" in ")[1].split(" to ")[0]
        assert any(recipient in name for name in doc.recipient_names)
    note = next(b for b in doc.blocks if "Source:" in b.text)
    assert note.section_type == "trailer"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("SPECIAL NATIONAL INTELLIGENCE ESTIMATE\nNUMBER 68-60\n\nTHE SITUATION IN LAOS", "THE SITUATION IN LAOS"),
        ("NATIONAL INTELLIGENCE ESTIMATE NUMBER 72-66\n\nThe Outlook for Rhodesia", "The Outlook for Rhodesia"),
        ("SPECIAL NATIONAL INTELLIGENCE ESTIMATE\nNo. 13-3-61\n\nCHINESE COMMUNIST CAPABILITIES", "CHINESE COMMUNIST CAPABILITIES"),
    ],
)
def test_an_estimates_series_line_and_number_are_no_title(head, title):
    text = ("source: https://www.cia.gov/readingroom/document/cia-rdp79r01012a015300010001-4\n"
            "Approved For Release 2004/06/24 : CIA-RDP79R01012A015300010001-4\n\nSECRET\n\n" + head +
            "\n\nTHE PROBLEM\n\nTo estimate the situation following the coup of 9 August.\n")
    assert parse_text(text).title == title


@pytest.mark.parametrize(
    ("turn", "speaker"),
    [
        ("TODOR ZHIVKOV: We will think about it and give you our answer soon.", "Todor Zhivkov"),
        ("А. А. ГРОМЫКО: Мы согласны с этим предложением и готовы его обсудить.", "Andrei Gromyko"),
        ("JAIME WHEELOCK: I will add something on the economy of our country.", "Jaime Wheelock"),
    ],
)
def test_a_speakers_label_in_capitals_names_him(turn, speaker):
    from pipeline.extract.events.document_act import turn_name_in

    assert turn_name_in(turn) == speaker


def test_a_short_label_in_capitals_stays_as_written():
    from pipeline.extract.events.document_act import spoken_name

    assert spoken_name("K") == "K" and spoken_name("Q") == "Q" and spoken_name("Zhou") == "Zhou"
