"""«Оборот» of one business (a marketplace, a fair, a restaurant chain, a travel firm) is its
sales, `other`; the two sides' or a region's «оборот» stays their trade (money/turnover.py,
`turnover_owners`)."""

from __future__ import annotations

import pytest
from test_facts import facts


@pytest.mark.parametrize(("text", "metric"), [
    ("Оборот новой площадки в Орше за первый год составил 3,2 млн долларов.", "other"),
    ("Устроители ожидают, что оборот ярмарки в этом году превысит 400 млн рублей.", "other"),
    ("Оборот белорусских ресторанов сети в Москве вырос до 250 млн рублей.", "other"),
    ("Оборот турфирм Гродно за полугодие составил 7,1 млн рублей.", "other"),
    # the region's or the countries' turnover stays trade
    ("Оборот Смоленской области с республикой за полугодие составил 410 млн долларов.",
     "trade_turnover"),
    ("За январь–май оборот с Беларусью составил 96 млн долларов.", "trade_turnover"),
])
def test_whose_turnover(text: str, metric: str) -> None:
    assert [f.metric for f in facts(text)] == [metric]
