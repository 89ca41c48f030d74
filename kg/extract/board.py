"""Seats on a board: ``X siège au conseil d'administration de Y``, ``X entrera au
conseil de surveillance de Y``, ``X a rejoint le directoire de Y`` → ``memberOf(X, Y)``.

The phrase is read on the surface, from the board noun out: the parser often takes
``siège`` for a noun and hangs the organisation on ``administration`` or ``surveillance``
rather than on the board. A verb of taking or holding a seat (``board_verbs`` of
words.json) stands a few words before the board noun (``au``, ``le``, ``par ailleurs``
between), and the organisation is the first name after it, past the board's own
qualifiers (``d'administration``, ``de surveillance``, ``scientifique``). A town or
regional council names a place, which the organisation slot refuses.

Example:
    >>> BoardExtractor().name
    'kg.board.v1'
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.entities.mentions import UNTYPED, coarse
from kg.extract.base import args_of, pairs
from kg.grammar import (
    DE,
    anchor,
    mention_at,
    mention_of_index,
    sentence_end,
    sentence_start,
    subject_of,
    verb_lemma,
    words,
)
from kg.lexicon import folded_word_list
from kg.model import Triple
from kg.text import fold

#: A seat is stated, but "entrera au conseil" announces it and the organisation is read on
#: the surface: below the verb frames' confidence.
CONFIDENCE = 0.8
_ORGANISATION = frozenset({"Organization"})
_PERSON = frozenset({"Person"})
#: Words that may stand between the verb and the board noun ("siège par ailleurs au").
_BETWEEN_POS = frozenset({"DET", "ADV", "ADP", "AUX"})
#: Words of the board's own qualifiers before the organisation's "de".
_QUALIFIER_POS = frozenset({"ADP", "DET", "NOUN", "ADJ"})


def _board_nouns() -> frozenset[str]:
    return folded_word_list("board_nouns")


def _board_verbs() -> frozenset[str]:
    return folded_word_list("board_verbs")


def _holder_nouns() -> frozenset[str]:
    return folded_word_list("board_holder_nouns")


def _lemma(token: Token) -> str:
    # ("siège" is lemmatised as the noun)
    return fold(verb_lemma(token))


def _seat_verb(doc: Doc, board: int) -> Token | None:
    """The verb of ``board_verbs`` (or the holder's noun of ``board_holder_nouns``: ``membre
    du conseil de Y``) a few words before the board noun at ``board``."""
    table = words(doc)
    for k in range(board - 1, max(sentence_start(doc[board]), board - 5) - 1, -1):
        lemma = _lemma(doc[k])
        seat = lemma in _board_verbs() or lemma in _holder_nouns()
        if seat and table.pos[k] in {"VERB", "NOUN", "ADJ", "AUX"}:
            return doc[k]
        if table.pos[k] not in _BETWEEN_POS and table.lower[k] != "ailleurs":
            return None
    return None


def _organisation_after(doc: Doc, board: int) -> Token | None:
    """The first name after the board noun, past its qualifiers, introduced by ``de``."""
    table = words(doc)
    end = min(sentence_end(doc[board]), board + 8)
    for j in range(board + 1, end):
        if mention_of_index(doc, j) is not None:
            before = table.lower[j - 1].replace("’", "'")
            introduced = before in DE or table.pos[j - 1] == "NOUN"
            return doc[j] if introduced and j > board + 1 else None
        if table.pos[j] not in _QUALIFIER_POS:
            return None
    return None


def _seated(verb: Token) -> list[Token]:
    """Who takes or holds the seat: the verb's subject, or the name right before it when
    the parser lost the clause (``X siège``, ``siège`` read as a noun); for the noun of a
    seat's holder, the name it is said of (``X est membre du conseil de Y``, ``X, membre
    du directoire de Y``)."""
    subject = subject_of(verb) if verb.pos_ in {"VERB", "AUX"} else None
    if subject is not None:
        return [subject]
    if verb.pos_ == "NOUN" and _lemma(verb) in _holder_nouns():
        holder = anchor(verb)
        return [holder] if holder is not None else []
    doc = verb.doc
    table = words(doc)
    k = verb.i - 1
    while k >= sentence_start(verb) and table.pos[k] in {"AUX", "ADV"}:
        k -= 1
    return [doc[k]] if k >= sentence_start(verb) and mention_at(doc[k]) is not None else []


def _caused(verb: Token) -> bool:
    """Whether the verb is the infinitive of a causative ``faire`` (``a fait entrer``)."""
    doc = verb.doc
    k = verb.i - 1
    while k >= sentence_start(verb) and doc[k].pos_ == "ADV":
        k -= 1
    return k >= sentence_start(verb) and doc[k].lemma_ == "faire"


class BoardExtractor:
    """``memberOf`` facts from a seat taken or held on an organisation's board."""

    name = "kg.board.v1"

    def extract(self, doc: Doc) -> Iterator[Triple]:
        """Yield ``memberOf(person, organisation)`` for each seat on a named board."""
        table = words(doc)
        nouns = _board_nouns()
        for i, lower in enumerate(table.lower):
            if fold(lower) not in nouns or mention_of_index(doc, i) is not None:
                continue
            verb = _seat_verb(doc, i)
            if verb is None:
                continue
            named = _organisation_after(doc, i)
            if named is None:
                continue
            if _caused(verb):
                continue  # "Y a fait entrer à son conseil X": the member is the object
            # (a person the text typed: an untyped name would take the slot's class)
            members = [
                a
                for t in _seated(verb)
                if (m := mention_at(t)) is not None and coarse(m.cls) == "Person"
                for a in args_of(t, _PERSON)
            ]
            found = mention_at(named)
            if found is None or found.cls == UNTYPED:
                continue  # (an untyped name after "conseil municipal de" is most often a town)
            organisations = args_of(named, _ORGANISATION)
            yield from pairs(self.name, CONFIDENCE, members, "memberOf", organisations, verb)
