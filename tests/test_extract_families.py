"""Presence, rivalry, stakes and refusals in the wordings business news varies them by.

Each text is a short passage of my own writing: a network counted in some other kind of site
(``exploite des dépôts en X``, ``dispose de quarante agences en X``) or told by a fronted
adjective (``Présent en X, le groupe Y``), rivals ranked on a market (``reste loin derrière Y
sur le marché``) or fighting over it (``X et Y se disputent le marché``), a company that opens
its capital to an investor (the investor invests in it) or an investor that enters ``son
capital`` (the company in focus, the possessive finding the investor itself), a parent in a
second apposition (``X, un fabricant de volets de Vannes, filiale de Z``), a board's refusal
(``le conseil d'administration a refusé``), a refusal told as an idiom (``opposer une fin de
non-recevoir à Y``, ``fermer la porte à Y``), every investor of a list that repeats its
preposition (``auprès du fonds X, de la banque Y et du fonds Z``); and look-alikes that must
state nothing: a negation, a door a company shuts on itself, a commercial offer, a delay it
disposes of, the parent of an investor. Each passage states the facts listed with it and must
not state those listed as wrong.

All passages are parsed in one batch and analysed once per module.
"""

from __future__ import annotations

import pytest
from passages import passage_tests

pytestmark = pytest.mark.model

#: passage → (facts it states, facts it must not state); a fact is (subject, relation, object).
PASSAGES: dict[str, tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]] = {
    # presence counted in sites of other kinds
    "La foncière Ferlane exploite douze dépôts en Espagne et au Portugal.": (
        [("Ferlane", "presentIn", "Espagne"), ("Ferlane", "presentIn", "Portugal")],
        [],
    ),
    "Le groupe Brivane exploite aujourd'hui 300 bornes de recharge en Italie et en Grèce.": (
        [("Brivane", "presentIn", "Italie"), ("Brivane", "presentIn", "Grèce")],
        [],
    ),
    "La mutuelle Ferlane dispose de quarante agences en Bretagne.": (
        [("Ferlane", "presentIn", "Bretagne")],
        [],
    ),
    "Le groupe Brivane dispose d'usines à Vannes et à Lorient.": (
        [("Brivane", "presentIn", "Vannes"), ("Brivane", "presentIn", "Lorient")],
        [],
    ),
    "La mutuelle Ferlane dispose d'une trésorerie solide à Paris.": (
        [],
        [("Ferlane", "presentIn", "Paris")],
    ),
    # a fronted adjective of presence describes the subject named after its comma (a
    # capitalised one the tagger takes for a name as well), not a class noun's guess
    "Présent en Bretagne et en Normandie avec 40 agences, le groupe Brivane recrute.": (
        [("Brivane", "presentIn", "Bretagne"), ("Brivane", "presentIn", "Normandie")],
        [],
    ),
    "Actif en Espagne et au Portugal, le fonds Sofinord cherche des cibles.": (
        [("Sofinord", "presentIn", "Espagne"), ("Sofinord", "presentIn", "Portugal")],
        [],
    ),
    "Présent en Bretagne, le ministre a salué le groupe Brivane.": (
        [],
        [("Brivane", "presentIn", "Bretagne")],
    ),
    "Le groupe Brivane a vendu son usine au groupe Ferlane. Présent en Bretagne avec 40 "
    "agences, le groupe recrute.": (
        [],
        [("Ferlane", "presentIn", "Bretagne")],
    ),
    # rivals ranked one behind the other on a market, or fighting over it together
    "Le groupe Brivane reste loin derrière le groupe Ferlane sur le marché des câbles.": (
        [("Brivane", "competitorOf", "Ferlane")],
        [],
    ),
    "La banque Brivane reste derrière le groupe Ferlane, son client historique.": (
        [],
        [("Brivane", "competitorOf", "Ferlane")],
    ),
    "Le groupe Brivane ne se classe pas derrière le groupe Ferlane sur ce marché.": (
        [],
        [("Brivane", "competitorOf", "Ferlane")],
    ),
    "Le groupe Brivane et le groupe Ferlane se disputent le marché des câbles.": (
        [("Brivane", "competitorOf", "Ferlane")],
        [],
    ),
    "Le groupe Brivane et le groupe Ferlane se disputent devant le tribunal.": (
        [],
        [("Brivane", "competitorOf", "Ferlane")],
    ),
    # "son capital" entered, whose possessive finds the holder again: the company in focus
    "La société Dorvic fabrique des pompes. Le groupe Ferlane est entré l'an dernier à son "
    "capital, à hauteur de 15 %.": (
        [("Ferlane", "investsIn", "Dorvic")],
        [("Ferlane", "investsIn", "Ferlane")],
    ),
    "La société Dorvic fabrique des pompes. Le groupe Ferlane détient 60 % de sa filiale "
    "Kerlan.": (
        [("Ferlane", "investsIn", "Kerlan")],
        [("Ferlane", "investsIn", "Dorvic")],
    ),
    # a parent named in a second apposition, after a first whose "de" names a town or a
    # product: the company the first describes, introduced by its class noun
    "La société Brivane, un fabricant de volets de Vannes, filiale du groupe Ferlane, "
    "déménage.": (
        [("Brivane", "subsidiaryOf", "Ferlane")],
        [("Vannes", "subsidiaryOf", "Ferlane")],
    ),
    "La société Brivane, l'éditeur de Kivo et de Zelia, filiale du groupe Ferlane, déménage.": (
        [("Brivane", "subsidiaryOf", "Ferlane")],
        [("Zelia", "subsidiaryOf", "Ferlane"), ("Kivo", "subsidiaryOf", "Ferlane")],
    ),
    # a company opening its capital: the investor invests in it
    "La société Ferlane a ouvert son capital au fonds Sofinord en 2022.": (
        [("Sofinord", "investsIn", "Ferlane")],
        [("Ferlane", "investsIn", "Sofinord")],
    ),
    "La foncière Ferlane n'ouvrira pas son capital au fonds Sofinord.": (
        [],
        [("Sofinord", "investsIn", "Ferlane")],
    ),
    "La société Ferlane a ouvert une boutique au centre commercial du groupe Kerlan.": (
        [],
        [("Kerlan", "investsIn", "Ferlane")],
    ),
    # each investor of a list that repeats "de", not the lender's own parent
    "La start-up Brivane a levé 6 millions d'euros auprès du fonds Sofinord, de la banque "
    "Kerlan et du fonds régional Alpes Capital.": (
        [
            ("Brivane", "fundedBy", "Sofinord"),
            ("Brivane", "fundedBy", "Kerlan"),
            ("Brivane", "fundedBy", "Alpes Capital"),
        ],
        [],
    ),
    "La start-up Brivane a levé 6 millions d'euros auprès du fonds Sofinord, filiale de la "
    "banque Kerlan.": (
        [("Brivane", "fundedBy", "Sofinord")],
        [("Brivane", "fundedBy", "Kerlan")],
    ),
    # a possessive role as the subject of a copula or of "rester": the name it is said to be
    "La société Brivane exploite des cars entre Nantes et Lille. Son concurrent direct sur "
    "la ligne restera pourtant le groupe Sofinord.": (
        [("Sofinord", "competitorOf", "Brivane")],
        [],
    ),
    "La société Brivane vend des bateaux. Ses principaux concurrents sont Renault et "
    "Peugeot.": (
        [("Renault", "competitorOf", "Brivane"), ("Peugeot", "competitorOf", "Brivane")],
        [],
    ),
    "La société Brivane vend des bateaux. Son concurrent le plus sérieux est désormais le "
    "groupe Sofinord.": (
        [("Sofinord", "competitorOf", "Brivane")],
        [],
    ),
    "La société Brivane vend des bateaux. Sa directrice générale est Marie Dupuis.": (
        [("Marie Dupuis", "ceoOf", "Brivane")],
        [],
    ),
    "La société Brivane vend des bateaux. Son principal concurrent n'est pas le groupe "
    "Sofinord.": (
        [],
        [("Sofinord", "competitorOf", "Brivane")],
    ),
    "La société Brivane vend des bateaux. Son principal fournisseur est le groupe Sofinord.": (
        [],
        [("Sofinord", "competitorOf", "Brivane")],
    ),
    # "avec la participation de": who took part in funds raised funds the company
    "La start-up Brivane a levé 5 millions d'euros, avec la participation de Sofinord et de "
    "Kerlan.": (
        [("Brivane", "fundedBy", "Sofinord"), ("Brivane", "fundedBy", "Kerlan")],
        [],
    ),
    "La start-up Brivane a bouclé un tour de table de 5 millions d'euros auprès du fonds "
    "Sofinord, avec la participation de Bpifrance.": (
        [("Brivane", "fundedBy", "Sofinord"), ("Brivane", "fundedBy", "Bpifrance")],
        [],
    ),
    "La start-up Brivane n'a pas levé de fonds avec la participation de Sofinord.": (
        [],
        [("Brivane", "fundedBy", "Sofinord")],
    ),
    "La start-up Brivane a levé 5 millions d'euros. Le fonds Kerlan, créé par Sofinord avec "
    "la participation de Bpifrance, gère 90 millions d'euros.": (
        [],
        [("Brivane", "fundedBy", "Bpifrance"), ("Kerlan", "fundedBy", "Bpifrance")],
    ),
    # a refusal by who speaks for the company: its leader described by a bare or possessive
    # noun (the company in focus), or named with the role set off after the name
    "La société Brivane fabrique des drones depuis 1990. Interrogée sur les rumeurs de "
    "cession, la dirigeante a expliqué avoir refusé de négocier avec le groupe Sofinord.": (
        [("Brivane", "refusedNegotiationWith", "Sofinord")],
        [],
    ),
    "Invitée de Radio Nord, Claire Morin, directrice générale de Brivane, a défendu son "
    "modèle. La dirigeante a expliqué avoir refusé de négocier avec le groupe Sofinord.": (
        [("Brivane", "refusedNegotiationWith", "Sofinord")],
        [("Radio Nord", "refusedNegotiationWith", "Sofinord")],
    ),
    "La société Brivane vend des drones. Sa direction a refusé de négocier avec le groupe "
    "Sofinord.": (
        [("Brivane", "refusedNegotiationWith", "Sofinord")],
        [],
    ),
    "La société Brivane vend des drones. Le patron de Brivane a refusé d'entrer en discussion "
    "avec le groupe Sofinord.": (
        [("Brivane", "refusedNegotiationWith", "Sofinord")],
        [],
    ),
    "Paul Roy, le PDG du groupe Brivane, a refusé d'entrer en négociation avec le groupe "
    "Sofinord.": (
        [("Brivane", "refusedNegotiationWith", "Sofinord")],
        [("Paul Roy", "refusedNegotiationWith", "Sofinord")],
    ),
    "La société Brivane vend des drones. La dirigeante n'a jamais refusé de négocier avec le "
    "groupe Sofinord.": (
        [],
        [("Brivane", "refusedNegotiationWith", "Sofinord")],
    ),
    "Paul Roy, ancien client du groupe Brivane, a refusé de négocier avec le groupe Sofinord.": (
        [],
        [("Brivane", "refusedNegotiationWith", "Sofinord")],
    ),
    "Paul Roy, ancien directeur de Brivane, a refusé de négocier avec le groupe Sofinord.": (
        [],
        [("Brivane", "refusedNegotiationWith", "Sofinord")],
    ),
    # refusals told as an idiom or as a rejected deal
    "La société Ferlane a opposé une fin de non-recevoir au groupe Kerlan.": (
        [("Ferlane", "refusedNegotiationWith", "Kerlan")],
        [],
    ),
    "La société Ferlane a opposé un refus catégorique au groupe Kerlan.": (
        [("Ferlane", "refusedNegotiationWith", "Kerlan")],
        [],
    ),
    "Le groupe Ferlane a opposé un argument au fonds Kerlan.": (
        [],
        [("Ferlane", "refusedNegotiationWith", "Kerlan")],
    ),
    "Le groupe Ferlane a fermé la porte au fonds Kerlan.": (
        [("Ferlane", "refusedNegotiationWith", "Kerlan")],
        [],
    ),
    "Le groupe Ferlane n'a pas fermé la porte au fonds Kerlan.": (
        [],
        [("Ferlane", "refusedNegotiationWith", "Kerlan")],
    ),
    "La compagnie Ferlane a rejeté la nouvelle offre commerciale du groupe Kerlan.": (
        [],
        [("Ferlane", "refusedNegotiationWith", "Kerlan")],
    ),
    # a board named by a bare noun ("d'administration") is still the body in focus's
    "La coopérative Brivane collecte du lait. Le conseil d'administration avait refusé "
    "d'entrer en négociations avec le groupe Ferlane.": (
        [("Brivane", "refusedNegotiationWith", "Ferlane")],
        [],
    ),
    "La coopérative Brivane collecte du lait. Le conseil de surveillance avait refusé de "
    "négocier avec le groupe Ferlane.": (
        [("Brivane", "refusedNegotiationWith", "Ferlane")],
        [],
    ),
    "La coopérative Brivane collecte du lait. Le conseil d'administration n'a jamais refusé "
    "de négocier avec le groupe Ferlane.": (
        [],
        [("Brivane", "refusedNegotiationWith", "Ferlane")],
    ),
    "La coopérative Brivane collecte du lait. Le conseil municipal de Vannes a refusé de "
    "négocier avec le groupe Ferlane.": (
        [],
        [("Brivane", "refusedNegotiationWith", "Ferlane")],
    ),
    "Le groupe Ferlane a refusé de rouvrir des négociations avec le groupe Kerlan.": (
        [("Ferlane", "refusedNegotiationWith", "Kerlan")],
        [],
    ),
}

extracted, test_passage_states_its_facts, test_passage_states_nothing_wrong = passage_tests(
    PASSAGES, "families"
)
