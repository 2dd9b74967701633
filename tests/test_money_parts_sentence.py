"""A sentence that opens with «Из них» tells the parts of the figure before it; a figure in the
next paragraph with no cue of its own («В прошлом году за те же месяцы было 634 млн») goes on
about the whole, not about the part told last. Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_the_next_paragraph_goes_on_about_the_whole(tmp_path: Path) -> None:
    text = ("Восемь месяцев с Беларусью\n"
            "Коллеги, коротко о том, как наша область отработала с белорусскими партнёрами.\n"
            "Объём взаимной торговли за январь – август составил 540 млн долларов. Из них наш "
            "экспорт — 210 млн, ввоз белорусской продукции — около 330 млн.\n"
            "В прошлом году за те же месяцы было 498 млн. Так что движение есть.\n")
    got = facts_by_surface(tmp_path, text, published="2025-10-01")
    assert got["540 млн долларов"].metric == "trade_turnover"
    assert got["около 330 млн"].metric == "import"
    assert got["498 млн"].metric == "trade_turnover"
