"""Names and pronouns as a who-question reads them.

:func:`is_proper_name`: "Wilmot Collins", "the United Nations", "South Korea's Defense
Ministry" name someone; "the voters in Helena", "the pilot", "the residents", "Maynard's
mother", "the BBC team" describe a group or a role. "Who elected ... mayor?" answered by
"the voters", "Who announced it was warm?" by "the pilot": a reader answers from what
the verb says, without the article (blind raters: obvious).

:func:`gendered_pronoun`: "Who screamed for her daughter ...?" says the actor is a
woman, which rules the men out of the choices.
"""

from __future__ import annotations

import re

_BOUNDARY = frozenset(
    "of for from in on at with by who whom that which whose to and or near under".split()
)
_DETERMINERS = frozenset("the a an".split())
_WORD = re.compile(r"[^\s]+")


def _head(name: str) -> str:
    """The word a name is headed by: the last before a preposition or a clause.

    "the voters in Helena" -> "voters", "the Asan Institute for Policy Studies" ->
    "Institute", "Maynard's mother" -> "mother".
    """
    words = _WORD.findall(name)
    head: list[str] = []
    for word in words:
        if head and word.lower() in _BOUNDARY:
            break
        head.append(word)
    return head[-1] if head else ""


def is_proper_name(name: str) -> bool:
    """Whether ``name`` names someone rather than describing a group or a role.

    The head word is capitalised ("Collins", "Nations", "Ministry", "VOA"); a
    lowercase head ("voters", "pilot", "residents", "mother", "team") describes.
    """
    words = [w for w in _WORD.findall(name) if w.lower() not in _DETERMINERS]
    if not words:
        return False
    head = _head(" ".join(words))
    letters = head.strip("\"'“”‘’.,()")
    return bool(letters) and letters[0].isupper()


_GENDERED = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", re.I)


def gendered_pronoun(text: str) -> bool:
    """Whether ``text`` holds a pronoun that tells a person's sex ("her daughter")."""
    return _GENDERED.search(text) is not None
