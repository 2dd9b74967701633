"""Facts in context, the rules added after round 12 was studied (session 13b, issue 10).

Time carried with its period: a month in the genitive before its year is a period («подвела
итоги марта 2023 года»), a dated lead that reports a period gives it to the figures after it,
«за месяц» is the month in focus, a figure dated back from the focus («Год назад было …»)
does not move the focus, and «выше прошлогоднего» is a comparison base. The texts are written
here in the style of customs notes, statistics releases and regional portals.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

read = facts_by_surface


# --------------------------------------------------------------------------- period carried
def test_a_genitive_month_before_its_year_is_the_leads_period(tmp_path: Path) -> None:
    text = ("Брянская таможня: торговля с Беларусью в марте\n"
            "Брянская таможня подвела итоги марта 2023 года. Внешнеторговый оборот области с "
            "Беларусью составил 96,2 млн долларов.\n"
            "Основные статьи вывоза:\n"
            "— древесина — 12,4 млн долларов;\n"
            "— зерно — 8,1 млн.\n")
    got = read(tmp_path, text, published="2023-04-12")
    for surface in ("96,2 млн долларов", "12,4 млн долларов", "8,1 млн"):
        assert (got[surface].year, got[surface].period) == (2023, "март"), surface


def test_a_date_is_no_period(tmp_path: Path) -> None:
    text = ("Соглашение подписано 14 марта 2023 года. Экспорт области в Беларусь в 2022 году "
            "составил 310 млн долларов.\n")
    got = read(tmp_path, text, published="2023-04-12")
    assert got["310 млн долларов"].period is None


def test_a_genitive_month_as_a_comparison_base_is_no_period(tmp_path: Path) -> None:
    text = ("Товарооборот области с Беларусью в 2024 году составил 1,2 млрд долларов, "
            "что выше уровня марта 2023 года.\n")
    got = read(tmp_path, text, published="2025-02-12")
    assert got["1,2 млрд долларов"].period is None


def test_for_the_month_is_the_month_in_focus(tmp_path: Path) -> None:
    text = ("Псковская таможня подвела итоги февраля 2024 года.\n"
            "Экспорт в Беларусь за месяц составил 33,5 млн долларов, импорт — 41 млн.\n")
    got = read(tmp_path, text, published="2024-03-15")
    assert (got["33,5 млн долларов"].year, got["33,5 млн долларов"].period) == (2024, "февраль")
    assert got["41 млн"].period == "февраль"


def test_for_the_month_without_a_month_in_focus_takes_none(tmp_path: Path) -> None:
    text = ("Итоги года подведены.\n"
            "Экспорт в Беларусь за месяц составил 33,5 млн долларов.\n")
    got = read(tmp_path, text, published="2024-03-15")
    assert got["33,5 млн долларов"].period is None


def test_a_dated_lead_that_reports_a_period_gives_it(tmp_path: Path) -> None:
    text = ("Гродненщина нарастила поставки в Россию\n"
            "ГРОДНО, 12 ноября 2021 г. — Облстат подвёл итоги внешней торговли за январь–сентябрь.\n"
            "Экспорт предприятий области в Россию составил 905 млн долларов.\n")
    got = read(tmp_path, text)
    fact = got["905 млн долларов"]
    assert (fact.year, fact.period) == (2021, "январь–сентябрь")


def test_a_dated_lead_with_no_period_still_gives_no_time(tmp_path: Path) -> None:
    text = ("Гродненщина нарастила поставки в Россию\n"
            "ГРОДНО, 12 ноября 2021 г. — Облстат рассказал о внешней торговле.\n"
            "Экспорт предприятий области в Россию составил 905 млн долларов.\n")
    got = read(tmp_path, text)
    assert got["905 млн долларов"].period is None


def test_a_figure_dated_back_does_not_move_the_focus(tmp_path: Path) -> None:
    text = ("Облстат подвёл итоги торговли за январь–июнь 2022 года.\n"
            "Экспорт в Россию составил 512 млн долларов. Год назад за тот же период было 470 млн. "
            "Импорт из России вырос до 640 млн долларов.\n")
    got = read(tmp_path, text, published="2022-08-01")
    assert got["470 млн"].year == 2021
    assert (got["640 млн долларов"].year, got["640 млн долларов"].period) == (2022, "январь–июнь")


def test_above_last_years_is_a_base_not_a_time(tmp_path: Path) -> None:
    text = ("Облстат подвёл итоги торговли за январь–июнь 2022 года.\n"
            "Машиностроители отгрузили в Россию продукции на 91 млн долларов, что на 7% выше "
            "прошлогоднего.\n")
    got = read(tmp_path, text, published="2022-08-01")
    fact = got["91 млн долларов"]
    assert (fact.year, fact.period) == (2022, "январь–июнь")
