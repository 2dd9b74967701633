"""newuser42's table and period findings (session 42). The texts are written for these tests.

F1: a table copied from a web page with one space between its cells («I квартал 12,1 3,2»
under «Период Объем, млрд долл. США Рост к 2023 г., %»): the header is cut by its units, the
money column's numbers are amounts in its unit, each row takes its period (a total row the
whole year), the percentage column is no money; lines of tonnes, counts or shares under a
header without a money unit read nothing.
F14: a chain of elided ordinal quarters («во втором — …, в третьем — …, в четвертом — …»)
gives each figure its own quarter («третьем» has a soft sign before its ending).
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

from analysis.money.spaced_columns import find_spaced_blocks

QUARTERS = (
    "Экспорт Беларуси в Россию растет\n"
    "Белорусские поставки на российский рынок увеличивались весь прошлый год, сообщил "
    "Белстат.\n"
    "Экспорт Беларуси в Россию по кварталам 2025 года\n"
    "Период Объем, млн долл. США Изменение к 2024 г., %\n"
    "I квартал 6 310,5 4,1\n"
    "II квартал 6 870,2 5,3\n"
    "III квартал 7 020,8 2,2\n"
    "IV квартал 7 455,0 3,9\n"
    "Всего за 2025 год 27 656,5 3,8\n"
    "Рост обеспечили машиностроение и молочная продукция.\n")


def _facts(tmp_path: Path, text: str) -> dict:
    return facts_by_surface(tmp_path, text, published="2026-02-18")


def test_f1_single_space_columns_under_a_unit_header_are_amounts(tmp_path: Path) -> None:
    facts = _facts(tmp_path, QUARTERS)
    got = {s: (f.amount.value, f.amount.currency, f.year, f.period, f.metric)
           for s, f in facts.items()}
    assert got["6 310,5"] == (6_310_500_000.0, "USD", 2025, "I квартал", "export")
    assert got["7 020,8"][3] == "III квартал"
    assert got["7 455,0"][3] == "IV квартал"
    assert got["27 656,5"][:4] == (27_656_500_000.0, "USD", 2025, None)  # the whole year
    # the change column is a percentage, no money
    assert not any(s in facts for s in ("4,1", "5,3", "3,8"))


def test_f1_a_header_without_a_money_unit_reads_nothing(tmp_path: Path) -> None:
    text = ("Поставки зерна в Беларусь\n"
            "Отгрузки по кварталам 2025 года\n"
            "Период Объем, тыс. т Доля, %\n"
            "I квартал 310,5 12,1\n"
            "II квартал 287,0 11,4\n"
            "III квартал 402,3 15,0\n")
    assert find_spaced_blocks(text) == []
    counts = ("Выпуск тракторов\nПериод Количество, шт. Рост, %\nЯнварь 1 240 3,2\n"
              "Февраль 1 310 4,0\n")
    assert find_spaced_blocks(counts) == []
    assert _facts(tmp_path, text) == {}


def test_f1_rows_of_another_width_or_prose_are_no_table() -> None:
    # the header names two columns; a row with three numbers is no row of it
    text = ("Товарооборот по кварталам, 2025\nПериод Объем, млн долл. США Рост, %\n"
            "I квартал 12 1 3,2\nII квартал 12,8 4,0\n")
    assert find_spaced_blocks(text) == []
    prose = ("Выручка выросла на 12\nПрибыль выросла на 7\n")
    assert find_spaced_blocks(prose) == []


def test_f14_a_chain_of_elided_quarters_gives_each_its_own(tmp_path: Path) -> None:
    text = ("Экспорт техники растет\n"
            "В первом квартале 2025 года экспорт белорусской техники в Россию составил 310 млн "
            "долларов, во втором — 345 млн, в третьем — 362 млн, в четвертом — 401 млн долларов.\n")
    facts = _facts(tmp_path, text)
    periods = {s: f.period for s, f in facts.items()}
    assert periods == {"310 млн долларов": "I квартал", "345 млн": "II квартал",
                       "362 млн": "III квартал", "401 млн долларов": "IV квартал"}
