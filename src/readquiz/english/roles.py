"""Role phrases with their article: "Who is a board member?", "Who is the mayor of Lisbon?".

A role annotated without a determiner ("board member", "mayor of Lisbon") reads as
broken English after "is". :func:`with_article` gives it one:

- a phrase that already has a determiner is left alone: a/an/the, a possessive
  ("Pakistan's foreign minister", "the town's fire chief"), this/that, his/her/its/
  their, one/another, a number;
- a role whose head names the one holder of an office of something ("mayor of
  Lisbon", "chief of the fire service", "CEO of Acme") takes "the";
- every other role takes "a" or "an" ("a board member", "an engineer").
"""

from __future__ import annotations

import re

from readquiz.english.verbs import as_text

DETERMINERS = frozenset(
    """
a an the this that these those his her its their our my your one another some each
every no any several many both
""".split()
)
UNIQUE_HEADS = frozenset(
    """
mayor president vice-president chief head director chair chairman chairwoman
chairperson governor ceo founder leader captain coach manager principal
secretary-general prime premier chancellor king queen pope editor owner
commander administrator superintendent dean rector speaker commissioner
""".split()
)
"""Offices with one holder per "of ...": "the mayor of Lisbon", "the chief of police"."""


def has_determiner(phrase: str) -> bool:
    """Whether a noun phrase opens with a determiner, possessive or number."""
    words = phrase.split()
    if not words:
        return True
    first = words[0].lower().strip("“\"'(")
    if first in DETERMINERS or first[:1].isdigit():
        return True
    return bool(re.search(r"(?:'s|’s|s'|s’)$", words[0])) or any(
        re.search(r"(?:'s|’s|s'|s’)$", w) for w in words[:4] if w[:1].isupper()
    )


def with_article(role: str | int | float) -> str:
    """The role with its article (see the module's rules); unchanged when it has one.

    ``Who is {{ item.role | with_article }}?`` -> "Who is a board member?".
    """
    from readquiz.english.phrases import a_an

    text = as_text(role).strip()
    if not text or has_determiner(text):
        return text or as_text(role)
    head = re.split(r"\s+of\s+", text, maxsplit=1)
    first_head = head[0].split()[-1].lower() if head[0].split() else ""
    if len(head) == 2 and first_head in UNIQUE_HEADS:
        return f"the {text}"
    return str(a_an(text))


def which_is(noun: str | int | float, role: str | int | float = "") -> str:
    """A question asking which ``noun`` a role describes, the noun said once.

    ``{{ item.type | which_is(item.role) }}`` -> "Which city is the capital of
    Valdoria?"; a role that already names the noun asks for the name: "What is the name
    of the island where most of the casualties occurred?", never "Which island is the
    island where ...?" (blind raters: redundant).
    """
    kind = as_text(noun).strip()
    phrase = with_article(role)
    words = {w.strip(",.;:").lower() for w in phrase.split()}
    if kind and {kind.lower(), kind.lower() + "s"} & words:
        return f"What is the name of {phrase}?"
    return f"Which {kind} is {phrase}?"
