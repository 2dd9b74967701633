"""An ordinal that counts machines is no part of what a project makes: a trade-press headline
«собрали тысячный трактор «Беларус»» put «Тысячный трактор» in the briefing's project table
(a new user's corpus, session 26)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.projects.labels import is_ordinal, tidy_label
from analysis.tables import dataset


@pytest.mark.parametrize(("label", "tidy"), [
    ("двухсотый комбайн", "комбайн"),
    ("Миллионный трактор «Беларус»", "трактор «Беларус»"),
    ("первые погрузчики", "погрузчики"),
    ("300-й автобус", "автобус"),
    ("новые тракторы", "новые тракторы"),  # a quality, no count: kept
    ("сотый", "сотый"),  # nothing else left: kept as it is
])
def test_a_leading_ordinal_leaves_the_label(label: str, tidy: str) -> None:
    assert tidy_label(label) == tidy


def test_ordinals_in_words_and_in_figures_and_nothing_else() -> None:
    assert all(map(is_ordinal, ["пятисотый", "вторая", "1000-го", "50-я"]))
    assert not any(map(is_ordinal, ["белорусский", "тракторный", "1000", "МТЗ-82"]))


def test_a_headline_with_an_ordinal_names_the_machine_in_the_register(tmp_path: Path) -> None:
    (tmp_path / "sborka.txt").write_text(
        "В Рязани собрали пятисотый погрузчик «Амкодор»\n\n"
        "Рязанская область. Местная компания «Окский машзавод» с 2023 года собирает в Рязани "
        "фронтальные погрузчики белорусского холдинга «Амкодор». С начала года здесь "
        "собрали пятисотый погрузчик.\n", encoding="utf-8")
    ds = dataset.extract(tmp_path, ner=False)
    products = list(ds.projects["product"])
    assert products, "the assembly is a project"
    assert not any(p.lower().startswith("пятисот") for p in products)


@pytest.mark.parametrize(("label", "tidy"), [
    # the same session: «Амкодор» «откроет сервисный центр для своей дорожно-строительной техники»
    ("ремонтная база для своих погрузчиков", "ремонтная база для погрузчиков"),
    ("Склад своей запчасти", "Склад запчасти"),
    ("свои", "свои"),  # nothing else left: kept
])
def test_a_reflexive_possessive_leaves_the_label(label: str, tidy: str) -> None:
    assert tidy_label(label) == tidy
