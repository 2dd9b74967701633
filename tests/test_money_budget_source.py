"""Budget money spent on someone's renewal is financing; a span of years is a time of its own
(money/governing.py, money/invested.py: `is_investment_purpose`, money/time_words.py)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.money import describe
from analysis.money.time_words import has_time_words


def facts(text: str, published: dt.date = dt.date(2024, 11, 5)) -> list[tuple[str, int | None]]:
    return [(f.metric, f.year)
            for f in describe(SimpleNamespace(text=text, published=published))]


@pytest.mark.parametrize("text", [
    "На обновление автобусного парка из городского бюджета направлено 840 млн рублей.",
    "На модернизацию котельных района из краевого бюджета выделено 95 млн рублей.",
    "Бюджетные средства в размере 60 млн рублей направлены на модернизацию ферм.",
])
def test_public_budget_money_for_renewal_is_financing(text: str) -> None:
    assert facts(text)[0][0] == "financing"


@pytest.mark.parametrize("text", [
    # the company's own money on its own modernisation
    "Завод направит на модернизацию литейного цеха 230 млн рублей.",
    # «из собственных средств»: no budget
    "На реконструкцию склада из собственных средств компания направила 40 млн рублей.",
    "Собственные средства в размере 60 млн рублей направлены на модернизацию ферм.",
])
def test_a_companys_own_renewal_is_an_investment(text: str) -> None:
    assert facts(text)[0][0] == "investment"


def test_a_span_of_years_keeps_the_figure_from_the_year_before() -> None:
    text = ("В 2025 году на компенсацию части стоимости техники заложено 60 млн рублей. "
            "Всего за последние пять лет на эти цели из областного бюджета направлено "
            "более 1,3 млрд рублей.")
    assert facts(text)[1] == ("financing", None)


def test_years_span_words() -> None:
    assert has_time_words("за последние пять лет направлено")
    assert has_time_words("в течение десяти лет")
    assert not has_time_words("полет нормальный, билет куплен")  # «лет» inside words


@pytest.mark.parametrize(("text", "metric"), [
    # «экспортёры» name who is paid, not what the money is: payments received are «other»
    ("В марте российские экспортёры получили от белорусских партнёров 180 млрд рублей.", "other"),
    # what the exporters did still says it
    ("Белорусские экспортёры поставили в Россию продукции на 2 млрд долларов.", "export"),
])
def test_an_exporter_is_no_cue_of_its_own(text: str, metric: str) -> None:
    assert facts(text)[0][0] == metric
