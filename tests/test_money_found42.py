"""Forms of writing money that news uses and the rounds had not shown (session 42, found42),
each in sentences written for the test: a quarter of a scale («четверть миллиарда»), a count of
tens before the scale («полтора десятка миллионов»), a range whose low end is a bare scale
(«от полумиллиона до миллиона рублей»), the abbreviated «амер. долларов», a series after a
unit told with commas («(млн рублей): 2023 год — 450, 2024 год — 520»), and a price or a wage
told of a Belarusian place («Цена литра молока в Минске — 2,3 рубля»)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import facts_by_surface

from analysis.money import find_amounts


def _one(text: str) -> tuple[str, float, str | None, str]:
    (a,) = find_amounts(text)
    return a.surface, a.value, a.currency, a.qualifier


@pytest.mark.parametrize(("text", "surface", "value", "currency"), [
    ("На поддержку экспортёров области направлена четверть миллиарда рублей.",
     "четверть миллиарда рублей", 250e6, "RUB"),
    ("Ремонт моста обошёлся почти в четверть миллиона долларов.",
     "почти в четверть миллиона долларов", 250e3, "USD"),
])
def test_quarter_of_a_scale_is_that_share_of_it(text: str, surface: str, value: float,
                                                currency: str) -> None:
    got = _one(text)
    assert got[0].endswith(surface.split(" в ")[-1]) and got[1:3] == (value, currency)


def test_quarter_of_a_scale_without_money_is_no_figure() -> None:
    assert find_amounts("Город с населением в четверть миллиона жителей ждёт новый завод.") == []


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("Гомельский завод заключил контракты на полтора десятка миллионов рублей.", 15e6, "RUB"),
    ("За пять лет в площадку вложено около двух десятков миллиардов рублей.", 20e9, "RUB"),
    ("Экспорт мебели в Смоленск оценивается в полтора десятка миллионов долларов.", 15e6, "USD"),
])
def test_count_of_tens_before_a_scale_multiplies_it(text: str, value: float, currency: str) -> None:
    (a,) = find_amounts(text)
    assert (a.value, a.currency) == (value, currency)
    assert "десят" in a.surface


@pytest.mark.parametrize("text", [
    "Речь идёт о нескольких десятках миллионов рублей, уточнили в министерстве.",
    "Десятки миллионов рублей ушли на ремонт дорог.",
    "Комбинат отгрузил в Брянск два десятка тракторов.",
])
def test_tens_with_no_number_or_no_scale_is_no_figure(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Ущерб оценивается в сумму от полумиллиона до миллиона рублей.", 500e3),
    ("Подержанный МАЗ продают от миллиона до полутора миллионов рублей.", 1e6),
    ("Белорусская сторона вложит от миллиарда до двух миллиардов рублей.", 1e9),
])
def test_range_with_a_bare_scale_at_its_low_end_is_one_range(text: str, value: float) -> None:
    surface, got, currency, qualifier = _one(text)
    assert (got, currency, qualifier) == (value, "RUB", "range")
    assert surface.startswith("от ")


def test_abbreviated_american_dollars_are_dollars() -> None:
    assert _one("Импорт комплектующих из США достиг 900 млн амер. долларов.")[1:3] == (900e6, "USD")


@pytest.mark.parametrize("text", [
    "Инвестиции в основной капитал района (млн рублей): 2023 год — 450, 2024 год — 520.",
    "Розничные продажи тракторов МТЗ в Сибири, млн рублей: 2023 г. — 450, 2024 г. — 520.",
])
def test_series_told_with_commas_after_a_unit_reads_each_item(tmp_path: Path, text: str) -> None:
    got = facts_by_surface(tmp_path, text, published="2025-03-01")
    assert (got["450"].amount.value, got["450"].amount.currency) == (450e6, "RUB")
    assert (got["520"].amount.value, got["520"].amount.currency) == (520e6, "RUB")


@pytest.mark.parametrize("text", [
    "Структура экспорта (в % к итогу): машины — 41,6, продовольствие — 37,9.",
    "Продано техники (единиц): 2023 год — 450, 2024 год — 520.",
])
def test_series_with_commas_under_no_money_unit_is_no_money(tmp_path: Path, text: str) -> None:
    assert facts_by_surface(tmp_path, text, published="2025-03-01") == {}


@pytest.mark.parametrize(("text", "surface", "currency"), [
    ("Цена бутылки молока в Минске — 2,3 рубля, в Смоленске — около 90 российских рублей.",
     "2,3 рубля", "BYN"),
    ("Минимальная зарплата в Беларуси с января составит 626 рублей.", "626 рублей", "BYN"),
    ("В Гомеле средняя зарплата в машиностроении превысила 2 тыс. рублей.",
     "превысила 2 тыс. рублей", "BYN"),
    # a Belarusian shop named by the country's adjective; the price's verb earlier in the
    # sentence when the figure's clause leaves it out
    ("В белорусской рознице литр кефира стоит 2,1 рубля.", "2,1 рубля", "BYN"),
    ("Смеситель в российских гипермаркетах продают за 2 990 руб., в белорусских магазинах — "
     "за 95 руб.", "95 руб.", "BYN"),
    ("Банка соуса в смоленских магазинах стоит 89 рублей, а в Бобруйске — 2,4 рубля.",
     "2,4 рубля", "BYN"),
    ("Банка соуса в смоленских магазинах стоит 89 рублей, а в Бобруйске — 2,4 рубля.",
     "89 рублей", "RUB"),
    # a price told of a Russian place stays Russian, with or without a verb
    ("Цена такого трактора в Брянске — 4,2 млн рублей.", "4,2 млн рублей", "RUB"),
    # the value of a contract signed in Minsk is no shop price: the place does not decide
    ("Стоимость контракта, подписанного в Минске, — 1,2 млрд рублей.", "1,2 млрд рублей", "RUB"),
])
def test_price_or_wage_told_of_a_belarusian_place_is_in_its_rubles(
        tmp_path: Path, text: str, surface: str, currency: str) -> None:
    got = facts_by_surface(tmp_path, text, published="2024-05-10")
    assert got[surface].amount.currency == currency
