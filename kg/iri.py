"""The one place where kg mints IRIs.

Every resource IRI is ``{base}{kind}/{segment}/.../{segment}``. Each segment is normalised
(NFC, control and zero-width characters dropped, white space folded to ``_``) and
percent-encoded to the RFC 3986 unreserved set (``A-Z a-z 0-9 - . _ ~``), so the IRI is
valid in Turtle, N-Triples, JSON-LD and SPARQL and round-trips through rdflib and Oxigraph.
A name made only of dots is prefixed with ``_``: ``.`` and ``..`` are path steps that URL
normalisation (browsers, some RDF tools) would resolve away. Every minted IRI is then
checked by Oxigraph's parser (``pyoxigraph.NamedNode``, ~3 µs, a few percent of minting).
Minting is pure: the same inputs always give the same IRI, which is what makes
re-ingesting a document a no-op.

Example:
    >>> mint_iri("entity", "org", "Société Générale")
    rdflib.term.URIRef('https://w3id.org/kg/resource/entity/org/Soci%C3%A9t%C3%A9_G%C3%A9n%C3%A9rale')
    >>> mint_iri("doc", "a b", base="http://example.org/kg/")
    rdflib.term.URIRef('http://example.org/kg/doc/a_b')
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from urllib.parse import quote

import pyoxigraph
from rdflib import URIRef

from kg.errors import IRIError

#: Default namespace of the resources kg creates.
DEFAULT_BASE = "https://w3id.org/kg/resource/"

# Cc (controls), Cf (format: zero-width joiners, BOM, bidi marks), Cs (lone surrogates) and
# Co (private use) split or hide names; none of them belongs in an identifier.
_DROP_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co"})
_SPACE = re.compile(r"\s+")
_BASE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[^\s<>\"{}|\\^`]*[/#]$")
#: Longest segment kept verbatim; longer names are cut and suffixed with a digest.
MAX_SEGMENT = 120
_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]+\Z")


def clean_segment(name: str) -> str:
    """Normalise one path segment before encoding (NFC, no controls, ``_`` for spaces).

    Example:
        >>> clean_segment(" Sam\\u200b  Altman ")
        'Sam_Altman'
    """
    # printable ASCII (kinds, digests, most keys) is already NFC and holds no such character
    if not (name.isascii() and name.isprintable()):
        name = unicodedata.normalize("NFC", name)
        name = "".join(ch for ch in name if unicodedata.category(ch) not in _DROP_CATEGORIES)
    name = _SPACE.sub("_", name.strip())
    if len(name) > MAX_SEGMENT:
        digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]
        name = f"{name[:MAX_SEGMENT]}-{digest}"
    return name


@functools.lru_cache(maxsize=64)  # every minted IRI checks its base: a few bases per process
def check_base(base: str) -> str:
    """Return ``base`` if it can prefix kg IRIs, else raise :class:`IRIError`.

    Example:
        >>> check_base("http://example.org/")
        'http://example.org/'
    """
    message = (
        f"base IRI {base!r} must be an absolute IRI ending in '/' or '#', "
        "with no spaces, quotes or angle brackets"
    )
    if not _BASE.match(base):
        raise IRIError(message)
    try:
        pyoxigraph.NamedNode(base)
    except ValueError as err:
        raise IRIError(f"{message} (Oxigraph: {str(err)!r})") from err
    return base


def mint_iri(kind: str, *names: str, base: str = DEFAULT_BASE) -> URIRef:
    """Mint the IRI of a kg resource.

    Args:
        kind: Resource kind, the first path segment (``entity``, ``doc``, ``assertion``...).
        *names: Further segments; each is cleaned and percent-encoded.
        base: Namespace ending in ``/`` or ``#``.

    Returns:
        A valid, deterministic IRI.

    Raises:
        IRIError: If a segment is empty once cleaned, or the base is not a usable IRI.

    Example:
        >>> mint_iri("doc", "article 1")
        rdflib.term.URIRef('https://w3id.org/kg/resource/doc/article_1')
    """
    check_base(base)
    segments = []
    for name in (kind, *names):
        if _UNRESERVED.match(name) and len(name) <= MAX_SEGMENT and name.strip("."):
            # already clean and encoded: kinds, digests, most keys' segments
            segments.append(name)
            continue
        segment = clean_segment(name)
        if not segment:
            raise IRIError(f"cannot mint an IRI from the empty name {name!r} (kind {kind!r})")
        # surrogatepass would keep lone surrogates; 'replace' turns them into U+FFFD first.
        raw = segment.encode("utf-8", errors="replace")
        encoded = quote(raw, safe="-._~")
        if not encoded.strip("."):
            encoded = "_" + encoded
        segments.append(encoded)
    iri = base + "/".join(segments)
    try:
        pyoxigraph.NamedNode(iri)
    except ValueError as err:
        raise IRIError(f"minted an invalid IRI {iri!r} from {names!r} ({str(err)!r})") from err
    return URIRef(iri)


def digest(*parts: object) -> str:
    """A short stable digest of ``parts``, for IRIs of records that have no natural name.

    Example:
        >>> digest("doc1", 3, "founderOf")
        'fddaf23ef432a7958080'
    """
    text = "\x1f".join(str(part) for part in parts)
    return hashlib.sha256(text.encode("utf-8", errors="replace")).hexdigest()[:20]
