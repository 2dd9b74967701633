"""`headline_end`: the one definition of where an article's headline (its clean text's first
line) ends, read by money, projects and the briefing (session 34)."""

from __future__ import annotations

from pathlib import Path

from analysis.ingest import headline_end, load_corpus

STORY = ("Смоленский завод начнёт сборку белорусских погрузчиков\n"
         "Первые машины соберут к осени, сообщили в администрации области.")


def test_the_headline_ends_at_the_first_line_break() -> None:
    end = headline_end(STORY)
    assert STORY[:end] == "Смоленский завод начнёт сборку белорусских погрузчиков"
    assert STORY[end] == "\n"


def test_a_text_of_one_line_has_no_headline_end() -> None:
    assert headline_end("Завод выпустил сто погрузчиков.") == -1


def test_a_loaded_article_opens_with_its_headline(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    article = load_corpus(tmp_path).articles[0]
    assert article.text[:headline_end(article.text)] == article.title
