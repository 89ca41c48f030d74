"""The bundled gazetteer, its licence split, and the matcher's linking rules.

The QIDs asserted here are world knowledge (France is Q142), not answers of a sample corpus.
User-file fixtures copy real rows of the bundled data, so no test invents a QID.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.entities.gazetteer import (
    DEFAULT_PATH,
    SHAREALIKE_PATH,
    STOPLIST_PATH,
    Gazetteer,
    default_gazetteer,
)
from kg.errors import InputError, OntologyError

HEADER = "qid\ttype\tlabel_fr\tlabel_en\taliases\tcountry_qid\tsource"
SHARE_ALIKE = ("dr5hn:", "supraverden:", "french-ceos:")
CLASSES = ["Person", "Organization", "Company", "MediaOrganization", "GovernmentBody", "Place",
           "City", "Country", "Region", "Product", "Agreement", "Regulation", "Event", "Concept"]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


def _write(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _qid(gazetteer: Gazetteer, name: str, hint: str | None = None) -> str | None:
    entry = gazetteer.lookup(name, cls_hint=hint)
    return None if entry is None else entry.qid


def _data_lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")]


# -- the bundled files ---------------------------------------------------------------------


def test_bundled_file_loads(gazetteer: Gazetteer) -> None:
    assert len(gazetteer) > 50_000


@pytest.mark.parametrize("path", [DEFAULT_PATH, SHAREALIKE_PATH])
def test_bundled_files_state_source_licence_and_columns(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    comments = [line for line in lines if line.startswith("#")]
    assert lines[: len(comments)] == comments, "comment lines come first"
    head = "\n".join(comments)
    assert "Columns:" in head
    assert "CC0-1.0" in head and "@" in head  # licences and source commits are named
    if path == DEFAULT_PATH:
        assert "BSD-3-Clause" in head and "name-suggestion-index contributors" in head
    else:
        assert "ODbL" in head and "CC BY-SA 4.0" in head
    assert lines[len(comments)] == HEADER


def test_default_file_has_no_row_only_from_share_alike_sources() -> None:
    rows = [line.split("\t") for line in _data_lines(DEFAULT_PATH)[1:]]
    only_share_alike = [row[0] for row in rows
                        if all(tag.startswith(SHARE_ALIKE) for tag in row[6].split(";"))]
    assert rows and only_share_alike == []


def test_share_alike_file_holds_only_share_alike_rows() -> None:
    rows = [line.split("\t") for line in _data_lines(SHAREALIKE_PATH)[1:]]
    assert rows
    assert all(all(tag.startswith(SHARE_ALIKE) for tag in row[6].split(";")) for row in rows)


# -- lookups -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "qid"),
    [
        ("France", "Q142"),
        ("la France", "Q142"),
        ("Paris", "Q90"),
        ("Union européenne", "Q458"),
        ("l'Union Europeenne", "Q458"),
        ("European Union", "Q458"),
        ("Microsoft", "Q2283"),
        ("New York", "Q60"),
        ("Bruxelles", "Q239"),
        ("Brussels", "Q239"),
        ("d\u2019OpenAI", "Q21708200"),
        ("AFP", "Q40464"),
        ("l'ONU", "Q1065"),
    ],
)
def test_well_known_names_link(gazetteer: Gazetteer, name: str, qid: str) -> None:
    assert _qid(gazetteer, name) == qid


@pytest.mark.parametrize(
    ("name", "cls"),
    [("France", "Country"), ("Paris", "City"), ("Île-de-France", "Region"),
     ("AFP", "MediaOrganization"), ("Microsoft", "Organization"),
     ("Renault", "Company"), ("Decathlon", "Company"),  # brands in the name-suggestion index
     # French public bodies the research registry lists as organisations; a university not
     ("CNES", "GovernmentBody"), ("Inserm", "GovernmentBody"),
     ("Université de Bordeaux", "Organization")],
)
def test_types_are_refined_from_sources(gazetteer: Gazetteer, name: str, cls: str) -> None:
    entry = gazetteer.lookup(name)
    assert entry is not None and entry.cls == cls


def test_french_label_is_preferred(gazetteer: Gazetteer) -> None:
    entry = gazetteer.lookup("European Union")
    assert entry is not None
    assert entry.label == "Union européenne"
    assert "European Union" in entry.aliases


def test_person_hint_never_links_a_place(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Paris", cls_hint="Person") is None


@pytest.mark.parametrize(("name", "hint"), [("Paris", "City"), ("France", "Organization"),
                                            ("Union européenne", "Place")])
def test_compatible_hints_still_link(gazetteer: Gazetteer, name: str, hint: str) -> None:
    assert gazetteer.lookup(name, cls_hint=hint) is not None


@pytest.mark.parametrize(("name", "qid"), [("Londres", "Q84"), ("London", "Q84"),
                                           ("Los Angeles", "Q65")])
def test_ambiguous_names_prefer_the_older_item_over_more_sources(
    gazetteer: Gazetteer, name: str, qid: str
) -> None:
    assert _qid(gazetteer, name, "City") == qid


def test_no_stop_list_word_links(gazetteer: Gazetteer) -> None:
    words = [line.strip() for line in STOPLIST_PATH.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert {"orange", "total", "free", "leader", "station", "bureau"} <= set(words)
    assert "europe" not in words
    linked = {word: entry.qid for word in words
              if (entry := gazetteer.lookup(word.capitalize())) is not None}
    assert linked == {}


@pytest.mark.parametrize("hint", [None, "Person"])
@pytest.mark.parametrize("name", ["Emmanuel", "Altman", "Sam", "Sanders", "Zuckerberg"])
def test_lone_first_or_last_names_do_not_link(gazetteer: Gazetteer, name: str,
                                              hint: str | None) -> None:
    assert gazetteer.lookup(name, cls_hint=hint) is None


@pytest.mark.parametrize("name", ["Sam", "Afp", "Cnrs"])
def test_acronyms_need_capitals(tmp_path: Path, name: str) -> None:
    user = _write(tmp_path / "mine.tsv", HEADER,
                  "Q90004038\tOrganization\t\tSrusti Academy of Management\tSAM\tQ668\t",
                  "Q40464\tMediaOrganization\t\tAgence France Presse\tAFP|A.F.P.\t\t",
                  "Q280413\tGovernmentBody\tCentre National de la Recherche Scientifique"
                  "\t\tCNRS\tQ142\t")
    gazetteer = Gazetteer.load([user], bundled=False)
    assert gazetteer.lookup(name) is None
    assert gazetteer.lookup(name.upper()) is not None
    assert _qid(gazetteer, "l'A.F.P.") == "Q40464"


def test_full_names_of_people_link(gazetteer: Gazetteer) -> None:
    assert _qid(gazetteer, "Bernie Sanders", "Person") == "Q359442"


@pytest.mark.parametrize("name", ["", " ", "a", "X", "7", "2024", "...", "l'"])
def test_too_short_or_letterless_keys_do_not_link(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name) is None


def test_unknown_hint_is_an_error(gazetteer: Gazetteer) -> None:
    with pytest.raises(OntologyError, match="Citty"):
        gazetteer.lookup("Paris", cls_hint="Citty")


@settings(max_examples=300, deadline=None)
@given(name=st.text(max_size=60), hint=st.sampled_from([None, *CLASSES]))
def test_lookup_never_raises_on_arbitrary_text(name: str, hint: str | None) -> None:
    entry = default_gazetteer().lookup(name, cls_hint=hint)
    assert entry is None or entry.qid.startswith("Q")


# -- user gazetteers -----------------------------------------------------------------------


def test_user_file_adds_and_overrides_rows(tmp_path: Path) -> None:
    user = _write(
        tmp_path / "mine.tsv",
        "# copied from kg's share-alike and default files",
        HEADER,
        "Q36215\tPerson\tMark Zuckerberg\tMark Zuckerberg\t\t\t",  # added
        "Q3884\tCompany\tAmazon\tAmazon\tAmazon.com Inc\tQ30\t",  # same QID: replaces
        "Q92561\tCity\tLondon\tLondon\t\tQ16\t",  # same key as Q84: the user's row wins
    )
    bundled = default_gazetteer()
    merged = Gazetteer.load([user])
    assert bundled.lookup("Mark Zuckerberg") is None
    added = merged.lookup("Mark Zuckerberg")
    assert added is not None and added.qid == "Q36215"
    replaced = merged.lookup("Amazon.com Inc")
    assert replaced is not None and (replaced.qid, replaced.cls) == ("Q3884", "Company")
    assert _qid(merged, "London") == "Q92561"
    assert _qid(merged, "Paris") == "Q90"
    assert len(merged) == len(bundled) + 1


def test_user_file_alone(tmp_path: Path) -> None:
    user = _write(tmp_path / "mine.tsv", "qid\ttype\tlabel_fr\tlabel_en\taliases",
                  "Q359442\tPerson\tBernard Sanders\t\tBernie Sanders|Sanders")
    gazetteer = Gazetteer.load([user], bundled=False)
    assert len(gazetteer) == 1
    assert _qid(gazetteer, "Bernie Sanders") == "Q359442"
    assert gazetteer.lookup("Sanders") is None  # a one-word alias of a person never links
    assert gazetteer.lookup("Paris") is None


def test_share_alike_file_ranks_with_the_bundled_one() -> None:
    gazetteer = Gazetteer.load([SHAREALIKE_PATH])
    assert len(gazetteer) > len(default_gazetteer())
    assert _qid(gazetteer, "Paris") == "Q90"  # not Parys (Q2835080), which aliases Paris


@pytest.mark.parametrize(
    ("lines", "where", "what"),
    [
        (["qid\ttype\tlabel_fr\tlabel_en", "Q90\tCity\tParis\tParis"], ":1:", "aliases"),
        (["# c", HEADER, "Q90\tCity\tParis\tParis\t\tQ142"], ":3:", "fields"),
        ([HEADER, "90\tCity\tParis\tParis\t\t\t"], ":2:", "'90'"),
        ([HEADER, "Q90\tTown\tParis\tParis\t\t\t"], ":2:", "'Town'"),
        ([HEADER, "Q90\tCity\tParis\tParis\t\tFrance\t"], ":2:", "'France'"),
        (["# only a comment"], "bad.tsv", "header"),
    ],
)
def test_malformed_user_file_names_file_and_line(
    tmp_path: Path, lines: list[str], where: str, what: str
) -> None:
    path = _write(tmp_path / "bad.tsv", *lines)
    with pytest.raises(InputError) as caught:
        Gazetteer.load([path], bundled=False)
    message = str(caught.value)
    assert "bad.tsv" in message and where in message and what in message


def test_missing_user_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nowhere\.tsv"):
        Gazetteer.load([tmp_path / "nowhere.tsv"], bundled=False)


def test_cache_is_reused_and_a_corrupt_one_ignored(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    user = _write(tmp_path / "mine.tsv", HEADER, "Q90\tCity\tParis\tParis\tLutèce\tQ142\t")
    first = Gazetteer.load([user], bundled=False)
    [cached] = (tmp_path / "cache").iterdir()
    assert Gazetteer.load([user], bundled=False) == first
    cached.write_bytes(b"not a cache")
    entry = Gazetteer.load([user], bundled=False).lookup("Lutece")
    assert entry is not None and entry == first.lookup("Lutèce")
