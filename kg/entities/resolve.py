"""Entity resolution: mentions → one :class:`~kg.model.Entity` per real-world thing.

Resolution is a union-find over *name keys*: a mention's coarse class group and its
:func:`~kg.text.match_key` (case, accents, articles and elision ignored; a person's
honorific dropped, so ``M. Paris`` is the name ``paris``). Two name keys join when

- the gazetteer links them to the same Wikidata item (:attr:`Reason.SAME_QID`);
- a document introduces one as the acronym of the other in parentheses,
  ``Centre national de la recherche scientifique (CNRS)`` or ``OMS (Organisation mondiale
  de la santé)`` (:attr:`Reason.ACRONYM`, see :func:`acronym_links`);
- they are small spelling variants of one multi-word name in one document,
  ``Christine Lagarde`` / ``Christine Lagard`` (:attr:`Reason.SPELLING`, see
  :func:`spelling_links`);
- an untyped name (``NamedEntity``) is the name of exactly one typed entity
  (:attr:`Reason.UNTYPED`);
- a one-word person name is the last word of exactly one full name: the full names of its
  own document first, of the whole corpus when its document has none (``Altman`` →
  ``Sam Altman``, :attr:`Reason.SURNAME`).

Homonyms of different classes (Paris the city, Paris the person) stay apart because the
class group is part of the key, and an untyped ``Paris`` that could be either joins
neither. Every decision is kept as a :class:`Merge` record, so ``kg explain`` can say why
two surface forms are one node.

Resolution is order-independent and idempotent: inputs are deduplicated and sorted,
unions always keep the smaller key, labels and classes are chosen by counts with
deterministic tie-breaks, and a document seen twice counts once.

Example:
    >>> from kg.model import Mention
    >>> ms = [Mention("La France", "Country", 0, 9), Mention("France", "Place", 20, 26),
    ...       Mention("France", "Country", 40, 46, "Q142")]
    >>> [(e.label, e.cls, e.mentions) for e in resolve_mentions(ms)]
    [('France', 'Country', 3)]
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Protocol

from kg.entities.mentions import UNTYPED, coarse
from kg.entities.places import french_place
from kg.lexicon import descriptions, role_typing
from kg.model import Document, Entity, Mention, Triple
from kg.ontology import classes
from kg.text import abbreviates, fold, match_key, strip_article

log = logging.getLogger(__name__)

#: Name key: (class group, folded name). Internal to resolution.
_Key = tuple[str, str]

# An acronym in parentheses right after a name: "(CNRS)", "(O.M.S.)".
_PAREN = re.compile(r"\s*\(\s*([^()\n]{2,80}?)\s*\)")
# Characters between a name and the acronym after it: " (".
_PAREN_GAP = 3
# Sentence ends, for "two names in one sentence are two things".
_SENTENCE_END = re.compile(r"[.!?…]\s|\n")
#: Shortest word a spelling variant may change; shorter words are too easily other names.
SPELLING_MIN_WORD = 5
#: Words at least this long may differ by two edits instead of one.
SPELLING_LONG_WORD = 9


class Reason(StrEnum):
    """Why two names were merged into one entity."""

    SAME_NAME = "same name once case, accents, articles and honorifics are ignored"
    SAME_QID = "linked to the same Wikidata item"
    ACRONYM = "acronym introduced in parentheses"
    SPELLING = "spelling variant within one document"
    UNTYPED = "untyped name of exactly one typed entity"
    SURNAME = "surname of exactly one full name"
    SAME_KEY = "same entity key"


@dataclass(frozen=True, slots=True)
class Link:
    """A document's evidence that two mentions name one thing.

    Attributes:
        first: One mention.
        second: The other mention.
        reason: :attr:`Reason.ACRONYM` or :attr:`Reason.SPELLING`.
        doc_id: The document that shows it.
    """

    first: Mention
    second: Mention
    reason: Reason
    doc_id: str


@dataclass(frozen=True, slots=True)
class Merge:
    """One merge decision, recorded for ``kg explain``.

    Attributes:
        entity: Key of the entity the two names belong to.
        first: A surface form (the most frequent one of its name key).
        second: The surface form it was merged with.
        reason: Why.
        detail: The evidence: a QID, an edit distance, the full name a surname ends...
        documents: Documents that showed it (empty for corpus-wide rules).
    """

    entity: str
    first: str
    second: str
    reason: Reason
    detail: str = ""
    documents: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Occurrence:
    """How often a surface form of an entity occurs in one document.

    Attributes:
        entity: Key of the entity.
        text: The surface form as written.
        doc_id: The document.
        count: Number of mentions.
        named: ``False`` for forms that only occur as ends of triples (noun phrases,
            coreference); their counts are distinct spans.
    """

    entity: str
    text: str
    doc_id: str
    count: int
    named: bool = True


@dataclass(frozen=True, slots=True)
class Resolution:
    """Entities, the triples whose mentions now carry their entity key, and the reasons.

    :attr:`merges` and :attr:`occurrences` are worked out when read, from the mentions and
    the links the resolution kept: ``kg explain`` reads them, a build does not, and they
    were a third of the time of resolving a corpus.

    Attributes:
        entities: Entities sorted by key.
        triples: The input triples with ``entity`` set on both ends.
        key_of: Entity key of each name key ``(class group, match key)``.
    """

    entities: tuple[Entity, ...]
    triples: tuple[Triple, ...]
    key_of: Mapping[tuple[str, str], str]
    _seen: Sequence[_Seen] = field(default=(), repr=False, compare=False)
    _edges: Sequence[_Edge] = field(default=(), repr=False, compare=False)
    _collisions: tuple[Merge, ...] = field(default=(), repr=False, compare=False)

    @property
    def merges(self) -> tuple[Merge, ...]:
        """Every merge decision, sorted (computed at each read)."""
        return _merges(self._seen, self._edges, self.key_of) + self._collisions

    @property
    def occurrences(self) -> tuple[Occurrence, ...]:
        """Surface forms per entity and document, sorted (computed at each read)."""
        return _occurrences(self._seen, self.key_of)


class Analysed(Protocol):
    """What resolution needs of one analysed document (``kg.pipeline.Analysis`` fits)."""

    @property
    def document(self) -> Document: ...

    @property
    def mentions(self) -> Sequence[Mention]: ...

    @property
    def triples(self) -> Sequence[Triple]: ...


@dataclass(frozen=True, slots=True)
class _Analysed:
    document: Document
    mentions: tuple[Mention, ...]
    triples: tuple[Triple, ...]


@dataclass(frozen=True, slots=True)
class _Seen:
    """A mention in its document; ``named`` unless it is only the end of a triple.

    ``key`` and ``span`` are computed once: resolution reads them many times per mention.
    """

    doc_id: str
    mention: Mention
    named: bool
    key: tuple[str, str] = ("", "")
    span: tuple[str, int, int] = ("", 0, 0)

    @classmethod
    def of(cls, doc_id: str, mention: Mention, named: bool) -> _Seen:
        return cls(doc_id, mention, named, _name_key(mention), (doc_id, mention.start, mention.end))


@dataclass(frozen=True, slots=True)
class _Edge:
    a: _Key
    b: _Key
    reason: Reason
    detail: str = ""
    doc_id: str = ""


@functools.cache
def _group(cls: str) -> str:
    return "entity" if cls == UNTYPED else coarse(cls).lower()


def _honorifics() -> frozenset[str]:
    return descriptions().by_class.get("Person", frozenset())


def _without_honorific(text: str) -> str:
    """``M. Paris`` → ``Paris``: the title is not part of the person's name."""
    words = text.split(None, 1)
    if len(words) == 2 and fold(words[0]) in _honorifics():
        return words[1]
    return text


def _name_key(mention: Mention) -> _Key:
    return _key_of(mention.text, mention.cls)


# a corpus repeats its names: folding each once keeps resolution linear in practice
@functools.lru_cache(maxsize=1 << 16)
def _key_of(text: str, cls: str) -> _Key:
    group = _group(cls)
    return (group, match_key(_without_honorific(text) if group == "person" else text))


def _slug(text: str) -> str:
    return match_key(text).replace(" ", "_") or "unnamed"


def _most_specific(found: Counter[str]) -> str:
    typed = [c for c in found if c != UNTYPED]
    if not typed:
        return UNTYPED
    # the most frequent family, then its most specific member, then alphabetical
    families: Counter[str] = Counter()
    for cls, n in found.items():
        if cls != UNTYPED:
            families[coarse(cls)] += n
    family = max(sorted(families), key=lambda f: families[f])
    members = [c for c in typed if coarse(c) == family]
    return max(sorted(members), key=lambda c: (len(classes()[c].parents), found[c]))


class _Clusters:
    """Union-find over name keys."""

    def __init__(self) -> None:
        self.parent: dict[_Key, _Key] = {}

    def find(self, key: _Key) -> _Key:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: _Key, b: _Key) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller key wins, so the result does not depend on the order of calls
            keep, drop = sorted((ra, rb))
            self.parent[drop] = keep


# --- links a document's text shows --------------------------------------------------


def acronym_links(document: Document, mentions: Sequence[Mention]) -> Iterator[Link]:
    """Acronyms a document introduces in parentheses, next to the name they abbreviate.

    Both orders count: ``Centre national de la recherche scientifique (CNRS)`` and
    ``OMS (Organisation mondiale de la santé)``. The acronym need not be a mention itself;
    it then takes the name's class. Without the document's text (an analysis stored
    without it), two mentions a few characters apart stand for the parentheses.

    Example:
        >>> text = "Le Centre national de la recherche scientifique (CNRS) publie."
        >>> long = Mention("Centre national de la recherche scientifique", "Organization", 3, 47)
        >>> [link.second.text for link in acronym_links(Document("d", text), [long])]
        ['CNRS']
    """
    text = document.text
    at = {(m.start, m.end): m for m in mentions}
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    for i, mention in enumerate(ordered):
        if text:
            found = _PAREN.match(text, mention.end)
            if found is None:
                continue
            inside = found.group(1)
            start, end = found.start(1), found.end(1)
            other = at.get((start, end)) or Mention(inside, mention.cls, start, end, mention.qid)
        else:
            # a stored analysis without its text: the next mention, " (" away, will do
            following = ordered[i + 1] if i + 1 < len(ordered) else None
            if following is None or not 0 < following.start - mention.end <= _PAREN_GAP:
                continue
            other = following
        if abbreviates(other.text, mention.text) or abbreviates(mention.text, other.text):
            yield Link(mention, other, Reason.ACRONYM, document.id)


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def spelling_variant(a: str, b: str, *, person: bool = False) -> int | None:
    """Edit distance of two multi-word names that differ by a small typo in one word.

    Returns ``None`` unless the names have the same number of words (two or more), all
    equal but one; that word is alphabetic, at least :data:`SPELLING_MIN_WORD` letters in
    both, starts with the same letter, and differs by one edit (two for words of
    :data:`SPELLING_LONG_WORD` letters). For a person the differing word may not be the
    first: ``Marie Dupont`` and ``Mario Dupont`` are two people, ``Christine Lagarde`` and
    ``Christine Lagard`` one. One-word names never qualify: ``Paris`` and ``Pariso``, ``Lyon``
    and ``Lyons`` are different places.

    Example:
        >>> spelling_variant("christine lagarde", "christine lagard", person=True)
        1
        >>> spelling_variant("marie dupont", "mario dupont", person=True) is None
        True
        >>> spelling_variant("paris", "pariso") is None
        True
    """
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b) or len(words_a) < 2:
        return None
    differ = [i for i, (x, y) in enumerate(zip(words_a, words_b, strict=True)) if x != y]
    if len(differ) != 1 or (person and differ[0] == 0):
        return None
    x, y = words_a[differ[0]], words_b[differ[0]]
    if not (x.isalpha() and y.isalpha()) or min(len(x), len(y)) < SPELLING_MIN_WORD:
        return None
    if x[0] != y[0]:
        return None
    limit = 2 if min(len(x), len(y)) >= SPELLING_LONG_WORD else 1
    distance = _distance(x, y, limit)
    return distance if distance <= limit else None


def _same_sentence(text: str, a: Mention, b: Mention) -> bool:
    first, second = sorted((a, b), key=lambda m: m.start)
    between = text[first.end : second.start]
    return second.start >= first.end and _SENTENCE_END.search(between) is None


def spelling_links(document: Document, mentions: Sequence[Mention]) -> Iterator[Link]:
    """Small spelling variants of one name within a document (see :func:`spelling_variant`).

    Two forms named in one sentence are kept apart (``Dupont et Dupond``), and so are forms
    the gazetteer links to different Wikidata items. Sentences need the document's text:
    without it, no variant is merged.

    Example:
        >>> text = "Christine Lagarde parle. Christine Lagard ajoute."
        >>> ms = [Mention("Christine Lagarde", "Person", 0, 17),
        ...       Mention("Christine Lagard", "Person", 25, 41)]
        >>> [link.reason.name for link in spelling_links(Document("d", text), ms)]
        ['SPELLING']
    """
    if not document.text:
        log.debug("document %r: no text, so no spelling variants merged", document.id)
        return
    by_key: dict[_Key, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_key[_name_key(mention)].append(mention)
    # only names of one class group and one length in words can be variants of each other
    buckets: dict[tuple[str, int], list[_Key]] = defaultdict(list)
    for key in sorted(by_key):
        if " " in key[1]:
            buckets[(key[0], key[1].count(" "))].append(key)
    pairs = (
        (key, other)
        for keys in buckets.values()
        for i, key in enumerate(keys)
        for other in keys[i + 1 :]
    )
    for key, other in pairs:
        if spelling_variant(key[1], other[1], person=key[0] == "person") is None:
            continue
        qids = {m.qid for m in by_key[key] if m.qid}, {m.qid for m in by_key[other] if m.qid}
        if qids[0] and qids[1] and not qids[0] & qids[1]:
            continue
        if any(_same_sentence(document.text, a, b) for a in by_key[key] for b in by_key[other]):
            continue
        yield Link(by_key[key][0], by_key[other][0], Reason.SPELLING, document.id)


# --- clustering ---------------------------------------------------------------------


def _cluster(seen: list[_Seen], links: list[Link]) -> tuple[_Clusters, list[_Edge]]:
    clusters = _Clusters()
    edges: list[_Edge] = []
    keys: set[_Key] = set()
    docs_of: dict[_Key, set[str]] = defaultdict(set)
    for item in seen:
        key = item.key
        keys.add(key)
        docs_of[key].add(item.doc_id)
        clusters.find(key)

    def join(a: _Key, b: _Key, reason: Reason, detail: str = "", doc_id: str = "") -> None:
        edges.append(_Edge(a, b, reason, detail, doc_id))
        clusters.union(a, b)

    by_qid: dict[str, set[_Key]] = defaultdict(set)
    for item in seen:
        if item.mention.qid:
            by_qid[item.mention.qid].add(item.key)
    for qid, linked in sorted(by_qid.items()):
        first, *others = sorted(linked)
        for other in others:
            join(first, other, Reason.SAME_QID, qid)

    for link in sorted(set(links), key=_link_order):
        a, b = _name_key(link.first), _name_key(link.second)
        if link.reason is Reason.ACRONYM:
            # the acronym takes the class of the name it abbreviates
            shown = f"{link.first.text} ({link.second.text})"
            keys.add((a[0], b[1]))
            join(a, (a[0], b[1]), link.reason, shown, link.doc_id)
            if b != (a[0], b[1]):
                join(a, b, link.reason, shown, link.doc_id)
        else:
            join(a, b, link.reason, f"edit distance {_distance(a[1], b[1], 2)}", link.doc_id)

    typed = defaultdict(set)
    for key in keys:
        if key[0] != "entity":
            typed[key[1]].add(key)
    people = sorted(k for k in keys if k[0] == "person" and " " in k[1])
    by_last: dict[str, list[_Key]] = defaultdict(list)
    for person in people:
        by_last[person[1].rsplit(" ", 1)[-1]].append(person)

    def owners(key: _Key) -> set[_Key]:
        """Full names the lone word ``key`` ends: of its own documents first."""
        candidates = by_last.get(key[1], [])
        found: set[_Key] = set()
        for doc_id in docs_of[key]:
            local = {p for p in candidates if doc_id in docs_of[p]}
            found |= local or set(candidates)
        return found

    # people first, so an untyped "Altman" sees "Altman" (person) already joined to "Sam Altman"
    for key in sorted(keys, key=lambda k: (k[0] != "person", k)):
        if key[0] not in {"person", "entity"}:
            continue
        same_name = typed.get(key[1], set()) if key[0] == "entity" else set()
        full = owners(key) if " " not in key[1] else set()
        roots = {clusters.find(k) for k in same_name | full}
        if len(roots) != 1:
            if len(roots) > 1:
                log.debug("name %r is ambiguous between %s: left apart", key[1], sorted(roots))
            continue
        for target in sorted(same_name):
            join(target, key, Reason.UNTYPED)
        for target in sorted(full):
            join(target, key, Reason.SURNAME)
    return clusters, edges


def _link_order(link: Link) -> tuple[object, ...]:
    return (
        link.doc_id,
        link.reason.value,
        link.first.start,
        link.first.end,
        link.first.text,
        link.second.start,
        link.second.end,
        link.second.text,
    )


# --- entities -----------------------------------------------------------------------


def resolve_mentions(mentions: Iterable[Mention]) -> list[Entity]:
    """Cluster the named mentions of one document into entities (see the module docstring)."""
    return list(resolve(mentions, ()).entities)


def resolve(
    mentions: Iterable[Mention], triples: Iterable[Triple], *, document: Document | None = None
) -> Resolution:
    """Resolve the mentions and triples of one document (or of an anonymous bag of them).

    Args:
        mentions: Every named mention.
        triples: Extracted triples; their ends (noun phrases, resolved references) are
            clustered with the named mentions.
        document: The document they come from; its text lets acronyms introduced in
            parentheses and spelling variants merge.

    Returns:
        The :class:`Resolution` (see :func:`resolve_documents`).
    """
    document = document or Document("", "")
    return resolve_documents([_Analysed(document, tuple(mentions), tuple(triples))])


def resolve_documents(analyses: Iterable[Analysed]) -> Resolution:
    """Resolve the named mentions and triple ends of many documents into entities.

    An analysis that occurs twice (the same document ingested again) counts once.

    Args:
        analyses: One value per document with its ``document``, named ``mentions`` and
            extracted ``triples`` (``kg.pipeline.Analysis``).

    Returns:
        The entities sorted by key, the triples with ``entity`` set on both ends, the merge
        decisions and the surface forms per document.

    Example:
        >>> from kg.model import Mention
        >>> doc = Document("d1", "Sam Altman est là. Altman parle.")
        >>> found = resolve_documents([_Analysed(doc, (Mention("Sam Altman", "Person", 0, 10),
        ...                                           Mention("Altman", "Person", 19, 25)), ())])
        >>> [(m.first, m.second, m.reason.name) for m in found.merges]
        [('Sam Altman', 'Altman', 'SURNAME')]
    """
    unique: dict[tuple[str, frozenset[Mention], frozenset[Triple]], Analysed] = {}
    for analysis in analyses:
        # mentions may carry entity keys of an earlier resolution: they must not count
        fingerprint = (
            analysis.document.id,
            frozenset(map(_bare, analysis.mentions)),
            frozenset(map(_bare_triple, analysis.triples)),
        )
        unique.setdefault(fingerprint, analysis)
    seen: list[_Seen] = []
    links: list[Link] = []
    triples: list[Triple] = []
    for (doc_id, _, _), analysis in sorted(unique.items(), key=lambda kv: _analysis_order(kv[0])):
        named = sorted({_bare(m) for m in analysis.mentions}, key=_mention_order)
        seen.extend(_Seen.of(doc_id, m, True) for m in named)
        for triple in analysis.triples:
            triples.append(triple)
            seen.extend(_Seen.of(doc_id, _bare(m), False) for m in (triple.subject, triple.object))
        links.extend(acronym_links(analysis.document, named))
        links.extend(spelling_links(analysis.document, named))
    return _resolve(seen, links, triples)


def _bare(mention: Mention) -> Mention:
    return replace(mention, entity=None) if mention.entity else mention


def _bare_triple(triple: Triple) -> Triple:
    return replace(triple, subject=_bare(triple.subject), object=_bare(triple.object))


def _mention_order(mention: Mention) -> tuple[object, ...]:
    return (mention.start, mention.end, mention.text, mention.cls, mention.qid or "")


def _analysis_order(
    fingerprint: tuple[str, frozenset[Mention], frozenset[Triple]],
) -> tuple[object, ...]:
    doc_id, mentions, triples = fingerprint
    return (doc_id, sorted(map(_mention_order, mentions)), len(triples))


def _resolve(seen: list[_Seen], links: list[Link], triples: list[Triple]) -> Resolution:
    clusters, edges = _cluster(seen, links)
    members: dict[_Key, list[_Seen]] = defaultdict(list)
    for item in seen:
        members[clusters.find(item.key)].append(item)
    entities = []
    key_of: dict[_Key, str] = {}
    for group in members.values():
        entity = _entity(group)
        for item in group:
            key_of[item.key] = entity.key
        entities.append(entity)
    entities, collisions = _merge_same_keys(entities)
    resolved = tuple(
        replace(
            t,
            subject=replace(t.subject, entity=key_of[_name_key(t.subject)]),
            object=replace(t.object, entity=key_of[_name_key(t.object)]),
        )
        for t in triples
    )
    entities = _typed_by_role(entities, resolved)
    return Resolution(
        entities=tuple(sorted(entities, key=lambda e: e.key)),
        triples=resolved,
        key_of=key_of,
        _seen=seen,
        _edges=edges,
        _collisions=collisions,
    )


def _typed_by_role(entities: Iterable[Entity], triples: Iterable[Triple]) -> list[Entity]:
    """Entities narrowed to the class their part in the facts earns (``typing.json``).

    An ``Organization`` that is bought, run by a CEO or makes a product is a ``Company``,
    whatever sentence the name was typed from; a class already narrower stays.

    Example:
        >>> def m(text, cls): return Mention(text, cls, 0, 1, entity=f"organization/{text.lower()}")
        >>> from kg.model import Provenance
        >>> said = Provenance("d", 0, "s", 0, 1, "x", 0.9)
        >>> found = _typed_by_role(
        ...     [Entity("organization/a", "A", "Organization"),
        ...      Entity("organization/b", "B", "MediaOrganization"),
        ...      Entity("organization/c", "C", "Organization")],
        ...     [Triple(m("A", "Organization"), "acquires", m("B", "MediaOrganization"), said)])
        >>> [(e.label, e.cls) for e in found]
        [('A', 'Company'), ('B', 'MediaOrganization'), ('C', 'Organization')]
    """
    parts: dict[str, set[tuple[str, bool]]] = defaultdict(set)
    for triple in triples:
        parts[str(triple.subject.entity)].add((triple.predicate, True))
        parts[str(triple.object.entity)].add((triple.predicate, False))
    typed = []
    for entity in entities:
        for rule in role_typing():
            if entity.cls == rule.refines and any(
                relation in (rule.as_subject if as_subject else rule.as_object)
                for relation, as_subject in parts.get(entity.key, ())
            ):
                entity = replace(entity, cls=rule.cls)
                break
        typed.append(entity)
    return typed


def _surface(group: Iterable[_Seen]) -> Counter[str]:
    """Surface forms of named mentions, each distinct span once; ends when none is named."""
    group = list(group)
    named = {item.span: item.mention.text for item in group if item.named}
    if named:
        return Counter(named.values())
    return Counter({item.span: item.mention.text for item in group}.values())


def _entity(group: list[_Seen]) -> Entity:
    surface = _surface(group)
    cls = _most_specific(Counter(item.mention.cls for item in group))
    qids = Counter(item.mention.qid for item in group if item.mention.qid)
    qid = max(sorted(qids), key=lambda q: qids[q]) if qids else None
    label = _label(surface, person=_group(cls) == "person")
    if cls in _FRENCH_PLACE_CLASSES:
        label = _with_own_article(label)
    return Entity(
        key=f"{_group(cls)}/{_slug(label)}",
        label=label,
        cls=cls,
        aliases=_aliases(surface + _quoted_titles(surface) if cls == "Agreement" else surface),
        qid=qid,
        mentions=len({item.span for item in group}),
    )


#: Classes of the French communes, départements and régions of kg/data/places-fr.tsv.
_FRENCH_PLACE_CLASSES = frozenset({"City", "Region"})


def _with_own_article(label: str) -> str:
    """A French town's or area's name with the article that is part of it, which French
    fuses with a preposition (``au Mans``, ``aux Herbiers``, ``du Havre``) or detection
    leaves out: the name the list of French places writes.

    Example:
        >>> _with_own_article("Mans"), _with_own_article("Lyon")
        ('Le Mans', 'Lyon')
    """
    place = french_place(label)
    if place is None or place.name == label or strip_article(place.name) != label:
        return label
    return place.name


#: A text's title in quotes after its noun: "convention « Rive Verte 2040 »".
_QUOTED_TITLE = re.compile(r"[«“\"]\s*([^»”\"]+?)\s*[»”\"]")


def _quoted_titles(surface: Counter[str]) -> Counter[str]:
    """``convention « Rive Verte 2040 »`` is also called ``Rive Verte 2040``: a text's
    title alone names it as well as with its noun (each form counted as often).

    Example:
        >>> _quoted_titles(Counter({"charte « Mer propre »": 2, "plan Bellec": 1}))
        Counter({'Mer propre': 2})
    """
    titles: Counter[str] = Counter()
    for name, count in surface.items():
        found = _QUOTED_TITLE.search(name)
        if found is not None and found.group(1) != name:
            titles[found.group(1)] += count
    # (a title also written alone keeps the count of its own mentions)
    return Counter({title: n for title, n in titles.items() if title not in surface})


def _aliases(surface: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(surface.items(), key=lambda item: (-item[1], item[0])))


def _label(surface: Counter[str], *, person: bool = False) -> str:
    """Preferred name: a form of the most frequent name, as mention detection wrote it.

    A person's longest name wins (``Sam Altman`` over ``Altman``). Within the winning
    name, ties prefer a capitalised form, then one not all in capitals, then one without a
    lower-case article (``la France``), then the shorter. A lower-case article is dropped;
    a capitalised one was kept on purpose (``Le Monde``). A person's honorific is dropped.

    Example:
        >>> _label(Counter({"Le Monde": 2}))
        'Le Monde'
        >>> _label(Counter({"la France": 1, "France": 1, "Paris": 1}))
        'France'
        >>> _label(Counter({"M. Paris": 2}), person=True)
        'Paris'
        >>> _label(Counter({"Altman": 3, "Sam Altman": 1}), person=True)
        'Sam Altman'
    """

    def name(text: str) -> str:
        return _without_honorific(text) if person else text

    by_key: Counter[str] = Counter()
    for text, n in surface.items():
        by_key[match_key(name(text))] += n
    # a person is named by the full name, however often the surname alone is used
    best = max(sorted(by_key), key=lambda key: (person and key.count(" "), by_key[key], len(key)))
    forms = sorted(text for text in surface if match_key(name(text)) == best)
    chosen = min(
        forms,
        key=lambda text: (
            -surface[text],
            not text[:1].isupper(),
            text.isupper(),
            strip_article(text) != text,
            len(text),
            text,
        ),
    )
    chosen = name(chosen)
    if not chosen[:1].isupper():
        chosen = strip_article(chosen) or chosen
    return chosen


def _merge_same_keys(entities: list[Entity]) -> tuple[list[Entity], tuple[Merge, ...]]:
    """Clusters that chose the same key (same label and class group) become one entity."""
    by_key: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities:
        by_key[entity.key].append(entity)
    merged = []
    reasons: list[Merge] = []
    for key, group in by_key.items():
        if len(group) == 1:
            merged.append(group[0])
            continue
        group.sort(key=lambda e: (-e.mentions, e.label, e.cls))
        aliases: Counter[str] = Counter()
        for entity in group:
            aliases.update(dict(entity.aliases))
        classes_seen = Counter({e.cls: e.mentions for e in group})
        merged.append(
            Entity(
                key=key,
                label=group[0].label,
                cls=_most_specific(classes_seen),
                aliases=_aliases(aliases),
                qid=next((e.qid for e in group if e.qid), None),
                mentions=sum(e.mentions for e in group),
            )
        )
        reasons.extend(Merge(key, group[0].label, e.label, Reason.SAME_KEY) for e in group[1:])
    return merged, tuple(reasons)


def _representatives(seen: Sequence[_Seen]) -> dict[_Key, str]:
    """The most frequent surface form of each name key (ties: alphabetical)."""
    forms: dict[_Key, Counter[str]] = defaultdict(Counter)
    for item in seen:
        forms[item.key][item.mention.text] += 1
    return {key: min(c, key=lambda text: (-c[text], text)) for key, c in forms.items()}


def _merges(
    seen: Sequence[_Seen], edges: Sequence[_Edge], key_of: Mapping[_Key, str]
) -> tuple[Merge, ...]:
    shown = _representatives(seen)
    found: dict[tuple[str, str, str, Reason, str], set[str]] = defaultdict(set)
    texts: dict[_Key, set[str]] = defaultdict(set)
    for item in seen:
        texts[item.key].add(item.mention.text)
    for key, forms in texts.items():
        for text in forms - {shown[key]}:
            found[(key_of[key], shown[key], text, Reason.SAME_NAME, "")] = set()
    for edge in edges:
        a = shown.get(edge.a, edge.a[1])
        b = shown.get(edge.b, edge.b[1])
        if a == b:  # one name in two class groups: say which
            a, b = f"{a} [{edge.a[0]}]", f"{b} [{edge.b[0]}]"
        entity = key_of.get(edge.a) or key_of.get(edge.b)
        if entity is None:
            continue
        docs = found[(entity, a, b, edge.reason, edge.detail)]
        if edge.doc_id:
            docs.add(edge.doc_id)
    return tuple(
        Merge(entity, a, b, reason, detail, tuple(sorted(docs)))
        for (entity, a, b, reason, detail), docs in sorted(
            found.items(), key=lambda kv: (kv[0][0], kv[0][3].name, kv[0][1], kv[0][2], kv[0][4])
        )
    )


def _occurrences(seen: Sequence[_Seen], key_of: Mapping[_Key, str]) -> tuple[Occurrence, ...]:
    spans: dict[tuple[str, str, str, bool], set[tuple[str, int, int]]] = defaultdict(set)
    named_spans = {item.span for item in seen if item.named}
    for item in seen:
        if not item.named and item.span in named_spans:
            continue
        entity = key_of[item.key]
        spans[(entity, item.mention.text, item.doc_id, item.named)].add(item.span)
    return tuple(
        Occurrence(entity, text, doc_id, len(found), named)
        for (entity, text, doc_id, named), found in sorted(spans.items())
    )
