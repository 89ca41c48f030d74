"""The immutable values that flow through kg, from text to graph.

``Document`` → (spaCy) → ``Mention`` → ``Triple(subject, predicate, object, Provenance)``
→ ``Entity``. Every value is a frozen, slotted dataclass: stages pass values, never spaCy
objects, and no stage can change what an earlier one produced.

Example:
    >>> prov = Provenance("doc1", 0, "Sam Altman, cofondateur d'OpenAI.", 0, 33,
    ...                   "kg.apposition.v1", 0.9)
    >>> sam = Mention("Sam Altman", "Person", 0, 10)
    >>> openai = Mention("OpenAI", "Organization", 26, 32)
    >>> Triple(sam, "cofounderOf", openai, prov).predicate
    'cofounderOf'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


# not StrEnum: that would change str() and format() of the members (UP042's fix is unsafe)
class Modality(str, Enum):  # noqa: UP042
    """How firmly the source states a fact."""

    ASSERTED = "asserted"
    HEDGED = "hedged"  # conditional, "pourrait", "selon des sources"
    REPORTED = "reported"  # attributed speech ("a déclaré", "selon X")


@dataclass(frozen=True, slots=True)
class Document:
    """One source text with its metadata.

    Attributes:
        id: Stable identifier (file stem or the JSONL ``id``); ends the document's IRI.
        text: The cleaned text to analyse (the ``date`` header line removed).
        date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` when known.
        title: Optional headline.
        url: Optional source address.
        source: Path or corpus the document came from.
    """

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a document that names (or refers to) an entity.

    Attributes:
        text: The entity's name as written (for a resolved pronoun or description, the
            antecedent's name; the referring words stay in ``Provenance.mention``).
        cls: Ontology class local name (``Person``, ``Organization``, ``City`` ...).
        start: Character offset of the name in the document.
        end: Character offset just past the name.
        qid: Wikidata QID when the gazetteer links the name.
        entity: Key of the :class:`Entity` the mention was resolved to (set by the
            resolution stage, ``None`` before it).
    """

    text: str
    cls: str
    start: int
    end: int
    qid: str | None = None
    entity: str | None = None


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a triple comes from and how much to trust it.

    Attributes:
        doc_id: The document's id.
        sentence_index: Index of the sentence in the document (0-based).
        sentence: The sentence text, the evidence a reader checks.
        start: Character offset of the sentence in the document.
        end: Character offset just past the sentence.
        extractor: Versioned name of the extractor (``kg.apposition.v1``).
        confidence: Probability-like score in [0, 1]: the judge's (:mod:`kg.judge`) once
            judged, the extractor's before.
        modality: Asserted, hedged or reported.
        mention: Words that referred to an entity through coreference
            (``l'entreprise``), when the subject or object was resolved.
        extractor_confidence: The extractor's own confidence, kept when the judge
            replaced it (None before judging).
    """

    doc_id: str
    sentence_index: int
    sentence: str
    start: int
    end: int
    extractor: str
    confidence: float
    modality: Modality = Modality.ASSERTED
    mention: str | None = None
    extractor_confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Triple:
    """One extracted fact: ``subject –predicate→ object`` with its evidence."""

    subject: Mention
    predicate: str
    object: Mention
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing after merging its mentions.

    Attributes:
        key: Stable merge key, ``{group}/{slug}`` (``org/openai``, ``place/paris``); the
            entity's IRI is ``mint_iri("entity", *key.split("/"))``.
        label: Preferred name.
        cls: Ontology class local name.
        aliases: Every surface form seen, with how often, most frequent first.
        qid: Wikidata QID when linked.
        mentions: How many mentions were merged into it.
    """

    key: str
    label: str
    cls: str
    aliases: tuple[tuple[str, int], ...] = field(default=())
    qid: str | None = None
    mentions: int = 0
