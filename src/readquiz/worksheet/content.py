"""What is printed on a handout: the header, the article, the questions.

Each function returns reportlab flowables for one version; :mod:`.build` strings them
together into one document, with the keys from :mod:`.key`.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from readquiz.article.model import Article
from readquiz.english.dates import format_date
from readquiz.questions.model import LETTERS, Question
from readquiz.worksheet.flowables import (
    AnswerBox,
    Block,
    ChoiceLine,
    NameLines,
    RuledLines,
    ScoreLine,
    TrueFalseLine,
    UrlLine,
)
from readquiz.worksheet.key import points_of, points_text, total_points, uniform_points
from readquiz.worksheet.styles import para, styles
from readquiz.worksheet.versions import Version

INSTRUCTIONS = (
    "Read the article carefully, then answer the questions that follow. Paragraph "
    "numbers are printed beside the article. For multiple-choice and true/false "
    "questions, fill in one bubble. Write other answers on the lines or in the box."
)
EXPLAIN = "Explain your answer, citing a paragraph number from the article."
_ANSWER_LINES = {"short": 2, "open": 5}
_EXPLAIN_LINES = 3


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
    if article.url:
        # the credit: where a reader finds the article; typed from paper, so unbroken
        story.append(UrlLine(article.url, size=st.meta.fontSize))
    questions = version.questions
    instructions = INSTRUCTIONS
    if uniform_points(questions) and questions:
        instructions += f" Each question is worth {points_text(points_of(questions[0]))}."
    story += [
        Spacer(1, 6),
        NameLines(),
        ScoreLine(total_points(questions)),
        para(instructions, st.instructions),
    ]
    story.append(para("Article", st.heading))
    for block in article.blocks:
        if block.heading:
            story.append(para(block.text, st.section))
        else:
            story.append(para(block.text, st.paragraph, bullet=str(block.number)))
    story.append(para("Questions", st.heading))
    show_points = not uniform_points(questions)
    for number, question in enumerate(questions, start=1):
        story.append(question_block(number, question, page_height, show_points=show_points))
    return story


def question_block(
    number: int, question: Question, page_height: float, *, show_points: bool = False
) -> Flowable:
    """One numbered question with its answer space, never split across pages.

    With ``show_points`` (the questions are not all worth the same) the stem ends
    with what this one is worth.
    """
    st = styles()
    worth = f" ({points_text(points_of(question))})" if show_points else ""
    parts: list[Flowable] = [para(question.prompt + worth, st.question, bullet=f"{number}.")]
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
