"""Check a kg graph against ``ontology/shapes.ttl`` (SHACL) and measure its ontology conformance.

:func:`validate` runs pyshacl with ``kg.ttl`` mixed into a copy of the data graph (the
shapes read the class hierarchy and the relations' domains and ranges from it) and turns
pyshacl's report graph into :class:`Violation` values a person can read.
:func:`conformance` is the cheap figure ``kg build`` prints: the share of facts whose
subject and object have a class the relation's domain and range allow, subclasses included.

Example:
    >>> from rdflib import Graph, Literal, URIRef
    >>> g = Graph()
    >>> sam, paris = URIRef("urn:kg:sam"), URIRef("urn:kg:paris")
    >>> for node, cls, name in ((sam, KGO.Person, "Sam"), (paris, KGO.City, "Paris")):
    ...     _ = g.add((node, RDF.type, cls)).add((node, RDFS.label, Literal(name)))
    >>> _ = g.add((sam, KGO.bornIn, paris))
    >>> validate(g).conforms, conformance(g)
    (True, 1.0)
    >>> _ = g.add((paris, KGO.ceoOf, sam))
    >>> conformance(g)
    0.5
"""

from __future__ import annotations

import functools
import logging
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import Node

from kg.errors import OntologyError
from kg.graph import GraphQuads, load_graph, statements
from kg.namespace import KGO
from kg.ontology import Relation, is_subclass, load_ontology, ontology_dir, relations
from kg.query import PREFIXES

__all__ = [
    "ValidationReport",
    "Violation",
    "conformance",
    "format_report",
    "shapes_path",
    "validate",
    "validate_file",
]

logger = logging.getLogger(__name__)

_IRI_IN_TEXT = re.compile(r"<?(https?://[^\s<>\"{}|\\^`]+)>?")


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result, ready to print.

    Attributes:
        focus: The node the result is about, as a prefixed name or ``<IRI>``.
        label: The focus node's ``rdfs:label``, if it has one.
        path: The property path checked, as SPARQL path text, if any.
        message: What is wrong, IRIs shortened.
        value: The offending value, if any.
        severity: ``"Violation"``, ``"Warning"`` or ``"Info"``.
    """

    focus: str
    label: str | None
    path: str | None
    message: str
    value: str | None
    severity: str


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of :func:`validate`.

    Attributes:
        conforms: Whether the graph satisfies every shape.
        violations: Every result, sorted by focus node then path.
        conformance: The :func:`conformance` figure of the graph.
    """

    conforms: bool
    violations: tuple[Violation, ...]
    conformance: float = 1.0


def shapes_path() -> Path:
    """Return the path of ``ontology/shapes.ttl``.

    Example:
        >>> shapes_path().name
        'shapes.ttl'
    """
    return ontology_dir() / "shapes.ttl"


@functools.cache
def _shapes() -> Graph:
    path = shapes_path()
    try:
        return Graph().parse(path, format="turtle")
    except (OSError, SyntaxError) as err:
        raise OntologyError(f"cannot read the shapes {str(path)!r}: {err}") from err


def validate(graph: Graph) -> ValidationReport:
    """Validate ``graph`` (a union graph, not a dataset) against kg's SHACL shapes.

    The graph is not modified: pyshacl works on a copy with the ontology mixed in.

    Raises:
        OntologyError: If the shapes or the ontology cannot be read.

    Example:
        >>> from rdflib import Graph, URIRef
        >>> g = Graph()
        >>> _ = g.add((URIRef("urn:kg:x"), RDF.type, KGO.Company))
        >>> [v.message for v in validate(g).violations]
        ['an entity has an rdfs:label']
    """
    # pyshacl is an optional dependency (the "validate" extra): import it when used.
    import pyshacl

    conforms, results, _ = pyshacl.validate(
        graph,
        shacl_graph=_shapes(),
        ont_graph=load_ontology(),
        inference="none",
        advanced=True,  # SHACL-AF: the SPARQL target of the entity shape
        allow_warnings=True,
    )
    violations = sorted(
        (
            _violation(results, graph, result)
            for result in results.subjects(RDF.type, SH.ValidationResult)
        ),
        key=lambda v: (v.focus, v.path or "", v.message),
    )
    logger.info("SHACL: %d results, conforms=%s", len(violations), conforms)
    return ValidationReport(bool(conforms), tuple(violations), conformance(graph))


def validate_file(path: str | Path) -> ValidationReport:
    """Read a graph file (parsed by Oxigraph, see :func:`kg.graph.load_graph`) and validate it.

    Raises:
        InputError: If the file cannot be read.

    Example:
        >>> validate_file("missing.ttl")
        Traceback (most recent call last):
        ...
        kg.errors.InputError: no such graph file: 'missing.ttl'
    """
    return validate(load_graph(path))


def format_report(report: ValidationReport, *, limit: int = 100) -> str:
    """Write a report for people: one line per violation, the first ``limit`` of them.

    Example:
        >>> v = Violation("kgr:entity/org/x", "X", "rdfs:label", "no label", None, "Violation")
        >>> print(format_report(ValidationReport(False, (v,))))
        does not conform: 1 violation
          X (kgr:entity/org/x)  rdfs:label: no label
        ontology conformance (domain and range): 100.0%
    """
    figure = f"ontology conformance (domain and range): {report.conformance:.1%}"
    if report.conforms and not report.violations:
        return f"conforms: no violations\n{figure}"
    count = len(report.violations)
    head = "conforms" if report.conforms else "does not conform"
    lines = [f"{head}: {count} {'violation' if count == 1 else 'violations'}"]
    for v in report.violations[:limit]:
        who = f"{v.label} ({v.focus})" if v.label else v.focus
        where = f"  {v.path}" if v.path else ""
        value = f" [value: {v.value}]" if v.value and v.value not in v.message else ""
        level = "" if v.severity == "Violation" else f"{v.severity.lower()}: "
        lines.append(f"  {who}{where}: {level}{v.message}{value}")
    if count > limit:
        lines.append(f"  ... and {count - limit} more")
    lines.append(figure)
    return "\n".join(lines)


def conformance(graph: Graph | GraphQuads) -> float:
    """Share of facts whose subject and object respect the relation's domain and range.

    A fact is a triple whose predicate is a relation of the ontology; an end respects the
    domain (range) when one of its ``kgo:`` classes is, or descends from, a class of the
    domain (range). A graph without facts scores 1.0: nothing in it breaks the ontology.
    A dataset is scored on the union of its graphs.

    Example:
        >>> conformance(Graph())
        1.0
    """
    types: dict[Node, set[str]] = defaultdict(set)
    facts: list[tuple[Node, Relation, Node]] = []
    by_term: dict[Node, Relation] = {KGO[name]: rel for name, rel in relations().items()}
    for subject, predicate, obj in statements(graph, [RDF.type, *by_term]):
        if predicate != RDF.type:
            facts.append((subject, by_term[predicate], obj))
        elif isinstance(obj, URIRef) and obj.startswith(KGO._NS):
            types[subject].add(obj[len(KGO._NS) :])
    respected = sum(
        1
        for subject, rel, obj in facts
        if _fits(types[subject], rel.domain) and _fits(types[obj], rel.range)
    )
    return respected / len(facts) if facts else 1.0


def _fits(classes: set[str], allowed: frozenset[str]) -> bool:
    for cls in classes:
        try:
            if any(is_subclass(cls, ancestor) for ancestor in allowed):
                return True
        except OntologyError:
            continue  # a kgo: type the ontology does not define fits nothing
    return False


# --- reading pyshacl's report graph --------------------------------------------------------


def _violation(results: Graph, data: Graph, result: Node) -> Violation:
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    value = results.value(result, SH.value)
    message = results.value(result, SH.resultMessage)
    severity = results.value(result, SH.resultSeverity)
    label = data.value(focus, RDFS.label) if focus is not None else None
    return Violation(
        focus=_short(focus),
        label=str(label) if label is not None else None,
        path=_path_text(results, path) if path is not None else None,
        message=_shorten_text(str(message)) if message is not None else "constraint not met",
        value=_short(value) if value is not None else None,
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
    )


def _short(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal):
        return repr(str(term))
    if isinstance(term, BNode):
        return f"_:{term}"
    return _shorten_iri(str(term))


def _shorten_iri(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return f"<{iri}>"


def _shorten_text(text: str) -> str:
    return _IRI_IN_TEXT.sub(lambda match: _shorten_iri(match.group(1)), text)


def _path_text(results: Graph, path: Node) -> str:
    """A SHACL property path as SPARQL path text (``rdf:type/rdfs:subClassOf*``)."""
    if isinstance(path, URIRef):
        return _shorten_iri(str(path))
    if results.value(path, RDF.first) is not None:
        return "/".join(_path_text(results, step) for step in Collection(results, path))
    for kind, suffix in (
        (SH.zeroOrMorePath, "*"),
        (SH.oneOrMorePath, "+"),
        (SH.zeroOrOnePath, "?"),
    ):
        inner = results.value(path, kind)
        if inner is not None:
            return _path_text(results, inner) + suffix
    inverse = results.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _path_text(results, inverse)
    alternatives = results.value(path, SH.alternativePath)
    if alternatives is not None:
        return (
            "(" + "|".join(_path_text(results, p) for p in Collection(results, alternatives)) + ")"
        )
    return "(complex path)"
