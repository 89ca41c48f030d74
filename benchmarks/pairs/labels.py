"""Label candidate pairs with gold relations, the way kg's evaluator matches facts.

A relation and its ``owl:inverseOf`` are folded into one *canonical* label (the
alphabetically first name, ends swapped for the other), so ``foundedBy(X, Y)`` and
``founderOf(Y, X)`` teach the model one thing. A predicted canonical fact is scored
with :mod:`kg.eval`'s own matching (:func:`kg.eval._matches`), which unfolds inverses,
symmetry and super-properties again.

Example:
    >>> canonical("founderOf")
    ('foundedBy', True)
    >>> evidence_words("idem (the parent)") == frozenset()
    True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.eval import GoldEntity, GoldFact, PredictedFact, _gold_keys, _GoldKeys, _keys, _matches
from kg.ontology import classes, is_subclass, relations
from kg.text import fold

#: The label of a pair no gold fact relates.
NONE = "NONE"
#: The label of a pair a gold fact relates, but whose evidence is another sentence.
SKIP = "SKIP"
#: Share of the evidence's words a sentence must hold to be the evidence sentence.
EVIDENCE_OVERLAP = 0.6

_NOTE = re.compile(r"\([^)]*\)")
_WORD = re.compile(r"\w{3,}")


@functools.cache
def canonical(predicate: str) -> tuple[str, bool]:
    """The label a relation is learnt under, and whether its ends are swapped for it."""
    inverse = relations()[predicate].inverse
    if inverse is not None and inverse in relations() and inverse < predicate:
        return inverse, True
    return predicate, False


@functools.cache
def fits(label: str, first: str, second: str) -> bool:
    """Whether classes ``first`` and ``second`` fit the relation's domain and range
    (an untyped or unknown class fits anything)."""
    relation = relations()[label]
    return _fits(first, relation.domain) and _fits(second, relation.range)


def _fits(cls: str, allowed: frozenset[str]) -> bool:
    if cls not in classes() or cls in {"NamedEntity", "Thing"}:
        return True
    return any(is_subclass(cls, ancestor) for ancestor in allowed)


def evidence_words(evidence: str | None) -> frozenset[str]:
    """The folded words (3+ letters) of a gold evidence, its notes in parentheses left out."""
    if not evidence:
        return frozenset()
    text = _NOTE.sub(" ", evidence)
    if text.strip().lower().startswith("idem"):
        return frozenset()
    return frozenset(w.lower() for w in _WORD.findall(fold(text)))


def sentence_words(sentence: str) -> frozenset[str]:
    """The folded words (3+ letters) of a sentence."""
    return frozenset(w.lower() for w in _WORD.findall(fold(sentence)))


def states(evidence: frozenset[str], sentence: frozenset[str]) -> bool:
    """Whether a sentence holds enough of an evidence's words to be where it is stated."""
    if not evidence:
        return True
    return len(evidence & sentence) / len(evidence) >= EVIDENCE_OVERLAP


@dataclass(frozen=True, slots=True)
class ArticleGold:
    """An article's gold facts, keyed once, with their evidence words.

    Attributes:
        facts: The gold facts, in file order.
        keyed: Their match keys (aliases of the gold entities included).
        evidence: Evidence words of each fact (an ``idem`` line takes the line before's).
    """

    facts: tuple[GoldFact, ...]
    keyed: tuple[_GoldKeys, ...]
    evidence: tuple[frozenset[str], ...]


def article_gold(facts: Sequence[GoldFact], entities: Sequence[GoldEntity]) -> ArticleGold:
    """Key an article's gold facts for labelling and scoring."""
    evidence: list[frozenset[str]] = []
    for fact in facts:
        words = evidence_words(fact.evidence)
        idem = bool(fact.evidence and fact.evidence.strip().lower().startswith("idem"))
        evidence.append(evidence[-1] if idem and evidence else words)
    keyed = tuple(_gold_keys(fact, entities) for fact in facts)
    return ArticleGold(tuple(facts), keyed, tuple(evidence))


def predicted(label: str, first: Sequence[str], second: Sequence[str]) -> PredictedFact:
    """A canonical fact between two ends, named by ``first`` and ``second``."""
    return PredictedFact("a", label, "b", tuple(first), tuple(second))


def gold_hits(gold: ArticleGold, fact: PredictedFact) -> list[int]:
    """Indices of the gold facts a predicted fact states (kg.eval's matching)."""
    return [index for index, keys in enumerate(gold.keyed) if _matches(fact, keys)]


def label_pair(
    gold: ArticleGold, first: Sequence[str], second: Sequence[str], sentence: frozenset[str]
) -> tuple[str, list[int]]:
    """The canonical label of an ordered pair, and the gold facts it would recall.

    ``SKIP`` when the pair holds a gold relation whose evidence is another sentence (the
    indices returned are then those facts).
    """
    a, b = _keys(tuple(first)), _keys(tuple(second))
    elsewhere: list[int] = []
    for index, (fact, keys) in enumerate(zip(gold.facts, gold.keyed, strict=True)):
        label, swapped = canonical(fact.predicate)
        subject, obj = (keys.object, keys.subject) if swapped else (keys.subject, keys.object)
        direct = bool(a & subject and b & obj)
        mirrored = relations()[label].symmetric and bool(b & subject and a & obj)
        if not (direct or mirrored):
            continue
        if states(gold.evidence[index], sentence):
            return label, [index]
        elsewhere.append(index)
    return (SKIP if elsewhere else NONE), elsewhere
