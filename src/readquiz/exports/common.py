"""What every export says the same way: the answer in words, the evidence, the article.

Each platform gets the same texts (the stem as the set has it, the answer as words,
"Paragraph N: “quote”" as feedback), so a question reads alike on paper, on screen and
in the LMS.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from readquiz.questions.model import LETTERS

if TYPE_CHECKING:
    from readquiz.article.model import Article
    from readquiz.questions.model import Question


def answer_words(question: Question) -> str:
    """The answer as a reader says it.

    TODO(issue 11): call readquiz.questions.display.answer_words once the engine
    engineer lands it (it writes numbers with their units, "1.8 million dollars").
    """
    return question.answer_text


def evidence_line(question: Question) -> str:
    """Where the article proves the answer: 'Paragraph N: “quote”'."""
    ev = question.evidence
    return f"Paragraph {ev.paragraph}: “{ev.quote}”"


def feedback(question: Question) -> str:
    """The feedback shown after answering: the explanation, always with the evidence."""
    line = evidence_line(question)
    explanation = question.explanation.strip()
    if not explanation or explanation == line:
        return line
    if question.evidence.quote in explanation:
        return explanation
    return f"{explanation} {line}"


def key_text(question: Question) -> str:
    """The answer as a key states it: 'B) Karachi', '900 kilometers', 'True'."""
    words = answer_words(question)
    if question.format == "choice" and question.choices is not None:
        index = question.answer_index
        if index is not None:
            return f"{LETTERS[index]}) {words}"
    if question.format == "numeric" and question.unit:
        return f"{words} {question.unit}"
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
