"""Fit kg's judge on first-contact dumps, report leave-one-set-out figures, write weights.

Usage::

    python eval/judge/train.py DUMPS [--out kg/data/judge.json] [--no-write]

``DUMPS`` holds one ``SET.jsonl`` per annotated set (``eval/judge/dump.py`` of the kg
version that first met the set, see ``first_contact.tsv``). Each triple is labelled right
when its fact states a gold fact of its article (:func:`kg.eval.assess_fact`'s rules,
gold names widened by the article's gold entities). Features are
:func:`kg.judge.evidence_features`, so training and building see the same thing.

The model is an L2-regularised logistic regression fitted by full-batch gradient descent
(Adam steps, fixed count: the same dumps give the same weights). Features seen in fewer
than ``MIN_SETS`` training sets are dropped: a word that only one set's articles use says
something about that set, not about French news.

Leave-one-set-out: for each set, a judge fitted on the others scores that set's facts;
the table gives, per set and pooled, the facts it scores at ``CUT`` or more (what
``kg build --min-confidence 0.5`` would keep), how many of them are right, and the required
gold facts they find, against the same for every fact; then the same pooled at other cuts,
and how well the judge's probability ranks right facts above wrong ones.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kg.eval import GoldEntity, GoldFact, PredictedFact, assess_fact, read_gold, read_gold_entities
from kg.judge import DocumentFacts, Judge, evidence_features
from kg.model import Triple
from kg.serialize import triple_from_dict

EVAL = Path(__file__).resolve().parent.parent
MIN_SETS = 3
L2 = 5.0
STEPS = 300
RATE = 0.05
#: The cut of the leave-one-set-out table (the judge itself leaves every fact in).
CUT = 0.5
#: Cuts the leave-one-set-out report also pools (what a lower or higher cut would do).
SWEEP = (0.2, 0.3, 0.4, 0.5, 0.6)


@dataclass(frozen=True, slots=True)
class Example:
    """One triple with its features, its fact and whether the fact is right."""

    set: str
    fact: tuple[str, str, str, str]  # document, subject entity, relation, object entity
    features: frozenset[str]
    right: bool
    required: frozenset[int]  # indices of the required gold facts of its article it states
    confidence: float  # the extractor's own


def load(dumps: Path) -> list[Example]:
    """Every triple of every ``SET.jsonl`` in ``dumps``, featured and labelled."""
    examples = []
    for path in sorted(dumps.glob("*.jsonl")):
        examples += _examples(path.stem, path)
    return examples


def _examples(name: str, path: Path) -> list[Example]:
    by_document: dict[str, list[tuple[Triple, dict]]] = defaultdict(list)
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        if row["kind"] == "triple":
            triple = triple_from_dict(row)
            by_document[triple.provenance.doc_id].append((triple, row))
    examples = []
    for doc_id, rows in sorted(by_document.items()):
        gold, entities = _gold(name, doc_id)
        document = DocumentFacts.of([t for t, _ in rows])
        for triple, row in rows:
            said = PredictedFact(
                "s", triple.predicate, "o", tuple(row["s_names"]), tuple(row["o_names"])
            )
            hits, right = assess_fact(said, gold, entities=entities)
            fact = (
                doc_id,
                triple.subject.entity or "",
                triple.predicate,
                triple.object.entity or "",
            )
            required = frozenset(i for i in hits if gold[i].required)
            features = evidence_features(triple, document)
            confidence = triple.provenance.confidence
            examples.append(Example(name, fact, features, right, required, confidence))
    return examples


def _gold(name: str, doc_id: str) -> tuple[tuple[GoldFact, ...], tuple[GoldEntity, ...]]:
    folder = EVAL / name / "gold"
    facts, entities = folder / f"{doc_id}.gold.jsonl", folder / f"{doc_id}.entities.jsonl"
    return (
        read_gold(facts) if facts.exists() else (),
        read_gold_entities(entities) if entities.exists() else (),
    )


def fit(examples: Sequence[Example]) -> Judge:
    """The judge fitted on ``examples`` (features of fewer than MIN_SETS sets dropped)."""
    sets_of: dict[str, set[str]] = defaultdict(set)
    for example in examples:
        for feature in example.features:
            sets_of[feature].add(example.set)
    names = sorted(f for f, sets in sets_of.items() if len(sets) >= MIN_SETS)
    index = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(examples), len(names)))
    for row, example in enumerate(examples):
        for feature in example.features:
            if feature in index:
                x[row, index[feature]] = 1.0
    y = np.array([float(e.right) for e in examples])
    w, b = np.zeros(len(names)), 0.0
    mw, vw, mb, vb = np.zeros(len(names)), np.zeros(len(names)), 0.0, 0.0
    n = len(examples)
    for step in range(1, STEPS + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        gw, gb = x.T @ (p - y) / n + L2 * w / n, float(np.mean(p - y))
        mw, vw = 0.9 * mw + 0.1 * gw, 0.999 * vw + 0.001 * gw * gw
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb * gb
        correction = math.sqrt(1 - 0.999**step) / (1 - 0.9**step)
        w -= RATE * correction * mw / (np.sqrt(vw) + 1e-8)
        b -= RATE * correction * mb / (math.sqrt(vb) + 1e-8)
    weights = {name: round(float(w[i]), 4) for name, i in index.items() if round(float(w[i]), 4)}
    return Judge(weights, round(b, 4))


@dataclass
class Tally:
    """Facts kept, right among them, and required gold facts they state."""

    kept: int = 0
    right: int = 0
    required: int = 0

    def add(self, other: Tally) -> None:
        self.kept, self.right, self.required = (
            self.kept + other.kept,
            self.right + other.right,
            self.required + other.required,
        )

    def __str__(self) -> str:
        return (
            f"{self.right}/{self.kept} ({self.right / max(self.kept, 1):.2f}) req {self.required}"
        )


def tally(examples: Iterable[Example], keep: Iterable[bool]) -> Tally:
    """Fact-level figures: a fact is kept when one of its triples is."""
    facts: dict[tuple[str, str, str, str], list[Example]] = defaultdict(list)
    kept: set[tuple[str, str, str, str]] = set()
    for example, keep_it in zip(examples, keep, strict=True):
        facts[example.fact].append(example)
        if keep_it:
            kept.add(example.fact)
    required = {(f[0], i) for f in kept for e in facts[f] for i in e.required}
    right = sum(1 for f in kept if facts[f][0].right)
    return Tally(len(kept), right, len(required))


def leave_one_out(examples: Sequence[Example]) -> None:
    """Print the leave-one-set-out table."""
    pooled_all, pooled_judged = Tally(), Tally()
    scored: list[tuple[bool, float, float]] = []  # right, judge's probability, extractor's
    held_out: list[tuple[Example, float]] = []  # each set's facts with its held-out judge's
    print(f"{'set':<10} {'every fact':<26} at {CUT} (judge fitted on the other sets)")
    for name in sorted({e.set for e in examples}):
        test = [e for e in examples if e.set == name]
        judge = fit([e for e in examples if e.set != name])
        every = tally(test, [True] * len(test))
        probabilities = [judge.probability(e.features) for e in test]
        scored += [(e.right, p, e.confidence) for e, p in zip(test, probabilities, strict=True)]
        judged = tally(test, [p >= CUT for p in probabilities])
        held_out += zip(test, probabilities, strict=True)
        pooled_all.add(every)
        pooled_judged.add(judged)
        print(f"{name:<10} {every!s:<26} {judged}")
    print(f"{'pooled':<10} {pooled_all!s:<26} {pooled_judged}")
    print("pooled at other cuts (facts kept, right among them, required found, wrong):")
    for cut in SWEEP:
        at = tally((e for e, _ in held_out), [p >= cut for _, p in held_out])
        print(f"  {cut:.2f}  {at}  wrong {at.kept - at.right}")
    right = [r for r, _, _ in scored]
    print(
        f"area under the ROC curve, triples: judge {auc(right, [p for _, p, _ in scored]):.3f}, "
        f"extractors' confidence {auc(right, [c for _, _, c in scored]):.3f}"
    )


def auc(right: Sequence[bool], scores: Sequence[float]) -> float:
    """Probability that a right triple scores above a wrong one (ties count half)."""
    ranked = sorted(zip(scores, right, strict=True))
    positives = sum(right)
    negatives = len(right) - positives
    if not positives or not negatives:
        return float("nan")
    total, below, i = 0.0, 0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        tied_right = sum(1 for _, r in ranked[i:j] if r)
        tied_wrong = (j - i) - tied_right
        total += tied_right * (below + tied_wrong / 2)
        below += tied_wrong
        i = j
    return total / (positives * negatives)


def main(argv: list[str] | None = None) -> int:
    """Command line: see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", type=Path)
    parser.add_argument("--out", type=Path, default=EVAL.parent / "kg" / "data" / "judge.json")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--no-loso", action="store_true", help="skip the leave-one-set-out table")
    args = parser.parse_args(argv)
    examples = load(args.dumps)
    sets = sorted({e.set for e in examples})
    print(f"{len(examples)} triples of {len(sets)} sets: {', '.join(sets)}")
    if not args.no_loso:
        leave_one_out(examples)
    if not args.no_write:
        judge = fit(examples)
        data = {
            "trained_on": f"first-contact triples of {', '.join(sets)} (eval/judge)",
            "bias": judge.bias,
            "weights": dict(sorted(judge.weights.items())),
        }
        args.out.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({len(judge.weights)} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
