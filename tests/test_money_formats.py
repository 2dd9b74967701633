"""Amount formats of contracts, price lists and news, and what is not money (issue 10, classes
5 and 6), plus the parser's cost on repeated tokens (issue 15): linear, measured as a ratio."""

from __future__ import annotations

import pytest
from conftest import best_cpu_seconds

from analysis.money import find_amounts


def only(text: str) -> tuple[str, float, str]:
    found = find_amounts(text)
    assert len(found) == 1, (text, found)
    a = found[0]
    return a.surface, a.value, a.currency


@pytest.mark.parametrize(("text", "surface", "value", "currency"), [
    # thousands separated by a dot or a comma; English thousands with cents
    ("Аренда склада — 45.000 руб. в месяц.", "45.000 руб.", 45_000, "RUB"),
    ("Велосипед продаю за 18,500 руб, торг.", "18,500 руб", 18_500, "RUB"),
    ("К оплате по счёту: 7,350.00 руб.", "7,350.00 руб.", 7_350, "RUB"),
    ("Сумма договора — 2,418,600.00 руб.", "2,418,600.00 руб.", 2_418_600, "RUB"),
    # the amount spelled out again in brackets, with kopecks
    ("Цена договора 560 000 (пятьсот шестьдесят тысяч) рублей 00 копеек.",
     "560 000 (пятьсот шестьдесят тысяч) рублей 00 копеек", 560_000, "RUB"),
    ("Стоимость услуги 3 199 (три тысячи сто девяносто девять) руб. 50 коп.",
     "3 199 (три тысячи сто девяносто девять) руб. 50 коп.", 3_199.5, "RUB"),
    ("Проезд в автобусе — 2 руб. 30 коп.", "2 руб. 30 коп.", 2.3, "RUB"),
    ("Коробок спичек стоит 89 коп.", "89 коп.", 0.89, "RUB"),
    # «тыс. руб.», «т. р.»
    ("Лот выставлен за 4 812,5 тыс. руб.", "4 812,5 тыс. руб.", 4_812_500, "RUB"),
    ("Оклад сварщика — 95 т. р. на руки.", "95 т. р.", 95_000, "RUB"),
    # a space before the dot of the scale, lower-case «сша»
    ("Оборот составил 310 млн . долларов сша за год.", "310 млн . долларов сша", 310e6, "USD"),
    # scales, then thousands, then units
    ("Начальная цена — 214 млн 508 тыс. 300 рублей.", "214 млн 508 тыс. 300 рублей",
     214_508_300, "RUB"),
    ("Путёвка стоит 48 тыс. 900 руб.", "48 тыс. 900 руб.", 48_900, "RUB"),
    ("Завод вложил 400 с лишним миллионов рублей в новый цех.",
     "400 с лишним миллионов рублей", 400e6, "RUB"),
    ("Вложения превысят полмиллиарда рублей.", "превысят полмиллиарда рублей", 5e8, "RUB"),
    ("Это около 3 млрд российских рублей, или 110 млн белорусских.", "110 млн белорусских",
     110e6, "BYN"),
    ("Доставка по области — 900р, без выходных.", "900р", 900, "RUB"),
    ("Платёж по инвойсу: USD 12,000.", "USD 12,000", 12_000, "USD"),
    ("Взнос — 3 000,- руб.", "3 000,- руб.", 3_000, "RUB"),
])
def test_format(text: str, surface: str, value: float, currency: str) -> None:
    got = find_amounts(text)
    match = [a for a in got if a.surface == surface]
    assert match, (text, got)
    assert match[0].value == pytest.approx(value)
    assert match[0].currency == currency


def test_format_latin_lookalike_letters_inside_a_currency_word() -> None:
    # «дoллaров» with a Latin o and a; the surface is cut from the text as written
    surface, value, currency = only("Экспорт составил 27 млн д\u006fлл\u0061ров.")
    assert (value, currency) == (27e6, "USD")
    assert surface == "27 млн д\u006fлл\u0061ров"


def test_format_editorial_brackets_inside_the_phrase() -> None:
    found = find_amounts("По словам министра, товарооборот составит [почти] $2,4 [млрд] к концу года.")
    assert len(found) == 1
    assert found[0].value == pytest.approx(2.4e9)
    assert found[0].qualifier == "almost"  # («почти»: near the number, under it; gold `approx`)


def test_format_implied_billions_after_a_dollar_figure() -> None:
    found = find_amounts("Экспорт достиг 1,5 млрд долларов, а к 2027 году может вырасти до "
                         "двух миллиардов.")
    assert [(a.value, a.currency, a.implied_currency) for a in found] == [
        (1.5e9, "USD", False), (2e9, "USD", True)]


@pytest.mark.parametrize("text", [
    "$ 92,40 / € 99,15",  # an exchange-rate ticker in page chrome
    "Курсы ЦБ: USD 88,12  EUR 95,30",
    "Курс НБ РБ: 1 USD = 3,27 BYN",
    "Показатель приводится в единицах 10^9 рублей.",
    "Инвестиции в экономику края — 3 400 000 000 000 000 рублей.",  # over 10^14: no economy
    "Брус 100×150×6000 — уточняйте наличие.",
])
def test_not_money(text: str) -> None:
    assert find_amounts(text) == []


def test_not_money_ticker_line_leaves_the_article_amounts() -> None:
    text = "$ 92,40 / € 99,15\nКомбинат вложил в линию 1,2 млрд рублей."
    assert [a.surface for a in find_amounts(text)] == ["1,2 млрд рублей"]


def _cpu_ratio(small: str, large: str, rounds: int = 4) -> float:
    """Best CPU time of `find_amounts(large)` over the best of `find_amounts(small)`, the two
    measured in turns: on a loaded machine a core's sibling thread can slow the CPU clock of
    a whole stretch (a ratio of 20 was seen for a parser measured at 7 alone), and taking
    turns gives both sizes the same quiet moments."""
    best_small = best_large = float("inf")
    for _ in range(rounds):
        best_small = min(best_small, best_cpu_seconds(lambda: find_amounts(small), repeats=1))
        best_large = min(best_large, best_cpu_seconds(lambda: find_amounts(large), repeats=1))
    return best_large / best_small


def test_parser_linear_on_repeated_tokens() -> None:
    """Eight times the input may cost about eight times the time, never the square (64).
    Both sizes run here, in one process, so the machine's speed cancels out."""
    small, large = "1 млрд " * 5_000, "1 млрд " * 40_000
    ratio = _cpu_ratio(small, large)
    assert ratio < 16, ratio  # measured about 7-9; quadratic would be about 64


def test_parser_linear_when_a_currency_is_far_behind() -> None:
    small = "Экспорт $1 млрд. " + "1 млрд " * 5_000
    large = "Экспорт $1 млрд. " + "1 млрд " * 40_000
    ratio = _cpu_ratio(small, large)
    assert ratio < 16, ratio  # measured about 7
