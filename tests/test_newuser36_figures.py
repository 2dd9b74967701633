"""Session 36, newuser36's two wrong figures, read as general rules (each sentence written for
this test in the style of the news the gold sets hold):

- money a budget allots to making good the interest on loans, its purpose told first and the
  money right before the amount, is `financing`, not the loans' `credit` («на субсидирование
  процентных ставок по кредитам … направлено 4,5 млрд рублей»: F5);
- a figure told in a clause that names the comparison year («к 2010 году, когда он
  равнялся …», «в котором …», «тогда …») is that year's, not the sentence's (F26).
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.money import describe
from analysis.money.base_clause import told_in_base_clause


def facts(text: str, published: dt.date = dt.date(2025, 6, 2)) -> dict[str, tuple[str, int | None]]:
    return {f.amount.surface: (f.metric, f.year)
            for f in describe(SimpleNamespace(text=text, published=published))}


@pytest.mark.parametrize(("text", "surface"), [
    ("В прошлом году на субсидирование процентных ставок по кредитам для совместных "
     "российско-белорусских машиностроительных проектов из республиканского бюджета "
     "направлено 2,8 млрд рублей.", "2,8 млрд рублей"),
    ("На возмещение части затрат на уплату процентов по инвестиционным кредитам "
     "сельхозпроизводителям области в этом году выделено 175 млн рублей.", "175 млн рублей"),
    ("На компенсацию процентной ставки по кредитам, взятым заводами на обновление станочного "
     "парка, в бюджете края предусмотрено 64 млн рублей.", "64 млн рублей"),
])
def test_money_allotted_to_interest_on_loans_is_financing(text: str, surface: str) -> None:
    assert facts(text)[surface][0] == "financing"


def test_a_loan_told_beside_an_interest_subsidy_stays_a_credit() -> None:
    text = ("На субсидирование процентных ставок направят 900 млн рублей, а на льготные кредиты "
            "малому бизнесу выделено 12 млрд рублей.")
    got = facts(text)
    assert got["900 млн рублей"][0] == "financing"
    assert got["12 млрд рублей"][0] == "credit"


def test_a_banks_lending_is_still_a_credit() -> None:
    assert facts("Банк направил на кредитование аграриев региона 6 млрд рублей.")[
        "6 млрд рублей"][0] == "credit"


@pytest.mark.parametrize(("text", "base", "figure"), [
    ("Товарооборот области с Белоруссией в 2019 году составил 1,9 млрд долларов, увеличившись "
     "на 12% к 2018 году, когда он равнялся 1,7 млрд долларов.",
     ("1,7 млрд долларов", 2018), ("1,9 млрд долларов", 2019)),
    ("Экспорт техники в 2023 году достиг 640 млн долларов, прибавив треть по сравнению с 2022 "
     "годом, в котором он составил 480 млн долларов.",
     ("480 млн долларов", 2022), ("640 млн долларов", 2023)),
    ("Поставки в 2021 году выросли до 95 млн долларов против 2020 года (тогда было отгружено "
     "на 71 млн долларов).",
     ("71 млн долларов", 2020), ("95 млн долларов", 2021)),
])
def test_a_figure_told_in_the_comparison_years_clause_is_that_years(
        text: str, base: tuple[str, int], figure: tuple[str, int]) -> None:
    got = facts(text)
    assert got[base[0]][1] == base[1]
    assert got[figure[0]][1] == figure[1]


def test_a_relative_comparison_year_with_its_own_clause() -> None:
    text = ("Экспорт в этом году составил 310 млн долларов, что на 15% больше, чем в прошлом году, "
            "в котором он равнялся 270 млн долларов.")
    got = facts(text)
    assert got["310 млн долларов"][1] == 2025
    assert got["270 млн долларов"][1] == 2024


def test_a_comparison_year_without_a_clause_of_its_own_is_still_skipped() -> None:
    text = "Товарооборот вырос на 9% к 2023 году и составил 2,2 млрд долларов."
    assert facts(text)["2,2 млрд долларов"][1] == 2025


def test_the_clause_must_follow_the_year_itself() -> None:
    text = "к 2010 году, когда он равнялся 28 млрд"
    year_end = text.index(",")
    assert told_in_base_clause(text, year_end, text.index("28"))
    # a clause stopped by a comma before the figure is not the year's
    other = "к 2010 году, когда он рос, экспорт дал 28 млрд"
    assert not told_in_base_clause(other, other.index(","), other.index("28"))
