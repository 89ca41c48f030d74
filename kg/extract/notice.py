"""Legal notices made of labelled fields: ``Dénomination : X. Siège social : 12, rue Y,
Z. Gérance : W.`` → ``basedIn(X, Z)``, ``leaderOf(W, X)``.

A notice of the legal press (``annonces légales``) states its company once, in its name
field, and every other field of the paragraph is that company's: the seat, the manager,
the chair, the partners. Nothing in it says so in a sentence the verb frames could read,
and nothing of one notice is the next one's (each paragraph is read alone). The labels and
what each says are data (``ontology/lexicon/notices.json``).

A field's value is read on the surface: the name field's whole value is the company's name
(a name NER split or left out is taken whole); a seat is the last part of its address
(``7, chemin du Moulin, 56500 Locminé`` → ``Locminé``); a person or a partner is the first
part of the value (``W, expert-comptable, demeurant à T``), a name NER found whole and of
a class the field allows. A value that is none of these yields nothing.

Example:
    >>> NoticeExtractor().name
    'kg.notice.v1'
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Iterator

from spacy.tokens import Doc

from kg.entities.mentions import UNTYPED, coarse
from kg.extract.base import Arg, pairs
from kg.grammar import mention_at, words
from kg.lexicon import NoticeField, notices
from kg.model import Mention, Triple
from kg.nlp import paragraphs
from kg.text import fold

#: A field's value is what the notice says in so many words; its reading (which value is
#: the name, where an address ends) is the format's, not the text's.
CONFIDENCE = 0.85
#: A field's label, opening the paragraph, a line or a sentence: one to four words, then a
#: colon (``Siège social :``, ``Gérance :``).
_LABEL = re.compile(r"(?:^|(?<=\n)|(?<=\. ))([A-ZÀ-Ý][^\W\d_]*(?:[ '’-][^\W\d_]+){0,3}) ?: ")
#: The end of a sentence inside a value: a full stop before a capital.
_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZÀ-Ý])")
#: Words that open a value before its name (``la société X``, ``M. Y``), folded.
_OPENERS = re.compile(r"^(?:(?:la |le |l'|l’)?(?:societe |sarl |sas )?|(?:m\.|mme|me|maitre) )")
#: The postcode before a town (``56500 Locminé``).
_POSTCODE = re.compile(r"\d{4,5}\s+")
#: Words of a name field's value at most: longer, it is a sentence, not a name.
_MAX_NAME_WORDS = 8


@dataclasses.dataclass(frozen=True, slots=True)
class _Field:
    label: str  # folded
    start: int  # chunk offset of the value
    end: int  # chunk offset past the value (its final stop left out)


def _fields(text: str, start: int, end: int) -> list[_Field]:
    """The labelled fields of a paragraph, in order; each value runs to the next label or
    the end of its sentence (``Gérance : Y. Durée : 99 ans.``)."""
    found = list(_LABEL.finditer(text, start, end))
    fields = []
    for n, match in enumerate(found):
        stop = found[n + 1].start() if n + 1 < len(found) else end
        full_stop = _SENTENCE_END.search(text, match.end(), stop)
        stop = full_stop.start() if full_stop else stop
        value = text[match.end() : stop].rstrip().rstrip(".")
        fields.append(_Field(fold(match.group(1)), match.end(), match.end() + len(value)))
    return fields


class NoticeExtractor:
    """Facts of the labelled fields of legal notices."""

    name = "kg.notice.v1"

    def extract(self, doc: Doc) -> Iterator[Triple]:
        """Yield each field's fact about the company its paragraph's name field names."""
        table = words(doc)
        text = table.chunk
        lexicon = notices()
        # (most chunks hold no field label at all)
        if not any(f"{label} :" in fold(text) for label in lexicon.name_fields):
            return
        for paragraph in paragraphs(text):
            fields = _fields(text, paragraph.start, paragraph.end)
            named = next((f for f in fields if f.label in lexicon.name_fields), None)
            company = _company(doc, named) if named is not None else None
            if company is None:
                continue
            for field in fields:
                spec = lexicon.fields.get(field.label)
                value = _value(doc, field, spec) if spec is not None else None
                if spec is None or value is None:
                    continue
                cue = doc[_token_at(doc, field.start)]
                agent, theme = (company, value) if spec.company_is_subject else (value, company)
                yield from pairs(
                    self.name, CONFIDENCE, [agent], spec.relation, [theme], cue, clause=False
                )


def _token_at(doc: Doc, char: int) -> int:
    """The index of the token that starts at (or covers) a chunk offset."""
    starts = words(doc).idx
    i = bisect_left(starts, char)
    return i if i < len(starts) and starts[i] == char else max(i - 1, 0)


def _span_mention(doc: Doc, start: int, end: int) -> Mention | None:
    """The mention NER found exactly over chunk offsets ``start``–``end``, if any."""
    table = words(doc)
    first = _token_at(doc, start)
    mention = mention_at(doc[first])
    if mention is None or table.idx[first] != start:
        return None
    last = first
    while last + 1 < len(doc) and mention_at(doc[last + 1]) is mention:
        last += 1
    return mention if table.idx[last] + len(table.text[last]) == end else None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of a part of a value past its opening words (``la société``, ``M.``)."""
    opener = _OPENERS.match(fold(text[start:end]))
    return (start + (len(opener.group(0)) if opener else 0), end)


def _company(doc: Doc, field: _Field) -> Arg | None:
    """The company a name field names: the organisation NER found over its whole value, or
    a mention made of the value (a name NER split, missed or typed otherwise) when it reads
    as a name."""
    text = words(doc).chunk
    start, end = _trimmed(text, field.start, field.end)
    value = text[start:end]
    if not value or not value[0].isupper() or len(value.split()) > _MAX_NAME_WORDS:
        return None
    found = _span_mention(doc, start, end)
    # (the field types the name: NER often calls an unknown firm's name a person's)
    if found is None or coarse(found.cls) != "Organization":
        offset = doc._.kg_offset
        found = Mention(value, "Company", start + offset, end + offset)
    return Arg(found)


def _value(doc: Doc, field: _Field, spec: NoticeField) -> Arg | None:
    """The entity a field's value names, of a class the field allows."""
    text = words(doc).chunk
    parts = text[field.start : field.end].split(",")
    if "Place" in spec.value:
        # the town ends the address: "7, chemin du Moulin, 56500 Locminé"
        last = parts[-1]
        start = field.end - len(last) + (len(last) - len(last.lstrip()))
        postcode = _POSTCODE.match(text, start, field.end)
        start = postcode.end() if postcode else start
        found = _span_mention(doc, start, field.end)
        if found is None or coarse(found.cls) not in {"Place", UNTYPED}:
            return None
        return Arg(found if found.cls != UNTYPED else dataclasses.replace(found, cls="City"))
    start, end = _trimmed(text, field.start, field.start + len(parts[0].rstrip()))
    found = _span_mention(doc, start, end)
    if found is None or coarse(found.cls) not in spec.value:
        return None
    return Arg(found)
