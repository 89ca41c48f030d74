"""Places inside organisation names: ``l'Université d'Arkansas`` → basedIn Arkansas.

Schools, universities, clubs, airlines and agencies are very often named after their
seat (``Jacksonville State University``, ``Université de Bordeaux``). A named organisation
mention headed by an institution noun, whose words include a place the gazetteer knows (a
city, region or country, not the whole name), is read as based there; other names carry
places for other reasons (``France Digitale``, ``Grand Paris Express``). It is a naming
convention, not a statement of the text, so the confidence stays below 0.8
(``ontology/lexicon/toponyms.json``); names whose head says the place is someone else's
(``Ambassade de France``) are skipped.

Example:
    >>> ToponymExtractor().name
    'kg.toponym.v1'
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeGuard

from spacy.tokens import Doc, Span

from kg.entities.gazetteer import default_gazetteer
from kg.extract.base import Arg, pairs
from kg.grammar import Words, mention_of_index, words
from kg.lexicon import LEXICON_DIR, descriptions
from kg.model import Mention, Triple
from kg.ontology import coarse_class
from kg.text import fold

#: Widest place name looked for inside an organisation name, in tokens.
_WIDTH = 3
_ELIDED = ("d'", "d\u2019", "l'", "l\u2019")
#: Shortest place name read inside an organisation name, unless written in capitals.
_SHORTEST = 4


def _glued_at(table: Words, start: int, end: int) -> bool:
    """Whether the words ``start`` to ``end`` are joined to the word before or after without
    a space (``Mel-Man``). Read from the chunk's table, not a ``Span`` per candidate: a
    word has white space after it when the next one starts further on than its end."""
    text, idx = table.text, table.idx
    before = start > 0 and idx[start - 1] + len(text[start - 1]) == idx[start]
    before = before and not text[start - 1].endswith(("'", "\u2019"))
    after = end < len(text) and idx[end - 1] + len(text[end - 1]) == idx[end] and text[end] == "-"
    return before or after


@dataclass(frozen=True, slots=True)
class _Toponyms:
    confidence: float
    not_seat: tuple[str, ...]
    place_words: frozenset[str]
    saints: frozenset[str]


@functools.cache
def _toponyms() -> _Toponyms:
    data = json.loads((LEXICON_DIR / "toponyms.json").read_text(encoding="utf-8"))
    return _Toponyms(
        float(data["confidence"]),
        tuple(map(fold, data["not_seat"])),
        frozenset(map(fold, data["place_words"])),
        frozenset(map(fold, data["saints"])),
    )


def _is_org(mention: Mention | None) -> TypeGuard[Mention]:
    return (
        mention is not None
        and mention.cls != "NamedEntity"
        and coarse_class(mention.cls) == "Organization"
    )


def _institution(span: Span) -> bool:
    """Whether the name is headed by an institution noun (``Université de Bordeaux``,
    ``Jacksonville State University``, ``Reno Air``... ``seat_heads`` and ``name_heads`` of
    ``descriptions.json``): such names give their seat. Other names carry places for other
    reasons (``France Digitale``, ``Grand Paris Express``, ``Alice & Bob``); on the
    held-out news set (``eval/news``) reading them gave 7 wrong facts out of 7."""
    lexicon = descriptions()
    heads = lexicon.seat_heads | lexicon.name_heads
    return fold(span[0].text) in heads or fold(span[-1].text) in heads


def _strip_elision(text: str) -> str:
    for prefix in _ELIDED:
        if text.lower().startswith(prefix):
            return text[len(prefix) :]
    return text


class ToponymExtractor:
    """``basedIn`` facts from place names that organisation names contain."""

    name = "kg.toponym.v1"

    def extract(self, doc: Doc) -> Iterator[Triple]:
        """Yield ``ORG basedIn PLACE`` for each gazetteer place inside an org's name."""
        lexicon = _toponyms()
        named = doc._.kg_mentions or {}
        for i in sorted(named):
            mention = named[i]
            if named.get(i - 1) is mention or not _is_org(mention):
                continue  # a name's first token only
            end = i
            while end + 1 < len(doc) and mention_of_index(doc, end + 1) == mention:
                end += 1
            span = doc[i : end + 1]
            if len(span) < 2 or fold(span.text).startswith(lexicon.not_seat):
                continue
            if not _institution(span):
                continue
            places = self._places(span, lexicon)
            if self._is_place_name(span, places, lexicon):
                continue  # "New Rochelle New York" typed as an organisation is a place
            for place in places:
                yield from pairs(
                    self.name, lexicon.confidence, [Arg(mention)], "basedIn", [Arg(place)], span[0]
                )

    @staticmethod
    def _is_place_name(span: Span, places: list[Mention], lexicon: _Toponyms) -> bool:
        """Whether the whole name is a place the tagger took for an organisation: its words
        outside the places found are only place words (``York Region``, ``New Rochelle``)."""
        entry = default_gazetteer().lookup(span.text)
        if entry is not None and coarse_class(entry.cls) == "Place":
            return True
        offset = span.doc._.kg_offset
        inside = [
            t
            for t in span
            if not any(p.start <= t.idx + offset < p.end for p in places)
            and not t.is_punct
            and t.pos_ not in {"ADP", "DET"}
        ]
        return bool(places) and all(fold(t.text) in lexicon.place_words for t in inside)

    @staticmethod
    def _places(span: Span, lexicon: _Toponyms) -> list[Mention]:
        """Named places among the words of ``span``, longest first, never overlapping."""
        gazetteer = default_gazetteer()
        doc = span.doc
        offset = doc._.kg_offset
        # the candidates' texts and offsets from the chunk's table, not a Span each
        table = words(doc)
        found: list[Mention] = []
        taken: set[int] = set()
        for width in range(min(_WIDTH, len(span) - 1), 0, -1):
            for start in range(span.start, span.end - width + 1):
                end = start + width
                if taken & set(range(start, end)) or _glued_at(table, start, end):
                    continue
                whole = table.span_text(start, end)
                text = _strip_elision(whole)
                # "Van Halen", "Mel-Man": a short word is too often a name's part, not a town
                if not text[:1].isupper() or (len(text) < _SHORTEST and not text.isupper()):
                    continue
                if fold(text).replace("-", " ").split(" ")[0] in lexicon.saints:
                    continue  # "St. Augustine High School" honours the saint, not the town
                entry = gazetteer.lookup(text)
                if entry is None or coarse_class(entry.cls) != "Place":
                    continue
                begin = table.idx[start] + len(whole) - len(text)
                stop = table.idx[end - 1] + len(table.text[end - 1])
                found.append(Mention(text, entry.cls, begin + offset, stop + offset, entry.qid))
                taken |= set(range(start, end))
        return found
