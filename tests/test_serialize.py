"""kg.serialize: an Analysis survives JSON exactly, and bad records are refused by name."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import InputError
from kg.model import Document, Mention, Modality, Provenance, Triple
from kg.pipeline import Analysis
from kg.serialize import FORMAT, analysis_from_dict, analysis_to_dict, dumps, loads

# Any Unicode but lone surrogates, which no JSON encoder writes as UTF-8.
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
maybe = st.none() | text
offsets = st.integers(min_value=0, max_value=10**7)

mentions = st.builds(
    Mention, text, text, offsets, offsets,
    qid=st.none() | st.from_regex(r"Q[1-9][0-9]{0,6}", fullmatch=True), entity=maybe,
)
provenances = st.builds(
    Provenance, text, offsets, text, offsets, offsets, text,
    st.floats(min_value=0.0, max_value=1.0), st.sampled_from(Modality), maybe,
)
triples = st.builds(Triple, mentions, text, mentions, provenances)
documents = st.builds(Document, text, text, date=maybe, title=maybe, url=maybe, source=maybe)
analyses = st.builds(
    Analysis, documents,
    st.lists(mentions, max_size=5).map(tuple), st.lists(triples, max_size=5).map(tuple),
)


@given(analyses)
def test_round_trip_is_exact(analysis: Analysis) -> None:
    assert loads(dumps(analysis)) == analysis
    assert analysis_from_dict(json.loads(json.dumps(analysis_to_dict(analysis)))) == analysis


def test_text_is_one_line_and_keeps_accents() -> None:
    analysis = Analysis(Document("d", "Élysée\nligne 2"), (Mention("Élysée", "Place", 0, 6),), ())
    line = dumps(analysis)
    assert "\n" not in line and "Élysée" in line


def test_default_modality_and_missing_fields_are_left_out() -> None:
    prov = Provenance("d", 0, "s", 0, 1, "x.v1", 0.5)
    record = analysis_to_dict(
        Analysis(Document("d", "s"), (), (Triple(Mention("a", "Thing", 0, 1), "p",
                                                  Mention("b", "Thing", 0, 1), prov),))
    )
    assert "modality" not in record["triples"][0]["provenance"]
    assert "qid" not in record["triples"][0]["subject"]
    hedged = Provenance("d", 0, "s", 0, 1, "x.v1", 0.5, Modality.HEDGED)
    assert analysis_to_dict(
        Analysis(Document("d", "s"), (), (Triple(Mention("a", "T", 0, 1), "p",
                                                  Mention("b", "T", 0, 1), hedged),))
    )["triples"][0]["provenance"]["modality"] == "hedged"


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"format": FORMAT + 1}, "format"),
        ([], "format"),
        ({"format": FORMAT, "document": {"id": "d7", "text": "x"}, "mentions": [{}],
          "triples": []}, "'d7'"),
        ({"format": FORMAT, "document": {"id": "d8", "text": "x"},
          "mentions": [{"text": 1, "cls": "T", "start": 0, "end": 1}], "triples": []}, "'d8'"),
        ({"format": FORMAT, "document": {"text": "x"}, "mentions": [], "triples": []}, "None"),
    ],
)
def test_malformed_records_are_refused(record: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        analysis_from_dict(record)  # type: ignore[arg-type]


def test_not_json_is_refused() -> None:
    with pytest.raises(InputError, match="not valid JSON"):
        loads("{oops")
