"""A message's sending is told by the line that dates it, not by its title: the cable's head between the two (its form's
name and number, its grade of secrecy) is passed over, and an edition's bracketed day right under the title dates it
where no line at its foot does. An archive site's credit for its copy and an edition's publication label make no row.
Sentences of our own, in other names and days than the pages the rules were read from (tests/fixtures/probes_events9,
16, 20, 22, 23)."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.normalize.text import decode
from pipeline.seed import parse_text

WILSON = "https://digitalarchive.wilsoncenter.org/document/x"


def _rows(source: str, title: str, body: list[str]):
    text = decode((f"source: {source}\n{title}\n\n" + "\n\n".join(body) + "\n").encode())[0]
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.event_type, e.start_date) for e in extract_events(doc)]


def test_a_cable_s_sending_is_its_dateline_under_its_form_s_name_and_its_classification():
    rows = _rows(WILSON, "Ciphered Telegram from the Czechoslovak Embassy in Accra to the Ministry of Foreign Affairs, Prague", [
        "Ciphered telegram No. 208",
        "Top Secret",
        "Accra, 24 February 1966, 16.10 hours",
        "This morning units of the army and police took over the radio station and the airport in Accra.",
    ])
    sent = [r for r in rows if r[1] == "message_sent"]
    assert sent == [("Accra, 24 February 1966, 16.10 hours", "message_sent", date(1966, 2, 24))]


def test_a_bracketed_day_under_a_chinese_telegram_s_title_dates_its_sending():
    rows = _rows(WILSON, "外交部致驻加纳使馆电", [
        "（一九六六年二月二十五日）",
        "驻加纳使馆：",
        "一、你馆二十四日电悉。",
        "外交部",
    ])
    sent = [r for r in rows if r[1] == "message_sent"]
    assert sent and sent[0][0] == "（一九六六年二月二十五日）" and sent[0][2] == date(1966, 2, 25)


def test_a_site_s_credit_for_its_copy_makes_no_row():
    rows = _rows(WILSON, "Ciphered Telegram from Ambassador Ivanov in Accra to the Ministry of Foreign Affairs", [
        "February 25, 1966",
        "Yesterday the army removed President Nkrumah, who was in Peking, and set up a National Liberation Council.",
        "AVP RF, f. 0573, op. 10, p. 22, d. 4, ll. 12-14. Obtained and translated by Ivan Petrov.",
    ])
    assert rows and not [r for r in rows if "translated" in r[0]]


def test_a_memorandum_of_conversation_is_dated_by_its_line_of_place_under_a_larger_place():
    text = ("source: https://history.state.gov/historicaldocuments/frus1961-63v99/d7\n"
            "Historical Documents - Office of the Historian\n\n"
            "Foreign Relations of the United States, 1961–1963, Volume XCIX, Africa\n\n"
            "7. Memorandum of Conversation1\n\n"
            "White House, Washington, May 3, 1962, 10 a.m.\n\n"
            "The President welcomed the Prime Minister and asked about the situation in the Congo.\n\n"
            "1 Source: Kennedy Library, National Security Files. Secret.\n")
    doc = parse_text(decode(text.encode())[0])
    meetings = [e for e in extract_events(doc) if e.event_type == "meeting" and e.method == "document_metadata"]
    assert [doc.blocks[e.block].text for e in meetings] == ["White House, Washington, May 3, 1962, 10 a.m."]
    assert meetings[0].start_date == date(1962, 5, 3)
