"""The template format: strict models of a question-template file.

Each field's docstring documents the file format (``readquiz schema template`` prints
them); loading, compilation and ``file:line:col`` problems live in
:mod:`readquiz.templates.library`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

From = Literal["events", "numbers", "stances", "entities", "vocabulary"]
FormatName = Literal["choice", "short", "numeric", "truefalse", "open"]


class Template(BaseModel):
    """One question template: data and Jinja2, never Python."""

    model_config = ConfigDict(extra="forbid", strict=True, populate_by_name=True)

    id: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    """Unique within its directory; a later directory's template with this id overrides it."""
    type: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    """Label used by --types (who, where, numeric, stance, when, vocabulary, or your own)."""
    description: str | None = None
    """One line, shown by `readquiz templates`."""
    from_: From = Field(alias="from")
    """Which annotations the template runs over."""
    if_: str | None = Field(default=None, alias="if")
    """Jinja2 expression: use this item?"""
    ask: str = Field(min_length=1)
    """The stem (Jinja2 template)."""
    answer: str = Field(min_length=1)
    """Jinja2 expression: an entity, a number fact, a position, or text."""
    say: str | None = None
    """A statement (Jinja2 template) for true/false; ``answer`` is bound."""
    formats: list[FormatName] | None = Field(default=None, min_length=1)
    """Formats to pick from; default from the answer's kind."""
    explain: str | None = None
    """Feedback (Jinja2 template); default "Paragraph N: “quote”"."""


class TemplateFile(BaseModel):
    """The root of a template file."""

    model_config = ConfigDict(extra="forbid", strict=True)

    templates: list[Template]
