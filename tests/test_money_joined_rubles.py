"""A figure with no currency word joined to the ruble figure after it («соответственно 12 и
7,5 млн рублей», «с 20 тыс. до 25 тыс. рублей») is in the same rubles: when the ruble figure is
read as Belarusian, so is the figure joined to it. Texts written for this test.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_respectively_two_budgets_share_the_belarusian_rubles(tmp_path: Path) -> None:
    text = ("Новый мост в Полоцке\n"
            "Мост построят за счёт республиканского и областного бюджетов — соответственно 12 и "
            "7,5 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2023-07-01", source="Полоцкий вестник",
                           url="https://polotsk-vestnik.by/a/1")
    assert got["7,5 млн рублей"].amount.currency == "BYN"
    assert got["12"].amount.currency == "BYN"


def test_a_change_from_one_price_to_another_in_old_rubles(tmp_path: Path) -> None:
    text = ("Музей поднимает цены\n"
            "Входной билет в музей с 1 июня подорожает с 20 тыс. до 25 тыс. рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2014-05-20", source="Гродненская правда",
                           url="https://grodno-pravda.by/a/2")
    assert {f.amount.currency for s, f in got.items() if s.startswith(("20", "25"))} == {"BYR"}
