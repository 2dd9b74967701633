"""A phrase opening a sentence names the rubles of its figures: «В пересчёте на российские
деньги …», «В белорусских рублях …». A phrase inside the sentence qualifies its own noun
(«комиссия за перевод в российских рублях — 5 рублей»: the fee is the bank's, in the outlet's
rubles). Texts written for this test.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_an_opening_phrase_names_russian_money_on_a_belarusian_site(tmp_path: Path) -> None:
    text = ("Лён уходит в Россию\n"
            "Экспорт льноволокна в Россию за год составил 18 млн долларов. В пересчёте на "
            "российские деньги это около 1,3 млрд рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2022-02-01", source="Льняной вестник",
                           url="https://lyon-vestnik.by/a/1")
    assert got["около 1,3 млрд рублей"].amount.currency == "RUB"


def test_a_phrase_qualifying_its_noun_leaves_the_fee_to_the_outlet(tmp_path: Path) -> None:
    text = ("Переводы в Россию\n"
            "Плата за перевод в российских рублях в банке составляет 4 рубля за платёж.\n")
    got = facts_by_surface(tmp_path, text, published="2022-02-01", source="Финансы.бел",
                           url="https://finansy-bel.by/a/2")
    assert got["4 рубля"].amount.currency == "BYN"
