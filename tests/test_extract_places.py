"""Where places, events and people are: ``locatedIn``, ``residesIn``, ``presentIn``,
``organizesEventAt`` from the constructions French news uses for them.

Each text is a passage of my own writing, with the facts it states and look-alikes it must
not state (a recipient after ``à``, a negation, a market that is someone else's). All
passages are parsed in one batch and analysed once per module.
"""

from __future__ import annotations

import pytest
from passages import Fact, passage_tests

from kg.model import Triple

pytestmark = pytest.mark.model

#: passage → (facts it states, facts it must not state).
PASSAGES: dict[str, tuple[list[Fact], list[Fact]]] = {
    # staff counted by their trade, employed somewhere: the employer is present there
    "La société Kelvo emploie 1 800 agents en Île-de-France et 40 ouvriers à Tulle.": (
        [("Kelvo", "presentIn", "Île-de-France"), ("Kelvo", "presentIn", "Tulle")],
        [("Kelvo", "basedIn", "Tulle")],
    ),
    # a company whose name opens with a noun of a site is no site: its participle of place
    # gives its seat
    "Le fonds a racheté la société Les Halles de Saintonge, basée à Saintes.": (
        [("Les Halles de Saintonge", "basedIn", "Saintes")],
        [],
    ),
    # a class noun written in capitals (its initials) types the name after it
    "La PME Tubéo, installée depuis 1990 à Lyon, recrute.": (
        [("Tubéo", "basedIn", "Lyon")],
        [("Tubéo", "residesIn", "Lyon")],
    ),
    # a town after "à", then the département or region it lies in
    "La start-up Brivo, installée à Millau, dans l'Aveyron, fabrique des gants.": (
        [("Millau", "locatedIn", "Aveyron"), ("Brivo", "basedIn", "Millau")],
        [("Brivo", "locatedIn", "Aveyron")],
    ),
    "Basée à Vitré, en Ille-et-Vilaine, la société Ardel emploie 80 personnes.": (
        [("Vitré", "locatedIn", "Ille-et-Vilaine")],
        [],
    ),
    "Il a ouvert un atelier à Dinan, dans les Côtes-d'Armor, et un autre à Lamballe.": (
        [("Dinan", "locatedIn", "Côtes-d'Armor")],
        [("Lamballe", "locatedIn", "Côtes-d'Armor")],
    ),
    "Le groupe a fermé son usine de Morez, dans le Jura.": (
        [("Morez", "locatedIn", "Jura")],
        [],
    ),
    # a département NER could not type, set off after the town: no second seat
    "La société Kelvo est installée à Lunel, dans l'Hérault.": (
        [("Kelvo", "basedIn", "Lunel"), ("Lunel", "locatedIn", "Hérault")],
        [("Kelvo", "basedIn", "Hérault")],
    ),
    # a street a town is followed by lies in the town, not the reverse
    "La société Kelvo ouvrira en septembre une boutique à Besançon, dans la Grande-Rue.": (
        [("Kelvo", "opensOfficeIn", "Besançon")],
        [("Besançon", "locatedIn", "Grande-Rue")],
    ),
    # a part of the town, or a landmark near it, set off after it: no second site
    "La société Kelvo ouvrira une boutique à Tokyo, dans le quartier de Ginza.": (
        [("Kelvo", "opensOfficeIn", "Tokyo")],
        [("Kelvo", "opensOfficeIn", "Ginza")],
    ),
    "La société Kelvo ouvrira en décembre une boutique à Cahors, près de la cathédrale "
    "Saint-Étienne.": (
        [("Kelvo", "opensOfficeIn", "Cahors")],
        [("Kelvo", "opensOfficeIn", "Saint-Étienne")],
    ),
    # a parenthesis that is no place, at the very end of a text
    "La start-up Brivo, installée à Millau, fabrique des gants. Elle vend à Rodez (voir page 4)": (
        [("Brivo", "basedIn", "Millau")],
        [("Rodez", "locatedIn", "page 4")],
    ),
    # an organisation's places told through a description only when its antecedent is in
    # focus (named in the title or the sentence before): three sentences after the rivals
    # were named, "l'entreprise" may be any of them, or the company the text is about
    "Location : un trimestre difficile\n\nLa société Varnel a publié jeudi ses résultats. "
    "Interrogée sur les prix, la présidente a reconnu que Kelmo et Dravin avaient baissé "
    "leurs tarifs. Dravin, contrôlé par un fonds, « brade ses voitures », a-t-elle souligné. "
    "Un analyste a demandé des détails sur la flotte. D'ici l'automne, l'entreprise ouvrira en "
    "Corse deux comptoirs, à Bastia et Calvi.": (
        [],
        [("Dravin", "opensOfficeIn", "Bastia"), ("Dravin", "opensOfficeIn", "Corse")],
    ),
    "Location : un trimestre difficile\n\nLa société Varnel a publié jeudi ses résultats. "
    "À l'automne, la start-up roubaisienne ouvrira trois agences en Corse.": (
        [("Varnel", "opensOfficeIn", "Corse"), ("Varnel", "basedIn", "Roubaix")],
        [],
    ),
    # ", de <town>," set off after an organisation's name: the town it is of
    "Le groupe a racheté la conserverie Marlin, de Brest, et la biscuiterie Kerel.": (
        [("conserverie Marlin", "basedIn", "Brest")],
        [("Kerel", "basedIn", "Brest")],
    ),
    "Troisième prix : la société Valdor, de Rennes, qui fabrique des cuves.": (
        [("Valdor", "basedIn", "Rennes")],
        [],
    ),
    # a person's town, a list of towns, "de passage": no seat
    "Jean Dupont, de Lyon, a gagné le tournoi de la société Kelvo.": (
        [],
        [("Kelvo", "basedIn", "Lyon"), ("Jean Dupont", "basedIn", "Lyon")],
    ),
    "Les salariés de la société Kelvo, de Lyon et de Paris, manifestent.": (
        [],
        [("Kelvo", "basedIn", "Lyon"), ("Kelvo", "basedIn", "Paris")],
    ),
    "Le directeur de la société Kelvo, de passage à Lyon, a signé.": (
        [],
        [("Kelvo", "basedIn", "Lyon")],
    ),
    # a count word counts the sites as a number would
    "Le groupe Bowlix exploite aujourd'hui une trentaine de bowlings en Espagne et en Italie.": (
        [("Bowlix", "presentIn", "Espagne"), ("Bowlix", "presentIn", "Italie")],
        [],
    ),
    "Le groupe Vadel exploite plusieurs carrières en Bretagne.": (
        [("Vadel", "presentIn", "Bretagne")],
        [],
    ),
    "Le groupe Vadel compte plusieurs concurrents en Bretagne.": (
        [],
        [("Vadel", "presentIn", "Bretagne")],
    ),
    "Le groupe Vadel a investi plusieurs millions d'euros en Bretagne.": (
        [],
        [("Vadel", "presentIn", "Bretagne")],
    ),
    "Le groupe Vadel n'exploite aucune carrière en Bretagne.": (
        [],
        [("Vadel", "presentIn", "Bretagne")],
    ),
    # rooms and sawmills are sites a company opens or runs
    "Le groupe Vadel ouvrira en mai deux salles à Rennes.": (
        [("Vadel", "opensOfficeIn", "Rennes")],
        [],
    ),
    "Le groupe Vadel exploite des salles à Brest et à Rennes.": (
        [("Vadel", "presentIn", "Brest"), ("Vadel", "presentIn", "Rennes")],
        [],
    ),
    "Le groupe Vadel a loué une salle à Brest pour son assemblée générale.": (
        [],
        [("Vadel", "presentIn", "Brest"), ("Vadel", "opensOfficeIn", "Brest")],
    ),
    # a relative clause the parser coordinated with the list of places is no member of it
    "Déjà présent en Norvège et en Finlande, Vadel, dont le siège est à Rennes, recrute "
    "vingt techniciens cette année.": (
        [("Vadel", "presentIn", "Norvège"), ("Vadel", "presentIn", "Finlande")],
        [("Vadel", "presentIn", "Rennes")],
    ),
    # a participle set off after the object's name describes that name, however the
    # parser hung it; the clause's own subject keeps its seat
    "Le groupe Vadel a racheté la fonderie Orlec, basée à Brest, dans le Finistère.": (
        [("Orlec", "basedIn", "Brest")],
        [("Vadel", "basedIn", "Brest")],
    ),
    "Tous les printemps, la commune accueille la Foire aux livres au Musée de la marine, "
    "installé à Lorient depuis 1975.": (
        [],
        [("Musée de la marine", "basedIn", "Lorient")],
    ),
    "Le groupe Vadel, basé à Lyon, exploite désormais la carrière Orlec.": (
        [("Vadel", "basedIn", "Lyon")],
        [("Orlec", "basedIn", "Lyon")],
    ),
    # a text may open on a description and name it in the sentence after
    "Avec ce rachat, la start-up nantaise ouvre un bureau à Lille.\n\nOrvix, spécialiste de "
    "la paie, compte 80 salariés.": (
        [("Orvix", "basedIn", "Nantes"), ("Orvix", "opensOfficeIn", "Lille")],
        [],
    ),
    # a place set off by "à" before a comma is no name the description after it stands for
    "Avec le rachat de la fromagerie Bellac, à Saint-Flour, notre groupe, dont le siège est "
    "à Aurillac, compte six sites.": (
        [],
        [("Saint-Flour", "basedIn", "Aurillac")],
    ),
    "Le fonds a racheté Forvalis, une banque dont le siège est à Nantes.": (
        [("Forvalis", "basedIn", "Nantes")],
        [],
    ),
    "Le laboratoire de Kelvo, en Allemagne, ferme ses portes.": (
        [],
        [("Kelvo", "locatedIn", "Allemagne")],
    ),
    # "à" after a verb of giving names who receives, not a town
    "Le groupe a cédé sa filiale à Norvex, en Allemagne, l'an dernier.": (
        [],
        [("Norvex", "locatedIn", "Allemagne")],
    ),
    "Le groupe a vendu ses parts à Norvex, en Allemagne, et à Talis, en Italie.": (
        [],
        [("Norvex", "locatedIn", "Talis"), ("Norvex", "locatedIn", "Allemagne")],
    ),
    # a parenthesised short form abbreviates the body's name that ends with the place; a
    # region in parentheses still contains the town before it
    "Le laboratoire de génétique végétale de Lorient (LGVL) a ouvert une antenne à "
    "Quimperlé (Finistère).": (
        [("Quimperlé", "locatedIn", "Finistère")],
        [("Lorient", "locatedIn", "LGVL")],
    ),
    "La chambre de métiers et de l'artisanat de la Mayenne (CMA) ouvre un centre à Mayenne.": (
        [],
        [("Mayenne", "locatedIn", "CMA")],
    ),
    # a presence is a state: a branch opened makes one, a branch announced in the future
    # ("ouvrira", "va ouvrir") is only an opening to come
    "Le groupe Ardel a ouvert l'an dernier à Brest une agence de 50 salariés.": (
        [("Ardel", "presentIn", "Brest"), ("Ardel", "opensOfficeIn", "Brest")],
        [],
    ),
    "Le groupe Kelvo va ouvrir à Rennes une agence de 40 salariés. Le groupe Norvex "
    "ouvrira à Lille une agence de 30 salariés.": (
        [("Kelvo", "opensOfficeIn", "Rennes"), ("Norvex", "opensOfficeIn", "Lille")],
        [("Kelvo", "presentIn", "Rennes"), ("Norvex", "presentIn", "Lille")],
    ),
    # a name and a place inside a quoted title are the title's words, not a seat; a name
    # set beside a place outside quotes still is one
    "L'an passé, la mutuelle a adopté avec le département la convention « Épargne "
    "citoyenne en Ardèche ». Le laboratoire Kelvo à Rennes recrute.": (
        [("Kelvo", "basedIn", "Rennes")],
        [("Épargne citoyenne", "basedIn", "Ardèche")],
    ),
    # a rival's noun relates the name to another company, and the place after it is where
    # they meet; an organisation's own description still places it
    "Kelvo Santé perd des adhérents. Vexa Prévoyance, son grand rival dans le Grand Est, a "
    "gagné des clients. Orvia Conseil, un cabinet familial à Rennes, recrute.": (
        [("Orvia Conseil", "basedIn", "Rennes")],
        [("Vexa Prévoyance", "basedIn", "Grand Est")],
    ),
    # "dans le cadre de" names no place
    "Elle a confié le dossier à Kerlan, dans le cadre d'un accord.": (
        [],
        [("Kerlan", "locatedIn", "cadre")],
    ),
    # an adjective of presence beside the name it describes, and the places listed after
    # the first one, each with its preposition
    "Pour Norvex, déjà présent au Danemark et en Suède, le rachat est une première.": (
        [("Norvex", "presentIn", "Danemark"), ("Norvex", "presentIn", "Suède")],
        [],
    ),
    "La société Talis, déjà présente en Grèce, vise désormais Chypre.": (
        [("Talis", "presentIn", "Grèce")],
        [("Talis", "presentIn", "Chypre")],
    ),
    "Le groupe Norvex est présent en Pologne, en Hongrie et au Portugal.": (
        [
            ("Norvex", "presentIn", "Pologne"),
            ("Norvex", "presentIn", "Hongrie"),
            ("Norvex", "presentIn", "Portugal"),
        ],
        [],
    ),
    # an adjective describes its own noun, not the subject of the clause
    "Le rachat de Talis, présent en Grèce, par Norvex est bouclé.": (
        [],
        [("Norvex", "presentIn", "Grèce")],
    ),
    "Norvex n'est pas présent en Pologne.": (
        [],
        [("Norvex", "presentIn", "Pologne")],
    ),
    # an adjective of presence in an apposition to the name, the places hung on the
    # apposition's noun; not a presence put in the past, nor a relative's subject's
    "Le fonds a racheté la société Norvex, un réseau de 80 agences présent en Belgique et "
    "dans le Luxembourg.": (
        [("Norvex", "presentIn", "Belgique"), ("Norvex", "presentIn", "Luxembourg")],
        [],
    ),
    "Le groupe Norvex, un distributeur actif en Pologne, en Hongrie et en Roumanie, recrute.": (
        [
            ("Norvex", "presentIn", "Pologne"),
            ("Norvex", "presentIn", "Hongrie"),
            ("Norvex", "presentIn", "Roumanie"),
        ],
        [],
    ),
    "Le groupe Norvex, un distributeur autrefois présent en Chine, se recentre.": (
        [],
        [("Norvex", "presentIn", "Chine")],
    ),
    "La société Norvex, dont le patron est présent en Chine cette semaine, recrute.": (
        [],
        [("Norvex", "presentIn", "Chine")],
    ),
    # the members a "dont" or "notamment" list names among the counted countries or towns
    # of a presence; not a list of other things, a presence denied or ended, nor a trip
    "Le groupe Norvex opère dans trente pays, dont la Roumanie et le Maroc.": (
        [("Norvex", "presentIn", "Roumanie"), ("Norvex", "presentIn", "Maroc")],
        [],
    ),
    "Le groupe Norvex exploite des lignes de bus dans douze pays, dont la Suède, la Norvège "
    "et le Danemark.": (
        [
            ("Norvex", "presentIn", "Suède"),
            ("Norvex", "presentIn", "Norvège"),
            ("Norvex", "presentIn", "Danemark"),
        ],
        [],
    ),
    "Le groupe Norvex opère dans une dizaine de pays d'Afrique, dont le Sénégal, le Mali et "
    "le Niger.": (
        [
            ("Norvex", "presentIn", "Sénégal"),
            ("Norvex", "presentIn", "Mali"),
            ("Norvex", "presentIn", "Niger"),
        ],
        [],
    ),
    "Le groupe Norvex, déjà implanté dans 40 pays, dont le Mexique et l'Espagne, recrute.": (
        [("Norvex", "presentIn", "Mexique"), ("Norvex", "presentIn", "Espagne")],
        [],
    ),
    "Le groupe Norvex s'est développé dans plusieurs pays, notamment l'Italie et la Grèce.": (
        [("Norvex", "presentIn", "Italie"), ("Norvex", "presentIn", "Grèce")],
        [],
    ),
    "Le groupe Norvex n'opère plus dans trois pays, dont la Russie.": (
        [],
        [("Norvex", "presentIn", "Russie")],
    ),
    "Le groupe Norvex opère dans trente pays, dont la moitié vend au Japon.": (
        [],
        [("Norvex", "presentIn", "Japon")],
    ),
    "Le patron du groupe Norvex a visité cinq pays, dont le Japon et la Corée.": (
        [],
        [("Norvex", "presentIn", "Japon"), ("Norvex", "presentIn", "Corée")],
    ),
    # where a company makes its goods: "fabrique / produit / assemble à Y", active or
    # passive with its agent; not a customer's place, a denial, a production stopped, the
    # noun "fabrique", nor a product made somewhere by someone unnamed
    "La société Norvex fabrique à Toulouse l'essentiel de ses vélos.": (
        [("Norvex", "presentIn", "Toulouse")],
        [],
    ),
    "Le groupe Norvex produit ses pneus à Clermont-Ferrand et en Pologne.": (
        [("Norvex", "presentIn", "Clermont-Ferrand"), ("Norvex", "presentIn", "Pologne")],
        [],
    ),
    "Le constructeur Norvex assemble en Slovaquie ses petites voitures.": (
        [("Norvex", "presentIn", "Slovaquie")],
        [],
    ),
    "Les bus sont produits par le groupe Norvex à Mauléon.": (
        [("Norvex", "presentIn", "Mauléon")],
        [],
    ),
    "La société Norvex fabrique des pièces pour des clients en Italie.": (
        [],
        [("Norvex", "presentIn", "Italie")],
    ),
    "La société Norvex fabrique des robots destinés aux usines de Talis en Espagne.": (
        [],
        [("Norvex", "presentIn", "Espagne")],
    ),
    "La société Norvex ne fabrique plus en France.": (
        [],
        [("Norvex", "presentIn", "France")],
    ),
    "Le groupe Norvex a cessé de produire en Chine.": (
        [],
        [("Norvex", "presentIn", "Chine")],
    ),
    "La fabrique de la société Norvex à Lyon ferme.": (
        [],
        [("Norvex", "presentIn", "Lyon")],
    ),
    "Les vélos de la société Norvex sont fabriqués à Toulouse.": (
        [],
        [("Norvex", "presentIn", "Toulouse")],
    ),
    # a participle of seat coordinated with another predicate: the second place is the
    # second predicate's, not the seat
    "Le groupe Norvex, basé à Lyon et présent en Italie, recrute.": (
        [("Norvex", "basedIn", "Lyon")],
        [("Norvex", "basedIn", "Italie")],
    ),
    "La société Norvex, installée à Rennes et implantée en Belgique, recrute.": (
        [("Norvex", "basedIn", "Rennes")],
        [("Norvex", "basedIn", "Belgique")],
    ),
    # (two towns of one seat's participle: where it is present, a company having one seat)
    "La société Norvex est installée à Paris et à Lyon.": (
        [("Norvex", "presentIn", "Paris"), ("Norvex", "presentIn", "Lyon")],
        [("Norvex", "basedIn", "Paris")],
    ),
    # a company that runs places (resorts, towns' networks) named as the object of
    # "exploiter"; not a resource of a place, nor a place it no longer runs
    "La société Norvex, qui exploite déjà Courchevel, Méribel et Val Thorens, recrute.": (
        [("Norvex", "presentIn", "Courchevel"), ("Norvex", "presentIn", "Méribel")],
        [],
    ),
    "Le groupe Norvex exploite les ressources de la Guyane.": (
        [],
        [("Norvex", "presentIn", "Guyane")],
    ),
    "Le groupe Norvex n'exploite plus la station de Courchevel.": (
        [],
        [("Norvex", "presentIn", "Courchevel")],
    ),
    # a company's own sites: possessive ("son entrepôt de X"; in the passive, the agent's),
    # or the owner after "de"; not sites closed, sold, or bought from their owner
    "La société Norvex emploie 85 personnes dans son entrepôt de Fougères.": (
        [("Norvex", "presentIn", "Fougères")],
        [],
    ),
    "Les bus sont produits par le groupe Norvex dans son usine de Mauléon (Deux-Sèvres).": (
        [("Norvex", "presentIn", "Mauléon")],
        [("bus", "presentIn", "Mauléon")],
    ),
    "La société Norvex ouvre ses magasins de Lyon et de Lille le dimanche.": (
        [("Norvex", "presentIn", "Lyon"), ("Norvex", "presentIn", "Lille")],
        [],
    ),
    "Les inspecteurs visent la crèche du groupe Norvex à Pantin.": (
        [("Norvex", "presentIn", "Pantin")],
        [],
    ),
    "La société Norvex ferme ses magasins de Lyon et Lille.": (
        [],
        [("Norvex", "presentIn", "Lyon"), ("Norvex", "presentIn", "Lille")],
    ),
    "La société Norvex a vendu son usine de Saint-Vallier à Talis.": (
        [],
        [("Norvex", "presentIn", "Saint-Vallier")],
    ),
    "Le groupe Norvex a racheté l'usine de Renault à Douai.": (
        [],
        [("Renault", "presentIn", "Douai")],
    ),
    "Marie Dupont a vendu son restaurant de Lyon.": (
        [],
        [("Marie Dupont", "presentIn", "Lyon")],
    ),
    # selling one's products somewhere is being present there; selling a subsidiary, a
    # stake or a site is not
    "La société Ardel vend ses logiciels aux États-Unis et au Canada.": (
        [("Ardel", "presentIn", "États-Unis"), ("Ardel", "presentIn", "Canada")],
        [],
    ),
    "Le fabricant Norvex commercialise ses capteurs en Allemagne depuis 2019.": (
        [("Norvex", "presentIn", "Allemagne")],
        [],
    ),
    "Le groupe Norvex a vendu sa filiale en Espagne au fonds Talis.": (
        [],
        [("Norvex", "presentIn", "Espagne")],
    ),
    "Le groupe Norvex a vendu ses parts dans la société Talis, en Italie.": (
        [],
        [("Norvex", "presentIn", "Italie")],
    ),
    # keeping staff somewhere
    "Le groupe Norvex conservera ses 70 salariés à Parthenay.": (
        [("Norvex", "presentIn", "Parthenay")],
        [],
    ),
    # where people live: the verb however the parser hung it, "où" after a town NER could
    # not type, who lives with them, a person "installé à"
    "Jean Rivière habite à Carhaix avec sa femme.": (
        [("Jean Rivière", "residesIn", "Carhaix")],
        [],
    ),
    "Paul Tanguy élève des brebis à Lodève, où il vit avec son épouse, Anne Tanguy.": (
        [("Paul Tanguy", "residesIn", "Lodève"), ("Anne Tanguy", "residesIn", "Lodève")],
        [],
    ),
    "Jean Rivière, installé à Genève depuis 2015, dirige la société Talis.": (
        [("Jean Rivière", "residesIn", "Genève")],
        [("Talis", "residesIn", "Genève")],
    ),
    "Jean Rivière vit à Carhaix avec le groupe Norvex depuis dix ans.": (
        [],
        [("Norvex", "residesIn", "Carhaix")],
    ),
    "Marie Lenoir a été installée à la tête de Talis en mars.": (
        [],
        [("Marie Lenoir", "residesIn", "Talis")],
    ),
    "Jean Rivière ne vit plus à Carhaix.": (
        [],
        [("Jean Rivière", "residesIn", "Carhaix")],
    ),
    # an event an organisation holds at a venue: the venue whole, a cleft sentence, the
    # event the relative "que" refers to
    "La maison Norvex organise son défilé au palais de Tokyo.": (
        [("Norvex", "organizesEventAt", "palais de Tokyo")],
        [],
    ),
    "Le club Talis organise chaque été un tournoi au stade de la Meinau.": (
        [("Talis", "organizesEventAt", "stade de la Meinau")],
        [],
    ),
    "C'est au port de Lorient que la compagnie Talis organise samedi le baptême de son navire.": (
        [("Talis", "organizesEventAt", "port de Lorient")],
        [],
    ),
    "Les éleveurs viennent à la Fête du lait que la coopérative Norvex organise chaque juin "
    "au haras national de Saint-Lô.": (
        [("Norvex", "organizesEventAt", "haras national de Saint-Lô")],
        [],
    ),
    "La société Talis organisera en octobre, sur le parvis de la Défense, un salon.": (
        [("Talis", "organizesEventAt", "parvis de la Défense")],
        [],
    ),
    # a site noun NER took into the name; a venue noun of a fortress
    "Le club Talis organisera le 14 juin un match de gala au stade Marcel-Cerdan.": (
        [("Talis", "organizesEventAt", "stade Marcel-Cerdan")],
        [],
    ),
    "Norvex organise en juin une foire aux fromages dans la citadelle de Montreval.": (
        [("Norvex", "organizesEventAt", "citadelle de Montreval")],
        [],
    ),
    # a venue named by common nouns, then its town; a match, a congress held there
    "La société Norvex tient son congrès annuel au palais des congrès de Lyon.": (
        [("Norvex", "organizesEventAt", "palais des congrès de Lyon")],
        [],
    ),
    "Le salon Vinexpo, organisé par la société Norvex au parc des expositions de Bordeaux, "
    "ouvre lundi.": (
        [("Norvex", "organizesEventAt", "parc des expositions de Bordeaux")],
        [],
    ),
    "Le club Norvex a organisé un match de gala à Angoulême.": (
        [("Norvex", "organizesEventAt", "Angoulême")],
        [],
    ),
    "Le club Norvex a gagné son match à Angoulême.": (
        [],
        [("Norvex", "organizesEventAt", "Angoulême")],
    ),
    # opening or building a site of any kind is an announcement of one, future or present;
    # opening jobs, building a bridge or a town building a school is none
    "La chocolaterie Norvex s'apprête à ouvrir un second atelier de fabrication à Besançon.": (
        [("Norvex", "opensOfficeIn", "Besançon")],
        [],
    ),
    "Le groupe Norvex construira une usine d'électrolyseurs à Dunkerque.": (
        [("Norvex", "opensOfficeIn", "Dunkerque")],
        [],
    ),
    "Le groupe Norvex ouvrira à la rentrée une crèche à Lille.": (
        [("Norvex", "opensOfficeIn", "Lille")],
        [],
    ),
    "Le groupe Norvex va ouvrir 200 postes à Lyon.": (
        [],
        [("Norvex", "opensOfficeIn", "Lyon")],
    ),
    "Le groupe Norvex construit un pont à Nantes.": (
        [],
        [("Norvex", "opensOfficeIn", "Nantes")],
    ),
    "Le groupe Norvex n'ouvrira pas de crèche à Lille.": (
        [],
        [("Norvex", "opensOfficeIn", "Lille")],
    ),
    # no name after the site noun, no event, or a sale: no venue
    "La société Talis organise un concours dans le domaine de la santé.": (
        [],
        [("Talis", "organizesEventAt", "domaine de la santé")],
    ),
    "La société Talis a organisé la vente de sa filiale à Norvex.": (
        [],
        [("Talis", "organizesEventAt", "Norvex")],
    ),
    "C'est à Norvex que la société Talis a vendu sa filiale.": (
        [],
        [("Talis", "organizesEventAt", "Norvex"), ("Talis", "presentIn", "Norvex")],
    ),
    "La société Talis n'organise plus son salon au palais de Tokyo.": (
        [],
        [("Talis", "organizesEventAt", "palais de Tokyo")],
    ),
    # a part of a town set after the town; a site described by a participle of place
    "L'atelier, installé à Lyon, dans le quartier de la Guillotière, emploie dix brodeurs.": (
        [("Guillotière", "locatedIn", "Lyon")],
        [("Lyon", "locatedIn", "Guillotière")],
    ),
    "Elle a grandi à Vénissieux, dans le quartier des Minguettes.": (
        [("Minguettes", "locatedIn", "Vénissieux")],
        [],
    ),
    "Il a vendu sa maison à Norvex, dans le quartier de la Roquette.": (
        [],
        [("Roquette", "locatedIn", "Norvex")],
    ),
    "Le quartier Euratechnologies à Lille accueille le siège de Kelvo.": (
        [("Euratechnologies", "locatedIn", "Lille")],
        [("Kelvo", "locatedIn", "Lille")],
    ),
    "Le site Kelvo à Lyon recense les offres d'emploi.": (
        [],
        [("Kelvo", "locatedIn", "Lyon")],
    ),
    "Le stade de la Meinau, situé dans le quartier de Neudorf, a été rénové.": (
        [("stade de la Meinau", "locatedIn", "Neudorf")],
        [],
    ),
    "L'aéroport de Nantes-Atlantique, situé sur la commune de Bouguenais, accueille sept "
    "millions de passagers.": (
        [("aéroport de Nantes-Atlantique", "locatedIn", "Bouguenais")],
        [],
    ),
    "Le musée Rodin, situé à Paris, rouvre ses portes.": (
        [("musée Rodin", "locatedIn", "Paris")],
        [("Rodin", "basedIn", "Paris")],
    ),
    # a site's name set off by a comma, then the town it stands in: the site, whatever NER
    # made of its name, is placed; a person, a list's next site or a buyer is not
    "Les urgences de la clinique Bellefontaine, à Vierzon, ferment la nuit.": (
        [("Bellefontaine", "locatedIn", "Vierzon")],
        [],
    ),
    "Le match se jouera au stade Marcel-Cerdan, à Angoulême, le 3 mars.": (
        [("stade Marcel-Cerdan", "locatedIn", "Angoulême")],
        [],
    ),
    "Il a visité le musée Norvex, à Rodez, puis le centre Talis, à Metz.": (
        [("musée Norvex", "locatedIn", "Rodez"), ("centre Talis", "locatedIn", "Metz")],
        [("musée Norvex", "locatedIn", "Metz")],
    ),
    "Les concerts auront lieu à l'Hôtel Le Sémaphore, à Èze.": (
        [("Hôtel Le Sémaphore", "locatedIn", "Èze")],
        [],
    ),
    "Marie Lenoir, à Lyon, dirige la société Talis.": (
        [],
        [("Marie Lenoir", "locatedIn", "Lyon"), ("Talis", "locatedIn", "Lyon")],
    ),
    "Le groupe a vendu la clinique Bellefontaine à Norvex.": (
        [],
        [("Bellefontaine", "locatedIn", "Norvex")],
    ),
    # a company described in apposition as one "de" a town: based there, the town placed in
    # the département in brackets; not a subsidiary's parent, an owner or a trade
    "Le groupe a racheté Norvex, une PME de Vitré (Ille-et-Vilaine), et Talis, une jeune "
    "entreprise de Laval.": (
        [
            ("Norvex", "basedIn", "Vitré"),
            ("Vitré", "locatedIn", "Ille-et-Vilaine"),
            ("Talis", "basedIn", "Laval"),
        ],
        [("Norvex", "basedIn", "Laval"), ("Norvex", "basedIn", "Ille-et-Vilaine")],
    ),
    # a trade noun that opens company names (names.json) or a workshop says so too
    # a company founded in a town is based there (a participle or a passive of founding)
    "La manufacture Tissages Morin, fondée en 1921 à Felletin, expose ses tapisseries.": (
        [("Tissages Morin", "basedIn", "Felletin")],
        [],
    ),
    "La société Norvex a été créée à la demande de ses clients.": (
        [],
        [("Norvex", "basedIn", "demande")],
    ),
    "Le groupe a racheté la société Norvex, la tonnellerie de Cognac.": (
        [("Norvex", "basedIn", "Cognac")],
        [],
    ),
    "La société Talis, l'atelier de Millau, emploie vingt personnes.": (
        [("Talis", "basedIn", "Millau")],
        [],
    ),
    "Brivo, une start-up de Millau, a levé deux millions d'euros.": (
        [("Brivo", "basedIn", "Millau")],
        [],
    ),
    "Talis, une filiale de Norvex, recrute.": (
        [],
        [("Talis", "basedIn", "Norvex")],
    ),
    "Talis, une société de Marc Dupont, recrute.": (
        [],
        [("Talis", "basedIn", "Marc Dupont")],
    ),
    # operating sites somewhere; not a flaw exploited, not sites closed, not none at all
    "La société Talis, qui exploite trois usines dans le Jura, recrute.": (
        [("Talis", "presentIn", "Jura")],
        [],
    ),
    "Le groupe Talis gère cinq cliniques à Lyon et à Grenoble.": (
        [("Talis", "presentIn", "Lyon"), ("Talis", "presentIn", "Grenoble")],
        [],
    ),
    "Le groupe Talis exploite une faille de sécurité en France.": (
        [],
        [("Talis", "presentIn", "France")],
    ),
    "Le groupe Talis n'exploite aucune usine en Chine.": (
        [],
        [("Talis", "presentIn", "Chine")],
    ),
    "Le groupe Talis ne possède aucun magasin en Italie.": (
        [],
        [("Talis", "presentIn", "Italie")],
    ),
    # a conjunct with its own negation is denied, not listed
    "Le groupe Talis est présent en Italie mais pas en Chine.": (
        [("Talis", "presentIn", "Italie")],
        [("Talis", "presentIn", "Chine")],
    ),
    "Le groupe Talis est présent en Italie et en Chine.": (
        [("Talis", "presentIn", "Italie"), ("Talis", "presentIn", "Chine")],
        [],
    ),
    # sites counted by a number, whatever the noun, where they stand
    "La société Serravia exploite quatorze serres dans les Landes et en Occitanie.": (
        [("Serravia", "presentIn", "Landes"), ("Serravia", "presentIn", "Occitanie")],
        [],
    ),
    "Le groupe Labodent regroupe neuf laboratoires en Bretagne et en Normandie.": (
        [("Labodent", "presentIn", "Bretagne"), ("Labodent", "presentIn", "Normandie")],
        [],
    ),
    "La chaîne Boulanjo possède trente boulangeries à Dakar.": (
        [("Boulanjo", "presentIn", "Dakar")],
        [],
    ),
    # a count of shares, of years or of rivals places nothing
    "La société Cinélux détient 30 % du capital de Ferlac en Normandie.": (
        [],
        [("Cinélux", "presentIn", "Normandie")],
    ),
    "Le groupe Ferlac compte 40 ans d'expérience en Bretagne.": (
        [],
        [("Ferlac", "presentIn", "Bretagne")],
    ),
    "La société Cinélux compte trois concurrents en Normandie.": (
        [],
        [("Cinélux", "presentIn", "Normandie")],
    ),
    "La société Cinélux a fermé trois cinémas en Normandie.": (
        [],
        [("Cinélux", "presentIn", "Normandie")],
    ),
    # settled "très" or "bien": where it operates, not its seat
    "Le cabinet Ostal, très implanté en Belgique, recrute des auditeurs.": (
        [("Ostal", "presentIn", "Belgique")],
        [("Ostal", "basedIn", "Belgique")],
    ),
    # a participle after "tous deux" describes both names before its comma
    "Elle affronte ses rivaux Kelvo Partners et Arvane Conseil, tous deux très implantés "
    "au Luxembourg.": (
        [
            ("Kelvo Partners", "presentIn", "Luxembourg"),
            ("Arvane Conseil", "presentIn", "Luxembourg"),
        ],
        [],
    ),
    # "dont" + a site noun: the site of the name before it
    "Le cinéma appartient à Cinélux, dont le multiplexe de Tours a rouvert en 2024.": (
        [("Cinélux", "presentIn", "Tours")],
        [],
    ),
    "La chaîne Cinélux, dont le cinéma du Mans a été rénové, recrute des projectionnistes.": (
        [("Cinélux", "presentIn", "Le Mans")],
        [],
    ),
    "Le groupe Ferlac a fermé son usine du Havre.": (
        [],
        [("Ferlac", "presentIn", "Le Havre")],
    ),
    # "où" + the seat: the place named before it
    "La société Brontel fabrique des vis. Elle emploie 80 personnes à Lorient, où se trouve "
    "son siège.": (
        [("Brontel", "basedIn", "Lorient")],
        [],
    ),
    "Le groupe Ferlac est né à Nantes, où se trouve encore le siège de la société Brontel.": (
        [("Brontel", "basedIn", "Nantes")],
        [("Ferlac", "basedIn", "Nantes")],
    ),
    # living "sur" a named place; a common noun after "sur" is no home
    "Paul Roy vit sur l'île de Ré depuis sa retraite.": (
        [("Paul Roy", "residesIn", "île de Ré")],
        [],
    ),
    "Paul Roy vit sur le salaire de Renault.": (
        [],
        [("Paul Roy", "residesIn", "Renault")],
    ),
    # the locative clitic "y": the place named last before it
    "À Douarnenez, l'incendie a touché Kerval, l'usine qui y produit des conserves de "
    "sardines depuis 1951.": (
        [("Kerval", "presentIn", "Douarnenez")],
        [],
    ),
    "La société Vexatel s'intéresse à Lisbonne. Elle y a ouvert une agence en 2021.": (
        [("Vexatel", "opensOfficeIn", "Lisbonne")],
        [],
    ),
    "À Lyon, il y a trois usines de la société Vexatel.": (
        [],
        [("Vexatel", "opensOfficeIn", "Lyon")],
    ),
    "La société Vexatel s'intéresse à Lisbonne. Elle n'y a jamais ouvert d'agence.": (
        [],
        [("Vexatel", "opensOfficeIn", "Lisbonne")],
    ),
    # a new site as the subject of a verb of opening: its company opens it there
    "Un premier bureau de la société Vexatel doit ouvrir à New York à l'automne.": (
        [("Vexatel", "opensOfficeIn", "New York")],
        [],
    ),
    "La société Vexatel a ouvert un bureau à Lyon. Un deuxième atelier suivra en "
    "janvier à Lille.": (
        [("Vexatel", "opensOfficeIn", "Lille")],
        [],
    ),
    "La société Vexatel fabrique des glaces. Aucune boutique n'ouvrira à Lyon.": (
        [],
        [("Vexatel", "opensOfficeIn", "Lyon")],
    ),
    # an opening announced, of a cinema as of an office
    "La salle appartient à Écranor, qui ouvrira en 2028 un cinéma de quatre écrans à Pornic.": (
        [("Écranor", "opensOfficeIn", "Pornic")],
        [("Écranor", "presentIn", "Pornic")],
    ),
    # an agent noun of a trade in apposition, maybe with its goods, then the town; a town
    # NER took for a person, with its département set off after it
    "Le groupe Kelvo, le presseur d'Averton, en Mayenne, rachète l'usine. La société Dulac, "
    "le transformateur de pommes de terre de Bordeaux, recrute.": (
        [
            ("Kelvo", "basedIn", "Averton"),
            ("Averton", "locatedIn", "Mayenne"),
            ("Dulac", "basedIn", "Bordeaux"),
        ],
        [],
    ),
    "La société Dulac, le repreneur de Kelvo, recrute.": ([], [("Dulac", "basedIn", "Kelvo")]),
    # a company a trade's noun introduces, then "de" and a town: its seat, the town a name
    # of its own even when NER ran the company's name over it
    "Le groupe Kelvo a racheté la manufacture Garnier de Morteau.": (
        [("Garnier", "basedIn", "Morteau"), ("Kelvo", "acquires", "Garnier")],
        [("Kelvo", "acquires", "Garnier de Morteau")],
    ),
    "Le groupe Kelvo a racheté la Savonnerie Chahine de Tripoli.": (
        [("Savonnerie Chahine", "basedIn", "Tripoli")],
        [],
    ),
    # a name whose article says it is whole, a school, a court: no seat read from "de"
    "La coopérative Les Salines de Guérande vend du sel.": (
        [],
        [("Les Salines", "basedIn", "Guérande")],
    ),
    "Le groupe Kelvo a signé une convention avec le lycée Jean-Moulin de Saint-Lô.": (
        [],
        [("Jean-Moulin", "basedIn", "Saint-Lô")],
    ),
}


extracted, test_passage_states_its_facts, test_passage_states_nothing_wrong = passage_tests(
    PASSAGES, "places"
)


def test_a_venue_is_a_place(extracted) -> None:  # type: ignore[no-untyped-def]
    text = next(t for t in PASSAGES if t.startswith("Le club Talis"))
    (fact,) = [t for t in extracted[text] if t.predicate == "organizesEventAt"]
    assert fact.object.cls == "Place"


def test_a_town_and_its_departement_are_typed_by_the_construction(extracted) -> None:  # type: ignore[no-untyped-def]
    text = next(t for t in PASSAGES if t.startswith("La start-up Brivo"))
    (fact,) = [t for t in extracted[text] if t.predicate == "locatedIn"]
    assert (fact.subject.cls, fact.object.cls) == ("City", "Region")
    assert fact.provenance.confidence < 0.8


def test_a_site_is_typed_by_its_noun_and_an_untyped_town_is_a_town(extracted) -> None:  # type: ignore[no-untyped-def]
    def located(start: str) -> Triple:
        text = next(t for t in PASSAGES if t.startswith(start))
        return next(t for t in extracted[text] if t.predicate in {"locatedIn", "basedIn"})

    hotel, stadium = located("Les concerts auront lieu"), located("Le match se jouera")
    assert (hotel.subject.cls, stadium.subject.cls) == ("Organization", "Place")
    assert located("Brivo, une start-up").object.cls == "City"
