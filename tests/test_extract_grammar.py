"""Grammar helpers and extractor logic on hand-built parses (no model).

Each ``Doc`` is built with the heads, dependencies and tags the French model gives (or
the odd ones it sometimes gives), and mentions are set by hand, so these tests pin the
logic down whatever the parser does.
"""

from __future__ import annotations

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from kg.extract.apposition import AppositionExtractor
from kg.extract.location import LocationExtractor
from kg.extract.nominal import NominalExtractor
from kg.extract.verbframe import VerbFrameExtractor
from kg.grammar import (
    Words,
    containers,
    expand,
    named_after,
    named_by,
    negated,
    parenthetical,
    relative_antecedent,
    sentence_end,
    sentence_of,
    sentence_start,
    subject_of,
    words,
)
from kg.lexicon import modality
from kg.model import Mention

VOCAB = spacy.blank("fr").vocab


def make(words, heads, deps, pos, mentions, lemmas=None):  # type: ignore[no-untyped-def]
    """A Doc with kg's extensions set; ``mentions`` maps (start, end) token spans to (cls)."""
    doc = Doc(
        VOCAB,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=lemmas or [w.lower() for w in words],
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    by_token = {}
    for (start, end), cls in mentions.items():
        span = doc[start:end]
        mention = Mention(span.text, cls, span.start_char, span.end_char)
        for i in range(start, end):
            by_token[i] = mention
    doc._.kg_mentions = by_token
    doc._.kg_coref = {}
    doc._.kg_doc_id = "unit"
    return doc


def facts(extractor, doc):  # type: ignore[no-untyped-def]
    return {(t.subject.text, t.predicate, t.object.text) for t in extractor.extract(doc)}


def test_containers_juxtaposed_and_apposed_places() -> None:
    doc = make(
        ["né", "à", "Georgetown", ",", "la", "capitale", "de", "Guyane"],
        [0, 2, 0, 5, 5, 2, 7, 5],
        ["ROOT", "case", "obl", "punct", "det", "appos", "case", "nmod"],
        ["VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN"],
        {(2, 3): "City", (7, 8): "Country"},
    )
    assert [t.text for t in containers(doc[2])] == ["Guyane"]


def test_containers_need_a_place() -> None:
    doc = make(
        ["à", "Lyon", "Renault"],
        [1, 1, 1],
        ["case", "ROOT", "flat:name"],
        ["ADP", "PROPN", "PROPN"],
        {(1, 2): "City", (2, 3): "Organization"},
    )
    assert containers(doc[1]) == []


def test_parenthetical_names_the_same_thing() -> None:
    doc = make(
        ["Conseil", "national", "(", "Zenrokyo", ")"],
        [0, 0, 3, 0, 3],
        ["ROOT", "amod", "punct", "appos", "punct"],
        ["NOUN", "ADJ", "PUNCT", "PROPN", "PUNCT"],
        {(0, 2): "Organization", (3, 4): "Organization"},
    )
    assert parenthetical(doc[0]).text == "Zenrokyo"


def test_relative_antecedent_skips_parenthesis_and_comma() -> None:
    doc = make(
        ["Union", "(", "NUGW", ")", ",", "qui"],
        [0, 2, 0, 2, 5, 0],
        ["ROOT", "punct", "appos", "punct", "punct", "nsubj"],
        ["PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT", "PRON"],
        {(0, 1): "Organization", (2, 3): "Organization"},
    )
    assert relative_antecedent(doc[5]).text == "Union"


def test_subject_of_relative_hung_as_adverbial_clause() -> None:
    # "Union, qui est membre de X": the parser made "membre" an advcl of the main verb
    words = ["Union", ",", "qui", "est", "membre", "de", "Zenrokyo"]
    doc = make(
        words,
        [0, 4, 4, 4, 0, 6, 4],
        ["ROOT", "punct", "nsubj", "cop", "advcl", "case", "nmod"],
        ["PROPN", "PUNCT", "PRON", "AUX", "NOUN", "ADP", "PROPN"],
        {(0, 1): "Organization", (6, 7): "Organization"},
    )
    assert subject_of(doc[4]).text == "Union"
    assert facts(AppositionExtractor(), doc) == {("Union", "memberOf", "Zenrokyo")}


def test_expand_coordination() -> None:
    doc = make(
        ["Renault", "rachète", "Nissan", "et", "Dacia"],
        [1, 1, 1, 4, 2],
        ["nsubj", "ROOT", "obj", "cc", "conj"],
        ["PROPN", "VERB", "PROPN", "CCONJ", "PROPN"],
        {(0, 1): "Organization", (2, 3): "Organization", (4, 5): "Organization"},
    )
    assert [t.text for t in expand(doc[2])] == ["Nissan", "Dacia"]


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "expected"),
    [
        # "emploie 85 salariés et à Vernon": the conjunct's own "à" makes it another
        # complement, not one more employee
        (
            ["Kelvo", "emploie", "85", "salariés", ",", "notamment", "à", "Évreux"],
            [1, 1, 3, 1, 7, 7, 7, 3],
            ["nsubj", "ROOT", "nummod", "obj", "punct", "advmod", "case", "conj"],
            ["PROPN", "VERB", "NUM", "NOUN", "PUNCT", "ADV", "ADP", "PROPN"],
            ["salariés"],
        ),
        # the same preposition on both members: one coordination
        (
            ["Kelvo", "est", "présente", "à", "Évreux", "et", "à", "Vernon"],
            [2, 2, 2, 4, 2, 7, 7, 4],
            ["nsubj", "cop", "ROOT", "case", "obl:arg", "cc", "case", "conj"],
            ["PROPN", "AUX", "ADJ", "ADP", "PROPN", "CCONJ", "ADP", "PROPN"],
            ["Évreux", "Vernon"],
        ),
    ],
)
def test_expand_leaves_out_a_conjunct_with_its_own_preposition(  # type: ignore[no-untyped-def]
    words, heads, deps, pos, expected
) -> None:
    doc = make(words, heads, deps, pos, {(0, 1): "Organization"})
    first = 3 if "salariés" in words else 4
    assert [t.text for t in expand(doc[first])] == expected


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "expected"),
    [
        (
            ["Safran", "n'", "a", "jamais", "acquis", "Zodiac"],
            [4, 4, 4, 4, 4, 4],
            ["nsubj", "advmod", "aux:tense", "advmod", "ROOT", "obj"],
            ["PROPN", "ADV", "AUX", "ADV", "VERB", "PROPN"],
            True,
        ),
        (
            ["Safran", "a", "acquis", "Zodiac"],
            [2, 2, 2, 2],
            ["nsubj", "aux:tense", "ROOT", "obj"],
            ["PROPN", "AUX", "VERB", "PROPN"],
            False,
        ),
    ],
)
def test_negated(words, heads, deps, pos, expected) -> None:  # type: ignore[no-untyped-def]
    doc = make(words, heads, deps, pos, {})
    cues = modality()
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert negated(verb, cues.negation_words, cues.negation_markers) is expected


def test_verbframe_active_passive_and_negation() -> None:
    active = make(
        ["Safran", "rachète", "Zodiac"],
        [1, 1, 1],
        ["nsubj", "ROOT", "obj"],
        ["PROPN", "VERB", "PROPN"],
        {(0, 1): "Organization", (2, 3): "Organization"},
        lemmas=["Safran", "racheter", "Zodiac"],
    )
    passive = make(
        ["Zodiac", "est", "racheté", "par", "Safran"],
        [2, 2, 2, 4, 2],
        ["nsubj:pass", "aux:pass", "ROOT", "case", "obl:agent"],
        ["PROPN", "AUX", "VERB", "ADP", "PROPN"],
        {(0, 1): "Organization", (4, 5): "Organization"},
        lemmas=["Zodiac", "être", "racheter", "par", "Safran"],
    )
    negative = make(
        ["Safran", "ne", "rachète", "pas", "Zodiac"],
        [2, 2, 2, 2, 2],
        ["nsubj", "advmod", "ROOT", "advmod", "obj"],
        ["PROPN", "ADV", "VERB", "ADV", "PROPN"],
        {(0, 1): "Organization", (4, 5): "Organization"},
        lemmas=["Safran", "ne", "racheter", "pas", "Zodiac"],
    )
    extractor = VerbFrameExtractor()
    assert facts(extractor, active) == {("Safran", "acquires", "Zodiac")}
    assert facts(extractor, passive) == {("Safran", "acquires", "Zodiac")}
    assert facts(extractor, negative) == set()


def test_verbframe_question_yields_nothing() -> None:
    doc = make(
        ["Safran", "rachète", "Zodiac", "?"],
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "obj", "punct"],
        ["PROPN", "VERB", "PROPN", "PUNCT"],
        {(0, 1): "Organization", (2, 3): "Organization"},
        lemmas=["Safran", "racheter", "Zodiac", "?"],
    )
    assert facts(VerbFrameExtractor(), doc) == set()


def test_verbframe_class_check() -> None:
    # bornIn wants a person and a place: an organisation "born" somewhere is no fact
    doc = make(
        ["Renault", "est", "né", "à", "Lyon"],
        [2, 2, 2, 4, 2],
        ["nsubj", "aux:tense", "ROOT", "case", "obl"],
        ["PROPN", "AUX", "VERB", "ADP", "PROPN"],
        {(0, 1): "Organization", (4, 5): "City"},
        lemmas=["Renault", "être", "naître", "à", "Lyon"],
    )
    assert facts(VerbFrameExtractor(), doc) == set()


def test_verbframe_coordinated_spouses() -> None:
    doc = make(
        ["Jean", "et", "Claire", "étaient", "mariés"],
        [4, 2, 0, 4, 4],
        ["nsubj", "cc", "conj", "cop", "ROOT"],
        ["PROPN", "CCONJ", "PROPN", "AUX", "NOUN"],
        {(0, 1): "Person", (2, 3): "Person"},
        lemmas=["Jean", "et", "Claire", "être", "marié"],
    )
    assert facts(VerbFrameExtractor(), doc) == {("Jean", "spouseOf", "Claire")}


def test_verbframe_lemma_fix() -> None:
    # the model reads "vit" as a form of "voir"
    doc = make(
        ["Marie", "vit", "à", "Lyon"],
        [1, 1, 3, 1],
        ["nsubj", "ROOT", "case", "obl:arg"],
        ["PROPN", "VERB", "ADP", "PROPN"],
        {(0, 1): "Person", (3, 4): "City"},
        lemmas=["Marie", "voir", "à", "Lyon"],
    )
    assert facts(VerbFrameExtractor(), doc) == {("Marie", "residesIn", "Lyon")}


def test_subject_of_verb_hung_on_the_name_before_it() -> None:
    # "Airbus rivalise avec Boeing": the parser made the verb a modifier of "Airbus"
    doc = make(
        ["Airbus", "rivalise", "avec", "Boeing"],
        [0, 0, 3, 1],
        ["ROOT", "acl", "case", "obl:mod"],
        ["PROPN", "VERB", "ADP", "PROPN"],
        {(0, 1): "Organization", (3, 4): "Organization"},
        lemmas=["Airbus", "rivaliser", "avec", "Boeing"],
    )
    assert subject_of(doc[1]).text == "Airbus"
    assert facts(VerbFrameExtractor(), doc) == {("Airbus", "competitorOf", "Boeing")}


def test_subject_of_a_clause_after_a_colon_is_its_own() -> None:
    # "Le Figaro ouvre le bal : Kelvo va racheter Dronex": the parser hung the clause after
    # the colon on the verb before it; the medium is not who buys
    doc = make(
        ["Le", "Figaro", "ouvre", "le", "bal", ":", "Kelvo", "va", "racheter", "Dronex"],
        [1, 2, 2, 4, 2, 2, 2, 2, 7, 8],
        ["det", "nsubj", "ROOT", "det", "obj", "punct", "obl:mod", "advcl", "xcomp", "obj"],
        ["DET", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "VERB", "PROPN"],
        {(1, 2): "MediaOrganization", (6, 7): "Company", (9, 10): "Company"},
        lemmas=["le", "Figaro", "ouvrir", "le", "bal", ":", "Kelvo", "aller", "racheter",
                "Dronex"],
    )
    assert subject_of(doc[8]).text == "Kelvo"
    # with no colon, the clause hung on the verb before takes its subject
    doc = make(
        ["Le", "Figaro", "ouvre", "le", "bal", "et", "va", "racheter", "Dronex"],
        [1, 2, 2, 4, 2, 6, 2, 6, 7],
        ["det", "nsubj", "ROOT", "det", "obj", "cc", "conj", "xcomp", "obj"],
        ["DET", "PROPN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "VERB", "PROPN"],
        {(1, 2): "MediaOrganization", (8, 9): "Company"},
        lemmas=["le", "Figaro", "ouvrir", "le", "bal", "et", "aller", "racheter", "Dronex"],
    )
    assert subject_of(doc[7]).text == "Figaro"


def test_subject_of_introduced_infinitive_is_not_the_name() -> None:
    # "Airbus à rivaliser ...": an infinitive with a preposition does not take the name
    doc = make(
        ["Airbus", "à", "rivaliser", "avec", "Boeing"],
        [0, 2, 0, 4, 2],
        ["ROOT", "mark", "acl", "case", "obl:mod"],
        ["PROPN", "ADP", "VERB", "ADP", "PROPN"],
        {(0, 1): "Organization", (4, 5): "Organization"},
    )
    assert subject_of(doc[2]) is None


def test_named_by_class_noun() -> None:
    # "au groupe Iliad" / "la métropole de Lyon" / "la société de Marie" (not Marie)
    doc = make(
        ["groupe", "Iliad", "métropole", "de", "Lyon", "société", "de", "Marie"],
        [0, 0, 2, 4, 2, 5, 7, 5],
        ["ROOT", "nmod", "ROOT", "case", "nmod", "ROOT", "case", "nmod"],
        ["NOUN", "PROPN", "NOUN", "ADP", "PROPN", "NOUN", "ADP", "PROPN"],
        {(1, 2): "Organization", (4, 5): "City", (7, 8): "Person"},
    )
    assert named_by(doc[0]).text == "Iliad"
    assert named_by(doc[2]) is None
    assert named_by(doc[2], through_de=True).text == "Lyon"
    assert named_by(doc[5], through_de=True) is None


def test_named_after_pair() -> None:
    doc = make(
        ["entre", "Renault", "et", "Nissan", ",", "Dacia"],
        [1, 1, 3, 1, 5, 1],
        ["case", "ROOT", "cc", "conj", "punct", "appos"],
        ["ADP", "PROPN", "CCONJ", "PROPN", "PUNCT", "PROPN"],
        {(1, 2): "Organization", (3, 4): "Organization", (5, 6): "Organization"},
    )
    assert named_after(doc[1], frozenset({"et"})).text == "Nissan"
    assert named_after(doc[3], frozenset({"et"})) is None


def test_verbframe_verb_misread_as_part_of_the_name() -> None:
    # "Marie siège au conseil du Medef": "siège" tagged a noun glued to the name
    doc = make(
        ["Marie", "siège", "au", "conseil", "du", "Medef"],
        [0, 0, 3, 0, 5, 3],
        ["ROOT", "flat:name", "case", "nmod", "case", "nmod"],
        ["PROPN", "NOUN", "ADP", "NOUN", "ADP", "PROPN"],
        {(0, 1): "Person", (5, 6): "Organization"},
    )
    assert facts(VerbFrameExtractor(), doc) == {("Marie", "memberOf", "Medef")}


def test_verbframe_seat_noun_with_determiner_is_no_verb() -> None:
    # "X est le siège du Medef": with a determiner "siège" is a noun, not "siéger"
    doc = make(
        ["Marie", "est", "le", "siège", "du", "Medef"],
        [3, 3, 3, 3, 5, 3],
        ["nsubj", "cop", "det", "ROOT", "case", "nmod"],
        ["PROPN", "AUX", "DET", "NOUN", "ADP", "PROPN"],
        {(0, 1): "Person", (5, 6): "Organization"},
    )
    assert facts(VerbFrameExtractor(), doc) == set()


def test_verbframe_untyped_agent_keeps_out_of_person_frames() -> None:
    # "appartenir à": memberOf for persons, subsidiaryOf for organisations
    doc = make(
        ["Free", "appartient", "à", "Iliad"],
        [1, 1, 3, 1],
        ["nsubj", "ROOT", "case", "obl:arg"],
        ["PROPN", "VERB", "ADP", "PROPN"],
        {(0, 1): "NamedEntity", (3, 4): "Organization"},
        lemmas=["Free", "appartenir", "à", "Iliad"],
    )
    assert facts(VerbFrameExtractor(), doc) == {("Free", "subsidiaryOf", "Iliad")}


def test_nominal_seat_noun_as_subject_of_a_place_predicate() -> None:
    doc = make(
        ["siège", "de", "Danone", "est", "situé", "à", "Paris"],
        [4, 2, 0, 4, 4, 6, 4],
        ["nsubj:pass", "case", "nmod", "aux:pass", "ROOT", "case", "obl:mod"],
        ["NOUN", "ADP", "PROPN", "AUX", "VERB", "ADP", "PROPN"],
        {(2, 3): "Organization", (6, 7): "City"},
        lemmas=["siège", "de", "Danone", "être", "situer", "à", "Paris"],
    )
    assert facts(NominalExtractor(), doc) == {("Danone", "basedIn", "Paris")}


def test_nominal_place_hung_on_the_owner() -> None:
    doc = make(
        ["présence", "de", "Danone", "en", "Chine"],
        [0, 2, 0, 4, 2],
        ["ROOT", "case", "nmod", "case", "nmod"],
        ["NOUN", "ADP", "PROPN", "ADP", "PROPN"],
        {(2, 3): "Organization", (4, 5): "Country"},
    )
    assert facts(NominalExtractor(), doc) == {("Danone", "presentIn", "Chine")}


def test_nominal_pair_noun_owned_by_a_coordinated_subject() -> None:
    # "X et Y ont noué un partenariat" states it; "... ont commenté le partenariat" not
    def doc(det: str, lemma: str):  # type: ignore[no-untyped-def]
        built = make(
            ["Airbus", "et", "Safran", "ont", lemma, det, "partenariat"],
            [4, 2, 0, 4, 4, 6, 4],
            ["nsubj", "cc", "conj", "aux:tense", "ROOT", "det", "obj"],
            ["PROPN", "CCONJ", "PROPN", "AUX", "VERB", "DET", "NOUN"],
            {(0, 1): "Organization", (2, 3): "Organization"},
        )
        built[5].set_morph("Definite=Ind" if det == "un" else "Definite=Def")
        return built

    assert facts(NominalExtractor(), doc("un", "noué")) == {("Airbus", "partnerOf", "Safran")}
    assert facts(NominalExtractor(), doc("le", "commenté")) == set()


def test_nominal_relative_dont_owns_the_seat() -> None:
    doc = make(
        ["Renault", ",", "dont", "le", "siège", "est", "à", "Paris"],
        [0, 7, 4, 4, 7, 7, 7, 0],
        ["ROOT", "punct", "nmod", "det", "nsubj", "cop", "case", "acl:relcl"],
        ["PROPN", "PUNCT", "PRON", "DET", "NOUN", "AUX", "ADP", "PROPN"],
        {(0, 1): "Organization", (7, 8): "City"},
    )
    assert facts(NominalExtractor(), doc) == {("Renault", "basedIn", "Paris")}


def test_apposition_without_comma_and_compound() -> None:
    loose = make(
        ["Musk", "PDG", "de", "SpaceX"],
        [0, 0, 3, 1],
        ["ROOT", "flat:name", "case", "nmod"],
        ["PROPN", "NOUN", "ADP", "PROPN"],
        {(0, 1): "Person", (3, 4): "Organization"},
    )
    compound = make(
        ["Pfizer", "PDG", "Read"],
        [1, 1, 1],
        ["nmod", "ROOT", "flat:name"],
        ["PROPN", "NOUN", "PROPN"],
        {(0, 1): "Organization", (2, 3): "Person"},
    )
    extractor = AppositionExtractor()
    assert facts(extractor, loose) == {("Musk", "ceoOf", "SpaceX")}
    assert facts(extractor, compound) == {("Read", "ceoOf", "Pfizer")}
    assert all(t.provenance.confidence < 0.8 for t in extractor.extract(compound))


def test_apposition_title_before_name() -> None:
    # "Begum, l'épouse du roi Shah": the title noun is not the spouse
    words = ["Begum", ",", "l'", "épouse", "du", "roi", "Shah"]
    doc = make(
        words,
        [0, 3, 3, 0, 5, 3, 3],
        ["ROOT", "punct", "det", "appos", "case", "nmod", "nmod"],
        ["PROPN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "PROPN"],
        {(0, 1): "Person", (6, 7): "Person"},
    )
    assert facts(AppositionExtractor(), doc) == {("Begum", "spouseOf", "Shah")}


def test_location_juxtaposed_and_not_after_de() -> None:
    seat = make(
        ["Harvard", "à", "Cambridge"],
        [0, 2, 0],
        ["ROOT", "case", "nmod"],
        ["PROPN", "ADP", "PROPN"],
        {(0, 1): "Organization", (2, 3): "City"},
    )
    event = make(
        ["installation", "d'", "OpenAI", "à", "Paris"],
        [0, 2, 0, 4, 0],
        ["ROOT", "case", "nmod", "case", "nmod"],
        ["NOUN", "ADP", "PROPN", "ADP", "PROPN"],
        {(2, 3): "Organization", (4, 5): "City"},
    )
    extractor = LocationExtractor()
    assert facts(extractor, seat) == {("Harvard", "basedIn", "Cambridge")}
    assert facts(extractor, event) == set()
    assert all(t.provenance.confidence < 0.8 for t in extractor.extract(seat))


def test_mention_lookup_reads_the_extension_values() -> None:
    """grammar.mention_at reads spaCy's stored extension values directly, for speed."""
    import spacy
    from spacy.tokens import Doc

    from kg.grammar import COREF_KEY, MENTIONS_KEY, mention_at
    from kg.model import Mention

    doc = Doc(spacy.blank("fr").vocab, words=["OpenAI", "et", "elle"])
    openai = Mention("OpenAI", "Organization", 0, 6)
    doc._.kg_mentions = {0: openai}
    doc._.kg_coref = {2: openai}
    assert doc.user_data[MENTIONS_KEY] is doc._.kg_mentions
    assert doc.user_data[COREF_KEY] is doc._.kg_coref
    assert [mention_at(t) for t in doc] == [openai, None, openai]


def test_words_table_matches_the_tokens() -> None:
    """grammar.words reads token strings in columns; each must be what the Token says."""
    doc = make(
        ["Le", "PDG", "de", "Renault", ",", "Luca", "de", "Meo"],
        [1, 1, 3, 1, 1, 1, 7, 5],
        ["det", "ROOT", "case", "nmod", "punct", "appos", "case", "flat:name"],
        ["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "ADP", "PROPN"],
        {},
    )
    table = _assert_table_matches(doc)
    other = make(["Renault"], [0], ["ROOT"], ["PROPN"], {})
    assert words(other).text == ("Renault",)
    assert words(doc) is not table and words(doc) == table
    empty = Doc(VOCAB, words=[])
    assert words(empty).text == ()


def test_sentence_bounds_match_token_sent() -> None:
    """grammar.sentence_start/end read the table; each must be what Token.sent says, and a
    chunk without boundaries raises spaCy's own error, as Token.sent does."""
    doc = Doc(VOCAB, words=["Un", "mot", ".", "Deux", "mots", ".", "Trois"],
              sent_starts=[True, False, False, True, False, False, True])
    assert [(sentence_start(t), sentence_end(t)) for t in doc] == [
        (t.sent.start, t.sent.end) for t in doc
    ]
    assert sentence_end(doc[4]) == 6
    unmarked = Doc(VOCAB, words=["Sans", "bornes"])
    with pytest.raises(ValueError, match="E030"):
        sentence_end(unmarked[1])


@pytest.mark.model
def test_words_table_matches_a_parsed_chunk(nlp) -> None:  # type: ignore[no-untyped-def]
    """The same on a parse: white-space tokens, sentence starts, apostrophes."""
    doc = nlp("Sam Altman, cofondateur d'OpenAI,\n\nest arrivé.  Le PDG  l'a dit !")
    table = _assert_table_matches(doc)
    assert any(table.space) and sum(table.sent_start) > 1


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["le", "directeur", "général", "de", "Renault"], [(1, 3)]),  # the longest form
        (["le", "directeur", "de", "Renault"], [(1, 2)]),
        (["l'", "ex-PDG", "de", "Renault"], [(1, 2)]),  # the prefix kept on the noun
        (["le", "président", "du", "conseil", "d'", "administration"], [(1, 6)]),
        (["le", "président-directeur", "général", ",", "le", "PDG"], [(1, 3), (5, 6)]),
        (["Renault", "rachète", "Nissan"], []),
    ],
)
def test_role_nouns_found_longest_first(words, expected) -> None:  # type: ignore[no-untyped-def]
    """The role-noun scan stops widening a span once it begins no role noun; it still
    finds the longest one."""
    from kg.extract.apposition import _roles_in

    spaces = [not w.endswith("'") for w in words]
    doc = Doc(VOCAB, words=words, spaces=spaces, sent_starts=[True] + [False] * (len(words) - 1))
    assert [(start, end) for start, _, end in _roles_in(doc)] == expected


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["Mel", "-", "Man", "d'", "l\u2019", "Orléans", "\n"]),
                  st.booleans()),
        min_size=1, max_size=8,
    )
)
def test_glued_words_read_from_the_table_as_from_tokens(pieces) -> None:  # type: ignore[no-untyped-def]
    """A place name inside an organisation's name is not read when glued to a word before
    it (not an elided article) or to a hyphen after it; the table gives spaCy's answer."""
    from kg.extract.toponym import _glued_at

    doc = Doc(VOCAB, words=[w for w, _ in pieces], spaces=[space for _, space in pieces])
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            before = start > 0 and not doc[start - 1].whitespace_
            before = before and not doc[start - 1].text.endswith(("'", "\u2019"))
            after = end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text == "-"
            assert _glued_at(words(doc), start, end) == (before or after)


#: Words of role nouns cut where the tokenizer may cut them, with the small words around
#: them: "de" and "à" begin role nouns ("délégué", "à la tête de") letter by letter.
_ROLE_PIECES = [
    "de", "la", "le", "l'", "à", "tête", "du", "d'", "conseil", "administration", "directeur",
    "général", "co", "-", "fondateur", "fondatrice", "ex-", "PDG", "p.", "d.g.", "président",
    "délégué", "dé", "légué", "vice", "membre", "filiale", "100", "%", "Renault", "et", "\n\n",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(_ROLE_PIECES), st.booleans()), min_size=1, max_size=12
    )
)
def test_role_scan_skips_only_words_that_start_no_role(pieces) -> None:  # type: ignore[no-untyped-def]
    """The scan's quick test (a word followed by a space must be a role noun's whole first
    word) finds what trying every word in full finds."""
    from kg.extract.apposition import _FORMER_OCCUPATION, _OCCUPATION, _role_at, _roles_in

    words = [word for word, _ in pieces]
    doc = Doc(VOCAB, words=words, spaces=[space for _, space in pieces])
    expected, i = [], 0
    while i < len(doc):
        found = _role_at(doc, i)
        if found is None:
            i += 1
            continue
        expected.append((i, found[1]))
        i = found[1]
    # (an occupation no role lists, "commercial chez", "ancien commercial de", is read
    # from its neighbours, not from the lexicon the quick test is about)
    listed = [
        (start, end)
        for start, role, end in _roles_in(doc)
        if role not in {_OCCUPATION, _FORMER_OCCUPATION}
    ]
    assert listed == expected


@pytest.mark.parametrize(
    ("cls", "expected"),
    [("Person", "Arnaud"), ("NamedEntity", None), ("Organization", None)],
)
def test_a_role_noun_introduces_only_a_person(cls: str, expected: str | None) -> None:
    # "l'ancien banquier Arnaud": the name after a role noun is its holder, if a person;
    # an untyped or other name is not (and must not break the class check)
    doc = Doc(
        spacy.blank("fr").vocab,
        words=["le", "banquier", "Arnaud"],
        heads=[1, 1, 1],
        deps=["det", "ROOT", "amod"],
        pos=["DET", "NOUN", "PROPN"],
        lemmas=["le", "banquier", "Arnaud"],
    )
    doc._.kg_mentions = {2: Mention("Arnaud", cls, 12, 18)}
    found = named_by(doc[1])
    assert (found.text if found is not None else None) == expected


def _assert_table_matches(doc: Doc) -> Words:
    """The chunk's string table holds what spaCy's own token attributes say."""
    table = words(doc)
    assert table.chunk == doc.text
    assert table.text == tuple(t.text for t in doc)
    assert table.lower == tuple(t.lower_ for t in doc)
    assert table.lemma == tuple(t.lemma_ for t in doc)
    assert table.pos == tuple(t.pos_ for t in doc)
    assert table.idx == tuple(t.idx for t in doc)
    assert table.punct == tuple(t.is_punct for t in doc)
    assert table.space == tuple(t.is_space for t in doc)
    assert table.sent_start == tuple(t.is_sent_start is True for t in doc)
    assert table.dep == tuple(t.dep_ for t in doc)
    assert table.head == tuple(t.head.i for t in doc)
    assert table.children == tuple(tuple(c.i for c in t.children) for t in doc)
    spans = [(i, j) for i in range(len(doc)) for j in range(i + 1, len(doc) + 1)]
    assert [table.span_text(i, j) for i, j in spans] == [doc[i:j].text for i, j in spans]
    bounds = [(sentence_start(t), sentence_end(t)) for t in doc]
    assert bounds == [(t.sent.start, t.sent.end) for t in doc]
    assert [sentence_of(t) for t in doc] == [t.sent for t in doc]
    return table
