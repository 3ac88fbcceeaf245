"""A letter from a foundation's archive page: its kind and its source line at the head (the source's shelf mark written
with strokes, "3/4/12"), the letterhead, a reference line and the day over the salutation, then the signer's name under
the closing formula with the addressee's block printed under it, as British and Commonwealth letters close. The page is
made up; what is asserted is what a reader of the page sees."""

from __future__ import annotations

from datetime import date

from pipeline.parse import parse_text

PAGE = """source: https://example.org/foundation/document/4411
Kaunda letter to PM (Rhodesia talks; copper exports)

EXAMPLE FOUNDATION
Archive | Document 4411 | 1966 Feb 9 We

Document type: letter
Source: Wilson MSS (Bodleian Library): WLSN 3/4/12 f20

STATE HOUSE
LUSAKA

Ref: SH/EA/12/66
9th February, 1966

My dear Prime Minister,

I thank you for your message of 1st February, which your High Commissioner delivered to me two days later.

Our copper left by the Benguela railway last week, and I have asked my Minister of Finance to see you in London next month.

With kind regards,

Yours sincerely,

Kenneth Kaunda

The Rt. Hon. Harold Wilson, O.B.E., M.P.,
Prime Minister of the United Kingdom,
10 Downing Street, London.
"""


def test_the_shelf_mark_in_the_source_line_does_not_date_the_letter():
    doc = parse_text(PAGE)
    assert doc.document_date == date(1966, 2, 9)  # the day over the salutation, not "3/4/12" of the shelf mark


def test_the_name_under_the_closing_formula_signs_over_the_addressees_block():
    doc = parse_text(PAGE)
    assert doc.sender_names == ["Kenneth Kaunda"]
    assert doc.recipient_names == ["Harold Wilson"]  # "The Rt. Hon. Harold Wilson, O.B.E., M.P.," under the signer


def test_a_letter_signed_by_its_office_under_the_name_keeps_the_office_out_of_the_addressee():
    text = PAGE.replace("Kenneth Kaunda\n\n", "Kenneth Kaunda\nPresident\n\n")
    doc = parse_text(text)
    assert doc.sender_names == ["Kenneth Kaunda"]
    assert doc.recipient_names == ["Harold Wilson"]
