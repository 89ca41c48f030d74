"""What a sentence is about, for the pronouns and possessives of the next: the subject of
its main clause (not that of a complement or a relative clause), a name set off in
apposition to a subject noun (``Son président, X, a annoncé``), and a trade noun that a
name opens on (``la Cristallerie X`` → ``la cristallerie``, ``les Ateliers X`` →
``l'atelier``, ``la Maison X`` → ``la maison``) or that introduced it (``la maison X``),
but not a shareholder named in passing (``X détient 20 % du capital``) nor a name a noun
of no class introduces (``la tempête X``); whom one speaks to (``explique à X sa
directrice``) owns no role, a description followed by its own name refers to no one, and
``le réseau`` means a company unless the text called a thing so (``le réseau de
tramway``).

Each text is a passage of my own writing, with the facts it states and look-alikes it must
not state.
"""

from __future__ import annotations

import pytest
from passages import Fact, passage_tests

pytestmark = pytest.mark.model

#: passage → (facts it states, facts it must not state).
PASSAGES: dict[str, tuple[list[Fact], list[Fact]]] = {
    # a rival is a company's: the possessive owner is the company in view, not the person
    # the sentence before was about
    "La société Kelvo emploie trente salariés à Pau. Anne Roy en est la directrice depuis "
    "2019. Elle a grandi à Lyon. Son principal concurrent, Vorelle, vient de lever 5 "
    "millions d'euros.": (
        [("Vorelle", "competitorOf", "Kelvo")],
        [("Vorelle", "competitorOf", "Anne Roy")],
    ),
    # the subject of a relative clause is not what the sentence is about
    "Vassal emploie quarante salariés à Rodez. Elle a résisté à la crise laitière, que sa "
    "rivale Orval a mal traversée. Elle a racheté la société Ternel en 2019.": (
        [("Vassal", "acquires", "Ternel")],
        [("Orval", "acquires", "Ternel")],
    ),
    # nor that of a complement clause; the name set off after the subject noun is
    "Le groupe Brivane publie ses comptes. Son président, Luc Maréchal, a annoncé que Dorlys "
    "voulait racheter Ternel. Il a auparavant dirigé la société Ternel pendant dix ans.": (
        [("Luc Maréchal", "leaderOf", "Ternel")],
        [("Dorlys", "leaderOf", "Ternel")],
    ),
    # a trade noun opening a name is what the description of that trade means
    "Fondée en 1902 par Jules Morand, la Cristallerie Montval emploie 80 personnes à Nancy, "
    "où le groupe Ardane a une usine. La cristallerie a racheté la société Tervel en 2020.": (
        [("Cristallerie Montval", "acquires", "Tervel")],
        [("Ardane", "acquires", "Tervel")],
    ),
    "Le groupe Ardane, qui fabrique des bouteilles, vend ses produits en Europe. Rochebrune, "
    "une papeterie fondée en 1880 par Henri Barral, emploie 200 personnes. La papeterie a "
    "racheté la société Tervel en 2020.": (
        [("Rochebrune", "acquires", "Tervel")],
        [("Ardane", "acquires", "Tervel")],
    ),
    # a name's trade word rules out no other noun: a glassworks is a maker
    "La Verrerie du Lac produit des flacons à Arques. Le fabricant a racheté la société "
    "Tervel en 2020.": (
        [("Verrerie du Lac", "acquires", "Tervel")],
        [],
    ),
    # whom one speaks to owns none of the speaker's roles
    "Le réseau Brivane compte neuf agences. « Il nous manque douze menuisiers », confie à "
    "Pôle Atlantique sa directrice des ressources humaines, Claire Jolivet.": (
        [("Claire Jolivet", "employeeOf", "Brivane")],
        [("Claire Jolivet", "employeeOf", "Pôle Atlantique")],
    ),
    # entrusted is not said: the person entrusted holds no role in herself
    "Le groupe Ardane ouvre un laboratoire à Rennes. Sa direction a été confiée à Julie "
    "Perrin, une chercheuse passée par le CNRS.": (
        [],
        [("Julie Perrin", "leaderOf", "Ardane")],
    ),
    # a shareholder named in passing is not whose director the next sentence names
    "Le groupe Ornal exploite douze hôtels en Bretagne. La banque Kervel détient 20 % du "
    "capital. Son directeur général, Paul Nédélec, prépare une cotation en Bourse.": (
        [("Paul Nédélec", "ceoOf", "Ornal")],
        [("Paul Nédélec", "ceoOf", "Kervel")],
    ),
    # a description followed by its own name (after adjectives, one the tagger took for
    # a name) refers back to no one
    "Les salariés d'Ornal ont voté la grève avec le syndicat Sud Hôtels. Ornal appartient "
    "depuis 2019 au groupe familial vendéen Kervelen, qui possède aussi trois campings.": (
        [],
        [("Ornal", "subsidiaryOf", "Sud Hôtels")],
    ),
    # a name NER left untyped, the main clause's subject, is what "elle" next means
    "Ondivia, fondée en 2018 par Paul Girard, a obtenu 9 millions d'euros de Bpifrance. "
    "Elle ouvrira une usine de recyclage à Martigues en 2029.": (
        [("Ondivia", "opensOfficeIn", "Martigues")],
        [
            ("Bpifrance", "opensOfficeIn", "Martigues"),
            ("Paul Girard", "opensOfficeIn", "Martigues"),
        ],
    ),
    # a name a common noun of no class introduces ("la tempête X") is no company
    "La pluie n'a pas cessé de la nuit. Sur l'île de Ré, la tempête Zélie a couché les vignes "
    "de Pomarel, le domaine qui y produit du pineau. « La vendange est compromise », a dit au "
    "Télégramme le directeur général de l'entreprise, Marc Guillou.": (
        [("Marc Guillou", "ceoOf", "Pomarel")],
        [("Marc Guillou", "ceoOf", "Zélie")],
    ),
    # an agent noun unknown to the lexicons ("le saunier") introduces a business
    "Le saunier Kerbras, installé à Paimpol, a perdu deux bassins. Son gérant, Yann Le "
    "Goff, réclame des aides.": (
        [("Yann Le Goff", "leaderOf", "Kerbras")],
        [],
    ),
    # "le réseau" refers back to the network of shops the text named
    "Le réseau Vitalis fédère quarante pharmacies en Anjou. Le réseau, dont le siège est à "
    "Angers, ouvrira une agence à Segré l'été prochain.": (
        [("Vitalis", "basedIn", "Angers"), ("Vitalis", "opensOfficeIn", "Segré")],
        [],
    ),
    # a description the tagger read as a name ("l'enseigne" as a proper noun) still refers
    "La société marocaine Atlasia gère quinze salons de thé à Rabat. Créée en 2009 à Salé "
    "par Nadia Berrada, ancienne cadre de Lesieur Maroc, l'enseigne s'est imposée auprès des "
    "étudiants. Elle a racheté la société Menthe Plus en 2021.": (
        [("Atlasia", "acquires", "Menthe Plus"), ("Nadia Berrada", "founderOf", "Atlasia")],
        [("Lesieur Maroc", "acquires", "Menthe Plus")],
    ),
    # the employer of a career told with "chez" is named in passing, not the topic, even
    # when the text names it again later (the rival)
    "Varenne Cargo, une jeune compagnie nantaise cofondée en 2021 par Léa Morel et Paul Roy, "
    "a obtenu lundi une licence. Les deux fondateurs connaissent bien le métier. Elle a passé "
    "dix ans chez Geodis Rail, où elle a dirigé les ventes ; lui était directeur de Transdev. "
    "Pour financer ses locomotives, l'entreprise a bouclé une levée de fonds menée par le "
    "fonds Kerria. Son concurrent direct restera Geodis Rail, filiale du groupe Geodis.": (
        [
            ("Kerria", "investsIn", "Varenne Cargo"),
            ("Geodis Rail", "competitorOf", "Varenne Cargo"),
        ],
        [("Kerria", "investsIn", "Geodis Rail")],
    ),
    # "la maison" is the organisation whose name opens with it, or that the noun
    # introduced, not the buyer that was the subject before
    "Le groupe Kelvo a racheté la Maison Dethier. Joseph Dethier a fondé la maison en 1962.": (
        [("Joseph Dethier", "founderOf", "Maison Dethier")],
        [("Joseph Dethier", "founderOf", "Kelvo")],
    ),
    "Le groupe Kelvo a racheté la maison Dethier. La maison est membre de l'Union des "
    "boulangers de Liège.": (
        [("Dethier", "memberOf", "Union des boulangers de Liège")],
        [("Kelvo", "memberOf", "Union des boulangers de Liège")],
    ),
    # the singular of a plural name's noun names it ("les Ateliers X ... l'atelier"); a
    # name that opens with the noun wins over one the noun introduced in passing
    "Les Ateliers Morvan fabriquent des vitraux à Chartres. L'atelier est membre de la "
    "Fédération des métiers d'art.": (
        [("Ateliers Morvan", "memberOf", "Fédération des métiers d'art")],
        [],
    ),
    "La Moutarderie Vaucher a été fondée en 1921 par Eugène Vaucher, un ancien ouvrier de "
    "la moutarderie Grelot. La moutarderie est membre de l'Association des moutardiers.": (
        [("Moutarderie Vaucher", "memberOf", "Association des moutardiers")],
        [("Grelot", "memberOf", "Association des moutardiers")],
    ),
}

extracted, test_passage_states_its_facts, test_passage_states_nothing_wrong = passage_tests(
    PASSAGES, "topic"
)


def _resolved(nlp, text: str) -> dict[str, list[str | None]]:  # type: ignore[no-untyped-def]
    """Each word of a one-chunk text → what coreference resolved each occurrence to."""
    from kg.extract import default_extractors
    from kg.model import Document
    from kg.nlp import parse
    from kg.pipeline import analyse_chunks

    ((document, docs),) = list(parse([Document("topic-coref", text)], nlp))
    analyse_chunks(document, docs, default_extractors(), judged=False)
    (doc,) = docs
    found: dict[str, list[str | None]] = {}
    for token in doc:
        antecedent = doc._.kg_coref.get(token.i)
        found.setdefault(token.lower_, []).append(antecedent.text if antecedent else None)
    return found


@pytest.mark.model
def test_name_set_off_after_the_subject_owns_its_possessive(nlp) -> None:  # type: ignore[no-untyped-def]
    """``Le vendeur, le fonds X, cède ses parts``: ``ses`` is X's."""
    resolved = _resolved(
        nlp,
        "Le vendeur, le fonds Mirabel Gestion, actionnaire depuis 2011, cède la totalité "
        "de ses actions à Brivane.",
    )
    assert resolved["ses"] == ["Mirabel Gestion"]


@pytest.mark.model
def test_a_network_the_text_called_a_thing_is_no_company(nlp) -> None:  # type: ignore[no-untyped-def]
    """``le réseau de tramway``, then ``le réseau``: the tramway network, not its operator."""
    resolved = _resolved(
        nlp,
        "La société Voltra exploite le réseau de bus de Nancy depuis 2016. Le réseau, qui "
        "dessert aussi Vandœuvre, gagnera l'an prochain une ligne vers Laxou.",
    )
    assert resolved["réseau"] == [None, None]


def test_a_tie_goes_to_the_entity_named_last() -> None:
    """Two entities as salient: the one named last, whatever their names' order."""
    from kg.entities.coref import Salience
    from kg.model import Mention

    for first, last in (("Zorvane", "Arvel"), ("Arvel", "Zorvane")):
        salience = Salience()
        salience.add(Mention(first, "Company", 0, 7), subject=False)
        salience.add(Mention(last, "Company", 20, 27), subject=False)
        found = salience.best(frozenset({"Organization"}))
        assert found is not None and found.text == last
