"""The quiz's quick check of an article never passes a file the full load refuses.

``readquiz quiz`` shows its start screen as soon as :func:`precheck` passes the article
and builds the Article afterwards, so the quick check may be stricter than the full
load (then the quiz only starts a little later) but never looser (then a bad article
would be reported after the screen is drawn instead of before). Held to that on every
article and fixture in the repository, and on the sample with each of its values
replaced by values of other types and shapes.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from readquiz import resources
from readquiz.article.loader import article_schema_problems, check_article
from readquiz.article.model import ArticleFile, Entity, Event, NumberFact, Stance, Term
from readquiz.article.precheck import (
    ARTICLE,
    ENTITY,
    EVENT,
    NUMBER,
    STANCE,
    TERM,
    Fields,
    fits_schema,
    precheck,
)
from readquiz.yamlsource import load_yaml

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_FILES = sorted(
    {
        *resources.bundled_articles(),
        *(ROOT / "quality").rglob("*.yaml"),
        *(ROOT / "tests").rglob("*.yaml"),
    }
)


@pytest.mark.parametrize(
    ("fields", "model"),
    [
        (ARTICLE, ArticleFile),
        (ENTITY, Entity),
        (EVENT, Event),
        (NUMBER, NumberFact),
        (STANCE, Stance),
        (TERM, Term),
    ],
)
def test_the_quick_check_knows_every_field_of_the_models(
    fields: Fields, model: type[BaseModel]
) -> None:
    # A field added to a model and not here would send every article using it down
    # the slow path; a required field here that the model does not require, the same.
    assert {name: required for name, (required, _) in fields.items()} == {
        name: info.is_required() for name, info in model.model_fields.items()
    }


def test_the_bundled_articles_pass_the_quick_check() -> None:
    # Else the quiz would quietly lose its fast start on them.
    for path in resources.bundled_articles():
        assert precheck(path) is not None, path


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_file_the_quick_check_passes_loads_cleanly_and_the_same(path: Path) -> None:
    deferred = precheck(path)
    if deferred is None:
        return
    article, problems = check_article(path)
    assert problems == [] and article is not None
    built = deferred.get()
    assert built.model_dump() == article.model_dump()
    assert (deferred.id, deferred.title, deferred.source, deferred.grade) == (
        article.id,
        article.title,
        article.source,
        article.grade,
    )
    assert deferred.path == article.path == built.path == str(path)


def test_the_broken_fixtures_all_fail_the_quick_check() -> None:
    broken = sorted((ROOT / "tests" / "fixtures" / "articles" / "bad").glob("*.yaml"))
    assert len(broken) > 40
    passed = [p.name for p in broken if precheck(p) is not None]
    assert passed == []


ODD_VALUES: list[Any] = [
    None,
    True,
    0,
    17,
    -1,
    1.5,
    "",
    "x",
    "not-a slug",
    "abc\n",
    "place",
    "for",
    "more than",
    [],
    ["x"],
    [1],
    {},
    {"x": "y"},
    dt.date(2020, 1, 5),
    dt.datetime(2020, 1, 5, 10, 30),
]


def _leaves(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path into ``data``: each mapping, list and value in it."""
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _leaves(value, (*path, i))


def _replaced(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    changed = copy.deepcopy(data)
    at = changed
    for step in path[:-1]:
        at = at[step]
    at[path[-1]] = value
    return changed


def test_no_value_of_another_type_or_shape_slips_past_the_quick_check() -> None:
    doc = load_yaml(resources.bundled_article(resources.SAMPLE_ARTICLE_ID))  # type: ignore[arg-type]
    data = doc.data
    assert fits_schema(data)
    tried = 0
    for path in _leaves(data):
        if not path or path == ("text",):
            continue
        for value in ODD_VALUES:
            changed = _replaced(data, path, value)
            if fits_schema(changed):
                assert article_schema_problems(changed, doc.source) == [], (path, value)
            tried += 1
        # an unknown key beside it, where it is a mapping
        parent = path[:-1]
        if parent and isinstance(_at(data, parent), dict):
            changed = _replaced(data, (*parent, "surplus"), "x")
            assert not fits_schema(changed), parent
    # and each key left out in turn
    for path in _leaves(data):
        if path and isinstance(path[-1], str):
            changed = copy.deepcopy(data)
            del _at(changed, path[:-1])[path[-1]]
            if fits_schema(changed):
                assert article_schema_problems(changed, doc.source) == [], path
    assert tried > 500


def _at(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data
