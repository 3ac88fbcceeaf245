"""A parsed paper made of a few passages, as the extraction tests write them: each passage a paragraph in the language
given, optionally under a title set as the paper's header line."""

from datetime import date

from pipeline.parse.model import Block, ParsedDocument


def paper(paragraphs, *, kind: str, day: date | None, language: str = "en", title: str | None = None,
          title_block: bool = False, senders: list[str] | None = None, gap: int = 2) -> ParsedDocument:
    """A paper of ``kind`` dated ``day`` whose passages are ``paragraphs``, ``gap`` characters apart (a title block
    first, where ``title_block``)."""
    blocks, at = [], 0
    if title_block:
        blocks, at = [Block("title", 0, len(title), title, language=language, section_type="header")], len(title) + 2
    for text in paragraphs:
        blocks.append(Block("paragraph", at, at + len(text), text, language=language))
        at += len(text) + gap
    return ParsedDocument(parser="test/1", source_type="archival_record", document_type=kind, title=title,
                          document_date=day, document_date_precision="day" if day else None, blocks=blocks,
                          sender_names=senders or [])


def daily_summary_rows(body: str, day: date) -> list[dict]:
    """The event rows of a CIA daily summary issued on ``day`` whose one numbered item is ``body``, read as a seed."""
    from pipeline.seed import process_seed

    text = (f"source: https://www.cia.gov/readingroom/document/daily-summary-{day:%Y%m%d}\nDAILY SUMMARY\n{day.day} {day:%B} {day.year}\n\n"
            f"TOP SECRET\n\nGENERAL\n\n1. {body}\n")
    return process_seed("x.txt", text.encode()).events.to_pylist()
