"""Oxigraph against rdflib on a ~1M-triple graph shaped like kg's exports.

Generates a deterministic graph (entities with labels, alternative labels, types and
Wikidata links; facts; one assertion and one evidence record per fact; documents), writes
it as Turtle, then in one run measures for each engine:

* load: parsing the Turtle file (rdflib ``Graph.parse`` / Oxigraph ``Store.bulk_load``);
* a handful of typical queries (the ready ones of ``ontology/queries/`` and two simple
  look-ups) run through :func:`kg.query.run_query`, so the guard and the term conversion
  are included; rows counts are compared between the engines.

rdflib's evaluator joins by nested loops, and some of the ready queries do not finish on
it at this size; each rdflib query therefore runs in a forked child (sharing the loaded
graph) that is killed at ``--limit`` seconds, and is reported as "> limit".

The ratios (rdflib time / Oxigraph time) go to the ``## SPARQL`` section of
``benchmarks/RESULTS.md`` with the machine and the date; other sections are left alone.

Run: ``.venv/bin/python benchmarks/sparql_bench.py [--facts 55000] [--no-write]``.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import logging
import multiprocessing
import random
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib
import results as bench_results  # benchmarks/results.py (scripts run from benchmarks/)

from kg.query import Engine, check_query, load_store, run_query, stored_query

logger = logging.getLogger("sparql_bench")

KGO = "https://w3id.org/kg/ontology#"
BASE = "https://w3id.org/kg/resource/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
WD = "http://www.wikidata.org/entity/"

#: Entity classes and their share of the entities.
CLASSES = (
    ("Person", 0.35),
    ("Company", 0.3),
    ("City", 0.15),
    ("Country", 0.05),
    ("Product", 0.1),
    ("GovernmentBody", 0.05),
)
#: Relations the generator uses, with the classes of their ends (as kg.ttl allows).
RELATIONS = (
    ("cofounderOf", ("Person",), ("Company",)),
    ("ceoOf", ("Person",), ("Company",)),
    ("employeeOf", ("Person",), ("Company", "GovernmentBody")),
    ("opensOfficeIn", ("Company",), ("City", "Country")),
    ("basedIn", ("Company",), ("City",)),
    ("investsIn", ("Company", "Person"), ("Company",)),
    ("partnerOf", ("Company",), ("Company", "GovernmentBody")),
    ("makes", ("Company",), ("Product",)),
    ("bornIn", ("Person",), ("City", "Country")),
)
EXTRACTORS = ("kg.apposition.v1", "kg.svo.v1", "kg.nominal.v1")


@dataclass(frozen=True, slots=True)
class Timing:
    """One measured step on both engines; ``rdflib_s`` is None when rdflib hit the limit."""

    name: str
    rdflib_s: float | None
    oxigraph_s: float
    rows: int
    limit: float

    def cells(self) -> tuple[str, str]:
        """The rdflib time and the ratio as table cells."""
        if self.rdflib_s is None:
            return f"> {self.limit:.0f}", f"> {self.limit / self.oxigraph_s:,.0f}x"
        return f"{self.rdflib_s:.2f}", f"{self.rdflib_s / self.oxigraph_s:,.0f}x"


def generate(path: Path, facts: int, seed: int = 7) -> int:
    """Write a kg-shaped Turtle file and return its number of triples."""
    rng = random.Random(seed)
    entities = max(facts * 2 // 5, 100)
    documents = max(facts // 25, 10)
    names = [cls for cls, _ in CLASSES]
    weights = [share for _, share in CLASSES]
    by_class: dict[str, list[int]] = {cls: [] for cls in names}
    quads: list[ox.Quad] = []

    def add(s: str, p: str, o: ox.NamedNode | ox.Literal) -> None:
        quads.append(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), o))

    def typed(value: object, datatype: str) -> ox.Literal:
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + datatype))

    for n in range(entities):
        cls = rng.choices(names, weights)[0]
        rank = len(by_class[cls])  # "Company 0" is the busiest company (see pick)
        by_class[cls].append(n)
        iri = f"{BASE}entity/{cls.lower()}/e{n}"
        add(iri, RDF + "type", ox.NamedNode(KGO + cls))
        add(iri, RDFS + "label", ox.Literal(f"{cls} {rank}"))
        add(iri, SKOS + "altLabel", ox.Literal(f"{cls} {rank}"))
        add(iri, SKOS + "altLabel", ox.Literal(f"{cls[:3]}. {rank}"))
        add(iri, KGO + "mentionCount", typed(rng.randint(1, 40), "integer"))
        if rng.random() < 0.3:
            add(iri, OWL + "sameAs", ox.NamedNode(f"{WD}Q{100 + n}"))
    for d in range(documents):
        doc = f"{BASE}doc/d{d}"
        add(doc, RDF + "type", ox.NamedNode(KGO + "Document"))
        add(doc, DCT + "identifier", ox.Literal(f"d{d}"))
        add(doc, DCT + "date", typed(f"2024-{1 + d % 12:02d}-{1 + d % 28:02d}", "date"))

    def pick(classes: tuple[str, ...]) -> str:
        cls = rng.choice([c for c in classes if by_class[c]])
        pool = by_class[cls]
        # Zipf-like choice: a few hubs take part in many facts, as news entities do.
        index = min(int(rng.paretovariate(1.2)) - 1, len(pool) - 1)
        chosen = pool[index if rng.random() < 0.5 else rng.randrange(len(pool))]
        return f"{BASE}entity/{cls.lower()}/e{chosen}"

    for f in range(facts):
        relation, domain, range_ = rng.choice(RELATIONS)
        subject, obj = pick(domain), pick(range_)
        confidence = round(rng.uniform(0.2, 0.99), 3)
        assertion, evidence = f"{BASE}assertion/a{f}", f"{BASE}evidence/e{f}"
        doc = f"{BASE}doc/d{rng.randrange(documents)}"
        add(subject, KGO + relation, ox.NamedNode(obj))
        add(assertion, RDF + "type", ox.NamedNode(KGO + "Assertion"))
        add(assertion, RDF + "subject", ox.NamedNode(subject))
        add(assertion, RDF + "predicate", ox.NamedNode(KGO + relation))
        add(assertion, RDF + "object", ox.NamedNode(obj))
        add(assertion, KGO + "confidence", typed(confidence, "double"))
        add(assertion, KGO + "evidence", ox.NamedNode(evidence))
        add(evidence, RDF + "type", ox.NamedNode(KGO + "Evidence"))
        add(evidence, PROV + "wasDerivedFrom", ox.NamedNode(doc))
        index = rng.randrange(60)
        add(evidence, KGO + "sentence", ox.Literal(f"Phrase {index} du document, fait numéro {f}."))
        add(evidence, KGO + "sentenceIndex", typed(index, "integer"))
        add(evidence, KGO + "startChar", typed(index * 120, "integer"))
        add(evidence, KGO + "endChar", typed(index * 120 + 90, "integer"))
        add(evidence, KGO + "extractor", ox.Literal(rng.choice(EXTRACTORS)))
        add(evidence, KGO + "confidence", typed(confidence, "double"))
        add(evidence, KGO + "modality", ox.NamedNode(KGO + "Asserted"))
    store = ox.Store()
    store.bulk_extend(quads)
    store.dump(
        path,
        format=ox.RdfFormat.TURTLE,
        from_graph=ox.DefaultGraph(),
        prefixes={
            "kgo": KGO,
            "kgr": BASE,
            "rdfs": RDFS,
            "skos": SKOS,
            "owl": OWL,
            "prov": PROV,
            "dcterms": DCT,
            "xsd": XSD,
            "wd": WD,
        },
    )
    return len(store)


def timed(action):  # type: ignore[no-untyped-def]
    gc.collect()
    start = time.perf_counter()
    value = action()
    return value, time.perf_counter() - start


#: Two simple look-ups besides the ready queries: (label, SPARQL, bindings).
LOOKUPS = (
    (
        "entity by label (bound)",
        "SELECT ?label ?entity ?class WHERE { ?entity rdfs:label ?label ; a ?class }",
        {"label": "Company 7"},
    ),
    (
        "triples per predicate",
        "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n)",
        None,
    ),
)

#: (label, stored query, bindings) measured on both engines.
QUERIES = (
    ("facts about an entity (bound label)", "entity_facts", {"label": "Company 7"}),
    ("founders and leaders", "founders_and_leaders", None),
    ("facts from one document", "document_facts", {"document": "d5"}),
    ("facts below confidence 0.22", "low_confidence_facts", {"threshold": 0.22}),
    ("entities linked to Wikidata", "wikidata_links", None),
    ("most connected entities", "most_connected", None),
)


def _rdflib_child(graph: rdflib.Graph, text: str, bindings, conn) -> None:  # type: ignore[no-untyped-def]
    result, seconds = timed(lambda: run_query(graph, text, bindings=bindings, engine=Engine.RDFLIB))
    conn.send((seconds, len(result.rows)))


def rdflib_query(graph: rdflib.Graph, text: str, bindings, limit: float):  # type: ignore[no-untyped-def]
    """(seconds, rows) of the query on rdflib in a forked child, or (None, None) past ``limit``."""
    context = multiprocessing.get_context("fork")  # the child shares the loaded graph
    parent, child = context.Pipe()
    process = context.Process(target=_rdflib_child, args=(graph, text, bindings, child))
    process.start()
    try:
        if parent.poll(limit):
            return parent.recv()
        return None, None
    finally:
        process.kill()
        process.join()


def run(facts: int, limit: float) -> tuple[int, list[Timing], dict[str, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.ttl"
        triples, seconds = timed(lambda: generate(path, facts))
        logger.info(
            "generated %d triples in %.1f s (%.0f MB)", triples, seconds, path.stat().st_size / 1e6
        )
        # Memory is not measured: in one process the allocator reuses what the generator
        # freed, and resident-set differences came out meaningless (16 MB for Oxigraph).
        extra: dict[str, float] = {"guard": 0.0}
        store, ox_load = timed(lambda: load_store(path))
        logger.info("Oxigraph load %.1f s", ox_load)
        graph, rdflib_load = timed(lambda: rdflib.Graph().parse(path, format="turtle"))
        logger.info("rdflib load %.1f s", rdflib_load)
        timings = [Timing("load Turtle", rdflib_load, ox_load, triples, limit)]
        measured = [*LOOKUPS, *((label, stored_query(name).text, b) for label, name, b in QUERIES)]
        for label, text, bindings in measured:
            # The guard's parse (rdflib's parser) is cached per text; pay it before timing so
            # both engines are measured on the same footing, and report it on its own.
            _, guard_s = timed(lambda text=text: check_query(text))
            extra["guard"] = max(extra["guard"], guard_s)
            on_ox, ox_s = timed(lambda t=text, b=bindings: run_query(store, t, bindings=b))
            rdflib_s, rdflib_rows = rdflib_query(graph, text, bindings, limit)
            if rdflib_rows is not None and rdflib_rows != len(on_ox.rows):
                raise AssertionError(
                    f"{label}: {len(on_ox.rows)} rows on Oxigraph, {rdflib_rows} on rdflib"
                )
            logger.info(
                "%s: rdflib %s s, Oxigraph %.3f s, %d rows", label, rdflib_s, ox_s, len(on_ox.rows)
            )
            timings.append(Timing(label, rdflib_s, ox_s, len(on_ox.rows), limit))
    return triples, timings, extra


def machine() -> str:
    return bench_results.machine(f"rdflib {rdflib.__version__}", f"pyoxigraph {ox.__version__}")


def section(triples: int, timings: list[Timing], extra: dict[str, float]) -> str:
    today = datetime.date.today().isoformat()
    lines = [
        "## SPARQL",
        "",
        f"`benchmarks/sparql_bench.py`, {today}. Machine: {machine()}.",
        "",
        f"A generated graph of {triples:,} triples shaped like a kg export (entities with labels,",
        "types and Wikidata links; facts; one assertion and one evidence record per fact;",
        "documents), loaded from Turtle; queries are the ready ones of `ontology/queries/`, run",
        "through `kg.query.run_query` (guard and term conversion included) on both engines,",
        "with the same row counts. Ratio = rdflib time / Oxigraph time. One run each; rdflib",
        'queries run in a forked child killed at the limit ("> N": did not finish).',
        "",
        "| step | rows | rdflib (s) | Oxigraph (s) | ratio |",
        "|---|---:|---:|---:|---:|",
    ]
    for t in timings:
        rdflib_cell, ratio = t.cells()
        lines.append(f"| {t.name} | {t.rows:,} | {rdflib_cell} | {t.oxigraph_s:.3f} | {ratio} |")
    lines += [
        "",
        "Not in the table: kg's guard (`check_query`, rdflib's SPARQL parser walking the parse",
        f"tree for Update/SERVICE) costs up to {extra['guard']:.2f} s per distinct query text",
        "here; accepted texts are cached, so a query re-run with other bindings does not pay",
        "it again.",
        "",
    ]
    return "\n".join(lines)


def write_results(text: str, path: Path) -> None:
    """Replace (or append) the ``## SPARQL`` section of the results file."""
    bench_results.write_section("SPARQL", text, path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--facts", type=int, default=55_000, help="facts to generate")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds per rdflib query")
    parser.add_argument("--no-write", action="store_true", help="do not touch RESULTS.md")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    triples, timings, extra = run(args.facts, args.limit)
    text = section(triples, timings, extra)
    print(text)
    if not args.no_write:
        write_results(text, Path(__file__).resolve().parent / "RESULTS.md")


if __name__ == "__main__":
    main()
