"""The answer keys a teacher grades from.

Per version: an answer grid at the top (1 B · 2 D · 3 T ... in a small table, read
across a stack of sheets at a glance), then every question with its shortened stem,
its answer and its evidence, then the command that prints the worksheet again. With
several versions, a table of where each question stands in every version, so one item
can be discussed across a class holding different versions.
"""

from __future__ import annotations

import math
import re
import shlex
from collections.abc import Sequence
from functools import cache

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from readquiz.questions.display import accepted_words, amount_words, answer_words, range_words
from readquiz.questions.model import LETTERS, Question
from readquiz.worksheet import fonts
from readquiz.worksheet.flowables import Block
from readquiz.worksheet.styles import markup, para, styles
from readquiz.worksheet.versions import Version

GRID_COLUMNS = 10
"""Questions per row of the answer grid: 10 keeps a cell wide enough for a word."""
STEM_CHARS = 100
"""A stem is shortened to this many characters on the key: enough to recognise it."""
GRID_CHARS = 18
"""A typed answer is shortened to this in the grid (the entry below gives it whole)."""
ACROSS_COLUMNS = 13
"""Versions per cross-version table; more versions continue in another table."""

GRID_PADDING = 3.0
MIN_GRID_SIZE = 6.0
RULE = Color(0.55, 0.55, 0.55)
SHADE = Color(0.92, 0.92, 0.92)


def clip(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


def points_of(question: Question) -> float:
    """What ``question`` is worth (1 unless the set file says otherwise)."""
    return float(question.points)


def points_text(value: float) -> str:
    """Points as a teacher writes them: "1 point", "2 points", "1.5 points"."""
    shown = str(int(value)) if float(value).is_integer() else f"{value:g}"
    return f"{shown} point" + ("" if value == 1 else "s")


def total_points(questions: Sequence[Question]) -> float:
    """The points of a whole sheet."""
    return sum(points_of(q) for q in questions)


def uniform_points(questions: Sequence[Question]) -> bool:
    """Whether every question is worth the same (then no question prints its points)."""
    return len({points_of(q) for q in questions}) <= 1


def grid_answer(question: Question) -> str:
    """The answer as the grid shows it: a letter, T or F, an amount, a short text."""
    if question.format == "choice" and question.answer_index is not None:
        return LETTERS[question.answer_index]
    if question.format == "truefalse":
        return question.answer_text[:1].upper()
    if question.format == "open":
        return "open"
    # The amount without "about": the grid is read at a glance; the entry says it all.
    return clip(_minus(amount_words(question)), GRID_CHARS)


def key_answer(question: Question) -> str:
    """The answer as the key prints it, in reportlab markup.

    Letter and text, the amount in words with the band it is graded within, or the
    answer with the others accepted (:mod:`readquiz.questions.display`'s words).
    """
    answer = markup(_minus(answer_words(question)))
    if question.format == "choice" and question.answer_index is not None:
        return f"<b>{LETTERS[question.answer_index]}</b>  {answer}"
    if question.format == "truefalse":
        return f"<b>{answer}</b>"
    if question.format == "open":
        return f"<i>Model answer:</i> {answer}"
    text = f"<b>{answer}</b>"
    band = range_words(question)
    if band:
        text += f"; accept {markup(_minus(band))}"
    accepted = accepted_words(question)
    if accepted:
        # A spaced dash, not "; ": punctuation touching a right-to-left word is
        # drawn on the wrong side of it by reportlab's word-level bidi.
        text += " — also accept: " + ", ".join(markup(a) for a in accepted)
    return text


def _minus(text: str) -> str:
    """Negative numbers with a true minus sign, as printed in the article (−12)."""
    return re.sub(r"(?<![\w-])-(?=\d)", "\u2212", text)


def answer_grid(questions: Sequence[Question], width: float) -> Table:
    """The answer grid: question numbers over their answers, ten to a row.

    With points that differ between questions, a third row gives each one's points.
    """
    st = styles()
    with_points = not uniform_points(questions)
    rows: list[list[Flowable | str]] = []
    shaded: list[int] = []
    for start in range(0, len(questions), GRID_COLUMNS):
        band = list(enumerate(questions[start : start + GRID_COLUMNS], start=start + 1))
        pad: list[Flowable | str] = [""] * (GRID_COLUMNS - len(band))
        shaded.append(len(rows))
        rows.append([para(str(n), st.grid_number) for n, _ in band] + pad)
        rows.append([_grid_cell(grid_answer(q), width / GRID_COLUMNS) for _, q in band] + pad)
        if with_points:
            rows.append([para(_short_points(points_of(q)), st.grid_points) for _, q in band] + pad)
    columns = min(GRID_COLUMNS, len(questions))
    table = Table(
        [row[:columns] for row in rows],
        colWidths=[width / GRID_COLUMNS] * columns,
        hAlign="LEFT",
    )
    commands: list[tuple[object, ...]] = [
        # Empty cells still set a font: DejaVu, so no unembedded Helvetica sneaks in.
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), GRID_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), GRID_PADDING),
    ]
    commands += [("BACKGROUND", (0, row), (-1, row), SHADE) for row in shaded]
    table.setStyle(TableStyle(commands))
    return table


def _grid_cell(text: str, cell_width: float) -> Paragraph:
    """A grid cell whose words are never broken: a long word is set smaller instead."""
    style = styles().grid_answer
    room = cell_width - 2 * GRID_PADDING
    widest = max(stringWidth(w, style.fontName, style.fontSize) for w in text.split() or [""])
    if widest > room:
        # Floored, with a hair to spare: reportlab breaks a word that fits exactly.
        size = max(MIN_GRID_SIZE, math.floor(style.fontSize * room / widest * 9.8) / 10)
        style = _grid_style(size)
    return para(text, style)


@cache
def _grid_style(size: float) -> ParagraphStyle:
    return ParagraphStyle(
        f"grid_answer-{size}", parent=styles().grid_answer, fontSize=size, leading=size * 1.2
    )


def _short_points(value: float) -> str:
    return (str(int(value)) if float(value).is_integer() else f"{value:g}") + " pt"


def command_lines(command: str, width: float, font: str, size: float) -> list[str]:
    """``command`` in lines no wider than ``width``, broken only between options.

    An option stays on one line with its value ("--seed 7"), so the command can be
    read off the page and typed again without guessing where a value belongs; a
    single option wider than the line stands on a line of its own.
    """
    # The program, command and article form the first group; each option opens one.
    groups: list[str] = []
    for word in shlex.split(command):
        quoted = shlex.quote(word)
        if groups and not word.startswith("-"):
            groups[-1] += " " + quoted
        else:
            groups.append(quoted)
    lines: list[str] = []
    for group in groups:
        joined = f"{lines[-1]} {group}" if lines else group
        if lines and stringWidth(joined, font, size) <= width:
            lines[-1] = joined
        else:
            lines.append(group)
    return lines


def _command(remake: str, seed: int, width: float) -> Paragraph:
    st = styles()
    style = st.key_command
    lines = command_lines(remake, width - style.leftIndent, style.fontName, style.fontSize)
    body = "<br/>".join(markup(line) for line in lines)
    return Paragraph(
        f"Seed {seed} — to print this worksheet again:<br/>{body}", style, bulletText=None
    )


def answer_key(
    version: Version, remake: str, seed: int, page_height: float, width: float
) -> list[Flowable]:
    """The key of one version, numbered and lettered exactly as it was printed.

    Args:
        version: The version the key belongs to.
        remake: The command that makes this worksheet again.
        seed: The seed of the question set.
        page_height: The height of the text area of a page.
        width: The width of the text area.

    Returns:
        The flowables of the key.
    """
    st = styles()
    questions = version.questions
    total = total_points(questions)
    summary = f"{len(questions)} questions · {points_text(total)} in all"
    story: list[Flowable] = [
        para(f"Answer key · Version {version.label}", st.title),
        para(summary, st.meta),
        answer_grid(questions, width),
        para("Answers and evidence", st.heading),
    ]
    show_points = not uniform_points(questions)
    for number, question in enumerate(questions, start=1):
        stem = clip(question.prompt, STEM_CHARS)
        if show_points:
            stem += f" ({points_text(points_of(question))})"
        evidence = question.evidence
        story.append(
            Block(
                [
                    para(stem, st.key_stem, bullet=f"{number}."),
                    para("", st.key_answer, prefix=key_answer(question)),
                    para(
                        f"Paragraph {evidence.paragraph}: “{evidence.quote}”",
                        st.key_evidence,
                    ),
                ],
                page_height,
            )
        )
    story.append(_command(remake, seed, width))
    return story


def across_versions(versions: Sequence[Version], width: float) -> list[Flowable]:
    """Where each question stands in every version: id and stem, then its numbers.

    Rows follow version A's order; the versions go across, in tables of up to
    :data:`ACROSS_COLUMNS` so that 30 versions still fit the page.
    """
    st = styles()
    first = versions[0].questions
    numbers = {v.label: {q.id: n for n, q in enumerate(v.questions, start=1)} for v in versions}
    story: list[Flowable] = [
        para("Questions across versions", st.title),
        para(
            "Each question's number in every version, to discuss one question with a "
            "class holding different versions.",
            st.meta,
        ),
    ]
    for start in range(0, len(versions), ACROSS_COLUMNS):
        chunk = versions[start : start + ACROSS_COLUMNS]
        column = 26.0
        first_width = width - column * len(chunk)
        header: list[Flowable | str] = [para("Question", st.grid_number)]
        header += [para(v.label, st.grid_number) for v in chunk]
        rows: list[list[Flowable | str]] = [header]
        for question in first:
            cell = para(clip(question.prompt, 80), st.across_stem, prefix=_id_markup(question))
            rows.append(
                [cell, *(para(str(numbers[v.label][question.id]), st.grid_answer) for v in chunk)]
            )
        table = Table(
            rows,
            colWidths=[first_width] + [column] * len(chunk),
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story.append(table)
    return story


def _id_markup(question: Question) -> str:
    return f'<font size="7.5" color="#555555">{markup(question.id)}</font><br/>'
