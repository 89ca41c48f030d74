"""shapes.ttl, kg.validate and ``kg validate``: well-formed graphs pass, each defect is named."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, SKOS, Dataset, Graph, Literal
from rdflib.namespace import PROV
from test_query import ENTITIES, FACTS, res, sample_dataset

from kg.cli import main
from kg.graph import load_graph
from kg.namespace import KGO
from kg.ontology import relations
from kg.validate import conformance, format_report, validate


def union(ds: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


@pytest.fixture
def graph() -> Graph:
    return union(sample_dataset())


def messages(graph: Graph) -> set[tuple[str | None, str]]:
    return {(v.label, v.message) for v in validate(graph).violations}


def test_sample_graph_conforms(graph: Graph) -> None:
    report = validate(graph)
    assert report.conforms, format_report(report)
    assert report.conformance == 1.0


def test_entity_without_label(graph: Graph) -> None:
    paris = res("entity", "place/paris")
    graph.remove((paris, RDFS.label, None))
    report = validate(graph)
    assert not report.conforms
    assert [(v.focus, v.path, v.message) for v in report.violations] == [
        ("kgr:entity/place/paris", "rdfs:label", "an entity has an rdfs:label")
    ]


def test_entity_without_class(graph: Graph) -> None:
    # Only a fact and its alternative labels still say this node is an entity.
    graph.remove((res("entity", "person/bob"), RDF.type, None))
    assert messages(graph) == {
        ("Bob", "an entity has a class under kgo:NamedEntity"),
        ("Bob", "subject of kgo:employeeOf is not in its domain (its class: none)"),
    }


def test_untyped_node_reached_only_by_a_fact_is_caught(graph: Graph) -> None:
    stranger = res("entity", "person/stranger")
    graph.add((stranger, KGO.employeeOf, res("entity", "org/openai")))
    labels_and_messages = {(v.focus, v.message) for v in validate(graph).violations}
    focus = "kgr:entity/person/stranger"
    assert (focus, "an entity has an rdfs:label") in labels_and_messages
    assert (focus, "an entity has a class under kgo:NamedEntity") in labels_and_messages


def test_subject_outside_domain(graph: Graph) -> None:
    # ceoOf: Person -> Organization; Paris is a City.
    graph.add((res("entity", "place/paris"), KGO.ceoOf, res("entity", "org/openai")))
    found = [v for v in validate(graph).violations if v.label == "Paris"]
    assert len(found) == 1
    assert found[0].message.startswith("subject of kgo:ceoOf is not in its domain")
    assert "kgo:City" in found[0].message


def test_object_outside_range(graph: Graph) -> None:
    # basedIn: Organization -> Place; Sam Altman is a Person.
    graph.add((res("entity", "org/openai"), KGO.basedIn, res("entity", "person/sam_altman")))
    found = [v for v in validate(graph).violations if v.label == "Sam Altman"]
    assert [v.message.split(" (")[0] for v in found] == [
        "object of kgo:basedIn is not in its range"
    ]


def test_union_domain_and_subclasses_are_accepted(graph: Graph) -> None:
    # investsIn has domain Person or Organization: a Person investing is fine, and a
    # MediaOrganization is an Organization.
    graph.add((res("entity", "person/bob"), KGO.investsIn, res("entity", "org/openai")))
    graph.set((res("entity", "org/microsoft"), RDF.type, KGO.MediaOrganization))
    report = validate(graph)
    assert report.conforms, format_report(report)


def test_assertion_without_evidence(graph: Graph) -> None:
    assertion = res("assertion", "a0")
    graph.remove((assertion, KGO.evidence, None))
    found = {v.message for v in validate(graph).violations if v.focus == "kgr:assertion/a0"}
    assert found == {
        "an assertion cites at least one well-formed kgo:Evidence",
        "an assertion has a document (kgo:evidence / prov:wasDerivedFrom)",
        "an assertion has a sentence (kgo:evidence / kgo:sentence)",
    }


def test_evidence_without_sentence_or_document(graph: Graph) -> None:
    evidence = res("evidence", "e3")
    graph.remove((evidence, KGO.sentence, None))
    graph.remove((evidence, PROV.wasDerivedFrom, None))
    found = {v.message for v in validate(graph).violations if v.focus == "kgr:evidence/e3"}
    assert "an evidence record has its kgo:sentence (a string)" in found
    assert "an evidence record is prov:wasDerivedFrom a kgo:Document" in found


def test_format_report_is_readable(graph: Graph) -> None:
    graph.add((res("entity", "place/paris"), KGO.ceoOf, res("entity", "org/openai")))
    text = format_report(validate(graph))
    assert text.splitlines()[0] == "does not conform: 1 violation"
    assert "Paris (kgr:entity/place/paris)" in text
    assert "ontology conformance (domain and range): 87.5%" in text


@pytest.mark.parametrize(
    ("subject", "name", "obj", "expected"),
    [
        ("person/bob", "bornIn", "place/paris", 1.0),  # Person -> Place
        ("place/paris", "bornIn", "place/redmond", 7 / 8),  # wrong domain
        ("person/bob", "bornIn", "org/openai", 7 / 8),  # wrong range
        ("org/openai", "partnerOf", "org/microsoft", 1.0),  # Company ⊑ Organization
    ],
)
def test_conformance(graph: Graph, subject: str, name: str, obj: str, expected: float) -> None:
    graph.add((res("entity", subject), KGO[name], res("entity", obj)))
    assert conformance(graph) == pytest.approx(expected)


def test_conformance_counts_untyped_ends_as_wrong(graph: Graph) -> None:
    graph.remove((res("entity", "place/redmond"), RDF.type, None))
    assert conformance(graph) == pytest.approx((len(FACTS) - 1) / len(FACTS))


def test_sample_uses_only_known_relations() -> None:
    assert {fact[1] for fact in FACTS} <= set(relations())
    assert all(cls for _, _, cls, _, _ in ENTITIES)


def test_cli_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ds = sample_dataset()
    good = tmp_path / "good.trig"
    ds.serialize(good, format="trig")
    assert main(["validate", str(good)]) == 0
    assert "conforms: no violations" in capsys.readouterr().out

    graph = load_graph(good)
    graph.remove((res("entity", "org/openai"), RDFS.label, None))
    graph.remove((res("entity", "org/openai"), SKOS.altLabel, Literal("OpenAI")))
    bad = tmp_path / "bad.ttl"
    graph.serialize(bad, format="turtle")
    assert main(["validate", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "does not conform: 1 violation" in out
    assert "kgr:entity/org/openai  rdfs:label: an entity has an rdfs:label" in out
