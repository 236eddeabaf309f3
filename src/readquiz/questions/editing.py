"""A teacher's review of a question set, headless: keep, drop, reorder, edit, add.

``readquiz review`` (tui/) drives a :class:`ReviewSession`; every rule about what an
edit may do lives here, so it is tested without a terminal and the screen only shows
what the session says. Every change is a new immutable :class:`Question` (dataclass
``replace``), which makes undo a stack of snapshots and "unsaved" an exact comparison
with the last saved state, not a counter that drifts.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from readquiz.errors import ReadquizError
from readquiz.questions.model import Evidence, Question, QuestionSet

if TYPE_CHECKING:
    from pathlib import Path

    from readquiz.article.model import Article
    from readquiz.templates.library import TemplateLibrary

MIN_CHOICES, MAX_CHOICES = 3, 5
TRUE_FALSE = ("True", "False")
OWN_TYPE = "custom"
"""The type of a question the teacher wrote (the set file's default for one)."""
OWN_ID_PREFIX = "teacher-"

Another = Callable[[Question, int], Question | None]
"""Makes attempt number ``n`` (0, 1, ...) at another question for the same fact."""
Saver = Callable[[QuestionSet], None]
"""Writes the kept questions to the set file (atomically)."""

ANOTHER_TRIES = 12
"""Seeds tried per request before saying there is no other question for a fact."""


class EditError(ReadquizError):
    """An edit the session refuses, worded for the teacher (shown, never raised out)."""


@dataclass(frozen=True)
class Entry:
    """One question of the review and whether it is kept."""

    question: Question
    kept: bool = True


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def parse_number(text: str) -> int | float:
    """A number the teacher typed ("1,200", "-3.5", "about 120") as int or float.

    Raises:
        EditError: no number in ``text``.
    """
    from readquiz.grading import parse_number as _parse  # rapidfuzz: only when editing

    value = _parse(text)
    if value is None:
        raise EditError(f"{text.strip()!r} is not a number")
    return int(value) if float(value).is_integer() else value


class ReviewSession:
    """The questions of one set as the teacher is reviewing them.

    Args:
        article: The article the set is about (evidence of a new question is found in it).
        qset: The set as loaded from its file.
        saver: Writes a set to the file; called by :meth:`save`.
        another: Makes another question for the same fact; None if no engine is at hand.
    """

    def __init__(
        self,
        article: Article,
        qset: QuestionSet,
        saver: Saver,
        another: Another | None = None,
    ) -> None:
        self.article = article
        self.qset = qset
        self.entries: list[Entry] = [Entry(q) for q in qset.questions]
        self._saver = saver
        self._another = another
        self._saved: list[Entry] = list(self.entries)
        self._undo: list[list[Entry]] = []
        # Attempts made per question id, so each request for another question moves on.
        self._tries: dict[str, int] = {}

    # ------------------------------------------------------------------ reading

    def __len__(self) -> int:
        return len(self.entries)

    def question(self, index: int) -> Question:
        """The question at ``index``."""
        return self.entries[index].question

    @property
    def kept(self) -> list[Question]:
        """The questions that will be saved, in order."""
        return [e.question for e in self.entries if e.kept]

    @property
    def unsaved(self) -> bool:
        """Whether anything differs from the file as last saved (or loaded)."""
        return self.entries != self._saved

    @property
    def can_undo(self) -> bool:
        """Whether there is a change to undo."""
        return bool(self._undo)

    def can_ask_another(self, index: int) -> bool:
        """Whether another question can be made for this one's fact (not a teacher's)."""
        return self._another is not None and self.question(index).template is not None

    def result(self) -> QuestionSet:
        """The set as it would be saved: the kept questions in their order."""
        return dataclasses.replace(self.qset, questions=self.kept)

    # ------------------------------------------------------------------ changing

    def _change(self, entries: list[Entry]) -> None:
        if entries != self.entries:
            self._undo.append(self.entries)
            self.entries = entries

    def _replace(self, index: int, question: Question) -> None:
        entries = list(self.entries)
        entries[index] = dataclasses.replace(entries[index], question=question)
        self._change(entries)

    def undo(self) -> bool:
        """Undo the last change; False when there is none."""
        if not self._undo:
            return False
        self.entries = self._undo.pop()
        return True

    def set_kept(self, index: int, kept: bool) -> None:
        """Keep or drop the question at ``index`` (a dropped one is not saved)."""
        if not kept and len(self.kept) == 1 and self.entries[index].kept:
            raise EditError("a set needs at least one question: keep this one")
        entries = list(self.entries)
        entries[index] = dataclasses.replace(entries[index], kept=kept)
        self._change(entries)

    def move(self, index: int, by: int) -> int:
        """Move the question at ``index`` up (``by`` < 0) or down; returns its new index."""
        target = max(0, min(len(self.entries) - 1, index + by))
        if target != index:
            entries = list(self.entries)
            entries.insert(target, entries.pop(index))
            self._change(entries)
        return target

    def edit_prompt(self, index: int, text: str) -> None:
        """Reword the stem."""
        text = " ".join(text.split())
        if not text:
            raise EditError("the question cannot be empty")
        self._replace(index, dataclasses.replace(self.question(index), prompt=text))

    def edit_choice(self, index: int, number: int, text: str) -> None:
        """Reword choice ``number`` (0-based); the key follows when it is the key's text."""
        q = self.question(index)
        if q.format != "choice" or q.choices is None or not 0 <= number < len(q.choices):
            raise EditError("this question has no such choice")
        text = " ".join(text.split())
        if not text:
            raise EditError("a choice cannot be empty")
        if any(_fold(c) == _fold(text) for i, c in enumerate(q.choices) if i != number):
            raise EditError(f"{text!r} is already a choice")
        choices = list(q.choices)
        was_key = number == q.answer_index
        choices[number] = text
        answer = text if was_key else q.answer
        self._replace(index, dataclasses.replace(q, choices=choices, answer=answer))

    def set_key(self, index: int, value: str | int) -> None:
        """Change the right answer.

        Args:
            index: The question.
            value: For choice questions the 0-based choice number; for true/false
                "True" or "False"; a number (as typed) for numeric; else the text.
        """
        q = self.question(index)
        if q.format == "choice":
            if not isinstance(value, int) or q.choices is None:
                raise EditError("pick the key among the choices")
            if not 0 <= value < len(q.choices):
                raise EditError("this question has no such choice")
            self._replace(index, dataclasses.replace(q, answer=q.choices[value]))
        elif q.format == "truefalse":
            if str(value) not in TRUE_FALSE:
                raise EditError("a true/false key is True or False")
            self._replace(index, dataclasses.replace(q, answer=str(value)))
        elif q.format == "numeric":
            number = parse_number(str(value))
            self._replace(index, dataclasses.replace(q, answer=number))
        else:
            text = " ".join(str(value).split())
            if not text:
                raise EditError("the answer cannot be empty")
            accept = [a for a in q.accept if _fold(a) != _fold(text)]
            self._replace(index, dataclasses.replace(q, answer=text, accept=accept))

    def set_accept(self, index: int, answers: list[str]) -> None:
        """Set the other accepted answers of a short question (the key is not repeated)."""
        q = self.question(index)
        if q.format != "short":
            raise EditError("only short-answer questions take other accepted answers")
        seen = {_fold(q.answer_text)}
        accept: list[str] = []
        for answer in answers:
            answer = " ".join(answer.split())
            if answer and _fold(answer) not in seen:
                seen.add(_fold(answer))
                accept.append(answer)
        self._replace(index, dataclasses.replace(q, accept=accept))

    def set_tolerance(self, index: int, text: str) -> None:
        """Set how far from the key a numeric answer may be (in the question's unit)."""
        q = self.question(index)
        if q.format != "numeric":
            raise EditError("only numeric questions have a tolerance")
        value = float(parse_number(text)) if text.strip() else 0.0
        if value < 0:
            raise EditError("the tolerance cannot be negative")
        self._replace(index, dataclasses.replace(q, tolerance=value))

    def set_points(self, index: int, text: str) -> None:
        """Set what the question is worth (a positive number: 1, 2, 0.5)."""
        value = parse_number(text)
        if value <= 0:
            raise EditError("points must be more than 0")
        self._replace(index, dataclasses.replace(self.question(index), points=value))

    def ask_another(self, index: int) -> bool:
        """Replace the question with another for the same fact (another wording/format).

        Returns:
            True if it was replaced; False when no different question could be made.
        """
        q = self.question(index)
        if self._another is None or q.template is None:
            raise EditError("only a generated question can be made again")
        start = self._tries.get(q.id, 0)
        for attempt in range(start, start + ANOTHER_TRIES):
            fresh = self._another(q, attempt)
            if fresh is not None and _differs(fresh, q):
                self._tries[q.id] = attempt + 1
                self._replace(index, dataclasses.replace(fresh, id=q.id))
                return True
        self._tries[q.id] = start + ANOTHER_TRIES
        return False

    def add(self, after: int | None, question: Question) -> int:
        """Put the teacher's own ``question`` after ``after`` (None: at the end).

        Returns:
            The new question's index.
        """
        if any(e.question.id == question.id for e in self.entries):
            raise EditError(f"a question with id {question.id!r} is already in the set")
        entries = list(self.entries)
        at = len(entries) if after is None else after + 1
        entries.insert(at, Entry(question))
        self._change(entries)
        return at

    def new_id(self) -> str:
        """An id for the teacher's next question, unused in the set: teacher-1, -2, ..."""
        used = {e.question.id for e in self.entries}
        n = 1
        while f"{OWN_ID_PREFIX}{n}" in used:
            n += 1
        return f"{OWN_ID_PREFIX}{n}"

    def save(self) -> None:
        """Write the kept questions with the saver; the file's old content survives a failure."""
        self._saver(self.result())
        self._saved = list(self.entries)


def _differs(a: Question, b: Question) -> bool:
    return (a.format, a.prompt, a.choices, a.answer) != (b.format, b.prompt, b.choices, b.answer)


def own_question(
    article: Article,
    *,
    qid: str,
    fmt: str,
    prompt: str,
    answer: str,
    quote: str,
    choices: list[str] | None = None,
    accept: list[str] | None = None,
    unit: str | None = None,
) -> Question:
    """A question the teacher wrote, checked like one in a set file.

    Args:
        article: The article; the quote must be in it (its paragraph is found there).
        qid: The new question's id.
        fmt: choice, short, numeric, truefalse or open.
        prompt: The stem.
        answer: For choice the key's text or its letter/number; True/False; a number; text.
        quote: Words of the article that prove the answer.
        choices: For choice questions, 3 to 5 texts.
        accept: Other accepted answers (short).
        unit: The unit of a numeric answer.

    Raises:
        EditError: one sentence saying what to fix.
    """
    from readquiz.article.evidence import find_quote

    prompt = " ".join(prompt.split())
    if not prompt:
        raise EditError("write the question")
    found = find_quote(article.blocks, quote)
    if found is None:
        raise EditError("the evidence must be words of the article, as they read there")
    value: str | int | float = " ".join(answer.split())
    listed: list[str] | None = None
    if fmt == "choice":
        listed = [" ".join(c.split()) for c in choices or [] if c.strip()]
        if not MIN_CHOICES <= len(listed) <= MAX_CHOICES:
            raise EditError(f"give {MIN_CHOICES} to {MAX_CHOICES} choices")
        if len({_fold(c) for c in listed}) != len(listed):
            raise EditError("two choices are the same")
        value = _choice_key(listed, str(value))
    elif fmt == "truefalse":
        listed = list(TRUE_FALSE)
        value = str(value).capitalize()
        if value not in TRUE_FALSE:
            raise EditError("the answer of a true/false question is True or False")
    elif fmt == "numeric":
        value = parse_number(str(value))
    elif not value:
        raise EditError("give the answer")
    return Question(
        id=qid,
        type=OWN_TYPE,
        format=fmt,
        prompt=prompt,
        choices=listed,
        answer=value,
        accept=[" ".join(a.split()) for a in (accept or []) if a.strip()] if fmt == "short" else [],
        unit=(unit or None) if fmt == "numeric" else None,
        approx="exact" if fmt == "numeric" else None,
        tolerance=0.0 if fmt == "numeric" else None,
        evidence=Evidence(found.paragraph, found.quote),
        explanation=f"Paragraph {found.paragraph}: “{found.quote}”",
        template=None,
    )


def _choice_key(choices: list[str], given: str) -> str:
    """The key of a new choice question: its text, its letter (B) or its number (2)."""
    letters = "ABCDE"[: len(choices)]
    if len(given) == 1 and given.upper() in letters:
        return choices[letters.index(given.upper())]
    if given.isdigit() and 1 <= int(given) <= len(choices):
        return choices[int(given) - 1]
    for choice in choices:
        if _fold(choice) == _fold(given):
            return choice
    raise EditError("the answer must be one of the choices (its text, letter or number)")


def save_set_file(path: Path, qset: QuestionSet, article: Article) -> None:
    """Write ``qset`` to the set file ``path`` (YAML, or JSON for .json), atomically.

    The file is written as ``readquiz generate -o`` writes it (the set file's own
    writer), into a temporary file beside it that is flushed to disk and then renamed
    over it: a crash or a kill at any moment leaves either the old file or the new one.

    Raises:
        OutputError: the file cannot be written (the old one is untouched).
    """
    import os

    from readquiz.output import atomic_output
    from readquiz.questions.setfile import render_set, set_dict

    fmt = "json" if path.suffix.lower() == ".json" else "yaml"
    text = render_set(set_dict(qset, article, path), fmt)
    with atomic_output(path) as handle:
        handle.write(text.encode("utf-8"))
        handle.flush()
        # On disk before the rename, so a power cut cannot leave an empty file.
        os.fsync(handle.fileno())


def engine_another(
    article: Article,
    library: Callable[[], TemplateLibrary],
    seed: int,
    formats: list[str] | None = None,
) -> Another:
    """Another question for a question's fact, made by the engine under other seeds.

    Attempt ``n`` asks the engine for every question of the same type under seed
    ``seed + 1 + n`` and takes the one with the same id (same template, same item): a
    new seed gives another format, other distractors, another order of choices.

    Args:
        article: The article of the set.
        library: Loads the templates, on the first request only (a review that never
            asks for another question never loads them, nor fails on them).
        seed: The set's seed.
        formats: Only these formats (None: the engine's default).
    """
    loaded: list[TemplateLibrary] = []

    def another(question: Question, attempt: int) -> Question | None:
        from readquiz.engine import generate

        if not loaded:
            loaded.append(library())
        made = generate(
            article, loaded[0], seed=seed + 1 + attempt, types=[question.type], formats=formats
        )
        return next((q for q in made.questions if q.id == question.id), None)

    return another
