"""Interviews and signed texts: who ``je``, ``nous`` and ``vous`` stand for.

An interview (``Sa présidente a répondu aux questions de Challenges``, then question and
answer paragraphs) speaks in the first person: ``Je suis née à Parthenay`` is the
interviewee's, ``Nous ouvrons un centre à Laval`` their organisation's, and a question's
``Vous venez de racheter la clinique`` asks the same organisation. The format is read from
the text alone: at least two question turns (paragraphs ending in ``?``, or opened by a
speaker label ``Challenges.`` / ``— ``) and a first person in the answers. Who answers is
the person the answer paragraphs are labelled with, else the person an intro cue names
(``X a répondu aux questions de``, ``X se confie``), else the first person the opening
paragraph names; their organisation is the organisation named nearest to that person's
first mention, else the one the text names most. The interviewer's outlet (the label of
the questions) is neither.

A signed op-ed speaks in the first person too, with no questions: its author is the person
a short signature paragraph presents just after (or before) the paragraphs that say ``je``
(``X est directrice générale de Y.``), and ``nous`` the organisation named nearest to them
there (:func:`find_signed_text`).

A letter or memo a news text quotes whole (``« Chers collègues, ...``, closed by a paragraph
of its signer's name, ``Damien Roux »``) speaks in the first person too: ``nous`` is the
organisation its signer heads (:func:`find_quoted_letter`).

An organisation's own text (a letter to shareholders, a communiqué) says ``nous``,
``notre groupe`` for the organisation its title names, and ``votre groupe``, ``votre
capital`` to its owners of that organisation; a union's ``notre entreprise`` is its
members' employer, which it does not name (:func:`find_corporate_text`).

Only the words of the turns are resolved: the intro and any quotation inside an answer
(``« ... », dit-il``) speak of others in the third person or quote someone else.

Example:
    >>> import spacy
    >>> find_interview(spacy.blank("fr")("Une phrase."), {}) is None
    True
"""

from __future__ import annotations

import functools
import logging
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.entities.mentions import coarse, reference
from kg.grammar import CLOSING_GUILLEMETS, OPENING_GUILLEMETS, verb_lemma, words
from kg.lexicon import descriptions, folded_word_list, roles
from kg.model import Mention
from kg.nlp import paragraphs
from kg.text import fold, match_key

log = logging.getLogger(__name__)

#: First-person words of the one who answers (French grammar, not a lexicon to grow).
SPEAKER_WORDS = frozenset({"je", "j'", "j’", "moi", "me", "m'", "m’", "mon", "ma", "mes"})
#: First-person plural words: the organisation the interviewee speaks for.
GROUP_WORDS = frozenset({"nous", "notre", "nos"})
#: Second-person words of a question: who is asked.
ADDRESSEE_WORDS = frozenset({"vous", "votre", "vos"})
#: Labels that open a turn without a name (``— Vous venez de ...``).
_DASHES = frozenset({"—", "–", "-"})
#: Question turns an interview has at least.
MIN_QUESTIONS = 2
#: Classes an interviewee's organisation is never (the outlet, a ministry, a place).
_NOT_SPOKEN_FOR = frozenset({"MediaOrganization", "GovernmentBody"})
#: Paragraphs of a signed text that say ``je`` outside quotation marks, at least.
MIN_FIRST_PERSON = 2
#: Paragraphs of an organisation's own text that say ``nous`` outside quotation marks, at
#: least (a newspaper's "à nos sollicitations", "offert à nos lecteurs" make two).
MIN_VOICED = 3
#: Words a signature paragraph has at most (``X est directrice générale de Y et ...``).
_SIGNATURE_WORDS = 80
#: What follows the author's name in a signature (``X est ...``, ``X, présidente de ...``).
_SIGNATURE_LINKS = frozenset({"est", ","})
#: Possessives of a role that presents a letter's signer (``son PDG, X``).
_POSSESSIVE_ROLES = frozenset({"son", "sa"})
#: First words of a body of a company's staff (a union, a works council): in its own text,
#: "nous" is that body but "notre entreprise" is the employer.
_STAFF_BODIES = folded_word_list("staff_bodies")
#: Nouns of a company's capital ("votre capital", "l'actionnariat").
_CAPITAL_NOUNS = folded_word_list("capital_nouns")


@dataclass(frozen=True, slots=True)
class Interview:
    """Who speaks in a question-and-answer text.

    Attributes:
        speaker: The interviewee (a person mention); None for an organisation's own text.
        organisation: The organisation they speak for, if the text names one.
        answers: Token ranges ``(start, end)`` of the answer turns.
        questions: Token ranges ``(start, end)`` of the question turns.
    """

    speaker: Mention | None
    organisation: Mention | None
    answers: tuple[tuple[int, int], ...]
    questions: tuple[tuple[int, int], ...]
    #: whether ``vous`` are the organisation's owners or members, whom ``votre groupe``,
    #: ``votre capital`` speak to of the organisation itself (a letter to shareholders)
    owners_addressed: bool = False
    #: whether the organisation is a body of a company's staff (a union): its ``notre
    #: entreprise``, ``notre siège``, ``nos agences`` are the employer's, which it does not
    #: name, so its possessives stand for no one (its ``nous`` for itself)
    staff_body: bool = False


@dataclass(frozen=True, slots=True)
class _Turn:
    start: int  # token index of the paragraph's first word
    end: int  # token index after its last word
    question: bool
    label: Mention | None  # the speaker label opening it ("Coralie Ormesson. ...")
    labelled: bool  # opened by a label, named or a dash


@functools.cache
def _intro_cues() -> tuple[str, ...]:
    """Folded phrases that announce an interview (words.json ``interview_cues``)."""
    return tuple(sorted(folded_word_list("interview_cues")))


def _private_verbs() -> frozenset[str]:
    """Lemmas only a person's life is the subject of (words.json ``private_life_verbs``):
    ``nous vivons à Angers`` is the couple, not the company."""
    return folded_word_list("private_life_verbs")


def _turns(doc: Doc, mentions: Mapping[int, Mention]) -> list[_Turn]:
    """The chunk's paragraphs as turns, in order (headings left out)."""
    table = words(doc)
    starts = table.idx
    turns = []
    token = 0
    for paragraph in paragraphs(table.chunk):
        if paragraph.heading:
            continue
        while token < len(doc) and starts[token] < paragraph.start:
            token += 1
        first = token
        while token < len(doc) and starts[token] < paragraph.end:
            token += 1
        if first == token:
            continue
        text = table.chunk[paragraph.start : paragraph.end].rstrip(' »"”)')
        label = mentions.get(first)
        end_label = first
        while label is not None and mentions.get(end_label) is label:
            end_label += 1
        named = label is not None and end_label + 1 < token and table.text[end_label] in {".", ":"}
        turns.append(
            _Turn(
                first,
                token,
                text.endswith("?"),
                label if named else None,
                named or table.text[first] in _DASHES,
            )
        )
    return turns


def _first_person(doc: Doc, turns: list[_Turn]) -> bool:
    """Whether an answer turn speaks in the first person outside quotation marks."""
    return any(
        not turn.question and _says(doc, turn, SPEAKER_WORDS | GROUP_WORDS) for turn in turns
    )


def _interviewee(
    doc: Doc, mentions: Mapping[int, Mention], turns: list[_Turn], first_turn: int
) -> Mention | None:
    """The person who answers (see the module docstring for the order of the cues)."""
    labels = Counter(
        match_key(t.label.text)
        for t in turns
        if t.label is not None and not t.question and coarse(t.label.cls) == "Person"
    )
    if labels:
        key = labels.most_common(1)[0][0]
        return next(
            t.label for t in turns if t.label is not None and match_key(t.label.text) == key
        )
    intro_end = turns[first_turn].start
    table = words(doc)
    cues = _intro_cues()
    persons = [
        (i, m) for i, m in sorted(mentions.items()) if i < intro_end and coarse(m.cls) == "Person"
    ]
    for sent in (s for s in doc.sents if s.start < intro_end):
        text = fold(" ".join(table.lower[sent.start : sent.end]))
        if any(cue in text for cue in cues):
            here = [m for i, m in persons if sent.start <= i < sent.end]
            if len({match_key(m.text) for m in here}) == 1:
                return here[0]
    # the headline or standfirst names the interviewee first
    return persons[0][1] if persons else None


def _spoken_for(
    mentions: Mapping[int, Mention],
    document_mentions: list[Mention],
    speaker: Mention,
    outlets: frozenset[str],
    doc: Doc,
) -> Mention | None:
    """The organisation the interviewee speaks for: the one named nearest their first
    mention in its sentence, else the one the text names most."""

    def fits(m: Mention) -> bool:
        return (
            coarse(m.cls) == "Organization"
            and m.cls not in _NOT_SPOKEN_FOR
            and match_key(m.text) not in outlets
        )

    at = next((i for i, m in sorted(mentions.items()) if m is speaker), None)
    if at is not None:
        sent = doc[at].sent
        near = [
            (abs(i - at), m) for i, m in mentions.items() if sent.start <= i < sent.end and fits(m)
        ]
        if near:
            return min(near, key=lambda item: item[0])[1]
    counts = Counter(match_key(m.text) for m in document_mentions if fits(m))
    if not counts:
        return None
    key = counts.most_common(1)[0][0]
    return next(m for m in document_mentions if match_key(m.text) == key)


def find_interview(
    doc: Doc, mentions: Mapping[int, Mention], document_mentions: list[Mention] | None = None
) -> Interview | None:
    """The interview a parsed chunk is, or None for any other text.

    Args:
        doc: A parsed chunk.
        mentions: Token index → named mention (``doc._.kg_mentions``).
        document_mentions: The chunk's named mentions in order (for the organisation the
            text names most); read from ``mentions`` when omitted.

    Returns:
        The interviewee, the organisation they speak for and the turns, or None.
    """
    chunk = words(doc).chunk
    # (most chunks are no interview: their paragraphs are not read)
    if sum(chunk.count(mark) for mark in ("?", "\n—", "\n–")) < MIN_QUESTIONS:
        return None
    turns = _turns(doc, mentions)
    questions = [n for n, t in enumerate(turns) if t.question]
    labelled = [n for n, t in enumerate(turns) if t.labelled]
    if len(questions) < MIN_QUESTIONS and len(labelled) < MIN_QUESTIONS:
        return None
    first_turn = min(questions[:1] + labelled[:1])
    # an intro-less text of questions (a FAQ, a list of readers' questions) has no answers
    # in the first person
    if not _first_person(doc, turns[first_turn:]):
        return None
    speaker = _interviewee(doc, mentions, turns, first_turn)
    if speaker is None:
        return None
    outlets = frozenset(
        match_key(t.label.text) for t in turns if t.label is not None and t.question
    ) | frozenset(
        match_key(t.label.text)
        for t in turns
        if t.label is not None and match_key(t.label.text) != match_key(speaker.text)
    )
    unique = list(dict.fromkeys(mentions.values()))
    organisation = _spoken_for(
        mentions,
        document_mentions if document_mentions is not None else unique,
        speaker,
        outlets,
        doc,
    )
    log.debug("interview: %r answers for %r", speaker.text, organisation)
    # a turn the interviewer's label opens ("Challenges. Vous venez de racheter ..."), or
    # one that addresses the interviewee and speaks of no "je"/"nous" ("Vos concurrents
    # sont bien plus gros que vous…"), asks whether or not it ends in "?"
    asking = [
        t.question
        or (t.label is not None and match_key(t.label.text) in outlets)
        or (_says(doc, t, ADDRESSEE_WORDS) and not _says(doc, t, SPEAKER_WORDS | GROUP_WORDS))
        for t in turns
    ]
    answers = tuple(
        (t.start, t.end) for t, q in list(zip(turns, asking, strict=True))[first_turn:] if not q
    )
    asked = tuple(
        (t.start, t.end) for t, q in list(zip(turns, asking, strict=True))[first_turn:] if q
    )
    return Interview(speaker, organisation, answers, asked)


def _past_name(mentions: Mapping[int, Mention], turn: _Turn, person: Mention) -> int:
    """The first word of a turn after the name that opens it."""
    after = turn.start
    while after < turn.end and mentions.get(after) is person:
        after += 1
    return after


def _signature(doc: Doc, mentions: Mapping[int, Mention], turn: _Turn) -> Mention | None:
    """The person a signature paragraph presents (``X est directrice générale de Y.``,
    ``X, président de Y.``): a short paragraph opened by a person's name, then ``est`` or
    a comma, whose first sentence names an organisation and has no verb but ``être``, and
    which says no ``je``/``nous``."""
    table = words(doc)
    person = mentions.get(turn.start)
    if person is None or coarse(person.cls) != "Person" or turn.question:
        return None
    if turn.end - turn.start > _SIGNATURE_WORDS or _says(doc, turn, SPEAKER_WORDS | GROUP_WORDS):
        return None
    after = _past_name(mentions, turn, person)
    if after >= turn.end or table.lower[after] not in _SIGNATURE_LINKS:
        return None
    first = doc[turn.start].sent
    # it only presents them: "X, directeur de Y, prépare une levée de fonds" is news
    if any(token.pos_ == "VERB" for token in first):
        return None
    if not any(
        coarse(m.cls) == "Organization" and m.cls not in _NOT_SPOKEN_FOR
        for i, m in mentions.items()
        if max(first.start, turn.start) <= i < min(first.end, turn.end)
    ):
        return None
    return person


def find_signed_text(
    doc: Doc, mentions: Mapping[int, Mention], document_mentions: list[Mention] | None = None
) -> Interview | None:
    """The signed first-person text (an op-ed, a column) a parsed chunk is, or None.

    Its author writes ``je`` and ``nous`` in the paragraphs of the body (at least
    ``MIN_FIRST_PERSON`` of them say ``je`` outside quotation marks) and is presented by a
    signature paragraph just after the body (or just before it): ``X est directrice générale
    de Y.`` The author is the speaker, the organisation the signature names nearest to them
    the one ``nous`` speaks for. Paragraphs past the signature (``Vous souhaitez proposer
    une tribune ? Écrivez-nous.``) are the publisher's, not the author's.

    Args:
        doc: A parsed chunk.
        mentions: Token index → named mention (``doc._.kg_mentions``).
        document_mentions: The chunk's named mentions in order.

    Returns:
        The author as the speaker, their organisation and the body paragraphs as the
        answers (no questions), or None.
    """
    chunk = words(doc).chunk
    # (most chunks say no "je": their paragraphs are not read)
    if not any(form in chunk for form in (" je ", "Je ", " j'", "J'", " j’", "J’")):
        return None
    turns = _turns(doc, mentions)
    speaking = [n for n, t in enumerate(turns) if _says(doc, t, SPEAKER_WORDS)]
    if len(speaking) < MIN_FIRST_PERSON:
        return None
    first, last = speaking[0], speaking[-1]
    # the paragraph just after the body (or just before it) signs it
    for at in (last + 1, first - 1):
        if 0 <= at < len(turns):
            speaker = _signature(doc, mentions, turns[at])
            if speaker is not None:
                break
    else:
        return None
    if speaker is None:
        return None
    body = turns[first:at] if at > last else turns[at + 1 : last + 1]
    unique = list(dict.fromkeys(mentions.values()))
    organisation = _spoken_for(
        mentions,
        document_mentions if document_mentions is not None else unique,
        speaker,
        frozenset(),
        doc,
    )
    log.debug("signed text: %r writes for %r", speaker.text, organisation)
    return Interview(speaker, organisation, tuple((t.start, t.end) for t in body), ())


def _quoted_signature(doc: Doc, mentions: Mapping[int, Mention], turn: _Turn) -> Mention | None:
    """The person who signs a quoted letter: a paragraph of their name alone that closes
    the quotation (``Damien Roux »``)."""
    table = words(doc)
    person = mentions.get(turn.start)
    if person is None or coarse(person.cls) != "Person":
        return None
    after = _past_name(mentions, turn, person)
    rest = table.text[after : turn.end]
    closes = bool(rest) and rest[-1] in CLOSING_GUILLEMETS
    return person if closes and all(t in CLOSING_GUILLEMETS | {"."} for t in rest) else None


def _letter_organisation(
    doc: Doc, mentions: Mapping[int, Mention], signer: Mention
) -> Mention | None:
    """The organisation a letter's signer heads when the text presents them by a possessive
    role (``Le groupe X ferme deux usines. Son PDG, Y, l'annonce dans une note``): the
    organisation in the subject of the sentence before."""
    table = words(doc)
    key = match_key(signer.text)
    at = next((i for i, m in sorted(mentions.items()) if match_key(m.text) == key), None)
    if at is None or at < 3 or table.text[at - 1] != ",":
        return None
    k = at - 2
    while k > 0 and table.pos[k] in {"NOUN", "ADJ"}:
        k -= 1
    sent = doc[at].sent
    if table.lower[k] not in _POSSESSIVE_ROLES or k == at - 2 or sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    subject = next((t for t in before.root.children if t.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return next(
        (
            m
            for t in subject.subtree
            if (m := mentions.get(t.i)) is not None
            and coarse(m.cls) == "Organization"
            and m.cls not in _NOT_SPOKEN_FOR
        ),
        None,
    )


def find_quoted_letter(
    doc: Doc, mentions: Mapping[int, Mention], document_mentions: list[Mention] | None = None
) -> Interview | None:
    """The letter or memo a parsed chunk quotes whole, or None.

    A news text may quote an internal memo or an open letter in full: paragraphs opened by
    ``«`` (``« Chers collègues, ...``) and closed by a paragraph of the signer's name alone
    (``Damien Roux »``). Inside it ``je`` is the signer and ``nous``/``notre`` the
    organisation they head: the one in the subject of the sentence before the text presents
    them by a possessive role (``Le groupe X ... Son PDG, Damien Roux, annonce ...``), else
    the one named nearest their first mention (as for an op-ed).

    Args:
        doc: A parsed chunk.
        mentions: Token index → named mention (``doc._.kg_mentions``).
        document_mentions: The chunk's named mentions in order.

    Returns:
        The signer as the speaker, their organisation and the letter's paragraphs (past its
        opening quotation mark) as the answers, or None.
    """
    table = words(doc)
    # (most chunks quote no letter: their paragraphs are not read)
    if "«" not in table.chunk:
        return None
    turns = _turns(doc, mentions)
    for n, turn in enumerate(turns):
        signer = _quoted_signature(doc, mentions, turn)
        if signer is None:
            continue
        opening = next(
            (k for k in range(n - 1, -1, -1) if table.text[turns[k].start] in OPENING_GUILLEMETS),
            None,
        )
        if opening is None:
            continue
        # the letter's own quotation mark frames it: its words are read as unquoted
        body = [(turns[opening].start + 1, turns[opening].end)] + [
            (t.start, t.end) for t in turns[opening + 1 : n]
        ]
        letter = _Turn(body[0][0], body[-1][1], False, None, False)
        if not _says(doc, letter, SPEAKER_WORDS | GROUP_WORDS):
            continue
        unique = list(dict.fromkeys(mentions.values()))
        organisation = _letter_organisation(doc, mentions, signer) or _spoken_for(
            mentions,
            document_mentions if document_mentions is not None else unique,
            signer,
            frozenset(),
            doc,
        )
        log.debug("quoted letter: %r writes for %r", signer.text, organisation)
        return Interview(signer, organisation, tuple(body), ())
    return None


def find_corporate_text(
    doc: Doc, mentions: Mapping[int, Mention], document_mentions: list[Mention] | None = None
) -> Interview | None:
    """The text an organisation writes in its own name, or None.

    A letter to shareholders, a communiqué, a cooperative's subscription page says
    ``nous``, ``notre groupe``, ``nos usines`` for the organisation (in at least
    ``MIN_VOICED`` paragraphs, outside quotation marks: a newspaper speaks of its own
    readers and inquiries in one or two) and ``votre groupe``, ``votre capital`` to its
    owners of the same organisation. That organisation is the one the title names (the
    one the text names most, if the title names several); when the title names none, who
    ``nous`` is stays unknown and the text is not read so.

    Args:
        doc: A parsed chunk.
        mentions: Token index → named mention (``doc._.kg_mentions``).
        document_mentions: The chunk's named mentions in order.

    Returns:
        No speaker, the organisation and the body paragraphs as the answers, or None.
    """
    table = words(doc)
    # (most chunks say no "nous" outside quotations: their paragraphs are not read twice)
    if GROUP_WORDS.isdisjoint(table.lower):
        return None
    turns = _turns(doc, mentions)
    if sum(_says(doc, t, GROUP_WORDS) for t in turns) < MIN_VOICED:
        return None
    title = paragraphs(table.chunk)[0]
    offset = doc._.kg_offset
    in_title = {
        match_key(m.text)
        for i, m in mentions.items()
        if title.start <= table.idx[i] < title.end
        and coarse(m.cls) == "Organization"
        and m.cls not in _NOT_SPOKEN_FOR
    }
    if not in_title:
        return None
    named = document_mentions if document_mentions is not None else list(mentions.values())
    counts = Counter(match_key(m.text) for m in named if match_key(m.text) in in_title)
    key = max(sorted(in_title), key=lambda k: counts[k])
    organisation = next(
        (m for m in named if match_key(m.text) == key and m.start >= offset + title.end),
        None,
    ) or next(m for i, m in sorted(mentions.items()) if match_key(m.text) == key)
    log.debug("corporate text: nous is %r", organisation.text)
    body = tuple((t.start, t.end) for t in turns)
    staff = fold(organisation.text).split(" ", 1)[0] in _STAFF_BODIES
    return Interview(None, organisation, body, (), owners_addressed=True, staff_body=staff)


def _says(doc: Doc, turn: _Turn, forms: frozenset[str]) -> bool:
    """Whether a turn has one of the words outside quotation marks."""
    opened = 0
    for lower in words(doc).lower[turn.start : turn.end]:
        if lower in OPENING_GUILLEMETS:
            opened += 1
        elif lower in CLOSING_GUILLEMETS and opened:
            opened -= 1
        elif not opened and lower in forms:
            return True
    return False


def _verb_of(token: Token) -> Token:
    """The verb a pronoun or possessive belongs to (the head of its noun for a
    possessive), climbing through auxiliaries and infinitive complements."""
    head = token.head
    if token.dep_ == "det":
        head = head.head
    return head


def first_person_references(doc: Doc, interview: Interview) -> dict[int, Mention]:
    """Token index → the entity a first- or second-person word of a turn stands for.

    ``je``/``mon`` in an answer → the interviewee; ``nous``/``notre`` → their organisation
    (nothing for a verb of private life: ``nous vivons à Angers`` is the family);
    ``vous``/``votre`` in a question → the organisation too, or the interviewee for a verb
    of private life (``Vous êtes née à Parthenay ?``). Words inside quotation marks are left
    alone. Offsets are the referring words'.

    Args:
        doc: The parsed chunk of the interview.
        interview: What :func:`find_interview` found.

    Returns:
        Token index → the mention it refers to.
    """
    table = words(doc)
    found: dict[int, Mention] = {}
    private = _private_verbs()
    offset = doc._.kg_offset

    for ranges, asked in ((interview.answers, False), (interview.questions, True)):
        for start, end in ranges:
            opened = 0
            for i in range(start, end):
                lower = table.lower[i]
                if lower in OPENING_GUILLEMETS:
                    opened += 1
                    continue
                if lower in CLOSING_GUILLEMETS and opened:
                    opened -= 1
                    continue
                if opened:
                    continue
                token = doc[i] if lower in SPEAKER_WORDS | GROUP_WORDS | ADDRESSEE_WORDS else None
                if token is None:
                    continue
                verb = _verb_of(token)
                # ("nous vivons": the model lemmatises some forms of "vivre" as "voir")
                personal = fold(verb_lemma(verb)) in private
                target: Mention | None
                if lower in SPEAKER_WORDS and not asked:
                    target = interview.speaker
                elif lower in GROUP_WORDS and not asked:
                    owned = token.dep_ == "det" and interview.staff_body
                    target = None if personal or owned else interview.organisation
                elif lower in ADDRESSEE_WORDS and asked:
                    target = interview.speaker if personal else interview.organisation
                elif lower in ADDRESSEE_WORDS and interview.owners_addressed:
                    # "votre groupe", "votre capital": the owners' own organisation (not
                    # "votre confiance", "votre part sociale": theirs)
                    target = interview.organisation if _owned_in_common(token) else None
                else:
                    target = None
                if target is not None:
                    found[i] = reference(target, token, offset)
                    if _names_itself(token) and lower not in SPEAKER_WORDS:
                        # "notre groupe, membre de X", "votre groupe exploite": the noun
                        # names the organisation itself
                        found[token.head.i] = reference(target, token.head, offset)
    return found


def _owned_in_common(possessive: Token) -> bool:
    """Whether a second-person possessive is on a noun of an organisation or of its capital
    (``votre groupe``, ``votre coopérative``, ``votre capital``)."""
    return _names_itself(possessive) or (
        possessive.dep_ == "det" and fold(possessive.head.lemma_) in _CAPITAL_NOUNS
    )


def _names_itself(possessive: Token) -> bool:
    """Whether a possessive is on one noun that names its owner organisation itself
    (``notre groupe``, ``votre coopérative``), not
    another organisation it has (``nos concurrents``, ``notre filiale``: a role), nor one
    of its bodies (``notre conseil d'administration``), nor a medium."""
    if possessive.dep_ != "det" or possessive.lower_ in {"nos", "vos"}:
        return False
    noun = possessive.head
    cls = descriptions().class_of(noun.lemma_) or descriptions().class_of(noun.text)
    return (
        cls is not None
        and coarse(cls) == "Organization"
        and cls not in _NOT_SPOKEN_FOR
        and fold(noun.lemma_) not in roles()
        and fold(noun.text) not in roles()
    )
