"""``readquiz generate``: an article's questions as text, or as a question-set file.

``--format json`` and ``--format yaml`` write the question-set file (the JSON
contract plus the set's version and the article's hash: setfile.py) to stdout, or
with ``-o FILE`` atomically into FILE. The text form is for a teacher reading the
question bank. Diagnostics only ever go to stderr (cli.py prints errors).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from readquiz import collector
from readquiz.cli.options import Options, Selection, build_question_set
from readquiz.errors import ReadquizError
from readquiz.questions.display import amount_words, answer_words, range_words
from readquiz.questions.model import BOUNDS, LETTERS

if TYPE_CHECKING:
    from readquiz.questions.model import Question, QuestionSet


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
    elif question.format == "numeric" or not isinstance(question.answer, str):
        # In words, as the choices write them: "more than 900 kilometers", "46.3°C".
        band = range_words(question)
        if band:
            accepted = f"accept {band}"
        elif question.approx in BOUNDS:
            # a bound is typed as the article states it: "more than 900 km" -> 900
            accepted = f"accept {amount_words(question)}, the figure as stated"
        else:
            accepted = "exactly"
        lines.append(f"   Answer: {answer_words(question)}  ({accepted})")
    elif question.format == "open":
        lines.append(f"   Model answer: {answer_words(question)}")
    else:
        lines.append(f"   Answer: {answer_words(question)}")
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


SUFFIXES = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".txt": "text"}
"""The format an output file's extension asks for."""


def output_format(fmt: str | None, output: Path | None) -> str:
    """--format, else the format -o's extension names, else text.

    Raises:
        ReadquizError: --format and the extension of -o disagree.
    """
    implied = SUFFIXES.get(output.suffix.lower()) if output is not None else None
    if fmt is None:
        return implied or "text"
    if output is not None and implied is not None and implied != fmt:
        raise ReadquizError(
            f"-o {output} looks like {implied} but --format is {fmt}; "
            f"name the file {output.with_suffix('.' + fmt if fmt != 'text' else '.txt')}"
        )
    return fmt


def run(
    opts: Options, selection: Selection, *, fmt: str | None = None, output: Path | None = None
) -> int:
    """Generate the question set of ARTICLE and print it, or write it to ``output``.

    Returns:
        0; bad input raises a ReadquizError that cli.py reports with exit status 2.
    """
    fmt = output_format(fmt, output)
    # What is made up to the set (modules, models, templates, the article's facts) is
    # kept to the end of this short-lived command: the cycle collector, held off, does
    # not walk it again and again as it piles up (as the quiz up to its first screen).
    collector.hold()
    try:
        loaded, qset = build_question_set(opts, selection)
    finally:
        collector.release()
    if fmt == "text":
        text = render_text(qset) + "\n"
    else:
        from readquiz.questions.setfile import render_set, set_dict

        text = render_set(set_dict(qset, loaded, output), fmt)
    if output is None:
        click.echo(text, nl=False)
        return 0
    from readquiz.output import atomic_output

    with atomic_output(output) as handle:
        handle.write(text.encode("utf-8"))
    n = len(qset.questions)
    click.echo(f"Wrote {output} ({n} question{'s' if n != 1 else ''}, seed {qset.seed})")
    return 0
