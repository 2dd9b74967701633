"""The sides of the Union State's budget told without naming the budget again («Доходы
составили …, расходы — …» after the budget's report; «взнос российской стороны составит …»)
are the budget's size and shares: financing (sessions 11, 15; round 36). A republic's budget
keeps its revenue other (round 17). Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_revenue_and_spending_after_the_union_budget_report(tmp_path: Path) -> None:
    text = ("Союзный бюджет исполнен\n"
            "Совмин Союзного государства одобрил отчёт об исполнении союзного бюджета за "
            "2019 год. Доходы составили 5,6 млрд рублей, расходы — 5,3 млрд. Остаток "
            "перешёл на текущий год.\n")
    got = facts_by_surface(tmp_path, text, published="2020-05-14")
    assert got["5,6 млрд рублей"].metric == "financing"
    assert got["5,3 млрд"].metric == "financing"


def test_each_side_s_contribution_is_its_share(tmp_path: Path) -> None:
    text = ("Бюджет Союза на будущий год\n"
            "Парламентское собрание одобрило бюджет на 2027 год. Доходы и расходы сбалансированы "
            "и составят по 7 млрд рублей. Как и раньше, 60% доходной части даёт Россия, 40% — "
            "Беларусь: взнос российской стороны составит 4,2 млрд, белорусской — 2,8 млрд.\n")
    got = facts_by_surface(tmp_path, text, published="2026-12-10")
    assert got["7 млрд рублей"].metric == "financing"
    assert got["7 млрд рублей"].year == 2027
    assert got["4,2 млрд"].metric == "financing"
    assert got["2,8 млрд"].metric == "financing"


def test_a_republic_s_budget_revenue_stays_other(tmp_path: Path) -> None:
    text = ("Неделя в парламенте\n"
            "Депутаты рассматривают проект республиканского бюджета на 2027 год. Доходы "
            "запланированы в объёме 70,1 млрд рублей, расходы — 74,8 млрд рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2026-11-12")
    assert got["70,1 млрд рублей"].metric == "other"
