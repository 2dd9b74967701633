from __future__ import annotations

import gc
import hashlib
import re
import shutil
import signal
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd
import pytest

from analysis.ingest import Article, Corpus, Segment, load_corpus
from analysis.projects import build_register

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"



@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test session gets its own extraction cache, never the developer's .cache/."""
    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path_factory.getbasetemp() / "extract-cache"))


def dataset_of(folder: Path, texts: dict[str, str], ner: bool = False) -> Any:
    """The tables of a corpus folder made of `texts` (file name → text), NER off unless
    asked."""
    from analysis.tables.dataset import extract

    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return extract(folder, ner=ner)


def dated_dataset(folder: Path, name: str, text: str, published: str, title: str = "Тест",
                  ner: bool = False) -> Any:
    """The tables of a one-article corpus: `text` as file `name`, dated `published`
    (YYYY-MM-DD) with `title` in its metadata.csv."""
    meta = f"file,title,source,url,published\n{name},{title},Тест,,{published}\n"
    return dataset_of(folder, {name: text, "metadata.csv": meta}, ner=ner)


def briefing_of(folder: Path, texts: dict[str, str], **params: Any) -> Any:
    """A briefing (`Briefing.load` with `params`: lang, currency, rates …) of the corpus
    folder made of `texts` (`dataset_of`)."""
    from analysis.briefing import Briefing

    return Briefing.load(dataset=dataset_of(folder, texts), **params)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """A cache folder (not made) and an output folder (made): tests/by_rows_runs.py's writers."""
    (tmp_path / "out").mkdir()
    return tmp_path / "cache", tmp_path / "out"


# --------------------------------------------------------------------------- shared test data
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

# a bank's release on a credit line for a Belarusian venture's plant, after its headline (each
# test gives its own): tranches adding up to the line, a currency limit, the project's cost
CREDIT_LINE_RELEASE = (
    "Банк «Север» и ООО «Калуга-Гомсельмаш», совместное предприятие ОАО «Гомсельмаш» и "
    "российской компании «Агромаш», подписали соглашение об открытии кредитной линии на 3,6 "
    "млрд рублей. Деньги пойдут на строительство цеха жаток в Калужской области.\n"
    "Средства будут выдаваться тремя траншами: первый — 1,2 млрд рублей в текущем году, "
    "второй — 1,5 млрд рублей в 2026 году, третий — 0,9 млрд рублей в 2027 году. Станки "
    "частично будут закупаться в Германии, поэтому предусмотрен валютный лимит в размере до "
    "8 млн долларов.\n"
    "Общая стоимость проекта оценивается в 4,5 млрд рублей.\n")

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



# --------------------------------------------------------------------------- shared helpers


def load_seeds() -> dict[str, Article]:
    c = load_corpus(SEEDS)
    assert c.problems == []
    return {a.article_id[:3]: a for a in c.articles}


def assert_offsets_exact(a: Article) -> None:
    for s in a.sentences:
        start, end = a.original_span(s.start, s.end)
        assert a.original[start:end] == s.text == a.text[s.start:s.end]


def lines(a: Article) -> list[str]:
    return a.text.split("\n")


def load_single(tmp_path: Path, name: str, data: bytes) -> Corpus:
    folder = tmp_path / "c"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    return load_corpus(folder)


def sample_articles() -> pd.DataFrame:
    return pd.DataFrame([
        {"article_id": "a1", "file": "a1.txt", "title": "Товарооборот <b>вырос</b>",
         "source": "БелТА", "url": "https://example.org/a1", "published": "2025-10-21",
         "published_inferred": False, "text": "", "sha256": ""},
        {"article_id": "a2", "file": "a2.txt", "title": "Кузбасс и БелАЗ", "source": None,
         "url": "javascript:alert(1)", "published": "2025-06-21", "published_inferred": True,
         "text": "", "sha256": ""},
        {"article_id": "a3", "file": "a3.txt", "title": "Кредит", "source": "ТАСС",
         "url": None, "published": "2023-07-17", "published_inferred": False, "text": "",
         "sha256": ""},
        {"article_id": "a4", "file": "a4.txt", "title": "Другой источник", "source": "РИА",
         "url": None, "published": "2025-02-01", "published_inferred": False, "text": "",
         "sha256": ""},
    ])


def make_article(article_id: str, text: str, published: date | None) -> Article:
    """An Article whose original is its clean text (one segment per paragraph)."""
    segments, pos = [], 0
    for line in text.split("\n"):
        segments.append(Segment(pos, pos, len(line)))
        pos += len(line) + 1
    return Article(
        article_id=article_id, file=f"{article_id}.txt", title=text.split("\n")[0],
        source=None, url=None, published=published, published_inferred=False,
        published_evidence=None, text=text, original=text, segments=tuple(segments),
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )


def register_of(text: str, published: date = date(2024, 5, 1)) -> list[dict]:
    """The register rows of one article made of `text` (shared with test_mentions/partners)."""
    return build_register([make_article("t", text, published)]).to_dict("records")


def register_rows(text: str) -> list[tuple]:
    """(region, kind, status) of each register row of one article made of `text`, sorted."""
    return sorted((r["region"], r["kind"], r["status"]) for r in register_of(text))


def row_firms(row: dict) -> set[str]:
    """The enterprises of a register row (its `enterprises`, «;»-joined; none when blank or
    missing)."""
    named = row["enterprises"]
    return set(named.split(";")) if isinstance(named, str) and named else set()


def row_region(row: dict) -> str | None:
    """The region of a register row, None when it has none."""
    return None if pd.isna(row["region"]) else row["region"]


def register_keys(rows: list[dict]) -> set[tuple]:
    """(region, enterprises, kind) of each row."""
    return {(r["region"], r["enterprises"], r["kind"]) for r in rows}


def best_cpu_seconds(work: Callable[[], object], repeats: int = 3) -> float:
    """CPU seconds of the fastest of `repeats` runs of `work`, for ratio tests of linear cost.
    CPU time: other processes on a busy machine do not count; the collector's full passes are
    kept out, because they cost in proportion to everything the test session holds."""
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            work()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def score_line(score: Any) -> str:
    """A score's `all:` line alone: what a failed floor prints. The per-class lines of a
    held-aside set would tell its errors' kinds, and held-aside sets are never read."""
    return score.summary().splitlines()[0]


def assert_money_scores(score: Any, f1: float, metric: float, year: float, period: float,
                        region: float, not_money: int = 0) -> None:
    """A money score (`analysis.quality.money`) at or above each floor, and no more than
    `not_money` not-money strings read as money (none, except where a first look on a
    held-aside set, never read, found some)."""
    t = score.overall
    assert t.f1 >= f1, score_line(score)
    assert t.accuracy("metric") >= metric, score_line(score)
    assert t.accuracy("year") >= year, score_line(score)
    assert t.accuracy("period") >= period, score_line(score)
    assert t.accuracy("region") >= region, score_line(score)
    assert score.not_money_hits <= not_money, score_line(score)


def load_gold_style(tmp_path: Path, text: str, *, url: str = "", published: str = "",
                    source: str = "") -> Article:
    """One article as the loader reads it from a corpus folder with a metadata.csv row (the
    way the gold sets are read), so the publication date is read as in production."""
    from analysis.quality.gold import write_corpus

    case = {"id": "a1", "text": text, "url": url, "published": published, "source": source}
    corpus = load_corpus(write_corpus([case], tmp_path / "corpus"))
    assert len(corpus.articles) == 1, corpus.problems
    return corpus.articles[0]


class FactCase(NamedTuple):
    """One expectation of a table-driven money test: the fact of `surface` in an article of
    `text` published on `published` has `field` equal to `want`."""

    name: str
    text: str
    published: str
    surface: str
    field: str
    want: Any


def facts_by_surface(tmp_path: Path, text: str, **meta: Any) -> dict[str, Any]:
    """The money facts of that article by the amount's surface."""
    from analysis.money import describe

    return {f.amount.surface: f for f in describe(load_gold_style(tmp_path, text, **meta))}


def metric_of_surface(tmp_path: Path, text: str, surface: str,
                      published: str = "2025-05-01") -> str:
    """The metric of the one money fact of that article whose surface holds `surface`."""
    (fact,) = [f for s, f in facts_by_surface(tmp_path, text, published=published).items()
               if surface in s]
    return fact.metric


def check_fact_case(tmp_path: Path, case: FactCase) -> None:
    """One row of a table-driven money test: `case.field` (dotted: «amount.currency») of the
    fact of `case.surface` is `case.want` (a flag: its truth; None: none)."""
    fact = facts_by_surface(tmp_path, case.text, published=case.published)[case.surface]
    got = fact
    for name in case.field.split("."):
        got = getattr(got, name)
    if isinstance(case.want, bool):
        assert bool(got) is case.want, (case.name, got)
    elif case.want is None:
        assert got is None, (case.name, got)
    else:
        assert got == case.want, (case.name, got)


def ctrl_c_reaches_the_child() -> None:
    """preexec_fn of a command a test interrupts with SIGINT: the child takes Ctrl-C as a
    terminal's command does, even when the suite itself runs in the background (a
    non-interactive shell starts `cmd &` with SIGINT ignored, an ignored signal stays ignored
    across exec, and Python then installs no handler for it)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def tag_free(html: object) -> str:
    """A rendered fragment (a string or an IPython HTML object) with its tags stripped and
    its whitespace collapsed: the words a reader sees, for `in` checks."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", str(getattr(html, "data", html))))


def headless_chrome() -> Iterator[Any]:
    """A headless Chromium driver for the layout tests (a module fixture yields from it); skips
    with the reason where Chromium or its driver is not installed."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    chromedriver = shutil.which("chromedriver")
    if not (chromium and chromedriver):
        pytest.skip("headless Chromium and chromedriver are not installed "
                    "(apt-get install chromium chromium-driver; .ci/run does)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    yield driver
    driver.quit()


def surface_metrics(text: str, published: date = date(2025, 3, 10)) -> dict[str, str]:
    """Each amount's surface and the metric `money.describe` reads for it (the metric tests'
    one helper)."""
    from types import SimpleNamespace

    from analysis.money import describe

    return {f.amount.surface: f.metric for f in describe(SimpleNamespace(text=text, published=published))}
