"""Currency conversion at annual average rates: direct, inverse, cross, missing, BYR."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.money.fx import Rates, convert_frame


@pytest.fixture(scope="module")
def rates() -> Rates:
    return Rates.load()


def test_package_table_loads_with_sources(rates: Rates) -> None:
    assert 2010 in rates.years() and 2025 in rates.years()
    conv = rates.convert(1.0, "USD", "RUB", 2023)
    assert conv.rate == pytest.approx(85.25)
    assert conv.source and conv.source.startswith("http")


def test_direct_and_inverse(rates: Rates) -> None:
    direct = rates.convert(2.0, "USD", "RUB", 2023)
    assert direct.value == pytest.approx(170.5)
    assert "direct" in direct.note and "2023" in direct.note
    inverse = rates.convert(85.25, "RUB", "USD", 2023)
    assert inverse.value == pytest.approx(1.0)
    assert inverse.rate == pytest.approx(1 / 85.25)


def test_cross_rate_through_usd(rates: Rates) -> None:
    conv = rates.convert(85.25, "RUB", "BYN", 2023)  # RUB→USD→BYN: 1 USD, 3.0 BYN
    assert conv.value == pytest.approx(3.0)
    assert "cross via USD" in conv.note
    assert conv.source and ";" in conv.source  # both legs cited


def test_direct_rate_preferred_over_cross(rates: Rates) -> None:
    conv = rates.convert(1.0, "RUB", "BYN", 2019)
    assert conv.rate == pytest.approx(0.032303)
    assert "direct" in conv.note


def test_same_currency(rates: Rates) -> None:
    conv = rates.convert(5.0, "USD", "USD", 2024)
    assert (conv.value, conv.rate) == (5.0, 1.0)


def test_missing_rate_is_never_guessed(rates: Rates) -> None:
    conv = rates.convert(1e9, "RUB", "USD", 2024)  # USD/RUB 2024 not found by the sources
    assert conv.value is None and conv.rate is None
    assert "no RUB/USD rate for 2024" in conv.note and "not guessed" in conv.note
    eur = rates.convert(1e6, "EUR", "USD", 2023)
    assert eur.value is None and "EUR" in eur.note
    assert rates.convert(1.0, "USD", "RUB", 1999).value is None


def test_no_year(rates: Rates) -> None:
    conv = rates.convert(1.0, "USD", "RUB", None)
    assert conv.value is None and "no year" in conv.note


def test_figure_year_else_publication_year(rates: Rates) -> None:
    by_figure = rates.convert_for(1.0, "USD", "RUB", 2021, 2023)
    assert by_figure.year == 2021 and "figure year" in by_figure.note
    by_pub = rates.convert_for(1.0, "USD", "RUB", None, 2023)
    assert by_pub.year == 2023 and "publication year" in by_pub.note


def test_byr_before_redenomination(rates: Rates) -> None:
    conv = rates.convert(16_000.0, "BYR", "USD", 2015)  # 1.6 BYN per USD in 2015
    assert conv.value == pytest.approx(16_000 / 10_000 / 1.6)
    assert "10,000" in conv.note
    old = rates.convert(16_000.0, "BYN", "USD", 2014)
    assert old.value == pytest.approx(16_000 / 10_000 / 1.0) and "BYR" in old.note
    mid = rates.convert(2.0, "BYN", "USD", 2016)
    assert mid.value == pytest.approx(1.0) and "2016" in mid.note


def test_user_table(tmp_path: Path) -> None:
    path = tmp_path / "my_rates.csv"
    path.write_text("year,currency,quote_currency,rate,source_url,note\n"
                    "2024,USD,RUB,92.5,https://example.org/cbr,own average\n"
                    "2024,EUR,RUB,,,\n", encoding="utf-8")
    mine = Rates.load(path)
    conv = mine.convert(1.0, "USD", "RUB", 2024)
    assert conv.value == pytest.approx(92.5) and conv.source == "https://example.org/cbr"
    assert mine.convert(1.0, "EUR", "RUB", 2024).value is None


def test_convert_frame_recomputes_for_another_target(rates: Rates) -> None:
    df = pd.DataFrame({
        "value": [2e9, 1e9, 5.0], "currency": ["USD", "RUB", "EUR"],
        "year": pd.array([2023, None, 2023], dtype="Int64"),
        "fx_year": pd.array([2023, 2021, 2023], dtype="Int64"),
        "converted_value": [2e9, None, None], "converted_currency": ["USD"] * 3,
        "fx_rate": [1.0, None, None], "fx_source": [None] * 3, "fx_note": [""] * 3,
    })
    out = convert_frame(df, "RUB", rates)
    assert out["converted_currency"].tolist() == ["RUB"] * 3
    assert out["converted_value"][0] == pytest.approx(2e9 * 85.25)
    assert out["converted_value"][1] == pytest.approx(1e9)  # RUB→RUB, publication year kept
    assert "publication year" in out["fx_note"][1]
    assert pd.isna(out["converted_value"][2]) and "EUR" in out["fx_note"][2]
    assert df["converted_currency"].tolist() == ["USD"] * 3  # the input is not modified
