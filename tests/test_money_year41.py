"""Session 41, year41: year misses whose cause recurs across the dev rounds (issue 10).

A one-off sum (a deal signed, a loan granted) told in a month with no year takes neither a
period nor a year (tests/gold/README.md, session 18's one-off sums). Words of another thing in
its sentence kept that from being read: the deal's own run or rate («на поставку … до конца
года», «ежегодно», «в год») and a city block («жилого квартала»), read as times of the
figure. Each sentence is written for this test in the style of the news the gold sets hold.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.money import describe


def times(text: str) -> dict[str, tuple[int | None, str | None]]:
    return {f.amount.surface: (f.year, f.period)
            for f in describe(SimpleNamespace(text=text, published=dt.date(2024, 9, 12)))}


# ------------------------------------------------- a deal's run or rate is not the deal's time
@pytest.mark.parametrize(("text", "surface"), [
    ("В апреле комбинат подписал с казанским дистрибьютором договор на поставку сыров "
     "объёмом до 3 тыс. тонн ежегодно; его стоимость оценивается в 18 млн долларов в год.",
     "18 млн долларов"),
    ("В мае объединение заключило с уральским холдингом контракт на поставку труб на "
     "сумму 240 млн рублей в год.", "240 млн рублей"),
])
def test_a_deal_signed_in_a_month_keeps_no_time_beside_its_rate(text: str, surface: str) -> None:
    assert times(text)[surface] == (None, None)


def test_a_deal_signed_in_a_month_keeps_no_period_beside_its_run() -> None:
    text = ("— В марте мы подписали контракт с воронежской сетью на поставку молочной продукции "
            "до конца года на 54 млн российских рублей.")
    assert times(text)["54 млн российских рублей"][1] is None


# ----------------------------------------------------------- a city block is not a quarter
def test_a_deal_for_a_housing_block_signed_in_a_month_keeps_no_time() -> None:
    text = ("В июне брянский застройщик подписал с гомельским заводом договор на поставку "
            "окон для строительства жилого квартала стоимостью 310 млн рублей.")
    assert times(text)["310 млн рублей"] == (None, None)


def test_a_quarter_of_the_year_is_still_a_time() -> None:
    # («за квартал» stays the figure's own time: the deal-day reading does not apply)
    text = "Во втором квартале комбинат поставил в Россию сыров на 42 млн долларов."
    year, period = times(text)["42 млн долларов"]
    assert (year, period) == (2024, "II квартал")


def test_a_yearly_volume_is_still_read_as_a_time_when_no_deal_is_signed() -> None:
    # no deal signed in a month: the rate words change nothing
    text = "В 2023 году завод поставил в Беларусь металла на 35 млн долларов."
    assert times(text)["35 млн долларов"] == (2023, None)
