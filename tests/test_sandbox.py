"""Hostile templates are refused at load time, with their file named, having run nothing.

Each fixture under tests/fixtures/templates/hostile/ is one attack; the runtime limits
behind the static guard are tested directly on the sandboxed environment.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from jinja2.exceptions import SecurityError

from readquiz.cli import cli
from readquiz.errors import TemplateError
from readquiz.templates.library import check_library, load_library
from readquiz.templates.sandbox import (
    RenderTimeout,
    deadline,
    guard,
    make_environment,
    parse_field,
    render_limited,
)

HOSTILE = Path(__file__).parent / "fixtures" / "templates" / "hostile"
PWNED = [Path("/tmp/readquiz-pwned-lipsum"), Path("/tmp/readquiz-pwned-cycler")]

# fixture directory -> words the one problem line must contain
EXPECTED = {
    "class-mro": "'__class__'",
    "lipsum-globals": "'__globals__'",
    "cycler-globals": "'__init__'",
    "expression-escape": "answer: not allowed in the sandbox",
    "huge-range": "range too large",
    "nested-loops": "loops would run 100,000,000 times",
    "huge-text": "repeated text or list too large",
    "undefined-name": "'itme' is undefined",
    "include-outside": "{% include %} is not allowed",
    "import-outside": "{% import %} is not allowed",
    "recursive-macro": "macro 'deep' calls itself",
}


def test_every_hostile_fixture_is_covered() -> None:
    assert sorted(p.name for p in HOSTILE.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_template_is_refused_naming_file_and_id(name: str) -> None:
    for path in PWNED:
        path.unlink(missing_ok=True)
    library, problems = check_library([HOSTILE / name])
    assert library.templates == []
    assert len(problems) == 1
    line = str(problems[0])
    assert line.startswith(f"{HOSTILE / name / (name + '.yaml')}:")
    assert f"template {name!r}" in line
    assert EXPECTED[name] in line
    assert not any(path.exists() for path in PWNED)


def test_load_library_raises_with_the_positioned_line() -> None:
    with pytest.raises(TemplateError) as caught:
        load_library([HOSTILE / "nested-loops"])
    # the loop is on the second line of the `ask: |` block, line 7 of the file
    assert caught.value.lines() == [
        f"{HOSTILE / 'nested-loops' / 'nested-loops.yaml'}:7:7: template 'nested-loops': "
        "ask: not allowed in the sandbox: loops would run 100,000,000 times "
        "(the limit is 100,000)"
    ]


@pytest.mark.parametrize("name", ["class-mro", "huge-range", "recursive-macro"])
def test_templates_command_refuses_hostile_dir(name: str) -> None:
    result = CliRunner().invoke(cli, ["templates", "--templates", str(HOSTILE / name)])
    assert result.exit_code == 2
    assert str(HOSTILE / name / f"{name}.yaml") in result.stderr
    assert result.stdout == ""


# --- the runtime line behind the guard ---------------------------------------------


def _render(source: str, **context: object) -> str:
    env = make_environment()
    return render_limited(env.from_string(source), context)


@pytest.mark.parametrize(
    ("source", "context"),
    [
        ("{{ x.__class__ }}", {"x": ""}),
        ("{{ f.__globals__ }}", {"f": make_environment}),
        ("{{ range(n) | list }}", {"n": 10**9}),
        ("{{ s * n }}", {"s": "a", "n": 10**9}),
        ("{{ 2 ** n }}", {"n": 10**6}),
        ("{{ s | center(n) }}", {"s": "a", "n": 10**9}),
        ("{{ f | format(s) }}", {"f": "%999999999s", "s": "x"}),
        ("{{ f.format(s) }}", {"f": "{:>999999999}", "s": "x"}),
        (
            "{% for i in xs %}{% for j in xs %}xyz{% endfor %}{% endfor %}",
            {"xs": list(range(10_000))},
        ),
    ],
)
def test_runtime_limits_stop_data_driven_blowups(source: str, context: dict[str, object]) -> None:
    with pytest.raises(SecurityError):
        _render(source, **context)


def test_a_render_that_spins_is_stopped_by_the_deadline() -> None:
    with pytest.raises(RenderTimeout), deadline(0.05):
        while True:
            pass


def test_waiting_for_a_core_is_no_runaway() -> None:
    # The deadline counts CPU time: on a busy machine a render may wait far longer than
    # its limit for a core without being stopped as a loop (seen on a loaded CI runner).
    with deadline(0.05):
        time.sleep(0.3)


def test_unknown_globals_are_gone() -> None:
    env = make_environment()
    assert not {"lipsum", "cycler", "joiner"} & set(env.globals)


def test_include_has_no_loader_at_runtime() -> None:
    from jinja2 import TemplateError as JinjaError

    with pytest.raises((JinjaError, TypeError)):
        _render("{% include name %}", name="/etc/passwd")


@pytest.mark.parametrize(
    ("source", "unknown"),
    [
        ("{{ item.name }} and {{ itme.name }}", "itme"),
        ("{% set ns.count = 1 %}{{ item.name }}", "ns"),  # a namespace never made
        ("{% for x in items %}{{ x }}{% endfor %}{{ item.name }}", "items"),
    ],
)
def test_a_name_no_field_binds_is_refused(source: str, unknown: str) -> None:
    env = make_environment()
    found = guard(parse_field(env, source, expression=False), "ask", env)
    assert [m for _, m in found] == [
        f"ask: {unknown!r} is undefined (names you can use here: article, item)"
    ]


def test_names_a_field_binds_or_declares_are_no_problem() -> None:
    env = make_environment()
    source = "{% set ns = namespace(n=0) %}{% set ns.n = 1 %}{% for x in [1] %}{{ x }}"
    source += "{{ loop.index }}{% endfor %}{{ item.name | upper }} {{ article.title }}"
    assert guard(parse_field(env, source, expression=False), "ask", env) == []
