"""analysis.ingest.chrome and .glued: site chrome removal, sources, glued-article splitting, taglines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import LEAD, SEED, TITLES, assert_offsets_exact, lines, load_seeds, load_single

from analysis.ingest import Article, load_corpus
from analysis.ingest.chrome import clean, detect_taglines, title_of
from analysis.ingest.glued import split_articles
from analysis.ingest.segments import txt_paragraphs


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    return load_seeds()


def test_seed_chrome_is_removed(seeds: dict[str, Article]) -> None:
    tagline = "Москва сделала геостратегический выбор поддерживать Минск."
    for key in ("000", "003"):
        text = seeds[key].text
        assert tagline not in text
        assert "Telegram-канале" not in text
        assert "читайте в материале" not in text
        assert lines(seeds[key])[0] == TITLES[key]
    a2 = seeds["002"]
    assert not a2.text.startswith("...") and "..." not in lines(a2)
    assert "Власть" not in lines(a2)
    assert "Смоленская народная газета" not in a2.text
    assert lines(a2)[0] == TITLES["002"]
    a4 = seeds["004"]
    assert lines(a4).count(TITLES["004"]) == 1  # headline printed twice
    for chrome in ("Источник: БелТА", "Последние новости", "Читать новость", "Рекомендуем", "7 августа 2025",
                   "Гороскоп", "Осипович"):
        assert chrome not in a4.text, chrome
    assert a4.text.endswith("– заявил глава государства.")
    # 001 has no chrome: its text is the file's text, line for line.
    assert lines(seeds["001"]) == [x for x in SEED["001"].read_text("utf-8").split("\n") if x.strip()]


def test_stated_sources_go_to_the_source_column(seeds: dict[str, Article]) -> None:
    assert seeds["004"].source == "БелТА"
    assert seeds["002"].source == "Смоленская народная газета"
    assert seeds["000"].source == seeds["003"].source == "Евразия.Эксперт"
    assert seeds["001"].source is None


def test_file_of_only_chrome_is_a_problem(tmp_path: Path) -> None:
    c = load_single(tmp_path, "nav.txt", "Последние новости\nВласть\nЧитать новость\n".encode())
    assert c.articles == [] and "chrome" in c.problems[0].reason


def test_two_glued_articles_are_split(tmp_path: Path) -> None:
    raw = SEED["000"].read_bytes() + SEED["003"].read_bytes()
    assert not SEED["000"].read_bytes().endswith(b"\n")  # really glued onto one line
    c = load_single(tmp_path, "glued.txt", raw)
    assert c.problems == []
    first, second = c.articles
    assert (first.article_id, second.article_id) == ("glued", "glued#2")
    assert (first.title, second.title) == (TITLES["000"], TITLES["003"])
    assert first.file == second.file == "glued.txt"
    assert first.published == date(2023, 7, 16) and second.published == date(2022, 7, 4)
    for a in (first, second):
        assert "Москва сделала" not in a.text and "Telegram" not in a.text
        assert a.source == "Евразия.Эксперт"
        assert_offsets_exact(a)
    assert "БЕЛАЗ" not in second.text and "Интелавто" not in first.text


def test_nav_block_then_glued_article(tmp_path: Path) -> None:
    c = load_single(tmp_path, "g.txt", SEED["004"].read_bytes() + SEED["000"].read_bytes())
    assert [a.title for a in c.articles] == [TITLES["004"], TITLES["000"]]
    assert "Рекомендуем" not in c.articles[0].text


def test_taglines_opening_several_files_are_detected(tmp_path: Path) -> None:
    tag = "Союзное вече: новости регионов."
    heads = ["Гомель и Брянск откроют совместный завод", "Витебск поставит автобусы в Псков"]
    for i, head in enumerate(heads):
        (tmp_path / f"{i}.txt").write_text(f"{tag}\n{head}\n{LEAD}\n", encoding="utf-8")
    # Two outlets with the same headline keep it: it is their headline, not a tagline.
    same = "Лукашенко встретился с губернатором"
    (tmp_path / "x.txt").write_text(f"{same}\nПервый вариант новости. {LEAD}\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text(f"{same}\nВторой вариант новости. {LEAD}\n", encoding="utf-8")
    c = load_corpus(tmp_path)
    titles = {a.article_id: a.title for a in c.articles}
    assert titles == {"0": heads[0], "1": heads[1], "x": same, "y": same}
    assert all(tag not in a.text for a in c.articles)


def test_newspaper_sign_off_above_a_news_feed(tmp_path: Path) -> None:
    text = f"Заголовок новости\n{LEAD}\nСмоленская народная газета\nПоследние новости\nГороскоп на неделю\n"
    [a] = load_single(tmp_path, "n.txt", text.encode()).articles
    assert a.source == "Смоленская народная газета" and a.text == f"Заголовок новости\n{LEAD}"


# ---------------------------------------------------------------- rules applied directly


def test_clean_drops_chrome_keeps_text_and_returns_removed_lines() -> None:
    paras = txt_paragraphs("Власть\nЗаголовок\nТекст.\nИсточник: БелТА\nПоследние новости\n7 августа 2025\n")
    cleaned = clean(paras, frozenset())
    assert [p.text for p in cleaned.paras] == ["Заголовок", "Текст."]
    assert cleaned.source == "БелТА"
    assert cleaned.chrome_text == ["Власть", "Источник: БелТА", "Последние новости", "7 августа 2025"]


def test_title_detect_taglines_and_split_directly() -> None:
    assert title_of(txt_paragraphs("Первое предложение. Второе.")) == "Первое предложение"
    assert title_of(txt_paragraphs("Заголовок без точки\nТекст.")) == "Заголовок без точки"
    tag = "Союзное вече: новости регионов."
    files = [txt_paragraphs(f"{tag}\n{head}\n{LEAD}") for head in ("Гомель строит завод", "Витебск и Псков")]
    assert detect_taglines(files) == {tag}
    glued = txt_paragraphs(SEED["000"].read_text("utf-8") + SEED["003"].read_text("utf-8"))
    assert len(split_articles(glued, [])) == 2
