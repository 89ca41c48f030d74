"""Hostile input through the real ``kg`` command line: a right result or a one-line error.

Every error case checks: exit code 2, one line on stderr naming the input and the problem,
no traceback, and the outputs a previous build left in ``--out`` byte for byte unchanged.
Cases that need the French model are marked ``model``; the 5 MB document and the
interruption (subprocesses) are ``slow``; the page in a browser is ``browser``.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import logging
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from factories import CHROMIUM_ARGS
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg import extract
from kg.cli import main
from kg.graph import union_graph
from kg.io import read_documents
from kg.model import Document, Triple
from kg.nlp import MAX_CHUNK, chunks

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)
FRENCH = (
    "Sam Altman, cofondateur d'OpenAI, a annoncé l'ouverture d'un bureau à Paris.\n\n"
    "Arthur Mensch, directeur général de Mistral AI, a salué cette décision à l'Élysée.\n"
)
OUTPUTS = ("graph.ttl", "graph.trig", "graph.jsonld", "graph.html")
KGO = "https://w3id.org/kg/ontology#"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def kg(capsys: pytest.CaptureFixture[str], *args: str | Path) -> Run:
    capsys.readouterr()
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An output folder holding what a previous build wrote."""
    folder = tmp_path / "out"
    folder.mkdir()
    for name in OUTPUTS:
        (folder / name).write_bytes(f"previous {name}\n".encode())
    return folder


def assert_untouched(folder: Path) -> None:
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".kg")) == sorted(
        OUTPUTS
    )
    for name in OUTPUTS:
        assert (folder / name).read_bytes() == f"previous {name}\n".encode()


def assert_error(run: Run, *needles: str) -> None:
    assert run.code == 2
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    assert lines[0].startswith("kg build: error: ")
    for needle in needles:
        assert needle in lines[0]
    assert "Traceback" not in run.err


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def jsonl(*records: dict[str, object] | str) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                   for r in records)


# What the graph holds ----------------------------------------------------------------------


def quads(folder: Path) -> list[ox.Quad]:
    return list(ox.parse(path=folder / "graph.trig", format=ox.RdfFormat.TRIG))


def labels(folder: Path) -> set[str]:
    return {q.object.value for q in quads(folder) if q.predicate.value == LABEL}


def literals(folder: Path) -> list[str]:
    return [q.object.value for q in quads(folder) if isinstance(q.object, ox.Literal)]


def facts(folder: Path) -> set[tuple[str, str, str]]:
    found = set()
    for q in quads(folder):
        if (q.predicate.value.startswith(KGO) and isinstance(q.object, ox.NamedNode)
                and "/entity/" in q.subject.value and "/entity/" in q.object.value):
            found.add((q.subject.value.rsplit("/", 1)[1], q.predicate.value[len(KGO):],
                       q.object.value.rsplit("/", 1)[1]))
    return found


def evidences(folder: Path) -> list[tuple[str, int, int]]:
    """(sentence, start, end) of every evidence record."""
    by_subject: dict[str, dict[str, str]] = {}
    for q in quads(folder):
        name = q.predicate.value.removeprefix(KGO)
        if name in {"sentence", "startChar", "endChar"}:
            by_subject.setdefault(q.subject.value, {})[name] = q.object.value
    return [(e["sentence"], int(e["startChar"]), int(e["endChar"])) for e in by_subject.values()]


def assert_valid_outputs(folder: Path) -> None:
    """Every export parses in Oxigraph and rdflib, to the same graph."""
    union = Graph().parse(folder / "graph.ttl", format="turtle")
    for name, fmt in (("graph.trig", "trig"), ("graph.jsonld", "json-ld")):
        ds = Dataset()
        ds.parse(folder / name, format=fmt)
        assert isomorphic(union_graph(ds), union), name
    for name, fmt in (("graph.ttl", ox.RdfFormat.TURTLE), ("graph.trig", ox.RdfFormat.TRIG),
                      ("graph.jsonld", ox.RdfFormat.JSON_LD)):
        assert sum(1 for _ in ox.parse(path=folder / name, format=fmt)) > 0
    assert (folder / "graph.html").read_bytes().startswith(b"<!DOCTYPE html>")


def assert_offsets_point_at_text(folder: Path, text: str) -> int:
    found = evidences(folder)
    for sentence, start, end in found:
        assert text[start:end].strip() == sentence.strip()
    return len(found)


# Errors before any analysis (no model) -----------------------------------------------------


@dataclass(frozen=True)
class Case:
    name: str
    files: dict[str, bytes | str]
    args: tuple[str, ...]
    needles: tuple[str, ...]


ERRORS = [
    Case("missing file", {}, ("{tmp}/nope.txt",), ("no such file", "nope.txt")),
    Case("missing path", {}, ("{tmp}/nope",), ("no such file or folder", "nope")),
    Case("empty folder", {"empty/": b""}, ("{tmp}/empty",), ("holds no .txt or .jsonl",)),
    Case("folder of images", {"img/a.png": PNG}, ("{tmp}/img",), ("holds no .txt or .jsonl",)),
    Case("empty file", {"a.txt": b""}, ("{tmp}/a.txt",), ("a.txt", "no text to analyse")),
    Case("white space", {"a.txt": " \n\t\r\n\u00a0\n"}, ("{tmp}/a.txt",), ("no text",)),
    Case("invisible only", {"a.txt": "\u200b\ufeff\u200d\x00"}, ("{tmp}/a.txt",), ("no text",)),
    Case("date header only", {"a.txt": "date 2024-05\n"}, ("{tmp}/a.txt",), ("no text",)),
    Case("impossible date", {"a.txt": "date 2024-13-45\n" + FRENCH}, ("{tmp}/a.txt",),
         ("a.txt", "'2024-13-45' is not YYYY")),
    Case("png", {"a.png": PNG}, ("{tmp}/a.png",), ("a.png", "is a PNG image, not text")),
    Case("png named .txt", {"a.txt": PNG}, ("{tmp}/a.txt",), ("a.txt", "is a PNG image")),
    Case("pdf", {"a.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"}, ("{tmp}/a.txt",),
         ("is a PDF document",)),
    Case("windows-1252", {"a.txt": FRENCH.encode("cp1252")}, ("{tmp}/a.txt",),
         ("a.txt", "not valid UTF-8", "line 1, column 43", "--encoding cp1252")),
    Case("utf-16 without bom", {"a.txt": FRENCH.encode("utf-16-le")}, ("{tmp}/a.txt",),
         ("a.txt", "binary", "--encoding utf-16-le")),
    Case("unknown encoding", {"a.txt": FRENCH}, ("{tmp}/a.txt", "--encoding", "klingon"),
         ("unknown encoding 'klingon'",)),
    Case("jsonl bad first line", {"c.jsonl": '{"id": "a", "text": "x"\n'}, ("{tmp}/c.jsonl",),
         ("c.jsonl' line 1", "not valid JSON")),
    Case("jsonl not utf-8", {"c.jsonl": b'{"id": "a", "text": "caf\xe9"}\n'}, ("{tmp}/c.jsonl",),
         ("line 1", "not valid UTF-8")),
    Case("jsonl all bad, skipped", {"c.jsonl": "{oops\n[1]\n\n"},
         ("{tmp}/c.jsonl", "--skip-bad"), ("no document to read in", "c.jsonl")),
    Case("hostile base iri", {"a.txt": FRENCH}, ("{tmp}/a.txt", "--base-iri", "javascript:x//"),
         ("base IRI 'javascript:x//'",)),
    Case("base iri with NUL", {"a.txt": FRENCH}, ("{tmp}/a.txt", "--base-iri", "http://e.org/\x00/"),
         ("base IRI",)),
]


@pytest.mark.parametrize("case", ERRORS, ids=[c.name for c in ERRORS])
def test_bad_input_is_one_line_and_touches_nothing(
    case: Case, tmp_path: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, data in case.files.items():
        if name.endswith("/"):
            (tmp_path / name).mkdir()
        else:
            write(tmp_path / name, data)
    args = [arg.format(tmp=tmp_path) for arg in case.args]
    run = kg(capsys, "build", *args, "--out", out)
    assert_error(run, *case.needles)
    assert_untouched(out)


def test_output_folder_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = write(tmp_path / "out", b"not a folder")
    run = kg(capsys, "build", write(tmp_path / "a.txt", FRENCH), "--out", target)
    assert_error(run, "out")
    assert target.read_bytes() == b"not a folder"


# Errors after some documents were analysed, and recoveries (model) -------------------------


@pytest.mark.model
def test_malformed_jsonl_line_is_named(
    nlp: object, tmp_path: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write(tmp_path / "c.jsonl", jsonl({"id": "a", "text": FRENCH}, "", '{"id": "b", "te'))
    assert_error(kg(capsys, "build", corpus, "--out", out), "c.jsonl' line 3", "not valid JSON")
    assert_untouched(out)


@pytest.mark.model
def test_skip_bad_goes_on_and_reports_each_line(
    nlp: object, tmp_path: Path, out: Path, capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    corpus = write(tmp_path / "c.jsonl", jsonl(
        {"id": "a", "text": FRENCH}, "{oops", {"id": "b"},
        {"id": "c", "text": FRENCH, "date": True},
        {"id": "d", "text": FRENCH.replace("Sam", "Samuel")},
    ))
    with caplog.at_level(logging.WARNING):
        run = kg(capsys, "build", corpus, "--out", out, "--skip-bad")
    assert run.code == 0, run.err
    assert "2 document(s)" in run.out
    skipped = re.findall(r"c\.jsonl' line (\d+)", caplog.text)
    assert skipped == ["2", "3", "4"]
    assert_valid_outputs(out)


@pytest.mark.model
@pytest.mark.parametrize(
    "files, sources",
    [
        ({"c.jsonl": jsonl({"id": "x", "text": FRENCH}, {"id": "x", "text": FRENCH + " Fin."})},
         ("c.jsonl:1", "c.jsonl:2")),
        ({"c.jsonl": jsonl({"id": "x", "text": FRENCH}, {"id": "x", "text": FRENCH})},
         ("c.jsonl:1", "c.jsonl:2")),
        ({"a/x.txt": FRENCH, "b/x.txt": FRENCH}, ("a/x.txt", "b/x.txt")),
    ],
    ids=["jsonl different text", "jsonl same text", "same file name in two folders"],
)
def test_duplicate_document_ids_are_an_error_naming_both(
    nlp: object, files: dict[str, str], sources: tuple[str, str], tmp_path: Path, out: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name, data in files.items():
        write(tmp_path / "in" / name, data)
    run = kg(capsys, "build", tmp_path / "in", "--out", out)
    assert_error(run, "document id 'x' occurs twice", *sources)
    assert_untouched(out)


@dataclass(frozen=True)
class Failing:
    """An extractor that breaks on one document, as a bug would."""

    name: str = "test.failing.v1"

    def extract(self, doc: object) -> Iterator[Triple]:
        if "BOOM" in doc.text:  # type: ignore[attr-defined]
            raise RuntimeError("extractor bug")
        yield from ()


@pytest.mark.model
def test_an_extractor_bug_in_one_document_costs_only_that_extractor_there(
    nlp: object, tmp_path: Path, out: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
) -> None:
    # a corpus build must not die on one odd sentence: the error names the extractor, the
    # document and the exception, and every other fact is built
    real = extract.default_extractors
    monkeypatch.setattr(extract, "default_extractors", lambda: [*real(), Failing()])
    write(tmp_path / "in" / "a.txt", FRENCH)
    write(tmp_path / "in" / "b.txt", FRENCH + "\nBOOM.\n")
    with caplog.at_level("ERROR", logger="kg.pipeline"):
        run = kg(capsys, "build", tmp_path / "in", "--out", out)
    assert run.code == 0, run.err
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1
    assert all(n in errors[0] for n in ("test.failing.v1", "'b'", "extractor bug"))
    graph = (out / "graph.trig").read_text(encoding="utf-8")
    assert "previous" not in graph and graph.count("kg.apposition.v1") >= 2


# Correct results from dirty input (model) --------------------------------------------------


def build_ok(capsys: pytest.CaptureFixture[str], path: Path, out: Path, *args: str) -> Run:
    run = kg(capsys, "build", path, "--out", out, "-q", *args)
    assert run.code == 0, run.err
    assert_valid_outputs(out)
    return run


def document_text(path: Path, **options: str) -> str:
    (document,) = read_documents([path], **options)
    return document.text


@pytest.mark.model
def test_utf8_bom_before_the_date_header(nlp: object, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "bom.txt", codecs.BOM_UTF8 + b"date 2024-05-14\n" + FRENCH.encode())
    build_ok(capsys, path, tmp_path / "o")
    dates = [q.object.value for q in quads(tmp_path / "o") if q.predicate.value.endswith("/date")]
    assert dates == ["2024-05-14"]
    assert "Sam Altman" in labels(tmp_path / "o")
    assert not any("\ufeff" in value for value in literals(tmp_path / "o"))
    assert assert_offsets_point_at_text(tmp_path / "o", document_text(path)) >= 2


@pytest.mark.model
def test_control_and_zero_width_characters_do_not_split_names(
    nlp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dirty = (FRENCH.replace("Sam Altman", "Sam Alt\x00man").replace("OpenAI", "Open\u200bAI")
             .replace("Mistral", "Mis\u00adtral\x1b[0m").replace("à Paris", "à Pa\u200dris\x07"))
    path = write(tmp_path / "dirty.txt", dirty.replace("\n", "\r\n"))
    build_ok(capsys, path, tmp_path / "o")
    assert {"Sam Altman", "OpenAI", "Mistral AI", "Paris"} <= labels(tmp_path / "o")
    bad = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u00ad\ufeff]")
    assert not any(bad.search(value) for value in literals(tmp_path / "o"))
    assert assert_offsets_point_at_text(tmp_path / "o", document_text(path)) >= 2


@pytest.mark.model
def test_windows_1252_with_encoding_option(nlp: object, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "old.txt", FRENCH.replace("'", "\u2019").encode("cp1252"))
    build_ok(capsys, path, tmp_path / "o", "--encoding", "cp1252")
    assert "Élysée" in labels(tmp_path / "o")
    sentences = [s for s, _, _ in evidences(tmp_path / "o")]
    assert any("d\u2019OpenAI, a annoncé" in s for s in sentences)


@pytest.mark.model
def test_html_given_as_text_keeps_only_its_text(
    nlp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Titre</title><script>alert('Sam Altman')</script>"
        "</head><body><h1>OpenAI &agrave; Paris</h1><p>Sam Altman, cofondateur "
        "d&#39;<b>OpenAI</b>, a annoncé l&rsquo;ouverture d&apos;un bureau à "
        "<a href=\"javascript:alert(1)\">Paris</a>.</p>\n<p>Arthur Mensch, directeur général "
        "de <i>Mistral&nbsp;AI</i>, a salué cette décision.</p><style>p{}</style></body></html>"
    )
    path = write(tmp_path / "page.txt", page)
    with caplog.at_level(logging.WARNING):
        build_ok(capsys, path, tmp_path / "o")
    assert "looks like HTML" in caplog.text
    assert ("sam_altman", "cofounderOf", "openai") in facts(tmp_path / "o")
    for value in literals(tmp_path / "o"):
        assert not re.search(r"<|>|&\w+;|alert|javascript", value), value
    assert assert_offsets_point_at_text(tmp_path / "o", document_text(path)) >= 1


ENGLISH = (
    "OpenAI chief executive Sam Altman said on Tuesday that the company would open an office "
    "in Paris. Officials in Brussels told reporters that the inquiry could take months, and "
    "that the firm had been informed of the decision by the European Commission.\n"
)
CHINESE = (
    "萨姆·奥尔特曼是OpenAI的联合创始人。该公司宣布在巴黎开设办事处。"
    "法国总统表示欢迎这一决定。\n"
)


@pytest.mark.model
@pytest.mark.parametrize("text, reason", [(ENGLISH, "French function words"),
                                          (CHINESE, "not Latin script")], ids=["en", "zh"])
def test_other_languages_warn_then_do_their_best(
    nlp: object, text: str, reason: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = write(tmp_path / "foreign.txt", text)
    with caplog.at_level(logging.WARNING):
        build_ok(capsys, path, tmp_path / "o")
    assert "does not look French" in caplog.text and reason in caplog.text
    assert assert_offsets_point_at_text(tmp_path / "o", text) >= 0


@pytest.mark.model
def test_a_20000_character_sentence(nlp: object, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    clause = ", puis Arthur Mensch, directeur général de Mistral AI, a salué la décision"
    sentence = "Sam Altman, cofondateur d'OpenAI, a annoncé un bureau à Paris"
    while len(sentence) < 20_000 - len(clause):
        sentence += clause
    sentence = sentence[:19_999].rstrip() + "."
    path = write(tmp_path / "long.txt", sentence)
    build_ok(capsys, path, tmp_path / "o")
    assert len(document_text(path)) >= 19_900
    assert assert_offsets_point_at_text(tmp_path / "o", document_text(path)) >= 0


# A 5 MB document (slow) --------------------------------------------------------------------


def data_dump(paragraphs: int, width: int = 4000) -> list[str]:
    """Paragraphs of long hexadecimal tokens, like a data dump pasted into an article."""
    rows = []
    for i in range(paragraphs):
        digest = "".join(hashlib.sha256(f"{i}.{k}".encode()).hexdigest() for k in range(63))
        rows.append(digest[:width])
    return rows


@pytest.mark.model
@pytest.mark.slow
def test_a_5_mb_document_is_parsed_in_pieces_with_right_offsets(
    nlp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Five times spaCy's 1,000,000-character limit, in one document.

    The bulk is long unbroken tokens (cheap to parse) so the test takes seconds, not the
    tens of minutes 5 MB of prose would; chunking itself is the same for prose
    (test_io.py checks cuts and offsets on any text). Real sentences open the document,
    sit in its middle and close it, so facts come from the first, a middle and the last chunk.
    """
    opening = "Sam Altman, cofondateur d'OpenAI, a annoncé un bureau à Paris."
    middle = "Julien Chaumond, cofondateur de Hugging Face, vit à New York."
    closing = "Arthur Mensch, directeur général de Mistral AI, a salué cette décision."
    dump = data_dump(1250)
    text = "\n\n".join([opening, *dump[:600], middle, *dump[600:], closing]) + "\n"
    assert len(text) > 5_000_000
    path = write(tmp_path / "big.txt", text)
    build_ok(capsys, path, tmp_path / "o")
    pieces = list(chunks(Document("big", document_text(path))))
    assert len(pieces) >= 50 and max(len(p.text) for p in pieces) <= MAX_CHUNK
    found = {(s, start) for s, start, _ in evidences(tmp_path / "o")}
    # every evidence record checked; a sentence may be the evidence of several facts
    assert assert_offsets_point_at_text(tmp_path / "o", text) >= len(found) == 3
    last = max(start for _, start in found)
    assert last >= pieces[-1].offset  # a fact from the last chunk, at the right place
    assert text[last:].startswith("Arthur Mensch")
    assert ("arthur_mensch", "ceoOf", "mistral_ai") in facts(tmp_path / "o")
    assert ("sam_altman", "cofounderOf", "openai") in facts(tmp_path / "o")


# Interruption (slow, subprocesses) ---------------------------------------------------------


def analyses(out: Path) -> int:
    folder = out / ".kg" / "analyses"
    # not the hidden temporary file of an analysis being written (".x.1a2b.tmp.json"): a
    # signal that lands then removes it, and the count would go down again
    files = folder.glob("*.json") if folder.is_dir() else ()
    return sum(1 for p in files if not p.name.startswith("."))


def _default_interrupt() -> None:
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def interrupt(corpus: Path, out: Path, signum: int) -> tuple[int, str]:
    """Start a build, send ``signum`` once it has analysed one more document, wait for it."""
    before = analyses(out)
    # batches of one document: with spaCy's default batches, a whole small corpus is parsed
    # at once and its analyses land in a burst, before the signal can arrive
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "-q",
         "--batch-size", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        # an ignored or blocked SIGINT is inherited (and Python then installs no Ctrl-C
        # handler): within the whole suite an earlier test may leave this process so
        preexec_fn=_default_interrupt,
    )
    while analyses(out) <= before and process.poll() is None:
        time.sleep(0.1)
    process.send_signal(signum)
    _, err = process.communicate(timeout=300)
    return process.returncode, err


@pytest.mark.model
@pytest.mark.slow
def test_interrupted_builds_keep_previous_outputs_and_a_rerun_completes(tmp_path: Path) -> None:
    from factories import sample

    from kg.export import write_outputs
    from kg.graph import build_dataset
    from kg.viz import write_html

    out = tmp_path / "out"
    write_outputs(build_dataset(*sample()), out, html=write_html)
    previous = {name: (out / name).read_bytes() for name in OUTPUTS}
    corpus = tmp_path / "corpus"
    # enough documents that the second interruption still finds work left, however fast
    # each analysis is and however late the first signal lands
    documents = 60
    for i in range(documents):
        write(corpus / f"a{i:02}.txt", FRENCH.replace("Paris", f"Paris {i}") * 4)

    for signum, code in ((signal.SIGINT, 130), (signal.SIGTERM, 143)):
        returncode, err = interrupt(corpus, out, signum)
        assert returncode == code, err
        assert err.strip().splitlines()[-1] == "kg build: interrupted"
        assert "Traceback" not in err
        assert {name: (out / name).read_bytes() for name in OUTPUTS} == previous
        assert [p.name for p in out.iterdir() if ".tmp" in p.name] == []
        assert sum(1 for _ in ox.parse(path=out / "graph.trig", format=ox.RdfFormat.TRIG)) > 0
    done = analyses(out)
    assert 2 <= done < documents

    rerun = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "-q"],
        capture_output=True, text=True, timeout=600,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert f"kg build: {documents} document(s)" in rerun.stdout
    assert_valid_outputs(out)
    built = {q.subject.value for q in quads(out) if q.object.value == f"{KGO}Document"}
    assert len(built) == documents


# One hostile corpus through build, viz and serve -------------------------------------------

XSS = "<img src=x onerror=\"window.pwned=1;alert('xss')\">"
HOSTILE_PAGE = (
    "<html><head><script>alert('head')</script></head><body>"
    "<h1>OpenAI &amp; Paris</h1><p>Sam Altman, cofondateur d&#39;OpenAI, a annoncé un bureau "
    "à <a href=\"javascript:alert('lien')\">Paris</a>.<script>var s = '</p><p>faux';"
    "alert('</script>')</script></p></body></html>"
)
LONG_NAME = "Compagnie " + " ".join(f"Générale{i}" for i in range(120))
HOSTILE_RECORDS = [
    {"id": "x1", "title": "</script><script>alert('title')</script>", "url": "javascript:alert(1)",
     "date": "2024-05-14",
     "text": "Arthur Mensch, directeur général de Mistral AI, a parlé. "
             "SELECT * WHERE { ?s ?p ?o } ; "
             "DROP ALL ; INSERT DATA { <urn:a> <urn:b> <urn:c> } #"},
    {"id": "x2\" onmouseover=\"alert(2)", "url": "https://example.org/a?b=<c>&d=\"e\"",
     "text": f"Jean \"Le Grand\" Dupont, directeur de {LONG_NAME}, a démissionné. {XSS} "
             "Marie O'Neil\\, présidente de l'Institut \"Pasteur\" <b>de Lille</b>, l'a remplacé."},
    {"id": "x3", "text": "Louise Martin, fondatrice de ]]></script><svg onload=alert(3)>Acme, "
                         "a confirmé. &lt;script&gt;alert(4)&lt;/script&gt; \u202eevil\u202c "
                         "Paul\u200bine Roux, directrice de Zeta, est à Lyon."},
]


@pytest.fixture(scope="module")
def hostile_build(nlp: object, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``kg build`` of the hostile corpus (HTML page + JSONL records)."""
    root = tmp_path_factory.mktemp("hostile")
    write(root / "in" / "page.txt", HOSTILE_PAGE)
    write(root / "in" / "records.jsonl", jsonl(*HOSTILE_RECORDS))
    assert main(["build", str(root / "in"), "--out", str(root / "out"), "-q"]) == 0
    return root / "out"


@pytest.mark.model
def test_hostile_corpus_builds_valid_exports_with_no_markup(hostile_build: Path) -> None:
    assert_valid_outputs(hostile_build)
    values = literals(hostile_build)
    for value in values:
        assert "\u202e" not in value and "\u200b" not in value
        if value != "javascript:alert(1)":  # the record's url, kept as text (checked below)
            assert not re.search(r"<\s*/?\s*(script|svg|img|b)\b|onerror|javascript:", value)
    assert len(labels(hostile_build)) >= 5
    sources = [q.object for q in quads(hostile_build) if q.predicate.value.endswith("/source")]
    assert ox.Literal("javascript:alert(1)") in sources  # kept as text, never as a link
    # SPARQL-looking text is data: it is in a literal and changed nothing
    assert any("DROP ALL" in value for value in values)


@pytest.mark.model
def test_hostile_corpus_renders_with_kg_viz(
    hostile_build: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    run = kg(capsys, "viz", hostile_build / "graph.trig", "--out", page)
    assert run.code == 0, run.err
    html = page.read_text(encoding="utf-8")
    for payload in ("<script>alert(", "window.pwned", "<svg onload", "javascript:alert"):
        assert payload not in html


@pytest.mark.model
def test_hostile_corpus_is_served_normally(hostile_build: Path) -> None:
    from kg.serve import ServerConfig, make_server

    server = make_server(ServerConfig(hostile_build / "graph.trig", port=0, workers=1))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        query = f"SELECT ?l WHERE {{ ?e <{LABEL}> ?l }}"
        url = server.url + "?" + urllib.parse.urlencode({"query": query})
        request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.status == 200
            rows = json.load(response)["results"]["bindings"]
        assert {row["l"]["value"] for row in rows} == labels(hostile_build)
        with urllib.request.urlopen(server.url.rsplit("/sparql", 1)[0] + "/", timeout=60) as home:
            assert home.status == 200
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.mark.model
@pytest.mark.browser
def test_nothing_from_the_hostile_corpus_runs_in_the_browser(hostile_build: Path) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Debian's chromium is missing")
    dialogs: list[str] = []
    errors: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=list(CHROMIUM_ARGS)
        )
        try:
            page = browser.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("pageerror", lambda err: errors.append(str(err)))
            page.goto((hostile_build / "graph.html").as_uri())
            page.wait_for_function("() => window.kgReady === true", timeout=60_000)
            shown = page.evaluate("() => document.body.innerText")
            pwned = page.evaluate("() => window.pwned")
        finally:
            browser.close()
    assert dialogs == [] and errors == [] and pwned is None
    assert "Sam Altman" in shown or len(shown) > 0
