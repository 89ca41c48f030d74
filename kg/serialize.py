"""An :class:`~kg.pipeline.Analysis` as JSON and back, exactly.

Analyses are what kg keeps between builds (``DIR/.kg/analyses/``) and what Dask workers send
back to the client, so the round trip must lose nothing: ``loads(dumps(a)) == a`` for every
analysis. Fields that are ``None`` (or the default modality) are left out to keep files
small; every other value is written as JSON knows it (the modality by its value).

The format carries a version number (:data:`FORMAT`); reading another version, or a
record with missing or mistyped fields, raises :class:`~kg.errors.InputError` naming what
is wrong, so a stale cache is noticed rather than half-read.

Example:
    >>> from kg.model import Document, Mention
    >>> a = Analysis(Document("d1", "OpenAI."), (Mention("OpenAI", "Organization", 0, 6),), ())
    >>> text = dumps(a)
    >>> text
    '{"format":1,"document":{"id":"d1","text":"OpenAI."},"mentions":[{"text":"OpenAI","cls":"Organization","start":0,"end":6}],"triples":[]}'
    >>> loads(text) == a
    True
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from kg.errors import InputError
from kg.model import Document, Mention, Modality, Provenance, Triple
from kg.pipeline import Analysis

__all__ = ["FORMAT", "analysis_from_dict", "analysis_to_dict", "dumps", "loads", "triple_from_dict"]

#: Version of the JSON shape; bump it when a field changes meaning.
FORMAT = 1

_DOCUMENT_FIELDS = ("id", "text", "date", "title", "url", "source")
_OPTIONAL_MENTION = ("qid", "entity")


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    """A JSON-ready dictionary of ``analysis``.

    Example:
        >>> from kg.model import Document
        >>> analysis_to_dict(Analysis(Document("d", "x", date="2024"), (), ()))["document"]
        {'id': 'd', 'text': 'x', 'date': '2024'}
    """
    document = analysis.document
    return {
        "format": FORMAT,
        "document": _compact({name: getattr(document, name) for name in _DOCUMENT_FIELDS}),
        "mentions": [_mention(m) for m in analysis.mentions],
        "triples": [_triple(t) for t in analysis.triples],
    }


def analysis_from_dict(record: Mapping[str, Any]) -> Analysis:
    """The :class:`Analysis` a dictionary from :func:`analysis_to_dict` describes.

    Raises:
        InputError: If the record has another format version or a missing or mistyped field.

    Example:
        >>> analysis_from_dict({"format": 1, "document": {"id": "d", "text": ""},
        ...                     "mentions": [], "triples": []}).document.id
        'd'
    """
    if not isinstance(record, Mapping) or record.get("format") != FORMAT:
        found = record.get("format") if isinstance(record, Mapping) else type(record).__name__
        raise InputError(f"not a kg analysis of format {FORMAT} (found format {found!r})")
    try:
        fields = record["document"]
        document = Document(**{k: v for k, v in fields.items() if k in _DOCUMENT_FIELDS})
        _check(isinstance(document.id, str) and isinstance(document.text, str), "document")
        mentions = tuple(_read_mention(m) for m in record["mentions"])
        triples = tuple(triple_from_dict(t) for t in record["triples"])
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        fields = record.get("document")
        ident = fields.get("id") if isinstance(fields, Mapping) else None
        raise InputError(f"malformed kg analysis of document {ident!r}: {err!r}") from err
    return Analysis(document, mentions, triples)


def dumps(analysis: Analysis) -> str:
    """``analysis`` as one line of compact JSON (non-ASCII characters kept as they are)."""
    return json.dumps(analysis_to_dict(analysis), ensure_ascii=False, separators=(",", ":"))


def loads(text: str | bytes) -> Analysis:
    """The analysis :func:`dumps` wrote.

    Raises:
        InputError: If ``text`` is not JSON or not an analysis of this format.
    """
    try:
        record = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"a kg analysis is not valid JSON: {err}") from err
    return analysis_from_dict(record)


def _compact(values: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def _mention(mention: Mention) -> dict[str, Any]:
    # the most frequent record (every mention and both ends of every triple): only its two
    # optional fields are left out when None, without a second dictionary
    record: dict[str, Any] = {
        "text": mention.text,
        "cls": mention.cls,
        "start": mention.start,
        "end": mention.end,
    }
    if mention.qid is not None:
        record["qid"] = mention.qid
    if mention.entity is not None:
        record["entity"] = mention.entity
    return record


def _triple(triple: Triple) -> dict[str, Any]:
    p = triple.provenance
    provenance = _compact(
        {
            "doc_id": p.doc_id,
            "sentence_index": p.sentence_index,
            "sentence": p.sentence,
            "start": p.start,
            "end": p.end,
            "extractor": p.extractor,
            "confidence": p.confidence,
            "modality": None if p.modality is Modality.ASSERTED else p.modality.value,
            "mention": p.mention,
            "extractor_confidence": p.extractor_confidence,
        }
    )
    return {
        "subject": _mention(triple.subject),
        "predicate": triple.predicate,
        "object": _mention(triple.object),
        "provenance": provenance,
    }


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise ValueError(f"{what} has a field of the wrong type")


def _read_mention(record: Mapping[str, Any]) -> Mention:
    mention = Mention(
        record["text"],
        record["cls"],
        record["start"],
        record["end"],
        **{name: record[name] for name in _OPTIONAL_MENTION if name in record},
    )
    _check(
        isinstance(mention.text, str)
        and isinstance(mention.cls, str)
        and isinstance(mention.start, int)
        and isinstance(mention.end, int),
        f"mention {record!r}",
    )
    return mention


def triple_from_dict(record: Mapping[str, Any]) -> Triple:
    """A :class:`Triple` from its JSON record (``subject``, ``predicate``, ``object`` and
    ``provenance``, the fields named as the dataclasses name them).

    Raises:
        ValueError: If a field has the wrong type (a missing one raises ``KeyError``).

    Example:
        >>> end = {"text": "Kelvo", "cls": "Organization", "start": 0, "end": 5}
        >>> provenance = {"doc_id": "d", "sentence_index": 0, "sentence": "Kelvo.", "start": 0,
        ...               "end": 6, "extractor": "kg.apposition.v1", "confidence": 0.8}
        >>> triple_from_dict({"subject": end, "predicate": "basedIn", "object": end,
        ...                   "provenance": provenance}).provenance.modality.value
        'asserted'
    """
    p = record["provenance"]
    provenance = Provenance(
        doc_id=p["doc_id"],
        sentence_index=p["sentence_index"],
        sentence=p["sentence"],
        start=p["start"],
        end=p["end"],
        extractor=p["extractor"],
        confidence=p["confidence"],
        modality=Modality(p.get("modality", Modality.ASSERTED.value)),
        mention=p.get("mention"),
        extractor_confidence=p.get("extractor_confidence"),
    )
    _check(
        isinstance(provenance.confidence, int | float) and isinstance(provenance.doc_id, str),
        f"provenance of {record.get('predicate')!r}",
    )
    return Triple(
        _read_mention(record["subject"]),
        record["predicate"],
        _read_mention(record["object"]),
        provenance,
    )
