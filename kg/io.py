"""Reading sources into :class:`~kg.model.Document` values: text files, folders, JSONL.

Input is untrusted text from the web, so reading is where it is made safe to analyse:

* Bytes are decoded strictly (UTF-8 unless ``encoding`` says otherwise; a byte-order mark
  wins). A file that does not decode is refused with a hint to pass ``--encoding``; a
  binary file (an image, a PDF, an archive) is refused as such.
* :func:`clean_text` normalises to NFC, unifies line breaks and removes control,
  zero-width and other invisible format characters, which split or pollute entity names.
* HTML given as text is converted by :func:`strip_markup` (tags dropped, ``<script>`` and
  ``<style>`` bodies dropped, entities decoded), so no tag ever reaches an entity name.
* Text that does not look French gets a warning (:func:`language_warning`) and is then
  analysed all the same.

Character offsets that kg reports are offsets into this cleaned text, ``Document.text``.

A ``.txt`` file may start with a metadata line ``date YYYY-MM[-DD]``; it becomes
``Document.date`` and is never analysed as text.

Example:
    >>> doc = parse_text("date 2024-10\\nOpenAI ouvre un bureau à Paris.", "a1")
    >>> doc.date, doc.text
    ('2024-10', 'OpenAI ouvre un bureau à Paris.')
"""

from __future__ import annotations

import codecs
import datetime
import functools
import html
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import InputError
from kg.model import Document

log = logging.getLogger(__name__)

# The header may stand alone on the first line or run into the first paragraph.
_DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[ \t]*\n|[ \t]+|$)")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
#: Line and paragraph structure survives cleaning; every other control character goes.
_KEEP_CONTROLS = frozenset("\n\t")
# Cc (controls), Cf (format: zero-width, soft hyphen, bidi marks, BOM), Cs (lone
# surrogates, which no file format can hold) and Co (private use).
_DROP_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co"})
# Every line-break convention becomes "\n" before the controls go, so lines survive.
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028]")
_PARAGRAPH_SEPARATOR = "\u2029"
# Terminal colour and cursor codes (text copied from a console): ESC [ parameters letter.
_ANSI_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
_ID = re.compile(r"[^\w.-]+")

#: Where ``kg build`` with no input finds the bundled sample article.
SAMPLE = Path(__file__).parent / "data" / "sample" / "openai_paris_fr.txt"
#: Suffixes of the files read from a folder (compared in lower case).
TEXT_SUFFIXES = frozenset({".txt"})
JSONL_SUFFIXES = frozenset({".jsonl"})

#: Leading bytes of common binary formats, to name what was given instead of text.
MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
)
#: Byte-order marks: an explicit declaration of the encoding, trusted over the default.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Above this share of control characters a file is binary, not text with stray controls
#: (judged on files of at least ``_MIN_JUDGED_BYTES``: in a few bytes one NUL is no proof).
BINARY_CONTROL_SHARE = 0.1
_MIN_JUDGED_BYTES = 64
_SNIFF_BYTES = 8192

# HTML: tag names whose presence makes a text HTML, those that end a paragraph or a line,
# and those whose content is not text.
_HTML_TAG_NAMES = (
    "html|head|body|title|meta|link|script|style|noscript|template|iframe|object|embed|svg|"
    "p|div|span|a|br|hr|img|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|blockquote|"
    "pre|code|b|i|u|em|strong|small|sup|sub|article|section|header|footer|nav|main|aside|"
    "figure|figcaption|time|form|input|button|label|select|option|textarea"
)
# A tag must close within a bounded length, so a stray "<a" never swallows the text after it.
_HTML_TAG = re.compile(
    rf"<(?:!doctype\b|!--|/?(?:{_HTML_TAG_NAMES})(?=[\s/>]))[^<>]{{0,2000}}>", re.IGNORECASE
)
_HTML_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_HTML_BLOCKS = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "blockquote",
        "pre",
        "article",
        "section",
        "header",
        "footer",
        "nav",
        "main",
        "aside",
        "figure",
        "figcaption",
        "title",
        "form",
        "hr",
    }
)
_HTML_SKIP = frozenset(
    {"script", "style", "noscript", "template", "iframe", "object", "svg", "head"}
)
_HTML_SPACE = re.compile(r"[ \t\n]+")
_SPACES = re.compile(r"[ \t]{2,}")
# Control characters other than the white-space ones (tab, line feed, carriage return,
# form feed) and ESC, which terminal logs carry.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_CONTROL_BYTE = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")

#: French function words, one a line (``data/french-function-words.txt``).
FUNCTION_WORDS = Path(__file__).parent / "data" / "french-function-words.txt"
#: Below this share of French function words, a text gets a "not French" warning. Measured:
#: the sample article 46%, RELX French sentences of 30+ words 17-70% (median 46%), English
#: news 5%.
MIN_FRENCH_SHARE = 0.12
#: Texts with fewer words (or letters, for scripts written without spaces) are not judged.
MIN_WORDS_JUDGED = 30
MIN_LETTERS_JUDGED = 20
#: Below this share of Latin-script letters, a text is not French whatever its words.
MIN_LATIN_SHARE = 0.5
_LANGUAGE_SAMPLE = 20_000
_WORD = re.compile(r"[^\W\d_]+")
#: Letters outside the Latin blocks (Basic Latin to Latin Extended-B, Latin Extended Additional).
_NOT_LATIN = re.compile(r"[^\u0000-\u024f\u1e00-\u1eff]")


def clean_text(text: str) -> str:
    """Normalise text for analysis: NFC, ``\\n`` line breaks, no control or format characters.

    Zero-width spaces and joiners, soft hyphens, bidi marks, byte-order marks, lone
    surrogates and private-use characters are removed; tabs and line breaks stay (a
    paragraph separator becomes a blank line).

    Example:
        >>> clean_text("Open\\u200bAI\\r\\nParis\\x00")
        'OpenAI\\nParis'
    """
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text).replace(_PARAGRAPH_SEPARATOR, "\n\n")
    if "\x1b" in text:
        text = _ANSI_ESCAPE.sub("", text)
    # The distinct characters of a text are few: judging each once and removing them with
    # one compiled class is C-speed, where a per-character filter takes seconds on 5 MB.
    drop = [
        ch
        for ch in set(text)
        if ch not in _KEEP_CONTROLS and unicodedata.category(ch) in _DROP_CATEGORIES
    ]
    if not drop:
        return text
    return re.sub("[" + "".join(re.escape(ch) for ch in sorted(drop)) + "]", "", text)


class _TextOfHTML(HTMLParser):
    """Collects the visible text of an HTML fragment, with blocks as paragraphs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HTML_SKIP:
            self.skipping.append(tag)
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _HTML_BLOCKS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _HTML_BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skipping:
            # an end tag closes the elements left open inside it too
            del self.skipping[len(self.skipping) - 1 - self.skipping[::-1].index(tag) :]
        elif tag in _HTML_BLOCKS and not self.skipping:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            # HTML white space is collapsible: line breaks in the source are spaces.
            self.parts.append(_HTML_SPACE.sub(" ", data))

    def text(self) -> str:
        self.close()
        lines = (_SPACES.sub(" ", line).strip() for line in "".join(self.parts).split("\n"))
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def looks_like_html(text: str) -> bool:
    """Whether ``text`` holds HTML tags (a known tag name right after ``<``).

    Example:
        >>> looks_like_html("<p>Paris</p>"), looks_like_html("si a < b et b > c")
        (True, False)
    """
    return _HTML_TAG.search(text) is not None


def strip_markup(text: str) -> str:
    """The text of HTML: tags and script/style bodies removed, blocks as paragraphs.

    Text with no tag only has its ``&...;`` entities decoded. Entities that decode to
    markup (``&lt;b&gt;``) would put tags back, so tags are removed once more after
    decoding: no tag reaches the analysis, hence no tag in an entity name.

    Example:
        >>> strip_markup("<h1>Titre</h1><p>AT&amp;T <b>rachète</b> X.<script>alert(1)</script></p>")
        'Titre\\n\\nAT&T rachète X.'
        >>> strip_markup("R&D &lt;i&gt;ok&lt;/i&gt;")
        'R&D ok'
    """
    if looks_like_html(text):
        parser = _TextOfHTML()
        parser.feed(text)
        text = parser.text()
    elif "&" in text:
        text = _HTML_ENTITY.sub(lambda m: html.unescape(m.group()), text)
    return _HTML_TAG.sub("", text) if looks_like_html(text) else text


@functools.cache
def function_words() -> frozenset[str]:
    """The French function words used by :func:`language_warning` (loaded once)."""
    lines = FUNCTION_WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def language_warning(text: str) -> str | None:
    """Why ``text`` does not look French, or ``None`` if it does (or is too short to tell).

    A cheap check on the first 20,000 characters: the share of letters in a Latin script,
    then the share of words that are French function words (``le``, ``de``, ``est``...).

    Example:
        >>> language_warning("Le président de la République a reçu les représentants " * 5)
        >>> language_warning("The president of the company met the press in Paris " * 5)
        'only 0% of its words are French function words'
        >>> language_warning("北京是中华人民共和国的首都。也是政治和文化中心。" * 5)
        'its letters are mostly not Latin script'
    """
    sample = text[:_LANGUAGE_SAMPLE]
    words = _WORD.findall(sample.lower())
    joined = "".join(words)
    letters = len(joined)
    if letters < MIN_LETTERS_JUDGED:
        return None
    latin = letters - len(_NOT_LATIN.findall(joined))
    if latin / letters < MIN_LATIN_SHARE:
        return "its letters are mostly not Latin script"
    if len(words) < MIN_WORDS_JUDGED:
        return None
    french = function_words()
    share = len([word for word in words if word in french]) / len(words)
    if share < MIN_FRENCH_SHARE:
        return f"only {share:.0%} of its words are French function words"
    return None


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


def _clean_field(value: str | None) -> str | None:
    """A metadata value (title, URL) on one line, with no markup or control characters."""
    if value is None:
        return None
    value = " ".join(strip_markup(clean_text(value)).split())
    return value or None


def parse_text(
    text: str, doc_id: str, *, source: str | None = None, **meta: str | None
) -> Document:
    """Make a :class:`Document` from raw text, reading the optional ``date`` header line.

    The text is converted from HTML if it is HTML (with a warning), cleaned by
    :func:`clean_text`, and checked for being French (a warning, never a refusal).

    Raises:
        InputError: If nothing but white space is left once cleaned, or the date is malformed.
    """
    name = source or doc_id
    text = text.removeprefix("\ufeff")
    if looks_like_html(text):
        log.warning("%r looks like HTML: its tags are removed and only its text is read", name)
    text = clean_text(strip_markup(text))
    header = _DATE_HEADER.match(text)
    date = meta.pop("date", None)
    if header:
        date = date or header.group(1)
        text = text[header.end() :]
    if not text.strip():
        raise InputError(f"{name!r} has no text to analyse")
    if date is not None and not _is_date(str(date)):
        raise InputError(f"{name!r}: date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    reason = language_warning(text)
    if reason:
        log.warning("%r does not look French (%s); analysing it anyway", name, reason)
    fields = {key: _clean_field(value) for key, value in meta.items()}
    return Document(id=doc_id, text=text, date=date, source=source, **fields)


def _is_date(value: str) -> bool:
    """Whether ``value`` is a real ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date."""
    if not _DATE.match(value):
        return False
    try:
        datetime.date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        return False
    return True


def _binary_kind(raw: bytes) -> str | None:
    """What binary format ``raw`` is (``"a PNG image"``), ``"binary data"``, or ``None``."""
    for magic, kind in MAGIC:
        if raw.startswith(magic):
            return kind
    sample = raw[:_SNIFF_BYTES]
    controls = len(_CONTROL_BYTE.findall(sample))
    if len(sample) >= _MIN_JUDGED_BYTES and controls / len(sample) > BINARY_CONTROL_SHARE:
        return "binary data"
    return None


def _utf16_hint(raw: bytes) -> str:
    """A hint when ``raw`` reads as UTF-16 with no byte-order mark (every other byte 0)."""
    sample = raw[:_SNIFF_BYTES]
    for zeros, codec in ((sample[1::2], "utf-16-le"), (sample[0::2], "utf-16-be")):
        if len(zeros) >= _MIN_JUDGED_BYTES // 2 and zeros.count(0) / len(zeros) > 0.9:
            return (
                f"; it looks like {codec.upper()} without a byte-order mark: "
                f"pass --encoding {codec}"
            )
    return ""


def _check_encoding(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError as err:
        raise InputError(f"unknown encoding {encoding!r} (try utf-8, cp1252 or latin-1)") from err


def decode(raw: bytes, name: str, *, encoding: str = "utf-8") -> str:
    """Decode a file's bytes strictly, or explain why they are not text in ``encoding``.

    A byte-order mark overrides the default UTF-8 (it declares the encoding); an explicit
    other ``encoding`` is used as given.

    Raises:
        InputError: If the bytes are binary or not valid in the encoding (the message gives
            the position and, when the text reads as Windows-1252, the option to pass).

    Example:
        >>> decode("é".encode("utf-16"), "a.txt")
        'é'
        >>> decode(b"caf\\xe9", "a.txt")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        kg.errors.InputError: 'a.txt' is not valid UTF-8 (byte 0xe9 at line 1, column 4); ...
    """
    codec = _check_encoding(encoding)
    if codec == "utf-8":
        codec = next((bom_codec for bom, bom_codec in BOMS if raw.startswith(bom)), codec)
    kind = _binary_kind(raw)
    if kind is not None and not codec.startswith(("utf-16", "utf-32")):
        raise InputError(f"{name!r} is {kind}, not text{_utf16_hint(raw)}")
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        column = err.start - (raw.rfind(b"\n", 0, err.start) + 1) + 1
        where = f"byte 0x{raw[err.start]:02x} at line {line}, column {column}"
        shown = "UTF-8" if codec.startswith("utf-8") else codec
        try:
            raw.decode("cp1252")
        except UnicodeDecodeError:
            hint = "pass --encoding with the file's encoding (e.g. --encoding latin-1)"
        else:
            hint = "it reads as Windows-1252: pass --encoding cp1252"
        raise InputError(f"{name!r} is not valid {shown} ({where}); {hint}") from err
    controls = len(_CONTROL.findall(text))
    if len(text) >= _MIN_JUDGED_BYTES and controls / len(text) > BINARY_CONTROL_SHARE:
        raise InputError(
            f"{name!r} is binary data, not text ({controls} control characters); "
            "if it is text in another encoding (UTF-16?), pass --encoding"
        )
    if controls:
        log.warning("%r: removed %d control character(s) (NUL and the like)", name, controls)
    return text


def read_text_file(path: Path, *, encoding: str = "utf-8") -> Document:
    """Read one text file (``.txt``, or HTML, which is converted); its stem is the id.

    Raises:
        InputError: If the file is missing, binary, not decodable or empty.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError as err:
        raise InputError(f"no such file: {str(path)!r}") from err
    except IsADirectoryError as err:
        raise InputError(f"{str(path)!r} is a folder, not a file") from err
    except OSError as err:
        raise InputError(f"cannot read {str(path)!r}: {err.strerror}") from err
    text = decode(raw, str(path), encoding=encoding)
    return parse_text(text, doc_id_from(path.stem), source=str(path))


_FIELDS = ("id", "date", "title", "url")


def _record_document(line: bytes, path: Path, number: int) -> Document:
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as err:
        raise InputError(f"not valid UTF-8 (byte 0x{line[err.start]:02x})") from err
    except json.JSONDecodeError as err:
        raise InputError(f"not valid JSON ({err.msg} at column {err.colno})") from err
    if not isinstance(record, dict):
        raise InputError(f"a line must be a JSON object, not {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError("missing string field 'text'")
    for field in _FIELDS:
        value = record.get(field)
        # a number is fine for an id or a year; true/false, lists and objects are not
        if value is not None and (isinstance(value, bool) or not isinstance(value, (str, int))):
            raise InputError(f"field {field!r} must be a string, not {type(value).__name__}")
    meta = {f: None if record.get(f) is None else str(record[f]) for f in _FIELDS}
    ident = doc_id_from(meta["id"] or f"{path.stem}-{number}")
    return parse_text(
        text,
        ident,
        source=f"{path}:{number}",
        date=meta["date"],
        title=meta["title"],
        url=meta["url"],
    )


def read_jsonl(path: Path, *, skip_bad: bool = False) -> Iterator[Document]:
    """Read a JSONL corpus: one object a line with ``id``, ``text``, optional ``date``,
    ``url``, ``title``. Each line is decoded as UTF-8 on its own, so one bad line is one
    bad record.

    Raises:
        InputError: On a malformed line (its number is in the message) unless ``skip_bad``.
    """
    try:
        handle = path.open("rb")
    except FileNotFoundError as err:
        raise InputError(f"no such file: {str(path)!r}") from err
    except OSError as err:
        raise InputError(f"cannot read {str(path)!r}: {err.strerror}") from err
    with handle:
        for number, line in enumerate(handle, start=1):
            if number == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
            if not line.strip():
                continue
            try:
                yield _record_document(line, path, number)
            except InputError as err:
                message = f"{str(path)!r} line {number}: {err}"
                if not skip_bad:
                    raise InputError(message) from err
                log.warning("skipped %s", message)


def _files_in(folder: Path) -> tuple[list[Path], list[Path]]:
    texts, corpora = [], []
    for path in sorted(folder.rglob("*")):
        suffix = path.suffix.lower()
        if suffix in TEXT_SUFFIXES and path.is_file():
            texts.append(path)
        elif suffix in JSONL_SUFFIXES and path.is_file():
            corpora.append(path)
    return texts, corpora


def _read_or_skip(path: Path, *, encoding: str, skip_bad: bool) -> Iterator[Document]:
    try:
        yield read_text_file(path, encoding=encoding)
    except InputError as err:
        if not skip_bad or not path.exists():
            raise
        log.warning("skipped %s", err)


def read_documents(
    inputs: Iterable[str | Path], *, encoding: str = "utf-8", skip_bad: bool = False
) -> Iterator[Document]:
    """Yield the documents of every input: ``.txt`` files, folders of them, ``.jsonl`` corpora.

    With ``skip_bad``, a malformed JSONL line or an unreadable file is skipped with a
    warning naming it; a missing path is always an error.

    Raises:
        InputError: On a missing path, an empty folder, an unreadable document, or inputs
            that yield no document at all (nothing to build a graph from).
    """
    _check_encoding(encoding)
    inputs = list(inputs)
    count = 0
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            texts, corpora = _files_in(path)
            if not texts and not corpora:
                raise InputError(f"folder {str(path)!r} holds no .txt or .jsonl files")
            documents = [
                _read_or_skip(file, encoding=encoding, skip_bad=skip_bad) for file in texts
            ]
            documents += [read_jsonl(file, skip_bad=skip_bad) for file in corpora]
        elif path.suffix.lower() in JSONL_SUFFIXES:
            documents = [read_jsonl(path, skip_bad=skip_bad)]
        elif path.exists() or path.suffix:
            documents = [_read_or_skip(path, encoding=encoding, skip_bad=skip_bad)]
        else:
            raise InputError(f"no such file or folder: {str(path)!r}")
        for stream in documents:
            for document in stream:
                count += 1
                yield document
    if count == 0:
        names = ", ".join(repr(str(item)) for item in inputs) or "no input"
        raise InputError(f"no document to read in {names}: every record was skipped")
