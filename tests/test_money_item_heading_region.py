"""A digest item headed by its place gives that place to a figure of the item that names none.

Found by a new user (session 24, finding 8): «2️⃣ Калужская область. На площадке … запустили
сборку … Инвестиции — 740 млн рублей» — the register put the project in Kaluga oblast, the
overview's investment table said «регион не назван».
"""

from __future__ import annotations

import pytest
from conftest import dated_dataset


def _amounts(tmp_path, body: str):
    return dated_dataset(tmp_path, "d.txt", "Коротко за неделю\n\n" + body, "2025-11-14",
                         title="Коротко").amounts


_FIRST_ITEM = "Белстат подвел итоги: торговля Омской и Томской областей с Беларусью растет.\n\n"


@pytest.mark.parametrize("number", ["2️⃣ ", "2. ", ""])
def test_an_items_place_heading_gives_its_investment_a_region(tmp_path, number: str) -> None:
    body = _FIRST_ITEM + (f"{number}Тверская область. В индустриальном парке запустили сборку белорусских "
            "лифтов «Могилевлифтмаш». Мощность — 400 лифтов в год. Уровень локализации — 30%. "
            "Инвестиции — 520 млн рублей.\n")
    a = _amounts(tmp_path, body)
    assert a.iloc[-1]["region"] == "Тверская область"


def test_a_sentence_opening_an_item_is_no_heading(tmp_path) -> None:
    body = _FIRST_ITEM + ("Новости. В индустриальном парке запустили сборку лифтов. Мощность — 400 "
                          "лифтов в год. Уровень локализации — 30%. Инвестиции — 520 млн рублей.\n")
    a = _amounts(tmp_path, body)
    assert a["region"].isna().all()
