"""``readquiz serve``: the quiz in students' browsers, from this machine.

Everything that can fail on the teacher's input (the article, the templates, the
options, the data directory, the port) fails here, before anyone joins, with the usual
one-line messages. The question set is made once and frozen into a session file, so
every student answers the same questions; each browser that gives the join code gets
a quiz process of its own, writing to the one results store.
"""

from __future__ import annotations

import asyncio
import shlex
import sys
import tempfile
from pathlib import Path

import click

from readquiz.article.deferred import loaded
from readquiz.attempts.store import ResultsStore
from readquiz.cli.options import Options, Selection, data_dir
from readquiz.cli.quizset import quiz_questions
from readquiz.errors import ReadquizError
from readquiz.questions.model import QuestionSet
from readquiz.serve.joincode import new_code
from readquiz.serve.network import is_loopback, share_addresses
from readquiz.serve.student import Session


def run(
    opts: Options,
    selection: Selection,
    *,
    mode: str = "practice",
    host: str = "127.0.0.1",
    port: int = 8000,
) -> int:
    """Serve the quiz until Ctrl+C.

    Args:
        opts: Options every command takes.
        selection: ARTICLE or --set, and how the set is chosen, as ``readquiz quiz``
            takes them (:func:`~readquiz.cli.quizset.quiz_questions`); a random seed
            is printed.
        mode: "practice" or "test".
        host: The address to listen on (default: this machine only).
        port: The port (0: any free port).

    Returns:
        The exit status.

    Raises:
        ReadquizError: bad input, an unusable data directory, or a port that is taken.
    """
    try:
        from readquiz.serve.joincode import Gate
        from readquiz.serve.server import ClassServer
    except ImportError as err:
        raise ReadquizError(
            f"readquiz serve needs textual-serve ({err.name} is missing): "
            "pip install 'readquiz[serve]'"
        ) from err
    art, questions = quiz_questions(opts, selection)
    # Made now, not as each student joins: every student answers this one set.
    qset = questions if isinstance(questions, QuestionSet) else questions()
    art = loaded(art)  # built by questions() already; what every student's process gets
    directory = data_dir(opts)
    ResultsStore(directory).close()  # made (or checked) now, not when the first student joins
    code = new_code()
    with tempfile.TemporaryDirectory(prefix="readquiz-serve-") as tmp:
        session_file = Path(tmp) / "session.pickle"
        Session(
            article=art,
            questions_json=qset.to_json(),
            data_dir=str(Path(directory).resolve()),
            mode=mode,
        ).write(session_file)
        # exec: the shell textual-serve starts becomes the quiz, so stopping it stops the quiz.
        command = "exec " + shlex.join(
            [sys.executable, "-m", "readquiz.serve.student", str(session_file)]
        )
        server = ClassServer(command, gate=Gate(code), host=host, port=port, title=art.title)

        def ready(bound: int) -> None:
            path = selection.set_path
            made = f"from {path}" if path is not None else f"seed {qset.seed}"
            _announce(art.title, len(qset.questions), made, mode, host, bound, code, directory)

        asyncio.run(server.run_until_stopped(ready))
    click.echo("Stopped. Every answer is in the results: readquiz results, readquiz report.")
    return 0


def _announce(
    title: str,
    count: int,
    made: str,
    mode: str,
    host: str,
    port: int,
    code: str,
    directory: Path,
) -> None:
    """Tell the teacher what to write on the board."""
    urls = [f"http://{'[' + a + ']' if ':' in a else a}:{port}" for a in share_addresses(host)]
    click.echo(f"Serving: {title} ({count} questions, {mode} mode, {made})")
    if is_loopback(host):
        click.echo(f"Open on this computer: {urls[0]}")
        click.echo("Only this computer can reach it; to serve a class, add --host 0.0.0.0")
    else:
        click.echo("Students open: " + "   or   ".join(urls))
    click.echo(f"Join code: {code}")
    click.echo(f"Answers are saved in: {Path(directory) / 'readquiz.db'}")
    click.echo("Stop with Ctrl+C (every answer given so far is already saved).", nl=True)
