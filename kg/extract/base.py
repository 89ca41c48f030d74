"""What every extractor shares: arguments with their referring words, and fact building.

:func:`make_triple` is the single place where a candidate fact becomes a
:class:`~kg.model.Triple`: it refuses questions, negated statements and self-relations,
lowers the confidence of hedged ones and of facts that needed coreference, and records the
sentence as evidence.

Example:
    >>> Arg(Mention("OpenAI", "Organization", 0, 6)).mention.text
    'OpenAI'
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.entities.mentions import (
    UNTYPED,
    compatible,
    in_furniture,
    noun_phrase,
    origin_as_noun,
)
from kg.grammar import (
    clause_start,
    containers,
    expand,
    governing_verb,
    mention_at,
    misread_verb,
    named_by,
    negated,
    parenthetical,
    referring_words,
    sentence_of,
    words,
)
from kg.lexicon import modality, verb_frame_lemma_fixes
from kg.model import Mention, Modality, Provenance, Triple
from kg.text import match_key

#: Confidence kept when an end of the fact was found through coreference.
COREF_FACTOR = 0.85
_PLACES = frozenset({"Place", "City", "Country", "Region"})


@dataclass(frozen=True, slots=True)
class Arg:
    """One end of a candidate fact: the mention and, if resolved, the words that referred."""

    mention: Mention
    referring: str | None = None


def args_of(token: Token | None, allowed: frozenset[str], np_class: str | None = None) -> list[Arg]:
    """The mentions ``token`` stands for (itself, its conjuncts, its listed examples, the
    name a class noun introduces) that fit a slot accepting ``allowed`` classes.

    An untyped name takes the slot's class when the slot accepts only one (an organisation
    when the slot accepts one among others); a common noun
    becomes a noun-phrase mention of ``np_class`` when the frame allows one.
    """
    if token is None:
        return []
    found = []
    tokens = expand(token)
    if allowed & _PLACES:
        # a city's region and country hold the same fact ("né à Dublin Irlande")
        tokens += [c for t in tokens for c in containers(t)]
    tokens += [p for t in tokens if (p := parenthetical(t)) is not None]
    named_tokens = []
    for t in tokens:
        if mention_at(t) is None and (named := named_by(t) or _named_after_origin(t)) is not None:
            # "le groupe Vernel": the name it introduces; "les acteurs X et Y": each of them
            named_tokens += [n for n in expand(named) if mention_at(n) is not None]
        else:
            named_tokens.append(t)
    for t in dict.fromkeys(named_tokens):
        mention = mention_at(t)
        if mention is None:
            if np_class and t.pos_ == "NOUN":
                phrase = noun_phrase(t, np_class)
                if phrase is not None:
                    found.append(Arg(phrase))
            continue
        if not compatible(mention.cls, allowed):
            continue
        if mention.cls == UNTYPED and len(allowed) == 1:
            mention = dataclasses.replace(mention, cls=next(iter(allowed)))
        elif mention.cls == UNTYPED and "Organization" in allowed:
            # an unknown name where an organisation or a person may stand: names NER could
            # not type are brands far more often than people (whose first names it knows)
            mention = dataclasses.replace(mention, cls="Organization")
        found.append(Arg(mention, referring_words(t)))
    return found


def _named_after_origin(token: Token) -> Token | None:
    """``l'acquisition de l'américain WNS``: an adjective of origin used as a noun stands
    for the name right after it."""
    after = token.i + 1
    if origin_as_noun(token) and after < len(token.doc) and mention_at(token.doc[after]):
        return token.doc[after]
    return None


def _hedged(cue: Token, sent: Span) -> bool:
    cues = modality()
    table = words(cue.doc)
    sentence = table.span_text(sent.start, sent.end).lower()
    if any(phrase in sentence for phrase in cues.hedge_phrases):
        return True
    if any(table.lower[i] in cues.hedge_words for i in range(sent.start, sent.end)):
        return True
    verb = governing_verb(cue)
    for _ in range(6):
        if verb is None:
            return False
        if "Cnd" in verb.morph.get("Mood", []) or verb.lemma_ in cues.hedge_lemmas:
            return True
        misread = misread_verb(verb)
        if misread is not None and verb_frame_lemma_fixes()[misread.lower_] in cues.hedge_lemmas:
            return True  # "Vernel compte racheter Y", "compte" read as a noun
        if any(
            c.dep_.startswith("aux") and "Cnd" in c.morph.get("Mood", []) for c in verb.children
        ):
            return True
        # an incise ("», a confié X à Y") is not governed by the quote it hangs on
        if verb.head == verb or verb.dep_ == "parataxis" or _after_quote(verb):
            return False
        verb = governing_verb(verb.head)
    return False


def _after_quote(verb: Token) -> bool:
    """Whether the verb opens an incise right after a closing quote (``», a confié``)."""
    first = clause_start(verb)
    before = [t.text for t in verb.doc[max(first - 2, 0) : first]]
    return before[-1:] == ["»"] or before == ["»", ","]


def make_triple(
    extractor: str,
    confidence: float,
    agent: Arg,
    relation: str,
    theme: Arg,
    cue: Token,
    *,
    clause: bool = True,
) -> Triple | None:
    """Build the triple ``agent –relation→ theme`` stated around ``cue``, or None.

    Returns None for a question, a negated statement, a sentence of page furniture, or an
    entity related to itself. ``clause=False`` says the cue is not what its clause asserts
    (an apposition: ``le PDG de X, Y, n'a pas commenté`` still says Y leads X), so the
    clause's negation and hedges do not touch the fact.
    """
    if match_key(agent.mention.text) == match_key(theme.mention.text):
        return None
    sent = sentence_of(cue)
    text = words(cue.doc).span_text(sent.start, sent.end)
    if text.rstrip().endswith("?") or in_furniture(cue.doc, sent.start_char):
        return None
    cues = modality()
    if clause and (
        negated(cue, cues.negation_words, cues.negation_markers)
        or _given_up(cue, cues.negation_lemmas)
    ):
        return None
    mode = Modality.ASSERTED
    if clause and _hedged(cue, sent):
        confidence *= cues.hedge_factor
        mode = Modality.HEDGED
    referring = agent.referring or theme.referring
    if referring:
        confidence *= COREF_FACTOR
    doc = cue.doc
    stripped = text.strip()
    start = sent.start_char + (len(text) - len(text.lstrip())) + doc._.kg_offset
    sentence_index = doc._.kg_first_sentence + _sentence_number(cue)
    return Triple(
        agent.mention,
        relation,
        theme.mention,
        Provenance(
            doc_id=doc._.kg_doc_id or "",
            sentence_index=sentence_index,
            sentence=stripped,
            start=start,
            end=start + len(stripped),
            extractor=extractor,
            confidence=round(confidence, 4),
            modality=mode,
            mention=referring,
        ),
    )


def _given_up(cue: Token, lemmas: frozenset[str]) -> bool:
    """Whether the cue is an infinitive that a verb of giving up governs: ``a renoncé à
    rejoindre Y``, ``a échoué à racheter Y`` (the act did not happen)."""
    return (
        "Inf" in cue.morph.get("VerbForm", [])
        and cue.head is not cue
        and cue.head.lemma_ in lemmas
    )


def _sentence_number(token: Token) -> int:
    # Doc.sents starts a sentence at the first token and at each later sentence start
    return sum(words(token.doc).sent_start[1 : token.i + 1])


def pairs(
    extractor: str,
    confidence: float,
    agents: Iterable[Arg],
    relation: str,
    themes: Iterable[Arg],
    cue: Token,
    *,
    clause: bool = True,
) -> Iterator[Triple]:
    """Every ``agent × theme`` triple around one cue (``clause`` as for :func:`make_triple`)."""
    themes = list(themes)
    for agent in agents:
        for theme in themes:
            triple = make_triple(
                extractor, confidence, agent, relation, theme, cue, clause=clause
            )
            if triple is not None:
                yield triple
