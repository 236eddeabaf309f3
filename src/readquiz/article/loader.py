"""Load an article file, reporting every problem as ``file:line:col: message``.

Three passes, each over the whole file so that ``readquiz check`` can list every
problem at once: safe YAML with positions (:mod:`readquiz.yamlsource`), the schema
(pydantic's errors rewritten for a teacher and placed at the key or value they are
about), then the rules a schema cannot express (:mod:`readquiz.article.rules`). The
:class:`~readquiz.article.model.Article` is built only from a file with no problems.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from readquiz.article.evidence import EvidenceFinder
from readquiz.article.model import (
    Article,
    ArticleFile,
    Entity,
    Event,
    NumberFact,
    Stance,
    Term,
)
from readquiz.article.rules import check_rules
from readquiz.errors import ArticleError, Problem
from readquiz.messages import Schema, describe, schema_problems, with_hint
from readquiz.yamlsource import SourceMap, YamlDocument, load_yaml

EMPTY = "the file is empty; an article needs id, title and text"
ARTICLE_SCHEMA = Schema(
    root=ArticleFile,
    root_name="an article",
    sections={
        "entities": (Entity, "an entity"),
        "events": (Event, "an event"),
        "numbers": (NumberFact, "a number"),
        "stances": (Stance, "a stance"),
        "vocabulary": (Term, "a vocabulary item"),
    },
    keyed={"entities": "entity"},
    unions={
        "who": "an entity id or a list of entity ids",
        "part_of": "an entity id or a list of entity ids",
        "value": "a number",
    },
    # a bad id there is reported as an unknown entity, with a suggestion, by the rules
    references=frozenset({"where", "within", "holder", "voiced_by"}),
    ranges={"grade": "a reading grade"},
)
"""The article format, as its messages name it."""


def article_schema_problems(data: dict[Any, Any], source: SourceMap) -> list[Problem]:
    """The schema's problems with ``data``, in words for a teacher, at their places."""
    problems: list[Problem] = []
    published = data.get("published")
    if isinstance(published, int | float) and not isinstance(published, bool):
        # pydantic would read a bare number as seconds since 1970; no teacher means that
        problems.append(
            source.problem(
                ("published",),
                f"'published' must be a date like 2020-01-05, not {describe(published)}",
            )
        )
        data = {**data, "published": None}
    return problems + _with_number_hints(
        schema_problems(ARTICLE_SCHEMA, data, source), data, source
    )


def _with_number_hints(
    problems: list[Problem], data: dict[Any, Any], source: SourceMap
) -> list[Problem]:
    """A number's ``value`` written as text: say the plain number to write instead."""
    numbers = data.get("numbers")
    hints: dict[tuple[int, int], str] = {}
    for i, item in enumerate(numbers if isinstance(numbers, list) else []):
        if isinstance(item, dict) and isinstance(item.get("value"), str):
            hints[source.where(("numbers", i, "value"))] = _number_hint(item["value"])
    return [
        replace(p, message=p.message + hints[(p.line, p.col)])
        if (p.line, p.col) in hints and "'value'" in p.message
        else p
        for p in problems
    ]


def _number_hint(value: str) -> str:
    """How to write a number given as text: "use 1200000", "remove the quotes"."""
    from readquiz.article.numtext import plain_number

    plain = plain_number(value)
    if plain is None:
        return " (write the number in plain units, like 1200000 for 1.2 million)"
    if re.fullmatch(r"\s*-?\d+(?:\.\d+)?\s*", value):
        return f" (remove the quotes: value: {plain})"
    return f" (use {plain}, in plain units; approx and unit go in their own keys)"


def _sorted(problems: list[Problem]) -> list[Problem]:
    unique = list(dict.fromkeys(problems))
    return sorted(unique, key=lambda p: (p.line, p.col))


def check_article(path: Path) -> tuple[Article | None, list[Problem]]:
    """Check an article file and report every problem in it (``readquiz check``).

    Args:
        path: The article file.

    Returns:
        The Article and an empty list when the file is clean; else None and every
        problem found, sorted by line and column.
    """
    path = Path(path)
    return _checked(load_yaml(path), str(path))


def _checked(doc: YamlDocument, file: str) -> tuple[Article | None, list[Problem]]:
    """:func:`check_article` of the parsed file ``doc``."""
    problems = [with_hint(p) for p in doc.problems]
    if doc.data is None:
        return None, _sorted(problems or [Problem(file, 1, 1, EMPTY)])
    if not isinstance(doc.data, dict):
        problems.append(
            doc.source.problem(
                (),
                "an article file must be a mapping of keys "
                f"(id:, title:, text:, ...), not {describe(doc.data)}",
            )
        )
        return None, _sorted(problems)
    # a value yamlsource refused (a tag, a recursive alias) reads as empty: say it once
    taken = {(p.line, p.col) for p in problems}
    text = doc.data.get("text")
    finder = EvidenceFinder(text) if isinstance(text, str) else None
    found = article_schema_problems(doc.data, doc.source)
    found += check_rules(doc.data, doc.source, finder)
    problems += [p for p in found if (p.line, p.col) not in taken]
    if problems:
        return None, _sorted(problems)
    try:
        return Article.build(doc.data, file, finder), []
    except (ValidationError, ValueError) as err:  # a rule above is missing: still no traceback
        first = str(err).splitlines()[0]
        return None, [Problem(file, 1, 1, f"could not load the article: {first}")]


def build_checked(doc: YamlDocument, file: str, finder: EvidenceFinder) -> Article:
    """The Article of a parsed file that :func:`readquiz.article.precheck.precheck` passed.

    ``finder`` searched its text for the rules already. Should the models refuse it
    after all, the file is checked in full, so the problems read as :func:`load_article`
    reports them.

    Raises:
        ArticleError: with every problem in the file.
    """
    try:
        return Article.build(doc.data, file, finder)
    except (ValidationError, ValueError):
        pass
    article, problems = _checked(doc, file)
    if article is None:
        raise ArticleError(problems)
    return article


def load_article(path: Path) -> Article:
    """Load an article file, for the commands that use one.

    Raises:
        ArticleError: with every problem in the file.
    """
    article, problems = check_article(path)
    if article is None:
        raise ArticleError(problems)
    return article


def check_articles(paths: Iterable[Path]) -> dict[Path, list[Problem]]:
    """The problems of each of ``paths`` (an empty list for a clean file), in order."""
    return {path: check_article(path)[1] for path in paths}
