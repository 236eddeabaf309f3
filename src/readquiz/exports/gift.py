r"""GIFT, Moodle's plain-text question format.

Every text is HTML-escaped (``[html]`` markup) and then GIFT-escaped: ``~ = # { } :``
and ``\`` are written with a backslash, so an article or a choice containing them
("20:00", "C#", "{sic}") imports as written. One question per paragraph (blank
lines separate questions); the article comes first as a description (no answer
block). Numbers are written in plain digits, as GIFT's numerical answers need them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from readquiz.exports.common import (
    answer_words,
    article_html,
    feedback,
    key_text,
    text_html,
    title,
)
from readquiz.exports.moodle import _number

if TYPE_CHECKING:
    from readquiz.article.model import Article
    from readquiz.questions.model import Question, QuestionSet

SPECIAL = "\\~=#{}:"
"""GIFT's special characters; the backslash first, so escapes are not escaped twice."""


def escape(text: str) -> str:
    """``text`` with every GIFT special character backslash-escaped, on one line."""
    out = " ".join(text.split())
    for ch in SPECIAL:
        out = out.replace(ch, "\\" + ch)
    return out


def _html(text: str) -> str:
    return escape(text_html(text))


def _head(q: Question, number: int) -> str:
    return f"::{escape(f'{title(q, number)} [{q.id}]')}::[html]{_html(q.prompt)}"


def _general(q: Question) -> str:
    return "####" + _html(feedback(q))


def _body(q: Question) -> list[str]:
    """The lines inside the answer braces."""
    if q.format == "choice":
        right = q.answer_text
        lines = [("=" if choice == right else "~") + _html(choice) for choice in q.choices or []]
        return [*lines, _general(q)]
    if q.format == "truefalse":
        return [("TRUE" if q.answer_text == "True" else "FALSE") + _general(q)]
    if q.format == "short":
        return [*(f"={_html(a)}" for a in [answer_words(q), *q.accept]), _general(q)]
    if q.format == "numeric":
        value = _number(float(q.answer))
        tolerance = _number(q.tolerance or 0)
        return [f"#{value}:{tolerance}" + _general(q)]
    # open: an essay; the model answer goes to the general feedback
    return ["####" + _html(f"Model answer: {key_text(q)}. {feedback(q)}")]


def question_text(q: Question, number: int) -> str:
    """One question in GIFT."""
    body = _body(q)
    if len(body) == 1:
        return f"{_head(q, number)}{{{body[0]}}}"
    inner = "\n".join(f"\t{line}" for line in body)
    return f"{_head(q, number)}{{\n{inner}\n}}"


def export(article: Article, qset: QuestionSet) -> bytes:
    """The set as a GIFT file (UTF-8), the article first as a description."""
    # Moodle reads the category line raw (no GIFT escapes); "/" would start a subcategory.
    category = " ".join(qset.article_title.replace("/", "-").split())
    parts = [
        f"// readquiz: {' '.join(qset.article_title.split())} (article {qset.article_id})",
        f"$CATEGORY: $course$/top/readquiz/{category}",
        "",
        f"::{escape('0. Article: ' + article.title)}::[html]{escape(article_html(article))}",
    ]
    for number, q in enumerate(qset.questions, 1):
        parts += ["", question_text(q, number)]
    return ("\n".join(parts) + "\n").encode("utf-8")
