"""Entity resolution without the model: merge rules, guards, reasons, and invariants.

Documents are built from name parts so that offsets and parentheses are real text; the
Hypothesis tests shuffle documents and mentions, repeat documents and re-resolve resolved
triples, and compare entities, merge records and the built graphs (``rdflib.compare``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.entities.resolve import (
    Reason,
    Resolution,
    acronym_links,
    resolve,
    resolve_documents,
    spelling_variant,
)
from kg.errors import InputError
from kg.graph import build_dataset
from kg.model import Document, Mention, Provenance, Triple
from kg.text import abbreviates, is_acronym_of


@dataclass(frozen=True, slots=True)
class Analysed:
    """The shape of ``kg.pipeline.Analysis`` (resolution only reads these fields)."""

    document: Document
    mentions: tuple[Mention, ...]
    triples: tuple[Triple, ...] = ()


@dataclass(frozen=True, slots=True)
class Name:
    text: str
    cls: str
    qid: str | None = None


def write(doc_id: str, parts: list[Name | str]) -> Analysed:
    """A document whose text is the parts joined; each :class:`Name` is a mention."""
    text, mentions = "", []
    for part in parts:
        if isinstance(part, Name):
            mentions.append(Mention(part.text, part.cls, len(text), len(text) + len(part.text),
                                    part.qid))
            text += part.text
        else:
            text += part
    return Analysed(Document(doc_id, text), tuple(mentions))


def fact(analysis: Analysed, subject: Mention, predicate: str, obj: Mention) -> Triple:
    text = analysis.document.text
    return Triple(subject, predicate, obj,
                  Provenance(analysis.document.id, 0, text, 0, len(text), "test.v1", 0.8))


def by_label(resolution: Resolution) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for entity in resolution.entities:
        found.setdefault(entity.label, []).append(entity.cls)
    return found


def entity_of(resolution: Resolution, alias: str) -> set[str]:
    return {e.key for e in resolution.entities if alias in dict(e.aliases)}


# --- surface forms -------------------------------------------------------------------------


def test_articles_elision_and_case_merge_and_every_form_is_counted() -> None:
    doc = write("d1", [Name("La France", "Country", "Q142"), " signe. ", Name("france", "Place"),
                       " répond. ", Name("FRANCE", "Country"), " et ", Name("France", "Country"),
                       "."])
    [france] = resolve_documents([doc]).entities
    assert (france.key, france.label, france.cls, france.qid) == ("place/france", "France",
                                                                 "Country", "Q142")
    assert dict(france.aliases) == {"La France": 1, "france": 1, "FRANCE": 1, "France": 1}
    assert france.mentions == 4


def test_a_titled_article_stays_in_the_label() -> None:
    doc = write("d1", [Name("Le Monde", "MediaOrganization"), "."])
    [monde] = resolve_documents([doc]).entities
    assert (monde.key, monde.label) == ("organization/monde", "Le Monde")


def test_a_french_town_s_own_article_comes_back_to_its_label() -> None:
    # "installée au Mans", "une PME des Herbiers": French fuses the name's article
    doc = write("d1", [Name("Mans", "City"), " et ", Name("Herbiers", "City"), " et ",
                       Name("Lyon", "City"), "."])
    assert sorted(by_label(resolve_documents([doc]))) == ["Le Mans", "Les Herbiers", "Lyon"]


def test_a_quoted_title_alone_also_names_its_text() -> None:
    doc = write("d1", ["La ville a signé la ", Name("convention « Rive Verte 2040 »", "Agreement"),
                       " avec ", Name("Kelvo", "Company"), "."])
    convention, kelvo = sorted(resolve_documents([doc]).entities, key=lambda e: e.cls)
    assert convention.label == "convention « Rive Verte 2040 »"
    assert dict(convention.aliases) == {"convention « Rive Verte 2040 »": 1, "Rive Verte 2040": 1}
    # a name in quotes is a text's title only when the thing is a text
    assert dict(kelvo.aliases) == {"Kelvo": 1}


@pytest.mark.parametrize(
    "parts",
    [
        [Name("Centre national de la recherche scientifique", "Organization"), " (",
         Name("CNRS", "Organization"), ") publie. Le ", Name("CNRS", "Organization"), " dit."],
        # the acronym inside the parentheses need not be a mention
        [Name("Centre national de la recherche scientifique", "Organization"),
         " (CNRS) publie. Le ", Name("CNRS", "Organization"), " dit."],
        # the other order, and an untyped acronym
        [Name("CNRS", "NamedEntity"), " (", Name("Centre national de la recherche scientifique",
                                                 "Organization"), ") publie."],
        # a short form made of the words' first syllables
        [Name("Office de la navigation", "Organization"), " (", Name("Ofna", "Organization"),
         ") publie. L'", Name("Ofna", "Organization"), " dit."],
    ],
)
def test_an_acronym_introduced_in_parentheses_merges(parts: list[Name | str]) -> None:
    resolution = resolve_documents([write("d1", parts)])
    assert len(resolution.entities) == 1
    merge = next(m for m in resolution.merges if m.reason is Reason.ACRONYM)
    assert merge.documents == ("d1",)


def test_an_acronym_seen_in_one_document_merges_across_documents() -> None:
    intro = write("d1", [Name("Organisation mondiale de la santé", "Organization"), " (OMS)."])
    later = write("d2", [Name("OMS", "Organization"), " alerte."])
    alone = write("d3", [Name("Organisation mondiale de la santé", "Organization"), " publie."])
    assert len(resolve_documents([intro, later, alone]).entities) == 1
    assert len(resolve_documents([later, alone]).entities) == 2


def test_an_acronym_must_abbreviate_the_name() -> None:
    doc = write("d1", [Name("Organisation mondiale de la santé", "Organization"), " (",
                       Name("BCE", "Organization"), ")."])
    assert list(acronym_links(doc.document, doc.mentions)) == []
    assert len(resolve_documents([doc]).entities) == 2
    assert not is_acronym_of("Sam", "Sam Altman")  # a word, not an acronym
    assert not is_acronym_of("SA", "Samsung")  # a one-word name has no initials to abbreviate


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("Ofna", "Office de la navigation", True),
        ("Comité", "Commission de la navigation", False),  # no word begins with "ité"
        ("Paris", "Parc Astérix Rive Sud", False),  # each word gives one part, none skipped
        ("Ofnav", "Office", False),  # one word has no syllables to join
    ],
)
def test_a_short_form_of_syllables_abbreviates(short: str, name: str, expected: bool) -> None:
    assert abbreviates(short, name) is expected


def test_acronyms_are_found_without_the_text_when_both_are_mentions() -> None:
    doc = write("d1", [Name("Centre national de la recherche scientifique", "Organization"), " (",
                       Name("CNRS", "Organization"), ")."])
    stored = replace(doc, document=replace(doc.document, text=""))
    assert len(resolve_documents([stored]).entities) == 1


def test_a_lone_surname_joins_the_full_name_across_documents() -> None:
    first = write("d1", [Name("Sam Altman", "Person"), " parle."])
    second = write("d2", [Name("Altman", "Person"), " répond. ",
                          Name("Altman", "NamedEntity"), "."])
    resolution = resolve_documents([first, second])
    [sam] = resolution.entities
    assert (sam.key, dict(sam.aliases)) == ("person/sam_altman", {"Sam Altman": 1, "Altman": 2})
    reasons = {(m.first, m.second, m.reason) for m in resolution.merges}
    assert ("Sam Altman", "Altman", Reason.SURNAME) in reasons


def test_a_surname_of_two_people_prefers_its_own_document_and_else_stays_apart() -> None:
    jean = write("d1", [Name("Jean Dupont", "Person"), " arrive. ", Name("Dupont", "Person"), "."])
    marie = write("d2", [Name("Marie Dupont", "Person"), " part."])
    resolution = resolve_documents([jean, marie])
    assert entity_of(resolution, "Dupont") == {"person/jean_dupont"}
    elsewhere = write("d3", [Name("Dupont", "Person"), " hésite."])
    resolution = resolve_documents([write("d1", [Name("Jean Dupont", "Person"), "."]), marie,
                                    elsewhere])
    assert entity_of(resolution, "Dupont") == {"person/dupont"}


def test_an_honorific_is_not_part_of_the_name() -> None:
    doc = write("d1", [Name("M. Paris", "Person"), " répond. Selon ", Name("Paris", "Person"), "."])
    [person] = resolve_documents([doc]).entities
    assert (person.key, person.label) == ("person/paris", "Paris")


# --- spelling variants ----------------------------------------------------------------------


def test_a_small_spelling_variant_merges_within_a_document() -> None:
    doc = write("d1", [Name("Christine Lagarde", "Person"), " parle. ",
                       Name("Christine Lagard", "Person"), " ajoute."])
    resolution = resolve_documents([doc])
    [lagarde] = resolution.entities
    assert lagarde.label == "Christine Lagarde"
    [merge] = [m for m in resolution.merges if m.reason is Reason.SPELLING]
    assert (merge.detail, merge.documents) == ("edit distance 1", ("d1",))


def test_spelling_variants_of_different_documents_stay_apart() -> None:
    one = write("d1", [Name("Christine Lagarde", "Person"), " parle."])
    two = write("d2", [Name("Christine Lagard", "Person"), " parle."])
    assert len(resolve_documents([one, two]).entities) == 2


@pytest.mark.parametrize(
    "parts",
    [
        [Name("Paris", "City"), " vote. ", Name("Pariso", "City"), " aussi."],
        [Name("Marie Dupont", "Person"), " parle. ", Name("Mario Dupont", "Person"), " aussi."],
        [Name("Jean Dupont", "Person"), " et ", Name("Jean Dupond", "Person"), " enquêtent."],
        [Name("Airbus A320", "Product"), " vole. ", Name("Airbus A321", "Product"), " aussi."],
        [Name("Christine Lagarde", "Person"), " parle. ", Name("Christine Lagard", "City"), "."],
        [Name("Banque Morel", "Company", "Q1"), " gagne. ",
         Name("Banque Moret", "Company", "Q2"), "."],
    ],
    ids=["one-word", "first-name", "same-sentence", "digits", "other-class", "other-qid"],
)
def test_distinct_names_close_in_spelling_stay_apart(parts: list[Name | str]) -> None:
    assert len(resolve_documents([write("d1", parts)]).entities) == 2


@pytest.mark.parametrize(
    ("a", "b", "person", "expected"),
    [
        ("christine lagarde", "christine lagard", True, 1),
        ("organisation mondiale", "organisation mondialle", False, 1),
        ("banque internationale", "banque intrenationale", False, 2),
        ("sam altman", "sam altmann", True, 1),
        ("marc levy", "marc lev", True, None),  # four letters: too short to guess
        ("jean dupont", "jean dupont", True, None),
    ],
)
def test_spelling_variant_distance(a: str, b: str, person: bool, expected: int | None) -> None:
    assert spelling_variant(a, b, person=person) == expected


# --- homonyms and types ---------------------------------------------------------------------


def test_homonyms_of_different_classes_stay_apart() -> None:
    city = write("d1", [Name("Paris", "City", "Q90"), " accueille OpenAI."])
    person = write("d2", [Name("M. Paris", "Person"), " répond. ", Name("Paris", "Person"), "."])
    resolution = resolve_documents([city, person])
    assert {(e.key, e.cls, e.qid) for e in resolution.entities} == {
        ("place/paris", "City", "Q90"), ("person/paris", "Person", None)}


def test_an_untyped_name_joins_only_an_unambiguous_typed_entity() -> None:
    typed = write("d1", [Name("Paris", "City", "Q90"), " vote. ",
                         Name("Paris", "NamedEntity"), "."])
    assert [e.key for e in resolve_documents([typed]).entities] == ["place/paris"]
    person = write("d2", [Name("M. Paris", "Person"), " répond."])
    untyped = write("d3", [Name("Paris", "NamedEntity"), " dit."])
    keys = {e.key for e in resolve_documents([typed, person, untyped]).entities}
    assert keys == {"place/paris", "person/paris", "entity/paris"}


def test_one_qid_merges_names_and_class_groups() -> None:
    doc = write("d1", [Name("Union européenne", "Organization", "Q458"), " et ",
                       Name("Union européenne", "Place", "Q458"), ". ",
                       Name("European Union", "Organization", "Q458"), "."])
    resolution = resolve_documents([doc])
    [union] = resolution.entities
    assert (union.label, union.cls, union.qid) == ("Union européenne", "Organization", "Q458")
    assert {m.reason for m in resolution.merges} == {Reason.SAME_QID}


# --- counts and triples ---------------------------------------------------------------------


def test_a_named_mention_in_several_triples_counts_once() -> None:
    doc = write("d1", [Name("OpenAI", "Organization"), " s'installe à ", Name("Paris", "City"),
                       ". L'entreprise recrute."])
    openai, paris = doc.mentions
    coref = Mention("OpenAI", "Organization", 40, 50)  # "entreprise", resolved to OpenAI
    doc = replace(doc, triples=(fact(doc, openai, "basedIn", paris),
                                fact(doc, openai, "opensOfficeIn", paris),
                                fact(doc, coref, "presentIn", paris)))
    resolution = resolve_documents([doc])
    found = {e.label: e for e in resolution.entities}
    assert dict(found["OpenAI"].aliases) == {"OpenAI": 1}
    assert found["OpenAI"].mentions == 2
    assert {(t.subject.entity, t.object.entity) for t in resolution.triples} == {
        ("organization/openai", "place/paris")}
    occurrences = {(o.entity, o.text, o.count, o.named) for o in resolution.occurrences}
    assert ("organization/openai", "OpenAI", 1, False) in occurrences


def test_an_organisation_bought_or_run_by_a_ceo_is_a_company_in_every_order() -> None:
    first = write("d1", [Name("Norvane", "Organization"), " rachète ",
                         Name("Helios", "Organization"), " et ",
                         Name("Le Fil", "MediaOrganization"), "."])
    norvane, helios, fil = first.mentions
    first = replace(first, triples=(fact(first, norvane, "acquires", helios),
                                    fact(first, norvane, "acquires", fil)))
    second = write("d2", [Name("Élise Roy", "Person"), " dirige ",
                          Name("Atelier Brun", "Organization"), ", membre de ",
                          Name("Fédération du bois", "Organization"), "."])
    roy, brun, federation = second.mentions
    second = replace(second, triples=(fact(second, roy, "ceoOf", brun),
                                      fact(second, brun, "memberOf", federation)))

    for order in ([first, second], [second, first]):
        classes = by_label(resolve_documents(order))
        assert classes["Norvane"] == ["Company"]  # it buys
        assert classes["Helios"] == ["Company"]  # it is bought
        assert classes["Atelier Brun"] == ["Company"]  # it has a CEO
        assert classes["Le Fil"] == ["MediaOrganization"]  # a narrower class stays
        assert classes["Fédération du bois"] == ["Organization"]  # a member's club: no cue


def test_an_organisation_that_invests_is_a_company_and_a_person_stays_one() -> None:
    doc = write("d1", [Name("Vendre Capital", "Organization"), " et ",
                       Name("Luc Varnier", "Person"), " entrent au capital de ",
                       Name("Orvane", "Organization"), "."])
    fund, varin, orvane = doc.mentions
    doc = replace(doc, triples=(fact(doc, fund, "investsIn", orvane),
                                fact(doc, varin, "investsIn", orvane)))
    classes = by_label(resolve_documents([doc]))
    assert classes["Vendre Capital"] == ["Company"]
    assert classes["Luc Varnier"] == ["Person"]


def test_resolve_of_one_document_keeps_the_old_call() -> None:
    doc = write("d1", [Name("Sam Altman", "Person"), ". ", Name("Altman", "Person"), "."])
    assert resolve(doc.mentions, (), document=doc.document).entities == \
        resolve_documents([doc]).entities


# --- invariants -----------------------------------------------------------------------------

NAMES = [
    Name("OpenAI", "Organization", "Q21708200"), Name("OpenAI", "NamedEntity"),
    Name("Sam Altman", "Person"), Name("Altman", "Person"), Name("Altman", "NamedEntity"),
    Name("Paris", "City", "Q90"), Name("Paris", "Person"), Name("M. Paris", "Person"),
    Name("Paris", "NamedEntity"), Name("La France", "Country", "Q142"), Name("france", "Place"),
    Name("Union européenne", "Organization", "Q458"), Name("Union européenne", "Place", "Q458"),
    Name("Christine Lagarde", "Person"), Name("Christine Lagard", "Person"),
    Name("Centre national de la recherche scientifique", "Organization"),
    Name("CNRS", "Organization"), Name("Jean Dupont", "Person"), Name("Marie Dupont", "Person"),
    Name("Dupont", "Person"), Name("Le Monde", "MediaOrganization"),
]
SEPARATORS = [". ", " et ", ", ", " ("]
PREDICATES = ["partnerOf", "basedIn", "memberOf"]


@st.composite
def corpora(draw: st.DrawFn) -> list[Analysed]:
    analyses = []
    for n in range(draw(st.integers(1, 4))):
        names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=7))
        parts: list[Name | str] = []
        close = False
        for name in names:
            parts.append(name)
            if close:
                parts.append(")")
            sep = draw(st.sampled_from(SEPARATORS))
            parts.append(sep)
            close = sep == " ("
        parts.append(")." if close else ".")
        analysis = write(f"d{n}", parts)
        pairs = draw(st.lists(st.tuples(st.integers(0, len(names) - 1),
                                        st.integers(0, len(names) - 1),
                                        st.sampled_from(PREDICATES)), max_size=4))
        triples = tuple(fact(analysis, analysis.mentions[i], p, analysis.mentions[j])
                        for i, j, p in pairs if i != j)
        analyses.append(replace(analysis, triples=triples))
    return analyses


def shuffled(analyses: list[Analysed], seed: int) -> list[Analysed]:
    rng = random.Random(seed)
    out = []
    for analysis in analyses:
        mentions, triples = list(analysis.mentions), list(analysis.triples)
        rng.shuffle(mentions)
        rng.shuffle(triples)
        out.append(replace(analysis, mentions=tuple(mentions), triples=tuple(triples)))
    rng.shuffle(out)
    return out


def same(a: Resolution, b: Resolution) -> None:
    assert a.entities == b.entities
    assert dict(a.key_of) == dict(b.key_of)
    assert a.merges == b.merges
    assert a.occurrences == b.occurrences
    assert set(a.triples) == set(b.triples)


def graphs_of(analyses: list[Analysed], resolution: Resolution) -> dict[str, Graph]:
    """Each graph of the built dataset (the default one as ``""``) by name."""
    ds = build_dataset([a.document for a in analyses], resolution.entities, resolution.triples)
    graphs: dict[str, Graph] = {}
    for s, p, o, g in ds.quads((None, None, None, None)):
        name = "" if g is None or g == DATASET_DEFAULT_GRAPH_ID else str(g)
        graphs.setdefault(name, Graph()).add((s, p, o))
    return graphs


PROPERTY = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(corpora(), st.integers(0, 2**32))
def test_resolution_does_not_depend_on_order(analyses: list[Analysed], seed: int) -> None:
    same(resolve_documents(analyses), resolve_documents(shuffled(analyses, seed)))


@PROPERTY
@given(corpora(), st.integers(0, 2**32))
def test_resolving_again_changes_nothing(analyses: list[Analysed], seed: int) -> None:
    once = resolve_documents(analyses)
    # the same documents ingested twice, in another order
    same(once, resolve_documents(analyses + shuffled(analyses, seed)))
    # the resolved triples (entity keys set) resolved again
    again = [replace(a, triples=tuple(t for t in once.triples
                                      if t.provenance.doc_id == a.document.id))
             for a in analyses]
    same(once, resolve_documents(again))


@PROPERTY
@given(corpora(), st.integers(0, 2**32))
def test_graphs_of_permuted_inputs_are_isomorphic(analyses: list[Analysed], seed: int) -> None:
    first = graphs_of(analyses, resolve_documents(analyses))
    permuted = shuffled(analyses, seed)
    second = graphs_of(permuted, resolve_documents(permuted + permuted[:1]))
    assert first.keys() == second.keys()
    for name, graph in first.items():
        if not isomorphic(graph, second[name]):
            _, only_first, only_second = graph_diff(to_isomorphic(graph),
                                                    to_isomorphic(second[name]))
            pytest.fail(f"graph {name!r}, only in the first:\n{only_first.serialize(format='nt')}\n"
                        f"only in the second:\n{only_second.serialize(format='nt')}")


# --- kg explain (library) ---------------------------------------------------------------


def homonyms() -> list[Analysed]:
    city = write("d1", [Name("Paris", "City", "Q90"), " accueille ",
                        Name("OpenAI", "Company"), "."])
    person = write("d2", [Name("M. Paris", "Person"), " répond. ", Name("Paris", "Person"), "."])
    return [city, person]


def test_explain_finds_an_entity_by_key_iri_or_name() -> None:
    from kg.explain import explain

    resolution = resolve_documents(homonyms())
    iri = "https://w3id.org/kg/resource/entity/place/paris"
    for name in ("place/paris", iri):
        [found] = explain(resolution, name)
        assert (found.entity.key, found.documents) == ("place/paris", ("d1",))
    assert [e.entity.key for e in explain(resolution, "paris")] == ["person/paris", "place/paris"]
    assert explain(resolution, "Lyon") == ()


def test_explain_prints_homonyms_forms_and_reasons() -> None:
    from kg.explain import explain, format_explanations

    text = format_explanations(explain(resolve_documents(homonyms()), "M. Paris"))
    assert text.splitlines()[0] == "Paris  person/paris  (Person)"
    assert "M. Paris  1  d2 (1)" in text and "Paris     1  d2 (1)" in text
    assert '"M. Paris" + "Paris": same name once case, accents, articles and honorifics' in text
    both = format_explanations(explain(resolve_documents(homonyms()), "Paris"))
    assert both.startswith("2 entities answer to this name, kept apart: person/paris (Person), "
                           "place/paris (City)")


def test_explain_reads_a_graph_file(tmp_path: Path) -> None:
    from kg.explain import explain_path

    analyses = homonyms()
    resolution = resolve_documents(analyses)
    ds = build_dataset([a.document for a in analyses], resolution.entities, resolution.triples)
    path = tmp_path / "graph.trig"
    ds.serialize(path, format="trig")
    [found] = explain_path("place/paris", path)
    assert found.from_graph and (found.entity.cls, found.entity.qid) == ("City", "Q90")
    assert found.entity.mentions == 1
    assert len(explain_path("Paris", tmp_path)) == 2  # a folder with a graph file, no analyses
    with pytest.raises(InputError, match="no entity named 'Lyon'"):
        explain_path("Lyon", path)
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="holds no kg build"):
        explain_path("Paris", tmp_path / "empty")
