"""A United Nations letter under the organ and the symbol, its title naming the office that writes it and whom it is
addressed to ("LETTER DATED ... FROM THE PERMANENT REPRESENTATIVE OF ... ADDRESSED TO THE SECRETARY-GENERAL"), signed at
its foot by a labelled name over the office the title names. The addressee is the title's, not the organ over the
symbol; the signer, who holds the office, sends it; the page closing on his office is whole. A page written for this test."""

from __future__ import annotations

from pipeline.parse import parse_text

_LETTER = """source: https://documents.un.org/doc/undoc/gen/n70/s-9999.pdf
UNITED NATIONS
SECURITY COUNCIL
Distr. GENERAL
S/9999
4 March 1970
ORIGINAL: ENGLISH
LETTER DATED 3 MARCH 1970 FROM THE PERMANENT REPRESENTATIVE OF GUINEA TO THE UNITED NATIONS ADDRESSED TO THE {addressee}

I have the honour to inform you that on 1 March 1970 foreign troops crossed the frontier near Koundara.

I should be grateful if you would have this letter circulated as a document of the Security Council.

(Signed) Mamadi KABA
Permanent Representative of Guinea to the United Nations
"""


def test_the_title_names_the_addressee_and_the_signer_of_the_office_sends_it():
    doc = parse_text(_LETTER.format(addressee="SECRETARY-GENERAL"))
    assert doc.recipient_names == ["SECRETARY-GENERAL"]
    assert doc.sender_names == ["Mamadi KABA"]
    assert not doc.has_cut_end


def test_a_letter_to_the_president_of_the_council_goes_to_him():
    doc = parse_text(_LETTER.format(addressee="PRESIDENT OF THE SECURITY COUNCIL"))
    assert doc.recipient_names == ["PRESIDENT OF THE SECURITY COUNCIL"]
