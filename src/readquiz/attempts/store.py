"""Quiz attempts and answers, kept in SQLite. Headless: no Textual, no reportlab.

Every answer is written in its own short transaction the moment it is given, so a
crash, a closed terminal or ``kill -9`` loses nothing that was answered. The database
runs in WAL mode with a busy timeout and retries, so several students quizzing at once
against one data directory (a shared classroom machine) lose no writes.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from readquiz.errors import ResultsError

DB_NAME = "readquiz.db"
SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 10_000
# Beyond the busy timeout, a few more tries: a lock held through a slow fsync on a
# loaded machine must not cost a student an answer.
RETRIES = 5

_SCHEMA = """
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article TEXT NOT NULL,
    article_path TEXT NOT NULL,
    student TEXT,
    mode TEXT NOT NULL CHECK (mode IN ('practice', 'test')),
    seed INTEGER NOT NULL,
    started TEXT NOT NULL,
    finished TEXT,
    total INTEGER NOT NULL,
    retry_of INTEGER REFERENCES attempts(id),
    questions TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS answers (
    attempt INTEGER NOT NULL REFERENCES attempts(id),
    position INTEGER NOT NULL,
    question TEXT NOT NULL,
    given TEXT NOT NULL,
    correct INTEGER NOT NULL,
    answered TEXT NOT NULL,
    PRIMARY KEY (attempt, question)
);
CREATE INDEX IF NOT EXISTS attempts_unfinished ON attempts (finished, student);
"""

T = TypeVar("T")


def utc_now() -> str:
    """The current time as an ISO 8601 UTC timestamp ("2024-05-01T09:30:00Z")."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Answer:
    """One answer as given."""

    question: str
    """The question's id."""
    given: str
    """The answer as typed or chosen."""
    correct: bool


@dataclass
class Attempt:
    """One student's run through one question set."""

    id: str
    article: str
    """The article's id."""
    article_path: str
    """The article file, so ``--resume`` reloads the same article."""
    student: str | None
    mode: str
    seed: int
    started: str
    finished: str | None
    total: int
    retry_of: str | None
    questions_json: str
    """The full question set (``QuestionSet.to_json``), replayed exactly on resume."""
    answers: list[Answer] = field(default_factory=list)

    @property
    def score(self) -> int:
        """How many answers were correct."""
        return sum(1 for a in self.answers if a.correct)

    @property
    def percent(self) -> float:
        """Score as a percentage of the questions, to one decimal."""
        return round(100 * self.score / self.total, 1) if self.total else 0.0

    @property
    def answered(self) -> set[str]:
        """Ids of the questions answered so far."""
        return {a.question for a in self.answers}

    def to_dict(self) -> dict[str, Any]:
        """The attempt as ``readquiz results --format json`` prints it."""
        return {
            "id": self.id,
            "article": self.article,
            "student": self.student,
            "mode": self.mode,
            "seed": self.seed,
            "started": self.started,
            "finished": self.finished,
            "score": self.score,
            "total": self.total,
            "retry_of": self.retry_of,
            "answers": [
                {"question": a.question, "given": a.given, "correct": a.correct}
                for a in self.answers
            ],
        }


class ResultsStore:
    """The attempts database in a data directory (``<data_dir>/readquiz.db``)."""

    def __init__(self, directory: Path, *, create: bool = True, name: str = DB_NAME) -> None:
        """Open (and with ``create``, make) the database in ``directory``.

        ``name`` is the database's file name there: another name opens a copy, as
        ``readquiz report --db FILE`` does.

        Raises:
            ResultsError: the directory or database cannot be created or opened.
        """
        self.path = Path(directory) / name
        self._conn: sqlite3.Connection | None = None
        if not create and not self.path.exists():
            return  # nothing recorded yet: an empty store, and no file made by reading
        self.create()

    def create(self) -> None:
        """Make (or open) the database now, unless it is open already.

        For a store opened with ``create=False`` that is about to be written to:
        ``readquiz quiz`` makes its database only once its questions are known good.

        Raises:
            ResultsError: the directory or database cannot be created or opened.
        """
        if self._conn is not None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Autocommit mode: every transaction is explicit and short (see _write).
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._retry(lambda: conn.execute("PRAGMA journal_mode = WAL"))
            # FULL: an answer is on disk before the next question shows.
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            self._conn = conn
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version < SCHEMA_VERSION:
                self._create_schema(conn)
            elif version > SCHEMA_VERSION:
                raise ResultsError(
                    f"{self.path}: made by a newer readquiz (schema {version}); upgrade readquiz"
                )
        except sqlite3.Error as err:
            raise ResultsError(f"{self.path}: cannot open the results database: {err}") from err
        except OSError as err:
            raise ResultsError(
                f"{self.path.parent}: cannot create the data directory: {err}"
            ) from err

    def check_creatable(self) -> None:
        """Fail as :meth:`create` would on the data directory, without writing anything.

        As far as can be told beforehand: the nearest folder that exists on the way to
        the database must be a directory this process may write in (the folders below
        it are made with the database). An existing database was checked when opened.

        Raises:
            ResultsError: the data directory or the database cannot be made there.
        """
        if self._conn is not None or self.path.exists():
            return
        existing = next(p for p in self.path.parents if p.exists())
        if not existing.is_dir():
            raise ResultsError(
                f"{self.path.parent}: cannot create the data directory: "
                f"{existing} is not a directory"
            )
        if not os.access(existing, os.W_OK | os.X_OK):
            raise ResultsError(
                f"{self.path}: cannot create the results database: "
                f"no permission to write in {existing}"
            )

    def _create_schema(self, conn: sqlite3.Connection) -> None:
        # One immediate transaction: two processes opening a new database at once
        # take turns instead of racing over CREATE TABLE.
        script = f"BEGIN IMMEDIATE;{_SCHEMA}PRAGMA user_version = {SCHEMA_VERSION};COMMIT;"
        try:
            self._retry(lambda: conn.executescript(script))
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        """Close the connection (safe to call twice)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- writing -----------------------------------------------------------------

    def start_attempt(
        self,
        *,
        article_id: str,
        article_path: str,
        questions_json: str,
        total: int,
        seed: int,
        mode: str,
        student: str | None = None,
        retry_of: str | None = None,
    ) -> str:
        """Record a new attempt and return its id."""
        with self._write() as c:
            cur = c.execute(
                "INSERT INTO attempts (article, article_path, student, mode, seed, started,"
                " total, retry_of, questions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    article_path,
                    student or None,
                    mode,
                    seed,
                    utc_now(),
                    total,
                    int(retry_of) if retry_of is not None else None,
                    questions_json,
                ),
            )
            return str(cur.lastrowid)

    def record_answer(self, attempt_id: str, question_id: str, given: str, correct: bool) -> None:
        """Write one answer at once, in its own transaction.

        Answering a question a second time replaces the first answer (it keeps its
        place in the order given).
        """
        with self._write() as c:
            c.execute(
                "INSERT INTO answers (attempt, position, question, given, correct, answered)"
                " VALUES (?, (SELECT COUNT(*) FROM answers WHERE attempt = ?), ?, ?, ?, ?)"
                " ON CONFLICT (attempt, question) DO UPDATE SET given = excluded.given,"
                " correct = excluded.correct, answered = excluded.answered",
                (int(attempt_id), int(attempt_id), question_id, given, int(correct), utc_now()),
            )

    def rename_attempt(self, attempt_id: str, student: str | None) -> None:
        """Put the attempt under another name (None or "": no name)."""
        with self._write() as c:
            c.execute(
                "UPDATE attempts SET student = ? WHERE id = ?", (student or None, int(attempt_id))
            )

    def finish_attempt(self, attempt_id: str) -> None:
        """Mark an attempt finished (only the first time counts)."""
        with self._write() as c:
            c.execute(
                "UPDATE attempts SET finished = ? WHERE id = ? AND finished IS NULL",
                (utc_now(), int(attempt_id)),
            )

    # -- reading -----------------------------------------------------------------

    def attempts(self, article_id: str | None = None) -> list[Attempt]:
        """Every attempt (on ``article_id``, if given) with its answers, oldest first."""
        if article_id is not None:
            return self._select("article = ?", (article_id,))
        return self._select("1 = 1", ())

    def articles(self) -> list[str]:
        """The ids of the articles attempted, in the order first attempted."""
        if self._conn is None:
            return []
        conn = self._conn
        query = "SELECT article FROM attempts GROUP BY article ORDER BY MIN(started), MIN(id)"
        try:
            return [r[0] for r in self._retry(lambda: conn.execute(query).fetchall())]
        except sqlite3.Error as err:
            raise ResultsError(f"{self.path}: cannot read the results database: {err}") from err

    def get(self, attempt_id: str) -> Attempt | None:
        """One attempt by id, or None."""
        found = self._select("id = ?", (int(attempt_id),))
        return found[0] if found else None

    def latest_unfinished(
        self, student: str | None = None, article_id: str | None = None
    ) -> Attempt | None:
        """The most recently started unfinished attempt (of ``student``, on ``article_id``)."""
        where, params = "finished IS NULL", []
        if student:
            where += " AND student = ?"
            params.append(student)
        if article_id:
            where += " AND article = ?"
            params.append(article_id)
        found = self._select(where, tuple(params))
        return found[-1] if found else None

    def _select(self, where: str, params: tuple[Any, ...]) -> list[Attempt]:
        if self._conn is None:
            return []
        conn = self._conn

        def read() -> list[Attempt]:
            rows = conn.execute(
                "SELECT id, article, article_path, student, mode, seed, started, finished,"
                f" total, retry_of, questions FROM attempts WHERE {where} ORDER BY started, id",
                params,
            ).fetchall()
            attempts = [
                Attempt(
                    id=str(r[0]),
                    article=r[1],
                    article_path=r[2],
                    student=r[3],
                    mode=r[4],
                    seed=int(r[5]),
                    started=r[6],
                    finished=r[7],
                    total=int(r[8]),
                    retry_of=str(r[9]) if r[9] is not None else None,
                    questions_json=r[10],
                )
                for r in rows
            ]
            by_id = {int(a.id): a for a in attempts}
            if by_id:
                marks = ",".join("?" * len(by_id))
                for attempt, question, given, correct in conn.execute(
                    f"SELECT attempt, question, given, correct FROM answers"
                    f" WHERE attempt IN ({marks}) ORDER BY attempt, position",
                    tuple(by_id),
                ):
                    by_id[attempt].answers.append(Answer(question, given, bool(correct)))
            return attempts

        try:
            return self._retry(read)
        except sqlite3.Error as err:
            raise ResultsError(f"{self.path}: cannot read the results database: {err}") from err

    # -- transactions ------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction, retried while the database is busy.

        Taken with BEGIN IMMEDIATE so two writers never deadlock upgrading read locks;
        rolled back on any error, and an SQLite error is raised as a ResultsError.
        """
        if self._conn is None:
            raise ResultsError(f"{self.path}: the results database is closed")
        conn = self._conn
        self._retry(lambda: conn.execute("BEGIN IMMEDIATE"))
        try:
            yield conn
            self._retry(lambda: conn.execute("COMMIT"))
        except BaseException as err:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(err, sqlite3.Error):
                raise ResultsError(
                    f"{self.path}: cannot save to the results database: {err}"
                ) from err
            raise

    @staticmethod
    def _retry(step: Callable[[], T]) -> T:
        """Run ``step``, retrying with backoff while SQLite reports the database busy."""
        for attempt in range(RETRIES):
            try:
                return step()
            except sqlite3.OperationalError as err:
                busy = "locked" in str(err) or "busy" in str(err)
                if not busy or attempt == RETRIES - 1:
                    raise
                time.sleep(0.05 * 2**attempt)
        raise AssertionError("unreachable")
