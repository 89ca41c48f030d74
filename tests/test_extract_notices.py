"""Legal notices (``annonces légales``): each notice's labelled fields are its own company's.

Each text is a page of notices of my own writing: a notice of labelled fields (``Dénomination
: X. Siège social : ... Gérance : Y``) states the seat, the manager and the partners of the
company its name field names, and nothing of one notice is another's.
"""

from __future__ import annotations

import pytest
from passages import passage_tests

pytestmark = pytest.mark.model

#: passage → (facts it states, facts it must not state); a fact is (subject, relation, object).
PASSAGES: dict[str, tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]] = {
    # a seat is the town ending the address (past the street and the postcode); a manager
    # the person opening the field; a partner the company opening its field
    "AVIS DE CONSTITUTION\nDénomination : Boulangerie des Trois Moulins. Forme : SARL. "
    "Capital : 8 000 euros. Siège social : 4, place du Marché, 35400 Saint-Malo. Gérance : "
    "Erwan Le Goff, demeurant à Dinard. Associée : la société Farines de Rance, qui détient "
    "30 % du capital.": (
        [
            ("Boulangerie des Trois Moulins", "basedIn", "Saint-Malo"),
            ("Erwan Le Goff", "leaderOf", "Boulangerie des Trois Moulins"),
            ("Farines de Rance", "investsIn", "Boulangerie des Trois Moulins"),
        ],
        [
            ("Boulangerie des Trois Moulins", "basedIn", "Dinard"),
            ("Erwan Le Goff", "leaderOf", "Farines de Rance"),
        ],
    ),
    # two notices: each field belongs to its own paragraph's company; a president that is
    # a company, not a person, chairs nothing the field says
    "CONSTITUTION\nDénomination : Atelier Kervran. Siège : Quimperlé. Gérant : Loïc "
    "Kervran.\n\nCONSTITUTION\nDénomination : Menuiserie Belon. Siège : Riec-sur-Bélon. "
    "Présidente : Anne Tanguy.": (
        [
            ("Atelier Kervran", "basedIn", "Quimperlé"),
            ("Loïc Kervran", "leaderOf", "Atelier Kervran"),
            ("Anne Tanguy", "chairOf", "Menuiserie Belon"),
        ],
        [
            ("Loïc Kervran", "leaderOf", "Menuiserie Belon"),
            ("Anne Tanguy", "chairOf", "Atelier Kervran"),
            ("Menuiserie Belon", "basedIn", "Quimperlé"),
        ],
    ),
    # no name field: labelled lines of another kind of text say nothing of a company
    "Programme de la journée\nLieu : Vannes. Animateur : Paul Le Bris. Thème : la pêche.": (
        [],
        [("Paul Le Bris", "leaderOf", "Vannes")],
    ),
    # a name field whose value is a sentence, not a name, names no company
    "Dénomination : la société dont nous parlions hier et qui a fermé. Siège : Lorient.": (
        [],
        [("la société dont nous parlions hier et qui a fermé", "basedIn", "Lorient")],
    ),
}

extracted, test_passage_states_its_facts, test_passage_states_nothing_wrong = passage_tests(
    PASSAGES, "notices"
)
