"""The development documents 101-158 against their exhaustive gold (tests/fixtures/gold/corpus.json).

One test per document field the gold gives, and floors under the events'
recall, precision and actors. What the code still reads wrong is listed in
``KNOWN_WRONG`` and marked as an expected failure (strict: a field that comes
right fails the run until it leaves the list), so the list is the honest
record of what is left. The floors go up as extraction improves; a floor is
lowered only with its reason beside it.
"""

from __future__ import annotations

import pytest

from pipeline.quality.corpus import evaluate, load_corpus

# (file number, field) the code reads wrong today; see `make eval-corpus` for what it gives.
KNOWN_WRONG: set[tuple[str, str]] = set()
# Measured by `make eval-corpus`; raise them as extraction improves. Actors 0.756 -> 0.755: the settled row on the
# other party of a turn that asks or answers (tests/fixtures/README.md) gives the listener, as three of the dev gold's
# four such rows do (103 E5, E7, 107 E9); its fourth, 103 E10 ("Peng Dehuai asked if South Korea is producing
# armaments"), gives the asker alone and is left as the dev gold writes it, so that event is now found with Kim Il Sung
# beside him (225 of 298 events with the gold's actors, was 226).
FLOORS = {"recall": 0.947, "precision": 0.985, "actors": 0.755}


@pytest.fixture(scope="module")
def scores():
    return evaluate()


def _cases():
    fields = ("title", "document_date", "document_type", "sender_names", "recipient_names", "citations", "languages", "truncated")
    for entry in load_corpus():
        number = entry["file"][:3]
        for field in fields:
            marks = [pytest.mark.xfail(strict=True, reason="read wrong at first sight; not yet fixed")] if (number, field) in KNOWN_WRONG else []
            yield pytest.param(entry["file"], field, id=f"{number}-{field}", marks=marks)


@pytest.mark.parametrize(("file", "field"), list(_cases()))
def test_document_field_matches_gold(scores, file, field):
    score = next(s for s in scores.fields if s.file == file and s.field == field)
    assert score.right, f"{file} {field}: expected {score.expected!r}, got {score.got!r}"


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_events_do_not_fall_below_their_floor(scores, measure):
    assert scores.summary()[measure] >= FLOORS[measure]


# The same pages wrapped at 72 columns, or with their paragraphs on single lines: the events must hold up as well
# (see tests/unit/parse/test_layout_variants.py for the document fields). Measured, then less 0.005.
# Each variant holds the corpus floors, but where its own measurement is lower.
_VARIANT_BELOW = {"wrapped": {"actors": 0.750}, "straight_quotes": {"precision": 0.959}}
VARIANT_FLOORS = {
    variant: FLOORS | _VARIANT_BELOW.get(variant, {})
    for variant in ("wrapped", "single_newlines", "straight_quotes", "site_interface", "soft_hyphens", "ascii_dashes",
                    "html_entities", "trailing_spaces", "nbsp_between_words", "cr_line_ends", "html_tags",
                    "markdown_escapes", "decomposed_accents")
}


@pytest.mark.slow
@pytest.mark.parametrize("variant", sorted(VARIANT_FLOORS))
def test_events_hold_up_when_the_page_is_laid_out_otherwise(tmp_path, variant):
    from pipeline.quality.corpus import DEV
    from tests.unit.parse.test_layout_variants import VARIANTS

    gold = load_corpus()
    for entry in gold:
        page = VARIANTS[variant]((DEV / entry["file"]).read_text(encoding="utf-8"))
        (tmp_path / entry["file"]).write_text(page, encoding="utf-8", newline="")
    summary = evaluate(gold, tmp_path).summary()
    assert {m: summary[m] >= floor for m, floor in VARIANT_FLOORS[variant].items()} == dict.fromkeys(VARIANT_FLOORS[variant], True), summary
