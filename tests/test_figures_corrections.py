"""The analyst's corrections.csv (issue 12): applied before consolidation, never to the corpus;
a correction that matches nothing is reported."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.tables import dataset

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "figures"


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def turnover(ds: dataset.Dataset, year: int) -> pd.Series:
    f = ds.figures
    rows = f[(f["metric"] == "trade_turnover") & (f["region"] == "") & (f["year"] == year) & f["plausible"]]
    assert len(rows) == 1
    return rows.iloc[0]


def test_a_correction_that_excludes_a_figure_removes_it_from_consolidation(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "correction_excludes", corpus)
    before = digests(corpus)
    ds = dataset.extract(corpus, ner=False)
    row = turnover(ds, 2021)
    # the preliminary 38,5 is struck out: no conflict is left, and it is no source any more
    assert not row["conflict"] and row["value_min"] == pytest.approx(38.9e9)
    assert "minek_ocenka" not in row["article_ids"].split(";") and row["corrected"]
    # the amounts table still holds what the article says
    assert (ds.amounts["surface"] == "38,5 млрд долларов").sum() == 1
    # the second line sets the forum's rounded value to the customs figure
    row22 = turnover(ds, 2022)
    assert row22["value_min"] == row22["value_max"] == pytest.approx(46.2e9) and row22["corrected"]
    assert ds.corrected_figures == 2
    assert ds.correction_problems == []
    assert "corrections.csv" not in set(ds.articles["file"])  # a sidecar, never an article
    assert digests(corpus) == before  # nothing in the corpus is edited


def test_a_correction_that_matches_nothing_is_reported_and_the_others_apply(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert main(["extract", str(FIXTURES / "correction_matches_nothing"), "--out", str(out), "--no-ner"]) == 0
    problems = pd.read_csv(out / "problems.csv")
    mine = problems[problems["file"] == "corrections.csv"]["reason"].tolist()
    assert len(mine) == 2
    assert mine[0].startswith("line 2: no mention «41,7 млрд долларов» in minek_ocenka.txt")
    assert mine[1].startswith("line 3: year 'двадцать второй' is not a year")
    err = capsys.readouterr().err
    assert "warning: corrections.csv: line 2" in err and "Traceback" not in err
    figures = pd.read_csv(out / "figures.csv", keep_default_na=False)
    row = figures[(figures["year"] == 2021) & (figures["region"] == "")].iloc[0]
    assert row["corrected"] and "forum_2022" not in row["article_ids"]  # line 4 did apply


def test_a_correction_by_mention_id_can_make_a_figure_regional(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "regional_as_national", corpus)
    first = dataset.extract(corpus, ner=False)
    small = first.amounts[(first.amounts["value"] - 0.96e9).abs() < 1]["mention_id"].iloc[0]
    (corpus / "corrections.csv").write_text(
        f"mention_id,region,note\n{small},Татарстан,the trade representative speaks of Tatarstan\n",
        encoding="utf-8")
    ds = dataset.extract(corpus, ner=False)
    f = ds.figures
    regional = f[f["region"] == "Республика Татарстан"]
    assert len(regional) == 1 and regional.iloc[0]["plausible"] and regional.iloc[0]["corrected"]
    assert f[f["region"] == ""]["plausible"].all()  # nothing implausible is left in the national series


def test_a_corrections_file_in_excel_russian_encoding_and_semicolons_is_read(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "conflict", corpus)
    (corpus / "corrections.csv").write_bytes(
        "file;surface;action\nminek_ocenka.txt;38,5 млрд долларов;exclude\n".encode("cp1251"))
    ds = dataset.extract(corpus, ner=False)
    assert not turnover(ds, 2021)["conflict"] and ds.correction_problems == []


MENTION = 'minek_ocenka.txt,"38,5 млрд долларов"'


@pytest.mark.parametrize(("line", "says"), [
    (f"{MENTION},delete,,", "action 'delete' is not `exclude` or `set`"),
    (",,exclude,,", "name the mention"),
    (f"{MENTION},set,,", "`set` names nothing to set"),
    (f"{MENTION},set,profit,", "metric 'profit' is not one of"),
    (f"{MENTION},set,,Атлантида", "region 'Атлантида' is not a Russian region"),
])
def test_a_bad_correction_line_gets_a_one_line_reason(tmp_path: Path, line: str, says: str) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "conflict", corpus)
    (corpus / "corrections.csv").write_text(f"file,surface,action,metric,region\n{line}\n", encoding="utf-8")
    ds = dataset.extract(corpus, ner=False)
    assert len(ds.correction_problems) == 1
    message = ds.correction_problems[0]
    assert message.startswith("corrections.csv: line 2: ") and says in message and "\n" not in message


def test_a_corrections_file_that_is_not_a_table_is_one_problem_not_a_crash(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "conflict", corpus)
    (corpus / "corrections.csv").write_bytes(b"file,surface,action\nminek_ocenka.txt,\x00\x01,exclude\n")
    ds = dataset.extract(corpus, ner=False)
    assert len(ds.correction_problems) == 1 and "not a CSV table" in ds.correction_problems[0]
    assert turnover(ds, 2021)["conflict"]  # nothing was applied
