"""pydantic validation errors as ``file:line:col`` problems in plain words.

The words (:data:`EXPECTED`, :func:`describe`, :func:`closest`) are shared by the
article loader, which adds its own article-specific messages on top.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import TYPE_CHECKING, Any

from readquiz.errors import Problem

if TYPE_CHECKING:
    from pydantic import ValidationError

    from readquiz.yamlsource import SourceMap

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

_SHOWN = 70
"""Longest text repeated in full in a message; longer ones are cut with an ellipsis."""


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


def _known_fields(model: Any) -> list[str]:
    """Field names (by alias) of a model, for suggestions."""
    fields = getattr(model, "model_fields", {})
    return [f.alias or name for name, f in fields.items()]


def problems_from_validation(
    err: ValidationError,
    source: SourceMap,
    model: Any = None,
    prefix: tuple[str | int, ...] = (),
) -> list[Problem]:
    """One problem per pydantic error, at the key or value it concerns.

    Union types report one error per member; only the first error at each place is kept.
    """
    problems: list[Problem] = []
    seen: set[tuple[Any, ...]] = set()
    for e in err.errors(include_url=False):
        loc = tuple(
            x for x in e["loc"] if not (isinstance(x, str) and x.endswith("]") and "[" in x)
        )
        # pydantic adds union member tags like 'str' or 'list[str]' to loc
        loc = tuple(
            x for x in loc if x not in ("str", "int", "float", "list[str]", "function-after[...]")
        )
        if loc in seen:
            continue
        seen.add(loc)
        loc = (*prefix, *loc)
        kind = e["type"]
        # a list item is named by its list: "unknown formats 'choise'", not "unknown 1"
        name = next((x for x in reversed(loc) if isinstance(x, str)), "file")
        value = e.get("input")
        if kind == "extra_forbidden":
            hint = ""
            if model is not None:
                close = closest(str(name), _known_fields(model))
                hint = f" (did you mean {close!r}?)" if close else ""
            problems.append(source.problem(loc, f"unknown key {name!r}{hint}", key=True))
        elif kind == "missing":
            problems.append(source.problem(loc[:-1], f"missing required key {name!r}"))
        elif kind == "literal_error":
            allowed = e.get("ctx", {}).get("expected", "")
            problems.append(
                source.problem(
                    loc, f"unknown {name} {value!r} (use one of: {allowed.replace(' or ', ', ')})"
                )
            )
        elif kind == "string_pattern_mismatch":
            problems.append(
                source.problem(
                    loc,
                    f"{name!r} must be a lowercase slug like 'karachi' or 'border-length', "
                    f"not {value!r}",
                )
            )
        elif kind in EXPECTED:
            problems.append(
                source.problem(loc, f"{name!r} must be {EXPECTED[kind]}, not {describe(value)}")
            )
        elif kind in ("string_too_short", "too_short"):
            problems.append(source.problem(loc, f"{name!r} must not be empty"))
        else:
            problems.append(source.problem(loc, f"{name!r}: {e['msg']}"))
    return problems
