"""Session 34, metric34: metric readings that recur over several dev rounds (issue 10).

Each sentence is written for this test in the style of the news the gold sets hold.
"""

from __future__ import annotations

import pytest
from conftest import surface_metrics

metrics = surface_metrics


@pytest.mark.parametrize(("text", "surface"), [
    ("Начальная цена контракта составляла 12 млн рублей. Победителем аукциона стала смоленская "
     "фирма ООО «Дорстрой», предложившая 10,4 млн рублей.", "10,4 млн рублей"),
    ("Победителем конкурса признано ЗАО «Альфа», предложившее поставку автобусов по цене "
     "88 500 000,00 руб.", "88 500 000,00 руб."),
])
def test_the_price_a_tender_winner_offered_is_the_contract(text: str, surface: str) -> None:
    # the winner signs the contract at the price it offered (rounds 38, 46, 51)
    assert metrics(text)[surface] == "agreements"


def test_a_winners_contract_told_otherwise_keeps_its_reading() -> None:
    text = "Победителем признано АО «Бета», стоимость контракта — 50 млн рублей."
    assert metrics(text)["50 млн рублей"] == "agreements"


def test_a_portfolio_of_leasing_contracts_is_financing() -> None:
    text = "Портфель договоров лизинга компании на 1 июля достиг 410 млн рублей."
    assert metrics(text)["410 млн рублей"] == "financing"


def test_one_leasing_contract_stays_an_agreement() -> None:
    text = "Лизинговая компания ГТЛК заключила договор лизинга на 40 автобусов на сумму 1,2 млрд рублей."
    assert metrics(text)["1,2 млрд рублей"] == "agreements"


def test_retail_sales_of_belarusian_goods_at_a_fair_in_russia_are_an_export() -> None:
    # the README's dealer and retail convention (round 24)
    text = ("На осенней ярмарке в Туле белорусские предприятия подписали контракты на 3 млн "
            "долларов. Розничные продажи за неделю работы ярмарки составили 41 млн российских "
            "рублей.")
    assert metrics(text)["41 млн российских рублей"] == "export"


def test_a_fair_told_before_is_the_channel_of_a_sale_on_a_sum() -> None:
    # a Belarusian fair in a Russian town, its sale told in the next sentence (round 38)
    text = ("Два дня в Пскове работала ярмарка белорусских промыслов. Мастера из Гомельской "
            "области продали изделий на 2,4 млн рублей.")
    assert metrics(text)["2,4 млн рублей"] == "export"


def test_a_sellers_sale_with_no_channel_stays_its_revenue() -> None:
    text = ("Два дня в Пскове проходил фестиваль. Мастера из Гомельской области продали изделий "
            "на 2,4 млн рублей.")
    assert metrics(text)["2,4 млн рублей"] == "other"


@pytest.mark.parametrize("text", [
    "Основными покупателями выступают ОАО «Лидский ЦКК» и «Бобруйская картонная фабрика», "
    "которые в прошлом году закупили в России сырья на 2,1 млрд рублей.",
    "ОАО «Лидский ЦКК» в 2025 году планирует закупить в России макулатуры на сумму около 3 млрд "
    "рублей.",
])
def test_named_firms_buying_in_a_country_make_their_own_purchase(text: str) -> None:
    # one buyer's purchase (the README's purchase row), not the country's import
    assert list(metrics(text).values()) == ["other"]


def test_a_countrys_makers_buying_stay_its_import() -> None:
    text = "Белорусские предприятия закупили в России оборудования на 120 млн долларов."
    assert metrics(text)["120 млн долларов"] == "import"


def test_a_suppliers_shipment_to_its_buyer_is_no_output() -> None:
    # a supplier delivering part of a contract (rounds 10, 50): the buyer's goods, other
    text = ("Комбинат перечислил предоплату 12 млн рублей, однако поставщик отгрузил запчасти "
            "лишь на 4 млн рублей.")
    assert metrics(text)["4 млн рублей"] == "other"


def test_a_plants_shipped_output_stays_production() -> None:
    assert metrics("Завод в прошлом году отгрузил продукции на 3,2 млрд рублей.") == {
        "3,2 млрд рублей": "production"}


@pytest.mark.parametrize(("text", "surface"), [
    ("Российские госбанки открыли белорусским заводам линии до 50 млрд рублей под закупку "
     "комплектующих.", "до 50 млрд рублей"),
    ("Банк открыл кредитную линию для покупателей техники. Переговоры с регионами идут, речь "
     "может идти о линиях на общую сумму до 3 млрд рублей.", "до 3 млрд рублей"),
])
def test_a_bare_line_in_a_text_on_credit_is_a_credit_line(text: str, surface: str) -> None:
    # rounds 14, 52: «линии до …» opened by banks, or after a credit line told before
    assert metrics(text)[surface] == "credit"


@pytest.mark.parametrize(("text", "surface", "want"), [
    ("Завод вкладывает в новую экструзионную линию 3,6 млн евро, из которых 2,5 млн евро – "
     "кредит Банка развития.", "3,6 млн евро", "investment"),
    ("Банк открыл кредитную линию. Авиакомпания заработала на российских линиях 11,2 млн "
     "долларов.", "11,2 млн долларов", "other"),
])
def test_a_production_line_or_a_route_is_no_credit_line(text: str, surface: str, want: str) -> None:
    assert metrics(text)[surface] == want


def test_money_a_seller_received_from_russian_buyers_is_its_export() -> None:
    # round 11; as «выручил от поставок в Россию» (round 46's convention)
    text = ("Средний платёж по экспортному контракту — около 10 млн рублей. Один из гомельских "
            "производителей обуви рассказал, что за полгода получил от российских торговых "
            "сетей BYN 2,1 млн, или около 60 млн российских рублей.")
    got = metrics(text)
    assert got["BYN 2,1 млн"] == "export"
    assert got["около 60 млн российских рублей"] == "export"
