"""In a note a third party keeps of two others' talk, a turn that answers or asks ("The President answered that ...",
"Comrade Axen asked about ...") is said to the other party of the talk, whom the sentence does not name: the one who
spoke the turn before it (the settled row on the other party of a turn that asks or answers). One the sentence names
("told Comrade Axen that") stays."""

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

_PAGE = """source: https://example.org/note-conversation-axen-nyerere
Note on the Conversation of Comrade Hermann Axen with President Julius Nyerere

Socialist Unity Party of Germany
Central Committee
Department of International Relations

Berlin, 20 March 1973

Note
on the conversation of Comrade Hermann Axen, member of the Politburo of the SED, with the President of Tanzania, Julius Nyerere, on 14 March 1973 in Dar es Salaam

The conversation took place in the State House and lasted from 10:00 to 11:30 hours.

Comrade Axen asked about the position of Tanzania on the liberation movements in southern Africa.

The President answered that the Portuguese war had weakened the colonial regime.

He told Comrade Axen that Tanzania would not take sides in the dispute.
"""


def _rows() -> list[tuple[list[str], list[str], str]]:
    doc = parse_text(_PAGE)
    return [(list(e.sources), list(e.targets), doc.blocks[e.block].text[e.evidence_start: e.evidence_end]) for e in extract_events(doc)]


def test_an_answer_to_the_unnamed_partner_is_said_to_him():
    rows = _rows()
    answered = [r for r in rows if r[2].startswith("The President answered")]
    assert answered and all(any("Axen" in n for n in targets) for _, targets, _ in answered), rows


def test_a_listener_the_sentence_names_stays():
    rows = _rows()
    told = [r for r in rows if r[2].startswith("He told Comrade Axen")]
    assert told and all(any("Axen" in n for n in sources + targets) for sources, targets, _ in told), rows
