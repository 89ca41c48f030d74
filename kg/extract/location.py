"""Where an organisation is, when no verb says it: ``la University X à Dallas``.

News and reference text often place an organisation by juxtaposition alone:

- ``ORG à/en/au/dans PLACE``: ``l'Université Jawaharlal Nehru à New Delhi``, ``le Butte
  College en Californie`` (not after ``de``/``chez``: ``l'installation d'OpenAI à Paris``
  is an event, ``chez Google à Londres`` perhaps a branch);
- ``ORG (PLACE)``: ``Nazareth Academy (Illinois)``;
- ``ORG, un(e) <organisation noun> [adjectives] à PLACE``: ``Nazareth Academy, un lycée
  catholique à La Grange Park`` (the place may be a name NER left untyped: the description
  says it is somewhere).
- ``ORG, de TOWN,``: ``la conserverie X, de Douarnenez, et ...`` (the town set off by
  commas or the sentence's end; a town the gazetteer knows); and ``de TOWN`` right after
  a company a trade's noun introduces (``la scierie X de Mouthe``, ``la Savonnerie X de
  Tripoli``);
- a company's sites: ``son usine de Mauléon``, ``X, dont le cinéma du Mans`` (presentIn),
  and a new site as the subject of a verb of opening, ``Un premier bureau de X ouvrira à
  New York``, ``Une seconde antenne suivra à Lille`` (opensOfficeIn).

These readings say where the organisation *is*, which for a school, a firm or an agency
named this way is its seat; but a company met ``à Londres`` may only have an office there,
so the confidence stays low (below the 0.8 that marks a trusted fact). The place's own
containers (``Dallas Texas``) are added by :func:`kg.extract.base.args_of`.

Example:
    >>> LocationExtractor().name
    'kg.location.v1'
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.entities.coref import quoted
from kg.entities.mentions import TITLE_ARTICLES, TOWN_DE, UNTYPED, trade_word
from kg.extract.base import COREF_FACTOR, Arg, args_of, is_place, pairs, salient_organisation
from kg.grammar import (
    DE,
    DE_BARE,
    case_of,
    governing_verb,
    mention_at,
    mention_of_index,
    relative_antecedent,
    sentence_end,
    sentence_start,
    subject_of,
    words,
)
from kg.lexicon import (
    descriptions,
    folded_word_list,
    name_heads,
    place_holders,
    roles,
    word_list,
)
from kg.model import Mention, Triple
from kg.ontology import coarse_class, relations
from kg.text import abbreviates, fold

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
_STREETS = folded_word_list("street_nouns")
_FACILITIES = word_list("facility_nouns")
#: Folded, as the words they are compared with ("Hôtel" opens a name with a capital).
_VENUE_NOUNS = folded_word_list("venue_nouns")
#: Nouns of a site or building whose name, set off ``, à Tours``, lies in that town.
#: Establishments that are businesses (a clinic, a mill, a hotel): their site is typed as
#: an organisation; a plant, a stadium, a castle as a place.
_BUSINESSES = folded_word_list("site_nouns")
_SITES = (
    _BUSINESSES
    | folded_word_list("building_nouns")
    | frozenset(map(fold, _FACILITIES))
    | _VENUE_NOUNS
)
_SEATED = folded_word_list("seated_nouns")
_PRESENT = folded_word_list("presence_adjectives")
_BRANCHES = word_list("branch_nouns")
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "notre", "nos"})
_LEAVING = word_list("leaving_verbs")
_SITE_OPENING = word_list("site_opening_verbs")
_TAKEOVERS = word_list("takeover_words")
_FORMER = folded_word_list("former_adverbs")
#: Confidence of ``X, un réseau présent en Y``: an apposition says where X operates.
CONFIDENCE_PRESENT = 0.75
#: Confidence of ``X, une PME de Y``: a company described by its town, which is its seat
#: most of the time (a firm "de Lyon" may have moved its head office since).
CONFIDENCE_SEATED = 0.7


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
    if i < 2 or table.lower[i - 1] not in DE_BARE:
        return False
    if mention_of_index(doc, i - 1) is not None:
        return False
    return descriptions().class_of(table.text[i - 2]) == "City"


def _area_noun(doc: Doc, j: int, end: int) -> tuple[int, str] | None:
    """``dans la province de Namur``, ``dans la région Sava``, ``dans la commune de Y``: a
    lower-case noun of an area (a class noun of ``Region`` or ``City`` in
    ``descriptions.json``) at ``j``, then ``de`` and articles: the index of the name after
    them and the noun's class, or None."""
    if j >= end or not doc[j].text.islower() or mention_at(doc[j]) is not None:
        return None
    cls = descriptions().class_of(doc[j].text)
    if cls not in {"Region", "City"}:
        return None
    k = j + 1
    if k < end and doc[k].lower_ in DE:
        k += 1
    while k < end and doc[k].pos_ == "DET":
        k += 1
    return (k, cls) if k < end and mention_at(doc[k]) is not None else None


def _town_after_at(token: Token) -> bool:
    """``à Concarneau``, ``son usine de Saint-Vallier``: a name NER could not type, right after
    ``à`` or a company's site and ``de``, is read as a town when the region or country it
    lies in follows (``, dans le Finistère``); a brand after ``à`` (``a cédé sa filiale à
    Kelvo``) is rarely followed by one."""
    mention = mention_at(token)
    if mention is None or mention.cls != UNTYPED or token.i < 1:
        return False
    table = words(token.doc)
    before = table.lower[token.i - 1]
    if before in DE_BARE and token.i > 1 and table.lemma[token.i - 2] in _FACILITIES:
        return True  # "son usine de Saint-Vallier, dans le Jura"
    if before in DE_BARE and _seat_before(token.doc, token.i - 1):
        return True  # "X, une PME de Digoin (Saône-et-Loire)"
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
    if i < 2 or table.lower[i - 1] not in DE:
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
    """The last token of the mention ``token`` belongs to (``token`` itself outside one)."""
    doc = token.doc
    mention = mention_at(token)
    if mention is None:
        return token
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
    """``basedIn`` facts from organisations placed by juxtaposition; ``presentIn`` and
    ``opensOfficeIn`` facts from a company's sites; ``locatedIn`` facts from a place
    followed by the region or country it lies in."""

    name = "kg.location.v1"

    def extract(self, doc: Doc) -> Iterator[Triple]:
        """Yield ``ORG basedIn PLACE`` for each juxtaposed reading."""
        for owner, towns in _owned_branches(doc):
            yield from self._present(owner, towns)
        yield from self._sites_opening(doc)
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
            site = _site_of(token)
            located = [] if site is None else list(self._site_in_town(doc, token, site))
            if located:
                seen.add(id(mention))
                yield from located
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
            if quoted(token):
                # "la convention « Épargne citoyenne en Ardèche »": words of a title or of a
                # quotation, not a seat the text gives
                continue
            seen.add(id(mention))
            last = _last_token(token)
            end = sentence_end(token)
            after = last.i + 1
            yield from self._present(token, _present_in(doc, after, end))
            yield from self._present(token, _branch_towns(doc, token, after, end))
            if _complement_of_event(token) and not _stays_put(doc[token.i : last.i + 1]):
                # "l'acquisition de X, une PME de Y": the apposition describes X itself
                seat = (
                    _seated(doc, after, end)
                    or _of_town(doc, after, end)
                    or _trade_town(doc, token, after, end)
                )
                if seat is not None:
                    yield from self._seat(token, seat, CONFIDENCE_SEATED, alone=True)
                continue
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
            alone = place is None
            if place is None:
                place, confidence = _seated(doc, after, end), CONFIDENCE_SEATED
            if place is None:
                place = _of_town(doc, after, end) or _trade_town(doc, token, after, end)
            if place is None or _is_governed_by_motion(place):
                continue
            # "une PME de Digoin (Saône-et-Loire)": the town is what the text gives
            yield from self._seat(token, place, confidence, alone=alone)

    def _sites_opening(self, doc: Doc) -> Iterator[Triple]:
        """``Un premier bureau ouvrira à New York``, ``Une seconde antenne suivra à Lille``:
        a site noun (``branch_nouns``) subject of a verb of opening with no object (but
        its doors) tells where its company opens it: the company its ``de`` or possessive
        names, else the one the sentence before is about (a weaker reading)."""
        table = words(doc)
        for i, lemma in enumerate(table.lemma):
            if lemma not in _SITE_OPENING or table.pos[i] != "VERB":
                continue
            verb = doc[i]
            if any(
                c.dep_ == "obj" and c.lemma_ != "porte" and mention_at(c) is None
                for c in verb.children
            ):
                continue  # "X ouvre un bureau": the verb frames read it
            # ("Une seconde antenne suivra à Lille": the parser may make the verb a
            # modifier of its subject; "doit ouvrir": the subject of the governing verb)
            subject = verb.head if verb.dep_ == "acl" and verb.head.i < verb.i else subject_of(verb)
            if subject is None or subject.lower_ not in _BRANCHES or mention_at(subject):
                continue
            sites = [subject]
            places = [
                a
                for c in verb.children
                if c.i > verb.i and case_of(c) in _PREPS
                for a in args_of(c, _PLACES)
            ]
            site = sites[0]
            owners = [
                a
                for c in site.children
                if (c.dep_ == "nmod" and case_of(c) in DE)
                or (c.dep_ == "det" and c.lower_ in _POSSESSIVES)
                for a in args_of(c, _ORGS)
            ]
            confidence = CONFIDENCE_PRESENT
            if not owners:
                focus = salient_organisation(verb, introduced=True)
                owners = [focus] if focus is not None else []
                confidence *= COREF_FACTOR
            yield from pairs(self.name, confidence, owners, "opensOfficeIn", places, verb)

    def _present(self, token: Token, places: list[Token]) -> Iterator[Triple]:
        """``ORG presentIn PLACE`` for the organisation at ``token``, each place alone."""
        for place in places:
            own = mention_at(place)
            # a name NER could not type, after "de" or "à", is a town
            typed = _TOWN if own is not None and own.cls == UNTYPED else _PLACES
            found = [
                a
                for a in args_of(place, typed)
                if own is not None and (a.mention.start, a.mention.end) == (own.start, own.end)
            ]
            yield from pairs(
                self.name, CONFIDENCE_PRESENT, args_of(token, _ORGS), "presentIn", found, token
            )

    def _seat(
        self, token: Token, place: Token, confidence: float, *, alone: bool = False
    ) -> Iterator[Triple]:
        """``ORG basedIn PLACE`` for the organisation at ``token``; ``alone`` keeps the
        place itself, not the département in brackets after it."""
        own = mention_at(place)
        places = args_of(place, _TOWN if own is not None and own.cls == UNTYPED else _PLACES)
        if alone and own is not None:
            places = [a for a in places if (a.mention.start, a.mention.end) == (own.start, own.end)]
        return pairs(self.name, confidence, args_of(token, _ORGS), "basedIn", places, token)

    def _site_in_town(self, doc: Doc, token: Token, site: Mention) -> Iterator[Triple]:
        """``la clinique X, à Tours``, ``au stade X, à Saintes``, ``la minoterie X, à
        Péronne``: a site's name set off by a comma, then ``à`` the town it stands in (or
        ``en``/``dans`` its region). A site is somewhere, where a firm met the same way
        may only have an office: so the site, not the firm, is placed."""
        end = sentence_end(token)
        j = _last_token(token).i + 1
        if j + 1 >= end or doc[j].text != "," or doc[j + 1].lower_ not in _PREPS:
            return
        town = _place_after(doc, j + 1, end, untyped=doc[j + 1].lower_ in _AT_TOWN)
        if town is None or _listed_after(doc, town) or _is_governed_by_motion(town):
            return
        town_mention = mention_at(town)
        if town_mention is None or town_mention == mention_at(token):
            return
        if doc[j + 1].lower_ not in _AT_TOWN and town_mention.cls not in _CONTAINERS:
            return  # "en"/"dans" a region or country, not "dans le quartier X"
        outer = _TOWN if town_mention.cls == UNTYPED else _PLACES
        # the town alone, not what the parser coordinated with it ("le musée X, à Rodez,
        # puis le centre Y, à Metz": Metz is the centre's)
        towns = [
            a
            for a in args_of(town, outer)
            if (a.mention.start, a.mention.end) == (town_mention.start, town_mention.end)
        ]
        yield from pairs(self.name, CONFIDENCE_CONTAINED, [Arg(site)], "locatedIn", towns, token)

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
            if _short_form_of_name(doc, token, doc[j]):
                return
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
        area = _area_noun(doc, j, end)
        if area is not None:
            j, area_cls = area  # "dans la province de Namur", "dans la commune de Y"
        else:
            area_cls = None
        container = mention_at(doc[j]) if j < end else None
        if container is not None and (_listed(doc, token) or _listed_after(doc, doc[j])):
            return
        # a name NER could not type stands for a place there ("dans le Var": the gazetteer
        # knows few départements)
        containers = _CONTAINERS | {"City"} if area_cls == "City" else _CONTAINERS
        if container is None or container.cls not in containers | {UNTYPED}:
            return
        if container == mention_at(token) or _names_a_street(container):
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
        role = roles().get(fold(doc[j].text))
        if role is not None and relations()[role.relation].symmetric:
            # "X, son principal concurrent dans l'Ouest": a rival's or a partner's noun
            # relates X to another company, and the place is where they meet
            return None
        j += 1
        while j < end and doc[j].pos_ == "ADJ":
            j += 1
        # "X, un lycée catholique à La Grange Park": an organisation described as being
        # somewhere names a place there, one NER did not know
        return _place_after(doc, j, end, untyped=True)


def _names_a_street(mention: Mention) -> bool:
    """Whether a name NER could not type holds a street's noun (``Grande-Rue``, ``Cours
    Mirabeau``): a street lies in a town, no town lies in it."""
    return mention.cls == UNTYPED and any(
        fold(word) in _STREETS for word in re.split(r"[\s\-]+", mention.text)
    )


#: How far back a name that a parenthesised short form abbreviates may start.
_NAME_REACH = 12


def _short_form_of_name(doc: Doc, place: Token, short: Token) -> bool:
    """Whether ``(short)`` after ``place`` abbreviates a name that ends with the place:
    ``la chambre de commerce des Landes (CCI)``, ``l'Institut de chimie de Bordeaux (ICB)``
    name a body, not a region the place lies in."""
    last = _last_token(place).i + 1
    start = max(sentence_start(place), last - _NAME_REACH)
    return any(abbreviates(short.text, doc[k:last].text) for k in range(start, place.i))


def _site_of(token: Token) -> Mention | None:
    """The site a name at ``token`` (its first word) stands for when a site noun opens it or
    comes right before it: ``le stade X`` (the noun in the name), ``la clinique X``, ``la
    minoterie X`` (the noun before it); None for any other name.

    A name typed as an organisation keeps its mention, so the site is the entity the text
    names; a name NER took for a person's (``la minoterie Marsaud``) or left untyped is
    the site whole, the noun with it.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("fr").vocab, words=["la", "fonderie", "Dupré"],
        ...           pos=["DET", "NOUN", "PROPN"], lemmas=["le", "fonderie", "Dupré"],
        ...           sent_starts=[True, False, False])
        >>> _site_of(doc[2]) is None  # no mention at "Dupré": no name to place
        True
    """
    mention = mention_at(token)
    if mention is None or mention.cls in _CONTAINED | _CONTAINERS:
        return None
    table = words(token.doc)
    i = token.i
    first = fold(table.text[i])
    if first in _SITES and i + 1 < len(token.doc) and mention_of_index(token.doc, i + 1) == mention:
        if mention.cls != UNTYPED and coarse_class(mention.cls) == "Person":
            return None
        typed = mention.cls != UNTYPED and first not in _VENUE_NOUNS
        cls = mention.cls if typed else "Organization" if first in _BUSINESSES else "Place"
        return dataclasses.replace(mention, cls=cls) if cls != mention.cls else mention
    start = sentence_start(token)
    # the parser tags a lower-case site noun before a name as a proper noun now and then
    # ("l'institut Curie")
    if i - 2 < start or not table.text[i - 1][:1].islower():
        return None
    if table.pos[i - 1] not in {"NOUN", "PROPN"} or mention_of_index(token.doc, i - 1):
        return None
    noun = fold(table.text[i - 1])
    if noun not in _SITES and fold(table.lemma[i - 1]) not in _SITES:
        return None
    if table.pos[i - 2] not in {"DET", "ADP"}:
        return None  # "la clinique X" or "au stade X", not "Tours clinique X"
    if mention.cls != UNTYPED and coarse_class(mention.cls) == "Organization":
        return mention
    doc = token.doc
    last = _last_token(token)
    offset = doc._.kg_offset
    begin, stop = table.idx[i - 1], table.idx[last.i] + len(table.text[last.i])
    cls = "Organization" if noun in _BUSINESSES else "Place"
    return Mention(doc.text[begin:stop], cls, begin + offset, stop + offset)


def _present_in(doc: Doc, i: int, end: int) -> list[Token]:
    """``, un réseau de 210 crèches présent en Île-de-France et dans les Hauts-de-France``
    right after an organisation's name: the places an adjective of presence in the
    apposition lists (each with its preposition, joined by commas or ``et``), or none.

    Read word by word: the parser hangs the places on the apposition's noun as often as on
    the adjective. The apposition ends at its closing comma or a verb; a presence put in
    the past or denied (``autrefois présent en Chine``) lists nothing.
    """
    if i + 2 >= end or doc[i].text != "," or doc[i + 1].pos_ != "DET":
        return []
    j = i + 2
    while j < end and fold(doc[j].text) not in _PRESENT:
        if doc[j].text in {",", ";", ":", "(", "—", "–"} or doc[j].pos_ == "AUX":
            return []
        if doc[j].pos_ == "VERB" and "Part" not in doc[j].morph.get("VerbForm", []):
            return []  # a relative clause's verb: "dont le patron est présent en Chine"
        j += 1
    if j >= end or fold(doc[j - 1].text) in _FORMER:
        return []
    places: list[Token] = []
    j += 1
    while j < end:
        if doc[j].lower_ not in _PREPS:
            break
        k = j + 1
        while k < end and doc[k].pos_ == "DET":
            k += 1
        if k >= end or not is_place(mention_at(doc[k])):
            break
        places.append(doc[k])
        j = _last_token(doc[k]).i + 1
        if j + 1 < end and doc[j].lower_ in {",", "et"} and doc[j + 1].lower_ in _PREPS:
            j += 1
        elif j + 2 < end and doc[j].text == "," and doc[j + 1].lower_ == "et":
            j += 2
        else:
            break
    return places


def _branch_towns(doc: Doc, token: Token, after: int, end: int) -> list[Token]:
    """Where a company's own sites stand: ``son usine de Mauléon``, ``ses magasins de Lyon
    et de Lille`` (``token`` the possessive coreference resolved to the company), ``la
    crèche du groupe à Montreuil``, ``l'usine de X à Poissy`` (``token`` the owner after
    ``de``); the towns, or none.

    A town after ``de`` may be a name NER could not type, never a company's or a person's
    (``l'usine de Renault`` is Renault's, not in it).
    """
    table = words(doc)
    i = token.i - 1
    start = sentence_start(token)
    # "la crèche du groupe X": the article and the class noun stand between
    while i > start and (
        table.pos[i] == "DET" or descriptions().class_of(table.text[i]) is not None
    ):
        i -= 1
    if i - 1 <= start or table.lower[i] not in DE:
        return []
    if table.lower[i - 1] not in _BRANCHES or mention_of_index(doc, i - 1) is not None:
        return []
    if _left(doc[i - 1], _LEAVING | _TAKEOVERS):
        return []  # "a racheté l'usine de X à Douai": X was there, the buyer is now
    return _towns_listed(doc, after, end, _AT_TOWN | _WITHIN)


def _owned_branches(doc: Doc) -> Iterator[tuple[Token, list[Token]]]:
    """``son usine de Mauléon``, ``ses magasins de Lyon et de Lille``, ``X, dont le cinéma
    du Mans``: each possessive site noun with the towns its ``de`` names, and the company
    it belongs to: the name ``dont`` follows; else the clause's company (the subject; in
    the passive, the agent: ``produits par X dans son usine de Y``; the possessive's own
    when the sites are the subject: ``Nos magasins de X restent ...``)."""
    table = words(doc)
    for i, lower in enumerate(table.lower):
        whose = lower == "dont" and i + 1 < len(doc) and table.pos[i + 1] == "DET"
        if lower not in _POSSESSIVES and not whose:
            continue
        end = sentence_end(doc[i])
        # ("X, dont le cinéma du Mans a rouvert": "dont" is "de" + the name before it)
        j = i + 2 if whose else i + 1
        while j < end and table.pos[j] == "ADJ":
            j += 1
        if j >= end or table.lower[j] not in _BRANCHES or mention_of_index(doc, j) is not None:
            continue
        noun = doc[j]
        j += 1
        while j < end and table.pos[j] == "ADJ" and table.text[j][:1].islower():
            j += 1
        towns = _towns_listed(doc, j, end, {"de", "d'", "d\u2019", "du"})
        if not towns:
            continue
        verb = governing_verb(noun)
        if _left(noun, _LEAVING):
            continue  # "a vendu son usine de Saint-Vallier": it was there
        owner = subject_of(noun)
        if verb is not None and any(c.dep_ == "aux:pass" for c in verb.children):
            owner = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
        if whose:
            owner = relative_antecedent(doc[i])
        elif noun.dep_ in {"nsubj", "nsubj:pass"}:
            # "Ses magasins de Vitré et de Redon font ...": the sites are the subject,
            # their owner the possessive's (as coreference resolved it)
            owner = doc[i]
        if owner is not None:
            yield owner, towns


def _left(noun: Token, verbs: frozenset[str]) -> bool:
    """Whether the verb that has the site noun as its object is one of ``verbs`` (however
    the parser tagged it: ``ferme ses magasins`` comes out as an adjective)."""
    heads = [noun.head, governing_verb(noun)]
    return any(h is not None and h is not noun and h.lemma_ in verbs for h in heads)


def _towns_listed(doc: Doc, j: int, end: int, preps: set[str] | frozenset[str]) -> list[Token]:
    """The towns a preposition of ``preps`` introduces at ``j``, and those listed after
    them with ``et`` or a comma (the preposition repeated or not)."""
    towns: list[Token] = []
    while j < end and doc[j].lower_ in preps:
        k = j + 1
        while k < end and doc[k].pos_ == "DET":
            k += 1
        mention = mention_at(doc[k]) if k < end else None
        if mention is None or not (is_place(mention) or mention.cls == UNTYPED):
            break
        if k > 0 and mention_of_index(doc, k - 1) == mention:
            break
        towns.append(doc[k])
        j = _last_token(doc[k]).i + 1
        if j + 1 < end and doc[j].lower_ in {",", "et"}:
            j += 1
            if doc[j].lower_ not in preps:
                # "ses magasins de Lyon et Lille": the preposition left out
                mention = mention_at(doc[j])
                if mention is not None and (is_place(mention) or mention.cls == UNTYPED):
                    towns.append(doc[j])
                break
        else:
            break
    return towns


#: Endings of a trade's agent noun ("le presseur", "la sécheuse"; "-trice" names persons more).
_AGENT = ("eur", "euse")
#: Most words of what a company makes between its noun and its town ("de pommes de terre").
_GOODS_WORDS = 4


def _seated(doc: Doc, i: int, end: int) -> Token | None:
    """``, une PME de Digoin``, ``, la jeune entreprise de Vierzon`` right after an
    organisation's name: the town a company noun in apposition is said to be of, or None.

    The town may be a name NER could not type: after such a noun and ``de``, a capitalised
    name that is no company or person is where the company is. A trade noun that opens
    company names (names.json ``heads``: ``la tonnellerie de Cognac``) says so too, of a
    place only.
    """
    if i + 3 >= end or doc[i].text != "," or doc[i + 1].pos_ != "DET":
        return None
    j = i + 2
    while j < end and doc[j].pos_ == "ADJ":
        j += 1  # "une jeune entreprise"
    k = _seated_noun_end(doc, j, end)
    # ("X, la tonnellerie de Cognac": a firm's trade noun that opens company names says
    # so too, of a known place only: "le laboratoire d'IA" names its field)
    # (and so does an agent noun of a trade, "le presseur d'Averton", "le sécheur de
    # mangues de Sikasso": "-eur", "-euse")
    trade = (
        k is None
        and j < end
        and mention_of_index(doc, j) is None
        and (
            name_heads().head_class(doc[j].text) == "Company"
            or (doc[j].pos_ == "NOUN" and doc[j].text.islower() and doc[j].text.endswith(_AGENT))
        )
    )
    if trade:
        k = j + 1
    if k is None:
        return None
    while k < end and doc[k].pos_ == "ADJ" and doc[k].text[:1].islower():
        k += 1  # "une PME industrielle de"
    goods = k
    while (
        goods + 3 < end
        and goods - k < _GOODS_WORDS
        and doc[goods].lower_ in DE_BARE
        and doc[goods + 1].pos_ == "NOUN"
        and doc[goods + 1].text.islower()
        and doc[goods + 2].lower_ in DE_BARE
    ):
        goods += 2  # "un fabricant de cuisines de Cholet": what it makes, then its town
    k = goods
    if k + 1 >= end or doc[k].lower_ not in DE_BARE:
        return None
    town = doc[k + 1]
    mention = mention_at(town)
    if mention is None or (town.i > 0 and mention_of_index(doc, town.i - 1) == mention):
        return None
    return town if is_place(mention) or (mention.cls == UNTYPED and not trade) else None


def _of_town(doc: Doc, i: int, end: int) -> Token | None:
    """``, de Saint-Jean-de-Luz,`` set off right after an organisation's name (``le
    rachat de la conserverie X, de Douarnenez, et ...``, ``3e prix : X, de Dax, qui``): the
    town the organisation is of, or None. The town must be closed by a comma or the
    sentence's end (``X, de Lyon et de Paris`` lists more than a seat); a name NER could not
    type may be it.
    """
    if i + 2 >= end or doc[i].text != "," or doc[i + 1].lower_ not in DE:
        return None
    town = doc[i + 2]
    if town.text in TITLE_ARTICLES and i + 3 < end:
        town = doc[i + 3]  # ("de La Turballe": the town's own article)
    mention = mention_at(town)
    # (a name NER could not type, set off so, is a town too: ", de La Turballe,")
    if mention is None or mention.cls not in {"City", UNTYPED}:
        return None
    last = _last_token(town).i
    closed = last + 1 >= end or doc[last + 1].text in {",", ".", ")", ";"}
    return town if closed else None


def _trade_town(doc: Doc, name: Token, i: int, end: int) -> Token | None:
    """``la scierie Vuillemin de Mouthe``, ``la Savonnerie Chahine de Tripoli``: a town
    right after the name of a company a trade's noun introduces (in lower case before the
    name, or as its first word) is where the company is; None otherwise (``le directeur
    de Kelvo de Lyon``: no trade says the town is its seat)."""
    if i + 1 >= end or doc[i].lower_ not in TOWN_DE:
        return None
    town = doc[i + 1]
    mention = mention_at(town)
    if mention is None or mention.cls != "City":
        return None
    first = name.i
    while first > 0 and mention_at(doc[first - 1]) is mention_at(name):
        first -= 1
    before = doc[first - 1] if first > 0 else None
    if trade_word(doc[first].text) or (
        before is not None and before.pos_ == "NOUN" and before.is_lower and trade_word(before.text)
    ):
        return town
    return None


def _seated_noun_end(doc: Doc, j: int, end: int) -> int | None:
    """The index after a company noun of ``seated_nouns`` starting at ``j`` (one or two
    words: ``jeune pousse``), or None."""
    for size in (2, 1):
        if (
            j + size <= end
            and fold(doc[j : j + size].text) in _SEATED
            and mention_of_index(doc, j) is None
        ):
            return j + size
    return None


def _seat_before(doc: Doc, de: int) -> bool:
    """Whether the ``de`` at index ``de`` closes ``X, une PME [adj] de``: a company noun in
    apposition to a name, whose town follows (``le laboratoire de Kelvo`` opening a
    sentence is no apposition, and Kelvo may be its owner)."""
    start = sentence_start(doc[de])
    i = de - 1
    while i > start and doc[i].pos_ == "ADJ" and doc[i].text[:1].islower():
        i -= 1
    noun_start = next(
        (s for s in (i - 1, i) if s > start and fold(doc[s : i + 1].text) in _SEATED), None
    )
    if noun_start is None:
        return False
    i = noun_start - 1
    while i > start and doc[i].pos_ == "ADJ":
        i -= 1
    return (
        i - 2 >= start
        and doc[i].pos_ == "DET"
        and doc[i - 1].text == ","
        and mention_of_index(doc, i - 2) is not None
    )


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
