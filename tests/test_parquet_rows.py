"""The Parquet tables grouped by article made by rows (`analysis.tables.parquetrows`): an
unchanged article's rows taken from the Arrow table the last run kept in the cache, the rest
converted alone; every file byte for byte what the whole table's conversion writes (pandas' file: see
tests/test_plain_tables.py), and every precondition that fails falls back to the whole
conversion."""

from __future__ import annotations

import marshal
import shutil
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from by_rows_runs import keys_of, warm_and_cold_runs

from analysis.plaintable import PlainTable
from analysis.tables import dataset, parquetrows, plainwrite
from analysis.tables.parquetrows import ParquetRows

# awkward cells: missing values of every kind, long and exponent floats, Cyrillic and other
# scripts, integers with a gap (Int64), dates and text in object columns
ROWS = {
    "a1": [("1,2 млрд «рублей»", 1.2e9, 3, 7, True, "Кемерово", date(2024, 5, 1))],
    "a2": [('он сказал: "да"', float("nan"), 4, None, False, None, None),
           ("строка\nс переводом", 0.1 + 0.2, 5, 2, True, "line\r\nbreak", date(1999, 12, 31))],
    "a3": [("", 1e-7, 6, None, False, "日本語 ✓", date(2030, 1, 1)), ("x,y", -0.0, 7, 9, True, '"', None)],
    "a4": [(None, None, 8, 1, False, "конец", date(1970, 1, 1))],
}
COLUMNS = ["article_id", "surface", "value", "n", "gap", "flag", "note", "day"]
KINDS = {"gap": "Int64"}


def table(rows: dict[str, list[tuple]], order: list[str] | None = None) -> PlainTable:
    data = [dict(zip(COLUMNS, (aid, *row), strict=True)) for aid in (order or list(rows))
            for row in rows[aid]]
    return PlainTable.from_rows(data, COLUMNS, KINDS)


def whole(plain: PlainTable, path: Path) -> bytes:
    plainwrite.write_parquet(plain, path)
    return path.read_bytes()


def write_by_rows(plain: PlainTable, keys: dict[str, str], cache: Path, out: Path,
                  name: str = "amounts", context: str = "USD") -> ParquetRows:
    """One run's Parquet file of `plain` into `out` (the last run's file there), as
    `store.write` does."""
    rows = ParquetRows(cache, keys, context)
    rows.open()
    new = out / f".{name}.new"
    rows.write(name, plain, new, out / f"{name}.parquet")
    new.replace(out / f"{name}.parquet")
    rows.save()
    return rows


def test_the_kinds_of_the_table_are_the_ones_meant() -> None:
    plain = table(ROWS)
    assert [plain.kinds[c] for c in COLUMNS] == [
        "str", "str", "float64", "int64", "Int64", "bool", "str", "object"]
    assert plainwrite.arrow_forms(plain)[-1] == "date32"


def test_an_added_article_is_taken_by_rows_and_the_file_is_the_whole_tables(
        folders: tuple[Path, Path], tmp_path: Path) -> None:
    cache, out = folders
    first = {k: v for k, v in ROWS.items() if k != "a3"}
    done = write_by_rows(table(first), keys_of(first), cache, out)
    assert done.spliced == []  # no index yet: written whole, and indexed
    assert (out / "amounts.parquet").read_bytes() == whole(table(first), tmp_path / "w1.parquet")
    done = write_by_rows(table(ROWS), keys_of(ROWS), cache, out)  # a3 added in the middle
    assert done.spliced == ["amounts"]
    assert (out / "amounts.parquet").read_bytes() == whole(table(ROWS), tmp_path / "w2.parquet")
    # the same as pyarrow reads it back: one chunk a column, the schema with pandas' metadata
    read = pq.read_table(out / "amounts.parquet")
    assert read.equals(plainwrite.arrow_table(table(ROWS)))
    assert read.schema.equals(plainwrite.arrow_table(table(ROWS)).schema, check_metadata=True)


def test_a_changed_and_a_removed_article_are_taken_right(
        folders: tuple[Path, Path], tmp_path: Path) -> None:
    cache, out = folders
    write_by_rows(table(ROWS), keys_of(ROWS), cache, out)
    changed = {**ROWS, "a2": [("другое «значение»\n", 2.5, 9, 4, False, "новое", date(2020, 2, 29))]}
    changed.pop("a4")
    keys = {**keys_of(changed), "a2": "key-a2-changed"}
    done = write_by_rows(table(changed), keys, cache, out)
    assert done.spliced == ["amounts"]
    assert (out / "amounts.parquet").read_bytes() == whole(table(changed), tmp_path / "w.parquet")
    again = write_by_rows(table(ROWS), keys_of(ROWS), cache, out)  # the index a splice wrote
    assert again.spliced == ["amounts"]
    assert (out / "amounts.parquet").read_bytes() == whole(table(ROWS), tmp_path / "w2.parquet")
    # the output file is not what is read: the kept Arrow table is
    (out / "amounts.parquet").unlink()
    changed.pop("a1")
    done = write_by_rows(table(changed), keys, cache, out)
    assert done.spliced == ["amounts"]
    assert (out / "amounts.parquet").read_bytes() == whole(table(changed), tmp_path / "w3.parquet")


def test_a_cache_folder_copied_with_its_times_is_still_used(
        folders: tuple[Path, Path], tmp_path: Path) -> None:
    cache, out = folders
    first = {k: v for k, v in ROWS.items() if k != "a2"}
    write_by_rows(table(first), keys_of(first), cache, out)
    copied = tmp_path / "copied"
    shutil.copytree(cache, copied)  # new inodes, the same sizes and times
    done = write_by_rows(table(ROWS), keys_of(ROWS), copied, out)
    assert done.spliced == ["amounts"]
    assert (out / "amounts.parquet").read_bytes() == whole(table(ROWS), tmp_path / "w.parquet")


def test_an_article_moved_and_articles_reordered(folders: tuple[Path, Path], tmp_path: Path) -> None:
    cache, out = folders
    write_by_rows(table(ROWS), keys_of(ROWS), cache, out)
    order = ["a4", "a2", "a1", "a3"]
    done = write_by_rows(table(ROWS, order), keys_of(ROWS), cache, out)
    assert done.spliced == ["amounts"]
    assert (out / "amounts.parquet").read_bytes() == whole(table(ROWS, order), tmp_path / "w.parquet")


@pytest.mark.parametrize("why", ["schema", "dates to text", "metadata", "context", "kept file",
                                 "not arrow", "no kept file", "index", "entry", "too many", "no key",
                                 "order"])
def test_every_failed_precondition_writes_the_table_whole(
        folders: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, why: str) -> None:
    cache, out = folders
    write_by_rows(table(ROWS), keys_of(ROWS), cache, out)
    plain, keys, context = table(ROWS), keys_of(ROWS), "USD"
    kept = parquetrows.kept_file(cache, "amounts")
    if why == "schema":  # a column's type changed: its Arrow values are not the old ones
        plain = PlainTable.from_rows(
            [dict(zip(plain.columns, row, strict=True)) for row in plain.rows()], COLUMNS,
            {**KINDS, "n": "float64"})
    elif why == "dates to text":  # the dates column now holds text: another type
        plain = table({aid: [(*row[:-1], "2024-05-01" if aid == "a1" else None) for row in rows]
                       for aid, rows in ROWS.items()})
    elif why == "metadata":  # another pandas version in the file's metadata
        monkeypatch.setattr(plainwrite, "library_versions", lambda: ("0.0.1", "0.0.1"))
    elif why == "context":  # another reference currency: the same keys, other values
        context = "EUR"
    elif why == "kept file":  # the kept table is not the one indexed (one row fewer)
        with pa.OSFile(str(kept), "rb") as source:
            fewer = pa.ipc.open_file(source).read_all().slice(1)
        with pa.OSFile(str(kept), "wb") as sink, pa.ipc.new_file(sink, fewer.schema) as writer:
            writer.write_table(fewer)
    elif why == "not arrow":  # a damaged kept file with the stamp the index holds
        size, stamp = kept.stat().st_size, kept.stat().st_mtime_ns
        with kept.open("r+b") as fh:
            fh.write(b"\x00" * size)
        import os
        os.utime(kept, ns=(stamp, stamp))
    elif why == "no kept file":
        kept.unlink()
    elif why == "index":
        (cache / parquetrows.INDEX_FILE).write_bytes(b"\x00damaged")
    elif why == "entry":  # an entry cut short: its ranges cannot be read
        index = marshal.loads((cache / parquetrows.INDEX_FILE).read_bytes())
        index["tables"]["amounts"]["bounds"] = index["tables"]["amounts"]["bounds"][:-3]
        (cache / parquetrows.INDEX_FILE).write_bytes(marshal.dumps(index))
    elif why == "too many":
        monkeypatch.setattr(parquetrows, "MOST_NEW", 0)
        keys = {**keys, "a1": "key-a1-changed"}
    elif why == "no key":
        keys.pop("a1")
    elif why == "order":  # one article's rows in two runs
        plain = PlainTable(plain.columns, {c: [*v, v[0]] for c, v in plain.data.items()}, plain.kinds)
    rows = ParquetRows(cache, keys, context)
    rows.open()
    rows.write("amounts", plain, out / "new.parquet")
    assert rows.spliced == []
    assert (out / "new.parquet").read_bytes() == whole(plain, tmp_path / "w.parquet")


def test_a_range_that_does_not_fit_the_old_file_is_converted(
        folders: tuple[Path, Path], tmp_path: Path) -> None:
    cache, out = folders
    write_by_rows(table(ROWS), keys_of(ROWS), cache, out)
    index = marshal.loads((cache / parquetrows.INDEX_FILE).read_bytes())
    entry = index["tables"]["amounts"]
    bounds = parquetrows.unpacked(entry)
    assert bounds is not None
    bounds[parquetrows.short_key("key-a4")] = (5, 9)  # past the old file's six rows
    entry.update(parquetrows.packed(bounds))
    (cache / parquetrows.INDEX_FILE).write_bytes(marshal.dumps(index))
    done = write_by_rows(table(ROWS), keys_of(ROWS), cache, out)
    assert done.spliced == ["amounts"]
    assert (out / "amounts.parquet").read_bytes() == whole(table(ROWS), tmp_path / "w.parquet")


def test_a_table_not_grouped_by_article_and_an_empty_one_are_written_whole(
        folders: tuple[Path, Path], tmp_path: Path) -> None:
    cache, out = folders
    write_by_rows(table(ROWS), keys_of(ROWS), cache, out, name="figures")
    done = write_by_rows(table(ROWS), keys_of(ROWS), cache, out, name="figures")
    assert done.spliced == [] and done.after == {}
    empty = table({})
    write_by_rows(empty, {}, cache, out)
    assert (out / "amounts.parquet").read_bytes() == whole(empty, tmp_path / "e.parquet")
    done = write_by_rows(table(ROWS), keys_of(ROWS), cache, out)
    assert done.spliced == []  # the empty table was not kept
    assert (out / "amounts.parquet").read_bytes() == whole(table(ROWS), tmp_path / "w.parquet")


ADDED = """Гомель, 12 марта. Гомельский завод и «Ростсельмаш» откроют совместное производство
комбайнов. Объём инвестиций составит 2,4 млрд рублей, а выручка превысит 40 млн долларов.
"""


def test_adding_changing_and_removing_an_article_writes_a_cold_runs_parquet(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for change, spliced, warm, cold in warm_and_cold_runs(
            tmp_path, monkeypatch, ParquetRows, ADDED, "\nВыручка составит 7 млрд рублей.\n"):
        assert {"articles", "amounts"} <= set(spliced) <= {"articles", "amounts", "entities"}, change
        for name in dataset.TABLES:
            assert (warm / f"{name}.parquet").read_bytes() == (cold / f"{name}.parquet").read_bytes(), \
                (change, name)
        # the articles table holds text and dates as objects (Arrow string and date32)
        schema = pq.read_schema(warm / "articles.parquet")
        assert schema.field("text").type == pa.string() and schema.field("published").type == pa.date32()
