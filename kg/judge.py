"""The judge: how likely each extracted fact is right, learned from annotated news.

Extractors give their facts a confidence of their own making (a constant per cue, lowered
for hedges and coreference). The judge replaces it with the probability a logistic model
gives from what the evidence looks like — the extractor and relation, the classes of the two
ends, whether an end came through a pronoun, a possessive or a description, how far apart
the two names are and the words between them, the sentence's place in the document, how
many of the document's facts name each end, how many extractors state the fact, and whether
the document gives the same subject and relation another object. A hedged fact keeps the
lower confidence the lexicon's hedge factor gives it (the judge sees the extractor's
confidence without that factor: hedging does not decide whether a fact was read right).

The judge leaves every fact in; ``kg build --min-confidence X`` is the one cut. Left to
drop the facts it found more likely wrong than right, it cost kg, on news nothing of kg had
read, more right facts than wrong ones, and lost even at twice the cost of a wrong fact
(``eval/judge/README.md``); its probabilities still separate the two (facts at 0.8 or more
are right far more often than those below), so they are the confidence a reader filters on.

The judge runs last in each document's analysis, on that document's triples only, so a
document judges the same alone or in any corpus, in any worker. Its weights are data
(``kg/data/judge.json``), fitted by ``eval/judge/train.py`` on what kg said about annotated
articles it had never seen (``eval/judge/README.md``).

Example:
    >>> from kg.model import Mention, Provenance, Triple
    >>> prov = Provenance("d", 0, "Léa Dumas dirige Kelvo.", 0, 23, "kg.verbframe.v1", 0.8)
    >>> lea, kelvo = Mention("Léa Dumas", "Person", 0, 9), Mention("Kelvo", "Organization", 17, 22)
    >>> fact = Triple(lea, "leaderOf", kelvo, prov)
    >>> sorted(evidence_features(fact, DocumentFacts.of([fact]))
    ...        & {"pred=leaderOf", "btw=dirige", "ref=none"})
    ['btw=dirige', 'pred=leaderOf', 'ref=none']
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from kg.errors import InputError
from kg.lexicon import descriptions, modality
from kg.model import Modality, Provenance, Triple
from kg.text import match_key

#: Words between the two names are features only when the names are this close.
MAX_BETWEEN = 12
_TOKEN = re.compile(r"\w+|[^\w\s]")
_VERSION = re.compile(r"\.v\d+$")
# Bucket edges: counts and distances matter by order of magnitude, not one by one.
_SENTENCE_EDGES = (0, 1, 3, 8)
_LENGTH_EDGES = (8, 15, 25, 40)
_DISTANCE_EDGES = (0, 1, 2, 4, 7, 12, 20)
_COUNT_EDGES = (1, 2, 4)
_RIVAL_EDGES = (0, 1, 3)
#: Fewest sentences of a document the judge decides. It learnt from articles (9 to 32
#: sentences), where a fact is weighed against the rest of the document: how often it names
#: each end, whether the subject has rival objects. In a text of a sentence or two every
#: name comes once and no fact has a rival, which the model reads as doubt, with nothing
#: learnt to back it: such a text keeps its extractors' confidences.
MIN_SENTENCES = 3


@dataclass(frozen=True, slots=True)
class Judge:
    """A logistic model over evidence features.

    Attributes:
        weights: Weight of each feature; features the model never saw weigh nothing.
        bias: The intercept.
        trained_on: What the weights were fitted on, for the record.
    """

    weights: Mapping[str, float]
    bias: float
    trained_on: str = ""

    def probability(self, features: Iterable[str]) -> float:
        """The model's probability that a fact with these features is right.

        Example:
            >>> Judge({"ref=none": 1.0}, bias=-1.0).probability(["ref=none", "unseen"])
            0.5
        """
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z))


def judge_triples(
    triples: Sequence[Triple], judge: Judge | None = None, *, sentences: int | None = None
) -> tuple[Triple, ...]:
    """One document's triples, each with the judge's probability as its confidence.

    Args:
        triples: Every triple the extractors found in one document.
        judge: The model; kg's own (:func:`default_judge`) when None.
        sentences: How many sentences the document has, when known: one shorter than
            :data:`MIN_SENTENCES` is not judged (its triples come back as they are).

    Example:
        >>> from kg.model import Mention, Provenance, Triple
        >>> prov = Provenance("d", 0, "Kelvo, à Lyon.", 0, 14, "kg.apposition.v1", 0.8)
        >>> fact = Triple(Mention("Kelvo", "Organization", 0, 5), "basedIn",
        ...               Mention("Lyon", "City", 9, 13), prov)
        >>> [t.provenance.confidence for t in judge_triples([fact], Judge({}, bias=2.0))]
        [0.881]
        >>> [t.provenance.confidence for t in judge_triples([fact], Judge({}, bias=-2.0))]
        [0.119]
        >>> judge_triples([fact], Judge({}, bias=-2.0), sentences=1) == (fact,)
        True
    """
    if sentences is not None and sentences < MIN_SENTENCES:
        return tuple(triples)
    judge = judge or default_judge()
    hedge = modality().hedge_factor
    document = DocumentFacts.of(triples)
    judged = []
    for triple in triples:
        p = judge.probability(evidence_features(triple, document))
        if triple.provenance.modality is Modality.HEDGED:
            p *= hedge
        provenance = dataclasses.replace(
            triple.provenance,
            confidence=round(p, 3),
            extractor_confidence=triple.provenance.confidence,
        )
        judged.append(dataclasses.replace(triple, provenance=provenance))
    return tuple(judged)


def evidence_features(triple: Triple, document: DocumentFacts) -> frozenset[str]:
    """What the judge looks at in one triple, among the triples of its document.

    Example:
        >>> from kg.model import Mention, Provenance, Triple
        >>> prov = Provenance("d", 2, "Selon lui, Kelvo rachète Morvex.", 40, 72,
        ...                   "kg.verbframe.v1", 0.7, mention="l'entreprise")
        >>> t = Triple(Mention("Kelvo", "Organization", 51, 56), "acquires",
        ...            Mention("Morvex", "Company", 65, 71), prov)
        >>> features = evidence_features(t, DocumentFacts.of([t]))
        >>> sorted(f for f in features if f[:4] in {"ref=", "dist", "in=1"})
        ['dist=1', 'in=11', 'ref=desc']
    """
    p, s, o = triple.provenance, triple.subject, triple.object
    extractor, relation = _VERSION.sub("", p.extractor), triple.predicate
    classes = f"{s.cls}>{o.cls}"
    reference = _reference_kind(p.mention)
    features = {
        f"ext={extractor}",
        f"pred={relation}",
        f"ext*pred={extractor}*{relation}",
        f"cls={classes}",
        f"pred*cls={relation}*{classes}",
        f"ref={reference}",
        f"ref*pred={reference}*{relation}",
        f"conf={round(_unhedged(p), 1)}",
        f"sent={_bucket(p.sentence_index, _SENTENCE_EDGES)}",
        f"slen={_bucket(len(_TOKEN.findall(p.sentence)), _LENGTH_EDGES)}",
        f"sqid={int(bool(s.qid))}",
        f"oqid={int(bool(o.qid))}",
    }
    inside = (p.start <= s.start < p.end, p.start <= o.start < p.end)
    features.add(f"in={int(inside[0])}{int(inside[1])}")
    if all(inside):
        features |= _between(triple)
    features |= _context(triple, document)
    return frozenset(features)


def _unhedged(provenance: Provenance) -> float:
    """The extractor's confidence before its hedge factor: whether a fact was read right does
    not depend on how firmly the text states it (the factor is applied to the judge's
    probability after)."""
    if provenance.modality is Modality.HEDGED:
        return min(provenance.confidence / modality().hedge_factor, 1.0)
    return provenance.confidence


def _between(triple: Triple) -> set[str]:
    """Features of the words between the two names (both in the evidence sentence)."""
    p, s, o = triple.provenance, triple.subject, triple.object
    first, second = sorted([(s.start, s.end), (o.start, o.end)])
    gap = p.sentence[first[1] - p.start : second[0] - p.start]
    words = [w.lower() for w in _TOKEN.findall(gap)]
    features = {
        f"dist={_bucket(len(words), _DISTANCE_EDGES)}",
        f"order={'so' if s.start < o.start else 'os'}",
    }
    if len(words) <= MAX_BETWEEN:
        features |= {f"btw={w}" for w in words}
    if words:
        features |= {f"first={words[0]}", f"last={words[-1]}"}
    return features


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """What one document's triples say together, indexed once for the judge.

    Names are compared by match key; ``facts`` is keyed by (subject, relation, object).
    """

    named: Mapping[str, int]
    facts: Mapping[tuple[str, str, str], frozenset[str]]
    objects: Mapping[tuple[str, str], frozenset[str]]
    subjects: Mapping[tuple[str, str], frozenset[str]]

    @classmethod
    def of(cls, triples: Iterable[Triple]) -> DocumentFacts:
        """Index a document's triples.

        Example:
            >>> DocumentFacts.of([]).named
            {}
        """
        named: Counter[str] = Counter()
        facts: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        objects: dict[tuple[str, str], set[str]] = defaultdict(set)
        subjects: dict[tuple[str, str], set[str]] = defaultdict(set)
        for triple in triples:
            s, o = _ends(triple)
            named.update({s, o})
            facts[(s, triple.predicate, o)].add(triple.provenance.extractor)
            objects[(s, triple.predicate)].add(o)
            subjects[(triple.predicate, o)].add(s)
        return cls(
            dict(named),
            {k: frozenset(v) for k, v in facts.items()},
            {k: frozenset(v) for k, v in objects.items()},
            {k: frozenset(v) for k, v in subjects.items()},
        )


def _ends(triple: Triple) -> tuple[str, str]:
    return match_key(triple.subject.text), match_key(triple.object.text)


def _context(triple: Triple, document: DocumentFacts) -> set[str]:
    """How the document's other facts bear on this one."""
    (s, o), relation = _ends(triple), triple.predicate
    rivals = len(document.objects.get((s, relation), frozenset()) - {o})
    others = len(document.subjects.get((relation, o), frozenset()) - {s})
    extractors = document.facts.get((s, relation, o), frozenset())
    return {
        f"sfacts={_bucket(document.named.get(s, 0), _COUNT_EDGES)}",
        f"ofacts={_bucket(document.named.get(o, 0), _COUNT_EDGES)}",
        f"rivals={_bucket(rivals, _RIVAL_EDGES)}",
        f"rivals*pred={_bucket(rivals, (0, 1))}*{relation}",
        f"osubjects={_bucket(others, _RIVAL_EDGES)}",
        f"extractors={_bucket(len(extractors), (1, 2))}",
    }


def _reference_kind(words: str | None) -> str:
    """``none``, ``pron``, ``poss`` or ``desc``: how an end was referred to, if at all.

    A possessive opens with one (``son bureau``), a description with another determiner
    (``l'entreprise``, ``le couple``); anything else — ``il``, ``nous``, ``celle-ci``,
    ``ce dernier`` — is a pronoun.

    Example:
        >>> [_reference_kind(w) for w in ("Elle", "ce dernier", "son", "l'entreprise", None)]
        ['pron', 'pron', 'poss', 'desc', 'none']
    """
    if not words or not words.split():
        return "none"
    written = " ".join(words.lower().replace("’", "'").split())
    lexicon = descriptions()
    if written in lexicon.demonstratives:
        return "pron"
    first = written.split()[0]
    if first in lexicon.possessives:
        return "poss"
    article = first[: first.index("'") + 1] if "'" in first else first
    return "desc" if article in lexicon.determiners else "pron"


def _bucket(n: int, edges: Sequence[int]) -> str:
    """The first edge ``n`` does not exceed, or ``>last``."""
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def read_judge(path: str | Path) -> Judge:
    """Read a judge's weights from a JSON file written by ``eval/judge/train.py``.

    Raises:
        InputError: If the file cannot be read or lacks ``weights`` and ``bias``.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return _from_dict(data)
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise InputError(f"cannot read the judge's weights {str(path)!r}: {err}") from err


def _from_dict(data: Mapping[str, object]) -> Judge:
    weights = data["weights"]
    if not isinstance(weights, Mapping):
        raise TypeError("'weights' is not an object")
    return Judge(
        weights=MappingProxyType({str(k): float(v) for k, v in weights.items()}),
        bias=float(data["bias"]),  # type: ignore[arg-type]
        trained_on=str(data.get("trained_on", "")),
    )


@functools.cache
def default_judge() -> Judge:
    """kg's own judge (``kg/data/judge.json``), read once."""
    text = resources.files("kg").joinpath("data/judge.json").read_text(encoding="utf-8")
    return _from_dict(json.loads(text))
