"""A metadata.csv row with more cells than its header (a new user's title with an unquoted
comma, session 23): the message names the file, the row and both counts, and nothing of the
shifted row is used — not the URL read as a date, nor a piece of the title read as the source."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from analysis.ingest import load_corpus

HEADER = "file,title,source,url,published\n"
TEXT = ("Брянская область нарастила торговлю с Беларусью\n"
        "В прошлом году товарооборот области с республикой составил 1,2 млрд долларов.\n")


def test_a_row_with_an_unquoted_comma_is_named_and_not_used(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT.replace("Брянская", "Псковская"), encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        HEADER
        + "a.txt,Брянск: не слова, а контракты,Брянские новости,https://bryansk.example/n/1,2024-03-01\n"
        + "b.txt,Псков торгует,Псковская лента,,2024-04-02\n", encoding="utf-8")
    c = load_corpus(tmp_path)
    by_file = {a.file: a for a in c.articles}
    reasons = [p.reason for p in c.problems if p.file == "metadata.csv"]
    assert any("row 2 has 6 fields, the header has 5" in r for r in reasons), reasons
    assert not any("bad published date" in r for r in reasons), reasons
    shifted = by_file["a.txt"]
    assert shifted.published != date(2024, 3, 1) or shifted.published_inferred
    assert shifted.source != " а контракты" and shifted.source != "а контракты"
    assert by_file["b.txt"].published == date(2024, 4, 2)
    assert by_file["b.txt"].source == "Псковская лента"
