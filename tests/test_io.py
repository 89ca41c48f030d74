"""kg.io and kg.nlp.chunks: decoding, text hygiene, HTML, language check, JSONL, chunking.

No model: these are the library functions the hostile CLI cases (test_hostile.py) rely on.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from kg.errors import InputError
from kg.io import (
    clean_text,
    decode,
    doc_id_from,
    language_warning,
    looks_like_html,
    parse_text,
    read_documents,
    read_jsonl,
    read_text_file,
    strip_markup,
)
from kg.model import Document
from kg.nlp import chunks

FRENCH = (
    "Sam Altman, cofondateur d'OpenAI, a annoncé l'ouverture d'un bureau à Paris. "
    "Le président de la République a reçu les dirigeants de l'entreprise à l'Élysée. "
    "Selon Le Monde, la société veut recruter des chercheurs en France dans les mois qui viennent."
)
ENGLISH = (
    "The European Commission said on Tuesday that it would open an investigation into the "
    "company's practices. Officials in Brussels told reporters that the inquiry could take "
    "months, and that the firm had been informed of the decision."
)
CHINESE = "北京是中华人民共和国的首都。也是全国的政治中心和文化中心。" * 4
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# clean_text --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Open\u200bAI", "OpenAI"),  # zero-width space
        ("Open\u00adAI", "OpenAI"),  # soft hyphen
        ("Open\u200d\u200cAI\u2060", "OpenAI"),  # joiners, word joiner
        ("\ufeffParis\ufeff", "Paris"),  # BOM, also inside a text
        ("Pa\u202eris\u202c", "Paris"),  # bidi override (spoofing)
        ("Sam\x00 Alt\x07man\x1f", "Sam Altman"),
        ("\x1b[31mrouge\x1b[0m", "rouge"),  # terminal colours
        ("a\r\nb\rc\x85d\u2028e", "a\nb\nc\nd\ne"),
        ("a\u2029b", "a\n\nb"),
        ("a\x0bb\x0cc", "a\nb\nc"),
        ("e\u0301te\u0301", "été"),  # NFC
        ("x\ud800y\udfffz", "xyz"),  # lone surrogates
        ("priv\ue000e", "prive"),  # private use
        ("tab\tet\nligne", "tab\tet\nligne"),
        ("déjà vu", "déjà vu"),
    ],
)
def test_clean_text(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@given(st.text())
def test_clean_text_leaves_no_invisible_character_and_is_idempotent(text: str) -> None:
    cleaned = clean_text(text)
    assert all(
        ch in "\n\t" or unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co"} for ch in cleaned
    )
    assert unicodedata.is_normalized("NFC", cleaned)
    assert clean_text(cleaned) == cleaned
    cleaned.encode("utf-8")  # no lone surrogate left


# decoding ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, kind",
    [
        (PNG, "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
        (b"PK\x03\x04\x14\x00", "a ZIP archive"),
        (bytes(range(256)) * 8, "binary data"),
        ("Paris".encode("utf-16-le") * 50, "binary data"),  # UTF-16 with no BOM
    ],
)
def test_binary_input_is_named_as_such(raw: bytes, kind: str) -> None:
    with pytest.raises(InputError, match=f"'in.txt' is {kind}"):
        decode(raw, "in.txt")


def test_windows_1252_is_refused_with_the_option_to_pass() -> None:
    raw = "Le président a dit « oui » – enfin.\n".encode("cp1252")
    with pytest.raises(InputError) as err:
        decode(b"ligne un\n" + raw, "vieux.txt")
    message = str(err.value)
    assert "'vieux.txt' is not valid UTF-8" in message
    assert "byte 0xe9 at line 2, column 6" in message
    assert "--encoding cp1252" in message
    expected = "Le président a dit « oui » – enfin.\n"
    assert decode(raw, "vieux.txt", encoding="cp1252") == expected


def test_bytes_windows_1252_cannot_read_get_a_generic_hint() -> None:
    # 0x81 is unassigned in Windows-1252, so only a hint to pass --encoding remains
    with pytest.raises(InputError, match="pass --encoding with the file's encoding"):
        decode(b"a\x81b", "a.txt")


def test_unknown_encoding_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        decode(b"x", "a.txt", encoding="klingon")


@pytest.mark.parametrize(
    "raw",
    [
        codecs.BOM_UTF8 + "Élysée".encode(),
        "Élysée".encode("utf-16"),  # BOM + UTF-16
        "Élysée".encode("utf-32"),
    ],
)
def test_a_byte_order_mark_declares_the_encoding(raw: bytes) -> None:
    assert clean_text(decode(raw, "a.txt")) == "Élysée"


def test_a_few_control_characters_are_removed_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="kg.io"):
        text = decode(b"Sam\x00 Altman dirige Open\x07AI depuis longtemps.", "a.txt")
    assert "removed 2 control character(s)" in caplog.text
    assert clean_text(text) == "Sam Altman dirige OpenAI depuis longtemps."


def test_explicit_encoding_reads_utf16_without_bom() -> None:
    raw = "Paris et Lyon".encode("utf-16-le")
    assert decode(raw, "a.txt", encoding="utf-16-le") == "Paris et Lyon"


# HTML --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("<p>Sam <b>Altman</b></p><p>OpenAI</p>", "Sam Altman\n\nOpenAI"),
        ("<h1>Titre</h1>\n<p>Texte\n  suivi.</p>", "Titre\n\nTexte suivi."),
        ("Avant<script>var s = '</p><b>x</b>';</script>après", "Avantaprès"),
        ("<style>p { color: red }</style><p>Texte</p>", "Texte"),
        ("<p>A&amp;B &laquo;&nbsp;oui&nbsp;&raquo; &#233;t&#xe9;</p>", "A&B «\xa0oui\xa0» été"),
        ("<a href=\"javascript:alert(1)\">lien</a> fin", "lien fin"),
        ("<p>a<br>b<br/>c</p>", "a\nb\nc"),
        ("<!DOCTYPE html><html><head><title>T</title></head><body>Corps</body></html>", "Corps"),
        ("<!-- <p>caché</p> --><p>vu</p>", "vu"),
        ("<p>&lt;script&gt;alert(1)&lt;/script&gt; Paris</p>", "alert(1) Paris"),
        ("<object><embed src=x></object><p>suite</p>", "suite"),
        ("AT&T et R&D &amp; co", "AT&T et R&D & co"),  # plain text: only ;-entities
        ("si a < b et c > d", "si a < b et c > d"),  # not HTML
    ],
)
def test_strip_markup(raw: str, expected: str) -> None:
    assert strip_markup(raw) == expected


@given(st.text(st.sampled_from(list("<>/&;#abp scriptéx\n\"'=!-"))))
def test_no_tag_survives_markup_stripping(text: str) -> None:
    assert not looks_like_html(strip_markup(text))


def test_html_text_is_converted_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="kg.io"):
        doc = parse_text("<p>" + FRENCH + "</p>", "d", source="page.txt")
    assert "'page.txt' looks like HTML" in caplog.text
    assert doc.text == FRENCH


def test_title_and_url_are_cleaned() -> None:
    doc = parse_text(FRENCH, "d", title="<b>Titre</b>\n\u200b deux", url=" https://e.org/a\x00 ")
    assert (doc.title, doc.url) == ("Titre deux", "https://e.org/a")


# language ----------------------------------------------------------------------------------


def test_french_passes_the_language_check() -> None:
    assert language_warning(FRENCH) is None


@pytest.mark.parametrize(
    "text, reason", [(ENGLISH, "French function words"), (CHINESE, "not Latin script")]
)
def test_other_languages_are_flagged(text: str, reason: str) -> None:
    assert reason in (language_warning(text) or "")


def test_short_texts_are_not_judged() -> None:
    assert language_warning("Breaking news from Brussels") is None


def test_parse_text_warns_and_keeps_text_in_another_language(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="kg.io"):
        doc = parse_text(ENGLISH, "en", source="en.txt")
    assert "'en.txt' does not look French" in caplog.text
    assert doc.text == ENGLISH


# files and folders -------------------------------------------------------------------------


def test_date_header_after_a_bom(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", codecs.BOM_UTF8 + b"date 2024-05-14\n" + FRENCH.encode())
    doc = read_text_file(path)
    assert (doc.id, doc.date, doc.text) == ("a", "2024-05-14", FRENCH)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "has no text to analyse"),
        (b"  \n\t\r\n \xc2\xa0\n", "has no text to analyse"),
        (b"\xe2\x80\x8b\x00\xef\xbb\xbf", "has no text to analyse"),  # only invisible
        (b"date 2024-05\n\n", "has no text to analyse"),
        (PNG, "is a PNG image, not text"),
    ],
)
def test_unusable_files_are_errors_naming_them(tmp_path: Path, data: bytes, message: str) -> None:
    path = write(tmp_path / "bad.txt", data)
    with pytest.raises(InputError, match=message) as err:
        read_text_file(path)
    assert str(path) in str(err.value)


def test_missing_paths_and_empty_folders(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    write(tmp_path / "images" / "a.png", PNG)
    for item, message in [
        (tmp_path / "nope", "no such file or folder"),
        (tmp_path / "nope.txt", "no such file"),
        (tmp_path / "nope.jsonl", "no such file"),
        (tmp_path / "empty", "holds no .txt or .jsonl files"),
        (tmp_path / "images", "holds no .txt or .jsonl files"),
    ]:
        with pytest.raises(InputError, match=message):
            list(read_documents([item]))


def test_folder_reads_txt_in_any_case_and_jsonl(tmp_path: Path) -> None:
    write(tmp_path / "b" / "UPPER.TXT", FRENCH)
    write(tmp_path / "a.txt", FRENCH)
    write(tmp_path / "c.jsonl", json.dumps({"id": "j1", "text": FRENCH}) + "\n")
    assert [d.id for d in read_documents([tmp_path])] == ["a", "UPPER", "j1"]


def test_skip_bad_skips_unreadable_files_in_a_folder(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write(tmp_path / "a.txt", FRENCH)
    write(tmp_path / "b.txt", PNG)
    with pytest.raises(InputError, match=r"b\.txt' is a PNG image"):
        list(read_documents([tmp_path]))
    with caplog.at_level(logging.WARNING, logger="kg.io"):
        assert [d.id for d in read_documents([tmp_path], skip_bad=True)] == ["a"]
    assert "b.txt' is a PNG image" in caplog.text


def test_inputs_that_yield_nothing_are_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", "{oops\n[1]\n")
    with pytest.raises(InputError, match="no document to read in"):
        list(read_documents([path], skip_bad=True))


def test_doc_id_from_hostile_names() -> None:
    assert doc_id_from("../../etc/passwd") == ".._.._etc_passwd"  # no path separator left
    assert doc_id_from("a\u200bb c\x00d") == "ab_cd"
    with pytest.raises(InputError):
        doc_id_from("\u200b/\x00")


# JSONL -------------------------------------------------------------------------------------


def jsonl(tmp_path: Path, *lines: bytes | str) -> Path:
    data = b"".join((line if isinstance(line, bytes) else line.encode()) + b"\n" for line in lines)
    return write(tmp_path / "corpus.jsonl", data)


GOOD = json.dumps({"id": "a", "text": FRENCH})


@pytest.mark.parametrize(
    "bad, message",
    [
        ('{"id": "b", "text": "x"', "not valid JSON"),
        ("[1, 2]", "must be a JSON object, not list"),
        ('{"id": "b"}', "missing string field 'text'"),
        ('{"id": "b", "text": 3}', "missing string field 'text'"),
        ('{"id": {"x": 1}, "text": "Paris."}', "field 'id' must be a string, not dict"),
        ('{"id": "b", "text": "Paris.", "date": true}', "field 'date' must be a string"),
        ('{"id": "b", "text": "Paris.", "date": "hier"}', "is not YYYY"),
        ('{"id": "b", "text": "  "}', "has no text"),
        (b'{"id": "b", "text": "caf\xe9"}', "not valid UTF-8 (byte 0xe9)"),
    ],
)
def test_malformed_line_names_its_number(tmp_path: Path, bad: str | bytes, message: str) -> None:
    path = jsonl(tmp_path, GOOD, "", bad, GOOD.replace('"a"', '"c"'))
    with pytest.raises(InputError, match=re.escape(message)) as err:
        list(read_jsonl(path))
    assert f"{str(path)!r} line 3:" in str(err.value)


def test_skip_bad_goes_on_and_reports_each_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = jsonl(tmp_path, GOOD, "{oops", b"\xff\xfe", GOOD.replace('"a"', '"c"'), "[]")
    with caplog.at_level(logging.WARNING, logger="kg.io"):
        docs = list(read_jsonl(path, skip_bad=True))
    assert [d.id for d in docs] == ["a", "c"]
    skipped = [r.getMessage() for r in caplog.records if r.getMessage().startswith("skipped")]
    assert [m.split(" line ")[1].split(":")[0] for m in skipped] == ["2", "3", "5"]


def test_jsonl_bom_numbers_surrogates_and_carriage_returns(tmp_path: Path) -> None:
    record = {"id": 7, "text": "Paris\r\nLyon \ud800et\u2028Nice", "date": 2024, "title": None}
    path = write(tmp_path / "c.jsonl", codecs.BOM_UTF8 + json.dumps(record).encode() + b"\r\n")
    (doc,) = read_jsonl(path)
    assert (doc.id, doc.date, doc.title, doc.text) == ("7", "2024", None, "Paris\nLyon et\nNice")


# chunks ------------------------------------------------------------------------------------


def test_a_short_text_is_one_chunk() -> None:
    assert [(c.offset, c.text) for c in chunks(Document("d", FRENCH))] == [(0, FRENCH)]


def test_chunks_end_at_paragraphs_then_sentences_then_spaces() -> None:
    paragraph = "Une phrase. " * 5 + "Fin.\n\n"  # 66 characters
    text = paragraph * 3
    assert [c.offset for c in chunks(Document("d", text), max_chars=150)] == [0, 132]
    sentences = "Une phrase. " * 20
    pieces = list(chunks(Document("d", sentences), max_chars=50))
    assert all(c.text.startswith("Une phrase.") and c.text.endswith(". ") for c in pieces[:-1])
    words = "mot " * 40
    assert all(c.text.endswith("mot ") for c in chunks(Document("d", words), max_chars=30))


def test_text_without_spaces_is_cut_hard_but_not_inside_a_character() -> None:
    text = "e\u0301" * 10  # not NFC: the combining accent must stay with its letter
    pieces = list(chunks(Document("d", text), max_chars=3))
    assert all(not unicodedata.combining(c.text[0]) for c in pieces)
    assert "".join(c.text for c in pieces) == text


def test_max_chars_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_chars"):
        list(chunks(Document("d", "x"), max_chars=0))


_PIECES = st.sampled_from(["Mot", "Une phrase.", " ", "\n", "\n\n", "«", "»", "é", "x" * 30, "\t"])


@settings(max_examples=200)
@given(st.lists(_PIECES, max_size=80).map("".join), st.integers(1, 60))
def test_chunks_cover_the_text_with_exact_offsets(text: str, max_chars: int) -> None:
    pieces = list(chunks(Document("d", text), max_chars=max_chars))
    covered = 0
    for piece in pieces:
        assert 0 < len(piece.text) <= max_chars
        assert text[piece.offset : piece.offset + len(piece.text)] == piece.text
        assert not text[covered : piece.offset].strip()  # only white space between chunks
        assert not piece.text[0].isspace()
        covered = piece.offset + len(piece.text)
    assert not text[covered:].strip()


@pytest.mark.model
def test_lemmatizer_finds_known_words_in_sets_with_the_same_lemmas(nlp: Language) -> None:
    # kg.nlp turns the model's word lists into sets: only the speed may change (the
    # lemmas are those the unchanged model gives)
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(known, frozenset) for known in table.values())
    doc = nlp("Les entreprises françaises rachètent des concurrents et recrutent des ingénieurs.")
    assert [t.lemma_ for t in doc] == [
        "le", "entreprise", "français", "racheter", "un", "concurrent", "et", "recruter", "un",
        "ingénieur", ".",
    ]
