"""What a figure measures and when, for the causes round 20's dev part showed (session 17,
issue 10): car and truck market results, state credits, dairy supplies by region, banks'
results, trade representatives' interviews, IT exports, plant anniversaries, building
materials. One case per cause at least; the texts are written for this test in the style of
such news.

- a sentence that ranks the markets of a maker's export told before («Крупнейшие рынки —
  Москва (12,4 млн долларов), Казань (5,1 млн)») gives shares of that export: its metric and
  time; «рынки» there is no cue of its own;
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase as Case
from conftest import facts_by_surface

_MARKETS = ("Мебельщики нарастили поставки\n"
            "ЗАО «Пинскдрев» за январь–сентябрь экспортировало в Россию мебели на $48,2 млн. "
            "Основные рынки — Москва (12,4 млн долларов), Нижний Новгород (5,1 млн) и Казань "
            "(3,7 млн).\n")

CASES = [
    Case("a ranked market takes the export's metric", _MARKETS, "2021-10-20", "12,4 млн долларов",
         "metric", "export"),
    Case("a ranked market takes the export's period", _MARKETS, "2021-10-20", "5,1 млн",
         "period", "январь–сентябрь"),
    Case("a ranked market takes the export's year", _MARKETS, "2021-10-20", "3,7 млн",
         "year", 2021),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round20_fact(case: Case, tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, case.text, published=case.published)
    assert getattr(facts[case.surface], case.field) == case.want
