"""Corpus builds: stream many documents, keep each analysis on disk, resume, add with ``--into``.

An output folder remembers what it was built from, in ``DIR/.kg/``::

    DIR/.kg/manifest.jsonl        one header line, then one line per document event
    DIR/.kg/analyses/<digest>.json   the Analysis of each document (kg.serialize format)
    DIR/.kg/store/                the on-disk Oxigraph store (``store="oxigraph"`` only)

A build reads its inputs as a stream. A document whose content hash and *analyser* (kg's
code, the spaCy model, the extractors) match its manifest entry is skipped; every other
one is parsed and analysed, its analysis written atomically, then one line appended to the
manifest (in groups, each flushed to disk before its lines are written; a build that is
interrupted records what it has written before it stops). Interrupting a build therefore
loses at most the documents in flight: the next run skips what is on disk. When the stream
ends, entity resolution runs over *all* kept analyses (it is a pure, order-independent
function of every mention and triple, so adding documents may merge an entity across the
old and the new ones) and the exports are written atomically. The manifest is then
compacted.

Which documents the graph holds:

* ``build_corpus(inputs, out)``: exactly the inputs. Documents of an earlier build that are
  not in the inputs any more are dropped (only once the stream has finished, so an
  interrupted build never loses anything).
* ``build_corpus(inputs, out, into=True)``: the documents already there plus the inputs; an
  input with the id of a document already there replaces it (the "same document twice"
  rule: same id and content is a no-op).

Two documents with the same id within one build are an :class:`~kg.errors.InputError`
naming both sources: which one to keep cannot be guessed.

Example:
    >>> from kg.model import Document
    >>> content_hash(Document("d1", "Texte.")) == content_hash(Document("d1", "Texte."))
    True
    >>> content_hash(Document("d1", "Texte.")) == content_hash(Document("d1", "Texte!"))
    False
"""

from __future__ import annotations

import concurrent.futures
import functools
import gc
import hashlib
import itertools
import json
import logging
import multiprocessing
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any

import pyoxigraph as ox
from rdflib import RDF, Dataset, Graph

import kg
from kg import serialize
from kg.entities.gazetteer import gazetteer_fingerprint, load_gazetteers
from kg.errors import ExportError, InputError, KGError
from kg.export import (
    Format,
    HtmlWriter,
    atomic_write,
    check_parses,
    staged_path,
    sync_files,
    to_oxigraph,
    write_jsonld,
    write_outputs,
)
from kg.graph import GraphSummary, bind_prefixes, by_count, graph_quads, summary, union_graph
from kg.io import read_documents
from kg.iri import DEFAULT_BASE
from kg.model import Document, Entity, Triple
from kg.namespace import KGO
from kg.nlp import DEFAULT_MODEL
from kg.ontology import classes, ontology_path, relation, relations
from kg.pipeline import Analysis, analyse, resolve_analyses
from kg.validate import conformance

__all__ = [
    "Analyser",
    "CorpusBuild",
    "Progress",
    "Store",
    "analyser_fingerprint",
    "build_corpus",
    "content_hash",
    "count_documents",
    "local_analyser",
    "process_analyser",
    "stored_analyses",
]

log = logging.getLogger(__name__)

STATE_DIR = ".kg"
MANIFEST = "manifest.jsonl"
ANALYSES = "analyses"
STORE = "store"
#: Version of the manifest's shape.
MANIFEST_FORMAT = 1
#: Above this many quads, a build with an on-disk store writes no HTML page (the viewer
#: holds the graph in memory, and a page of millions of statements is unreadable anyway).
HTML_QUAD_LIMIT = 300_000
#: Facts per piece when the graph is built into a store piece by piece.
STORE_CHUNK = 20_000
#: Analysed documents enter the manifest in groups, once the group's files are flushed to
#: disk together: an fsync per file cost 4 % of a build's CPU. A group closes after this
#: many documents or seconds, whichever comes first, and when the build stops.
CHECKPOINT_DOCUMENTS = 64
CHECKPOINT_SECONDS = 2.0
#: Allocations between two young-generation collections during a build (Python's default
#: is 700). A build makes millions of objects that live until it ends (analyses, terms,
#: statements) and few reference cycles, so the collector mostly walks survivors: at 700,
#: collections cost 0.15-0.2 s CPU per 300 documents, at 20,000 a third of that, with the
#: same peak memory. The older generations keep their thresholds, so cycles are still
#: collected as the build goes.
GC_THRESHOLD = 20_000


class Store(StrEnum):
    """Where the merged graph lives while it is exported."""

    MEMORY = "memory"  # an rdflib Dataset (the default)
    OXIGRAPH = "oxigraph"  # an on-disk Oxigraph store in DIR/.kg/store


@dataclass(frozen=True, slots=True)
class Analyser:
    """Turns documents into analyses (in any order), with a fingerprint of what it runs.

    Attributes:
        run: The function: documents in, one :class:`Analysis` per document out.
        fingerprint: Changes whenever the analyses it makes could change (kg's code, the
            model, the extractors); a stored analysis with another fingerprint is redone.
    """

    run: Callable[[Iterable[Document]], Iterator[Analysis]]
    fingerprint: str


@dataclass(frozen=True, slots=True)
class CorpusBuild:
    """What a corpus build did.

    Attributes:
        paths: Written files by format value (``"ttl"``...) and ``"html"``.
        summary: Entities, facts and documents of the graph.
        documents: Documents in the graph.
        analysed: Documents parsed and analysed by this build.
        skipped: Input documents whose stored analysis was still valid.
        removed: Documents of an earlier build dropped from the graph.
        conformance: Share of facts whose ends respect their relation's domain and range
            (``None`` when the graph lives in an on-disk store and was not read back).
    """

    paths: Mapping[str, Path]
    summary: GraphSummary
    documents: int
    analysed: int
    skipped: int
    removed: int
    conformance: float | None = None


@dataclass(frozen=True, slots=True)
class _Entry:
    """One document's line in the manifest."""

    id: str
    hash: str
    analyser: str
    file: str
    facts: int

    def line(self) -> dict[str, Any]:
        # not dataclasses.asdict, which deep-copies each field: the manifest has a line
        # per document
        return {
            "state": "analysed",
            "id": self.id,
            "hash": self.hash,
            "analyser": self.analyser,
            "file": self.file,
            "facts": self.facts,
        }


def content_hash(document: Document) -> str:
    """Digest of what kg reads from a document: id, text and metadata (not its path).

    Example:
        >>> len(content_hash(Document("d", "x")))
        64
    """
    fields = [document.id, document.text, document.date, document.title, document.url]
    payload = json.dumps(fields, ensure_ascii=False).encode("utf-8", errors="surrogatepass")
    return hashlib.sha256(payload).hexdigest()


def analyser_fingerprint(model: str, extractors: Sequence[str], *parts: str) -> str:
    """A short digest of kg's version and code, the model and the extractor names.

    The code is part of it because kg's version does not change with every fix, and an
    analysis made by older code must not survive silently.

    Example:
        >>> analyser_fingerprint("m", ["a"]) == analyser_fingerprint("m", ["a"])
        True
        >>> analyser_fingerprint("m", ["a"]) == analyser_fingerprint("m", ["b"])
        False
    """
    payload = json.dumps(
        [kg.__version__, _code_digest(), model, _model_version(model), sorted(extractors), *parts]
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def local_analyser(
    *,
    model: str = DEFAULT_MODEL,
    batch_size: int = 32,
    gazetteers: Sequence[str] = (),
    judged: bool = True,
) -> Analyser:
    """Analyse in this process, with spaCy's ``nlp.pipe`` in batches.

    ``gazetteers`` are the user's gazetteer files, added to the bundled one; without
    ``judged`` the facts keep the extractors' confidences instead of the judge's.
    """
    from kg.extract import default_extractors

    extractors = default_extractors()
    gazetteer = load_gazetteers(tuple(gazetteers)) if gazetteers else None
    return Analyser(
        functools.partial(
            analyse,
            model=model,
            extractors=extractors,
            batch_size=batch_size,
            gazetteer=gazetteer,
            judged=judged,
        ),
        analyser_fingerprint(
            model, [e.name for e in extractors], *_options_part(gazetteers, judged)
        ),
    )


def _options_part(gazetteers: Sequence[str], judged: bool) -> list[str]:
    # no part for the defaults, so the fingerprint of a plain build does not change
    parts = [f"gazetteers:{gazetteer_fingerprint(gazetteers)}"] if gazetteers else []
    return parts if judged else [*parts, "unjudged"]


def process_analyser(
    workers: int,
    *,
    model: str = DEFAULT_MODEL,
    batch_size: int = 32,
    task_size: int = 16,
    gazetteers: Sequence[str] = (),
    judged: bool = True,
) -> Analyser:
    """Analyse in ``workers`` processes, each loading the model once.

    Each process parses *and* extracts (spaCy's own ``n_process`` would leave extraction
    in the parent and ship every parsed ``Doc`` back through a pipe); the parent only sends
    documents and receives analyses as JSON.
    """
    from kg.extract import default_extractors

    names = [e.name for e in default_extractors()]
    if gazetteers:
        load_gazetteers(tuple(gazetteers))  # a bad file fails here, not in every worker
    run = functools.partial(
        _analyse_in_processes,
        workers=workers,
        model=model,
        batch_size=batch_size,
        task_size=task_size,
        gazetteers=tuple(gazetteers),
        judged=judged,
    )
    return Analyser(run, analyser_fingerprint(model, names, *_options_part(gazetteers, judged)))


def count_documents(inputs: Iterable[str | Path]) -> int | None:
    """How many documents the inputs hold, counted cheaply (files and JSONL lines).

    Returns ``None`` when an input cannot be counted (the progress shows no ETA then).

    Example:
        >>> count_documents(["no/such/path"]) is None
        True
    """
    total = 0
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            total += sum(1 for p in path.rglob("*.txt") if p.is_file())
            total += sum(_count_lines(p) for p in path.rglob("*.jsonl") if p.is_file())
        elif path.suffix == ".jsonl" and path.is_file():
            total += _count_lines(path)
        elif path.is_file():
            total += 1
        else:
            return None
    return total


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Raise the collector's young-generation threshold to :data:`GC_THRESHOLD` for a
    build (never lower it), and restore it after."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], GC_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


@_fewer_collections()
def build_corpus(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    *,
    into: bool = False,
    analyser: Analyser | None = None,
    base: str = DEFAULT_BASE,
    min_confidence: float = 0.0,
    store: Store = Store.MEMORY,
    html: HtmlWriter | None = None,
    progress: Progress | None = None,
    encoding: str = "utf-8",
    skip_bad: bool = False,
    fresh: bool = False,
) -> CorpusBuild:
    """Build (or extend) the graph of a corpus in ``out_dir``, resuming where it stopped.

    Args:
        inputs: Text files, folders and ``.jsonl`` corpora (see :func:`kg.io.read_documents`).
        out_dir: Output folder; its ``.kg/`` folder keeps the analyses and the manifest.
        into: Add the inputs to the documents already in ``out_dir`` instead of replacing
            them; ``out_dir`` must hold an earlier build.
        analyser: How documents are analysed (default: :func:`local_analyser`).
        base: Namespace of minted IRIs.
        min_confidence: Leave out facts whose fused confidence is below it.
        store: Build the graph in memory, or in an on-disk Oxigraph store.
        html: Optional page writer (the viewer).
        progress: Progress display (default: none).
        encoding: Encoding of ``.txt`` inputs.
        skip_bad: Skip malformed JSONL lines with a warning.
        fresh: Analyse every document again, ignoring stored analyses.

    Returns:
        What was built.

    Raises:
        InputError: On unreadable inputs, two documents with one id, or ``into`` a folder
            with no earlier build.
        ExtractionError: If the spaCy model cannot be loaded. (An extractor that fails on a
            document is logged and skipped there; the other extractors' facts are kept.)
        ExportError: If an output cannot be written (the previous outputs stay).
    """
    out_dir = Path(out_dir)
    progress = progress or Progress(enabled=False)
    workspace = _Workspace(out_dir)
    if into and not workspace.manifest_path.is_file():
        raise InputError(
            f"{str(out_dir)!r} holds no kg build to add to (no {STATE_DIR}/{MANIFEST}); "
            "build it first with --out"
        )
    analyser = analyser or local_analyser()
    entries = {} if fresh else workspace.load()
    workspace.start(analyser.fingerprint)

    seen: dict[str, str] = {}
    counts = {"analysed": 0, "skipped": 0, "facts": 0}
    # what this build analysed is resolved as it is, not read back from the file just
    # written (a file's round trip gives an equal analysis); resolution holds every
    # analysis at once anyway
    analysed: dict[str, Analysis] = {}

    def pending() -> Iterator[Document]:
        for document in read_documents(inputs, encoding=encoding, skip_bad=skip_bad):
            source = document.source or document.id
            if document.id in seen:
                raise InputError(
                    f"document id {document.id!r} occurs twice in this build ({seen[document.id]} "
                    f"and {source}); ids must be unique (rename a file or a JSONL 'id')"
                )
            seen[document.id] = source
            entry = entries.get(document.id)
            if (
                entry is not None
                and entry.hash == content_hash(document)
                and entry.analyser == analyser.fingerprint
                and workspace.has(entry)
            ):
                counts["skipped"] += 1
                counts["facts"] += entry.facts
                progress.update(skipped=counts["skipped"], facts=counts["facts"])
                continue
            yield document
        if into:
            # kept documents analysed by another kg are analysed again from their stored text
            for entry in list(entries.values()):
                if entry.id not in seen and entry.analyser != analyser.fingerprint:
                    seen[entry.id] = entry.file
                    yield workspace.read(entry).document

    try:
        for analysis in _run_if_any(analyser, pending()):
            entry = workspace.save(analysis, analyser.fingerprint)
            entries[entry.id] = entry
            analysed[entry.id] = analysis
            counts["analysed"] += 1
            counts["facts"] += len(analysis.triples)
            progress.update(analysed=counts["analysed"], facts=counts["facts"])
    finally:
        workspace.record()
        progress.stage("")
    removed = [] if into else sorted(set(entries) - set(seen))
    for ident in removed:
        workspace.remove(entries.pop(ident))
    workspace.compact(entries.values(), analyser.fingerprint)

    progress.stage(f"resolving entities over {len(entries)} documents")
    # A stream, so the callee holds the only list and lets mentions and triples go once
    # they are resolved, before the graph is built. Texts stay until then: resolution reads
    # them (acronyms in parentheses, spelling variants within a sentence).
    analyses = (
        analysed.pop(entry.id) if entry.id in analysed else workspace.read(entry)
        for entry in _sorted(entries)
    )
    progress.stage("building the graph")
    conforming = None
    if store is Store.OXIGRAPH:
        paths, stats = _build_in_store(
            analyses,
            workspace.store_path,
            out_dir,
            base=base,
            min_confidence=min_confidence,
            html=html,
            progress=progress,
        )
    else:
        from kg.pipeline import build_quads

        # the statements go to the files without an rdflib store (the page gets a graph)
        quads = build_quads(analyses, base=base, min_confidence=min_confidence)
        progress.stage("writing the exports")
        paths = write_outputs(quads, out_dir, html=html)
        stats = summary(quads)
        conforming = conformance(quads)
    progress.close()
    return CorpusBuild(
        paths=MappingProxyType(dict(paths)),
        summary=stats,
        documents=len(entries),
        analysed=counts["analysed"],
        skipped=counts["skipped"],
        removed=len(removed),
        conformance=conforming,
    )


def stored_analyses(out_dir: str | Path) -> list[Analysis] | None:
    """The analyses an output folder keeps, sorted by document id; ``None`` if it keeps none.

    Raises:
        InputError: If the manifest or an analysis cannot be read.

    Example:
        >>> stored_analyses("no/such/folder") is None
        True
    """
    workspace = _Workspace(Path(out_dir))
    if not workspace.manifest_path.is_file():
        return None
    return [workspace.read(entry) for entry in _sorted(workspace.load())]


def _run_if_any(analyser: Analyser, documents: Iterator[Document]) -> Iterator[Analysis]:
    """Run the analyser only if there is a document: loading a model takes seconds."""
    first = next(documents, None)
    if first is None:
        return iter(())
    return analyser.run(itertools.chain([first], documents))


class Progress:
    """One status line on stderr: documents, documents per second, ETA, facts so far.

    Drawn only when ``enabled`` (by default: when stderr is a terminal), at most five times
    a second; otherwise every call does nothing, so logs and pipes stay clean. The rate is
    measured from the first analysed document, so the model's load does not skew the ETA.

    Example:
        >>> p = Progress(total=10, enabled=False)
        >>> p.update(analysed=1, facts=3, now=100.0)
        >>> p.update(analysed=3, facts=7, now=102.0)
        >>> p.line(now=102.0)
        '3/10 documents · 1.0 doc/s · ETA 0:07 · 7 facts'
    """

    def __init__(
        self,
        total: int | None = None,
        *,
        enabled: bool | None = None,
        stream: IO[str] | None = None,
    ) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total
        self.analysed = self.skipped = self.facts = 0
        self._first: tuple[float, int] | None = None  # time and count at the first analysis
        self._drawn = 0.0
        self._width = 0

    def update(
        self,
        *,
        analysed: int | None = None,
        skipped: int | None = None,
        facts: int | None = None,
        now: float | None = None,
    ) -> None:
        """Record counts and redraw if it is time."""
        now = time.monotonic() if now is None else now
        if analysed is not None:
            self.analysed = analysed
            if self._first is None:
                self._first = (now, analysed)
        if skipped is not None:
            self.skipped = skipped
        if facts is not None:
            self.facts = facts
        if self.enabled and now - self._drawn >= 0.2:
            self._drawn = now
            self._draw(self.line(now=now))

    def stage(self, text: str) -> None:
        """Show what the build is doing after the documents (resolution, export)."""
        if self.enabled and text:
            self._draw(f"{self.line()} · {text}…")

    def line(self, *, now: float | None = None) -> str:
        """The status text."""
        now = time.monotonic() if now is None else now
        done = self.analysed + self.skipped
        rate = 0.0
        if self._first is not None and now > self._first[0]:
            rate = (self.analysed - self._first[1]) / (now - self._first[0])
        parts = [f"{done}/{self.total} documents" if self.total else f"{done} documents"]
        if self.skipped:
            parts.append(f"{self.skipped} unchanged")
        if rate > 0:
            parts.append(f"{rate:.1f} doc/s")
            if self.total and done < self.total:
                parts.append(f"ETA {_clock((self.total - done) / rate)}")
        parts.append(f"{self.facts} facts")
        return " · ".join(parts)

    def close(self) -> None:
        """Clear the line."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0

    def _draw(self, text: str) -> None:
        padding = " " * max(self._width - len(text), 0)
        self.stream.write("\r" + text + padding)
        self.stream.flush()
        self._width = len(text)


class _Workspace:
    """The ``.kg`` folder of an output directory."""

    def __init__(self, out_dir: Path) -> None:
        self.root = out_dir / STATE_DIR
        self.manifest_path = self.root / MANIFEST
        self.analyses = self.root / ANALYSES
        self.store_path = self.root / STORE
        self._journal: IO[str] | None = None
        self._unrecorded: list[_Entry] = []  # written, not yet in the manifest
        self._checkpoint = time.monotonic()

    def load(self) -> dict[str, _Entry]:
        """The manifest's entries; the last line about a document wins."""
        entries: dict[str, _Entry] = {}
        if not self.manifest_path.is_file():
            return entries
        with self.manifest_path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    # only the last line can be torn, by an interrupted append
                    log.warning("%s line %d is incomplete; ignored", self.manifest_path, number)
                    continue
                if number == 1:
                    if record.get("kg_manifest") != MANIFEST_FORMAT:
                        raise InputError(
                            f"{str(self.manifest_path)!r} is not a kg manifest of format "
                            f"{MANIFEST_FORMAT}; remove {str(self.root)!r} to rebuild"
                        )
                    continue
                if record.get("state") == "analysed":
                    entries[record["id"]] = _Entry(
                        record["id"],
                        record["hash"],
                        record["analyser"],
                        record["file"],
                        record.get("facts", 0),
                    )
                elif record.get("state") == "removed":
                    entries.pop(record["id"], None)
        return entries

    def start(self, fingerprint: str) -> None:
        try:
            self.analyses.mkdir(parents=True, exist_ok=True)
            fresh = not self.manifest_path.is_file()
            self._journal = self.manifest_path.open("a", encoding="utf-8")
        except OSError as err:
            raise ExportError(f"cannot write in {str(self.root)!r}: {err}") from err
        if fresh:
            self._append(_header(fingerprint))

    def has(self, entry: _Entry) -> bool:
        return (self.root / entry.file).is_file()

    def save(self, analysis: Analysis, fingerprint: str) -> _Entry:
        """Write the analysis; it is recorded at the next checkpoint (:meth:`record`)."""
        document = analysis.document
        # a digest, not the id: ids may differ only by case, which some file systems ignore
        digest = hashlib.sha256(document.id.encode("utf-8", "surrogatepass")).hexdigest()
        name = f"{ANALYSES}/{digest[:32]}.json"
        atomic_write(self.root / name, serialize.dumps(analysis), sync=False)
        entry = _Entry(
            document.id, content_hash(document), fingerprint, name, len(analysis.triples)
        )
        self._unrecorded.append(entry)
        if (
            len(self._unrecorded) >= CHECKPOINT_DOCUMENTS
            or time.monotonic() - self._checkpoint >= CHECKPOINT_SECONDS
        ):
            self.record()
        return entry

    def record(self) -> None:
        """Flush the analyses saved since the last checkpoint to disk, then list them in the
        manifest: a manifest line always names a whole file, even after a power cut."""
        if self._unrecorded:
            sync_files([self.root / e.file for e in self._unrecorded])
            assert self._journal is not None
            self._journal.write("".join(_json_line(e.line()) for e in self._unrecorded))
            self._journal.flush()
            self._unrecorded = []
        self._checkpoint = time.monotonic()

    def read(self, entry: _Entry) -> Analysis:
        path = self.root / entry.file
        try:
            return serialize.loads(path.read_bytes())
        except (OSError, InputError) as err:
            raise InputError(
                f"cannot read the stored analysis of {entry.id!r} ({str(path)!r}): {err}; "
                "run the build again with --fresh"
            ) from err

    def remove(self, entry: _Entry) -> None:
        self.record()
        self._append({"state": "removed", "id": entry.id})
        (self.root / entry.file).unlink(missing_ok=True)

    def compact(self, entries: Iterable[_Entry], fingerprint: str) -> None:
        """Rewrite the manifest with one line per kept document, atomically."""
        self.record()
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        lines = [_header(fingerprint), *(e.line() for e in _sorted_entries(entries))]
        atomic_write(self.manifest_path, "".join(_json_line(line) for line in lines))

    def _append(self, record: Mapping[str, Any]) -> None:
        assert self._journal is not None
        self._journal.write(_json_line(record))
        self._journal.flush()


def _header(fingerprint: str) -> dict[str, Any]:
    return {"kg_manifest": MANIFEST_FORMAT, "kg_version": kg.__version__, "analyser": fingerprint}


def _json_line(record: Mapping[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def _sorted_entries(entries: Iterable[_Entry]) -> list[_Entry]:
    return sorted(entries, key=lambda e: e.id)


def _sorted(entries: Mapping[str, _Entry]) -> list[_Entry]:
    return _sorted_entries(entries.values())


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@functools.cache
def _code_digest() -> str:
    """Digest of the sources and data that shape an analysis (not the viewer or the CLI)."""
    package = Path(kg.__file__).resolve().parent
    files = [p for p in package.rglob("*.py") if not {"viz", "commands"} & set(p.parts)]
    files += [p for p in (package / "data").glob("*") if p.is_file()]
    files += [p for p in ontology_path().parent.rglob("*") if p.is_file()]
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(str(path.relative_to(package.parent)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _model_version(model: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(model)
    except (PackageNotFoundError, ValueError):
        return "unknown"


# --- several processes ---------------------------------------------------------------------


def _worker_start(
    model: str, batch_size: int, gazetteers: tuple[str, ...] = (), judged: bool = True
) -> None:
    from kg.nlp import load_model

    load_model(model)
    _WORKER["model"] = model
    _WORKER["batch_size"] = batch_size
    _WORKER["gazetteers"] = gazetteers
    _WORKER["judged"] = judged


_WORKER: dict[str, Any] = {}


def analyse_batch(
    documents: Sequence[Document],
    model: str = DEFAULT_MODEL,
    batch_size: int = 32,
    gazetteers: tuple[str, ...] = (),
    judged: bool = True,
) -> list[str]:
    """Analyse documents in this process and return each analysis as JSON (for workers).

    The model and the gazetteers are loaded once per process (both loaders are cached).
    """
    gazetteer = load_gazetteers(gazetteers) if gazetteers else None
    analyses = analyse(
        documents, model=model, batch_size=batch_size, gazetteer=gazetteer, judged=judged
    )
    return [serialize.dumps(a) for a in analyses]


def _process_task(documents: Sequence[Document]) -> list[str]:
    worker = _WORKER
    return analyse_batch(
        documents, worker["model"], worker["batch_size"], worker["gazetteers"], worker["judged"]
    )


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _analyse_in_processes(
    documents: Iterable[Document],
    *,
    workers: int,
    model: str,
    batch_size: int,
    task_size: int,
    gazetteers: tuple[str, ...] = (),
    judged: bool = True,
) -> Iterator[Analysis]:
    # fork: the children inherit kg already imported (and the model, if the parent had it)
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with concurrent.futures.ProcessPoolExecutor(
        workers,
        mp_context=context,
        initializer=_worker_start,
        initargs=(model, batch_size, gazetteers, judged),
    ) as pool:
        yield from bounded_map(
            pool.submit, _process_task, _batches(documents, task_size), limit=2 * workers
        )


def bounded_map(
    submit: Callable[..., concurrent.futures.Future[list[str]]],
    task: Callable[[list[Document]], list[str]],
    batches: Iterable[list[Document]],
    *,
    limit: int,
) -> Iterator[Analysis]:
    """Run ``task`` on batches through ``submit`` with at most ``limit`` in flight.

    Results come back as they finish (resolution does not depend on the order); the
    bound keeps memory flat however long the corpus.
    """
    pending: set[Any] = set()
    try:
        for batch in batches:
            pending.add(submit(task, batch))
            if len(pending) >= limit:
                done, pending = concurrent.futures.wait(
                    pending, return_when=concurrent.futures.FIRST_COMPLETED
                )
                yield from _results(done)
        while pending:
            done, pending = concurrent.futures.wait(
                pending, return_when=concurrent.futures.FIRST_COMPLETED
            )
            yield from _results(done)
    finally:
        for future in pending:
            future.cancel()


def _results(done: Iterable[Any]) -> Iterator[Analysis]:
    for future in done:
        for text in future.result():
            yield serialize.loads(text)


# --- on-disk store -------------------------------------------------------------------------


def _build_in_store(
    analyses: Iterable[Analysis],
    path: Path,
    out_dir: Path,
    *,
    base: str,
    min_confidence: float,
    html: HtmlWriter | None,
    progress: Progress,
) -> tuple[dict[str, Path], GraphSummary]:
    """Resolve, fill an on-disk Oxigraph store piece by piece, and export from it."""
    analyses = list(analyses)
    documents = [a.document for a in analyses]
    resolution = resolve_analyses(analyses)
    del analyses
    try:
        store = ox.Store(str(path))
        store.clear()
    except OSError as err:
        raise ExportError(f"cannot open the store {str(path)!r}: {err}") from err
    store.bulk_extend(
        _quads_in_pieces(
            documents,
            resolution.entities,
            resolution.triples,
            base=base,
            min_confidence=min_confidence,
        )
    )
    store.optimize()
    del resolution
    progress.stage("writing the exports")
    paths = export_store(store, out_dir, base=base, html=html)
    stats = store_summary(store)
    store.flush()
    return paths, stats


def _quads_in_pieces(
    documents: Sequence[Document],
    entities: Sequence[Entity],
    triples: Sequence[Triple],
    *,
    base: str,
    min_confidence: float,
) -> Iterator[ox.Quad]:
    """The quads of :func:`graph_quads`, built a few thousand facts at a time.

    ``graph_quads`` is local to a fact: all evidences of one fact are fused together, and
    an entity's or document's description does not depend on anything else. So the facts
    are grouped by their (subject, relation, object) with symmetric relations unordered,
    and each piece is built with the entities it mentions; the union of the pieces is the
    whole dataset (the store removes the repeated entity descriptions).
    """
    by_entity = {e.key: e for e in entities}
    groups: dict[tuple[str, str, str], list[Triple]] = defaultdict(list)
    for triple in triples:
        ends = (triple.subject.entity or "", triple.object.entity or "")
        if relation(triple.predicate).symmetric:
            ends = tuple(sorted(ends))  # type: ignore[assignment]
        groups[(ends[0], triple.predicate, ends[1])].append(triple)
    yield from to_oxigraph(graph_quads(documents, [], [], base=base))
    described: set[str] = set()
    piece: list[Triple] = []
    for key in sorted(groups):
        piece.extend(groups[key])
        if len(piece) >= STORE_CHUNK:
            yield from _piece(piece, by_entity, described, base, min_confidence)
            piece = []
    yield from _piece(piece, by_entity, described, base, min_confidence)
    rest = [e for key, e in by_entity.items() if key not in described]
    yield from to_oxigraph(graph_quads([], rest, [], base=base))


def _piece(
    triples: list[Triple],
    by_entity: Mapping[str, Entity],
    described: set[str],
    base: str,
    min_confidence: float,
) -> list[ox.Quad]:
    keys = {m.entity for t in triples for m in (t.subject, t.object) if m.entity}
    described |= keys
    entities = [by_entity[k] for k in sorted(keys) if k in by_entity]
    return to_oxigraph(graph_quads([], entities, triples, base=base, min_confidence=min_confidence))


def export_store(
    store: ox.Store,
    out_dir: Path,
    *,
    base: str = DEFAULT_BASE,
    formats: Iterable[Format] = (Format.TURTLE, Format.TRIG, Format.JSONLD),
    html: HtmlWriter | None = None,
) -> dict[str, Path]:
    """Write the exports of a store, streaming from it; each file replaced atomically.

    Triple formats get the union of the graphs: a plain fact stated in several documents
    sits in each document's graph, so those triples are written once (only they are
    remembered, not the whole graph).

    Raises:
        ExportError: Naming the file that cannot be written or does not re-parse.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    prefixes = {p: str(ns) for p, ns in bind_prefixes(Graph(), base=base).namespaces() if p}
    prefixes = {p: ns for p, ns in prefixes.items() if p in _KG_PREFIXES}
    written: dict[str, Path] = {}
    for fmt in formats:
        final = out_dir / fmt.filename
        with staged_path(final) as tmp:
            try:
                graph_at = 0
                with tmp.open("wb") as out:
                    if fmt is Format.JSONLD:
                        graph_at = write_jsonld(store, prefixes, out)
                    elif fmt.keeps_graphs:
                        store.dump(out, fmt.rdf_format, prefixes=prefixes)
                    else:
                        ox.serialize(_union(store, base), out, fmt.rdf_format, prefixes=prefixes)
                    out.flush()
                    os.fsync(out.fileno())
                check_parses(tmp, fmt, final, graph_at=graph_at)
            except (OSError, ValueError, SyntaxError) as err:
                if isinstance(err, KGError):
                    raise
                raise ExportError(f"cannot write {str(final)!r} as {fmt.name}: {err}") from err
        written[fmt.value] = final
    if html is not None:
        if len(store) > HTML_QUAD_LIMIT:
            log.warning(
                "the graph has %d statements, more than the page can show (%d): no %s written",
                len(store),
                HTML_QUAD_LIMIT,
                "graph.html",
            )
        else:
            dataset = Dataset()
            bind_prefixes(dataset, base=base)
            dumped = store.dump(format=ox.RdfFormat.N_QUADS) or b""
            dataset.parse(data=dumped.decode("utf-8"), format="nquads")
            written.update(write_outputs_html(union_graph(dataset), out_dir, html))
    return written


#: The prefixes kg's exports declare (rdflib's "core" binds a few more that kg never uses).
_KG_PREFIXES = frozenset(
    {"kgo", "kgr", "owl", "skos", "prov", "dcterms", "wd", "rdf", "rdfs", "xsd"}
)


def write_outputs_html(union: Graph, out_dir: Path, html: HtmlWriter) -> dict[str, Path]:
    """Write ``graph.html`` of ``union`` atomically."""
    final = out_dir / "graph.html"
    with staged_path(final) as tmp:
        html(union, tmp)
    return {"html": final}


def _union(store: ox.Store, base: str) -> Iterator[ox.Triple]:
    entity_prefix = base + "entity/"
    facts: set[ox.Triple] = set()
    for quad in store:
        triple = quad.triple
        if isinstance(quad.graph_name, ox.DefaultGraph):
            yield triple
        elif isinstance(quad.subject, ox.NamedNode) and quad.subject.value.startswith(
            entity_prefix
        ):
            if triple not in facts:
                facts.add(triple)
                yield triple
        else:
            yield triple


def store_summary(store: ox.Store) -> GraphSummary:
    """Entities by class, facts by relation and documents of a kg store, by SPARQL."""
    entity_classes = {
        str(KGO[name]): name for name, cls in classes().items() if "NamedEntity" in cls.parents
    }
    known = set(relations())
    by_class: dict[str, int] = {}
    for row in _select(store, "SELECT ?c (COUNT(?e) AS ?n) WHERE { ?e a ?c } GROUP BY ?c"):
        name = entity_classes.get(row["c"].value)
        if name:
            by_class[name] = int(row["n"].value)
    by_relation: dict[str, int] = {}
    query = (
        f"SELECT ?p (COUNT(?a) AS ?n) WHERE {{ ?a a <{KGO.Assertion}> ; <{RDF.predicate}> ?p }} "
        "GROUP BY ?p"
    )
    for row in _select(store, query):
        name = row["p"].value.removeprefix(str(KGO._NS))
        if name in known:
            by_relation[name] = int(row["n"].value)
    count = f"SELECT (COUNT(?d) AS ?n) WHERE {{ ?d a <{KGO.Document}> }}"
    documents = next(iter(_select(store, count)))
    return GraphSummary(
        entities=MappingProxyType(by_count(by_class)),
        facts=MappingProxyType(by_count(by_relation)),
        documents=int(documents["n"].value),
    )


def _select(store: ox.Store, query: str) -> ox.QuerySolutions:
    solutions = store.query(query)
    assert isinstance(solutions, ox.QuerySolutions)  # a SELECT query
    return solutions
