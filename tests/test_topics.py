"""Which stance topics one can be for or against (english/topics.takes_sides).

A For/Against question is asked only on those: "Is the experts' position on the
biggest cause of species loss For?" is no English a teacher would give.
"""

from __future__ import annotations

import pytest

from readquiz.english.topics import takes_sides


@pytest.mark.parametrize(
    ("topic", "sides"),
    [
        ("rebuilding the bridge", True),
        ("the plan to close the pool", True),
        ("to close the pool", True),
        ("the claim that refugees do not offer any community service", True),
        # a belief, a prediction or a finding is believed or doubted, not supported
        ("the idea that the new coronavirus is here to stay", False),
        ("the view that Antarctic sea ice is in long-term decline", False),
        ("the finding that most species are at risk", False),
        ("whether the loss of species is a crisis", False),
        ("what the study shows about world health", False),
        ("the biggest cause of species loss", False),
        # a noun in -ing that names no action: no one is for the meaning of a holiday
        # (blind raters, round 10: "position on the meaning of Juneteenth" is nonsense)
        ("the meaning of Juneteenth", False),
        ("the killing of the deer", True),
    ],
)
def test_only_a_proposal_action_or_claim_takes_sides(topic: str, sides: bool) -> None:
    assert takes_sides(topic) is sides
