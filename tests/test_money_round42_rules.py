"""Readings general enough to carry from round 42's dev part to news at large: a down payment
and public procurement are payments, a firm's «оборот» told after the firm, a lessee's lease,
own funds after a credit, a clause of condition, a facility's cost told by «обошёлся», a cost
clause after a colon, production named as a purpose, a shipment «сюда». Texts written for
this test."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from analysis.money import describe
from analysis.money.fact_record import Fact


def facts(text: str, published: dt.date = dt.date(2024, 4, 20)) -> list[Fact]:
    return describe(SimpleNamespace(text=text, published=published))


def test_a_down_payment_is_a_payment_not_the_lessors_financing() -> None:
    text = ("Автобусы перевозчик взял в лизинг у «Балтлизинга».\n"
            "Первоначальный взнос составил 15%, или 9,4 млн рублей.")
    assert facts(text)[0].metric == "other"


def test_public_procurement_is_a_purchase() -> None:
    text = ("Новый завод в Гродно получит 40 млн рублей инвестиций.\n"
            "Госзакупки лекарств в прошлом году составили около 120 млн рублей.")
    assert facts(text)[1].metric == "other"


def test_a_firms_turnover_told_after_the_firm_is_its_sales() -> None:
    text = ("Заголовок\n"
            "Гомельская компания «Полиграф-Сервис», которая печатает упаковку, подвела итоги "
            "полугодия. Оборот за январь–июнь составил 2,1 млн рублей. В прошлом году оборот "
            "за весь год составлял 3,8 млн рублей.")
    assert [f.metric for f in facts(text)] == ["other", "other"]


def test_turnover_after_a_firm_in_a_paragraph_on_trade_stays_trade() -> None:
    text = ("Заголовок\n"
            "Компания «Агроэкспорт» наращивает поставки в Россию. Оборот с Брянской областью "
            "за полугодие составил 45 млн долларов.")
    assert facts(text)[0].metric == "trade_turnover"


def test_a_lease_one_firm_takes_out_is_what_it_pays() -> None:
    text = "Для нового цеха типография в марте оформила лизинг на 18 млн рублей."
    assert facts(text)[0].metric == "other"


def test_own_funds_after_a_credit_are_the_firms_investment() -> None:
    text = ("Закупку оплатят за счёт кредита Банка развития в размере до $12 млн, а также "
            "собственных средств завода – около 4 млн долларов.")
    assert [f.metric for f in facts(text)] == ["credit", "investment"]


def test_a_clause_of_condition_does_not_name_the_figure() -> None:
    text = ("Стороны обсуждают новый заём. Первый транш, если договорённость будет подписана, "
            "может составить около $300 млн.")
    assert facts(text)[0].metric == "credit"


def test_a_facility_that_cost_its_owner_a_sum_is_an_investment() -> None:
    text = ("Молочный комбинат из Лиды построил под Псковом склад-холодильник. Объект обошёлся "
            "компании в 95 млн рублей.")
    assert facts(text)[0].metric == "investment"


def test_a_cost_told_after_a_colon_is_the_things_cost() -> None:
    text = ("Магазин договаривается о поставке белорусских велосипедов: первая партия "
            "обойдётся примерно в 1,2 млн рублей.")
    assert facts(text)[0].metric == "other"


def test_production_named_as_a_purpose_is_not_output() -> None:
    text = ("За полугодие закупки российского угля, нужного для производства цемента, "
            "обошлись комбинату в 42 млн долларов.")
    assert facts(text)[0].metric == "other"


def test_goods_shipped_here_into_a_named_region_are_an_export() -> None:
    text = ("Псковская область — главный рынок брестской фабрики: за полгода сюда отгружено "
            "обуви на 3,1 млн долларов.")
    assert facts(text)[0].metric == "export"


def test_a_dealers_sales_of_belarusian_goods_are_belarus_export() -> None:
    # (a headline whose «ставку» would hand its topic on to a figure with no cue of its own)
    text = ("Сапоги из Гродно: смоленский дилер делает ставку на белорусскую обувь\n\n"
            "Смоленск. Обувные магазины готовятся к зиме. ООО «Тёплый шаг», официальный дилер "
            "белорусской обувной фабрики в Смоленской области, за прошлый год продало сапог и "
            "ботинок на 11 млн рублей, а в этом году рассчитывает выйти на 15 млн.")
    got = facts(text)
    assert [f.metric for f in got] == ["export", "export"]
    assert got[0].flow == "BY→RU"


def test_a_retail_price_of_belarusian_goods_stays_a_price() -> None:
    text = ("В российских магазинах белорусский утюг продают примерно за 2,4 тыс. российских "
            "рублей.")
    assert facts(text)[0].metric == "other"


def test_the_share_of_a_revenue_that_fell_on_russia_is_an_export() -> None:
    text = ("Выручка мебельной фабрики из Бобруйска за год составила 52 млн белорусских рублей, "
            "около половины пришлось на Россию — это примерно 26 млн рублей.")
    assert [f.metric for f in facts(text)] == ["other", "export"]


def test_last_years_contract_is_dated_last_year() -> None:
    text = ("В этом году завод поставит партнёру 12 станков по договору на 2,2 млн долларов. "
            "Прошлогодний контракт составлял 1,8 млн долларов.")
    assert facts(text, dt.date(2023, 5, 10))[1].year == 2022


def test_the_part_of_a_sellers_sales_russian_buyers_took_is_an_export() -> None:
    text = ("Заголовок\n"
            "Витебская компания «Шов», которая шьёт спецодежду, подвела итоги года. Оборот "
            "составил 12 млн рублей, из них "
            "5 млн пришлось на заказы российских покупателей.")
    assert [f.metric for f in facts(text)] == ["other", "export"]


def test_goods_a_country_buys_with_a_credit_are_its_import_and_an_obligation_a_plan() -> None:
    text = ("По договору российская сторона обязуется приобретать ежегодно за счёт займа "
            "белорусской техники на сумму не менее 150 млн долларов.")
    got = facts(text)[0]
    assert (got.metric, got.forecast) == ("import", True)


def test_a_credit_that_pays_for_the_sum_still_names_it_with_no_goods_between() -> None:
    text = "Завод закупил оборудование за счёт кредита Банка развития на 40 млн рублей."
    assert facts(text)[0].metric == "credit"


def test_an_invoice_to_a_foreign_buyer_bills_a_sale() -> None:
    text = ("Например, ООО «Тульские насосы» выставило гродненскому заводу счёт на 640 000 "
            "рублей (без НДС).")
    got = facts(text)[0]
    assert got.metric == "export"


def test_a_trade_deficit_takes_the_time_of_the_trade_figures() -> None:
    text = ("Итоги года\n"
            "Товарооборот с Казахстаном в прошлом году вырос до 3,1 млрд долларов. Экспорт "
            "составил 1,2 млрд, импорт — 1,9 млрд. Дефицит торговли с соседом составил 0,7 млрд "
            "долларов.")
    got = facts(text, dt.date(2024, 2, 1))
    assert (got[-1].metric, got[-1].year) == ("other", 2023)


def test_a_rate_after_a_heading_ending_in_a_full_stop_is_no_money() -> None:
    from analysis.money import find_amounts

    text = "Курсы валют. Среднегодовой курс евро в 2019 году составил 2,3 белорусского рубля."
    assert find_amounts(text) == []
    assert len(find_amounts("Курс доллара вырос. Тарифы: 35.000 руб. за вагон.")) == 1


def test_a_country_exporting_in_a_span_of_months_is_national() -> None:
    text = ("Заголовок\n"
            "Псковская область нарастила поставки льна в республику. Всего Россия в "
            "январе–июне экспортировала в Беларусь льна на 12 млн долларов.")
    assert facts(text)[0].region is None


def test_a_share_told_falling_on_russia_is_national() -> None:
    text = ("Фабрика из Орши открыла склад в Смоленске.\n"
            "Выручка фабрики за год составила 20 млн белорусских рублей, около 30% пришлось на "
            "Россию — это примерно 6 млн рублей.")
    assert facts(text)[-1].region is None
