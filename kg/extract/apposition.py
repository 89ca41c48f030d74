"""Role nouns in apposition or as predicates: ``Sam Altman, cofondateur d'OpenAI``.

Handles, for every role noun of ``ontology/lexicon/roles.json``:

- apposition after the name: ``X, [ancien] cofondateur de Y`` (dependency ``appos``, or
  the linear pattern ``X , det? adj* ROLE``, which survives the parser's odd attachments);
- apposition before the name: ``le PDG de Renault, Luca de Meo, ...``;
- predicate nominal: ``X est (devenu) le PDG de Y``;
- noun-phrase objects for roles that take one: ``leader mondial de l'intelligence
  artificielle`` → ``leaderIn`` a Concept.

Example:
    >>> AppositionExtractor().name
    'kg.apposition.v1'
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.extract.base import Arg, args_of, pairs
from kg.grammar import case_of, mention_at
from kg.lexicon import RoleNoun, role_preps, roles
from kg.model import Triple
from kg.text import fold

CONFIDENCE = 0.9
#: Confidence for the weaker linear readings (name after the role phrase).
CONFIDENCE_LINEAR = 0.8
_PAST = frozenset({"ancien", "ancienne", "ex", "ex-", "feu"})
#: Verbs whose complement names a role their subject (or object) takes: "devenu PDG de Y".
_BECOME = frozenset({"devenir", "nommer", "rester", "élire", "désigner", "demeurer"})


def _role_at(doc: Doc, i: int) -> tuple[RoleNoun, int] | None:
    """The longest role noun starting at token ``i``, with its end index."""
    lexicon = roles()
    for width in (5, 4, 3, 2, 1):
        if i + width > len(doc):
            continue
        words = fold(doc[i : i + width].text)
        role = lexicon.get(words)
        if role is None and width == 1:
            role = lexicon.get(doc[i].lemma_.lower())
        if role is not None:
            return role, i + width
    return None


def _objects(head: Token, end: int, role: RoleNoun) -> list[Arg]:
    preps = role_preps()
    found: list[Arg] = []
    for child in head.children:
        if child.i < head.i or child.dep_ not in {"nmod", "obl", "obl:mod", "obl:arg"}:
            continue
        if case_of(child) in preps:
            found.extend(args_of(child, role.object, role.object_np))
    if found:
        return found
    # linear: "cofondateur d'OpenAI" where the parser attached OpenAI elsewhere
    doc = head.doc
    i = end
    while i < head.sent.end and doc[i].pos_ == "ADJ":
        i += 1
    if i < head.sent.end and doc[i].lower_.replace("’", "'") in preps:
        j = i + 1
        while j < head.sent.end and doc[j].pos_ == "DET":
            j += 1
        if j < head.sent.end and mention_at(doc[j]) is not None:
            return args_of(doc[j], role.object)
    return []


def _subjects(head: Token) -> tuple[list[Token], float]:
    """Tokens naming who holds the role, with the confidence of the reading."""
    doc = head.doc
    sent = head.sent
    # predicate nominal: "X est le PDG de Y"
    if any(c.dep_ == "cop" for c in head.children):
        subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if subjects:
            return subjects, CONFIDENCE
    if head.dep_ == "xcomp" and head.head.lemma_ in _BECOME:
        subjects = [c for c in head.head.children if c.dep_ in {"nsubj", "nsubj:pass", "obj"}]
        if subjects:
            return subjects, CONFIDENCE
    # apposition: "X, [l'] [ancien] ROLE"
    if head.dep_ == "appos" and mention_at(head.head) is not None:
        return [head.head], CONFIDENCE
    i = head.i
    while i > sent.start and (doc[i - 1].pos_ in {"DET", "ADJ"} or fold(doc[i - 1].text) in _PAST):
        i -= 1
    if i - 2 >= sent.start and doc[i - 1].text in {",", "("} and mention_at(doc[i - 2]) is not None:
        return [doc[i - 2]], CONFIDENCE
    return [], 0.0


class AppositionExtractor:
    """Facts stated by role nouns: appositions and predicate nominals."""

    name = "kg.apposition.v1"

    def extract(self, doc: Doc) -> Iterator[Triple]:
        """Yield one triple per (name, role, organisation) found."""
        i = 0
        while i < len(doc):
            found = _role_at(doc, i)
            if found is None:
                i += 1
                continue
            role, end = found
            head = doc[i]
            i = end
            if role.requires_modifier and not any(
                fold(t.text) in role.requires_modifier for t in doc[head.i + 1 : end + 2]
            ):
                continue
            if mention_at(head) is not None:
                continue  # the role word is part of a name ("Président Wilson" avenue)
            objects = _objects(head, end, role)
            if not objects:
                continue
            subject_tokens, confidence = _subjects(head)
            if not subject_tokens:
                subject_tokens, confidence = self._after(head, objects)
            subjects = [a for t in subject_tokens for a in args_of(t, role.subject)]
            # "ancien PDG": the role was held, which is still a fact, but a weaker one
            past = any(fold(t.text) in _PAST for t in doc[max(0, head.i - 2) : head.i])
            confidence *= 0.7 if past else 1.0
            yield from pairs(self.name, confidence, subjects, role.relation, objects, head)

    @staticmethod
    def _after(head: Token, objects: list[Arg]) -> tuple[list[Token], float]:
        """``le PDG de Renault, Luca de Meo``: the name after the comma that ends the phrase."""
        doc = head.doc
        last = max(a.mention.end for a in objects) - doc._.kg_offset
        j = head.i
        while j < head.sent.end and doc[j].idx < last:
            j += 1
        if j + 1 < head.sent.end and doc[j].text == "," and mention_at(doc[j + 1]) is not None:
            first = head.i - 1
            if first >= head.sent.start and doc[first].pos_ == "DET":
                return [doc[j + 1]], CONFIDENCE_LINEAR
        return [], 0.0
