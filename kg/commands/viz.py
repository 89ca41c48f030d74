"""``kg viz GRAPH``: render a kg export (Turtle, TriG ...) as an interactive HTML page."""

from __future__ import annotations

import argparse

from kg.viz import render_file
from kg.viz.view import LABEL_LANGS


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``viz`` subcommand."""
    parser = subparsers.add_parser(
        "viz",
        help="render a graph file as an offline, interactive HTML page",
        description="Render any kg export (Turtle/TriG) as one self-contained HTML page, "
        "without re-running the NLP.",
    )
    parser.add_argument("graph", metavar="GRAPH", help="graph file (.ttl, .trig, .nt, .jsonld)")
    parser.add_argument("--out", "-o", metavar="FILE", help="page to write (default GRAPH.html)")
    parser.add_argument("--title", help="page title (default: the graph file's name)")
    parser.add_argument(
        "--label-lang", choices=LABEL_LANGS, default="fr", help="language of the labels"
    )
    parser.add_argument(
        "--min-confidence",
        type=float,
        default=0.0,
        metavar="X",
        help="drop facts whose confidence is below X (0-1)",
    )
    parser.add_argument(
        "--class",
        dest="classes",
        action="append",
        metavar="C",
        help="keep entities of class C and its subclasses (repeatable)",
    )
    parser.add_argument(
        "--relation",
        dest="relations",
        action="append",
        metavar="R",
        help="keep facts of relation R and its sub-properties (repeatable)",
    )
    parser.add_argument("--top", type=int, metavar="N", help="keep the N most mentioned entities")
    parser.add_argument("--focus", metavar="ENTITY", help="keep the neighbourhood of ENTITY")
    parser.add_argument(
        "--hops", type=int, default=1, metavar="K", help="radius of --focus (default 1)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the page (``kg -v viz`` logs where it went)."""
    options = {
        "label_lang": args.label_lang,
        "min_confidence": args.min_confidence,
        "classes": args.classes,
        "relations": args.relations,
        "top": args.top,
        "focus": args.focus,
        "hops": args.hops,
    }
    if args.title:
        options["title"] = args.title
    render_file(args.graph, args.out, **options)
    return 0
