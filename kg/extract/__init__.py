"""Extractors: small classes that turn a parsed document into :class:`~kg.model.Triple` s.

Every extractor satisfies :class:`Extractor` — a versioned ``name`` and
``extract(doc) -> Iterator[Triple]`` — does no I/O and never sees the graph. They are
registered by name; other packages add theirs through the ``kg.extractors`` entry-point
group (``name = "package.module:Class"``).

Example:
    >>> sorted(available())[:2]
    ['kg.apposition.v1', 'kg.attribution.v1']
"""

from __future__ import annotations

import functools
import importlib
import logging
from collections.abc import Iterator, Mapping
from importlib.metadata import entry_points
from typing import Protocol, runtime_checkable

from spacy.tokens import Doc

from kg.errors import ExtractionError
from kg.model import Triple

log = logging.getLogger(__name__)


@runtime_checkable
class Extractor(Protocol):
    """What kg asks of an extractor."""

    name: str

    def extract(self, doc: Doc) -> Iterator[Triple]:
        """Yield the triples a parsed chunk states (``doc._.kg_mentions`` and
        ``doc._.kg_coref`` are set)."""
        ...


#: kg's own extractors: versioned name → "module:Class".
BUILTIN = {
    "kg.apposition.v1": "kg.extract.apposition:AppositionExtractor",
    "kg.verbframe.v1": "kg.extract.verbframe:VerbFrameExtractor",
    "kg.nominal.v1": "kg.extract.nominal:NominalExtractor",
    "kg.origin.v1": "kg.extract.origin:OriginExtractor",
    "kg.attribution.v1": "kg.extract.attribution:AttributionExtractor",
    "kg.location.v1": "kg.extract.location:LocationExtractor",
    "kg.toponym.v1": "kg.extract.toponym:ToponymExtractor",
    "kg.board.v1": "kg.extract.board:BoardExtractor",
    "kg.notice.v1": "kg.extract.notice:NoticeExtractor",
}


@functools.cache
def available() -> Mapping[str, str]:
    """Every registered extractor name with its ``module:Class`` reference."""
    found = dict(BUILTIN)
    for entry in entry_points(group="kg.extractors"):
        found.setdefault(entry.name, entry.value)
    return found


def load(name: str) -> Extractor:
    """Instantiate the extractor registered under ``name``.

    Raises:
        ExtractionError: If no extractor has that name or it cannot be loaded.
    """
    reference = available().get(name)
    if reference is None:
        raise ExtractionError(
            f"no extractor named {name!r}; known: {', '.join(sorted(available()))}"
        )
    module_name, _, class_name = reference.partition(":")
    try:
        extractor = getattr(importlib.import_module(module_name), class_name)()
    except (ImportError, AttributeError) as err:
        raise ExtractionError(f"cannot load extractor {name!r} from {reference!r}: {err}") from err
    if not isinstance(extractor, Extractor):
        raise ExtractionError(f"{reference!r} does not implement the Extractor protocol")
    return extractor


def default_extractors() -> list[Extractor]:
    """kg's own extractors, in a fixed order."""
    return [load(name) for name in BUILTIN]
