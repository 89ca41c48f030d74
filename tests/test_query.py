"""kg.query and ``kg query``: engines agree, the guard refuses what must not run, stored queries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib.namespace
from rdflib import OWL, RDF, RDFS, SKOS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.cli import main
from kg.errors import InputError, QueryError
from kg.namespace import KGO, WD
from kg.query import (
    Engine,
    QueryForm,
    ResultFormat,
    check_query,
    load_store,
    queries_dir,
    run_query,
    serialize_result,
    stored_queries,
    stored_query,
    to_store,
)

BASE = "https://w3id.org/kg/resource/"
INTEGER = rdflib.namespace.XSD.integer
DOUBLE = rdflib.namespace.XSD.double
DATE = rdflib.namespace.XSD.date

# (key, label, class, Wikidata id, alternative labels)
ENTITIES = (
    ("person/sam_altman", "Sam Altman", "Person", None, ("Altman",)),
    ("person/greg_brockman", "Greg Brockman", "Person", None, ()),
    ("person/bob", "Bob", "Person", None, ()),
    ("org/openai", "OpenAI", "Company", "Q21708200", ("Open AI",)),
    ("org/microsoft", "Microsoft", "Company", "Q2283", ()),
    ("place/paris", "Paris", "City", "Q90", ()),
    ("place/redmond", "Redmond", "City", None, ()),
)

# (subject, relation, object, confidence, document, sentence index)
FACTS = (
    ("person/sam_altman", "cofounderOf", "org/openai", 0.9, "d1", 0),
    ("person/sam_altman", "ceoOf", "org/openai", 0.8, "d1", 0),
    ("org/openai", "foundedBy", "person/greg_brockman", 0.6, "d2", 1),
    ("org/openai", "opensOfficeIn", "place/paris", 0.7, "d1", 1),
    ("org/microsoft", "basedIn", "place/redmond", 0.95, "d2", 0),
    ("org/microsoft", "investsIn", "org/openai", 0.3, "d2", 2),
    ("person/bob", "employeeOf", "org/microsoft", 0.45, "d2", 3),
)

SENTENCES = {
    ("d1", 0): "Sam Altman, cofondateur et PDG d'OpenAI, était à Paris.",
    ("d1", 1): "OpenAI ouvre un bureau à Paris.",
    ("d2", 0): "Microsoft, basée à Redmond, ...",
    ("d2", 1): "OpenAI, fondée par Greg Brockman, ...",
    ("d2", 2): "Microsoft investit dans OpenAI.",
    ("d2", 3): "Bob travaille chez Microsoft.",
}


def res(kind: str, key: str) -> URIRef:
    return URIRef(f"{BASE}{kind}/{key}")


def sample_dataset(facts=FACTS, entities=ENTITIES) -> Dataset:
    """A kg-shaped dataset built by hand, as ontology/README.md describes it."""
    ds = Dataset(default_union=True)
    default = ds.default_graph
    for key, label, cls, qid, aliases in entities:
        iri = res("entity", key)
        default.add((iri, RDF.type, KGO[cls]))
        default.add((iri, RDFS.label, Literal(label)))
        for alias in (label, *aliases):
            default.add((iri, SKOS.altLabel, Literal(alias)))
        default.add((iri, KGO.mentionCount, Literal(2, datatype=INTEGER)))
        if qid:
            default.add((iri, OWL.sameAs, WD[qid]))
    for doc_id in sorted({fact[4] for fact in facts}):
        doc = res("doc", doc_id)
        default.add((doc, RDF.type, KGO.Document))
        default.add((doc, DCTERMS.identifier, Literal(doc_id)))
        default.add((doc, DCTERMS.date, Literal("2024-05-14", datatype=DATE)))
    for n, (subject, name, obj, confidence, doc_id, index) in enumerate(facts):
        fact = (res("entity", subject), KGO[name], res("entity", obj))
        assertion, evidence = res("assertion", f"a{n}"), res("evidence", f"e{n}")
        default.add((assertion, RDF.type, KGO.Assertion))
        for term, value in zip((RDF.subject, RDF.predicate, RDF.object), fact, strict=True):
            default.add((assertion, term, value))
        default.add((assertion, KGO.confidence, Literal(confidence, datatype=DOUBLE)))
        default.add((assertion, KGO.evidence, evidence))
        named = ds.graph(res("doc", doc_id))
        named.add(fact)
        named.add((evidence, RDF.type, KGO.Evidence))
        named.add((evidence, PROV.wasDerivedFrom, res("doc", doc_id)))
        named.add((evidence, KGO.sentence, Literal(SENTENCES[doc_id, index])))
        named.add((evidence, KGO.sentenceIndex, Literal(index, datatype=INTEGER)))
        named.add((evidence, KGO.startChar, Literal(0, datatype=INTEGER)))
        named.add((evidence, KGO.endChar, Literal(40, datatype=INTEGER)))
        named.add((evidence, KGO.extractor, Literal("kg.test.v1")))
        named.add((evidence, KGO.confidence, Literal(confidence, datatype=DOUBLE)))
        named.add((evidence, KGO.modality, KGO.Asserted))
    return ds


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return sample_dataset()


@pytest.fixture(scope="module")
def trig_path(tmp_path_factory: pytest.TempPathFactory, dataset: Dataset) -> Path:
    path = tmp_path_factory.mktemp("graph") / "graph.trig"
    dataset.serialize(path, format="trig")
    return path


def labels(result, *names: str) -> set[tuple[str, ...]]:
    return {tuple(str(row.get(name, "")) for name in names) for row in result.rows}


# --- engines agree -----------------------------------------------------------------------

BINDINGS = {
    "entity_facts": {"label": "Open AI"},
    "document_facts": {"document": "d1"},
    "low_confidence_facts": {"threshold": 0.5},
}


@pytest.mark.parametrize("name", sorted(stored_queries()))
def test_stored_query_same_on_both_engines(dataset: Dataset, name: str) -> None:
    query = stored_query(name)
    bindings = BINDINGS.get(name)
    on_oxigraph = run_query(to_store(dataset), query.text, bindings=bindings)
    on_rdflib = run_query(dataset, query.text, bindings=bindings, engine=Engine.RDFLIB)
    assert on_oxigraph.rows, f"{name} found nothing on the sample graph"
    assert set(on_oxigraph.variables) == set(on_rdflib.variables)
    assert sorted(map(sorted_items, on_oxigraph.rows)) == sorted(map(sorted_items, on_rdflib.rows))


def sorted_items(row) -> list[tuple[str, str]]:
    return sorted((name, term.n3()) for name, term in row.items())


def test_every_stored_query_says_what_it_answers() -> None:
    assert len(stored_queries()) >= 7
    for query in stored_queries().values():
        assert query.text.startswith("# "), query.name
        assert len(query.description) > 20, query.name


# --- stored queries answer their question ------------------------------------------------


def test_entity_facts_by_alias_with_evidence(dataset: Dataset) -> None:
    result = run_query(dataset, stored_query("entity_facts").text, bindings={"label": "Altman"})
    assert labels(result, "subject", "relation", "object", "document") == {
        ("Sam Altman", str(KGO.cofounderOf), "OpenAI", "d1"),
        ("Sam Altman", str(KGO.ceoOf), "OpenAI", "d1"),
    }
    assert all("Sam Altman" in str(row["sentence"]) for row in result.rows)


def test_label_binding_is_not_injectable(dataset: Dataset) -> None:
    text = stored_query("entity_facts").text
    honest = run_query(dataset, text, bindings={"label": "Bob"})
    crafted = run_query(dataset, text, bindings={"label": 'Bob" || true || "'})
    assert labels(honest, "subject", "object") == {("Bob", "Microsoft")}
    assert crafted.rows == ()


def test_founders_and_leaders_reads_founded_by_backwards(dataset: Dataset) -> None:
    result = run_query(dataset, stored_query("founders_and_leaders").text)
    assert labels(result, "person", "role", "organization") == {
        ("Sam Altman", str(KGO.cofounderOf), "OpenAI"),
        ("Sam Altman", str(KGO.ceoOf), "OpenAI"),
        ("Greg Brockman", str(KGO.founderOf), "OpenAI"),
    }
    assert all("confidence" in row for row in result.rows)


def test_offices_by_company(dataset: Dataset) -> None:
    result = run_query(dataset, stored_query("offices_by_company").text)
    assert labels(result, "company", "place") == {("OpenAI", "Paris"), ("Microsoft", "Redmond")}


def test_most_connected_ranks_the_hub_first(dataset: Dataset) -> None:
    result = run_query(dataset, stored_query("most_connected").text)
    top = result.rows[0]
    assert (str(top["label"]), top["degree"].toPython()) == ("OpenAI", 5)
    assert str(result.rows[1]["label"]) == "Microsoft"


def test_document_facts_only_from_that_document(dataset: Dataset) -> None:
    result = run_query(dataset, stored_query("document_facts").text, bindings={"document": "d2"})
    assert {str(row["object"]) for row in result.rows} == {
        "Greg Brockman",
        "Redmond",
        "OpenAI",
        "Microsoft",
    }
    every_document = run_query(dataset, stored_query("document_facts").text)
    assert {str(row["document"]) for row in every_document.rows} == {"d1", "d2"}
    assert len(every_document.rows) == len(FACTS)


@pytest.mark.parametrize(
    ("threshold", "expected"),
    [
        (0.5, {"investsIn", "employeeOf"}),
        (0.35, {"investsIn"}),
        (None, {"investsIn", "employeeOf"}),
    ],
)
def test_low_confidence_facts(dataset: Dataset, threshold, expected) -> None:
    bindings = {"threshold": threshold} if threshold is not None else None
    result = run_query(dataset, stored_query("low_confidence_facts").text, bindings=bindings)
    assert {str(row["relation"]).rsplit("#")[1] for row in result.rows} == expected


def test_wikidata_links(dataset: Dataset) -> None:
    result = run_query(dataset, stored_query("wikidata_links").text)
    assert labels(result, "label", "wikidata") == {
        ("OpenAI", str(WD.Q21708200)),
        ("Microsoft", str(WD.Q2283)),
        ("Paris", str(WD.Q90)),
    }


# --- the guard ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
        "select * where { ?s ?p ?o OPTIONAL { service silent <http://127.0.0.1:1/> {?s ?q ?r} } }",
        "ASK { FILTER EXISTS { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } } }",
        "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } } } }",
    ],
)
def test_service_is_refused_wherever_it_hides(sparql: str) -> None:
    with pytest.raises(QueryError, match="SERVICE"):
        check_query(sparql)


@pytest.mark.parametrize(
    ("sparql", "operation"),
    [
        ("LOAD <http://127.0.0.1:1/data.ttl>", "LOAD"),
        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "INSERT DATA"),
        ("DELETE WHERE { ?s ?p ?o }", "DELETE WHERE"),
        ("CLEAR ALL", "CLEAR"),
        ("PREFIX x: <urn:x#> DROP GRAPH <urn:g>", "DROP"),
    ],
)
def test_updates_are_refused(sparql: str, operation: str) -> None:
    with pytest.raises(QueryError, match=f"SPARQL Update \\({operation}\\)"):
        check_query(sparql)


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT ?s WHERE { ?s ?p ?o }  # SERVICE <http://127.0.0.1:1/> and LOAD in a comment",
        'SELECT ?s WHERE { ?s ?p "SERVICE <http://127.0.0.1:1/> { }" }',
        "SELECT ?service ?load WHERE { ?service <urn:p> ?load }",
        "PREFIX service: <urn:x#> SELECT * WHERE { ?s service:load ?o }",
    ],
)
def test_keywords_in_comments_strings_and_names_are_harmless(sparql: str) -> None:
    assert check_query(sparql) is QueryForm.SELECT


def test_from_is_refused_on_rdflib_only() -> None:
    sparql = "SELECT * FROM <http://127.0.0.1:1/g.ttl> WHERE { ?s ?p ?o }"
    assert check_query(sparql) is QueryForm.SELECT
    with pytest.raises(QueryError, match="FROM"):
        check_query(sparql, engine=Engine.RDFLIB)


def test_syntax_error_gives_line_and_column() -> None:
    with pytest.raises(QueryError, match=r"line 2, column \d+") as err:
        check_query("SELECT ?s WHERE {\n  ?s ?p ?o . FILTER(?s = ) }")
    assert "syntax error" in str(err.value)


def test_remote_jsonld_context_is_not_fetched(tmp_path: Path) -> None:
    path = tmp_path / "graph.jsonld"
    path.write_text(
        json.dumps({"@context": "http://127.0.0.1:1/context.jsonld", "@id": "urn:a", "n": "x"})
    )
    with pytest.raises(InputError, match=r"remote context|LoadDocumentCallback"):
        load_store(path)


# --- results -----------------------------------------------------------------------------


def test_max_rows_truncates(dataset: Dataset) -> None:
    result = run_query(dataset, "SELECT * WHERE { ?s ?p ?o }", max_rows=3)
    assert (len(result.rows), result.truncated) == (3, True)
    assert not run_query(dataset, "SELECT * WHERE { ?s a kgo:City }", max_rows=3).truncated


def test_construct_gives_a_graph(dataset: Dataset) -> None:
    result = run_query(dataset, "CONSTRUCT { ?s kgo:basedIn ?o } WHERE { ?s kgo:basedIn ?o }")
    assert result.form is QueryForm.CONSTRUCT
    assert isinstance(result.graph, Graph) and len(result.graph) == 1
    assert "kgo:basedIn" in serialize_result(result, ResultFormat.TABLE)


def test_serializations_round_trip(dataset: Dataset) -> None:
    result = run_query(dataset, "SELECT ?e ?n WHERE { ?e kgo:mentionCount ?n ; a kgo:City }")
    as_json = json.loads(serialize_result(result, ResultFormat.JSON))
    assert as_json["head"]["vars"] == ["e", "n"] and len(as_json["results"]["bindings"]) == 2
    csv_lines = serialize_result(result, ResultFormat.CSV).splitlines()
    assert csv_lines[0] == "e,n" and len(csv_lines) == 3
    tsv_lines = serialize_result(result, ResultFormat.TSV).splitlines()
    assert tsv_lines[0] == "?e\t?n" and tsv_lines[1].endswith("\t2")
    assert "<sparql" in serialize_result(result, ResultFormat.XML)
    table = serialize_result(result, ResultFormat.TABLE)
    assert "kgr:entity/place/paris" in table and "(2 rows)" in table
    with pytest.raises(QueryError, match="turtle"):
        serialize_result(result, ResultFormat.TURTLE)


# --- the command ---------------------------------------------------------------------------


def test_cli_query_json(trig_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["query", str(trig_path), "ASK { ?s kgo:ceoOf ?o }", "--format", "json"])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["boolean"] is True


def test_cli_query_file_with_binding(trig_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = queries_dir() / "entity_facts.rq"
    code = main(["query", str(trig_path), "--file", str(path), "--bind", "label=Bob"])
    out = capsys.readouterr().out
    assert code == 0
    assert "kgo:employeeOf" in out and "(1 row)" in out


def test_cli_syntax_error_exits_2(trig_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", str(trig_path), "SELECT ?s WHERE { ?s ?p }"]) == 2
    assert "line 1, column" in capsys.readouterr().err


def test_cli_refuses_update(trig_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", str(trig_path), "CLEAR DEFAULT"]) == 2
    assert "read-only" in capsys.readouterr().err


def test_cli_construct_prints_turtle(trig_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["query", str(trig_path), "DESCRIBE <https://w3id.org/kg/resource/entity/place/paris>"]
    )
    assert code == 0
    written = Graph().parse(data=capsys.readouterr().out, format="turtle")
    assert (None, RDFS.label, Literal("Paris")) in written
