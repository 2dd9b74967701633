"""Money earned («заработала на …») is revenue, `other`, not the metric of the sentence
before; earned on foreign buyers
(«заработали на иностранных пациентах») it is a sale abroad, `export` (issue 10, session 27).
Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_money_earned_after_an_investment_is_other(tmp_path: Path) -> None:
    text = ("Авиаперевозчик\n"
            "В обновление парка компания вложила 30 млн долларов. "
            "В 2019 году авиакомпания заработала на российских линиях 8,1 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2020-03-01")
    assert got["8,1 млн долларов"].metric == "other"


def test_money_earned_on_foreign_patients_is_export(tmp_path: Path) -> None:
    text = ("Медицинский туризм\n"
            "За год гродненские клиники заработали на иностранных пациентах 9 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2020-03-01")
    assert got["9 млн долларов"].metric == "export"
