"""«за тот же квартал», «за те же месяцы» name the period of the figure in focus, as «за тот же
период» does; a figure «за тот же год» or with no such words keeps its own. Texts written for
this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_the_same_quarter_and_the_same_months(tmp_path: Path) -> None:
    text = ("Торговля в первом квартале\n"
            "За январь–март 2024 года экспорт белорусских товаров в Россию составил 5,1 млрд "
            "долларов. Российский экспорт в Беларусь за тот же квартал таможня оценивает в "
            "5,9 млрд долларов. В прошлом году за те же месяцы было 5,5 млрд.\n")
    got = facts_by_surface(tmp_path, text, published="2024-05-06")
    first = got["5,1 млрд долларов"]
    same_quarter = got["5,9 млрд долларов"]
    assert (same_quarter.year, same_quarter.period) == (2024, first.period)
    year_before = next(f for s, f in got.items() if "5,5 млрд" in s)
    assert (year_before.year, year_before.period) == (2023, first.period)


def test_no_same_words_no_period(tmp_path: Path) -> None:
    text = ("Торговля в первом квартале\n"
            "За январь–март 2024 года экспорт белорусских товаров в Россию составил 5,1 млрд "
            "долларов. Кредит на 2 млрд рублей банк выдал в том же году.\n")
    got = facts_by_surface(tmp_path, text, published="2024-05-06")
    assert got["2 млрд рублей"].period is None
