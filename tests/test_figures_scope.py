"""A figure's scope (`analysis.figures.scope`): Russia and Belarus together trading with third
countries is a scope of its own, decided once by the figures stage and carried by the figures
table, the downloads, the plausibility bounds and the series."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from conftest import dataset_of

from analysis.briefing import BriefingState, downloads
from analysis.briefing.whatsnew import compare, read_previous
from analysis.figures import build_figures, figure_rules, national_series
from analysis.tables.dataset import Dataset, extract

ARTICLE = (
    "Автопром двух стран: ставка на свои комплектующие\n"
    "12.02.2024\n"
    "Взаимная торговля России и Беларуси в 2023 году составила 45 млрд долларов.\n"
    "Беларусь экспортировала в Россию продукции на 25 млрд долларов.\n"
    "При этом в 2023 году Беларусь и Россия импортировали автокомпоненты на сумму свыше "
    "19 млрд долларов, отметил вице-премьер.\n"
)


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    return dataset_of(tmp_path_factory.mktemp("scope"), {"autoparts.txt": ARTICLE})


def _by_value(frame: pd.DataFrame, value: float) -> pd.Series:
    rows = frame[(pd.to_numeric(frame["value"]) - value).abs() < 1e6]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_what_the_pair_imported_is_a_scope_of_the_figure(dataset: Dataset) -> None:
    figures = dataset.figures
    assert list(figures.columns).index("scope") == list(figures.columns).index("region") + 1
    joint = _by_value(figures, 19e9)
    assert joint["metric"] == "import" and joint["region"] == "" and joint["scope"] == "pair_abroad"
    assert _by_value(figures, 45e9)["scope"] == "national"  # «взаимная торговля»: bilateral
    assert _by_value(figures, 25e9)["scope"] == "national"
    # each mention of the amounts table carries the scope its figure has
    assert _by_value(dataset.amounts, 19e9)["scope"] == "pair_abroad"
    assert _by_value(dataset.amounts, 45e9)["scope"] == "national"


def test_the_downloads_carry_the_scope(dataset: Dataset) -> None:
    state = BriefingState.load(dataset=dataset, kind="trade_volumes")
    briefing = downloads.briefing_tables(state)["figures"]
    assert _by_value(briefing, 19e9)["scope"] == "pair_abroad"
    assert _by_value(briefing, 45e9)["scope"] == "national"
    corpus = downloads.corpus_tables(dataset)["figures"]
    assert _by_value(corpus, 19e9)["scope"] == "pair_abroad"
    back = pd.read_csv(io.BytesIO(downloads.csv_bytes(briefing)), encoding="utf-8-sig")
    assert sorted(back["scope"]) == ["national", "national", "pair_abroad"]


def test_the_series_keep_the_pairs_trade_apart(dataset: Dataset) -> None:
    assert [p.value for p in national_series(dataset.figures, "import")] == []
    assert [p.value for p in national_series(dataset.figures, "export")] == [pytest.approx(25e9)]
    assert [p.value for p in national_series(dataset.figures)] == [pytest.approx(45e9)]


def _mention(article: str, value: float, sentence: str, metric: str = "import") -> dict:
    surface = f"{value / 1e9:g} млрд долларов".replace(".", ",")
    return {"article_id": article, "file": f"{article}.txt", "start": 40, "end": 40 + len(surface),
            "surface": surface, "value": value, "currency": "USD", "qualifier": "exact",
            "value_low": None, "value_high": None, "implied_currency": False, "metric": metric,
            "year": 2023, "period": None, "region": None, "sentence": sentence,
            "converted_value": value, "converted_currency": "USD"}


def _articles(*ids: str) -> pd.DataFrame:
    return pd.DataFrame([{"article_id": a, "file": f"{a}.txt", "text": f"Статья {a}, номер {i}.",
                          "published": "2024-03-01", "published_precision": "day"}
                         for i, a in enumerate(ids)])


def test_a_pairs_import_and_a_bilateral_one_of_one_size_are_two_figures() -> None:
    rows = [_mention("a", 3e9, "Импорт микроэлектроники Россией и Беларусью в 2023 году "
                               "составил 3 млрд долларов."),
            _mention("b", 3e9, "Импорт белорусской техники в Россию в 2023 году составил "
                               "3 млрд долларов.")]
    figures = build_figures(pd.DataFrame(rows), _articles("a", "b")).figures
    assert sorted(figures["scope"]) == ["national", "pair_abroad"]
    assert figures["figure_id"].is_unique and set(figures["n_sources"]) == {1}


def test_the_pairs_bounds_are_read_from_the_rules() -> None:
    rules = figure_rules()
    assert rules.bounds_for("import", "pair_abroad") == (5e8, 1e12)
    assert rules.bounds_for("import", "national") == (5e8, 5e11)
    rows = [_mention("a", 0.2e9, "Беларусь и Россия импортировали станки на 0,2 млрд долларов в 2023 году.")]
    mention = build_figures(pd.DataFrame(rows), _articles("a")).figures.iloc[0]
    assert mention["scope"] == "pair_abroad" and not mention["plausible"]
    assert "pair_abroad import" in mention["reason"]


def test_the_corpus_tables_without_a_pair_say_national_and_regional(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Товарооборот растёт\n10.02.2024\nТоварооборот Смоленской области с Беларусью в 2023 году "
        "составил 1,2 млрд долларов, а товарооборот России и Беларуси — 45 млрд долларов.\n",
        encoding="utf-8")
    figures = extract(tmp_path, ner=False).figures
    assert dict(zip(figures["region"], figures["scope"], strict=True)) == {
        "Смоленская область": "regional", "": "national"}


def _kept(folder: Path, figures: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """The figures as a previous build kept them (its CSV download), with no projects."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "figures.csv").write_bytes(downloads.csv_bytes(figures))
    (folder / "projects.csv").write_bytes(downloads.csv_bytes(pd.DataFrame(columns=["project_id"])))
    return read_previous(folder)


def test_whats_new_tells_the_pairs_figure_from_a_bilateral_one(dataset: Dataset,
                                                                tmp_path: Path) -> None:
    state = BriefingState.load(dataset=dataset, kind="briefing")
    now = downloads.briefing_tables(state)["figures"]
    none = pd.DataFrame(columns=["project_id"])
    assert compare(now, none, _kept(tmp_path / "same", now)).empty
    # the pair's import called national last time: a new figure now
    before = now.assign(scope=["national"] * len(now))
    changes = compare(now, none, _kept(tmp_path / "relabelled", before))
    assert [r["scope"] for r in changes.new_figures] == ["pair_abroad"]
    # a previous build from before the scope column is compared without it
    older = now.drop(columns=["scope"])
    assert compare(now, none, _kept(tmp_path / "older", older)).empty


def test_a_datasets_amounts_with_their_scope_are_read_again(dataset: Dataset) -> None:
    """A briefing on tables without figures consolidates the dataset's amounts, which carry
    the scope of the run that made them: it is decided again, not added twice."""
    again = build_figures(dataset.amounts.drop(columns=["mention_id"]), dataset.articles)
    assert list(again.amounts["scope"]) == list(dataset.amounts["scope"])
    assert sorted(again.figures["scope"]) == sorted(dataset.figures["scope"])
