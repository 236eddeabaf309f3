"""The last mark of a question or a statement: exactly one "?" or ".".

A stem that quotes a sentence ("who holds this view: “The jury followed the rules.”")
ends inside the quotation; the question mark then goes after the closing quote and the
quoted sentence loses its period: "… the rules”?". Used by the templates (the
``clause`` filter) and by the engine on every prompt.
"""

from __future__ import annotations

import re

from readquiz.english.verbs import as_text

_CLOSERS = "”’\"')]»"
_FINAL = ".?!;:,"
_INITIALS = re.compile(r"(?:^|\s)(?:[A-Za-z]\.)+[A-Za-z]\.?$")
"""A final word of initials ("U.S.", "D.C", "U.K."): its last period is the word's own."""
_ABBREVIATIONS = frozenset("inc ltd co corp jr sr etc st bros plc".split())
"""Short words whose final period is the word's own ("Acme Inc.")."""


def _abbreviated(text: str) -> str | None:
    """``text`` ending in an abbreviation, with its own final period; None otherwise.

    "across the U.S" -> "across the U.S."; "Acme Inc." -> "Acme Inc."; "the rules" -> None.
    """
    if text.endswith(".."):
        return None
    if _INITIALS.search(text):
        return text if text.endswith(".") else text + "."
    if text.endswith("."):
        last = text[:-1].rsplit(maxsplit=1)[-1] if text[:-1].strip() else ""
        if last.lower() in _ABBREVIATIONS:
            return text
    return None


def clause(sentence: str | int | float) -> str:
    """A sentence without its final period, to be quoted inside a question.

    ``“{{ item.claim | clause }}”?`` -> "“The jury followed the rules”?". A final "?" or
    "!" is kept: it belongs to the quotation.
    """
    original = as_text(sentence)
    text = original.rstrip()
    while text.endswith((".", ";", ":", ",")) and not text.endswith("..."):
        text = text[:-1].rstrip()
    return text or original  # punctuation alone stays as it is


def _finish(text: str, mark: str) -> str:
    text = " ".join(as_text(text).split())
    if not text:
        return text
    tail = ""
    while text and text[-1] in _CLOSERS:
        tail = text[-1] + tail
        text = text[:-1]
    if tail and text.endswith((".", ",", ";", ":")):
        text = text[:-1]  # '…rules.”' -> '…rules”?' (a quoted ? or ! stays inside)
        return text + tail + mark
    if tail and text.endswith(("?", "!")):
        return text + tail + (mark if mark == "?" and not text.endswith("?") else "")
    if not tail:
        abbreviated = _abbreviated(text.rstrip("?!;:,"))
        if abbreviated is not None:
            return abbreviated + ("" if mark == "." else mark)  # "the U.S.?", "the U.S."
    while text and text[-1] in _FINAL:
        text = text[:-1]
    return text + tail + mark


def as_question(text: str) -> str:
    """``text`` ending with exactly one "?" (after a closing quotation mark)."""
    return _finish(text, "?")


def as_statement(text: str) -> str:
    """``text`` ending with exactly one "." (a quoted "?" or "!" ends it as is)."""
    return _finish(text, ".")
