"""The bilingual alignment and the merging of event keys give what their plain definitions give.

Both were rewritten for speed (features read once, keys grouped once); the
plain versions below are the definitions, written as directly as possible:
every cell relaxes its three neighbours in reading order, ties keeping the
first; every row scans every key in sorted order. Equal lengths and equal
numbers make ties common, so the order in which the faster pass weighs the
ways into a cell is checked too.
"""

from __future__ import annotations

import math
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.alignment import SKIP_COST, align_pairs
from pipeline.parse.model import Block
from pipeline.seed import _split_key, merge_event_keys


def _plain_cost(a: Block, b: Block, ratio: float) -> float:
    length = abs(math.log((len(a.text) + 10) * ratio / (len(b.text) + 10)))
    numbers_a, numbers_b = set(re.findall(r"\d+", a.text)), set(re.findall(r"\d+", b.text))
    numbers = len(numbers_a ^ numbers_b) / max(1, len(numbers_a | numbers_b))
    kind = 0.0 if (a.passage_type == "list_item") == (b.passage_type == "list_item") else 1.0
    return length + numbers + kind


def _plain_align(left: list[Block], right: list[Block]) -> list[tuple[int, int]]:
    if not left or not right:
        return []
    ratio = sum(len(b.text) for b in right) / max(1, sum(len(b.text) for b in left))
    n, m = len(left), len(right)
    cost = [[math.inf] * (m + 1) for _ in range(n + 1)]
    move = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            steps = [(1, 0, SKIP_COST), (0, 1, SKIP_COST)]
            if i < n and j < m:
                steps.append((1, 1, _plain_cost(left[i], right[j], ratio)))
            for di, dj, step in steps:
                if i + di <= n and j + dj <= m and cost[i][j] + step < cost[i + di][j + dj]:
                    cost[i + di][j + dj] = cost[i][j] + step
                    move[i + di][j + dj] = (di, dj)
    pairs, i, j = [], n, m
    while i or j:
        di, dj = move[i][j]
        if di and dj:
            pairs.append((i - 1, j - 1))
        i, j = i - di, j - dj
    return pairs[::-1]


_WORDS = st.lists(st.sampled_from(["a", "bb", "12", "1951", "7", "x"]), min_size=1, max_size=12).map(" ".join)
_BLOCK = st.builds(lambda text, kind: Block(passage_type=kind, start=0, end=len(text), text=text), _WORDS, st.sampled_from(["paragraph", "list_item"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_BLOCK, max_size=14), st.lists(_BLOCK, max_size=14), st.booleans())
def test_alignment_is_the_plain_dynamic_programme(left, right, mirrored):
    if mirrored:  # a translation as long as its original, passage for passage: ties everywhere
        right = [Block(passage_type=b.passage_type, start=0, end=len(b.text), text=b.text) for b in left]
    assert align_pairs(left, right) == _plain_align(left, right)


def _plain_merge(rows: list[dict]) -> list[dict]:
    keyed = {r["event_key"]: _split_key(r["event_key"]) for r in rows}
    for row in rows:
        mine = keyed[row["event_key"]]
        if mine is None:
            continue
        fuller = [key for key, other in sorted(keyed.items()) if other and other[:3] == mine[:3] and mine[3] < other[3]]
        if fuller:
            row["event_key"] = fuller[0]
    return rows


_TARGETS = st.lists(st.sampled_from(["place/north-korea", "person/kim-il-sung", "org/cpsu"]), max_size=3, unique=True).map(",".join)
_KEY = st.one_of(
    st.builds(lambda kind, day, source, targets: f"{kind}|{day}|{source}>{targets}",
              st.sampled_from(["communication", "meeting"]), st.sampled_from(["1951-11-19", "1951-11-20"]),
              st.sampled_from(["person/joseph-stalin", "person/mao-zedong", ""]), _TARGETS),
    st.sampled_from(["sha-1/e04", "meeting|1951-11-19|person/joseph-stalin,person/mao-zedong"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_KEY, max_size=20))
def test_merging_event_keys_is_the_plain_scan(keys):
    assert [r["event_key"] for r in merge_event_keys([{"event_key": k} for k in keys])] == [
        r["event_key"] for r in _plain_merge([{"event_key": k} for k in keys])
    ]
