"""Adjectives of origin: ``le groupe allemand Siemens``, ``la start-up lyonnaise`` → basedIn;
``l'homme d'affaires nantais X`` (a city's adjective on a person's trade) → residesIn.

An adjective of ``ontology/lexicon/demonyms.tsv`` (in any inflection: ``nantaise``,
``britanniques``) that modifies an organisation noun (``groupe``, ``start-up``,
``constructeur`` ...) says where the organisation named next to it, or referred to by that
description, is based. Business French also uses the adjective alone as a noun before a
company's name (``l'acquisition de l'américain WNS``, ``associé au chinois Tencent``):
written in lower case, it stands for ``le groupe américain`` (a capitalised ``l'Américain
X`` is a person, and says nothing of a seat).

The tagger's part of speech is not trusted for the adjective (it tags ``nantaise`` as a
proper noun, ``chinois`` as a noun); the lexicon and the lower-case spelling are.

Example:
    >>> OriginExtractor().name
    'kg.origin.v1'
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.entities.gazetteer import default_gazetteer
from kg.entities.mentions import origin_as_noun, origin_word
from kg.extract.base import Arg, args_of, complements_end, pairs
from kg.grammar import mention_at, sentence_end, sentence_start, subject_of, words
from kg.lexicon import Demonym, demonym_of, descriptions, folded_word_list
from kg.model import Mention, Triple
from kg.text import fold

#: Calibrated on the development news sets (2026-11-29): 63 of 63 facts read from an
#: adjective on a name were right (12 of 17 through a description, which coreference
#: discounts below 0.7).
CONFIDENCE = 0.8
#: A city's adjective on a person's trade says where they live and work, most often, not
#: always (``le vigneron bordelais X`` may farm outside Bordeaux): a weaker reading.
CONFIDENCE_RESIDENT = 0.7
_ORGS = frozenset({"Organization"})
_PEOPLE = frozenset({"Person"})


def _resident_trades() -> frozenset[str]:
    """Folded trade nouns of ``resident_trades`` (words.json)."""
    return folded_word_list("resident_trades")


def _organisation_noun(token: Token) -> bool:
    nouns = descriptions().by_class
    word = fold(token.text)
    table = words(token.doc)
    # (the three words' text from the table, without a Span)
    compound = fold(table.span_text(token.i, min(token.i + 3, len(table.text))))
    return any(
        word in nouns[cls] or (compound.startswith("start-up") and "start-up" in nouns[cls])
        for cls in ("Organization", "Company")
    )


class OriginExtractor:
    """``basedIn`` facts from adjectives of origin on organisation nouns."""

    name = "kg.origin.v1"

    def extract(self, doc: Doc) -> Iterator[Triple]:
        """Yield one ``basedIn`` triple per demonym qualifying a named or resolved org."""
        gazetteer = default_gazetteer()
        table = words(doc)
        # (the noun and place each named organisation was introduced with, as the text goes)
        introduced: dict[str, set[tuple[str, str]]] = {}
        for i, text in enumerate(table.text):
            if not text[:1].islower() or table.pos[i] in {"DET", "ADP"}:
                continue
            found = _origins(text)
            if not found:
                continue
            token = doc[i]
            # ("la Fédération française d'équitation", "le Fonds gabonais d'investissements
            # stratégiques": an adjective inside an organisation's own name says what the
            # name says of its scope, which no text states as a seat)
            own = mention_at(token)
            agents = [
                a
                for a in self._qualified(token)
                if own is None or (a.mention.start, a.mention.end) != (own.start, own.end)
            ]
            relation, confidence = "basedIn", CONFIDENCE
            if not agents and len(found) == 1 and found[0].cls == "City":
                agents = _resident(token)
                relation, confidence = "residesIn", CONFIDENCE_RESIDENT
            if not agents:
                continue
            j = i - 1
            while j > 0 and (table.pos[j] == "ADJ" or origin_word(doc[j])):
                j -= 1  # (the noun the adjectives follow: "l'opérateur ferroviaire belge")
            noun = fold(table.lemma[j])
            places = {d.place for d in found}
            for a in agents:
                if a.referring is None:
                    introduced.setdefault(a.mention.text, set()).update((noun, p) for p in places)
            # "l'opérateur lorrain X ... L'opérateur belge": the same noun with another
            # origin is another organisation, whatever coreference made of it
            agents = [
                a
                for a in agents
                if a.referring is None
                or not any(
                    n == noun and p not in places for n, p in introduced.get(a.mention.text, ())
                )
            ]
            for demonym in found:
                entry = gazetteer.lookup(demonym.place, cls_hint=demonym.cls)
                place = Mention(
                    demonym.place,
                    entry.cls if entry else demonym.cls,
                    token.idx + doc._.kg_offset,
                    token.idx + len(token.text) + doc._.kg_offset,
                    entry.qid if entry else None,
                )
                yield from pairs(self.name, confidence, agents, relation, [Arg(place)], token)

    def _qualified(self, adjective: Token) -> list[Arg]:
        """The organisations the adjective of origin ``adjective`` qualifies."""
        doc = adjective.doc
        after = adjective.i + 1
        if (
            origin_as_noun(adjective)
            and after < len(doc)
            and mention_at(adjective) is None
            and mention_at(doc[after]) is not None
        ):
            # "l'américain WNS": the adjective stands for the noun, the name follows at
            # once (whatever noun the parser hung the adjective on); it qualifies that one
            # name, not what the parser coordinated with it ("du français X, ..., et de
            # l'américain Y")
            named = mention_at(doc[after])
            return [
                a
                for a in args_of(doc[after], _ORGS)
                if named is not None and a.mention.start == named.start
            ]
        noun = adjective.head
        if noun.i == adjective.i or not _organisation_noun(noun):
            # "la start-up rennaise Kelvo" parsed with the adjective on the name: the noun
            # is the word before the adjectives
            i = adjective.i - 1
            while i >= 0 and (doc[i].pos_ == "ADJ" or origin_word(doc[i])):
                i -= 1
            noun = doc[i] if i >= 0 else noun
        if noun.i != adjective.i and _organisation_noun(noun):
            if "Plur" in adjective.morph.get("Number", []):
                return []  # "les constructeurs allemands": a class, not a company
            return self._organisation(noun, adjective)
        return []

    @staticmethod
    def _organisation(noun: Token, adjective: Token) -> list[Arg]:
        # "le groupe allemand Siemens": the name right after the adjective names the
        # organisation, whatever coreference made of the noun
        nxt = adjective.i + 1
        named = mention_at(noun.doc[nxt]) if nxt < len(noun.doc) else None
        if named is not None:
            # a singular adjective qualifies that one name, not what the parser joined to
            # it ("le groupe allemand Osram, dont elle est une filiale")
            return [a for a in args_of(noun.doc[nxt], _ORGS) if a.mention.start == named.start]
        described = _set_after_name(noun)
        if described is not None:
            # "comme X, la pépite lyonnaise, ou Y": a description between commas is said
            # of the name before it, whatever the parser hung on the noun
            return args_of(described, _ORGS)[:1]
        return [
            a
            for a in args_of(noun, _ORGS)
            if not _named_in_complement(noun, a.mention)
            and (a.referring is None or not _misresolved(noun, a.mention))
        ]


@functools.lru_cache(maxsize=1 << 14)
def _origins(text: str) -> tuple[Demonym, ...]:
    """The origins an adjective names: one (``nantaise``), or one per part of a compound
    of origins written as one word (``franco-allemand``: France and Germany).

    Cached: asked of every lower-case word of every text.

    Example:
        >>> [d.place for d in _origins("franco-allemande")], _origins("sud-coréen")[0].place
        (['France', 'Allemagne'], 'Corée du Sud')
    """
    whole = demonym_of(text)
    if whole is not None:
        return (whole,)
    parts = [demonym_of(part) for part in text.split("-")] if "-" in text else []
    return tuple(d for d in parts if d is not None) if parts and all(parts) else ()


def _resident(adjective: Token) -> list[Arg]:
    """``l'homme d'affaires nantais X``: the person a city's singular adjective of origin
    qualifies, between a trade noun of ``resident_trades`` and the person's name."""
    doc = adjective.doc
    table = words(doc)
    i, after = adjective.i, adjective.i + 1
    if "Plur" in adjective.morph.get("Number", []) or after >= sentence_end(adjective):
        return []  # "les viticulteurs bordelais": a class of people
    trades = _resident_trades()
    if not any(
        i - n >= sentence_start(adjective) and fold(table.span_text(i - n, i)) in trades
        for n in (1, 2, 3)
    ):
        return []
    named = mention_at(doc[after])
    if named is None:
        return []
    return [a for a in args_of(doc[after], _PEOPLE) if a.mention.start == named.start]


def _named_in_complement(noun: Token, mention: Mention) -> bool:
    """Whether ``mention`` is another organisation the noun's own complement names: ``la
    filiale française du groupe américain X`` is not X (``la pépite française de l'IA X``
    is: no organisation noun stands between)."""
    doc = noun.doc
    offset = doc._.kg_offset
    # (a description coreference resolved sits on the noun itself)
    if not noun.idx + len(noun.text) + offset <= mention.start:
        return False
    between = [t for t in doc[noun.i + 1 : sentence_end(noun)] if t.idx + offset < mention.start]
    return any(_organisation_noun(t) for t in between)


def _misresolved(noun: Token, mention: Mention) -> bool:
    """Whether a description coreference resolved to ``mention`` cannot be it: the
    description is the complement of another organisation noun (``la filiale du géant
    américain``: the giant is not the subsidiary, nor what coreference made of the whole),
    or the object of a verb whose own subject is ``mention`` (``X a racheté la plateforme
    nantaise``: what X bought is not X)."""
    if noun.dep_ == "nmod" and _organisation_noun(noun.head):
        return True
    verb = noun.head
    if noun.dep_ not in {"obj", "obl:arg"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    while verb.dep_ in {"xcomp", "ccomp"} and subject_of(verb) is None:
        verb = verb.head  # "X a annoncé avoir racheté Y": the subject of the governing verb
    return any(a.mention.text == mention.text for a in args_of(subject_of(verb), _ORGS))


def _set_after_name(noun: Token) -> Token | None:
    """The name right before the comma that opens ``noun``'s phrase (``X, la pépite
    lyonnaise,``), when the phrase is closed by a comma or the sentence's end."""
    doc = noun.doc
    first = noun.left_edge.i
    if first - 2 < sentence_start(noun) or doc[first - 1].text != ",":
        return None
    closing = noun.i + 1
    while closing < sentence_end(noun) and doc[closing].pos_ == "ADJ":
        closing += 1
    if closing < sentence_end(noun) - 1 and doc[closing].text != ",":
        # "X, le géant irlando-américain du carton, rachète Y": the phrase runs on through
        # its complements to the comma that closes it
        closing = complements_end(noun, with_clauses=True)
        if closing < sentence_end(noun) - 1 and doc[closing].text != ",":
            return None
    return doc[first - 2] if mention_at(doc[first - 2]) is not None else None
