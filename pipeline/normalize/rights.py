"""Under what rights a document's text is republished, read from the source's own rights statement.

The sources say it in their own words: the Wilson Center Digital Archive
"welcomes reuse of Digital Archive materials for research and educational
purposes"; a CIA Reading Room record carries its release decision (RIFPUB:
released in full, RIPPUB: released in part, both to the public). A credit line
("made possible with support from ...") states no terms, and a book page or a
site that says nothing leaves the rights unknown: never guessed.
"""

from __future__ import annotations

import re

RIGHTS_TYPES = ("research_and_education", "released_to_public", "unknown")

_RESEARCH = re.compile(r"reuse\b.{0,80}\bresearch\b.{0,40}\beducational purposes", re.IGNORECASE | re.DOTALL)
_RELEASED = re.compile(r"\bRelease Decision:\s*RI[FP]PUB\b", re.IGNORECASE)


def rights_type(statement: str | None) -> str:
    """``research_and_education``, ``released_to_public`` or ``unknown`` for a rights statement (or none)."""
    if not statement:
        return "unknown"
    if _RESEARCH.search(statement):
        return "research_and_education"
    if _RELEASED.search(statement):
        return "released_to_public"
    return "unknown"
