"""A person description's gender, and the gender the text gave a name, decide whom the
description means: ``la fondatrice`` (even where the tagger took it for a name) is not the
man set off after ``Son mari,``; a name set off after a noun that is no person's
(``Depuis janvier, X``) is given no gender.

Each text is a passage of my own writing, with the facts it states and look-alikes it must
not state.
"""

from __future__ import annotations

import pytest
from passages import Fact, passage_tests

pytestmark = pytest.mark.model

#: passage → (facts it states, facts it must not state).
PASSAGES: dict[str, tuple[list[Fact], list[Fact]]] = {
    "Claire Moreau a créé la société Brivane en 2011 à Nantes. Son époux, Hugo Lenoir, "
    "ancien comptable, y gère les achats. Le couple habite Vertou. « Nos clients veulent des "
    "meubles qui durent », a déclaré la fondatrice à Ouest-France.": (
        [("Claire Moreau", "quotedIn", "Ouest-France")],
        [("Hugo Lenoir", "quotedIn", "Ouest-France")],
    ),
    "Léa Garnier dirige la société Brivane depuis 2015. Son mari, Hugo Lenoir, a rejoint la "
    "direction financière en mars. « Nous cherchons douze menuisiers », a déclaré la "
    "dirigeante au Parisien.": (
        [("Léa Garnier", "quotedIn", "Parisien")],
        [("Hugo Lenoir", "quotedIn", "Parisien")],
    ),
    # "janvier" is no person: the name after it keeps whatever gender the text gives it
    "Louise Arnaud a quitté la société Ternel en 2023. Depuis janvier, Louise Arnaud préside "
    "la société Brivane. En 2019, elle a cofondé la société Tervel.": (
        [("Louise Arnaud", "cofounderOf", "Tervel")],
        [],
    ),
}

extracted, test_passage_states_its_facts, test_passage_states_nothing_wrong = passage_tests(
    PASSAGES, "gender"
)
