"""Readings general enough to carry from round 34's dev part to news at large: a fine imposed,
figures coordinated before one currency, money going into a budget, a seller's revenue from
deliveries to Belarus, a biaspectual verb, a support cap per recipient, a headline that
rounds the body's figure, a part in its whole's currency, a credit's form after the sum."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.money import describe, find_amounts
from analysis.money.fact_record import Fact


def facts(text: str, published: dt.date = dt.date(2022, 9, 14)) -> list[Fact]:
    return describe(SimpleNamespace(text=text, published=published))


def test_a_fine_imposed_in_a_month_is_other_and_one_off() -> None:
    text = ("Молочные комбинаты области нарастили отгрузки в Россию. "
            "В апреле ветеринарная служба оштрафовала один из комбинатов на 8,3 млн рублей "
            "за нарушения при маркировке сыров.")
    fine = facts(text)[-1]
    assert (fine.metric, fine.year, fine.period) == ("other", None, None)


def test_coordinated_thousands_share_the_currency_and_the_reading() -> None:
    text = ("Таможня оштрафовала двух перевозчиков на 120 тыс. и 280 тыс. рублей "
            "за ввоз товаров без документов.")
    found = [(a.value, a.currency) for a in find_amounts(text)]
    assert found == [(120_000, "RUB"), (280_000, "RUB")]
    assert [f.metric for f in facts(text)] == ["other", "other"]


def test_coordinated_thousands_of_tonnes_stay_no_money() -> None:
    assert find_amounts("Урожай составил 300 тыс. и 450 тыс. тонн.") == []


@pytest.mark.parametrize("text", [
    "Сборы за оформление грузов пополнили областной бюджет на 86 млн рублей.",
    "За девять месяцев в республиканский бюджет перечислено 41 млн рублей налоговых платежей.",
    "По расчётам министерства, новая пошлина принесёт бюджету дополнительно 2,6 млрд рублей.",
])
def test_money_going_into_a_budget_is_what_it_takes_in(text: str) -> None:
    assert facts(text)[0].metric == "other"


def test_the_budget_a_sentence_fills_hands_on_no_financing() -> None:
    text = ("В этом году компания перечислит в российский бюджет около 40 млн долларов пошлин. "
            "За первое полугодие поступления составили 18 млн долларов.")
    assert facts(text)[-1].metric == "other"


def test_a_budget_in_a_year_is_still_the_budget() -> None:
    text = "В текущем году бюджет программы составляет 1,2 млрд рублей."
    assert facts(text)[0].metric == "financing"


def test_revenue_from_deliveries_to_belarus_is_an_export() -> None:
    text = ("Смоленский мясокомбинат нарастил продажи. Его выручка от поставок в Беларусь "
            "в прошлом году составила 410 млн рублей.")
    fact = facts(text)[-1]
    assert (fact.metric, fact.flow) == ("export", "RU→BY")


def test_a_biaspectual_verb_plans_nothing_and_a_cap_per_recipient_has_no_year() -> None:
    text = ("Областной фонд компенсирует экспортёрам до 70% затрат на сертификацию, "
            "но не более 300 тыс. рублей на одного получателя.")
    cap = facts(text)[0]
    assert (cap.metric, cap.forecast, cap.year) == ("financing", False, None)


def test_a_perfective_future_still_plans() -> None:
    text = "В следующем году банк выдаст фермерам кредитов на 2 млрд рублей."
    assert facts(text)[0].forecast


def test_a_headline_whole_number_takes_the_body_figures_time() -> None:
    text = ("Фермеры района получили 12 млн рублей господдержки\n"
            "За январь–июль текущего года фермерские хозяйства района получили субсидий "
            "на 12,3 млн рублей.")
    headline = facts(text)[0]
    assert (headline.year, headline.period) == (2022, "январь–июль")


def test_a_headline_takes_the_span_the_body_states() -> None:
    text = ("Фонд за квартал выдал займов на 96 млн рублей\n"
            "Региональный фонд в январе–марте выдал 40 займов на общую сумму 96 млн рублей.")
    headline, body = facts(text)
    assert body.period is not None and headline.period == body.period


def test_a_part_keeps_its_wholes_currency() -> None:
    text = ("По данным Калугастата, экспорт области в Беларусь составил 120 млн долларов. "
            "В будущем году комбинат планирует выпустить продукции на 2,1 млрд рублей, "
            "из них примерно на 400 млн — для поставок в Беларусь.")
    part = facts(text)[-1]
    assert (part.amount.value, part.amount.currency) == (400e6, "RUB")


def test_a_credit_told_after_the_sum_over_a_cost_before() -> None:
    text = ("Стоимость реконструкции оценивается в 50 млн рублей, из которых 30 млн рублей "
            "предприятию предоставит банк в виде льготного кредита.")
    assert facts(text)[1].metric == "credit"


@pytest.mark.parametrize(("text", "metric"), [
    ("В сентябре завод ввёл установку гидроочистки стоимостью 90 млн долларов.", "investment"),
    ("На техническое переоснащение завод направил 48 млн рублей.", "investment"),
    # public money on re-equipment stays financing
    ("На переоснащение больниц направлено 1,2 млрд рублей, из них 1 млрд — средства "
     "федерального бюджета.", "financing"),
])
def test_facilities_and_re_equipment(text: str, metric: str) -> None:
    assert facts(text)[0].metric == metric


def test_a_guarantee_is_support_not_the_loan() -> None:
    text = "Гарантийный фонд за квартал выдал поручительств на 300 млн рублей."
    assert facts(text)[0].metric == "financing"


def test_a_participle_of_money_received_dates_the_figure() -> None:
    text = ("Субсидия, полученная хозяйством в 2021 году по программе обновления парка, "
            "составила 4,2 млн рублей.")
    assert facts(text)[0].year == 2021


def test_a_participle_of_another_figure_keeps_its_year() -> None:
    text = ("Средства пойдут на погашение двух кредитов: 40 млн долларов, полученных в 2020 году, "
            "и 25 млн долларов, взятых в прошлом году.")
    assert [f.year for f in facts(text)] == [2020, 2021]


def test_a_participle_of_a_thing_does_not_date_its_cost() -> None:
    text = "Программа, завершённая в 2019 году, обошлась в 2,4 млрд рублей."
    assert facts(text)[0].year is None


def test_the_cost_of_works_after_a_modernisation_is_an_investment() -> None:
    text = ("На заводе завершается модернизация сушильной линии. Стоимость работ – 12 млн "
            "рублей.")
    assert facts(text)[0].metric == "investment"


def test_a_cap_per_recipient_takes_no_year_from_the_figure_before() -> None:
    text = ("В 2021 году малые предприятия области экспортировали в Россию товаров на 90 млн "
            "долларов. Начинающим экспортёрам облисполком компенсирует расходы на сертификацию — "
            "до 20 тыс. рублей на одно предприятие.")
    cap = facts(text)[-1]
    assert (cap.metric, cap.year) == ("financing", None)
