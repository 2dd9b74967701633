"""analysis.pubdates: publication dates (stated and inferred)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import LEAD, load_seeds, load_single

from analysis.ingest import Article
from analysis.ingest.pubdates import DateGuess, infer_date, parse_date
from analysis.lang import calendar


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    return load_seeds()


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


def _date_of(tmp_path: Path, text: str) -> Article:
    [a] = load_single(tmp_path, "d.txt", text.encode("utf-8")).articles
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


# ---------------------------------------------------------------- infer_date / parse_date directly


def test_parse_date_formats_and_precision() -> None:
    assert parse_date("2024-03-15T10:20:00+03:00") == (date(2024, 3, 15), "day")
    assert parse_date("31.12.2023") == (date(2023, 12, 31), "day")
    assert parse_date(" 2024-03 ") == (date(2024, 3, 1), "month")
    assert parse_date("2022") == (date(2022, 1, 1), "year")
    with pytest.raises(ValueError):
        parse_date("31.02.2022")


def test_infer_date_directly_and_chrome_only_caps_the_year() -> None:
    guess = infer_date("Контракт подписан 12 марта 2024 года в Минске.", [])
    assert guess == DateGuess(date(2024, 3, 12), "day", "«12 марта 2024 года»")
    assert infer_date("Завод запустят в 2027 году.", ["7 августа 2025"]).published == date(2025, 1, 1)
    assert infer_date("Без дат.", ["7 августа 2025"]) == DateGuess(None, None, None)


def test_month_names_come_from_the_calendar() -> None:
    for m in calendar().months:
        signed = infer_date(f"Контракт подписан 3 {m.genitive} 2024 года.", [])
        assert signed.published == date(2024, m.number, 3)
        guess = infer_date(f"Соглашение подписали в {m.prepositional} 2023 года.", [])
        assert (guess.published, guess.precision) == (date(2023, 1, 1), "year")
        record = infer_date(f"{m.nominative.capitalize()} 2022 года стал рекордным.", [])
        assert record.published == date(2022, 1, 1)


def test_a_dateline_with_an_abbreviated_month_dates_the_article() -> None:
    """«ГРОДНО, 7 нояб 2012 — …»: an agency writes the month of its dateline short."""
    guess = infer_date("ГРОДНО, 7 нояб 2012 — АГЕНТСТВО. Экспорт области вырос на 12%.", [])
    assert (guess.published, guess.precision) == (date(2012, 11, 7), "day")
    dotted = infer_date("КАЗАНЬ, 21 февр. 2015 — Завод отгрузил в Минск 40 машин.", [])
    assert dotted.published == date(2015, 2, 21)
