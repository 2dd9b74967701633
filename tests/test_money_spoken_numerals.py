"""Amounts spoken in words, as radio transcripts and interviews write them: compound scales,
spoken decimals, halves and «полу-» (texts written for these tests)."""

from __future__ import annotations

import pytest

from analysis.money.amounts import find_amounts


def _read(text: str) -> list[tuple[str, float, str, str]]:
    return [(a.surface, a.value, a.currency, a.qualifier) for a in find_amounts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Поставки вышли на три миллиарда восемьсот миллионов долларов.",
     [("три миллиарда восемьсот миллионов долларов", 3.8e9, "USD", "exact")]),
    ("Цель — миллиард двести миллионов долларов товарооборота.",
     [("миллиард двести миллионов долларов", 1.2e9, "USD", "exact")]),
    ("Получили около трёх целых двух десятых миллиарда рублей.",
     [("около трёх целых двух десятых миллиарда рублей", 3.2e9, "RUB", "approx")]),
    ("Экспорт составил шесть и четыре десятых миллиарда долларов.",
     [("шесть и четыре десятых миллиарда долларов", 6.4e9, "USD", "exact")]),
    ("Выделили порядка пяти с половиной миллиардов рублей.",
     [("порядка пяти с половиной миллиардов рублей", 5.5e9, "RUB", "approx")]),
    ("Инвестиции — свыше полумиллиарда рублей.",
     [("свыше полумиллиарда рублей", 5e8, "RUB", "over")]),
    ("Бюджет проекта — один миллиард 300 миллионов рублей.",
     [("один миллиард 300 миллионов рублей", 1.3e9, "RUB", "exact")]),
])
def test_spoken_amounts(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    got = _read(text)
    assert [(s, c, q) for s, _, c, q in got] == [(s, c, q) for s, _, c, q in expected]
    assert [v for _, v, _, _ in got] == pytest.approx([v for _, v, _, _ in expected])


def test_bare_compound_takes_the_currency_of_the_amount_before() -> None:
    text = ("Оборот достиг полутора миллиардов долларов, точнее — миллиард пятьсот сорок "
            "миллионов.")
    got = find_amounts(text)
    assert [(a.surface, a.currency, a.implied_currency) for a in got] == [
        ("полутора миллиардов долларов", "USD", False),
        ("миллиард пятьсот сорок миллионов", "USD", True)]
    assert got[1].value == pytest.approx(1.54e9)


@pytest.mark.parametrize("text", [
    "Пришло два с половиной десятка гостей.",  # a half of no money scale
    "Три и восемь — это номера двух цехов.",  # «и» without a fraction word is no decimal
    "Миллиард людей смотрели трансляцию, и сто человек пришли в зал.",  # a count
    "Рост составил три целых две десятых процента.",  # a percentage
])
def test_not_money(text: str) -> None:
    assert find_amounts(text) == []


def test_two_amounts_stay_two() -> None:
    # a comma and a new clause between: no compound
    got = _read("Потратили миллиард рублей, а за год — 5 миллиардов рублей.")
    assert [(s, v) for s, v, _, _ in got] == [("миллиард рублей", 1e9), ("5 миллиардов рублей", 5e9)]


def test_spoken_tenths_without_the_fraction_word() -> None:
    # «миллиарда» agrees with «три», not with «восемь»: 3.8 bn
    got = _read("За тот же период было три и восемь миллиарда долларов.")
    assert [(s, c) for s, _, c, _ in got] == [("три и восемь миллиарда долларов", "USD")]
    assert got[0][1] == 3.8e9


def test_two_and_three_million_is_a_list_not_a_decimal() -> None:
    got = _read("Заводы получили два и три миллиона рублей соответственно.")
    # (session 14: the first member of the list is read in the unit of the second, 2 million)
    assert [(s, v) for s, v, _, _ in got] == [("два", 2e6), ("три миллиона рублей", 3e6)]


def test_hundreds_after_a_bare_scale_leave_the_smaller_scale_out() -> None:
    # «около миллиарда ста»: 1.1 bn, as speech says it; the currency comes from before
    got = find_amounts("Оборот — два миллиарда долларов. Пять лет назад было около миллиарда "
                       "двухсот.")
    assert [(a.surface, a.currency, a.qualifier) for a in got] == [
        ("два миллиарда долларов", "USD", "exact"), ("около миллиарда двухсот", "USD", "approx")]
    assert got[1].value == pytest.approx(1.2e9)


@pytest.mark.parametrize("text", [
    "Пришло около миллиона двухсот человек.",  # a word follows: no elided scale
    "Было около тысячи ста.",  # thousands are counts, not money
])
def test_no_elided_hundreds(text: str) -> None:
    assert find_amounts(text) == []
