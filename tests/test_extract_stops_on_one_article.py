"""One article the per-article step stops on costs that article, not the corpus.

Session 19: a byline's «·» tagged as an organisation stopped a whole extraction with an
IndexError (tests/test_ner_punctuation_spans.py). Whatever the next such bug is, the other
articles' tables are written and the problems table names the file and the error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import entities, money
from analysis.tables.dataset import extract

GOOD = ("Брянская область нарастила торговлю с Беларусью\n"
        "Товарооборот Брянской области с Республикой Беларусь в 2023 году составил "
        "1,2 млрд долларов, сообщили в региональном правительстве.")
ODD = ("Смоленский завод получил заём\n"
       "Фонд развития промышленности выдал смоленскому заводу заём на 80 млн рублей "
       "на выпуск кабин для белорусских тракторов.")


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bryansk.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "smolensk.txt").write_text(ODD, encoding="utf-8")
    return corpus


def _stop_on_the_loan(real):  # a stand-in for the next unknown bug, met by one text only
    def describe(article):
        if "заём" in article.text:
            raise IndexError("list index out of range")
        return real(article)
    return describe


@pytest.mark.parametrize("cached", [False, True])
def test_the_other_articles_are_extracted_and_the_file_is_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cached: bool) -> None:
    monkeypatch.setattr(money, "describe", _stop_on_the_loan(money.describe))
    cache = tmp_path / "cache" if cached else None
    for _ in range(2 if cached else 1):  # the second run reads the stored results
        ds = extract(_corpus(tmp_path) if _ == 0 else tmp_path / "corpus", ner=False,
                     article_cache=cache)
        assert ds.amounts["value"].tolist() == [1.2e9]
        assert len(ds.articles) == 2
        stopped = ds.problems[ds.problems["file"] == "smolensk.txt"]
        assert len(stopped) == 1
        reason = stopped["reason"].iloc[0]
        assert "IndexError: list index out of range" in reason and "report" in reason


def test_a_tagger_batch_that_stops_is_read_one_article_at_a_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = entities.find_entities_many

    def find(articles, ner):
        if any("заём" in a.text for a in articles):
            raise ValueError("tagger met an odd span")
        return real(articles, ner=ner)

    monkeypatch.setattr(entities, "find_entities_many", find)
    ds = extract(_corpus(tmp_path), ner=False)
    assert ds.amounts["value"].tolist() == [1.2e9]
    assert ds.problems["file"].tolist() == ["smolensk.txt"]
    assert "ValueError: tagger met an odd span" in ds.problems["reason"].iloc[0]
