"""A cable's head addressed to an office written out with the city it sits in ("To: Director of the Africa Department,
Ministry of Foreign Affairs, Budapest"): the city is where the cable went, not part of whom it is for."""

from pipeline.parse import parse_text

_CABLE = "\n\n".join(
    [
        "source: https://example.org/archive/cipher-telegram-from-accra",
        "Ciphered Telegram No. 412 from the Hungarian Embassy in Accra",
        "CIPHERED TELEGRAM No. 412\nfrom Accra, sent 25.2.1966 at 18.10\nTo: Director of the Africa Department, Ministry of Foreign Affairs, Budapest",
        "The army took power in the capital last night. The President was abroad.",
        "Szabó",
    ]
)


def test_the_city_after_the_addressees_office_is_no_part_of_it():
    doc = parse_text(_CABLE)
    assert doc.recipient_names == ["Director of the Africa Department, Ministry of Foreign Affairs"], doc.recipient_names
