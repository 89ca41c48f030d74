"""Run kg's analysis on development sets and dump labelled candidate pairs (JSON lines).

Usage::

    PYTHONPATH=. .venv/bin/python benchmarks/pairs/extract.py --builds BUILDS --out DATA SET...

``SET`` is a folder of ``eval/`` (``news``, ``holdout3``); ``BUILDS/SET`` must hold the
``kg build`` output of that set's articles (its entity nodes give a mention the other names
kg's graph would give it). One ``DATA/SET.jsonl`` is written: one line per candidate
pair, plus one ``{"article": ..., "ceiling": ...}`` line per article.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

from rdflib import RDFS, SKOS, Graph

from kg.entities.gazetteer import default_gazetteer
from kg.eval import _entity_nodes, read_gold, read_gold_entities, read_graph
from kg.io import doc_id_from, read_documents
from kg.nlp import DEFAULT_MODEL, load_model, parse
from kg.pipeline import analyse_chunks
from kg.text import match_key

sys.path.insert(0, str(Path(__file__).resolve().parent))
from features import Candidate, candidates
from labels import SKIP, ArticleGold, article_gold, label_pair, sentence_words

EVAL = Path(__file__).resolve().parents[2] / "eval"


def node_names(graph: Graph) -> dict[str, tuple[str, ...]]:
    """Match key of each entity node's label → every label and alternative label of it."""
    by_key: dict[str, set[str]] = defaultdict(set)
    for node in _entity_nodes(graph):
        labels = [str(x) for x in graph.objects(node, RDFS.label)]
        names = labels + [str(x) for x in graph.objects(node, SKOS.altLabel)]
        for label in labels:
            by_key[match_key(label)].update(names)
    return {key: tuple(sorted(names)) for key, names in by_key.items()}


def names_of(text: str, graph_names: dict[str, tuple[str, ...]]) -> list[str]:
    """A mention's name and the names kg's graph gives the node of that name."""
    return [text, *(n for n in graph_names.get(match_key(text), ()) if n != text)]


def _record(
    article: str, cand: Candidate, gold: ArticleGold, graph_names: dict[str, tuple[str, ...]]
) -> dict[str, object]:
    first = names_of(cand.first.mention.text, graph_names)
    second = names_of(cand.second.mention.text, graph_names)
    label, hits = label_pair(gold, first, second, sentence_words(cand.text))
    elsewhere = hits if label == SKIP else []
    hits = [] if label == SKIP else hits
    return {
        "article": article,
        "doc": cand.doc_id,
        "sentence": cand.sentence,
        "first": first,
        "second": second,
        "classes": [cand.first.mention.cls, cand.second.mention.cls],
        "coref": [cand.first.coref, cand.second.coref],
        "label": label,
        "hits": hits,
        "elsewhere": elsewhere,
        "features": list(cand.features),
    }


def _ceiling(article: str, gold: ArticleGold, records: Sequence[dict[str, object]]) -> dict:
    """Required gold facts some same-sentence pair reaches (with and without evidence)."""
    reached = {h for r in records for h in r["hits"]}  # type: ignore[attr-defined]
    loose = reached | {h for r in records for h in r["elsewhere"]}  # type: ignore[attr-defined]
    required = [i for i, f in enumerate(gold.facts) if f.required]
    return {
        "article": article,
        "ceiling": {
            "required": len(required),
            "reached": sum(i in reached for i in required),
            "co_occur": sum(i in loose for i in required),
        },
    }


def extract_set(name: str, builds: Path, nlp: object) -> Iterator[dict[str, object]]:
    """Labelled candidate records of every article of one set, and a ceiling line each."""
    folder = EVAL / name
    graph_names = node_names(read_graph(builds / name))
    gazetteer = default_gazetteer()
    golds = {}
    for path in sorted((folder / "gold").glob("*.gold.jsonl")):
        stem = path.name[: -len(".gold.jsonl")]
        entities_path = path.with_name(f"{stem}.entities.jsonl")
        entities = read_gold_entities(entities_path) if entities_path.exists() else ()
        golds[doc_id_from(stem)] = (stem, article_gold(read_gold(path), entities))
    for document, docs in parse(read_documents([folder / "articles"]), nlp):  # type: ignore[arg-type]
        stem, gold = golds[document.id]
        analyse_chunks(document, docs, [], gazetteer)
        started = time.perf_counter()
        found = [c for doc in docs for c in candidates(doc)]
        elapsed = time.perf_counter() - started
        records = [_record(stem, c, gold, graph_names) for c in found]
        yield from records
        line = _ceiling(stem, gold, records)
        line["feature_seconds"] = elapsed
        line["tokens"] = sum(len(d) for d in docs)
        yield line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--builds", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    nlp = load_model(DEFAULT_MODEL)
    for name in args.sets:
        started = time.perf_counter()
        count = 0
        with (args.out / f"{name}.jsonl").open("w", encoding="utf-8") as out:
            for record in extract_set(name, args.builds, nlp):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
        print(f"{name}: {count} lines in {time.perf_counter() - started:.1f}s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
