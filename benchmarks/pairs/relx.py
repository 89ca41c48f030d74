"""Test the pair classifier, trained on all development sets, on RELX-FR (test only).

Usage::

    PYTHONPATH=. .venv/bin/python benchmarks/pairs/relx.py --data DATA --relx FILE \\
        --build BUILD [--threshold 0.8]

``BUILD`` is the ``kg build`` output of the RELX JSONL file. The model's facts at or above
the threshold are added to kg's (those kg already states left out) and both are scored
with :func:`kg.eval.score_relx`; only facts between the annotated pair are scored.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from kg.entities.gazetteer import default_gazetteer
from kg.eval import PredictedFact, predicted_facts, read_graph, read_relx, score_relx
from kg.io import read_documents
from kg.nlp import DEFAULT_MODEL, load_model, parse
from kg.pipeline import analyse_chunks

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract import names_of, node_names
from features import candidates
from labels import NONE, SKIP, predicted
from model import Model, train
from study import SETS, _same_fact, load


def model_facts(
    relx: Path, graph_names: dict[str, tuple[str, ...]], model: Model, threshold: float
) -> list[PredictedFact]:
    """The model's facts on every RELX sentence at or above ``threshold``."""
    nlp = load_model(DEFAULT_MODEL)
    gazetteer = default_gazetteer()
    found: list[PredictedFact] = []
    for document, docs in parse(read_documents([relx]), nlp):
        analyse_chunks(document, docs, [], gazetteer)
        pairs = [c for doc in docs for c in candidates(doc)]
        if not pairs:
            continue
        probs = model.predict([c.features for c in pairs])
        none = model.classes.index(NONE)
        probs[:, none] = -1.0
        for cand, row in zip(pairs, probs, strict=True):
            column = int(row.argmax())
            if row[column] < threshold:
                continue
            fact = predicted(
                model.classes[column],
                names_of(cand.first.mention.text, graph_names),
                names_of(cand.second.mention.text, graph_names),
            )
            found.append(
                PredictedFact(
                    fact.subject,
                    fact.predicate,
                    fact.object,
                    fact.subject_names,
                    fact.object_names,
                    documents=frozenset({document.id}),
                )
            )
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--relx", type=Path, required=True)
    parser.add_argument("--build", type=Path, required=True)
    parser.add_argument("--threshold", type=float, nargs="+", default=[0.8])
    parser.add_argument("--l2", type=float, default=1e-3)
    args = parser.parse_args(argv)
    rows, labels = [], []
    for name in SETS:
        records, _ = load(args.data, name)
        kept = [r for r in records if r["label"] != SKIP]
        rows += [r["features"] for r in kept]
        labels += [r["label"] for r in kept]
    model = train(rows, labels, l2=args.l2)
    graph = read_graph(args.build)
    kg = list(predicted_facts(graph))
    relx = read_relx(args.relx)
    before = score_relx(relx, kg)
    print(f"kg alone: recall {before.all_recall}, precision {before.precision}")
    for threshold in args.threshold:
        started = time.perf_counter()
        mine = model_facts(args.relx, node_names(graph), model, threshold)
        added = [
            f for f in mine if not any(_same_fact(f, k) for k in kg if k.documents & f.documents)
        ]
        alone = score_relx(relx, added)
        after = score_relx(relx, kg + added)
        print(
            f"t={threshold}: model facts between the pair {alone.predicted}, "
            f"right {alone.precision}; "
            f"kg + model: recall {after.all_recall}, precision {after.precision} "
            f"({time.perf_counter() - started:.0f}s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
