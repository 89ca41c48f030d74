"""Small, shared readings of a French dependency parse, used by coreference and extractors.

``fr_core_news_md`` parses news French well but not perfectly: subjects sometimes hang as
``advmod``, ``tel que`` lists attach anywhere, appositions come out as ``conj``. These
helpers combine the dependency tree with the linear order of the sentence, so that each
extractor asks simple questions (who is the subject of this verb? what does this noun
list?) and gets the same answer everywhere.

Example:
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Renault", "rachète", "Nissan", "et", "Dacia"]
    >>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[1, 1, 1, 4, 2],
    ...           deps=["nsubj", "ROOT", "obj", "cc", "conj"],
    ...           pos=["PROPN", "VERB", "PROPN", "CCONJ", "PROPN"])
    >>> subject_of(doc[1]).text
    'Renault'
    >>> [t.text for t in expand(doc[2])]
    ['Nissan', 'Dacia']
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from spacy.attrs import (
    DEP,
    HEAD,
    IDX,
    IS_PUNCT,
    IS_SPACE,
    LEMMA,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    SPACY,
)
from spacy.tokens import Doc, Span, Token

from kg.lexicon import (
    demonym_of,
    descriptions,
    folded_word_list,
    roles,
    verb_frame_lemma_fixes,
    verb_frames,
    word_list,
)
from kg.model import Mention
from kg.nlp import token_strings  # importing kg.nlp also registers the kg_ Doc extensions
from kg.ontology import coarse_class
from kg.text import fold

_SUBJECTS = ("nsubj", "nsubj:pass", "expl:subj")  # the last: a name the parser misread
#: The euphonic t of an inverted subject ("a-t-elle déclaré"), which the parser calls a subject.
_INVERTED_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on"})
_EUPHONIC = frozenset({"-t", "-t-"})
_RELATIVES = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
#: Dependencies through which a verb inherits its governor's subject (control, gerunds).
_INHERIT = frozenset({"xcomp", "advcl", "conj", "ccomp", "csubj"})
_TEL = frozenset({"tel", "tels", "telle", "telles", "notamment", "comme", "dont"})
_LIST_GLUE = frozenset({",", "et", "ou", "ainsi", "que", "mais", "aussi"})
#: "de" and its forms, as tokens or as case_of gives them.
DE = frozenset({"de", "d'", "d\u2019", "du", "des"})
#: The lemmas of a percentage's sign (``70 %``: the model reads ``pourcent``).
PERCENT = frozenset({"%", "pourcent"})
#: "de" before a bare noun or a name, elided or not (no article fused in, unlike "du").
DE_BARE = frozenset({"de", "d'", "d\u2019"})
#: Quotes that only open, and only close, a quotation (a straight quote may do either).
OPENING_GUILLEMETS = frozenset({"\u00ab", "\u201c"})
CLOSING_GUILLEMETS = frozenset({"\u00bb", "\u201d"})
#: Quotes that open and close a title or a name written in quotes: « Houblon 2030 », "Goéland".
OPENING_QUOTES = frozenset({"\u00ab", "\u201c", '"'})
CLOSING_QUOTES = frozenset({"\u00bb", "\u201d", '"'})
#: Demonstrative determiners ("cette ancienne acheteuse de X": someone named before).
DEMONSTRATIVE = frozenset({"ce", "cet", "cette"})
#: Determiners of a noun that refers back to something the text told of.
DEFINITE = frozenset({"le", "la", "l'", "l\u2019"}) | DEMONSTRATIVE
#: Prepositions fused with a definite article ("au tour de table", "du sous-traitant").
FUSED_ARTICLES = frozenset({"au", "aux", "du", "des"})
#: Prepositions of a bare complement between a class noun and its name ("la banque en
#: ligne X", "le groupe de services informatiques X").
BARE_COMPLEMENT = frozenset({"de", "d'", "d\u2019", "en"})
#: Nouns of prepositional phrases ending in "de": their "de" introduces no complement of
#: the word before ("aux côtés de X", "au sein de X", "à la suite de X").
LOCUTION_NOUNS = word_list("locution_nouns")
#: Dependencies by which a name follows the class noun it is named by (``le groupe Iliad``).
_NAMED_BY = frozenset({"nmod", "flat:name", "appos", "compound", "amod", "dep"})
_CLAUSE_BREAK = frozenset(
    {";", ":", ".", "?", "!", "qui", "que", "dont", "où", "(", ")", "«", "»", '"'}
)


#: Where spaCy keeps the values of the ``kg_mentions`` / ``kg_coref`` Doc extensions.
#: ``doc._.name`` builds an accessor object on every call, which made this lookup — asked
#: for nearly every token by every extractor — a tenth of kg's analysis time; reading the
#: stored value directly is the same value (tests/test_extract_grammar.py checks it).
MENTIONS_KEY = ("._.", "kg_mentions", None, None)
COREF_KEY = ("._.", "kg_coref", None, None)
GROUP_KEY = ("._.", "kg_coref_group", None, None)


@dataclass(frozen=True, slots=True)
class Words:
    """A chunk's token strings, read once: ``doc[i].text`` builds a ``Token`` and looks its
    string up at every call, and the loops over every token (role nouns, names) asked for
    them a few times per token; reading columns with ``Doc.to_array`` costs less than one
    such call per token.

    Attributes:
        chunk: ``doc.text`` (which spaCy joins anew at every call).
        text: ``token.text`` by token index.
        lower: ``token.lower_`` by token index.
        lemma: ``token.lemma_`` by token index.
        pos: ``token.pos_`` by token index.
        idx: ``token.idx`` (character offset in the chunk) by token index.
        punct: ``token.is_punct`` by token index.
        space: ``token.is_space`` by token index.
        sent_start: whether ``token.is_sent_start`` is True, by token index.
        sentence_starts: index of the first token of each sentence, in order, as
            ``Token.sent`` finds them; None when the chunk has no sentence boundaries or a
            user hook decides them (``Token.sent`` is then asked).
        dep: ``token.dep_`` by token index.
        head: ``token.head.i`` by token index (a root is its own head).
        children: ``[c.i for c in token.children]`` by token index, in word order: the
            grammar helpers walked ``Token.children`` and ``Token.head``, which build a
            ``Token`` per word they pass (the top cost of extraction before this column).
    """

    chunk: str
    text: tuple[str, ...]
    lower: tuple[str, ...]
    lemma: tuple[str, ...]
    pos: tuple[str, ...]
    idx: tuple[int, ...]
    punct: tuple[bool, ...]
    space: tuple[bool, ...]
    sent_start: tuple[bool, ...]
    sentence_starts: tuple[int, ...] | None
    dep: tuple[str, ...]
    head: tuple[int, ...]
    children: tuple[tuple[int, ...], ...]

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` for ``start < end``, without building the ``Span``.

        Example:
            >>> import spacy
            >>> doc = spacy.blank("fr")("le PDG  de Renault")
            >>> words(doc).span_text(1, 4) == doc[1:4].text
            True
        """
        last = end - 1
        return self.chunk[self.idx[start] : self.idx[last] + len(self.text[last])]


#: The last chunk read by :func:`words` with its table: mention detection, coreference and
#: every extractor read the same chunk in turn. One tuple, replaced whole, so that a thread
#: reading it never pairs one chunk with another's table.
_last_words: tuple[Doc, Words] | None = None


def words(doc: Doc) -> Words:
    """The :class:`Words` of ``doc``, read once per chunk (the last chunk's are kept).

    The table is not refreshed if the chunk changes afterwards: kg reads parsed chunks,
    which nothing edits.

    Example:
        >>> import spacy
        >>> words(spacy.blank("fr")("Sam Altman, cofondateur")).text
        ('Sam', 'Altman', ',', 'cofondateur')
    """
    global _last_words
    last = _last_words
    if last is not None and last[0] is doc:
        return last[1]
    strings = doc.vocab.strings
    attrs = [ORTH, LOWER, LEMMA, POS, IDX, DEP, SPACY, IS_PUNCT, IS_SPACE, SENT_START, HEAD]
    array = doc.to_array(attrs)
    orth, lower, lemma, pos, idx, dep = array[:, :6].T.tolist()
    # flags are 1 for yes (SENT_START is -1 for no, stored unsigned)
    spacy, punct, space, sent_start = (array[:, 6:10] == 1).T.tolist()
    # HEAD is the offset to the head, negative ones stored unsigned
    head = [i + offset for i, offset in enumerate(array[:, 10].astype("int64").tolist())]
    # a word lies within its head's edges, so Token.children lists exactly these, in order
    children: list[list[int]] = [[] for _ in head]
    for i, governor in enumerate(head):
        if governor != i:
            children[governor].append(i)
    text = token_strings(strings, orth)
    hooked = "sent" in doc.user_token_hooks or "sents" in doc.user_hooks
    sentenced = doc.has_annotation("SENT_START") and not hooked
    table = Words(
        # doc.text, without the Token object spaCy builds for each word to join them
        chunk="".join([w + " " if after else w for w, after in zip(text, spacy, strict=True)]),
        text=text,
        lower=token_strings(strings, lower),
        lemma=token_strings(strings, lemma),
        pos=token_strings(strings, pos),
        idx=tuple(idx),
        punct=tuple(punct),
        space=tuple(space),
        sent_start=tuple(sent_start),
        # (Token.sent starts the first sentence at token 0 whatever its flag says)
        sentence_starts=(
            tuple(i for i, start in enumerate(sent_start) if start or i == 0) if sentenced else None
        ),
        dep=token_strings(strings, dep),
        head=tuple(head),
        children=tuple(map(tuple, children)),
    )
    # the Doc is held with its table, so an identity check cannot hit a recycled object
    _last_words = (doc, table)
    return table


def sentence_start(token: Token) -> int:
    """``token.sent.start``, read from the chunk's table.

    ``Token.sent`` checks the whole chunk for boundaries, then walks the sentence both ways
    and builds two spans, at every call (~14 µs): the extractors asked it for the ends of
    the sentence around a token some 34,000 times per 300 documents, often once per word
    of a loop.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("fr")("Une phrase. Une autre phrase.")
        >>> doc[4].is_sent_start = True
        >>> sentence_start(doc[5]), sentence_end(doc[1])
        (4, 4)
    """
    starts = words(token.doc).sentence_starts
    if starts is None:
        return token.sent.start  # raises spaCy's own error when there are no boundaries
    return starts[bisect_right(starts, token.i) - 1]


def sentence_end(token: Token) -> int:
    """``token.sent.end``, read from the chunk's table (see :func:`sentence_start`)."""
    doc = token.doc
    starts = words(doc).sentence_starts
    if starts is None:
        return token.sent.end
    after = bisect_right(starts, token.i)
    return starts[after] if after < len(starts) else len(doc)


def sentence_of(token: Token) -> Span:
    """``token.sent``, its ends read from the chunk's table (see :func:`sentence_start`).

    Example:
        >>> import spacy
        >>> doc = spacy.blank("fr")("Une phrase. Une autre.")
        >>> doc[3].is_sent_start = True
        >>> sentence_of(doc[4]).text
        'Une autre.'
    """
    # (Span itself: ``doc[start:end]`` first checks the slice in Python, 2 µs a call)
    return Span(token.doc, sentence_start(token), sentence_end(token))


def subtree_indices(token: Token) -> frozenset[int]:
    """``{t.i for t in token.subtree}``, walked in the chunk's table.

    ``Token.subtree`` builds a ``Token`` for every word it yields; the verb-frame rules
    ask for a verb's subtree once per frame of its lemma.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["X", "rachète", "le", "groupe", "Y"],
        ...           heads=[1, 1, 3, 1, 3], deps=["nsubj", "ROOT", "det", "obj", "appos"])
        >>> sorted(subtree_indices(doc[3])) == [t.i for t in doc[3].subtree]
        True
    """
    children = words(token.doc).children
    found = [token.i]
    for i in found:  # (grows as it is read: each word's children join the walk)
        found.extend(children[i])
    return frozenset(found)


def mention_at(token: Token) -> Mention | None:
    """The mention a token belongs to: a named entity, or a resolved referring expression."""
    # spaCy's stub types user_data by str keys; its extension values live under tuples
    data: dict[Any, Any] = token.doc.user_data
    mentions = data.get(MENTIONS_KEY)
    found = mentions.get(token.i) if mentions else None
    if found is None:
        coref = data.get(COREF_KEY)
        if coref:
            found = coref.get(token.i)
    return found


def group_at(token: Token) -> tuple[Mention, ...]:
    """The entities a plural reference stands for (``les deux fonds``, ``ils``), in the
    order the text named them; empty for any other token. :func:`mention_at` gives the
    first of them, so a plural reference reads as a mention wherever one is asked for.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("fr")("Ils partent")
        >>> group_at(doc[0])
        ()
    """
    data: dict[Any, Any] = token.doc.user_data
    groups = data.get(GROUP_KEY)
    return groups.get(token.i, ()) if groups else ()


def is_reference(token: Token) -> bool:
    """Whether ``token`` heads a referring expression resolved by coreference."""
    data: dict[Any, Any] = token.doc.user_data
    coref = data.get(COREF_KEY) or {}
    return token.i in coref and token.i not in (data.get(MENTIONS_KEY) or {})


def referring_words(token: Token) -> str | None:
    """The words of the referring expression ``token`` heads (``l'entreprise``), if any."""
    if not is_reference(token):
        return None
    table = words(token.doc)
    left = token.i
    while (
        left > 0
        and table.head[left - 1] == token.i
        and table.pos[left - 1] in {"DET", "ADJ", "NUM"}  # ("les deux fonds")
    ):
        left -= 1
    right = token.i + 1
    while right < len(table.text) and table.head[right] == token.i and table.pos[right] == "ADJ":
        right += 1
    # ("celle-ci", which the tokenizer cuts in three words)
    while (
        right < len(table.text)
        and "-" in {table.text[right], table.text[right - 1]}
        and table.idx[right] == table.idx[right - 1] + len(table.text[right - 1])
    ):
        right += 1
    return table.span_text(left, right)


def _examples(token: Token) -> list[Token]:
    """Names listed after ``tel(le)s que`` / ``notamment`` / ``comme`` following a noun."""
    doc = token.doc
    table = words(doc)
    head = table.head
    size = len(table.text)
    noun = token.i
    i = noun + 1
    # skip the noun's own modifiers ("villes stratégiques ,"); the sentence ends at the
    # next sentence start (read from the table: most nouns list nothing, and Token.sent
    # walks the sentence)
    while (
        i < size
        and not table.sent_start[i]
        and table.lower[i] not in _TEL
        and (
            (table.pos[i] == "ADJ" and head[i] == noun)
            or table.text[i] == ","
            # "des concurrents mieux dotés comme X": a participle describing the noun,
            # with its adverb
            or (table.pos[i] == "VERB" and head[i] == noun and table.dep[i] == "acl")
            or (table.pos[i] == "ADV" and head[head[i]] == noun and head[i] > i)
            # "une vingtaine d'entreprises, dont X": the common noun a quantity counts
            or (
                table.lower[i] in DE
                and i + 1 < size
                and table.pos[i + 1] == "NOUN"
                and head[i + 1] == noun
                and mention_of_index(doc, i + 1) is None
            )
            or (table.pos[i] == "NOUN" and table.lower[i - 1] in DE and head[i] == noun)
        )
    ):
        i += 1
    if i >= size or table.sent_start[i] or table.lower[i] not in _TEL:
        return []
    if table.lower[i] == "dont" and any(mention_of_index(doc, k) for k in range(noun, i)):
        # "Continental, dont la solution X", "l'allemand Continental, dont": after a name,
        # "dont" is the relative ("whose"), never "including"
        return []
    end = sentence_end(token)
    i += 1
    if i < end and table.lower[i] == "que":
        i += 1
    found: list[Token] = []
    last: Mention | None = None
    while i < end:
        lower = table.lower[i]
        if lower in _CLAUSE_BREAK and lower != "que":
            break
        mention = mention_of_index(doc, i)
        if mention is not None:
            if not found or last != mention:
                found.append(doc[i])
                last = mention
        elif table.pos[i] in _VERBAL or _opens_apposition(table, i):
            break
        i += 1
    return found


def _opens_apposition(table: Words, i: int) -> bool:
    """``comme X et Y, mais aussi Z, filiale de W``: a common noun set off by a comma (and
    maybe a determiner) with a ``de`` complement describes the name before it; the names
    after it are no more examples of the list."""
    before = i - 1
    if before > 0 and table.pos[before] == "DET":
        before -= 1
    return (
        table.pos[i] == "NOUN"
        and before >= 0
        and table.text[before] == ","
        and i + 1 < len(table.text)
        and table.lower[i + 1] in DE
    )


_LIST_GLUE = frozenset({",", "et", "ou"})
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
_REPEATED_PREPS = DE | {"à", "au", "aux", "par"}


def start_of_name(token: Token, floor: int = 0) -> Token:
    """The first word of the mention ``token`` belongs to (``token`` when it is none),
    looking back no further than ``floor``.

    Example:
        >>> import spacy
        >>> from kg.model import Mention
        >>> doc = spacy.blank("fr")("selon Anne Roy")
        >>> doc._.kg_mentions = {1: (m := Mention("Anne Roy", "Person", 6, 14)), 2: m}
        >>> start_of_name(doc[2]).text
        'Anne'
    """
    doc, mention, i = token.doc, mention_at(token), token.i
    if mention is None:
        return token
    while i > floor and mention_of_index(doc, i - 1) is mention:
        i -= 1
    return doc[i]


def _end_of_name(token: Token) -> int:
    """Index of the last token of the mention ``token`` starts or belongs to."""
    doc, mention, end = token.doc, mention_at(token), token.i
    last = sentence_end(token)
    while end + 1 < last and mention_of_index(doc, end + 1) == mention:
        end += 1
    return end


def _listed_after(token: Token) -> list[Token]:
    """Names of the same kind listed right after ``token``, read in word order:
    ``par Arthur Mensch, Guillaume Lample et Timothée Lacroix``, ``auprès de X et de Y``.

    The parser often attaches such lists wrongly. Only a list that ends with ``et``/``ou``
    counts, and a name followed by a verb starts a new clause, not the list (``X rachète Y
    et Z vend W``).
    """
    first = mention_at(token)
    if first is None:
        return []
    doc, end = token.doc, sentence_end(token)
    table = words(doc)  # (the words read without a Token each)
    lower = table.lower
    kind = coarse_class(first.cls) if first.cls != "NamedEntity" else None
    found: list[Token] = []
    j = _end_of_name(token) + 1
    while j < end and lower[j] in _LIST_GLUE:
        closing = lower[j] in {"et", "ou"}
        k = j + 1
        if not closing and k < end and lower[k] in {"et", "ou"}:
            closing, k = True, k + 1  # "X, Y, et Z"
        if closing and k < end and lower[k] in _REPEATED_PREPS:
            k += 1  # "auprès de X et de Y"
        mention = mention_of_index(doc, k) if k < end else None
        if mention is None or lower[k] in _POSSESSIVES:
            return []  # ("X et son mari": a possessive coreference resolved is no name)
        if kind and mention.cls != "NamedEntity" and coarse_class(mention.cls) != kind:
            return []  # "Sam Altman et OpenAI": not one list
        # (the end of the name, as _end_of_name finds it: k lies in token's sentence)
        last = k
        while last + 1 < end and mention_of_index(doc, last + 1) == mention:
            last += 1
        if last + 1 < end and table.pos[last + 1] in _VERBAL:
            return []
        found.append(doc[k])
        if closing:
            return found
        j = last + 1
    return []


def expand(token: Token) -> list[Token]:
    """The token and everything coordinated with it or listed as its examples.

    ``Bruxelles, New York et Singapour``, ``des villes telles que Bruxelles et Paris`` and
    ``Google DeepMind ou Meta`` each expand to their named members; the order is the
    sentence's.
    """
    doc = token.doc
    table = words(doc)
    seen: dict[int, Token] = {}
    stack = [token, *_listed_after(token)]
    while stack:
        t = stack.pop()
        if t.i in seen:
            continue
        seen[t.i] = t
        heads = [t.i]
        title = table.head[t.i]
        if (
            table.dep[t.i] == "flat:name"
            and title == t.i - 1
            and table.pos[title] == "NOUN"
            and mention_of_index(doc, title) is None
        ):
            # "par M. Morin et son épouse": the parser coordinates with the title the name
            # follows
            heads.append(title)
        # (a Token built only for a conjunct: most words have none)
        stack.extend(
            c
            for c in (
                doc[j]
                for h in heads
                for j in table.children[h]
                if table.dep[j] == "conj" and table.pos[j] not in _VERBAL
            )
            if not _opens_clause(c, t)
            and not _closes_incise(c, t)
            and not _own_preposition(table, c.i, t.i)
            and not _negated_conjunct(table, c.i)
            and not _predicated(table, c.i)
            and not _parenthesised(table, c.i, t.i)
        )
        stack.extend(_examples(t))
        stack.extend(_after_incise(t))
    return sorted(seen.values(), key=lambda t: t.i)


def _parenthesised(table: Words, i: int, member: int) -> bool:
    """Whether conjunct ``i`` stands inside a parenthesis opened after ``member`` (``Sophie
    Roy (Bordeaux-Talence, 2012) rejoint``: the parser may coordinate a word of the
    parenthesis with the name it follows)."""
    between = table.text[member + 1 : i]
    return "(" in between and ")" not in between


#: Adverbs that deny a conjunct on their own: "présent en Italie mais pas en Chine",
#: "à Paris et non à Lyon".
_CONJUNCT_NEGATIONS = frozenset({"pas", "non", "jamais", "guère"})


def _predicated(table: Words, i: int) -> bool:
    """Whether conjunct ``i`` has a copula or a subject of its own (``présent en Norvège et
    en Finlande, X, dont le siège est à Rennes``): it is the predicate of another clause the
    parser hung there, not a member of the list."""
    return any(table.dep[c] in _PREDICATED for c in table.children[i])


def _negated_conjunct(table: Words, i: int) -> bool:
    """Whether conjunct ``i`` carries its own negation (``mais pas en Chine``): it is
    denied, not listed with the words before it."""
    return any(
        table.lower[c] in _CONJUNCT_NEGATIONS and table.dep[c] == "advmod"
        for c in table.children[i]
    )


def _incise_of(token: Token) -> Token | None:
    """The relative clause opened by a comma (``X, qui a racheté Y, ...``) that ``token``
    belongs to, as its verb; None if it belongs to none."""
    doc = token.doc
    t = token
    for _ in range(8):
        if t.head == t:
            return None
        if t.dep_ == "acl:relcl":
            first = t.left_edge.i
            return t if first > sentence_start(t) and doc[first - 1].text == "," else None
        t = t.head
    return None


def _closes_incise(conjunct: Token, first: Token) -> bool:
    """``B, qui a racheté Y, et C``: a conjunct after a comma and ``et``, the first member
    being inside a relative clause set off by commas, follows the clause's antecedent, not
    its object (French writes no comma before the ``et`` of a plain list)."""
    cc = next((c for c in conjunct.children if c.dep_ == "cc" and c.i < conjunct.i), None)
    if cc is None or cc.i == 0 or conjunct.doc[cc.i - 1].text != ",":
        return False
    incise = _incise_of(first)
    return incise is not None and incise.left_edge.i < first.i < cc.i


def _after_incise(token: Token) -> list[Token]:
    """The conjuncts that :func:`_closes_incise` took away from a relative clause on
    ``token`` (or on the class noun it names): ``B, qui a racheté Y, et C`` → C."""
    doc = token.doc
    table = words(doc)
    holders = [token.i]
    head = table.head[token.i]
    if table.dep[token.i] in {"flat:name", "nmod", "amod"} and head < token.i:
        holders.append(head)  # "le japonais Bridgestone, qui ..."
    found = []
    for holder in holders:
        for j in table.children[holder]:
            if table.dep[j] != "acl:relcl":
                continue  # (read from the table: most words head no relative clause)
            clause = doc[j]
            if _incise_of(clause) is not clause:
                continue
            found += [
                t
                for t in clause.subtree
                if t.dep_ == "conj" and t.pos_ not in {"VERB", "AUX"} and _closes_incise(t, t.head)
            ]
    return found


def _own_preposition(table: Words, conjunct: int, first: int) -> bool:
    """``emploie 85 salariés et chauffe 4 000 logements, notamment à Vernon et à
    Évreux``, ``Le groupe, maison mère de X, de Y et de Z, a annoncé``: a
    conjunct that brings a preposition its first member lacks (a bare subject or object)
    is another complement, not one more of the same thing.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("fr")("des logements à Vernon")
        >>> doc[2].dep_, doc[2].head = "case", doc[3]
        >>> _own_preposition(words(doc), 3, 1)
        True
    """
    return not any(table.dep[c] == "case" for c in table.children[first]) and any(
        table.dep[c] == "case" and c < conjunct for c in table.children[conjunct]
    )


def _opens_clause(conjunct: Token, first: Token) -> bool:
    """``rachète Kelvo et la société Altéa vend Brenner``: a conjunct followed by the verb
    of another clause than its first member's is that clause's subject, whatever the
    parser says (``Vernel et Altéa ont signé`` is one subject of one verb)."""
    after = conjunct.right_edge.i + 1
    if after >= sentence_end(conjunct) or conjunct.doc[after].pos_ not in {"VERB", "AUX"}:
        return False
    following = conjunct.doc[after]
    verb = following if following.pos_ == "VERB" else following.head
    return verb != governing_verb(first) and verb.i > first.i


_VERBAL = frozenset({"VERB", "AUX"})
#: Dependencies of a predicate's own words: its copula or its subject.
_PREDICATED = frozenset({"cop", "nsubj", "nsubj:pass"})


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` (itself if it is a verb)."""
    table = words(token.doc)
    i = token.i
    for _ in range(20):
        # a word with a subject is a predicate even when tagged a noun ("X enquête sur Y")
        if table.pos[i] in _VERBAL or _predicated(table, i):
            return token if i == token.i else token.doc[i]
        if table.head[i] == i:
            return None
        i = table.head[i]
    return None


def is_gerund(verb: Token) -> bool:
    """``en signant``: the gerund shares the subject of the clause it modifies."""
    return any(c.dep_ == "mark" and c.lower_ == "en" for c in verb.children)


def where_antecedent(verb: Token) -> Token | None:
    """``réuni à Rennes, où l'entreprise a son siège``: the name ``où`` stands for, the
    one written right before it (the parser hangs such a clause anywhere).

    Example:
        >>> import spacy
        >>> from kg.model import Mention
        >>> doc = spacy.blank("fr")("à Rennes , où il vit")
        >>> doc[1].dep_, doc[3].dep_, doc[3].head = "obl", "obl", doc[5]
        >>> doc._.kg_mentions = {1: Mention("Rennes", "City", 2, 8)}
        >>> where_antecedent(doc[5]).text
        'Rennes'
    """
    doc = verb.doc
    for child in verb.children:
        if child.lower_ == "où" and child.i < verb.i and child.i > sentence_start(verb):
            before = doc[child.i - 1]
            if before.text == "," and before.i > sentence_start(verb):
                before = doc[before.i - 1]
            mention = mention_at(before)
            if mention is not None and mention.cls == "NamedEntity" and _after_locative(before):
                return before  # "à Vire, où il vit": a name NER could not type, but a place
            if mention is None or mention.cls == "NamedEntity":
                return None
            return before if coarse_class(mention.cls) == "Place" else None
    return None


#: Prepositions that make the name after them a place: "à Vire, où ...".
_LOCATIVES = frozenset({"à", "en", "dans"})


def _after_locative(token: Token, prepositions: frozenset[str] = _LOCATIVES) -> bool:
    """Whether the name ``token`` ends is introduced by a locative preposition (or another
    of ``prepositions``)."""
    mention = mention_at(token)
    doc = token.doc
    i = token.i
    while i > 0 and mention_of_index(doc, i - 1) == mention:
        i -= 1
    return i > 0 and doc[i - 1].lower_ in prepositions


def inverted_subject(token: Token) -> bool:
    """``a-t-il plaisanté``: a pronoun hyphenated after its verb is its subject, whatever
    the parser made of it (it takes the euphonic ``-t`` for the subject).

    Example:
        >>> import spacy
        >>> doc = spacy.blank("fr")("a-t-il dit")
        >>> [t.text for t in doc if inverted_subject(t)]
        ['-il']
    """
    return token.text[:1] == "-" and token.lower_[1:] in _INVERTED_PRONOUNS


def _inverted_at(table: Words, i: int) -> bool:
    """:func:`inverted_subject` of the word at index ``i``, read from its chunk's table."""
    return table.text[i][:1] == "-" and table.lower[i][1:] in _INVERTED_PRONOUNS


def subject_of(token: Token) -> Token | None:
    """The subject of the clause a token belongs to, following control and gerunds.

    A relative pronoun (``qui``) is replaced by the noun the relative clause modifies. When
    the parser left the subject unattached (a sentence-initial name parsed as ``advmod``),
    the leftmost mention before the main verb that no preposition introduces is taken.
    """
    verb = governing_verb(token)
    for _ in range(10):
        if verb is None:
            return None
        doc = verb.doc
        table = words(doc)
        kids = table.children[verb.i]
        subjects = [
            doc[c]
            for c in kids
            if (table.dep[c] in _SUBJECTS and table.lower[c] not in _EUPHONIC)
            or _inverted_at(table, c)
        ]
        # "a-t-elle expliqué" with "-elle" hung on the euphonic "-t"
        subjects += [
            doc[c + 1]
            for c in kids
            if table.lower[c] in _EUPHONIC
            and c + 1 < len(table.text)
            and _inverted_at(table, c + 1)
        ]
        if any(c.i < verb.i for c in subjects):
            # "La holding X le cède à Y, la filiale du groupe Z": a name the parser made a
            # second subject past a comma after the verb is none when one stands before it
            subjects = [c for c in subjects if c.i < verb.i or "," not in table.text[verb.i : c.i]]
        # "Le groupe L'Oréal a racheté": two subjects for one phrase; the named one
        subjects.sort(key=lambda c: mention_at(c) is None)
        for child in subjects:
            if child.lower_ in _RELATIVES and verb.dep_.startswith("acl"):
                head = verb.head
                near = relative_antecedent(child)
                while near is not None and near.dep_ == "flat:name" and near.head.i < near.i:
                    near = near.head  # (the first word of the name)
                if (
                    near is not None
                    and near.dep_ == "conj"
                    and near.head == head
                    and not _plural_clause(verb)
                ):
                    # "cofondée par X et Y, qui en est la directrice": a singular relative
                    # after the last of coordinated names is about that one
                    return near
                if _plural_clause(verb):
                    # "X et Y, qui dirigent Z": about the whole coordination
                    while head.dep_ == "conj" and head.head.i < head.i:
                        head = head.head
                if mention_at(head) is None and head.pos_ in {"NOUN", "PROPN"}:
                    # "X, une Lyonnaise passée par Y, qui a rejoint Z": the name described
                    return _described_name(head) or head
                if head.pos_ in {"VERB", "AUX"}:
                    # "succède à X, qui avait fondé Y": hung on the verb, about the name
                    return relative_antecedent(child) or head
                return head
            if child.lower_ in _RELATIVES:
                # the parser hung the relative clause elsewhere ("..., qui est
                # elle-même membre de Z" as advcl): its antecedent is the name before it
                return relative_antecedent(child) or child
            return (
                _relative_misread_as_subject(child, verb)
                or _named_before_apposition(child)
                or _named_after_apposition(child)
                or _after_fronted_participle(child, verb)
                or _after_kicker(child, verb)
                or child
            )
        if verb.dep_ in _GLUED_VERB and _follows_its_name(verb):
            return verb.head
        if verb.dep_ == "acl" and (described := _after_its_apposition(verb)) is not None:
            return described
        misread = misread_verb(verb)
        if misread is not None:
            return misread.head
        if verb.dep_ == "acl:relcl" and any(
            t.lower_ in _RELATIVES for t in verb.doc[verb.head.i + 1 : verb.i]
        ):
            # "les géants, qui ont renforcé ...": the parser may hang "qui" elsewhere
            return verb.head
        controller = _object_controller(verb)
        if controller is not None:
            return controller
        if (
            verb.dep_ in _INHERIT
            or is_gerund(verb)
            or _attribute_infinitive(verb)
            or _purpose_infinitive(verb)
        ):
            governor = governing_verb(verb.head)
            opened = _opened_by_colon(governor, verb) if verb.dep_ != "xcomp" else None
            if opened is not None:
                # "Les Echos ouvrent le bal : X va racheter Y": a clause after a colon is
                # no clause of the verb before it, whose subject is not its own
                return opened
            que = _completive_que(governor, verb) if verb.dep_ != "xcomp" else None
            if que is not None:
                # "Il a confirmé que X avait racheté Y" with X hung elsewhere: a clause
                # that "que" opens has its own subject, never the governor's
                return subject_before(verb.doc, que + 1, verb.i)
            verb = governor
            continue
        if verb.dep_ == "ROOT" or verb.head == verb:
            return _initial_mention(verb)
        return None
    return None


#: Words between a verb that governs an infinitive and that infinitive: "prévoit d'ouvrir",
#: "compte s'implanter".
_BEFORE_INFINITIVE = frozenset({"de", "d'", "d\u2019", "se", "s'", "s\u2019"})


def misread_verb(verb: Token) -> Token | None:
    """The verb the tagger read as a noun glued to a name, if one governs the infinitive
    ``verb``: in ``Vernel compte ouvrir un bureau``, ``compte`` comes out as a ``flat:name``
    of Vernel and ``ouvrir`` hangs elsewhere. A bare noun right after a name and right before
    an infinitive, whose form is a known verb form (``lemma_fixes`` of verbs.json), is that
    verb; its lemma is then ``verb_frame_lemma_fixes()[token.lower_]``.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> from kg.model import Mention
        >>> doc = Doc(spacy.blank("fr").vocab, words=["Vernel", "compte", "ouvrir", "un", "bureau"],
        ...           heads=[0, 0, 0, 4, 2], deps=["ROOT", "flat:name", "acl", "det", "obj"],
        ...           pos=["PROPN", "NOUN", "VERB", "DET", "NOUN"],
        ...           morphs=["", "", "VerbForm=Inf", "", ""])
        >>> doc._.kg_mentions = {0: Mention("Vernel", "Organization", 0, 6)}
        >>> misread_verb(doc[2]).text
        'compte'
    """
    if "Inf" not in verb.morph.get("VerbForm", []):
        return None
    doc = verb.doc
    i = verb.i - 1
    while i > sentence_start(verb) and doc[i].lower_ in _BEFORE_INFINITIVE:
        i -= 1
    token = doc[i]
    if (
        i <= sentence_start(verb)
        or token.pos_ != "NOUN"
        or token.lower_ not in verb_frame_lemma_fixes()
        or any(c.dep_ in {"det", "case"} for c in token.children)
    ):
        return None
    name = mention_at(token.head)
    if name is None or mention_at(doc[i - 1]) is not name or mention_at(token) is not None:
        return None
    return token


#: Endings of a past participle of the first conjugation, most verbs' (the forms
#: ``misread_participle`` recognises).
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
#: Tags the tagger gives a participle it does not know, capitalised at a sentence start
#: (the same "Cofondée" comes out a noun, a proper noun, an interjection or an adverb).
_MISREAD_PARTICIPLE_TAGS = frozenset({"NOUN", "PROPN", "INTJ", "X", "ADV"})


#: Endings of a regular past participle, with the infinitive ending they stand for.
_PARTICIPLE_INFINITIVES = (
    ("ées", "er"),
    ("és", "er"),
    ("ée", "er"),
    ("é", "er"),
    ("ies", "ir"),
    ("is", "ir"),
    ("ie", "ir"),
    ("i", "ir"),
)


#: Endings of a regular past participle of either conjugation (``fondé``, ``établies``).
REGULAR_PARTICIPLE_ENDINGS = tuple(ending for ending, _ in _PARTICIPLE_INFINITIVES)


@functools.cache
def _frame_lemmas() -> frozenset[str]:
    return frozenset(lemma for frame in verb_frames() for lemma in frame.lemmas)


@functools.lru_cache(maxsize=8192)  # asked of every word the frames' lemmas miss
def participle_infinitive(form: str) -> str | None:
    """The lemma of a frame verb whose regular past participle ``form`` is (lower case),
    else None: the lemma the frames need for a participle the tagger took for a name or a
    noun (``Fondés`` opening ``Fondés en 1952 par X, les Y ...``), irregular ones being
    ``lemma_fixes`` of verbs.json.

    Example:
        >>> participle_infinitive("fondées"), participle_infinitive("établi")
        ('fonder', 'établir')
        >>> participle_infinitive("société") is None
        True
    """
    fixed = verb_frame_lemma_fixes().get(form)
    if fixed is not None:
        return fixed
    for ending, infinitive in _PARTICIPLE_INFINITIVES:
        if form.endswith(ending) and len(form) > len(ending) + 2:
            lemma = form[: -len(ending)] + infinitive
            return lemma if lemma in _frame_lemmas() else None
    return None


#: Endings of the present tense of a verb of the first conjugation (``présentent``,
#: ``présentes``, ``présente``), longest first.
_PRESENT_ENDINGS = ("ent", "es", "e")


@functools.lru_cache(maxsize=8192)  # asked of every word the frames' lemmas miss
def present_infinitive(form: str) -> str | None:
    """The lemma of a frame verb of the first conjugation whose present-tense ``form`` is
    (lower case), else None: the model leaves some such forms as their own lemma
    (``présente``, ``signe``, ``préside``), which no frame knows.

    Example:
        >>> present_infinitive("présente"), present_infinitive("signent")
        ('présenter', 'signer')
        >>> present_infinitive("monde") is None
        True
    """
    for ending in _PRESENT_ENDINGS:
        if form.endswith(ending) and len(form) > len(ending) + 2:
            lemma = form[: -len(ending)] + "er"
            return lemma if lemma in _frame_lemmas() else None
    return None


def misread_participle(token: Token) -> bool:
    """Whether the tagger read a past participle as a noun: a bare word whose form is a
    known participle (``lemma_fixes`` of verbs.json) and no determiner, as the capitalised
    ``Cofondée`` opening ``Cofondée en 2019 par X, la société ...``.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["Cofondée", "en", "2019"],
        ...           pos=["NOUN", "ADP", "NUM"])
        >>> misread_participle(doc[0]), misread_participle(doc[2])
        (True, False)
    """
    return (
        token.pos_ in _MISREAD_PARTICIPLE_TAGS
        and token.lower_.endswith(PARTICIPLE_ENDINGS)
        and participle_infinitive(token.lower_) is not None
        and not any(c.dep_ == "det" for c in token.children)
    )


#: Verbs whose "à" object, not their subject, does what the infinitive says: "permettra à
#: X d'ouvrir", "reproche à X d'avoir entraîné", "a demandé à X de céder".
OBJECT_CONTROL = word_list("object_control_verbs")
_TO = frozenset({"à", "au", "aux"})
_PLACE_OR_TO = _LOCATIVES | _TO


def _object_controller(verb: Token) -> Token | None:
    """The ``à`` object of an object-control verb that governs the infinitive ``verb``
    (``permettra à X d'ouvrir`` → X), whether the parser hung the infinitive on that verb
    or on the object itself."""
    if not (verb.dep_ in {"xcomp", "acl", "ccomp"} and _introduced_by_de(verb)):
        return None
    head = verb.head
    if verb_lemma(head) in OBJECT_CONTROL:
        objects = [
            c
            for c in head.children
            if c.dep_ in {"obl:arg", "iobj", "obl"} and c.i < verb.i and case_of(c) in _TO
        ]
        return objects[0] if objects else None
    if head.dep_ in {"obl:arg", "iobj", "obl"} and verb_lemma(head.head) in OBJECT_CONTROL:
        return head if case_of(head) in _TO else None
    return None


def verb_lemma(token: Token) -> str:
    """The lemma of a verb, corrected where the model lemmatises the form wrongly
    (``vit`` as *voir*, ``reste`` as the noun: ``lemma_fixes`` of verbs.json; a frame
    verb's present tense left as its own lemma: :func:`present_infinitive`).

    Example:
        >>> import spacy
        >>> verb_lemma(spacy.blank("fr")("vit")[0])
        'vivre'
    """
    lower = token.lower_
    fixed = verb_frame_lemma_fixes().get(lower)
    if fixed is not None:
        return fixed
    lemma = token.lemma_
    # (most lemmas differ from their form: the cheap test first)
    if lemma == lower and _own_lemma_verb(token):
        return present_infinitive(lower) or lemma
    return lemma


def _own_lemma_verb(token: Token) -> bool:
    """Whether the model left a verb's form as its lemma, with no copula making it an
    adjective, and, when a frame knows the form as an adjective's (``présente``), with an
    object (``elle présente un modèle``, not ``elle est présente``, ``Présente en Chine,
    ...``): its lemma may be :func:`present_infinitive`'s."""
    if token.pos_ != "VERB" or token.lemma_ != token.lower_:
        return False
    children = [c.dep_ for c in token.children]
    if "cop" in children:
        return False
    return token.lower_ not in _frame_lemmas() or "obj" in children


def _introduced_by_de(verb: Token) -> bool:
    """Whether an infinitive is introduced by ``de`` (``d'avoir entraîné``)."""
    infinitive = "Inf" in verb.morph.get("VerbForm", []) or any(
        c.dep_ == "aux:tense" and "Inf" in c.morph.get("VerbForm", []) for c in verb.children
    )
    return infinitive and any(c.dep_ == "mark" and c.lower_ in DE for c in verb.children)


def _attribute_infinitive(verb: Token) -> bool:
    """``X devient la première femme à diriger Y``: an infinitive on the attribute of
    ``être``/``devenir`` has the copula's subject as its own."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and "Inf" in verb.morph.get("VerbForm", [])
        and any(c.dep_ == "mark" and c.lower_ == "à" for c in verb.children)
        and noun.head.lemma_ in _ATTRIBUTE_VERBS
        and noun.dep_ in {"obj", "xcomp", "ROOT", "nsubj"}
    )


def _purpose_infinitive(verb: Token) -> bool:
    """``X a signé un protocole en vue de racheter Y``: an infinitive the parser hung on the
    noun of a locution of purpose (``en vue de``, ``dans le but de``) has the subject of the
    verb that locution modifies as its own."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and "Inf" in verb.morph.get("VerbForm", [])
        and any(c.dep_ == "mark" and c.lower_ in DE for c in verb.children)
        and noun.lemma_ in _PURPOSE_NOUNS
        and noun.dep_ in {"obl", "obl:mod"}
        and noun.head.pos_ in {"VERB", "AUX"}
    )


#: Verbs whose complement is an attribute of their subject.
_ATTRIBUTE_VERBS = word_list("copula_verbs")
#: Nouns of a locution of purpose: "en vue de", "dans le but de".
_PURPOSE_NOUNS = word_list("purpose_nouns")
#: How the parser hangs a verb on the unfamiliar name before it ("Kingfisher possède Y").
_GLUED_VERB = frozenset({"acl", "flat:foreign", "flat:name", "dep", "appos"})
#: Verbs conjugated with "être" in the active voice: "X est né à Y" is no passive.
UNACCUSATIVES = word_list("unaccusative_verbs")


def clause_start(verb: Token) -> int:
    """Index of the first of the auxiliaries right before ``verb`` (``verb.i`` if none):
    where an incise such as ``», a confié X`` starts.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["»", ",", "a", "confié"],
        ...           heads=[3, 3, 3, 3], deps=["punct", "punct", "aux:tense", "ROOT"])
        >>> clause_start(doc[3])
        2
    """
    doc = verb.doc
    first = verb.i
    # (the parser may hang a quoted verb on it as an auxiliary too: only adjacent ones count)
    while first > 0 and doc[first - 1].dep_.startswith("aux") and doc[first - 1].head == verb:
        first -= 1
    return first


def _follows_its_name(verb: Token) -> bool:
    """``Marie Durand habite à Y``, ``Airbus rivalise avec Y``: the parser sometimes hangs a
    conjugated verb on the name before it as a modifier. Only a participle (``Y, racheté
    par X``) or an introduced infinitive (``une machine à laver``) modifies a noun that way,
    so a bare non-participle right after the name has that name as its subject (a
    participle too when its auxiliary makes it a tense: ``X, 52 ans, a fondé Y``)."""
    if verb.i == 0 or (
        "Part" in verb.morph.get("VerbForm", [])
        and not any(c.dep_ == "aux:tense" for c in verb.children)
    ):
        return False
    if any(c.dep_ in {"mark", "case"} and c.i < verb.i for c in verb.children):
        return False
    name = mention_at(verb.head)
    return name is not None and (
        mention_at(verb.doc[verb.i - 1]) is name or _after_age_of(verb, name)
    )


def _after_its_apposition(verb: Token) -> Token | None:
    """``X, ancien cadre de Y, dirige Z``: a conjugated verb the parser hung inside the
    apposition set off after a name, right after the apposition's closing comma, has that
    name as its subject (a participle with no auxiliary, or a verb after ``qui`` or a
    preposition, modifies a noun)."""
    if "Fin" not in verb.morph.get("VerbForm", []) and not any(
        c.dep_ == "aux:tense" for c in verb.children
    ):
        return None
    if any(c.dep_ in {"mark", "case", "nsubj", "nsubj:pass"} for c in verb.children):
        return None
    doc = verb.doc
    start = clause_start(verb)
    if start < 1 or doc[start - 1].text != ",":
        return None
    apposition = verb.head
    while apposition.dep_ != "appos" and apposition.head.i < apposition.i:
        apposition = apposition.head
    name = apposition.head
    if apposition.dep_ != "appos" or name.i > apposition.i or mention_at(name) is None:
        return None
    first = min(t.i for t in apposition.subtree)
    return name if first >= 1 and doc[first - 1].text == "," else None


#: Nouns of an age set off after a name: "X, 47 ans, dirige Y".
_AGE_NOUNS = frozenset({"ans", "an"})


def _after_age_of(verb: Token, name: Mention) -> bool:
    """Whether ``verb``'s clause follows an age set off by commas right after the name
    (``X, 47 ans, dirige Y``, ``X, 52 ans, a fondé Y``)."""
    doc = verb.doc
    i = clause_start(verb)
    return (
        i >= 5
        and doc[i - 1].text == ","
        and doc[i - 2].lower_ in _AGE_NOUNS
        and doc[i - 3].like_num
        and doc[i - 4].text == ","
        and mention_at(doc[i - 5]) is name
    )


def _named_before_apposition(noun: Token) -> Token | None:
    """``X, ancien directeur de Y, a fondé Z``: the parser makes the apposition's noun the
    subject; the name before the comma is."""
    if noun.pos_ != "NOUN" or mention_at(noun) is not None:
        return None
    # "X, la filiale du groupe Y, a noué": a role's complement names its holder's partner,
    # not the subject; another noun that names ("la start-up Y") is the subject
    if named_by(noun) is not None and fold(noun.lemma_) not in roles():
        return None
    doc = noun.doc
    # the apposition is closed by a comma before its verb ("..., a fondé"): otherwise the
    # comma before the noun ends something else ("Fondée à Berlin, la fintech ...")
    verb = noun.head
    if not any(t.text == "," for t in doc[noun.right_edge.i + 1 : verb.i]):
        return None
    i = noun.i - 1
    while i > sentence_start(noun) and doc[i].pos_ in {"DET", "ADJ", "ADV"}:
        i -= 1
    if i - 1 >= sentence_start(noun) and doc[i].text == "," and mention_at(doc[i - 1]) is not None:
        return doc[i - 1]
    return None


def _after_fronted_participle(subject: Token, verb: Token) -> Token | None:
    """``Installée à Nice, Kelvo a été fondée par X``: the parser made the participle that
    opens the sentence the verb's subject; in French order the subject is the name (or
    the described noun) between the last comma before the verb and the verb."""
    if not (
        subject.is_sent_start
        and subject.pos_ == "VERB"
        and "Part" in subject.morph.get("VerbForm", [])
        and mention_at(subject) is None
        and subject.i < verb.i
    ):
        return None
    doc = subject.doc
    commas = [t.i for t in doc[subject.i : verb.i] if t.text == ","]
    if not commas:
        return None
    return subject_before(doc, commas[-1] + 1, verb.i)


def _relative_misread_as_subject(child: Token, verb: Token) -> Token | None:
    """``X, dont le siège est à Y, a été créée par Z``: the parser may make the relative
    clause (its verb, or the noun ``dont`` opens) the subject and the name before it a
    complement; the name the relative pronoun follows is the subject."""
    if child.i > verb.i:
        return None
    pronoun = next(
        (t for t in child.subtree if t.i < child.i and t.lower_ in {"dont", "qui"}), None
    )
    if pronoun is None:
        return None
    named = relative_antecedent(pronoun)
    if named is None or not (named in child.subtree or child.left_edge == pronoun):
        return None
    return named


def _after_kicker(subject: Token, verb: Token) -> Token | None:
    """``Industrie : les Forges Martel s'implantent à Lyon``: a headline's kicker (a
    rubric or a topic before a colon) that the parser made the verb's subject; the subject
    is the name or the described noun that opens what follows the colon.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab,
        ...           words=["Industrie", ":", "la", "société", "s'", "implante", "à", "Lyon"],
        ...           heads=[5, 0, 3, 0, 5, 5, 7, 5],
        ...           deps=["nsubj", "punct", "det", "nmod", "expl:comp", "ROOT", "case", "obl"],
        ...           pos=["NOUN", "PUNCT", "DET", "NOUN", "PRON", "VERB", "ADP", "PROPN"])
        >>> _after_kicker(doc[0], doc[5]).text
        'société'
    """
    doc = subject.doc
    text = words(doc).text
    # (read from the table: asked of nearly every subject, and most sentences have no colon)
    colon = next((j for j in range(sentence_start(subject), verb.i) if text[j] == ":"), None)
    if colon is None or not subject.i < colon:
        return None
    return subject_before(doc, colon + 1, verb.i)


#: Words before "que" that make it no subordinating conjunction: "ainsi que" coordinates,
#: "plus que" compares.
_NOT_COMPLETIVE = frozenset({"ainsi", "plus", "moins", "autant", "davantage", "ne", "n'"})


def _completive_que(governor: Token | None, verb: Token) -> int | None:
    """Index of the conjunction ``que`` that opens the finite clause of ``verb`` after its
    governor (``a confirmé que X avait racheté Y``), or None: nothing but the clause's
    subject and auxiliaries stand between them, no coordination nor other verb.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = ["Il", "dit", "que", "Kelvo", "rachète", "Alba"]
        >>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[1, 1, 3, 1, 1, 4],
        ...           deps=["nsubj", "ROOT", "mark", "obj", "advcl", "obj"],
        ...           pos=["PRON", "VERB", "SCONJ", "PROPN", "VERB", "PROPN"],
        ...           morphs=["", "VerbForm=Fin", "", "", "VerbForm=Fin", ""])
        >>> _completive_que(doc[1], doc[4])
        2
    """
    if governor is None or governor.i >= verb.i:
        return None
    # (a compound tense: its auxiliary is the finite word)
    finite = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    if not any("Fin" in t.morph.get("VerbForm", []) for t in finite):
        return None
    table = words(verb.doc)
    for j in range(verb.i - 1, governor.i, -1):
        if table.lower[j] in {"que", "qu'", "qu\u2019"}:
            if table.pos[j] != "SCONJ" or table.lower[j - 1] in _NOT_COMPLETIVE:
                return None
            return j
        if table.pos[j] in {"VERB", "CCONJ", "PUNCT"} or table.lower[j] in _RELATIVES:
            return None
    return None


def _opened_by_colon(governor: Token | None, verb: Token) -> Token | None:
    """The subject that opens a clause set after a colon (``Les Echos ouvrent le bal : X
    va racheter Y`` → X), when the parser hung that clause on the verb before the colon."""
    if governor is None or governor.i >= verb.i:
        return None
    text = words(verb.doc).text
    colon = next((j for j in range(verb.i - 1, governor.i, -1) if text[j] == ":"), None)
    return subject_before(verb.doc, colon + 1, verb.i) if colon is not None else None


def subject_before(doc: Doc, start: int, verb: int) -> Token | None:
    """The name, or the noun with its determiner, that opens ``doc[start:verb]`` (only
    determiners and adjectives before it): in French order, the subject of the verb at
    ``verb`` when a comma ends what came before (``Installée à Nice, Kelvo a ...``).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=[",", "la", "société", "emploie"],
        ...           heads=[3, 2, 3, 3], deps=["punct", "det", "nsubj", "ROOT"],
        ...           pos=["PUNCT", "DET", "NOUN", "VERB"])
        >>> subject_before(doc, 1, 3).text
        'société'
    """
    for token in doc[start:verb]:
        if mention_at(token) is not None or (
            token.pos_ == "NOUN" and any(c.dep_ == "det" for c in token.children)
        ):
            return token
        if token.pos_ not in {"DET", "ADJ"}:
            break
    return None


def _named_after_apposition(noun: Token) -> Token | None:
    """``Le directeur technique de la start-up ..., Baptiste Renaud, a quitté``: a role
    noun subject whose holder is named between commas right before the verb (the parser
    hung the name elsewhere)."""
    if noun.pos_ != "NOUN" or mention_at(noun) is not None:
        return None
    if fold(noun.lemma_) not in roles() and fold(noun.text) not in roles():
        return None
    doc, verb = noun.doc, noun.head
    i = verb.i - 1
    while i > noun.i and doc[i].pos_ == "AUX":
        i -= 1
    if i <= noun.i or doc[i].text != ",":
        return None
    name = mention_at(doc[i - 1])
    if name is None or not _is_person(name.cls):
        return None
    start = i - 1
    while start - 1 > noun.i and mention_at(doc[start - 1]) is name:
        start -= 1
    return doc[start] if doc[start - 1].text == "," else None


def _plural_clause(verb: Token) -> bool:
    """Whether a clause's verb (or its copula or auxiliary) is plural."""
    return any(
        "Plur" in t.morph.get("Number", [])
        for t in [verb, *(c for c in verb.children if c.dep_ in {"cop", "aux:tense", "aux:pass"})]
        if t.pos_ in {"VERB", "AUX"}
    )


def relative_antecedent(pronoun: Token) -> Token | None:
    """The name a relative pronoun follows: ``Y (ACR), qui`` → ``Y``; None if no name
    stands right before it (only commas and a parenthesis may come between)."""
    doc = pronoun.doc
    i = pronoun.i - 1
    while i >= sentence_start(pronoun):
        t = doc[i]
        if t.text == ",":
            i -= 1
        elif t.text == ")":
            i = before_aside(doc, i, sentence_start(pronoun))
        else:
            break
    if i >= sentence_start(pronoun) and mention_at(doc[i]) is not None:
        noun = pronoun.head.head if pronoun.head.dep_ == "acl:relcl" else None
        if (
            noun is not None
            and noun.i < i
            and mention_at(noun) is None
            # ("X, un ancien de Y, qui en est": an adjective with an article is a noun)
            and (
                noun.pos_ in {"NOUN", "PROPN"}
                or (noun.pos_ == "ADJ" and any(c.dep_ == "det" for c in noun.children))
            )
            and doc[i] in noun.subtree
        ):
            # "X, une Lyonnaise passée par la banque Norvik, qui a rejoint Y": the clause
            # is about the noun the name is nested in, not about that name
            return _described_name(noun)
        return doc[i]
    if i >= sentence_start(pronoun) and doc[i].pos_ == "NOUN":
        return _described_name(doc[i])
    return None


def whose_pronouns(head: Token) -> list[Token]:
    """The relative ``dont`` of the clause ``head`` (a verb or a predicate noun) heads: its
    own, or one the parser hung on its subject when that subject is a name (``Y, dont le
    groupe X détient 30 %``, ``Y, dont la coopérative X est membre``: a name takes no
    ``de`` complement, so ``dont`` is the clause's, "de" + its antecedent).

    Example:
        >>> import spacy
        >>> whose_pronouns(spacy.blank("fr")("détient")[0])
        []
    """
    found = [c for c in head.children if c.lower_ == "dont"]
    for subject in head.children:
        if subject.dep_ not in {"nsubj", "nsubj:pass"} or (
            mention_at(subject) is None and named_by(subject) is None
        ):
            continue
        found += [c for c in subject.children if c.lower_ == "dont" and c.i < subject.i]
    return found


def _described_name(noun: Token) -> Token | None:
    """The name a common noun describes: ``la banque Forvalis``, ``Forvalis, une banque``,
    ``Forvalis est une banque`` (for a relative clause that follows the noun)."""
    named = named_by(noun)
    if named is not None:
        return named
    doc = noun.doc
    i = noun.i - 1
    while i > sentence_start(noun) and doc[i].pos_ in {"DET", "ADJ"}:
        i -= 1
    if (
        i - 1 >= sentence_start(noun)
        and doc[i].text == ","
        and mention_at(doc[i - 1]) is not None
        # "le rachat de X, à Thiers, notre groupe": a place adjunct before the comma, not
        # a name the noun after it describes
        and not _after_locative(doc[i - 1], _PLACE_OR_TO)
    ):
        return doc[i - 1]
    if any(c.dep_ == "cop" for c in noun.children):
        return next(
            (c for c in noun.children if c.dep_ == "nsubj" and mention_at(c) is not None), None
        )
    return None


def before_aside(doc: Doc, i: int, start: int) -> int:
    """The index of the word before the parenthesis that word ``i`` closes (``i`` itself
    when it closes none), looking back no further than ``start``.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("fr")("Anne Roy (Lyon, 1998) a fondé Kelvo")
        >>> doc[before_aside(doc, 6, 0)].text
        'Roy'
        >>> before_aside(doc, 1, 0)
        1
    """
    if doc[i].text != ")":
        return i
    while i > start and doc[i].text != "(":
        i -= 1
    return i - 1


def parenthetical(token: Token) -> Token | None:
    """The name in parentheses right after a mention: ``Conseil national (Zenrokyo)``.

    It names the same thing (an acronym, another name), so it fills the same slot.
    """
    doc = token.doc
    mention = mention_at(token)
    if mention is None:
        return None
    end = token.i
    while end + 1 < len(doc) and mention_of_index(doc, end + 1) == mention:
        end += 1
    if end + 3 < len(doc) and doc[end + 1].text == "(" and doc[end + 3].text == ")":
        inner = mention_at(doc[end + 2])
        if inner is not None and inner != mention:
            return doc[end + 2]
    return None


def named_by(noun: Token, *, through_de: bool = False) -> Token | None:
    """The name a class noun introduces: ``le groupe Iliad`` → ``Iliad``.

    With ``through_de``, also a name of the noun's own kind after ``de``: ``la métropole de
    Lyon`` (a place noun, a place), ``le conseil du Medef`` (an organisation noun, an
    organisation); ``la société de Marie Durand`` is not Marie Durand, so a name of another
    kind is never taken. Only worth asking of a common noun that is no mention itself.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["au", "groupe", "Iliad"],
        ...           heads=[1, 1, 1], deps=["case", "ROOT", "nmod"],
        ...           pos=["ADP", "NOUN", "PROPN"])
        >>> doc._.kg_mentions = {2: Mention("Iliad", "Organization", 9, 14)}
        >>> named_by(doc[1]).text
        'Iliad'
    """
    # a lower-case word tagged as a proper noun is a tagging slip ("la start-up" as PROPN);
    # an adjective with a determiner is used as a noun ("l'ancien de Philips X")
    doc = noun.doc
    table = words(doc)
    i = noun.i
    pos = table.pos[i]
    common = (
        pos == "NOUN"
        or (pos == "PROPN" and table.text[i][:1].islower())
        or (pos == "ADJ" and any(table.dep[c] == "det" for c in table.children[i]))
    )
    if not common or mention_of_index(doc, i) is not None:
        return None
    lexicon = descriptions()
    cls = lexicon.class_of(table.text[i]) or lexicon.class_of(table.lemma[i])
    # "la jeune pousse X", "le family office X": a class noun of two words, whichever the
    # parser made the head (the name comes after both)
    start = i + 1
    if cls is None and i > 0 and (cls := lexicon.class_of(table.span_text(i - 1, i + 1))):
        pass
    elif cls is None and i + 1 < len(table.text) and table.text[i + 1][:1].islower():
        cls = lexicon.class_of(table.span_text(i, i + 2))
        start = i + 2 if cls is not None else start
    if cls is None and (product := _product_named(noun, table)) is not None:
        return product
    # "l'ancien banquier d'affaires Arnaud de Villiers": a role noun introduces a person,
    # and so does a title or an occupation ("le président X", "l'actrice X a épousé")
    role = roles().get(fold(table.lemma[i]))
    # (a noun of a relation between two organisations: "le rival de X", "la filiale de X")
    relational = role is not None and "Organization" in role.subject & role.object
    holder = cls is None and (role is not None or _person_title(noun))
    if holder:
        cls = "Person"
    if cls is None and fold(table.lemma[i]) in _PARTNERS:
        # "à son neveu, Komlan Dogbé, qui", "à sa fille Léa": a kin noun's own name right
        # after it, set off or not (the parser often hangs it on the verb); never its
        # "de" complement ("le fils de X" is not X)
        after = i + 2 if i + 2 < len(table.text) and table.text[i + 1] == "," else i + 1
        kin = mention_of_index(doc, after) if after < sentence_end(noun) else None
        if kin is not None and _is_person(kin.cls) and table.text[after][:1].isupper():
            return doc[after]
        return None
    if cls is None:
        # "la maison d'édition Gallimard": a class noun of two words joined by a bare "de"
        # (the words' class before the complement's case: most nouns have no such class)
        cls = next(
            (
                found
                for c in table.children[i]
                if c > i
                and table.pos[c] == "NOUN"
                and (found := lexicon.class_of(table.span_text(i, c + 1))) is not None
                and _case_at(table, c) in DE
            ),
            None,
        )
    if cls is None:
        # "le facteur allemand Klais", "le chimiste belge X": a noun no lexicon classes,
        # then an adjective of origin, then a name: the name is what the noun describes
        nxt = i + 2
        if (
            nxt < sentence_end(noun)
            and demonym_of(table.text[i + 1]) is not None
            and table.text[i + 1].islower()
            and any(table.dep[c] == "det" for c in table.children[i])
            and mention_of_index(doc, nxt) is not None
            and table.text[nxt][:1].isupper()
            and _case_at(table, nxt) is None
        ):
            return doc[nxt]
        return None
    # (the surface first: the morphology is dearer to read, and most nouns have neither)
    if (
        i + 2 < len(table.text)
        and (table.text[i + 1] == "," or table.lower[i + 1] in DE)
        and (holder or "Plur" in noun.morph.get("Number", []))
        and (listed := _listed_after_plural(noun, table)) is not None
    ):
        return listed
    # (word indices: a Token is built only for a child that is a name); a conjunct is
    # another thing than the noun ("des fonds de la région, et de Bpifrance"), never its name
    children = [c for c in table.children[i] if c > i and table.dep[c] != "conj"]
    for c in list(children):
        # "le conseil d'administration de Renault": a bare "de" noun completes the class
        # noun, and the name hangs on it
        if (
            table.pos[c] == "NOUN"
            and _case_at(table, c) in DE
            and not any(table.dep[g] == "det" for g in table.children[c])
        ):
            children += [g for g in table.children[c] if g > c]
    for c in children:
        mention = mention_of_index(doc, c)
        if holder and mention is not None and _case_at(table, c) in DE:
            # "l'ancien de Philips Marc Faure": the holder's name after the complement
            nxt = _end_of_name(doc[c]) + 1
            person = mention_of_index(doc, nxt) if nxt < sentence_end(noun) else None
            if person is not None and person is not mention and _is_person(person.cls):
                return doc[nxt]
        if mention is None or (holder and not _is_person(mention.cls)):
            continue
        child = doc[c]
        case = _case_at(table, c)
        first = child.i
        while first > noun.i + 1 and mention_at(noun.doc[first - 1]) is mention:
            first -= 1
        if first < child.i and noun.doc[first - 1].lower_ in DE:
            # "au groupe de Vélizy-Villacoublay": the parser hung the name's hyphen on the
            # noun; the name's own first word says it is a complement, not the name
            case = "de"
        if case is None and child.dep_ in _NAMED_BY:
            return child
        # ("possède France Cartes, le grand rival de Kelvo": a relation's noun names the
        # other party after "de", never itself)
        if through_de and case in DE and _same_kind(mention.cls, cls) and not relational:
            return child
    baptised = named_as(noun)
    if baptised is not None and not holder:
        return baptised
    # "dans la start-up Kelvo" with Kelvo hung on the verb: the name right after the
    # class noun (adjectives between: "du fonds marseillais X"), with no case of its own,
    # is still the name it introduces
    after = start
    end = sentence_end(noun)
    while after < end and mention_of_index(doc, after) is None:
        if (
            # (an adjective of origin whatever its tag: "au groupe familial vendéen X")
            (table.pos[after] == "ADJ" or demonym_of(table.text[after]) is not None)
            and table.text[after][:1].islower()
        ):
            after += 1
        elif (
            # "la société d'investissement X": a bare "de" noun that completes the class
            table.lower[after] in DE
            and after + 1 < end
            and table.pos[after + 1] == "NOUN"
            and table.head[after + 1] == i
            and table.text[after + 1][:1].islower()
        ):
            after += 2
        else:
            break
    named = mention_of_index(doc, after) if after < end else None
    if (
        named is not None
        and _case_at(table, after) is None
        and table.text[after][:1].isupper()
        and not (holder and not _is_person(named.cls))
    ):
        return doc[after]
    return None


def _product_named(noun: Token, table: Words) -> Token | None:
    """``son enneigeur « Bise 40 »``, ``sous la marque Ty Gwenn``: a product's name (as
    mentions typed it) in quotes after a noun of no class, or after a brand's noun, is the
    noun's name."""
    doc = noun.doc
    at = noun.i + 1
    while at < len(table.text) and table.pos[at] == "ADJ" and table.text[at].islower():
        at += 1
    quoted = at < len(table.text) and table.text[at] in OPENING_QUOTES
    if not quoted and fold(table.text[noun.i]) not in descriptions().product_frames:
        return None
    at += 1 if quoted else 0
    named = mention_of_index(doc, at) if at < sentence_end(noun) else None
    return doc[at] if named is not None and named.cls == "Product" else None


def _listed_after_plural(noun: Token, table: Words) -> Token | None:
    """``par deux musiciens, X et Y``, ``par deux anciens ingénieurs de Z, X et Y``: the
    first person named after the comma that closes a noun of persons (and its ``de``
    complement naming where they come from), read on the surface: the parser coordinates
    that name with the noun, or hangs it on the noun's verb or elsewhere. A name that is
    the subject of a clause of its own is none."""
    doc, i = noun.doc, noun.i
    end = sentence_end(noun)
    j = i + 1
    complement = j + 1 < end and table.lower[j] in DE and mention_of_index(doc, j + 1) is not None
    if complement:
        j = _end_of_name(doc[j + 1]) + 1  # ("de Sonova": where the persons come from)
    if j + 1 >= end or table.text[j] != ",":
        return None
    person = mention_of_index(doc, j + 1)
    if person is None or not _is_person(person.cls):
        return None
    if complement:
        return None if table.dep[j + 1] in _SUBJECTS else doc[j + 1]
    # (right after the noun, the parser's own reading is asked for)
    parsed = table.head[j + 1] in {i, table.head[i]} and table.dep[j + 1] in {"conj", "appos"}
    return doc[j + 1] if parsed else None


def named_as(noun: Token) -> Token | None:
    """The name a naming participle gives the noun before it: ``son logiciel, baptisé
    Nemo`` → ``Nemo`` (``naming_words`` of descriptions.json), adjectives and a comma
    between.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["son", "robot", ",", "baptisé", "Rex"],
        ...           heads=[1, 1, 1, 1, 3], deps=["det", "ROOT", "punct", "acl", "obj"],
        ...           pos=["DET", "NOUN", "PUNCT", "VERB", "PROPN"])
        >>> doc._.kg_mentions = {4: Mention("Rex", "Product", 16, 19)}
        >>> named_as(doc[1]).text
        'Rex'
    """
    doc = noun.doc
    table = words(doc)
    end = sentence_end(noun)
    j = noun.i + 1
    while j < end and table.pos[j] == "ADJ":
        j += 1
    if j < end and table.text[j] == ",":
        j += 1
    if j + 1 >= end or fold(table.text[j]) not in descriptions().naming_words:
        return None
    return doc[j + 1] if mention_of_index(doc, j + 1) is not None else None


def _person_title(noun: Token) -> bool:
    """Whether a one-word title or occupation of ``descriptions.json`` (``roi``,
    ``actrice``) is the noun, as written or through its lemma (``actrice`` → ``acteur``)."""
    titles = descriptions().single_titles
    return fold(noun.text) in titles or fold(noun.lemma_) in titles


def _is_person(cls: str) -> bool:
    # an untyped name ("NamedEntity") is no person yet
    return cls != "NamedEntity" and coarse_class(cls) == "Person"


def _same_kind(cls: str, other: str) -> bool:
    # an untyped name has no kind yet: "de X" may then be anything
    if "NamedEntity" in (cls, other):
        return False
    return coarse_class(cls) == coarse_class(other)


def named_after(token: Token, words: frozenset[str]) -> Token | None:
    """The name right after a mention and one of ``words`` (``entre X et Y`` → ``Y``), for
    parses that hang the second member of a pair elsewhere."""
    doc = token.doc
    mention = mention_at(token)
    if mention is None:
        return None
    end = token.i
    while end + 1 < sentence_end(token) and mention_at(doc[end + 1]) is mention:
        end += 1
    j = end + 1
    if j >= sentence_end(token) or doc[j].lower_ not in words:
        return None
    j += 1
    while j < sentence_end(token) and doc[j].pos_ == "DET":
        j += 1
    if j < sentence_end(token) and mention_at(doc[j]) is not None:
        return doc[j]
    return None


def _initial_mention(verb: Token) -> Token | None:
    sent = sentence_of(verb)
    for t in sent:
        if t.i >= verb.i:
            return None
        if mention_at(t) is not None:
            k = t.i - 1
            while k > sent.start and t.doc[k].pos_ == "DET":
                k -= 1  # ("à la Compagnie X": the preposition before the article)
            if k >= sent.start and t.doc[k].pos_ == "ADP":
                return _after_fronted_phrase(verb)
            return t
    return None


def _after_fronted_phrase(verb: Token) -> Token | None:
    """``Après douze ans à la Compagnie X, Julien Astier (Aix, 2006) a cofondé``: past a
    phrase that opens the sentence with a preposition, the name set off by its comma right
    before the verb (its auxiliaries, an adverb, a parenthesis between) is the subject the
    parser hung elsewhere; the name's first word."""
    doc = verb.doc
    start = sentence_start(verb)
    j = verb.i - 1
    while j > start and doc[j].pos_ in {"AUX", "ADV"}:
        j -= 1
    j = before_aside(doc, j, start)
    if j <= start or mention_at(doc[j]) is None:
        return None
    first = start_of_name(doc[j], start)
    return first if first.i > start and doc[first.i - 1].text == "," else None


#: Prepositions by which a place names the larger place containing it ("Lyon en France").
_IN = frozenset({"en", "au", "aux", "dans"})
#: Nouns that, in apposition to a place, introduce the place containing it.
_PART_OF_PLACE = word_list("place_part_nouns")


def containers(token: Token) -> list[Token]:
    """Places a place mention says it lies in: ``Dublin Irlande``, ``Londres en
    Angleterre``, ``Georgetown, la capitale du Guyana``.

    A fact about a city is a fact about its region and country too (born in Dublin is born
    in Ireland), so place slots take these as well. Only named places are returned.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> from kg.model import Mention
        >>> doc = Doc(spacy.blank("fr").vocab, words=["à", "Dublin", "Irlande"],
        ...           heads=[1, 1, 1], deps=["case", "ROOT", "flat:name"])
        >>> doc._.kg_mentions = {1: Mention("Dublin", "City", 2, 8),
        ...                      2: Mention("Irlande", "Country", 9, 16)}
        >>> [t.text for t in containers(doc[1])]
        ['Irlande']
    """
    doc = token.doc
    mention = mention_at(token)
    if mention is None:
        return []
    found: list[Token] = []
    # juxtaposed: the token right after the mention's last token starts another place
    end = token.i
    while end + 1 < len(doc) and mention_of_index(doc, end + 1) == mention:
        end += 1
    after = end + 1
    if after < len(doc):
        nxt = mention_at(doc[after])
        if nxt is not None and nxt != mention and _is_place(nxt.cls):
            found.append(doc[after])
        elif doc[after].lower_ in _IN or doc[after].text == ",":
            # "Londres en Angleterre", "Georgetown, la capitale de Guyane"
            j = after + 1
            while j < len(doc) and doc[j].pos_ == "DET":
                j += 1
            if doc[after].text == "," and j < len(doc) and doc[j].lower_ in _PART_OF_PLACE:
                j += 1
                if j < len(doc) and doc[j].lower_.replace("’", "'") in {"de", "d'", "du", "des"}:
                    j += 1
                while j < len(doc) and doc[j].pos_ == "DET":
                    j += 1
            elif doc[after].text == ",":
                j = len(doc)
            if j < len(doc):
                nxt = mention_at(doc[j])
                if nxt is not None and nxt != mention and _is_place(nxt.cls):
                    found.append(doc[j])
    return found


def _is_place(cls: str) -> bool:
    return cls in {"Place", "City", "Country", "Region"}


def anchor(noun: Token) -> Token | None:
    """The named thing a descriptive noun is in apposition to: ``Station F, l'incubateur``,
    or the subject of a copula: ``X est une société basée à Lyon``."""
    if mention_at(noun) is not None:
        return noun
    if noun.dep_ == "appos" and mention_at(noun.head) is not None:
        return noun.head
    if any(c.dep_ == "cop" for c in noun.children):
        for child in noun.children:
            if child.dep_ in {"nsubj", "nsubj:pass"} and mention_at(child) is not None:
                return child
    # "le groupe Danone, basé à Paris": the name right after the noun (adjectives between)
    doc = noun.doc
    right = noun.i + 1
    while right < sentence_end(noun) and doc[right].pos_ == "ADJ" and doc[right].head == noun:
        right += 1
    if (
        right < sentence_end(noun)
        and mention_at(doc[right]) is not None
        and doc[right].head == noun
    ):
        return doc[right]
    doc = noun.doc
    left = noun.i
    while left > sentence_start(noun) and doc[left - 1].pos_ in {"DET", "ADJ", "NUM"}:
        left -= 1
    if left - 2 >= sentence_start(noun) and doc[left - 1].text == ",":
        before = doc[left - 2]
        if mention_at(before) is not None:
            return before
    return None


_MARKS = frozenset({"case", "mark"})


def case_of(token: Token) -> str | None:
    """The preposition introducing a nominal (``de``, ``à``, ``entre``...), lower-cased."""
    return _case_at(words(token.doc), token.i)


def case_of_index(doc: Doc, i: int) -> str | None:
    """:func:`case_of` of ``doc[i]``, without building the ``Token`` (as
    :func:`mention_of_index`): the verb frames ask it of every complement of their verbs.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["à", "Lyon"], heads=[1, 1],
        ...           deps=["case", "ROOT"])
        >>> case_of_index(doc, 1) == case_of(doc[1]) == "à"
        True
    """
    return _case_at(words(doc), i)


def _case_at(table: Words, i: int) -> str | None:
    """:func:`case_of` the word at index ``i``, read from its chunk's table."""
    # (its left children: a preposition comes first)
    marks = [table.lower[c] for c in table.children[i] if c < i and table.dep[c] in _MARKS]
    if not marks:
        return None
    return " ".join(marks).replace("’", "'")


def negated(verb: Token, words: frozenset[str], markers: frozenset[str]) -> bool:
    """Whether a verb (or a noun's governing verb) is negated: ``n'a jamais acquis``."""
    heads = [verb]
    governor = governing_verb(verb)
    if governor is not None and governor is not verb:
        heads.append(governor)
    for head in heads:
        children = list(head.children)
        has_marker = any(c.lower_.replace("’", "'") in markers for c in children)
        has_word = any(c.lower_ in words and c.dep_ in {"advmod", "det", "cc"} for c in children)
        # "n'exploite aucune usine": the negative word determines the verb's object;
        # "ne dispose pas encore de": it modifies the verb's adverb
        has_word = has_word or any(
            g.lower_ in words and g.dep_ == ("det" if c.dep_ == "obj" else "advmod")
            for c in children
            if c.dep_ in {"obj", "advmod"}
            for g in c.children
        )
        if has_marker and (has_word or any(c.lower_ == "sans" for c in children)):
            return True
        if any(c.lower_ == "sans" and c.dep_ in {"mark", "case"} for c in children):
            return True
    return False


def mention_of_index(doc: Doc, i: int) -> Mention | None:
    """:func:`mention_at` of ``doc[i]``, without building the ``Token``: the loops that walk
    along a name ask it at each of its words.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("fr")("Paris")
        >>> mention_of_index(doc, 0) is mention_at(doc[0]) is None
        True
    """
    data: dict[Any, Any] = doc.user_data
    mentions = data.get(MENTIONS_KEY)
    found = mentions.get(i) if mentions else None
    if found is None:
        coref = data.get(COREF_KEY)
        if coref:
            found = coref.get(i)
    return found


def names_in_row(doc: Doc, j: int, end: int, glue: frozenset[str]) -> tuple[list[Token], int]:
    """The names written from word ``j`` on, joined by words of ``glue`` (lower case), read
    on the surface up to any other word: the first word of each, and where the row stopped.

    Example:
        >>> import spacy
        >>> from kg.model import Mention
        >>> doc = spacy.blank("fr")("( Kelvo , Norvik ) et")
        >>> doc._.kg_mentions = {1: Mention("Kelvo", "Organization", 2, 7),
        ...                      3: Mention("Norvik", "Organization", 10, 16)}
        >>> found, stop = names_in_row(doc, 1, len(doc), frozenset({",", "et"}))
        >>> [t.text for t in found], doc[stop].text
        (['Kelvo', 'Norvik'], ')')
    """
    lower = words(doc).lower
    found: list[Token] = []
    last: Mention | None = None
    while j < end:
        mention = mention_of_index(doc, j)
        if mention is not None:
            if mention is not last:
                found.append(doc[j])
                last = mention
        elif lower[j] not in glue:
            break
        j += 1
    return found, j


#: Kin and partner nouns: "X et son mari, Y" names two people (words.json).
_PARTNERS = folded_word_list("partner_nouns")
#: Possessives of one owner: "X et son mari" (not "leur").
_ONE_OWNER = frozenset({"son", "sa"})


@dataclass(frozen=True, slots=True)
class Partnership:
    """Two people a kin or partner noun coordinates: ``X et son mari, Y``.

    Attributes:
        owner: First word of the name the possessive refers to (``X``).
        partner: First word of the name the noun introduces (``Y``).
        noun: The kin or partner noun (``mari``).
    """

    owner: Token
    partner: Token
    noun: Token


def partnership(noun: Token) -> Partnership | None:
    """``Solène Kervarec et son mari, Tanguy Le Berre``: the two people a possessive kin or
    partner noun coordinated after a person's name stands between, read on the surface
    (the parser hangs the second name on the first as often as on the noun). In ``X et
    son N``, the possessive can only be X's.

    Args:
        noun: A common noun.

    Returns:
        The owner, the partner and the noun; None for any other noun.

    Example:
        >>> import spacy
        >>> text = "Léa Roy et son mari , Paul Roy".split()
        >>> doc = Doc(spacy.blank("fr").vocab, words=text, sent_starts=[True] + [False] * 7)
        >>> lea, paul = Mention("Léa Roy", "Person", 0, 7), Mention("Paul Roy", "Person", 21, 29)
        >>> doc._.kg_mentions = {0: lea, 1: lea, 6: paul, 7: paul}
        >>> found = partnership(doc[4])
        >>> found.owner.text, found.partner.text
        ('Léa', 'Paul')
    """
    table = words(noun.doc)
    i = noun.i
    if fold(table.lemma[i]) not in _PARTNERS and fold(table.lower[i]) not in _PARTNERS:
        return None
    start, end = sentence_start(noun), sentence_end(noun)
    det = i - 1
    if det < start + 2 or table.lower[det] not in _ONE_OWNER or table.lower[det - 1] != "et":
        return None
    last = det - 2
    if table.text[last] == "," and last > start:
        last -= 1  # "Sa directrice, Elena Ferrando, et son mari"
    owner = mention_of_index(noun.doc, last)
    j = i + 1
    while j < end and table.pos[j] == "ADJ":
        j += 1
    if owner is None or j + 1 >= end or table.text[j] != ",":
        return None
    partner = mention_of_index(noun.doc, j + 1)
    if partner is None or partner == owner:
        return None
    if not (_is_person(owner.cls) and _is_person(partner.cls)):
        return None
    first = last
    while first > start and mention_of_index(noun.doc, first - 1) == owner:
        first -= 1
    return Partnership(noun.doc[first], noun.doc[j + 1], noun)


def partnered_with(token: Token) -> Token | None:
    """The other person of a :func:`partnership` ``token`` is one end of: for the kin noun
    (``son mari`` in ``X et son mari, Y``) the name after it, for that name the first one
    (the parser may make ``Y`` alone the verb's subject); else None.

    Example:
        >>> import spacy
        >>> partnered_with(spacy.blank("fr")("Paul")[0]) is None
        True
    """
    table = words(token.doc)
    i = token.i
    if table.pos[i] == "NOUN":
        found = partnership(token)
        return found.partner if found is not None else None
    if i < 3 or table.text[i - 1] != "," or mention_of_index(token.doc, i) is None:
        return None
    # ("X et son mari, Y, qui préside Z": a singular relative on the name is about Y alone)
    if any(c.dep_ == "acl:relcl" and not _plural_clause(c) for c in token.children):
        return None
    j = i - 2
    while j > 0 and table.pos[j] == "ADJ":
        j -= 1
    found = partnership(token.doc[j]) if table.pos[j] == "NOUN" else None
    return found.owner if found is not None and found.partner == token else None


#: Participles naming the members of a collective noun (words.json).
_COMPOSING = word_list("composing_participles")
#: Words between the names of the members: "formé par X et Y", "composé de X et de Y".
_MEMBER_GLUE = frozenset({"et", "de", "d'", "d\u2019"})


def members_named(noun: Token) -> list[Token]:
    """``le couple formé par X et Y``, ``le duo composé de X et de Y``: the names a
    participle of composition lists as the noun's members (first word of each), or [];
    and the names the noun introduces or describes without a participle: ``le couple X et
    Y``, ``un couple : X et Y``, ``X et Y, un couple de Nantais``.

    Example:
        >>> import spacy
        >>> members_named(spacy.blank("fr")("le couple")[1])
        []
    """
    for child in noun.children:
        if child.dep_ != "acl" or child.lemma_ not in _COMPOSING:
            continue
        for agent in child.children:
            if agent.dep_ in {"obl:agent", "obl:arg", "obl"} and mention_at(agent) is not None:
                # read on the surface: "Y a cofondé" after "X et" looks like a new clause
                # to the parser's coordination
                found, _ = names_in_row(noun.doc, agent.i, sentence_end(noun), _MEMBER_GLUE)
                return found
    return _members_beside(noun)


def _members_beside(noun: Token) -> list[Token]:
    """The coordinated names right after a collective noun (``le couple X et Y``, after a
    colon too) or that it stands in apposition to after a comma (``X et Y, un couple``)."""
    doc, table = noun.doc, words(noun.doc)
    i = noun.i
    if not any(c.dep_ == "det" for c in noun.children):
        return []
    j = i + 2 if i + 1 < len(doc) and table.text[i + 1] == ":" else i + 1
    if j < len(doc) and mention_of_index(doc, j) is not None:
        found, _ = names_in_row(doc, j, sentence_end(noun), frozenset({"et"}))
        return found
    # (read on the surface: the parser hangs such a noun as an apposition or as one more
    # member of the coordination)
    comma = i - 2
    if comma < 1 or table.text[comma] != "," or table.pos[i - 1] != "DET":
        return []
    start = comma
    while start > 0 and (
        mention_of_index(doc, start - 1) is not None or table.lower[start - 1] == "et"
    ):
        start -= 1
    found, stop = names_in_row(doc, start, comma, frozenset({"et"}))
    return found if stop == comma else []
