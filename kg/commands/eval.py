"""``kg eval GOLD.jsonl GRAPH``: score a graph against gold facts and print the report.

The exit code is 0 whatever the scores: the command measures, it does not judge. The last
three lines of the plain report are a compact summary (recalls; precision and F1;
precision above and below the confidence threshold) so ``kg eval ... | tail -3`` works.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kg.eval import DEFAULT_THRESHOLD, evaluate, format_report, report_to_dict


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``eval`` subcommand."""
    parser = subparsers.add_parser(
        "eval",
        help=(
            "score a graph against gold facts (precision, recall, F1, per relation and per "
            "extractor, missed/extra facts)"
        ),
        description=(
            "Score a kg graph against gold facts: subject and object match by label or alias "
            "(case, accents and leading articles ignored); inverse, symmetric and "
            "sub-properties count as the same fact. Prints precision, recall of required and "
            "of all facts, F1, precision above/below a confidence threshold, then the missed "
            "and extra facts. Exit code 0 whatever the scores."
        ),
    )
    parser.add_argument(
        "gold",
        type=Path,
        metavar="GOLD.jsonl",
        help="gold facts (subject, predicate, object, required) or RELX records (id, pair, ...)",
    )
    parser.add_argument(
        "graph",
        type=Path,
        metavar="GRAPH",
        help="graph file (.ttl, .trig, .jsonld, .nt, .nq) or a 'kg build' output folder",
    )
    parser.add_argument(
        "--entities",
        type=Path,
        metavar="FILE",
        help="gold entities JSONL (label, type, aliases): widens names, checks the nodes",
    )
    parser.add_argument(
        "--relx",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="sentence-level RELX mode (default: on when the gold records have a 'pair')",
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        metavar="X",
        help=f"confidence cut for the calibration lines (default {DEFAULT_THRESHOLD})",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Evaluate and print the report."""
    report = evaluate(
        args.gold,
        args.graph,
        entities_path=args.entities,
        relx=args.relx,
        threshold=args.threshold,
    )
    if args.json:
        print(json.dumps(report_to_dict(report), ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return 0
