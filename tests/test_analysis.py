"""kg.analysis on a hand-built graph of the documented shape, and once on the sample build."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import networkx as nx
import pytest
from factories import document, entity, fact
from rdflib import Dataset

from kg.analysis import (
    Centrality,
    NetworkFormat,
    centrality,
    communities,
    entities,
    evidence,
    facts,
    find_entity,
    neighbourhood,
    paths,
    query_df,
    to_networkx,
    write_network,
)
from kg.cli import main
from kg.errors import ExportError, InputError, OntologyError, QueryError
from kg.export import Format, export
from kg.graph import build_dataset, entity_iri, load_graph, summary
from kg.io import SAMPLE

pd = pytest.importorskip("pandas")

SAM, OPENAI, MICROSOFT = "person/sam_altman", "org/openai", "org/microsoft"
PARIS, NIEL, STATION_F, LYON = "place/paris", "person/xavier_niel", "org/station_f", "place/lyon"
HOSTILE = 'Le "Labo" } UNION { ?s ?p ?o'


def iri(key: str) -> str:
    return str(entity_iri(key))


@pytest.fixture(scope="module")
def world() -> Dataset:
    """Two documents, eight entities (one without facts, two sharing an alias), six facts."""
    documents = [document("d1"), document("d2", date="2024-06")]
    people = [
        entity(SAM, "Sam Altman", aliases=(("Sam Altman", 3), ("Altman", 1)), mentions=4),
        entity(NIEL, "Xavier Niel", aliases=(("Xavier Niel", 1), ("Niel", 1)), mentions=1),
        entity("person/marie_niel", "Marie Niel", aliases=(("Niel", 1),), mentions=1),
    ]
    others = [
        entity(OPENAI, "OpenAI", cls="Company", qid="Q21708200", mentions=9),
        entity(MICROSOFT, "Microsoft", cls="Company", mentions=2),
        entity(STATION_F, HOSTILE, cls="Organization", mentions=1),
        entity(PARIS, "Paris", qid="Q90", mentions=5),
        entity(LYON, "Lyon", mentions=1),
    ]
    triples = [
        fact(SAM, "cofounderOf", OPENAI, confidence=0.9, extractor="kg.apposition.v1"),
        fact(OPENAI, "opensOfficeIn", PARIS, confidence=0.8, sentence="OpenAI ouvre à Paris."),
        fact(OPENAI, "opensOfficeIn", PARIS, doc_id="d2", confidence=0.8, sentence="À Paris."),
        fact(OPENAI, "basedIn", PARIS, doc_id="d2", sentence_index=3, confidence=0.5),
        fact(OPENAI, "partnerOf", MICROSOFT, doc_id="d2", confidence=0.6),
        fact(NIEL, "founderOf", STATION_F, confidence=0.85, sentence="Station F, fondé par Niel."),
        fact(STATION_F, "basedIn", PARIS, confidence=0.4),
    ]
    return build_dataset(documents, [*people, *others], triples)


@pytest.fixture(scope="module")
def network(world: Dataset) -> nx.MultiDiGraph:
    return to_networkx(world)


# --- the network -------------------------------------------------------------------------


def test_nodes_carry_label_class_aliases_qid_and_mentions(network: nx.MultiDiGraph) -> None:
    sam = network.nodes[iri(SAM)]
    assert (sam["label"], sam["class"], sam["aliases"], sam["mentions"]) == (
        "Sam Altman",
        "Person",
        ("Altman",),
        4,
    )
    assert sam["qid"] is None
    assert network.nodes[iri(OPENAI)]["qid"] == "Q21708200"
    assert network.number_of_nodes() == 8


def test_edges_are_keyed_by_relation_with_fused_confidence_and_evidence(
    network: nx.MultiDiGraph,
) -> None:
    assert set(network[iri(OPENAI)][iri(PARIS)]) == {"opensOfficeIn", "basedIn"}
    office = network.edges[iri(OPENAI), iri(PARIS), "opensOfficeIn"]
    assert office["label"] == "ouvre un bureau à"
    assert office["confidence"] == pytest.approx(1 - 0.2 * 0.2)
    assert sorted(
        (e.document, e.sentence, e.extractor, e.confidence) for e in office["evidence"]
    ) == [
        ("d1", "OpenAI ouvre à Paris.", "kg.apposition.v1", 0.8),
        ("d2", "À Paris.", "kg.apposition.v1", 0.8),
    ]


def test_english_labels_and_unknown_language(world: Dataset) -> None:
    english = to_networkx(world, label_lang="en")
    assert english.edges[iri(SAM), iri(OPENAI), "cofounderOf"]["label"] == "co-founder of"
    with pytest.raises(InputError, match="'de'"):
        to_networkx(world, label_lang="de")


def test_a_graph_file_reads_like_the_graph(world: Dataset, tmp_path: Path) -> None:
    path = export(world, tmp_path / "world.trig", Format.TRIG)
    from_file = to_networkx(path)
    assert sorted(from_file.edges(keys=True)) == sorted(to_networkx(world).edges(keys=True))
    assert len(facts(str(path))) == 6


def test_other_inputs_are_refused() -> None:
    with pytest.raises(InputError, match="dict"):
        facts({})  # type: ignore[arg-type]


# --- finding entities ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("OpenAI", OPENAI),
        ("  openai ", OPENAI),
        ("Altman", SAM),
        (iri(PARIS), PARIS),
        ('le "labo" } union { ?s ?p ?o', STATION_F),
    ],
)
def test_find_entity_by_iri_label_or_alias(network: nx.MultiDiGraph, name: str, key: str) -> None:
    assert find_entity(network, name) == iri(key)


def test_find_entity_prefers_a_label_to_an_alias(network: nx.MultiDiGraph) -> None:
    assert find_entity(network, "Xavier Niel") == iri(NIEL)


def test_find_entity_refuses_ambiguous_and_unknown_names(network: nx.MultiDiGraph) -> None:
    with pytest.raises(InputError, match=r"'Niel' names 2 entities .*Marie Niel.*Xavier Niel"):
        find_entity(network, "Niel")
    with pytest.raises(InputError, match="'Google'"):
        find_entity(network, "Google")


# --- tables --------------------------------------------------------------------------------


def test_facts_table(network: nx.MultiDiGraph) -> None:
    table = facts(network)
    assert len(table) == 6
    assert table["confidence"].is_monotonic_decreasing
    office = table[table["relation"] == "opensOfficeIn"].iloc[0]
    assert (office["subject_label"], office["object_label"]) == ("OpenAI", "Paris")
    assert (office["n_evidence"], office["documents"]) == (2, ("d1", "d2"))


def test_facts_without_an_assertion_record_have_no_confidence(network: nx.MultiDiGraph) -> None:
    bare = nx.MultiDiGraph(network)
    bare.edges[iri(SAM), iri(OPENAI), "cofounderOf"].update(confidence=None, evidence=())
    row = facts(bare).set_index("relation").loc["cofounderOf"]
    assert math.isnan(row["confidence"])
    assert (row["n_evidence"], row["documents"]) == (0, ())


def test_entities_table(network: nx.MultiDiGraph) -> None:
    table = entities(network).set_index("label")
    assert list(table.index[:2]) == ["OpenAI", "Paris"]  # by mentions
    assert table.loc["OpenAI", "degree"] == 4
    assert table.loc["Paris", "qid"] == "Q90"
    assert table.loc["Lyon", "degree"] == 0
    assert pd.isna(table.loc["Lyon", "qid"])


def test_evidence_of_one_fact(network: nx.MultiDiGraph) -> None:
    rows = evidence(network, "OpenAI", "opensOfficeIn", "Paris")
    assert rows["sentence"].tolist() == ["OpenAI ouvre à Paris.", "À Paris."]
    assert rows["document"].tolist() == ["d1", "d2"]
    assert rows["fact_confidence"].tolist() == pytest.approx([0.96, 0.96])


@pytest.mark.parametrize(
    ("subject", "relation", "obj", "stored"),
    [
        ("OpenAI", "partnerOf", "Microsoft", "partnerOf"),  # symmetric, stored the other way
        ("Microsoft", "partnerOf", "OpenAI", "partnerOf"),
        ("Station F", "foundedBy", "Xavier Niel", "founderOf"),  # the inverse reads it back
    ],
)
def test_evidence_finds_facts_stated_the_other_way(
    network: nx.MultiDiGraph, subject: str, relation: str, obj: str, stored: str
) -> None:
    if subject == "Station F":
        subject = HOSTILE
    rows = evidence(network, subject, relation, obj)
    assert rows["relation"].tolist() == [stored]


def test_evidence_of_an_absent_fact_is_empty_and_errors_name_the_value(
    network: nx.MultiDiGraph,
) -> None:
    assert evidence(network, "Sam Altman", "ceoOf", "OpenAI").empty
    with pytest.raises(OntologyError, match="'worksAt'"):
        evidence(network, "Sam Altman", "worksAt", "OpenAI")


def test_query_df_binds_values_instead_of_formatting_them(world: Dataset) -> None:
    sparql = (
        "SELECT ?name ?mentions WHERE { ?e rdfs:label ?label ; kgo:mentionCount ?mentions ."
        " FILTER(STR(?label) = ?name) }"
    )
    table = query_df(world, sparql, bindings={"name": HOSTILE})
    assert table.to_dict("records") == [{"name": HOSTILE, "mentions": 1}]


def test_query_df_other_forms(world: Dataset) -> None:
    assert query_df(world, "ASK { ?s kgo:partnerOf ?o }").to_dict("records") == [{"boolean": True}]
    built = query_df(world, "CONSTRUCT { ?s kgo:partnerOf ?o } WHERE { ?s kgo:partnerOf ?o }")
    assert built.columns.tolist() == ["subject", "predicate", "object"]
    assert built["object"].tolist() == [iri(OPENAI)]
    missing = query_df(
        world, "SELECT ?e ?qid WHERE { ?e a kgo:Person OPTIONAL { ?e owl:sameAs ?qid } }"
    )
    assert missing["qid"].isna().all()
    with pytest.raises(QueryError):
        query_df(world, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")


# --- structure -----------------------------------------------------------------------------


def test_degree_centrality_ranks_the_hub_first(network: nx.MultiDiGraph) -> None:
    table = centrality(network)
    assert table.loc[0, "label"] == "OpenAI"
    assert table.loc[0, "score"] == pytest.approx(4 / 7)
    assert table["score"].is_monotonic_decreasing


def test_pagerank_favours_what_facts_point_to(network: nx.MultiDiGraph) -> None:
    pytest.importorskip("scipy")
    scores = centrality(network, Centrality.PAGERANK).set_index("label")["score"]
    assert scores["Paris"] > scores["OpenAI"] > scores["Sam Altman"]
    assert scores.sum() == pytest.approx(1.0)


def test_betweenness_is_zero_for_leaves(network: nx.MultiDiGraph) -> None:
    scores = centrality(network, "betweenness").set_index("label")["score"]
    assert scores["Sam Altman"] == scores["Lyon"] == 0.0
    assert scores["OpenAI"] > scores["Paris"] > 0.0


def test_unknown_centrality(network: nx.MultiDiGraph) -> None:
    with pytest.raises(InputError, match="'closeness'"):
        centrality(network, "closeness")


def test_communities_partition_the_entities_deterministically(network: nx.MultiDiGraph) -> None:
    table = communities(network)
    assert sorted(table["iri"]) == sorted(network.nodes)
    assert table.equals(communities(network))
    group = table.set_index("label")["community"]
    assert group["Xavier Niel"] == group[HOSTILE]
    assert group["Sam Altman"] == group["OpenAI"]
    assert (table["community"] == group["Lyon"]).sum() == 1
    assert table.groupby("community").size().is_monotonic_decreasing


def test_neighbourhood(network: nx.MultiDiGraph) -> None:
    near = neighbourhood(network, "Sam Altman")
    assert near[["label", "distance"]].values.tolist() == [["Sam Altman", 0], ["OpenAI", 1]]
    wider = neighbourhood(network, "Sam Altman", hops=2).set_index("label")["distance"]
    assert wider.to_dict() == {"Sam Altman": 0, "OpenAI": 1, "Microsoft": 2, "Paris": 2}
    assert neighbourhood(network, "Lyon", hops=3)["label"].tolist() == ["Lyon"]
    with pytest.raises(InputError, match="-1"):
        neighbourhood(network, "Lyon", hops=-1)


def test_paths_carry_the_evidence_of_each_hop(network: nx.MultiDiGraph) -> None:
    route = paths(network, "Sam Altman", "Xavier Niel", cutoff=4)[0]
    assert route.labels == ("Sam Altman", "OpenAI", "Paris", HOSTILE, "Xavier Niel")
    to_paris = route.hops[1]
    assert [f.relation for f in to_paris.facts] == ["basedIn", "opensOfficeIn"]
    assert {e.sentence for e in to_paris.facts[1].evidence} == {"OpenAI ouvre à Paris.", "À Paris."}
    assert str(route) == (
        "Sam Altman —cofondateur de→ OpenAI —basé à/ouvre un bureau à→ Paris "
        f"←basé à— {HOSTILE} ←fondateur de— Xavier Niel"
    )


def test_paths_within_the_cutoff(network: nx.MultiDiGraph) -> None:
    assert paths(network, "Sam Altman", "Xavier Niel") == []
    assert [len(r) for r in paths(network, "Microsoft", "Paris")] == [2]
    assert paths(network, "OpenAI", "Lyon") == []
    assert len(paths(network, "OpenAI", "Paris", limit=1)) == 1


def test_paths_refuse_one_entity_twice_and_bad_numbers(network: nx.MultiDiGraph) -> None:
    with pytest.raises(InputError, match="same entity"):
        paths(network, "Sam Altman", "Altman")
    with pytest.raises(InputError, match="cutoff"):
        paths(network, "Sam Altman", "Paris", cutoff=0)


# --- Gephi ---------------------------------------------------------------------------------


def test_graphml_round_trip_has_scalar_attributes(network: nx.MultiDiGraph, tmp_path: Path) -> None:
    out = write_network(network, tmp_path / "world.graphml")
    back = nx.read_graphml(out)
    assert back.number_of_nodes() == 8
    assert back.number_of_edges() == 6
    assert back.nodes[iri(SAM)]["aliases"] == "Altman"
    assert "qid" not in back.nodes[iri(SAM)]
    assert back.nodes[iri(STATION_F)]["label"] == HOSTILE
    office = next(
        data for _, _, data in back.edges(data=True) if data["relation"] == "opensOfficeIn"
    )
    assert office["documents"] == "d1 | d2"
    assert office["sentences"] == "OpenAI ouvre à Paris.\nÀ Paris."
    assert office["confidence"] == pytest.approx(0.96)
    assert [p.name for p in tmp_path.iterdir()] == ["world.graphml"]  # no temporary left


def test_graphml_is_deterministic(world: Dataset, tmp_path: Path) -> None:
    first = write_network(world, tmp_path / "a.graphml").read_bytes()
    assert write_network(to_networkx(world), tmp_path / "b.graphml").read_bytes() == first


def test_gexf_and_unknown_formats(world: Dataset, network: nx.MultiDiGraph,
                                  tmp_path: Path) -> None:
    out = write_network(network, tmp_path / "world.gexf", fmt=NetworkFormat.GEXF)
    assert nx.read_gexf(out).number_of_edges() == 6
    # byte-stable: no date of writing, and the Dataset and its network give the same file
    assert b"lastmodifieddate" not in out.read_bytes()
    again = write_network(world, tmp_path / "again.gexf", fmt=NetworkFormat.GEXF)
    assert again.read_bytes() == out.read_bytes()
    with pytest.raises(InputError, match="'dot'"):
        write_network(network, tmp_path / "world.dot", fmt="dot")


def test_kg_export_command(world: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    graph = export(world, tmp_path / "world.ttl", Format.TURTLE)
    assert main(["export", str(graph)]) == 0
    assert nx.read_graphml(tmp_path / "world.graphml").number_of_edges() == 6
    assert main(["export", str(graph), "--format", "gexf", "--out", str(tmp_path / "g.gexf")]) == 0
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == 8
    assert main(["export", str(tmp_path / "missing.ttl")]) == 2
    assert "missing.ttl" in capsys.readouterr().err


def test_tables_without_pandas_say_what_to_install(
    network: nx.MultiDiGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes ``import pandas`` fail
    with pytest.raises(ExportError, match=r"kg\[analysis\]"):
        facts(network)
    assert paths(network, "Microsoft", "Paris")  # networkx-only functions still work


# --- the sample article ----------------------------------------------------------------------


@pytest.mark.model
def test_sample_build_analysis(sample_build: Path, tmp_path: Path) -> None:
    graph = load_graph(sample_build / "graph.ttl")
    network = to_networkx(sample_build / "graph.trig")
    counts = summary(graph)
    assert network.number_of_edges() == counts.fact_count > 0
    article = " ".join(SAMPLE.read_text(encoding="utf-8").split())
    for _, _, data in network.edges(data=True):
        assert data["evidence"]
        assert all(" ".join(e.sentence.split()) in article for e in data["evidence"])
    table = facts(network)
    assert (table["n_evidence"] >= 1).all()
    assert table["confidence"].between(0, 1).all()
    hub = centrality(network).loc[0, "label"]
    assert set(neighbourhood(network, hub)["label"]) >= {hub}
    assert sorted(communities(network)["iri"]) == sorted(network.nodes)
    back = nx.read_graphml(write_network(network, tmp_path / "sample.graphml"))
    assert back.number_of_edges() == counts.fact_count
