"""``kg build``: read articles, write the graph in every format and its HTML page."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from rdflib import Graph

from kg.export import write_outputs
from kg.graph import GraphSummary, summary, union_graph
from kg.io import SAMPLE, read_documents
from kg.iri import DEFAULT_BASE, check_base
from kg.nlp import DEFAULT_MODEL
from kg.pipeline import analyse, build_graph

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``kg build``."""
    parser = subparsers.add_parser(
        "build",
        help="build the knowledge graph of articles",
        description=(
            "Read .txt files (an optional first line 'date YYYY-MM[-DD]' is metadata), folders "
            "of them, or .jsonl corpora (id, text, optional date, url, title), and write "
            "graph.ttl, graph.trig, graph.jsonld and graph.html into the output folder. "
            "With no INPUT, the bundled sample article is used."
        ),
    )
    parser.add_argument("inputs", nargs="*", metavar="INPUT", help="text file, folder or .jsonl")
    parser.add_argument("--out", type=Path, default=Path("out"), help="output folder (default ./out)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy model (default {DEFAULT_MODEL})")
    parser.add_argument("--base-iri", default=DEFAULT_BASE, help=f"namespace of minted IRIs (default {DEFAULT_BASE})")
    parser.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                        help="leave out facts whose fused confidence is below X (default 0)")
    parser.add_argument("--encoding", default="utf-8", help="encoding of .txt inputs (default utf-8)")
    parser.add_argument("--skip-bad", action="store_true", help="skip malformed JSONL lines, with a warning")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build, write, and print where the outputs are with a short summary."""
    check_base(args.base_iri)
    inputs = args.inputs or [SAMPLE]
    documents = list(read_documents(inputs, encoding=args.encoding, skip_bad=args.skip_bad))
    dataset = build_graph(analyse(documents, model=args.model), base=args.base_iri,
                          min_confidence=args.min_confidence)
    html = _html_writer()
    paths = write_outputs(dataset, args.out, html=html)
    stats = summary(union_graph(dataset))
    out = sys.stdout
    out.write(f"kg build: {len(documents)} document(s) → {args.out}/\n")
    for name, path in sorted(paths.items()):
        out.write(f"  {name:<8} {path}\n")
    out.write(_format_summary(stats))
    return 0


def _html_writer() -> Callable[[Graph, Path], None] | None:
    try:
        from kg.viz import write_html
    except ImportError:  # the viewer is optional while it is being built
        return None
    return write_html


def _counts(counts: Mapping[str, int]) -> str:
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{name} {n}" for name, n in ordered)


def _format_summary(stats: GraphSummary) -> str:
    return (
        f"entities: {stats.entity_count}  ({_counts(stats.entities)})\n"
        f"facts: {stats.fact_count}  ({_counts(stats.facts)})\n"
    )
