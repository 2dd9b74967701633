"""The steps across articles at corpus scale hold columns, not a dict per row, and no second
(UTF-8) copy of each text: the same values as before, in less memory (issue 13)."""

from __future__ import annotations

import hashlib
import io
import pickle
import sys
import tracemalloc

import numpy as np
import pandas as pd
import pytest

from analysis import ingest
from analysis.figures import records
from analysis.figures.consolidate import consolidate
from analysis.figures.duplicates import Duplicates
from analysis.tables.perarticle import article_key
from analysis.tables.unchanged import content_digest

STORY = ("Гродненский завод и партнёры из Калуги запустят сборку тракторов\n\n"
         "Соглашение о локализации подписали в среду; вложения оцениваются в 1,2 млрд рублей, "
         "первые машины сойдут с конвейера в 2026 году.\n")


def mixed_frame(n: int) -> pd.DataFrame:
    return pd.DataFrame({
        "region": pd.array([["Калужская область", None, "Татарстан"][i % 3] for i in range(n)],
                           dtype="str"),
        "year": pd.array([2020 + i % 4 if i % 5 else None for i in range(n)], dtype="Int64"),
        "value": [float(i) if i % 7 else np.nan for i in range(n)],
        "sentence": [f"Товарооборот составил {i} млн долларов." for i in range(n)],
        "published": pd.to_datetime(["2024-03-01", None] * (n // 2)),
    })


@pytest.mark.parametrize("chunk", [3, records.CHUNK])
def test_columns_and_rows_read_as_to_dict_does(monkeypatch, chunk):
    monkeypatch.setattr(records, "CHUNK", chunk)
    frame = mixed_frame(20)
    expected = frame.to_dict("records")
    for row in expected:  # to_dict gives masked NA as NA; the records give None
        row["year"] = None if row["year"] is pd.NA else row["year"]
    got = list(records.iter_records(frame))
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        assert g.keys() == e.keys()
        for key in e:
            assert (pd.isna(g[key]) and pd.isna(e[key])) if pd.isna(e[key]) else g[key] == e[key]
    columns = records.plain_columns(frame)
    for key in frame.columns:
        assert [r[key] for r in got] == columns[key] or all(
            (pd.isna(a) and pd.isna(b)) or a == b for a, b in zip([r[key] for r in got], columns[key],
                                                                   strict=True))
    assert list(records.iter_column(frame["sentence"])) == columns["sentence"]


def test_a_column_of_few_values_holds_each_string_once(monkeypatch):
    monkeypatch.setattr(records, "CHUNK", 4)
    regions = records.plain_columns(mixed_frame(30))["region"]
    kaluga = [v for v in regions if v == "Калужская область"]
    assert len(kaluga) == 10 and all(v is kaluga[0] for v in kaluga)
    # distinct sentences are not gathered into a dict for nothing (still right values)
    assert records.plain_columns(mixed_frame(30))["sentence"][7] == "Товарооборот составил 7 млн долларов."


def series_mentions(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(1)
    frame = pd.DataFrame({
        "metric": ["trade_turnover"] * n, "region": [f"Регион {i % 40}" for i in range(n)],
        "year": pd.array([2000 + i % 10 for i in range(n)], dtype="Int64"), "period": [""] * n,
        "forecast": [False] * n, "currency": ["USD"] * n, "plausible": [True] * n,
        "value": rng.uniform(1, 100, n).round(1), "qualifier": ["exact"] * n, "stated": [True] * n,
        "qualifier_rank": [2] * n, "source_rank": [1] * n,
        "published": pd.to_datetime(["2024-01-01"] * n), "article_id": [f"a{i}" for i in range(n)],
        "mention_id": [f"a{i}@1-5" for i in range(n)], "reason": [""] * n,
        "converted_value": rng.uniform(1, 100, n), "converted_currency": ["USD"] * n})
    frame["low"], frame["high"] = frame["value"] - 0.05, frame["value"] + 0.05
    return frame


def test_consolidation_holds_no_dict_per_mention():
    """20,000 mentions of 40 figures: a dict of every mention at once took ~1.7 KB a mention
    at the peak; a group's dicts at a time and shared strings ~0.75 KB."""
    mentions = series_mentions(20_000)
    tracemalloc.start()
    try:
        table = consolidate(mentions, Duplicates(table=pd.DataFrame(), original={}))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(table) == 40 and table["n_sources"].sum() == 20_000
    assert peak / len(mentions) < 1_100


def test_the_article_key_keeps_no_utf8_copy_of_the_text(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    article = ingest.load_corpus(tmp_path).articles[0]
    before = sys.getsizeof(article.text), sys.getsizeof(article.original)
    key = article_key(article, "code-1", ner=False)
    assert (sys.getsizeof(article.text), sys.getsizeof(article.original)) == before
    assert key == article_key(article, "code-1", ner=False)
    assert key != article_key(article, "code-1", ner=True)


def test_the_articles_table_drops_a_texts_utf8_copy(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    corpus = ingest.load_corpus(tmp_path)
    text = corpus.articles[0].text
    compact = sys.getsizeof(text)
    pickle.dumps(text)  # as the pool does when it hands an article to a worker
    assert sys.getsizeof(text) > compact  # CPython now keeps the UTF-8 copy inside
    table = corpus.articles_frame()
    assert table["text"][0] == text and sys.getsizeof(table["text"][0]) == compact


def test_the_content_digest_is_the_pickle_of_the_values_it_was():
    frame = pd.DataFrame({"x": np.arange(50_000, dtype=np.int64),  # a buffer past a pickle frame
                          "t": [f"строка {i}" for i in range(50_000)]})
    old = hashlib.sha256()
    old.update(repr([(str(c), str(t)) for c, t in frame.dtypes.items()]).encode())
    whole = io.BytesIO()
    pickler = pickle.Pickler(whole, protocol=5)
    pickler.fast = True  # the values alone (`plainwrite.hash_pickle`)
    pickler.dump(frame)
    old.update(whole.getvalue())
    assert content_digest(frame) == old.hexdigest()


def test_a_frame_whose_cells_share_one_object_has_the_digest_of_one_with_copies():
    # a cold run's articles share an encoding's name, a warm run's hold one per file: the
    # same table, the same digest (else the next run writes it again)
    shared = "windows-1251"
    one = pd.DataFrame({"encoding": [shared, shared, shared]})
    copies = pd.DataFrame({"encoding": ["".join(shared) for _ in range(3)]})
    assert len({id(v) for v in copies["encoding"]}) == 3
    assert content_digest(one) == content_digest(copies)
    assert content_digest(one) != content_digest(pd.DataFrame({"encoding": ["utf-8"] * 3}))


@pytest.mark.parametrize("part_runs", [1, 7, 40, 10_000])
def test_run_pairs_counted_a_part_of_the_hash_space_at_a_time_are_the_same(part_runs):
    from analysis.figures.duplicates import _shared_runs

    rng = np.random.default_rng(part_runs)
    for _ in range(20):
        pool = rng.integers(-2**63, 2**63 - 1, size=int(rng.integers(5, 300)), dtype=np.int64)
        runs = [np.unique(rng.choice(pool, size=int(rng.integers(0, 50))))
                for _ in range(int(rng.integers(1, 60)))]
        for max_holders in (2, 3, 50):
            whole = _shared_runs(runs, max_holders, part_runs=10**9)
            parted = _shared_runs(runs, max_holders, part_runs=part_runs)
            for name in ("first", "second", "shared"):
                assert np.array_equal(getattr(whole, name), getattr(parted, name))
