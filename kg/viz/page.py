"""Render a kg graph as one self-contained, offline HTML page.

The page is kg's own template (``templates/page.html``), not pyvis's: pyvis 0.3.2 renders
``heading=``, ``select_menu`` and ``filter_menu`` without escaping, switches to a popup that
assigns every ``title`` through ``innerHTML`` as soon as one title contains ``href``, and
loads Bootstrap or vis-network from a CDN in its default and ``in_line`` modes. Here:

- all data travels as one JSON blob in ``<script type="application/json">`` with ``<``,
  ``>``, ``&``, U+2028 and U+2029 written as ``\\uXXXX`` escapes, so no text can close the
  script element; the viewer reads it with ``JSON.parse`` and writes every text through
  ``textContent``;
- vis-network (vendored in ``assets/``) and the viewer are inlined, and a Content Security
  Policy allows exactly those two scripts by hash, styles and ``data:`` images, nothing
  else: no request can leave the file, and an injected inline script or event handler
  would not run even if escaping failed.

Example:
    >>> from rdflib import Graph
    >>> page = render_html(Graph(), title="<empty>")
    >>> "<title>&lt;empty&gt;</title>" in page
    True
    >>> "default-src 'none'" in page
    True
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import logging
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph

from kg import ontology
from kg.errors import ExportError
from kg.export import atomic_write
from kg.graph import load_graph
from kg.viz.layout import force_layout
from kg.viz.view import UNTYPED, GraphView, check_lang, graph_view, select

__all__ = [
    "LAYOUT_THRESHOLD",
    "render_file",
    "render_html",
    "render_view",
    "script_json",
    "show",
    "write_html",
]

logger = logging.getLogger(__name__)

#: Above this many nodes the layout is computed in Python and physics starts off. Measured
#: in headless Chromium (benchmarks/RESULTS.md): vis-network's physics needs 2.9 s to settle
#: 300 nodes, 12 s for 1,000 and 20 s for 1,500, where a Python layout is ready in 0.7-1.6 s.
LAYOUT_THRESHOLD = 300
#: Above this many edges, relation labels are left off the canvas (they stay in the
#: tooltips and the details panel): thousands of labels cost frames and hide the graph.
EDGE_LABEL_LIMIT = 1500
#: Edges whose confidence is below this are dashed.
DASH_BELOW = 0.5
#: Colour of each top class (Okabe-Ito palette, readable with colour blindness).
GROUP_COLOURS = {
    "Person": "#E69F00",
    "Organization": "#0072B2",
    "Place": "#009E73",
    "Product": "#CC79A7",
    "Agreement": "#F0E442",
    "Regulation": "#D55E00",
    "Event": "#56B4E9",
    "Concept": "#8C6BB1",
    UNTYPED: "#B0B0B0",
}
#: Roundness added for each further edge between the same two nodes, so none overlap.
CURVE_STEP = 0.2

_PLACEHOLDER = re.compile(r"\{\{([a-z_.]+)\}\}")
_SCRIPT_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_SOURCE_MAP = re.compile(r"\n//# sourceMappingURL=\S*\s*$")


def render_html(
    graph: Graph,
    *,
    label_lang: str = "fr",
    min_confidence: float = 0.0,
    classes: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
    top: int | None = None,
    focus: str | None = None,
    hops: int = 1,
    title: str = "kg graph",
) -> str:
    """Render ``graph`` (or the part the filters select) as a standalone HTML page.

    Args:
        graph: A kg graph or dataset.
        label_lang: Language of relation and class labels (``fr`` or ``en``); entity
            labels in that language are preferred when the graph has several.
        min_confidence: Lowest edge confidence kept.
        classes: Keep entities of these ``kgo:`` classes (and their subclasses).
        relations: Keep facts of these relations (and their sub-properties).
        top: Keep the ``top`` entities with the most mentions, then the highest degree.
        focus: Keep the neighbourhood of this entity (IRI, label or alias).
        hops: Radius of the ``focus`` neighbourhood.
        title: Title of the page.

    Returns:
        The page, which loads nothing from outside itself.

    Raises:
        InputError: On an unknown language, an unmatched focus or an out-of-range number.
        OntologyError: On an unknown class or relation name.

    Example:
        >>> from rdflib import Graph
        >>> render_html(Graph()).startswith("<!DOCTYPE html>")
        True
    """
    view = graph_view(graph, label_lang=label_lang)
    view = select(
        view,
        min_confidence=min_confidence,
        classes=classes,
        relations=relations,
        top=top,
        focus=focus,
        hops=hops,
    )
    return render_view(view, label_lang=label_lang, title=title)


def render_view(view: GraphView, *, label_lang: str = "fr", title: str = "kg graph") -> str:
    """Render an already selected :class:`~kg.viz.view.GraphView`.

    Example:
        >>> "kgReady" in render_view(GraphView((), ()))
        True
    """
    check_lang(label_lang)
    data = page_data(view, label_lang=label_lang, title=title)
    vis_js = _vis_source()
    viewer_js = _template("viewer.js")
    for name, source in (("vis-network", vis_js), ("viewer", viewer_js)):
        # Inlined code must not end its own <script> element early.
        if re.search(r"</script|<!--", source, re.IGNORECASE):
            raise ExportError(f"the {name} script contains '</script' or '<!--'; cannot inline it")
    values = {
        "lang": label_lang,
        "title": title,
        "csp": content_security_policy([vis_js, viewer_js]),
        "style": _template("page.css"),
        "data": script_json(data),
        "vis": vis_js,
        "viewer": viewer_js,
    }
    values.update({f"ui.{key}": text for key, text in data["ui"].items()})
    # Trusted code, JSON already made inert, and the policy (hashes and quoted keywords only).
    raw = {"csp", "style", "data", "vis", "viewer"}

    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        return values[key] if key in raw else html.escape(values[key], quote=True)

    # One pass: text inserted for a placeholder is never scanned for placeholders again.
    return _PLACEHOLDER.sub(fill, _template("page.html"))


def write_html(graph: Graph, path: str | os.PathLike[str], **options: Any) -> None:
    """Write the page of ``graph`` to ``path`` atomically (``kg build``'s html output),
    creating its folder if needed.

    Args:
        graph: A kg graph or dataset.
        path: Destination file.
        **options: Keyword options of :func:`render_html`.

    Raises:
        ExportError: If the file cannot be written.

    Example:
        >>> import tempfile, pathlib
        >>> from rdflib import Graph
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     out = pathlib.Path(tmp, "graph.html")
        ...     write_html(Graph(), out)
        ...     out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        True
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExportError(f"cannot create the folder of {str(target)!r}: {err}") from err
    atomic_write(target, render_html(graph, **options))


def render_file(
    source: str | os.PathLike[str], out: str | os.PathLike[str] | None = None, **options: Any
) -> Path:
    """Read a kg export (``kg.graph.load_graph``: Turtle, TriG, JSON-LD, N-Triples, N-Quads)
    and write its page.

    Args:
        source: The graph file.
        out: The page to write; by default ``source`` with the suffix ``.html``.
        **options: Keyword options of :func:`render_html`.

    Returns:
        The path written.

    Raises:
        InputError: If the graph cannot be read.
        ExportError: If the page cannot be written.

    Example:
        >>> import tempfile, pathlib
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     src = pathlib.Path(tmp, "graph.ttl")
        ...     _ = src.write_text("", encoding="utf-8")
        ...     render_file(src).name
        'graph.html'
    """
    source = Path(source)
    target = source.with_suffix(".html") if out is None else Path(out)
    graph = load_graph(source)
    options.setdefault("title", source.stem)
    write_html(graph, target, **options)
    logger.info("wrote %s", target)
    return target


def show(graph: Graph, *, height: int = 720, **options: Any) -> Any:
    """Display the page of ``graph`` in a notebook cell.

    The page goes into an ``<iframe srcdoc=...>`` (escaped as an attribute), sandboxed to
    scripts and link pop-ups, which JupyterLab and VS Code both display; they refuse the
    script tags of pyvis's inline output.

    Args:
        graph: A kg graph or dataset.
        height: Height of the frame in pixels.
        **options: Keyword options of :func:`render_html`.

    Returns:
        An ``IPython.display.HTML`` object.

    Raises:
        ExportError: If IPython is not installed.

    Example:
        >>> from rdflib import Graph
        >>> show(Graph()).data.startswith("<div><iframe srcdoc=")
        True
    """
    try:
        from IPython.display import HTML
    except ImportError as err:
        raise ExportError("kg.viz.show needs IPython: pip install 'kg[notebook]'") from err
    page = render_html(graph, **options)
    # A bare <iframe> output makes IPython warn; the wrapping div is what notebooks show.
    frame = (
        f'<div><iframe srcdoc="{html.escape(page, quote=True)}" '
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
        f'style="width: 100%; height: {int(height)}px; border: 1px solid #ddd"></iframe></div>'
    )
    return HTML(frame)


def script_json(value: Any) -> str:
    """JSON that is inert inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` can only occur inside JSON strings, where ``\\u003c`` and
    friends mean the same characters to ``JSON.parse`` but cannot close the element or
    open a comment; U+2028 and U+2029 are escaped for older JavaScript parsers.

    Example:
        >>> script_json({"label": "</script><b>&"})
        '{"label":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda match: _SCRIPT_ESCAPES[match.group()], text)


def content_security_policy(scripts: Iterable[str]) -> str:
    """The page's policy: the given inline scripts by hash, inline styles, data: images.

    Example:
        >>> content_security_policy(["1"]).split("; ")[:2]
        ["default-src 'none'", "script-src 'sha256-a4ayc/80/OGda4BO/1o/V0etpOqiLx1JwB5S3beHW0s='"]
    """
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in scripts
    )
    return "; ".join(
        [
            "default-src 'none'",
            f"script-src {hashes}",
            # vis-network injects its stylesheet and sets element styles at run time.
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def page_data(view: GraphView, *, label_lang: str, title: str) -> dict[str, Any]:
    """The JSON-ready content of the page: nodes, edges and the tables they index.

    Nodes and edges get small integer ids; classes, top classes, relations and documents
    are listed once and referred to by index, which keeps a 10k-node page small.

    Example:
        >>> page_data(GraphView((), ()), label_lang="en", title="t")["physics"]
        True
    """
    known_classes = ontology.classes()
    known_relations = ontology.relations()

    def class_label(name: str) -> str:
        cls = known_classes[name]
        return cls.label_fr if label_lang == "fr" else cls.label_en

    def relation_label(name: str) -> str:
        rel = known_relations[name]
        return rel.label_fr if label_lang == "fr" else rel.label_en

    node_index = {node.iri: i for i, node in enumerate(view.nodes)}
    degree = view.degrees()
    group_count = Counter(node.top_class for node in view.nodes)
    groups = sorted(group_count, key=lambda name: (-group_count[name], name))
    group_index = {name: i for i, name in enumerate(groups)}
    class_names = sorted({node.cls for node in view.nodes})
    class_index = {name: i for i, name in enumerate(class_names)}
    top_class = {node.cls: node.top_class for node in view.nodes}
    relation_count = Counter(edge.relation for edge in view.edges)
    relation_names = sorted(relation_count, key=lambda name: relation_label(name).casefold())
    relation_index = {name: i for i, name in enumerate(relation_names)}
    documents: dict[tuple[str, str | None], int] = {}

    large = len(view.nodes) > LAYOUT_THRESHOLD
    positions = {}
    if large:
        skeleton = nx.Graph()
        skeleton.add_nodes_from(range(len(view.nodes)))
        skeleton.add_edges_from((node_index[e.source], node_index[e.target]) for e in view.edges)
        positions = force_layout(skeleton)

    nodes = []
    for i, node in enumerate(view.nodes):
        item: dict[str, Any] = {
            "id": i,
            "iri": node.iri,
            "label": node.label,
            "c": class_index[node.cls],
            "aliases": list(node.aliases),
            "mentions": node.mentions,
            "degree": degree[node.iri],
            "qid": node.qid,
        }
        if large:
            item["x"], item["y"] = positions[i].x, positions[i].y
        nodes.append(item)

    edges = []
    parallel: defaultdict[frozenset[str], int] = defaultdict(int)
    pair_size = Counter(frozenset((e.source, e.target)) for e in view.edges)
    for i, edge in enumerate(view.edges):
        pair = frozenset((edge.source, edge.target))
        rank = parallel[pair]
        parallel[pair] += 1
        evidence = []
        for ev in edge.evidence:
            doc = None
            if ev.document is not None:
                doc = documents.setdefault((ev.document, ev.document_title), len(documents))
            evidence.append(
                {"s": ev.sentence, "doc": doc, "ex": ev.extractor, "conf": ev.confidence}
            )
        edges.append(
            {
                "id": i,
                "from": node_index[edge.source],
                "to": node_index[edge.target],
                "rel": relation_index[edge.relation],
                "conf": edge.confidence,
                "curve": 0 if pair_size[pair] == 1 else round(CURVE_STEP * (rank + 1), 2),
                "ev": evidence,
            }
        )

    return {
        "title": title,
        "lang": label_lang,
        "ui": _ui_strings()[label_lang],
        "physics": not large,
        "edgeLabels": len(view.edges) <= EDGE_LABEL_LIMIT,
        "dashBelow": DASH_BELOW,
        "groups": [
            {
                "name": name,
                "label": class_label(name) if name in known_classes else name,
                "colour": GROUP_COLOURS.get(name, GROUP_COLOURS[UNTYPED]),
                "count": group_count[name],
            }
            for name in groups
        ],
        "classes": [
            {"name": name, "label": class_label(name), "group": group_index[top_class[name]]}
            for name in class_names
        ],
        "relations": [
            {"name": name, "label": relation_label(name), "count": relation_count[name]}
            for name in relation_names
        ],
        "documents": [{"id": doc_id, "title": doc_title} for doc_id, doc_title in documents],
        "nodes": nodes,
        "edges": edges,
    }


@functools.cache
def _template(name: str) -> str:
    return resources.files("kg.viz").joinpath("templates", name).read_text(encoding="utf-8")


@functools.cache
def _vis_source() -> str:
    source = resources.files("kg.viz").joinpath("assets", "vis-network.min.js")
    return _SOURCE_MAP.sub("\n", source.read_text(encoding="utf-8"))


@functools.cache
def _ui_strings() -> dict[str, dict[str, str]]:
    strings: dict[str, dict[str, str]] = json.loads(_template("ui.json"))
    return strings
