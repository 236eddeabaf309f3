"""The sets the export tests export: a teacher's hand-written one and a generated one."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from readquiz.cli import cli
from readquiz.cli.export import SUFFIXES
from readquiz.questions.setfile import LoadedSet, load_set

FIXTURES = Path(__file__).parents[1] / "fixtures"
EVERY_FORMAT = FIXTURES / "sets" / "good" / "every-format.yaml"
"""One question of every format, with every character an export must escape."""
SCHEMAS = FIXTURES / "exports"


@pytest.fixture(scope="session")
def every_format() -> LoadedSet:
    return load_set(EVERY_FORMAT)


@pytest.fixture(scope="session")
def sample_set(tmp_path_factory: pytest.TempPathFactory) -> LoadedSet:
    """Every question the engine makes from the bundled sample, as a set file."""
    target = tmp_path_factory.mktemp("sample") / "sample.yaml"
    result = CliRunner().invoke(
        cli, ["generate", "pakistan-soleimani-rally", "--seed", "5", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    return load_set(target)


def export_file(tmp_path: Path, to: str, *args: str) -> tuple[Path, str]:
    """Run ``readquiz export --set EVERY_FORMAT --to TO`` as a teacher does; the file and stdout."""
    target = tmp_path / ("out" + SUFFIXES[to][0])
    result = CliRunner().invoke(
        cli, ["export", "--set", str(EVERY_FORMAT), "--to", to, "-o", str(target), *args]
    )
    assert result.exit_code == 0, result.output
    return target, result.stdout
