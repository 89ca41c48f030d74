"""Hand-built kg values for graph, export and viewer tests: no spaCy model needed.

``fact("person/sam", "cofounderOf", "org/openai")`` gives a resolved :class:`Triple` with a
plausible provenance; keyword arguments override any provenance field.
"""

from __future__ import annotations

from dataclasses import replace

from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.model import Document, Entity, Mention, Modality, Provenance, Triple

SENTENCE = "Sam Altman, cofondateur d'OpenAI, a annoncé un bureau à Paris."


def document(doc_id: str = "d1", **fields: object) -> Document:
    """A document with a date and a title unless overridden."""
    values: dict[str, object] = {
        "text": SENTENCE,
        "date": "2024-05-14",
        "title": "OpenAI à Paris",
        "url": f"https://example.org/news/{doc_id}",
    }
    values.update(fields)
    return Document(doc_id, **values)  # type: ignore[arg-type]


def entity(key: str, label: str | None = None, cls: str | None = None, **fields: object) -> Entity:
    """An entity whose class follows the key's group unless given."""
    group, _, slug = key.partition("/")
    default_cls = {"person": "Person", "org": "Organization", "place": "City"}.get(group, "Concept")
    name = label if label is not None else slug.replace("_", " ").title()
    values: dict[str, object] = {"aliases": ((name, 2),), "mentions": 2}
    values.update(fields)
    return Entity(key, name, cls or default_cls, **values)  # type: ignore[arg-type]


def fact(
    subject: str,
    predicate: str,
    obj: str,
    *,
    doc_id: str = "d1",
    sentence_index: int = 0,
    sentence: str = SENTENCE,
    extractor: str = "kg.apposition.v1",
    confidence: float = 0.8,
    modality: Modality = Modality.ASSERTED,
    mention: str | None = None,
    start: int = 0,
) -> Triple:
    """A resolved triple between two entity keys."""
    provenance = Provenance(
        doc_id=doc_id,
        sentence_index=sentence_index,
        sentence=sentence,
        start=start,
        end=start + len(sentence),
        extractor=extractor,
        confidence=confidence,
        modality=modality,
        mention=mention,
    )
    return Triple(
        Mention(subject, "Thing", 0, 1, entity=subject),
        predicate,
        Mention(obj, "Thing", 2, 3, entity=obj),
        provenance,
    )


def with_confidence(triple: Triple, confidence: float) -> Triple:
    """The same triple and evidence with another confidence."""
    return replace(triple, provenance=replace(triple.provenance, confidence=confidence))


def sample() -> tuple[list[Document], list[Entity], list[Triple]]:
    """A small two-document world: people, an organisation, a city, four facts."""
    documents = [document("d1"), document("d2", date="2024-06", title=None)]
    entities = [
        entity("person/sam_altman", "Sam Altman", aliases=(("Sam Altman", 3), ("Altman", 1))),
        entity("org/openai", "OpenAI", qid="Q21708200", aliases=(("OpenAI", 4),)),
        entity("org/microsoft", "Microsoft", cls="Company"),
        entity("place/paris", "Paris", qid="Q90"),
    ]
    triples = [
        fact("person/sam_altman", "cofounderOf", "org/openai", confidence=0.9),
        fact(
            "org/openai",
            "opensOfficeIn",
            "place/paris",
            extractor="kg.frames.v1",
            modality=Modality.REPORTED,
            mention="l'entreprise",
        ),
        fact("org/openai", "partnerOf", "org/microsoft", doc_id="d2", confidence=0.6),
        fact(
            "org/openai",
            "basedIn",
            "place/paris",
            doc_id="d2",
            sentence_index=3,
            modality=Modality.HEDGED,
            start=120,
        ),
    ]
    return documents, entities, triples


def assert_isomorphic(actual: Graph, expected: Graph) -> None:
    """Fail with the triples only in one graph or the other, in N-Triples, when they differ."""
    if isomorphic(actual, expected):
        return
    _, only_actual, only_expected = graph_diff(to_isomorphic(actual), to_isomorphic(expected))
    lines = ["graphs differ", "only in actual:"]
    lines += sorted(f"  {s.n3()} {p.n3()} {o.n3()}" for s, p, o in only_actual)[:20]
    lines.append("only in expected:")
    lines += sorted(f"  {s.n3()} {p.n3()} {o.n3()}" for s, p, o in only_expected)[:20]
    raise AssertionError("\n".join(lines))


#: How tests launch Debian's chromium: no sandbox (root in CI), and none of the background
#: connections a closed network refuses.
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
)
