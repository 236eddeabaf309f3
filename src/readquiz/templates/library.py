"""The template library: discovery over the search path, compilation, validation.

Templates are read with the strict models of :mod:`readquiz.templates.model`, compiled
in the sandbox (:mod:`readquiz.templates.sandbox`), and every problem carries
``file:line:col``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from readquiz import resources
from readquiz.errors import Problem, Severity, TemplateError
from readquiz.messages import Schema, schema_problems, with_hint
from readquiz.templates.model import Template
from readquiz.templates.sandbox import (
    RENDER_SECONDS,
    RenderTimeout,
    deadline,
    guard,
    make_environment,
    parse_field,
    render_limited,
)
from readquiz.yamlsource import load_yaml

TEMPLATE_SCHEMA = Schema(root=Template, root_name="a template", items={"formats": "format"})
"""One template of a template file, as its messages name it."""
TEMPLATE_SUFFIXES = (".yaml", ".yml")
MAX_RENDERED = 2_000
"""Longest stem, statement or explanation a template may produce."""

_TEXT_FIELDS = ("ask", "say", "explain")
_EXPR_FIELDS = ("if", "answer")


@dataclass
class LoadedTemplate:
    """A validated, compiled template and where it came from."""

    spec: Template
    path: Path
    line: int
    col: int
    positions: dict[str, tuple[int, int]]
    compiled: dict[str, Any] = field(default_factory=dict, repr=False)
    overrides: Path | None = None
    """The file of the template with this id that this one replaces, if any."""
    indents: dict[str, int] = field(default_factory=dict, repr=False)
    """Column where each block-scalar field's text starts, for lines after its first."""

    @property
    def id(self) -> str:
        """The template's id."""
        return self.spec.id

    @property
    def type(self) -> str:
        """The template's question type."""
        return self.spec.type

    def problem(
        self, name: str, message: str, lineno: int = 1, severity: Severity = "error"
    ) -> Problem:
        """A problem at field ``name`` (``lineno`` counts lines within the field's text)."""
        line, col = self.positions.get(name, (self.line, self.col))
        if lineno > 1:
            line, col = line + lineno - 1, self.indents.get(name, 1)
        return Problem(str(self.path), line, col, f"template {self.id!r}: {message}", severity)

    def has(self, name: str) -> bool:
        """Whether the template defines field ``name`` (ask, say, explain, if, answer)."""
        return name in self.compiled

    def render(self, name: str, **context: Any) -> str:
        """Render text field ``name`` (ask, say, explain); raises TemplateError."""
        text = self._run(name, lambda: render_limited(self.compiled[name], context))
        text = " ".join(str(text).split())
        if len(text) > MAX_RENDERED:
            raise TemplateError([self.problem(name, f"{name}: rendered text is too long")])
        return text

    def evaluate(self, name: str, **context: Any) -> Any:
        """Evaluate expression field ``name`` (if, answer); raises TemplateError."""
        return self._run(name, lambda: self.compiled[name](**context))

    def _run(self, name: str, func: Any) -> Any:
        from jinja2 import TemplateError as JinjaError
        from jinja2.sandbox import SecurityError

        try:
            with deadline(RENDER_SECONDS):
                return func()
        except RenderTimeout:
            message = f"{name}: stopped after {RENDER_SECONDS:g} s (a runaway loop?)"
        except SecurityError as err:
            message = f"{name}: not allowed in the sandbox: {err}"
        except JinjaError as err:
            message = f"{name}: {_plain_undefined(err.message or type(err).__name__)}"
        except (ArithmeticError, TypeError, ValueError, LookupError, AttributeError) as err:
            message = f"{name}: {type(err).__name__}: {err}"
        except RecursionError:
            message = f"{name}: recursion too deep"
        raise TemplateError([self.problem(name, message)])


def _plain_undefined(message: str) -> str:
    """Jinja2's message about an undefined attribute, in an author's words.

    "'readquiz.views.EntityView object' has no attribute 'nmae'" becomes "entity has no
    attribute 'nmae'", with the attributes that do exist when the view is a dataclass;
    any other message is returned as it is.
    """
    m = re.match(r"'(?:[\w.]+\.)?(\w+) object' has no attribute '(\w+)'", message)
    if not m:
        return message
    import dataclasses

    from readquiz.engine import views

    cls = getattr(views, m[1], None)
    what = re.sub(r"View$", "", m[1]).lower() or m[1]
    if cls is None or not dataclasses.is_dataclass(cls):
        return f"{what} has no attribute {m[2]!r}"
    names = [f.name for f in dataclasses.fields(cls)]
    names += [n for n, v in vars(cls).items() if isinstance(v, property)]
    return f"{what} has no attribute {m[2]!r} (it has: {', '.join(names)})"


@dataclass
class TemplateLibrary:
    """The templates in effect, after later directories override earlier ones by id."""

    templates: list[LoadedTemplate]
    dirs: list[Path]

    def types(self) -> list[str]:
        """Every question type the templates make, sorted."""
        return sorted({t.type for t in self.templates})

    def get(self, template_id: str) -> LoadedTemplate | None:
        """The template in effect with this id."""
        return next((t for t in self.templates if t.id == template_id), None)


def discover(directory: Path) -> list[Path]:
    """Template files directly in ``directory``, sorted by name."""
    return sorted(p for p in directory.iterdir() if p.suffix in TEMPLATE_SUFFIXES and p.is_file())


def _compile(loaded: LoadedTemplate, env: Any) -> list[Problem]:
    """Compile every field, and refuse what the sandbox guard finds, running nothing."""
    from jinja2 import TemplateSyntaxError

    problems: list[Problem] = []
    spec = loaded.spec
    sources = {
        "ask": spec.ask,
        "say": spec.say,
        "explain": spec.explain,
        "if": spec.if_,
        "answer": spec.answer,
    }
    for name, source in sources.items():
        if source is None:
            continue
        try:
            tree = parse_field(env, source, expression=name in _EXPR_FIELDS)
            found = guard(tree, name, env)
            if name in _TEXT_FIELDS:
                compiled = env.from_string(tree)
            else:
                compiled = env.compile_expression(source)
        except TemplateSyntaxError as err:
            what = "expression" if name in _EXPR_FIELDS else "Jinja2 syntax error"
            problems.append(loaded.problem(name, f"{name}: {what}: {err.message}", err.lineno or 1))
            continue
        problems += [loaded.problem(name, message, lineno) for lineno, message in found]
        if not found:
            loaded.compiled[name] = compiled
    return problems


def _name_template(problems: list[Problem], raw: dict[Any, Any]) -> list[Problem]:
    """Say which template a schema problem is in, as compile problems do."""
    template_id = raw.get("id")
    prefix = f"template {template_id!r}: " if isinstance(template_id, str) else ""
    return [replace(p, message=prefix + p.message) for p in problems]


def _point_into_block_scalars(item: LoadedTemplate, lines: list[str]) -> None:
    """Move positions of ``|`` and ``>`` fields from the indicator to their first text line.

    Then Jinja2's line numbers within the field map onto lines of the file.
    """
    for name, (line, col) in list(item.positions.items()):
        here = lines[line - 1][col - 1 : col] if 0 < line <= len(lines) else ""
        if here in ("|", ">") and line < len(lines):
            text = lines[line]
            indent = len(text) - len(text.lstrip()) + 1
            item.positions[name] = (line + 1, indent)
            item.indents[name] = indent


def _load_file(path: Path, env: Any) -> tuple[list[LoadedTemplate], list[Problem]]:
    doc = load_yaml(path)
    if doc.problems:
        return [], [with_hint(p) for p in doc.problems]
    text_lines = path.read_text(encoding="utf-8").splitlines()
    src = doc.source
    if doc.data is None:
        return [], [
            Problem(
                str(path), 1, 1, "the file is empty; expected 'templates:' with a list of templates"
            )
        ]
    if not isinstance(doc.data, dict):
        return [], [src.problem((), "the file must be a mapping with a 'templates:' list")]
    unknown = [k for k in doc.data if k != "templates"]
    problems = [
        src.problem((k,), f"unknown key {k!r} (a template file has only 'templates:')", key=True)
        for k in unknown
    ]
    items = doc.data.get("templates")
    if not isinstance(items, list):
        where = ("templates",) if "templates" in doc.data else ()
        return [], [*problems, src.problem(where, "'templates' must be a list of templates")]
    loaded: list[LoadedTemplate] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(items):
        if not isinstance(raw, dict):
            problems.append(src.problem(("templates", i), "a template must be a mapping"))
            continue
        found = schema_problems(TEMPLATE_SCHEMA, raw, src, prefix=("templates", i))
        if found:
            problems += _name_template(found, raw)
            continue
        spec = Template.model_validate(raw)
        line, col = src.where(("templates", i))
        positions = {
            name: src.where(("templates", i, name))
            for name in ("ask", "say", "explain", "if", "answer", "from", "formats", "id", "type")
            if ("templates", i, name) in src.values
        }
        item = LoadedTemplate(spec, path, line, col, positions)
        _point_into_block_scalars(item, text_lines)
        if spec.id in seen:
            problems.append(
                item.problem(
                    "id", f"duplicate template id (first at line {seen[spec.id]} of this file)"
                )
            )
            continue
        seen[spec.id] = line
        compile_problems = _compile(item, env)
        if compile_problems:
            problems += compile_problems
        else:
            loaded.append(item)
    return loaded, problems


def search_path(extra: Sequence[Path] = ()) -> list[Path]:
    """The template search path: built-in templates, then READQUIZ_TEMPLATES, then ``extra``.

    READQUIZ_TEMPLATES holds directories separated by the OS path separator; ``extra``
    are the ``--templates DIR`` options in order. A later directory's template
    overrides an earlier one with the same id.
    """
    dirs = [resources.builtin_templates_dir()]
    env = os.environ.get("READQUIZ_TEMPLATES", "")
    dirs += [Path(p) for p in env.split(os.pathsep) if p.strip()]
    dirs += list(extra)
    return dirs


def check_library(dirs: list[Path]) -> tuple[TemplateLibrary, list[Problem]]:
    """Load every template on the search path, collecting every problem.

    Within one directory two templates with one id is an error; a later directory's
    template replaces an earlier one with the same id (``overrides`` records it).
    """
    env = make_environment()
    problems: list[Problem] = []
    effective: dict[str, LoadedTemplate] = {}
    for directory in dirs:
        if not directory.is_dir():
            problems.append(Problem(str(directory), 0, 0, "template directory not found"))
            continue
        in_dir: dict[str, LoadedTemplate] = {}
        for path in discover(directory):
            loaded, found = _load_file(path, env)
            problems += found
            for item in loaded:
                if item.id in in_dir:
                    first = in_dir[item.id]
                    problems.append(
                        item.problem(
                            "id",
                            f"duplicate template id (also in {first.path.name}, line {first.line})",
                        )
                    )
                    continue
                in_dir[item.id] = item
        for template_id, item in in_dir.items():
            if template_id in effective:
                item.overrides = effective[template_id].path
            effective[template_id] = item
    return TemplateLibrary(list(effective.values()), list(dirs)), sorted(problems)


def load_templates(extra: Sequence[Path] = ()) -> TemplateLibrary:
    """Every template on the search path (:func:`search_path`), the ``extra`` directories last.

    Raises:
        TemplateError: with every problem in every template file.
    """
    return load_library(search_path(extra))


def load_library(dirs: list[Path]) -> TemplateLibrary:
    """Like :func:`check_library`, but raise TemplateError if anything is wrong."""
    library, problems = check_library(dirs)
    if problems:
        raise TemplateError(problems)
    return library
