"""A large cold corpus: its articles built in a child process and read back from the loader's
cache (`analysis.tables.coldload`), its entities table set aside in a temporary file while
the register and the figures run (`analysis.tables.spill`), its tables let go as they are
written (`store.write(let_go=True)`). None changes a table or a file, and a cold run's
tables hash as a warm run's (`tables.unchanged`: the manifest's digests)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import SEEDS

from analysis import entities, ingest
from analysis.tables import coldload, dataset, spill
from analysis.tables.compact import frame_in_parts
from analysis.tables.unchanged import content_digest


def found_entities(part: list[ingest.Article]) -> pd.DataFrame:
    return entities.entities_frame(part, ner=False)


def test_a_table_set_aside_comes_back_as_the_frame_made_in_parts(tmp_path: Path) -> None:
    articles = ingest.load_corpus(SEEDS).articles
    whole = frame_in_parts(found_entities, articles, part=2)
    aside = spill.set_aside(found_entities, articles, str(tmp_path), part=2)
    assert isinstance(aside, spill.Aside) and aside.file is not None and aside.table is None
    back = spill.read_back(aside)
    pd.testing.assert_frame_equal(back, whole)
    assert content_digest(back) == content_digest(whole)


def test_a_table_that_cannot_be_set_aside_is_kept(tmp_path: Path) -> None:
    articles = ingest.load_corpus(SEEDS).articles
    aside = spill.set_aside(found_entities, articles, str(tmp_path / "no such folder"), part=2)
    assert isinstance(aside, spill.Aside) and aside.file is None
    pd.testing.assert_frame_equal(spill.read_back(aside),
                                  frame_in_parts(found_entities, articles, part=2))


def test_a_corpus_of_one_part_is_not_set_aside() -> None:
    articles = ingest.load_corpus(SEEDS).articles
    made = spill.set_aside(found_entities, articles, part=len(articles))
    assert isinstance(made, pd.DataFrame) and spill.read_back(made) is made


def story(i: int) -> str:
    return (f"Завод в Гомеле выпустит {i + 10} тысяч тракторов\n\n"
            f"Вложения в новый цех составят {i + 2},5 млрд рублей, сообщил директор "
            f"предприятия. Сборку начнут в 202{i % 7} году.\n")


def write_stories(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"s{i:02d}.txt").write_text(story(i), encoding="utf-8")
    return folder


def test_a_cold_corpus_is_built_in_a_child_and_read_back_from_the_loaders_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = write_stories(tmp_path / "corpus", 6)
    cache = tmp_path / "cache"
    memo = cache / dataset.LOADED_SHELF
    monkeypatch.setattr(coldload, "COLD_FILES", 3)  # six files unknown: cold
    assert coldload.is_cold(corpus, memo, "v1|")
    assert coldload.build_in_child(corpus, memo, "v1|", max_bytes=ingest.MAX_ARTICLE_BYTES)
    assert not coldload.is_cold(corpus, memo, "v1|")  # the child stored every file
    assert coldload.is_cold(corpus, memo, "v2|")  # another code's entries are not its own

    class Stages:
        def __init__(self) -> None:
            self.names: list[str] = []

        def stage(self, name: str, total: int | None = None) -> None:
            self.names.append(name)

        def advance(self, steps: int = 1) -> None:
            pass

    monkeypatch.setattr(coldload, "COLD_FILES", 3)
    children: list[Path] = []
    build = coldload.build_in_child

    def watched(corpus_dir: Path, *args, **kwargs) -> bool:
        children.append(corpus_dir)
        return build(corpus_dir, *args, **kwargs)

    monkeypatch.setattr(dataset, "build_in_child", watched)
    progress = Stages()
    cold = dataset.extract(corpus, ner=False, article_cache=cache, progress=progress)
    assert children == [corpus]
    # this process read every file's articles from the cache the child wrote
    assert "reading files: 0 read, 6 from the cache" in progress.names
    warm = dataset.extract(corpus, ner=False, article_cache=cache)
    assert children == [corpus]  # known now: loaded here
    alone = dataset.extract(corpus, ner=False)  # no cache: built here, as before
    # (before `tables()`, which makes a frame of each table made without pandas)
    for name, table in cold.stored_tables().items():
        assert content_digest(table) == content_digest(warm.stored_tables()[name]), name
        assert content_digest(table) == content_digest(alone.stored_tables()[name]), name
    for name, frame in alone.tables().items():
        pd.testing.assert_frame_equal(cold.tables()[name], frame, obj=name)


def test_a_child_load_tells_its_stages_and_every_step_to_the_progress(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = write_stories(tmp_path / "corpus", 5)
    monkeypatch.setattr(coldload, "COLD_FILES", 3)  # five files unknown: cold
    memo = tmp_path / "cache" / dataset.LOADED_SHELF

    class Told:
        def __init__(self) -> None:
            self.stages: list[tuple[str, int | None]] = []
            self.steps: dict[str, int] = {}

        def stage(self, name: str, total: int | None = None) -> None:
            self.stages.append((name, total))
            self.steps[name] = 0

        def advance(self, steps: int = 1) -> None:
            self.steps[self.stages[-1][0]] += steps

    told = Told()
    assert coldload.build_in_child(corpus, memo, "v1|", max_bytes=ingest.MAX_ARTICLE_BYTES,
                                   progress=told)
    names = [name for name, _ in told.stages]
    # this process's own stage line, then the loader's stages as the child ran them
    assert names[0].endswith("(in a child process)")
    assert "reading files: 5 read, 0 from the cache" in names
    assert "splitting and cleaning articles" in names
    for name, total in told.stages[1:]:
        assert told.steps[name] == total, name  # every step told, none twice
    assert not coldload.is_cold(corpus, memo, "v1|")  # and the child stored every file


def test_a_large_corpus_sets_its_entities_aside_and_writes_the_same_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = write_stories(tmp_path / "corpus", 7)
    plain = dataset.extract(corpus, ner=False)
    dataset.write(plain, tmp_path / "plain")
    kept: list[object] = []
    back = dataset.read_back

    def watched(table: object) -> pd.DataFrame:
        kept.append(table)
        return back(table)

    monkeypatch.setattr(dataset, "read_back", watched)
    monkeypatch.setattr(dataset, "PART_ARTICLES", 2)  # four parts, through Arrow
    parts = dataset.extract(corpus, ner=False, article_cache=tmp_path / "cache")
    assert len(kept) == 1 and isinstance(kept[0], spill.Aside) and kept[0].file is not None
    assert len(parts.entities) >= 7
    dataset.write(parts, tmp_path / "parts")
    for name in ("entities.csv", "entities.parquet", "amounts.csv", "projects.csv"):
        assert (tmp_path / "parts" / name).read_bytes() == (tmp_path / "plain" / name).read_bytes()


@pytest.mark.parametrize("large", [False, True])
def test_tables_let_go_as_they_are_written_make_the_same_files_and_manifest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, large: bool) -> None:
    from analysis.tables import store

    if large:  # every table's buffers handed back too
        monkeypatch.setattr(store, "RELEASE_ARTICLES", 1)
    kept = dataset.extract(SEEDS, ner=False)
    spent = dataset.extract(SEEDS, ner=False)
    dataset.write(kept, tmp_path / "kept")
    written: list[str] = []
    write_table = store._write_table

    def watched(frame, path, *args, **kwargs):
        written.append(path.name)
        return write_table(frame, path, *args, **kwargs)

    monkeypatch.setattr(store, "_write_table", watched)
    dataset.write(spent, tmp_path / "spent", let_go=True)
    assert written[-2:] == ["articles.csv", "articles.parquet"]  # the texts last
    assert all(spent.stored_tables()[name] is None for name in dataset.TABLES)
    assert kept.stored_tables()["articles"] is not None
    names = sorted(p.relative_to(tmp_path / "kept") for p in (tmp_path / "kept").rglob("*"))
    assert names == sorted(p.relative_to(tmp_path / "spent") for p in (tmp_path / "spent").rglob("*"))
    for name in names:  # meta.json too: its tables listed in the same order
        if (tmp_path / "kept" / name).is_file():
            assert (tmp_path / "spent" / name).read_bytes() == (tmp_path / "kept" / name).read_bytes()
