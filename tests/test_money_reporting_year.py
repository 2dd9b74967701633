"""«В отчётном году» is the year the report covers (money/whole_spans.py: `whole_year`)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from analysis.money import describe
from analysis.money.whole_spans import whole_year


def years(text: str, published: dt.date = dt.date(2024, 3, 20)) -> list[int | None]:
    return [f.year for f in describe(SimpleNamespace(text=text, published=published))]


def test_the_reporting_year_is_the_reports_year() -> None:
    text = ("Минсельхоз области подвёл итоги 2023 года.\n"
            "В отчётном году хозяйствам передано 240 тракторов на сумму 1,9 млрд рублей. "
            "Субсидии, выплаченные за отчётный год, составили 310 млн рублей.")
    assert years(text) == [2023, 2023]


def test_a_stated_year_wins_over_the_reporting_year() -> None:
    text = ("Минсельхоз области подвёл итоги 2023 года.\n"
            "Для сравнения: в 2021 году, а не в отчётном году, субсидии составили 280 млн рублей.")
    assert years(text) == [2021]


def test_whole_year_words() -> None:
    assert whole_year("в отчётном году передано техники на")
    assert whole_year("по итогам отчетного года выручка")
    assert not whole_year("отчётный период завершён")  # no year word: a period, not a year
    assert not whole_year("в отчётном 2023 году")  # the year is named: it is stated
