"""Entity resolution: mentions → one :class:`~kg.model.Entity` per real-world thing.

Mentions merge when they are the same name (``match_key``: case, accents, articles and
elision ignored) within the same coarse class, when the gazetteer links them to the same
Wikidata item, or when a one-word person name is the surname of a full name of the same
document (``Altman`` → ``Sam Altman``). An untyped name (``NamedEntity``) joins the typed
entity of the same name if there is one. Homonyms of different classes (Paris the city,
Paris the person) stay apart because the class is part of the key.

Resolution is order-independent: clusters are keyed by their content, labels and classes
are chosen by counts with deterministic tie-breaks.

Example:
    >>> from kg.model import Mention
    >>> ms = [Mention("La France", "Country", 0, 9), Mention("france", "Place", 20, 26)]
    >>> [e.label for e in resolve_mentions(ms)]
    ['France']
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kg.entities.mentions import UNTYPED, coarse
from kg.model import Entity, Mention, Triple
from kg.ontology import classes
from kg.text import match_key, strip_article


@dataclass(frozen=True, slots=True)
class Resolution:
    """Entities and the triples whose mentions now carry their entity key."""

    entities: tuple[Entity, ...]
    triples: tuple[Triple, ...]
    key_of: Mapping[tuple[str, str], str]


def _group(cls: str) -> str:
    return "entity" if cls == UNTYPED else coarse(cls).lower()


def _name_key(mention: Mention) -> tuple[str, str]:
    return (_group(mention.cls), match_key(mention.text))


def _slug(text: str) -> str:
    return match_key(text).replace(" ", "_") or "unnamed"


def _most_specific(found: Counter[str]) -> str:
    typed = [c for c in found if c != UNTYPED]
    if not typed:
        return UNTYPED
    # the most frequent family, then its most specific member, then alphabetical
    families = Counter()
    for cls, n in found.items():
        if cls != UNTYPED:
            families[coarse(cls)] += n
    family = max(sorted(families), key=lambda f: families[f])
    members = [c for c in typed if coarse(c) == family]
    return max(sorted(members), key=lambda c: (len(classes()[c].parents), found[c]))


class _Clusters:
    """Union-find over name keys."""

    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(self, key: tuple[str, str]) -> tuple[str, str]:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller key wins, so the result does not depend on the order of calls
            keep, drop = sorted((ra, rb))
            self.parent[drop] = keep


def _cluster(mentions: list[Mention]) -> tuple[_Clusters, dict[tuple[str, str], list[Mention]]]:
    clusters = _Clusters()
    by_key: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_key[_name_key(mention)].append(mention)
        clusters.find(_name_key(mention))
    by_qid: dict[str, tuple[str, str]] = {}
    for key, group in sorted(by_key.items()):
        for mention in group:
            if mention.qid:
                if mention.qid in by_qid:
                    clusters.union(by_qid[mention.qid], key)
                else:
                    by_qid[mention.qid] = key
    typed = {name: key for key in sorted(by_key) if key[0] != "entity" for name in [key[1]]}
    for key in sorted(by_key):
        if key[0] == "entity" and key[1] in typed:
            clusters.union(typed[key[1]], key)
    # "Altman" after "Sam Altman": a lone surname joins the full name it ends
    people = [key for key in by_key if key[0] == "person" and " " in key[1]]
    for key in sorted(by_key):
        if key[0] in {"person", "entity"} and " " not in key[1]:
            owners = sorted(p for p in people if p[1].rsplit(" ", 1)[-1] == key[1])
            if len(owners) == 1:
                clusters.union(owners[0], key)
    return clusters, by_key


def resolve_mentions(mentions: Iterable[Mention]) -> list[Entity]:
    """Cluster mentions into entities (see the module docstring for the rules)."""
    return list(resolve(mentions, ()).entities)


def resolve(mentions: Iterable[Mention], triples: Iterable[Triple]) -> Resolution:
    """Resolve named mentions and the ends of triples into entities.

    Args:
        mentions: Every named mention of the documents.
        triples: Extracted triples; their ends (including noun-phrase and resolved
            mentions) are clustered with the named mentions.

    Returns:
        The entities, sorted by key, and the triples with ``entity`` set on both ends.
    """
    triples = list(triples)
    all_mentions = list(mentions)
    ends = [m for t in triples for m in (t.subject, t.object)]
    clusters, by_key = _cluster(all_mentions + ends)
    members: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for key, group in by_key.items():
        members[clusters.find(key)].extend(group)
    named = {(m.text, m.cls, m.start, m.end) for m in all_mentions}
    entities = []
    key_of: dict[tuple[str, str], str] = {}
    for root, group in members.items():
        surface = Counter(m.text for m in group if (m.text, m.cls, m.start, m.end) in named)
        if not surface:
            surface = Counter(m.text for m in group)
        cls = _most_specific(Counter(m.cls for m in group))
        qids = Counter(m.qid for m in group if m.qid)
        qid = max(sorted(qids), key=lambda q: qids[q]) if qids else None
        label = _label(surface)
        key = f"{_group(cls)}/{_slug(label)}"
        for name_key in by_key:
            if clusters.find(name_key) == root:
                key_of[name_key] = key
        entities.append(
            Entity(
                key=key,
                label=label,
                cls=cls,
                aliases=tuple(sorted(surface.items(), key=lambda item: (-item[1], item[0]))),
                qid=qid,
                mentions=len({(m.start, m.end) for m in group}),
            )
        )
    entities = _merge_same_keys(entities)
    resolved = tuple(
        dataclasses.replace(
            t,
            subject=dataclasses.replace(t.subject, entity=key_of[_name_key(t.subject)]),
            object=dataclasses.replace(t.object, entity=key_of[_name_key(t.object)]),
        )
        for t in triples
    )
    return Resolution(tuple(sorted(entities, key=lambda e: e.key)), resolved, key_of)


def _label(surface: Counter[str]) -> str:
    """Preferred name: the most frequent surface form without its article; ties → longest."""
    stripped: Counter[str] = Counter()
    for text, n in surface.items():
        stripped[strip_article(text)] += n
    return max(sorted(stripped), key=lambda text: (stripped[text], len(text)))


def _merge_same_keys(entities: list[Entity]) -> list[Entity]:
    by_key: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities:
        by_key[entity.key].append(entity)
    merged = []
    for key, group in by_key.items():
        if len(group) == 1:
            merged.append(group[0])
            continue
        aliases: Counter[str] = Counter()
        for entity in group:
            aliases.update(dict(entity.aliases))
        merged.append(
            Entity(
                key=key,
                label=group[0].label,
                cls=group[0].cls,
                aliases=tuple(sorted(aliases.items(), key=lambda item: (-item[1], item[0]))),
                qid=next((e.qid for e in group if e.qid), None),
                mentions=sum(e.mentions for e in group),
            )
        )
    return merged
