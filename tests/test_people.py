"""People's facts in constructions French news uses everywhere: former and current roles
(``ancien acheteur de Y``, ``restera directeur général de Y``, ``qui en est la
présidente``, ``dont la direction générale sera confiée à X``, ``a confié la direction à
X``), careers (``a navigué dix ans pour Y``), fronted participles of birth whose subject
is a description, quotes' speakers told by a role noun or a pronoun, and the look-alikes
that must state nothing. Passages of our own, analysed with the real model."""

from __future__ import annotations

import pytest
from passages import Fact, analyse_passages, states

from kg.model import Triple

#: passage → (facts it states, facts it must not state)
PASSAGES: dict[str, tuple[list[Fact], list[Fact]]] = {
    # a role the parser hung on the date before it is still the one the verb gives
    "Paul Noir a été élu en mars président de l'association Bretagne Vivante.": (
        [("Paul Noir", "chairOf", "Bretagne Vivante")],
        [],
    ),
    # a singular apposition after two coordinated names describes the last one
    "Léa Moreau et Paul Arnaud, ancien acheteur de la société Norvik, ont fondé Kelvo.": (
        [("Paul Arnaud", "employeeOf", "Norvik")],
        [("Léa Moreau", "employeeOf", "Norvik")],
    ),
    "La start-up Kelvo a été cofondée par Léa Moreau et son mari, Paul Arnaud, ancien "
    "acheteur de la société Norvik.": (
        [("Paul Arnaud", "employeeOf", "Norvik")],
        [("Léa Moreau", "employeeOf", "Norvik")],
    ),
    # "chargé de recherche / de mission" at an organisation: employed there; a company
    # charged with a task is no employee
    "Léa Moreau est chargée de recherche au CNRS depuis 2011.": (
        [("Léa Moreau", "employeeOf", "CNRS")],
        [],
    ),
    "Paul Arnaud, chargé de mission chez Veolia, a fondé la société Kelvo.": (
        [("Paul Arnaud", "employeeOf", "Veolia")],
        [],
    ),
    "Le groupe Kelvo est chargé de la maintenance des trains de la SNCF.": (
        [],
        [("Kelvo", "employeeOf", "SNCF")],
    ),
    # a career begun at a company; job nouns of every trade
    "Paul Arnaud a débuté chez Renault comme ouvrier avant de fonder Kelvo.": (
        [("Paul Arnaud", "employeeOf", "Renault")],
        [],
    ),
    "Léa Moreau n'est jamais entrée chez Michelin.": (
        [],
        [("Léa Moreau", "employeeOf", "Michelin")],
    ),
    "Léa Moreau, l'ancienne réceptionniste de la société Kelvo, a fondé la société Norvik.": (
        [("Léa Moreau", "employeeOf", "Kelvo")],
        [],
    ),
    # a participle left unattached after coordinated names, a quantifier between
    "Paul Arnaud et Léa Moreau, tous deux passés par Renault, ont fondé la société Kelvo.": (
        [("Paul Arnaud", "employeeOf", "Renault"), ("Léa Moreau", "employeeOf", "Renault")],
        [("Kelvo", "employeeOf", "Renault")],
    ),
    # a role kept: "rester" as a copula, the role an oblique with no preposition
    "Paul Arnaud restera directeur général de la société Kelvo.": (
        [("Paul Arnaud", "ceoOf", "Kelvo")],
        [],
    ),
    "Paul Arnaud ne restera pas directeur général de la société Kelvo.": (
        [],
        [("Paul Arnaud", "ceoOf", "Kelvo")],
    ),
    # "qui en est la présidente": "en" is the organisation, "qui" the name before it
    "La société Kelvo est dirigée par Léa Moreau, qui en est la présidente.": (
        [("Léa Moreau", "chairOf", "Kelvo")],
        [],
    ),
    # ... the organisation the sentence named, not the one the sentence before spoke of;
    # the predicate "la présidente" refers to no one
    "Paul Arnaud a quitté le groupe Norvik. La société Kelvo est dirigée par Léa Moreau, "
    "qui en est la présidente.": (
        [("Léa Moreau", "chairOf", "Kelvo")],
        [("Léa Moreau", "chairOf", "Norvik"), ("Paul Arnaud", "chairOf", "Kelvo")],
    ),
    # an organisation in a person's apposition is not what "en" means
    "La société Kelvo a recruté six ingénieurs. Paul Arnaud, ancien directeur technique de "
    "la banque Norvik, en prend la direction.": (
        [("Paul Arnaud", "leaderOf", "Kelvo"), ("Paul Arnaud", "employeeOf", "Norvik")],
        [("Paul Arnaud", "leaderOf", "Norvik")],
    ),
    # a role just left, and role holders after a medium
    "Paul Arnaud, jusqu'ici directeur des opérations de la société Kelvo en Bretagne, "
    "prendra la tête de Norvik.": ([("Paul Arnaud", "employeeOf", "Kelvo")], []),
    "« Le marché est porteur », a déclaré au Moniteur le directeur général de la société "
    "Kelvo, Paul Arnaud.": (
        [("Paul Arnaud", "ceoOf", "Kelvo")],
        [("Moniteur", "ceoOf", "Kelvo"), ("Moniteur", "leaderOf", "Kelvo")],
    ),
    "« Nous innovons », a commenté auprès de Radio Nord Léa Moreau, directrice de "
    "l'innovation de la société Kelvo.": (
        [("Léa Moreau", "employeeOf", "Kelvo")],
        [("Radio Nord", "employeeOf", "Kelvo")],
    ),
    "Elon Vance PDG de la société Kelvo a démissionné.": ([("Elon Vance", "ceoOf", "Kelvo")], []),
    # a role given by a verb coordinated with the one that has the subject
    "Léa Moreau conserve une part minoritaire et restera présidente de la société Kelvo.": (
        [("Léa Moreau", "chairOf", "Kelvo")],
        [],
    ),
    "Léa Moreau a quitté la société Kelvo et ne restera pas présidente de la société "
    "Norvik.": ([], [("Léa Moreau", "chairOf", "Norvik")]),
    # "dont" is "de" + the relative's antecedent
    "Léa Moreau restera présidente de la société Kelvo, dont la direction générale sera "
    "confiée à Paul Arnaud.": (
        [("Léa Moreau", "chairOf", "Kelvo"), ("Paul Arnaud", "ceoOf", "Kelvo")],
        [("Léa Moreau", "ceoOf", "Kelvo")],
    ),
    "Le groupe Norvik a racheté la société Kelvo, dont Paul Arnaud assure la direction "
    "générale.": ([("Paul Arnaud", "ceoOf", "Kelvo")], [("Paul Arnaud", "ceoOf", "Norvik")]),
    # a career: working or sailing for an employer
    "Léa Moreau a navigué dix ans pour la compagnie Armorica avant de fonder Kelvo.": (
        [("Léa Moreau", "employeeOf", "Armorica"), ("Léa Moreau", "founderOf", "Kelvo")],
        [],
    ),
    # a fronted participle of birth whose subject is a description of the person
    "Paul Arnaud a fondé la société Kelvo. Né à Brest en 1968, cet ancien conseiller de "
    "la banque Norvik élève des vaches à Rennes.": (
        [("Paul Arnaud", "bornIn", "Brest"), ("Paul Arnaud", "employeeOf", "Norvik")],
        [("Kelvo", "bornIn", "Brest")],
    ),
    # "son époux": a person's spouse, never a company's
    "La société Kelvo a été fondée par Léa Moreau. Son époux, Paul Arnaud, est architecte.": (
        [("Paul Arnaud", "spouseOf", "Léa Moreau")],
        [("Paul Arnaud", "spouseOf", "Kelvo")],
    ),
    # "être / devenir + trade noun + au / aux + employer": staff of the organisation
    "Paul Arnaud devient ingénieur aux Ateliers de Kerlann en 1975.": (
        [("Paul Arnaud", "employeeOf", "Ateliers de Kerlann")],
        [],
    ),
    "Léa Moreau a été infirmière au CHU de Nantes de 2004 à 2011.": (
        [("Léa Moreau", "employeeOf", "CHU de Nantes")],
        [],
    ),
    "Léa Moreau n'a jamais été infirmière au CHU de Nantes.": (
        [],
        [("Léa Moreau", "employeeOf", "CHU de Nantes")],
    ),
    # a role of leadership before "au" names where its holder works, not what they lead
    "Paul Arnaud, directeur au ministère de l'Économie, a témoigné.": (
        [],
        [("Paul Arnaud", "leaderOf", "ministère de l'Économie")],
    ),
    # trade nouns of care, teaching and sport
    "Paul Arnaud, ancien moniteur de l'École de voile de Quiberon, a ouvert un gîte.": (
        [("Paul Arnaud", "employeeOf", "École de voile de Quiberon")],
        [],
    ),
    "Cofondé en 2011 par Léa Moreau et le chirurgien Paul Arnaud, le groupe Kelvo "
    "exploite douze cliniques.": (
        [("Paul Arnaud", "cofounderOf", "Kelvo"), ("Léa Moreau", "cofounderOf", "Kelvo")],
        [],
    ),
    # chairing an organisation's board chairs the organisation; a town council is none
    "Léa Moreau préside le conseil de surveillance du groupe Kelvo depuis 2019.": (
        [("Léa Moreau", "chairOf", "Kelvo")],
        [],
    ),
    "Léa Moreau ne préside plus le conseil d'administration de la société Kelvo.": (
        [],
        [("Léa Moreau", "chairOf", "Kelvo")],
    ),
    # a participle after a verb of state is a passive: "restera dirigée par X"
    "Le groupe Kelvo restera dirigé par Paul Arnaud après la fusion.": (
        [("Paul Arnaud", "leaderOf", "Kelvo")],
        [],
    ),
    "Paul Arnaud reste persuadé que le groupe Kelvo va rebondir.": (
        [],
        [("Paul Arnaud", "leaderOf", "Kelvo")],
    ),
    # a second agent described by a kin or trade noun before the name
    "Cofondée par Léa Moreau et sa sœur Julie Moreau, la société Kelvo emploie 40 "
    "personnes.": (
        [("Julie Moreau", "cofounderOf", "Kelvo"), ("Léa Moreau", "cofounderOf", "Kelvo")],
        [],
    ),
    # a city's adjective on a person's trade: where the person lives; a country's says a
    # nationality, a plural a class of people
    "L'homme d'affaires nantais Paul Arnaud a racheté le club.": (
        [("Paul Arnaud", "residesIn", "Nantes")],
        [],
    ),
    "L'entrepreneuse lyonnaise Léa Moreau a racheté la société Kelvo.": (
        [("Léa Moreau", "residesIn", "Lyon")],
        [("Kelvo", "basedIn", "Lyon")],
    ),
    "Le footballeur français Paul Arnaud a signé à Lyon.": (
        [],
        [("Paul Arnaud", "residesIn", "France")],
    ),
    "L'homme d'affaires nantais a racheté le club de Paul Arnaud.": (
        [],
        [("Paul Arnaud", "residesIn", "Nantes")],
    ),
    # "voir le jour à": a person's birthplace; a company's founding is no birth
    "Léa Moreau a vu le jour à Quimper en 1962.": (
        [("Léa Moreau", "bornIn", "Quimper")],
        [],
    ),
    "La société Kelvo a vu le jour à Quimper en 1962.": (
        [],
        [("Kelvo", "bornIn", "Quimper")],
    ),
    # a seat taken or held on an organisation's board; a town council is a place's
    "Léa Moreau siège au conseil d'administration de la société Kelvo depuis 2015.": (
        [("Léa Moreau", "memberOf", "Kelvo")],
        [],
    ),
    "Léa Moreau entrera au conseil de surveillance du groupe Kelvo en juin.": (
        [("Léa Moreau", "memberOf", "Kelvo")],
        [],
    ),
    "Léa Moreau n'entrera pas au conseil d'administration de la société Kelvo.": (
        [],
        [("Léa Moreau", "memberOf", "Kelvo")],
    ),
    "Léa Moreau siège au conseil municipal de Quimper.": (
        [],
        [("Léa Moreau", "memberOf", "Quimper")],
    ),
    # "faire entrer à son conseil": the organisation seats someone, it is no member
    "La société Kelvo a fait entrer à son conseil d'administration Paul Arnaud, ancien "
    "banquier.": ([], [("Kelvo", "memberOf", "Paul Arnaud")]),
    "Léa Moreau est entrée au capital de la société Kelvo sur le conseil de Paul Arnaud.": (
        [],
        [("Léa Moreau", "memberOf", "Kelvo"), ("Léa Moreau", "memberOf", "Paul Arnaud")],
    ),
    # a role locution set off after the name; not after a name a preposition introduces,
    # nor said of an organisation
    "Paul Arnaud, aux commandes de la société Kelvo depuis 2015, a démissionné.": (
        [("Paul Arnaud", "leaderOf", "Kelvo")],
        [],
    ),
    "Selon Paul Arnaud, à la tête de la manifestation, la société Kelvo a menti.": (
        [],
        [("Paul Arnaud", "leaderOf", "Kelvo")],
    ),
    # the head of a function "chez" a company works there; he does not lead it
    "Marc Olivier, ancienne directrice de fabrication chez Hachette, a témoigné.": (
        [("Marc Olivier", "employeeOf", "Hachette")],
        [("Marc Olivier", "leaderOf", "Hachette")],
    ),
    "Marc Olivier, chef de chantier chez Vinci, a témoigné au procès.": (
        [("Marc Olivier", "employeeOf", "Vinci")],
        [("Marc Olivier", "leaderOf", "Vinci")],
    ),
    "Marc Olivier, directeur de Renault, a témoigné au procès.": (
        [("Marc Olivier", "leaderOf", "Renault")],
        [],
    ),
    # arriving from an employer: worked there; a town is no employer
    "Marc Olivier, arrivé de Gaumont en 2021, a été nommé directeur.": (
        [("Marc Olivier", "employeeOf", "Gaumont")],
        [],
    ),
    "Marc Olivier est arrivé de Paris en 2021.": (
        [],
        [("Marc Olivier", "employeeOf", "Paris")],
    ),
    # the company a description names is not the past employer set before the verb
    "Ancien directeur commercial de Renault, M. Dufour préside la filiale depuis 2008.": (
        [("Dufour", "employeeOf", "Renault")],
        [("Dufour", "leaderOf", "Renault")],
    ),
    "Marc Olivier, arrivé de Gaumont en 2021, dirige la société.": (
        [("Marc Olivier", "employeeOf", "Gaumont")],
        [("Marc Olivier", "leaderOf", "Gaumont")],
    ),
    "La société Ferlac fabrique des vis. Ancienne cadre de Renault, Julie Marchal dirige "
    "l'entreprise depuis 2010.": (
        [("Julie Marchal", "employeeOf", "Renault"), ("Julie Marchal", "leaderOf", "Ferlac")],
        [("Julie Marchal", "leaderOf", "Renault")],
    ),
    # a seat in a body the text names; the constituency is no organisation
    "Le Sénat examine le texte. Le sénateur du Cantal Jacques Morel défend un amendement.": (
        [("Jacques Morel", "memberOf", "Sénat")],
        [("Jacques Morel", "memberOf", "Cantal")],
    ),
    "L'Assemblée nationale examine le texte. La députée de la Somme, Claire Morel, a déposé "
    "un amendement.": (
        [("Claire Morel", "memberOf", "Assemblée nationale")],
        [("Claire Morel", "memberOf", "Somme")],
    ),
    # a relative clause whose "que" is the object, however the parser hung it
    "La société Vexatel, que Louis Garnier a fondée en 1950, emploie 80 personnes.": (
        [("Louis Garnier", "founderOf", "Vexatel")],
        [],
    ),
    "Le rapport, que Louis Garnier a rédigé en 2010, accuse la société Vexatel.": (
        [],
        [("Louis Garnier", "founderOf", "Vexatel")],
    ),
    # "avoir pour" + role: the name after it holds the role in the subject
    "La société Vexatel a pour président Louis Garnier.": (
        [("Louis Garnier", "chairOf", "Vexatel")],
        [],
    ),
    "Vexatel a eu pour directeur général Louis Garnier de 2010 à 2015.": (
        [("Louis Garnier", "ceoOf", "Vexatel")],
        [],
    ),
    "La société Vexatel n'a pas pour président Louis Garnier.": (
        [],
        [("Louis Garnier", "chairOf", "Vexatel")],
    ),
    # a verb the tagger took for a name after an incise
    "Paul Mercier, né à Lille en 1970, dirige Renault.": (
        [("Paul Mercier", "leaderOf", "Renault"), ("Paul Mercier", "bornIn", "Lille")],
        [],
    ),
    # "habiter" a town, alone or with a spouse
    "Paul Mercier et son épouse Anne Mercier habitent encore Lannion.": (
        [("Paul Mercier", "residesIn", "Lannion"), ("Anne Mercier", "residesIn", "Lannion")],
        [],
    ),
    "Paul Mercier n'habite plus Lannion.": (
        [],
        [("Paul Mercier", "residesIn", "Lannion")],
    ),
    # a function's head with an adjective works for the company; he does not lead it
    "Claire Roy sera directrice technique de la société Vexatel.": (
        [("Claire Roy", "employeeOf", "Vexatel")],
        [("Claire Roy", "leaderOf", "Vexatel")],
    ),
    # "conserve" read as the verb it is
    "Paul Roy conserve la présidence de la société Vexatel.": (
        [("Paul Roy", "chairOf", "Vexatel")],
        [],
    ),
    # "en" on the verb that gives the role
    "La société Vexatel fabrique des vis. Paul Roy en devient le président.": (
        [("Paul Roy", "chairOf", "Vexatel")],
        [],
    ),
    "La société Vexatel fabrique des vis. Paul Roy en restera le directeur général.": (
        [("Paul Roy", "ceoOf", "Vexatel")],
        [],
    ),
    # careers told by "faire ses débuts / ses classes / ses armes chez Y"
    "Claire Roy a fait ses débuts chez Renault en 2012.": (
        [("Claire Roy", "employeeOf", "Renault")],
        [],
    ),
    "Claire Roy a fait ses courses chez Carrefour.": (
        [],
        [("Claire Roy", "employeeOf", "Carrefour")],
    ),
    # a participle the tagger made an adjective of the name
    "Paul Roy, marié à Claire Duval, dirige la société Vexatel.": (
        [("Paul Roy", "spouseOf", "Claire Duval")],
        [],
    ),
    "Paul Roy n'est pas marié à Claire Duval.": (
        [],
        [("Paul Roy", "spouseOf", "Claire Duval")],
    ),
    # after "chez Y", an untyped name after "à" is where the person worked
    "Julie Marchal a travaillé sept ans chez Thales à Vélizy.": (
        [("Julie Marchal", "employeeOf", "Thales")],
        [("Julie Marchal", "employeeOf", "Vélizy")],
    ),
    "Julie Marchal travaille à Kelvane depuis 2010.": (
        [("Julie Marchal", "employeeOf", "Kelvane")],
        [],
    ),
    # a senate the text does not name is not the Sénat
    "Le sénateur démocrate Jacques Morel a interrogé le ministre.": (
        [],
        [("Jacques Morel", "memberOf", "Sénat")],
    ),
    # a former post no role lists, after "ancien" and before its organisation's "de"; a
    # pupil or a customer held no post
    "Bastien Roy, ancien commercial de la société Kelvo, a été recruté par le groupe "
    "Brenwood. Anne Caillaud, ancienne élève de l'école Dulac, enseigne à Lyon.": (
        [("Bastien Roy", "employeeOf", "Kelvo")],
        [("Anne Caillaud", "employeeOf", "Dulac")],
    ),
    # years spent at an employer, maybe in a trade, are a former post of the subject; a
    # stay elsewhere is none
    "Paul Roy a rejoint la société Kelvo en 2021 après quinze ans chez Brenwood. Anne "
    "Caillaud préside Dulac après dix ans comme ébéniste chez Ardoval.": (
        [("Paul Roy", "employeeOf", "Brenwood"), ("Anne Caillaud", "employeeOf", "Ardoval")],
        [],
    ),
    "Paul Roy a rejoint la société Kelvo après quinze ans à Lyon.": (
        [],
        [("Paul Roy", "employeeOf", "Lyon")],
    ),
    # a quote's speaker told by a role noun, a medium no list knows after it
    "Léa Moreau dirige la société Kelvo depuis 2019. « Nous exportons vers le Ghana », a "
    "déclaré la directrice générale à Sahel Actu.": (
        [("Léa Moreau", "quotedIn", "Sahel Actu")],
        [],
    ),
    # an incise's "elle" is the one person the sentence before named, not a woman named
    # earlier
    "Paul Arnaud vit à Lyon avec son épouse, Léa Moreau. La direction générale de la "
    "société Kelvo a été confiée à Claire Dubois. « Nous recrutons », a-t-elle confié à "
    "Sahel Actu.": (
        [("Claire Dubois", "quotedIn", "Sahel Actu")],
        [("Léa Moreau", "quotedIn", "Sahel Actu")],
    ),
    # a kin noun gives the name set off after it its gender: "la présidente" is not him
    "Léa Moreau a fondé la société Kelvo en 2009. La direction générale a été confiée à "
    "son neveu, Paul Arnaud. « Nous exportons », a déclaré la présidente à Sahel Actu.": (
        [("Léa Moreau", "quotedIn", "Sahel Actu")],
        [("Paul Arnaud", "quotedIn", "Sahel Actu")],
    ),
    # a direction handed over, the one it goes to hung on the object; a department's is
    # not the company's
    "La société Kelvo a été fondée en 1990 à Lyon. Son fondateur a confié la direction à "
    "Claire Dubois.": (
        [("Claire Dubois", "leaderOf", "Kelvo")],
        [],
    ),
    "La société Kelvo a été fondée en 1990 à Lyon. Son fondateur a confié la direction "
    "commerciale à Claire Dubois.": (
        [],
        [("Claire Dubois", "leaderOf", "Kelvo")],
    ),
    # a person's role under a possessive is the person the text named, of its gender
    "Le groupe Kelvo a été fondé en 1990 par Léa Arnaud. La direction générale a été "
    "confiée à son neveu, Paul Roy. Sa fondatrice en préside toujours le conseil "
    "d'administration.": (
        [("Léa Arnaud", "chairOf", "Kelvo")],
        [("Paul Roy", "chairOf", "Kelvo")],
    ),
    # a person's noun set off after a name, an adverb between, is that name's
    "Issue d'un laboratoire du CNRS à Marseille, la start-up Kelvo a été créée en 2021 par "
    "Léa Arnaud, aujourd'hui sa présidente, et Paul Roy, qui occupe le poste de directeur "
    "technique.": (
        [("Léa Arnaud", "chairOf", "Kelvo")],
        [("Paul Roy", "chairOf", "Kelvo")],
    ),
    # a role the tagger made a predicate adjective heads its own complements
    "Anne Roy était jusqu'ici responsable des achats chez Norvik.": (
        [("Anne Roy", "employeeOf", "Norvik")],
        [],
    ),
    # a place in parentheses after a name is no second subject, however the parser
    # coordinated it
    "Sophie Roy (Bordeaux-Talence, 2012) rejoint la société Kelvo, à Angers, comme chargée "
    "de mission.": (
        [("Sophie Roy", "employeeOf", "Kelvo")],
        [("Bordeaux-Talence", "employeeOf", "Kelvo")],
    ),
    # the object after a partner's own name set off by commas
    "Julien Roy a cofondé avec son épouse, Maëlle Orsini, la start-up Norvik Énergie, "
    "installée à Valence.": (
        [
            ("Julien Roy", "cofounderOf", "Norvik Énergie"),
            ("Maëlle Orsini", "cofounderOf", "Norvik Énergie"),
        ],
        [],
    ),
    # years spent at an organisation ("à" before its name, as "chez"), not at a town
    "Après douze ans à la Compagnie nationale du Rhône, Paul Astier a fondé la start-up "
    "Kelvo. Après dix ans à Lyon, Anne Roy a rejoint Norvik.": (
        [("Paul Astier", "employeeOf", "Compagnie nationale du Rhône")],
        [("Anne Roy", "employeeOf", "Lyon")],
    ),
    # a copula role after a noun that introduces a name, and a clause set off after it, is
    # that name's (not a name inside the clause), however the parser hung the predicate
    "La société Kelvo a été fondée en 1987 par Paul Roy. Sa fille Claire Roy, passée par "
    "Norvik, le voisin et rival de toujours, en est la directrice générale depuis 2019.": (
        [("Claire Roy", "ceoOf", "Kelvo")],
        [("Norvik", "ceoOf", "Kelvo")],
    ),
    "La société Kelvo a été fondée en 1987 par Roland Guignard. Sa fille Anouk Guignard, "
    "passée par Norvik, en est la directrice générale depuis 2019.": (
        [("Anouk Guignard", "ceoOf", "Kelvo")],
        [("Norvik", "ceoOf", "Kelvo")],
    ),
    # a participle set off after a name describes that name, wherever the parser hung it
    "La société Kelvo a été fondée en 1990 à Lyon. La direction a été confiée à Paul Roy, "
    "passé par Nestlé.": (
        [("Paul Roy", "employeeOf", "Nestlé")],
        [("Kelvo", "employeeOf", "Nestlé")],
    ),
    # a role noun with a name set off after it is that person, no earlier one
    "Le fabricant de peintures Kelvo a été fondé en 1990 à Lyon. La présidence est assurée "
    "par Claire Dubois, également directrice financière de Norvik. Le directeur général, "
    "Paul Arnaud, a rejoint Kelvo en 2021 après quinze ans chez Renault.": (
        [("Paul Arnaud", "employeeOf", "Renault")],
        [("Claire Dubois", "employeeOf", "Renault"), ("Claire Dubois", "employeeOf", "Kelvo")],
    ),
}


@pytest.fixture(scope="module")
def people_triples(nlp) -> dict[str, tuple[Triple, ...]]:  # type: ignore[no-untyped-def]
    return analyse_passages(nlp, PASSAGES, "people")


@pytest.mark.model
@pytest.mark.parametrize("text", list(PASSAGES), ids=[t[:40] for t in PASSAGES])
def test_people_facts(people_triples, text: str) -> None:  # type: ignore[no-untyped-def]
    stated, wrong = PASSAGES[text]
    triples = people_triples[text]
    got = [(t.subject.text, t.predicate, t.object.text) for t in triples]
    assert [fact for fact in stated if not states(triples, fact)] == [], got
    assert [fact for fact in wrong if states(triples, fact)] == [], got
