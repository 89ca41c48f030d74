"""Entities end to end with the real model: one node per thing, across documents and builds.

The sample article is built once (``sample_build``); a copy of that folder then takes a
second article of ours (OpenAI, ``Altman`` alone, Paris) and a third (a mayor called
``M. Paris``, who studied in Paris) with ``kg build --into``. The names and classes below
are what the bundled sample says; no code knows them.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Dataset, Graph, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.cli import main
from kg.graph import load_graph
from kg.io import SAMPLE
from kg.namespace import KGO, WD
from kg.ontology import classes
from kg.text import match_key

pytestmark = pytest.mark.model

ARTICLES = Path(__file__).parent / "data" / "articles"
SECOND = ARTICLES / "openai_paris_inauguration.txt"
THIRD = ARTICLES / "maire_paris_reelu.txt"
EUROPE_GAZETTEER = Path(__file__).parent / "data" / "gazetteer_europe.tsv"

#: Every entity the sample article names, with its coarse class.
SAMPLE_ENTITIES = [
    ("OpenAI", "Organization"), ("France", "Place"), ("Paris", "Place"),
    ("Sam Altman", "Person"), ("Xavier Niel", "Person"), ("Station F", "Organization"),
    ("Le Monde", "Organization"), ("Le Figaro", "Organization"),
    ("Union européenne", "Organization"), ("Microsoft", "Organization"),
    ("Google DeepMind", "Organization"), ("Meta", "Organization"), ("AI Act", "Regulation"),
    ("Bruxelles", "Place"), ("New York", "Place"), ("Singapour", "Place"), ("Europe", "Place"),
]
LINKED = [("Paris", "Q90"), ("France", "Q142"), ("Microsoft", "Q2283"),
          ("Union européenne", "Q458")]


def entity_nodes(graph: Graph) -> set[URIRef]:
    entity_classes = {KGO[name] for name, cls in classes().items() if "NamedEntity" in cls.parents
                      or name == "NamedEntity"}
    return {s for s, o in graph.subject_objects(RDF.type) if o in entity_classes}  # type: ignore[misc]


def answering(graph: Graph, name: str) -> list[URIRef]:
    """Entity nodes with ``name`` as label or alt-label (compared by match key)."""
    wanted = match_key(name)
    return sorted(
        node for node in entity_nodes(graph)
        if any(match_key(str(n)) == wanted
               for p in (RDFS.label, SKOS.altLabel) for n in graph.objects(node, p))
    )


def family(graph: Graph, node: URIRef) -> set[str]:
    """The node's classes and all their ancestors."""
    found = set()
    for cls in graph.objects(node, RDF.type):
        name = str(cls).removeprefix(str(KGO._NS))
        if name in classes():
            found |= {name, *classes()[name].parents}
    return found


def of_class(graph: Graph, name: str, cls: str) -> URIRef:
    [node] = [n for n in answering(graph, name) if cls in family(graph, n)]
    return node


def graphs(folder: Path) -> dict[str, Graph]:
    """Each graph of ``graph.trig`` (default graph as ``""``) by name."""
    ds = Dataset()
    ds.parse(folder / "graph.trig", format="trig")
    found: dict[str, Graph] = {}
    for s, p, o, g in ds.quads((None, None, None, None)):
        name = "" if g is None or str(g).startswith("urn:x-rdflib:") else str(g)
        found.setdefault(name, Graph()).add((s, p, o))
    return found


def assert_same_graphs(first: Path, second: Path) -> None:
    a, b = graphs(first), graphs(second)
    assert a.keys() == b.keys()
    for name, graph in a.items():
        if not isomorphic(graph, b[name]):
            _, only_a, only_b = graph_diff(to_isomorphic(graph), to_isomorphic(b[name]))
            pytest.fail(f"graph {name!r} differs:\n{only_a.serialize()}\n---\n{only_b.serialize()}")


@pytest.fixture(scope="module")
def incremental(sample_build: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The sample's build folder, then the second and the third article added with --into."""
    out = tmp_path_factory.mktemp("incremental") / "out"
    shutil.copytree(sample_build, out)
    assert main(["build", str(SECOND), "--into", str(out), "-q"]) == 0
    shutil.copytree(out, out.parent / "after-second")
    assert main(["build", str(THIRD), "--into", str(out), "-q"]) == 0
    yield out


@pytest.fixture(scope="module")
def sample_graph(sample_build: Path) -> Graph:
    return load_graph(sample_build / "graph.ttl")


@pytest.mark.parametrize(("name", "cls"), SAMPLE_ENTITIES)
def test_the_sample_has_one_node_per_entity(sample_graph: Graph, name: str, cls: str) -> None:
    nodes = answering(sample_graph, name)
    assert len(nodes) == 1, f"{name}: {nodes}"
    assert cls in family(sample_graph, nodes[0])


@pytest.mark.parametrize(("name", "qid"), LINKED)
def test_well_known_entities_are_linked(sample_graph: Graph, name: str, qid: str) -> None:
    [node] = answering(sample_graph, name)
    assert (node, OWL.sameAs, WD[qid]) in sample_graph


def test_every_surface_form_is_an_alt_label(sample_graph: Graph) -> None:
    node = of_class(sample_graph, "OpenAI", "Organization")
    assert {str(a) for a in sample_graph.objects(node, SKOS.altLabel)} == {"OpenAI"}
    # named 11 times, and referred to by "l'entreprise", "la start-up californienne"...
    assert int(sample_graph.value(node, KGO.mentionCount)) > 11


def test_a_second_article_merges_into_the_same_nodes(sample_graph: Graph,
                                                      incremental: Path) -> None:
    second = load_graph(incremental.parent / "after-second" / "graph.ttl")
    for name, cls in [("OpenAI", "Organization"), ("Paris", "Place"), ("Sam Altman", "Person")]:
        assert of_class(second, name, cls) == of_class(sample_graph, name, cls)
        assert len(answering(second, name)) == 1
    sam = of_class(second, "Sam Altman", "Person")
    assert {str(a) for a in second.objects(sam, SKOS.altLabel)} == {"Sam Altman", "Altman"}
    assert int(second.value(of_class(second, "Paris", "Place"), KGO.mentionCount)) > int(
        sample_graph.value(of_class(sample_graph, "Paris", "Place"), KGO.mentionCount))
    assert len(set(second.subjects(RDF.type, KGO.Document))) == 2


def test_a_person_named_paris_is_not_the_city(sample_graph: Graph, incremental: Path) -> None:
    third = load_graph(incremental / "graph.ttl")
    city = of_class(third, "Paris", "Place")
    person = of_class(third, "Paris", "Person")
    assert city == of_class(sample_graph, "Paris", "Place") != person
    assert (city, OWL.sameAs, WD.Q90) in third
    assert (person, OWL.sameAs, None) not in third
    assert "Person" not in family(third, city)
    assert "Place" not in family(third, person)


def test_incremental_builds_equal_one_build_in_another_order(incremental: Path,
                                                             tmp_path: Path) -> None:
    assert main(["build", str(THIRD), str(SECOND), str(SAMPLE), "--out", str(tmp_path), "-q"]) == 0
    assert_same_graphs(incremental, tmp_path)


def test_adding_a_document_again_changes_nothing(incremental: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    shutil.copytree(incremental, again)
    assert main(["build", str(SECOND), "--into", str(again), "-q"]) == 0
    assert_same_graphs(incremental, again)


def test_explain_gives_mentions_and_reasons(incremental: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["explain", "Altman", str(incremental)]) == 0
    out = capsys.readouterr().out
    assert "person/sam_altman" in out
    assert '"Sam Altman" + "Altman": surname of exactly one full name' in out
    assert "openai_paris_inauguration (1)" in out and "openai_paris_fr (1)" in out
    assert main(["explain", "Paris", str(incremental)]) == 0
    out = capsys.readouterr().out
    assert "2 entities answer to this name, kept apart" in out
    assert "place/paris (City)" in out and "person/paris (Person)" in out
    assert "maire_paris_reelu (3)" in out


def test_explain_reads_a_graph_file_without_reasons(incremental: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["explain", "Sam Altman", str(incremental / "graph.ttl")]) == 0
    out = capsys.readouterr().out
    assert "Altman" in out and "merge reasons: not kept in the graph" in out
    assert main(["explain", "Nobody", str(incremental)]) == 2
    assert "no entity named 'Nobody'" in capsys.readouterr().err


def test_a_user_gazetteer_links_and_types(tmp_path: Path) -> None:
    assert main(["build", "--gazetteer", str(EUROPE_GAZETTEER), "--out", str(tmp_path), "-q"]) == 0
    graph = load_graph(tmp_path / "graph.ttl")
    europe = of_class(graph, "Europe", "Place")
    assert (europe, OWL.sameAs, WD.Q46) in graph


def test_a_missing_gazetteer_is_a_clear_error(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.tsv"
    assert main(["build", "--gazetteer", str(missing), "--out", str(tmp_path / "out")]) == 2
    assert "missing.tsv" in capsys.readouterr().err
