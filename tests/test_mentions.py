"""Mention detection: NER cleaning, titles, legal forms, juxtaposed places, proper-noun runs
the NER missed, context typing and page furniture."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from kg.entities.gazetteer import default_gazetteer
from kg.entities.mentions import (
    _announced_word,
    _entities,
    _named_again_at_start,
    _split_coordinated,
    _trim,
    coarse,
    compatible,
    detect_mentions,
    furniture_spans,
    harmonise,
)
from kg.grammar import words
from kg.lexicon import is_media_name
from kg.model import Mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lire aussi : Renault rachète Nissan", True),
        ("Abonnez-vous pour lire la suite", True),
        ("Inscrivez-vous à notre newsletter", True),
        ("Partager sur Facebook", True),
        ("Nous utilisons des cookies pour améliorer votre expérience.", True),
        ("Publié le 3 mars 2024 à 10h12", True),
        ("Par Jean Martin et Claire Dubois", True),
        ("12 commentaires", True),
        ("Par ailleurs, Renault rachète Nissan.", False),
        ("Renault rachète Nissan. Lire aussi la suite.", False),
        # a rubric before the byline, credits, a press contact, the piece's kind alone
        ("SOCIÉTÉ | Par Jeanne Morel, à Dakar", True),
        ("Propos recueillis par Paul Roy", True),
        ("Contact presse : Marc Lenoir – marc@kelvo.fr", True),
        ("(Reportage Anne Roy, édité par Luc Petit)", True),
        ("COMMUNIQUÉ", True),
        ("Gouvernance", True),
        ("Rejoignez notre chaîne Telegram pour ne rien manquer", True),
        ("La semaine prochaine dans notre série : la Verrerie Duclos", True),
        ("Kelvo Hebdo, notre lettre du lundi. Je m'abonne", True),
        # a breadcrumb of the site's sections, set off by "›" or "·"
        ("Le Courrier › Économie › Entreprises", True),
        ("La Gazette · Économie", True),
        # news text with the same words
        ("Gouvernance : Kelvo nomme un nouveau président.", False),
        ("Kelvo › Marlin : le rachat est bouclé. Les salariés sont inquiets, dit X.", False),
        ("Le communiqué de Kelvo annonce la fermeture du site.", False),
        ("Demain, le personnel de Kelvo débattra des horaires.", False),
    ],
)
def test_furniture_paragraphs(text: str, expected: bool) -> None:
    assert bool(furniture_spans(text)) is expected


def test_furniture_lines_of_a_paragraph() -> None:
    # a byline over its dateline, "À lire aussi": each line is furniture of its own; a
    # line of news text in the same paragraph is not
    text = "Par Jeanne Morel\nPublié le 3 mars 2024\nKelvo ouvre une usine à Brest.\n\n"
    text += "À lire aussi : la suite"
    assert [text[a:b] for a, b in furniture_spans(text)] == [
        "Par Jeanne Morel",
        "Publié le 3 mars 2024",
        "À lire aussi : la suite",
    ]


def test_compatible_untyped_fits_any_slot() -> None:
    assert compatible("NamedEntity", frozenset({"Person"}))
    assert not compatible("City", frozenset({"Person"}))


def classes_found(nlp, texts) -> dict[str, dict[str, str]]:  # type: ignore[no-untyped-def]
    """Each text → the class of each name the mention layer finds in it (one batch)."""
    gazetteer = default_gazetteer()
    return {
        text: {m.text: m.cls for _, m in detect_mentions(doc, gazetteer)}
        for text, doc in zip(texts, nlp.pipe(texts), strict=True)
    }


@pytest.fixture(scope="module")
def mentions(nlp):  # type: ignore[no-untyped-def]
    texts = [
        "Le Premier ministre Khaleda Zia a parlé.",
        "Nippon Steel Corporation a publié ses résultats.",
        "McFadden est né à Dublin Irlande.",
        "La chanson est chantée dans le cadre du groupe Westlife.",
        "La start-up Doctolib recrute.",
        "Le fonds britannique Balderton Capital a investi.",
        "Le maire de Quimperlé a parlé hier.",
        "Elle est maire d'Étampes depuis 2020.",
        "M. Dupont a parlé.",
        "Lire aussi : Renault rachète Nissan\n\nSafran rachète Zodiac Aerospace.",
        "L'opération renforce la position de Norvik dans la micromobilité.",
        "Le groupe Norvik commercialise ses yaourts sous la marque bretonne Brenner.",
        "Le projet avance sous la direction de Léa Moreau.",
        "La start-up Kelvo fabrique des robots. Son robot vedette, l'Atlas-L, est vendu à Lyon.",
        "La start-up Kelvo fabrique des robots. Son principal concurrent, la société Norvik, "
        "est basé à Lyon.",
        "Installée depuis 2019 dans un ancien entrepôt de Valence, Trivelo assemble chaque "
        "semaine 80 trottinettes.",
        "Installée depuis 2019 dans un ancien entrepôt de Valence, Kestrane expose ses toiles.",
        "Le ministère enquête sur Kelvane Systems, dont deux cadres ont été mis en cause.",
        "Dulac Emballages fabrique des barquettes et emploie 620 personnes.",
        "Les Moulins Perrault livrent 300 boulangeries normandes.",
        "Le bilan de Lorient Agglomération est publié.",
        "L'Office national des vins de pays publie ses chiffres.",
        "Le fonds détient 20 % de la ferme Maraval.",
        "Portzamparc, filiale de BNP Paribas, coordonne l'offre.",
        "L'écurie Vantor a racheté un haras.",
    ]
    gazetteer = default_gazetteer()
    return {
        text: [(m.text, m.cls) for _, m in detect_mentions(doc, gazetteer)]
        for text, doc in zip(texts, nlp.pipe(texts), strict=True)
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Premier ministre Khaleda Zia a parlé.", ("Khaleda Zia", "Person")),
        ("Nippon Steel Corporation a publié ses résultats.", ("Nippon Steel", None)),
        ("McFadden est né à Dublin Irlande.", ("Irlande", "Country")),
        ("McFadden est né à Dublin Irlande.", ("Dublin", "City")),
        ("La chanson est chantée dans le cadre du groupe Westlife.", ("Westlife", "Organization")),
        # a commercial noun types a company; a club, a band ('groupe') stay organisations
        ("La start-up Doctolib recrute.", ("Doctolib", "Company")),
        # a class noun the tagger reads as an adjective after its determiner
        ("Le fonds détient 20 % de la ferme Maraval.", ("Maraval", "Company")),
        # a role noun's "de" names whom the role is towards, acronym and all (a class noun's
        # sector acronym, "le groupe de BTP X", is no part of the name)
        ("Portzamparc, filiale de BNP Paribas, coordonne l'offre.", ("BNP Paribas", None)),
        ("L'écurie Vantor a racheté un haras.", ("Vantor", "Company")),
        ("Le fonds britannique Balderton Capital a investi.", ("Balderton Capital", "Company")),
        # a mayor's town is a city, known to the gazetteer or not (a portfolio is no entity)
        ("Le maire de Quimperlé a parlé hier.", ("Quimperlé", "City")),
        ("Elle est maire d'Étampes depuis 2020.", ("Étampes", "City")),
        ("M. Dupont a parlé.", ("Dupont", "Person")),
        # a brand products are sold under is a product; not whoever "sous" introduces
        (
            "Le groupe Norvik commercialise ses yaourts sous la marque bretonne Brenner.",
            ("Brenner", "Product"),
        ),
        ("Le projet avance sous la direction de Léa Moreau.", ("Léa Moreau", "Person")),
        # a name in apposition to a product noun is that product; to a rival, a company
        (
            "La start-up Kelvo fabrique des robots. Son robot vedette, l'Atlas-L, est vendu à "
            "Lyon.",
            ("Atlas-L", "Product"),
        ),
        (
            "La start-up Kelvo fabrique des robots. Son principal concurrent, la société "
            "Norvik, est basé à Lyon.",
            ("Norvik", "Company"),
        ),
        # a name the parser loses after a fronted participle still acts as a company ...
        (
            "Installée depuis 2019 dans un ancien entrepôt de Valence, Trivelo assemble chaque "
            "semaine 80 trottinettes.",
            ("Trivelo", "Organization"),
        ),
        # ... and one that does no company's deed stays untyped
        (
            "Installée depuis 2019 dans un ancien entrepôt de Valence, Kestrane expose ses "
            "toiles.",
            ("Kestrane", "NamedEntity"),
        ),
        # a company's last word makes the name a company's, whatever NER said
        (
            "Le ministère enquête sur Kelvane Systems, dont deux cadres ont été mis en cause.",
            ("Kelvane Systems", "Company"),
        ),
        (
            "Dulac Emballages fabrique des barquettes et emploie 620 personnes.",
            ("Dulac Emballages", "Company"),
        ),
        # an organisation's head opening the name, a body's noun closing it
        (
            "Les Moulins Perrault livrent 300 boulangeries normandes.",
            ("Moulins Perrault", "Company"),
        ),
        (
            "Le bilan de Lorient Agglomération est publié.",
            ("Lorient Agglomération", "GovernmentBody"),
        ),
        # a public head and the adjective of its reach name a public body
        (
            "L'Office national des vins de pays publie ses chiffres.",
            ("Office national des vins de pays", "GovernmentBody"),
        ),
    ],
)
def test_mention_found(mentions, text, expected) -> None:  # type: ignore[no-untyped-def]
    name, cls = expected
    found = dict(mentions[text])
    assert name in found, mentions[text]
    if cls is not None:
        assert found[name] == cls


@pytest.mark.model
def test_furniture_names_are_no_mentions(mentions) -> None:  # type: ignore[no-untyped-def]
    names = [
        name
        for name, _ in mentions[
            "Lire aussi : Renault rachète Nissan\n\nSafran rachète Zodiac Aerospace."
        ]
    ]
    assert "Renault" not in names and "Nissan" not in names
    assert "Safran" in names


def _spans(words: list[str], classes: dict[int, str]) -> list[tuple[Span, Mention]]:
    doc = Doc(Vocab(), words=words)
    return [(doc[i : i + 1], Mention(words[i], cls, i, i + 1)) for i, cls in classes.items()]


def test_one_name_takes_the_organisation_class_through_the_text() -> None:
    # NER's person guess for an unknown word gives way to the company the text describes
    found = _spans(
        ["Kerys", "recrute", "Kerys", "ouvre", "Lyon"], {0: "Person", 2: "Company", 4: "City"}
    )
    assert [m.cls for _, m in harmonise(found)] == ["Company", "Company", "City"]
    # harmonising twice changes nothing
    assert harmonise(harmonise(found)) == harmonise(found)


def test_a_surname_of_a_named_person_keeps_its_classes() -> None:
    found = _spans(
        ["Paul Leclerc", "Leclerc", "Leclerc"], {0: "Person", 1: "Person", 2: "Organization"}
    )
    assert [m.cls for _, m in harmonise(found)] == ["Person", "Person", "Organization"]


def test_untyped_and_multiword_names_are_left_as_found() -> None:
    found = _spans(
        ["Orbis", "Orbis", "Paul Lenoir", "Paul Lenoir"],
        {0: "NamedEntity", 1: "Product", 2: "Person", 3: "Organization"},
    )
    assert harmonise(found) == found


def test_a_place_run_into_an_organisation_name_opens_it() -> None:
    doc = Doc(Vocab(), words=["président", "de", "France", "Hydro", "Électricité", ",", "Lyon"])
    found = [
        (doc[2:3], Mention("France", "Country", 13, 19)),
        (doc[3:5], Mention("Hydro Électricité", "Organization", 20, 37)),
        (doc[6:7], Mention("Lyon", "City", 40, 44)),
    ]
    merged = harmonise(found)
    assert [(m.text, m.cls, m.start, m.end) for _, m in merged] == [
        ("France Hydro Électricité", "Organization", 13, 37),
        ("Lyon", "City", 40, 44),
    ]
    assert harmonise(merged) == merged
    # a comma between, or a person after the place, keeps them apart
    apart = [
        (doc[2:3], Mention("France", "Country", 13, 19)),
        (doc[3:5], Mention("Hydro Électricité", "Person", 20, 37)),
    ]
    assert harmonise(apart) == apart


def test_a_name_cut_short_is_the_whole_organisation_the_text_names_elsewhere() -> None:
    text = "Nord Roulage recrute . Ballande rachète Nord Roulage à Koné ."
    doc = Doc(Vocab(), words=text.split())
    offset = {i: len(" ".join(text.split()[:i])) + (i > 0) for i in range(len(doc))}

    def named(start: int, end: int, cls: str) -> tuple[Span, Mention]:
        span = doc[start:end]
        return span, Mention(span.text, cls, offset[start], offset[start] + len(span.text))

    whole, cut = named(0, 2, "Company"), named(6, 7, "Region")
    buyer, town = named(4, 5, "Company"), named(9, 10, "NamedEntity")
    grown = harmonise([whole, buyer, cut, town])
    assert [(span.text, m.text, m.cls) for span, m in grown] == [
        ("Nord Roulage", "Nord Roulage", "Company"),
        ("Ballande", "Ballande", "Company"),
        ("Nord Roulage", "Nord Roulage", "Company"),
        ("Koné", "Koné", "NamedEntity"),  # (a lower-case word ends the search)
    ]
    # the grown mention covers the words it took in
    assert (grown[2][1].start, grown[2][1].end) == (offset[6], offset[7] + len("Roulage"))
    assert harmonise(grown) == grown
    # with no whole name to complete, a short one stays as found
    assert harmonise([buyer, cut, town]) == [buyer, cut, town]


def test_a_multiword_name_with_no_given_name_takes_the_organisation_class() -> None:
    found = _spans(
        ["Kelvane Logistique", "Kelvane Logistique", "Kelvane Logistique"],
        {0: "Person", 1: "Company", 2: "Person"},
    )
    # NER's persons outnumber the context's company: the text is left as found
    assert harmonise(found) == found
    found = _spans(["Kelvane Logistique", "Kelvane Logistique"], {0: "Person", 1: "Company"})
    assert [m.cls for _, m in harmonise(found)] == ["Company", "Company"]


def _tagged(words: list[str], pos: list[str], ents: list[str]) -> Doc:
    return Doc(
        Vocab(), words=words, pos=pos, ents=ents, sent_starts=[True] + [False] * (len(words) - 1)
    )


@pytest.mark.parametrize(
    ("words", "pos", "ents", "expected"),
    [
        # a capitalised word NER left out after a place it tagged: one union's name
        (
            ["avec", "Sud", "Commerces", "."],
            ["ADP", "PROPN", "PROPN", "PUNCT"],
            ["O", "B-LOC", "O", "O"],
            [("Sud Commerces", "LOC")],
        ),
        # ... and before an organisation
        (
            ["armateur", "CMA", "CGM", "."],
            ["NOUN", "PROPN", "NOUN", "PUNCT"],
            ["O", "O", "B-ORG", "O"],
            [("CMA CGM", "ORG")],
        ),
        # two organisations side by side are one
        (
            ["le", "Crédit", "Mutuel", "Nord", "Europe"],
            ["DET", "NOUN", "PROPN", "PROPN", "PROPN"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "B-ORG"],
            [("Crédit Mutuel Nord Europe", "ORG")],
        ),
        # a one-word "person" glued to an organisation starts its name; a two-word person
        # before one is someone
        (
            ["trouve", "Brise", "Marine", "Productions", ","],
            ["VERB", "NOUN", "PROPN", "PROPN", "PUNCT"],
            ["O", "B-PER", "B-ORG", "I-ORG", "O"],
            [("Brise Marine Productions", "ORG")],
        ),
        # ... and so does one glued to a place or an untyped name (untyped then: the
        # context types the firm); a given name there is a person's
        (
            ["Velinor", "Loire", "Évasion", "a"],
            ["PROPN", "PROPN", "PROPN", "AUX"],
            ["B-PER", "B-LOC", "I-LOC", "O"],
            [("Velinor Loire Évasion", "MISC")],
        ),
        (
            ["avec", "Paul", "Loire", "Évasion"],
            ["ADP", "PROPN", "PROPN", "PROPN"],
            ["O", "B-PER", "B-LOC", "I-LOC"],
            [("Paul", "PER"), ("Loire Évasion", "LOC")],
        ),
        (
            ["selon", "Paul", "Roy", "Kelvo"],
            ["ADP", "PROPN", "PROPN", "PROPN"],
            ["O", "B-PER", "I-PER", "B-ORG"],
            [("Paul Roy", "PER"), ("Kelvo", "ORG")],
        ),
        # a person's name is never stretched; a lower-case word or a tagged name never joins
        (
            ["Paul", "Roy", "Lundi"],
            ["PROPN", "PROPN", "PROPN"],
            ["B-PER", "I-PER", "O"],
            [("Paul Roy", "PER")],
        ),
        (
            ["Google", "et", "Meta"],
            ["PROPN", "CCONJ", "PROPN"],
            ["B-ORG", "O", "B-ORG"],
            [("Google", "ORG"), ("Meta", "ORG")],
        ),
    ],
)
def test_words_ner_cut_off_a_name_are_put_back(words, pos, ents, expected) -> None:  # type: ignore[no-untyped-def]
    found = [(span.text, span.label_) for span in _entities(_tagged(words, pos, ents))]
    assert found == expected


@pytest.mark.parametrize(
    ("words", "spaces", "ents", "expected"),
    [
        # a hyphenated place name NER cut in two, the hyphen in the first part
        (
            ["à", "Boulogne", "-", "Billancourt", "."],
            [True, False, False, False, False],
            ["O", "B-LOC", "I-LOC", "B-LOC", "O"],
            [("Boulogne-Billancourt", "LOC")],
        ),
        # ... or between the parts
        (
            ["à", "Boulogne", "-", "Billancourt", "."],
            [True, False, False, False, False],
            ["O", "B-LOC", "O", "B-LOC", "O"],
            [("Boulogne-Billancourt", "LOC")],
        ),
        # a dash written between spaces separates two names
        (
            ["Lyon", "-", "Turin", "."],
            [True, True, False, False],
            ["B-LOC", "O", "B-LOC", "O"],
            [("Lyon", "LOC"), ("Turin", "LOC")],
        ),
        # names of two kinds stay apart
        (
            ["Kelvo", "-", "Lyon"],
            [False, False, False],
            ["B-ORG", "O", "B-LOC"],
            [("Kelvo", "ORG"), ("Lyon", "LOC")],
        ),
    ],
)
def test_a_hyphenated_name_cut_in_two_is_one(words, spaces, ents, expected) -> None:  # type: ignore[no-untyped-def]
    doc = Doc(Vocab(), words=words, spaces=spaces, ents=ents,
              pos=["PROPN" if w[:1].isupper() else "ADP" if w == "à" else "PUNCT" for w in words],
              sent_starts=[True] + [False] * (len(words) - 1))
    assert [(span.text, span.label_) for span in _entities(doc)] == expected


@pytest.mark.parametrize(
    ("words", "pos", "ents", "expected"),
    [
        # a name NER ended on its "du": it runs on to the capitalised name after it
        (
            ["La", "direction", "des", "Fonderies", "du", "Morvan", ",", "filiale"],
            ["DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT", "NOUN"],
            ["O", "O", "O", "B-LOC", "I-LOC", "B-LOC", "O", "O"],
            [("Fonderies du Morvan", "ORG")],
        ),
        # a capitalised head, "de l'" and a place: one organisation
        (
            ["président", "des", "Vignerons", "de", "l'", "Adour", "et"],
            ["NOUN", "ADP", "NOUN", "ADP", "DET", "PROPN", "CCONJ"],
            ["O", "O", "B-MISC", "O", "O", "B-LOC", "O"],
            [("Vignerons de l' Adour", "ORG")],
        ),
        # a place and the noun that makes it a body's
        (
            ["par", "Vannes", "agglomération", "."],
            ["ADP", "PROPN", "NOUN", "PUNCT"],
            ["O", "B-LOC", "O", "O"],
            [("Vannes agglomération", "ORG")],
        ),
        # a short form in parentheses that abbreviates the name with the place after it
        (
            ["la", "Société", "des", "eaux", "minérales", "de", "Vals", "(", "SEMV", ")"],
            ["DET", "NOUN", "ADP", "NOUN", "ADJ", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O", "B-ORG", "O"],
            [("Société des eaux minérales de Vals", "ORG"), ("SEMV", "ORG")],
        ),
        # ... and not when it abbreviates the name alone
        (
            ["la", "Société", "des", "eaux", "minérales", "de", "Vals", "(", "SEM", ")"],
            ["DET", "NOUN", "ADP", "NOUN", "ADJ", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O", "B-ORG", "O"],
            [("Société des eaux minérales", "ORG"), ("Vals", "LOC"), ("SEM", "ORG")],
        ),
        # a place, then "du" and a company: two names
        (
            ["à", "Lyon", "du", "groupe", "Kelvo"],
            ["ADP", "PROPN", "ADP", "NOUN", "PROPN"],
            ["O", "B-LOC", "O", "O", "B-ORG"],
            [("Lyon", "LOC"), ("Kelvo", "ORG")],
        ),
        # a head written in lower case opens no name
        (
            ["les", "fonderies", "du", "Morvan", "ferment"],
            ["DET", "NOUN", "ADP", "PROPN", "VERB"],
            ["O", "O", "O", "B-LOC", "O"],
            [("Morvan", "LOC")],
        ),
        # a comma ends a name
        (
            ["aux", "Fonderies", ",", "du", "Morvan"],
            ["ADP", "NOUN", "PUNCT", "ADP", "PROPN"],
            ["O", "B-ORG", "O", "O", "B-LOC"],
            [("Fonderies", "ORG"), ("Morvan", "LOC")],
        ),
        # a capitalised common noun and "du" open an organisation's name NER calls a
        # person's; a lower-case title before "de" opens a person's
        (
            ["et", "Enrobés", "du", "Morvan", "paient"],
            ["CCONJ", "NOUN", "ADP", "PROPN", "VERB"],
            ["O", "B-PER", "I-PER", "I-PER", "O"],
            [("Enrobés du Morvan", "ORG")],
        ),
        (
            ["le", "général", "de", "Gaulle", "parle"],
            ["DET", "NOUN", "ADP", "PROPN", "VERB"],
            ["O", "B-PER", "I-PER", "I-PER", "O"],
            [("général de Gaulle", "PER")],
        ),
        # a person's name after the head is no part of it
        (
            ["la", "Fondation", "de", "Paul", "Martin"],
            ["DET", "NOUN", "ADP", "PROPN", "PROPN"],
            ["O", "O", "O", "B-PER", "I-PER"],
            [("Paul Martin", "PER")],
        ),
        # a body's head, "des" and its members in lower case, an adjective and a place
        (
            ["l'", "Union", "des", "bouchers", "lotois", ",", "présidée"],
            ["DET", "NOUN", "ADP", "NOUN", "ADJ", "PUNCT", "VERB"],
            ["O", "B-LOC", "O", "O", "O", "O", "O"],
            [("Union des bouchers lotois", "ORG")],
        ),
        (
            ["le", "Syndicat", "des", "tailleurs", "de", "pierre", "du", "Morvan", "a"],
            ["DET", "NOUN", "ADP", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "AUX"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "B-LOC", "O"],
            [("Syndicat des tailleurs de pierre du Morvan", "ORG")],
        ),
        (
            ["au", "Groupement", "des", "apiculteurs", "du", "Massif", "central", ","],
            ["ADP", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "ADJ", "PUNCT"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "O"],
            [("Groupement des apiculteurs du Massif central", "ORG")],
        ),
        # an organisation's place, then "et du" and a second area it serves
        (
            ["la", "Caisse", "d'", "Épargne", "d'", "Auvergne", "et", "du", "Limousin", "a"],
            ["DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "CCONJ", "ADP", "PROPN", "AUX"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "B-LOC", "O"],
            [("Caisse d' Épargne d' Auvergne et du Limousin", "ORG")],
        ),
        # ... not two places after a preposition each
        (
            ["des", "usines", "à", "Lyon", "et", "à", "Grenoble"],
            ["DET", "NOUN", "ADP", "PROPN", "CCONJ", "ADP", "PROPN"],
            ["O", "O", "O", "B-LOC", "O", "O", "B-LOC"],
            [("Lyon", "LOC"), ("Grenoble", "LOC")],
        ),
        # ... not a singular noun after "des", nor a head no body has
        (
            ["la", "Fédération", "des", "sport", "reste"],
            ["DET", "NOUN", "ADP", "NOUN", "VERB"],
            ["O", "B-ORG", "O", "O", "O"],
            [("Fédération", "ORG")],
        ),
        (
            ["la", "Route", "des", "vins", "d'", "Alsace"],
            ["DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN"],
            ["O", "B-MISC", "O", "O", "O", "B-LOC"],
            [("Route", "MISC"), ("Alsace", "LOC")],
        ),
    ],
)
def test_an_organisation_name_cut_at_its_de_is_one(words, pos, ents, expected) -> None:  # type: ignore[no-untyped-def]
    # (French lexical attributes: the rule reads lower-case forms, which a bare Vocab lacks)
    doc = Doc(
        spacy.blank("fr").vocab, words=words, pos=pos, ents=ents,
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    found = [(span.text, span.label_) for span in _entities(doc)]
    assert found == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("words", "pos", "ents", "expected"),
    [
        # a capitalised common noun the model knows, NER's one-word name, then "d'" and a
        # name: one organisation's name
        (
            ["la", "société", "Riz", "d'", "Acarouany", "vend"],
            ["DET", "NOUN", "NOUN", "ADP", "PROPN", "VERB"],
            ["O", "O", "B-ORG", "O", "B-LOC", "O"],
            [("Riz d'Acarouany", "ORG")],
        ),
        # not a place's own noun, nor a role's
        (
            ["depuis", "la", "Place", "de", "la", "Bastille", "."],
            ["ADP", "DET", "NOUN", "ADP", "DET", "PROPN", "PUNCT"],
            ["O", "O", "B-MISC", "O", "O", "B-LOC", "O"],
            [("Place", "MISC"), ("Bastille", "LOC")],
        ),
        (
            ["le", "Président", "de", "Kelvo", "parle"],
            ["DET", "NOUN", "ADP", "PROPN", "VERB"],
            ["O", "B-MISC", "O", "B-ORG", "O"],
            [("Président", "MISC"), ("Kelvo", "ORG")],
        ),
    ],
)
def test_a_known_common_noun_then_de_and_a_name_is_one_name(  # type: ignore[no-untyped-def]
    nlp, words, pos, ents, expected
) -> None:
    # (the model's vocabulary: the rule asks whether the model knows the noun)
    spaces = [not w.endswith("'") for w in words]
    doc = Doc(
        nlp.vocab, words=words, spaces=spaces, pos=pos, ents=ents,
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    found = [(span.text, span.label_) for span in _entities(doc)]
    assert found == expected


@pytest.mark.parametrize(
    ("words", "spaces", "ents", "expected"),
    [
        # a Breton "c'h" the tokenizer split as an elision: the name runs on
        (
            ["par", "Marie", "Le", "Floc'", "h", ","],
            [True, True, True, False, False, False],
            ["O", "B-PER", "I-PER", "I-PER", "O", "O"],
            [("Marie Le Floc'h", "PER")],
        ),
        # ... but not over a space to the next word
        (
            ["par", "Marie", "Le", "Floc'", "hier"],
            [True, True, True, True, False],
            ["O", "B-PER", "I-PER", "I-PER", "O"],
            [("Marie Le Floc'", "PER")],
        ),
    ],
)
def test_a_name_split_at_its_apostrophe_is_one(words, spaces, ents, expected) -> None:  # type: ignore[no-untyped-def]
    doc = Doc(
        spacy.blank("fr").vocab, words=words, spaces=spaces, ents=ents,
        pos=["PROPN" if w[:1].isupper() else "X" for w in words],
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    assert [(span.text, span.label_) for span in _entities(doc)] == expected


def test_an_acronym_takes_the_class_of_the_name_it_abbreviates() -> None:
    doc = Doc(
        Vocab(), words=["Commission", "nationale", "des", "libertés", "(", "CNL", ")", "et", "CNL"]
    )
    found = [
        (doc[0:4], Mention("Commission nationale des libertés", "GovernmentBody", 0, 4)),
        (doc[5:6], Mention("CNL", "Organization", 5, 6)),
        (doc[8:9], Mention("CNL", "Organization", 8, 9)),
    ]
    assert [m.cls for _, m in harmonise(found)] == ["GovernmentBody"] * 3


@pytest.mark.model
def test_a_name_opening_a_sentence_as_an_adverb_is_found_when_named_elsewhere() -> None:
    from kg.entities.mentions import _proper_runs

    # "Publinord, la filiale ... Pour Publinord, ...": the tagger made the opener an adverb
    words = ["Publinord", ",", "la", "filiale", "vend", ".", "Pour", "Publinord", ",", "non", "."]
    pos = ["ADV", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "ADP", "PROPN", "PUNCT", "ADV",
           "PUNCT"]
    starts = [True, False, False, False, False, False, True, False, False, False, False]
    doc = Doc(Vocab(), words=words, pos=pos, sent_starts=starts)
    found = {span.start for span in _proper_runs(doc, set(), default_gazetteer())}
    assert found == {0, 7}
    # an adverb the text names nowhere else is no name ("Désormais, la filiale ...")
    doc = Doc(Vocab(), words=["Désormais", ",", "la", "filiale", "vend", "."],
              pos=["ADV", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
              sent_starts=[True, False, False, False, False, False])
    assert list(_proper_runs(doc, set(), default_gazetteer())) == []


@pytest.mark.model
def test_a_name_of_several_words_opening_a_sentence_is_found_when_named_elsewhere() -> None:
    from kg.entities.mentions import _proper_runs

    # "Glacéo Gestion, installée à Gap, est ...": the tagger made both words common nouns
    words = ["Glacéo", "Gestion", ",", "installée", "à", "Gap", ",", "recrute", "."]
    pos = ["NOUN", "NOUN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"]
    starts = [True] + [False] * 8
    doc = Doc(Vocab(), words=words, pos=pos, sent_starts=starts)
    named = frozenset({"Glacéo Gestion"})
    found = [span.text for span in _proper_runs(doc, set(), default_gazetteer(), named)]
    assert "Glacéo Gestion" in found
    # named nowhere else, the two nouns are none
    found = [span.text for span in _proper_runs(doc, set(), default_gazetteer())]
    assert "Glacéo Gestion" not in found


def test_no_name_runs_on_through_dans_into_common_nouns(mentions) -> None:  # type: ignore[no-untyped-def]
    names = [
        name
        for name, _ in mentions["L'opération renforce la position de Norvik dans la micromobilité."]
    ]
    assert names == ["Norvik"]


#: Passages of our own whose names NER may type either way, with the coarse class the
#: context gives each name (Person, Organization, MediaOrganization, Product).
CONTEXT_TYPES = {
    # a trade noun of companies and persons alike: the feminine determiner or the given
    # name says a person; the masculine noun before a brand, a company
    "Lanthys a été cofondée en 2023 par la chimiste Sabine Orlac et l'ingénieur Hugo Merle.": [
        ("Sabine Orlac", "Person"),
        ("Hugo Merle", "Person"),
    ],
    "Le brasseur Pierre Lemaire a repris une petite brasserie du Nord.": [
        ("Pierre Lemaire", "Person"),
    ],
    "Le chimiste allemand BASF a racheté la société Kelvo.": [("BASF", "Organization")],
    "Le projet finance le rachat de l'imprimeur belge Drukkerij Vanhaert.": [
        ("Drukkerij Vanhaert", "Organization"),
    ],
    # what only an organisation undergoes or has makes a name NER calls a person a company
    "Créée en 2016 par le géologue Pierre Vasseur, un ancien de Kelvo, Granits du Morvan est "
    "dirigée depuis 2021 par Agnès Lorin.": [
        ("Granits du Morvan", "Organization"),
        ("Pierre Vasseur", "Person"),
        ("Agnès Lorin", "Person"),
    ],
    "Les dirigeants de Norvexa ont refusé de négocier avec les syndicats.": [
        ("Norvexa", "Organization"),
    ],
    "Le groupe n'a pas l'intention de céder sa filiale espagnole, Tintes Galicia, malgré les "
    "offres.": [("Tintes Galicia", "Organization")],
    "Norvik s'y mesurait à Delorme & Vasseur et à plusieurs groupes allemands.": [
        ("Delorme & Vasseur", "Organization"),
    ],
    "Norvexia Fibre est détenue à 70 % par le fonds Aldéris Capital.": [
        ("Norvexia Fibre", "Organization"),
    ],
    "Après une école de commerce, elle passe huit ans chez Delmas Cordier, à Paris.": [
        ("Delmas Cordier", "Organization"),
    ],
    "Le fonds possède déjà le fabricant allemand de films plastiques Plastova.": [
        ("Plastova", "Organization"),
    ],
    "La start-up vient de lever 6 millions d'euros auprès d'Ardeva Gestion.": [
        ("Ardeva Gestion", "Organization"),
    ],
    # ... not a person led by others, nor one named after a role of the company's part
    "Le projet avance sous la direction de Léa Moreau.": [("Léa Moreau", "Person")],
    "Le directeur de sa filiale, Marc Vidal, a démissionné.": [("Marc Vidal", "Person")],
    "Cofondée en 2019 par Ravi Mehta, Dario Conti et Lukas Brenner, la société emploie 80 "
    "personnes.": [("Dario Conti", "Person"), ("Lukas Brenner", "Person")],
    # whom a speaker told, named as a title is, is a medium
    "« Le chantier avance », a déclaré au Bâtisseur Jean Valois.": [
        ("Bâtisseur", "MediaOrganization"),
        ("Jean Valois", "Person"),
    ],
    "Interrogée par L'Écho du Lac sur la crise, elle refuse le pessimisme.": [
        ("L'Écho du Lac", "MediaOrganization"),
    ],
    "« Tout va bien », a confié Paul Mercier à Jean Valois.": [("Jean Valois", "Person")],
    # a seat, plants or shareholders in a relative clause make the name a company's; a verb
    # after the comma is no apposition ("produit" makes no product of the town)
    "Solvane Dettori, dont le siège est à Turin, produit des croquettes pour chats.": [
        ("Solvane Dettori", "Organization"),
        ("Turin", "City"),
    ],
    "Brenvik Marine, dont les usines tournent au ralenti, a réduit ses effectifs.": [
        ("Brenvik Marine", "Organization"),
    ],
    # a grower's trade noun types a company, or a person after a feminine determiner or
    # before a given name (the accented trade nouns too)
    "Établi près de Paimpol, l'horticulteur Kerlaouen Fleurs a perdu ses serres.": [
        ("Kerlaouen Fleurs", "Organization"),
    ],
    "L'ostréicultrice Anne Kerlaouen a perdu ses tables.": [("Anne Kerlaouen", "Person")],
    "L'ostréiculteur Paul Kerlaouen a perdu ses tables.": [("Paul Kerlaouen", "Person")],
    "L'éditeur Paul Morvan publie son premier roman.": [("Paul Morvan", "Person")],
    # the complement of a role held only in an organisation
    "Ancien directeur des ventes de Solvane Dettori, il a rejoint Kelvo en 2021.": [
        ("Solvane Dettori", "Organization"),
    ],
}

#: Passages with a name the context must not give a class (a look-alike of the above).
CONTEXT_NOT_TYPES = {
    "Le ministre a expliqué à Durand les raisons de son départ.": ("Durand", "MediaOrganization"),
    "Jean Moreau a été repris de justice à deux reprises.": ("Jean Moreau", "Organization"),
    "Le convoi a pris la direction de Kelvora avant l'aube.": ("Kelvora", "Organization"),
    "Jean Morel est détenu à Fresnes depuis 2021.": ("Jean Morel", "Organization"),
    "Ce soir-là, il dîne chez Jean Morel, à Lyon.": ("Jean Morel", "Organization"),
    "Il est depuis 2010 l'époux de Marco Bellini, un peintre.": ("Marco Bellini", "Organization"),
    "Logée dans un ancien entrepôt de Vierzon, Kelvo fabrique des jouets.": (
        "Vierzon",
        "Organization",
    ),
    "Le directeur de l'usine de Tourcoing a démissionné.": ("Tourcoing", "Organization"),
    "Marco Bellini, dont le domicile est à Milan, a été entendu.": (
        "Marco Bellini",
        "Organization",
    ),
}


@pytest.fixture(scope="module")
def context_types(nlp):  # type: ignore[no-untyped-def]
    return classes_found(nlp, [*CONTEXT_TYPES, *CONTEXT_NOT_TYPES])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [(text, name, cls) for text, expected in CONTEXT_TYPES.items() for name, cls in expected],
    ids=lambda value: value[:30] if isinstance(value, str) else None,
)
def test_context_types_the_name(context_types, text, name, cls) -> None:  # type: ignore[no-untyped-def]
    found = context_types[text]
    assert name in found, found
    # (Company and Organization alike: the facts' slots read the coarse class)
    assert cls in {found[name], coarse(found[name])}, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [(text, name, cls) for text, (name, cls) in CONTEXT_NOT_TYPES.items()],
    ids=lambda value: value[:30] if isinstance(value, str) else None,
)
def test_context_leaves_the_look_alike(context_types, text, name, cls) -> None:  # type: ignore[no-untyped-def]
    found = context_types[text]
    assert cls not in {found.get(name), coarse(found.get(name, "NamedEntity"))}, found


#: Towns, départements and régions of France that the Wikidata gazetteer lacks, typed by
#: the list of them (``kg/data/places-fr.tsv``), and names that list must not type.
FRENCH_PLACES = {
    "Coralie Roubaud est née à Parthenay en 1975 et vit à Niort.": {
        "Parthenay": "City",
        "Niort": "City",
    },
    "Les salariés de l'usine de Montdidier, dans la Somme, sont en grève.": {
        "Montdidier": "City",
        "Somme": "Region",
    },
    # a small town's name types it after a preposition of place, not elsewhere: it is
    # often a brand's or a surname's too
    "Il est viticulteur à Pauillac depuis 1990.": {"Pauillac": "City"},
    # ... after "au" (à + the town's own article) or "depuis", its article cut off
    "Elle vit au Pouliguen depuis 2010.": {"Pouliguen": "City"},
    "Les salariés sont venus en car depuis Le Pouliguen pour manifester.": {"Pouliguen": "City"},
    "Le groupe Orbéo affronte des rivaux tels que Valmont et Vetrix.": {"Valmont": None},
    # a name the gazetteer knows as a company is not the village of the same name
    "Saint-Gobain ouvre une usine en Essonne.": {"Saint-Gobain": None, "Essonne": "Region"},
    # nor a common word the gazetteer never links, though a town bears it too
    "L'enquête vise Orange et Bouygues Telecom.": {"Orange": None},
}


@pytest.fixture(scope="module")
def french_places(nlp):  # type: ignore[no-untyped-def]
    return classes_found(nlp, FRENCH_PLACES)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [(text, name, cls) for text, names in FRENCH_PLACES.items() for name, cls in names.items()],
    ids=lambda value: value[:30] if isinstance(value, str) else None,
)
def test_french_towns_and_areas_are_typed_by_their_list(french_places, text, name, cls) -> None:  # type: ignore[no-untyped-def]
    found = french_places[text]
    assert name in found, found
    if cls is None:
        assert found[name] not in {"City", "Region"}, found
    else:
        assert found[name] == cls, found


#: Passages of our own whose class noun makes the name a company (not only an
#: organisation), and look-alikes whose noun does not.
COMPANY_NOUNS = {
    "Le groupe Varnéo a racheté une usine à Douai.": ("Varnéo", "Company"),
    "Le groupe hôtelier Marvéa ouvre un site à Reims.": ("Marvéa", "Company"),
    "Le studio lillois Pixelune sort un nouveau jeu.": ("Pixelune", "Company"),
    "Son concurrent Brevia a baissé ses prix.": ("Brevia", "Company"),
    # a band, an association: organisations that are no companies
    "Le groupe de rock nantais Bleus Horizon joue ce soir.": ("Bleus Horizon", "Organization"),
    "Le groupe Les Grives Noires part en tournée avec un nouvel album.": (
        "Les Grives Noires",
        "Organization",
    ),
    "L'association Terre Vive a porté plainte.": ("Terre Vive", "Organization"),
    # the gazetteer's "organisation" (or NER's) is a company by what only a business does
    "Arkema a racheté un fabricant de colles.": ("Arkema", "Company"),
    "Le rachat de Nexans par un fonds est exclu.": ("Nexans", "Company"),
    "Elle a travaillé six ans chez Ipsen avant de fonder Kelvo.": ("Ipsen", "Company"),
    "Le fonds détient 12 % du capital de Brévane Industrie.": ("Brévane Industrie", "Company"),
    # a company's name ending, English or French; an English organisation head is no firm's
    "Brévane Participations a cédé ses parts.": ("Brévane Participations", "Company"),
    "Torvel Pictures prépare un film sur la mer.": ("Torvel Pictures", "Company"),
    "Les élèves de la Lakeview High School manifestent.": ("Lakeview High School", "Organization"),
    # ... or of an unknown name NER left untyped
    "Elle a passé dix ans chez Wild Ferns avant de fonder sa société.": ("Wild Ferns", "Company"),
    "Le fonds détient 30 % du capital de Brenvia.": ("Brenvia", "Company"),
    # a lone word NER calls a person, no given name nor a surname named in full before,
    # that the gazetteer knows as a firm
    "Lacoste ne fait pas de commentaire.": ("Lacoste", "Company"),
    "Marie Lacoste est arrivée lundi. Lacoste a dit non.": ("Lacoste", "Person"),
    # ... and stays an organisation when it does what a research body does too
    "L'Institut Curie a dévoilé jeudi un nouveau traitement.": ("Institut Curie", "Organization"),
    "Le Cirad collabore avec une université de Montpellier.": ("Cirad", "Organization"),
    "L'association Terre Vive a licencié trois salariés.": ("Terre Vive", "Organization"),
    # a public body's head with its reach, straight after it or after one adjective
    "Le rapport a été commandé par l'Autorité bancaire européenne.": (
        "Autorité bancaire européenne",
        "GovernmentBody",
    ),
    "L'Office européen des brevets a rejeté la demande.": (
        "Office européen des brevets",
        "GovernmentBody",
    ),
}


@pytest.fixture(scope="module")
def company_nouns(nlp):  # type: ignore[no-untyped-def]
    return classes_found(nlp, COMPANY_NOUNS)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [(text, name, cls) for text, (name, cls) in COMPANY_NOUNS.items()],
    ids=lambda value: value[:30] if isinstance(value, str) else None,
)
def test_a_business_noun_makes_the_name_a_company(company_nouns, text, name, cls) -> None:  # type: ignore[no-untyped-def]
    assert company_nouns[text].get(name) == cls, company_nouns[text]


#: Official names whose lower-case head (a noun or a phrase, then an adjective or two)
#: NER leaves out, and look-alikes that are no official name.
OFFICIAL_NAMES = {
    "Le recours de Kelvo sera examiné par le tribunal administratif de Poitiers.": (
        "tribunal administratif de Poitiers",
        "GovernmentBody",
    ),
    "Le tribunal de commerce de Niort a placé Kelvo en redressement.": (
        "tribunal de commerce de Niort",
        "GovernmentBody",
    ),
    "Le parquet de Rennes a ouvert une enquête.": ("parquet de Rennes", "GovernmentBody"),
    "La communauté de communes de Guingamp a voté le budget.": (
        "communauté de communes de Guingamp",
        "GovernmentBody",
    ),
    "Des chercheurs de l'université de Poitiers ont publié.": (
        "université de Poitiers",
        "Organization",
    ),
    # a court named without its town's "de" is no official name: the town stays
    "Il a quitté le tribunal à Rennes.": ("Rennes", "City"),
    # a head phrase may take its name straight after it, without "de"
    "Un rapport de la chambre régionale des comptes Bretagne épingle la gestion du port.": (
        "chambre régionale des comptes Bretagne",
        "GovernmentBody",
    ),
    "La communauté de communes Pays de Pontivy organise une foire.": (
        "communauté de communes Pays de Pontivy",
        "GovernmentBody",
    ),
    # ... a lone noun may not: the name after it stays the place's
    "Il a quitté le tribunal Rennes Métropole en tête.": ("Rennes Métropole", "GovernmentBody"),
    # a head of six words ("d'" is a word of its own)
    "Il a présidé la chambre de commerce et d'industrie du Cantal pendant six ans.": (
        "chambre de commerce et d'industrie du Cantal",
        "GovernmentBody",
    ),
}


#: Names headed by a noun that says what they name: a place's lower-case noun before
#: "de" and a capitalised name, a venue's or a festival's capitalised noun.
HEADED_NAMES = {
    "Le train arrive à la gare de Lille-Flandres vers midi.": (
        "gare de Lille-Flandres",
        "Place",
    ),
    "Le sommet sera organisé par la préfecture au château de Chambord en mai.": (
        "château de Chambord",
        "Place",
    ),
    "Elle a dirigé le Théâtre du Rond-Point pendant dix ans.": (
        "Théâtre du Rond-Point",
        "Organization",
    ),
    "Le Musée de la poterie rouvre ses salles en mai.": ("Musée de la poterie", "Organization"),
    # the capitalised "Région" is the council's style, one name; its investment arm a firm
    "La Région Bretagne a voté une aide aux pêcheurs.": ("Région Bretagne", "GovernmentBody"),
    "Région Centre Investissement accompagne les PME du Cher.": (
        "Région Centre Investissement",
        "Company",
    ),
    "La Fête du cidre attire des milliers de visiteurs chaque automne.": (
        "Fête du cidre",
        "Event",
    ),
}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), list(HEADED_NAMES.items()))
def test_a_name_takes_the_class_of_its_head_noun(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    found = {m.text: m.cls for _, m in detect_mentions(nlp(text), default_gazetteer())}
    name, cls = expected
    assert found.get(name) == cls, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    ["La société vend ses billets à la gare.", "Les colonnes de Sud Ouest relatent l'affaire."],
)
def test_a_place_noun_alone_or_a_column_names_no_place(nlp, text) -> None:  # type: ignore[no-untyped-def]
    found = {m.text: m.cls for _, m in detect_mentions(nlp(text), default_gazetteer())}
    assert "Place" not in found.values() and not any("colonnes" in n for n in found), found


#: An organisation's name NER ran on into the verb after it and that verb's object, cut at
#: the verb; names whose lower-case words are followed by a preposition stay whole.
VERB_AFTER_NAME = {
    "L'Agence française de développement finance le port de Dakar.": (
        "Agence française de développement"
    ),
    "La Fédération française de la franchise a publié son rapport.": (
        "Fédération française de la franchise"
    ),
}


#: A public body's name NER closed on its scope adjective goes on to its nouns; not past a
#: verb, nor for a name whose head names no public body.
PUBLIC_NAMES_CUT = {
    "Les agents de l'Office français de la biodiversité ont contrôlé la rivière.": (
        "Office français de la biodiversité"
    ),
    "L'Office français de la biodiversité a verbalisé Kelvo.": (
        "Office français de la biodiversité"
    ),
}


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), list(PUBLIC_NAMES_CUT.items()))
def test_a_public_body_name_cut_at_its_scope_goes_on(nlp, text, name) -> None:  # type: ignore[no-untyped-def]
    found = {m.text: m.cls for _, m in detect_mentions(nlp(text), default_gazetteer())}
    assert found.get(name) == "GovernmentBody", found


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), list(VERB_AFTER_NAME.items()))
def test_no_organisation_name_runs_on_into_a_verb_and_its_object(nlp, text, name) -> None:  # type: ignore[no-untyped-def]
    names = [m.text for _, m in detect_mentions(nlp(text), default_gazetteer())]
    assert name in names, names


@pytest.fixture(scope="module")
def official_names(nlp):  # type: ignore[no-untyped-def]
    return classes_found(nlp, OFFICIAL_NAMES)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [(text, name, cls) for text, (name, cls) in OFFICIAL_NAMES.items()],
    ids=lambda value: value[:30] if isinstance(value, str) else None,
)
def test_an_official_name_keeps_its_lower_case_head(official_names, text, name, cls) -> None:  # type: ignore[no-untyped-def]
    assert official_names[text].get(name) == cls, official_names[text]


@pytest.mark.model
def test_a_board_of_a_company_is_no_official_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Il siège au conseil d'administration de Kelvo depuis 2020.")
    names = [m.text for _, m in detect_mentions(doc, default_gazetteer())]
    assert not any("conseil" in name for name in names), names


def _harmonised(nlp, text):  # type: ignore[no-untyped-def]
    return harmonise(list(detect_mentions(nlp(text), default_gazetteer())))


#: A trade noun of ``family_firm_trades`` before a family name (its capitalised article
#: kept, or a name NER calls a person) names one company with it, apart from the family.
FAMILY_FIRMS = {
    "L'armement Le Quéré exploite quatre chalutiers. Son fondateur, Yves Le Quéré, a pris "
    "sa retraite.": ("armement Le Quéré", "Yves Le Quéré"),
    "La tannerie Le Querrec a signé un contrat avec la ville.": ("tannerie Le Querrec", None),
}


@pytest.mark.model
@pytest.mark.parametrize(("text", "names"), list(FAMILY_FIRMS.items()))
def test_a_trade_noun_and_a_family_name_are_one_company(nlp, text, names) -> None:  # type: ignore[no-untyped-def]
    found = {m.text: m.cls for _, m in _harmonised(nlp, text)}
    firm, person = names
    assert found.get(firm) == "Company", found
    assert person is None or found.get(person) == "Person", found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Le Querrec a vendu la conserverie à sa fille.",
        "Dans la fromagerie, Le Querrec a parlé aux clients.",
        "La société Les Trois Chênes a été placée en redressement judiciaire.",
    ],
)
def test_no_family_firm_without_its_trade_noun_right_before(nlp, text) -> None:  # type: ignore[no-untyped-def]
    found = [m.text for _, m in _harmonised(nlp, text)]
    assert not any(name[:1].islower() for name in found), found


@pytest.mark.model
def test_a_family_firm_also_named_alone_is_that_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le fonds a racheté la coutellerie Brévant en mai. Brévant a embauché douze salariés."
    found = [(m.text, m.cls) for _, m in _harmonised(nlp, text)]
    assert found[0] == ("Brévant", "Company"), found
    assert all(name == "Brévant" for name, _ in found), found


def _tagged_sentence(pairs: str) -> Doc:
    """A one-sentence Doc from ``word/TAG`` pairs (the tagger's guesses written out)."""
    split = [pair.rsplit("/", 1) for pair in pairs.split()]
    return Doc(
        spacy.blank("fr").vocab,
        words=[w for w, _ in split],
        pos=[p for _, p in split],
        sent_starts=[True] + [False] * (len(split) - 1),
    )


@pytest.mark.parametrize(
    ("pairs", "i", "expected"),
    [
        # a capitalised word the tagger calls a noun, after a class noun and its origin
        ("Le/DET groupe/NOUN danois/ADJ Norvik/NOUN ,/PUNCT qui/PRON", 3, True),
        ("Le/DET contrat/NOUN lie/VERB le/DET fabricant/NOUN Sarvel/ADJ", 5, True),
        # a description the comma closes announces nothing after it
        ("Pour/ADP le/DET groupe/NOUN danois/ADJ ,/PUNCT Marc/NOUN parle/VERB", 5, False),
        # a person's title, or no class noun at all
        ("Le/DET docteur/NOUN Norvik/NOUN parle/VERB", 2, False),
        ("Le/DET vent/NOUN danois/ADJ Norvik/NOUN souffle/VERB", 3, False),
        # a capital that opens the sentence is no evidence
        ("Norvik/NOUN groupe/NOUN", 0, False),
    ],
)
def test_a_class_noun_announces_the_capitalised_word_after_it(pairs, i, expected) -> None:  # type: ignore[no-untyped-def]
    assert _announced_word(words(_tagged_sentence(pairs)), i) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a byline over its publication line, each a line of its own
        (
            "Par Hugo Lemaire et Soizic Caradec\nModifié le 2 février, 11:20",
            ["Par Hugo Lemaire et Soizic Caradec", "Modifié le 2 février, 11:20"],
        ),
        # a « Lire aussi » link or a podcast's listening line under a closing note
        (
            "Propos recueillis par téléphone.\nÀ lire aussi : Vannes rouvre ses halles",
            ["À lire aussi : Vannes rouvre ses halles"],
        ),
        (
            "Merci à notre invitée.\nÉcouter l'épisode précédent, consacré aux phares du cap",
            ["Écouter l'épisode précédent, consacré aux phares du cap"],
        ),
        (
            "Fin.\nCet article vous a plu ? Soutenez notre rédaction indépendante.",
            ["Cet article vous a plu ? Soutenez notre rédaction indépendante."],
        ),
        (
            "Voilà.\nSuivez chaque soir les cours du porc breton grâce à notre appli",
            ["Suivez chaque soir les cours du porc breton grâce à notre appli"],
        ),
        # a hard-wrapped sentence goes on in lower case: no byline
        ("Le club a été racheté\npar Jean Moreau, qui le dirige.", []),
        # news text on its own line is no furniture
        ("Kelvo recrute.\nPar ailleurs, Norvik ouvre un site à Lyon.", []),
    ],
)
def test_furniture_lines_inside_a_paragraph(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in furniture_spans(text)] == expected


#: Names made whole (region or river words, years, family and area nouns kept in the name).
WHOLE_NAMES = [
    # no name runs over a line break: the byline's author and the dateline's town
    "Par Soizic Caradec\nRostrenen, le 14 octobre 2025\n\nLes élus ont adopté le budget.",
    # a company noun makes one name of a place-like name
    "Le groupe Sofral a racheté la société Brivane Loire, filiale du groupe Dalmer.",
    # quoted names a class noun announces
    "Marc Dufour, conseiller municipal du groupe « Rennes en mouvement », s'est abstenu.",
    "Le podcast économique du jeu vidéo « Pixel & Cash » recevait Paul Roy cette semaine.",
    "Le brasseur a signé un contrat de quatre ans, baptisé « Houblon 2030 », avec le club.",
    "La métropole a signé avec Vélis le « contrat de plan Garonne 2035 ».",
    # a family as one actor
    "La famille Perrault, qui détient 40 % du capital, a accepté l'offre de Kelvo.",
    # an area's head and its name
    "Le conseil a vendu trois hectares du parc d'activités des Ormeaux, à Niort, à Kelvo.",
    # a model's number
    "Son premier catamaran, le Goéland 38, a été vendu à un notaire.",
    # product nouns, trade heads and trade ends
    "La maison fabrique notamment le flacon Verlune.",
    "Elle produit l'hydromel Sorelle depuis 2015.",
    "En 1985, il fonde la Miellerie du Val-Joli avec son frère.",
    "Selon Marc Roy, Orvane Parfums a racheté Semences Daltier.",
    # a legal form is no part of the name
    "Kerval SARL a ouvert un second atelier à Quimperlé l'an dernier.",
    # a notice's fields: the company's name, the town that closes the seat's address
    "AVIS DE CONSTITUTION\nDénomination : Bougies et Senteurs d'Argoat. Forme : société à "
    "responsabilité limitée. Siège : Callac. Objet : négoce.",
    "Capital : 2 500 euros. Siège social : 8, allée des Tilleuls, Lampaul-Guimiliau.",
    # a person and the firm NER ran together over an article
    "En 2003, elle crée avec sa sœur Hélène la Cidrerie Kerlann, près de Fouesnant.",
    # a town no list holds, after a placing word
    "Né à Tournevie en 1980, Paul Roy a fondé Kelvo.",
    "Agricultrice à Pruvaux, Anne Roy a été élue présidente.",
    "La coopérative, dont le siège est à Vauxbois, emploie 40 personnes.",
    # an organisation's head and its lower-case adjectives, then maybe its place
    "Le groupe a cédé les Transports frigorifiques normands, basés à Lisieux.",
    "Il siégea au conseil du Crédit agricole Val-de-Rance Armor.",
    # a title with its own article, subject of a verb of reporting
    "De son côté, Le Héraut des quais relate les débuts difficiles de Kelvo.",
    # a person named in full ends a fronted clause: the noun after the comma is no
    # apposition of theirs; a quoted title a publishing participle follows is a work
    "Créée en 2012 par Gaëlle Kerhervé et son compagnon, Yann Morvan, la ferme de "
    "Plounévez, dans le Trégor, élève 300 chèvres.",
    "Dans « Le sel des jours », publié par les Éditions du Rivage, Paul Ricard raconte.",
    # a legal form the short form in parentheses abbreviates is part of the name; one it
    # does not abbreviate is not
    "Kerval Holdings Limited (KHL) a racheté Sonora.",
    "Kerval Holdings SA (KH) a racheté Sonora.",
    # a quoted name a determined noun of no class announces is goods
    "Kelvo vend les chaussettes « Trotteuse » à Troyes.",
]


@pytest.fixture(scope="module")
def whole_names(nlp):  # type: ignore[no-untyped-def]
    return classes_found(nlp, WHOLE_NAMES)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        (WHOLE_NAMES[1], "Brivane Loire", "Company"),
        (WHOLE_NAMES[2], "Rennes en mouvement", "Organization"),
        (WHOLE_NAMES[3], "Pixel & Cash", "MediaOrganization"),
        (WHOLE_NAMES[4], "Houblon 2030", "Agreement"),
        (WHOLE_NAMES[5], "contrat de plan Garonne 2035", "Agreement"),
        (WHOLE_NAMES[6], "famille Perrault", "Organization"),
        (WHOLE_NAMES[7], "parc d'activités des Ormeaux", "Place"),
        (WHOLE_NAMES[8], "Goéland 38", "Product"),
        (WHOLE_NAMES[9], "Verlune", "Product"),
        (WHOLE_NAMES[10], "Sorelle", "Product"),
        (WHOLE_NAMES[11], "Miellerie du Val-Joli", "Company"),
        (WHOLE_NAMES[12], "Orvane Parfums", "Company"),
        (WHOLE_NAMES[12], "Semences Daltier", "Company"),
        (WHOLE_NAMES[13], "Kerval", None),
        (WHOLE_NAMES[14], "Bougies et Senteurs d'Argoat", "Company"),
        (WHOLE_NAMES[14], "Callac", "City"),
        (WHOLE_NAMES[15], "Lampaul-Guimiliau", "City"),
        (WHOLE_NAMES[16], "Hélène", "Person"),
        (WHOLE_NAMES[16], "Cidrerie Kerlann", "Company"),
        (WHOLE_NAMES[17], "Tournevie", "City"),
        (WHOLE_NAMES[18], "Pruvaux", "City"),
        (WHOLE_NAMES[19], "Vauxbois", "City"),
        (WHOLE_NAMES[20], "Transports frigorifiques normands", "Company"),
        (WHOLE_NAMES[21], "Crédit agricole Val-de-Rance Armor", "Company"),
        (WHOLE_NAMES[22], "Le Héraut des quais", "MediaOrganization"),
        (WHOLE_NAMES[23], "Yann Morvan", "Person"),
        (WHOLE_NAMES[24], "Le sel des jours", "Product"),
        (WHOLE_NAMES[24], "Paul Ricard", "Person"),
        (WHOLE_NAMES[25], "Kerval Holdings Limited", None),
        (WHOLE_NAMES[26], "Kerval Holdings", None),
        (WHOLE_NAMES[27], "Trotteuse", "Product"),
    ],
)
def test_a_name_is_found_whole(whole_names, text, name, cls) -> None:  # type: ignore[no-untyped-def]
    found = whole_names[text]
    assert name in found, found
    if cls is not None:
        assert found[name] == cls, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            WHOLE_NAMES[0],
            ("Caradec Rostrenen", "Soizic Caradec\nRostrenen", "Soizic Caradec Rostrenen"),
        ),
        (WHOLE_NAMES[1], ("Brivane", "Loire")),
        (WHOLE_NAMES[2], ("Rennes",)),
        (WHOLE_NAMES[5], ("Garonne",)),
        (WHOLE_NAMES[6], ("Perrault",)),
        (WHOLE_NAMES[7], ("Ormeaux",)),
        (WHOLE_NAMES[13], ("Kerval SARL",)),
        (WHOLE_NAMES[14], ("Bougies", "Senteurs", "Argoat")),
        (WHOLE_NAMES[16], ("Hélène la Cidrerie Kerlann",)),
        (WHOLE_NAMES[25], ("Kerval Holdings",)),
        (WHOLE_NAMES[26], ("Kerval Holdings SA",)),
    ],
)
def test_no_piece_of_a_whole_name_is_a_name(whole_names, text, pieces) -> None:  # type: ignore[no-untyped-def]
    found = whole_names[text]
    assert not set(pieces) & set(found), found


QUOTES_NOT_NAMES = [
    # speech, a quote no class noun announces, a text's title the frames name
    "« Nous allons recruter à Brest », a déclaré Paul Roy.",
    "Le projet « Rive Verte » a été critiqué par Lucie Arnaud.",
    "La ville a signé la convention « Rive Verte 2040 » avec Kelvo.",
    # a family named with a given name, or a family's complement, is no actor
    "Il a dîné avec la famille de Paul Roy.",
    # a quantity after a name is no part of it
    "Kelvo a cédé à Norvik 12 camions en mai.",
    # speech a verb of publishing follows is no title
    "« Nous sommes prêts », publie le groupe Kelvo sur son site.",
    # a recipient's "à" places no one; a head opening its sentence is a heading's word
    "Kelvo a cédé sa filiale à Norvik en mai.",
    "Transports lourds : la ville de Brest interdit les camions.",
    # a colon inside a sentence opens no field; a particle is no firm's article
    "La dénomination : un choix difficile pour Kelvo, installée à Vannes.",
    "Le roi Jean le Bon a régné à Paris.",
    # a town written with its article is no medium
    "Il vit à La Rochelle depuis 2010. Dans La Rochelle, les loyers montent.",
    # a quoted rubric or a medium's complement is no product
    "Kelvo publie la rubrique « Pas à Pas » et passe au micro de « Pixel Matin ».",
]


@pytest.mark.model
def test_what_makes_no_name_or_no_town(nlp) -> None:  # type: ignore[no-untyped-def]
    found = classes_found(nlp, QUOTES_NOT_NAMES)
    speech, project, convention, family, quantity, published, recipient, heading = (
        found[t] for t in QUOTES_NOT_NAMES[:8]
    )
    colon, king, town, rubric = (found[t] for t in QUOTES_NOT_NAMES[8:])
    assert "Product" not in rubric.values(), rubric
    assert "MediaOrganization" not in town.values(), town
    assert not any("prêts" in name for name in published), published
    assert recipient.get("Norvik") != "City", recipient
    assert "Transports lourds" not in heading, heading
    assert not any("recruter" in name for name in speech), speech
    assert "Rive Verte" not in project or project["Rive Verte"] == "NamedEntity", project
    # (the frames name the text "convention « Rive Verte 2040 »": no agreement of its own)
    assert convention.get("Rive Verte 2040") != "Agreement", convention
    assert not any(name.startswith("famille") for name in family), family
    assert "Norvik 12" not in quantity and "Norvik" in quantity, quantity
    assert not any(cls == "Company" and "choix" in name for name, cls in colon.items()), colon
    assert "Jean le Bon" in king and "Bon" not in king, king


def test_a_name_ends_before_a_quote_it_opens_but_does_not_close() -> None:
    # "avec Nivex la convention « Neige sobre »" tagged "Nivex la convention « Neige sobre"
    words_ = ["avec", "Nivex", "la", "convention", "«", "Neige", "sobre", "»", "."]
    pos = ["ADP", "PROPN", "DET", "NOUN", "PUNCT", "PROPN", "ADJ", "PUNCT", "PUNCT"]
    doc = Doc(spacy.blank("fr").vocab, words=words_, pos=pos)
    trimmed = _trim(Span(doc, 1, 7, label="MISC"))
    assert trimmed is not None and trimmed.text == "Nivex"
    # a quote tagged whole keeps its words
    whole = _trim(Span(doc, 4, 8, label="MISC"))
    assert whole is not None and whole.text == "Neige sobre"


def test_a_name_closed_on_its_hyphen_runs_on_to_the_word_glued_to_it() -> None:
    words_ = ["ses", "rivaux", "IQ", "-", "EQ", "et", "Kelvo"]
    spaces = [True, True, False, False, True, True, False]
    doc = Doc(spacy.blank("fr").vocab, words=words_, spaces=spaces,
              pos=["DET", "NOUN", "PROPN", "PUNCT", "NOUN", "CCONJ", "PROPN"],
              sent_starts=[True] + [False] * 6)
    found = _entities(doc, [Span(doc, 2, 4, label="MISC"), Span(doc, 6, 7, label="ORG")])
    assert [span.text for span in found] == ["IQ-EQ", "Kelvo"]


def test_two_names_ner_ran_together_over_et_de_are_two() -> None:
    words_ = ["auprès", "de", "la", "Nef", "et", "de", "France", "Active", ".", "Le",
              "ministère", "de", "l'", "Économie", "et", "des", "Finances", "signe", "."]
    doc = Doc(spacy.blank("fr").vocab, words=words_)
    found = [Span(doc, 3, 8, label="MISC"), Span(doc, 10, 17, label="ORG")]
    pieces = [span.text for span in _split_coordinated(doc, words(doc), found)]
    # (an official name with a "de" of its own stays whole)
    assert pieces == ["Nef", "France Active", "ministère de l' Économie et des Finances"]


def test_two_names_over_de_that_the_text_writes_whole_are_one() -> None:
    words_ = ["Kelvo", "détient", "Cuivre", "du", "Morvan", ".", "Vernel", "a", "racheté",
              "Cuivre", "du", "Morvan", "et", "Brest", "du", "Nord", "."]
    doc = Doc(spacy.blank("fr").vocab, words=words_)
    found = [Span(doc, 2, 3, label="MISC"), Span(doc, 4, 5, label="PER"),
             Span(doc, 9, 12, label="ORG"), Span(doc, 13, 14, label="LOC"),
             Span(doc, 15, 16, label="LOC")]
    joined = [(span.start, span.end) for span in _named_again_at_start(doc, words(doc), found)]
    # ("Brest" + "du" + "Nord" is no name the text wrote whole: both stay)
    assert joined == [(2, 5), (9, 12), (13, 14), (15, 16)]


@pytest.mark.model
def test_a_town_after_a_byline_is_no_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    # NER runs the byline's author into the dateline's town: the town is no person's
    # surname anywhere in the text
    text = (
        "Vannes : le conseil vend un terrain à Kelvo\n\nPar Léa Roy\nVannes, le 3 mai 2026\n\n"
        "Le conseil municipal de Vannes a voté la vente."
    )
    gazetteer = default_gazetteer()
    found = [(m.text, m.cls) for _, m in harmonise(list(detect_mentions(nlp(text), gazetteer)))]
    assert ("Vannes", "Person") not in found, found
    assert ("Vannes", "City") in found, found


def test_two_places_closed_by_a_body_noun_are_one_body() -> None:
    vocab = spacy.blank("fr").vocab
    words_ = ["Lorient", "Kéroman", "Port", "a", "signé", "avec", "Vannes", "Rennes", "."]
    ents = ["B-LOC", "B-LOC", "I-LOC", "O", "O", "O", "B-LOC", "B-LOC", "O"]
    doc = Doc(vocab, words=words_, ents=ents)
    # ("Vannes" + "Rennes": two places, no body's noun closes the second)
    assert [(s.start, s.end) for s in _entities(doc)] == [(0, 3), (6, 7), (7, 8)]


#: A medium's local edition (a network's, a title noun's before its town) is one name and
#: a medium, whatever NER cut; the name of a person after it stays a person.
MEDIA_EDITIONS = {
    "« Le site fermera », a annoncé à France 3 Centre-Val de Loire le maire, Paul Roy.": [
        ("France 3 Centre-Val de Loire", "MediaOrganization"),
        ("Paul Roy", "Person"),
    ],
    "Le délégué syndical l'a répété jeudi sur France Bleu Armorique.": [
        ("France Bleu Armorique", "MediaOrganization"),
    ],
    "« Nous tiendrons », confie à La Gazette de Vierzon la gérante, Anne Caillaud.": [
        ("La Gazette de Vierzon", "MediaOrganization"),
        ("Anne Caillaud", "Person"),
    ],
    "« Rien n'est joué », a expliqué à France Bleu Alsace Jeanne Morel.": [
        ("France Bleu Alsace", "MediaOrganization"),
        ("Jeanne Morel", "Person"),
    ],
    "Selon Le Courrier de Saint-Lô, la fromagerie recrute vingt personnes.": [
        ("Le Courrier de Saint-Lô", "MediaOrganization"),
    ],
}


@pytest.fixture(scope="module")
def media_editions(nlp):  # type: ignore[no-untyped-def]
    return classes_found(nlp, MEDIA_EDITIONS)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [(text, name, cls) for text, expected in MEDIA_EDITIONS.items() for name, cls in expected],
    ids=lambda value: value[:30] if isinstance(value, str) else None,
)
def test_a_media_edition_is_one_medium(media_editions, text, name, cls) -> None:  # type: ignore[no-untyped-def]
    found = media_editions[text]
    assert found.get(name) == cls, found


def test_a_media_family_needs_a_place_name() -> None:
    assert is_media_name("France Bleu Pays de la Loire")
    assert is_media_name("Le Journal de Saint-Malo")
    # a speaker after the network's name, a common noun after the title's
    assert not is_media_name("France 3 Jeanne Morel")
    assert not is_media_name("La Gazette de la semaine")
    assert not is_media_name("La Gazette")


#: A name's class from the noun that introduces it, and a name's extent: a storm is an
#: event, a range or brand a product (not the owner described after ``de``), a regional
#: body's name runs on over its territory.
INTRODUCED = {
    "L'ouragan Bertille a emporté le toit de l'entrepôt de Kelvo.": [("Bertille", "Event")],
    "Après la tempête Aurore, la scierie a rouvert.": [("Aurore", "Event")],
    "Bonne nouvelle : la gamme Brunelle de la fromagerie entre chez les cavistes.": [
        ("Brunelle", "Product"),
    ],
    "La coopérative commercialise les marques Solvie et Brava dans tout le pays.": [
        ("Solvie", "Product"),
    ],
    "Marie Roy dirige la Fédération régionale des travaux publics Occitanie depuis 2019.": [
        ("Fédération régionale des travaux publics Occitanie", "Organization"),
    ],
    "Paul Roy, président du Comité régional de la pêche Bretagne-Sud, proteste.": [
        ("Comité régional de la pêche Bretagne-Sud", "Organization"),
        ("Paul Roy", "Person"),
    ],
    # the holder's name after a body's name is a person's
    "Le président de la Fédération française du bâtiment Jean Dupont a parlé.": [
        ("Fédération française du bâtiment", "Organization"),
        ("Jean Dupont", "Person"),
    ],
    # a continent or world region is a region, though the gazetteer knows Europe as a flag
    "Kelvo vend ses pompes en Europe, en Asie du Sud-Est et au Moyen-Orient.": [
        ("Europe", "Region"),
        ("Asie du Sud-Est", "Region"),
        ("Moyen-Orient", "Region"),
    ],
    "« Le marché reprend », a déclaré sur Europe 1 Paul Roy.": [
        ("Europe 1", "MediaOrganization"),
    ],
    # a company form before the name is no part of it; a company opening a sentence keeps
    # a two-capital word that looks like one
    "La SARL Kervadec Frères a été placée en redressement judiciaire.": [
        ("Kervadec Frères", None),
    ],
    "AG Insurance a racheté la société Kelvo.": [("AG Insurance", "Organization")],
    # a known company then a country: its branch there, one organisation; two places stay two
    "Il a dirigé Heineken Vietnam pendant dix ans avant de rejoindre Kelvo.": [
        ("Heineken Vietnam", "Organization"),
    ],
    "Ancienne cadre de Renault Argentine, elle a fondé sa propre marque.": [
        ("Renault Argentine", "Organization"),
    ],
    "McFadden est né à Dublin Irlande.": [("Dublin", "City"), ("Irlande", "Country")],
    # a lower-case origin word the tagger calls a proper noun sits between the class noun
    # and the name; a chain of sites is a company, a channel's complement is singular
    "Le cinéma appartient au groupe familial ardéchois Vernadel depuis 2019.": [
        ("Vernadel", "Company"),
    ],
    "Le fonds possède aussi la chaîne de laveries Lavomax, présente dans l'Ouest.": [
        ("Lavomax", "Company"),
    ],
    "Le groupe rachète la plateforme de recettes Roulia, lancée en 2017.": [
        ("Roulia", "Organization"),
    ],
    "Il présente le journal sur la chaîne d'information Kelvo Info.": [
        ("Kelvo Info", "MediaOrganization"),
    ],
    # a small town after a place's head noun and "de"; a social landlord's name
    "Les trains relient les ports de Port-Saint-Louis-du-Rhône et de Sète.": [
        ("Port-Saint-Louis-du-Rhône", "City"),
    ],
    "Le bailleur Niort Métropole Habitat a choisi le groupe pour isoler ses logements.": [
        ("Niort Métropole Habitat", "Organization"),
    ],
    # a case number is no name; a channel named with a digit is
    "La décision sera publiée au registre sous le numéro M.10452, a précisé M6.": [
        ("M6", "MediaOrganization"),
    ],
    # a head that opens names keeps its complement, a class noun though it be
    "Elle enseigne à l'Institut de la banque depuis 2015.": [
        ("Institut de la banque", "Organization"),
    ],
    "Cédée en 2004 au groupe Delmar, la marque Orvane a perdu ses clients.": [
        ("Orvane", "Product"),
    ],
    # a town's council by its capitalised "Ville" or "Mairie" (not "la ville de Y": a town)
    "La charte a été signée avec la Ville de Quimperlé et la Mairie de Pontivy.": [
        ("Ville de Quimperlé", "GovernmentBody"),
        ("Mairie de Pontivy", "GovernmentBody"),
    ],
    "La ville de Quimperlé compte 12 000 habitants.": [("Quimperlé", "City")],
}


@pytest.fixture(scope="module")
def introduced(nlp):  # type: ignore[no-untyped-def]
    return classes_found(nlp, INTRODUCED)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [(text, name, cls) for text, expected in INTRODUCED.items() for name, cls in expected],
    ids=lambda value: value[:30] if isinstance(value, str) else None,
)
def test_the_introducing_noun_types_and_bounds_the_name(introduced, text, name, cls) -> None:  # type: ignore[no-untyped-def]
    found = introduced[text]
    assert name in found, found
    if cls is not None:
        assert cls in {found[name], coarse(found[name])}, found


@pytest.mark.model
def test_a_case_number_is_no_name(introduced) -> None:  # type: ignore[no-untyped-def]
    found = introduced["La décision sera publiée au registre sous le numéro M.10452, a précisé M6."]
    assert "M.10452" not in found, found


@pytest.mark.model
def test_a_storm_is_no_organisation(introduced) -> None:  # type: ignore[no-untyped-def]
    found = introduced["L'ouragan Bertille a emporté le toit de l'entrepôt de Kelvo."]
    assert coarse(found["Bertille"]) != "Organization", found


@pytest.mark.model
def test_a_body_s_head_alone_is_its_long_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # before or after the long name, the head noun alone names the one body it opens
    text = (
        "La Commission autorise le rachat de Kelvo. La Commission européenne a donné son "
        "feu vert mardi. La Commission a toutefois exigé la vente d'une usine."
    )
    names = [mention.text for _, mention in _harmonised(nlp, text)]
    assert "Commission" not in names, names
    assert names.count("Commission européenne") == 3, names


@pytest.mark.model
def test_a_head_shared_by_two_bodies_stays_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La Cour de cassation et la Cour des comptes ont rendu leurs avis. La Cour a "
        "ensuite précisé sa position."
    )
    names = [mention.text for _, mention in _harmonised(nlp, text)]
    assert "Cour de cassation" in names and "Cour des comptes" in names, names
    assert names.count("Cour de cassation") == 1, names


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "opening"),
    [
        ("Délégué CGT chez Garde Est Services, Mamadou Sissoko a témoigné.", "CGT", "Délégué"),
        ("Nouveau directeur de Kelvane, Paul Roy a pris ses fonctions.", "Kelvane", "Nouveau"),
        # an adjective opening the sentence before its noun names nothing
        ("Principal concurrent de Kelvane, Schaller a renoncé.", "Kelvane", "Principal"),
    ],
)
def test_a_capitalised_role_opening_the_sentence_is_no_part_of_the_name(  # type: ignore[no-untyped-def]
    nlp, text: str, name: str, opening: str
) -> None:
    names = [m.text for _, m in _harmonised(nlp, text)]
    assert name in names and not any(n.startswith(opening) for n in names), names


@pytest.mark.model
def test_an_organisation_name_takes_a_capitalised_noun_after_it_not_across_lower_case(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le réseau de bus est exploité par Keolis Chablais depuis 2015. Le tour est mené par "
        "Elaia, avec la participation de Bpifrance et du britannique Notion Capital."
    )
    names = [m.text for _, m in _harmonised(nlp, text)]
    assert "Keolis Chablais" in names and "Bpifrance" in names and "Notion Capital" in names, names



@pytest.mark.model
def test_a_description_capitalised_only_by_its_place_is_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # an entry opening with its trade; the same words capitalised inside a sentence name
    texts = [
        "Centre de plongée corse dirigé par Paul Orsini.",
        "Agence de voyages plongée, partenaire de la compagnie Air Austral.",
        "Centre de plongée corse dirigé par Paul Orsini. Le Centre de plongée recrute.",
    ]
    found = classes_found(nlp, texts)
    assert "Centre de plongée" not in found[texts[0]] and "Paul Orsini" in found[texts[0]]
    assert "Agence de voyages plongée" not in found[texts[1]] and "Air Austral" in found[texts[1]]
    assert "Centre de plongée" in found[texts[2]]


@pytest.mark.model
def test_a_legal_text_s_defined_term_names_no_company(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = [
        "Le prêt est consenti par Kalvo Participations, actionnaire de la Société à hauteur "
        "de 38 %.",
        "Le rachat de la Société Générale par Kalvo Participations est annoncé.",
        # nor does its legal form written out
        "KALVO PARTICIPATIONS\nSociété anonyme au capital de 8 000 euros.",
    ]
    found = classes_found(nlp, texts)
    assert "Société" not in found[texts[0]] and "Kalvo Participations" in found[texts[0]]
    assert "Société Générale" in found[texts[1]]
    assert "Société anonyme" not in found[texts[2]]
