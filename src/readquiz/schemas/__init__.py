"""JSON Schemas (draft 2020-12) of the article, template and question-set formats.

The schemas are derived from the pydantic models the loaders use (``article.ArticleFile``,
``templates.TemplateFile`` and ``questions.setfile.SetRoot``), with each field's
docstring as its description, and shipped as package data next to this module so
``readquiz schema`` needs no pydantic work at run time. ``python -m readquiz.schemas``
regenerates the files; a test checks that the shipped files equal a fresh build, so
they never drift from the loaders.
"""

from __future__ import annotations

import ast
import inspect
import json
import textwrap
import typing
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from readquiz.article.kinds import ID_PATTERN
from readquiz.article.model import ArticleFile
from readquiz.questions.setfile import MAX_CHOICES, MIN_CHOICES, SET_VERSION, TRUE_FALSE, SetRoot
from readquiz.templates.model import TemplateFile

Kind = Literal["article", "template", "set"]
KINDS: tuple[Kind, ...] = ("article", "template", "set")

_TITLES = {
    "article": "readquiz article",
    "template": "readquiz question templates",
    "set": "readquiz question set",
}
_DESCRIPTIONS = {
    "article": "An annotated news article for readquiz: its text, and the entities, events, "
    "numbers, stances and vocabulary that questions are made from. See docs/article-format.md.",
    "template": "A file of readquiz question templates (YAML + Jinja2). "
    "See docs/authoring-templates.md.",
    "set": "A readquiz question set: the questions made from one article, as a teacher "
    "reviews, edits and freezes them. See docs/question-set.md.",
}


def schema_path(kind: Kind) -> Path:
    """Where the shipped schema of ``kind`` lives (in a checkout: this directory)."""
    return Path(str(resources.files(__name__) / f"{kind}.schema.json"))


def load(kind: Kind) -> dict[str, Any]:
    """The shipped JSON Schema of ``kind``."""
    result: dict[str, Any] = json.loads(schema_path(kind).read_text(encoding="utf-8"))
    return result


def text(kind: Kind) -> str:
    """The shipped JSON Schema of ``kind`` as the text of its file."""
    return schema_path(kind).read_text(encoding="utf-8")


def attribute_docstrings(cls: type) -> dict[str, str]:
    """Docstrings written under the fields of a class (``x: int`` then ``\"\"\"...\"\"\"``).

    Read from the source with :mod:`ast` because pydantic only keeps them with
    ``use_attribute_docstrings``, a config the models deliberately do not set.
    """
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    docs: dict[str, str] = {}
    for stmt, following in zip(body, body[1:], strict=False):
        if (
            isinstance(stmt, ast.AnnAssign)
            and isinstance(stmt.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[stmt.target.id] = inspect.cleandoc(following.value.value)
    return docs


def _models(kind: Kind) -> type[BaseModel]:
    models: dict[Kind, type[BaseModel]] = {
        "article": ArticleFile,
        "template": TemplateFile,
        "set": SetRoot,
    }
    return models[kind]


def _set_rules(schema: dict[str, Any]) -> None:
    """What the set loader accepts and requires beyond the model's types.

    A number written where text belongs (``- 1969`` as a choice) and ``answer: true``
    are read as the text a teacher meant, so the schema accepts them too; and each
    format's own rules (3 to 5 distinct choices, True or False, a number) are stated
    per ``format`` so an editor flags them while the teacher types.
    """
    schema["properties"]["version"]["const"] = SET_VERSION
    question = schema["$defs"]["SetQuestion"]
    props = question["properties"]
    text_or_number = {"type": ["string", "number"]}
    props["choices"]["anyOf"][0]["items"] = text_or_number
    props["accept"]["items"] = text_or_number
    props["answer"]["anyOf"].append({"type": "boolean"})
    no_choices = {"properties": {"choices": {"type": "null"}}}

    def when(fmt: str, then: dict[str, Any]) -> dict[str, Any]:
        return {"if": {"properties": {"format": {"const": fmt}}}, "then": then}

    question["allOf"] = [
        when(
            "choice",
            {
                "required": ["choices"],
                "properties": {
                    "choices": {
                        "type": "array",
                        "minItems": MIN_CHOICES,
                        "maxItems": MAX_CHOICES,
                        "uniqueItems": True,
                    }
                },
            },
        ),
        when(
            "truefalse",
            {
                "properties": {
                    "choices": {"anyOf": [{"type": "null"}, {"const": TRUE_FALSE}]},
                    "answer": {"enum": [*TRUE_FALSE, True, False]},
                }
            },
        ),
        when("numeric", {"properties": {**no_choices["properties"], "answer": {"type": "number"}}}),
        when("short", no_choices),
        when("open", no_choices),
    ]


def _describe(schema: dict[str, Any], model: type) -> None:
    """Give each property its field's docstring and drop pydantic's generated titles."""
    docs = attribute_docstrings(model)
    fields = getattr(model, "model_fields", {})
    by_alias = {(f.alias or name): name for name, f in fields.items()}
    schema.pop("title", None)
    for key, prop in schema.get("properties", {}).items():
        prop.pop("title", None)
        doc = docs.get(by_alias.get(key, key))
        if doc:
            prop["description"] = doc


def build(kind: Kind) -> dict[str, Any]:
    """A fresh JSON Schema of ``kind``, derived from the loader's pydantic model."""
    model = _models(kind)
    schema = model.model_json_schema(by_alias=True)
    _describe(schema, model)
    nested = {m.__name__: m for m in _nested_models(model)}
    for name, sub in schema.get("$defs", {}).items():
        if name in nested:
            _describe(sub, nested[name])
            sub["title"] = name
    if kind == "article":
        # entity ids are mapping keys: the same slug rule as every other id
        schema["properties"]["entities"]["propertyNames"] = {"pattern": ID_PATTERN}
        # `type` and `within` describe places only; the loader says so too
        schema["$defs"]["Entity"]["if"] = {
            "properties": {"kind": {"not": {"const": "place"}}},
            "required": ["kind"],
        }
        schema["$defs"]["Entity"]["then"] = {
            "not": {"anyOf": [{"required": ["type"]}, {"required": ["within"]}]}
        }
    if kind == "set":
        _set_rules(schema)
    head = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:readquiz:schema:{kind}",
        "title": _TITLES[kind],
        "description": _DESCRIPTIONS[kind],
    }
    schema.pop("description", None)
    return {**head, **schema}


def _nested_models(model: type) -> list[type]:
    """Every pydantic model used by ``model``'s fields, recursively."""
    found: list[type] = []

    def visit(annotation: Any) -> None:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation not in found:
                found.append(annotation)
                for f in annotation.model_fields.values():
                    visit(f.annotation)
            return
        for arg in typing.get_args(annotation):
            visit(arg)

    for f in getattr(model, "model_fields", {}).values():
        visit(f.annotation)
    return found


def render(kind: Kind) -> str:
    """A fresh schema of ``kind`` as the exact text of its shipped file."""
    return json.dumps(build(kind), indent=2, ensure_ascii=False) + "\n"


def write_all() -> list[Path]:
    """Regenerate the shipped schema files from the models; the paths written."""
    written = []
    for kind in KINDS:
        path = schema_path(kind)
        path.write_text(render(kind), encoding="utf-8")
        written.append(path)
    return written
