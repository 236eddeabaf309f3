"""Views and the voices that hold them: what a "Who is for ...?" question may ask.

A view is voiced: quoted, or told with a verb of saying, thinking, believing,
supporting, opposing, calling for or urging ("Nelson said ...", "Experts doubt ...",
"The villagers called for ..."). "Five judges unanimously selected her wigeon as Best
of Show" voices nothing: it tells an act, which a question asks as an event ("Who chose
...?"), not as a position ("What is the five judges' position on choosing ...?",
blind raters: contrived). :func:`shows_an_act` tells them apart.

A view's holder is a person, a group or a body, never a document: "the Fashion
Industry Charter for Climate Action" holds no view (blind raters: nonsense);
:func:`names_a_document`.

A voice of the article is someone the text lets speak: :func:`speaks_in` finds the
speaker of a quotation and the subject of "said", "told" or "according to". A name the
text only mentions (stars printed on a T-shirt) is no voice, and no wrong choice for
"Who holds this view?".

Word lists only (the core stays headless and quick): no tagger, no lexicon.
"""

from __future__ import annotations

import re

from readquiz.english.names import _head

_VIEW_STEMS = """
say says said saying tell tells told telling add adds added note notes noted
explain explains explained state states stated claim claims claimed argue argues argued
insist insists insisted stress stresses stressed declare declares declared warn warns
warned write writes wrote written comment comments commented remark remarked describe
describes described ask asks asked announce announces announced report reports reported
think thinks thought believe believes believed feel feels felt hope hopes hoped fear
fears feared doubt doubts doubted worry worries worried consider considers considered
expect expects expected want wants wanted wish wishes wished agree agrees agreed
disagree disagrees disagreed support supports supported oppose opposes opposed favor
favors favored favour favours favoured back backs backed welcome welcomes welcomed
praise praises praised criticize criticizes criticized criticise criticises criticised
condemn condemns condemned denounce denounces denounced object objects objected protest
protests protested urge urges urged demand demands demanded call calls called plead
pleads pleaded suggest suggests suggested propose proposes proposed promise promises
promised vow vows vowed pledge pledges pledged recommend recommends recommended insisting
concerned convinced opinion view views position according
""".split()
_VIEW = re.compile(
    r"\b(?:" + "|".join(sorted(set(_VIEW_STEMS), key=len, reverse=True)) + r")\b", re.I
)
"""Words that voice a view: saying, thinking, believing, supporting, opposing, urging."""

_ACT_STEMS = """
select selects selected selecting choose chooses chose chosen choosing approve approves
approved approving award awards awarded awarding sign signs
signed signing elect elects elected electing pick picks picked picking appoint appoints
appointed appointing ratify ratifies ratified ratifying adopt adopts adopted adopting
grant grants granted granting
""".split()
_ACT = re.compile(
    r"\b(?:" + "|".join(sorted(set(_ACT_STEMS), key=len, reverse=True)) + r")\b", re.I
)
"""Verbs of a decision carried out: selected, chose, approved, awarded, signed. Not a
vote: voting for or against a proposal is how a body takes its side ("The council
voted 5 to 2 to build a protected bike lane" is the council's position on the lane)."""

_QUOTE_MARKS = re.compile(r"[“”\"]")


def voices_a_view(text: str) -> bool:
    """Whether ``text`` quotes someone or tells a view with a verb that voices one."""
    return _QUOTE_MARKS.search(text) is not None or _VIEW.search(text) is not None


def shows_an_act(quote: str, sentence: str = "") -> bool:
    """Whether a stance's quote tells an act (a choice made, a vote cast), not a view.

    An act verb in the quote ("Five judges unanimously selected her ...", not a noun
    after a determiner: "The signing of the Accords shows ..."), and nothing
    in the quote or its sentence that voices a view (:func:`voices_a_view`): no
    quotation, no "said", "believe", "support", "called for" ... Such a stance is
    asked as an event, not as a position.
    """
    if not any(not _NOMINAL.search(quote[: m.start()]) for m in _ACT.finditer(quote)):
        return False
    return not voices_a_view(f"{quote} {sentence}")


_NOMINAL = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|our|my|your)\s+$", re.I)
"""A determiner before an act word makes it a noun: "The signing of the Accords shows our
commitment" tells a view of a signing, not an act carried out."""


DOCUMENT_HEADS = frozenset(
    """
charter act agreement accord treaty report law plan protocol declaration bill
constitution pact statute resolution directive regulation ordinance convention
memorandum strategy study survey document manifesto
""".split()
)
"""Head nouns of documents: a charter, an agreement, a report holds no view."""


def names_a_document(name: str) -> bool:
    """Whether ``name`` names a document, not a person, group or body.

    By its head word (:func:`readquiz.english.names._head`): "The Fashion Industry
    Charter for Climate Action", "the Paris Agreement", "the Clean Air Act", "a UN
    report"; not "the Asan Institute for Policy Studies" nor "the Planning Board".
    """
    head = _head(name).strip("\"'“”‘’.,()").lower()
    return head in DOCUMENT_HEADS


_SPEECH = (
    r"(?:said|says|say|told|tells|added|adds|noted|notes|explained|explains|stated|"
    r"states|argued|argues|insisted|insists|warned|warns|wrote|writes|asked|asks|"
    r"announced|announces|believes|believed|thinks|thought|stressed|stresses|"
    r"declared|declares|claimed|claims|urged|urges|called|calls|described|describes|"
    r"commented|remarked|recalled|recalls|agreed|agrees|reported|reports|continued)"
)


_INVERTED = r"(?:said|says|added|adds|noted|notes|explained|wrote|writes|continued|recalled)"
"""Verbs of saying a subject may follow ("“...,” said Nelson"); "told Nelson" tells him."""


def speaks_in(sentence: str, names: list[str]) -> bool:
    """Whether ``sentence`` lets one of ``names`` speak.

    The subject of a verb of saying ("Mason said", "Michael Diaz, who works at the
    shop, told ..." within a few words), its inverted subject ("“...,” said Nelson"),
    or "according to Nelson". Names are matched as written.
    """
    for name in names:
        if not name.strip() or name.strip() not in sentence:
            continue  # every pattern below has the name as written in it
        n = re.escape(name.strip())
        patterns = (
            rf"(?<!\w){n}(?!\w)(?:[^.;:!?“”\"]{{0,60}}?)\b{_SPEECH}\b",
            rf"\b{_INVERTED}\s+(?:the\s+)?{n}(?!\w)",
            rf"\b(?i:according to)\s+(?:the\s+)?{n}(?!\w)",
        )
        # names as written (an acronym "US" is not the word "us"); the verbs lowercase
        for pattern in patterns:
            for m in re.finditer(pattern, sentence):
                before = sentence[: m.start()].split()[-1:]
                if pattern is patterns[0] and before and before[0].lower() in _NOT_SUBJECT:
                    continue  # "Collins told VOA he ...": VOA is spoken to, not speaking
                return True
    return False


_NOT_SUBJECT = frozenset(
    "told tell tells telling asked ask asks to with by from of for about at in on and".split()
)
"""Words before a name that make it no subject of the verb of saying after it."""
