"""In an interview the nearest question that states a time beats the lead's (money/facts.py)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from analysis.money import describe


def years(text: str, published: dt.date = dt.date(2025, 3, 14)) -> list[int | None]:
    return [f.year for f in describe(SimpleNamespace(text=text, published=published))]


LEAD = ("Губернатор рассказал о торговле с Беларусью в прошлом году.\n"
        "— Каким был товарооборот?\n"
        "— Товарооборот области с республикой составил 1,4 млрд долларов.\n")


def test_an_answer_takes_the_year_its_question_asks_about() -> None:
    text = LEAD + ("— А на этот год какая задача стоит?\n"
                   "— Задача — выйти на товарооборот в 1,6 млрд долларов.\n")
    assert years(text) == [2024, 2025]


def test_a_question_with_no_time_leaves_the_leads_year() -> None:
    text = LEAD + "— А какие товары главные?\n— Товарооборот по технике — около 600 млн долларов.\n"
    assert years(text) == [2024, 2024]
