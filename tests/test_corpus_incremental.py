"""Incremental extraction: the register merges from cached per-article project readings,
the loader builds only changed files, the NER models load only when a sentence is tagged."""

from __future__ import annotations

import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

from analysis import ingest, projects
from analysis.projects import ProjectReading, read_projects
from analysis.quality.gold import read_cases, write_corpus
from analysis.tables import dataset
from analysis.tables.shelf import Shelf

GOLD = ROOT / "tests" / "gold"


def gold_articles(tmp_path: Path, name: str) -> list[ingest.Article]:
    folder = write_corpus(read_cases(GOLD / name), tmp_path / name)
    return ingest.load_corpus(folder).articles


@pytest.mark.parametrize("name", ["projects_in_articles.jsonl",
                                  "projects_in_articles_more_genres.jsonl"])
def test_the_register_merged_from_pickled_readings_equals_the_register_read_anew(
        tmp_path: Path, name: str) -> None:
    articles = gold_articles(tmp_path, name)
    readings = {a.article_id: pickle.loads(pickle.dumps(read_projects(a))) for a in articles}
    anew = projects.build_register(articles)
    merged = projects.build_register(articles, readings=readings)
    assert len(anew) > 10
    assert merged.equals(anew)


def test_a_reading_keeps_no_text_and_no_tokens(tmp_path: Path) -> None:
    article = gold_articles(tmp_path, "projects_in_articles.jsonl")[0]
    reading = read_projects(article)
    assert reading.plain  # the first gold article tells a project
    stored = [m for ms in [*reading.plain.values(), *reading.adjacent.values()] for m in ms]
    assert all(m.sentence.text == "" and not m.sentence.tokenised for m in stored)
    # the text is far larger than what the merge needs of it
    assert len(pickle.dumps(reading)) < len(pickle.dumps(article))


def test_a_reading_bound_to_another_article_is_refused(tmp_path: Path) -> None:
    first, second = gold_articles(tmp_path, "projects_in_articles.jsonl")[:2]
    with pytest.raises(ValueError, match="bound to another text"):
        read_projects(first).reader(second)


def test_the_merge_does_not_change_the_stored_reading(tmp_path: Path) -> None:
    articles = gold_articles(tmp_path, "projects_in_articles.jsonl")
    readings = {a.article_id: read_projects(a) for a in articles}
    before = pickle.dumps(readings)
    first = projects.build_register(articles, readings=readings)
    assert pickle.dumps(readings) == before
    assert projects.build_register(articles, readings=readings).equals(first)


def test_a_warm_run_reads_no_article_for_the_register(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    cold = dataset.extract(corpus, ner=False, article_cache=tmp_path / "cache")
    read: list[str] = []
    real = projects.reader.ArticleReader.__init__

    def counting(self: object, article: ingest.Article, ents: list) -> None:
        read.append(article.article_id)
        real(self, article, ents)

    monkeypatch.setattr(projects.reader.ArticleReader, "__init__", counting)
    warm = dataset.extract(corpus, ner=False, article_cache=tmp_path / "cache")
    assert read == []
    assert warm.projects.equals(cold.projects) and len(cold.projects) > 0


def test_the_loader_builds_only_new_or_changed_files(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    plain = ingest.load_corpus(corpus)
    with Shelf(tmp_path / "loaded.sqlite") as memo:
        first = ingest.load_corpus(corpus, memo=memo)
    changed = sorted(corpus.glob("*.txt"))[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nДобавлен абзац.\n",
                       encoding="utf-8")
    asked: list[str] = []

    class Counting(Shelf):
        def put(self, key: str, value: object) -> None:
            asked.append(key)
            super().put(key, value)

    with Counting(tmp_path / "loaded.sqlite") as memo:
        again = ingest.load_corpus(corpus, memo=memo)
    assert len(asked) == 1  # only the changed file was built
    assert [pickle.dumps(a) for a in first.articles] == [pickle.dumps(a) for a in plain.articles]
    assert "Добавлен абзац." in next(a.text for a in again.articles if a.file == changed.name)
    assert [a.article_id for a in again.articles] == [a.article_id for a in plain.articles]


def test_the_loader_memo_reports_the_problems_of_a_remembered_file(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    page = ("<html><head><meta property='article:published_time' content='2099-01-01'>"
            "<title>Сборка тракторов</title></head><body><article><p>В Брянске начали "
            "сборку тракторов «Беларус» на новом заводе компании.</p></article></body></html>")
    (corpus / "future.html").write_text(page, encoding="utf-8")
    plain = ingest.load_corpus(corpus)
    with Shelf(tmp_path / "loaded.sqlite") as memo:
        ingest.load_corpus(corpus, memo=memo)
    with Shelf(tmp_path / "loaded.sqlite") as memo:
        again = ingest.load_corpus(corpus, memo=memo)
    assert again.problems == plain.problems


def test_a_damaged_shelf_entry_reads_as_missing(tmp_path: Path) -> None:
    with Shelf(tmp_path / "s.sqlite") as shelf:
        shelf.put("k", {"a": 1})
    with Shelf(tmp_path / "s.sqlite") as shelf:
        assert shelf.get("k") == {"a": 1}
        assert shelf.db is not None
        shelf.db.execute("UPDATE entries SET value = ?", (b"not a pickle",))
        assert shelf.get("k") is None


def test_a_shelf_that_cannot_be_opened_remembers_nothing(tmp_path: Path) -> None:
    (tmp_path / "s.sqlite").mkdir()  # a folder where the file should be
    with Shelf(tmp_path / "s.sqlite") as shelf:
        shelf.put("k", 1)
        assert shelf.get("k") is None


def test_the_prefix_keeps_entries_of_other_code_apart(tmp_path: Path) -> None:
    with Shelf(tmp_path / "s.sqlite", prefix="code-1") as shelf:
        shelf.put("k", 1)
    with Shelf(tmp_path / "s.sqlite", prefix="code-2") as shelf:
        assert shelf.get("k") is None


@pytest.mark.slow  # loads natasha's models in a process of its own
def test_an_article_with_no_sentence_to_tag_loads_no_ner_model() -> None:
    probe = ("from analysis.entities import find_entities\n"
             "from analysis.entities.ner import natasha_models\n"
             "find_entities('Завтра ожидается дождь.\\nВ четверг будет ветрено.', ner=True)\n"
             "print(natasha_models.cache_info().currsize)\n"
             "find_entities('Губернатор области Иван Петров открыл завод.', ner=True)\n"
             "print(natasha_models.cache_info().currsize)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""})
    assert out.stdout.split() == ["0", "1"]  # loaded only for the sentence with a role


def test_project_reading_is_exported_for_the_cache() -> None:
    assert projects.ProjectReading is ProjectReading
