"""A message a document forwards or reads out is a sub-document: its own writer, addressees and date, and the
events told inside it name it. Checked against the pages and tests/fixtures/gold/corpus.json (subdocuments)."""

from __future__ import annotations

import datetime as dt

from pipeline.normalize.text import decode
from pipeline.seed import process_seed
from tests.conftest import FIXTURES

KIM_LETTER = "105_wilson-ciphered-telegram-502597-razuvaev-kim-letter-to-stalin-1952-07-16.txt"
BREZHNEV_MESSAGE = "147_frus-1969-76v25-d209-telcon-kissinger-dobrynin-brezhnev-message-1973-10-19.txt"


def _built(name):
    data = (FIXTURES / "dev" / name).read_bytes()
    tables = process_seed(name, data)
    assert not tables.is_rejected
    return decode(data)[0], tables.subdocuments.to_pylist(), tables.events.to_pylist()


def test_a_letter_a_cable_forwards_is_its_own_document_with_its_writer_addressee_and_date():
    text, (letter,), events = _built(KIM_LETTER)
    assert (letter["sender_names"], letter["recipient_names"], letter["date"]) == (["Kim Il Sung"], ["Joseph Stalin"], dt.date(1952, 7, 16))
    assert letter["evidence_text"] == "I report the letter from KIM IL SUNG to Comrade STALIN I.V. of 16.7.52."
    held = text[letter["char_start"]:letter["char_end"]]
    assert "Dear Comrade STALIN I.V." in held and "I report the letter" not in held
    inside = [e for e in events if e["subdocument_id"] == letter["subdocument_id"]]
    outside = [e for e in events if e["subdocument_id"] is None]
    assert any(e["source_names"] == ["Kim Il Sung"] and e["target_names"] == ["Joseph Stalin"] for e in inside)
    assert not any("Vladimir Razuvaev" in e["source_names"] for e in inside)  # the letter's acts are its writer's
    assert any(e["source_names"] == ["Vladimir Razuvaev"] for e in outside)  # the cable's own sending stays the ambassador's


def test_a_message_read_out_in_a_call_is_dated_by_its_signature():
    text, (message,), events = _built(BREZHNEV_MESSAGE)
    assert (message["sender_names"], message["date"], message["date_text"]) == (["Leonid Brezhnev"], dt.date(1973, 10, 19), "October 19, 1973")
    held = text[message["char_start"]:message["char_end"]]
    assert held.startswith("D: “Dear Mr. President:") and held.endswith("Sincerely, L. Brezhnev, October 19, 1973”")
    assert all(e["start_date"] == dt.date(1973, 10, 19) for e in events if e["subdocument_id"] and e["source_names"] == ["Leonid Brezhnev"])


def test_a_message_to_an_office_names_its_holder_on_that_day():
    # the page never names the President alone; in a document of the US government the office is its holder that day
    # (pipeline/reference/offices.yaml)
    _, (message,), _ = _built(BREZHNEV_MESSAGE)
    assert message["recipient_names"] == ["Richard Nixon"]


def test_a_document_that_quotes_no_message_has_no_subdocument():
    _, subdocuments, events = _built("015_cable-filippov-to-mao-bacteriological-1952-02-23-en-ru.txt")
    assert subdocuments == [] and all(e["subdocument_id"] is None for e in events)


def test_an_answer_a_cable_tells_its_receiver_to_pass_on_is_the_writers_message_to_the_one_named():
    text, (answer,), events = _built("001_telegram-709-filippov-to-mao-1952-02-03.txt")
    assert (answer["sender_names"], answer["recipient_names"]) == (["Joseph Stalin"], ["Mao Zedong"])
    assert answer["evidence_text"] == "Transmit the following answer to MAO ZEDONG."
    held = text[answer["char_start"]:answer["char_end"]]
    assert held.startswith("“Comrade MAO ZEDONG.") and held.endswith("FILIPPOV [Stalin].”")
    advice = next(e for e in events if e["evidence_text"].startswith("We consider that you must make an agreement"))
    assert advice["subdocument_id"] == answer["subdocument_id"]
    assert advice["target_names"] == ["Mao Zedong", "Poland", "Czechoslovakia"]  # the others it names stay
    assert not any(e["subdocument_id"] for e in events if e["evidence_text"].startswith(("Confirm receipt", "Telegraph")))


def test_a_russian_cable_that_tells_its_receiver_to_pass_on_an_answer_holds_that_answer():
    page = (
        "source: https://example.org/ru/1\nШифртелеграмма № 12\n\nПЕКИН, КРАСОВСКОМУ.\n\n"
        "Передайте Мао Цзэдуну следующий ответ:\n\n«Товарищу Мао Цзэдуну.\n\n"
        "Вашу телеграмму от 3 июля 1951 г. получили. С вашим предложением согласны.\n\nФИЛИППОВ».\n\nПодтвердите получение.\n"
    )
    tables = process_seed("ru.txt", page.encode())
    (answer,) = tables.subdocuments.to_pylist()
    assert answer["recipient_names"] == ["Mao Zedong"] and answer["evidence_text"] == "Передайте Мао Цзэдуну следующий ответ:"
    assert page[answer["char_start"]:answer["char_end"]].startswith("«Товарищу") and page[:answer["char_end"]].endswith("ФИЛИППОВ».")
    agreed = next(e for e in tables.events.to_pylist() if e["event_type"] == "agreement")
    assert agreed["subdocument_id"] == answer["subdocument_id"] and agreed["target_names"] == ["Mao Zedong"]


def test_a_paper_attached_to_a_resolution_runs_from_its_heading_and_is_announced_where_the_text_refers_to_it():
    text, (attached,), _ = _built("034_docslib-resolution-ussr-council-of-ministers-1953-03-19.txt")
    assert attached["kind"] == "attachment"
    assert text[attached["char_start"]:attached["char_end"]].startswith("Attachment No. 1")
    assert attached["evidence_text"].startswith("1. To confirm the attached draft letters") and attached["evidence_text"].endswith("(Attachment No. 1).")
    assert (attached["sender_names"], attached["recipient_names"]) == (["Government of the USSR"], ["Mao Zedong", "Kim Il Sung"])


def test_attachment_headings_of_several_papers_each_open_their_own():
    page = (
        "source: https://example.org/doc\nResolution of the Presidium\n\nThe Presidium RESOLVES:\n\n"
        "1. To approve the draft telegram to Comrade Malik (Attachment No. 1).\n\n"
        "2. To approve the draft statement (Attachment No. 2).\n\n"
        "Attachment No. 1\n\nNew York, to Comrade Malik. Inform the Secretary-General.\n\n"
        "Attachment No. 2\n\nThe Soviet Government declares its readiness to resume the talks.\n"
    )
    tables = process_seed("r.txt", page.encode())
    first, second = tables.subdocuments.to_pylist()
    assert page[first["char_start"]:first["char_end"]] == "Attachment No. 1\n\nNew York, to Comrade Malik. Inform the Secretary-General."
    assert page[second["char_start"]:].startswith("Attachment No. 2") and second["evidence_text"].startswith("2. To approve")
