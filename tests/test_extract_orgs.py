"""Organisations' relations and reported speech in the constructions business news uses.

Each text is a short passage of my own writing: the speaker named after the medium the
words went to (``a indiqué à l'AFP X``, ``a commenté auprès de X Y``), rivals (``fait face
à``, ``se frotte à``, ``se mesure à``), stakes held by two holders (``détenue à 70 % par X et
à 30 % par Y``), a round's investors, fronted roles (``Filiale de Y, X ...``), products named
by their kind (``P, le robot de X``), trade nouns that type a company (``le voyagiste X``),
and look-alikes that must state nothing: an authority or creditors faced, words said to a
person, an indirect question, a supposition. Each passage states the facts listed with it
and must not state those listed as wrong.

All passages are parsed in one batch and analysed once per module.
"""

from __future__ import annotations

import pytest
from passages import passage_tests

from kg.model import Document
from kg.nlp import parse
from kg.pipeline import analyse_chunks

pytestmark = pytest.mark.model

#: passage → (facts it states, facts it must not state); a fact is (subject, relation, object).
PASSAGES: dict[str, tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]] = {
    # a capitalised word and the lower-case words after it up to the short form that
    # abbreviates them all name an organisation, whatever NER saw
    "Membre de la Table filière karité (TFK), Vorelle affronte Brivane sur le marché "
    "local.": (
        [("Vorelle", "memberOf", "Table filière karité")],
        [],
    ),
    # a role coordinated after another noun shares its possessive, wherever the parser hung
    # it, and its holder is the name set off before that noun
    "La société Vorelle partage le marché avec Brivane, sa voisine et concurrente.": (
        [("Brivane", "competitorOf", "Vorelle")],
        [],
    ),
    "Kelvo a racheté son voisin et concurrent Tessane.": (
        [("Kelvo", "competitorOf", "Tessane"), ("Kelvo", "acquires", "Tessane")],
        [],
    ),
    # a passive participle set off after the noun that describes a name is that name's,
    # however the parser hung it (here past a parenthesis)
    "Anne Roy dirige désormais Ateliers Morand, le fabricant de cloches d'Annecy "
    "(Haute-Savoie), racheté en 2022 par le groupe allemand Norvik.": (
        [("Norvik", "acquires", "Ateliers Morand")],
        [("Norvik", "acquires", "Anne Roy")],
    ),
    # a description set off after a name and closed by a parenthesis and a comma is that
    # name's, not the company the text spoke of before
    "La société Brivane fabrique des pompes. Anne Roy dirige désormais Ateliers Morand, le "
    "fabricant de cloches d'Annecy (Haute-Savoie), racheté en 2022 par le groupe allemand "
    "Norvik.": (
        [("Norvik", "acquires", "Ateliers Morand"), ("Anne Roy", "leaderOf", "Ateliers Morand")],
        [("Norvik", "acquires", "Brivane"), ("Anne Roy", "leaderOf", "Brivane")],
    ),
    # a name whose head says event is the organisation the text called it elsewhere
    "Le groupe Norvik vient d'acheter l'entreprise Jeux Tavel. Norvik possède déjà Tubéo, "
    "le grand rival de Jeux Tavel.": (
        [("Tubéo", "competitorOf", "Jeux Tavel")],
        [],
    ),
    # a rival's noun names the other party after "de", never itself
    "Norvik possède déjà Tubéo, le grand rival de Kelvo.": (
        [("Tubéo", "competitorOf", "Kelvo")],
        [("Norvik", "parentOf", "Kelvo")],
    ),
    # an organisation's name runs from its capitalised head through "de"/"du"/"des" to the
    # name after it, whatever NER cut; a place and "agglomération" name a body; a short form
    # in parentheses confirms a long name with its place
    "La direction des Forges de Courcelles, filiale du groupe allemand Halvorsen, refuse de "
    "négocier avec la CGT.": (
        [
            ("Forges de Courcelles", "subsidiaryOf", "Halvorsen"),
            ("Forges de Courcelles", "refusedNegotiationWith", "CGT"),
        ],
        [("Courcelles", "subsidiaryOf", "Halvorsen"), ("Forges", "refusedNegotiationWith", "CGT")],
    ),
    "« Nous avons tenu », a déclaré Marie Roux, présidente des Vignerons de la Garonne et "
    "viticultrice à Cadillac.": (
        [("Marie Roux", "chairOf", "Vignerons de la Garonne")],
        [("Marie Roux", "chairOf", "Cadillac"), ("Marie Roux", "chairOf", "Garonne")],
    ),
    "Présidée par Paul Girard, Quimper agglomération regroupe 14 communes.": (
        [("Paul Girard", "chairOf", "Quimper agglomération")],
        [("Paul Girard", "chairOf", "Quimper")],
    ),
    # the "à" complement of a second trade noun coordinated with the role is where the
    # holder works, not the role's organisation; right after the role it is the employer
    "« Seuls, nous n'aurions pas tenu », a indiqué Jean Roux, président de la coopérative "
    "et viticulteur à Listrac.": ([], [("Jean Roux", "chairOf", "Listrac")]),
    "Jean Roux, président de Kelvo et éleveur à Listrac, a parlé.": (
        [("Jean Roux", "chairOf", "Kelvo")],
        [("Jean Roux", "chairOf", "Listrac")],
    ),
    "Marie Roux, ingénieure à Kelvane depuis 2015, a parlé.": (
        [("Marie Roux", "employeeOf", "Kelvane")],
        [],
    ),
    # at a sentence's start NER keeps only the place of a name written whole before
    "Le juge a entendu Routes de Cornouaille et Enrobés du Morvan. Enrobés du Morvan, "
    "dirigée depuis 2010 par Marie Kerbrat, fera appel.": (
        [("Marie Kerbrat", "leaderOf", "Enrobés du Morvan")],
        [("Marie Kerbrat", "leaderOf", "Morvan")],
    ),
    "Le groupe Valmont a racheté en 2021 la Société des eaux de Saint-Arnoult (SESA).": (
        [("Valmont", "acquires", "Société des eaux de Saint-Arnoult")],
        [("Valmont", "acquires", "Société des eaux"), ("Valmont", "acquires", "Saint-Arnoult")],
    ),
    # the inverted speaker after the organisation the words went to: a name, a role closed by
    # a comma, a possessive role; "auprès de" as well as "à"
    "« Nous avons reçu toutes les autorisations », a indiqué à l'AFP Marco Ventresca, "
    "directeur des opérations de Kelvane.": (
        [("Marco Ventresca", "quotedIn", "AFP")],
        [("AFP", "quotedIn", "AFP")],
    ),
    "« Le marché reste porteur », a déclaré à l'AFP le directeur général de Dulac, "
    "Bernard Sauvin.": (
        [("Bernard Sauvin", "quotedIn", "AFP"), ("Bernard Sauvin", "ceoOf", "Dulac")],
        [("Dulac", "quotedIn", "AFP")],
    ),
    "Le groupe Vernel tient bon. « Nous tiendrons », a indiqué à l'AFP sa présidente, "
    "Maud Verrier.": (
        [("Maud Verrier", "quotedIn", "AFP")],
        [],
    ),
    "« C'est une première », a commenté auprès du Figaro Paul Arnal, directeur de "
    "l'innovation de Kelvo.": (
        [("Paul Arnal", "quotedIn", "Figaro")],
        [],
    ),
    # words said to a person or to a company are no interview
    "« Il faut agir », a dit à Jean Dupuis sa mère, Marie Dupuis.": (
        [],
        [("Marie Dupuis", "quotedIn", "Jean Dupuis")],
    ),
    "« Rien ne change », a assuré à Renault le ministre de l'Industrie, Paul Girard.": (
        [],
        [("Renault", "quotedIn", "Renault")],
    ),
    # rivals: "fait face à", "se frotte à", "se mesure à", "tient tête à", through the
    # competition noun and its examples; an authority faced, creditors, a negation are not
    "Sur ce créneau, la start-up Kelvane fait face à l'allemand Brontek et à la marseillaise "
    "Ardis Pharma.": (
        [("Kelvane", "competitorOf", "Brontek"), ("Kelvane", "competitorOf", "Ardis Pharma")],
        [],
    ),
    "Sur ce marché, la société Dulac se frotte à Kelvo Industries et à Corvalis.": (
        [("Dulac", "competitorOf", "Kelvo Industries"), ("Dulac", "competitorOf", "Corvalis")],
        [],
    ),
    "Le groupe Vexa se mesure à Aubert Industries.": (
        [("Vexa", "competitorOf", "Aubert Industries")],
        [],
    ),
    "Le constructeur Vexa tient tête à Toyota sur le marché européen.": (
        [("Vexa", "competitorOf", "Toyota")],
        [],
    ),
    "La banque Kelva fait face à une concurrence féroce des néobanques comme Revolta et "
    "N28, mais aussi de Boursoline, filiale de la Société lyonnaise.": (
        [("Kelva", "competitorOf", "Revolta"), ("Kelva", "competitorOf", "Boursoline")],
        [("Kelva", "competitorOf", "Société lyonnaise")],
    ),
    "La société Dulac fait face à l'Autorité de la concurrence.": (
        [],
        [("Dulac", "competitorOf", "Autorité de la concurrence")],
    ),
    "Le groupe Kelvo fait face à une enquête de la Commission européenne.": (
        [],
        [("Kelvo", "competitorOf", "Commission européenne")],
    ),
    # a fronted "face à Y": the rival before its appositions, the holder the clause's subject
    "Face au norvégien Kongsvik, son principal concurrent, le groupe Vexa a signé un contrat.": (
        [("Vexa", "competitorOf", "Kongsvik")],
        [],
    ),
    "Sur ce créneau, face aux géants Orange et SFR, la start-up Kelvane casse les prix.": (
        [("Kelvane", "competitorOf", "Orange"), ("Kelvane", "competitorOf", "SFR")],
        [],
    ),
    "Le groupe Kelvo, face à Airbus sur ce marché, a recruté Paul Martin.": (
        [("Kelvo", "competitorOf", "Airbus")],
        [("Paul Martin", "competitorOf", "Airbus")],
    ),
    "Face à Amazon, la Fnac ne perd pas de parts de marché.": (
        [],
        [("Fnac", "competitorOf", "Amazon")],
    ),
    "Face à la crise, la société Dulac réduit ses prix et recrute Paul Martin.": (
        [],
        [("Paul Martin", "competitorOf", "Dulac")],
    ),
    # the same customers or market: rivals; "tout comme Z" adds one; not the same owners
    "La société Kelvane vise les mêmes clients que le groupe Brontek.": (
        [("Kelvane", "competitorOf", "Brontek")],
        [],
    ),
    "La société lyonnaise Adista courtise les mêmes industriels que Capgemini, tout comme "
    "l'américain Accenture.": (
        [("Adista", "competitorOf", "Capgemini"), ("Accenture", "competitorOf", "Capgemini")],
        [],
    ),
    "Le groupe Vexa et la start-up Kelvane visent les mêmes clients.": (
        [("Vexa", "competitorOf", "Kelvane")],
        [],
    ),
    "Le groupe Vexa a les mêmes actionnaires que Kelvo Industries.": (
        [],
        [("Vexa", "competitorOf", "Kelvo Industries")],
    ),
    "Le groupe Vexa ne vise pas les mêmes clients que Kelvo Industries.": (
        [],
        [("Vexa", "competitorOf", "Kelvo Industries")],
    ),
    "Le groupe Vexa a pris la mesure du marché de Kelvo Industries.": (
        [],
        [("Vexa", "competitorOf", "Kelvo Industries")],
    ),
    # a role phrase opening the sentence, no determiner: the name after its comma
    "Filiale du groupe belge Corvalis depuis 2019, la société Kelvo recrute à Lille.": (
        [("Kelvo", "subsidiaryOf", "Corvalis")],
        [],
    ),
    "Ancien directeur financier de Renault, Paul Martin a fondé la société Kelvo.": (
        [("Paul Martin", "employeeOf", "Renault")],
        [("Kelvo", "employeeOf", "Renault"), ("Kelvo", "subsidiaryOf", "Renault")],
    ),
    # "filiale" read as an adjective of the class noun before it
    "La société Kelvo, une entreprise bretonne filiale du groupe Vinci, recrute.": (
        [("Kelvo", "subsidiaryOf", "Vinci")],
        [],
    ),
    # a town completing a company's description says where it is from: the apposition
    # after it does not describe the town, and the town owns nothing (a brand named like a
    # town after an event noun stays a subsidiary)
    "Ardel, un fabricant de meubles de Vitré, filiale du groupe suisse Holzmann, a déposé "
    "une offre. Le rachat de Cognac, filiale de Kelvo, a été annoncé.": (
        [("Cognac", "subsidiaryOf", "Kelvo")],
        [("Vitré", "subsidiaryOf", "Holzmann"), ("Ardel", "subsidiaryOf", "Vitré")],
    ),
    # a trade noun, what it makes or runs, then its owner; not a supplier's noun
    "La société Kelvo, le fabricant de batteries du groupe Corvalis, recrute à Bordeaux.": (
        [("Kelvo", "subsidiaryOf", "Corvalis")],
        [],
    ),
    "La société Kelvo, le réseau de bornes de recharge de Renault, ouvre des stations.": (
        [("Kelvo", "subsidiaryOf", "Renault")],
        [],
    ),
    "La société Kelvo, le fournisseur de batteries de Renault, recrute.": (
        [],
        [("Kelvo", "subsidiaryOf", "Renault")],
    ),
    "La société Kelvo, le fabricant de Paul Martin, recrute.": (
        [],
        [("Kelvo", "subsidiaryOf", "Paul Martin")],
    ),
    # an adjunct between the verb and its object, the name hung on the adjunct's noun
    "La société Kelvo affronte sur ce marché Legrand et l'allemand Bosch.": (
        [("Kelvo", "competitorOf", "Legrand"), ("Kelvo", "competitorOf", "Bosch")],
        [],
    ),
    "La société Kelvo affronte sur ce marché une crise profonde.": (
        [],
        [("Kelvo", "competitorOf", "crise")],
    ),
    # a predicate role after an adverb, or after "rester" (which the model lemmatises as
    # the noun "reste")
    "La société Kelvo est aujourd'hui le principal concurrent de la société Corvalis.": (
        [("Kelvo", "competitorOf", "Corvalis")],
        [],
    ),
    "La société Kelvo reste le principal concurrent du groupe Corvalis dans la région.": (
        [("Kelvo", "competitorOf", "Corvalis")],
        [],
    ),
    "La société Kelvo n'est plus le principal concurrent de la société Corvalis.": (
        [],
        [("Kelvo", "competitorOf", "Corvalis")],
    ),
    # a possessive role before a name, the possessor the named subject of its clause
    "La société Kelvo rattrape ainsi son rival Orange.": (
        [("Kelvo", "competitorOf", "Orange")],
        [],
    ),
    # taking a place or a market from a rival: "disputer à Y la première place", "prendre
    # des parts de marché à Y"; a seat taken back, a match played, an infinitive whose
    # sentence names its own organisation are no rivalry
    "La compagnie Aerovia dispute à la société Skylane la première place à Nantes.": (
        [("Aerovia", "competitorOf", "Skylane")],
        [],
    ),
    "Le groupe Dulac a pris des parts de marché à la société Kelvane.": (
        [("Dulac", "competitorOf", "Kelvane")],
        [],
    ),
    "La société Dulac a repris sa place à Roissy. Le club Kelvo dispute son match à Lyon.": (
        [],
        [("Dulac", "competitorOf", "Roissy"), ("Kelvo", "competitorOf", "Lyon")],
    ),
    "Le groupe Vexa recrute. Pour le groupe Kelvo, l'accord doit permettre de grignoter des "
    "parts de marché à la société Brontek.": (
        [],
        [("Vexa", "competitorOf", "Brontek")],
    ),
    # partnership contracts named by their purpose; a wage agreement is none
    "Le groupe Vexa a conclu un accord de distribution avec la coopérative Kelvane.": (
        [("Vexa", "partnerOf", "Kelvane")],
        [],
    ),
    "Le groupe Vexa a conclu un accord salarial avec les syndicats de la société Kelvane.": (
        [],
        [("Vexa", "partnerOf", "Kelvane")],
    ),
    # "racheter Y à X": X sold to the buyer; buying goods from a supplier is no divestment
    "En 2022, Vexa a racheté l'usine de jantes à Michelin.": (
        [("Michelin", "divestsTo", "Vexa")],
        [],
    ),
    "Le fonds Meridor a acquis 30 % du capital de Kelvo auprès du groupe Corvalis.": (
        [("Corvalis", "divestsTo", "Meridor"), ("Meridor", "investsIn", "Kelvo")],
        [("Kelvo", "divestsTo", "Meridor")],
    ),
    # the stake bought was held by the seller: "que détenait X", "détenues par X"; the
    # company whose shares are bought sold nothing
    "Le groupe Vexa a repris les 45 % que détenait depuis 2017 le fonds Rhône Patrimoine.": (
        [("Rhône Patrimoine", "divestsTo", "Vexa")],
        [],
    ),
    "Le groupe Vexa rachète les parts détenues par le fonds Kelvo Capital. Le groupe Dulac "
    "rachète 80 % de la société Corvalis.": (
        [("Kelvo Capital", "divestsTo", "Vexa")],
        [("Corvalis", "divestsTo", "Dulac")],
    ),
    "La compagnie Aerovia achète des avions à Airbus. Le groupe Vexa n'a pas racheté "
    "l'usine à Renault.": (
        [],
        [("Airbus", "divestsTo", "Aerovia"), ("Renault", "divestsTo", "Vexa")],
    ),
    # a leader's role: "numéro un" or "premier" and a trade noun, the reach adjective the
    # parser makes a noun, a participle it hung on the role; a rank that is not a market
    "Le numéro un mondial des volets roulants, le groupe Vexa, ouvre une usine.": (
        [("Vexa", "leaderIn", "volets roulants")],
        [],
    ),
    "La société Kelvo, premier éditeur de bande dessinée en Europe, recrute.": (
        [("Kelvo", "leaderIn", "bande dessinée")],
        [("Kelvo", "leaderIn", "bande")],
    ),
    "Le groupe Vexa, premier fabricant mondial de pneumatiques, recrute. La société Kelvo, "
    "premier actionnaire de Dulac, recrute.": (
        [("Vexa", "leaderIn", "pneumatiques")],
        [("Kelvo", "leaderIn", "Dulac")],
    ),
    # the area a rank is held in ends the market
    "La société Tereva, premier producteur de cacao du pays, garde ses deux usines. La "
    "coopérative Les Vergers du Ventoux, premier producteur de cerises de la région, recrute.": (
        [("Tereva", "leaderIn", "cacao"), ("Les Vergers du Ventoux", "leaderIn", "cerises")],
        [
            ("Tereva", "leaderIn", "cacao du pays"),
            ("Les Vergers du Ventoux", "leaderIn", "cerises de la région"),
        ],
    ),
    # "écoper de" a fine: the authority is the "par" agent of the fine, else who
    # sanctioned in the sentences before; clauses that leave the verb out ("Y de 11
    # millions") each name one more fined company; a sentence of prison is no fine
    "L'Autorité de la concurrence a sanctionné jeudi trois entreprises de travaux publics. "
    "La société Routes du Vexin écope de 24 millions d'euros, la société Kelvo de 11 "
    "millions.": (
        [
            ("Autorité de la concurrence", "fines", "Routes du Vexin"),
            ("Autorité de la concurrence", "fines", "Kelvo"),
        ],
        [],
    ),
    "La société Vexa a écopé d'une amende de 2 millions d'euros infligée par la CNIL.": (
        [("CNIL", "fines", "Vexa")],
        [],
    ),
    "Le tribunal a condamné Paul Martin. La société Kelvo écope de deux ans de suspension. "
    "La CNIL a sanctionné la société Vexa. Le groupe Dulac, lui, n'a pas écopé d'amende.": (
        [],
        [("Paul Martin", "fines", "Kelvo"), ("CNIL", "fines", "Dulac")],
    ),
    # a co-signatory named with "avec" before the object the parser hangs on its name
    "Le groupe Vexa a signé avec la société Kelvo la convention « Seniors connectés ».": (
        [
            ("Vexa", "signed", "convention « Seniors connectés »"),
            ("Kelvo", "signed", "convention « Seniors connectés »"),
        ],
        [],
    ),
    # a standing faced against rivals: its owner is who faces them, a repeated "et face à"
    # holds for the same owner; a regulator faced is no rival
    "L'opération renforce la position du groupe Vexa face à la société Kelvo.": (
        [("Vexa", "competitorOf", "Kelvo")],
        [],
    ),
    "La société Alpix met la main sur la société Valcendre. L'opération renforce sa "
    "position face à Neigeo, l'exploitant des pistes voisines, et face à la société "
    "Skiloc.": (
        [
            ("Alpix", "competitorOf", "Neigeo"),
            ("Alpix", "competitorOf", "Skiloc"),
        ],
        [("Valcendre", "competitorOf", "Neigeo")],
    ),
    # coordinated subjects that the parser split all face the rival
    "Sur ce marché, Lidl, Aldi et Auchan grignotent des parts face à Carrefour.": (
        [
            ("Lidl", "competitorOf", "Carrefour"),
            ("Aldi", "competitorOf", "Carrefour"),
            ("Auchan", "competitorOf", "Carrefour"),
        ],
        [("Lidl", "competitorOf", "Aldi")],
    ),
    "Le groupe Vexa recrute. L'accord renforce sa position face à la CNIL.": (
        [],
        [("Vexa", "competitorOf", "CNIL")],
    ),
    # "vos concurrents, X et Y": rivals of the one spoken to, not of each other
    "Vos concurrents, la société Kelvo et le groupe Dulac, sont bien plus gros que vous.": (
        [],
        [("Kelvo", "competitorOf", "Dulac")],
    ),
    "Pour Paul Martin, le groupe Vinci a trouvé sa filiale Kelvo trop chère.": (
        [("Kelvo", "subsidiaryOf", "Vinci")],
        [("Kelvo", "subsidiaryOf", "Paul Martin")],
    ),
    # the trade noun before a name types it, so the role's complement is an organisation
    "Skyvia, filiale du voyagiste lyonnais Ambrelo, ouvre une ligne vers Porto.": (
        [("Skyvia", "subsidiaryOf", "Ambrelo")],
        [],
    ),
    # stakes: a second holder after "et à N % par", a preposition inside a holder's name
    "La société Fibrex est détenue à 70 % par le fonds Meridor Capital et à 30 % par la "
    "Banque des Territoires.": (
        [
            ("Meridor Capital", "investsIn", "Fibrex"),
            ("Banque des Territoires", "investsIn", "Fibrex"),
        ],
        [("Meridor Capital", "investsIn", "Banque des Territoires")],
    ),
    "La start-up Dulac a été rachetée par le groupe Vexa et par le fonds Kelvo Capital.": (
        [("Vexa", "acquires", "Dulac"), ("Kelvo Capital", "acquires", "Dulac")],
        [],
    ),
    # another verb between the two agents: the second is the other act's
    "La société Dulac a été fondée par le groupe Vexa et dirigée par Paul Martin.": (
        [("Vexa", "founderOf", "Dulac")],
        [("Paul Martin", "founderOf", "Dulac")],
    ),
    # a role's "à" complement before its organisation; a role fronted before the subject it
    # describes, which names nothing itself
    "Transavia Nord, la filiale à bas coûts d'Air Kelvo, ouvre une ligne.": (
        [("Transavia Nord", "subsidiaryOf", "Air Kelvo")],
        [],
    ),
    "Filiale de Vexa installée à Marignane, l'hélicoptériste Aerovia recrute.": (
        [("Aerovia", "subsidiaryOf", "Vexa")],
        [("Filiale", "basedIn", "Marignane"), ("Vexa", "subsidiaryOf", "Vexa")],
    ),
    "Cofondateur de Kelvo, Paul Martin a quitté la société en 2020.": (
        [("Paul Martin", "cofounderOf", "Kelvo")],
        [],
    ),
    "Directeur de Kelvo depuis 2019, Paul Martin a racheté la société Dulac.": (
        [("Paul Martin", "leaderOf", "Kelvo")],
        [("Paul Martin", "leaderOf", "Dulac"), ("Dulac", "subsidiaryOf", "Kelvo")],
    ),
    # a fundraiser named as the subject of the round its investors lead; a description
    # ("l'entreprise") is too weak a guess for it
    "La start-up Kelvane a bouclé un tour de table de 20 millions d'euros mené par le fonds "
    "Meridor, aux côtés de Bpifrance et du fonds Ardis.": (
        [
            ("Meridor", "investsIn", "Kelvane"),
            ("Bpifrance", "investsIn", "Kelvane"),
            ("Ardis", "investsIn", "Kelvane"),
        ],
        [("Meridor", "investsIn", "Bpifrance")],
    ),
    "Le groupe Dulac recrute. La start-up Kelvane grandit. Pour financer ses rames, "
    "l'entreprise a bouclé un tour de table mené par le fonds Meridor.": (
        [],
        [("Meridor", "investsIn", "Dulac")],
    ),
    # products named by their kind's noun in apposition or after a possessive; a person's
    # belongings and a pilot's employer are none
    "Le Companio, le robot de Moulinor, reste le plus vendu.": (
        [("Companio", "productOf", "Moulinor")],
        [],
    ),
    "Le Vexa 3, l'hélicoptère moyen du constructeur Aerovia, vole depuis 2020.": (
        [("Vexa 3", "productOf", "Aerovia")],
        [],
    ),
    "La start-up Kelvane teste son candidat-médicament KLV-204 sur 40 patients.": (
        [("KLV-204", "productOf", "Kelvane")],
        [],
    ),
    "Le Stratos, le vélo de Paul Martin, a gagné la course.": (
        [],
        [("Stratos", "productOf", "Paul Martin")],
    ),
    "Paul Martin, le pilote de l'hélicoptère de Kelvo, a parlé.": (
        [],
        [("Paul Martin", "productOf", "Kelvo")],
    ),
    # the name a speech verb's words went to holds no role of the apposition after it; a
    # title NER took for a person is the medium when an article opens it
    "« Le marché reste porteur », a déclaré au Moniteur le directeur général de Dulac, "
    "Bernard Sauvin.": (
        [("Bernard Sauvin", "quotedIn", "Moniteur"), ("Bernard Sauvin", "ceoOf", "Dulac")],
        [("Moniteur", "ceoOf", "Dulac")],
    ),
    "« Les prix baissent », a expliqué à Logistique Magazine Paul Kerlidou, le directeur financier "
    "de Vernel.": (
        [("Paul Kerlidou", "employeeOf", "Vernel")],
        [("Logistique Magazine", "employeeOf", "Vernel")],
    ),
    "« Il faut agir », a dit au président Jean Dupuis le ministre, Marie Dupuis.": (
        [],
        [("Marie Dupuis", "quotedIn", "Jean Dupuis")],
    ),
    # "face à" read as a compound preposition of a nominal the parser calls an object
    "Sur ce créneau, Kelvane fait face à l'allemand Brontek et à la marseillaise Ardis "
    "Pharma, qui développent eux aussi des anticorps.": (
        [("Kelvane", "competitorOf", "Brontek"), ("Kelvane", "competitorOf", "Ardis Pharma")],
        [],
    ),
    # an indirect question or a supposition states nothing; a concession does
    "Le groupe Servane, qui n'est pas coté en Bourse, n'a pas précisé s'il envisageait "
    "d'entrer au capital de la start-up Kelvane.": (
        [],
        [("Servane", "investsIn", "Kelvane")],
    ),
    "Si le groupe Vexa rachète la société Dulac, le marché changera.": (
        [],
        [("Vexa", "acquires", "Dulac")],
    ),
    "Même si le groupe Vexa a racheté la société Dulac en 2020, la marque reste.": (
        [("Vexa", "acquires", "Dulac")],
        [],
    ),
    # verbs of manner that introduce a quote in an incise; a verb that reports no speech
    "« Nous sommes prêts », sourit Solène Kerval, interrogée par Le Télégramme.": (
        [("Solène Kerval", "quotedIn", "Le Télégramme")],
        [],
    ),
    "Plusieurs élus, cités par Politico, reprochent à la start-up Kelvane d'avoir défendu "
    "un allègement de la loi.": (
        [],
        [("Kelvane", "quotedIn", "Politico")],
    ),
    # selling goods to a customer is no divestment; selling a subsidiary is
    "Le fabricant Kelvo vend ses produits à Carrefour depuis 2019.": (
        [],
        [("Kelvo", "divestsTo", "Carrefour")],
    ),
    "Le groupe Kelvo a cédé sa filiale Norvik au groupe Dulac.": (
        [("Kelvo", "divestsTo", "Dulac")],
        [],
    ),
    # a clause that "que" opens has its own subject, even one the parser hung elsewhere:
    # never the subject of the verb of saying
    "Paul Kerhervé dirige Brenwood depuis 2015. Il a confirmé devant la commission que "
    "Kelvane avait racheté en janvier le fabricant ardéchois Talmont Industries.": (
        [("Kelvane", "acquires", "Talmont Industries")],
        [("Paul Kerhervé", "acquires", "Talmont Industries")],
    ),
    "Paul Kerhervé dirige Brenwood depuis 2015. Il a indiqué au juge que Kelvane avait "
    "racheté en mai la société Talmont Industries.": (
        [("Kelvane", "acquires", "Talmont Industries")],
        [("Paul Kerhervé", "acquires", "Talmont Industries")],
    ),
    # an adjective of origin between a class noun and its name, whatever its tag
    "La société Kelvane appartient depuis 2019 au groupe familial ardéchois Ardoval.": (
        [("Kelvane", "subsidiaryOf", "Ardoval"), ("Ardoval", "basedIn", "Ardèche")],
        [("Kelvane", "basedIn", "Ardèche")],
    ),
    # a description set off after a name runs to its closing comma through its complements:
    # the name before it is what it describes, not the one the verb governs
    "Le groupe Ardoval, le spécialiste lyonnais du froid industriel, rachète la société "
    "Kelvane.": (
        [("Ardoval", "acquires", "Kelvane"), ("Ardoval", "basedIn", "Lyon")],
        [("Kelvane", "basedIn", "Lyon")],
    ),
    # an event noun in an adjunct of a verb with an object of its own is no event organised
    "La société Kelvane a toujours tenu tête aux grands du secteur, le groupe Brenwood et le "
    "groupe Ardoval, sur le marché des hôpitaux.": (
        [],
        [("Kelvane", "organizesEventAt", "Brenwood"), ("Kelvane", "organizesEventAt", "Ardoval")],
    ),
    "Le groupe Ardoval organise chaque printemps un concours à Pontivy.": (
        [("Ardoval", "organizesEventAt", "Pontivy")],
        [],
    ),
    # an agreement between two companies, told by its participle or by their coordinated
    # subject, is a partnership when it is one of business (not a buyout, not a wage deal)
    "Le maire a salué l'accord de distribution conclu entre la société Kelvane et le groupe "
    "Brenwood.": (
        [("Kelvane", "partnerOf", "Brenwood")],
        [],
    ),
    "Le maire a salué l'accord de rachat conclu entre la société Kelvane et le groupe "
    "Brenwood.": (
        [],
        [("Kelvane", "partnerOf", "Brenwood")],
    ),
    "L'accord salarial signé entre la société Kelvane et la CFTC prévoit des hausses.": (
        [],
        [("Kelvane", "partnerOf", "CFTC")],
    ),
    "La société Kelvane et le groupe Brenwood ont signé un accord de distribution.": (
        [("Kelvane", "partnerOf", "Brenwood")],
        [],
    ),
    "La société Kelvane et le groupe Brenwood ont commenté un accord de distribution.": (
        [],
        [("Kelvane", "partnerOf", "Brenwood")],
    ),
    # a product range named by its noun
    "La gamme Velora de la société Kelvane a reçu un prix de design.": (
        [("Velora", "productOf", "Kelvane")],
        [],
    ),
    "La société Kelvane a lancé en 2024 la gamme Velora.": (
        [("Kelvane", "makes", "Velora")],
        [],
    ),
    # an adjective of origin on a description that cannot be the company coreference made
    # of it: the object of that company's own verb, the complement of another organisation
    "La filiale du groupe Ardoval dit avoir repris lundi le site nantais de jeux en ligne.": (
        [],
        [("Ardoval", "basedIn", "Nantes")],
    ),
    "La société Kelvane recrute. La filiale du géant suédois de l'ameublement, qui gère ses "
    "entrepôts en France, se voit reprocher un retard.": (
        [],
        [("Kelvane", "basedIn", "Suède")],
    ),
    # "X, filiale de Y, et Z": Z joins X, not the role's complement
    "Les revendeurs Kelvane, filiale de Brenwood, et Dulac, qui louent des lignes à "
    "l'opérateur, ne sont pas concernés par la procédure.": (
        [("Kelvane", "subsidiaryOf", "Brenwood")],
        [("Kelvane", "subsidiaryOf", "Dulac")],
    ),
    # a joint body's members, named by the participle that forms it or as the subject that
    # forms it, are partners; a body of one member or of none states nothing
    "Le marché a été attribué au groupement conjoint formé par la société Kelvane, "
    "mandataire, et le groupe Brenwood.": (
        [("Kelvane", "partnerOf", "Brenwood")],
        [],
    ),
    "La société Kelvane et le groupe Brenwood ont formé un consortium pour répondre à l'appel "
    "d'offres.": (
        [("Kelvane", "partnerOf", "Brenwood")],
        [],
    ),
    "Le consortium formé par la société Kelvane n'a pas convaincu le groupe Brenwood.": (
        [],
        [("Kelvane", "partnerOf", "Brenwood")],
    ),
    # a role that shares the sentence's opening with a word before "et" describes the
    # subject after its phrase
    "Voisine et concurrente de Kelvane, la société Dulac a été fondée en 1950.": (
        [("Dulac", "competitorOf", "Kelvane")],
        [],
    ),
    "Voisine et cliente de la société Kelvane, la société Dulac a été fondée en 1950.": (
        [],
        [("Dulac", "competitorOf", "Kelvane")],
    ),
    # "X annonce son rachat par Y": with the buyer named, the possessive is what is bought
    "La société Kelvane annonce son rachat par le groupe Ardoval. La société Dulac a confirmé "
    "son acquisition par le fonds Orvalis pour 20 millions d'euros.": (
        [("Ardoval", "acquires", "Kelvane"), ("Orvalis", "acquires", "Dulac")],
        [("Kelvane", "acquires", "Ardoval")],
    ),
    "La société Kelvane dément son rachat par le groupe Ardoval.": (
        [],
        [("Ardoval", "acquires", "Kelvane")],
    ),
    # "vendre sous la marque X": what the company makes, not under any other "sous"
    "La coopérative Dulac vend son miel sous la marque Ruchéa depuis 2019. La société Kelvane "
    "commercialise ses pompes sous la marque Hydrelia.": (
        [("Dulac", "makes", "Ruchéa"), ("Kelvane", "makes", "Hydrelia")],
        [],
    ),
    # (the brand's name hung on the product by the parser, in quotes or not)
    "La société Kelvo commercialise une crème de marrons sous la marque « Castel ».": (
        [("Kelvo", "makes", "Castel")],
        [],
    ),
    "Le groupe Ardoval a vendu son usine sous la pression de la banque Brenwood. La société "
    "Kelvane ne vend pas ses pompes sous la marque Hydrelia.": (
        [],
        [("Ardoval", "makes", "Brenwood"), ("Kelvane", "makes", "Hydrelia")],
    ),
    # a brand's class noun parsed as a second object introduces the name, no other company
    "La coopérative Terres de Salers affine des tomes. Face au groupe Maucourt, qui "
    "commercialise la marque Le Verger, les petits producteurs peinent.": (
        [("Maucourt", "makes", "Le Verger")],
        [("Maucourt", "makes", "Terres de Salers")],
    ),
    # a name the parser made a second subject past a comma after the verb (in an
    # apposition to the verb's complement) is not who acts when a subject precedes the verb
    "La société Kelvane fabrique des pompes. Le fonds Orvelin Gestion, qui en avait acquis "
    "60 % en 2015, les revend à la Cotrimex, le bras industriel de la coopérative "
    "Les Tisserands.": (
        [("Orvelin Gestion", "divestsTo", "Cotrimex")],
        [("Tisserands", "divestsTo", "Cotrimex")],
    ),
    # the demonstrative that repeats a deal or rivalry noun brings its own complement
    "La société Kelvane invoque la concurrence du groupe Brenwood et celle du groupe "
    "Ardoval.": (
        [("Kelvane", "competitorOf", "Brenwood"), ("Kelvane", "competitorOf", "Ardoval")],
        [("Brenwood", "competitorOf", "Ardoval")],
    ),
    "La société Kelvane invoque la concurrence du groupe Brenwood et le soutien du groupe "
    "Ardoval.": (
        [("Kelvane", "competitorOf", "Brenwood")],
        [("Kelvane", "competitorOf", "Ardoval")],
    ),
    # a description whose own phrase ends on its name refers to that name, not to a name
    # of the text before
    "Le groupe Ardoval produit des pompes. La société Kelvane a finalisé le rachat du "
    "fabricant allemand de pièces pour machines agricoles Brenwood.": (
        [("Kelvane", "acquires", "Brenwood")],
        [("Kelvane", "acquires", "Ardoval"), ("Ardoval", "basedIn", "Allemagne")],
    ),
    "Le groupe Ardoval produit des pompes. La société Kelvane a finalisé le rachat du "
    "fabricant allemand.": (
        [("Kelvane", "acquires", "Ardoval")],
        [],
    ),
    # an adjective of two origins names both, written as one word or split by the hyphen
    "Le groupe Ardoval, fabricant germano-suédois de robinets, rachète la société "
    "Kelvane.": (
        [("Ardoval", "basedIn", "Allemagne"), ("Ardoval", "basedIn", "Suède")],
        [("Kelvane", "basedIn", "Suède"), ("Kelvane", "basedIn", "Allemagne")],
    ),
    "Le groupe franco-allemand Ardoval rachète la société Kelvane.": (
        [("Ardoval", "basedIn", "France"), ("Ardoval", "basedIn", "Allemagne")],
        [("Kelvane", "basedIn", "France")],
    ),
    "La société Kelvane vend ses pompes franco de port.": ([], [("Kelvane", "basedIn", "France")]),
    # a quoted name after a noun of no class is a product, the noun's name; a list after
    # the maker's goods names some of them
    "La société Kelvo est surtout connue pour son enneigeur « Bise 40 ». La société Dulac "
    "fabrique des fours à bois pour pizzerias, dont le modèle « Vercors 90 ».": (
        [("Kelvo", "makes", "Bise 40"), ("Dulac", "makes", "Vercors 90")],
        [("Dulac", "makes", "Bise 40")],
    ),
    # a product a noun under a possessive names is the possessor's
    "La distillerie Kelvane est installée à Remich. Ses eaux-de-vie, dont la quetsch "
    "« Réserve du Val », sont primées. Son alambic « Colonne 12 » date de 1950.": (
        [("Réserve du Val", "productOf", "Kelvane"), ("Colonne 12", "productOf", "Kelvane")],
        [],
    ),
    # rivals under a possessive are no goods; a medium's complement in quotes is no product
    "La société Apex se renforce face à ses rivaux Orvane et Brenwood. Paul Roy a annoncé "
    "au micro de « Pixel Matin » son départ de la société Kelvo.": (
        [],
        [("Orvane", "productOf", "Apex"), ("Brenwood", "productOf", "Apex"),
         ("Pixel Matin", "productOf", "Kelvo")],
    ),
    # the noun that introduced a name, with another origin, is another organisation
    "La société Kelvane a racheté le transporteur lorrain Brenwood. Le transporteur suisse "
    "fait rouler ses camions entre Bâle et Genève.": (
        [("Brenwood", "basedIn", "Lorraine")],
        [("Brenwood", "basedIn", "Suisse")],
    ),
    # a second role coordinated after a first one with a named complement
    "La société Dulac, filiale du groupe Ardoval et concurrente directe de Kelvo, recrute.": (
        [("Dulac", "subsidiaryOf", "Ardoval"), ("Dulac", "competitorOf", "Kelvo")],
        [("Ardoval", "competitorOf", "Kelvo")],
    ),
    # a fronted role, then a nameless description of its organisation, then the holder
    "Membre de l'Ardoval Valley, le pôle de compétitivité du végétal, la société Kelvo "
    "a signé.": (
        [("Kelvo", "memberOf", "Ardoval Valley")],
        [],
    ),
    # a lone word before "et" shares the role's holder; a customer is no rival
    "La société Kelvo, voisine et concurrente de la société Dulac, recrute. La société "
    "Brenwood, voisine et cliente de la société Ardoval, recrute.": (
        [("Kelvo", "competitorOf", "Dulac")],
        [("Brenwood", "competitorOf", "Ardoval")],
    ),
    # a publisher's quoted title after "de" is what it makes, not its name; a trade's
    # complement naming a group is its owner, no product
    "Le groupe Brenwood, l'éditeur lorrain de « Roi des Landes », rachète la société "
    "Kelvo. Saft, le fabricant de batteries de TotalEnergies, recrute.": (
        [("Brenwood", "makes", "Roi des Landes"), ("Saft", "subsidiaryOf", "TotalEnergies")],
        [],
    ),
}


extracted, test_passage_states_its_facts, test_passage_states_nothing_wrong = passage_tests(
    PASSAGES, "orgs"
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le voyagiste Ambrelo ouvre une agence à Lyon.", "Ambrelo"),
        ("L'hélicoptériste Aerovia recrute à Marignane.", "Aerovia"),
        ("Le logisticien Transica a signé un contrat.", "Transica"),
        ("L'électricien Kelvo investit en Espagne.", "Kelvo"),
    ],
)
def test_a_trade_noun_types_the_name_after_it_a_company(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    ((document, docs),) = list(parse([Document("trade", text)], nlp))
    mentions = {m.text: m.cls for m in analyse_chunks(document, docs, []).mentions}
    assert mentions.get(name) == "Company", mentions
