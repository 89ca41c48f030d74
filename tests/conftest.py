"""Shared fixtures: the real model loaded once, the sample article built once, doubles.

Tests that load ``fr_core_news_md`` are marked ``model``; browser tests ``browser``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.io import SAMPLE
from kg.model import Triple

ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real French pipeline, with kg's structure component (loaded once)."""
    from kg.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def sample_path() -> Path:
    """The bundled sample article."""
    return SAMPLE


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    """Output folder of ``kg build`` on the sample article, built once per session."""
    from kg.cli import main

    out = tmp_path_factory.mktemp("sample-build")
    assert main(["build", "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Folder for files tests leave for people to look at (screenshots)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@dataclass(frozen=True)
class StaticExtractor:
    """An extractor double that yields fixed triples, so graph tests need no model."""

    triples: tuple[Triple, ...]
    name: str = "test.static.v1"

    def extract(self, doc: Doc) -> Iterator[Triple]:
        yield from self.triples


@pytest.fixture
def static_extractor() -> type[StaticExtractor]:
    """The :class:`StaticExtractor` class (build one with the triples a test needs)."""
    return StaticExtractor


def by_predicate(triples: Iterable[Triple], predicate: str) -> set[tuple[str, str]]:
    """``(subject text, object text)`` pairs of the triples with ``predicate``."""
    return {(t.subject.text, t.object.text) for t in triples if t.predicate == predicate}
