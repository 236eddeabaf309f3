"""The article format's fixed words and id shape, for code that must not import pydantic.

(``Approx`` lives with the question model, :mod:`readquiz.questions.model`.)

:mod:`readquiz.article.model` builds its models from these; the rules and the quiz's
quick check before its first screen (:mod:`readquiz.article.precheck`) read them
without paying for pydantic.
"""

from __future__ import annotations

from typing import Literal

EntityKind = Literal["person", "group", "organization", "place"]
Position = Literal["for", "against", "neutral", "mixed"]
ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
