"""What a figure is, for the causes found in round 58's dev part (session 37, issue 10,
walk58money). The texts are written for this test in the style of such news.

- a bare «рублей» joined to a figure naming Russian rubles right after it («по 20 тыс. рублей
  и 500 тыс. российских рублей») is the other ruble, Belarusian, on a Belarusian site; that
  Russian figure lends its country to no bare figure after it (`money.contrasted_rubles`).
- rubles a conversion shows Russian («до 6 млрд рублей (около $80 млн)») count as named for
  the bare figures after them (a tranche of that credit).
- «на местном рынке» sets a Belarusian speaker's money at home (`home_market`), and a figure
  whose own stretch names a price («…, на местном рынке его цена – …») is no shipment of the
  verb before the figure ahead of it.
- a trade balance row of a table («Сальдо | -42,5») holds negative values.
- «Для сравнения:» ties a sentence's bare scaled figures to the money just told.
- a commission charged «за организацию финансирования» is a fee, no financing.
- «за счёт кредита, то есть около …» hands the figure to the credit.
- work done «для российских заказчиков» on a Belarusian site is a services export.
- a cost told per one unit before the figure («на один автобус») and a kilogram sold «по» a
  figure are prices.
- «Поставка тогда обошлась …» takes the time of the sentence before.
- an increment right after a planned figure («направим …, это на … больше») is planned.
- «с момента создания … в 2017 году» names the start a sum is counted from: no year.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

_BY_SITE = {"url": "https://grodno-nauka.by/2020/04/grant", "source": "Гродно-Наука"}


def test_bare_rubles_set_against_russian_ones_are_belarusian(tmp_path: Path) -> None:
    text = ("Совместный проект\n\n"
            "Институты получили грант союзного фонда. Каждый год участники получат по 20 тыс. "
            "рублей и 500 тыс. российских рублей соответственно. Оклад лаборанта в проекте – "
            "600 рублей в месяц.\n")
    got = facts_by_surface(tmp_path, text, published="2020-04-14", **_BY_SITE)
    assert got["20 тыс. рублей"].amount.currency == "BYN"
    assert got["500 тыс. российских рублей"].amount.currency == "RUB"
    assert got["600 рублей"].amount.currency == "BYN"


def test_bare_rubles_after_named_russian_ones_stay_russian(tmp_path: Path) -> None:
    text = ("Поставки\n\n"
            "Завод подписал договор на 40 млн российских рублей. Аванс по нему – 12 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2020-04-14", **_BY_SITE)
    assert got["12 млн рублей"].amount.currency == "RUB"


def test_a_tranche_is_in_the_rubles_the_rate_showed(tmp_path: Path) -> None:
    text = ("Новый терминал\n\n"
            "Для строительства терминала компания возьмёт кредит российского банка на сумму до "
            "6 млрд рублей (около $80 млн). Первый транш в 2 млрд рублей придёт летом.\n")
    got = facts_by_surface(tmp_path, text, published="2021-05-11",
                           url="https://www.belta.by/economics/view/2021/05/terminal",
                           source="БЕЛТА")
    tranche = next(f for surface, f in got.items() if "2 млрд рублей" in surface)
    assert tranche.amount.currency == "RUB"


def test_the_local_market_is_home(tmp_path: Path) -> None:
    text = ("Урожай груш\n\n"
            "«В Москву ящик груш уходит по 900 российских рублей, на местном рынке его цена – "
            "25 рублей», – рассказал председатель СПК.\n")
    got = facts_by_surface(tmp_path, text, published="2021-09-20",
                           url="https://brest-sad.by/2021/09/grushi", source="Брестский сад")
    assert got["900 российских рублей"].amount.currency == "RUB"
    local = next(f for surface, f in got.items() if "25 рублей" in surface)
    assert local.amount.currency == "BYN"
    assert local.metric == "other"  # the price its own «цена» names, not the shipment's export


def test_goods_shipped_twice_in_one_clause_stay_shipped(tmp_path: Path) -> None:
    text = ("Экспорт\n\n"
            "Комбинат отгрузил в Смоленскую область продукции на 12 млн долларов, в Брянскую – "
            "на 4 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2021-09-20")
    assert next(f for s, f in got.items() if "4 млн" in s).metric == "export"


def test_a_balance_row_holds_negative_values(tmp_path: Path) -> None:
    text = ("Торговля области с Беларусью\n\n"
            "Таблица. Торговля с РБ (млн долл. США)\n"
            "Показатель | 2022 | 2023\n"
            "Экспорт в РБ | 90,1 | 101,4\n"
            "Импорт из РБ | 132,6 | 143,9\n"
            "Сальдо | -42,5 | -42,5\n")
    got = facts_by_surface(tmp_path, text, published="2024-02-01")
    balances = [f for surface, f in got.items() if surface.startswith("-42,5")]
    assert balances and all(f.amount.value == -42.5e6 for f in balances)
    assert got["90,1"].amount.value == 90.1e6


def test_a_change_column_is_still_not_read(tmp_path: Path) -> None:
    text = ("Торговля\n\n"
            "Таблица (млн долл. США)\n"
            "Показатель | 2023 | изменение\n"
            "Экспорт | 90,1 | -3,2\n"
            "Импорт | 132,6 | +4,0\n")
    got = facts_by_surface(tmp_path, text, published="2024-02-01")
    assert not any(surface.startswith(("-3,2", "+4,0")) for surface in got)


def test_for_comparison_ties_bare_figures_to_the_money_told(tmp_path: Path) -> None:
    text = ("Итоги года\n\n"
            "Товарооборот края с Беларусью в прошлом году составил 1,4 млрд долларов. Это "
            "рекорд за последние годы у нас в крае. Для сравнения: в 2019 году мы выходили на "
            "1,1 млрд, а в 2020-м опустились до 0,9 млрд.\n")
    got = facts_by_surface(tmp_path, text, published="2022-03-01")
    before = next(f for surface, f in got.items() if "1,1 млрд" in surface)
    assert before.amount.currency == "USD" and before.year == 2019
    assert next(f for surface, f in got.items() if "0,9 млрд" in surface).year == 2020


def test_a_commission_is_no_financing(tmp_path: Path) -> None:
    text = ("Новости банка\n\n"
            "Комиссия за организацию финансирования составит 1%, или до 3 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2013-05-06")
    fee = next(f for surface, f in got.items() if "3 млн долларов" in surface)
    assert fee.metric == "other"


def test_a_credit_restated_with_to_est_is_the_credit(tmp_path: Path) -> None:
    text = ("Закупка вагонов\n\n"
            "Стоимость контракта – 900 млн рублей, из них 70% будут профинансированы за счёт "
            "кредита, то есть около 630 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2014-03-12")
    assert next(f for s, f in got.items() if "630 млн" in s).metric == "credit"


def test_work_for_the_other_sides_buyers_is_a_services_export(tmp_path: Path) -> None:
    text = ("Итоги года\n\n"
            "В прошлом году институт выполнил научных работ для российских заказчиков на 2,3 млн "
            "рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2019-02-11", **_BY_SITE)
    assert got["2,3 млн рублей"].metric == "export"
    text = "Итоги года\n\nВ прошлом году институт выполнил работ для МАЗа на 0,8 млн рублей.\n"
    got = facts_by_surface(tmp_path / "one_client", text, published="2019-02-11", **_BY_SITE)
    assert got["0,8 млн рублей"].metric != "export"


def test_costs_per_one_unit_are_prices(tmp_path: Path) -> None:
    text = ("Автобусы МАЗ в Поволжье\n\n"
            "Город получил 30 белорусских автобусов. Стоимость пятилетнего сервисного "
            "контракта на один автобус – от 4 до 5 млн рублей.\n\n"
            "В Казань килограмм белорусского сыра уходит по 700 российских рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2022-06-15")
    assert next(f for s, f in got.items() if "4 до 5 млн" in s).metric == "other"
    assert got["700 российских рублей"].metric == "other"


def test_an_increment_of_a_plan_is_planned(tmp_path: Path) -> None:
    text = ("Поддержка фермеров\n\n"
            "В этом году район направит на гранты фермерам 48 млн рублей, это на 6 млн больше, "
            "чем в прошлом. В прошлом году выручка хозяйств составила 900 млн рублей, что на "
            "70 млн больше, чем годом ранее.\n")
    got = facts_by_surface(tmp_path, text, published="2023-03-02")
    assert next(f for s, f in got.items() if s.startswith("6 млн")).forecast
    assert not next(f for s, f in got.items() if s.startswith("70 млн")).forecast


def test_then_after_the_subject_takes_the_time_before(tmp_path: Path) -> None:
    text = ("Интервью\n\n"
            "– В 2014 году мы построили для белорусов первый паром. Поставка тогда обошлась "
            "заказчику в 38 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2017-05-10")
    assert next(f for s, f in got.items() if "38 млн рублей" in s).year == 2014


def test_a_sum_counted_from_a_start_has_no_year(tmp_path: Path) -> None:
    text = ("Фонд поддержки\n\n"
            "Всего с момента создания фонда в 2017 году предприятия области получили займов на "
            "1,2 млрд рублей. В 2023 году фонд выдал займов на 310 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-01-20")
    assert next(f for s, f in got.items() if "1,2 млрд" in s).year is None
    assert got["310 млн рублей"].year == 2023


def test_since_the_start_of_a_year_is_that_year() -> None:
    from analysis.money.since_start import counted_since

    text = "С начала 2025 года экспорт составил 40 млн долларов."
    assert not counted_since(text, 0, text.index("2025"))
    text = "С начала работы завода в 2019 году выпущено продукции на 2 млрд рублей."
    assert counted_since(text, 0, text.index("2019"))
