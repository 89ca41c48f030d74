"""Reading sources into :class:`~kg.model.Document` values: text files, folders, JSONL.

A ``.txt`` file may start with a metadata line ``date YYYY-MM[-DD]``; it becomes
``Document.date`` and is never analysed as text. Text is decoded strictly as UTF-8 and
cleaned by :func:`clean_text` (NFC, no control or zero-width characters) because such
characters split or pollute entity names.

Example:
    >>> doc = parse_text("date 2024-10\\nOpenAI ouvre un bureau à Paris.", "a1")
    >>> doc.date, doc.text
    ('2024-10', 'OpenAI ouvre un bureau à Paris.')
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.model import Document

log = logging.getLogger(__name__)

# The header may stand alone on the first line or run into the first paragraph.
_DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[ \t]*\n|[ \t]+|$)")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
#: Line and paragraph structure survives cleaning; every other control character goes.
_KEEP_CONTROLS = frozenset("\n\t")
_CRLF = re.compile(r"\r\n?")
_ID = re.compile(r"[^\w.-]+")

#: Where ``kg build`` with no input finds the bundled sample article.
SAMPLE = Path(__file__).parent / "data" / "sample" / "openai_paris_fr.txt"


def clean_text(text: str) -> str:
    """Normalise text for analysis: NFC, Unix newlines, no control/zero-width characters.

    Example:
        >>> clean_text("Open\\u200bAI\\r\\nParis\\x00")
        'OpenAI\\nParis'
    """
    text = _CRLF.sub("\n", unicodedata.normalize("NFC", text))
    return "".join(
        ch
        for ch in text
        if ch in _KEEP_CONTROLS
        or unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co"}
    )


def doc_id_from(name: str) -> str:
    """A stable, readable document id from a file name or free text.

    Example:
        >>> doc_id_from("Mon article (1)")
        'Mon_article_1'
    """
    ident = _ID.sub("_", clean_text(name)).strip("_")
    if not ident:
        raise InputError(f"cannot make a document id from {name!r}")
    return ident


def parse_text(
    text: str, doc_id: str, *, source: str | None = None, **meta: str | None
) -> Document:
    """Make a :class:`Document` from raw text, reading the optional ``date`` header line.

    Raises:
        InputError: If nothing but white space is left once cleaned.
    """
    text = clean_text(text.removeprefix("\ufeff"))
    header = _DATE_HEADER.match(text)
    date = meta.pop("date", None)
    if header:
        date = date or header.group(1)
        text = text[header.end() :]
    if not text.strip():
        raise InputError(f"{source or doc_id!r} has no text to analyse")
    if date is not None and not _DATE.match(str(date)):
        raise InputError(f"{source or doc_id!r}: date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return Document(id=doc_id, text=text, date=date, source=source, **meta)


def read_text_file(path: Path, *, encoding: str = "utf-8") -> Document:
    """Read one text file; its stem is the document id.

    Raises:
        InputError: If the file is missing, not text, or not decodable.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError as err:
        raise InputError(f"no such file: {str(path)!r}") from err
    except OSError as err:
        raise InputError(f"cannot read {str(path)!r}: {err.strerror}") from err
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{str(path)!r} looks binary (NUL bytes), not text")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(
            f"{str(path)!r} is not valid {encoding} (byte {err.start}); "
            "pass --encoding (e.g. --encoding cp1252) if you know its encoding"
        ) from err
    return parse_text(text, doc_id_from(path.stem), source=str(path))


def read_jsonl(path: Path, *, skip_bad: bool = False) -> Iterator[Document]:
    """Read a JSONL corpus: one object a line with ``id``, ``text``, optional ``date``,
    ``url``, ``title``.

    Raises:
        InputError: On a malformed line (its number is in the message) unless ``skip_bad``.
    """
    try:
        handle = path.open(encoding="utf-8")
    except OSError as err:
        raise InputError(f"cannot read {str(path)!r}: {err.strerror}") from err
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise InputError("a line must be a JSON object")
                text = record.get("text")
                if not isinstance(text, str):
                    raise InputError("missing string field 'text'")
                ident = doc_id_from(str(record.get("id") or f"{path.stem}-{number}"))
                yield parse_text(
                    text,
                    ident,
                    source=f"{path}:{number}",
                    date=record.get("date"),
                    title=record.get("title"),
                    url=record.get("url"),
                )
            except (json.JSONDecodeError, InputError) as err:
                message = f"{str(path)!r} line {number}: {err}"
                if not skip_bad:
                    raise InputError(message) from err
                log.warning("skipped %s", message)


def read_documents(
    inputs: Iterable[str | Path], *, encoding: str = "utf-8", skip_bad: bool = False
) -> Iterator[Document]:
    """Yield the documents of every input: ``.txt`` files, folders of them, ``.jsonl`` corpora.

    Raises:
        InputError: On a missing path, an empty folder, or an unreadable document.
    """
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            jsonls = sorted(p for p in path.rglob("*.jsonl") if p.is_file())
            if not files and not jsonls:
                raise InputError(f"folder {str(path)!r} holds no .txt or .jsonl files")
            for file in files:
                yield read_text_file(file, encoding=encoding)
            for file in jsonls:
                yield from read_jsonl(file, skip_bad=skip_bad)
        elif path.suffix == ".jsonl":
            yield from read_jsonl(path, skip_bad=skip_bad)
        elif path.exists() or path.suffix:
            yield read_text_file(path, encoding=encoding)
        else:
            raise InputError(f"no such file or folder: {str(path)!r}")
