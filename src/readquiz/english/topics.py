"""Whether a stance topic is something one can be for or against, and who gives it away.

"For", "Against", "Neutral" and "Mixed" answer a proposal, an action, a plan, a policy,
a law, a project or a decision ("postponing the dam", "the plan to close the pool",
"a ban on fishing", "the sanctions", "the new bridge"), or a claim one agrees with or
disputes ("the claim that refugees do not work", "the accusations of fraud"). They
answer nothing else: blind raters called "What is the experts' position on the
biggest cause of species loss?", "... on what the study shows about world health?",
"... on the change in Patrick after he returned from Iraq?" and "Who is for North Korea
as a nuclear state?" nonsense or vague. :func:`takes_sides` is a conservative test of
the topic's form: a topic it does not recognise is asked as a claim ("Which statement
best describes ...?", "Who holds this view ...?"), never as a position.

:func:`tells_position`: a holder described by what they think ("the local people who
did not believe the family", "the critics of the plan") gives the position away.
"""

from __future__ import annotations

import re

_DETERMINERS = frozenset("the a an this that these those its their his her our any".split())

PROPOSAL_NOUNS = frozenset(
    """
    plan plans proposal proposals policy policies law laws bill bills ban bans rule rules
    regulation regulations restriction restrictions limit limits measure measures reform
    reforms decision decisions ruling verdict project projects program programs programme
    programmes scheme schemes initiative initiatives strategy deal deals agreement
    agreements treaty treaties accord talks negotiations sanction sanctions embargo tariff
    tariffs tax taxes fee fees cut cuts subsidy subsidies funding aid support amendment
    amendments resolution motion order mandate referendum ceasefire truce crackdown
    closure closures shutdown expansion construction demolition merger takeover move step
    steps request demand demands call offer bid postponement delay deportation
    deportations walkout strike strikes boycott protest protests march campaign
    dam dams bridge bridges lane lanes pipeline highway railway tunnel airport stadium mine
    wall
    claim claims idea ideas notion belief argument suggestion accusation accusations
    allegation allegations charge charges theory assertion
    """.split()
)
"""Heads of topics one can be for or against: proposals, policies, laws, decisions,
actions, built projects; and claims one can agree with or dispute."""

_PLANNED = frozenset("proposed planned suggested intended".split())
"""Modifiers that make any head a proposal ("the proposed changes")."""

_BOUNDARY = frozenset(
    """
    of on in to for from with at by over against after before between about under near
    across into as that which who whom whose where when while because since than
    is are was were be been will would should could can may might must shall do does did
    has have had
    """.split()
)
"""Words that end a topic's head phrase ("the decision | to cancel ...")."""

_CLAUSE_LEADS = frozenset("whether if what why who whom which when where how".split())
"""A topic led by one of these is a question, not a proposal ("whether the lane ...")."""

_NOT_GERUNDS = frozenset(
    """
    thing things nothing something anything everything morning mornings evening evenings
    spring string strings king kings ring rings wing wings ceiling during feeling
    feelings wedding weddings sibling siblings earnings savings meaning meanings
    beginning beginnings clothing
    """.split()
)
"""Words in -ing that name no action."""

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _words(topic: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(topic)]


def _gerund(word: str) -> bool:
    return len(word) >= 5 and word.endswith("ing") and word not in _NOT_GERUNDS


_BELIEF_NOUNS = frozenset(
    "idea view belief notion fact finding findings theory prediction conclusion "
    "assumption hope fear possibility chance likelihood".split()
)
"""Nouns of a belief that a "that" clause follows: "the view that ...", no proposal."""


_CAUSE_GERUNDS = frozenset("blaming attributing crediting".split())
"""Gerunds that give a cause: "blaming the crash on the navigation system" is a finding
(blind raters: "NASA is for blaming the crash on ..." turns a finding into a stance)."""


def takes_sides(topic: str) -> bool:
    """Whether ``topic`` is something one can be for or against (see the module).

    True for a topic led by a gerund ("removing parking spaces", "being moved"), by
    "to" and a verb ("to close the pool"), by a gerund of ("the killing of ..."), by
    "how" and a past deed ("how Democrats handled the vote"), or
    whose head phrase holds a noun of proposal, policy, action, project or claim
    (:data:`PROPOSAL_NOUNS`) or a "proposed"/"planned" ("the jury's decision after the
    crash", "the protected bike lane on Harbor Street", "the proposals made by ...").
    False for a cause given by a gerund ("blaming the crash on the navigation system").
    False for everything else: a question ("whether ...", "what the study shows"), a
    judgement ("the importance of ..."), a belief ("the idea that the virus is here to
    stay"), a state or change ("the change in Patrick",
    "North Korea as a nuclear state"), a cause, a report.
    """
    words = _words(topic)
    if words and words[0] == "how":
        # "how Democrats handled the vote": the way a thing was done, an action.
        return any(len(w) > 4 and w.endswith("ed") for w in words[2:])
    if not words or words[0] in _CLAUSE_LEADS:
        return False
    if words[0] in _CAUSE_GERUNDS:
        # "blaming the crash on the navigation system": a cause, found or doubted
        return False
    if _gerund(words[0]) or (words[0] == "to" and len(words) > 1):
        return True
    rest = words[1:] if words[0] in _DETERMINERS else words
    if len(rest) > 1 and rest[0] in _BELIEF_NOUNS and rest[1] == "that":
        # "the idea that the virus is here to stay": a prediction or a finding is
        # believed or doubted, not supported or opposed
        return False
    if len(rest) > 1 and _gerund(rest[0]) and rest[1] == "of":
        return True
    head: list[str] = []
    for word in rest:
        if word in _BOUNDARY:
            break
        head.append(word)
    plain = [w for w in head if not w.endswith("'s") and not w.endswith("'")]
    return any(w in PROPOSAL_NOUNS or w in _PLANNED for w in plain)


_TELLING = re.compile(
    r"\b(?:who|that|which|whose|critics?|opponents?|supporters?|backers?|doubters?|"
    r"skeptics?|sceptics?|protesters?|protestors?|demonstrators?|advocates?|proponents?|"
    r"detractors?|objectors?|dissenters?|opposed|opposing|supporting|against|"
    r"in favou?r)\b",
    re.I,
)


def tells_position(holder: str) -> bool:
    """Whether a holder's name says what they think.

    "the local people who did not believe the family" is Against before the question is
    read; so are "the critics of the plan", "the protesters" and "the supporters".
    A holder described by a clause ("who ...", "that ...") is taken as telling: the
    clause is nearly always the view itself.
    """
    return _TELLING.search(holder) is not None


_EXCESS = re.compile(
    r"\b(?:too\s+(?!and\b|or\b|but\b|in\b|on\b|at\b|with\b|for\b|to\b|the\b|a\b|an\b)[a-z]+"
    r"|excessive(?:ly)?|overly|needless(?:ly)?)\b",
    re.I,
)


def names_a_fault(topic: str) -> bool:
    """Whether ``topic`` calls itself a fault, so that nobody is for it.

    "flying Ingenuity too fast", "spending too much on roads", "excessive fees": the
    words say the thing is wrong, so "The NASA engineers are for flying Ingenuity too
    fast" is false before it is read (blind raters: obvious), and Against is the choice
    to guess. "too" meaning "also" ("helping the students, too") is no fault, nor is
    one inside a claim's clause: "the claim that old engines are too slow" is disputed.
    """
    own = re.split(r"\b(?:that|which|who|whether)\b", topic, maxsplit=1)[0]
    return _EXCESS.search(own) is not None


_STAKE = re.compile(r"^([a-z]{3,})(?:holders?|owners?|keepers?)$")
"""A holder named in one word by what it owns or keeps: "slaveholders", "landowners"."""

_ATTACHED = re.compile(
    r"(?:holders?|owners?|keepers?|fans?|lovers?|enthusiasts?|admirers?|devotees?|buffs?)"
)
"""Heads that name people by what they own, keep or love: "gun owners", "fans of ..."."""


def _stakes(words: list[str]) -> list[str]:
    """The things a holder's words say it owns, keeps or loves ("slave", "vintage")."""
    roots: list[str] = []
    for i, word in enumerate(words):
        joined = _STAKE.match(word)
        if joined:
            roots.append(joined.group(1))
        elif _ATTACHED.fullmatch(word):
            if i and words[i - 1] not in _DETERMINERS:
                roots.append(words[i - 1])  # "the gun owners"
            if i + 1 < len(words) and words[i + 1] == "of":
                # "the fans of vintage clothing": the words of what they love
                roots += [w for w in words[i + 2 :] if len(w) > 3 and w not in _BOUNDARY]
    return [r[:-1] if r.endswith("e") and len(r) > 3 else r for r in roots]


def has_a_stake(holder: str, text: str) -> bool:
    """Whether ``holder`` is named by what it owns or loves, and ``text`` is about it.

    "the Confederate slaveholders" on "Lincoln's order freeing the enslaved people",
    "the fans of vintage clothing" on "buying used, vintage clothing", "the gun
    owners" on "a ban on guns": their name says what they stand to lose or love, so
    their side, and the view "the enslaved people should not be freed", are theirs
    before the question is read (blind raters: obvious, "fans of vintage clothing are
    for it by definition", "only the slaveholders could hold this view"). Only a
    holder the name describes (:func:`readquiz.english.names.is_proper_name` false):
    "Shareholders United" is a name.
    """
    from readquiz.english.names import is_proper_name

    if is_proper_name(holder):
        return False
    topic_words = _words(text)
    return any(len(s) >= 3 and any(s in w for w in topic_words) for s in _stakes(_words(holder)))
