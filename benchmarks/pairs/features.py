"""Candidate entity pairs of a parsed sentence and their general French features.

A candidate is an ordered pair of two entity mentions of one sentence: named mentions
(``doc._.kg_mentions`` after kg's harmonising) and pronouns or descriptions that kg's
coreference resolved to a named antecedent (``doc._.kg_coref``). Every feature is a
string; nothing is keyed to a name, only to classes, lemmas, parts of speech and
dependency labels.

Example:
    >>> _bucket(7)
    'd6-10'
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.model import Mention
from kg.text import match_key

#: Prepositions whose presence on an end or between the ends is a feature of its own.
PREPOSITIONS = frozenset({"à", "de", "par", "chez", "dans", "en", "pour", "avec", "auprès", "sur"})
#: Parts of speech whose lemmas between the ends are kept (function words add noise).
CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ", "ADP", "PROPN", "AUX"})
#: Sentences farther apart than this many tokens are not paired.
MAX_DISTANCE = 40


@dataclass(frozen=True, slots=True)
class End:
    """One end of a candidate pair.

    Attributes:
        mention: kg's mention (for a resolved reference, the antecedent's name and class).
        start: First token index in the chunk.
        end: Token index just past the mention.
        head: Syntactic head token index of the mention.
        coref: Whether the end is a pronoun or description kg resolved.
    """

    mention: Mention
    start: int
    end: int
    head: int
    coref: bool


@dataclass(frozen=True, slots=True)
class Candidate:
    """An ordered pair of ends in one sentence, with its features.

    Attributes:
        doc_id: The document's id.
        sentence: Sentence index in the document.
        text: The sentence text.
        first: Subject-side end.
        second: Object-side end.
        features: Feature strings.
    """

    doc_id: str
    sentence: int
    text: str
    first: End
    second: End
    features: tuple[str, ...]


def _head(doc: Doc, start: int, end: int) -> int:
    """The token of ``[start, end)`` whose head lies outside the span (the first one)."""
    for i in range(start, end):
        head = doc[i].head.i
        if head < start or head >= end or head == i:
            return i
    return start


def _runs(mapping: Mapping[int, Mention]) -> Iterator[tuple[int, int, Mention]]:
    """Contiguous token runs that map to the same mention object."""
    items = sorted(mapping.items())
    index = 0
    while index < len(items):
        start, mention = items[index]
        stop = index + 1
        while (
            stop < len(items)
            and items[stop][0] == items[stop - 1][0] + 1
            and items[stop][1] is mention
        ):
            stop += 1
        yield start, items[stop - 1][0] + 1, mention
        index = stop


def _extension(doc: Doc, name: str) -> Mapping[int, Mention]:
    """A token-index map kg's coreference set on the chunk (empty where kg has none)."""
    return (doc._.get(name) if Doc.has_extension(name) else None) or {}


def ends_of(doc: Doc) -> list[End]:
    """Every named mention and resolved reference of a parsed chunk, in text order."""
    named: Mapping[int, Mention] = doc._.kg_mentions or {}
    resolved: Mapping[int, Mention] = _extension(doc, "kg_coref")
    grouped = _extension(doc, "kg_coref_group")
    found = [End(m, s, e, _head(doc, s, e), False) for s, e, m in _runs(named)]
    refs = {i: m for i, m in resolved.items() if i not in named and i not in grouped}
    found += [End(m, s, e, _head(doc, s, e), True) for s, e, m in _runs(refs)]
    return sorted(found, key=lambda end: end.start)


def _bucket(distance: int) -> str:
    for limit, name in ((1, "d1"), (2, "d2"), (5, "d3-5"), (10, "d6-10"), (20, "d11-20")):
        if distance <= limit:
            return name
    return "d21+"


def _ancestors(token: Token) -> list[Token]:
    """The token and its heads up to the sentence root."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 50:
        chain.append(chain[-1].head)
    return chain


def _path(doc: Doc, a: int, b: int) -> tuple[list[Token], Token | None, list[Token]]:
    """Tokens from ``a`` up to the lowest common ancestor, the ancestor, and ``b``'s side."""
    up_a, up_b = _ancestors(doc[a]), _ancestors(doc[b])
    seen_b = {t.i: n for n, t in enumerate(up_b)}
    for n, token in enumerate(up_a):
        if token.i in seen_b:
            return up_a[:n], token, up_b[: seen_b[token.i]]
    return up_a, None, up_b


def _word(token: Token) -> str:
    """A token's lemma, or its part of speech for a proper noun or a number (no names)."""
    if token.pos_ in {"PROPN", "NUM", "X"} or token.like_num:
        return token.pos_
    return token.lemma_.lower()


def _case(doc: Doc, head: int) -> str:
    """The preposition or marker introducing a mention's head ('à', 'de', 'par', ...)."""
    for child in doc[head].children:
        if child.dep_ in {"case", "mark"}:
            return _word(child)
    return "-"


def _path_features(doc: Doc, first: End, second: End) -> list[str]:
    side_a, top, side_b = _path(doc, first.head, second.head)
    if top is None:
        return ["path=none"]
    deps = [f"{t.dep_}^" for t in side_a] + ["|"] + [f"v{t.dep_}" for t in reversed(side_b)]
    lca = _word(top) if top.i not in (first.head, second.head) else "END"
    dep_a = side_a[-1].dep_ if side_a else "SELF"
    dep_b = side_b[-1].dep_ if side_b else "SELF"
    feats = [
        "path=" + " ".join(deps),
        f"lca={lca}",
        f"lca_pos={top.pos_}",
        f"lca_deps={lca}|{dep_a}|{dep_b}",
        f"deps={dep_a}|{dep_b}",
        f"plen={min(len(side_a) + len(side_b), 6)}",
    ]
    inner = [t for t in side_a[1:] + side_b[1:] if t.pos_ in CONTENT_POS]
    feats += [f"on_path={_word(t)}" for t in inner]
    feats += [f"on_path_dep={t.dep_}|{_word(t)}" for t in inner]
    labels = {t.dep_ for t in side_a + side_b + [top]}
    feats += [f"marker={d}" for d in labels & {"appos", "acl:relcl", "acl", "nsubj:pass", "nmod"}]
    if any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in top.children):
        feats.append("passive")
    if any(c.dep_ == "advmod" and _word(c) in {"ne", "pas", "jamais"} for c in top.children):
        feats.append("negated")
    return feats


def _between_features(doc: Doc, first: End, second: End) -> list[str]:
    lo, hi = sorted((first, second), key=lambda e: e.start)
    between = doc[lo.end : hi.start]
    words = [_word(t) for t in between if t.pos_ in CONTENT_POS]
    feats = [f"btw={w}" for w in words]
    feats += [f"btw_prep={_word(t)}" for t in between if _word(t) in PREPOSITIONS]
    if not words:
        feats.append("btw=EMPTY")
    if between and _word(between[0]) in {",", "("}:
        feats.append("btw_starts_comma")
    if any(t.lower_ in {"ne", "n'", "n’", "pas"} for t in between):
        feats.append("btw_neg")
    if any(t.lower_ in {"pourrait", "serait", "aurait", "pourraient", "seraient"} for t in between):
        feats.append("btw_hedge")
    return feats


def _end_features(doc: Doc, end: End, tag: str) -> list[str]:
    head = doc[end.head]
    governor = head.head
    return [
        f"{tag}_cls={end.mention.cls}",
        f"{tag}_coref={end.coref}",
        f"{tag}_dep={head.dep_}",
        f"{tag}_gov={_word(governor)}|{head.dep_}",
        f"{tag}_case={_case(doc, end.head)}",
        f"{tag}_pos={head.pos_}",
    ]


def pair_features(doc: Doc, sentence: Span, first: End, second: End, position: int) -> list[str]:
    """Every feature of the ordered pair ``(first, second)`` in ``sentence``."""
    classes = f"{first.mention.cls}>{second.mention.cls}"
    order = "fwd" if first.start < second.start else "rev"
    distance = abs(second.start - first.start)
    feats = ["bias", f"cls={classes}", f"order={order}", f"dist={_bucket(distance)}"]
    feats.append(f"pos={'first' if position == 0 else 'second' if position == 1 else 'later'}")
    feats += _end_features(doc, first, "a") + _end_features(doc, second, "b")
    path = _path_features(doc, first, second)
    between = _between_features(doc, first, second)
    feats += path + between
    # class pair and order conjoined with the strongest syntactic cues
    feats += [f"{classes}|{order}|{f}" for f in path if f.startswith(("lca", "deps", "path="))]
    feats += [f"{classes}|{f}" for f in between if f.startswith("btw=")]
    return feats


def candidates(doc: Doc) -> Iterator[Candidate]:
    """Every ordered pair of ends with different names in each sentence of a chunk."""
    ends = ends_of(doc)
    first_sentence: int = doc._.kg_first_sentence
    for number, sentence in enumerate(doc.sents):
        here = [e for e in ends if sentence.start <= e.start < sentence.end]
        for a in here:
            for b in here:
                if a is b or abs(a.start - b.start) > MAX_DISTANCE:
                    continue
                if match_key(a.mention.text) == match_key(b.mention.text):
                    continue
                yield Candidate(
                    doc_id=doc._.kg_doc_id,
                    sentence=first_sentence + number,
                    text=sentence.text,
                    first=a,
                    second=b,
                    features=tuple(pair_features(doc, sentence, a, b, first_sentence + number)),
                )
