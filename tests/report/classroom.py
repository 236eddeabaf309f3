"""A known class, written to a real results store through the quiz's own calls.

Every student answers through :class:`~readquiz.attempts.state.QuizRun` (begin,
answer, finish, retry), exactly as the terminal and the browser quiz do. Student
``i`` (0 is the weakest, 24 the strongest of 25) answers by the rules in ``RULES``,
so every figure of the report can be worked out by hand:

=  ==========================  ===========  ===========================================
#  question                    paragraph    who answers right; what the others answer
=  ==========================  ===========  ===========================================
1  Iran's view (stance)        2            all but student 0 (96%: too easy)
2  capital of Iraq (where)     2            students 10-24 (60%); 0-9 choose Tehran
3  days after the call         7            students 22-24 (12%: too hard); 0-19 choose
                                            "3 days", 20-21 "5 days" (a distractor
                                            drew more than the key)
4  who is Pompeo (who)         7            students 0-11 (48%): the weaker ones, so
                                            negative discrimination; others choose
                                            "Pakistan's foreign minister"
5  army's position (stance)    9            students 5-24 (80%); others "Against"
6  peacemaker (vocabulary)     9            students 8-24 (68%); others type mediator
7  who is Qureshi (who)        10           students 14-24 (44%); others the U.S. one
8  when Qureshi called (when)  10           students 3-24 (88%); others type Friday
=  ==========================  ===========  ===========================================

Besides the 25 counted attempts: two unfinished attempts (3 answers each), one retry
(student 0 retries what he missed) and one repeated attempt (student 24 again), which
the report leaves out and counts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from readquiz.article.model import Article
from readquiz.attempts.state import QuizRun
from readquiz.attempts.store import ResultsStore
from readquiz.questions.model import Question, QuestionSet
from readquiz.questions.setfile import load_set

SET_FILE = Path(__file__).parents[1] / "fixtures" / "report" / "class-set.yaml"
CLASS_SIZE = 25

Rule = Callable[[int], bool]
RULES: list[tuple[Rule, str]] = [
    (
        lambda i: i >= 1,
        "The country will act as a peacemaker and join no campaign that "
        "threatens regional stability.",
    ),
    (lambda i: i >= 10, "Tehran"),
    (lambda i: i >= 22, "3 days"),
    (lambda i: i < 12, "Pakistan's foreign minister"),
    (lambda i: i >= 5, "Against"),
    (lambda i: i >= 8, "mediator"),
    (lambda i: i >= 14, "The U.S. secretary of state"),
    (lambda i: i >= 3, "Friday"),
]


def student_answer(i: int, position: int, question: Question) -> str:
    """What student ``i`` answers to question ``position`` (0-based)."""
    right, wrong = RULES[position]
    if right(i):
        return question.answer_text
    if position == 2 and i in (20, 21):
        return "5 days"
    if position == 5 and i % 2:
        return "Mediator"  # typed answers count together however they are written
    return wrong


def class_set() -> tuple[Article, QuestionSet]:
    """The article and the question set every student takes."""
    loaded = load_set(SET_FILE)
    return loaded.article, loaded.qset


def take(store: ResultsStore, i: int, *, upto: int | None = None, finish: bool = True) -> QuizRun:
    """Student ``i`` takes the quiz (the first ``upto`` questions only, if given)."""
    article, qset = class_set()
    run = QuizRun(article, qset, store, mode="test", student=f"student{i:02d}")
    run.begin()
    for position, q in enumerate(qset.questions[:upto]):
        run.answer(q, student_answer(i, position, q))
    if finish:
        run.finish()
    return run


def fill_class(data: Path, size: int = CLASS_SIZE, *, extras: bool = True) -> None:
    """Write the class's attempts into the store in ``data``."""
    store = ResultsStore(data)
    runs = [take(store, i) for i in range(size)]
    if extras:
        retry = runs[0].retry_missed()
        assert retry is not None
        for q in retry.questions:
            retry.answer(q, q.answer_text)
        retry.finish()
        take(store, size - 1)  # a second go: not counted
        take(store, 100, upto=3, finish=False)
        take(store, 101, upto=3, finish=False)
    store.close()
