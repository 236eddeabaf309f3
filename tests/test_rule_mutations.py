"""benchmarks/rule_mutations.py still points at the code that enforces each quality rule.

The mutation check itself runs the quality tests once per rule (minutes); this test
only checks that every mutation still applies to the engine as it is, so a refactor
that moves a rule's code shows up here rather than as a silent "no such code".
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).parents[1]


def _mutations() -> ModuleType:
    path = ROOT / "benchmarks" / "rule_mutations.py"
    spec = importlib.util.spec_from_file_location("rule_mutations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("rule_mutations", module)
    spec.loader.exec_module(module)
    return module


def test_every_rule_mutation_applies_to_its_home() -> None:
    mutations = _mutations()
    problems = mutations.check(ROOT)
    assert not problems, (
        "benchmarks/rule_mutations.py is out of step with the engine (update the "
        "mutant's home or text to where the rule's code now is):\n" + "\n".join(problems)
    )


def test_a_mutation_of_code_that_is_not_there_is_stale() -> None:
    mutations = _mutations()
    gone = mutations.Mutant("gone", "a rule", "engine/select.py:select", old="no such code")
    assert mutations.check(ROOT, (gone,)) == [
        "gone: engine/select.py:select: 'no such code' occurs 0 times in select, not once"
    ]


def test_a_mutation_that_only_breaks_the_code_is_refused() -> None:
    # A body naming something its module does not import only crashes: it proves nothing.
    mutations = _mutations()
    crash = mutations.Mutant("crash", "a rule", "engine/select.py:leaks", body="return nope")
    (problem,) = mutations.check(ROOT, (crash,))
    assert "undefined name" in problem and "nope" in problem
