"""Role nouns in apposition or as predicates: ``Sam Altman, cofondateur d'OpenAI``.

Handles, for every role noun of ``ontology/lexicon/roles.json``:

- apposition after the name: ``X, [ancien] cofondateur de Y`` (dependency ``appos``, or
  the linear pattern ``X , det? adj* ROLE``, which survives the parser's odd attachments);
- apposition before the name: ``le PDG de Renault, Luca de Meo, ...``;
- a possessive for the organisation: ``Son fondateur, Mickaël Froger, ...`` (the possessor
  as coreference resolved it; not when the role has a complement of its own, as in ``son
  directeur de la communication``);
- predicate nominal: ``X est (devenu) le PDG de Y``;
- noun-phrase objects for roles that take one: ``leader mondial de l'intelligence
  artificielle`` → ``leaderIn`` a Concept;
- looser readings, with a lower confidence: apposition without its comma (``Elon Musk PDG
  de SpaceX``, frequent in translated and headline text), the compound ``Pfizer PDG Ian
  Read``, a relative ``qui est (elle-même) membre de Y``, and a title between the
  preposition and the name (``l'épouse du roi X``, ``à la tête du label X``).

Example:
    >>> AppositionExtractor().name
    'kg.apposition.v1'
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any, cast

from spacy.tokens import Doc, Token

from kg.entities.gazetteer import default_gazetteer
from kg.entities.mentions import UNTYPED, coarse, compatible, origin_text
from kg.entities.places import french_place
from kg.extract.base import (
    Arg,
    args_of,
    listed_members,
    pairs,
    phrase_of,
    salient_organisation,
    text_topic,
)
from kg.grammar import (
    DE,
    DE_BARE,
    OPENING_QUOTES,
    Words,
    anchor,
    case_of,
    expand,
    governing_verb,
    is_reference,
    members_named,
    mention_at,
    named_by,
    names_in_row,
    partnered_with,
    relative_antecedent,
    sentence_end,
    sentence_of,
    sentence_start,
    subject_before,
    subject_of,
    verb_lemma,
    whose_pronouns,
    words,
)
from kg.lexicon import (
    RoleNoun,
    attribution,
    department_heads,
    descriptions,
    folded_word_list,
    modality,
    plural_descriptions,
    role_preps,
    roles,
    time_nouns,
    trade_heads,
    word_list,
)
from kg.model import Mention, Triple
from kg.ontology import relations
from kg.text import fold, match_key

CONFIDENCE = 0.9
#: Confidence for the weaker linear readings (name after the role phrase).
CONFIDENCE_LINEAR = 0.8
#: Confidence of an apposition written without its comma, or of ``ORG ROLE PERSON``.
CONFIDENCE_LOOSE = 0.75
_PAST = folded_word_list("former_words")
_EX = "ex-"
#: The articles after "de": "directeur de l'innovation du groupe".
_OF_ARTICLES = frozenset({"la", "le", "les", "l'", "l’"})
#: What may follow a department after a role noun: the organisation's ``de``, or ``chez``
#: (``directrice de fabrication chez Y`` works for Y as ``directrice de la fabrication de Y``).
_DEPARTMENT_ENDS = DE | {"chez"}
_OTHER = frozenset({"autre", "autres"})
#: "jusqu'ici", "jusqu'alors" before a role: held until now.
_UNTIL = frozenset({"jusqu'", "jusqu\u2019", "jusque"})
_COPULA = frozenset({"cop", "aux:pass"})
#: "parmi les ROLE de Y" with a verb that puts a name among them (not "a recruté parmi").
_AMONG = frozenset({"parmi"})
#: Words between the names of a row of holders: "X, Y et Z, ses concurrents".
_ROW_GLUE = frozenset({",", "et"})
_AMONG_VERBS = word_list("among_verbs")
#: Words of a comparison before a possessive role phrase: "comme ses rivaux".
_COMPARING = frozenset({"comme"})
#: How many sentence starts back a role's text may have been named.
_TEXT_REACH = 2
#: Words that open a list of examples of a plural noun: "ses logiciels, dont X".
_LISTING = frozenset({"dont", "notamment", "comme", "tels", "telles"})
#: How a role noun is a verb's complement: "affronte des rivaux tels que X".
_COMPLEMENTS = frozenset({"obj", "obl", "obl:arg", "obl:mod"})
#: Verbs whose subject gives the role its object names: "Vernel a nommé X directrice".
_APPOINT = word_list("appointing_verbs")
#: Verbs whose complement names a role their subject (or object) takes: "devenu PDG de Y",
#: and every appointing verb ("nommée au poste de directrice").
_ATTRIBUTE = word_list("attribute_verbs")
_BECOME = _ATTRIBUTE | _APPOINT
#: How a role locution is introduced as an attribute: "restera à la tête de Y".
_AT = frozenset({"à", "au", "aux"})  # ("restera aux commandes de Y")
#: Nouns of an office given by such a verb: "nommé au poste de directrice générale".
_POSTS = word_list("post_nouns")
#: Words of a leader's scope the parser may read as a noun after the role ("le numéro un
#: mondial de Y": "mondial" governs "de Y").
_SCOPES = folded_word_list("leader_scopes")


@functools.cache
def _role_starts() -> frozenset[str]:
    """Every prefix of the first word of a role noun: a token that is none of them starts
    no role. Folding five spans at every token was extraction's costliest step (the corpus
    benchmark: half of the analysis time); the check skips it, with the same results."""
    firsts = {key.split(" ")[0] for key in roles()} | set(trade_heads())
    return frozenset(first[:n] for first in firsts for n in range(len(first) + 1))


@functools.cache
def _role_first_words() -> frozenset[str]:
    """The first word of every role noun, whole."""
    return frozenset(key.split(" ")[0] for key in roles()) | frozenset(trade_heads())


@functools.cache
def _role_prefixes() -> frozenset[str]:
    """Every beginning of a role noun's folded form. The folded text of a span begins with
    the folded text of its first words, so a span that begins none of them cannot grow
    into a role noun: the scan stops widening there instead of folding five spans."""
    keys = [*roles(), *trade_heads()]
    return frozenset(key[:n] for key in keys for n in range(len(key) + 1))


def _role_at(doc: Doc, i: int, table: Words | None = None) -> tuple[RoleNoun, int] | None:
    """The longest role noun starting at token ``i``, with its end index."""
    lexicon = roles()
    table = table or words(doc)
    first = fold(table.text[i])
    # "ex-directrice de la stratégie": the tokenizer keeps the prefix on the role noun
    prefix = len(_EX) if first.startswith(_EX) else 0
    # keys are folded: "ingénieurs" is found through its lemma, folded as the keys are
    lemma = fold(table.lemma[i])
    if first[prefix:] not in _role_starts() and lemma not in lexicon:
        return None
    found = None
    prefixes = _role_prefixes()
    for end in range(i + 1, min(i + 5, len(table.text)) + 1):
        key = fold(table.span_text(i, end))[prefix:]
        if key in lexicon:
            found = lexicon[key], end
        if key not in prefixes:
            break
    if found is None and lemma in lexicon:
        found = lexicon[lemma], i + 1
    if found is not None and found[1] == i + 1:
        return _department_head(table, i) or found
    if found is None:
        return _trade_head(table, i)
    return found


#: Classes of a department noun that still names a function, not an entity: "cheffe de
#: produit de Y" works on Y's products ("directeur de la filiale de Y" heads the subsidiary).
_FUNCTION_CLASSES = frozenset({None, "Product"})


def _department_head(table: Words, i: int) -> tuple[RoleNoun, int] | None:
    """``le directeur de l'innovation de Vexa``, ``directrice de fabrication chez Vexa``,
    ``directrice qualité de Vexa``: a head of a department works for the organisation after
    it; the role ends before that organisation's ``de`` or ``chez``. The department
    is a lower-case common noun that names no class of entity (``la filiale de Y`` and
    ``le conseil de Y`` keep the role's own relation), with its adjectives."""
    role = department_heads().get(fold(table.text[i]))
    size = len(table.text)
    j = i + 1
    if role is None or j >= size:
        return None
    if table.lower[j] in DE:
        j += 1
        if j < size and table.lower[j] in _OF_ARTICLES:
            j += 1
    lexicon = descriptions()
    if (
        j >= size
        or table.pos[j] != "NOUN"
        or not table.text[j].islower()
        or lexicon.class_of(table.text[j]) not in _FUNCTION_CLASSES
        or lexicon.class_of(table.lemma[j]) not in _FUNCTION_CLASSES
    ):
        return None
    k = j + 1
    while k < size and table.pos[k] == "ADJ":
        k += 1
    return (role, k) if k < size and table.lower[k] in _DEPARTMENT_ENDS else None


def _trade_head(table: Words, i: int) -> tuple[RoleNoun, int] | None:
    """``Saft, le fabricant de batteries de TotalEnergies``, ``X, le réseau de bornes de
    recharge de Y``: a company's trade noun, then what it makes or runs (lower-case common
    nouns that name no class of entity, chained by ``de``), then ``de`` an organisation,
    which owns it; the role ends before that organisation's ``de``."""
    role = trade_heads().get(fold(table.text[i]))
    if role is None:
        return None
    size = len(table.text)
    j = i + 1
    lexicon = descriptions()
    seen = 0
    while j < size and table.lower[j] in DE:
        k = j + 1
        if k < size and table.lower[k] in _OF_ARTICLES:
            k += 1
        if not (
            k < size
            and table.pos[k] == "NOUN"
            and table.text[k].islower()
            and lexicon.class_of(table.text[k]) in _FUNCTION_CLASSES
            and lexicon.class_of(table.lemma[k]) in _FUNCTION_CLASSES
        ):
            break
        seen += 1
        j = k + 1
        while j < size and table.pos[j] == "ADJ" and table.text[j].islower():
            j += 1
    return (role, j) if seen and j < size and table.lower[j] in DE else None


@functools.lru_cache(maxsize=1 << 16)
def _may_start_role(word: str, lemma: str) -> bool:
    """:func:`_role_at`'s first test, by a token's text and lemma: whether a role noun may
    start there (remembered per word: the scan asks it at every token of every chunk)."""
    first = fold(word)
    prefix = len(_EX) if first.startswith(_EX) else 0
    return first[prefix:] in _role_starts() or fold(lemma) in roles()


@functools.lru_cache(maxsize=1 << 16)
def _may_start_role_spaced(word: str, lemma: str) -> bool:
    """:func:`_may_start_role` for a word that white space follows. What its span folds to
    then goes on with a space after the word's own folded text, so a role noun starts there
    only if that text is a role noun's whole first word, not just the beginning of one
    ("de" begins "délégué": the test let every "de" through, a third of the words the scan
    then read in full, for nothing)."""
    first = fold(word)
    if not first or " " in first:
        # white space alone (folded away: the span folds to the next word's text), or a
        # compatibility character folded to a space: the general test
        return _may_start_role(word, lemma)
    prefix = len(_EX) if first.startswith(_EX) else 0
    return first[prefix:] in _role_first_words() or fold(lemma) in roles()


#: An occupation the role lexicon does not list, named before "chez" and its employer
#: (its words stand for any such noun).
_OCCUPATION = RoleNoun(
    words=("métier",),
    relation="employeeOf",
    subject=frozenset({"Person"}),
    object=frozenset({"Organization"}),
    preps=frozenset({"chez"}),
)


def _occupation_chez(table: Words, i: int) -> bool:
    """``Harmoniste chez X depuis 2019, Y``: a common noun no role lists, right before
    ``chez``, names an occupation at the employer after it (``chez`` after a noun names
    where someone works)."""
    # (the tagger reads a rare occupation as anything: "harmoniste" came out a conjunction)
    return (
        i + 1 < len(table.text)
        and table.lower[i + 1] == "chez"
        and table.pos[i] not in _NOT_OCCUPATION
        and table.text[i].isalpha()
        and (table.text[i].islower() or table.pos[i] == "NOUN")
        and descriptions().class_of(table.text[i]) is None
    )


def _former_occupation(table: Words, i: int) -> bool:
    """``X, ancien commercial de Metro France``, ``une ancienne programmatrice de
    l'Olympia``: a lower-case noun no role lists, right after ``ancien`` and before the
    ``de`` or ``chez`` of an organisation, names a post held there (not ``ancien élève
    de``, ``ancienne cliente de``: ``non_occupations`` of words.json)."""
    return (
        1 <= i < len(table.text) - 1
        and table.lower[i + 1] in _FORMER_POST_PREPS
        and fold(table.text[i - 1]) in _PAST
        and table.pos[i] not in _NOT_OCCUPATION
        and table.text[i].isalpha()
        and table.text[i].islower()
        and descriptions().class_of(table.text[i]) is None
        and fold(table.text[i]) not in _NON_OCCUPATIONS
    )


_FORMER_POST_PREPS = DE | {"chez"}
_NON_OCCUPATIONS = folded_word_list("non_occupations")
_FORMER_OCCUPATION = RoleNoun(
    words=("métier",),
    relation="employeeOf",
    subject=frozenset({"Person"}),
    object=frozenset({"Organization"}),
    preps=_FORMER_POST_PREPS,
)


#: Tags of a word before "chez" that names no occupation ("travaille chez", "lui chez").
_NOT_OCCUPATION = frozenset({"VERB", "AUX", "ADP", "DET", "PRON", "ADV", "NUM", "PROPN"})


def _roles_in(doc: Doc) -> Iterator[tuple[int, RoleNoun, int]]:
    """Each role noun of ``doc``, left to right, as (start, role, end): the longest one
    starting at a token, the scan going on after its end."""
    table = words(doc)
    size = len(table.text)
    i = 0
    while i < size:
        word = table.text[i]
        spaced = i + 1 < size and table.idx[i] + len(word) < table.idx[i + 1]
        if not (_may_start_role_spaced if spaced else _may_start_role)(word, table.lemma[i]):
            if _occupation_chez(table, i):
                yield i, _OCCUPATION, i + 1
            elif _former_occupation(table, i):
                yield i, _FORMER_OCCUPATION, i + 1
            i += 1
            continue
        found = _role_at(doc, i, table)
        if found is None:
            i += 1
            continue
        role, end = found
        yield i, role, end
        i = end


def _scope_children(head: Token, end: int) -> list[Token]:
    """``le numéro un français des crèches``: the parser reads the scope adjective right
    after a role ("français", "mondial") as a noun and hangs the role's complement on it;
    that word's own complements are then the role's.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["numéro", "un", "mondial", "du", "pneu"],
        ...           heads=[0, 2, 0, 4, 2], deps=["ROOT", "det", "nmod", "case", "nmod"])
        >>> [t.text for t in _scope_children(doc[0], 2)]
        ['pneu']
    """
    if end >= len(head.doc):
        return []
    scope = head.doc[end]
    if (
        scope.head != head
        or scope.dep_ not in {"nmod", "amod"}
        or not scope.text.islower()
        or fold(scope.text) not in _SCOPES
        or any(c.dep_ == "case" for c in scope.children)
    ):
        return []
    return [c for c in scope.children if c.i > scope.i]


def _object_preps(role: RoleNoun) -> frozenset[str]:
    """Prepositions that introduce a role's organisation: the role's own, else
    ``role_preps``, whose ``à`` names where a person works (``ingénieure à Kelvane``) and
    only that: after a company's role it is a recipient's (``la cession de la filiale X à
    Y``: Y buys X, X is no subsidiary of Y)."""
    if role.preps is not None:
        return role.preps
    return role_preps() if "Person" in role.subject else role_preps() - _AT


def _objects(head: Token, end: int, role: RoleNoun) -> list[Arg]:
    preps = _object_preps(role)
    found: list[Arg] = []
    for whose in whose_pronouns(head):
        if whose.pos_ == "PRON":
            # "Kiwaï, dont Eurazeo est actionnaire": the organisation the relative follows
            found.extend(args_of(relative_antecedent(whose), role.object))
    for child in [*head.children, *_scope_children(head, end)]:
        if child.lower_ == "dont":
            continue
        if child.lower_ == "en" and child.pos_ == "PRON" and mention_at(child) is not None:
            found.extend(args_of(child, role.object))  # "qui en est la directrice générale"
            continue
        # ("filiale commune de X et de l'allemand Y": the parser may coordinate the second
        # complement with the role noun itself)
        second = child.dep_ == "conj" and any(
            c.dep_ == "case" and c.lower_ in DE for c in child.children
        )
        if child.i < head.i or (
            child.dep_ not in {"nmod", "obl", "obl:mod", "obl:arg"} and not second
        ):
            continue
        if case_of(child) in preps and not _workplace(child, role):
            args = args_of(child, role.object, role.object_np)
            # "leader européen des satellites et coentreprise de X": a role noun
            # coordinated with the complement is a second description, not a second domain
            offset = head.doc._.kg_offset
            described = {
                t.idx + offset
                # (cast: spaCy's stub says a one-element tuple, which compiled code checks)
                for t in cast(Any, child).conjuncts
                if mention_at(t) is None and _role_at(head.doc, t.i) is not None
            }
            args = [a for a in args if a.mention.start not in described]
            # "X, filiale de Y, et Z, qui ...": a conjunct after ", et" joins the name the
            # role is set off from, not the role's complement
            args = [a for a in args if not _joined_after_comma(head.doc, child, a.mention)]
            if not args and mention_at(child) is None:
                # "membre du conseil d'administration de France Digitale"
                body = named_by(child, through_de=True)
                args = args_of(body, role.object) if body is not None else []
            if not args and mention_at(child) is None:
                # "du roi X": the name follows a title the parser took for the complement
                j = _skip_titles(head.doc, child.i, sentence_end(head))
                if j < sentence_end(head) and mention_at(head.doc[j]) is not None:
                    args = args_of(head.doc[j], role.object)
            found.extend(args)
    verb = None if found else _giving_verb(head)
    if verb is not None:
        # "X en devient le président": "en" on the verb that gives the role
        found = [
            a
            for c in verb.children
            if c.lower_ == "en" and c.pos_ == "PRON" and c.i < head.i and mention_at(c)
            for a in args_of(c, role.object)
        ]
    if found:
        return found
    # linear: "cofondateur d'OpenAI" where the parser attached OpenAI elsewhere
    doc = head.doc
    if role.bare_object:
        # "délégué syndical CGT": a typed organisation right after the role (adjectives
        # between; a name the tagger made an adjective ends them)
        j = end
        while j < sentence_end(head) and doc[j].pos_ == "ADJ" and mention_at(doc[j]) is None:
            j += 1
        named = mention_at(doc[j]) if j < sentence_end(head) else None
        if named is not None and named.cls != UNTYPED:
            return args_of(doc[j], role.object)
    i = end
    while i < sentence_end(head) and doc[i].pos_ == "ADJ":
        i += 1
    if i + 1 < sentence_end(head) and doc[i].lower_ == "et" and (more := _role_at(doc, i + 1)):
        # "la fondatrice et présidente de Néolia": both roles take the complement
        i = more[1]
        while i < sentence_end(head) and doc[i].pos_ == "ADJ":
            i += 1
    i = _past_activity(doc, i, sentence_end(head))
    if i < sentence_end(head) and doc[i].lower_.replace("’", "'") in preps:
        j = _skip_titles(doc, i + 1, sentence_end(head))
        if j < sentence_end(head) and mention_at(doc[j]) is not None:
            return [] if _workplace(doc[j], role) else args_of(doc[j], role.object)
        introduced = named_by(doc[j]) if j < sentence_end(head) else None
        if introduced is not None and introduced.i > j:
            # "une société nantaise filiale du groupe Y", the role read as an adjective of
            # the class noun before it: the name the class noun after it introduces
            return args_of(introduced, role.object)
    return []


def _joined_after_comma(doc: Doc, child: Token, mention: Mention) -> bool:
    """Whether ``mention``, after the complement ``child``, follows ``, et`` (its determiners
    between): French sets no comma before the ``et`` that closes a list of complements."""
    offset = doc._.kg_offset
    first = next(
        (t for t in doc[child.i + 1 : sentence_end(child)] if t.idx + offset == mention.start),
        None,
    )
    if first is None:
        return False
    j = first.i - 1
    while j > child.i and doc[j].pos_ == "DET":
        j -= 1
    return j - 1 > child.i and doc[j].lower_ == "et" and doc[j - 1].text == ","


#: Classes of a role's object that a name after "à" may be (a mayor's town).
_PLACE_OBJECTS = frozenset({"Place", "Region", "Country"})


def _workplace(token: Token, role: RoleNoun) -> bool:
    """``président de la coopérative et viticulteur à Pauillac``: a name after ``à`` that
    nothing typed, complement of a second trade noun coordinated with the role, is where
    the holder works or lives, not the organisation of a role held towards organisations
    (``ingénieure à Kelvane``, right after the role, stays its employer)."""
    if not role.object.isdisjoint(_PLACE_OBJECTS) or not _placed_name(token):
        return False
    while token.dep_ == "flat:name" and token.head.i < token.i:
        token = token.head
    doc = token.doc
    j = min((c.i for c in token.children if c.dep_ == "case"), default=token.i) - 1
    while j > 0 and doc[j].pos_ == "ADJ" and doc[j].dep_ == "amod":
        j -= 1  # ("et conseillère municipale à Brest")
    return j > 0 and (doc[j].dep_ == "conj" or doc[j - 1].lower_ in {"et", "ou"})


def _past_activity(doc: Doc, i: int, end: int) -> int:
    """Index past a bare ``de`` complement saying what the role does, when the organisation
    follows it: ``la branche de capital-risque du groupe Y``, ``sa filiale de livraison de
    Y``, or a bare ``à`` one saying how (``la filiale à bas coûts de Y``) (``i`` itself
    when there is none)."""
    if i + 1 >= end:
        return i
    if doc[i].lower_ in DE_BARE:
        opening = {"NOUN"}
    elif doc[i].lower_ == "à":
        opening = {"NOUN", "ADJ", "NUM"}  # "à bas coûts", "à 100 %"
    else:
        return i
    if doc[i + 1].pos_ not in opening:
        return i
    k = i + 1
    while (
        k < end
        and mention_at(doc[k]) is None
        and (doc[k].pos_ in {"NOUN", "ADJ", "NUM"} or doc[k].text in {"-", "%"})
    ):
        k += 1
    return k if k < end and doc[k].lower_.replace("\u2019", "'") in DE else i


def _skip_titles(doc: Doc, j: int, end: int) -> int:
    """Index past determiners, titles and class nouns that announce the name that follows
    (``du roi X``, ``du label X``, ``de la société X``)."""
    lexicon = descriptions()
    titles = frozenset(lexicon.titles)
    while j < end:
        token = doc[j]
        if mention_at(token) is not None:
            break  # (a name the tagger made an adjective: "du groupe Altéa")
        glue = token.pos_ in {"DET", "ADJ"} or (token.is_punct and token.text != ",")
        announces = fold(token.text) in titles or lexicon.class_of(token.text) is not None
        if not (glue or announces):
            break
        j += 1
    return j


#: Most words of an adjunct between a fronted role phrase and its comma ("depuis 2022").
_FRONTED_ADJUNCT = 4


def _fronted_holder_after(doc: Doc, j: int, head: Token) -> tuple[list[Token], float]:
    """``Filiale du groupe Y depuis 2022, X recrute``, ``Ancien directeur de Y, X a
    fondé Z``: a role phrase that opens the sentence with no determiner describes the
    name right after its comma (a short adjunct of time may come before the comma)."""
    end = sentence_end(head)
    stop = min(end, j + _FRONTED_ADJUNCT + 1)
    while j < stop and doc[j].text != ",":
        if doc[j].pos_ in {"VERB", "AUX"} or mention_at(doc[j]) is not None:
            return [], 0.0
        j += 1
    if j >= end or doc[j].text != ",":
        return [], 0.0
    for _ in range(2):
        k = j + 1
        while k < end and doc[k].pos_ == "DET":
            k += 1
        if k < end and mention_at(doc[k]) is not None:
            return [doc[k]], CONFIDENCE_LINEAR
        # "..., la société Kelvo recrute": the name the class noun introduces
        named = named_by(doc[k]) if k < end and doc[k].pos_ == "NOUN" else None
        if named is not None:
            return [named], CONFIDENCE_LINEAR
        # "Membre de Y, le pôle de compétitivité du végétal, l'entreprise X": a nameless
        # description of the phrase's own name set off between commas comes first
        closing = _description_end(doc, k, end)
        if closing is None:
            break
        j = closing
    return [], 0.0


#: Most words of a nameless description set off between commas.
_DESCRIPTION_WORDS = 8


def _description_end(doc: Doc, k: int, end: int) -> int | None:
    """The comma that closes a nameless description opened by a noun at ``k`` (only nouns,
    adjectives, articles and prepositions up to it), or None."""
    if k >= end or doc[k].pos_ != "NOUN" or not doc[k].text.islower():
        return None
    for i in range(k + 1, min(end, k + _DESCRIPTION_WORDS)):
        if doc[i].text == ",":
            return i
        if mention_at(doc[i]) is not None or doc[i].pos_ not in {"NOUN", "ADJ", "DET", "ADP"}:
            return None
    return None


def _subjects(head: Token) -> tuple[list[Token], float]:
    """Tokens naming who holds the role, with the confidence of the reading (a town set
    off after a name stands aside: ``La Brasserie X, de Vannes, concurrente de Y`` is
    X's rivalry)."""
    holders, confidence = _read_subjects(head)
    return [_past_set_off_town(t) for t in holders], confidence


def _past_set_off_town(token: Token) -> Token:
    """The name before ``, de TOWN`` when ``token`` is in that town's name, else ``token``."""
    doc = token.doc
    town = mention_at(token)
    if town is None or town.cls != "City":
        return token
    first = token.i
    while first > 0 and mention_at(doc[first - 1]) == town:
        first -= 1
    if (
        first < 3
        or doc[first - 1].lower_ not in DE_BARE
        or doc[first - 2].text != ","
        or mention_at(doc[first - 3]) is None
    ):
        return token
    return doc[first - 3]


def _read_subjects(head: Token) -> tuple[list[Token], float]:
    doc = head.doc
    if (
        head.dep_ == "amod"
        and head.head.i < head.i
        and head.head.pos_ == "NOUN"
        and descriptions().class_of(head.head.text) is not None
    ):
        # "X, une société nantaise filiale du groupe Y": the role read as an adjective of
        # the class noun before it holds of whatever that noun phrase describes
        return _read_subjects(head.head)
    sent = sentence_of(head)
    # predicate nominal: "X est le PDG de Y" (the tagger may read "est signataire" as a
    # passive verb)
    if any(c.dep_ in _COPULA for c in head.children):
        subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubj:pass"}] or [
            # "X est aujourd'hui le principal concurrent de Y": with an adverb after the
            # copula the parser may hang the subject on the copula itself
            g
            for c in head.children
            if c.dep_ in _COPULA and c.i < head.i
            for g in c.children
            if g.dep_ in {"nsubj", "nsubj:pass"} and g.i < c.i
        ]
        if subjects and subjects[0].lower_ in {"qui", "lequel", "laquelle"}:
            # "Y, qui est elle-même membre de Z": the relative's antecedent
            antecedent = subject_of(head)
            subjects = [antecedent] if antecedent is not None else []
        relative = next((c for c in head.children if c.lower_ == "qui" and c.i < head.i), None)
        if not subjects and relative is not None and head.dep_ == "acl:relcl":
            # "X, qui en est la présidente" with "qui" misread as a modifier: still the
            # relative's subject, standing for the name before it
            antecedent = relative_antecedent(relative)
            subjects = [antecedent] if antecedent is not None else []
        if (
            subjects
            and head.dep_ == "conj"
            and mention_at(head.head) is not None
            and head.head.i < subjects[0].i
            and all(
                t.text == "," or t.lower_ == "et" or mention_at(t) is not None
                for t in doc[head.head.i : subjects[0].i]
            )
        ):
            # "Orange et SFR sont signataires de Y": the parser made the predicate a
            # conjunct of the first name and kept the second as the only subject
            subjects = [head.head, *subjects]
        # ("Sa fille Anne Roy, passée par Y, en est la directrice": or on the participle
        # set off after that noun)
        noun = (
            head.head.head
            if head.dep_ == "obl:mod" and head.head.dep_ == "acl" and head.head.head.pos_ == "NOUN"
            else head.head
        )
        if (
            not subjects
            and (
                head.dep_ in {"nmod", "acl", "obl:mod"}
                or (head.dep_ == "conj" and noun.pos_ == "NOUN")
            )
            and noun.i < head.i
        ):
            # "Sa fille, Claire Roy, en est la directrice": the parser hung the predicate
            # on the noun the name is in apposition to; the name is its subject
            subjects = [
                c
                for c in noun.children
                if c.dep_ == "appos" and c.i < head.i and mention_at(c) is not None
            ][:1]
            # (or the name the noun introduces, not a name in a clause set off after it)
            introduced = named_by(noun) if not subjects else None
            subjects = subjects or (
                [introduced] if introduced is not None and introduced.i < head.i else []
            )
        if not subjects and head.dep_ == "conj" and mention_at(head.head) is not None:
            # "X (1918-2002) était l'épouse de Y": after a parenthesis the parser makes
            # the predicate a conjunct of the name it is said of
            subjects = [head.head]
        if (
            not subjects
            and head.dep_ == "ROOT"
            and (initial := subject_of(head)) is not None
            and initial.i < head.i
            and mention_at(initial) is not None
        ):
            # "X, installée à Y, est une filiale de Z": the parser left the name opening
            # the sentence unattached to its predicate
            subjects = [initial]
        if subjects:
            return subjects, CONFIDENCE
    predicated = _named_by_copula(head)
    if predicated is not None:
        return [predicated], CONFIDENCE
    among = _among(head)
    if among:
        return among, CONFIDENCE
    verb = _giving_verb(head)
    if verb is not None:
        subjects = [
            c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass", "obj"} and c != head
        ]
        if subjects and subjects[0].lower_ in {"qui", "lequel", "laquelle"}:
            # "l'entreprise, qui deviendra une filiale de Y": the relative's antecedent
            antecedent = subject_of(verb)
            subjects = [antecedent] if antecedent is not None else []
        if verb.lemma_ in _APPOINT:
            # "Vernel a nommé X au poste de ...": the appointee, not the appointer
            subjects = [c for c in subjects if c.dep_ != "nsubj"] or subjects
        if not subjects and verb.dep_ == "conj" and verb.lemma_ in _ATTRIBUTE:
            # "X conserve une part minoritaire et restera présidente de Y": the subject
            # of the verb it is coordinated with
            shared = subject_of(verb)
            subjects = [shared] if shared is not None and shared.i < head.i else []
        if subjects:
            return subjects, CONFIDENCE
    # apposition: "X, [l'] [ancien] ROLE" (but "a expliqué à La Tribune X Y, le directeur
    # de Z": the parser hangs the role on the medium, and the holder is the name before the
    # comma, read below)
    outer = _outer_name(head)
    if outer is not None:
        # "Verlane, concurrent de Kelvo, une coentreprise de Zentek": a second apposition
        # after an organisation's first one describes the organisation, not the name
        # inside the first ("Paul Roy, patron de Kelvo, filiale de Z": a person's does)
        return [outer], CONFIDENCE_LINEAR
    last = _last_conjunct(head)
    if last is not None:
        # "A et son mari, B, ancien acheteur de Y": a singular apposition the parser hung
        # on the first of two coordinated names describes the last, which it follows
        return [last], CONFIDENCE_LINEAR
    if (
        head.dep_ == "appos"
        and (named := mention_at(head.head)) is not None
        and (named.cls != "MediaOrganization")
    ):
        return [head.head], CONFIDENCE
    if (
        head.dep_ == "appos"
        and head.head.i < head.i
        and head.head.pos_ == "NOUN"
        and (described := anchor(head.head)) is not None
        and described.i < head.head.i
    ):
        # "X, l'ex-Y, filiale de Z": a second apposition describes what the first does
        return [described], CONFIDENCE_LINEAR
    i = head.i
    # "Tencent, déjà actionnaire d'Ubisoft": adverbs may sit between the comma and the role
    # ("deux anciens ingénieurs de Y": a number too; "la fondatrice et présidente de Y":
    # the role before "et")
    while i > sent.start:
        if (
            doc[i - 1].pos_ in {"DET", "ADJ", "ADV", "NUM"}
            or fold(doc[i - 1].text) in _PAST
            or doc[i - 1].lower_ in _OTHER  # "l'autre grand concurrent de Y" (a pronoun)
            # "X, jusqu'ici directeur des achats de Y": a role just left
            or doc[i - 1].lower_ in _UNTIL
        ):
            i -= 1
        elif doc[i - 1].lower_ == "et" and (before := _role_ending_at(doc, i - 1)) is not None:
            i = before
        elif doc[i - 1].lower_ == "et" and (before := _role_before_and(doc, i - 1)) is not None:
            i = before  # "leader européen des drones et filiale de Vexa"
        elif doc[i - 1].lower_ == "et" and (before := _trade_before_and(doc, i - 1)) is not None:
            i = before  # "X, avocate à Lyon et membre de Y"
        elif doc[i - 1].lower_ == "et" and _lone_word_before_and(doc, i - 1):
            i -= 2  # "X, voisin et concurrent de Y": a word of its own shares the role's holder
        elif (
            doc[i - 1].lower_ == "des"
            and i - 2 >= sent.start
            and doc[i - 2].lower_ in {"un", "une"}
        ):
            i -= 2  # "X, l'un des trois cofondateurs de Y"
        else:
            break
    held = _holder_before_en(doc, i, sent.start)
    if held is not None:
        return [held], CONFIDENCE_LINEAR
    if i - 2 >= sent.start and doc[i - 1].text in {",", "("} and mention_at(doc[i - 2]) is not None:
        holder = doc[i - 2]
        # (within the name: "à Business Immo Paul Kerlidou, le directeur": the parser may
        # hang one name on another)
        while (
            holder.dep_ == "flat:name"
            and holder.head.i < holder.i
            and mention_at(holder.head) == mention_at(holder)
        ):
            holder = holder.head
        if "Plur" in head.morph.get("Number", []):
            # "A et B, deux anciens ingénieurs de Y": a plural role fits the coordination
            while holder.dep_ == "conj" and holder.head.i < holder.i:
                holder = holder.head
        return [holder], CONFIDENCE
    if i - 1 >= sent.start and doc[i - 1].text == ",":
        described = _name_before_description(doc, i - 1)
        if described is not None:
            # "X, le troisième opérateur de l'eau, filiale de Z": a second apposition
            # describes the name the first one does, however the parser hung them
            return [described], CONFIDENCE_LINEAR
    # "Elon Musk PDG de SpaceX", "Jann Wenner le fondateur de X": the comma left out
    # (not "a déclaré au Moniteur le directeur de X, Y": the name spoken to)
    if (
        i - 1 >= sent.start
        and mention_at(doc[i - 1]) is not None
        and doc[i - 1].i != head.i
        and not _spoken_to(doc[i - 1])
    ):
        return [doc[i - 1]], CONFIDENCE_LOOSE
    fronted = _fronted_holder(head, i)
    if fronted is not None:
        return [fronted], CONFIDENCE_LINEAR
    return [], 0.0


def _holder_before_en(doc: Doc, i: int, start: int) -> Token | None:
    """``X, ancien cadre de Y, en est le président`` when the parser lost the clause (it
    made ``en`` a preposition): the role at ``i`` after ``, en est`` (``reste``,
    ``devient``) is held by the name before the apposition that comma closes, not by the
    apposition's own complement."""
    if (
        i - 3 < start
        or (doc[i - 1].lemma_ != "être" and doc[i - 1].lemma_ not in _ATTRIBUTE)
        or doc[i - 2].lower_ != "en"
        or doc[i - 3].text != ","
    ):
        return None
    j = i - 4
    while j > start and doc[j].text != ",":
        if doc[j].pos_ in {"VERB", "AUX"}:
            return None
        j -= 1
    if j - 1 < start or doc[j].text != "," or mention_at(doc[j - 1]) is None:
        return None
    return doc[j - 1]


def _name_before_description(doc: Doc, comma: int) -> Token | None:
    """The first word of the name before a description set off by commas (a determiner
    first, then no verb, no name, no bracket) whose closing comma is ``comma``: ``X, le
    troisième opérateur français de l'eau, ...``."""
    start = sentence_start(doc[comma])
    j = comma - 1
    while j > start and doc[j].text != ",":
        if doc[j].pos_ in {"VERB", "AUX"} or doc[j].text in {"(", ")"} or mention_at(doc[j]):
            return None
        j -= 1
    if j - 1 < start or j + 1 >= comma or doc[j].text != "," or doc[j + 1].pos_ != "DET":
        return None
    name = mention_at(doc[j - 1])
    if name is None:
        return None
    first = j - 1
    while first > start and mention_at(doc[first - 1]) == name:
        first -= 1
    return doc[first]


def _town_name(mention: Mention) -> bool:
    """Whether a mention is a French town's name the gazetteer knows as no organisation
    (``Vitré``; not ``Saint-Gobain``, the company as well as the commune)."""
    place = french_place(mention.text)
    if place is None or place.cls != "City":
        return False
    entry = default_gazetteer().lookup(mention.text, cls_hint="Organization")
    return entry is None or coarse(entry.cls) != "Organization"


def _bare_town(head: Token, mention: Mention) -> bool:
    """Whether ``mention`` is a town's name right after ``de`` in ``head``'s sentence (``un
    fabricant de cuisines de Vitré``): after a trade noun, where a company is from, not
    its owner (``du groupe Valmont`` has a class noun that makes the name a company's;
    ``une filiale de Valmont`` names its owner, whatever commune shares the name)."""
    if not _town_name(mention):
        return False
    offset = head.doc._.kg_offset
    sent = head.sent
    return any(
        t.idx + offset == mention.start and t.i > sent.start and t.doc[t.i - 1].lower_ in DE
        for t in sent
    )


def _town_of_description(name: Token) -> bool:
    """Whether ``name`` is a town that completes an organisation's description (``un
    fabricant de meubles de Vitré``, ``le groupe de Montbéliard``)."""
    mention = mention_at(name)
    if mention is None or not _town_name(mention):
        return False
    noun = name
    while noun.dep_ == "nmod" and case_of(noun) in DE and noun.head.pos_ == "NOUN":
        noun = noun.head
        cls = descriptions().class_of(noun.lemma_.lower())
        if cls is not None and coarse(cls) == "Organization":
            return True
    return False


def _spoken_to(token: Token) -> bool:
    """Whether the name at ``token`` is what a speech verb's words went to (``a déclaré au
    Moniteur``, ``a expliqué à X``): the verb, then ``à`` (and a determiner), then the name."""
    doc = token.doc
    named = mention_at(token)
    i = token.i
    while i > 0 and mention_at(doc[i - 1]) == named:
        i -= 1
    i -= 1
    while i > 0 and doc[i].pos_ == "DET":
        i -= 1
    if i < 1 or doc[i].lower_ not in {"à", "au", "aux"}:
        return False
    return doc[i - 1].pos_ == "VERB" and doc[i - 1].lemma_ in attribution().speech_lemmas


def _fronted_holder(head: Token, first: int) -> Token | None:
    """``Filiale de Y installée à Z, l'hélicoptériste X recrute``, ``Cofondateur de Y, X
    a quitté ...``: a role opening its sentence with no determiner describes the subject
    of the clause after its phrase: the first subject set off by a comma, whatever comes
    between (a participle, a place in commas)."""
    doc = head.doc
    sent = sentence_of(head)
    if first != sent.start and not _coordinated_opening(doc, sent.start, first):
        return None
    if any(t.pos_ == "DET" for t in doc[first : head.i]):
        return None
    for j in range(head.i + 1, sent.end - 1):
        if doc[j].text != ",":
            continue
        k = j + 1
        while k < sent.end and doc[k].pos_ == "DET":
            k += 1
        if k >= sent.end:
            return None
        token = doc[k]
        while token.dep_ == "flat:name" and token.head.i < token.i:
            token = token.head
        if token.dep_ in {"nsubj", "nsubj:pass"} and token.head.i > token.i:
            return token
    return None


def _coordinated_opening(doc: Doc, start: int, first: int) -> bool:
    """Whether the words from ``start`` to the role at ``first`` are lower-case adjectives or
    nouns ending on ``et`` (``Voisine et concurrente de Y, X ...``): the role shares the
    sentence's opening with them."""
    before = doc[start:first]
    return (
        len(before) >= 2
        and before[-1].lower_ == "et"
        and all(
            # (the capitalised first word the tagger and NER may take for a name: a name
            # does not open "X et concurrente de Y, Z ...")
            t.i == start
            or (
                t.pos_ in {"ADJ", "NOUN", "CCONJ"}
                and t.text[:1].islower()
                and mention_at(t) is None
            )
            for t in before[:-1]
        )
    )


#: Prepositions of place, before a name no class was found for (``né à X``, ``en X``).
_PLACE_PREPS = frozenset({"à", "au", "aux", "en", "dans"})
_PERSON = frozenset({"Person"})
_ORGANISATION = frozenset({"Organization"})
#: "après quinze ans chez Y", "pendant dix ans chez Y": years spent at an employer.
_SPENT = frozenset({"après", "pendant", "durant"})
_YEARS = frozenset({"ans", "années", "mois"})
#: Prepositions of the employer those years were spent at ("à" only before an
#: organisation's name: "après dix ans à Lyon" says nothing of an employer).
_SPENT_AT = frozenset({"chez", "à", "au"})
#: A former post's fact is weaker than a present one ("ancien PDG" reads the same).
_FORMER_FACTOR = 0.7
_PRODUCT = frozenset({"Product"})


def _last_conjunct(head: Token) -> Token | None:
    """The name right before the comma of a singular role in apposition to the first of
    two coordinated names (``A et B, ROLE``, ``A et son mari, B, ROLE``), when it is not
    the name the parser hung the role on; else None."""
    if head.dep_ != "appos" or "Sing" not in head.morph.get("Number", []):
        return None
    first = head.head
    if mention_at(first) is None:
        return None
    doc = head.doc
    before = _before_comma(head, first.i + 1)
    if before is None:
        return None
    nearest = doc[before]
    while mention_at(doc[nearest.i - 1]) == mention_at(nearest) and nearest.i - 1 > first.i:
        nearest = doc[nearest.i - 1]
    if mention_at(nearest) is None or mention_at(nearest) == mention_at(first):
        return None
    # ("a commenté auprès de Radio Nord Léa Moreau, directrice de Y": the person the
    # parser set in apposition to the medium)
    coordinated = (nearest.dep_ in {"conj", "appos"} and nearest.head == first) or (
        partnered_with(nearest) is not None
    )
    return nearest if coordinated else None


def _before_comma(head: Token, lowest: int) -> int | None:
    """The index of the word right before the comma that sets off a role in apposition
    (``X, [l'ancien] ROLE``: X's last word), if it is ``lowest`` or after, else None."""
    doc = head.doc
    i = head.i
    while i > lowest and (doc[i - 1].pos_ in {"DET", "ADJ"} or fold(doc[i - 1].text) in _PAST):
        i -= 1
    if i - 2 < lowest or doc[i - 1].text != ",":
        return None
    return i - 2


def _holder_before_comma(head: Token, role: RoleNoun) -> Token | None:
    """The name that the comma before a role in apposition closes (``X, [l'ancien] ROLE``),
    if the text typed it a holder of the role (an untyped one, ``au Sénat, le patron de Y``
    in a headline, would take any class), or None."""
    before = _before_comma(head, 0)
    mention = mention_at(head.doc[before]) if before is not None else None
    if before is None or mention is None or mention.cls == UNTYPED:
        return None
    return head.doc[before] if compatible(mention.cls, role.subject) else None


def _placed_name(token: Token) -> bool:
    """Whether ``token`` is an untyped name after a preposition of place (``Née à X``)."""
    mention = mention_at(token)
    if mention is None or mention.cls != UNTYPED:
        return False
    while token.dep_ == "flat:name" and token.head.i < token.i:
        token = token.head
    return case_of(token) in _PLACE_PREPS


def _outer_name(head: Token) -> Token | None:
    """The organisation a first apposition describes, when ``head`` is a second apposition
    the parser hung on a name or a noun inside the first (``X, l'éditeur de Y et de Z,
    filiale de W``, ``X, un fabricant de volets de V, filiale de W``: X); none when the
    first describes a person or there is no first."""
    doc = head.doc
    start = head.left_edge.i
    if doc[start].text == "," and start < head.i:
        start += 1  # (the parser may hang the comma before the apposition on it)
    # (the parser may coordinate the second apposition with the first, or make it a bare
    # complement of the first's noun)
    second = head.dep_ == "conj" or (
        head.dep_ == "nmod" and not any(c.dep_ == "case" for c in head.children)
    )
    if head.dep_ == "appos" and mention_at(head.head) is not None:
        inner = head.head
    elif (
        (second or (head.dep_ == "appos" and head.head.pos_ == "NOUN"))
        and start >= 2
        and doc[start - 1].text == ","
        and mention_at(doc[start - 2]) is not None
    ):
        inner = doc[start - 2]
        while inner.dep_ == "flat:name" and inner.head.i < inner.i:
            inner = inner.head
    else:
        return None
    while inner.dep_ == "conj" and inner.head.i < inner.i:
        inner = inner.head
    first = inner.head
    if not (inner.dep_ == "nmod" and case_of(inner) in DE and first.pos_ == "NOUN"):
        return None
    while first.dep_ == "nmod" and case_of(first) in DE and first.head.pos_ == "NOUN":
        # "X, un fabricant de cuisines de Vannes, filiale de Z": up to the first's own noun
        first = first.head
    # (the parser may make the first apposition the clause's subject: read the comma)
    start = first.left_edge.i
    if first.dep_ == "appos" and first.head.i < first.i:
        named = first.head
    elif start >= 2 and doc[start - 1].text == ",":
        named = doc[start - 2]
    else:
        return None
    # ("La société X, l'éditeur de Y, filiale de Z": the name its class noun introduces)
    named = named if mention_at(named) is not None else named_by(named) or named
    outer = mention_at(named)
    if outer is None or coarse(outer.cls) != "Organization":
        return None
    return named


def _whose(head: Token, end: int) -> list[Token]:
    """``Continental, dont la solution ContiConnect``, ``Vernel, dont le PDG X``: after the
    relative ``dont`` and a determiner, the name right after the role holds it (the
    organisation being the relative's antecedent)."""
    doc = head.doc
    det = head.i - 1
    if det - 1 < sentence_start(head) or doc[det].pos_ != "DET" or doc[det - 1].lower_ != "dont":
        return []
    j = end
    while j < sentence_end(head) and doc[j].pos_ == "ADJ":
        j += 1
    return [doc[j]] if j < sentence_end(head) and mention_at(doc[j]) is not None else []


def _opens_clause(doc: Doc, i: int) -> bool:
    """Whether the word at ``i``, after its elided article (``l'un``), opens its sentence
    or follows a comma."""
    start = sentence_start(doc[i])
    if i > start and doc[i - 1].lower_.replace("\u2019", "'") == "l'":
        i -= 1
    return i == start or doc[i - 1].text == ","


def _first_conjunct(head: Token) -> Token | None:
    """The first of the coordinated names a plural role noun is in apposition to, when the
    parser hung the role on the last one (``A et B, les cofondateurs de Y``)."""
    last = head.head
    if (
        head.dep_ != "appos"
        or "Plur" not in head.morph.get("Number", [])
        or last.dep_ != "conj"
        or mention_at(last) is None
        or mention_at(last.head) is None
        or not last.head.i < last.i < head.i
    ):
        return None
    doc = head.doc
    between = doc[last.head.i : last.i]
    if not all(t.text == "," or t.lower_ == "et" or mention_at(t) is not None for t in between):
        return None
    return last.head


def _role_before_and(doc: Doc, conjunction: int) -> int | None:
    """``X, leader européen des drones et filiale de Y``, ``X, filiale du groupe Z et
    concurrente de Y``: the start of the role whose complement runs up to ``et``, in the
    same stretch between commas (a role noun, then only its complement's words: no verb;
    a name only behind the complement's ``de``, set off right after the comma)."""
    named = False
    for start in range(conjunction - 1, max(sentence_start(doc[conjunction]), conjunction - 8), -1):
        token = doc[start]
        if token.is_punct or token.pos_ in {"VERB", "AUX"}:
            return None
        mention = mention_at(token)
        named = named or mention is not None
        if (
            mention is None
            and _role_at(doc, start) is not None
            and not _after_de(doc, start)
            and (not named or doc[start - 1].text == ",")
        ):
            return start
    return None


def _lone_word_before_and(doc: Doc, conjunction: int) -> bool:
    """Whether one lower-case noun or adjective of no class stands alone between a comma
    and ``et`` (``X, voisin et concurrent de Y``, ``X, cliente et concurrente de Y``)."""
    k = conjunction - 1
    return (
        k >= 1
        and doc[k - 1].text == ","
        and doc[k].text.isalpha()
        and doc[k].text.islower()
        and doc[k].pos_ in {"NOUN", "ADJ"}
        and mention_at(doc[k]) is None
        and descriptions().class_of(doc[k].text) is None
    )


def _trade_before_and(doc: Doc, conjunction: int) -> int | None:
    """``X, avocate à Lyon et membre de Y``, ``X, installée à Lyon et filiale de Y``: the
    start of a trade noun (or a participle) and the place it is practised in, set off by a
    comma before ``et`` (lower-case words, then ``à`` or ``en`` and a place's name)."""
    i = conjunction - 1
    named = mention_at(doc[i])
    if named is None or coarse(named.cls) != "Place":
        return None
    while i > 0 and mention_at(doc[i - 1]) is named:
        i -= 1
    if i < 2 or doc[i - 1].lower_ not in _PRACTISED_IN:
        return None
    start = i - 1
    while start > sentence_start(doc[conjunction]) and (
        doc[start - 1].is_lower
        and (
            doc[start - 1].pos_ in {"NOUN", "ADJ"}
            # ("X, installée à Lyon et filiale de Y": a participle of place)
            or "Part" in doc[start - 1].morph.get("VerbForm", [])
        )
    ):
        start -= 1
    if start == i - 1 or doc[start - 1].text != ",":
        return None
    return start


#: Prepositions of the town where a trade is practised: "avocate à Lyon", "notaire en Arles".
_PRACTISED_IN = frozenset({"à", "en"})


def _role_ending_at(doc: Doc, end: int) -> int | None:
    """The start of a role noun that ends right before ``end``, if one does."""
    for start in range(max(0, end - 5), end):
        found = _role_at(doc, start)
        if found is not None and found[1] == end and not _after_de(doc, start):
            return start
    return None


def _after_de(doc: Doc, start: int) -> bool:
    """``leader européen des drones``: a role noun right after ``de`` (and its article) is
    the complement of another noun, not a role of its own."""
    i = start - 1
    while i > 0 and doc[i].pos_ == "DET":
        i -= 1
    return i >= 0 and doc[i].lower_.replace("\u2019", "'") in DE


def _giving_verb(head: Token) -> Token | None:
    """The verb that gives or names the role: ``devenu PDG``, ``nommé directrice``,
    ``nommé au poste de directrice générale``."""
    # ("X reste le principal concurrent de Y": the model lemmatises "reste" as a noun)
    lemma = verb_lemma(head.head)
    if head.dep_ == "xcomp" and lemma in _BECOME:
        return head.head
    verb = head.head
    if (
        lemma in _ATTRIBUTE
        and verb.i < head.i
        and (
            head.dep_ == "obj"
            or (head.dep_.startswith("obl") and (case_of(head) in _AT or case_of(head) is None))
        )
    ):
        # "qui deviendra une filiale de Y" (the parser's object), "X restera à la tête
        # de Y" (the role a locution with "à"), "X restera directeur général de Y" (the
        # parser's oblique with no preposition)
        return verb
    post = head.head
    if (
        head.dep_ == "nmod"
        and case_of(head) in {"de", "d'"}
        and post.lemma_ in _POSTS
        and post.head.lemma_ in _BECOME
        and post.head.i < post.i
    ):
        return post.head
    if (
        head.dep_ == "nmod"
        and case_of(head) is None
        and post.i == head.i - 1
        and post.lemma_ in time_nouns()
        and verb_lemma(post.head) in _BECOME
        and post.head.i < post.i
    ):
        # "a été élu en octobre président de Y": the role hung on the date before it
        return post.head
    return None


def _appointer(head: Token, role: RoleNoun) -> list[Arg]:
    """``Le groupe Vernel a nommé X directrice générale``: a role given without its
    organisation is held in the organisation that gives it."""
    verb = _giving_verb(head) or governing_verb(head)
    # the parser makes the role an xcomp, or glues it to the appointee's name
    if verb is None or verb.lemma_ not in _APPOINT or head.i < verb.i:
        return []
    if head.dep_ not in {"xcomp", "flat:name", "obj"} and _giving_verb(head) is None:
        return []
    return [a for c in verb.children if c.dep_ == "nsubj" for a in args_of(c, role.object)]


#: Adjectives of a role just given (``un nouveau président``).
_NEW = frozenset({"nouveau", "nouvel", "nouvelle"})
#: Verbs whose subject gets a new role holder (``new_role_verbs`` of words.json).
_GETTING = word_list("new_role_verbs")


def _new_holder(
    head: Token, end: int, role: RoleNoun
) -> tuple[list[Arg], list[Token], float] | None:
    """``X a un nouveau président : Y``, ``X s'est trouvé une nouvelle directrice, Y``:
    the role, new, indefinite and without a complement, that an organisation gets is
    held in it by the name set off after it."""
    children = list(head.children)
    det = next((c for c in children if c.dep_ == "det" and c.lower_ in {"un", "une"}), None)
    if det is None or not any(c.dep_ == "amod" and fold(c.text) in _NEW for c in children):
        return None
    doc = head.doc
    # (the parser reads "a" before the role as its copula, whose subject is the owner, or
    # as an auxiliary of a later verb: the word before the determiner says it)
    before = doc[det.i - 1] if det.i > 0 else None
    copula = next((c for c in children if c.dep_ == "cop" and c.lemma_ == "avoir"), None)
    if copula is not None:
        verb = head
    elif before is not None and before.lemma_ == "avoir":
        verb = before
    else:
        verb = head.head
        if verb_lemma(verb) not in _GETTING or verb.i > head.i:
            return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
    j = end
    while j < sentence_end(head) and doc[j].pos_ == "ADJ":
        j += 1
    if subject is None or j + 1 >= sentence_end(head) or doc[j].text not in {":", ","}:
        return None
    holder = doc[j + 1]
    objects = args_of(subject, role.object)
    if mention_at(holder) is None or not objects:
        return None
    return objects, [holder], CONFIDENCE_LINEAR


def _predicative(head: Token) -> bool:
    """Whether the role is what its clause asserts (``X est le PDG de Y``, ``X a été
    nommé PDG de Y``), so that the clause's negation and hedges bear on the fact; an
    apposition (``le PDG de Y, X, n'a pas commenté``) is stated whatever the verb says."""
    return any(c.dep_ in _COPULA for c in head.children) or _giving_verb(head) is not None


def _clefted(head: Token) -> bool:
    """Whether the role is the focus of a cleft (``C'est son épouse, X, qui lui
    succède``): said of the name set right after it, not of one before."""
    return any(
        c.dep_ == "nsubj" and c.lower_.replace("\u2019", "'") in {"c'", "ce"} for c in head.children
    )


def _possessive_object(
    head: Token, end: int, role: RoleNoun
) -> tuple[list[Arg], list[Token], float] | None:
    """``Son fondateur, X,`` / ``sa directrice générale X``: the possessor is the
    organisation, the name right after the role phrase holds the role."""
    doc = head.doc
    possessives = descriptions().possessives
    # "son cofondateur et PDG, X": the second role shares the first one's possessive
    # (not a verb the parser coordinated the role with: "explique X, sa directrice")
    # ("X et son mari, Y": a role with a possessive of its own is no second role)
    own_det = any(c.dep_ == "det" and c.lower_ in possessives for c in head.children)
    owner = (
        head.head
        if head.dep_ == "conj"
        and head.head.i < head.i
        and head.head.pos_ in {"NOUN", "PROPN"}
        and not own_det
        else head
    )
    if (
        owner is head
        and not own_det
        and head.i >= 2
        and doc[head.i - 1].lower_ == "et"
        and doc[head.i - 2].pos_ == "NOUN"
    ):
        # "son voisin et concurrent X" with the second noun hung elsewhere (on the verb)
        owner = doc[head.i - 2]
    if role.preps is not None and not role.preps & DE:
        return None  # "son avocat, X": a role that names no employer with "de" has no owner
    det = next((c for c in owner.children if c.dep_ == "det" and c.lower_ in possessives), None)
    # ("ses deux cofondateurs, A et B": a number may stand between)
    if det is None or (det.i != owner.i - 1 and doc[det.i + 1].pos_ not in {"ADJ", "NUM"}):
        return None
    j = end
    while j < sentence_end(head) and doc[j].pos_ == "ADJ":
        j += 1
    if (
        j + 1 < sentence_end(head)
        and doc[j + 1].text == ","
        and doc[j].pos_ in {"NOUN", "PROPN"}
        and doc[j].text[:1].islower()
    ):
        j += 1  # "son robot vedette, X", "son logiciel phare, X": a noun as modifier
    while j + 1 < sentence_end(head) and doc[j].lower_ == "et" and (more := _role_at(doc, j + 1)):
        j = more[1]  # "son cofondateur et PDG, X"
        while j < sentence_end(head) and doc[j].pos_ == "ADJ":
            j += 1
    if j < sentence_end(head) and doc[j].lower_ in role_preps():
        if "Person" in role.subject:
            return None  # "son directeur des achats": the role has its own complement
        # "sa filiale de livraison", "sa plateforme de cloud": the role of a company or a
        # product says what it does, no more
        j = doc[j].head.right_edge.i + 1 if doc[j].head.i > j else j + 1
    if j < sentence_end(head) and doc[j].text == ",":
        j += 1
    if j + 1 < sentence_end(head) and doc[j].text in OPENING_QUOTES:
        j += 1  # "Son modèle phare, « Arvor », ...": a name written in quotes
    if j < sentence_end(head) and doc[j].lower_ in _LISTING:
        # "Ses logiciels, dont l'outil de calcul X, ...": the examples hold the role
        listed = [t for t in expand(head) if t != head]
        objects = args_of(det, role.object)
        return (objects, listed, CONFIDENCE_LINEAR) if objects and listed else None
    if j + 1 < sentence_end(head) and fold(doc[j].text) in descriptions().naming_words:
        j += 1  # "son nouveau logiciel, baptisé Nemo"
    # "son principal rival, le groupe allemand Zentek": the name its class noun introduces
    k = j
    while k < sentence_end(head) and doc[k].pos_ == "DET":
        k += 1
    named = None
    if k < sentence_end(head) and k > j:
        named = doc[k] if mention_at(doc[k]) is not None else named_by(doc[k])
        if named is None and k + 1 < sentence_end(head) and doc[k].pos_ in {"NOUN", "ADJ"}:
            # "le boîtier Klio", "le privé Europorte": any common word right before the name
            named = doc[k + 1] if mention_at(doc[k + 1]) is not None else None
    if j < sentence_end(head) and mention_at(doc[j]) is not None:
        # ("Ses concurrents X et Y recrutent": a plural role's names, however parsed)
        plural = "Plur" in head.morph.get("Number", [])
        holders = (plural and _listed_names(doc, j, sentence_end(head))) or [doc[j]]
    elif named is not None:
        holders = [named]
    elif (predicated := _predicate_name(head)) is not None:
        cues = modality()
        between = {t.lower_ for t in doc[head.i : predicated.i]}
        if between & cues.negation_markers and between & cues.negation_words:
            # "Son concurrent n'est pas X": the parser splits "ne" and "pas" between the
            # predicate and its copula, so the words between are read
            return None
        holders = [predicated]
    else:
        # "Meridia a cédé Coliflash, sa filiale de livraison, à ...": the name before
        # (before the first noun of "sa voisine et concurrente")
        holders, _ = _subjects(owner)
    described = _described_owner(owner, role)
    objects = (
        described
        if described is not None
        else args_of(det, role.object) or _possessor_as_subject(det, holders, role)
    )
    if _compared(owner, det):
        # "Comme ses rivaux X et Y, Z mise sur l'IA": the possessive looks ahead to the
        # subject of the clause the comparison opens
        subject = _clause_subject_after(owner, holders)
        objects = args_of(subject, role.object) if subject is not None else []
    else:
        # "Ses trois cofondateurs, X et Y, se sont connus au CEA": outside a comparison a
        # possessive looks back, never ahead to a name of its own sentence
        # (the resolver may have taken such a name for the antecedent; a description or
        # pronoun further on is no name of its own)
        by_token: dict[int, Mention] = doc._.kg_mentions or {}
        ahead = {
            m.text for i in range(end, sentence_end(head)) if (m := by_token.get(i)) is not None
        }
        objects = [o for o in objects if o.mention.text not in ahead]
    # "du néerlandais X et du belge Y, ses deux concurrents": no holder owns the role
    held = {m.text for t in holders for n in _row_of(t) if (m := mention_at(n)) is not None}
    objects = [o for o in objects if o.mention.text not in held]
    if not objects or not holders:
        return None
    return objects, holders, CONFIDENCE_LINEAR


def _described_owner(owner: Token, role: RoleNoun) -> list[Arg] | None:
    """``la société X, représentée par son gérant, Y``, ``l'entreprise X, dirigée par sa
    fondatrice, Y``: a possessive role agent of a participle describing a noun is that
    noun's, whatever came before (a resolver looking back would take the company of the
    previous notice or paragraph); none when the noun is no organisation (``le projet,
    porté par son directeur, Y``). None when the role is no such agent."""
    verb = owner.head
    if owner.dep_ != "obl:agent" or verb.dep_ != "acl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    return args_of(verb.head, role.object)


def _predicate_name(head: Token) -> Token | None:
    """``Son concurrent direct reste X``, ``Ses principaux concurrents sont X et Y``,
    ``Sa directrice est Marie Roy``: the name a possessive role as subject is said to be
    (the copula's predicate, or the complement of ``rester``, ``demeurer``), after it."""
    if head.dep_ not in {"nsubj", "nsubj:pass"} or head.head.i < head.i:
        return None
    predicate = head.head
    if any(c.dep_ == "cop" for c in predicate.children):
        # "Son principal concurrent est le groupe X": the name the class noun introduces
        return _name_of(predicate)
    if verb_lemma(predicate) not in _ATTRIBUTE:
        return None
    return next(
        (
            named
            for c in predicate.children
            if c.dep_ in {"xcomp", "obj"}
            and c.i > predicate.i
            and (named := _name_of(c)) is not None
        ),
        None,
    )


def _name_of(token: Token) -> Token | None:
    """The name ``token`` is or introduces: ``le groupe X``, and ``le britannique X`` (a
    common word right before the name, which the parser may take for the head)."""
    if mention_at(token) is not None:
        return token
    named = named_by(token)
    if named is None and token.pos_ in {"NOUN", "ADJ"} and token.i + 1 < len(token.doc):
        following = token.doc[token.i + 1]
        named = following if mention_at(following) is not None else None
    return named


#: Possessives of one owner, which the subject of their own clause may hold.
_ONE_OWNER = frozenset({"son", "sa", "ses"})


def _possessor_as_subject(det: Token, holders: list[Token], role: RoleNoun) -> list[Arg]:
    """``La société X rattrape ainsi son rival Y``: a possessive coreference left
    unresolved stands for the named subject of its own clause, before it, when that is
    not the holder (a reading through a reference: the facts take the coreference
    factor)."""
    if det.lower_ not in _ONE_OWNER:
        return []
    subject = subject_of(det.head)
    verb = governing_verb(det.head)
    if subject is None and verb is not None:
        # the parser may make the subject's class noun the root ("La société X rattrape")
        subject = subject_before(det.doc, sentence_start(det), verb.i)
        subject = (named_by(subject) or subject) if subject is not None else None
    if subject is None or subject.i > det.i or is_reference(subject) or subject in holders:
        return []
    return [Arg(a.mention, det.text) for a in args_of(subject, role.object)]


def _row_of(name: Token) -> list[Token]:
    """The name and the names coordinated before it (``du néerlandais X et du belge Y``),
    read on the surface: the parser often hangs the last one elsewhere (and the tagger
    may call an adjective of origin there a noun: ``du belge Y``)."""
    doc = name.doc
    start = sentence_start(name)
    j = name.i
    while j > start and (
        mention_at(doc[j - 1]) is not None
        or doc[j - 1].pos_ in {"DET", "ADP", "ADJ", "CCONJ"}
        or doc[j - 1].text == ","
        or origin_text(doc[j - 1].text)
    ):
        j -= 1
    return list(doc[j : name.i + 1])


def _clause_subject_after(owner: Token, holders: list[Token]) -> Token | None:
    """The name right after the comma that closes a fronted phrase: the clause's subject
    in French order (``Comme ses rivaux X et Y, Z mise ...``)."""
    doc = owner.doc
    last = max((t.right_edge.i for t in holders), default=owner.i)
    comma = next((t.i for t in doc[last : sentence_end(owner)] if t.text == ","), None)
    if comma is None or comma + 1 >= sentence_end(owner):
        return None
    j = comma + 1
    while j < sentence_end(owner) and doc[j].pos_ == "DET":
        j += 1
    if j >= sentence_end(owner):
        return None
    return doc[j] if mention_at(doc[j]) is not None else named_by(doc[j])


def _compared(owner: Token, det: Token) -> bool:
    """Whether the possessive role phrase opens the sentence with a comparison (``Comme
    ses rivaux``, ``À l'instar de ses concurrents``)."""
    doc = owner.doc
    before = [t.lower_ for t in doc[sentence_start(owner) : det.i]]
    return bool(before) and (before[-1] in _COMPARING or before[-2:] == ["instar", "de"])


def _text_named_before(head: Token, end: int, role: RoleNoun) -> list[Arg]:
    """``... ont signé la charte X. Parmi les signataires figurent Y``: the definite plural
    of a role held towards a text, with no complement of its own, is about the text the
    sentences just before named (read through that reference: a lower confidence)."""
    if role.object_np is None or "Plur" not in head.morph.get("Number", []):
        return []
    doc = head.doc
    if not any(c.dep_ == "det" and c.lower_ == "les" for c in head.children):
        return []
    if end < sentence_end(head) and doc[end].lower_ in role_preps():
        return []  # "les signataires de l'appel": a complement of its own
    sentences = 0
    for token in reversed(doc[: head.i]):
        if words(doc).sent_start[token.i + 1] if token.i + 1 < len(doc) else False:
            sentences += 1
            if sentences > _TEXT_REACH:
                break
        named = mention_at(token)
        if token.pos_ not in {"NOUN", "PROPN"} or (named and named.cls != role.object_np):
            continue
        if descriptions().class_of(token.text) != role.object_np:
            continue
        phrase = phrase_of(token, role.object_np)
        if phrase is not None and " " in phrase.text:
            return [Arg(phrase, referring=doc[head.i - 1 : end].text)]
        return []  # the last text named is a bare "la charte": which one is not said
    return []


def _named_by_copula(head: Token) -> Token | None:
    """``Les signataires de Y sont X et Z``, ``Le PDG de Y est X``, ``Signataires de Y :
    X, Z``: a role phrase opening the sentence as its subject, then ``être`` or a colon and
    the name (read word by word: the parser often makes the role the root and hangs the
    names on its complement)."""
    doc = head.doc
    sent = head.sent
    if any(t.pos_ != "DET" for t in doc[sent.start : head.i]):
        return None
    verb = next(
        (t for t in doc[head.i + 1 : sent.end] if t.pos_ in {"VERB", "AUX"} or t.is_punct), None
    )
    if verb is None:
        return None
    # "Signataires de la charte : X, Y et Z": a colon announces the names as "sont" does
    if verb.text != ":" and (verb.lemma_ != "être" or "Fin" not in verb.morph.get("VerbForm", [])):
        return None
    j = verb.i + 1
    while j < sent.end and doc[j].pos_ == "DET":
        j += 1
    if j >= sent.end:
        return None
    return doc[j] if mention_at(doc[j]) is not None else named_by(doc[j])


def _names_in_row(doc: Doc, j: int, end: int) -> list[Token]:
    """The names written from ``j`` on, joined by commas and ``et``, if more than one."""
    found, _ = names_in_row(doc, j, end, _ROW_GLUE)
    return found if len(found) > 1 else []


def _listed_names(doc: Doc, j: int, end: int) -> list[Token]:
    """The names of a list written from ``j`` on (``A, B et C``), if more than one: up to
    the one ``et`` joins (``Comme ses rivaux A et B, C mise ...``: C is no third)."""
    found = _names_in_row(doc, j, end)
    while len(found) > 1 and doc[found[-1].i - 1].lower_ != "et":
        found.pop()
    return found if len(found) > 1 else []


def _listed_holders(head: Token, objects: list[Arg]) -> list[Token]:
    """``Les concurrents d'Atos, comme X et Y, ...``: the names a plural role lists after
    its complement and a comma."""
    if "Plur" not in head.morph.get("Number", []) or not objects:
        return []
    doc = head.doc
    offset = doc._.kg_offset
    # (the complement's own expansion took the listed names for its examples)
    last = min(objects, key=lambda a: a.mention.start).mention.end - offset
    end = sentence_end(head)
    j = next((t.i for t in doc[head.i : end] if t.idx >= last), end)
    if j + 1 >= end or doc[j].text != "," or doc[j + 1].lower_ not in _LISTING:
        return []
    found: list[Token] = []
    for token in doc[j + 2 : end]:
        if token.pos_ in {"VERB", "AUX"} or token.text in {")", ";", ":"}:
            break
        mention = mention_at(token)
        if mention is not None and (not found or mention_at(found[-1]) is not mention):
            found.append(token)
    return found


def _named_object(doc: Doc, j: int, end: int) -> Token | None:
    """The name at ``j`` after determiners, or the one its class noun introduces."""
    while j < end and doc[j].pos_ == "DET":
        j += 1
    if j >= end:
        return None
    return doc[j] if mention_at(doc[j]) is not None else named_by(doc[j])


def _one_of_theirs(head: Token, end: int, role: RoleNoun) -> list[Arg]:
    """``Kelvo a levé 10 millions. X, l'un des trois cofondateurs, ...``: one of a plural
    role's holders, with no complement, is one of the company the sentence before is
    about (read through that reference: a lower confidence)."""
    doc = head.doc
    if "Organization" not in role.object or "Plur" not in head.morph.get("Number", []):
        return []
    if end < sentence_end(head) and doc[end].lower_.replace("’", "'") in role_preps():
        return []
    i = head.i - 1
    while i > sentence_start(head) and doc[i].pos_ in {"NUM", "ADJ"}:
        i -= 1
    before = [t.lower_.replace("’", "'") for t in doc[max(i - 2, sentence_start(head)) : i + 1]]
    if before[-3:] not in (["l'", "un", "des"], ["l'", "une", "des"]):
        return []
    # (a name only: "Sa particularité : ..." resolved wrongly would name another company)
    company = salient_organisation(head, named=True)
    if company is None:
        return []
    return [Arg(company.mention, referring=doc[i - 2 : end].text)]


def _held_in_focus(start: int, head: Token, end: int, role: RoleNoun) -> list[Arg]:
    """``Le fonds X, actionnaire depuis 2017, cédera sa participation``, ``X devient président
    du conseil de surveillance``: a role of ``in_focus`` set off after a name or said of
    its subject, with no complement, is held in the company the sentence before is about,
    else in the one the chunk is about (:func:`~kg.extract.base.text_topic`), read through
    that reference (a lower confidence); not when a name set off after the role holds it
    (``tout comme le directeur général, X``)."""
    doc = head.doc
    if not role.in_focus:
        return []
    set_off = start >= 2 and doc[start - 1].text == "," and mention_at(doc[start - 2]) is not None
    if not set_off and not _predicative(head):
        return []
    # ("..., tout comme le directeur général, X": a name set off after the role holds it,
    # whatever clause the parser made the role a predicate of)
    after = mention_at(doc[end + 1]) if end + 1 < sentence_end(head) else None
    if not set_off and after is not None and doc[end].text == "," and coarse(after.cls) == "Person":
        return []
    j = end
    while j < sentence_end(head) and doc[j].pos_ == "ADJ":
        j += 1
    # ("actionnaire à 30 %": a size, no organisation)
    if (
        j + 1 < sentence_end(head)
        and doc[j].lower_.replace("’", "'") in role_preps()
        and doc[j + 1].pos_ != "NUM"
    ):
        return []
    # (no organisation before: the one the chunk is about, when one stands out)
    company = salient_organisation(head, introduced=True)
    if company is None and (topic := text_topic(doc)) is not None:
        company = Arg(topic)
    if company is None or (set_off and company.mention == mention_at(doc[start - 2])):
        return []
    # "Le fonds X, actionnaire minoritaire, cède ses titres au groupe Y": a company
    # the shareholder's own sentence names is a party to what it tells (the buyer), not
    # the one the role refers back to
    if role.relation == "investsIn" and any(
        (mention := mention_at(t)) is not None
        and mention.text == company.mention.text
        and not is_reference(t)  # (a name, not a description coreference resolved)
        for t in head.sent
    ):
        return []
    return [Arg(company.mention, referring=doc[start:end].text)]


def _body_named(head: Token, role: RoleNoun) -> list[Arg]:
    """``le sénateur de la Côte-d'Or X``: a seat in a body (``body`` of roles.json) whose
    complement names a constituency, not the body, is held in that body when the text
    names it (``auditionné par la commission du Sénat``); read through the role, as a
    reference (a lower confidence). A body the text does not name (a foreign senate)
    gives nothing."""
    if role.body is None:
        return []
    key = match_key(role.body)
    mentions = head.doc._.kg_mentions or {}
    body = next((m for m in mentions.values() if match_key(m.text) == key), None)
    return [] if body is None else [Arg(body, referring=head.text)]


def _after_constituency(head: Token, end: int) -> list[Token]:
    """``le sénateur de la Côte-d'Or Philippe X``, ``la députée de la Somme, Claire Y``: the
    name right after a seat's place complement (a place, its ``de`` and articles), a comma
    or none between."""
    doc = head.doc
    stop = sentence_end(head)
    j = end
    if j < stop and doc[j].lower_ in DE:
        j += 1
        while j < stop and doc[j].pos_ == "DET":
            j += 1
        # (whatever NER made of the constituency's name: "du Cantal" comes out a company)
        place = mention_at(doc[j]) if j < stop else None
        if place is None or coarse(place.cls) == "Person":
            return []
        while j < stop and mention_at(doc[j]) is place:
            j += 1
    if j < stop and doc[j].text == ",":
        j += 1
    return [doc[j]] if j < stop and mention_at(doc[j]) is not None else []


def _named_before_locution(doc: Doc, start: int, role: RoleNoun) -> list[Token]:
    """``X, à la tête de Y,``: the name that ends right before the comma opening a role
    written as a prepositional locution (``à la tête``, ``aux commandes``), or nothing."""
    if role.words[0] not in {"à", "aux"} or start < 2 or doc[start - 1].text != ",":
        return []
    named = mention_at(doc[start - 2])
    if named is None or coarse(named.cls) not in role.subject:
        return []
    first = start - 2
    while first > sentence_start(doc[start]) and mention_at(doc[first - 1]) == named:
        first -= 1
    return [doc[first]]


def _among(head: Token) -> list[Token]:
    """``Parmi les signataires de Y figurent X et Z``, ``X compte parmi les fondateurs de
    Y``: the names a verb of belonging puts among the role's holders (the inverted subject
    the parser takes for an object first)."""
    verb = head.head
    # ("Parmi" opening the sentence is often read as a subordinator, "signataires" as the
    # subject)
    among = case_of(head) in _AMONG or any(
        c.dep_ == "mark" and c.lower_ in _AMONG and c.i < head.i for c in verb.children
    )
    if not among or verb.lemma_ not in _AMONG_VERBS:
        return []
    named = [c for c in verb.children if c.dep_ == "obj" and c.i > verb.i]
    named = named or [c for c in verb.children if c.dep_ == "nsubj"]
    return [c for c in named if c != head]


def _faced(head: Token, role: RoleNoun) -> tuple[list[Arg], list[Token], float] | None:
    """``X se heurte à des concurrents comme Y ou Z``: a plural role whose examples hold
    it towards the subject of the verb it complements (``listed`` in roles.json)."""
    if not role.listed or "Plur" not in head.morph.get("Number", []):
        return None
    if head.dep_ not in _COMPLEMENTS or head.head.pos_ not in {"VERB", "AUX"}:
        return None
    examples = [t for t in expand(head) if t != head]
    subject = subject_of(head.head)
    if not examples or subject is None:
        return None
    objects = [a for t in examples for a in args_of(t, role.object)]
    return (objects, [subject], CONFIDENCE_LINEAR) if objects else None


def _rival_adjective(head: Token, role: RoleNoun) -> tuple[list[Arg], list[Token], float] | None:
    """``La société concurrente X``, ``le label concurrent X``: a rival's word as the
    adjective of a class noun that introduces a name makes that name the rival of the
    organisation the clause's subject names, else of the one the sentence before is about
    (``Kelvo a racheté la société concurrente X``; ``Kelvo fabrique des vélos. La société
    concurrente X recrute``)."""
    noun = head.head
    if (
        role.relation != "competitorOf"
        or head.dep_ != "amod"
        or noun.i != head.i - 1
        or noun.pos_ != "NOUN"
        or descriptions().class_of(noun.lemma_) is None
    ):
        return None
    named = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if named is None or mention_at(named) is None:
        return None
    subject = subject_of(noun) if noun.dep_ not in {"nsubj", "nsubj:pass"} else None
    rival = args_of(subject, role.object) if subject is not None else []
    if not rival and (salient := salient_organisation(head, introduced=True)) is not None:
        rival = [Arg(salient.mention, referring=head.doc[noun.i : head.i + 1].text)]
    rival = [a for a in rival if a.mention != mention_at(named)]
    return (rival, [named], CONFIDENCE_LINEAR) if rival else None


def _announced(token: Token) -> bool:
    """Whether the name at ``token``, after a role phrase opened by a number, is the
    person the phrase announces: typed a person, and not the subject of the verb right
    after it (``Créée par trois ingénieurs de Y, Z était connue pour ...``: Z is what the
    participle describes)."""
    mention = mention_at(token)
    if mention is None or coarse(mention.cls) != "Person":
        return False
    doc = token.doc
    k = token.i
    while k + 1 < sentence_end(token) and mention_at(doc[k + 1]) is mention:
        k += 1
    return k + 1 >= sentence_end(token) or doc[k + 1].pos_ not in {"VERB", "AUX"}


class AppositionExtractor:
    """Facts stated by role nouns: appositions and predicate nominals."""

    name = "kg.apposition.v1"

    def extract(self, doc: Doc) -> Iterator[Triple]:
        """Yield one triple per (name, role, organisation) found."""
        yield from self._pair_formed(doc)
        yield from self._possessed_goods(doc)
        yield from self._years_at(doc)
        for i, role, end in _roles_in(doc):
            # "à la tête de": the role's syntactic head is its first noun, not "à" (but
            # "était responsable des essais": a role the tagger made a predicate adjective)
            head = (
                doc[i]
                if doc[i].pos_ == "ADJ" and any(c.dep_ == "cop" for c in doc[i].children)
                else next((t for t in doc[i:end] if t.pos_ in {"NOUN", "PROPN"}), doc[i])
            )
            if role.requires_modifier and not any(
                fold(t.text) in role.requires_modifier for t in doc[head.i + 1 : end + 2]
            ):
                continue
            referring = is_reference(head)
            if mention_at(head) is not None and not referring:
                continue  # the role word is part of a name ("Président Wilson" avenue)
            newly = None if referring else _new_holder(head, end, role)
            objects = (
                []
                if newly is not None
                else _objects(head, end, role)
                or _appointer(head, role)
                or _text_named_before(head, end, role)
                or _one_of_theirs(head, end, role)
                or _held_in_focus(i, head, end, role)
                or _body_named(head, role)
            )
            possessor = (
                None if objects or referring or newly else _possessive_object(head, end, role)
            )
            faced = (
                None
                if objects or possessor or newly
                else _faced(head, role) or _rival_adjective(head, role)
            )
            if newly is not None:
                objects, subject_tokens, confidence = newly
            elif faced is not None:
                objects, subject_tokens, confidence = faced
            elif possessor is not None:
                objects, subject_tokens, confidence = possessor
            elif not objects:
                if not referring:
                    yield from self._compound(head, end, role)
                    yield from self._named_between(head, end, role)
                    yield from self._mutual(head, end, role)
                    yield from self._had_for(head, end, role)
                continue
            elif referring:
                # "cette native de Strasbourg a passé ...": the description is the person;
                # only its own "de" complement (not "a confié la dirigeante à Ouest-France",
                # the verb's complement the parser hung on the description)
                # ("le cofondateur de la start-up X, Y": the name the class noun introduces)
                own = {
                    m
                    for c in head.children
                    if c.dep_ == "nmod"
                    and case_of(c) in DE
                    and (m := mention_at(named_by(c) or c)) is not None
                }
                objects = [a for a in objects if a.mention in own]
                subject_tokens, confidence = [head], CONFIDENCE_LINEAR
            else:
                subject_tokens, confidence = _whose(head, end), CONFIDENCE_LINEAR
                if not subject_tokens:
                    subject_tokens = _listed_holders(head, objects)
                    listed = {m for t in subject_tokens if (m := mention_at(t)) is not None}
                    objects = [a for a in objects if a.mention not in listed]
                if not subject_tokens:
                    subject_tokens, confidence = _subjects(head)
            if role.subject == _PERSON:
                # "Née à Vauclair, cette ancienne du Y": a name in a place complement
                # holds no person's role
                subject_tokens = [t for t in subject_tokens if not _placed_name(t)]
            subjects = [a for t in subject_tokens for a in args_of(t, role.subject)]
            if "Sing" in head.morph.get("Number", []) and not _predicative(head):
                # "du français X, leader de Y, et de l'américain Z": a singular role in
                # apposition describes the one name it follows, not that name's conjuncts
                starts = {m.start for t in subject_tokens if (m := mention_at(t)) is not None}
                if starts:
                    subjects = [a for a in subjects if a.mention.start in starts]
            first = _first_conjunct(head)
            if first is not None:
                # "A et B, les cofondateurs de Y": a plural role in apposition to the last
                # of coordinated names describes each of them
                held = {a.mention for a in subjects}
                subjects += [a for a in args_of(first, role.subject) if a.mention not in held]
            if (
                newly is None
                and any(c.dep_ in _COPULA for c in head.children)
                and not _clefted(head)
            ):
                # "X était membre du groupe avec Y et Z": whom a predicate is said of is
                # named before it, whatever the parser coordinated with it
                after = head.idx + doc._.kg_offset
                subjects = [a for a in subjects if a.mention.start < after]
            if not subjects and objects:
                # "X, à la tête de Y, a répondu": a role locution set off after the name,
                # which the parser hangs on the sentence's verb
                subject_tokens = _named_before_locution(doc, i, role)
                subjects = [a for t in subject_tokens for a in args_of(t, role.subject)]
                confidence = CONFIDENCE_LINEAR
            if not subjects:
                # "Interrogé par l'AFP, le directeur financier d'Airbus, X, ...": the name
                # before the phrase does not fit the role; the one after it may
                subject_tokens, confidence = self._after(head, objects)
                subjects = [a for t in subject_tokens for a in args_of(t, role.subject)]
            if not subjects and objects and (before := _holder_before_comma(head, role)):
                # "un post publié sur LinkedIn que X, cofondateur de Y, a ...": the parser
                # hung the role on a name that cannot hold it, and none follows the phrase;
                # the name the comma closes can
                subjects, confidence = args_of(before, role.subject), CONFIDENCE_LINEAR
            if not subjects and role.body is not None:
                # "le sénateur de la Côte-d'Or X": the name after the constituency
                subject_tokens, confidence = _after_constituency(head, end), CONFIDENCE_LINEAR
                subjects = [a for t in subject_tokens for a in args_of(t, role.subject)]
            # "ancien PDG": the role was held, which is still a fact, but a weaker one
            past = fold(head.text).startswith(_EX) or any(
                fold(t.text) in _PAST for t in doc[max(0, head.i - 2) : head.i]
            )
            confidence *= _FORMER_FACTOR if past else 1.0
            confidence = min(confidence, role.confidence)
            # "Ardel, un fabricant de meubles de Vitré, filiale du groupe W", "le groupe de
            # Vitré, numéro un des volets": the town says where the company is from; it
            # holds no company's role ("le rachat de Cognac, filiale de W" names a brand)
            towns = {
                (m.start, m.end)
                for t in subject_tokens
                if _town_of_description(t) and (m := mention_at(t)) is not None
            }
            subjects = [a for a in subjects if (a.mention.start, a.mention.end) not in towns]
            if role.relation == "subsidiaryOf" and trade_heads().get(fold(head.text)) == role:
                objects = [a for a in objects if not _bare_town(head, a.mention)]
            yield from pairs(
                self.name,
                confidence,
                subjects,
                role.relation,
                objects,
                head,
                # "n'affronte aucun concurrent comme Y": the verb asserts the rivalry
                clause=_predicative(head) or faced is not None,
            )

    def _pair_formed(self, doc: Doc) -> Iterator[Triple]:
        """``le couple formé par X et Y``: a collective noun of a pair relation
        (``pairs`` of coreference.json) whose participle names its two members."""
        collectives = plural_descriptions().pairs
        table = words(doc)
        for i, lemma in enumerate(table.lemma):
            if table.pos[i] != "NOUN" or fold(lemma) not in collectives:
                continue
            noun = doc[i]
            members = list(
                {m: Arg(m) for t in members_named(noun) if (m := mention_at(t)) is not None}
            )
            if len(members) != 2 or not all(coarse(m.cls) == "Person" for m in members):
                continue
            yield from pairs(
                self.name,
                CONFIDENCE_LINEAR,
                [Arg(members[0])],
                collectives[fold(lemma)],
                [Arg(members[1])],
                noun,
                clause=False,
            )

    def _years_at(self, doc: Doc) -> Iterator[Triple]:
        """``a rejoint Orbelle après quinze ans chez PPG``, ``après dix ans comme ébéniste
        chez Y``, ``après douze ans à la Compagnie X``: years spent ``chez`` or ``à`` an
        organisation (after ``après`` or ``pendant``, a
        number and ``ans``, maybe ``comme`` and a trade) are a former post there of the
        clause's subject, a person."""
        table = words(doc)
        for i, word in enumerate(table.lower):
            if word not in _SPENT_AT or i < 3:
                continue
            k = i - 1
            if table.lower[k] not in _YEARS:
                # "comme ébéniste": a trade, maybe with its adjective, before "chez"
                while k > i - 4 and table.lower[k] != "comme":
                    k -= 1
                if table.lower[k] != "comme":
                    continue
                k -= 1
            if k < 2 or table.lower[k] not in _YEARS or table.pos[k - 1] != "NUM":
                continue
            if table.lower[k - 2] not in _SPENT:
                continue
            verb = governing_verb(doc[k - 2])
            holder = subject_of(verb) if verb is not None else None
            people = args_of(holder, _PERSON)
            # ("après douze ans à la Compagnie X": past the employer's article)
            j = i + 1
            while j < sentence_end(doc[i]) and table.pos[j] == "DET":
                j += 1
            employers = [a for t in doc[j : j + 1] for a in args_of(t, _ORGANISATION)]
            if people and employers:
                yield from pairs(
                    self.name,
                    CONFIDENCE_LINEAR * _FORMER_FACTOR,
                    people,
                    "employeeOf",
                    employers,
                    doc[i],
                    clause=False,
                )

    def _possessed_goods(self, doc: Doc) -> Iterator[Triple]:
        """``Son ballon « Kaz Soley 300 »``, ``ses eaux-de-vie, dont la quetsch « X »``: a
        product that a noun under a possessive names, or that a list after that noun
        names, is the possessor's (the organisation coreference read the possessive as).
        """
        # (most texts name no product: then no word need be read)
        if not any(m.cls == "Product" for m in (doc._.kg_mentions or {}).values()):
            return
        possessives = descriptions().possessives
        table = words(doc)
        for i, lower in enumerate(table.lower):
            if lower not in possessives or table.dep[i] != "det":
                continue
            noun = doc[table.head[i]]
            if noun.pos_ != "NOUN":
                continue
            named = [t for t in [named_by(noun), *listed_members(noun, goods=True)] if t]
            # (a name typed a product by what announces it, not by the slot: "face à ses
            # rivaux IQ-EQ et Alter Domus" names no goods)
            products = [
                a
                for t in named
                if (m := mention_at(t)) is not None and m.cls == "Product"
                for a in args_of(t, _PRODUCT)
            ]
            owners = args_of(doc[i], _ORGANISATION) if products else []
            if owners:
                yield from pairs(
                    self.name, CONFIDENCE_LINEAR, products, "productOf", owners, noun, clause=False
                )

    def _compound(self, head: Token, end: int, role: RoleNoun) -> Iterator[Triple]:
        """``Pfizer PDG Ian Read``: organisation, role and person side by side."""
        doc = head.doc
        start = head.i
        if start == 0 or end >= len(doc) or mention_at(doc[start - 1]) is None:
            return
        if mention_at(doc[end]) is None or mention_at(doc[start - 1]) == mention_at(doc[end]):
            return
        objects = args_of(doc[start - 1], role.object)
        subjects = args_of(doc[end], role.subject)
        # both ends must be typed as the role says: "Paris PDG X" is no compound
        objects = [a for a in objects if a.mention.cls != "NamedEntity"]
        confidence = min(CONFIDENCE_LOOSE, role.confidence)
        yield from pairs(
            self.name, confidence, subjects, role.relation, objects, head, clause=False
        )

    def _mutual(self, head: Token, end: int, role: RoleNoun) -> Iterator[Triple]:
        """``X et Y, deux concurrents directs``, ``les deux rivaux X et Y``, ``X et Y sont
        concurrents``: a plural role of a symmetric relation with no complement holds
        between the names it describes."""
        if "Plur" not in head.morph.get("Number", []) or not relations()[role.relation].symmetric:
            return
        possessives = descriptions().possessives
        if any(
            c.dep_ == "det" and (c.lower_ in possessives or "Yes" in c.morph.get("Poss", []))
            for c in head.children
        ):
            # "X et Y, ses deux concurrents": rivals of the owner, not of each other (so are
            # "vos concurrents" and "nos concurrents", the owner a speaker)
            return
        doc = head.doc
        first = head.i
        while first > sentence_start(head) and doc[first - 1].pos_ in {"DET", "NUM", "ADJ"}:
            first -= 1
        if (
            any(c.dep_ == "cop" for c in head.children)
            or head.dep_ == "appos"
            or (first > sentence_start(head) and doc[first - 1].text == ",")
        ):
            holders, _ = _subjects(head)
        else:
            # "les deux rivaux X et Y ont ...": the names right after the role phrase
            holders = _names_in_row(doc, end, sentence_end(head))
        members = list({a.mention: a for t in holders for a in args_of(t, role.subject)}.values())
        for i, member in enumerate(members):
            yield from pairs(
                self.name,
                min(CONFIDENCE_LINEAR, role.confidence),
                [member],
                role.relation,
                members[i + 1 :],
                head,
                clause=_predicative(head),
            )

    def _named_between(self, head: Token, end: int, role: RoleNoun) -> Iterator[Triple]:
        """``la branche Kelvo de Capgemini``, ``la filiale Orvia du groupe Y``: a role
        noun that introduces its holder's name, then its complement."""
        doc = head.doc
        sent_end = sentence_end(head)
        if end >= sent_end or head.i == 0 or doc[head.i - 1].pos_ != "DET":
            return
        holder = mention_at(doc[end])
        if holder is None:
            return
        j = end
        while j < sent_end and mention_at(doc[j]) is holder:
            j += 1
        if j >= sent_end or doc[j].lower_.replace("’", "'") not in _object_preps(role):
            return
        named = _named_object(doc, j + 1, sent_end)
        if named is None or (
            doc[j].lower_ in _AT
            and head.i > 1
            and doc[head.i - 2].pos_ == "VERB"
            and doc[head.i - 2].lemma_ in attribution().speech_lemmas
        ):
            # ("a expliqué la fondatrice X à Y": the speaker, then whom she told)
            return
        yield from pairs(
            self.name,
            min(CONFIDENCE_LINEAR, role.confidence),
            args_of(doc[end], role.subject),
            role.relation,
            args_of(named, role.object),
            head,
        )

    def _had_for(self, head: Token, end: int, role: RoleNoun) -> Iterator[Triple]:
        """``X a pour président Y``, ``X avait pour actionnaire principal le fonds Y``: the
        name after a role that ``avoir pour`` introduces holds it in the subject of
        ``avoir``."""
        doc = head.doc
        i = head.i - 1
        if i < 2 or doc[i].lower_ != "pour" or doc[i - 1].lemma_ != "avoir":
            return
        verb = doc[i - 1]
        owners = [c for c in (*head.children, *verb.children) if c.dep_ == "nsubj"]
        if not owners and verb.pos_ == "VERB":
            owner = subject_of(verb)
            owners = [owner] if owner is not None else []
        j = end
        sent_end = sentence_end(head)
        while j < sent_end and doc[j].pos_ == "ADJ":
            j += 1
        j = _skip_titles(doc, j, sent_end)
        if j >= sent_end or mention_at(doc[j]) is None:
            return
        yield from pairs(
            self.name,
            min(CONFIDENCE, role.confidence),
            args_of(doc[j], role.subject),
            role.relation,
            [a for t in owners for a in args_of(t, role.object)],
            head,
            clause=True,
        )

    @staticmethod
    def _after(head: Token, objects: list[Arg]) -> tuple[list[Token], float]:
        """``le PDG de Renault, Luca de Meo``: the name after the comma that ends the phrase
        (none without a complement to end it).

        Example:
            >>> import spacy
            >>> AppositionExtractor._after(spacy.blank("fr")("le PDG")[1], [])
            ([], 0.0)
        """
        if not objects:
            return [], 0.0
        doc = head.doc
        last = max(a.mention.end for a in objects) - doc._.kg_offset
        j = head.i
        while j < sentence_end(head) and doc[j].idx < last:
            j += 1
        first = head.i - 1
        # "par deux anciens ingénieurs d'Airbus, X et Y": adjectives, and a number
        # standing for the determiner
        while first > sentence_start(head) and (
            doc[first].pos_ == "ADJ" or fold(doc[first].text) in _PAST
        ):
            first -= 1
        # "l'un des cofondateurs de Y, X": one of the holders, named after the comma (the
        # phrase opening the clause: "Pour l'un des cofondateurs de Y, X a ..." is not it)
        one_of = (
            first > sentence_start(head)
            and doc[first].lower_ == "des"
            and doc[first - 1].lower_ in {"un", "une"}
            and _opens_clause(doc, first - 1)
        )
        if not one_of and (
            first < sentence_start(head)
            or (
                first == sentence_start(head)
                and doc[first].pos_ != "DET"
                and first < head.i
                and (doc[first].pos_ == "ADJ" or fold(doc[first].text) in _PAST)
            )
        ):
            return _fronted_holder_after(doc, j, head)
        if not one_of and doc[first].pos_ not in {"DET", "NUM"}:
            return [], 0.0
        named = (
            mention_at(doc[j + 1]) if j + 1 < sentence_end(head) and doc[j].text == "," else None
        )
        if named is not None and (one_of or doc[first].pos_ == "DET" or _announced(doc[j + 1])):
            return [doc[j + 1]], CONFIDENCE_LINEAR
        if named is None and doc[first].pos_ == "DET" and doc[j].text == ",":
            # "la filiale française du groupe Y, la start-up Kelvo,": the name its class
            # noun introduces
            described = _named_object(doc, j + 1, sentence_end(head))
            if described is not None and described.i > j + 1:
                return [described], CONFIDENCE_LINEAR
        # "le président de Renault Jean Dupuis", "l'ancien de Philips Marc Faure": the
        # comma left out
        name = mention_at(doc[j]) if j < sentence_end(head) else None
        if name is not None and coarse(name.cls) == "Person":
            return [doc[j]], CONFIDENCE_LOOSE
        return [], 0.0
