"""French lexicon data from ``ontology/lexicon/``, loaded once into frozen values.

Extractors hold logic only; every cue word, frame, demonym and furniture pattern they use
is read from these files, so improving coverage means editing data, not code.

Example:
    >>> roles()["cofondateur"].relation
    'cofounderOf'
    >>> demonyms()["californien"].place
    'Californie'
"""

from __future__ import annotations

import csv
import functools
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from kg.errors import OntologyError
from kg.ontology import classes, ontology_dir, relations
from kg.text import fold, match_key

LEXICON_DIR = ontology_dir() / "lexicon"


@dataclass(frozen=True, slots=True)
class RoleNoun:
    """A noun naming a role: ``X, <role> de Y`` → ``relation(X, Y)``."""

    words: tuple[str, ...]
    relation: str
    subject: frozenset[str]
    object: frozenset[str]
    object_np: str | None = None
    requires_modifier: frozenset[str] = frozenset()
    #: Highest confidence a fact read from this role may have, for roles that are a
    #: convention rather than a statement.
    confidence: float = 1.0
    #: Whether the organisation may follow the role with no preposition ("délégué
    #: syndical CGT", "militant CFDT").
    bare_object: bool = False
    #: The prepositions that introduce the organisation, when not those of every role
    #: ("délégué syndical chez Y" names an employer, not the union).
    preps: frozenset[str] | None = None
    #: Whether examples listed after the plural role hold it towards the subject of the
    #: verb the role complements ("X se heurte à des concurrents comme Y": Y is X's rival,
    #: whatever the verb; not so of "cherche des partenaires comme Y").
    listed: bool = False
    #: Whether the role set off after a name with no complement is held in the company
    #: the sentence before is about ("Le fonds X, actionnaire depuis 2017, cédera sa
    #: participation": a shareholder of the company in focus).
    in_focus: bool = False
    #: The body the role is a seat in, when the text names it anywhere in the chunk
    #: ("le sénateur X" sits in the Sénat the article names).
    body: str | None = None


@dataclass(frozen=True, slots=True)
class VerbFrame:
    """A verb and how its arguments map onto ``relation(agent, theme)``."""

    lemmas: frozenset[str]
    relation: str
    voice: str
    agent: frozenset[str]
    theme: frozenset[str]
    theme_preps: frozenset[str] = frozenset()
    object_heads: frozenset[str] = frozenset()
    theme_np: str | None = None
    reflexive: bool = False
    requires_word: frozenset[str] = frozenset()
    #: words that rule the frame out ("détenue à 20 % par X" is a stake, not a parent)
    excludes_word: frozenset[str] = frozenset()
    coordinated: bool = False
    #: cap on the confidence of the frame's facts, for verbs that imply more than they
    #: state ("X a quitté Y": Y employed X, in the past)
    confidence: float = 1.0
    #: prepositions introducing a second agent ("X a fondé Y avec Z")
    coagent_preps: frozenset[str] = frozenset()
    #: a relation whose latest fact in the text a definite object head with no named theme
    #: refers to, taking that fact's subject as theme: "La start-up a bouclé une levée de
    #: fonds. Le tour de table est mené par X" (the fundraiser of "fundedBy")
    event_of: str | None = None
    #: object heads that only refer back that way ("L'opération a été menée par X")
    event_heads: frozenset[str] = frozenset()
    #: prepositions introducing the agent instead of the subject ("la direction générale
    #: de Y est confiée à X")
    agent_preps: frozenset[str] = frozenset()
    #: a participle frame that holds only when the participle describes a noun of a
    #: place ("le lieu totem de la filière, installé à Y": where a place is, not a seat);
    #: the other participle frames do not hold then
    place_holder: bool = False
    #: a theme slot that takes a venue named by a site noun and its name whole ("au
    #: palais de la Bourse", "au cloître Saint-Trophime"; ``venue_nouns`` of words.json)
    venues: bool = False
    #: object heads of a company's own ("le capital") that, when no company is named,
    #: stand for the company in focus: "X, entré au capital en 2016", "X, qui détient 30 %
    #: du capital"
    focus_heads: frozenset[str] = frozenset()
    #: the fact runs from the theme to the agent: "X a racheté l'usine à Y" tells that Y
    #: sold to X (``divestsTo(Y, X)``), the buyer being the verb's subject
    inverse: bool = False
    #: verbs whose latest agent (from two sentences before) is the theme when none is
    #: named: "L'Autorité a sanctionné trois entreprises. X écope de 24 millions d'euros"
    #: (the authority that sanctioned fines X)
    earlier_agent: frozenset[str] = frozenset()
    #: the theme may be who held the object head: "a repris les 45 % que détenait X",
    #: "rachète les parts détenues par X" (X sold them)
    held_by: bool = False
    #: the names "avec la participation de" introduces are themes, not co-agents: "X a levé
    #: 5 millions d'euros avec la participation de Y" (Y funds X)
    joined_themes: bool = False
    #: the direct object must be counted by a number: "exploite quatorze serres dans les
    #: Landes", "regroupe neuf laboratoires en Bretagne" (sites of any kind)
    counted_object: bool = False
    #: the subject is a site of ``object_heads`` the agent opens: "Une boutique X ouvrira à
    #: Y", "Un quatrième terrain ouvrira à Y" (the company the site is of, or in focus)
    site_subject: bool = False


@dataclass(frozen=True, slots=True)
class NounFrame:
    """A nominalisation (``le rachat de Y par X``) and where its arguments sit."""

    nouns: frozenset[str]
    relation: str
    agent: frozenset[str]
    theme: frozenset[str]
    agent_preps: frozenset[str] = frozenset()
    theme_preps: frozenset[str] = frozenset()
    pair_preps: frozenset[str] = frozenset()
    place_preps: frozenset[str] = frozenset()
    agent_of_preps: frozenset[str] = frozenset()
    object_heads: frozenset[str] = frozenset()
    theme_np: str | None = None
    #: an unnamed theme stands for its owner ("une enquête sur les pratiques de X": X)
    theme_owner: bool = False
    #: classes no agent may have ("X a engagé une procédure contre Y": a company sues, it
    #: does not investigate)
    excludes_agent_class: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Demonym:
    """An adjective of origin and the place it names."""

    adjective: str
    place: str
    cls: str


@dataclass(frozen=True, slots=True)
class Modality:
    """Cues of hedging and negation."""

    hedge_lemmas: frozenset[str]
    hedge_words: frozenset[str]
    hedge_phrases: tuple[str, ...]
    negation_words: frozenset[str]
    negation_markers: frozenset[str]
    hedge_factor: float
    #: verbs whose infinitive complement did not happen ("a renoncé à rejoindre Y")
    negation_lemmas: frozenset[str] = frozenset()
    #: conjunctions opening a clause that asks or supposes ("n'a pas dit s'il rachètera Y")
    question_marks: frozenset[str] = frozenset()
    #: words before such a conjunction that make it concede a fact ("même si")
    concessive_words: frozenset[str] = frozenset()
    #: verbs of saying whose "nous" is the newspaper's own earlier report ("nous
    #: indiquions que ..."), which an erratum withdraws
    retraction_lemmas: frozenset[str] = frozenset()
    #: folded phrases of an erratum ("erratum", "dans une première version")
    retraction_phrases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Descriptions:
    """Common nouns that type a neighbouring name or refer back to an entity."""

    by_class: Mapping[str, frozenset[str]]
    coref_heads: Mapping[str, frozenset[str]]
    person_pronouns: frozenset[str]
    possessives: frozenset[str]
    #: stressed pronouns a preposition governs ("avec lui"): not their clause's subject
    complement_pronouns: frozenset[str] = frozenset()
    #: demonstrative pronouns as written, lower-case ("cette dernière") → the gender they
    #: agree in ("Fem"): they stand for the last entity mentioned of that gender
    demonstratives: Mapping[str, str] = field(default_factory=dict)
    titles: tuple[str, ...] = ()
    #: the titles as written, lower-case with their accents ("général", not "general")
    titles_written: frozenset[str] = frozenset()
    #: the one-word titles, folded: a noun that introduces a person's name ("l'actrice X")
    single_titles: frozenset[str] = frozenset()
    legal_forms: frozenset[str] = frozenset()
    #: lower-case nouns that open a place's name ("rue de Rivoli", "île Seguin")
    place_heads: frozenset[str] = frozenset()
    #: French determiners (a capitalised word tagged as one that is none starts a name)
    determiners: frozenset[str] = frozenset()
    name_heads: frozenset[str] = frozenset()
    #: last words of a company's name, never of a person's ("Kelvane Systems", "Dulac
    #: Emballages"), that type the name only (they say nothing of its seat)
    company_name_ends: frozenset[str] = frozenset()
    #: lower-case nouns or phrases that begin an official name ("le ministère des Armées",
    #: "le tribunal de commerce de Niort"), a lower-case adjective or two between them and "de"
    official_heads: frozenset[str] = frozenset()
    seat_heads: frozenset[str] = frozenset()
    office_titles: frozenset[str] = frozenset()
    company_verbs: frozenset[str] = frozenset()
    company_objects: frozenset[str] = frozenset()
    company_nouns: frozenset[str] = frozenset()
    #: places that stand for the authority seated there as a regulator's subject
    seats_of_power: frozenset[str] = frozenset()
    #: preposition → the verb lemmas it needs to introduce an employer (empty: any)
    employer_preps: Mapping[str, frozenset[str]] = field(default_factory=dict)
    generic_heads: frozenset[str] = frozenset()
    #: folded noun → the size it tells of a company ("large" for ``géant``, "small" for ``PME``)
    scales: Mapping[str, str] = field(default_factory=dict)
    #: participles that give a thing its name ("son logiciel, baptisé Nemo"), folded
    naming_words: frozenset[str] = frozenset()
    #: folded words (one to three) before a name that make it a brand of products ("sous
    #: la marque X", "la gamme X")
    product_frames: frozenset[str] = frozenset()
    #: Each noun of ``by_class`` with the class :meth:`class_of` gives it, computed once.
    _class_by_noun: Mapping[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_noun = {}
        for noun in frozenset().union(*self.by_class.values()):
            found = [cls for cls, nouns in self.by_class.items() if noun in nouns]
            # a subclass beats its parent: 'Company' before 'Organization'
            by_noun[noun] = max(found, key=lambda cls: len(classes()[cls].parents))
        object.__setattr__(self, "_class_by_noun", MappingProxyType(by_noun))

    def class_of(self, noun: str) -> str | None:
        """The most specific class a noun announces (``quotidien`` → MediaOrganization).

        The noun is compared folded (case and accents ignored), as the sets are stored.

        Example:
            >>> descriptions().class_of("quotidien")
            'MediaOrganization'
            >>> descriptions().class_of("Société")
            'Company'
        """
        return self._class_by_noun.get(fold(noun))


@functools.cache  # several loaders read one file (verbs.json: five); callers only read it
def _read_json(name: str) -> dict[str, Any]:
    path = LEXICON_DIR / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise OntologyError(f"cannot read lexicon file {str(path)!r}: {err}") from err


def _check_relation(name: str, source: str) -> str:
    if name not in relations():
        raise OntologyError(f"lexicon {source!r} names unknown relation {name!r}")
    return name


def _check_classes(names: list[str] | str | None, source: str) -> frozenset[str]:
    if names is None:
        return frozenset()
    names = [names] if isinstance(names, str) else names
    for name in names:
        if name not in classes():
            raise OntologyError(f"lexicon {source!r} names unknown class {name!r}")
    return frozenset(names)


@functools.cache
def roles() -> Mapping[str, RoleNoun]:
    """Role nouns keyed by their folded form (one or several words, accents dropped: the
    extractors look words up through :func:`kg.text.fold`)."""
    data = _read_json("roles.json")
    # "infirmière au CHU de Y" names an employer; "directeur au ministère" does not name
    # what its holder leads, so only the roles of staff take these prepositions
    staff_preps = frozenset(data["preps"]) | frozenset(data["staff_preps"]["preps"])
    result = {}
    for form, spec in data["roles"].items():
        preps = spec.get("preps")
        if preps is None and spec["relation"] == "employeeOf":
            preps = staff_preps
        result[fold(form)] = RoleNoun(
            words=tuple(form.split()),
            relation=_check_relation(spec["relation"], "roles.json"),
            subject=_check_classes(spec["subject"], "roles.json"),
            object=_check_classes(spec["object"], "roles.json"),
            object_np=spec.get("object_np"),
            requires_modifier=frozenset(map(fold, spec.get("requires_modifier", ()))),
            confidence=float(spec.get("confidence", 1.0)),
            bare_object=bool(spec.get("bare_object", False)),
            preps=frozenset(preps) if preps is not None else None,
            listed=bool(spec.get("listed", False)),
            in_focus=bool(spec.get("in_focus", False)),
            body=spec.get("body"),
        )
    # a noun of a kind of product is a role of what a company makes ("son piano numérique
    # maison, le Sérénade", "X, le savon phare de Y"), as "modèle" and "logiciel" are
    product = _check_relation("productOf", "descriptions.json")
    for noun in descriptions().by_class.get("Product", ()):
        result.setdefault(
            noun,
            RoleNoun(
                words=tuple(noun.split()),
                relation=product,
                subject=frozenset({"Product"}),
                object=frozenset({"Organization"}),
            ),
        )
    return result


@functools.cache
def department_heads() -> Mapping[str, RoleNoun]:
    """Role nouns that, before a department (``le directeur de l'innovation de Y``), make
    their holder an employee of the organisation, keyed by folded form.

    Example:
        >>> department_heads()["directrice"].relation
        'employeeOf'
    """
    data = _read_json("roles.json")["department_heads"]
    relation = _check_relation(data["relation"], "roles.json")
    return {
        fold(head): RoleNoun(
            words=(head,),
            relation=relation,
            subject=frozenset({"Person"}),
            object=frozenset({"Organization"}),
        )
        for head in data["heads"]
    }


@functools.cache
def trade_heads() -> Mapping[str, RoleNoun]:
    """Trade nouns of a company that, before what it makes or runs (``le fabricant de
    batteries de Y``, ``le réseau de bornes de recharge de Y``), make it a subsidiary of
    the organisation after that, keyed by folded form.

    Example:
        >>> trade_heads()["fabricant"].relation
        'subsidiaryOf'
    """
    data = _read_json("roles.json")["trade_heads"]
    relation = _check_relation(data["relation"], "roles.json")
    return {
        fold(head): RoleNoun(
            words=(head,),
            relation=relation,
            subject=frozenset({"Organization"}),
            object=frozenset({"Organization"}),
            confidence=float(data["confidence"]),
        )
        for head in data["heads"]
    }


@functools.cache
def role_preps() -> frozenset[str]:
    """Prepositions that introduce the organisation after a role noun."""
    return frozenset(_read_json("roles.json")["preps"])


@functools.cache
def verb_frames() -> tuple[VerbFrame, ...]:
    """Every verbal frame, in file order."""
    frames = []
    for spec in _read_json("verbs.json")["frames"]:
        frames.append(
            VerbFrame(
                lemmas=frozenset(spec["lemmas"]),
                relation=_check_relation(spec["relation"], "verbs.json"),
                voice=spec["voice"],
                agent=_check_classes(spec["agent"], "verbs.json"),
                theme=_check_classes(spec["theme"], "verbs.json"),
                theme_preps=frozenset(spec.get("theme_preps", ())),
                object_heads=frozenset(spec.get("object_heads", ())),
                theme_np=spec.get("theme_np"),
                reflexive=bool(spec.get("reflexive", False)),
                requires_word=frozenset(spec.get("requires_word", ())),
                excludes_word=frozenset(spec.get("excludes_word", ())),
                coordinated=bool(spec.get("coordinated", False)),
                confidence=float(spec.get("confidence", 1.0)),
                coagent_preps=frozenset(spec.get("coagent_preps", ())),
                event_of=(
                    _check_relation(spec["event_of"], "verbs.json") if "event_of" in spec else None
                ),
                event_heads=frozenset(spec.get("event_heads", ())),
                agent_preps=frozenset(spec.get("agent_preps", ())),
                place_holder=bool(spec.get("place_holder", False)),
                venues=bool(spec.get("venues", False)),
                focus_heads=frozenset(spec.get("focus_heads", ())),
                inverse=bool(spec.get("inverse", False)),
                earlier_agent=frozenset(spec.get("earlier_agent", ())),
                held_by=bool(spec.get("held_by", False)),
                joined_themes=bool(spec.get("joined_themes", False)),
                counted_object=bool(spec.get("counted_object", False)),
                site_subject=bool(spec.get("site_subject", False)),
            )
        )
    return tuple(frames)


@functools.cache
def place_holders() -> frozenset[str]:
    """Nouns of a place that a participle may describe (``le lieu ... installé à Y``):
    what they stand for is located there, it has no seat there.

    Example:
        >>> "lieu" in place_holders()
        True
    """
    return frozenset(_read_json("verbs.json").get("place_holders", ()))


@functools.cache
def verb_frame_lemma_fixes() -> Mapping[str, str]:
    """Verb forms the model lemmatises wrongly, with the lemma the frames need
    (``vit`` → ``vivre``, which the model reads as ``voir``)."""
    return dict(_read_json("verbs.json").get("lemma_fixes", {}))


@functools.cache
def verb_frame_noun_forms() -> Mapping[str, str]:
    """Verb forms that are also common nouns, with their verb's lemma, which only the verb
    frames read as that verb (``concurrence`` → ``concurrencer``).

    Example:
        >>> verb_frame_noun_forms()["concurrence"]
        'concurrencer'
    """
    return dict(_read_json("verbs.json").get("noun_forms", {}))


@functools.cache
def time_nouns() -> frozenset[str]:
    """Nouns of a date that the parser takes for a verb's object when they come right
    after it (``a présenté jeudi X``), lower-case.

    Example:
        >>> "jeudi" in time_nouns()
        True
    """
    return frozenset(_read_json("verbs.json").get("time_nouns", ()))


@functools.cache
def noun_frames() -> tuple[NounFrame, ...]:
    """Every nominal frame, in file order."""
    frames = []
    for spec in _read_json("nouns.json")["frames"]:
        frames.append(
            NounFrame(
                nouns=frozenset(spec["nouns"]),
                relation=_check_relation(spec["relation"], "nouns.json"),
                agent=_check_classes(spec["agent"], "nouns.json"),
                theme=_check_classes(spec["theme"], "nouns.json"),
                agent_preps=frozenset(spec.get("agent_preps", ())),
                theme_preps=frozenset(spec.get("theme_preps", ())),
                pair_preps=frozenset(spec.get("pair_preps", ())),
                place_preps=frozenset(spec.get("place_preps", ())),
                agent_of_preps=frozenset(spec.get("agent_of_preps", ())),
                object_heads=frozenset(spec.get("object_heads", ())),
                theme_np=spec.get("theme_np"),
                theme_owner=bool(spec.get("theme_owner", False)),
                excludes_agent_class=_check_classes(
                    spec.get("excludes_agent_class", []), "nouns.json"
                ),
            )
        )
    return tuple(frames)


@functools.cache
def regulator_words() -> frozenset[str]:
    """Verb lemmas and nouns of the frames only an authority acts in (``investigates``,
    ``fines``): ``a ouvert une enquête``, ``a infligé une amende``, ``sanctionne``."""
    acts = {"investigates", "fines"}
    found = {lemma for f in verb_frames() if f.relation in acts for lemma in f.lemmas}
    found |= {noun for f in noun_frames() if f.relation in acts for noun in f.nouns}
    return frozenset(found)


@functools.cache
def plan_nouns() -> frozenset[str]:
    """Nouns of a deal not yet done (``le projet de rachat``), read through to the deal."""
    return frozenset(_read_json("nouns.json").get("plan_nouns", ()))


@functools.cache
def demonyms() -> Mapping[str, Demonym]:
    """Adjectives of origin keyed by their masculine singular form."""
    path = LEXICON_DIR / "demonyms.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        result = {}
        for row in rows:
            cls = row["class"]
            _check_classes(cls, "demonyms.tsv")
            result[row["adjective"]] = Demonym(row["adjective"], row["place"], cls)
    return result


@functools.lru_cache(maxsize=1 << 14)
def demonym_of(word: str) -> Demonym | None:
    """The adjective of origin ``word`` is an inflection of (feminine, plural), or None.

    Example:
        >>> demonym_of("nantaises").place, demonym_of("italienne").place, demonym_of("turque").place
        ('Nantes', 'Italie', 'Turquie')
        >>> demonym_of("grande") is None
        True
    """
    lexicon = demonyms()
    word = word.lower()
    for base in (word, word[:-1] if word.endswith(("s", "x")) else None):
        if not base:
            continue
        candidates = [base, base[:-1] if base.endswith("e") else None]
        if base.endswith("nne"):
            candidates.append(base[:-2])  # italienne, bretonne
        if base.endswith("que"):
            candidates += [base[:-3], base[:-3] + "c"]  # grecque, turque
        for candidate in candidates:
            if candidate and candidate in lexicon:
                return lexicon[candidate]
    return None


@functools.cache
def modality() -> Modality:
    """Hedging and negation cues."""
    data = _read_json("modality.json")
    return Modality(
        hedge_lemmas=frozenset(data["hedge_lemmas"]),
        hedge_words=frozenset(data["hedge_words"]),
        hedge_phrases=tuple(data["hedge_phrases"]),
        negation_words=frozenset(data["negation_words"]),
        negation_markers=frozenset(data["negation_markers"]),
        hedge_factor=float(data["hedge_factor"]),
        negation_lemmas=frozenset(data.get("negation_lemmas", ())),
        question_marks=frozenset(data.get("question_marks", ())),
        concessive_words=frozenset(data.get("concessive_words", ())),
        retraction_lemmas=frozenset(data.get("retraction_lemmas", ())),
        retraction_phrases=tuple(fold(p) for p in data.get("retraction_phrases", ())),
    )


@functools.cache
def _word_lists() -> Mapping[str, frozenset[str]]:
    data = _read_json("words.json")
    lists = {name: frozenset(entry["words"]) for name, entry in data.items() if name[:1] != "_"}
    return MappingProxyType(lists)


def word_list(name: str) -> frozenset[str]:
    """A named list of open-class words from ``ontology/lexicon/words.json``.

    Raises:
        OntologyError: If the file has no list of that name.

    Example:
        >>> "nommer" in word_list("appointing_verbs")
        True
    """
    try:
        return _word_lists()[name]
    except KeyError:
        raise OntologyError(f"lexicon 'words.json' has no word list {name!r}") from None


@functools.cache
def folded_word_list(name: str) -> frozenset[str]:
    """The words of :func:`word_list` ``name`` folded (:func:`kg.text.fold`: lower case, no
    accents), to compare with folded text or lemmas.

    Raises:
        OntologyError: If the file has no list of that name.

    Example:
        >>> "sieger" in folded_word_list("board_verbs")
        True
    """
    return frozenset(fold(word) for word in word_list(name))


@dataclass(frozen=True, slots=True)
class RoleTyping:
    """A class an entity earns by its part in facts (``ontology/lexicon/typing.json``).

    Attributes:
        cls: The class earned (``Company``).
        refines: The only class it replaces (``Organization``): a narrower one stays.
        as_subject: Relations whose subject earns it.
        as_object: Relations whose object earns it.
    """

    cls: str
    refines: str
    as_subject: frozenset[str]
    as_object: frozenset[str]


@functools.cache
def role_typing() -> tuple[RoleTyping, ...]:
    """The classes entities earn by their part in facts.

    Example:
        >>> typing = role_typing()[0]
        >>> typing.cls, typing.refines, "ceoOf" in typing.as_object
        ('Company', 'Organization', True)
    """
    data = _read_json("typing.json")
    found = []
    for cls, rule in sorted(data.items()):
        if cls.startswith("_"):
            continue
        source = f"typing.json: {cls}"
        (earned,) = _check_classes(cls, source)
        (refined,) = _check_classes(rule["refines"], source)
        found.append(
            RoleTyping(
                cls=earned,
                refines=refined,
                as_subject=frozenset(_check_relation(r, source) for r in rule["as_subject"]),
                as_object=frozenset(_check_relation(r, source) for r in rule["as_object"]),
            )
        )
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Cues of reported speech (``ontology/lexicon/attribution.json``)."""

    speech_lemmas: frozenset[str]
    medium_cues: frozenset[str]
    #: interview noun → the prepositions that introduce the medium after it
    interview_nouns: Mapping[str, frozenset[str]]
    #: written-statement noun → prepositions; its complement counts only if a news medium
    statement_nouns: Mapping[str, frozenset[str]]
    #: prepositions naming the medium of the sentence's speech when it is a news medium
    media_preps: frozenset[str]
    #: word right after a speech verb that opens its addressee → the prepositions that must
    #: follow it (none: the word itself is the preposition)
    addressee_preps: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: forms of a guest of a broadcast (``Invité de Radio Classique, X ...``)
    guest_words: frozenset[str] = frozenset()
    #: nouns besides the media's class nouns that announce a medium (``selon l'agence X``)
    medium_nouns: frozenset[str] = frozenset()
    #: endings of a name written as a web address (``.net``: ``Lefaso.net``)
    site_suffixes: tuple[str, ...] = ()

    def site_name(self, name: str) -> bool:
        """Whether ``name`` is one capitalised word written as a web address.

        Example:
            >>> attribution().site_name("Lefaso.net"), attribution().site_name("Le Monde")
            (True, False)
        """
        return (
            name[:1].isupper()
            and " " not in name
            and name.lower().endswith(self.site_suffixes)
            and name.rfind(".") > 1
        )


@functools.cache
def attribution() -> Attribution:
    """Speech verbs, medium cues and interview nouns.

    Example:
        >>> "déclarer" in attribution().speech_lemmas
        True
    """
    data = _read_json("attribution.json")
    return Attribution(
        speech_lemmas=frozenset(data["speech_lemmas"]),
        medium_cues=frozenset(data["medium_cues"]),
        interview_nouns={noun: frozenset(preps) for noun, preps in data["interview_nouns"].items()},
        statement_nouns={noun: frozenset(preps) for noun, preps in data["statement_nouns"].items()},
        media_preps=frozenset(data["media_preps"]),
        addressee_preps={
            word: frozenset(preps) for word, preps in data.get("addressee_preps", {}).items()
        },
        guest_words=frozenset(data.get("guest_words", ())),
        medium_nouns=frozenset(data.get("medium_nouns", ())),
        site_suffixes=tuple(data.get("site_suffixes", ())),
    )


@dataclass(frozen=True, slots=True)
class NoticeField:
    """What a labelled field of a legal notice says (``Siège : Z``, ``Gérance : W``)."""

    relation: str
    #: whether the notice's company is the relation's subject (``basedIn``) or its object
    company_is_subject: bool
    #: coarse classes the field's value may be of
    value: frozenset[str]


@dataclass(frozen=True, slots=True)
class Notices:
    """Legal notices (``ontology/lexicon/notices.json``); every word folded."""

    #: words of the legal register, one of which a notice holds
    markers: tuple[str, ...]
    #: labels whose value is the company's name (``Dénomination``)
    name_fields: frozenset[str]
    #: other labels → what their value says of the company
    fields: Mapping[str, NoticeField]


@functools.cache
def notices() -> Notices:
    """The register words and field labels of legal notices.

    Example:
        >>> notices().fields["siege social"].relation
        'basedIn'
    """
    source = "notices.json"
    data = _read_json(source)
    return Notices(
        markers=tuple(fold(word) for word in data["markers"]),
        name_fields=frozenset(fold(word) for word in data["name_fields"]),
        fields=MappingProxyType(
            {
                fold(label): NoticeField(
                    relation=_check_relation(spec["relation"], source),
                    company_is_subject=spec["company"] == "subject",
                    value=_check_classes(spec["value"], source),
                )
                for label, spec in data["fields"].items()
            }
        ),
    )


@functools.cache
def descriptions() -> Descriptions:
    """Typing and coreference nouns, and the titles that precede a person's name."""
    data = _read_json("descriptions.json")
    # folded like the words they are compared with ("société" must meet "societe")
    by_class = {cls: frozenset(map(fold, nouns)) for cls, nouns in data["classes"].items()}
    for cls in by_class:
        _check_classes(cls, "descriptions.json")
    return Descriptions(
        by_class=by_class,
        coref_heads={
            cls: frozenset(map(fold, nouns)) for cls, nouns in data["coref_heads"].items()
        },
        person_pronouns=frozenset(data["person_pronouns"]),
        complement_pronouns=frozenset(data["complement_pronouns"]),
        demonstratives=dict(data.get("demonstratives", {})),
        possessives=frozenset(data["possessives"]),
        # longest first, so "premier ministre" is cut whole before "ministre" is tried
        titles=tuple(sorted(map(fold, data.get("titles", ())), key=lambda t: -len(t.split()))),
        titles_written=frozenset(t.lower() for t in data.get("titles", ())),
        single_titles=frozenset(fold(t) for t in data.get("titles", ()) if " " not in t),
        legal_forms=frozenset(map(fold, data.get("legal_forms", ()))),
        place_heads=frozenset(map(fold, data.get("place_heads", ()))),
        determiners=frozenset(data.get("determiners", ())),
        name_heads=frozenset(map(fold, data.get("name_heads", ()))),
        company_name_ends=frozenset(map(fold, data.get("company_name_ends", ()))),
        official_heads=frozenset(map(fold, data.get("official_heads", ()))),
        seat_heads=frozenset(map(fold, data.get("seat_heads", ()))),
        office_titles=frozenset(map(fold, data.get("office_titles", ()))),
        company_verbs=frozenset(data.get("company_verbs", ())),
        company_objects=frozenset(data.get("company_objects", ())),
        company_nouns=frozenset(data.get("company_nouns", ())),
        seats_of_power=frozenset(data.get("seats_of_power", ())),
        employer_preps={
            prep: frozenset(verbs) for prep, verbs in data.get("employer_preps", {}).items()
        },
        generic_heads=frozenset(map(fold, data.get("generic_heads", ()))),
        scales={
            fold(noun): scale for scale, nouns in data.get("scales", {}).items() for noun in nouns
        },
        naming_words=frozenset(map(fold, data.get("naming_words", ()))),
        product_frames=frozenset(map(fold, data.get("product_frames", ()))),
    )


@dataclass(frozen=True, slots=True)
class PluralDescriptions:
    """Descriptions that refer back to several entities (``les deux fonds``, ``le couple``).

    Attributes:
        numbers: number word → how many antecedents it counts.
        heads: folded singular noun → the class of the entities it counts.
        collectives: folded noun → (class, size) of the set it stands for uncounted.
        pronouns: plural subject pronouns (``ils``, ``elles``).
        apart: folded noun describing an entity → the folded plural heads that do not
            count it (``les deux entreprises`` count no ``fonds``).
        pairs: folded collective noun → the relation of the role noun that makes the
            pair it names (``le couple``: ``spouseOf``, as of ``son mari, X``).
        strict: folded description nouns that only mean an entity described by their
            kin (``le fonds``).
        distributive: lower-case phrases after a coordination that make what follows
            hold of each member (``tous deux``).
    """

    numbers: Mapping[str, int]
    heads: Mapping[str, str]
    collectives: Mapping[str, tuple[str, int]]
    pronouns: frozenset[str] = frozenset()
    apart: Mapping[str, frozenset[str]] = field(default_factory=dict)
    pairs: Mapping[str, str] = field(default_factory=dict)
    strict: frozenset[str] = frozenset()
    distributive: frozenset[str] = frozenset()


@functools.cache
def plural_descriptions() -> PluralDescriptions:
    """Plural and collective descriptions, from ``coreference.json``.

    Example:
        >>> plural_descriptions().heads["fonds"], plural_descriptions().numbers["deux"]
        ('Organization', 2)
        >>> plural_descriptions().collectives["couple"]
        ('Person', 2)
    """
    data = _read_json("coreference.json")
    heads: dict[str, str] = {}
    for cls, nouns in data["heads"].items():
        _check_classes(cls, "coreference.json")
        heads.update(dict.fromkeys(map(fold, nouns), cls))
    collectives: dict[str, tuple[str, int]] = {}
    for cls, sizes in data.get("collectives", {}).items():
        _check_classes(cls, "coreference.json")
        collectives.update({fold(noun): (cls, size) for noun, size in sizes.items()})
    return PluralDescriptions(
        numbers=MappingProxyType({fold(w): n for w, n in data["numbers"].items()}),
        heads=MappingProxyType(heads),
        collectives=MappingProxyType(collectives),
        pronouns=frozenset(data.get("pronouns", ())),
        apart=MappingProxyType(
            {fold(n): frozenset(map(fold, heads)) for n, heads in data.get("apart", {}).items()}
        ),
        strict=frozenset(map(fold, data.get("strict", ()))),
        distributive=frozenset(data.get("distributive", ())),
        pairs=MappingProxyType(
            {
                fold(noun): _check_relation(relation, "coreference.json")
                for noun, relation in data.get("pairs", {}).items()
            }
        ),
    )


@functools.cache
def noun_kin() -> Mapping[str, str]:
    """Folded class noun → the first noun of its kin group in ``coreference.json`` (the
    nouns that describe one kind of organisation); a noun of no group is its own.

    Example:
        >>> noun_kin()["reseau"] == noun_kin()["enseigne"]
        True
    """
    kin: dict[str, str] = {}
    for group in _read_json("coreference.json").get("kin", ()):
        folded = [fold(noun) for noun in group]
        kin.update(dict.fromkeys(folded, folded[0]))
    return MappingProxyType(kin)


@functools.cache
def trade_verbs() -> Mapping[str, str]:
    """Folded verb lemma → the folded noun of the trade its subject plies (``fabriquer``
    → ``fabricant``), from ``coreference.json``.

    Example:
        >>> trade_verbs()["fabriquer"]
        'fabricant'
    """
    data = _read_json("coreference.json").get("trade_verbs", {})
    return MappingProxyType({fold(verb): fold(noun) for verb, noun in data.items()})


@functools.cache
def furniture() -> tuple[re.Pattern[str], ...]:
    """Patterns of page furniture (newsletter prompts, share buttons, bylines...)."""
    path = LEXICON_DIR / "furniture.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(
        re.compile(line, re.IGNORECASE)
        for line in lines
        if line.strip() and not line.startswith("#")
    )


_ARTICLE = re.compile(r"^(?:(?:les|le|la)\s+|l['’]\s*)", re.IGNORECASE)


def _media_key(name: str) -> str:
    """A media name without its leading article and accents, its first letter's case kept
    (``au Figaro``, not ``figaro``) and the others' folded (``L'Usine Nouvelle`` is
    written ``L'Usine nouvelle`` too)."""
    name = _ARTICLE.sub("", " ".join(name.split()))
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain[:1] + plain[1:].lower()


#: The mark of a media family's place name in ``media.txt`` (``France Bleu *``).
_PLACE_MARK = "*"
#: The words that open a title's complement (``La Gazette de *``: ``du Val``, ``d'Arles``).
_OF_WORDS = frozenset({"de", "du", "des"})
_ELIDED_OF = ("d'", "d\u2019")
_ELIDED = (*_ELIDED_OF, "l'", "l\u2019")
#: Lower-case words inside a place's name (``Pays de la Loire``, ``Côte d'Ivoire``).
_PLACE_GLUE = frozenset({"de", "du", "des", "la", "le", "les", "et", "sur", "en"})


def _media_lines() -> list[str]:
    path = LEXICON_DIR / "media.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@functools.cache
def _media_keys() -> frozenset[str]:
    return frozenset(_media_key(line) for line in _media_lines() if _PLACE_MARK not in line)


@functools.cache
def _media_families() -> tuple[tuple[str, int, bool], ...]:
    """Each family of ``media.txt`` (``France Bleu *``, ``La Gazette de *``): the key of its
    fixed words, how many they are, and whether an of-complement (``de``) opens the place."""
    families = []
    for line in _media_lines():
        if not line.endswith(f" {_PLACE_MARK}"):
            continue
        fixed = _ARTICLE.sub("", line[: -len(_PLACE_MARK)]).split()
        of = fixed[-1] in _OF_WORDS
        if of:
            fixed = fixed[:-1]
        families.append((_media_key(" ".join(fixed)), len(fixed), of))
    return tuple(families)


@functools.cache
def _media_prefixes() -> frozenset[str]:
    """The keys of the first words of every media name of more than one word, and of
    every family's fixed words (which a place's name follows)."""
    keys = [key.split(" ") for key in _media_keys()]
    keys += [[*key.split(" "), _PLACE_MARK] for key, _, _ in _media_families()]
    return frozenset(" ".join(words[:n]) for words in keys for n in range(1, len(words)))


def _place_words(words: list[str]) -> bool:
    """Whether ``words`` can be a place's name after a medium's family name: capitalised
    words and the glue of place names, a capital first, no given name (``à France Bleu
    Jeanne Morel``: a medium and a speaker)."""
    if not words or not words[0][:1].isupper():
        return False
    for word in words:
        bare = word[2:] if word.lower().startswith(_ELIDED) else word
        if word not in _PLACE_GLUE and not bare[:1].isupper() and not bare[:1].isdigit():
            return False
        if is_given_name(bare):
            return False
    return True


def _family_member(name: str) -> bool:
    """Whether ``name`` is a family's fixed words then a place (``France 3 Auvergne``,
    ``La Gazette de Vierzon``)."""
    words = _ARTICLE.sub("", " ".join(name.split())).split()
    # (the key of the first words, once per size: the families have few sizes, and most
    # names asked are no medium's)
    prefixes: dict[int, str] = {}
    for key, size, of in _media_families():
        if len(words) <= size:
            continue
        if size not in prefixes:
            prefixes[size] = _media_key(" ".join(words[:size]))
        if prefixes[size] != key:
            continue
        rest = words[size:]
        if of:
            if rest[0] in _OF_WORDS:
                rest = rest[1:]
                if rest and rest[0] in {"la", "l'", "l\u2019"}:
                    rest = rest[1:]
            elif rest[0].lower().startswith(_ELIDED_OF):
                rest = [rest[0][2:], *rest[1:]]
            else:
                continue
        if _place_words(rest):
            return True
    return False


@functools.lru_cache(maxsize=1 << 14)
def may_open_media_name(name: str) -> bool:
    """Whether a longer news medium of ``media.txt`` starts with ``name`` (``Dauphiné`` of
    ``Le Dauphiné libéré``): a cheap test before trying the words after a name.

    Example:
        >>> may_open_media_name("Sud"), may_open_media_name("Renault")
        (True, False)
    """
    return _media_key(name) in _media_prefixes()


@functools.lru_cache(maxsize=1 << 14)
def is_media_name(name: str) -> bool:
    """Whether a name is a news medium of ``media.txt`` (world knowledge, not context),
    one of its listed names or a family's edition (``France Bleu Gironde``).

    Example:
        >>> is_media_name("Les Echos"), is_media_name("Figaro"), is_media_name("figaro")
        (True, True, False)
        >>> is_media_name("France 3 Centre-Val de Loire"), is_media_name("France 3 Jean Roux")
        (True, False)
    """
    return _media_key(name) in _media_keys() or _family_member(name)


@functools.cache
def _world_regions() -> frozenset[str]:
    path = LEXICON_DIR / "world_regions.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(match_key(line) for line in lines if line.strip() and not line.startswith("#"))


def is_world_region(name: str) -> bool:
    """Whether a name is a continent or world region of ``world_regions.txt``.

    Example:
        >>> is_world_region("l'Asie du Sud-Est"), is_world_region("Europe 1")
        (True, False)
    """
    return match_key(name) in _world_regions()


@functools.cache
def compounds() -> tuple[str, ...]:
    """Hyphenated words the tokenizer must keep whole (``start-up``)."""
    path = LEXICON_DIR / "compounds.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@functools.cache
def _given_names() -> frozenset[str]:
    path = LEXICON_DIR / "given_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    names = (line.strip() for line in lines if line.strip() and not line.startswith("#"))
    return frozenset(map(fold, names))


def is_family_name(name: str) -> bool:
    """Whether a name is a family's (``la famille Morel``, ``famille morel`` as a key): its
    first word a noun of words.json ``family_nouns``, case and accents folded.

    Example:
        >>> is_family_name("famille Morel"), is_family_name("Morel Frères")
        (True, False)
    """
    return fold(name).split(" ", 1)[0] in folded_word_list("family_nouns")


def is_given_name(word: str) -> bool:
    """Whether a word is a common given name of ``given_names.txt`` (case and accents
    folded), the evidence that a name of two words or more is a person's. A compound
    name counts by its first part (``Jean-Luc``).

    Example:
        >>> is_given_name("Agnès"), is_given_name("Jean-Luc"), is_given_name("Vernair")
        (True, True, False)
    """
    names = _given_names()
    return fold(word) in names or fold(word.split("-", 1)[0]) in names


@dataclass(frozen=True, slots=True)
class NameHeads:
    """How French writes an organisation's name (``ontology/lexicon/names.json``).

    Attributes:
        heads: Folded noun that opens an organisation's name (``fonderies``) → the class
            the name earns.
        head_adjectives: Folded adjectives that may stand before a head (``grands``).
        after: Folded noun that, after a place's name, makes the two an organisation's
            name (``metropole``) → its class.
        public_heads: Folded heads that, with an adjective of ``public_scopes`` after them
            (``Agence nationale``), name a public body.
        public_scopes: Folded adjectives of a public body's reach (``nationale``).
        suffixes: Folded ending of a noun no head lists (``erie``) → the class a name it
            opens earns.
        not_heads: Folded nouns with such an ending that open no such name (``serie``).
    """

    heads: Mapping[str, str]
    head_adjectives: frozenset[str]
    after: Mapping[str, str]
    public_heads: frozenset[str]
    public_scopes: frozenset[str]
    suffixes: Mapping[str, str]
    not_heads: frozenset[str]

    def head_class(self, word: str) -> str | None:
        """The class a name opened by ``word`` earns: its head's, else its ending's.

        Example:
            >>> heads = name_heads()
            >>> heads.head_class("Fonderies"), heads.head_class("Moutarderie")
            ('Company', 'Company')
            >>> heads.head_class("Série"), heads.head_class("Valérie"), heads.head_class("Lyon")
            (None, None, None)
        """
        folded = fold(word)
        found = self.heads.get(folded)
        if found is not None or folded in self.not_heads or is_given_name(word):
            return found
        # (a stem of three letters at least: "Érié" is a lake, "scierie" a trade)
        return next(
            (
                cls
                for end, cls in self.suffixes.items()
                if folded.endswith(end) and len(folded) >= len(end) + 3
            ),
            None,
        )


@functools.cache
def name_heads() -> NameHeads:
    """The nouns that open or close an organisation's name, and the classes they give.

    Raises:
        OntologyError: If the file names an unknown class.

    Example:
        >>> name_heads().heads["fonderies"], name_heads().after["metropole"]
        ('Company', 'GovernmentBody')
    """
    data = _read_json("names.json")

    def by_word(groups: Mapping[str, list[str]]) -> Mapping[str, str]:
        _check_classes(list(groups), "names.json")
        return MappingProxyType({fold(w): cls for cls, nouns in groups.items() for w in nouns})

    return NameHeads(
        heads=by_word(data["heads"]),
        head_adjectives=frozenset(map(fold, data["head_adjectives"])),
        after=by_word(data["after"]),
        public_heads=frozenset(map(fold, data["public_heads"])),
        public_scopes=frozenset(map(fold, data["public_scopes"])),
        suffixes=by_word(data["head_suffixes"]),
        not_heads=frozenset(map(fold, data["not_heads"])),
    )
