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
