"""A contract's price is its value; a tender's starting price is a price; the price the
bidding ended at is the contract signed (money/tender_price.py, not_cues «цена контракта»)."""

from __future__ import annotations

import pytest
from test_facts import facts


@pytest.mark.parametrize(("text", "metrics"), [
    # a contract's price with no word of a start: the contract's value
    ("Цена договора на ремонт моста – 57,2 млн рублей, работы продлятся до осени.",
     ["agreements"]),
    ("Подрядчик из Гродно получил заказ с ценой контракта 12,4 млн рублей.", ["agreements"]),
    # the starting price stays a price
    ("Стартовая цена лота составляла 8,1 млн рублей.", ["other"]),
    # a share of the price is a penalty or fee, not the contract
    ("Пеня составляет 0,2% цены контракта за сутки, или около 15 тыс. рублей.", ["other"]),
    # the final price told after the starting one
    ("Начальная цена контракта была 64 млн рублей, по итогам аукциона она опустилась до 59,5 млн.",
     ["other", "agreements"]),
    ("Начальная (максимальная) цена договора — 20 млн рублей, итоговая — 17,8 млн.",
     ["other", "agreements"]),
    # the money the bidding saved is no contract
    ("Начальная цена контракта составляла 40 млн рублей, экономия по итогам торгов — 2,2 млн.",
     ["other", "other"]),
])
def test_contract_and_tender_prices(text: str, metrics: list[str]) -> None:
    assert [f.metric for f in facts(text)] == metrics
