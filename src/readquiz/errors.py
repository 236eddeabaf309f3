"""The one error family of readquiz. Library code raises; only the edges print."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in one input file, printed as ``file:line:col: message``.

    ``line`` and ``col`` are 1-based; 0 means the place in the file is unknown.
    """

    file: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        if not self.file:
            return f"readquiz: error: {self.message}"
        if self.line <= 0:
            return f"{self.file}: {self.message}"
        return f"{self.file}:{self.line}:{self.col}: {self.message}"


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
