"""Session 27 (walk40reg): classes read from round 40's dev part, on sentences written here.

* «белорусская столица» (any case, lower case as news writes it) is Minsk: a project «в
  белорусской столице» is sited in Belarus, not at a Russian partner's home named after it.
"""

from __future__ import annotations

import pandas as pd
from conftest import register_of

from analysis.entities import find_regions


def region(row: dict) -> str | None:
    return None if pd.isna(row["region"]) else row["region"]


# ------------------------------------------------------------- «белорусская столица»


def test_the_belarusian_capital_is_minsk_in_every_case():
    for text in ("Завод в белорусской столице расширяют.", "Из белорусской столицы везут кабины.",
                 "Белорусская столица принимает форум."):
        assert [(e.normal, e.type) for e in find_regions(text)] == [("Минск", "region")], text
    # the country's adjective alone stays the country
    assert [e.normal for e in find_regions("белорусской технике")] == ["Беларусь"]


def test_a_venture_in_the_belarusian_capital_is_sited_in_belarus():
    text = ("Фургоны для почты\n"
            "С 2019 года в белорусской столице работает совместное предприятие ООО «БелФургонСтрой». "
            "Его учредители — калужское ООО «ФургонТех» (г. Обнинск) и Минский автомобильный завод.")
    rows = register_of(text)
    assert [(region(r), r["location"], r["kind"]) for r in rows] == [
        (None, "Минск", "joint_venture")], rows
