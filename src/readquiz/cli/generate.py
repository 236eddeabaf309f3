"""``readquiz generate``: print an article's questions as JSON (the contract) or text.

JSON goes to stdout exactly as :meth:`QuestionSet.to_json` writes it, so it can be
piped; the text form is for a teacher reading the question bank. Diagnostics only
ever go to stderr (cli.py prints errors).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from readquiz.cli.options import Options, build_question_set
from readquiz.questions.model import LETTERS

if TYPE_CHECKING:
    from readquiz.questions.model import Question, QuestionSet


def _number(value: float) -> str:
    from readquiz.english.phrases import number

    return str(number(value))


def question_text(index: int, question: Question) -> list[str]:
    """One question as a teacher reads it: prompt, lettered choices, answer, evidence."""
    lines = [f"{index}. [{question.type} · {question.format}] {question.prompt}"]
    answer = question.answer_text
    if question.choices is not None:
        for letter, choice in zip(LETTERS, question.choices, strict=False):
            mark = "*" if choice == answer else " "
            lines.append(f"   {mark} {letter}) {choice}")
        letter = LETTERS[question.choices.index(answer)]
        lines.append(f"   Answer: {letter}) {answer}")
    elif question.format == "numeric":
        from readquiz.views import number_text

        approx = f"{question.approx}; " if question.approx not in (None, "exact") else ""
        tol = _number(question.tolerance or 0)
        # As the choices write it: "10%", "46.3°C", "$25 million", "900 kilometers".
        amount = number_text(float(question.answer), question.unit or "", "exact")
        accepted = f"accepted within ±{tol}" if question.tolerance else "exactly"
        lines.append(f"   Answer: {amount.strip()}  ({approx}{accepted})")
    elif question.format == "open":
        lines.append(f"   Model answer: {answer}")
    else:
        lines.append(f"   Answer: {answer}")
    if question.accept:
        lines.append(f"   Also accepted: {', '.join(question.accept)}")
    ev = question.evidence
    lines.append(f"   Evidence: paragraph {ev.paragraph} — “{ev.quote}”")
    return lines


def render_text(qset: QuestionSet) -> str:
    """The whole set as plain text: a header, then every question."""
    n = len(qset.questions)
    lines = [
        qset.article_title,
        f"Article: {qset.article_id} · seed {qset.seed} · {n} question{'s' if n != 1 else ''}",
        "",
    ]
    for i, question in enumerate(qset.questions, 1):
        lines += question_text(i, question)
        lines.append("")
    return "\n".join(lines)


def run(
    opts: Options,
    *,
    article: str,
    fmt: str = "text",
    seed: int | None = None,
    count: int | None = None,
    types: list[str] | None = None,
    formats: list[str] | None = None,
) -> int:
    """Generate the question set of ARTICLE and print it to stdout.

    Returns:
        0; bad input raises a ReadquizError that cli.py reports with exit status 2.
    """
    _, qset = build_question_set(
        article, opts, seed=seed, count=count, types=types, formats=formats
    )
    if fmt == "json":
        click.echo(qset.to_json(), nl=False)
    else:
        click.echo(render_text(qset))
    return 0
