"""Unit tests of the graph page: what goes into the HTML, and which nodes and edges.

The browser behaviour (requests, clicks, dialogs) is in ``test_viz_browser.py``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from rdflib import OWL, RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.cli import main
from kg.errors import InputError, OntologyError
from kg.iri import mint_iri
from kg.namespace import KGO, WD
from kg.viz import page as page_module
from kg.viz import render_file, render_html, select, show, write_html
from kg.viz.layout import force_layout
from kg.viz.samples import HOSTILE_TEXTS, article_graph, synthetic_graph
from kg.viz.view import GraphView, graph_view

OPENAI = str(mint_iri("entity", "org", "openai"))
PARIS = str(mint_iri("entity", "loc", "paris"))
ALTMAN = str(mint_iri("entity", "per", "altman"))
VIEWER_JS = Path(page_module.__file__).with_name("templates") / "viewer.js"


class _Page(HTMLParser):
    """Collects the elements, attributes and script bodies of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._script: dict[str, str | None] | None = None
        self._body: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script, self._body = dict(attrs), []

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._body.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._body)))
            self._script = None


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def blob(page: str) -> dict:
    """The page's data, read the way the browser reads it."""
    (attrs, body), *_ = [s for s in parse(page).scripts if s[0].get("id") == "kg-data"]
    assert attrs["type"] == "application/json"
    return json.loads(body)


@pytest.fixture(scope="module")
def article() -> Graph:
    return article_graph()


@pytest.fixture(scope="module")
def hostile_page() -> str:
    return render_html(article_graph(hostile=True), title=HOSTILE_TEXTS[0])


# ---------- escaping ----------


@pytest.mark.parametrize("text", [*HOSTILE_TEXTS, "\u2029", "a&b", "]]>", "\\u003c"])
def test_script_json_round_trips_without_markup_characters(text: str) -> None:
    encoded = page_module.script_json({"label": text, text: [text]})
    assert not set(encoded) & set("<>&\u2028\u2029")
    assert json.loads(encoded) == {"label": text, text: [text]}


def test_hostile_texts_reach_the_data_blob_intact(hostile_page: str) -> None:
    data = blob(hostile_page)
    labels = {node["label"] for node in data["nodes"]}
    sentences = {ev["s"] for edge in data["edges"] for ev in edge["ev"]}
    titles = {doc["title"] for doc in data["documents"]}
    assert set(HOSTILE_TEXTS) <= labels
    assert HOSTILE_TEXTS[1] in sentences
    assert titles == {HOSTILE_TEXTS[1]}


def test_hostile_texts_never_appear_as_markup(hostile_page: str) -> None:
    for text in HOSTILE_TEXTS:
        assert text not in hostile_page
    # Exactly the three script elements of the template, each closed once.
    assert hostile_page.lower().count("</script") == 3
    assert [tag for tag, _ in parse(hostile_page).tags].count("script") == 3


def test_page_title_is_escaped(hostile_page: str) -> None:
    assert f"<title>{html.escape(HOSTILE_TEXTS[0])}</title>" in hostile_page
    assert blob(hostile_page)["title"] == HOSTILE_TEXTS[0]


def test_placeholders_in_data_are_not_expanded() -> None:
    page = render_html(article_graph(hostile=True), title="{{vis}}{{data}}")
    assert "<title>{{vis}}{{data}}</title>" in page
    assert page.count("vis-network") == page_module.render_view(GraphView((), ())).count(
        "vis-network"
    )


def test_javascript_same_as_gives_no_wikidata_link(hostile_page: str) -> None:
    data = blob(hostile_page)
    qids = {node["label"]: node["qid"] for node in data["nodes"]}
    assert qids["OpenAI"] == "Q21708200"
    assert qids[HOSTILE_TEXTS[-1]] is None


# ---------- offline and content security policy ----------


def test_page_references_nothing_outside_itself(hostile_page: str) -> None:
    parsed = parse(hostile_page)
    assert not [tag for tag, _ in parsed.tags if tag in {"link", "img", "iframe", "object"}]
    for tag, attrs in parsed.tags:
        assert "src" not in attrs, tag
        assert "href" not in attrs, tag
    markup = re.sub(r"<script[^>]*>.*?</script>", "", hostile_page, flags=re.S)
    assert not re.search(r"https?:|//|@import|url\(", markup.split("<style>")[0], re.I)
    assert not re.search(r"https?:|@import|url\(", markup.split("<style>")[1], re.I)
    assert "sourceMappingURL" not in hostile_page


def test_policy_allows_exactly_the_inline_scripts(hostile_page: str) -> None:
    parsed = parse(hostile_page)
    (meta,) = [attrs for tag, attrs in parsed.tags if tag == "meta" and attrs.get("http-equiv")]
    policy = dict((part.split()[0], part.split()[1:]) for part in meta["content"].split("; "))
    assert policy["default-src"] == ["'none'"]
    assert "connect-src" not in policy
    executable = [body for attrs, body in parsed.scripts if "type" not in attrs]
    expected = [
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
        for body in executable
    ]
    assert len(executable) == 2
    assert policy["script-src"] == expected
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]


def test_scripts_do_not_depend_on_the_data() -> None:
    """No label (not even one with ``href``, pyvis's popup switch) changes the code run."""
    plain = parse(render_html(article_graph()))
    hostile = parse(render_html(article_graph(hostile=True), label_lang="en"))

    def code(parsed: _Page) -> list[str]:
        return [body for attrs, body in parsed.scripts if "type" not in attrs]

    assert code(plain) == code(hostile)


@pytest.mark.parametrize(
    "sink", ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function("]
)
def test_viewer_never_parses_text_as_markup_or_code(sink: str) -> None:
    code = "\n".join(
        line for line in VIEWER_JS.read_text().splitlines() if not line.lstrip().startswith("//")
    )
    assert sink not in code


# ---------- what the graph becomes ----------


def test_graph_view_reads_entities_facts_and_evidence(article: Graph) -> None:
    view = graph_view(article)
    nodes = {node.iri: node for node in view.nodes}
    assert nodes[OPENAI].cls == "Company"
    assert nodes[OPENAI].top_class == "Organization"
    assert nodes[OPENAI].mentions == 9
    assert nodes[OPENAI].qid == "Q21708200"
    assert "la start-up californienne" in nodes[OPENAI].aliases
    assert "OpenAI" not in nodes[OPENAI].aliases
    (edge,) = [e for e in view.edges if e.source == OPENAI and e.target == PARIS]
    assert edge.relation == "opensOfficeIn"
    assert edge.confidence == pytest.approx(0.92)
    (evidence,) = edge.evidence
    assert evidence.sentence.endswith("situé à Paris.")
    assert evidence.document == "openai_paris_fr"
    assert evidence.document_title == "OpenAI ouvre un bureau à Paris"
    assert evidence.extractor == "kg.frame.v1"


def test_dataset_is_read_as_the_union_of_its_graphs(article: Graph) -> None:
    ds = Dataset()
    facts, default = ds.graph(URIRef("urn:doc")), ds.graph(DATASET_DEFAULT_GRAPH_ID)
    for triple in article:
        (facts if triple[1] in {KGO.opensOfficeIn, KGO.sentence} else default).add(triple)
    assert graph_view(ds) == graph_view(article)


def test_fact_without_assertion_is_an_edge_of_unknown_confidence() -> None:
    a, b = URIRef("urn:x:a"), URIRef("urn:x:b")
    graph = Graph()
    graph += [(a, RDF.type, KGO.Person), (a, KGO.memberOf, b), (b, RDFS.label, Literal("B"))]
    view = graph_view(graph)
    assert [node.cls for node in view.nodes] == ["Person", "NamedEntity"]
    assert view.edges[0].confidence is None
    assert len(select(view, min_confidence=0.99).edges) == 1


def test_label_language_picks_entity_and_relation_labels() -> None:
    a, b = URIRef("urn:x:a"), URIRef("urn:x:b")
    graph = Graph()
    graph += [
        (a, RDF.type, KGO.Country),
        (a, RDFS.label, Literal("Allemagne", lang="fr")),
        (a, RDFS.label, Literal("Germany", lang="en")),
        (b, RDF.type, KGO.City),
        (b, KGO.locatedIn, a),
        (b, OWL.sameAs, WD["Q64"]),
    ]
    fr, en = blob(render_html(graph)), blob(render_html(graph, label_lang="en"))
    assert [n["label"] for n in fr["nodes"]] == ["Allemagne", "b"]
    assert [n["label"] for n in en["nodes"]] == ["Germany", "b"]
    assert (fr["relations"][0]["label"], en["relations"][0]["label"]) == ("situé à", "located in")
    assert [c["label"] for c in en["classes"]] == ["city", "country"]
    with pytest.raises(InputError, match="'de'"):
        render_html(graph, label_lang="de")


# ---------- selection ----------


def labels(view: GraphView) -> set[str]:
    return {node.label for node in view.nodes}


def test_min_confidence_drops_edges_not_nodes(article: Graph) -> None:
    view = graph_view(article)
    kept = select(view, min_confidence=0.8)
    assert {edge.relation for edge in kept.edges} == {"opensOfficeIn", "cofounderOf", "founderOf"}
    assert kept.nodes == view.nodes


def test_class_filter_keeps_subclasses(article: Graph) -> None:
    kept = select(graph_view(article), classes=["Organization"])
    assert labels(kept) == {"OpenAI", "Microsoft", "Meta", "Le Monde"}
    assert {(e.relation) for e in kept.edges} == {"partnerOf", "competitorOf", "quotedIn"}


def test_relation_filter_keeps_sub_properties_and_drops_unlinked_nodes(article: Graph) -> None:
    kept = select(graph_view(article), relations=["founderOf"])
    assert {edge.relation for edge in kept.edges} == {"founderOf", "cofounderOf"}
    assert labels(kept) == {"Sam Altman", "OpenAI", "Xavier Niel", "Station F"}


def test_top_keeps_the_most_mentioned(article: Graph) -> None:
    kept = select(graph_view(article), top=3)
    assert labels(kept) == {"OpenAI", "France", "Paris"}
    assert {edge.relation for edge in kept.edges} == {"opensOfficeIn", "locatedIn"}


@pytest.mark.parametrize(
    ("focus", "hops", "expected"),
    [
        ("Altman", 0, {"Sam Altman"}),
        ("sam altman", 1, {"Sam Altman", "OpenAI"}),
        (ALTMAN, 2, {"Sam Altman", "OpenAI", "Paris", "Microsoft", "Meta", "Le Monde"}),
        ("station f", 1, {"Station F", "Xavier Niel", "Paris"}),
    ],
)
def test_focus_keeps_the_neighbourhood(
    article: Graph, focus: str, hops: int, expected: set[str]
) -> None:
    assert labels(select(graph_view(article), focus=focus, hops=hops)) == expected


def test_focus_applies_after_the_filters(article: Graph) -> None:
    kept = select(graph_view(article), focus="OpenAI", hops=1, min_confidence=0.9)
    assert labels(kept) == {"OpenAI", "Paris", "Sam Altman"}


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"focus": "Google"}, InputError, "'Google'"),
        ({"classes": ["Company", "Startup"]}, OntologyError, "'Startup'"),
        ({"relations": ["worksAt"]}, OntologyError, "'worksAt'"),
        ({"min_confidence": 1.5}, InputError, "1.5"),
        ({"top": 0}, InputError, "0"),
        ({"hops": -1}, InputError, "-1"),
    ],
)
def test_bad_options_name_the_bad_value(
    article: Graph, options: dict, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)):
        select(graph_view(article), **options)


def test_ambiguous_focus_asks_for_an_iri() -> None:
    graph = Graph()
    for key in ("a", "b"):
        iri = URIRef(f"urn:x:{key}")
        graph += [(iri, RDF.type, KGO.Person), (iri, RDFS.label, Literal("Dupont"))]
    with pytest.raises(InputError, match="2 entities"):
        select(graph_view(graph), focus="Dupont")


# ---------- page data and layout ----------


def test_small_graph_uses_physics_without_positions(article: Graph) -> None:
    data = blob(render_html(article))
    assert data["physics"] is True
    assert all("x" not in node for node in data["nodes"])
    assert len(data["nodes"]) == len(graph_view(article).nodes)


def test_large_graph_gets_positions_and_no_physics(
    article: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page_module, "LAYOUT_THRESHOLD", 5)
    data = blob(render_html(article))
    assert data["physics"] is False
    points = {(node["x"], node["y"]) for node in data["nodes"]}
    assert len(points) == len(data["nodes"])


def test_parallel_edges_get_distinct_curves() -> None:
    a, b = URIRef("urn:x:a"), URIRef("urn:x:b")
    graph = Graph()
    graph += [
        (a, RDF.type, KGO.Company),
        (b, RDF.type, KGO.Company),
        (a, KGO.partnerOf, b),
        (a, KGO.investsIn, b),
        (b, KGO.acquires, a),
    ]
    curves = [edge["curve"] for edge in blob(render_html(graph))["edges"]]
    assert sorted(curves) == [0.2, 0.4, 0.6]


def test_layout_places_components_apart_and_is_deterministic() -> None:
    graph = nx.disjoint_union_all(
        [nx.path_graph(150), nx.star_graph(30), nx.path_graph(2), nx.empty_graph(5)]
    )
    points = force_layout(graph, seed=3)
    assert set(points) == set(graph)
    assert force_layout(graph, seed=3) == points
    boxes = []
    for component in nx.connected_components(graph):
        xs = [points[n].x for n in component]
        ys = [points[n].y for n in component]
        boxes.append((min(xs), max(xs), min(ys), max(ys)))
    for i, (ax0, ax1, ay0, ay1) in enumerate(boxes):
        for bx0, bx1, by0, by1 in boxes[i + 1 :]:
            assert ax1 < bx0 or bx1 < ax0 or ay1 < by0 or by1 < ay0


def test_layout_spreads_a_large_component() -> None:
    graph = nx.barabasi_albert_graph(600, 1, seed=1)
    points = force_layout(graph)
    assert len({(p.x, p.y) for p in points.values()}) == 600
    # Linked nodes end up nearer each other than nodes picked at random.
    linked = sum(abs(points[u].x - points[v].x) for u, v in graph.edges()) / graph.number_of_edges()
    nodes = list(graph)
    spread = (
        sum(abs(points[u].x - points[v].x) for u, v in zip(nodes, reversed(nodes), strict=True))
        / 600
    )
    assert linked < spread / 2


# ---------- files, command line, notebook ----------


def test_write_html_replaces_the_file(tmp_path: Path, article: Graph) -> None:
    out = tmp_path / "sub" / "graph.html"
    write_html(article, out)
    write_html(article, out, label_lang="en", top=2)
    assert len(blob(out.read_text(encoding="utf-8"))["nodes"]) == 2
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_render_file_reads_turtle_and_trig(tmp_path: Path, article: Graph, fmt: str) -> None:
    source = tmp_path / f"graph.{'ttl' if fmt == 'turtle' else 'trig'}"
    article.serialize(source, format=fmt)
    out = render_file(source)
    assert out == tmp_path / "graph.html"
    assert len(blob(out.read_text(encoding="utf-8"))["edges"]) == len(graph_view(article).edges)


def test_cli_writes_the_filtered_page(tmp_path: Path, article: Graph) -> None:
    source = tmp_path / "graph.ttl"
    article.serialize(source, format="turtle")
    out = tmp_path / "page.html"
    code = main(
        [
            "viz",
            str(source),
            "--out",
            str(out),
            "--label-lang",
            "en",
            "--focus",
            "Paris",
            "--hops",
            "1",
            "--class",
            "Place",
            "--class",
            "Organization",
            "--min-confidence",
            "0.5",
        ]
    )
    assert code == 0
    data = blob(out.read_text(encoding="utf-8"))
    assert {node["label"] for node in data["nodes"]} == {"Paris", "OpenAI", "France"}
    assert data["lang"] == "en"
    assert data["title"] == "graph"


def test_cli_reports_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["viz", str(tmp_path / "missing.ttl")]) == 2
    assert "missing.ttl" in capsys.readouterr().err


def test_show_wraps_the_page_in_an_escaped_srcdoc(article: Graph) -> None:
    frame = show(article, height=500).data
    match = re.fullmatch(
        r'<div><iframe srcdoc="([^"]*)" sandbox="([^"]*)" style="[^"]*500px[^"]*"></iframe></div>',
        frame,
    )
    assert match is not None
    assert "<" not in match.group(1)
    assert html.unescape(match.group(1)) == render_html(article)
    assert "allow-same-origin" not in match.group(2)


def test_synthetic_graph_has_the_requested_size() -> None:
    view = graph_view(synthetic_graph(300, seed=2))
    assert len(view.nodes) == 300
    assert 300 <= len(view.edges) <= 450
    assert all(edge.evidence for edge in view.edges)
