"""The one error family of readquiz, and its warnings. Library code raises; only the edges print.

Errors are :class:`ReadquizError` and its subclasses. A problem in an input file is a
:class:`Problem`; a warning is a Problem of severity ``"warning"`` (made with
:func:`warning`), which the command line prints on the same channel as errors
(stderr, one line each) with ``warning:`` before the message, and which never changes
the exit status on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in one input file, printed as ``file:line:col: message``.

    ``line`` and ``col`` are 1-based; 0 means the place in the file is unknown. An
    empty ``file`` means no file: the line reads ``readquiz: error: message``.
    """

    file: str
    line: int
    col: int
    message: str
    severity: Severity = field(default="error", compare=False)
    """``"error"`` (the input is unusable) or ``"warning"`` (usable, but look at it)."""

    @property
    def is_warning(self) -> bool:
        """Whether this is a warning rather than an error."""
        return self.severity == "warning"

    def __str__(self) -> str:
        if not self.file:
            return f"readquiz: {self.severity}: {self.message}"
        text = f"warning: {self.message}" if self.is_warning else self.message
        if self.line <= 0:
            return f"{self.file}: {text}"
        return f"{self.file}:{self.line}:{self.col}: {text}"


def warning(file: str, line: int, col: int, message: str) -> Problem:
    """A warning at a place in a file (``file`` empty: no file), printed like an error."""
    return Problem(file, line, col, message, "warning")


class ReadquizError(Exception):
    """Base of every error readquiz reports to a user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def lines(self) -> list[str]:
        """The lines to print on stderr, one per problem."""
        return [f"readquiz: error: {self.message}"]


class InputError(ReadquizError):
    """Bad input files: one or more problems, each with a place in a file."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems) or "invalid input")

    def lines(self) -> list[str]:
        """The lines to print on stderr, one per problem (``file:line:col: message``)."""
        return [str(p) for p in self.problems]


class ArticleError(InputError):
    """An article file that cannot be loaded."""


class TemplateError(InputError):
    """A template file, or one template, that cannot be loaded or rendered."""


class OutputError(ReadquizError):
    """An output file that cannot be written."""


class NotFoundError(ReadquizError):
    """A named article, attempt or resource that does not exist."""


class ResultsError(ReadquizError):
    """The attempts database cannot be opened, read or written."""
