"""kg.distributed: a 2-worker LocalCluster builds the graph a single process builds."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.distributed import dask_analyser, parse_address
from kg.errors import InputError

TEXTS = [
    ("d1", "Sam Altman, cofondateur d'OpenAI, a ouvert un bureau à Paris."),
    ("d2", "Microsoft, partenaire d'OpenAI, investit en France."),
    ("d3", "Altman a rencontré Emmanuel Macron à l'Élysée."),
    ("d4", "Xavier Niel a fondé Station F à Paris."),
]


def quads(out: Path) -> set[str]:
    return {str(q) for q in ox.parse(path=out / "graph.trig", format=ox.RdfFormat.TRIG)}


@pytest.mark.parametrize("address", ["local:0", "local:x", "local:"])
def test_bad_local_addresses_are_refused(address: str) -> None:
    with pytest.raises(InputError, match="local:N"):
        parse_address(address)


def test_missing_dask_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    from kg.distributed import DaskMissingError

    real_import = builtins.__import__

    def no_distributed(name: str, *args: object, **kwargs: object) -> object:
        if name == "distributed":
            raise ImportError("No module named 'distributed'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_distributed)
    with pytest.raises(DaskMissingError, match=r"kg\[dask\]"):
        dask_analyser("local:2")


@pytest.mark.model
@pytest.mark.slow
def test_local_cluster_builds_the_single_process_graph(tmp_path: Path, nlp: object) -> None:
    pytest.importorskip("distributed")
    from kg.corpus import build_corpus, local_analyser

    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in TEXTS))
    single = build_corpus([corpus], tmp_path / "single", analyser=local_analyser())
    dask = build_corpus([corpus], tmp_path / "dask",
                        analyser=dask_analyser("local:2", task_size=1))
    assert dask.analysed == single.analysed == len(TEXTS)
    assert quads(tmp_path / "dask") == quads(tmp_path / "single")
    assert single.summary.fact_count > 0


GAZETTEER = "qid\ttype\tlabel_fr\tlabel_en\taliases\nQ987654321\tCompany\tVelmora Systèmes\t\t\n"


@pytest.mark.model
@pytest.mark.slow
def test_user_gazetteers_reach_the_workers(tmp_path: Path, nlp: object) -> None:
    """A file only the client has links names on the workers as it does in one process."""
    pytest.importorskip("distributed")
    from kg.corpus import build_corpus, local_analyser

    gazetteer = tmp_path / "client-only" / "mine.tsv"
    gazetteer.parent.mkdir()
    gazetteer.write_text(GAZETTEER, encoding="utf-8")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "g1", "text": "Velmora Systèmes a ouvert un bureau "
                                  "à Lyon, a annoncé la société."}) + "\n")
    single = build_corpus([corpus], tmp_path / "single",
                          analyser=local_analyser(gazetteers=[str(gazetteer)]))
    dask_analysis = dask_analyser("local:1", gazetteers=[str(gazetteer)])
    assert dask_analysis.fingerprint == local_analyser(gazetteers=[str(gazetteer)]).fingerprint
    gazetteer.unlink()  # the workers use what the client read, not the path
    dask = build_corpus([corpus], tmp_path / "dask", analyser=dask_analysis)
    assert dask.analysed == single.analysed == 1
    assert quads(tmp_path / "dask") == quads(tmp_path / "single")
    assert any("Q987654321" in quad for quad in quads(tmp_path / "dask"))


def test_a_bad_gazetteer_fails_on_the_client(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    bad = tmp_path / "bad.tsv"
    bad.write_text("qid\ttype\nQ1\tCompany\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.tsv"):
        dask_analyser("local:2", gazetteers=[str(bad)])
