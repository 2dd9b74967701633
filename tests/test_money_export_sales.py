"""Revenue from sales or deliveries into Russia («выручка от продаж в Россию», «поставки в
Россию принесли … выручки») is a maker's export; a dealer's own sales stay `other`. Texts
written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_revenue_from_sales_into_russia_is_export(tmp_path: Path) -> None:
    text = ("Минский завод подвёл итоги года\n"
            "Выручка предприятия от продаж в Россию, по данным завода, составила 2,3 млрд "
            "белорусских рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-02-10")
    assert got["2,3 млрд белорусских рублей"].metric == "export"


def test_deliveries_into_russia_that_brought_revenue_are_export(tmp_path: Path) -> None:
    text = ("Мясокомбинаты закрыли год\n"
            "По данным отраслевого союза, поставки мясной продукции в Россию принесли "
            "республике 3,1 млрд белорусских рублей выручки.\n")
    got = facts_by_surface(tmp_path, text, published="2023-03-01")
    assert got["3,1 млрд белорусских рублей"].metric == "export"


def test_revenue_without_a_destination_stays_other(tmp_path: Path) -> None:
    text = ("Дилер из Кургана\n"
            "Выручка компании от продаж техники в этом году составила 64 млн рублей. "
            "Ремонт и сервис принесли ещё 9 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2023-11-01")
    assert got["64 млн рублей"].metric == "other"
    assert got["ещё 9 млн рублей"].metric == "other" if "ещё 9 млн рублей" in got \
        else got["9 млн рублей"].metric == "other"


def test_a_seller_s_sales_are_other_even_after_a_loan(tmp_path: Path) -> None:
    text = ("Дилер из Ишима\n"
            "Фирма начинала с займа в 2 млн рублей у банка.\n"
            "Дела пошли быстро. В этом году компания продала 11 тракторов, общая сумма продаж "
            "техники — 47 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2022-10-05")
    assert got["47 млн рублей"].metric == "other"


def test_sales_into_russia_stay_export(tmp_path: Path) -> None:
    text = ("Итоги полугодия\n"
            "Продажи белорусских лифтов в Россию за полугодие составили 41 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2022-08-05")
    assert got["41 млн долларов"].metric == "export"


def test_a_country_in_the_dative_after_a_selling_verb_is_the_buyer(tmp_path: Path) -> None:
    text = ("Торговля в вопросах и ответах\n"
            "Сколько Беларусь поставляет России?\n"
            "За восемь месяцев — 16,9 млрд долларов.\n"
            "Сколько стоит газ?\n"
            "Около 128 долларов за тысячу кубометров.\n")
    got = facts_by_surface(tmp_path, text, published="2024-10-01")
    assert got["16,9 млрд долларов"].metric == "export"


def test_a_noun_before_a_country_in_the_genitive_is_not_a_buyer(tmp_path: Path) -> None:
    text = ("Итоги года\n"
            "Общая сумма продаж России на бирже составила 12 млрд рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-10-01")
    assert got["12 млрд рублей"].metric == "other"


def test_revenue_from_the_other_country_s_market_is_export(tmp_path: Path) -> None:
    text = ("Уголь Кузбасса\n"
            "«В этом году выручка от белорусского направления может достигнуть 140 млн "
            "долларов», — сказал вице-губернатор.\n")
    got = facts_by_surface(tmp_path, text, published="2022-03-01")
    assert got["140 млн долларов"].metric == "export"


def test_revenue_from_the_deliveries_just_told_is_export(tmp_path: Path) -> None:
    text = ("Энергия для соседей\n"
            "Компания в прошлом году экспортировала в Белоруссию 1,4 млрд кВт.ч электроэнергии. "
            "Выручка от этих поставок составила около 5,1 млрд рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2016-02-10")
    assert got["около 5,1 млрд рублей"].metric == "export"


def test_a_russian_vendors_revenue_in_belarus_is_export(tmp_path: Path) -> None:
    text = ("Софт за границей\n"
            "Выручка российских производителей антивирусов в Белоруссии за полугодие составила "
            "3,3 млрд рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2023-08-01")
    assert got["3,3 млрд рублей"].metric == "export"


def test_money_brought_by_deliveries_into_a_region_is_export(tmp_path: Path) -> None:
    text = ("Мороженое\n"
            "Комбинат из Гродно поставил в Россию мороженого на 612 млн рублей. Ещё 97 млн "
            "принесли поставки в Смоленскую область.\n")
    got = facts_by_surface(tmp_path, text, published="2021-03-01")
    assert got["97 млн"].metric == "export"
