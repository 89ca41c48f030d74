"""Mentions in the furniture of other formats than the news page: a header line's fields
(outlet, rubric, byline, credits), a broadcast script's bracketed markers, a label's colon;
media NER misses, company forms alone, a firm's name opened by a common noun."""

from __future__ import annotations

import pytest

from kg.entities.gazetteer import default_gazetteer
from kg.entities.mentions import detect_mentions, furniture_spans


def _furniture(text: str) -> list[str]:
    return [text[a:b] for a, b in furniture_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a header's byline and credits are furniture field by field; the outlet is not
        (
            "Ouest Matin | Économie | Par Jeanne Kerlan | Le 3 mai 2025",
            ["Par Jeanne Kerlan"],
        ),
        (
            "Télé Armor | Journal de 13 heures | Sujet : Paul Dagorn, Léa Quéré (son)",
            ["Sujet : Paul Dagorn, Léa Quéré (son)"],
        ),
        # a rubric is a capitalised word then lower-case ones
        (
            "Finansol | Épargne solidaire | Pêche & mer | Finistère",
            ["Épargne solidaire", "Pêche & mer"],
        ),
        # credits alone on their line, or written as a sentence
        ("Images : Hugo Ferrand", ["Images : Hugo Ferrand"]),
        (
            "Un reportage de Claire Lozach et Marc Huon.",
            ["Un reportage de Claire Lozach et Marc Huon."],
        ),
        (
            "Revoyez ce sujet en replay sur le site de la chaîne",
            ["Revoyez ce sujet en replay sur le site de la chaîne"],
        ),
        # news text with the same words is no furniture
        ("Reportage : les salariés de Kervella en grève à Quimper.", []),
        ("Le montage financier de Kervella | une affaire de famille", []),
        ("Kervella | Brest Métropole | Crédit Coopératif", []),
        ("Crédit photo : Hugo Ferrand", ["Crédit photo : Hugo Ferrand"]),
    ],
)
def test_furniture_fields_of_a_header_line(text: str, expected: list[str]) -> None:
    assert _furniture(text) == expected


@pytest.fixture(scope="module")
def found(nlp):  # type: ignore[no-untyped-def]
    texts = [
        "[Plateau] La conserverie Kervella rachète la biscuiterie Le Goff.\n\n"
        "[Reportage] Créée par Yves Kervella il y a trente ans, la conserverie exporte en Asie.\n\n"
        "[Anne Lozach, maire de Plouzané] « C'est une bonne nouvelle. »",
        "2e prix : la Biscuiterie Kermarec. Elle repart avec 5 000 euros.",
        "Il Sole 24 Ore | Economia | Par Anne Lozach\n\n"
        "Le directeur de Kervella confirme la vente.",
        "« Nous recrutons », a-t-elle déclaré à Martinique La 1ère.",
        "« Nous recrutons », a-t-il confié à France Bleu Orléans.\n\nLa suite est prévue.",
        "Il a attendu 20 minutes devant la Biscuiterie Kermarec.",
        "Objectif : 50 000 € | J-12\n\nLa société coopérative et participative (SCOP) Les "
        "Toiles Kerlenn emploient douze salariés.",
        "Fondée en 2019, la SCOP Kerlenn fabrique des voiles. La gérante de la SCOP, Anne "
        "Lozach, a parlé.",
    ]
    gazetteer = default_gazetteer()
    return [{m.text: m.cls for _, m in detect_mentions(doc, gazetteer)} for doc in nlp.pipe(texts)]


@pytest.mark.model
def test_script_markers_name_nothing_but_a_caption_names_its_speaker(found) -> None:  # type: ignore[no-untyped-def]
    names = found[0]
    assert "Plateau" not in names and "Reportage" not in names, names
    assert names.get("Anne Lozach") == "Person"
    assert "Yves Kervella" in names


@pytest.mark.model
def test_a_label_colon_ends_no_name(found) -> None:  # type: ignore[no-untyped-def]
    assert not any("prix" in name for name in found[1]), found[1]
    assert "Biscuiterie Kermarec" in found[1]


@pytest.mark.model
@pytest.mark.parametrize(
    ("index", "medium"),
    [(2, "Il Sole 24 Ore"), (3, "Martinique La 1ère"), (4, "France Bleu Orléans")],
)
def test_media_ner_misses_or_cuts_are_found_whole(found, index, medium) -> None:  # type: ignore[no-untyped-def]
    assert found[index].get(medium) == "MediaOrganization", found[index]


@pytest.mark.model
def test_a_medium_is_not_read_into_common_words(found) -> None:  # type: ignore[no-untyped-def]
    assert not any("minutes" in name.lower() for name in found[5]), found[5]


@pytest.mark.model
def test_a_countdown_names_nothing_and_a_company_form_types_the_name_after_it(found) -> None:  # type: ignore[no-untyped-def]
    names = found[6]
    assert "J-12" not in names, names
    assert names.get("Toiles Kerlenn") == "Company", names


@pytest.mark.model
def test_a_company_form_alone_names_nothing(found) -> None:  # type: ignore[no-untyped-def]
    names = found[7]
    assert "SCOP" not in names, names
    assert names.get("Kerlenn") == "Company", names


@pytest.fixture(scope="module")
def typed(nlp):  # type: ignore[no-untyped-def]
    texts = [
        "Le fonds Bretagne Amorçage, qui détenait 20 % du capital, cède ses parts.",
        "Avec l'achat de la scierie Kervella, à Lunéville, notre groupe, basé à Nancy, "
        "compte trois usines.",
        "Les élèves du collège Jules-Ferry de Landerneau visitent l'atelier.",
        "Ancien cadre chez Galettes Bretagne, il dirige désormais la biscuiterie.",
    ]
    gazetteer = default_gazetteer()
    return [{m.text: m.cls for _, m in detect_mentions(doc, gazetteer)} for doc in nlp.pipe(texts)]


@pytest.mark.model
def test_a_region_then_a_name_ner_left_unplaced_make_one_firm(typed) -> None:  # type: ignore[no-untyped-def]
    assert "Bretagne Amorçage" in typed[0], typed[0]


@pytest.mark.model
def test_a_town_after_a_preposition_of_place_is_not_the_apposition_after_it(typed) -> None:  # type: ignore[no-untyped-def]
    assert typed[1].get("Lunéville") == "City", typed[1]


@pytest.mark.model
def test_a_french_town_of_some_size_is_a_city_after_any_word(typed) -> None:  # type: ignore[no-untyped-def]
    assert typed[2].get("Landerneau") == "City", typed[2]


@pytest.mark.model
def test_a_capitalised_common_noun_then_a_region_is_one_name(typed) -> None:  # type: ignore[no-untyped-def]
    assert "Bretagne" not in typed[3], typed[3]


@pytest.fixture(scope="module")
def joined(nlp):  # type: ignore[no-untyped-def]
    texts = [
        "Le groupe italien prend 30 % de Granit du Sidobre, une carrière installée à Castres.",
        "Le jury a primé la Rhumerie des Hauts, qui emploie dix salariés.",
        "Face à la coopérative Les Vergers de Plouha, les petits producteurs peinent.",
        "Il est né à Lyon de parents venus du Portugal.",
    ]
    gazetteer = default_gazetteer()
    return [{m.text: m.cls for _, m in detect_mentions(doc, gazetteer)} for doc in nlp.pipe(texts)]


@pytest.mark.model
def test_two_places_joined_by_du_are_one_name(joined) -> None:  # type: ignore[no-untyped-def]
    assert "Granit du Sidobre" in joined[0], joined[0]
    assert "Sidobre" not in joined[0]


@pytest.mark.model
def test_a_trade_head_opens_a_firm_name(joined) -> None:  # type: ignore[no-untyped-def]
    assert joined[1].get("Rhumerie des Hauts") == "Company", joined[1]


@pytest.mark.model
def test_a_firm_name_keeps_its_own_capitalised_article(joined) -> None:  # type: ignore[no-untyped-def]
    assert any(name.endswith("Vergers de Plouha") for name in joined[2]), joined[2]
    assert "Plouha" not in joined[2]


@pytest.mark.model
def test_a_town_then_de_another_place_stay_two(joined) -> None:  # type: ignore[no-untyped-def]
    assert "Lyon" in joined[3] and "Portugal" in joined[3], joined[3]


@pytest.fixture(scope="module")
def guarded(nlp):  # type: ignore[no-untyped-def]
    texts = [
        "La cave Les Coteaux du Lot, dont le siège est à Puy-l'Évêque (Lot), a absorbé la cave "
        "de Parnac.",
        "La levée est menée par Kelvo Capital, aux côtés de la Banque des Territoires et "
        "du suédois Creandum, qui avait suivi l'amorçage.",
        "« Kelvo fermera son usine de Brest. » TROMPEUR. Le groupe a confirmé ses "
        "investissements. « Le port accueillera mille navires. » EXAGÉRÉ.",
    ]
    gazetteer = default_gazetteer()
    return [{m.text: m.cls for _, m in detect_mentions(doc, gazetteer)} for doc in nlp.pipe(texts)]


@pytest.mark.model
def test_a_town_a_placing_word_puts_stays_a_town_whatever_verb_follows(guarded) -> None:  # type: ignore[no-untyped-def]
    assert guarded[0].get("Puy-l'Évêque") == "City", guarded[0]


@pytest.mark.model
def test_an_adjective_of_origin_after_et_opens_another_name(guarded) -> None:  # type: ignore[no-untyped-def]
    names = guarded[1]
    assert "Creandum" in names, names
    assert not any(" et " in name for name in names), names


@pytest.mark.model
def test_a_fact_check_verdict_names_nothing(guarded) -> None:  # type: ignore[no-untyped-def]
    assert "TROMPEUR" not in guarded[2] and "EXAGÉRÉ" not in guarded[2], guarded[2]
    assert "Brest" in guarded[2]


@pytest.fixture(scope="module")
def venues(nlp):  # type: ignore[no-untyped-def]
    texts = [
        "Jeudi, au Hangar 9 de Nantes, la finale des Trophées Kelvo a réuni douze start-up.",
        "Le salon se tient à l'Espace Carnot de Brest, puis au Stade de la Route de Lorient.",
        "Le Stade rennais a battu Lorient dimanche.",
    ]
    gazetteer = default_gazetteer()
    return [{m.text: m.cls for _, m in detect_mentions(doc, gazetteer)} for doc in nlp.pipe(texts)]


@pytest.mark.model
def test_a_venue_named_by_its_head_is_a_place_apart_from_its_town(venues) -> None:  # type: ignore[no-untyped-def]
    assert venues[0].get("Hangar 9") == "Place", venues[0]
    assert venues[0].get("Nantes") == "City", venues[0]
    assert venues[1].get("Espace Carnot") == "Place", venues[1]
    assert venues[1].get("Stade de la Route de Lorient") == "Place", venues[1]


@pytest.mark.model
def test_an_event_noun_opening_a_name_types_an_event(venues) -> None:  # type: ignore[no-untyped-def]
    assert venues[0].get("Trophées Kelvo") == "Event", venues[0]


@pytest.mark.model
def test_a_venue_noun_before_a_lower_case_adjective_names_no_venue(venues) -> None:  # type: ignore[no-untyped-def]
    assert venues[2].get("Stade rennais") != "Place", venues[2]


@pytest.mark.model
def test_a_school_keeps_its_noun_and_leaves_its_town_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("La fonderie forme deux apprentis avec le lycée Paul-Éluard de Quimper.")
    names = {m.text: m.cls for _, m in detect_mentions(doc, default_gazetteer())}
    assert names.get("lycée Paul-Éluard") == "Organization", names
    assert names.get("Quimper") == "City", names


@pytest.fixture(scope="module")
def products(nlp):  # type: ignore[no-untyped-def]
    texts = [
        "Ancien cadre chez Kelvo, qui produit le rhum Bois-Doré, il dirige la distillerie.",
        "Malgré le repli du marché, nos poutres en lamellé-collé Kerbois se vendent toujours "
        "bien à Morlaix.",
        "Le rhum est distillé à Brest depuis 1920.",
    ]
    gazetteer = default_gazetteer()
    return [{m.text: m.cls for _, m in detect_mentions(doc, gazetteer)} for doc in nlp.pipe(texts)]


@pytest.mark.model
def test_a_drink_or_a_good_before_a_name_types_a_product(products) -> None:  # type: ignore[no-untyped-def]
    assert products[0].get("Bois-Doré") == "Product", products[0]


@pytest.mark.model
def test_a_hyphenated_complement_of_a_product_noun_is_one_word(products) -> None:  # type: ignore[no-untyped-def]
    assert products[1].get("Kerbois") == "Product", products[1]


@pytest.mark.model
def test_a_product_noun_names_nothing_alone(products) -> None:  # type: ignore[no-untyped-def]
    assert list(products[2]) == ["Brest"], products[2]


@pytest.mark.model
def test_a_participle_opening_its_clause_names_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    # (after a header the tagger reads the participle as a proper noun, NER as a place)
    text = (
        "Dernières Nouvelles d'Alsace · Région\nPar Anne Lozach · Publié le 22/10/2026 à 06h00"
        "\n\nInstallée à Erstein depuis un siècle, la manufacture Kerlenn a été rachetée."
    )
    [doc] = nlp.pipe([text])
    names = {m.text for _, m in detect_mentions(doc, default_gazetteer())}
    assert "Installée" not in names, names
    assert "Erstein" in names, names
