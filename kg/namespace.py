"""The kg ontology's terms as Python attributes, mirroring ``ontology/kg.ttl``.

``KGO`` is an rdflib :class:`~rdflib.namespace.DefinedNamespace` with ``_fail = True``: a
misspelt term raises at the point of use instead of minting an IRI the ontology never
defined. ``tests/test_ontology.py`` checks that this class and the Turtle file agree in both
directions, so a term added to one must be added to the other.

Example:
    >>> KGO.cofounderOf
    rdflib.term.URIRef('https://w3id.org/kg/ontology#cofounderOf')
    >>> WD["Q5"]
    rdflib.term.URIRef('http://www.wikidata.org/entity/Q5')
    >>> KGO.cofoundedOf
    Traceback (most recent call last):
    ...
    AttributeError: term 'cofoundedOf' not in namespace 'https://w3id.org/kg/ontology#'
"""

from __future__ import annotations

# The module, not the class: pytest's doctest finder probes every global for mock
# attributes, and the base DefinedNamespace (``_warn = True``) warns on each probe.
import rdflib.namespace
from rdflib.namespace import Namespace
from rdflib.term import URIRef

__all__ = ["KGO", "WD"]

WD = Namespace("http://www.wikidata.org/entity/")
"""Wikidata entities, the targets of ``owl:sameAs`` links (``WD["Q5"]``)."""


class KGO(rdflib.namespace.DefinedNamespace):
    """kg ontology, ``https://w3id.org/kg/ontology#`` (prefix ``kgo:``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg/ontology#")

    # Entity classes
    NamedEntity: URIRef  # root of the entity classes
    Person: URIRef
    Organization: URIRef
    Company: URIRef
    MediaOrganization: URIRef
    GovernmentBody: URIRef
    Place: URIRef
    City: URIRef
    Country: URIRef
    Region: URIRef
    Product: URIRef
    Agreement: URIRef
    Regulation: URIRef  # a law, e.g. the AI Act
    Event: URIRef
    Concept: URIRef  # a sector or field

    # Bookkeeping classes and individuals
    Document: URIRef
    Assertion: URIRef
    Evidence: URIRef
    Modality: URIRef
    Asserted: URIRef
    Hedged: URIRef
    Reported: URIRef

    # Relations between named entities
    founderOf: URIRef
    foundedBy: URIRef
    cofounderOf: URIRef
    leaderOf: URIRef
    ceoOf: URIRef
    chairOf: URIRef
    employeeOf: URIRef
    employs: URIRef
    memberOf: URIRef
    hasMember: URIRef
    subsidiaryOf: URIRef
    parentOf: URIRef
    acquires: URIRef
    acquiredBy: URIRef
    divestsTo: URIRef
    investsIn: URIRef
    fundedBy: URIRef
    partnerOf: URIRef
    competitorOf: URIRef
    opensOfficeIn: URIRef
    basedIn: URIRef
    presentIn: URIRef
    locatedIn: URIRef
    residesIn: URIRef
    bornIn: URIRef
    spouseOf: URIRef
    productOf: URIRef
    makes: URIRef
    signed: URIRef
    signedBy: URIRef
    investigates: URIRef
    investigatedBy: URIRef
    fines: URIRef
    finedBy: URIRef
    quotedIn: URIRef
    leaderIn: URIRef
    organizesEventAt: URIRef
    refusedNegotiationWith: URIRef

    # Bookkeeping properties
    confidence: URIRef
    evidence: URIRef
    sentence: URIRef
    sentenceIndex: URIRef
    startChar: URIRef
    endChar: URIRef
    extractor: URIRef
    modality: URIRef
    referringExpression: URIRef
    extractorConfidence: URIRef
    mentionCount: URIRef
