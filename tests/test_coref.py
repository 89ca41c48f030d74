"""kg's salience coreference, end to end on the real model: pronouns, descriptions,
possessives, and the resolved words kept in the provenance."""

from __future__ import annotations

import pytest
from passages import analyse_passages, states

from kg.entities.coref import Salience, _names_subject
from kg.extract import default_extractors
from kg.model import Document, Mention, Triple
from kg.pipeline import analyse_chunks

TEXTS = {
    "pronoun": "Safran est un motoriste français. Il rachète Zodiac Aerospace.",
    "complement": "Le groupe Safran a annoncé qu'il rachète Zodiac Aerospace.",
    "description": "Safran a publié ses résultats. L'entreprise rachète Zodiac Aerospace.",
    "accented": "Safran a publié ses résultats. La société rachète Zodiac Aerospace.",
    "group": "Safran a publié ses résultats. Le groupe rachète Zodiac Aerospace.",
    "possessive": (
        "Google a présenté ses résultats. La firme annonce l'ouverture de son bureau à Lyon."
    ),
    "person": "Marie Durand a quitté Airbus. Elle a rejoint Safran en 2020.",
    "no antecedent": "Il rachète Zodiac Aerospace.",
}


@pytest.fixture(scope="module")
def triples(nlp) -> dict[str, tuple[Triple, ...]]:  # type: ignore[no-untyped-def]
    from kg.nlp import parse

    documents = [Document(key.replace(" ", "-"), text) for key, text in TEXTS.items()]
    found = {}
    for document, docs in parse(documents, nlp):
        found[document.id.replace("-", " ")] = analyse_chunks(
            document, docs, default_extractors(), judged=False
        ).triples
    return found


def _fact(triples: tuple[Triple, ...], predicate: str) -> Triple:
    found = [t for t in triples if t.predicate == predicate]
    if len(found) > 1:
        # the one stated through a reference ("Marie Durand a quitté Airbus" is outright)
        found = [t for t in found if t.provenance.mention]
    (triple,) = found
    return triple


@pytest.mark.model
@pytest.mark.parametrize(
    ("key", "predicate", "subject", "obj", "referring"),
    [
        ("pronoun", "acquires", "Safran", "Zodiac Aerospace", "Il"),
        ("complement", "acquires", "Safran", "Zodiac Aerospace", "il"),
        ("description", "acquires", "Safran", "Zodiac Aerospace", "L'entreprise"),
        ("accented", "acquires", "Safran", "Zodiac Aerospace", "La société"),
        ("possessive", "opensOfficeIn", "Google", "Lyon", None),
        ("person", "employeeOf", "Marie Durand", "Safran", "Elle"),
    ],
)
def test_reference_resolved_and_kept(triples, key, predicate, subject, obj, referring) -> None:  # type: ignore[no-untyped-def]
    triple = _fact(triples[key], predicate)
    assert (triple.subject.text, triple.object.text) == (subject, obj)
    if referring is not None:
        assert triple.provenance.mention == referring
        # a fact that needed coreference is trusted less than a named one
        assert triple.provenance.confidence < 0.85


@pytest.mark.model
@pytest.mark.parametrize(
    ("key", "cls"),
    [
        # "l'entreprise", "la société": a commercial description makes its antecedent a
        # Company
        ("description", "Company"),
        ("accented", "Company"),
        # "le groupe" may be a political or a media group: no narrower class
        ("group", "Organization"),
    ],
)
def test_a_description_narrows_its_antecedent_class(triples, key, cls) -> None:  # type: ignore[no-untyped-def]
    triple = _fact(triples[key], "acquires")
    assert (triple.subject.text, triple.subject.cls) == ("Safran", cls)


@pytest.mark.model
def test_pronoun_without_antecedent_yields_nothing(triples) -> None:  # type: ignore[no-untyped-def]
    assert triples["no antecedent"] == ()


def test_salience_prefers_recent_and_compatible() -> None:
    salience = Salience()
    salience.add(Mention("Airbus", "Organization", 0, 6), subject=True)
    salience.next_sentence()
    salience.add(Mention("Safran", "Company", 10, 16), subject=True)
    salience.add(Mention("Lyon", "City", 20, 24), subject=False)
    assert salience.best(frozenset({"Organization"})).text == "Safran"
    assert salience.best(frozenset({"Person"})) is None


def test_salience_gives_a_name_met_untyped_the_class_the_text_types_it_with() -> None:
    # "passe sous pavillon Vexa" (untyped), then "racheté par Vexa" later in the text
    salience = Salience(typed={"vexa": "Organization|vexa"})
    salience.add(Mention("Vexa", "NamedEntity", 0, 4), subject=False)
    best = salience.best(frozenset({"Organization"}))
    assert best is not None and best.text == "Vexa"
    assert salience.best(frozenset({"Place"})) is None


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "name", "expected"),
    [
        # "dans une filature de Vauclair": the name complements a noun of place
        (["dans", "une", "filature", "de", "Vauclair"], [2, 2, 2, 4, 2],
         ["case", "det", "obl:mod", "case", "nmod"], ["ADP", "DET", "NOUN", "ADP", "PROPN"],
         4, True),
        # "à Vauclair", a place; "a cédé Y à Vauclair", the verb's party
        (["vit", "à", "Vauclair"], [0, 2, 0], ["ROOT", "case", "obl:mod"],
         ["VERB", "ADP", "PROPN"], 2, True),
        (["cédé", "à", "Vauclair"], [0, 2, 0], ["ROOT", "case", "obl:arg"],
         ["VERB", "ADP", "PROPN"], 2, False),
        # a verb that places its subject makes its "à" argument a place ("vit", which the
        # model lemmatises as "voir", included)
        (["vit", "à", "Vauclair"], [0, 2, 0], ["ROOT", "case", "obl:arg"],
         ["VERB", "ADP", "PROPN"], 2, True),
        (["vivent", "à", "Vauclair"], [0, 2, 0], ["ROOT", "case", "obl:arg"],
         ["VERB", "ADP", "PROPN"], 2, True),
        (["vendu", "à", "Vauclair"], [0, 2, 0], ["ROOT", "case", "obl:arg"],
         ["VERB", "ADP", "PROPN"], 2, False),
        # "dans le parc d'activités de Vauclair": the noun of place one complement up;
        # not "le patron des ventes de Vauclair"
        (["dans", "le", "parc", "d'", "activités", "de", "Vauclair"], [2, 2, 2, 4, 2, 6, 4],
         ["case", "det", "obl:mod", "case", "nmod", "case", "nmod"],
         ["ADP", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN"], 6, True),
        (["le", "patron", "des", "ventes", "de", "Vauclair"], [1, 1, 3, 1, 5, 3],
         ["det", "ROOT", "case", "nmod", "case", "nmod"],
         ["DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN"], 5, False),
        # "le patron de Vauclair": a complement of a noun that places nothing
        (["le", "patron", "de", "Vauclair"], [1, 1, 3, 1], ["det", "ROOT", "case", "nmod"],
         ["DET", "NOUN", "ADP", "PROPN"], 3, False),
    ],
)
def test_a_name_in_a_place_complement_is_read_as_a_place(  # type: ignore[no-untyped-def]
    nlp, words, heads, deps, pos, name, expected
) -> None:
    from spacy.tokens import Doc

    from kg.entities.coref import _locative

    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _locative(doc[name]) is expected


def test_salience_counts_an_untyped_name_with_its_typed_mentions() -> None:
    salience = Salience()
    salience.add(Mention("Calcéo", "NamedEntity", 0, 6), subject=False)
    salience.add(Mention("Vicat", "Organization", 10, 15), subject=False)
    salience.add(Mention("Calcéo", "Organization", 20, 26), subject=False)
    salience.add(Mention("Calcéo", "NamedEntity", 30, 36), subject=False)
    # one entity, named three times, typed by the mention that gave it a class
    assert len(salience.scores) == 2
    best = salience.best(frozenset({"Organization"}))
    assert best is not None and (best.text, best.cls) == ("Calcéo", "Organization")


#: passage → (facts it states, facts it must not state), each (subject, relation, object):
#: plural and collective references (``les deux fonds``, ``ils``, ``le couple``), role
#: descriptions (``la présidente de X``), descriptions by a specific noun (``le fonds``,
#: ``l'enseigne``), and look-alikes where what they stand for is not certain.
PLURAL: dict[str, tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]] = {
    # a counted description: the coordination of the previous sentence, each name
    # introduced by its class noun
    "Le fonds Kalvia et le fonds Oréa détenaient 40 % de Vernel. Les deux fonds cèdent "
    "leurs parts au groupe Norvik.": (
        [("Kalvia", "divestsTo", "Norvik"), ("Oréa", "divestsTo", "Norvik")],
        [],
    ),
    # a plural pronoun after a coordinated subject
    "Léa Moreau et Paul Arnaud se sont rencontrés à Lyon. Ils ont cofondé la start-up "
    "Kelvo en 2019.": (
        [("Léa Moreau", "cofounderOf", "Kelvo"), ("Paul Arnaud", "cofounderOf", "Kelvo")],
        [],
    ),
    # ... and in a complement clause of the coordination's verb
    "Léa Moreau et Paul Arnaud ont annoncé qu'ils rejoignaient la société Norvik.": (
        [("Léa Moreau", "employeeOf", "Norvik"), ("Paul Arnaud", "employeeOf", "Norvik")],
        [],
    ),
    # the two parties of a symmetric relation stated of the plural subject alone
    "La start-up Kelvo et le groupe Norvik ont annoncé un rapprochement. Les deux "
    "entreprises ont noué un partenariat.": ([("Kelvo", "partnerOf", "Norvik")], []),
    # "les deux entreprises" after a company named by its fund and a group: the companies
    # the text just met, not the fund and the group it coordinated
    "Kelvo a levé 9 millions d'euros auprès du fonds lyonnais Kalvia et du groupe de BTP "
    "Norvik, qui a pris une participation de 10 %. Les deux entreprises ont aussi noué un "
    "partenariat.": (
        [("Kelvo", "partnerOf", "Norvik")],
        [("Kalvia", "partnerOf", "Norvik"), ("Kalvia", "partnerOf", "Kelvo")],
    ),
    # "le couple": two people a spouse's role noun or a verb of marriage paired
    "En 2020, Léa Moreau fonde la start-up Kelvo avec son mari, Paul Arnaud. La jeune "
    "pousse est installée à Nantes. Le couple vit aujourd'hui à Annecy.": (
        [("Léa Moreau", "residesIn", "Annecy"), ("Paul Arnaud", "residesIn", "Annecy")],
        [],
    ),
    "Léa Moreau a épousé Paul Arnaud en 2010. Le couple vit aujourd'hui à Annecy.": (
        [("Léa Moreau", "residesIn", "Annecy"), ("Paul Arnaud", "residesIn", "Annecy")],
        [],
    ),
    # look-alikes: two people the text never paired are no couple
    "Léa Moreau dirige la société Kelvo, et Paul Arnaud dirige la société Norvik. Le "
    "couple vit à Lille.": (
        [],
        [("Léa Moreau", "residesIn", "Lille"), ("Paul Arnaud", "residesIn", "Lille")],
    ),
    # "les deux cofondateurs" after three names: which two is not said
    "Léa Moreau, Paul Arnaud et Anne Roy ont fondé la start-up Kelvo. Les deux "
    "cofondateurs vivent à Lille.": (
        [],
        [
            ("Léa Moreau", "residesIn", "Lille"),
            ("Paul Arnaud", "residesIn", "Lille"),
            ("Anne Roy", "residesIn", "Lille"),
        ],
    ),
    # "ils" after a single subject stands for no one the text named
    "Léa Moreau a quitté la société Kelvo. Ils ont ensuite racheté la société Norvik.": (
        [],
        [("Kelvo", "acquires", "Norvik"), ("Léa Moreau", "acquires", "Norvik")],
    ),
    # a description followed by the names it announces is typing, not reference
    "Le fonds Kalvia et le fonds Oréa ont investi dans Vernel. Les deux fonds, Serena "
    "et Partech, ont cédé leurs parts au groupe Norvik.": (
        [],
        [("Kalvia", "divestsTo", "Norvik"), ("Oréa", "divestsTo", "Norvik")],
    ),
    # a possessive counted role with the names it announces
    "La start-up Kelvo a levé 5 millions d'euros. Ses deux cofondateurs, Léa Moreau et "
    "Paul Arnaud, vivent à Nantes.": (
        [("Léa Moreau", "cofounderOf", "Kelvo"), ("Paul Arnaud", "cofounderOf", "Kelvo")],
        [],
    ),
    # a name the parser hangs on the verb as an oblique is what was bought, and the
    # description of what was bought means it, not the subsidiary named after it
    "Norvik a racheté Kelvo. Le groupe compte intégrer la start-up à sa filiale Brenner.": (
        [("Norvik", "acquires", "Kelvo"), ("Brenner", "subsidiaryOf", "Norvik")],
        [("Brenner", "acquires", "Kelvo")],
    ),
    # "le groupe de <a hyphenated town>" is no name of the group
    "Le fonds Kalvia cède ses parts au groupe de Boulogne-Billancourt.": (
        [],
        [("Kalvia", "divestsTo", "Billancourt"), ("Kalvia", "divestsTo", "Boulogne-Billancourt")],
    ),
    # a role description with no name of its own: the person the text named in that
    # office of that organisation, and only that one
    "Léa Moreau, présidente de la start-up Kelvo, a présenté les résultats. « Nous "
    "grandissons vite », raconte la présidente de Kelvo au Parisien.": (
        [("Léa Moreau", "quotedIn", "Parisien")],
        [],
    ),
    "Léa Moreau, présidente de Kelvo, a rencontré Paul Arnaud, président de Norvik. Le "
    "marché change vite. « Nous devons suivre », a déclaré le président de Norvik au "
    "Parisien.": (
        [("Paul Arnaud", "quotedIn", "Parisien")],
        [("Léa Moreau", "quotedIn", "Parisien")],
    ),
    # (the parser runs the quote into the sentence before: its subject is no speaker)
    "Léa Moreau, présidente de Kelvo, a rencontré Paul Arnaud, président de Norvik. « Le "
    "marché change », a déclaré le président de Norvik au Parisien.": (
        [],
        [("Léa Moreau", "quotedIn", "Parisien")],
    ),
    # no one was named in that office: nobody is guessed
    "Léa Moreau a rejoint la start-up Kelvo en 2019. « Nous grandissons vite », a déclaré "
    "la présidente de Kelvo au Parisien.": (
        [],
        [("Léa Moreau", "quotedIn", "Parisien"), ("Léa Moreau", "chairOf", "Kelvo")],
    ),
    # a description means what the text described by a noun of its kin ("le réseau de
    # magasins" for "l'enseigne"), not the company it is about
    "Le groupe Vernel pourrait racheter Brenner, le réseau de 180 magasins fondé en 2004 "
    "par Paul Arnaud. Contacté, le groupe n'a pas souhaité faire de commentaire. Brenner, "
    "dont le siège est à Rennes, traverse une passe difficile. L'enseigne appartient "
    "depuis 2019 au fonds britannique Kalvia.": (
        [("Brenner", "subsidiaryOf", "Kalvia")],
        [("Vernel", "subsidiaryOf", "Kalvia")],
    ),
    # "le fonds": the entity the text called a fund, and never another
    "Le groupe Norvik a racheté Kelvo. Le fonds Kalvia détenait 30 % de Kelvo. Le fonds, "
    "qui possède déjà le fabricant allemand Brenner, cède ses parts.": (
        [("Kalvia", "parentOf", "Brenner")],
        [("Norvik", "parentOf", "Brenner")],
    ),
    "Le groupe Norvik a racheté Kelvo. Le fonds, qui possède déjà le fabricant allemand "
    "Brenner, cède ses parts.": ([], [("Norvik", "parentOf", "Brenner")]),
    # a description closed by a comma after a name is its apposition, not a reference
    "La start-up Kelvo a levé 5 millions d'euros auprès de Kalvia Ventures, le fonds de "
    "capital-risque du groupe Norvik, et de Serena.": (
        [("Kalvia Ventures", "subsidiaryOf", "Norvik")],
        [],
    ),
    # a pronoun in a relative clause on the complement of an infinitive: the subject the
    # infinitive inherits
    "Le groupe industriel Norvik a annoncé lundi la cession de Kelvo. Installé à Annecy, le "
    "groupe veut se recentrer sur les dispositifs médicaux, un marché où il a racheté l'an "
    "dernier la société suisse Brenner.": ([("Norvik", "acquires", "Brenner")], []),
    # a possessive product noun with a modifier before its name
    "La start-up Kelvo vend des logiciels. Son logiciel phare, Nemo, équipe 300 clients.": (
        [("Nemo", "productOf", "Kelvo")],
        [],
    ),
    # "tous deux" after a coordination: what follows holds of each member
    "Kelvo a été fondée par Léa Moreau et Paul Arnaud, tous deux anciens de la banque "
    "Norvik.": (
        [("Léa Moreau", "employeeOf", "Norvik"), ("Paul Arnaud", "employeeOf", "Norvik")],
        [],
    ),
    "La start-up Kelvo a été fondée par Paul Arnaud, Léa Moreau et Marc Roy, tous trois "
    "passés par Norvik.": (
        [
            ("Paul Arnaud", "employeeOf", "Norvik"),
            ("Léa Moreau", "employeeOf", "Norvik"),
            ("Marc Roy", "employeeOf", "Norvik"),
        ],
        [],
    ),
    # "X et son mari, Y": the possessive is X's; both act, and they are a couple
    "Léa Moreau et son mari, Paul Arnaud, ont fondé la start-up Kelvo en 2015.": (
        [
            ("Léa Moreau", "spouseOf", "Paul Arnaud"),
            ("Léa Moreau", "cofounderOf", "Kelvo"),
            ("Paul Arnaud", "cofounderOf", "Kelvo"),
        ],
        [],
    ),
    # ... as the agent of a passive, the first name introduced by its occupation
    "La start-up Kelvo a été cofondée par la chimiste Léa Moreau et son époux, Paul "
    "Arnaud.": ([("Paul Arnaud", "cofounderOf", "Kelvo")], []),
    # "le couple" after the pair the partner noun made, its object after a date
    "Léa Moreau et son compagnon, Paul Arnaud, dirigent la société Kelvo. Le couple a "
    "cofondé en 2019 la société Norvik.": (
        [("Léa Moreau", "cofounderOf", "Norvik"), ("Paul Arnaud", "cofounderOf", "Norvik")],
        [],
    ),
    # a collective noun whose participle names its members
    "Le couple formé par Léa Moreau et Paul Arnaud a cofondé la société Kelvo.": (
        [
            ("Léa Moreau", "spouseOf", "Paul Arnaud"),
            ("Léa Moreau", "cofounderOf", "Kelvo"),
            ("Paul Arnaud", "cofounderOf", "Kelvo"),
        ],
        [],
    ),
    "Le duo formé par Léa Moreau et Paul Arnaud dirige la société Kelvo.": (
        [("Léa Moreau", "leaderOf", "Kelvo"), ("Paul Arnaud", "leaderOf", "Kelvo")],
        [("Léa Moreau", "spouseOf", "Paul Arnaud")],
    ),
    # a couple the collective noun introduces or describes: "le couple X et Y", "un couple :
    # X et Y", "X et Y, un couple de ..."; a lone given name shares the surname after it
    # "tous deux" set off after a coordination, which the parser may make the verb's
    # subject: it stands for the coordination (not before a name that is the subject)
    "Paul Roy et Marie Roy, tous deux passés par Meta, ont fondé la société Kelvo.": (
        [("Paul Roy", "cofounderOf", "Kelvo"), ("Marie Roy", "cofounderOf", "Kelvo")],
        [],
    ),
    "Fondée par Paul Roy et Marie Roy, tous deux passés par Meta, Kelvo a levé 5 millions "
    "d'euros auprès de Norvik.": (
        [("Kelvo", "fundedBy", "Norvik")],
        [("Paul Roy", "fundedBy", "Norvik"), ("Marie Roy", "fundedBy", "Norvik")],
    ),
    "Lucie et Marc Perrin, un couple de Rennais, ont fondé la société Kelvo en 2015.": (
        [
            ("Lucie Perrin", "spouseOf", "Marc Perrin"),
            ("Lucie Perrin", "cofounderOf", "Kelvo"),
            ("Marc Perrin", "cofounderOf", "Kelvo"),
        ],
        [("Lucie", "cofounderOf", "Kelvo")],
    ),
    "Le couple Yasmina et Karim Haddad a créé en 2008 la société Kelvo, spécialisée dans "
    "les capteurs.": (
        [("Yasmina Haddad", "spouseOf", "Karim Haddad"), ("Yasmina Haddad", "founderOf", "Kelvo")],
        [],
    ),
    # (an accented kin noun: "son épouse" as "sa femme")
    "La société Kelvo a été cofondée en 2008 par Paul Roy et son épouse, Marie Roy.": (
        [("Paul Roy", "spouseOf", "Marie Roy"), ("Marie Roy", "cofounderOf", "Kelvo")],
        [],
    ),
    # (a second given name the list does not know: NER's person after "et" is enough)
    "La société Kelvo a été cofondée en 2011 par Gaëlle et Wilner Dorsainvil.": (
        [
            ("Gaëlle Dorsainvil", "cofounderOf", "Kelvo"),
            ("Wilner Dorsainvil", "cofounderOf", "Kelvo"),
        ],
        [("Gaëlle", "cofounderOf", "Kelvo")],
    ),
    "Derrière Kelvo, il y a un couple : Lucie et Marc Perrin, qui vivent à Nantes.": (
        [("Lucie Perrin", "spouseOf", "Marc Perrin")],
        [],
    ),
    # look-alikes: a company coordinated with a person shares no surname; a couple the
    # names do not stand beside; a pair that is no couple
    "Kelvo et Marc Perrin ont cofondé la société Norvik en 2015.": (
        [],
        [("Kelvo Perrin", "cofounderOf", "Norvik")],
    ),
    "Le couple a rencontré Léa Moreau et Paul Arnaud à Lyon.": (
        [],
        [("Léa Moreau", "spouseOf", "Paul Arnaud")],
    ),
    "Léa Moreau et Paul Arnaud, un duo de choc, dirigent la société Kelvo.": (
        [],
        [("Léa Moreau", "spouseOf", "Paul Arnaud")],
    ),
    # a cleft's possessive role: said of the name right after it, the possessive of the
    # person the text spoke of; denied, nothing
    "Paul Arnaud quitte la présidence de Kelvo. C'est son épouse, Léa Arnaud, qui lui "
    "succède.": ([("Léa Arnaud", "spouseOf", "Paul Arnaud")], []),
    "Léa Moreau a longtemps hésité. C'est son mari, Paul Arnaud, ancien banquier, qui l'a "
    "convaincue de rentrer à Lyon.": ([("Paul Arnaud", "spouseOf", "Léa Moreau")], []),
    "Paul Arnaud dirige Kelvo. Ce n'est pas son épouse, Léa Arnaud, qui lui succède.": (
        [],
        [("Léa Arnaud", "spouseOf", "Paul Arnaud")],
    ),
    # a counted description after a sentence cut at a semicolon: the two people of both
    # its halves; after two sentences, no one
    "Paul Arnaud, né à Lille, préside la société Kelvo ; Léa Moreau en assure la "
    "direction générale. Les deux cofondateurs se sont mariés en 2019.": (
        [("Paul Arnaud", "spouseOf", "Léa Moreau")],
        [],
    ),
    "Paul Arnaud préside la société Kelvo. Léa Moreau en assure la direction générale. "
    "Les deux cofondateurs se sont mariés en 2019.": (
        [],
        [("Paul Arnaud", "spouseOf", "Léa Moreau")],
    ),
    # the name a presentational clause sets after a colon is what the next pronoun means;
    # after another verb, the subject stays the subject
    "Les robots de cuisine séduisent. Derrière cette réussite, il y a une chercheuse : Léa "
    "Moreau. Elle a fondé la société Norvik en 2012.": (
        [("Léa Moreau", "founderOf", "Norvik")],
        [],
    ),
    "Les robots de cuisine séduisent. Paul Arnaud a rencontré une chercheuse : Léa Moreau. "
    "Il a fondé la société Norvik en 2012.": ([], [("Léa Moreau", "founderOf", "Norvik")]),
    # a kin noun that is no spouse: a group, but no couple
    "Léa Moreau et son frère, Paul Arnaud, ont fondé la société Kelvo. Tous deux vivent à "
    "Lyon.": (
        [
            ("Léa Moreau", "cofounderOf", "Kelvo"),
            ("Paul Arnaud", "cofounderOf", "Kelvo"),
            ("Léa Moreau", "residesIn", "Lyon"),
            ("Paul Arnaud", "residesIn", "Lyon"),
        ],
        [("Léa Moreau", "spouseOf", "Paul Arnaud")],
    ),
    # "tous deux" as a subject, a few sentences after the coordination
    "Léa Moreau et Paul Arnaud ont créé la société Kelvo en 2012. L'entreprise emploie "
    "vingt personnes. Elle vend ses produits en Suisse. Toutes les deux vivent à Rennes.": (
        [("Léa Moreau", "residesIn", "Rennes"), ("Paul Arnaud", "residesIn", "Rennes")],
        [],
    ),
    # look-alikes: "sa femme" of the object, not of the subject; "tous deux" after three
    # names, or too far from the two
    "Léa Moreau a rencontré Paul Arnaud et sa femme à Lyon.": (
        [],
        [("Léa Moreau", "spouseOf", "Paul Arnaud")],
    ),
    "Léa Moreau, Paul Arnaud et Anne Roy ont fondé la société Kelvo. Tous deux vivent à "
    "Lille.": (
        [],
        [("Léa Moreau", "residesIn", "Lille"), ("Paul Arnaud", "residesIn", "Lille")],
    ),
    "Léa Moreau et Paul Arnaud ont créé la société Kelvo en 2012. L'entreprise emploie "
    "vingt personnes. Elle vend ses produits en Suisse. Ses clients sont nombreux. Le "
    "marché grandit. Tous deux vivent à Rennes.": (
        [],
        [("Léa Moreau", "residesIn", "Rennes"), ("Paul Arnaud", "residesIn", "Rennes")],
    ),
    "Léa Moreau et son mari n'ont pas fondé la société Kelvo.": (
        [],
        [("Léa Moreau", "founderOf", "Kelvo")],
    ),
}


@pytest.fixture(scope="module")
def plural_triples(nlp) -> dict[str, tuple[Triple, ...]]:  # type: ignore[no-untyped-def]
    return analyse_passages(nlp, PLURAL, "plural")


@pytest.mark.model
@pytest.mark.parametrize("text", list(PLURAL), ids=[t[:40] for t in PLURAL])
def test_plural_reference_states_each_member(plural_triples, text: str) -> None:  # type: ignore[no-untyped-def]
    stated, wrong = PLURAL[text]
    triples = plural_triples[text]
    got = [(t.subject.text, t.predicate, t.object.text) for t in triples]
    assert [fact for fact in stated if not states(triples, fact)] == [], got
    assert [fact for fact in wrong if states(triples, fact)] == [], got


@pytest.mark.model
def test_plural_reference_keeps_its_words(plural_triples) -> None:  # type: ignore[no-untyped-def]
    text = next(t for t in PLURAL if t.startswith("Le fonds Kalvia et le fonds Oréa détenaient"))
    facts = [t for t in plural_triples[text] if t.predicate == "divestsTo"]
    assert {t.provenance.mention for t in facts} == {"Les deux fonds"}
    assert all(t.provenance.confidence < 0.85 for t in facts)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        # "Elle" after a masculine description is not what that description meant
        (
            "La start-up Kelvo fabrique des drones. Le spécialiste nantais a recruté Léa "
            "Moreau en mars. Elle a rejoint le conseil de la société Norvik.",
            None,
        ),
        # (a feminine one it may be)
        (
            "La start-up Kelvo fabrique des drones. La société nantaise a recruté Paul "
            "Arnaud en mars. Elle a rejoint le conseil de la société Norvik.",
            "Kelvo",
        ),
    ],
)
def test_a_pronoun_agrees_with_the_description_it_follows(nlp, text, resolved) -> None:  # type: ignore[no-untyped-def]
    from kg.nlp import parse

    ((document, docs),) = list(parse([Document("gender", text)], nlp))
    analyse_chunks(document, docs, default_extractors(), judged=False)
    (doc,) = docs
    (pronoun,) = [t for t in doc if t.text == "Elle"]
    found = (doc._.kg_coref or {}).get(pronoun.i)
    assert (found.text if found is not None else None) == resolved


#: Texts where a description tells a company's size (``le groupe``, ``le géant``, ``la
#: jeune pousse``): the facts it must give and the look-alikes its size rules out.
SIZED = {
    # "le groupe": the company the text called a group, not the small one just named
    "Le groupe nantais Dulac Industries a cédé Mirel, sa filiale de verrerie, au fonds "
    "Arvel. Installée à Lyon depuis 1990, Mirel fabrique des bouteilles et emploie 300 "
    "personnes. Le groupe a finalisé en janvier le rachat de Porvane.": (
        [("Dulac Industries", "acquires", "Porvane")],
        [("Mirel", "acquires", "Porvane")],
    ),
    # "la jeune pousse" is not the giant named last
    "La start-up Colbane a levé 5 millions d'euros. Le géant américain Arcelio a racheté "
    "Corvex. La jeune pousse ouvre un bureau à Lyon.": (
        [("Colbane", "opensOfficeIn", "Lyon")],
        [("Arcelio", "opensOfficeIn", "Lyon")],
    ),
    # "le géant français" is not the company the text called "une PME"
    "Arcelio a annoncé l'acquisition de Colbane, une PME qui fabrique des vernis. Fondée "
    "en 2016, Colbane emploie 140 salariés. Le fonds Arvel cède ses parts au géant "
    "français.": (
        [("Arvel", "divestsTo", "Arcelio")],
        [("Arvel", "divestsTo", "Colbane"), ("Colbane", "basedIn", "France")],
    ),
}


#: Possessives in a participle on an object: owned by the clause's subject.
POSSESSED = {
    "La start-up Arcelio fabrique des moteurs. Elle affronte la société Dulac, qui "
    "commercialise des moteurs fabriqués par sa filiale Porvane.": (
        [("Porvane", "subsidiaryOf", "Dulac")],
        [("Porvane", "subsidiaryOf", "Arcelio")],
    ),
    # the theme of "entrer à son capital" is not its subject, who enters it
    "La start-up Colbane conçoit des vernis à Nantes. Le fonds Arvel est entré à son "
    "capital en 2022.": (
        [("Arvel", "investsIn", "Colbane")],
        [("Arvel", "investsIn", "Arvel")],
    ),
    # ... and that theme stays what the text speaks of: "la société" is not the investor
    "Derrière le festival, on trouve Colbane Productions, une société lyonnaise cofondée "
    "en 2014 par Marc Petit et Julie Arnaud, qui l'organise à Vienne depuis 2017. "
    "L'entreprise organise aussi un salon d'hiver au Fil, la salle de Lyon. Arvel France "
    "est entrée à son capital l'an dernier, à hauteur de 40 %. « Ce partenaire nous a "
    "apporté de la trésorerie », insiste Julie Arnaud, qui préside la société.": (
        [("Arvel France", "investsIn", "Colbane Productions"),
         ("Julie Arnaud", "chairOf", "Colbane Productions")],
        [("Julie Arnaud", "chairOf", "Arvel France")],
    ),
    # the agent of a participle on a name holds its role in that name, not in the buyer
    "Le groupe Marval a racheté la société Kerbio, dirigée par sa fondatrice, Anne Corre.": (
        [("Anne Corre", "leaderOf", "Kerbio")],
        [("Anne Corre", "leaderOf", "Marval")],
    ),
}


#: A description in apposition to a name, a relative clause after it: it describes that
#: name and refers to no one else.
APPOSED = {
    "La DGCCRF a infligé une amende à Colbane. Corvex, le distributeur lyonnais que Colbane "
    "a racheté en 2023, est aussi visé.": (
        [],
        [("DGCCRF", "basedIn", "Lyon"), ("Colbane", "basedIn", "Lyon")],
    ),
    # a description whose own name follows it after a comma introduces that name: it
    # refers to no one met before (the salient person here)
    "Paul Martin avait candidaté sans succès. La convention « Transports de l'Aubrac » "
    "a été paraphée jeudi à Rodez par Kelvo et par le président du syndicat mixte, "
    "Jean Dupont.": (
        [("Jean Dupont", "signed", "convention « Transports de l'Aubrac »")],
        [("Paul Martin", "signed", "convention « Transports de l'Aubrac »")],
    ),
}


@pytest.fixture(scope="module")
def sized_triples(nlp) -> dict[str, tuple[Triple, ...]]:  # type: ignore[no-untyped-def]
    return analyse_passages(nlp, {**SIZED, **POSSESSED, **APPOSED}, "sized")


@pytest.mark.model
@pytest.mark.parametrize("text", list(SIZED), ids=[t[:40] for t in SIZED])
def test_a_description_of_one_size_skips_a_company_of_the_other(sized_triples, text: str) -> None:  # type: ignore[no-untyped-def]
    stated, wrong = SIZED[text]
    triples = sized_triples[text]
    got = [(t.subject.text, t.predicate, t.object.text) for t in triples]
    assert [fact for fact in stated if not states(triples, fact)] == [], got
    assert [fact for fact in wrong if states(triples, fact)] == [], got


@pytest.mark.model
@pytest.mark.parametrize(
    "text", [*POSSESSED, *APPOSED], ids=[t[:40] for t in [*POSSESSED, *APPOSED]]
)
def test_a_possessive_or_an_apposition_keeps_to_its_own_name(sized_triples, text: str) -> None:  # type: ignore[no-untyped-def]
    stated, wrong = {**POSSESSED, **APPOSED}[text]
    triples = sized_triples[text]
    got = [(t.subject.text, t.predicate, t.object.text) for t in triples]
    assert [fact for fact in stated if not states(triples, fact)] == [], got
    assert [fact for fact in wrong if states(triples, fact)] == [], got


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]):  # type: ignore[no-untyped-def]
    import spacy
    from spacy.tokens import Doc

    starts = [True] + [False] * (len(words) - 1)
    return Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, pos=pos,
               sent_starts=starts)


def test_a_sentence_opening_name_hung_on_a_subjectless_verb_is_its_subject() -> None:
    # "Kelvo, premier éditeur du pays, a annoncé le rachat": the parser made the name an
    # oblique of the verb, which it left with no subject
    doc = _parsed(
        ["Kelvo", ",", "premier", "éditeur", ",", "a", "annoncé", "le", "rachat"],
        [6, 3, 3, 0, 6, 6, 6, 8, 6],
        ["obl:mod", "punct", "amod", "appos", "punct", "aux:tense", "ROOT", "det", "obj"],
        ["PROPN", "PUNCT", "ADJ", "NOUN", "PUNCT", "AUX", "VERB", "DET", "NOUN"],
    )
    assert _names_subject(doc[0])
    # "Jeudi, Kelvo a annoncé": the opening word is a date, and the verb has its subject
    doc = _parsed(
        ["Jeudi", ",", "Kelvo", "a", "annoncé", "le", "rachat"],
        [4, 0, 4, 4, 4, 6, 4],
        ["obl:mod", "punct", "nsubj", "aux:tense", "ROOT", "det", "obj"],
        ["NOUN", "PUNCT", "PROPN", "AUX", "VERB", "DET", "NOUN"],
    )
    assert not _names_subject(doc[0])


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "lemmas", "expected"),
    [
        # "les deux fonds": a plural head counted by a number word
        (
            ["les", "deux", "fonds", "ont", "signé"],
            [2, 2, 4, 4, 4],
            ["det", "nummod", "nsubj", "aux:tense", "ROOT"],
            ["DET", "NUM", "NOUN", "AUX", "VERB"],
            ["le", "deux", "fonds", "avoir", "signer"],
            ("Organization", 2),
        ),
        # "le couple": a collective noun needs no number word
        (
            ["le", "couple", "a", "signé"],
            [1, 3, 3, 3],
            ["det", "nsubj", "aux:tense", "ROOT"],
            ["DET", "NOUN", "AUX", "VERB"],
            ["le", "couple", "avoir", "signer"],
            ("Person", 2),
        ),
        # "l'entreprise": a plural head's lemma, but one entity
        (
            ["l'", "entreprise", "a", "signé"],
            [1, 3, 3, 3],
            ["det", "nsubj", "aux:tense", "ROOT"],
            ["DET", "NOUN", "AUX", "VERB"],
            ["le", "entreprise", "avoir", "signer"],
            None,
        ),
        # "les fonds": plural, but no number says how many
        (
            ["les", "fonds", "ont", "signé"],
            [1, 3, 3, 3],
            ["det", "nsubj", "aux:tense", "ROOT"],
            ["DET", "NOUN", "AUX", "VERB"],
            ["le", "fonds", "avoir", "signer"],
            None,
        ),
        # "des deux fonds": counted, but not after "les" / "ces"
        (
            ["des", "deux", "fonds"],
            [2, 2, 2],
            ["det", "nummod", "ROOT"],
            ["DET", "NUM", "NOUN"],
            ["un", "deux", "fonds"],
            None,
        ),
    ],
)
def test_a_plural_description_is_first_read_from_the_nouns_own_words(  # type: ignore[no-untyped-def]
    words, heads, deps, pos, lemmas, expected
) -> None:
    # coreference reads coordinations only around the nouns whose own words make a plural
    # description (_plural_form): a noun with none must never refer to a group
    import spacy
    from spacy.tokens import Doc

    from kg.entities.coref import _plural_description, _plural_form

    doc = Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas)
    noun = next(i for i, tag in enumerate(pos) if tag == "NOUN")
    found = _plural_form(doc[noun])
    assert (None if found is None else (found.cls, found.size)) == expected
    if expected is None:
        assert _plural_description(doc[noun]) is None
    else:
        assert _plural_description(doc[noun]) == found  # nothing named after it


#: Texts where a takeover names the company a generic description's founding or seat is
#: about: the facts each must state and the look-alikes it must not.
TAKEN_OVER = {
    # the noun of a takeover, then a fronted founding participle
    "Le groupe Kelvane a annoncé lundi le rachat de Dorsia, une PME de robotique. Fondée "
    "en 2004 par Marc Lenoir, l'entreprise est installée à Annecy.": (
        [("Marc Lenoir", "founderOf", "Dorsia"), ("Dorsia", "basedIn", "Annecy")],
        [("Marc Lenoir", "founderOf", "Kelvane"), ("Kelvane", "basedIn", "Annecy")],
    ),
    # the verb, a participle in an incise, a sentence about the price in between
    "Norvik a racheté Tessam pour 40 millions d'euros. Le montant surprend. La société, "
    "créée en 1998 par Anne Rivière, est basée à Tours.": (
        [("Anne Rivière", "founderOf", "Tessam"), ("Tessam", "basedIn", "Tours")],
        [("Anne Rivière", "founderOf", "Norvik"), ("Norvik", "basedIn", "Tours")],
    ),
    # "s'emparer de", a passive founding
    "Norvik s'est emparé de Tessam. L'entreprise a été créée par Jeanne Caron en 1987.": (
        [("Jeanne Caron", "founderOf", "Tessam")],
        [("Jeanne Caron", "founderOf", "Norvik")],
    ),
    # "le groupe" is the big buyer, not the company taken over
    "Norvik a racheté Tessam pour 40 millions d'euros. Fondé en 1920 par Paul Morin, le "
    "groupe est basé à Lille.": (
        [],
        [("Paul Morin", "founderOf", "Tessam"), ("Tessam", "basedIn", "Lille")],
    ),
    # no takeover: a partner is not what the text goes on to introduce
    "Norvik a signé un partenariat avec Tessam. Fondée en 1920 par Paul Morin, la société "
    "est basée à Lille.": (
        [],
        [("Paul Morin", "founderOf", "Tessam"), ("Tessam", "basedIn", "Lille")],
    ),
    # a sentence about the buyer in between: the description is the buyer's again
    "Norvik a racheté Tessam. Norvik emploie 300 personnes. La société, fondée en 1950 "
    "par Paul Morin, est basée à Lille.": (
        [],
        [("Paul Morin", "founderOf", "Tessam"), ("Tessam", "basedIn", "Lille")],
    ),
}


@pytest.fixture(scope="module")
def taken_over_triples(nlp) -> dict[str, tuple[Triple, ...]]:  # type: ignore[no-untyped-def]
    return analyse_passages(nlp, TAKEN_OVER, "takeover")


@pytest.mark.model
@pytest.mark.parametrize("text", list(TAKEN_OVER), ids=[t[:40] for t in TAKEN_OVER])
def test_a_founding_after_a_takeover_is_the_company_taken_over(  # type: ignore[no-untyped-def]
    taken_over_triples, text: str
) -> None:
    stated, wrong = TAKEN_OVER[text]
    triples = taken_over_triples[text]
    got = [(t.subject.text, t.predicate, t.object.text) for t in triples]
    assert [fact for fact in stated if not states(triples, fact)] == [], got
    assert [fact for fact in wrong if states(triples, fact)] == [], got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Les associés de la coopérative Lacto ont approuvé sa fusion avec Norvik, le géant "
        "rennais de l'agroalimentaire.",
        "La laiterie Lacto sera reprise par Norvik, le groupe rennais.",
    ],
)
def test_a_description_closing_its_sentence_after_a_name_describes_that_name(  # type: ignore[no-untyped-def]
    nlp, text
) -> None:
    from kg.nlp import parse

    ((document, docs),) = list(parse([Document("closing", text)], nlp))
    triples = analyse_chunks(document, docs, default_extractors(), judged=False).triples
    (doc,) = docs
    (noun,) = [t for t in doc if t.lower_ in {"géant", "groupe"}]
    found = (doc._.kg_coref or {}).get(noun.i)
    assert found is None or found.text == "Norvik"
    assert not states(triples, ("Lacto", "basedIn", "Rennes"))


#: An apposition's noun after its adjectives tells what the name is, so that a later
#: description with that noun means it, not the buyer.
DESCRIBED = {
    "Norvik, le géant du lait, absorbe Lacto, la petite coopérative normande. La "
    "coopérative, qui fabrique du beurre, a recruté Paul Morin. Son président, Marc Dupuis, "
    "a défendu l'opération.": (
        [("Lacto", "employs", "Paul Morin"), ("Marc Dupuis", "chairOf", "Lacto")],
        [("Norvik", "employs", "Paul Morin"), ("Marc Dupuis", "chairOf", "Norvik")],
    ),
    # a founder's past employer is named in passing: "l'entreprise" is still the topic
    "Kelvo, une jeune compagnie nantaise fondée par Léa Moreau et Paul Arnaud, veut relier "
    "Nantes à Lyon. Les deux fondateurs connaissent le métier. Lui était directeur "
    "commercial de Norvik avant de la rejoindre. L'entreprise a recruté Marc Dupuis en "
    "mars.": (
        [("Kelvo", "employs", "Marc Dupuis")],
        [("Norvik", "employs", "Marc Dupuis")],
    ),
}


@pytest.mark.model
@pytest.mark.parametrize("text", list(DESCRIBED), ids=[t[:40] for t in DESCRIBED])
def test_a_description_means_the_name_its_noun_described(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    stated, wrong = DESCRIBED[text]
    triples = analyse_passages(nlp, [text], "described")[text]
    got = [(t.subject.text, t.predicate, t.object.text) for t in triples]
    assert [fact for fact in stated if not states(triples, fact)] == [], got
    assert [fact for fact in wrong if states(triples, fact)] == [], got


#: A description of a company means the company in focus: never an inspection that
#: reports on it, and a name whose first word is a determiner ("Les Bons Voisins") is as
#: salient as any other.
IN_FOCUS = {
    # a founding stated of a description right after a sentence that brought in a company
    # (as a complement) is the newcomer's, not the topic's; with two newcomers, neither
    "Le groupe Ostral domine le marché du meuble. Ostral a racheté deux usines l'an dernier. "
    "Ostral emploie 900 personnes. Le mensuel Ouest Éco raconte aussi l'essor de Brivane. "
    "Cofondée en 2019 par Hugo Marchal, la jeune entreprise nantaise fabrique des tables.": (
        [("Hugo Marchal", "founderOf", "Brivane")],
        [("Hugo Marchal", "founderOf", "Ostral")],
    ),
    "Le groupe Ostral domine le marché du meuble. Ostral emploie 900 personnes. Il a signé "
    "un accord avec Brivane et Dulac. Fondée en 1990 par Hugo Marchal, la société vise "
    "l'Europe.": (
        [],
        [("Hugo Marchal", "founderOf", "Brivane"), ("Hugo Marchal", "founderOf", "Dulac")],
    ),
    # a name in a business park is a place, not the company the description means
    "Le conseil régional a vendu deux hectares du parc d'activités des Tanneries, à "
    "Vierzon, à Brivane. Fondée en 2019 par Hugo Marchal, la jeune entreprise fabrique des "
    "meubles.": (
        [("Hugo Marchal", "founderOf", "Brivane")],
        [("Hugo Marchal", "founderOf", "Tanneries")],
    ),
    # a share of "son capital" is held by the subject, in another company's capital
    "La start-up Brivane fabrique des meubles à Vierzon. Le fonds Azur Capital, qui détient "
    "15 % de son capital, garantit aussi ses emprunts.": (
        [("Azur Capital", "investsIn", "Brivane")],
        [],
    ),
    # a description followed by a quoted name names it: it refers to no one
    "La start-up Brivane s'installe à Vierzon. Paul Mercier, conseiller municipal du groupe "
    "« Vierzon autrement », s'est abstenu.": (
        [],
        [("Paul Mercier", "employeeOf", "Brivane"), ("Paul Mercier", "memberOf", "Brivane")],
    ),
    "L'Autorité de la concurrence enquête sur Les Bons Voisins, un réseau de crèches "
    "privées. Fondé en 2008 par Paul Mercier, le groupe a été racheté en 2019 par le fonds "
    "Azur Capital.": (
        [("Azur Capital", "acquires", "Les Bons Voisins"),
         ("Paul Mercier", "founderOf", "Les Bons Voisins")],
        [("Azur Capital", "acquires", "Autorité de la concurrence"),
         ("Paul Mercier", "founderOf", "Autorité de la concurrence")],
    ),
    "L'Inspection générale des finances (IGF) a publié un rapport sévère sur la mutuelle "
    "Vendôme Santé. Selon l'IGF, les comptes sont fragiles. L'IGF recommande un audit. Le "
    "groupe a racheté la clinique Beausoleil en 2021.": (
        [],
        [("IGF", "acquires", "Beausoleil"),
         ("Inspection générale des finances", "acquires", "Beausoleil")],
    ),
    # a seat given in a relative clause right after a takeover is the company taken over's
    # (the parser reads the bare object of "a racheté Y" as a modifier)
    "Le groupe Ostral a racheté Brivane. L'entreprise, dont le siège est à Quimperlé, "
    "emploie 40 personnes.": (
        [("Brivane", "basedIn", "Quimperlé")],
        [("Ostral", "basedIn", "Quimperlé")],
    ),
    "Brivane a été fondée en 1999 par Paul Roy. L'entreprise, dont le siège est toujours à "
    "Quimperlé, emploie 40 personnes.": (
        [("Brivane", "basedIn", "Quimperlé")],
        [("Paul Roy", "basedIn", "Quimperlé")],
    ),
    "Le groupe Ostral a racheté la société Brivane. Basée à Quimperlé, l'entreprise "
    "emploie 40 personnes.": (
        [("Brivane", "basedIn", "Quimperlé")],
        [("Ostral", "basedIn", "Quimperlé")],
    ),
    "Le groupe Ostral a racheté Brivane en mars. Il a aussi ouvert une usine. L'entreprise, "
    "dont le siège est à Quimperlé, emploie 400 personnes.": (
        [],
        [("Brivane", "basedIn", "Quimperlé")],
    ),
}


@pytest.mark.model
@pytest.mark.parametrize("text", list(IN_FOCUS), ids=[t[:40] for t in IN_FOCUS])
def test_a_business_description_means_the_company_in_focus(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    stated, wrong = IN_FOCUS[text]
    triples = analyse_passages(nlp, [text], "focus")[text]
    got = [(t.subject.text, t.predicate, t.object.text) for t in triples]
    assert [fact for fact in stated if not states(triples, fact)] == [], got
    assert [fact for fact in wrong if states(triples, fact)] == [], got


#: Question-and-answer interviews: "je" is the interviewee, "nous"/"notre" and a
#: question's "vous"/"vos" the organisation they speak for (never the interviewer's
#: outlet); "nous vivons" is a family, no company. An article quoting a "nous" of someone
#: else, with two questions in passing, is no interview.
INTERVIEWS = {
    "Drones des champs : Léa Moreau, présidente de Kelvo, se confie\n\n"
    "La start-up Kelvo conçoit depuis 2015 des drones pour les vignes. Sa dirigeante a "
    "répondu aux questions de Terres Hebdo.\n\n"
    "Terres Hebdo. Vous avez racheté Dronex cet été.\n\n"
    "Léa Moreau. Oui, et nous avons racheté Dronex pour ses brevets. Je suis née à Brest "
    "et j'y ai fait mes études.\n\n"
    "Et demain ?\n\n"
    "Nous ouvrirons un bureau à Madrid au printemps. Nous habitons à Rennes, avec nos "
    "trois enfants.\n\n"
    "Vos concurrents, Agrivol et Skyfarm, lèvent dix fois plus…\n\n"
    "L'argent ne fait pas tout.\n\n"
    "Et l'export ?\n\n"
    "Il progresse, mais nous restons prudents.\n": (
        [
            ("Kelvo", "acquires", "Dronex"),
            ("Léa Moreau", "bornIn", "Brest"),
            ("Kelvo", "opensOfficeIn", "Madrid"),
            ("Kelvo", "competitorOf", "Agrivol"),
        ],
        [
            ("Terres Hebdo", "acquires", "Dronex"),
            ("Kelvo", "residesIn", "Rennes"),
            ("Agrivol", "competitorOf", "Skyfarm"),
        ],
    ),
    "Entretien avec Paul Morin, fondateur de Dronex\n\n"
    "Paul Morin a fondé Dronex en 2012 à Nantes. Il a répondu à nos questions.\n\n"
    "— Vous avez vendu Dronex à Kelvo ?\n\n"
    "— Oui. Je suis né à Brest, et nous avons cédé l'entreprise à Kelvo en mars.\n\n"
    "— Et après ?\n\n"
    "— Je reste dans la région.\n": (
        [("Paul Morin", "bornIn", "Brest"), ("Dronex", "divestsTo", "Kelvo")],
        [],
    ),
    "Kelvo rachète Dronex\n\n"
    "La start-up Kelvo a racheté Dronex en mars. Qui sont les vendeurs ? Pourquoi "
    "maintenant ?\n\n"
    "« Nous avons ouvert un bureau à Madrid », a déclaré Paul Morin, un concurrent.\n": (
        [("Kelvo", "acquires", "Dronex")],
        [("Kelvo", "opensOfficeIn", "Madrid"), ("Dronex", "opensOfficeIn", "Madrid")],
    ),
}


@pytest.fixture(scope="module")
def interview_triples(nlp) -> dict[str, tuple[Triple, ...]]:  # type: ignore[no-untyped-def]
    return analyse_passages(nlp, INTERVIEWS, "interview")


@pytest.mark.model
@pytest.mark.parametrize("text", list(INTERVIEWS), ids=[t[:40] for t in INTERVIEWS])
def test_an_interview_speaks_for_its_interviewee_and_their_company(  # type: ignore[no-untyped-def]
    interview_triples, text: str
) -> None:
    stated, wrong = INTERVIEWS[text]
    triples = interview_triples[text]
    got = [(t.subject.text, t.predicate, t.object.text) for t in triples]
    assert [fact for fact in stated if not states(triples, fact)] == [], got
    assert [fact for fact in wrong if states(triples, fact)] == [], got


@pytest.mark.model
def test_an_interview_is_found_from_its_turns(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.entities.interview import find_interview
    from kg.nlp import parse

    texts = list(INTERVIEWS)
    documents = [Document(f"turns{i}", text) for i, text in enumerate(texts)]
    found = []
    for document, docs in parse(documents, nlp):
        analyse_chunks(document, docs, [])
        (doc,) = docs
        interview = find_interview(doc, doc._.kg_mentions)
        found.append(
            None
            if interview is None
            else (interview.speaker.text, getattr(interview.organisation, "text", None))
        )
    assert found == [("Léa Moreau", "Kelvo"), ("Paul Morin", "Dronex"), None]


#: A signed op-ed: "je" is the author the signature paragraph presents after (or before)
#: the body, "nous"/"notre" the organisation it names nearest them; the publisher's footer
#: after the signature ("Écrivez-nous") is nobody's. A first-person report with no
#: signature, or whose closing paragraph presents no one, resolves no "je".
SIGNED = {
    "POINT DE VUE. « Le livre a sa place au centre des villes »\n\n"
    "La dirigeante d'un réseau de librairies alsaciennes défend le commerce de proximité.\n\n"
    "Je suis née à Haguenau, dans une famille de vignerons. J'ai travaillé dix ans chez "
    "Hachette avant de reprendre la boutique de mes parents.\n\n"
    "Cette année, nous avons racheté la Papeterie Schaller, à Sélestat. Notre réseau compte "
    "désormais douze magasins.\n\n"
    "Je vis à Obernai avec mon mari, Luc Wendling, qui enseigne l'histoire.\n\n"
    "Claire Wendling est présidente du groupe Alsalivres.\n\n"
    "Les points de vue n'engagent que leurs auteurs. Vous souhaitez réagir ? Écrivez-nous.\n": (
        [
            ("Claire Wendling", "bornIn", "Haguenau"),
            ("Alsalivres", "acquires", "Papeterie Schaller"),
            ("Claire Wendling", "spouseOf", "Luc Wendling"),
            # ("je vis": a first-person form the model lemmatises as "voir")
            ("Claire Wendling", "residesIn", "Obernai"),
        ],
        [("Luc Wendling", "bornIn", "Haguenau")],
    ),
    "Carnet de route : une semaine chez les brasseurs\n\n"
    "Je suis arrivé à Rennes un lundi. J'ai d'abord visité la brasserie Ker Houblon.\n\n"
    "Le lendemain, je suis né à nouveau, ou presque, en goûtant leur bière d'orge.\n\n"
    "Paul Riou, le directeur du groupe Kerbière, prépare une levée de fonds.\n": (
        [],
        [("Paul Riou", "bornIn", "Rennes")],
    ),
}


#: A roundup of briefs, each opened by a label (a name, a place in capitals, a number):
#: a description means its own brief's entity, never another brief's; a brief naming no
#: organisation resolves none.
BRIEFS = {
    "Mouvements de la semaine\n\n"
    "Films de la Lune. Le studio Films de la Lune, basé à Rennes, nomme Marc Guillou "
    "directeur général. Le studio produit des séries pour la jeunesse.\n\n"
    "Studio Brumaire. Le studio d'animation de Lille, cofondé en 2012 par Paul Riou et Léa "
    "Marin, accueille une nouvelle productrice.\n\n"
    "QUIMPER. La société de jeux vidéo, créée en 2015 par Anne Kerval, ouvre un bureau à "
    "Nantes.\n": (
        [("Paul Riou", "cofounderOf", "Studio Brumaire")],
        [
            ("Paul Riou", "cofounderOf", "Films de la Lune"),
            ("Anne Kerval", "founderOf", "Films de la Lune"),
            ("Anne Kerval", "founderOf", "Studio Brumaire"),
            ("Studio Brumaire", "opensOfficeIn", "Nantes"),
        ],
    ),
    # a page of legal notices: each notice, opened by its kind in capitals, is its own
    # company's; a possessive in one never means the company of the notice before
    "Annonces légales\n\n"
    "CONSTITUTION\nDénomination : Garage Kerdoncuff. Siège social : Locminé. Gérance : "
    "Gwenaël Kerdoncuff. Durée : 99 ans.\n\n"
    "CESSION DE FONDS\nSuivant acte du 3 mars, la société Transports Jégo, dont le siège "
    "est à Baud, cède son fonds de commerce. Son gérant, Malo Jégo, reste associé.\n": (
        [
            ("Gwenaël Kerdoncuff", "leaderOf", "Garage Kerdoncuff"),
            ("Malo Jégo", "leaderOf", "Transports Jégo"),
        ],
        [("Malo Jégo", "leaderOf", "Garage Kerdoncuff")],
    ),
    # a fact-check: each paragraph opened by a quoted claim and its verdict speaks of what
    # the claim names, not of the company the page named most
    "Vrai ou faux : les promesses du maire sur le parc éolien\n\n"
    "« La société Ventalis construira les éoliennes. » VRAI. Ventalis a remporté l'appel "
    "d'offres, et Ventalis pilotera le chantier.\n\n"
    "« Les Danois sont partenaires. » VRAI. Le groupe Norrvind a signé avec Ventalis.\n\n"
    "« Dalmo fournira les câbles. » FAUX. Le câblier suédois, qui exploite une usine à "
    "Karlskrona, n'a signé aucun contrat.\n": (
        [("Dalmo", "presentIn", "Karlskrona")],
        [("Ventalis", "presentIn", "Karlskrona"), ("Norrvind", "presentIn", "Karlskrona")],
    ),
    # a digest of headed briefs: each heading line and its one paragraph are a brief, whose
    # description never means the company of the brief before
    "L'actualité des entreprises du Morbihan\n\n"
    "La société Garvel s'agrandit\n\n"
    "La société Garvel, installée à Pontivy, fabrique des portails.\n\n"
    "Travaux au port de Lorient\n\n"
    "Les quais seront rénovés cet hiver par la ville.\n\n"
    "Une nouvelle agence à Auray\n\n"
    "La banque a inauguré une agence à Auray.\n": (
        [("Garvel", "basedIn", "Pontivy")],
        [("Garvel", "opensOfficeIn", "Auray"), ("Garvel", "presentIn", "Auray")],
    ),
}

#: An article whose sections run longer than one paragraph is no digest: a description
#: of a later section still means the company the text is about.
SECTIONS = (
    "La coopérative Terravel mise sur le bio\n\n"
    "La coopérative Terravel, basée à Ploërmel, compte 300 adhérents.\n\n"
    "Une usine neuve\n\n"
    "La coopérative construit une usine. Les travaux dureront un an.\n\n"
    "Des recrutements\n\n"
    "La coopérative recrute vingt salariés. Elle forme aussi des apprentis.\n\n"
    "Un marché porteur\n\n"
    "La coopérative a racheté la laiterie Morvan. Le bio progresse.\n"
)


@pytest.mark.model
def test_sections_of_an_article_are_no_briefs(nlp) -> None:  # type: ignore[no-untyped-def]
    triples = analyse_passages(nlp, [SECTIONS], "sections")[SECTIONS]
    assert states(triples, ("Terravel", "acquires", "Morvan"))


@pytest.mark.model
@pytest.mark.parametrize("text", list(BRIEFS), ids=[t[:40] for t in BRIEFS])
def test_a_brief_speaks_of_its_own_label(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    stated, wrong = BRIEFS[text]
    triples = analyse_passages(nlp, [text], "brief")[text]
    got = [(t.subject.text, t.predicate, t.object.text) for t in triples]
    assert [fact for fact in stated if not states(triples, fact)] == [], got
    assert [fact for fact in wrong if states(triples, fact)] == [], got


#: A dated timeline: a verbless entry ("2023. Inauguration d'une usine à Cracovie") is the
#: topic's, the organisation the title names and the text names most; a text with two
#: organisations named as often, or verbless lines that are no timeline, have none.
TIMELINES = {
    "Kelvo, dix ans d'histoire\n\n"
    "Retour sur l'ascension de la start-up brestoise Kelvo.\n\n"
    "2019. Création de Kelvo à Brest par Léa Moreau.\n\n"
    "2023. Inauguration d'une usine à Cracovie, la première hors de France.\n\n"
    "2025. Rachat de la start-up Dronex.\n": (
        [("Kelvo", "opensOfficeIn", "Cracovie"), ("Kelvo", "acquires", "Dronex")],
        [],
    ),
    "La start-up Kelvo et le groupe Ostral, deux parcours\n\n"
    "2019. Création de la start-up Kelvo et du groupe Ostral.\n\n"
    "2023. Inauguration d'une usine à Cracovie.\n\n"
    "2025. Rachat de la start-up Dronex.\n": (
        [],
        [("Kelvo", "opensOfficeIn", "Cracovie"), ("Ostral", "opensOfficeIn", "Cracovie"),
         ("Kelvo", "acquires", "Dronex"), ("Ostral", "acquires", "Dronex")],
    ),
    "Kelvo en bref\n\n"
    "La start-up Kelvo recrute à Brest.\n\n"
    "Inauguration d'une usine à Cracovie : une rumeur.\n": (
        [],
        [("Kelvo", "opensOfficeIn", "Cracovie")],
    ),
}


@pytest.mark.model
@pytest.mark.parametrize("text", list(TIMELINES), ids=[t[:40] for t in TIMELINES])
def test_a_timeline_entry_is_its_topics(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    stated, wrong = TIMELINES[text]
    triples = analyse_passages(nlp, [text], "timeline")[text]
    got = [(t.subject.text, t.predicate, t.object.text) for t in triples]
    assert [fact for fact in stated if not states(triples, fact)] == [], got
    assert [fact for fact in wrong if states(triples, fact)] == [], got


@pytest.fixture(scope="module")
def signed_triples(nlp) -> dict[str, tuple[Triple, ...]]:  # type: ignore[no-untyped-def]
    return analyse_passages(nlp, SIGNED, "signed")


@pytest.mark.model
@pytest.mark.parametrize("text", list(SIGNED), ids=[t[:40] for t in SIGNED])
def test_a_signed_text_speaks_for_its_author_and_their_organisation(  # type: ignore[no-untyped-def]
    signed_triples, text: str
) -> None:
    stated, wrong = SIGNED[text]
    triples = signed_triples[text]
    got = [(t.subject.text, t.predicate, t.object.text) for t in triples]
    assert [fact for fact in stated if not states(triples, fact)] == [], got
    assert [fact for fact in wrong if states(triples, fact)] == [], got


@pytest.mark.model
def test_a_signed_text_is_found_from_its_signature(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.entities.interview import find_signed_text
    from kg.nlp import parse

    documents = [Document(f"sig{i}", text) for i, text in enumerate(SIGNED)]
    found = []
    for document, docs in parse(documents, nlp):
        analyse_chunks(document, docs, [])
        (doc,) = docs
        signed = find_signed_text(doc, doc._.kg_mentions)
        found.append(
            None
            if signed is None
            else (signed.speaker.text, getattr(signed.organisation, "text", None))
        )
    assert found == [("Claire Wendling", "Alsalivres"), None]


#: A letter or memo a news text quotes whole, closed by its signer's name: its "nous" and
#: "notre" are the company the signer heads.
LETTERS = {
    # a memo quoted whole, signed by the chief a possessive role presented: its "nous" and
    # "notre" are the company of the sentence before, not the ones named after the signer
    "Le fabricant de jouets Ludorama ferme son site de Vierzon. Dans un courriel envoyé "
    "lundi aux équipes, son directeur général, Hervé Campion, confirme la vente de l'usine "
    "au groupe Castelbois.\n\n"
    "« Chers collègues,\n\n"
    "Nous avons décidé de ne pas négocier avec Jouéco. Marbel Invest, notre actionnaire "
    "depuis 2020, nous soutient.\n\n"
    "Hervé Campion »\n\n"
    "Castelbois n'a pas répondu.\n": (
        [("Marbel Invest", "investsIn", "Ludorama")],
        [("Marbel Invest", "investsIn", "Castelbois")],
    ),
    # the same memo with no signature closing the quote: a quotation whose "nous" is
    # whoever speaks in it, not read as the chief's company
    "Le fabricant de jouets Ludorama ferme son site de Vierzon. Dans un courriel envoyé "
    "lundi aux équipes, son directeur général, Hervé Campion, confirme la vente de l'usine "
    "au groupe Castelbois.\n\n"
    "« Marbel Invest, notre actionnaire depuis 2020, nous soutient », dit un cadre.\n": (
        [],
        [("Marbel Invest", "investsIn", "Ludorama"), ("Marbel Invest", "investsIn", "Castelbois")],
    ),
}


@pytest.mark.model
@pytest.mark.parametrize("text", list(LETTERS), ids=[t[:40] for t in LETTERS])
def test_a_quoted_letter_speaks_for_its_signers_company(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    stated, wrong = LETTERS[text]
    triples = analyse_passages(nlp, [text], "letter")[text]
    got = [(t.subject.text, t.predicate, t.object.text) for t in triples]
    assert [fact for fact in stated if not states(triples, fact)] == [], got
    assert [fact for fact in wrong if states(triples, fact)] == [], got


@pytest.mark.model
def test_a_quoted_letter_is_found_from_its_signature(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.entities.interview import find_quoted_letter
    from kg.nlp import parse

    documents = [Document(f"letter{i}", text) for i, text in enumerate(LETTERS)]
    found = []
    for document, docs in parse(documents, nlp):
        analyse_chunks(document, docs, [])
        (doc,) = docs
        letter = find_quoted_letter(doc, doc._.kg_mentions)
        found.append(
            None
            if letter is None
            else (letter.speaker.text, getattr(letter.organisation, "text", None))
        )
    assert found == [("Hervé Campion", "Ludorama"), None]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "en" in a relative clause on a name is not that name: the company taken over
        ("Kelvo a annoncé lundi le rachat de Dronex. Le fonds Azur Capital, qui en détenait "
         "40 %, a cédé sa participation à Kelvo.", "Dronex"),
        # ... or nothing when the text took none over
        ("Kelvo a présenté ses résultats. Le groupe Norvik, qui en est actionnaire, a salué "
         "la performance.", None),
        # a person's relative clause still means the organisation in focus
        ("La start-up Kelvo a présenté ses résultats. Paul Morin, qui en est le directeur "
         "général, a salué la performance.", "Kelvo"),
    ],
)
def test_en_in_a_relative_clause_is_not_its_antecedent(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    from kg.nlp import parse

    ((document, docs),) = list(parse([Document("en", text)], nlp))
    analyse_chunks(document, docs, [])
    (doc,) = docs
    (en,) = [t for t in doc if t.lower_ == "en" and t.pos_ == "PRON"]
    found = (doc._.kg_coref or {}).get(en.i)
    assert getattr(found, "text", None) == expected


#: A birth or a home is a person's: a subject pronoun whose clause says one means the
#: person the text named, though the previous sentence's subject was a company.
PERSON_ONLY = {
    "La société Kelvo est dirigée par Paul Morin. Né à Brest, il vit à Rennes.": (
        [("Paul Morin", "bornIn", "Brest"), ("Paul Morin", "residesIn", "Rennes")],
        [("Kelvo", "residesIn", "Rennes"), ("Kelvo", "bornIn", "Brest")],
    ),
    "La société Kelvo est dirigée par Anne Morin. Elle vit à Lyon.": (
        [("Anne Morin", "residesIn", "Lyon")],
        [("Kelvo", "residesIn", "Lyon")],
    ),
    # another sense of "vivre", and a company's verb: the company stays
    "La société Kelvo est dirigée par Paul Morin. Elle vit une période difficile et "
    "emploie 40 salariés à Lyon.": (
        [],
        [("Paul Morin", "residesIn", "Lyon")],
    ),
}


@pytest.mark.model
@pytest.mark.parametrize("text", list(PERSON_ONLY), ids=[t[:40] for t in PERSON_ONLY])
def test_a_pronoun_born_or_living_somewhere_is_a_person(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    stated, wrong = PERSON_ONLY[text]
    triples = analyse_passages(nlp, [text], "person-only")[text]
    got = [(t.subject.text, t.predicate, t.object.text) for t in triples]
    assert [fact for fact in stated if not states(triples, fact)] == [], got
    assert [fact for fact in wrong if states(triples, fact)] == [], got


#: A description by a noun of a kind of its own (``l'école``, ``le club``, ``le
#: réseau``) means only an entity the text described so, and a generic one (``le
#: groupe``) never means such an entity.
KINDS = {
    "Le groupe Héliade possède déjà l'école Vega. En mars, Héliade a racheté l'école de "
    "commerce Novancia Business School. Fondée en 1990 par Marc Leroy, l'école forme 800 "
    "étudiants.": (
        [("Marc Leroy", "founderOf", "Novancia Business School")],
        [("Marc Leroy", "founderOf", "Vega"), ("Marc Leroy", "founderOf", "Héliade")],
    ),
    "L'école Vega a été rachetée par le fonds Héliade Partners. Le groupe a ouvert un "
    "bureau à Lyon.": (
        [],
        [("Vega", "opensOfficeIn", "Lyon")],
    ),
}


@pytest.mark.model
@pytest.mark.parametrize("text", list(KINDS), ids=[t[:40] for t in KINDS])
def test_a_description_of_a_kind_means_an_entity_of_that_kind(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    stated, wrong = KINDS[text]
    triples = analyse_passages(nlp, [text], "kinds")[text]
    got = [(t.subject.text, t.predicate, t.object.text) for t in triples]
    assert [fact for fact in stated if not states(triples, fact)] == [], got
    assert [fact for fact in wrong if states(triples, fact)] == [], got


@pytest.mark.model
@pytest.mark.xfail(
    reason="'le club' heads no description: a club is mostly named without the noun "
    "(l'US X), and another club the text called one would be taken instead",
    strict=True,
)
def test_le_club_means_the_club_just_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Paul Morin a racheté le club de rugby Stade Vert. Le club a signé un partenariat "
        "avec la coopérative Océalis."
    )
    triples = analyse_passages(nlp, [text], "club")[text]
    assert states(triples, ("Stade Vert", "partnerOf", "Océalis"))


#: Texts where a description means the company its context is about rather than the
#: text's topic (a takeover's target a few sentences back, the subject of the sentence
#: its relative clause hangs on): the facts it must give and those it must not.
NEARBY_ANTECEDENTS = {
    # the sentence between is about the company taken over: "la société" still means it
    # (and the fronted participle parsed as the root introduces the description)
    "Le distributeur Norvik poursuit ses acquisitions en Bretagne. Le groupe nantais a "
    "annoncé mardi le rachat de Talvane, une PME qui fabrique des voiles. Talvane a été "
    "créée en 1998 par Paul Ménard, qui préside toujours l'entreprise. Installée à Brest, "
    "la société emploie 80 personnes.": (
        [("Talvane", "basedIn", "Brest")],
        [("Norvik", "basedIn", "Brest")],
    ),
    # the sentence between is about the buyer: the company taken over is left behind
    "La coopérative Sylvane poursuit ses achats dans le Nivernais. Elle a annoncé lundi le "
    "rachat de Ferlac, une scierie qui fournit des charpentiers. Sylvane a été créée en "
    "1962 par des forestiers. Installée à Autun, la société emploie 400 personnes.": (
        [],
        [("Ferlac", "basedIn", "Autun")],
    ),
    # "il" is the price, not the buyer: the sentence names no company and the founding
    # next is still the company taken over's
    "Le chausseur Domérat a racheté Pellion, un atelier de maroquinerie. Le prix reste "
    "secret, mais il dépasserait 20 millions d'euros. Créée en 1998, la société "
    "est installée à Brioude.": (
        [("Pellion", "basedIn", "Brioude")],
        [("Domérat", "basedIn", "Brioude")],
    ),
    # a description in a relative clause: the company its sentence is about, not the
    # topic of the text
    "La start-up Brivelle vend des capteurs aux vignerons. Brivelle a ouvert un bureau à "
    "Mâcon. Le fabricant Ardenor a été fondé en 1990 par Luc Rivet, qui dirige toujours "
    "l'entreprise.": (
        [("Luc Rivet", "leaderOf", "Ardenor")],
        [("Luc Rivet", "leaderOf", "Brivelle")],
    ),
    # (the sentence's subject is a ministry, which no business noun means)
    "La start-up Brivelle vend des capteurs. Le ministère de l'Économie a reçu Paul Ménard, "
    "qui préside l'entreprise depuis 2010.": (
        [("Paul Ménard", "chairOf", "Brivelle")],
        [("Paul Ménard", "chairOf", "ministère de l'Économie")],
    ),
    # a description subject of the first clause: "il" is still the company
    "Le groupe Orvane a racheté la malterie Cresse l'an dernier, et il a ouvert un "
    "entrepôt à Lille en mars.": (
        [("Orvane", "opensOfficeIn", "Lille")],
        [],
    ),
}


@pytest.fixture(scope="module")
def nearby_triples(nlp) -> dict[str, tuple[Triple, ...]]:  # type: ignore[no-untyped-def]
    return analyse_passages(nlp, NEARBY_ANTECEDENTS, "nearby")


@pytest.mark.model
@pytest.mark.parametrize("text", list(NEARBY_ANTECEDENTS), ids=[t[:40] for t in NEARBY_ANTECEDENTS])
def test_a_description_means_the_company_its_context_is_about(nearby_triples, text: str) -> None:  # type: ignore[no-untyped-def]
    stated, wrong = NEARBY_ANTECEDENTS[text]
    triples = nearby_triples[text]
    got = [(t.subject.text, t.predicate, t.object.text) for t in triples]
    assert [fact for fact in stated if not states(triples, fact)] == [], got
    assert [fact for fact in wrong if states(triples, fact)] == [], got


@pytest.mark.model
def test_a_pronoun_coordinated_after_a_plain_noun_stands_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.nlp import parse

    text = (
        "Le groupe Orvane vend ses bières en Belgique. Le montant reste confidentiel, "
        "mais il atteindrait 20 millions d'euros."
    )
    ((document, docs),) = list(parse([Document("thing", text)], nlp))
    analyse_chunks(document, docs, default_extractors(), judged=False)
    (doc,) = docs
    (pronoun,) = [t for t in doc if t.text == "il"]
    assert pronoun.i not in (doc._.kg_coref or {})


#: A stressed pronoun after a preposition ("avec lui"): the most salient person or
#: organisation other than its clause's subject; the facts it must give and must not.
COMPLEMENT_PRONOUNS = {
    # the subject of the sentence before
    "La coopérative Sylvane vend du lait. Le groupe Arvel a approché Sylvane l'an dernier. "
    "Sylvane a refusé de négocier avec lui.": (
        [("Sylvane", "refusedNegotiationWith", "Arvel")],
        [],
    ),
    # the subject of an earlier clause of the same sentence
    "La coopérative Sylvane vend du lait. Le groupe Arvel a approché Sylvane en mai, mais "
    "Sylvane a refusé de négocier avec lui.": (
        [("Sylvane", "refusedNegotiationWith", "Arvel")],
        [],
    ),
    # no entity but the clause's own subject: nothing
    "La coopérative Sylvane a refusé de négocier avec lui.": (
        [],
        [("Sylvane", "refusedNegotiationWith", "Sylvane")],
    ),
}


@pytest.fixture(scope="module")
def complement_triples(nlp) -> dict[str, tuple[Triple, ...]]:  # type: ignore[no-untyped-def]
    return analyse_passages(nlp, COMPLEMENT_PRONOUNS, "complement")


@pytest.mark.model
@pytest.mark.parametrize(
    "text", list(COMPLEMENT_PRONOUNS), ids=[t[:40] for t in COMPLEMENT_PRONOUNS]
)
def test_a_pronoun_after_a_preposition_is_not_its_subject(complement_triples, text: str) -> None:  # type: ignore[no-untyped-def]
    stated, wrong = COMPLEMENT_PRONOUNS[text]
    triples = complement_triples[text]
    got = [(t.subject.text, t.predicate, t.object.text) for t in triples]
    assert [fact for fact in stated if not states(triples, fact)] == [], got
    assert [fact for fact in wrong if states(triples, fact)] == [], got


@pytest.mark.model
def test_a_pronoun_after_a_preposition_takes_no_person_of_unknown_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.nlp import parse

    text = "Camille Fontenelle a fondé la société Tervane. La banque Arvenne a travaillé avec lui."
    ((document, docs),) = list(parse([Document("stressed", text)], nlp))
    analyse_chunks(document, docs, default_extractors(), judged=False)
    (doc,) = docs
    (pronoun,) = [t for t in doc if t.text == "lui"]
    found = (doc._.kg_coref or {}).get(pronoun.i)
    assert found is None or found.text == "Tervane"
