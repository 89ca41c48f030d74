"""``kg query GRAPH (QUERY | --file Q.rq) [--format ...] [--bind NAME=VALUE ...]``."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.errors import InputError
from kg.query import ResultFormat, run_query, serialize_result

_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``query`` subcommand."""
    parser = subparsers.add_parser(
        "query",
        help="run a SPARQL query over a kg graph file (Oxigraph)",
        description=(
            "Run a read-only SPARQL query over a graph file (.ttl .trig .nt .nq .jsonld). "
            "The prefixes kgo: kgr: rdf: rdfs: owl: skos: xsd: prov: dcterms: wd: need no "
            "declaration. CONSTRUCT and DESCRIBE print Turtle. Update, LOAD and SERVICE are "
            "refused."
        ),
    )
    parser.add_argument("graph", type=Path, help="graph file")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("query", nargs="?", help="the SPARQL query text")
    source.add_argument("--file", type=Path, help="read the query from this .rq file")
    parser.add_argument(
        "--format",
        choices=[f.value for f in ResultFormat],
        default=ResultFormat.TABLE.value,
        help="table (default), SPARQL 1.1 csv/tsv/json/xml results; turtle/ntriples for graphs",
    )
    parser.add_argument(
        "--bind",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="bind ?NAME before the query runs: <iri>, a number, or else a plain string",
    )
    parser.add_argument("--max-rows", type=int, default=None, help="keep at most N rows")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the query and print its result on stdout."""
    if args.file is not None:
        try:
            sparql = args.file.read_text(encoding="utf-8")
        except OSError as err:
            raise InputError(f"cannot read the query file {str(args.file)!r}: {err}") from err
    else:
        sparql = args.query
    bindings = dict(_binding(text) for text in args.bind)
    result = run_query(args.graph, sparql, bindings=bindings, max_rows=args.max_rows)
    sys.stdout.write(serialize_result(result, ResultFormat(args.format)))
    return 0


def _binding(text: str) -> tuple[str, Node]:
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not name:
        raise InputError(f"--bind expects NAME=VALUE, got {text!r}")
    if value.startswith("<") and value.endswith(">"):
        return name, URIRef(value[1:-1])
    if _NUMBER.match(value):
        return name, Literal(float(value) if re.search(r"[.eE]", value) else int(value))
    return name, Literal(value)
