"""Tests of kg.eval and ``kg eval``: matching rules, scores, RELX mode, entity check, CLI.

Graphs are built by hand in the shape ontology/README.md documents (entity nodes with
rdfs:label and skos:altLabel, the plain fact triple, a kgo:Assertion with the fused
confidence, kgo:Evidence derived from a kgo:Document); gold files are small hand-written
fixtures under tests/data/eval about invented companies.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.cli import main
from kg.errors import InputError
from kg.eval import (
    GoldEntity,
    GoldFact,
    Mode,
    PredictedFact,
    Ratio,
    check_entities,
    evaluate,
    fact_matches,
    format_report,
    predicted_facts,
    read_gold,
    read_graph,
    read_relx,
    report_to_dict,
    score_facts,
)
from kg.namespace import KGO

DATA = Path(__file__).parent / "data" / "eval"
EX = Namespace("http://example.org/kg/")


# --------------------------------------------------------------------------- graph builder


def add_entity(data: Dataset, label: str, cls: str, *aliases: str) -> URIRef:
    """An entity node: its class, its preferred label and its other surface forms."""
    node = EX["entity/" + label.replace(" ", "_").replace("'", "_")]
    default = data.default_graph
    default.add((node, RDF.type, KGO[cls]))
    default.add((node, RDFS.label, Literal(label, lang="fr")))
    for alias in aliases:
        default.add((node, SKOS.altLabel, Literal(alias, lang="fr")))
    return node


def add_fact(
    data: Dataset,
    subject: URIRef,
    relation: str,
    obj: URIRef,
    *,
    confidence: float | None = None,
    documents: tuple[str, ...] = (),
    identified: bool = True,
    extractor: str = "kg.verbframe.v1",
) -> None:
    """The fact triple, its assertion record and one evidence record per document.

    As in graph.trig, the fact and its evidence go into each document's named graph; the
    assertion and document metadata stay in the default graph.
    """
    triple = (subject, KGO[relation], obj)
    default = data.default_graph
    assertion = EX[f"assertion/{len(set(default.subjects(RDF.type, KGO.Assertion)))}"]
    default.add((assertion, RDF.type, KGO.Assertion))
    default.add((assertion, RDF.subject, subject))
    default.add((assertion, RDF.predicate, KGO[relation]))
    default.add((assertion, RDF.object, obj))
    if confidence is not None:
        default.add((assertion, KGO.confidence, Literal(confidence, datatype=XSD.double)))
    if not documents:
        default.add(triple)
    for ident in documents:
        doc = EX[f"doc/{ident}"]
        default.add((doc, RDF.type, KGO.Document))
        if identified:
            default.add((doc, DCTERMS.identifier, Literal(ident)))
        named = data.graph(doc)
        evidence = EX[f"evidence/{assertion.rsplit('/', 1)[-1]}-{ident}"]
        named.add(triple)
        named.add((evidence, RDF.type, KGO.Evidence))
        named.add((evidence, PROV.wasDerivedFrom, doc))
        named.add((evidence, KGO.extractor, Literal(extractor)))
        default.add((assertion, KGO.evidence, evidence))


def write(data: Dataset, folder: Path, suffix: str) -> Path:
    """Serialise: TriG and JSON-LD keep the named graphs, Turtle gets their union."""
    path = folder / f"graph{suffix}"
    if suffix == ".ttl":
        union = Graph()
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
        union.serialize(path, format="turtle")
    else:
        data.serialize(path, format={".trig": "trig", ".jsonld": "json-ld"}[suffix])
    return path


@pytest.fixture
def facts_graph() -> Dataset:
    """A graph scored against tests/data/eval/gold.jsonl (expected figures in the tests)."""
    data = Dataset()
    norvane = add_entity(data, "Norvane", "Company")
    lyon = add_entity(data, "Lyon", "City")
    elise = add_entity(data, "Elise Marchand", "Person", "Mme Marchand")
    helios = add_entity(data, "Helios Data", "Company")
    bergerie = add_entity(data, "Bergerie Sud", "Company")
    coop = add_entity(data, "coopérative fromagère", "Company")
    grenoble = add_entity(data, "Grenoble", "City")
    # the four required facts, each stated in another way than the gold states it
    add_fact(data, norvane, "opensOfficeIn", lyon, confidence=0.9, documents=("a1",))
    add_fact(data, elise, "cofounderOf", norvane, confidence=0.85, documents=("a1",))
    add_fact(data, helios, "partnerOf", norvane, confidence=0.6, documents=("a1",))
    add_fact(data, bergerie, "acquiredBy", coop, confidence=0.95, documents=("a1",))
    # an acceptable (non-required) fact, and two wrong ones
    appositions = {"documents": ("a1",), "extractor": "kg.apposition.v1"}
    add_fact(data, norvane, "basedIn", grenoble, confidence=0.7, **appositions)
    add_fact(data, norvane, "competitorOf", helios, confidence=0.5, **appositions)
    add_fact(data, norvane, "acquires", bergerie, confidence=0.9, documents=("a1",))
    return data


# --------------------------------------------------------------------------- matching rules


def said(subject: str | tuple[str, ...], relation: str, obj: str | tuple[str, ...]):
    names = [(name,) if isinstance(name, str) else name for name in (subject, obj)]
    return PredictedFact("ex:s", relation, "ex:o", names[0], names[1])


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        (said("Norvane", "acquires", "Bolt"), GoldFact("Norvane", "acquires", "Bolt"), True),
        # case, accents, leading articles and elisions are ignored
        (said("NORVANE", "basedIn", "Genève"), GoldFact("Norvane", "basedIn", "geneve"), True),
        (said("l'Ademe", "basedIn", "la France"), GoldFact("Ademe", "basedIn", "France"), True),
        (said("d\u2019Helios", "partnerOf", "Bolt"), GoldFact("Helios", "partnerOf", "Bolt"), True),
        # any alias of either side
        (
            said("Mme Marchand", "ceoOf", "Bolt"),
            GoldFact("Élise Marchand", "ceoOf", "Bolt", aliases_subject=("Mme Marchand",)),
            True,
        ),
        (said(("E. M.", "Élise"), "ceoOf", "Bolt"), GoldFact("elise", "ceoOf", "Bolt"), True),
        (said("Norvane", "acquires", "Bolt"), GoldFact("Norvane", "acquires", "Volt"), False),
        # inverse: ends swapped, and only swapped
        (said("Bolt", "acquiredBy", "Norvane"), GoldFact("Norvane", "acquires", "Bolt"), True),
        (said("Norvane", "acquiredBy", "Bolt"), GoldFact("Norvane", "acquires", "Bolt"), False),
        (said("Norvane", "acquires", "Bolt"), GoldFact("Bolt", "acquiredBy", "Norvane"), True),
        # symmetric: either way round; a non-symmetric relation is not
        (said("Bolt", "partnerOf", "Norvane"), GoldFact("Norvane", "partnerOf", "Bolt"), True),
        (said("Bolt", "acquires", "Norvane"), GoldFact("Norvane", "acquires", "Bolt"), False),
        # a sub-property states its parent (and the parent's inverse), not the reverse
        (said("Ana", "cofounderOf", "Bolt"), GoldFact("Ana", "founderOf", "Bolt"), True),
        (said("Ana", "cofounderOf", "Bolt"), GoldFact("Bolt", "foundedBy", "Ana"), True),
        (said("Ana", "ceoOf", "Bolt"), GoldFact("Ana", "leaderOf", "Bolt"), True),
        (said("Ana", "founderOf", "Bolt"), GoldFact("Ana", "cofounderOf", "Bolt"), False),
        (said("Ana", "leaderOf", "Bolt"), GoldFact("Ana", "ceoOf", "Bolt"), False),
        (said("Ana", "memberOf", "Bolt"), GoldFact("Ana", "employeeOf", "Bolt"), False),
    ],
)
def test_fact_matches(predicted: PredictedFact, gold: GoldFact, expected: bool) -> None:
    assert fact_matches(predicted, gold) is expected


def test_gold_entity_aliases_widen_the_gold_names() -> None:
    predicted = said("la start-up grenobloise", "basedIn", "Grenoble")
    gold = GoldFact("Norvane", "basedIn", "Grenoble")
    entity = GoldEntity("Norvane", "Organization", aliases=("la start-up grenobloise",))
    assert not fact_matches(predicted, gold)
    assert fact_matches(predicted, gold, entities=[entity])
    # a forbidden line never lends its label
    forbidden = GoldEntity("Norvane", None, aliases=("la start-up grenobloise",), forbidden=True)
    assert not fact_matches(predicted, gold, entities=[forbidden])


# --------------------------------------------------------------------------- document-level scores


@pytest.mark.parametrize("suffix", [".ttl", ".trig", ".jsonld"])
def test_scores_on_a_hand_built_graph(facts_graph: Dataset, tmp_path: Path, suffix: str) -> None:
    report = evaluate(DATA / "gold.jsonl", write(facts_graph, tmp_path, suffix))

    assert report.mode is Mode.FACTS
    assert report.required_recall == Ratio(4, 4)
    assert report.all_recall == Ratio(5, 6)
    # the non-required basedIn fact is correct, not extra
    assert report.precision == Ratio(5, 7)
    assert report.f1 == pytest.approx(2 * 1.0 * (5 / 7) / (1.0 + 5 / 7))
    assert report.calibration.high == Ratio(3, 4)
    assert report.calibration.low == Ratio(2, 3)
    assert report.missed == ()
    assert [str(fact) for fact in report.missed_optional] == [
        "Autorité de la concurrence investigates Norvane"
    ]
    assert sorted(str(extra.fact) for extra in report.extra) == [
        "Norvane acquires Bergerie Sud",
        "Norvane competitorOf Helios Data",
    ]


def test_missed_required_fact_and_facts_without_confidence(tmp_path: Path) -> None:
    data = Dataset()
    norvane, lyon = add_entity(data, "Norvane", "Company"), add_entity(data, "Lyon", "City")
    add_fact(data, norvane, "opensOfficeIn", lyon)  # no assertion confidence
    report = evaluate(DATA / "gold.jsonl", write(data, tmp_path, ".ttl"))

    assert report.required_recall == Ratio(1, 4)
    assert report.precision == Ratio(1, 1)
    assert report.calibration.unscored == 1
    assert report.calibration.high == Ratio(0, 0)
    assert [str(fact) for fact in report.missed] == [
        "Élise Marchand cofounderOf Norvane",
        "Norvane partnerOf Helios Data",
        "La Coopérative Fromagère acquires Bergerie Sud",
    ]


def test_per_relation_figures(facts_graph: Dataset, tmp_path: Path) -> None:
    report = evaluate(DATA / "gold.jsonl", write(facts_graph, tmp_path, ".ttl"))
    table = {score.relation: (score.recall, score.precision) for score in report.per_relation}

    assert table["acquires"] == (Ratio(1, 1), Ratio(0, 1))
    assert table["acquiredBy"] == (Ratio(0, 0), Ratio(1, 1))
    assert table["investigates"] == (Ratio(0, 1), Ratio(0, 0))


def test_per_extractor_precision_and_mean_confidence(
    facts_graph: Dataset, tmp_path: Path
) -> None:
    report = evaluate(DATA / "gold.jsonl", write(facts_graph, tmp_path, ".trig"))
    table = {score.extractor: score for score in report.per_extractor}

    assert set(table) == {"kg.verbframe.v1", "kg.apposition.v1"}
    assert table["kg.verbframe.v1"].precision == Ratio(4, 5)  # `acquires` reversed is wrong
    assert table["kg.verbframe.v1"].confidence == pytest.approx((0.9 + 0.85 + 0.6 + 0.95 + 0.9) / 5)
    assert table["kg.apposition.v1"].precision == Ratio(1, 2)
    assert table["kg.apposition.v1"].confidence == pytest.approx(0.6)
    assert "kg.apposition.v1  0.50 (1/2)" in format_report(report)


def test_predicted_facts_read_names_confidence_and_documents(facts_graph: Dataset) -> None:
    graph = Graph()
    for s, p, o, _ in facts_graph.quads((None, None, None, None)):
        graph.add((s, p, o))
    facts = {fact.predicate: fact for fact in predicted_facts(graph)}

    assert set(facts) >= {"cofounderOf", "partnerOf", "acquiredBy"}
    assert facts["cofounderOf"].subject_names == ("Elise Marchand", "Mme Marchand")
    assert facts["cofounderOf"].confidence == pytest.approx(0.85)
    assert facts["cofounderOf"].documents == frozenset({"a1"})


def test_bookkeeping_triples_are_not_facts() -> None:
    graph = Graph()
    graph.add((EX.a, KGO.evidence, EX.b))
    graph.add((EX.a, RDFS.seeAlso, EX.b))
    assert predicted_facts(graph) == ()


def test_graph_folder_reads_its_graph_ttl(facts_graph: Dataset, tmp_path: Path) -> None:
    write(facts_graph, tmp_path, ".ttl")
    assert len(predicted_facts(read_graph(tmp_path))) == 7


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("graph.ttl", "this is not turtle", "cannot parse"),
        ("graph.xyz", "", "unknown graph format"),
    ],
)
def test_unreadable_graph(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_graph(path)


def test_missing_graph(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such graph file"):
        read_graph(tmp_path / "absent.ttl")


# --------------------------------------------------------------------------- reading gold


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"subject": "A", "predicate": "acquires"', "not JSON"),
        ('["A", "acquires", "B"]', "must be a JSON object"),
        ('{"subject": "A", "predicate": "buys", "object": "B", "required": true}', "'buys'"),
        ('{"subject": "", "predicate": "acquires", "object": "B", "required": true}', "subject"),
        ('{"subject": "A", "predicate": "acquires", "object": "B"}', "'required'"),
        (
            '{"subject": "A", "predicate": "acquires", "object": "B", "required": true, '
            '"aliases_object": "Bee"}',
            "aliases_object",
        ),
    ],
)
def test_bad_gold_line_names_its_number(tmp_path: Path, line: str, message: str) -> None:
    good = '{"subject": "A", "predicate": "acquires", "object": "B", "required": true}'
    path = tmp_path / "gold.jsonl"
    path.write_text(f"{good}\n\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError, match=message) as caught:
        read_gold(path)
    assert "line 3" in str(caught.value)


def test_read_relx_marks_annotated_relations_required() -> None:
    records = read_relx(DATA / "relx.jsonl")
    assert [record.id for record in records] == ["s-1", "s-2", "s-3", "s-4"]
    assert records[0].relations[0].required
    assert records[0].relations[0].record == "s-1"
    assert records[2].relations == ()


# --------------------------------------------------------------------------- RELX mode


@pytest.fixture
def relx_graph() -> Dataset:
    """A graph as if built from tests/data/eval/relx.jsonl, one document per record."""
    data = Dataset()
    norvane = add_entity(data, "Norvane", "Company")
    elise = add_entity(data, "Élise Marchand", "Person")
    helios = add_entity(data, "Helios Data", "Company")
    nantes = add_entity(data, "Nantes", "City")
    bergerie = add_entity(data, "Bergerie Sud", "Company")
    atelier = add_entity(data, "L'Atelier Vert", "Company")
    rennes = add_entity(data, "Rennes", "City")
    # s-1: a sub-property of the annotated founderOf
    add_fact(data, elise, "cofounderOf", norvane, confidence=0.9, documents=("s-1",))
    # s-2: another relation than the annotated one; the right one only from s-3
    add_fact(data, helios, "presentIn", nantes, confidence=0.5, documents=("s-2",))
    add_fact(data, helios, "basedIn", nantes, confidence=0.9, documents=("s-3",))
    # s-3: a relation between a pair annotated with none
    add_fact(data, bergerie, "partnerOf", helios, confidence=0.6, documents=("s-3",))
    # s-4: found (document known only by its IRI); a fact between another pair is ignored
    add_fact(data, atelier, "basedIn", rennes, documents=("s-4",), identified=False)
    add_fact(data, bergerie, "acquires", atelier, confidence=0.9, documents=("s-4",))
    return data


def test_relx_scores_each_record_on_its_own_document(relx_graph: Dataset, tmp_path: Path) -> None:
    report = evaluate(DATA / "relx.jsonl", write(relx_graph, tmp_path, ".trig"))

    assert report.mode is Mode.RELX
    assert report.records == 4
    assert report.all_recall == report.required_recall == Ratio(2, 3)
    assert report.precision == Ratio(2, 4)
    assert report.calibration.high == Ratio(1, 1)
    assert report.calibration.low == Ratio(0, 2)
    assert report.calibration.unscored == 1
    assert [(fact.record, str(fact)) for fact in report.missed] == [
        ("s-2", "Helios Data basedIn Nantes")
    ]
    assert sorted((extra.record, str(extra.fact)) for extra in report.extra) == [
        ("s-2", "Helios Data presentIn Nantes"),
        ("s-3", "Bergerie Sud partnerOf Helios Data"),
    ]


def test_relx_per_relation_figures(relx_graph: Dataset, tmp_path: Path) -> None:
    report = evaluate(DATA / "relx.jsonl", write(relx_graph, tmp_path, ".trig"))
    table = {score.relation: (score.recall, score.precision) for score in report.per_relation}

    assert table == {
        "basedIn": (Ratio(1, 2), Ratio(1, 1)),
        "cofounderOf": (Ratio(0, 0), Ratio(1, 1)),
        "founderOf": (Ratio(1, 1), Ratio(0, 0)),
        "partnerOf": (Ratio(0, 0), Ratio(0, 1)),
        "presentIn": (Ratio(0, 0), Ratio(0, 1)),
    }


def test_relx_mode_can_be_forced_off(relx_graph: Dataset, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="line 1"):
        evaluate(DATA / "relx.jsonl", write(relx_graph, tmp_path, ".trig"), relx=False)


# --------------------------------------------------------------------------- entity check


def test_entity_check() -> None:
    data = Dataset()
    add_entity(data, "Norvane", "Company")  # Company is an Organization: accepted
    add_entity(data, "Lyon", "Person")
    add_entity(data, "Helios Data", "Company")
    data.default_graph.add((EX["entity/helios2"], RDFS.label, Literal("HÉLIOS DATA")))
    data.default_graph.add((EX["entity/helios2"], RDF.type, KGO.Organization))
    add_entity(data, "Bergerie Sud", "Company")
    add_entity(data, "Marchés et innovation", "Concept")
    graph = Graph()
    for s, p, o in data.default_graph:
        graph.add((s, p, o))
    entities = [
        GoldEntity("Norvane", "Organization", ("la start-up grenobloise",), required=True),
        GoldEntity("Élise Marchand", "Person", required=True),
        GoldEntity("Lyon", "Place", required=True),
        GoldEntity("Helios Data", "Organization", required=True),
        GoldEntity("Grenoble", "Place"),
        GoldEntity("Bergerie Sud", "Organization", required=True),
        GoldEntity("Marchés et innovation", None, forbidden=True),
    ]
    report = check_entities(graph, entities)

    assert report.checked == 6
    assert report.found == 4
    assert report.missing == ("Élise Marchand",)
    assert [(split.label, len(split.nodes)) for split in report.split] == [("Helios Data", 2)]
    assert [(m.label, m.expected, m.found) for m in report.type_mismatches] == [
        ("Lyon", "Place", ("Person",))
    ]
    assert report.forbidden == ("Marchés et innovation",)


def test_entities_file_widens_names_and_adds_the_check(tmp_path: Path) -> None:
    data = Dataset()
    startup = add_entity(data, "la start-up grenobloise", "Company")
    grenoble = add_entity(data, "Grenoble", "City")
    add_fact(data, startup, "basedIn", grenoble, confidence=0.9)
    graph = write(data, tmp_path, ".ttl")

    plain = evaluate(DATA / "gold.jsonl", graph)
    widened = evaluate(DATA / "gold.jsonl", graph, entities_path=DATA / "entities.jsonl")

    assert plain.precision == Ratio(0, 1)
    assert plain.entities is None
    assert widened.precision == Ratio(1, 1)
    assert widened.entities is not None
    assert "Lyon" in widened.entities.missing


# --------------------------------------------------------------------------- presenting and CLI


def test_format_report_ends_with_the_three_line_summary(
    facts_graph: Dataset, tmp_path: Path
) -> None:
    report = evaluate(DATA / "gold.jsonl", write(facts_graph, tmp_path, ".ttl"))
    assert format_report(report).splitlines()[-3:] == [
        "required recall 1.00 (4/4)  all recall 0.83 (5/6)",
        "precision 0.71 (5/7)  F1 0.83",
        "confidence>=0.8 precision 0.75 (3/4); <0.8 precision 0.67 (2/3)",
    ]


def test_cli_plain_report(
    facts_graph: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    graph = write(facts_graph, tmp_path, ".trig")
    code = main(
        ["eval", str(DATA / "gold.jsonl"), str(graph), "--entities", str(DATA / "entities.jsonl")]
    )
    out = capsys.readouterr().out

    assert code == 0
    assert "precision        0.71 (5/7)" in out
    assert "extra facts (2):" in out
    assert "  Norvane acquires Bergerie Sud  (confidence 0.90)" in out
    assert "entities: 6/6 gold entities found as nodes" in out
    assert out.splitlines()[-2] == "precision 0.71 (5/7)  F1 0.83"


def test_cli_json_report(
    relx_graph: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    graph = write(relx_graph, tmp_path, ".trig")
    code = main(["eval", str(DATA / "relx.jsonl"), str(graph), "--json"])
    data = json.loads(capsys.readouterr().out)

    assert code == 0
    assert data["mode"] == "relx"  # detected from the records' 'pair'
    assert data["precision"] == {"hits": 2, "total": 4, "value": 0.5}
    assert data["missed"][0]["record"] == "s-2"
    assert data["extra"][0]["fact"]["documents"] == ["s-2"]
    assert data == report_to_dict(evaluate(DATA / "relx.jsonl", graph))


def test_cli_relx_plain_report(
    relx_graph: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    graph = write(relx_graph, tmp_path, ".trig")
    assert main(["eval", str(DATA / "relx.jsonl"), str(graph)]) == 0
    lines = capsys.readouterr().out.splitlines()

    assert lines[0].startswith("RELX sentences: 4 records, 3 annotated relations")
    assert "basedIn      0.50 (1/2)        1.00 (1/1)" in lines
    assert "  [s-2] Helios Data basedIn Nantes" in lines
    assert lines[-3] == "required recall 0.67 (2/3)  all recall 0.67 (2/3)"


def test_cli_malformed_gold_line_exits_2(
    facts_graph: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    graph = write(facts_graph, tmp_path, ".ttl")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        '{"subject": "A", "predicate": "acquires", "object": "B", "required": true}\n'
        '{"subject": "A", "predicate": "acquires", "object": "B", "required": "yes"}\n',
        encoding="utf-8",
    )
    code = main(["eval", str(gold), str(graph)])
    err = capsys.readouterr().err

    assert code == 2
    assert "line 2" in err
    assert "'yes'" in err


def test_a_fact_the_gold_states_is_right_but_recalls_nothing() -> None:
    # the gold ceoOf states leaderOf (a sub-property); a predicted leaderOf is true, though
    # weaker than what the reader found
    gold = [GoldFact("Léa Moreau", "ceoOf", "Vernel", required=True)]
    said = [PredictedFact("ex:l", "leaderOf", "ex:v", ("Léa Moreau",), ("Vernel",), 0.9)]
    report = score_facts(gold, said)
    assert str(report.precision) == "1.00 (1/1)"
    assert str(report.required_recall) == "0.00 (0/1)"
    # the other way round, or with the ends swapped, it is not
    wrong = [PredictedFact("ex:v", "leaderOf", "ex:l", ("Vernel",), ("Léa Moreau",), 0.9)]
    assert str(score_facts(gold, wrong).precision) == "0.00 (0/1)"


# --------------------------------------------------------------------------- eval/news/score.py


def _news_scorer():  # type: ignore[no-untyped-def]
    """eval/news/score.py as a module (it is a script beside its data, not a package)."""
    import importlib.util

    path = Path(__file__).parents[1] / "eval" / "news" / "score.py"
    spec = importlib.util.spec_from_file_location("news_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


def test_news_scorer_sums_articles_and_extractors(
    facts_graph: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a1.gold.jsonl").write_text((DATA / "gold.jsonl").read_text(), encoding="utf-8")
    fine = {"subject": "Helios Data", "predicate": "fines", "object": "Norvane", "required": True}
    (gold / "a2.gold.jsonl").write_text(json.dumps(fine) + "\n", encoding="utf-8")
    build = tmp_path / "build"
    build.mkdir()
    write(facts_graph, build, ".ttl")

    assert _news_scorer().main([str(build), "--gold", str(gold), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)

    assert figures["required_recall"]["hits"] == 4
    assert figures["required_recall"]["total"] == 5  # a2's fact has no evidence in the graph
    assert figures["precision"]["hits"] == 5 and figures["precision"]["total"] == 7
    assert figures["per_extractor"]["kg.apposition.v1"]["precision"]["total"] == 2
    assert figures["per_extractor"]["kg.verbframe.v1"]["confidence"] == pytest.approx(0.84)
