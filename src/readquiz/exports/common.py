"""What every export says the same way: the answer in words, the evidence, the article.

Each platform gets the same texts (the stem as the set has it, the answer as words,
"Paragraph N: “quote”" as feedback), so a question reads alike on paper, on screen and
in the LMS.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from readquiz.questions import display
from readquiz.questions.model import LETTERS

if TYPE_CHECKING:
    from readquiz.article.model import Article
    from readquiz.questions.model import Question


def answer_words(question: Question) -> str:
    """The answer as a reader says it: :func:`readquiz.questions.display.answer_words`.

    "about 1.8 million dollars", "Tuesday night", "Karachi": the words the quiz, the
    worksheet and ``generate`` print too.
    """
    return display.answer_words(question)


def evidence_line(question: Question) -> str:
    """Where the article proves the answer: 'Paragraph N: “quote”'."""
    ev = question.evidence
    return f"Paragraph {ev.paragraph}: “{ev.quote}”"


def feedback(question: Question) -> str:
    """The feedback shown after answering: the explanation, always with the evidence.

    A number answer is said first in words, with the band it is graded within ("The
    answer: about 250 people (accept 225 to 275 people)."): the platform itself shows
    the bare number it grades against.
    """
    line = evidence_line(question)
    explanation = question.explanation.strip()
    if not explanation or explanation == line:
        text = line
    elif question.evidence.quote in explanation:
        text = explanation
    else:
        text = f"{explanation} {line}"
    if question.format == "numeric":
        band = display.range_words(question)
        said = answer_words(question) + (f" (accept {band})" if band else "")
        text = f"The answer: {said}. {text}"
    return text


def key_text(question: Question) -> str:
    """The answer as a key states it: 'B) Karachi', 'about 900 kilometers', 'True'."""
    words = answer_words(question)
    if question.format == "choice" and question.choices is not None:
        index = question.answer_index
        if index is not None:
            return f"{LETTERS[index]}) {words}"
    return words


def title(question: Question, number: int) -> str:
    """A short title for platforms that list questions by title (Brightspace needs one)."""
    prompt = " ".join(question.prompt.split())
    short = prompt if len(prompt) <= 60 else prompt[:59].rstrip() + "…"
    return f"{number}. {short}"


def article_html(article: Article) -> str:
    """The article as HTML: the title, then headings and numbered paragraphs."""
    parts = [f"<h2>{html.escape(article.title, quote=False)}</h2>"]
    if article.source:
        parts.append(f"<p><em>{html.escape(article.source, quote=False)}</em></p>")
    for block in article.blocks:
        text = html.escape(block.text, quote=False)
        if block.heading:
            parts.append(f"<h3>{text}</h3>")
        else:
            parts.append(f"<p><strong>{block.number}</strong> {text}</p>")
    return "".join(parts)


def text_html(text: str) -> str:
    """Plain text made safe inside HTML (no attribute quoting needed: none is written)."""
    return html.escape(text, quote=False)
