"""What a trade figure covers is a fact field (`analysis.money.goods`): the amounts and figures
tables carry it as `goods`, consolidation keeps one kind of goods' trade apart from the total
of the same year, and the briefing only reads the column."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from conftest import dataset_of, make_article

from analysis.briefing import Briefing
from analysis.briefing.downloads import CONSOLIDATED_COLUMNS, FIGURE_COLUMNS
from analysis.money import AMOUNT_COLUMNS, describe
from analysis.tables.dataset import Dataset

TOTAL = (
    "Товарооборот России и Беларуси вырос\n"
    "14.02.2024\n"
    "Товарооборот России и Беларуси в 2023 году составил 45 млрд долларов, сообщила таможня.\n"
)
FARM = (
    "Аграрии двух стран нарастили взаимные поставки\n"
    "20.02.2024\n"
    "Товарооборот сельскохозяйственной продукции между Россией и Беларусью в 2023 году "
    "составил 9 млрд долларов, сообщили в министерстве.\n"
    "Импорт автокомпонентов из Беларуси в 2023 году достиг 2,5 млрд долларов.\n"
)


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    return dataset_of(tmp_path_factory.mktemp("goods") / "c", {"total.txt": TOTAL, "farm.txt": FARM})


def _turnover_2023(figures: pd.DataFrame) -> pd.DataFrame:
    return figures[(figures["metric"] == "trade_turnover") & (figures["year"] == 2023)]


def test_a_trade_fact_says_which_goods_its_clause_names() -> None:
    text = ("Импорт автокомпонентов вырос\n"
            "Импорт автокомпонентов из Беларуси в 2023 году достиг 2,5 млрд долларов, а "
            "инвестиции в производство тракторов составили 5 млрд рублей.\n")
    facts = {f.amount.surface: f for f in describe(make_article("g1", text, date(2024, 2, 1)))}
    assert facts["2,5 млрд долларов"].metric == "import"
    assert facts["2,5 млрд долларов"].goods == "автокомпоненты"
    # what an investment buys is no part of what the figure is
    assert facts["5 млрд рублей"].metric == "investment" and facts["5 млрд рублей"].goods is None


def test_the_amounts_table_carries_the_goods(both: Dataset) -> None:
    assert "goods" in AMOUNT_COLUMNS and "goods" in both.amounts.columns
    by_surface = dict(zip(both.amounts["surface"], both.amounts["goods"], strict=True))
    assert by_surface["9 млрд долларов"] == "сельхозпродукция"
    assert by_surface["2,5 млрд долларов"] == "автокомпоненты"
    assert pd.isna(by_surface["45 млрд долларов"])


def test_one_kind_of_goods_is_never_a_source_of_the_total(both: Dataset,
                                                          tmp_path: Path) -> None:
    rows = _turnover_2023(both.figures)
    total = rows[rows["goods"].fillna("") == ""]
    farm = rows[rows["goods"] == "сельхозпродукция"]
    assert len(total) == 1 and len(farm) == 1
    assert float(total["value"].iloc[0]) == 45e9 and not bool(total["conflict"].iloc[0])
    assert int(total["n_sources"].iloc[0]) == 1
    assert float(farm["value"].iloc[0]) == 9e9
    # the total's id is what it was without the goods figure beside it
    alone = dataset_of(tmp_path / "alone", {"total.txt": TOTAL}).figures
    assert total["figure_id"].iloc[0] == _turnover_2023(alone)["figure_id"].iloc[0]
    assert farm["figure_id"].iloc[0] != total["figure_id"].iloc[0]


def test_the_national_series_has_the_total_only(both: Dataset) -> None:
    from analysis.figures.series import national_series

    assert [(p.year, p.value) for p in national_series(both.figures)] == [(2023, 45e9)]


def _plain(fragment: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", fragment)))


def test_the_briefing_reads_the_column_in_either_language(both: Dataset) -> None:
    ru = _plain(Briefing.load(dataset=both, lang="ru").trade_table())
    en = _plain(Briefing.load(dataset=both, lang="en").trade_table())
    # (the imports come from Belarus: their measure says so, `test_trade_flow`)
    assert "товарооборот: сельхозпродукция" in ru and "импорт России из Беларуси: автокомпоненты" in ru
    assert "trade turnover: farm products" in en.lower() and \
        "russia's imports from belarus: auto components" in en.lower()
    # the briefing reads the column, not the sentence: a figure the tables say covers no
    # goods is the total, whatever its sentence says
    briefing = Briefing.load(dataset=both, lang="ru")
    row = next(r for r in briefing.figures.to_dict("records") if r.get("goods") == "автокомпоненты")
    assert briefing.measure({**row, "goods": None, "flow": None}) == "импорт"


def test_the_downloads_carry_the_goods() -> None:
    assert FIGURE_COLUMNS.index("goods") == FIGURE_COLUMNS.index("metric") + 1
    assert CONSOLIDATED_COLUMNS.index("goods") == CONSOLIDATED_COLUMNS.index("metric") + 1
