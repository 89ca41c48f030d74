"""Where an organisation is, when no verb says it: ``la University X à Dallas``.

News and reference text often place an organisation by juxtaposition alone:

- ``ORG à/en/au/dans PLACE``: ``l'Université Jawaharlal Nehru à New Delhi``, ``le Butte
  College en Californie`` (not after ``de``/``chez``: ``l'installation d'OpenAI à Paris``
  is an event, ``chez Google à Londres`` perhaps a branch);
- ``ORG (PLACE)``: ``Nazareth Academy (Illinois)``;
- ``ORG, un(e) <organisation noun> [adjectives] à PLACE``: ``Nazareth Academy, un lycée
  catholique à La Grange Park`` (the place may be a name NER left untyped: the description
  says it is somewhere).

These readings say where the organisation *is*, which for a school, a firm or an agency
named this way is its seat; but a company met ``à Londres`` may only have an office there,
so the confidence stays low (below the 0.8 that marks a trusted fact). The place's own
containers (``Dallas Texas``) are added by :func:`kg.extract.base.args_of`.

Example:
    >>> LocationExtractor().name
    'kg.location.v1'
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.entities.mentions import UNTYPED
from kg.extract.base import Arg, args_of, is_place, pairs
from kg.grammar import mention_at, mention_of_index, sentence_end, sentence_start, words
from kg.lexicon import descriptions, place_holders, word_list
from kg.model import Mention, Triple
from kg.ontology import coarse_class
from kg.text import fold

#: Confidence of a place read from juxtaposition alone.
CONFIDENCE = 0.55
#: Confidence of the apposition ``X, un lycée à Y``, where a description says what X is.
CONFIDENCE_APPOSITION = 0.65
_PREPS = frozenset({"à", "en", "au", "aux", "dans"})
#: Confidence of ``X, dans le Var``: a place and the larger one it lies in.
CONFIDENCE_CONTAINED = 0.7
#: Places that lie in a region or country, which ``en``/``dans`` introduce after them.
_CONTAINED = frozenset({"City", "Region"})
_CONTAINERS = frozenset({"Region", "Country"})
_WITHIN = frozenset({"en", "dans"})
_WITHIN_AFTER_COMMA = frozenset({"au", "aux"})
_LIST_GLUE = frozenset({",", "et", "ou"})
_ORGS = frozenset({"Organization"})
_PLACES = frozenset({"Place"})
#: Prepositions before a name NER could not type that make it a town: ``installée à
#: Concarneau, dans le Finistère`` (a commune is what French news sets after ``à``).
_AT_TOWN = frozenset({"à"})
#: Classes a name NER could not type earns from its part in ``à X, dans le Y``: the inner
#: place is a town, the outer one a département or region (countries the gazetteer knows).
_TOWN = frozenset({"City"})
_AREA = frozenset({"Region"})
_RECIPIENT_VERBS = word_list("recipient_verbs")
_TOWN_PARTS = word_list("town_part_nouns")
_FACILITIES = word_list("facility_nouns")


def _is_org(mention: Mention | None) -> bool:
    return (
        mention is not None
        and mention.cls != "NamedEntity"
        and coarse_class(mention.cls) == "Organization"
    )


def _town_named(token: Token) -> bool:
    """``la commune de X``, ``la ville de X``: a name a town noun introduces, whatever NER
    made of it."""
    # read from the chunk's table: asked at every word of every name
    doc = token.doc
    table = words(doc)
    i = token.i
    if i < 2 or table.lower[i - 1] not in {"de", "d'", "d’"}:
        return False
    if mention_of_index(doc, i - 1) is not None:
        return False
    return descriptions().class_of(table.text[i - 2]) == "City"


def _town_after_at(token: Token) -> bool:
    """``à Concarneau``, ``son usine de Tavaux``: a name NER could not type, right after
    ``à`` or a company's site and ``de``, is read as a town when the region or country it
    lies in follows (``, dans le Finistère``); a brand after ``à`` (``a cédé sa filiale à
    Kelvo``) is rarely followed by one."""
    mention = mention_at(token)
    if mention is None or mention.cls != UNTYPED or token.i < 1:
        return False
    table = words(token.doc)
    before = table.lower[token.i - 1].replace("\u2019", "'")
    if before in {"de", "d'"} and token.i > 1 and table.lemma[token.i - 2] in _FACILITIES:
        return True  # "son usine de Tavaux, dans le Jura"
    if before not in _AT_TOWN:
        return False
    head = token.head
    return not (head.pos_ in {"VERB", "AUX"} and head.lemma_ in _RECIPIENT_VERBS)


def _site_named(token: Token) -> bool:
    """``le quartier de X``, ``le campus de X``: a name a noun of a site introduces."""
    # read from the chunk's table: asked at every word of every name
    table = words(token.doc)
    i = token.i
    start = sentence_start(token)
    while i > start and table.pos[i - 1] == "DET":
        i -= 1
    if i < 2 or table.lower[i - 1] not in {"de", "d'", "d’", "du", "des"}:
        return False
    return table.lemma[i - 2] in place_holders() or fold(table.text[i - 2]) in place_holders()


def _town_part_named(token: Token) -> bool:
    """``le quartier Port Marianne``: a name set right after a noun of a part of a town
    (``town_part_nouns``; not ``le site X``, often a website)."""
    table = words(token.doc)
    i = token.i
    return (
        i > sentence_start(token)
        and table.lemma[i - 1] in _TOWN_PARTS
        and mention_of_index(token.doc, i - 1) is None
    )


def _last_token(token: Token) -> Token:
    """The last token of the mention ``token`` belongs to."""
    doc = token.doc
    mention = mention_at(token)
    end = token.i
    while end + 1 < len(doc) and mention_of_index(doc, end + 1) == mention:
        end += 1
    return doc[end]


def _place_after(doc: Doc, i: int, end: int, *, untyped: bool = False) -> Token | None:
    """A named place at ``i`` after a locative preposition and determiners, or None;
    ``untyped`` accepts a name NER could not type as well."""
    if i >= end or doc[i].lower_ not in _PREPS:
        return None
    j = i + 1
    while j < end and doc[j].pos_ == "DET":
        j += 1
    mention = mention_at(doc[j]) if j < end else None
    if is_place(mention) or (untyped and mention is not None and mention.cls == UNTYPED):
        return doc[j]
    return None


class LocationExtractor:
    """``basedIn`` facts from organisations placed by juxtaposition; ``locatedIn`` facts
    from a place followed by the region or country it lies in."""

    name = "kg.location.v1"

    def extract(self, doc: Doc) -> Iterator[Triple]:
        """Yield ``ORG basedIn PLACE`` for each juxtaposed reading."""
        seen: set[int] = set()
        # the named mentions only (token index → mention), not every token: what a per-token
        # mention_at cost was most of this extractor's time
        for i, mention in sorted((doc._.kg_mentions or {}).items()):
            if id(mention) in seen:
                continue  # (a later word of a name already read: no Token for it)
            token = doc[i]
            if id(mention) not in seen and (
                mention.cls in _CONTAINED or _town_named(token) or _town_after_at(token)
            ):
                seen.add(id(mention))
                yield from self._contained(doc, token)
                continue
            if id(mention) not in seen and _site_named(token):
                seen.add(id(mention))
                yield from self._in_town(doc, token)
                continue
            if id(mention) not in seen and _town_part_named(token):
                seen.add(id(mention))
                yield from self._part_in_town(doc, token)
                continue
            if not _is_org(mention) or id(mention) in seen:
                continue
            seen.add(id(mention))
            last = _last_token(token)
            if _complement_of_event(token) and not _stays_put(doc[token.i : last.i + 1]):
                continue
            end = sentence_end(token)
            after = last.i + 1
            place = _place_after(doc, after, end)
            confidence = CONFIDENCE
            if (
                place is None
                and after + 2 < end
                and doc[after].text == "("
                and doc[after + 2].text == ")"
            ):
                candidate = doc[after + 1]
                place = candidate if is_place(mention_at(candidate)) else None
            if place is None:
                place, confidence = self._described(doc, after, end), CONFIDENCE_APPOSITION
            if place is None or _is_governed_by_motion(place):
                continue
            yield from pairs(
                self.name,
                confidence,
                args_of(token, _ORGS),
                "basedIn",
                args_of(place, _PLACES),
                token,
            )

    def _in_town(self, doc: Doc, token: Token) -> Iterator[Triple]:
        """``le quartier de la Part-Dieu, à Lyon``, ``le campus de Luminy, à Marseille``: a
        site a place noun names, then the town it is in."""
        end = sentence_end(token)
        j = _last_token(token).i + 1
        if j + 1 >= end or doc[j].text != "," or doc[j + 1].lower_ not in _PREPS:
            yield from self._town_before(doc, token)
            return
        yield from self._in_town_after(doc, token, j + 1, _PLACES | _ORGS)

    def _part_in_town(self, doc: Doc, token: Token) -> Iterator[Triple]:
        """``le quartier Port Marianne à Montpellier``: a part of a town named right after
        its noun, then ``à`` the town."""
        end = sentence_end(token)
        j = _last_token(token).i + 1
        if j < end and doc[j].text == ",":
            j += 1
        if j >= end or doc[j].lower_ not in _AT_TOWN:
            return
        yield from self._in_town_after(doc, token, j, _PLACES)

    def _in_town_after(
        self, doc: Doc, token: Token, j: int, inner: frozenset[str]
    ) -> Iterator[Triple]:
        """``token`` lies in the town the preposition at ``j`` introduces, if that town is
        no list's first member and not ``token``'s own name."""
        town = _place_after(doc, j, sentence_end(token))
        if town is None or _listed_after(doc, town) or mention_at(town) == mention_at(token):
            return
        yield from self._located(token, inner, args_of(town, _PLACES))

    def _located(self, token: Token, inner: frozenset[str], outers: list[Arg]) -> Iterator[Triple]:
        """``token``, read as a place of ``inner`` classes, lies in each of ``outers``."""
        return pairs(
            self.name, CONFIDENCE_CONTAINED, args_of(token, inner), "locatedIn", outers, token
        )

    def _town_before(self, doc: Doc, token: Token) -> Iterator[Triple]:
        """``installé à Lyon, dans le quartier de la Croix-Rousse``: a site a place noun
        names right after the town it is in, set off by a comma."""
        table = words(doc)
        start = sentence_start(token)
        i = token.i - 1
        while i > start and table.pos[i] == "DET":
            i -= 1
        i -= 1  # the place noun before "de" ("quartier de")
        if i <= start or table.lemma[i] not in _TOWN_PARTS:
            return
        i -= 1
        while i > start and table.pos[i] == "DET":
            i -= 1
        if i <= start + 2 or table.lower[i] not in _WITHIN or table.text[i - 1] != ",":
            return
        town = doc[i - 2]
        mention = mention_at(town)
        if mention is None or mention == mention_at(token):
            return
        first = town
        while first.i > start and mention_at(doc[first.i - 1]) == mention:
            first = doc[first.i - 1]
        # a town NER could not type is one when "à" sets it ("à Lunel, dans le quartier")
        typed = mention.cls in _CONTAINED
        if not typed and not (mention.cls == UNTYPED and _town_after_at(first)):
            return
        yield from self._located(token, _PLACES, args_of(first, _PLACES if typed else _TOWN))

    def _contained(self, doc: Doc, token: Token) -> Iterator[Triple]:
        """``Lunel, dans l'Hérault``, ``à Madrid, en Espagne``, ``à Houston, au Texas``,
        ``Lyon en France``, ``Villeurbanne (Rhône)``: a place followed by the region or
        country it lies in (not one more place of a list: ``à Paris, au Japon et en
        Chine``)."""
        end = sentence_end(token)
        j = _last_token(token).i + 1
        if j + 2 < end and doc[j].text == "(" and doc[_last_token(doc[j + 1]).i + 1].text == ")":
            j += 1  # "Villeurbanne (Rhône)"
        else:
            comma = j < end and doc[j].text == ","
            if comma:
                j += 1
            # "au Texas" only after a comma: "Lyon au ..." is rarely where Lyon lies
            within = _WITHIN | _WITHIN_AFTER_COMMA if comma else _WITHIN
            if j >= end or doc[j].lower_ not in within:
                return
            j += 1
            while j < end and doc[j].pos_ == "DET":
                j += 1
        container = mention_at(doc[j]) if j < end else None
        if container is not None and (_listed(doc, token) or _listed_after(doc, doc[j])):
            return
        # a name NER could not type stands for a place there ("dans le Var": the gazetteer
        # knows few départements)
        if container is None or container.cls not in _CONTAINERS | {UNTYPED}:
            return
        if container == mention_at(token):
            return
        own = mention_at(token)
        inner = _TOWN if own is not None and own.cls == UNTYPED else _PLACES
        outer = _AREA if container.cls == UNTYPED else _PLACES
        # the container alone, not what the parser coordinated with it ("à Kelvo, en
        # Allemagne, et à Noris": Noris is one more place of the list, not Kelvo's region)
        outers = [
            a
            for a in args_of(doc[j], outer)
            if (a.mention.start, a.mention.end) == (container.start, container.end)
        ]
        yield from self._located(token, inner, outers)

    @staticmethod
    def _described(doc: Doc, i: int, end: int) -> Token | None:
        """``, un lycée catholique mixte à PLACE`` right after the organisation's name."""
        if i + 2 >= end or doc[i].text != "," or doc[i + 1].pos_ != "DET":
            return None
        j = i + 2
        while j < end and doc[j].pos_ == "ADJ":
            j += 1
        if j >= end or doc[j].pos_ != "NOUN":
            return None
        cls = descriptions().class_of(doc[j].text) or descriptions().class_of(doc[j].lemma_)
        if cls is None or coarse_class(cls) != "Organization":
            return None
        j += 1
        while j < end and doc[j].pos_ == "ADJ":
            j += 1
        # "X, un lycée catholique à La Grange Park": an organisation described as being
        # somewhere names a place there, one NER did not know
        return _place_after(doc, j, end, untyped=True)


def _listed_after(doc: Doc, place: Token) -> bool:
    """Whether another place follows ``place`` in a list (``au Japon et en Chine``)."""
    j = _last_token(place).i + 1
    end = sentence_end(place)
    if j >= end or doc[j].lower_ not in _LIST_GLUE:
        return False
    j += 1
    while j < end and (doc[j].lower_ in _PREPS or doc[j].pos_ == "DET"):
        j += 1
    return j < end and is_place(mention_at(doc[j]))


def _listed(doc: Doc, place: Token) -> bool:
    """Whether ``place`` follows another place in a list (``à Lyon, à Paris, au Japon``)."""
    i = place.i - 1
    start = sentence_start(place)
    while i >= start and (doc[i].lower_ in _PREPS or doc[i].pos_ == "DET"):
        i -= 1
    return i > start and doc[i].lower_ in _LIST_GLUE and is_place(mention_at(doc[i - 1]))


#: Prepositions before an organisation that make ``à PLACE`` about something else:
#: ``l'installation d'OpenAI à Paris`` (an event, an office), ``chez Google à Londres``
#: (where someone works, perhaps a branch).
_NOT_SEAT = frozenset({"de", "d'", "d’", "du", "des", "chez", "par", "contre", "avec", "pour"})


def _stays_put(name: Span) -> bool:
    """Whether the name is an institution's (``Université X``, ``X High School``): one met
    ``de X à Y`` is in Y, where a company could merely have an office."""
    heads = descriptions().seat_heads
    return len(name) > 1 and (fold(name[0].text) in heads or fold(name[-1].text) in heads)


def _complement_of_event(token: Token) -> bool:
    doc = token.doc
    start = sentence_start(token)
    i = token.i - 1
    # "par la société X à Y": the class noun and the article stand between
    while i >= start and (
        doc[i].pos_ in {"DET", "ADJ"} or descriptions().class_of(doc[i].text) is not None
    ):
        i -= 1
    return i >= start and doc[i].lower_ in _NOT_SEAT


def _is_governed_by_motion(place: Token) -> bool:
    """``a quitté Google pour Londres``, ``transféré de X à Y``: a place that is the
    destination or origin of a movement verb says nothing about the organisation."""
    head = place.head
    return head.pos_ == "VERB" and head.lemma_ in {
        "aller",
        "partir",
        "venir",
        "quitter",
        "transférer",
        "déménager",
        "rendre",
        "arriver",
        "voyager",
        "envoyer",
    }
