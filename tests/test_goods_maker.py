"""One maker's own trade is part of the country's, never the country's (session 19).

A new user's trade-press text: «Экспорт МТЗ в Россию в 2024 году составил 910 млн долларов» was
shown in the national trade table as Russia–Belarus exports, next to the two countries' turnover.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dataset_of

from analysis.briefing import Briefing
from analysis.briefing.names import names
from analysis.money.goods import clause_goods, maker_of

PRESS = ("Белорусская техника в российских хозяйствах\n"
         "Москва, 3 февраля 2025 года. Товарооборот России и Беларуси в 2024 году превысил "
         "50 млрд долларов. По данным завода, экспорт МТЗ в Россию в 2024 году составил "
         "910 млн долларов.")


@pytest.mark.parametrize(("before", "goods"), [
    ("Экспорт МТЗ в Россию в 2024 году составил ", "продукция «МТЗ»"),
    # the receiver after «в адрес» is not the maker
    ("Объём поставок ЯМЗ в адрес МАЗ в 2024 году составил ", "продукция «Ярославский моторный завод»"),
    # the goods noun with its maker (session 21: one firm's sales, not the country's trade)
    ("Экспорт тракторов МТЗ в Россию составил ", "тракторы «МТЗ»"),
    ("Товарооборот Смоленской области с Беларусью, где работает «Амкодор», составил ", None),
    ("По итогам года товарооборот России и Беларуси превысил ", None),
])
def test_a_makers_own_trade(before: str, goods: str | None) -> None:
    assert clause_goods(before) == goods


def test_the_makers_goods_are_named_in_english() -> None:
    assert maker_of("продукция «МТЗ»") == "МТЗ" and maker_of("тракторы") is None
    assert names().name("продукция «МТЗ»", "goods", "en") == "MTZ products"


def test_the_national_series_does_not_take_a_makers_exports(tmp_path: Path) -> None:
    dataset = dataset_of(tmp_path, {"press.txt": PRESS})
    rows = dataset.amounts.set_index("surface")
    assert rows.loc["910 млн долларов", "metric"] == "export"
    assert rows.loc["910 млн долларов", "goods"] == "продукция «МТЗ»"
    b = Briefing.load(dataset=dataset, lang="ru")
    series = b.trade_series(["export"])
    assert all(abs(r["value"] - 9.1e8) > 1 for r in series)  # not the country's exports
    # (its direction said too: `test_trade_flow`; the firm's own column names the maker, so
    # the measure does not repeat it as goods: newuser40 F8)
    table = b.trade_table().replace("\u00a0", " ")
    assert '<td data-label="Показатель">экспорт Беларуси в Россию</td>' in table
    assert ">МТЗ<" in table and "продукция «МТЗ»" not in table
