"""The CSV tables grouped by article written by rows (`analysis.tables.csvrows`): an
unchanged article's rows copied from the last run's file, the rest formatted alone; every
file byte for byte what pandas writes whole, and every precondition that fails falls back
to the whole write."""

from __future__ import annotations

import marshal
import math
from pathlib import Path

import pandas as pd
import pytest
from by_rows_runs import keys_of, warm_and_cold_runs

from analysis.tables import csvrows, dataset
from analysis.tables.csvrows import CsvRows, article_runs, record_ends

# awkward cells: missing values of every kind, floats that print long or in exponent
# form, quotes, separators, newlines, carriage returns, Cyrillic and other scripts
ROWS = {
    "a1": [("1,2 млрд «рублей»", 1.2e9, 3, True, "Кемерово")],
    "a2": [('он сказал: "да"', float("nan"), 4, False, None),
           ("строка\nс переводом", 0.1 + 0.2, 5, True, "line\r\nbreak")],
    "a3": [("", 1e-7, 6, False, "日本語 ✓"), ("x,y", -0.0, 7, True, '"')],
    "a4": [(None, math.inf, 8, False, "конец")],
}
COLUMNS = ["article_id", "surface", "value", "n", "flag", "note"]


def frame(rows: dict[str, list[tuple]], order: list[str] | None = None) -> pd.DataFrame:
    return pd.DataFrame([(aid, *row) for aid in (order or list(rows)) for row in rows[aid]],
                        columns=COLUMNS)


def whole(table: pd.DataFrame, path: Path) -> bytes:
    table.to_csv(path, index=False, encoding="utf-8")
    return path.read_bytes()


def write_by_rows(table: pd.DataFrame, keys: dict[str, str], cache: Path, out: Path,
                  name: str = "amounts") -> CsvRows:
    """One run's CSV of `table` into `out` (the last run's file there), as `store.write` does."""
    rows = CsvRows(cache, keys, context="USD")
    rows.open()
    new = out / f".{name}.new"
    rows.write(name, table, new, out / f"{name}.csv")
    rows.written(name, csvrows.hashlib.sha256(new.read_bytes()).hexdigest())
    new.replace(out / f"{name}.csv")
    rows.save()
    return rows


def test_an_added_article_is_spliced_and_the_file_is_what_pandas_writes_whole(
        folders: tuple[Path, Path], tmp_path: Path) -> None:
    cache, out = folders
    first = {k: v for k, v in ROWS.items() if k != "a3"}
    done = write_by_rows(frame(first), keys_of(first), cache, out)
    assert done.spliced == []  # no index yet: written whole, and indexed
    assert (out / "amounts.csv").read_bytes() == whole(frame(first), tmp_path / "w1.csv")
    done = write_by_rows(frame(ROWS), keys_of(ROWS), cache, out)  # a3 added in the middle
    assert done.spliced == ["amounts"]
    assert (out / "amounts.csv").read_bytes() == whole(frame(ROWS), tmp_path / "w2.csv")


def test_a_changed_and_a_removed_article_are_spliced_right(
        folders: tuple[Path, Path], tmp_path: Path) -> None:
    cache, out = folders
    write_by_rows(frame(ROWS), keys_of(ROWS), cache, out)
    changed = {**ROWS, "a2": [("другое «значение»\n", 2.5, 9, False, "новое")]}
    changed.pop("a4")
    keys = {**keys_of(changed), "a2": "key-a2-changed"}
    done = write_by_rows(frame(changed), keys, cache, out)
    assert done.spliced == ["amounts"]
    assert (out / "amounts.csv").read_bytes() == whole(frame(changed), tmp_path / "w.csv")
    # and the index written by a splice serves the next run
    again = write_by_rows(frame(ROWS), keys_of(ROWS), cache, out)
    assert again.spliced == ["amounts"]
    assert (out / "amounts.csv").read_bytes() == whole(frame(ROWS), tmp_path / "w2.csv")
    # three files written, the last `KEEP` indexed (the first and third are the same file)
    index = marshal.loads((cache / csvrows.INDEX_FILE).read_bytes())
    assert len(index["tables"]["amounts"]) == csvrows.KEEP == 2


def test_an_empty_table_and_an_article_with_no_rows(folders: tuple[Path, Path], tmp_path: Path) -> None:
    cache, out = folders
    empty = frame({})
    write_by_rows(empty, {}, cache, out)
    assert (out / "amounts.csv").read_bytes() == whole(empty, tmp_path / "e.csv")
    done = write_by_rows(frame(ROWS), keys_of(ROWS), cache, out)  # from an empty file
    assert (out / "amounts.csv").read_bytes() == whole(frame(ROWS), tmp_path / "w.csv")
    assert done.spliced in ([], ["amounts"])
    write_by_rows(empty, {}, cache, out)
    assert (out / "amounts.csv").read_bytes() == whole(empty, tmp_path / "e2.csv")


@pytest.mark.parametrize("why", ["types", "file", "index", "entry", "context", "too many", "no key",
                                 "order"])
def test_every_failed_precondition_writes_the_table_whole(
        folders: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, why: str) -> None:
    cache, out = folders
    write_by_rows(frame(ROWS), keys_of(ROWS), cache, out)
    table, keys, context = frame(ROWS), keys_of(ROWS), "USD"
    if why == "types":  # a column's type changed: every cell of it prints differently
        table = table.assign(n=table["n"].astype(float))
    elif why == "file":  # the file on disk is not the one indexed
        (out / "amounts.csv").write_bytes((out / "amounts.csv").read_bytes() + b"a9,,,,,\n")
    elif why == "index":
        (cache / csvrows.INDEX_FILE).write_bytes(b"\x00damaged")
    elif why == "entry":  # an entry cut short: its ranges cannot be read
        index = marshal.loads((cache / csvrows.INDEX_FILE).read_bytes())
        index["tables"]["amounts"][0]["bounds"] = index["tables"]["amounts"][0]["bounds"][:-3]
        (cache / csvrows.INDEX_FILE).write_bytes(marshal.dumps(index))
    elif why == "context":
        context = "EUR"
    elif why == "too many":
        monkeypatch.setattr(csvrows, "MOST_NEW", 0)
        keys = {**keys, "a1": "key-a1-changed"}
    elif why == "no key":
        keys.pop("a1")
    elif why == "order":  # one article's rows in two runs
        table = pd.concat([table, table.iloc[:1]], ignore_index=True)
    rows = CsvRows(cache, keys, context=context)
    rows.open()
    rows.write("amounts", table, out / "new.csv", out / "amounts.csv")
    assert rows.spliced == []
    assert (out / "new.csv").read_bytes() == whole(table, tmp_path / "w.csv")


def test_without_a_cache_folder_nothing_is_indexed(tmp_path: Path) -> None:
    rows = CsvRows(None, keys_of(ROWS), context="USD")
    rows.open()
    rows.write("amounts", frame(ROWS), tmp_path / "a.csv", tmp_path / "missing.csv")
    rows.save()
    assert rows.after == {} and list(tmp_path.iterdir()) == [tmp_path / "a.csv"]


def test_record_ends_skip_newlines_inside_quotes() -> None:
    data = b'h\n1,"a\nb"\n2,"""q""\n"\n3,x\n'
    assert record_ends(data.splitlines(keepends=True)) == [2, 10, 21, 25]


def test_article_runs_refuse_an_article_in_two_runs() -> None:
    assert article_runs(frame(ROWS)) == [("a1", 0, 1), ("a2", 1, 3), ("a3", 3, 5), ("a4", 5, 6)]
    assert article_runs(frame(ROWS, ["a1", "a2", "a1"])) is None
    assert article_runs(pd.DataFrame({"x": [1]})) is None


# ---------------------------------------------------------------- the whole command

ADDED = """Сборку белорусских тракторов наладят в Смоленской области

Смоленск, 3 апреля. Смоленский завод и «МТЗ» договорились о сборке тракторов. Вложения в
проект оцениваются в 850 млн рублей, первые машины выпустят в 2027 году.
"""


def test_adding_changing_and_removing_an_article_writes_a_cold_runs_bytes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for change, spliced, warm, cold in warm_and_cold_runs(
            tmp_path, monkeypatch, CsvRows, ADDED, "\nИнвестиции составят 5 млрд рублей.\n"):
        # (a table whose content did not change is kept as it is, not written at all)
        assert {"articles", "amounts"} <= set(spliced) <= set(csvrows.BY_ARTICLE), change
        for table in dataset.TABLES:
            for fmt in ("csv", "parquet"):
                assert (warm / f"{table}.{fmt}").read_bytes() == \
                    (cold / f"{table}.{fmt}").read_bytes(), (change, table, fmt)
