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


def test_one_more_takes_the_year_of_the_figure_before() -> None:
    text = ("В 2026 году холдинг намерен вложить в новый цех 60 млн долларов. "
            "Ещё около 15 млн долларов пойдёт на склады в Подмосковье.")
    assert years(text) == [2026, 2026]


def test_one_more_with_its_own_year_keeps_it() -> None:
    text = ("В 2026 году холдинг намерен вложить в новый цех 60 млн долларов. "
            "Ещё 15 млн долларов компания вложит в 2028 году.")
    assert years(text) == [2026, 2028]


def test_a_purchase_in_the_next_paragraph_keeps_no_year() -> None:
    # «ещё» inside the sentence, not opening it: no continuation of an investment's year
    text = ("В 2026 году холдинг намерен вложить в новый цех 60 млн долларов.\n"
            "Фермер купил ещё два трактора на 12 млн рублей.")
    assert years(text) == [2026, None]
