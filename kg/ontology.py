"""Read ``ontology/kg.ttl`` once and answer questions about its classes and relations.

The Turtle file is the single source of truth; this module only reads it (once per
process) into small frozen values, so that extractors, the graph builder and the evaluator
share one notion of domains, inverses, symmetry and sub-properties.

Example:
    >>> relation("cofounderOf").parents
    frozenset({'founderOf'})
    >>> relation("founderOf").inverse
    'foundedBy'
    >>> coarse_class("City")
    'Place'
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.collection import Collection
from rdflib.term import Literal, Node

from kg.errors import OntologyError
from kg.namespace import KGO

__all__ = [
    "OntClass",
    "Relation",
    "classes",
    "coarse_class",
    "is_subclass",
    "load_ontology",
    "ontology_dir",
    "ontology_path",
    "relation",
    "relations",
]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class OntClass:
    """One ``kgo:`` class.

    Attributes:
        name: Local name (``"Company"``).
        label_en: English ``rdfs:label``.
        label_fr: French ``rdfs:label``.
        parents: Local names of every ``kgo:`` super-class, transitively (not the class
            itself; external super-classes such as ``prov:Entity`` are left out).
    """

    name: str
    label_en: str
    label_fr: str
    parents: frozenset[str]


@dataclass(frozen=True, slots=True)
class Relation:
    """One relation between named entities (an ``owl:ObjectProperty`` of ``kgo:``).

    Attributes:
        name: Local name (``"ceoOf"``).
        label_en: English ``rdfs:label``.
        label_fr: French ``rdfs:label``.
        domain: Local names of the subject classes (the members of a union).
        range: Local names of the object classes.
        inverse: Local name of the ``owl:inverseOf`` property, if any.
        symmetric: Whether the property is an ``owl:SymmetricProperty``.
        parents: Local names of every super-property, transitively (not the relation itself).
    """

    name: str
    label_en: str
    label_fr: str
    domain: frozenset[str]
    range: frozenset[str]
    inverse: str | None
    symmetric: bool
    parents: frozenset[str]


def ontology_dir() -> Path:
    """Return the directory of kg's data: ``kg.ttl``, ``shapes.ttl``, ``lexicon/``, ``queries/``.

    The repository's top-level ``ontology/`` is the single source of truth. In a checkout
    (editable install, tests, ``PYTHONPATH`` runs) this is that directory. An installed wheel
    has no checkout beside it: the build copies ``ontology/`` into the package as
    ``kg/_ontology/`` (see ``setup.py``), and that copy is returned when present.

    Returns:
        The directory, which holds ``kg.ttl``.

    Example:
        >>> (ontology_dir() / "kg.ttl").is_file()
        True
        >>> sorted(p.name for p in ontology_dir().iterdir() if p.is_dir())
        ['lexicon', 'queries']
    """
    package = Path(__file__).resolve().parent
    shipped = package / "_ontology"
    return shipped if shipped.is_dir() else package.parent / "ontology"


def ontology_path() -> Path:
    """Return the path of ``kg.ttl`` in :func:`ontology_dir`.

    Example:
        >>> ontology_path().name
        'kg.ttl'
    """
    return ontology_dir() / "kg.ttl"


@functools.cache
def load_ontology() -> Graph:
    """Parse ``kg.ttl`` once per process and return the graph.

    The graph is shared by every caller: read it, never add to it.

    Raises:
        OntologyError: If the file is missing or is not valid Turtle.

    Example:
        >>> (KGO.ceoOf, RDFS.subPropertyOf, KGO.leaderOf) in load_ontology()
        True
    """
    path = ontology_path()
    try:
        graph = Graph().parse(path, format="turtle")
    except (OSError, SyntaxError) as err:
        raise OntologyError(f"cannot read the ontology {str(path)!r}: {err}") from err
    logger.debug("loaded %d triples from %s", len(graph), path)
    return graph


@functools.cache
def classes() -> Mapping[str, OntClass]:
    """Every ``owl:Class`` named in the ``kgo:`` namespace, by local name.

    Raises:
        OntologyError: If a class lacks its English or French label.

    Example:
        >>> sorted(classes()["Company"].parents)
        ['NamedEntity', 'Organization']
    """
    graph = load_ontology()
    found = {}
    for iri in graph.subjects(RDF.type, OWL.Class):
        name = _local_name(iri)
        if name is None:
            continue  # anonymous unions used as domains and ranges
        found[name] = OntClass(
            name=name,
            label_en=_label(graph, iri, "en"),
            label_fr=_label(graph, iri, "fr"),
            parents=_ancestors(graph, iri, RDFS.subClassOf),
        )
    return MappingProxyType(found)


@functools.cache
def relations() -> Mapping[str, Relation]:
    """Every relation between named entities, by local name.

    A relation is an ``owl:ObjectProperty`` whose domain and range classes all descend from
    ``kgo:NamedEntity``; the bookkeeping properties (``kgo:evidence``, ``kgo:modality``)
    link provenance records and are left out.

    Raises:
        OntologyError: If a relation lacks a label, a domain or a range.

    Example:
        >>> relations()["partnerOf"].symmetric
        True
        >>> "evidence" in relations()
        False
    """
    graph = load_ontology()
    found = {}
    for iri in graph.subjects(RDF.type, OWL.ObjectProperty):
        name = _local_name(iri)
        if name is None:
            continue
        domain = _class_names(graph, iri, RDFS.domain)
        range_ = _class_names(graph, iri, RDFS.range)
        if not all(_is_entity_class(cls) for cls in domain | range_):
            continue
        found[name] = Relation(
            name=name,
            label_en=_label(graph, iri, "en"),
            label_fr=_label(graph, iri, "fr"),
            domain=domain,
            range=range_,
            inverse=_inverse(graph, iri),
            symmetric=(iri, RDF.type, OWL.SymmetricProperty) in graph,
            parents=_ancestors(graph, iri, RDFS.subPropertyOf),
        )
    return MappingProxyType(found)


def relation(name: str) -> Relation:
    """Return the relation called ``name``.

    Raises:
        OntologyError: If the ontology defines no relation of that name.

    Example:
        >>> relation("basedIn").range
        frozenset({'Place'})
        >>> relation("worksAt")
        Traceback (most recent call last):
        ...
        kg.errors.OntologyError: unknown relation 'worksAt'
    """
    try:
        return relations()[name]
    except KeyError as err:
        raise OntologyError(f"unknown relation {name!r}") from err


def is_subclass(cls: str, ancestor: str) -> bool:
    """Whether ``cls`` is ``ancestor`` or one of its descendants.

    Raises:
        OntologyError: If either name is not a ``kgo:`` class.

    Example:
        >>> is_subclass("MediaOrganization", "Organization")
        True
        >>> is_subclass("Organization", "Company")
        False
    """
    _class(ancestor)
    return cls == ancestor or ancestor in _class(cls).parents


@functools.lru_cache(maxsize=256)
def coarse_class(cls: str) -> str:
    """Map any entity class to its top class, a direct child of ``kgo:NamedEntity``.

    The top classes are Person, Organization, Place, Product, Agreement, Regulation, Event
    and Concept.

    Raises:
        OntologyError: If ``cls`` is unknown or is not an entity class (``Document``).

    Example:
        >>> coarse_class("GovernmentBody")
        'Organization'
        >>> coarse_class("Person")
        'Person'
    """
    root = _local_name(KGO.NamedEntity)
    for candidate in (cls, *_class(cls).parents):
        if _class(candidate).parents == {root}:
            return candidate
    raise OntologyError(f"{cls!r} is not an entity class (no ancestor under {root!r})")


def _class(name: str) -> OntClass:
    try:
        return classes()[name]
    except KeyError as err:
        raise OntologyError(f"unknown class {name!r}") from err


def _is_entity_class(name: str) -> bool:
    return name in classes() and _local_name(KGO.NamedEntity) in classes()[name].parents


def _local_name(term: Node | None) -> str | None:
    """The part after ``kgo:``, or None for a blank node or a term of another namespace."""
    if isinstance(term, URIRef) and term.startswith(KGO._NS):
        return term[len(KGO._NS) :]
    return None


def _label(graph: Graph, iri: Node, lang: str) -> str:
    for label in graph.objects(iri, RDFS.label):
        if isinstance(label, Literal) and label.language == lang:
            return str(label)
    raise OntologyError(f"{_local_name(iri)!r} has no rdfs:label in {lang!r}")


def _ancestors(graph: Graph, iri: Node, link: URIRef) -> frozenset[str]:
    names = (_local_name(node) for node in graph.transitive_objects(iri, link) if node != iri)
    return frozenset(name for name in names if name is not None)


def _class_names(graph: Graph, prop: Node, link: URIRef) -> frozenset[str]:
    """Local names of the class (or the members of the ``owl:unionOf``) at ``prop link``."""
    target = graph.value(prop, link)
    if target is None:
        raise OntologyError(f"{_local_name(prop)!r} has no {graph.qname(link)}")
    union = graph.value(target, OWL.unionOf)
    members = list(Collection(graph, union)) if union is not None else [target]
    return frozenset(_local_name(member) or str(member) for member in members)


def _inverse(graph: Graph, prop: Node) -> str | None:
    # owl:inverseOf is symmetric; accept it stated on either property.
    other = graph.value(prop, OWL.inverseOf) or graph.value(None, OWL.inverseOf, prop)
    return _local_name(other)
