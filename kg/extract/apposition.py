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

from spacy.tokens import Doc, Token

from kg.entities.mentions import UNTYPED, coarse
from kg.extract.base import Arg, args_of, pairs
from kg.grammar import (
    DE,
    Words,
    case_of,
    expand,
    governing_verb,
    is_reference,
    mention_at,
    named_by,
    relative_antecedent,
    sentence_end,
    sentence_of,
    sentence_start,
    subject_of,
    words,
)
from kg.lexicon import RoleNoun, descriptions, role_preps, roles
from kg.model import Triple
from kg.text import fold

CONFIDENCE = 0.9
#: Confidence for the weaker linear readings (name after the role phrase).
CONFIDENCE_LINEAR = 0.8
#: Confidence of an apposition written without its comma, or of ``ORG ROLE PERSON``.
CONFIDENCE_LOOSE = 0.75
_PAST = frozenset({"ancien", "ancienne", "anciens", "anciennes", "ex", "ex-", "feu"})
_EX = "ex-"
_OTHER = frozenset({"autre", "autres"})
_COPULA = frozenset({"cop", "aux:pass"})
#: Words that open a list of examples of a plural noun: "ses logiciels, dont X".
_LISTING = frozenset({"dont", "notamment", "comme", "tels", "telles"})
#: How a role noun is a verb's complement: "affronte des rivaux tels que X".
_COMPLEMENTS = frozenset({"obj", "obl", "obl:arg", "obl:mod"})
#: Verbs whose subject gives the role its object names: "Vernel a nommé X directrice".
_APPOINT = frozenset({"nommer", "désigner", "élire", "choisir", "promouvoir", "recruter"})
#: Verbs whose complement names a role their subject (or object) takes: "devenu PDG de Y",
#: and every appointing verb ("nommée au poste de directrice").
_ATTRIBUTE = frozenset({"devenir", "rester", "demeurer"})
_BECOME = _ATTRIBUTE | _APPOINT
#: How a role locution is introduced as an attribute: "restera à la tête de Y".
_AT = frozenset({"à"})
#: Nouns of an office given by such a verb: "nommé au poste de directrice générale".
_POSTS = frozenset({"poste", "fonction", "rang", "titre"})


@functools.cache
def _role_starts() -> frozenset[str]:
    """Every prefix of the first word of a role noun: a token that is none of them starts
    no role. Folding five spans at every token was extraction's costliest step (the corpus
    benchmark: half of the analysis time); the check skips it, with the same results."""
    firsts = {key.split(" ")[0] for key in roles()}
    return frozenset(first[:n] for first in firsts for n in range(len(first) + 1))


@functools.cache
def _role_prefixes() -> frozenset[str]:
    """Every beginning of a role noun's folded form. The folded text of a span begins with
    the folded text of its first words, so a span that begins none of them cannot grow
    into a role noun: the scan stops widening there instead of folding five spans."""
    return frozenset(key[:n] for key in roles() for n in range(len(key) + 1))


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
    return found


@functools.lru_cache(maxsize=1 << 16)
def _may_start_role(word: str, lemma: str) -> bool:
    """:func:`_role_at`'s first test, by a token's text and lemma: whether a role noun may
    start there (remembered per word: the scan asks it at every token of every chunk)."""
    first = fold(word)
    prefix = len(_EX) if first.startswith(_EX) else 0
    return first[prefix:] in _role_starts() or fold(lemma) in roles()


def _roles_in(doc: Doc) -> Iterator[tuple[int, RoleNoun, int]]:
    """Each role noun of ``doc``, left to right, as (start, role, end): the longest one
    starting at a token, the scan going on after its end."""
    table = words(doc)
    i = 0
    while i < len(table.text):
        if not _may_start_role(table.text[i], table.lemma[i]):
            i += 1
            continue
        found = _role_at(doc, i, table)
        if found is None:
            i += 1
            continue
        role, end = found
        yield i, role, end
        i = end


def _objects(head: Token, end: int, role: RoleNoun) -> list[Arg]:
    preps = role_preps() if role.preps is None else role.preps
    found: list[Arg] = []
    for child in head.children:
        if child.lower_ == "dont" and child.pos_ == "PRON":
            # "Kiwaï, dont Eurazeo est actionnaire": the organisation the relative follows
            found.extend(args_of(relative_antecedent(child), role.object))
            continue
        if child.lower_ == "en" and child.pos_ == "PRON" and mention_at(child) is not None:
            found.extend(args_of(child, role.object))  # "qui en est la directrice générale"
            continue
        if child.i < head.i or child.dep_ not in {"nmod", "obl", "obl:mod", "obl:arg"}:
            continue
        if case_of(child) in preps:
            args = args_of(child, role.object, role.object_np)
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
            return args_of(doc[j], role.object)
    return []


def _past_activity(doc: Doc, i: int, end: int) -> int:
    """Index past a bare ``de`` complement saying what the role does, when the organisation
    follows it: ``la branche de capital-risque du groupe Y``, ``sa filiale de livraison de
    Y`` (``i`` itself when there is none)."""
    if i + 1 >= end or doc[i].lower_ not in {"de", "d'", "d\u2019"} or doc[i + 1].pos_ != "NOUN":
        return i
    k = i + 1
    while k < end and mention_at(doc[k]) is None and (
        doc[k].pos_ in {"NOUN", "ADJ"} or doc[k].text == "-"
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
        announces = (
            fold(token.text) in titles or lexicon.class_of(token.text) is not None
        )
        if not (glue or announces):
            break
        j += 1
    return j


def _subjects(head: Token) -> tuple[list[Token], float]:
    """Tokens naming who holds the role, with the confidence of the reading."""
    doc = head.doc
    sent = sentence_of(head)
    # predicate nominal: "X est le PDG de Y" (the tagger may read "est signataire" as a
    # passive verb)
    if any(c.dep_ in _COPULA for c in head.children):
        subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if subjects and subjects[0].lower_ in {"qui", "lequel", "laquelle"}:
            # "Y, qui est elle-même membre de Z": the relative's antecedent
            antecedent = subject_of(head)
            subjects = [antecedent] if antecedent is not None else []
        if not subjects and head.dep_ == "conj" and mention_at(head.head) is not None:
            # "X (1918-2002) était l'épouse de Y": after a parenthesis the parser makes
            # the predicate a conjunct of the name it is said of
            subjects = [head.head]
        if subjects:
            return subjects, CONFIDENCE
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
        if subjects:
            return subjects, CONFIDENCE
    # apposition: "X, [l'] [ancien] ROLE"
    if head.dep_ == "appos" and mention_at(head.head) is not None:
        return [head.head], CONFIDENCE
    i = head.i
    # "Tencent, déjà actionnaire d'Ubisoft": adverbs may sit between the comma and the role
    # ("deux anciens ingénieurs de Y": a number too; "la fondatrice et présidente de Y":
    # the role before "et")
    while i > sent.start:
        if (
            doc[i - 1].pos_ in {"DET", "ADJ", "ADV", "NUM"}
            or fold(doc[i - 1].text) in _PAST
            or doc[i - 1].lower_ in _OTHER  # "l'autre grand concurrent de Y" (a pronoun)
        ):
            i -= 1
        elif doc[i - 1].lower_ == "et" and (before := _role_ending_at(doc, i - 1)) is not None:
            i = before
        elif (
            doc[i - 1].lower_ == "des"
            and i - 2 >= sent.start
            and doc[i - 2].lower_ in {"un", "une"}
        ):
            i -= 2  # "X, l'un des trois cofondateurs de Y"
        else:
            break
    if i - 2 >= sent.start and doc[i - 1].text in {",", "("} and mention_at(doc[i - 2]) is not None:
        holder = doc[i - 2]
        while holder.dep_ == "flat:name" and holder.head.i < holder.i:
            holder = holder.head
        if "Plur" in head.morph.get("Number", []):
            # "A et B, deux anciens ingénieurs de Y": a plural role fits the coordination
            while holder.dep_ == "conj" and holder.head.i < holder.i:
                holder = holder.head
        return [holder], CONFIDENCE
    # "Elon Musk PDG de SpaceX", "Jann Wenner le fondateur de X": the comma left out
    if i - 1 >= sent.start and mention_at(doc[i - 1]) is not None and doc[i - 1].i != head.i:
        return [doc[i - 1]], CONFIDENCE_LOOSE
    return [], 0.0


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


def _role_ending_at(doc: Doc, end: int) -> int | None:
    """The start of a role noun that ends right before ``end``, if one does."""
    for start in range(max(0, end - 5), end):
        found = _role_at(doc, start)
        if found is not None and found[1] == end:
            return start
    return None


def _giving_verb(head: Token) -> Token | None:
    """The verb that gives or names the role: ``devenu PDG``, ``nommé directrice``,
    ``nommé au poste de directrice générale``."""
    if head.dep_ == "xcomp" and head.head.lemma_ in _BECOME:
        return head.head
    verb = head.head
    if verb.lemma_ in _ATTRIBUTE and verb.i < head.i and (
        head.dep_ == "obj" or (head.dep_.startswith("obl") and case_of(head) in _AT)
    ):
        # "qui deviendra une filiale de Y" (the parser's object), "X restera à la tête
        # de Y" (the role a locution with "à")
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


def _predicative(head: Token) -> bool:
    """Whether the role is what its clause asserts (``X est le PDG de Y``, ``X a été
    nommé PDG de Y``), so that the clause's negation and hedges bear on the fact; an
    apposition (``le PDG de Y, X, n'a pas commenté``) is stated whatever the verb says."""
    return any(c.dep_ in _COPULA for c in head.children) or _giving_verb(head) is not None


def _possessive_object(
    head: Token, end: int, role: RoleNoun
) -> tuple[list[Arg], list[Token], float] | None:
    """``Son fondateur, X,`` / ``sa directrice générale X``: the possessor is the
    organisation, the name right after the role phrase holds the role."""
    doc = head.doc
    possessives = descriptions().possessives
    # "son cofondateur et PDG, X": the second role shares the first one's possessive
    # (not a verb the parser coordinated the role with: "explique X, sa directrice")
    owner = (
        head.head
        if head.dep_ == "conj" and head.head.i < head.i and head.head.pos_ in {"NOUN", "PROPN"}
        else head
    )
    det = next((c for c in owner.children if c.dep_ == "det" and c.lower_ in possessives), None)
    if det is None or (det.i != owner.i - 1 and doc[det.i + 1].pos_ != "ADJ"):
        return None
    j = end
    while j < sentence_end(head) and doc[j].pos_ == "ADJ":
        j += 1
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
        holders = [doc[j]]
    elif named is not None:
        holders = [named]
    else:
        # "Meridia a cédé Coliflash, sa filiale de livraison, à ...": the name before
        holders, _ = _subjects(head)
    objects = args_of(det, role.object)
    if not objects or not holders:
        return None
    return objects, holders, CONFIDENCE_LINEAR


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
        for i, role, end in _roles_in(doc):
            # "à la tête de": the role's syntactic head is its first noun, not "à"
            head = next((t for t in doc[i:end] if t.pos_ in {"NOUN", "PROPN"}), doc[i])
            if role.requires_modifier and not any(
                fold(t.text) in role.requires_modifier for t in doc[head.i + 1 : end + 2]
            ):
                continue
            referring = is_reference(head)
            if mention_at(head) is not None and not referring:
                continue  # the role word is part of a name ("Président Wilson" avenue)
            objects = _objects(head, end, role) or _appointer(head, role)
            possessor = None if objects or referring else _possessive_object(head, end, role)
            faced = None if objects or possessor else _faced(head, role)
            if faced is not None:
                objects, subject_tokens, confidence = faced
            elif possessor is not None:
                objects, subject_tokens, confidence = possessor
            elif not objects:
                if not referring:
                    yield from self._compound(head, end, role)
                continue
            elif referring:
                # "cette native de Strasbourg a passé ...": the description is the person;
                # only its own "de" complement (not "a confié la dirigeante à Ouest-France",
                # the verb's complement the parser hung on the description)
                own = {
                    m for c in head.children
                    if c.dep_ == "nmod" and case_of(c) in DE and (m := mention_at(c)) is not None
                }
                objects = [a for a in objects if a.mention in own]
                subject_tokens, confidence = [head], CONFIDENCE_LINEAR
            else:
                subject_tokens, confidence = _whose(head, end), CONFIDENCE_LINEAR
                if not subject_tokens:
                    subject_tokens, confidence = _subjects(head)
            subjects = [a for t in subject_tokens for a in args_of(t, role.subject)]
            if "Sing" in head.morph.get("Number", []) and not _predicative(head):
                # "du français X, leader de Y, et de l'américain Z": a singular role in
                # apposition describes the one name it follows, not that name's conjuncts
                starts = {m.start for t in subject_tokens if (m := mention_at(t)) is not None}
                if starts:
                    subjects = [a for a in subjects if a.mention.start in starts]
            if any(c.dep_ in _COPULA for c in head.children):
                # "X était membre du groupe avec Y et Z": whom a predicate is said of is
                # named before it, whatever the parser coordinated with it
                after = head.idx + doc._.kg_offset
                subjects = [a for a in subjects if a.mention.start < after]
            if not subjects:
                # "Interrogé par l'AFP, le directeur financier d'Airbus, X, ...": the name
                # before the phrase does not fit the role; the one after it may
                subject_tokens, confidence = self._after(head, objects)
                subjects = [a for t in subject_tokens for a in args_of(t, role.subject)]
            # "ancien PDG": the role was held, which is still a fact, but a weaker one
            past = fold(head.text).startswith(_EX) or any(
                fold(t.text) in _PAST for t in doc[max(0, head.i - 2) : head.i]
            )
            confidence *= 0.7 if past else 1.0
            confidence = min(confidence, role.confidence)
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
        if first < sentence_start(head) or doc[first].pos_ not in {"DET", "NUM"}:
            return [], 0.0
        named = (
            mention_at(doc[j + 1]) if j + 1 < sentence_end(head) and doc[j].text == "," else None
        )
        if named is not None and (doc[first].pos_ == "DET" or _announced(doc[j + 1])):
            return [doc[j + 1]], CONFIDENCE_LINEAR
        # "le président de Renault Jean Dupuis", "l'ancien de Philips Marc Faure": the
        # comma left out
        name = mention_at(doc[j]) if j < sentence_end(head) else None
        if name is not None and coarse(name.cls) == "Person":
            return [doc[j]], CONFIDENCE_LOOSE
        return [], 0.0
