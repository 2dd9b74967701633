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


# --- issue 14: every offered currency converts, from a named source, never guessed ----------

from analysis.money import LayeredRates, RatesFileError, convert_amounts, ecb  # noqa: E402


@pytest.fixture(scope="module")
def layered() -> LayeredRates:
    return LayeredRates.load()


def test_extended_table_has_2008_and_cny_rows_with_sources(rates: Rates) -> None:
    assert 2008 in rates.years()
    conv = rates.convert(1.0, "EUR", "RUB", 2008)
    assert conv.rate == pytest.approx(36.41) and "cbr.ru" in (conv.source or "")


def test_ecb_annual_average_is_the_mean_of_the_daily_rates_of_complete_years() -> None:
    averages = ecb.annual_averages()
    usd_2023 = averages[(2023, "USD")]
    assert 250 <= usd_2023.days <= 262 and usd_2023.per_eur == pytest.approx(1.0813, abs=2e-4)
    assert not any(cur == "RUB" for _, cur in averages)  # the rouble comes from the table


@pytest.mark.parametrize("currency, target, year", [
    ("EUR", "USD", 2023), ("EUR", "RUB", 2023), ("RUB", "EUR", 2019), ("CNY", "RUB", 2021),
    ("RUB", "CNY", 2025), ("BYN", "EUR", 2022), ("EUR", "BYN", 2020), ("CNY", "USD", 2015)])
def test_every_offered_currency_converts_through_the_ecb_layer(layered, currency, target, year):
    found = layered.convert(1e9, currency, target, year)
    assert found.conversion.value is not None and found.conversion.value > 0
    assert found.origin in ("table", "ecb")


def test_the_package_table_comes_first_and_the_ecb_layer_is_named(layered) -> None:
    direct = layered.convert(1e9, "EUR", "RUB", 2021)
    assert direct.origin == "table" and direct.conversion.rate == pytest.approx(87.1877)
    crossed = layered.convert(1e9, "EUR", "RUB", 2023)  # ECB EUR/USD × table USD/RUB
    eur_usd = ecb.annual_averages()[(2023, "USD")].per_eur
    assert crossed.origin == "ecb" and crossed.conversion.rate == pytest.approx(eur_usd * 85.25)
    assert "ECB" in crossed.conversion.note


def test_a_rate_no_source_has_stays_missing(layered) -> None:
    # USD/RUB 2024: not in the reference table, and the ECB has quoted no rouble since 2022
    found = layered.convert(1e9, "RUB", "USD", 2024)
    assert found.conversion.value is None and found.origin is None
    assert "not guessed" in found.conversion.note and "sources tried" in found.conversion.note


def test_a_rates_file_of_your_own_overrides_both(tmp_path: Path) -> None:
    own = tmp_path / "my_rates.csv"
    own.write_text("year,currency,quote_currency,rate,source_url,note\n"
                   "2024,USD,RUB,90.00,,my desk's figure\n2023,EUR,RUB,100,,\n", encoding="utf-8")
    mine = LayeredRates.load(own)
    usd = mine.convert(90e9, "RUB", "USD", 2024)
    assert usd.origin == "user" and usd.conversion.value == pytest.approx(1e9)
    assert mine.convert(1.0, "EUR", "RUB", 2023).conversion.rate == pytest.approx(100)
    # your USD/RUB also anchors the ECB crosses of that year
    eur = mine.convert(90e9, "RUB", "EUR", 2024)
    assert eur.origin == "ecb" and eur.conversion.value is not None


@pytest.mark.parametrize("text, fragment", [
    ("year,currency,rate\n2024,USD,90\n", "missing column(s) quote_currency"),
    ("year,currency,quote_currency,rate\n2024,USD,RUB,-1\n", "line(s) 2"),
    ("year,currency,quote_currency,rate\nlast year,USD,RUB,90\n", "line(s) 2")])
def test_an_unusable_rates_file_is_named_with_what_to_do(tmp_path: Path, text, fragment) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(RatesFileError, match=r"bad\.csv") as info:
        LayeredRates.load(bad)
    assert fragment in str(info.value) and "\n" not in str(info.value)


def test_convert_amounts_marks_publication_years_and_origins(layered) -> None:
    frame = pd.DataFrame({"article_id": ["x", "y"], "value": [1e9, 1e9],
                          "currency": ["EUR", "RUB"], "year": pd.array([2023, None], dtype="Int64")})
    out = convert_amounts(frame, "USD", layered, {"y": 2023})
    assert out["fx_basis"].tolist() == ["figure", "publication"]
    assert out["fx_year"].tolist() == [2023, 2023]
    assert out["fx_origin"].tolist() == ["ecb", "table"]
    assert out["converted_value"][1] == pytest.approx(1e9 / 85.25)
