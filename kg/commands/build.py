"""``kg build``: read articles, write the graph in every format and its HTML page."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from rdflib import Graph

from kg.corpus import (
    Analyser,
    Progress,
    Store,
    build_corpus,
    count_documents,
    local_analyser,
    process_analyser,
)
from kg.errors import InputError
from kg.graph import GraphSummary
from kg.io import SAMPLE
from kg.iri import DEFAULT_BASE, check_base
from kg.nlp import DEFAULT_MODEL

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
            "With no INPUT, the bundled sample article is used. The folder keeps each "
            "document's analysis (.kg/): building again skips unchanged documents, so an "
            "interrupted build resumes where it stopped."
        ),
    )
    parser.add_argument("inputs", nargs="*", metavar="INPUT", help="text file, folder or .jsonl")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--out", type=Path, default=None, help="output folder (default ./out)")
    target.add_argument(
        "--into", type=Path, metavar="DIR", help="add the inputs to the graph already built in DIR"
    )
    parser.add_argument(
        "--model", default=DEFAULT_MODEL, help=f"spaCy model (default {DEFAULT_MODEL})"
    )
    parser.add_argument(
        "--base-iri",
        default=DEFAULT_BASE,
        help=f"namespace of minted IRIs (default {DEFAULT_BASE})",
    )
    parser.add_argument(
        "--min-confidence",
        type=float,
        default=0.0,
        metavar="X",
        help="leave out facts whose fused confidence is below X (default 0)",
    )
    parser.add_argument(
        "--no-judge",
        action="store_true",
        help="give facts their extractors' own confidences (by default a model learned "
        "from annotated news gives each fact its confidence: the probability it is right)",
    )
    parser.add_argument(
        "--encoding", default="utf-8", help="encoding of .txt inputs (default utf-8)"
    )
    parser.add_argument(
        "--skip-bad",
        action="store_true",
        help="skip malformed JSONL lines and unreadable files, with a warning each",
    )
    parser.add_argument(
        "--gazetteer",
        action="append",
        default=[],
        metavar="FILE",
        help="also link names with this gazetteer (TSV, format in "
        "kg/data/GAZETTEER.md); repeatable, later files win ties",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="analyse in N processes, each loading the model (default 1)",
    )
    parser.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="analyse on a Dask cluster: scheduler address, or local:N for a "
        "local cluster of N workers (needs kg[dask])",
    )
    parser.add_argument(
        "--batch-size",
        type=int,
        default=32,
        metavar="N",
        help="documents per spaCy batch (default 32)",
    )
    parser.add_argument(
        "--store",
        choices=[s.value for s in Store],
        default=Store.MEMORY.value,
        help="keep the merged graph in memory, or in an on-disk Oxigraph store "
        "in OUT/.kg/store for graphs larger than memory (default memory)",
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="analyse every document again, ignoring stored analyses",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build, write, and print where the outputs are with a short summary."""
    check_base(args.base_iri)
    if args.workers < 1 or args.batch_size < 1:
        raise InputError("--workers and --batch-size must be at least 1")
    inputs = args.inputs or [SAMPLE]
    out_dir = args.into or args.out or Path("out")
    progress = None
    if not args.quiet and sys.stderr.isatty():
        progress = Progress(count_documents(inputs))
    result = build_corpus(
        inputs,
        out_dir,
        into=args.into is not None,
        analyser=_analyser(args),
        base=args.base_iri,
        min_confidence=args.min_confidence,
        store=Store(args.store),
        html=_html_writer(),
        progress=progress,
        encoding=args.encoding,
        skip_bad=args.skip_bad,
        fresh=args.fresh,
    )
    out = sys.stdout
    out.write(f"kg build: {result.documents} document(s) → {out_dir}/\n")
    if result.skipped or result.removed:
        out.write(
            f"  ({result.analysed} analysed, {result.skipped} unchanged, "
            f"{result.removed} removed)\n"
        )
    for name, path in sorted(result.paths.items()):
        out.write(f"  {name:<8} {path}\n")
    out.write(_format_summary(result.summary))
    if result.conformance is not None:
        out.write(f"ontology conformance (domain and range): {result.conformance:.1%}\n")
    return 0


def _analyser(args: argparse.Namespace) -> Analyser:
    options = {
        "model": args.model,
        "batch_size": args.batch_size,
        "gazetteers": [str(path) for path in args.gazetteer],
        "judged": not args.no_judge,
    }
    if args.dask:
        from kg.distributed import dask_analyser

        return dask_analyser(args.dask, **options)
    if args.workers > 1:
        return process_analyser(args.workers, **options)
    return local_analyser(**options)


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
