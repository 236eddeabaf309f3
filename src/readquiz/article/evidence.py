"""Where an annotation is proven: the article's paragraphs, and quotes and names in them.

The text is split into headings and numbered paragraphs once; a quote is looked up as
:mod:`readquiz.textmatch` folds text, and the evidence keeps the quote as it reads in
the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from readquiz.questions.model import Evidence
from readquiz.textmatch import (
    drop_article,
    fold,
    in_capitals,
    is_acronym,
    sentence_breaks,
    squash_spaces,
)


@dataclass(frozen=True)
class Block:
    """A piece of the text: a numbered paragraph or a section heading (number 0)."""

    number: int
    text: str
    heading: bool


def split_blocks(text: str) -> list[Block]:
    """Split the text on blank lines into headings and numbered paragraphs."""
    blocks: list[Block] = []
    number = 0
    for raw in re.split(r"\n[ \t]*\n", text.strip()):
        chunk = squash_spaces(raw)
        if not chunk:
            continue
        if chunk.startswith("## "):
            blocks.append(Block(0, chunk[3:].strip(), True))
        else:
            number += 1
            blocks.append(Block(number, chunk, False))
    return blocks


def find_quote(blocks: list[Block], quote: str) -> Evidence | None:
    """The first paragraph containing ``quote``, with the quote as it reads in the text.

    Compared as :func:`readquiz.textmatch.fold` folds them (quote marks, dashes,
    diacritics, case) with white space squashed; headings are skipped.
    None when no paragraph contains it.
    """
    needle = fold(squash_spaces(quote))
    if not needle:
        return None
    for block in blocks:
        if block.heading:
            continue
        at = fold(block.text).find(needle)
        if at >= 0:
            return Evidence(block.number, block.text[at : at + len(needle)])
    return None


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``text[start:end]``."""
    begin = 0
    for m in sentence_breaks(text):
        if m.end() <= start:
            begin = m.end()
        elif m.start() >= end:
            return text[begin : m.start() + len(m.group(0).rstrip())].strip()
    return text[begin:].strip()


def find_mention(blocks: list[Block], names: list[str]) -> Evidence | None:
    """The first paragraph naming any of ``names``, with the naming sentence as the quote.

    A leading "the", "a" or "an" in a name is optional in the text; headings are skipped.
    """
    patterns = []
    bares = []
    for name in names:
        bare = drop_article(fold(squash_spaces(name)))
        if bare:
            bares.append(bare)
            patterns.append(re.escape(bare))
    if not patterns:
        return None
    rx = re.compile(r"(?<!\w)(?:" + "|".join(sorted(patterns, key=len, reverse=True)) + r")(?!\w)")
    for block in blocks:
        if block.heading:
            continue
        folded = fold(block.text)
        # a plain substring test first: the regex (lookbehind first) scans ~50x slower
        if not any(bare in folded for bare in bares):
            continue
        for m in rx.finditer(folded):
            if not _names_here(block.text[m.start() : m.end()], m.group(0), names):
                continue
            return Evidence(block.number, _sentence_around(block.text, m.start(), m.end()))
    return None


def _names_here(written: str, folded: str, names: list[str]) -> bool:
    """Whether the words ``written`` (folded: ``folded``) are one of ``names``.

    An acronym names only in capitals: "those who are at risk" is not the WHO.
    """
    for name in names:
        if drop_article(fold(squash_spaces(name))) != folded:
            continue
        if not is_acronym(name) or in_capitals(written, name):
            return True
    return False


class EvidenceFinder:
    """Searches one article text for quotes and mentions, remembering every answer.

    Checking an article and building it look up the same quotes; on a large article
    the search is most of the loading time, so both share one finder.
    """

    def __init__(self, text: str) -> None:
        """Split ``text`` into blocks once."""
        self.text = text
        self.blocks = split_blocks(text)
        self._quotes: dict[str, Evidence | None] = {}
        self._mentions: dict[tuple[str, ...], Evidence | None] = {}

    def quote(self, quote: str) -> Evidence | None:
        """:func:`find_quote` over this text, searched once per quote."""
        if quote not in self._quotes:
            self._quotes[quote] = find_quote(self.blocks, quote)
        return self._quotes[quote]

    def mention(self, names: list[str]) -> Evidence | None:
        """:func:`find_mention` over this text, searched once per list of names."""
        key = tuple(names)
        if key not in self._mentions:
            self._mentions[key] = find_mention(self.blocks, names)
        return self._mentions[key]
