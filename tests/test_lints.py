"""`readquiz check` warns where an annotation loads but will make a bad question.

Each lint has a fixture that triggers it (``NAME.bad.yaml``, its first line
``# warns: <words the warning says>``) and the corrected article beside it
(``NAME.good.yaml``) that must not warn at all; both load without problems.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from readquiz.article.lints import lint_article
from readquiz.article.loader import check_article, load_article
from readquiz.cli import cli

LINTS = Path(__file__).parent / "fixtures" / "lints"
BAD = sorted(LINTS.glob("*.bad.yaml"))
GOOD = sorted(LINTS.glob("*.good.yaml"))


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def _expected(path: Path) -> str:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = re.fullmatch(r"# warns: (.+)", first)
    assert match, f"{path.name} does not say what it warns about"
    return match[1]


def test_every_lint_has_a_fixture_pair() -> None:
    assert len(BAD) >= 12
    for bad in BAD:
        good = bad.with_name(bad.name.replace(".bad.", ".good."))
        assert good.exists() or bad.name == "plain-text.bad.yaml", good.name


@pytest.mark.parametrize("path", BAD, ids=[p.name.split(".")[0] for p in BAD])
def test_a_bad_annotation_warns_at_its_line_and_says_what_to_do(path: Path) -> None:
    article, problems = check_article(path)
    assert problems == [] and article is not None  # it loads: only a warning can catch it
    warnings = lint_article(path, article)
    wanted = _expected(path)
    hits = [w for w in warnings if wanted in w.message]
    assert hits, "\n".join(str(w) for w in warnings)
    text = path.read_text(encoding="utf-8").splitlines()
    for hit in hits:
        assert hit.is_warning
        assert 1 < hit.line <= len(text) and hit.col >= 1
        assert str(hit).startswith(f"{path}:{hit.line}:{hit.col}: warning: ")


@pytest.mark.parametrize("path", GOOD, ids=[p.name.split(".")[0] for p in GOOD])
def test_the_corrected_annotation_does_not_warn(path: Path) -> None:
    assert lint_article(path, load_article(path)) == []


def test_warnings_exit_0_and_1_with_strict() -> None:
    bad = LINTS / "claim-names-holder.bad.yaml"
    result = invoke("check", bad)
    assert result.exit_code == 0
    line = next(ln for ln in result.stderr.splitlines() if "warning:" in ln)
    assert line.startswith(f"{bad}:")
    assert "the claim names its holder (Rosa Lind)" in line
    assert result.stdout.splitlines()[-1].endswith("no problems, 1 warning")
    strict = invoke("check", "--strict", bad)
    assert strict.exit_code == 1
    assert invoke("check", "--strict", LINTS / "claim-names-holder.good.yaml").exit_code == 0


def test_the_warning_points_at_the_key_concerned() -> None:
    bad = LINTS / "claim-names-holder.bad.yaml"
    (warning,) = lint_article(bad, load_article(bad))
    line = bad.read_text(encoding="utf-8").splitlines()[warning.line - 1]
    assert line[warning.col - 1 :].startswith("Rosa Lind thinks")
    folded = LINTS / "folded-text.bad.yaml"
    (warning,) = lint_article(folded, load_article(folded))
    assert folded.read_text(encoding="utf-8").splitlines()[warning.line - 1] == "text: >"


def test_a_country_may_act_but_a_town_may_not() -> None:
    bad = LINTS / "place-as-actor.bad.yaml"
    as_country = bad.read_text(encoding="utf-8").replace("type: town", "type: country")
    path = LINTS.parent / "lints-country.tmp.yaml"
    try:
        path.write_text(as_country, encoding="utf-8")
        assert not [w for w in lint_article(path, load_article(path)) if "is a place" in w.message]
    finally:
        path.unlink()


def test_check_explain_lists_per_template_what_it_saw_and_dropped() -> None:
    good = LINTS / "actor-not-named.good.yaml"
    result = invoke("check", "--explain", good)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Why each template made what it made for millbrook-pool:" in out
    assert re.search(r"^  number-what \(numeric\): saw 0 items in 'numbers'", out, re.M)
    assert "    - the article has no numbers: add some to get these questions" in out
    assert re.search(
        r"^  where-event \(where\): saw 1 item in 'events', 0 did not pass 'if: item.where', "
        r"1 made a question$",
        out,
        re.M,
    )
    # a built-in template that made nothing is explained, not blamed
    assert "made no questions" not in result.stderr


def test_check_explain_gives_each_drop_reason() -> None:
    result = invoke("check", "--explain", "harbor-street-bike-lane")
    # one line per dropped item, "item: why", under the template that dropped it
    found = re.search(
        r"^  stance-holder \(stance\):.*?\d+ dropped\n((?:    - .*\n)+)", result.stdout, re.M
    )
    assert found, result.stdout
    block = found.group(1)
    assert re.search(r"^    - [a-z-]+-lane: same prompt as an earlier question$", block, re.M)


def test_check_explain_says_why_no_format_could_be_made() -> None:
    """A "no sound format" drop names, per format, what was missing and what to add."""
    result = invoke("check", "--explain", LINTS / "actor-not-named.good.yaml")
    reasons = {
        m[1]: m[2]
        for m in re.finditer(r"^    - ([a-z-]+): no sound format \((.*)\)$", result.stdout, re.M)
    }
    # Hale voices the club's view: naming the club is right too, so neither a wrong
    # choice nor a typed answer that would be marked wrong
    voiced = reasons["club-pool"]
    assert "short: the swimming club would also be right" in voiced, voiced
    assert "(the swimming club: also right, so no wrong choice)" in voiced
    assert "true/false: another actor, holder or text is not contradicted" in voiced
    # two views, one per holder: a claim has one other view to offer, and needs two
    assert re.search(
        r"^    - lind-pool: no sound format \(choice: 1 sound wrong choice, needs 2: .*"
        r"add their stances\)$",
        result.stdout,
        re.M,
    )
    assert "add the roles of others" in reasons["lind"]


@pytest.mark.parametrize(
    ("sentence", "warns"),
    [
        ("The pool staff also were against it too", True),  # an adverb between
        ("The pool staff have been against it too", True),
        ("The members of the pool staff were against it too", False),  # not the subject
        ("Tom Hale and the pool staff were against it too", False),  # co-subjects
        ("The pool staff was against it too", False),  # the text makes it one
    ],
)
def test_a_plural_verb_counts_only_with_the_name_as_its_subject(
    sentence: str, warns: bool, tmp_path: Path
) -> None:
    bad = LINTS / "plural-verb.bad.yaml"
    text = bad.read_text(encoding="utf-8")
    assert "The pool staff were against it too" in text
    path = tmp_path / "staff.yaml"
    path.write_text(text.replace("The pool staff were against it too", sentence), "utf-8")
    found = [w for w in lint_article(path, load_article(path)) if "plural verb" in w.message]
    assert bool(found) == warns, found


def test_did_saying_its_time_and_speech_beside_its_speaker() -> None:
    bad = LINTS / "did-says-its-time.bad.yaml"
    (warning,) = lint_article(bad, load_article(bad))
    line = bad.read_text(encoding="utf-8").splitlines()[warning.line - 1]
    assert line.strip() == "did: voted on Monday to close the old swimming pool"
    assert warning.message.endswith("take the time out of 'did'")
    # speech: the speaker and the time are in the sentence before the quote, and the
    # engine cites both, so nothing warns (speech-beside.good.yaml) -- but a quote that
    # is not speech does not borrow its actor from the sentence before
    speech = LINTS / "speech-beside.good.yaml"
    text = speech.read_text(encoding="utf-8")
    assert lint_article(speech, load_article(speech)) == []
    assert "“We cannot pay for it.”" in text


CLEAN = [*sorted((LINTS.parents[2] / "articles").glob("*.yaml"))]
CLEAN += sorted((LINTS.parents[2] / "quality" / "tuning").glob("*.yaml"))


@pytest.mark.parametrize("path", CLEAN, ids=[f"{p.parent.name}/{p.stem}" for p in CLEAN])
def test_bundled_and_tuning_articles_pass_check_strict(path: Path) -> None:
    assert len(CLEAN) >= 7
    result = invoke("check", "--strict", path)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""


def test_a_plural_head_before_a_phrase_that_qualifies_it_is_plural(tmp_path: Path) -> None:
    # "the workers at the pool": the head noun is "workers", not "pool", so "were" agrees
    text = (LINTS / "plural-verb.bad.yaml").read_text(encoding="utf-8")
    text = text.replace("The pool staff were", "The workers at the pool were").replace(
        "name: the pool staff", "name: the workers at the pool"
    )
    path = tmp_path / "workers.yaml"
    path.write_text(text, "utf-8")
    found = [w for w in lint_article(path, load_article(path)) if "plural verb" in w.message]
    assert found == []
    # and the suggestion for a singular head keeps what qualifies it
    staff = text.replace("The workers at the pool were", "The staff at the pool were").replace(
        "name: the workers at the pool", "name: the staff at the pool"
    )
    path.write_text(staff, "utf-8")
    (warning,) = [w for w in lint_article(path, load_article(path)) if "plural verb" in w.message]
    assert '("the staff members at the pool")' in warning.message


@pytest.mark.parametrize(
    ("group", "staff"),
    [
        ("the workers involved in the new pool", "the staff involved in the new pool"),
        ("the people living near the pool", "the staff living near the pool"),
        ("the officials quoted by the paper", "the staff quoted by the paper"),
        ("the workers affected", "the staff affected"),
    ],
)
def test_a_participle_after_the_head_noun_does_not_hide_it(
    group: str, staff: str, tmp_path: Path
) -> None:
    # "the scientists involved in the new research say": the head noun is "scientists"
    # (a participle phrase follows it), not "research"; and the suggested name for a
    # singular head keeps the participle phrase after the plural head
    text = (LINTS / "plural-verb.bad.yaml").read_text(encoding="utf-8")
    plural = text.replace("The pool staff were", f"{group.capitalize()} were").replace(
        "name: the pool staff", f"name: {group}"
    )
    path = tmp_path / "group.yaml"
    path.write_text(plural, "utf-8")
    found = [w for w in lint_article(path, load_article(path)) if "plural verb" in w.message]
    assert found == []
    singular = text.replace("The pool staff were", f"{staff.capitalize()} were").replace(
        "name: the pool staff", f"name: {staff}"
    )
    path.write_text(singular, "utf-8")
    (warning,) = [w for w in lint_article(path, load_article(path)) if "plural verb" in w.message]
    fixed = staff.replace("the staff", "the staff members", 1)
    assert f'("{fixed}")' in warning.message


@pytest.mark.parametrize("alias", ["WHO", "the WHO"])
def test_an_acronym_names_its_bearer_only_in_capitals(tmp_path: Path, alias: str) -> None:
    # "WHO" is the World Health Organization; "those who were" is not, whether the
    # author writes the alias with its article or not
    text = (LINTS / "actor-not-named.good.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "The swimming club opposed the plan.",
        "The swimming club opposed the plan. The World Health Organization (WHO) praised "
        "the vote. Those who were at the "
        "meeting praised it too.",
    )
    text = text.replace(
        "entities:\n",
        "entities:\n  who:\n    name: the World Health Organization\n"
        f"    kind: organization\n    aliases: [{alias}]\n",
    )
    text = text.replace(
        "stances:\n",
        "  - id: praise\n    who: who\n    did: praised the vote\n"
        '    quote: "Those who were at the meeting praised it too"\n\nstances:\n',
    )
    path = tmp_path / "who.yaml"
    path.write_text(text, "utf-8")
    article, problems = check_article(path)
    assert problems == [] and article is not None, problems
    messages = [w.message for w in lint_article(path, article)]
    assert not [m for m in messages if "plural verb" in m], messages
    assert [m for m in messages if "never names the actor 'who'" in m], messages


@pytest.mark.parametrize(
    ("did", "planned"),
    [
        ("will host the first class in Swan Quarter", True),
        ("plans to build a new school", True),
        ("are studying the air over Asia", True),
        ("studying the air over Asia", True),
        ("is going to vote on the plan", True),
        ("brought food to the shelter", False),
        ("sang at the ceremony", False),
        ("expected to arrive on Sunday", False),
        ("would become the first refugee elected mayor", False),
        ("visited Corlett last spring", False),
    ],
)
def test_a_plan_or_ongoing_work_is_no_event(did: str, planned: bool) -> None:
    from readquiz.article.lints import _PLANNED

    assert bool(_PLANNED.match(did)) is planned
