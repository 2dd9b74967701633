from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import corpus
from analysis.corpus import ARTICLE_COLUMNS, Article, articles_frame, load_corpus

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED = {p.name[:3]: p for p in sorted(SEEDS.glob("*.txt"))}

TITLES = {
    "000": "В Кемеровской области начнут собирать БЕЛАЗы",
    "001": "Кузбасс расширит сотрудничество с Беларусью",
    "002": "«Российская газета» отметила роль Смоленщины в деле союзной кооперации",
    "003": "Беларусь и Россия будут производить высокотехнологичные компоненты для спецавто",
    "004": "Лукашенко: Беларусь и Россия делают очень большую ставку на промышленную сферу",
}

LEAD = (
    "Минский тракторный завод и российские партнеры договорились о сборке тракторов в Татарстане. "
    "Об этом сообщила пресс-служба предприятия. Объем инвестиций в проект составит 2,5 млрд рублей."
)


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    c = load_corpus(SEEDS)
    assert c.problems == []
    return {a.article_id[:3]: a for a in c.articles}


def assert_offsets_exact(a: Article) -> None:
    for s in a.sentences:
        start, end = a.original_span(s.start, s.end)
        assert a.original[start:end] == s.text == a.text[s.start:s.end]


def lines(a: Article) -> list[str]:
    return a.text.split("\n")


# ---------------------------------------------------------------- seeds


def test_five_seeds_give_five_articles_with_their_titles(seeds: dict[str, Article]) -> None:
    assert {k: a.title for k, a in seeds.items()} == TITLES
    assert all(a.article_id == SEED[k].stem and a.file == SEED[k].name for k, a in seeds.items())


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


def test_every_seed_sentence_is_found_at_its_offsets_in_the_file(seeds: dict[str, Article]) -> None:
    for key, a in seeds.items():
        assert a.original == SEED[key].read_bytes().decode(a.encoding)
        assert len(a.sentences) > 3
        assert_offsets_exact(a)
        assert all(seg.exact for seg in a.segments)
        for seg in a.segments:
            assert a.original[seg.orig_start:seg.orig_start + seg.length] == \
                a.text[seg.clean_start:seg.clean_start + seg.length]


def test_seed_dates_are_inferred_with_evidence(seeds: dict[str, Article]) -> None:
    expected = {
        "000": (date(2023, 7, 16), "day"),
        "001": (date(2025, 6, 1), "month"),
        "002": (date(2025, 10, 21), "day"),
        "003": (date(2022, 7, 4), "day"),
        "004": (date(2022, 1, 1), "year"),
    }
    for key, (when, precision) in expected.items():
        a = seeds[key]
        assert (a.published, a.published_precision) == (when, precision), key
        assert a.published_inferred is True
        assert a.published_evidence
    assert "2024" in seeds["002"].published_evidence
    assert "2025" not in seeds["004"].published_evidence  # the news-feed dates are chrome


def test_sha256_and_frame_columns(seeds: dict[str, Article]) -> None:
    import hashlib

    assert seeds["000"].sha256 == hashlib.sha256(SEED["000"].read_bytes()).hexdigest()
    df = articles_frame(list(seeds.values()))
    assert list(df.columns) == [*ARTICLE_COLUMNS, "published_evidence", "published_precision", "encoding"]
    assert len(df) == 5 and set(df["encoding"]) == {"utf-8"}


def test_sentence_at_finds_the_sentence(seeds: dict[str, Article]) -> None:
    a = seeds["000"]
    for s in a.sentences:
        assert a.sentence_at(s.start) == s
        assert a.sentence_at(s.end - 1) == s
    # The headline is a sentence of its own, not glued to the lead.
    assert a.sentences[0].text == TITLES["000"]


# ---------------------------------------------------------------- encodings


def _load_single(tmp_path: Path, name: str, data: bytes) -> corpus.Corpus:
    folder = tmp_path / "c"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    return load_corpus(folder)


@pytest.mark.parametrize(("codec", "expected"), [("cp1251", "cp1251"), ("koi8-r", "koi8-r"),
                                                 ("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8")])
def test_cyrillic_encodings_are_detected(tmp_path: Path, codec: str, expected: str) -> None:
    # KOI8-R has no «» or –, so the seed's punctuation is simplified for every codec alike.
    text = SEED["003"].read_text("utf-8")
    for fancy, plain in (("«", '"'), ("»", '"'), ("–", "-"), ("№", "N")):
        text = text.replace(fancy, plain)
    c = _load_single(tmp_path, "a.txt", text.encode(codec))
    [a] = c.articles
    assert a.encoding == expected
    assert a.title == TITLES["003"]
    assert a.published == date(2022, 7, 4)
    assert a.source == "Евразия.Эксперт" and "Telegram" not in a.text and "Москва сделала" not in a.text
    raw = (tmp_path / "c" / "a.txt").read_bytes()
    assert raw.decode(a.encoding) == a.original
    assert not a.original.startswith("\ufeff")
    assert_offsets_exact(a)


def test_short_cp1251_and_koi8_texts_are_told_apart(tmp_path: Path) -> None:
    text = "Завод в Гродно выпустит новые тракторы.\nПроизводство начнется осенью, сообщили в компании.\n"
    for codec in ("cp1251", "koi8-r"):
        [a] = _load_single(tmp_path / codec, "x.txt", text.encode(codec)).articles
        assert (a.encoding, a.text) == (codec, text.strip())


# ---------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<title>Минск и Казань договорились о сборке тракторов — Новости Союза</title>
<meta property="og:title" content="Минск и Казань договорились о сборке тракторов">
<meta property="article:published_time" content="2024-03-15T10:20:00+03:00">
<link rel="canonical" href="https://example.by/news/traktor">
<style>body { font-family: sans-serif; }</style>
</head><body>
<header><div class="logo">Новости Союза</div>
<nav><ul><li><a href="/">Главная</a></li><li><a href="/power">Власть</a></li>
<li><a href="/eco">Экономика</a></li><li><a href="/society">Общество</a></li></ul></nav></header>
<main><article>
<div class="rubric">Экономика</div>
<h1>Минск и Казань договорились о сборке тракторов</h1>
<p class="lead">Минский тракторный завод и &laquo;КАМАЗ&raquo; подписали соглашение о&nbsp;сборке тракторов
в Татарстане. Об этом сообщила пресс-служба МТЗ.</p>
<p>Объем инвестиций в проект составит <b>2,5 млрд рублей</b>. Первые машины сойдут с конвейера
   в конце 2024 года, рассказал генеральный директор завода.</p>
<p>Стороны также обсудили поставки комплектующих для сельскохозяйственной техники и локализацию производства
двигателей на площадке в Набережных Челнах.</p>
<p>Читайте актуальные новости и аналитические статьи в Telegram-канале «Евразия.Эксперт».</p>
</article></main>
<aside><h3>Последние новости</h3><ul>
<li><a href="/1">Гороскоп на 7 августа для всех знаков зодиака</a> <span>7 августа 2025</span></li>
<li><a href="/2">В Осиповичах почти десятилетие действует секция таеквон-до</a></li></ul></aside>
<footer><p>© 2024 Новости Союза. Все права защищены. Перепечатка только с разрешения редакции.</p>
<p><a href="/about">О проекте</a> | <a href="/ads">Реклама</a></p></footer>
<script>var promo = "<p>Подпишитесь на рассылку</p>";</script>
</body></html>
"""


def test_html_page_main_text_mapped_into_the_source(tmp_path: Path) -> None:
    c = _load_single(tmp_path, "page.html", PAGE.encode("utf-8"))
    assert c.problems == []
    [a] = c.articles
    assert a.original == PAGE
    assert a.title == "Минск и Казань договорились о сборке тракторов"
    assert a.url == "https://example.by/news/traktor"
    assert (a.published, a.published_inferred) == (date(2024, 3, 15), False)
    assert a.source == "Евразия.Эксперт"
    for chrome in ("Главная", "Гороскоп", "Осиповичах", "Все права защищены", "Реклама", "Telegram",
                   "font-family", "Подпишитесь", "Новости Союза"):
        assert chrome not in a.text, chrome
    assert "Экономика" not in lines(a) and "Власть" not in a.text
    assert "«КАМАЗ» подписали соглашение о сборке тракторов в Татарстане" in a.text
    exact = 0
    for s in a.sentences:
        start, end = a.original_span(s.start, s.end)
        found = a.original[start:end]
        if s.text in PAGE:  # verbatim in the source: the contract is exact equality
            assert found == s.text
            exact += 1
        else:  # entities, tags or line breaks inside: the span still covers the sentence
            visible = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", found)))
            assert visible == s.text
    assert exact >= 2


def test_html_in_cp1251_with_declared_charset(tmp_path: Path) -> None:
    page = PAGE.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" '
                        'content="text/html; charset=windows-1251">').replace("©", "(c)")
    [a] = _load_single(tmp_path, "p.htm", page.encode("cp1251")).articles
    assert a.encoding == "windows-1251" and a.original == page
    assert a.title == "Минск и Казань договорились о сборке тракторов"


def test_html_without_article_text_is_a_problem(tmp_path: Path) -> None:
    page = "<html><head><title>Вход</title></head><body><nav><a href='/'>Главная</a></nav></body></html>"
    c = _load_single(tmp_path, "login.html", page.encode())
    assert c.articles == []
    assert [p.file for p in c.problems] == ["login.html"]
    assert "no article text" in c.problems[0].reason


# ---------------------------------------------------------------- bad input


def test_bad_files_are_listed_not_fatal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED["001"].read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b" \n\r\n\t\n")
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "noise.txt").write_bytes(bytes([0x01, 0x02, 0x03, 0x1b, 0x7f, 0x90]) * 100)
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "memo.docx").write_bytes(b"PK\x03\x04")
    (folder / "locked.txt").write_bytes(SEED["000"].read_bytes())
    (folder / ".DS_Store").write_bytes(b"\x00\x00")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    c = load_corpus(folder)
    assert [a.article_id for a in c.articles] == ["good"]
    reasons = {p.file: p.reason for p in c.problems}
    assert set(reasons) == {"empty.txt", "blank.txt", "blob.txt", "noise.txt", "report.pdf", "memo.docx",
                            "locked.txt"}
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.txt"]
    assert "binary" in reasons["blob.txt"] and "binary" in reasons["noise.txt"]
    assert "unsupported" in reasons["report.pdf"] and "unsupported" in reasons["memo.docx"]
    assert "unreadable" in reasons["locked.txt"] and "Permission denied" in reasons["locked.txt"]
    assert list(c.problems_frame().columns) == ["file", "reason"]


def test_undecodable_bytes_are_a_problem(tmp_path: Path) -> None:
    import random

    rnd = random.Random(1)
    data = bytes(rnd.choice(range(0x80, 0x100)) for _ in range(3000))
    c = _load_single(tmp_path, "junk.txt", data)
    assert c.articles == []
    [problem] = c.problems
    assert "undecodable" in problem.reason or "binary" in problem.reason


def test_damaged_utf8_is_a_problem_that_says_where(tmp_path: Path) -> None:
    raw = SEED["001"].read_bytes()
    c = _load_single(tmp_path, "cut.txt", raw[:500] + b"\xff" + raw[500:])
    assert c.articles == [] and "offset 500" in c.problems[0].reason


def test_folder_with_nothing_readable(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.pdf").write_bytes(b"%PDF")
    c = load_corpus(tmp_path)
    assert c.articles == [] and len(c.problems) == 2
    assert articles_frame(c.articles).empty


def test_missing_folder_names_it(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-corpus"
    with pytest.raises(FileNotFoundError, match="no-such-corpus"):
        load_corpus(missing)
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(NotADirectoryError, match=r"file\.txt"):
        load_corpus(tmp_path / "file.txt")


def test_file_of_only_chrome_is_a_problem(tmp_path: Path) -> None:
    c = _load_single(tmp_path, "nav.txt", "Последние новости\nВласть\nЧитать новость\n".encode())
    assert c.articles == [] and "chrome" in c.problems[0].reason


# ---------------------------------------------------------------- glued articles, taglines


def test_two_glued_articles_are_split(tmp_path: Path) -> None:
    raw = SEED["000"].read_bytes() + SEED["003"].read_bytes()
    assert not SEED["000"].read_bytes().endswith(b"\n")  # really glued onto one line
    c = _load_single(tmp_path, "glued.txt", raw)
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
    c = _load_single(tmp_path, "g.txt", SEED["004"].read_bytes() + SEED["000"].read_bytes())
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


# ---------------------------------------------------------------- metadata.csv


def test_metadata_csv_overrides_inferred_fields(tmp_path: Path) -> None:
    for key in ("000", "002", "004"):
        (tmp_path / SEED[key].name).write_bytes(SEED[key].read_bytes())
    (tmp_path / "glued.txt").write_bytes(SEED["000"].read_bytes() + SEED["003"].read_bytes())
    (tmp_path / "metadata.csv").write_text(
        "file,title,source,url,published\n"
        f"{SEED['000'].name},Свой заголовок,Свой источник,https://e.x/1,2023-07-17\n"
        f"{SEED['002'].name},,,,2025-10\n"
        f"{SEED['004'].name},,,https://e.x/4,31.02.2022\n"
        "glued#2,Второй из склейки,,,2022\n"
        "missing.txt,Нет такого,,,\n",
        encoding="utf-8",
    )
    c = load_corpus(tmp_path)
    by_id = {a.article_id[:5] if a.article_id[0] == "0" else a.article_id: a for a in c.articles}
    a0 = by_id["000_c"]
    assert (a0.title, a0.source, a0.url, a0.published) == ("Свой заголовок", "Свой источник", "https://e.x/1",
                                                          date(2023, 7, 17))
    assert (a0.published_inferred, a0.published_precision, a0.published_evidence) == (False, "day",
                                                                                      "metadata.csv")
    a2 = by_id["002_a"]  # empty cells don't override
    assert (a2.title, a2.source) == (TITLES["002"], "Смоленская народная газета")
    assert (a2.published, a2.published_precision) == (date(2025, 10, 1), "month")
    assert a2.published_inferred is False
    a4 = by_id["004_a"]  # bad date: url still applies, inferred date kept
    assert a4.url == "https://e.x/4" and a4.published == date(2022, 1, 1) and a4.published_inferred
    assert by_id["glued#2"].title == "Второй из склейки" and by_id["glued"].title == TITLES["000"]
    assert by_id["glued#2"].published == date(2022, 1, 1) and not by_id["glued#2"].published_inferred
    reasons = [p.reason for p in c.problems]
    assert all(p.file == "metadata.csv" for p in c.problems) and len(reasons) == 2
    assert any("missing.txt" in r and "unknown" in r for r in reasons)
    assert any("31.02.2022" in r and "bad published date" in r for r in reasons)


# ---------------------------------------------------------------- dates


def _date_of(tmp_path: Path, text: str) -> Article:
    [a] = _load_single(tmp_path, "d.txt", text.encode("utf-8")).articles
    return a


@pytest.mark.parametrize(("body", "expected", "precision"), [
    ("Сегодня, 21 октября, завод показал автобус. По итогам 2024 года товарооборот вырос на 5%.",
     date(2025, 10, 21), "day"),
    ("Соглашение подписали в июне 2023 года. Губернатор 16 июля рассказал о планах.",
     date(2023, 7, 16), "day"),
    ("Контракт подписан 12 марта 2024 года в Минске. Поставки начались в 2019 году.",
     date(2024, 3, 12), "day"),
    ("Делегация посетит Минск с 21 по 23 июня. Запуск запланирован на вторую половину 2025 года.",
     date(2025, 6, 1), "month"),
    ("На выставке «Иннопром-2023» подписали десять соглашений о кооперации.", date(2023, 1, 1), "year"),
    ("В 2021 году страны импортировали комплектующие на $19 млрд.", date(2022, 1, 1), "year"),
    ("Производство планируют увеличить до $25 млрд в 2022 г. Проект одобрили 4 июля.",
     date(2022, 7, 4), "day"),
])
def test_date_inference(tmp_path: Path, body: str, expected: date, precision: str) -> None:
    a = _date_of(tmp_path, f"Заголовок новости\n{body}\n")
    assert (a.published, a.published_precision, a.published_inferred) == (expected, precision, True)
    assert a.published_evidence


def test_no_date_evidence_leaves_published_empty(tmp_path: Path) -> None:
    a = _date_of(tmp_path, f"Заголовок новости\n{LEAD}\n")
    assert (a.published, a.published_inferred, a.published_evidence) == (None, False, None)


def test_dates_in_the_news_feed_are_not_the_article_date(tmp_path: Path) -> None:
    feed = "Последние новости\nГороскоп на 7 августа\n7 августа 2025\nЧитать новость\n"
    a = _date_of(tmp_path, f"Заголовок новости\n{LEAD}\n{feed}")
    assert a.published is None
    # ... but they cap a year that the text alone would put later.
    a = _date_of(tmp_path / "2", f"Заголовок\nЗавод запустят в 2027 году.\n{feed}")
    assert a.published == date(2025, 1, 1) and "chrome" in a.published_evidence


# ---------------------------------------------------------------- property


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.text(max_size=400), codec=st.sampled_from(["utf-8", "utf-8-sig"]))
def test_arbitrary_text_never_raises_and_offsets_hold(tmp_path_factory: pytest.TempPathFactory, body: str,
                                                      codec: str) -> None:
    folder = tmp_path_factory.mktemp("prop")
    (folder / "a.txt").write_bytes(body.encode(codec, errors="surrogatepass"))
    c = load_corpus(folder)
    assert len(c.articles) + len(c.problems) >= 1
    for a in c.articles:
        assert a.original == body
        assert_offsets_exact(a)
        for seg in a.segments:
            assert a.original[seg.orig_start:seg.orig_start + seg.length] == \
                a.text[seg.clean_start:seg.clean_start + seg.length]
        articles_frame([a])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paras=st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1,
                              max_size=80), min_size=1, max_size=6))
def test_arbitrary_html_never_raises(tmp_path_factory: pytest.TempPathFactory, paras: list[str]) -> None:
    folder = tmp_path_factory.mktemp("proph")
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paras)
    (folder / "a.html").write_text(f"<html><body><article>{body}</article></body></html>", encoding="utf-8")
    c = load_corpus(folder)
    for a in c.articles:
        for s in a.sentences:
            start, end = a.original_span(s.start, s.end)
            assert 0 <= start <= end <= len(a.original)


def test_html_declaring_cp1251_but_saved_as_utf8(tmp_path: Path) -> None:
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1251">')
    [a] = _load_single(tmp_path, "p.html", page.encode("utf-8")).articles
    assert a.encoding == "utf-8" and a.title == "Минск и Казань договорились о сборке тракторов"


def test_utf16_with_bom_and_subfolders(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "w.txt").write_bytes(SEED["001"].read_text("utf-8").encode("utf-16"))
    c = load_corpus(tmp_path)
    [a] = c.articles
    assert (a.article_id, a.file, a.encoding, a.title) == ("w", "site/w.txt", "utf-16", TITLES["001"])
    assert (tmp_path / a.file).read_bytes().decode(a.encoding) == a.original
    assert_offsets_exact(a)


def test_newspaper_sign_off_above_a_news_feed(tmp_path: Path) -> None:
    text = f"Заголовок новости\n{LEAD}\nСмоленская народная газета\nПоследние новости\nГороскоп на неделю\n"
    [a] = _load_single(tmp_path, "n.txt", text.encode()).articles
    assert a.source == "Смоленская народная газета" and a.text == f"Заголовок новости\n{LEAD}"


_SEED_LINES = [x for p in SEED.values() for x in p.read_text("utf-8").split("\n")]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.one_of(st.sampled_from(_SEED_LINES), st.text(max_size=60)), max_size=25),
       seps=st.lists(st.sampled_from(["\n", "\r\n", "", " ", "\n\n", "\r"]), min_size=25, max_size=25))
def test_seed_like_text_keeps_the_offset_invariant(tmp_path_factory: pytest.TempPathFactory,
                                                   pieces: list[str], seps: list[str]) -> None:
    """Seed lines (taglines, promos, nav blocks) shuffled with noise exercise splitting and chrome."""
    body = "".join(p + s for p, s in zip(pieces, seps, strict=False))
    folder = tmp_path_factory.mktemp("mix")
    (folder / "m.txt").write_text(body, encoding="utf-8", newline="")
    c = load_corpus(folder)
    assert len(c.articles) + len(c.problems) == max(1, len(c.articles))
    for a in c.articles:
        assert a.original == body and a.text and a.title is not None
        assert_offsets_exact(a)


def test_clean_offset_inverts_original_span_for_every_sentence() -> None:
    from pathlib import Path

    from analysis.corpus import load_corpus

    seeds = load_corpus(Path(__file__).resolve().parents[1] / "seeds")
    for article in seeds.articles:
        for sent in article.sentences:
            s, _ = article.original_span(sent.start, sent.end)
            assert article.clean_offset(s) == sent.start
        assert article.clean_offset(len(article.original) + 10) is None
