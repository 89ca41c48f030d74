"""kg.serve: a real SPARQL client (SPARQLWrapper) against a server started here."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TSV, TURTLE, URLENCODED, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed
from test_query import ENTITIES, res, sample_dataset

from kg.errors import InputError
from kg.serve import ServerConfig, SparqlServer, make_server

pytestmark = pytest.mark.slow

CARTESIAN = """SELECT (COUNT(*) AS ?n) WHERE {
  ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o
}"""


def start(config: ServerConfig) -> tuple[SparqlServer, threading.Thread]:
    server = make_server(config)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


def stop(server: SparqlServer, thread: threading.Thread) -> None:
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("served") / "graph.trig"
    sample_dataset().serialize(path, format="trig")
    return path


@pytest.fixture(scope="module")
def server(graph_file: Path) -> Iterator[SparqlServer]:
    running, thread = start(ServerConfig(graph_file, port=0, max_rows=50, workers=2))
    yield running
    stop(running, thread)


def client(server: SparqlServer, query: str, fmt: str = JSON) -> SPARQLWrapper:
    sparql = SPARQLWrapper(server.url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def fetch(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None):
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read().decode("utf-8")


# --- protocol -------------------------------------------------------------------------------


def test_binds_loopback_by_default(server: SparqlServer) -> None:
    assert server.server_address[0] == "127.0.0.1"
    assert ServerConfig(Path("g.ttl")).host == "127.0.0.1"


def test_select_over_get(server: SparqlServer) -> None:
    answer = client(server, "SELECT ?label WHERE { ?e a kgo:City ; rdfs:label ?label }")
    rows = answer.queryAndConvert()["results"]["bindings"]
    assert sorted(row["label"]["value"] for row in rows) == ["Paris", "Redmond"]


@pytest.mark.parametrize("method", [URLENCODED, POSTDIRECTLY])
def test_select_over_post(server: SparqlServer, method: str) -> None:
    answer = client(server, "ASK { ?s kgo:opensOfficeIn ?o }")
    answer.setMethod(POST)
    answer.setRequestMethod(method)
    assert answer.queryAndConvert()["boolean"] is True


@pytest.mark.parametrize(
    ("fmt", "needle"),
    [(XML, "<sparql"), (CSV, "label\r\n"), (TSV, '?label\n"')],
)
def test_table_formats(server: SparqlServer, fmt: str, needle: str) -> None:
    answer = client(server, "SELECT ?label WHERE { ?e a kgo:Person ; rdfs:label ?label }", fmt)
    converted = answer.queryAndConvert()
    text = converted.toxml() if fmt == XML else converted.decode("utf-8")
    assert needle in text
    assert "Sam Altman" in text


def test_construct_as_turtle(server: SparqlServer) -> None:
    query = "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a kgo:City ; rdfs:label ?l }"
    written = client(server, query, TURTLE).queryAndConvert()
    graph = Graph().parse(data=written, format="turtle")
    assert set(graph.objects(None, RDFS.label)) == {Literal("Paris"), Literal("Redmond")}


def test_accept_header_and_406(server: SparqlServer) -> None:
    url = server.url + "?query=" + urllib.request.quote("ASK { ?s ?p ?o }")
    status, headers, body = fetch(url, headers={"Accept": "text/csv"})
    assert (status, headers["Content-Type"]) == (200, "text/csv; charset=utf-8")
    assert body.splitlines() == ["_askResult", "true"]
    status, _, body = fetch(url, headers={"Accept": "image/png"})
    assert status == 406 and "application/sparql-results+json" in body


def test_rows_are_capped(server: SparqlServer) -> None:
    url = server.url + "?query=" + urllib.request.quote("SELECT * WHERE { ?s ?p ?o }")
    status, headers, body = fetch(url, headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and headers.get("X-KG-Truncated") == "true"
    assert len(json.loads(body)["results"]["bindings"]) == 50


def test_cors_without_credentials(server: SparqlServer) -> None:
    _, headers, _ = fetch(server.url + "?query=" + urllib.request.quote("ASK {}"))
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in headers


def test_root_page_without_viewer(server: SparqlServer) -> None:
    status, headers, body = fetch(server.url.removesuffix("sparql"))
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert 'href="/sparql"' in body


def test_root_page_serves_graph_html(tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    Graph().add((URIRef("urn:a"), RDFS.label, Literal("a"))).serialize(path, format="turtle")
    (tmp_path / "graph.html").write_text("<html><body>the viewer</body></html>")
    running, thread = start(ServerConfig(path, port=0, workers=1))
    try:
        status, _, body = fetch(running.url.removesuffix("sparql"))
    finally:
        stop(running, thread)
    assert (status, body) == (200, "<html><body>the viewer</body></html>")


# --- refusals --------------------------------------------------------------------------------


def test_update_is_refused_and_changes_nothing(server: SparqlServer) -> None:
    update = client(server, "INSERT DATA { <urn:x> <urn:y> <urn:z> }")
    update.setMethod(POST)
    with pytest.raises(QueryBadFormed, match="read-only"):
        update.query()
    assert client(server, "ASK { <urn:x> ?p ?o }").queryAndConvert()["boolean"] is False


def test_update_sent_as_query_is_refused(server: SparqlServer) -> None:
    status, _, body = fetch(
        server.url,
        data=b"LOAD <http://127.0.0.1:1/x.ttl>",
        headers={"Content-Type": "application/sparql-query"},
    )
    assert status == 400 and "SPARQL Update (LOAD)" in body


def test_service_is_refused(server: SparqlServer) -> None:
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    with pytest.raises(QueryBadFormed, match="SERVICE"):
        client(server, query).query()


def test_syntax_error_is_400_with_position(server: SparqlServer) -> None:
    with pytest.raises(QueryBadFormed, match=r"line 1, column \d+"):
        client(server, "SELECT ?s WHERE { ?s ?p }").query()


# --- load -------------------------------------------------------------------------------------


def test_burst_of_concurrent_queries_all_answered(server: SparqlServer) -> None:
    labels = [label for _, label, *_ in ENTITIES]
    query = "SELECT ?e WHERE { ?e rdfs:label ?label . VALUES ?label { %s } }"

    def ask(n: int) -> tuple[str, str]:
        label = labels[n % len(labels)]
        # Literal.n3() quotes the label: this is test data, not user input.
        rows = client(server, query % Literal(label).n3()).queryAndConvert()["results"]
        return label, rows["bindings"][0]["e"]["value"]

    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(ask, range(20)))
    expected = {label: str(res("entity", key)) for key, label, *_ in ENTITIES}
    assert len(answers) == 20
    assert all(expected[label] == iri for label, iri in answers)


def test_runaway_query_is_stopped_and_server_keeps_answering(graph_file: Path) -> None:
    running, thread = start(ServerConfig(graph_file, port=0, timeout=1.0, workers=2))
    try:
        url = running.url + "?query=" + urllib.request.quote(CARTESIAN)
        status, _, body = fetch(url)
        assert status == 503 and "timeout" in body
        for _ in range(3):  # the surviving worker answers while the replacement loads
            answer = client(running, "ASK { ?s kgo:ceoOf ?o }").queryAndConvert()
            assert answer["boolean"] is True
    finally:
        stop(running, thread)


def test_missing_graph_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such graph file"):
        make_server(ServerConfig(tmp_path / "absent.ttl", port=0))


def test_unparsable_graph_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.ttl"
    path.write_text("<urn:a> <urn:b> .")
    with pytest.raises(InputError, match="cannot parse"):
        make_server(ServerConfig(path, port=0, workers=1))
