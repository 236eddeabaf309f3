"""One student's quiz process, started by the server for each browser that joins.

``python -m readquiz.serve.student SESSION``. The session file, written by
``readquiz serve`` before it listens (into a directory only the teacher's account can
read), holds the article as loaded and checked, the frozen question set and the data
directory: every student gets the same questions, nothing here can fail on the
teacher's input, which was checked before the first student came, and no student's
process reads or checks the article again (a pickle: it is read only by this module,
from a file this server wrote).
"""

from __future__ import annotations

import dataclasses
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from readquiz import collector

if TYPE_CHECKING:
    from readquiz.article.model import Article


@dataclass(frozen=True)
class Session:
    """What every student's process of one ``readquiz serve`` shares."""

    article: Article
    """The article, loaded and checked once by the server."""
    questions_json: str
    """The question set (``QuestionSet.to_json``), the same for every student."""
    data_dir: str
    """Where the results store is."""
    mode: str
    """``practice`` or ``test``."""

    def write(self, path: Path) -> None:
        """Save the session for the student processes."""
        # A dict, not this class: the student's process runs this module as __main__.
        fields = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        path.write_bytes(pickle.dumps(fields, protocol=pickle.HIGHEST_PROTOCOL))

    @classmethod
    def read(cls, path: Path) -> Session:
        """Load a session written by :meth:`write`."""
        return cls(**pickle.loads(path.read_bytes()))


def main(argv: list[str] | None = None) -> int:
    """Run one student's quiz over the web driver textual-serve set up; return the status."""
    collector.hold()  # until the first screen is drawn (the app lets it go then)
    try:
        return _run(sys.argv[1:] if argv is None else argv)
    finally:
        collector.release()


def _run(args: list[str]) -> int:
    session = Session.read(Path(args[0]))

    from readquiz.attempts.store import ResultsStore
    from readquiz.questions.model import QuestionSet
    from readquiz.tui.app import make_app

    qset = QuestionSet.from_json(session.questions_json)
    store = ResultsStore(Path(session.data_dir))
    try:
        # No blinking cursor: thirty idle quizzes would each redraw twice a second.
        make_app(
            session.article, qset, store, mode=session.mode, served=True, cursor_blink=False
        ).run()
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
