"""Tables made without pandas (`analysis.plaintable`, `tables.plainwrite`, the figures
stage's plain path): the frames pandas would make, the bytes pandas would write, the same
tables as the frame path a large corpus or the analyst's corrections take, and a run that
adds one article to a corpus never importing pandas."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from conftest import ROOT, SEEDS

from analysis.plaintable import PlainTable, infer_kind
from analysis.quality.gold import read_cases, write_corpus
from analysis.tables import dataset, plainwrite, store

COLUMNS = ["name", "count", "share", "flag", "when", "year", "note", "empty"]
ROWS = [
    {"name": "Минск, «МТЗ»", "count": 3, "share": 1e16, "flag": True, "when": date(2024, 1, 2),
     "year": 2024, "note": 'a "quoted"\nline', "empty": None},
    {"name": None, "count": 4, "share": float("nan"), "flag": False, "when": None, "year": None,
     "note": "", "empty": None},
    {"name": " lead space", "count": -7, "share": -0.0, "flag": True, "when": date(1904, 2, 29),
     "year": 1999, "note": "tab\there", "empty": None},
    {"name": "inf", "count": 0, "share": float("inf"), "flag": False, "when": date(2026, 12, 31),
     "year": 2000, "note": None, "empty": None},
    {"name": "tiny", "count": 1, "share": 1e-05, "flag": True, "when": None, "year": 1,
     "note": "0.30000000000000004", "empty": None},
]
KINDS = {"year": "Int64", "share": "float64"}


def _frame(rows: list[dict], kinds: dict[str, str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=COLUMNS)
    for col, kind in kinds.items():
        frame[col] = frame[col].astype(kind)
    return frame


@pytest.mark.parametrize("values", [
    ["a", None], ["a", float("nan")], [1, 2], [1, None], [1, 2.5], [True, False], [True, None],
    [None, None], [date(2024, 1, 1), None], ["a", 1], [], [1.0, float("nan")],
])
def test_a_columns_type_is_the_one_pandas_infers(values: list) -> None:
    # as the tables are made: a frame of rows
    assert infer_kind(values) == str(pd.DataFrame([{"c": v} for v in values], columns=["c"])["c"].dtype)


@pytest.mark.parametrize("rows", [ROWS, ROWS[:1], []], ids=["rows", "one", "empty"])
def test_the_frame_and_the_files_are_pandas_own(rows: list[dict], tmp_path: Path) -> None:
    frame = _frame(rows, KINDS)
    table = PlainTable.from_rows(rows, COLUMNS, KINDS)
    pd.testing.assert_frame_equal(table.frame(), frame, check_exact=True)
    frame.to_csv(tmp_path / "pandas.csv", index=False, encoding="utf-8")
    plainwrite.write_csv(table, tmp_path / "plain.csv")
    assert (tmp_path / "plain.csv").read_bytes() == (tmp_path / "pandas.csv").read_bytes()
    store.to_parquet(frame, tmp_path / "pandas.parquet")
    plainwrite.write_parquet(table, tmp_path / "plain.parquet")
    by_pandas, plain = pq.read_table(tmp_path / "pandas.parquet"), pq.read_table(tmp_path / "plain.parquet")
    assert plain.equals(by_pandas, check_metadata=True)
    assert (tmp_path / "plain.parquet").read_bytes() == (tmp_path / "pandas.parquet").read_bytes()


def test_a_table_written_a_few_rows_at_a_time_is_pandas_own_file(tmp_path: Path, monkeypatch) -> None:
    # a large table's CSV is made a slice of rows at a time (memory at 100,000 articles):
    # two rows a slice here, so the five rows end in a short slice
    monkeypatch.setattr(plainwrite, "CSV_ROWS", 2)
    frame = _frame(ROWS, KINDS)
    table = PlainTable.from_rows(ROWS, COLUMNS, KINDS)
    frame.to_csv(tmp_path / "pandas.csv", index=False, encoding="utf-8")
    plainwrite.write_csv(table, tmp_path / "plain.csv")
    assert (tmp_path / "plain.csv").read_bytes() == (tmp_path / "pandas.csv").read_bytes()
    store.to_parquet(frame, tmp_path / "pandas.parquet")
    plainwrite.write_parquet(table, tmp_path / "plain.parquet")
    assert (tmp_path / "plain.parquet").read_bytes() == (tmp_path / "pandas.parquet").read_bytes()


def test_a_plain_tables_digest_is_the_hash_of_its_whole_pickle_of_values() -> None:
    # streamed into the hash, the digest (the manifest keeps it) is still the one of the
    # pickle made at once, a cell past a pickle frame (64 KB: a long text, the register's
    # evidence) too
    import hashlib
    import io
    import pickle

    long_note = {**ROWS[0], "note": "Сборка тракторов в Казани. " * 4000}
    table = PlainTable.from_rows([*ROWS, long_note] * 3, COLUMNS, KINDS)
    whole = hashlib.sha256(repr([(c, table.kinds[c]) for c in table.columns]).encode())
    made = io.BytesIO()
    pickler = pickle.Pickler(made, protocol=5)
    pickler.fast = True  # the values alone, not which cells were one object
    pickler.dump([table.data[c] for c in table.columns])
    whole.update(made.getvalue())
    assert plainwrite.plain_digest(table) == whole.hexdigest()


def test_a_plain_table_of_shared_or_copied_cells_has_one_digest() -> None:
    # read from the loader's cache, each file's articles have their own date precision
    # string; built in the same run, they share one: the table is the same, so its digest
    shared = "день"
    rows = [{**row, "note": shared} for row in ROWS]
    copied = [{**row, "note": "".join(shared)} for row in ROWS]
    one, other = (PlainTable.from_rows(r, COLUMNS, KINDS) for r in (rows, copied))
    assert len({id(v) for v in other.data["note"]}) == len(ROWS) > 1
    assert plainwrite.plain_digest(one) == plainwrite.plain_digest(other)
    changed = PlainTable.from_rows([{**row, "note": "месяц"} for row in ROWS], COLUMNS, KINDS)
    assert plainwrite.plain_digest(changed) != plainwrite.plain_digest(one)


def test_rows_formatted_alone_are_the_rows_of_the_whole_file() -> None:
    table = PlainTable.from_rows(ROWS, COLUMNS, KINDS)
    whole = plainwrite.csv_bytes(table)
    parts = plainwrite.csv_bytes(table, 0, 0) + b"".join(
        plainwrite.csv_bytes(table, k, k + 1, header=False) for k in range(len(ROWS)))
    assert parts == whole
    assert table.data["share"][1] is None  # a missing float is held as None, written empty


def test_the_library_versions_are_the_imported_ones() -> None:
    import numpy as np

    assert plainwrite.library_versions() == (pd.__version__, np.__version__)


def _files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.suffix in (".csv", ".parquet")}


@pytest.fixture(scope="module")
def gold_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The money gold set's articles as a corpus folder."""
    return write_corpus(read_cases(ROOT / "tests" / "gold" / "money_in_articles.jsonl"),
                        tmp_path_factory.mktemp("gold") / "corpus")


@pytest.fixture(scope="module")
def plain_and_frames(gold_corpus: Path, tmp_path_factory: pytest.TempPathFactory,
                     ) -> tuple[dataset.Dataset, dataset.Dataset]:
    """The gold corpus extracted on the plain path and on the frame path (a corpus counted
    as larger than one part), with a cache each."""
    tmp = tmp_path_factory.mktemp("plain")
    corpus = gold_corpus
    plain = dataset.extract(corpus, ner=False, article_cache=tmp / "cache-plain")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dataset, "PART_ARTICLES", 0)
        frames = dataset.extract(corpus, ner=False, article_cache=tmp / "cache-frames")
    return plain, frames


def test_the_frame_path_writes_the_plain_paths_bytes(plain_and_frames, tmp_path: Path) -> None:
    plain, frames = plain_and_frames
    made = plain.stored_tables()
    assert all(isinstance(t, PlainTable) for t in made.values())
    on_frames = frames.stored_tables()
    assert all(isinstance(on_frames[t], pd.DataFrame)
               for t in ("amounts", "entities", "figures", "duplicates"))
    assert len(made["figures"]) > 50 and len(made["amounts"]) > 100 and len(made["entities"]) > 100
    store.write(plain, tmp_path / "plain")
    store.write(frames, tmp_path / "frames")
    assert _files(tmp_path / "plain") == _files(tmp_path / "frames")


def test_a_plain_table_read_as_a_frame_is_the_frame_paths(plain_and_frames) -> None:
    plain, frames = plain_and_frames
    for name in dataset.TABLES:
        pd.testing.assert_frame_equal(getattr(plain, name), getattr(frames, name), check_exact=True,
                                      obj=name)
    assert plain.coverage == frames.coverage
    assert plain.corrected_figures == frames.corrected_figures


def test_the_analysts_corrections_take_the_frame_path(gold_corpus: Path, plain_and_frames,
                                                      tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(gold_corpus, corpus)
    first = plain_and_frames[0]
    # a mention of a figure told twice: struck out, its figure stays and says so
    mention = next(m.split(";")[0] for m in first.figures["mention_ids"] if ";" in m)
    (corpus / "corrections.csv").write_text(f"mention_id,action\n{mention},exclude\n", encoding="utf-8")
    corrected = dataset.extract(corpus, ner=False)
    assert isinstance(corrected.stored_tables()["figures"], pd.DataFrame)
    assert corrected.corrected_figures >= 1


# a process of the command line that says, as it ends, whether pandas was imported
WATCHED = """
import atexit, json, pathlib, sys
report = pathlib.Path(sys.argv[1])
atexit.register(lambda: report.write_text(json.dumps("pandas" in sys.modules)))
sys.argv = ["briefing", *sys.argv[2:]]
from analysis.cli import entry
entry()
"""


def _pandas_imported(args: list[str], report: Path, env: dict[str, str]) -> bool:
    subprocess.run([sys.executable, "-c", WATCHED, str(report), *args], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    return json.loads(report.read_text())


@pytest.mark.parametrize("ner", [pytest.param(False, id="no-ner"),
                                 pytest.param(True, id="ner", marks=pytest.mark.slow)])
def test_adding_one_article_never_imports_pandas(ner: bool, tmp_path: Path, monkeypatch) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    env = {**__import__("os").environ, "PYTHONPATH": str(ROOT / "src"),
           "BRIEFING_STARTUP_CACHE": str(tmp_path / "startup")}
    args = ["extract", str(corpus), "--out", str(tmp_path / "out"), "--cache", str(tmp_path / "cache"),
            "--jobs", "1", *([] if ner else ["--no-ner"])]
    _pandas_imported(args, tmp_path / "cold.json", env)
    added = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
    (corpus / "zz_added.txt").write_text("Выпуск добавленный. " + added, encoding="utf-8")
    assert _pandas_imported(args, tmp_path / "added.json", env) is False
    # the same run on the frame path imports it (the check can fail)
    (corpus / "corrections.csv").write_text("mention_id,action\nnone@0-1,exclude\n", encoding="utf-8")
    assert _pandas_imported(args, tmp_path / "corrected.json", env) is True
