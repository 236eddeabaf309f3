"""Load an article file, reporting every problem as ``file:line:col: message``.

Three passes, each over the whole file so that ``readquiz check`` can list every
problem at once: safe YAML with positions (:mod:`readquiz.yamlsource`), the schema
(pydantic's errors rewritten for a teacher and placed at the key or value they are
about), then the rules a schema cannot express (:mod:`readquiz.article.rules`). The
:class:`~readquiz.article.model.Article` is built only from a file with no problems.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from readquiz.article.model import (
    Approx,
    Article,
    ArticleFile,
    Entity,
    EntityKind,
    Event,
    EvidenceFinder,
    NumberFact,
    Position,
    Stance,
    Term,
)
from readquiz.article.rules import check_rules, invalid_id
from readquiz.english.phrases import join_names
from readquiz.errors import ArticleError, Problem
from readquiz.messages import EXPECTED, closest, describe
from readquiz.yamlsource import Path_, SourceMap, load_yaml

EMPTY = "the file is empty; an article needs id, title and text"
_MODELS: dict[str, tuple[type[BaseModel], str]] = {
    "entities": (Entity, "an entity"),
    "events": (Event, "an event"),
    "numbers": (NumberFact, "a number"),
    "stances": (Stance, "a stance"),
    "vocabulary": (Term, "a vocabulary item"),
}
_ENUMS: dict[str, tuple[str, ...]] = {
    "kind": get_args(EntityKind),
    "approx": get_args(Approx),
    "position": get_args(Position),
}
_REFERENCES = {"where", "within", "holder", "voiced_by"}
"""Reference fields: a bad id there is reported as an unknown entity, with a suggestion."""
_UNIONEXPECTED = {
    "who": "an entity id or a list of entity ids",
    "part_of": "an entity id or a list of entity ids",
    "value": "a number",
}
"""What a field typed as a union accepts, said once instead of once per alternative."""


_SYNTAX_HINTS = (
    ("'\\t'", "indent with spaces, not tabs"),
    ("<block end>", "check the indentation of this line and the lines above"),
    ("could not find expected ':'", "a key needs a colon and a space after it ('key: value')"),
)
"""PyYAML's syntax messages speak of tokens; a teacher needs to know what to fix."""


def _with_hint(problem: Problem) -> Problem:
    if "\n" in problem.message:  # one problem, one line, whatever the parser wrote
        problem = replace(problem, message=" ".join(problem.message.split()))
    if not problem.message.startswith("YAML syntax error"):
        return problem
    for needle, hint in _SYNTAX_HINTS:
        if needle in problem.message:
            return replace(problem, message=f"{problem.message}; {hint}")
    return problem


def _model_at(path: Path_) -> tuple[type[BaseModel], str] | None:
    if not path:
        return ArticleFile, "an article"
    if len(path) == 2 and isinstance(path[0], str) and path[0] in _MODELS:
        return _MODELS[path[0]]
    return None


def _label(path: Path_) -> str:
    """How a message names the field at ``path``: "'title'", "item 2 of 'aliases'"."""
    if len(path) == 2 and path[0] == "entities":
        return f"entity '{path[1]}'"
    if path and isinstance(path[-1], int):
        parent = next((p for p in reversed(path) if isinstance(p, str)), "the list")
        return f"item {path[-1] + 1} of '{parent}'"
    return f"'{path[-1]}'" if path else "the file"


def _at(data: Any, path: Path_) -> Any:
    for part in path:
        data = data[part]
    return data


def _locate(data: Any, loc: tuple[int | str, ...], kind: str) -> tuple[Path_, bool] | None:
    """The data path a pydantic ``loc`` is about, and whether it went through a union.

    pydantic adds a segment naming the union member ('str', 'list[str]', 'int') to the
    loc of every alternative that failed; keep the alternative that matches the value's
    shape (a list goes with 'list[...]'), and report any other once, for the field.
    """
    path: list[int | str] = []
    node = data
    for i, part in enumerate(loc):
        if part == "[key]":
            return None  # entity keys are checked (with a better message) by the rules
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        elif i == len(loc) - 1 and kind == "missing":
            pass
        elif isinstance(part, str):  # the name of a union member
            if isinstance(node, list):
                if part.startswith("list"):
                    continue
                return None
            if part.startswith("list"):
                return None
            # every other alternative that fails a non-list value says the same: keep one
            return tuple(path), True
        else:
            return None
        path.append(part)
    return tuple(path), False


def _message(data: Any, path: Path_, err: Any, union: bool) -> str | None:
    """Pydantic's error ``err`` about ``data`` at ``path``, in words for a teacher.

    None when it is noise (another message, or a rule, already says it better).
    """
    kind = err["type"]
    field = path[-1] if path else ""
    value = None if kind == "missing" else _at(data, path)
    label = _label(path)
    if kind == "extra_forbidden":
        model = _model_at(path[:-1])
        allowed = list(model[0].model_fields) if model else []
        close = closest(str(field), allowed)
        hint = f"did you mean '{close}'?" if close else f"use one of: {', '.join(allowed)}"
        return f"unknown key {field!r} ({hint})"
    if kind == "missing":
        model = _model_at(path[:-1])
        if model is None:
            return f"missing key '{field}'"
        fields = list(model[0].model_fields)
        parent = _at(data, path[:-1])
        if any(closest(str(k), fields) == field for k in parent if k not in fields):
            return None  # "unknown key 'nmae' (did you mean 'name'?)" already says it
        needed = [n for n, f in model[0].model_fields.items() if f.is_required()]
        return f"missing key '{field}': {model[1]} needs {join_names(needed)}"
    if union and isinstance(field, str) and field in _UNIONEXPECTED:
        hint = _number_hint(value) if field == "value" else ""
        return f"{label} must be {_UNIONEXPECTED[field]}, not {describe(value)}{hint}"
    if kind == "literal_error" and field in _ENUMS:
        shown = f"'{value}'" if isinstance(value, str) else describe(value)
        return f"unknown {field} {shown} (use one of: {', '.join(_ENUMS[str(field)])})"
    if kind == "string_pattern_mismatch":
        return None if field in _REFERENCES else invalid_id(value)
    if kind == "string_too_short":
        return f"{label} must not be empty"
    if kind in ("greater_than_equal", "less_than_equal") and field == "grade":
        low, high = _grade_range()
        return f"'grade' must be a reading grade from {low} to {high}, not {describe(value)}"
    if kind.startswith("date"):
        return f"{label} must be a date like 2020-01-05, not {describe(value)}"
    if kind in EXPECTED:
        expected = EXPECTED[kind]
        quoted = expected == "text" and isinstance(value, int | float | dt.date)
        hint = " (put it in quotes)" if quoted else ""
        return f"{label} must be {expected}, not {describe(value)}{hint}"
    return f"{label}: {err['msg']}"


def _number_hint(value: Any) -> str:
    """How to write a number given as text: "use 1200000", "remove the quotes"."""
    if not isinstance(value, str):
        return ""
    from readquiz.article.numtext import plain_number

    plain = plain_number(value)
    if plain is None:
        return " (write the number in plain units, like 1200000 for 1.2 million)"
    if re.fullmatch(r"\s*-?\d+(?:\.\d+)?\s*", value):
        return f" (remove the quotes: value: {plain})"
    return f" (use {plain}, in plain units; approx and unit go in their own keys)"


def _grade_range() -> tuple[int, int]:
    metadata = ArticleFile.model_fields["grade"].metadata
    low = next(m.ge for m in metadata if hasattr(m, "ge"))
    high = next(m.le for m in metadata if hasattr(m, "le"))
    return low, high


def schema_problems(data: dict[Any, Any], source: SourceMap) -> list[Problem]:
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
    try:
        ArticleFile.model_validate(data)
    except ValidationError as err:
        for error in err.errors():
            located = _locate(data, error["loc"], error["type"])
            if located is None:
                continue
            path, union = located
            message = _message(data, path, error, union)
            if message is None:
                continue
            key = error["type"] == "extra_forbidden"
            target = path[:-1] if error["type"] == "missing" else path
            problems.append(source.problem(target, message, key=key or error["type"] == "missing"))
    return problems


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
    file = str(path)
    doc = load_yaml(path)
    problems = [_with_hint(p) for p in doc.problems]
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
    found = schema_problems(doc.data, doc.source) + check_rules(doc.data, doc.source, finder)
    problems += [p for p in found if (p.line, p.col) not in taken]
    if problems:
        return None, _sorted(problems)
    try:
        return Article.build(doc.data, file, finder), []
    except (ValidationError, ValueError) as err:  # a rule above is missing: still no traceback
        first = str(err).splitlines()[0]
        return None, [Problem(file, 1, 1, f"could not load the article: {first}")]


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
