"""A FRUS page copied with the page's title first (the document's heading without its number), then the site's lines
(the Office of the Historian, the volume, its chapter), then the numbered heading: the page's title is no heading of its
own, so the numbered heading names the document's kind and parties, and the signer under the text is its sender."""

from pipeline.parse import parse_text

_PAGE = "\n\n".join(
    [
        "source: https://history.state.gov/historicaldocuments/frus1958-60v11/d118",
        "Telegram From the Embassy in Lebanon to the Department of State",
        "Office of the Historian",
        "Foreign Relations of the United States, 1958–1960, Lebanon and Jordan, Volume XI",
        "Lebanon",
        "118. Telegram From the Embassy in Lebanon to the Department of State1",
        "Beirut, June 9, 1958—6 p.m.",
        "4410. Situation in Beirut quieter today. Chamoun received me this morning and asked again about the fleet.",
        "McClintock",
        "1 Source: Department of State, Central Files, 783A.00/6–958. Secret; Niact.",
    ]
)


def test_the_numbered_heading_under_the_site_lines_reads_the_telegram():
    doc = parse_text(_PAGE)
    assert doc.document_type == "telegram"
    assert doc.title == "Telegram From the Embassy in Lebanon to the Department of State"
    assert doc.sender_names == ["McClintock"], doc.sender_names
    assert str(doc.document_date) == "1958-06-09"
