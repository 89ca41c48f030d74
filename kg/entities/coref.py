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
- a demonstrative pronoun (``celle-ci``, ``ce dernier``) → the last person or organisation
  mentioned of its gender (that of the title or class noun its name hangs on, ``Mme X``,
  ``le groupe X``), if no other word it may mean comes between;
- a possessive determiner (``son bureau``) → the subject of its clause, or the most
  salient organisation or person;
- a plural reference → every entity it groups (``doc._.kg_coref_group``): a counted or
  collective description (``les deux fonds``, ``le couple``) the latest coordination of
  as many entities of its class, or the entities the text just met if exactly that many,
  or two people a spouse noun or a marriage verb paired; ``ils``/``elles`` the
  coordination that was the previous sentence's (or the governing verb's) subject;
- a role description with no name of its own (``la présidente de X``) → the one person
  the text named in that office of X.

A description met before any name (a lede's ``la start-up californienne`` that the next
paragraph names) takes the document's most frequent entity of that class. The one
organisation a headline names weighs more (``HEADLINE_WEIGHT``) once the first organisation
subject after the headline is it too: the piece is about it, not about a rival or a
shareholder named in passing.

Formats: a roundup's briefs (paragraphs opened by ``SAINT-MALO.``, ``Kelvo.``, ``2.``, or
each under a heading line of its own) each start afresh, with their own names as topic; a
dated timeline's verbless entry (``2024. Inauguration d'une usine à Cracovie``) is its
topic's (``doc._.kg_entry_topic``); an interview's, a signed op-ed's or a quoted letter's
``je``/``nous`` are its speaker and their organisation, and an organisation's own text
(a letter to shareholders) says ``nous``, ``votre groupe`` for the organisation its title
names (:mod:`kg.entities.interview`).

Example:
    >>> Salience().best(frozenset({"Organization"})) is None
    True
"""

from __future__ import annotations

import dataclasses
import functools
import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from kg.entities.interview import (
    ADDRESSEE_WORDS,
    GROUP_WORDS,
    SPEAKER_WORDS,
    find_corporate_text,
    find_interview,
    find_quoted_letter,
    find_signed_text,
    first_person_references,
)
from kg.entities.mentions import (
    UNTYPED,
    coarse,
    compatible,
    origin_text,
    origin_word,
    reference,
)
from kg.entities.places import french_place
from kg.grammar import (
    BARE_COMPLEMENT,
    CLOSING_GUILLEMETS,
    CLOSING_QUOTES,
    DE,
    DEFINITE,
    DEMONSTRATIVE,
    FUSED_ARTICLES,
    OPENING_GUILLEMETS,
    PERCENT,
    REGULAR_PARTICIPLE_ENDINGS,
    Words,
    case_of,
    expand,
    governing_verb,
    inverted_subject,
    members_named,
    mention_at,
    named_by,
    negated,
    partnered_with,
    partnership,
    relative_antecedent,
    sentence_end,
    sentence_start,
    subject_of,
    verb_lemma,
    words,
)
from kg.lexicon import (
    PluralDescriptions,
    RoleNoun,
    attribution,
    demonym_of,
    demonyms,
    descriptions,
    folded_word_list,
    is_family_name,
    modality,
    name_heads,
    noun_frames,
    noun_kin,
    plural_descriptions,
    roles,
    time_nouns,
    trade_verbs,
    verb_frames,
    word_list,
)
from kg.model import Mention
from kg.nlp import items, paragraphs, timeline
from kg.ontology import classes as ontology_classes
from kg.ontology import relations as ontology_relations
from kg.text import fold, match_key

#: Kin and partner nouns, folded (words.json).
_PARTNER_NOUNS = folded_word_list("partner_nouns")
#: Words that put a role in the past (``ancien``, ``ex-``), folded (words.json).
_FORMER = folded_word_list("former_words")
#: Verbs of a career spent at an employer, named by "chez" ("a passé douze ans chez X").
_CAREER_VERBS = word_list("career_verbs")
#: Nouns of the buyer in a deal (``le repreneur``, ``l'acheteur``), folded (words.json).
_BUYERS = folded_word_list("buyer_nouns")
#: Salience kept from one sentence to the next.
DECAY = 0.5
#: Weight of how often the document names an entity (log-scaled) against recency: a
#: news text's descriptions mostly mean its topic, even right after a name in passing
#: (measured on the development sets: 0.3 lost the topic to the previous sentence's
#: subject, 0.9 and up gave the same results).
TOPIC_WEIGHT = 0.9
#: What the organisation a headline is about adds to its salience: a description with no
#: trait of its own (``l'entreprise``, ``le groupe``) means the piece's company more often
#: than a rival or a shareholder the last sentences named in passing.
HEADLINE_WEIGHT = 1.0


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
    #: the name (match key) of the organisation the headline is about, if any
    headline: str = ""

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

    def _class(self, key: str) -> str:
        """The class of an entity's latest mention; for a name met untyped so far that the
        text types elsewhere ("passe sous pavillon X", then "racheté par X"), its key's."""
        cls = self.latest[key].cls
        if cls == UNTYPED and not key.startswith(f"{UNTYPED}|"):
            return key.partition("|")[0]
        return cls

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
            (
                score
                + TOPIC_WEIGHT * math.log1p(max(self.totals[key], self.named.get(key, 0)))
                + (HEADLINE_WEIGHT if key.partition("|")[2] == self.headline else 0.0),
                key,
            )
            for key, score in self.scores.items()
            if key not in others
            and _THING not in (known or {}).get(key, ())
            and (cls := self._class(key)) not in exclude
            and (
                (compatible(cls, allowed) and cls != "NamedEntity")
                or (key.startswith("NamedEntity|") and "Organization" in allowed)
            )
        ]
        for trait in sorted(traits):
            cities = _places_of_origin("City") | self.cities
            if trait in cities:
                # "le groupe parisien" is not the company the text placed in Lyon (cities
                # do not nest; a region or a country may hold the city)
                candidates = [
                    c
                    for c in candidates
                    if not any(t in cities and t != trait for t in (known or {}).get(c[1], ()))
                ]
            if trait in _places_of_origin("Country"):
                # "l'entreprise française" is not the group the text placed in Stuttgart or
                # called German; and when that group is the one the text was about, which
                # other company it means is a guess: none
                kept = [
                    c
                    for c in candidates
                    if not any(_elsewhere(t, trait, cities) for t in (known or {}).get(c[1], ()))
                ]
                if candidates and max(candidates)[1] not in {c[1] for c in kept}:
                    return None
                candidates = kept
            if trait.startswith("scale:"):
                # "le géant français" is not the company the text called "une PME"
                candidates = [
                    c
                    for c in candidates
                    if not any(
                        t.startswith("scale:") and t != trait for t in (known or {}).get(c[1], ())
                    )
                ]
            if trait in _OTHER_GENDER:
                # "cette native de Strasbourg": not a person the text called "il"
                other = _OTHER_GENDER[trait]
                candidates = [c for c in candidates if other not in (known or {}).get(c[1], ())]
                continue
            have = [
                c
                for c in candidates
                if trait in (traits_of := (known or {}).get(c[1], ()))
                or _NAMED + trait in traits_of
            ]
            if trait.startswith("noun:") and trait[len("noun:") :] in _strict_nouns():
                candidates = have  # "le fonds": only an entity the text called a fund
                continue
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
        if not any(t.startswith("noun:") for t in traits):
            candidates = [c for c in candidates if not _only_strict(known, c[1])]
        if not candidates:
            return None
        # (a tie goes to the entity named last, not to the name first in the alphabet)
        return self.latest[max(candidates, key=lambda c: (c[0], self.latest[c[1]].start))[1]]


_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
#: Prepositions of place: a name NER left untyped met after one (``à la Roche-Haute``,
#: ``dans une filature de Vauclair``) is most often a place, not what ``l'entreprise`` means.
_LOCATIVE = frozenset({"à", "au", "aux", "en", "dans", "près de"})
#: Words that open a relative clause after a noun (``le distributeur que X a racheté``).
_RELATIVE_PRONOUNS = frozenset({"que", "qu'", "qu’", "qui", "dont"})
#: Trait of an entity the text named through a relation noun another owns (``sa filiale
#: X``, ``ses concurrents X et Y``): a generic description does not mean it.
_RELATED = "related"
#: Prefix of a noun trait a name's own first word gives (``Laiterie du Bocage``): it
#: makes the entity what that noun means, and rules out no other noun.
_NAMED = "name:"
#: Trait of an untyped name a common noun of no class introduces (``la tempête X``): no
#: antecedent of a description, a pronoun or a possessive.
_THING = "kind:thing"
#: Grammatical gender traits of people, each with the one it rules out.
_OTHER_GENDER = {"gender:Fem": "gender:Masc", "gender:Masc": "gender:Fem"}
#: The gender a subject pronoun gives the person it stands for.
_PRONOUN_GENDER = {
    "il": "gender:Masc",
    "ils": "gender:Masc",
    "elle": "gender:Fem",
    "elles": "gender:Fem",
    "lui": "gender:Masc",
}


@functools.cache
def _strict_nouns() -> frozenset[str]:
    """Noun traits (kin representatives) of descriptions that mean only their own kind."""
    kin = noun_kin()
    return frozenset(kin.get(noun, noun) for noun in plural_descriptions().strict)


def _only_strict(known: Mapping[str, frozenset[str]] | None, key: str) -> bool:
    """Whether the text described an entity only by nouns of a kind of its own
    (``l'école de design X``, ``la clinique X``, ``le fonds X``): a generic description
    (``le groupe``, ``la société``) means no such entity."""
    nouns = [t[len("noun:") :] for t in (known or {}).get(key, ()) if t.startswith("noun:")]
    return bool(nouns) and all(noun in _strict_nouns() for noun in nouns)


@functools.cache
def _places_of_origin(cls: str) -> frozenset[str]:
    """The places of class ``cls`` adjectives of origin name (``lyonnaise`` → Lyon,
    ``allemande`` → Allemagne)."""
    return frozenset(d.place for d in demonyms().values() if d.cls == cls)


#: The country of the towns :mod:`kg.entities.places` lists.
_HOME_COUNTRY = "France"


def _elsewhere(place: str, country: str, cities: frozenset[str]) -> bool:
    """Whether a place the text gave an entity lies outside ``country``: another country,
    or, for the country of kg's town list, a city that list does not hold."""
    if place in _places_of_origin("Country"):
        return place != country
    return country == _HOME_COUNTRY and place in cities and french_place(place) is None


def _gender(token: Token) -> frozenset[str]:
    """``la dirigeante``, ``cette native``: the gender a person description agrees in (its
    determiner's, for a noun the tagger gave none: ``la fondatrice`` read as a name)."""
    genders = frozenset(
        f"gender:{g}" for g in token.morph.get("Gender", []) if g in {"Fem", "Masc"}
    )
    if genders or token.pos_ == "DET":
        return genders
    return frozenset(
        f"gender:{g}"
        for c in token.children
        if c.dep_ == "det" and c.i == token.i - 1
        for g in c.morph.get("Gender", [])
        if g in {"Fem", "Masc"}
    )


def _introducing_gender(token: Token) -> frozenset[str]:
    """``le groupe X``, ``la société X``: the gender of the class noun with its article
    that introduces the name at ``token`` (empty when none does)."""
    noun = token.head
    if (
        noun.i >= token.i
        or noun.pos_ != "NOUN"
        or not any(c.dep_ == "det" for c in noun.children)
        or descriptions().class_of(noun.lemma_) is None
        or named_by(noun) != token
    ):
        return frozenset()
    return _gender(noun)


def _key(mention: Mention) -> str:
    return f"{coarse(mention.cls)}|{match_key(mention.text)}"


#: Possessives of the first and second person, which only an interview resolves.
_FIRST_AND_SECOND_PERSON = SPEAKER_WORDS | GROUP_WORDS | ADDRESSEE_WORDS
#: Articles after which "son" is the noun (sound), no possessive.
_BEFORE_NOUN_SON = DEFINITE | FUSED_ARTICLES | {"un", "une"}
#: Classes a business description (``l'entreprise``, ``le géant américain``) cannot refer to.
_NOT_BUSINESS = frozenset({"GovernmentBody"})
_MEDIA = frozenset({"MediaOrganization"})


def _locative(token: Token) -> bool:
    """Whether a name stands in a place complement: after a preposition of place, or as the
    ``de`` complement of a noun that does (``dans la zone de Vauclair``); a verb's argument
    in ``à`` (``a cédé Y à X``) is none."""
    while token.dep_ == "flat:name" and token.head.i < token.i:
        token = token.head
    case = case_of(token)
    if case in _LOCATIVE:
        return _placed(token)
    if case in DE and token.dep_ == "nmod" and token.head.pos_ == "NOUN":
        noun = token.head
        # "du parc d'activités des Ormeaux": the place noun one complement up
        if (
            fold(noun.lemma_) not in descriptions().place_heads
            and case_of(noun) in DE
            and noun.dep_ == "nmod"
            and noun.head.pos_ == "NOUN"
        ):
            noun = noun.head
        # "la rue des Tanneurs", "au domaine de la Roche-Haute"
        return fold(noun.lemma_) in descriptions().place_heads or (
            case_of(noun) in _LOCATIVE and _placed(noun)
        )
    return False


def _placed(token: Token) -> bool:
    """Whether a complement in a preposition of place says where: a verb's argument in
    ``à`` (``a cédé Y à X``) does not, unless the verb places (``situé à X``)."""
    # ("vit à X": the model lemmatises "vit" as "voir")
    lemma = verb_lemma(token.head)
    return token.dep_ not in {"obl:arg", "iobj"} or lemma in (
        _seat_participles() | _placing_verbs()
    )


#: Relations whose verbs place their subject (``vivre à``, ``naître à``, ``s'installer
#: à``): their ``à`` complement is a place, however the parser labels it.
_PLACING_RELATIONS = frozenset({"residesIn", "bornIn", "basedIn", "locatedIn", "opensOfficeIn"})


@functools.cache
def _placing_verbs() -> frozenset[str]:
    """Lemmas of the lexicon's frames that place their subject (``vivre``, ``naître``,
    ``s'implanter``): a name in ``à`` after one is where, not to whom."""
    return frozenset(
        lemma
        for frame in verb_frames()
        if frame.relation in _PLACING_RELATIONS and frame.theme == frozenset({"Place"})
        for lemma in frame.lemmas
    )


def _presented(table: Words, i: int) -> bool:
    """``Derrière ce succès se tient une ingénieure : X``, ``il y a un couple : X et Y``:
    the name a presentational clause (a main verb with an expletive ``se``/``il``/``y``)
    sets after a colon, right after the noun it presents, is what the sentence is about
    (the parser makes that noun an object, and "ce succès" the subject)."""
    if i < 3 or table.text[i - 1] != ":":
        return False
    # (read on the surface: the parser may hang the name on a participle after it)
    noun = i - 2
    while noun > 0 and table.pos[noun] == "ADJ":
        noun -= 1
    if table.pos[noun] != "NOUN":
        return False
    verb = table.head[noun]
    return (
        verb < noun
        and table.dep[verb] == "ROOT"
        and any(table.dep[c].startswith("expl") for c in table.children[verb])
    )


def _names_subject(token: Token) -> bool:
    """``La start-up Lengow a été rachetée``: the name after the subject's class noun is
    the subject, though the parser heads the phrase on the noun; so is a name opening its
    sentence that the parser hung on a verb with no subject (``Média-Presse, premier
    éditeur du pays, a annoncé``: read as an oblique)."""
    table = words(token.doc)
    head = table.head[token.i]
    if (
        token.is_sent_start
        and table.dep[token.i] in {"obl:mod", "advmod", "dep"}
        and table.pos[head] == "VERB"
        and not any(table.dep[c] == "case" for c in table.children[token.i])
        and not any(table.dep[c] in _SUBJECT for c in table.children[head])
    ):
        return True
    if _presented(table, token.i):
        return True
    if _apposed_to_subject(table, token.i):
        return True
    if table.dep[head] not in _SUBJECT or head >= token.i:
        return False
    # (word indices, and the words' texts for origin_word: no Token for the words between)
    between = range(head + 1, token.i)
    if len(between) >= 2 and table.lower[between[0]] in BARE_COMPLEMENT:
        between = between[1:]  # "La banque en ligne Kerys": a bare complement of the noun
        return all(table.pos[j] in {"ADJ", "NOUN"} or origin_text(table.text[j]) for j in between)
    return all(table.pos[j] == "ADJ" or origin_text(table.text[j]) for j in between)


def _apposed_to_subject(table: Words, i: int) -> bool:
    """``Son directeur général, X, a fait savoir``, ``Le vendeur, le fonds X, cède``: a
    name set in apposition to a subject noun that names no one is what the clause is
    about (directly, or through the class noun of the apposition)."""
    head = table.head[i]
    if table.dep[i] != "appos" and table.dep[head] == "appos" and head < i:
        if not all(table.pos[j] == "ADJ" for j in range(head + 1, i)):
            return False
        i, head = head, table.head[head]  # "le fonds X": the class noun is the apposition
    return (
        table.dep[i] == "appos"
        and head < i
        and table.dep[head] in _SUBJECT
        and table.pos[head] == "NOUN"
    )


def _main_clause(token: Token) -> bool:
    """Whether the subject a token names (or belongs to) is that of its sentence's main
    clause, not of a complement or a relative (``X a fait savoir que Y refusait``: X;
    ``Elle a survécu à la crise, que Y a connue``: elle). What is left unattached counts
    as the main clause."""
    t = token
    for _ in range(3):
        if t.dep_ in _SUBJECT or t.head == t:
            break
        t = t.head
    if t.dep_ not in _SUBJECT:
        return True
    verb = t.head
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head  # "X recrute et Y forme": both clauses are the main one
    return verb.dep_ == "ROOT"


def _origin_places(texts: list[str]) -> set[str]:
    return {d.place for text in texts if origin_text(text) and (d := demonym_of(text)) is not None}


def _known_traits(doc: Doc, mentions: Mapping[int, Mention]) -> dict[str, frozenset[str]]:
    """Entity key → what the words next to its names say of it: the places adjectives of
    origin give it (``la start-up nantaise Kiwaï``, ``Kiwaï, une start-up nantaise``) and
    the specific nouns that describe it (``la banque Norvik``: ``noun:banque``) or the
    trade a verb gives it (``Norvik fabrique des pneus``: ``le fabricant``)."""
    found: dict[str, set[str]] = {}
    # the strings from the chunk's table: a Token is built only for the names a seat
    # participle hangs on (every name of every chunk is read here)
    table = words(doc)
    size = len(table.text)
    seated = _seated(doc, table)
    for i, mention in mentions.items():
        if mentions.get(i - 1) is mention:
            continue
        end = i
        while mentions.get(end + 1) is mention:
            end += 1
        before = []
        j = i - 1
        while j >= 0 and (table.pos[j] == "ADJ" or origin_text(table.text[j])):
            before.append(j)
            j -= 1
        after = []
        k = end + 1
        if k + 1 < size and table.text[k] == ",":
            k += 1
            while k < size and table.pos[k] in {"DET", "NOUN", "ADJ", "PROPN"} and k - end < 6:
                if mentions.get(k) is not None:
                    break
                after.append(k)
                k += 1
        # (and the apposition's own noun after its adjectives: "X, la petite coopérative")
        noun = next((t for t in after if table.pos[t] == "NOUN"), None)
        places = _origin_places([table.text[t] for t in before + after]) | {
            _noun_trait_of(table.lemma[t])
            for t in before[-1:] + after[:2] + ([noun] if noun is not None else [])
            if _specific_at(table, t)
        }
        if mention.cls == UNTYPED and j >= 1 and _names_a_thing(table, j):
            places.add(_THING)  # "la tempête Zelma": no company, no person
        if _names_its_trade(table, i, end):
            # "la Laiterie du Bocage": what "la laiterie" means, though "le fabricant"
            # may mean it too (a name's word rules out no other noun)
            places.add(_NAMED + _noun_trait_of(table.lemma[i]))
        if j >= 0 and _specific_at(table, j):
            places.add(_noun_trait_of(table.lemma[j]))  # "la banque Norvik"
        elif (
            j >= 2
            and table.pos[j] == "NOUN"
            and table.lower[j - 1] in BARE_COMPLEMENT
            and _specific_at(table, j - 2)
        ):
            places.add(_noun_trait_of(table.lemma[j - 2]))  # "l'école de design Norvik"
        # "le groupe Teyssier", "Isoléa, une PME": the size the text gives it
        sized = [j] if j >= 0 and table.pos[j] == "NOUN" else []
        places |= {
            scale
            for t in sized + [t for t in after[:2] if table.pos[t] == "NOUN"]
            if (scale := _scale_at(table, t)) is not None
        }
        if i in seated:
            places |= _seats(doc[i])  # "Coliflash, basée à Lille"
        trade = _trade_of(doc, table, i, j)
        if trade is not None:
            places.add(trade)  # "X fabrique des vélos": what "le fabricant" means
        if mention.cls == "Person":
            # "Son mari, X", "Mme X": not whom "la fondatrice" means
            gender = _stated_gender(doc, table, i, end, mention, {})
            if gender is not None:
                places.add(gender)
        if places:
            key = _key(mention)
            found.setdefault(key, set()).update(places)
    return {key: frozenset(places) for key, places in found.items()}


def _names_a_thing(table: Words, j: int) -> bool:
    """Whether the noun at word ``j``, with its article, names what follows as a thing
    (``la tempête X``, ``le navire X``): a common noun no lexicon knows as a class of
    organisation, place or person, nor as a trade or a role."""
    if table.pos[j] != "NOUN" or table.pos[j - 1] != "DET" or not table.text[j][:1].islower():
        return False
    lemma = fold(table.lemma[j])
    lexicon = descriptions()
    return (
        lexicon.class_of(table.text[j]) is None
        and lexicon.class_of(lemma) is None
        and _coref_class_at(table, j) is None
        and lemma not in noun_kin()
        and not _person_noun(lemma)
        and lemma not in lexicon.place_heads
        # ("l'ostréiculteur X", "le mainteneur X": an agent noun names who does a trade)
        and not lemma.endswith(_AGENT_ENDINGS)
    )


#: Endings of French agent nouns (words.json ``agent_endings``), folded.
_AGENT_ENDINGS = tuple(sorted(folded_word_list("agent_endings")))


def _names_its_trade(table: Words, first: int, last: int) -> bool:
    """Whether a name of several words opens on a specific class noun (``Laiterie du
    Bocage``, ``Papeteries de la Vallée``): what ``la laiterie`` later means."""
    # (the cheap tests on the word first: most names are of one word, or open on no noun)
    if last <= first or not table.text[first][:1].isupper():
        return False
    lexicon = descriptions()
    lemma = fold(table.lemma[first])
    return lexicon.class_of(lemma) is not None and lemma not in lexicon.generic_heads


def _trade_of(doc: Doc, table: Words, first: int, before: int) -> str | None:
    """The noun trait of the trade a verb gives the entity named from word ``first`` on as
    its subject (``X fabrique des vélos``, ``la société X fabrique``: ``le fabricant``);
    ``before`` is the word before the name. None if the verb is negated or a modal's."""
    subject = first
    if (
        table.dep[first] not in _SUBJECT
        and before >= 0
        and table.pos[before] == "NOUN"
        and table.head[first] == before
    ):
        subject = before  # the class noun the name hangs on
    verb = table.head[subject]
    if table.dep[subject] not in _SUBJECT or table.pos[verb] != "VERB":
        return None
    noun = trade_verbs().get(fold(verb_lemma(doc[verb])))
    if noun is None:
        return None
    cues = modality()
    if negated(doc[verb], cues.negation_words, cues.negation_markers):
        return None
    return _noun_trait_of(noun)


def _seated(doc: Doc, table: Words) -> frozenset[int]:
    """The words a seat participle (``basée``) hangs on: the only ones :func:`_seats` may
    find a place for (most chunks have none)."""
    participles = _seat_participles()
    return frozenset(table.head[i] for i, lemma in enumerate(table.lemma) if lemma in participles)


def _noun_trait(noun: Token) -> str:
    """The trait a specific class noun gives what it describes: one per kin group, so
    that ``l'enseigne`` means what the text called ``le réseau de magasins``."""
    return _noun_trait_of(noun.lemma_)


def _noun_trait_of(lemma: str) -> str:
    """:func:`_noun_trait` of a noun's lemma."""
    lemma = fold(lemma)
    return f"noun:{noun_kin().get(lemma, lemma)}"


def _scale_trait(noun: Token) -> str | None:
    """``scale:large`` for ``le géant``, ``scale:small`` for ``une PME``: the size a noun
    tells of a company, or None.

    Example:
        >>> import spacy
        >>> _scale_trait(spacy.blank("fr")("la PME")[1])
        'scale:small'
    """
    return _scale_at(words(noun.doc), noun.i)


def _scale_at(table: Words, i: int) -> str | None:
    """:func:`_scale_trait` of word ``i`` of a chunk, read from its table."""
    scales = descriptions().scales
    text = table.text[i]
    words_ = [fold(text), fold(table.lemma[i] or text)]
    # "jeune pousse", "poids lourd": read from either word
    if i > 0:
        words_.insert(0, fold(f"{table.text[i - 1]} {text}"))
    if i + 1 < len(table.text):
        words_.insert(0, fold(f"{text} {table.text[i + 1]}"))
    scale = next((scales[w] for w in words_ if w in scales), None)
    return f"scale:{scale}" if scale is not None else None


def _narrower_class(description: Token, antecedent: Mention) -> str:
    """The antecedent's class, narrowed to a subclass the description's noun announces:
    a name the text calls ``l'entreprise`` or ``la start-up`` is a Company, not just an
    Organization (but not one it calls ``le groupe``: ``broad_descriptions``).

    Example:
        >>> import spacy
        >>> noun = spacy.blank("fr")("la société")[1]
        >>> _narrower_class(noun, Mention("Kelvo", "Organization", 0, 5))
        'Company'
    """
    doc = description.doc
    lexicon = descriptions()
    if fold(description.text) in folded_word_list("broad_descriptions"):
        return antecedent.cls  # "le groupe": a party or a medium is one too
    nouns = [description.text, description.lemma_ or description.text]
    if description.i + 1 < len(doc):
        nouns.insert(0, f"{description.text} {doc[description.i + 1].text}")  # "jeune pousse"
    announced = next((c for n in nouns if (c := lexicon.class_of(n)) is not None), None)
    if announced is not None and antecedent.cls in ontology_classes()[announced].parents:
        return announced
    return antecedent.cls


def _specific_noun(token: Token) -> bool:
    """A class noun that says more than "a company" (``banque``, ``fabricant``)."""
    return _specific_at(words(token.doc), token.i)


def _specific_at(table: Words, i: int) -> bool:
    """:func:`_specific_noun` of word ``i`` of a chunk, read from its table."""
    lexicon = descriptions()
    return table.pos[i] == "NOUN" and bool(
        lexicon.class_of(table.text[i]) and fold(table.lemma[i]) not in lexicon.generic_heads
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
    # ("la PME": a noun of size says the company's size, not its trade; the scale trait
    # alone keeps it off a company the text called a giant)
    scale = _scale_trait(description)
    if scale is not None:
        traits.add(scale)
    elif _specific_noun(description):
        traits.add(_noun_trait(description))
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


def _takeover_words() -> frozenset[str]:
    """Lemmas of taking over a company (``racheter``, ``l'acquisition``), words.json."""
    return folded_word_list("takeover_words")


def _introducing_verbs() -> frozenset[str]:
    """Lemmas of founding and seat verbs (``fonder``, ``baser``), words.json."""
    return folded_word_list("introducing_verbs")


#: Dependencies of the theme of a takeover word: a verb's object, a passive subject, a
#: noun's ``de`` complement (``l'acquisition de Y``), ``s'emparer de Y``.
_TAKEN_OVER = frozenset({"obj", "nsubj:pass", "nmod", "obl:arg"})


def _taken_over(
    doc: Doc, words_at: list[int], found: Callable[[int], Mention | None]
) -> Mention | None:
    """The one organisation a sentence says is taken over (``X a annoncé l'acquisition de
    Y``, ``le rachat de 80 % de Y``, ``Y a été racheté``), or None when it names none or
    several.

    Args:
        doc: The parsed chunk.
        words_at: The indices of the sentence's takeover words.
        found: Token index → the named or resolved mention there, if any.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("fr")("Kelvo rachète Corvex")
        >>> _taken_over(doc, [1], lambda i: None) is None
        True
    """
    targets: dict[str, Mention] = {}
    for token in (doc[i] for i in words_at):
        if token.pos_ not in {"VERB", "NOUN"}:
            continue
        # (one noun of quantity between: "le rachat de 80 % de Y", "la totalité de Y")
        frontier = [c for c in token.children if c.dep_ in _TAKEN_OVER]
        if token.pos_ == "VERB" and token.i + 1 < len(doc) and doc[token.i + 1] not in frontier:
            # "a racheté Kalvio": the name right after the verb is its object, however the
            # parser hung it (a modifier, an xcomp)
            frontier.append(doc[token.i + 1])
        for _ in range(2):
            step = []
            for child in frontier:
                case = case_of(child)
                if child.dep_ in {"nmod", "obl:arg"} and case is not None and case not in DE:
                    continue  # "le rachat par sa filiale": the buyer, not the theme
                # (a name with no preposition: "la société Kalvio", the noun's own name)
                mention = found(child.i)
                # (a name NER left untyped: what is taken over is an organisation)
                if mention is not None and coarse(mention.cls) in {"Organization", UNTYPED}:
                    targets[_key(mention)] = mention
                elif child.pos_ in {"NOUN", "NUM", "SYM"}:
                    # ("la société Brivane": the class noun's own name, however hung)
                    step += [c for c in child.children if c.dep_ in {"nmod", "flat:name", "appos"}]
            frontier = step
    return next(iter(targets.values())) if len(targets) == 1 else None


@functools.cache
def _seat_nouns() -> frozenset[str]:
    """Nouns of a company's seat (``siège``): those of the lexicon's ``basedIn`` nominal
    frames."""
    return frozenset(
        fold(noun) for frame in noun_frames() if frame.relation == "basedIn" for noun in frame.nouns
    )


def _seat_relative(noun: Token) -> bool:
    """Whether a relative clause on the noun gives its seat: ``l'entreprise, dont le siège
    est à Lorient`` (read word by word: the parser often hangs ``dont`` elsewhere)."""
    doc = noun.doc
    j = noun.i + 1
    while j < len(doc) and doc[j].pos_ == "ADJ":
        j += 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    return (
        j + 2 < len(doc)
        and doc[j].lower_ == "dont"
        and doc[j + 1].pos_ == "DET"
        and fold(doc[j + 2].lemma_) in _seat_nouns()
    )


def _introduces(noun: Token) -> bool:
    """Whether a description's clause states a founding or a seat (``Fondée en 1990, la
    société est basée à Lyon``, ``la maison a été cofondée par``, ``la société, créée en
    2011, ...``, ``l'entreprise, dont le siège est à Lorient``): what a text says of a
    company it has just named for the first time.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("fr")("la société")
        >>> _introduces(doc[1])
        False
    """
    verbs = _introducing_verbs()
    if any(c.dep_ == "acl" and fold(c.lemma_) in verbs for c in noun.children):
        return True
    if _seat_relative(noun):
        return True
    if _after_fronted_participle(noun, verbs):
        return True
    if noun.dep_ not in _SUBJECT:
        return False
    head = noun.head
    fronted = head.head
    if (
        head.dep_ == "conj"
        and fronted.i < noun.i
        and fold(fronted.lemma_) in verbs
        and "Part" in fronted.morph.get("VerbForm", [])
        and not any(c.dep_ in _SUBJECT for c in fronted.children)
    ):
        # "Installée à Brest, la société emploie ...": the parser made the fronted
        # participle the root and the main verb its conjunct
        return True
    return fold(head.lemma_) in verbs or any(
        # (a fronted participle, "Fondée en 1962 par X, la compagnie", parsed as one;
        # "Cofondée en 2016 par X" may be read as a noun, its lemma left as the form)
        c.dep_ in {"advcl", "acl", "xcomp", "obl:mod", "dep", "advmod"}
        and c.pos_ in {"VERB", "ADJ", "NOUN"}  # ("Basée à Lyon": read as an adjective)
        and c.i < noun.i
        and fold(verb_lemma(c)) in verbs
        for c in head.children
    )


@functools.cache
def _telling_verbs() -> frozenset[str]:
    """Lemmas of verbs that tell (``raconter``, ``révéler``, ``rapporter``): the speech
    verbs and medium cues of attribution.json."""
    cues = attribution()
    return cues.speech_lemmas | cues.medium_cues


def _after_fronted_participle(noun: Token, verbs: frozenset[str]) -> bool:
    """``Cofondée en 2016 par X, la petite société ...``, read on the surface: the
    sentence opens with a participle of an introducing verb and the description's
    determiner follows a comma (the parser may make the participle the root and the
    description an apposition to its agent)."""
    doc = noun.doc
    det = next((c for c in noun.children if c.dep_ == "det" and c.i < noun.i), None)
    if det is None or det.i == 0 or doc[det.i - 1].text != ",":
        return False
    first = doc[sentence_start(noun)]
    return (
        first.i < det.i
        and first.lower_.endswith(REGULAR_PARTICIPLE_ENDINGS)
        and fold(verb_lemma(first)) in verbs
    )


def _former_employer(token: Token) -> bool:
    """Whether a name is only the organisation of someone's past role (``lui était
    directeur commercial de X``, ``une ancienne ingénieure de X``): a biography names it
    in passing, it is not what the text goes on to speak of.

    Example:
        >>> import spacy
        >>> _former_employer(spacy.blank("fr")("Kelvo")[0])
        False
    """
    noun = token.head
    if case_of(token) == "chez" and noun.lemma_ in _CAREER_VERBS:
        return True  # "elle a passé douze ans chez X", "il a travaillé chez X"
    if token.dep_ != "nmod" or case_of(token) not in DE or noun.pos_ != "NOUN":
        return False
    table = words(token.doc)
    if _office_role(table, noun.i) is None:
        return False
    if any(fold(c.text) in _FORMER for c in noun.children if c.i < noun.i):
        return True
    # (a role predicated in the past: "était directeur de X", "avait été présidente de X")
    return any(c.dep_ == "cop" and "Imp" in c.morph.get("Tense", []) for c in noun.children)


def _misread_noun(table: Words, i: int) -> bool:
    """Whether word ``i`` is a description the tagger took for a name (``a déclaré la
    fondatrice``, ``l'enseigne s'est imposée``: lower case, tagged as a proper noun)."""
    return (
        table.pos[i] == "PROPN"
        and table.text[i][:1].islower()
        and _coref_class_at(table, i) is not None
    )


def _compound_before(noun: Token) -> bool:
    """Whether the text wrote the noun earlier as the head of a compound, with a bare
    complement and no name after it (``le réseau de bus``)."""
    table = words(noun.doc)
    lemma = table.lemma[noun.i]
    return any(
        table.lemma[j] == lemma
        and table.lower[j + 1] in BARE_COMPLEMENT
        and table.pos[j + 2] == "NOUN"
        and (j + 3 >= len(table.text) or table.pos[j + 3] != "PROPN")
        for j in range(0, noun.i - 2)
    )


def _description_class(token: Token, own_class: str | None = None) -> str | None:
    """Class a definite description refers to, or None if ``token`` heads none;
    ``own_class`` is that of the organisation whose name the noun opens (``la brûlerie``
    after ``la Brûlerie des Mornes``), for a noun that announces no class of its own."""
    if own_class is not None or token.pos == NOUN or _misread_noun(words(token.doc), token.i):
        start = token
    elif (first := _compound_start(words(token.doc), token.i)) is not None:
        start = token.doc[first]
    else:
        return None
    # the class first: most nouns announce none, and it is read from the chunk's strings
    # while the checks below build the noun's morphology and children
    cls = own_class or _coref_class(start)
    if cls is None or "Plur" in token.morph.get("Number", []):
        return None
    if (fold(token.lemma_) in _BUYERS or fold(token.text) in _BUYERS) and not any(
        fold(c.text) in _FORMER for c in token.children if c.i < token.i
    ):
        # "elle cède ses parts à l'acheteur": the buyer of the deal the text told (the
        # verb frames read it so), never the person salience would give a trade noun
        # (but "cette ancienne acheteuse" is a trade held before, a person's)
        return None
    # "la direction générale du sous-traitant": the article fused with its preposition
    dets = [c for c in token.children if c.dep_ == "det" or c.lower_ in FUSED_ARTICLES]
    # ("Sa fondatrice préside le conseil": a person's role under a possessive is someone
    # the text named)
    possessive = cls == "Person" and bool(dets) and dets[0].lower_ in descriptions().possessives
    if not dets or (dets[0].lower_ not in DEFINITE | FUSED_ARTICLES and not possessive):
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
            nxt.pos_ == "ADJ" or origin_word(nxt) or (complement and nxt.pos_ in {"NOUN", "PROPN"})
        ):
            break
        nxt = token.doc[nxt.i + 1]
    # "au groupe familial breton Marvane": a lower-case word the tagger took for a name
    # comes before the description's own name
    while (
        nxt is not None
        and nxt.i + 1 < len(token.doc)
        and nxt.pos_ == "PROPN"
        and nxt.text[:1].islower()
    ):
        nxt = token.doc[nxt.i + 1]
    # "la marque La Mouette", "le quotidien Le Télégramme": the capitalised article opens
    # the name that follows
    if (
        nxt is not None
        and nxt.i + 1 < len(token.doc)
        and nxt.pos_ == "DET"
        and nxt.text[:1].isupper()
        and mention_at(nxt) is None
        and mention_at(token.doc[nxt.i + 1]) is not None
    ):
        nxt = token.doc[nxt.i + 1]
    if nxt is not None and mention_at(nxt) is not None and nxt.i not in token.doc._.kg_coref:
        return None
    if fold(start.lemma_) in _COMPOUND_HEADS and (complement or _compound_before(start)):
        # "le réseau de distribution": a kind of thing, no company; and once the text
        # spoke of "le réseau de bus", "le réseau" is that thing
        return None
    # "le groupe « Vivre ensemble »": a quoted name follows, typing too
    if nxt is not None and nxt.text in OPENING_GUILLEMETS:
        return None
    # "le président du syndicat, Jean Dupont": the name set off after the description's
    # complement is its own, so this is typing too, not reference
    if any(
        c.dep_ == "appos"
        and c.i > token.i
        and token.doc[c.i - 1].text == ","
        and mention_at(c) is not None
        and c.i not in token.doc._.kg_coref
        for c in token.children
    ):
        return None
    # "Brumelune, le studio montpelliérain": an apposition to the name before describes it
    # (so does one the parser hung elsewhere, closed by a comma before any verb: "X, le
    # fonds de capital-risque de Y, ..."; not "Après avoir racheté X, le groupe a ...")
    # (not a person's name before an organisation's description: "Fondée par X, la jeune
    # entreprise" is the participle's agent, then the clause's subject)
    before = dets[0].i - 1
    named = mention_at(token.doc[before - 1]) if before > 0 else None
    if cls == "Person" and (
        _set_off_beside_person(token, before, named) or _predicate(words(token.doc), token.i)
    ):
        return None
    if (
        before > 0
        and token.doc[before].text == ","
        and (
            # (nor a place's: "Créée à Lyon par X, ancienne de Y France, l'enseigne")
            (named is not None and compatible(named.cls, frozenset({cls})))
            or _named_before_acronym(token.doc, before - 1)
        )
        and (
            (token.head.i < token.i and mention_at(token.head) is not None)
            or _closed_before_a_verb(token)
            or _relative_follows(token)
        )
    ):
        return None
    # "l'entreprise de Xavier Niel": the complement says which one (a place does not:
    # "cette native de Strasbourg"; nor an employer after a demonstrative person: "cette
    # ancienne acheteuse de Smoby" is someone the text named)
    demonstrative = cls == "Person" and dets[0].lower_ in DEMONSTRATIVE
    if not demonstrative and any(
        c.dep_ == "nmod"
        and case_of(c) in DE
        and (found := mention_at(c)) is not None
        and coarse(found.cls) != "Place"
        for c in token.children
    ):
        return None  # (not "la dirigeante à Ouest-France", a complement of the verb misread)
    return cls


def _predicate(table: Words, i: int) -> bool:
    """Whether word ``i`` is a copula's predicate (``X, qui en est la présidente``), which
    says what someone is and refers to no one."""
    return any(table.dep[c] == "cop" for c in table.children[i])


def _set_off_beside_person(noun: Token, before: int, named: Mention | None) -> bool:
    """``X, le PDG du groupe``, ``Le directeur général, X, a rejoint``: a person's noun
    set off right after a person's name, or followed (after its adjectives or its
    complement) by one set off, describes that person whatever the parser hung it on
    (``before``: the word before its determiner, ``named``: the mention of the word before
    that)."""
    doc = noun.doc
    while before > 1 and doc[before].pos_ == "ADV":
        before -= 1  # "X, aujourd'hui sa présidente"
        named = mention_at(doc[before - 1])
    if (
        before > 0
        and doc[before].text == ","
        and named is not None
        and coarse(named.cls) == "Person"
    ):
        return True
    # (the first comma, before any verb: "Le directeur des ventes du groupe Y, X, a répondu")
    comma = noun.i + 1
    while comma < len(doc) and doc[comma].pos_ not in {"VERB", "AUX", "PUNCT"}:
        comma += 1
    person = mention_at(doc[comma + 1]) if comma + 1 < len(doc) else None
    return person is not None and doc[comma].text == "," and coarse(person.cls) == "Person"


def _own_heads(
    table: Words, mentions: Mapping[int, Mention]
) -> dict[str, list[tuple[int, Mention]]]:
    """The common noun each organisation's name of a chunk opens with (``Brûlerie`` of
    ``Brûlerie des Mornes``, ``Savonnerie`` of ``Savonnerie Chahine``), folded, with where
    each such name starts: a noun that opens organisations' names (names.json's heads and
    endings; not a thing's, ``Tungstène du Limousin``) and announces no class of its own
    (those of ``coref_heads`` refer by salience); its singular too (``Ateliers X``), and
    such a noun written in lower case right before a name (``la maison Dethier``)."""
    opens = name_heads().head_class
    heads: dict[str, list[tuple[int, Mention]]] = {}
    # "la maison Dethier ... la maison": the lower-case noun that introduced the name
    # (unless a name opens with that noun: "la Moutarderie X, un ancien de la moutarderie
    # Y ... la moutarderie" is X)
    introduced: dict[str, list[tuple[int, Mention]]] = {}
    for i, mention in mentions.items():
        if mentions.get(i - 1) is mention or coarse(mention.cls) != "Organization":
            continue  # (a name's first word only)
        word = table.text[i]
        if (
            mentions.get(i + 1) is mention  # (a one-word name opens with no noun)
            and opens(word) is not None
            and _coref_class_at(table, i) is None
        ):
            heads.setdefault(fold(word), []).append((i, mention))
            if word.endswith("s"):
                # "les Ateliers Delepine ... l'atelier": the singular names it too
                heads.setdefault(fold(word[:-1]), []).append((i, mention))
        before = i - 1
        if (
            before >= 0
            and mentions.get(before) is None
            and table.pos[before] == "NOUN"
            and table.text[before].islower()
            and opens(table.text[before]) is not None
            and _coref_class_at(table, before) is None
        ):
            introduced.setdefault(fold(table.text[before]), []).append((i, mention))
    return introduced | heads


def _named_before_acronym(doc: Doc, close: int) -> bool:
    """Whether word ``close`` ends an acronym in parentheses right after a name (``X
    (SSD), la société des anciens dirigeants``): the description after the comma is an
    apposition to that name.

    Example:
        >>> import spacy
        >>> _named_before_acronym(spacy.blank("fr")("Kelvo (KV) ,"), 3)
        False
    """
    if doc[close].text != ")" or close < 3 or doc[close - 2].text != "(":
        return False
    # (the acronym alone may be the mention: NER cuts long names short)
    return mention_at(doc[close - 1]) is not None or mention_at(doc[close - 3]) is not None


def _relative_follows(noun: Token) -> bool:
    """Whether a relative pronoun follows the noun right after its adjectives (``X, le
    distributeur lyonnais que Y a racheté``): the phrase describes the name before it,
    however the parser hung the relative clause.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("fr")("Corvex, le distributeur lyonnais que Kelvo a racheté")
        >>> doc[4].pos_ = "ADJ"
        >>> _relative_follows(doc[3])
        True
    """
    doc = noun.doc
    j = noun.i + 1
    while j < len(doc) and (doc[j].pos_ == "ADJ" or origin_word(doc[j])):
        j += 1
    return j < len(doc) and doc[j].lower_ in _RELATIVE_PRONOUNS


#: Punctuation that closes a sentence (and so the phrase before it).
_FINAL_STOPS = frozenset({".", "!", "?", ";", "…"})


def _closed_before_a_verb(noun: Token) -> bool:
    """Whether a comma or a closing parenthesis ends the noun's phrase right after its
    adjectives and ``de`` complements (``le fonds de capital-risque de Y,``): the phrase
    is an apposition, whatever the parser made of it, not a clause's subject (``la
    société revendique 9 000 clients,``). So does the sentence's final stop."""
    doc = noun.doc
    last = sentence_end(noun)
    end = min(noun.i + 10, last)
    i = noun.i + 1
    while i < end and doc[i].pos_ == "ADJ":
        i += 1
    while i < end:
        if doc[i].text in {",", ")"}:
            return True
        if i == last - 1 and doc[i].text in _FINAL_STOPS:
            return True  # "..., par Norvik, le géant rennais de l'agroalimentaire."
        if doc[i].text == "(":
            # "le fabricant de turbines de Laruns (Pyrénées-Atlantiques), racheté": an
            # aside closes the phrase when a comma follows it
            closing = next((t.i for t in doc[i:last] if t.text == ")"), None)
            return closing is not None and closing + 1 < last and doc[closing + 1].text == ","
        if doc[i].lower_ not in DE:
            return False
        i += 1
        while i < end and doc[i].pos_ == "DET":
            i += 1
        # (the tagger may read a bare plural after "de" as an adjective: "de turbines")
        if i >= end or doc[i].pos_ not in {"NOUN", "PROPN", "ADJ"}:
            return False
        while i < end and (doc[i].pos_ in {"NOUN", "PROPN", "ADJ"} or doc[i].text == "-"):
            i += 1
    return False


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
    if fold(table.span_text(i, i + 2)) in _coref_multiwords():
        return i
    return None


@functools.cache
def _coref_multiwords() -> frozenset[str]:
    """The multi-word head nouns of every class of ``coref_heads``, in one set."""
    return frozenset(word for _, _, multiword in _coref_heads() for word in multiword)


def _coref_class(token: Token) -> str | None:
    """The class a description noun announces (``entreprise``, ``start-up``), if any."""
    return _coref_class_at(words(token.doc), token.i)


def _coref_class_at(table: Words, i: int) -> str | None:
    """:func:`_coref_class` of word ``i`` of a chunk, read from its table."""
    # the tokenizer splits "start-up" into three tokens; the parser heads it on "start"
    return _coref_class_of(table.text[i], table.span_text(i, min(i + 3, len(table.text))))


@functools.lru_cache(maxsize=1 << 14)
def _coref_class_of(word: str, words_: str) -> str | None:
    """:func:`_coref_class` of a word, ``words_`` being it and the next two as written
    (``jeune pousse``); cached: it is asked of every noun of every chunk."""
    word = fold(word)
    compound = None
    for cls, heads, multiword in _coref_heads():
        if word in heads:
            return cls
        if multiword:
            if compound is None:
                compound = fold(words_)
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
        if text in OPENING_GUILLEMETS:
            opened += 1
        elif text in CLOSING_GUILLEMETS and opened:
            opened -= 1
    return opened > 0


def _in_quotation(table: Words, i: int) -> bool:
    """Whether word ``i`` stands inside a quotation opened in its paragraph, in its
    sentence or one before (``« On ne ferme pas la salle. Elle déménage. »``)."""
    opened = 0
    j = i - 1
    while j >= 0 and not (table.space[j] and "\n" in table.text[j]):
        if table.text[j] in CLOSING_GUILLEMETS:
            opened -= 1
        elif table.text[j] in OPENING_GUILLEMETS:
            opened += 1
        j -= 1
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
    return (
        role is not None
        and role.object == frozenset({"Organization"})
        and (role.subject <= frozenset({"Organization", "Product"}))
    )


def _related_names(noun: Token) -> list[Mention]:
    """The names a possessed relation noun presents: set off after it (``sa filiale, X``)
    or before it (``X et Y, ses deux concurrents``)."""
    doc = noun.doc
    found = [m for c in noun.children if c.dep_ == "appos" and (m := mention_at(c)) is not None]
    named = named_by(noun)
    # (not a clause's subject after it: "Moins connue que ses concurrentes, X revendique")
    if named is not None and named.dep_ not in _SUBJECT and (m := mention_at(named)) is not None:
        found.append(m)
    if noun.dep_ == "appos" and noun.head.i < noun.i and doc[noun.i - 1].pos_ != "VERB":
        heads = [noun.head, *(c for c in noun.head.children if c.dep_ == "conj")]
        found += [m for h in heads if (m := mention_at(h)) is not None]
    return found


def _held_in_organisations(noun: Token) -> bool:
    """Whether a possessed noun is a role a person holds in an organisation (``sa
    directrice générale``, ``son fondateur``), from the role lexicon."""
    role = roles().get(fold(noun.lemma_)) or roles().get(fold(noun.text))
    return (
        role is not None
        and role.object == frozenset({"Organization"})
        and ("Person" in role.subject)
    )


#: Object clitics that may stand for an organisation a person leads.
_OBJECT_CLITICS = frozenset({"le", "la", "l'", "l\u2019"})


def _leads_clitic(table: Words, i: int) -> bool:
    """Whether word ``i`` is the object clitic of a verb of leading (``leading_verbs`` of
    ``words.json``: ``Marie Roy la dirige``), standing before it."""
    head = table.head[i]
    return (
        table.dep[i] == "obj"
        and head > i
        and table.pos[head] == "VERB"
        and table.lemma[head] in _LEADING_VERBS
    )


#: Verbs of leading an organisation (words.json ``leading_verbs``).
_LEADING_VERBS = word_list("leading_verbs")


def _organisation_here(
    doc: Doc,
    start: int,
    end: int,
    mentions: Mapping[int, Mention],
    resolved: Mapping[int, Mention],
    others: frozenset[str] = frozenset(),
) -> Mention | None:
    """``La société Y est dirigée par X, qui en est la présidente``: the organisation the
    sentence named as its subject before ``en``; None when it named none so (``X, ancien
    directeur de Valeo, en prend la direction``: Valeo is no subject, and "en" means what
    the text spoke of before); not the entities ``others`` (keys), the subject of
    ``en``'s own clause (``Le groupe X en est membre``)."""
    found: dict[str, tuple[Mention, bool]] = {}
    for j in range(start, end):
        mention = mentions.get(j) or resolved.get(j)
        if mention is None or coarse(mention.cls) != "Organization" or _key(mention) in others:
            continue
        if mention.cls in _NOT_BUSINESS or mention.cls == "MediaOrganization":
            continue  # ("a déclaré au Figaro X, qui en est"): the medium is no one's employer
        subject = doc[j].dep_ in _SUBJECT or (
            doc[j].head.dep_ in _SUBJECT and doc[j].dep_ in {"nmod", "appos", "flat:name"}
        )
        key = _key(mention)
        found[key] = (mention, subject or found.get(key, (mention, False))[1])
    subjects = [m for m, subject in found.values() if subject]
    return subjects[0] if len(subjects) == 1 else None


def _share_holders(pronoun: Token, resolved: Mapping[int, Mention]) -> frozenset[str]:
    """The keys of the entities named in the subject of the verb of holding whose share
    ``en`` stands for the whole of (``La banque X, actionnaire historique, en détient
    20 %``): what ``en`` cannot mean; none when ``en`` is no such share's."""
    verb = pronoun.head
    if verb == pronoun or not holds_a_stake(verb):
        return frozenset()
    # (every subject the parser found, "Son actionnaire, la société X, en détenait": the
    # possessive of the subject phrase stands for what is held, not for a holder)
    return frozenset(
        _key(found)
        for subject in verb.children
        if subject.dep_ in _SUBJECT
        for t in subject.subtree
        if t.dep_ != "det" and (found := mention_at(t) or resolved.get(t.i)) is not None
    )


def _relative_owner(pronoun: Token) -> Mention | None:
    """The organisation a relative clause holding ``en`` describes (``Mutalys, qui en
    était propriétaire``, ``X, la holding qui en détenait 100 %``), which ``en`` cannot
    stand for; None outside such a clause.

    Example:
        >>> import spacy
        >>> _relative_owner(spacy.blank("fr")("en")[0]) is None
        True
    """
    verb = pronoun.head
    # (a copula's predicate heads the clause: "qui en était propriétaire")
    if verb.dep_ != "acl:relcl" or verb == pronoun:
        return None
    noun = verb.head
    # "X, la holding familiale qui en détenait": the noun is in apposition to the name
    name = noun.head if noun.dep_ == "appos" and mention_at(noun) is None else noun
    # ("le groupe mutualiste Mutalys, qui en était": the name the class noun heads)
    found = mention_at(name) or (mention_at(n) if (n := named_by(name)) is not None else None)
    return found if found is not None and coarse(found.cls) == "Organization" else None


def _person_of_gender(
    salience: Salience, gender: str | None, known: Mapping[str, frozenset[str]]
) -> Mention | None:
    """The person a pronoun of the gender means: the most salient one the text gave that
    gender, else the only person met whose gender is not the other; None when several
    may be meant ("la brodeuse X et son mari, Y. Née à Lyon, elle ...": X, not Y, only
    if the text said which is a woman)."""
    keys = [k for k in salience.scores if coarse(salience._class(k)) == "Person"]
    agreeing: list[str] = []
    if gender is not None:
        keys = [k for k in keys if _OTHER_GENDER[gender] not in known.get(k, frozenset())]
        agreeing = [k for k in keys if gender in known.get(k, frozenset())]
    if agreeing:
        keys = agreeing
    elif len(keys) != 1:
        return None
    best = max(keys, key=lambda k: salience.scores[k])
    return salience.latest[best]


def _only_person(
    persons: list[Mention], gender: str | None, known: Mapping[str, frozenset[str]]
) -> Mention | None:
    """The one person among ``persons`` the text gave no other gender than ``gender``;
    None when there are none or several."""
    keys = {
        _key(m)
        for m in persons
        if gender is None or _OTHER_GENDER[gender] not in known.get(_key(m), frozenset())
    }
    if len(keys) != 1:
        return None
    (key,) = keys
    return next(m for m in reversed(persons) if _key(m) == key)


@dataclass(frozen=True, slots=True)
class _Demonstrative:
    """A demonstrative pronoun standing alone (``celle-ci``, ``ce dernier``): its words
    [start, end) and the gender it agrees in (``gender:Fem``)."""

    start: int
    end: int
    gender: str


def _speaks(table: Words, j: int) -> bool:
    """Whether word ``j`` is the subject of a verb of saying (or its speaker the parser
    made an object: :func:`_inverted_speaker`)."""
    return (table.dep[j] in _SUBJECT and _says(table, table.head[j])) or _inverted_speaker(table, j)


def _inverted_speaker(table: Words, j: int) -> bool:
    """``« ... », a confié ce dernier au Télégramme``: the parser makes the speaker set
    after a verb of saying its object."""
    verb = table.head[j]
    return table.dep[j] == "obj" and verb < j and _says(table, verb)


def _says(table: Words, i: int) -> bool:
    """Whether word ``i`` is a verb of saying."""
    return table.pos[i] == "VERB" and table.lemma[i] in _SPEECH_LEMMAS


def _demonstratives(doc: Doc, table: Words, forms: Mapping[str, str]) -> list[_Demonstrative]:
    """The demonstrative pronouns of a chunk (``forms``: as written → gender); not a
    demonstrative determiner before its noun (``cette dernière usine``)."""
    firsts = {form.split()[0].split("-")[0] for form in forms}
    size = len(table.text)
    found: list[_Demonstrative] = []
    for i, lower in enumerate(table.lower):
        if lower.split("-")[0] not in firsts:
            continue
        # (the tokenizer cuts "celle-ci" in three words, or keeps it whole)
        for end in range(i + 1, min(i + 4, size + 1)):
            gender = forms.get(doc[i:end].text.lower())
            if gender is None:
                continue
            if end >= size or table.pos[end] not in {"NOUN", "ADJ", "PROPN"}:
                found.append(_Demonstrative(i, end, f"gender:{gender}"))
            break
    return found


def _word_gender(token: Token) -> str | None:
    genders = _gender(token)
    return next(iter(genders)) if len(genders) == 1 else None


def _person_noun(lemma: str) -> bool:
    """A noun only a person is (``mari``, ``fondatrice``, ``directeur``): its gender is
    the name's set off after it."""
    word = fold(lemma)
    return (
        word in _PARTNER_NOUNS
        or word in roles()
        or word in descriptions().coref_heads.get("Person", frozenset())
    )


def _stated_gender(
    doc: Doc,
    table: Words,
    first: int,
    last: int,
    mention: Mention,
    known: Mapping[str, frozenset[str]],
) -> str | None:
    """The gender the text gave an entity named at words [first, last]: the noun or title
    its name hangs on (``la société X``, ``Mme X``), its apposition's noun (``X, directrice
    de Y``), for a person the pronouns that stood for them; None if none or several."""
    # (no key to build when nothing is known: what _known_traits asks, of every person)
    said = (
        {t for t in known.get(_key(mention), frozenset()) if t in _OTHER_GENDER} if known else set()
    )
    name = range(first, last + 1)
    before = first - 1
    if (
        before >= 0
        and table.pos[before] == "NOUN"
        and (table.head[first] == before or table.head[before] in name)
    ):
        said |= _gender(doc[before])
    noun = before - 1
    while noun > 0 and table.pos[noun] == "ADJ":
        noun -= 1  # "Son directeur financier, X": the noun before its adjectives
    if (
        before >= 1
        and table.text[before] == ","
        and table.pos[noun] == "NOUN"
        # (or hung beside it, on the verb: "à son neveu, Komlan Dogbé, qui")
        and table.head[first] in {noun, table.head[noun]}
        and _person_noun(table.lemma[noun])
    ):
        said |= _gender(doc[noun])  # "Son mari, X"
    k = last + 2
    if k < len(table.text) and table.text[last + 1] == ",":
        while k < len(table.text) and table.pos[k] in {"DET", "ADJ"}:
            k += 1
        if k < len(table.text) and table.pos[k] == "NOUN" and table.head[k] in name:
            said |= _gender(doc[k])
    return next(iter(said)) if len(said) == 1 else None


def _last_mentioned(
    doc: Doc,
    table: Words,
    demonstrative: _Demonstrative,
    stop: int,
    found: Callable[[int], Mention | None],
    known: Mapping[str, frozenset[str]],
    speaks: bool = False,
) -> Mention | None:
    """The entity a demonstrative pronoun stands for: the last person or organisation
    mentioned before it (back to word ``stop``) of its gender. None as soon as a word it
    may as well mean comes first: an entity or a singular noun of its gender or of no
    gender the text tells (``Kelvo a lancé un scooter. Ce dernier ...``: the scooter); a
    place does not when the demonstrative ``speaks`` (``X a quitté Lyon. « ... », a confié
    ce dernier``)."""
    j = demonstrative.start - 1
    while j >= stop:
        mention = found(j)
        if mention is not None and table.dep[j] == "det":
            j -= 1  # a possessive ("sa directrice"): the noun it owns is what was mentioned
            continue
        if mention is not None:
            first = j
            while first > stop and found(first - 1) is mention:
                first -= 1
            if speaks and coarse(mention.cls) == "Place":
                j = first - 1
                continue
            if coarse(mention.cls) not in {"Person", "Organization"}:
                return None
            gender = (
                _word_gender(doc[j])
                if table.pos[j] in {"NOUN", "PRON"}  # a description or a pronoun
                else _stated_gender(doc, table, first, j, mention, known)
            )
            if gender == demonstrative.gender:
                return mention
            if gender is None:
                return None
            j = first - 1
            continue
        if table.pos[j] == "PROPN":
            return None  # a name that is no entity: what it is, and its gender, unknown
        head = table.head[j]
        if head < j and found(head) is not None:
            pass  # "Mme X, directrice commerciale": the name's apposition is that name's
        elif table.pos[j] == "NOUN" and "Plur" not in doc[j].morph.get("Number", []):
            gender = _word_gender(doc[j])
            if gender is None or gender == demonstrative.gender:
                return None
        j -= 1
    return None


@functools.cache
def _person_words() -> frozenset[str]:
    """Folded lemmas and participles only a person is said to be or do (words.json
    ``private_life_verbs`` and ``person_participles``)."""
    return folded_word_list("private_life_verbs") | folded_word_list("person_participles")


def _person_only(pronoun: Token) -> bool:
    """Whether a subject pronoun's clause says what only a person is or does: its verb is
    one of private life (``il vit à Lyon``, ``elle est née à Brest``), a participle of
    one opens the sentence (``Né à Briançon, il ...``, ``Diplômée de l'Essec, elle ...``),
    or it says who spoke the words just quoted (``« ... », a-t-elle déclaré``).

    Example:
        >>> import spacy
        >>> _person_only(spacy.blank("fr")("il")[0])
        False
    """
    verb = pronoun.head
    person = _person_words()

    def says(token: Token) -> bool:
        return fold(verb_lemma(token)) in person or fold(token.text) in person

    if _quote_incise(pronoun):
        return True
    if verb.i == pronoun.i:
        return False
    if says(verb):
        # (not "elle vit une période difficile": the verb of a home has no object)
        return not any(c.dep_ == "obj" for c in verb.children)
    return any(
        says(c)
        for c in verb.children
        if c.i < pronoun.i and c.dep_ in {"advcl", "acl", "amod", "obl:mod", "dep", "xcomp"}
    )


def _quote_incise(pronoun: Token) -> bool:
    """Whether an inverted subject pronoun is the speaker of the quotation before its
    incise (``« ... », a-t-elle déclaré``, ``« ... », explique-t-il``): a person's words,
    not a company's (which the text gives as a statement, ``a indiqué la société``)."""
    if not inverted_subject(pronoun):
        return False
    doc = pronoun.doc
    start = sentence_start(pronoun)
    j = pronoun.i - 1
    verbs = []
    while j > start and doc[j].text != ",":
        if doc[j].pos_ in {"VERB", "AUX"}:
            verbs.append(doc[j])
        j -= 1
    if j <= start or doc[j - 1].text not in CLOSING_QUOTES or pronoun.i - j > 4:
        return False
    after = [t for t in doc[pronoun.i + 1 : min(pronoun.i + 3, len(doc))] if t.pos_ == "VERB"]
    verb = after[0] if after else (verbs[0] if verbs else None)
    return verb is not None and verb_lemma(verb) in _SPEECH_LEMMAS


def _kin(noun: Token) -> bool:
    """Whether a possessed noun is a person's kin or partner (``son époux``, ``sa sœur``:
    words.json ``partner_nouns``)."""
    return fold(noun.lemma_) in _PARTNER_NOUNS or fold(noun.text) in _PARTNER_NOUNS


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
    if subject is None:
        return frozenset()
    # ("Le groupe X en est membre": the name the parser hung on the subject's class noun)
    named = [subject, *(c for c in subject.children if c.dep_ in {"flat:name", "appos"})]
    mention = next((m for t in named if (m := mention_at(t)) is not None), None)
    return frozenset({_key(mention)}) if mention is not None else frozenset()


def _kin_described(noun: Token) -> frozenset[str]:
    """The salience key of the person a kin noun governing the description describes:
    ``X, petite-fille du fondateur`` (or ``la petite-fille du fondateur, X``) speaks of
    another person than X."""
    kin = noun.head
    if noun.dep_ != "nmod" or not _kin(kin) or case_of(noun) not in DE:
        return frozenset()
    named = [kin.head] if kin.dep_ == "appos" else []
    named += [c for c in kin.children if c.dep_ == "appos" and c.i > noun.i]
    return frozenset(_key(m) for t in named if (m := mention_at(t)) is not None)


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
                # ("Le dirigeant de Y, X, ...": the name in apposition to the noun)
                found = next(
                    (
                        mention_at(c)
                        for c in child.children
                        if mention_at(c) is not None and (c.i == child.i + 1 or c.dep_ == "appos")
                    ),
                    None,
                )
            if found is not None and coarse(found.cls) in {"Person", "Organization"}:
                return found
    # "le groupe veut se recentrer sur un marché où il a racheté Y": the subject the
    # governing infinitive inherits from its own governor
    if not any(c.dep_ in _SUBJECT for c in governor.children):
        inherited = subject_of(governor)
        if (
            inherited is not None
            and inherited.i < pronoun.i
            and quoted(inherited) == quoted(pronoun)
            and (found := mention_at(inherited)) is not None
            and coarse(found.cls) in {"Person", "Organization"}
        ):
            return found
    return None


def _stands_for_a_thing(pronoun: Token) -> bool:
    """``Le montant reste confidentiel, mais il atteindrait 10 millions``: a subject
    pronoun of a clause coordinated with one whose subject is a plain noun of its gender
    (no name, no description of an entity) stands for that noun, not for an entity.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("fr")("il dort")
        >>> _stands_for_a_thing(doc[0])
        False
    """
    verb = pronoun.head
    if verb.dep_ != "conj" or verb.head == verb:
        return False
    gender = _PRONOUN_GENDER.get(pronoun.lower_)
    for child in verb.head.children:
        if child.dep_ in _SUBJECT and child.i < pronoun.i:
            return (
                child.pos_ == "NOUN"
                and mention_at(child) is None
                and descriptions().class_of(child.lemma_) is None
                and gender is not None
                and gender in _gender(child)
                and child.morph.get("Number", []) == pronoun.morph.get("Number", [])
            )
    return False


def _possessive_subject(det: Token) -> Token | None:
    """The subject of the possessive's clause; none when the possessive is on the subject
    itself ("Sa directrice générale X a démissionné": a subject does not possess itself)
    or on a noun in apposition with it ("explique son cofondateur, X": X is no owner of
    the role X holds)."""
    noun = det.head
    if noun.dep_ in _SUBJECT:
        return None
    subject = subject_of(noun)
    participle = governing_verb(noun) if subject is None else None
    if (
        participle is not None
        and participle.dep_ == "acl"
        and noun.dep_ == "obl:agent"
        and participle.head.i < noun.i
        # (a name, not "des moteurs fabriqués par sa filiale": a thing holds no role)
        and (mention_at(participle.head) is not None or named_by(participle.head) is not None)
    ):
        # "la société X, représentée par son gérant, Y": the agent of a participle on a
        # name holds its role in what the participle describes
        return participle.head
    if participle is not None and participle.dep_ == "acl" and participle.head.dep_ == "obj":
        # "Y, qui vend des commandes connectées via sa filiale Z": the participle on an
        # object has no subject of its own; its owner is the clause's subject (Y)
        subject = subject_of(participle.head)
    if subject is None or subject.head == noun or noun.head == subject:
        return None
    between = noun.doc[noun.right_edge.i + 1 : subject.i]
    if subject.i > noun.i and all(t.is_punct or t.pos_ == "DET" for t in between):
        # "explique son cofondateur, X": the inverted subject, right after; "Son produit
        # phare, le patch X, est ...": an apposition the parser made the subject
        return None
    if (
        subject.i < noun.i
        and all(t.is_punct for t in noun.doc[subject.right_edge.i + 1 : det.i])
        and noun.doc[det.i - 1].text == ","
    ):
        # "explique X, sa directrice générale": the role X holds, set after X
        return None
    return subject


#: Prepositions of a fronted phrase that names what a sentence is about ("Pour X, la
#: vente ...", "Selon X, ...").
_TOPIC_PREPS = frozenset({"pour", "selon", "chez"})


def _fronted_name(sent: Span) -> Mention | None:
    """The name of a phrase that opens a sentence (``Pour X, qui ..., la vente ...``):
    what the sentence speaks of, though it is not its subject."""
    if len(sent) < 3 or sent[0].lower_ not in _TOPIC_PREPS:
        return None
    j = 1
    while j < len(sent) - 1 and sent[j].pos_ == "DET":
        j += 1
    # ("Pour la société X, ...": the name its class noun introduces)
    return mention_at(sent[j]) or (
        mention_at(named) if (named := named_by(sent[j])) is not None else None
    )


def _stands_for_theme(det: Token) -> bool:
    """Whether a possessive on a verb frame's object head stands for the frame's theme
    (its "de" complement) while the clause's subject is the agent: ``X est entré à son
    capital``, ``Y est passée sous son contrôle`` (not ``Y a confié sa direction à X``,
    whose agent is introduced by "à"). Only when the noun is the verb's own complement:
    in ``Y a pris des parts dans son capital`` the stake is the object, and the capital's
    owner is the company whose fund-raising the text told of, if any."""
    noun, verb = det.head, det.head.head
    # ("est entré l'an dernier à son capital": a time the parser took for an object)
    if any(c.dep_ == "obj" and c.lemma_ not in time_nouns() for c in verb.children):
        return False
    return (fold(noun.lemma_), verb.lemma_) in _theme_heads()


def _share_of(noun: Token) -> bool:
    """Whether a noun is what a share held is of, the share the object of a verb of holding
    (``Z contrôlait 85 % de l'entreprise``; ``Y, qui possède 15 % de son capital``: the
    holder owns the share, not the capital)."""
    share = noun.head
    return (
        noun.dep_ == "nmod"
        and case_of(noun) in DE
        and share.dep_ == "obj"
        and fold(verb_lemma(share.head)) in _stake_verbs()
    )


@functools.cache
def _stake_verbs() -> frozenset[str]:
    """Verbs of holding a stake and those of taking one (the lemmas of the ``investsIn``
    frames whose object may be a capital: ``X a pris 15 % du capital``), folded."""
    taking = (
        fold(lemma)
        for frame in verb_frames()
        if frame.relation == "investsIn" and "capital" in frame.object_heads
        for lemma in frame.lemmas
    )
    return _HOLDING_VERBS | frozenset(taking)


def _names_a_share(subject: Token) -> bool:
    """Whether a clause's subject is a share of a capital (``Les 30 % restants``, ``le
    reste du capital``)."""
    # (a common noun: "le fonds X Capital" names a holder)
    return (
        subject.lemma_ in PERCENT
        or (fold(subject.lemma_) in _CAPITAL_NOUNS and subject.text[:1].islower())
        or any(
            c.dep_ == "nmod" and fold(c.lemma_) in _CAPITAL_NOUNS and c.text[:1].islower()
            for c in subject.children
        )
    )


#: Verbs of saying (attribution.json): their "à" complement is whom one speaks to.
_SPEECH_LEMMAS = attribution().speech_lemmas


def holds_a_share(verb: Token) -> bool:
    """Whether a clause says its subject holds a share of a capital (``X conserve 15 %
    du capital``, ``X détient une part du capital``): its object, or the object's
    complement, is the capital; or a verb of holding has ``en`` for what the share is of
    (``X en détient 20 %``)."""
    capital = _CAPITAL_NOUNS
    for obj in verb.children:
        if obj.dep_ != "obj":
            continue
        if fold(obj.lemma_) in capital or any(
            c.dep_ == "nmod" and fold(c.lemma_) in capital for c in obj.children
        ):
            return True
    return fold(verb_lemma(verb)) in _HOLDING_VERBS and any(
        c.lower_ == "en" and c.i < verb.i for c in verb.children
    )


def holds_a_stake(verb: Token) -> bool:
    """Whether a clause says its subject holds a stake in a company: a share of a capital
    (:func:`holds_a_share`), or a verb of holding with a percentage for its object (``X
    détenait 70 % de Y``: a shareholder, though one the text may go on about)."""
    return holds_a_share(verb) or (
        fold(verb_lemma(verb)) in _HOLDING_VERBS
        and any(c.dep_ == "obj" and c.lemma_ in PERCENT for c in verb.children)
    )


#: Description nouns that head compounds naming a kind of thing (words.json
#: ``compound_heads``): followed by a bare complement they refer to no one.
_COMPOUND_HEADS = folded_word_list("compound_heads")
#: What a share is of (words.json ``capital_nouns``), folded.
_CAPITAL_NOUNS = folded_word_list("capital_nouns")
#: Verbs of holding a stake (words.json ``holding_verbs``), folded.
_HOLDING_VERBS = folded_word_list("holding_verbs")


@functools.cache
def _theme_heads() -> frozenset[tuple[str, str]]:
    """(object head, verb lemma) of the frames whose "de" complement is the theme and
    whose agent is the subject (``entrer au capital de``): :func:`_stands_for_theme`
    asked every frame for each possessive."""
    return frozenset(
        (head, lemma)
        for frame in verb_frames()
        if not frame.agent_preps and frame.theme_preps & DE
        for head in frame.object_heads
        for lemma in frame.lemmas
    )


def _possessor(det: Token, subject: Token | None) -> Mention | None:
    """Who ``son``/``sa``/``leur`` points to: the clause ``subject``, or the controller
    of an infinitive (``permettra à OpenAI de renforcer sa présence``)."""
    target = mention_at(subject) if subject is not None else None
    if target is None and subject is not None:
        named = named_by(subject)  # "le groupe US Airways exploite ses filiales"
        target = mention_at(named) if named is not None else None
    if target is None and subject is not None:
        # "Le vendeur, le fonds X, cède ses parts": the name set off after the subject
        target = next(
            (
                found
                for c in subject.children
                if c.dep_ == "appos"
                and (
                    (found := mention_at(c)) is not None
                    or ((n := named_by(c)) is not None and (found := mention_at(n)) is not None)
                )
            ),
            None,
        )
    if target is not None:
        return target
    verb = det.head
    for _ in range(6):
        if verb.head == verb:
            break
        verb = verb.head
        if verb_lemma(verb) in _SPEECH_LEMMAS and not any(
            c.dep_ == "aux:pass" for c in verb.children
        ):
            # "explique à X sa directrice": whom one speaks to owns nothing said (but
            # "Sa direction a été confiée à X": entrusted, not said)
            continue
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


@dataclass(frozen=True, slots=True)
class _Group:
    """Entities of one class a sentence coordinates (``le fonds X et le fonds Y``)."""

    members: tuple[Mention, ...]
    cls: str
    subject: bool
    #: the token heading the coordination
    head: int


#: Coarse classes a plural reference may stand for.
_GROUP_CLASSES = frozenset({"Person", "Organization"})


def _groups_in(sent: Span) -> list[_Group]:
    """The coordinations of two or more named people or organisations of one class in a
    sentence: ``Léa Moreau et Paul Arnaud``, ``le fonds Kalvia et le fonds Oréa`` (each
    name introduced by its class noun)."""
    found: dict[tuple[str, ...], _Group] = {}
    doc, table = sent.doc, words(sent.doc)
    for i in range(sent.start, sent.end):
        # (read from the table: no Token built for the other words)
        if table.pos[i] not in {"NOUN", "PROPN"} or table.dep[i] == "conj":
            continue  # a coordination is read from its first member
        token = doc[i]
        if mention_at(token) is None and named_by(token) is None:
            continue
        members: dict[str, Mention] = {}
        first = token.i
        for member in expand(token) + _partners_of(token):
            named = member if mention_at(member) is not None else named_by(member)
            if named is None:
                named = partnered_with(member)  # "X et son mari, Y"
            mention = mention_at(named) if named is not None else None
            if mention is not None:
                members.setdefault(_key(mention), mention)
                first = min(first, member.i)
        classes = {coarse(m.cls) for m in members.values() if m.cls != UNTYPED}
        if len(members) < 2 or len(classes) > 1 or not classes <= _GROUP_CLASSES:
            continue
        if _list_goes_on_before(token.doc, first):
            continue  # "A, B et C ont fondé": a parse that kept "B et C" alone
        # names NER left untyped go with organisations (as salience takes them), never
        # with people; a coordination of untyped names only waits for a description
        # to type it ("les deux fonds")
        cls = classes.pop() if classes else UNTYPED
        if cls == "Person" and any(m.cls == UNTYPED for m in members.values()):
            continue
        keys = tuple(sorted(members))
        if keys not in found:
            found[keys] = _Group(tuple(members.values()), cls, token.dep_ in _SUBJECT, token.i)
    # "A, B et C": the parser may hang "B et C" apart; the list is the longest reading
    return [
        group for keys, group in found.items() if not any(set(keys) < set(other) for other in found)
    ]


def _partners_of(token: Token) -> list[Token]:
    """``X et son compagnon, Y``, ``Y`` parsed apart from ``X``: the first name."""
    found = partnered_with(token) if token.pos_ == "PROPN" else None
    return [found] if found is not None else []


def _formed_members(noun: Token, described: _Plural) -> tuple[Mention, ...]:
    """``le couple formé par X et Y``, ``le trio composé de X, Y et Z``: the members a
    collective noun's participle of composition names, when they are as many entities of
    its class as the noun means; else ()."""
    members = tuple(
        dict.fromkeys(m for t in members_named(noun) if (m := mention_at(t)) is not None)
    )
    if len(members) != described.size or not all(coarse(m.cls) == described.cls for m in members):
        return ()
    return members


@dataclass(frozen=True, slots=True)
class _Plural:
    """What a plural description asks of its antecedents: their class, how many, and the
    folded head noun (``les deux fonds`` → Organization, 2, ``fonds``)."""

    cls: str
    size: int
    head: str


def _list_goes_on_before(doc: Doc, first: int) -> bool:
    """Whether a name and a comma come right before the coordination whose first member
    starts at (or is headed by) token ``first``: the list is longer than what was read."""
    mention = mention_at(doc[first])
    while first > 0 and mention is not None and mention_at(doc[first - 1]) is mention:
        first -= 1
    while first > 0 and doc[first - 1].pos_ == "DET":
        first -= 1  # "la start-up X" as a member
    return first > 1 and doc[first - 1].text == "," and mention_at(doc[first - 2]) is not None


def _plural_form(token: Token) -> _Plural | None:
    """What a noun's own words make of it as a plural or collective description (``les
    deux fonds``, ``le couple``), before the words after it are read: the part of
    :func:`_plural_description` that no mention changes (it reads the parse only)."""
    lexicon = plural_descriptions()
    lemma, text = fold(token.lemma_), fold(token.text)
    dets = [c.lower_ for c in token.children if c.dep_ == "det"]
    if not dets:
        return None
    collective = lexicon.collectives.get(lemma) or lexicon.collectives.get(text)
    if collective is not None and dets[0] in DEFINITE | {"les", "ces"}:
        return _Plural(*collective, lemma)
    cls = lexicon.heads.get(lemma) or lexicon.heads.get(text)
    if cls is None and text.endswith("s"):
        # "les deux coopératives" tagged as an adjective, its lemma "coopératif": the
        # written plural's singular is the noun
        cls = lexicon.heads.get(text[:-1])
    counted = [
        lexicon.numbers[c.lower_]
        for c in token.children
        if c.dep_ == "nummod" and c.lower_ in lexicon.numbers and c.i < token.i
    ]
    if cls is None or len(counted) != 1 or dets[0] not in {"les", "ces"}:
        return None
    return _Plural(cls, counted[0], lemma)


def _plural_description(token: Token) -> _Plural | None:
    """The class and number of entities a plural or collective description refers back
    to: ``les deux fonds`` (two organisations), ``ces trois cofondateurs``, ``le couple``
    (two people); None for any other noun, and for one that a name or a complement
    follows (``les deux fonds, X et Y``, ``les deux filiales de X``: they say which)."""
    found = _plural_form(token)
    if found is None:
        return None
    doc = token.doc
    after = token.i + 1
    while after < len(doc) and doc[after].pos_ == "ADJ" and mention_at(doc[after]) is None:
        after += 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    if after < len(doc) and (mention_at(doc[after]) is not None or doc[after].lower_ in DE):
        return None
    if any(c.dep_ == "nmod" and mention_at(c) is not None for c in token.children):
        return None
    return found


@dataclass(frozen=True, slots=True)
class _Pair:
    """Two people a role noun relates (``sa femme, Léa Moreau``: ``spouseOf``)."""

    members: tuple[Mention, Mention]
    relation: str


def _pair_of(possessive: Token, owner: Mention) -> _Pair | None:
    """The pair a possessive role noun makes of its owner and the person it names:
    ``avec son mari, Julien Morel`` → (the owner, Julien Morel), for the relations
    collective nouns name (``pairs`` of coreference.json)."""
    noun = possessive.head
    role = roles().get(fold(noun.lemma_)) or roles().get(fold(noun.text))
    if role is None or role.relation not in plural_descriptions().pairs.values():
        return None
    named = named_by(noun)
    if named is None and (partner := partnership(noun)) is not None:
        named = partner.partner  # "X et son mari, Y"
    mention = mention_at(named) if named is not None else None
    if mention is None or coarse(mention.cls) != "Person" or coarse(owner.cls) != "Person":
        return None
    if _key(mention) == _key(owner):
        return None
    return _Pair((owner, mention), role.relation)


def _pairs_stated(sent: Span) -> list[_Pair]:
    """The pairs a verb of a pair relation makes of its subject and object: ``Léa
    Moreau a épousé Paul Arnaud`` (``verbs.json`` frames of the ``pairs`` relations)."""
    relations = frozenset(plural_descriptions().pairs.values())
    lemmas = _pair_lemmas(relations)
    found = []
    doc = sent.doc
    table = words(doc)
    # (the verbs are found in the chunk's table: a Token is built only for those of a pair)
    for i in range(sent.start, sent.end):
        if table.pos[i] != "VERB" or fold(table.lemma[i]) not in lemmas:
            continue
        verb = doc[i]
        subject = subject_of(verb)
        owner = mention_at(subject) if subject is not None else None
        for child in verb.children:
            other = mention_at(child) if child.dep_ in {"obj", "obl:arg", "obl"} else None
            if (
                owner is not None
                and other is not None
                and coarse(owner.cls) == coarse(other.cls) == "Person"
                and _key(owner) != _key(other)
            ):
                found.append(_Pair((owner, other), lemmas[fold(verb.lemma_)]))
    return found


@functools.cache
def _pair_lemmas(relations: frozenset[str]) -> dict[str, str]:
    """Folded verb lemma → the pair relation its frame states."""
    return {
        fold(lemma): frame.relation
        for frame in verb_frames()
        if frame.relation in relations
        for lemma in frame.lemmas
    }


@dataclass(frozen=True, slots=True)
class _Office:
    """A person's role towards an organisation, read from a role noun (``présidente de
    X``): the role's relation and the organisation's salience key."""

    relation: str
    organisation: str


def _office_of(noun: Token) -> tuple[_Office, Token] | None:
    """The office a role noun names with its organisation (``la présidente de Kelvo``,
    ``le directeur général de la start-up Kelvo``), and the noun's last word; None for a
    noun that is no person's role towards an organisation or has no named complement."""
    doc = noun.doc
    office = _office_role(words(doc), noun.i)
    if office is None:
        return None
    role, width = office
    last = doc[noun.i + width - 1]
    for child in noun.children:
        if child.dep_ != "nmod" or case_of(child) not in DE or child.i < last.i:
            continue
        named = child if mention_at(child) is not None else named_by(child)
        found = mention_at(named) if named is not None else None
        if found is not None and coarse(found.cls) == "Organization":
            return _Office(role.relation, _key(found)), last
    return None


def _office_role(table: Words, i: int) -> tuple[RoleNoun, int] | None:
    """The role word ``i`` of a chunk starts, if a person holds it towards an
    organisation, with its width in words (the lemma's role has width 1); read from the
    chunk's table (it is asked of every noun)."""
    pair = table.span_text(i, i + 2) if i + 2 <= len(table.text) else None
    return _office_role_of(pair, table.text[i], table.lemma[i])


@functools.lru_cache(maxsize=1 << 14)
def _office_role_of(pair: str | None, word: str, lemma: str) -> tuple[RoleNoun, int] | None:
    """:func:`_office_role` of a word, ``pair`` being it and the next one as written (None
    for the last word); cached by those strings."""
    role, width = None, 1
    # "directeur général" before "directeur": the longer role says more
    for size, written in ((2, pair), (1, word)):
        if written is not None and (role := roles().get(fold(written))) is not None:
            width = size
            break
    if role is None:
        role = roles().get(fold(lemma))
    if role is None or "Person" not in role.subject or role.object != frozenset({"Organization"}):
        return None
    return role, width


def _holder_named(noun: Token, last: Token) -> Mention | None:
    """The person a role phrase is said of in its own sentence: ``le président de X,
    Paul Arnaud``, ``Paul Arnaud, président de X``, ``Paul Arnaud est président de X``;
    None when no one is named with it."""
    doc = noun.doc
    candidates = [named_by(noun)]
    if noun.dep_ == "appos":
        candidates.append(noun.head)
    candidates += [c for c in noun.children if c.dep_ in _SUBJECT]  # a copula's subject
    j = noun.i - 1
    while j > 0 and doc[j].pos_ in {"DET", "ADJ"}:
        j -= 1
    if j > 0 and doc[j].text == ",":
        candidates.append(doc[j - 1])  # "Paul Arnaud, l'actuel président de X"
    # "..., X, Paul Arnaud": the name after the complement
    end = noun.right_edge.i + 1
    if end + 1 < len(doc) and doc[end].text == ",":
        candidates.append(doc[end + 1])
    for token in candidates:
        found = mention_at(token) if token is not None else None
        if found is not None and coarse(found.cls) == "Person":
            return found
    return None


def _office_holder(
    noun: Token, offices: Mapping[_Office, Mention], known: Mapping[str, frozenset[str]]
) -> Mention | None:
    """``raconte la présidente de Kelvo``: a definite role description with no name of its
    own is the person the text named earlier in that office of that organisation (never
    a guess: one holder only, of the description's gender)."""
    dets = [c for c in noun.children if c.dep_ == "det"]
    if not dets or dets[0].lower_ not in DEFINITE:
        return None
    office = _office_of(noun)
    if office is None or _holder_named(noun, office[1]) is not None:
        return None
    asked = office[0]
    holders = {
        _key(person): person
        for held, person in offices.items()
        if held.organisation == asked.organisation and _covers(held.relation, asked.relation)
    }
    gender = _gender(noun)
    holders = {
        key: person
        for key, person in holders.items()
        if not any(_OTHER_GENDER[g] in known.get(key, frozenset()) for g in gender)
    }
    return next(iter(holders.values())) if len(holders) == 1 else None


def _covers(known: str, asked: str) -> bool:
    """Whether a person known to hold ``known`` holds the role a description asks: the
    same relation or a narrower one (a ``ceoOf`` is a ``leaderOf``)."""
    return known == asked or asked in ontology_relations()[known].parents


def _governing_group(pronoun: Token, groups: list[_Group]) -> _Group | None:
    """``X et Y ont annoncé qu'ils ...``: a plural pronoun subject of a complement clause
    stands for the coordination subject of the verb that governs the clause."""
    verb = pronoun.head
    if verb.dep_ not in {"ccomp", "advcl", "conj", "xcomp"} or verb.head == verb:
        return None
    governor = verb.head
    doc = pronoun.doc
    for group in groups:
        head = doc[group.head]
        if group.subject and head.head == governor and head.i < pronoun.i:
            return group
    return None


def _plural_antecedents(
    plural: _Plural,
    groups: list[_Group],
    entities: list[Mention],
    known: Mapping[str, frozenset[str]],
) -> tuple[Mention, ...]:
    """What a plural description refers to: the latest coordination of as many entities
    of its class, else the entities of that class the text just met, if they are exactly
    that many (never a guess among more). An entity the text described by a noun the
    description's does not cover (``le fonds X`` for ``les deux entreprises``) is none
    of them (``known``: entity key → traits, as :func:`_known_traits` gives them)."""
    apart = plural_descriptions().apart

    def counted(mention: Mention) -> bool:
        nouns = [t[len("noun:") :] for t in known.get(_key(mention), ()) if t.startswith("noun:")]
        return not any(plural.head in apart.get(noun, ()) for noun in nouns)

    for group in reversed(groups):
        kind = "Organization" if group.cls == UNTYPED else group.cls
        if kind == plural.cls and all(counted(m) for m in group.members):
            # the latest coordination of the class decides: "les deux cofondateurs"
            # after three names is no two of them
            return group.members if len(group.members) == plural.size else ()
    if plural.head in plural_descriptions().pairs:
        return ()  # "le couple": only two people the text paired, never two met lately
    distinct: dict[str, Mention] = {}
    for mention in entities:
        if (
            coarse(mention.cls) == plural.cls
            and mention.cls not in _NOT_GROUPED
            and counted(mention)
        ):
            distinct.setdefault(_key(mention), mention)
    return tuple(distinct.values()) if len(distinct) == plural.size else ()


#: Classes a plural description of the last entities met does not count: the medium that
#: reported and the authority that ruled are seldom what "les deux entreprises" means.
_NOT_GROUPED = frozenset({"MediaOrganization", "GovernmentBody"})


#: How many sentences back "tous deux" may look for the people it stands for: a text
#: goes on about a couple for a few sentences ("Le couple a fondé X. Née à Y, elle ...
#: Son époux ... Tous deux vivent à Z").
DISTRIBUTIVE_REACH = 3
#: Words before "tous deux" that open a new clause, where it may be the subject (folded).
_CLAUSE_OPENERS = frozenset({";", ":", "et", "mais", "puis", "aujourd'hui", "desormais"})


def _distributive_subject(
    table: Words, i: int, end: int, plurals: PluralDescriptions
) -> tuple[int, int] | None:
    """``Tous deux vivent à Névez``, ``toutes les trois ont quitté X``: a distributive
    phrase (``distributive`` of coreference.json) starting at word ``i`` that is its
    clause's subject, as the index of its subject word and how many it counts; None
    for any other word. Set off after a coordination (``A et B, tous deux passés par Y,
    ont fondé X``) the coordination is the subject, but the parser may make the phrase
    the verb's subject instead: then the phrase stands for it.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["Tous", "deux", "vivent"],
        ...           heads=[1, 2, 2], deps=["amod", "nsubj", "ROOT"])
        >>> _distributive_subject(words(doc), 0, 3, plural_descriptions())
        (1, 2)
    """
    lower = table.lower
    if lower[i] not in {"tous", "toutes"}:
        return None
    if (
        i > 0
        and not table.sent_start[i]
        and fold(lower[i - 1]) not in _CLAUSE_OPENERS
        and not (lower[i - 1] == "," and _verb_after_incise(table, i, end))
    ):
        return None
    for phrase in plurals.distributive:
        parts = phrase.split()
        stop = i + len(parts)
        if stop > end or list(lower[i:stop]) != parts:
            continue
        size = plurals.numbers.get(parts[-1])
        subject = next((j for j in range(i, stop) if table.dep[j] in _SUBJECT), None)
        if size is not None and subject is not None:
            return subject, size
    return None


def _verb_after_incise(table: Words, i: int, end: int) -> bool:
    """Whether the phrase set off by a comma at word ``i`` closes on a comma followed by the
    verb (``A et B, tous deux passés par Y, ont fondé X``; not ``..., Y avait levé``, whose
    subject is the name after it)."""
    j = next((k for k in range(i, end) if table.text[k] == ","), None)
    return j is not None and j + 1 < end and table.pos[j + 1] in {"AUX", "VERB"}


def _plural_cues(
    table: Words,
    sentences: list[Span],
    plurals: PluralDescriptions,
    nouns: frozenset[int] | None = None,
) -> list[bool]:
    """Per sentence, whether a word of it may be a plural description or a plural pronoun
    (the words :func:`resolve_references` gives a group to), with one ``False`` after the
    last sentence. ``nouns`` are the chunk's :func:`_plural_nouns` if already read.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("fr")("Ils partent. Léa reste.")
        >>> doc[3].is_sent_start = True
        >>> _plural_cues(words(doc), list(doc.sents), plural_descriptions())
        [True, False, False]
    """
    # the cue words of the whole chunk in one pass, then each sentence's first one after
    # its start: most sentences have none
    found = sorted(
        (_plural_nouns(table, plurals) if nouns is None else nouns).union(
            i
            for i, word in enumerate(table.lower)
            if word in plurals.pronouns or word in {"tous", "toutes"}
        )
    )
    cues = []
    for sent in sentences:
        first = bisect_left(found, sent.start)
        cues.append(first < len(found) and found[first] < sent.end)
    return [*cues, False]


def _plural_nouns(table: Words, plurals: PluralDescriptions) -> frozenset[int]:
    """The nouns of a chunk that may be a plural or collective description (their lemma
    is a head or collective of ``plurals``), by index.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["les", "deux", "fonds"],
        ...           pos=["DET", "NUM", "NOUN"], lemmas=["le", "deux", "fonds"])
        >>> sorted(_plural_nouns(words(doc), plural_descriptions()))
        [2]
    """
    return frozenset(
        i
        for i, (tag, lemma) in enumerate(zip(table.pos, table.lemma, strict=True))
        if (
            tag == "NOUN"
            and ((folded := fold(lemma)) in plurals.heads or folded in plurals.collectives)
        )
        # (the call only for an adjective, the one tag it keeps: asked of every word)
        or (tag == "ADJ" and _plural_misread(tag, table.lower[i], plurals))
    )


def _plural_misread(tag: str, lower: str, plurals: PluralDescriptions) -> bool:
    """Whether a plural noun the tagger took for an adjective (``les deux coopératives``,
    lemma ``coopératif``) is a head of ``plurals`` by its written singular."""
    return tag == "ADJ" and lower.endswith("s") and fold(lower[:-1]) in plurals.heads


#: Classes a timeline's topic is never (the outlet, a regulator).
_NOT_TOPIC = frozenset({"MediaOrganization", "GovernmentBody"})


def _topic_class(cls: str) -> bool:
    """Whether an entity of class ``cls`` can be a text's topic: an organisation (or a name
    NER left untyped: the text's own company often is one), not an outlet or a regulator."""
    return coarse(cls) in {"Organization", UNTYPED} and cls not in _NOT_TOPIC


def _entry_topics(doc: Doc, document_mentions: list[Mention]) -> dict[int, Mention]:
    """The topic of each verbless entry of a dated timeline (``2024. Inauguration d'une usine
    à Cracovie``): token index of the entry's head noun → the organisation the text is about,
    at that noun. The topic is the organisation the text names most, one the title names
    too; none when another is named half as often or more.

    Args:
        doc: A parsed chunk.
        document_mentions: Its named mentions.

    Returns:
        Head noun index → the topic, or nothing for any text that is no timeline.
    """
    table = words(doc)
    starts = timeline(table.chunk)
    if not starts:
        return {}
    offset = doc._.kg_offset
    counts = Counter(
        match_key(m.text) for m in document_mentions if _topic_class(m.cls)
    ).most_common(2)
    # (in doubt, no topic: it must be named at least twice as often as any other)
    if not counts or (len(counts) > 1 and counts[0][1] < 2 * counts[1][1]):
        return {}
    key = counts[0][0]
    title = paragraphs(table.chunk)[0]
    named = [m for m in document_mentions if match_key(m.text) == key]
    if not any(title.start <= m.start - offset < title.end for m in named):
        return {}
    found = {}
    for start in starts:
        label = doc[bisect_left(table.idx, start)].sent
        # the year alone is a sentence: the entry is the one after it
        if label.end - label.start > 2 or label.end >= len(doc):
            continue
        head = doc[label.end].sent.root
        if head.pos_ == "NOUN":
            topic = next((m for m in named if m.cls != UNTYPED), named[0])
            if topic.cls == UNTYPED:
                topic = dataclasses.replace(topic, cls="Organization")
            found[head.i] = reference(topic, head, offset)
    return found


def _bracketed(table: Words, mentions: Mapping[int, Mention], first: int) -> bool:
    """Whether the name from word ``first`` on is all a pair of square brackets holds
    (``[Plateau]``, ``[Reportage]``): the label of a script's part, which names no one the
    text speaks of (a caption that presents a speaker, ``[X, gérant de Y]``, holds more)."""
    last = first
    while mentions.get(last + 1) is mentions[first]:
        last += 1
    return (
        first > 0
        and last + 1 < len(table.text)
        and table.text[first - 1] == "["
        and table.text[last + 1] == "]"
    )


def _headline_topic(doc: Doc, document_mentions: list[Mention]) -> tuple[str, int]:
    """The match key of the organisation a chunk's headline (its first paragraph) names, if
    it names one only (no medium, no authority; a name NER left untyped counts), and the
    index of the first word after the headline; empty when it names none, or several (``X
    annonce son rachat par Y``: which one a description means, the headline does not say).
    Whether the piece is about it the first organisation subject after the headline says.
    """
    table = words(doc)
    if not document_mentions or not table.text:
        return "", 0
    title = paragraphs(table.chunk)[0]
    offset = doc._.kg_offset
    in_title = {
        match_key(m.text)
        for m in document_mentions
        if title.start <= m.start - offset < title.end and _topic_class(m.cls)
    }
    if len(in_title) != 1:
        return "", 0
    return in_title.pop(), bisect_left(table.idx, title.end)


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
    # the organisation the headline names is what the piece is about once the first
    # organisation subject after it is that one too ("Le loueur marseillais a tenu sa
    # conférence"); a press review's lede names another of its stories first
    headline, after_headline = _headline_topic(doc, document_mentions)
    for m in document_mentions:
        # "Vauclair : le salon ...", "situé à Vauclair": a name the text types once
        # (a city the gazetteer knows) is that class wherever NER left it untyped
        if m.cls != UNTYPED:
            salience.typed.setdefault(match_key(m.text), _key(m))
    frequent = Counter(
        (coarse(m.cls), match_key(m.text)) for m in document_mentions if m.cls != "NamedEntity"
    )
    first_named: dict[tuple[str, str], Mention] = {}
    for m in document_mentions:
        first_named.setdefault((coarse(m.cls), match_key(m.text)), m)
    resolved: dict[int, Mention] = {}
    doc._.kg_coref = resolved
    grouped: dict[int, tuple[Mention, ...]] = {}
    doc._.kg_coref_group = grouped
    plurals = plural_descriptions()
    # read once: an extension attribute builds an accessor object at every access
    mentions: dict[int, Mention] = doc._.kg_mentions or {}
    named = sorted(mentions)
    offset = doc._.kg_offset
    previous_subject: Mention | None = None
    # the organisation the previous sentence was about: its subject, or the name of a
    # fronted "Pour X, ..." / "Selon X, ..." (for a possessive role with no owner)
    previous_topic: Mention | None = None
    # the grammatical gender of the description that was that subject ("le spécialiste"),
    # and that of the class noun that introduced its name ("le groupe X")
    previous_gender: frozenset[str] = frozenset()
    previous_noun_gender: frozenset[str] = frozenset()
    # the organisations the previous sentence introduced with a class noun, and its gender
    previous_introduced: list[tuple[Mention, frozenset[str]]] = []
    # the persons the previous sentence named
    previous_persons: list[Mention] = []
    # what plural references may stand for: the coordinations of the previous sentence,
    # the one that was its subject, and the entities it named or referred to
    previous_groups: list[_Group] = []
    previous_group: _Group | None = None
    # the groups of people or organisations the last sentences were about (their subject
    # coordination, or a plural reference that was their subject), by sentence number,
    # for a later "tous deux"
    recent_groups: list[tuple[int, _Group]] = []
    # the pairs a role noun made ("elle a fondé X avec son mari, Y"), for "le couple"
    pairs: list[_Pair] = []
    # who the text said holds which office ("Paul Arnaud, président de Kelvo"), for a
    # later "le président de Kelvo" with no name of its own
    offices: dict[_Office, Mention] = {}

    def relocate(antecedent: Mention, token: Token) -> Mention:
        return reference(antecedent, token, offset)

    def fallback(
        cls: str,
        exclude: frozenset[str],
        token: Token,
        others: frozenset[str] = frozenset(),
        *,
        before: bool = False,
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
        # (a pronoun stands for a name met before it, never for one the text names later)
        family = earlier if before else earlier or family
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

    def refer_to_group(token: Token, group: _Group) -> _Group:
        # the description types the names NER left untyped ("les deux fonds")
        members = tuple(
            relocate(m if m.cls != UNTYPED else dataclasses.replace(m, cls=group.cls), token)
            for m in group.members
        )
        resolved[token.i] = members[0]
        grouped[token.i] = members
        return _Group(group.members, group.cls, token.dep_ in _SUBJECT, token.i)

    def met(start: int, end: int) -> list[Mention]:
        """The entities named or referred to (singly) between two token indices."""
        # (the maps first: few words are grouped)
        return [
            found
            for j in range(start, end)
            if (found := mentions.get(j) or resolved.get(j)) is not None and j not in grouped
        ]

    sentences = list(doc.sents)
    # a sentence's coordinations serve only a plural description or pronoun of that sentence
    # or the next (previous_groups, previous_group): most sentences have none, and reading
    # coordinations costs a fifth of coreference
    plural_nouns = _plural_nouns(table, plurals)
    # (a noun whose own words make no plural description never asks for coordinations,
    # whatever the mentions around it: most nouns of plural_nouns are singular)
    cued = _plural_cues(
        table,
        sentences,
        plurals,
        frozenset(i for i in plural_nouns if _plural_form(doc[i]) is not None),
    )
    # the words each loop below can act on, found in one pass over the chunk: most words
    # are none of them, and each loop asked of every word of every sentence
    # (the first loop acts on a noun, an adjective or verb starting a two-word noun,
    # "en", a person pronoun, a plural pronoun or the "tous" of "tous deux"; plural nouns
    # are nouns)
    cue_words = {
        "en",
        "tous",
        "toutes",
        *plurals.pronouns,
        *lexicon.person_pronouns,
        *lexicon.complement_pronouns,
    }
    acting = [
        i
        for i, (tag, lower) in enumerate(zip(table.pos, table.lower, strict=True))
        if tag == "NOUN"
        or (tag == "PROPN" and _misread_noun(table, i))  # (most words are no proper noun)
        or lower in cue_words
        or i in plural_nouns  # (of the other words, those _plural_misread keeps)
        or (lower[:1] == "-" and lower.lstrip("-") in lexicon.person_pronouns)
        or (tag in {"ADJ", "VERB"} and _compound_start(table, i) is not None)
        or (tag == "PRON" and lower in _OBJECT_CLITICS and _leads_clitic(table, i))
    ]
    possessives = lexicon.possessives
    # (a first- or second-person possessive is an interview's: first_person_references;
    # after an article "son" is the noun, "l'ingénieur du son X", "un son grave")
    possessive_words = [
        i
        for i, lower in enumerate(table.lower)
        if lower in possessives
        and lower not in _FIRST_AND_SECOND_PERSON
        and (i == 0 or table.lower[i - 1] not in _BEFORE_NOUN_SON)
    ]
    office_nouns = [
        i for i, tag in enumerate(table.pos) if tag == "NOUN" and _office_role(table, i)
    ]
    # (the verbs _pairs_stated reads, which most sentences have none of)
    pair_lemmas = _pair_lemmas(frozenset(plurals.pairs.values()))
    pair_verbs = [
        i
        for i, (tag, lemma) in enumerate(zip(table.pos, table.lemma, strict=True))
        if tag == "VERB" and fold(lemma) in pair_lemmas
    ]
    # the entities of the previous sentence are read only for a plural description: nothing
    # resolves a word of a sentence once the next one is read, so they are read then
    takeover_words = _takeover_words()  # (asked once, not at every word)
    takeovers = [i for i, lemma in enumerate(table.lemma) if fold(lemma) in takeover_words]
    demonstratives = _demonstratives(doc, table, lexicon.demonstratives)
    # (where a demonstrative may look back from: the previous sentence, within its brief)
    window_start = 0
    previous_span: tuple[int, int] = (0, 0)
    # the organisation the last sentence naming one said was taken over, which a founding
    # or a seat stated of a generic description next is most likely about
    previous_target: Mention | None = None
    # the company the last share the text stated was of ("X contrôlait 85 % de l'entreprise")
    previous_held: Mention | None = None
    # the one organisation the last sentence named for the first time in the text ("X
    # raconte l'essor de Y"), which a founding or a seat stated of a generic description
    # next introduces too
    previous_newcomer: Mention | None = None
    first_seen: dict[str, int] = {}
    for m in document_mentions:
        first_seen.setdefault(match_key(m.text), m.start)
    # a question-and-answer text or a signed op-ed speaks in the first person: "je",
    # "nous", a question's "vous" stand for the interviewee (the author) and the
    # organisation they speak for
    # (or a letter quoted whole: "« Chers collègues, ... Damien Roux »")
    interview = (
        find_interview(doc, mentions, document_mentions)
        or find_signed_text(doc, mentions, document_mentions)
        or find_quoted_letter(doc, mentions, document_mentions)
        or find_corporate_text(doc, mentions, document_mentions)
    )
    first_person = first_person_references(doc, interview) if interview is not None else {}
    # an organisation's own text ("nous", "votre groupe") is about that organisation: its
    # first person counts in salience as a name would, for the descriptions and pronouns
    # of the third person around it ("La famille X, qui a créé la société en 1974")
    voiced = sorted(first_person) if interview is not None and interview.owners_addressed else []
    # a roundup's briefs each speak of their own label ("SAINT-MALO.", "Kelvo."): nothing
    # said in one brief is the antecedent of a word of the next (an interview's labelled
    # turns are no briefs)
    briefs = (
        [] if interview is not None else [bisect_left(table.idx, c) for c in items(table.chunk)]
    )
    own_heads = _own_heads(table, mentions)
    brief_start = 0  # (where the brief being read starts)
    for number, sent in enumerate(sentences):
        if briefs and sent.start >= briefs[0]:
            brief_start = briefs[0]
            brief_end = briefs[1] if len(briefs) > 1 else len(doc)
            here_start, here_end = (
                doc[briefs[0]].idx + offset,
                (doc[brief_end].idx + offset if brief_end < len(doc) else math.inf),
            )
            del briefs[0]
            in_brief = [m for m in document_mentions if here_start <= m.start < here_end]
            salience.scores.clear()
            salience.totals.clear()
            salience.headline = headline = ""  # (a brief is about its own label)
            salience.named = Counter(_key(m) for m in in_brief if m.cls != "NamedEntity")
            frequent.clear()
            frequent.update(
                (coarse(m.cls), match_key(m.text)) for m in in_brief if m.cls != "NamedEntity"
            )
            first_named.clear()
            for m in in_brief:
                first_named.setdefault((coarse(m.cls), match_key(m.text)), m)
            previous_subject = previous_topic = previous_target = previous_newcomer = None
            previous_held = None
            previous_groups, previous_group = [], None
            recent_groups.clear()
            pairs.clear()
            window_start = sent.start
        subject_here: Mention | None = None
        main_here = False  # (whether subject_here is the main clause's)
        gender_here: frozenset[str] = frozenset()
        noun_gender_here: frozenset[str] = frozenset()
        introduced_here: list[tuple[Mention, frozenset[str]]] = []
        persons_here: list[Mention] = []
        # (asked only of a sentence naming two entities or more: a coordination needs them)
        groups_here = (
            _groups_in(sent)
            if any(cued[number : number + 1 + DISTRIBUTIVE_REACH])
            and len(met(sent.start, sent.end)) > 1
            else []
        )
        group_subject: _Group | None = next((g for g in groups_here if g.subject), None)
        quoted_subject = False
        referring: set[int] = set()  # tokens of this sentence resolved below
        for i in acting[bisect_left(acting, sent.start) : bisect_left(acting, sent.end)]:
            if i in mentions:
                continue
            if i in plural_nouns:
                described = _plural_description(doc[i])
                if described is not None:
                    named_pair = plurals.pairs.get(described.head)
                    formed = _formed_members(doc[i], described)
                    if formed and named_pair is not None:
                        pairs.append(_Pair((formed[0], formed[1]), named_pair))
                    pair = next((p for p in reversed(pairs) if p.relation == named_pair), None)
                    if formed:
                        members = formed
                    elif pair is not None:
                        members = pair.members
                    else:
                        members = _plural_antecedents(
                            described,
                            previous_groups + [g for g in groups_here if g.head < i],
                            met(*previous_span) + met(sent.start, i),
                            known,
                        )
                    if members:
                        group = refer_to_group(doc[i], _Group(members, described.cls, False, i))
                        if group.subject:
                            group_subject = group
                    continue
            distributive = _distributive_subject(table, i, sent.end, plurals)
            if distributive is not None:
                at, size = distributive
                found_group = next(
                    (
                        g
                        for n, g in reversed(recent_groups + [(number, g) for g in groups_here])
                        if number - n <= DISTRIBUTIVE_REACH
                        and g.cls != UNTYPED
                        and (n < number or g.head < i)
                    ),
                    None,
                )
                if found_group is not None and len(found_group.members) == size:
                    group = refer_to_group(doc[at], found_group)
                    group_subject = group_subject or group
                continue
            if table.lower[i] in plurals.pronouns:
                token = doc[i]
                if token.dep_ in _SUBJECT or inverted_subject(token):
                    found_group = _governing_group(token, groups_here) or previous_group
                    if found_group is not None and found_group.cls != UNTYPED:
                        group = refer_to_group(token, found_group)
                        group_subject = group_subject or group
                continue
            # only a noun that announces a class heads a description (_description_class),
            # read without a Token (most nouns announce none)
            cls = (
                _description_class(doc[i])
                if (
                    (table.pos[i] == "NOUN" or _misread_noun(table, i))
                    and _coref_class_at(table, i) is not None
                )
                or (table.pos[i] in {"ADJ", "VERB"} and _compound_start(table, i) is not None)
                else None
            )
            if table.pos[i] == "NOUN" and _predicate(table, i):
                continue
            if (
                cls is None
                and table.pos[i] == "NOUN"
                and (named_so := own_heads.get(fold(table.text[i]))) is not None
            ):
                # "la Brûlerie des Mornes ... la brûlerie": the noun its name opens with
                # names the one organisation of the text (its brief) so called
                earlier = {_key(m): m for j, m in named_so if brief_start <= j < i}
                if len(earlier) == 1 and _description_class(doc[i], "Organization"):
                    resolved[i] = relocate(next(iter(earlier.values())), doc[i])
                    referring.add(i)
                    continue
            if cls is None and offices and table.pos[i] == "NOUN":
                holder = _office_holder(doc[i], offices, known)
                if holder is not None:
                    resolved[i] = relocate(holder, doc[i])
                    referring.add(i)
                    continue
            if cls is not None:
                token = doc[i]
                # "l'entreprise", "le géant": a business noun never means a regulator, nor
                # the news medium a statement was made to ("a indiqué à l'AFP X. La
                # compagnie ...": a medium is called by its own nouns, "le quotidien")
                business = cls == "Organization" and token.lemma_ != "organisation"
                exclude = _NOT_BUSINESS | _MEDIA if business else frozenset()
                traits = _traits_of(token)
                if cls == "Person":
                    traits |= _gender(token)
                others = _participle_agents(token) | _own_subject(token) | _kin_described(token)
                if business:
                    # ("l'accord conclu entre la famille X et Y. Fondée en 1911, l'entreprise
                    # ...": a family is no business)
                    others |= frozenset(
                        k for k in salience.scores if is_family_name(k.partition("|")[2])
                    )
                if not _owned_by_companies(token):
                    # "l'entreprise" is not a subsidiary or a rival the text named through
                    # its possessive ("sa filiale X"), but "la filiale" may be
                    others |= frozenset(k for k, v in known.items() if _RELATED in v)
                target = None
                introduced = previous_target or previous_newcomer
                if (
                    introduced is not None
                    and cls == "Organization"
                    and not any(t.startswith("noun:") or t == "scale:large" for t in traits)
                    and (_introduces(token) or _share_of(token))
                ):
                    # "X a annoncé l'acquisition de Y. Fondée en 1990, la société ...": the
                    # founding and seat are the company taken over's (the buyer was known);
                    # "X relate les débuts de Y. Cofondée en 2016, la petite société ...":
                    # the company the text just brought in; "X rachète Y. Le vendeur, le
                    # fonds Z, contrôlait 85 % de l'entreprise": the company sold
                    others_but = frozenset(k for k in salience.scores if k != _key(introduced))
                    target = salience.best(
                        frozenset({cls}), exclude, traits, known, others | others_but
                    )
                if (
                    target is None
                    and cls == "Organization"
                    and not any(t.startswith("noun:") for t in traits)
                    and token.head.dep_ == "acl:relcl"
                    and (governing := _main_clause_subject(token)) is not None
                    and coarse(governing.cls) == "Organization"
                    and governing.cls not in exclude
                    and _key(governing) not in others
                ):
                    # "Y a été fondée par Z, qui préside toujours l'entreprise": the
                    # company the relative clause's sentence is about
                    target = governing
                target = target or salience.best(frozenset({cls}), exclude, traits, known, others)
                strict = any(t[len("noun:") :] in _strict_nouns() for t in traits)
                if target is None and not strict and (not traits or not salience.scores):
                    # cataphora: "la start-up californienne" in a lede, named later
                    target = fallback(cls, exclude, token, others)
                if target is not None:
                    target = dataclasses.replace(target, cls=_narrower_class(token, target))
                    resolved[token.i] = relocate(target, token)
                    referring.add(token.i)
                    if _share_of(token):
                        previous_held = target
                    # what this description said now describes its antecedent too
                    learned = frozenset(t for t in traits if not t.startswith("noun:"))
                    if learned:
                        key = _key(target)
                        known[key] = known.get(key, frozenset()) | learned
            elif table.lower[i] == "en" and table.pos[i] == "PRON":
                # "X, qui en est la directrice générale": "en" stands for "de" + the
                # organisation the text is about
                token = doc[i]
                owner = _relative_owner(token)
                if owner is not None:
                    # "Mutalys, qui en était propriétaire": not Mutalys itself, but the
                    # company the text last said was taken over, if any
                    target = (
                        previous_target
                        if previous_target is not None and _key(previous_target) != _key(owner)
                        else None
                    )
                elif holders := _share_holders(token, resolved):
                    # "Le fonds X en détient 20 %": what the holder (and the names set off
                    # in its subject) holds a share of, not the holder
                    target = previous_held = salience.best(
                        frozenset({"Organization"}), _NOT_BUSINESS, others=holders
                    )
                else:
                    # (or one named earlier in this sentence: "Y, cofondée par X, qui en est")
                    theirs = _own_subject(token)
                    target = _organisation_here(doc, sent.start, i, mentions, resolved, theirs) or (
                        salience.best(frozenset({"Organization"}), _NOT_BUSINESS, others=theirs)
                        or fallback("Organization", _NOT_BUSINESS, token, before=True)
                    )
                if target is not None:
                    resolved[token.i] = relocate(target, token)
            elif table.lower[i] in _OBJECT_CLITICS and table.pos[i] == "PRON":
                # "Y emploie 40 salariés. Marie Roy la dirige": the organisation the text
                # is about, not the verb's own subject
                token = doc[i]
                theirs = _own_subject(token.head)
                target = salience.best(frozenset({"Organization"}), _NOT_BUSINESS, others=theirs)
                if target is not None:
                    resolved[token.i] = relocate(target, token)
            elif table.lower[i] in lexicon.complement_pronouns and any(
                table.dep[c] == "case" for c in table.children[i]
            ):
                # "X nous a sollicités. Nous avons refusé de négocier avec lui": the most
                # salient person or organisation of the pronoun's gender that is not its
                # clause's subject (a stressed pronoun after a preposition is never
                # reflexive)
                token = doc[i]
                # (the subject of the nearest clause governing it: "X a approché Y, mais
                # Y a refusé de négocier avec lui" is Y's)
                subject = next(
                    (
                        c
                        for a in token.ancestors
                        for c in a.children
                        if c.dep_ in _SUBJECT and c.i < token.i
                    ),
                    None,
                )
                own = (
                    mention_at(subject) or resolved.get(subject.i) or first_person.get(subject.i)
                    if subject is not None
                    else None
                )
                if own is None:
                    continue  # whom the pronoun is not is unknown: no guess
                # (a person only if the text gave them the pronoun's gender: a first
                # name tells none)
                agreeing = _PRONOUN_GENDER[table.lower[i]]
                # (first the subject of an earlier clause of its sentence, "X nous a
                # sollicités : nous avons refusé ... avec lui", which salience counts only
                # once the sentence is read)
                target = next(
                    (
                        found
                        for j in range(i - 1, sent.start - 1, -1)
                        if table.dep[j] in _SUBJECT
                        # ("Le groupe X": the name after its class noun)
                        and (found := mentions.get(j) or resolved.get(j) or mentions.get(j + 1))
                        is not None
                        and coarse(found.cls) == "Organization"
                        and _key(found) != _key(own)
                    ),
                    None,
                ) or salience.best(
                    frozenset({"Person", "Organization"}),
                    others=frozenset({_key(own)})
                    | frozenset(
                        k
                        for k in salience.scores
                        if k.startswith("Person|") and agreeing not in known.get(k, frozenset())
                    ),
                )
                if target is not None:
                    resolved[token.i] = relocate(target, token)
            elif (pronoun := table.lower[i].lstrip("-")) in lexicon.person_pronouns:
                token = doc[i]
                # ("Elle siège au conseil": a subject the parser made the determiner of
                # the verb it misread as a noun)
                misread = token.dep_ == "det" and token.pos_ == "PRON"
                if token.dep_ not in _SUBJECT and not misread and not inverted_subject(token):
                    continue
                if _stands_for_a_thing(token):
                    continue
                governing = _main_clause_subject(token)
                target = governing or previous_subject
                gender = _PRONOUN_GENDER.get(pronoun)
                if (
                    governing is None
                    and gender
                    and previous_gender
                    and gender not in previous_gender
                ):
                    continue  # "Le spécialiste a nommé X. Elle succède à Y": not the company
                if (
                    governing is None
                    and gender
                    and previous_noun_gender
                    and gender not in previous_noun_gender
                ):
                    # "Le groupe X a racheté la société Y. Elle ...": not the group, the
                    # company of the pronoun's gender that sentence introduced, if any
                    target = next(
                        (m for m, g in reversed(previous_introduced) if gender in g), target
                    )
                if (target is None or coarse(target.cls) != "Person") and _person_only(token):
                    # (the words of a quotation are a person's, but which one an incise's
                    # pronoun means with no one named just before is a guess: "Né à Tours,
                    # le coureur ... « ... », a-t-il déclaré")
                    incise_speaker = None
                    if target is None and _quote_incise(token):
                        # (but "confiée à X. « ... », a-t-elle confié": the one person the
                        # sentence before named, of no other gender, whoever else the text
                        # said was a woman)
                        incise_speaker = _only_person(previous_persons, gender, known)
                        if incise_speaker is None:
                            continue
                    if _in_quotation(table, i):
                        # "« On garde la boutique du port. Elle vit désormais à Vierzon »":
                        # the quotation's own words may mean a thing it named, and its
                        # speaker says "je"
                        continue
                    # "La SRMVC était dirigée par X. Né à Briançon, il vit ...": a birth or
                    # a home is a person's, the most salient one of the pronoun's gender
                    target = incise_speaker or _person_of_gender(salience, gender, known)
                if target is not None and coarse(target.cls) == "Person" and gender:
                    key = _key(target)
                    if _OTHER_GENDER[gender] in known.get(key, frozenset()):
                        continue  # "elle" is not the man the last sentence was about
                    known[key] = known.get(key, frozenset()) | {gender}
                if target is not None:
                    resolved[token.i] = relocate(target, token)
                    referring.add(token.i)
        for demonstrative in demonstratives:
            if not sent.start <= demonstrative.start < sent.end:
                continue
            span = range(demonstrative.start, demonstrative.end)
            said_by = next(
                (j for j in span if table.dep[j] in _SUBJECT or _inverted_speaker(table, j)),
                None,
            )
            if said_by is None or any(j in mentions for j in span):
                continue  # (a subject only: whom its own clause is not about is unknown)
            target = _last_mentioned(
                doc,
                table,
                demonstrative,
                window_start,
                lambda j: mentions.get(j) or resolved.get(j),
                known,
                speaks=_speaks(table, said_by),
            )
            if target is None:
                continue
            for j in span:
                if table.dep[j] != "det":
                    resolved[j] = relocate(target, doc[j])
            referring.add(said_by)
            if coarse(target.cls) == "Person":
                key = _key(target)
                known[key] = known.get(key, frozenset()) | {demonstrative.gender}
        # possessives need the clause subject, which may itself be a reference just resolved
        for i in possessive_words[
            bisect_left(possessive_words, sent.start) : bisect_left(possessive_words, sent.end)
        ]:
            token = doc[i]
            if token.dep_ != "det":
                continue
            partner = partnership(token.head)
            if partner is not None:
                # "X et son mari, Y": the possessive can only be X's
                target = mention_at(partner.owner)
            elif (share := _possessive_subject(token)) is not None and _names_a_share(share):
                # "X détenait 70 % de Y. Les 30 % restants appartenaient à son fondateur":
                # the company the last share stated was of, or no one
                target = previous_held
            else:
                subject = share  # the possessive's subject, worked out just above
                not_owner: frozenset[str] = frozenset()
                if subject is not None and (_stands_for_theme(token) or _share_of(token.head)):
                    # "X est entré à son capital": the possessive is the frame's theme,
                    # which its agent, the subject, is not
                    # ("Y, qui détient 20 % de son capital": the name the relative follows)
                    agent = (
                        mention_at(subject)
                        or (mention_at(n) if (n := named_by(subject)) is not None else None)
                        or (
                            mention_at(a)
                            if (a := relative_antecedent(subject)) is not None
                            else None
                        )
                    )
                    not_owner = frozenset({_key(agent)}) if agent is not None else frozenset()
                    subject = None
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
                if target is not None and coarse(target.cls) != "Person" and _kin(token.head):
                    # "L'entreprise est gérée par sa fille, X": a company has no kin, and
                    # whose daughter she is the clause does not say
                    target = None
                elif (
                    target is not None
                    and _owned_by_companies(token.head)
                    and coarse(target.cls) == "Person"
                ):
                    # "X a rejoint Ondine, son principal concurrent": a person has no
                    # competitor; the company the text is about has
                    target = salience.best(frozenset({"Organization"}), _NOT_BUSINESS) or fallback(
                        "Organization", _NOT_BUSINESS, token
                    )
                elif target is None and not plural and not unnamed:
                    # "X, sa directrice générale": a person's role in an organisation is
                    # owned by the organisation the text is about, not by a person
                    # ("Face à son concurrent X, ...": a company's rival, a company's)
                    in_company = _held_in_organisations(token.head) or _owned_by_companies(
                        token.head
                    )
                    owners = (
                        frozenset({"Organization"})
                        if in_company
                        else frozenset({"Person"})
                        if _kin(token.head)  # "Son époux": a person's, never a company's
                        else frozenset({"Organization", "Person"})
                    )
                    fronted = _fronted_name(sent)
                    target = (
                        # "Pour X, qui ..., l'opération renforce sa position": the phrase
                        # that opens the sentence names what it speaks of
                        fronted
                        if fronted is not None
                        and fronted.start < token.idx + offset
                        and coarse(fronted.cls) in owners
                        and fronted.cls != "MediaOrganization"
                        and _key(fronted) not in not_owner
                        else salience.best(owners, others=not_owner)
                    )
                    if _held_in_organisations(token.head) and previous_topic is not None:
                        # "L'Union avait alerté. « ... », a estimé son directeur, Y":
                        # a role with no owner in its clause is held in the organisation
                        # the previous sentence spoke of, rather than the text's topic
                        target = previous_topic
            if target is not None:
                resolved[token.i] = relocate(target, token)
                referring.add(token.i)
                if _owned_by_companies(token.head):
                    # "Sa filiale, X", "Kelvo et Dravin, ses deux concurrents": named in
                    # passing, through the company the text is about
                    for related in _related_names(token.head):
                        key = _key(related)
                        if key != _key(target):
                            known[key] = known.get(key, frozenset()) | {_RELATED}
                pair = _pair_of(token, target)
                if pair is not None:
                    pairs.append(pair)
        if bisect_left(pair_verbs, sent.start) < bisect_left(pair_verbs, sent.end):
            pairs += _pairs_stated(sent)
        for i in office_nouns[
            bisect_left(office_nouns, sent.start) : bisect_left(office_nouns, sent.end)
        ]:
            # (a Token only for a role noun)
            if i not in resolved:
                office = _office_of(doc[i])
                holder = _holder_named(doc[i], office[1]) if office is not None else None
                if office is not None and holder is not None:
                    offices[office[0]] = holder
        # salience counts the words that name or refer to an entity, in sentence order
        here = named[bisect_left(named, sent.start) : bisect_left(named, sent.end)]
        for i in voiced[bisect_left(voiced, sent.start) : bisect_left(voiced, sent.end)]:
            resolved.setdefault(i, first_person[i])
            referring.add(i)
        newcomers: set[str] = set()
        newcomer: Mention | None = None
        shareholder = holds_a_share(sent.root)
        for i in sorted(referring.union(here)):
            mention = mentions.get(i) or resolved[i]  # as mention_at reads them
            if i in mentions and mentions.get(i - 1) == mention:
                continue  # count a multi-token name once (before its Token is built)
            if i in mentions and _bracketed(table, mentions, i):
                continue  # "[Reportage] Dans l'atelier ...": a script's label, no one
            token = doc[i]
            # (a possessive counts only where it stands for the theme of its verb frame,
            # "X est entré à son capital": a name the text speaks of as much as its own)
            # (a name's own first word may be a determiner: "Les Petits Galets")
            if token.dep_ == "det" and i not in mentions and not _stands_for_theme(token):
                continue
            is_subject = token.dep_ in _SUBJECT or _names_subject(token)
            if mention.cls == "MediaOrganization" and not is_subject:
                continue  # "a déclaré au Progrès": the medium is not what the text is about
            if mention.cls == UNTYPED and not is_subject and _locative(token):
                continue  # "installée dans une filature de Vauclair": a place, no company
            if not is_subject and _former_employer(token):
                continue  # "lui était directeur de X": an employer in passing
            # ("La banque Kervel détient 20 % du capital": a shareholder named in passing, not
            # what the text goes on about, gains no salience)
            if not (is_subject and shareholder):
                salience.add(mention, subject=is_subject)
            # (a complement: a new subject is what salience makes the topic anyway; any
            # word of the name may be the subject, "Le Héraut" headed on its noun)
            if (
                not is_subject
                and (coarse(mention.cls) == "Organization" or mention.cls == UNTYPED)
                and mention.cls != "MediaOrganization"
                and i in mentions
                and first_seen.get(match_key(mention.text)) == mention.start
                and not any(
                    table.dep[j] in _SUBJECT
                    for j in range(i, sent.end)
                    if mentions.get(j) is mention
                )
            ):
                newcomers.add(_key(mention))
                newcomer = mention
            if coarse(mention.cls) == "Person" and i in mentions:
                persons_here.append(mention)
            # (read once: the subject's below wants it too)
            noun_gender = (
                _introducing_gender(token)
                if coarse(mention.cls) == "Organization" and i in mentions
                else None
            )
            if noun_gender:
                introduced_here.append((mention, noun_gender))
            typed = salience.typed.get(match_key(mention.text))
            if mention.cls == UNTYPED and typed is not None:
                mention = salience.latest[typed]  # a name typed elsewhere in the text
            # (or a name NER left untyped that is the subject of the main clause: "X,
            # cofondée en 2021, vient de lever 70 millions. Elle ...")
            speaker = coarse(mention.cls) in {"Person", "Organization"} or (
                mention.cls == UNTYPED and is_subject and _main_clause(token)
            )
            if is_subject and speaker:
                if not quoted(token):
                    # the main clause's subject is what the sentence is about ("Elle a
                    # survécu à la crise que Y a connue"); a subordinate one only if none
                    main = _main_clause(token)
                    if main or not main_here:
                        subject_here, main_here = mention, main
                        gender_here = (
                            _gender(token)
                            if i in resolved and token.pos_ == "NOUN"
                            else frozenset()
                        )
                        noun_gender_here = (
                            noun_gender if noun_gender is not None else _introducing_gender(token)
                        )
                else:
                    quoted_subject = True
        if (
            headline
            and sent.start >= after_headline
            and subject_here is not None
            and _topic_class(subject_here.cls)
        ):
            salience.headline = headline if match_key(subject_here.text) == headline else ""
            headline = ""
        # a sentence of quotation leaves who the text speaks of as it was ("« X a prouvé
        # ... . Mon rôle est ... », a-t-elle déclaré": not X)
        if subject_here is not None or not quoted_subject:
            previous_subject = subject_here
            previous_gender = gender_here
            previous_noun_gender = noun_gender_here
            previous_introduced = introduced_here
            previous_persons = persons_here
        previous_topic = next(
            (
                m
                for m in (previous_subject, _fronted_name(sent))
                if m is not None
                and (
                    coarse(m.cls) == "Organization"
                    # (an untyped main subject: "l'horticulteur X a perdu ses serres")
                    or (m is previous_subject and m.cls == UNTYPED)
                )
                and m.cls != "MediaOrganization"
            ),
            None,
        )
        if previous_topic is not None and shareholder:
            # "La banque Kervel détient 20 % du capital.": a shareholder named in passing, not
            # whose director the next sentence names
            previous_topic = None
        previous_groups = groups_here
        previous_group = group_subject
        # "X prend la présidence ; Y en devient directrice.": one written sentence the
        # parser cut at the semicolon, over which a plural description next looks back
        joined = previous_span[1] == sent.start and table.text[sent.start - 1] == ";"
        previous_span = (previous_span[0] if joined else sent.start, sent.end)
        # (a sentence naming no organisation, "Le montant n'a pas été dévoilé", keeps it)
        if any(coarse(m.cls) == "Organization" for m in met(sent.start, sent.end)):
            taken = _taken_over(
                doc,
                takeovers[bisect_left(takeovers, sent.start) : bisect_left(takeovers, sent.end)],
                lambda j: mentions.get(j) or resolved.get(j),
            )
            # "X rachète Y. Y a été fondée par Z. Basée à Lyon, la société ...": a sentence
            # whose subject is the company taken over goes on about it
            still = (
                taken is None
                and previous_target is not None
                and subject_here is not None
                and match_key(subject_here.text) == match_key(previous_target.text)
            )
            previous_target = previous_target if still else taken
        # (only a sentence that tells of it, as a press review does: "Le Courrier relate
        # les débuts de Y"; not when an organisation was the subject, "X a signé avec Y.
        # Fondée en 1920, la société" may as well be X's)
        previous_newcomer = (
            newcomer
            if len(newcomers) == 1
            and verb_lemma(sent.root) in _telling_verbs()
            and (
                subject_here is None
                or coarse(subject_here.cls) != "Organization"
                or subject_here.cls == "MediaOrganization"
            )
            else None
        )
        if group_subject is not None:
            recent_groups.append((number, group_subject))
        window_start = sent.start
        salience.next_sentence()
    if interview is not None:
        for i, mention in first_person.items():
            resolved.setdefault(i, mention)
    doc._.kg_entry_topic = _entry_topics(doc, document_mentions)
    return resolved
