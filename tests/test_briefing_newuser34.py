"""What a new analyst found in how a briefing reads (session 34): the lead's largest
investment was the plan of a project the same briefing listed as suspended, and did not say
so. Texts written here in the style of regional business news."""

from __future__ import annotations

from pathlib import Path

from conftest import briefing_of, tag_free

SUSPENDED = (
    "Сборку автобусов в Ярославле заморозили\n"
    "Проект сборки автобусов МАЗ на площадке ООО «Ярбусмаш» в Ярославской области "
    "приостановлен до появления заказов. Инвестиции в проект должны были составить 2,4 млрд "
    "рублей.\n")
RUNNING = (
    "Сборка автобусов в Ярославле идёт\n"
    "На площадке ООО «Ярбусмаш» в Ярославской области собирают автобусы МАЗ. Инвестиции в "
    "проект составили 2,4 млрд рублей.\n")


def test_the_largest_investment_of_a_suspended_project_says_it_is_suspended(tmp_path: Path) -> None:
    briefing = briefing_of(tmp_path / "c", {"yar.txt": SUSPENDED}, lang="ru", currency="RUB")
    assert "suspended" in set(briefing.projects["halted"].dropna())
    lead = tag_free(briefing.lead())
    assert "2,4 млрд руб." in lead and "проект приостановлен" in lead


def test_the_largest_investment_of_a_running_project_has_no_halt(tmp_path: Path) -> None:
    briefing = briefing_of(tmp_path / "c", {"yar.txt": RUNNING}, lang="ru", currency="RUB")
    lead = tag_free(briefing.lead())
    assert "2,4 млрд руб." in lead and "приостановлен" not in lead
