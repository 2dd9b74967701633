"""A new user's briefing findings (session 23 walkthrough), in texts written for the test: a
release whose lead paragraph names the Belarusian partner is about Belarus throughout (its
project's cost, its credit line's tranches and currency limit); a paragraph that recalls
background («Напомним, …») is not about what the title names."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CREDIT_LINE_RELEASE, briefing_of, tag_free

from analysis.briefing import Briefing

RELEASE = "Банк профинансирует новый завод в Калужской области\n" + CREDIT_LINE_RELEASE

DISTRICT = (
    "Новые «Беларусы» пришли в хозяйства района\n"
    "Агрофирма «Заря» Кармаскалинского района купила четыре трактора «Беларус-1523» за 30 млн "
    "рублей. Раньше такие машины хозяйству приходилось заказывать через Уфу.\n"
    "Напомним, в прошлом году аграрии района получили на обновление техники 52 млн рублей "
    "господдержки. В этом году на эти цели предусмотрено ещё 60 млн рублей.\n")

UNRELATED = "Беларусь рядом не названа"


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    return briefing_of(tmp_path_factory.mktemp("release"), {"release.txt": RELEASE}, lang="ru")


def _row_of(table: str, amount: str) -> str:
    at = table.index(amount)
    return table[at:at + 160]


@pytest.mark.parametrize("amount", ["4,5 млрд руб.", "1,2 млрд руб.", "900 млн руб.", "до $8 млн"])
def test_a_releases_lead_naming_the_partner_covers_every_figure(release: Briefing, amount: str) -> None:
    row = _row_of(tag_free(release.money_table()), amount)
    assert UNRELATED not in row.split("[")[0], row


def test_the_releases_project_cost_leads_as_linked_to_belarus(release: Briefing) -> None:
    assert "Крупнейшая сумма инвестиций, связанная с Беларусью, — 4,5 млрд" in tag_free(release.lead())


def test_a_recalled_paragraph_is_not_about_the_title(tmp_path: Path) -> None:
    # (its region comes from the lead, «Кармаскалинского района» with «Уфу»: a place, not a
    # Belarusian side)
    b = briefing_of(tmp_path, {"district.txt": DISTRICT}, lang="ru")
    table = tag_free(b.money_table())
    assert "Республика Башкортостан 60 млн" in table
    assert UNRELATED in _row_of(table, "60 млн руб.")
    assert "60 млн" not in tag_free(b.lead())


COLUMN = (
    "Союз в цифрах\n"
    "Взаимная торговля России и Беларуси в 2024 году составила 52,4 млрд долларов. В 2023 году "
    "товарооборот равнялся 49,8 млрд долларов.\n"
    "Для сравнения: в 2018 году товарооборот двух стран составил 33,1 млрд долларов.\n")


@pytest.fixture
def bar_positions(monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, ...]]:
    """The positions of every bar series drawn while the test runs (a spy on `charts._bars`)."""
    from analysis.briefing import charts

    drawn: list[tuple[float, ...]] = []
    real = charts._bars

    def spy(ax: object, horizontal: bool, pos: list[float], *args: object, **kw: object) -> object:
        drawn.append(tuple(pos))
        return real(ax, horizontal, pos, *args, **kw)

    monkeypatch.setattr(charts, "_bars", spy)
    return drawn


def test_the_turnover_chart_puts_its_years_on_a_year_axis(tmp_path: Path,
                                                        bar_positions: list[tuple[float, ...]]) -> None:
    b = briefing_of(tmp_path, {"column.txt": COLUMN}, lang="ru")
    assert b.trade_by_year_chart(["trade_turnover"])
    # (drawn twice: for the text column and for a phone, on the same year axis)
    assert bar_positions == [(2018.0, 2023.0, 2024.0)] * 2


def test_a_chart_of_categories_keeps_them_evenly_spaced(bar_positions: list[tuple[float, ...]]) -> None:
    from analysis.briefing import charts

    charts.bar_chart(["а", "б", "в"], {"ряд": [1.0, 2.0, 3.0]}, ylabel="млрд", fmt="svg")
    assert bar_positions == [(0.0, 1.0, 2.0)]
