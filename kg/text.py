"""Name normalisation shared by matching, merging, linking and evaluation.

French names come with elided articles (``d'OpenAI``, ``l'Ademe``), leading determiners
(``La France``), typographic apostrophes and accents that writers drop or keep at will.
:func:`match_key` folds all of that away so two surface forms of one name compare equal.

Example:
    >>> match_key("La France") == match_key("france")
    True
    >>> match_key("d’OpenAI")
    'openai'
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: Apostrophe look-alikes found in French news text.
APOSTROPHES = "'’‘ʼ`´"

_LEADING = re.compile(
    r"^(?:(?:l|d|qu|j|n|s|c)[" + APOSTROPHES + r"]\s*"
    r"|(?:le|la|les|un|une|des|du|de la|de|the)\s+)",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")
#: The look-alikes :func:`fold` unifies in an ASCII text (the backquote).
_ASCII_APOSTROPHES = tuple(a for a in APOSTROPHES[1:] if a.isascii())
_PUNCT = re.compile(r"[^\w\s&+.-]")


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and collapse white space.

    Cached: extractors fold the same words (role nouns, description nouns) at every token.

    Example:
        >>> fold("  Élysée   Palace ")
        'elysee palace'
        >>> fold("l`Ademe\\n Rennes") == fold("l’Ademe Rennes") == "l'ademe rennes"
        True
    """
    if text.isascii():
        # (most words: nothing to decompose, and the one ASCII look-alike to unify)
        for apostrophe in _ASCII_APOSTROPHES:
            text = text.replace(apostrophe, "'")
        return _collapse_spaces(text).lower()
    text = unicodedata.normalize("NFKD", text)
    # each distinct combining mark removed at once: a character-by-character filter was
    # most of the time of folding a whole text (notices, paragraphs), which no cache spares
    for mark in {ch for ch in set(text) if unicodedata.combining(ch)}:
        text = text.replace(mark, "")
    for apostrophe in APOSTROPHES[1:]:
        text = text.replace(apostrophe, "'")
    return _collapse_spaces(text).lower()


def _collapse_spaces(text: str) -> str:
    """``_SPACES.sub(" ", text).strip()``: ``str.split`` cuts at the same white space
    (``\\s`` of a str pattern is ``str.isspace``) at a third of the regex's cost."""
    return " ".join(text.split())


def strip_article(text: str) -> str:
    """Remove leading French (or English) articles and elided determiners, repeatedly.

    Example:
        >>> strip_article("de la Banque de France")
        'Banque de France'
        >>> strip_article("l'Union européenne")
        'Union européenne'
    """
    previous = None
    while previous != text:
        previous = text
        text = _LEADING.sub("", text, count=1).lstrip()
    return text


@functools.lru_cache(maxsize=1 << 16)
def match_key(text: str) -> str:
    """The key two names must share to be the same name (case, accents, articles ignored).

    Cached: coreference and resolution key the same names again and again.

    Example:
        >>> match_key("l'Union Européenne") == match_key("union europeenne")
        True
    """
    key = strip_article(fold(text))
    key = _PUNCT.sub(" ", key.replace("'", " "))
    return _SPACES.sub(" ", key).strip(" .-")


def _initials(name: str) -> str:
    """The initials of ``name``'s words; a word written as an acronym gives all its
    letters (``AS Plouha Goëlo`` → ``aspg``)."""
    words = re.split(r"[\s\-'\u2019]+", name)
    return "".join(
        fold(word) if len(word) > 1 and word.isalpha() and word.isupper() else fold(word)[0]
        for word in words
        if word and word[0].isalnum()
    )


def _acronym_letters(text: str) -> str | None:
    """The letters of ``text`` if it is written as an acronym (``CNRS``, ``O.M.S.``)."""
    compact = text.replace(".", "")
    if " " in compact or not compact.isalnum() or not 2 <= len(compact) <= 12:
        return None
    if sum(ch.isupper() for ch in compact) < 2:
        return None
    return fold(compact)


def is_acronym_of(acronym: str, name: str) -> bool:
    """Whether ``acronym`` abbreviates ``name``: its letters are the initials of words of
    ``name`` in order, starting with the first (articles and prepositions may be skipped).

    Example:
        >>> is_acronym_of("CNRS", "Centre national de la recherche scientifique")
        True
        >>> is_acronym_of("OMS", "Organisation mondiale de la santé")
        True
        >>> is_acronym_of("AFP", "Agence France-Presse")
        True
        >>> is_acronym_of("ASPG", "AS Plouha Goëlo")
        True
        >>> is_acronym_of("BCE", "Organisation mondiale de la santé")
        False
    """
    letters = _acronym_letters(acronym)
    initials = _initials(name)
    if letters is None or len(initials) < len(letters) or " " not in fold(name).replace("-", " "):
        return False
    if letters[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(letter in rest for letter in letters[1:])


def abbreviates(word: str, name: str) -> bool:
    """Whether ``word``, written in parentheses after ``name`` (or ``name`` after it),
    abbreviates it: an acronym, or one written as a word (``Anssi``, ``Ademe``), which only
    the parentheses tell from a name.

    Example:
        >>> abbreviates("Anssi", "Agence nationale de la sécurité des systèmes d'information")
        True
        >>> abbreviates("CNIL", "Commission nationale de l'informatique et des libertés")
        True
        >>> abbreviates("Paris", "Société générale")
        False
        >>> abbreviates("Obsco", "Observatoire de la concurrence")
        True
    """
    if is_acronym_of(word, name):
        return True
    if not (word[:1].isupper() and word.isalpha()):
        return False
    return is_acronym_of(word.upper(), name) or _syllables_of(fold(word), _content_words(name))


#: Words a short form made of syllables skips: "Obs(ervatoire) de la co(ncurrence)".
_FUNCTION_WORDS = frozenset(
    {"de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux"}
)
#: Fewest letters each word gives a short form made of syllables.
_SYLLABLE = 2


def _content_words(name: str) -> list[str]:
    words = re.split(r"[\s\-']+", fold(name))
    return [word for word in words if word and word not in _FUNCTION_WORDS]


def _syllables_of(short: str, words: list[str]) -> bool:
    """Whether ``short`` is the beginnings of every one of ``words`` in order, each of two
    letters or more: ``obsco`` of Observatoire (de la) concurrence, ``sncf`` aside (initials
    are :func:`is_acronym_of`'s)."""
    if len(words) < 2:
        return False

    def fits(rest: str, k: int) -> bool:
        if k == len(words):
            return not rest
        word = words[k]
        return any(
            rest[:n] == word[:n] and fits(rest[n:], k + 1)
            for n in range(_SYLLABLE, min(len(word), len(rest)) + 1)
        )

    return fits(short, 0)
