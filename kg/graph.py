"""Turn documents, entities and triples into an rdflib ``Dataset`` of the kg shape.

The shape is the one ``ontology/README.md`` fixes. The default graph holds the entity
descriptions, the document metadata and one ``kgo:Assertion`` per distinct fact; each
document has a named graph (IRI = the document's IRI) with the plain facts it supports and
their ``kgo:Evidence`` records. Functions work on plain rdflib objects; there is no wrapper.

:func:`graph_quads` makes the statements (:class:`GraphQuads`); :func:`build_dataset` puts
them in a ``Dataset``. A corpus build writes its files, counts and conformance straight
from the statements (:func:`kg.export.write_outputs`, :func:`summary` and
:func:`kg.validate.conformance` take either): rdflib's store is for callers who query.

Building is deterministic: every IRI is minted from content (:func:`kg.iri.mint_iri`,
:func:`kg.iri.digest`), so building twice, or in another order, gives the same graph.

Example:
    >>> from kg.model import Document, Entity, Mention, Provenance, Triple
    >>> doc = Document("d1", "Sam Altman, cofondateur d'OpenAI.", date="2024-05")
    >>> sam = Entity("person/sam_altman", "Sam Altman", "Person", (("Sam Altman", 1),))
    >>> openai = Entity("org/openai", "OpenAI", "Organization", (("OpenAI", 1),), "Q21708200")
    >>> prov = Provenance("d1", 0, doc.text, 0, 33, "kg.apposition.v1", 0.9)
    >>> fact = Triple(Mention("Sam Altman", "Person", 0, 10, entity=sam.key),
    ...               "cofounderOf",
    ...               Mention("OpenAI", "Organization", 26, 32, entity=openai.key), prov)
    >>> ds = build_dataset([doc], [sam, openai], [fact])
    >>> summary(ds).facts["cofounderOf"]
    1
"""

from __future__ import annotations

import datetime
import functools
import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import cast

import pyoxigraph
import rdflib.namespace
from rdflib import OWL, RDF, RDFS, SKOS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, PROV, NamespaceManager
from rdflib.plugins.stores.memory import SimpleMemory
from rdflib.term import Node

from kg.errors import ExtractionError, InputError, IRIError, OntologyError
from kg.iri import DEFAULT_BASE, digest, mint_iri
from kg.model import Document, Entity, Modality, Provenance, Triple
from kg.namespace import KGO, WD
from kg.ontology import classes, relation, relations
from kg.rdfterms import from_ox, graph_format

__all__ = [
    "MODALITY_TERMS",
    "GraphQuads",
    "GraphSummary",
    "bind_prefixes",
    "build_dataset",
    "by_count",
    "clean_text",
    "document_iri",
    "entity_iri",
    "fuse",
    "graph_quads",
    "kg_prefixes",
    "load_graph",
    "statements",
    "summary",
    "to_dataset",
    "union_graph",
]

logger = logging.getLogger(__name__)

MODALITY_TERMS: Mapping[Modality, URIRef] = MappingProxyType(
    {Modality.ASSERTED: KGO.Asserted, Modality.HEDGED: KGO.Hedged, Modality.REPORTED: KGO.Reported}
)


# Fused confidences are rounded so that the product's floating-point noise (which depends on
# the order evidences arrive in) never changes the graph.
_CONFIDENCE_DIGITS = 6
# Datatypes as constants: a module-level ``XSD`` makes pytest's doctest finder probe the
# namespace for mock attributes, and rdflib warns on each probe.
_DOUBLE = rdflib.namespace.XSD.double
_INTEGER = rdflib.namespace.XSD.integer
_DATE = rdflib.namespace.XSD.date
_QID = re.compile(r"^Q[1-9][0-9]*$")
#: SKOS eXtension for Labels: names as resources, so a surface form can carry its count.
SKOSXL = Namespace("http://www.w3.org/2008/05/skos-xl#")
# The vocabulary's terms, looked up once: a namespace attribute is a call, and the store's
# indexes find a term by identity before they compare strings in Python.
_TYPE = RDF.type
_SUBJECT = RDF.subject
_PREDICATE = RDF.predicate
_OBJECT = RDF.object
_LABEL = RDFS.label
_ALT_LABEL = SKOS.altLabel
_XL_ALT_LABEL = SKOSXL.altLabel
_XL_LABEL = SKOSXL.Label
_LITERAL_FORM = SKOSXL.literalForm
_SAME_AS = OWL.sameAs
_DERIVED_FROM = PROV.wasDerivedFrom
_ASSERTION = KGO.Assertion
_EVIDENCE_CLASS = KGO.Evidence
_EVIDENCE = KGO.evidence
_CONFIDENCE = KGO.confidence
_MENTION_COUNT = KGO.mentionCount
_SENTENCE = KGO.sentence
_SENTENCE_INDEX = KGO.sentenceIndex
_START_CHAR = KGO.startChar
_END_CHAR = KGO.endChar
_EXTRACTOR = KGO.extractor
_MODALITY = KGO.modality
_REFERRING = KGO.referringExpression
_EXTRACTOR_CONFIDENCE = KGO.extractorConfidence
_DOCUMENT = KGO.Document
_IDENTIFIER = DCTERMS.identifier
_DATE_OF = DCTERMS.date
_TITLE = DCTERMS.title
_SOURCE = DCTERMS.source
_Statement = tuple[Node, Node, Node]
#: A statement and the graph that holds it: a document's IRI, or None for the default graph.
Quad = tuple[Node, Node, Node, Node | None]
_DATE_FORMS = (
    (re.compile(r"^\d{4}$"), rdflib.namespace.XSD.gYear),
    (re.compile(r"^\d{4}-(0[1-9]|1[0-2])$"), rdflib.namespace.XSD.gYearMonth),
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), _DATE),
)


@dataclass(frozen=True, slots=True)
class GraphSummary:
    """What a graph holds, for people.

    Attributes:
        entities: Number of entities by class local name (``{"Person": 3}``).
        facts: Number of distinct facts by relation local name (``{"ceoOf": 1}``).
        documents: Number of documents.
    """

    entities: Mapping[str, int]
    facts: Mapping[str, int]
    documents: int

    @property
    def entity_count(self) -> int:
        """Total number of typed entities (an entity with two classes counts twice)."""
        return sum(self.entities.values())

    @property
    def fact_count(self) -> int:
        """Total number of distinct facts."""
        return sum(self.facts.values())


@dataclass(frozen=True, slots=True)
class GraphQuads:
    """A kg dataset as its statements, each with its graph: what :func:`to_dataset` puts
    in an rdflib ``Dataset``, without the store.

    rdflib's in-memory store indexes every statement as it is added, three quarters of the
    time of building a dataset; the exports and the counts of a corpus build read the
    statements once, in their own order, and need no index. A statement may come more than
    once (a fact supported by two evidences of one document): readers keep it once.

    Attributes:
        quads: The statements with their graph names.
        base: Namespace of the minted IRIs (the ``kgr`` prefix).

    Example:
        >>> quads = graph_quads([Document("d1", "Texte.")], [], [])
        >>> quads.quads[0][1:]
        (rdflib.term.URIRef('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), \
rdflib.term.URIRef('https://w3id.org/kg/ontology#Document'), None)
    """

    quads: tuple[Quad, ...]
    base: str = DEFAULT_BASE

    @property
    def prefixes(self) -> Mapping[str, str]:
        """The prefixes a dataset of these statements declares (``kg_prefixes``)."""
        return kg_prefixes(self.base)


def clean_text(text: str) -> str:
    """Make ``text`` valid Unicode for a literal: lone surrogates become U+FFFD.

    A surrogate pair that arrived as two code points is joined into its character.

    Example:
        >>> clean_text("ok\\ud800!")
        'ok\\ufffd!'
        >>> clean_text("\\ud83d\\ude00") == "\\U0001f600"
        True
    """
    if text.isascii():
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


# cached: every fact names its two entities and each evidence its document, and minting
# checks the base and cleans every segment
@functools.lru_cache(maxsize=1 << 16)
def entity_iri(key: str, *, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of the entity whose merge key is ``key`` (``group/slug``).

    Example:
        >>> entity_iri("org/openai")
        rdflib.term.URIRef('https://w3id.org/kg/resource/entity/org/openai')
    """
    return mint_iri("entity", *key.split("/"), base=base)


@functools.lru_cache(maxsize=1 << 16)
def document_iri(doc_id: str, *, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of a document, also the name of its graph.

    Example:
        >>> document_iri("article 1")
        rdflib.term.URIRef('https://w3id.org/kg/resource/doc/article_1')
    """
    return mint_iri("doc", doc_id, base=base)


def build_dataset(
    documents: Iterable[Document],
    entities: Iterable[Entity],
    triples: Iterable[Triple],
    *,
    base: str = DEFAULT_BASE,
    min_confidence: float = 0.0,
) -> Dataset:
    """Build the kg dataset: descriptions, assertions, and one named graph per document.

    The dataset of :func:`graph_quads` (arguments, errors and rules are that function's).

    Returns:
        A new dataset with the kg prefixes bound.

    Example:
        >>> ds = build_dataset([Document("d1", "Texte.")], [], [])
        >>> (document_iri("d1"), RDF.type, KGO.Document) in ds
        True
    """
    return to_dataset(
        graph_quads(documents, entities, triples, base=base, min_confidence=min_confidence)
    )


def graph_quads(
    documents: Iterable[Document],
    entities: Iterable[Entity],
    triples: Iterable[Triple],
    *,
    base: str = DEFAULT_BASE,
    min_confidence: float = 0.0,
) -> GraphQuads:
    """The statements of the kg dataset: descriptions, assertions, and the facts and
    evidences of each document in the document's graph.

    Evidences of one fact fuse by noisy-or, ``1 - Π(1 - cᵢ)``; an evidence is identified by
    its document, sentence, span, extractor and fact, so the same evidence twice counts
    once (with its highest confidence). Symmetric relations are stored in one direction,
    the sorted order of the two IRIs, so ``A partnerOf B`` and ``B partnerOf A`` fuse.

    Args:
        documents: Source documents (their metadata goes in the default graph).
        entities: Resolved entities; each triple's mentions carry an entity key.
        triples: Extracted facts with provenance.
        base: Namespace of the minted resources.
        min_confidence: Facts whose fused confidence is below it are left out entirely.

    Raises:
        ExtractionError: If a triple has an unresolved mention or a confidence outside [0, 1].
        OntologyError: If a class or relation is not in the ontology.
        InputError: If a document date is not ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
        IRIError: If a name cannot be minted or a QID is malformed.

    Example:
        >>> len(graph_quads([Document("d1", "Texte.", date="2024")], [], []).quads)
        3
    """
    quads: list[Quad] = []
    texts: dict[str, Literal] = {}  # one literal per distinct text (names, sentences)
    described: set[URIRef] = set()
    for document in documents:
        _add_document(quads, document, base)
    for entity in entities:
        described.add(_add_entity(quads, entity, base, texts))

    support: dict[tuple[URIRef, URIRef, URIRef], dict[URIRef, Provenance]] = defaultdict(dict)
    for triple in triples:
        fact, evidence, provenance = _fact_and_evidence(triple, base)
        if fact[0] == fact[2]:
            # two names resolution found to be one thing ("l'Observatoire de la concurrence"
            # and its "Obsco"): no relation of the ontology holds between a thing and itself
            continue
        previous = support[fact].get(evidence)
        if previous is None or _rank(provenance) > _rank(previous):
            support[fact][evidence] = provenance

    kept = 0
    for fact, evidences in support.items():
        confidence = fuse(p.confidence for p in evidences.values())
        if confidence < min_confidence:
            continue
        kept += 1
        undescribed = [node for node in (fact[0], fact[2]) if node not in described]
        if undescribed:
            logger.warning("fact %s refers to undescribed entities %s", fact, undescribed)
        _add_assertion(quads, fact, confidence, evidences, base, texts)
    logger.info("built the graph: %d facts kept of %d", kept, len(support))
    return GraphQuads(tuple(quads), base)


def to_dataset(quads: GraphQuads) -> Dataset:
    """An rdflib ``Dataset`` of ``quads``, with the kg prefixes bound.

    Example:
        >>> ds = to_dataset(graph_quads([Document("d1", "Texte.")], [], []))
        >>> len(ds)
        2
    """
    ds = _new_dataset(quads.base)
    default = ds.graph(DATASET_DEFAULT_GRAPH_ID)
    graphs: dict[Node | None, Graph] = {None: default}  # ds.graph() registers at each call
    for name in dict.fromkeys(q[3] for q in quads.quads):
        if name not in graphs:
            # a graph name is a document's IRI (Quad types it as any node)
            graphs[name] = ds.graph(cast(URIRef, name))
    # Graph.addN checks every term's type and every quad's graph, which kg's own
    # statements cannot get wrong: they go to the store directly
    ds.store.addN((s, p, o, graphs[name]) for s, p, o, name in quads.quads)
    return ds


def _new_dataset(base: str) -> Dataset:
    ds = Dataset()
    # rdflib binds ~30 vocabularies by default; kg's files declare only what they use.
    ds.namespace_manager = NamespaceManager(ds, bind_namespaces="core")
    bind_prefixes(ds, base=base)
    return ds


@functools.cache
def kg_prefixes(base: str = DEFAULT_BASE) -> Mapping[str, str]:
    """The prefixes of a kg dataset (:func:`build_dataset`'s), by prefix.

    Example:
        >>> kg_prefixes()["kgr"]
        'https://w3id.org/kg/resource/'
    """
    return MappingProxyType({p: str(ns) for p, ns in _new_dataset(base).namespaces() if p})


def fuse(confidences: Iterable[float]) -> float:
    """Noisy-or of independent confidences, rounded so the result is order-independent.

    Example:
        >>> fuse([0.5, 0.5])
        0.75
        >>> fuse([])
        0.0
    """
    disbelief = math.prod(1.0 - c for c in sorted(confidences))
    return round(1.0 - disbelief, _CONFIDENCE_DIGITS)


def bind_prefixes(graph: Graph, *, base: str = DEFAULT_BASE) -> Graph:
    """Bind kg's prefixes (``kgo``, ``kgr`` for ``base``, ``owl``, ``skos``...) on ``graph``.

    Example:
        >>> dict(bind_prefixes(Graph()).namespaces())["kgo"]
        rdflib.term.URIRef('https://w3id.org/kg/ontology#')
    """
    for prefix, namespace in (
        ("kgo", str(KGO._NS)),
        ("kgr", base),
        ("owl", str(OWL)),
        ("skos", str(SKOS)),
        ("skosxl", str(SKOSXL)),
        ("prov", str(PROV)),
        ("dcterms", str(DCTERMS)),
        ("wd", str(WD)),
    ):
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def union_graph(ds: Dataset | GraphQuads) -> Graph:
    """All statements of ``ds`` (default and named graphs) as one graph, prefixes kept.

    Example:
        >>> ds = Dataset()
        >>> _ = ds.graph(URIRef("urn:g")).add((URIRef("urn:s"), RDF.type, KGO.Person))
        >>> len(union_graph(ds))
        1
    """
    # rdflib's default store keeps, for every triple, the graphs that hold it and tells
    # listeners of each addition: a graph of one context needs neither (a third of the
    # time, and the same triples and prefixes)
    union = Graph(store=SimpleMemory())
    if isinstance(ds, GraphQuads):
        for prefix, namespace in ds.prefixes.items():
            union.bind(prefix, namespace, override=True, replace=True)
        union.addN((s, p, o, union) for s, p, o, _ in ds.quads)
        return union
    for prefix, namespace in ds.namespaces():
        union.bind(prefix, namespace, override=True, replace=True)
    for graph in ds.graphs():
        union.addN((s, p, o, union) for s, p, o in graph)
    return union


def load_graph(path: str | Path) -> Graph:
    """Read a graph file into one rdflib graph (the union of its named graphs).

    The format comes from the suffix (``.ttl .trig .jsonld .nt .nq .rdf``). Oxigraph parses
    the file: it is fast, and it refuses a remote JSON-LD ``@context`` where rdflib would
    fetch it — kg never sends a network request.

    Raises:
        InputError: If the file is missing, its suffix unknown, or it does not parse (the
            message names the file and quotes the parser).

    Example:
        >>> load_graph("missing.ttl")
        Traceback (most recent call last):
        ...
        kg.errors.InputError: no such graph file: 'missing.ttl'
    """
    path = Path(path)
    rdf_format = graph_format(path)
    graph = bind_prefixes(Graph())
    try:
        graph.addN(
            (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), graph)
            for q in pyoxigraph.parse(path=str(path), format=rdf_format)
        )
    except (OSError, SyntaxError, ValueError) as err:
        raise InputError(f"cannot parse {str(path)!r}: {err}") from err
    return graph


def statements(graph: Graph | GraphQuads, predicates: Iterable[Node]) -> Iterator[_Statement]:
    """The statements of ``graph`` whose predicate is one of ``predicates``; of a dataset
    (or of :class:`GraphQuads`), its union: a statement held by several graphs comes once.

    The union of a dataset is read from the store, which keeps each statement once with the
    graphs that hold it, rather than copied into a new graph (:func:`union_graph`).

    Example:
        >>> ds = Dataset()
        >>> for name in ("urn:g1", "urn:g2"):
        ...     _ = ds.graph(URIRef(name)).add((URIRef("urn:s"), RDF.type, KGO.Person))
        >>> len(list(statements(ds, [RDF.type])))
        1
    """
    if isinstance(graph, GraphQuads):
        wanted = set(predicates)
        return iter(dict.fromkeys((s, p, o) for s, p, o, _ in graph.quads if p in wanted))
    if isinstance(graph, Dataset):
        # context None: any graph (a Dataset's own triples() warns and reads one graph)
        return (
            triple for p in predicates for triple, _ in graph.store.triples((None, p, None), None)
        )
    return (triple for p in predicates for triple in graph.triples((None, p, None)))


def summary(graph: Graph | GraphQuads) -> GraphSummary:
    """Count entities by class, facts by relation, and documents.

    A :class:`~rdflib.Dataset` is summarised through its union (facts live in named graphs).

    Example:
        >>> g = Graph()
        >>> _ = g.add((URIRef("urn:a"), RDF.type, KGO.Person))
        >>> _ = g.add((URIRef("urn:a"), KGO.memberOf, URIRef("urn:b")))
        >>> s = summary(g)
        >>> dict(s.entities), dict(s.facts), s.documents
        ({'Person': 1}, {'memberOf': 1}, 0)
    """
    entity_classes: dict[Node, str] = {_kgo(name): name for name in classes() if _is_entity(name)}
    relation_names: dict[Node, str] = {_kgo(name): name for name in relations()}
    by_class: Counter[str] = Counter()
    by_relation: Counter[str] = Counter()
    documents = 0
    for _, predicate, obj in statements(graph, [_TYPE, *relation_names]):
        if predicate != _TYPE:
            by_relation[relation_names[predicate]] += 1
        elif obj in entity_classes:
            by_class[entity_classes[obj]] += 1
        elif obj == _DOCUMENT:
            documents += 1
    return GraphSummary(
        entities=MappingProxyType(by_count(by_class)),
        facts=MappingProxyType(by_count(by_relation)),
        documents=documents,
    )


def by_count(counts: Mapping[str, int]) -> dict[str, int]:
    """``counts`` from the largest down, ties by name (the same order on every run).

    Example:
        >>> by_count({"b": 1, "a": 1, "c": 2})
        {'c': 2, 'a': 1, 'b': 1}
    """
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _is_entity(name: str) -> bool:
    return "NamedEntity" in classes()[name].parents


@functools.lru_cache(maxsize=1 << 10)
def _kgo(name: str) -> URIRef:
    """The ``kgo:`` term of a name already checked against the ontology (one object per
    name: a namespace item is a new term at each call)."""
    return KGO._NS[name]


def _class_term(cls: str, owner: str) -> URIRef:
    if cls not in classes():
        raise OntologyError(f"unknown class {cls!r} for {owner!r}")
    return _kgo(cls)


def _add_document(quads: list[Quad], document: Document, base: str) -> None:
    iri = document_iri(document.id, base=base)
    quads.append((iri, _TYPE, _DOCUMENT, None))
    quads.append((iri, _IDENTIFIER, Literal(clean_text(document.id)), None))
    if document.date:
        quads.append((iri, _DATE_OF, _date_literal(document.date, document.id), None))
    if document.title:
        quads.append((iri, _TITLE, Literal(clean_text(document.title)), None))
    if document.url:
        quads.append((iri, _SOURCE, _source_term(document.url, document.id), None))


def _date_literal(value: str, doc_id: str) -> Literal:
    for form, datatype in _DATE_FORMS:
        if form.match(value):
            if datatype == _DATE:
                try:
                    datetime.date.fromisoformat(value)
                except ValueError as err:
                    raise InputError(
                        f"document {doc_id!r} has an impossible date {value!r}"
                    ) from err
            return Literal(value, datatype=datatype)
    raise InputError(
        f"document {doc_id!r} has date {value!r}; expected YYYY, YYYY-MM or YYYY-MM-DD"
    )


def _source_term(url: str, doc_id: str) -> URIRef | Literal:
    """The URL as an IRI when it is a valid http(s) IRI, else its text.

    Input URLs are untrusted: an invalid IRI would break every export, and one such as
    ``wd:Q5`` or ``kgo:x`` would be read as a prefixed name by JSON-LD processors.
    """
    try:
        pyoxigraph.NamedNode(url)
    except ValueError:
        valid = False
    else:
        valid = url.lower().startswith(("http://", "https://"))
    if not valid:
        logger.warning("document %r: source %r is not an http(s) IRI, kept as text", doc_id, url)
        return Literal(clean_text(url))
    return URIRef(url)


def _add_entity(quads: list[Quad], entity: Entity, base: str, texts: dict[str, Literal]) -> URIRef:
    iri = entity_iri(entity.key, base=base)
    rows = [
        (iri, _TYPE, _class_term(entity.cls, entity.key)),
        (iri, _LABEL, _text(entity.label, texts)),
    ]
    for alias, count in entity.aliases:
        if not alias:
            continue
        form = _text(alias, texts)
        # SKOS-XL reifies the name so it can carry how often this form was seen
        label = mint_iri("label", *entity.key.split("/"), digest(str(form)), base=base)
        rows += (
            (iri, _ALT_LABEL, form),
            (iri, _XL_ALT_LABEL, label),
            (label, _TYPE, _XL_LABEL),
            (label, _LITERAL_FORM, form),
            (label, _MENTION_COUNT, _integer(count)),
        )
    rows.append((iri, _MENTION_COUNT, _integer(entity.mentions)))
    if entity.qid:
        if not _QID.match(entity.qid):
            raise IRIError(f"entity {entity.key!r} has malformed Wikidata id {entity.qid!r}")
        rows.append((iri, _SAME_AS, WD[entity.qid]))
    quads.extend((s, p, o, None) for s, p, o in rows)
    return iri


def _text(value: str, texts: dict[str, Literal]) -> Literal:
    """The plain literal of ``value``, made once per build (names and sentences recur)."""
    literal = texts.get(value)
    if literal is None:
        literal = texts[value] = Literal(clean_text(value))
    return literal


def _fact_and_evidence(
    triple: Triple, base: str
) -> tuple[tuple[URIRef, URIRef, URIRef], URIRef, Provenance]:
    provenance = triple.provenance
    for mention in (triple.subject, triple.object):
        if mention.entity is None:
            raise ExtractionError(
                f"mention {mention.text!r} in document {provenance.doc_id!r} "
                "was not resolved to an entity"
            )
    for confidence in (provenance.confidence, provenance.extractor_confidence):
        if confidence is not None and not 0.0 <= confidence <= 1.0:
            raise ExtractionError(
                f"confidence {confidence!r} of {provenance.extractor!r} in document "
                f"{provenance.doc_id!r} is outside [0, 1]"
            )
    subject = entity_iri(triple.subject.entity, base=base)  # type: ignore[arg-type]
    obj = entity_iri(triple.object.entity, base=base)  # type: ignore[arg-type]
    if relation(triple.predicate).symmetric and str(obj) < str(subject):
        subject, obj = obj, subject
    predicate = _kgo(triple.predicate)
    evidence = mint_iri(
        "evidence",
        digest(
            provenance.doc_id,
            provenance.sentence_index,
            provenance.start,
            provenance.end,
            provenance.extractor,
            subject,
            predicate,
            obj,
        ),
        base=base,
    )
    return (subject, predicate, obj), evidence, provenance


def _rank(provenance: Provenance) -> tuple[float, str, str]:
    """Which of two copies of one evidence to keep, independent of arrival order."""
    return (provenance.confidence, provenance.modality.value, provenance.mention or "")


def _add_assertion(
    quads: list[Quad],
    fact: tuple[URIRef, URIRef, URIRef],
    confidence: float,
    evidences: Mapping[URIRef, Provenance],
    base: str,
    texts: dict[str, Literal],
) -> None:
    subject, predicate, obj = fact
    assertion = mint_iri("assertion", digest(subject, predicate, obj), base=base)
    quads += (
        (assertion, _TYPE, _ASSERTION, None),
        (assertion, _SUBJECT, subject, None),
        (assertion, _PREDICATE, predicate, None),
        (assertion, _OBJECT, obj, None),
        (assertion, _CONFIDENCE, _double(confidence), None),
        *((assertion, _EVIDENCE, evidence, None) for evidence in evidences),
    )
    for evidence, provenance in evidences.items():
        doc = document_iri(provenance.doc_id, base=base)
        rows = [
            fact,
            (evidence, _TYPE, _EVIDENCE_CLASS),
            (evidence, _DERIVED_FROM, doc),
            (evidence, _SENTENCE, _text(provenance.sentence, texts)),
            (evidence, _SENTENCE_INDEX, _integer(provenance.sentence_index)),
            (evidence, _START_CHAR, _integer(provenance.start)),
            (evidence, _END_CHAR, _integer(provenance.end)),
            (evidence, _EXTRACTOR, _plain(provenance.extractor)),
            (evidence, _CONFIDENCE, _double(float(provenance.confidence))),
            (evidence, _MODALITY, MODALITY_TERMS[provenance.modality]),
        ]
        if provenance.mention:
            rows.append((evidence, _REFERRING, _text(provenance.mention, texts)))
        if provenance.extractor_confidence is not None:
            rows.append(
                (evidence, _EXTRACTOR_CONFIDENCE, _double(float(provenance.extractor_confidence)))
            )
        quads.extend((s, p, o, doc) for s, p, o in rows)


# Literals that recur across evidences (offsets, extractor names) are made once.
@functools.lru_cache(maxsize=1 << 14)
def _integer(value: int) -> Literal:
    return Literal(value, datatype=_INTEGER)


@functools.lru_cache(maxsize=1 << 10)
def _plain(value: str) -> Literal:
    return Literal(clean_text(value))


def _double(value: float) -> Literal:
    # 0.0 and -0.0 are one key of a cache but two lexical forms
    return _cached_double(value) if value else Literal(value, datatype=_DOUBLE)


# confidences take a few hundred values (extractor constants and their fusions)
@functools.lru_cache(maxsize=1 << 12)
def _cached_double(value: float) -> Literal:
    return Literal(value, datatype=_DOUBLE)
