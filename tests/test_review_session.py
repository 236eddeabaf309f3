"""The review's rules, headless: what each edit does to the set, and saving it safely."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from readquiz.errors import OutputError
from readquiz.questions.editing import (
    EditError,
    ReviewSession,
    engine_another,
    own_question,
    save_set_file,
)
from readquiz.questions.model import QuestionSet
from readquiz.questions.setfile import load_set
from readquiz.templates.library import load_templates

FIXTURES = Path(__file__).parent / "tui" / "fixtures"


@pytest.fixture
def set_path(tmp_path: Path) -> Path:
    """The fixture set file and its article, copied where a test may write."""
    shutil.copy(FIXTURES / "article.yaml", tmp_path / "article.yaml")
    shutil.copy(FIXTURES / "review-set.yaml", tmp_path / "set.yaml")
    return tmp_path / "set.yaml"


def session_for(path: Path) -> ReviewSession:
    loaded = load_set(path)
    return ReviewSession(
        loaded.article,
        loaded.qset,
        saver=lambda qset: save_set_file(path, qset, loaded.article),
        another=engine_another(loaded.article, load_templates, loaded.qset.seed),
    )


def ids(session: ReviewSession) -> list[str]:
    return [e.question.id for e in session.entries]


def test_drop_keep_move_and_undo(set_path: Path) -> None:
    s = session_for(set_path)
    first = ids(s)
    assert not s.unsaved and not s.can_undo
    s.set_kept(1, False)
    assert [q.id for q in s.kept] == [first[0], *first[2:]]
    assert s.unsaved
    assert s.move(0, 1) == 1 and ids(s)[:2] == [first[1], first[0]]
    assert s.move(0, -1) == 0  # already at the top: nothing changes
    s.undo()
    assert ids(s) == first and s.unsaved
    s.undo()
    assert not s.unsaved and not s.can_undo  # back to the file exactly


def test_the_last_kept_question_cannot_be_dropped(set_path: Path) -> None:
    s = session_for(set_path)
    for i in range(1, len(s)):
        s.set_kept(i, False)
    with pytest.raises(EditError, match="at least one question"):
        s.set_kept(0, False)


def test_editing_the_keys_text_moves_the_key_with_it(set_path: Path) -> None:
    s = session_for(set_path)
    q = s.question(0)
    assert q.choices is not None and q.answer == "Lena Ortiz"
    s.edit_choice(0, q.choices.index("Lena Ortiz"), "  Mayor   Lena Ortiz ")
    assert s.question(0).answer == "Mayor Lena Ortiz"
    s.edit_choice(0, 0, "Tom Reyes Jr.")
    assert s.question(0).answer == "Mayor Lena Ortiz"
    with pytest.raises(EditError, match="already a choice"):
        s.edit_choice(0, 0, "mayor lena ortiz")
    with pytest.raises(EditError, match="empty"):
        s.edit_prompt(0, "   ")
    s.set_key(0, 2)
    assert s.question(0).answer == s.question(0).choices[2]  # type: ignore[index]


def test_keys_of_every_format(set_path: Path) -> None:
    s = session_for(set_path)
    by_format = {s.question(i).format: i for i in range(len(s))}
    s.set_key(by_format["truefalse"], "True")
    assert s.question(by_format["truefalse"]).answer == "True"
    s.set_key(by_format["numeric"], "1,250")
    assert s.question(by_format["numeric"]).answer == 1250
    with pytest.raises(EditError, match="not a number"):
        s.set_key(by_format["numeric"], "long")
    short = by_format["short"]
    s.set_accept(short, ["Millbrook town", "millbrook", "", "the town of Millbrook"])
    assert s.question(short).accept == ["Millbrook town", "the town of Millbrook"]
    s.set_key(short, "the town of Millbrook")
    assert s.question(short).accept == ["Millbrook town"]  # the key is not repeated
    s.set_tolerance(by_format["numeric"], "15")
    assert s.question(by_format["numeric"]).tolerance == 15.0
    s.set_points(0, "2.5")
    assert s.question(0).points == 2.5
    with pytest.raises(EditError, match="more than 0"):
        s.set_points(0, "0")


def test_a_teachers_question_is_checked_like_one_in_a_set_file(set_path: Path) -> None:
    s = session_for(set_path)
    article = s.article
    mine = own_question(
        article,
        qid=s.new_id(),
        fmt="choice",
        prompt="What will the repairs   include?",
        answer="b",
        quote="including new railings",
        choices=["a new road", "new railings", "a second bridge", ""],
    )
    assert mine.id == "teacher-1" and mine.template is None and mine.type == "custom"
    assert mine.answer == "new railings" and mine.prompt == "What will the repairs include?"
    assert (mine.evidence.paragraph, mine.evidence.quote) == (2, "including new railings")
    at = s.add(0, mine)
    assert at == 1 and s.new_id() == "teacher-2"
    assert not s.can_ask_another(at)
    with pytest.raises(EditError, match="words of the article"):
        own_question(article, qid="x", fmt="short", prompt="Q?", answer="a", quote="not there")
    with pytest.raises(EditError, match="3 to 5 choices"):
        own_question(
            article, qid="x", fmt="choice", prompt="Q?", answer="A", quote="Monday", choices=["a"]
        )
    with pytest.raises(EditError, match="one of the choices"):
        own_question(
            article,
            qid="x",
            fmt="choice",
            prompt="Q?",
            answer="F",
            quote="Monday",
            choices=["a", "b", "c"],
        )
    number = own_question(
        article, qid="n", fmt="numeric", prompt="How old?", answer="126", quote="built in 1898"
    )
    assert number.answer == 126 and number.tolerance == 0.0


def test_saved_then_loaded_is_the_set_as_reviewed(set_path: Path) -> None:
    s = session_for(set_path)
    s.set_kept(2, False)
    s.move(3, -3)
    s.edit_prompt(0, "Who was it that said it?")
    mine = own_question(
        s.article,
        qid=s.new_id(),
        fmt="truefalse",
        prompt="True or false: the bridge is new.",
        answer="false",
        quote="built in 1898",
    )
    s.add(None, mine)
    s.save()
    assert not s.unsaved
    again = load_set(set_path)
    assert [q.id for q in again.qset.questions] == [q.id for q in s.kept]
    assert again.qset.questions == s.kept


def test_another_question_for_the_same_fact_comes_from_the_engine(set_path: Path) -> None:
    s = session_for(set_path)
    before = s.question(0)
    assert s.can_ask_another(0)
    assert s.ask_another(0)
    after = s.question(0)
    assert after.id == before.id and after.template == before.template
    assert (after.format, after.prompt, after.choices) != (
        before.format,
        before.prompt,
        before.choices,
    )
    s.undo()
    assert s.question(0) == before


def test_a_failed_save_keeps_the_file_and_says_so(
    set_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = set_path.read_bytes()
    s = session_for(set_path)
    s.edit_prompt(0, "Changed?")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OutputError, match="no space left on device"):
        s.save()
    assert set_path.read_bytes() == before
    assert s.unsaved  # nothing was saved, and the session knows it
    assert sorted(p.name for p in set_path.parent.iterdir()) == ["article.yaml", "set.yaml"]


def test_json_sets_stay_json(set_path: Path) -> None:
    s = session_for(set_path)
    target = set_path.with_suffix(".json")
    save_set_file(
        target, QuestionSet(s.qset.article_id, s.qset.article_title, 3, s.kept), s.article
    )
    assert target.read_text("utf-8").startswith("{")
    assert load_set(target).qset.questions == s.kept
