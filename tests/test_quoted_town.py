"""A town's name alone in quotes is the proper name of a thing — a park, a hotel, a plant —
not the town (`analysis.entities.regions.russian_regions_in`): «в технопарке «Кстово»» in an
article about Kaluga oblast leaves the figure the article's region."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import dataset_of

from analysis.entities import russian_regions_in

PLANT = ("Минский завод строит цех в Калужской области\n"
         "КАЛУГА, 12 марта 2025 года. Минский производитель спецтехники начал строить сборочное "
         "производство в Калужской области.\n\n"
         "Первая очередь цеха в индустриальном парке «Кстово» обойдётся в 1,4 млрд рублей, "
         "запуск намечен на осень.\n")


@pytest.mark.parametrize(("text", "regions"), [
    ("Цех разместят в индустриальном парке «Кстово».", []),
    ("Гостиница «Тверь» открылась после ремонта.", []),
    ('Площадку выбрали в технопарке "Заволжье".', []),
    # the town itself, and a town inside a longer quoted name, are still places
    ("Новый цех построят в Кстове.", ["Нижегородская область"]),
    ("Соглашение подписали в Твери.", ["Тверская область"]),
])
def test_a_quoted_town_is_no_place(text: str, regions: list[str]) -> None:
    assert [r.normal for r in russian_regions_in(text, 0, len(text))] == regions


def test_the_figure_keeps_the_articles_region(tmp_path: Path) -> None:
    amounts = dataset_of(tmp_path, {"plant.txt": PLANT}).amounts
    row = amounts[(pd.to_numeric(amounts["value"]) - 1.4e9).abs() < 1e6].iloc[0]
    assert row["region"] == "Калужская область"
