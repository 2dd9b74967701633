"""«за полугодие …, а за год — …»: the second figure is the whole year, not the half.

Found by a new user (session 24, finding 4): a governor's «По итогам первого полугодия
рассчитываем выйти на 120 миллионов, а за год — превысить 250 миллионов» put both figures in
the first half-year, and the briefing showed them as a conflict.
"""

from __future__ import annotations

import pytest
from conftest import dated_dataset


def _amounts(tmp_path, text: str):
    return dated_dataset(tmp_path, "a.txt", text, "2025-10-20", title="Новости").amounts


@pytest.mark.parametrize("text", [
    "Новости\n\nМэр: «Товарооборот с Беларусью по итогам первого полугодия рассчитываем довести "
    "до 64 миллионов долларов, а за год — превысить 130 миллионов».\n",
    "Новости\n\nЗа девять месяцев экспорт области в Беларусь составил 84 млн долларов, а за год, "
    "по прогнозу министерства, достигнет 115 млн долларов.\n",
    "Новости\n\nВ первом квартале завод отгрузил в Россию продукции на 2,1 млрд рублей, а за весь "
    "год планирует отгрузить на 9 млрд рублей.\n",
])
def test_the_figure_after_za_god_is_the_whole_year_of_the_part(tmp_path, text: str) -> None:
    a = _amounts(tmp_path, text)
    assert a["period"].notna().tolist() == [True, False]
    assert [int(y) for y in a["year"]] == [2025, 2025]


def test_a_year_before_is_no_whole_year(tmp_path) -> None:
    text = "Новости\n\nВ январе–мае экспорт составил 40 млн долларов, за год до этого — 36 млн долларов.\n"
    a = _amounts(tmp_path, text)
    assert a["period"].tolist() == ["январь–май", "январь–май"]
