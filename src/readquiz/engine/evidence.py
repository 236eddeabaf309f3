"""Evidence that proves the answer: the cited quote holds the name, place, date or figure.

An annotation's quote often holds the event but not its answer ("clashed with police
..." for "When did the protesters clash with police?", whose answer "Sunday" sits
earlier in the sentence). :func:`prove` widens the quote to its sentence, then to the
sentences beside it in the same paragraph, then looks for a sentence elsewhere that
holds both the event and the answer. When nothing in the article holds them, the
question is not asked: a key the cited text does not prove is a wrong key.
"""

from __future__ import annotations

from readquiz.engine.facts import Facts, Sentence, mentions, norm
from readquiz.questions.model import Evidence

_STOP = frozenset(
    "the a an and or but of to in on at for with from by as is was were are be been "
    "that this these those it its their his her they he she said says will would has "
    "have had not who which what when where also than more about into over after".split()
)


def holds(text: str, needles: list[list[str]]) -> bool:
    """Whether ``text`` names one word of every group of ``needles``."""
    return all(any(mentions(text, n) for n in group if norm(n)) for group in needles)


def _content_words(text: str) -> set[str]:
    return {w for w in norm(text).split() if len(w) > 3 and w not in _STOP}


def _span(paragraph: str, first: Sentence, last: Sentence) -> str | None:
    start = paragraph.find(first.text)
    end = paragraph.find(last.text, max(start, 0))
    if start < 0 or end < 0:
        return None
    return paragraph[start : end + len(last.text)]


def prove(facts: Facts, evidence: Evidence, needles: list[list[str]]) -> Evidence | None:
    """Evidence for ``evidence``'s fact that holds every group of ``needles``, or None.

    Tried in order: the quote itself; the sentence(s) it lies in; that span with the
    sentence before or after it (a fact told over two sentences cites both, as one
    quote of the paragraph); a sentence anywhere in the article sharing at least two
    content words with the quote (the same event) and holding the answer.
    """
    if not needles or holds(evidence.quote, needles):
        return evidence
    paragraph = facts.paragraphs.get(evidence.paragraph, "")
    sentences = facts.sentences_of(evidence.paragraph)
    folded = norm(evidence.quote)
    inside = [s for s in sentences if folded and folded in norm(s.text)]
    if not inside:
        # A quote that spans sentences: the sentences that share words with it.
        words = _content_words(evidence.quote)
        inside = [s for s in sentences if words & _content_words(s.text)][:2]
    if inside:
        first, last = inside[0], inside[-1]
        spans = [(first, last)]
        if first.index > 0:
            spans.append((sentences[first.index - 1], last))
        if last.index + 1 < len(sentences):
            spans.append((first, sentences[last.index + 1]))
        for a, b in spans:
            text = _span(paragraph, a, b)
            if text and holds(text, needles):
                return Evidence(evidence.paragraph, text)
    anchor = _content_words(evidence.quote)
    need = min(2, len(anchor))
    if need == 0:
        return None
    for sentence in facts.sentences:
        if len(anchor & _content_words(sentence.text)) >= need and holds(sentence.text, needles):
            return Evidence(sentence.paragraph, sentence.text)
    return None
