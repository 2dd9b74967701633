"""An export figure naming no market, followed by one market's share, is the whole: every
market's (`other`), whatever the headline says (money/share_follows.py)."""

from __future__ import annotations

import pytest
from test_facts import facts


@pytest.mark.parametrize("text", [
    "Молочный комбинат нарастил поставки в Россию\n"
    "Экспорт комбината за год достиг 120 млн долларов.\n"
    "На Россию приходится 80% экспорта предприятия.",
    "Экспорт мебели за полугодие составил 54 млн долларов, основная доля – Россия.",
    "Завод расширил продажи в Беларусь\n"
    "Экспортная выручка завода за полугодие — 3,1 млрд рублей. "
    "Беларусь остаётся вторым по значимости рынком после Казахстана.",
])
def test_total_before_a_share_is_every_markets(text: str) -> None:
    found = facts(text)
    assert [(f.metric, f.flow) for f in found] == [("export", "other")]


def test_a_figure_told_for_russia_keeps_its_market() -> None:
    found = facts("Комбинат поставил в Россию продукции на 45 млн долларов. "
                  "На Россию приходится 80% экспорта предприятия.")
    assert [f.flow for f in found] == ["BY→RU"]
