"""One attempt in progress: which questions are answered, grading and saving.

Plain Python, no Textual: the screens ask it what to show and tell it what the student
did; it writes every answer to the results store the moment it is given.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from readquiz.article.deferred import DeferredArticle, loaded
from readquiz.attempts.store import Answer, Attempt, ResultsStore
from readquiz.questions.model import Question, QuestionSet
from readquiz.questions.shuffle import reshuffled

if TYPE_CHECKING:
    # pydantic's models, not needed to show the start screen (see readquiz.article.deferred)
    from readquiz.article.model import Article


@dataclass(frozen=True)
class TypeScore:
    """Score on one question type."""

    type: str
    correct: int
    total: int


@dataclass(frozen=True)
class PreparingRun:
    """A quiz whose questions are still being made, and what it will become.

    ``readquiz quiz`` shows its start screen with this while ``build`` runs (making a
    set takes longer than drawing a screen); :meth:`ready` then gives the run proper.
    Nothing is written until then, not even the store's database if it has none yet:
    a quiz whose questions cannot be made leaves no file behind.
    """

    article: Article | DeferredArticle
    """The article; a deferred one is built by ``build`` (in the same thread)."""
    store: ResultsStore
    build: Callable[[], QuestionSet]
    """Makes the questions; raises ReadquizError when none can be made."""
    mode: str = "practice"
    student: str | None = None

    @property
    def resumed(self) -> bool:
        """Never: a resumed attempt has its questions already."""
        return False

    def ready(self, qset: QuestionSet) -> QuizRun:
        """The run over ``qset``, the questions ``build`` made; the store is made now.

        Raises:
            ResultsError: the store's database cannot be made.
        """
        self.store.create()
        return QuizRun(loaded(self.article), qset, self.store, mode=self.mode, student=self.student)


class QuizRun:
    """The state of one attempt, started lazily when the student begins."""

    def __init__(
        self,
        article: Article,
        qset: QuestionSet,
        store: ResultsStore,
        *,
        mode: str = "practice",
        student: str | None = None,
        attempt: Attempt | None = None,
        retry_of: str | None = None,
    ) -> None:
        """Prepare a run; with ``attempt``, continue that attempt where it stopped."""
        self.article = article
        self.qset = qset
        self.store = store
        self.mode = attempt.mode if attempt else mode
        self.student = attempt.student if attempt else student
        self.retry_of = attempt.retry_of if attempt else retry_of
        self.attempt_id: str | None = attempt.id if attempt else None
        self.answers: dict[str, Answer] = (
            {a.question: a for a in attempt.answers} if attempt else {}
        )
        self.finished = False

    @property
    def questions(self) -> list[Question]:
        """The questions in the order they are asked."""
        return self.qset.questions

    @property
    def total(self) -> int:
        """How many questions the attempt has."""
        return len(self.qset.questions)

    @property
    def resumed(self) -> bool:
        """Whether this run continues an attempt that already has answers."""
        return self.attempt_id is not None and bool(self.answers)

    @property
    def unfinished(self) -> bool:
        """Started and not finished: quitting now leaves an attempt to resume."""
        return self.attempt_id is not None and not self.finished

    @property
    def score(self) -> int:
        """Correct answers so far."""
        return sum(1 for a in self.answers.values() if a.correct)

    def begin(self, student: str | None = None) -> None:
        """Record the attempt in the store (once); the name in the start screen's box wins.

        ``student`` is that box's text ("" for an emptied box: no name), or None to keep
        the name as it is (a retry). Continuing an attempt under a changed name renames it.

        Raises:
            ResultsError: the attempt or its new name could not be saved.
        """
        if student is not None:
            name = student.strip() or None
            if self.attempt_id is not None and name != self.student:
                self.store.rename_attempt(self.attempt_id, name)
            self.student = name
        if self.attempt_id is not None:
            return
        self.attempt_id = self.store.start_attempt(
            article_id=self.qset.article_id,
            # Absolute, so --resume finds the article from any working directory.
            article_path=str(Path(self.article.path).resolve()) if self.article.path else "",
            questions_json=self.qset.to_json(),
            total=self.total,
            seed=self.qset.seed,
            mode=self.mode,
            student=self.student,
            retry_of=self.retry_of,
        )

    def next_index(self) -> int | None:
        """Index of the first unanswered question, or None when all are answered."""
        for i, q in enumerate(self.questions):
            if q.id not in self.answers:
                return i
        return None

    def answer(self, question: Question, given: str) -> bool:
        """Grade ``given`` and save it at once; return whether it is correct.

        Raises:
            ResultsError: the answer could not be saved.
        """
        if self.attempt_id is None:
            self.begin()
        assert self.attempt_id is not None
        from readquiz.grading import check_answer  # rapidfuzz: not needed to show a quiz

        correct = bool(check_answer(question, given))
        self.store.record_answer(self.attempt_id, question.id, given, correct)
        self.answers[question.id] = Answer(question.id, given, correct)
        return correct

    def finish(self) -> None:
        """Mark the attempt finished in the store."""
        if self.attempt_id is not None and not self.finished:
            self.store.finish_attempt(self.attempt_id)
        self.finished = True

    def by_type(self) -> list[TypeScore]:
        """Score per question type, in the order the types first appear."""
        totals = Counter(q.type for q in self.questions)
        right = Counter(q.type for q in self.questions if self._correct(q))
        return [TypeScore(t, right[t], n) for t, n in totals.items()]

    def missed(self) -> list[Question]:
        """Questions answered wrongly or not at all, in order."""
        return [q for q in self.questions if not self._correct(q)]

    def retry_missed(self) -> QuizRun | None:
        """A new attempt over the missed questions (a retry of this one), or None."""
        missed = self.missed()
        return self._retry(missed) if missed else None

    def retry_all(self) -> QuizRun:
        """A new attempt over every question of this one (a retry of it)."""
        return self._retry(self.questions)

    def _retry(self, questions: list[Question]) -> QuizRun:
        """A new attempt over ``questions``, each with its choices in a new order.

        The order comes from the set's seed and this attempt's id, so it is the same
        each time for the same attempt, and each retry of a retry moves the key again.
        """
        rng = random.Random(f"readquiz-retry:{self.qset.seed}:{self.attempt_id}")
        shuffled = [reshuffled(q, rng) for q in questions]
        qset = QuestionSet(self.qset.article_id, self.qset.article_title, self.qset.seed, shuffled)
        return QuizRun(
            self.article,
            qset,
            self.store,
            mode=self.mode,
            student=self.student,
            retry_of=self.attempt_id,
        )

    def _correct(self, question: Question) -> bool:
        given = self.answers.get(question.id)
        return given is not None and given.correct
