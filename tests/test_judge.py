"""The judge: features, weights and its place in the analysis.

Hand-built triples for the unit tests; one test runs the real model to check the judge
only rescales confidences: it never invents, alters or leaves out a fact.
"""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.judge import (
    MIN_SENTENCES,
    DocumentFacts,
    Judge,
    default_judge,
    evidence_features,
    judge_triples,
    read_judge,
)
from kg.lexicon import modality
from kg.model import Document, Mention, Modality, Provenance, Triple

SENTENCE = "La société Varnel, installée à Quimper, a racheté Tressac."


def _triple(
    subject: str = "Varnel",
    relation: str = "basedIn",
    obj: str = "Quimper",
    *,
    extractor: str = "kg.apposition.v1",
    confidence: float = 0.8,
    modality_: Modality = Modality.ASSERTED,
    mention: str | None = None,
) -> Triple:
    s, o = SENTENCE.index(subject), SENTENCE.index(obj)
    cls = {"Quimper": "City"}.get(obj, "Company")
    provenance = Provenance(
        "d1", 0, SENTENCE, 0, len(SENTENCE), extractor, confidence, modality_, mention
    )
    return Triple(
        Mention(subject, "Company", s, s + len(subject)),
        relation,
        Mention(obj, cls, o, o + len(obj)),
        provenance,
    )


SEAT = _triple()
DEAL = _triple("Varnel", "acquires", "Tressac", extractor="kg.verbframe.v1")
TRIPLES = [
    SEAT,
    DEAL,
    _triple("Tressac", "basedIn", "Quimper", mention="l'entreprise"),
    _triple("Varnel", "basedIn", "Tressac", extractor="kg.toponym.v1", confidence=0.6),
]


def test_features_describe_the_evidence() -> None:
    features = evidence_features(SEAT, DocumentFacts.of([SEAT, DEAL]))
    assert {
        "ext=kg.apposition",
        "pred=basedIn",
        "cls=Company>City",
        "ref=none",
        "in=11",
        "order=so",
        "btw=installée",
        "btw=à",
        "first=,",
        "last=à",
        "sfacts=2",  # Varnel is named by both facts
        "ofacts=1",
        "rivals=0",
    } <= features


def test_a_rival_object_and_a_reference_are_seen() -> None:
    rival = _triple("Varnel", "basedIn", "Tressac", mention="l'entreprise")
    features = evidence_features(rival, DocumentFacts.of([SEAT, rival]))
    assert {"rivals=1", "rivals*pred=1*basedIn", "ref=desc", "ref*pred=desc*basedIn"} <= features
    pronoun = dataclasses.replace(rival.provenance, mention="elle")
    said = dataclasses.replace(rival, provenance=pronoun)
    assert "ref=pron" in evidence_features(said, DocumentFacts.of([said]))


def test_an_end_outside_the_sentence_has_no_words_between() -> None:
    far = dataclasses.replace(SEAT, subject=dataclasses.replace(SEAT.subject, start=200, end=206))
    features = evidence_features(far, DocumentFacts.of([far]))
    assert "in=01" in features
    assert not any(f.startswith(("btw=", "dist=")) for f in features)


def test_the_judge_gives_each_fact_its_probability_and_leaves_none_out() -> None:
    against_seats = Judge({"pred=basedIn": -3.0}, bias=1.0)
    seat, deal = judge_triples([SEAT, DEAL], against_seats)
    assert (seat.predicate, deal.predicate) == ("basedIn", "acquires")
    assert seat.provenance.confidence == pytest.approx(0.119, abs=1e-3)
    assert deal.provenance.confidence == pytest.approx(0.731, abs=1e-3)
    # everything but the confidence is the extractor's, and its confidence is kept
    assert deal.provenance.extractor_confidence == DEAL.provenance.confidence
    unjudged = dataclasses.replace(deal.provenance, confidence=0.8, extractor_confidence=None)
    assert unjudged == DEAL.provenance


def test_a_text_too_short_for_the_judge_keeps_its_extractors_confidences() -> None:
    doubts_all = Judge({}, bias=-5.0)

    def confidences(triples: tuple[Triple, ...]) -> list[float]:
        return [t.provenance.confidence for t in triples]

    assert confidences(judge_triples([SEAT, DEAL], doubts_all, sentences=MIN_SENTENCES)) == [
        0.007,
        0.007,
    ]
    assert judge_triples([SEAT, DEAL], doubts_all, sentences=MIN_SENTENCES - 1) == (SEAT, DEAL)
    assert confidences(judge_triples([SEAT, DEAL], doubts_all)) == [0.007, 0.007]  # (judged)


def test_a_hedged_fact_is_less_sure_than_the_same_fact_asserted() -> None:
    judge = Judge({}, bias=2.0)
    asserted = judge_triples([SEAT], judge)[0].provenance.confidence
    hedged = judge_triples([_triple(modality_=Modality.HEDGED)], judge)[0].provenance.confidence
    assert hedged == pytest.approx(asserted * modality().hedge_factor, abs=1e-3)
    assert hedged < asserted


def test_hedging_alone_does_not_change_the_judgement() -> None:
    hedged = _triple(confidence=0.8 * modality().hedge_factor, modality_=Modality.HEDGED)
    document = DocumentFacts.of([SEAT, DEAL])
    assert evidence_features(hedged, document) == evidence_features(SEAT, document)


@settings(max_examples=30, deadline=None)
@given(st.permutations(TRIPLES))
def test_judging_does_not_depend_on_the_order_of_the_triples(triples: list[Triple]) -> None:
    assert set(judge_triples(triples)) == set(judge_triples(TRIPLES))


def test_kgs_judge_weighs_only_features_kg_makes() -> None:
    judge = default_judge()
    prefixes = {
        "ext", "pred", "ext*pred", "cls", "pred*cls", "ref", "ref*pred", "conf", "sent",
        "slen", "sqid", "oqid", "in", "dist", "order", "btw", "first", "last", "sfacts",
        "ofacts", "rivals", "rivals*pred", "osubjects", "extractors",
    }  # fmt: skip
    assert judge.weights, "the bundled judge has no weights"
    assert {re.sub(r"=.*", "", name, flags=re.S) for name in judge.weights} <= prefixes


def test_a_bad_weights_file_is_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "judge.json"
    path.write_text(json.dumps({"weights": {"pred=basedIn": 1.0}}), encoding="utf-8")
    with pytest.raises(InputError, match=r"judge\.json"):
        read_judge(path)
    path.write_text(json.dumps({"weights": {"x": 2}, "bias": -1}))
    assert read_judge(path) == Judge({"x": 2.0}, -1.0)


def test_the_judge_only_rescales_confidences(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.extract import default_extractors
    from kg.nlp import parse
    from kg.pipeline import analyse_chunks

    text = (
        "La société bretonne Varnel, installée à Quimper, a racheté le fabricant Tressac. "
        "Son directeur général, Yves Le Goff, a précisé que l'entreprise pourrait ouvrir "
        "une usine à Brest. Selon lui, Tressac garde son site de Morlaix."
    )
    [(document, docs)] = list(parse([Document("j1", text)], nlp))
    raw = analyse_chunks(document, docs, default_extractors(), judged=False).triples
    judged = analyse_chunks(document, docs, default_extractors()).triples
    assert raw, "the passage states facts"

    def fact(t: Triple) -> tuple[object, ...]:
        provenance = dataclasses.replace(t.provenance, confidence=0, extractor_confidence=None)
        return (t.subject, t.predicate, t.object, provenance)

    assert [fact(t) for t in judged] == [fact(t) for t in raw]
    assert all(0.0 < t.provenance.confidence <= 1.0 for t in judged)
    extracted = {fact(t): t.provenance.confidence for t in raw}
    assert all(t.provenance.extractor_confidence == extracted[fact(t)] for t in judged)


def test_a_single_sentence_is_not_judged(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.extract import default_extractors
    from kg.nlp import parse
    from kg.pipeline import analyse_chunks

    text = "La société bretonne Varnel, installée à Quimper, a racheté le fabricant Tressac."
    [(document, docs)] = list(parse([Document("j2", text)], nlp))
    raw = analyse_chunks(document, docs, default_extractors(), judged=False).triples
    assert raw, "the sentence states facts"
    assert analyse_chunks(document, docs, default_extractors()).triples == raw
