"""Session 33, metric33: metric readings that recur over several dev rounds (issue 10).

Each sentence is written for this test in the style of the news the gold sets hold.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.money import describe


def metrics(text: str) -> list[str]:
    return [f.metric for f in describe(SimpleNamespace(text=text, published=dt.date(2025, 3, 10)))]


def test_tax_relief_is_no_money_given() -> None:
    # «льготы»: taxes not collected, not an investment or a contract's value
    text = "Витебская область даст заводу налоговые льготы на сумму около 40 млн рублей за семь лет."
    assert metrics(text) == ["other"]


@pytest.mark.parametrize("text", [
    "За просрочку декларации предусмотрен штраф до 100 базовых величин (3 700 рублей).",
    "Договор поставки предусматривал предоплату в размере 250 тыс. рублей.",
])
def test_a_penalty_or_prepayment_a_rule_sets_is_not_allocated_money(text: str) -> None:
    assert metrics(text) == ["other"]


def test_money_provided_for_a_purpose_stays_financing() -> None:
    text = "В областном бюджете предусмотрено 12 млн рублей на выплату компенсаций аграриям."
    assert metrics(text) == ["financing"]


def test_a_credit_line_got_for_a_deal_is_the_credit() -> None:
    # «под сделку» does not govern the object's adjective «кредитную»
    text = "Лизинговая компания получила под эту сделку кредитную линию на 2 млрд рублей."
    assert metrics(text) == ["credit"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Межгосударственный кредит рассчитан на 40 млрд рублей; к началу года выбрано 31,5 млрд.",
     ["credit", "credit"]),
    ("Электростанцию строили за счёт экспортного кредита в размере до $3 млрд. На сегодня "
     "выбрано около $2,2 млрд.", ["credit", "credit"]),
    # a part of a programme's limit drawn stays the programme's money
    ("На программу в этом году предусмотрено 4 млрд рублей, из них к сентябрю выбрано 2,6 млрд.",
     ["financing", "financing"]),
])
def test_money_drawn_down_is_a_credits(text: str, expected: list[str]) -> None:
    assert metrics(text) == expected


def test_a_limit_told_by_a_relative_pronoun_is_the_credits() -> None:
    text = ("Идёт выборка связанного кредита на закупку машин, общий лимит которого — "
            "60 млрд рублей.")
    assert metrics(text) == ["credit"]


def test_a_programmes_limit_stays_financing() -> None:
    text = "Утверждена программа поддержки экспортёров, лимит которой на год — 1,2 млрд рублей."
    assert metrics(text) == ["financing"]


@pytest.mark.parametrize("text", [
    "На реконструкцию котельной в этом году запланировано 6 млн рублей, из них 2 млн – "
    "средства инновационного фонда.",
    "На ремонт дорог до 2026 года предусмотрено 900 млн рублей, из них 540 млн — средства "
    "федерального проекта «Безопасные дороги».",
])
def test_a_part_named_as_a_public_purses_money_is_financing(text: str) -> None:
    assert metrics(text)[-1] == "financing"


def test_a_partners_money_keeps_the_wholes_reading() -> None:
    text = ("Инвестиции в новый цех составили 300 млн рублей, из них 120 млн — средства "
            "российского партнёра.")
    assert metrics(text) == ["investment", "investment"]


def test_money_given_out_of_a_fund_is_financing() -> None:
    text = ("На строительство гаража предприятие направило 90 тыс. рублей собственных средств, "
            "ещё 60 тыс. выделено из инновационного фонда министерства.")
    assert metrics(text) == ["investment", "financing"]


@pytest.mark.parametrize("text", [
    "Как сообщил минфин, договоры с банками на финансирование проектов заключены на "
    "12 млрд рублей.",
    "В прошлом году объём сделок в рамках торгового финансирования достиг 150 млн долларов.",
    "В марте автопарк получил 12 новых автобусов, сделку на 96 млн рублей профинансировала "
    "лизинговая компания.",
])
def test_a_deal_for_financing_is_financing(text: str) -> None:
    assert metrics(text) == ["financing"]


def test_a_contract_paid_from_a_credit_stays_a_contract() -> None:
    text = "Минимальная сумма экспортного контракта, финансируемого из кредита, — 30 млн рублей."
    assert metrics(text) == ["agreements"]


@pytest.mark.parametrize("text", [
    "Затраты холдинга на логистику в этом году аналитики оценивают в 2,1 млрд рублей.",
    "Затраты на перевозку одного контейнера до Бреста выросли до 2 300 долларов.",
])
def test_running_costs_are_other(text: str) -> None:
    assert metrics(text) == ["other"]


def test_capital_costs_stay_an_investment() -> None:
    text = "Капитальные затраты на расширение сборочного цеха составят 800 млн рублей."
    assert metrics(text) == ["investment"]


def test_services_rendered_with_no_foreign_buyer_are_the_providers() -> None:
    # no topic of the export figure before it
    text = ("Экспорт транспортных услуг за полугодие составил 900 млн долларов. Перевозчики "
            "области за это время оказали услуг на 120 млн рублей.")
    assert metrics(text) == ["export", "other"]


def test_services_rendered_to_foreigners_stay_an_export() -> None:
    text = "Экспорт оздоровительных услуг составил $30 млн, из них гражданам России оказано услуг на $22 млн."
    assert metrics(text) == ["export", "export"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Банк в прошлом году одобрил проекты в Беларуси на 180 млн долларов.", "financing"),
    ("С начала года ФРП одобрил 40 проектов на сумму 9,5 млрд рублей.", "credit"),
])
def test_projects_a_lender_approves_are_its_money(text: str, expected: str) -> None:
    assert metrics(text) == [expected]


def test_goods_of_a_plants_make_are_no_facility() -> None:
    text = ("Хозяйство купило три комбайна производства Гомельского завода общей стоимостью "
            "90 млн рублей.")
    assert metrics(text) == ["other"]


def test_a_plants_cost_stays_an_investment() -> None:
    text = "В Брянске открылся сборочный завод общей стоимостью 1,2 млрд рублей."
    assert metrics(text) == ["investment"]
