"""``kg serve GRAPH [--host 127.0.0.1] [--port 7878] [--timeout S] [--max-rows N]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.serve import ServerConfig, serve


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``serve`` subcommand."""
    defaults = ServerConfig(Path("graph.ttl"))
    parser = subparsers.add_parser(
        "serve",
        help="serve a graph as a read-only SPARQL endpoint, with its graph page",
        description=(
            "Serve a graph file as a SPARQL 1.1 Protocol endpoint at /sparql (read-only: "
            "Update, LOAD and SERVICE are refused) and the graph page at / (graph.html "
            "beside the graph file, if present)."
        ),
    )
    parser.add_argument("graph", type=Path, help="graph file (.ttl .trig .nt .nq .jsonld)")
    parser.add_argument(
        "--host", default=defaults.host, help=f"interface to bind (default {defaults.host})"
    )
    parser.add_argument(
        "--port", type=int, default=defaults.port, help=f"TCP port (default {defaults.port})"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=defaults.timeout,
        metavar="S",
        help=f"seconds a query may run (default {defaults.timeout:g})",
    )
    parser.add_argument(
        "--max-rows",
        type=int,
        default=defaults.max_rows,
        metavar="N",
        help=f"most rows or triples per answer (default {defaults.max_rows})",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=defaults.workers,
        help=f"query worker processes, each holding the graph (default {defaults.workers})",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Serve until Ctrl-C."""
    config = ServerConfig(
        graph=args.graph,
        host=args.host,
        port=args.port,
        timeout=args.timeout,
        max_rows=args.max_rows,
        workers=args.workers,
    )
    serve(config, on_ready=lambda url: print(f"kg serve: {url} (Ctrl-C to stop)", file=sys.stderr))
    return 0
