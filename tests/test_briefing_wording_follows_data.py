"""The regional briefing's wording follows its data (new user, session 24, finding 3): a
region whose trade is told only for part of a year is not told «Показателей торговли в
выборке нет» above a table of its trade, and the briefing shows the region's agreements.

The text is written for this test in the manner of a regional ministry's release."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import briefing_of, tag_free

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "briefing.ipynb"
RELEASE = ("Пензенскую область посетила делегация Брестского облисполкома\n\n"
           "ПЕНЗА, 14 октября. Правительство Пензенской области и Брестский облисполком подписали "
           "два соглашения на общую сумму 730 млн рублей. По словам министра, за восемь месяцев "
           "текущего года товарооборот Пензенской области с Беларусью составил 96,4 млн долларов, "
           "а экспорт региона в республику вырос до 41,2 млн долларов.\n")
META = "file,title,source,url,published\nrelease.txt,Визит,Минэкономики,https://a.example/1,2026-10-14\n"


def test_a_region_with_only_part_of_a_years_trade_is_told_so(tmp_path: Path) -> None:
    b = briefing_of(tmp_path / "c", {"release.txt": RELEASE, "metadata.csv": META}, lang="ru",
                    region="Пензенская область")
    full, part = tag_free(b.trade_table(partial=False)), tag_free(b.trade_table(partial=True))
    assert "96,4 млн" in part
    assert "Показателей торговли в выборке нет" not in full
    assert "за полный год" in full and "за часть года" in full


def test_the_briefing_notebook_shows_the_agreements_with_the_money(tmp_path: Path) -> None:
    cells = ["".join(c["source"]) for c in json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]]
    money = next(c for c in cells if 'b.heading("money")' in c)
    assert "b.deals_table()" in money
    b = briefing_of(tmp_path / "c", {"release.txt": RELEASE, "metadata.csv": META}, lang="ru",
                    region="Пензенская область")
    assert "730 млн руб." in tag_free(b.deals_table())
