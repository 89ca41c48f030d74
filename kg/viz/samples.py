"""Hand-built kg graphs for the viewer's tests, benchmarks and demonstrations.

They follow the graph shape of ``ontology/README.md`` exactly (entities, plain facts,
assertions with evidence records, documents) without running any NLP, so the page can be
tested and measured on its own:

- :func:`article_graph`: a few entities and facts shaped like a news article about an AI
  company opening an office in Paris (``hostile=True`` adds entities and sentences made of
  markup and script-breaking text);
- :func:`synthetic_graph`: ``n`` random entities with about 1.5 facts each, for scale.

Example:
    >>> from kg.viz.view import graph_view
    >>> view = graph_view(article_graph())
    >>> "Sam Altman" in {node.label for node in view.nodes}
    True
    >>> len(graph_view(synthetic_graph(50)).nodes)
    50
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from rdflib import DCTERMS, OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kg.iri import digest, mint_iri
from kg.namespace import KGO, WD

__all__ = ["HOSTILE_TEXTS", "EntitySpec", "FactSpec", "article_graph", "synthetic_graph"]

#: Texts that must show literally and run nothing (see the XSS tests).
HOSTILE_TEXTS = (
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(2)</script>",
    '"><svg onload=alert(3)>',
    '<a href="javascript:alert(4)">href</a>',
    "{{data}} \u2028 & <!-- -->",
)

_ARTICLE_ID = "openai_paris_fr"
_ARTICLE_TITLE = "OpenAI ouvre un bureau à Paris"
_GROUPS = {
    "Person": "per",
    "Company": "org",
    "MediaOrganization": "org",
    "City": "loc",
    "Country": "loc",
    "Regulation": "misc",
    "Agreement": "misc",
    "Place": "loc",
    "Organization": "org",
    "Product": "misc",
    "Event": "misc",
    "Concept": "misc",
}


@dataclass(frozen=True, slots=True)
class EntitySpec:
    """An entity to put in a sample graph."""

    key: str
    label: str
    cls: str
    aliases: tuple[str, ...] = ()
    mentions: int = 1
    qid: str | None = None


@dataclass(frozen=True, slots=True)
class FactSpec:
    """A fact to put in a sample graph, with its one evidence sentence."""

    subject: str
    relation: str
    object: str
    sentence: str
    confidence: float
    extractor: str = "kg.sample.v1"


_ARTICLE_ENTITIES = (
    EntitySpec(
        "openai", "OpenAI", "Company", ("la start-up californienne", "l'entreprise"), 9, "Q21708200"
    ),
    EntitySpec("paris", "Paris", "City", (), 3, "Q90"),
    EntitySpec("altman", "Sam Altman", "Person", ("Altman",), 1, "Q7407093"),
    EntitySpec("france", "France", "Country", ("La France",), 4, "Q142"),
    EntitySpec("lemonde", "Le Monde", "MediaOrganization", (), 1, "Q12461"),
    EntitySpec("microsoft", "Microsoft", "Company", (), 1, "Q2283"),
    EntitySpec("stationf", "Station F", "Place", (), 1),
    EntitySpec("niel", "Xavier Niel", "Person", (), 1),
    EntitySpec("aiact", "AI Act", "Regulation", (), 2),
    EntitySpec("meta", "Meta", "Company", (), 1),
)

_ARTICLE_FACTS = (
    FactSpec(
        "openai",
        "opensOfficeIn",
        "paris",
        "OpenAI, leader mondial de l'intelligence artificielle (IA), continue d'étendre "
        "son influence avec l'annonce de l'ouverture de son premier bureau en Europe "
        "continentale, situé à Paris.",
        0.92,
        "kg.frame.v1",
    ),
    FactSpec(
        "altman",
        "cofounderOf",
        "openai",
        "Sam Altman, cofondateur d'OpenAI, a souligné l'importance de cette implantation.",
        0.95,
        "kg.apposition.v1",
    ),
    FactSpec(
        "openai",
        "partnerOf",
        "microsoft",
        "L'Union européenne continue d'examiner les implications du partenariat "
        "stratégique entre OpenAI et Microsoft.",
        0.7,
        "kg.cue.v1",
    ),
    FactSpec(
        "niel",
        "founderOf",
        "stationf",
        "des hackathons à Station F, l'incubateur de start-up fondé par Xavier Niel",
        0.85,
        "kg.apposition.v1",
    ),
    FactSpec(
        "stationf",
        "locatedIn",
        "paris",
        "des hackathons à Station F, l'incubateur de start-up parisien",
        0.4,
        "kg.cue.v1",
    ),
    FactSpec("paris", "locatedIn", "france", "Paris, en France.", 0.6, "kg.gazetteer.v1"),
    FactSpec(
        "openai",
        "competitorOf",
        "meta",
        "OpenAI doit continuer à faire face à la concurrence croissante des autres géants "
        "technologiques, tels que Google DeepMind ou Meta.",
        0.45,
        "kg.cue.v1",
    ),
    FactSpec(
        "openai",
        "quotedIn",
        "lemonde",
        "Sam Altman a souligné l'importance de cette implantation en déclarant dans un "
        "communiqué, relayé par Le Monde.",
        0.3,
        "kg.cue.v1",
    ),
)


def article_graph(*, hostile: bool = False) -> Graph:
    """A small graph shaped like kg's output for a news article.

    Args:
        hostile: Also add entities, aliases, a document title and sentences built from
            :data:`HOSTILE_TEXTS`, and a ``javascript:`` ``owl:sameAs`` link.

    Example:
        >>> len(article_graph(hostile=True)) > len(article_graph())
        True
    """
    entities = list(_ARTICLE_ENTITIES)
    facts = list(_ARTICLE_FACTS)
    title = _ARTICLE_TITLE
    if hostile:
        title = HOSTILE_TEXTS[1]
        for i, text in enumerate(HOSTILE_TEXTS):
            entities.append(EntitySpec(f"hostile{i}", text, "Company", (text + " alias",), 1))
            facts.append(FactSpec(f"hostile{i}", "basedIn", "paris", f"« {text} » à Paris.", 0.8))
        facts.append(FactSpec("openai", "investsIn", "hostile0", HOSTILE_TEXTS[1], 0.9))
    graph = _build(entities, facts, _ARTICLE_ID, title)
    if hostile:
        graph.add((_entity_iri(entities[-1]), OWL.sameAs, URIRef("javascript:alert(5)")))
    return graph


def synthetic_graph(n: int, *, seed: int = 0, facts_per_node: float = 1.5) -> Graph:
    """``n`` random entities and about ``facts_per_node * n`` facts, each with evidence.

    Half the edges attach to entities linked recently, so that, as in news graphs, a few
    actors are everywhere; entities of a class no relation links stay isolated. Draws that
    repeat a fact or link an entity to itself are dropped, hence "about".

    Example:
        >>> len(list(synthetic_graph(10).subjects(RDF.type, KGO.Assertion))) <= 15
        True
    """
    rng = random.Random(seed)
    classes = ["Person", "Company", "City", "Country", "Regulation", "Product", "Event"]
    relations = {
        ("Person", "Company"): ["ceoOf", "founderOf", "employeeOf"],
        ("Company", "City"): ["basedIn", "opensOfficeIn"],
        ("Company", "Company"): ["partnerOf", "competitorOf", "acquires"],
        ("Company", "Product"): ["makes"],
        ("City", "Country"): ["locatedIn"],
    }
    entities = [
        EntitySpec(f"e{i}", f"Entité {i}", rng.choice(classes), (f"E{i}",), rng.randint(1, 30))
        for i in range(n)
    ]
    by_class: dict[str, list[EntitySpec]] = {}
    for entity in entities:
        by_class.setdefault(entity.cls, []).append(entity)
    pairs = [pair for pair in relations if pair[0] in by_class and pair[1] in by_class]
    hubs: list[EntitySpec] = []
    facts = []
    for i in range(round(n * facts_per_node)):
        if not pairs:
            break
        left, right = rng.choice(pairs)
        subject = rng.choice(by_class[left])
        candidates = [e for e in hubs[-200:] if e.cls == right] if rng.random() < 0.5 else []
        obj = rng.choice(candidates or by_class[right])
        if subject.key == obj.key:
            continue
        hubs += [subject, obj]
        facts.append(
            FactSpec(
                subject.key,
                rng.choice(relations[left, right]),
                obj.key,
                f"Phrase {i} : {subject.label} et {obj.label} sont liés selon le document, "
                "dans une phrase d'une longueur ordinaire pour un article de presse.",
                round(rng.uniform(0.2, 1.0), 2),
            )
        )
    return _build(entities, facts, f"synthetic-{n}", f"Corpus synthétique de {n} entités")


def _entity_iri(entity: EntitySpec) -> URIRef:
    return mint_iri("entity", _GROUPS.get(entity.cls, "misc"), entity.key)


def _build(entities: list[EntitySpec], facts: list[FactSpec], doc_id: str, title: str) -> Graph:
    graph = Graph()
    graph.bind("kgo", KGO._NS)
    document = mint_iri("doc", doc_id)
    graph.add((document, RDF.type, KGO.Document))
    graph.add((document, DCTERMS.identifier, Literal(doc_id)))
    graph.add((document, DCTERMS.title, Literal(title, lang="fr")))
    iris = {}
    for entity in entities:
        iri = iris[entity.key] = _entity_iri(entity)
        graph.add((iri, RDF.type, KGO._NS[entity.cls]))
        graph.add((iri, RDFS.label, Literal(entity.label)))
        for alias in (entity.label, *entity.aliases):
            graph.add((iri, SKOS.altLabel, Literal(alias)))
        graph.add((iri, KGO.mentionCount, Literal(entity.mentions)))
        if entity.qid:
            graph.add((iri, OWL.sameAs, WD[entity.qid]))
    for index, fact in enumerate(facts):
        subject, obj = iris[fact.subject], iris[fact.object]
        predicate = KGO._NS[fact.relation]
        graph.add((subject, predicate, obj))
        assertion = mint_iri("assertion", digest(subject, predicate, obj))
        evidence = mint_iri("evidence", digest(subject, predicate, obj, doc_id, index))
        confidence = Literal(float(fact.confidence))  # xsd:double
        graph.add((assertion, RDF.type, KGO.Assertion))
        graph.add((assertion, RDF.subject, subject))
        graph.add((assertion, RDF.predicate, predicate))
        graph.add((assertion, RDF.object, obj))
        graph.add((assertion, KGO.confidence, confidence))
        graph.add((assertion, KGO.evidence, evidence))
        graph.add((evidence, RDF.type, KGO.Evidence))
        graph.add((evidence, PROV.wasDerivedFrom, document))
        graph.add((evidence, KGO.sentence, Literal(fact.sentence, lang="fr")))
        graph.add((evidence, KGO.sentenceIndex, Literal(index)))
        graph.add((evidence, KGO.extractor, Literal(fact.extractor)))
        graph.add((evidence, KGO.confidence, confidence))
    return graph
