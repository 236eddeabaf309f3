"""The question-set file: a whole QuestionSet a teacher can review, edit and freeze.

``readquiz generate ARTICLE --format yaml|json -o set.yaml`` writes one; ``readquiz
check set.yaml`` checks an edited one with ``file:line:col`` problems; ``quiz``,
``worksheet``, ``export`` and ``serve`` take ``--set set.yaml`` and use it exactly as
written. The format is documented in docs/question-set.md; these models are its
reference (unknown keys are errors, so a typo never passes silently).

A set file names its article by id (a bundled article) or by ``path`` (relative to the
set file), and carries a hash of the article's text: a set made from an article whose
text has changed since is refused until the teacher has looked at it again.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from readquiz.errors import InputError, Problem
from readquiz.messages import Schema, closest, schema_problems, shorten
from readquiz.questions.model import Approx, Evidence, Question, QuestionSet
from readquiz.yamlsource import SourceMap, load_yaml, parse_yaml

if TYPE_CHECKING:
    from readquiz.article.model import Article

SET_VERSION = 1
"""The version of the set format this readquiz writes and reads."""
CUSTOM_TYPE = "custom"
"""The ``type`` of a hand-written question that does not name one."""
MIN_CHOICES, MAX_CHOICES = 3, 5
TRUE_FALSE = ["True", "False"]

SetFormat = Literal["choice", "short", "numeric", "truefalse", "open"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


def _as_text(value: Any) -> Any:
    """A number written where text belongs (``- 1969``) is that text, as a teacher means."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


class SetEvidence(_Strict):
    """Where the article proves the answer."""

    paragraph: int | None = Field(default=None, ge=1)
    """The numbered paragraph (1-based, headings not counted); found from the quote if left out."""
    quote: str = Field(min_length=1)
    """Words of the article that prove the answer, as they read there."""


class SetQuestion(_Strict):
    """One question of the set: the JSON contract's keys, plus ``points``.

    A hand-written question needs only ``id``, ``format``, ``prompt``, ``answer``
    (and ``choices`` for a choice question) and ``evidence.quote``.
    """

    id: str = Field(min_length=1)
    """Unique within the set; generated ones read TEMPLATE/ITEM."""
    type: str = Field(default=CUSTOM_TYPE, min_length=1)
    """A label for --types and reports (who, where, numeric, ...); default "custom"."""
    format: SetFormat
    """choice | short | numeric | truefalse | open."""
    prompt: str = Field(min_length=1)
    """The question as asked."""
    choices: list[str] | None = None
    """choice: 3 to 5 texts, lettered A-E in this order; truefalse: [True, False]."""
    answer: str | int | float
    """choice: one of the choices; numeric: the number; truefalse: True or False;
    short: the expected text; open: a model answer."""
    answer_text: str | None = None
    """The answer in words ("about 1.8 million dollars"), written by readquiz for
    readers of the file; it is worked out again from ``answer``, ``unit`` and ``approx``
    whenever the set is read, so editing it changes nothing."""
    accept: list[str] = Field(default_factory=list)
    """Other accepted answers (short questions)."""
    unit: str | None = None
    """numeric: the unit ("kilometers", "%")."""
    approx: Approx | None = None
    """numeric: exact | about | more than | less than."""
    tolerance: float | None = Field(default=None, ge=0)
    """numeric: how far (in ``unit``) an answer may be from ``answer`` and still be right."""
    evidence: SetEvidence
    """The paragraph and quote that prove the answer."""
    explanation: str | None = None
    """Feedback after answering; default "Paragraph N: “quote”"."""
    template: str | None = None
    """The template that made the question; empty for a hand-written one."""
    points: int | float = Field(default=1, gt=0)
    """What the question is worth (default 1)."""

    @field_validator("choices", "accept", mode="before")
    @classmethod
    def _texts(cls, value: Any) -> Any:
        return [_as_text(v) for v in value] if isinstance(value, list) else value

    @field_validator("answer", mode="before")
    @classmethod
    def _answer(cls, value: Any) -> Any:
        # ``answer: true`` in YAML is a yes/no value; a true/false question means "True"
        return str(value) if isinstance(value, bool) else value

    @field_validator("tolerance", mode="before")
    @classmethod
    def _tolerance(cls, value: Any) -> Any:
        return float(value) if isinstance(value, int) and not isinstance(value, bool) else value


class SetArticle(_Strict):
    """The article the set was made from."""

    id: str = Field(min_length=1)
    """The article's id (a bundled article is found by it)."""
    title: str = Field(min_length=1)
    """The title shown on the quiz, the worksheet and in the LMS."""
    hash: str = Field(pattern=r"^sha256:[0-9a-f]{64}$")
    """sha256 of the article's text when the set was made: a changed article is noticed."""
    path: str | None = None
    """The article file, relative to the set file; empty for a bundled article."""


class SetRoot(_Strict):
    """The root of a question-set file."""

    version: int
    """The set format's version (1)."""
    article: SetArticle
    seed: int | None = None
    """The seed the questions were made with; empty for a set written by hand."""
    questions: list[SetQuestion] = Field(min_length=1)
    """The questions, in the order they are asked."""


SET_SCHEMA = Schema(
    root=SetRoot,
    root_name="a question set",
    sections={"questions": (SetQuestion, "a question")},
    unions={"answer": "text or a number"},
    items={"choices": "choice", "accept": "accepted answer"},
)
"""The set format as the shared problem vocabulary (readquiz.messages) words it."""


def text_hash(text: str) -> str:
    """The hash of an article's text that a set file records: ``sha256:<hex>``."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class LoadedSet:
    """A checked set file: its questions and the article they are about."""

    path: Path
    article: Article
    qset: QuestionSet


# ---------------------------------------------------------------- writing


def _article_ref(article: Article, target: Path | None) -> str | None:
    """The article's path as the set file records it (None for a bundled article)."""
    from readquiz import resources

    if not article.path:
        return None
    source = Path(article.path).resolve()
    if resources.bundled_article(article.id) == source or source.parent == (
        resources.articles_dir().resolve()
    ):
        return None
    base = (target.parent if target is not None else Path.cwd()).resolve()
    return Path(os.path.relpath(source, base)).as_posix()


def set_dict(qset: QuestionSet, article: Article, target: Path | None = None) -> dict[str, Any]:
    """The set file's content as plain data (the JSON contract plus version and hash)."""
    data = qset.to_dict()
    ref: dict[str, Any] = {
        "id": qset.article_id,
        "title": qset.article_title,
        "hash": text_hash(article.text),
        "path": _article_ref(article, target),
    }
    return {"version": SET_VERSION, "article": ref, "seed": qset.seed, **_rest(data)}


def _rest(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in ("article", "seed")}


_YAML_HEADER = """\
# A readquiz question set. Edit it freely: reorder, delete, reword a prompt or a
# choice, change the answer, add a question of your own (id, format, prompt, answer,
# choices for a choice question, evidence: quote:). Then run `readquiz check FILE`.
# Every key is described in docs/question-set.md.
"""


def render_set(data: dict[str, Any], fmt: str) -> str:
    """The set file's text in ``fmt`` ("yaml" or "json"); same set, same bytes."""
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    body = yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=10**6
    )
    return _YAML_HEADER + body


# ---------------------------------------------------------------- reading and checking


def _read(path: Path) -> tuple[Any, SourceMap, list[Problem]]:
    """The file's data and positions; JSON syntax errors are worded as JSON's."""
    if path.suffix.lower() == ".json" and path.is_file():
        try:
            text = path.read_text(encoding="utf-8")
            json.loads(text)
        except json.JSONDecodeError as err:
            message = f"JSON syntax error: {err.msg}"
            return None, SourceMap(str(path)), [Problem(str(path), err.lineno, err.colno, message)]
        except (OSError, UnicodeDecodeError):
            pass  # load_yaml words these
        else:
            doc = parse_yaml(text.removeprefix("\ufeff"), str(path))
            return doc.data, doc.source, doc.problems
    doc = load_yaml(path)
    return doc.data, doc.source, doc.problems


def looks_like_set(path: Path) -> bool:
    """Whether ``path`` is a question-set file rather than an article (for ``check``)."""
    if path.suffix.lower() == ".json":
        return True
    data, _, _ = _read(path)
    return isinstance(data, dict) and "questions" in data


def check_set(path: Path) -> tuple[LoadedSet | None, list[Problem]]:
    """Check a set file and report every problem in it (``readquiz check``).

    Returns:
        The loaded set and no problems, or None and every problem, sorted by position.
    """
    from readquiz.questions.setcheck import SetChecker

    path = Path(path)
    data, source, problems = _read(path)
    if problems:
        return None, sorted(problems)
    if not isinstance(data, dict):
        return None, [source.problem((), "a question-set file must be a mapping of keys")]
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > SET_VERSION:
        return None, [
            source.problem(
                ("version",),
                f"this set is format version {version}; this readquiz reads version "
                f"{SET_VERSION}: upgrade readquiz",
            )
        ]
    problems = schema_problems(SET_SCHEMA, data, source)
    if problems:
        return None, sorted(problems)
    root = SetRoot.model_validate(data)
    if root.version != SET_VERSION:
        return None, [source.problem(("version",), f"'version' must be {SET_VERSION}")]
    checker = SetChecker(path, root, source)
    loaded = checker.run()
    return (loaded, []) if not checker.problems else (None, sorted(checker.problems))


def load_set(path: Path) -> LoadedSet:
    """Load a set file for use (``--set FILE``).

    Raises:
        InputError: one ``file:line:col`` problem per thing wrong with the file.
    """
    loaded, problems = check_set(path)
    if loaded is None:
        raise InputError(problems)
    return loaded


def question_from(q: SetQuestion, paragraph: int) -> Question:
    """A checked set question as the Question every front end takes, defaults filled in."""
    choices = q.choices
    if q.format == "truefalse" and choices is None:
        choices = list(TRUE_FALSE)
    quote = q.evidence.quote
    return Question(
        id=q.id,
        type=q.type,
        format=q.format,
        prompt=q.prompt,
        choices=list(choices) if choices is not None else None,
        answer=q.answer,
        accept=list(q.accept),
        unit=q.unit,
        approx=q.approx,
        tolerance=q.tolerance,
        evidence=Evidence(paragraph, quote),
        explanation=q.explanation or f"Paragraph {paragraph}: “{quote}”",
        template=q.template,
        points=q.points,
    )


def suggestion(word: str, choices: list[str]) -> str:
    """' (did you mean "X"?)' when ``word`` is close to one of ``choices``, else ''."""
    close = closest(word, choices)
    return f' (did you mean "{shorten(close, 40)}"?)' if close else ""


__all__ = [
    "LoadedSet",
    "SET_VERSION",
    "SetQuestion",
    "check_set",
    "load_set",
    "looks_like_set",
    "render_set",
    "set_dict",
    "text_hash",
]
