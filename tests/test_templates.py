"""Loading templates: one real fixture per failure, overrides by id, the search order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from readquiz import resources
from readquiz.errors import TemplateError
from readquiz.templates.library import check_library, load_library, search_path

FIXTURES = Path(__file__).parent / "fixtures" / "templates"
BAD = FIXTURES / "bad"
GOOD = FIXTURES / "good"


def _expectation(directory: Path) -> tuple[Path, int, int, str]:
    """The file holding ``# expect: LINE:COL: words`` and what it expects."""
    for path in sorted(directory.glob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        m = re.match(r"# expect: (\d+):(\d+): (.*)", first)
        if m:
            return path, int(m[1]), int(m[2]), m[3]
    raise AssertionError(f"no '# expect:' line in {directory}")


@pytest.mark.parametrize("name", sorted(p.name for p in BAD.iterdir()))
def test_bad_template_gives_one_positioned_problem(name: str) -> None:
    path, line, col, words = _expectation(BAD / name)
    library, problems = check_library([BAD / name])
    assert [str(p) for p in problems] == [str(problems[0])], "exactly one problem"
    problem = problems[0]
    assert (problem.file, problem.line, problem.col) == (str(path), line, col)
    assert words in problem.message


def test_load_library_raises_template_error_with_every_line() -> None:
    with pytest.raises(TemplateError) as caught:
        load_library([GOOD / "new-type", BAD / "unknown-from", BAD / "missing-ask"])
    lines = caught.value.lines()
    assert len(lines) == 2
    assert all(line.startswith(str(BAD)) for line in lines)


def test_a_good_directory_loads_its_new_type() -> None:
    library = load_library([GOOD / "new-type"])
    assert [t.id for t in library.templates] == ["what-measures"]
    assert library.types() == ["measure"]
    template = library.get("what-measures")
    assert template is not None
    assert template.spec.from_ == "numbers"
    assert template.has("if") and template.has("say") and not template.has("explain")


def test_a_later_directory_overrides_by_id() -> None:
    library = load_library([GOOD / "first", GOOD / "second"])
    (describe,) = library.templates
    assert describe.spec.description == "second version"
    assert describe.path == GOOD / "second" / "describe.yaml"
    assert describe.overrides == GOOD / "first" / "describe.yaml"


def test_order_decides_which_override_wins() -> None:
    library = load_library([GOOD / "second", GOOD / "first"])
    assert library.templates[0].spec.description == "first version"


def test_two_ids_in_one_directory_is_an_error_not_an_override() -> None:
    library, problems = check_library([BAD / "duplicate-id-in-dir"])
    assert [t.path.name for t in library.templates] == ["a-first.yaml"]
    assert "duplicate template id" in problems[0].message


def test_missing_directory_is_a_problem() -> None:
    _, problems = check_library([FIXTURES / "no-such-dir"])
    assert str(problems[0]) == f"{FIXTURES / 'no-such-dir'}: template directory not found"


def test_search_order_builtin_then_env_then_options(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.setenv("READQUIZ_TEMPLATES", os.pathsep.join([str(GOOD / "first"), ""]))
    dirs = search_path([GOOD / "second"])
    assert dirs == [resources.builtin_templates_dir(), GOOD / "first", GOOD / "second"]


def test_render_and_evaluate_use_the_bound_names() -> None:
    template = load_library([GOOD / "first"]).templates[0]

    class Item:
        name = "Karachi"
        role = "the largest city"

    assert template.render("ask", item=Item(), article=None) == "Who or what is Karachi?"
    assert template.evaluate("answer", item=Item(), article=None) == "the largest city"


def test_a_render_error_names_file_and_template() -> None:
    template = load_library([GOOD / "first"]).templates[0]
    with pytest.raises(TemplateError) as caught:
        template.render("ask", item=object(), article=None)
    (line,) = caught.value.lines()
    assert line.startswith(f"{GOOD / 'first' / 'describe.yaml'}:7:")
    assert "template 'describe': ask:" in line
