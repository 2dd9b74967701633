"""Sales «в России» are national even when the goods are named at some length between
(«продажи сыров под новой маркой в России»): the region of a Russian firm told earlier is not
theirs (issue 10, session 27). Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_sales_in_russia_with_a_long_object_take_no_region(tmp_path: Path) -> None:
    text = ("Спор о марке\n"
            "Псковская фирма «Северный сыр» подала жалобу на гродненский комбинат.\n"
            "По данным комбината, в 2021 году его продажи сыров под этой маркой в России "
            "составили около 7,2 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2022-06-01")
    assert got["около 7,2 млн долларов"].region is None
