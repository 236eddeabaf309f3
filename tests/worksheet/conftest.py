"""Fixtures for the worksheet tests.

Fixed articles and question sets, rendered PDFs and their text, page by page.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest

from readquiz.article.loader import load_article
from readquiz.article.model import Article
from readquiz.questions.model import QuestionSet
from readquiz.worksheet.build import Layout, Result, render

FIXTURES = Path(__file__).parent / "fixtures"
FOOTER = re.compile(
    r"(?:(Answer key · )?Version ([A-Z]+)|(Answer keys · Questions across versions))"
    r" · Page (\d+) of (\d+)"
)
CORNER = re.compile(r"(Answer key · )?Version [A-Z]+|Answer keys · Questions across versions")


def article(name: str) -> Article:
    """A fixture article, loaded as `readquiz check` loads it."""
    return load_article(FIXTURES / f"{name}.yaml")


def questions(name: str) -> QuestionSet:
    """A fixed question set (so these tests do not move when the engine changes)."""
    return QuestionSet.from_json((FIXTURES / f"{name}.questions.json").read_text("utf-8"))


def flat(text: str) -> str:
    """Text compared as a reader sees it.

    Arabic presentation forms folded back to letters (NFKC), bidi marks dropped,
    whitespace runs as one space.
    """
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[\u200e\u200f\u202a-\u202e]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def squash(text: str) -> str:
    """:func:`flat` without any whitespace at all."""
    return re.sub(r"\s+", "", flat(text))


@dataclass
class Pdf:
    """A rendered worksheet: its file, what render returned, and its pages' text."""

    path: Path
    result: Result
    pages: list[str]

    @property
    def reader(self) -> pypdf.PdfReader:
        """The PDF opened with pypdf."""
        return pypdf.PdfReader(self.path)

    def footer(self, index: int) -> tuple[str, str, int, int] | None:
        """(kind, version, n, m) from page ``index``'s footer; None for a blank page.

        kind is "handout", "key" or "across" (the cross-version table, version "").
        """
        found = FOOTER.search(self.pages[index])
        if found is None:
            return None
        kind = "across" if found.group(3) else "key" if found.group(1) else "handout"
        return kind, found.group(2) or "", int(found.group(4)), int(found.group(5))

    def section_pages(self, kind: str, label: str) -> list[str]:
        """The text of every page of one handout or one key, in order.

        Each page's corner label and footer are left out.
        """
        return [
            _body(text)
            for i, text in enumerate(self.pages)
            if (f := self.footer(i)) is not None and f[0] == kind and f[1] == label
        ]


def _body(text: str) -> str:
    """A page's text without its furniture.

    pypdf gives the corner label, the footer's right part and the footer's title as
    the last three lines; they are dropped.
    """
    lines = text.rstrip("\n").split("\n")
    assert FOOTER.fullmatch(lines[-2]), lines[-3:]
    assert CORNER.fullmatch(lines[-3]), lines[-3:]
    return "\n".join(lines[:-3])


Make = Callable[..., Pdf]


@pytest.fixture
def make_pdf(tmp_path: Path) -> Make:
    """Render a fixture's worksheet into tmp_path and extract its text."""

    def make(name: str = "harbour-bridge", **layout: object) -> Pdf:
        layout.setdefault("remake", f"readquiz worksheet {name}")
        path = tmp_path / f"{name}-{len(list(tmp_path.iterdir()))}.pdf"
        with path.open("wb") as handle:
            result = render(article(name), questions(name), handle, Layout(**layout))  # type: ignore[arg-type]
        pages = [page.extract_text() for page in pypdf.PdfReader(path).pages]
        return Pdf(path, result, pages)

    return make
