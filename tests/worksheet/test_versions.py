"""Versions: labels, and the same questions in a seeded order with shuffled choices."""

from __future__ import annotations

import dataclasses

import pytest

from readquiz.worksheet.versions import make_versions, version_label

from .conftest import questions


@pytest.mark.parametrize(
    ("index", "label"),
    [(0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"), (52, "BA"), (701, "ZZ")],
)
def test_version_labels_run_a_to_z_then_aa(index: int, label: str) -> None:
    assert version_label(index) == label


def test_version_a_is_the_set_as_generated() -> None:
    qset = questions("harbour-bridge")
    assert make_versions(qset, 3)[0].questions == qset.questions


def test_every_version_has_the_same_questions_and_a_correct_answer_among_its_choices() -> None:
    qset = questions("harbour-bridge")
    versions = make_versions(qset, 30)
    assert [v.label for v in versions][:3] == ["A", "B", "C"]
    assert versions[-1].label == "AD"
    by_id = {q.id: q for q in qset.questions}
    for version in versions:
        assert sorted(q.id for q in version.questions) == sorted(by_id)
        for q in version.questions:
            original = by_id[q.id]
            assert q.answer == original.answer
            if q.choices is not None:
                assert sorted(q.choices) == sorted(original.choices or [])
                assert q.choices[q.answer_index or 0] == q.answer


def test_versions_differ_in_order_and_choice_letters() -> None:
    versions = make_versions(questions("harbour-bridge"), 6)
    orders = {tuple(q.id for q in v.questions) for v in versions}
    assert len(orders) == 6
    letters = {
        tuple(q.answer_index for q in sorted(v.questions, key=lambda q: q.id)) for v in versions
    }
    assert len(letters) > 1


def test_true_false_keeps_true_then_false() -> None:
    for version in make_versions(questions("harbour-bridge"), 10):
        for q in version.questions:
            if q.format == "truefalse":
                assert q.choices == ["True", "False"]


def test_number_choices_keep_the_engines_order_in_a_and_are_shuffled_after() -> None:
    qset = questions("harbour-bridge")
    made = next(q for q in qset.questions if q.id == "numeric-choice/cost")
    orders = set()
    for version in make_versions(qset, 10):
        cost = next(q for q in version.questions if q.id == "numeric-choice/cost")
        assert sorted(cost.choices or []) == sorted(made.choices or [])
        assert cost.choices is not None and cost.choices[cost.answer_index or 0] == made.answer
        orders.add(tuple(cost.choices))
    assert make_versions(qset, 1)[0].questions[qset.questions.index(made)] == made
    assert len(orders) > 1


def test_same_seed_same_versions_other_seed_other_versions() -> None:
    qset = questions("harbour-bridge")
    assert make_versions(qset, 5) == make_versions(qset, 5)
    other = dataclasses.replace(qset, seed=qset.seed + 1)
    assert [v.questions for v in make_versions(other, 5)[1:]] != [
        v.questions for v in make_versions(qset, 5)[1:]
    ]
