"""A part of a trade sum told with it is marked, and never leads or charts (walk28).

Once a part («…, из них 1,6 млрд …») is a figure of its own rather than a second statement of
its whole (figures/consolidate.py), the trade sections must read it as the money sections do
(`briefing.parts`): the table marks it «часть суммы …», the by-year chart and the lead take
the whole. Texts written for this test.
"""

from __future__ import annotations

from pathlib import Path

from conftest import briefing_of

_TEXT = ("Итоги года: торговля с Беларусью\n"
         "Москва, 12 февраля 2024 года. В 2023 году товарооборот России и Беларуси составил "
         "45 млрд долларов, из них 17 млрд долларов пришлось на расчёты в национальных "
         "валютах.\n")


def test_the_part_is_marked_and_the_whole_leads(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"a.txt": _TEXT}, lang="ru", currency="USD")
    values = sorted(float(v) for v in b.figures["value"])
    assert values == [17e9, 45e9]
    assert float(b.latest_trade()["value"]) == 45e9
    assert [float(r["value"]) for r in b.trade_series(["trade_turnover"])] == [45e9]
    assert "часть суммы" in b.trade_table()
