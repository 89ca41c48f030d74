"""Read a kg graph into the plain values the page shows, and select the part to show.

A kg graph (see ``ontology/README.md``) describes entities (typed ``kgo:`` resources with
labels, aliases, a mention count and an optional Wikidata link), plain facts ``<s> kgo:rel
<o>``, and ``kgo:Assertion`` records carrying the fused confidence and the evidence
sentences. :func:`graph_view` folds all of that into one :class:`GraphView` of nodes and
edges; :func:`select` applies the filters of ``kg viz`` to it. Nothing here knows about HTML.

Example:
    >>> from rdflib import Graph, Literal, RDF, RDFS, URIRef
    >>> from kg.namespace import KGO
    >>> g = Graph()
    >>> a, b = URIRef("urn:x:openai"), URIRef("urn:x:paris")
    >>> g += [(a, RDF.type, KGO.Company), (a, RDFS.label, Literal("OpenAI")),
    ...       (b, RDF.type, KGO.City), (b, RDFS.label, Literal("Paris")),
    ...       (a, KGO.opensOfficeIn, b)]
    >>> view = graph_view(g)
    >>> [node.label for node in view.nodes]
    ['OpenAI', 'Paris']
    >>> view.edges[0].relation
    'opensOfficeIn'
    >>> len(select(view, classes=["Place"]).nodes)
    1
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import defaultdict, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from urllib.parse import unquote

from rdflib import DCTERMS, OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import PROV
from rdflib.term import Node

from kg import ontology
from kg.errors import InputError
from kg.namespace import KGO

__all__ = [
    "LABEL_LANGS",
    "GraphView",
    "ViewEdge",
    "ViewEvidence",
    "ViewNode",
    "graph_view",
    "select",
]

logger = logging.getLogger(__name__)

#: Languages the ontology labels exist in.
LABEL_LANGS = ("fr", "en")

_KGO = str(KGO._NS)
_WIKIDATA = re.compile(r"^https?://www\.wikidata\.org/entity/(Q[1-9][0-9]*)$")
#: Class given to a node that takes part in a fact but has no ``kgo:`` entity type.
UNTYPED = "NamedEntity"


@dataclass(frozen=True, slots=True)
class ViewEvidence:
    """One sentence supporting an edge.

    Attributes:
        sentence: The sentence as written in the source.
        document: The document's ``dcterms:identifier`` (or IRI when it has none).
        document_title: The document's ``dcterms:title``, if any.
        extractor: Name of the extractor that read the fact off the sentence.
        confidence: The evidence's confidence (the judge's), if recorded.
    """

    sentence: str
    document: str | None
    document_title: str | None
    extractor: str | None
    confidence: float | None


@dataclass(frozen=True, slots=True)
class ViewNode:
    """One entity as the page shows it.

    Attributes:
        iri: The entity's IRI.
        label: Preferred name in the chosen language when there is one.
        cls: Most specific ``kgo:`` class local name.
        top_class: The class's top class (Person, Organization, Place ...), used for colour.
        aliases: Other surface forms, sorted.
        mentions: ``kgo:mentionCount``, 0 when absent.
        qid: Wikidata QID of the ``owl:sameAs`` link, if any.
    """

    iri: str
    label: str
    cls: str
    top_class: str
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    qid: str | None = None


@dataclass(frozen=True, slots=True)
class ViewEdge:
    """One fact ``source --relation--> target``.

    Attributes:
        source: IRI of the subject.
        target: IRI of the object.
        relation: Relation local name (``opensOfficeIn``).
        confidence: Fused confidence of the assertion; None when the graph states the fact
            without an assertion record, which the filters treat as fully trusted.
        evidence: The supporting sentences.
    """

    source: str
    target: str
    relation: str
    confidence: float | None = None
    evidence: tuple[ViewEvidence, ...] = ()

    @property
    def trust(self) -> float:
        """The confidence the filters compare, 1.0 for a fact stated without a record."""
        return 1.0 if self.confidence is None else self.confidence


@dataclass(frozen=True, slots=True)
class GraphView:
    """The nodes and edges of a page, nodes sorted by IRI and edges by (source, relation,
    target), so the same graph always gives the same page."""

    nodes: tuple[ViewNode, ...]
    edges: tuple[ViewEdge, ...]

    def degrees(self) -> dict[str, int]:
        """Number of edges touching each node (both directions).

        Example:
            >>> GraphView((), ()).degrees()
            {}
        """
        degree = dict.fromkeys((node.iri for node in self.nodes), 0)
        for edge in self.edges:
            degree[edge.source] = degree.get(edge.source, 0) + 1
            degree[edge.target] = degree.get(edge.target, 0) + 1
        return degree


def graph_view(graph: Graph, *, label_lang: str = "fr") -> GraphView:
    """Fold a kg graph into nodes and edges.

    A ``Dataset`` or ``ConjunctiveGraph`` (a TriG export) is read as the union of its
    graphs, which is what ``graph.ttl`` holds.

    Args:
        graph: A kg graph.
        label_lang: Language preferred for entity labels (``fr`` or ``en``).

    Raises:
        InputError: If ``label_lang`` is not one of :data:`LABEL_LANGS`.

    Example:
        >>> graph_view(Graph()).nodes
        ()
    """
    check_lang(label_lang)
    graph = _union(graph)
    known_relations = ontology.relations()
    entities: dict[URIRef, set[str]] = defaultdict(set)
    for subject, cls in graph.subject_objects(RDF.type):
        name = _entity_class(cls)
        if isinstance(subject, URIRef) and name is not None:
            entities[subject].add(name)

    facts: dict[tuple[URIRef, str, URIRef], _EdgeAcc] = {}
    for predicate in known_relations:
        for subject, obj in graph.subject_objects(KGO._NS[predicate]):
            if isinstance(subject, URIRef) and isinstance(obj, URIRef):
                facts.setdefault((subject, predicate, obj), _EdgeAcc())
    for assertion in graph.subjects(RDF.type, KGO.Assertion):
        about = graph.value(assertion, RDF.subject)
        name = _relation_name(graph.value(assertion, RDF.predicate), known_relations)
        target = graph.value(assertion, RDF.object)
        if name is None or not isinstance(about, URIRef) or not isinstance(target, URIRef):
            logger.debug("skipping assertion %s: not a fact between entities", assertion)
            continue
        acc = facts.setdefault((about, name, target), _EdgeAcc())
        acc.add_confidence(_float(graph.value(assertion, KGO.confidence)))
        for record in graph.objects(assertion, KGO.evidence):
            acc.evidence.add(_evidence(graph, record))

    for subject, _, obj in facts:
        entities.setdefault(subject, set())
        entities.setdefault(obj, set())
    nodes = tuple(
        _node(graph, iri, types, label_lang)
        for iri, types in sorted(entities.items(), key=lambda item: str(item[0]))
    )
    edges = tuple(
        ViewEdge(
            source=str(subject),
            target=str(obj),
            relation=predicate,
            confidence=acc.confidence,
            evidence=tuple(sorted(acc.evidence, key=_evidence_key)),
        )
        for (subject, predicate, obj), acc in sorted(
            facts.items(), key=lambda item: tuple(map(str, item[0]))
        )
    )
    logger.info("graph view: %d nodes, %d edges", len(nodes), len(edges))
    return GraphView(nodes, edges)


def select(
    view: GraphView,
    *,
    min_confidence: float = 0.0,
    classes: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
    top: int | None = None,
    focus: str | None = None,
    hops: int = 1,
) -> GraphView:
    """Keep the part of ``view`` the options ask for.

    The steps run in this order: edges below ``min_confidence`` or outside ``relations``
    go; nodes outside ``classes`` go, with their edges; with ``relations`` given, nodes
    left without an edge go too (the reader asked about those relations); then the
    neighbourhood of ``focus`` within ``hops`` edges (either direction) is kept; finally
    the ``top`` nodes by mention count, then degree, then IRI.

    Args:
        view: The whole graph.
        min_confidence: Lowest edge confidence kept (facts without a record count as 1).
        classes: ``kgo:`` class names; a node is kept if its class is one of them or a
            subclass of one (``Organization`` keeps companies).
        relations: Relation names; sub-properties count (``leaderOf`` keeps ``ceoOf``).
        top: Keep at most this many nodes.
        focus: An entity IRI, label or alias (case-insensitive).
        hops: Radius of the focus neighbourhood.

    Raises:
        OntologyError: If a class or relation name is unknown.
        InputError: If ``focus`` matches no entity or several, or a number is out of range.

    Example:
        >>> select(GraphView((), ()), top=3).nodes
        ()
    """
    if not 0.0 <= min_confidence <= 1.0:
        raise InputError(f"min_confidence must be between 0 and 1, not {min_confidence!r}")
    if top is not None and top < 1:
        raise InputError(f"top must be a positive number of nodes, not {top!r}")
    if hops < 0:
        raise InputError(f"hops must be 0 or more, not {hops!r}")
    wanted_classes = _check_classes(classes)
    wanted_relations = _check_relations(relations)

    edges = [
        edge
        for edge in view.edges
        if edge.trust >= min_confidence
        and (wanted_relations is None or _is_relation(edge.relation, wanted_relations))
    ]
    nodes = [
        node
        for node in view.nodes
        if wanted_classes is None
        or any(ontology.is_subclass(node.cls, wanted) for wanted in wanted_classes)
    ]
    kept = {node.iri for node in nodes}
    edges = [edge for edge in edges if edge.source in kept and edge.target in kept]
    if wanted_relations is not None:
        linked = {edge.source for edge in edges} | {edge.target for edge in edges}
        nodes = [node for node in nodes if node.iri in linked]

    if focus is not None:
        centre = _find(nodes, focus)
        near = _neighbourhood(centre.iri, edges, hops)
        nodes = [node for node in nodes if node.iri in near]
    if top is not None and len(nodes) > top:
        degree = GraphView(tuple(nodes), tuple(edges)).degrees()
        ranked = sorted(nodes, key=lambda node: (-node.mentions, -degree[node.iri], node.iri))
        chosen = {node.iri for node in ranked[:top]}
        nodes = [node for node in nodes if node.iri in chosen]
    kept = {node.iri for node in nodes}
    edges = [edge for edge in edges if edge.source in kept and edge.target in kept]
    return replace(view, nodes=tuple(nodes), edges=tuple(edges))


def check_lang(label_lang: str) -> str:
    """Return ``label_lang`` if the ontology has labels in it, else raise InputError.

    Example:
        >>> check_lang("en")
        'en'
    """
    if label_lang not in LABEL_LANGS:
        raise InputError(f"label language must be one of {LABEL_LANGS}, not {label_lang!r}")
    return label_lang


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text``, the key entity search compares.

    Example:
        >>> fold("  Élysée ")
        'elysee'
    """
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class _EdgeAcc:
    """Confidence and evidence gathered for one fact while the graph is read."""

    __slots__ = ("confidence", "evidence")

    def __init__(self) -> None:
        self.confidence: float | None = None
        self.evidence: set[ViewEvidence] = set()

    def add_confidence(self, value: float | None) -> None:
        if value is not None and (self.confidence is None or value > self.confidence):
            self.confidence = value


def _union(graph: Graph) -> Graph:
    """A graph holding every triple of every named graph of a dataset."""
    if not isinstance(graph, ConjunctiveGraph):
        return graph
    union = Graph()
    for subject, predicate, obj, _ in graph.quads((None, None, None, None)):
        union.add((subject, predicate, obj))
    return union


def _entity_class(term: Node) -> str | None:
    if not isinstance(term, URIRef) or not term.startswith(_KGO):
        return None
    name = term[len(_KGO) :]
    known = ontology.classes()
    if name in known and UNTYPED in known[name].parents:
        return name
    return None


def _relation_name(term: Node | None, known: Mapping[str, object]) -> str | None:
    if isinstance(term, URIRef) and term.startswith(_KGO) and term[len(_KGO) :] in known:
        return term[len(_KGO) :]
    return None


def _most_specific(types: set[str]) -> str:
    if not types:
        return UNTYPED
    known = ontology.classes()
    return min(types, key=lambda name: (-len(known[name].parents), name))


def _node(graph: Graph, iri: URIRef, types: set[str], label_lang: str) -> ViewNode:
    cls = _most_specific(types)
    label = _preferred(graph.objects(iri, RDFS.label), label_lang) or _local(iri)
    aliases = sorted({str(alias) for alias in graph.objects(iri, SKOS.altLabel)} - {label})
    mentions = _int(graph.value(iri, KGO.mentionCount)) or 0
    qid = None
    for same in graph.objects(iri, OWL.sameAs):
        match = _WIKIDATA.match(str(same))
        if match:
            qid = match.group(1)
            break
    top_class = cls if cls == UNTYPED else ontology.coarse_class(cls)
    return ViewNode(str(iri), label, cls, top_class, tuple(aliases), mentions, qid)


def _evidence(graph: Graph, record: Node) -> ViewEvidence:
    document = graph.value(record, PROV.wasDerivedFrom)
    doc_id = doc_title = None
    if document is not None:
        doc_id = str(graph.value(document, DCTERMS.identifier) or document)
        title = graph.value(document, DCTERMS.title)
        doc_title = None if title is None else str(title)
    extractor = graph.value(record, KGO.extractor)
    return ViewEvidence(
        sentence=str(graph.value(record, KGO.sentence) or ""),
        document=doc_id,
        document_title=doc_title,
        extractor=None if extractor is None else str(extractor),
        confidence=_float(graph.value(record, KGO.confidence)),
    )


def _evidence_key(evidence: ViewEvidence) -> tuple[str, str, str]:
    return (evidence.document or "", evidence.sentence, evidence.extractor or "")


def _preferred(labels: Iterable[Node], lang: str) -> str | None:
    """The label in ``lang``, else one without a language, else any, else None."""
    ranked = sorted(
        (label for label in labels if isinstance(label, Literal)),
        key=lambda label: (label.language != lang, label.language is not None, str(label)),
    )
    return str(ranked[0]) if ranked else None


def _local(iri: URIRef) -> str:
    tail = re.split(r"[/#:]", str(iri).rstrip("/#:"))[-1]
    return unquote(tail).replace("_", " ") or str(iri)


def _float(term: Node | None) -> float | None:
    if not isinstance(term, Literal):
        return None
    try:
        return float(term.toPython())
    except (TypeError, ValueError):
        logger.warning("ignoring a confidence that is not a number: %r", str(term))
        return None


def _int(term: Node | None) -> int | None:
    if not isinstance(term, Literal):
        return None
    try:
        return int(term.toPython())
    except (TypeError, ValueError):
        logger.warning("ignoring a mention count that is not an integer: %r", str(term))
        return None


def _check_classes(names: Iterable[str] | None) -> frozenset[str] | None:
    if names is None:
        return None
    chosen = frozenset(names)
    for name in chosen:
        ontology.is_subclass(name, name)  # raises OntologyError naming an unknown class
    return chosen


def _check_relations(names: Iterable[str] | None) -> frozenset[str] | None:
    if names is None:
        return None
    chosen = frozenset(names)
    for name in chosen:
        ontology.relation(name)
    return chosen


def _is_relation(name: str, wanted: frozenset[str]) -> bool:
    return name in wanted or not wanted.isdisjoint(ontology.relation(name).parents)


def _find(nodes: Sequence[ViewNode], focus: str) -> ViewNode:
    for node in nodes:
        if node.iri == focus:
            return node
    key = fold(focus)
    by_label = [node for node in nodes if fold(node.label) == key]
    matches = by_label or [node for node in nodes if key in {fold(a) for a in node.aliases}]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise InputError(f"no entity in the selection is named or identified by {focus!r}")
    names = ", ".join(node.iri for node in matches[:5])
    raise InputError(f"{focus!r} names {len(matches)} entities ({names}); give an IRI")


def _neighbourhood(centre: str, edges: Sequence[ViewEdge], hops: int) -> set[str]:
    """Nodes within ``hops`` edges of ``centre``, following edges both ways."""
    adjacent: dict[str, set[str]] = defaultdict(set)
    for edge in edges:
        adjacent[edge.source].add(edge.target)
        adjacent[edge.target].add(edge.source)
    seen = {centre}
    frontier = deque([(centre, 0)])
    while frontier:
        node, depth = frontier.popleft()
        if depth == hops:
            continue
        for other in adjacent[node] - seen:
            seen.add(other)
            frontier.append((other, depth + 1))
    return seen
