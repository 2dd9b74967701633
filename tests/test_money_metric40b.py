"""Session 40, metric40b: metric misses whose cause recurs across the dev rounds 6–29 (issue 10).

Each class is a rule of Russian news prose, read where every dev gold so told agrees; each
sentence is written for this test in the style of the news the gold sets hold.
"""

from __future__ import annotations

import pytest
from conftest import surface_metrics

metrics = surface_metrics


# ------------------------------------------------ money a port or a railway earns on goods in transit
@pytest.mark.parametrize(("text", "surface"), [
    ("По итогам года доходы морских портов региона от перевалки экспортных грузов составили "
     "38,2 млрд рублей.", "38,2 млрд рублей"),
    ("Доходы морских терминалов от перевалки белорусских удобрений в прошлом году составили "
     "12,5 млрд рублей.", "12,5 млрд рублей"),
    ("Экспорт калия растёт. Белорусский транзит в следующем году может добавить российским "
     "портам ещё 4–5 млрд рублей.", "4–5 млрд рублей"),
    ("Импорт оборудования вырос втрое. Через дальневосточные порты за год прошло белорусских "
     "грузов на 1,7 млрд долларов.", "1,7 млрд долларов"),
    ("Инвестиции в новый причал составят 2 млрд рублей. До переориентации грузов белорусские "
     "отправители ежегодно оставляли в портах Латвии около 300 млн долларов.",
     "около 300 млн долларов"),
])
def test_money_ports_and_transit_earn_on_goods_carried_is_other(text: str, surface: str) -> None:
    assert metrics(text)[surface] == "other"


@pytest.mark.parametrize(("text", "surface"), [
    # a trade word names the goods carried: the figure is their export, the route a detail
    ("По оценке экспертов, экспорт белорусского калия через российские порты в этом году "
     "может достичь 3,5 млрд долларов.", "3,5 млрд долларов"),
    ("За девять месяцев через пункты пропуска прошло российских экспортных грузов на "
     "$7,2 млрд.", "$7,2 млрд"),
])
def test_goods_carried_that_a_trade_word_names_stay_that_trade(text: str, surface: str) -> None:
    assert metrics(text)[surface] == "export"


def test_a_contract_for_port_handling_is_the_contract() -> None:
    got = metrics("С оператором терминала подписан долгосрочный договор на перевалку на "
                  "25 млрд рублей.")
    assert got["25 млрд рублей"] == "agreements"


def test_an_investment_in_a_port_terminal_stays_an_investment() -> None:
    got = metrics("Инвестиции в строительство терминала в порту Бронка оцениваются в 1,2 млрд "
                  "долларов.")
    assert got["1,2 млрд долларов"] == "investment"
