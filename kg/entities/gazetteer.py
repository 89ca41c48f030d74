"""The gazetteer: names of well-known things with their Wikidata QIDs, and a fast matcher.

kg ships ``kg/data/gazetteer.tsv`` (countries, cities, regions, international bodies,
companies, agencies, a few thousand people), built from public data whose sources and
licences head the file; users add their own files in the same format
(``kg/data/GAZETTEER.md``). :class:`Gazetteer` indexes every label and alias under
:func:`kg.text.match_key`, so a lookup is one dictionary access.

A gazetteer that links too eagerly does more harm than one that links too little, so some
keys are never indexed: common words (``kg/data/gazetteer-stoplist.txt``: *orange*,
*total* ...), keys of fewer than two characters or without a letter, and one-word names
of people (a lone *Emmanuel* or *Altman* names nobody in particular). Acronyms (``AFP``,
``ONU``) only match a name written in capitals, so the school "SAM" does not catch "Sam".

Example:
    >>> gazetteer = default_gazetteer()
    >>> gazetteer.lookup("la France").qid
    'Q142'
    >>> gazetteer.lookup("Paris", cls_hint="Person") is None
    True
"""

from __future__ import annotations

import functools
import hashlib
import logging
import marshal
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TypeVar, cast

import kg.text
from kg.errors import InputError, OntologyError
from kg.ontology import coarse_class, ontology_path
from kg.text import match_key, strip_article

__all__ = [
    "DEFAULT_PATH",
    "PUBLIC_BODIES_PATH",
    "REQUIRED_COLUMNS",
    "SHAREALIKE_PATH",
    "STOPLIST_PATH",
    "Gazetteer",
    "GazetteerEntry",
    "common_words",
    "default_gazetteer",
    "disk_cached",
    "gazetteer_fingerprint",
    "load_gazetteers",
]

log = logging.getLogger(__name__)

_DATA = Path(__file__).resolve().parent.parent / "data"
#: The bundled gazetteer: rows backed by at least one source that is not share-alike.
DEFAULT_PATH = _DATA / "gazetteer.tsv"
#: Optional rows whose only sources are share-alike (ODbL, CC BY-SA); pass it explicitly.
SHAREALIKE_PATH = _DATA / "gazetteer-sharealike.tsv"
#: Common words that never link, one per line.
STOPLIST_PATH = _DATA / "gazetteer-stoplist.txt"
#: QIDs of French public bodies the bundled rows call organisations, one per line.
PUBLIC_BODIES_PATH = _DATA / "gazetteer-public-bodies.txt"

REQUIRED_COLUMNS = ("qid", "type", "label_fr", "label_en", "aliases")
OPTIONAL_COLUMNS = ("country_qid", "source")

# Families that name one thing under two readings. Metonymy: "la France a signé", "Paris
# répond" (places acting as governments) and "l'Union européenne" tagged LOC by the NER.
# Brands: a product name is often its maker's name. A person is never a place or a company.
_COMPATIBLE = frozenset(
    {frozenset({"Organization", "Place"}), frozenset({"Organization", "Product"})}
)

_QID = re.compile(r"Q[1-9][0-9]*")
#: Names whose lookups a gazetteer remembers at most.
_MAX_ANSWERS = 1 << 16
_UNSEEN = object()

_Index = dict[str, tuple[int, ...]]
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One gazetteer row, typed.

    Attributes:
        qid: Wikidata item, e.g. ``Q142``.
        cls: Ontology class local name (``Country``, ``City``, ``Company`` ...), refined from
            the row's coarse type by its source tags.
        label: The French label if the row has one, else the English one.
        aliases: The other names (English label, aliases), in file order.
        country_qid: The country the row belongs to, when known.
        sources: How many sources list the row (an indication of how well known it is).

    Example:
        >>> GazetteerEntry("Q90", "City", "Paris", (), "Q142", 2).label
        'Paris'
    """

    qid: str
    cls: str
    label: str
    aliases: tuple[str, ...]
    country_qid: str | None
    sources: int


class _Row(NamedTuple):
    """The fields of a :class:`GazetteerEntry`, cheaper to store and cache by the 50,000."""

    qid: str
    cls: str
    label: str
    aliases: tuple[str, ...]
    country_qid: str | None
    sources: int


class _Parsed(NamedTuple):
    """A parsed row and the match keys of its names."""

    row: _Row
    label_keys: tuple[str, ...]
    alias_keys: tuple[str, ...]
    acronym_keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """An immutable index from :func:`~kg.text.match_key` keys to gazetteer entries.

    Build it with :meth:`load`; :func:`default_gazetteer` keeps one per process.

    Example:
        >>> gazetteer = default_gazetteer()
        >>> gazetteer.lookup("Union européenne").qid == gazetteer.lookup("European Union").qid
        True
        >>> gazetteer.lookup("Total") is None  # a common word, even if a company bears it
        True
    """

    _rows: tuple[_Row, ...]
    #: key -> indices into ``_rows``, best first by :func:`_choose`'s rules 2-4.
    _index: Mapping[str, tuple[int, ...]]
    #: The same for acronyms (``AFP``, ``SAM``), which only match a name written in capitals.
    _acronyms: Mapping[str, tuple[int, ...]]
    #: Indices of rows replaced by a later file's row with the same QID.
    _hidden: frozenset[int] = frozenset()
    #: Answers already given, by name and hint: news names the same entities again and
    #: again, and each lookup keys, ranks and builds its entry anew (a tenth of mention
    #: detection). A memo, not part of the value.
    _answers: dict[tuple[str, str | None], GazetteerEntry | None] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def load(cls, paths: Iterable[Path] | None = None, *, bundled: bool = True) -> Gazetteer:
        """Read the bundled gazetteer and the given files into one index.

        Later files take precedence: a row whose QID appeared in an earlier file replaces
        it, and among rows sharing a name, one from a later file is preferred.

        Computing the match keys of ~100k names is most of the cost (seconds), so each
        file's index is cached on disk (``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg`` or
        ``~/.cache/kg``) under a digest of the file and of the code, stop-list and ontology
        that shape it; a cache that cannot be read or written is ignored.

        Args:
            paths: User gazetteer files (TSV, format in ``kg/data/GAZETTEER.md``). ``None``
                or empty loads the bundled file alone.
            bundled: Whether to start from the bundled file.

        Returns:
            The index.

        Raises:
            InputError: A file is missing, undecodable or malformed (the message names the
                file and line).

        Example:
            >>> len(Gazetteer.load([], bundled=False))
            0
        """
        groups: list[tuple[Path, ...]] = [(DEFAULT_PATH,)] if bundled else []
        for path in map(Path, paths or ()):
            if bundled and path.resolve() == SHAREALIKE_PATH.resolve():
                groups[0] += (path,)  # bundled data too: it ranks with, not above, the rest
            else:
                groups.append((path,))
        rows: list[_Row] = []
        index: dict[str, tuple[int, ...]] = {}
        acronyms: dict[str, tuple[int, ...]] = {}
        position: dict[str, int] = {}  # QID -> index of its latest row
        for number, group in enumerate(groups):
            group_rows, group_index, group_acronyms = _group_index(group)
            offset = len(rows)
            rows.extend(group_rows)
            if number == 0:
                index, acronyms = group_index, group_acronyms
                if len(groups) > 1:
                    index, acronyms = dict(index), dict(acronyms)
            else:
                # Rule 2 of _choose: this file's candidates go before the earlier files'.
                for merged, found in ((index, group_index), (acronyms, group_acronyms)):
                    for key, positions in found.items():
                        merged[key] = tuple(offset + i for i in positions) + merged.get(key, ())
            for i, row in enumerate(group_rows, start=offset):
                position[row.qid] = i
        hidden = frozenset(range(len(rows))) - frozenset(position.values())
        log.debug(
            "gazetteer: %d entries under %d keys from %d file group(s)",
            len(position),
            len(index),
            len(groups),
        )
        return cls(tuple(rows), index, acronyms, hidden)

    def lookup(self, name: str, cls_hint: str | None = None) -> GazetteerEntry | None:
        """The entry a name most likely refers to, or ``None``.

        Args:
            name: A name as written (``d'OpenAI``, ``La France``).
            cls_hint: The class the text suggests (from the NER), or ``None`` for no
                opinion. Pass ``None`` rather than a guess: a hint that fits no candidate
                makes the lookup fail.

        Returns:
            The chosen entry (see :func:`_choose`), or ``None`` when the name is unknown,
            refused (common word, lone first name) or of an incompatible type.

        Raises:
            OntologyError: ``cls_hint`` is not a class a gazetteer row can have.

        Example:
            >>> default_gazetteer().lookup("d'OpenAI").qid
            'Q21708200'
        """
        answer = self._answers.get((name, cls_hint), _UNSEEN)
        if answer is not _UNSEEN:
            return cast("GazetteerEntry | None", answer)
        if cls_hint is not None:
            _family(cls_hint)  # fail on a misspelt class rather than silently never link
        key = match_key(name)
        candidates = self._index.get(key, ())
        if _is_acronym(strip_article(name.strip())):
            candidates += self._acronyms.get(key, ())
        answer = None
        if candidates:
            row = _choose([self._rows[i] for i in candidates if i not in self._hidden], cls_hint)
            answer = None if row is None else GazetteerEntry(*row)
        if len(self._answers) >= _MAX_ANSWERS:
            self._answers.clear()  # a bound on memory over a long corpus
        self._answers[(name, cls_hint)] = answer
        return answer

    def __len__(self) -> int:
        return len(self._rows) - len(self._hidden)


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once per process.

    Example:
        >>> default_gazetteer() is default_gazetteer()
        True
    """
    return Gazetteer.load()


@functools.cache
def load_gazetteers(paths: tuple[str, ...] = ()) -> Gazetteer:
    """The bundled gazetteer plus the user's files, loaded once per process and file list.

    Raises:
        InputError: A file is missing or malformed (see :meth:`Gazetteer.load`).

    Example:
        >>> load_gazetteers(()) is default_gazetteer()
        True
    """
    if not paths:
        return default_gazetteer()
    return Gazetteer.load([Path(p) for p in paths])


def gazetteer_fingerprint(paths: Iterable[str | Path]) -> str:
    """A digest of the user's gazetteer files (contents, in order), empty for none.

    Analyses made with other gazetteer files must be redone: the files change what links
    and how mentions are typed.

    Raises:
        InputError: A file cannot be read.

    Example:
        >>> gazetteer_fingerprint([])
        ''
    """
    digest = hashlib.sha256()
    found = False
    for path in map(Path, paths):
        found = True
        try:
            data = path.read_bytes()
        except OSError as err:
            raise InputError(f"cannot read the gazetteer {str(path)!r}: {err}") from err
        digest.update(hashlib.sha256(data).digest())  # order counts: later files win
    return digest.hexdigest()[:16] if found else ""


def _choose(candidates: list[_Row], cls_hint: str | None) -> _Row | None:
    """Pick one of the rows that share a key, deterministically.

    The rule, in order, and why:

    1. Type agreement with the hint (coarse families: person, organisation, place ...):
       the text's own evidence about what the name denotes beats any prior. A candidate
       of an incompatible family is never chosen, so a person named Paris returns ``None``
       rather than the city. Organisation and place are compatible (metonymy), as are
       organisation and product (brands), but rank below an exact agreement.
    2. Rows from a later file (a user's gazetteer over the bundled one): the user knows
       their corpus. The optional share-alike file is bundled data and ranks with the
       default file, not above it.
    3. A row whose label, not just an alias, is the name: aliases carry the noise of the
       sources (a brand listing its parent's names, "Tesla Supercharger" listing "Tesla").
    4. The smaller QID number: older items are the well-known ones (Q84 London before
       London, Ontario; Q65 Los Angeles before the Chilean town). The number of sources
       is deliberately not used: mid-sized cities gather more source tags (dr5hn, Natural
       Earth, a transit operator) than the capitals that share their name.

    Rules 2-4 do not depend on the hint, so :meth:`Gazetteer.load` and :func:`_build`
    order each key's candidates by them once; here the first with the best agreement wins.
    Acronym matches (a name in capitals) come after the ordinary ones.
    """
    best: _Row | None = None
    best_level = 0
    for row in candidates:
        level = _agreement(cls_hint, row.cls)
        if level > best_level:
            best, best_level = row, level
    return best


def _group_index(paths: tuple[Path, ...]) -> tuple[list[_Row], _Index, _Index]:
    """The rows of files of equal rank and their key -> row positions index, cached on disk."""
    contents = []
    for path in paths:
        try:
            contents.append(path.read_bytes())
        except OSError as err:
            raise InputError(f"cannot read gazetteer {str(path)!r}: {err}") from err

    def build() -> tuple[tuple[tuple[object, ...], ...], _Index, _Index]:
        rows, index, acronyms = _build(
            [
                item
                for path, data in zip(paths, contents, strict=True)
                for item in _parse(path, data)
            ]
        )
        return tuple(map(tuple, rows)), index, acronyms

    raw_rows, index, acronyms = disk_cached("gazetteer", contents, build)
    return list(map(_Row._make, raw_rows)), index, acronyms


def disk_cached(kind: str, contents: Iterable[bytes], build: Callable[[], _T]) -> _T:
    """``build()``, kept on disk between runs for the same ``contents`` and code.

    Matching keys are computed for tens of thousands of names (a second or more); the
    result, of built-in types only, is stored with :mod:`marshal` under ``$KG_CACHE_DIR``
    (else ``$XDG_CACHE_HOME/kg`` or ``~/.cache/kg``), keyed by ``contents``, kg's matching
    code and Unicode's version. A missing or unusable cache is rebuilt; an unwritable
    directory only costs the time.

    Example:
        >>> disk_cached("doctest", [b"one"], lambda: {"one": 1})
        {'one': 1}
    """
    digest = hashlib.sha256(_code_digest())
    for data in contents:
        digest.update(hashlib.sha256(data).digest())
    cache = _cache_dir() / f"{kind}-{digest.hexdigest()}"
    try:
        return cast(_T, marshal.loads(cache.read_bytes()))
    except (OSError, EOFError, ValueError, TypeError):
        pass  # no cache yet, or an unusable one: build
    value = build()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(marshal.dumps(cast(Any, value)))
        partial.replace(cache)  # atomic: a concurrent reader sees all or nothing
    except OSError as err:
        log.debug("%s cache not written (%s)", kind, err)
    return value


def _build(parsed: list[_Parsed]) -> tuple[list[_Row], _Index, _Index]:
    """Index rows of equal rank by key, each key's rows sorted by :func:`_choose`'s rules 3-4.

    Returns the rows, the index of ordinary names and the index of acronyms.
    """
    by_qid = {item.row.qid: item for item in parsed}  # a repeated QID: the last row wins
    stoplist = common_words()
    found: dict[str, list[tuple[bool, int, int]]] = {}
    found_acronyms: dict[str, list[tuple[bool, int, int]]] = {}
    for position, item in enumerate(by_qid.values()):
        number = int(item.row.qid[1:])
        for keys, via_label, into in (
            (item.label_keys, True, found),
            (item.alias_keys, False, found),
            (item.acronym_keys, False, found_acronyms),
        ):
            for key in keys:
                if key not in stoplist:
                    into.setdefault(key, []).append((not via_label, number, position))
    index, acronyms = (
        {key: tuple(position for *_, position in sorted(ranked)) for key, ranked in f.items()}
        for f in (found, found_acronyms)
    )
    return [item.row for item in by_qid.values()], index, acronyms


def _is_acronym(name: str) -> bool:
    """One word in capitals (``AFP``, ``A.F.P.``, ``SAM``): an acronym, not a name."""
    return name.isupper() and not any(ch.isspace() for ch in name)


def _agreement(cls_hint: str | None, cls: str) -> int:
    """2 if the families agree, 1 if compatible or no hint, 0 if incompatible."""
    if cls_hint is None:
        return 1
    hinted, actual = _family(cls_hint), _family(cls)
    if hinted == actual:
        return 2
    return 1 if frozenset({hinted, actual}) in _COMPATIBLE else 0


@functools.cache
def _family(cls: str) -> str:
    """The class's top class under ``kgo:NamedEntity`` (memoised: lookups call it often)."""
    return coarse_class(cls)


@functools.cache
def common_words() -> frozenset[str]:
    """The common words of ``kg/data/gazetteer-stoplist.txt``, as match keys: names that
    never link (``orange``, ``total``), nor type a place (:mod:`kg.entities.places`).

    Example:
        >>> "orange" in common_words()
        True
    """
    with STOPLIST_PATH.open(encoding="utf-8") as handle:
        return frozenset(
            match_key(line) for line in handle if line.strip() and not line.startswith("#")
        )


def _keys(names: Iterable[str], cls: str, memo: dict[str, str]) -> tuple[str, ...]:
    """The distinct match keys of ``names`` that may ever link (stop-list aside)."""
    keys: dict[str, None] = {}
    for name in names:
        key = memo.get(name)
        if key is None:
            key = memo[name] = match_key(name)
        if len(key) < 2 or not any(ch.isalpha() for ch in key):
            continue
        # One-word names of people are first names or surnames shared by thousands.
        if cls == "Person" and " " not in key:
            continue
        keys[key] = None
    return tuple(keys)


@functools.cache
def _public_bodies() -> frozenset[str]:
    """The QIDs of ``kg/data/gazetteer-public-bodies.txt``: French public bodies."""
    with PUBLIC_BODIES_PATH.open(encoding="utf-8") as handle:
        return frozenset(
            line.split("\t")[0].strip()
            for line in handle
            if line.strip() and not line.startswith("#")
        )


def _refine(cls: str, tags: frozenset[str], qid: str, country_qid: str | None) -> str:
    """A finer class than the source's coarse one, where its source tags say so."""
    if cls == "Place":
        if "dr5hn:countries" in tags or country_qid == qid:
            return "Country"
        # Before regions: Paris and Berlin are also dr5hn "states", but cities first.
        if "dr5hn:cities" in tags or "naturalearth:populated_places" in tags:
            return "City"
        if "dr5hn:states" in tags:
            return "Region"
    elif cls == "Organization":
        # (the registries list a State agency as they list a laboratory)
        if qid in _public_bodies():
            return "GovernmentBody"
        if "impresso:newsagencies" in tags:
            return "MediaOrganization"
        # the name-suggestion index lists brands by their owner's item: a business
        if "nsi:brands" in tags:
            return "Company"
    return cls


def _cache_dir() -> Path:
    """Where built indexes are kept between runs."""
    if configured := os.environ.get("KG_CACHE_DIR"):
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg"


@functools.cache
def _code_digest() -> bytes:
    """What a cached index depends on besides the files: code, stop-list, ontology, Unicode."""
    digest = hashlib.sha256(unicodedata.unidata_version.encode())
    for module in (__file__, kg.text.__file__, STOPLIST_PATH, PUBLIC_BODIES_PATH, ontology_path()):
        digest.update(Path(module).read_bytes())
    return digest.digest()


def _parse(path: Path, data: bytes) -> list[_Parsed]:
    """Parse one gazetteer TSV (comment lines start with ``#``; the first other is the header)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"gazetteer {str(path)!r} is not UTF-8: {err}") from err
    header: dict[str, int] | None = None
    rows = []
    memo: dict[str, str] = {}  # many names repeat across rows and columns
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = {name.strip(): i for i, name in enumerate(fields)}
            missing = [c for c in REQUIRED_COLUMNS if c not in header]
            if missing:
                raise InputError(
                    f"{path}:{lineno}: gazetteer header lacks column(s) "
                    f"{', '.join(missing)} (found {', '.join(header)})"
                )
            width = len(fields)
            columns = [header[c] for c in REQUIRED_COLUMNS]
            country_col, source_col = (header.get(c) for c in OPTIONAL_COLUMNS)
            continue
        if len(fields) != width:
            raise InputError(
                f"{path}:{lineno}: expected {width} tab-separated fields, "
                f"got {len(fields)}: {line[:80]!r}"
            )
        qid, cls, label_fr, label_en, alias_field = (fields[i].strip() for i in columns)
        if not _QID.fullmatch(qid):
            raise InputError(
                f"{path}:{lineno}: {qid!r} is not a Wikidata QID (Q followed by digits)"
            )
        try:
            _family(cls)
        except OntologyError as err:
            raise InputError(
                f"{path}:{lineno}: type {cls!r} is not a kg entity class "
                f"(Person, Organization, Company, City ...): {err}"
            ) from err
        country_qid = (fields[country_col].strip() or None) if country_col is not None else None
        if country_qid is not None and not _QID.fullmatch(country_qid):
            raise InputError(f"{path}:{lineno}: country_qid {country_qid!r} is not a Wikidata QID")
        source = fields[source_col] if source_col is not None else ""
        tags = frozenset(tag.strip() for tag in source.split(";") if tag.strip())
        labels = tuple(dict.fromkeys(n for n in (label_fr, label_en) if n))
        aliases = tuple(
            dict.fromkeys(
                a for a in (a.strip() for a in alias_field.split("|")) if a and a not in labels
            )
        )
        names = labels + aliases
        if not names:
            # The sources keep a few hundred QIDs whose names were all non-Latin: unreachable.
            log.debug("%s:%d: %s has no name; skipped", path, lineno, qid)
            continue
        cls = _refine(cls, tags, qid, country_qid)
        row = _Row(qid, cls, names[0], names[1:], country_qid, max(len(tags), 1))
        # Acronyms are indexed apart: "SAM" (a school) must not catch a lone "Sam".
        label_keys = _keys([n for n in labels if not _is_acronym(n)], cls, memo)
        alias_keys = tuple(
            k
            for k in _keys([n for n in aliases if not _is_acronym(n)], cls, memo)
            if k not in label_keys
        )
        acronym_keys = tuple(
            k
            for k in _keys(filter(_is_acronym, names), cls, memo)
            if k not in label_keys and k not in alias_keys
        )
        rows.append(_Parsed(row, label_keys, alias_keys, acronym_keys))
    if header is None:
        raise InputError(
            f"{path}: gazetteer has no header line ({chr(9).join(REQUIRED_COLUMNS)} ...)"
        )
    return rows
