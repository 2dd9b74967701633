"""Session 42, metric42b: trade figures whose buyers a ranking or a list names, read across
the dev rounds (issue 10).

Each class is a rule of Russian news prose, read where every dev gold so told agrees; each
sentence is written for this test in the style of the news the gold sets hold.
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from conftest import surface_metrics

from analysis.money import describe


def _flows(text: str) -> dict[str, str | None]:
    article = SimpleNamespace(text=text, published=date(2024, 11, 20))
    return {f.amount.surface: f.flow for f in describe(article)}


# ------------------------------------------------ a ranking of buyers going on past its sentence
def test_places_after_a_ranking_of_buyers_go_on_as_buyers() -> None:
    text = ("Кто покупает белорусское?\n"
            "Крупнейший покупатель — Санкт-Петербург: на него пришлось 1,8 млрд долларов "
            "белорусского экспорта, или 19%. Далее следуют Ленинградская область — 0,64 млрд "
            "долларов, Калужская — 305 млн и Тверская — 211 млн.")
    got = _flows(text)
    for surface in ("1,8 млрд долларов", "0,64 млрд долларов", "305 млн", "211 млн"):
        assert got[surface] == "BY→RU", surface


def test_items_under_a_heading_of_buyer_regions_are_buyers() -> None:
    text = ("Гродненский мясокомбинат за январь–сентябрь экспортировал продукции на 22,4 млн "
            "долларов, в том числе в Российскую Федерацию – на 17,9 млн долларов.\n"
            "Основные российские регионы-покупатели:\n"
            "• Москва и Московская область – 7,3 млн долларов;\n"
            "• Калининградская область – 4,2 млн долларов;\n"
            "• Псковская область – 2,6 млн долларов.")
    got = _flows(text)
    for surface in ("7,3 млн долларов", "4,2 млн долларов", "2,6 млн долларов"):
        assert got[surface] == "BY→RU", surface


def test_second_place_after_the_largest_customer_is_the_shipper_s_export() -> None:
    text = ("Минский завод за январь–июнь экспортировал в Россию подшипников на 64,5 млн "
            "долларов.\n"
            "Крупнейший заказчик по-прежнему — Камский автозавод (Республика Татарстан): ему "
            "отгружено продукции на 18,3 млн долларов. На второе место вышел Ульяновский "
            "автозавод — 9,6 млн долларов.")
    assert surface_metrics(text)["9,6 млн долларов"] == "export"
    got = _flows(text)
    assert got["18,3 млн долларов"] == "BY→RU"


def test_places_after_a_ranking_of_sellers_stay_sellers() -> None:
    # a ranking of exporters, not of buyers: the places named after it trade out
    text = ("Экспорт российских регионов в Беларусь вырос. Крупнейшим экспортёром остаётся "
            "Москва — 2,4 млрд долларов. Далее следуют Московская область — 1,1 млрд долларов "
            "и Санкт-Петербург — 0,9 млрд долларов.")
    got = _flows(text)
    assert got["1,1 млрд долларов"] == got["0,9 млрд долларов"] == "RU→BY"


# ---------------------------------------------- a buyer named before, pointed to by «ему», «ей»
def test_shipment_to_the_customer_named_before_goes_to_its_side() -> None:
    text = ("ОАО «Бобруйский завод тракторных деталей» в прошлом году экспортировало продукции "
            "на 31,2 млн долларов.\n"
            "Основной российский заказчик — «Ростсельмаш». В прошлом году ему отгружено "
            "карданных валов на 6,4 млн долларов.")
    assert _flows(text)["6,4 млн долларов"] == "BY→RU"


def test_money_paid_to_him_is_no_shipment_pointed_to() -> None:
    # «ему» before a payment: the figure is no trade figure and takes no flow
    text = ("Основной российский заказчик — «Ростсельмаш». В прошлом году ему выплачено "
            "субсидий на 2,1 млн рублей.")
    assert _flows(text)["2,1 млн рублей"] is None
