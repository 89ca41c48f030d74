"""kg.graph: the shape of the dataset, fusion of evidence, idempotence, reading graphs back."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from factories import (
    SENTENCE,
    assert_isomorphic,
    document,
    entity,
    fact,
    sample,
    with_confidence,
)
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV
from rdflib.term import Node

from kg.errors import ExtractionError, InputError, IRIError, OntologyError
from kg.graph import (
    SKOSXL,
    build_dataset,
    clean_text,
    document_iri,
    entity_iri,
    fuse,
    graph_quads,
    load_graph,
    summary,
    to_dataset,
    union_graph,
)
from kg.iri import digest, mint_iri
from kg.model import Document, Entity, Modality, Triple
from kg.namespace import KGO, WD
from kg.validate import conformance

SAM = entity_iri("person/sam_altman")
OPENAI = entity_iri("org/openai")
MICROSOFT = entity_iri("org/microsoft")
PARIS = entity_iri("place/paris")


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return build_dataset(*sample())


def assertion_of(ds: Dataset, s: Node, p: Node, o: Node) -> URIRef:
    return mint_iri("assertion", digest(s, p, o))


def confidence_of(ds: Dataset, s: Node, p: Node, o: Node) -> float:
    value = ds.value(assertion_of(ds, s, p, o), KGO.confidence)
    assert isinstance(value, Literal), f"no assertion for {s} {p} {o}"
    return float(value.toPython())


def evidences_of(ds: Dataset, s: Node, p: Node, o: Node) -> list[Node]:
    return list(ds.objects(assertion_of(ds, s, p, o), KGO.evidence))


# Shape ---------------------------------------------------------------------------------


def test_entities_are_typed_labelled_counted_and_linked(ds: Dataset) -> None:
    assert (SAM, RDF.type, KGO.Person) in ds
    assert (MICROSOFT, RDF.type, KGO.Company) in ds
    assert ds.value(SAM, RDFS.label) == Literal("Sam Altman")
    assert set(ds.objects(SAM, SKOS.altLabel)) == {Literal("Sam Altman"), Literal("Altman")}
    assert ds.value(SAM, KGO.mentionCount) == Literal(2, datatype=XSD.integer)
    assert (OPENAI, OWL.sameAs, WD["Q21708200"]) in ds
    assert ds.value(SAM, OWL.sameAs) is None


def test_each_surface_form_carries_its_mention_count(ds: Dataset) -> None:
    counts = {
        str(ds.value(label, SKOSXL.literalForm)): ds.value(label, KGO.mentionCount).toPython()
        for label in ds.objects(SAM, SKOSXL.altLabel)
    }
    aliases = dict(next(e for e in sample()[1] if e.key == "person/sam_altman").aliases)
    assert counts == aliases


def test_documents_carry_identifier_typed_date_title_and_source(ds: Dataset) -> None:
    d1, d2 = document_iri("d1"), document_iri("d2")
    assert (d1, RDF.type, KGO.Document) in ds
    assert ds.value(d1, DCTERMS.identifier) == Literal("d1")
    assert ds.value(d1, DCTERMS.date) == Literal("2024-05-14", datatype=XSD.date)
    assert ds.value(d2, DCTERMS.date) == Literal("2024-06", datatype=XSD.gYearMonth)
    assert ds.value(d1, DCTERMS.title) == Literal("OpenAI à Paris")
    assert ds.value(d2, DCTERMS.title) is None
    assert ds.value(d1, DCTERMS.source) == URIRef("https://example.org/news/d1")


def test_year_only_date_is_a_gyear() -> None:
    built = build_dataset([document("d", date="2023")], [], [])
    assert built.value(document_iri("d"), DCTERMS.date) == Literal("2023", datatype=XSD.gYear)


@pytest.mark.parametrize("bad", ["2024-13", "2024-02-30", "mai 2024", "24-05-01"])
def test_malformed_date_is_refused_naming_it(bad: str) -> None:
    with pytest.raises(InputError, match=bad):
        build_dataset([document("d", date=bad)], [], [])


def test_url_that_is_not_an_iri_is_kept_as_text() -> None:
    url = 'https://ex.org/a b"<script>'
    built = build_dataset([document("d", url=url)], [], [])
    assert built.value(document_iri("d"), DCTERMS.source) == Literal(url)


def test_each_fact_has_an_assertion_with_its_evidence(ds: Dataset) -> None:
    assertion = assertion_of(ds, SAM, KGO.cofounderOf, OPENAI)
    assert (assertion, RDF.type, KGO.Assertion) in ds
    assert ds.value(assertion, RDF.subject) == SAM
    assert ds.value(assertion, RDF.predicate) == KGO.cofounderOf
    assert ds.value(assertion, RDF.object) == OPENAI
    assert ds.value(assertion, KGO.confidence) == Literal(0.9, datatype=XSD.double)
    [evidence] = evidences_of(ds, SAM, KGO.cofounderOf, OPENAI)
    graph = ds.graph(document_iri("d1"))
    assert (evidence, RDF.type, KGO.Evidence) in graph
    assert graph.value(evidence, PROV.wasDerivedFrom) == document_iri("d1")
    assert str(graph.value(evidence, KGO.sentence)).startswith("Sam Altman, cofondateur")
    assert graph.value(evidence, KGO.sentenceIndex) == Literal(0, datatype=XSD.integer)
    assert graph.value(evidence, KGO.startChar) == Literal(0, datatype=XSD.integer)
    assert graph.value(evidence, KGO.endChar) == Literal(len(SENTENCE), datatype=XSD.integer)
    assert graph.value(evidence, KGO.extractor) == Literal("kg.apposition.v1")
    assert graph.value(evidence, KGO.modality) == KGO.Asserted
    assert graph.value(evidence, KGO.referringExpression) is None


def test_modality_and_referring_expression_are_recorded(ds: Dataset) -> None:
    [reported] = evidences_of(ds, OPENAI, KGO.opensOfficeIn, PARIS)
    graph = ds.graph(document_iri("d1"))
    assert graph.value(reported, KGO.modality) == KGO.Reported
    assert graph.value(reported, KGO.referringExpression) == Literal("l'entreprise")
    [hedged] = evidences_of(ds, OPENAI, KGO.basedIn, PARIS)
    assert ds.graph(document_iri("d2")).value(hedged, KGO.modality) == KGO.Hedged


def test_each_document_graph_holds_its_facts_and_evidence_only(ds: Dataset) -> None:
    names = {graph.identifier for graph in ds.graphs()} - {URIRef("urn:x-rdflib:default")}
    assert names == {document_iri("d1"), document_iri("d2")}
    assert all(str(name).endswith(("/d1", "/d2")) for name in names)
    d1, d2 = ds.graph(document_iri("d1")), ds.graph(document_iri("d2"))
    assert (SAM, KGO.cofounderOf, OPENAI) in d1
    assert (SAM, KGO.cofounderOf, OPENAI) not in d2
    assert (OPENAI, KGO.basedIn, PARIS) in d2
    partner = sorted([OPENAI, MICROSOFT], key=str)
    assert set(d2.subjects(RDF.type, KGO.Evidence)) == {
        *evidences_of(ds, OPENAI, KGO.basedIn, PARIS),
        *evidences_of(ds, partner[0], KGO.partnerOf, partner[1]),
    }
    # Nothing but facts and evidence records: no entity or document description.
    assert (SAM, RDFS.label, None) not in d1
    assert (document_iri("d1"), RDF.type, KGO.Document) not in d1


def test_plain_facts_are_not_in_the_default_graph(ds: Dataset) -> None:
    assert (SAM, KGO.cofounderOf, OPENAI) not in ds.graph(URIRef("urn:x-rdflib:default"))
    assert (SAM, KGO.cofounderOf, OPENAI) in union_graph(ds)


def test_prefixes_are_bound() -> None:
    built = build_dataset(*sample(), base="http://example.org/kg/")
    prefixes = {prefix: str(ns) for prefix, ns in built.namespaces()}
    assert prefixes["kgr"] == "http://example.org/kg/"
    for prefix in ("kgo", "owl", "skos", "prov", "dcterms", "wd"):
        assert prefix in prefixes
    assert "brick" not in prefixes


def test_base_iri_is_used_for_every_resource() -> None:
    built = union_graph(build_dataset(*sample(), base="http://example.org/kg/"))
    minted = {
        str(term)
        for triple in built
        for term in triple
        if isinstance(term, URIRef) and "/kg/resource/" in str(term)
    }
    assert minted == set()
    assert (
        entity_iri("org/openai", base="http://example.org/kg/"),
        RDF.type,
        KGO.Organization,
    ) in built


# Fusion --------------------------------------------------------------------------------


def test_two_extractors_raise_the_confidence_by_noisy_or() -> None:
    one = fact("org/openai", "basedIn", "place/paris", confidence=0.6)
    other = fact("org/openai", "basedIn", "place/paris", confidence=0.5, extractor="kg.frames.v1")
    built = build_dataset([document()], [], [one, other])
    assert confidence_of(built, OPENAI, KGO.basedIn, PARIS) == pytest.approx(0.8)
    assert len(evidences_of(built, OPENAI, KGO.basedIn, PARIS)) == 2


def test_two_sentences_are_independent_evidence() -> None:
    one = fact("org/openai", "basedIn", "place/paris", confidence=0.5)
    other = fact(
        "org/openai", "basedIn", "place/paris", confidence=0.5, sentence_index=4, start=200
    )
    built = build_dataset([document()], [], [one, other])
    assert confidence_of(built, OPENAI, KGO.basedIn, PARIS) == pytest.approx(0.75)


def test_the_same_evidence_twice_counts_once_with_its_best_confidence() -> None:
    one = fact("org/openai", "basedIn", "place/paris", confidence=0.5)
    built = build_dataset([document()], [], [one, with_confidence(one, 0.7), one])
    assert confidence_of(built, OPENAI, KGO.basedIn, PARIS) == pytest.approx(0.7)
    assert len(evidences_of(built, OPENAI, KGO.basedIn, PARIS)) == 1


def test_symmetric_relation_is_stored_once_and_fused() -> None:
    forward = fact("org/openai", "partnerOf", "org/microsoft", confidence=0.5)
    backward = fact("org/microsoft", "partnerOf", "org/openai", confidence=0.5, sentence_index=2)
    built = build_dataset([document()], [], [forward, backward])
    union = union_graph(built)
    facts = list(union.triples((None, KGO.partnerOf, None)))
    assert len(facts) == 1
    s, _, o = facts[0]
    assert str(s) < str(o)
    assert confidence_of(built, s, KGO.partnerOf, o) == pytest.approx(0.75)


def test_a_fact_between_an_entity_and_itself_is_dropped() -> None:
    # two names resolution made one thing (a body and its acronym, "l'Office des forêts (OdF)")
    loop = fact("org/openai", "competitorOf", "org/openai")
    kept = fact("org/openai", "basedIn", "place/paris")
    union = union_graph(build_dataset([document()], [], [loop, kept]))
    assert not list(union.triples((None, KGO.competitorOf, None)))
    assert (OPENAI, KGO.basedIn, PARIS) in union


def test_asymmetric_relation_keeps_its_direction() -> None:
    backward = fact("place/paris", "basedIn", "org/openai")
    union = union_graph(build_dataset([document()], [], [backward]))
    assert (PARIS, KGO.basedIn, OPENAI) in union


def test_fusion_does_not_depend_on_arrival_order() -> None:
    triples = [
        fact("org/openai", "basedIn", "place/paris", confidence=c, sentence_index=i, start=i * 50)
        for i, c in enumerate([0.1, 0.37, 0.93, 0.5, 0.21])
    ]
    forward = build_dataset([document()], [], triples)
    backward = build_dataset([document()], [], list(reversed(triples)))
    assert_isomorphic(union_graph(forward), union_graph(backward))


@pytest.mark.parametrize(
    ("confidences", "expected"),
    [([], 0.0), ([0.4], 0.4), ([0.5, 0.5], 0.75), ([1.0, 0.2], 1.0), ([0.0, 0.0], 0.0)],
)
def test_fuse(confidences: list[float], expected: float) -> None:
    assert fuse(confidences) == pytest.approx(expected)


def test_min_confidence_leaves_weak_facts_out_entirely() -> None:
    documents, entities, triples = sample()
    built = build_dataset(documents, entities, triples, min_confidence=0.7)
    union = union_graph(built)
    assert (SAM, KGO.cofounderOf, OPENAI) in union  # 0.9
    weak = sorted([OPENAI, MICROSOFT], key=str)
    assert (weak[0], KGO.partnerOf, weak[1]) not in union  # 0.6
    assert (assertion_of(built, weak[0], KGO.partnerOf, weak[1]), None, None) not in union
    evidence_count = len(list(union.subjects(RDF.type, KGO.Evidence)))
    assertion_count = len(list(union.subjects(RDF.type, KGO.Assertion)))
    assert evidence_count == assertion_count == 3
    # Entities stay described even when all their facts fall below the threshold.
    assert (MICROSOFT, RDF.type, KGO.Company) in union


def test_fused_confidence_can_pass_a_threshold_single_evidences_miss() -> None:
    weak = [
        fact("org/openai", "basedIn", "place/paris", confidence=0.5),
        fact("org/openai", "basedIn", "place/paris", confidence=0.5, extractor="kg.frames.v1"),
    ]
    union = union_graph(build_dataset([document()], [], weak, min_confidence=0.7))
    assert (OPENAI, KGO.basedIn, PARIS) in union


# Idempotence ---------------------------------------------------------------------------


def test_building_twice_gives_the_same_graph() -> None:
    first = build_dataset(*sample())
    second = build_dataset(*sample())
    assert_isomorphic(union_graph(first), union_graph(second))
    for name in (document_iri("d1"), document_iri("d2")):
        assert_isomorphic(first.graph(name), second.graph(name))


def test_duplicate_input_changes_nothing() -> None:
    documents, entities, triples = sample()
    once = build_dataset(documents, entities, triples)
    twice = build_dataset(documents * 2, entities * 2, triples * 2)
    assert_isomorphic(union_graph(once), union_graph(twice))


def test_assert_isomorphic_names_the_differences() -> None:
    documents, entities, triples = sample()
    full = union_graph(build_dataset(documents, entities, triples))
    less = union_graph(build_dataset(documents, entities, triples[1:]))
    with pytest.raises(AssertionError, match="cofounderOf"):
        assert_isomorphic(full, less)


# Refusals ------------------------------------------------------------------------------


def test_unknown_relation_is_refused() -> None:
    with pytest.raises(OntologyError, match="worksAt"):
        build_dataset([], [], [fact("person/a", "worksAt", "org/b")])


def test_unknown_class_is_refused() -> None:
    with pytest.raises(OntologyError, match="Spaceship"):
        build_dataset([], [entity("thing/x", cls="Spaceship")], [])


def test_unresolved_mention_is_refused() -> None:
    from dataclasses import replace

    triple = fact("person/a", "memberOf", "org/b")
    triple = replace(triple, subject=replace(triple.subject, entity=None))
    with pytest.raises(ExtractionError, match="not resolved"):
        build_dataset([], [], [triple])


@pytest.mark.parametrize("confidence", [-0.1, 1.5, float("nan")])
def test_confidence_outside_unit_interval_is_refused(confidence: float) -> None:
    with pytest.raises(ExtractionError, match="outside"):
        build_dataset([], [], [fact("person/a", "memberOf", "org/b", confidence=confidence)])


def test_malformed_qid_is_refused() -> None:
    with pytest.raises(IRIError, match="Q12 3"):
        build_dataset([], [entity("org/x", qid="Q12 3")], [])


def test_facts_about_undescribed_entities_are_kept_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    union = union_graph(build_dataset([], [], [fact("person/a", "memberOf", "org/b")]))
    assert (entity_iri("person/a"), KGO.memberOf, entity_iri("org/b")) in union
    assert "undescribed" in caplog.text


# Unicode -------------------------------------------------------------------------------


def test_lone_surrogates_become_replacement_characters() -> None:
    label = "Open\ud800AI"
    built = build_dataset([], [entity("org/x", label=label, aliases=((label, 1),))], [])
    stored = str(built.value(entity_iri("org/x"), RDFS.label))
    assert stored == "Open\ufffdAI"
    stored.encode("utf-8")  # would raise on a surrogate


@pytest.mark.parametrize(
    ("text", "expected"),
    [("plain", "plain"), ("é\ud83d\ude00", "é\U0001f600"), ("\udfff", "\ufffd"), ("", "")],
)
def test_clean_text(text: str, expected: str) -> None:
    assert clean_text(text) == expected


# Summary and loading -------------------------------------------------------------------


def test_summary_counts_entities_facts_and_documents(ds: Dataset) -> None:
    result = summary(ds)
    assert dict(result.entities) == {"Person": 1, "Organization": 1, "Company": 1, "City": 1}
    assert dict(result.facts) == {
        "cofounderOf": 1,
        "opensOfficeIn": 1,
        "partnerOf": 1,
        "basedIn": 1,
    }
    assert result.documents == 2
    assert (result.entity_count, result.fact_count) == (4, 4)


def test_summary_of_the_union_equals_summary_of_the_dataset(ds: Dataset) -> None:
    assert summary(union_graph(ds)) == summary(ds)


def _with_repeated_fact() -> tuple[list[Document], list[Entity], list[Triple]]:
    """The sample, with a second evidence of its first fact in the same document (another
    sentence): the fact's statement comes twice among the quads."""
    documents, entities, triples = sample()
    first = triples[0]
    again = replace(first, provenance=replace(first.provenance, sentence_index=7))
    return documents, entities, [*triples, again]


def test_statements_hold_what_the_dataset_holds() -> None:
    quads = graph_quads(*_with_repeated_fact())
    ds = build_dataset(*_with_repeated_fact())
    fact = (SAM, KGO.cofounderOf, OPENAI, document_iri("d1"))
    assert quads.quads.count(fact) == 2
    assert_isomorphic(union_graph(quads), union_graph(ds))
    assert set(to_dataset(quads).quads()) == set(ds.quads())
    assert summary(quads) == summary(ds)
    assert conformance(quads) == conformance(ds)
    assert dict(quads.prefixes) == {p: str(n) for p, n in ds.namespaces() if p}


def test_union_keeps_prefixes(ds: Dataset) -> None:
    prefixes = dict(union_graph(ds).namespaces())
    assert str(prefixes["kgo"]) == str(KGO._NS)


@pytest.mark.parametrize(
    ("suffix", "rdflib_format", "quads"),
    [
        (".ttl", "turtle", False),
        (".nt", "nt", False),
        (".trig", "trig", True),
        (".nq", "nquads", True),
        (".jsonld", "json-ld", True),
    ],
)
def test_load_graph_reads_each_format_as_the_union(
    tmp_path: Path, ds: Dataset, suffix: str, rdflib_format: str, quads: bool
) -> None:
    path = tmp_path / f"g{suffix}"
    source = ds if quads else union_graph(ds)
    source.serialize(destination=path, format=rdflib_format, encoding="utf-8")
    assert_isomorphic(load_graph(path), union_graph(ds))


def test_load_graph_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.ttl"):
        load_graph(tmp_path / "nope.ttl")


def test_load_graph_refuses_an_unknown_suffix(tmp_path: Path) -> None:
    path = tmp_path / "g.xml"
    path.write_text("<rdf/>")
    with pytest.raises(InputError, match=r"\.xml"):
        load_graph(path)


@pytest.mark.parametrize(
    ("suffix", "text"),
    [
        (".ttl", "<urn:a> <urn:b> ."),
        (".nt", "<urn:a> <urn:b> <urn:c>"),
        (".trig", "{ <urn:a> <urn:b> "),
        (".jsonld", "{not json"),
        (".nq", "<urn:a> . ."),
    ],
)
def test_load_graph_reports_parse_errors_with_the_file(
    tmp_path: Path, suffix: str, text: str
) -> None:
    path = tmp_path / f"broken{suffix}"
    path.write_text(text)
    with pytest.raises(InputError, match=f"broken\\{suffix}") as info:
        load_graph(path)
    assert info.value.__cause__ is not None
    assert str(info.value.__cause__)[:20] in str(info.value)


def test_load_graph_accepts_a_plain_graph_file(tmp_path: Path) -> None:
    graph = Graph()
    graph.add((URIRef("urn:a"), RDFS.label, Literal("a")))
    path = tmp_path / "g.ttl"
    graph.serialize(destination=path, format="turtle")
    assert_isomorphic(load_graph(path), graph)


def test_modalities_cover_the_enum() -> None:
    from kg.graph import MODALITY_TERMS

    assert set(MODALITY_TERMS) == set(Modality)
