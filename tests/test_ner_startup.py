"""Start-up paid once: the start-up cache (gazetteers pickled, natasha's tables memory-mapped),
natasha's taggers built from it tagging exactly as natasha's own, and the NER of several
articles tagged together giving each article's own result (texts written here, in the style
of the news)."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pytest

from analysis.entities import find_entities, find_entities_many
from analysis.entities.enterprises import build_enterprises_gazetteer, enterprises_gazetteer
from analysis.entities.models import NatashaModels, WordIds, load_word_ids
from analysis.entities.regions import build_regions_gazetteer, regions_gazetteer
from analysis.entities.startup import StartupStore, source_key

TEXTS = [
    "Губернатор Кемеровской области Сергей Цивилев встретился с послом Беларуси в России "
    "Дмитрием Крутым. Стороны обсудили сборку карьерных самосвалов БЕЛАЗ в Кузбассе.",
    "Товарооборот вырос на пять процентов.",
    "Компания «Северный Альянс» и ОАО «Гомсельмаш» откроют сервисный центр в Брянске. "
    "Об этом сообщил генеральный директор предприятия Андрей Лебедев.\n"
    "Министерство промышленности Республики Татарстан поддержало проект. "
    "По словам Лебедева, первые комбайны соберут осенью.",
    "Завтра ожидается дождь.",
    "Вице-премьер Белоруссии Виктор Каранкевич провёл переговоры в Ярославле с руководством "
    "Ярославского моторного завода. Томский государственный университет подготовит кадры.",
]


def test_a_stored_value_is_loaded_not_built_again(tmp_path: Path) -> None:
    first, second = StartupStore(tmp_path), StartupStore(tmp_path)
    assert first.load_or_build("table", "k1", lambda: {"a": [1, 2]}) == {"a": [1, 2]}
    assert second.load_or_build("table", "k1", lambda: pytest.fail("built again")) == {"a": [1, 2]}
    assert first.built == ["table"] and second.built == []


def test_a_new_key_builds_again_and_drops_the_old_entry(tmp_path: Path) -> None:
    store = StartupStore(tmp_path)
    store.load_or_build("table", "k1", lambda: 1)
    assert store.load_or_build("table", "k2", lambda: 2) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["table-k2.pickle"]


def test_a_damaged_entry_is_built_again(tmp_path: Path) -> None:
    (tmp_path / "table-k1.pickle").write_bytes(b"not a pickle")
    store = StartupStore(tmp_path)
    assert store.load_or_build("table", "k1", lambda: 7) == 7
    assert pickle.loads((tmp_path / "table-k1.pickle").read_bytes()) == 7


def test_no_folder_or_an_unwritable_one_only_means_building(tmp_path: Path) -> None:
    assert StartupStore(None).load_or_build("t", "k", lambda: 3) == 3
    blocker = tmp_path / "file"
    blocker.write_text("x")  # a file where the folder should be: nothing can be written
    assert StartupStore(blocker / "cache").load_or_build("t", "k", lambda: 4) == 4


def test_stored_arrays_come_back_memory_mapped(tmp_path: Path) -> None:
    table = np.arange(12, dtype=np.uint8).reshape(3, 4)
    StartupStore(tmp_path).arrays("tables", "k", lambda: {"t": table})
    again = StartupStore(tmp_path).arrays("tables", "k", lambda: pytest.fail("built again"))
    mapped = again["t"]
    assert isinstance(mapped.base, np.memmap) and not mapped.flags.writeable
    assert np.array_equal(mapped, table)


def test_the_key_changes_with_a_data_file(tmp_path: Path) -> None:
    one = source_key(["data/regions.csv"])
    assert one != source_key(["data/enterprises.csv"])
    assert one == source_key(["data/regions.csv"])
    assert one != source_key(["data/regions.csv"], ["numpy"])


def test_cached_gazetteers_match_as_freshly_built_ones() -> None:
    text = ("В Кемеровской области и Республике Татарстан, в Орле и в Лиде МТЗ и «Атлант» "
            "с БелАЗом откроют площадки; кузбасские власти поддержали Гомсельмаш.")
    for cached, build in ((regions_gazetteer(), build_regions_gazetteer),
                          (enterprises_gazetteer(), build_enterprises_gazetteer)):
        fresh = pickle.loads(pickle.dumps(build()))  # as the cache keeps it
        assert cached.scan(text) == fresh.scan(text)
        assert cached.scan(text)  # the text names something of each


def test_word_ids_look_up_as_slovnet_does(tmp_path: Path) -> None:
    from natasha.data import NEWS_NER
    from slovnet.const import WORD
    from slovnet.exec.pack import Pack

    with Pack(NEWS_NER) as pack:
        vocab = pack.load_vocab(WORD)
    ids = load_word_ids(StartupStore(tmp_path), NEWS_NER, words=list(vocab.items))
    again = load_word_ids(StartupStore(tmp_path), NEWS_NER)  # from the cache this time
    assert isinstance(again, WordIds) and again.pad_id == vocab.pad_id
    for word in ("завод", "цивилев", "беларуси", "zzzqqq", "<pad>", "", "москва", "ёлка"):
        assert ids.encode(word) == vocab.encode(word) == again.encode(word)


@pytest.mark.slow  # loads natasha's models twice
def test_cached_taggers_tag_as_natashas_own(tmp_path: Path) -> None:
    import natasha

    embedding = natasha.NewsEmbedding()
    own_ner, own_morph = natasha.NewsNERTagger(embedding), natasha.NewsMorphTagger(embedding)
    StartupStore(tmp_path)  # first building the cache, then reading it
    for models in (NatashaModels(StartupStore(tmp_path)), NatashaModels(StartupStore(tmp_path))):
        assert ([m.spans for m in models.ner.map(TEXTS)]
                == [own_ner(t).spans for t in TEXTS])
        words = [t.split() for t in TEXTS]
        assert ([m.tokens for m in models.morph.map(words)]
                == [m.tokens for m in own_morph.map(words)])
    assert isinstance(models.embedding.pq.indexes.base, np.memmap)


@pytest.mark.slow  # natasha's NER
def test_articles_tagged_together_give_what_each_gives_alone() -> None:
    alone = [find_entities(t) for t in TEXTS]
    assert find_entities_many(TEXTS) == alone
    assert find_entities_many(TEXTS[::-1]) == alone[::-1]
    people = {e.normal for found in alone for e in found if e.type == "person"}
    assert {"Сергей Цивилев", "Андрей Лебедев", "Виктор Каранкевич"} <= people


def test_articles_without_ner_are_the_gazetteer_path() -> None:
    assert find_entities_many(TEXTS, ner=False) == [find_entities(t, ner=False) for t in TEXTS]


@pytest.mark.slow  # loads natasha's syntax model twice
def test_the_cached_syntax_parser_parses_as_natashas_own(tmp_path: Path) -> None:
    import natasha

    own = natasha.NewsSyntaxParser(natasha.NewsEmbedding())
    words = [t.split() for t in TEXTS]
    for _ in range(2):  # building the cache, then reading it
        parser = NatashaModels(StartupStore(tmp_path)).syntax
        assert [m.tokens for m in parser.map(words)] == [m.tokens for m in own.map(words)]


@pytest.mark.slow  # loads pymorphy2's dictionary twice
def test_the_normalisers_dictionary_is_natashas_own(tmp_path: Path) -> None:
    import natasha

    own, ours = natasha.MorphVocab(), NatashaModels(StartupStore(tmp_path)).vocab
    assert ours.dictionary.path == own.dictionary.path
    for word in ("Цивилеву", "Лебедевым", "Каранкевичем", "Андрея"):
        assert ([(str(p.tag), p.normal_form) for p in ours.parse(word)]
                == [(str(p.tag), p.normal_form) for p in own.parse(word)])


@pytest.mark.slow  # natasha's NER
def test_a_chunk_of_articles_gives_each_articles_own_result(tmp_path: Path) -> None:
    from analysis.ingest import load_corpus
    from analysis.tables.perarticle import extract_many, extract_one

    for i, text in enumerate(TEXTS):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    articles = load_corpus(tmp_path).articles
    assert len(articles) == len(TEXTS)
    assert extract_many(articles, ner=True) == [extract_one(a, ner=True) for a in articles]
