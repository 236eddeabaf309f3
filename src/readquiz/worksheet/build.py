"""Lay out the whole worksheet PDF: every version's handout, then every version's key.

All versions go into one document in one layout pass (fonts registered once), which
keeps a 30-version class set fast.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.platypus import Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import BaseDocTemplate

from readquiz.article.model import Article
from readquiz.questions.model import QuestionSet
from readquiz.worksheet import fonts
from readquiz.worksheet.content import handout
from readquiz.worksheet.key import across_versions, answer_key
from readquiz.worksheet.pages import Section, SectionCanvas, StartSection
from readquiz.worksheet.styles import MARGIN, PAPER
from readquiz.worksheet.versions import Version, make_versions


@dataclass(frozen=True)
class Layout:
    """What a caller asked for besides the questions."""

    versions: int = 1
    paper: str = "letter"
    key: bool = True
    remake: str = ""
    """The command that makes this worksheet again, printed on the key."""


@dataclass(frozen=True)
class Result:
    """What was written."""

    pages: int
    versions: list[Version]


def section_count(layout: Layout) -> int:
    """How many sections (handouts and keys) a layout has: the progress bar's total."""
    return layout.versions * (2 if layout.key else 1)


def render(
    article: Article,
    qset: QuestionSet,
    out: BinaryIO,
    layout: Layout,
    on_section: Callable[[], None] | None = None,
) -> Result:
    """Write the worksheet PDF to ``out``.

    Args:
        article: The article the questions are about.
        qset: The question set (version A's order).
        out: A binary file open for writing.
        layout: Versions, paper, whether to add keys, the remake command.
        on_section: Called as each handout or key starts (for a progress bar).

    Returns:
        The page count and the versions as printed.
    """
    fonts.register_fonts()
    versions = make_versions(qset, layout.versions)
    page_height = PAPER[layout.paper][1] - 2 * MARGIN
    width = PAPER[layout.paper][0] - 2 * MARGIN
    story: list[Flowable] = []
    for version in versions:
        section = Section(article.title, f"Version {version.label}")
        story.append(StartSection(section, odd=True, on_start=on_section))
        story += handout(article, version, page_height)
    if layout.key:
        if len(versions) > 1:
            # Before the keys, on a sheet of its own away from the handouts: the page
            # a teacher needs first when one question is discussed across versions.
            section = Section(article.title, "Answer keys · Questions across versions")
            story.append(StartSection(section, odd=True))
            story += across_versions(versions, width)
        for index, version in enumerate(versions):
            section = Section(article.title, f"Answer key · Version {version.label}")
            # The first key starts on a sheet of its own, away from the handouts.
            story.append(
                StartSection(section, odd=index == 0 and len(versions) == 1, on_start=on_section)
            )
            story += answer_key(version, layout.remake, qset.seed, page_height, width)
    doc = _document(out, article, qset, layout.paper)
    doc.build(story, canvasmaker=SectionCanvas)
    return Result(pages=doc.canv.page_count, versions=versions)


def _document(out: BinaryIO, article: Article, qset: QuestionSet, paper: str) -> BaseDocTemplate:
    size = PAPER[paper]
    doc = BaseDocTemplate(
        out,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        # invariant: a fixed creation date and an id computed from the content, so
        # the same article, questions and seed give the same bytes.
        invariant=1,
        initialFontName=fonts.REGULAR,
        title=f"{article.title} — worksheet",
        author="readquiz",
        subject=f"Reading-comprehension worksheet, seed {qset.seed}",
        creator="readquiz",
        producer="readquiz (reportlab)",
    )
    frame = Frame(
        MARGIN,
        MARGIN,
        size[0] - 2 * MARGIN,
        size[1] - 2 * MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc
