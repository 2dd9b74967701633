"""Session 41, metric41a: metric misses whose gold is an investment, a financing, a credit or
an agreement, fixed where the cause recurs across the dev rounds (issue 10).

Each class is a rule of Russian news prose, read where every dev gold so told agrees; each
sentence is written for this test in the style of the news the gold sets hold.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.money import describe


def metrics(text: str) -> dict[str, str]:
    return {f.amount.surface: f.metric
            for f in describe(SimpleNamespace(text=text, published=dt.date(2025, 3, 10)))}


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
