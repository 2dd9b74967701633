"""metadata.csv in sub-folders: a corpus kept one folder per outlet or per year keeps the
dates, URLs and sources its folders state (until session 13 a folder's metadata.csv was
listed as an unsupported file and its dates were lost, so relative years went unresolved)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from analysis.ingest import load_corpus

HEADER = "file,title,source,url,published\n"
TEXT = ("Брянская область нарастила торговлю с Беларусью\n"
        "В прошлом году товарооборот области с республикой составил 1,2 млрд долларов.\n")


def _article(folder: Path, name: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)  # identical files are read once: the folder
    (folder / name).write_text(TEXT + f"Материал из папки {folder.name}.\n", encoding="utf-8")


def test_a_folder_metadata_describes_the_files_of_its_folder(tmp_path: Path) -> None:
    _article(tmp_path / "bryansk", "a.txt")
    _article(tmp_path / "wires" / "2024", "a.txt")
    (tmp_path / "bryansk" / "metadata.csv").write_text(
        HEADER + "a.txt,,Брянские новости,https://bryansk.example/n/1,2023-03-01\n", encoding="utf-8")
    (tmp_path / "wires" / "2024" / "metadata.csv").write_text(
        HEADER + "a.txt,,Агентство,,2024-05-20\n", encoding="utf-8")
    c = load_corpus(tmp_path)
    by_file = {a.file: a for a in c.articles}
    assert by_file["bryansk/a.txt"].published == date(2023, 3, 1)
    assert by_file["bryansk/a.txt"].source == "Брянские новости"
    assert by_file["bryansk/a.txt"].published_evidence == "metadata.csv"
    assert by_file["wires/2024/a.txt"].published == date(2024, 5, 20)
    assert c.problems == []


def test_the_nearer_metadata_wins_and_the_clash_is_reported(tmp_path: Path) -> None:
    _article(tmp_path / "sub", "a.txt")
    (tmp_path / "metadata.csv").write_text(HEADER + "sub/a.txt,,Внешний,,2020-01-01\n", encoding="utf-8")
    (tmp_path / "sub" / "metadata.csv").write_text(HEADER + "a.txt,,Внутренний,,2021-02-02\n",
                                                   encoding="utf-8")
    c = load_corpus(tmp_path)
    (a,) = c.articles
    assert (a.source, a.published) == ("Внутренний", date(2021, 2, 2))
    assert [p.file for p in c.problems] == ["sub/metadata.csv"]
    assert "also described in metadata.csv" in c.problems[0].reason


def test_a_folder_metadata_problem_names_its_own_file(tmp_path: Path) -> None:
    _article(tmp_path / "sub", "a.txt")
    (tmp_path / "sub" / "metadata.csv").write_text(
        HEADER + "a.txt,,,,31.02.2022\nnone.txt,,,,2022-01-01\n", encoding="utf-8")
    c = load_corpus(tmp_path)
    reasons = {p.file: [] for p in c.problems}
    for p in c.problems:
        reasons[p.file].append(p.reason)
    assert set(reasons) == {"sub/metadata.csv"}
    assert any("bad published date" in r for r in reasons["sub/metadata.csv"])
    assert any("'none.txt'" in r and "unknown" in r for r in reasons["sub/metadata.csv"])


def test_a_folder_date_resolves_the_relative_year(tmp_path: Path) -> None:
    from analysis.tables.dataset import extract
    _article(tmp_path / "bryansk", "a.txt")
    (tmp_path / "bryansk" / "metadata.csv").write_text(HEADER + "a.txt,,,,2023-03-01\n", encoding="utf-8")
    ds = extract(tmp_path, ner=False)
    (row,) = ds.amounts.itertuples()
    assert (row.metric, int(row.year)) == ("trade_turnover", 2022)
