"""End to end on the bundled sample article, with the real model, through the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.cli import main, make_parser
from kg.graph import load_graph
from kg.namespace import KGO
from kg.text import match_key

pytestmark = pytest.mark.model

EVIDENCE_QUERY = """
PREFIX kgo: <https://w3id.org/kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?sentence ?doc ?extractor ?confidence WHERE {
  ?s rdfs:label ?sl . ?o rdfs:label ?ol .
  ?a a kgo:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kgo:evidence ?e .
  ?e kgo:sentence ?sentence ; prov:wasDerivedFrom ?doc ; kgo:extractor ?extractor ;
     kgo:confidence ?confidence .
}
"""


@pytest.fixture(scope="module")
def graph(sample_build: Path) -> Graph:
    return load_graph(sample_build / "graph.ttl")


def _entities(graph: Graph, label: str) -> list[URIRef]:
    return [
        s for s, o in graph.subject_objects(RDFS.label) if match_key(str(o)) == match_key(label)
    ]


def test_build_writes_every_output(sample_build: Path) -> None:
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "graph.html"):
        assert (sample_build / name).stat().st_size > 0, name


@pytest.mark.parametrize(
    "name,fmt", [("graph.ttl", "turtle"), ("graph.trig", "trig"), ("graph.jsonld", "json-ld")]
)
def test_exports_parse_back_in_rdflib_and_oxigraph(sample_build: Path, name: str, fmt: str) -> None:
    path = sample_build / name
    parsed = Dataset()
    parsed.parse(path, format=fmt)
    assert len(parsed) > 0 or sum(1 for _ in parsed.quads()) > 0
    mime = {
        "turtle": ox.RdfFormat.TURTLE,
        "trig": ox.RdfFormat.TRIG,
        "json-ld": ox.RdfFormat.JSON_LD,
    }[fmt]
    assert sum(1 for _ in ox.parse(path=str(path), format=mime)) > 0


def test_openai_is_one_organisation_node(graph: Graph) -> None:
    nodes = _entities(graph, "OpenAI")
    assert len(nodes) == 1
    assert (nodes[0], RDF.type, KGO.Organization) in graph or any(
        str(t).endswith(("Company", "Organization")) for t in graph.objects(nodes[0], RDF.type)
    )


def test_no_heading_or_date_entity(graph: Graph) -> None:
    assert not _entities(graph, "Défis réglementaires et concurrence internationale")
    assert not any("2024-10" in str(o) for o in graph.objects(None, RDFS.label))


def test_document_date_is_metadata(graph: Graph) -> None:
    dates = {str(o) for o in graph.objects(None, DCTERMS.date)}
    assert dates == {"2024-10"}


def test_key_facts_with_traceable_evidence(graph: Graph) -> None:
    openai, paris = _entities(graph, "OpenAI")[0], _entities(graph, "Paris")[0]
    sam = _entities(graph, "Sam Altman")[0]
    assert (openai, KGO.opensOfficeIn, paris) in graph
    assert (sam, KGO.cofounderOf, openai) in graph
    rows = list(
        graph.query(EVIDENCE_QUERY, initBindings={"s": sam, "p": KGO.cofounderOf, "o": openai})
    )
    assert rows, "the fact has no evidence record"
    sentence, doc, extractor, confidence = rows[0]
    assert "cofondateur d'OpenAI" in str(sentence)
    assert str(doc).endswith("openai_paris_fr")
    assert str(extractor).startswith("kg.")
    assert 0 < float(confidence) <= 1


def test_evidence_offsets_point_at_the_sentence(graph: Graph, sample_path: Path) -> None:
    from kg.io import read_text_file

    text = read_text_file(sample_path).text
    evidences = list(graph.subjects(RDF.type, KGO.Evidence))
    assert evidences
    for evidence in evidences:
        start = int(graph.value(evidence, KGO.startChar))
        end = int(graph.value(evidence, KGO.endChar))
        assert text[start:end] == str(graph.value(evidence, KGO.sentence))
        assert (evidence, PROV.wasDerivedFrom, None) in graph


def test_resolved_mention_kept_in_provenance(graph: Graph) -> None:
    referring = {str(o) for o in graph.objects(None, KGO.referringExpression)}
    assert any(match_key(r) in {"entreprise", "son", "start-up californienne"} for r in referring)


def test_rebuild_is_isomorphic(sample_build: Path, tmp_path: Path) -> None:
    from rdflib.compare import graph_diff, isomorphic, to_isomorphic

    assert main(["build", "--out", str(tmp_path)]) == 0
    first, second = load_graph(sample_build / "graph.ttl"), load_graph(tmp_path / "graph.ttl")
    if not isomorphic(first, second):
        _, only_first, only_second = graph_diff(to_isomorphic(first), to_isomorphic(second))
        pytest.fail(f"rebuild differs:\n{only_first.serialize()}\n---\n{only_second.serialize()}")


def test_min_confidence_filters_facts(sample_build: Path, tmp_path: Path) -> None:
    assert main(["build", "--out", str(tmp_path), "--min-confidence", "0.99"]) == 0
    graph = load_graph(tmp_path / "graph.ttl")
    fused = [float(graph.value(a, KGO.confidence)) for a in graph.subjects(RDF.type, KGO.Assertion)]
    assert all(c >= 0.99 for c in fused)
    everything = load_graph(sample_build / "graph.ttl")
    assert len(fused) < len(list(everything.subjects(RDF.type, KGO.Assertion)))


def test_the_judge_changes_confidences_not_facts(sample_build: Path, tmp_path: Path) -> None:
    assert main(["build", "--out", str(tmp_path), "--no-judge", "--quiet"]) == 0

    def facts(graph: Graph) -> set[tuple[object, object, object]]:
        return {
            (graph.value(a, RDF.subject), graph.value(a, RDF.predicate), graph.value(a, RDF.object))
            for a in graph.subjects(RDF.type, KGO.Assertion)
        }

    judged, raw = load_graph(sample_build / "graph.ttl"), load_graph(tmp_path / "graph.ttl")
    assert facts(judged) == facts(raw)

    def confidences(graph: Graph) -> list[object]:
        return sorted(graph.objects(None, KGO.confidence))

    assert confidences(judged) != confidences(raw)
    # judged evidences keep the extractor's own confidence beside the judge's
    evidences = list(judged.subjects(RDF.type, KGO.Evidence))
    assert evidences
    assert all(judged.value(e, KGO.extractorConfidence) is not None for e in evidences)
    assert not list(raw.subject_objects(KGO.extractorConfidence))


def test_build_prints_summary(
    sample_build: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["build", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "graph.ttl" in out and "entities:" in out and "facts:" in out and "opensOfficeIn" in out
    assert "ontology conformance (domain and range): 100.0%" in out


def test_help_lists_every_command() -> None:
    text = make_parser().format_help()
    for command in ("build", "eval"):
        assert command in text


def test_bad_base_iri_is_a_clear_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["build", "--out", str(tmp_path), "--base-iri", "not an iri"]) == 2
    assert "base IRI" in capsys.readouterr().err
    assert not (tmp_path / "graph.ttl").exists()


def test_literal_labels_are_plain(graph: Graph) -> None:
    labels = list(graph.objects(None, RDFS.label))
    assert all(isinstance(label, Literal) for label in labels)


def test_sample_graph_conforms_to_the_shapes(graph: Graph) -> None:
    from kg.validate import conformance, validate

    report = validate(graph)
    assert report.conforms, report
    assert conformance(graph) == 1.0


def test_closed_pipe_ends_quietly(sample_build: Path) -> None:
    # `kg query … | head`: the reader has gone before kg writes; kg must not print a traceback
    command = [
        sys.executable,
        "-c",
        "import sys; from kg.cli import main; sys.exit(main())",
        "query",
        str(sample_build / "graph.ttl"),
        "SELECT * WHERE { ?s ?p ?o }",
    ]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()
        err = proc.stderr.read().decode()
    assert proc.returncode == 141, err
    assert "Traceback" not in err
