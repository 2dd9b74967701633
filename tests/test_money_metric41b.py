"""Session 41, metric41b: misses of trade, production and other figures whose cause recurs
across the dev rounds (issue 10).

Each class is a rule of Russian news prose, read where every dev gold so told agrees; each
sentence is written for this test in the style of the news the gold sets hold.
"""

from __future__ import annotations

import pytest
from conftest import surface_metrics

metrics = surface_metrics


# ------------------------------------------ a bare shipment delivering a supply told before it
@pytest.mark.parametrize(("text", "surface"), [
    # a supply contract, the shipment in the same sentence
    ("Напоминаем, что по договору поставки № 21/04 общая сумма – 12,5 млн руб. (российских), "
     "отгружено пока на 6,1 млн.", "6,1 млн"),
    # a plant bound to deliver; a batch shipped, told in a participle
    ("По договору завод обязался поставить российскому покупателю насосы на общую сумму "
     "30 млн российских рублей. Стоимость первой партии, отгруженной в мае, составила "
     "7,2 млн российских рублей.", "7,2 млн российских рублей"),
    # suppliers named before; the shipper's goods named in the accusative
    ("Российские поставщики уже получили заказы. Ярославский завод отгрузит компрессоры на "
     "210 млн российских рублей.", "210 млн российских рублей"),
    # an export figure told before, two paragraphs back
    ("Щебня в Беларусь отгружено на 140 млн рублей.\n\nОсновной покупатель — минский "
     "домостроительный комбинат.\n\n«В этом году за три месяца уже отгрузили на 52 млн "
     "рублей», — говорит директор.", "52 млн рублей"),
])
def test_money_shipment_of_a_supply_told_before_is_export(text: str, surface: str) -> None:
    assert metrics(text)[surface] == "export"


@pytest.mark.parametrize(("text", "surface", "metric"), [
    # a shipment opening the article: the plant's whole output shipped
    ("ОАО «Гомельские игрушки» за первое полугодие отгрузило продукции на 14,2 млн рублей, из "
     "них на экспорт — на 5,1 млн долларов.", "14,2 млн рублей", "production"),
    ("За январь–март объём отгрузок российской дорожной техники составил 48,3 млрд рублей.",
     "48,3 млрд рублей", "production"),
])
def test_money_shipment_opening_the_article_stays_output(
        text: str, surface: str, metric: str) -> None:
    assert metrics(text)[surface] == metric


@pytest.mark.parametrize(("text", "surface"), [
    # the shipment word after the sum: a time of payment, not what the sum is
    ("По договору поставки покупатель внёс предоплату 2 млн рублей и ещё 1 500 000 руб. после "
     "первой отгрузки.", "1 500 000 руб."),
    # the shipment in a clause before, another verb governing the sum (after an export told
    # in the paragraph before: no shipment told on)
    ("Завод экспортировал в Россию гидроцилиндров на 9,8 млн российских рублей.\n"
     "Истец отгрузил продукцию в полном объёме, однако покупатель перечислил только "
     "2,4 млн российских рублей.", "2,4 млн российских рублей"),
])
def test_money_shipment_word_not_governing_the_sum_makes_no_export(
        text: str, surface: str) -> None:
    assert metrics(text)[surface] != "export"


def test_money_shipments_after_a_colon_still_go_on_from_the_export_before() -> None:
    # the colon tells what the shipments before it came to: still the export of the paragraph
    # before (session 34's rule, not cut by the clause check of this class)
    text = ("Завод отгрузил в Беларусь продукции на 120 млн рублей.\n\n"
            "Это на 12% меньше, чем годом ранее, однако в третьем квартале отгрузки "
            "восстановились: их объём составил 78 млн рублей против 51 млн рублей.")
    got = metrics(text)
    assert (got["78 млн рублей"], got["51 млн рублей"]) == ("export", "export")
