"""«Самый крупный из них — поставка …, около 3,4 млрд»: one of the items just told takes their
kind (a contract signed), whatever weak word of its own names what it delivers; a strong cue
of its own still decides. Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_the_largest_of_the_contracts_is_a_contract(tmp_path: Path) -> None:
    text = ("Делегация вернулась из Минска\n"
            "На встрече подписано 9 соглашений, общая сумма контрактов превысила 85 млн "
            "долларов. Самый крупный из них — поставка 60 троллейбусов для Саратова, около "
            "2,1 млрд рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2023-05-12")
    assert got["около 2,1 млрд рублей"].metric == "agreements"


def test_a_strong_cue_of_its_own_still_decides(tmp_path: Path) -> None:
    text = ("Делегация вернулась из Минска\n"
            "На встрече подписано 9 соглашений, общая сумма контрактов превысила 85 млн "
            "долларов. Крупнейшее из них предусматривает кредит Белагропромбанка на 2 млрд "
            "российских рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2023-05-12")
    assert got["2 млрд российских рублей"].metric == "credit"
