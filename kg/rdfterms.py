"""The one bridge between rdflib terms and Oxigraph terms, and the graph file formats.

rdflib is kg's in-process graph model; Oxigraph parses, writes and queries. Every module that
crosses between them uses these two functions, so a term means the same thing on both sides.

Example:
    >>> from rdflib import Literal
    >>> from_ox(to_ox(Literal("Paris", lang="fr"))) == Literal("Paris", lang="fr")
    True
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import InputError

#: Graph file suffixes kg reads, and the format each means.
RDF_FORMATS: Mapping[str, ox.RdfFormat] = MappingProxyType(
    {
        ".ttl": ox.RdfFormat.TURTLE,
        ".trig": ox.RdfFormat.TRIG,
        ".nt": ox.RdfFormat.N_TRIPLES,
        ".nq": ox.RdfFormat.N_QUADS,
        ".jsonld": ox.RdfFormat.JSON_LD,
        ".json": ox.RdfFormat.JSON_LD,
        ".rdf": ox.RdfFormat.RDF_XML,
        ".owl": ox.RdfFormat.RDF_XML,
    }
)
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def graph_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a graph file, from its suffix, once the file is known to exist.

    Raises:
        InputError: If the suffix is unknown or the file is missing.

    Example:
        >>> graph_format(Path("missing.ttl"))
        Traceback (most recent call last):
        ...
        kg.errors.InputError: no such graph file: 'missing.ttl'
    """
    rdf_format = RDF_FORMATS.get(path.suffix.lower())
    if rdf_format is None:
        raise InputError(
            f"unknown graph format {path.suffix!r} for {str(path)!r}; "
            f"expected one of {', '.join(RDF_FORMATS)}"
        )
    if not path.is_file():
        raise InputError(f"no such graph file: {str(path)!r}")
    return rdf_format


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib IRI, blank node or literal as an Oxigraph term.

    Raises:
        InputError: For anything else (a variable, a graph).
    """
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise InputError(f"cannot convert {term!r}: only IRIs, blank nodes and literals")


def from_ox(term: Any) -> Node:
    """An Oxigraph term as an rdflib term (plain strings stay plain literals).

    Raises:
        InputError: For RDF-star triples used as terms, which kg does not handle.
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise InputError(f"kg does not handle the term {term!r} (RDF-star?)")
