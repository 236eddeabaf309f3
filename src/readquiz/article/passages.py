"""Where a quote that is not in the text was probably meant to be.

For the loader's "quote not found" problem: the closest passage of the text (so a
typo or a changed word is easy to fix), and whether the quote runs across two
paragraphs (which no quote may: each question cites one paragraph).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from readquiz.article.evidence import Block
from readquiz.textmatch import fold

MIN_SCORE = 70.0
"""Below this rapidfuzz partial-ratio score a passage is no help, so none is offered."""


def _flat(text: str) -> str:
    return fold(re.sub(r"\s+", " ", text).strip())


def spanned_paragraphs(blocks: list[Block], quote: str) -> tuple[int, int] | None:
    """The numbers of two consecutive paragraphs that ``quote`` runs across, if any."""
    needle = _flat(quote)
    paragraphs = [b for b in blocks if not b.heading]
    for first, second in zip(paragraphs, paragraphs[1:], strict=False):
        joined = _flat(first.text + " " + second.text)
        if needle in joined:
            return first.number, second.number
    return None


def closest_passage(blocks: list[Block], quote: str) -> tuple[int, str] | None:
    """The paragraph number and passage most like ``quote``, if any is close enough."""
    needle = _flat(quote)
    if not needle:
        return None
    best: tuple[float, int, str] | None = None
    for block in blocks:
        if block.heading:
            continue
        hay = _flat(block.text)
        found = fuzz.partial_ratio_alignment(needle, hay)
        if found is None or found.score < MIN_SCORE:
            continue
        start, end = found.dest_start, found.dest_end
        # widen to whole words, as the text writes them
        while start > 0 and block.text[start - 1].isalnum():
            start -= 1
        while end < len(block.text) and block.text[end].isalnum():
            end += 1
        passage = block.text[start:end].strip()
        if best is None or found.score > best[0]:
            best = (found.score, block.number, passage)
    return (best[1], best[2]) if best else None


def not_found_message(blocks: list[Block], quote: str, shown: str) -> str:
    """The loader's message for a quote that is not in the text, with what to do."""
    spans = spanned_paragraphs(blocks, quote)
    if spans is not None:
        return (
            f'quote not found in the text: "{shown}" runs across paragraphs {spans[0]} and '
            f"{spans[1]}; a quote must lie within one paragraph: cut it to one of them"
        )
    near = closest_passage(blocks, quote)
    if near is not None:
        return (
            f'quote not found in the text: "{shown}"; the closest passage is in paragraph '
            f'{near[0]}: "{near[1]}" (copy the quote from the text as it reads there)'
        )
    return f'quote not found in the text: "{shown}"'
