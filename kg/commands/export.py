"""``kg export GRAPH [--format graphml|gexf] [--out FILE]``: the graph's network, for Gephi."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from kg.analysis import NetworkFormat, write_network

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``export`` subcommand."""
    parser = subparsers.add_parser(
        "export",
        help="write a graph file's entities and facts as a network for Gephi (GraphML, GEXF)",
        description=(
            "Read a kg graph file (.ttl .trig .nt .nq .jsonld) and write its network: one node "
            "per entity (label, class, aliases, Wikidata id, mentions), one edge per fact "
            "(relation, label, confidence, documents, evidence sentences)."
        ),
    )
    parser.add_argument("graph", type=Path, metavar="GRAPH", help="graph file")
    parser.add_argument(
        "--format",
        choices=[fmt.value for fmt in NetworkFormat],
        default=NetworkFormat.GRAPHML.value,
        help="graphml (default) or gexf",
    )
    parser.add_argument(
        "--out", "-o", type=Path, metavar="FILE", help="file to write (default GRAPH.<format>)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the network file."""
    out = args.out or args.graph.with_suffix(f".{args.format}")
    written = write_network(args.graph, out, fmt=NetworkFormat(args.format))
    log.info("wrote %s", written)
    return 0
