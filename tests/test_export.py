"""kg.export: every format re-parses in rdflib and Oxigraph, and nothing is half-written."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from factories import assert_isomorphic, document, entity, fact, sample
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef

from kg.errors import ExportError
from kg.export import (
    DEFAULT_FORMATS,
    Format,
    atomic_write,
    export,
    staged_path,
    to_oxigraph,
    write_outputs,
)
from kg.graph import build_dataset, document_iri, graph_quads, union_graph
from kg.namespace import KGO

RDFLIB_NAMES = {
    Format.TURTLE: "turtle",
    Format.TRIG: "trig",
    Format.JSONLD: "json-ld",
    Format.NTRIPLES: "nt",
    Format.NQUADS: "nquads",
}


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return build_dataset(*sample())


def temporaries(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir() if ".tmp" in path.name)


def assert_round_trips(ds: Dataset, path: Path, fmt: Format) -> None:
    """``path`` parses in rdflib and in Oxigraph to exactly what ``ds`` holds."""
    expected_union = union_graph(ds)
    if fmt.keeps_graphs:
        quads = Dataset()
        quads.parse(path, format=RDFLIB_NAMES[fmt])
        assert_isomorphic(union_graph(quads), expected_union)
        for graph in ds.graphs():
            assert_isomorphic(quads.graph(graph.identifier), graph)
        expected_quads = set(to_oxigraph(ds))
        assert set(ox.parse(path=path, format=fmt.rdf_format)) == expected_quads
    else:
        back = Graph().parse(path, format=RDFLIB_NAMES[fmt])
        assert_isomorphic(back, expected_union)
        expected_triples = {quad.triple for quad in to_oxigraph(ds)}
        # kg graphs have no blank nodes, so set equality is isomorphism.
        parsed = {quad.triple for quad in ox.parse(path=path, format=fmt.rdf_format)}
        assert parsed == expected_triples


# Formats -------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(Format))
def test_every_format_round_trips_in_rdflib_and_oxigraph(
    tmp_path: Path, ds: Dataset, fmt: Format
) -> None:
    path = export(ds, tmp_path / f"out.{fmt.value}", fmt)
    assert_round_trips(ds, path, fmt)


def test_format_values_are_the_suffixes() -> None:
    assert [fmt.value for fmt in Format] == ["ttl", "trig", "jsonld", "nt", "nq"]
    assert Format("trig") is Format.TRIG
    assert DEFAULT_FORMATS == (Format.TURTLE, Format.TRIG, Format.JSONLD)


def test_turtle_uses_the_kg_prefixes(tmp_path: Path, ds: Dataset) -> None:
    text = export(ds, tmp_path / "g.ttl", Format.TURTLE).read_text(encoding="utf-8")
    assert "@prefix kgo: <https://w3id.org/kg/ontology#>" in text
    assert "kgo:cofounderOf" in text
    assert "brick:" not in text


def test_trig_names_each_document_graph(tmp_path: Path, ds: Dataset) -> None:
    path = export(ds, tmp_path / "g.trig", Format.TRIG)
    names = {quad.graph_name for quad in ox.parse(path=path, format=ox.RdfFormat.TRIG)}
    assert ox.NamedNode(str(document_iri("d1"))) in names
    assert ox.NamedNode(str(document_iri("d2"))) in names


def test_jsonld_has_an_inline_context_of_the_prefixes(tmp_path: Path, ds: Dataset) -> None:
    data = json.loads(export(ds, tmp_path / "g.jsonld", Format.JSONLD).read_text("utf-8"))
    context = data["@context"]
    assert isinstance(context, dict)
    assert context["kgo"] == "https://w3id.org/kg/ontology#"
    assert context["kgr"] == "https://w3id.org/kg/resource/"


def test_output_bytes_do_not_depend_on_the_run(tmp_path: Path) -> None:
    first = write_outputs(build_dataset(*sample()), tmp_path / "a")
    second = write_outputs(build_dataset(*sample()), tmp_path / "b")
    for key in ("ttl", "trig"):
        assert first[key].read_bytes() == second[key].read_bytes()


def test_export_of_a_plain_graph(tmp_path: Path) -> None:
    graph = Graph()
    graph.add((URIRef("urn:kg:a"), KGO.memberOf, URIRef("urn:kg:b")))
    for fmt in Format:
        path = export(graph, tmp_path / f"g.{fmt.value}", fmt)
        assert len(list(ox.parse(path=path, format=fmt.rdf_format))) == 1


def test_local_name_ending_in_a_dot_reads_back_in_rdflib(tmp_path: Path) -> None:
    # Oxigraph would write owl:a\. (valid Turtle) and rdflib's parser rejects it.
    graph = Graph()
    graph.bind("owl", "http://www.w3.org/2002/07/owl#")
    graph.add((URIRef("http://www.w3.org/2002/07/owl#a."), KGO.memberOf, URIRef("urn:kg:b")))
    for fmt in (Format.TURTLE, Format.TRIG):
        path = export(graph, tmp_path / f"g.{fmt.value}", fmt)
        assert_isomorphic(union_graph(Dataset().parse(path, format=RDFLIB_NAMES[fmt])), graph)


def test_prefix_that_is_also_a_scheme_is_left_out_of_the_context(tmp_path: Path) -> None:
    graph = Graph()
    graph.bind("wd", "http://www.wikidata.org/entity/")
    graph.add((URIRef("urn:kg:a"), KGO.memberOf, URIRef("wd:Q5")))
    path = export(graph, tmp_path / "g.jsonld", Format.JSONLD)
    assert "wd" not in json.loads(path.read_text())["@context"]
    [quad] = ox.parse(path=path, format=ox.RdfFormat.JSON_LD)
    assert quad.object == ox.NamedNode("wd:Q5")


# write_outputs -------------------------------------------------------------------------


def test_write_outputs_writes_the_three_files_and_the_page(tmp_path: Path, ds: Dataset) -> None:
    seen: list[tuple[int, Path]] = []

    def page(graph: Graph, path: Path) -> None:
        seen.append((len(graph), path))
        path.write_text("<html></html>", encoding="utf-8")

    paths = write_outputs(ds, tmp_path / "out", html=page)
    assert {key: path.name for key, path in paths.items()} == {
        "ttl": "graph.ttl",
        "trig": "graph.trig",
        "jsonld": "graph.jsonld",
        "html": "graph.html",
    }
    assert (tmp_path / "out" / "graph.html").read_text() == "<html></html>"
    [(size, given_path)] = seen
    assert size == len(union_graph(ds))
    assert given_path.suffix == ".html"
    assert temporaries(tmp_path / "out") == []
    for fmt in DEFAULT_FORMATS:
        assert_round_trips(ds, paths[fmt.value], fmt)


def test_statements_are_written_as_their_dataset(tmp_path: Path, ds: Dataset) -> None:
    pages: list[Graph] = []

    def page(graph: Graph, path: Path) -> None:
        pages.append(graph)
        path.write_text("<html></html>", encoding="utf-8")

    from_dataset = write_outputs(ds, tmp_path / "dataset", html=page)
    from_quads = write_outputs(graph_quads(*sample()), tmp_path / "quads", html=page)
    for fmt in DEFAULT_FORMATS:
        assert from_quads[fmt.value].read_bytes() == from_dataset[fmt.value].read_bytes()
    assert_isomorphic(pages[1], pages[0])


def test_outputs_are_readable_by_others(tmp_path: Path, ds: Dataset) -> None:
    old = os.umask(0o022)
    try:
        paths = write_outputs(ds, tmp_path)
    finally:
        os.umask(old)
    assert paths["ttl"].stat().st_mode & 0o777 == 0o644


@pytest.fixture
def previous(tmp_path: Path, ds: Dataset) -> dict[str, bytes]:
    """An output directory holding a previous build, by file name."""
    write_outputs(build_dataset([document("old")], [], []), tmp_path)
    return {path.name: path.read_bytes() for path in tmp_path.iterdir()}


def assert_untouched(directory: Path, previous: dict[str, bytes]) -> None:
    now = {path.name: path.read_bytes() for path in directory.iterdir() if path.is_file()}
    assert now == previous
    assert temporaries(directory) == []


def test_failing_page_writer_leaves_previous_outputs(
    tmp_path: Path, ds: Dataset, previous: dict[str, bytes]
) -> None:
    def page(graph: Graph, path: Path) -> None:
        path.write_text("<html>half")
        raise RuntimeError("viewer crashed")

    with pytest.raises(ExportError, match=r"graph\.html.*viewer crashed"):
        write_outputs(ds, tmp_path, html=page)
    assert_untouched(tmp_path, previous)


def test_page_writer_that_writes_nothing_is_a_failure(
    tmp_path: Path, ds: Dataset, previous: dict[str, bytes]
) -> None:
    with pytest.raises(ExportError, match="wrote nothing"):
        write_outputs(ds, tmp_path, html=lambda graph, path: None)
    assert_untouched(tmp_path, previous)


def test_interrupt_leaves_previous_outputs(
    tmp_path: Path, ds: Dataset, previous: dict[str, bytes]
) -> None:
    def page(graph: Graph, path: Path) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_outputs(ds, tmp_path, html=page)
    assert_untouched(tmp_path, previous)


def test_unwritable_target_leaves_previous_outputs(
    tmp_path: Path, ds: Dataset, previous: dict[str, bytes]
) -> None:
    (tmp_path / "graph.jsonld").unlink()
    (tmp_path / "graph.jsonld").mkdir()  # a target that cannot be replaced by a file
    del previous["graph.jsonld"]
    with pytest.raises(ExportError, match=r"graph\.jsonld"):
        write_outputs(ds, tmp_path)
    assert_untouched(tmp_path, previous)


def test_invalid_graph_is_refused_before_anything_is_replaced(
    tmp_path: Path, previous: dict[str, bytes]
) -> None:
    broken = Dataset()
    broken.add((URIRef("http://example.org/a b"), KGO.memberOf, URIRef("urn:kg:b")))
    with pytest.raises(ExportError, match=r"graph\.ttl"):
        write_outputs(broken, tmp_path)
    assert_untouched(tmp_path, previous)


def test_a_file_read_back_as_the_next_ones_source_is_checked(
    tmp_path: Path, ds: Dataset, previous: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    # JSON-LD is written from the TriG file as Oxigraph reads it back: a TriG file that
    # does not parse must fail the build there, named as itself
    serialize = ox.serialize

    def broken_trig(quads: Any, out: Any, fmt: ox.RdfFormat, **options: Any) -> None:
        if fmt == ox.RdfFormat.TRIG:
            out.write(b"<urn:a> <urn:b> .")
        else:
            serialize(quads, out, fmt, **options)

    monkeypatch.setattr(ox, "serialize", broken_trig)
    with pytest.raises(ExportError, match=r"graph\.trig' would not be valid TRIG"):
        write_outputs(ds, tmp_path)
    assert_untouched(tmp_path, previous)


def test_output_directory_that_is_a_file_is_reported(tmp_path: Path, ds: Dataset) -> None:
    blocker = tmp_path / "out"
    blocker.write_text("not a directory")
    with pytest.raises(ExportError, match="out"):
        write_outputs(ds, blocker)
    assert blocker.read_text() == "not a directory"


def test_failed_export_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "g.nt"
    target.write_bytes(b"previous")
    broken = Graph()
    broken.add((URIRef("urn:a b"), KGO.memberOf, Literal("x")))
    with pytest.raises(ExportError, match=r"g\.nt"):
        export(broken, target, Format.NTRIPLES)
    assert target.read_bytes() == b"previous"
    assert temporaries(tmp_path) == []


# atomic_write and staged_path ----------------------------------------------------------


def test_atomic_write_replaces_text_and_bytes(tmp_path: Path) -> None:
    target = tmp_path / "manifest.json"
    atomic_write(target, "{}")
    assert target.read_text() == "{}"
    atomic_write(target, b"[1]")
    assert target.read_bytes() == b"[1]"
    assert temporaries(tmp_path) == []


def test_atomic_write_refuses_invalid_unicode_and_keeps_the_file(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    target.write_text("old")
    with pytest.raises(ExportError, match=r"page\.html"):
        atomic_write(target, "bad \ud800")
    assert target.read_text() == "old"
    assert temporaries(tmp_path) == []


def test_atomic_write_into_a_missing_directory_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="missing"):
        atomic_write(tmp_path / "missing" / "f.txt", "x")


def test_staged_path_discards_the_file_when_the_block_fails(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    target.write_text("old")
    with pytest.raises(ValueError, match="boom"), staged_path(target) as part:
        part.write_text("new")
        raise ValueError("boom")
    assert target.read_text() == "old"
    assert temporaries(tmp_path) == []


# Hostile text --------------------------------------------------------------------------

_NASTY = [
    *"\"'<>\\\n\r\t\x00\x1f\x7f{}|^`%#:/.@ _-~",
    "\u0085",
    "\u2028",
    "\u200b",
    "\ufeff",
    "\ud800",
    "\udfff",
    "\U0001f600",
    "é",
    "ß",
]
_CHAR = st.one_of(st.sampled_from(_NASTY), st.characters(exclude_categories=()))
_SHORT = st.text(_CHAR, min_size=1, max_size=30)
HOSTILE = st.one_of(
    _SHORT,
    _SHORT,
    st.builds(lambda text, times: text * times, _SHORT, st.integers(100, 400)),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    names=st.lists(HOSTILE, min_size=2, max_size=3),
    aliases=st.lists(HOSTILE, max_size=3),
    sentence=HOSTILE,
    mention=st.one_of(st.none(), HOSTILE),
    doc_id=_SHORT,
    title=HOSTILE,
    url=_SHORT,
)
def test_hostile_text_survives_every_format(
    names: list[str],
    aliases: list[str],
    sentence: str,
    mention: str | None,
    doc_id: str,
    title: str,
    url: str,
) -> None:
    entities = [
        entity(
            f"org/x{name.replace('/', '_')[:200]}",
            label=name,
            aliases=tuple((alias, 1) for alias in [name, *aliases]),
        )
        for name in names
    ]
    doc = document(f"d{doc_id}", title=title, url=url)
    triples = [
        fact(
            entities[0].key,
            "partnerOf",
            entities[-1].key,
            doc_id=doc.id,
            sentence=sentence,
            mention=mention,
        ),
        fact(
            entities[-1].key,
            "memberOf",
            entities[0].key,
            doc_id=doc.id,
            sentence=sentence,
            extractor=f"kg.{names[0][:20]}.v1",
        ),
    ]
    built = build_dataset([doc], entities, triples)
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in Format:
            path = export(built, Path(tmp) / f"g.{fmt.value}", fmt)
            assert_round_trips(built, path, fmt)
