"""``readquiz quiz``: take an interactive quiz in the terminal.

Everything that can fail on bad input (the article, the templates, the options, the
results database) is checked here, before the app starts, so errors print as the
usual one-line ``file:line:col`` messages. Textual is imported only after that.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from readquiz.attempts.store import Attempt, ResultsStore
from readquiz.cli.options import Options, data_dir, load_article
from readquiz.cli.quizset import quiz_question_set
from readquiz.errors import NotFoundError
from readquiz.questions.model import QuestionSet

if TYPE_CHECKING:
    from readquiz.article.model import Article


def run(
    opts: Options,
    *,
    article: str | None = None,
    set_path: Path | None = None,
    seed: int | None = None,
    count: int | None = None,
    types: list[str] | None = None,
    formats: list[str] | None = None,
    mode: str = "practice",
    student: str | None = None,
    resume: bool = False,
) -> int:
    """Build (or resume) a quiz and run it in the terminal.

    Args:
        opts: Options every command takes.
        article: ARTICLE, a path or a bundled article's id (None: the bundled sample).
        set_path: --set FILE: a question-set file, used as written (its open questions,
            which a quiz cannot grade, are left out with a warning).
        seed: Seed for the question set (None: random, and recorded with the attempt).
        count: How many questions (default 10).
        types: Only these question types.
        formats: Only these answer formats (``open`` cannot be graded, so never asked).
        mode: "practice" or "test".
        student: The student's name.
        resume: Continue the latest unfinished attempt (of ``student``).

    Returns:
        The exit status.

    Raises:
        ReadquizError: bad input, no attempt to resume, or an unusable data directory.
    """
    attempt: Attempt | None = None
    if not resume:
        # The question set first: bad input must not leave a data directory behind.
        art, qset = quiz_question_set(
            opts,
            article=article,
            set_path=set_path,
            seed=seed,
            count=count,
            types=types,
            formats=formats,
        )
    store = ResultsStore(data_dir(opts))
    try:
        if resume:
            art, qset, attempt = _resumed(store, article, student)

        from readquiz.tui.app import make_app  # Textual only once the input is known good

        app = make_app(art, qset, store, mode=mode, student=student, attempt=attempt)
        app.run()
    finally:
        store.close()
    return 0


def _resumed(
    store: ResultsStore, article: str | None, student: str | None
) -> tuple[Article, QuestionSet, Attempt]:
    """The latest unfinished attempt, its article and its exact question set."""
    article_id = load_article(article).id if article is not None else None
    attempt = store.latest_unfinished(student, article_id)
    if attempt is None:
        who = f" by {student}" if student else ""
        on = f" on {article_id}" if article_id else ""
        raise NotFoundError(f"no unfinished attempt{who}{on} to resume")
    # A bundled article's file moves when readquiz is reinstalled: fall back on its id.
    path = attempt.article_path
    art = load_article(path if path and Path(path).exists() else attempt.article)
    qset = QuestionSet.from_json(attempt.questions_json)
    return art, qset, attempt
