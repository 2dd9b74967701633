"""Goods sent «в приграничные районы Псковской области» go into that region, as goods sent
«в Псковскую область» do: the flow runs towards it (issue 10, session 27). Texts written for
this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_deliveries_into_a_region_s_districts_go_into_the_region(tmp_path: Path) -> None:
    text = ("Энергетики подвели итоги\n"
            "Гродно, 12 октября 2021 года.\n"
            "РУП «Гродноэнерго» за девять месяцев поставило в приграничные районы Псковской "
            "области электроэнергии на 3,2 млн долларов США.\n")
    got = facts_by_surface(tmp_path, text, published="2021-10-12")
    assert got["3,2 млн долларов США"].flow == "BY→RU"
