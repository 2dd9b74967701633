"""An exchange rate told as a swap («за сто российских рублей давали 3,7 белорусского») quotes
a price of a currency: neither side is a sum of money. A price paid «за 1 рубль» with no swap
verb stays money. Texts written for this test."""

from __future__ import annotations

import pytest

from analysis.money import find_amounts


def surfaces(text: str) -> list[str]:
    return [a.surface for a in find_amounts(text)]


@pytest.mark.parametrize("text", [
    "На чёрном рынке за сто российских рублей в апреле давали 3,6 белорусского.",
    "В начале месяца за 1 000 российских рублей давали около 34,8 белорусского.",
    "Сейчас за 100 рублей в обменниках Минска дают примерно 3,5 белорусского рубля.",
    "За тысячу российских рублей банки предлагали всего 35 белорусских.",
])
def test_swap_base_is_not_money(text: str) -> None:
    assert not any("российск" in s or s.startswith(("100", "1 000", "тысяч", "сто"))
                   for s in surfaces(text)), surfaces(text)


def test_sums_in_a_conversion_story_stay_money() -> None:
    text = ("Экспорт завода в Россию составил 1,2 млрд белорусских рублей, или около "
            "38 млрд российских. За сто российских рублей в среднем давали 3,2 белорусского.")
    got = surfaces(text)
    assert "1,2 млрд белорусских рублей" in got
    assert any(s.endswith("38 млрд российских") for s in got), got
    assert not any(s.startswith("сто") for s in got), got


@pytest.mark.parametrize(("text", "surface"), [
    ("Госкомимущество продало пакет акций завода за 1 белорусский рубль.",
     "1 белорусский рубль"),
    ("Фермер купил старый трактор за 100 000 рублей, а за ремонт отдал ещё 40 000 рублей.",
     "100 000 рублей"),
])
def test_a_price_paid_for_something_stays_money(text: str, surface: str) -> None:
    assert surface in surfaces(text)
