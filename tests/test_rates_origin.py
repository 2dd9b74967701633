"""Which rates tables a conversion used is recorded where it converts (`Conversion.tables`,
the `fx_tables` column): the layer (`fx_origin`) keeps its meaning, and a briefing reads the
record instead of converting a row again with the default rates to guess it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import dataset_of

from analysis.briefing import Briefing
from analysis.money import LayeredRates, Rates, convert_amounts
from analysis.tables.dataset import Dataset

PACKAGE = "the package rates table"
ECB = "ECB reference rates"
ROUBLES_2024 = (
    "Брянские поставки в Беларусь выросли\n"
    "03.03.2025\n"
    "Экспорт Брянской области в Беларусь за 2024 год составил 61 млрд рублей, сообщили в "
    "региональном минэкономразвития.\n"
)


@pytest.fixture(scope="module")
def own_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rates") / "my_rates.csv"
    path.write_text("year,currency,quote_currency,rate\n2024,USD,RUB,92.57\n2023,EUR,RUB,100\n",
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def trade(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    return dataset_of(tmp_path_factory.mktemp("trade"), {"export.txt": ROUBLES_2024})


def test_a_conversion_names_the_tables_of_its_legs(own_file: Path) -> None:
    package = Rates.load()
    assert package.convert(1e9, "EUR", "RUB", 2021).tables == (PACKAGE,)
    assert package.convert(1e9, "RUB", "RUB", 2021).tables == ()  # no rate was used
    layered = LayeredRates.load()
    crossed = layered.convert(1e9, "EUR", "RUB", 2023)
    assert crossed.origin == "ecb" and crossed.tables == (ECB, PACKAGE)
    mine = LayeredRates.load(own_file)
    assert mine.convert(90e9, "RUB", "USD", 2024).tables == ("my_rates.csv",)
    assert mine.convert(1e9, "EUR", "RUB", 2023).tables == ("my_rates.csv",)
    # the ECB cross of 2024 went through your USD/RUB: still the ECB layer, both tables named
    eur = mine.convert(90e9, "RUB", "EUR", 2024)
    assert eur.origin == "ecb" and eur.tables == ("my_rates.csv", ECB)
    # a year your file does not price crosses with the package table's rate only
    assert mine.convert(1e9, "EUR", "RUB", 2022).tables in ((PACKAGE,), (ECB, PACKAGE))
    assert "my_rates.csv" not in mine.convert(1e9, "EUR", "RUB", 2022).tables


def test_convert_amounts_writes_the_tables(own_file: Path) -> None:
    frame = pd.DataFrame({"article_id": ["x", "y"], "value": [90e9, 1e9],
                          "currency": ["RUB", "CNY"], "year": pd.array([2024, 1990], dtype="Int64")})
    out = convert_amounts(frame, "EUR", LayeredRates.load(own_file))
    assert out["fx_tables"].tolist() == ["my_rates.csv; " + ECB, ""]  # none for 1990


def _conversion(briefing: Briefing, **row: object) -> str:
    return briefing.conversion({"currency": "RUB", "fx_year": 2024, "converted_value": 1e9,
                                "value": 90e9, **row})


def test_the_briefing_reads_the_recorded_tables(trade: Dataset, own_file: Path) -> None:
    briefing = Briefing.load(dataset=trade, lang="ru", currency="EUR", rates=str(own_file))
    # the record says the cross went through the file: it is named, whatever the value
    assert "курсы ЕЦБ и ваш файл курсов «my_rates.csv»" in _conversion(
        briefing, fx_origin="ecb", fx_tables=f"{PACKAGE}; {ECB}; my_rates.csv")
    # the record says it did not: the ECB alone, though the package alone has no 2024 rouble
    said = _conversion(briefing, fx_origin="ecb", fx_tables=f"{ECB}; {PACKAGE}")
    assert "курсы ЕЦБ" in said and "my_rates" not in said
    assert "ваш файл курсов «my_rates.csv»" in _conversion(
        briefing, fx_origin="user", fx_tables="my_rates.csv")
