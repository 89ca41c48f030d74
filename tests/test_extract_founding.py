"""Founding, leading, inquiries and agreements in the constructions news writes them in.

Each text is a short passage of my own writing: a founder named after a trade noun
(``par le forgeron X``, ``par l'immunologiste X et par Y``), fronted or passive; a text
signed under its quoted title (``le pacte « ... »``, ``signer avec l'État la convention
« ... »``); and look-alikes that must state nothing: a negation, a name that is a
complement (``le rival de X``), a word in scare quotes. Inquiries opened ``à l'encontre
de`` a company (not by a company suing another), and the counterpart of a licence or
partnership agreement (``a signé avec Y un accord de licence``) as a partner. A company's
governing body (``la direction de X``, ``le conseil d'administration``) refuses talks for
it. Each passage
states the facts listed with it and must not state those listed as wrong.

All passages are parsed in one batch and analysed once per module.
"""

from __future__ import annotations

import pytest
from passages import passage_tests

pytestmark = pytest.mark.model

#: passage → (facts it states, facts it must not state); a fact is (subject, relation, object).
PASSAGES: dict[str, tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]] = {
    # past a phrase opening the sentence with a preposition, the name right before the
    # verb, set off by its comma, is its subject however the parser hung it
    "Après dix ans à la Banque populaire du Nord (BPN), Paul Noir (Lille, 1998) a cofondé "
    "avec son épouse, Anne Roy (Lille, 2001), la start-up Vorelle, installée à Roubaix.": (
        [
            ("Paul Noir", "cofounderOf", "Vorelle"),
            ("Anne Roy", "cofounderOf", "Vorelle"),
            ("Anne Roy", "spouseOf", "Paul Noir"),
        ],
        [("Banque populaire du Nord", "cofounderOf", "Vorelle")],
    ),
    "Après quinze ans chez Michelin, Claire Dumas (Clermont-Ferrand, 2004) a fondé la "
    "société Kelvo.": (
        [("Claire Dumas", "founderOf", "Kelvo"), ("Claire Dumas", "employeeOf", "Michelin")],
        [("Michelin", "founderOf", "Kelvo")],
    ),
    # a relative clause after the subject's name, whatever the parser made the subject
    "Norvik garde ses usines. Kelvo, dont le siège est à Lyon, a été fondée en 2017 par "
    "Paul Roy.": (
        [("Paul Roy", "founderOf", "Kelvo")],
        [("Paul Roy", "founderOf", "Norvik")],
    ),
    # a trade noun before the founder's name stands for the founder, in every voice
    "Fondée en 1974 par le forgeron Jean Dupuis, la société Métalor emploie 200 personnes.": (
        [("Jean Dupuis", "founderOf", "Métalor")],
        [],
    ),
    "La société Kivane a été cofondée en 2018 par l'immunologiste Claire Joubert et par "
    "Erwan Kerlidou.": (
        [("Claire Joubert", "cofounderOf", "Kivane"), ("Erwan Kerlidou", "cofounderOf", "Kivane")],
        [],
    ),
    "La maison Bertin a été cofondée en 1996 par la brodeuse Anne Roy et son mari, Luc Bertin.": (
        [("Anne Roy", "cofounderOf", "Bertin"), ("Luc Bertin", "cofounderOf", "Bertin")],
        [],
    ),
    "La société Métalor n'a pas été fondée par le forgeron Jean Dupuis.": (
        [],
        [("Jean Dupuis", "founderOf", "Métalor")],
    ),
    # a capitalised "Cofondée" opening the sentence is a participle whatever its tag, and
    # names nothing; the clause after it says nothing of who founded its object
    "Cofondée en 2018 par Claire Joubert et Erwan Kerlidou, la société Kivane emploie "
    "40 personnes.": (
        [("Claire Joubert", "cofounderOf", "Kivane"), ("Erwan Kerlidou", "cofounderOf", "Kivane")],
        [("Cofondée", "cofounderOf", "Kivane")],
    ),
    # a regular participle the tagger took for a name after a headline ("Fondés" as a proper
    # noun) is still the verb of its frame
    "Le groupe Vandam rachète une usine\n\nFondés en 1952 par l’ébéniste Joseph Marin, "
    "les Meubles Marin emploient 40 personnes.": (
        [("Joseph Marin", "founderOf", "Meubles Marin")],
        [("Fondés", "founderOf", "Meubles Marin")],
    ),
    "Cofondées en 2015 par Paul Girard, les éditions Brivane ont racheté la société Kivo.": (
        [("Paul Girard", "founderOf", "Brivane")],
        [("Paul Girard", "founderOf", "Kivo")],
    ),
    # "et par Y" after the first founder's own incise ("passé par ...") is a second founder,
    # and the incise's "par" names only where the first one worked
    "Lancée en 2022 par l'ancien international Paul Girard, passé par le club de Lyon, et par "
    "le producteur Marc Petit, la chaîne Kivane diffuse du basket.": (
        [("Paul Girard", "cofounderOf", "Kivane"), ("Marc Petit", "cofounderOf", "Kivane")],
        [("Marc Petit", "employeeOf", "Lyon")],
    ),
    # a second act with its own agent founds nothing
    "La société Kivane a été fondée par Paul Girard, passé par Danone, et dirigée par "
    "Marc Petit.": (
        [("Paul Girard", "founderOf", "Kivane")],
        [("Marc Petit", "founderOf", "Kivane")],
    ),
    # a name with a case of its own is the noun's complement, not the person it describes
    "La société Métalor a été fondée par le rival de Jean Dupuis.": (
        [],
        [("Jean Dupuis", "founderOf", "Métalor")],
    ),
    # a board no complement names is that of the company in focus; a singular relative
    # on the second of two partners names that one alone
    "La société Kalvo fabrique des serrures. Son petit-fils, Bertrand Morel, préside le "
    "conseil d'administration.": (
        [("Bertrand Morel", "chairOf", "Kalvo")],
        [],
    ),
    "Sa directrice générale, Elena Ferrando, et son mari, Jordi Puig, qui préside le conseil "
    "d'administration de la société Levante, resteront en poste.": (
        [("Jordi Puig", "chairOf", "Levante")],
        [("Elena Ferrando", "chairOf", "Levante")],
    ),
    # "contrôler" a share of the capital is a stake
    "La société Kalvo fabrique des serrures. La holding Morel Participations contrôle 54 % "
    "du capital.": (
        [("Morel Participations", "investsIn", "Kalvo")],
        [],
    ),
    # leading a company: "piloter" (read as the noun "pilote"), "rester aux commandes",
    # "prendre les rênes", "reprendre en main" (taking the helm, not buying)
    "Sophie Durand pilote la société Kalia depuis 2015.": (
        [("Sophie Durand", "leaderOf", "Kalia")],
        [],
    ),
    "La société Kalia a lancé une usine pilote avec Sophie Durand.": (
        [],
        [("Sophie Durand", "leaderOf", "Kalia")],
    ),
    "Sophie Durand reste aux commandes de la société Kalia.": (
        [("Sophie Durand", "leaderOf", "Kalia")],
        [],
    ),
    "Sophie Durand a pris les rênes de la société Kalia en 2015.": (
        [("Sophie Durand", "leaderOf", "Kalia")],
        [],
    ),
    "La société Kalia a été reprise en main par Sophie Durand.": (
        [("Sophie Durand", "leaderOf", "Kalia")],
        [("Sophie Durand", "acquires", "Kalia")],
    ),
    "La société Kalia a passé des commandes à la société Brivane.": (
        [],
        [("Kalia", "leaderOf", "Brivane"), ("Brivane", "leaderOf", "Kalia")],
    ),
    "Sophie Durand n'est plus aux commandes de la société Kalia.": (
        [],
        [("Sophie Durand", "leaderOf", "Kalia")],
    ),
    # a plural role in apposition to coordinated names describes each of them; a singular
    # one only the name it follows
    "Paul Girard et Marc Petit, les cofondateurs de la société Kalia, ont démissionné.": (
        [("Paul Girard", "cofounderOf", "Kalia"), ("Marc Petit", "cofounderOf", "Kalia")],
        [],
    ),
    "Paul Girard et Marc Petit, le cofondateur de la société Kalia, ont démissionné.": (
        [("Marc Petit", "cofounderOf", "Kalia")],
        [("Paul Girard", "cofounderOf", "Kalia")],
    ),
    # "l'un des cofondateurs de Y, X" opening the clause names one of them; after "pour"
    # the phrase is no apposition
    "L'un des cofondateurs de la société Kalia, Marc Petit, a démissionné.": (
        [("Marc Petit", "cofounderOf", "Kalia")],
        [],
    ),
    "Pour l'un des cofondateurs de la société Kalia, Marc Petit a commis une erreur.": (
        [],
        [("Marc Petit", "cofounderOf", "Kalia")],
    ),
    # an object clitic of a second verb stands for the first verb's object ("et l'a
    # dirigée", "avant de la diriger"), unless denied or of the other gender
    "Gérald Martin avait fondé la société Kalia en 1984 et l'avait dirigée pendant plus de "
    "trente ans.": (
        [("Gérald Martin", "founderOf", "Kalia"), ("Gérald Martin", "leaderOf", "Kalia")],
        [],
    ),
    "Gérald Martin a fondé la société Kalia en 1984 avant de la diriger pendant trente ans.": (
        [("Gérald Martin", "leaderOf", "Kalia")],
        [],
    ),
    "Gérald Martin a fondé la société Kalia en 1984 et ne l'a jamais dirigée.": (
        [("Gérald Martin", "founderOf", "Kalia")],
        [("Gérald Martin", "leaderOf", "Kalia")],
    ),
    # "cofonde", "cofondent" in the present of narration, which the model lemmatises as is
    "Sophie Durand et Marc Petit cofondent la société Kalia en 2017.": (
        [("Sophie Durand", "cofounderOf", "Kalia"), ("Marc Petit", "cofounderOf", "Kalia")],
        [],
    ),
    "Sophie Durand ne cofonde pas la société Kalia.": (
        [],
        [("Sophie Durand", "cofounderOf", "Kalia")],
    ),
    # an age set off by commas between the name and its verb ("X, 47 ans, dirige Y")
    "Sophie Durand, 47 ans, dirige depuis 2011 la société Kalia.": (
        [("Sophie Durand", "leaderOf", "Kalia")],
        [],
    ),
    "Sophie Durand, 52 ans, a fondé la société Kalia en 2001.": (
        [("Sophie Durand", "founderOf", "Kalia")],
        [],
    ),
    "Sophie Durand, 47 ans, ne dirige plus la société Kalia.": (
        [],
        [("Sophie Durand", "leaderOf", "Kalia")],
    ),
    # a text signed under its quoted title: the noun and the title together
    "La société Brivane a signé la charte « Pour un commerce durable ».": (
        [("Brivane", "signed", "charte Pour un commerce durable")],
        [],
    ),
    "La société Brivane a signé avec l'État la convention « Très Haut Débit Loire ».": (
        [("Brivane", "signed", "convention « Très Haut Débit Loire »")],
        [("Brivane", "signed", "Haut Débit")],
    ),
    # a plural description the tagger read as an adjective still counts its members
    "La coopérative Valmor va absorber la coopérative Kerlait. Pour rassurer les éleveurs, "
    "les deux coopératives ont signé le pacte « Lait juste », qui garantit un prix plancher.": (
        [
            ("Valmor", "signed", "pacte « Lait juste »"),
            ("Kerlait", "signed", "pacte « Lait juste »"),
        ],
        [],
    ),
    "La société Brivane n'a pas signé la charte « Pour un commerce durable ».": (
        [],
        [("Brivane", "signed", "charte Pour un commerce durable")],
    ),
    "La société Brivane a signé un accord « historique » avec ses salariés.": (
        [],
        [("Brivane", "signed", "accord « historique »")],
    ),
    "La société Brivane a critiqué la charte « Pour un commerce durable ».": (
        [],
        [("Brivane", "signed", "charte Pour un commerce durable")],
    ),
    # an inquiry opened "à l'encontre de" X, an "instruction" visant X; a company that
    # sues another investigates nothing
    "La DGCCRF a ouvert une procédure à l'encontre de la société Brivane.": (
        [("DGCCRF", "investigates", "Brivane")],
        [],
    ),
    "L'Arcep a ouvert une instruction visant la société Brivane.": (
        [("Arcep", "investigates", "Brivane")],
        [],
    ),
    "La société Brivane a engagé une procédure contre la société Kivo.": (
        [],
        [("Brivane", "investigates", "Kivo")],
    ),
    "La société Brivane a engagé une procédure à l'encontre de la société Kivo.": (
        [],
        [("Brivane", "investigates", "Kivo")],
    ),
    # a search ("perquisitionner", "une perquisition") or an inspection "chez" X; a
    # company's own quality check is none
    "L'Autorité de la concurrence a perquisitionné les locaux de la société Brivane.": (
        [("Autorité de la concurrence", "investigates", "Brivane")],
        [],
    ),
    "La société Brivane a été perquisitionnée par l'Autorité de la concurrence.": (
        [("Autorité de la concurrence", "investigates", "Brivane")],
        [],
    ),
    "La CNIL a effectué un contrôle chez la société Brivane.": (
        [("CNIL", "investigates", "Brivane")],
        [],
    ),
    "La société Brivane a mené un contrôle qualité chez la société Kivo.": (
        [],
        [("Brivane", "investigates", "Kivo")],
    ),
    "L'Autorité de la concurrence n'a pas perquisitionné la société Brivane.": (
        [],
        [("Autorité de la concurrence", "investigates", "Brivane")],
    ),
    # a licence or partnership agreement's counterpart is a partner; another deal is not
    "La société Brivane a signé un accord de licence avec le laboratoire Kivo.": (
        [("Brivane", "partnerOf", "Kivo")],
        [],
    ),
    "La société Brivane a signé avec le laboratoire Servat un accord de licence mondial.": (
        [("Brivane", "partnerOf", "Servat")],
        [],
    ),
    "La société Brivane a conclu un accord de partenariat avec la société Kivo.": (
        [("Brivane", "partnerOf", "Kivo")],
        [],
    ),
    "La société Brivane a signé un accord de rachat avec la société Kivo.": (
        [],
        [("Brivane", "partnerOf", "Kivo")],
    ),
    "La société Brivane n'a pas signé d'accord de licence avec le laboratoire Kivo.": (
        [],
        [("Brivane", "partnerOf", "Kivo")],
    ),
    # "en partenariat avec Y" says how the subject acts; a product made so has no partner
    "La société Brivane développe ce moteur en partenariat avec la société Kivo.": (
        [("Brivane", "partnerOf", "Kivo")],
        [],
    ),
    "La société Brivane a conçu ce moteur en collaboration avec le laboratoire Kivo.": (
        [("Brivane", "partnerOf", "Kivo")],
        [],
    ),
    "La société Brivane ne travaille pas en partenariat avec la société Kivo.": (
        [],
        [("Brivane", "partnerOf", "Kivo")],
    ),
    "La société Brivane a obtenu une licence de la société Kivo.": (
        [],
        [("Brivane", "partnerOf", "Kivo")],
    ),
    # a plural verb's coordinated subjects, which the parser splits, each signed; a number
    # inside a quoted title is part of it, and a name inside it is no text of its own
    "La ministre de l'Économie, Claire Dubois, le président de la région Bretagne, Paul "
    "Martin, et le directeur général de la société Kivo, Marc Leroy, ont signé le pacte "
    "« Bretagne Énergie 2035 ».": (
        [
            ("Claire Dubois", "signed", "pacte « Bretagne Énergie 2035 »"),
            ("Paul Martin", "signed", "pacte « Bretagne Énergie 2035 »"),
            ("Marc Leroy", "signed", "pacte « Bretagne Énergie 2035 »"),
        ],
        [("Marc Leroy", "signed", "Bretagne Énergie")],
    ),
    # (the parser hangs the first members on a place or on one another)
    "Mardi, à Metz, la ministre de l'Industrie, Claire Dubois, le président de la région "
    "Bretagne, Paul Martin, et le directeur général de la société Kivo, Marc Leroy, ont signé "
    "le pacte « Cap Hydrogène », qui fixe un objectif de 600 emplois.": (
        [
            ("Claire Dubois", "signed", "pacte « Cap Hydrogène »"),
            ("Paul Martin", "signed", "pacte « Cap Hydrogène »"),
            ("Marc Leroy", "signed", "pacte « Cap Hydrogène »"),
        ],
        [],
    ),
    "La société Kivo a signé la charte « Littoral propre » de la métropole de Nice.": (
        [("Kivo", "signed", "charte « Littoral propre »")],
        [("Kivo", "signed", "Riviera"), ("Nice", "signed", "charte « Littoral propre »")],
    ),
    "Le maire de Lyon, Jean Petit, a reçu la présidente de Brivane, Anne Roy, qui a signé "
    "la charte « Lyon sans plastique ».": (
        [],
        [("Jean Petit", "signed", "charte « Lyon sans plastique »")],
    ),
    # a research or cooperation contract's counterpart is a partner; a deal, a settlement or
    # a wage deal is not
    "La société Kivo a signé un contrat de recherche de trois ans avec l'équipementier "
    "Valtronic.": (
        [("Kivo", "partnerOf", "Valtronic")],
        [],
    ),
    "La société Kivo a signé avec le groupe Brivane un contrat de coopération.": (
        [("Kivo", "partnerOf", "Brivane")],
        [],
    ),
    # a supplier or customer is no partner
    "La société Kivo a signé avec le groupe Brivane un contrat d'approvisionnement.": (
        [],
        [("Kivo", "partnerOf", "Brivane")],
    ),
    "La société Kivo a conclu un accord de rachat avec le groupe Brivane.": (
        [],
        [("Kivo", "partnerOf", "Brivane")],
    ),
    "La société Kivo n'a pas signé de contrat avec le groupe Brivane.": (
        [],
        [("Kivo", "partnerOf", "Brivane")],
    ),
    "La société Kivo a conclu un accord salarial avec le syndicat Sud Rail.": (
        [],
        [("Kivo", "partnerOf", "Sud Rail")],
    ),
    # partners allied within a coordinated subject, or teaming up
    "Le groupe Renault et le groupe Nissan s'allient pour produire des batteries.": (
        [("Renault", "partnerOf", "Nissan")],
        [],
    ),
    "Le groupe Renault fait équipe avec le groupe Nissan.": (
        [("Renault", "partnerOf", "Nissan")],
        [],
    ),
    "Le groupe Renault et le groupe Nissan ne collaborent plus.": (
        [],
        [("Renault", "partnerOf", "Nissan")],
    ),
    "Le groupe Renault a fait une équipe de choc avec ses ingénieurs du groupe Nissan.": (
        [],
        [("Renault", "partnerOf", "Nissan")],
    ),
    # a company's governing body acts for it: its refusal is the company's
    "La direction de la société Brivane a refusé de négocier avec le syndicat Sud Rail.": (
        [("Brivane", "refusedNegotiationWith", "Sud Rail")],
        [],
    ),
    "Le conseil d'administration de la société Brivane avait refusé l'an dernier d'entrer "
    "en négociations avec le groupe Kivo.": (
        [("Brivane", "refusedNegotiationWith", "Kivo")],
        [],
    ),
    "Les dirigeants de la société Brivane avaient refusé de discuter avec le fonds Servat.": (
        [("Brivane", "refusedNegotiationWith", "Servat")],
        [],
    ),
    "La société Brivane a perdu son principal client. La direction a refusé de négocier "
    "avec le groupe Kivo.": (
        [("Brivane", "refusedNegotiationWith", "Kivo")],
        [],
    ),
    "La direction de la société Brivane n'a pas refusé de négocier avec le groupe Kivo.": (
        [],
        [("Brivane", "refusedNegotiationWith", "Kivo")],
    ),
    "La direction de l'usine de Brivane a refusé de négocier avec le groupe Kivo.": (
        [],
        [("usine", "refusedNegotiationWith", "Kivo")],
    ),
    # an offer of talks turned down is a refusal to negotiate; a takeover offer is not
    "Le groupe Brivane a rejeté l'offre de dialogue du groupe Kivo.": (
        [("Brivane", "refusedNegotiationWith", "Kivo")],
        [],
    ),
    "Le groupe Brivane a décliné la proposition de négociation du syndicat Sud Rail.": (
        [("Brivane", "refusedNegotiationWith", "Sud Rail")],
        [],
    ),
    "Le groupe Brivane a rejeté l'offre de rachat du groupe Kivo.": (
        [],
        [("Brivane", "refusedNegotiationWith", "Kivo")],
    ),
    "Le groupe Brivane n'a pas rejeté l'offre de dialogue du groupe Kivo.": (
        [],
        [("Brivane", "refusedNegotiationWith", "Kivo")],
    ),
    # a person's own act is not the company's: the founders are its leaders, not the firm
    "Les dirigeants de la société Brivane ont fondé la société Kivo.": (
        [],
        [("Brivane", "founderOf", "Kivo")],
    ),
    # a founder told of through a description or "son" only when its antecedent is in
    # focus (named in the title, or in the sentence before): two sentences after the
    # last name, the founding story may be of a company the text never named
    "Vins : un accord dans le Médoc\n\nLe négociant Marvaux a signé lundi un accord avec un "
    "domaine de Pauillac. Le contrat a été validé mardi par les actionnaires. Créée en 1978 "
    "par Henri Lacoste, la société exporte la moitié de ses vins.": (
        [],
        [("Henri Lacoste", "founderOf", "Marvaux")],
    ),
    "Vins : un accord dans le Médoc\n\nLe négociant Marvaux a signé lundi un accord avec un "
    "domaine de Pauillac. Le contrat a été validé mardi par les actionnaires. Les vendanges "
    "commencent. Son fondateur, Henri Lacoste, reste prudent.": (
        [],
        [("Henri Lacoste", "founderOf", "Marvaux")],
    ),
    "Vins : le négociant Marvaux signe un accord dans le Médoc\n\nLe négociant Marvaux a "
    "signé lundi un accord avec un domaine de Pauillac. Le contrat a été validé mardi par les "
    "actionnaires. Créée en 1978 par Henri Lacoste, la société exporte la moitié de ses vins.": (
        [("Henri Lacoste", "founderOf", "Marvaux")],
        [],
    ),
    "Vins : un accord dans le Médoc\n\nLe contrat a été validé mardi par les actionnaires. "
    "Le négociant Marvaux a signé lundi un accord avec un domaine de Pauillac. Créée en 1978 "
    "par Henri Lacoste, la société exporte la moitié de ses vins.": (
        [("Henri Lacoste", "founderOf", "Marvaux")],
        [],
    ),
    # a chain of references keeps the antecedent in focus
    "Meubles : une reprise à Tulle\n\nLa société Kelmo change de mains. Implantée à Tulle, "
    "l'entreprise compte 30 salariés. Elle a pour gérant Louis Garat, son fondateur.": (
        [("Louis Garat", "founderOf", "Kelmo")],
        [],
    ),
    # a passive's plural description of its agent, then the names set off after it
    "La société Kelvo a été fondée en 2011 par deux ingénieurs, Paul Roy et Anne Caillaud, "
    "qui s'étaient connus à Lyon. La société Dulac a été rachetée par deux fonds, Orvane "
    "Capital et Brenwood Partners.": (
        [
            ("Paul Roy", "cofounderOf", "Kelvo"),
            ("Anne Caillaud", "cofounderOf", "Kelvo"),
            ("Orvane Capital", "acquires", "Dulac"),
            ("Brenwood Partners", "acquires", "Dulac"),
        ],
        [],
    ),
    "La société Kelvo a été fondée par des ingénieurs, à Lyon, en 1990.": (
        [],
        [("Lyon", "founderOf", "Kelvo")],
    ),
}


extracted, test_passage_states_its_facts, test_passage_states_nothing_wrong = passage_tests(
    PASSAGES, "found"
)
