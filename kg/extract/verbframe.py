"""Verbal frames from ``ontology/lexicon/verbs.json``: ``X rachète Y``, ``Y, fondé par X``.

For a verb whose lemma a frame lists, the agent and theme are read from the parse by the
frame's voice:

- *transitive*: active ``nsubj`` → agent, ``obj`` → theme; passive (``est racheté par``)
  or participle (``Y, fondé par X``, ``l'incubateur fondé par X``) swaps them, the
  ``par`` phrase (``obl:agent``) being the agent;
- *intransitive*: agent = subject, theme = a complement introduced by one of the frame's
  prepositions (``investit dans Y``, ``né à Y``); with ``object_heads`` the direct object
  must be such a noun (``ouvre un bureau à Paris``, ``organise des hackathons à Y``);
- *stative*: a participle or passive describing where something is (``basée à Lyon``).

Subjects follow control and gerunds (``en signant``, ``refuse d'entamer``); a non-finite
verb left with no subject at all takes the discourse's most salient organisation, with a
lower confidence.

Example:
    >>> VerbFrameExtractor().name
    'kg.verbframe.v1'
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.entities.coref import holds_a_stake
from kg.entities.mentions import UNTYPED, coarse, compatible
from kg.entities.places import french_place
from kg.extract.base import (
    Arg,
    args_of,
    baptised_title,
    is_place,
    listed_members,
    pairs,
    quoted_title,
    salient_organisation,
    sentences_between,
    text_topic,
    titled,
)
from kg.grammar import (
    DE,
    DE_BARE,
    DEFINITE,
    FUSED_ARTICLES,
    LOCUTION_NOUNS,
    PERCENT,
    UNACCUSATIVES,
    anchor,
    before_aside,
    case_of,
    case_of_index,
    clause_start,
    is_reference,
    mention_at,
    mention_of_index,
    misread_participle,
    named_by,
    participle_infinitive,
    present_infinitive,
    referring_words,
    relative_antecedent,
    sentence_end,
    sentence_of,
    sentence_start,
    start_of_name,
    subject_before,
    subject_of,
    subtree_indices,
    verb_lemma,
    where_antecedent,
    whose_pronouns,
    words,
)
from kg.lexicon import (
    VerbFrame,
    demonym_of,
    descriptions,
    folded_word_list,
    is_family_name,
    noun_frames,
    place_holders,
    plural_descriptions,
    time_nouns,
    verb_frame_noun_forms,
    verb_frames,
    word_list,
)
from kg.lexicon import verb_frame_lemma_fixes as verb_lemma_fixes
from kg.model import Mention, Triple
from kg.ontology import coarse_class
from kg.text import fold

CONFIDENCE = 0.85
#: Confidence factor when the agent is the salient organisation, not a parsed subject.
IMPLICIT_FACTOR = 0.7
_OBJECT_DEPS = frozenset({"obj"})
#: How a verb's noun complements hang on it.
_NOUN_COMPLEMENTS = frozenset({"obj", "obl", "obl:mod", "obl:arg"})
#: Relative pronouns that stand for a verb's object: "le laboratoire que X a cofondé".
_RELATIVE_OBJECTS = frozenset({"que", "qu'", "qu\u2019"})
_PERSON = frozenset({"Person"})
_ORGANISATION = frozenset({"Organization"})
#: "avec la participation de Y": nouns of taking part alongside the agent.
_JOINING = word_list("joining_nouns")
# the bodies that act for an organisation: "la direction de X a refusé"
_GOVERNING = word_list("governing_nouns")
#: Clauses whose subject is not the sentence's: relative, adverbial, complement clauses.
_EMBEDDED = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "csubj"})
#: "X, directrice générale de Y, a refusé": roles whose holder acts for Y.
_SPEAKING = word_list("speaking_roles")
#: "ancienne directrice de Y": a role no longer held speaks for no one.
_FORMER = folded_word_list("former_words")
#: How many sentences back the company in focus is looked for, past those whose subject
#: is a pronoun.
_FOCUS_REACH = 3
#: How many sentences back an event just told (a purchase, a round, a stake) is what a
#: later clause refers to without naming it ("X cède ses parts au repreneur").
_EVENT_REACH = 2
_ON = frozenset({"sur"})
#: Prepositions of a site a place noun names: "sur la commune de X", "dans le quartier de X".
_ON_SITE = frozenset({"sur", "dans"})
#: Object pronouns that stand for a name of the text: "qui l'avait rachetée".
_OBJECT_CLITICS = frozenset({"l'", "le", "la"})
_RELATIVE_SUBJECTS = frozenset({"qui"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})
#: Relative pronouns a preposition introduces ("dans laquelle", "pour qui").
_RELATIVE_OBLIQUES = frozenset({"lequel", "laquelle", "lesquels", "lesquelles", "qui", "quoi"})
_OBLIQUE_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "nmod", "iobj"})
#: Reflexive verbs of an event taking place somewhere: "le salon se tiendra à Lyon".
_HAPPENS = word_list("happening_verbs")
#: Verbs of giving away whose past participle describes what is given, not who gives it.
_GIVEN_AWAY = word_list("giving_away_verbs")
#: Participles that say what a thing is about or for, whose "à" names no place: "un salon
#: consacré à l'IA", "un forum ouvert aux start-up".
_ABOUT = word_list("purpose_participles")
#: Verbs of a lasting state whose participle complement is a passive: "L'usine restera
#: dirigée par X" (the parser makes the participle an xcomp, with no passive auxiliary).
_STAYING = word_list("attribute_verbs")
#: Prepositions of a topic that belongs to a named agreement even when the parser hangs it
#: on the verb: "a signé le pacte européen sur l'IA".
_TOPIC_PREPS = frozenset({"sur"})


#: "cède ses parts au repreneur": nouns of the buyer of the latest purchase told.
_BUYERS = folded_word_list("buyer_nouns")
_BUYING, _SELLING, _STAKE = "acquires", "divestsTo", "investsIn"
#: The key under which the events keep the company of the latest stake named in the text
#: (``X prend 49 % de Y``), whose capital a stake told next without its company is of.
_STAKE_COMPANY = "investsIn:company"
#: "conclu entre X et Y": the preposition of both parties of a symmetric relation.
_BETWEEN = frozenset({"entre"})
#: "le fonds X": an investor that owns a company holds it as an investment.
_INVESTORS = folded_word_list("investor_nouns")
#: Words that count an object ("une soixantaine de salles", "plusieurs usines").
_COUNT_WORDS = word_list("count_nouns")


#: Classes of the bodies that regulate or judge companies, and never compete with them.
_AUTHORITIES = frozenset({"GovernmentBody"})


def _participle(token: Token) -> bool:
    """A past participle, or one the tagger called an adjective (``Basée à Lyon, ...``:
    its lemma is still the verb's)."""
    if "Part" in token.morph.get("VerbForm", []) or misread_participle(token):
        return True
    return (
        token.pos_ == "ADJ"
        and token.lemma_.endswith(("er", "ir"))
        and token.lower_.endswith(("é", "ée", "és", "ées", "i", "ie", "is", "ies"))
    )


def _is_passive(verb: Token) -> bool:
    if any(c.dep_ == "aux:pass" for c in verb.children):
        return True
    if any(c.dep_ == "nsubj:pass" for c in verb.children) and not any(
        c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in verb.children
    ):
        # (a passive takes "être": "X ont racheté en mars Y" is active, whatever label the
        # parser gave its subject)
        return True
    if not _participle(verb):
        return False
    if _stays(verb):
        return True
    if any(c.dep_ in {"aux:tense", "nsubj"} for c in verb.children):
        return False  # "X, qui a rejoint Y": a relative clause in the active voice
    # "Fondée en 2020 par X, la start-up Y ...": a past participle opening the sentence
    fronted = (
        "Past" in verb.morph.get("Tense", []) or verb.pos_ == "ADJ" or misread_participle(verb)
    ) and not any(c.dep_.startswith("aux") for c in verb.children)
    return verb.dep_.startswith("acl") or (
        fronted
        and (
            _fronted_holder(verb) is not None
            or _distributed_over(verb) is not None
            or _set_off_after(verb) is not None
        )
    )


def _stays(participle: Token) -> bool:
    """Whether a participle is the complement of a verb of state (``restera dirigée par
    X``, ``demeure contrôlée par Y``): a passive whose subject is that verb's."""
    return (
        participle.dep_ == "xcomp"
        and participle.head.lemma_ in _STAYING
        and not any(c.dep_.startswith("aux") or c.dep_ == "obj" for c in participle.children)
    )


def _is_reflexive(verb: Token) -> bool:
    return any(c.lower_ in {"se", "s'", "s’"} for c in verb.children)


def _holder(verb: Token) -> Token | None:
    """Who a participle or passive describes: its passive subject, or the noun it modifies."""
    for child in verb.children:
        if child.dep_ in {"nsubj:pass", "nsubj"}:
            # "Lyon, qui est située en France": the relative pronoun stands for Lyon
            return subject_of(verb) or child
    if _stays(verb):
        return subject_of(verb.head)
    fronted = _fronted_holder(verb)
    if fronted is not None:
        return fronted
    if verb.dep_.startswith("acl") or verb.dep_ == "amod":
        named = _name_before(verb)
        if named is not None:
            return named
        noun = verb.head
        if (
            anchor(noun) is None
            and noun.dep_ == "nmod"
            and case_of(noun) in DE
            and not any(c.dep_ == "det" for c in noun.children)
        ):
            noun = noun.head  # "X, une compagnie de croisière fondée par Y": the compagnie
        if (
            anchor(noun) is None
            and noun.lemma_ in time_nouns()
            and noun.dep_.startswith("obl")
            and (spent := subject_of(noun.head)) is not None
        ):
            return spent  # "X a fondé Y après dix ans passés chez Z": X spent them
        return anchor(noun) or verb.head
    return _distributed_over(verb) or _set_off_after(verb)


def _set_off_after(participle: Token) -> Token | None:
    """``X, le fabricant de turbines de Laruns (Pyrénées-Atlantiques), racheté en juin
    par Y``: a passive participle set off after a name, or after the noun set off to
    describe that name, describes that name however the parser hung it (an adverb or a
    parenthesis may come between); the first word of the name."""
    if (
        participle.dep_ != "advcl"
        or "Part" not in participle.morph.get("VerbForm", [])
        or not any(c.dep_ == "obl:agent" for c in participle.children)
    ):
        return None
    doc = participle.doc
    start = sentence_start(participle)
    j = participle.i - 1
    while j > start and doc[j].pos_ == "ADV":
        j -= 1
    if j <= start or doc[j].text != ",":
        return None
    j = before_aside(doc, j - 1, start)
    # the phrase set off before: back to its comma or the sentence's start
    first = j
    while first > start and doc[first - 1].text != ",":
        first -= 1
    top = doc[j]
    while top.head.i != top.i and first <= top.head.i <= j:
        top = top.head
    if mention_at(top) is None and (
        top.pos_ != "NOUN"
        or descriptions().class_of(top.lemma_) is None
        or first - 2 < start
        or mention_at(doc[first - 2]) is None
        or not _agrees(participle, top)
    ):
        return None
    return start_of_name(top if mention_at(top) is not None else doc[first - 2], start)


def _hung_on_noun(verb: Token, preps: frozenset[str]) -> list[Token]:
    """``un loueur installé à Ajaccio``: the name of the complement right after a
    participle that the parser hung on the noun the participle describes."""
    doc = verb.doc
    j = verb.i + 1
    end = sentence_end(verb)
    while j < end and doc[j].pos_ == "ADV":
        j += 1
    if j + 1 >= end or doc[j].lower_ not in preps:
        return []
    k = j + 1
    while k < end and doc[k].pos_ == "DET":
        k += 1
    if k >= end or mention_at(doc[k]) is None or doc[k].head != verb.head:
        return []
    return [doc[k]]


def _name_before_comma(verb: Token) -> Token | None:
    """``..., la fonderie X, basée à Y``: the organisation's name right before the comma
    that sets the participle off (after the verb of its clause, so not that clause's
    fronted subject), or None."""
    doc = verb.doc
    i = verb.i - 1
    while i > sentence_start(verb) and doc[i].pos_ == "ADV":
        i -= 1
    if i < 1 or doc[i].text != "," or (mention := mention_at(doc[i - 1])) is None:
        return None
    if coarse(mention.cls) != "Organization" or verb.head.i > verb.i:
        return None
    first = i - 1
    while first > 0 and mention_of_index(doc, first - 1) == mention:
        first -= 1
    # ("le groupe X a quitté la société Y, installé à Z": the participle agrees with the
    # clause's subject, not with the class noun of the name before it)
    noun = doc[first - 1] if first > 0 and doc[first - 1].pos_ == "NOUN" else None
    return doc[first] if noun is None or _agrees(verb, noun) else None


def _name_hung_over(verb: Token) -> Token | None:
    """``inquiète son concurrent X, basé à Y`` read with no verb: the name the comma before
    a participle closes, when the parser hung the participle on a common noun before that
    name (not on a site's noun, nor over a name that noun's ``de`` introduces: ``la filiale
    de X, basée à Y`` may be the subsidiary's seat)."""
    head = verb.head
    if verb.dep_ != "acl" or head.i > verb.i or head.pos_ != "NOUN" or mention_at(head):
        return None
    if head.lemma_ in place_holders() or fold(head.text) in place_holders():
        return None
    name = _name_before_comma(verb)
    if name is None or name.i <= head.i + 1 or name.doc[name.i - 1].lower_ in DE:
        return None
    return name


def _distributed_over(verb: Token) -> Token | None:
    """``ses rivaux A et B, tous deux très implantés au Luxembourg``: a participle right
    after a distributive phrase (``distributive`` of coreference.json, adverbs between) set
    off by a comma describes the names before that comma, wherever the parser hung it;
    the first word of the last name (the arguments then take in its coordination)."""
    doc = verb.doc
    table = words(doc)
    start = sentence_start(verb)
    j = verb.i
    while j > start and table.pos[j - 1] == "ADV":
        j -= 1
    for phrase in plural_descriptions().distributive:
        k = j - len(phrase.split())
        if k - 2 < start or table.text[k - 1] != "," or " ".join(table.lower[k:j]) != phrase:
            continue
        name = mention_at(doc[k - 2])
        if name is None:
            return None
        first = k - 2
        while first > start and mention_at(doc[first - 1]) is name:
            first -= 1
        return doc[first]
    return None


#: Words that open a relative clause after a comma.
_RELATIVE_WORDS = frozenset({"où", "qui", "dont", "que", "qu'", "qu’"})


def _fronted_holder(verb: Token) -> Token | None:
    """``Fondée en 2020 par X, la start-up Y emploie ...``: a participle that opens the
    sentence describes the subject of the clause after its comma (the parser often makes
    the participle the root and that clause a side branch)."""
    # ("Présent en Italie depuis 2010, le groupe Y ...": an adjective of a frame as well)
    if not (_participle(verb) or verb.pos_ in {"ADJ", "PROPN"}):
        return None
    return _fronted_subject(verb)


def _fronted_subject(verb: Token) -> Token | None:
    """The subject of the clause after the comma that ends a phrase opening the sentence
    with ``verb`` (None if ``verb`` does not open it)."""
    doc = verb.doc
    sent = sentence_of(verb)
    if any(t.pos_ not in {"ADV", "PUNCT"} for t in doc[sent.start : verb.i]):
        return None
    comma = next((t.i for t in doc[verb.i : sent.end] if t.text == ","), None)
    if comma is None:
        return None
    subject = finite = None
    skip_to = comma
    for token in doc[comma + 1 : sent.end]:
        if token.i <= skip_to:
            continue
        if token.lower_ in _RELATIVE_WORDS and doc[token.i - 1].text == ",":
            # "Passée par X, où elle a dirigé ..., puis par Y, Z": a relative clause of the
            # phrase, up to its closing comma, holds neither the verb nor its subject
            skip_to = next((t.i for t in doc[token.i : sent.end] if t.text == ","), sent.end)
            continue
        if (
            subject is None
            and token.dep_ in {"nsubj", "nsubj:pass", "expl:subj"}
            and (token.pos_ in {"NOUN", "PROPN"} or mention_at(token) is not None)
        ):
            subject = token  # (not "tous deux", read as a subject)
        # the clause's own verb ends the search; another participle ("X, tous deux passés
        # par Y,") still describes the agents of the first
        if token.pos_ in {"VERB", "AUX"} and "Part" not in token.morph.get("VerbForm", []):
            finite = token
            break
    if finite is None:
        # ("Fondée par X, un ancien professeur, Zelio compte": the name after the comma
        # that closes the agent's own apposition)
        commas = [t.i for t in doc[comma : sent.end] if t.text == ","]
        return subject or next(
            (found for c in commas if (found := _first_after(c, doc)) is not None), None
        )
    # in French order the subject is the name (or the described noun) between the last
    # comma and the clause's verb, whatever the parser made the subject ("Fondée par deux
    # anciens de Y, A et B, Z emploie": not A); a relative clause there ("..., la start-up,
    # qui emploie") leaves it to the parser
    # ("Née à X, Claire Dumas, 52 ans, a rejoint": past an incise that names no one, the
    # subject is in the stretch before it)
    commas = [t.i for t in doc[comma : finite.i] if t.text == ","]
    for start, end in reversed(list(zip(commas, [*commas[1:], finite.i], strict=True))):
        found = subject_before(doc, start + 1, end)
        if found is not None:
            return found
    return subject


def _first_after(comma: int, doc: Doc) -> Token | None:
    """The name (or the class noun naming one) right after ``comma``: the subject of a
    clause the parser found neither a subject nor a verb for."""
    sent = doc[comma].sent
    if any(t.dep_ in _SUBJECT_DEPS for t in doc[comma + 1 : sent.end]):
        return None
    j = comma + 1
    while j < sent.end and doc[j].pos_ == "DET":
        j += 1
    if j < sent.end and (mention_at(doc[j]) is not None or named_by(doc[j]) is not None):
        return doc[j]
    return None


def _name_before(verb: Token) -> Token | None:
    """``les efforts de DuPont basé à ...``: the parser hung the participle on the plural
    noun, but its number says it describes the name written right before it."""
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before == verb.head or mention_at(before) is None:
        return None
    number, head_number = verb.morph.get("Number", []), verb.head.morph.get("Number", [])
    if number and head_number and number != head_number:
        return before
    return None


def _with_prep(head: Token, preps: frozenset[str], after: int | None = None) -> list[Token]:
    after = head.i if after is None else after
    found = []
    if "à" in preps and (where := where_antecedent(head)) is not None:
        found.append(where)  # "Lyon, où le groupe est installé": "où" is "à Lyon"
    # the children read from the chunk's table, a Token built only for those found: every
    # frame of every verb asks this, most children are none of them
    doc = head.doc
    table = words(doc)
    lower, dep = table.lower, table.dep
    for child in table.children[head.i]:
        # (a relative pronoun comes first: "dans laquelle X a investi")
        if child <= after and lower[child] not in _RELATIVE_OBLIQUES:
            continue
        # "passée par Google": a frame whose theme "par" introduces reads the parser's agent
        if (dep[child] in _OBLIQUE_DEPS or dep[child] == "obl:agent") and case_of_index(
            doc, child
        ) in preps:
            found.append(doc[child])
        elif dep[child] == "conj" and found and case_of_index(doc, child) in preps:
            # "présent au Royaume-Uni et en Italie": the parser hangs the second
            # complement, preposition and all, on the word the first one completes
            found.append(doc[child])
        elif (
            dep[child] == "obj" and (case := case_of_index(doc, child)) in preps and case not in DE
        ):
            # "fait face à l'allemand X": after a preposition the parser may still call the
            # nominal an object ("de" may be a partitive article's)
            found.append(doc[child])
        elif dep[child] == "advmod" or table.pos[child] == "ADV":
            # "auprès de Y": the parser reads a compound preposition as an adverb
            # governing the nominal
            found += [
                doc[c]
                for c in table.children[child]
                if dep[c] in _OBLIQUE_DEPS and f"{lower[child]} {case_of_index(doc, c)}" in preps
            ]
    return found


def _named(tokens: list[Token], *, through_de: bool = False) -> list[Token]:
    """Each token, or the name its class noun introduces (``au groupe Iliad`` → Iliad),
    and the names of the class nouns coordinated with it (``auprès du fonds X et de la
    banque Y`` → Y too: the conjunct hangs on the noun, not on the name)."""
    found = []
    for token in tokens:
        # "la convention « Très Haut Débit »": a name inside the title is not the object
        named = None if quoted_title(token) else named_by(token, through_de=through_de)
        found.append(named or token)
        if named is not None:
            members = [c for c in token.children if c.dep_ == "conj" or _listed_after_comma(c)]
            # ("auprès du fonds X, de la banque Y et du fonds Z": Z hangs on Y)
            members += [c for m in members for c in m.children if c.dep_ == "conj"]
            found += [
                other
                for c in dict.fromkeys(members)
                if (other := named_by(c, through_de=through_de)) is not None
            ]
    return found


def _listed_after_comma(token: Token) -> bool:
    """Whether ``token`` is a ``de`` complement that opens after a comma: the next member of
    a list that repeats its preposition (``auprès du fonds X, de la banque Y``), which the
    parser hangs on the member before it."""
    first = token.left_edge
    return (
        token.dep_ == "nmod"
        and first.i > 0
        and first.doc[first.i - 1].lower_ == ","
        and first.lower_ in DE
    )


def _share_of_others(token: Token) -> bool:
    """Whether ``token`` is an unnamed noun whose names hang on it through ``de``: "avec la
    participation de X et de Y" says who else took part in a deal, and X and Y did not act
    with the agent of the verb ("le fonds créé par Z, avec la participation de X").

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> from kg.model import Mention
        >>> doc = Doc(spacy.blank("fr").vocab, words=["avec", "la", "participation", "de", "Nova"],
        ...           heads=[2, 2, 2, 4, 2], deps=["case", "det", "ROOT", "case", "nmod"],
        ...           pos=["ADP", "DET", "NOUN", "ADP", "PROPN"])
        >>> doc._.kg_mentions = {4: Mention("Nova", "Organization", 20, 24)}
        >>> _share_of_others(doc[2]), _share_of_others(doc[4])
        (True, False)
    """
    return (
        token.pos_ == "NOUN"
        and mention_at(token) is None
        and any(c.dep_ == "nmod" and case_of(c) in DE and mention_at(c) for c in token.children)
    )


def _governing_body(token: Token) -> bool:
    """Whether ``token`` is an unnamed noun of an organisation's governing body
    (``la direction``, ``le conseil d'administration``, ``les dirigeants``).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["la", "direction", "de", "l'", "usine"],
        ...           pos=["DET", "NOUN", "ADP", "DET", "NOUN"])
        >>> _governing_body(doc[1]), _governing_body(doc[4])
        (True, False)
    """
    return (
        token.pos_ == "NOUN"
        and token.text[:1].islower()
        # ("la dirigeante" a coreference resolved to a person is still a body's noun)
        and (mention_at(token) is None or is_reference(token))
        and (token.lower_ in _GOVERNING or token.lemma_.lower() in _GOVERNING)
    )


def _governed(token: Token) -> Token | None:
    """The name of the organisation whose governing body ``token`` is: ``la direction de
    X``, ``le conseil d'administration de X``, ``les dirigeants de X`` → X (the body acts
    for it: X refused to negotiate), or the possessive of ``sa direction``, which stands
    for it. Its class is checked by the frame's slot.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> from kg.model import Mention
        >>> doc = Doc(spacy.blank("fr").vocab, words=["la", "direction", "de", "Nova"],
        ...           heads=[1, 1, 3, 1], deps=["det", "ROOT", "case", "nmod"],
        ...           pos=["DET", "NOUN", "ADP", "PROPN"])
        >>> doc._.kg_mentions = {3: Mention("Nova", "Organization", 16, 20)}
        >>> _governed(doc[1]).text
        'Nova'
    """
    if not _governing_body(token):
        return None
    complements = [c for c in token.children if c.i > token.i and case_of(c) in DE]
    # "le conseil d'administration de X": the name hangs on the bare noun that completes
    # the body's name
    complements += [
        g
        for c in complements
        if c.pos_ == "NOUN" and not any(d.dep_ == "det" for d in c.children)
        for g in c.children
        if g.i > c.i and case_of(g) in DE
    ]
    # ("la direction de la société X": the name its class noun introduces)
    named = next(
        (
            name
            for c in complements
            if (name := c if mention_at(c) is not None else named_by(c)) is not None
        ),
        None,
    )
    if named is None and not complements:
        # "sa direction a refusé", "ses dirigeants": the possessive, which coreference
        # resolves to the organisation
        possessives = descriptions().possessives
        named = next(
            (c for c in token.children if c.dep_ == "det" and c.lower_ in possessives), None
        )
    return named


def _spoken_for(token: Token) -> Token | None:
    """The organisation a person speaks for, named in the role set off after the person's
    name: ``X, directrice générale de Y,`` and ``X, le PDG du groupe Y,`` → Y (X's refusal
    to negotiate is Y's). Its class is checked by the frame's slot."""
    mention = mention_at(token)
    if mention is None or mention.cls != "Person":
        return None
    doc = token.doc
    for role in token.children:
        if (
            role.dep_ in {"appos", "nmod"}
            and role.i > token.i
            and role.left_edge.i > 0
            and doc[role.left_edge.i - 1].text == ","
            and role.lower_ in _SPEAKING
            and not any(fold(c.text) in _FORMER for c in role.children if c.i < role.i)
        ):
            return next(
                (
                    name
                    for c in role.children
                    if c.i > role.i
                    and case_of(c) in DE
                    and (name := c if mention_at(c) is not None else named_by(c)) is not None
                ),
                None,
            )
    return None


def _split_subjects(verb: Token, subject: Token | None) -> list[Token]:
    """The other subjects of a plural verb whose coordination the parser split: "la
    ministre, A, le président de X, B, et la directrice de Y, C, ont signé" gives each
    role noun its own ``nsubj`` of the verb, and each of them signed.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["A", ",", "B", "ont", "signé"],
        ...           heads=[4, 2, 4, 4, 4], deps=["nsubj", "punct", "nsubj", "aux:tense",
        ...           "ROOT"], pos=["PROPN", "PUNCT", "PROPN", "AUX", "VERB"],
        ...           morphs=["", "", "", "Number=Plur", ""])
        >>> [t.text for t in _split_subjects(doc[4], doc[0])]
        ['B']
    """
    if subject is None or not _plural_verb(verb):
        return []
    split = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.i != subject.i]
    # (the list's last member, or the name in apposition to it that was read as the subject)
    last = max((subject, *split), key=lambda t: t.i)
    return split + _listed_before(last.head if last.dep_ == "appos" else last)


_MODIFIERS = frozenset({"det", "amod", "nummod"})


def _plural_verb(verb: Token) -> bool:
    """Whether ``verb`` (its auxiliary, when it has one) is plural."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    return any("Plur" in t.morph.get("Number", []) for t in auxiliaries or [verb])


def _listed_before(subject: Token) -> list[Token]:
    """The people named between commas before ``et`` + ``subject``: in "la ministre, A, le
    président de X, B, et le directeur de Y, C, ont signé" the parser hangs the first
    members anywhere (on a place, on one another) and keeps only the last as the subject;
    each name set off by commas in the list, back to the sentence's start or the verb
    before, is a member too.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> from kg.model import Mention
        >>> words = ["la", "ministre", ",", "Léa", ",", "et", "le", "maire", ",", "Paul"]
        >>> doc = Doc(spacy.blank("fr").vocab, words=words, sent_starts=[1] + [0] * 9,
        ...           heads=[1, 7, 3, 1, 3, 7, 7, 7, 9, 7],
        ...           deps=["nsubj", "nsubj", "punct", "appos", "punct", "cc", "det", "nsubj",
        ...                 "punct", "appos"],
        ...           pos=["DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "CCONJ", "DET", "NOUN",
        ...           "PUNCT", "PROPN"])
        >>> doc._.kg_mentions = {3: Mention("Léa", "Person", 13, 16)}
        >>> [t.text for t in _listed_before(doc[7])]
        ['Léa']
    """
    doc = subject.doc
    start = sentence_start(subject)
    left = subject.i
    while left > start and doc[left - 1].head.i == subject.i and doc[left - 1].dep_ in _MODIFIERS:
        left -= 1  # "le directeur": the subject's phrase starts at its determiner
    if left - 2 < start or doc[left - 1].lower_ != "et" or doc[left - 2].text != ",":
        return []
    found = []
    j = left - 2
    while j > start:
        token = doc[j - 1]
        if token.pos_ in {"VERB", "AUX"}:
            break
        mention = mention_of_index(doc, j - 1)
        if mention is not None and mention.cls == "Person":
            first = j - 1
            while first > start and mention_of_index(doc, first - 1) is mention:
                first -= 1
            if doc[j].text == "," and first > start and doc[first - 1].text == ",":
                found.append(doc[first])
            j = first
            continue
        j -= 1
    return found[::-1]


def _organisation_before(verb: Token) -> list[Arg]:
    """The organisation subject of the nearest sentence before ``verb``'s that has one
    (named, introduced by its class noun, or resolved by coreference), or the organisation
    its person subject speaks for (:func:`_spoken_for`), looking back :data:`_FOCUS_REACH`
    sentences at most."""
    for subject in _subjects_before(verb, fronted=True):
        if subject is None:
            continue
        # ("Claire Roy, directrice générale de Y, a défendu ...": the company she speaks for)
        spoken = _spoken_for(subject)
        found = [
            a
            for t in _named([subject]) + ([spoken] if spoken is not None else [])
            for a in args_of(t, _ORGANISATION)
        ]
        if found:
            return found
    return []


def _subjects_before(verb: Token, *, fronted: bool = False) -> Iterator[Token | None]:
    """The subjects of the sentences before ``verb``'s, nearest first, :data:`_FOCUS_REACH`
    sentences at most (None for a sentence whose subject is not found; with ``fronted``,
    the main clause's subject after a fronted participle the parser made the root)."""
    for sent in _sentences_before(verb):
        subject = subject_of(sent.root)
        if subject is None and fronted:
            # "Invitée de Radio Nord, X a défendu ...": the parser may make the fronted
            # participle the root, and the main clause's subject hangs further down
            subject = next(
                (
                    t
                    for t in sent
                    if t.dep_ in {"nsubj", "nsubj:pass"} and t.head.dep_ not in _EMBEDDED
                ),
                None,
            )
        yield subject


def _bare_body(token: Token) -> bool:
    """Whether ``token`` is a governing body with a definite article and no ``de``
    complement: ``la direction a refusé`` (the body of the organisation in focus), ``le
    conseil d'administration a refusé`` (a bare noun that completes the body's name is none).
    """
    complements = [c for c in token.children if c.i > token.i and case_of(c) in DE]
    naming = [
        c
        for c in complements
        if c.pos_ == "NOUN"
        and not any(d.dep_ == "det" for d in c.children)
        and not any(g.i > c.i and case_of(g) in DE for g in c.children)
    ]
    return (
        _governing_body(token)
        and any(
            c.dep_ == "det" and (c.lower_ in DEFINITE or c.lower_ == "les") for c in token.children
        )
        and len(naming) == len(complements)
    )


def _typed(token: Token) -> bool:
    mention = mention_at(token)
    return mention is None or mention.cls != UNTYPED


def _misread_subject(token: Token) -> Token | None:
    """``Marie Durand siège au conseil``: the tagger read the verb as a noun and hung it on
    the name before it. A bare noun (no determiner, no preposition) glued to the end of a
    name, whose form is a known verb form, is that verb with the name as its subject."""
    if token.i == 0 or mention_at(token) is not None:
        return None
    if any(c.dep_ in {"det", "case"} for c in token.children):
        return None
    name = mention_at(token.head)
    if name is None or mention_at(token.doc[token.i - 1]) is not name:
        return None
    return token.head


def _pronoun_as_determiner(token: Token) -> Token | None:
    """``Elle siège au conseil de Y``: the tagger read the verb as a noun and the subject
    pronoun right before it as its determiner."""
    before = token.i - 1
    if before < sentence_start(token):
        return None
    pronoun = token.doc[before]
    if (
        pronoun.head == token
        and pronoun.pos_ == "PRON"
        and pronoun.lower_ in descriptions().person_pronouns
    ):
        return pronoun
    return None


def _fronted_misread(token: Token) -> Token | None:
    """``Née à Dakar, elle a fondé ...``: a participle opening the sentence that the tagger
    read as a noun; what it describes is the subject after its comma."""
    doc = token.doc
    after = token.i + 1
    if after >= sentence_end(token) or doc[after].pos_ != "ADP":
        return None
    return _fronted_subject(token)


def _with_topic(theme: Arg, token: Token, verb: Token) -> Arg:
    """A noun-phrase theme extended by a topic the parser hung on the verb:
    ``le pacte européen sur l'IA``, whose ``sur l'IA`` is part of the agreement's name."""
    if mention_at(token) is not None:
        return theme
    doc = verb.doc
    offset = doc._.kg_offset
    for child in verb.children:
        if child.i <= token.i or case_of(child) not in _TOPIC_PREPS:
            continue
        first = child.left_edge
        before = doc[first.i - 1]
        if before.idx + len(before.text) + offset != theme.mention.end:
            continue
        last = child.right_edge
        end = last.idx + len(last.text) + offset
        text = doc.text[theme.mention.start - offset : end - offset]
        return dataclasses.replace(
            theme, mention=dataclasses.replace(theme.mention, text=text, end=end)
        )
    return theme


def _linear_with_prep(
    start: Token,
    verb: Token,
    preps: frozenset[str],
    *,
    past_nominals: bool = False,
) -> list[Token]:
    """``PREP det? NAME`` after ``start`` inside the verb's subtree, for loose parses (not
    after a participle that says what a thing is about: ``un hackathon consacré à l'IA``).
    With ``past_nominals``, the phrase of a nominalisation is skipped whole: its "de" names
    its own agent ("le tour de table est mené par X, avec la participation de Y et de Z":
    Y and Z are no theme of "mener")."""
    subtree = subtree_indices(verb)
    doc = start.doc
    # lemmas from the chunk's table: this loop reads every word up to the sentence's end
    lower, pos, lemma = words(doc).lower, words(doc).pos, words(doc).lemma
    skip_to = start.i
    for i in range(start.i + 1, sentence_end(start) - 1):
        if lemma[i] in _ABOUT and _participle(doc[i]):
            return []
        if i <= skip_to or i not in subtree:
            continue
        if past_nominals and lower[i] == "," and mention_at(doc[i - 1]) is not None:
            # "la direction sera confiée à X, jusqu'ici directrice de Y": after a name and
            # its comma comes the name's apposition, whose complements describe the name
            return []
        if mention_at(doc[i]) is not None:
            # "par la Banque des Territoires": a preposition inside a name is no complement
            continue
        word = lower[i].replace("’", "'")
        if past_nominals and word in _nominal_agent_preps().get(lemma[i - 1], ()):
            skip_to = doc[i - 1].right_edge.i
            continue
        if word in preps and lower[i - 1] in LOCUTION_NOUNS:
            # "entré au capital aux côtés de la ville de X": the locution's phrase names
            # who acts beside the subject, and no "de" inside it is the verb's complement
            skip_to = max(i + 1, doc[i - 1].right_edge.i)
            continue
        if word in preps:
            j = i + 1
        elif f"{word} {lower[i + 1]}" in preps:
            j = i + 2  # "auprès du fonds X"
        else:
            j = None
        if j is not None:
            while j < sentence_end(start) and pos[j] == "DET":
                j += 1
            if j < sentence_end(start):
                # ("sous la marque « X »": named_by reads the brand's name right after its
                # noun, however the parser hung the two)
                named = doc[j] if mention_at(doc[j]) is not None else named_by(doc[j])
                if named is not None:
                    return [named]
    return []


@functools.cache
def _nominal_agent_preps() -> dict[str, frozenset[str]]:
    """Each nominalisation of ``nouns.json`` and the prepositions of its agent."""
    found: dict[str, frozenset[str]] = {}
    for frame in noun_frames():
        for noun in frame.nouns:
            found[noun] = found.get(noun, frozenset()) | frame.agent_preps
    return found


def _near_verb(token: Token, verb: Token) -> bool:
    """Whether a name hangs on the verb, or on a noun complement of the verb (``a cédé sa
    filiale Kelvo au fonds Ardian``, the parser hanging ``au fonds`` on ``Kelvo``), not
    deeper in another clause."""
    up = token.head if token.head.pos_ == "NOUN" and token.head.i < token.i else token
    if up.head == verb:
        return True
    return up.head.head == verb and up.head.dep_ in _NOUN_COMPLEMENTS


def _relative_theme(token: Token) -> Token | None:
    """``Mistral AI, dans laquelle X a investi``, ``Vernel, pour laquelle il travaille``:
    a relative pronoun after a preposition stands for the name before that preposition."""
    if token.lower_ not in _RELATIVE_OBLIQUES or token.pos_ != "PRON":
        return None
    cases = [c.i for c in token.children if c.dep_ == "case" and c.i < token.i]
    return relative_antecedent(token.doc[min(cases)]) if cases else None


def _fronted_agent(verb: Token) -> list[Token]:
    """``Créée en 2020 par X, une ancienne ..., Y conçoit``: the ``par`` name of a
    participle that opens the sentence, read up to the first comma whatever the parser
    made of the phrase (it may hang the participle on the name)."""
    holder = _fronted_holder(verb)
    if holder is None:
        return []
    doc = verb.doc
    for i in range(verb.i + 1, sentence_end(verb) - 1):
        if doc[i].text == ",":
            break
        if doc[i].lower_ == "par":
            return _name_from(i + 1, sentence_end(verb), doc) or _named_after(i + 1, holder.i, doc)
    return []


#: Labels the parser gives a passive's "par" phrase (an agent, or a mere oblique).
_BY_DEPS = frozenset({"obl:agent", "obl:mod", "obl"})


def _described_agents(verb: Token) -> list[Token]:
    """``Nivalp a été fondée par deux ingénieurs, X et Y, qui ...``: the names set off after
    a passive's plural description of its agent (``par`` whatever label the parser gave
    it) are the agents."""
    doc = verb.doc
    end = sentence_end(verb)
    for agent in verb.children:
        if agent.dep_ in _BY_DEPS and agent.pos_ == "NOUN" and mention_at(agent) is None:
            by = next((c.i for c in agent.children if c.lower_ == "par"), None)
            names = _named_after(by + 1, end, doc) if by is not None else []
            if not names:
                continue
            # the names close the apposition ("..., A et B, qui"): not the subject of a
            # clause of their own ("par deux anciens de Y, A a confirmé")
            after = names[-1].i
            while after < end and mention_of_index(doc, after) == mention_at(names[-1]):
                after += 1
            closed = (
                after >= end or doc[after].text in {",", ";", "."} or doc[after].lower_ == "qui"
            )
            if closed and not any(t.dep_ in {"nsubj", "nsubj:pass"} for t in names):
                return names
    return []


def _named_after(j: int, end: int, doc: Doc) -> list[Token]:
    """``par deux anciens de Google, X et Y, Z ...``: the agents a plural description
    announces are the names set after its comma, up to ``end`` (the phrase's holder, or
    the sentence's end); a kin noun with a possessive announces one (``par son
    grand-père, X, la société ...``)."""
    comma = next((t.i for t in doc[j:end] if t.text == ","), None)
    if comma is None:
        return []
    nouns = [t for t in doc[j:comma] if t.pos_ == "NOUN"]
    kin = len(nouns) == 1 and _possessed_kin(nouns[0])
    if not kin and not any("Plur" in t.morph.get("Number", []) for t in nouns):
        return []
    names: list[Token] = []
    for token in doc[comma + 1 : end]:
        if token.text == "," or token.lower_ == "et":
            continue
        mention = mention_at(token)
        if mention is None:
            if token.pos_ != "PROPN":
                break  # a name is all the appositions holds, or it is none
            continue
        if not names or names[-1].i != token.i - 1 or mention_at(names[-1]) != mention:
            names.append(token)
    return names if not kin or len(names) == 1 else []


def _possessed_kin(noun: Token) -> bool:
    """Whether ``noun`` is a kin noun (``partner_nouns`` of ``words.json``) with a
    possessive (``son grand-père``)."""
    return fold(noun.lemma_) in _KIN and _possessed(noun)


#: Kin and partner nouns (words.json ``partner_nouns``), folded.
_KIN = folded_word_list("partner_nouns")


def _alongside(verb: Token, *, round_: bool = False) -> list[Token]:
    """``X a mené le tour de table aux côtés de Y``, ``X participe au tour, tout comme
    Y``, and of a round (``round_``) ``mené par X, avec la participation de Y``: Y acts
    with the agent."""
    doc = verb.doc
    lower = words(doc).lower
    for i in range(verb.i + 2, sentence_end(verb) - 1):
        if lower[i] == "comme" and lower[i - 1] == "tout":
            return _name_from(i + 1, sentence_end(verb), doc)
    if round_:
        # "mené par X, avec la participation de Y et de Z" (of a round only: "le fonds
        # créé par X, avec la participation de Y" says nothing of who founded it)
        joined = _participants(verb)
        if joined:
            return joined
    if "côtés" not in lower[verb.left_edge.i : verb.right_edge.i + 1]:
        return []  # (the subtree lies between its edges: most verbs have no "côtés")
    for token in verb.subtree:
        # on the verb or on one of its complements, not deeper in another clause (the
        # word first: it rules out almost every token without building its heads)
        if (
            token.lower_ == "côtés"
            and (verb in (token.head, token.head.head) or _set_off_in_clause(token, verb))
            and 0 < token.i < sentence_end(token) - 1
            and doc[token.i - 1].lower_ == "aux"
            and doc[token.i + 1].lower_ in DE
        ):
            return _name_from(token.i + 2, sentence_end(token), doc)
    return []


def _participants(verb: Token) -> list[Token]:
    """The names after ``avec la participation de`` in the verb's sentence (``Y`` and
    ``Z`` in ``avec la participation de Y et de Z``)."""
    doc = verb.doc
    lower = words(doc).lower
    for i in range(verb.i + 3, sentence_end(verb) - 1):
        if (
            lower[i] in _JOINING
            and lower[i - 2] == "avec"
            and lower[i - 1] in {"la", "le"}
            and lower[i + 1] in DE
        ):
            return _name_from(i + 2, sentence_end(verb), doc)
    return []


def _on_site(verb: Token) -> list[Token]:
    """``installée sur la technopole de Sophia Antipolis``, ``situé dans le quartier de
    Méan``: ``sur`` or ``dans`` a noun of a place (``place_holders``) whose ``de``
    complement names where (not ``basée sur l'IA``)."""
    return [
        c
        for child in verb.children
        if case_of(child) in _ON_SITE
        and (child.lemma_ in place_holders() or fold(child.text) in place_holders())
        for c in child.children
        if c.dep_ == "nmod" and case_of(c) in DE and c.i > child.i
    ]


def _set_off_in_clause(token: Token, verb: Token) -> bool:
    """``X figure parmi les signataires de Y, un engagement porté par Z, aux côtés de W``:
    a phrase opened by a comma belongs to the verb's clause, whatever noun of an
    apposition the parser hung it on, when no other finite verb stands between them."""
    doc = token.doc
    if token.i < verb.i + 3 or doc[token.i - 2].text != ",":
        return False
    if verb.dep_.startswith("acl") or verb.dep_ == "appos":
        return False  # the participle of the apposition itself ("une pépite fondée par X")
    return not any(
        t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", [])
        for t in doc[verb.i + 1 : token.i]
    )


def _also_by(verb: Token) -> list[Token]:
    """``fondée par X, ainsi que par Y et Z``: more agents after ``ainsi que par``."""
    doc = verb.doc
    lower = words(doc).lower
    for i in range(verb.i + 1, sentence_end(verb) - 3):
        if lower[i : i + 3] == ("ainsi", "que", "par"):
            return _name_from(i + 3, sentence_end(verb), doc)
    return _and_by(verb)


def _and_described(agents: list[Token]) -> list[Token]:
    """``cofondé par X et l'anesthésiste Y``: a second agent after ``et``, described by a
    common noun (a trade, a kin word) before the name, which the parser may take for the
    subject of the sentence's verb. Only a person's name ends the description (``par X et
    le groupe Y`` is left to the parser)."""
    found: list[Token] = []
    for agent in agents:
        mention = mention_at(agent)
        if mention is None:
            continue
        doc = agent.doc
        table = words(doc)
        end = sentence_end(agent)
        j = agent.i
        while j < end and mention_of_index(doc, j) == mention:
            j += 1
        if j >= end or table.lower[j] != "et":
            continue
        k = j + 1
        while k < min(j + 5, end) and table.pos[k] in {"DET", "NOUN", "ADJ"}:
            # (a possessive determiner may carry the mention coreference gave it)
            if table.pos[k] != "DET" and mention_of_index(doc, k) is not None:
                break
            k += 1
        named = mention_of_index(doc, k) if k < end else None
        if k > j + 2 and named is not None and coarse(named.cls) == "Person":
            found.append(doc[k])
    return found


def _and_by(verb: Token) -> list[Token]:
    """``détenue à 70 % par X et à 30 % par Y``, ``rachetée par X et par Y``: a second
    ``par`` agent after ``et`` with no verb between them (``fondée par X et dirigée par Y``
    names another act's agent; ``lancée par X, passé par Y, et par Z``: a participle set
    off by commas that describes the first agent is that agent's incise, not another act)."""
    doc = verb.doc
    table = words(doc)
    end = sentence_end(verb)
    first = next((i for i in range(verb.i + 1, end) if table.lower[i] == "par"), None)
    if first is None:
        return []
    # ("X, passé par Y, et par Z": the agents of a participle set off by commas end at its
    # closing comma; what follows belongs to the sentence's own verb)
    incise = verb.i > 0 and doc[verb.i - 1].text == "," and "Part" in verb.morph.get("VerbForm", [])
    found: list[Token] = []
    i = first + 1
    while i < end and not (incise and table.text[i] == ","):
        if table.pos[i] in {"VERB", "AUX"}:
            closing = _agent_incise_end(doc[i], verb, first)
            if closing is None:
                break
            i = closing
        if table.lower[i] == "et" and mention_of_index(doc, i) is None:
            k = i + 1
            while k < min(i + 6, end) and table.lower[k] != "par":
                if table.pos[k] in {"VERB", "AUX"} or table.text[k] == ",":
                    break
                k += 1
            if k < end and table.lower[k] == "par":
                found += _name_from(k + 1, end, doc)
                i = k
        i += 1
    return found


def _agent_incise_end(participle: Token, verb: Token, by: int) -> int | None:
    """The comma that closes ``participle``'s incise when it describes the name the ``par``
    at ``by`` introduces (``lancée par X, passé par Y, et par Z``): the parser hangs it on
    that name, or on ``verb`` though it agrees with the name, not with ``verb``."""
    doc = participle.doc
    if (
        participle.i < by + 3
        or doc[participle.i - 1].text != ","
        or "Part" not in participle.morph.get("VerbForm", [])
    ):
        return None
    named = mention_at(doc[participle.i - 2])
    describes_name = (participle.dep_ == "acl" and mention_at(participle.head) is not None) or (
        named is not None
        and named.cls == "Person"
        and participle.head == verb
        and not _agrees(participle, verb)
    )
    if not describes_name:
        return None
    end = sentence_end(participle)
    return next((t.i for t in doc[participle.i : end] if t.text == ","), None)


def _agrees(word: Token, other: Token) -> bool:
    """Whether two words agree in gender and number, as far as the tagger tells."""
    return all(
        not (said := word.morph.get(feature, []))
        or not (heard := other.morph.get(feature, []))
        or said == heard
        for feature in ("Gender", "Number")
    )


def _then_with(verb: Token, preps: frozenset[str]) -> list[Token]:
    """``passée par X, où ..., puis par Y``: names the verb's preposition introduces again
    after ``puis`` (then) later in the sentence, however the parser hung them."""
    doc = verb.doc
    found = []
    lower = words(doc).lower
    for i in range(verb.i + 1, sentence_end(verb) - 2):
        if lower[i] == "puis" and lower[i + 1] in preps:
            found += _name_from(i + 2, sentence_end(verb), doc)
    return found


def _object_after_partner(verb: Token) -> list[Token]:
    """``a signé avec l'État la convention X``: the object written after a ``avec``
    complement, which the parser hangs on that complement's noun (no case of its own, no
    comma before it: ``avec Y, un ancien camarade`` describes Y)."""
    doc = verb.doc
    partners = [c for c in verb.children if c.i > verb.i and case_of(c) == "avec"]
    # ("avec la société X la convention Y": on the name the class noun introduces)
    partners += [a for c in partners for a in c.children if a.dep_ == "appos" and a.i == c.i + 1]
    return [
        g
        for c in partners
        for g in c.children
        if g.i > c.i
        and g.dep_ in {"nmod", "obj", "appos"}
        and case_of(g) is None
        and g.pos_ in {"NOUN", "PROPN"}
        and (
            (g.dep_ != "appos" and not any(t.is_punct for t in doc[c.i : g.i]))
            or _after_partners_name(c, g)
        )
    ]


def _after_partners_name(partner: Token, noun: Token) -> bool:
    """``a cofondé avec son épouse, Anne Roy, la start-up X``: ``noun`` comes right after
    the partner's own name set off by commas, and introduces an organisation (``avec Y, un
    ancien camarade`` describes Y)."""
    doc = noun.doc
    first = noun.left_edge.i
    if doc[partner.i + 1].text != "," or first < partner.i + 4 or doc[first - 1].text != ",":
        return False
    name = mention_at(doc[partner.i + 2])
    if name is None or coarse(name.cls) != "Person":
        return False
    if any(mention_at(t) is not name for t in doc[partner.i + 2 : first - 1]):
        return False
    named = named_by(noun)
    found = mention_at(named) if named is not None else None
    return found is not None and coarse(found.cls) == "Organization"


def _name_from(j: int, end: int, doc: Doc, *, skip_adverbs: bool = False) -> list[Token]:
    """The name at ``j`` after its determiners (and adverbs, with ``skip_adverbs``), or the
    one its class noun introduces."""
    skipped = {"DET", "ADV"} if skip_adverbs else {"DET"}
    pos = words(doc).pos
    while j < end and pos[j] in skipped:
        j += 1
    named = _named([doc[j]]) if j < end else []
    return [t for t in named if mention_at(t) is not None]


def _next_name(verb: Token) -> list[Token]:
    """``X dirige Renault`` parsed with Renault as a ``flat:name`` of the verb: in French
    word order a name right after an active verb (determiners between) is its object."""
    doc = verb.doc
    j = verb.i + 1
    while j < sentence_end(verb) and doc[j].pos_ in {"DET", "ADV"}:
        j += 1
    if j < sentence_end(verb) and mention_at(doc[j]) is not None and doc[j].head.i == verb.i:
        return [doc[j]]
    return _object_in_incise(verb)


def _dated_object(verb: Token) -> list[Token]:
    """``a cofondé en 2021 Alizéa Cargo``, ``a racheté en mars la société Kelvo``: the
    parser reads the date and the name as one phrase, the date's ``en`` as the name's
    case; right after an active verb, such a name is the verb's object."""
    doc = verb.doc
    found = []
    for child in verb.children:
        if child.dep_ not in {"obl", "obl:arg", "obl:mod"} or child.i < verb.i:
            continue
        first = child.left_edge.i
        if first != verb.i + 1 or doc[first].lower_ != "en":
            continue
        j = _date_after(doc, first, child.i)
        while j < child.i and doc[j].pos_ == "DET":
            j += 1
        named = child if mention_at(child) is not None else named_by(child)
        if j == child.i and j > first and named is not None:
            found.append(named)
    return found


#: Prepositions of a short adjunct set between a verb and its object ("sur ce marché").
_ADJUNCT_PREPS = frozenset({"sur", "dans", "en", "à", "au", "aux", "pour"})


def _object_after_adjunct(verb: Token) -> list[Token]:
    """``X affronte sur ce marché Legrand et l'allemand Bosch``: after an adjunct set
    right after the verb, the parser hangs the object's name on the adjunct's noun; a name
    glued to that noun, with no preposition of its own, is the verb's object."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ not in {"obl", "obl:arg", "obl:mod"} or child.i < verb.i:
            continue
        first = child.left_edge.i
        while first > verb.i + 1 and doc[first - 1].pos_ == "ADV":
            first -= 1
        if first != verb.i + 1 and not all(t.pos_ == "ADV" for t in doc[verb.i + 1 : first]):
            continue
        if doc[child.left_edge.i].lower_ not in _ADJUNCT_PREPS or mention_at(child) is not None:
            continue
        glued = child.i + 1
        if glued < sentence_end(verb) and (
            mention_at(doc[glued]) is not None
            and doc[glued].head == child
            and not any(c.dep_ == "case" for c in doc[glued].children)
        ):
            # "... Legrand et l'allemand Bosch": the parser coordinates the next name's
            # phrase with the adjunct's noun
            more = []
            for conj in child.children:
                if conj.dep_ != "conj" or conj.i < glued:
                    continue
                after = conj.i + 1
                if mention_at(conj) is not None:
                    more.append(conj)
                elif after < sentence_end(verb) and mention_at(doc[after]) is not None:
                    more.append(doc[after])  # "l'allemand Bosch"
            return [doc[glued], *more]
    return []


def _date_after(doc: Doc, j: int, end: int) -> int:
    """Where a date set right after a verb ends (``en 2021``, ``en mars``, ``en mars
    2019``, ``jeudi``), or ``j`` when no date starts at word ``j``.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("fr")("en 2021 Kelvo")
        >>> _date_after(doc, 0, 3)
        2
    """
    k = j
    if k < end and doc[k].lower_ == "en":
        k += 1
    while k < end and (
        (doc[k].like_num and len(doc[k].text) == 4) or doc[k].lower_ in time_nouns()
    ):
        k += 1
    # a bare "en" is a place's or a manner's; only a date makes the span
    return k if k > j and doc[k - 1].lower_ != "en" else j


def _object_in_incise(verb: Token) -> list[Token]:
    """``X, qui dirigeait jusqu'ici la société, reste``: in a relative clause between
    commas the parser may make the object the main verb's subject; the first name (or
    resolved description) after the verb and before the closing comma is the object."""
    doc = verb.doc
    if verb.dep_ != "acl:relcl" or not any(
        c.lower_ == "qui" and c.dep_ == "nsubj" for c in verb.children
    ):
        return []
    for token in doc[verb.i + 1 : sentence_end(verb)]:
        if token.text == "," or token.pos_ in {"VERB", "AUX"}:
            break
        if mention_at(token) is not None:
            return [token]
    return []


def _clitic_antecedent(obj: Token, verb: Token) -> Token | None:
    """``X appartient au groupe Y, qui l'avait rachetée``: an object clitic in a relative
    clause stands for the subject of the clause the relative's antecedent belongs to (the
    antecedent itself being the relative's subject)."""
    if obj.pos_ != "PRON" or obj.lower_.replace("\u2019", "'") not in _OBJECT_CLITICS:
        return None
    if verb.dep_ != "acl:relcl" or not any(
        c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS for c in verb.children
    ):
        return None
    antecedent = verb.head
    outer = subject_of(antecedent)
    if outer is None or outer.i >= antecedent.i or outer == antecedent:
        return None
    if antecedent.dep_ not in _NOUN_COMPLEMENTS:
        return None  # the antecedent is itself the outer subject, or deeper in a phrase
    if any(c.dep_ in _OBJECT_DEPS and c != antecedent for c in antecedent.head.children):
        return None  # "X a cédé son usine à Y, qui la ...": the clitic may be the object
    return outer


#: Gender an object clitic says its antecedent has ("l'" says none).
_CLITIC_GENDERS = {"la": "Fem", "le": "Masc"}


def _shared_object(obj: Token, verb: Token) -> Token | None:
    """``X a fondé la société Y et l'a dirigée``, ``... avant de la diriger``: an object
    clitic of a verb coordinated with (or subordinate to) a verb before it stands for that
    verb's object, when its gender allows."""
    clitic = obj.lower_.replace("\u2019", "'")
    if obj.pos_ != "PRON" or clitic not in _OBJECT_CLITICS or obj.i > verb.i:
        return None
    first = verb.head
    if verb.dep_ not in {"conj", "advcl", "xcomp"} or first.pos_ != "VERB" or first.i > obj.i:
        return None
    antecedent = next(
        (
            c
            for c in first.children
            if c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN"} and c.i < obj.i
        ),
        None,
    )
    if antecedent is None:
        return None
    gender = _CLITIC_GENDERS.get(clitic)
    said = antecedent.morph.get("Gender", [])
    if gender is not None and said and gender not in said:
        return None
    return antecedent


def _takes_place(verb: Token) -> bool:
    """Whether ``verb`` says where an event happens: ``se tenir``, ``se dérouler``,
    ``avoir lieu``."""
    if verb.lemma_ in _HAPPENS and _is_reflexive(verb):
        return True
    return verb.lemma_ == "avoir" and any(
        c.dep_ == "obj" and c.lower_ == "lieu" for c in verb.children
    )


def _in_parentheses(obj: Token, verb: Token) -> bool:
    """``surveille la concurrence (X, Y)``: a name the parser made the verb's object, set
    in parentheses after another noun, lists what that noun stands for."""
    doc = obj.doc
    before = obj.left_edge.i - 1
    return (
        before > verb.i + 1
        and doc[before].text == "("
        and doc[before - 1].pos_ in {"NOUN", "PROPN"}
        and doc[before - 1] != verb
    )


def _after_date(obj: Token) -> Token:
    """``a présenté jeudi TrackSense``: the parser takes the day for the object and hangs
    the name on it; the name right after the day is the object."""
    if obj.lower_ not in time_nouns():
        return obj
    # "a sanctionné jeudi la société X": determiners, and the class noun naming X
    named = _name_from(obj.i + 1, sentence_end(obj), obj.doc)
    return named[0] if named else obj


def _object_head(verb: Token, heads: frozenset[str]) -> Token | None:
    """The direct object if it (or a noun it governs: ``une série d'événements``) is one of
    ``heads``."""
    # "a tenu tête aux leaders sur le marché X": a verb with an object of its own has no
    # head among its obliques, which are then adjuncts
    own_object = any(
        c.dep_ in _OBJECT_DEPS and c.lemma_ not in time_nouns() and not _heads_in(c, heads)
        for c in verb.children
    )
    for child in verb.children:
        if child.lower_ in _RELATIVE_OBJECTS and child.i < verb.i:
            # "la Fête du lait que la laiterie organise au haras": the antecedent, the
            # phrase written right before "que" (however the parser hung the clause)
            antecedent = _relative_object_head(child, heads)
            if antecedent is not None:
                return antecedent
        # "entrer au capital de Y": the head may be a complement rather than the object
        if child.dep_ not in _OBJECT_DEPS | {"nsubj:pass", "obl", "obl:arg", "obl:mod"} and not (
            # "le fonds X, entré au capital en 2016", "X, déjà présent au capital": the
            # parser makes the complement of a participle an xcomp (or a "fixed" word), of
            # an adjective an nmod (and of a verb it read as a noun: "X écope de 2 millions";
            # of a fronted participle at times: "Entrés au capital en 2019, les fonds ...")
            child.pos_ == "NOUN"
            and (
                child.dep_ in {"xcomp", "fixed"}
                or (
                    child.dep_ == "nmod"
                    and (
                        verb.pos_ in {"ADJ", "NOUN"}
                        or any(c.dep_ == "case" for c in child.children)
                    )
                )
            )
        ):
            continue
        if own_object and child.dep_ not in _OBJECT_DEPS | {"nsubj:pass"}:
            continue
        found = _heads_in(child, heads)
        if found is not None:
            return found
    return None


def _heads_in(noun: Token, heads: frozenset[str]) -> Token | None:
    """``noun`` if it is one of ``heads``, or a noun it governs that is (``une série
    d'événements``)."""
    # (the written form as well: the model lemmatises "les rênes" as "rêne")
    # (the folded form last: folding costs more than reading the others)
    if noun.lemma_ in heads or noun.lower_ in heads or fold(noun.text) in heads:
        return noun
    for child in noun.children:
        if child.dep_ == "nmod" and (
            child.lemma_ in heads or child.lower_ in heads or fold(child.text) in heads
        ):
            return child
    return None


def _relative_object_head(que: Token, heads: frozenset[str]) -> Token | None:
    """The noun of ``heads`` whose phrase ends right before the relative ``que``
    (``la Fête du lait que ...``), or None."""
    if que.i == 0:
        return None
    token = que.doc[que.i - 1]
    for _ in range(3):
        if token.lower_ in heads or token.lemma_ in heads:
            return token
        if token.head.i >= que.i or token.head == token:
            return None
        token = token.head
    return None


def _describes_its_object(verb: Token, heads: frozenset[str]) -> bool:
    """Whether ``verb`` is a past participle describing one of ``heads``, which is then its
    object: ``une conférence organisée par X à Y``, ``le bureau ouvert par X à Y``."""
    return (
        bool(heads)
        and verb.dep_.startswith("acl")
        and "Part" in verb.morph.get("VerbForm", [])
        and "Past" in verb.morph.get("Tense", [])
        and (
            fold(verb.head.text) in heads
            or verb.head.lemma_ in heads
            or _compound_head(verb.head, heads) is not None
        )
    )


def _compound_head(noun: Token, heads: frozenset[str]) -> Token | None:
    """The noun of ``heads`` whose bare ``de`` complement ``noun`` is: in ``une levée de
    fonds, menée par X``, ``un tour de table mené par X``, the parser hangs the participle
    on the complement, which only completes the noun the participle describes.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["un", "tour", "de", "table"],
        ...           heads=[1, 1, 3, 1], deps=["det", "ROOT", "case", "nmod"],
        ...           pos=["DET", "NOUN", "ADP", "NOUN"])
        >>> _compound_head(doc[3], frozenset({"tour"})).text
        'tour'
    """
    head = noun.head
    if (
        head.i < noun.i
        and noun.dep_ == "nmod"
        and case_of(noun) in DE
        and not any(c.dep_ == "det" for c in noun.children)
        and (fold(head.text) in heads or head.lemma_ in heads)
    ):
        return head
    return None


def _names_a_thing(head: Token, phrase: Arg) -> bool:
    """Whether a common-noun phrase names one particular thing (``le pacte européen sur
    l'IA``) rather than a kind (``un partenariat``, ``un contrat de dix ans``, ``une
    alliance``: a relation between the parties, which nominal frames read)."""
    if " " not in phrase.mention.text or head.lemma_ in _pair_nouns():
        return False
    lexicon = descriptions()
    if head.text.islower() and phrase.mention.cls not in {
        lexicon.class_of(head.text),
        lexicon.class_of(head.lemma_),
    }:
        return False  # "signe là son premier investissement": no text of that class
    if any(c.dep_ == "det" and c.lower_ in {"un", "une", "des"} for c in head.children):
        return False  # "a signé un accord salarial": one of a kind, not a named text
    if quoted_title(head, phrase.mention.cls) is not None:
        return True  # "le pacte « Moselle 2030 »": a number inside a title is part of it
    doc = head.doc
    end = phrase.mention.end - doc._.kg_offset
    # a measure after the noun ("de dix ans", "de 2 milliards") describes, it does not name
    return not any(t.pos_ == "NUM" for t in doc[head.i + 1 :] if t.idx < end)


@functools.cache
def _pair_nouns() -> frozenset[str]:
    return frozenset(noun for frame in noun_frames() if frame.pair_preps for noun in frame.nouns)


@dataclasses.dataclass(frozen=True, slots=True)
class _Event:
    """The latest fact of a relation read in the text: where, and its subjects."""

    sentence: int  # index of the sentence's first token
    agents: tuple[Arg, ...]


def _refers_back(head: Token) -> bool:
    """Whether an event noun is definite (``le tour de table``, ``cette levée``,
    ``au tour de table``, ``sa levée``): one the text has already told of."""
    return any(
        (c.dep_ == "det" and c.lower_ in DEFINITE | descriptions().possessives)
        or (c.dep_ == "case" and c.lower_ in FUSED_ARTICLES)
        for c in head.children
    )


class _Asked:
    """What the frames of one chunk ask again and again: a verb's voice and subject, a
    word's arguments for a slot. A verb has several frames, and each asked them anew (half
    of the subjects, a fifth of the arguments); the answers depend on the chunk alone.

    Example:
        >>> _Asked().args_of(None, frozenset({"Person"}))
        []
    """

    __slots__ = ("_args", "_passive", "_subjects", "_subtree_words")

    def __init__(self) -> None:
        self._args: dict[tuple[int, frozenset[str], str | None], tuple[Arg, ...]] = {}
        self._passive: dict[int, bool] = {}
        self._subjects: dict[int, Token | None] = {}
        self._subtree_words: dict[int, frozenset[str]] = {}

    def args_of(
        self, token: Token | None, allowed: frozenset[str], np_class: str | None = None
    ) -> list[Arg]:
        """:func:`kg.extract.base.args_of`, each question answered once."""
        if token is None:
            return []
        key = (token.i, allowed, np_class)
        found = self._args.get(key)
        if found is None:
            found = self._args[key] = tuple(args_of(token, allowed, np_class))
        return list(found)

    def is_passive(self, verb: Token) -> bool:
        """:func:`_is_passive`, each verb answered once."""
        passive = self._passive.get(verb.i)
        if passive is None:
            passive = self._passive[verb.i] = _is_passive(verb)
        return passive

    def subject_of(self, verb: Token) -> Token | None:
        """:func:`kg.grammar.subject_of`, each verb answered once."""
        if verb.i not in self._subjects:
            self._subjects[verb.i] = subject_of(verb)
        return self._subjects[verb.i]

    def subtree_words(self, verb: Token) -> frozenset[str]:
        """The lower-case forms and lemmas of the verb's subtree (what a frame's
        ``requires_word`` and ``excludes_word`` are looked up in), each verb read once."""
        found = self._subtree_words.get(verb.i)
        if found is None:
            table = words(verb.doc)
            subtree = subtree_indices(verb)
            found = self._subtree_words[verb.i] = frozenset(
                [table.lower[i] for i in subtree] + [table.lemma[i] for i in subtree]
            )
        return found


class VerbFrameExtractor:
    """Facts stated by verbs of the lexicon, active, passive or participial."""

    name = "kg.verbframe.v1"

    def __init__(self) -> None:
        self._lemma_fixes = {**verb_frame_noun_forms(), **verb_lemma_fixes()}
        self._frames: dict[str, list[VerbFrame]] = {}
        for frame in verb_frames():
            for lemma in frame.lemmas:
                self._frames.setdefault(lemma, []).append(frame)
        # the word forms whose fixed lemma has frames, so that the scan of every word looks
        # each word up once
        self._fixed_forms = frozenset(
            form for form, lemma in self._lemma_fixes.items() if lemma in self._frames
        )

    def extract(self, doc: Doc) -> Iterator[Triple]:
        """Yield the triples of every lexicon verb in the chunk."""
        fixes = self._lemma_fixes
        framed, fixed_forms = self._frames, self._fixed_forms
        table = words(doc)
        events: dict[str, _Event] = {}
        asked = _Asked()
        for i, (lemma, lower) in enumerate(zip(table.lemma, table.lower, strict=True)):
            # most words have no frame, whether their lemma is read as is or fixed below:
            # skip them before building a Token (the same facts, a tenth of the time)
            if (
                lower not in fixed_forms
                and lemma.lower() not in framed
                and participle_infinitive(lower) is None
                and present_infinitive(lower) is None
            ):
                continue
            token = doc[i]
            subject = None
            # ("Cofondée en 2019 par X, Y ...": a fronted participle read as a proper noun)
            if token.pos_ == "NOUN" or misread_participle(token):
                infinitive = fixes.get(token.lower_) or participle_infinitive(token.lower_)
                if infinitive is not None:
                    subject = (
                        _misread_subject(token)
                        or _pronoun_as_determiner(token)
                        or _fronted_misread(token)
                    )
                # "ils étaient mariés", "X sanctionne Y": the tagger makes some participles
                # and verbs nouns; a noun with a copula or a subject is a predicate
                if subject is None and not any(c.dep_ in {"cop", "nsubj"} for c in token.children):
                    continue
                # a verb form never takes a determiner: "le siège de X" stays a noun
                lemma = token.lemma_.lower()
                if not any(c.dep_ == "det" and c.pos_ != "PRON" for c in token.children):
                    lemma = infinitive or lemma
            elif token.pos_ in {"VERB", "AUX", "ADJ"}:
                # ("présente" left as its own lemma: verb_lemma repairs it)
                lemma = fixes.get(lower) or verb_lemma(token).lower()
            elif token.pos_ == "PROPN" and token.i == sentence_start(token) and token.is_title:
                # "Présent en Italie, le groupe Y": the tagger takes a capitalised adjective
                # opening the sentence for a name
                lemma = lower
            elif token.pos_ == "PROPN" and token.text.islower() and mention_at(token) is None:
                # "X, né à Gand en 1981, dirige Y": a lower-case word is no name; the tagger
                # misreads a verb between two names
                lemma = fixes.get(lower, token.lemma_.lower())
            else:
                continue
            frames = self._frames.get(lemma, ())
            # "Free appartient au groupe Y": when the verb's frames split on the agent's
            # class, an untyped agent cannot choose; persons are what NER finds best, so it
            # is left out of the person-only frames
            split = len({frame.agent for frame in frames}) > 1
            for frame in frames:
                yield from self._apply(frame, token, events, subject, split, asked)

    def _site_opened(self, frame: VerbFrame, verb: Token, asked: _Asked) -> Iterator[Triple]:
        """``Une boutique X ouvrira à Y``, ``Son usine ouvrira à Y``, ``Un quatrième terrain
        ouvrira à Y``: the site opening is the verb's subject; who opens it is the company
        its noun names, else the one its possessive stands for, else the organisation the
        sentence before is about (at the confidence of an implicit agent)."""
        # ("Une boutique X ouvrira": the parser may make the name a second subject)
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        subject = next((c for c in subjects if _site_noun(c, frame.object_heads)), None)
        if subject is None:
            return
        named = named_by(subject) or next(
            (c for c in subjects if c.i == subject.i + 1 and mention_at(c) is not None), None
        )
        agents = asked.args_of(named, frame.agent) if named is not None else []
        agents += [a for c in _possessives(subject) for a in asked.args_of(c, frame.agent)]
        confidence = min(CONFIDENCE, frame.confidence)
        if not agents:
            # (the organisation the sentence before is about)
            focus = salient_organisation(verb, introduced=True)
            if focus is None:
                return
            agents = [focus]
            confidence *= IMPLICIT_FACTOR
        themes = [
            a
            for t in _named(_with_prep(verb, frame.theme_preps))
            for a in asked.args_of(t, frame.theme)
        ]
        yield from pairs(self.name, confidence, agents, frame.relation, themes, verb)

    def _apply(
        self,
        frame: VerbFrame,
        verb: Token,
        events: dict[str, _Event],
        misread_subject: Token | None = None,
        split: bool = False,
        asked: _Asked | None = None,
    ) -> Iterator[Triple]:
        asked = asked or _Asked()
        if frame.reflexive and not _is_reflexive(verb):
            return
        if frame.site_subject:
            yield from self._site_opened(frame, verb, asked)
            return
        if frame.relation in _STATES and verb_lemma(verb) in _SETTLING and _in_future(verb):
            return  # "X ouvrira une agence à Y": a presence announced, not yet one
        # ("l'accord de distribution conclu entre X et Y": a participle's words include those
        # of the object it describes)
        scope = (
            verb.head
            if (frame.requires_word or frame.excludes_word)
            and _describes_its_object(verb, frame.object_heads)
            else verb
        )
        if frame.requires_word and asked.subtree_words(scope).isdisjoint(frame.requires_word):
            return
        if frame.excludes_word and not asked.subtree_words(scope).isdisjoint(frame.excludes_word):
            return
        if frame.counted_object and not _counted_object(verb):
            return
        if frame.relation == _SELLING and not frame.inverse and _goods_sold(verb):
            return  # "X vend du riz aux cantines": trade, not a divestment
        confidence = min(CONFIDENCE, frame.confidence)
        relation = frame.relation
        venue_tokens: list[Token] = []  # site nouns naming the theme's venue whole
        venue_agents: list[Arg] = []  # the venue a participle describes, whole
        head: Token | None = None
        owned: list[Token] = []  # nouns of the theme a possessive refers back through
        focus_pronouns: list[Token] = []  # "en" of a stake: the company in focus
        named_only = False  # whether only a named agent may fill the frame
        agent_tokens: list[Token] = []
        theme_tokens: list[Token] = []
        passive = asked.is_passive(verb)
        if frame.voice == "transitive":
            if passive:
                holder = _holder(verb)
                theme_tokens = [holder] if holder is not None else []
                agent_tokens = [c for c in verb.children if c.dep_ == "obl:agent"]
                agent_tokens += _with_prep(verb, frozenset({"par"}))
                if not agent_tokens:
                    # "condamné à une amende de 2 millions par la CNIL": "par" hung lower
                    agent_tokens = _linear_with_prep(verb, verb, frozenset({"par"}))
                if not any(mention_at(t) or named_by(t) for t in agent_tokens):
                    # "Fondée par trois anciens de Y, A et B, Z ...", "fondée par deux
                    # ingénieurs, A et B": the names come later
                    agent_tokens = _fronted_agent(verb) or _described_agents(verb) or agent_tokens
            else:
                subject = misread_subject or asked.subject_of(verb)
                agent_tokens = [subject] if subject is not None else []
                agent_tokens += _split_subjects(verb, subject)
                objects = [
                    _clitic_antecedent(c, verb) or _shared_object(c, verb) or _after_date(c)
                    for c in verb.children
                    if c.dep_ in _OBJECT_DEPS and not _in_parentheses(c, verb)
                ]
                # "commercialise la marque La Mouette" parsed as two objects: the class noun
                # only introduces the name after it (what coreference makes of it is another)
                objects = [o for o in objects if not _introduces_object(o, objects)]
                if verb.dep_ in {"acl:relcl", "acl"} and (
                    any(o.lower_ in _RELATIVE_OBJECTS for o in objects)
                    # ("la société X, que A et B détiennent à parts égales": "que" read
                    # as a conjunction leaves the verb with no object)
                    or (
                        not objects
                        and any(
                            c.lower_ in _RELATIVE_OBJECTS and c.dep_ == "mark" and c.i < verb.i
                            for c in verb.children
                        )
                    )
                ):
                    # "le laboratoire que X a cofondé": the relative's antecedent, and no
                    # other object (the parser takes a later apposition for one)
                    objects = [anchor(verb.head) or verb.head]
                # "préside le conseil de surveillance de Vivendi": the body of a company
                theme_tokens = _named(objects, through_de=True)
                if "Product" in frame.theme:
                    # "fabrique des fours, dont le modèle « Vercors 90 »"
                    theme_tokens += [p for o in objects for p in listed_members(o, goods=True)]
                if objects:
                    # "a repris A en 2019, puis B en 2021": the verb left out before B
                    theme_tokens += _named(_elided_objects(verb))
                theme_tokens += _named(_with_prep(verb, frame.theme_preps), through_de=True)
                theme_tokens += _dated_object(verb)
                if not theme_tokens:
                    theme_tokens = _named(_object_after_partner(verb))
                if not theme_tokens:
                    theme_tokens = _next_name(verb)
                if not theme_tokens:
                    theme_tokens = _named(_object_after_adjunct(verb))
                if not theme_tokens and misread_subject is not None:
                    # "Capgemini concurrence Atos", the verb read as a noun glued to the
                    # name before it: the name right after it is its object
                    theme_tokens = _name_from(
                        verb.i + 1, sentence_end(verb), verb.doc, skip_adverbs=True
                    )
        elif frame.voice == "stative":
            # ("X, marié à Y": the tagger may make the participle an adjective of the name)
            adjective = verb.dep_ == "amod" and verb.pos_ == "ADJ" and verb.head.i < verb.i
            # ("a racheté la fonderie X, basée à Y, ...": the parser may hang a participle
            # set off after the object's name on the clause's verb)
            detached = _name_before_comma(verb) if verb.dep_ == "advcl" else _name_hung_over(verb)
            if not passive and not verb.dep_.startswith("acl") and not adjective and not detached:
                return
            if _is_reflexive(verb):
                return  # "s'est implantée en France" is a move, not where the seat is
            # (not a company whose name opens with such a noun: "la société Les Halles de
            # Saintonge, basée à Saintes")
            holder_name = mention_at(verb.head)
            describes_place = (
                verb.dep_.startswith("acl")
                and (verb.head.lemma_ in place_holders() or fold(verb.head.text) in place_holders())
                and not (holder_name is not None and coarse(holder_name.cls) == "Organization")
            )
            if frame.place_holder != describes_place and (
                frame.place_holder or "Place" not in frame.agent
            ):
                return
            holder = detached or _holder(verb)
            agent_tokens = [holder] if holder is not None else []
            situated = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}]
            if relation == "basedIn" and any(map(_facility, [*agent_tokens, *situated])):
                # "X, dont l'usine est située à Y": a site of the company, not its seat
                relation = "presentIn"
            site = verb.head if verb.dep_.startswith("acl") else detached
            place = venue(site) if site is not None else None
            if place is not None and not frame.venues:
                return  # a venue is somewhere; it has no seat, nobody lives in it
            if place is not None:
                # "le stade de la Prairie, situé dans le quartier de Méan": the venue whole
                venue_agents, agent_tokens = [Arg(place)], []
            theme_tokens = _named(_with_prep(verb, frame.theme_preps), through_de=True)
            if not theme_tokens and verb.dep_ == "acl":
                theme_tokens = _hung_on_noun(verb, frame.theme_preps)
            # "basé à Lyon et présent en Italie": the second place is the adjective's
            theme_tokens = [t for t in theme_tokens if _predicate_between(verb, t) is None]
            if "Place" in frame.theme:
                theme_tokens += _on_site(verb)
                # "implantée dans 40 pays, dont le Mexique"
                theme_tokens += [p for t in theme_tokens for p in listed_members(t)]
        else:
            if (
                # ("un ingénieur venu d'EDF": a participle the parser made the noun's
                # adjective is still its verb)
                (verb.dep_.startswith("acl") or (verb.dep_ == "amod" and verb.pos_ == "VERB"))
                and "Part" in verb.morph.get("VerbForm", [])
                and not frame.object_heads
            ):
                by = [c for c in verb.children if c.dep_ == "obl:agent"]
                if verb.lemma_ in _GIVEN_AWAY:
                    # "Kelvo, cédée par X au groupe Y": what is sold is no seller; only a
                    # "par" agent may be one
                    agent_tokens = by
                else:
                    holder = _holder(verb)
                    agent_tokens = [holder] if holder is not None else []
            elif (
                passive
                and verb.lemma_ not in UNACCUSATIVES
                and (
                    any(c.dep_ == "aux:pass" for c in verb.children)
                    or _describes_its_object(verb, frame.object_heads)
                )
            ):
                # "Kiwaï a été cédée au fonds Norvik": the passive subject is what is
                # sold, not the seller; only a "par" agent may be one
                agent_tokens = [c for c in verb.children if c.dep_ == "obl:agent"]
                agent_tokens += _with_prep(verb, frozenset({"par"}))
            else:
                # "Né à Lille, ..., il a rejoint Y": a fronted participle describes the
                # subject of the clause after its comma (not one of a frame that needs an
                # object: "Installée sur le campus de Y, X" tells of a seat, not an opening)
                # ("Entrés au capital en 2019, les fonds X et Y": a verb conjugated with
                # "être" has no object, its participle describes who did it)
                fronted = (
                    None
                    if frame.object_heads and verb.lemma_ not in UNACCUSATIVES
                    else _fronted_holder(verb)
                )
                # "Pour X, déjà présent au Royaume-Uni, l'opération ...": an adjective
                # beside a name describes that name, not the clause's subject
                described = (
                    None
                    if misread_subject is not None or frame.object_heads
                    else _described_by(verb)
                )
                subject = described or misread_subject or fronted or asked.subject_of(verb)
                # ("Présent en X, le groupe ...": a fronted adjective's subject by its name or
                # a pronoun; the last name a class noun like "le groupe" may refer to is too
                # loose a guess for a fact the adjective alone states)
                named_only = fronted is not None and not _participle(verb)
                if subject is None and verb.dep_ == "acl" and verb.lemma_ in UNACCUSATIVES:
                    # "le fonds X, entré au capital en 2016": the participle of a verb
                    # conjugated with "être" describes its own subject
                    subject = _holder(verb)
                if (
                    subject is None
                    and verb.dep_ == "dep"
                    and verb.lemma_ in UNACCUSATIVES
                    and "Part" in verb.morph.get("VerbForm", [])
                    and verb.head.i < verb.i
                    and mention_at(verb.head) is not None
                ):
                    # "X et Y, tous deux passés par Z": a participle the parser left
                    # unattached after names (a quantifier between) describes them
                    subject = verb.head
                agent_tokens = [subject] if subject is not None else []
                if subject is not None and frame.object_heads:
                    agent_tokens += _gapped(verb, frame.object_heads)
            if frame.agent_preps:
                agent_tokens = _with_prep(verb, frame.agent_preps)
            if frame.object_heads:
                head = _object_head(verb, frame.object_heads | frame.event_heads)
                if head is None and _describes_its_object(verb, frame.object_heads):
                    # "une conférence organisée par X à Y", "une levée de fonds menée par X"
                    head = _compound_head(verb.head, frame.object_heads) or verb.head
                    # (the parser often hangs "à Y" on the agent's name)
                    theme_tokens = [
                        p for t in agent_tokens for p in _with_prep(t, frame.theme_preps)
                    ]
                    if head.dep_ == "nsubj" and _takes_place(head.head):
                        # "le salon, organisé par X, se tiendra à Lyon"
                        theme_tokens += _with_prep(head.head, frame.theme_preps)
                if head is None:
                    return
                if frame.agent_preps and head.head == verb:
                    # "a cédé la direction à X": the parser often hangs the one it goes to
                    # on the object
                    agent_tokens += _with_prep(head, frame.agent_preps)
                # "l'opération": an event head only refers to an event of the text
                events_only = frame.event_heads
                if fold(head.text) not in events_only and head.lemma_ not in events_only:
                    theme_tokens += _with_prep(verb, frame.theme_preps) + _with_prep(
                        head, frame.theme_preps
                    )
                    if frame.theme_preps & DE:
                        # "qui en prend la direction": "en" is "de" + what coreference
                        # found
                        pronouns = [c for c in verb.children if _clitic_en(c, verb)]
                        if frame.focus_heads:
                            # "X, qui en possédait 25 %": the stake's company is the one in
                            # focus, which coreference, reading "en" as any name before,
                            # often misses
                            focus_pronouns = pronouns
                        else:
                            theme_tokens += pronouns
                        # "Y, dont la direction générale sera confiée à X", "Y, dont X
                        # assure la direction": "dont" is "de" + the relative's antecedent
                        theme_tokens += [
                            antecedent
                            for c in (*whose_pronouns(verb), *whose_pronouns(head))
                            if (antecedent := relative_antecedent(c)) is not None
                        ]
                        # "a participé à ses trois levées": the possessive is "de" + its
                        # owner
                        theme_tokens += _possessives(head)
                    theme_tokens += [
                        p
                        for c in head.children
                        # "un bureau situé à Paris", not "un salon consacré à l'IA"
                        if c.dep_.startswith("acl") and c.lemma_ not in _ABOUT
                        for p in _with_prep(c, frame.theme_preps)
                    ]
                    if "Place" in frame.theme:
                        # "organise un concours sur le campus de Saclay"
                        theme_tokens += _on_site(verb) + _on_site(head)
                    if frame.held_by:
                        theme_tokens += _former_holders(head)
                    if not any(mention_at(t) or named_by(t) for t in theme_tokens):
                        # "mené le tour de table de la start-up X": the name sits further on
                        theme_tokens += _linear_with_prep(
                            head, verb, frame.theme_preps, past_nominals=True
                        )
                    # "une participation dans son capital": the possessive of a noun that
                    # is a company's own ("capital") is "de" + that company
                    owned = [
                        t
                        for t in theme_tokens
                        if mention_at(t) is None
                        and t.lemma_ in descriptions().company_objects
                        and t.pos_ == "NOUN"
                    ]
                    theme_tokens += [c for t in owned for c in _possessives(t)]
            else:
                theme_tokens = _with_prep(verb, frame.theme_preps)
                if theme_tokens:
                    # "passée par X, ..., puis par Y": the same preposition again
                    theme_tokens += _then_with(verb, frame.theme_preps)
                if "Place" in frame.theme:
                    theme_tokens += [
                        p for t in theme_tokens for p in _places_listed_after(t, frame.theme_preps)
                    ]
                if misread_subject is not None:
                    # the misread verb's complements hang on the name it was glued to
                    theme_tokens += _with_prep(misread_subject, frame.theme_preps, after=verb.i)
                elif not theme_tokens and _glued_to_its_name(verb):
                    # "Jean Martin habite à Carhaix" parsed as a participle of the name:
                    # its complements hang anywhere, but the one right after it is its own
                    after = verb.i + 1
                    if after < sentence_end(verb) and verb.doc[after].lower_ in frame.theme_preps:
                        theme_tokens += _name_from(after + 1, sentence_end(verb), verb.doc)
                for child in verb.children:
                    # "refuse d'entamer des négociations avec Y": the complement sits lower
                    if child.dep_ in {"xcomp", "obj"}:
                        theme_tokens += _with_prep(child, frame.theme_preps)
                        for grandchild in child.children:
                            # "emploie une cinquantaine de personnes à Lyon": on the noun
                            # that counts
                            # ("refuse d'entrer en discussions avec Y": on the noun the
                            # infinitive governs)
                            if grandchild.dep_ in {"obj", "nmod", "obl:arg"}:
                                theme_tokens += _with_prep(grandchild, frame.theme_preps)
                if not any(mention_at(t) or named_by(t) for t in theme_tokens):
                    # "a passé quinze ans chez L'Oréal" with the name misread as a
                    # subject: a name right after the preposition, on the verb itself
                    # ("commercialise une crème sous la marque X": the class noun after the
                    # preposition introduces the name, which the parser hung on the object)
                    theme_tokens += [
                        n
                        for t in _linear_with_prep(verb, verb, frame.theme_preps)
                        if (n := named_by(t) or t).dep_ not in _OBJECT_DEPS and _near_verb(n, verb)
                    ]
            if "Place" in frame.theme:
                # "C'est à Lyon que X organise ...": the place the cleft sets first
                theme_tokens += _clefted(verb, frame.theme_preps)
                # "opère dans 30 pays, dont la Roumanie et le Maroc"
                theme_tokens += [p for t in theme_tokens for p in listed_members(t)]
            if frame.venues:
                # "au palais de la Bourse", "sur le parvis de la Grande Arche": the venue
                # whole, not the town or the name inside it
                theme_tokens += [c for c in _with_prep(verb, _ON) if venue(c) is not None]
                theme_tokens += _venue_after(head or verb, verb, frame.theme_preps | _ON)
                venue_tokens = list(dict.fromkeys(t for t in theme_tokens if venue(t) is not None))
                theme_tokens = [t for t in theme_tokens if venue(t) is None]
            theme_tokens = _named([_relative_theme(t) or t for t in theme_tokens], through_de=True)
            if any(case_of(t) in _AT_EMPLOYER for t in theme_tokens):
                # "a travaillé sept ans chez Thales à Vélizy": after "chez Y", a name NER
                # could not type after "à" is where, not a second employer
                theme_tokens = [t for t in theme_tokens if not _untyped_at(t)]
        bare_body = False
        if "Person" not in frame.agent:
            # "la direction de X a refusé de négocier avec Y": the governing body acts for
            # its organisation (not in a frame a person may fill: "les dirigeants de X ont
            # fondé Y" are the founders, not X)
            bare_body = any(_bare_body(t) for t in agent_tokens)
            # ("X, directrice générale de Y, a refusé": the person speaks for Y)
            agent_tokens = [_governed(t) or _spoken_for(t) or t for t in agent_tokens]
        agent_tokens = _named(agent_tokens)
        subjects = list(agent_tokens)
        alongside = _alongside(verb, round_=frame.event_of is not None) if agent_tokens else []
        if agent_tokens:
            agent_tokens += alongside
            if passive:
                agent_tokens += _also_by(verb)
                agent_tokens += _and_described(subjects)
            if frame.coagent_preps:
                # "elle fonde Calcéo avec son mari, Julien Morel", "Avec X, Y a fondé Z"
                # (before the verb as well; "a signé avec la ville de Brest": a place
                # noun's own place)
                agent_tokens += [
                    coagent
                    for t in _named(
                        _with_prep(verb, frame.coagent_preps, after=sentence_start(verb) - 1),
                        through_de=True,
                    )
                    if not _share_of_others(
                        coagent := next(
                            (c for c in t.children if c.dep_ == "appos" and mention_at(c)), t
                        )
                    )
                ]
        if split and frame.agent == _PERSON:
            agent_tokens = [t for t in agent_tokens if _typed(t)]
        if named_only:
            agent_tokens = [
                t for t in agent_tokens if t.pos_ == "PRON" or referring_words(t) is None
            ]
        agents = [a for t in agent_tokens for a in asked.args_of(t, frame.agent)] + venue_agents
        if (
            verb.dep_ == "acl:relcl"
            and not passive
            # "les 45 % que détenait le fonds X": with "que" the subject is inside the clause
            and not any(c.lower_ in _RELATIVE_OBJECTS and c.i < verb.i for c in verb.children)
        ):
            # "X, qui regroupe des titres dont Y et Z,": the antecedent precedes its relative
            # clause, whatever the parser coordinated with it from inside the clause (the
            # co-agents "avec Y" come after it)
            start = verb.doc[clause_start(verb)].idx + verb.doc._.kg_offset
            late = {
                a.mention
                for t in subjects
                for a in asked.args_of(t, frame.agent)
                if a.mention.start >= start
            }
            agents = [a for a in agents if a.mention not in late]
        if frame.joined_themes and agents:
            # "a levé 5 millions d'euros avec la participation de Y": Y is a funder
            theme_tokens = [*theme_tokens, *_participants(verb)]
        # "elle cède ses parts à l'acheteur": the buyer of the deal just told (read below),
        # not whatever name coreference makes of the noun, often one quoted nearby
        # ("cède ses parts au repreneur", "prend 15 % du capital de l'acquéreur": the buyer
        # of the deal the text told, who owns the company's own noun)
        to_buyer = frame.relation in {_SELLING, _STAKE} and any(
            _buyer_noun(t)
            or (_owned_noun(t, frame.focus_heads) and any(_buyer_noun(c) for c in t.children))
            for t in theme_tokens
        )
        if to_buyer:
            theme_tokens = [t for t in theme_tokens if not _buyer_noun(t)]
        themes = [
            titled(_with_topic(a, t, verb), t) if frame.theme_np else a
            for t in theme_tokens
            for a in asked.args_of(t, frame.theme, frame.theme_np)
            # "a signé un partenariat": a bare common noun names no particular agreement
            if not frame.theme_np or mention_at(t) is not None or _names_a_thing(t, a)
        ]
        # "la charte « Littoral propre »": a name inside a title is no theme of its own
        themes = [
            a
            for a in themes
            if not any(
                b.mention.start <= a.mention.start
                and a.mention.end <= b.mention.end
                and b.mention.end - b.mention.start > a.mention.end - a.mention.start
                for b in themes
            )
        ]
        # "Ancien cadre de Y, X dirige l'entreprise": not Y, a past employer
        themes = [a for a in themes if not _former_employer(verb, a)]
        if not themes and "Place" in frame.theme:
            # "la ferme qui y élève des saumons", "Alma, qui y a ouvert une antenne": "y"
            # stands for the place named last before it
            themes = _place_of_clitic(verb, frame.theme)
        themes += [Arg(place) for t in venue_tokens if (place := venue(t)) is not None]
        if not themes and frame.theme_np and agents:
            # "a signé lundi avec la ville de Y l'accord « Z »": the parser takes the day
            # for the object and hangs the text on the co-signer; the titled text of the
            # verb's own clause is still what was signed
            themes = [Arg(title) for title in _titled_text_after(verb, frame.theme_np)]
        if frame.relation == "competitorOf":
            # "se retrouve face à l'AMF": an authority the company faces is no rival
            themes = [a for a in themes if not compatible(a.mention.cls, _AUTHORITIES)]
        if alongside:
            # "mené par X, aux côtés de Y et de Z": who acts with the agent is no theme
            together = {a.mention for t in alongside for a in asked.args_of(t, frame.agent)}
            themes = [a for a in themes if a.mention not in together]
        if agents and frame.object_heads:
            events[frame.relation] = _Event(sentence_start(verb), tuple(agents))
        # (a buyer that is also what is bought is a misreading, no buyer to refer back to)
        buyers = [a for a in agents if all(a.mention.text != b.mention.text for b in themes)]
        if buyers and themes and frame.relation == _BUYING:
            events[frame.relation] = _Event(sentence_start(verb), tuple(buyers))
        if not themes and to_buyer:
            # "X cède ses parts au repreneur": the buyer of the deal just told, looked for
            # as far back as the company in focus (a sale story names its buyer first and
            # its sellers after: "elle cède ses parts à l'acheteur" three sentences on)
            event = events.get(_BUYING)
            if (
                event is not None
                and sentences_between(verb.doc, event.sentence, verb.i) <= _FOCUS_REACH
            ):
                themes = list(event.agents)
                confidence *= IMPLICIT_FACTOR
        if not themes and to_buyer and frame.relation == _STAKE:
            return  # (a buyer no verb of the text named: whose capital is a guess)
        if not themes and frame.earlier_agent and agents:
            # "L'Autorité a sanctionné trois entreprises. X écope de 24 millions d'euros"
            own = {a.mention for a in agents}
            themes = [
                a
                for t in _earlier_agents(verb, frame.earlier_agent)
                for a in asked.args_of(t, frame.theme)
                if a.mention not in own
            ]
            confidence *= IMPLICIT_FACTOR
        # "Y a participé à sa levée": a possessive that only found the agent again means
        # the event's own subject
        if frame.event_of is not None and {a.mention.text for a in themes} <= {
            a.mention.text for a in agents
        }:
            themes = []
        if (
            not themes
            and frame.event_of is not None
            and head is not None
            and (_refers_back(head) or any(_refers_back(t) for t in owned))
        ):
            event = events.get(frame.event_of)
            if (
                event is not None
                and sentences_between(verb.doc, event.sentence, verb.i) <= _EVENT_REACH
            ):
                themes = list(event.agents)
                confidence *= IMPLICIT_FACTOR
        if not themes and frame.event_of is not None and head is not None:
            # "X a bouclé un tour de table mené par Y": the event is the object of its
            # own subject's act (the verb whose object it is, not one that only names it)
            own = {a.mention for a in agents}
            themes = [a for a in _event_subjects(head, frame.event_of) if a.mention not in own]
            if any(a.referring is not None for a in themes):
                confidence *= IMPLICIT_FACTOR
        if frame.focus_heads and head is not None and _possessed(head):
            # "X est entré à son capital": the possessive of the object head that found the
            # agent again (no one enters its own capital) means the company in focus (not
            # "dans son capital" after another noun, read only as a round's fundraiser)
            themes = [a for a in themes if a.mention.text not in {b.mention.text for b in agents}]
        if frame.relation == _STAKE and themes:
            # "la plateforme, dont elle détenait 20 %, en reprenant les parts du fonds Y": the
            # company of a stake "dont" introduces is the relative's antecedent, whatever
            # complement the parser hangs further on
            # (none when the antecedent is no name: what the parser hung on is no company)
            pronouns = whose_pronouns(verb)
            if pronouns:
                whose = {
                    a.mention.text
                    for c in pronouns
                    for a in asked.args_of(relative_antecedent(c), frame.theme)
                }
                themes = [a for a in themes if a.mention.text in whose]
        if themes and frame.focus_heads and all(a.referring is None for a in themes):
            events[_STAKE_COMPANY] = _Event(sentence_start(verb), tuple(themes))
        if (
            not themes
            and frame.focus_heads
            and head is not None
            and agents
            # ("Le groupe X ouvre un laboratoire. Sa direction a été confiée à Y": an
            # office handed over with a possessive may be that of a thing the text did
            # not name)
            and not (frame.agent_preps and _possessed(head))
        ):
            # "Le fonds X, entré au capital en 2016": the capital of the company in focus
            focus = _company_in_focus(
                verb,
                head,
                theme_tokens + focus_pronouns,
                frame.focus_heads,
                events,
            )
            own = {a.mention for a in agents}
            # ("Le fonds X, qui détenait 30 % du capital, cède sa participation au groupe
            # Y": the buyer of the stake is not the company it is in)
            sold_to = _sold_to(verb)
            themes = [a for a in focus if a.mention not in own and a.mention.text not in sold_to]
            if any(a.referring is None for a in themes):
                # (one resolved through a description or pronoun takes the coreference
                # factor already)
                confidence *= IMPLICIT_FACTOR
        # (read only when it may serve: most frames are no symmetric relation)
        between = (
            _named(_with_prep(verb, _BETWEEN), through_de=True)
            if not themes and frame.coordinated and not agents
            else []
        )
        if not themes and frame.coordinated and between and not agents:
            # "l'accord conclu entre X et Y": the relation holds between the two
            members = [a for t in between for a in asked.args_of(t, frame.agent)]
            for i, first in enumerate(members):
                yield from pairs(
                    self.name, confidence, [first], frame.relation, members[i + 1 :], verb
                )
            return
        if not themes and frame.coordinated:
            # "X et Y se sont mariés": the relation holds within the coordinated subject
            subject = asked.subject_of(verb)
            plural = "Plur" in verb.morph.get("Number", [])
            while (
                plural
                and subject is not None
                and subject.dep_ == "conj"
                and subject.head.i < subject.i
            ):
                # "X et Y, qui étaient mariés": the parser hangs the relative on the last
                # member; a plural predicate is about the whole coordination
                subject = subject.head
            members = asked.args_of(subject, frame.agent)
            for i, first in enumerate(members):
                yield from pairs(
                    self.name, confidence, [first], frame.relation, members[i + 1 :], verb
                )
            return
        if not themes:
            return
        if not agents and bare_body:
            # "la direction a refusé de négocier avec Y": the body of the organisation the
            # sentences before are about
            agents = _organisation_before(verb)
            confidence *= IMPLICIT_FACTOR
        if not agents and _is_nonfinite(verb) and not _organisation_fronted(verb, themes):
            salient = salient_organisation(verb)
            if salient is not None and "Organization" in frame.agent:
                agents = [salient]
                confidence *= IMPLICIT_FACTOR
        themes = _without_containing_areas(themes, verb.doc)
        if frame.inverse:
            agents, themes = themes, agents
        if (
            relation == "basedIn"
            and frame.voice == "stative"
            and len({a.mention.text for a in themes}) > 1
            and len({a.mention.cls for a in themes}) == 1
        ):
            # "implantée à Lyon et à Grenoble": a company has one seat; places of one kind
            # listed are where it is present ("basée à Lyon, en France" keeps its seat)
            relation = "presentIn"
        if frame.relation == "parentOf":
            # "jusque-là détenue par la famille X": a family's holding is a stake, and "par
            # le fonds X" an investor's as well as control
            stakes = [a for a in agents if is_family_name(a.mention.text) or _investor(a, verb.doc)]
            yield from pairs(self.name, confidence, stakes, "investsIn", themes, verb)
            agents = [a for a in agents if not is_family_name(a.mention.text)]
        yield from pairs(self.name, confidence, agents, relation, themes, verb)


#: What joins a town to the département or region it lies in, written right after it:
#: "à Poissy (Yvelines)", "à Chambéry, en Savoie", "à Roye, dans la Somme".
_AREA_AFTER_TOWN = re.compile(r"\s*(\(|,\s*(en|dans|au|aux)\b(\s+(le|la|les|l'|l\u2019))?)\s*$")
#: What sets off a part or a neighbour of a town after it: ", dans le quartier de",
#: ", près de la cathédrale", ", dans le" (lower-case words only up to the name).
_PART_AFTER_TOWN = re.compile(
    r"\s*,\s*(dans|près d[eu]|au cœur d[eu]|au centre d[eu]|non loin d[eu])\b[^\W\dA-Z]*"
    r"(\s+[^\W\dA-ZÀ-Ý]+)*\s*$"
)


def _without_containing_areas(themes: list[Arg], doc: Doc) -> list[Arg]:
    """The places of a frame but the département or region written right after one of
    its towns to say where that town lies (``installée à Poissy (Yvelines)``: the seat is
    Poissy; the location extractor says Poissy lies in the Yvelines), and a part of the
    town or a landmark near it set off after it (``à Tokyo, dans le quartier de Ginza``).
    A country stays (``basée à Lyon, en France``).

    Example:
        >>> import spacy
        >>> from kg.model import Mention
        >>> doc = spacy.blank("fr")("à Poissy (Yvelines)")
        >>> doc._.kg_offset = 0
        >>> town, area = Mention("Poissy", "City", 2, 8), Mention("Yvelines", "Region", 10, 18)
        >>> [a.mention.text for a in _without_containing_areas([Arg(town), Arg(area)], doc)]
        ['Poissy']
    """
    towns = [a.mention for a in themes if a.mention.cls == "City"]
    if not towns or len(themes) < 2:
        return themes
    offset = doc._.kg_offset
    text = doc.text

    def contains_a_town(area: Mention) -> bool:
        between = [
            text[town.end - offset : area.start - offset]
            for town in towns
            if town.end <= area.start
        ]
        # (an area NER could not type that INSEE knows: "à Lunel, dans l'Hérault")
        region = area.cls == "Region" or (
            area.cls != "Country"
            and (known := french_place(area.text)) is not None
            and known.cls == "Region"
        )
        return (region and any(_AREA_AFTER_TOWN.match(b) for b in between)) or (
            # "à Tokyo, dans le quartier de Ginza", "à Cahors, près de la cathédrale
            # Saint-Étienne", "à Oyem, dans le Woleu-Ntem": where in (or around) the town
            area.cls != "Country" and any(_PART_AFTER_TOWN.fullmatch(b) for b in between)
        )

    return [a for a in themes if not contains_a_town(a.mention)]


def _site_noun(token: Token, heads: frozenset[str]) -> bool:
    """Whether ``token`` is a common noun of a site among ``heads`` (``boutique``, and
    ``boutique-atelier`` by its first part)."""
    if token.pos_ != "NOUN" or mention_at(token) is not None:
        return False
    return any(fold(w) in heads for w in (token.lemma_, token.text, token.text.split("-")[0]))


def _facility(token: Token) -> bool:
    """Whether ``token`` is the common noun of a company's site (``facility_nouns`` of
    words.json: ``l'usine``, ``ses ateliers``), not a name."""
    return mention_at(token) is None and (
        token.lemma_ in _FACILITIES or token.lower_ in _FACILITIES
    )


#: Nouns of a company's site, whose place is where the company is present, not its seat.
_FACILITIES = word_list("facility_nouns")


def _buyer_noun(token: Token) -> bool:
    """Whether ``token`` is a definite buyer noun (``au repreneur``, ``au nouveau
    propriétaire``, ``à l'acquéreur``), whatever coreference made of it."""
    if token.pos_ != "NOUN":
        return False
    if fold(token.lemma_) not in _BUYERS and fold(token.text) not in _BUYERS:
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children) or (
        case_of(token) in FUSED_ARTICLES
    )


def _owned_noun(token: Token, heads: frozenset[str]) -> bool:
    """Whether a noun is one of ``heads``, a company's own (``le capital``)."""
    return token.lemma_ in heads or fold(token.text) in heads


def _investor(arg: Arg, doc: Doc) -> bool:
    """Whether the name of ``arg`` follows a noun of ``investor_nouns`` (``le fonds nantais
    X``, ``la société d'investissement X``), lower-case adjectives between."""
    if arg.referring is not None:
        return False
    start = arg.mention.start - doc._.kg_offset
    first = next((t for t in doc if t.idx == start), None)
    if first is None:
        return False
    j = first.i
    while (
        j > sentence_start(first)
        and doc[j - 1].text[:1].islower()
        and (doc[j - 1].pos_ == "ADJ" or demonym_of(doc[j - 1].text) is not None)
    ):
        j -= 1  # ("le fonds nantais X", "le fonds régional X")
    table = words(doc)
    return any(
        j - n >= sentence_start(first) and fold(table.span_text(j - n, j)) in _INVESTORS
        for n in (1, 2, 3, 4)
    )


def _clitic_en(token: Token, verb: Token) -> bool:
    """Whether ``token`` is the pronoun ``en`` of ``verb`` (``X en détient 30 %``), which the
    tagger may read as the preposition: right before the finite verb or its auxiliary (not
    the ``en`` of a gerund, ``en détenant``)."""
    if token.lower_ != "en" or token.i > verb.i:
        return False
    if token.pos_ == "PRON":
        return True
    finite = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    return token.i + 1 == clause_start(verb) and any(
        "Fin" in t.morph.get("VerbForm", []) for t in finite
    )


def _titled_text_after(verb: Token, cls: str) -> list[Mention]:
    """The first text named by its title after ``verb`` in its clause (``l'accord « Rade
    propre »``, ``un contrat de trois ans, baptisé « Élan 2028 »``: see
    :func:`quoted_title` and :func:`baptised_title`); none past another verb of its own
    clause (a naming participle aside)."""
    naming = descriptions().naming_words
    for token in verb.doc[verb.i + 1 : sentence_end(verb)]:
        if token.pos_ == "VERB" and fold(token.text) not in naming:
            return []
        if token.pos_ == "NOUN" and (
            title := quoted_title(token, cls) or baptised_title(token, cls)
        ):
            return [title]
    return []


def _places_listed_after(token: Token, preps: frozenset[str]) -> list[Token]:
    """``au Royaume-Uni et en Italie``: the places that follow a place in a list, each with
    its own preposition, however the parser hung them (it may coordinate the second one
    with a name earlier in the sentence).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> from kg.model import Mention
        >>> doc = Doc(spacy.blank("fr").vocab, words=["au", "Japon", "et", "en", "Chine"],
        ...           pos=["ADP", "PROPN", "CCONJ", "ADP", "PROPN"],
        ...           sent_starts=[True, False, False, False, False])
        >>> doc._.kg_mentions = {1: Mention("Japon", "Country", 3, 8),
        ...                      4: Mention("Chine", "Country", 15, 20)}
        >>> [t.text for t in _places_listed_after(doc[1], frozenset({"au", "en"}))]
        ['Chine']
    """
    doc = token.doc
    mention = mention_at(token)
    if not is_place(mention):
        return []
    table = words(doc)
    end = sentence_end(token)
    found: list[Token] = []
    j = token.i
    while True:
        while j + 1 < end and mention_of_index(doc, j + 1) == mention:
            j += 1
        k = j + 1
        if k >= end or table.lower[k] not in {",", "et"}:
            return found
        k += 1
        if k < end and table.lower[k] == "et":
            k += 1  # ", et en Italie"
        if k >= end or table.lower[k] not in preps:
            return found
        k += 1
        while k < end and table.pos[k] == "DET":
            k += 1
        mention = mention_of_index(doc, k) if k < end else None
        if not is_place(mention):
            return found
        found.append(doc[k])
        j = k


def _predicate_between(verb: Token, theme: Token) -> Token | None:
    """The adjective or participle coordinated with ``verb`` that stands between it and
    ``theme``, or None: ``basé à Lyon et présent en Italie``, ``installée à Rennes,
    implantée en Belgique`` (the parser often hangs the second complement on the first
    participle; it is the second predicate's own).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = ["basé", "à", "Lyon", "et", "présent", "en", "Italie"]
        >>> pos = ["VERB", "ADP", "PROPN", "CCONJ", "ADJ", "ADP", "PROPN"]
        >>> doc = Doc(spacy.blank("fr").vocab, words=words, pos=pos)
        >>> _predicate_between(doc[0], doc[6]).text
        'présent'
        >>> _predicate_between(doc[0], doc[2]) is None
        True
    """
    doc = verb.doc
    for i in range(verb.i + 2, theme.i):
        word = doc[i]
        if doc[i - 1].lower_ not in {"et", ",", "mais"}:
            continue
        if word.pos_ == "ADJ" or (word.pos_ == "VERB" and "Part" in word.morph.get("VerbForm", [])):
            return word
    return None


def _described_by(adjective: Token) -> Token | None:
    """What an adjective set beside a name describes (``X, déjà présente en Espagne,``),
    or None when it is no such adjective. Detached after the name's comma, the parser may
    hang it on the clause's verb (``advcl``); the name before the comma is still its
    holder. So is a past participle of a verb conjugated with ``être`` (``confiée à X,
    passé par Nestlé``)."""
    if _describing_adjective(adjective):
        return _holder(adjective)
    participle = (
        adjective.pos_ == "VERB"
        and "Part" in adjective.morph.get("VerbForm", [])
        and adjective.lemma_ in UNACCUSATIVES
    )
    if (adjective.pos_ != "ADJ" and not participle) or adjective.dep_ != "advcl":
        return None
    if any(c.dep_.startswith(("cop", "nsubj", "mark")) for c in adjective.children):
        return None
    doc = adjective.doc
    i = adjective.i - 1
    while i > 0 and doc[i].pos_ == "ADV":
        i -= 1
    if i < 1 or doc[i].text != "," or mention_at(doc[i - 1]) is None:
        return None
    name = i - 1
    while name > 0 and mention_of_index(doc, name - 1) == mention_at(doc[i - 1]):
        name -= 1
    return doc[name]


_VENUES = folded_word_list("venue_nouns")
_CLEFT_COPULAS = frozenset({"est", "était", "sera", "fut", "sont"})
_NAME_TAGS = frozenset({"PROPN", "NOUN", "X"})


def venue(noun: Token) -> Mention | None:
    """The place a site noun names with the name after it, kept whole: ``au palais de la
    Bourse de Lyon``, ``au haras national de Saint-Lô``, ``au cloître Saint-Trophime``
    (``venue_nouns`` of words.json); None for any other word, or a site noun followed by
    no name (``au stade``, ``dans le domaine de la santé``).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["au", "stade", "de", "la", "Meinau"],
        ...           pos=["ADP", "NOUN", "ADP", "DET", "PROPN"], lemmas=["au", "stade",
        ...           "de", "le", "Meinau"], sent_starts=[True, False, False, False, False])
        >>> venue(doc[1]).text
        'stade de la Meinau'
    """
    if fold(noun.lemma_) not in _VENUES and fold(noun.text) not in _VENUES:
        return None
    own = mention_at(noun)
    if own is not None:
        return _venue_named(noun, own)
    if noun.pos_ != "NOUN":
        return None
    doc = noun.doc
    table = words(doc)
    end = sentence_end(noun)
    j = noun.i + 1
    while j < end and table.pos[j] == "ADJ" and table.text[j][:1].islower():
        j += 1  # "le haras national de Saint-Lô"
    if j < end and table.lower[j] in DE:
        j += 1
        while j < end and table.pos[j] == "DET":
            j += 1
    last = _name_end(doc, j, end)
    if last is None:
        named_from = _common_name_of_venue(doc, j, end)
        last = _name_end(doc, named_from, end) if named_from is not None else None
    if last is None:
        return None
    # "le palais de la Bourse de Lyon": the venue's own town is part of its name
    k = last + 1
    if k + 1 < end and table.lower[k] in DE_BARE:
        town = mention_of_index(doc, k + 1)
        if is_place(town):
            last = _name_end(doc, k + 1, end) or last
    offset = doc._.kg_offset
    start, stop = table.idx[noun.i], table.idx[last] + len(table.text[last])
    return Mention(doc.text[start:stop], "Place", start + offset, stop + offset)


def _common_name_of_venue(doc: Doc, j: int, end: int) -> int | None:
    """``le palais des congrès de Lyon``, ``le parc des expositions de Bordeaux``, ``la
    salle des fêtes de Blaye``: a venue named by common nouns, then ``de`` its town. The
    index after that ``de`` (and its article), where the town's name starts, or None."""
    table = words(doc)
    if j >= end or table.pos[j] != "NOUN" or not table.text[j][:1].islower():
        return None
    j += 1
    while j < end and table.pos[j] == "ADJ" and table.text[j][:1].islower():
        j += 1
    if j >= end or table.lower[j].replace("\u2019", "'") not in {"de", "d'", "du"}:
        return None
    j += 1
    while j < end and table.pos[j] == "DET":
        j += 1
    return j


def _venue_named(noun: Token, own: Mention) -> Mention | None:
    """``au stade Marcel-Bréval`` with the site noun inside the name NER found: the name
    whole, as a place, when the noun opens it and NER typed it neither a person nor a
    place of another kind (a town named after a castle stays a town)."""
    if own.start != noun.idx + noun.doc._.kg_offset or own.end - own.start <= len(noun.text):
        return None
    if own.cls != UNTYPED and coarse_class(own.cls) not in {"Place", "Organization"}:
        return None
    if own.cls in {"City", "Country", "Region"}:
        return None
    return dataclasses.replace(own, cls="Place")


def _clefted(verb: Token, preps: frozenset[str]) -> list[Token]:
    """``C'est au port de Lorient que X organise ...``: the complement a cleft sentence
    sets first belongs to the verb of its ``que`` clause. Read word by word: the parser
    makes the complement the root and the clause a relative, or two sentences.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["C'", "est", "à", "Lyon", "que", "X",
        ...           "vit"], pos=["PRON", "AUX", "ADP", "PROPN", "SCONJ", "PROPN", "VERB"],
        ...           sent_starts=[True, False, False, False, False, False, False])
        >>> [t.text for t in _clefted(doc[6], frozenset({"à"}))]
        ['Lyon']
    """
    doc = verb.doc
    table = words(doc)
    start = sentence_start(verb)
    if verb.i < start + 5 or table.lower[start].replace("\u2019", "'") not in {"c'", "ce"}:
        return []
    if table.lower[start + 1] not in _CLEFT_COPULAS or table.lower[start + 2] not in preps:
        return []
    # the first "que" after the complement opens the clause, and its first verb is this one
    que = next(
        (
            i
            for i in range(start + 3, verb.i)
            if table.lower[i].replace("\u2019", "'") in {"que", "qu'"}
        ),
        None,
    )
    if que is None or any(table.pos[i] == "VERB" for i in range(que + 1, verb.i)):
        return []
    j = start + 3
    while j < que and table.pos[j] == "DET":
        j += 1
    return [doc[j]] if j < que else []


def _venue_after(start: Token, verb: Token, preps: frozenset[str]) -> list[Token]:
    """``organise la fête du lait au haras national de Saint-Lô``: the first venue a
    preposition introduces after ``start`` in the verb's clause, however the parser hung
    it (often on the last noun before it)."""
    doc = start.doc
    table = words(doc)
    subtree = subtree_indices(verb)
    for i in range(start.i + 1, sentence_end(start) - 1):
        if table.pos[i] in {"VERB", "AUX"} and i not in subtree:
            return []  # another clause
        if table.lower[i] not in preps or i not in subtree:
            continue
        j = i + 1
        while j < sentence_end(start) and table.pos[j] == "DET":
            j += 1
        if j < sentence_end(start) and venue(doc[j]) is not None:
            return [doc[j]]
    return []


def _name_end(doc: Doc, j: int, end: int) -> int | None:
    """The index of the last word of the name that starts at ``j`` (a mention, or proper
    nouns written with a capital), or None if no name starts there."""
    if j >= end:
        return None
    table = words(doc)
    mention = mention_of_index(doc, j)
    if mention is not None:
        while j + 1 < end and mention_of_index(doc, j + 1) == mention:
            j += 1
        return j
    # (the tagger makes a rare capitalised name a noun: "la Meinau")
    if table.pos[j] not in _NAME_TAGS or not table.text[j][:1].isupper():
        return None
    while (
        j + 1 < end
        and table.pos[j + 1] in _NAME_TAGS
        and table.text[j + 1][:1].isupper()
        and mention_of_index(doc, j + 1) is None
    ):
        j += 1
    return j


def _glued_to_its_name(verb: Token) -> bool:
    """Whether the parser hung a verb as a clause (``acl``) on the name written right
    before it, with no comma between: ``Jean Martin habite à Carhaix``, where it reads
    ``habite`` as a participle describing the name and gives it none of the complements.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> from kg.model import Mention
        >>> doc = Doc(spacy.blank("fr").vocab, words=["Martin", "habite", "à", "Lyon"],
        ...           heads=[0, 0, 3, 0], deps=["ROOT", "acl", "case", "nmod"])
        >>> doc._.kg_mentions = {0: Mention("Martin", "Person", 0, 6)}
        >>> _glued_to_its_name(doc[1]), _glued_to_its_name(doc[3])
        (True, False)
    """
    if not verb.dep_.startswith("acl") or verb.i == 0 or verb.head.i > verb.i:
        return False
    name = mention_at(verb.head)
    return name is not None and mention_at(verb.doc[verb.i - 1]) == name


def _describing_adjective(verb: Token) -> bool:
    """Whether a frame word is an adjective set beside a noun (``X, déjà présente en
    Espagne,``): the tagger makes it an adjective (``amod``) or a verb of a clause with no
    subject hung on the noun (``acl``), never a clause of its own.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["Kelvo", ",", "présent", "en", "Italie"],
        ...           heads=[0, 0, 0, 4, 2], deps=["ROOT", "punct", "amod", "case", "obl"],
        ...           pos=["PROPN", "PUNCT", "ADJ", "ADP", "PROPN"])
        >>> _describing_adjective(doc[2]), _describing_adjective(doc[0])
        (True, False)
    """
    if verb.dep_ == "amod":
        return verb.pos_ == "ADJ"
    if verb.dep_ != "acl" or _is_nonfinite(verb):
        return False  # ("la décision de vivre à Lyon": an infinitive describes no one)
    return not any(c.dep_.startswith(("aux", "nsubj", "cop", "mark")) for c in verb.children)


#: What a divestment sells: the businesses and stakes a buyer's frame takes (verbs.json).
_SOLD = frozenset(
    head
    for frame in verb_frames()
    if frame.relation == _SELLING and frame.held_by
    for head in frame.object_heads
)
_PARTITIVES = frozenset({"du", "des", "de la", "de l'", "de l\u2019", "d'", "d\u2019"})


def _goods_sold(verb: Token) -> bool:
    """``X vend du riz au groupe Y``, ``vend des pompes à Y``: what a verb of selling sells
    right after it with a partitive or an indefinite plural (an amount of goods) is no
    business or stake of :data:`_SOLD` (``cède des parts à Y`` is a divestment)."""
    doc = verb.doc
    i = verb.i + 1
    end = sentence_end(verb)
    while i < end and doc[i].pos_ == "ADV":
        i += 1
    for size in (2, 1):
        if i + size < end and doc[i : i + size].text.lower() in _PARTITIVES:
            noun = doc[i + size]
            return (
                noun.pos_ == "NOUN"
                and noun.text.islower()
                and noun.lower_ not in _SOLD
                and noun.lemma_.lower() not in _SOLD
            )
    return False


def _possessives(noun: Token) -> list[Token]:
    """A noun's possessive determiners (``son`` of ``son capital``)."""
    possessives = descriptions().possessives
    return [c for c in noun.children if c.dep_ == "det" and c.lower_ in possessives]


def _possessed(noun: Token) -> bool:
    """Whether a noun has a possessive determiner (``son capital``, ``sa direction``)."""
    return bool(_possessives(noun))


def _company_in_focus(
    verb: Token,
    head: Token,
    theme_tokens: list[Token],
    heads: frozenset[str],
    events: dict[str, _Event],
) -> list[Arg]:
    """The company whose own ``heads`` noun (``le capital``), named by no complement, the
    phrase of ``verb`` speaks of: the fundraiser of the latest ``fundedBy`` fact or the
    company of the latest stake named with its company, within two sentences, else the
    company the text told was bought, else the organisation subject of the sentence before
    (of the one before a pronoun subject) unless it held a stake itself or is a family, else
    (that subject a person or none found) the organisation the chunk is about
    (:func:`~kg.extract.base.text_topic`); none when the noun is not definite (``un
    capital``: no company's in particular)."""
    owned = [t for t in (head, *theme_tokens) if _owned_noun(t, heads)]
    # "une participation de 10 %": a stake of a stated size is one in a particular company
    # ("qui en possédait 25 %": "en" is "de" + the company in focus)
    pronoun = any(_clitic_en(t, verb) for t in theme_tokens)
    if not pronoun and not any(_refers_back(t) or _plural_definite(t) or _sized(t) for t in owned):
        return []
    # "X a levé 5 millions", "X prend 49 % de Y": the company of the latest round or named
    # stake, within two sentences
    recent = [
        event
        for key in ("fundedBy", _STAKE_COMPANY)
        if (event := events.get(key)) is not None
        and sentences_between(verb.doc, event.sentence, verb.i) <= _EVENT_REACH
    ]
    if recent:
        return list(max(recent, key=lambda event: event.sentence).agents)
    # "X a annoncé le rachat de Y. [...] Le fonds Z, qui détenait 30 % du capital, cède
    # ses parts": the capital of the company the text tells is bought, not of its buyer,
    # however far back the deal was told
    bought = _last_bought(verb)
    if bought:
        return [a for t in _named(bought) for a in args_of(t, _ORGANISATION)]
    for subject in _subjects_before(verb):
        # "La société X fabrique des pompes. Le fonds Y est entré au capital": the subject
        # of the sentence before, or the name its class noun introduces
        if subject is not None and holds_a_stake(subject.sent.root):
            return []  # (a shareholder, "X en détient 20 %", is no company in focus)
        if subject is None:
            break
        if subject.pos_ != "PRON":
            found = [a for t in _named([subject]) for a in args_of(t, _ORGANISATION)]
            # "La famille X en garde 52 %. Le fonds Y en détient 30 %": who held a stake in
            # the sentence before is a shareholder beside the holder, not its company
            if any(is_family_name(a.mention.text) for a in found) or _holds_stake(subject):
                return []
            if found:
                return found
            break
        # "L'entreprise vend en Pologne, où sa filiale X emploie 120 ingénieurs. Elle y
        # affronte ...": a pronoun carries on the topic of a sentence before, and what
        # coreference makes of it is the nearest name, often the wrong one
    # "Loïc Cariou en est le directeur général. Le fonds X, entré au capital en 2021, en
    # détient 30 %": no organisation before, the capital is that of the one the text is about
    topic = text_topic(verb.doc)
    return [Arg(topic)] if topic is not None else []


def _sentences_before(token: Token, reach: int | None = _FOCUS_REACH) -> Iterator[Span]:
    """The sentences before ``token``'s, nearest first: ``reach`` of them at most, or all
    of them with None."""
    sent = token.sent
    seen = 0
    while sent.start > 0 and (reach is None or seen < reach):
        sent = token.doc[sent.start - 1].sent
        seen += 1
        yield sent


def _last_bought(verb: Token) -> list[Token]:
    """What the nearest sentence before ``verb``'s buys, at any distance: the first whose
    main verb tells an acquisition (:func:`_bought`)."""
    for sent in _sentences_before(verb, reach=None):
        bought = _bought(sent.root)
        if bought:
            return bought
    return []


def _sold_to(verb: Token) -> set[str]:
    """The names of the organisations something is given away to (``cède ses parts au
    groupe Y``) in ``verb``'s sentence."""
    return {
        a.mention.text
        for t in verb.sent
        if t.lemma_ in _GIVEN_AWAY and t.pos_ == "VERB"
        # (the parser may hang "au groupe Y" on the object)
        for given in (t, *(c for c in t.children if c.dep_ in _OBJECT_DEPS))
        for c in _with_prep(given, _TO_PLACE)
        for a in args_of(c, _ORGANISATION)
    }


def _introduces_object(noun: Token, objects: list[Token]) -> bool:
    """Whether the common noun ``noun`` stands right before another of ``objects`` (its
    determiners between), the name it introduces (``la marque La Mouette``)."""
    if noun.pos_ != "NOUN":
        return False
    j = noun.i + 1
    while j < sentence_end(noun) and noun.doc[j].pos_ == "DET":
        j += 1
    return any(o.i == j for o in objects)


def _holds_stake(subject: Token) -> bool:
    """Whether ``subject`` is the subject of a verb of holding (``X détient 20 %``) or of one
    with the pronoun ``en`` of a stake (``X en conserve 58 %``)."""
    verb = subject.head
    return verb.lemma_ in _HOLDING or any(
        _clitic_en(c, verb) and any(g.lemma_ in PERCENT for g in verb.subtree)
        for c in verb.children
    )


def _plural_definite(noun: Token) -> bool:
    """Whether ``noun`` has ``les`` (``les 45 % que détenait X``): the stake the text is
    about, not a kind."""
    return any(c.dep_ == "det" and c.lower_ == "les" for c in noun.children)


def _sized(noun: Token) -> bool:
    """Whether a percentage complements ``noun`` (``une participation de 10 %``)."""
    return any(c.lemma_ in PERCENT and c.dep_ == "nmod" for c in noun.children)


def _bought(verb: Token) -> list[Token]:
    """What ``verb`` buys: its object if it is a verb of an acquisition (``a racheté Y``),
    or the ``de`` complement of its object if that is a noun of one (``a annoncé le rachat
    de Y``)."""
    lemmas, nouns = _acquisition_words()
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    if verb.lemma_ in lemmas and _is_passive(verb):
        # "X a été rachetée par Y, le groupe de ...": what is bought is the passive subject
        # (an object the parser finds is a misread apposition of the buyer)
        holder = _holder(verb)
        return [holder] if holder is not None else []
    if verb.lemma_ in lemmas:
        return objects
    for frame in _taking_control_frames():
        # "X a pris le contrôle de Y": the complement of the phrase's noun
        if verb.lemma_ in frame.lemmas:
            heads = [o for o in objects if o.lemma_ in frame.object_heads]
            if heads:
                return _with_prep(verb, frame.theme_preps) + [
                    p for o in heads for p in _with_prep(o, frame.theme_preps)
                ]
    return [p for o in objects if o.lemma_ in nouns for p in _with_prep(o, DE)]


@functools.cache
def _taking_control_frames() -> tuple[VerbFrame, ...]:
    """The lexicon's acquisition frames of a verb and its object noun (``prendre le
    contrôle de Y``, ``mettre la main sur Y``)."""
    return tuple(
        frame
        for frame in verb_frames()
        if frame.relation == "acquires" and frame.voice == "intransitive" and frame.object_heads
    )


@functools.cache
def _acquisition_words() -> tuple[frozenset[str], frozenset[str]]:
    """The verb lemmas and nouns of the lexicon's acquisition frames."""
    lemmas = frozenset(
        lemma
        for frame in verb_frames()
        if frame.relation == "acquires" and frame.voice == "transitive"
        for lemma in frame.lemmas
    )
    nouns = frozenset(
        noun for frame in noun_frames() if frame.relation == "acquires" for noun in frame.nouns
    )
    return lemmas, nouns


def _event_subjects(head: Token, relation: str) -> list[Arg]:
    """The named subject of the verb whose object ``head`` is, when that verb is one of a
    frame of ``relation`` that takes ``head`` as object (``a bouclé un tour de table``)."""
    if head.dep_ != "obj":
        return []
    verb = head.head
    frame = next(
        (
            f
            for f in verb_frames()
            if f.relation == relation
            and verb.lemma_ in f.lemmas
            and (head.lemma_ in f.object_heads or fold(head.text) in f.object_heads)
        ),
        None,
    )
    if frame is None:
        return []
    subject = subject_of(verb)
    if subject is None:
        return []
    # (a description's antecedent, "la jeune pousse annonce une levée menée par Y", is a
    # guess: the caller lowers the fact's confidence)
    return args_of(subject, frame.agent)


#: Verbs of holding a stake, whose subject or agent held what is bought: "les 45 % que
#: détenait X", "les parts détenues par X".
_HOLDING = word_list("holding_verbs")


def _former_holders(head: Token) -> list[Token]:
    """Who held ``head`` by a relative or participle of holding after it (``les 45 % que
    détenait le fonds X``, ``les parts détenues par X``, the parser hanging ``par X`` on
    the main verb as often as on the participle)."""
    doc = head.doc
    found: list[Token] = []
    for clause in head.children:
        if not clause.dep_.startswith("acl") or clause.lemma_ not in _HOLDING:
            continue
        if clause.dep_ == "acl:relcl":
            # ("que X détenait" and "que détenait X": "que" is the object, the subject a name)
            found += [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            continue
        found += [c for c in clause.children if c.dep_ == "obl:agent"]
        after = clause.i + 1
        if not found and after < sentence_end(clause) and doc[after].lower_ == "par":
            found.append(doc[after].head)
    return found


#: Conjunctions that open a clause whose verb is left out: "a repris A, puis B".
_THEN = frozenset({"puis", "et"})


def _elided_objects(verb: Token) -> list[Token]:
    """``X a repris A en 2019, puis B en 2021``: objects of clauses that leave the verb out,
    each the parser's conjunct of the verb, a noun phrase with no subject nor preposition of
    its own, opened by ``puis`` or ``et``."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.i > verb.i
        and c.pos_ in {"NOUN", "PROPN"}
        and any(g.dep_ == "cc" and g.lower_ in _THEN for g in c.children)
        and not any(g.dep_ in {"case", "nsubj", "nsubj:pass", "cop"} for g in c.children)
    ]


def _gapped(verb: Token, heads: frozenset[str]) -> list[Token]:
    """``X écope de 24 millions, Y de 11 millions``: the subjects of clauses that leave the
    verb out, each the parser's conjunct of the verb with its own complement of ``heads``."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.i > verb.i
        and c.pos_ in {"NOUN", "PROPN"}
        and any(
            g.dep_ in {"nmod", "obl", "obl:arg"}
            and (g.lemma_ in heads or fold(g.text) in heads)
            and any(x.dep_ == "case" for x in g.children)
            for g in c.children
        )
    ]


def _earlier_agents(verb: Token, verbs: frozenset[str]) -> list[Token]:
    """Who did the latest act of ``verbs`` from two sentences before ``verb`` to the end of
    its own (``L'Autorité a sanctionné trois entreprises. X écope de 24 millions``, ``X a
    écopé d'une amende infligée par Y``): its ``par`` agent, else its subject."""
    doc = verb.doc
    start = sentence_start(verb)
    for _ in range(2):
        if start > 0:
            start = sentence_start(doc[start - 1])
    fixes = verb_lemma_fixes()
    found: list[Token] = []
    for token in doc[start : sentence_end(verb)]:
        if token.i == verb.i or fixes.get(token.lower_, token.lemma_.lower()) not in verbs:
            continue
        by = [c for c in token.children if c.dep_ == "obl:agent"]
        subject = subject_of(token)
        agents = _named(by or ([subject] if subject is not None else []))
        if agents:
            found = agents
    return found


def _organisation_fronted(verb: Token, themes: list[Arg]) -> bool:
    """Whether an organisation other than the themes is named in the verb's sentence before
    it (``Pour X, l'accord doit permettre de grignoter des parts à Y``): the act of an
    infinitive is then this sentence's business, not that of the sentence before."""
    theirs = {a.mention for a in themes}
    return any(
        (m := mention_at(t)) is not None
        and m not in theirs
        and compatible(m.cls, frozenset({"Organization"}))
        for t in verb.doc[sentence_start(verb) : verb.i]
    )


def _counted_object(verb: Token) -> bool:
    """Whether the verb's direct object is counted by a number (``exploite douze
    multiplexes``, ``regroupe 14 laboratoires``): a noun (which the tagger may take for an
    adjective: ``multiplexes``), not a percentage; or by a count word of ``count_nouns``
    (``une soixantaine de salles``, ``plusieurs usines``)."""
    return any(
        c.dep_ == "obj"
        and c.pos_ in {"NOUN", "ADJ"}
        and (
            any(n.dep_ == "nummod" and n.pos_ == "NUM" for n in c.children)
            or any(n.dep_ == "det" and n.lower_ in _COUNT_WORDS for n in c.children)
            or (c.lower_ in _COUNT_WORDS and any(case_of(n) in DE for n in c.children))
        )
        for c in verb.children
    )


#: Prepositions that name whom a person works for ("chez Y", "pour Y").
_AT_EMPLOYER = frozenset({"chez", "pour"})


def _untyped_at(token: Token) -> bool:
    """Whether ``token`` is a name NER could not type, after ``à``/``au``/``aux`` and not
    coordinated with what came before."""
    mention = mention_at(token)
    return (
        mention is not None
        and mention.cls == UNTYPED
        and case_of(token) in _TO_PLACE
        and token.dep_ != "conj"  # ("chez Thales puis à Kelvane": a second employer)
    )


#: Prepositions of a town after an employer ("chez Thales à Vélizy").
_TO_PLACE = frozenset({"à", "au", "aux"})
#: How many sentences back the place a locative "y" stands for may be named.
_CLITIC_REACH = 1


def _place_of_clitic(verb: Token, allowed: frozenset[str]) -> list[Arg]:
    """The place the locative clitic ``y`` of ``verb`` stands for: the last place named
    before it, in its sentence or the one before (``En rade de Brest, ..., la ferme qui y
    élève des saumons``); read as a reference. Not ``il y a``, ``y compris``."""
    clitic = next(
        (c for c in verb.children if c.lower_ == "y" and c.pos_ == "PRON" and c.i < verb.i),
        None,
    )
    if clitic is None or verb_lemma(verb) == "avoir":
        return []
    doc = verb.doc
    first = sentence_start(verb)
    for _ in range(_CLITIC_REACH):
        if first > 0:
            first = sentence_start(doc[first - 1])
    for i in range(clitic.i - 1, first - 1, -1):
        mention = mention_at(doc[i])
        if mention is None or not is_place(mention):
            continue
        return [
            dataclasses.replace(a, referring=clitic.text)
            for a in args_of(doc[i], allowed)
            if a.mention == mention
        ]
    return []


#: Words that put the organisation after them in a person's past ("arrivé de Y").
_FORMER_EMPLOYER = folded_word_list("former_employer_words")
#: Determiners that open a description: "la société", "cette entreprise" (not pronouns).
_DESCRIBING = DEFINITE | {"les"}
#: How far before a name such a word may stand ("ancien directeur des achats de Y").
_FORMER_REACH = 6


def _former_employer(verb: Token, arg: Arg) -> bool:
    """Whether ``arg`` is a description (``la société``, ``l'entreprise``) that coreference
    resolved to a name the verb's sentence sets before the verb as a person's past employer
    (``Ancien directeur de Y, X dirige la société``, ``X, arrivé de Y en 2021, dirige
    l'entreprise``): the clause would have said ``la dirige``; the description means
    another organisation, the one the text is about."""
    referring = arg.referring
    if referring is None:
        return False
    first_word = referring.lower().split()[0]
    if first_word not in _DESCRIBING and not first_word.startswith(("l'", "l\u2019")):
        return False
    doc = verb.doc
    table = words(doc)
    start = sentence_start(verb)
    # (the resolved mention stands where the description does: the name is found again)
    for first in range(start, verb.i):
        mention = mention_at(doc[first])
        if mention is None or mention.text != arg.mention.text:
            continue
        if first > start and mention_at(doc[first - 1]) is mention:
            continue
        for j in range(first - 1, max(start, first - _FORMER_REACH) - 1, -1):
            if table.text[j] in {",", ";", "(", ")"}:
                break
            if fold(table.text[j]) in _FORMER_EMPLOYER:
                return True
    return False


#: Relations that say what holds now, which a verb of settling in the future only
#: announces ("conservera ses salariés à Y", a verb of keeping, says it holds already).
_STATES = frozenset({"presentIn"})
_SETTLING = word_list("settling_verbs")


def _in_future(verb: Token) -> bool:
    """Whether ``verb`` is in the future: ``ouvrira``, or ``va ouvrir`` (``aller`` as the
    auxiliary, or as the verb the parser made govern the infinitive)."""
    if "Fut" in verb.morph.get("Tense", []):
        return True
    if any(c.dep_.startswith("aux") and c.lemma_ == "aller" for c in verb.children):
        return True
    head = verb.head
    return (
        "Inf" in verb.morph.get("VerbForm", [])
        and head.i < verb.i
        and head.lemma_ == "aller"
        and verb.dep_ in {"xcomp", "ccomp"}
    )


def _is_nonfinite(verb: Token) -> bool:
    forms = verb.morph.get("VerbForm", [])
    return (
        "Inf" in forms
        or "Ger" in forms
        or ("Part" in forms and "Pres" in verb.morph.get("Tense", []))
    )
