"""What is printed: a handout (header, article, questions) and its answer key.

Each function returns reportlab flowables for one version; :mod:`.build` strings them
together into one document.
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, Spacer

from readquiz.article.model import Article
from readquiz.questions.model import LETTERS, Question
from readquiz.worksheet.flowables import (
    AnswerBox,
    Block,
    ChoiceLine,
    NameLines,
    RuledLines,
    TrueFalseLine,
)
from readquiz.worksheet.styles import markup, para, styles
from readquiz.worksheet.versions import Version

INSTRUCTIONS = (
    "Read the article carefully, then answer the questions that follow. Paragraph "
    "numbers are printed beside the article. For multiple-choice and true/false "
    "questions, fill in one bubble. Write other answers on the lines or in the box."
)
EXPLAIN = "Explain your answer, citing a paragraph number from the article."
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ANSWER_LINES = {"short": 2, "open": 5}
_EXPLAIN_LINES = 3


def format_date(day: dt.date) -> str:
    """A date as teachers write it, independent of the locale: "January 5, 2020"."""
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _meta_line(article: Article) -> str:
    parts = []
    if article.source:
        parts.append(article.source)
    if article.published:
        parts.append(format_date(article.published))
    if article.grade:
        parts.append(f"Grade {article.grade}")
    return " · ".join(parts)


def handout(article: Article, version: Version, page_height: float) -> list[Flowable]:
    """Page 1's header, the article with numbered paragraphs, then the questions.

    Args:
        article: The article.
        version: The version to print (questions and choices in printed order).
        page_height: The height of the text area of a page.

    Returns:
        The flowables of the handout.
    """
    st = styles()
    story: list[Flowable] = [para(article.title, st.title)]
    meta = _meta_line(article)
    if meta:
        story.append(para(meta, st.meta))
    story += [Spacer(1, 6), NameLines(), para(INSTRUCTIONS, st.instructions)]
    story.append(para("Article", st.heading))
    for block in article.blocks:
        if block.heading:
            story.append(para(block.text, st.section))
        else:
            story.append(para(block.text, st.paragraph, bullet=str(block.number)))
    story.append(para("Questions", st.heading))
    for number, question in enumerate(version.questions, start=1):
        story.append(question_block(number, question, page_height))
    return story


def question_block(number: int, question: Question, page_height: float) -> Flowable:
    """One numbered question with its answer space, never split across pages."""
    st = styles()
    parts: list[Flowable] = [para(question.prompt, st.question, bullet=f"{number}.")]
    if question.format == "choice" and question.choices:
        parts += [
            ChoiceLine(letter, para(choice, st.choice, rtl_right=False))
            for letter, choice in zip(LETTERS, question.choices, strict=False)
        ]
    elif question.format == "truefalse":
        parts.append(TrueFalseLine())
    elif question.format == "numeric":
        parts.append(AnswerBox(question.unit))
    else:
        parts.append(RuledLines(_ANSWER_LINES.get(question.format, 2)))
    if question.type == "stance" and question.format in ("choice", "truefalse", "short"):
        parts += [para(EXPLAIN, st.prompt_note), RuledLines(_EXPLAIN_LINES)]
    parts.append(Spacer(1, 10))
    return Block(parts, page_height)


def key_answer(question: Question) -> str:
    """The answer as the key prints it, in reportlab markup.

    Letter and text, value and unit, or the accepted answers.
    """
    answer = markup(_minus(question.answer_text))
    if question.format == "choice" and question.answer_index is not None:
        return f"<b>{LETTERS[question.answer_index]}</b>  {answer}"
    if question.format == "truefalse":
        return f"<b>{answer}</b>"
    if question.format == "numeric":
        text = f"<b>{answer}</b>"
        if question.unit:
            text += f" {markup(question.unit)}"
        if question.approx and question.approx != "exact":
            text += f" ({markup(question.approx)})"
        if question.tolerance and isinstance(question.answer, int | float):
            low = _number(question.answer - question.tolerance)
            high = _number(question.answer + question.tolerance)
            text += f"; accept {low} to {high}"
        return text
    if question.format == "open":
        return f"<i>Model answer:</i> {answer}"
    text = f"<b>{answer}</b>"
    if question.accept:
        # A spaced dash, not "; ": punctuation touching a right-to-left word is
        # drawn on the wrong side of it by reportlab's word-level bidi.
        text += " — also accept: " + ", ".join(markup(a) for a in question.accept)
    return text


def _number(value: float) -> str:
    return _minus(str(int(value)) if float(value).is_integer() else f"{value:g}")


def _minus(text: str) -> str:
    """A negative number with a true minus sign, as printed in the article (−12)."""
    return "\u2212" + text[1:] if text[:1] == "-" and text[1:2].isdigit() else text


def answer_key(version: Version, remake: str, seed: int, page_height: float) -> list[Flowable]:
    """The key of one version, numbered and lettered exactly as it was printed.

    Args:
        version: The version the key belongs to.
        remake: The command that makes this worksheet again.
        seed: The seed of the question set.
        page_height: The height of the text area of a page.

    Returns:
        The flowables of the key.
    """
    st = styles()
    story: list[Flowable] = [
        para(f"Answer key · Version {version.label}", st.title),
        para(f"Seed {seed} — to print this worksheet again: {remake}", st.meta),
    ]
    for number, question in enumerate(version.questions, start=1):
        evidence = question.evidence
        story.append(
            Block(
                [
                    para("", st.key_answer, prefix=key_answer(question), bullet=f"{number}."),
                    para(
                        f"Paragraph {evidence.paragraph}: “{evidence.quote}”",
                        st.key_evidence,
                    ),
                ],
                page_height,
            )
        )
    return story
