"""What a page's readers ask of the same line, told once while the page is read.

A document's readers (its title's, its date line's, its signature's, its foot's) each walk the head and the foot of
the page and ask the same questions of the same lines: does this line name a kind of document, is it a closing date
line. Inside ``page_read_once`` an answer a function marked ``once_per_page`` gave for a line is kept and given again
to the next reader that asks; outside it (a caller reading one line) every call reads the line. The answers are
forgotten with the page: a line's answer never depends on the reader asking, and a page's lines are never another's
(a cache that outlived the page would time the repeated lines of a benchmark's copies, not a page's reading).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import TypeVar

_ANSWERS: ContextVar[dict | None] = ContextVar("page_answers", default=None)

T = TypeVar("T")


@contextmanager
def page_read_once() -> Iterator[None]:
    """Inside it, the answers of the ``once_per_page`` functions are kept, by the function and the line."""
    token = _ANSWERS.set({})
    try:
        yield
    finally:
        _ANSWERS.reset(token)


def once_per_page(function: Callable[[str], T]) -> Callable[[str], T]:
    """``function`` (of one line, its answer immutable) read once per line while a page is read."""

    @wraps(function)
    def kept(line: str) -> T:
        answers = _ANSWERS.get()
        if answers is None:
            return function(line)
        key = (function, line)
        try:
            return answers[key]
        except KeyError:
            found = answers[key] = function(line)
            return found

    return kept
