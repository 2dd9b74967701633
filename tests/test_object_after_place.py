"""A verb's object that names the money decides the metric even when a place stands between
the verb and the object (session 25, metric25): «получили в российских банках ипотечные
кредиты на …» — «в российских банках» is where, «кредиты» what was received; a preposition
governs a cue only while no noun closes its phrase («направит на поддержку экспорта» keeps the
money a financing). The texts are written for these tests."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.money import describe


def metric_of_only(text: str) -> str:
    facts = describe(SimpleNamespace(text=text, published=dt.date(2025, 3, 12)))
    assert len(facts) == 1
    return facts[0].metric


@pytest.mark.parametrize("text", [
    "За полгода жители Гродно получили в российских банках потребительские кредиты на 1,2 млрд "
    "рублей.",
    "В прошлом году белорусские фермеры взяли в смоленских банках льготные займы на 640 млн "
    "рублей.",
])
def test_a_credit_received_at_a_place_is_a_credit(text: str) -> None:
    assert metric_of_only(text) == "credit"


def test_money_sent_to_support_trade_stays_financing() -> None:
    assert metric_of_only("Область направит на поддержку экспорта 300 млн рублей.") == "financing"


def test_a_mortgage_is_a_credit() -> None:
    assert metric_of_only("За год жители Бреста взяли в Смоленске ипотеку на 900 млн рублей.") == "credit"
