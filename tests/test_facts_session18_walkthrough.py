"""A new user's own texts (session 18 walkthrough): a dateline written in title case with the
full year («Москва, 20 ноября 2025 года.») is a dateline, not the region of the article's trade
figures; «российский экспорт» names the whole country's trade."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import facts_by_surface


def read(tmp_path: Path, text: str, **meta: str) -> dict[str, Any]:
    return facts_by_surface(tmp_path, text, **meta)


def test_title_case_dateline_with_the_year_sets_no_region(tmp_path: Path) -> None:
    text = ("Поставки белорусских станков выросли\n"
            "Москва, 20 ноября 2025 года. Белорусские станкостроители показали новые модели.\n"
            "Поставки станков из Беларуси за год составили 310 млн долларов.\n")
    got = read(tmp_path, text, published="2025-11-20")
    assert got["310 млн долларов"].region is None


def test_title_case_dateline_of_a_region_city_sets_no_region(tmp_path: Path) -> None:
    text = ("Делегация обсудила поставки\n"
            "Воронеж, 3 марта 2024 г. Белорусская делегация посетила агровыставку.\n"
            "Товарооборот с Беларусью в прошлом году составил 50 млрд долларов.\n")
    got = read(tmp_path, text, published="2024-03-03")
    assert got["50 млрд долларов"].region is None


def test_a_region_the_text_names_after_a_title_case_dateline_still_counts(tmp_path: Path) -> None:
    text = ("Брянская область нарастила торговлю\n"
            "Брянск, 14 марта 2025 года. Губернатор подвёл итоги года.\n"
            "Товарооборот Брянской области с Беларусью составил 1,1 млрд долларов.\n")
    got = read(tmp_path, text, published="2025-03-14")
    assert got["1,1 млрд долларов"].region == "Брянская область"


def test_russian_export_is_national(tmp_path: Path) -> None:
    text = ("Итоги торговли за три квартала\n"
            "Взаимный товарооборот вырос на 4%.\n\n"
            "Российский экспорт в Белоруссию за три квартала составил 21,9 млрд долларов.\n")
    got = read(tmp_path, text, published="2025-11-20", source="Тверские ведомости")
    assert got["21,9 млрд долларов"].region is None
