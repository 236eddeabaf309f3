"""A quick, pydantic-free check that an article file loads cleanly, for the quiz's start.

``readquiz quiz ARTICLE`` must refuse a bad article before it draws anything, but the
full load (:func:`readquiz.article.loader.check_article`) validates with pydantic,
whose import and model building cost a student a tenth of a second or more before the
first screen. So the quiz first parses the file (the same safe YAML) and runs the same
rules, and checks the plain data against a conservative copy of the schema below.
When all of that passes, the file certainly loads: the quiz shows its start screen
with a :class:`~readquiz.article.deferred.DeferredArticle` and builds the real Article
in its thread. When anything is doubtful the answer is None and the caller loads the
file in full now, so bad input still fails with its usual ``file:line:col`` lines and
nothing drawn.

The copy may only be stricter than the models, never looser: a value it does not
recognise (a datetime for a date, a number for a text) sends the file down the full
path. ``tests/test_precheck.py`` holds it to that against every article and fixture.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

from readquiz.article.deferred import DeferredArticle
from readquiz.article.evidence import EvidenceFinder
from readquiz.article.kinds import ID_PATTERN, EntityKind, Position
from readquiz.article.rules import check_rules
from readquiz.questions.model import Approx
from readquiz.yamlsource import load_yaml

if TYPE_CHECKING:
    from readquiz.article.model import Article

Check = Callable[[Any], bool]

_ID = re.compile(ID_PATTERN.removeprefix("^").removesuffix("$"))


def _text(value: Any) -> bool:
    return type(value) is str


def _filled(value: Any) -> bool:
    return type(value) is str and len(value) >= 1


def _slug(value: Any) -> bool:
    return type(value) is str and _ID.fullmatch(value) is not None


def _optional(check: Check) -> Check:
    return lambda value: value is None or check(value)


def _one_of(words: object) -> Check:
    allowed = frozenset(get_args(words))
    return lambda value: type(value) is str and value in allowed


def _texts(value: Any) -> bool:
    return type(value) is list and all(_text(v) for v in value)


def _text_or_texts(value: Any) -> bool:
    return _text(value) or _texts(value)


def _integer(value: Any) -> bool:
    return type(value) is int


def _number(value: Any) -> bool:
    return type(value) in (int, float)


def _grade(value: Any) -> bool:
    return type(value) is int and 1 <= value <= 16


def _date(value: Any) -> bool:
    return type(value) is dt.date  # a datetime, or a date written as text: the full path


Fields = dict[str, tuple[bool, Check]]
"""Field name -> (required, check of its value when present). Mirrors a model."""

ENTITY: Fields = {
    "name": (True, _filled),
    "kind": (True, _one_of(EntityKind)),
    "aliases": (False, _texts),
    "role": (False, _optional(_text)),
    "quote": (False, _optional(_text)),
    "type": (False, _optional(_text)),
    "within": (False, _optional(_slug)),
    "part_of": (False, _optional(_text_or_texts)),
}
EVENT: Fields = {
    "id": (True, _slug),
    "who": (True, _text_or_texts),
    "did": (True, _filled),
    "where": (False, _optional(_slug)),
    "when": (False, _optional(_text)),
    "order": (False, _optional(_integer)),
    "quote": (True, _filled),
}
NUMBER: Fields = {
    "id": (True, _slug),
    "value": (True, _number),
    "unit": (True, _filled),
    "approx": (False, _one_of(Approx)),
    "what": (True, _filled),
    "quote": (True, _filled),
}
STANCE: Fields = {
    "id": (True, _slug),
    "holder": (True, _slug),
    "topic": (True, _filled),
    "position": (True, _one_of(Position)),
    "claim": (True, _filled),
    "voiced_by": (False, _optional(_slug)),
    "quote": (True, _filled),
}
TERM: Fields = {
    "term": (True, _filled),
    "meaning": (True, _filled),
    "id": (False, _optional(_slug)),
    "quote": (True, _filled),
}


def _fits(fields: Fields) -> Check:
    def check(value: Any) -> bool:
        if type(value) is not dict or not all(type(k) is str and k in fields for k in value):
            return False
        return all(
            check(value[name]) if name in value else not required
            for name, (required, check) in fields.items()
        )

    return check


def _list_of(check: Check) -> Check:
    return lambda value: type(value) is list and all(check(v) for v in value)


def _entities(value: Any) -> bool:
    fits = _fits(ENTITY)
    return type(value) is dict and all(type(k) is str and fits(v) for k, v in value.items())


def _distractors(value: Any) -> bool:
    kind = _one_of(EntityKind)
    return type(value) is dict and all(kind(k) and _texts(v) for k, v in value.items())


ARTICLE: Fields = {
    "id": (True, _slug),
    "title": (True, _filled),
    "source": (False, _optional(_text)),
    "url": (False, _optional(_text)),
    "published": (False, _optional(_date)),
    "grade": (False, _optional(_grade)),
    "text": (True, _text),
    "entities": (False, _entities),
    "events": (False, _list_of(_fits(EVENT))),
    "numbers": (False, _list_of(_fits(NUMBER))),
    "stances": (False, _list_of(_fits(STANCE))),
    "vocabulary": (False, _list_of(_fits(TERM))),
    "distractors": (False, _distractors),
}
"""The article file's root (:class:`readquiz.article.model.ArticleFile`)."""


def fits_schema(data: Any) -> bool:
    """True only when ``data`` certainly passes the article models' validation."""
    return _fits(ARTICLE)(data)


def precheck(path: Path) -> DeferredArticle | None:
    """The article at ``path`` if it certainly loads cleanly, else None (load it in full).

    Never raises for bad input: a file with any problem, or one this check is unsure
    of, gives None, and the full load then reports it.
    """
    doc = load_yaml(Path(path))
    data = doc.data
    if doc.problems or type(data) is not dict or not fits_schema(data):
        return None
    finder = EvidenceFinder(data["text"])
    if check_rules(data, doc.source, finder):
        return None
    file = str(path)

    def make() -> Article:
        from readquiz.article.loader import build_checked

        return build_checked(doc, file, finder)

    return DeferredArticle(
        id=data["id"],
        title=data["title"],
        source=data.get("source"),
        grade=data.get("grade"),
        path=file,
        make=make,
    )
