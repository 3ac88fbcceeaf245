"""Bilingual alignment: which translated passage carries the same content as an original one.

A dynamic-programming alignment (in the manner of Gale and Church) over the
two sequences of body passages: matching costs the difference of their
log-lengths (translations keep a roughly constant length ratio) and any
difference in the numbers they contain; skipping a passage (a block present
in one language only) costs a fixed penalty. Header and trailer lines of the
cable never align: the transcript lacks them.
"""

from __future__ import annotations

import math
import re

from pipeline.parse.model import Block

ALIGNABLE = ("paragraph", "list_item", "salutation", "quotation", "heading", "signature")
SKIP_COST = 2.5
_NUMBER = re.compile(r"\d+")


def _cost(a: Block, b: Block, ratio: float) -> float:
    length = abs(math.log((len(a.text) + 10) * ratio / (len(b.text) + 10)))
    numbers_a, numbers_b = set(_NUMBER.findall(a.text)), set(_NUMBER.findall(b.text))
    numbers = len(numbers_a ^ numbers_b) / max(1, len(numbers_a | numbers_b))
    kind = 0.0 if (a.passage_type == "list_item") == (b.passage_type == "list_item") else 1.0
    return length + numbers + kind


def align_pairs(left: list[Block], right: list[Block]) -> list[tuple[int, int]]:
    """Index pairs (i, j) of blocks that carry the same content, in order."""
    if not left or not right:
        return []
    ratio = sum(len(b.text) for b in right) / max(1, sum(len(b.text) for b in left))
    n, m = len(left), len(right)
    cost = [[math.inf] * (m + 1) for _ in range(n + 1)]
    move = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = cost[i][j]
            if here == math.inf:
                continue
            steps = [(1, 0, SKIP_COST), (0, 1, SKIP_COST)]
            if i < n and j < m:
                steps.append((1, 1, _cost(left[i], right[j], ratio)))
            for di, dj, step in steps:
                if i + di <= n and j + dj <= m and here + step < cost[i + di][j + dj]:
                    cost[i + di][j + dj] = here + step
                    move[i + di][j + dj] = (di, dj)
    pairs, i, j = [], n, m
    while i or j:
        di, dj = move[i][j]
        if di and dj:
            pairs.append((i - 1, j - 1))
        i, j = i - di, j - dj
    return pairs[::-1]


def align_blocks(blocks: list[Block]) -> None:
    """Sets ``aligned_to`` on the original and translated body blocks of a bilingual document."""
    original = [i for i, b in enumerate(blocks) if b.section_type == "original" and b.passage_type in ALIGNABLE]
    translation = [i for i, b in enumerate(blocks) if b.section_type == "translation" and b.passage_type in ALIGNABLE]
    for a, b in align_pairs([blocks[i] for i in original], [blocks[j] for j in translation]):
        blocks[original[a]].aligned_to = translation[b]
        blocks[translation[b]].aligned_to = original[a]
