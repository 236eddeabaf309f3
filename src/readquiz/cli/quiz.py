"""``readquiz quiz``: take an interactive quiz in the terminal.

Everything that can fail on bad input (the article, the templates, the options, the
results database) is checked here, before the app starts, so errors print as the
usual one-line ``file:line:col`` messages. Textual is imported only after that.
Making the questions from ARTICLE is left to the app, which does it while its start
screen shows; should no question come of it, the app says so, and so does stderr.
The results database is made only once the questions are: a failed run leaves none.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from readquiz import collector
from readquiz.attempts.store import Attempt, ResultsStore
from readquiz.cli.options import Options, Selection, data_dir, load_article
from readquiz.cli.quizset import quiz_questions
from readquiz.errors import NotFoundError, ReadquizError
from readquiz.questions.model import QuestionSet

if TYPE_CHECKING:
    from collections.abc import Callable

    from readquiz.article.deferred import DeferredArticle
    from readquiz.article.model import Article


def run(
    opts: Options,
    selection: Selection,
    *,
    mode: str = "practice",
    student: str | None = None,
    resume: bool = False,
) -> int:
    """Build (or resume) a quiz and run it in the terminal.

    Args:
        opts: Options every command takes.
        selection: ARTICLE or --set, and how the set is chosen (as
            :func:`~readquiz.cli.quizset.quiz_questions` takes it; a random seed is
            recorded with the attempt). With ``resume``, only its ARTICLE counts.
        mode: "practice" or "test".
        student: The student's name.
        resume: Continue the latest unfinished attempt (of ``student``).

    Returns:
        The exit status.

    Raises:
        ReadquizError: bad input, no attempt to resume, no terminal to draw on, an
            unusable data directory, or (after the app) no question could be made.
    """
    collector.hold()  # until the first screen is drawn (the app lets it go then)
    try:
        return _run(opts, selection, mode=mode, student=student, resume=resume)
    finally:
        collector.release()


def _run(
    opts: Options, selection: Selection, *, mode: str, student: str | None, resume: bool
) -> int:
    attempt: Attempt | None = None
    art: Article | DeferredArticle
    qset: QuestionSet | Callable[[], QuestionSet]
    if resume:
        # Looked up before anything is made: finding nothing must leave nothing behind.
        art, qset, attempt = _resumed(data_dir(opts), selection.article, student)
    else:
        # The input first: bad input must not leave a data directory behind.
        art, qset = quiz_questions(opts, selection)
    problem = terminal_problem()
    if problem is not None:
        raise ReadquizError(problem)
    # Questions made from ARTICLE are known good only once the app has made them: until
    # then an existing database is opened (and so checked) but a new one is not made
    # (PreparingRun.ready makes it), so a run that fails on its input writes nothing.
    known_good = isinstance(qset, QuestionSet)
    store = ResultsStore(data_dir(opts), create=known_good)
    try:
        store.check_creatable()  # an unusable data directory still fails before the app
        from readquiz.tui.app import make_app  # Textual only once the input is known good

        app = make_app(art, qset, store, mode=mode, student=student, attempt=attempt)
        app.run()
    finally:
        store.close()
    if app.failure is not None:
        raise app.failure  # reported on stderr, now the terminal is the shell's again
    return 0


def terminal_problem() -> str | None:
    """Why the quiz cannot be drawn here (stdin or stdout is not a terminal), or None.

    Textual would draw escape codes into a pipe or a file and wait for keys that never
    come. A driver set in ``TEXTUAL_DRIVER`` (textual-serve's web driver) needs no
    terminal, so then there is no problem.
    """
    if os.environ.get("TEXTUAL_DRIVER"):
        return None
    missing = [
        name
        for name, stream in (("stdin", sys.stdin), ("stdout", sys.stdout))
        if stream is None or not stream.isatty()
    ]
    if not missing:
        return None
    what = " and ".join(missing) + (" are not terminals" if len(missing) > 1 else " is not one")
    return (
        f"the quiz needs a terminal, and {what}: run readquiz quiz in a terminal window "
        "(readquiz serve puts it in browsers)"
    )


def _resumed(
    directory: Path, article: str | None, student: str | None
) -> tuple[Article, QuestionSet, Attempt]:
    """The latest unfinished attempt, its article and its exact question set.

    Reads only: without a results database there is nothing to resume, and none is made.
    """
    article_id = load_article(article).id if article is not None else None
    store = ResultsStore(directory, create=False)
    try:
        attempt = store.latest_unfinished(student, article_id)
    finally:
        store.close()
    if attempt is None:
        who = f" by {student}" if student else ""
        on = f" on {article_id}" if article_id else ""
        raise NotFoundError(
            f"no unfinished attempt{who}{on} to resume in {directory}; "
            "start a new quiz without --resume"
        )
    # A bundled article's file moves when readquiz is reinstalled: fall back on its id.
    path = attempt.article_path
    art = load_article(path if path and Path(path).exists() else attempt.article)
    qset = QuestionSet.from_json(attempt.questions_json)
    return art, qset, attempt
