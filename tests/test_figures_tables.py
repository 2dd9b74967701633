"""`briefing extract` writes the figures and duplicates tables, all or nothing, and reads them back."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from analysis.figures import DUPLICATE_COLUMNS, FIGURE_COLUMNS
from analysis.tables import dataset

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "figures"


def test_extract_writes_figures_and_duplicates_in_both_formats(tmp_path: Path) -> None:
    ds = dataset.extract(FIXTURES / "duplicate_reprint", ner=False)
    dataset.write(ds, tmp_path)
    for name, columns in (("figures", FIGURE_COLUMNS), ("duplicates", DUPLICATE_COLUMNS)):
        assert list(pd.read_csv(tmp_path / f"{name}.csv").columns) == columns
        assert list(pd.read_parquet(tmp_path / f"{name}.parquet").columns) == columns
    files = json.loads((tmp_path / "meta.json").read_text(encoding="utf-8"))["files"]
    assert {"figures.parquet", "duplicates.csv"} <= set(files)  # in the manifest: all or nothing
    back = dataset.load(tmp_path)
    pd.testing.assert_frame_equal(back.figures, ds.figures, check_dtype=False)
    assert back.duplicates["file"].tolist() == ds.duplicates["file"].tolist()
    assert back.amounts.columns[0] == "mention_id"


def test_a_corpus_without_amounts_gets_empty_figures_with_their_columns(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "teatr.txt").write_text("Минский театр покажет в Казани три спектакля\n\n"
                                      "Гастроли пройдут в начале осени на сцене местного театра.\n",
                                      encoding="utf-8")
    ds = dataset.extract(corpus, ner=False)
    assert ds.figures.empty and list(ds.figures.columns) == FIGURE_COLUMNS
    assert ds.duplicates.empty and ds.corrected_figures == 0
    dataset.write(ds, tmp_path / "out")
    assert dataset.load(tmp_path / "out").figures.empty


def test_the_cache_carries_the_figures(tmp_path: Path) -> None:
    first = dataset.cached(FIXTURES / "conflict", ner=False)
    again = dataset.cached(FIXTURES / "conflict", ner=False)
    assert len(first.figures) == 2
    pd.testing.assert_frame_equal(first.figures, again.figures)


def test_an_identical_copy_the_loader_read_once_is_listed_as_a_duplicate(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = ("Таможня подвела итоги года\n\nТоварооборот России и Беларуси в 2022 году составил "
            "46,2 млрд долларов, сообщила Федеральная таможенная служба.\n").encode()
    (corpus / "itogi.txt").write_bytes(text)
    (corpus / "itogi - копия.txt").write_bytes(text)
    ds = dataset.extract(corpus, ner=False)
    assert ds.duplicates[["file", "duplicate_of", "kind"]].values.tolist() == [
        ["itogi - копия.txt", "itogi", "identical_file"]]
    assert ds.figures["n_sources"].tolist() == [1]
