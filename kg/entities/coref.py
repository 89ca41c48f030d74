"""kg's own coreference for organisations and people: descriptions, pronouns, possessives.

No French coreference model installs offline (coreferee downloads its model), so kg uses a
small salience model that news text suits well. Each named mention adds salience to its
entity (twice as much as a subject), and salience halves with each sentence. A referring
expression takes the most salient compatible entity:

- a definite description whose head noun announces a class (``l'entreprise``,
  ``la société``, ``la start-up californienne``, ``cette firme``) → an organisation;
  (``le dirigeant`` → a person);
- a subject pronoun ``il``/``elle`` → in a complement clause (``X a annoncé qu'il ...``)
  the governing verb's named subject, otherwise the subject of the previous sentence if it
  is a named person or organisation (no guessing beyond that);
- a possessive determiner (``son bureau``) → the subject of its clause, or the most
  salient organisation or person.

A description met before any name (a lede's ``la start-up californienne`` that the next
paragraph names) takes the document's most frequent entity of that class.

Example:
    >>> Salience().best(frozenset({"Organization"})) is None
    True
"""

from __future__ import annotations

import functools
import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from kg.entities.mentions import UNTYPED, coarse, compatible, origin_word
from kg.grammar import (
    BARE_COMPLEMENT,
    DE,
    DEFINITE,
    FUSED_ARTICLES,
    Words,
    case_of,
    inverted_subject,
    mention_at,
    named_by,
    sentence_start,
    subject_of,
    words,
)
from kg.lexicon import demonym_of, demonyms, descriptions, roles, verb_frames
from kg.model import Mention
from kg.text import fold, match_key

#: Salience kept from one sentence to the next.
DECAY = 0.5
#: Weight of how often the document names an entity (log-scaled) against recency: a
#: news text's descriptions mostly mean its topic, even right after a name in passing
#: (measured on the development sets: 0.3 lost the topic to the previous sentence's
#: subject, 0.9 and up gave the same results).
TOPIC_WEIGHT = 0.9


@dataclass
class Salience:
    """Running salience of the entities met so far in a document (mutable, local)."""

    scores: dict[str, float] = field(default_factory=dict)
    latest: dict[str, Mention] = field(default_factory=dict)
    totals: Counter[str] = field(default_factory=Counter)
    #: name → the key of the first class a typed mention gave it
    typed: dict[str, str] = field(default_factory=dict)
    #: key → how often the whole document names the entity
    named: Mapping[str, int] = field(default_factory=dict)
    #: the cities the document names, beside those adjectives of origin name
    cities: frozenset[str] = frozenset()

    def add(self, mention: Mention, *, subject: bool) -> None:
        key = _key(mention)
        name = key.partition("|")[2]
        untyped = f"{UNTYPED}|{name}"
        if mention.cls == UNTYPED and name in self.typed:
            # "Calcéo" NER left untyped here and context typed elsewhere: one entity
            key = self.typed[name]
        elif mention.cls != UNTYPED and name not in self.typed:
            self.typed[name] = key
            if untyped in self.scores:
                self.scores[key] = self.scores.get(key, 0.0) + self.scores.pop(untyped)
                self.totals[key] += self.totals.pop(untyped)
                del self.latest[untyped]
        self.scores[key] = self.scores.get(key, 0.0) + (2.0 if subject else 1.0)
        if mention.cls != UNTYPED or key not in self.latest:
            self.latest[key] = mention
        self.totals[key] += 1

    def next_sentence(self) -> None:
        for key in self.scores:
            self.scores[key] *= DECAY

    def best(
        self,
        allowed: frozenset[str],
        exclude: frozenset[str] = frozenset(),
        traits: frozenset[str] = frozenset(),
        known: Mapping[str, frozenset[str]] | None = None,
        others: frozenset[str] = frozenset(),
    ) -> Mention | None:
        """The most salient compatible entity. ``traits`` are what a description says of
        its antecedent (the place of ``l'entreprise nantaise``, the noun of ``le
        fabricant``); ``known`` what the text said of each entity (key → traits). For each
        trait, an entity known to have it wins; for a noun, one described by another
        specific noun (``la banque X`` for ``le fabricant``) is no candidate. ``others``
        are entities the sentence says are not the antecedent (keys)."""
        # recency decides between entities met lately; the log of how often the document
        # names an entity (or referred to it so far) lets its topic win over a name
        # mentioned once in passing
        candidates = [
            (score + TOPIC_WEIGHT * math.log1p(max(self.totals[key], self.named.get(key, 0))), key)
            for key, score in self.scores.items()
            if key not in others
            and (cls := self.latest[key].cls) not in exclude
            and (
                (compatible(cls, allowed) and cls != "NamedEntity")
                or (key.startswith("NamedEntity|") and "Organization" in allowed)
            )
        ]
        for trait in sorted(traits):
            cities = _cities() | self.cities
            if trait in cities:
                # "le groupe parisien" is not the company the text placed in Lyon (cities
                # do not nest; a region or a country may hold the city)
                candidates = [
                    c
                    for c in candidates
                    if not any(
                        t in cities and t != trait for t in (known or {}).get(c[1], ())
                    )
                ]
            if trait in _OTHER_GENDER:
                # "cette native de Strasbourg": not a person the text called "il"
                other = _OTHER_GENDER[trait]
                candidates = [c for c in candidates if other not in (known or {}).get(c[1], ())]
                continue
            have = [c for c in candidates if trait in (known or {}).get(c[1], ())]
            if have or not trait.startswith("noun:"):
                # places nest ("américaine", then "californienne"): another place known of
                # an entity does not rule it out
                candidates = have or candidates
                continue
            candidates = [
                c
                for c in candidates
                if not any(r.startswith("noun:") for r in (known or {}).get(c[1], ()))
            ]
        if not candidates:
            return None
        return self.latest[max(candidates)[1]]


_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
#: Grammatical gender traits of people, each with the one it rules out.
_OTHER_GENDER = {"gender:Fem": "gender:Masc", "gender:Masc": "gender:Fem"}
#: The gender a subject pronoun gives the person it stands for.
_PRONOUN_GENDER = {"il": "gender:Masc", "ils": "gender:Masc", "elle": "gender:Fem",
                   "elles": "gender:Fem"}


@functools.cache
def _cities() -> frozenset[str]:
    """The cities adjectives of origin name (``lyonnaise`` → Lyon)."""
    return frozenset(d.place for d in demonyms().values() if d.cls == "City")


def _gender(token: Token) -> frozenset[str]:
    """``la dirigeante``, ``cette native``: the gender a person description agrees in."""
    return frozenset(f"gender:{g}" for g in token.morph.get("Gender", []) if g in {"Fem", "Masc"})


def _key(mention: Mention) -> str:
    return f"{coarse(mention.cls)}|{match_key(mention.text)}"
#: Classes a business description (``l'entreprise``, ``le géant américain``) cannot refer to.
_NOT_BUSINESS = frozenset({"GovernmentBody"})


def _names_subject(token: Token) -> bool:
    """``La start-up Lengow a été rachetée``: the name after the subject's class noun is
    the subject, though the parser heads the phrase on the noun."""
    head = token.head
    if head.dep_ not in _SUBJECT or head.i >= token.i:
        return False
    between = list(token.doc[head.i + 1 : token.i])
    if len(between) >= 2 and between[0].lower_ in BARE_COMPLEMENT:
        between = between[1:]  # "La banque en ligne Kerys": a bare complement of the noun
        return all(t.pos_ in {"ADJ", "NOUN"} or origin_word(t) for t in between)
    return all(t.pos_ == "ADJ" or origin_word(t) for t in between)


def _origin_places(tokens: list[Token]) -> set[str]:
    return {d.place for t in tokens if origin_word(t) and (d := demonym_of(t.text)) is not None}


def _known_traits(doc: Doc, mentions: Mapping[int, Mention]) -> dict[str, frozenset[str]]:
    """Entity key → what the words next to its names say of it: the places adjectives of
    origin give it (``la start-up nantaise Kiwaï``, ``Kiwaï, une start-up nantaise``) and
    the specific nouns that describe it (``la banque Norvik``: ``noun:banque``)."""
    found: dict[str, set[str]] = {}
    for i, mention in mentions.items():
        if mentions.get(i - 1) is mention:
            continue
        end = i
        while mentions.get(end + 1) is mention:
            end += 1
        before = []
        j = i - 1
        while j >= 0 and (doc[j].pos_ == "ADJ" or origin_word(doc[j])):
            before.append(doc[j])
            j -= 1
        after = []
        k = end + 1
        if k + 1 < len(doc) and doc[k].text == ",":
            k += 1
            while k < len(doc) and doc[k].pos_ in {"DET", "NOUN", "ADJ", "PROPN"} and k - end < 6:
                if mentions.get(k) is not None:
                    break
                after.append(doc[k])
                k += 1
        places = _origin_places(before + after) | {
            f"noun:{fold(t.lemma_)}" for t in before[-1:] + after[:2] if _specific_noun(t)
        }
        if j >= 0 and _specific_noun(doc[j]):
            places.add(f"noun:{fold(doc[j].lemma_)}")  # "la banque Norvik"
        places |= _seats(doc[i])  # "Coliflash, basée à Lille"
        if places:
            key = _key(mention)
            found.setdefault(key, set()).update(places)
    return {key: frozenset(places) for key, places in found.items()}


def _specific_noun(token: Token) -> bool:
    """A class noun that says more than "a company" (``banque``, ``fabricant``)."""
    generic = descriptions().generic_heads
    return token.pos_ == "NOUN" and bool(
        descriptions().class_of(token.text) and fold(token.lemma_) not in generic
    )


def _traits_of(description: Token) -> frozenset[str]:
    """What a description says of its antecedent: the place an adjective of origin names
    (``l'entreprise nantaise``) and its own noun when specific (``le fabricant``)."""
    doc = description.doc
    traits = set()
    j = description.i + 1
    while j < len(doc) and (doc[j].pos_ == "ADJ" or origin_word(doc[j])):
        demonym = demonym_of(doc[j].text) if origin_word(doc[j]) else None
        if demonym is not None:
            traits.add(demonym.place)
        j += 1
    # "le groupe de San Francisco": a city complement places it like an adjective would
    if j + 1 < len(doc) and doc[j].lower_ in DE:
        city = mention_at(doc[j + 1])
        if city is not None and city.cls == "City":
            traits.add(city.text)
    if _specific_noun(description):
        traits.add(f"noun:{fold(description.lemma_)}")
    return frozenset(traits | _seats(description))


@functools.cache
def _seat_participles() -> frozenset[str]:
    """Verbs whose participle places a company (``l'entreprise basée à Lille``): those of
    the lexicon's stative ``basedIn`` frames."""
    return frozenset(
        lemma
        for frame in verb_frames()
        if frame.relation == "basedIn" and frame.voice == "stative"
        for lemma in frame.lemmas
    )


def _seats(token: Token) -> set[str]:
    """The places a seat participle on the word gives it (``basée à Lille`` → Lille)."""
    seats = set()
    for verb in token.children:
        if verb.dep_ != "acl" or verb.lemma_ not in _seat_participles():
            continue
        for place in verb.children:
            mention = mention_at(place) if case_of(place) in {"à", "en", "au"} else None
            if mention is not None and coarse(mention.cls) == "Place":
                seats.add(mention.text)
    return seats


def _description_class(token: Token) -> str | None:
    """Class a definite description refers to, or None if ``token`` heads none."""
    if token.pos == NOUN:
        start = token
    elif (first := _compound_start(words(token.doc), token.i)) is not None:
        start = token.doc[first]
    else:
        return None
    # the class first: most nouns announce none, and it is read from the chunk's strings
    # while the checks below build the noun's morphology and children
    cls = _coref_class(start)
    if cls is None or "Plur" in token.morph.get("Number", []):
        return None
    # "la direction générale du sous-traitant": the article fused with its preposition
    dets = [c for c in token.children if c.dep_ == "det" or c.lower_ in FUSED_ARTICLES]
    if not dets or dets[0].lower_ not in DEFINITE | FUSED_ARTICLES:
        return None
    # "la start-up Mistral": a name follows, so this is typing, not reference (also after
    # a bare complement: "le groupe de services informatiques X", "la banque en ligne X")
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    complement = False
    while nxt is not None and nxt.i + 1 < len(token.doc):
        if mention_at(nxt) is not None:
            break
        if (
            nxt.lower_ in BARE_COMPLEMENT
            and not complement
            and token.doc[nxt.i + 1].pos_ in {"NOUN", "PROPN"}  # ("de BTP X")
            and mention_at(token.doc[nxt.i + 1]) is None
        ):
            complement = True  # one "de"/"en" and the nouns and adjectives after it
        elif not (
            nxt.pos_ == "ADJ"
            or origin_word(nxt)
            or (complement and nxt.pos_ in {"NOUN", "PROPN"})
        ):
            break
        nxt = token.doc[nxt.i + 1]
    if nxt is not None and mention_at(nxt) is not None and nxt.i not in token.doc._.kg_coref:
        return None
    # "Brumelune, le studio montpelliérain": an apposition to the name before describes it
    before = dets[0].i - 1
    if (
        before > 0
        and token.doc[before].text == ","
        and mention_at(token.doc[before - 1]) is not None
        and token.head.i < token.i
        and mention_at(token.head) is not None
    ):
        return None
    # "l'entreprise de Xavier Niel": the complement says which one (a place does not:
    # "cette native de Strasbourg")
    if any(
        c.dep_ == "nmod"
        and case_of(c) in DE
        and (found := mention_at(c)) is not None
        and coarse(found.cls) != "Place"
        for c in token.children
    ):
        return None  # (not "la dirigeante à Ouest-France", a complement of the verb misread)
    return cls


def _compound_start(table: Words, i: int) -> int | None:
    """``La jeune pousse avait levé``: the tagger reads the two-word noun as an adjective
    and a verb; either word may then carry the determiner and head the description. The
    index of the compound's first word, if word ``i`` is one of its two (read from the
    chunk's strings: it is asked of every adjective and verb)."""
    if table.pos[i] == "VERB" and i > 0 and table.pos[i - 1] == "ADJ":
        i -= 1
    elif table.pos[i] != "ADJ":
        return None
    if i + 1 >= len(table.text):
        return None
    compound = fold(table.span_text(i, i + 2))
    if any(compound in multiword for _, _, multiword in _coref_heads()):
        return i
    return None


def _coref_class(token: Token) -> str | None:
    """The class a description noun announces (``entreprise``, ``start-up``), if any."""
    table = words(token.doc)
    word = fold(table.text[token.i])
    compound = None
    for cls, heads, multiword in _coref_heads():
        if word in heads:
            return cls
        if multiword:
            # the tokenizer splits "start-up" into three tokens; the parser heads it on "start"
            if compound is None:
                end = min(token.i + 3, len(table.text))
                compound = fold(table.span_text(token.i, end))  # "jeune pousse"
            if compound.startswith(multiword):
                return cls
    return None


@functools.cache
def _coref_heads() -> tuple[tuple[str, frozenset[str], tuple[str, ...]], ...]:
    """Each class of ``coref_heads`` with its head nouns and, apart, its multi-word ones."""
    return tuple(
        (cls, heads, tuple(h for h in heads if "-" in h or " " in h))
        for cls, heads in descriptions().coref_heads.items()
    )


def quoted(token: Token) -> bool:
    """Whether a token stands inside a quotation opened in its sentence (``« ... »``)."""
    opened = 0
    # the chunk's strings, not a Token per word (called for most subjects of every chunk)
    for text in words(token.doc).text[sentence_start(token) : token.i]:
        if text in {"«", "\u201c"}:
            opened += 1
        elif text in {"»", "\u201d"} and opened:
            opened -= 1
    return opened > 0


def _participle_agents(noun: Token) -> frozenset[str]:
    """Salience keys of the agents of a participle that describes the description:
    ``Acquise par Meridia, l'entreprise ...`` or ``l'entreprise, rachetée par Meridia``
    is not Meridia; nor is any name of the phrase a participle opening the sentence
    says of it (``Créée par X et Y, deux anciens de la banque Z, la société``)."""
    verbs = [c for c in noun.children if c.dep_ == "acl"]
    doc = noun.doc
    first = doc[sentence_start(noun)]
    keys: set[str] = set()
    if "Part" in first.morph.get("VerbForm", []) and first.pos_ == "VERB":
        if noun.dep_ in _SUBJECT:
            verbs.append(first)
        if any(t.text == "," for t in doc[first.i : noun.i]):
            keys.update(
                _key(mention)
                for t in doc[first.i : noun.i]
                if (mention := mention_at(t)) is not None
            )
    for verb in verbs:
        for child in verb.children:
            if child.dep_ != "obl:agent" and case_of(child) != "par":
                continue  # (the parser often files "par X" as a plain oblique)
            named = child if mention_at(child) is not None else named_by(child)
            mention = mention_at(named) if named is not None else None
            if mention is not None:
                keys.add(_key(mention))
    return frozenset(keys)


def _owned_by_companies(noun: Token) -> bool:
    """Whether a possessed noun is a role only an organisation has (``son concurrent``,
    ``sa filiale``), from the role lexicon."""
    role = roles().get(fold(noun.lemma_)) or roles().get(fold(noun.text))
    return role is not None and role.object == frozenset({"Organization"}) and (
        role.subject <= frozenset({"Organization", "Product"})
    )


def _held_in_organisations(noun: Token) -> bool:
    """Whether a possessed noun is a role a person holds in an organisation (``sa
    directrice générale``, ``son fondateur``), from the role lexicon."""
    role = roles().get(fold(noun.lemma_)) or roles().get(fold(noun.text))
    return role is not None and role.object == frozenset({"Organization"}) and (
        "Person" in role.subject
    )


def _short_names(found: list[Mention]) -> dict[str, Mention]:
    """First words that stand for a longer organisation name of the text (``l'Autorité``
    for ``l'Autorité de la concurrence``, ``la Commission`` for ``la Commission
    européenne``): a capitalised common noun that starts exactly one such name."""
    firsts: dict[str, set[str]] = {}
    first_mention: dict[str, Mention] = {}
    for mention in found:
        words_ = mention.text.replace("\u2019", "'").split()
        if len(words_) < 2 or coarse(mention.cls) != "Organization":
            continue
        head = words_[0].split("'")[-1]  # "L'Autorité" → "Autorité"
        if head[:1].isupper() and descriptions().class_of(head.lower()) is not None:
            firsts.setdefault(head, set()).add(match_key(mention.text))
            first_mention.setdefault(head, mention)
    return {head: first_mention[head] for head, names in firsts.items() if len(names) == 1}


def _own_subject(noun: Token) -> frozenset[str]:
    """The salience key of the named subject of the description's own clause: ``X n'a pas
    racheté la société`` speaks of another company than X."""
    if noun.dep_ in _SUBJECT:
        return frozenset()
    subject = subject_of(noun)
    mention = mention_at(subject) if subject is not None else None
    return frozenset({_key(mention)}) if mention is not None else frozenset()


def _main_clause_subject(pronoun: Token) -> Mention | None:
    """``X a annoncé qu'il rachète Y``: a pronoun subject of a complement clause refers
    to the named subject of the verb that governs the clause."""
    verb = pronoun.head
    governor = verb.head
    if verb.dep_ == "acl:relcl":
        # "X a présenté Kyutai, qu'il a cofondé": the verb governing the relative's noun
        while governor.pos_ not in {"VERB", "AUX"} and governor.head != governor:
            governor = governor.head
    elif verb.dep_ not in {"ccomp", "advcl", "conj", "xcomp"}:
        return None
    if verb.head == verb or governor.pos_ not in {"VERB", "AUX"}:
        return None
    for child in governor.children:
        if child.dep_ in {"nsubj", "nsubj:pass"} and child.i < pronoun.i:
            if quoted(child) != quoted(pronoun):
                continue  # "« Vellora a prouvé ... », a-t-elle déclaré": the quote's words
            found = mention_at(child)
            if found is None:
                found = next(
                    (
                        mention_at(c)
                        for c in child.children
                        if mention_at(c) is not None and c.i == child.i + 1
                    ),
                    None,
                )
            if found is not None and coarse(found.cls) in {"Person", "Organization"}:
                return found
    return None


def _possessive_subject(det: Token) -> Token | None:
    """The subject of the possessive's clause; none when the possessive is on the subject
    itself ("Sa directrice générale X a démissionné": a subject does not possess itself)
    or on a noun in apposition with it ("explique son cofondateur, X": X is no owner of
    the role X holds)."""
    noun = det.head
    if noun.dep_ in _SUBJECT:
        return None
    subject = subject_of(noun)
    if subject is None or subject.head == noun or noun.head == subject:
        return None
    between = noun.doc[noun.right_edge.i + 1 : subject.i]
    if subject.i > noun.i and all(t.is_punct or t.pos_ == "DET" for t in between):
        # "explique son cofondateur, X": the inverted subject, right after; "Son produit
        # phare, le patch X, est ...": an apposition the parser made the subject
        return None
    if subject.i < noun.i and all(
        t.is_punct for t in noun.doc[subject.right_edge.i + 1 : det.i]
    ) and noun.doc[det.i - 1].text == ",":
        # "explique X, sa directrice générale": the role X holds, set after X
        return None
    return subject


def _possessor(det: Token, subject: Token | None) -> Mention | None:
    """Who ``son``/``sa``/``leur`` points to: the clause ``subject``, or the controller
    of an infinitive (``permettra à OpenAI de renforcer sa présence``)."""
    target = mention_at(subject) if subject is not None else None
    if target is None and subject is not None:
        named = named_by(subject)  # "le groupe US Airways exploite ses filiales"
        target = mention_at(named) if named is not None else None
    if target is not None:
        return target
    verb = det.head
    for _ in range(6):
        if verb.head == verb:
            break
        verb = verb.head
        for child in verb.children:
            cases = {c.lower_ for c in child.children if c.dep_ == "case"}
            if child.dep_ in {"obl:arg", "iobj", "obl"} and cases & {"à", "au"}:
                found = mention_at(child)
                # (not "s'installer à Londres, contrairement à son concurrent": a place
                # owns nothing)
                # (nor "a déclaré au Progrès son directeur": the medium spoken to)
                if (
                    found is not None
                    and coarse(found.cls) in {"Organization", "Person"}
                    and found.cls != "MediaOrganization"
                ):
                    return found
    return None


def resolve_references(doc: Doc, document_mentions: list[Mention]) -> dict[int, Mention]:
    """Map each referring token of a parsed chunk to the mention of its antecedent.

    Args:
        doc: A parsed chunk whose ``kg_mentions`` are set.
        document_mentions: Every named mention of the chunk, for cataphora (a description
            met before any name).

    Returns:
        Token index → antecedent mention, offsets of the referring words.
    """
    lexicon = descriptions()
    salience = Salience(
        named=Counter(_key(m) for m in document_mentions if m.cls != "NamedEntity"),
        cities=frozenset(m.text for m in document_mentions if m.cls == "City"),
    )
    frequent = Counter(
        (coarse(m.cls), match_key(m.text)) for m in document_mentions if m.cls != "NamedEntity"
    )
    first_named: dict[tuple[str, str], Mention] = {}
    for m in document_mentions:
        first_named.setdefault((coarse(m.cls), match_key(m.text)), m)
    resolved: dict[int, Mention] = {}
    doc._.kg_coref = resolved
    # read once: an extension attribute builds an accessor object at every access
    mentions: dict[int, Mention] = doc._.kg_mentions or {}
    named = sorted(mentions)
    offset = doc._.kg_offset
    previous_subject: Mention | None = None

    def relocate(antecedent: Mention, token: Token) -> Mention:
        return Mention(
            antecedent.text,
            antecedent.cls,
            token.idx + offset,
            token.idx + len(token.text) + offset,
            antecedent.qid,
        )

    def fallback(
        cls: str, exclude: frozenset[str], token: Token, others: frozenset[str] = frozenset()
    ) -> Mention | None:
        family = [
            (n, key)
            for key, n in frequent.items()
            if key[0] == cls
            and first_named[key].cls not in exclude
            and _key(first_named[key]) not in others
        ]
        # a name met earlier in the description's own sentence first ("le directeur de
        # la start-up Kelvo ..., a quitté l'entreprise")
        here = token.idx + offset
        earlier = [item for item in family if first_named[item[1]].start < here]
        family = earlier or family
        if not family:
            return None
        # the most frequent, then the first named (a text names its topic first)
        return first_named[max(family, key=lambda item: (item[0], -first_named[item[1]].start))[1]]

    known = _known_traits(doc, mentions)
    # the token strings, read once: most tokens are neither nouns, pronouns nor possessives
    table = words(doc)
    # "le président de l'Autorité": the first word of a name met in the text stands for
    # it (resolved first: descriptions read their complements)
    shortened = _short_names(document_mentions)
    if shortened:
        for i, word in enumerate(table.text):
            if word in shortened and i not in mentions:
                resolved[i] = relocate(shortened[word], doc[i])
    for sent in doc.sents:
        subject_here: Mention | None = None
        quoted_subject = False
        referring: set[int] = set()  # tokens of this sentence resolved below
        for i in range(sent.start, sent.end):
            if i in mentions:
                continue
            # only a noun heads a description (_description_class), read without a Token
            cls = (
                _description_class(doc[i])
                if table.pos[i] == "NOUN" or _compound_start(table, i) is not None
                else None
            )
            if cls is not None:
                token = doc[i]
                # "l'entreprise", "le géant": a business noun never means a regulator
                business = cls == "Organization" and token.lemma_ != "organisation"
                exclude = _NOT_BUSINESS if business else frozenset()
                traits = _traits_of(token)
                if cls == "Person":
                    traits |= _gender(token)
                others = _participle_agents(token) | _own_subject(token)
                target = salience.best(frozenset({cls}), exclude, traits, known, others)
                if target is None and (not traits or not salience.scores):
                    # cataphora: "la start-up californienne" in a lede, named later
                    target = fallback(cls, exclude, token, others)
                if target is not None:
                    resolved[token.i] = relocate(target, token)
                    referring.add(token.i)
                    # what this description said now describes its antecedent too
                    learned = frozenset(t for t in traits if not t.startswith("noun:"))
                    if learned:
                        key = _key(target)
                        known[key] = known.get(key, frozenset()) | learned
            elif table.lower[i] == "en" and table.pos[i] == "PRON":
                # "X, qui en est la directrice générale": "en" stands for "de" + the
                # organisation the text is about
                token = doc[i]
                # (or one named earlier in this sentence: "Y, cofondée par X, qui en est")
                target = salience.best(
                    frozenset({"Organization"}), _NOT_BUSINESS
                ) or fallback("Organization", _NOT_BUSINESS, token)
                if target is not None:
                    resolved[token.i] = relocate(target, token)
            elif (pronoun := table.lower[i].lstrip("-")) in lexicon.person_pronouns:
                token = doc[i]
                # ("Elle siège au conseil": a subject the parser made the determiner of
                # the verb it misread as a noun)
                misread = token.dep_ == "det" and token.pos_ == "PRON"
                if token.dep_ not in _SUBJECT and not misread and not inverted_subject(token):
                    continue
                target = _main_clause_subject(token) or previous_subject
                gender = _PRONOUN_GENDER.get(pronoun)
                if target is not None and coarse(target.cls) == "Person" and gender:
                    key = _key(target)
                    if _OTHER_GENDER[gender] in known.get(key, frozenset()):
                        continue  # "elle" is not the man the last sentence was about
                    known[key] = known.get(key, frozenset()) | {gender}
                if target is not None:
                    resolved[token.i] = relocate(target, token)
                    referring.add(token.i)
        # possessives need the clause subject, which may itself be a reference just resolved
        for i in range(sent.start, sent.end):
            if table.lower[i] not in lexicon.possessives:
                continue
            token = doc[i]
            if token.dep_ == "det":
                subject = _possessive_subject(token)
                target = _possessor(token, subject)
                plural = token.lower_ in {"leur", "leurs"}
                # a proper-noun subject detection missed owns it: salience would guess another
                unnamed = (
                    subject is not None and subject.pos_ == "PROPN" and mention_at(subject) is None
                )
                # so does a description it could not resolve ("reproche au géant allemand
                # d'avoir entraîné son robot": not whoever is salient)
                unnamed = unnamed or (
                    subject is not None
                    and subject.pos_ == "NOUN"
                    and mention_at(subject) is None
                    and lexicon.class_of(subject.text) is not None
                )
                if target is not None and _owned_by_companies(token.head) and coarse(
                    target.cls
                ) == "Person":
                    # "X a rejoint Ondine, son principal concurrent": a person has no
                    # competitor; the company the text is about has
                    target = salience.best(
                        frozenset({"Organization"}), _NOT_BUSINESS
                    ) or fallback("Organization", _NOT_BUSINESS, token)
                elif target is None and not plural and not unnamed:
                    # "X, sa directrice générale": a person's role in an organisation is
                    # owned by the organisation the text is about, not by a person
                    owners = (
                        frozenset({"Organization"})
                        if _held_in_organisations(token.head)
                        else frozenset({"Organization", "Person"})
                    )
                    target = salience.best(owners)
                if target is not None:
                    resolved[token.i] = relocate(target, token)
                    referring.add(token.i)
        # salience counts the words that name or refer to an entity, in sentence order
        here = named[bisect_left(named, sent.start) : bisect_left(named, sent.end)]
        for i in sorted(referring.union(here)):
            token = doc[i]
            mention = mentions.get(i) or resolved[i]  # as mention_at reads them
            if token.dep_ == "det":
                continue
            is_subject = token.dep_ in _SUBJECT or _names_subject(token)
            if i in mentions and mentions.get(i - 1) == mention:
                continue  # count a multi-token name once
            if mention.cls == "MediaOrganization" and not is_subject:
                continue  # "a déclaré au Progrès": the medium is not what the text is about
            salience.add(mention, subject=is_subject)
            typed = salience.typed.get(match_key(mention.text))
            if mention.cls == UNTYPED and typed is not None:
                mention = salience.latest[typed]  # a name typed elsewhere in the text
            speaker = coarse(mention.cls) in {"Person", "Organization"}
            if is_subject and speaker:
                if not quoted(token):
                    subject_here = mention
                else:
                    quoted_subject = True
        # a sentence of quotation leaves who the text speaks of as it was ("« X a prouvé
        # ... . Mon rôle est ... », a-t-elle déclaré": not X)
        if subject_here is not None or not quoted_subject:
            previous_subject = subject_here
        salience.next_sentence()
    return resolved
