"""Forms of writing money and its look-alikes the rounds have not shown (session 46, found46):
texts written for the project without looking at gold (`tests/data/found46_probe.jsonl`, 365
short texts and short articles in kinds of writing the earlier probes lack: fractions and «с
половиной», words mixed with digits, ranges with one scale or currency given once,
approximations, no-break and thin spaces and soft hyphens, sums in quotes and brackets,
currencies implied by an earlier figure or by the country, headlines, captions and page chrome,
Belarusian press styles, questions and answers, unit prices, auction notices, whole articles,
whose rubles a bare «рублей» is; and look-alikes: rates, counts, codes, addresses and phones,
years and index points, share and bond prices, money words in names), scored with a floor, and
one named test for each form the session fixed: fractions of a scale («три четверти
миллиарда», «треть миллиарда»), a fraction with its currency implied, soft hyphens and
zero-width marks inside words, a page's tag line, Belarusian spelling and «Белстат» in an
outlet's name, a currency basket's price, an executive committee's money, a Russian ministry's
money on a Belarusian site, a bare ruble's sentence over an abbreviation's dot, and prices in a
place named by a Belarusian town's adjective, rents, tariffs and fares."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import facts_by_surface

from analysis.money import find_amounts
from analysis.money.ruble_sentence import sentence_of

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import found_probe  # noqa: E402  (a benchmark script: the probe's scorer)

from analysis.quality.gold import read_cases  # noqa: E402

PROBE = ROOT / "tests" / "data" / "found46_probe.jsonl"
# measured 344/354 found, 5 extra (1 on a not-money string) at the end of session 46 (first
# look on main 80550eb0: 329/354 found, 19 extra, 3 of them on not-money strings); a few
# amounts of margin
_FOUND_FLOOR = 340
_EXTRA_CEILING = 7
_NOT_MONEY_CEILING = 1


def test_probe_found_stays_above_its_floor() -> None:
    tally, _, _ = found_probe.score(read_cases(PROBE))
    assert tally["gold"] == 354
    assert tally["found"] >= _FOUND_FLOOR
    assert tally["extra"] <= _EXTRA_CEILING
    assert tally["not_money"] <= _NOT_MONEY_CEILING


def test_probe_lines_are_well_formed() -> None:
    cases = read_cases(PROBE)
    assert 340 <= len(cases) <= 380
    assert found_probe.malformed(cases, {"RUB", "BYN", "USD", "EUR"}) == []


def _read(text: str) -> list[tuple[str, float, str | None]]:
    return [(a.surface, pytest.approx(a.value, rel=1e-6), a.currency) for a in find_amounts(text)]


def _facts(tmp_path: Path, text: str, **meta: str) -> dict[str, tuple[float, str]]:
    meta.setdefault("published", "2025-06-10")
    return {s: (pytest.approx(f.amount.value, rel=1e-6), f.amount.currency)
            for s, f in facts_by_surface(tmp_path, text, **meta).items()}


# --------------------------------------------------------------------------- fractions of a scale
@pytest.mark.parametrize(("text", "surface", "value", "currency"), [
    ("Стоимость второй очереди — три четверти миллиарда рублей.",
     "три четверти миллиарда рублей", 7.5e8, "RUB"),
    ("Экспорт мебели достиг трёх четвертей миллиарда долларов.",
     "трёх четвертей миллиарда долларов", 7.5e8, "USD"),
    ("Программа обойдётся бюджету в треть миллиарда рублей.",
     "треть миллиарда рублей", 1e9 / 3, "RUB"),
    ("Строительство центра потянет на две трети миллиарда рублей.",
     "две трети миллиарда рублей", 2e9 / 3, "RUB"),
    ("Контракт оценён в четверть миллиарда долларов.", "четверть миллиарда долларов", 2.5e8, "USD"),
])
def test_fraction_of_a_scale(text: str, surface: str, value: float, currency: str) -> None:
    # (before: «три четверти миллиарда» was a quarter, «треть миллиарда» a whole billion)
    assert _read(text) == [(surface, pytest.approx(value), currency)]


@pytest.mark.parametrize("text", [
    "Государственный кредит выбран на три четверти.",  # no scale: a share of something else
    "Треть миллиона тонн зерна ушла на экспорт.",  # a tonnage
    "Две трети предприятий работают с Россией.",
])
def test_fraction_without_money_stays_no_money(text: str) -> None:
    assert _read(text) == []


def test_fraction_takes_the_currency_of_the_figure_before() -> None:
    # «импорт — четверть миллиарда» is a figure as «импорт — полмиллиарда» is
    assert _read("Экспорт — 3 млрд долларов, импорт — четверть миллиарда.") == [
        ("3 млрд долларов", 3e9, "USD"), ("четверть миллиарда", 2.5e8, "USD")]
    assert _read("Стоимость проекта — 0,75 млрд долларов, или три четверти миллиарда.")[1] == (
        "три четверти миллиарда", 7.5e8, "USD")


def test_a_count_of_a_scale_with_no_currency_stays_no_figure() -> None:
    # «пара миллионов» counts people as well as money: still a bare word without a qualifier
    assert _read("Экспорт — 3 млрд долларов, импорт — сотню миллионов.") == [
        ("3 млрд долларов", 3e9, "USD")]
    assert _read("Выставку посетила пара миллионов человек.") == []


# --------------------------------------------------------------------------- invisible marks
@pytest.mark.parametrize(("text", "surface", "value", "currency"), [
    ("Экспорт вырос до 2,7 мил\u00adлиарда долларов.", "2,7 мил\u00adлиарда долларов", 2.7e9, "USD"),
    ("Контракт заключён на 780 млн руб\u00adлей.", "780 млн руб\u00adлей", 7.8e8, "RUB"),
    ("Объём заказа — 2 млрд\u2060 рублей.", "2 млрд\u2060 рублей", 2e9, "RUB"),
    ("Кредит — 45 млн\u200b евро.", "45 млн\u200b евро", 4.5e7, "EUR"),
])
def test_soft_hyphens_and_zero_width_marks_inside_an_amount(text: str, surface: str,
                                                            value: float, currency: str) -> None:
    assert _read(text) == [(surface, pytest.approx(value), currency)]


def test_soft_hyphens_in_other_words_change_nothing() -> None:
    assert _read("Со\u00adтруд\u00adни\u00adчество с Брестом выросло на 12%.") == []


# --------------------------------------------------------------------------- a page's tag line
def test_a_tag_line_is_page_chrome(tmp_path: Path) -> None:
    text = ("Банк профинансирует завод\n\nБанк профинансирует завод на 700 млн рублей.\n\n"
            "Теги: экономика, Беларусь, 1 млрд рублей, кредиты")
    assert _facts(tmp_path, text) == {"700 млн рублей": (7e8, "RUB")}


def test_a_sentence_about_tags_is_news(tmp_path: Path) -> None:
    text = "Завод\n\nНа метки и бирки для продукции завод потратил 2 млн рублей."
    assert _facts(tmp_path, text) == {"2 млн рублей": (2e6, "RUB")}


# --------------------------------------------------------------------------- outlets' names
@pytest.mark.parametrize(("source", "currency"), [
    ("Наша Талачыншчына", "BYN"),  # Belarusian spelling: «чы», «шч»
    ("Белстат", "BYN"),
    ("Смоленская газета", "RUB"),
    ("Вечерний Челябинск", "RUB"),
])
def test_belarusian_spelling_and_the_statistics_committee_name_a_belarusian_outlet(
        tmp_path: Path, source: str, currency: str) -> None:
    text = "Ремонт\n\nНа ремонт Дома культуры выделено 450 тысяч рублей."
    assert _facts(tmp_path, text, source=source) == {"450 тысяч рублей": (4.5e5, currency)}


# --------------------------------------------------------------------------- a currency basket
def test_a_currency_baskets_price_is_a_rate() -> None:
    assert _read("Стоимость бивалютной корзины выросла до 2,87 рубля.") == []
    assert _read("Корзина валют подешевела до 2,91 рубля.") == []


def test_a_consumer_baskets_price_stays_money() -> None:
    assert _read("Стоимость потребительской корзины — 15 тыс. рублей.") == [
        ("15 тыс. рублей", 1.5e4, "RUB")]


# --------------------------------------------------------------------------- whose rubles
@pytest.mark.parametrize(("text", "surface", "currency"), [
    # an executive committee pays in Belarusian rubles, in a Russian outlet too
    ("Гродненский облисполком выделил 6 млн рублей на ремонт больницы.", "6 млн рублей", "BYN"),
    ("Мингорисполком направит 35 млн рублей на ремонт школ.", "35 млн рублей", "BYN"),
    ("Администрация Смоленской области выделила 6 млн рублей на ремонт больницы.",
     "6 млн рублей", "RUB"),
])
def test_an_executive_committees_money_is_belarusian(tmp_path: Path, text: str, surface: str,
                                                      currency: str) -> None:
    facts = _facts(tmp_path, "Новости\n\n" + text, source="Регнум")
    assert facts[surface][1] == currency


@pytest.mark.parametrize(("text", "surface", "currency"), [
    # a Russian ministry's money is Russian, on a Belarusian site too
    ("Минфин России выделит 1,5 млрд рублей на софинансирование союзных программ.",
     "1,5 млрд рублей", "RUB"),
    ("Министерство финансов Российской Федерации направило 900 млн рублей на программу.",
     "900 млн рублей", "RUB"),
    ("Министерство финансов Беларуси направило 90 млн рублей на программу.",
     "90 млн рублей", "BYN"),
])
def test_a_russian_ministrys_money_is_russian(tmp_path: Path, text: str, surface: str,
                                              currency: str) -> None:
    facts = _facts(tmp_path, "Новости\n\n" + text, source="БелТА")
    assert facts[surface][1] == currency


def test_a_bare_rubles_sentence_goes_on_over_an_abbreviations_dot() -> None:
    text = "В Москве средняя зарплата превысила 130 тыс. рублей, в Минске — 3 тыс. рублей."
    assert sentence_of(text, text.index("3 тыс."), text.index("3 тыс.") + 13) == (0, len(text))
    # a stop with a capital after it still ends the sentence
    text = "Зарплата выросла до 130 тыс. В Минске — 3 тыс. рублей."
    start, _ = sentence_of(text, text.index("3 тыс."), len(text) - 1)
    assert text[start:].lstrip().startswith("В Минске")


def test_two_places_two_rubles_over_an_abbreviation(tmp_path: Path) -> None:
    text = ("Зарплаты\n\nВ Москве средняя зарплата превысила 130 тыс. рублей, "
            "в Минске — 3 тыс. рублей.")
    assert _facts(tmp_path, text) == {"превысила 130 тыс. рублей": (1.3e5, "RUB"),
                                      "3 тыс. рублей": (3e3, "BYN")}


@pytest.mark.parametrize(("text", "surface", "currency"), [
    ("Проезд в минском метро подорожал до 1 рубля.", "1 рубля", "BYN"),
    ("Проезд в московском метро подорожал до 70 рублей.", "70 рублей", "RUB"),
    ("Аренда квартиры в Минске — около 900 рублей в месяц.", "900 рублей", "BYN"),
    ("В брестских магазинах сыр стоит 20 рублей, в смоленских — 700 рублей.", "20 рублей", "BYN"),
    ("В брестских магазинах сыр стоит 20 рублей, в смоленских — 700 рублей.", "700 рублей", "RUB"),
])
def test_prices_in_a_belarusian_place(tmp_path: Path, text: str, surface: str,
                                      currency: str) -> None:
    facts = _facts(tmp_path, "Цены\n\n" + text, source="Регнум")
    (got,) = [v for s, v in facts.items() if surface in s]
    assert got[1] == currency
