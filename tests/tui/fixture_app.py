"""The quiz app over the fixed fixture article and questions.

Tests build it through :func:`fixture_app`. Run it by hand to look at it in a terminal:
``python tests/tui/fixture_app.py DATA_DIR [test]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from readquiz.article.model import Article
from readquiz.attempts.store import Attempt, ResultsStore
from readquiz.questions.model import QuestionSet
from readquiz.tui.app import QuizApp, make_app

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = FIXTURES / "article.yaml"
QUESTIONS = FIXTURES / "questions.json"


def fixture_article() -> Article:
    """The fixture article, built from its YAML (independent of the article loader)."""
    return Article.build(yaml.safe_load(ARTICLE.read_text(encoding="utf-8")), str(ARTICLE))


def fixture_questions() -> QuestionSet:
    """Five questions: choice (who), short (where), numeric, true/false (stance), choice."""
    return QuestionSet.from_json(QUESTIONS.read_text(encoding="utf-8"))


def fixture_app(
    data_dir: Path,
    *,
    mode: str = "practice",
    student: str | None = None,
    attempt: Attempt | None = None,
    theme: str | None = "textual-dark",
    store: ResultsStore | None = None,
) -> QuizApp:
    """The app over the fixtures, saving into ``data_dir``; no cursor blink."""
    return make_app(
        fixture_article(),
        fixture_questions(),
        store or ResultsStore(data_dir),
        mode=mode,
        student=student,
        attempt=attempt,
        theme=theme,
        cursor_blink=False,
    )


if __name__ == "__main__":
    mode = sys.argv[2] if len(sys.argv) > 2 else "practice"
    fixture_app(Path(sys.argv[1]), mode=mode, theme=None).run()
