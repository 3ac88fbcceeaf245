"""Speed of event extraction, and of our date finder against dateparser's search_dates on the same sentences.

    python -m pipeline.cli bench-events

Throughput is measured on one core over the passages of the seeds and the
development documents (parsing excluded): MB of passage text (UTF-8) per
CPU second of the process through ``extract_events`` (CPU time, as the parsing
figure is taken, so that other work on a shared machine does not slow it). The date comparison runs ``find_dates``
and ``dateparser.search.search_dates`` over every sentence of those
passages (time) and over the gold events' evidence sentences that write a
date (recall: the gold day or month found), both given the same year of
context (dateparser as RELATIVE_BASE).
"""

from __future__ import annotations

import calendar
import os
import re
import time
import warnings
from datetime import date, datetime

from pipeline.extract.events import extract_events, sentence_spans_of
from pipeline.extract.events.common import name_pattern
from pipeline.extract.mentions import mentions_in
from pipeline.extract.tense import cues_cache_clear
from pipeline.normalize.dates import find_dates
from pipeline.normalize.lexicon import lexicon
from pipeline.normalize.names import lookup
from pipeline.normalize.text import decode
from pipeline.parse import parse_text
from pipeline.parse.model import ParsedDocument
from pipeline.quality.evaluate_events import DEV, SEEDS, load_dev_gold, load_seed_gold

_ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
_LANGUAGES = ["en", "ru", "zh"]
# The stem of each Russian month, the part its forms share ("январ" of январь and января).
_RU_STEMS = [os.path.commonprefix([f for f, n in lexicon("ru")["months"].items() if n == month]) for month in range(1, 13)]


def mentions_cache_clear() -> None:
    """Each timed run starts cold: no name lookups nor cues remembered from the previous run."""
    mentions_in.cache_clear()
    cues_cache_clear()
    lookup.cache_clear()
    name_pattern.cache_clear()


def _documents() -> list[ParsedDocument]:
    files = sorted(SEEDS.glob("*.txt")) + sorted(DEV.glob("*.txt"))
    return [parse_text(decode(f.read_bytes())[0]) for f in files]


def _sentence_texts(docs: list[ParsedDocument]) -> list[str]:
    return [b.text[s:e] for d in docs for b in d.blocks for s, e in sentence_spans_of(b.text)]


def _best_of(runs: int, work) -> float:
    """The fewest CPU seconds of ``runs`` runs of ``work`` in this process."""
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def _gold_dated_sentences() -> list[tuple[str, date, date]]:
    """(evidence sentence, first day, last day) of gold events whose evidence writes their date."""
    found = []
    for gold in (load_seed_gold(), load_dev_gold()):
        for events in gold.values():
            for g in events:
                for rng in g.dates:
                    if rng is None or g.time is not None:
                        continue
                    found += [(sentence, *rng) for sentence in g.evidence if _writes(sentence, *rng)]
    return found


def _writes(sentence: str, first: date, last: date) -> bool:
    """The sentence writes the gold date itself (its day number and its month), not only a date the event borrows."""
    months = {calendar.month_name[first.month].lower(), calendar.month_abbr[first.month].lower(), _RU_STEMS[first.month - 1]}
    text = sentence.lower()
    has_month = any(m in text for m in months) or f"{first.month}月" in text or re.search(rf"\.(?:0?{first.month}|{_ROMAN[first.month]})\.", sentence)
    if first != last:
        return bool(has_month)
    return bool(has_month) and bool(re.search(rf"(?<!\d){first.day}(?!\d)", sentence))


def _ours_finds(sentence: str, first: date, last: date) -> bool:
    return any((m.start_date, m.end_date) == (first, last) for m in find_dates(sentence, first.year))


def _dateparser_finds(sentence: str, first: date, last: date) -> bool:
    from dateparser.search import search_dates

    base = datetime(first.year, 12, 31)
    found = search_dates(sentence, languages=_LANGUAGES, settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
    if first == last:
        return any(d.date() == first for _, d in found)
    return any((d.year, d.month) == (first.year, first.month) for _, d in found)


def run(runs: int = 5) -> str:
    warnings.filterwarnings("ignore")
    from dateparser.search import search_dates

    docs = _documents()
    megabytes = sum(len(b.text.encode("utf-8")) for d in docs for b in d.blocks) / 1e6
    extract_seconds = _best_of(runs, lambda: (mentions_cache_clear(), [extract_events(d) for d in docs]))
    sentences = _sentence_texts(docs)
    sentence_mb = sum(len(s.encode("utf-8")) for s in sentences) / 1e6
    ours_seconds = _best_of(runs, lambda: [find_dates(s, 1951) for s in sentences])
    settings = {"RELATIVE_BASE": datetime(1951, 12, 31), "PREFER_DATES_FROM": "past"}
    theirs_seconds = _best_of(1, lambda: [search_dates(s, languages=_LANGUAGES, settings=settings) for s in sentences])
    gold = _gold_dated_sentences()
    ours_recall = sum(_ours_finds(*g) for g in gold) / len(gold)
    theirs_recall = sum(_dateparser_finds(*g) for g in gold) / len(gold)
    lines = [
        f"event extraction: {megabytes:.3f} MB of passage text in {len(docs)} documents, "
        f"{extract_seconds * 1000:.1f} ms CPU (best of {runs}) -> {megabytes / extract_seconds:.2f} MB/s per CPU second on one core",
        f"dates over {len(sentences)} sentences ({sentence_mb:.3f} MB), CPU time:",
        f"  find_dates                     {ours_seconds * 1000:9.1f} ms  {sentence_mb / ours_seconds:8.2f} MB/s",
        f"  dateparser.search.search_dates {theirs_seconds * 1000:9.1f} ms  {sentence_mb / theirs_seconds:8.4f} MB/s",
        f"  find_dates is {theirs_seconds / ours_seconds:.0f}x faster",
        f"recall on {len(gold)} gold dates written in evidence sentences: "
        f"find_dates {ours_recall:.3f}, search_dates {theirs_recall:.3f}",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(run())
