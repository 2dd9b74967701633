"""A trade figure in a later paragraph with no time of its own, and none in its paragraph or
the lead, speaks of the year the article is about: that of its first reported trade figure,
not of a comparison year told after it; a scenario («может откатиться») takes none. Texts
written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

TEXT = ("Смоленщина и Беларусь: итоги сотрудничества\n"
        "Друзья, делюсь с вами итогами работы с белорусскими партнёрами.\n"
        "Товарооборот области с Республикой Беларусь по итогам прошлого года составил "
        "2,1 млрд долларов. Для сравнения: в 2019 году мы выходили на 1,6 млрд долларов.\n"
        "Основная часть оборота — ввоз белорусской техники и продуктов. Ввезли мы на "
        "1,4 млрд долларов, а вывезли — на 700 млн.\n"
        "При плохом сценарии оборот может откатиться до 1,8 млрд долларов.\n")


def test_a_later_paragraph_takes_the_article_s_year(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, TEXT, published="2023-02-03")
    assert got["2,1 млрд долларов"].year == 2022
    assert got["1,6 млрд долларов"].year == 2019
    assert got["1,4 млрд долларов"].year == 2022
    assert got["на 700 млн"].year == 2022 if "на 700 млн" in got else got["700 млн"].year == 2022


def test_a_scenario_takes_no_year_from_the_article(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, TEXT, published="2023-02-03")
    scenario = next(f for s, f in got.items() if "1,8 млрд" in s)
    assert scenario.year is None
