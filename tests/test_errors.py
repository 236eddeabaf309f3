"""Errors and warnings read the same way: one line, ``file:line:col:``, warnings marked."""

from __future__ import annotations

from readquiz.errors import InputError, Problem, warning


def test_an_error_reads_file_line_col_message() -> None:
    assert str(Problem("a.yaml", 3, 5, "unknown key 'nmae'")) == "a.yaml:3:5: unknown key 'nmae'"
    assert str(Problem("a.yaml", 0, 0, "no such file")) == "a.yaml: no such file"
    assert str(Problem("", 0, 0, "bad seed")) == "readquiz: error: bad seed"


def test_a_warning_says_so_after_its_place() -> None:
    found = warning("t.yaml", 2, 7, "template 'x': made no questions")
    assert found.is_warning
    assert str(found) == "t.yaml:2:7: warning: template 'x': made no questions"
    assert str(warning("t.yaml", 0, 0, "empty")) == "t.yaml: warning: empty"
    assert str(warning("", 0, 0, "no glyph for 東")) == "readquiz: warning: no glyph for 東"


def test_severity_does_not_change_where_a_problem_sorts() -> None:
    problems = [warning("a", 5, 1, "late"), Problem("a", 2, 1, "early")]
    assert [p.message for p in sorted(problems)] == ["early", "late"]


def test_an_input_error_prints_one_line_per_problem() -> None:
    err = InputError([Problem("a.yaml", 1, 1, "one"), Problem("a.yaml", 2, 1, "two")])
    assert err.lines() == ["a.yaml:1:1: one", "a.yaml:2:1: two"]
