"""Run SPARQL queries over a kg graph: Oxigraph as the engine, rdflib terms as the results.

Every query passes :func:`check_query` first. It parses the text with rdflib's SPARQL
parser and walks the parse tree, so the decision rests on the grammar, not on a substring
search that a comment (``# SERVICE``) or a string literal (``"LOAD"``) would fool:

* text that parses as a SPARQL *Update* (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR``...)
  is refused, since kg serves graphs read-only and ``LOAD`` fetches from the network;
* a ``ServiceGraphPattern`` anywhere in the tree (inside ``OPTIONAL``, ``EXISTS``, a
  sub-query...) is refused, since both engines would send the federated request;
* with the rdflib engine, ``FROM``/``FROM NAMED`` are refused too: rdflib would download
  those graphs (Oxigraph reads them from its own store instead).

Text the rdflib parser rejects never reaches an engine, so a query Oxigraph would accept
but rdflib cannot parse is reported as a syntax error: the guard errs on the closed side.
Graph files are parsed by Oxigraph, which has no loader for remote JSON-LD ``@context``
documents and fails instead of fetching them.

Queries that kg builds itself take their parameters as *bindings* (Oxigraph
``substitutions``, rdflib ``initBindings``), never by formatting text into the query.

Example:
    >>> from rdflib import Graph, Literal, URIRef
    >>> g = Graph()
    >>> _ = g.add((URIRef("https://example.org/a"), RDFS.label, Literal("OpenAI")))
    >>> result = run_query(g, "SELECT ?name ?e WHERE { ?e rdfs:label ?name }",
    ...                    bindings={"name": "OpenAI"})
    >>> [str(row["e"]) for row in result.rows]
    ['https://example.org/a']
"""

from __future__ import annotations

import enum
import functools
import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pyoxigraph as ox
import rdflib.namespace
from pyparsing import ParseException
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, PROV
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import InputError, QueryError
from kg.iri import DEFAULT_BASE
from kg.namespace import KGO, WD
from kg.ontology import ontology_dir
from kg.rdfterms import from_ox, graph_format, to_ox

__all__ = [
    "PREFIXES",
    "Engine",
    "QueryForm",
    "QueryResult",
    "ResultFormat",
    "StoredQuery",
    "check_query",
    "load_store",
    "queries_dir",
    "run_query",
    "serialize_result",
    "stored_queries",
    "stored_query",
    "to_store",
]

logger = logging.getLogger(__name__)

#: Prefixes every query may use without declaring them; also used to shorten IRIs in tables.
PREFIXES: Mapping[str, str] = MappingProxyType(
    {
        "kgo": str(KGO._NS),
        "kgr": DEFAULT_BASE,
        "rdf": str(RDF),
        "rdfs": str(RDFS),
        "owl": str(OWL),
        "skos": str(SKOS),
        "xsd": str(rdflib.namespace.XSD),
        "prov": str(PROV),
        "dcterms": str(DCTERMS),
        "wd": str(WD),
    }
)


# The module, not the class, is imported: pytest's doctest finder probes every global, and
# rdflib's XSD namespace warns on each probe.
_BARE_NUMBERS = (rdflib.namespace.XSD.integer, rdflib.namespace.XSD.decimal)
_TABLE_CELL = 60  # characters; longer cells are cut with an ellipsis in tables


class Engine(enum.Enum):
    """Which SPARQL engine runs a query."""

    OXIGRAPH = "oxigraph"
    RDFLIB = "rdflib"


class QueryForm(enum.Enum):
    """The four SPARQL query forms."""

    SELECT = "SELECT"
    ASK = "ASK"
    CONSTRUCT = "CONSTRUCT"
    DESCRIBE = "DESCRIBE"

    @property
    def returns_graph(self) -> bool:
        """Whether the result is a graph (CONSTRUCT, DESCRIBE) rather than a table."""
        return self in (QueryForm.CONSTRUCT, QueryForm.DESCRIBE)


class ResultFormat(enum.Enum):
    """How :func:`serialize_result` writes a result."""

    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"
    XML = "xml"
    TURTLE = "turtle"
    NTRIPLES = "ntriples"

    @property
    def media_type(self) -> str:
        """The IANA media type of the serialization (``text/plain`` for tables)."""
        return _MEDIA_TYPES[self]


_MEDIA_TYPES = {
    ResultFormat.TABLE: "text/plain",
    ResultFormat.CSV: "text/csv",
    ResultFormat.TSV: "text/tab-separated-values",
    ResultFormat.JSON: "application/sparql-results+json",
    ResultFormat.XML: "application/sparql-results+xml",
    ResultFormat.TURTLE: "text/turtle",
    ResultFormat.NTRIPLES: "application/n-triples",
}


@dataclass(frozen=True, slots=True)
class QueryResult:
    """The answer to one query, in rdflib terms whichever engine ran it.

    Attributes:
        form: The query form.
        variables: Projected variable names, in the query's order (SELECT only).
        rows: One mapping per solution, from variable name to term; unbound variables are
            absent (SELECT only).
        boolean: The answer of an ASK query, else None.
        graph: The triples of a CONSTRUCT or DESCRIBE query, else None.
        truncated: Whether rows or triples were dropped at the ``max_rows`` cap.
    """

    form: QueryForm
    variables: tuple[str, ...] = ()
    rows: tuple[Mapping[str, Node], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = field(default=None, compare=False)
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class StoredQuery:
    """A ready query from ``ontology/queries/``.

    Attributes:
        name: File name without ``.rq`` (``"entity_facts"``).
        description: The leading ``#`` comment: what the query answers and its parameters.
        text: The full SPARQL text.
    """

    name: str
    description: str
    text: str


def check_query(sparql: str, *, engine: Engine = Engine.OXIGRAPH) -> QueryForm:
    """Parse ``sparql`` and refuse what kg must never run; return the query form.

    rdflib's parser takes about 0.1 s per query, so accepted texts are remembered (the
    same query often runs again with other bindings); refusals are not cached.

    Raises:
        QueryError: If the text does not parse (message with line and column), is a SPARQL
            Update (``LOAD`` included), uses ``SERVICE``, or has ``FROM`` with the rdflib
            engine.

    Example:
        >>> check_query("ASK { ?s ?p ?o }  # SERVICE <http://example.org/> in a comment")
        <QueryForm.ASK: 'ASK'>
        >>> check_query("LOAD <http://example.org/data.ttl>")
        Traceback (most recent call last):
        ...
        kg.errors.QueryError: refused: this is a SPARQL Update (LOAD); kg queries are read-only
    """
    return _check(sparql, engine)


@functools.lru_cache(maxsize=512)
def _check(sparql: str, engine: Engine) -> QueryForm:
    try:
        tree = parseQuery(sparql)
    except ParseException as err:
        operation = _update_operation(sparql)
        if operation is not None:
            raise QueryError(
                f"refused: this is a SPARQL Update ({operation}); kg queries are read-only"
            ) from err
        raise QueryError(
            f"syntax error at line {err.lineno}, column {err.col}: {err.msg}, found {_found(err)!r}"
        ) from err
    query = tree[1]
    if any(node.name == "ServiceGraphPattern" for node in _walk(query)):
        raise QueryError("refused: SERVICE (federated query) would reach the network")
    if engine is Engine.RDFLIB and any(node.name == "DatasetClause" for node in _walk(query)):
        raise QueryError("refused: FROM / FROM NAMED would make rdflib download graphs")
    return QueryForm(query.name.removesuffix("Query").upper())


def load_store(path: str | Path) -> ox.Store:
    """Read a graph file into an in-memory Oxigraph store; the suffix gives the format.

    Named graphs of TriG and N-Quads files are kept; queries see their union as the default
    graph. JSON-LD with a remote ``@context`` is rejected, never fetched.

    Raises:
        InputError: If the file is missing, its suffix unknown, or it does not parse.

    Example:
        >>> load_store("missing.ttl")
        Traceback (most recent call last):
        ...
        kg.errors.InputError: no such graph file: 'missing.ttl'
    """
    path = Path(path)
    rdf_format = graph_format(path)
    store = ox.Store()
    try:
        store.bulk_load(path=path, format=rdf_format)
    except (OSError, SyntaxError, ValueError) as err:
        raise InputError(f"cannot parse {str(path)!r}: {err}") from err
    logger.info("loaded %d quads from %s", len(store), path)
    return store


def to_store(graph: Graph) -> ox.Store:
    """Copy an rdflib graph (or dataset, named graphs kept) into an Oxigraph store.

    Example:
        >>> g = Graph()
        >>> _ = g.add((URIRef("urn:a"), RDFS.label, Literal("A")))
        >>> len(to_store(g))
        1
    """
    store = ox.Store()
    store.bulk_extend(_quads(graph))
    return store


def run_query(
    graph_or_path: Graph | ox.Store | str | Path,
    sparql: str,
    *,
    bindings: Mapping[str, Node | str | int | float] | None = None,
    engine: Engine = Engine.OXIGRAPH,
    max_rows: int | None = None,
) -> QueryResult:
    """Run a read-only SPARQL query and return its result in rdflib terms.

    Args:
        graph_or_path: An rdflib graph or dataset, an Oxigraph store, or a graph file.
        sparql: The query; the prefixes of :data:`PREFIXES` need no declaration.
        bindings: Values for variables, applied by the engine (never spliced into the text);
            plain Python strings and numbers become literals. With Oxigraph a bound
            variable must appear in the SELECT projection (or the query use ``SELECT *``).
        engine: Oxigraph (default) or rdflib, the in-process model, for comparisons.
        max_rows: Keep at most this many rows (or triples); ``truncated`` tells if more came.

    Raises:
        QueryError: If :func:`check_query` refuses the query or the engine fails on it.
        InputError: If a graph file cannot be read.

    Example:
        >>> run_query(Graph(), "ASK { ?s ?p ?o }").boolean
        False
    """
    form = check_query(sparql, engine=engine)
    values = {name: _as_node(value) for name, value in (bindings or {}).items()}
    if engine is Engine.RDFLIB:
        graph = graph_or_path if isinstance(graph_or_path, Graph) else _rdflib_graph(graph_or_path)
        return _run_rdflib(graph, sparql, form, values, max_rows)
    if isinstance(graph_or_path, ox.Store):
        store = graph_or_path
    elif isinstance(graph_or_path, Graph):
        store = to_store(graph_or_path)
    else:
        store = load_store(graph_or_path)
    return _run_oxigraph(store, sparql, form, values, max_rows)


def serialize_result(result: QueryResult, fmt: ResultFormat = ResultFormat.TABLE) -> str:
    """Write a result as text: a table for people, or a SPARQL 1.1 results format.

    Graph results (CONSTRUCT, DESCRIBE) are always Turtle, or N-Triples when asked for;
    table results cannot be Turtle or N-Triples.

    Raises:
        QueryError: If a table result is asked for in a graph format.

    Example:
        >>> result = QueryResult(QueryForm.SELECT, ("n",), ({"n": Literal(3)},))
        >>> print(serialize_result(result, ResultFormat.TSV), end="")
        ?n
        3
    """
    if result.form.returns_graph:
        graph = result.graph if result.graph is not None else Graph()
        _bind_prefixes(graph)
        return graph.serialize(format="nt" if fmt is ResultFormat.NTRIPLES else "turtle")
    if fmt in (ResultFormat.TURTLE, ResultFormat.NTRIPLES):
        raise QueryError(
            f"format {fmt.value!r} is for CONSTRUCT and DESCRIBE; "
            f"a {result.form.value} result is a table"
        )
    if fmt is ResultFormat.TABLE:
        return _table(result)
    if fmt is ResultFormat.TSV:
        return _tsv(result)
    if result.form is QueryForm.ASK and fmt is ResultFormat.CSV:
        return f"_askResult\r\n{str(result.boolean).lower()}\r\n"
    written = _rdflib_result(result).serialize(format=fmt.value) or b""
    return written.decode("utf-8")


def queries_dir() -> Path:
    """Return the directory of ready queries, ``ontology/queries/``.

    Example:
        >>> queries_dir().name
        'queries'
    """
    return ontology_dir() / "queries"


@functools.cache
def stored_queries() -> Mapping[str, StoredQuery]:
    """Every ready query of ``ontology/queries/*.rq``, by name.

    Example:
        >>> "entity_facts" in stored_queries()
        True
    """
    found = {}
    for path in sorted(queries_dir().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        comment = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            comment.append(line.lstrip("# ").rstrip())
        found[path.stem] = StoredQuery(path.stem, "\n".join(comment).strip(), text)
    return MappingProxyType(found)


def stored_query(name: str) -> StoredQuery:
    """Return the ready query called ``name``.

    Raises:
        QueryError: If there is no ``ontology/queries/{name}.rq``.

    Example:
        >>> stored_query("wikidata_links").description.splitlines()[0]
        'Entities linked to Wikidata: label, class and Wikidata IRI, by label.'
    """
    try:
        return stored_queries()[name]
    except KeyError as err:
        known = ", ".join(stored_queries())
        raise QueryError(f"no stored query {name!r}; known: {known}") from err


# --- engines ---------------------------------------------------------------------------


def _run_oxigraph(
    store: ox.Store,
    sparql: str,
    form: QueryForm,
    bindings: Mapping[str, Node],
    max_rows: int | None,
) -> QueryResult:
    try:
        answer = store.query(
            sparql,
            prefixes=dict(PREFIXES),
            use_default_graph_as_union=True,
            substitutions={ox.Variable(k): to_ox(v) for k, v in bindings.items()},
        )
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult(form, boolean=bool(answer))
        if isinstance(answer, ox.QueryTriples):
            kept, truncated = _capped(answer, max_rows)
            graph = Graph()
            for triple in kept:
                graph.add(
                    (
                        from_ox(triple.subject),
                        from_ox(triple.predicate),
                        from_ox(triple.object),
                    )
                )
            return QueryResult(form, graph=graph, truncated=truncated)
        names = tuple(variable.value for variable in answer.variables)
        solutions, truncated = _capped(answer, max_rows)
        rows = tuple(
            {
                name: from_ox(term)
                for name, term in zip(names, solution, strict=True)
                if term is not None
            }
            for solution in solutions
        )
    except RuntimeError as err:
        # Oxigraph substitutes only variables of the SELECT projection (SEP-0007).
        raise QueryError(
            f"cannot bind {', '.join('?' + name for name in bindings)}: {err}; "
            "project the bound variables (or SELECT *)"
        ) from err
    except (SyntaxError, OSError, ValueError) as err:
        raise QueryError(f"Oxigraph could not run the query: {err}") from err
    return QueryResult(form, names, rows, truncated=truncated)


def _run_rdflib(
    graph: Graph,
    sparql: str,
    form: QueryForm,
    bindings: Mapping[str, Node],
    max_rows: int | None,
) -> QueryResult:
    try:
        answer = graph.query(
            sparql,
            initNs=dict(PREFIXES),
            initBindings=dict(bindings),  # type: ignore[arg-type]  # rdflib types Identifier
        )
        if answer.type == "ASK":
            return QueryResult(form, boolean=bool(answer.askAnswer))
        if answer.type in ("CONSTRUCT", "DESCRIBE"):
            kept, truncated = _capped(answer, max_rows)
            out = Graph()
            for triple in kept:
                out.add(triple)
            return QueryResult(form, graph=out, truncated=truncated)
        names = tuple(str(v) for v in answer.vars or ())
        solutions, truncated = _capped(answer, max_rows)
        rows = tuple(
            {name: term for name, term in zip(names, solution, strict=True) if term is not None}
            for solution in solutions
        )
    except Exception as err:  # rdflib raises bare Exception for evaluation errors
        raise QueryError(f"rdflib could not run the query: {err}") from err
    return QueryResult(form, names, rows, truncated=truncated)


def _capped(items: Iterable[Any], max_rows: int | None) -> tuple[list[Any], bool]:
    """The first ``max_rows`` items, and whether there were more (one extra is pulled)."""
    kept: list[Any] = []
    for item in items:
        if max_rows is not None and len(kept) >= max_rows:
            return kept, True
        kept.append(item)
    return kept, False


def _rdflib_graph(path: str | Path | ox.Store) -> Dataset:
    """A dataset (default graph = union) parsed by Oxigraph, so nothing is fetched."""
    store = path if isinstance(path, ox.Store) else load_store(path)
    dataset = Dataset(default_union=True)
    for quad in store:
        triple = (from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object))
        if isinstance(quad.graph_name, ox.DefaultGraph):
            dataset.default_graph.add(triple)
        else:
            dataset.graph(URIRef(quad.graph_name.value)).add(triple)
    return dataset


# --- the guard -------------------------------------------------------------------------


def _walk(node: object) -> Iterator[CompValue]:
    """Every parse-tree node under ``node``, depth first."""
    if isinstance(node, CompValue):
        yield node
        children: Iterable[object] = node.values()
    elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        children = node  # type: ignore[assignment]
    else:
        return
    for child in children:
        yield from _walk(child)


def _update_operation(sparql: str) -> str | None:
    """The name of the first operation if ``sparql`` parses as an Update, else None."""
    try:
        update = parseUpdate(sparql)
    except ParseException:
        return None
    names = [op.name for op in dict.get(update, "request", [])]
    return re.sub(r"(?<!^)(?=[A-Z])", " ", names[0]).upper() if names else "empty update"


def _found(err: ParseException) -> str:
    """The text at the error position, up to the end of its word."""
    rest = err.pstr[err.loc : err.loc + 30]
    return rest.split()[0] if rest.split() else "end of query"


# --- terms -----------------------------------------------------------------------------


def _as_node(value: Node | str | int | float) -> Node:
    if isinstance(value, Node):
        return value
    return Literal(value)


def _quads(graph: Graph) -> Iterator[ox.Quad]:
    if isinstance(graph, Dataset):
        for s, p, o, context in graph.quads((None, None, None, None)):
            name = getattr(context, "identifier", context)
            where = (
                ox.DefaultGraph()
                if name is None or name == DATASET_DEFAULT_GRAPH_ID
                else to_ox(name)
            )
            yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), where)  # type: ignore[arg-type]
    else:
        for s, p, o in graph:
            yield ox.Quad(to_ox(s), to_ox(p), to_ox(o))  # type: ignore[arg-type]


# --- writing results -------------------------------------------------------------------


def _bind_prefixes(graph: Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


def _short(term: Node | None) -> str:
    """A term as a person reads it: prefixed IRI, bare literal text, ``_:`` blank node."""
    if term is None:
        return ""
    if isinstance(term, Literal):
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    text = str(term)
    for prefix, namespace in PREFIXES.items():
        if text.startswith(namespace) and len(text) > len(namespace):
            return f"{prefix}:{text[len(namespace) :]}"
    return f"<{text}>"


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _TABLE_CELL else text[: _TABLE_CELL - 1] + "…"


def _table(result: QueryResult) -> str:
    if result.form is QueryForm.ASK:
        return f"{str(result.boolean).lower()}\n"
    header = list(result.variables)
    cells = [[_cut(_short(row.get(name))) for name in header] for row in result.rows]
    widths = [max([len(name), *(len(line[i]) for line in cells)]) for i, name in enumerate(header)]
    lines = ["  ".join(name.ljust(w) for name, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in cells
    ]
    count = f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}"
    lines.append(f"({count}{', truncated' if result.truncated else ''})")
    return "\n".join(lines) + "\n"


def _tsv(result: QueryResult) -> str:
    """SPARQL 1.1 TSV: terms in their N-Triples form, integers and decimals bare."""
    if result.form is QueryForm.ASK:
        return f"?_askResult\n{str(result.boolean).lower()}\n"
    lines = ["\t".join(f"?{name}" for name in result.variables)]
    lines += [
        "\t".join(_tsv_term(row.get(name)) for name in result.variables) for row in result.rows
    ]
    return "\n".join(lines) + "\n"


def _tsv_term(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal) and term.datatype in _BARE_NUMBERS:
        return str(term)
    # n3() escapes quotes and newlines inside literals; a raw tab would split the cell.
    return term.n3().replace("\t", "\\t")


def _rdflib_result(result: QueryResult) -> Result:
    out = Result(result.form.value)
    if result.form is QueryForm.ASK:
        out.askAnswer = bool(result.boolean)
        return out
    out.vars = [Variable(name) for name in result.variables]
    out.bindings = [
        {Variable(k): v for k, v in row.items()}  # type: ignore[misc]  # rdflib types Identifier
        for row in result.rows
    ]
    return out
