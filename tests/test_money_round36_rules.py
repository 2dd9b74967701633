"""Readings general enough to carry from round 36's dev part to news at large: a plan verb
shared by «…, а также» an infinitive after it. Texts written for this test."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from analysis.money import describe
from analysis.money.fact_record import Fact


def facts(text: str, published: dt.date = dt.date(2024, 4, 20)) -> list[Fact]:
    return describe(SimpleNamespace(text=text, published=published))


def test_a_plan_verb_governs_an_infinitive_after_a_also() -> None:
    text = ("В этом году холдинг намерен направить на обновление цехов 75 млн рублей, а также "
            "привлечь кредит на 30 млн рублей.")
    assert [f.forecast for f in facts(text)] == [True, True]


def test_a_also_after_a_fact_plans_nothing() -> None:
    text = ("В прошлом году холдинг направил на обновление цехов 75 млн рублей, а также "
            "получил кредит на 30 млн рублей.")
    assert [f.forecast for f in facts(text)] == [False, False]


def test_trade_with_countries_outside_the_union_goes_abroad() -> None:
    from conftest import make_article
    text = ("Калужская таможня подвела итоги\n"
            "Экспорт области в страны, не входящие в ЕАЭС, за год составил 315 млн долларов. "
            "Импорт из стран вне ЕАЭС составил 740 млн долларов.\n")
    got = {f.amount.surface: f.flow
           for f in describe(make_article("r36", text, dt.date(2024, 2, 1)))}
    assert got["315 млн долларов"] == "other"
    assert got["740 млн долларов"] == "other"


def test_own_funds_words_name_the_figure_they_follow() -> None:
    text = ("На реконструкцию цеха в 2023 году направлено 90 млн рублей собственных средств "
            "и 40 млн рублей кредитов российских банков.")
    assert [f.metric for f in facts(text)] == ["investment", "credit"]


def test_goods_customs_detain_take_the_time_before() -> None:
    text = ("Псковская таможня подвела итоги 2023 года\n"
            "В 2023 году таможенники выявили 120 фактов незаконного ввоза санкционных товаров. "
            "Стоимость задержанной продукции составила 18,5 млн рублей.")
    detained = facts(text)[-1]
    assert (detained.metric, detained.year) == ("other", 2023)


def test_contracts_told_insured_after_the_amount_are_exports() -> None:
    text = ("За девять месяцев агентство поддержало поставки станков в Беларусь. "
            "Экспортные контракты на 2,4 млрд рублей застрахованы агентством от политических "
            "рисков.")
    assert facts(text)[-1].metric == "export"


def test_money_for_the_current_year_takes_no_period_of_the_clause_before() -> None:
    text = ("С начала года аграриям перечислено 2,1 млрд рублей субсидий; на текущий год в "
            "областном бюджете на эти цели предусмотрено 5 млрд рублей.")
    assert [f.period for f in facts(text)] == ["с начала года", None]


def test_the_base_of_a_share_is_no_plan_unless_its_own_words_say_so() -> None:
    done = facts("По оценке министерства, исполнение программы в этом году составит 96% от "
                 "утверждённых 3,4 млрд рублей.")[-1]
    planned = facts("Освоение средств в этом году составит 80% от запланированных 2,5 млрд "
                    "рублей.")[-1]
    assert (done.forecast, planned.forecast) == (False, True)



def test_trade_into_the_region_means_the_article_s_own_region() -> None:
    # «Белорусский экспорт в область за полгода — 190 млн долларов» in a regional interview:
    # «в область» is the article's region, as «в области» and «экспорт области» are
    from analysis.money.context import context_words
    local = context_words().local
    assert local.search("белорусский экспорт в область за полгода")
    assert local.search("поставки в край выросли")
    assert not local.search("экспорт в республику вырос")


def test_the_base_of_a_fee_names_no_kind_of_the_fee() -> None:
    # «1% от суммы кредита, но не менее 300 рублей»: the credit is what the share is of; the
    # floor is the fee's own
    text = "Комиссия банка составляет 1% от суммы кредита, но не менее 300 рублей."
    assert facts(text)[-1].metric == "other"


def test_a_sum_converted_at_a_rate_far_from_its_verb_is_money() -> None:
    from analysis.money import find_amounts
    text = ("Долг составил 9 400 000 российских рублей, что по официальному курсу "
            "Национального банка на дату вынесения решения эквивалентно 351 200 белорусским "
            "рублям.")
    assert [a.currency for a in find_amounts(text)] == ["RUB", "BYN"]
