"""``kg explain ENTITY [GRAPH_OR_DIR]``: an entity's mentions and why they are one node."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.explain import explain_path, format_explanations
from kg.iri import DEFAULT_BASE, check_base


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``kg explain``."""
    parser = subparsers.add_parser(
        "explain",
        help="show an entity's mentions and the reasons its names were merged",
        description=(
            "Print the entity (or every homonym) answering to ENTITY (a name, an entity key "
            "such as place/paris, or an IRI): its class, Wikidata link, surface forms with "
            "their counts per document, and the reason of each merge (same name, same "
            "Wikidata item, acronym in parentheses, spelling variant, surname, untyped "
            "name). Reasons come from the analyses a build folder keeps; given a graph file, "
            "only what the graph holds is shown."
        ),
    )
    parser.add_argument("entity", metavar="ENTITY", help="name, entity key or IRI")
    parser.add_argument(
        "path",
        nargs="?",
        type=Path,
        default=Path("out"),
        metavar="GRAPH_OR_DIR",
        help="build folder (default ./out) or graph file",
    )
    parser.add_argument(
        "--base-iri",
        default=DEFAULT_BASE,
        help=f"namespace the graph was built with (default {DEFAULT_BASE})",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Explain and print."""
    check_base(args.base_iri)
    found = explain_path(args.entity, args.path, base=args.base_iri)
    sys.stdout.write(format_explanations(found) + "\n")
    return 0
