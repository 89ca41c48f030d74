"""``kg validate GRAPH``: check a graph file against kg's SHACL shapes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.validate import format_report, validate_file


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``validate`` subcommand."""
    parser = subparsers.add_parser(
        "validate",
        help="check a graph against ontology/shapes.ttl (SHACL)",
        description=(
            "Validate a kg graph file with pyshacl against ontology/shapes.ttl: every entity "
            "has a label and a class, every fact respects its relation's domain and range, "
            "every assertion has a document and a sentence. Exit 1 when it does not conform."
        ),
    )
    parser.add_argument("graph", type=Path, help="graph file (.ttl .trig .nt .nq .jsonld)")
    parser.add_argument(
        "--limit", type=int, default=100, help="print at most N violations (default 100)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Validate and print the report; 0 when the graph conforms, 1 when it does not."""
    report = validate_file(args.graph)
    sys.stdout.write(format_report(report, limit=args.limit) + "\n")
    return 0 if report.conforms else 1
