"""The rules a question-set file obeys, each broken rule one ``file:line:col`` problem.

Beyond the shape (setfile's models): the article is found and its text is the one the
set was made from; ids are unique; a choice question has 3 to 5 distinct choices and
its answer is one of them; a true/false answer is True or False; a numeric answer is a
number; only choice and true/false questions have choices; every quote is in the
article (in the paragraph given, when one is).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from readquiz.article.evidence import find_quote
from readquiz.errors import Problem
from readquiz.messages import shorten
from readquiz.questions.model import Question, QuestionSet
from readquiz.questions.setfile import (
    MAX_CHOICES,
    MIN_CHOICES,
    TRUE_FALSE,
    LoadedSet,
    SetQuestion,
    SetRoot,
    question_from,
    suggestion,
    text_hash,
)
from readquiz.textmatch import fold, squash_spaces

if TYPE_CHECKING:
    from readquiz.article.model import Article
    from readquiz.yamlsource import SourceMap

Path_ = tuple[str | int, ...]


class SetChecker:
    """Checks one parsed set file against its article; collects every problem."""

    def __init__(self, path: Path, root: SetRoot, source: SourceMap) -> None:
        self.path = path
        self.root = root
        self.source = source
        self.problems: list[Problem] = []

    def problem(self, path: Path_, message: str, *, key: bool = False) -> None:
        """Record a problem at the value (or key) at ``path``."""
        self.problems.append(self.source.problem(path, message, key=key))

    def run(self) -> LoadedSet | None:
        """Check everything; the loaded set when nothing is wrong."""
        article = self.article()
        questions: list[Question] = []
        first_at: dict[str, int] = {}
        for i, q in enumerate(self.root.questions):
            at = ("questions", i)
            if q.id in first_at:
                line, _ = self.source.where(("questions", first_at[q.id], "id"))
                self.problem(
                    (*at, "id"),
                    f"duplicate question id {q.id!r} (first at line {line}); "
                    "give each question its own id",
                )
            else:
                first_at[q.id] = i
            self.shape(at, q)
            paragraph = self.evidence(at, q, article) if article is not None else None
            if paragraph is not None:
                questions.append(question_from(q, paragraph))
        if article is None or self.problems:
            return None
        ref = self.root.article
        qset = QuestionSet(ref.id, ref.title, self.root.seed or 0, questions)
        return LoadedSet(self.path, article, qset)

    # ------------------------------------------------------------ the article

    def article(self) -> Article | None:
        """The set's article, loaded and checked against the recorded hash."""
        from readquiz import resources
        from readquiz.article.loader import check_article

        ref = self.root.article
        if ref.path is not None:
            file = Path(os.path.normpath(self.path.parent / ref.path))
            if not file.is_file():
                self.problem(
                    ("article", "path"),
                    f"no article file at {file} (a path is relative to the set file's "
                    "folder); correct the path",
                )
                return None
        else:
            bundled = resources.bundled_article(ref.id)
            if bundled is None:
                self.problem(
                    ("article", "id"),
                    f"no bundled article {ref.id!r}; give the article file under "
                    "article: as path: (relative to this file)",
                )
                return None
            file = bundled
        article, problems = check_article(file)
        if article is None:
            self.problems += problems
            return None
        if article.id != ref.id:
            self.problem(
                ("article", "id"),
                f"the set is for article {ref.id!r} but {file} is article {article.id!r}",
            )
        now = text_hash(article.text)
        if now != ref.hash:
            self.problem(
                ("article", "hash"),
                f"the text of {file} has changed since this set was made; check every "
                f"question against the article, then set hash: {now} "
                "(or make a new set with readquiz generate)",
            )
        return article

    # ------------------------------------------------------------ one question

    def shape(self, at: Path_, q: SetQuestion) -> None:
        """Choices and answer fit the format."""
        answer = q.answer
        if q.format in ("choice", "truefalse"):
            self.choices(at, q)
        elif q.choices is not None:
            self.problem(
                (*at, "choices"),
                f"a {q.format} question has no choices; remove them, or set format: choice",
                key=True,
            )
        if q.format == "numeric":
            if isinstance(answer, str):
                self.problem(
                    (*at, "answer"),
                    f"the answer of a numeric question must be a number, not "
                    f'"{shorten(answer, 40)}" (write it in plain units: 1.8 million is 1800000)',
                )
        elif not str(answer).strip():
            self.problem((*at, "answer"), "the answer must not be empty")

    def choices(self, at: Path_, q: SetQuestion) -> None:
        """A choice question's 3-5 distinct choices hold its answer; true/false's are fixed."""
        answer = str(q.answer)
        if q.format == "truefalse":
            if q.choices is not None and q.choices != TRUE_FALSE:
                self.problem((*at, "choices"), "a truefalse question's choices are [True, False]")
            if answer not in TRUE_FALSE:
                self.problem(
                    (*at, "answer"),
                    f'the answer of a truefalse question is True or False, not "{answer}"',
                )
            return
        if q.choices is None:
            self.problem(at, f"a choice question needs choices: ({MIN_CHOICES} to {MAX_CHOICES})")
            return
        n = len(q.choices)
        if n < MIN_CHOICES:
            self.problem(
                (*at, "choices"),
                f"a choice question has {MIN_CHOICES} to {MAX_CHOICES} choices, not {n}; "
                f"add {MIN_CHOICES - n}",
            )
        elif n > MAX_CHOICES:
            self.problem(
                (*at, "choices"),
                f"a choice question has {MIN_CHOICES} to {MAX_CHOICES} choices (lettered "
                f"A-E), not {n}; remove {n - MAX_CHOICES}",
            )
        seen: dict[str, int] = {}
        for j, choice in enumerate(q.choices):
            folded = fold(squash_spaces(choice))
            if not folded:
                self.problem((*at, "choices", j), "a choice must not be empty")
            elif folded in seen:
                self.problem(
                    (*at, "choices", j),
                    f'choice "{shorten(choice, 40)}" is listed twice; make each choice different',
                )
            seen.setdefault(folded, j)
        if answer not in q.choices:
            self.problem(
                (*at, "answer"),
                f'the answer "{shorten(answer, 40)}" is not among the choices'
                + suggestion(answer, q.choices)
                + "; write it exactly as one of them",
            )

    def evidence(self, at: Path_, q: SetQuestion, article: Article) -> int | None:
        """The evidence paragraph: where the quote is (the one given, if it is there)."""
        found = [p.number for p in article.paragraphs if find_quote([p], q.evidence.quote)]
        where = (*at, "evidence", "quote")
        if not found:
            self.problem(
                where,
                f'the quote "{shorten(q.evidence.quote, 50)}" is not in the article '
                f"{article.id!r}; copy the words from its text",
            )
            return None
        given = q.evidence.paragraph
        if given is None:
            return found[0]
        if given not in found:
            count = len(article.paragraphs)
            if given > count:
                said = f"the article has {count} paragraphs"
            else:
                said = f"the quote is not in paragraph {given}"
            self.problem(
                (*at, "evidence", "paragraph"),
                f"{said}; it is in paragraph {found[0]} (write paragraph: {found[0]}, "
                "or leave paragraph out)",
            )
            return None
        return given
