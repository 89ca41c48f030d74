"""Analyse a kg graph in a notebook: networkx for its structure, pandas for its tables.

:func:`to_networkx` folds a kg graph (``ontology/README.md``) into a
:class:`networkx.MultiDiGraph`: one node per entity, keyed by its IRI, and one edge per fact,
keyed by the relation's local name, with the fused confidence and the evidence sentences as
attributes. Every other function takes either that network or the RDF graph (or a graph file)
and converts as needed, so a notebook may convert once and reuse the network:

* tables (pandas): :func:`facts`, :func:`entities`, :func:`evidence`, :func:`query_df`,
  :func:`centrality`, :func:`communities`, :func:`neighbourhood`;
* structure: :func:`paths` between two entities, each hop with the sentences behind it;
* Gephi: :func:`write_network` (GraphML, GEXF), behind ``kg export``.

Entities are found by IRI, label or alias, compared by :func:`kg.text.match_key` (case,
accents and leading articles ignored); names never go into SPARQL text, and
:func:`query_df` passes its parameters as engine bindings.

pandas is an optional dependency (``pip install 'kg[analysis]'``, which also brings SciPy
for PageRank); it is imported only by the functions that return tables.

Example:
    >>> from kg.viz.samples import article_graph
    >>> network = to_networkx(article_graph())
    >>> network.nodes["https://w3id.org/kg/resource/entity/per/altman"]["label"]
    'Sam Altman'
    >>> [str(path) for path in paths(network, "Xavier Niel", "Paris")]
    ['Xavier Niel —fondateur de→ Station F —situé à→ Paris']
"""

from __future__ import annotations

import enum
import io
import itertools
import logging
import math
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

import networkx as nx
from rdflib import BNode, Graph, Literal
from rdflib.term import Node

from kg import ontology
from kg.errors import ExportError, InputError
from kg.export import atomic_write
from kg.graph import load_graph
from kg.query import QueryForm, run_query
from kg.text import match_key
from kg.viz.view import ViewEvidence, check_lang, graph_view

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "Centrality",
    "Fact",
    "Hop",
    "NetworkFormat",
    "Route",
    "ViewEvidence",
    "centrality",
    "communities",
    "entities",
    "evidence",
    "facts",
    "find_entity",
    "neighbourhood",
    "paths",
    "query_df",
    "to_networkx",
    "write_network",
]

logger = logging.getLogger(__name__)

#: What the analysis functions accept: a kg graph, its network, or a graph file.
Source: TypeAlias = Graph | nx.MultiDiGraph | str | os.PathLike[str]

#: Separator of list values flattened into one GraphML/GEXF string.
LIST_SEPARATOR = " | "


class Centrality(enum.StrEnum):
    """The centrality measures :func:`centrality` ranks entities by."""

    DEGREE = "degree"
    PAGERANK = "pagerank"
    BETWEENNESS = "betweenness"


class NetworkFormat(enum.StrEnum):
    """Graph formats for network tools (Gephi, Cytoscape); the value is the file suffix."""

    GRAPHML = "graphml"
    GEXF = "gexf"


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact of the graph, with the sentences it was read from.

    Attributes:
        subject: IRI of the subject entity.
        relation: Relation local name (``"ceoOf"``).
        object: IRI of the object entity.
        subject_label: The subject's label.
        relation_label: The relation's label in the network's language.
        object_label: The object's label.
        confidence: Fused confidence, None when the graph has no assertion record for it.
        evidence: The supporting sentences, sorted by document and sentence.
    """

    subject: str
    relation: str
    object: str
    subject_label: str
    relation_label: str
    object_label: str
    confidence: float | None
    evidence: tuple[ViewEvidence, ...]


@dataclass(frozen=True, slots=True)
class Hop:
    """One step of a :class:`Route`: two neighbouring entities and every fact linking them.

    Facts may point either way (``source`` may be their object): a path follows links, not
    the grammatical direction of the sentences.
    """

    source: str
    target: str
    source_label: str
    target_label: str
    facts: tuple[Fact, ...]


@dataclass(frozen=True, slots=True)
class Route:
    """A chain of hops from one entity to another.

    ``str(path)`` reads ``A —relation→ B ←relation— C``, the arrow following each fact's
    direction; where several facts link two entities their relations are joined by ``/``.
    """

    hops: tuple[Hop, ...]

    @property
    def labels(self) -> tuple[str, ...]:
        """The labels of the entities along the path, both ends included."""
        if not self.hops:
            return ()
        return (self.hops[0].source_label, *(hop.target_label for hop in self.hops))

    def __len__(self) -> int:
        return len(self.hops)

    def __str__(self) -> str:
        if not self.hops:
            return ""
        parts = [self.hops[0].source_label]
        for hop in self.hops:
            forward = sorted({f.relation_label for f in hop.facts if f.subject == hop.source})
            backward = sorted({f.relation_label for f in hop.facts if f.subject != hop.source})
            arrows = [f"—{'/'.join(forward)}→"] if forward else []
            arrows += [f"←{'/'.join(backward)}—"] if backward else []
            parts += [" ".join(arrows), hop.target_label]
        return " ".join(parts)


def to_networkx(
    graph: Graph | str | os.PathLike[str], *, label_lang: str = "fr"
) -> nx.MultiDiGraph:
    """Fold a kg graph into a directed multigraph of entities and facts.

    Nodes are entity IRIs with the attributes ``label``, ``class`` (most specific ``kgo:``
    class), ``top_class``, ``aliases`` (tuple), ``qid`` (Wikidata id or None) and
    ``mentions``. Edges are facts keyed by the relation's local name, with ``relation``,
    ``label`` (the relation's label in ``label_lang``), ``symmetric``, ``confidence``
    (None without an assertion record) and ``evidence`` (tuple of
    :class:`~kg.viz.view.ViewEvidence`: sentence, document id, extractor, confidence).

    Args:
        graph: A kg graph or dataset, or a graph file (read by Oxigraph).
        label_lang: Language of entity and relation labels, ``fr`` or ``en``.

    Raises:
        InputError: If ``label_lang`` is not supported or the file cannot be read.

    Example:
        >>> from kg.viz.samples import article_graph
        >>> network = to_networkx(article_graph(), label_lang="en")
        >>> altman = "https://w3id.org/kg/resource/entity/per/altman"
        >>> [(data["label"], len(data["evidence"]))
        ...  for _, _, data in network.out_edges(altman, data=True)]
        [('co-founder of', 1)]
    """
    check_lang(label_lang)
    rdf = load_graph(Path(graph)) if isinstance(graph, (str, os.PathLike)) else graph
    view = graph_view(rdf, label_lang=label_lang)
    known = ontology.relations()
    network = nx.MultiDiGraph(label_lang=label_lang)
    for node in view.nodes:
        network.add_node(
            node.iri,
            label=node.label,
            top_class=node.top_class,
            aliases=node.aliases,
            qid=node.qid,
            mentions=node.mentions,
            **{"class": node.cls},
        )
    for edge in view.edges:
        relation = known[edge.relation]
        network.add_edge(
            edge.source,
            edge.target,
            key=edge.relation,
            relation=edge.relation,
            label=relation.label_fr if label_lang == "fr" else relation.label_en,
            symmetric=relation.symmetric,
            confidence=edge.confidence,
            evidence=edge.evidence,
        )
    logger.info("network: %d entities, %d facts", network.number_of_nodes(), len(network.edges))
    return network


def find_entity(source: Source, name: str) -> str:
    """The IRI of the entity identified by ``name``: its IRI, its label, or one alias.

    Labels are tried before aliases; both compare by :func:`kg.text.match_key`, so
    ``"la france"`` finds ``France``.

    Raises:
        InputError: If no entity, or more than one, answers to ``name``.

    Example:
        >>> from kg.viz.samples import article_graph
        >>> find_entity(article_graph(), "la start-up californienne")
        'https://w3id.org/kg/resource/entity/org/openai'
    """
    network = _network(source)
    if name in network:
        return name
    key = match_key(name)
    by_label = [iri for iri, data in network.nodes(data=True) if match_key(data["label"]) == key]
    matches = by_label or [
        iri
        for iri, data in network.nodes(data=True)
        if key in {match_key(alias) for alias in data["aliases"]}
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise InputError(f"no entity is named or identified by {name!r}")
    listed = ", ".join(f"{network.nodes[iri]['label']} <{iri}>" for iri in sorted(matches)[:5])
    raise InputError(f"{name!r} names {len(matches)} entities ({listed}); give an IRI")


def facts(source: Source) -> pd.DataFrame:
    """Every fact as a row, most confident first.

    Columns: ``subject``, ``relation``, ``object`` (IRIs and the relation's local name),
    ``subject_label``, ``relation_label``, ``object_label``, ``confidence`` (NaN without an
    assertion record), ``n_evidence`` and ``documents`` (sorted tuple of document ids).

    Raises:
        ExportError: If pandas is not installed.

    Example:
        >>> from kg.viz.samples import article_graph
        >>> table = facts(article_graph())
        >>> table.loc[0, ["subject_label", "relation", "object_label"]].tolist()
        ['Sam Altman', 'cofounderOf', 'OpenAI']
        >>> int(table.loc[0, "n_evidence"]), table.loc[0, "documents"]
        (1, ('openai_paris_fr',))
    """
    pd = _pandas()
    rows = [
        {
            "subject": fact.subject,
            "relation": fact.relation,
            "object": fact.object,
            "subject_label": fact.subject_label,
            "relation_label": fact.relation_label,
            "object_label": fact.object_label,
            "confidence": _number(fact.confidence),
            "n_evidence": len(fact.evidence),
            "documents": _documents(fact.evidence),
        }
        for fact in _facts(_network(source))
    ]
    columns = [
        "subject",
        "relation",
        "object",
        "subject_label",
        "relation_label",
        "object_label",
        "confidence",
        "n_evidence",
        "documents",
    ]
    table = pd.DataFrame(rows, columns=columns)
    return _sorted(table, ["confidence", "subject_label", "relation", "object_label"], descending=1)


def entities(source: Source) -> pd.DataFrame:
    """Every entity as a row, most mentioned first.

    Columns: ``iri``, ``label``, ``class``, ``qid`` (missing when not linked), ``mentions``,
    ``degree`` (number of facts it takes part in) and ``aliases`` (tuple).

    Raises:
        ExportError: If pandas is not installed.

    Example:
        >>> from kg.viz.samples import article_graph
        >>> table = entities(article_graph())
        >>> table.loc[0, ["label", "class", "qid"]].tolist(), int(table.loc[0, "degree"])
        (['OpenAI', 'Company', 'Q21708200'], 5)
    """
    pd = _pandas()
    network = _network(source)
    rows = [
        {
            "iri": iri,
            "label": data["label"],
            "class": data["class"],
            "qid": data["qid"],
            "mentions": data["mentions"],
            "degree": network.degree(iri),
            "aliases": data["aliases"],
        }
        for iri, data in network.nodes(data=True)
    ]
    columns = ["iri", "label", "class", "qid", "mentions", "degree", "aliases"]
    table = pd.DataFrame(rows, columns=columns)
    return _sorted(table, ["mentions", "degree", "label", "iri"], descending=2)


def evidence(source: Source, subject_label: str, relation: str, object_label: str) -> pd.DataFrame:
    """The sentences behind one fact, one row per evidence record.

    ``subject_label`` and ``object_label`` name entities by IRI, label or alias. The fact is
    also found when the graph states it the other way round: a symmetric relation is stored
    in one direction only, and the inverse relation (``foundedBy`` for ``founderOf``) reads
    it backwards. A fact the graph does not hold gives an empty table.

    Columns: ``subject_label``, ``relation``, ``object_label`` (as stored),
    ``fact_confidence``, ``sentence``, ``document``, ``extractor``, ``confidence``.

    Raises:
        InputError: If an entity name matches no entity or several.
        OntologyError: If ``relation`` is not a kg relation.
        ExportError: If pandas is not installed.

    Example:
        >>> from kg.viz.samples import article_graph
        >>> rows = evidence(article_graph(), "Station F", "foundedBy", "Xavier Niel")
        >>> rows.loc[0, ["relation", "extractor"]].tolist()
        ['founderOf', 'kg.apposition.v1']
    """
    pd = _pandas()
    network = _network(source)
    about = find_entity(network, subject_label)
    target = find_entity(network, object_label)
    wanted = ontology.relation(relation)
    candidates = [(about, relation, target)]
    if wanted.symmetric:
        candidates.append((target, relation, about))
    if wanted.inverse is not None:
        candidates.append((target, wanted.inverse, about))
    rows = []
    for source_iri, key, target_iri in candidates:
        if not network.has_edge(source_iri, target_iri, key):
            continue
        fact = _fact(network, source_iri, target_iri, key)
        rows += [
            {
                "subject_label": fact.subject_label,
                "relation": fact.relation,
                "object_label": fact.object_label,
                "fact_confidence": _number(fact.confidence),
                "sentence": record.sentence,
                "document": record.document,
                "extractor": record.extractor,
                "confidence": _number(record.confidence),
            }
            for record in fact.evidence
        ]
    columns = [
        "subject_label",
        "relation",
        "object_label",
        "fact_confidence",
        "sentence",
        "document",
        "extractor",
        "confidence",
    ]
    return pd.DataFrame(rows, columns=columns)


def query_df(
    graph: Graph | str | os.PathLike[str],
    sparql: str,
    *,
    bindings: Mapping[str, Node | str | int | float] | None = None,
) -> pd.DataFrame:
    """Run a read-only SPARQL query (Oxigraph) and return its answer as a table.

    A SELECT gives one column per projected variable, in the query's order; literals become
    Python values (numbers, dates), IRIs strings; unbound variables are missing values.
    CONSTRUCT and DESCRIBE give ``subject``, ``predicate``, ``object`` columns; ASK one
    ``boolean``.

    Args:
        graph: A kg graph or dataset, or a graph file.
        sparql: The query; kg's prefixes (``kgo:``, ``rdfs:``...) need no declaration.
        bindings: Values of variables, passed to the engine (never spliced into the text);
            with Oxigraph a bound variable must be projected.

    Raises:
        QueryError: If the query is refused or fails.
        ExportError: If pandas is not installed.

    Example:
        >>> from kg.viz.samples import article_graph
        >>> query_df(article_graph(),
        ...          "SELECT ?name ?place WHERE { ?e rdfs:label ?name ; kgo:opensOfficeIn ?p ."
        ...          " ?p rdfs:label ?place }", bindings={"name": "OpenAI"}).to_dict("records")
        [{'name': 'OpenAI', 'place': 'Paris'}]
    """
    pd = _pandas()
    source = str(graph) if isinstance(graph, os.PathLike) else graph
    result = run_query(source, sparql, bindings=bindings)
    if result.form is QueryForm.ASK:
        return pd.DataFrame({"boolean": [bool(result.boolean)]})
    if result.form.returns_graph:
        triples = sorted(result.graph or (), key=lambda t: tuple(map(str, t)))
        return pd.DataFrame(
            [[_value(term) for term in triple] for triple in triples],
            columns=["subject", "predicate", "object"],
        )
    rows = [[_value(row.get(name)) for name in result.variables] for row in result.rows]
    return pd.DataFrame(rows, columns=list(result.variables))


def centrality(source: Source, kind: Centrality | str = Centrality.DEGREE) -> pd.DataFrame:
    """Rank entities by a centrality measure, most central first.

    * ``degree``: facts touching the entity over the number of other entities;
    * ``pagerank``: on the directed facts weighted by confidence (a fact without a record
      weighs 1; symmetric relations count both ways), so the entities many confident facts
      point to rank high; needs SciPy;
    * ``betweenness``: how often the entity lies on shortest paths between others,
      ignoring direction.

    Columns: ``iri``, ``label``, ``class``, ``score``.

    Raises:
        InputError: If ``kind`` is not one of :class:`Centrality`.
        ExportError: If pandas (or SciPy for PageRank) is not installed.

    Example:
        >>> from kg.viz.samples import article_graph
        >>> centrality(article_graph(), "betweenness").loc[0, "label"]
        'OpenAI'
    """
    pd = _pandas()
    measure = _choice(Centrality, kind)
    network = _network(source)
    if measure is Centrality.DEGREE:
        scores = nx.degree_centrality(network)
    elif measure is Centrality.BETWEENNESS:
        scores = nx.betweenness_centrality(_undirected(network))
    else:
        try:
            scores = nx.pagerank(_weighted_digraph(network), weight="weight")
        except ImportError as err:  # networkx computes PageRank with SciPy
            raise ExportError(f"PageRank needs SciPy: pip install 'kg[analysis]' ({err})") from err
    rows = [
        {"iri": iri, "label": data["label"], "class": data["class"], "score": scores.get(iri, 0.0)}
        for iri, data in network.nodes(data=True)
    ]
    table = pd.DataFrame(rows, columns=["iri", "label", "class", "score"])
    return _sorted(table, ["score", "label", "iri"], descending=1)


def communities(source: Source, *, resolution: float = 1.0, seed: int = 0) -> pd.DataFrame:
    """Group entities into communities (Louvain, networkx), largest community first.

    Direction is ignored and parallel facts add their confidences into one weight. The
    ``seed`` is fixed so the same graph always gives the same communities.

    Columns: ``community`` (0 for the largest), ``iri``, ``label``, ``class``; an entity
    without facts is a community of its own.

    Raises:
        ExportError: If pandas is not installed.

    Example:
        >>> from kg.viz.samples import article_graph
        >>> groups = communities(article_graph())
        >>> groups.groupby("community").size().is_monotonic_decreasing
        True
    """
    pd = _pandas()
    network = _network(source)
    found = nx.community.louvain_communities(
        _undirected(network), weight="weight", resolution=resolution, seed=seed
    )
    labels = {iri: data["label"] for iri, data in network.nodes(data=True)}
    ordered = sorted(found, key=lambda group: (-len(group), min(labels[iri] for iri in group)))
    rows = [
        {
            "community": number,
            "iri": iri,
            "label": labels[iri],
            "class": network.nodes[iri]["class"],
        }
        for number, group in enumerate(ordered)
        for iri in sorted(group, key=lambda iri: (labels[iri], iri))
    ]
    return pd.DataFrame(rows, columns=["community", "iri", "label", "class"])


def neighbourhood(source: Source, name: str, hops: int = 1) -> pd.DataFrame:
    """The entities within ``hops`` facts of one entity, either direction, nearest first.

    ``kg.viz.show(graph, focus=name, hops=hops)`` draws the same neighbourhood.

    Columns: ``iri``, ``label``, ``class``, ``distance`` (0 for the entity itself).

    Raises:
        InputError: If ``name`` matches no entity or several, or ``hops`` is negative.
        ExportError: If pandas is not installed.

    Example:
        >>> from kg.viz.samples import article_graph
        >>> neighbourhood(article_graph(), "Sam Altman")["label"].tolist()
        ['Sam Altman', 'OpenAI']
    """
    pd = _pandas()
    if hops < 0:
        raise InputError(f"hops must be 0 or more, not {hops!r}")
    network = _network(source)
    centre = find_entity(network, name)
    distances = nx.single_source_shortest_path_length(_undirected(network), centre, cutoff=hops)
    rows = [
        {
            "iri": iri,
            "label": network.nodes[iri]["label"],
            "class": network.nodes[iri]["class"],
            "distance": distance,
        }
        for iri, distance in distances.items()
    ]
    table = pd.DataFrame(rows, columns=["iri", "label", "class", "distance"])
    return _sorted(table, ["distance", "label", "iri"], descending=0)


def paths(
    source: Source, start: str, end: str, *, cutoff: int = 3, limit: int = 100
) -> list[Route]:
    """Paths of at most ``cutoff`` hops between two entities, shortest first.

    Facts are followed in either direction; each hop carries every fact linking its two
    entities, with their evidence, so ``hop.facts[0].evidence[0].sentence`` says why the
    step is there.

    Args:
        source: The graph or its network.
        start: IRI, label or alias of the first entity.
        end: IRI, label or alias of the last entity.
        cutoff: Longest path kept, in hops.
        limit: Most paths returned; around hubs the number of paths explodes.

    Raises:
        InputError: If a name matches no entity or several, both name the same entity, or
            ``cutoff``/``limit`` is below 1.

    Example:
        >>> from kg.viz.samples import article_graph
        >>> route = paths(article_graph(), "Sam Altman", "France")[0]
        >>> route.labels
        ('Sam Altman', 'OpenAI', 'Paris', 'France')
        >>> route.hops[0].facts[0].evidence[0].extractor
        'kg.apposition.v1'
    """
    if cutoff < 1 or limit < 1:
        raise InputError(f"cutoff and limit must be 1 or more, not {cutoff!r} and {limit!r}")
    network = _network(source)
    first, last = find_entity(network, start), find_entity(network, end)
    if first == last:
        raise InputError(f"{start!r} and {end!r} name the same entity <{first}>")
    links = _undirected(network)
    found: list[list[str]] = []
    try:
        # Yen's algorithm yields paths by increasing length, so stopping early keeps the
        # shortest ones.
        for nodes in nx.shortest_simple_paths(links, first, last):
            if len(nodes) - 1 > cutoff or len(found) == limit:
                break
            found.append(nodes)
    except nx.NetworkXNoPath:
        return []
    labels = {iri: network.nodes[iri]["label"] for iri in network}
    found.sort(key=lambda nodes: (len(nodes), [labels[iri] for iri in nodes], nodes))
    return [_route(network, nodes) for nodes in found]


def write_network(
    source: Source,
    path: str | os.PathLike[str],
    *,
    fmt: NetworkFormat | str = NetworkFormat.GRAPHML,
) -> Path:
    """Write the network of a graph for Gephi or Cytoscape, atomically.

    GraphML and GEXF hold only scalar attributes, so lists are flattened: ``aliases`` and
    ``documents`` joined by ``" | "``, the evidence sentences by newlines; a missing or
    empty value (no Wikidata id, no confidence, no alias) is left out. Each edge has a
    unique id, its relation in ``relation`` and the relation's label in ``label``. Both
    formats are byte-stable: the same graph gives the same file (the GEXF ``<meta>`` keeps
    its creator but not the day it was written, which networkx would add).

    Returns:
        The path written.

    Raises:
        InputError: If ``fmt`` is not a :class:`NetworkFormat` or the graph file is unreadable.
        ExportError: If the file cannot be written.

    Example:
        >>> import tempfile
        >>> from kg.viz.samples import article_graph
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     out = write_network(article_graph(), Path(tmp) / "article.graphml")
        ...     nx.read_graphml(out).number_of_edges() == len(facts(article_graph()))
        True
    """
    network_format = _choice(NetworkFormat, fmt)
    flat = _flat(_network(source))
    buffer = io.BytesIO()
    if network_format is NetworkFormat.GRAPHML:
        nx.write_graphml(flat, buffer)
    else:
        writer = nx.readwrite.gexf.GEXFWriter(encoding="utf-8", prettyprint=True)
        writer.add_graph(flat)
        for meta in writer.xml.iter("meta"):
            meta.attrib.pop("lastmodifieddate", None)
        writer.write(buffer)
    return atomic_write(Path(path), buffer.getvalue())


# --- helpers ---------------------------------------------------------------------------


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as err:
        raise ExportError("kg.analysis tables need pandas: pip install 'kg[analysis]'") from err
    return pandas


def _network(source: Source) -> nx.MultiDiGraph:
    if isinstance(source, nx.MultiDiGraph):
        return source
    if isinstance(source, (Graph, str, os.PathLike)):
        return to_networkx(source)
    raise InputError(
        f"expected a kg graph, its network or a graph file, not {type(source).__name__}"
    )


def _choice(kind: type[enum.Enum], value: enum.Enum | str) -> Any:
    try:
        return kind(value)
    except ValueError as err:
        known = ", ".join(str(member.value) for member in kind)
        raise InputError(
            f"unknown {kind.__name__.lower()} {value!r}; expected one of {known}"
        ) from err


def _fact(network: nx.MultiDiGraph, source: str, target: str, key: str) -> Fact:
    data = network.edges[source, target, key]
    return Fact(
        subject=source,
        relation=key,
        object=target,
        subject_label=network.nodes[source]["label"],
        relation_label=data["label"],
        object_label=network.nodes[target]["label"],
        confidence=data["confidence"],
        evidence=data["evidence"],
    )


def _facts(network: nx.MultiDiGraph) -> list[Fact]:
    return [_fact(network, s, t, key) for s, t, key in network.edges(keys=True)]


def _route(network: nx.MultiDiGraph, nodes: list[str]) -> Route:
    hops = []
    for here, there in itertools.pairwise(nodes):
        forward = [
            _fact(network, here, there, key)
            for key in network.get_edge_data(here, there, default={})
        ]
        backward = [
            _fact(network, there, here, key)
            for key in network.get_edge_data(there, here, default={})
        ]
        hops.append(
            Hop(
                here,
                there,
                network.nodes[here]["label"],
                network.nodes[there]["label"],
                tuple(sorted(forward, key=_fact_key) + sorted(backward, key=_fact_key)),
            )
        )
    return Route(tuple(hops))


def _fact_key(fact: Fact) -> tuple[str, str, str]:
    return (fact.relation, fact.subject, fact.object)


def _weight(confidence: float | None) -> float:
    return 1.0 if confidence is None else confidence


def _undirected(network: nx.MultiDiGraph) -> nx.Graph:
    """One link per pair of linked entities, weighted by the confidences of its facts."""
    links = nx.Graph()
    links.add_nodes_from(network)
    for source, target, confidence in network.edges(data="confidence"):
        if source == target:
            continue
        previous = links.get_edge_data(source, target, {"weight": 0.0})["weight"]
        links.add_edge(source, target, weight=previous + _weight(confidence))
    return links


def _weighted_digraph(network: nx.MultiDiGraph) -> nx.DiGraph:
    """Facts as weighted arcs; a symmetric relation, stored one way, gives both arcs."""
    arcs = nx.DiGraph()
    arcs.add_nodes_from(network)
    for source, target, data in network.edges(data=True):
        weight = _weight(data["confidence"])
        pairs = [(source, target), (target, source)] if data["symmetric"] else [(source, target)]
        for a, b in pairs:
            previous = arcs.get_edge_data(a, b, {"weight": 0.0})["weight"]
            arcs.add_edge(a, b, weight=previous + weight)
    return arcs


def _flat(network: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with scalar attributes only, as GraphML and GEXF require."""
    flat = nx.MultiDiGraph()
    for iri, data in network.nodes(data=True):
        attributes = {
            "label": data["label"],
            "class": data["class"],
            "top_class": data["top_class"],
            "aliases": LIST_SEPARATOR.join(data["aliases"]),
            "mentions": int(data["mentions"]),
            "qid": data["qid"],
        }
        flat.add_node(iri, **_present(attributes))
    ordered = sorted(network.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1]))
    for number, (source, target, key, data) in enumerate(ordered):
        records: tuple[ViewEvidence, ...] = data["evidence"]
        attributes = {
            "relation": key,
            "label": data["label"],
            "confidence": data["confidence"],
            "n_evidence": len(records),
            "documents": LIST_SEPARATOR.join(_documents(records)),
            "extractors": LIST_SEPARATOR.join(sorted({r.extractor or "" for r in records} - {""})),
            "sentences": "\n".join(record.sentence for record in records),
        }
        flat.add_edge(source, target, key=f"e{number}", **_present(attributes))
    return flat


def _present(attributes: Mapping[str, Any]) -> dict[str, Any]:
    """The attributes that have a value: networkx cannot write None, and "" says nothing."""
    return {name: value for name, value in attributes.items() if value is not None and value != ""}


def _documents(records: Iterable[ViewEvidence]) -> tuple[str, ...]:
    return tuple(sorted({record.document for record in records if record.document}))


def _number(value: float | None) -> float:
    return math.nan if value is None else value


def _value(term: Node | None) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        # rdflib hands back the Literal itself for datatypes it cannot map to Python.
        return str(value) if isinstance(value, Literal) else value
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _sorted(table: pd.DataFrame, by: list[str], *, descending: int) -> pd.DataFrame:
    """Sort by the columns ``by``, the first ``descending`` of them high to low."""
    ascending = [False] * descending + [True] * (len(by) - descending)
    return table.sort_values(by, ascending=ascending, kind="stable").reset_index(drop=True)
