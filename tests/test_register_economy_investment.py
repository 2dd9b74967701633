"""An investment into a whole economy is no project's cost (walk28).

In the rounds 38–42 register a review article's «прямых инвестиций в белорусскую экономику …
превысил 1,7 млрд долларов» was tied to the one project the article named, and the briefing's
table of project investments showed a plant with $1.7 bn. Money put «в экономику» of a country
or a region, or a stock of investment accumulated over years, is a statistic: the register
ties it to no project; a project's own cost stays tied. Texts written for this test.
"""

from __future__ import annotations

from conftest import register_of

_REVIEW = (
    "Кооперация набирает ход\n"
    "В Чебоксарах ООО «ВолгаКомпонент» совместно с Минским моторным заводом наладило выпуск "
    "топливных фильтров для дизельных двигателей. "
    "Объём российских прямых инвестиций в белорусскую экономику за прошлый год превысил "
    "2,3 млрд долларов.\n"
)

_OWN_COST = (
    "Кооперация набирает ход\n"
    "В Чебоксарах ООО «ВолгаКомпонент» совместно с Минским моторным заводом наладило выпуск "
    "топливных фильтров для дизельных двигателей. "
    "Инвестиции в новую линию составили 240 млн рублей.\n"
)


def test_an_investment_into_an_economy_is_tied_to_no_project() -> None:
    rows = register_of(_REVIEW)
    assert rows, "the filter plant is a project"
    assert all(r["investment_value"] != 2.3e9 for r in rows)


def test_a_projects_own_investment_stays_tied() -> None:
    rows = register_of(_OWN_COST)
    assert any(r["investment_value"] == 2.4e8 for r in rows)
