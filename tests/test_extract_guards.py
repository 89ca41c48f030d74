"""Guards against classes of wrong facts: words that look like a fact's end and are not.

Each text is a short passage of my own writing: a farmer's or producer's trade with ``à``
before the town they work in (a town, no employer: ``producteur à X``), while the same trade
with ``chez`` names an employer; ``son`` the noun after an article (``l'ingénieur du son X``),
no possessive that would tie the person to the company named before; ``à`` after a
company's role (``la cession de la filiale X à Y``), a recipient's, never an owner's; a
deal noun an onlooker's verb governs (``l'Autorité examine le rachat de X par le groupe
Y``), whose agent is its ``par`` complement, never the verb's subject; a town that
completes a company's description (``le groupe de Vitré, numéro un de ...``), which holds
none of the company's roles; a stake given away (``cède sa participation au groupe Y``),
whose ``au`` names who receives it. Each passage states the facts listed with it and must
not state those listed as wrong. A business description (``la compagnie``,
``l'entreprise``) never means the news medium a statement was just made to.

All passages are parsed in one batch and analysed once per module.
"""

from __future__ import annotations

import pytest
from passages import passage_tests

pytestmark = pytest.mark.model

#: passage → (facts it states, facts it must not state); a fact is (subject, relation, object).
PASSAGES: dict[str, tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]] = {
    # a resident trade with "à": the town where the person works, not an employer
    "« Le prix du lait baisse encore », a déploré Jérôme Vuilleumier, producteur à "
    "Gletterens, qui a voté pour.": (
        [],
        [("Jérôme Vuilleumier", "employeeOf", "Gletterens")],
    ),
    "« Le prix baisse », a regretté Marc Favre, apiculteur à Vuisternens, qui a voté contre.": (
        [],
        [("Marc Favre", "employeeOf", "Vuisternens")],
    ),
    # the same trade with "chez": an employer
    "Jérôme Vuilleumier, producteur chez Films du Vallon, prépare un film.": (
        [("Jérôme Vuilleumier", "employeeOf", "Films du Vallon")],
        [],
    ),
    # "son" after an article is the noun (sound): no possessive of the company named before
    "Kelvio a racheté la société Sonora. Fondée en 2020 par Lucie Morel, une ancienne "
    "journaliste, et par l'ingénieur du son Hugo Perrin, Sonora compte 40 salariés.": (
        [("Kelvio", "acquires", "Sonora"), ("Lucie Morel", "founderOf", "Sonora")],
        [("Hugo Perrin", "employeeOf", "Kelvio"), ("Hugo Perrin", "employeeOf", "Sonora")],
    ),
    "Le groupe Kelvio a racheté Sonora. Présidé par Paul Girard, Kelvio emploie 300 "
    "personnes. Dans son studio, le technicien du son Hugo Perrin règle les micros.": (
        [("Paul Girard", "chairOf", "Kelvio")],
        [("Hugo Perrin", "employeeOf", "Kelvio")],
    ),
    # a possessive after a preposition alone stays one
    "Le groupe Kelvio recrute. Son directeur général, Paul Girard, vise 300 salariés.": (
        [("Paul Girard", "ceoOf", "Kelvio")],
        [],
    ),
    # "à" after a company's role is a recipient's, not its owner's
    "Dans une note adressée lundi à ses salariés, son président, Paul Girard, annonce la "
    "cession de la filiale Kervane Sud à Brivalis.": (
        [],
        [("Kervane Sud", "subsidiaryOf", "Brivalis")],
    ),
    "Le groupe a vendu sa filiale Orvia à Telmane en 2021.": (
        [],
        [("Orvia", "subsidiaryOf", "Telmane")],
    ),
    # the owner's "de" stays
    "Orvia, filiale du groupe Telmane, emploie 40 personnes.": (
        [("Orvia", "subsidiaryOf", "Telmane")],
        [],
    ),
    # a person's role with "à" still names the employer
    "« Nous tenons les délais », affirme Anne Roy, ingénieure à Kelvane.": (
        [("Anne Roy", "employeeOf", "Kelvane")],
        [],
    ),
    # a deal noun under an onlooker's verb: its agent is its own "par", never the subject
    "L'Autorité de la concurrence examine le rachat de Brivane par le groupe Kelvio.": (
        [("Kelvio", "acquires", "Brivane")],
        [("Autorité de la concurrence", "acquires", "Brivane")],
    ),
    "L'Autorité de la concurrence examine le rachat de Brivane.": (
        [],
        [("Autorité de la concurrence", "acquires", "Brivane")],
    ),
    "Le cabinet Ravel conseille Kelvio dans l'acquisition de Brivane.": (
        [],
        [("Ravel", "acquires", "Brivane")],
    ),
    "Le groupe Kelvio a étudié l'an dernier le rachat de Brivane, jugé trop cher.": (
        [],
        [("Kelvio", "acquires", "Brivane")],
    ),
    # a party's verb keeps its subject as the agent
    "Kelvio a finalisé l'acquisition de Brivane.": (
        [("Kelvio", "acquires", "Brivane")],
        [],
    ),
    # a town completing a company's description holds none of the company's roles
    "Le groupe de Montbéliard, numéro un mondial de la visserie, voit dans cet accord une "
    "chance.": (
        [],
        [("Montbéliard", "leaderIn", "visserie")],
    ),
    "Le fabricant de Vitré, leader européen des volets roulants, recrute 40 salariés.": (
        [],
        [("Vitré", "leaderIn", "volets roulants")],
    ),
    "Kelvio, numéro un mondial de la visserie, recrute.": (
        [("Kelvio", "leaderIn", "visserie")],
        [],
    ),
    # a stake given away: "au" names who receives it, in whom nothing is invested
    "Le fonds Vilaine Amorçage, qui détenait 30 % du capital de Kelvio, cède sa "
    "participation au groupe Brivane.": (
        [("Vilaine Amorçage", "divestsTo", "Brivane")],
        [("Vilaine Amorçage", "investsIn", "Brivane")],
    ),
}

extracted, test_passage_states_its_facts, test_passage_states_nothing_wrong = passage_tests(
    PASSAGES, "guards"
)


@pytest.mark.parametrize(
    ("text", "description"),
    [
        (
            "L'autorité a infligé une amende à Kelvair. « Nous ferons appel », a indiqué à "
            "l'AFP Paul Girard, directeur des opérations de Kelvair. La compagnie affronte "
            "Brivair à Lyon.",
            "compagnie",
        ),
        (
            "Kelvio a racheté Sonora. « C'est une étape », a confié au quotidien Le Courrier "
            "du Val Paul Girard. L'entreprise vise 300 salariés.",
            "entreprise",
        ),
    ],
)
def test_a_business_description_never_means_a_news_medium(nlp, text, description) -> None:  # type: ignore[no-untyped-def]
    from kg.extract import default_extractors
    from kg.model import Document
    from kg.nlp import parse
    from kg.pipeline import analyse_chunks

    ((document, docs),) = list(parse([Document("medium", text)], nlp))
    analyse_chunks(document, docs, default_extractors(), judged=False)
    (doc,) = docs
    (noun,) = [t for t in doc if t.lower_ == description]
    found = (doc._.kg_coref or {}).get(noun.i)
    assert found is None or found.cls != "MediaOrganization", found
