"""Money paid out of a budget is financing; money a budget receives is its revenue.

«Из федерального бюджета город получит 292 млн, из областного — 146 млн» is the city's
financing (round 14), while «бюджет получит от продажи акций 300 млн» is the budget's revenue
(`other`). Texts written for this test.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_money_received_out_of_a_budget_is_financing(tmp_path: Path) -> None:
    text = ("Новые трамваи для города\n"
            "Общая стоимость закупки — 610 млн рублей. Из федерального бюджета город получит "
            "350 млн рублей, из областного — 180 млн, оставшиеся 80 млн рублей — доля города.\n")
    got = facts_by_surface(tmp_path, text, published="2022-11-20")
    assert {got[s].metric for s in ("350 млн рублей", "180 млн", "80 млн рублей")} == {"financing"}


def test_money_a_budget_receives_is_its_revenue(tmp_path: Path) -> None:
    text = ("Приватизация продолжается\n"
            "Областной бюджет получит от продажи акций завода 300 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2022-11-20")
    assert got["300 млн рублей"].metric == "other"
