"""Why is this one node? ``kg explain``: an entity's mentions and the reasons of its merges.

Merge reasons are not stored in the graph (they would double its size for a question asked
now and then). A build folder keeps each document's analysis (``DIR/.kg/``, see
:mod:`kg.corpus`), and resolution is a pure function of them, so :func:`explain_path` runs
it again over the stored analyses and reads the :class:`~kg.entities.resolve.Merge` records
and per-document :class:`~kg.entities.resolve.Occurrence` counts it makes. Given only a
graph file, it reports what the graph says (class, labels, mention count, Wikidata link,
documents of its facts) and that the reasons need the build folder.

An entity is found by its key (``place/paris``), its IRI, or any of its names compared by
:func:`kg.text.match_key`; homonyms all answer (``Paris`` the city and ``Paris`` the person),
which shows that the type kept them apart.

Example:
    >>> from kg.model import Document, Mention
    >>> from kg.entities.resolve import resolve
    >>> text = "Sam Altman parle. Altman ajoute."
    >>> found = resolve([Mention("Sam Altman", "Person", 0, 10),
    ...                  Mention("Altman", "Person", 18, 24)], (), document=Document("d1", text))
    >>> print(format_explanations(explain(found, "Altman")))  # doctest: +NORMALIZE_WHITESPACE
    Sam Altman  person/sam_altman  (Person)
      <https://w3id.org/kg/resource/entity/person/sam_altman>
      2 mentions in 1 document
      surface forms:
        Altman      1  d1 (1)
        Sam Altman  1  d1 (1)
      merges:
        "Sam Altman" + "Altman": surname of exactly one full name
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef
from rdflib.namespace import PROV

from kg.entities.resolve import Merge, Occurrence, Resolution, resolve_documents
from kg.errors import InputError
from kg.graph import entity_iri, load_graph
from kg.iri import DEFAULT_BASE
from kg.model import Entity
from kg.namespace import KGO, WD
from kg.text import match_key

__all__ = ["Explanation", "explain", "explain_path", "format_explanations"]

log = logging.getLogger(__name__)

#: Graph files looked for in a build folder without stored analyses, best first.
GRAPH_FILES = ("graph.trig", "graph.ttl", "graph.jsonld")


@dataclass(frozen=True, slots=True)
class Explanation:
    """What kg knows about why one entity is one node.

    Attributes:
        entity: The entity (from a graph alone, alias counts are 0: the graph keeps none).
        iri: Its IRI.
        occurrences: Surface forms per document with counts (empty from a graph alone).
        merges: The merge decisions that made it (empty from a graph alone).
        documents: Documents it occurs in (from a graph: those of its facts).
        from_graph: Whether this was read from a graph file, without the analyses.
    """

    entity: Entity
    iri: str
    occurrences: tuple[Occurrence, ...] = ()
    merges: tuple[Merge, ...] = ()
    documents: tuple[str, ...] = ()
    from_graph: bool = False


def explain(
    resolution: Resolution, name: str, *, base: str = DEFAULT_BASE
) -> tuple[Explanation, ...]:
    """Explain every entity of ``resolution`` that answers to ``name``.

    Args:
        resolution: A resolution (:func:`kg.entities.resolve.resolve_documents`).
        name: An entity key, an entity IRI, or a name (label or surface form).
        base: Namespace of minted IRIs.

    Returns:
        One explanation per matching entity, sorted by key; empty if none matches.
    """
    matches = [e for e in resolution.entities if _answers(e, name, base)]
    occurrences = defaultdict(list)
    for occurrence in resolution.occurrences:
        occurrences[occurrence.entity].append(occurrence)
    merges = defaultdict(list)
    for merge in resolution.merges:
        merges[merge.entity].append(merge)
    return tuple(
        Explanation(
            entity=entity,
            iri=str(entity_iri(entity.key, base=base)),
            occurrences=tuple(occurrences[entity.key]),
            merges=tuple(merges[entity.key]),
            documents=tuple(sorted({o.doc_id for o in occurrences[entity.key]})),
        )
        for entity in sorted(matches, key=lambda e: e.key)
    )


def explain_path(
    name: str, path: str | Path = "out", *, base: str = DEFAULT_BASE
) -> tuple[Explanation, ...]:
    """Explain ``name`` from a build folder (full reasons) or a graph file (what it holds).

    Raises:
        InputError: If ``path`` is neither a build folder nor a graph file, or if no entity
            answers to ``name``.
    """
    path = Path(path)
    if path.is_dir():
        from kg.corpus import stored_analyses  # the folder's layout is kg.corpus's business

        analyses = stored_analyses(path)
        if analyses is not None:
            found = explain(resolve_documents(analyses), name, base=base)
            return _found(found, name, path)
        graph_file = next((path / f for f in GRAPH_FILES if (path / f).is_file()), None)
        if graph_file is None:
            raise InputError(f"{str(path)!r} holds no kg build (no .kg/ folder, no graph file)")
        path = graph_file
    return _found(explain_graph(load_graph(path), name, base=base), name, path)


def explain_graph(graph: Graph, name: str, *, base: str = DEFAULT_BASE) -> tuple[Explanation, ...]:
    """What a graph says about the entities that answer to ``name`` (no merge reasons)."""
    prefix = base + "entity/"
    nodes = {
        s for s in graph.subjects(RDFS.label) if isinstance(s, URIRef) and str(s).startswith(prefix)
    }
    found = []
    for node in sorted(nodes, key=str):
        label = str(graph.value(node, RDFS.label))
        aliases = sorted({str(a) for a in graph.objects(node, SKOS.altLabel)})
        key = str(node)[len(prefix) :]
        classes = sorted(
            str(c).removeprefix(str(KGO._NS))
            for c in graph.objects(node, RDF.type)
            if str(c).startswith(str(KGO._NS))
        )
        same = [
            str(o).removeprefix(str(WD))
            for o in graph.objects(node, OWL.sameAs)
            if str(o).startswith(str(WD))
        ]
        count = graph.value(node, KGO.mentionCount)
        entity = Entity(
            key,
            label,
            classes[0] if classes else "NamedEntity",
            tuple((a, 0) for a in aliases),
            min(same) if same else None,
            int(str(count)) if count is not None else 0,
        )
        if _answers(entity, name, base):
            found.append(
                Explanation(
                    entity, str(node), documents=_fact_documents(graph, node), from_graph=True
                )
            )
    return tuple(found)


def _fact_documents(graph: Graph, node: URIRef) -> tuple[str, ...]:
    documents = set()
    for end in (RDF.subject, RDF.object):
        for assertion in graph.subjects(end, node):
            for evidence in graph.objects(assertion, KGO.evidence):
                for doc in graph.objects(evidence, PROV.wasDerivedFrom):
                    documents.add(str(doc).rsplit("/", 1)[-1])
    return tuple(sorted(documents))


def _found(found: tuple[Explanation, ...], name: str, where: Path) -> tuple[Explanation, ...]:
    if not found:
        raise InputError(f"no entity named {name!r} in {str(where)!r}")
    return found


def _answers(entity: Entity, name: str, base: str) -> bool:
    if name in {entity.key, str(entity_iri(entity.key, base=base))}:
        return True
    wanted = match_key(name)
    names = {entity.label, *(alias for alias, _ in entity.aliases)}
    return bool(wanted) and any(match_key(n) == wanted for n in names)


def format_explanations(explanations: Sequence[Explanation]) -> str:
    """Plain text for people, one block per entity."""
    blocks = [_format(e) for e in explanations]
    if len(explanations) > 1:
        kinds = ", ".join(f"{e.entity.key} ({e.entity.cls})" for e in explanations)
        blocks.insert(0, f"{len(explanations)} entities answer to this name, kept apart: {kinds}")
    return "\n\n".join(blocks)


def _format(explanation: Explanation) -> str:
    entity = explanation.entity
    lines = [f"{entity.label}  {entity.key}  ({entity.cls})"]
    lines.append(f"  <{explanation.iri}>")
    if entity.qid:
        lines.append(f"  owl:sameAs wd:{entity.qid}")
    documents = len(explanation.documents)
    mentions = f"  {entity.mentions} mention{'s' * (entity.mentions != 1)}"
    if explanation.from_graph:
        lines.append(mentions)
        lines.append("  surface forms (skos:altLabel): " + ", ".join(a for a, _ in entity.aliases))
        if explanation.documents:
            lines.append("  documents of its facts: " + ", ".join(explanation.documents))
        lines.append(
            "  merge reasons: not kept in the graph; run kg explain on the build "
            "folder (it keeps the analyses)"
        )
        return "\n".join(lines)
    lines.append(f"{mentions} in {documents} document{'s' * (documents != 1)}")
    lines.extend(_surface_lines(explanation.occurrences))
    if explanation.merges:
        lines.append("  merges:")
        lines.extend(f"    {_merge_line(m)}" for m in explanation.merges)
    else:
        lines.append("  merges: none (every mention has the same name)")
    return "\n".join(lines)


def _surface_lines(occurrences: Iterable[Occurrence]) -> list[str]:
    named: dict[str, Counter[str]] = defaultdict(Counter)
    other: Counter[str] = Counter()
    for occurrence in occurrences:
        if occurrence.named:
            named[occurrence.text][occurrence.doc_id] += occurrence.count
        else:
            other[occurrence.doc_id] += occurrence.count
    if not named and not other:
        return []
    lines = ["  surface forms:"]
    width = max((len(text) for text in named), default=0)
    for text, docs in sorted(named.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        per_doc = ", ".join(f"{doc} ({n})" for doc, n in sorted(docs.items()))
        lines.append(f"    {text:<{width}}  {sum(docs.values())}  {per_doc}")
    if other:
        per_doc = ", ".join(f"{doc} ({n})" for doc, n in sorted(other.items()))
        lines.append(
            f"  referred to without its name (coreference, descriptions): "
            f"{sum(other.values())}  {per_doc}"
        )
    return lines


def _merge_line(merge: Merge) -> str:
    detail = f" ({merge.detail})" if merge.detail and merge.detail not in merge.reason.value else ""
    where = f"  [{', '.join(merge.documents)}]" if merge.documents else ""
    return f'"{merge.first}" + "{merge.second}": {merge.reason.value}{detail}{where}'
