"""Who a description, a pronoun or a possessive means across a text's discourse: a generic
description (``la start-up``) is no incubator, fund or union the text named; a prize
heading (``1er prix : X``) starts a new topic; a buyer noun (``l'acheteur``) is the deal's
party, never a person; a company has no kin (``sa fille``); a pronoun that says who spoke
a quotation (``« ... », a-t-elle déclaré``) is a person; ``en`` with a share (``X en
détient 20 %``) is not its holder; a phrase that opens a sentence (``Pour X, ...``) owns
the possessive of a subject that names no one; and an organisation's own text (a letter to
shareholders) says ``nous`` and ``votre groupe`` for the organisation its title names;
a bare description (``l'entreprise``) means the company the headline names, once the
lede's subject is it too, rather than a rival or a subsidiary named in passing (``sa
filiale, X``); a description of one country is no company placed in another; a share
held right after a deal is of the company sold; a script's bracketed label (``[Plateau]``)
names no one; inside a quotation no person is guessed for ``elle``; and a verb of saying
with a noun object is a deed.

Each text is a passage of my own writing, with the facts it states and look-alikes it must
not state.
"""

from __future__ import annotations

import pytest
from passages import Fact, passage_tests

pytestmark = pytest.mark.model

#: passage → (facts it states, facts it must not state).
PASSAGES: dict[str, tuple[list[Fact], list[Fact]]] = {
    # a generic description never means an organisation the text called by a noun of a
    # kind that is no business (an incubator, a union)
    "Le concours était organisé par l'incubateur Pépilab à Rennes. Cofondée en 2022 par "
    "Lise Carrouge et Noé Vidalie, la start-up rennaise fabrique des drones agricoles.": (
        [],
        [("Lise Carrouge", "founderOf", "Pépilab"), ("Pépilab", "basedIn", "Rennes")],
    ),
    "Le syndicat Solidaires Transports a appelé à la grève chez Kerlane. Fondée en 1990 par "
    "Hugo Ranc, la société exploite des autocars à Quimper.": (
        [],
        [("Hugo Ranc", "founderOf", "Solidaires Transports")],
    ),
    # a prize heading starts a new topic: each winner's description is its own
    "Trois jeunes entreprises ont été primées jeudi par l'accélérateur Galaxie à Lille.\n\n"
    "1er prix : la société Bravelle. Fondée en 2021 par Hugo Ranc, l'entreprise recycle des "
    "batteries.\n\n"
    "2e prix : la société Cortexa. Créée par Inès Morinel, la société conçoit des capteurs.\n\n"
    "3e prix : la société Ulmo, qui vend des vélos.": (
        [("Hugo Ranc", "founderOf", "Bravelle"), ("Inès Morinel", "founderOf", "Cortexa")],
        [("Inès Morinel", "founderOf", "Bravelle"), ("Hugo Ranc", "founderOf", "Galaxie")],
    ),
    # the buyer of a deal is no person a trade noun might describe
    "Le groupe Verdane a racheté la biscuiterie Ansquer. Fondée par Paul Ansquer, la "
    "biscuiterie emploie trente salariés. Le fonds Arvor Capital cède ses parts à "
    "l'acheteur.": (
        [],
        [("Arvor Capital", "divestsTo", "Paul Ansquer")],
    ),
    # a capitalised article opens the name after a description noun: no reference
    "La coopérative Brenn vend du sel à Vannes. Face au groupe Salvor, qui commercialise "
    "la marque La Perle, la coopérative résiste.": (
        [],
        [("Salvor", "makes", "Brenn")],
    ),
    # the apposed role noun gives the gender, adjectives between
    "La société Orvane publie ses comptes. Sa présidente, Claire Morin, a été réélue. Son "
    "directeur financier, Marc Pellan, a détaillé les chiffres. La dirigeante est née à "
    "Brest.": (
        [("Claire Morin", "bornIn", "Brest")],
        [("Marc Pellan", "bornIn", "Brest")],
    ),
    # the pronoun of a quotation's incise is a person's, not the company's
    "Anne Rivière, présidente de la société Talmé, a été réélue. Le fonds Corvis "
    "possède 30 % de Talmé. « Nous visons l'Espagne », a-t-elle déclaré à Nice-Matin.": (
        [("Anne Rivière", "quotedIn", "Nice-Matin")],
        [("Talmé", "quotedIn", "Nice-Matin"), ("Corvis", "quotedIn", "Nice-Matin")],
    ),
    # "en" of a share is not the holder's own
    "La distillerie Vaudrel produit du whisky à Cognac. Son actionnaire historique, la "
    "société Arlane, en détenait 60 % ; elle cède ses parts.": (
        [],
        [("Arlane", "investsIn", "Arlane")],
    ),
    # a phrase opening the sentence owns the possessive of a subject that names no one
    "Paul Girardot dirige la station depuis 2015. Pour la société Altiva, qui gère déjà "
    "quatre campings, ce rachat renforce sa position face au groupe Nevéa, le gestionnaire "
    "de Chamrousse.": (
        [("Altiva", "competitorOf", "Nevéa")],
        [("Paul Girardot", "competitorOf", "Nevéa")],
    ),
    # the company a headline names, once the lede's subject is it too, wins a bare
    # description over a rival the last sentences named in passing
    "Orvéa relève ses prévisions\n\n"
    "Le fabricant de cycles nantais Orvéa a publié jeudi ses résultats annuels. Sa "
    "présidente, Jeanne Arlaud, a reconnu que Cyclane, son grand concurrent, avait baissé "
    "ses prix. Cyclane, contrôlé par le fonds Ardent, « brade ses vélos », a-t-elle "
    "souligné. À l'automne, l'entreprise ouvrira trois boutiques à Gand.": (
        [("Orvéa", "opensOfficeIn", "Gand")],
        [("Cyclane", "opensOfficeIn", "Gand")],
    ),
    # a press review's headline names one of its stories: its lede speaks of another
    "Revue de presse : Orvéa s'offre un atelier, le vélo gagne Brest\n\n"
    "Le Courrier ouvre le bal : la société Cyclane, filiale du groupe Orvéa, va racheter "
    "l'atelier Vélonord. Fondée en 2001 par Marc Ollivier, la société emploie 40 "
    "personnes.": (
        [],
        [("Marc Ollivier", "founderOf", "Orvéa")],
    ),
    # a medium named after "Joint par" or the media noun of the one words go to
    "Le groupe Arvel a racheté la société Tolvane. Joint par Nice-Matin, Marc Olivier, "
    "président de Tolvane, confirme l'opération.": (
        [("Marc Olivier", "quotedIn", "Nice-Matin")],
        [("Arvel", "quotedIn", "Nice-Matin")],
    ),
    "Le groupe Arvel publie ses comptes. Sa présidente, Anne Morinel, a indiqué plus tard à "
    "l'agence Belga que le groupe « restera prudent sur les rachats ».": (
        [("Anne Morinel", "quotedIn", "Belga")],
        [],
    ),
    # a script's bracketed label names no one the text speaks of
    "[Plateau] La Tonnellerie Vasquier, installée à Cognac, change de mains.\n\n"
    "[Sujet] Dans l'atelier, les fûts sèchent. Créée par Émile Vasquier, l'entreprise "
    "exporte ses fûts en Écosse.": (
        [("Émile Vasquier", "founderOf", "Tonnellerie Vasquier")],
        [("Émile Vasquier", "founderOf", "Sujet"), ("Émile Vasquier", "founderOf", "Plateau")],
    ),
    # a verb of saying with a noun object tells of a deed: whom it goes to is no medium
    "D'après un délégué syndical, le groupe Arvel pourrait confier à Montbrison l'assemblage "
    "de ses pompes.": (
        [],
        [("Arvel", "quotedIn", "Montbrison")],
    ),
    # inside a quotation, "elle" may mean a thing it named: no person is guessed
    "Marion Lefort a cofondé la société Jeux d'Ombre. « Nous conservons la boutique des "
    "Halles. Elle vit désormais à Vierzon », confie-t-elle.": (
        [],
        [("Marion Lefort", "residesIn", "Vierzon")],
    ),
    # a description of one country is no company the text placed in another
    "Le groupe allemand Kordell a racheté la société Vinolor. L'entreprise française emploie "
    "80 personnes.": (
        [],
        [("Kordell", "basedIn", "France")],
    ),
    # a share held just after a deal is of the company sold; the rest of its capital too
    "Le groupe Kordell a annoncé l'acquisition de la société Vinolor, installée à Beaune. Le "
    "vendeur, le fonds bourguignon Sorvane Gestion, contrôlait jusque-là 85 % de l'entreprise. "
    "Les 15 % restants revenaient à son fondateur, Paul Merlier.": (
        [("Paul Merlier", "founderOf", "Vinolor")],
        [
            ("Sorvane Gestion", "investsIn", "Kordell"),
            ("Paul Merlier", "founderOf", "Sorvane Gestion"),
            ("Paul Merlier", "founderOf", "Kordell"),
        ],
    ),
}

extracted, test_passage_states_its_facts, test_passage_states_nothing_wrong = passage_tests(
    PASSAGES, "discourse"
)


#: An organisation's own text: a letter to its shareholders under a title that names it.
LETTER = (
    "Lettre aux actionnaires de Brovale Industries\n\n"
    "Madame, Monsieur,\n\n"
    "L'année 2025 a été celle de notre croissance. Votre groupe, dont le siège est à Annecy, "
    "exploite désormais quatre ateliers. La famille Terrier, qui a créé la société en "
    "1974, demeure notre principal actionnaire.\n\n"
    "Notre directeur général, Luc Arnal, a conduit ce plan. En 2027, nous ouvrirons à Albi "
    "une usine de panneaux, et notre groupe, membre de la fédération Bois Avenir, "
    "poursuivra ses investissements.\n\n"
    "Nous vous proposerons un dividende de 1,20 euro par action.\n\n"
    "Avec ma gratitude pour votre fidélité renouvelée."
)

#: A news report that quotes a company's words: its "nous" is inside the quotation, and
#: the newspaper's own "nous" is no company's.
REPORT = (
    "Brovale Industries ouvre une usine à Albi\n\n"
    "Le groupe savoyard Brovale Industries a confirmé l'ouverture d'une usine à Albi. "
    "« Nous voulons doubler la production », a déclaré son directeur, Luc Arnal.\n\n"
    "Contacté par nos soins, le syndicat Force Bois n'a pas répondu.\n\n"
    "La suite de ce reportage est offerte à nos lecteurs inscrits."
)


@pytest.fixture(scope="module")
def letters(nlp):  # type: ignore[no-untyped-def]
    from passages import analyse_passages

    return analyse_passages(nlp, [LETTER, REPORT], "letters")


def test_an_organisations_letter_says_nous_for_it(letters) -> None:  # type: ignore[no-untyped-def]
    """``nous``, ``notre groupe`` and ``votre groupe`` are the company the title names."""
    from passages import states

    triples = letters[LETTER]
    for fact in (
        ("Brovale Industries", "basedIn", "Annecy"),
        ("Luc Arnal", "ceoOf", "Brovale Industries"),
        ("Brovale Industries", "opensOfficeIn", "Albi"),
        ("Famille Terrier", "founderOf", "Brovale Industries"),
    ):
        assert states(triples, fact), fact
    assert not states(triples, ("Famille Terrier", "founderOf", "Bois Avenir"))


def test_a_news_report_is_no_organisations_own_text(letters) -> None:  # type: ignore[no-untyped-def]
    """Two paragraphs of the newspaper's ``nos`` make no corporate text."""
    from passages import states

    triples = letters[REPORT]
    assert not states(triples, ("Force Bois", "quotedIn", "Brovale Industries"))
    assert not any(t.provenance.mention in {"nos", "Nous"} for t in triples)


@pytest.mark.model
def test_a_company_has_no_kin(nlp) -> None:  # type: ignore[no-untyped-def]
    """``L'entreprise est gérée par sa fille``: not the company's daughter; whose, the
    clause does not say."""
    from test_coref_topic import _resolved

    resolved = _resolved(
        nlp,
        "La société Ravel Textiles a été fondée en 1970 par Louis Ravel. L'entreprise est "
        "gérée aujourd'hui par sa fille, Anne Ravel.",
    )
    assert resolved["sa"] == [None]


@pytest.mark.model
def test_a_subsidiary_named_through_a_possessive_is_no_bare_description(nlp) -> None:  # type: ignore[no-untyped-def]
    """``Sa filiale, X, ... L'entreprise``: the company the text is about, not X."""
    from test_coref_topic import _resolved

    resolved = _resolved(
        nlp,
        "La société Brenval fabrique des vélos à Lyon. Sa filiale de vente, Brenval "
        "Distribution, opère depuis Madrid. L'entreprise est membre de la fédération "
        "Cycles de France.",
    )
    assert resolved["entreprise"] == ["Brenval"]
