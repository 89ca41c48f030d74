"""Demonstrative pronouns: ``celui-ci``, ``celle-ci``, ``ce dernier``, ``cette dernière``
stand for the last person or organisation mentioned of their gender, not for the subject
the previous sentence was about.

Each text is a passage of my own writing, with the facts it states and look-alikes it must
not state: a demonstrative whose last candidate is of no gender the text tells, or a noun
that is no entity (``un moteur ... Celui-ci``), gives no fact.
"""

from __future__ import annotations

import pytest
from passages import Fact, passage_tests

pytestmark = pytest.mark.model

#: passage → (facts it states, facts it must not state).
PASSAGES: dict[str, tuple[list[Fact], list[Fact]]] = {
    # the last mentioned, a woman by her title: not the cabinet, the subject
    "Le cabinet Pradel a conseillé Mme Vasseur. Cette dernière a rejoint la banque Norvik.": (
        [("Vasseur", "employeeOf", "Norvik")],
        [("Pradel", "employeeOf", "Norvik")],
    ),
    # an organisation of the masculine class noun that introduced it
    "Jeanne Morel a reçu les cadres du groupe Lumex. Ce dernier a racheté la société Virelle.": (
        [("Lumex", "acquires", "Virelle")],
        [("Jeanne Morel", "acquires", "Virelle")],
    ),
    # the last mentioned is of the other gender: the one before it
    "La société Virelle a reçu M. Garnier. Celle-ci a racheté la société Kelvo.": (
        [("Virelle", "acquires", "Kelvo")],
        [("Garnier", "acquires", "Kelvo")],
    ),
    "Le groupe Lumex a reçu Mme Vasseur. Ce dernier a racheté la société Virelle.": (
        [("Lumex", "acquires", "Virelle")],
        [("Vasseur", "acquires", "Virelle")],
    ),
    # a name of no gender the text tells: no guess
    "Paul Girard a rencontré Kelvo. Celle-ci a racheté la société Virelle.": (
        [],
        [("Kelvo", "acquires", "Virelle"), ("Paul Girard", "acquires", "Virelle")],
    ),
    # a thing of the pronoun's gender mentioned last: the pronoun is its
    "Le groupe Lumex a présenté un nouveau moteur. "
    "Celui-ci a été racheté par la société Virelle.": (
        [],
        [("Virelle", "acquires", "Lumex")],
    ),
    "Le groupe Lumex a présenté son nouveau directeur. Ce dernier a rejoint la banque Norvik.": (
        [],
        [("Lumex", "employeeOf", "Norvik"), ("Lumex", "partnerOf", "Norvik")],
    ),
    # a demonstrative determiner before its noun is no pronoun
    "Le groupe Lumex a reçu Mme Vasseur. Cette dernière usine a été rachetée par Kelvo.": (
        [],
        [("Kelvo", "acquires", "Vasseur")],
    ),
    # negated
    "La société Virelle a reçu M. Garnier. Celle-ci n'a pas racheté la société Kelvo.": (
        [],
        [("Virelle", "acquires", "Kelvo"), ("Garnier", "acquires", "Kelvo")],
    ),
}

extracted, test_passage_states_its_facts, test_passage_states_nothing_wrong = passage_tests(
    PASSAGES, "demonstratives"
)
