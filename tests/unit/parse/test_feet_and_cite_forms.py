"""A page that closes on its office's foot (a receipt line, a printing line, a telex's sign-off) came to its end; a
catalogue's form to cite the item names its archive first."""

from pipeline.parse.headings import capture_is_cut
from pipeline.parse.model import closes_message
from pipeline.parse.source_note import _mark_folios, opening_archive


def test_a_receipt_line_under_the_signed_record_closes_it():
    texts = ["The conversation lasted about an hour.", "Rabat, 17 October 1963", "Ambassador of the PRL", "(-) J. Kowalczyk",
             "Copies: 1. Minister Rapacki, 2. Dept. V, 3. a/a", "Received in the Ministry 23.X.1963 by diplomatic pouch"]
    assert closes_message(texts)
    assert not closes_message(["The King said that he would go to Bamako at the end of", "Received in the Ministry 23.X.1963"])


def test_a_cable_closing_on_its_printing_line_is_no_cut_capture():
    page = "source: x\n\n5. I will send a detailed report by the next courier.\n\nGrozev\n\nDistribution: Todor Zhivkov\nPrinted in 6 copies\n"
    assert not capture_is_cut(page)
    assert capture_is_cut("source: x\n\nThe Iranian army has been moving units to the border and the embassy has been told\n")


def test_a_telex_closing_on_its_sign_off():
    assert closes_message(["IN 24/9/80 1420", "SHIP HIT BY SHELL SPLINTERS LAST NIGHT. WILL REPORT DAILY. RGDS HADDAD"])
    assert not closes_message(["SHIP HIT BY SHELL SPLINTERS LAST NIGHT. WILL REPORT DAILY. RGDS FROM THE MASTER TO ALL OF THE CREW ON"])


def test_a_form_to_cite_names_its_archive_first():
    assert opening_archive("Merseyside Maritime Museum Archives, B/HAF/7/31/4, Harrow & Finch Shipping Ltd") == \
        ("Merseyside Maritime Museum Archives", "B/HAF/7/31/4, Harrow & Finch Shipping Ltd")
    assert opening_archive("ARDA, f. 3154, siy. 1, iş 88, vv. 14–15.") == ("ARDA", "f. 3154, siy. 1, iş 88, vv. 14–15")
    assert opening_archive("Archives jésuites, Vanves, TCH/M/4/2, p. 57-58",
                           "Archives jésuites de la Province de France (Vanves)")[0] == "Archives jésuites, Vanves"
    assert opening_archive("Raab an Bulganin, 20.4.1955, ÖStA, AdR") is None
    assert opening_archive("PHRG, Report of the Observer Delegation, London, 1983, pp. 1-3") is None
    assert opening_archive("CO6/5/12/3, pp. 214-215") is None


def test_the_folios_among_a_catalogue_s_dotted_fields():
    assert _mark_folios("CO6/5/12/3 · Sandbank Public School Log Book, 1952-1973 · pp. 214-215 · Download image") == "214-215"


def test_the_subject_under_a_letterhead_or_a_mark_is_the_title():
    from pipeline.parse import parse_text
    from pipeline.paths import PROJECT_ROOT

    page = next((PROJECT_ROOT / "tests" / "fixtures" / "probes_events99").glob("10006_*")).read_text("utf-8")
    assert parse_text(page).title == "Czechoslovak Border Guard Defector (Source CS-72/114)"  # under "UNCLASSIFIED [formerly ...]"
    page = ("source: https://unknown.invalid/item\n\nЗАЕДНИЦА НА ЈУГОСЛОВЕНСКИТЕ ЖЕЛЕЗНИЦИ — ЖТП СКОПЈЕ\nЖЕЛЕЗНИЧКА СТАНИЦА ГЕВГЕЛИЈА\n"
            "Бр. 412/67\nГевгелија, 24 април 1967 год.\n\nДО: ЖТП Скопје\nПРЕДМЕТ: Извештај за задоцнувањето на возот бр. 332\n\n"
            "Во врска со телефонскиот разговор од вчера Ве известуваме дека возот пристигна со задоцнување од 31 час.\n")
    doc = parse_text(page)
    assert (doc.title, doc.document_type) == ("Извештај за задоцнувањето на возот бр. 332", "report")
