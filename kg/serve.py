"""A read-only SPARQL 1.1 Protocol endpoint over one graph file, and the graph page.

``/sparql`` answers GET (``?query=``) and POST (a form with ``query=``, or an
``application/sparql-query`` body), with content negotiation for SPARQL JSON, XML, CSV and
TSV results and Turtle or N-Triples graphs (the ``Accept`` header, or a ``format``
parameter as SPARQLWrapper and browsers send). ``/`` serves ``graph.html`` when it sits
beside the graph file, else a minimal page with a query form.

Safety, since neither rdflib nor pyoxigraph can stop a running query:

* queries run in a small pool of worker processes, each holding the store, loaded once;
  a query still running at its deadline gets its worker killed (the process, not a
  thread) and a fresh worker takes its place, so a runaway query cannot hold the server;
  the client gets 503 with the reason;
* every query passes :func:`kg.query.check_query` in the worker: SPARQL Update (``LOAD``
  included) and ``SERVICE`` are refused with 400 and a message, never executed;
* result rows (or triples) are capped; a capped answer carries ``X-KG-Truncated: true``;
* the server binds to loopback unless told otherwise; CORS allows any origin but never
  credentials (``Access-Control-Allow-Origin: *``, no ``Allow-Credentials``).

Example:
    >>> negotiate("text/csv;q=0.5, application/sparql-results+json")
    (<ResultFormat.JSON: 'json'>, <ResultFormat.CSV: 'csv'>)
"""

from __future__ import annotations

import html
import ipaddress
import logging
import multiprocessing
import queue
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.errors import InputError, KGError
from kg.query import QueryForm, ResultFormat, check_query, load_store, run_query, serialize_result

__all__ = ["ServerConfig", "SparqlServer", "WorkerPool", "make_server", "negotiate", "serve"]

logger = logging.getLogger(__name__)

#: Media types the endpoint writes, by the format that writes them.
MEDIA_TYPES: dict[str, ResultFormat] = {
    "application/sparql-results+json": ResultFormat.JSON,
    "application/json": ResultFormat.JSON,
    "application/sparql-results+xml": ResultFormat.XML,
    "application/xml": ResultFormat.XML,
    "text/xml": ResultFormat.XML,
    "text/csv": ResultFormat.CSV,
    "text/tab-separated-values": ResultFormat.TSV,
    "text/turtle": ResultFormat.TURTLE,
    "application/turtle": ResultFormat.TURTLE,
    "application/x-turtle": ResultFormat.TURTLE,
    "application/n-triples": ResultFormat.NTRIPLES,
}

#: Short names accepted in a ``format`` (or ``output``) parameter.
FORMAT_NAMES: dict[str, ResultFormat] = {
    "json": ResultFormat.JSON,
    "xml": ResultFormat.XML,
    "csv": ResultFormat.CSV,
    "tsv": ResultFormat.TSV,
    "turtle": ResultFormat.TURTLE,
    "ttl": ResultFormat.TURTLE,
    "ntriples": ResultFormat.NTRIPLES,
    "n-triples": ResultFormat.NTRIPLES,
    "nt": ResultFormat.NTRIPLES,
}

_TABLE_FORMATS = (ResultFormat.JSON, ResultFormat.XML, ResultFormat.CSV, ResultFormat.TSV)
_GRAPH_FORMATS = (ResultFormat.TURTLE, ResultFormat.NTRIPLES)
_READY_TIMEOUT = 600.0  # seconds a new worker may take to load the graph


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """How ``kg serve`` runs.

    Attributes:
        graph: The graph file to serve.
        host: Interface to bind; loopback by default.
        port: TCP port; 0 picks a free one.
        timeout: Seconds a query may run before its worker is killed.
        wait: Seconds a request may wait for a free worker before getting 503.
        max_rows: Most rows (or triples) one answer carries.
        workers: Worker processes, each holding a copy of the store.
        max_body: Largest POST body accepted, in bytes.
    """

    graph: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    wait: float = 30.0
    max_rows: int = 10_000
    workers: int = 2
    max_body: int = 1 << 20


@dataclass(frozen=True, slots=True)
class _Request:
    sparql: str
    preferences: tuple[ResultFormat | None, ...]  # None stands for */*
    max_rows: int


@dataclass(frozen=True, slots=True)
class _Reply:
    status: int
    content_type: str
    body: bytes
    truncated: bool = False

    @classmethod
    def error(cls, status: HTTPStatus | int, message: str) -> _Reply:
        return cls(int(status), "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def negotiate(accept: str | None) -> tuple[ResultFormat | None, ...]:
    """Formats the client accepts, best first; None stands for ``*/*``.

    Example:
        >>> negotiate(None)
        (None,)
        >>> negotiate("text/turtle, */*;q=0.1")
        (<ResultFormat.TURTLE: 'turtle'>, None)
    """
    if not accept or not accept.strip():
        return (None,)
    ranked = []
    for position, item in enumerate(accept.split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranked.append((-quality, position, media.lower()))
    found: list[ResultFormat | None] = []
    for _, _, media in sorted(ranked):
        if media == "*/*":
            found.append(None)
        elif media.endswith("/*"):
            family = media[:-1]
            found += [fmt for name, fmt in MEDIA_TYPES.items() if name.startswith(family)]
        elif media in MEDIA_TYPES:
            found.append(MEDIA_TYPES[media])
    return tuple(dict.fromkeys(found))


def _usable(form: QueryForm) -> tuple[ResultFormat, ...]:
    return _GRAPH_FORMATS if form.returns_graph else _TABLE_FORMATS


def _choose(form: QueryForm, preferences: tuple[ResultFormat | None, ...]) -> ResultFormat | None:
    usable = _usable(form)
    for preference in preferences:
        if preference is None:
            return usable[0]
        if preference in usable:
            return preference
    return None


# --- workers -------------------------------------------------------------------------------


def _worker_main(path: str, conn: Connection) -> None:
    """Load the store once, then answer requests until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        store = load_store(path)
    except KGError as err:
        conn.send(("failed", str(err)))
        return
    conn.send(("ready", len(store)))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(_answer(store, request))


def _answer(store: ox.Store, request: _Request) -> _Reply:
    try:
        form = check_query(request.sparql)
        fmt = _choose(form, request.preferences)
        if fmt is None:
            offered = ", ".join(t for t, f in MEDIA_TYPES.items() if f in _usable(form))
            return _Reply.error(
                HTTPStatus.NOT_ACCEPTABLE,
                f"no acceptable format for a {form.value} result; offered: {offered}",
            )
        result = run_query(store, request.sparql, max_rows=request.max_rows)
        body = serialize_result(result, fmt).encode("utf-8")
    except KGError as err:
        return _Reply.error(HTTPStatus.BAD_REQUEST, str(err))
    charset = "; charset=utf-8"
    return _Reply(HTTPStatus.OK, fmt.media_type + charset, body, result.truncated)


@dataclass(frozen=True, slots=True)
class _Worker:
    process: BaseProcess
    conn: Connection

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """Worker processes, each holding the store, that run one query at a time.

    A query that overruns its deadline gets its worker killed and replaced (the new one
    loads the graph in the background); a request that waits too long for a free worker
    gets 503.
    """

    def __init__(self, graph: Path, *, size: int = 2) -> None:
        if size < 1:
            raise InputError(f"the pool needs at least one worker, got {size}")
        self._graph = str(graph)
        self._context = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        starting = [self._spawn() for _ in range(size)]
        try:
            for worker in starting:
                self._await_ready(worker)
        except BaseException:
            self.close()
            raise

    def run(self, request: _Request, *, timeout: float, wait: float) -> _Reply:
        """Run one request within ``timeout`` seconds, once a worker is free (``wait``)."""
        try:
            worker = self._idle.get(timeout=wait)
        except queue.Empty:
            return _Reply.error(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"all query workers stayed busy for {wait:g} s; retry later",
            )
        try:
            worker.conn.send(request)
            if worker.conn.poll(timeout):
                reply: _Reply = worker.conn.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError) as err:
            logger.error("query worker %s died: %s", worker.process.pid, err)
            self._replace(worker)
            return _Reply.error(HTTPStatus.INTERNAL_SERVER_ERROR, "the query worker died")
        logger.warning("query exceeded %g s; killing worker %s", timeout, worker.process.pid)
        self._replace(worker)
        return _Reply.error(
            HTTPStatus.SERVICE_UNAVAILABLE,
            f"query stopped: it exceeded the {timeout:g} s timeout",
        )

    def close(self) -> None:
        """Stop every worker."""
        with self._lock:
            self._closed = True
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.stop()

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_worker_main, args=(self._graph, child), name="kg-sparql-worker", daemon=True
        )
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._all.add(worker)
        return worker

    def _await_ready(self, worker: _Worker) -> None:
        if not worker.conn.poll(_READY_TIMEOUT):
            raise InputError(f"a query worker could not load {self._graph!r} in time")
        try:
            status, detail = worker.conn.recv()
        except EOFError as err:
            raise InputError(f"a query worker died loading {self._graph!r}") from err
        if status != "ready":
            raise InputError(detail)
        logger.debug("worker %s ready with %s quads", worker.process.pid, detail)
        self._idle.put(worker)

    def _replace(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.stop()
        threading.Thread(target=self._respawn, name="kg-respawn", daemon=True).start()

    def _respawn(self) -> None:
        with self._lock:
            if self._closed:
                return
        worker = self._spawn()
        try:
            self._await_ready(worker)
        except InputError:
            logger.exception("could not replace a query worker")


# --- HTTP ----------------------------------------------------------------------------------


class SparqlServer(ThreadingHTTPServer):
    """A threading HTTP server whose handler sends queries to a :class:`WorkerPool`."""

    daemon_threads = True

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        super().__init__((config.host, config.port), _Handler)
        try:
            self.pool = WorkerPool(config.graph, size=config.workers)
        except BaseException:
            super().server_close()
            raise

    @property
    def url(self) -> str:
        """The endpoint's URL, ``http://host:port/sparql``."""
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/sparql"

    def server_close(self) -> None:
        """Close the socket and stop the workers."""
        super().server_close()
        self.pool.close()


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "kg-sparql"

    def do_OPTIONS(self) -> None:
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._page()
        elif url.path == "/sparql":
            self._sparql(parse_qs(url.query, keep_blank_values=True), None)
        else:
            self._send(_Reply.error(HTTPStatus.NOT_FOUND, f"no such page: {url.path}"))

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._send(_Reply.error(HTTPStatus.NOT_FOUND, f"no such endpoint: {url.path}"))
            return
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            self._send(_Reply.error(HTTPStatus.LENGTH_REQUIRED, "POST needs a Content-Length"))
            return
        if int(length) > self.server.config.max_body:
            limit = self.server.config.max_body
            self._send(
                _Reply.error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"body over {limit} bytes")
            )
            return
        body = self.rfile.read(int(length)).decode("utf-8", errors="replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if media == "application/x-www-form-urlencoded":
            params.update(parse_qs(body, keep_blank_values=True))
            self._sparql(params, None)
        elif media == "application/sparql-query":
            self._sparql(params, body)
        elif media == "application/sparql-update":
            self._send(_Reply.error(HTTPStatus.BAD_REQUEST, _READ_ONLY))
        else:
            self._send(
                _Reply.error(
                    HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                    f"unsupported Content-Type {media!r}: use application/sparql-query or "
                    "application/x-www-form-urlencoded",
                )
            )

    def _sparql(self, params: dict[str, list[str]], body: str | None) -> None:
        if "update" in params or "using-graph-uri" in params:
            self._send(_Reply.error(HTTPStatus.BAD_REQUEST, _READ_ONLY))
            return
        queries = [body] if body is not None else params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._send(_Reply.error(HTTPStatus.BAD_REQUEST, "give exactly one query"))
            return
        # SPARQLWrapper and HTML forms name the format in a parameter; it goes first.
        names = params.get("format", []) + params.get("output", [])
        named = (FORMAT_NAMES.get(v.lower()) or MEDIA_TYPES.get(v.lower()) for v in names)
        preferences: tuple[ResultFormat | None, ...] = tuple(f for f in named if f is not None)
        preferences += negotiate(self.headers.get("Accept"))
        config = self.server.config
        request = _Request(queries[0], preferences, config.max_rows)
        self._send(self.server.pool.run(request, timeout=config.timeout, wait=config.wait))

    def _page(self) -> None:
        viewer = self.server.config.graph.with_name("graph.html")
        if viewer.is_file():
            self._send(_Reply(HTTPStatus.OK, "text/html; charset=utf-8", viewer.read_bytes()))
            return
        name = html.escape(self.server.config.graph.name)
        page = _PAGE.format(name=name).encode("utf-8")
        self._send(_Reply(HTTPStatus.OK, "text/html; charset=utf-8", page))

    def _send(self, reply: _Reply) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Vary", "Accept")
        if reply.truncated:
            self.send_header("X-KG-Truncated", "true")
        if reply.status == HTTPStatus.SERVICE_UNAVAILABLE:
            self.send_header("Retry-After", "1")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    def log_message(self, format: str, *args: object) -> None:
        logger.info("%s %s", self.address_string(), format % args)


_READ_ONLY = "refused: kg serves this graph read-only; SPARQL Update is not accepted"

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg — {name}</title></head>
<body>
<h1>kg SPARQL endpoint — {name}</h1>
<p>SPARQL 1.1 Protocol at <a href="/sparql">/sparql</a> (GET or POST, read-only).
No graph page (<code>graph.html</code>) sits beside the graph file.</p>
<form action="/sparql" method="get">
<textarea name="query" rows="8" cols="80">SELECT ?entity ?label WHERE {{
  ?entity rdfs:label ?label
}} LIMIT 20</textarea><br>
<select name="format"><option>json</option><option>csv</option><option>tsv</option>
<option>xml</option></select>
<button type="submit">Run</button>
</form>
</body></html>
"""


def make_server(config: ServerConfig) -> SparqlServer:
    """Bind the endpoint and start its workers (it does not serve until ``serve_forever``).

    Raises:
        InputError: If the graph file cannot be loaded.
        OSError: If the address cannot be bound.
    """
    if not config.graph.is_file():
        raise InputError(f"no such graph file: {str(config.graph)!r}")
    if not _is_loopback(config.host):
        logger.warning("binding %s: the endpoint is reachable from other machines", config.host)
    return SparqlServer(config)


def serve(config: ServerConfig, *, on_ready: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted, then stop the workers.

    Args:
        config: What to serve and how.
        on_ready: Called with the endpoint URL once the workers are ready.
    """
    server = make_server(config)
    logger.info("serving %s at %s", config.graph, server.url)
    if on_ready is not None:
        on_ready(server.url)
    try:
        server.serve_forever()
    finally:
        server.server_close()


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
