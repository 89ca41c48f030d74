"""Corpus scale: kg's streaming build against spaCy alone, at 100, 1,000 and 10,000 documents.

A synthetic French corpus is made from real sentences: those of the bundled sample article
and, when ``../shared/eval/relx/relx_fr_dev.jsonl`` exists, of the RELX dev half (the
benchmark runs without it). Each document draws a few sentences at random (seeded), in two
paragraphs, so documents differ but the language is real news French.

Each measurement runs in its own process (``--measure``) so that its peak resident memory
(``ru_maxrss``, children included) is its own. The model (and kg's bundled gazetteer, a
fixed ~0.2 s per process like the model's load) is loaded before the clock starts in every
configuration, so times compare the work on documents. Within one run:

* ``spacy``: ``nlp.pipe`` alone over the texts (``spacy.load``, same batch size), with the
  one change kg makes to the model at load (:func:`kg.nlp.index_lemmas`: the lemmatizer's
  word lists as sets, the same lemmas), so that the ratio weighs kg's own work only;
* ``spacy-stock``: the same with plain ``spacy.load``, for reference;
* ``kg``: :func:`kg.corpus.build_corpus` into a fresh folder: reading, parsing, extraction,
  analyses written, resolution, graph, exports (Turtle, TriG, JSON-LD; no HTML page);
* ``kg-again`` / ``kg-store``: the same folder built again, every analysis reused, with the
  graph in memory or in the on-disk Oxigraph store: the memory the graph itself needs;
* ``workers2``: ``--workers 2`` (its children's peak memory is reported separately);
* ``dask2``: ``--dask local:2`` (cluster start and worker model loads are inside the time);
* ``stages``: the ``kg`` build of the profile-size corpus with a CPU clock around each stage
  (parsing, mention detection, coreference, each extractor, the judge, analyses on disk, resolution,
  graph, exports, summary): where every second over spaCy's parse goes. A sampling profile
  is printed too, but it weighs Python code (rdflib, kg) far above spaCy's compiled parse,
  so the stage table is the one to read.
* ``analysis``: kg's own work on each chunk alone (mention detection, coreference, each
  extractor; :func:`kg.pipeline.analyse_chunks`), the profile-size corpus parsed first and
  the parse kept out of every clock: the stage table's analysis rows without the parse's
  interleaving, which moves them by a third between runs on a shared machine. For each
  extractor it also gives the CPU spent on chunks where it found nothing: the most a test
  skipping chunks without its cue words could save. Run it alone with
  ``corpus_bench.py --measure analysis CORPUS.jsonl OUT`` (OUT unused).
* ``parse-paired``: kg's parse (:func:`kg.nlp.parse`: the ``kg_structure`` component, the
  tokenizer's compound words, chunking, sentence counts) and spaCy alone (``spacy`` above)
  over the same texts in one process, batch by batch in turn, each with its own CPU clock.
  The stage table's parse is measured inside the build and spaCy's in another process at
  another moment; on this shared machine the same spaCy run varies by ±10 % between
  processes (7.3 to 10.1 s on 300 documents), more than any gap between the two. Paired,
  machine load weighs on both alike: this is the like-with-like answer to "does kg's
  parse cost more than spaCy's?".
* ``build-paired``: the ``kg`` build with spaCy alone (``spacy`` above) run in the same
  process on each batch of documents just as kg's stream pulls it, spaCy's CPU clocked batch
  by batch and taken out of the build's. The separate ``spacy`` and ``kg`` processes meet
  the machine at different moments, and here one run of each moved by a third (spaCy 20 to
  27 s on 1,000 documents within minutes); paired, both meet the same moments, so this is
  the steady throughput ratio.

Results go to the ``## Corpus`` section of ``benchmarks/RESULTS.md`` with the machine and the
date; other sections are left alone. The kg measured is the one the interpreter imports: run
by ``.venv-compiled/bin/python`` (``make bench-compiled``; see ``setup.py``), it is the mypyc-
compiled build, and the results go to a ``## Corpus (compiled kg, mypyc)`` section instead;
every result (and each ``--measure`` line) names its build.

Run: ``.venv/bin/python benchmarks/corpus_bench.py [--sizes 100 1000 10000] [--repeat N]
[--no-write]`` (``--repeat``: spaCy and kg alternate N times per size and each keeps its
least disturbed run, since one process's CPU time moves by ±10 % with the machine's load).
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import datetime
import functools
import importlib.machinery
import json
import logging
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import results as bench_results  # benchmarks/results.py (scripts run from benchmarks/)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "kg" / "data" / "sample" / "openai_paris_fr.txt"
#: The shared folder next to the repository (``--shared`` overrides it).
SHARED = ROOT.parent / "shared"
RELX_PATH = Path("eval") / "relx" / "relx_fr_dev.jsonl"
SENTENCES_PER_DOC = (4, 8)
BATCH = 32

logger = logging.getLogger("corpus_bench")


def sentences(relx: Path) -> list[str]:
    """Real French sentences: the sample article's, and RELX dev's when present."""
    text = SAMPLE.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines()[1:] if line.strip()]  # first line: date
    found = [s.strip() for line in lines for s in re.split(r"(?<=[.!?])\s+", line)
             if len(s.split()) >= 6]
    if relx.is_file():
        with relx.open(encoding="utf-8") as handle:
            found += [json.loads(line)["text"] for line in handle if line.strip()]
    return found


def make_corpus(path: Path, size: int, pool: list[str], seed: int = 8) -> int:
    """Write ``size`` documents as JSONL; return the number of words."""
    rng = random.Random(seed)
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for n in range(size):
            chosen = rng.sample(pool, rng.randint(*SENTENCES_PER_DOC))
            half = len(chosen) // 2
            text = " ".join(chosen[:half]) + "\n\n" + " ".join(chosen[half:])
            words += len(text.split())
            out.write(json.dumps({"id": f"doc{n:05d}", "text": text, "date": "2024-10"},
                                 ensure_ascii=False) + "\n")
    return words


def kg_build() -> dict[str, Any]:
    """Which kg this interpreter imports: "compiled (mypyc)" when some of its modules are C
    extensions (``make compiled``), else "pure"; its folder and the compiled modules loaded."""
    import kg
    import kg.pipeline  # (imports the analysis modules)

    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    compiled = sorted(name for name, module in list(sys.modules.items())
                      if name.partition(".")[0] == "kg"
                      and str(getattr(module, "__file__", None) or "").endswith(suffixes))
    return {"build": "compiled (mypyc)" if compiled else "pure",
            "kg": str(Path(kg.__file__).parent), "compiled_modules": compiled}


def section_title(results: dict) -> str:
    """``Corpus``, or ``Corpus (compiled kg, mypyc)``: each build keeps its own section."""
    compiled = results.get("kg_build", {}).get("build", "pure") != "pure"
    return "Corpus (compiled kg, mypyc)" if compiled else "Corpus"


# --- one measurement, in its own process ---------------------------------------------------


def measure(config: str, corpus: Path, out: Path) -> dict[str, float]:
    """Run one configuration; return seconds and peak memory (MB)."""
    from kg.nlp import DEFAULT_MODEL

    if config == "stages":
        return _staged_build(corpus, out)
    if config == "analysis":
        return _analysis_only(corpus)
    if config == "parse-paired":
        return _paired_parse(corpus)
    if config == "build-paired":
        return _paired_build(corpus, out)
    if config in {"spacy", "spacy-stock"}:
        import spacy

        from kg.nlp import index_lemmas

        nlp = spacy.load(DEFAULT_MODEL)
        if config == "spacy":
            # the same parse as kg's: the lemmatizer's word lists as sets (same lemmas)
            index_lemmas(nlp)
        texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
        started, cpu = time.perf_counter(), _cpu()
        for _ in nlp.pipe(texts, batch_size=BATCH):
            pass
        seconds, cpu = time.perf_counter() - started, _cpu() - cpu
    else:
        from kg.corpus import Analyser, Store, build_corpus, local_analyser, process_analyser

        store = Store.OXIGRAPH if config == "kg-store" else Store.MEMORY
        if config in {"kg-again", "kg-store"}:
            # every analysis is reused: measure the graph alone, whatever the code digest
            header = json.loads((out / ".kg" / "manifest.jsonl").open().readline())
            analyser = Analyser(_no_analysis, header["analyser"])
        elif config == "dask2":
            from kg.distributed import dask_analyser

            analyser = dask_analyser("local:2", batch_size=BATCH)
        elif config == "workers2":
            _load_kg()  # inherited by the forked workers
            analyser = process_analyser(2, batch_size=BATCH)
        else:
            _load_kg()
            analyser = local_analyser(batch_size=BATCH)
        started, cpu = time.perf_counter(), _cpu()
        result = build_corpus([corpus], out, analyser=analyser, store=store)
        seconds, cpu = time.perf_counter() - started, _cpu() - cpu
        logger.info("%s: %d documents, %d analysed, %d facts", config, result.documents,
                    result.analysed, result.summary.fact_count)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": seconds, "cpu": cpu, "rss_mb": own, "children_rss_mb": children,
            "load": os.getloadavg()[0]}


def _load_kg() -> None:
    """What a kg process loads once, before any document: the model and the gazetteer."""
    from kg.entities.gazetteer import default_gazetteer
    from kg.nlp import DEFAULT_MODEL, load_model

    load_model(DEFAULT_MODEL)
    default_gazetteer()


def _cpu() -> float:
    """CPU seconds of this process and its finished children: on a shared machine, wall
    time measures the neighbours as much as kg."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class _TimedExtractor:
    """An extractor with a CPU clock (its triples come from a generator: time each step)."""

    def __init__(self, extractor: Any, spent: dict[str, float]) -> None:
        self.name = extractor.name
        self._extract = _timed_steps(extractor.name, extractor.extract, spent)

    def extract(self, doc: Any) -> Any:
        return self._extract(doc)


def _timed(name: str, function: Any, spent: dict[str, float]) -> Any:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = _cpu()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += _cpu() - started

    return wrapper


def _timed_steps(name: str, function: Any, spent: dict[str, float]) -> Any:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        iterator = iter(function(*args, **kwargs))
        while True:
            started = _cpu()
            try:
                item = next(iterator)
            except StopIteration:
                return
            finally:
                spent[name] += _cpu() - started
            yield item

    return wrapper


def _staged_build(corpus: Path, out: Path) -> dict[str, Any]:
    """A ``kg`` build with CPU clocks around each stage (module functions wrapped)."""
    import kg.corpus as kg_corpus
    import kg.pipeline as kg_pipeline
    from kg.corpus import Analyser, Store, analyser_fingerprint, build_corpus
    from kg.extract import default_extractors
    from kg.nlp import DEFAULT_MODEL

    spent: dict[str, float] = collections.defaultdict(float)
    _load_kg()
    extractors = [_TimedExtractor(e, spent) for e in default_extractors()]
    patches = [
        # reading the input is inside: parse() pulls the documents it parses
        (kg_pipeline, "parse", _timed_steps, "reading and parsing (spaCy nlp.pipe)"),
        (kg_pipeline, "detect_mentions", _timed_steps, "mention detection"),
        (kg_pipeline, "resolve_references", _timed, "coreference"),
        (kg_pipeline, "judge_triples", _timed, "judge"),
        (kg_corpus._Workspace, "save", _timed, "analyses written (JSON, fsync)"),
        (kg_corpus._Workspace, "read", _timed, "analyses read back"),
        (kg_pipeline, "resolve_analyses", _timed, "entity resolution"),
        (kg_pipeline, "graph_quads", _timed, "graph (statements)"),
        (kg_corpus, "write_outputs", _timed, "exports (Turtle, TriG, JSON-LD)"),
        (kg_corpus, "summary", _timed, "summary: counts"),
        (kg_corpus, "conformance", _timed, "summary: conformance"),
    ]
    for owner, name, wrap, label in patches:
        setattr(owner, name, wrap(label, getattr(owner, name), spent))
    names = [e.name for e in extractors]
    analyser = Analyser(
        functools.partial(kg_pipeline.analyse, extractors=extractors, batch_size=BATCH),
        analyser_fingerprint(DEFAULT_MODEL, names),
    )
    started, wall = _cpu(), time.perf_counter()
    build_corpus([corpus], out, analyser=analyser, store=Store.MEMORY, fresh=True)
    total, wall = _cpu() - started, time.perf_counter() - wall
    return {"seconds": wall, "cpu": total, "stages": dict(spent),
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "load": os.getloadavg()[0]}


class _CountedExtractor:
    """An extractor with a CPU clock per chunk, which also sums the chunks it found nothing
    in (what a skip test could save at most)."""

    def __init__(self, extractor: Any, spent: dict[str, float], idle: dict[str, float]) -> None:
        self.name = extractor.name
        self._extractor, self._spent, self._idle = extractor, spent, idle

    def extract(self, doc: Any) -> Any:
        started = _cpu()
        found = list(self._extractor.extract(doc))
        spent = _cpu() - started
        self._spent[self.name] += spent
        if not found:
            self._idle[self.name] += spent
        return found


def _analysis_only(corpus: Path) -> dict[str, Any]:
    """kg's own work per chunk, the corpus parsed beforehand (see ``analysis`` above)."""
    import kg.pipeline as kg_pipeline
    from kg.extract import default_extractors
    from kg.io import read_documents
    from kg.nlp import DEFAULT_MODEL, load_model, parse

    _load_kg()
    parsed = list(parse(read_documents([corpus]), load_model(DEFAULT_MODEL), batch_size=BATCH))
    spent: dict[str, float] = collections.defaultdict(float)
    idle: dict[str, float] = collections.defaultdict(float)
    extractors = [_CountedExtractor(e, spent, idle) for e in default_extractors()]
    detect, resolve = kg_pipeline.detect_mentions, kg_pipeline.resolve_references
    judge = kg_pipeline.judge_triples
    kg_pipeline.detect_mentions = _timed_steps("mention detection", detect, spent)
    kg_pipeline.resolve_references = _timed("coreference", resolve, spent)
    kg_pipeline.judge_triples = _timed("judge", judge, spent)
    try:
        started = _cpu()
        for document, docs in parsed:
            kg_pipeline.analyse_chunks(document, docs, extractors)
        total = _cpu() - started
    finally:
        kg_pipeline.detect_mentions, kg_pipeline.resolve_references = detect, resolve
        kg_pipeline.judge_triples = judge
    return {"cpu": total, "stages": dict(spent), "idle": dict(idle),
            "chunks": sum(len(docs) for _, docs in parsed), "load": os.getloadavg()[0]}


def _paired_parse(corpus: Path) -> dict[str, Any]:
    """kg's parse and spaCy alone over the same batches, in turn, in one process."""
    import spacy

    from kg.io import read_documents
    from kg.nlp import DEFAULT_MODEL, index_lemmas, load_model, parse

    alone = spacy.load(DEFAULT_MODEL)
    index_lemmas(alone)  # as in the ``spacy`` configuration
    nlp = load_model(DEFAULT_MODEL)
    documents = list(read_documents([corpus]))
    spent = {"spacy": 0.0, "kg_parse": 0.0}
    started, wall = _cpu(), time.perf_counter()
    for n, first in enumerate(range(0, len(documents), BATCH)):
        batch = documents[first : first + BATCH]
        # alternate which goes first, so neither always meets the caches the other warmed
        for name in ("spacy", "kg_parse") if n % 2 == 0 else ("kg_parse", "spacy"):
            clock = _cpu()
            if name == "spacy":
                for _ in alone.pipe([d.text for d in batch], batch_size=BATCH):
                    pass
            else:
                for _ in parse(batch, nlp, batch_size=BATCH):
                    pass
            spent[name] += _cpu() - clock
    return {"seconds": time.perf_counter() - wall, "cpu": _cpu() - started, **spent,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "load": os.getloadavg()[0]}


def _paired_build(corpus: Path, out: Path) -> dict[str, Any]:
    """kg's whole build, spaCy alone run on each batch as kg pulls it, in one process."""
    import spacy

    from kg.corpus import Store, build_corpus, local_analyser
    from kg.nlp import DEFAULT_MODEL, index_lemmas

    alone = spacy.load(DEFAULT_MODEL)
    index_lemmas(alone)  # as in the ``spacy`` configuration
    _load_kg()
    kg_analyser = local_analyser(batch_size=BATCH)
    spent = {"spacy": 0.0}

    def spacy_on(batch: list[Any]) -> None:
        clock = _cpu()
        for _ in alone.pipe([d.text for d in batch], batch_size=BATCH):
            pass
        spent["spacy"] += _cpu() - clock

    def pulled(documents: Any) -> Any:
        batch: list[Any] = []
        for document in documents:
            batch.append(document)
            if len(batch) == BATCH:
                spacy_on(batch)
                yield from batch
                batch = []
        if batch:
            spacy_on(batch)
            yield from batch

    analyser = dataclasses.replace(
        kg_analyser, run=lambda documents: kg_analyser.run(pulled(documents))
    )
    shutil.rmtree(out, ignore_errors=True)
    started, wall = _cpu(), time.perf_counter()
    build_corpus([corpus], out, analyser=analyser, store=Store.MEMORY)
    total = _cpu() - started
    return {"seconds": time.perf_counter() - wall, "cpu": total, "spacy": spent["spacy"],
            "kg": total - spent["spacy"],
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "load": os.getloadavg()[0]}


def _no_analysis(documents: object) -> object:
    raise AssertionError("a rebuild from stored analyses analysed a document")


def run_measure(config: str, corpus: Path, out: Path) -> dict[str, float]:
    command = [sys.executable, __file__, "--measure", config, str(corpus), str(out)]
    logger.info("running %s on %s", config, corpus.name)
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    logger.info("%s: %.1f s wall, %.1f s CPU, peak %.0f MB, load %.1f", config,
                result["seconds"], result["cpu"], result["rss_mb"], result["load"])
    return result


def profile(corpus: Path, out: Path) -> str:
    """pyinstrument's view of a kg build; the text report's top lines."""
    command = [sys.executable, "-m", "pyinstrument", "-r", "text",
               __file__, "--measure", "kg", str(corpus), str(out)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return done.stdout


# --- the whole run ---------------------------------------------------------------------------


def _best(runs: list[dict]) -> dict:
    """The run with the least CPU time, with every run's CPU time beside it."""
    best = min(runs, key=lambda r: r["cpu"])
    return {**best, "runs": [r["cpu"] for r in runs]}


def run(sizes: list[int], *, parallel_size: int, profile_size: int, work: Path,
        relx: Path, repeat: int = 1) -> dict:
    pool = sentences(relx)
    logger.info("%d sentences in the pool (RELX %s)", len(pool),
                "included" if relx.is_file() else "absent")
    results: dict = {"pool": len(pool), "relx": relx.is_file(), "sizes": {}, "repeat": repeat,
                     "kg_build": kg_build()}
    for size in sizes:
        corpus = work / f"corpus-{size}.jsonl"
        words = make_corpus(corpus, size, pool)
        row: dict = {"words": words}
        out = work / f"out-{size}"
        # spaCy and kg alternate, each keeping its least disturbed run: on a shared machine
        # one process's CPU time moves by ±10 % with the load, which the ratio would inherit
        spacy_runs, kg_runs = [], []
        for _ in range(repeat):
            spacy_runs.append(run_measure("spacy", corpus, out))
            shutil.rmtree(out, ignore_errors=True)  # every kg run analyses every document
            kg_runs.append(run_measure("kg", corpus, out))
        row["spacy"], row["kg"] = _best(spacy_runs), _best(kg_runs)
        row["paired"] = run_measure("build-paired", corpus, work / f"paired-{size}")
        row["spacy-stock"] = run_measure("spacy-stock", corpus, out)
        row["kg-again"] = run_measure("kg-again", corpus, out)
        row["kg-store"] = run_measure("kg-store", corpus, out)
        if size == parallel_size:
            row["workers2"] = run_measure("workers2", corpus, work / f"w2-{size}")
            row["dask2"] = run_measure("dask2", corpus, work / f"dask-{size}")
        shutil.rmtree(out, ignore_errors=True)
        results["sizes"][size] = row
    corpus = work / f"corpus-{profile_size}.jsonl"
    if not corpus.exists():
        make_corpus(corpus, profile_size, pool)
    results["stages"] = run_measure("stages", corpus, work / "staged")
    results["stages"]["spacy"] = run_measure("spacy", corpus, work / "staged")["cpu"]
    results["stages"]["paired"] = run_measure("parse-paired", corpus, work / "staged")
    results["stages"]["documents"] = profile_size
    results["profile"] = profile(corpus, work / "profiled")
    return results


def machine() -> str:
    import spacy

    return bench_results.machine(f"spaCy {spacy.__version__}")


def section(results: dict, parallel_size: int) -> str:
    today = datetime.date.today().isoformat()
    sizes = results["sizes"]
    build = results.get("kg_build", {"build": "pure"})["build"]
    lines = [
        f"## {section_title(results)}",
        "",
        f"`benchmarks/corpus_bench.py`, {today}. Machine: {machine()}. kg build: {build}.",
        "",
        f"Synthetic corpus of real French sentences ({results['pool']} sentences: the sample "
        f"article{' and RELX dev' if results['relx'] else ''}), {SENTENCES_PER_DOC[0]} to "
        f"{SENTENCES_PER_DOC[1]} per document, batch {BATCH}, one process unless said. Model "
        "and gazetteer loaded before the clock starts. kg = reading, parsing, extraction, "
        "analyses on disk, resolution, graph, Turtle/TriG/JSON-LD exports (no HTML page). "
        + (
            f"spaCy and kg alternate {results.get('repeat', 1)} times at each size and each "
            "keeps its run with the least CPU time (every run's CPU time is in the JSON); "
            "other configurations run once."
            if results.get("repeat", 1) > 1
            else "One run each."
        ),
        "",
        "The machine is shared with other jobs (load average in the last column), so every "
        "ratio uses CPU seconds (user + system, workers included); wall seconds are shown "
        "for reference.",
        "",
        "| documents | words | spaCy nlp.pipe CPU s (wall) | stock spaCy CPU s | "
        "kg CPU s (wall) | kg / spaCy throughput | kg CPU ms/doc | peak RSS kg (MB) | "
        "rebuild from analyses, memory: CPU s, MB | rebuild, --store oxigraph: CPU s, MB | "
        "load |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, row in sizes.items():
        ratio = row["spacy"]["cpu"] / row["kg"]["cpu"]
        lines.append(
            f"| {int(size):,} | {row['words']:,} | {row['spacy']['cpu']:.1f} "
            f"({row['spacy']['seconds']:.1f}) | {row['spacy-stock']['cpu']:.1f} | "
            f"{row['kg']['cpu']:.1f} "
            f"({row['kg']['seconds']:.1f}) | {ratio:.2f} | "
            f"{1000 * row['kg']['cpu'] / int(size):.1f} | {row['kg']['rss_mb']:,.0f} | "
            f"{row['kg-again']['cpu']:.1f}, {row['kg-again']['rss_mb']:,.0f} | "
            f"{row['kg-store']['cpu']:.1f}, {row['kg-store']['rss_mb']:,.0f} | "
            f"{row['kg']['load']:.1f} |"
        )
    paired = [(size, row["paired"]) for size, row in sizes.items() if "paired" in row]
    if paired:
        lines += ["", "Paired in one process (spaCy alone run on each batch as kg's build "
                      "pulls it, each with its own CPU clock; the steady figure): " + "; ".join(
            f"{int(size):,} documents: spaCy {p['spacy']:.1f} s, kg {p['kg']:.1f} s, "
            f"throughput **{p['spacy'] / p['kg']:.2f}**" for size, p in paired) + "."]
    keys = sorted(sizes, key=int)
    if len(keys) >= 2:
        big, small = keys[-1], keys[-2]
        per_doc = (sizes[big]["kg"]["cpu"] / int(big)) / (sizes[small]["kg"]["cpu"] / int(small))
        lines += ["", f"CPU time per document at {int(big):,} over {int(small):,}: "
                      f"{per_doc:.2f}."]
    row = sizes.get(parallel_size) or sizes.get(str(parallel_size))
    if row and "workers2" in row:
        one, w2, d2 = row["kg"], row["workers2"], row["dask2"]
        lines += [
            "",
            f"At {parallel_size:,} documents, wall time (what parallelism is for): one process "
            f"{one['seconds']:.1f} s; `--workers 2` {w2['seconds']:.1f} s (speed-up "
            f"{one['seconds'] / w2['seconds']:.2f}x; CPU {w2['cpu']:.1f} s; parent "
            f"{w2['rss_mb']:,.0f} MB, largest worker {w2['children_rss_mb']:,.0f} MB); Dask "
            f"`local:2` {d2['seconds']:.1f} s (speed-up {one['seconds'] / d2['seconds']:.2f}x, "
            "cluster start and the workers' model loads included).",
        ]
    lines += _stage_table(results.get("stages"))
    lines += ["", "Profile (pyinstrument, kg build, top of the call tree):", "", "```"]
    lines += _profile_head(results["profile"])
    lines += ["```", ""]
    return "\n".join(lines)


def _stage_table(stages: dict | None) -> list[str]:
    """Where a build's CPU goes, stage by stage, against spaCy's parse of the same corpus."""
    if not stages:
        return []
    total, spacy_cpu = stages["cpu"], stages["spacy"]
    spent = dict(stages["stages"])
    rows = sorted(spent.items(), key=lambda kv: -kv[1])
    other = total - sum(spent.values())
    lines = [
        "",
        f"Where the CPU goes ({stages['documents']:,} documents, one build with a CPU clock "
        f"around each stage, no profiler; spaCy `nlp.pipe` alone: {spacy_cpu:.1f} s in its "
        f"own process; the whole build: {total:.1f} s):",
        "",
    ]
    paired = stages.get("paired")
    if paired:
        lines += [
            f"Paired in one process, batch by batch over the same texts: spaCy `nlp.pipe` alone "
            f"{paired['spacy']:.2f} s, kg's parse (`kg.nlp.parse`: structure component, "
            f"compound words, chunks) {paired['kg_parse']:.2f} s "
            f"({paired['kg_parse'] / paired['spacy']:.2f}x).",
            "",
        ]
    lines += [
        "| stage | CPU s | share of the build | over spaCy's parse |",
        "|---|---:|---:|---:|",
    ]
    for name, seconds in [*rows, ("other (manifest, progress, garbage collection...)", other)]:
        lines.append(f"| {name} | {seconds:.2f} | {100 * seconds / total:.0f} % | "
                     f"{100 * seconds / spacy_cpu:.0f} % |")
    return lines


def _profile_head(report: str, limit: int = 40) -> list[str]:
    kept = [line.rstrip() for line in report.splitlines() if line.strip()]
    return kept[:limit]


def write_results(text: str, path: Path, title: str = "Corpus") -> None:
    """Replace (or append) the ``## Corpus`` (or ``title``) section of the results file."""
    bench_results.write_section(title, text, path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1_000, 10_000])
    parser.add_argument("--parallel-size", type=int, default=1_000,
                        help="size at which --workers 2 and Dask local:2 are measured")
    parser.add_argument("--profile-size", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=1, metavar="N",
                        help="alternate spaCy and kg N times per size, keep each's best run")
    parser.add_argument("--work", type=Path, help="folder for corpora and outputs (default: temp)")
    parser.add_argument("--shared", type=Path, default=SHARED,
                        help="shared data folder with eval/relx (optional; default ../shared)")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument("--no-write", action="store_true", help="do not touch RESULTS.md")
    parser.add_argument("--measure", nargs=3, metavar=("CONFIG", "CORPUS", "OUT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    if args.measure:
        config, corpus, out = args.measure
        result = measure(config, Path(corpus), Path(out))
        print(json.dumps({**result, "kg_build": kg_build()["build"]}))
        return
    with tempfile.TemporaryDirectory(prefix="kg-corpus-bench-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        results = run(args.sizes, parallel_size=args.parallel_size,
                      profile_size=args.profile_size, work=work,
                      relx=args.shared / RELX_PATH, repeat=args.repeat)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    text = section(results, args.parallel_size)
    print(text)
    if not args.no_write:
        write_results(text, Path(__file__).resolve().parent / "RESULTS.md", section_title(results))


if __name__ == "__main__":
    main()
