"""spaCy side of kg: load the French model once and turn documents into parsed ``Doc`` chunks.

Two facts about ``fr_core_news_md`` shape this module (see the README's notes): its parser
glues paragraphs together across blank lines, and it treats a heading line as the start of
the next sentence. :func:`mark_structure` therefore sets sentence starts at every paragraph
and heading before the parser runs (the parser respects pre-set boundaries).

Long documents are cut at paragraph boundaries into chunks of at most ``MAX_CHUNK``
characters; each chunk records its offset in the document (``doc._.kg_offset``) so every
character span kg reports is an offset into the original document text.

Example:
    >>> paragraphs("Titre\\n\\nUne phrase. Une autre.")
    [Paragraph(start=0, end=5, heading=True), Paragraph(start=7, end=29, heading=False)]
"""

from __future__ import annotations

import functools
import gc
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import cast

import numpy
import spacy
from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from kg.errors import ExtractionError
from kg.lexicon import compounds, folded_word_list, notices
from kg.model import Document
from kg.text import fold

log = logging.getLogger(__name__)

DEFAULT_MODEL = "fr_core_news_md"
#: Characters per parsed chunk: spaCy needs ~3 GB per 1M characters, and ~100k keeps a
#: chunk's memory small while rarely cutting a news article at all.
MAX_CHUNK = 100_000
#: A heading is a short line with no final punctuation.
MAX_HEADING_CHARS = 120
_FINAL_PUNCT = '.!?…:;»")'
_BLANK = re.compile(r"\n[ \t]*\n\s*")

for _name, _default in (
    ("kg_doc_id", None),  # the Document's id
    ("kg_offset", 0),  # character offset of this chunk in the document
    ("kg_first_sentence", 0),  # index, in the document, of the chunk's first sentence
    ("kg_headings", ()),  # (start, end) character spans of heading lines, chunk-relative
    ("kg_mentions", ()),  # tuple[Mention, ...] found in the chunk, chunk-relative offsets
    ("kg_coref", None),  # dict: token index -> Mention of its antecedent
    ("kg_coref_group", None),  # dict: token index -> tuple of Mentions it refers to
    ("kg_surnames", None),  # frozenset: last words of the persons NER named in full
    ("kg_entry_topic", None),  # dict: token index of a timeline entry's verbless head -> topic
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of text between blank lines, or a single heading line."""

    start: int
    end: int
    heading: bool


def is_heading(line: str) -> bool:
    """Whether a line reads as a heading: short, several words or capitalised, no final stop.

    Example:
        >>> is_heading("Défis réglementaires et concurrence internationale")
        True
        >>> is_heading("OpenAI ouvre un bureau à Paris.")
        False
    """
    line = line.strip()
    return (
        0 < len(line) <= MAX_HEADING_CHARS
        and line[-1] not in _FINAL_PUNCT
        and (line[0].isupper() or line[0].isdigit())
    )


def paragraphs(text: str) -> list[Paragraph]:
    """Split text into paragraphs (blank-line separated) and single-line headings."""
    return list(_paragraphs(text))


@functools.lru_cache(maxsize=8)
def _paragraphs(text: str) -> tuple[Paragraph, ...]:
    # Cached: mention detection, coreference (briefs, timelines) and the extractors split
    # the same chunk's text again and again.
    result: list[Paragraph] = []
    position = 0
    for block in _BLANK.split(text):
        start = text.index(block, position) if block else position
        position = start + len(block)
        line_start = start
        for line in block.split("\n"):
            stripped = line.strip()
            if not stripped:
                line_start += len(line) + 1
                continue
            lead = line_start + len(line) - len(line.lstrip())
            end = lead + len(stripped)
            heading = is_heading(stripped) and "\n" not in block.strip()
            if result and not result[-1].heading and not heading and result[-1].end >= start:
                # a line of the same paragraph: extend it
                result[-1] = Paragraph(result[-1].start, end, False)
            else:
                result.append(Paragraph(lead, end, heading))
            line_start += len(line) + 1
    return tuple(result)


#: A brief's label opening its paragraph: a number (``2.``; a year opens a timeline's
#: entry, which is no brief), or a name of at most five capitalised words (particles and
#: ``&`` between them), then a full stop or a colon and the item's first capitalised word:
#: ``SAINT-MALO. Le chantier``, ``Kelvo. Paul Roy est``; or a heading of at most four words
#: before a colon and a name (``Prix du public : Kelvo``), or a rank (``1er prix : la
#: société Kelvo``).
_ITEM_LABEL = re.compile(
    r"(?:\d{1,2}[.)]"
    r"|(?:[A-ZÀ-Ý][\w'’&+-]*|d[eu]|des|la|le|les|et|&|[dl][’'][A-ZÀ-Ý][\w’'-]*)"
    r"(?: (?:[A-ZÀ-Ý0-9][\w'’&+-]*|d[eu]|des|la|le|les|et|&|[dl][’'][A-ZÀ-Ý][\w’'-]*)){0,4}"
    r"[.:])\s+[«\"A-ZÀ-Ý0-9]"
    r"|[A-ZÀ-Ý][\w'’-]*(?: [\w'’-]+){0,3} ?:\s+(?:(?:la|le|les) |l['’])?[«\"A-ZÀ-Ý0-9]"
    r"|\d{1,2}(?:er|re|e|ème|nd|nde)(?: [\w'’-]+){0,3} ?:\s+\S"
)
#: Labelled paragraphs that make a text a roundup of briefs, at least.
MIN_ITEMS = 3


def items(text: str) -> list[int]:
    """Where each brief of a roundup or digest starts: the paragraphs opened by a label
    (a place in capitals, a company's name, a number) when at least ``MIN_ITEMS`` are, the
    briefs of a digest of headed briefs (:func:`_headed`), the notices of a page of legal
    notices (:func:`_notices`) or the claims of a fact-check (:func:`_claims`). Each brief
    speaks of its own label: a description in it never means another brief's entity. Any
    other text has none.

    Example:
        >>> text = "Titre\\n\\nBREST. Un fait.\\n\\nLORIENT. Un autre.\\n\\n3. Kelvo recrute."
        >>> items(text)
        [7, 24, 44]
        >>> items("T\\n\\n1er prix : la Kelvo. A.\\n\\n2e prix : Orval. B.\\n\\n3e prix : Nubo.")
        [3, 28, 49]
        >>> items("Kelvo recrute. Paul Roy arrive.\\n\\nLa suite. Encore.")
        []
    """
    return _labelled(text, _ITEM_LABEL) or _headed(text) or _notices(text) or _claims(text)


def _headed(text: str) -> list[int]:
    """Where each brief of a digest of headed briefs starts: its heading line, when right
    after the text's title, headings and single paragraphs alternate (``Kelvo s'installe à
    Brest``, then its one paragraph, whose ``la société`` is Kelvo), at least ``MIN_ITEMS``
    times; otherwise none (an article opens on a lede, and its sections may run longer).

    Example:
        >>> brief = "\\n\\nKelvo recrute\\n\\nLa société embauche."
        >>> len(_headed("Titre" + brief * 3))
        3
        >>> _headed("Titre" + brief * 3 + "\\n\\nElle grandit.")
        []
    """
    body = paragraphs(text)
    if body and body[0].heading:
        body = body[1:]  # the title
    # (a digest opens on its first brief; an article opens on its lede, then its sections)
    alternate = len(body) % 2 == 0 and all(p.heading == (k % 2 == 0) for k, p in enumerate(body))
    starts = [p.start for p in body if p.heading]
    return starts if alternate and len(starts) >= MIN_ITEMS else []


#: A legal notice's kind, a line of its own in capitals opening its paragraph
#: (``CONSTITUTION``, ``CESSION DE FONDS``).
_NOTICE_KIND = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{3,}\n")
#: Notices that hold a word of the legal register, at least, on a page of notices.
MIN_NOTICES = 2


def _notices(text: str) -> list[int]:
    """Where each notice of a page of legal notices starts: the paragraphs opened by a line
    in capitals naming the notice's kind, when at least ``MIN_NOTICES`` of them hold a word
    of the legal register (``RCS``, ``Dénomination``, ``suivant acte``: notices.json).
    Each notice is a company's own: nothing said in one is about the next one's.

    Example:
        >>> page = "CONSTITUTION\\nDénomination : Kelvo. RCS de Brest.\\n\\nCESSION\\nSuivant acte"
        >>> _notices(page)
        [0, 50]
        >>> _notices("LE CONTEXTE\\nKelvo recrute.\\n\\nL'AVENIR\\nKelvo grandit.")
        []
    """
    if "\n" not in text:
        return []
    markers = notices().markers
    opened = [
        paragraph
        for paragraph in paragraphs(text)
        if not paragraph.heading and _NOTICE_KIND.match(text, paragraph.start, paragraph.end)
    ]
    legal = [p for p in opened if any(m in fold(text[p.start : p.end]) for m in markers)]
    return [p.start for p in opened] if len(legal) >= MIN_NOTICES else []


#: A fact-check's claim opening its paragraph, then its verdict in capitals (``« X rachète
#: Y. » FAUX.``).
_CLAIM = re.compile(r"[«“][^»”\n]{3,300}[»”]\s+([A-ZÀ-Ý][A-ZÀ-Ý'’ ]*[A-ZÀ-Ý])\b")


def _claims(text: str) -> list[int]:
    """Where each checked claim of a fact-check starts: the paragraphs opened by a quoted
    claim and its verdict in capitals (``verdict_words`` of words.json), when at least
    ``MIN_ITEMS`` are. Each speaks of what its claim names.

    Example:
        >>> page = "« A. » VRAI. Oui.\\n\\n« B. » FAUX. Non.\\n\\n« C. » PLUTÔT FAUX. Peu."
        >>> _claims(page)
        [0, 19, 38]
    """
    if "«" not in text and "“" not in text:
        return []
    verdicts = folded_word_list("verdict_words")
    starts = []
    for paragraph in paragraphs(text):
        claim = _CLAIM.match(text, paragraph.start, paragraph.end)
        if claim is not None and fold(claim.group(1)) in verdicts:
            starts.append(paragraph.start)
    return starts if len(starts) >= MIN_ITEMS else []


#: A dated timeline's entry label: a year, then a full stop or a colon (``2024. Inauguration
#: d'une usine à Cracovie``).
_YEAR_LABEL = re.compile(r"(?:19|20)\d\d[.:]\s+[«\"A-ZÀ-Ý]")


def timeline(text: str) -> list[int]:
    """Where each entry of a dated timeline starts: the paragraphs opened by a year label,
    when at least ``MIN_ITEMS`` are. An entry often has no subject (``Inauguration d'une usine
    à Cracovie``): it is the text's topic's. Any other text has none.

    Example:
        >>> timeline("Kelvo\\n\\n2019. Création.\\n\\n2021. Levée.\\n\\n2024. Rachat.")
        [7, 24, 38]
        >>> timeline("En 2019, Kelvo a été créée.")
        []
    """
    return _labelled(text, _YEAR_LABEL)


def _labelled(text: str, label: re.Pattern[str]) -> list[int]:
    """The start of each paragraph (no heading) the label opens, when at least
    ``MIN_ITEMS`` are; otherwise none."""
    starts = [
        paragraph.start
        for paragraph in paragraphs(text)
        if not paragraph.heading and label.match(text, paragraph.start, paragraph.end)
    ]
    return starts if len(starts) >= MIN_ITEMS else []


#: What a sentence may end with (closing quotes and brackets after the full stop included).
#: Values of spaCy's SENT_START attribute (``Token.is_sent_start`` True and False).
_START, _NOT_START = 1, -1
_SENTENCE_END = (".", "!", "?", "…", ":", ";", "»", '"', "”", ")", "]")


def _may_follow_sentence_end(text: str, whitespace: str) -> bool:
    """Whether a token (its text and trailing white space) may end a sentence."""
    return text.endswith(_SENTENCE_END) or "\n" in text or "\n" in whitespace


#: Strings by spaCy hash (or symbol id). A plain dict costs a third of asking the
#: ``StringStore`` for every word of every chunk; a hash names the same string in every
#: store (it is the string's digest), so one dict serves all. It holds each distinct word
#: once, as the store itself does.
_STRINGS: dict[int, str] = {}


def token_strings(strings: StringStore, keys: list[int]) -> tuple[str, ...]:
    """The strings of hashes read with ``Doc.to_array`` (``ORTH``, ``LEMMA``, ``POS``...).

    Example:
        >>> doc = spacy.blank("fr")("Une phrase.")
        >>> token_strings(doc.vocab.strings, doc.to_array(ORTH).tolist())
        ('Une', 'phrase', '.')
    """
    try:
        return tuple(map(_STRINGS.__getitem__, keys))
    except KeyError:
        for key in keys:
            if key not in _STRINGS:
                # the stub types __getitem__ for both directions at once
                _STRINGS[key] = cast(str, strings[key])
        return tuple(map(_STRINGS.__getitem__, keys))


#: Dashes that set a dateline or a caption's counter off from its paragraph's text.
_PREFIX_DASHES = frozenset({"–", "—", "-"})
#: Words a paragraph's prefix may hold before its dash, at most.
_PREFIX_REACH = 10
_COUNTER = re.compile(r"\d{1,3}/\d{1,3}")


def _after_prefixes(texts: tuple[str, ...], offsets: list[int], starts: set[int]) -> set[int]:
    """The first word after a paragraph's prefix: a dateline (``Paris, 6 nov (AFP) -``,
    ``PARIS -``) or a caption's counter (``2/8 –``) set off by a dash, then a capitalised
    word. The text after it is a sentence of its own: a participle or a name opening it
    opens the sentence (``2/8 – Fondée en 1921 par X, la manufacture ...``).

    Example:
        >>> words = ("2/8", "–", "Fondée", "en", "1921")
        >>> _after_prefixes(words, [0, 4, 6, 13, 16], {0})
        {2}
    """
    found = set()
    for i, offset in enumerate(offsets):
        if offset not in starts:
            continue
        for j in range(i + 1, min(i + _PREFIX_REACH, len(texts) - 1)):
            if texts[j] not in _PREFIX_DASHES:
                continue
            before, after = texts[j - 1], texts[j + 1]
            if after[:1].isupper() and (
                before == ")"
                or _COUNTER.fullmatch(before)
                or (len(before) > 1 and before.isupper())
            ):
                found.add(j + 1)
            break
    return found


@Language.component("kg_structure")
def mark_structure(doc: Doc) -> Doc:
    """Set a sentence start at each paragraph and heading, and after a paragraph's prefix
    set off by a dash (:func:`_after_prefixes`); remember heading spans."""
    # Token attributes read as columns: a Token object per word (and doc.text, which
    # builds them all again to join them) was most of this component's time.
    array = doc.to_array([ORTH, SPACY, IS_SPACE, IDX, SENT_START])
    texts = token_strings(doc.vocab.strings, array[:, 0].tolist())
    whitespace = [" " if flag == 1 else "" for flag in array[:, 1].tolist()]
    is_space = (array[:, 2] == 1).tolist()
    offsets = array[:, 3].tolist()
    text = "".join([w + after for w, after in zip(texts, whitespace, strict=True)])
    spans = paragraphs(text)
    starts = {p.start for p in spans}
    # The values are decided here and written once: spaCy's is_sent_start setter checks the
    # whole document for a parse at every call, which made this loop quadratic.
    sent_starts = array[:, 4].astype(numpy.int64)
    size = len(texts)
    prefixed = _after_prefixes(texts, offsets, starts)
    for i in range(size):
        if i in prefixed:
            sent_starts[i] = _START
            continue
        if i > 0 and not _may_follow_sentence_end(texts[i - 1], whitespace[i - 1]):
            # the parser ends sentences inside a clause ("Peugeot et Citroën | ont scellé"):
            # a sentence starts only after final punctuation or a line break
            sent_starts[i] = _NOT_START
        if is_space[i] and i > 0:
            # white space between paragraphs stays with the sentence before it, so no
            # sentence is only white space
            sent_starts[i] = _NOT_START
        elif i == 0 or offsets[i] in starts:
            sent_starts[i] = _START
            if i + 1 < size and not is_space[i + 1]:
                # after a heading the parser cuts the next paragraph's first word off as a
                # sentence of its own ("Titre\n\nSafran | rachète Zodiac"): no sentence
                # ends after one word of a paragraph
                sent_starts[i + 1] = _NOT_START
    # spaCy's stub asks for a 2-D array; from_array reshapes a single 1-D column itself
    doc.from_array([SENT_START], sent_starts.astype(numpy.uint64))  # type: ignore[arg-type]
    doc._.kg_headings = tuple((p.start, p.end) for p in spans if p.heading)
    return doc


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline once per process, with kg's structure component added.

    Raises:
        ExtractionError: If the model package is not installed.
    """
    # one cache key per model, however the caller names the default
    return _load_model(name)


@functools.cache
def _load_model(name: str) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ExtractionError(
            f"spaCy model {name!r} is not installed; `make demo` installs fr_core_news_md"
        ) from err
    nlp.add_pipe("kg_structure", first=True)
    # spacy.load builds the rule-based Tokenizer; the Language stub only knows a callable
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    for word in compounds():
        tokenizer.add_special_case(word, [{ORTH: word}])
    index_lemmas(nlp)
    log.info("loaded spaCy model %s %s", name, nlp.meta.get("version"))
    # The model's objects live as long as the process: out of the collector's reach, full
    # collections stop walking them again every few thousand documents (-0.2 s CPU, half
    # the collector's time, on 300 documents).
    gc.freeze()
    return nlp


def index_lemmas(nlp: Language) -> None:
    """Turn the rule lemmatizer's word lists into sets: the same lemmas, found by hashing.

    ``fr_core_news_md``'s ``lemma_index`` table keeps the known words of each part of
    speech as a list (up to 66,000 words), which spaCy's French lemmatizer scans for each
    word form it has not met yet, and again for each lemma its suffix rules propose: half
    a millisecond per new form, a tenth of the whole model's time on 300 news documents.
    The lemmatizer only asks whether a word is in the list, which a set answers the same.

    Example:
        >>> nlp = spacy.blank("fr")
        >>> index_lemmas(nlp)  # no lemmatizer: nothing to do
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for part_of_speech, known in list(table.items()):
        table[part_of_speech] = frozenset(known)


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of a document small enough for spaCy, with its offset."""

    doc_id: str
    text: str
    offset: int


#: Where a long text may be cut, best first: after a blank line, after a sentence end,
#: after a line break, after any white space. Each cut lands after the white space, so the
#: next chunk starts on text.
_CUTS = (
    re.compile(r"\n[ \t]*\n\s*"),
    re.compile(r"[.!?…]+[\"»”’)\]]*\s+"),  # closing quotes of French text
    re.compile(r"\n\s*"),
    re.compile(r"\s+"),
)
_LEADING_SPACE = re.compile(r"\s*")


def _cut(text: str, start: int, end: int) -> int:
    """The best cut in ``text[start:end]``, preferring the later half so chunks stay big."""
    for low in (start + (end - start) // 2, start + 1):
        for pattern in _CUTS:
            cut = max((m.end() for m in pattern.finditer(text, low, end)), default=start)
            if cut > start:
                return cut
    # no white space at all: a hard cut, but not between a letter and its combining mark
    while end - 1 > start and unicodedata.combining(text[end]):
        end -= 1
    return end


def chunks(document: Document, max_chars: int = MAX_CHUNK) -> Iterator[Chunk]:
    """Cut a document into chunks of at most ``max_chars`` characters, at natural breaks.

    A chunk ends after a blank line if one falls in the second half of the window, else
    after a sentence end, a line break or a space; a text with no space at all is cut
    hard. White space between chunks belongs to the chunk before it, so each chunk starts
    on text, and ``Chunk.offset`` is where it starts in ``document.text``.

    Raises:
        ValueError: If ``max_chars`` is not positive.

    Example:
        >>> doc = Document("d", "Un. Deux.\\n\\nTrois.")
        >>> [(c.offset, c.text) for c in chunks(doc, max_chars=12)]
        [(0, 'Un. Deux.\\n\\n'), (11, 'Trois.')]
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be positive, not {max_chars!r}")
    text = document.text
    start = _LEADING_SPACE.match(text).end()  # type: ignore[union-attr]
    while start < len(text):
        end = start + max_chars
        end = _cut(text, start, end) if end < len(text) else len(text)
        yield Chunk(document.id, text[start:end], start)
        start = _LEADING_SPACE.match(text, end).end()  # type: ignore[union-attr]


def parse(
    documents: Iterable[Document], nlp: Language, *, batch_size: int = 32
) -> Iterator[tuple[Document, list[Doc]]]:
    """Parse documents with ``nlp.pipe``, yielding each document with its parsed chunks.

    Chunks of one document are yielded together, in order, with ``kg_offset`` and
    ``kg_first_sentence`` set so offsets and sentence indexes are document-wide.
    """

    def stream() -> Iterator[tuple[str, tuple[Document, Chunk, bool]]]:
        for document in documents:
            pieces = list(chunks(document))
            for i, piece in enumerate(pieces):
                yield piece.text, (document, piece, i == len(pieces) - 1)

    current: list[Doc] = []
    sentences = 0
    for doc, (document, piece, last) in nlp.pipe(stream(), as_tuples=True, batch_size=batch_size):
        doc._.kg_doc_id = document.id
        doc._.kg_offset = piece.offset
        doc._.kg_first_sentence = sentences
        sentences += sum(1 for _ in doc.sents)
        current.append(doc)
        if last:
            yield document, current
            current, sentences = [], 0
