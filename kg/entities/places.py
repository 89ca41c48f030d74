"""French towns, départements and régions by name: the places the gazetteer does not know.

The Wikidata gazetteer (:mod:`kg.entities.gazetteer`) holds about 7,000 of the world's
major cities, and French news names far smaller towns (``née à Parthenay``, ``son usine de
Montdidier``). NER tags them LOC as often as it tags unfamiliar brands LOC, so a LOC name no
gazetteer knows is left untyped. ``kg/data/places-fr.tsv`` lists the names of France's
current communes, départements and régions (from the INSEE geographic code, via Etalab's
``decoupage-administratif``; sources and licence head the file). It has no QIDs: it types
a place kg found, it never links one, and it never makes a mention of a word; the common
words the gazetteer never links (``Orange`` is a town too) type nothing here either.

Example:
    >>> french_place("Gironde")
    FrenchPlace(cls='Region', population=0, name='Gironde')
    >>> french_place("OpenAI") is None, french_place("Orange") is None
    (True, True)
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from kg.entities.gazetteer import common_words, disk_cached
from kg.text import match_key

__all__ = ["PLACES_PATH", "FrenchPlace", "french_place"]

#: Names of French communes, départements and régions, with their kg class.
PLACES_PATH = Path(__file__).resolve().parent.parent / "data" / "places-fr.tsv"


@dataclass(frozen=True, slots=True)
class FrenchPlace:
    """What a name of the list is: its kg class and, for a town, its inhabitants.

    Attributes:
        cls: ``City`` (a commune) or ``Region`` (a département or région).
        population: The largest commune of that name's population; 0 for an area.
        name: The name as the list writes it, its article included (``Le Mans``).
    """

    cls: str
    population: int
    name: str = ""


@functools.cache
def _places() -> dict[str, tuple[str, int, str]]:
    """The match keys of the file's names, each with its class, population and name."""
    data = PLACES_PATH.read_bytes()

    def build() -> dict[str, tuple[str, int, str]]:
        found: dict[str, tuple[str, int, str]] = {}
        common = common_words()
        rows = (
            line.split("\t")
            for line in data.decode("utf-8").splitlines()
            if not line.startswith("#")
        )
        next(rows)  # the header
        for name, cls, _code, population in rows:
            # (match_key's own cache is for the text's names, not for 30,000 towns)
            if (key := match_key.__wrapped__(name)) not in common and key not in found:
                found[key] = (cls, int(population), name)
        return found

    return disk_cached("places-named", [data], build)


def french_place(text: str) -> FrenchPlace | None:
    """What ``text`` names if it is a French commune, département or région.

    Names compare by :func:`kg.text.match_key` (case, accents and a leading article
    ignored: ``Le Mans`` = ``le mans``).

    Example:
        >>> french_place("le Mée-sur-Seine").cls, french_place("Essonne").cls
        ('City', 'Region')
        >>> french_place("Mans").name
        'Le Mans'
    """
    place = _places().get(match_key(text))
    return None if place is None else FrenchPlace(*place)
