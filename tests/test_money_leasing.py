"""A lessor's deliveries are the money it finances (money/leasing.py, money/constructions.py)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.money import describe, find_amounts
from analysis.money.leasing import is_lessor_delivery
from analysis.money.scope import AmountScope


def metrics(text: str) -> list[str]:
    return [f.metric for f in describe(SimpleNamespace(text=text, published=dt.date(2025, 3, 10)))]


@pytest.mark.parametrize("text", [
    "С начала года «Уралагролизинг» передал хозяйствам области 140 тракторов на 1,6 млрд рублей.",
    "Через АО «Росагролизинг» в прошлом году аграриям края передано 520 единиц техники "
    "на сумму 3,4 млрд рублей.",
    "Лизинговая компания «Автолизинг-Центр» поставила перевозчикам 45 автобусов МАЗ "
    "на 1,2 млрд рублей.",
    "В 2024 году компания отгрузила клиентам машин на 900 млн рублей, а её лизинговый портфель "
    "вырос на треть.",
])
def test_a_lessor_handing_over_machines_finances_them(text: str) -> None:
    assert metrics(text)[0] == "financing"


def test_a_comparison_after_a_lessors_delivery_is_financing_too() -> None:
    text = ("За девять месяцев «Лизинг-Регион» передал клиентам белорусскую технику на "
            "₽2,1 млрд, что на 300 млн больше, чем годом ранее.")
    assert metrics(text) == ["financing", "financing"]


@pytest.mark.parametrize(("text", "metric"), [
    # no lessor: a maker's shipment keeps its own reading
    ("Завод передал заказчику оборудование на 40 млн рублей.", "other"),
    ("Минский завод поставил в Россию продукции на 2 млрд долларов.", "export"),
    # «льготного лизинга» names the form of the deal, not a lessor
    ("По программе льготного лизинга завод поставил в Россию техники на 1,1 млрд долларов.",
     "export"),
])
def test_no_lessor_or_no_handover_keeps_the_reading(text: str, metric: str) -> None:
    assert metrics(text)[0] == metric


def lessor_delivery(text: str) -> bool:
    amount = find_amounts(text)[0]
    return is_lessor_delivery(AmountScope(text=text, start=0, end=len(text), amount=amount,
                                          others=[amount]))


@pytest.mark.parametrize(("text", "expected"), [
    ("«Росагролизинг» передал аграриям 300 тракторов на 2 млрд рублей.", True),
    # the client receives from the lessor: what it pays is its own reading
    ("Фермеры района получили от «Росагролизинга» 60 тракторов на 780 млн рублей.", False),
    # a lessor named, but no handing over in the amount's clause
    ("«Росагролизинг» получит из бюджета 7 млрд рублей.", False),
    # handing over with no lessor («в лизинг» is the form of the deal)
    ("Завод передал в лизинг 20 автобусов на 300 млн рублей.", False),
])
def test_lessor_delivery(text: str, expected: bool) -> None:
    assert lessor_delivery(text) is expected
