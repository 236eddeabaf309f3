"""Fixtures for the quiz TUI tests: the fixed article and questions, a store per test."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from readquiz.attempts.store import ResultsStore
from readquiz.tui.app import QuizApp
from tests.tui.fixture_app import fixture_app


@pytest.fixture
def store(tmp_path: Path) -> ResultsStore:
    """An empty results store in this test's temporary directory."""
    return ResultsStore(tmp_path / "data")


@pytest.fixture
def make(store: ResultsStore, tmp_path: Path) -> Callable[..., QuizApp]:
    """Build the fixture app over this test's store: ``make(mode="test")``."""

    def build(**kwargs: object) -> QuizApp:
        return fixture_app(tmp_path / "data", store=store, **kwargs)  # type: ignore[arg-type]

    return build
