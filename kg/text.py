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
_PUNCT = re.compile(r"[^\w\s&+.-]")


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and collapse white space.

    Cached: extractors fold the same words (role nouns, description nouns) at every token.

    Example:
        >>> fold("  Élysée   Palace ")
        'elysee palace'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    for apostrophe in APOSTROPHES[1:]:
        text = text.replace(apostrophe, "'")
    return _SPACES.sub(" ", text).strip().lower()


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
