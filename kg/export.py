"""Write kg graphs to files, atomically, and prove every file parses before it is kept.

Every format is written by Oxigraph from the dataset's quads, sorted so the same graph
always gives the same bytes. rdflib's writers were measured 45 times slower (Turtle: 22 s
against 0.5 s for 300k triples), its Turtle writer mints invalid prefixes for local names
that start with ``%`` (rdflib issue #2152), and its JSON-LD writer puts the default graph in
a blank-node graph that other processors read as a named graph. JSON-LD is Oxigraph's
expanded form under an inline ``@context`` declaring kg's prefixes (never a remote context).
Prefixes that some reader would misread for the IRIs at hand are left out
(:func:`usable_prefixes`), so every file reads back the same in rdflib and in Oxigraph.

Nothing is half-written: each output goes to a temporary file next to its target, is
re-parsed by Oxigraph, and only when every output of a build is valid are they renamed into
place with :func:`os.replace`. Two outputs of the same statements (TriG and JSON-LD) share
the work: the second is written from the first as Oxigraph reads it back, which is the
first one's check, and a round trip of it. On any failure the temporaries are removed and
the previous outputs stay as they were. :func:`atomic_write` offers the same guarantee to
other writers (the viewer's pages, manifests).

Example:
    >>> import tempfile
    >>> from rdflib import Dataset, URIRef, Literal
    >>> ds = Dataset()
    >>> _ = ds.add((URIRef("urn:kg:a"), URIRef("urn:kg:name"), Literal("Ada")))
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     paths = write_outputs(ds, Path(tmp))
    ...     sorted(path.name for path in paths.values())
    ['graph.jsonld', 'graph.trig', 'graph.ttl']
"""

from __future__ import annotations

import bisect
import ctypes
import functools
import io
import itertools
import json
import logging
import os
import re
import secrets
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any, cast

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.errors import ExportError, KGError
from kg.graph import GraphQuads, Quad, union_graph
from kg.rdfterms import to_ox

__all__ = [
    "DEFAULT_FORMATS",
    "Format",
    "HtmlWriter",
    "atomic_write",
    "check_parses",
    "export",
    "staged_path",
    "sync_files",
    "to_oxigraph",
    "usable_prefixes",
    "write_jsonld",
    "write_outputs",
]

logger = logging.getLogger(__name__)

#: Writes the HTML page of a graph at the given path (the viewer's entry point).
HtmlWriter = Callable[[Graph, Path], None]


class Format(StrEnum):
    """An RDF export format; the value is the file suffix."""

    TURTLE = "ttl"
    TRIG = "trig"
    JSONLD = "jsonld"
    NTRIPLES = "nt"
    NQUADS = "nq"

    @property
    def filename(self) -> str:
        """The file name ``write_outputs`` gives this format (``graph.ttl``).

        Example:
            >>> Format.TRIG.filename
            'graph.trig'
        """
        return f"graph.{self.value}"

    @property
    def keeps_graphs(self) -> bool:
        """Whether the format holds named graphs (otherwise the union is written).

        Example:
            >>> Format.TURTLE.keeps_graphs, Format.NQUADS.keeps_graphs
            (False, True)
        """
        return self in _QUAD_FORMATS

    @property
    def rdf_format(self) -> ox.RdfFormat:
        """Oxigraph's name for the format."""
        return _OXIGRAPH_FORMATS[self]


_OXIGRAPH_FORMATS: Mapping[Format, ox.RdfFormat] = MappingProxyType(
    {
        Format.TURTLE: ox.RdfFormat.TURTLE,
        Format.TRIG: ox.RdfFormat.TRIG,
        Format.JSONLD: ox.RdfFormat.JSON_LD,
        Format.NTRIPLES: ox.RdfFormat.N_TRIPLES,
        Format.NQUADS: ox.RdfFormat.N_QUADS,
    }
)
_QUAD_FORMATS = frozenset({Format.TRIG, Format.JSONLD, Format.NQUADS})

#: What ``kg build`` writes unless told otherwise.
DEFAULT_FORMATS: tuple[Format, ...] = (Format.TURTLE, Format.TRIG, Format.JSONLD)
HTML_NAME = "graph.html"
_SIMPLE_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def export(ds: Graph, path: Path, fmt: Format) -> Path:
    """Write ``ds`` to ``path`` in ``fmt``, atomically, after checking it parses.

    Triple formats (Turtle, N-Triples) get the union of all graphs of a dataset.

    Returns:
        ``path``.

    Raises:
        ExportError: If the graph cannot be serialised, the result does not re-parse, or the
            file cannot be written; ``path`` is then left as it was.

    Example:
        >>> import tempfile
        >>> from rdflib import URIRef
        >>> g = Graph()
        >>> _ = g.add((URIRef("urn:kg:a"), URIRef("urn:kg:p"), URIRef("urn:kg:b")))
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     out = export(g, Path(tmp) / "g.nt", Format.NTRIPLES)
        ...     out.read_text()
        '<urn:kg:a> <urn:kg:p> <urn:kg:b> .\\n'
    """
    path = Path(path)
    with staged_path(path) as tmp:
        _write_rdf(ds, fmt, tmp, path).check()
    return path


def write_outputs(
    ds: Dataset | GraphQuads,
    out_dir: Path,
    *,
    formats: Iterable[Format] = DEFAULT_FORMATS,
    html: HtmlWriter | None = None,
) -> dict[str, Path]:
    """Write ``graph.<suffix>`` for each format, and ``graph.html`` through ``html``.

    All or nothing: every file is written to a temporary file in ``out_dir`` and re-parsed
    (a file of the same statements as the next one is re-parsed as the next one's source);
    only when all succeed (including the ``html`` callback, which is handed the union graph
    and a temporary ``.html`` path to write) are they renamed into place.

    Args:
        ds: The dataset to write, as an rdflib ``Dataset`` or as kg's statements (the same
            files either way; statements skip rdflib's store).
        out_dir: Output directory, created if missing.
        formats: RDF formats to write.
        html: Optional page writer, called as ``html(union_graph, path)``.

    Returns:
        The written paths by format value (``"ttl"``...) and ``"html"``.

    Raises:
        ExportError: Naming the file that failed; no output in ``out_dir`` has changed.
    """
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExportError(f"cannot create the output directory {str(out_dir)!r}: {err}") from err
    staged: dict[str, tuple[Path, Path]] = {}
    converted: dict[object, Any] = {}
    # by whether it holds the union: the last file written of those statements, unchecked
    unchecked: dict[bool, _Written] = {}
    try:
        for fmt in formats:
            final = out_dir / fmt.filename
            tmp = _reserve(final)
            staged[fmt.value] = (tmp, final)
            union = not fmt.keeps_graphs
            source = unchecked.pop(union, None)
            unchecked[union] = _write_rdf(ds, fmt, tmp, final, converted, source=source)
        for written in unchecked.values():
            written.check()
        if html is not None:
            final = out_dir / HTML_NAME
            tmp = _reserve(final)
            staged["html"] = (tmp, final)
            _write_html(html, union_graph(ds), tmp, final)
        for _, final in staged.values():
            _check_target(final)
        for tmp, final in staged.values():
            _replace(tmp, final)
    finally:
        for tmp, _ in staged.values():
            tmp.unlink(missing_ok=True)  # only left when something failed
    logger.info("wrote %s", ", ".join(str(final) for _, final in staged.values()))
    return {key: final for key, (_, final) in staged.items()}


def atomic_write(path: Path, data: bytes | str, *, sync: bool = True) -> Path:
    """Replace ``path`` with ``data`` (``str`` is written as UTF-8) in one step.

    Readers see either the old file or the whole new one, never a part; on failure the old
    file is untouched and no temporary file is left. With ``sync`` (the default) the data
    is on disk before the file takes its name; without it, the caller makes many files
    durable at once later (:func:`sync_files`), which costs one flush instead of one each.

    Returns:
        ``path``.

    Raises:
        ExportError: If the file cannot be written (the message names it).

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     target = atomic_write(Path(tmp) / "page.html", "<p>é</p>")
        ...     target.read_bytes()
        b'<p>\\xc3\\xa9</p>'
    """
    path = Path(path)
    try:
        payload = data.encode("utf-8") if isinstance(data, str) else data
    except UnicodeEncodeError as err:
        raise ExportError(f"cannot write {str(path)!r}: text is not valid Unicode: {err}") from err
    # staged_path's steps, with the temporary file written through the handle that
    # created it: analyses are written by the hundred, and each system call counts
    tmp, handle = _create(path)
    try:
        try:
            with open(handle, "wb") as out:
                out.write(payload)
                if sync:
                    _sync(out)
        except OSError as err:
            raise ExportError(f"cannot write {str(path)!r}: {err}") from err
        _check_target(path)
        _replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def sync_files(paths: Sequence[Path]) -> None:
    """Make written files durable: on Linux one ``syncfs`` of their file system, else an
    ``fsync`` of each.

    One ``syncfs`` after a few dozen small files costs a quarter of the CPU and a fifth
    of the wall time of an ``fsync`` each, on this project's ext4 machine. All ``paths``
    must lie on the file system of the first one's folder (they are in one folder here).

    Raises:
        ExportError: If the flush fails (the message names the folder or file).

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     target = atomic_write(Path(tmp) / "a.json", "{}", sync=False)
        ...     sync_files([target])
        ...     target.read_text()
        '{}'
    """
    if not paths:
        return
    syncfs = _syncfs()
    if syncfs is not None:
        folder = paths[0].parent
        try:
            handle = os.open(folder, os.O_RDONLY)
            try:
                if syncfs(handle) != 0:
                    code = ctypes.get_errno()
                    raise OSError(code, os.strerror(code))
            finally:
                os.close(handle)
        except OSError as err:
            raise ExportError(f"cannot flush {str(folder)!r} to disk: {err}") from err
        return
    for path in paths:
        try:
            handle = os.open(path, os.O_RDWR)  # Windows' fsync needs a writable handle
            try:
                os.fsync(handle)
            finally:
                os.close(handle)
        except OSError as err:
            raise ExportError(f"cannot flush {str(path)!r} to disk: {err}") from err


@functools.cache
def _syncfs() -> Callable[[int], int] | None:
    """glibc's ``syncfs``, which the ``os`` module does not offer; ``None`` elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return cast(Callable[[int], int], ctypes.CDLL(None, use_errno=True).syncfs)
    except (OSError, AttributeError):  # no C library to open, or one without syncfs
        return None


@contextmanager
def staged_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on a clean exit it replaces ``path``.

    For writers that need a file name rather than bytes (a library that saves to a path).
    If the block raises, the temporary file is removed and ``path`` is untouched.

    Raises:
        ExportError: If the temporary file cannot be created or renamed.

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     with staged_path(Path(tmp) / "out.txt") as part:
        ...         _ = part.write_text("done")
        ...     (Path(tmp) / "out.txt").read_text()
        'done'
    """
    path = Path(path)
    tmp = _reserve(path)
    try:
        yield tmp
        _check_target(path)
        _replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def to_oxigraph(graph: Graph | GraphQuads, *, union: bool = False) -> list[ox.Quad]:
    """Convert an rdflib graph or dataset, or kg's statements, to Oxigraph quads, sorted (the
    default graph first), each once.

    With ``union``, every statement goes to the default graph, once.

    Raises:
        ValueError: If a term is not valid RDF for Oxigraph (a bad IRI or language tag).

    Example:
        >>> from rdflib import URIRef
        >>> g = Graph()
        >>> _ = g.add((URIRef("urn:kg:a"), URIRef("urn:kg:p"), Literal("b", lang="fr")))
        >>> [quad] = to_oxigraph(g)
        >>> quad.object, quad.graph_name
        (<Literal value=b language=fr>, <DefaultGraph>)
    """
    return list(_Statements(graph).quads(union=union))


class _Statements:
    """A graph's statements read once from rdflib, as Oxigraph quads in a fixed order.

    The order is the graph name (the default graph first), then subject, predicate and
    object, each by :func:`_term_key`. Every distinct term is converted and ranked once; a
    statement is then one integer, ``((graph · n + subject) · n + predicate) · n + object``
    over the ranks, so sorting and the union compare integers, and millions of statements
    take a few tens of bytes each. rdflib terms are looked up by identity, never hashed or
    compared: a literal's ``__hash__`` and ``__eq__`` run in Python, and they were most of
    the time of an export.
    """

    def __init__(self, graph: Graph | GraphQuads) -> None:
        slot_of: dict[int, int] = {}  # id of an rdflib term -> its slot in table
        # every term looked up by id stays alive in table, so no other term takes its id
        table: list[Node | None] = []
        coded: list[int] = []  # slots of subject, predicate, object, graph; 32 bits each
        for row in _rows(graph):
            code = 0
            for term in row:
                slot = slot_of.get(id(term))
                if slot is None:
                    slot = slot_of[id(term)] = len(table)
                    table.append(term)
                code = code << _SLOT_BITS | slot
            coded.append(code)
        del slot_of
        keys = [_term_key(term) for term in table]
        # equal terms (distinct objects) share a rank; None, the default graph, ranks first
        rank = [0] * len(table)
        # Any: rdflib types no term by position; Oxigraph's Quad checks positions and raises
        # TypeError (a literal as subject), which callers report as an ExportError.
        terms: list[Any] = []  # the Oxigraph term of each rank
        previous: tuple[str, str, str] | None = None
        for slot in sorted(range(len(table)), key=keys.__getitem__):
            if keys[slot] != previous:
                previous = keys[slot]
                term = table[slot]
                terms.append(ox.DefaultGraph() if term is None else to_ox(term))
            rank[slot] = len(terms) - 1
        del table, keys
        n = self._n = max(len(terms), 1)
        mask = (1 << _SLOT_BITS) - 1
        for i, code in enumerate(coded):
            s, p = rank[code >> 3 * _SLOT_BITS], rank[code >> 2 * _SLOT_BITS & mask]
            o, c = rank[code >> _SLOT_BITS & mask], rank[code & mask]
            coded[i] = ((c * n + s) * n + p) * n + o
        # kg's statements may repeat one (a store keeps each once)
        self._codes = sorted(set(coded))
        del coded
        self._terms = terms
        self._union_codes: list[int] | None = None

    def quads(self, *, union: bool = False) -> Iterator[ox.Quad]:
        """The quads, sorted; with ``union``, each statement once in the default graph.

        A stream: a writer holds one quad at a time, not millions.

        Raises:
            TypeError: If a term cannot take its place (a literal as subject).
        """
        terms, n = self._terms, self._n
        if union:
            for code in self._union():
                rest, o = divmod(code, n)
                s, p = divmod(rest, n)
                yield ox.Quad(terms[s], terms[p], terms[o])
            return
        # The default graph's statements come first (rank 0, codes below n³) and are made
        # without a graph name: passing DefaultGraph() costs pyo3 a failed conversion to
        # each other kind of graph name, more than the rest of the quad.
        default_end = n**3 if terms and isinstance(terms[0], ox.DefaultGraph) else 0
        for code in self._codes:
            rest, o = divmod(code, n)
            rest, p = divmod(rest, n)
            c, s = divmod(rest, n)
            if code < default_end:
                yield ox.Quad(terms[s], terms[p], terms[o])
            else:
                yield ox.Quad(terms[s], terms[p], terms[o], terms[c])

    def iris(self, *, union: bool = False) -> set[str]:
        """Every IRI the quads use, datatypes included (graph names unless ``union``)."""
        used: Iterable[int] = range(len(self._terms))  # each term is in some statement
        if union:
            n, codes = self._n, self._union()
            used = {c // n**2 for c in codes} | {c // n % n for c in codes} | {c % n for c in codes}
        iris: set[str] = set()
        for rank in used:
            term = self._terms[rank]
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
            elif isinstance(term, ox.Literal):
                iris.add(term.datatype.value)
        return iris

    def _union(self) -> list[int]:
        """Codes of the distinct statements, graphs dropped, sorted (computed once)."""
        if self._union_codes is None:
            # the graph is the most significant part: the rest is the triple's code
            whole = self._n**3
            self._union_codes = sorted({code % whole for code in self._codes})
        return self._union_codes


#: Bits per term slot while statements are read (more distinct terms than 2³² cannot fit
#: in memory anyway).
_SLOT_BITS = 32


def _rows(graph: Graph | GraphQuads) -> Iterable[Quad]:
    """Every statement with its graph name (None for the default graph); of an rdflib
    graph, each once.

    Reading graph by graph avoids rdflib's per-triple context lookup of ``Dataset.quads``.
    """
    if isinstance(graph, GraphQuads):
        return graph.quads
    return _store_rows(graph)


def _store_rows(graph: Graph) -> Iterator[Quad]:
    graphs = list(graph.graphs()) if isinstance(graph, Dataset) else [graph]
    for part in graphs:
        name = _graph_name(part) if isinstance(graph, Dataset) else None
        for s, p, o in part:
            yield s, p, o, name


def _term_key(term: Node | None) -> tuple[str, str, str]:
    # Plain strings: rdflib's own ordering of Literals can raise across datatypes. The
    # default graph (None) comes first, then IRIs, then literals by text, datatype, language.
    if term is None:
        return ("", "", "")
    if isinstance(term, Literal):
        return ("L", str(term), f"{term.datatype or ''}@{term.language or ''}")
    return ("I", str(term), "")


@dataclass(frozen=True, slots=True)
class _Written:
    """An output in its temporary file, not yet proven to parse.

    Attributes:
        tmp: The temporary file.
        fmt: Its format.
        final: The file users know, which errors name.
        graph_at: Where :func:`write_jsonld` put the graph of a JSON-LD file.
    """

    tmp: Path
    fmt: Format
    final: Path
    graph_at: int = 0

    def check(self) -> None:
        """Prove that the file parses (:func:`check_parses`)."""
        check_parses(self.tmp, self.fmt, self.final, graph_at=self.graph_at)

    def quads(self) -> Iterator[ox.Quad]:
        """The file's quads as Oxigraph reads them back: reading them all is :meth:`check`.

        Raises:
            ExportError: As :meth:`check` does, when the file does not parse.
        """
        try:
            yield from _parsed(self.tmp, self.fmt, self.graph_at)
        except (OSError, SyntaxError, ValueError) as err:
            raise _invalid(self.final, self.fmt, err) from err


def _write_rdf(
    ds: Graph | GraphQuads,
    fmt: Format,
    tmp: Path,
    final: Path,
    cache: dict[object, Any] | None = None,
    *,
    source: _Written | None = None,
) -> _Written:
    """Serialise into ``tmp``; errors name ``final``, the file users know.

    The statements come from ``source``, a file written earlier with the same ones, as
    they are read back (which proves that file parses), or else from ``ds``. ``cache`` keeps
    the converted statements, their IRIs and the prefixes between the formats of one build.

    Returns:
        The file written, to check.
    """
    cache = {} if cache is None else cache
    abbreviate = fmt in (Format.TURTLE, Format.TRIG)
    union = not fmt.keeps_graphs
    try:
        if "statements" not in cache:
            cache["statements"] = _Statements(ds)
        statements: _Statements = cache["statements"]
        quads = statements.quads(union=union) if source is None else source.quads()
        if (union, abbreviate) not in cache:
            cache[union, abbreviate] = _usable(
                _prefixes(ds), statements.iris(union=union), abbreviate=abbreviate
            )
        prefixes: dict[str, str] = cache[union, abbreviate]
        graph_at = 0
        with tmp.open("wb") as out:
            if fmt is Format.JSONLD:
                graph_at = write_jsonld(quads, prefixes, out)
            else:  # a triple format gets the union, all in the default graph
                ox.serialize(quads, out, fmt.rdf_format, prefixes=prefixes)
            _sync(out)
    except ExportError:
        raise  # the source did not parse: the message names it
    except (OSError, ValueError, TypeError) as err:
        raise ExportError(f"cannot write {str(final)!r} as {fmt.name}: {err}") from err
    return _Written(tmp, fmt, final, graph_at)


_JSONLD_TAIL = b"}\n"


def write_jsonld(quads: Iterable[ox.Quad], prefixes: Mapping[str, str], out: IO[bytes]) -> int:
    """Write Oxigraph's expanded JSON-LD as the ``@graph`` of an object with an inline context.

    Returns:
        Where the graph (a JSON array) starts in the file, for :func:`check_parses`.

    Example:
        >>> import io
        >>> out = io.BytesIO()
        >>> at = write_jsonld([], {"kgo": "https://w3id.org/kg/ontology#"}, out)
        >>> out.getvalue()[:at]
        b'{"@context":{"kgo": "https://w3id.org/kg/ontology#"},"@graph":'
        >>> out.getvalue()[at:]
        b'[]}\\n'
    """
    context = json.dumps(dict(prefixes), ensure_ascii=False).encode("utf-8")
    head = b'{"@context":' + context + b',"@graph":'
    out.write(head)
    ox.serialize(quads, out, ox.RdfFormat.JSON_LD)
    out.write(_JSONLD_TAIL)
    return len(head)


def check_parses(path: Path, fmt: Format, final: Path, *, graph_at: int = 0) -> None:
    """Prove that the file at ``path`` parses as ``fmt`` in Oxigraph.

    ``graph_at`` is where :func:`write_jsonld` put the graph of a JSON-LD file.

    Raises:
        ExportError: Naming ``final``, the file users know, and quoting the parser.
    """
    try:
        count = sum(1 for _ in _parsed(path, fmt, graph_at))
    except (OSError, SyntaxError, ValueError) as err:
        raise _invalid(final, fmt, err) from err
    logger.debug("%s: %d statements, re-parsed by Oxigraph", final, count)


def _invalid(final: Path, fmt: Format, err: Exception) -> ExportError:
    return ExportError(f"{str(final)!r} would not be valid {fmt.name}: {err}")


def _parsed(path: Path, fmt: Format, graph_at: int) -> Iterator[ox.Quad]:
    """The quads of a written file, as Oxigraph parses them.

    Oxigraph parses a JSON-LD array as a stream, but holds the whole document in memory
    when the array is the ``@graph`` of an object (a key after it could change what it
    means): 70 MB at 3,000 documents, the peak of a build. So the graph array of a kg
    JSON-LD file is parsed on its own, and the object around it (the context, which only
    declares prefixes the expanded IRIs do not use) is checked as JSON.
    """
    if fmt is not Format.JSONLD:
        yield from ox.parse(path=path, format=fmt.rdf_format)
        return
    end = path.stat().st_size - len(_JSONLD_TAIL)
    with path.open("rb") as handle:
        head = handle.read(graph_at)
        graph = io.BufferedReader(_Window(handle, end))
        yield from ox.parse(graph, format=fmt.rdf_format)
        handle.seek(end)
        json.loads(head + b"[]" + handle.read())


class _Window(io.RawIOBase):
    """A file read from where it stands up to ``end`` (a part of it, as a stream)."""

    def __init__(self, handle: IO[bytes], end: int) -> None:
        super().__init__()
        self._handle = handle
        self._end = end

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        left = self._end - self._handle.tell()
        if left <= 0:
            return 0
        with memoryview(buffer) as view:
            # typing.IO declares no readinto; every binary file object has it
            return self._handle.readinto(view[:left])  # type: ignore[attr-defined]


def usable_prefixes(
    prefixes: Mapping[str, str], quads: Iterable[ox.Quad], *, abbreviate: bool = True
) -> dict[str, str]:
    """The prefixes that can be declared for ``quads`` safely in every reader.

    A prefix is dropped when an IRI such as ``wd:Q5`` uses it as its scheme: a JSON-LD
    processor would expand that IRI with the context. With ``abbreviate`` (Turtle, TriG),
    a prefix is also dropped when an IRI of its namespace has a local name other than
    letters, digits, ``_`` and ``-``: Oxigraph then writes a valid escaped name
    (``ex:a\\.``) that rdflib's Turtle parser rejects.

    Example:
        >>> quad = ox.Quad(ox.NamedNode("http://e.org/a."), ox.NamedNode("http://v.org/p"),
        ...                ox.NamedNode("v:x"))
        >>> usable_prefixes({"e": "http://e.org/", "v": "http://v.org/", "o": "urn:o:"}, [quad])
        {'o': 'urn:o:'}
    """
    return _usable(prefixes, _iris(quads), abbreviate=abbreviate)


def _iris(quads: Iterable[ox.Quad]) -> set[str]:
    """Every IRI of ``quads``, datatypes included."""
    iris: set[str] = set()
    for quad in quads:
        for term in (quad.subject, quad.predicate, quad.object, quad.graph_name):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
            elif isinstance(term, ox.Literal):
                iris.add(term.datatype.value)
    return iris


def _usable(
    prefixes: Mapping[str, str], iris: Iterable[str], *, abbreviate: bool
) -> dict[str, str]:
    ordered = sorted(iris)
    schemes = set()  # an IRI such as wd:Q5 uses a prefix as its scheme
    for iri in ordered:
        scheme, _, rest = iri.partition(":")
        if not rest.startswith("//"):
            schemes.add(scheme)
    usable = {}
    for prefix, namespace in prefixes.items():
        if prefix in schemes:
            continue
        if abbreviate and not all(
            _SIMPLE_LOCAL.match(iri[len(namespace) :]) for iri in _in_namespace(ordered, namespace)
        ):
            continue
        usable[prefix] = namespace
    return usable


def _in_namespace(ordered: list[str], namespace: str) -> Iterator[str]:
    """The IRIs of the sorted list ``ordered`` that start with ``namespace``: a run of it."""
    for iri in itertools.islice(ordered, bisect.bisect_left(ordered, namespace), None):
        if not iri.startswith(namespace):
            return
        yield iri


def _write_html(html: HtmlWriter, union: Graph, tmp: Path, final: Path) -> None:
    try:
        html(union, tmp)
    except KGError:
        raise
    except Exception as err:  # the page writer is a plug-in: any failure means no page
        raise ExportError(f"cannot write {str(final)!r}: {err}") from err
    if not tmp.is_file() or tmp.stat().st_size == 0:
        raise ExportError(f"cannot write {str(final)!r}: the page writer wrote nothing")


def _prefixes(graph: Graph | GraphQuads) -> Mapping[str, str]:
    if isinstance(graph, GraphQuads):
        return graph.prefixes
    return {prefix: str(namespace) for prefix, namespace in graph.namespaces() if prefix}


def _reserve(final: Path) -> Path:
    """Create an empty, hidden temporary file next to ``final`` with ordinary permissions."""
    tmp, handle = _create(final)
    os.close(handle)
    return tmp


def _create(final: Path) -> tuple[Path, int]:
    """:func:`_reserve`'s file, and a handle open on it for writing."""
    name = f".{final.stem}.{secrets.token_hex(6)}.tmp{final.suffix}"
    tmp = final.with_name(name)
    try:
        # os.open with 0o666 honours the umask, unlike mkstemp's 0o600 that the
        # renamed output would keep.
        handle = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as err:
        raise ExportError(f"cannot write {str(final)!r}: {err}") from err
    return tmp, handle


def _check_target(final: Path) -> None:
    if final.is_dir():
        raise ExportError(f"cannot write {str(final)!r}: it is a directory")


def _replace(tmp: Path, final: Path) -> None:
    try:
        os.replace(tmp, final)
    except OSError as err:
        raise ExportError(f"cannot write {str(final)!r}: {err}") from err


def _sync(out: IO[bytes]) -> None:
    out.flush()
    os.fsync(out.fileno())


def _graph_name(context: Node | Graph | None) -> Node | None:
    identifier = context.identifier if isinstance(context, Graph) else context
    return None if identifier == DATASET_DEFAULT_GRAPH_ID else identifier
