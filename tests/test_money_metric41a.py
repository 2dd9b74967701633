"""Session 41, metric41a: metric misses whose gold is an investment, a financing, a credit or
an agreement, fixed where the cause recurs across the dev rounds (issue 10).

Each class is a rule of Russian news prose, read where every dev gold so told agrees; each
sentence is written for this test in the style of the news the gold sets hold.
"""

from __future__ import annotations

import pytest
from conftest import surface_metrics

metrics = surface_metrics


# ------------------------------------------- a budget named as the purse of the amount's clause
@pytest.mark.parametrize(("text", "surface"), [
    ("Модернизация котельной обойдётся в 12,4 млн рублей, из которых 8 млн рублей заводу "
     "предоставит Банк развития в виде кредита, а 2,1 млн рублей выделит областной бюджет.",
     "2,1 млн рублей"),
    ("Для хозяйств района открыта кредитная линия с лимитом 40 млн рублей. Первый транш — "
     "9 млн рублей — банк перечислил в феврале. Ещё 4,5 млн рублей на возмещение части затрат "
     "заложено в районном бюджете.", "4,5 млн рублей"),
    ("Линия по выпуску упаковки обошлась в 640 млн рублей. Из них 400 млн – заем Фонда "
     "развития промышленности, 90 млн – региональная субсидия.", "90 млн"),
])
def test_a_budget_named_in_the_clause_makes_its_money_financing(text: str, surface: str) -> None:
    assert metrics(text)[surface] == "financing"


@pytest.mark.parametrize(("text", "surface"), [
    # the credit named in the amount's own clause stays a credit
    ("Модернизация котельной обойдётся в 12,4 млн рублей, из которых 8 млн рублей заводу "
     "предоставит Банк развития в виде кредита, а 2,1 млн рублей составит кредит под "
     "гарантию областного бюджета.", "2,1 млн рублей"),
    ("Первый транш кредита — 9 млн рублей — банк перечислил в феврале.", "9 млн рублей"),
    # the bank's own part of the sum keeps its loan
    ("Модернизация котельной обойдётся в 12,4 млн рублей, из которых 8 млн рублей заводу "
     "предоставит Банк развития в виде кредита.", "8 млн рублей"),
])
def test_a_credit_named_in_its_own_clause_stays_a_credit(text: str, surface: str) -> None:
    assert metrics(text)[surface] == "credit"


# ----------------------------------------------- a contract's long phrase closed by its value
@pytest.mark.parametrize(("text", "surface"), [
    ("Крупнейший заказ года — контракт витебской компании «СофтЛайн» с петербургским "
     "застройщиком на разработку системы учёта квартир стоимостью 3,8 млн долларов.",
     "3,8 млн долларов"),
    ("Средства пойдут на оплату контракта могилёвского завода с ярославским предприятием на "
     "поставку насосных агрегатов стоимостью 9,2 млн долларов.", "9,2 млн долларов"),
    ("Главная сделка форума — контракт на поставку курскому агрохолдингу «Заря» 30 зерноуборочных "
     "комбайнов КЗС-1218 производства «Гомсельмаша» на сумму 410 млн рублей.", "410 млн рублей"),
])
def test_a_contracts_value_closes_its_phrase(text: str, surface: str) -> None:
    assert metrics(text)[surface] == "agreements"


@pytest.mark.parametrize(("text", "surface", "metric"), [
    # the payments under contracts are counted, not the contracts
    ("Через белорусские банки прошло платежей по внешнеторговым контрактам с Россией на сумму "
     "1,7 трлн российских рублей.", "1,7 трлн российских рублей", "other"),
    # a guarantee of a contract's performance is the guarantee
    ("Банк развития выдал гарантию надлежащего исполнения контракта на сумму 3,1 млн евро.",
     "3,1 млн евро", "financing"),
])
def test_a_contract_that_only_frames_the_sum_leaves_it(text: str, surface: str,
                                                       metric: str) -> None:
    assert metrics(text)[surface] == metric
