"""A trade noun (``le brasseur``, ``le minotier vendéen``, ``le fromager de Rodez``) refers
back to the company the text introduced with that trade (``la brasserie X``, ``le minotier
X``): its noun and the business's are one kin group of ``coreference.json``; so does one
whose trade a verb gave it (``X fabrique des pneus``: ``le fabricant``). The noun a
business's name opens with (``le moulin`` after ``le Moulin de Saint-Rémy``) is that business.

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
    "Le brasseur de Cambrai a racheté la société Virelle.": (
        [("Malbec", "acquires", "Virelle")],
        [],
    ),
    "Le minotier Farel, basé à Luçon, a embauché Paul Girard. "
    "Le minotier vendéen a racheté la société Virelle.": (
        [("Farel", "acquires", "Virelle")],
        [("Paul Girard", "acquires", "Virelle")],
    ),
    "La fromagerie Vassal emploie trente salariés. Le fromager a racheté la société Virelle.": (
        [("Vassal", "acquires", "Virelle")],
        [],
    ),
    # a company of no trade the text told: the trade noun is not it
    "Kelvo a publié ses résultats. Le brasseur a racheté la société Virelle.": (
        [],
        [("Kelvo", "acquires", "Virelle")],
    ),
    # the trade of a person
    "Paul Girard, brasseur depuis vingt ans, a rencontré la banque Norvik. "
    "Le brasseur a fondé la société Virelle.": (
        [],
        [("Norvik", "founderOf", "Virelle"), ("Paul Girard", "founderOf", "Virelle")],
    ),
    # another trade
    "Dorval, une chocolaterie de Riom, a signé avec la brasserie Malbec. "
    "Le chocolatier a racheté la société Virelle.": (
        [("Dorval", "acquires", "Virelle")],
        [("Malbec", "acquires", "Virelle")],
    ),
    # a person the trade noun introduces by a given name stays a person
    "Le chocolatier Jean Farel a racheté la société Virelle.": (
        [("Jean Farel", "acquires", "Virelle")],
        [],
    ),
    # a trade verb gives its subject the trade: "le fabricant" is the one that makes
    "Tarvel fabrique des pneus à Clermont. La société Lumex vend des vélos. "
    "Le fabricant a racheté la société Virelle.": (
        [("Tarvel", "acquires", "Virelle")],
        [("Lumex", "acquires", "Virelle")],
    ),
    "Le groupe Tarvel fabrique des pneus depuis 1950. Le groupe Lumex vend des vélos. "
    "Le fabricant a racheté la société Virelle.": (
        [("Tarvel", "acquires", "Virelle")],
        [("Lumex", "acquires", "Virelle")],
    ),
    # one that no longer makes them was given no trade
    "Tarvel ne fabrique plus de pneus. La société Lumex vend des vélos. "
    "Le fabricant a racheté la société Virelle.": (
        [],
        [("Tarvel", "acquires", "Virelle")],
    ),
    # the noun an organisation's name opens with, as a definite description, is that
    # organisation: the one of the text so named, not when two are
    "Le Moulin de Saint-Rémy a embauché Paul Girard. Le moulin est déjà présent à Gand.": (
        [("Moulin de Saint-Rémy", "presentIn", "Gand")],
        [("Paul Girard", "presentIn", "Gand")],
    ),
    "Le Syndicat des eaux du Morvan a publié ses comptes. Le syndicat a refusé de négocier "
    "avec Veolia.": (
        [("Syndicat des eaux du Morvan", "refusedNegotiationWith", "Veolia")],
        [],
    ),
    "La Brasserie du Vexin emploie trente salariés. Claire Morel, qui a rejoint la brasserie "
    "en 2020, vient de Heineken.": (
        [("Claire Morel", "employeeOf", "Brasserie du Vexin")],
        [],
    ),
    "La Brasserie du Vexin et la Brasserie Malbec ont signé un accord. La brasserie ouvrira "
    "une boutique à Lille.": (
        [],
        [("Brasserie du Vexin", "opensOfficeIn", "Lille"), ("Malbec", "opensOfficeIn", "Lille")],
    ),
}

extracted, test_passage_states_its_facts, test_passage_states_nothing_wrong = passage_tests(
    PASSAGES, "trades"
)
