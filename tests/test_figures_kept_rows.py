"""The figures stage's prepared mention values kept per article (`figures.mentions.prepare`
with `kept`, `tables.derived.ShelvedRows`): values read back make the frame made anew; an
added, changed or removed article, another code version or the analyst's corrections give
the tables of a fresh run, byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from conftest import ROOT

from analysis.figures import mentions, plain_mentions
from analysis.figures.mentions import ROW_COLUMNS, prepare
from analysis.quality.gold import read_cases, write_corpus
from analysis.tables import dataset

GOLD = ROOT / "tests" / "gold"


class DictKept:
    """`KeptRows` in memory, counting what it is asked and given."""

    def __init__(self) -> None:
        self.values: dict[str, dict[str, list]] = {}
        self.asked = 0
        self.put_ids: list[str] = []

    def get(self, article_ids: list[str]) -> dict[str, dict[str, list]]:
        self.asked += 1
        return {a: self.values[a] for a in article_ids if a in self.values}

    def put(self, article_id: str, values: dict[str, list]) -> None:
        self.put_ids.append(article_id)
        self.values[article_id] = values


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(read_cases(GOLD / "money_in_articles.jsonl"),
                        tmp_path_factory.mktemp("kept") / "corpus")


@pytest.fixture(scope="module")
def tables(corpus: Path) -> dataset.Dataset:
    return dataset.extract(corpus, ner=False)


def test_values_read_back_make_the_frame_made_anew(tables, monkeypatch) -> None:
    amounts, articles = tables.amounts, tables.articles
    anew = prepare(amounts, articles)
    kept = DictKept()
    first = prepare(amounts, articles, kept=kept)
    pd.testing.assert_frame_equal(first, anew, check_exact=True)
    with_rows = set(amounts["article_id"])
    assert len(with_rows) > 20 and set(kept.put_ids) == with_rows  # every article kept once
    assert len(kept.put_ids) == len(with_rows)

    def no_making(*_args, **_kwargs):
        raise AssertionError("a kept article's rows were made again")

    monkeypatch.setattr(mentions, "_row_values", no_making)
    again = prepare(amounts, articles, kept=kept)
    pd.testing.assert_frame_equal(again, anew, check_exact=True)
    assert list(again.columns) == list(anew.columns)


def test_an_article_whose_kept_rows_do_not_fit_is_made_again(tables) -> None:
    amounts, articles = tables.amounts, tables.articles
    kept = DictKept()
    prepare(amounts, articles, kept=kept)
    changed = amounts["article_id"].iloc[0]
    kept.values[changed] = {c: v[:-1] if len(v) > 1 else [] for c, v in kept.values[changed].items()}
    kept.put_ids.clear()
    again = prepare(amounts, articles, kept=kept)
    pd.testing.assert_frame_equal(again, prepare(amounts, articles), check_exact=True)
    assert kept.put_ids == [changed]


def test_rows_of_an_article_apart_are_made_as_one(tables) -> None:
    amounts, articles = tables.amounts, tables.articles
    ids = amounts["article_id"]
    first, second = ids[ids == ids.iloc[0]].index, ids[ids != ids.iloc[0]].index[:1]
    swapped = pd.concat([amounts.loc[first[:1]], amounts.loc[second], amounts.loc[first[1:]],
                         amounts.drop(index=[*first, *second])], ignore_index=True)
    if len(first) < 2:
        pytest.skip("the first article has one amount")
    kept = DictKept()
    made = prepare(swapped, articles, kept=kept)
    pd.testing.assert_frame_equal(made, prepare(swapped, articles), check_exact=True)
    assert kept.asked == 0 and not kept.put_ids  # not asked: the rows are made as one


def test_the_columns_made_row_by_row_are_those_kept(tables) -> None:
    kept = DictKept()
    prepare(tables.amounts, tables.articles, kept=kept)
    part = next(iter(kept.values.values()))
    assert tuple(part) == ROW_COLUMNS


def _count_rows_made(monkeypatch) -> list[int]:
    """The rows each pass of the figures stage made anew (not read from kept values), on the
    frame path (`mentions`) and the plain one (`plain_mentions`, a corpus of one part)."""
    made: list[int] = []
    frame_rows, plain_rows = mentions._row_values, plain_mentions._row_values
    monkeypatch.setattr(mentions, "_row_values", lambda out, *a: made.append(len(out)) or frame_rows(out, *a))
    monkeypatch.setattr(plain_mentions, "_row_values",
                        lambda cols, *a: made.append(len(cols["article_id"])) or plain_rows(cols, *a))
    return made


def _written(ds: dataset.Dataset, out: Path) -> dict[str, bytes]:
    dataset.write(ds, out)
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.suffix in (".csv", ".parquet")}


def _same_as_fresh(corpus: Path, cache: Path, tmp: Path, tag: str) -> dataset.Dataset:
    warm = dataset.extract(corpus, ner=False, article_cache=cache)
    fresh = dataset.extract(corpus, ner=False)
    assert _written(warm, tmp / f"{tag}-warm") == _written(fresh, tmp / f"{tag}-fresh")
    return warm


def test_added_changed_and_removed_articles_give_a_fresh_runs_tables(
        corpus: Path, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(corpus, folder)
    cache = tmp_path / "cache"
    dataset.extract(folder, ner=False, article_cache=cache)
    files = sorted(folder.glob("*.txt"))
    made = _count_rows_made(monkeypatch)
    # added: a new article with money; only its rows are made
    (folder / "zz_added.txt").write_text(
        "Экспорт в Беларусь вырос\n\nТоварооборот Смоленской области с Беларусью за 2024 год "
        "составил 1,2 млрд долларов, сообщили в администрации региона. Годом ранее он был "
        "равен 1,05 млрд долларов.\n", encoding="utf-8")
    warm = _same_as_fresh(folder, cache, tmp_path, "added")
    added_rows = int((warm.amounts["file"] == "zz_added.txt").sum())
    # the warm run made the new article's rows; the fresh run (no cache) every row
    assert added_rows == 2 and made == [added_rows, len(warm.amounts)]
    # changed: another figure in an article that had amounts
    made.clear()
    changed = next(f for f in files if f.name in set(warm.amounts["file"]))
    changed.write_text(changed.read_text(encoding="utf-8").replace("млн", "млрд", 1), encoding="utf-8")
    warm = _same_as_fresh(folder, cache, tmp_path, "changed")
    assert made == [int((warm.amounts["file"] == changed.name).sum()), len(warm.amounts)]
    # removed: nothing is made, the others' rows are read
    made.clear()
    (folder / "zz_added.txt").unlink()
    warm = _same_as_fresh(folder, cache, tmp_path, "removed")
    assert made == [len(warm.amounts)]  # the fresh run's only


def test_another_code_version_reads_none_of_the_kept_rows(
        corpus: Path, tmp_path: Path, monkeypatch) -> None:
    cache = tmp_path / "cache"
    before = dataset.extract(corpus, ner=False, article_cache=cache)
    monkeypatch.setattr(dataset, "code_version", lambda: "another-code-version")
    made = _count_rows_made(monkeypatch)
    after = dataset.extract(corpus, ner=False, article_cache=cache)
    assert made == [len(after.amounts)]  # every row made anew, in one pass
    pd.testing.assert_frame_equal(after.figures, before.figures, check_exact=True)


def test_an_analysts_correction_prepares_every_row_anew(
        corpus: Path, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(corpus, folder)
    cache = tmp_path / "cache"
    first = dataset.extract(folder, ner=False, article_cache=cache)
    mention = first.amounts["mention_id"].iloc[0]
    (folder / "corrections.csv").write_text(f"mention_id,action\n{mention},exclude\n", encoding="utf-8")
    asked: list[object] = []
    real = mentions.prepare
    monkeypatch.setattr("analysis.figures.build.prepare",
                        lambda *a, kept=None, **k: asked.append(kept) or real(*a, kept=kept, **k))
    warm = _same_as_fresh(folder, cache, tmp_path, "corrected")
    assert asked and all(k is None for k in asked)
    assert int(warm.figures["corrected"].sum()) >= 1


def test_values_read_and_made_a_few_articles_at_a_time_are_the_same(tables, monkeypatch) -> None:
    monkeypatch.setattr(mentions, "KEPT_PART", 3)
    amounts, articles = tables.amounts, tables.articles
    anew = prepare(amounts, articles)
    kept = DictKept()
    pd.testing.assert_frame_equal(prepare(amounts, articles, kept=kept), anew, check_exact=True)
    assert kept.asked > 5  # asked a part at a time
    for aid in list(kept.values)[::2]:  # every other article made again, the rest read
        del kept.values[aid]
    pd.testing.assert_frame_equal(prepare(amounts, articles, kept=kept), anew, check_exact=True)
