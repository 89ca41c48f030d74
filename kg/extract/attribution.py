"""Reported speech: who is quoted in which medium (``quotedIn``).

``X a déclaré au Parisien``, ``X ..., relayé par Le Monde``, ``selon Le Figaro, X a
affirmé``, ``X, cité par Les Échos``, ``a affirmé X dans un entretien aux Échos``: the
speaker is the subject of a speech verb of the sentence; the medium is the organisation the
cue introduces. The guest of a broadcast is quoted in it (``Invité du journal de
RTL, X ...``, ``X, invité de RTL, ...``). A cue with no named speaker yields
nothing. The cues are data (``ontology/lexicon/attribution.json``).

Example:
    >>> AttributionExtractor().name
    'kg.attribution.v1'
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.entities.coref import quoted
from kg.entities.mentions import UNTYPED, coarse
from kg.extract.base import Arg, args_of, pairs
from kg.grammar import (
    CLOSING_QUOTES,
    case_of,
    clause_start,
    inverted_subject,
    mention_at,
    named_by,
    sentence_end,
    subject_of,
    words,
)
from kg.lexicon import attribution, descriptions
from kg.model import Modality, Triple
from kg.ontology import coarse_class
from kg.text import fold

#: Calibrated on the development news sets (2026-11-29): every one of 37 quotedIn facts was
#: right, as often as the verb frames' best readings.
CONFIDENCE = 0.85
_SPEAKERS = frozenset({"Person", "Organization"})
#: What an incise of saying follows: a comma or the quotation it closes ("», a déclaré X").
_AFTER_INCISE = frozenset({","}) | CLOSING_QUOTES
_MEDIA = frozenset({"Organization"})
_MEDIUM_CLASS = "MediaOrganization"
#: What ends a guest participle's phrase (``Invitée de RTL, X``).
_PHRASE_ENDS = frozenset({",", ";", ":", ".", "«", "»"})


class AttributionExtractor:
    """``quotedIn`` facts from reported speech."""

    name = "kg.attribution.v1"

    def extract(self, doc: Doc) -> Iterator[Triple]:
        """Yield ``speaker quotedIn medium`` for each attribution cue with a named speaker."""
        table = words(doc)
        cues = _cue_words()
        for sent in doc.sents:
            speakers: list[Arg] | None = None
            for i in range(sent.start, sent.end):
                if table.lower[i] not in cues and table.lemma[i] not in cues:
                    continue  # no cue word: skip it before building a Token
                token = doc[i]
                medium = self._medium(token)
                if medium is None:
                    continue
                media = (
                    args_of(medium, _MEDIA)
                    or _unknown_place_as_medium(medium)
                    or _title_read_as_person(medium)
                )
                if _split_title(medium):
                    continue
                # "a déclaré au micro de X", "a affirmé Y dans un entretien à X": the speaker
                # is the subject of that speech verb, not of another one in the sentence
                local = _local_speakers(token)
                if local is None:
                    speakers = self._speakers(sent) if speakers is None else speakers
                chosen = [
                    s
                    for s in (speakers if local is None else local) or ()
                    if all(s.mention != m.mention for m in media)
                ]
                # a participle on the speaker ("X, citée par Y") is not what the clause
                # says, so the clause's hedges and negation do not bear on it
                clause = token.dep_ != "acl"
                for triple in pairs(
                    self.name, CONFIDENCE, chosen, "quotedIn", media, token, clause=clause
                ):
                    yield _reported(triple)
        yield from self._guests(doc)

    def _guests(self, doc: Doc) -> Iterator[Triple]:
        """``Invité du journal de Radio Classique, X ...``, ``X, invité de RTL, ...``: the
        guest of a broadcast is quoted in it. The medium is a news medium named before the
        participle's phrase ends (its next comma); the guest the person named right after
        that comma when the participle opens the sentence, or right before the comma that
        opens the participle's phrase."""
        table = words(doc)
        guest_words = attribution().guest_words
        for i in (i for i, lower in enumerate(table.lower) if lower in guest_words):
            token = doc[i]
            sent = token.sent
            end = next(
                (j for j in range(i + 1, sent.end) if table.text[j] in _PHRASE_ENDS), sent.end
            )
            medium = next((doc[j] for j in range(i + 1, end) if _news_medium(doc[j])), None)
            if medium is None:
                continue
            if i == sent.start and end + 1 < sent.end and table.text[end] == ",":
                guest: Token | None = doc[end + 1]
            elif i > sent.start + 1 and table.text[i - 1] == ",":
                guest = doc[i - 2]
            else:
                guest = None
            speakers = [a for a in args_of(guest, _SPEAKERS) if coarse(a.mention.cls) == "Person"]
            for triple in pairs(
                self.name,
                CONFIDENCE,
                speakers,
                "quotedIn",
                args_of(medium, _MEDIA),
                token,
                clause=False,
            ):
                yield _reported(triple)

    @staticmethod
    def _speakers(sent):  # type: ignore[no-untyped-def]
        found = []
        speech = attribution().speech_lemmas
        table = words(sent.doc)
        for i in range(sent.start, sent.end):
            if table.lemma[i] in speech and table.pos[i] == "VERB":
                token = sent.doc[i]
                subject = _speaker(token)
                if subject is not None:
                    found.extend(args_of(subject, _SPEAKERS))
        return found

    @staticmethod
    def _medium(token: Token) -> Token | None:
        cues = attribution()
        # "relayé par Le Monde", "cité par X" (the form too: "Joint par X" read as a name)
        if token.lemma_ in cues.medium_cues or token.lower_ in cues.medium_cues:
            for child in token.children:
                if child.dep_ in {"obl:agent", "obl", "obl:mod"} and mention_at(child) is not None:
                    return child
        # "selon Le Figaro"; "a assuré X sur BFM Business" (a news medium only)
        if token.lower_ == "selon" and mention_at(token.head) is not None:
            return token.head
        if token.lower_ in cues.media_preps and _news_medium(token.head):
            return token.head
        # "dans un entretien aux Échos", "une interview accordée au Parisien"
        noun = token.lower_ if token.lower_ in cues.interview_nouns else token.lemma_
        if noun in cues.interview_nouns and token.pos_ == "NOUN":
            return _medium_of_interview(token, cues.interview_nouns[noun])
        # "dans un communiqué transmis à l'AFP": a written statement, to a news medium only
        noun = token.lower_ if token.lower_ in cues.statement_nouns else token.lemma_
        if noun in cues.statement_nouns and token.pos_ == "NOUN":
            found = _medium_of_interview(token, cues.statement_nouns[noun])
            return found if found is not None and _news_medium(found) else None
        # "a déclaré au Parisien": a named complement of the speech verb introduced by à
        if token.lemma_ in cues.speech_lemmas:
            addressee = _addressee(token)
            if addressee is not None:
                return addressee
            # "pourrait confier à X la fabrication de ses cloches": a verb of saying with a
            # noun for its object tells of a deed (entrusting, promising), and the one it
            # goes to is no medium unless it is a news medium
            # (not in an incise after a quotation: "», a déclaré à X le directeur de Y")
            first = clause_start(token)
            incise = first > 0 and token.doc[first - 1].text in _AFTER_INCISE
            deed = not incise and any(c.dep_ == "obj" and c.pos_ == "NOUN" for c in token.children)
            for child in token.children:
                cases = {c.lower_ for c in child.children if c.dep_ == "case"}
                if child.dep_ not in {"obl", "obl:arg", "iobj", "obl:mod"} or not cases & _A:
                    continue
                if mention_at(child) is None and _media_noun(child):
                    # "a indiqué à l'agence Belga": the name its media noun introduces
                    child = named_by(child) or child
                if mention_at(child) is not None and (not deed or _news_medium(child)):
                    return child
            # "», a confié la dirigeante à Ouest-France": the parser hangs the medium on the
            # inverted subject; taken when it is a news medium
            # (or, when that subject is a named or resolved speaker, on the complement of
            # its role: "raconte la présidente de X au Parisien")
            for child in token.children:
                if child.i < token.i or child.dep_ not in {"obj", "nsubj"}:
                    continue
                below = child.subtree if mention_at(child) is not None else child.children
                for grandchild in below:
                    if (
                        grandchild.i > child.i
                        and case_of(grandchild) in _A
                        and (
                            _news_medium(grandchild)
                            or (incise and _organisation_after_speaker(child, grandchild))
                        )
                    ):
                        return grandchild
        return None


@functools.cache
def _cue_words() -> frozenset[str]:
    """Every word (form or lemma) that may start a reading of :meth:`_medium`."""
    cues = attribution()
    return frozenset(
        {"selon"}
        | cues.medium_cues
        | cues.media_preps
        | cues.speech_lemmas
        | set(cues.interview_nouns)
        | set(cues.statement_nouns)
    )


def _media_noun(token: Token) -> bool:
    """Whether a noun announces a news medium (``l'agence``, ``le quotidien``)."""
    cls = descriptions().class_of(token.lemma_) or descriptions().class_of(token.text)
    return cls == _MEDIUM_CLASS or fold(token.lemma_) in attribution().medium_nouns


#: Classes of a name that may be a medium its typing did not recognise.
_UNLISTED = frozenset({"Organization", UNTYPED})


def _organisation_after_speaker(speaker: Token, complement: Token) -> bool:
    """``», a déclaré Achta Djibrine à Alwihda Info``: in an incise after a quotation, an
    organisation's name right after the person who speaks, behind ``à``, is the medium
    spoken to, whatever the parser hung it on (not a place, ``à Lyon``, nor an
    organisation the gazetteer knows, which a medium it does not list is not). The person
    is named there or is a description the coreference gave a person (``a déclaré la
    directrice générale au Potentiel``: the noun and its adjectives, then ``à``)."""
    person = mention_at(speaker)
    medium = mention_at(complement)
    if person is None or medium is None or coarse(person.cls) != "Person" or medium.qid:
        return False
    doc = speaker.doc
    offset = doc._.kg_offset
    if speaker.i in (doc._.kg_coref or {}):
        if speaker.pos_ not in {"NOUN", "ADJ"}:
            return False  # a pronoun before the verb has no complement after it
        i = speaker.i + 1
        while i < complement.i and doc[i].pos_ == "ADJ":
            i += 1
        end = doc[i - 1].idx + len(doc[i - 1].text)
    else:
        end = person.end - offset
    # (only the preposition between the two, read by their offsets)
    between = doc.text[end : medium.start - offset]
    return between.strip().lower() in _A and coarse(medium.cls) in _UNLISTED


def _news_medium(token: Token) -> bool:
    """Whether ``token`` is in the name of a news medium: one known as such, or a name NER
    left untyped written as a web address (``Lefaso.net``)."""
    mention = mention_at(token)
    return mention is not None and (
        mention.cls == _MEDIUM_CLASS
        or (mention.cls == UNTYPED and attribution().site_name(mention.text))
    )


def _speaker(verb: Token) -> Token | None:
    """Who a speech verb quotes: the subject of its incise, else its clause's subject, but
    never one inside the quotation (``« X restera indépendante », a assuré son fondateur``:
    the parser may join the incise to the quoted clause, whose subject says nothing)."""
    # ("», a-t-elle promis à X": the parser may hang the participle on the pronoun that the
    # auxiliary's inversion puts right before it, which is its subject all the same)
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and inverted_subject(before):
        return before
    subject = _incise_subject(verb) or subject_of(verb)
    return None if subject is not None and quoted(subject) else subject


def _incise_subject(verb: Token) -> Token | None:
    """``», a confié la directrice, Claire Dubois, à X``, ``», raconte Paul Girard``: in an
    incise after a quote the subject follows the verb, and the parser often reads it as an
    object; the first named noun phrase after the verb is the speaker."""
    doc = verb.doc
    first = clause_start(verb)
    if first == 0 or doc[first - 1].text not in _AFTER_INCISE:
        return None
    addressee = _addressee(verb)
    if addressee is not None and _inverted_speaker(addressee) is not None:
        return _inverted_speaker(addressee)
    for child in verb.children:
        if child.i > verb.i and _news_medium(child):
            # "a déclaré au Progrès son directeur, X": the subject hung on the medium; "a
            # expliqué à La Tribune Jérôme Vasseur": the name right after it, which the
            # parser hangs as an apposition or a bare complement (not a word of the medium)
            medium = mention_at(child)
            hung = [
                c
                for c in child.children
                if c.i > child.i
                and (c.dep_ in {"appos", "conj"} or (c.dep_ == "nmod" and case_of(c) is None))
                and mention_at(c) != medium
            ]
            named = next((c for c in hung if mention_at(c) is not None), None) or next(
                (
                    g
                    for c in hung
                    for g in c.children
                    if g.dep_ in {"appos", "conj"} and mention_at(g) is not None
                ),
                None,
            )
            if named is None:
                named = _person_right_after(child)
            if named is not None:
                return named
            continue
        if child.i < verb.i or child.dep_ not in {"obj", "nsubj", "appos", "dep"}:
            continue
        if mention_at(child) is not None:
            return child
        named = next(
            (c for c in child.children if c.dep_ in {"appos", "conj"} and mention_at(c)), None
        )
        if named is not None:
            return named  # "la directrice générale de X, Claire Dubois"
    return None


def _addressee(verb: Token) -> Token | None:
    """The named organisation a speech verb's words go to, right after the verb: ``a indiqué
    à l'AFP``, ``a commenté auprès de LSA``.

    The preposition decides, not the parser's label: before an inverted subject the parser
    often reads ``à l'AFP`` as the subject itself.
    """
    doc = verb.doc
    i = verb.i + 1
    end = sentence_end(verb)
    opening = attribution().addressee_preps
    if i >= end or doc[i].lower_ not in opening:
        return None
    if opening[doc[i].lower_]:
        # "auprès de LSA": the adverb, then its own preposition
        i += 1
        if i >= end or doc[i].lower_ not in opening[doc[i - 1].lower_]:
            return None
    fused = doc[i].lower_ in _FUSED
    i += 1
    while i < end and doc[i].pos_ == "DET":
        fused = True
        i += 1
    mention = mention_at(doc[i]) if i < end else None
    if mention is None:
        return None
    # "a déclaré au Moniteur": NER calls unfamiliar titles persons, but no person's name
    # takes an article
    if coarse(mention.cls) != "Organization" and not (fused and mention.cls == "Person"):
        return None
    return doc[i]


_FUSED = frozenset({"au", "aux"})
#: Classes of a medium that the cue retypes as a news medium.
_RETYPED = frozenset({"Organization", "NamedEntity", "Person"})


def _inverted_speaker(medium: Token) -> Token | None:
    """The speaker named after the medium in an incise: ``a indiqué à l'AFP Carlos Mendes``,
    ``a déclaré à l'AFP le directeur général de X, Paul Girard``, ``sa présidente, Anne
    Roy``: a person's name right after the medium, or after a noun phrase opened by a
    determiner and closed by one comma. Anything else (a verb, a second comma) ends the search.
    """
    doc = medium.doc
    end = sentence_end(medium)
    named = mention_at(medium)
    i = medium.i
    while i < end and mention_at(doc[i]) == named:
        i += 1
    if i < end and doc[i].pos_ == "DET":
        while i < end and doc[i].text != "," and doc[i].pos_ not in {"VERB", "AUX"}:
            i += 1
        if i >= end or doc[i].text != ",":
            return None
        i += 1
    after = mention_at(doc[i]) if i < end else None
    return doc[i] if after is not None and coarse(after.cls) == "Person" else None


_A = frozenset({"à", "au", "aux"})
_DE = frozenset({"de", "du", "des", "d'", "d’"})


def _person_right_after(medium: Token) -> Token | None:
    """``a expliqué au Dauphiné libéré Guillaume Dorval``: the person named right after the
    medium's name, however the parser hung the two (it reads ``libéré`` as a verb)."""
    named = mention_at(medium)
    doc = medium.doc
    i = medium.i + 1
    while i < sentence_end(medium) and named is not None and mention_at(doc[i]) == named:
        i += 1
    after = mention_at(doc[i]) if i < sentence_end(medium) else None
    return doc[i] if after is not None and coarse(after.cls) == "Person" else None


def _split_title(medium: Token) -> bool:
    """``à Brises et Embruns``: two names NER could not type joined by ``et`` after a
    medium cue are one title it split, not two media (and the whole title is unknown)."""
    doc = medium.doc
    named = mention_at(medium)
    if named is None or named.cls != UNTYPED:
        return False
    start = medium.i
    while start > 0 and mention_at(doc[start - 1]) is named:
        start -= 1
    end = medium.i
    while end < len(doc) and mention_at(doc[end]) is named:
        end += 1
    after = mention_at(doc[end + 1]) if end + 1 < len(doc) and doc[end].lower_ == "et" else None
    before = mention_at(doc[start - 2]) if start >= 2 and doc[start - 1].lower_ == "et" else None
    return any(m is not None and m.cls == UNTYPED for m in (after, before))


def _unknown_place_as_medium(token: Token) -> list[Arg]:
    """``dans les colonnes de Sud Ouest``: NER calls many titles places; one the gazetteer
    does not know as a place is, after a medium cue, the medium."""
    mention = mention_at(token)
    if mention is None or mention.qid is not None or coarse(mention.cls) != "Place":
        return []
    return [Arg(mention)]


def _local_speakers(cue: Token) -> list[Arg] | None:
    """The named subjects of the clause the cue belongs to, or None to take the sentence's
    speakers.

    A speech verb's own subject (``a déclaré X au Parisien``); the subject of the clause an
    interview noun or a participle of a medium cue belongs to, whatever its verb says
    (``Dans un entretien au Monde, X a défendu ...``, ``Interrogé par France Inter, X a
    ...``).
    """
    cues = attribution()
    if cue.pos_ == "VERB" and cue.lemma_ in cues.speech_lemmas:
        subject = _speaker(cue)
        return args_of(subject, _SPEAKERS) if subject is not None else []
    if cue.pos_ == "VERB" and cue.dep_ == "acl" and mention_at(cue.head) is not None:
        # "l'Association X, citée par Les Echos": the name the participle qualifies (not
        # a medium the parser hung it on: "a déclaré au Progrès X, interrogé par Y")
        found = [a for a in args_of(cue.head, _SPEAKERS) if a.mention.cls != _MEDIUM_CLASS]
        return found or None
    if cue.lower_ in cues.media_preps:
        return _fronted_medium_speakers(cue)
    verb = cue if cue.pos_ == "VERB" else cue.head
    if verb.pos_ != "VERB":
        return None
    if verb.lemma_ in cues.speech_lemmas:
        subject = _speaker(verb)
        found = args_of(subject, _SPEAKERS) if subject is not None else []
        return found or _after_fronted_cue(cue)
    subject = subject_of(verb)
    found = args_of(subject, _SPEAKERS) if subject is not None else []
    return found or _after_fronted_cue(cue) or None


def _after_fronted_cue(cue: Token) -> list[Arg]:
    """``Joint par Le Parisien, X, président de Y, confirme ...``: the name right after
    the comma that closes a cue opening its sentence, which the parser may hang on the cue
    itself when an apposition follows it."""
    doc = cue.doc
    sent = cue.sent
    if cue.i != sent.start:
        return []
    comma = next((t.i for t in doc[cue.i + 1 : sent.end] if t.text == ","), None)
    if comma is None:
        return []
    k = comma + 1
    while k < sent.end and doc[k].pos_ == "DET":
        k += 1
    return args_of(doc[k], _SPEAKERS) if k < sent.end else []


def _fronted_medium_speakers(cue: Token) -> list[Arg] | None:
    """``Dans La Croix, l'ancien président de X, Y, admet ses torts``: a news medium fronted
    before its clause (opening the sentence, closed by a comma) says where whatever the
    clause's active subject says was said, whatever the verb; elsewhere (``a regretté dans
    Le Monde X``) the medium is that of the sentence's speech verbs (None)."""
    doc = cue.doc
    medium = mention_at(cue.head)
    # (read on the surface: the parser may hang the medium on the subject noun)
    end = cue.head.i
    while end < len(doc) and mention_at(doc[end]) == medium:
        end += 1
    verb = cue.sent.root
    if cue.i != cue.sent.start or end >= len(doc) or doc[end].text != "," or verb.i < end:
        return None
    # (an active subject only: "Dans Le Monde, X est mis en cause" does not quote X)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > end), None)
    if subject is None:
        return None
    # ("la directrice de X, Y": the name in apposition, which the parser may hang on X)
    named = [
        t
        for t in subject.subtree
        if t.dep_ == "appos" and (m := mention_at(t)) is not None and coarse(m.cls) == "Person"
    ]
    return args_of(subject, _SPEAKERS) or args_of(next(iter(named), None), _SPEAKERS) or None


def _title_read_as_person(token: Token) -> list[Arg]:
    """``a déclaré au Moniteur``: a name NER called a person, after an article, that a
    speech verb's words went to is a title (:func:`_addressee` took it only so)."""
    mention = mention_at(token)
    if mention is None or mention.cls != "Person" or token.i == 0:
        return []
    before = token.doc[token.i - 1]
    if before.pos_ != "DET" and before.lower_ not in _FUSED:
        return []
    return [Arg(mention)]


def _medium_of_interview(noun: Token, preps: frozenset[str]) -> Token | None:
    """The named complement of an interview noun, directly or through the participle
    that qualifies it (``accordée au Parisien``)."""
    layers = [noun, *(c for c in noun.children if c.dep_ == "acl")]
    for head in layers:
        for child in head.children:
            if child.i > head.i and mention_at(child) is not None and case_of(child) in preps:
                return child
    return None


def _reported(triple: Triple) -> Triple:
    """Mark the fact as reported speech; the cue also types its medium (``selon X``,
    ``relayé par X``) as a media organisation when nothing more specific was known."""
    medium = triple.object
    # (a person only as :func:`_title_read_as_person` took it: "au Moniteur")
    if medium.cls in _RETYPED or coarse_class(medium.cls) == "Place":
        medium = dataclasses.replace(medium, cls="MediaOrganization")
    return dataclasses.replace(
        triple,
        object=medium,
        provenance=dataclasses.replace(triple.provenance, modality=Modality.REPORTED),
    )
