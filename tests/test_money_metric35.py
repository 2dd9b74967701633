"""Session 35, metric35: the four readings the lead decided where rounds disagreed (issue 10),
and the metric misses that recur over several dev rounds.

Each sentence is written for this test in the style of the news the gold sets hold.
"""

from __future__ import annotations

import pytest
from conftest import surface_metrics

metrics = surface_metrics


@pytest.mark.parametrize("text", [
    "Лизинговая компания «Агролизинг» за полгода заключила договоры лизинга на 12,4 млрд рублей.",
    "Компания «ВагонКапитал» в прошлом году заключила договоры лизинга на 23 млрд рублей.",
    "«Лизинг-Агро» подвёл итоги: с начала года новые договоры лизинга заключены на 8,9 млрд "
    "рублей.",
])
def test_a_lessors_leasing_contracts_in_the_plural_are_financing(text: str) -> None:
    # decision 1 of session 35: a lessor's portfolio of deals, as the leasing row reads
    assert list(metrics(text).values()) == ["financing"]


@pytest.mark.parametrize("text", [
    "Лизинговая компания ГТЛК заключила договор лизинга на 40 автобусов на сумму 1,2 млрд рублей.",
    "Хозяйства области заключили договоры лизинга на 300 млн рублей.",
])
def test_one_leasing_contract_and_clients_contracts_keep_their_reading(text: str) -> None:
    assert list(metrics(text).values()) == ["agreements"]


@pytest.mark.parametrize("text", [
    "Расходы областного бюджета на обслуживание долга в будущем году запланированы в размере "
    "900 млн рублей.",
    "В 2024 году бюджетные расходы на закупку лекарств для больниц составили 56 млн рублей.",
    "Расходы республиканского бюджета на погашение внешних займов составят 1,3 млрд долларов.",
])
def test_a_budgets_outlay_on_a_purchase_or_a_debt_is_other(text: str) -> None:
    # decision 2 of session 35: a payment for goods or for a debt, not financing
    assert list(metrics(text).values()) == ["other"]


def test_a_budgets_outlay_on_support_stays_financing() -> None:
    text = "Расходы областного бюджета на поддержку малого бизнеса составят 400 млн рублей."
    assert metrics(text)["400 млн рублей"] == "financing"


@pytest.mark.parametrize("text", [
    "Компания направила 40 млн рублей на ремонт цеха.",
    "Завод в этом году направит на капитальный ремонт котельной 25 млн рублей.",
    "На ремонт школы потратили 12 млн рублей.",
])
def test_money_a_firm_puts_into_repairs_is_other(text: str) -> None:
    # decision 3 of session 35: upkeep, neither investment nor financing
    assert list(metrics(text).values()) == ["other"]


@pytest.mark.parametrize("text", [
    "Из областного бюджета на ремонт дорог выделено 300 млн рублей.",
    "Псковская область в этом году выделила 12,5 млн рублей на ремонт подъезда к пункту пропуска.",
    "Минтранс обещал дополнительно выделить 52 млн рублей на ремонт трамвайных путей.",
])
def test_repairs_a_budget_or_a_public_body_pays_for_are_financing(text: str) -> None:
    assert list(metrics(text).values()) == ["financing"]


@pytest.mark.parametrize("text", [
    "Призовой фонд турнира составил 2 млн рублей.",
    "На чемпионате в Казани спортсмены клуба выиграли призовых на 10 тыс. долларов.",
    "Призовой фонд конкурса — 350 тысяч рублей, победитель получил 120 тысяч рублей.",
])
def test_prize_money_is_other(text: str) -> None:
    # decision 4 of session 35: money won, not a fund's financing
    assert set(metrics(text).values()) == {"other"}


def test_a_support_fund_still_finances() -> None:
    text = "Фонд поддержки предпринимательства выделил на проект 20 млн рублей."
    assert metrics(text)["20 млн рублей"] == "financing"


def test_a_threshold_a_rule_sets_is_other() -> None:
    # round 26: the duty-free threshold is no import
    text = "С 1 апреля порог беспошлинного ввоза товаров в посылках снижен с 500 до 200 евро."
    assert metrics(text)["200 евро"] == "other"


def test_money_paid_into_a_budget_is_what_it_takes_in() -> None:
    text = ("Аудиторы нашли переплату подрядчикам на 14,2 млн рублей. Из них уже возмещено в "
            "бюджет 9,7 млн рублей, остальное взыскивается.")
    assert metrics(text)["9,7 млн рублей"] == "other"


def test_money_paid_out_of_one_budget_into_another_stays_financing() -> None:
    text = "Из федерального бюджета в областной бюджет направлено 300 млн рублей на дороги."
    assert metrics(text)["300 млн рублей"] == "financing"


@pytest.mark.parametrize(("text", "surface"), [
    ("Маркетинговый бюджет программы продвижения белорусских брендов в этом году увеличен до "
     "1,2 млн рублей.", "1,2 млн рублей"),
    ("Рекламный бюджет торговой сети на год — 30 млн рублей.", "30 млн рублей"),
])
def test_a_marketing_or_advertising_budget_is_an_outlay(text: str, surface: str) -> None:
    # round 24: what is spent on marketing is no budget's financing
    assert metrics(text)[surface] == "other"


@pytest.mark.parametrize(("text", "surface"), [
    ("В прошлом году областной бюджет компенсировал заводу проценты по кредитам на 34 млн "
     "рублей.", "34 млн рублей"),
    ("Краевой бюджет направит на субсидирование процентных ставок по кредитам 250 млн рублей.",
     "250 млн рублей"),
])
def test_interest_made_good_on_loans_is_support(text: str, surface: str) -> None:
    # the support, not the loans (rounds 11, 12, 25, 53)
    assert metrics(text)[surface] == "financing"


def test_a_loan_told_with_its_rate_stays_a_credit() -> None:
    text = "Банк выдал заводу кредит на 34 млн рублей под 9% годовых."
    assert metrics(text)["34 млн рублей"] == "credit"
