"""Rubles named by their country's adjective alone, the noun left out, right after a ruble
figure named by its currency: «… 2,1 белорусского рубля, то есть около 60 российских», «…
20 млн российских рублей, это примерно 1,9 млрд наших». «наших» are the other rubles than the
ones just named. A count of things after the adjective («45 российских компаний») is none.
Sentences written for this test.
"""

from __future__ import annotations

from analysis.money import find_amounts


def _read(text: str) -> list[tuple[str, str, float, str]]:
    return [(a.surface, a.currency, a.value, a.qualifier) for a in find_amounts(text)]


def test_russian_rubles_by_their_adjective_after_a_belarusian_price() -> None:
    text = "В Орше пачка чая стоит 2,1 белорусского рубля, то есть около 60 российских."
    assert _read(text)[1] == ("около 60 российских", "RUB", 60.0, "approx")


def test_ours_are_the_other_rubles_than_the_named_ones() -> None:
    text = ("«Покупатель из Пскова заплатил 20 млн российских рублей, это примерно 1,9 млрд "
            "наших», — сказал председатель колхоза.")
    assert _read(text)[1] == ("примерно 1,9 млрд наших", "BYN", 1.9e9, "approx")
    text = "Коллеги из Гомеля вложили 7 млн белорусских рублей, по-нашему около 200 млн наших."
    assert _read(text)[1] == ("около 200 млн наших", "RUB", 2e8, "approx")


def test_a_count_after_the_adjective_is_no_money() -> None:
    text = "Кредит на 5 млрд рублей получили 45 российских компаний."
    assert [s for s, *_ in _read(text)] == ["5 млрд рублей"]


def test_no_ruble_named_before_no_figure() -> None:
    text = "Из 60 опрошенных предприятий 45 российских."
    assert _read(text) == []
