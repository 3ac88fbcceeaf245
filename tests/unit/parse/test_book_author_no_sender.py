"""A book's author named under its title on the platform's head sends no paper: a book's page has no sender
(parse/__init__.py, the byline under a book's title)."""

from __future__ import annotations

from pipeline.parse import parse_text

PAGE = """source: https://books.google.com/books?id=AbCdEfGhIjK&pg=PA120
Google Books
Singapore: The Struggle for Success
By John Drysdale
Times Books International, 1984
Page 120

the Legislative Assembly met on 22 June 1956 to debate the report of the constitutional delegation, which had returned from London on 15 June. The Chief Minister, who had led the delegation, had resigned on 6 June.

On 7 June Lim Yew Hock was sworn in as Chief Minister, and he told the Assembly that the Government would press for self-government within a year.
"""


def test_the_book_s_author_under_its_title_is_no_sender():
    doc = parse_text(PAGE)
    assert doc.document_type == "book_pages"
    assert doc.sender_names == []
