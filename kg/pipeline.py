"""The main job, as plain functions: documents → analyses → entities → rdflib Dataset.

::

    read_documents ─▶ parse (spaCy, chunked) ─▶ analyse (mentions, coreference, extractors,
                   judge) ─▶ resolve (entities) ─▶ graph_quads (─▶ to_dataset) ─▶ write_outputs

Example:
    >>> from kg.model import Document
    >>> result = analyse_chunks(Document("d", "x"), [], [])
    >>> result.triples
    ()
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset
from spacy.tokens import Doc

from kg.entities.coref import resolve_references
from kg.entities.gazetteer import Gazetteer, default_gazetteer
from kg.entities.mentions import detect_mentions, harmonise
from kg.entities.resolve import Resolution, resolve_documents
from kg.extract import Extractor, default_extractors
from kg.graph import GraphQuads, graph_quads, to_dataset
from kg.iri import DEFAULT_BASE
from kg.judge import judge_triples
from kg.model import Document, Mention, Triple
from kg.nlp import DEFAULT_MODEL, load_model, parse

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Analysis:
    """What kg read in one document: its named mentions and extracted triples."""

    document: Document
    mentions: tuple[Mention, ...]
    triples: tuple[Triple, ...]


def analyse_chunks(
    document: Document,
    docs: Sequence[Doc],
    extractors: Sequence[Extractor],
    gazetteer: Gazetteer | None = None,
    *,
    judged: bool = True,
) -> Analysis:
    """Find mentions, resolve references and run every extractor on a document's chunks.

    With ``judged`` (the default) the judge (:mod:`kg.judge`) then gives each triple its
    confidence, the probability that it is right, in a document of at least
    :data:`kg.judge.MIN_SENTENCES` sentences; without it, or in a shorter text, the triples
    keep the extractors' own confidences.
    """
    gazetteer = gazetteer or default_gazetteer()
    mentions: list[Mention] = []
    triples: list[Triple] = []
    for doc in docs:
        by_token: dict[int, Mention] = {}
        found = []
        for span, mention in harmonise(list(detect_mentions(doc, gazetteer))):
            found.append(mention)
            for i in range(span.start, span.end):  # (no Token built per word)
                by_token[i] = mention
        doc._.kg_mentions = by_token
        resolve_references(doc, found)
        mentions.extend(found)
        for extractor in extractors:
            try:
                triples.extend(extractor.extract(doc))
            except Exception as err:
                # a bug in one extractor must not cost the document the other extractors'
                # facts, nor a corpus its build: say which one failed where, and go on
                log.error(
                    "extractor %r failed on document %r (%s: %s); its facts there are left out",
                    extractor.name,
                    document.id,
                    type(err).__name__,
                    err,
                )
                log.debug("extractor failure", exc_info=True)
    unique = tuple(_unique(triples))
    if judged:
        unique = judge_triples(unique, sentences=_sentences(docs))
    return Analysis(document, tuple(mentions), unique)


def _sentences(docs: Sequence[Doc]) -> int:
    """How many sentences a document's chunks hold (each chunk knows its first one's index)."""
    return docs[-1]._.kg_first_sentence + sum(1 for _ in docs[-1].sents) if docs else 0


def _unique(triples: Iterable[Triple]) -> Iterator[Triple]:
    seen = set()
    for triple in triples:
        if triple not in seen:
            seen.add(triple)
            yield triple


def analyse(
    documents: Iterable[Document],
    *,
    model: str = DEFAULT_MODEL,
    extractors: Sequence[Extractor] | None = None,
    gazetteer: Gazetteer | None = None,
    batch_size: int = 32,
    judged: bool = True,
) -> Iterator[Analysis]:
    """Parse and analyse documents as a stream, one :class:`Analysis` per document
    (``judged``: see :func:`analyse_chunks`)."""
    nlp = load_model(model)
    extractors = list(extractors) if extractors is not None else default_extractors()
    for document, docs in parse(documents, nlp, batch_size=batch_size):
        yield analyse_chunks(document, docs, extractors, gazetteer, judged=judged)


def resolve_analyses(analyses: Iterable[Analysis]) -> Resolution:
    """Resolve the entities of every analysis together (order-independent, idempotent)."""
    return resolve_documents(analyses)


def build_quads(
    analyses: Iterable[Analysis], *, base: str = DEFAULT_BASE, min_confidence: float = 0.0
) -> GraphQuads:
    """Resolve entities across analyses and make the graph's statements."""
    analyses = list(analyses)
    resolution = resolve_analyses(analyses)
    documents = [a.document for a in analyses]
    entities, triples = resolution.entities, resolution.triples
    # resolved: of the analyses, the graph needs only the documents, and of the
    # resolution (which keeps every mention for its merge report), entities and triples
    del analyses, resolution
    return graph_quads(documents, entities, triples, base=base, min_confidence=min_confidence)


def build_graph(
    analyses: Iterable[Analysis], *, base: str = DEFAULT_BASE, min_confidence: float = 0.0
) -> Dataset:
    """Resolve entities across analyses and build the dataset."""
    return to_dataset(build_quads(analyses, base=base, min_confidence=min_confidence))


def build(
    inputs: Iterable[str | Path],
    *,
    model: str = DEFAULT_MODEL,
    base: str = DEFAULT_BASE,
    min_confidence: float = 0.0,
    gazetteer: Gazetteer | None = None,
) -> Dataset:
    """Read inputs and build their knowledge graph (no files written)."""
    from kg.io import read_documents

    return build_graph(
        analyse(read_documents(inputs), model=model, gazetteer=gazetteer),
        base=base,
        min_confidence=min_confidence,
    )
