"""«Контракты на 20–25 млн рублей каждый» gives each deal's value, `agreements`; goods told
«по 6 млн рублей каждый» stay a price (issue 10, session 27). Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_contracts_each_worth_a_sum_are_agreements(tmp_path: Path) -> None:
    text = ("Дилерская сеть\n"
            "Гомельский дилер завода заключает квартальные контракты на 20-25 млн рублей "
            "каждый.\n")
    got = facts_by_surface(tmp_path, text, published="2016-11-15")
    assert got["20-25 млн рублей"].metric == "agreements"


def test_goods_each_at_a_sum_stay_a_price(tmp_path: Path) -> None:
    text = ("Хозяйства района\n"
            "Колхоз купил два трактора по 6 млн рублей каждый.\n")
    got = facts_by_surface(tmp_path, text, published="2016-11-15")
    assert got["6 млн рублей"].metric == "other"
