"""Properties: the date finder and the event and mention extractors never raise, and their offsets stay in the text."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.extract.events import extract_events
from pipeline.extract.mentions import find_mentions, find_unknown_names
from pipeline.normalize.dates import find_dates, find_relative
from pipeline.paths import PROJECT_ROOT
from pipeline.seed import process_seed
from tests.unit.extract.test_events import _letter

_PIECES = st.sampled_from(
    ["On", "August", "23,", "1951", "13", "июля", "31.1.1951", "21.XI.1951", "1951年11月14日", "今年6月", "Stalin", "replied:",
     "We", "agree", "your", "telegram", "of", "Received", "23:00", "five", "days", "later", "Кореи", "Kim II Sung", ".", "\n", "金日成"]
)
_TEXT = st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=30).map(" ".join))


@settings(max_examples=150, deadline=None)
@given(_TEXT, st.one_of(st.none(), st.integers(1900, 2000)))
def test_find_dates_never_raises_and_stays_inside(text, year):
    for m in find_dates(text, year):
        assert 0 <= m.start < m.end <= len(text) and m.start_date <= m.end_date
    for r in find_relative(text):
        assert text[r.start:r.end] == r.text


@settings(max_examples=100, deadline=None)
@given(_TEXT)
def test_mentions_are_exact_slices(text):
    known = find_mentions(text)
    for m in known:
        assert text[m.start:m.end] == m.surface
    for start, end, surface in find_unknown_names(text, known):
        assert text[start:end] == surface


@settings(max_examples=60, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=4))
@example(["a:August 1-1/1/1800"])  # two days listed backwards once made a range that ends before it starts
def test_events_never_raise_and_evidence_stays_in_the_passage(texts):
    doc = _letter(*texts)
    for e in extract_events(doc):
        text = doc.blocks[e.block].text
        assert 0 <= e.evidence_start <= e.evidence_end <= len(text)
        assert e.start_date is None or e.end_date is None or e.start_date <= e.end_date


def test_seed_mentions_point_at_their_words():
    for seed in sorted((PROJECT_ROOT / "seeds").glob("*.txt")):
        result = process_seed(seed.name, seed.read_bytes())
        passages = {p["passage_id"]: p["text"] for p in result.passages.to_pylist()}
        mentions = result.mentions.to_pylist()
        assert mentions
        for m in mentions:
            assert passages[m["passage_id"]][m["surface_start"]:m["surface_end"]] == m["surface"]
            assert m["is_resolved"] == (m["entity_id"] is not None)
