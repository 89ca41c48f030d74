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
import itertools
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from kg.entities.coref import holds_a_stake
from kg.entities.mentions import (
    UNTYPED,
    coarse,
    compatible,
    in_furniture,
    noun_phrase,
    origin_as_noun,
)
from kg.grammar import (
    CLOSING_QUOTES,
    COREF_KEY,
    DE,
    MENTIONS_KEY,
    OPENING_GUILLEMETS,
    OPENING_QUOTES,
    case_of,
    case_of_index,
    clause_start,
    containers,
    expand,
    governing_verb,
    group_at,
    is_reference,
    mention_at,
    mention_of_index,
    misread_verb,
    named_by,
    negated,
    parenthetical,
    partnered_with,
    referring_words,
    sentence_end,
    sentence_of,
    subject_of,
    verb_lemma,
    words,
)
from kg.lexicon import (
    descriptions,
    folded_word_list,
    modality,
    plural_descriptions,
    verb_frame_lemma_fixes,
)
from kg.model import Mention, Modality, Provenance, Triple
from kg.nlp import paragraphs
from kg.ontology import coarse_class
from kg.text import fold, match_key

#: Confidence kept when an end of the fact was found through coreference. Measured on
#: news no rule was written on: facts resolved through a pronoun or description were right
#: about 0.6 of the time against about 0.85 between names, hence 0.7 (a verb frame's fact
#: about "l'entreprise" gets 0.6, below the 0.8 of a trusted fact).
COREF_FACTOR = 0.7
_PLACES = frozenset({"Place", "City", "Country", "Region"})
#: Relations whose agents, when two people or more share one act, hold a joint relation.
_JOINT = {"founderOf": "cofounderOf"}
#: Relations whose organisation, told of through a description or pronoun, is stated only
#: when its antecedent is in focus (:func:`in_focus`). "Fondée en 1994 par X, l'entreprise
#: ...", "L'entreprise ouvrira trois agences à Y": a company the text just introduced, or
#: the one it is about; when that company is no entity (a name NER missed or cut), or the
#: rivals were named last, coreference settles on another organisation. On the development
#: sets up to holdout10, such facts whose antecedent was neither named in the title nor in
#: the sentence before (nor referred to there) were wrong 14 times in 15; roles (``son
#: directeur général``, ``l'Autorité``) were right there as often as wrong, and are kept.
_FOCUSED = frozenset(
    {"founderOf", "cofounderOf", "foundedBy", "opensOfficeIn", "presentIn", "basedIn", "memberOf"}
)
#: Prepositions of a purpose that names a text: "la charte pour un numérique responsable",
#: "le pacte pour l'emploi" (a noun phrase otherwise keeps only "de", "sur", "en").
_PURPOSE_PREPS = frozenset({"pour"})
#: Classes of texts whose title may hold a purpose.
_TITLED = frozenset({"Agreement"})
#: Most words a quoted title holds (a longer quote is speech, not a title).
_TITLE_WORDS = 12
#: Kin nouns (words.json ``partner_nouns``): ``sa petite-fille, X`` stands for X.
_KIN = folded_word_list("partner_nouns")
#: Classes a described name may have: ``le forgeron X``, ``les poids lourds X``.
_NAMED_KINDS = frozenset({"Person", "Organization"})
_PERSON = frozenset({"Person"})
#: Nouns after "pour" that say when, how long or how much, not what a text is for.
_NOT_PURPOSES = frozenset(
    {"fois", "an", "année", "mois", "semaine", "durée", "période", "montant", "somme", "prix"}
)


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
    tokens = expand(_coordination_of(token))
    if allowed & _PLACES:
        # a city's region and country hold the same fact ("né à Dublin Irlande")
        tokens += [c for t in tokens for c in containers(t)]
    tokens += [p for t in tokens if (p := parenthetical(t)) is not None]
    # "X et son compagnon, Y, ont lancé Z" with Y alone parsed as the subject
    tokens += [o for t in tokens if t.pos_ == "PROPN" and (o := partnered_with(t)) is not None]
    named_tokens = []
    for t in tokens:
        title = (
            quoted_title(t, np_class) or baptised_title(t, np_class)
            if np_class and mention_at(t) is None
            else None
        )
        if title is not None:
            # "la convention « Très Haut Débit »": the whole title, not a name within it
            found.append(Arg(title))
            continue
        if (
            mention_at(t) is None
            and (
                named := named_by(t)
                or _named_after_origin(t)
                or _partner_named(t)
                or _described_name(t, allowed)
            )
            is not None
        ):
            # "le groupe Vernel": the name it introduces; "les acteurs X et Y": each of them
            named_tokens += [
                m
                for n in expand(named)
                if (m := n if mention_at(n) is not None else _partner_named(n)) is not None
            ]
        else:
            # "le rachat du fabricant allemand de pièces pour tracteurs X": a description
            # whose own phrase ends on its name refers to no name of the text before
            named_tokens.append(_name_in_phrase(t) if is_reference(t) else t)
    for t in dict.fromkeys(named_tokens):
        mention = mention_at(t)
        if mention is None:
            if np_class and t.pos_ == "NOUN":
                phrase = phrase_of(t, np_class)
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
        # "les deux fonds cèdent leurs parts": every entity the plural reference stands
        # for (their class is the first's: a group is of one class)
        found += [Arg(member, referring_words(t)) for member in group_at(t)[1:]]
    return found


def titled(arg: Arg, token: Token) -> Arg:
    """``la charte X``, ``un pacte X``: a text's name keeps the class noun written before it
    (``charte X``), the noun being part of what the text is called.

    Args:
        arg: An argument found at ``token``.
        token: A token of the argument's name.

    Returns:
        The argument, its name widened to the class noun when one stands right before it.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["un", "pacte", "Fabre"])
        >>> titled(Arg(Mention("Fabre", "Agreement", 9, 14)), doc[2]).mention.text
        'pacte Fabre'
    """
    mention = arg.mention
    if mention.cls not in _TITLED or arg.referring:
        return arg
    doc = token.doc
    offset = doc._.kg_offset
    first = next(
        (t for t in doc[max(0, token.i - 8) : token.i + 1] if t.idx + offset == mention.start),
        None,
    )
    if first is None or first.i == 0:
        return arg
    noun = doc[first.i - 1]
    if not noun.text.islower() or descriptions().class_of(noun.lemma_ or noun.text) not in _TITLED:
        return arg
    widened = dataclasses.replace(
        mention, text=f"{noun.text} {mention.text}", start=noun.idx + offset
    )
    return Arg(widened, arg.referring)


def phrase_of(token: Token, cls: str) -> Mention | None:
    """The noun-phrase mention of class ``cls`` a common noun heads (``le pacte européen
    sur l'IA``, ``la charte pour un numérique responsable``), or None."""
    return quoted_title(token, cls) or _with_purpose(token, cls) or noun_phrase(token, cls)


def _names_a_text(token: Token, cls: str) -> bool:
    """Whether ``token`` is a noun of a text (``charte``, ``contrat``) wanted as ``cls``."""
    lexicon = descriptions()
    return cls in _TITLED and bool(
        {lexicon.class_of(token.text), lexicon.class_of(token.lemma_)} & _TITLED
    )


def quoted_title(token: Token, cls: str = "Agreement") -> Mention | None:
    """``le pacte « Lait équitable »``, ``la convention "Haut Débit"``: a text's noun
    followed by its title in quotes is that text, the noun and the quoted title together
    (the noun alone names no particular text, and the title may hold any word).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = ["la", "charte", "«", "Lait", "sûr", "»", "."]
        >>> doc = Doc(spacy.blank("fr").vocab, words=words, sent_starts=[1] + [-1] * 6)
        >>> quoted_title(doc[1]).text
        'charte « Lait sûr »'
    """
    if not _names_a_text(token, cls):
        return None
    doc = token.doc
    end = sentence_end(token)
    j = token.i + 1
    while j < end and doc[j].pos_ == "ADJ" and doc[j].text[:1].islower():
        j += 1  # "la charte européenne « ... »"
    # (a title starts with a capital: "un accord « historique »" only quotes a word)
    if j + 1 >= end or doc[j].text not in OPENING_QUOTES or not doc[j + 1].text[:1].isupper():
        return None
    closing = next(
        (k for k in range(j + 2, min(end, j + 2 + _TITLE_WORDS)) if doc[k].text in CLOSING_QUOTES),
        None,
    )
    if closing is None:
        return None
    offset = doc._.kg_offset
    span = doc[token.i : closing + 1]
    return Mention(span.text, cls, span.start_char + offset, span.end_char + offset)


def baptised_title(token: Token, cls: str = "Agreement") -> Mention | None:
    """``un contrat de trois saisons, baptisé « Élan 2028 »``: a text's noun (with its
    complements) that a naming participle (``naming_words`` of descriptions.json) gives a
    quoted title is that title alone (the noun, with its term or sum, names no text).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = ["un", "pacte", ",", "baptisé", "«", "Mer", "sûre", "»", "."]
        >>> doc = Doc(spacy.blank("fr").vocab, words=words, sent_starts=[1] + [-1] * 8,
        ...           pos=["DET", "NOUN", "PUNCT", "VERB", "PUNCT", "PROPN", "ADJ", "PUNCT",
        ...                "PUNCT"])
        >>> baptised_title(doc[1]).text
        'Mer sûre'
    """
    if not _names_a_text(token, cls):
        return None
    lexicon = descriptions()
    doc = token.doc
    end = sentence_end(token)
    k = next(
        (
            j
            for j in range(token.i + 1, min(end, token.i + _TITLE_WORDS))
            if fold(doc[j].text) in lexicon.naming_words
        ),
        None,
    )
    # (no other verb between: "un contrat qui prévoit un fonds baptisé « X »")
    if k is None or k + 2 >= end or any(t.pos_ in {"VERB", "AUX"} for t in doc[token.i + 1 : k]):
        return None
    if doc[k + 1].text not in OPENING_QUOTES or not doc[k + 2].text[:1].isupper():
        return None
    closing = next(
        (j for j in range(k + 3, min(end, k + 2 + _TITLE_WORDS)) if doc[j].text in CLOSING_QUOTES),
        None,
    )
    if closing is None:
        return None
    offset = doc._.kg_offset
    span = doc[k + 2 : closing]
    return Mention(span.text, cls, span.start_char + offset, span.end_char + offset)


def _with_purpose(token: Token, cls: str) -> Mention | None:
    """``la charte pour un numérique responsable``: a text's title that goes on with its
    purpose, kept whole (the noun alone, ``charte``, names no particular text). Read word
    by word after the noun's own phrase: the parser hangs the purpose on the verb as often
    as on the noun."""
    if cls not in _TITLED:
        return None
    doc = token.doc
    offset = doc._.kg_offset
    head = noun_phrase(token, cls)
    after = (head.end - offset) if head is not None else token.idx + len(token.text)
    # the token that starts right after the phrase
    prep = next((t for t in doc[token.i + 1 : sentence_end(token)] if t.idx >= after), None)
    if prep is None or prep.idx != after + 1 or prep.lower_ not in _PURPOSE_PREPS:
        return None
    purpose = prep.head
    if prep.dep_ != "case" or purpose.i <= prep.i or purpose.pos_ != "NOUN":
        return None
    tail = noun_phrase(purpose, cls)
    span = doc[prep.i : purpose.i + 1]
    if tail is None or any(t.pos_ in {"NUM", "VERB", "AUX"} or t.is_punct for t in span):
        return None  # "l'accord pour 3 ans": a term, not a title
    if purpose.lemma_ in _NOT_PURPOSES:
        return None
    # (the parser may hang the clause's copula on the purpose: "... local sont X")
    stop = next(
        (
            t
            for t in doc[purpose.i + 1 : sentence_end(token)]
            if t.idx < tail.end - offset and t.pos_ in {"VERB", "AUX"}
        ),
        None,
    )
    end = tail.end if stop is None else doc[stop.i - 1].idx + len(doc[stop.i - 1]) + offset
    start = head.start if head is not None else token.idx + offset
    return Mention(doc.text[start - offset : end - offset], cls, start, end)


def _coordination_of(token: Token) -> Token:
    """The first member of the coordination ``token`` closes when ``tous deux`` (the
    ``distributive`` words of coreference.json) follows it: ``A et B, tous deux passés
    par Y`` says it of A too; else ``token`` itself."""
    if token.dep_ != "conj":
        return token
    doc, end = token.doc, token.i
    while (
        end + 1 < sentence_end(token)
        and mention_at(doc[end + 1]) is not None
        and (mention_at(doc[end + 1]) is mention_at(token))
    ):
        end += 1
    if end + 2 >= sentence_end(token) or doc[end + 1].text != ",":
        return token
    after = words(doc)
    following = " ".join(after.lower[end + 2 : end + 5])
    if not any(
        following == phrase or following.startswith(phrase + " ")
        for phrase in plural_descriptions().distributive
    ):
        return token
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return first


def _partner_named(token: Token) -> Token | None:
    """``X et son mari, Y, ont fondé Z``: the kin noun coordinated with X stands for the
    name set after it."""
    return partnered_with(token) if token.pos_ == "NOUN" else None


def _described_name(noun: Token, allowed: frozenset[str]) -> Token | None:
    """``par le forgeron Alban Quéméner``, ``affronte les ogres flamands X et Y``: a common
    noun with a determiner and no class of the lexicon, its adjectives, then a person's or
    an organisation's name in apposition, stands for that name (the lexicon's roles,
    titles and class nouns cannot list every trade or metaphor); a kin noun of a
    possessive with the name set off by a comma after it too (``présidée par sa
    petite-fille, Anne Roy``, the parser hanging the name on the verb). Only for a slot
    that accepts the name's class.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["le", "forgeron", "Jean", "Roy"],
        ...           heads=[1, 1, 1, 2], deps=["det", "ROOT", "appos", "flat:name"],
        ...           pos=["DET", "NOUN", "PROPN", "PROPN"])
        >>> person = Mention("Jean Roy", "Person", 12, 20)
        >>> doc._.kg_mentions = {2: person, 3: person}
        >>> _described_name(doc[1], frozenset({"Person"})).text
        'Jean'
    """
    doc = noun.doc
    end = sentence_end(noun)
    if (
        noun.pos_ != "NOUN"
        or not any(c.dep_ == "det" for c in noun.children)
        or descriptions().class_of(noun.lemma_ or noun.text) is not None
    ):
        return None
    after = noun.i + 1
    while after < end and doc[after].pos_ == "ADJ" and doc[after].text[:1].islower():
        after += 1  # "les poids lourds X", "les ogres flamands X"
    kin = (
        after + 1 < end
        and doc[after].text == ","
        and fold(noun.lemma_) in _KIN
        and any(c.dep_ == "det" and c.lower_ in descriptions().possessives for c in noun.children)
    )
    name = doc[after + 1] if kin else doc[after] if after < end else None
    set_off = _set_off_name(noun, after) if not kin else None
    if set_off is not None:
        # "Le vendeur, le fonds nantais X, cède ...": the name set off after the noun
        mention = mention_at(set_off)
        return (
            set_off
            if mention is not None
            and mention.cls != UNTYPED
            and compatible(mention.cls, allowed & _NAMED_KINDS)
            else None
        )
    mention = mention_at(name) if name is not None else None
    if (
        name is None
        or mention is None
        or mention.cls == UNTYPED
        or not compatible(mention.cls, allowed & _NAMED_KINDS)
    ):
        return None
    if kin:
        return name if compatible(mention.cls, _PERSON) and case_of(name) is None else None
    # a name with a case of its own is the noun's complement ("le rival de Jean Roy"),
    # not the one the noun describes
    if (
        name.head.i not in range(noun.i, after)
        or name.dep_ not in {"appos", "flat:name", "nmod"}
        or case_of(name) is not None
    ):
        return None
    return name


#: Parts of speech of the words between a description and the name that ends its phrase.
_PHRASE_WORDS = frozenset({"NOUN", "ADJ", "ADP"})


def _name_in_phrase(noun: Token) -> Token:
    """The name that ends the phrase of the description ``noun`` (``le fabricant allemand
    de pièces pour machines agricoles X``: X, right after a common noun or adjective of
    the phrase, with only bare nouns, adjectives and prepositions between, however the
    parser hung them, and of the class of what coreference took the description for),
    else ``noun`` (``cet ancien conseiller de la banque X`` is no X).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["le", "fabricant", "de", "pièces", "Kelvo"],
        ...           heads=[1, 1, 3, 1, 3], deps=["det", "ROOT", "case", "nmod", "nmod"],
        ...           pos=["DET", "NOUN", "ADP", "NOUN", "PROPN"])
        >>> doc._.kg_mentions = {1: Mention("Alba", "Company", 3, 12),
        ...                      4: Mention("Kelvo", "Company", 26, 31)}
        >>> _name_in_phrase(doc[1]).text
        'Kelvo'
    """
    own = mention_at(noun)
    if noun.pos_ != "NOUN" or own is None:
        return noun
    doc = noun.doc
    for token in doc[noun.i + 1 : sentence_end(noun)]:
        found = mention_at(token)
        if found is not None:
            before = doc[token.i - 1]
            named = (
                before.pos_ in {"NOUN", "ADJ"}
                and before.text[:1].islower()
                and case_of(token) is None
                and (found.cls == UNTYPED or coarse(found.cls) == coarse(own.cls))
            )
            return token if named else noun
        if token.pos_ not in _PHRASE_WORDS or not token.text[:1].islower():
            return noun
    return noun


def complements_end(noun: Token, *, with_clauses: bool = False) -> int:
    """Index just past the last word of ``noun``'s own complements and modifiers written
    after it (``le géant irlando-américain du carton ondulé``), its apposition and
    punctuation left out, and its participle and relative clauses unless ``with_clauses``
    (``une jeune compagnie bordelaise cofondée en 2022 par X``).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["le", "géant", "du", "carton", ",", "X"],
        ...           heads=[1, 1, 3, 1, 1, 1], deps=["det", "ROOT", "case", "nmod", "punct",
        ...           "appos"])
        >>> complements_end(doc[1])
        4
    """
    return 1 + max(
        [noun.i]
        + [
            c.right_edge.i
            for c in noun.children
            if c.i > noun.i
            and c.dep_ not in {"appos", "punct"}
            and (with_clauses or c.dep_ not in {"acl", "acl:relcl"})
        ]
    )


def _set_off_name(noun: Token, after: int) -> Token | None:
    """The name between commas right after ``noun`` (``after`` past its adjectives) and its
    complements, alone or introduced by a class noun (``le vendeur, le fonds nantais X,``,
    ``le numéro un des pompes, X,``), that the parser hung on the noun as an apposition;
    None otherwise.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = ["le", "numéro", "un", "des", "pompes", ",", "Kelvo", ",", "exploite"]
        >>> doc = Doc(spacy.blank("fr").vocab, words=words, sent_starts=[1] + [0] * 8,
        ...           heads=[1, 8, 1, 4, 1, 1, 1, 1, 8],
        ...           deps=["det", "nsubj", "nummod", "case", "nmod", "punct", "appos",
        ...                 "punct", "ROOT"],
        ...           pos=["DET", "NOUN", "NUM", "ADP", "NOUN", "PUNCT", "PROPN", "PUNCT",
        ...                "VERB"])
        >>> doc._.kg_mentions = {6: Mention("Kelvo", "Company", 30, 35)}
        >>> _set_off_name(doc[1], 2).text
        'Kelvo'
    """
    doc = noun.doc
    end = sentence_end(noun)
    if after < end and doc[after].text != ",":
        # "le numéro un mondial des centres de données, X,": past the noun's complements
        after = max(after, complements_end(noun))
    if after >= end or doc[after].text != ",":
        return None
    j = after + 1
    while (
        j < end
        and mention_at(doc[j]) is None
        and (doc[j].pos_ in {"DET", "ADJ", "NOUN"} and doc[j].text[:1].islower())
    ):
        j += 1  # ("le fonds nantais")
    if j >= end or mention_at(doc[j]) is None or case_of(doc[j]) is not None:
        return None
    mention = mention_at(doc[j])
    last = j
    while last + 1 < end and mention_at(doc[last + 1]) is mention:
        last += 1
    closed = last + 1 >= end - 1 or doc[last + 1].text == ","
    hung = any(
        doc[k].head.i == noun.i and doc[k].dep_ == "appos" for k in range(after + 1, last + 1)
    )
    return doc[j] if closed and hung else None


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
    reading = _reading(cue, clause)
    if reading is None:
        return None
    text = reading.text
    mode = Modality.ASSERTED
    if reading.hedged:
        confidence *= modality().hedge_factor
        mode = Modality.HEDGED
    referring = agent.referring or theme.referring
    if referring:
        confidence *= COREF_FACTOR
    doc = cue.doc
    stripped = text.strip()
    start = reading.start_char + (len(text) - len(text.lstrip())) + doc._.kg_offset
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


@dataclass(frozen=True, slots=True)
class _Reading:
    """What :func:`make_triple` reads of a cue's sentence and clause: the same for every
    pair of arguments around one cue, and for every frame of one verb."""

    start_char: int  # of the sentence, in the chunk
    text: str
    hedged: bool


#: The readings of the last chunk's cues by (cue index, clause), kept with the chunk and the
#: mention maps they were read with (a hedge may hang on a verb misread as a name's word,
#: which asks the mentions): about a third of the cues come back, for another frame of
#: their verb or another pair of arguments, and negation and hedges were half of a
#: triple's cost. One tuple, replaced whole, as grammar.words keeps its table.
_last_readings: tuple[Doc, object, object, dict[tuple[int, bool], _Reading | None]] | None = None


def _reading(cue: Token, clause: bool) -> _Reading | None:
    """The sentence, text and hedging of the fact ``cue`` states, or None when the
    sentence is a question or page furniture, or (``clause``) the cue's clause is negated,
    given up or only asked about."""
    global _last_readings
    doc = cue.doc
    data: dict[Any, Any] = doc.user_data
    mentions, coref = data.get(MENTIONS_KEY), data.get(COREF_KEY)
    last = _last_readings
    if last is None or last[0] is not doc or last[1] is not mentions or last[2] is not coref:
        last = _last_readings = (doc, mentions, coref, {})
    key = (cue.i, clause)
    if key in last[3]:
        return last[3][key]
    found = last[3][key] = _read(cue, clause)
    return found


def _read(cue: Token, clause: bool) -> _Reading | None:
    sent = sentence_of(cue)
    text = words(cue.doc).span_text(sent.start, sent.end)
    if text.rstrip().endswith("?") or in_furniture(cue.doc, sent.start_char):
        return None
    cues = modality()
    if _withdrawn(cue, sent, cues.retraction_lemmas, cues.retraction_phrases):
        return None
    if clause and (
        negated(cue, cues.negation_words, cues.negation_markers)
        or _given_up(cue, cues.negation_lemmas)
        or _asked(cue, cues.question_marks, cues.concessive_words)
    ):
        return None
    return _Reading(sent.start_char, text, clause and _hedged(cue, sent))


def _withdrawn(cue: Token, sent: Span, lemmas: frozenset[str], phrases: tuple[str, ...]) -> bool:
    """Whether an erratum withdraws what the cue states: it follows, in its sentence, a verb
    of saying whose subject is the paper's ``nous`` (``nous indiquions que le siège de X
    se trouvait à Y``), in a paragraph that reads as a correction (``Erratum``, ``dans une
    première version``, ``par erreur``). The correction itself is stated apart (``Le siège
    est situé à Z``) and stands."""
    doc = cue.doc
    said = [
        token
        for token in doc[sent.start : cue.i]
        if token.pos_ in {"VERB", "AUX"}
        and verb_lemma(token) in lemmas
        and any(c.dep_.startswith("nsubj") and c.lower_ == "nous" for c in token.children)
    ]
    if not said:
        return False
    chunk = words(doc).chunk
    start = chunk.rfind("\n\n", 0, sent.start_char) + 1
    end = chunk.find("\n\n", sent.end_char)
    paragraph = fold(chunk[start : end if end >= 0 else len(chunk)])
    return any(phrase in paragraph for phrase in phrases)


def _given_up(cue: Token, lemmas: frozenset[str]) -> bool:
    """Whether the cue is an infinitive that a verb of giving up governs: ``a renoncé à
    rejoindre Y``, ``a échoué à racheter Y`` (the act did not happen)."""
    return (
        "Inf" in cue.morph.get("VerbForm", []) and cue.head is not cue and cue.head.lemma_ in lemmas
    )


def _asked(cue: Token, marks: frozenset[str], concessive: frozenset[str]) -> bool:
    """Whether the cue's clause, or one it depends on, is an indirect question or a
    supposition: ``n'a pas précisé s'il envisageait d'entrer au capital de Y``, ``si X
    rachète Y`` (but ``même si X a racheté Y`` concedes the fact)."""
    doc = cue.doc
    token = cue
    for _ in range(4):
        for child in token.children:
            if child.dep_ == "mark" and child.lower_ in marks:
                before = doc[child.i - 1].lower_ if child.i > 0 else ""
                return before not in concessive
        if token.head is token or token.dep_ not in _SUBORDINATE:
            return False
        token = token.head
    return False


#: Dependencies that keep a verb inside the clause it complements.
_SUBORDINATE = frozenset({"xcomp", "ccomp", "acl", "advcl", "obl", "obl:arg", "nmod"})


def sentences_between(doc: Doc, start: int, end: int) -> int:
    """How many sentences start after token ``start`` and up to token ``end``."""
    return sum(words(doc).sent_start[start + 1 : end + 1])


def _sentence_number(token: Token) -> int:
    # Doc.sents starts a sentence at the first token and at each later sentence start
    return sentences_between(token.doc, 0, token.i)


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
    """Every ``agent × theme`` triple around one cue (``clause`` as for :func:`make_triple`).

    Two people or more founding together are each a cofounder (``fondée par A et B``,
    ``A a fondé Y avec B``): the joint relation is the more precise fact. A founding
    relation keeps only the ends named or referring to an antecedent :func:`in_focus`.
    """
    themes = list(themes)
    agents = list(agents)
    if relation in _FOCUSED:
        agents = [a for a in agents if in_focus(a, cue.doc)]
        themes = [a for a in themes if in_focus(a, cue.doc)]
    joint = _JOINT.get(relation)
    people = {a.mention for a in agents if a.mention.cls == "Person"}
    for agent in agents:
        together = joint is not None and len(people) > 1 and agent.mention in people
        said = joint if together and joint is not None else relation
        for theme in themes:
            triple = make_triple(extractor, confidence, agent, said, theme, cue, clause=clause)
            if triple is not None:
                yield triple


def in_focus(arg: Arg, doc: Doc) -> bool:
    """Whether an argument is named, or stands for an antecedent in focus: one the title
    names, or one named (or referred to) in the sentence of its referring words or the
    sentence before. Only an organisation is asked: a person's pronoun and a place's
    ``y`` always pass.

    Example:
        >>> import spacy
        >>> in_focus(Arg(Mention("X", "Organization", 0, 1)), spacy.blank("fr")("X"))
        True
    """
    if arg.referring is None or coarse(arg.mention.cls) != "Organization":
        # (a person's pronoun, a place's "y": coreference seldom strays there)
        return True
    key = match_key(arg.mention.text)
    table = words(doc)
    offset = doc._.kg_offset
    named: dict[int, Mention] = doc._.kg_mentions or {}
    same = [i for i, m in named.items() if _same_name(match_key(m.text), key)]
    if offset == 0 and same:
        title = paragraphs(table.chunk)[0]
        if any(title.start <= table.idx[i] < title.end for i in same):
            return True
    at = bisect_left(table.idx, arg.mention.start - offset)
    # ("X change de mains. Elle a pour gérant Y, son fondateur": a chain of references
    # keeps its antecedent in focus)
    resolved: dict[int, Mention] = doc._.kg_coref or {}
    same += [i for i, m in resolved.items() if i < at and _same_name(match_key(m.text), key)]
    before = [i for i in same if i < at]
    if not before:
        # ("La start-up californienne ouvre un bureau. OpenAI ...": a text may open on a
        # description and name it in the sentence after)
        after = [i for i in same if i > at]
        return bool(after) and sentences_between(doc, at, min(after)) <= 1
    # the sentences begun after the last naming, up to the referring words; a sentence of
    # one word (a verdict: "« X fournira les câbles. » FAUX.") moves the text on to
    # nothing else
    # (the sentence holding the referring words is the one begun: any sentence before it
    # must be of one word)
    starts = [i for i in range(max(before) + 1, at + 1) if table.sent_start[i]]
    return all(
        sum(1 for j in range(start, end) if table.pos[j] not in {"PUNCT", "SPACE"}) <= 1
        for start, end in itertools.pairwise(starts)
    )


def _same_name(key: str, other: str) -> bool:
    """Whether two folded names name one entity (``fonderie paccard``, ``paccard``)."""
    return key == other or f" {other} " in f" {key} " or f" {key} " in f" {other} "


def is_place(mention: Mention | None) -> bool:
    """Whether a mention is a place the text typed (not a name NER left untyped).

    Example:
        >>> is_place(Mention("Lyon", "City", 0, 4)), is_place(Mention("X", UNTYPED, 0, 1))
        (True, False)
    """
    return mention is not None and mention.cls != UNTYPED and coarse_class(mention.cls) == "Place"


#: How many times a chunk names or refers to the organisation it is about, at least.
_TOPIC_MIN = 3


def text_topic(doc: Doc) -> Mention | None:
    """The organisation a chunk is about, when one stands out: named or referred to at
    least :data:`_TOPIC_MIN` times, and twice as often as any other organisation.

    Example:
        >>> import spacy
        >>> text_topic(spacy.blank("fr")("Rien.")) is None  # (no mention read yet)
        True
    """
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    # (a name of several words is at each of its words; a reference at its one word)
    named = {id(m): m for m in (doc._.kg_mentions or {}).values()}
    for mention in [*named.values(), *(doc._.kg_coref or {}).values()]:
        if mention.cls == UNTYPED or coarse_class(mention.cls) != "Organization":
            continue
        key = match_key(mention.text)
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, mention)
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < _TOPIC_MIN:
        return None
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    return first[ranked[0][0]]


def salient_organisation(
    token: Token, *, named: bool = False, introduced: bool = False
) -> Arg | None:
    """The organisation the sentence before ``token``'s is about: its named or resolved
    subject (``named``: only a name, not a pronoun or description coreference resolved;
    ``introduced``: also the name its class noun introduces, ``La société X fabrique``).
    None when that sentence says its subject holds a share (``Le fonds X en détient
    20 %``): a shareholder named in passing, not what the text is about."""
    doc = token.doc
    sent = token.sent
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    if holds_a_stake(previous.root):
        return None
    for word in previous:
        if named and is_reference(word):
            continue
        if word.dep_ in {"nsubj", "nsubj:pass"} or word.i == previous.start:
            mention = _subject_mention(word, introduced)
            if mention is not None and mention.cls in {"Organization", "Company", "NamedEntity"}:
                return Arg(mention)
    subject = subject_of(previous.root)
    if named and subject is not None and is_reference(subject):
        return None
    mention = _subject_mention(subject, introduced) if subject is not None else None
    if mention is not None and mention.cls in {"Organization", "Company"}:
        return Arg(mention)
    return None


def _subject_mention(word: Token, introduced: bool) -> Mention | None:
    """The mention at ``word``, or (``introduced``) that of the name its class noun
    introduces."""
    mention = mention_at(word)
    if mention is None and introduced and (named := named_by(word)) is not None:
        mention = mention_at(named)
    return mention


_INCLUDING = folded_word_list("inclusion_markers")
#: at most this many words of the counted noun's complement before its list
_COMPLEMENT_WORDS = 5


def _counted_after(child: Token, count: Token) -> bool:
    """Whether ``child`` is the ``de`` noun a noun of quantity counts (``une dizaine de
    pays``, ``des dizaines de villes``)."""
    return (
        child.dep_ == "nmod"
        and child.pos_ == "NOUN"
        and child.i > count.i
        and case_of_index(child.doc, child.i) in DE
    )


def listed_members(token: Token, *, goods: bool = False) -> list[Token]:
    """``dans treize pays, dont l'Allemagne, le Brésil et le Chili``: the places a list
    opened by ``dont`` or ``notamment`` names among the counted plural noun at ``token``,
    or none. With ``goods``, the products it names instead: ``fabrique des fours à bois
    pour pizzerias, dont le modèle « Vercors 90 »`` (a product's own noun and quotes may
    stand before its name).

    Read word by word: the parser makes the first place a relative clause of the noun and
    the others its conjuncts, or hangs them elsewhere. The list stops at the first word
    that is neither a place, an article, a comma nor ``et`` (``dont la moitié en Afrique``
    names no member).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> from kg.model import Mention
        >>> words = ["dans", "trois", "pays", ",", "dont", "le", "Japon", "et", "la", "Chine"]
        >>> pos = ["ADP", "NUM", "NOUN", "PUNCT", "PRON", "DET", "PROPN", "CCONJ", "DET",
        ...        "PROPN"]
        >>> doc = Doc(spacy.blank("fr").vocab, words=words, pos=pos,
        ...           morphs=["", "", "Number=Plur", "", "", "", "", "", "", ""],
        ...           sent_starts=[True] + [False] * 9)
        >>> doc._.kg_mentions = {6: Mention("Japon", "Country", 24, 29),
        ...                      9: Mention("Chine", "Country", 36, 41)}
        >>> [t.text for t in listed_members(doc[2])]
        ['Japon', 'Chine']
    """
    if token.pos_ != "NOUN" or mention_at(token) is not None:
        return []
    doc = token.doc
    # "dans une dizaine de pays, dont ...": the count's noun is what the list is of
    counted = next((c for c in token.children if _counted_after(c, token)), None)
    if counted is not None:
        token = counted
    elif "Plur" not in token.morph.get("Number", []) and not any(
        c.dep_ == "nummod" for c in token.children
    ):
        return []  # "dans la région, dont Lyon est le chef-lieu": no list of members
    table = words(doc)
    end = sentence_end(token)
    k = token.i + 1
    while k < end and table.pos[k] == "ADJ" and table.text[k].islower():
        k += 1  # "ses propres bassins maçonnés, dont ..."
    if k < end and (table.lower[k] in DE or table.pos[k] == "ADP"):
        # "dans dix pays d'Afrique, dont ...": the list follows the noun's own short
        # complement (the parser may hang the list itself inside it)
        stop = min(end, k + _COMPLEMENT_WORDS)
        while k < stop and table.lower[k] != "," and fold(table.lower[k]) not in _INCLUDING:
            k += 1
    if k < end and table.lower[k] == ",":
        k += 1
    if k >= end or fold(table.lower[k]) not in _INCLUDING:
        return []
    found: list[Token] = []
    k += 1
    while k < end:
        if (
            table.pos[k] == "DET"
            or table.lower[k] in {",", "et"}
            or (goods and table.text[k] in OPENING_GUILLEMETS)
            or (goods and table.pos[k] in {"NOUN", "ADJ"} and table.text[k].islower())
        ):
            k += 1
            continue
        mention = mention_of_index(doc, k)
        member = (mention is not None and mention.cls == "Product") if goods else is_place(mention)
        if not member:
            break
        found.append(doc[k])
        while k < end and mention_of_index(doc, k) == mention:
            k += 1
    return found
