"""Adjectives of origin: ``le groupe allemand Siemens``, ``la start-up lyonnaise`` → basedIn.

An adjective of ``ontology/lexicon/demonyms.tsv`` that modifies an organisation noun
(``groupe``, ``start-up``, ``constructeur`` ...) says where the organisation named next to
it, or referred to by that description, is based.

Example:
    >>> OriginExtractor().name
    'kg.origin.v1'
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.entities.gazetteer import default_gazetteer
from kg.extract.base import Arg, args_of, pairs
from kg.grammar import mention_at
from kg.lexicon import demonyms, descriptions
from kg.model import Mention, Triple
from kg.text import fold

CONFIDENCE = 0.75
_ORGS = frozenset({"Organization"})


def _organisation_noun(token: Token) -> bool:
    nouns = descriptions().by_class
    word = fold(token.text)
    compound = fold(token.doc[token.i : token.i + 3].text)
    return any(
        word in nouns[cls] or (compound.startswith("start-up") and "start-up" in nouns[cls])
        for cls in ("Organization", "Company")
    )


class OriginExtractor:
    """``basedIn`` facts from adjectives of origin on organisation nouns."""

    name = "kg.origin.v1"

    def extract(self, doc: Doc) -> Iterator[Triple]:
        """Yield one ``basedIn`` triple per demonym qualifying a named or resolved org."""
        lexicon = demonyms()
        gazetteer = default_gazetteer()
        for token in doc:
            if token.pos_ != "ADJ":
                continue
            demonym = lexicon.get(token.lemma_.lower()) or lexicon.get(fold(token.text))
            if demonym is None or "Plur" in token.morph.get("Number"):
                continue
            noun = token.head
            if not _organisation_noun(noun):
                continue
            agents = self._organisation(noun, token)
            if not agents:
                continue
            entry = gazetteer.lookup(demonym.place, cls_hint=demonym.cls)
            place = Mention(
                demonym.place,
                entry.cls if entry else demonym.cls,
                token.idx + doc._.kg_offset,
                token.idx + len(token.text) + doc._.kg_offset,
                entry.qid if entry else None,
            )
            yield from pairs(self.name, CONFIDENCE, agents, "basedIn", [Arg(place)], token)

    @staticmethod
    def _organisation(noun: Token, adjective: Token) -> list[Arg]:
        # "le groupe allemand Siemens": the name right after the adjective names the
        # organisation, whatever coreference made of the noun
        nxt = adjective.i + 1
        if nxt < len(noun.doc) and mention_at(noun.doc[nxt]) is not None:
            return args_of(noun.doc[nxt], _ORGS)
        return args_of(noun, _ORGS)
