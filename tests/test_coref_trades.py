"""A trade noun (``le brasseur``, ``le minotier vendéen``, ``le fromager de Rodez``) refers
back to the company the text introduced with that trade (``la brasserie X``, ``le minotier
X``): its noun and the business's are one kin group of ``coreference.json``; so does one
whose trade a verb gave it (``X fabrique des pneus``: ``le fabricant``).

Each text is a passage of my own writing, with the facts it states and look-alikes it must
not state: a trade noun means no company the text gave another trade or none, nor a person
of that trade.
"""

from __future__ import annotations

import pytest
from passages import Fact, passage_tests

pytestmark = pytest.mark.model

#: passage → (facts it states, facts it must not state).
PASSAGES: dict[str, tuple[list[Fact], list[Fact]]] = {
    "La brasserie Malbec, installée à Cambrai, a été fondée en 1990. "
    "Le brasseur de Cambrai a racheté la société Ondine.": (
        [("Malbec", "acquires", "Ondine")],
        [],
    ),
    "Le minotier Farel, basé à Luçon, a embauché Paul Girard. "
    "Le minotier vendéen a racheté la société Ondine.": (
        [("Farel", "acquires", "Ondine")],
        [("Paul Girard", "acquires", "Ondine")],
    ),
    "La fromagerie Vassal emploie trente salariés. Le fromager a racheté la société Ondine.": (
        [("Vassal", "acquires", "Ondine")],
        [],
    ),
    # a company of no trade the text told: the trade noun is not it
    "Kelvo a publié ses résultats. Le brasseur a racheté la société Ondine.": (
        [],
        [("Kelvo", "acquires", "Ondine")],
    ),
    # the trade of a person
    "Paul Girard, brasseur depuis vingt ans, a rencontré la banque Norvik. "
    "Le brasseur a fondé la société Ondine.": (
        [],
        [("Norvik", "founderOf", "Ondine"), ("Paul Girard", "founderOf", "Ondine")],
    ),
    # another trade
    "Dorval, une chocolaterie de Vichy, a signé avec la brasserie Malbec. "
    "Le chocolatier a racheté la société Ondine.": (
        [("Dorval", "acquires", "Ondine")],
        [("Malbec", "acquires", "Ondine")],
    ),
    # a person the trade noun introduces by a given name stays a person
    "Le chocolatier Jean Farel a racheté la société Ondine.": (
        [("Jean Farel", "acquires", "Ondine")],
        [],
    ),
    # a trade verb gives its subject the trade: "le fabricant" is the one that makes
    "Tarvel fabrique des pneus à Clermont. La société Lumex vend des vélos. "
    "Le fabricant a racheté la société Ondine.": (
        [("Tarvel", "acquires", "Ondine")],
        [("Lumex", "acquires", "Ondine")],
    ),
    "Le groupe Tarvel fabrique des pneus depuis 1950. Le groupe Lumex vend des vélos. "
    "Le fabricant a racheté la société Ondine.": (
        [("Tarvel", "acquires", "Ondine")],
        [("Lumex", "acquires", "Ondine")],
    ),
    # one that no longer makes them was given no trade
    "Tarvel ne fabrique plus de pneus. La société Lumex vend des vélos. "
    "Le fabricant a racheté la société Ondine.": (
        [],
        [("Tarvel", "acquires", "Ondine")],
    ),
}

extracted, test_passage_states_its_facts, test_passage_states_nothing_wrong = passage_tests(
    PASSAGES, "trades"
)
