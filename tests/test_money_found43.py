"""Forms of writing money the rounds have not shown (session 43, found43): texts written for
the project without looking at gold (`tests/data/found43_probe.jsonl`, 287 short texts in the
style of Russian regional and federal news, Belarusian state and business media, releases,
procurement notices, court reports and price lists; 276 amounts and the strings that look like
money and are not), scored with a floor, and one named test for each form the session fixed:
a short price list in one currency is no line of exchange quotes, the Latin «mln»/«bln», the
one-word «белрублей», a figure the size of Russia's GDP in rubles, a board's rate told in words
(«1 доллар — 3,27 BYN») and a spaced table's unit in brackets."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import facts_by_surface

from analysis.money import find_amounts

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import found_probe  # noqa: E402  (a benchmark script: the probe's scorer)

from analysis.quality.gold import read_cases  # noqa: E402

PROBE = ROOT / "tests" / "data" / "found43_probe.jsonl"
# measured 270/276 found, 3 extra at the end of session 43 (start: 253/276, 7 extra);
# a few amounts of margin
_FOUND_FLOOR = 266
_EXTRA_CEILING = 5


def test_probe_found_stays_above_its_floor() -> None:
    tally, _, _ = found_probe.score(read_cases(PROBE))
    assert tally["gold"] == 276
    assert tally["found"] >= _FOUND_FLOOR
    assert tally["extra"] <= _EXTRA_CEILING
    assert tally["not_money"] == 0


def test_probe_lines_are_well_formed() -> None:
    cases = read_cases(PROBE)
    assert 200 <= len(cases) <= 300
    assert found_probe.malformed(cases, {"RUB", "BYN", "USD", "EUR"}) == []


def _read(text: str) -> list[tuple[str, float, str | None]]:
    return [(a.surface, a.value, a.currency) for a in find_amounts(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("Бензин — 2,42 BYN, дизель — 2,56 BYN.", [("2,42 BYN", 2.42, "BYN"), ("2,56 BYN", 2.56, "BYN")]),
    ("Молоко — 89,90 ₽, сметана — 124,50 ₽.", [("89,90 ₽", 89.9, "RUB"), ("124,50 ₽", 124.5, "RUB")]),
])
def test_short_price_list_in_one_currency_is_no_ticker(text: str, want: list) -> None:
    assert _read(text) == want


def test_ticker_of_two_currencies_stays_no_money() -> None:
    assert _read("$ 92,51 / € 99,87") == []


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("Контракт на поставку тракторов — 4,5 mln USD.", 4.5e6, "USD"),
    ("Экспорт в Россию составил 1,2 bln USD за квартал.", 1.2e9, "USD"),
    ("Оборот компании составил 18 mln EUR.", 18e6, "EUR"),
])
def test_latin_mln_and_bln_are_scales(text: str, value: float, currency: str) -> None:
    ((_, got, cur),) = _read(text)
    assert (got, cur) == (value, currency)


@pytest.mark.parametrize(("text", "value"), [
    ("Кредит на 12 млн белрублей выдан под залог оборудования.", 12e6),
    ("Налоговые поступления превысили 1,1 млрд белрублей.", 1.1e9),
    ("Проезд в электричке стоит 3 белруб.", 3.0),
])
def test_one_word_belarusian_ruble(text: str, value: float) -> None:
    ((_, got, cur),) = _read(text)
    assert (got, cur) == (value, "BYN")


def test_figure_the_size_of_russias_gdp_is_read() -> None:
    assert _read("ВВП России в прошлом году — 201 трлн руб.") == [("201 трлн руб.", 201e12, "RUB")]


def test_belarusian_gdp_before_2016_is_read() -> None:
    text = "В 2015 году ВВП Беларуси — 899 трлн неденоминированных рублей."
    assert _read(text) == [("899 трлн неденоминированных рублей", 899e12, "BYR")]


def test_quadrillion_stays_no_amount() -> None:
    assert _read("Опечатка в отчёте: 1 200 000 000 000 000 рублей.") == []


@pytest.mark.parametrize("text", [
    "Белорусский рубль укрепился: 1 доллар — 3,27 BYN, 100 российских рублей — 3,64 BYN.",
    "На торгах 1 евро — 3,41 белорусского рубля.",
    "Обменники: за 1 доллар — 95,40 руб.",
])
def test_board_rate_told_in_words_is_no_money(text: str) -> None:
    assert _read(text) == []


def test_one_dollar_price_stays_money() -> None:
    assert _read("Билет на трамвай стоит 1 доллар, проездной — 20 долларов.") == [
        ("1 доллар", 1.0, "USD"), ("20 долларов", 20.0, "USD")]


@pytest.mark.parametrize(("text", "surface", "value", "currency"), [
    ("Финансирование программы (млн рублей)\nФедеральный бюджет 1 250,0\n"
     "Областной бюджет 310,5\nВнебюджетные источники 96,0", "310,5", 310.5e6, "RUB"),
    ("Инвестиции в основной капитал (млн бел. руб.)\nМинская область 3 420,5\n"
     "Гомельская область 2 110,8", "2 110,8", 2110.8e6, "BYN"),
])
def test_spaced_table_unit_in_brackets(tmp_path: Path, text: str, surface: str, value: float,
                                       currency: str) -> None:
    fact = facts_by_surface(tmp_path, text, published="2025-06-10")[surface]
    assert fact.amount.value == pytest.approx(value) and fact.amount.currency == currency


def test_spaced_table_of_tonnes_in_brackets_is_no_money(tmp_path: Path) -> None:
    text = "Отгрузка (тыс. тонн)\nМинская область 3 420,5\nГомельская область 2 110,8"
    assert facts_by_surface(tmp_path, text, published="2025-06-10") == {}
