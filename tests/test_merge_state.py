"""`tables.mergestate`: the register's merge state kept between runs. An article added after
every other in publication order is merged alone, onto the last run's state; anything else
(an article added before the last, changed or removed; a damaged, foreign or missing state)
merges every article. Whichever it is, the tables are a cold run's, byte for byte."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from analysis import cli
from analysis.projects.article_reading import ArticleReading
from analysis.projects.mention import Mention, ReadSentence
from analysis.projects.merging import Project
from analysis.projects.project_index import ProjectIndex
from analysis.tables import dataset, mergestate
from analysis.tables.mergestate import MERGE_FILE, MergeState

# Own texts. a2 and b3 are dated by the years they tell, a1 is not: the merge order is a2, b3,
# a1, then any undated article whose id sorts after «a1».
ARTICLES = {
    "a1": "МАЗ и КАМАЗ соберут автобусы в Твери\n\nМинский автомобильный завод и КАМАЗ подписали "
          "соглашение о создании совместного предприятия по сборке автобусов в Твери. Инвестиции "
          "в проект составят 2 млрд рублей. Запуск производства запланирован на 2026 год.\n",
    "a2": "МТЗ откроет сервисный центр в Новосибирске\n\nМинский тракторный завод откроет "
          "сервисный центр в Новосибирске. Центр начнёт работу в 2025 году, сообщили в компании.\n",
    "b3": "Гомсельмаш наладит сборку комбайнов в Брянской области\n\n«Гомсельмаш» и брянский "
          "партнёр договорились о сборке зерноуборочных комбайнов в Брянске. Первые машины сойдут "
          "с конвейера в 2026 году.\n",
}
# continues a1's venture and a2's centre: the rows hold the evidence of the articles not merged
ADDED = ("В Твери начали собирать автобусы МАЗ\n\nСовместное предприятие Минского автомобильного "
         "завода и КАМАЗа в Твери начало сборку первых автобусов. Сервисный центр МТЗ в "
         "Новосибирске тоже заработал.\n")


@pytest.fixture
def merged(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the articles the register merges, in order (every run appends)."""
    ids: list[str] = []
    real = ArticleReading.run

    def run(self: ArticleReading, figures: list) -> None:
        ids.append(self.article.article_id)
        real(self, figures)

    monkeypatch.setattr(ArticleReading, "run", run)
    return ids


def corpus_of(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def extract(corpus: Path, out: Path, cache: Path | None) -> None:
    where = ["--cache", str(cache)] if cache is not None else ["--no-cache"]
    assert cli.main(["extract", str(corpus), "--no-ner", "--jobs", "1", "--out", str(out), *where]) == 0


def assert_a_cold_runs_tables(corpus: Path, out: Path, tmp_path: Path, label: str) -> None:
    cold = tmp_path / f"cold-{label}"
    extract(corpus, cold, None)
    for name in dataset.TABLES:
        for ext in ("csv", "parquet"):
            assert (out / f"{name}.{ext}").read_bytes() == (cold / f"{name}.{ext}").read_bytes(), \
                (label, name, ext)


def test_an_article_added_last_is_merged_alone_onto_the_last_runs_state(
        tmp_path: Path, merged: list[str]) -> None:
    corpus = corpus_of(tmp_path / "corpus", ARTICLES)
    out, cache = tmp_path / "out", tmp_path / "cache"
    extract(corpus, out, cache)
    assert merged == ["a2", "b3", "a1"]
    assert (cache / MERGE_FILE).is_file()
    (corpus / "zz_added.txt").write_text(ADDED, encoding="utf-8")
    merged.clear()
    extract(corpus, out, cache)
    assert merged == ["zz_added"]
    projects = (out / "projects.csv").read_text(encoding="utf-8")
    assert "a1;zz_added" in projects and "a2;zz_added" in projects  # continued across runs
    assert_a_cold_runs_tables(corpus, out, tmp_path, "added")
    merged.clear()
    extract(corpus, out, cache)  # nothing new: nothing merged, the same tables
    assert merged == []
    assert_a_cold_runs_tables(corpus, out, tmp_path, "again")


def test_an_article_added_before_the_last_changed_or_removed_merges_every_article(
        tmp_path: Path, merged: list[str]) -> None:
    corpus = corpus_of(tmp_path / "corpus", ARTICLES)
    out, cache = tmp_path / "out", tmp_path / "cache"
    extract(corpus, out, cache)
    steps = {
        "inserted": lambda: (corpus / "a0_inserted.txt").write_text(ADDED, encoding="utf-8"),
        "changed": lambda: (corpus / "a2.txt").write_text(
            ARTICLES["a2"] + "Инвестиции составят 300 млн рублей.\n", encoding="utf-8"),
        "removed": lambda: (corpus / "b3.txt").unlink(),
    }
    for label, step in steps.items():
        step()
        merged.clear()
        extract(corpus, out, cache)
        assert sorted(merged) == sorted(p.stem for p in corpus.glob("*.txt")), label
        assert_a_cold_runs_tables(corpus, out, tmp_path, label)


def test_a_state_that_cannot_be_trusted_merges_every_article(tmp_path: Path, merged: list[str]) -> None:
    corpus = corpus_of(tmp_path / "corpus", ARTICLES)
    out, cache = tmp_path / "out", tmp_path / "cache"
    extract(corpus, out, cache)
    (corpus / "zz_added.txt").write_text(ADDED, encoding="utf-8")
    good = (cache / MERGE_FILE).read_bytes()
    fmt, context, order, digest, state = pickle.loads(good)
    spoiled = {
        "truncated": good[: len(good) // 2],
        "not a pickle": b"register",
        "another format": pickle.dumps((fmt + 1, context, order, digest, state)),
        "another context": pickle.dumps((fmt, context + "x", order, digest, state)),
        "a changed state": pickle.dumps((fmt, context, order, digest, state[:-9] + b"." * 9)),
        "no article": pickle.dumps((fmt, context, [], digest, state)),
        "missing": None,
    }
    for label, data in spoiled.items():
        if data is None:
            (cache / MERGE_FILE).unlink()
        else:
            (cache / MERGE_FILE).write_bytes(data)
        merged.clear()
        extract(corpus, out, cache)
        assert sorted(merged) == ["a1", "a2", "b3", "zz_added"], label
        assert_a_cold_runs_tables(corpus, out, tmp_path, label.replace(" ", "-"))
    # a kept state names articles by id: the texts are not in it
    assert ARTICLES["a1"][:40].encode() not in (cache / MERGE_FILE).read_bytes()


def test_a_state_is_bound_to_this_runs_articles_or_not_taken(tmp_path: Path) -> None:
    corpus = corpus_of(tmp_path / "corpus", ARTICLES)
    extract(corpus, tmp_path / "out", tmp_path / "cache")
    from analysis import ingest

    articles = {a.article_id: a for a in ingest.load_corpus(corpus).articles}
    index = ProjectIndex()
    project = Project(region=None, kind="assembly")
    index.append(project)
    project.add(_mention(), articles["a1"])
    state = MergeState(tmp_path, "ctx", [("a1", "k1")])
    state.keep(index)
    resumed = MergeState(tmp_path, "ctx", [("a1", "k1"), ("a2", "k2")]).resume(articles)
    assert resumed is not None and resumed[1] == 1
    again = resumed[0]
    assert again.all[0].evidence[0].article is articles["a1"]  # this run's article itself
    assert again.first("assembly", None, lambda p: True) is again.all[0]  # filed again
    assert MergeState(tmp_path, "ctx", [("a1", "k1")]).resume({}) is None  # a1 not in the run
    assert MergeState(tmp_path, "ctx", [("a1", "other")]).resume(articles) is None
    assert MergeState(tmp_path, "ctx2", [("a1", "k1")]).resume(articles) is None


def _mention() -> Mention:
    sentence = ReadSentence(start=0, end=10, paragraph=0, text="")
    return Mention(sentence=sentence, kind="assembly", status="planned", enterprises={"МАЗ"},
                   region=None)


def test_keep_leaves_no_file_when_the_folder_cannot_be_written(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("x")
    MergeState(blocked, "ctx", [("a1", "k1")]).keep(ProjectIndex())  # no OSError raised
    assert not (tmp_path / mergestate.MERGE_FILE).exists()
