"""A sentence opening with «Тогда» («Тогда же») speaks of the time the sentence before told:
«… открыли салон в 2015 году. Тогда это был … кредит в 900 тыс. рублей» is a credit of 2015.
A sentence with its own year keeps it. Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_then_takes_the_year_of_the_sentence_before(tmp_path: Path) -> None:
    text = ("Как мебельный салон из Вязников вырос на белорусской мебели\n"
            "Супруги открыли салон в 2015 году. Тогда это был маленький зал и кредит в "
            "900 тыс. рублей под залог квартиры. Тогда же банк одобрил ещё один заём — на "
            "300 тыс. рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-09-10")
    assert got["900 тыс. рублей"].year == 2015
    assert next(f for s, f in got.items() if "300 тыс" in s).year == 2015


def test_then_with_a_year_of_its_own_keeps_it(tmp_path: Path) -> None:
    text = ("Башкирия и Беларусь\n"
            "В 2019-м товарооборот республики с Беларусью составил $452 млн. Тогда же, в 2020 "
            "году, в Уфе открылся сервисный центр стоимостью 180 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-03-01")
    assert got["180 млн рублей"].year == 2020
