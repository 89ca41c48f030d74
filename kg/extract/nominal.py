"""Nominal frames from ``ontology/lexicon/nouns.json``: facts stated by nouns.

``le rachat de Y par X``, ``le partenariat entre X et Y``, ``le groupement formé par X et
Y``, ``la concurrence de Y`` (X being
the clause's subject), ``l'ouverture de son bureau ..., situé à Paris``, ``l'installation
d'OpenAI à Paris``, ``leur présence en Europe``. The agent, when the noun phrase does not
name it, is the possessor (``son``, resolved by coreference) or the subject of the clause
that governs the noun, unless that clause's verb is an onlooker's (``l'Autorité examine le
rachat de Y``: ``onlooker_verbs``); with the buyer named by ``par``, a deal's possessive is
what is bought (``X annonce son rachat par Y``).

Example:
    >>> NominalExtractor().name
    'kg.nominal.v1'
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.extract.base import Arg, args_of, pairs
from kg.grammar import (
    DE,
    case_of,
    governing_verb,
    mention_at,
    mention_of_index,
    named_after,
    named_by,
    names_in_row,
    relative_antecedent,
    sentence_end,
    sentence_start,
    subject_of,
    where_antecedent,
    words,
)
from kg.lexicon import (
    NounFrame,
    descriptions,
    folded_word_list,
    noun_frames,
    plan_nouns,
    verb_frames,
    word_list,
)
from kg.model import Triple
from kg.ontology import coarse_class
from kg.text import fold

CONFIDENCE = 0.8
#: Factor when the agent is not inside the noun phrase but the clause subject or a
#: possessor: "Navteq a conclu une vente à Nokia" need not mean Navteq sold to Nokia.
IMPLICIT_FACTOR = 0.85
_NOMINAL_DEPS = frozenset({"nmod", "obl", "obl:arg", "obl:mod", "appos"})
#: "face à Y": a locution that sets a company against a rival (read with a low confidence).
_FACING = folded_word_list("facing_nouns")
#: "face à Y", and its contractions: "face au suédois Y", "face aux géants".
_FACING_PREPS = frozenset({"à", "a", "au", "aux"})
FACING_CONFIDENCE = 0.6
_COMPANIES = frozenset({"Organization"})
#: Organisations one faces without competing with them.
_NOT_RIVALS = frozenset({"GovernmentBody", "MediaOrganization", "NamedEntity"})
#: Words of a market, one of which the sentence must hold for "face à" to set rivals.
_MARKET = word_list("market_nouns")
#: What companies compete for: "X vise les mêmes clients que Y" sets X against Y.
_CONTESTED = word_list("contested_nouns")
#: "les mêmes clients", "la même clientèle".
_SAME = frozenset({"même", "mêmes"})
#: Words before the name of a rival after "que": "que le britannique Y", "que l'américain Y".
_RIVAL_LEAD = frozenset({"DET", "ADJ"})
#: Locutions that add a rival to a rivalry just stated: "..., tout comme l'américain Z".
_LIKEWISE = (("tout", "comme"), ("ainsi", "que"))
SAME_MARKET_CONFIDENCE = 0.7
#: A company's standing in a market, whose owner is who faces the rival in "renforce sa
#: position face à Y".
_STANDING = word_list("standing_nouns")
#: Words of a dispute in court, where "face à" names an adversary, not a rival.
_DISPUTES = word_list("dispute_nouns")
#: Verbs whose subject takes no part in the deal their object names ("l'Autorité examine
#: le rachat de X").
_ONLOOKING = word_list("onlooker_verbs")
#: The preposition of an agent ("le rachat de X par Y").
_BY = frozenset({"par"})
#: Participles of a body formed by its members ("le groupement formé par X et Y"), and the
#: prepositions that introduce those members.
_FORMING = word_list("forming_participles")
_FORMED_BY = _BY | DE
#: Verbs whose "à" names who receives their object ("cède sa participation à Y").
_RECIPIENT_VERBS = word_list("recipient_verbs")
_TO_RECIPIENT = frozenset({"à", "au", "aux"})
#: Words joining the two ends of a pair: "entre X et Y".
_PAIR_GLUE = frozenset({"et"})
#: "la concurrence de X et celle de Y": the demonstrative that repeats a noun, by its gender
#: and number.
_REPEATING = {
    ("Fem", "Sing"): "celle",
    ("Masc", "Sing"): "celui",
    ("Fem", "Plur"): "celles",
    ("Masc", "Plur"): "ceux",
}
#: Words that join the repeating demonstrative to the noun's phrase.
_REPEAT_GLUE = frozenset({",", "et", "ou", "mais", "aussi", "puis", "notamment", "surtout"})
#: Words between the names of a list in parentheses: "la concurrence (X, Y et Z)".
_LIST_GLUE = frozenset({",", "et", "ou"})


def _complements(noun: Token, preps: frozenset[str]) -> list[Token]:
    return [
        c for c in noun.children if c.dep_ in _NOMINAL_DEPS and c.i > noun.i and case_of(c) in preps
    ] + _locution_complements(noun, preps)


def _as_adverb(noun: Token) -> bool:
    """Whether the noun is a bare ``en`` phrase that says how the clause's act is done
    (``en partenariat avec Y``, ``en collaboration avec Y``): the act is the subject's,
    wherever the parser hung the phrase.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["en", "partenariat"],
        ...           heads=[1, 1], deps=["case", "ROOT"], pos=["ADP", "NOUN"])
        >>> _as_adverb(doc[1])
        True
    """
    return case_of(noun) == "en" and not any(c.dep_ == "det" for c in noun.children)


def _agreement_host(noun: Token) -> Token | None:
    """``un accord de partenariat``, ``un contrat de licence``: the agreement noun
    (``Agreement`` of descriptions.json) whose bare ``de`` complement the noun is, or None.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["un", "accord", "de", "licence"],
        ...           heads=[1, 1, 3, 1], deps=["det", "ROOT", "case", "nmod"],
        ...           pos=["DET", "NOUN", "ADP", "NOUN"])
        >>> _agreement_host(doc[3]).text
        'accord'
    """
    head = noun.head
    if (
        head is noun
        or head.i > noun.i
        or noun.dep_ != "nmod"
        or case_of(noun) not in DE
        or any(c.dep_ == "det" for c in noun.children)
        or head.pos_ != "NOUN"
    ):
        return None
    lexicon = descriptions()
    found = lexicon.class_of(head.text) or lexicon.class_of(head.lemma_)
    return head if found == "Agreement" else None


def _locution_complements(head: Token, preps: frozenset[str]) -> list[Token]:
    """``une procédure à l'encontre de X``: the complement of a prepositional locution
    (``à l'encontre de``), which the parser reads as a noun (``encontre``) with a case of its
    own and the complement hung on that noun."""
    found = []
    for prep in preps:
        parts = prep.replace("’", "'").replace("'", "' ").split()
        if len(parts) < 3:
            continue
        lead, noun_word, last = parts[0], parts[-2], parts[-1]
        found += [
            g
            for c in head.children
            if c.i > head.i and c.lower_ == noun_word and (case_of(c) or "").startswith(lead)
            for g in c.children
            if g.i > c.i and g.dep_ in _NOMINAL_DEPS and case_of(g) == last
        ]
    return found


#: Words of a subject's own phrase before its name: "la start-up X", "le français X".
_SUBJECT_LEAD = frozenset({"DET", "ADJ", "NOUN"})


def _fronted(face: Token) -> bool:
    """Whether ``face à`` opens its sentence, or follows only a fronted phrase with no name
    nor verb ("Sur ce créneau, face à Y, X ..."): it then comes before the clause's
    subject."""
    before = face.doc[sentence_start(face) : face.i]
    return not any(t.pos_ in {"VERB", "AUX"} or mention_at(t) is not None for t in before)


def _subject_after_fronted(rival: Token) -> Token | None:
    """The subject of the clause a fronted ``face à Y`` sets: past Y's row and its
    appositions (``, leader du marché,``), the first name that a verb follows in its own
    stretch between commas, its own words (``la start-up``) before it."""
    doc = rival.doc
    end = sentence_end(rival)
    i = rival.i
    # the stretches after the rival's phrase, comma to comma
    while i < end and doc[i].text != ",":
        i += 1
    while i < end:
        j = i + 1
        name = None
        while j < end and doc[j].text != ",":
            token = doc[j]
            if name is None and mention_at(token) is not None:
                name = token
            elif name is None and token.pos_ not in _SUBJECT_LEAD:
                break
            elif name is not None and token.pos_ in {"VERB", "AUX"}:
                return name
            j += 1
        i = j
        while i < end and doc[i].text != ",":
            i += 1
    return None


def _name_after(doc: Doc, j: int, end: int) -> Token | None:
    """The name at word ``j``, past its determiner and adjectives ("l'américain Y"), or
    the name the class noun there introduces ("le groupe Y")."""
    while j < end and mention_at(doc[j]) is None and doc[j].pos_ in _RIVAL_LEAD:
        j += 1
    if j >= end:
        return None
    return doc[j] if mention_at(doc[j]) is not None else named_by(doc[j])


def _likewise_after(doc: Doc, j: int, end: int) -> list[Token]:
    """The names ``tout comme`` or ``ainsi que`` adds after word ``j`` (a comma before
    them): ``X vise les mêmes clients que Y, tout comme l'américain Z`` (Z does so too)."""
    found = []
    while j < end:
        if doc[j].text == "," and j + 2 < end:
            pair = (doc[j + 1].lower_, doc[j + 2].lower_)
            if pair in _LIKEWISE:
                name = _name_after(doc, j + 3, end)
                if name is not None:
                    found.append(name)
        j += 1
    return found


def _repeated(noun: Token, preps: frozenset[str]) -> list[Token]:
    """``la concurrence de X et celle de Y``: the ``preps`` complements of the
    demonstrative that repeats ``noun`` further in its clause (agreeing with it, right
    after a coordinating word), wherever the parser hung that demonstrative.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = ["la", "concurrence", "de", "X", "et", "celle", "de", "Y"]
        >>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[1, 1, 3, 1, 5, 3, 7, 5],
        ...           deps=["det", "ROOT", "case", "nmod", "cc", "conj", "case", "nmod"],
        ...           morphs=["", "Gender=Fem|Number=Sing"] + [""] * 6)
        >>> [t.text for t in _repeated(doc[1], frozenset({"de"}))]
        ['Y']
    """
    gender, number = noun.morph.get("Gender", []), noun.morph.get("Number", [])
    form = _REPEATING.get((gender[0] if gender else "", number[0] if number else ""))
    if form is None:
        return []
    doc = noun.doc
    found: list[Token] = []
    for token in doc[noun.i + 1 : sentence_end(noun)]:
        if token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm", []):
            break  # (another clause)
        if token.lower_ == form and doc[token.i - 1].lower_ in _REPEAT_GLUE:
            found += [c for c in token.children if c.i > token.i and case_of(c) in preps]
    return found


def _participle_objects(noun: Token, frame: NounFrame) -> list[Token]:
    """``une enquête visant Meta``: a participle the frame lists as a preposition."""
    return [
        o
        for c in noun.children
        if c.dep_.startswith("acl") and c.lower_ in frame.theme_preps
        for o in c.children
        if o.dep_ == "obj"
    ]


def _in_parentheses(noun: Token) -> list[Token]:
    """The names listed in parentheses right after the noun, whatever the parse."""
    doc = noun.doc
    end = sentence_end(noun)
    if noun.i + 1 >= end or doc[noun.i + 1].text != "(":
        return []
    found, stop = names_in_row(doc, noun.i + 2, end, _LIST_GLUE)
    # (anything else before the closing parenthesis: not a list of names)
    return found if stop < end and doc[stop].text == ")" else []


def _nested(noun: Token) -> bool:
    """Whether the noun is the complement of another noun (``une enquête sur le rachat``)."""
    return noun.dep_ in _NOMINAL_DEPS and noun.head.pos_ == "NOUN" and noun.head.i < noun.i


def _when(noun: Token) -> bool:
    """``lors du rachat de X``: a deal named to date the clause is not the subject's act."""
    doc = noun.doc
    first = min([noun.i, *(c.i for c in noun.children if c.i < noun.i)])
    return first > 0 and doc[first - 1].lower_ in {"lors", "moment", "occasion"}


def _participants(noun: Token) -> list[Token]:
    """The named complements of a noun and of the noun it hangs on after it (the parties
    of ``le rachat de Figma par Adobe`` however the parser attached ``par``)."""
    heads = [noun, noun.head] if _nested(noun) else [noun]
    found = [
        c
        for h in heads
        for c in h.children
        if c.i > noun.i and c.dep_ in _NOMINAL_DEPS and case_of(c) is not None
    ]
    # "de Kelvo par le groupe Norvik": a complement may hang on the one before it
    return found + [
        c
        for f in found
        for c in f.children
        if c.dep_ in _NOMINAL_DEPS and case_of(c) is not None and c not in found
    ]


def _names_after(noun: Token, prep: str, *, in_phrase: bool = False) -> list[Token]:
    """Each name that ``prep`` (determiners between) introduces after the noun in its
    sentence (or the name a class noun there introduces, ``par le groupe Y``), read word
    by word for loose parses; ``in_phrase``: within the noun's own
    phrase (no verb nor punctuation between: ``le rachat de X par Y``, not ``le rachat de
    X a été annoncé par Y``)."""
    doc = noun.doc
    found = []
    for i in range(noun.i + 1, sentence_end(noun) - 1):
        if in_phrase and (doc[i].pos_ in {"VERB", "AUX"} or doc[i].is_punct):
            break
        if doc[i].lower_ != prep:
            continue
        j = i + 1
        while j < sentence_end(noun) and doc[j].pos_ == "DET":
            j += 1
        if j < sentence_end(noun) and mention_at(doc[j]) is not None:
            found.append(doc[j])
        elif j < sentence_end(noun) and (named := named_by(doc[j])) is not None:
            found.append(named)  # "par le groupe Kelvo": the name its class noun introduces
    return found


def _planned_deal(noun: Token) -> Token | None:
    """``le projet de rachat de X``: the deal noun a plan noun governs."""
    if noun.lemma_ not in plan_nouns():
        return None
    return next((c for c in noun.children if c.dep_ == "nmod" and case_of(c) in DE), None)


def _entry_topic(noun: Token, allowed: frozenset[str]) -> list[Arg]:
    """The topic of a timeline whose verbless entry the noun heads (``2024. Inauguration d'une
    usine à Cracovie``: coreference's ``kg_entry_topic``), as a resolved reference."""
    topic = (noun.doc._.kg_entry_topic or {}).get(noun.i)
    if topic is None or coarse_class(topic.cls) not in allowed:
        return []
    return [Arg(topic, noun.text)]


def _onlooked(noun: Token) -> bool:
    """Whether the verb that governs ``noun`` is an onlooker's (``onlooker_verbs``:
    ``l'Autorité examine le rachat de X``, ``conseille Y dans l'acquisition de X``): its
    subject takes no part in what the noun names."""
    verb = governing_verb(noun)
    return verb is not None and verb.i != noun.i and verb.lemma_ in _ONLOOKING


def _possessor(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "det" and mention_at(child) is not None:
            return child
    return None


def _places(noun: Token, preps: frozenset[str]) -> tuple[list[Token], list[Token]]:
    """Place complements of a noun: (specific ones from ``situé à``, the others)."""
    specific = [
        p for c in noun.children if c.dep_.startswith("acl") for p in _complements_any(c, preps)
    ]
    return specific, _complements(noun, preps)


def _relative_owner(noun: Token) -> Token | None:
    """``X, dont le siège est à Y``: ``dont`` stands for the name the relative follows."""
    # the parser hangs "dont" on the noun or on the relative clause's predicate
    for child in [*noun.children, *noun.head.children]:
        if child.lower_ == "dont":
            return relative_antecedent(child)
    return None


def _complements_any(head: Token, preps: frozenset[str]) -> list[Token]:
    return [c for c in head.children if c.i > head.i and case_of(c) in preps]


def _joined_before(subject: Token) -> list[Token]:
    """Names coordinated before ``subject`` in the text (``X, Y et subject``), nearest last."""
    doc = subject.doc
    start = subject.i
    while start > sentence_start(subject) and mention_at(doc[start - 1]) == mention_at(subject):
        start -= 1
    found: list[Token] = []
    j = start - 1
    while j > sentence_start(subject) and doc[j].lower_ in {"et", ","}:
        name = j - 1
        if mention_at(doc[name]) is None or mention_at(doc[name]) == mention_at(subject):
            break
        while name > sentence_start(subject) and mention_at(doc[name - 1]) == mention_at(doc[name]):
            name -= 1
        found.insert(0, doc[name])
        j = name - 1
    return found


def _undergoer(noun: Token) -> Token | None:
    """The subject of ``faire l'objet de`` NOUN or of a passive ``visé / ciblé par`` NOUN."""
    head = noun.head
    if head.lemma_ == "objet" and head.head.lemma_ == "faire" and case_of(noun) in DE:
        verb = head.head
    elif (
        head.lemma_ == "faire"
        and case_of(noun) in DE
        and any(c.lemma_ == "objet" and c.i < noun.i for c in head.children)
    ):
        verb = head  # the parser hangs "d'une enquête" on "fait", beside "l'objet"
    elif case_of(noun) == "par" and head.lemma_ in _UNDERGO_VERBS and head.pos_ == "VERB":
        verb = head
    else:
        return None
    subject = subject_of(verb)
    return subject if subject is not None and subject.i < noun.i else None


#: Verbs whose passive subject undergoes an action named by a noun ("visée par une enquête").
_UNDERGO_VERBS = word_list("undergoing_verbs")


def _coordinated_before(name: Token) -> list[Token]:
    """``A et B grignotent des parts``, the parser keeping only B as the subject (or only
    a word of it): the name right before ``et`` and B's first word, and a name before
    that one's comma (``A, B et C``)."""
    doc = name.doc
    mention = mention_at(name)
    if mention is None:
        return []
    first = name.i
    while first > 0 and mention_at(doc[first - 1]) == mention:
        first -= 1
    found: list[Token] = []
    j = first - 1
    glue = {"et"}
    while j > sentence_start(name) and doc[j].lower_ in glue:
        other = mention_at(doc[j - 1])
        if other is None:
            break
        found.append(doc[j - 1])
        j -= 1
        while j > 0 and mention_at(doc[j - 1]) == other:
            j -= 1
        j -= 1
        glue = {","}
    return found


def _standing_owner(verb: Token) -> Token | None:
    """``renforce sa position face à Y``, ``consolide la place du groupe X``: the owner of
    the standing noun that is the verb's object (its ``de`` complement's name, or the
    possessive that coreference resolves), or None."""
    for noun in verb.children:
        if noun.dep_ != "obj" or noun.lemma_ not in _STANDING:
            continue
        for c in noun.children:
            if c.dep_ == "det" and "Yes" in c.morph.get("Poss", []):
                return c
            if c.dep_ == "nmod" and c.i > noun.i and (case_of(c) in DE or mention_at(c)):
                return c if mention_at(c) is not None else named_by(c)
    return None


class NominalExtractor:
    """Facts stated by nominalisations."""

    name = "kg.nominal.v1"

    def __init__(self) -> None:
        # "le siège de X est situé à Y": the verbs that say where their subject is
        self._where_verbs = frozenset(
            lemma for frame in verb_frames() if frame.voice == "stative" for lemma in frame.lemmas
        )
        self._frames: dict[str, list[NounFrame]] = {}
        for frame in noun_frames():
            for noun in frame.nouns:
                self._frames.setdefault(noun, []).append(frame)

    def extract(self, doc: Doc) -> Iterator[Triple]:
        """Yield the triples of every lexicon noun in the chunk."""
        table = words(doc)
        for i, pos in enumerate(table.pos):
            if pos != "NOUN":
                continue
            frames = self._frames.get(fold(table.text[i]), ()) or self._frames.get(
                table.lemma[i], ()
            )
            if frames and mention_of_index(doc, i) is not None:
                continue  # "l'Observatoire de la concurrence": a word of a name is no deal
            if frames:
                token = doc[i]
                for frame in frames:
                    yield from self._apply(frame, token)
            elif table.lemma[i] in _CONTESTED and any(
                table.lower[c] in _SAME for c in table.children[i]
            ):
                yield from self._same_market(doc[i])
            elif (
                fold(table.text[i]) in _FACING
                and i + 1 < len(table.text)
                and table.lower[i + 1] in _FACING_PREPS
            ):
                yield from self._facing(doc[i])

    def _apply(self, frame: NounFrame, noun: Token) -> Iterator[Triple]:
        if frame.pair_preps:
            # "le groupement formé par X, mandataire, et Y": who forms the joint body
            formed = [
                agent
                for c in noun.children
                if c.dep_.startswith("acl") and c.lemma_ in _FORMING and c.i > noun.i
                for agent in _complements_any(c, _FORMED_BY)
            ]
            for child in [*_complements(noun, frame.pair_preps), *formed[:1]]:
                members = args_of(child, frame.agent)
                if len(members) == 1:
                    # "le partenariat entre X et Y est renouvelé": Y parsed as the subject
                    members += args_of(named_after(child, _PAIR_GLUE), frame.agent)
                for i, first in enumerate(members):
                    yield from pairs(
                        self.name, CONFIDENCE, [first], frame.relation, members[i + 1 :], noun
                    )
        if frame.place_preps:
            yield from self._located(frame, noun)
            return
        theme_tokens = _complements(noun, frame.theme_preps) + _participle_objects(noun, frame)
        if theme_tokens:
            theme_tokens += _repeated(noun, frame.theme_preps)
        if (
            not theme_tokens
            and "par" in frame.agent_preps
            and (_complements(noun, _BY) or _names_after(noun, "par", in_phrase=True))
        ):
            # "X annonce son rachat par Y": with its buyer named, the deal's possessive is
            # what is bought
            theme_tokens = [
                c
                for c in noun.children
                if c.dep_ == "det" and c.lower_ in descriptions().possessives
            ]
        if noun.dep_ == "obj" and noun.head.lemma_ in _RECIPIENT_VERBS:
            # "cède sa participation au groupe Y": "au" names who receives the noun's
            # object, not what the noun is about
            theme_tokens = [t for t in theme_tokens if case_of(t) not in _TO_RECIPIENT]
        if not theme_tokens and frame.theme_preps:
            # "surveille la concurrence (X, Y)": the names in parentheses are what it is
            theme_tokens = _in_parentheses(noun)
        if not theme_tokens and noun.dep_ == "obj" and frame.theme_preps:
            # "a ouvert une enquête formelle sur Meta": the parser hangs "sur Meta" on the verb
            theme_tokens = [c for c in _complements(noun.head, frame.theme_preps) if c.i > noun.i]
        if not theme_tokens and frame.theme_preps and _as_adverb(noun):
            # "X développe ce moteur en partenariat avec Y": "avec Y" hung on the verb
            verb = governing_verb(noun)
            theme_tokens = [
                c
                for c in (verb.children if verb is not None else ())
                if c.i > noun.i and c.dep_ in _NOMINAL_DEPS and case_of(c) in frame.theme_preps
            ]
        if not theme_tokens and frame.theme_preps:
            # "un partenariat de distribution avec Y": the parser hangs "avec Y" on the
            # noun's bare complement, which says what kind of partnership it is
            theme_tokens = [
                t
                for c in noun.children
                if c.dep_ == "nmod"
                and c.pos_ == "NOUN"
                and mention_at(c) is None
                and case_of(c) in DE
                for t in _complements(c, frame.theme_preps)
            ]
        host = _agreement_host(noun)
        if not theme_tokens and host is not None and frame.theme_preps:
            # "un accord de licence avec Y", "a signé avec Y un accord de partenariat": the
            # counterpart hangs on the agreement noun, or on the verb it is the object of
            theme_tokens = _complements(host, frame.theme_preps)
            if not theme_tokens and host.dep_ == "obj":
                theme_tokens = [
                    c
                    for c in host.head.children
                    if c.dep_ in _NOMINAL_DEPS and case_of(c) in frame.theme_preps
                ]
        themes = [a for c in theme_tokens for a in args_of(c, frame.theme, frame.theme_np)]
        if not themes:
            # "une enquête sur le rachat de Figma par Adobe": the inquiry is about the
            # parties of the deal the nested noun names
            deals = [_planned_deal(c) or c for c in theme_tokens]
            themes = [
                a
                for c in deals
                if mention_at(c) is None and self._is_frame_noun(c)
                # ("par Uber" the parser hung elsewhere still names the buyer)
                for t in _participants(c) + _names_after(c, "par", in_phrase=True)[:1]
                for a in args_of(t, frame.theme)
            ]
        if themes and frame.theme_owner:
            # "des procédures contre X, la maison mère de Y, et contre Z": however the
            # parser coordinated them
            known = {a.mention for a in themes}
            themes += [
                a
                for t in _names_after(noun, "contre")
                for a in args_of(t, frame.theme)
                if a.mention not in known
            ]
        if not themes and frame.theme_owner:
            # "une enquête sur le modèle de Meta", "sur les pratiques de X": what an inquiry
            # looks into belongs to whom it investigates
            themes = [
                a
                for c in theme_tokens
                if mention_at(c) is None
                for t in _complements(c, DE)
                for a in args_of(t, frame.theme)
            ]
        if not themes and not frame.pair_preps:
            # "X fait l'objet d'une enquête de Y", "X est visée par une enquête de Y": the
            # clause's subject undergoes what the noun names
            undergoer = _undergoer(noun)
            themes = args_of(undergoer, frame.theme) if undergoer is not None else []
        if not themes:
            if frame.pair_preps and not _complements(noun, frame.pair_preps):
                yield from self._between_subjects(frame, noun)
            return
        agent_tokens = _complements(noun, frame.agent_preps)
        if not agent_tokens and frame.agent_preps:
            # "le rachat de Figma par Adobe": the parser hangs "par" on the theme, or on the
            # outer noun of "une enquête sur le rachat de ..."
            named = [t for t in theme_tokens if mention_at(t) is not None]
            hosts = named + ([noun.head] if _nested(noun) else [])
            agent_tokens = [
                c for h in hosts for c in _complements(h, frame.agent_preps) if c.i > noun.i
            ]
        if not agent_tokens and "par" in frame.agent_preps:
            agent_tokens = _names_after(noun, "par", in_phrase=True)[:1]  # hung elsewhere
        agents = [a for t in agent_tokens for a in args_of(t, frame.agent)]
        themes = [t for t in themes if all(t.mention != a.mention for a in agents)]
        confidence = CONFIDENCE
        if not agents:
            agents = self._implicit_agent(noun, frame)
            confidence *= IMPLICIT_FACTOR
        agents = [a for a in agents if a.mention.cls not in frame.excludes_agent_class]
        yield from pairs(self.name, confidence, agents, frame.relation, themes, noun)

    def _facing(self, face: Token) -> Iterator[Triple]:
        """``X se retrouve face à Y et Z``, ``X perd du terrain face à Y``, ``X, face à Y,``:
        a company set against another (not a regulator, a medium, a court case), a
        rivalry read from the locution alone: a low confidence."""
        rival = face.head
        if (
            face.dep_ != "case"
            or rival.i <= face.i
            or (mention_at(rival) is None and named_by(rival) is None)
        ):
            # ("face aux géants X et Y": the names the class noun introduces)
            return
        doc = face.doc
        sentence = {t.lemma_ for t in doc[sentence_start(face) : sentence_end(face)]}
        if sentence & _DISPUTES:
            return  # "a gagné son procès face à Y": adversaries in court
        agents = self._facing_holders(face, rival)
        if not agents and face.i > 0 and doc[face.i - 1].lower_ in {"et", "ou"}:
            # "face à Y, l'exploitant de Z, et face à W": the locution repeated holds for
            # the holder of the first one, wherever the parser hung the second
            first = next(
                (
                    t
                    for t in reversed(doc[sentence_start(face) : face.i - 1])
                    if fold(t.lemma_) in _FACING and t.dep_ == "case" and t.head.i > t.i
                ),
                None,
            )
            agents = self._facing_holders(first, first.head) if first is not None else []
        rivals = [a for a in args_of(rival, _COMPANIES) if a.mention.cls not in _NOT_RIVALS]
        if not sentence & _MARKET:
            # "se défend face à la CNIL": a regulator the typing may have missed; with no
            # word of a market, only names the text or the gazetteer calls companies
            agents = [a for a in agents if a.mention.cls == "Company"]
            rivals = [a for a in rivals if a.mention.cls == "Company"]
        yield from pairs(self.name, FACING_CONFIDENCE, agents, "competitorOf", rivals, face)

    @staticmethod
    def _facing_holders(face: Token, rival: Token) -> list[Arg]:
        """Who faces ``rival`` in ``face à rival``: the name the phrase hangs on, the
        subject of its verb, the owner of a standing (``renforce sa position face à Y``),
        the subject after a fronted phrase."""
        holder: Token | None = rival.head
        if holder is not None and mention_at(holder) is None:
            # a noun stands for the name it introduces ("le groupe X, face à Y,")
            holder = (
                subject_of(holder)
                if holder.pos_ in {"VERB", "AUX"}
                else holder
                if named_by(holder) is not None
                else None
            )
        if (
            rival.head.pos_ in {"VERB", "AUX"}
            and not args_of(holder, _COMPANIES)
            and (owner := _standing_owner(rival.head)) is not None
        ):
            # "l'opération renforce sa position face à Y": whose standing it is
            holder = owner
        if _fronted(face):
            # "Face au suédois Y, leader du marché, X mise sur ...": the parser hangs the
            # clause on the rival; the one who faces it is the subject after the phrase
            holder = _subject_after_fronted(rival)
        holders = [holder, *_coordinated_before(holder)] if holder is not None else []
        return [
            a for t in holders for a in args_of(t, _COMPANIES) if a.mention.cls not in _NOT_RIVALS
        ]

    def _same_market(self, noun: Token) -> Iterator[Triple]:
        """``X vise les mêmes clients que Y``, ``X et Y courtisent les mêmes industriels``:
        companies after the same customers or market are rivals; ``tout comme Z`` or
        ``ainsi que Z`` after the comparison adds Z to those who compete with Y."""
        verb = governing_verb(noun)
        if verb is None or verb.i > noun.i:
            return
        doc = noun.doc
        end = sentence_end(noun)
        subjects = args_of(subject_of(verb), _COMPANIES)
        j = noun.i + 1
        while j < end and doc[j].pos_ == "ADJ":
            j += 1  # "les mêmes clients industriels que Y"
        compared = j < end and doc[j].lower_ in {"que", "qu'"}
        rival = _name_after(doc, j + 1, end) if compared else None
        if rival is None:
            # "X et Y visent les mêmes clients": the coordinated subjects face each other
            for k, first in enumerate(subjects):
                yield from pairs(
                    self.name,
                    SAME_MARKET_CONFIDENCE,
                    [first],
                    "competitorOf",
                    subjects[k + 1 :],
                    noun,
                )
            return
        rivals = args_of(rival, _COMPANIES)
        agents = subjects + [
            a for name in _likewise_after(doc, rival.i + 1, end) for a in args_of(name, _COMPANIES)
        ]
        agents = [a for a in agents if a.mention.cls not in _NOT_RIVALS]
        rivals = [a for a in rivals if a.mention.cls not in _NOT_RIVALS]
        yield from pairs(self.name, SAME_MARKET_CONFIDENCE, agents, "competitorOf", rivals, noun)

    def _between_subjects(self, frame: NounFrame, noun: Token) -> Iterator[Triple]:
        """``X et Y ont noué un partenariat``, ``... renforcent leur alliance``: a pair noun
        the coordinated subject brings about or owns (an indefinite or possessive object;
        ``X et Y ont commenté l'alliance`` says nothing of theirs)."""
        if noun.dep_ != "obj" or not any(
            c.dep_ == "det"
            and ("Ind" in c.morph.get("Definite", []) or "Yes" in c.morph.get("Poss", []))
            for c in noun.children
        ):
            return
        subject = subject_of(noun)
        members = args_of(subject, frame.agent) if subject is not None else []
        if subject is not None:
            # "Google et Microsoft ont signé": the parser may head the clause on the first
            # name and keep only the second as subject; the names before it, joined by
            # "et" or commas, belong to the subject too
            before = [a for t in _joined_before(subject) for a in args_of(t, frame.agent)]
            members = list(dict.fromkeys(before + members))
        for i, first in enumerate(members):
            yield from pairs(
                self.name,
                CONFIDENCE * IMPLICIT_FACTOR,
                [first],
                frame.relation,
                members[i + 1 :],
                noun,
            )

    def _is_frame_noun(self, token: Token) -> bool:
        return token.pos_ == "NOUN" and bool(
            self._frames.get(fold(token.text)) or self._frames.get(token.lemma_)
        )

    @staticmethod
    def _implicit_agent(noun: Token, frame: NounFrame) -> list[Arg]:
        # the clause subject first: it expands to lists ("les géants, tels que X ou Y,
        # qui ont renforcé leur présence"), which a possessive's single antecedent cannot;
        # not for a noun inside another noun's complement ("la Commission a ouvert une
        # enquête sur le rachat de X": the Commission buys nothing)
        nested = _nested(noun) and not _as_adverb(noun)
        subject = None if nested or _when(noun) or _onlooked(noun) else subject_of(noun)
        host = _agreement_host(noun)
        if host is not None and not _nested(host) and not _when(host) and not _onlooked(host):
            subject = subject_of(host)  # "X a signé un accord de licence": X is a party
        if subject is not None and subject.i != noun.i:
            found = args_of(subject, frame.agent)
            if found:
                return found
        owner = _possessor(noun)
        if owner is not None:
            return args_of(owner, frame.agent)
        return _entry_topic(noun, frame.agent)

    def _located(self, frame: NounFrame, noun: Token) -> Iterator[Triple]:
        """Office, presence and seat frames: who (agent) is where (place)."""
        head = noun
        agents: list[Arg] = []
        if frame.object_heads:
            # "l'ouverture de son bureau": the office noun carries the possessor and places
            offices = [
                c
                for c in noun.children
                if c.dep_ == "nmod"
                and (fold(c.text) in frame.object_heads or c.lemma_ in frame.object_heads)
            ]
            if offices:
                head = offices[0]
        specific, general = _places(head, frame.place_preps)
        if head is not noun:
            more_specific, more_general = _places(noun, frame.place_preps)
            specific += more_specific
            general += more_general
        owners = [
            named_by(c) or c
            for h in dict.fromkeys((noun, head))
            for c in _complements(h, frame.agent_of_preps)
        ]
        owners = [c for c in owners if mention_at(c) is not None]
        if not specific and not general:
            # "la présence de Danone en Chine": the place hung on the owner's name
            general = [p for o in owners for p in _complements(o, frame.place_preps)]
        if not specific and not general:
            general = self._predicated_places(noun, frame.place_preps)
        if not specific and not general and _relative_owner(noun) is not None:
            general = self._places_read_after(noun, frame.place_preps)
        if not specific and not general and noun.dep_ == "obj":
            # "prépare son implantation aux États-Unis": the parser hangs the place on the verb
            general = [c for c in _complements(noun.head, frame.place_preps) if c.i > noun.i]
            # "à Rennes, où l'entreprise a son siège"
            where = where_antecedent(noun.head) if "à" in frame.place_preps else None
            general += [where] if where is not None else []
        if not specific and not general and noun.dep_ in {"nsubj", "nsubj:pass"}:
            # "à Lyon, où se trouve son siège", "où est installé le siège du groupe"
            where = where_antecedent(noun.head) if "à" in frame.place_preps else None
            general = [where] if where is not None else []
        places = [a for t in (specific or general) for a in args_of(t, frame.theme)]
        if not places:
            return
        if owners:
            agents = [a for t in owners for a in args_of(t, frame.agent)]
        if not agents:
            owner = _possessor(head) or _possessor(noun) or _relative_owner(noun)
            if frame.object_heads and head is noun:
                return  # "l'ouverture à Paris" of what? not an office frame
            subject = subject_of(noun)
            agents = args_of(subject, frame.agent) if subject is not None else []
            if not agents and owner is not None:
                agents = args_of(owner, frame.agent)
            if not agents:
                agents = _entry_topic(noun, frame.agent)
        places = [p for p in places if all(p.mention != a.mention for a in agents)]
        yield from pairs(self.name, CONFIDENCE, agents, frame.relation, places, noun)

    def _places_read_after(self, noun: Token, preps: frozenset[str]) -> list[Token]:
        """``dont le siège (social) est (toujours) (situé) à Y`` read word by word: the
        parser often loses that relative clause (it has tagged ``est`` as punctuation, or
        made it the sentence's root)."""
        doc = noun.doc
        end = sentence_end(noun)
        j = noun.i + 1
        while j < end and doc[j].pos_ == "ADJ":
            j += 1
        if j < end and doc[j].lemma_ == "être":
            j += 1
        while j < end and doc[j].pos_ == "ADV":  # ("toujours", "désormais")
            j += 1
        if j < end and doc[j].lemma_ in self._where_verbs:
            j += 1
        if j >= end or doc[j].lower_ not in preps:
            return []
        j += 1
        while j < end and doc[j].pos_ == "DET":
            j += 1
        return [doc[j]] if j < end and mention_at(doc[j]) is not None else []

    def _predicated_places(self, noun: Token, preps: frozenset[str]) -> list[Token]:
        """Where a clause says the noun is: ``le siège de X est situé à Y``, ``... est à Y``."""
        if noun.dep_ not in {"nsubj", "nsubj:pass"}:
            return []
        predicate = noun.head
        if any(c.dep_ == "cop" for c in predicate.children):
            return [predicate] if case_of(predicate) in preps else []
        if predicate.lemma_ not in self._where_verbs:
            return []
        return [named_by(c, through_de=True) or c for c in _complements(predicate, preps)]
