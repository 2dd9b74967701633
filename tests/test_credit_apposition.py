"""An amount in apposition to a credit named right before its dash or bracket is that
credit's sum (session 25, metric25): «станки куплены в кредит Сбербанка – 30 млн рублей», «за
счёт займа фонда (до 150 млн рублей)»; a part «из них за счёт кредитов — …» of a whole told
before stays of the whole's kind. The texts are written for these tests."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.money import describe


def metrics(text: str) -> list[tuple[str, str]]:
    facts = describe(SimpleNamespace(text=text, published=dt.date(2025, 3, 12)))
    return [(f.amount.surface, f.metric) for f in facts]


@pytest.mark.parametrize(("text", "surface"), [
    ("Новую покрасочную линию завод закупил на кредит Белинвестбанка – 7 млн долларов.",
     "7 млн долларов"),
    ("Реконструкция котельной финансируется в том числе за счёт займа регионального фонда – "
     "45 млн рублей.", "45 млн рублей"),
    ("Цех построят за счёт кредита Россельхозбанка (до 300 млн рублей) и собственных средств.",
     "до 300 млн рублей"),
])
def test_an_amount_after_a_credits_dash_is_the_credit(text: str, surface: str) -> None:
    assert metrics(text) == [(surface, "credit")]


def test_a_part_of_an_investment_paid_by_credit_stays_an_investment() -> None:
    text = ("Инвестиции в основной капитал составили 3,4 млрд рублей, из них за счёт кредитов "
            "банков — 1,1 млрд рублей.")
    assert metrics(text) == [("3,4 млрд рублей", "investment"), ("1,1 млрд рублей", "investment")]
