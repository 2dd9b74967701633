"""A sum told as «X из этой суммы — …» right after a whole is a part of that whole
(`analysis.money.part_of`), its metric from the noun after its dash («заем» → credit,
`money.own_noun`, `money.parts`), and the register's investment stays the whole
(`projects.investments`)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import dataset_of

from analysis.tables.dataset import Dataset

PLANT = ("МАЗ откроет сборку автобусов в Брянской области\n"
         "БРЯНСК, 4 июня 2025 года. Минский автомобильный завод и брянский партнёр создадут "
         "совместное предприятие по сборке городских автобусов МАЗ в Брянске.\n\n"
         "Стоимость проекта оценивается в 1,6 млрд рублей. Около 700 млн рублей из этой суммы — "
         "льготный заем регионального фонда развития промышленности, остальное вложат партнёры.\n\n"
         "Первые автобусы планируется выпустить в 2026 году.\n")


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    return dataset_of(tmp_path_factory.mktemp("part"), {"plant.txt": PLANT})


def _row(amounts: pd.DataFrame, value: float) -> pd.Series:
    rows = amounts[(pd.to_numeric(amounts["value"]) - value).abs() < 1e6]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_the_part_names_its_whole_and_its_own_money(tables: Dataset) -> None:
    amounts = tables.amounts
    whole, part = _row(amounts, 1.6e9), _row(amounts, 700e6)
    assert whole["metric"] == "investment" and (pd.isna(whole["part_of"]) or whole["part_of"] == "")
    assert part["part_of"] == whole["mention_id"]
    assert part["metric"] == "credit"


def test_the_registers_investment_is_the_whole(tables: Dataset) -> None:
    projects = tables.projects
    assert len(projects) == 1, projects
    assert float(projects.iloc[0]["investment_value"]) == pytest.approx(1.6e9)


def test_a_part_of_the_same_kind_is_no_investment_of_its_own(tmp_path: Path) -> None:
    # the part is investment too («вложат»): still inside the whole, never the project's sum
    text = PLANT.replace("льготный заем регионального фонда развития промышленности, остальное "
                         "вложат партнёры", "средства, которые минский завод вложит в оборудование")
    tables = dataset_of(tmp_path, {"plant.txt": text})
    part = _row(tables.amounts, 700e6)
    assert part["part_of"] == _row(tables.amounts, 1.6e9)["mention_id"]
    assert float(tables.projects.iloc[0]["investment_value"]) == pytest.approx(1.6e9)
