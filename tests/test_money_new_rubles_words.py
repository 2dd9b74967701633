"""Words of the new, denominated Belarusian rubles put a figure in BYN whatever its year.

A Belarusian writer around the 2016 redenomination restates an old figure in new money: «(в
пересчёте на новые деньги — …)», «…, или … в новом исчислении», «После деноминации эта сумма
будет выглядеть как …». The words belong to the figure they stand before in their sentence,
else to the one just before them; the old figure beside stays BYR. Texts written for this test.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_a_restatement_in_new_money_after_an_old_figure(tmp_path: Path) -> None:
    text = ("Маслозавод подвёл итоги\n"
            "В 2014 году завод реализовал продукции на 256 млрд рублей (в пересчёте на новые "
            "деньги — 25,6 млн рублей).\n")
    got = facts_by_surface(tmp_path, text, published="2016-10-05", source="Гомельская правда")
    assert got["256 млрд рублей"].amount.currency == "BYR"
    assert got["25,6 млн рублей"].amount.currency == "BYN"


def test_new_reckoning_words_after_the_figure(tmp_path: Path) -> None:
    text = ("Итоги холдинга\n"
            "Чистая прибыль за 2015 год — 930 млрд рублей, или 93 млн рублей в новом "
            "исчислении.\n")
    got = facts_by_surface(tmp_path, text, published="2016-12-01", source="Гомельская правда")
    assert got["930 млрд рублей"].amount.currency == "BYR"
    assert got["93 млн рублей"].amount.currency == "BYN"


def test_a_figure_told_as_it_will_look_after_the_redenomination(tmp_path: Path) -> None:
    text = ("Контракт с Тверью\n"
            "Мебельная фабрика продала в Тверь гарнитуров на 15,6 млрд рублей. После "
            "деноминации эта сумма превратится в 1,56 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2016-04-20", source="Гомельская правда")
    assert got["15,6 млрд рублей"].amount.currency == "BYR"
    assert got["1,56 млн рублей"].amount.currency == "BYN"
