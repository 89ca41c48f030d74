"""kg.corpus: resume, replace, remove, --into, order independence, stores, progress.

Most tests use a hand-made analyser (capitalised words are organisations, neighbours in a
sentence are partners) so they need no model; one test runs the real pipeline.
"""

from __future__ import annotations

import gc
import io
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.corpus import GC_THRESHOLD, Analyser, Progress, Store, build_corpus, count_documents
from kg.errors import InputError
from kg.model import Document, Mention, Provenance, Triple
from kg.pipeline import Analysis

_NAME = re.compile(r"[A-Z]\w+")


def toy_analysis(document: Document) -> Analysis:
    """Capitalised words are organisations; neighbours in a sentence are partners."""
    mentions: list[Mention] = []
    triples: list[Triple] = []
    start = 0
    for index, sentence in enumerate(document.text.split(".")):
        found = [Mention(m.group(), "Organization", start + m.start(), start + m.end())
                 for m in _NAME.finditer(sentence)]
        mentions.extend(found)
        for a, b in itertools.pairwise(found):
            prov = Provenance(document.id, index, sentence.strip(), start, start + len(sentence),
                              "test.toy.v1", 0.5)
            triples.append(Triple(a, "partnerOf", b, prov))
        start += len(sentence) + 1
    return Analysis(document, tuple(mentions), tuple(triples))


class Toy:
    """An analyser double that counts what it analyses and can stop after ``fail_after``."""

    def __init__(self, fingerprint: str = "toy-1", fail_after: int | None = None) -> None:
        self.seen: list[str] = []
        self.fingerprint = fingerprint
        self.fail_after = fail_after

    def run(self, documents: Iterable[Document]) -> Iterator[Analysis]:
        for document in documents:
            if self.fail_after is not None and len(self.seen) >= self.fail_after:
                raise KeyboardInterrupt
            self.seen.append(document.id)
            yield toy_analysis(document)

    @property
    def analyser(self) -> Analyser:
        return Analyser(self.run, self.fingerprint)


def write_corpus(path: Path, docs: Iterable[tuple[str, str]]) -> Path:
    path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in docs))
    return path


def quads(out: Path) -> set[str]:
    """The graph as a set of N-Quads lines: kg mints no blank nodes, so equal sets mean
    the same (and isomorphic) dataset, named graphs included."""
    parsed = ox.parse(path=out / "graph.trig", format=ox.RdfFormat.TRIG)
    return {str(q) for q in parsed}


def triples(path: Path, fmt: ox.RdfFormat) -> set[str]:
    return {str(q.triple) for q in ox.parse(path=path, format=fmt)}


def build(inputs: list[Path], out: Path, toy: Toy | None = None, **options: object):
    toy = toy or Toy()
    return build_corpus(inputs, out, analyser=toy.analyser, **options)  # type: ignore[arg-type]


CORPUS = [
    ("a1", "Acme signe avec Globex. Initech rejoint Acme."),
    ("a2", "Globex et Hooli. Acme aussi."),
    ("a3", "Umbrella rencontre Initech et Globex."),
]


def test_second_build_skips_unchanged_documents(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", CORPUS)
    first = build([corpus], tmp_path / "out")
    before = quads(tmp_path / "out")
    toy = Toy()
    second = build([corpus], tmp_path / "out", toy)
    assert (first.analysed, second.analysed, second.skipped) == (3, 0, 3)
    assert toy.seen == []
    assert quads(tmp_path / "out") == before
    assert second.summary.facts["partnerOf"] == first.summary.facts["partnerOf"] > 0


def test_analyses_kept_in_memory_give_the_files_of_analyses_read_back(tmp_path: Path) -> None:
    # a build resolves what it analysed as it is; the next one reads the stored files
    corpus = write_corpus(tmp_path / "c.jsonl", CORPUS)
    first = build([corpus], tmp_path / "out")
    names = sorted(first.paths.values())
    before = [path.read_bytes() for path in names]
    second = build([corpus], tmp_path / "out")
    assert second.skipped == 3
    assert [path.read_bytes() for path in names] == before


def test_changed_document_is_replaced_and_missing_one_removed(tmp_path: Path) -> None:
    build([write_corpus(tmp_path / "c.jsonl", CORPUS)], tmp_path / "out")
    changed = [("a1", "Acme signe avec Wayne."), CORPUS[1]]
    toy = Toy()
    result = build([write_corpus(tmp_path / "d.jsonl", changed)], tmp_path / "out", toy)
    assert toy.seen == ["a1"]
    assert (result.analysed, result.skipped, result.removed, result.documents) == (1, 1, 1, 2)
    build([tmp_path / "d.jsonl"], tmp_path / "fresh")
    assert quads(tmp_path / "out") == quads(tmp_path / "fresh")
    assert not any("Umbrella" in q for q in quads(tmp_path / "out"))


def test_interrupted_build_resumes_without_redoing_work(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", CORPUS)
    with pytest.raises(KeyboardInterrupt):
        build([corpus], tmp_path / "out", Toy(fail_after=2))
    assert not (tmp_path / "out" / "graph.trig").exists()
    toy = Toy()
    result = build([corpus], tmp_path / "out", toy)
    assert toy.seen == ["a3"]
    assert (result.analysed, result.skipped) == (1, 2)
    build([corpus], tmp_path / "fresh")
    assert quads(tmp_path / "out") == quads(tmp_path / "fresh")


def test_manifest_names_only_analyses_flushed_to_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Analyses are flushed in groups (one sync per checkpoint, not an fsync per file), and
    a document enters the manifest only once its file was flushed, interrupted or not."""
    import kg.corpus

    manifest = tmp_path / "out" / ".kg" / "manifest.jsonl"
    flushes: list[tuple[list[str], int]] = []  # files flushed, manifest lines before

    def sync(paths: list[Path]) -> None:
        lines = manifest.read_text().count("\n") if manifest.is_file() else 0
        flushes.append(([p.name for p in paths], lines))

    monkeypatch.setattr(kg.corpus, "sync_files", sync)
    monkeypatch.setattr(kg.corpus, "CHECKPOINT_DOCUMENTS", 2)
    monkeypatch.setattr(kg.corpus, "CHECKPOINT_SECONDS", 3600.0)
    corpus = write_corpus(tmp_path / "c.jsonl", CORPUS)
    with pytest.raises(KeyboardInterrupt):
        build([corpus], tmp_path / "out", Toy(fail_after=1))
    assert [(len(files), before) for files, before in flushes] == [(1, 1)]  # header only
    assert manifest.read_text().count('"state":"analysed"') == 1
    flushes.clear()
    build([corpus], tmp_path / "out", fresh=True)
    assert [len(files) for files, _ in flushes] == [2, 1]
    recorded = [json.loads(line) for line in manifest.read_text().splitlines()[1:]]
    flushed = {name for files, _ in flushes for name in files}
    assert {Path(r["file"]).name for r in recorded} == flushed and len(recorded) == 3


def test_stored_analyses_are_what_was_analysed(tmp_path: Path) -> None:
    from kg.corpus import stored_analyses

    build([write_corpus(tmp_path / "c.jsonl", CORPUS)], tmp_path / "out")
    expected = [toy_analysis(Document(i, t, source=f"{tmp_path / 'c.jsonl'}:{n}"))
                for n, (i, t) in enumerate(CORPUS, start=1)]
    assert stored_analyses(tmp_path / "out") == expected
    assert stored_analyses(tmp_path) is None


def test_torn_manifest_line_is_ignored(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", CORPUS)
    build([corpus], tmp_path / "out")
    manifest = tmp_path / "out" / ".kg" / "manifest.jsonl"
    lines = manifest.read_text().splitlines(keepends=True)
    manifest.write_text("".join(lines[:-1]) + lines[-1][: len(lines[-1]) // 2])
    toy = Toy()
    build([corpus], tmp_path / "out", toy)
    assert len(toy.seen) == 1  # only the document whose line was torn


def test_another_analyser_redoes_every_document(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", CORPUS)
    build([corpus], tmp_path / "out")
    toy = Toy(fingerprint="toy-2")
    build([corpus], tmp_path / "out", toy)
    assert sorted(toy.seen) == ["a1", "a2", "a3"]


def test_fresh_ignores_stored_analyses(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", CORPUS)
    build([corpus], tmp_path / "out")
    toy = Toy()
    build([corpus], tmp_path / "out", toy, fresh=True)
    assert len(toy.seen) == 3


def test_duplicate_ids_in_one_build_are_an_error(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", [*CORPUS, ("a2", "Autre texte.")])
    with pytest.raises(InputError, match=r"'a2' occurs twice .*c\.jsonl:2 and .*c\.jsonl:4"):
        build([corpus], tmp_path / "out")


def test_into_needs_an_earlier_build(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", CORPUS)
    with pytest.raises(InputError, match="holds no kg build"):
        build([corpus], tmp_path / "nothing", into=True)


def test_into_adds_and_replaces(tmp_path: Path) -> None:
    build([write_corpus(tmp_path / "a.jsonl", CORPUS[:2])], tmp_path / "out")
    toy = Toy()
    result = build([write_corpus(tmp_path / "b.jsonl", CORPUS[2:])], tmp_path / "out", toy,
                   into=True)
    assert toy.seen == ["a3"] and result.documents == 3 and result.removed == 0
    build([write_corpus(tmp_path / "all.jsonl", CORPUS)], tmp_path / "whole")
    assert quads(tmp_path / "out") == quads(tmp_path / "whole")


def test_into_reanalyses_kept_documents_of_another_analyser(tmp_path: Path) -> None:
    build([write_corpus(tmp_path / "a.jsonl", CORPUS[:2])], tmp_path / "out")
    toy = Toy(fingerprint="toy-2")
    build([write_corpus(tmp_path / "b.jsonl", CORPUS[2:])], tmp_path / "out", toy, into=True)
    assert sorted(toy.seen) == ["a1", "a2", "a3"]


names = st.sampled_from(["Acme", "Globex", "Initech", "Hooli", "Umbrella", "Wayne", "Stark"])
sentences = st.lists(names, min_size=1, max_size=4).map(" et ".join)
texts = st.lists(sentences, min_size=1, max_size=3).map(". ".join)
corpora = st.dictionaries(st.from_regex(r"d[0-9]{1,2}", fullmatch=True), texts,
                          min_size=1, max_size=6)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(corpus=corpora, data=st.data())
def test_graph_does_not_depend_on_order_batches_or_repeats(
    tmp_path_factory: pytest.TempPathFactory, corpus: dict[str, str], data: st.DataObject
) -> None:
    root = tmp_path_factory.mktemp("prop")
    items = sorted(corpus.items())
    build([write_corpus(root / "all.jsonl", items)], root / "whole")

    order = data.draw(st.permutations(items))
    cuts = sorted(data.draw(st.lists(st.integers(0, len(order)), max_size=3)))
    parts = [order[i:j] for i, j in zip([0, *cuts], [*cuts, len(order)], strict=True)]
    parts = [p for p in parts if p]
    repeat = data.draw(st.sampled_from(parts))
    for n, part in enumerate([*parts, repeat]):
        build([write_corpus(root / f"part{n}.jsonl", part)], root / "pieces", into=n > 0)
    assert quads(root / "pieces") == quads(root / "whole")


def test_oxigraph_store_gives_the_same_graph(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", CORPUS)
    memory = build([corpus], tmp_path / "memory")
    stored = build([corpus], tmp_path / "stored", store=Store.OXIGRAPH)
    assert quads(tmp_path / "stored") == quads(tmp_path / "memory")
    assert dict(stored.summary.facts) == dict(memory.summary.facts)
    assert dict(stored.summary.entities) == dict(memory.summary.entities)
    assert stored.summary.documents == memory.summary.documents == 3
    for name, fmt in (("graph.ttl", ox.RdfFormat.TURTLE), ("graph.jsonld", ox.RdfFormat.JSON_LD)):
        assert triples(tmp_path / "stored" / name, fmt) == triples(tmp_path / "memory" / name, fmt)
    assert (tmp_path / "stored" / ".kg" / "store").is_dir()


def test_build_collects_less_often_and_restores_the_collector(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", CORPUS)
    during: list[tuple[int, int, int]] = []

    class Watching(Toy):
        def run(self, documents: Iterable[Document]) -> Iterator[Analysis]:
            during.append(gc.get_threshold())
            yield from super().run(documents)

    before = gc.get_threshold()
    gc.set_threshold(700, *before[1:])
    try:
        build([corpus], tmp_path / "out", Watching())
        assert during == [(GC_THRESHOLD, *before[1:])]
        assert gc.get_threshold() == (700, *before[1:])
        with pytest.raises(InputError):  # restored after a failed build too
            build([tmp_path / "missing.jsonl"], tmp_path / "out")
        assert gc.get_threshold() == (700, *before[1:])
    finally:
        gc.set_threshold(*before)


def test_progress_is_silent_unless_enabled() -> None:
    quiet, loud = io.StringIO(), io.StringIO()
    for stream, enabled in ((quiet, False), (loud, True)):
        progress = Progress(3, enabled=enabled, stream=stream)
        progress.update(analysed=1, facts=4)
        progress.stage("resolving")
        progress.close()
    assert quiet.getvalue() == ""
    assert "1/3 documents" in loud.getvalue() and "4 facts" in loud.getvalue()


def test_progress_of_a_non_terminal_stream_is_off() -> None:
    assert Progress(stream=io.StringIO()).enabled is False


def test_count_documents(tmp_path: Path) -> None:
    write_corpus(tmp_path / "c.jsonl", CORPUS)
    (tmp_path / "x.txt").write_text("Texte.")
    assert count_documents([tmp_path]) == 4
    assert count_documents([tmp_path / "c.jsonl", tmp_path / "x.txt"]) == 4


def test_cli_build_resumes_and_adds_into(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import corpus
    from kg.cli import main
    from kg.commands import build as build_command

    monkeypatch.setattr(corpus, "local_analyser", lambda **_: Toy().analyser)
    # the module object, not its dotted name: patched by name, the command kept the double
    # after the test, and the session's sample build then ran on it
    monkeypatch.setattr(build_command, "local_analyser", lambda **_: Toy().analyser)
    a = write_corpus(tmp_path / "a.jsonl", CORPUS[:2])
    b = write_corpus(tmp_path / "b.jsonl", CORPUS[2:])
    assert main(["build", str(a), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert main(["build", str(a), "--out", str(tmp_path / "out")]) == 0
    assert "(0 analysed, 2 unchanged, 0 removed)" in capsys.readouterr().out
    assert main(["build", str(b), "--into", str(tmp_path / "out")]) == 0
    output = capsys.readouterr()
    assert "3 document(s)" in output.out and output.err == ""
    assert main(["build", str(b), "--into", str(tmp_path / "nowhere")]) == 2


@pytest.mark.model
def test_real_pipeline_into_equals_one_build(tmp_path: Path, nlp: object) -> None:
    from kg.corpus import local_analyser

    texts = [
        ("r1", "Sam Altman, cofondateur d'OpenAI, a ouvert un bureau à Paris."),
        ("r2", "Altman a rencontré Emmanuel Macron à l'Élysée."),
        ("r3", "Microsoft, partenaire d'OpenAI, investit en France."),
    ]
    analyser = local_analyser()
    build_corpus([write_corpus(tmp_path / "all.jsonl", texts)], tmp_path / "whole",
                 analyser=analyser)
    build_corpus([write_corpus(tmp_path / "b.jsonl", texts[::-1][:2])], tmp_path / "pieces",
                 analyser=analyser)
    result = build_corpus([write_corpus(tmp_path / "c.jsonl", texts[:1] + texts[1:2])],
                          tmp_path / "pieces", analyser=analyser, into=True)
    assert result.documents == 3
    assert quads(tmp_path / "pieces") == quads(tmp_path / "whole")
    assert any("sam_altman" in q for q in quads(tmp_path / "whole"))


def test_oxigraph_store_writes_the_page_unless_the_graph_is_too_big(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rdflib import Graph

    from kg import corpus

    sizes: list[int] = []

    def page(graph: Graph, path: Path) -> None:
        sizes.append(len(graph))
        path.write_text("<html></html>")

    corpus_file = write_corpus(tmp_path / "c.jsonl", CORPUS)
    build([corpus_file], tmp_path / "out", store=Store.OXIGRAPH, html=page)
    assert (tmp_path / "out" / "graph.html").read_text() == "<html></html>"
    assert sizes == [len(triples(tmp_path / "out" / "graph.ttl", ox.RdfFormat.TURTLE))]
    monkeypatch.setattr(corpus, "HTML_QUAD_LIMIT", 1)
    result = build([corpus_file], tmp_path / "big", store=Store.OXIGRAPH, html=page)
    assert "html" not in result.paths and not (tmp_path / "big" / "graph.html").exists()
