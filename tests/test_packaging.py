"""The installed package finds its bundled articles, templates and fonts from any directory."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from readquiz import resources


def test_bundled_data_is_found() -> None:
    assert resources.bundled_article(resources.SAMPLE_ARTICLE_ID) is not None
    assert list(resources.builtin_templates_dir().glob("*.yaml"))
    assert (resources.fonts_dir() / "DejaVuSans.ttf").is_file()


def test_generate_runs_from_another_directory(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "readquiz",
            "generate",
            "pakistan-soleimani-rally",
            "--format",
            "json",
            "--seed",
            "3",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["article"]["id"] == "pakistan-soleimani-rally"
    assert data["seed"] == 3
    assert len(data["questions"]) >= 12
