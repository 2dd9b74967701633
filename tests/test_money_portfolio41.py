"""Session 41, portfolio41: a lender's portfolio is `credit`, the loans it has outstanding
(tests/gold/README.md, the lead's decisions of session 41; issue 10).

A bare «портфель» whose holder the text shows lending (a loan word in its line or the line
before) is credit; a portfolio that names its holdings, a lessor's, and a bank's portfolio told
with no loan keep their readings. Each sentence is written for this test in the style of
regional business news.
"""

from __future__ import annotations

import pytest
from conftest import surface_metrics

metrics = surface_metrics


@pytest.mark.parametrize(("text", "surface"), [
    # a regional fund's loans told in the paragraph before
    ("Региональный фонд развития промышленности выдал в прошлом году займов на 310 млн "
     "рублей пяти предприятиям, работающим с белорусскими партнёрами.\n\n"
     "«В этом году мы рассчитываем довести портфель до 650 млн рублей», — сказал директор "
     "фонда.", "до 650 млн рублей"),
    # a line of a slide after a line on loans
    ("ИНСТРУМЕНТЫ ПОДДЕРЖКИ\n• Фонд развития промышленности: займы на кооперацию — до 300 млн "
     "руб.\n• Банк развития: текущий портфель по Беларуси — 900 млн $", "900 млн $"),
    # a bank's credit line in the same paragraph
    ("Банк открыл дилеру кредитную линию на 400 млн рублей. До конца года банк намерен "
     "нарастить портфель в этом сегменте до 1,5 млрд рублей.", "до 1,5 млрд рублей"),
])
def test_a_lenders_portfolio_is_credit(text: str, surface: str) -> None:
    assert metrics(text)[surface] == "credit"


@pytest.mark.parametrize(("text", "surface", "metric"), [
    # a bank's portfolio told of its projects, no loan named: financing, as before
    ("Банк развития подвёл итоги полугодия. Совокупный портфель банка в проектах с "
     "белорусскими партнёрами превысил $800 млн.", "превысил $800 млн", "financing"),
    ("Банк развития отчитался о портфеле: на 1 апреля он составил 7,2 млрд долларов.",
     "7,2 млрд долларов", "financing"),
    # a lessor's portfolio is its leasing, even after a credit it took
    ("Лизинговая компания получила кредит на 2 млрд рублей. Её лизинговый портфель на "
     "1 июля достиг 46 млрд рублей.", "46 млрд рублей", "financing"),
    # a portfolio of guarantees keeps the guarantees' reading
    ("Банк выдал экспортёрам кредитов на 3 млрд рублей. Портфель гарантий банка на 1 мая "
     "составил 1,4 млрд рублей.", "1,4 млрд рублей", "financing"),
    # an order book is the orders: agreements
    ("Завод получил кредит на пополнение оборотных средств. Портфель заказов на текущий год "
     "превышает 30 млн долларов.", "превышает 30 млн долларов", "agreements"),
])
def test_other_portfolios_keep_their_readings(text: str, surface: str, metric: str) -> None:
    assert metrics(text)[surface] == metric
