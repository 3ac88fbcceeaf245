"""A history's notes that cite the dated papers it drew on, as British and Indian files are cited ("Political Officer,
Gangtok, to MEA, 6 July 1974, NAI, ..."; "Kano to Lagos, savingram 12, 3 June 1966, TNA, DO 195/371."): the
writer's post, the office written to, the paper's kind and number, its day and the file. Such a note tells where the
story is kept, not a happening of its own: no row, while the prose that calls it keeps its rows."""

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

PAGE = """source: https://books.openedition.org/example/1234
The Army in Politics

The first warning came from the north. On 3 May 1966 the Emir of Zaria told the Resident that the young officers were restless.14 In Lagos the High Commission did not share the alarm, and on 20 May Ironsi announced the end of the regions.15

14 Deputy High Commissioner Kaduna to Lagos, despatch 9, 4 May 1966, TNA, DO 195/361.
15 Lusaka to Foreign Office, tel. no. 212, 11 November 1965, TNA, FO 371/181878; Political Officer, Gangtok, to MEA, 6 July 1974, NAI, MEA, HI/1012/3/74.
"""


def _quotes():
    doc = parse_text(PAGE)
    return [doc.blocks[e.block].text[e.evidence_start:e.evidence_end] for e in extract_events(doc)]


def test_a_note_citing_dated_papers_and_their_files_gives_no_row():
    quotes = _quotes()
    assert not any("TNA" in q or "despatch" in q or "Gangtok" in q for q in quotes)


def test_the_prose_calling_the_notes_keeps_its_rows():
    quotes = _quotes()
    assert any("Emir of Zaria told the Resident" in q for q in quotes)
    assert any("Ironsi announced" in q for q in quotes)
