"""An investment told beside a launch year, and a sum whose year has no rate (newuser32 F21).

«Запуск производства намечен на 2027 год, объём инвестиций составит 300 млн рублей»: the year
is the launch's (its own clause, opened by the launch as subject), not the money's, which is
spent before it; the sum keeps no year of its own and is dated by its publication. A sum whose
year has no rate (the year of writing) still gives the reader a value, at the latest earlier
year's rate, labelled so. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from conftest import facts_by_surface

from analysis.briefing import selection
from analysis.briefing.labels import t


def test_a_launch_years_clause_does_not_date_the_investment(tmp_path: Path) -> None:
    text = ("Под Курганом соберут белорусские сеялки\n"
            "Ввод сборочного цеха запланирован на 2028 год, стоимость работ составит 90 млн "
            "рублей.\n")
    fact = facts_by_surface(tmp_path, text, published="2026-04-10")["90 млн рублей"]
    assert fact.metric == "investment" and fact.year is None


def test_the_years_own_clause_still_dates_its_sum(tmp_path: Path) -> None:
    text = ("Белорусский завод расширит склад в Пскове\n"
            "В 2025 году завод вложил в склад под Псковом 40 млн рублей.\n")
    assert facts_by_surface(tmp_path, text, published="2026-04-10")["40 млн рублей"].year == 2025


class _Rates:
    """Rates of 2024 and 2025 only (RUB per USD)."""

    def years(self) -> list[int]:
        return [2024, 2025]

    def convert(self, value: float, currency: str, target: str, year: int) -> SimpleNamespace:
        rate = {2024: 92.0, 2025: 80.0}.get(year)
        return SimpleNamespace(conversion=SimpleNamespace(value=None if rate is None else value / rate))


def test_a_year_with_no_rate_is_converted_at_the_latest_earlier_one_labelled_so() -> None:
    value, year = selection.at_latest_rate(400e6, "RUB", "USD", 2026, _Rates())
    assert (round(value), year) == (5_000_000, 2025)
    label = t("conv.no_rate_latest", "ru", year=2026, rate_year=year, amount="$5 млн")
    assert label.startswith("нет курса за 2026 г.;") and "последнему известному курсу (2025 г.)" in label
    assert selection.at_latest_rate(400e6, "RUB", "USD", 2024, _Rates()) is None  # none before
    assert selection.at_latest_rate(400e6, "USD", "USD", 2026, _Rates()) is None
