"""Mention detection: spaCy's named entities, cleaned, typed with the ontology's classes.

The French model's NER is a start, not an answer (see the README's notes): it tags OpenAI
and AI Act as MISC, Station F as LOC, keeps ``La`` inside ``La France`` and tags whole
headings as MISC. Each entity span is therefore

1. cut at a line break (a byline's author and the dateline's town are two names), and
   dropped when it is (most of) a heading line, lies in page furniture (a byline, a
   newsletter prompt, a « Lire aussi » line: ``ontology/lexicon/furniture.txt``, read per
   paragraph and per line), or has no capitalised word;
2. trimmed of leading determiners and elided articles, trailing punctuation, a leading
   title (``Premier ministre``, ``M.``: the name is then a person's), a company form
   before or after the name (``la SAS X``, ``X Inc.``) and an owner described after it
   (``la gamme X de la fromagerie``); widened over a medium's edition (``France Bleu
   Gironde``, ``La Gazette de Vierzon``) and a body's territory;
3. split when it juxtaposes two places (``Dublin Irlande``, ``Markham Ontario``; not a
   known company's branch, ``Danone Maroc``);
4. typed, most trusted first: a description noun next to it (``la start-up X``,
   ``X, l'incubateur``, ``M. X``), the gazetteer (which also links it to Wikidata), a
   class-bearing word inside it (``Act`` → Regulation), then the NER label. A MISC name
   with none of these stays ``NamedEntity``; the roles it plays may type it later.

Proper-noun runs the NER missed (``PROPN`` tokens, capitalised, not alone at a sentence
start unless the gazetteer knows them) become mentions too: the NER finds both ends of only
three annotated pairs in four, and frames need both. So do names written in quotes that a
class noun announces (``le groupe « Nouvel élan »``) and the value of a notice's name field
(``Dénomination : X.``), whole, whatever NER made of their words; and a name is widened to
the noun that makes it one actor or place (``la famille X``, ``le parc d'activités des X``).

Example:
    >>> ner_class("PER")
    'Person'
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span, Token

from kg.entities.gazetteer import Gazetteer
from kg.entities.places import french_place
from kg.grammar import (
    BARE_COMPLEMENT,
    CLOSING_QUOTES,
    DE,
    DE_BARE,
    OPENING_GUILLEMETS,
    OPENING_QUOTES,
    PARTICIPLE_ENDINGS,
    Words,
    case_of,
    misread_participle,
    sentence_end,
    sentence_start,
    words,
)
from kg.lexicon import (
    attribution,
    demonym_of,
    descriptions,
    folded_word_list,
    furniture,
    is_given_name,
    is_media_name,
    is_world_region,
    may_open_media_name,
    name_heads,
    regulator_words,
    roles,
    verb_frame_lemma_fixes,
    word_list,
)
from kg.model import Mention
from kg.nlp import paragraphs
from kg.ontology import classes, coarse_class
from kg.text import abbreviates, fold, is_acronym_of, match_key

#: Ontology class for each label of spaCy's French NER scheme.
NER_CLASSES = {"PER": "Person", "LOC": "Place", "ORG": "Organization", "MISC": "NamedEntity"}
#: The class of an entity whose type nothing tells.
UNTYPED = "NamedEntity"
_TRIM_POS = frozenset({"DET", "PUNCT", "ADP", "SPACE", "CCONJ"})
#: A name's own article, capitalised (``Le Monde``, ``de La Turballe``).
TITLE_ARTICLES = frozenset({"Le", "La", "Les"})
#: A title's own article, elided too (``L'Équipe``).
_TITLE_ARTICLES_ELIDED = TITLE_ARTICLES | {"L'", "L\u2019"}
#: Lower-case words that begin a surname: the tagger rightly calls them proper nouns.
_PARTICLES = frozenset(
    {
        "van",
        "von",
        "der",
        "den",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "das",
        "ben",
        "bin",
        "ibn",
        "abu",
        "al",
        "el",
        "le",
        "la",
        "de",
        "du",
        "des",
        "mac",
        "ter",
        "zu",
    }
)
#: Prepositions that stay inside a noun phrase naming a thing: "pacte européen sur l'IA".
_NP_PREPS = DE | {"sur", "en"}
#: Nouns of the area a rank is held in ("premier fabricant de tuiles du département"),
#: which is no part of the thing ranked.
_SCOPE_NOUNS = folded_word_list("scope_nouns")
#: Share of a heading line an entity may cover before it counts as the heading itself.
_HEADING_COVER = 0.8
#: Prepositions no name continues through into lower-case words.
_NOT_IN_NAMES = frozenset({"dans", "chez", "contre"})
#: Words that may join the capitalised parts of a proper-noun run ("Banque de France").
_NAME_GLUE = DE | {"of", "the", "et", "&"}
#: Words that join two names of a list ("X et Y", "X ou Y").
_COORDINATORS = frozenset({"et", "ou"})
#: "de" with an article fused in ("du", "des").
_FUSED_DE = DE - DE_BARE
#: Place classes a name may end with when two places are juxtaposed ("Dallas Texas").
_CONTAINERS = frozenset({"Country", "Region", "Place"})

if not Doc.has_extension("kg_furniture"):
    # (start, end) character spans, chunk-relative, of paragraphs that are page furniture
    Doc.set_extension("kg_furniture", default=())


def furniture_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the paragraphs of ``text`` that are page furniture, and of the
    lines inside a paragraph that are: a byline over its publication line (``Par X`` then
    ``Publié le ...``), a « Lire aussi » link under a closing note, each on a line of its
    own that opens with a capital (a hard-wrapped sentence goes on in lower case).

    Example:
        >>> text = "Lire aussi : la suite\\n\\nOpenAI ouvre un bureau."
        >>> furniture_spans(text)
        ((0, 21),)
        >>> furniture_spans("Par Léa Roy\\nPublié le 3 mai")
        ((0, 11), (12, 27))
    """
    patterns = furniture()
    found = []
    for paragraph in paragraphs(text):
        words = text[paragraph.start : paragraph.end]
        if any(pattern.match(words) for pattern in patterns):
            found.append((paragraph.start, paragraph.end))
            continue
        if "\n" not in words and _FIELD_SEPARATOR not in words:
            continue
        start = paragraph.start
        for line in words.split("\n"):
            stripped = line.strip()
            lead = start + len(line) - len(line.lstrip())
            if stripped[:1].isupper() and any(pattern.match(stripped) for pattern in patterns):
                found.append((lead, lead + len(stripped)))
            else:
                found.extend(_furniture_fields(line, start, patterns))
            start += len(line) + 1
    return tuple(found)


#: What separates the fields of a header line (``Boursier.com | Économie | Par X | Le 3 mai``).
_FIELD_SEPARATOR = " | "


def _furniture_fields(
    line: str, start: int, patterns: tuple[re.Pattern[str], ...]
) -> list[tuple[int, int]]:
    """Spans of the fields of a header line that are furniture each (``Par X``,
    ``Reportage : X, Y (images)``) beside the medium's name and its rubric, which are not:
    the line as a whole matches no pattern, since only one field is a byline."""
    found = []
    for field in line.split(_FIELD_SEPARATOR) if _FIELD_SEPARATOR in line else ():
        stripped = field.strip()
        lead = start + len(field) - len(field.lstrip())
        if stripped[:1].isupper() and (
            _rubric(stripped) or any(pattern.match(stripped) for pattern in patterns)
        ):
            found.append((lead, lead + len(stripped)))
        start += len(field) + len(_FIELD_SEPARATOR)
    return found


def _rubric(field: str) -> bool:
    """A header's rubric: a capitalised word then lower-case ones (``Collecte en capital``,
    ``Agriculture & alimentation``), where a name would capitalise its words."""
    first, *rest = field.split()
    return bool(rest) and first.isalpha() and all(w == "&" or w[:1].islower() for w in rest)


def in_furniture(doc: Doc, char: int) -> bool:
    """Whether a chunk-relative character offset lies in a furniture paragraph."""
    return _in_spans(doc._.kg_furniture, char)


def _in_spans(spans: tuple[tuple[int, int], ...], char: int) -> bool:
    return any(start <= char < end for start, end in spans)


def ner_class(label: str) -> str:
    """Map a spaCy NER label onto an ontology class local name."""
    return NER_CLASSES.get(label, UNTYPED)


@functools.cache
def coarse(cls: str) -> str:
    """Coarse class of ``cls``, with the untyped ``NamedEntity`` kept as is.

    Example:
        >>> coarse("City"), coarse("NamedEntity")
        ('Place', 'NamedEntity')
    """
    return cls if cls == UNTYPED else coarse_class(cls)


def compatible(cls: str, allowed: frozenset[str]) -> bool:
    """Whether a mention of class ``cls`` may fill a slot that accepts ``allowed`` classes.

    An untyped name fits any slot: the frame's expectation is then the best evidence of
    its type.

    Example:
        >>> compatible("Company", frozenset({"Organization"}))
        True
        >>> compatible("City", frozenset({"Organization"}))
        False
    """
    if cls == UNTYPED or not allowed:
        return True
    family = coarse(cls)
    return cls in allowed or family in allowed


def _in_heading(span: Span) -> bool:
    for start, end in span.doc._.kg_headings:
        if span.start_char >= start and span.end_char <= end:
            words = span.doc.text[start:end].split()
            covered = (span.end_char - span.start_char) / max(1, end - start)
            if covered >= _HEADING_COVER and len(words) >= 3:
                return True
    return False


def _article_of_name(doc: Doc, table: Words, i: int) -> bool:
    """``de L'Oréal``: a capital ``L'`` inside a sentence belongs to the name (French writes
    the article of ``l'Union européenne`` in lower case there); so does a capitalised word
    the tagger took for a determiner that is none in French (``San`` of ``San
    Francisco``, ``Los Angeles``)."""
    word = table.text[i]
    if (
        word[:1].isupper()
        and table.pos[i] == "DET"
        and table.lower[i] not in descriptions().determiners
    ):
        return True
    if word not in {"L'", "L\u2019"}:
        return False
    token = doc[i]
    return not token.whitespace_ and not token.is_sent_start and token.i > sentence_start(token)


#: Lower-case adjectives that may stand between an official head and its "de"
#: ("tribunal administratif de", "parquet national financier" has none after it).
_OFFICIAL_ADJECTIVES = 2


#: Words of the longest official head ("chambre des métiers et de l'artisanat": the
#: tokenizer splits "l'" and "d'" off as words of their own).
_OFFICIAL_HEAD_WORDS = 7


@functools.cache
def _official_beginnings() -> frozenset[str]:
    """Every beginning of an official head's first word (``c``, ``ch`` … ``chambre``), and
    the empty string of a white-space word: a word that begins none of them begins no head."""
    firsts = {head.split(" ")[0] for head in descriptions().official_heads}
    return frozenset({""} | {word[:k] for word in firsts for k in range(1, len(word) + 1)})


def _official_of(table: Words, head: int, end: int) -> int | None:
    """The ``de`` after an official head (``ministère des``, ``tribunal administratif de``,
    ``tribunal de commerce de``: a lower-case noun or phrase of ``official_heads``, then at
    most two lower-case adjectives), if any; after a head phrase, the capitalised word that
    follows it (``communauté de communes Bocage Ouest``)."""
    if head >= end or fold(table.text[head]) not in _official_beginnings():
        return None  # (it runs around every name: the folded phrases below cost ten times more)
    heads = descriptions().official_heads
    size = min(_OFFICIAL_HEAD_WORDS, end - head)
    width = next(
        (w for w in range(size, 0, -1) if fold(table.span_text(head, head + w)) in heads), 0
    )
    if not width:
        return None
    j = head + width
    while j < min(end, head + 1 + _OFFICIAL_ADJECTIVES) and (
        table.pos[j] == "ADJ" and table.text[j].islower()
    ):
        j += 1
    if j >= end:
        return None
    # ("communauté de communes Bocage Ouest", "chambre régionale des comptes Bretagne": a head
    # phrase, not a lone noun, may take the name straight after it)
    bare = width > 1 and table.text[j][:1].isupper()
    return j if table.lower[j] in DE or bare else None


def _official(table: Words, start: int, end: int) -> bool:
    """``ministère des Armées``, ``tribunal administratif de Poitiers``: an official head
    (:func:`_official_of`) then a capitalised word begins the official name; it is not
    trimmed as a class noun."""
    of = _official_of(table, start, end)
    return of is not None and any(table.text[k][:1].isupper() for k in range(of, end))


#: Articles and possessives that open a verb's object ("finance le port", "rachète ses").
_OBJECT_DETERMINERS = frozenset(
    {
        "le",
        "la",
        "les",
        "l'",
        "l\u2019",
        "un",
        "une",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "ce",
        "cette",
        "ces",
    }
)
#: The object determiners and ``des``: after a bare noun, a verb's object (``X, produit des
#: jouets``).
_OBJECT_DETERMINERS_DES = _OBJECT_DETERMINERS | {"des"}


def _verb_then_object(table: Words, k: int) -> bool:
    """Word ``k`` is a lower-case word that is no preposition, followed by an article: a
    verb and its object, not part of a name."""
    return (
        table.text[k].isalpha()
        and table.text[k].islower()
        and table.pos[k] not in {"ADP", "DET", "CCONJ"}
        and table.lower[k] not in _IN_LONG_NAME
        and table.lower[k + 1] in _OBJECT_DETERMINERS
    )


def _instruction_verb(table: Words, i: int) -> bool:
    """``1.2 Identifiez les concurrents de X``, ``Précisez ...``: a verb in the imperative
    (or second person plural) opening a sentence or an exercise's number is an instruction,
    no name, whatever NER made of the capitalised word."""
    return (
        table.pos[i] in {"VERB", "AUX"}
        and table.lower[i].endswith("ez")
        and table.text[i][:1].isupper()
        and (table.sent_start[i] or (i > 0 and table.pos[i - 1] == "NUM"))
    )


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    table = words(doc)
    text = table.text
    lexicon = descriptions()
    # (the word's own tests first: the article and official-name readings fold words)
    while (
        start < end
        and (
            table.pos[start] in _TRIM_POS
            or table.punct[start]
            # "le groupe Norvik" tagged whole: the lower-case class noun types the name
            # (context_class reads it) but is not part of it
            or (
                start + 1 < end
                and text[start][:1].islower()
                and lexicon.class_of(text[start]) is not None
            )
            # "la banque en ligne Kerys", "le boîtier Klio": a lower-case common noun glued to
            # the name it describes (a place keeps its "avenue", "rue")
            # (or tagged a proper noun: "sa plateforme de cloud Azure"; not a particle of a
            # surname, "van Gogh")
            or (
                start + 1 < end
                and (
                    table.pos[start] in {"NOUN", "ADJ"}  # ("le privé X": an adjective as noun)
                    or (table.pos[start] == "PROPN" and table.lower[start] not in _PARTICLES)
                )
                and text[start].isalpha()
                and text[start].islower()
                and text[start + 1][:1].isupper()
                and fold(text[start]) not in lexicon.place_heads
            )
        )
        and not _article_of_name(doc, table, start)
        and not _official(table, start, end)
        # ("le lycée Paul-Éluard": a school's noun is part of its name)
        and not _institution_named(table, start, end)
    ):
        start += 1
    # "Délégué CGT chez X, Y a ...", "Nouveau directeur de Kelvane, Y a ..." tagged whole: a
    # person's role noun opening the sentence (an adjective before it) is capitalised
    # there, and is no part of the name after it, nor is its "de"
    if end - start >= 2 and table.sent_start[start] and text[start][:1].isupper():
        k = start + 1 if table.pos[start] == "ADJ" and text[start + 1].islower() else start
        role = roles().get(fold(text[k])) if text[k][1:].islower() else None
        if role is not None and role.subject == frozenset({"Person"}) and k + 1 < end:
            after = k + 1
            while after < end - 1 and (table.lower[after] in DE or table.pos[after] == "DET"):
                after += 1
            if text[after][:1].isupper():
                start = after
    # "la SARL Kervadec Frères" tagged whole: a company form written in capitals after a
    # determiner and before the name is no part of it (after it, "Kerval Holdings Ltd", it
    # is cut below; "AG Insurance" opening a sentence is a name, and two capitals after
    # an article, "l'AG", as often an assembly)
    if (
        end - start >= 2
        and start >= 1
        and table.lower[start - 1] in lexicon.determiners
        and len(text[start]) > 2
        and text[start].isupper()
        and fold(text[start]) in lexicon.legal_forms
        and text[start + 1][:1].isupper()
    ):
        start += 1
    # "le groupe de BTP Vinci" tagged whole: a sector's acronym completing the class noun
    # before it is not part of the name ("filiale de BNP Paribas": a role noun's "de" names
    # whom the role is towards, whole)
    if (
        end - start >= 2
        and start >= 2
        and _acronym(text[start])
        and table.lower[start - 1] in DE
        and text[start - 2].islower()
        and lexicon.class_of(text[start - 2]) is not None
        and text[start + 1][:1].isupper()
        and not _role_towards(text[start - 2])
    ):
        start += 1
    # "les colonnes de Sud Ouest" tagged whole: a lower-case common-noun phrase ending in
    # "de" (and an article) before the capitalised name is not part of it
    first_capital = next((i for i in range(start, end) if text[i][:1].isupper()), None)
    if (
        first_capital is not None
        and first_capital > start
        and not _official(table, start, end)
        # ("la gare de Lille-Flandres", "l'aéroport de Brest-Guipavas": a place's own name)
        and fold(text[start]) not in lexicon.place_heads
        # (Token.is_lower is str.islower of the word: no Token per word)
        and all(text[i].islower() for i in range(start, first_capital))
        and table.pos[start] == "NOUN"
        and any(table.lower[i] in DE for i in range(start, first_capital))
    ):
        start = first_capital
    # "la position d'Uber dans la micromobilité" tagged whole: no name runs on through
    # "dans" into lower-case words
    cut = next((k for k in range(start + 1, end) if table.lower[k] in _NOT_IN_NAMES), None)
    if (
        cut is not None
        and all(text[k].islower() or table.punct[k] for k in range(cut, end))
        # (but a short form in parentheses right after confirms the whole name: "l'Office
        # fédéral de lutte contre les cartels (Bundeskartellamt)")
        and not _short_form_after(table, end)
    ):
        end = cut
    # "avec Nivalp la convention « Neige sobre" tagged whole: a quote the span opens but
    # does not close belongs to the words after the name, and so do the lower-case words
    # before it ("la convention")
    quote = next(
        (
            k
            for k in range(start + 1, end)
            if text[k] in OPENING_GUILLEMETS and not any(c in CLOSING_QUOTES for c in text[k:end])
        ),
        None,
    )
    if quote is not None:
        end = quote
        while end - 1 > start and text[end - 1].islower():
            end -= 1
    # "de Bpifrance et du britannique X" tagged whole: a second name, announced by its
    # adjective of origin, starts after the conjunction
    if (cut := _coordinated_origin(table, start, end)) is not None:
        end = cut
    # "l'Agence française de développement finance le port" tagged whole: an
    # organisation's name never holds a lower-case word then an article, a verb and its
    # object do (titles of works, "Autant en emporte le vent", are no organisations)
    if span.label_ == "ORG":
        end = next((k for k in range(start + 1, end - 1) if _verb_then_object(table, k)), end)
    end = _owner_cut(table, start, end)
    legal = lexicon.legal_forms
    fixes = verb_frame_lemma_fixes()
    while end > start and (
        table.punct[end - 1]
        or table.space[end - 1]
        # "dont Le Progrès et Sud Ouest" tagged "Le Progrès et": no name ends on "et"
        or table.lower[end - 1] in _COORDINATORS
        # "l'Autorité de la concurrence enquête": a verb form the tagger reads as a noun
        or (end - 1 > start and text[end - 1].islower() and table.lower[end - 1] in fixes)
        # "Renault PDG Luca de Meo": a title's acronym after the company
        or (end - 1 > start and _acronym(text[end - 1]) and fold(text[end - 1]) in roles())
        or (
            end - 1 > start
            and fold(text[end - 1]) in legal
            # ("Kerval Holdings Limited (KHL)": the short form keeps the form)
            and not _form_abbreviated(table, start, end)
        )
    ):
        end -= 1
    if start >= end:
        return None
    if (
        end - start == 1
        and table.sent_start[start]
        and table.pos[start] == "ADJ"
        and start + 1 < len(text)
        and table.pos[start + 1] == "NOUN"
        and text[start + 1].islower()
    ):
        return None  # "Principal concurrent de X, ...": the adjective opening the sentence
    return Span(doc, start, end)  # (asked of every entity: a slice costs 2 µs more)


def _coordinated_origin(table: Words, start: int, end: int) -> int | None:
    """``Bpifrance et du britannique`` (+ ``Notion Capital``): where a name's words end on
    ``et``/``ou``, an article and an adjective of origin, lower-case, that announce the
    next name; the index of the conjunction, if so."""
    for k in range(end - 1, start, -1):
        word = table.text[k]
        if table.lower[k] in _COORDINATORS:
            tail = range(k + 1, end)
            return k if any(origin_text(table.text[i]) for i in tail) else None
        if not word.islower():
            return None
    return None


def _institution_named(table: Words, start: int, end: int) -> bool:
    """Whether a school's or hospital's lower-case noun (``institution_heads`` of
    ``words.json``) opens the words and a capitalised name follows it straight."""
    return (
        start + 1 < end
        and table.text[start].islower()
        and fold(table.text[start]) in folded_word_list("institution_heads")
        and table.text[start + 1][:1].isupper()
    )


def _owner_cut(table: Words, start: int, end: int) -> int:
    """``la gamme Brunelle de la fromagerie`` tagged whole: capitalised words then ``de``,
    maybe an article, and a lower-case class noun (``descriptions.json``) that ends the
    span name a thing and its owner, described; the name ends before ``de``. A head that
    opens names (``Maison de la radio``, ``names.json``) keeps its complement."""
    k = end - 2
    if k > start and table.lower[k] in _NAME_ARTICLES:
        k -= 1
    noun = table.text[end - 1]
    if (
        k <= start
        or table.lower[k] not in DE
        or not noun.islower()
        # (goods own nothing: "la Fête du cidre" is one name)
        or descriptions().class_of(noun) in {None, "Product"}
        or name_heads().head_class(table.text[start]) is not None
        or not all(table.text[i][:1].isupper() for i in range(start, k))
    ):
        return end
    return k


def _written_as_title(words: Span) -> bool:
    """Whether the words are a title as French writes it, accents included (folding alone
    would take ``General`` for ``général``)."""
    return words.text.lower().replace("\u2019", "'") in descriptions().titles_written


def title_end(span: Span) -> int:
    """Index of the first token after the title words a span starts with (``Premier
    ministre``, ``M.``), or ``span.start`` when it starts with none.

    A title is only cut when a capitalised word follows it: ``Président`` alone stays.
    """
    doc = span.doc
    table = words(doc)
    titles = _titles()
    start = span.start
    cut = True
    while cut:
        cut = False
        first = fold(table.text[start])
        if first and first not in _title_prefixes():
            break  # no title starts with this word: spare folding four spans
        for end in range(min(span.end - 1, start + 4), start, -1):
            if fold(table.span_text(start, end)) in titles and table.text[end][:1].isupper():
                if not _written_as_title(doc[start:end]):
                    return start  # "General Catalyst": an English word, not "général"
                start, cut = end, True
                break
    return start


@functools.cache
def _titles() -> frozenset[str]:
    return frozenset(descriptions().titles)


@functools.cache
def _title_prefixes() -> frozenset[str]:
    """Every beginning of a title, so a word that starts none is rejected at once (a
    title's folded text begins with the folded text of its first token)."""
    return frozenset(title[:n] for title in _titles() for n in range(1, len(title) + 1))


#: Articles (and contractions) before an adjective of origin used as a noun.
_ARTICLES = frozenset({"le", "la", "l'", "l\u2019", "au", "du"})


def origin_word(token: Token) -> bool:
    """A lower-case adjective of origin (``nantaise``, ``chinois``), whatever its tag."""
    return origin_text(token.text)


def reference(antecedent: Mention, token: Token, offset: int) -> Mention:
    """``antecedent`` at the place of the word ``token`` that refers to it: a resolved
    pronoun or description keeps its antecedent's name, class and QID at its own offsets
    (``offset`` is the chunk's in the document).

    Example:
        >>> import spacy
        >>> doc = spacy.blank("fr")("Elle recrute.")
        >>> reference(Mention("Kelvo", "Company", 40, 45), doc[0], 100)
        Mention(text='Kelvo', cls='Company', start=100, end=104, qid=None, entity=None)
    """
    return Mention(
        antecedent.text,
        antecedent.cls,
        token.idx + offset,
        token.idx + len(token.text) + offset,
        antecedent.qid,
    )


def origin_text(text: str) -> bool:
    """:func:`origin_word` of a word's text (``lyonnaise``, not ``Lyonnaise``).

    Example:
        >>> origin_text("nantaise"), origin_text("Nantaise")
        (True, False)
    """
    return text[:1].islower() and demonym_of(text) is not None


def origin_as_noun(token: Token) -> bool:
    """``l'américain WNS``, ``au chinois Tencent``: an adjective of origin after an article
    stands for ``le groupe américain`` (a capitalised ``l'Américain X`` is a person)."""
    return origin_word(token) and token.i > 0 and token.doc[token.i - 1].lower_ in _ARTICLES


_QUANTIFIERS = frozenset({"plusieurs", "des", "les", "ces", "certains", "certaines", "nombre"})


def _owned(doc: Doc, start: int, noun: str) -> str | None:
    """``sa plateforme (de cloud) X``: a class noun after a possessive, whose role noun of
    ``roles.json`` holds only products, makes the name a product of its possessor (``la
    plateforme X`` alone is as often a company)."""
    role = roles().get(noun)
    if start == 0 or role is None or role.subject != frozenset({"Product"}):
        return None
    return "Product" if doc[start - 1].lower_ in descriptions().possessives else None


def _after_product_noun(table: Words, start: int) -> bool:
    """``Son robot vedette, l'Atlas-L, ...``: a name set after a comma, in apposition to
    a determined product noun (one or two modifiers after it), is that product.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words_ = ["Son", "robot", "vedette", ",", "l'", "Atlas", "rivalise"]
        >>> pos = ["DET", "NOUN", "NOUN", "PUNCT", "DET", "PROPN", "VERB"]
        >>> doc = Doc(spacy.blank("fr").vocab, words=words_, pos=pos)
        >>> _after_product_noun(words(doc), 5), _after_product_noun(words(doc), 1)
        (True, False)
    """
    j = start - 1
    if j >= 0 and table.pos[j] == "DET":
        j -= 1
    if j < 2 or table.text[j] != ",":
        return False
    lexicon = descriptions()
    for noun in (j - 1, j - 2, j - 3):
        # (a lower-case word the tagger calls a proper noun: "phare")
        common = table.pos[noun] in {"NOUN", "ADJ"} or table.text[noun][:1].islower()
        if noun < 1 or not common or table.punct[noun]:
            return False
        # ("son premier catamaran, le X": an adjective between the determiner and noun)
        determined = table.pos[noun - 1] == "DET" or (
            noun >= 2 and table.pos[noun - 1] == "ADJ" and table.pos[noun - 2] == "DET"
        )
        if determined and table.text[noun][:1].islower():
            return lexicon.class_of(table.text[noun]) == "Product" or (
                lexicon.class_of(table.lemma[noun]) == "Product"
            )
    return False


def context_class(span: Span) -> str | None:
    """Class announced by a description noun next to the name, if any.

    Looks left (``la start-up californienne X``, ``le quotidien X``, ``M. X``: skipping
    adjectives) and right (``X, l'incubateur de ...``). ``le groupe X`` is a company,
    unless the sentence speaks of music (``la chanson du groupe X``: a band).
    """
    cls = _announced_class(span)
    if cls == "Company" and _band(span):
        return "Organization"
    return cls


#: How far from the name the noun ``groupe`` of a band may stand ("le groupe de rock X").
_BAND_NOUN_REACH = 4


def _band(span: Span) -> bool:
    """``le groupe X`` in a sentence with a word of ``band_words``: a band, no company."""
    doc = span.doc
    near = doc[max(0, span.start - _BAND_NOUN_REACH) : span.end + _BAND_NOUN_REACH]
    if not any(token.lower_ == "groupe" for token in near):
        return False
    music = folded_word_list("band_words")
    return any(fold(token.text) in music for token in span.sent)


def _announced_class(span: Span) -> str | None:
    doc = span.doc
    table = words(doc)
    text, pos = table.text, table.pos
    size = len(text)
    lexicon = descriptions()
    i = span.start - 1
    if (listed := _plural_class_before(table, span.start)) is not None:
        return listed  # "les fonds régionaux X et Y": the class noun announces both
    if i >= 2 and fold(text[i]) in lexicon.naming_words:
        # "son logiciel, baptisé Nemo": the participle gives the noun before it its name
        k = i - 2 if text[i - 1] == "," else i - 1
        cls = lexicon.class_of(text[k]) or lexicon.class_of(table.lemma[k].lower())
        if cls is not None and text[k][:1].islower():
            return cls
    # "l'association Les Suds": a title's own article, capitalised, stands between
    if (
        i >= 1
        and i == span.start - 1
        and text[i] in TITLE_ARTICLES
        and (text[i - 1].islower() or text[i - 1] == ")")
    ):
        i -= 1
    # the tagger calls some adjectives of origin nouns ("la start-up nantaise X") or, in
    # lower case after a noun or adjective, proper nouns ("le groupe familial vendéen X";
    # not "la plateforme de recettes X", a complement's noun)
    # ("la ferme X", "l'industriel X": a class noun after a determiner, tagged an adjective)
    noun = (
        i > 0 and pos[i] == "ADJ" and pos[i - 1] == "DET" and bool(lexicon.class_of(fold(text[i])))
    )
    while (
        i >= 0
        and not noun
        and (
            pos[i] == "ADJ"
            or origin_text(text[i])
            or (pos[i] == "PROPN" and text[i].islower() and i > 0 and pos[i - 1] in {"ADJ", "NOUN"})
        )
        # ("le family office X", "la jeune pousse X": the last word of a class noun)
        and not (i > 0 and lexicon.class_of(table.span_text(i - 1, i + 1)))
    ):
        i -= 1
    if i + 1 < span.start and origin_as_noun(doc[i + 1]):
        return "Company"  # "l'américain WNS": the adjective stands for "le groupe"
    # "la SCOP X", "la société coopérative d'intérêt collectif (SCIC) X": a company form
    # written in capitals, maybe as the short form of the words before it
    form = i - 1 if i >= 2 and text[i] == ")" and text[i - 2] == "(" else i
    if i >= 0 and text[form].isupper() and fold(text[form]) in lexicon.legal_forms:
        return "Company"
    # the last one, two and three words before the name, folded once for both lookups
    before = {w: fold(table.span_text(i - w + 1, i + 1)) for w in (1, 2, 3) if i - w + 1 >= 0}
    if not lexicon.product_frames.isdisjoint(before.values()):
        return "Product"  # "sous la marque X", "la gamme X": a brand of what the subject sells
    if _after_product_noun(table, span.start):
        return "Product"
    if not _titles().isdisjoint(before.values()):
        return "Person"  # "le Premier ministre X", "la présidente X"
    if i >= 0:
        for width in (3, 2, 1):
            if width not in before:
                continue
            cls = lexicon.class_of(before[width])
            if cls is None and width == 1 and text[i].islower() and i > 0 and pos[i - 1] == "DET":
                # ("la bonneterie X", "la manufacture X": a trade noun that opens company
                # names, lower-case before one, announces it as a class noun does)
                cls = "Company" if name_heads().head_class(text[i]) == "Company" else None
            # a class noun is lower-case: "la République Emmanuel Macron" types no one (but
            # "la PME X": a common noun's initials are written in capitals)
            if not text[i][:1].islower() and not text[i].isupper() and cls != "Person":
                continue
            # ("le fabricant de jouets X": goods after "de" are what the noun before makes)
            if cls == "Product" and i - width >= 0 and table.lower[i - width] in DE:
                continue
            if cls and (width > 1 or noun or pos[i] in {"NOUN", "PROPN", "X"} or cls == "Person"):
                if _trade_of_person(span, i - width, before[width]):
                    return "Person"
                return _owned(doc, i - width + 1, before[width]) or cls
        # "la banque en ligne X", "le groupe de BTP X": the class noun before a complement
        # (a hyphenated complement, "ses poutres en lamellé-collé X", is one word)
        while i >= 3 and text[i - 1] == "-" and pos[i - 2] in {"NOUN", "ADJ"}:
            i -= 2
        if i >= 2 and pos[i] in {"NOUN", "PROPN"} and table.lower[i - 1] in BARE_COMPLEMENT:
            # ("le fabricant allemand de films X": adjectives of the class noun between)
            k = i - 2
            while k > 0 and (pos[k] == "ADJ" or origin_text(text[k])):
                k -= 1
            cls = lexicon.class_of(fold(text[k])) if text[k][:1].islower() else None
            # ("la chaîne de bowlings X", "de restaurants": a medium's complement is
            # singular, "la chaîne d'information X"; a plural one makes a chain of sites)
            # (the tagger's number is unsure of borrowed words: "bowlings" is singular to it)
            if cls == "MediaOrganization" and (
                "Plur" in doc[i].morph.get("Number", []) or text[i].endswith(("s", "x"))
            ):
                cls = "Company"
            # (not a person's title nor "le cabinet de conseil X", no ministry's cabinet)
            if cls and cls not in {"Person", "GovernmentBody"} and pos[k] == "NOUN":
                return _owned(doc, k, fold(text[k])) or cls
    # apposition on the right: "X, l'incubateur" / "X, le quotidien"
    j = span.end
    # ("X (ALTRE), fabricant de ...": past a short form in parentheses)
    if j + 3 < size and text[j] == "(" and text[j + 2] == ")":
        j += 3
    # ("X, filiale de ..." has no determiner)
    # ("..., plusieurs industriels envisagent": a quantified plural starts another clause)
    # ("Fondée par Anne Roy et son mari, Paul Roy, l'entreprise ...": a person named in
    # full, given name first, ends the fronted clause whose subject comes after the comma)
    person = len(span) > 1 and is_given_name(text[span.start])
    # ("le rachat de la scierie X, à Saint-Dié, votre groupe ...": a French town after a
    # preposition of place closes a complement; the noun after the comma opens the clause)
    town = (
        span.start > 0
        and table.lower[span.start - 1] in _AT_PLACE
        and french_place(span.text) is not None
    )
    if (
        j + 2 < size
        and text[j] == ","
        and table.lower[j + 1] not in _QUANTIFIERS
        and not person
        and not town
    ):
        k = j + 2 if pos[j + 1] == "DET" else j + 1
        while k < size and pos[k] == "ADJ":
            k += 1
        named = k + 1
        while named < size and (pos[named] == "ADJ" or origin_text(text[named])):
            named += 1
        # "..., la start-up Kiwaï emploie": the class noun announces a name of its own
        own_name = named < size and text[named][:1].isupper()
        # ("X, cité par Y" is a participle, whatever the tagger says, not the noun "cité";
        # "X, produit des jouets", "X, produit et vend": a bare noun before an object
        # or a conjunction is a verb)
        participle = k + 1 < size and (
            table.lower[k + 1] == "par"
            or (
                k == j + 1
                and (pos[k + 1] == "CCONJ" or table.lower[k + 1] in _OBJECT_DETERMINERS_DES)
                # ("X, numéro un du drone": a two-word class noun)
                and lexicon.class_of(fold(table.span_text(k, k + 2))) is None
            )
        )
        if (
            k < size
            and not own_name
            and pos[k] in {"NOUN", "PROPN"}
            and not participle
            and not _subject_after_comma(doc[k])
        ):
            # "X, la maison mère de Y": a two-word class noun first
            cls = (
                lexicon.class_of(fold(table.span_text(k, min(k + 2, size))))
                or lexicon.class_of(fold(text[k]))
                or lexicon.class_of(table.lemma[k].lower())
            )
            if cls and cls != "Person":
                return cls
    return None


def _trade_of_person(span: Span, determiner: int, noun: str) -> bool:
    """``la chimiste Sabine X``, ``le brasseur Paul Y``: a trade noun that names companies
    and persons alike (``person_trades`` of ``words.json``) introduces a person when its
    determiner is feminine (a company is ``le chimiste``) or the name opens with a given
    name; ``le chimiste BASF`` keeps the company.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["la", "chimiste", "Kelvo"])
        >>> _trade_of_person(doc[2:3], 0, "chimiste"), _trade_of_person(doc[2:3], -1, "chimiste")
        (True, False)
    """
    if fold(noun) not in folded_word_list("person_trades"):
        return False  # (the noun comes folded: "éditeur" is listed with its accent)
    doc = span.doc
    feminine = determiner >= 0 and doc[determiner].lower_ in word_list("feminine_determiners")
    return feminine or (len(span) > 1 and is_given_name(doc[span.start].text))


def _subject_after_comma(noun: Token) -> bool:
    """``Installé à Annecy, le groupe veut ...``: a noun after the comma that runs straight
    into its verb is that verb's subject, not an apposition to the name before the comma
    (``Vernel, le groupe lyonnais, a annoncé`` closes its apposition with a comma)."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubj:pass"} or verb.i < noun.i:
        return False
    return not any(t.text == "," for t in noun.doc[noun.i : verb.i])


#: Classes a name's first word may announce: "Université de Bordeaux", "Commission européenne".
_HEAD_CLASSES = ("GovernmentBody", "Organization")


def _inner_class(span: Span) -> str | None:
    # "AI Act", "Loi Evin", "Accord de Paris": a class-bearing word inside the name
    lexicon = descriptions()
    table = words(span.doc)
    text = table.text
    # "Université de Bordeaux", "Lycée Victor Hugo": the name is headed by an organisation
    # noun, whatever NER made of the place or person it also holds
    head, last = text[span.start], text[span.end - 1]
    if len(span) > 1 and (named := _named_by_head(text, span)) is not None:
        # ("Région Centre Investissement": a public body's investment arm is a company)
        if named == "GovernmentBody" and fold(last) in lexicon.company_name_ends:
            return "Company"
        return named
    # ("ministère des Armées": an official name's head is written in lower case)
    of = _official_of(table, span.start, span.end) if len(span) > 1 else None
    if of is not None:
        # ("communauté de communes de Guingamp": the head phrase's class, else its noun's)
        heads = (fold(table.span_text(span.start, of)), fold(head))
        found = next(
            (cls for cls in _HEAD_CLASSES for h in heads if h in lexicon.by_class[cls]), None
        )
        if found is not None:
            return found
    # "le lycée Paul-Éluard": a school or hospital named by its lower-case noun
    if _institution_named(table, span.start, span.end):
        return lexicon.class_of(head)
    # "l'armement Le Querrec": a family firm named by its lower-case trade
    if len(span) > 1 and head.islower() and fold(head) in folded_word_list("family_firm_trades"):
        return "Company"
    # "l'aéroport de Brest-Guipavas", "la gare de Lille-Flandres": a place named by its
    # lower-case noun and a capitalised name
    if (
        len(span) > 1
        and head.islower()
        and fold(head) in lexicon.place_heads
        and any(word[:1].isupper() for word in text[span.start + 1 : span.end])
    ):
        return "Place"
    if len(span) > 1 and _venue_head(table, span.start, span.end):
        return "Place"  # "Espace Carnot", "Stade de la Route de Lorient", "Hangar 9"
    if len(span) > 1 and head[:1].isupper():
        for cls in _HEAD_CLASSES:
            if fold(head) in lexicon.by_class[cls]:
                return cls
    # "Walt Whitman High School", "Atlantic Records": an English organisation head last
    # ... or a company's ("Kelvane Systems", "Dulac Emballages"), NER's persons
    if len(span) > 1 and last[:1].isupper():
        if fold(last) in lexicon.company_name_ends:
            return "Company"
        if fold(last) in lexicon.name_heads:
            return "Organization"
    inner = _inner_classes()
    for i in range(span.start, span.end):
        for cls in inner.get(fold(text[i]), ()):
            # (an agreement's name opens with its noun, "Accord de Paris"; "X Alliance Y"
            # inside a bank's name is none)
            if cls != "Agreement" or i == span.start:
                return cls
    return None


def _venue_head(table: Words, start: int, end: int) -> bool:
    """Whether a capitalised venue noun (``venue_heads`` of ``words.json``, one to three
    words) opens the name and a capitalised word, a number or ``de`` and a capitalised
    word follow it (not ``Stade rennais``, a club)."""
    if not table.text[start][:1].isupper():
        return False
    heads = folded_word_list("venue_heads")
    for width in (3, 2, 1):
        after = start + width
        if after >= end or fold(table.span_text(start, after)) not in heads:
            continue
        if table.lower[after] in DE and after + 1 < end:
            after += 1
            if table.lower[after] in _NAME_ARTICLES and after + 1 < end:
                after += 1
        word = table.text[after]
        return word[:1].isupper() or word[:1].isdigit()
    return False


def _named_by_head(text: tuple[str, ...], span: Span) -> str | None:
    """The class an organisation's capitalised head (``Moulins Castagnet``, ``Grands
    Moulins de Paris``) or closing noun (``Vierzon métropole``) gives its name."""
    lexicon = name_heads()
    first = span.start
    # ("Autorité bancaire européenne": the reach may follow one lower-case adjective)
    scopes = text[first + 1 : min(first + 3, span.end)]
    reach = scopes[1] if len(scopes) > 1 and scopes[0].islower() else scopes[0]
    if (
        text[first][:1].isupper()
        and fold(text[first]) in lexicon.public_heads
        and (fold(scopes[0]) in lexicon.public_scopes or fold(reach) in lexicon.public_scopes)
    ):
        return "GovernmentBody"  # "Agence nationale de ...", "Inspection générale des ..."
    if fold(text[first]) in lexicon.head_adjectives and first + 1 < span.end:
        first += 1
    if text[first][:1].isupper() and (cls := lexicon.head_class(text[first])):
        return cls
    if _trade_plural_head(span.doc[first], span.end):
        return "Company"
    return lexicon.after.get(fold(text[span.end - 1]))


def _trade_plural_head(head: Token, end: int) -> bool:
    """``Billards Vandewalle``, ``Peintures Orbelle``, ``Cycles Berthet``: a capitalised
    common noun in the plural (what the firm makes or does) before a name that is no known
    word opens a company's name, as ``heads`` of names.json do, whatever NER made of it."""
    # (the plural written, not only tagged: the tagger makes "Port" of "Port Marianne" one)
    if (
        head.i + 1 >= end
        or head.pos_ != "NOUN"
        or not head.lower_.endswith(("s", "x"))
        or "Plur" not in head.morph.get("Number", [])
    ):
        return False
    name = head.doc[head.i + 1]
    # ("Tricotages de Sainte-Savine": on through "de", and an article, to a capital)
    k = head.i + 2 if name.lower_ in DE and head.i + 2 < end else None
    if k is not None and head.doc[k].lower_ in _NAME_ARTICLES and k + 1 < end:
        k += 1
    if k is not None:
        name = head.doc[k]
    return (
        head.text[:1].isupper()
        and name.text[:1].isupper()
        and (name.pos_ == "PROPN" or not name.has_vector)
        and not is_given_name(head.text)
        # (a noun of another kind of thing names that: "Trophées Kelvo" is an event)
        and descriptions().class_of(head.text) in {None, "Company"}
    )


@functools.cache
def _inner_classes() -> dict[str, tuple[str, ...]]:
    """Folded word → which of Regulation, Agreement, Event (in that order) have it among
    their nouns: the classes a word inside a name may give it (one lookup per word)."""
    by_class = descriptions().by_class
    found: dict[str, tuple[str, ...]] = {}
    for cls in ("Regulation", "Agreement", "Event"):
        for word in by_class[cls]:
            found[word] = (*found.get(word, ()), cls)
    return found


def _choose_class(
    span: Span, label: str, gazetteer: Gazetteer, text: str
) -> tuple[str, str | None]:
    cls, qid = _class_and_qid(span, label, gazetteer, text)
    # NER and the gazetteer say "organisation" of a firm and a university alike, or
    # nothing of an unknown brand: a business's deed says which, where no noun next to
    # the name said it
    if cls in {"Organization", UNTYPED} and _trades(span) and context_class(span) is None:
        return "Company", qid
    return cls, qid


def _class_and_qid(
    span: Span, label: str, gazetteer: Gazetteer, text: str
) -> tuple[str, str | None]:
    hint = ner_class(label)
    if (set_off := _town_set_off(span, gazetteer, text)) is not None:
        return set_off, None
    context = context_class(span)
    entry = gazetteer.lookup(text, cls_hint=context or (None if hint == UNTYPED else hint))
    lone = context is None and hint == "Person" and _lone_word(span)
    if entry is None and lone:
        # (only an organisation's row: an investor named like a foreign town is no town)
        found = gazetteer.lookup(text, cls_hint="Organization")
        entry = found if found is not None and coarse(found.cls) == "Organization" else None
    firm = lone and entry is not None and coarse(entry.cls) == "Organization"
    if entry is not None and context and coarse(entry.cls) != coarse(context):
        entry = None  # the text says otherwise: "le quotidien Figaro" is no café
    if (
        entry is not None
        and hint in {"Person", "Place"}
        and coarse(entry.cls) != hint
        and entry.sources < 2
        and not firm
    ):
        entry = None  # NER's PER/LOC beats a single-source row typed otherwise (Europe as a flag)
    if entry is not None and span[0].text in TITLE_ARTICLES and entry.sources < 2:
        entry = None  # a title ("Le Figaro") is not the one-source brand of the same word
    if context:
        return context, entry.qid if entry else None
    if (
        hint != "Person"
        and is_world_region(text)
        and (entry is None or coarse(entry.cls) != "Place")
    ):
        return "Region", None  # "en Asie", "au Moyen-Orient": Europe is a flag to the gazetteer
    if _titled_medium(span):
        return "MediaOrganization", None  # "Le Héraut des quais relate ..."
    if _seat_of_power(span):
        return "GovernmentBody", None
    if is_media_name(text) and hint != "Person":
        # "Ouest-France", "au Figaro": NER calls titles organisations, places or nothing
        known = entry.qid if entry is not None and coarse(entry.cls) == "Organization" else None
        return "MediaOrganization", known
    inner = _inner_class(span)
    if entry is not None:
        # the gazetteer's classes are broad: "ministère des Armées" is an Organization there
        # and its head says which kind
        if inner is not None and entry.cls in classes()[inner].parents:
            return inner, entry.qid
        return entry.cls, entry.qid
    if inner:
        return inner, None
    if hint != "Organization" and _spoken_to(span):
        return "MediaOrganization", None
    if (field := _field_class(span)) is not None:
        return field, None  # "Siège social : 8, allée des Tilleuls, Carhaix."
    if hint == "Place" and _surname(span):
        return "Person", None  # "Jean Sorel ... Aujourd'hui, Sorel emploie": NER said LOC
    # ("dont le siège est à Bourg (Gironde), a absorbé ...": a French town where a placing
    # word puts it is that town, whatever verb the parser hangs on it)
    if hint == "Place" and _placed_after(span) and (town := french_place(text)) is not None:
        return town.cls, None
    # (not by "les salariés de X" for a place: "les salariés de Lyon", of a site there)
    if hint == "Place" and (_acts_as_company(span) or _run_as_company(span, parts=False)):
        return "Organization", None
    # "Vélix assemble 150 vélos par jour": an unknown name NER left untyped that does a
    # company's deed is one (and outweighs a headline's "X, le vélo ..."); being "of" a
    # role is no evidence for it ("le président de la République")
    if hint == UNTYPED and (_acts_as_company(span, or_bought=False) or _run_as_company(span)):
        return "Organization", None
    # "Solvea emploie 300 personnes": NER calls unfamiliar one-word brands persons too
    if hint == "Person" and (
        # ("Jean Moreau a été repris de justice": a given name makes a person whatever the
        # verb; "Drukkerij X" or "Kelvo" bought is a company)
        (_bought(span) and not is_given_name(words(span.doc).text[span.start]))
        or (len(span) == 1 and not _surname(span) and _acts_as_company(span))
        or (len(span) == 1 and not _surname(span) and _rival_of_company(span))
        or _run_as_company(span)
    ):
        return "Organization", None
    if hint == UNTYPED and _placed_after(span) and gazetteer.lookup(text) is None:
        return "City", None  # "Né à Tournevie en 1980": NER left the town untyped
    if (
        hint in {UNTYPED, "Place", "Person"}
        # (a person's name only where the list of French towns holds it)
        and (hint != "Person" or ((town := french_place(text)) is not None and town.cls == "City"))
        and gazetteer.lookup(text) is None
        and _region_set_after(span, gazetteer)
    ):
        return "City", None  # "le presseur d'Averton, en Mayenne": NER took it for a person
    if (
        hint == "Person"
        and len(span) == 1
        and not is_given_name(text)
        and not _surname(span)
        and _placed_after(span)
        and gazetteer.lookup(text) is None
    ):
        return "City", None  # "une cimenterie à Pout": NER took the town for a person
    if hint == "Place":
        # NER calls unfamiliar brands places as often as it finds real places, and the
        # gazetteer knows the places news names: an unknown one stays untyped, and each
        # fact's slot types it ("rachetée" an organisation, "installée à" a place); but
        # the Wikidata gazetteer lacks most French towns, which a list of them types (not
        # a name it knows otherwise: the company Saint-Gobain, not the Aisne village)
        if gazetteer.lookup(text) is not None:
            return UNTYPED, None
        if _branch_in_country(span, gazetteer):
            return "Organization", None
        # ("né à Tournevie", "dont le siège est à Vauxbois": a town no list holds)
        return _french_place(span, text) or ("City" if _placed_after(span) else UNTYPED), None
    if hint == UNTYPED:
        # "Google DeepMind": an unknown name that starts with a known organisation
        head = gazetteer.lookup(span[0].text, cls_hint="Organization")
        if head is not None and len(span) > 1 and coarse(head.cls) == "Organization":
            return "Organization", None
    return hint, None


def _town_set_off(span: Span, gazetteer: Gazetteer, text: str) -> str | None:
    """``La Brasserie X, de Vannes, concurrente de Y``: a French town's name set off by
    ``, de`` right after a name, and closed by a comma, a bracket or the sentence's end,
    says where the name before it is from; it is that town whatever NER said, and the
    apposition that follows describes the name, not the town (no organisation the
    gazetteer knows: ``, d'Airbus,``)."""
    table = words(span.doc)
    i = span.start
    if (
        i < 3
        or table.lower[i - 1] not in DE_BARE
        or table.text[i - 2] != ","
        or not table.text[i - 3][:1].isupper()
    ):
        return None
    if span.end < len(table.text) and table.text[span.end] not in {",", ")", ".", ";"}:
        return None
    place = french_place(text)
    if place is None or place.cls != "City":
        return None
    known = gazetteer.lookup(text, cls_hint="Organization")
    return None if known is not None and coarse(known.cls) == "Organization" else "City"


def _lone_word(span: Span) -> bool:
    """``Stellantis ne fait pas de commentaire``: NER calls a lone brand a person, but a
    person is named in full before being named by one word (``Dupont`` after ``Jean
    Dupont``): a one-word name that is neither a given name nor such a surname is no
    person's, and the gazetteer may say whose it is."""
    return (
        len(span) == 1
        and not is_given_name(words(span.doc).text[span.start])
        and not _surname(span)
    )


#: Inhabitants from which a French town's name types it wherever it stands; a smaller
#: town's name ("Valmont") is often a brand's or a surname's too.
_TOWN_ANYWHERE = 5_000
#: Prepositions of place before which a small town's name types it ("née à Pauillac").
_AT_PLACE = frozenset({"à", "au", "aux", "en", "dans", "près", "vers", "depuis"})


def _french_place(span: Span, text: str) -> str | None:
    """``City`` or ``Region`` for a name NER called a place that France's list of
    communes, départements and régions holds (:mod:`kg.entities.places`): a département, a
    région or a large town anywhere; a small town after a preposition of place (not a
    recipient's ``à``: ``a cédé sa filiale à Valmont``) or after a site's ``de``
    (``l'usine de Montdidier``)."""
    place = french_place(text)
    if place is None or place.cls != "City" or place.population >= _TOWN_ANYWHERE:
        return None if place is None else place.cls
    table = words(span.doc)
    start = span.start
    # ("depuis Les Mureaux": the town's own article, cut off the name, stands between)
    if start > 1 and table.text[start - 1] in TITLE_ARTICLES:
        start -= 1
    before = table.lower[start - 1].replace("\u2019", "'") if start else ""
    # ("le port de Fos-sur-Mer", "la gare de X": a place's head noun before "de" too)
    if (
        before in DE
        and start > 1
        and (
            table.lemma[start - 2] in word_list("facility_nouns")
            or fold(table.lemma[start - 2]) in descriptions().place_heads
        )
    ):
        return place.cls
    if before not in _AT_PLACE:
        return None
    head = span.root.head
    recipient = head.pos_ in {"VERB", "AUX"} and head.lemma_ in _RECIPIENTS
    return None if recipient else place.cls


#: Most words between a field's colon and the name that closes it (an address).
_FIELD_WORDS = 12


def _field_class(span: Span) -> str | None:
    """The class of the name that closes a field of a notice: ``Siège : Plouescat.``,
    ``Siège social : 8, allée des Tilleuls, Carhaix.`` (a town: ``seat_labels`` of
    ``words.json``), ``Raison sociale : Kerval Conseil.`` (a company, the name filling the
    field: ``name_labels``). Read word by word: the parser cuts such fields at the colon.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("fr")("Siège social : 8, rue Haute, Carhaix. Objet : négoce.")
        >>> _field_class(doc[8:9]), _field_class(doc[12:13])
        ('City', None)
    """
    table = words(span.doc)
    after = span.end
    ends = after >= len(table.text) or table.text[after] in {".", ";"}
    if not ends and "\n" not in table.text[after]:
        return None
    j = span.start - 1
    while j >= 0 and span.start - j <= _FIELD_WORDS and table.text[j] not in {":", "."}:
        if "\n" in table.text[j]:
            return None
        j -= 1
    if j < 1 or table.text[j] != ":":
        return None
    labels = {fold(table.span_text(j - width, j)) for width in (1, 2) if j - width >= 0}
    if not labels.isdisjoint(folded_word_list("seat_labels")):
        return "City"
    filled = j == span.start - 1
    return "Company" if filled and not labels.isdisjoint(folded_word_list("name_labels")) else None


#: Prepositions after a placing word before the town: "né à", "originaire de".
_PLACING_PREPS = frozenset({"à", "au", "aux", "de", "d'", "d\u2019"})


def _placed_after(span: Span) -> bool:
    """``né à X``, ``installée à X``, ``agricultrice à X``, ``dont le siège est à X``,
    ``une cimenterie à X``, ``originaire de X``: a placing word (``placing_words``,
    ``resident_trades`` and ``facility_nouns`` of ``words.json``) then ``à`` puts the name
    NER calls a place (or a one-word person) where someone was born or lives, or where a
    business stands: a town, though no list holds it (a recipient's ``à``, ``a cédé sa
    filiale à X``, has no placing word before it; ``a cédé son usine à X`` a site given
    away)."""
    table = words(span.doc)
    i = span.start - 1
    if i < 1 or table.lower[i] not in _PLACING_PREPS:
        return False
    placing = folded_word_list("placing_words") | folded_word_list("resident_trades")
    j = i - 1
    if table.lower[i] in DE:
        return fold(table.text[j]) in {"originaire", "originaires"}
    # ("le siège est à", "le siège social est à": the copula after the seat)
    if table.lemma[j] == "être" and j >= 2:
        j -= 1
    if fold(table.text[j]) == "social" and j >= 1:
        j -= 1
    if fold(table.text[j]) in folded_word_list("facility_nouns"):
        # ("a cédé son usine à X": the à of a recipient after a site given away)
        site = span.doc[j]
        return not (site.head.pos_ in {"VERB", "AUX"} and site.head.lemma_ in _RECIPIENTS)
    return fold(table.text[j]) in placing


#: Words between a town's comma and the region set off after it ("à X, dans le Hainaut").
_REGION_PREPS = frozenset({"en", "dans", "au", "le", "la", "les", "l'", "l\u2019"})


def _region_set_after(span: Span, gazetteer: Gazetteer) -> bool:
    """``d'Averton, en Mayenne``, ``de Kampenhout, en Brabant flamand``, ``à Sion (Valais)``:
    a name after ``de`` or ``à`` with a region or country set off right after it (by a
    comma and its preposition, or in parentheses) is a town of that region."""
    table = words(span.doc)
    size = len(table.text)
    i = span.start - 1
    if i < 1 or table.lower[i] not in _PLACING_PREPS:
        return False
    if table.lower[i] in DE:
        # ("le laboratoire de Kelvo, en Allemagne": an organisation's "de" names its owner)
        lexicon = descriptions()
        cls = lexicon.class_of(table.text[i - 1]) or lexicon.class_of(table.lemma[i - 1])
        if cls is not None and coarse(cls) == "Organization":
            return False
    elif span.root.head.pos_ in {"VERB", "AUX"} and span.root.head.lemma_ in _RECIPIENTS:
        return False  # "a cédé sa filiale à Norvex, en Allemagne": who receives
    k = span.end
    if k + 1 >= size or table.text[k] not in {",", "("}:
        return False
    k += 1
    while k < size and table.lower[k] in _REGION_PREPS:
        k += 1
    for width in (3, 2, 1):
        if k + width > size or not table.text[k][:1].isupper():
            continue
        name = table.span_text(k, k + width)
        place = french_place(name)
        entry = gazetteer.lookup(name)
        if (place is not None and place.cls == "Region") or (
            entry is not None and entry.cls in {"Region", "Country"}
        ):
            return True
    return False


#: Verbs whose "à" names who receives (words.json).
_RECIPIENTS = word_list("recipient_verbs")


def _titled_medium(span: Span) -> bool:
    """``De son côté, Le Héraut des quais relate ...``: a name written with its own capitalised
    article inside a sentence, subject of a verb of reporting (``reporting_verbs`` of
    ``words.json``), is a news medium (a town so written, ``La Rochelle``, reports
    nothing; ``Dans La Rochelle, ...`` is as often the town as ``Dans Le Courrier, ...``
    the title, and is left alone)."""
    doc = span.doc
    table = words(doc)
    i = span.start
    if table.text[i] not in _TITLE_ARTICLES_ELIDED:
        i -= 1  # (the article NER or trimming left out: "Le" + "Courrier")
    if i < 1 or table.sent_start[i] or table.text[i] not in _TITLE_ARTICLES_ELIDED:
        return False
    token = span.root
    return token.dep_ == "nsubj" and token.head.lemma_ in word_list("reporting_verbs")


def _seat_of_power(span: Span) -> bool:
    """``Bruxelles a ouvert une enquête``: a seat of power (``descriptions.json``) as the
    subject of a regulator's act names the authority seated there, not the city."""
    if words(span.doc).span_text(span.start, span.end) not in descriptions().seats_of_power:
        return False
    token = span.root
    if token.dep_ not in {"nsubj", "obl:agent"}:
        return False
    verb = token.head
    acts = regulator_words()
    return verb.lemma_ in acts or any(
        c.lemma_ in acts for c in verb.children if c.dep_ in {"obj", "obl", "obl:arg"}
    )


def _trades(span: Span) -> bool:
    """``X a racheté Y``, ``le rachat de X``, ``le capital de X``, ``dix ans chez X``, ``X
    est détenue à 40 % par``: a business's deed or part (``trading_verbs`` and
    ``traded_words`` of ``words.json``), an employer, or shares held in it."""
    token = _first_conjunct(span)
    if token.dep_ == "nsubj" and token.head.lemma_ in word_list("trading_verbs"):
        return True
    case = case_of(token)
    traded = token.dep_ in {"obj", "nsubj:pass"} or (token.dep_ == "nmod" and case in DE)
    if traded and token.head.lemma_ in word_list("traded_words"):
        return True
    return case == "chez" or _held_in_shares(words(span.doc), span.end)


def _first_conjunct(span: Span) -> Token:
    token = span.root
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head  # "Vernel, Altéa et Norvik ont noué": the first conjunct
    return token


def _acts_as_company(span: Span, *, or_bought: bool = True) -> bool:
    """``Kelvo a racheté Norvik``: a name NER calls a place, that no gazetteer knows, but
    that buys, hires, raises funds, announces a deal or is bought, is a company (NER tags
    unfamiliar brand names LOC). The words are ``company_verbs``, ``company_nouns`` and
    ``company_objects`` of ``descriptions.json``; ``or_bought=False`` asks for a deed of
    the name itself, not for the evidence of :func:`_bought`."""
    lexicon = descriptions()
    token = _first_conjunct(span)
    # (a name tagged NOUN after a fronted participle is parsed anyhow: in "Installée à
    # Roubaix, Vélix assemble 150 vélos", read word by word, the verb right after the
    # name has no other subject)
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    fronted = (
        after is not None
        and after.pos_ == "VERB"
        and "Fin" in after.morph.get("VerbForm", [])
        and not any(c.dep_.startswith("nsubj") for c in after.children)
        and span.start > 0
        and doc[span.start - 1].text == ","
    )
    subject = token.dep_ in {"nsubj", "expl:subj", "obl:agent"} or fronted
    verbs = [after] if fronted and after is not None else [token.head] if subject else []
    # "Solvéa, qui a levé 18 millions": the relative clause's verb says it too
    verbs += [
        c
        for c in token.children
        if c.dep_ == "acl:relcl"
        and any(s.lower_ == "qui" and s.dep_ == "nsubj" for s in c.children)
    ]
    # "X a finalisé le rachat de Y", "X a bouclé une levée de fonds"
    acts = any(
        verb.lemma_ in lexicon.company_verbs
        or any(c.dep_ == "obj" and c.lemma_ in lexicon.company_nouns for c in verb.children)
        for verb in verbs
    )
    if acts or subject or not or_bought:
        return acts
    return _bought(span)


#: Prepositions after a verb of saying that introduce whom the speaker told (``auprès``
#: takes a ``de`` after it).
_TOLD = frozenset({"à", "au", "aux", "auprès"})


#: Tags of the words of a speaker named between a verb of saying and whom they told.
_INVERTED_SPEAKER = frozenset({"PROPN", "DET", "NOUN", "ADJ"})


def _spoken_to(span: Span) -> bool:
    """``a confié à La Lettre``, ``a déclaré au Moniteur``, ``a justifié auprès de X``,
    ``interrogée par L'Indépendant``: whom a speaker told, or who questioned them, named by a
    name no gazetteer knows, is a news medium (a person told is named with a given name,
    or by the surname of a person named in full).

    The verbs are ``speech_lemmas`` and ``medium_cues`` of ``attribution.json``.
    """
    doc = span.doc
    table = words(doc)
    i = span.start - 1
    # "à La Lettre": a title's own capitalised article, cut off the name (NER's "La
    # Lettre" makes "Lettre" look like a surname)
    titled = i > 0 and table.text[i] in _TITLE_ARTICLES_ELIDED
    if titled:
        i -= 1
    elif is_given_name(table.text[span.start]) or (len(span) == 1 and _surname(span)):
        return False
    # ("a expliqué à Durand": a one-word name needs the article a title has, "au Moniteur")
    if len(span) == 1 and not titled and table.lower[i] not in {"au", "aux", "du"}:
        return False
    if i >= 1 and table.lower[i] in DE and table.lower[i - 1] == "auprès":
        i -= 1
    if i < 1:
        return False
    lexicon = attribution()
    prep, verb = table.lower[i], i - 1
    if prep == "par":
        return not lexicon.medium_cues.isdisjoint(_verb_lemma(table, verb))
    # ("a-t-elle confié à X", "a déclaré jeudi à X": a word between verb and preposition)
    if prep not in _TOLD:
        return False
    inverted = verb
    while inverted > 0 and verb - inverted < 6 and table.pos[inverted] in _INVERTED_SPEAKER:
        inverted -= 1
    if any(table.pos[k] == "PROPN" for k in range(inverted + 1, verb + 1)):
        # "a confié la dirigeante Anne Roy à X": past the speaker, named after the verb
        verb = inverted
    for j in (verb, verb - 1):
        if j >= 0 and table.pos[j] == "VERB" and table.lemma[j] in lexicon.speech_lemmas:
            return True
    return False


def _run_as_company(span: Span, *, parts: bool = True) -> bool:
    """``Forges du Vivarais est dirigée par``, ``la direction de Brenvik``, ``sa filiale,
    Tessiture Orobie``, ``Marlin & Fils``: what the text says of a name NER calls a
    person makes it a company's, unless it opens with a given name (``Jean Dupont a
    racheté ...``) or is the surname of a person the text names in full.

    The words are ``company_passives``, ``company_parts`` and ``company_apposition_nouns``
    of ``words.json``; ``parts=False`` leaves out the second. (A deed alone does not do
    it for a name of two words: in "a lancé son directeur général, Loïc X", a person with
    a given name no list holds acts.)
    """
    table = words(span.doc)
    if is_given_name(table.text[span.start]) or (len(span) == 1 and _surname(span)):
        return False
    # ("Marlin & Fils", "Johnson & Johnson": a firm's name, never a person's)
    if "&" in table.text[span.start : span.end]:
        return True
    return (
        _passive_of_company(table, span)
        or _held_in_shares(table, span.end)
        or _employer_of(table, span)
        or _fronted_company_participle(span)
        or (parts and _part_of_company(table, span.start))
        or _company_apposition(table, span.start)
        or (len(span) == 1 and _rival_apposition(table, span.start))
        or _company_relative(table, span.end)
        or _office_complement(table, span)
    )


#: Most lower-case words between a role noun and the ``de`` of its organisation
#: (``directeur des achats de X``: two).
_ROLE_REACH = 3


def _office_complement(table: Words, span: Span) -> bool:
    """``ancien directeur des achats de X``, ``la fondatrice de X``: the ``de``
    complement of a role noun held only in an organisation (``roles.json``, object an
    organisation only) is an organisation; not through an article (``le directeur de
    l'usine de X`` names the site's town)."""
    i = span.start - 1
    if i < 1 or table.lower[i] not in DE:
        return False
    for j in range(i - 1, max(-1, i - 2 - _ROLE_REACH), -1):
        if not table.text[j].islower() or table.lower[j] in _NAME_ARTICLES:
            return False
        role = roles().get(fold(table.text[j]))
        # (a noun: "une ancienne filature de X" is a site, "un ancien de X" a person; a
        # role that needs a modifier is not one without it: "une société du groupe X" is a
        # subsidiary, "une société de Bobigny" a firm of that town)
        if (
            role is not None
            and role.object == frozenset({"Organization"})
            and not role.requires_modifier
            and (table.pos[j] == "NOUN")
        ):
            return True
    return False


def _company_relative(table: Words, end: int) -> bool:
    """``X, dont le siège est à Lyon``: a relative clause on what only an organisation has
    (``company_relative_nouns`` of ``words.json``) right after the name."""
    j = end + 1 if end < len(table.text) and table.text[end] == "," else end
    if j + 2 >= len(table.text) or table.lower[j] != "dont":
        return False
    if table.lower[j + 1] not in _NAME_ARTICLES:
        return False
    nouns = folded_word_list("company_relative_nouns")
    return fold(table.text[j + 2]) in nouns or fold(table.span_text(j + 2, j + 4)) in nouns


#: Forms of the auxiliaries of a compound passive ("est", "a été", "sera", "avait été").
_PASSIVE_AUX = frozenset({"être", "avoir"})


def _verb_lemma(table: Words, i: int) -> frozenset[str]:
    """The lemma of word ``i`` and the infinitive its participle ending gives (the tagger
    lemmatises unfamiliar participles as themselves: ``cofondée``)."""
    lower = table.lower[i]
    stem = lower.removesuffix("s").removesuffix("e").removesuffix("é")
    if stem == lower:
        return frozenset({table.lemma[i]})
    return frozenset({table.lemma[i], f"{stem}er"})


def _passive_of_company(table: Words, span: Span) -> bool:
    """``X est dirigée depuis 2022 par``, ``X a été cofondée``: the name is the passive
    subject of a verb only organisations undergo."""
    passives = word_list("company_passives")
    j, auxiliary = span.end, False
    end = min(len(table.text), span.end + 5)
    while j < end and (table.pos[j] in {"AUX", "ADV"} or table.lemma[j] in _PASSIVE_AUX):
        auxiliary = auxiliary or table.lemma[j] == "être"
        j += 1
    return auxiliary and j < end and not passives.isdisjoint(_verb_lemma(table, j))


def _held_in_shares(table: Words, end: int) -> bool:
    """``X est détenue à 70 % par``: a name held in shares is a company (a person is
    ``détenu`` in custody, never ``à 70 %``)."""
    stop = min(len(table.text), end + 7)
    j = end
    while j < stop and (table.pos[j] in {"AUX", "ADV"} or table.lemma[j] in _PASSIVE_AUX):
        j += 1
    if j >= stop or word_list("stake_passives").isdisjoint(_verb_lemma(table, j)):
        return False
    return "%" in table.text[j + 1 : stop]


def _employer_of(table: Words, span: Span) -> bool:
    """``elle passe huit ans chez Pernod Ricard``: a name of two words or more after
    ``chez`` is an employer (:func:`_bought` reads one-word names; a person's home, ``chez
    Jean X``, opens with a given name)."""
    return len(span) > 1 and span.start > 0 and table.lower[span.start - 1] == "chez"


def _fronted_company_participle(span: Span) -> bool:
    """``Créée en 2017 par Y, X est ...``: a participle of ``company_passives`` opening the
    sentence describes the name after the last comma before the main verb."""
    doc = span.doc
    table = words(doc)
    start = sentence_start(doc[span.start])
    if span.start - start < 3 or table.text[span.start - 1] != ",":
        return False
    if word_list("company_passives").isdisjoint(_verb_lemma(table, start)):
        return False
    if "Part" not in doc[start].morph.get("VerbForm", []):
        return False
    # the name is the subject when no finite verb came before it and one follows it
    # straight away (not "Cofondée par X, Y et Z, la société ...": agents in a list)
    finite = [
        i
        for i in range(start + 1, min(len(doc), span.end + 3))
        if "Fin" in doc[i].morph.get("VerbForm", [])
    ]
    after = span.end
    while after < len(doc) and table.pos[after] == "ADV":
        after += 1
    return bool(finite) and finite[0] == after


def _part_of_company(table: Words, start: int) -> bool:
    """``la direction de Brenvik``, ``les salariés de X``: the ``de`` complement of what only
    an organisation has (not ``sous la direction de X``, a person's, nor ``en direction de
    X``, ``prendre la direction de X``, a way)."""
    i = start - 1
    if i < 1 or table.lower[i] not in DE:
        return False
    if fold(table.text[i - 1]) not in folded_word_list("company_parts"):
        return False
    before = range(max(0, i - 4), i - 1)
    return not any(table.lower[k] in {"sous", "en"} or table.lemma[k] == "prendre" for k in before)


def _company_apposition(table: Words, start: int) -> bool:
    """``sa filiale italienne, Tessiture Orobie``: a name set after a comma in apposition
    to a determined noun of a company's part or parent (not when that noun complements a
    role: ``le directeur de sa filiale, Durand``)."""
    i = start - 1
    if i < 2 or table.text[i] != ",":
        return False
    i -= 1
    while i > 0 and table.pos[i] == "ADJ":
        i -= 1
    nouns = folded_word_list("company_apposition_nouns")
    for width in (2, 1):
        first = i - width + 1
        if first < 1 or fold(table.span_text(first, i + 1)) not in nouns:
            continue
        before = first - 1
        of_role = (
            before >= 2
            and table.lower[before - 1] in DE
            and fold(table.text[before - 2]) in roles()
        )
        return table.pos[before] == "DET" and not of_role
    return False


def _rival_apposition(table: Words, start: int) -> bool:
    """``son principal concurrent, Tubéo``, ``Principal concurrent de Wendling, Muhleisen``:
    a name set after a comma in apposition to a rival's noun (``rival_apposition_nouns``)
    after a determiner, or opening the sentence, with its own ``de`` complement maybe; or
    right after the noun and its determiner (``ses concurrents Tubéo et Kelvo``)."""
    i = start - 1
    if i < 2:
        return False
    set_off = table.text[i] == ","
    if set_off:
        i -= 1
        j = _before_name_words(table, i)
        if j < i and table.lower[j] in DE:
            i = j - 1  # (the rival's own complement: "concurrent de Wendling")
    while i > 0 and table.pos[i] == "ADJ":
        i -= 1  # "son concurrent direct"
    rivals = folded_word_list("rival_apposition_nouns")
    # (right before the name, a plural's lemma too: "ses concurrents Tubéo et Kelvo")
    if fold(table.text[i]) not in rivals and (set_off or fold(table.lemma[i]) not in rivals):
        return False
    k = i - 1
    while k >= 0 and table.pos[k] == "ADJ":
        k -= 1  # "son principal concurrent"
    if not set_off:
        return k >= 0 and table.pos[k] == "DET"
    return k < 0 or table.pos[k] == "DET" or table.sent_start[k + 1]


def _surname(span: Span) -> bool:
    """Whether a one-word name is the last word of a person named in full in the chunk
    (``Dupont`` after ``Jean Dupont``): then it is that person, whatever it does."""
    doc = span.doc
    # (the stored value read directly: "doc._" builds an accessor object at every access;
    # spaCy's stub types user_data by str keys, its extension values live under tuples)
    data: dict[Any, Any] = doc.user_data
    surnames = data.get(_SURNAMES_KEY)
    if surnames is None:
        # once per chunk: "doc.ents" builds every entity span anew at each call
        # (a person's name ends at a line break: "Par Léa Roy\nVannes, le 3 mai" names
        # no Vannes)
        table = words(doc)
        found = set()
        for ent in doc.ents:
            if ent.label_ != "PER":
                continue
            end = next((i for i in range(ent.start, ent.end) if "\n" in table.text[i]), ent.end)
            if end - ent.start > 1:
                found.add(table.text[end - 1])
        surnames = doc._.kg_surnames = frozenset(found)
    return words(doc).text[span.start] in surnames


#: Where spaCy keeps the value of the ``kg_surnames`` Doc extension (as grammar.MENTIONS_KEY).
_SURNAMES_KEY = ("._.", "kg_surnames", None, None)


def _before_name_words(table: Words, i: int) -> int:
    """The index of the word before the capitalised words of a name that ends at ``i``
    (``i`` itself when the word there is no such word)."""
    while i > 0 and table.text[i][:1].isupper() and table.pos[i] in {"PROPN", "NOUN", "X"}:
        i -= 1
    return i


#: Determiners of a plural class noun that announces several names: "les fonds X et Y".
_PLURAL_DETERMINERS = frozenset({"les", "des", "ses", "leurs", "deux", "trois", "quatre"})


def _plural_class_before(table: Words, start: int) -> str | None:
    """``les fonds régionaux X et Y``: the class a plural class noun (after ``les``,
    ``ses``, a number) gives the second of two names coordinated right after it, which
    NER types on its own (one-word names as persons)."""
    i = start - 1
    if i < 3 or table.lower[i] != "et":
        return None
    j = _before_name_words(table, i - 1)
    if j == i - 1:
        return None
    while j > 0 and table.pos[j] == "ADJ" and table.text[j].islower():
        j -= 1  # "les fonds régionaux"
    if j < 1 or table.lower[j - 1] not in _PLURAL_DETERMINERS or not table.text[j].islower():
        return None
    cls = descriptions().class_of(table.text[j]) or descriptions().class_of(table.lemma[j])
    return cls if cls is not None and coarse(cls) == "Organization" else None


def _rival_of_company(span: Span) -> bool:
    """``Le groupe Sefor affronte Kelvo``, ``rivalise avec Kelvo``: whom an organisation
    competes with (the object of a verb of ``rival_verbs``, or its ``avec`` / ``à``
    complement) is an organisation, unless a given name opens it. The subject is one when
    NER tagged it so or a class noun of an organisation names it (``le groupe``)."""
    token = _first_conjunct(span)
    verb = token.head
    if verb.lemma_ not in _RIVAL_VERBS or is_given_name(token.text):
        return False
    if token.dep_ != "obj" and case_of(token) not in _RIVAL_PREPS:
        return False
    # ("La société X rivalise avec Y": the parser may hang the verb on its subject)
    return any(c.dep_ == "nsubj" and _organisation_word(c) for c in verb.children) or (
        verb.dep_ == "acl" and verb.head.i < verb.i and _organisation_word(verb.head)
    )


def _organisation_word(token: Token) -> bool:
    """Whether NER tagged ``token`` an organisation's or it is a class noun of one."""
    noun = descriptions().class_of(token.lemma_ or token.text)
    return token.ent_type_ == "ORG" or coarse(noun or UNTYPED) == "Organization"


#: Verbs of competing, whose object (or "avec" / "à" complement) an organisation faces.
_RIVAL_VERBS = word_list("rival_verbs")
#: Prepositions of the rival after those verbs: "rivalise avec X", "se mesure à X".
_RIVAL_PREPS = frozenset({"avec", "à", "au", "aux"})


def _bought(span: Span) -> bool:
    """``X a été rachetée``, ``le rachat de X``, ``actionnaire de X``, ``chez X``: what is
    bought, what a role noun of a company (``roles.json``) is of, or an employer, is a
    company, whatever NER guessed (it calls unfamiliar one-word brands persons as often as
    places)."""
    lexicon = descriptions()
    token = _first_conjunct(span)
    if token.dep_ == "nmod" and case_of(token) in DE:
        head = token.head
        doc = token.doc
        # "maison mère de X": a two-word role, whichever word the parser made the head
        table = words(doc)
        # (the two-word texts from the table, without a Span each)
        role = (
            roles().get(fold(head.text))
            or roles().get(fold(head.lemma_))
            or roles().get(fold(table.span_text(max(head.i - 1, 0), head.i + 1)))
            or roles().get(fold(table.span_text(head.i, min(head.i + 2, len(table.text)))))
        )
        # one-word names only, and not after roles a person may also hold towards a
        # person ("l'avocat de Dupont", "le porte-parole de X")
        return head.lemma_ in lexicon.company_objects or (
            role is not None
            and role.object == frozenset({"Organization"})
            and role.relation != "employeeOf"
            and len(span) == 1
        )
    # "le rachat de Kelvo par Norvik": the buyer named once, not a person's surname
    # (read word by word: the parser hangs "par Norvik" anywhere)
    doc = token.doc
    if (
        case_of(token) == "par"
        and any(t.lemma_ in lexicon.company_objects for t in doc[max(0, token.i - 5) : token.i])
        and len(span) == 1
        and not _surname(span)
    ):
        return True
    # "a passé six ans chez X", "passée par X puis par Y": an employer
    # ("passée par X, puis par Y": the preposition read word by word after "puis")
    own = span.root
    then = own.i >= 2 and doc[own.i - 2].lower_ == "puis"
    prep = doc[own.i - 1].lower_ if then else case_of(token)
    verbs = lexicon.employer_preps.get(prep or "")
    if (
        verbs is not None
        and len(span) == 1
        and (
            not verbs
            or token.head.lemma_ in verbs
            or (then and any(t.lemma_ in verbs for t in doc[sentence_start(own) : own.i]))
        )
    ):
        return True
    # the parser tags an unknown object name as an adjective complement ("xcomp") at times
    objects = {"nsubj:pass", "obj", "xcomp"}
    # ... and an oblique, when it follows the verb with no preposition ("Norvik a racheté
    # Kelvo": "Kelvo" read as obl:mod)
    bare = (
        token.dep_ == "obl:mod"
        and token.i == token.head.i + 1
        and not any(c.dep_ == "case" for c in token.children)
    )
    return (token.dep_ in objects or bare) and token.head.lemma_ in lexicon.company_objects


def _titled(ent: Span, span: Span) -> bool:
    """Whether a capitalised article belongs to the name: ``Le Monde``, ``Les Échos``.

    Titles of newspapers and works keep their article (``La France`` does not: the article
    of a place name is lower-case inside a sentence and NER tags it LOC).
    """
    if ent.label_ not in {"ORG", "MISC"} or span.start == ent.start:
        return False
    article = span.doc[span.start - 1]
    return article.text in TITLE_ARTICLES and (article.i == sentence_start(article)) is False


def _family_firm_start(span: Span, label: str) -> int | None:
    """``l'armement Le Querrec``, ``la scierie Perrault``: a lower-case trade noun of
    ``family_firm_trades`` (``words.json``) right before a family name (a surname with its
    capitalised article, or a name NER calls a person) makes one company name with it,
    apart from the family's persons. Returns where the trade noun stands, if it does."""
    table = words(span.doc)

    def capital_article(k: int) -> bool:
        return table.text[k][:1].isupper() and table.lower[k] in _NAME_ARTICLES

    i = span.start - 1
    # (the name's article may already be in the span: "Le Monde" keeps it)
    article = capital_article(span.start)
    if not article and i >= 0 and capital_article(i):
        article, i = True, i - 1
    if not (article or label == "PER") or i < 0 or not table.text[i].islower():
        return None
    return i if fold(table.text[i]) in folded_word_list("family_firm_trades") else None


#: Most words a quoted name holds (a longer quote is speech); most words a class noun
#: may stand before the quote, its adjectives and complement included.
_QUOTED_NAME_WORDS = 8
_QUOTED_NOUN_REACH = 7


def _quoted_names(doc: Doc, table: Words) -> list[tuple[Span, str]]:
    """Names written in quotes that a class noun announces, with that class: the group
    « Nouvel élan » (a council's political group), a podcast « Café & Marchés », a
    contract baptisé « Horizon 2031 », the « contrat de plan Loire 2035 » whose text's
    noun opens the quote; and a work a publishing participle follows (« Le sel des
    jours », publié par ...: a product). The quote is one name whatever NER made of the
    words inside (a river, a region, a year cut off). Speech is no name: a quote with a
    verb, a comma or more than eight words is left alone, and so is a quote nothing
    announces.
    A text's noun right before its quoted title (``la charte « ... »``) is left to the
    frames, which name the text by both (:func:`kg.extract.base.quoted_title`). A quoted
    company noun's name is an organisation's: businesses are not written in quotes,
    groups of elected members, lists and collectives are.
    """
    found: list[tuple[Span, str]] = []
    lexicon = descriptions()
    size = len(table.text)
    for i in range(size):
        if table.text[i] not in OPENING_QUOTES:
            continue
        end = next(
            (
                k
                for k in range(i + 1, min(size, i + 2 + _QUOTED_NAME_WORDS))
                if table.text[k] in CLOSING_QUOTES or table.sent_start[k]
            ),
            None,
        )
        if end is None or end == i + 1 or table.text[end] not in CLOSING_QUOTES:
            continue
        inside = range(i + 1, end)
        if any(
            table.text[k] in {",", ";", ":", "?", "!", "."}
            or table.pos[k] in {"VERB", "AUX"}
            or table.pos[k] == "PRON"
            for k in inside
        ):
            continue
        first = table.text[i + 1]
        if first[:1].islower():
            # « contrat de plan Loire 2035 »: a text's noun opening a named text
            named = any(table.text[k][:1].isupper() or table.text[k].isdigit() for k in inside)
            cls = lexicon.class_of(first) or lexicon.class_of(table.lemma[i + 1])
            if named and cls == "Agreement":
                found.append((Span(doc, i + 1, end), cls))
            continue
        if not first[:1].isupper():
            continue
        cls, right_before = _quote_announcer(table, i)
        if cls is None and _published_after(table, end):
            cls = "Product"  # "Dans « Le sel des jours », publié par ...": a book
        if cls is None or (cls == "Agreement" and right_before):
            continue
        found.append((Span(doc, i + 1, end), "Organization" if cls == "Company" else cls))
    return found


#: Most words of a company's name filling a notice's field.
_FIELD_NAME_WORDS = 8


def _field_names(doc: Doc, table: Words) -> list[tuple[Span, str]]:
    """``Dénomination : Bougies et Senteurs d'Argoat.``: the words that fill a notice's field
    labelled by a company's name (``name_labels`` of ``words.json``) are that company's
    name, whatever NER made of them (``Bougies`` + ``Senteurs d'Argoat``). The field opens its
    line or follows a full stop, its value starts with a capital and holds no verb."""
    found: list[tuple[Span, str]] = []
    labels = folded_word_list("name_labels")
    size = len(table.text)
    for j in range(1, size - 1):
        if table.text[j] != ":":
            continue
        # (not over the line break before a one-word label: "CONSTITUTION\nDénomination")
        width = next(
            (
                w
                for w in (2, 1)
                if j - w >= 0
                and not table.space[j - w]
                and fold(table.span_text(j - w, j)) in labels
            ),
            0,
        )
        opener = j - width - 1
        if not width or (
            opener >= 0 and table.text[opener] not in {".", ";"} and "\n" not in table.text[opener]
        ):
            continue
        end = next(
            (
                k
                for k in range(j + 1, min(size, j + 2 + _FIELD_NAME_WORDS))
                if table.text[k] in {".", ";"} or "\n" in table.text[k]
            ),
            None,
        )
        value = range(j + 1, end or j + 1)
        if (
            end is None
            or end == j + 1
            or not table.text[j + 1][:1].isupper()
            or any(table.pos[k] in {"VERB", "AUX"} or table.text[k] == "," for k in value)
        ):
            continue
        found.append((Span(doc, j + 1, end), "Company"))
    return found


def _published_after(table: Words, closing: int) -> bool:
    """Whether a publishing participle (``publishing_participles`` of ``words.json``)
    follows a closing quote, after a comma or not: ``« ... », publié par``."""
    k = closing + 1
    if k < len(table.text) and table.text[k] == ",":
        k += 1
    participles = folded_word_list("publishing_participles")
    return k < len(table.text) and fold(table.text[k]) in participles


def _quote_announcer(table: Words, quote: int) -> tuple[str | None, bool]:
    """The class a noun before an opening quote announces, and whether only adjectives
    stand between that noun and the quote.

    The words before the quote are read back over adjectives, numbers and ``de``
    complements to the noun phrase's start; of its nouns, the first that announces a
    class other than a person's does: ``le podcast économique du jeu vidéo « ... »`` (the
    podcast, not the game), ``conseiller municipal du groupe « ... »`` (the group, not its
    member), ``un contrat de trois ans, baptisé « ... »`` (a naming participle after the
    noun).
    """
    lexicon = descriptions()
    j = quote - 1
    if j >= 1 and fold(table.text[j]) in lexicon.naming_words:
        j -= 2 if table.text[j - 1] == "," else 1
    elif j >= 1 and table.text[j] == ",":
        j -= 1  # "Sa collection phare, « ... »": the quote in apposition to the noun
    nouns: list[int] = []
    stop = max(-1, quote - 1 - _QUOTED_NOUN_REACH)
    while j > stop:
        word, pos = table.text[j], table.pos[j]
        # (a lower-case word is no name, whatever the tagger says: "collection vedette")
        if pos in {"NOUN", "PROPN"} and word.islower():
            nouns.append(j)
        elif not (
            table.lower[j] in DE
            or pos == "NUM"
            or (pos == "ADJ" and word.islower())
            or origin_text(word)
        ):
            break
        j -= 1
    # "l'éditeur lorrain de « King of Tokyo »": after "de", the quote is what the noun's
    # role makes, not the noun's own name
    if nouns and quote >= 1 and table.lower[quote - 1] in DE:
        role = roles().get(fold(table.text[nouns[-1]]))
        if role is not None and role.object == frozenset({"Product"}):
            return "Product", False
    classed = False
    for noun in reversed(nouns):
        pair = table.span_text(noun, min(noun + 2, quote))
        cls = lexicon.class_of(pair) or lexicon.class_of(table.text[noun])
        cls = cls or lexicon.class_of(table.lemma[noun])
        if cls is not None and cls != "Person":
            between = range(noun + 1, quote)
            return cls, all(table.pos[k] == "ADJ" for k in between)
        classed = classed or cls is not None
    # "son enneigeur « Bise 40 »", "les chaussettes « Trotteuse »": a determined noun of
    # no class, and none of those that quote a project, a rubric or a place, names goods
    # (not its complement: "au micro de « X »")
    if nouns and not classed:
        head = nouns[-1]
        others = folded_word_list("unquoted_goods_nouns")
        if (
            head >= 1
            and table.lower[head - 1] in lexicon.determiners | lexicon.possessives
            and not any(fold(table.text[k]) in others for k in nouns)
            and not any(table.lower[k] in DE for k in range(head + 1, quote))
        ):
            return "Product", False
    return None, False


def _family_start(span: Span) -> int | None:
    """``la famille Perrault, qui détient 40 %``: a family noun of ``family_nouns``
    (``words.json``), lower-case and determined, right before a surname (no given name
    opens it) names the family as one actor, an organisation apart from its persons.
    Returns where the family noun stands, if it does."""
    table = words(span.doc)
    i = span.start - 1
    if (
        i < 1
        or not table.text[i].islower()
        or fold(table.text[i]) not in folded_word_list("family_nouns")
        or table.lower[i - 1] not in descriptions().determiners
        or is_given_name(table.text[span.start])
        or len(span) > 2
    ):
        return None
    return i


#: Words of the longest area head ("zone d'aménagement concerté": "d'" is a word).
_AREA_HEAD_WORDS = 4


def _area_start(span: Span) -> int | None:
    """``le parc d'activités des Ormeaux``, ``la zone industrielle de Kerbriant``: an
    area's lower-case head (``area_heads`` of ``words.json``) then ``de``/``du``/``des``
    (and an article) before the name makes one place's name with it; NER tags only the
    name, which is often a company's too. Returns where the head starts, if it does."""
    table = words(span.doc)
    i = span.start - 1
    if i >= 0 and table.lower[i] in _NAME_ARTICLES and i - 1 >= 0 and table.lower[i - 1] in DE:
        i -= 1
    if i < 1 or table.lower[i] not in DE:
        return None
    heads = folded_word_list("area_heads")
    for width in range(1, _AREA_HEAD_WORDS + 1):
        start = i - width
        if start < 0:
            break
        if table.text[start].islower() and fold(table.span_text(start, i)) in heads:
            return start
    return None


def defined_term(table: Words, i: int) -> bool:
    """Whether word ``i`` is an organisation noun a legal text capitalises to stand for
    the company it is about (``l'apport à la Société``, ``actionnaire de la Société``,
    ``le Groupe``): inside a sentence, after a lower-case article, with no name after it.
    It names no company of its own, so it is no mention (its facts would go to a company
    called "Société").

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["Il", "rejoint", "la", "Société", "."],
        ...           sent_starts=[1, 0, 0, 0, 0])
        >>> defined_term(words(doc), 3), defined_term(words(doc), 0)
        (True, False)
    """
    text = table.text[i]
    if i < 1 or table.sent_start[i] or not (text[:1].isupper() and text[1:].islower()):
        return False
    if table.lower[i - 1] not in _NAME_ARTICLES or not table.text[i - 1].islower():
        return False
    if i + 1 < len(table.text) and table.text[i + 1][:1].isupper():
        return False  # ("la Société Générale", "la Compagnie Kelvo": a name)
    return fold(text) in descriptions().coref_heads.get("Organization", frozenset())


def _capital_of_position_only(span: Span) -> bool:
    """Whether a span of several words is capitalised only because it opens its sentence
    and its first word is a common noun (``Fabricant de détendeurs créé en 2011 ...``,
    ``Centre de plongée corse dirigé par ...``, an entry of a catalogue or a directory): a
    description, no name. A name the text also writes inside a sentence with that capital
    stays one.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["Centre", "de", "plongée", "agréé"],
        ...           pos=["NOUN", "ADP", "NOUN", "ADJ"], sent_starts=[1, 0, 0, 0])
        >>> _capital_of_position_only(doc[0:3]), _capital_of_position_only(doc[0:1])
        (True, False)
    """
    table = words(span.doc)
    first = span.start
    if len(span) < 2 or not table.sent_start[first] or table.pos[first] != "NOUN":
        return False
    if any(not table.text[i].islower() for i in range(first + 1, span.end)):
        return False
    # ("... avec le Centre de plongée": the same words, capitalised, inside a sentence)
    text = table.span_text(first, span.end)
    at = table.chunk.find(text)
    while at >= 0:
        i = bisect_left(table.idx, at)
        if i < len(table.idx) and table.idx[i] == at and not table.sent_start[i]:
            return False
        at = table.chunk.find(text, at + 1)
    return True


def _has_name(span: Span) -> bool:
    text = words(span.doc).text
    if len(span) == 1 and (_reference_code(text[span.start]) or _COUNTDOWN.match(text[span.start])):
        return False
    return any(
        text[i][:1].isupper() or text[i][:1].isdigit() for i in range(span.start, span.end)
    ) or is_media_name(span.text)  # "franceinfo", as the title writes itself


#: A countdown or a delay, which NER tags as a name: ``J-23``, ``J+1``, ``H-2``.
_COUNTDOWN = re.compile(r"[JH][-+]\d+$")
#: The fewest digits of a case or file number (``M.10452``; ``M6`` is a channel).
_REFERENCE_DIGITS = 3


def _reference_code(word: str) -> bool:
    """Whether a word is a case or file number: capitals, a dot or slash, digits
    (``M.10452``, ``AT.40099``), which NER tags as a name.

    Example:
        >>> _reference_code("M.10452"), _reference_code("M6"), _reference_code("St.Louis")
        (True, False, False)
    """
    letters, _, digits = word.replace("/", ".").partition(".")
    return (
        letters.isalpha()
        and letters.isupper()
        and len(digits) >= _REFERENCE_DIGITS
        and digits.replace(".", "").isdigit()
    )


def _opening_participle(span: Span) -> bool:
    """``Installée sur la technopole de X, Y ...``: a participle opening its sentence,
    capitalised only for being first, names nothing (NER tags it as a place now and then)."""
    if len(span) != 1 or not span[0].is_sent_start or span.end >= len(span.doc):
        return False
    token = span[0]
    # (a name the tagger takes for a participle is followed by its verb: "Payflo a publié")
    # ("Cofondée en 2019 par X": a participle the tagger reads as a noun, known by its form)
    if (
        ("Part" in token.morph.get("VerbForm", []) and token.pos_ in {"VERB", "AUX"})
        or misread_participle(token)
    ) and span.doc[span.end].pos_ in {"ADP", "ADV"}:
        return True
    # "Installée à Erstein depuis un siècle, la manufacture ...", "Contactée, la direction
    # ...": a word with a participle's ending, neither a given name nor a French place,
    # opening a clause a comma closes (a name so placed is the subject: "Vivacité a ...")
    nxt = span.doc[span.end]
    return (
        token.lower_.endswith(PARTICIPLE_ENDINGS)
        and len(token.text) > 5
        and token.text[1:].islower()
        and not is_given_name(token.text)
        and french_place(token.text) is None
        and (nxt.text == "," or nxt.pos_ in {"ADP", "ADV"})
        and any(t.text == "," for t in span.doc[span.end : sentence_end(token)])
    )


def _opening_role(span: Span) -> bool:
    """``Filiale d'Airbus installée à Marignane, l'hélicoptériste ...``: a role noun
    opening its sentence with its ``de`` complement, capitalised only for being first,
    describes the subject after the comma and names nothing (NER tags it now and then)."""
    if len(span) != 1 or not span[0].is_sent_start or span.end >= len(span.doc):
        return False
    token = span[0]
    return (
        fold(token.text) in roles()
        and token.pos_ == "NOUN"
        and span.doc[span.end].lower_.replace("\u2019", "'") in DE
    )


def _script_marker(span: Span) -> bool:
    """``[Plateau]``, ``[Reportage]``: a word a broadcast's script writes in square brackets
    to mark its parts (``script_markers`` of ``words.json``) names nothing; a bracketed
    speaker's caption (``[Anne Roy, maire de X]``) does."""
    table = words(span.doc)
    return (
        span.start > 0
        and span.end < len(table.text)
        and table.text[span.start - 1] == "["
        and table.text[span.end] == "]"
        and fold(table.span_text(span.start, span.end)) in folded_word_list("script_markers")
    )


def _demonym_noun(span: Span) -> bool:
    """``une Québécoise passée par ...``: an inhabitant's noun after a determiner names
    no one (``la Française des Jeux`` runs over more words, ``Le Parisien`` is a title)."""
    if len(span) != 1 or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return (
        before.pos_ == "DET"
        and demonym_of(span.text.lower()) is not None
        and not is_media_name(f"{before.text} {span.text}")  # "Le Parisien"
    )


def detect_mentions(doc: Doc, gazetteer: Gazetteer) -> Iterator[tuple[Span, Mention]]:
    """Yield each named-entity mention of a parsed chunk with the span it covers.

    Offsets of the yielded :class:`Mention` are document-wide (``doc._.kg_offset`` added).
    Sets ``doc._.kg_furniture`` (the furniture paragraphs, which yield no mention).
    """
    furniture = doc._.kg_furniture = furniture_spans(words(doc).chunk)
    # read once: an extension attribute builds an accessor object at every access
    headings = doc._.kg_headings
    offset = doc._.kg_offset
    taken: set[int] = set()
    named: set[str] = set()
    table = words(doc)
    # once: "doc.ents" builds every entity span anew at each call
    ents = list(doc.ents)
    quoted = _quoted_names(doc, table) + _field_names(doc, table)
    inside = {i for quote, _ in quoted for i in range(quote.start, quote.end)}
    quoted += [
        (medium, cls)
        for medium, cls in _media_names(doc, table, ents)
        if not inside.intersection(range(medium.start, medium.end))
    ]
    for quote, cls in quoted:
        taken.update(range(quote.start, quote.end))
        if furniture and _in_spans(furniture, quote.start_char):
            continue
        text = table.span_text(quote.start, quote.end)
        start = quote.start_char + offset
        named.add(text)
        yield quote, Mention(text, cls, start, start + len(text))
    for ent in _split_town(doc, _entities(doc, ents), gazetteer):
        if any(i in taken for i in range(ent.start, ent.end)):
            continue  # (a name inside a quoted one, or a medium's name widened over it)
        taken.update(range(ent.start, ent.end))
        if furniture and _in_spans(furniture, ent.start_char):
            continue
        span = _trim(ent)
        if span is None:
            continue
        # (span.text builds a Token per word)
        name = table.span_text(span.start, span.end)
        if (
            not _has_name(span)
            or (_capital_of_position_only(span) and gazetteer.lookup(name) is None)
            or (len(span) == 1 and defined_term(table, span.start))
            or (len(span) == 1 and _instruction_verb(table, span.start))
            or (headings and _in_heading(span))
            or _demonym_noun(span)
            or _opening_participle(span)
            or _opening_role(span)
            or _script_marker(span)
            # ("cogérant de la SCIC", "la SARL (SARL)": a company form alone names no
            # company; the text's name of it is elsewhere)
            or fold(name) in descriptions().legal_forms
            # ("« ... » INVÉRIFIABLE.": a fact-check's verdict in capitals)
            or (name.isupper() and fold(name) in folded_word_list("verdict_words"))
        ):
            continue
        span = _media_extent(span)
        label = ent.label_
        if (first := _first_name_before(span, taken)) is not None:
            span, label = doc[first : span.end], "PER"
        taken.update(range(span.start, span.end))
        start = title_end(span)
        if start != span.start:
            span, label = doc[start : span.end], "PER"
        elif (complement := _complement_start(span)) is not None:
            span, label = doc[complement : span.end], "MISC"
        if _titled(ent, span):
            span = doc[span.start - 1 : span.end]
        if (trade := _family_firm_start(span, label)) is not None:
            span, label = doc[trade : span.end], "ORG"
        elif (family := _family_start(span)) is not None:
            span, label = doc[family : span.end], "ORG"
        elif (area := _area_start(span)) is not None:
            span, label = doc[area : span.end], "LOC"
        for piece, piece_label, of_title in _split_title_complement(span, label):
            parts = [
                part
                for medium_piece, medium_label in _split_medium(piece, piece_label)
                for firm_piece, firm_label in _split_person_firm(medium_piece, medium_label)
                for venue_piece, venue_label in _split_venue_town(firm_piece, firm_label)
                for part in _split_places(venue_piece, venue_label, gazetteer)
            ]
            for part, part_label in parts:
                found = _with_shared_surname(part, _mention(part, part_label, gazetteer, offset))
                # "ministre de l'Économie": a portfolio nothing else types is no entity
                if found is not None and not (of_title and found.cls == UNTYPED):
                    named.add(found.text)
                    yield part, found
    for span in _proper_runs(doc, taken, gazetteer, frozenset(named)):
        # ("les frères Yann et Loïc Cariou" when NER saw only the second)
        found = _with_shared_surname(span, _mention(span, "MISC", gazetteer, offset))
        if found is not None:
            yield span, found


def harmonise(found: list[tuple[Span, Mention]]) -> list[tuple[Span, Mention]]:
    """One class per one-word name in a text: ``Kerys`` that NER calls a person in one
    sentence and context calls a bank in another is the bank everywhere (NER guesses
    persons for unknown words), unless the text names a person whose surname it is.
    (An untyped mention stays untyped: it fits any slot, and resolution joins it to the
    one typed entity of its name.) A family firm the text also names without its trade
    noun loses that noun first (:func:`_bare_family_firms`), and an organisation's name it
    also writes without a town after ``de`` loses the town (:func:`_bare_town_complements`).

    Example:
        >>> harmonise([])
        []
    """
    found = _whole_names(
        _body_by_head(_bare_town_complements(_bare_family_firms(_place_opening(found))))
    )
    classes: dict[str, Counter[str]] = {}
    surnames = set()
    keys = [match_key(mention.text) for _, mention in found]
    for (_, mention), key in zip(found, keys, strict=True):
        counts = classes.get(key)
        if counts is None:
            counts = classes[key] = Counter()
        counts[mention.cls] += 1
        if " " in mention.text and coarse(mention.cls) == "Person":
            surnames.add(match_key(mention.text.rsplit(" ", 1)[1]))
    chosen: dict[str, str] = {}
    # "Commission nationale de l'informatique et des libertés (CNIL)": the acronym is what
    # it abbreviates, wherever the text uses it (written "(Anssi)" too)
    for (before, named), (span, acronym) in pairwise(found):
        if (
            before.end == span.start - 1
            and acronym.cls != named.cls
            and named.cls != UNTYPED
            and span.doc[span.start - 1].text == "("
            and abbreviates(acronym.text, named.text)
        ):
            chosen[match_key(acronym.text)] = named.cls
    for key, counts in classes.items():
        if key in chosen:
            continue
        coarse_classes = {coarse(c) for c in counts if c != UNTYPED}
        # ("l'entreprise Jeux Ducastel", then "le rival de Jeux Ducastel": a name whose
        # head says event is the organisation the text called it)
        if coarse_classes == {"Event", "Organization"} or (
            coarse_classes == {"Person", "Organization"}
            and ((" " not in key and key not in surnames) or _company_in_two_words(key, counts))
        ):
            typed = {c: n for c, n in counts.items() if c != UNTYPED}
            chosen[key] = max(
                (c for c in typed if coarse(c) == "Organization"),
                key=lambda c: (typed[c], c),
            )
    if not chosen:
        return found
    return [
        (span, replace(mention, cls=chosen[key]) if key in chosen else mention)
        for (span, mention), key in zip(found, keys, strict=True)
    ]


def _body_by_head(found: list[tuple[Span, Mention]]) -> list[tuple[Span, Mention]]:
    """``la Commission`` where the text also names the ``Commission européenne``, ``la
    Cour`` beside the ``Cour de cassation``: a body's capitalised head noun alone (a class
    noun of ``descriptions.json``) is the one longer organisation's name the text opens
    with it, before or after; with two such names (or none) it stays as it is."""
    lexicon = descriptions()
    longer: dict[str, set[tuple[str, str]]] = {}
    for _, mention in found:
        head, _, rest = mention.text.partition(" ")
        if rest and coarse(mention.cls) == "Organization":
            longer.setdefault(head, set()).add((mention.text, mention.cls))
    if not longer:
        return found
    named = []
    for span, mention in found:
        full = longer.get(mention.text, ())
        if (
            len(full) == 1
            and mention.text[:1].isupper()
            and coarse(lexicon.class_of(mention.text) or UNTYPED) == "Organization"
            and coarse(mention.cls) in {"Organization", UNTYPED}
        ):
            ((text, cls),) = full
            mention = replace(mention, text=text, cls=cls)
        named.append((span, mention))
    return named


#: Most words NER may have cut off the end of an organisation's name it tagged whole
#: elsewhere in the text.
_CUT_WORDS = 3


def _place_opening(found: list[tuple[Span, Mention]]) -> list[tuple[Span, Mention]]:
    """``président de France Hydro Électricité`` tagged ``France`` and ``Hydro
    Électricité``: a place's name run, with nothing between, into an organisation's
    capitalised name opens that name (``Bretagne Télécom``, ``Paris Habitat``)."""
    merged: list[tuple[Span, Mention]] = []
    for span, mention in found:
        if merged:
            before, opening = merged[-1]
            doc = span.doc
            if (
                before.end == span.start
                and coarse(opening.cls) == "Place"
                and coarse(mention.cls) == "Organization"
                and mention.cls != "MediaOrganization"
                and doc[before.end - 1].whitespace_
                and all(t.text[:1].isupper() for t in span)
            ):
                whole = doc[before.start : span.end]
                merged[-1] = (
                    whole,
                    replace(mention, text=whole.text, start=opening.start, qid=None),
                )
                continue
        merged.append((span, mention))
    return merged


def _whole_names(found: list[tuple[Span, Mention]]) -> list[tuple[Span, Mention]]:
    """``le contrôle de Nord Roulage`` tagged ``Nord`` where the text also names the company
    ``Nord Roulage`` whole: a name followed by the capitalised words that complete an
    organisation's name of two words or more found in the same text is that
    organisation (words of no other name)."""
    whole: dict[str, Mention] = {}
    for _, mention in found:
        if " " in mention.text and coarse(mention.cls) == "Organization":
            whole.setdefault(match_key(mention.text), mention)
    if not whole:
        return found
    # (the openings of those names: a mention that opens none is read no further)
    openings = {
        " ".join(parts[:k])
        for parts in (key.split() for key in whole)
        for k in range(1, len(parts))
    }
    taken = {i for span, _ in found for i in range(span.start, span.end)}
    named = []
    for span, mention in found:
        if match_key(mention.text) not in openings:
            named.append((span, mention))
            continue
        doc = span.doc
        for end in range(min(len(doc), span.end + _CUT_WORDS), span.end, -1):
            extra = doc[span.end : end]
            if any(t.i in taken or not t.text[:1].isupper() for t in extra):
                continue
            longer = whole.get(match_key(doc[span.start : end].text))
            if longer is not None and coarse(mention.cls) != "Person":
                grown = doc[span.start : end]
                mention = replace(
                    mention,
                    text=longer.text,
                    cls=longer.cls,
                    end=mention.end + grown.end_char - span.end_char,
                    qid=longer.qid,
                )
                span = grown
                break
        named.append((span, mention))
    return named


def _bare_family_firms(found: list[tuple[Span, Mention]]) -> list[tuple[Span, Mention]]:
    """``la coutellerie Brévant`` where the text also calls an organisation ``Brévant``:
    the family firm's trade noun (:func:`_family_firm_start`) is no part of its name
    there, so both are one name; it stays where only the family's persons bear the name
    (``l'armement Le Querrec`` beside ``Yves Le Querrec``)."""
    trades = folded_word_list("family_firm_trades")

    def firm(span: Span, mention: Mention) -> bool:
        head = span.doc[span.start].text
        return len(span) > 1 and head.islower() and fold(head) in trades

    organisations = {
        match_key(mention.text)
        for span, mention in found
        if coarse(mention.cls) == "Organization" and not firm(span, mention)
    }
    bare = []
    for span, mention in found:
        if firm(span, mention) and match_key((name := span[1:]).text) in organisations:
            start = mention.start + name.start_char - span.start_char
            span, mention = name, replace(mention, text=name.text, start=start)
        bare.append((span, mention))
    return bare


def _bare_town_complements(found: list[tuple[Span, Mention]]) -> list[tuple[Span, Mention]]:
    """``les Billards Lhoest de Herstal`` (a headline) where the text also names the
    organisation ``Billards Lhoest``: ``de`` and the one capitalised word after it say
    where the firm is from, and are no part of its name there."""
    organisations = {
        match_key(mention.text) for _, mention in found if coarse(mention.cls) == "Organization"
    }
    bare = []
    for span, mention in found:
        if (
            len(span) >= 3
            and coarse(mention.cls) == "Organization"
            and span[-2].lower_ in DE_BARE
            and span[-1].is_title
            and match_key((name := span[:-2]).text) in organisations
        ):
            end = mention.start + len(name.text)
            span, mention = name, replace(mention, text=name.text, end=end)
        bare.append((span, mention))
    return bare


def _company_in_two_words(key: str, counts: Counter[str]) -> bool:
    """``Forges du Vivarais``, a company by context in one sentence and a person by NER
    in another, is the company throughout when no given name opens it and context typed
    it an organisation at least as often as NER a person."""
    if " " not in key or is_given_name(key.split(" ", 1)[0]):
        return False
    persons = sum(n for c, n in counts.items() if coarse(c) == "Person")
    return sum(n for c, n in counts.items() if coarse(c) == "Organization") >= persons


#: Labels NER gives the first word of an organisation's name it cut in two ("Brise" +
#: "Marine Productions"); a place before an organisation ("à Lyon Kelvo ...") is left alone.
_ONE_WORD = frozenset({"PER", "MISC"})


def _capitalised_common_noun(table: Words, i: int) -> bool:
    """Whether word ``i`` is a capitalised word the tagger calls a common noun, inside its
    sentence: French writes common nouns in lower case, so it is part of a name (``Keolis
    Chablais`` after an organisation's name, ``la Sellerie Garnier`` before a proper noun)."""
    return (
        0 <= i < len(table.text)
        and table.pos[i] == "NOUN"
        and table.text[i][:1].isupper()
        and table.text[i][1:].islower()
        and not table.sent_start[i]
    )


def _entities(doc: Doc, ents: list[Span] | None = None) -> list[Span]:
    """NER's entities with the words it cut off a name put back: capitalised proper nouns
    it left untagged right before or after an organisation or place (``CMA`` of ``CMA
    CGM``, ``Commerces`` of ``Sud Commerces``, ``Montpellier`` of ``Ubisoft
    Montpellier``), and two organisations side by side (``Crédit Mutuel Nord`` +
    ``Europe``), which French would separate by a comma or ``et``, as it would a person
    named by one word before an organisation (``Brise`` + ``Marine Productions``).
    ``ents`` are ``doc.ents`` when the caller has read them already."""
    ents = list(doc.ents) if ents is None else ents
    if not ents:
        return ents
    table = words(doc)
    ents = _split_coordinated(doc, table, _cut_at_breaks(doc, table, ents))
    tagged = {i for ent in ents for i in range(ent.start, ent.end)}

    def glued(i: int) -> bool:
        return (
            0 <= i < len(table.text)
            and i not in tagged
            # ("Charte Cyber PME": an acronym, whatever the tagger made of it, but not a
            # title's: "Pfizer PDG Ian Read")
            and (
                table.pos[i] == "PROPN"
                or (_acronym(table.text[i]) and fold(table.text[i]) not in roles())
            )
            and table.text[i][:1].isupper()
            and not table.sent_start[i]
        )

    found: list[Span] = []
    for position, ent in enumerate(ents):
        start, end = ent.start, ent.end
        if ent.label_ != "PER":
            while glued(start - 1) and not table.sent_start[start]:
                start -= 1
            start = _official_start(table, start)
            while glued(end) or (
                ent.label_ == "ORG"
                and table.text[end - 1][:1].isupper()
                and _capitalised_common_noun(table, end)
            ):
                end += 1
            # ("IQ-" + "EQ": a name NER closed on its hyphen runs on to the word glued to
            # it, unless that word opens the next name: "Boulogne-" + "Billancourt")
            if (
                end < len(table.text)
                and (position + 1 == len(ents) or ents[position + 1].start != end)
                and table.text[end - 1] == "-"
                and table.idx[end - 1] + 1 == table.idx[end]
                and table.text[end][:1].isupper()
                and table.text[end].isalpha()
            ):
                end += 1
            if ent.label_ in _NUMBERED and (
                ent.label_ != "LOC" or french_place(table.span_text(start, end)) is None
            ):
                end = _number_after(table, end)
            following = ents[position + 1].start if position + 1 < len(ents) else len(table.text)
            end = _up_to_parenthesis(table, start, end, following)
            end = _public_name_end(table, start, end, following)
        side_by_side = (
            found
            and ent.label_ == "ORG"
            and found[-1].end == start
            # ("Brise Marine Productions": a first word NER took for a one-word person)
            and (
                found[-1].label_ == "ORG" or (found[-1].label_ in _ONE_WORD and len(found[-1]) == 1)
            )
        ) or (
            # ("Vannes" + "Lorient Port": two places, the second closed by a body's
            # noun, name one body)
            found
            and found[-1].label_ == "LOC"
            and found[-1].end == start
            and fold(table.text[end - 1]) in name_heads().after
        )
        # ("le fonds Loire" + "Amorçage": a place then a name NER left unplaced, with
        # nothing between, name one firm; not a place of the sentence's setting before
        # its subject, "à Lyon Kelvo ...")
        side_by_side = side_by_side or bool(
            found
            and found[-1].label_ == "LOC"
            and ent.label_ == "MISC"
            and found[-1].end == start
            and found[-1].start > 0
            and table.lower[found[-1].start - 1] not in _AT_PLACE
            and not table.punct[found[-1].start - 1]
        )
        # ("Aérostat" + "Loire Évasion": one word NER took for a person, no given name,
        # then a place or a name straight after it, name one firm)
        lone_word = bool(
            found
            and ent.label_ in {"LOC", "MISC"}
            and found[-1].end == start
            and found[-1].label_ == "PER"
            and len(found[-1]) == 1
            and not is_given_name(table.text[found[-1].start])
        )
        side_by_side = side_by_side or lone_word
        # ("Comité régional de la pêche" + "Bretagne-Sud": a body whose name
        # ends on a lower-case word, then its territory)
        side_by_side = side_by_side or bool(found and _territory_after_body(table, found[-1], ent))
        # "Boulogne-Billancourt" tagged as two places, the hyphen in either or between
        hyphenated = (
            found
            and found[-1].label_ == ent.label_
            and found[-1].end in {start, start - 1}
            and _hyphen_inside(table, start - 1)
        )
        # ("Caisse des dépôts et du britannique" + "X": the name before ends on the
        # adjective that announces this one)
        if (side_by_side or hyphenated) and (
            _coordinated_origin(table, found[-1].start, found[-1].end) is None
        ):
            start = found.pop().start
        if (start, end) == (ent.start, ent.end):
            found.append(ent)
        else:
            found.append(Span(doc, start, end, label="MISC" if lone_word else ent.label_))
    return _organisation_names(doc, table, found)


def _territory_after_body(table: Words, body: Span, ent: Span) -> bool:
    """``Comité régional de la pêche`` + ``Bretagne-Sud``, ``Chambre d'agriculture``
    + ``Pays de la Loire``: a body's name (a head of ``names.json``) that ends on a lower-case
    word, then straight after it a capitalised name that opens with no given name, are one
    name (the territory of a regional branch); NER takes the territory for a person or a
    place."""
    return (
        body.label_ == "ORG"
        and body.end == ent.start
        and len(body) > 1
        and table.text[body.end - 1].islower()
        and _body_head(table.text[body.start])
        and table.text[ent.start][:1].isupper()
        and not is_given_name(table.text[ent.start])
        and not table.sent_start[ent.start]
    )


def _body_head(word: str) -> bool:
    """Whether ``word`` is a capitalised head that opens an organisation's name
    (``Comité``, ``Chambre``, ``Agence``: ``names.json``)."""
    heads = name_heads()
    return word[:1].isupper() and (
        heads.head_class(word) is not None or fold(word) in heads.public_heads
    )


def _cut_at_breaks(doc: Doc, table: Words, ents: list[Span]) -> list[Span]:
    """``Soizic Caradec`` + ``Rostrenen, le 14 octobre``: no name runs over a line
    break (a byline then a dateline, a heading then a field's label), though NER's may;
    nor over a field's separator (``Numerama | Innovation``, a header's fields) or a
    label's colon (``1er prix : la Cidrerie X``, ``Objectif : 300 000 €``).
    The first piece keeps NER's label; what NER said of the whole tells nothing of the
    pieces after the break, which are left for context and the gazetteer to type."""
    if not any(_break(table.text[i]) for ent in ents for i in range(ent.start, ent.end)):
        return ents  # (most chunks: one pass over the entities' words)
    cut = []
    for ent in ents:
        start, label = ent.start, ent.label_
        for i in range(ent.start, ent.end + 1):
            if i == ent.end or _break(table.text[i]):
                if i > start:
                    cut.append(Span(doc, start, i, label=label))
                start, label = i + 1, "MISC"
    return cut


def _split_coordinated(doc: Doc, table: Words, ents: list[Span]) -> list[Span]:
    """``auprès de la Nef et de France Active`` tagged whole: ``et`` and ``de`` before a
    capitalised word start a second name when the first holds no ``de`` of its own (``le
    ministère de l'Économie et des Finances`` is one name). Both pieces keep NER's label."""
    split = []
    for ent in ents:
        start = ent.start
        for k in range(ent.start + 1, ent.end - 2):
            if table.lower[k] != "et" or table.lower[k + 1] not in DE:
                continue
            second = k + 2
            if second < ent.end - 1 and table.lower[second] in _NAME_ARTICLES:
                second += 1
            if not table.text[second][:1].isupper() or any(
                table.lower[i] in DE for i in range(start, k)
            ):
                continue
            split.append(Span(doc, start, k, label=ent.label_))
            start = second
            break
        split.append(ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_))
    return split


def _split_town(doc: Doc, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """``la scierie Vuillemin de Mouthe``, ``la Savonnerie Chahine de Tripoli``: a
    company's name NER ran on over ``de`` and a town ends before the ``de`` when a trade's
    noun introduces it (in lower case before it, or as its own first word, for a name NER
    did not call a place) and a proper name of its own comes before the ``de`` (``la
    Savonnerie de Tripoli`` is one name); the town is a name of its own. Not a name the
    gazetteer knows whole."""
    table = words(doc)
    split = []
    for ent in spans:
        k = _town_after(table, ent, gazetteer)
        if k is None:
            split.append(ent)
            continue
        split += [Span(doc, ent.start, k, label=ent.label_), Span(doc, k + 1, ent.end, label="LOC")]
    return split


#: The "de" before a town written with its name (not "du", "des": "du Mans" is "Le Mans").
TOWN_DE = frozenset({"de", "d'", "d\u2019"})


def trade_word(word: str) -> bool:
    """Whether a word is a company's noun, as one that opens its name (``Savonnerie``) or
    introduces it (``la scierie X``); a school's or a court's is none (``le lycée X de
    Saint-Lô`` is where the school stands, not its seat).

    Example:
        >>> trade_word("scierie"), trade_word("Vuillemin"), trade_word("lycée")
        (True, False, False)
    """
    return (
        name_heads().head_class(word) == "Company"
        or descriptions().class_of(word.lower()) == "Company"
    )


def _town_after(table: Words, ent: Span, gazetteer: Gazetteer) -> int | None:
    """Where the ``de`` of a town stands in a company's name, for :func:`_split_town`."""
    if ent.label_ not in {"ORG", "MISC", "LOC"} or ent.end - ent.start < 3:
        return None
    k = next((k for k in range(ent.end - 2, ent.start, -1) if table.lower[k] in TOWN_DE), None)
    # (every word before the "de" a capitalised one of a name: not "Tribunal de commerce",
    # not "TRIBUNAL DE COMMERCE", not "Les Salines", whose article says the name is whole)
    if (
        k is None
        or table.text[ent.start] in TITLE_ARTICLES
        or not all(
            table.text[i][:1].isupper() and not table.text[i].isupper() and table.lower[i] not in DE
            for i in range(ent.start, k)
        )
    ):
        return None
    before = ent.start - 1
    # (a name NER called a place only after the noun: "la filature Valfil de Mazamet")
    introduced = (ent.label_ != "LOC" and trade_word(table.text[ent.start])) or (
        before >= 0
        and table.text[before].islower()
        and table.pos[before] == "NOUN"
        and trade_word(table.text[before])
    )
    # (its own name a proper noun's: "la société Farines de Rance" is one name)
    own = [i for i in range(ent.start, k) if not trade_word(table.text[i])]
    if not introduced or not own or any(table.pos[i] != "PROPN" for i in own):
        return None
    town = table.span_text(k + 1, ent.end)
    place = french_place(town)
    entry = gazetteer.lookup(town)
    if not (
        (place is not None and place.cls == "City") or (entry is not None and entry.cls == "City")
    ):
        return None
    return None if gazetteer.lookup(table.span_text(ent.start, ent.end)) is not None else k


def _break(word: str) -> bool:
    """Whether a word ends any name before it: a line break, ``|`` or ``:``."""
    return "\n" in word or word in _FIELD_BREAKS


#: Words no name runs over: a header's field separator, a label's colon.
_FIELD_BREAKS = frozenset({"|", ":"})


#: Labels of the names a number may end ("le Goéland 38", "Lyon Tech 2030"): not a
#: person's, nor a French town's ("Lyon 3" names a university, "Paris 12" a district),
#: though NER calls a boat or a plan a place as often.
_NUMBERED = frozenset({"ORG", "MISC", "LOC"})
#: Most digits of a number in a name (a model's, a year's).
_NAME_NUMBER_DIGITS = 4


def _number_after(table: Words, end: int) -> int:
    """Where a name ends that NER closed before its number: ``le Goéland 38``, ``Horizon
    2030`` (a model's, a plan's, an edition's number, written right after the name). A
    quantity is no part of it: a number followed by a word or a unit (``Kelvo 30
    salariés``, ``40 %``) stays out, and so does one after a line break."""
    size = len(table.text)
    if (
        end >= size
        or not table.text[end].isdigit()
        or len(table.text[end]) > _NAME_NUMBER_DIGITS
        or table.idx[end] != table.idx[end - 1] + len(table.text[end - 1]) + 1
    ):
        return end
    after = end + 1
    if after < size and (table.text[after].isalnum() or table.text[after] in {"%", "€", "$"}):
        return end
    return end + 1


#: Articles between an organisation's head and the name it runs on to: "Vignerons du Val Doré".
_NAME_ARTICLES = frozenset({"la", "le", "les", "l'", "l\u2019"})
#: ``de`` or an article: the last word of a name NER cut at its ``de`` (``Fonderies du``).
_DE_OR_ARTICLE = DE | _NAME_ARTICLES
#: How far a name may run before the short form in parentheses that confirms it.
_LONGEST_NAME = 12


def _organisation_names(doc: Doc, table: Words, found: list[Span]) -> list[Span]:
    """Organisation names NER cut at their ``de``, or into a head and a place, joined:
    ``Fonderies du`` + ``Ternois``, ``Vignerons`` + ``Val Doré`` (after ``de l'``),
    ``Vierzon`` + ``métropole``, ``Société des remontées mécaniques`` + ``de Val-Cendre``
    when ``(SRMVC)`` after them abbreviates the whole, ``Riz`` + ``d'`` + ``Acarouany``.
    French names an organisation by a capitalised head noun (``names.json``), then
    ``de``/``du``/``des`` and a capitalised name; the join never crosses a comma, a verb or
    a lower-case noun, and a head that is not capitalised (``la direction des Fonderies``)
    opens no name. The joined span is labelled an organisation's and replaces the pieces it
    covers.
    """
    named = {i for span in found for i in range(span.start, span.end)}
    joins = [
        extent
        for extent in (
            # (a head is capitalised: most words are not, and need no call)
            *(_headed_name(table, i) for i, w in enumerate(table.text) if w[:1].isupper()),
            *(_place_then_body(table, span) for span in found),
            *(_confirmed_by_short_form(table, span) for span in found),
            *(_cut_at_de(table, span) for span in found),
            *(_and_area_after(table, span) for span in found),
            *(_common_noun_named(table, span) for span in found),
            *(_place_of_place(table, a, b) for a, b in pairwise(found)),
            *(_common_noun_of_name(table, a, b) for a, b in pairwise(found)),
            *(
                _defined_by_short_form(table, k, named)
                for k, w in enumerate(table.text)
                if w == "("
            ),
        )
        if extent is not None
    ]
    found = _cut_at_apostrophe(doc, table, found)
    for start, end in sorted(joins, key=lambda extent: extent[0] - extent[1]):
        covered = [span for span in found if span.start < end and start < span.end]
        # (a name that runs past the join is NER's longer reading, or a longer join made
        # first: it stays)
        if any(span.start < start or span.end > end for span in covered):
            continue
        found = [span for span in found if span not in covered]
        found.append(Span(doc, start, end, label="ORG"))
    return _named_again_at_start(doc, table, sorted(found, key=lambda span: span.start))


def _named_again_at_start(doc: Doc, table: Words, found: list[Span]) -> list[Span]:
    """``Enrobés du Gâtinais, dirigée par ...``: at a sentence's start, where any word is
    capitalised, NER keeps only the place of a name the text wrote whole elsewhere
    (``... et Enrobés du Gâtinais``); the words before it that make that name again go on.
    So do two names NER found side by side over ``de`` (``Tungstène`` + ``du`` +
    ``Limousin``) that make again a name the text wrote whole."""
    names = {
        table.span_text(span.start, span.end)
        for span in found
        if span.label_ != "PER" and len(span) > 2 and table.lower[span.start + 1] in DE
    }
    if not names:
        return found
    mended: list[Span] = []
    for span in found:
        before = mended[-1] if mended else None
        if (
            before is not None
            and 0 < span.start - before.end <= 2
            and table.lower[before.end] in DE
            and table.span_text(before.start, span.end) in names
        ):
            mended[-1] = Span(doc, before.start, span.end, label="ORG")
            continue
        for start in (span.start - 2, span.start - 3):
            if start >= 0 and table.sent_start[start] and table.span_text(start, span.end) in names:
                span = Span(doc, start, span.end, label="ORG")
                break
        mended.append(span)
    return mended


def _place_of_place(table: Words, first: Span, second: Span) -> tuple[int, int] | None:
    """``Liège`` + ``du`` + ``Gharb``, ``Corée`` + ``du`` + ``Sud``: two names NER calls
    places, joined by the article-bearing ``du``/``des`` alone, are one name (a place's,
    which the gazetteer knows, or a firm's named after its trade and region); a town is
    never ``of the`` another, where ``de Lyon`` may say where one stands."""
    if (
        first.label_ == "LOC"
        and second.label_ == "LOC"
        and second.start == first.end + 1
        and table.lower[first.end] in _FUSED_DE
        and table.text[second.start][:1].isupper()
    ):
        return first.start, second.end
    return None


def _common_noun_of_name(table: Words, first: Span, second: Span) -> tuple[int, int] | None:
    """``Riz`` + ``d'`` + ``Acarouany``: a capitalised common noun NER took for a name of
    one word, then ``de`` (and an article) and a name, are one organisation's name, as a
    head of names.json and its complement are (not a role's: ``Président de Kelvo``; nor
    a name the tagger calls a noun, which the model's vectors do not know: ``la branche
    Kelvo de Capgemini``)."""
    i = first.start
    j = first.end
    if (
        len(first) != 1
        or table.pos[i] != "NOUN"
        or not table.text[i][:1].isupper()
        or not table.text[i][1:].islower()
        or not first.doc.vocab.has_vector(table.lower[i])
        or is_given_name(table.text[i])
        or fold(table.text[i]) in roles()
        # (a place's own noun: "Place" + "de la" + "Bastille" is a square, no organisation)
        or fold(table.text[i]) in descriptions().place_heads
        or j >= len(table.text)
        or table.lower[j] not in DE_BARE
    ):
        return None
    k = j + 1
    if k < len(table.text) and table.lower[k] in _NAME_ARTICLES:
        k += 1
    if second.start != k or (second.label_ == "PER" and is_given_name(table.text[k])):
        return None
    return first.start, second.end


def _common_noun_named(table: Words, span: Span) -> tuple[int, int] | None:
    """``Enrobés du Gâtinais``, ``Routes du Vexin`` that NER calls a person: a name opened
    by a capitalised common noun, then ``de``/``du``/``des``, is an organisation's (a
    person's opens with a given name or a surname: ``Pierre de Coubertin``)."""
    i = span.start
    if (
        span.label_ != "PER"
        or len(span) < 3
        or table.pos[i] != "NOUN"
        or not table.text[i][:1].isupper()  # ("le général de Gaulle")
        or is_given_name(table.text[i])
        or table.lower[i + 1] not in DE
    ):
        return None
    return span.start, span.end


def _cut_at_apostrophe(doc: Doc, table: Words, found: list[Span]) -> list[Span]:
    """``Guivarc'`` + ``h``, ``Le Floc'`` + ``h``: the tokenizer splits a name's inner
    apostrophe (Breton ``c'h``) as if it elided an article, and NER ends the name there."""
    mended = []
    for span in found:
        j = span.end
        if (
            j < len(table.text)
            and table.text[j - 1][-1:] in {"'", "\u2019"}
            # (a name's word, not an elided "d'" or "jusqu'")
            and table.text[j - 1][:1].isupper()
            and len(table.text[j - 1]) > 2
            and table.text[j].isalpha()
            and table.text[j].islower()
            and table.idx[j] == table.idx[j - 1] + len(table.text[j - 1])
        ):
            span = Span(doc, span.start, j + 1, label=span.label_)
        mended.append(span)
    return mended


def _name_word(table: Words, i: int) -> bool:
    """A capitalised word inside a sentence, as a name's are (not a heading's first)."""
    if i < len(table.text) and _hyphen_inside(table, i):
        return True  # ("Nouvelle-Aquitaine", which the tokenizer splits in three)
    return (
        i < len(table.text)
        and table.text[i][:1].isupper()
        and not table.sent_start[i]
        and not table.punct[i]
    )


def _headed_name(table: Words, i: int) -> tuple[int, int] | None:
    """The extent of ``Fonderies du Ternois`` (``Grands Moulins de Paris``, ``Conseil
    régional de Bretagne``) whose capitalised head is word ``i``, of ``Moulins
    Castagnet``, or of a head and its lower-case adjectives (``Pompes funèbres
    dauphinoises``, inside a sentence); None when no name runs on from it."""
    word = table.text[i]
    if not word[:1].isupper():
        return None  # (the cheap test first)
    lexicon = name_heads()
    if fold(word) not in lexicon.heads:
        return None
    start = i
    if i > 0 and fold(table.text[i - 1]) in lexicon.head_adjectives:
        start = i - 1  # ("Grands Moulins": capitalised like the head it qualifies)
    if start > 0 and table.text[start - 1] in TITLE_ARTICLES and not table.sent_start[start - 1]:
        start -= 1  # ("la coopérative Les Vergers de Plouha": the name's own article)
    j = i + 1
    # ("Conseil régional de Bretagne": the head's adjectives, lower-case, at most two)
    # (or of origin, which the tagger calls nouns at times: "Transports frigorifiques normands")
    while (
        j < min(len(table.text), i + 3)
        and table.text[j].islower()
        and (table.pos[j] == "ADJ" or origin_text(table.text[j]))
    ):
        j += 1
    if j < len(table.text) and table.lower[j] in DE:
        of = j
        j += 1
        if j < len(table.text) and table.lower[j] in _NAME_ARTICLES:
            j += 1
        end = _name_run(table, j)
        if end > j:
            return start, end
        # ("Union des commerçants angériens", "Ordre des avocats de Lyon": members named
        # by a lower-case plural after the head's "des")
        members = _members_named(table, j) if table.lower[of] == "des" else None
        return (start, members) if members is not None else None
    end = _name_run(table, j)
    if end > j:
        return start, end  # ("Moulins Castagnet", "Crédit agricole Val-de-Rance Armor")
    # ("les Transports frigorifiques normands": the head and its adjectives make the whole name,
    # inside a sentence, where a capital is the name's)
    return (start, j) if j > i + 1 and not table.sent_start[i] else None


#: Most lower-case words of the members a body's name names (``maîtres pipiers``).
_MEMBERS_WORDS = 3


def _members_named(table: Words, j: int) -> int | None:
    """Where a body's name ends whose head's ``des`` names its members in lower case
    (``Union des`` + ``commerçants angériens``, ``Confédération des`` + ``petites et
    moyennes entreprises`` is not read: no coordination), then perhaps what they make
    (``fabricants d'espadrilles``) and where (``de Saint-Claude``); None when no plural
    noun stands at ``j``. The name never runs over a verb, a comma or a capitalised word
    that is not a place after ``de``."""
    size = len(table.text)
    # (a plural's ending: the morphology column is not read here)
    if j >= size or not table.text[j].islower() or table.pos[j] != "NOUN":
        return None
    if not table.text[j].endswith(("s", "x")):
        return None
    k = j + 1
    while k < min(size, j + _MEMBERS_WORDS) and table.text[k].islower() and table.pos[k] in {
        "NOUN",
        "ADJ",
    }:
        k += 1
    # ("fabricants d'espadrilles", "entreprises de la beauté": one lower-case complement)
    m = k + 1 if k < size and table.lower[k] in DE else k
    if m < size and table.lower[m] in _NAME_ARTICLES:
        m += 1
    if m > k and m < size and table.text[m].islower() and table.pos[m] == "NOUN":
        k = m + 1
        while k < size and table.text[k].islower() and table.pos[k] == "ADJ":
            k += 1
    if k < size and table.lower[k] in DE:
        m = k + 1
        if m < size and table.lower[m] in _NAME_ARTICLES:
            m += 1
        end = _name_run(table, m)
        if end > m and end < size and table.text[end].islower() and table.pos[end] == "ADJ":
            end += 1  # ("du Massif central")
        # ("de Saint-Claude"; unless a short form follows, which says whether the place
        # is the name's: _confirmed_by_short_form)
        if end > m and (end >= size or table.text[end] != "("):
            return end
    return k


def _name_run(table: Words, j: int) -> int:
    """Where the capitalised name that starts at ``j`` ends: its capitalised words, on
    through ``de`` (and an article) to more of them (``Amis de Rodin``); not into a
    person's name (``Fondation`` + ``Paul Martin`` is someone's foundation or no name)."""
    end = j
    while _name_word(table, end) and not is_given_name(table.text[end]):
        end += 1
        k = end
        if k < len(table.text) and table.lower[k] in DE:
            k += 1
            if k < len(table.text) and table.lower[k] in _NAME_ARTICLES:
                k += 1
            if _name_word(table, k) and not is_given_name(table.text[k]):
                end = k
    return end


def _place_then_body(table: Words, span: Span) -> tuple[int, int] | None:
    """``Vierzon métropole``: a place's name and the noun that makes it a body's."""
    end = span.end
    if (
        span.label_ == "PER"
        or end >= len(table.text)
        or fold(table.text[end]) not in name_heads().after
    ):
        return None
    return span.start, end + 1


#: Articles of a second area joined to an organisation's place (``et du Limousin``),
#: folded as the words they are compared with.
_AREA_ARTICLES = frozenset(map(fold, ("du", "des", "de la", "de l'", "de l\u2019")))


def _and_area_after(table: Words, span: Span) -> tuple[int, int] | None:
    """``Caisse d'Epargne d'Auvergne`` + ``et du Limousin``, ``Chambre de commerce ... de
    Tripoli`` + ``et du Liban-Nord``: an organisation's name that ends on its place (a
    capitalised word after ``de``) runs on over ``et du`` (``de la``, ``des``) and a second
    capitalised place, the two areas it serves (``des usines à Lyon et à Grenoble`` has no
    organisation's name before its ``et``)."""
    end = span.end
    organisation = span.label_ == "ORG" or fold(table.text[span.start]) in name_heads().heads
    if not organisation or len(span) < 3 or end + 2 >= len(table.text):
        return None
    if table.lower[end - 2] not in DE or not table.text[end - 1][:1].isupper():
        return None
    if table.lower[end] != "et":
        return None
    j = end + 1
    for width in (2, 1):
        if fold(table.span_text(j, min(j + width, len(table.text)))) in _AREA_ARTICLES:
            j += width
            break
    else:
        return None
    after = _name_run(table, j)
    return (span.start, after) if after > j else None


def _cut_at_de(table: Words, span: Span) -> tuple[int, int] | None:
    """``Fonderies du`` + ``Ternois``: a name NER ended on ``de``/``du``/``des`` (and an
    article) runs on to the capitalised name after it."""
    j = span.end
    if span.label_ == "PER" or table.lower[j - 1] not in _DE_OR_ARTICLE:
        return None
    if table.lower[j - 1] in _NAME_ARTICLES and (len(span) < 2 or table.lower[j - 2] not in DE):
        return None
    end = _name_run(table, j)
    return (span.start, end) if end > j else None


def _confirmed_by_short_form(table: Words, span: Span) -> tuple[int, int] | None:
    """``Société des remontées mécaniques`` + ``de Val-Cendre (SRMVC)``: the words up to
    a short form in parentheses that abbreviates the span and them all (``de``, articles,
    lower-case nouns and adjectives, capitalised names; no verb, no comma)."""
    end = span.end
    if table.lower[end - 1] in DE:
        end -= 1  # NER's "Fédération des caves coopératives de"
    if span.label_ == "PER" or end >= len(table.text) or table.lower[end] not in DE:
        return None
    k = end
    while k < min(len(table.text), end + _LONGEST_NAME) and table.text[k] != "(":
        if (
            not (
                table.lower[k] in _IN_LONG_NAME
                or (table.pos[k] in {"NOUN", "ADJ", "PROPN"} and not table.punct[k])
                or _hyphen_inside(table, k)
            )
            or table.text[k] == ","
        ):
            return None
        k += 1
    if not _short_form_after(table, k) or abbreviates(
        table.text[k + 1], table.span_text(span.start, end)
    ):
        return None
    whole = table.span_text(span.start, k).strip()
    return (span.start, k) if abbreviates(table.text[k + 1], whole) else None


def _defined_by_short_form(
    table: Words, paren: int, named: set[int]
) -> tuple[int, int] | None:
    """``de la Table filière karité (TFK)``: a capitalised word and the words after it up
    to a short form in parentheses that abbreviates them all (lower-case nouns and
    adjectives, ``de``, articles; no verb, no comma) name an organisation NER did not see
    (the longest such run; none through a name NER found, which the other joins read)."""
    if not _short_form_after(table, paren) or not table.text[paren + 1].isupper():
        return None
    short = table.text[paren + 1]
    found = None
    k = paren - 1
    while k >= max(0, paren - _LONGEST_NAME):
        if table.text[k] == "," or table.pos[k] in {"VERB", "AUX", "PUNCT"} or k in named:
            break
        if not (
            table.lower[k] in _IN_LONG_NAME
            or table.pos[k] in {"NOUN", "ADJ", "PROPN"}
            or _hyphen_inside(table, k)
        ):
            break
        if (
            table.text[k][:1].isupper()
            and k > 0
            and not table.sent_start[k]
            and abbreviates(short, table.span_text(k, paren))
        ):
            found = (k, paren)
        k -= 1
    return found


def _official_start(table: Words, start: int) -> int:
    """``le ministère des [Armées]``, ``le tribunal administratif de [Poitiers]``, ``la
    chambre régionale des comptes [Bretagne]``: the official name's head NER left out, put
    back."""
    for head in range(start - 2, max(-1, start - 1 - _OFFICIAL_HEAD_WORDS), -1):
        if table.lower[start] not in DE and _official_of(table, head, start + 1) == start:
            return head
    j = start - 1
    if j >= 0 and table.lower[j] in _ARTICLE_AFTER_OF:
        j -= 1
    if j < 1 or table.lower[j] not in DE:
        return start
    for head in range(j - 1, max(-1, j - 1 - _OFFICIAL_ADJECTIVES - _OFFICIAL_HEAD_WORDS), -1):
        if _official_of(table, head, j + 1) == j:
            return head
    return start


#: Words that go on an official name NER cut short: "Office fédéral de lutte [contre les
#: cartels]", "Direction régionale de l'économie[, du travail et des solidarités]".
_NAME_CONTINUES = frozenset({"de", "du", "des", "d'", "d’", "contre", "pour", "et", "aux", "à"})
_IN_LONG_NAME = _NAME_CONTINUES | {"la", "le", "les", "l'", "l’", ","}


def _up_to_parenthesis(table: Words, start: int, end: int, following: int) -> int:
    """Where a name NER cut short ends when the text gives its short form in parentheses
    right after its full form: ``l'Office fédéral de lutte contre les cartels
    (Bundeskartellamt)``. The words between go on the name when they continue it (``de``,
    ``contre``, ``, du`` ... and lower-case nouns and adjectives, no verb, no other name),
    at most twelve of them; otherwise ``end`` itself."""
    size = len(table.text)
    j = end
    if j < size and table.text[j] == ",":
        j += 1
    if j >= size or table.lower[j] not in _NAME_CONTINUES:
        return end
    k = end
    while k < min(size, end + 12) and table.text[k] != "(":
        word = table.text[k]
        if not (
            table.lower[k] in _IN_LONG_NAME
            or (table.pos[k] in {"NOUN", "ADJ"} and word.isalpha() and word.islower())
        ):
            return end
        k += 1
    return k if k < following and table.text[k - 1] != "," and _short_form_after(table, k) else end


#: Words a public body's name may run on for after its head and scope ("de la biodiversité").
_PUBLIC_NAME_WORDS = 8


def _public_name_end(table: Words, start: int, end: int, following: int) -> int:
    """Where a public body's name ends that NER closed on its scope adjective: ``l'Office
    français [de la biodiversité]``, ``l'Agence nationale [de la recherche]``. A capitalised
    head of ``public_heads`` and an adjective of ``public_scopes`` (names.json) name no body
    alone; the name goes on through ``de`` and an article to the lower-case nouns and
    adjectives after it, up to the first other word (a verb, a comma), at most eight words;
    otherwise ``end`` itself."""
    lexicon = name_heads()
    if not (
        end - start == 2
        and fold(table.text[start]) in lexicon.public_heads
        and fold(table.text[start + 1]) in lexicon.public_scopes
        and end < len(table.text)
        and table.lower[end] in DE
    ):
        return end
    k, last = end, end
    while k < min(following, end + _PUBLIC_NAME_WORDS):
        word = table.text[k]
        if table.lower[k] in _IN_LONG_NAME and word != ",":
            k += 1
        elif table.pos[k] in {"NOUN", "ADJ"} and word.isalpha() and word.islower():
            k += 1
            last = k
        else:
            break
    return last


def _form_abbreviated(table: Words, start: int, end: int) -> bool:
    """``Kerval Holdings Limited (KHL)``: whether the short form in parentheses right
    after a name ending on a legal form abbreviates the name with that form and not without
    it, which makes the form part of the name as the text writes it."""
    if not _short_form_after(table, end):
        return False
    short = table.text[end + 1]
    return is_acronym_of(short, table.span_text(start, end)) and not is_acronym_of(
        short, table.span_text(start, end - 1)
    )


def _short_form_after(table: Words, i: int) -> bool:
    """Whether a name's short form follows at ``i`` in parentheses: ``(ACPR)``."""
    return (
        i + 2 < len(table.text)
        and table.text[i] == "("
        and table.text[i + 2] == ")"
        and table.text[i + 1][:1].isupper()
    )


def _first_name_before(span: Span, taken: set[int]) -> int | None:
    """``Anaïs Kermarrec, qui ...`` with only ``Kermarrec`` tagged: a capitalised proper noun
    right before the name, on which the parser hangs the name as ``flat:name``, is its
    first part (NER often leaves out a sentence's first word); the name is a person's."""
    i = span.start - 1
    if i < 0 or i in taken or words(span.doc).pos[i] != "PROPN":
        return None
    before = span.doc[i]
    if (
        before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and not before.is_punct
        and span[0].head.i == i
        and span[0].dep_ == "flat:name"
    ):
        return i
    return None


def _with_shared_surname(span: Span, found: Mention | None) -> Mention | None:
    """``found`` as the person it names with the surname it shares (:func:`_shared_surname`)."""
    if found is None or (surname := _shared_surname(span)) is None:
        return found
    return replace(found, text=f"{found.text} {surname}", cls="Person")


def _shared_surname(span: Span) -> str | None:
    """``Lucie et Marc Perrin``: a lone given name coordinated with a given name and a
    surname shares that surname (a couple, siblings); the surname, or None.

    The lone word must be a given name of ``given_names.txt``: ``Kelvo et Marc Perrin``
    coordinates a company (NER calls it a person) with a person. The second given name
    need not be one the list knows (``Gaëlle et Wilner Dorsainvil``): NER's person of two
    words or more after ``et`` is enough.
    """
    table = words(span.doc)
    i = span.start
    j = i + 2  # the second given name, after "et"
    if (
        len(span) != 1
        or j >= len(table.text)
        or table.lower[i + 1] != "et"
        or not is_given_name(table.text[i])
        or not table.text[j][:1].isupper()
    ):
        return None
    doc = span.doc
    if doc[j].ent_iob_ != "B" or doc[j].ent_type_ != "PER":
        return None
    # (the surname: the rest of the person NER found from the second given name on)
    end = j + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return table.span_text(j + 1, end).strip() if end > j + 1 else None


#: What introduces the medium a speaker talks to: "a déclaré au Monde", "auprès du Parisien".
_TO_MEDIUM = frozenset({"à", "au", "aux", "du", "dans"})
#: The most words a medium's name has (``France 3 Provence-Alpes-Côte d'Azur``).
_MEDIUM_WORDS = 5


def _split_medium(span: Span, label: str) -> list[tuple[Span, str]]:
    """``a expliqué à La Tribune Jérôme Vasseur``: a verb of saying puts the medium and the
    speaker side by side, and NER runs them together; after ``à``/``au``/``du``/``dans``, a
    name of ``media.txt`` that opens the span, then two capitalised words or more, are a
    medium and a person. A medium's edition is one name (``à France 3 Auvergne``: no
    person there), and may be the medium before a person (``à France Bleu Gironde Jeanne
    Morel``)."""
    before = span.start - 1
    table = words(span.doc)
    if (
        len(span) < 3
        or before < 0
        or table.lower[before] not in _TO_MEDIUM
        or is_media_name(table.span_text(span.start, span.end))
    ):
        return [(span, label)]
    # (the words from the table, the two Spans built only for a split: most spans of a
    # verb of saying are no medium)
    for width in range(min(len(span) - 2, _MEDIUM_WORDS), 0, -1):
        middle = span.start + width
        if (
            span.end - middle >= 2
            and all(table.text[k][:1].isupper() for k in range(middle, span.end))
            and is_media_name(table.span_text(span.start, middle))
        ):
            return [(span[:width], "ORG"), (span[width:], "PER")]
    return [(span, label)]


def _media_names(doc: Doc, table: Words, ents: list[Span]) -> list[tuple[Span, str]]:
    """Names of ``media.txt`` of two words or more the text writes as the list does (``Joint
    par`` a name that opens on its number, a header's ``Il Sole 24 Ore``), which NER
    misses or cuts at their number; whole, whatever NER made of their words. Not at a
    sentence's start without a digit, where a capital proves nothing. ``ents`` are
    ``doc.ents``."""
    found: list[tuple[Span, str]] = []
    size = len(table.text)
    # (where NER tagged the first word, the medium's extent is widened from its entity)
    tagged = {i for ent in ents for i in range(ent.start, ent.end)}

    def name_word(k: int) -> bool:
        word = table.text[k]
        return word[:1].isupper() or word[:1].isdigit() or word in DE

    i = 0
    while i < size:
        word = table.text[i]
        if i in tagged or not name_word(i) or word in DE or not may_open_media_name(word):
            i += 1
            continue
        run = i + 1
        while run < min(size, i + _MEDIUM_WORDS) and name_word(run):
            run += 1
        for end in range(run, i + 1, -1):
            text = table.span_text(i, end)
            if (
                table.text[end - 1] not in DE
                and (not table.sent_start[i] or any(c.isdigit() for c in text))
                and is_media_name(text)
            ):
                found.append((doc[i:end], "MediaOrganization"))
                i = end
                break
        else:
            i += 1
    return found


def _split_person_firm(span: Span, label: str) -> list[tuple[Span, str]]:
    """``elle crée avec sa sœur Hélène la Cidrerie Kerlann``: NER runs a person and the
    firm after them together when an article stands between (a particle, as in ``Jean le
    Bon``, to it); a lower-case article then an organisation's capitalised head
    (``names.json``) opens a second name, the firm's."""
    if label != "PER" or len(span) < 3:
        return [(span, label)]
    table = words(span.doc)
    heads = name_heads().heads
    for k in range(span.start + 1, span.end - 1):
        if (
            table.lower[k] in _NAME_ARTICLES
            and table.text[k].islower()
            and table.text[k + 1][:1].isupper()
            and fold(table.text[k + 1]) in heads
        ):
            cut = k - span.start
            return [(span[:cut], "PER"), (span[cut + 1 :], "ORG")]
    return [(span, label)]


def _split_venue_town(span: Span, label: str) -> list[tuple[Span, str]]:
    """``au Hangar 9 de Nantes``, ``l'Espace Carnot de Brest``, ``le lycée Paul-Éluard de
    Quimper``: a venue's or a school's own name (:func:`_venue_head`,
    :func:`_institution_named`) then ``de`` and a French town NER runs together; the venue
    stands in the town. Not ``Stade de Suisse`` nor ``Arena du Pays de Gex``, whose ``de``
    opens the venue's only name."""
    if len(span) < 4:
        return [(span, label)]
    table = words(span.doc)
    own = table.text[span.start + 1]
    if (
        not (own[:1].isupper() or own[:1].isdigit())  # ("Arena du Pays d'Aix": its name)
        or not (
            _venue_head(table, span.start, span.end)
            or _institution_named(table, span.start, span.end)
        )
    ):
        return [(span, label)]
    for k in range(span.start + 2, span.end - 1):
        if table.lower[k] in DE_BARE and (
            french_place(table.span_text(k + 1, span.end)) is not None
        ):
            return [(span.doc[span.start : k], label), (span.doc[k + 1 : span.end], "LOC")]
    return [(span, label)]


def _media_extent(span: Span) -> Span:
    """``à Sud Ouest``, ``au Dauphiné libéré``, ``à La Gazette`` + ``de Vierzon``: NER cut a
    newspaper's name it took for a place; the longest name of ``media.txt`` (or edition of
    one of its families) that starts with the span and runs over the next words."""
    doc = span.doc
    table = words(doc)
    if (
        span.end >= len(table.text)
        or table.punct[span.end]  # most names: punctuation or the end right after them
        or not may_open_media_name(table.span_text(span.start, span.end))
    ):
        return span
    last = sentence_end(doc[span.start])
    for extra in range(_MEDIUM_WORDS, 0, -1):
        end = span.end + extra
        # (not over the full stop after it, which the name's key ignores)
        if (
            end <= last
            and not any(table.punct[k] or table.space[k] for k in range(span.end, end))
            and is_media_name(table.span_text(span.start, end))
        ):
            return doc[span.start : end]
    return span


def _mention(span: Span, label: str, gazetteer: Gazetteer, offset: int) -> Mention | None:
    table = words(span.doc)
    text = table.span_text(span.start, span.end).strip()
    last = table.text[span.end - 1]
    # the last word ends its sentence when the next one starts a sentence, or is white space
    after = span.end
    at_end = after >= len(table.text) or table.sent_start[after] or table.space[after]
    if at_end and last.endswith(".") and last.count(".") == 1:
        # the tokenizer left the full stop on a sentence-final name ("PDG d'SpaceX."),
        # but an abbreviation keeps its dots ("D.C.")
        text = text[:-1]
    if len(text) < 2:
        return None
    cls, qid = _choose_class(span, label, gazetteer, text)
    start = span.start_char + offset
    return Mention(text, cls, start, start + len(text), qid)


_ARTICLE_AFTER_OF = frozenset({"l'", "l\u2019", "la", "le", "les"})
#: Lower-case words that stay inside a complement: "Économie et des Finances".
_COMPLEMENT_GLUE = DE | _ARTICLE_AFTER_OF | {"et"}


def _title_before(span: Span) -> bool:
    """Whether the span is the complement of a title: ``ministre de l'[Économie ...]``."""
    table = words(span.doc)
    i = span.start - 1
    if i >= 0 and table.lower[i] in _ARTICLE_AFTER_OF:
        i -= 1
    if i < 1 or table.lower[i] not in DE:
        return False
    offices = descriptions().office_titles
    return any(fold(table.span_text(i - w, i)) in offices for w in (1, 2, 3) if i - w >= 0)


def _role_towards(word: str) -> bool:
    """Whether a noun is a role held towards whom its ``de`` names, whatever else the
    sentence says (``filiale``, ``concurrent``, ``actionnaire``: ``roles.json`` entries
    that need no modifier)."""
    role = roles().get(fold(word))
    return role is not None and not role.requires_modifier


def _acronym(word: str) -> bool:
    """``CNIL``, ``AMF``: two capitals or more and nothing else."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _company_office_before(span: Span) -> bool:
    """``présidente de Lorvane``: an office that ``roles.json`` holds only towards
    organisations, then ``de`` with no article (a portfolio or a country takes one: ``de
    la République``, ``de l'Intérieur``)."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].lower_ not in DE_BARE:
        return False
    role = roles().get(fold(doc[i - 1].text))
    return role is not None and role.object == frozenset({"Organization"})


def _complement_start(span: Span) -> int | None:
    """``ministre de l'Intérieur X`` tagged as one name: the index of the complement's first
    word after a lower-case title and its ``de`` (and article), or None."""
    doc = span.doc
    if not words(doc).text[span.start][:1].islower():
        return None
    offices = descriptions().office_titles
    for width in (3, 2, 1):
        i = span.start + width
        if i >= span.end or fold(doc[span.start : i].text) not in offices:
            continue
        if doc[i].lower_ not in DE:
            return None
        i += 1
        if i < span.end and doc[i].lower_ in _ARTICLE_AFTER_OF:
            i += 1
        return i if i < span.end and doc[i].text[:1].isupper() else None
    return None


def _split_title_complement(span: Span, label: str) -> list[tuple[Span, str, bool]]:
    """``le ministre de l'Économie Bruno Le Maire``: NER runs the title's complement and
    the holder's name together. The complement is its first capitalised word with the
    lower-case words that follow (``Transition écologique``); the name starts at the next
    capital. Both parts stay mentions (``président de Renault Jean Dupont`` names a
    company too); the name is a person's when it has two words or more.
    """
    if not _title_before(span):
        return [(span, label, False)]
    if _headed_name(words(span.doc), span.start) == (span.start, span.end):
        # "président des Vignerons du Val Doré": an organisation's name, not a portfolio
        return [(span, "ORG", True)]
    doc = span.doc
    j = span.start + 1
    while j < span.end and (not doc[j].text[:1].isupper() or doc[j].lower_ in _COMPLEMENT_GLUE):
        j += 1
    if j >= span.end:
        # "président de la [République]": kept only if the gazetteer types it; but a bare
        # name after a company office ("la présidente de Lorvane") is the company's, and
        # an acronym ("la présidente de la CNIL") names a body, not a portfolio
        body = _company_office_before(span) or (len(span) == 1 and _acronym(span[0].text))
        return [(span, "ORG" if body else "MISC", True)]
    complement, name = doc[span.start : j], doc[j : span.end]
    if _body_head(doc[span.start].text) and not is_given_name(name[0].text):
        # "président du Comité régional de la pêche Bretagne-Sud": a body's
        # name and its territory, no portfolio and holder
        return [(span, "ORG", True)]
    glued = complement[-1].lower_ in _COMPLEMENT_GLUE  # "Environnement de Canada"
    if not glued and (len(name) < 2 or name[0].text.isupper()):
        return [(span, label, True)]  # "Mistral AI", "Banque de France SA": one name
    while len(complement) > 1 and complement[-1].lower_ in _COMPLEMENT_GLUE:
        complement = complement[:-1]
    name_label = "PER" if len(name) > 1 else "MISC"
    # NER's label covered the holder's name too: only the gazetteer may type the complement
    return [(complement, "MISC", True), (name, name_label, False)]


def _split_places(span: Span, label: str, gazetteer: Gazetteer) -> list[tuple[Span, str]]:
    """``Dublin Irlande``, ``Dallas Texas``: a place name followed by the region or country
    that contains it, without a comma (translations and datelines write them so); not a
    name a class noun announces as an organisation's (``la société Brivane Loire``)."""
    if (
        label != "LOC"
        or len(span) < 2
        or gazetteer.lookup(span.text, cls_hint="Place")
        or is_media_name(span.text)  # "Sud Ouest" is a newspaper
    ):
        return [(span, label)]
    table = words(span.doc)
    for k in range(1, len(span)):
        # (the right part's text from the table: a Span per split costs more than the
        # lookup, and most splits find nothing)
        entry = gazetteer.lookup(table.span_text(span.start + k, span.end), cls_hint="Place")
        if entry is None:
            continue
        left, right = span[:k], span[k:]
        if (
            entry.cls in _CONTAINERS
            and _has_name(left)
            and left[-1].pos_ not in {"ADP", "DET", "CCONJ"}
            and not left[-1].is_punct
            # ("la Région Bretagne", "les Moulins Bretagne": an organisation's head opens
            # one name, the council's or the firm's)
            and fold(table.text[span.start]) not in name_heads().heads
            # ("la société Brivane Loire": a name a company noun announces is one name)
            and coarse(context_class(span) or UNTYPED) != "Organization"
            # ("Danone Maroc", "Orange Belgique": a known company then a country names
            # its branch there)
            and not _known_organisation(table.span_text(left.start, left.end), gazetteer)
            # ("Confitures Provence", "Salaisons Bretagne": a capitalised common noun, no
            # place the gazetteer knows, opens a firm's name, not a town's)
            and not (
                table.pos[span.start] == "NOUN"
                and gazetteer.lookup(table.span_text(left.start, left.end), cls_hint="Place")
                is None
            )
        ):
            return [(left, label), (right, label)]
    return [(span, label)]


def _known_organisation(name: str, gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer's first reading of ``name`` is an organisation."""
    entry = gazetteer.lookup(name)
    return entry is not None and coarse(entry.cls) == "Organization"


def _branch_in_country(span: Span, gazetteer: Gazetteer) -> bool:
    """``Danone Maroc``, ``Nestlé Sénégal``: a known organisation's name then a
    country's or region's is the name of its branch there (an organisation)."""
    table = words(span.doc)
    for k in range(span.start + 1, span.end):
        place = gazetteer.lookup(table.span_text(k, span.end), cls_hint="Place")
        if place is not None and place.cls in _CONTAINERS:
            return _known_organisation(table.span_text(span.start, k), gazetteer)
    return False


def _is_name_word(table: Words, i: int) -> bool:
    word = table.text[i]
    # ("au Progrès": a title the tagger takes for the common noun it is also)
    # (the capital first: most words have none, and the media list is asked last)
    return (
        word[:1].isupper()
        and not table.punct[i]
        and (table.pos[i] == "PROPN" or is_media_name(word))
    )


def _noun_opening_name(table: Words, i: int) -> bool:
    """``La Sellerie Garnier a ...``: a capitalised word the tagger calls a common noun,
    after a determiner inside a sentence and right before a proper noun, opens the name
    (a title, ``le Président Marc Roy``, is cut off it afterwards)."""
    return bool(
        0 < i < len(table.text) - 1
        and table.pos[i - 1] == "DET"
        and _capitalised_common_noun(table, i)
        and _is_name_word(table, i + 1)
    )


def _unknown_described_opener(doc: Doc, table: Words, i: int) -> bool:
    """``Europorte, filiale de ...``: an unknown capitalised word opening a sentence, that
    the tagger calls a noun, is a name when an apposition describes it."""
    return bool(
        table.sent_start[i]
        and table.pos[i] in {"NOUN", "X"}
        and table.text[i][:1].isupper()
        and "Plur" not in doc[i].morph.get("Number", [])
        and _described_after(doc[i : i + 1])
    )


#: Tags of a capitalised name word the tagger did not call a proper noun.
_ANNOUNCED_POS = frozenset({"NOUN", "ADJ", "X"})


def _announced_word(table: Words, i: int) -> bool:
    """``le groupe allemand Hanseo``: a capitalised word inside a sentence, that the tagger
    calls a noun or an adjective, right after a determined class noun of
    ``descriptions.json`` (and its adjectives of origin) is the name it announces."""
    if table.sent_start[i] or table.pos[i] not in _ANNOUNCED_POS:
        return False
    k = i - 1
    while (
        k > 0 and table.text[k].islower() and (table.pos[k] == "ADJ" or origin_text(table.text[k]))
    ):
        k -= 1
    lexicon = descriptions()
    return (
        k > 0
        and table.text[k].islower()
        and lexicon.class_of(table.text[k]) not in {None, "Person"}
        and table.lower[k - 1] in lexicon.determiners
    )


def _described_after(span: Span) -> bool:
    """Whether ``, [det] [adj]* NOUN`` follows the span with a role or class noun
    (``Europorte, filiale de ...``, ``Kiwaï, la start-up ...``)."""
    doc = span.doc
    j = span.end
    if j >= len(doc) or doc[j].text != ",":
        return False
    j += 1
    while j < len(doc) and doc[j].pos_ in {"DET", "ADJ"}:
        j += 1
    if j >= len(doc) or "Plur" in doc[j].morph.get("Number", []):
        return False  # "Salariés, syndicats et direction": a list, not an apposition
    word = fold(doc[j].text)
    return word in roles() or descriptions().class_of(doc[j].text) is not None


def _hyphen_inside(table: Words, i: int) -> bool:
    """Whether word ``i`` is a hyphen written with no space between two words
    (``Boulogne-Billancourt``, which the tokenizer splits in three).

    Example:
        >>> import spacy
        >>> table = words(spacy.blank("fr")("Boulogne-Billancourt et Saint - Denis"))
        >>> [_hyphen_inside(table, i) for i in range(len(table.text))]
        [False, True, False, False, False, False, False]
    """
    if table.text[i] != "-" or i == 0 or i + 1 >= len(table.text):
        return False
    before_end = table.idx[i - 1] + len(table.text[i - 1])
    return before_end == table.idx[i] and table.idx[i + 1] == table.idx[i] + 1


def _proper_runs(
    doc: Doc, taken: set[int], gazetteer: Gazetteer, named: frozenset[str] = frozenset()
) -> Iterator[Span]:
    """Runs of capitalised proper nouns the NER left untagged (``Westlife``, ``NUGW``);
    ``named`` are the names NER found elsewhere in the chunk."""
    titles = _titles()
    table = words(doc)
    size = len(table.text)
    furniture, headings = doc._.kg_furniture, doc._.kg_headings
    runs: list[tuple[Span, str]] = []
    i = 0
    while i < size:
        # (a capital first: both tests ask for one, and most words have none)
        if (
            i in taken
            or not table.text[i][:1].isupper()
            or not (
                _is_name_word(table, i)
                or _unknown_described_opener(doc, table, i)
                or _announced_word(table, i)
                or _noun_opening_name(table, i)
            )
        ):
            i += 1
            continue
        # ("le festival Nuits Sonores": the announced name's words are all nouns)
        announced = not _is_name_word(table, i) and _announced_word(table, i)
        j = i + 1
        while j < size and j not in taken:
            if _is_name_word(table, j) or (
                announced and table.text[j][:1].isupper() and table.pos[j] in _ANNOUNCED_POS
            ):
                j += 1
            elif (
                (table.lower[j] in _NAME_GLUE or _hyphen_inside(table, j))
                and j + 1 < size
                and j + 1 not in taken
                and _is_name_word(table, j + 1)
            ):
                j += 2
            else:
                break
        span = doc[i:j]
        text = table.span_text(i, j)
        i = j
        if (
            (furniture and _in_spans(furniture, span.start_char))
            or (headings and _in_heading(span))
            or fold(text) in titles
        ):
            continue
        if text.isupper() is False and len(text) < 3:
            continue
        runs.append((span, text))
    # a capitalised word that opens a sentence is no evidence of a name by itself, unless
    # an apposition describes it ("Europorte, filiale du groupe Getlink, ...") or the
    # text names it elsewhere (NER or a run inside a sentence)
    named = named | {text for span, text in runs if not span[0].is_sent_start}
    # "Uber, de son côté, ...": the tagger makes a name that opens a sentence a common
    # noun (or an adverb) at times; the text names it elsewhere
    in_runs = {span.start for span, _ in runs}
    runs += [
        (doc[i : i + 1], table.text[i])
        for i in range(size)
        if table.sent_start[i]
        and i not in taken
        and i not in in_runs
        and table.text[i] in named
        and table.pos[i] in {"NOUN", "ADJ", "VERB", "ADV", "X"}
    ]
    # ("Glacéo Gestion, installée à Gap, est ...": a name of several words too)
    by_first = _names_by_first_word(named)
    runs += [
        (doc[i : i + len(parts)], name)
        for i in range(size)
        if table.sent_start[i]
        and table.text[i] in by_first
        and i not in in_runs
        and table.pos[i] in {"NOUN", "ADJ", "VERB", "ADV", "X"}
        for name, parts in by_first[table.text[i]]
        if i + len(parts) <= size
        and all(table.text[i + k] == part and i + k not in taken for k, part in enumerate(parts))
    ]
    for span, text in runs:
        if (
            span[0].is_sent_start
            and len(span) == 1
            and text not in named
            and gazetteer.lookup(text) is None
            and not _described_after(span)
        ):
            continue
        start = title_end(span)
        yield doc[start : span.end]


def _names_by_first_word(named: frozenset[str]) -> dict[str, list[tuple[str, list[str]]]]:
    """The names of several words among ``named``, with their words, by their first word."""
    found: dict[str, list[tuple[str, list[str]]]] = {}
    for name in sorted(named):
        parts = name.split()
        if len(parts) > 1:
            found.setdefault(parts[0], []).append((name, parts))
    return found


def _misattached_participle(noun: Token, word: Token) -> bool:
    """Whether ``word``, right after ``noun``, is a participle or adjective of ``noun`` the
    parser hung on a noun higher up (``premier éditeur de bande dessinée``): it agrees in
    gender and number with ``noun`` and not with the noun it was hung on."""
    if noun.pos_ != "NOUN" or word.pos_ not in {"VERB", "ADJ"} or not word.text.islower():
        return False
    if word.dep_ not in {"acl", "amod"} or word.head.i >= noun.i or word.head.pos_ != "NOUN":
        return False
    if "Part" not in word.morph.get("VerbForm", []) and word.pos_ != "ADJ":
        return False

    def agreement(token: Token) -> tuple[list[str], list[str]]:
        return token.morph.get("Gender", []), token.morph.get("Number", [])

    own = agreement(word)
    return all(own) and own == agreement(noun) and own != agreement(word.head)


#: Coarse classes whose description noun alone (``la société``) refers to a name.
_NAMED_CLASSES = frozenset({"Organization", "Person", "Place"})


def noun_phrase(token: Token, cls: str) -> Mention | None:
    """A mention for a common-noun phrase a frame requires (``le pacte européen sur l'IA``).

    The phrase is the token's subtree without leading determiners or numerals, cut before
    the first comma, parenthesis or relative clause.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = ["le", "pacte", "européen", ",", "un", "texte"]
        >>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[1, 1, 1, 5, 5, 1],
        ...           deps=["det", "ROOT", "amod", "punct", "det", "appos"],
        ...           pos=["DET", "NOUN", "ADJ", "PUNCT", "DET", "NOUN"])
        >>> noun_phrase(doc[1], "Agreement").text
        'pacte européen'
    """
    doc = token.doc
    tokens = sorted(token.subtree, key=lambda t: t.i)
    start = token.i
    for t in reversed(tokens):
        if t.i < token.i and t.pos_ in {"ADJ", "NOUN", "PROPN"}:
            start = t.i
    end = token.i + 1
    complements = 0
    for t in tokens:
        if t.i <= token.i:
            continue
        if t.text in {",", "(", ";", ":", "«", '"'} or t.dep_ in {"acl:relcl", "appos", "acl"}:
            break
        # "leader européen des drones et filiale de Vexa": a second role, not the thing
        if t.pos_ == "CCONJ" and t.i + 1 < len(doc) and fold(doc[t.i + 1].lemma_) in roles():
            break
        # keep the first complement ("de ...", "sur ...") that names the thing; a second
        # one is about something else ("syndicats de médias sur la rémunération")
        if t.dep_ == "case":
            complements += 1
            if complements > 1 or t.lower_ not in _NP_PREPS:
                break
            # "premier fabricant de tuiles du département": the area a rank is held in is no part
            # of the thing
            if complements == 1 and t.head.i > token.i and fold(t.head.text) in _SCOPE_NOUNS:
                break
        end = t.i + 1
    while end > start + 1 and (
        doc[end - 1].is_punct or doc[end - 1].pos_ in {"ADP", "DET", "CCONJ"}
    ):
        end -= 1
    if (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].pos_ in {"NOUN", "ADJ"}
    ):
        # "la location-entretien de linge": the tokenizer cut a compound noun at its hyphen
        # and the parser hung its second half elsewhere; that half and its own complement
        # belong to the phrase
        second = doc[end + 1]
        end = second.i + 1
        for t in sorted(second.subtree, key=lambda t: t.i):
            if t.i <= second.i:
                continue
            if t.is_punct or t.dep_ in {"acl:relcl", "appos", "acl"}:
                break
            end = t.i + 1
    if end < len(doc) and _misattached_participle(doc[end - 1], doc[end]):
        end += 1  # "éditeur de bande dessinée": "dessinée" hung on "éditeur"
    span = doc[start:end]
    text = span.text.strip()
    own = descriptions().class_of(span.text) if len(span) == 1 else None
    if not text or (own is not None and (own == cls or coarse(own) in _NAMED_CLASSES)):
        # a bare "l'accord" refers to something named elsewhere: no entity (but "leader du
        # pneu": a product's noun is the market a leader leads)
        return None
    offset = doc._.kg_offset
    return Mention(text, cls, span.start_char + offset, span.end_char + offset)
