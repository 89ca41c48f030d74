"""The ontology file, its Python mirror and the reader in kg.ontology agree."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import OWL, RDF, RDFS, Literal, URIRef

from kg.errors import OntologyError
from kg.namespace import KGO
from kg.ontology import (
    classes,
    coarse_class,
    is_subclass,
    load_ontology,
    ontology_path,
    relation,
    relations,
)

# The relations the shared schema table requires, with exactly these local names.
SCHEMA_RELATIONS = (
    "founderOf", "cofounderOf", "foundedBy", "leaderOf", "ceoOf", "chairOf", "employeeOf",
    "memberOf", "subsidiaryOf", "acquires", "divestsTo", "investsIn", "partnerOf",
    "competitorOf", "opensOfficeIn", "basedIn", "presentIn", "locatedIn", "residesIn", "bornIn",
    "spouseOf", "productOf", "signed", "investigates", "fines", "quotedIn", "leaderIn",
    "organizesEventAt", "refusedNegotiationWith",
)  # fmt: skip

INVERSES = {
    "founderOf": "foundedBy",
    "employeeOf": "employs",
    "memberOf": "hasMember",
    "subsidiaryOf": "parentOf",
    "acquires": "acquiredBy",
    "investsIn": "fundedBy",
    "productOf": "makes",
    "signed": "signedBy",
    "investigates": "investigatedBy",
    "fines": "finedBy",
}

SYMMETRIC = {"partnerOf", "competitorOf", "spouseOf"}

ENTITY_CLASSES = (
    "Person", "Organization", "Company", "MediaOrganization", "GovernmentBody", "Place", "City",
    "Country", "Region", "Product", "Agreement", "Regulation", "Event", "Concept",
)  # fmt: skip


def _defined_terms() -> set[str]:
    """Local names of every kgo: IRI that is the subject of a triple in kg.ttl."""
    ns = str(KGO._NS)
    return {
        subject[len(ns) :]
        for subject in load_ontology().subjects(unique=True)
        if isinstance(subject, URIRef) and subject.startswith(ns)
    }


def test_every_defined_term_is_in_the_mirror() -> None:
    missing = _defined_terms() - set(KGO.__annotations__)
    assert not missing, f"defined in kg.ttl but not attributes of KGO: {sorted(missing)}"


def test_every_mirror_attribute_is_defined() -> None:
    undefined = set(KGO.__annotations__) - _defined_terms()
    assert not undefined, f"attributes of KGO not defined in kg.ttl: {sorted(undefined)}"


def test_mirror_is_closed() -> None:
    with pytest.raises(AttributeError, match="ceoof"):
        KGO.ceoof  # noqa: B018 (the attribute access is the test)


def test_every_used_kgo_term_is_defined() -> None:
    ns = str(KGO._NS)
    used = {
        term[len(ns) :]
        for triple in load_ontology()
        for term in triple
        if isinstance(term, URIRef) and term.startswith(ns)
    }
    assert used <= _defined_terms()


@pytest.mark.parametrize("name", SCHEMA_RELATIONS)
def test_schema_relation_is_defined(name: str) -> None:
    assert name in relations()
    assert (KGO[name], RDF.type, OWL.ObjectProperty) in load_ontology()


@pytest.mark.parametrize(("name", "inverse"), INVERSES.items())
def test_stated_inverses(name: str, inverse: str) -> None:
    assert relation(name).inverse == inverse
    assert relation(inverse).inverse == name


def test_inverses_are_mutual_and_swap_domain_and_range() -> None:
    for rel in relations().values():
        if rel.inverse is None:
            continue
        other = relation(rel.inverse)
        assert other.inverse == rel.name
        assert (other.domain, other.range) == (rel.range, rel.domain), rel.name


def test_symmetric_relations() -> None:
    assert {rel.name for rel in relations().values() if rel.symmetric} == SYMMETRIC
    for name in SYMMETRIC:
        assert relation(name).domain == relation(name).range


@pytest.mark.parametrize(
    ("name", "parent"),
    [("ceoOf", "leaderOf"), ("chairOf", "leaderOf"), ("cofounderOf", "founderOf")],
)
def test_subproperties(name: str, parent: str) -> None:
    assert parent in relation(name).parents
    assert name not in relation(parent).parents


def test_union_domain_is_read_as_its_members() -> None:
    assert relation("founderOf").domain == {"Person", "Organization"}
    assert relation("quotedIn").range == {"MediaOrganization"}


def test_domains_and_ranges_are_entity_classes() -> None:
    for rel in relations().values():
        for cls in rel.domain | rel.range:
            assert is_subclass(cls, "NamedEntity"), (rel.name, cls)


def test_bookkeeping_properties_are_not_relations() -> None:
    assert not {"evidence", "modality", "confidence"} & set(relations())


def test_every_term_has_english_and_french_labels() -> None:
    graph = load_ontology()
    for name in _defined_terms():
        languages = {
            label.language
            for label in graph.objects(KGO[name], RDFS.label)
            if isinstance(label, Literal)
        }
        assert {"en", "fr"} <= languages, name


def test_classes_and_relations_carry_both_labels() -> None:
    for cls in classes().values():
        assert cls.label_en and cls.label_fr, cls.name
    for rel in relations().values():
        assert rel.label_en and rel.label_fr, rel.name


@pytest.mark.parametrize(
    ("cls", "coarse"),
    [
        ("Company", "Organization"),
        ("MediaOrganization", "Organization"),
        ("GovernmentBody", "Organization"),
        ("City", "Place"),
        ("Country", "Place"),
        ("Region", "Place"),
        ("Person", "Person"),
        ("Regulation", "Regulation"),
        ("Concept", "Concept"),
    ],
)
def test_coarse_class(cls: str, coarse: str) -> None:
    assert coarse_class(cls) == coarse


def test_every_entity_class_has_a_coarse_class() -> None:
    for cls in ENTITY_CLASSES:
        assert is_subclass(cls, coarse_class(cls))


@pytest.mark.parametrize("cls", ["Document", "Evidence", "NamedEntity"])
def test_coarse_class_refuses_non_entity_classes(cls: str) -> None:
    with pytest.raises(OntologyError, match=cls):
        coarse_class(cls)


def test_bookkeeping_classes_extend_standard_ones() -> None:
    graph = load_ontology()
    prov_entity = URIRef("http://www.w3.org/ns/prov#Entity")
    assert (KGO.Document, RDFS.subClassOf, prov_entity) in graph
    assert (KGO.Evidence, RDFS.subClassOf, prov_entity) in graph
    assert (KGO.Assertion, RDFS.subClassOf, RDF.Statement) in graph
    for individual in (KGO.Asserted, KGO.Hedged, KGO.Reported):
        assert (individual, RDF.type, KGO.Modality) in graph


def test_is_subclass() -> None:
    assert is_subclass("City", "Place")
    assert is_subclass("Place", "Place")
    assert not is_subclass("Place", "City")
    assert not is_subclass("Person", "Organization")


def test_unknown_relation_is_named_in_the_error() -> None:
    with pytest.raises(OntologyError, match="'worksAt'"):
        relation("worksAt")


def test_unknown_class_is_named_in_the_error() -> None:
    with pytest.raises(OntologyError, match="'Startup'"):
        is_subclass("Startup", "Organization")


def test_parses_with_pyoxigraph_too() -> None:
    store = pyoxigraph.Store()
    store.load(path=str(ontology_path()), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(load_ontology())
    ceo = pyoxigraph.NamedNode(str(KGO.ceoOf))
    sub = pyoxigraph.NamedNode(str(RDFS.subPropertyOf))
    assert list(store.quads_for_pattern(ceo, sub, pyoxigraph.NamedNode(str(KGO.leaderOf))))


def test_ontology_header() -> None:
    graph = load_ontology()
    (header,) = graph.subjects(RDF.type, OWL.Ontology)
    assert graph.value(header, OWL.versionInfo) is not None
    assert graph.value(header, URIRef("http://purl.org/dc/terms/license")) is not None


def test_every_word_list_is_read_by_a_rule_and_an_unknown_one_is_named() -> None:
    import json
    import re

    from kg.lexicon import LEXICON_DIR, word_list

    data = json.loads((LEXICON_DIR / "words.json").read_text(encoding="utf-8"))
    lists = {name for name in data if name[0] != "_"}
    package = Path(__file__).parents[1] / "kg"
    read = {
        name
        for path in package.rglob("*.py")
        for name in re.findall(r'word_list\("(\w+)"\)', path.read_text(encoding="utf-8"))
    }
    assert lists == read  # no list left unread, none read that the file lacks
    assert all(word_list(name) for name in lists)
    with pytest.raises(OntologyError, match="'verbes_inconnus'"):
        word_list("verbes_inconnus")
