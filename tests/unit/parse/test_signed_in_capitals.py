"""A mission's ciphered telegram signed on one line by its office in capitals and the envoy's name ("AMBASSADOR
A. KOVALEV"), the day written alone in figures under it ("3/IV-65"): the envoy sent it, and he is its "I"."""

from pipeline.extract.events.context import document_context
from pipeline.parse import parse_text

_CABLE = """source: https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-soviet-ambassador-bamako
April 3, 1965
Ciphered Telegram from the Soviet Ambassador in Bamako on the Cabinet Changes in Mali

CIPHERED TELEGRAM
Bamako - Moscow
SECRET

MFA USSR, to Comrade Firyubin

Yesterday President Keita dismissed two ministers of the left wing of the party and named new ones from the army.

On 1 April I met Foreign Minister Ousman Ba, who said nothing of the coming changes.

Please instruct whether to raise the question with the President.

AMBASSADOR    A. KOVALEV
3/IV-65

Sent 3/IV-65 at 11:20. Received 3/IV-65 at 14:05.
"""


def test_the_envoy_under_his_office_in_capitals_sent_the_cable():
    doc = parse_text(_CABLE)
    assert [n.casefold() for n in doc.sender_names] == ["a. kovalev"], doc.sender_names
    assert (document_context(doc).signer or "").casefold() in ("", "a. kovalev")


_INFORMATION = """source: https://digitalarchive.wilsoncenter.org/document/information-hungarian-embassy-accra-coup
March 2, 1966
Information from the Hungarian Embassy in Accra on the Army's Seizure of Power in Ghana

Embassy of the Hungarian People's Republic
in Accra
Secret

1. On 24 February army and police units took power while President Nkrumah was abroad.

2. The National Liberation Council dissolved parliament and the ruling party on the same day.

Chargé d'Affaires a.i.
Ferenc Tóth

Accra, 2.III.1966
"""


def test_a_missions_information_report_is_sent_by_the_envoy_who_signs_it():
    doc = parse_text(_INFORMATION)
    assert doc.document_type == "report" and doc.sender_names == ["Ferenc Tóth"], (doc.document_type, doc.sender_names)
