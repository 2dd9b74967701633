"""No one Russian region's figure reaches $30 bn a year (walk28).

The largest region's whole trade with Belarus (Moscow's) is about $14 bn a year. A sum read in
the wrong rubles — a Belarusian oblast official's «вложено 1,5 трлн рублей» (old Belarusian
rubles) taken as Russian ones — came to about $50 bn for one Russian region and led the
overview as the largest investment tied to Belarus. Such a figure is flagged implausible: it
stays in the tables, out of the lead and the charts. Texts written for this test.
"""

from __future__ import annotations

from pathlib import Path

from conftest import briefing_of

from analysis.figures import figure_rules

_ROUND_TABLE = (
    "Псковщина и Витебщина обсудили кооперацию\n"
    "Псков, 12 марта 2012 года\n"
    "Товарооборот Псковской области с Беларусью в 2011 году составил 410 млн долларов. "
    "В регионе построят цех по сборке прицепов, инвестиции составят 600 млн рублей.\n"
    "Гость из Витебска перечислил успехи соседей. «В модернизацию наших заводов за 2011 год "
    "вложено 1,5 трлн рублей», — сказал он.\n"
)


def test_the_regional_ceiling_is_read_from_the_rules() -> None:
    assert figure_rules().bounds_for("investment", "regional") == (1e3, 3e10)
    # the tighter national bounds still hold where they apply
    assert figure_rules().bounds_for("trade_turnover", "national") == (1e9, 5e11)


def test_a_regional_sum_beyond_the_ceiling_does_not_lead_the_briefing(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"pskov.txt": _ROUND_TABLE}, lang="ru", currency="USD")
    figures = b.figures
    huge = figures[figures["value"] == 1.5e12]
    assert len(huge) == 1
    row = huge.iloc[0]
    if row["region"] == "Псковская область":  # read as the region's, it breaks the ceiling
        assert not row["plausible"] and "regional" in row["reason"]
    largest = b.largest("investment")
    assert largest is None or largest["value"] != 1.5e12
