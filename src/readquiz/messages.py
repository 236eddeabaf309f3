"""The one vocabulary for problems in files people write: pydantic's errors in plain words.

Articles, templates (and any other file format validated by a pydantic model) report
their schema problems through :func:`schema_problems`, so the same mistake reads the
same everywhere: an unknown key suggests the key meant, a missing key lists what the
item needs, a bad id says what an id looks like. A format describes itself with a
:class:`Schema` (its models and the few words only it can give).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from readquiz.errors import Problem
from readquiz.textmatch import slug
from readquiz.yamlsource import Path_, SourceMap

if TYPE_CHECKING:
    # pydantic only where a schema is checked: the article rules use the helpers here
    # before the quiz's first screen, which pydantic would delay by a tenth of a second.
    from pydantic import BaseModel
    from pydantic_core import ErrorDetails

EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "a mapping of keys",
    "model_type": "a mapping of keys",
    "model_attributes_type": "a mapping of keys",
    "date_type": "a date like 2020-01-05",
    "date_from_datetime_parsing": "a date like 2020-01-05",
    "date_parsing": "a date like 2020-01-05",
}
"""What a field of each pydantic type error expects, in words for a teacher."""

ID_HINT = "ids are lowercase slugs like 'karachi' or 'border-length'"

_SHOWN = 70
"""Longest text repeated in full in a message; longer ones are cut with an ellipsis."""

_SYNTAX_HINTS = (
    ("'\\t'", "indent with spaces, not tabs"),
    ("<block end>", "check the indentation of this line and the lines above"),
    ("could not find expected ':'", "a key needs a colon and a space after it ('key: value')"),
)
"""PyYAML's syntax messages speak of tokens; a teacher needs to know what to fix."""


def shorten(text: str, limit: int = _SHOWN) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = re.sub(r"\s+", " ", text).strip()
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def describe(value: Any) -> str:
    """A value as a teacher would name it: 'the text "nine"', 'a list', 'empty'."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"the yes/no value {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, dt.datetime):
        return f"the date and time {value.isoformat(' ')}"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    if isinstance(value, str):
        return f'the text "{shorten(value, 40)}"'
    return "a list" if isinstance(value, list) else "a mapping"


def closest(word: str, choices: list[str]) -> str | None:
    """The choice ``word`` was most likely a typo of, if any is close."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return close[0] if close else None


def invalid_id(value: Any) -> str:
    """The message for a value that is not a valid id, with a suggestion."""
    # shortened: a value may span lines (a key moved under another), a message never does
    shown = f"'{shorten(value, 40)}'" if isinstance(value, str) else str(value)
    better = slug(str(value))
    hint = f" (try '{better}')" if better and better != value else ""
    return f"{shown} is not a valid id: {ID_HINT}{hint}"


def with_hint(problem: Problem) -> Problem:
    """A YAML syntax problem on one line, with what to fix when PyYAML only names a token."""
    if "\n" in problem.message:  # one problem, one line, whatever the parser wrote
        problem = replace(problem, message=" ".join(problem.message.split()))
    if not problem.message.startswith("YAML syntax error"):
        return problem
    for needle, hint in _SYNTAX_HINTS:
        if needle in problem.message:
            return replace(problem, message=f"{problem.message}; {hint}")
    return problem


@dataclass(frozen=True)
class Schema:
    """A file format as its messages need it: its models, and the words only it can give."""

    root: type[BaseModel]
    """The model of the data being validated."""
    root_name: str
    """The root named with its article ("an article", "a template")."""
    sections: Mapping[str, tuple[type[BaseModel], str]] = field(default_factory=dict)
    """Root key -> the model of each of its items and its name ("events": Event, "an event")."""
    keyed: Mapping[str, str] = field(default_factory=dict)
    """Sections whose items are keyed by id -> how one is named ("entities": "entity")."""
    unions: Mapping[str, str] = field(default_factory=dict)
    """Fields typed as a union -> what they accept, said once instead of once per member."""
    references: frozenset[str] = frozenset()
    """Fields that name an item by id; a rule reports a bad one, with a suggestion."""
    items: Mapping[str, str] = field(default_factory=dict)
    """Lists of names -> how one item is named ("formats": "format")."""
    ranges: Mapping[str, str] = field(default_factory=dict)
    """Bounded number fields -> what they are ("grade": "a reading grade")."""

    def model_at(self, path: Path_) -> tuple[type[BaseModel], str] | None:
        """The model (and its name) of the mapping at ``path``, if it is one."""
        if not path:
            return self.root, self.root_name
        if len(path) == 2 and isinstance(path[0], str) and path[0] in self.sections:
            return self.sections[path[0]]
        return None

    def label(self, path: Path_) -> str:
        """How a message names the field at ``path``: "'title'", "item 2 of 'aliases'"."""
        if len(path) == 2 and isinstance(path[0], str) and path[0] in self.keyed:
            return f"{self.keyed[path[0]]} '{path[1]}'"
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
            return None  # keys of id-keyed sections are checked by the format's own rules
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


def _bounds(model: type[BaseModel], name: str) -> tuple[Any, Any]:
    metadata = model.model_fields[name].metadata
    low = next((m.ge for m in metadata if hasattr(m, "ge")), None)
    high = next((m.le for m in metadata if hasattr(m, "le")), None)
    return low, high


def _message(schema: Schema, data: Any, path: Path_, err: ErrorDetails, union: bool) -> str | None:
    """Pydantic's error ``err`` about ``data`` at ``path``, in words for a teacher.

    None when it is noise (another message, or a rule, already says it better).
    """
    kind = err["type"]
    name = path[-1] if path else ""
    value = None if kind == "missing" else _at(data, path)
    label = schema.label(path)
    if kind == "extra_forbidden":
        model = schema.model_at(path[:-1])
        allowed = [f.alias or n for n, f in model[0].model_fields.items()] if model else []
        close = closest(str(name), allowed)
        hint = f"did you mean '{close}'?" if close else f"use one of: {', '.join(allowed)}"
        return f"unknown key {name!r} ({hint})"
    if kind == "missing":
        model = schema.model_at(path[:-1])
        if model is None:
            return f"missing key '{name}'"
        fields = {f.alias or n: f for n, f in model[0].model_fields.items()}
        parent = _at(data, path[:-1])
        if any(closest(str(k), list(fields)) == name for k in parent if k not in fields):
            return None  # "unknown key 'nmae' (did you mean 'name'?)" already says it
        needed = [n for n, f in fields.items() if f.is_required()]
        from readquiz.english.phrases import join_names  # the grammar: only for this message

        return f"missing key '{name}': {model[1]} needs {join_names(needed)}"
    if union and isinstance(name, str) and name in schema.unions:
        return f"{label} must be {schema.unions[name]}, not {describe(value)}"
    if kind == "literal_error":
        allowed = re.findall(r"'([^']*)'", str(err.get("ctx", {}).get("expected", "")))
        what = name
        if isinstance(name, int):  # a list item is named by its list: "unknown format"
            parent = next((p for p in reversed(path) if isinstance(p, str)), "")
            what = schema.items.get(parent, parent)
        shown = f"'{value}'" if isinstance(value, str) else describe(value)
        return f"unknown {what} {shown} (use one of: {', '.join(allowed)})"
    if kind == "string_pattern_mismatch":
        return None if name in schema.references else invalid_id(value)
    if kind in ("string_too_short", "too_short"):
        return f"{label} must not be empty"
    if kind in ("greater_than_equal", "less_than_equal") and isinstance(name, str):
        model = schema.model_at(path[:-1])
        if model is not None and name in model[0].model_fields:
            low, high = _bounds(model[0], name)
            what = schema.ranges.get(name, "a number")
            return f"{label} must be {what} from {low} to {high}, not {describe(value)}"
    if kind.startswith("date"):
        return f"{label} must be a date like 2020-01-05, not {describe(value)}"
    if kind in EXPECTED:
        expected = EXPECTED[kind]
        quoted = expected == "text" and isinstance(value, int | float | dt.date)
        hint = " (put it in quotes)" if quoted else ""
        return f"{label} must be {expected}, not {describe(value)}{hint}"
    return f"{label}: {err['msg']}"


def schema_problems(
    schema: Schema, data: dict[Any, Any], source: SourceMap, prefix: Path_ = ()
) -> list[Problem]:
    """Every problem ``schema.root`` finds in ``data``, in words, at the key or value it is about.

    Args:
        schema: the format of ``data``.
        data: plain data read from the file (at ``prefix`` in it).
        source: positions of the file's keys and values.
        prefix: where ``data`` sits in the file (``("templates", 2)``); () for the root.

    Returns:
        One problem per mistake, in the order pydantic found them.
    """
    from pydantic import ValidationError

    try:
        schema.root.model_validate(data)
    except ValidationError as err:
        return _problems(schema, data, source, prefix, err.errors(include_url=False))
    return []


def _problems(
    schema: Schema,
    data: dict[Any, Any],
    source: SourceMap,
    prefix: Path_,
    errors: list[ErrorDetails],
) -> list[Problem]:
    problems: list[Problem] = []
    for error in errors:
        located = _locate(data, error["loc"], error["type"])
        if located is None:
            continue
        path, union = located
        message = _message(schema, data, path, error, union)
        if message is None:
            continue
        missing = error["type"] == "missing"
        target = path[:-1] if missing else path
        key = missing or error["type"] == "extra_forbidden"
        problem = source.problem((*prefix, *target), message, key=key)
        if problem not in problems:
            problems.append(problem)
    return problems
