"""Score kg on the held-out news set, article by article, with kg's own evaluator.

Usage::

    .venv/bin/kg build eval/news/articles --out /tmp/news_out --quiet
    .venv/bin/python eval/news/score.py /tmp/news_out

``BUILD`` is either one ``kg build`` output of the whole ``articles/`` folder (a folder with
``graph.ttl``, or a graph file), or a folder holding one build output per article, each
subfolder named like the article file (``01_capgemini_datavalve/graph.ttl``).

Each article is scored with :func:`kg.eval.score_facts` against the predicted facts whose
evidence comes from that article's document only (:attr:`kg.eval.PredictedFact.documents`):
``kg build`` makes one named graph per document but ``kg eval`` reads the union, so scoring
the whole graph against one article's gold would count the other articles' facts as extra.
The figures printed are micro-averages (hits and totals summed over the articles).

Example:
    >>> total = _sum_ratios([Ratio(1, 2), Ratio(2, 3)])
    >>> str(total)
    '0.60 (3/5)'
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError, KGError
from kg.eval import (
    DEFAULT_THRESHOLD,
    EntityReport,
    ExtractorScore,
    GoldEntity,
    Ratio,
    Report,
    check_entities,
    extractor_table,
    predicted_facts,
    read_gold,
    read_gold_entities,
    read_graph,
    report_to_dict,
    score_facts,
)
from kg.io import doc_id_from
from kg.text import match_key

log = logging.getLogger("eval.news")

HERE = Path(__file__).resolve().parent
GOLD_SUFFIX = ".gold.jsonl"
ENTITIES_SUFFIX = ".entities.jsonl"


@dataclass(frozen=True, slots=True)
class Article:
    """One article of the set: its name and its gold files.

    Attributes:
        name: File stem (``01_capgemini_datavalve``).
        gold: Gold facts file.
        entities: Gold entities file, if present.
    """

    name: str
    gold: Path
    entities: Path | None

    @property
    def document_ids(self) -> frozenset[str]:
        """The ids ``kg build`` may give this article's document (it ids files by stem)."""
        return frozenset({self.name, doc_id_from(self.name)})


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """An article's report, next to its name."""

    name: str
    report: Report


@dataclass(frozen=True, slots=True)
class Summary:
    """Micro-averaged figures over the articles.

    Attributes:
        articles: Per-article reports, in file order.
        required_recall: Required gold facts found / required gold facts, all articles.
        all_recall: Gold facts found / gold facts.
        precision: Correct predicted facts / predicted facts attributed to an article.
        high: Precision of facts with confidence >= threshold.
        low: Precision of facts with confidence < threshold.
        per_relation: Relation -> (recall, precision) summed over articles.
        per_extractor: Precision and mean confidence per extractor, over articles.
        unattributed: Predicted facts whose evidence names no article of the set.
        entities: Entity check (per article, or once over the whole graph).
        threshold: The confidence cut.
    """

    articles: tuple[ArticleScore, ...]
    required_recall: Ratio
    all_recall: Ratio
    precision: Ratio
    high: Ratio
    low: Ratio
    per_relation: dict[str, tuple[Ratio, Ratio]]
    per_extractor: tuple[ExtractorScore, ...]
    unattributed: int
    entities: tuple[tuple[str, EntityReport], ...]
    threshold: float

    @property
    def f1(self) -> float | None:
        """Harmonic mean of micro required recall and micro precision."""
        recall, precision = self.required_recall.value, self.precision.value
        if recall is None or precision is None or recall + precision == 0:
            return None
        return 2 * recall * precision / (recall + precision)


def find_articles(gold_dir: Path) -> tuple[Article, ...]:
    """Every ``NN_slug.gold.jsonl`` of ``gold_dir``, with its entities file if present."""
    articles = []
    for path in sorted(gold_dir.glob(f"*{GOLD_SUFFIX}")):
        name = path.name[: -len(GOLD_SUFFIX)]
        entities = gold_dir / f"{name}{ENTITIES_SUFFIX}"
        articles.append(Article(name, path, entities if entities.exists() else None))
    if not articles:
        raise SystemExit(f"no *{GOLD_SUFFIX} files in {gold_dir}")
    return tuple(articles)


def _sum_ratios(ratios: Iterable[Ratio]) -> Ratio:
    hits = total = 0
    for ratio in ratios:
        hits += ratio.hits
        total += ratio.total
    return Ratio(hits, total)


def _is_single_build(build: Path) -> bool:
    return build.is_file() or (build / "graph.ttl").exists()


def score(
    build: Path, articles: Sequence[Article], *, threshold: float = DEFAULT_THRESHOLD
) -> Summary:
    """Score a whole-folder build, or a folder of per-article builds, article by article."""
    if not build.exists():
        raise InputError(f"no kg build output at {str(build)!r}")
    single = _is_single_build(build)
    if not single and not any((build / a.name / "graph.ttl").exists() for a in articles):
        raise InputError(f"{str(build)!r} holds neither graph.ttl nor one build folder per article")
    whole_graph = read_graph(build) if single else None
    whole_facts = predicted_facts(whole_graph) if whole_graph is not None else ()
    scores: list[ArticleScore] = []
    entity_reports: list[tuple[str, EntityReport]] = []
    attributed: set[tuple[str, str, str]] = set()
    for article in articles:
        if whole_graph is not None:
            facts = whole_facts
        else:
            folder = build / article.name
            if not (folder / "graph.ttl").exists():
                log.warning("no build for %s in %s: scored as empty", article.name, build)
                facts = ()
            else:
                graph = read_graph(folder)
                facts = predicted_facts(graph)
                if article.entities is not None:
                    entities = read_gold_entities(article.entities)
                    entity_reports.append((article.name, check_entities(graph, entities)))
        mine = [fact for fact in facts if fact.documents & article.document_ids]
        attributed.update((f.subject, f.predicate, f.object) for f in mine)
        entities = read_gold_entities(article.entities) if article.entities else ()
        report = score_facts(read_gold(article.gold), mine, entities=entities, threshold=threshold)
        scores.append(ArticleScore(article.name, report))
    if whole_graph is not None:
        entity_reports.append(("(whole build)", check_entities(whole_graph, _merged(articles))))
        unattributed = sum(
            (f.subject, f.predicate, f.object) not in attributed for f in whole_facts
        )
    else:
        unattributed = 0
    return _summarise(scores, entity_reports, unattributed, threshold)


def _merged(articles: Sequence[Article]) -> tuple[GoldEntity, ...]:
    """Every article's gold entities for one check over the whole graph.

    A label one article forbids (a byline) but another requires is dropped from the
    forbidden list: over the union graph the two cannot be told apart.
    """
    entities = [
        entity
        for article in articles
        if article.entities is not None
        for entity in read_gold_entities(article.entities)
    ]
    wanted = {match_key(e.label) for e in entities if not e.forbidden}
    seen: set[tuple[str, bool]] = set()
    merged = []
    for entity in entities:
        key = (match_key(entity.label), entity.forbidden)
        if (entity.forbidden and key[0] in wanted) or key in seen:
            continue
        seen.add(key)
        merged.append(entity)
    return tuple(merged)


def _summarise(
    scores: Sequence[ArticleScore],
    entity_reports: Sequence[tuple[str, EntityReport]],
    unattributed: int,
    threshold: float,
) -> Summary:
    recall: dict[str, list[Ratio]] = defaultdict(list)
    precision: dict[str, list[Ratio]] = defaultdict(list)
    for item in scores:
        for relation in item.report.per_relation:
            recall[relation.relation].append(relation.recall)
            precision[relation.relation].append(relation.precision)
    reports = [item.report for item in scores]
    return Summary(
        articles=tuple(scores),
        required_recall=_sum_ratios(r.required_recall for r in reports),
        all_recall=_sum_ratios(r.all_recall for r in reports),
        precision=_sum_ratios(r.precision for r in reports),
        high=_sum_ratios(r.calibration.high for r in reports),
        low=_sum_ratios(r.calibration.low for r in reports),
        per_relation={
            name: (_sum_ratios(recall[name]), _sum_ratios(precision[name]))
            for name in sorted(recall)
        },
        per_extractor=_sum_extractors(reports),
        unattributed=unattributed,
        entities=tuple(entity_reports),
        threshold=threshold,
    )


def _sum_extractors(reports: Sequence[Report]) -> tuple[ExtractorScore, ...]:
    """Per-extractor precision over articles; mean confidence weighted by facts."""
    scores: dict[str, list[ExtractorScore]] = defaultdict(list)
    for report in reports:
        for item in report.per_extractor:
            scores[item.extractor].append(item)
    summed = []
    for name in sorted(scores):
        items = scores[name]
        weighted = [(s.confidence, s.precision.total) for s in items if s.confidence is not None]
        weight = sum(total for _, total in weighted)
        mean = sum(c * total for c, total in weighted) / weight if weight else None
        summed.append(
            ExtractorScore(
                name,
                _sum_ratios(s.precision for s in items),
                None if mean is None else round(mean, 4),
            )
        )
    return tuple(summed)


def format_summary(summary: Summary, *, verbose: bool = False) -> str:
    """The figures as text: totals, per relation, per article (and details if verbose)."""
    cut = f"{summary.threshold:g}"
    f1 = "n/a" if summary.f1 is None else f"{summary.f1:.2f}"
    lines = [
        f"news set: {len(summary.articles)} articles (micro-averaged)",
        f"recall required  {summary.required_recall}",
        f"recall all       {summary.all_recall}",
        f"precision        {summary.precision}",
        f"F1               {f1}",
        f"confidence >= {cut}: precision {summary.high}",
        f"confidence <  {cut}: precision {summary.low}",
    ]
    if summary.unattributed:
        lines.append(
            f"facts with no article in their evidence (not scored): {summary.unattributed}"
        )
    width = max((len(name) for name in summary.per_relation), default=8)
    lines += ["", f"{'relation':<{width}}  {'recall (gold)':<16}  precision (as stated)"]
    for name, (recall, precision) in summary.per_relation.items():
        lines.append(f"{name:<{width}}  {recall!s:<16}  {precision}")
    lines += ["", *extractor_table(summary.per_extractor)]
    lines += [f"{'article':<34}  {'req. recall':<14}  {'all recall':<14}  precision"]
    for item in summary.articles:
        report = item.report
        lines.append(
            f"{item.name:<34}  {report.required_recall!s:<14}  {report.all_recall!s:<14}  "
            f"{report.precision}"
        )
    for name, entities in summary.entities:
        if not verbose and name != "(whole build)":
            continue
        lines += ["", f"entities {name}: {entities.found}/{entities.checked} found as nodes"]
        # The names stay behind -v like the missed facts: a blind set's default output
        # gives figures only, so reading it does not show what to tune for.
        if entities.missing and verbose:
            lines.append(f"  missing: {', '.join(entities.missing)}")
        if entities.forbidden and verbose:
            lines.append(
                f"  forbidden labels that became entities: {', '.join(entities.forbidden)}"
            )
        lines.append(
            f"  split: {len(entities.split)}; type mismatches: {len(entities.type_mismatches)}"
        )
    if verbose:
        for item in summary.articles:
            lines += ["", f"== {item.name}"]
            lines += [f"  missed  {fact}   [{fact.evidence}]" for fact in item.report.missed]
            lines += [f"  missed? {fact}" for fact in item.report.missed_optional]
            lines += [f"  extra   {extra.fact}" for extra in item.report.extra]
    return "\n".join(lines)


def summary_to_dict(summary: Summary) -> dict[str, object]:
    """The summary as JSON-ready values."""

    def ratio(value: Ratio) -> dict[str, object]:
        return {"hits": value.hits, "total": value.total, "value": value.value}

    return {
        "required_recall": ratio(summary.required_recall),
        "all_recall": ratio(summary.all_recall),
        "precision": ratio(summary.precision),
        "f1": summary.f1,
        "threshold": summary.threshold,
        "precision_high": ratio(summary.high),
        "precision_low": ratio(summary.low),
        "unattributed": summary.unattributed,
        "per_extractor": {
            item.extractor: {"precision": ratio(item.precision), "confidence": item.confidence}
            for item in summary.per_extractor
        },
        "per_relation": {
            name: {"recall": ratio(r), "precision": ratio(p)}
            for name, (r, p) in summary.per_relation.items()
        },
        "articles": {item.name: report_to_dict(item.report) for item in summary.articles},
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, score, print. Exit code 0 whatever the scores (it measures)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "build",
        type=Path,
        metavar="BUILD",
        help="kg build output of the whole folder, or a folder of per-article builds",
    )
    parser.add_argument(
        "--gold",
        type=Path,
        default=HERE / "gold",
        metavar="DIR",
        help="folder of NN_slug.gold.jsonl / .entities.jsonl (default: gold/ here)",
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        metavar="X",
        help=f"confidence cut of the calibration lines (default {DEFAULT_THRESHOLD})",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true",
        help="also list missed and extra facts per article and the missing entities' names",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    try:
        summary = score(args.build, find_articles(args.gold), threshold=args.threshold)
    except KGError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(summary_to_dict(summary), ensure_ascii=False, indent=2))
    else:
        print(format_summary(summary, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
