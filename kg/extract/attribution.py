"""Reported speech: who is quoted in which medium (``quotedIn``).

``X a déclaré au Parisien``, ``X ..., relayé par Le Monde``, ``selon Le Figaro, X a
affirmé``, ``X, cité par Les Échos``: the speaker is the subject of a speech verb of the
sentence; the medium is the organisation the cue introduces. A cue with no named speaker
yields nothing.

Example:
    >>> AttributionExtractor().name
    'kg.attribution.v1'
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.extract.base import args_of, pairs
from kg.grammar import mention_at, subject_of
from kg.model import Modality, Triple

CONFIDENCE = 0.7
#: Verbs that introduce attributed speech.
SPEECH = frozenset(
    {
        "déclarer",
        "affirmer",
        "souligner",
        "indiquer",
        "expliquer",
        "estimer",
        "annoncer",
        "confier",
        "préciser",
        "assurer",
        "ajouter",
        "dire",
        "réagir",
        "commenter",
        "raconter",
        "rappeler",
        "insister",
        "martelé",
        "marteler",
        "reconnaître",
        "admettre",
        "juger",
    }
)
#: Words that introduce the medium: "relayé par", "cité par", "selon", "au Parisien".
MEDIUM_CUES = frozenset({"relayer", "citer", "rapporter", "interroger", "interviewer"})
_SPEAKERS = frozenset({"Person", "Organization"})
_MEDIA = frozenset({"Organization"})


class AttributionExtractor:
    """``quotedIn`` facts from reported speech."""

    name = "kg.attribution.v1"

    def extract(self, doc: Doc) -> Iterator[Triple]:
        """Yield ``speaker quotedIn medium`` for each attribution cue with a named speaker."""
        for sent in doc.sents:
            speakers = self._speakers(sent)
            if not speakers:
                continue
            for token in sent:
                medium = self._medium(token)
                if medium is None:
                    continue
                media = args_of(medium, _MEDIA)
                chosen = [s for s in speakers if all(s.mention != m.mention for m in media)]
                for triple in pairs(self.name, CONFIDENCE, chosen, "quotedIn", media, token):
                    yield _reported(triple)

    @staticmethod
    def _speakers(sent):  # type: ignore[no-untyped-def]
        found = []
        for token in sent:
            if token.lemma_ in SPEECH and token.pos_ == "VERB":
                subject = subject_of(token)
                if subject is not None:
                    found.extend(args_of(subject, _SPEAKERS))
        return found

    @staticmethod
    def _medium(token: Token) -> Token | None:
        # "relayé par Le Monde", "cité par X"
        if token.lemma_ in MEDIUM_CUES:
            for child in token.children:
                if child.dep_ in {"obl:agent", "obl", "obl:mod"} and mention_at(child) is not None:
                    return child
        # "selon Le Figaro"
        if (
            token.lower_ == "selon"
            and token.head is not None
            and mention_at(token.head) is not None
        ):
            return token.head
        # "a déclaré au Parisien": a named complement of the speech verb introduced by à
        if token.lemma_ in SPEECH:
            for child in token.children:
                cases = [c.lower_ for c in child.children if c.dep_ == "case"]
                if child.dep_ in {"obl", "obl:arg", "iobj", "obl:mod"} and set(cases) & {"à", "au"}:
                    if mention_at(child) is not None:
                        return child
        return None


def _reported(triple: Triple) -> Triple:
    """Mark the fact as reported speech; the cue also types its medium (``selon X``,
    ``relayé par X``) as a media organisation when nothing more specific was known."""
    medium = triple.object
    if medium.cls in {"Organization", "NamedEntity"}:
        medium = dataclasses.replace(medium, cls="MediaOrganization")
    return dataclasses.replace(
        triple,
        object=medium,
        provenance=dataclasses.replace(triple.provenance, modality=Modality.REPORTED),
    )
