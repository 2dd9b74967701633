"""The budget of a film or a festival is what the undertaking costs, `other`; the Union
State's budget stays `financing` (issue 10, session 27). Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_a_film_s_budget_is_other(tmp_path: Path) -> None:
    text = ("Совместное кино\n"
            "Бюджет картины составляет 140 млн российских рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2021-05-01")
    assert got["140 млн российских рублей"].metric == "other"


def test_the_union_state_s_budget_stays_financing(tmp_path: Path) -> None:
    text = ("Союзный бюджет\n"
            "Бюджет Союзного государства на текущий год составляет 6,9 млрд российских "
            "рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2021-05-01")
    assert got["6,9 млрд российских рублей"].metric == "financing"
