"""Money a recipient gets for a purpose («получит … на строительство») is funding given to
it, `financing`; money received as an investment or as capital keeps its own word (issue 10,
session 27). Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_money_received_for_building_is_financing(tmp_path: Path) -> None:
    text = ("Сельский туризм\n"
            "Агроусадьба «Берёзка» под Оршей получит 2,6 млн рублей на строительство бани.\n")
    got = facts_by_surface(tmp_path, text, published="2021-03-01")
    assert got["2,6 млн рублей"].metric == "financing"


def test_money_a_programme_s_participants_receive_is_financing(tmp_path: Path) -> None:
    text = ("Совместные исследования\n"
            "Участники каждого совместного проекта получат от 3 до 5 млн рублей в год.\n")
    got = facts_by_surface(tmp_path, text, published="2021-03-01")
    assert got["от 3 до 5 млн рублей"].metric == "financing"


def test_investment_received_stays_investment(tmp_path: Path) -> None:
    text = ("Совместное предприятие\n"
            "Завод в Кричеве получил от российского партнёра 640 млн рублей инвестиций на "
            "строительство цеха.\n")
    got = facts_by_surface(tmp_path, text, published="2021-03-01")
    assert got["640 млн рублей"].metric == "investment"
