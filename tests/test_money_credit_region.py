"""A credit for a plant in a region is that region's; a state's credit is national (session 19).

A new user's own wire story: a bank's credit for a Belarusian maker's assembly plant in a
Russian region came out with no region, and the briefing showed it as «Россия — Беларусь»,
read as a credit between the states.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dataset_of

PLANT = ("Белорусский завод откроет сборку сеялок в Тамбовской области\n"
         "ОАО «Лидагропроммаш» построит в Тамбовской области сборочное производство сеялок. "
         "Общий объём инвестиций в проект оценивается в 1,2 млрд рублей. "
         "Россельхозбанк предоставит инвестору кредит в размере 600 млн рублей на закупку "
         "оборудования.")
STATE = ("Брянская область расширяет связи с Беларусью\n"
         "Губернатор Брянской области провёл переговоры в Минске о поставках техники. "
         "Напомним, ранее Россия выделила Беларуси государственный кредит в размере 1,5 млрд "
         "долларов. Кроме того, Минфин России предоставил кредит на 105 млрд рублей.")


@pytest.fixture(scope="module")
def amounts(tmp_path_factory: pytest.TempPathFactory):
    ds = dataset_of(tmp_path_factory.mktemp("credit"), {"plant.txt": PLANT, "state.txt": STATE})
    return ds.amounts.set_index("surface")


def test_a_banks_credit_for_a_plant_takes_the_plants_region(amounts) -> None:
    assert amounts.loc["600 млн рублей", "metric"] == "credit"
    assert amounts.loc["600 млн рублей", "region"] == "Тамбовская область"


@pytest.mark.parametrize("surface", ["1,5 млрд долларов", "105 млрд рублей"])
def test_a_states_credit_stays_national(amounts, surface: str) -> None:
    assert amounts.loc[surface, "metric"] == "credit"
    assert not isinstance(amounts.loc[surface, "region"], str)


def test_the_briefing_does_not_call_a_money_figure_with_no_region_the_two_states(
        tmp_path: Path) -> None:
    from analysis.briefing import Briefing

    own = ("Минский завод модернизирует цеха\n"
           "ОАО «МАЗ» в 2025 году направит на модернизацию сварочного цеха 40 млн долларов, "
           "сообщили на предприятии.")
    b = Briefing.load(dataset=dataset_of(tmp_path, {"maz.txt": own}), lang="ru",
                      kind="investments")
    table = b.money_table()
    assert "$40" in table and "регион не назван" in table and "Россия — Беларусь" not in table
    by_region = b.money_by_region()  # the table by region names it the same way
    assert "регион не назван" in by_region and "Россия — Беларусь" not in by_region
