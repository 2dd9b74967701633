"""Publication dates from the URL (issue 10, class 3): metadata first, then the URL, then the
text; ids in a path are no dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analysis.ingest import date_from_url, load_corpus
from analysis.ingest.pubdates import infer_date
from analysis.quality.gold import write_corpus

TODAY = dt.date(2026, 6, 1)


@pytest.mark.parametrize(("url", "when", "precision"), [
    ("https://agro.example.ru/news/2019/04/kombainy-gomel/", dt.date(2019, 4, 1), "month"),
    ("https://news.example.ru/20230817/chelyabinsk-1890012345.html", dt.date(2023, 8, 17), "day"),
    ("https://www.example.ru/machinery/news/2021/06/15/tekhnika/", dt.date(2021, 6, 15), "day"),
    ("https://gov.example.ru/press/2025-02-14/itogi", dt.date(2025, 2, 14), "day"),
    ("https://region.example.ru/news/region/2018/peregovory/", dt.date(2018, 1, 1), "year"),
    # a date opening a segment before a slug of words (round 56)
    ("https://agency.example.by/economy/view/20170915-sahar-eksport", dt.date(2017, 9, 15), "day"),
])
def test_url_date_read(url: str, when: dt.date, precision: str) -> None:
    found = date_from_url(url, today=TODAY)
    assert found is not None
    assert (found.published, found.precision) == (when, precision)
    assert found.evidence.startswith("URL")


@pytest.mark.parametrize("url", [
    "https://tass.example/ekonomika/20216783",  # an id: month 67 does not exist
    "https://www.example.by/economics/view/tovarooborot-744512-2025/",  # a year inside a slug
    "https://www.example.ru/doc/3339021",
    "https://www.example.ru/doc/20170915-48812",  # digits after the dash: an id, no slug
    "https://example.ru/news/2031/01/future/",  # later than today
    "",
    None,
])
def test_url_date_none(url: str | None) -> None:
    assert date_from_url(url, today=TODAY) is None


def _load(tmp_path: Path, text: str, **meta: str) -> object:
    case = {"id": "a1", "text": text, **meta}
    return load_corpus(write_corpus([case], tmp_path / "c")).articles[0]


def test_url_date_beats_a_date_read_from_the_text(tmp_path: Path) -> None:
    text = "Итоги\nТоварооборот в 2017 году составил 32 млрд долларов.\n"
    art = _load(tmp_path, text, url="https://example.ru/news/2019/03/itogi/")
    assert art.published == dt.date(2019, 3, 1)
    assert art.published_precision == "month"
    assert art.published_evidence.startswith("URL")
    assert not art.published_inferred


def test_url_date_metadata_date_beats_the_url(tmp_path: Path) -> None:
    art = _load(tmp_path, "Итоги\nТекст.\n", url="https://example.ru/news/2019/03/itogi/",
                published="2019-03-14")
    assert art.published == dt.date(2019, 3, 14)
    assert art.published_evidence == "metadata.csv"


def test_url_date_year_only_keeps_a_finer_text_date_of_that_year(tmp_path: Path) -> None:
    text = "Итоги\nОпубликовано 03.10.2016\nЭкспорт за январь–август вырос.\n"
    art = _load(tmp_path, text, url="https://example.ru/news/2016/krasnodar/")
    assert art.published == dt.date(2016, 10, 3)


# --------------------------------------------------------------------------- text dates
@pytest.mark.parametrize(("text", "year"), [
    ("Товарооборот вырос на 9% к уровню 2021 года и достиг 1,4 млрд долларов.", 2022),
    ("Поставки оказались выше уровня 2019 года.", 2020),
    ("Экспорт вырос по сравнению с 2020 годом.", 2021),
])
def test_text_date_comparison_year_never_fixes_the_date(text: str, year: int) -> None:
    guess = infer_date(text, [], today=TODAY)
    assert guess.published is not None and guess.published.year == year


def test_text_date_copyright_year_is_weak_evidence() -> None:
    alone = infer_date("Новости предприятия.\n© 2019 АО «Завод»", [], today=TODAY)
    assert alone.published == dt.date(2019, 1, 1)
    beaten = infer_date("В 2023 году линию запустили.\n© 2018–2024 АО «Завод»", [],
                        today=TODAY)
    assert beaten.published is not None and beaten.published.year == 2023
