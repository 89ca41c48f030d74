"""kg's salience coreference, end to end on the real model: pronouns, descriptions,
possessives, and the resolved words kept in the provenance."""

from __future__ import annotations

import pytest

from kg.entities.coref import Salience
from kg.extract import default_extractors
from kg.model import Document, Mention, Triple
from kg.pipeline import analyse_chunks

TEXTS = {
    "pronoun": "Safran est un motoriste français. Il rachète Zodiac Aerospace.",
    "complement": "Le groupe Safran a annoncé qu'il rachète Zodiac Aerospace.",
    "description": "Safran a publié ses résultats. L'entreprise rachète Zodiac Aerospace.",
    "accented": "Safran a publié ses résultats. La société rachète Zodiac Aerospace.",
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
            document, docs, default_extractors()
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
