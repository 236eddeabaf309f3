"""One student's quiz process, started by the server for each browser that joins.

``python -m readquiz.serve.student SESSION.json``. The session file, written by
``readquiz serve`` before it listens, holds the article's path, the frozen question
set and the data directory: every student gets the same questions, and nothing here
can fail on the teacher's input, which was checked before the first student came.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Session:
    """What every student's process of one ``readquiz serve`` shares."""

    article_path: str
    """The article file (absolute)."""
    questions_json: str
    """The question set (``QuestionSet.to_json``), the same for every student."""
    data_dir: str
    """Where the results store is."""
    mode: str
    """``practice`` or ``test``."""

    def write(self, path: Path) -> None:
        """Save the session for the student processes."""
        path.write_text(json.dumps(asdict(self)), encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> Session:
        """Load a session written by :meth:`write`."""
        return cls(**json.loads(path.read_text(encoding="utf-8")))


def main(argv: list[str] | None = None) -> int:
    """Run one student's quiz over the web driver textual-serve set up; return the status."""
    args = sys.argv[1:] if argv is None else argv
    session = Session.read(Path(args[0]))

    from readquiz.article.loader import load_article
    from readquiz.attempts.store import ResultsStore
    from readquiz.questions.model import QuestionSet
    from readquiz.tui.app import make_app

    article = load_article(Path(session.article_path))
    qset = QuestionSet.from_json(session.questions_json)
    store = ResultsStore(Path(session.data_dir))
    try:
        # No blinking cursor: thirty idle quizzes would each redraw twice a second.
        make_app(article, qset, store, mode=session.mode, served=True, cursor_blink=False).run()
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
