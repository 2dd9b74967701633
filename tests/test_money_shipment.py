"""A shipment into a named place is a trade flow, not output (money/shipment.py)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.money import describe


def metrics(text: str) -> list[str]:
    return [f.metric for f in describe(SimpleNamespace(text=text, published=dt.date(2025, 3, 10)))]


@pytest.mark.parametrize("text", [
    # the destination before the verb
    "Только в Липецкую область завод отгрузил сеялок на 12 млн долларов.",
    # after it, a Belarusian town
    "В этом году комбинат отгрузит в Гомель комплектующих на 85 млн рублей.",
    # a region named by a city
    "За квартал предприятие отгрузило в Казань запчастей на 40 млн рублей.",
])
def test_a_shipment_into_a_named_place_is_an_export(text: str) -> None:
    assert metrics(text)[0] == "export"


def test_an_elliptical_second_destination_shares_the_reading() -> None:
    text = "Мы отгрузили в Тверскую область машин на 9 млн долларов, в Смоленскую — на 6,5 млн."
    assert metrics(text) == ["export", "export"]


@pytest.mark.parametrize("text", [
    # no destination: output shipped
    "За год завод отгрузил продукции на 4,2 млрд рублей.",
    # a place in another clause is not the shipment's destination
    "Завод, открытый в Брянской области, отгрузил продукции на 300 млн рублей.",
    # «в» before a place that is not where the goods go («в Минске» is where the plant is)
    "Завод в Минске отгрузил продукции на 2 млрд рублей.",
])
def test_a_shipment_with_no_destination_stays_output(text: str) -> None:
    assert metrics(text)[0] == "production"


@pytest.mark.parametrize("text", [
    # «туда»: the market named just before
    "Казахстан остаётся первым рынком: туда мы отгрузили грузовиков на 4,5 млрд рублей.",
    # «в республику»: the partner the text is about
    "Липецкие заводы за полгода отгрузили в республику продукции на 38 млн долларов.",
    "Предприятие отгрузило за рубеж продукции на 12 млн долларов.",
    # «на внешние рынки»: every market abroad
    "Станкостроители за квартал отгрузили на внешние рынки оборудования на 64 млн долларов.",
])
def test_a_shipment_to_a_destination_named_without_a_place_is_an_export(text: str) -> None:
    assert metrics(text)[0] == "export"


def test_a_destination_in_another_clause_leaves_output() -> None:
    text = "Туда приезжали инвесторы; завод отгрузил продукции на 1,3 млрд рублей."
    assert metrics(text)[0] == "production"


@pytest.mark.parametrize("text", [
    # a buyer in the dative: the goods went to someone
    "Завод «Лидагропроммаш» отгрузил курским фермерам сеялок на 14 млн рублей.",
    # «нам» in an envoy's answer
    "Тюменские предприятия отгрузили нам нефтепродуктов на 310 млн долларов.",
])
def test_a_shipment_to_a_buyer_in_the_dative_is_an_export(text: str) -> None:
    assert metrics(text)[0] == "export"


def test_a_dative_after_a_preposition_is_no_buyer() -> None:
    # «по итогам» governs its own dative: output shipped over the year
    text = "Завод отгрузил по итогам года продукции на 4,2 млрд рублей."
    assert metrics(text)[0] == "production"
