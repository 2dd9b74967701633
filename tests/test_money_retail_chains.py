"""«Торговые сети», «торговый центр», «торговый дом» name a buyer or a seller, not bilateral
trade: the amount they stand by is not `trade_turnover` (issue 10, session 27). Texts
written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_a_retail_chain_s_share_is_not_trade_turnover(tmp_path: Path) -> None:
    text = ("Брестский молочный комбинат\n"
            "В прошлом году комбинат поставил в Россию сыров на 540 млн российских рублей.\n"
            "Главными покупателями стали торговые сети Петербурга: на них пришлось 210 млн.\n")
    got = facts_by_surface(tmp_path, text, published="2023-02-01")
    assert got["210 млн"].metric != "trade_turnover"


def test_trade_between_the_countries_stays_trade_turnover(tmp_path: Path) -> None:
    text = ("Итоги года\n"
            "Торговый оборот области с Беларусью составил 210 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2023-02-01")
    assert got["210 млн долларов"].metric == "trade_turnover"
