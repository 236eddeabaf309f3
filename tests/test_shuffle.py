"""A retry's choices: another order, the right one elsewhere, the key still right."""

from __future__ import annotations

import dataclasses
import random

from readquiz.grading import check_answer
from readquiz.questions.shuffle import reshuffled, same_question
from tests.tui.fixture_app import fixture_questions

QUESTIONS = {q.id: q for q in fixture_questions().questions}


def test_the_right_choice_moves_and_stays_right() -> None:
    for name in ("who-event/announce", "who-said/cross"):
        question = QUESTIONS[name]
        assert question.choices is not None
        for seed in range(200):
            again = reshuffled(question, random.Random(seed))
            assert again.choices is not None
            assert sorted(again.choices) == sorted(question.choices)
            assert again.choices != question.choices
            assert again.answer_index != question.answer_index
            assert again.answer == question.answer
            assert again.answer_index is not None
            assert check_answer(again, again.choices[again.answer_index])
            assert same_question(again, question)


def test_every_other_place_is_used() -> None:
    question = QUESTIONS["who-event/announce"]
    places = {reshuffled(question, random.Random(seed)).answer_index for seed in range(200)}
    assert places == {0, 2, 3}


def test_true_false_and_typed_answers_keep_their_form() -> None:
    for name in ("stance-claim/council-for", "where-event/announce", "number-fact/bridge-length"):
        assert reshuffled(QUESTIONS[name], random.Random(1)) is QUESTIONS[name]


def test_same_question_tells_another_question_apart() -> None:
    question = QUESTIONS["who-said/cross"]
    other = dataclasses.replace(question, answer="Lena Ortiz")
    assert not same_question(question, other)
    assert not same_question(question, QUESTIONS["who-event/announce"])
