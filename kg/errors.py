"""kg's error hierarchy: one small tree, each message naming the offending value.

::

    KGError
    ├── InputError (ValueError)        bad path, undecodable text, malformed JSONL line
    ├── ExtractionError                an extractor or the spaCy model failed
    ├── OntologyError (ValueError)     unknown class or relation, mirror out of sync
    ├── IRIError (ValueError)          a name that cannot become a valid IRI
    ├── ExportError (OSError)          an output could not be written
    └── QueryError (ValueError)        a SPARQL query that does not parse or run

The CLI catches :class:`KGError`, prints its message on one line and exits non-zero;
library code raises the most specific subclass and chains the cause with ``from``.

Example:
    >>> try:
    ...     raise InputError("no such file: 'missing.txt'")
    ... except KGError as err:
    ...     print(err)
    no such file: 'missing.txt'
"""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class InputError(KGError, ValueError):
    """Input that kg cannot read: missing path, bad encoding, malformed record."""


class ExtractionError(KGError):
    """The NLP stage failed (model missing, extractor crashed)."""


class OntologyError(KGError, ValueError):
    """A term that the ontology does not define, or a mirror that disagrees with it."""


class IRIError(KGError, ValueError):
    """A name that cannot be minted into a valid IRI."""


class ExportError(KGError, OSError):
    """An output file could not be written."""


class QueryError(KGError, ValueError):
    """A SPARQL query that does not parse, is refused, or fails to run."""
