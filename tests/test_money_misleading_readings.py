"""Four readings a briefing reader was misled by (session 26, a walk through the rendered
briefings of rounds 30–37), each in sentences of our own:

- a region's trade told beside the country's in one sentence («товарооборот региона … а
  общероссийский, по данным ФТС, …») stays the region's: the federal body quoted speaks of
  the other figure (it was shown as «Россия — Беларусь»);
- «оборот» of a service seller (tour firms, restaurants, a guest house, a fair) is its sales,
  not trade between the countries (three such sums were one Russia–Belarus turnover figure);
- what a clause's own subject costs («…, однако рейс фуры обходится в …») is a price, not the
  export the earlier clause's figure is (a truck trip's cost was Belarus's export to Moscow);
- a region's adjective in an exchange's name («на Московской бирже») names no region (every
  sum of a Minsk bank's release was Moscow's).
"""

from __future__ import annotations

import pytest
from conftest import dataset_of

from analysis.entities import russian_regions_in

REGION_AND_COUNTRY = (
    "Курские яблоки нашли покупателей в Беларуси\n"
    "Поставки фруктов Курской области в Беларусь за полгода выросли на четверть, сообщили в "
    "областном комитете АПК.\n"
    "Товарооборот региона с республикой за шесть месяцев составил 301,5 млн долларов, а "
    "общероссийский, по данным ФТС, — 19,8 млрд долларов.\n"
)

TOURS = (
    "Витебские туроператоры подвели итоги года\n"
    "ВИТЕБСК, 4 февраля. Спрос на поездки растёт.\n"
    "Оборот турфирм области за прошлый год составил 21,3 млн рублей. Оборот ярмарки "
    "ремёсел в Витебске достиг 2,4 млн рублей.\n"
)

TRUCKS = (
    "Гродненские огурцы дорожают в пути\n"
    "По словам директора комбината, в прошлом году поставки в Россию составили 12,2 млн "
    "долларов, однако рост сдерживает логистика: рейс фуры до Петербурга обходится от 1 700 "
    "до 1 900 долларов.\n"
)

EXCHANGE = (
    "Белорусский банк разместил облигации в России\n"
    "МИНСК, 2 июня – Белорусский банк развития разместил на Московской бирже облигации на "
    "4 млрд российских рублей.\n"
)


@pytest.fixture(scope="module")
def amounts(tmp_path_factory: pytest.TempPathFactory):
    ds = dataset_of(tmp_path_factory.mktemp("walk26"), {
        "region.txt": REGION_AND_COUNTRY, "tours.txt": TOURS, "trucks.txt": TRUCKS,
        "exchange.txt": EXCHANGE})
    return ds.amounts.set_index("surface")


def test_the_regions_trade_beside_the_countrys_keeps_its_region(amounts) -> None:
    region = amounts.loc[amounts.index.str.contains("301,5")].iloc[0]
    assert region["metric"] == "trade_turnover"
    assert region["region"] == "Курская область"
    country = amounts.loc[amounts.index.str.contains("19,8")].iloc[0]
    assert country["metric"] == "trade_turnover"
    assert not isinstance(country["region"], str)


@pytest.mark.parametrize("surface", ["21,3 млн рублей", "2,4 млн рублей"])
def test_a_service_sellers_turnover_is_its_sales(amounts, surface: str) -> None:
    row = amounts.loc[amounts.index.str.contains(surface, regex=False)].iloc[0]
    assert row["metric"] == "other"


def test_what_a_clauses_subject_costs_is_no_export(amounts) -> None:
    export = amounts.loc[amounts.index.str.contains("12,2")].iloc[0]
    assert export["metric"] == "export"
    trip = amounts.loc[amounts.index.str.contains("1 700")].iloc[0]
    assert trip["metric"] == "other"


def test_a_cost_with_its_own_cue_keeps_it(tmp_path) -> None:
    text = ("Смоленский завод строит цех\n"
            "В прошлом году экспорт завода в Беларусь составил 3 млн долларов, а строительство "
            "нового цеха обойдётся в 900 млн рублей.\n")
    rows = dataset_of(tmp_path, {"plant.txt": text}).amounts.set_index("surface")
    cost = rows.loc[rows.index.str.contains("900")].iloc[0]
    assert cost["metric"] != "other"


def test_an_exchange_names_no_region(amounts) -> None:
    row = amounts.loc[amounts.index.str.contains("4 млрд")].iloc[0]
    assert not isinstance(row["region"], str)


@pytest.mark.parametrize(("text", "regions"), [
    ("разместил на Московской бирже облигации", []),
    ("торги на Санкт-Петербургской товарно-сырьевой бирже", []),
    ("заводы Московской области", ["Московская область"]),
    ("московские предприятия закупили", ["Москва"]),
])
def test_an_exchange_adjective(text: str, regions: list[str]) -> None:
    assert [r.normal for r in russian_regions_in(text, 0, len(text))] == regions


PRICE_LIST = (
    "Брестский терминал расширил склад временного хранения\n"
    "Терминал в прошлом году оформил 40 тыс. партий грузов, идущих в Россию.\n"
    "ЦЕНЫ НА УСЛУГИ ТЕРМИНАЛА (с НДС):\n"
    "оформление экспортной декларации – 180 рублей;\n"
    "хранение импортного контейнера – от 95 до 140 рублей;\n"
    "перевалка вагона – 620 рублей.\n"
)


def test_a_price_list_without_bullets_lists_prices(tmp_path) -> None:
    rows = dataset_of(tmp_path, {"prices.txt": PRICE_LIST}).amounts
    assert len(rows) == 3
    assert set(rows["metric"]) == {"other"}
    assert rows["year"].isna().all()


def test_the_semicolon_list_lead() -> None:
    from analysis.money.lists import semicolon_lead

    start = PRICE_LIST.index("перевалка")
    lead = semicolon_lead(PRICE_LIST, start)
    assert lead is not None and PRICE_LIST[lead[0]:lead[1]].startswith("ЦЕНЫ")
    # a line after a sentence that ends with a full stop is no item
    assert semicolon_lead(PRICE_LIST, PRICE_LIST.index("Терминал в")) is None


def test_a_cost_list_is_no_price_list(tmp_path) -> None:
    text = ("Под Оршей построят цех для российского заказчика\n"
            "Стоимость проекта по статьям:\n"
            "• инвестиции в оборудование – 12 млн долларов;\n"
            "• инвестиции в здание – 4 млн долларов.\n")
    rows = dataset_of(tmp_path, {"cost.txt": text}).amounts
    assert set(rows["metric"]) == {"investment"}
