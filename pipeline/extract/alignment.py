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


def _features(block: Block) -> tuple[int, set[str], bool]:
    """What the cost of pairing reads of a passage: its length, the numbers it writes, whether it is a list item."""
    return len(block.text), set(_NUMBER.findall(block.text)), block.passage_type == "list_item"


def _pair_cost(a: tuple[int, set[str], bool], b: tuple[int, set[str], bool], ratio: float) -> float:
    (length_a, numbers_a, item_a), (length_b, numbers_b, item_b) = a, b
    length = abs(math.log((length_a + 10) * ratio / (length_b + 10)))
    numbers = len(numbers_a ^ numbers_b) / max(1, len(numbers_a | numbers_b))
    kind = 0.0 if item_a == item_b else 1.0
    return length + numbers + kind


def align_pairs(left: list[Block], right: list[Block]) -> list[tuple[int, int]]:
    """Index pairs (i, j) of blocks that carry the same content, in order.

    Each passage's features are read once, not once for every passage it is
    weighed against, and each cell takes the cheapest of the three ways into
    it, tried in the order the cells before it offer them (the pair, then the
    skip from above, then the skip from the left; a tie keeps the first):
    the table holds n x m cells, so a long bilingual book chapter costs
    their number in additions, not in pattern searches.
    """
    if not left or not right:
        return []
    ratio = sum(len(b.text) for b in right) / max(1, sum(len(b.text) for b in left))
    n, m = len(left), len(right)
    features_left, features_right = [_features(b) for b in left], [_features(b) for b in right]
    inf = math.inf
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    move: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        row, above = cost[i], cost[i - 1] if i else None
        moves = move[i]
        for j in range(m + 1):
            best, way = row[j], moves[j]
            if above is not None and j:
                step = above[j - 1] + _pair_cost(features_left[i - 1], features_right[j - 1], ratio)
                if step < best:
                    best, way = step, (1, 1)
            if above is not None and above[j] + SKIP_COST < best:
                best, way = above[j] + SKIP_COST, (1, 0)
            if j and row[j - 1] + SKIP_COST < best:
                best, way = row[j - 1] + SKIP_COST, (0, 1)
            row[j], moves[j] = best, way
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
