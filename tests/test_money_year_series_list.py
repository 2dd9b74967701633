"""A series set line by line under a lead that names its measure: every item is that measure,
each in its own year.

Found by a new user (session 24, finding 3): «Товарооборот по годам, по данным …:» over ten
lines «2015 год — 27,5 млрд долларов;» left all ten `other`, so no table showed the series.
"""

from __future__ import annotations

import pytest
from conftest import dated_dataset


def _amounts(tmp_path, text: str):
    return dated_dataset(tmp_path, "a.txt", text, "2025-03-10", title="Обзор").amounts


@pytest.mark.parametrize(("text", "metric", "years"), [
    ("Обзор\n\nТоварооборот двух стран по годам, по данным статистики:\n"
     "2019 год — 35,6 млрд долларов;\n2020 год — 29,5 млрд долларов;\n"
     "2021 год — 38,5 млрд долларов (оценка).\n", "trade_turnover", [2019, 2020, 2021]),
    ("Обзор\n\nЭкспорт белорусских тракторов в Россию:\n2019 г. — 310 млн долларов\n"
     "2020 г. — 280 млн долларов\n2021 г. — 405 млн долларов\n", "export", [2019, 2020, 2021]),
    ("Обзор\n\nИнвестиции союзных программ в машиностроение:\n— 2022 год — 4,1 млрд рублей;\n"
     "— 2023 год — 5,6 млрд рублей.\n", "investment", [2022, 2023]),
])
def test_items_of_a_year_list_take_the_leads_measure_and_their_own_year(
        tmp_path, text: str, metric: str, years: list[int]) -> None:
    a = _amounts(tmp_path, text)
    assert list(a["metric"]) == [metric] * len(years)
    assert [int(y) for y in a["year"]] == years


def test_a_lead_that_opens_with_a_speaker_gives_no_measure(tmp_path) -> None:
    # the lead's first word is no measure: the items keep their own words
    text = ("Обзор\n\nМинистр торговли рассказал, на что пойдут деньги:\n"
            "— 2024 год — 620 млн рублей на субсидии;\n— 2025 год — 540 млн рублей на гранты.\n")
    a = _amounts(tmp_path, text)
    assert "trade_turnover" not in set(a["metric"])
