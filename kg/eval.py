"""Score a kg graph against hand-made gold facts, gold entities, or RELX-style sentences.

Three inputs, one report:

* **Gold facts** (JSONL, the format of ``shared/gold``): ``subject``, ``predicate`` (a
  relation's local name), ``object``, ``required`` (bool), optional ``aliases_subject``,
  ``aliases_object`` and ``evidence``. Required facts must be found; the others are
  acceptable, so a predicted fact that matches one of them is correct, not extra.
* **Gold entities** (JSONL): ``label``, ``type`` (a ``kgo:`` class or null), ``aliases``,
  ``required``, ``forbidden``. Their aliases widen the names a gold fact's ends answer to,
  and :func:`check_entities` reports missing, split and mistyped entities and forbidden
  labels (a heading, a date line) that became nodes.
* **RELX records** (JSONL): ``id``, ``text``, ``pair``, ``source_label`` and ``relations``
  (gold facts). The graph was built from the same records as a corpus, one document per
  record, so each record is scored on the facts whose evidence comes from its document and
  whose ends are the annotated pair.

Matching (:func:`fact_matches`): a predicted fact matches a gold fact when its relation
states the gold relation. That is the case for the same relation; for its ``owl:inverseOf``
with the ends swapped; for a symmetric relation either way round; and for a sub-property
of the gold relation (a predicted ``cofounderOf`` states ``founderOf``, hence also
``foundedBy`` with the ends swapped), never the other way (a predicted ``founderOf`` does
not state the gold ``cofounderOf``). Ends match when any label or alias of the predicted
node has the same :func:`kg.text.match_key` as the gold name or any gold alias: case,
accents, apostrophes and leading articles are ignored.

Scores: recall of required facts, recall of all gold facts, precision (predicted facts that
match any gold fact, required or not, or that a gold fact states, such as a predicted
``leaderOf`` where the gold says ``ceoOf``, over all predicted facts), F1 of required recall and
precision, and precision above and below a confidence threshold (default 0.8), which shows
whether ``kgo:confidence`` means anything.

Example:
    >>> gold = GoldFact("OpenAI", "partnerOf", "Microsoft", required=True)
    >>> fact = PredictedFact("ex:ms", "partnerOf", "ex:oai", ("Microsoft",), ("openai",))
    >>> fact_matches(fact, gold)
    True
    >>> Ratio(3, 4).value
    0.75
"""

from __future__ import annotations

import functools
import json
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass, replace
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, SKOS, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV
from rdflib.term import Literal, Node

from kg.errors import InputError, OntologyError
from kg.graph import load_graph
from kg.io import doc_id_from
from kg.namespace import KGO
from kg.ontology import classes, is_subclass, relations
from kg.text import match_key

__all__ = [
    "Calibration",
    "EntityReport",
    "Extra",
    "GoldEntity",
    "GoldFact",
    "Mode",
    "PredictedFact",
    "Ratio",
    "RelationScore",
    "RelxRecord",
    "Report",
    "SplitEntity",
    "TypeMismatch",
    "assess_fact",
    "calibrate",
    "check_entities",
    "evaluate",
    "fact_matches",
    "format_report",
    "is_relx_file",
    "predicted_facts",
    "read_gold",
    "read_gold_entities",
    "read_graph",
    "read_relx",
    "report_to_dict",
    "score_facts",
    "score_relx",
]

log = logging.getLogger(__name__)

#: Confidence at or above which a fact counts as "high confidence" (issue 3's 0.8).
DEFAULT_THRESHOLD = 0.8

_KGO = str(KGO._NS)


# --------------------------------------------------------------------------- values


class Mode(StrEnum):
    """What the gold file holds."""

    FACTS = "facts"  # document-level gold facts
    RELX = "relx"  # one annotated pair per sentence


@dataclass(frozen=True, slots=True)
class GoldFact:
    """One fact a careful reader extracts.

    Attributes:
        subject: Subject name as the gold states it.
        predicate: Relation local name (``"founderOf"``).
        object: Object name.
        required: Whether the graph must contain it (others are merely acceptable).
        aliases_subject: Other names of the subject.
        aliases_object: Other names of the object.
        evidence: The words that state it, for people reading a report.
        record: RELX record id the fact belongs to; None for document-level gold.
    """

    subject: str
    predicate: str
    object: str
    required: bool = True
    aliases_subject: tuple[str, ...] = ()
    aliases_object: tuple[str, ...] = ()
    evidence: str | None = None
    record: str | None = None

    def __str__(self) -> str:
        return f"{self.subject} {self.predicate} {self.object}"


@dataclass(frozen=True, slots=True)
class GoldEntity:
    """One entity of a gold entities file.

    Attributes:
        label: Preferred name.
        type: Expected ``kgo:`` class local name; None for forbidden lines.
        aliases: Other names (descriptions such as ``"l'entreprise"`` included).
        required: Whether the graph must hold it as a node.
        forbidden: Whether this label must NOT become an entity (a heading, a date line).
    """

    label: str
    type: str | None
    aliases: tuple[str, ...] = ()
    required: bool = False
    forbidden: bool = False


@dataclass(frozen=True, slots=True)
class RelxRecord:
    """One annotated sentence of a RELX-style file.

    Attributes:
        id: Record id; the graph's document for this sentence has the same identifier.
        text: The sentence.
        pair: The two annotated entity names, in no particular order.
        source_label: The original dataset label (``"org:founded_by(e2,e1)"``).
        relations: The pair's relations mapped onto kg's vocabulary; empty when the label
            has no counterpart or the pair is unrelated.
    """

    id: str
    text: str
    pair: tuple[str, str]
    source_label: str
    relations: tuple[GoldFact, ...]


@dataclass(frozen=True, slots=True)
class PredictedFact:
    """A relation triple read from a kg graph, with the names of its two ends.

    Attributes:
        subject: Subject node IRI.
        predicate: Relation local name.
        object: Object node IRI.
        subject_names: ``rdfs:label`` then every ``skos:altLabel`` of the subject.
        object_names: The same for the object.
        confidence: Fused ``kgo:confidence`` of the fact's assertion record, if any.
        documents: Identifiers of the documents its evidence was derived from.
        extractors: Names of the extractors whose evidence supports it.
    """

    subject: str
    predicate: str
    object: str
    subject_names: tuple[str, ...]
    object_names: tuple[str, ...]
    confidence: float | None = None
    documents: frozenset[str] = frozenset()
    extractors: frozenset[str] = frozenset()

    def __str__(self) -> str:
        return f"{_first(self.subject_names, self.subject)} {self.predicate} " + _first(
            self.object_names, self.object
        )


@dataclass(frozen=True, slots=True)
class Ratio:
    """A count of hits over a total; ``value`` is None when the total is 0.

    Example:
        >>> str(Ratio(1, 2)), str(Ratio(0, 0))
        ('0.50 (1/2)', 'n/a (0/0)')
    """

    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def __str__(self) -> str:
        return f"{_number(self.value)} ({self.hits}/{self.total})"


@dataclass(frozen=True, slots=True)
class Calibration:
    """Precision of predicted facts at or above the threshold, and below it.

    Attributes:
        threshold: The confidence cut (0.8 by default).
        high: Correct / all facts with confidence >= threshold.
        low: Correct / all facts with confidence < threshold.
        unscored: Facts with no confidence in the graph (in neither bucket).
    """

    threshold: float
    high: Ratio
    low: Ratio
    unscored: int = 0


@dataclass(frozen=True, slots=True)
class RelationScore:
    """Recall and precision for one relation.

    Attributes:
        relation: Local name.
        recall: Gold facts of this relation found / gold facts of this relation.
        precision: Predicted facts stated with this relation that are correct / all of them.
    """

    relation: str
    recall: Ratio
    precision: Ratio


@dataclass(frozen=True, slots=True)
class ExtractorScore:
    """Precision of the facts one extractor supports, beside the confidence it gave them.

    A fact read by several extractors counts for each of them, so the rows overlap.

    Attributes:
        extractor: Versioned extractor name, e.g. ``kg.apposition.v1``.
        precision: Correct / all predicted facts with evidence from this extractor.
        confidence: Mean fused confidence of those facts (None if the graph has none):
            a well calibrated extractor's is close to its precision.
    """

    extractor: str
    precision: Ratio
    confidence: float | None


@dataclass(frozen=True, slots=True)
class Extra:
    """A predicted fact that matches no gold fact.

    Attributes:
        fact: The fact.
        record: RELX record whose pair it links; None in document-level mode.
    """

    fact: PredictedFact
    record: str | None = None


@dataclass(frozen=True, slots=True)
class SplitEntity:
    """A gold entity found as several graph nodes.

    Attributes:
        label: Gold label.
        nodes: IRIs of the nodes that answer to its label or aliases.
    """

    label: str
    nodes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TypeMismatch:
    """A node whose classes do not include the gold type (or a sub-class of it).

    Attributes:
        label: Gold label.
        expected: Gold type.
        node: Node IRI.
        found: The node's ``kgo:`` entity classes.
    """

    label: str
    expected: str
    node: str
    found: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EntityReport:
    """How the graph's nodes compare with a gold entities file.

    Attributes:
        checked: Number of non-forbidden gold entities.
        found: Those with at least one node.
        missing: Labels of required gold entities with no node.
        split: Gold entities spread over several nodes.
        type_mismatches: Nodes typed outside the gold class.
        forbidden: Forbidden labels that became nodes.
    """

    checked: int
    found: int
    missing: tuple[str, ...]
    split: tuple[SplitEntity, ...]
    type_mismatches: tuple[TypeMismatch, ...]
    forbidden: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Report:
    """Everything ``kg eval`` measures.

    Attributes:
        mode: Document-level facts or RELX sentences.
        gold: Number of gold facts (RELX: annotated relations).
        predicted: Number of predicted facts scored (RELX: facts between annotated pairs).
        required_recall: Required gold facts found / required gold facts.
        all_recall: Gold facts found / gold facts.
        precision: Predicted facts matching any gold fact / predicted facts.
        calibration: Precision above and below the confidence threshold.
        per_relation: Recall and precision per relation, by local name.
        per_extractor: Precision per extractor, by name.
        missed: Required gold facts not found.
        missed_optional: Non-required gold facts not found.
        extra: Predicted facts that match no gold fact and that no gold fact states.
        entities: The entity check, when a gold entities file was given.
        records: RELX records scored (0 in document-level mode).
    """

    mode: Mode
    gold: int
    predicted: int
    required_recall: Ratio
    all_recall: Ratio
    precision: Ratio
    calibration: Calibration
    per_relation: tuple[RelationScore, ...] = ()
    per_extractor: tuple[ExtractorScore, ...] = ()
    missed: tuple[GoldFact, ...] = ()
    missed_optional: tuple[GoldFact, ...] = ()
    extra: tuple[Extra, ...] = ()
    entities: EntityReport | None = None
    records: int = 0

    @property
    def f1(self) -> float | None:
        """Harmonic mean of required recall and precision."""
        recall, precision = self.required_recall.value, self.precision.value
        if recall is None or precision is None:
            return None
        return 2 * recall * precision / (recall + precision) if recall + precision else 0.0


# --------------------------------------------------------------------------- reading gold


def read_gold(path: str | Path) -> tuple[GoldFact, ...]:
    """Read a gold facts JSONL file.

    Raises:
        InputError: On a missing file or a bad line (its number is in the message): not a
            JSON object, a missing or empty name, an unknown relation, a non-boolean
            ``required``.

    Example:
        >>> import tempfile
        >>> with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        ...     _ = f.write('{"subject": "A", "predicate": "acquires", "object": "B",'
        ...                 ' "required": false}\\n')
        >>> read_gold(f.name)[0].required
        False
    """
    return tuple(_parse_fact(record) for record in _records(path))


def read_gold_entities(path: str | Path) -> tuple[GoldEntity, ...]:
    """Read a gold entities JSONL file (``label``, ``type``, ``aliases``, flags).

    Raises:
        InputError: On a missing file or a bad line, including an unknown ``type``.
    """
    return tuple(_parse_entity(record) for record in _records(path))


def read_relx(path: str | Path) -> tuple[RelxRecord, ...]:
    """Read a RELX-style file: ``id``, ``text``, ``pair``, ``source_label``, ``relations``.

    Raises:
        InputError: On a missing file or a bad line.
    """
    return tuple(_parse_relx(record) for record in _records(path))


def is_relx_file(path: str | Path) -> bool:
    """Whether the first record of a JSONL gold file has a ``pair`` (RELX format).

    Raises:
        InputError: If the file is missing or its first record is malformed.
    """
    for record in _records(path):
        return "pair" in record.data
    return False


@dataclass(frozen=True, slots=True)
class _Record:
    """One JSON object of a gold file, with where it came from for error messages."""

    data: Mapping[str, Any]
    where: str


def _records(path: str | Path) -> Iterator[_Record]:
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as err:
        raise InputError(f"cannot read gold file {str(path)!r}: {err.strerror}") from err
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                where = f"{str(path)!r} line {number}"
                try:
                    data = json.loads(line)
                except json.JSONDecodeError as err:
                    raise InputError(f"{where}: not JSON ({err.msg})") from err
                if not isinstance(data, dict):
                    raise InputError(f"{where}: a line must be a JSON object")
                yield _Record(data, where)
        except UnicodeDecodeError as err:
            raise InputError(f"gold file {str(path)!r} is not UTF-8 text") from err


def _parse_fact(record: _Record, *, relx_id: str | None = None) -> GoldFact:
    data, where = record.data, record.where
    predicate = _text(record, "predicate")
    if predicate not in relations():
        raise InputError(f"{where}: unknown relation {predicate!r}")
    required = data.get("required")
    if not isinstance(required, bool):
        raise InputError(f"{where}: 'required' must be true or false, not {required!r}")
    evidence = data.get("evidence")
    return GoldFact(
        subject=_text(record, "subject"),
        predicate=predicate,
        object=_text(record, "object"),
        required=required,
        aliases_subject=_texts(record, "aliases_subject"),
        aliases_object=_texts(record, "aliases_object"),
        evidence=evidence if isinstance(evidence, str) else None,
        record=relx_id,
    )


def _parse_entity(record: _Record) -> GoldEntity:
    data, where = record.data, record.where
    cls = data.get("type")
    if cls is not None and (not isinstance(cls, str) or cls not in classes()):
        raise InputError(f"{where}: unknown entity type {cls!r}")
    flags = {name: data.get(name, False) for name in ("required", "forbidden")}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise InputError(f"{where}: {name!r} must be true or false, not {value!r}")
    if cls is None and not flags["forbidden"]:
        raise InputError(f"{where}: an entity that is not forbidden needs a 'type'")
    return GoldEntity(
        label=_text(record, "label"),
        type=cls,
        aliases=_texts(record, "aliases"),
        required=flags["required"],
        forbidden=flags["forbidden"],
    )


def _parse_relx(record: _Record) -> RelxRecord:
    data, where = record.data, record.where
    ident = _text(record, "id")
    pair = data.get("pair")
    if (
        not isinstance(pair, list)
        or len(pair) != 2
        or not all(isinstance(name, str) and name.strip() for name in pair)
    ):
        raise InputError(f"{where}: 'pair' must be a list of two names, not {pair!r}")
    annotated = data.get("relations", [])
    if not isinstance(annotated, list):
        raise InputError(f"{where}: 'relations' must be a list, not {annotated!r}")
    facts = []
    for index, item in enumerate(annotated):
        if not isinstance(item, dict):
            raise InputError(f"{where}: relation {index} must be a JSON object")
        item = {"required": True, **item}  # every annotated relation counts
        facts.append(_parse_fact(_Record(item, f"{where} relation {index}"), relx_id=ident))
    label = data.get("source_label", "")
    return RelxRecord(
        id=ident,
        text=data.get("text", "") if isinstance(data.get("text"), str) else "",
        pair=(pair[0], pair[1]),
        source_label=label if isinstance(label, str) else "",
        relations=tuple(facts),
    )


def _text(record: _Record, name: str) -> str:
    value = record.data.get(name)
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{record.where}: {name!r} must be a non-empty string, not {value!r}")
    return value


def _texts(record: _Record, name: str) -> tuple[str, ...]:
    value = record.data.get(name, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InputError(f"{record.where}: {name!r} must be a list of strings, not {value!r}")
    return tuple(value)


# --------------------------------------------------------------------------- reading the graph


def read_graph(path: str | Path) -> Graph:
    """Read a kg graph file, or the ``graph.ttl`` of a ``kg build`` output folder.

    Files are read by :func:`kg.graph.load_graph` (``.ttl``, ``.trig``, ``.jsonld``, ``.nt``,
    ``.nq``); named graphs are merged, because the evaluator needs the union (facts live in
    the document graphs, assertion records in the default graph).

    Raises:
        InputError: If the file is missing, of an unknown kind, or does not parse.
    """
    path = Path(path)
    if path.is_dir():
        path = path / "graph.ttl"
    graph = load_graph(path)
    log.info("read %d triples from %s", len(graph), path)
    return graph


def predicted_facts(graph: Graph) -> tuple[PredictedFact, ...]:
    """Every ``kgo:`` relation triple of the graph, with end names, confidence and documents.

    Example:
        >>> from rdflib import Literal, URIRef
        >>> g = Graph()
        >>> a, b = URIRef("http://example.org/a"), URIRef("http://example.org/b")
        >>> _ = g.add((a, KGO.acquires, b)).add((a, RDFS.label, Literal("Renault")))
        >>> [str(fact) for fact in predicted_facts(g)]
        ['Renault acquires http://example.org/b']
    """
    assertions = _assertion_index(graph)
    names: dict[Node, tuple[str, ...]] = {}
    facts = []
    for name in sorted(relations()):
        prop = URIRef(_KGO + name)
        for subject, _, obj in graph.triples((None, prop, None)):
            records = assertions.get((subject, prop, obj), ())
            facts.append(
                PredictedFact(
                    subject=str(subject),
                    predicate=name,
                    object=str(obj),
                    subject_names=_names(graph, subject, names),
                    object_names=_names(graph, obj, names),
                    confidence=_confidence(graph, records),
                    documents=_documents(graph, records),
                    extractors=_extractors(graph, records),
                )
            )
    log.info("found %d relation triples", len(facts))
    return tuple(facts)


def _assertion_index(graph: Graph) -> dict[tuple[Node, Node, Node], list[Node]]:
    """Assertion records (``rdf:subject``/``rdf:predicate``/``rdf:object``) by their triple."""
    index: dict[tuple[Node, Node, Node], list[Node]] = defaultdict(list)
    for record, prop in graph.subject_objects(RDF.predicate):
        subject, obj = graph.value(record, RDF.subject), graph.value(record, RDF.object)
        if subject is not None and obj is not None:
            index[(subject, prop, obj)].append(record)
    return index


def _names(graph: Graph, node: Node, cache: dict[Node, tuple[str, ...]]) -> tuple[str, ...]:
    if node not in cache:
        labels = sorted(str(label) for label in graph.objects(node, RDFS.label))
        alternatives = sorted(
            {str(label) for label in graph.objects(node, SKOS.altLabel)} - set(labels)
        )
        if isinstance(node, Literal):
            labels = [str(node)]  # a literal object names itself
        cache[node] = (*labels, *alternatives)
    return cache[node]


def _confidence(graph: Graph, records: Iterable[Node]) -> float | None:
    values = []
    for record in records:
        for value in graph.objects(record, KGO.confidence):
            try:
                values.append(float(str(value)))
            except ValueError:
                log.warning("ignored non-numeric confidence %r on %s", value, record)
    return max(values) if values else None


def _documents(graph: Graph, records: Iterable[Node]) -> frozenset[str]:
    """Identifiers of the documents the records' evidence was derived from."""
    found = set()
    for record in records:
        for evidence in graph.objects(record, KGO.evidence):
            for document in graph.objects(evidence, PROV.wasDerivedFrom):
                identifier = graph.value(document, DCTERMS.identifier)
                if identifier is not None:
                    found.add(str(identifier))
                else:  # the document IRI ends with its id
                    found.add(str(document).rstrip("/").rsplit("/", 1)[-1])
    return frozenset(found)


def _extractors(graph: Graph, records: Iterable[Node]) -> frozenset[str]:
    """Names of the extractors of the records' evidence."""
    return frozenset(
        str(name)
        for record in records
        for evidence in graph.objects(record, KGO.evidence)
        for name in graph.objects(evidence, KGO.extractor)
    )


# --------------------------------------------------------------------------- matching


@functools.cache
def _statements(predicate: str) -> frozenset[tuple[str, bool]]:
    """What a fact ``predicate(s, o)`` also states: ``(relation, swapped)`` pairs.

    Closed under super-properties, ``owl:inverseOf`` (ends swapped) and symmetry.

    Example:
        >>> sorted(_statements("cofounderOf"))
        [('cofounderOf', False), ('foundedBy', True), ('founderOf', False)]
    """
    catalogue = relations()
    if predicate not in catalogue:
        raise OntologyError(f"unknown relation {predicate!r}")
    found = {(predicate, False)}
    todo = [(predicate, False)]
    while todo:
        name, swapped = todo.pop()
        current = catalogue[name]
        implied = [(parent, swapped) for parent in current.parents]
        if current.inverse is not None:
            implied.append((current.inverse, not swapped))
        if current.symmetric:
            implied.append((name, not swapped))
        for item in implied:
            if item not in found and item[0] in catalogue:
                found.add(item)
                todo.append(item)
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class _GoldKeys:
    """A gold fact with the match keys of its two ends, computed once."""

    fact: GoldFact
    subject: frozenset[str]
    object: frozenset[str]


# Every predicted fact is compared with every gold fact: keying each name once keeps
# match_key's regular expressions out of that inner loop.
@functools.lru_cache(maxsize=1 << 16)
def _keys(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(key for key in map(match_key, names) if key)


def _gold_keys(fact: GoldFact, entities: Sequence[GoldEntity] = ()) -> _GoldKeys:
    subject = _widen(_keys((fact.subject, *fact.aliases_subject)), entities)
    obj = _widen(_keys((fact.object, *fact.aliases_object)), entities)
    return _GoldKeys(fact, subject, obj)


def _widen(keys: frozenset[str], entities: Sequence[GoldEntity]) -> frozenset[str]:
    """Add the names of every gold entity that shares a name with ``keys``."""
    wider = set(keys)
    for entity in entities:
        if entity.forbidden:
            continue
        names = _keys((entity.label, *entity.aliases))
        if names & keys:
            wider |= names
    return frozenset(wider)


def _matches(fact: PredictedFact, gold: _GoldKeys) -> bool:
    subject, obj = _keys(fact.subject_names), _keys(fact.object_names)
    for name, swapped in _statements(fact.predicate):
        if name != gold.fact.predicate:
            continue
        first, second = (obj, subject) if swapped else (subject, obj)
        if first & gold.subject and second & gold.object:
            return True
    return False


def _stated_by(fact: PredictedFact, gold: _GoldKeys) -> bool:
    """Whether the gold fact states the predicted one: a predicted ``leaderOf`` where the
    gold says ``ceoOf`` is true, though it does not recall the gold fact."""
    subject, obj = _keys(fact.subject_names), _keys(fact.object_names)
    for name, swapped in _statements(gold.fact.predicate):
        if name != fact.predicate:
            continue
        first, second = (gold.object, gold.subject) if swapped else (gold.subject, gold.object)
        if subject & first and obj & second:
            return True
    return False


def fact_matches(
    fact: PredictedFact, gold: GoldFact, *, entities: Sequence[GoldEntity] = ()
) -> bool:
    """Whether a predicted fact states a gold fact (see the module docstring for the rules).

    Args:
        fact: The predicted fact.
        gold: The gold fact.
        entities: Gold entities whose aliases widen the gold names.

    Example:
        >>> gold = GoldFact("Station F", "foundedBy", "Xavier Niel")
        >>> said = PredictedFact("ex:x", "cofounderOf", "ex:s", ("Xavier Niel",), ("Station F",))
        >>> fact_matches(said, gold)
        True
        >>> fact_matches(said, GoldFact("Xavier Niel", "cofounderOf", "Station F"))
        True
        >>> fact_matches(said, GoldFact("Station F", "cofounderOf", "Xavier Niel"))
        False
    """
    return _matches(fact, _gold_keys(gold, entities))


def assess_fact(
    fact: PredictedFact, gold: Sequence[GoldFact], *, entities: Sequence[GoldEntity] = ()
) -> tuple[list[int], bool]:
    """The indices of the gold facts ``fact`` recalls, and whether it is right: it recalls
    one, or a gold fact states it (a predicted ``leaderOf`` where the gold says ``ceoOf``).

    Example:
        >>> said = PredictedFact("ex:x", "leaderOf", "ex:s", ("Léa Dumas",), ("Kelvo",))
        >>> assess_fact(said, [GoldFact("Léa Dumas", "ceoOf", "Kelvo")])
        ([], True)
    """
    return _assess(fact, [_gold_keys(item, entities) for item in gold])


def _assess(fact: PredictedFact, keyed: Sequence[_GoldKeys]) -> tuple[list[int], bool]:
    hits = [index for index, item in enumerate(keyed) if _matches(fact, item)]
    return hits, bool(hits) or any(_stated_by(fact, item) for item in keyed)


# --------------------------------------------------------------------------- scoring


def calibrate(
    facts: Iterable[PredictedFact],
    correct: Iterable[bool],
    *,
    threshold: float = DEFAULT_THRESHOLD,
) -> Calibration:
    """Precision of facts at or above ``threshold`` confidence, and below it.

    Example:
        >>> facts = [PredictedFact("s", "acquires", "o", (), (), c) for c in (0.9, 0.5, None)]
        >>> calibrate(facts, [True, False, True]).high
        Ratio(hits=1, total=1)
    """
    counts = {"high": [0, 0], "low": [0, 0]}
    unscored = 0
    for fact, right in zip(facts, correct, strict=True):
        if fact.confidence is None:
            unscored += 1
            continue
        bucket = counts["high" if fact.confidence >= threshold else "low"]
        bucket[0] += int(right)
        bucket[1] += 1
    return Calibration(
        threshold=threshold,
        high=Ratio(*counts["high"]),
        low=Ratio(*counts["low"]),
        unscored=unscored,
    )


def score_facts(
    gold: Sequence[GoldFact],
    predicted: Sequence[PredictedFact],
    *,
    entities: Sequence[GoldEntity] = (),
    threshold: float = DEFAULT_THRESHOLD,
) -> Report:
    """Score predicted facts against document-level gold facts.

    Example:
        >>> gold = [GoldFact("OpenAI", "opensOfficeIn", "Paris"),
        ...         GoldFact("OpenAI", "basedIn", "Californie", required=False)]
        >>> said = [PredictedFact("o", "basedIn", "c", ("OpenAI",), ("la Californie",), 0.9)]
        >>> report = score_facts(gold, said)
        >>> str(report.required_recall), str(report.precision)
        ('0.00 (0/1)', '1.00 (1/1)')
    """
    keyed = [_gold_keys(fact, entities) for fact in gold]
    found = [False] * len(keyed)
    correct = []
    for fact in predicted:
        hits, right = _assess(fact, keyed)
        for index in hits:
            found[index] = True
        correct.append(right)
    required = [hit for fact, hit in zip(gold, found, strict=True) if fact.required]
    return Report(
        mode=Mode.FACTS,
        gold=len(gold),
        predicted=len(predicted),
        required_recall=Ratio(sum(required), len(required)),
        all_recall=Ratio(sum(found), len(found)),
        precision=Ratio(sum(correct), len(correct)),
        calibration=calibrate(predicted, correct, threshold=threshold),
        per_relation=_per_relation(gold, found, predicted, correct),
        per_extractor=per_extractor(predicted, correct),
        missed=tuple(f for f, hit in zip(gold, found, strict=True) if f.required and not hit),
        missed_optional=tuple(
            f for f, hit in zip(gold, found, strict=True) if not f.required and not hit
        ),
        extra=tuple(Extra(f) for f, right in zip(predicted, correct, strict=True) if not right),
    )


def score_relx(
    records: Sequence[RelxRecord],
    predicted: Sequence[PredictedFact],
    *,
    threshold: float = DEFAULT_THRESHOLD,
) -> Report:
    """Score sentence by sentence: each record against the facts of its own document.

    A record's candidate facts are those whose evidence comes from the record's document and
    whose two ends are the annotated pair, in either order. Recall counts the annotated
    relations some candidate states; precision counts the candidates that state an annotated
    relation, so a vocabulary fact between a pair annotated with no relation (or another
    one) counts against. Facts between other pairs of the sentence are not scored: only one
    pair per sentence is annotated.

    Example:
        >>> rel = GoldFact("Acme", "acquires", "Bolt", record="r1")
        >>> record = RelxRecord("r1", "Acme rachète Bolt.", ("Acme", "Bolt"), "x", (rel,))
        >>> said = PredictedFact("b", "acquiredBy", "a", ("Bolt",), ("Acme",), 0.9,
        ...                      frozenset({"r1"}))
        >>> str(score_relx([record], [said]).all_recall)
        '1.00 (1/1)'
    """
    by_document: dict[str, list[PredictedFact]] = defaultdict(list)
    for fact in predicted:
        for document in fact.documents:
            by_document[document].append(fact)
    gold: list[GoldFact] = []
    found: list[bool] = []
    candidates: list[PredictedFact] = []
    correct: list[bool] = []
    extra: list[Extra] = []
    for record in records:
        keyed = [_gold_keys(fact) for fact in record.relations]
        hit = [False] * len(keyed)
        for fact in _between_pair(record, by_document):
            matched, right = _assess(fact, keyed)
            for index in matched:
                hit[index] = True
            candidates.append(fact)
            correct.append(right)
            if not right:
                extra.append(Extra(fact, record.id))
        gold.extend(record.relations)
        found.extend(hit)
    return Report(
        mode=Mode.RELX,
        gold=len(gold),
        predicted=len(candidates),
        required_recall=Ratio(sum(found), len(found)),
        all_recall=Ratio(sum(found), len(found)),
        precision=Ratio(sum(correct), len(correct)),
        calibration=calibrate(candidates, correct, threshold=threshold),
        per_relation=_per_relation(gold, found, candidates, correct),
        per_extractor=per_extractor(candidates, correct),
        missed=tuple(f for f, hit in zip(gold, found, strict=True) if not hit),
        extra=tuple(extra),
        records=len(records),
    )


def _between_pair(
    record: RelxRecord, by_document: Mapping[str, Sequence[PredictedFact]]
) -> list[PredictedFact]:
    first, second = _keys((record.pair[0],)), _keys((record.pair[1],))
    facts = {}
    for document in _document_ids(record.id):
        for fact in by_document.get(document, ()):
            subject, obj = _keys(fact.subject_names), _keys(fact.object_names)
            if (subject & first and obj & second) or (subject & second and obj & first):
                facts[(fact.subject, fact.predicate, fact.object)] = fact
    return list(facts.values())


def _document_ids(record_id: str) -> set[str]:
    """The record id, and the document id ``kg build`` makes of it from a JSONL corpus."""
    try:
        return {record_id, doc_id_from(record_id)}
    except InputError:  # an id made only of punctuation: kg build numbers such records
        return {record_id}


def _per_relation(
    gold: Sequence[GoldFact],
    found: Sequence[bool],
    predicted: Sequence[PredictedFact],
    correct: Sequence[bool],
) -> tuple[RelationScore, ...]:
    """Recall by gold relation, precision by the relation the graph states."""
    recall: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    precision: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for fact, hit in zip(gold, found, strict=True):
        recall[fact.predicate][0] += int(hit)
        recall[fact.predicate][1] += 1
    for said, right in zip(predicted, correct, strict=True):
        precision[said.predicate][0] += int(right)
        precision[said.predicate][1] += 1
    return tuple(
        RelationScore(name, Ratio(*recall.get(name, (0, 0))), Ratio(*precision.get(name, (0, 0))))
        for name in sorted(recall.keys() | precision.keys())
    )


def per_extractor(
    predicted: Sequence[PredictedFact], correct: Sequence[bool]
) -> tuple[ExtractorScore, ...]:
    """Precision and mean confidence of the facts each extractor supports.

    Example:
        >>> by_a = frozenset({"a"})
        >>> said = [PredictedFact("s", "acquires", "o", (), (), 0.9, extractors=by_a),
        ...         PredictedFact("s", "fines", "o", (), (), 0.7, extractors=by_a)]
        >>> [(s.extractor, str(s.precision), s.confidence)
        ...  for s in per_extractor(said, [True, False])]
        [('a', '0.50 (1/2)', 0.8)]
    """
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    confidences: dict[str, list[float]] = defaultdict(list)
    for fact, right in zip(predicted, correct, strict=True):
        for name in fact.extractors:
            counts[name][0] += int(right)
            counts[name][1] += 1
            if fact.confidence is not None:
                confidences[name].append(fact.confidence)
    return tuple(
        ExtractorScore(
            name,
            Ratio(*counts[name]),
            round(sum(confidences[name]) / len(confidences[name]), 4)
            if confidences[name]
            else None,
        )
        for name in sorted(counts)
    )


# --------------------------------------------------------------------------- entities


def check_entities(graph: Graph, entities: Sequence[GoldEntity]) -> EntityReport:
    """Compare the graph's entity nodes with a gold entities file.

    A node answers to a gold entity when one of its labels or alt-labels has the match key
    of the gold label or of an alias. Entity nodes are those typed with a ``kgo:`` entity
    class, plus any end of a relation triple. A type agrees when one of the node's classes
    is the gold type or a sub-class of it.

    Example:
        >>> from rdflib import Literal, URIRef
        >>> g = Graph()
        >>> node = URIRef("http://example.org/openai")
        >>> _ = g.add((node, RDF.type, KGO.Company)).add((node, RDFS.label, Literal("OpenAI")))
        >>> report = check_entities(g, [GoldEntity("OpenAI", "Organization", required=True),
        ...                             GoldEntity("Paris", "Place", required=True)])
        >>> report.missing, report.type_mismatches
        (('Paris',), ())
    """
    nodes = _entity_nodes(graph)
    cache: dict[Node, tuple[str, ...]] = {}
    keys = {node: _keys(_names(graph, node, cache)) for node in nodes}
    missing, split, mismatches, forbidden = [], [], [], []
    checked = found = 0
    for entity in entities:
        names = _keys((entity.label, *entity.aliases))
        matching = sorted((node for node in nodes if keys[node] & names), key=str)
        if entity.forbidden:
            if matching:
                forbidden.append(entity.label)
            continue
        checked += 1
        if not matching:
            if entity.required:
                missing.append(entity.label)
            continue
        found += 1
        if len(matching) > 1:
            split.append(SplitEntity(entity.label, tuple(map(str, matching))))
        if entity.type is None:
            continue
        for node in matching:
            types = nodes[node]
            if not any(is_subclass(cls, entity.type) for cls in types):
                mismatches.append(TypeMismatch(entity.label, entity.type, str(node), types))
    return EntityReport(
        checked=checked,
        found=found,
        missing=tuple(missing),
        split=tuple(split),
        type_mismatches=tuple(mismatches),
        forbidden=tuple(forbidden),
    )


def _entity_nodes(graph: Graph) -> dict[Node, tuple[str, ...]]:
    """Entity nodes with their ``kgo:`` entity classes."""
    entity_classes = {name for name, cls in classes().items() if "NamedEntity" in cls.parents}
    nodes: dict[Node, set[str]] = defaultdict(set)
    for node, cls in graph.subject_objects(RDF.type):
        name = str(cls)[len(_KGO) :] if str(cls).startswith(_KGO) else None
        if name in entity_classes:
            nodes[node].add(name)
    for name in relations():
        for subject, _, obj in graph.triples((None, URIRef(_KGO + name), None)):
            nodes.setdefault(subject, set())
            nodes.setdefault(obj, set())
    return {node: tuple(sorted(types)) for node, types in nodes.items()}


# --------------------------------------------------------------------------- the whole run


def evaluate(
    gold_path: str | Path,
    graph_path: str | Path,
    *,
    entities_path: str | Path | None = None,
    relx: bool | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> Report:
    """Read a gold file and a graph, and score the graph.

    Args:
        gold_path: Gold facts JSONL, or a RELX-style JSONL.
        graph_path: A kg graph file (``.ttl``, ``.trig``, ``.jsonld``) or output folder.
        entities_path: Optional gold entities JSONL: widens gold names, adds the entity check.
        relx: Force (True) or refuse (False) the sentence-level mode; None detects it from
            the first record (it has a ``pair``).
        threshold: Confidence cut of the calibration figures.

    Raises:
        InputError: If a file is missing or malformed.
    """
    if relx is None:
        relx = is_relx_file(gold_path)
    entities = read_gold_entities(entities_path) if entities_path is not None else ()
    graph = read_graph(graph_path)
    predicted = predicted_facts(graph)
    if relx:
        report = score_relx(read_relx(gold_path), predicted, threshold=threshold)
    else:
        report = score_facts(
            read_gold(gold_path), predicted, entities=entities, threshold=threshold
        )
    if entities_path is None:
        return report
    return replace(report, entities=check_entities(graph, entities))


# --------------------------------------------------------------------------- presenting


def format_report(report: Report) -> str:
    """The report as text for people; its last three lines are a compact summary.

    Example:
        >>> report = score_facts([GoldFact("A", "acquires", "B")], [])
        >>> print(format_report(report).splitlines()[-3])
        required recall 0.00 (0/1)  all recall 0.00 (0/1)
    """
    lines = []
    if report.mode is Mode.RELX:
        lines.append(
            f"RELX sentences: {report.records} records, {report.gold} annotated relations, "
            f"{report.predicted} predicted facts between annotated pairs"
        )
    else:
        required = report.required_recall.total
        lines.append(
            f"gold facts: {report.gold} ({required} required); predicted facts: {report.predicted}"
        )
    lines += [
        f"precision        {report.precision}",
        f"recall required  {report.required_recall}",
        f"recall all       {report.all_recall}",
        f"F1               {_number(report.f1)}",
        *_calibration_lines(report.calibration),
        "",
        *_relation_table(report.per_relation),
        *extractor_table(report.per_extractor),
        *_fact_list("missed required facts", report.missed),
        *_fact_list("missed optional facts", report.missed_optional),
        *_extra_list(report.extra),
    ]
    if report.entities is not None:
        lines += _entity_lines(report.entities)
    calibration = report.calibration
    lines += [
        f"required recall {report.required_recall}  all recall {report.all_recall}",
        f"precision {report.precision}  F1 {_number(report.f1)}",
        f"confidence>={calibration.threshold:g} precision {calibration.high}; "
        f"<{calibration.threshold:g} precision {calibration.low}",
    ]
    return "\n".join(lines)


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as JSON-ready values (ratios carry ``hits``, ``total`` and ``value``).

    Example:
        >>> data = report_to_dict(score_facts([GoldFact("A", "acquires", "B")], []))
        >>> data["required_recall"], data["f1"]
        ({'hits': 0, 'total': 1, 'value': 0.0}, None)
    """
    data = _plain(report)
    data["f1"] = report.f1
    return data


def _plain(value: Any) -> Any:
    if isinstance(value, Ratio):
        return {"hits": value.hits, "total": value.total, "value": value.value}
    if isinstance(value, Enum):
        return value.value
    if is_dataclass(value) and not isinstance(value, type):
        return {item.name: _plain(getattr(value, item.name)) for item in fields(value)}
    if isinstance(value, frozenset):
        return sorted(_plain(item) for item in value)
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    return value


def _calibration_lines(calibration: Calibration) -> list[str]:
    cut = f"{calibration.threshold:g}"
    lines = [
        f"confidence >= {cut}: precision {calibration.high}",
        f"confidence <  {cut}: precision {calibration.low}",
    ]
    if calibration.unscored:
        lines.append(f"no confidence in the graph: {calibration.unscored} facts")
    return lines


def _relation_table(scores: Sequence[RelationScore]) -> list[str]:
    if not scores:
        return []
    width = max(len(score.relation) for score in scores)
    lines = [f"{'relation':<{width}}  {'recall (gold)':<16}  precision (as stated)"]
    for score in scores:
        lines.append(f"{score.relation:<{width}}  {score.recall!s:<16}  {score.precision}")
    return [*lines, ""]


def extractor_table(scores: Sequence[ExtractorScore]) -> list[str]:
    """Lines of a table of precision and mean confidence per extractor.

    Example:
        >>> print("\\n".join(extractor_table([ExtractorScore("kg.origin.v1", Ratio(3, 4), 0.8)])))
        extractor     precision     mean confidence
        kg.origin.v1  0.75 (3/4)    0.80
        <BLANKLINE>
    """
    if not scores:
        return []
    width = max(len("extractor"), *(len(score.extractor) for score in scores))
    lines = [f"{'extractor':<{width}}  {'precision':<12}  mean confidence"]
    for score in scores:
        lines.append(
            f"{score.extractor:<{width}}  {score.precision!s:<12}  {_number(score.confidence)}"
        )
    return [*lines, ""]


def _fact_list(title: str, facts: Sequence[GoldFact]) -> list[str]:
    if not facts:
        return []
    lines = [f"{title} ({len(facts)}):"]
    for fact in facts:
        where = f"[{fact.record}] " if fact.record else ""
        lines.append(f"  {where}{fact}")
    return [*lines, ""]


def _extra_list(extra: Sequence[Extra]) -> list[str]:
    if not extra:
        return []
    lines = [f"extra facts ({len(extra)}):"]
    for item in extra:
        where = f"[{item.record}] " if item.record else ""
        confidence = item.fact.confidence
        shown = f"  (confidence {confidence:.2f})" if confidence is not None else ""
        lines.append(f"  {where}{item.fact}{shown}")
    return [*lines, ""]


def _entity_lines(report: EntityReport) -> list[str]:
    lines = [f"entities: {report.found}/{report.checked} gold entities found as nodes"]
    if report.missing:
        lines.append(f"  missing: {', '.join(report.missing)}")
    for split in report.split:
        lines.append(
            f"  split over {len(split.nodes)} nodes: {split.label}: " + ", ".join(split.nodes)
        )
    for mismatch in report.type_mismatches:
        found = ", ".join(mismatch.found) or "untyped"
        lines.append(
            f"  type: {mismatch.label} is {found}, expected {mismatch.expected} ({mismatch.node})"
        )
    if report.forbidden:
        lines.append(f"  forbidden labels that became entities: {', '.join(report.forbidden)}")
    return [*lines, ""]


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _first(names: Sequence[str], fallback: str) -> str:
    return names[0] if names else fallback
