"""A corpus holds each article text once: the articles table refers to the articles' own
strings, a clean .txt's text is its original string, and the sentences the register cached
are released after it. The written tables are unchanged by it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.ingest import load_corpus
from analysis.tables import dataset

STORIES = {
    "mtz.txt": ("Минский тракторный завод соберёт 500 тракторов в Смоленской области\n\n"
                "Сборочное производство откроется в 2025 году. Инвестиции в проект составят "
                "1,2 млрд рублей, сообщили в администрации области.\n"),
    # A wire export: one line a paragraph, no trailing newline; the clean text is the file.
    "belaz.txt": ("БелАЗ и партнёры из Кузбасса договорились о сервисе самосвалов\n"
                  "Стоимость соглашения оценивается в 15 млн долларов. Сервисный центр "
                  "заработает в Кемерове до конца года."),
}


def write_corpus(folder: Path) -> Path:
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "page.html").write_text(
        "<html><head><title>Гомсельмаш в Брянске</title></head><body><article><h1>Гомсельмаш "
        "в Брянске</h1><p>Гомсельмаш начнёт сборку комбайнов в Брянской области; вложения "
        "составят 800 млн рублей.</p></article></body></html>", encoding="utf-8")
    return folder


def test_the_articles_table_refers_to_the_article_texts_instead_of_copying_them(tmp_path: Path) -> None:
    corpus = load_corpus(write_corpus(tmp_path / "c"))
    frame = corpus.articles_frame()
    assert len(frame) == 3
    for article, text in zip(corpus.articles, frame["text"], strict=True):
        assert text is article.text
    assert list(frame.columns[:8]) == ["article_id", "file", "title", "source", "url", "published",
                                       "published_inferred", "text"]


def test_a_clean_text_file_holds_one_string_for_its_text_and_its_original(tmp_path: Path) -> None:
    corpus = load_corpus(write_corpus(tmp_path / "c"))
    by_file = {a.file: a for a in corpus.articles}
    assert by_file["belaz.txt"].text is by_file["belaz.txt"].original
    assert by_file["mtz.txt"].text != by_file["mtz.txt"].original  # blank lines dropped: two
    page = by_file["page.html"]
    assert page.text != page.original and "<p>" in page.original  # a page keeps both


def test_released_sentences_are_made_again_the_same_when_asked_for(tmp_path: Path) -> None:
    article = load_corpus(write_corpus(tmp_path / "c")).articles[0]
    before = list(article.sentences)
    article.release_sentences()
    assert "sentences" not in article.__dict__
    assert article.sentences == before and len(before) >= 2


def test_extracted_tables_write_the_full_texts_and_read_back_equal(tmp_path: Path) -> None:
    ds = dataset.extract(write_corpus(tmp_path / "c"), ner=False)
    assert ds.articles["text"].map(len).tolist() == [len(a) for a in ds.articles["text"]]
    dataset.write(ds, tmp_path / "out")
    back = dataset.load(tmp_path / "out")
    assert back.articles["text"].tolist() == ds.articles["text"].tolist()
    csv = pd.read_csv(tmp_path / "out" / "articles.csv")
    assert csv["text"].str.contains("Инвестиции в проект").sum() == 1
