"""Leave-one-set-out study: does a pair classifier add right facts to kg's output?

Usage::

    PYTHONPATH=. .venv/bin/python benchmarks/pairs/study.py --data DATA --builds BUILDS

``DATA`` holds the ``SET.jsonl`` files of :mod:`extract`, ``BUILDS/SET`` the ``kg build``
output of each set. For each set held out, the model is trained on the other sets' pairs
(``SKIP`` pairs left out), predicts the held-out pairs, and its facts at or above each
threshold are added to kg's facts for that set, article by article, scored with
:mod:`kg.eval`'s matching.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from kg.eval import (
    PredictedFact,
    _keys,
    _matches,
    _stated_by,
    _statements,
    predicted_facts,
    read_gold,
    read_gold_entities,
    read_graph,
)
from kg.io import doc_id_from

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labels import NONE, SKIP, ArticleGold, article_gold, fits, predicted
from model import train

EVAL = Path(__file__).resolve().parents[2] / "eval"
SETS = ("news", *(f"holdout{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10)))
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


@dataclass
class Tally:
    """Counts of one held-out set (or pooled) at one threshold.

    Attributes:
        pairs: Distinct facts the model predicts.
        pairs_required: Of them, facts matching a required gold fact.
        pairs_gold: Facts matching or stated by any gold fact.
        added: Predicted facts kg's output does not already hold.
        added_right: Of them, facts matching or stated by a gold fact.
        added_new_required: Required gold facts found by added facts and not by kg.
        required: Required gold facts.
        kg_found: Required gold facts kg finds.
        kg_predicted: kg's predicted facts.
        kg_right: Of them, correct ones.
        missed_reachable: Required gold facts kg misses that a same-sentence pair reaches.
        relations: Per predicted relation: [added, right, new required].
    """

    pairs: int = 0
    pairs_required: int = 0
    pairs_gold: int = 0
    added: int = 0
    added_right: int = 0
    added_new_required: int = 0
    required: int = 0
    kg_found: int = 0
    kg_predicted: int = 0
    kg_right: int = 0
    missed_reachable: int = 0
    relations: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))

    def add(self, other: Tally) -> None:
        """Sum another tally into this one."""
        for name in (
            "pairs",
            "pairs_required",
            "pairs_gold",
            "added",
            "added_right",
            "added_new_required",
            "required",
            "kg_found",
            "kg_predicted",
            "kg_right",
            "missed_reachable",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for relation, counts in other.relations.items():
            mine = self.relations[relation]
            for i, n in enumerate(counts):
                mine[i] += n


def load(data: Path, name: str) -> tuple[list[dict], list[dict]]:
    """A set's candidate records and its per-article ceiling lines."""
    lines = [json.loads(line) for line in (data / f"{name}.jsonl").open(encoding="utf-8")]
    return [x for x in lines if "label" in x], [x for x in lines if "ceiling" in x]


def golds(name: str) -> dict[str, tuple[ArticleGold, frozenset[str]]]:
    """Article stem → its keyed gold and the document ids kg may give it."""
    found = {}
    for path in sorted((EVAL / name / "gold").glob("*.gold.jsonl")):
        stem = path.name[: -len(".gold.jsonl")]
        entities_path = path.with_name(f"{stem}.entities.jsonl")
        entities = read_gold_entities(entities_path) if entities_path.exists() else ()
        found[stem] = (
            article_gold(read_gold(path), entities),
            frozenset({stem, doc_id_from(stem)}),
        )
    return found


def _states(fact: PredictedFact, other: PredictedFact) -> bool:
    """Whether ``fact`` states ``other``: same relation (or a sub-relation, an inverse with
    the ends swapped, a symmetric one either way) between names with a common key."""
    subject, obj = _keys(fact.subject_names), _keys(fact.object_names)
    for name, swapped in _statements(fact.predicate):
        if name != other.predicate:
            continue
        first, second = (obj, subject) if swapped else (subject, obj)
        if first & _keys(other.subject_names) and second & _keys(other.object_names):
            return True
    return False


def _same_fact(fact: PredictedFact, other: PredictedFact) -> bool:
    """Whether kg's fact ``other`` already says the model's ``fact`` (or the reverse)."""
    return _states(other, fact) or _states(fact, other)


def predictions(
    records: Sequence[dict],
    probs: np.ndarray,
    classes: Sequence[str],
    threshold: float,
    *,
    typed: bool = False,
) -> dict[str, list[PredictedFact]]:
    """Distinct predicted facts per article at or above ``threshold``.

    With ``typed``, a relation whose domain or range the ends' classes do not fit is
    never predicted.
    """
    none = classes.index(NONE)
    scored = probs.copy()
    scored[:, none] = -1.0
    if typed:
        for i, record in enumerate(records):
            first, second = record["classes"]
            for k, label in enumerate(classes):
                if k != none and not fits(label, first, second):
                    scored[i, k] = -1.0
    best = scored.argmax(axis=1)
    facts: dict[str, dict[tuple, PredictedFact]] = defaultdict(dict)
    for record, column, row in zip(records, best, scored, strict=True):
        if row[column] < threshold:
            continue
        fact = predicted(classes[column], record["first"], record["second"])
        key = (_keys(fact.subject_names), fact.predicate, _keys(fact.object_names))
        facts[record["article"]].setdefault(key, fact)
    return {article: list(found.values()) for article, found in facts.items()}


def score_article(
    gold: ArticleGold,
    kg: Sequence[PredictedFact],
    added: Sequence[PredictedFact],
    reachable: frozenset[int] = frozenset(),
) -> Tally:
    """Score kg's facts of an article, then the model's facts added to them.

    ``reachable``: the gold facts some candidate pair of the article would recall.
    """
    tally = Tally()
    required = {i for i, f in enumerate(gold.facts) if f.required}
    kg_found: set[int] = set()
    for fact in kg:
        hits = {i for i, keys in enumerate(gold.keyed) if _matches(fact, keys)}
        kg_found |= hits
        tally.kg_right += bool(hits) or any(_stated_by(fact, keys) for keys in gold.keyed)
    tally.required, tally.kg_found, tally.kg_predicted = (
        len(required),
        len(required & kg_found),
        len(kg),
    )
    tally.missed_reachable = len((required & reachable) - kg_found)
    new_found: set[int] = set()
    for fact in added:
        hits = {i for i, keys in enumerate(gold.keyed) if _matches(fact, keys)}
        right = bool(hits) or any(_stated_by(fact, keys) for keys in gold.keyed)
        tally.pairs += 1
        tally.pairs_required += bool(hits & required)
        tally.pairs_gold += right
        if any(_same_fact(fact, other) for other in kg):
            continue
        tally.added += 1
        tally.added_right += right
        fresh = (hits & required) - kg_found - new_found
        new_found |= fresh
        counts = tally.relations[fact.predicate]
        counts[0] += 1
        counts[1] += right
        counts[2] += len(fresh)
    tally.added_new_required = len(new_found)
    return tally


def held_out_probs(
    data: Sequence[Path], test_data: Path, name: str, cache: Path | None, **options: float
) -> tuple[np.ndarray, list[str], float]:
    """Train on every set of each ``data`` folder but ``name``, predict ``name``'s pairs of
    ``test_data`` (cached in ``cache``).

    Returns the probabilities, the class names and the inference seconds.
    """
    stored = cache / f"{name}.npz" if cache else None
    if stored is not None and stored.exists():
        saved = np.load(stored)
        return saved["probs"], list(saved["classes"]), float(saved["seconds"])
    train_rows, train_labels = [], []
    for folder, other in ((f, o) for f in data for o in SETS):
        if other == name:
            continue
        records, _ = load(folder, other)
        kept = [r for r in records if r["label"] != SKIP]
        train_rows += [r["features"] for r in kept]
        train_labels += [r["label"] for r in kept]
    model = train(train_rows, train_labels, **options)  # type: ignore[arg-type]
    records, _ = load(test_data, name)
    started = time.perf_counter()
    probs = model.predict([r["features"] for r in records])
    seconds = time.perf_counter() - started
    if stored is not None:
        stored.parent.mkdir(parents=True, exist_ok=True)
        np.savez(stored, probs=probs, classes=np.array(model.classes), seconds=seconds)
    return probs, model.classes, seconds


def score_set(
    data: Path,
    builds: Path,
    name: str,
    probs: np.ndarray,
    classes: list[str],
    *,
    typed: bool = False,
) -> dict[float, Tally]:
    """Add the model's facts to kg's (``builds/name``) at every threshold and score them."""
    records, _ = load(data, name)
    kg_facts = predicted_facts(read_graph(builds / name))
    by_article = golds(name)
    reachable: dict[str, frozenset[int]] = defaultdict(frozenset)
    for record in records:
        reachable[record["article"]] |= frozenset(record["hits"])
    out = {}
    for threshold in THRESHOLDS:
        facts = predictions(records, probs, classes, threshold, typed=typed)
        total = Tally()
        for stem, (gold, ids) in by_article.items():
            mine = [f for f in kg_facts if f.documents & ids]
            total.add(score_article(gold, mine, facts.get(stem, []), reachable[stem]))
        out[threshold] = total
    return out


def _ratio(hits: int, total: int) -> str:
    return f"{hits / total:.3f}" if total else "-"


def row(name: str, t: Tally) -> str:
    """One table line: added facts, right, new required, wrong, recall and precision."""
    before_r = _ratio(t.kg_found, t.required)
    after_r = _ratio(t.kg_found + t.added_new_required, t.required)
    before_p = _ratio(t.kg_right, t.kg_predicted)
    after_p = _ratio(t.kg_right + t.added_right, t.kg_predicted + t.added)
    return (
        f"| {name} | {t.pairs} | {t.pairs_required} | {t.pairs_gold} | {t.added} | "
        f"{t.added_right} ({_ratio(t.added_right, t.added)}) | {t.added_new_required} | "
        f"{t.added - t.added_right} | {before_r} → {after_r} | {before_p} → {after_p} |"
    )


HEADER = (
    "| set | pairs | =required | =gold | added | added right (prec.) | new required | "
    "added wrong | req. recall | precision |\n|---|---|---|---|---|---|---|---|---|---|"
)


def ceiling(data: Path) -> str:
    """Required gold facts reachable as a same-sentence pair (evidence sentence, or any)."""
    required = reached = co_occur = 0
    seconds = tokens = 0.0
    for name in SETS:
        _, lines = load(data, name)
        for line in lines:
            required += line["ceiling"]["required"]
            reached += line["ceiling"]["reached"]
            co_occur += line["ceiling"]["co_occur"]
            seconds += line["feature_seconds"]
            tokens += line["tokens"]
    return (
        f"required {required}; a pair in the evidence sentence for {reached} "
        f"({reached / required:.3f}); a pair in some sentence for {co_occur} "
        f"({co_occur / required:.3f}); candidate features: {seconds:.2f}s for {tokens:.0f} tokens"
    )


def tables(per_set: dict[str, dict[float, Tally]]) -> list[str]:
    """Markdown tables, one per threshold, per set and pooled, and per-relation counts."""
    lines = []
    for t in THRESHOLDS:
        pooled = Tally()
        lines += [f"\n#### threshold {t}\n", HEADER]
        for name, tallies in per_set.items():
            pooled.add(tallies[t])
            lines.append(row(name, tallies[t]))
        lines.append(row("**pooled**", pooled))
        lines.append(
            f"\nkg misses {pooled.required - pooled.kg_found} required facts, "
            f"{pooled.missed_reachable} of them reachable as a same-sentence pair"
        )
        relations = sorted(pooled.relations.items(), key=lambda item: -item[1][0])
        lines.append(
            "\nper relation (added / right / new required): "
            + ", ".join(f"{r} {a}/{b}/{c}" for r, (a, b, c) in relations)
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--builds", type=Path, nargs="+", required=True)
    parser.add_argument(
        "--extra-train",
        type=Path,
        nargs="*",
        default=[],
        help="more folders of pairs to train on (the held-out set's left out of each)",
    )
    parser.add_argument(
        "--test-data",
        type=Path,
        default=None,
        help="pairs of the held-out set from another kg version (default: --data)",
    )
    parser.add_argument("--cache", type=Path, default=None, help="folder for LOSO probabilities")
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--epochs", type=int, default=300)
    parser.add_argument("--sets", nargs="*", default=list(SETS))
    parser.add_argument(
        "--typed", action="store_true", help="drop relations the classes do not fit"
    )
    args = parser.parse_args(argv)
    test_data = args.test_data or args.data
    print("ceiling:", ceiling(test_data))
    probs = {}
    for name in args.sets:
        started = time.perf_counter()
        probs[name] = held_out_probs(
            [args.data, *args.extra_train],
            test_data,
            name,
            args.cache,
            l2=args.l2,
            epochs=args.epochs,
        )
        print(
            f"{name}: model in {time.perf_counter() - started:.1f}s, "
            f"inference {probs[name][2]:.3f}s",
            flush=True,
        )
    for builds in args.builds:
        per_set = {
            name: score_set(test_data, builds, name, p, c, typed=args.typed)
            for name, (p, c, _) in probs.items()
        }
        print(f"\n### kg output: {builds}")
        print("\n".join(tables(per_set)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
