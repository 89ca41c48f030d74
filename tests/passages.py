"""Passages of our own French, analysed with the real model, and what they state.

Shared by the extraction and coreference tests, which list passages with the facts each must
state and the look-alikes it must not: a passage states a fact when one of its triples has
the fact's ends (compared by :func:`kg.text.match_key`) and its relation or a sub-property of
it (a ``cofounderOf`` states ``founderOf``, as ``kg eval`` counts), either way round for a
symmetric relation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping

import pytest
from spacy.language import Language

from kg.extract import default_extractors
from kg.model import Document, Triple
from kg.nlp import parse
from kg.ontology import relations
from kg.pipeline import analyse_chunks
from kg.text import match_key

Fact = tuple[str, str, str]


def analyse_passages(
    nlp: Language, texts: Iterable[str], prefix: str
) -> dict[str, tuple[Triple, ...]]:
    """Each passage's triples, the passages parsed in one batch, as the extractors state
    them (the judge, which weighs a fact by its document, is tested on its own)."""
    documents = [Document(f"{prefix}{i}", text) for i, text in enumerate(texts)]
    # the pipeline logs an extractor's exception and goes on without its facts; a passage
    # must not hide such a crash behind the facts the other extractors still state
    failures = _Failures()
    logging.getLogger("kg.pipeline").addHandler(failures)
    try:
        extracted = {
            document.text: analyse_chunks(
                document, docs, default_extractors(), judged=False
            ).triples
            for document, docs in parse(documents, nlp)
        }
    finally:
        logging.getLogger("kg.pipeline").removeHandler(failures)
    assert not failures.messages, "an extractor failed: " + "; ".join(failures.messages)
    return extracted


class _Failures(logging.Handler):
    """The error records logged while passages are analysed."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def states(triples: Iterable[Triple], fact: Fact) -> bool:
    """Whether a triple states the fact (see the module docstring)."""
    subject, relation, obj = match_key(fact[0]), fact[1], match_key(fact[2])
    symmetric = relations()[relation].symmetric
    for t in triples:
        ends = (match_key(t.subject.text), match_key(t.object.text))
        if implies(t.predicate, relation) and (
            ends == (subject, obj) or (symmetric and ends == (obj, subject))
        ):
            return True
    return False


def implies(predicate: str, relation: str) -> bool:
    """Whether ``predicate`` is ``relation`` or one of its sub-properties."""
    return predicate == relation or relation in relations()[predicate].parents


def passage_tests(passages: Mapping[str, tuple[list[Fact], list[Fact]]], prefix: str) -> tuple[
    Callable[..., dict[str, tuple[Triple, ...]]], Callable[..., None], Callable[..., None]
]:
    """The fixture and the two tests of a module of passages, each passage with the facts it
    must state and the look-alikes it must not, to assign at the module's top level::

        extracted, test_passage_states_its_facts, test_passage_states_nothing_wrong = (
            passage_tests(PASSAGES, "places")
        )
    """
    ids = [text[:40] for text in passages]

    @pytest.fixture(scope="module")
    def extracted(nlp: Language) -> dict[str, tuple[Triple, ...]]:
        return analyse_passages(nlp, passages, prefix)

    @pytest.mark.parametrize("text", list(passages), ids=ids)
    def test_passage_states_its_facts(extracted: dict[str, tuple[Triple, ...]], text: str) -> None:
        stated, _ = passages[text]
        triples = extracted[text]
        missing = [fact for fact in stated if not states(triples, fact)]
        got = [(t.subject.text, t.predicate, t.object.text) for t in triples]
        assert not missing, f"missing {missing}; got {got}"

    @pytest.mark.parametrize("text", list(passages), ids=ids)
    def test_passage_states_nothing_wrong(
        extracted: dict[str, tuple[Triple, ...]], text: str
    ) -> None:
        _, wrong = passages[text]
        triples = extracted[text]
        assert [fact for fact in wrong if states(triples, fact)] == []

    return extracted, test_passage_states_its_facts, test_passage_states_nothing_wrong
