"""Who runs, sits in, sponsors, signs for and operates small firms, unions, councils and clubs.

Each text is a short passage of my own writing:

* roles: a small firm's manager (``gérant``, ``cogérante``), one a company is represented by
  in a legal notice (``la société X, représentée par son gérant, Y``: the possessive is the
  described company's, not the previous notice's), a union's secretary, a councillor of a
  political group, a club's sponsor, a member the relative ``dont`` names (``Y, dont la
  coopérative X est membre``, ``dont`` hung on the subject), a shareholder or a board's chair
  with no company named (``Le fonds X, actionnaire depuis 2017``, ``X devient président du
  conseil de surveillance``: the company the sentence before is about), a company that
  joins a movement (``a rejoint le mouvement X``);
* verbs the tagger misreads: a chair kept or left (``garde``, ``quitte la présidence de Y``),
  a rival that remains one (``demeure le principal rival de Y``);
* names a noun outside the lexicon describes (``affronte les ogres flamands X et Y``,
  ``présidée par sa petite-fille, X``);
* sites: dairies, greenhouses or shops in named towns (``ses fromageries de X et de Y``,
  ``Ses magasins de X et de Y font ...``), packing at a place (``conditionne ses cidres
  à X``), hives or hectares worked in a region;
* agreements: one signed with a co-signer when the parser takes the day for the object
  (``a signé lundi avec la ville de Y l'accord « Z »``) or named by a participle (``un
  contrat de trois ans, baptisé « Z »``), distribution or sponsorship deals (``une entente
  de distribution avec Y``);
* events: a general assembly held at a venue (``réunie en assemblée générale au palais des
  congrès de Y``, ``au complexe sportif de Y``).

And look-alikes that must state nothing: funds raised (``a réuni 3 millions d'euros``), a
meeting that is no assembly, an office title (``secrétaire d'État``), a councillor of a town,
the leader of a project, sites sold, negations, a title given to something else than what was
signed, a cartel (``une entente`` sanctioned), the shareholder of a named company, a deal noun
inside a name (``l'Observatoire de la concurrence``), ``mise en demeure``, a conversion
(``transformer X en Y``).

All passages are parsed in one batch and analysed once per module.
"""

from __future__ import annotations

import pytest
from passages import passage_tests

pytestmark = pytest.mark.model

#: passage → (facts it states, facts it must not state); a fact is (subject, relation, object).
PASSAGES: dict[str, tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]] = {
    # managers of small firms
    "Paul Drevet, gérant de la société Kalvor, a démissionné.": (
        [("Paul Drevet", "leaderOf", "Kalvor")],
        [],
    ),
    "Maëlle Corvec, cogérante de la société Brisane, signe le bail.": (
        [("Maëlle Corvec", "leaderOf", "Brisane")],
        [],
    ),
    # a legal notice: the possessive is the company the participle describes
    "La société Kalvor a publié ses comptes. Par acte du 3 mars, la société Trémens, dont "
    "le siège est à Brest, représentée par son gérant, Paul Drevet, a vendu son fonds.": (
        [("Paul Drevet", "leaderOf", "Trémens")],
        [("Paul Drevet", "leaderOf", "Kalvor")],
    ),
    "La coopérative Kalvor a publié ses comptes. La start-up Trémens, dirigée par sa "
    "fondatrice, Anne Morvan, recrute.": (
        [("Anne Morvan", "founderOf", "Trémens")],
        [("Anne Morvan", "founderOf", "Kalvor")],
    ),
    "La coopérative Kalvor a publié ses comptes. Le projet, porté par son directeur, Paul "
    "Drevet, avance.": (
        [],
        [("Paul Drevet", "leaderOf", "Kalvor")],
    ),
    # joining a movement or a confederation
    "La société Kalvor a rejoint le mouvement Entreprises Engagées.": (
        [("Kalvor", "memberOf", "Entreprises Engagées")],
        [],
    ),
    "La société Kalvor n'a pas rejoint la confédération Armor Pêche.": (
        [],
        [("Kalvor", "memberOf", "Armor Pêche")],
    ),
    # unions, political groups, sponsors
    "Anne Morvan, secrétaire de l'association Kalvor, a protesté.": (
        [("Anne Morvan", "memberOf", "Kalvor")],
        [],
    ),
    "Le secrétaire d'État Paul Drevet a visité la société Kalvor.": (
        [],
        [("Paul Drevet", "memberOf", "État"), ("Paul Drevet", "memberOf", "Kalvor")],
    ),
    "Paul Drevet, conseiller municipal du groupe Brest Ensemble, a voté contre.": (
        [("Paul Drevet", "memberOf", "Brest Ensemble")],
        [("Paul Drevet", "employeeOf", "Brest Ensemble")],
    ),
    "Paul Drevet, conseiller municipal de Brest, a voté contre.": (
        [],
        [("Paul Drevet", "memberOf", "Brest"), ("Paul Drevet", "employeeOf", "Brest")],
    ),
    "La brasserie Kalvor devient le sponsor principal du club Trémens.": (
        [("Kalvor", "partnerOf", "Trémens")],
        [],
    ),
    "La brasserie Kalvor, sponsor du club Trémens depuis 2015, renouvelle son contrat.": (
        [("Kalvor", "partnerOf", "Trémens")],
        [],
    ),
    # a company's own sites of other kinds, in named towns
    "La coopérative Kalvor a rénové ses fromageries de Plonéour et de Pleyben.": (
        [("Kalvor", "presentIn", "Plonéour"), ("Kalvor", "presentIn", "Pleyben")],
        [],
    ),
    "Le groupe Kalvor agrandit ses serres de Plougastel.": (
        [("Kalvor", "presentIn", "Plougastel")],
        [],
    ),
    "La coopérative Kalvor a vendu ses fromageries de Plonéour et de Pleyben.": (
        [],
        [("Kalvor", "presentIn", "Plonéour"), ("Kalvor", "presentIn", "Pleyben")],
    ),
    "La coopérative Kalvor a fermé un entrepôt. Ses magasins de Vitré, de Fougères et de "
    "Redon font toujours l'essentiel de ses ventes.": (
        [
            ("Kalvor", "presentIn", "Vitré"),
            ("Kalvor", "presentIn", "Fougères"),
            ("Kalvor", "presentIn", "Redon"),
        ],
        [],
    ),
    "La société Kalvor recrute. Ses magasins de Vitré et de Redon ont été cédés.": (
        [],
        [("Kalvor", "presentIn", "Vitré")],
    ),
    "La société Kalvor conditionne ses cidres à Quimper.": (
        [("Kalvor", "presentIn", "Quimper")],
        [],
    ),
    "La société Kalvor a transformé le marché en France.": (
        [],
        [("Kalvor", "presentIn", "France")],
    ),
    "La société Kalvor exploite 900 ruches en Bretagne et dans le Morbihan.": (
        [("Kalvor", "presentIn", "Bretagne"), ("Kalvor", "presentIn", "Morbihan")],
        [],
    ),
    "La société Kalvor exploite quarante hectares de vignes en Gironde.": (
        [("Kalvor", "presentIn", "Gironde")],
        [],
    ),
    "Le groupe Kalvor n'exploite plus de ruches en Bretagne.": (
        [],
        [("Kalvor", "presentIn", "Bretagne")],
    ),
    # agreements signed with a co-signer, however the parser hangs the text
    "Le groupe Sorval a signé lundi avec la ville de Brest l'accord « Rade Propre ».": (
        [
            ("Sorval", "signed", "accord « Rade Propre »"),
            ("Brest", "signed", "accord « Rade Propre »"),
        ],
        [],
    ),
    "Le club Kervano a signé avec la société Marvane un contrat de trois ans, baptisé "
    "« Élan 2028 ».": (
        [("Kervano", "signed", "Élan 2028"), ("Marvane", "signed", "Élan 2028")],
        [],
    ),
    "Le groupe Sorval n'a pas signé lundi avec la ville de Brest l'accord « Rade Propre ».": (
        [],
        [("Sorval", "signed", "accord « Rade Propre »")],
    ),
    "Le groupe Sorval a signé un contrat qui prévoit un fonds baptisé « Rade Propre ».": (
        [],
        [("Sorval", "signed", "Rade Propre")],
    ),
    # a name described by a noun the lexicon does not list
    "L'équipe Kalvor affronte les ogres flamands Trémens et Orvalis.": (
        [("Kalvor", "competitorOf", "Trémens"), ("Kalvor", "competitorOf", "Orvalis")],
        [],
    ),
    "La verrerie Kalvor est présidée par sa petite-fille, Anne Morvan.": (
        [("Anne Morvan", "chairOf", "Kalvor")],
        [],
    ),
    "La verrerie Kalvor est présidée par la petite-fille de Paul Drevet.": (
        [],
        [("Paul Drevet", "chairOf", "Kalvor")],
    ),
    "Le groupe Kalvor n'affronte pas les ogres flamands Trémens et Orvalis.": (
        [],
        [("Kalvor", "competitorOf", "Trémens")],
    ),
    # a rival's standing with "demeurer", which the model lemmatises as the noun
    "Le groupe Trémens demeure le principal rival de Kalvor.": (
        [("Trémens", "competitorOf", "Kalvor")],
        [],
    ),
    "Le groupe Kalvor a mis en demeure la société Trémens.": (
        [],
        [("Kalvor", "competitorOf", "Trémens"), ("Kalvor", "residesIn", "Trémens")],
    ),
    # chairs kept or left
    "Malgré la crise, Louise Tanguy garde la présidence du groupe Kalvor.": (
        [("Louise Tanguy", "chairOf", "Kalvor")],
        [],
    ),
    "Anne Morvan quitte la présidence de la société Kalvor.": (
        [("Anne Morvan", "chairOf", "Kalvor")],
        [],
    ),
    "Anne Morvan garde un souvenir ému de la société Kalvor.": (
        [],
        [("Anne Morvan", "chairOf", "Kalvor"), ("Anne Morvan", "employeeOf", "Kalvor")],
    ),
    # general assemblies held at a place
    "Réunie samedi en assemblée générale au palais des congrès de Brest, la coopérative "
    "Kalvor a voté la fusion.": (
        [("Kalvor", "organizesEventAt", "palais des congrès de Brest")],
        [],
    ),
    "La coopérative Kalvor, réunie en assemblée générale à Quimper, a approuvé les comptes.": (
        [("Kalvor", "organizesEventAt", "Quimper")],
        [],
    ),
    "La fédération Kalvor s'est réunie en congrès au parc des expositions de Rennes.": (
        [("Kalvor", "organizesEventAt", "parc des expositions de Rennes")],
        [],
    ),
    "La coopérative Kalvor a réuni 3 millions d'euros à Quimper pour son assemblée.": (
        [],
        [("Kalvor", "organizesEventAt", "Quimper")],
    ),
    "La coopérative Kalvor s'est réunie à Quimper avec ses fournisseurs.": (
        [],
        [("Kalvor", "organizesEventAt", "Quimper")],
    ),
    # "dont" hung on a named subject is still "de" + the antecedent
    "Le Syndicat des cidriers normands, dont la coopérative Kalvor est membre, conteste "
    "la décision.": (
        [("Kalvor", "memberOf", "Syndicat des cidriers normands")],
        [],
    ),
    "La fédération Orvalis, dont la coopérative Kalvor n'est pas membre, proteste.": (
        [],
        [("Kalvor", "memberOf", "Orvalis")],
    ),
    # a shareholder of the company in focus
    "La société Kalvor fabrique des flacons. Le fonds Trémens, actionnaire depuis 2017, "
    "cédera sa participation.": (
        [("Trémens", "investsIn", "Kalvor")],
        [],
    ),
    "La société Kalvor fabrique des flacons. Le fonds Trémens, actionnaire du groupe "
    "Orvalis, soutient le projet.": (
        [("Trémens", "investsIn", "Orvalis")],
        [("Trémens", "investsIn", "Kalvor")],
    ),
    "Le fonds Trémens a publié ses comptes. Le fonds Trémens, actionnaire depuis 2017, "
    "cédera sa participation.": (
        [],
        [("Trémens", "investsIn", "Trémens")],
    ),
    # a board's chair or a shareholder said of the subject, with no company named
    "La société Kalvor a changé de gouvernance. Paul Drevet devient président du conseil "
    "de surveillance.": (
        [("Paul Drevet", "chairOf", "Kalvor")],
        [],
    ),
    "La société Kalvor a changé de gouvernance. Paul Drevet, qui reste actionnaire à 30 %, "
    "conserve la présidence.": (
        [("Paul Drevet", "investsIn", "Kalvor")],
        [],
    ),
    "La société Kalvor a changé de gouvernance. Paul Drevet ne devient pas président du "
    "conseil de surveillance.": (
        [],
        [("Paul Drevet", "chairOf", "Kalvor")],
    ),
    "La région Bretagne investit. Paul Drevet devient président du conseil "
    "d'administration.": (
        [],
        [("Paul Drevet", "chairOf", "Bretagne")],
    ),
    # venues named by a common noun and its name
    "Le club Kalvor organise un tournoi au complexe sportif de Kerhallet.": (
        [("Kalvor", "organizesEventAt", "complexe sportif de Kerhallet")],
        [],
    ),
    "Le groupe Kalvor souffre d'un complexe d'infériorité à Brest.": (
        [],
        [("Kalvor", "organizesEventAt", "Brest"), ("Kalvor", "presentIn", "Brest")],
    ),
    # a deal noun inside a name states no deal
    "L'Observatoire de la concurrence (Obsco), qui enquête sur le groupe Kalvor, "
    "publiera un avis en juin.": (
        [("Observatoire de la concurrence", "investigates", "Kalvor")],
        [("Obsco", "competitorOf", "Observatoire de la concurrence")],
    ),
    # distribution and sponsorship agreements
    "La société Kalvor a conclu une entente de distribution avec le groupe Trémens.": (
        [("Kalvor", "partnerOf", "Trémens")],
        [],
    ),
    "Le club Kalvor a signé un nouveau contrat de sponsoring avec le brasseur Trémens.": (
        [("Kalvor", "partnerOf", "Trémens")],
        [],
    ),
    "La société Kalvor a été sanctionnée pour une entente avec le groupe Trémens.": (
        [],
        [("Kalvor", "partnerOf", "Trémens")],
    ),
    "Anne Morvan a fondé la société Kalvor avec le fils de Paul Drevet.": (
        [("Anne Morvan", "founderOf", "Kalvor")],
        [("Paul Drevet", "founderOf", "Kalvor")],
    ),
}

extracted, test_passage_states_its_facts, test_passage_states_nothing_wrong = passage_tests(
    PASSAGES, "bodies"
)
