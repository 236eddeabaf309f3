"""One served quiz shared by the tests of a module: starting it costs seconds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.serve.served import Served

ARTICLE = "pakistan-soleimani-rally"
# Choice and true/false only, so "1" answers any question; a fixed seed, so every
# run asks the same questions.
QUIZ = (ARTICLE, "--seed", "3", "--count", "4", "--formats", "choice,truefalse")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """``readquiz serve`` on a free loopback port, stopped (Ctrl+C) after the module."""
    data: Path = tmp_path_factory.mktemp("served") / "data"
    server = Served(data, *QUIZ)
    yield server
    server.stop()
