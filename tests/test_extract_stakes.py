"""Stakes and investors in the constructions business news uses.

Each text is a short passage of my own writing: a holder whose company is not named in its
clause (``X, entré au capital en 2016``, ``X, qui détient 30 % du capital``, ``déjà présent
au capital``, ``les 45 % que détenait X``, ``une participation de 10 %``), read as the
company in focus (the fundraiser of the round just told, the company just bought, or the
one the sentence before is about), the investors joining a round's lead (``avec la
participation de Y``), and look-alikes that must state nothing: a negation, a capital that
is not a company's, the buyer of the company whose capital it is, no company in view, a
participation in something other than a round. ``en`` (``qui en possédait 25 %``) is the
company in focus; a round's participle may hang on its ``de`` complement (``une levée de
fonds, menée par X``). Each passage states the facts listed with
it and must not state those listed as wrong.

All passages are parsed in one batch and analysed once per module.
"""

from __future__ import annotations

import pytest
from passages import passage_tests

pytestmark = pytest.mark.model

#: passage → (facts it states, facts it must not state); a fact is (subject, relation, object).
PASSAGES: dict[str, tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]] = {
    # a class noun of two words introduces the name after it, whichever word the parser
    # made the head
    "Le family office Norvik a racheté Kelvo.": (
        [("Norvik", "acquires", "Kelvo")],
        [],
    ),
    # the company the sentence before is about
    "La société Brivane fabrique des pompes. Le fonds Sorvel Invest est entré au capital en "
    "avril à hauteur de 35 %.": (
        [("Sorvel Invest", "investsIn", "Brivane")],
        [],
    ),
    "La start-up lyonnaise Vorelle développe des capteurs. Le fonds Alpes Capital, entré au "
    "capital en 2018, détient 30 %.": (
        [("Alpes Capital", "investsIn", "Vorelle")],
        [],
    ),
    "La société Brivane fabrique des pompes. Le fonds Sorvel Invest, qui détient 25 % du "
    "capital, va céder ses parts.": (
        [("Sorvel Invest", "investsIn", "Brivane")],
        [],
    ),
    "La société Brivane fabrique des pompes. Entré au capital en 2019, le fonds Sofinord "
    "n'a pas suivi.": (
        [("Sofinord", "investsIn", "Brivane")],
        [],
    ),
    # the fundraiser of the round just told
    "La start-up Brivane a levé 5 millions d'euros. Le fonds Sofinord, déjà présent au "
    "capital, a remis au pot.": (
        [("Sofinord", "investsIn", "Brivane")],
        [],
    ),
    # a stake of a stated size, indefinite, in the round's fundraiser
    "La start-up Brivane a levé 9 millions d'euros auprès du fonds Sofinord et du groupe "
    "Kerlan, qui a pris une participation de 10 %.": (
        [("Kerlan", "investsIn", "Brivane")],
        [("Sofinord", "investsIn", "Kerlan")],
    ),
    # the investors joining the lead of a round, not of another act
    "La start-up Brivane a bouclé un tour de table de 12 millions d'euros mené par Kerlan "
    "Capital, avec la participation de Sofinord.": (
        [("Kerlan Capital", "investsIn", "Brivane"), ("Sofinord", "investsIn", "Brivane")],
        [],
    ),
    "Le fonds Kerlan Capital, créé par Paul Arnal, avec la participation de Sofinord, recrute.": (
        [],
        [("Sofinord", "founderOf", "Kerlan Capital")],
    ),
    # the company bought, not its buyer
    "Le groupe Holvia a racheté la société Brivane. Le fonds Sorvel Invest, qui détenait 25 % "
    "du capital, cède ses parts.": (
        [("Sorvel Invest", "investsIn", "Brivane")],
        [("Sorvel Invest", "investsIn", "Holvia")],
    ),
    "Le groupe Holvia a annoncé le rachat de la société Brivane. Le fonds Sorvel Invest, entré "
    "au capital en 2016, cède ses parts.": (
        [("Sorvel Invest", "investsIn", "Brivane")],
        [("Sorvel Invest", "investsIn", "Holvia")],
    ),
    # the stake a buyer takes over: "les N % que détenait X", "les N % détenus par X"
    "Le groupe Holvia a racheté la société Brivane. Il a repris les 45 % que détenait "
    "depuis 2017 le fonds Sofinord.": (
        [("Sofinord", "investsIn", "Brivane")],
        [("Sofinord", "investsIn", "Holvia")],
    ),
    "Le groupe Holvia a annoncé le rachat de la société Brivane. Il reprend les 25 % détenus "
    "par le fonds Sofinord.": (
        [("Sofinord", "investsIn", "Brivane")],
        [("Sofinord", "investsIn", "Holvia")],
    ),
    "Il a repris les 45 % que détenait le fonds Sofinord.": (
        [],
        [("Sofinord", "investsIn", "Sofinord")],
    ),
    # look-alikes: a negation, another company's capital named, a capital of its own, no
    # company in view
    "La société Brivane fabrique des pompes. Le fonds Sorvel Invest n'est pas entré au capital.": (
        [],
        [("Sorvel Invest", "investsIn", "Brivane")],
    ),
    "La société Brivane fabrique des pompes. Le fonds Sorvel Invest détient 25 % du capital "
    "de Sorbel.": (
        [("Sorvel Invest", "investsIn", "Sorbel")],
        [("Sorvel Invest", "investsIn", "Brivane")],
    ),
    "La société Brivane fabrique des pompes. Le fonds Sorvel Invest a augmenté son capital.": (
        [],
        [("Sorvel Invest", "investsIn", "Brivane")],
    ),
    "La société Brivane fabrique des pompes. Le groupe Kerlan a pris une participation.": (
        [],
        [("Kerlan", "investsIn", "Brivane")],
    ),
    "Le fonds Sorvel Invest, entré au capital en 2016, s'est retiré en mars.": (
        [],
        [("Sorvel Invest", "investsIn", "Sorvel Invest")],
    ),
    "La société Sofinord, présente dans le quartier, est entrée en Bourse.": (
        [],
        [("Sofinord", "investsIn", "Sofinord")],
    ),
    # "en" is "de" + the company in focus, never the holder itself
    "Le groupe Servat a racheté la société Brivane. Le groupe Kivo, qui en possédait déjà "
    "25 %, a vendu ses parts.": (
        [("Kivo", "investsIn", "Brivane")],
        [("Kivo", "investsIn", "Kivo"), ("Servat", "investsIn", "Brivane")],
    ),
    # a round told by a description's subject is the round of the company it refers to
    "La société Brivane fabrique des rames. Pour les financer, l'entreprise a bouclé un tour "
    "de table de 95 millions d'euros mené par le fonds Fondarel.": (
        [("Fondarel", "investsIn", "Brivane")],
        [],
    ),
    "Le groupe Servat a pris le contrôle de la société Brivane. Le fonds Kivo, qui en "
    "possédait déjà 25 %, cède ses parts.": (
        [("Kivo", "investsIn", "Brivane")],
        [("Kivo", "investsIn", "Servat")],
    ),
    "Le groupe Servat a racheté la société Brivane. Le groupe Kivo n'en possède pas un seul "
    "pour cent.": (
        [],
        [("Kivo", "investsIn", "Brivane")],
    ),
    # a relative "que" the parser reads as a conjunction still makes its antecedent the
    # object; holders "à parts égales" hold a stake, not control
    "La société Brivane, que Jean Dupont et Marie Durand détiennent à parts égales, a été "
    "vendue.": (
        [("Jean Dupont", "investsIn", "Brivane"), ("Marie Durand", "investsIn", "Brivane")],
        [],
    ),
    "Le groupe Servat et le groupe Kivo détiennent la société Brivane à parts égales.": (
        [("Servat", "investsIn", "Brivane"), ("Kivo", "investsIn", "Brivane")],
        [("Servat", "parentOf", "Brivane")],
    ),
    "La société Brivane, que Jean Dupont et Marie Durand ne détiennent plus, a été vendue.": (
        [],
        [("Jean Dupont", "investsIn", "Brivane")],
    ),
    # the participle of a round hangs on the round's "de" complement ("levée de fonds")
    "La société Brivane a annoncé une levée de fonds de 20 millions d'euros, menée par le "
    "fonds américain Ribbon Capital.": (
        [("Ribbon Capital", "investsIn", "Brivane")],
        [],
    ),
    "La société Brivane a renoncé à une levée de fonds de 20 millions d'euros, qui n'a pas "
    "été menée par le fonds Ribbon Capital.": (
        [],
        [("Ribbon Capital", "investsIn", "Brivane")],
    ),
    # a family that holds a company holds a stake in it: no parent company
    "La société Kelvane, jusque-là détenue par la famille Quéméner, change de mains.": (
        [("famille Quéméner", "investsIn", "Kelvane")],
        [("famille Quéméner", "parentOf", "Kelvane")],
    ),
    # an investor that owns a company holds it as an investment; a group owns a subsidiary
    "La société Kelvane fabrique des pompes. Elle est détenue par le fonds ardéchois Sorvel "
    "Invest.": (
        [("Sorvel Invest", "investsIn", "Kelvane"), ("Sorvel Invest", "parentOf", "Kelvane")],
        [],
    ),
    "La société Kelvane est détenue depuis 2016 par la société d'investissement Fenouillet "
    "Finance.": (
        [("Fenouillet Finance", "investsIn", "Kelvane")],
        [],
    ),
    "La société Kelvane est détenue par le groupe Ardoval.": (
        [("Ardoval", "parentOf", "Kelvane")],
        [("Ardoval", "investsIn", "Kelvane")],
    ),
    # a deal's party named in apposition to its role noun; the seller's buyer named by a
    # buyer noun is the buyer of the purchase just told
    "Le groupe Ardoval rachète la société Kelvane. Le vendeur, le fonds rennais Sorvel Invest, "
    "entré au capital en 2012, vend toutes ses actions au groupe Ardoval.": (
        [("Sorvel Invest", "investsIn", "Kelvane"), ("Sorvel Invest", "divestsTo", "Ardoval")],
        [("Sorvel Invest", "divestsTo", "Kelvane")],
    ),
    "Le groupe Ardoval rachète la société Kelvane. Le fonds Sorvel Invest cède ses parts au "
    "repreneur.": (
        [("Sorvel Invest", "divestsTo", "Ardoval")],
        [("Sorvel Invest", "divestsTo", "Kelvane")],
    ),
    # (a sale story names its buyer first and its sellers later: as far back as the focus)
    "C'est une page qui se tourne. La Biscuiterie Vernat, installée à Lorient depuis 1926, a "
    "été rachetée par le groupe Ardoval, qui possède déjà deux usines en Bretagne. Fondée par "
    "Jean Vernat, la biscuiterie emploie soixante personnes. Son actionnaire majoritaire, la "
    "société Kelmor, en détenait 65 % ; elle cède l'ensemble de ses parts à l'acheteur.": (
        [("Kelmor", "divestsTo", "Ardoval")],
        [("Kelmor", "divestsTo", "Biscuiterie Vernat")],
    ),
    "Le groupe Ardoval rachète la société Kelvane. Le fonds Sorvel Invest cède ses parts à un "
    "acheteur.": (
        [],
        [("Sorvel Invest", "divestsTo", "Ardoval")],
    ),
    # a date the parser took for the verb's object is no object of its own
    "Le fonds Sorvel Invest est entré l'an dernier au capital de la société Kelvane.": (
        [("Sorvel Invest", "investsIn", "Kelvane")],
        [],
    ),
    # a stake kept, not only held
    "Le groupe Ardoval conserve 12 % du capital de la société Kelvane.": (
        [("Ardoval", "investsIn", "Kelvane")],
        [("Ardoval", "parentOf", "Kelvane")],
    ),
    "La société Brivane fabrique des pompes. Le fonds Sorvel Invest en conserve 8 %.": (
        [("Sorvel Invest", "investsIn", "Brivane")],
        [],
    ),
    # "en" read as a preposition right before the verb is still the pronoun
    "La société Brivane fabrique des pompes. La société Orbesc Finance en détient "
    "14 %.": (
        [("Orbesc Finance", "investsIn", "Brivane")],
        [],
    ),
    "La société Brivane fabrique des pompes. En détenant 30 % du capital de Sorbel, le fonds "
    "Sorvel Invest pèse.": (
        [],
        [("Sorvel Invest", "investsIn", "Brivane")],
    ),
    "Le groupe Ardoval ne conserve aucune part de la société Kelvane.": (
        [],
        [("Ardoval", "investsIn", "Kelvane")],
    ),
    # who enters the capital beside the holder is no company it invests in
    "La fromagerie Terres de Salers affine des tomes à Mauriac. Le fonds Massif Capital est "
    "entré au capital il y a deux ans, aux côtés de la ville de Pleaux.": (
        [],
        [
            ("Massif Capital", "investsIn", "Pleaux"),
            ("Massif Capital", "investsIn", "ville de Pleaux"),
        ],
    ),
    # a seller's stake in "l'entreprise" is in the company bought, not in its buyer
    "Le groupe Kerlan a annoncé mardi l'acquisition de Brasserie Vallorge, spécialiste des "
    "bières d'abbaye installé à Bapaume. Le vendeur, le fonds lillois Nordeva, possédait encore "
    "55 % de l'entreprise.": (
        [("Nordeva", "investsIn", "Brasserie Vallorge")],
        [("Nordeva", "investsIn", "Kerlan")],
    ),
    # the company of the stake just named is the one whose capital is told next
    "Le groupe Ferlane prend 40 % de Tuilerie Morvane, un fabricant installé à Autun. Le "
    "fonds Orvalis, qui possédait depuis 2012 15 % du capital, revend ses titres.": (
        [
            ("Ferlane", "investsIn", "Tuilerie Morvane"),
            ("Orvalis", "investsIn", "Tuilerie Morvane"),
        ],
        [("Orvalis", "investsIn", "Ferlane")],
    ),
    # the buyer of a stake is not the company it is in
    "Le groupe Ferlane prend 40 % de Tuilerie Morvane, un fabricant installé à Autun. "
    "L'opération a été validée lundi. Créée en 1983 par Louis Rabaste, l'entreprise fabrique "
    "des tuiles. Elle est gérée par sa nièce, Anne Rabaste. Le fonds Orvalis, qui possédait "
    "depuis 2012 15 % du capital, revend ses titres au groupe bourguignon.": (
        [("Ferlane", "investsIn", "Tuilerie Morvane")],
        [("Orvalis", "investsIn", "Ferlane")],
    ),
    # a family that kept a stake in the sentence before is a shareholder, not the company
    "La société Brivane fabrique des pompes. La famille Rabaste, qui a lancé la société en "
    "1983, en garde 51 %. Le fonds Orvalis, arrivé l'été dernier, en possède à présent 35 %.": (
        [],
        [("Orvalis", "investsIn", "famille Rabaste")],
    ),
    # a company bought in the passive: what the stake "en" is of; the buyer noun is the
    # buyer of that deal, not a person quoted next
    "La laiterie Bressane a été rachetée par la Compagnie Ferlane, un groupe agroalimentaire. "
    "Fondée par Louis Rabaste, la laiterie fabrique du beurre. Son principal actionnaire, la "
    "coopérative Valsaône, en détenait 55 % ; elle vend ses actions à l'acheteur. « Nous "
    "sommes confiants », a déclaré Paul Maucourt, maire de la commune.": (
        [("Valsaône", "investsIn", "Bressane"), ("Valsaône", "divestsTo", "Compagnie Ferlane")],
        [
            ("Valsaône", "investsIn", "Compagnie Ferlane"),
            ("Valsaône", "divestsTo", "Paul Maucourt"),
            ("Valsaône", "divestsTo", "Louis Rabaste"),
        ],
    ),
    # a stake "dont" introduces is in the relative's antecedent, not in a fund named after
    "Le groupe Ardoval a racheté Kelvane, dont il détenait déjà 20 % depuis 2021, en "
    "reprenant les parts du fonds Orvalis.": (
        [("Ardoval", "investsIn", "Kelvane")],
        [("Ardoval", "investsIn", "Orvalis")],
    ),
    "La filiale du groupe Ardoval dit avoir repris le site nantais de jeux en ligne, dont elle "
    "possédait un petit 15 %, en rachetant les parts de ses créateurs et celles du fonds "
    "Orvalis.": (
        [],
        [("Ardoval", "investsIn", "Orvalis")],
    ),
    # a shareholder's role refers back to no company its own sentence names (its buyer)
    "La société Brivane fabrique des pompes. Le fonds Orvalis, arrivé l'été dernier, en "
    "possède à présent 35 %. Le fonds Nordeva, actionnaire minoritaire, a cédé ses titres au "
    "fonds Orvalis.": (
        [("Orvalis", "investsIn", "Brivane"), ("Nordeva", "divestsTo", "Orvalis")],
        [("Nordeva", "investsIn", "Orvalis")],
    ),
    # a round counted in money, closed with two lenders NER ran together
    "La coopérative Kelvo a bouclé un tour de 180 000 euros auprès de la Nef et de France "
    "Active.": (
        [("Kelvo", "fundedBy", "Nef"), ("Kelvo", "fundedBy", "France Active")],
        [],
    ),
    # the capital "de l'acquéreur" is the buyer's, not the company bought; with no buyer a
    # verb named, nothing
    "Le groupe Kelvo a racheté la société Norvik. Bpifrance prend 15 % du capital de "
    "l'acquéreur.": (
        [("Bpifrance", "investsIn", "Kelvo")],
        [("Bpifrance", "investsIn", "Norvik")],
    ),
    "Le groupe Kelvo a conclu l'acquisition de la société Norvik. La transaction "
    "s'accompagne d'une entrée de Bpifrance, qui prend 15 % du capital de l'acquéreur.": (
        [],
        [("Bpifrance", "investsIn", "Norvik")],
    ),
}


extracted, test_passage_states_its_facts, test_passage_states_nothing_wrong = passage_tests(
    PASSAGES, "stakes"
)


def test_a_fact_read_through_the_company_in_focus_is_less_sure(extracted) -> None:  # type: ignore[no-untyped-def]
    named = extracted[
        "La société Brivane fabrique des pompes. Le fonds Sorvel Invest détient 25 % du capital "
        "de Sorbel."
    ]
    guessed = extracted[
        "La société Brivane fabrique des pompes. Le fonds Sorvel Invest, qui détient 25 % du "
        "capital, va céder ses parts."
    ]
    (stated,) = [t for t in named if t.predicate == "investsIn"]
    (inferred,) = [t for t in guessed if t.predicate == "investsIn"]
    assert inferred.provenance.confidence < stated.provenance.confidence
