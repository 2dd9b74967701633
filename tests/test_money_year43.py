"""The year, period and forecast of money figures in news the rounds had not shown (session 43,
year43): 300 short texts written for this test without looking at any gold
(`tests/data/year43_probe.jsonl`, scored by `benchmarks/year_probe.py`), and one named test
for each kind of time phrase fixed on them: «истекший год», a list of base years after a
plural comparison noun, a month named as a list item's label, «этого» with «года» left out,
«сегодня» against a past time, «ждёт» before a figure, «по итогам полугодия», «за истекший
период текущего года», a dashed date
opening a URL slug, and a relative year in a text with no date. The sentences are invented."""

from __future__ import annotations

import importlib.util
import re
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import facts_by_surface

from analysis.ingest.urldates import date_from_url
from analysis.quality.money import period_key

ROOT = Path(__file__).resolve().parents[1]


def _probe_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_year_probe", ROOT / "benchmarks" / "year_probe.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# measured at the end of session 43 (389 amounts): found 389, year 381, period 387, forecast
# 388; the floor leaves a small margin for readings the lead may settle otherwise
FLOORS = {"found": 385, "year": 376, "period": 383, "forecast": 384}


def test_the_probe_texts_keep_their_score() -> None:
    probe = _probe_module()
    tally, misses = probe.score(probe.read_probe())
    overall = tally["all"]
    assert overall["found"][1] == 389
    for field, floor in FLOORS.items():
        assert overall[field][0] >= floor, (field, overall[field], misses)


def _facts(tmp_path: Path, text: str, published: str = "", url: str = "") -> dict[str, Any]:
    """The facts by the figure's own words (a qualifier «к», «около» before them left out)."""
    got = facts_by_surface(tmp_path, text, published=published, url=url)
    return {next(w for w in _FIGURES.findall(surface)): fact for surface, fact in got.items()}


_FIGURES = re.compile(r"\d[\d ,]*\s(?:млн|млрд)\s(?:рублей|долларов)")


def _fact(tmp_path: Path, text: str, surface: str, published: str = "", url: str = "") -> Any:
    return _facts(tmp_path, text, published, url)[surface]


def test_istekshiy_god_is_last_year(tmp_path: Path) -> None:
    text = "В истекшем году предприятия области поставили в Ярославль продукции на 85 млн долларов."
    assert _fact(tmp_path, text, "85 млн долларов", "2025-02-13").year == 2024


def test_a_list_of_base_years_after_a_plural_comparison_noun_is_a_base(tmp_path: Path) -> None:
    text = "Экспорт в 2024 году превысил результаты 2022 и 2023 годов и составил 330 млн долларов."
    assert _fact(tmp_path, text, "330 млн долларов", "2025-02-04").year == 2024
    text = "Вложения в 2025 году превзошли уровни 2023 и 2024 годов и достигли 2,2 млрд рублей."
    assert _fact(tmp_path, text, "2,2 млрд рублей", "2026-02-02").year == 2025


def test_a_month_named_as_a_list_items_label_is_its_period(tmp_path: Path) -> None:
    text = "Продажи по месяцам: январь — 12 млн рублей, февраль — 14 млн рублей, март — 17 млн рублей."
    facts = _facts(tmp_path, text, "2025-04-09")
    got = [(facts[s].year, facts[s].period) for s in ("12 млн рублей", "14 млн рублей", "17 млн рублей")]
    assert got == [(2025, "январь"), (2025, "февраль"), (2025, "март")]


def test_a_month_in_a_word_is_no_label(tmp_path: Path) -> None:
    text = "Майкоп — 5 млн рублей на ремонт дорог выделено из резервного фонда."
    assert _fact(tmp_path, text, "5 млн рублей", "2025-04-09").period is None


def test_etogo_with_goda_left_out_after_a_month_is_this_year(tmp_path: Path) -> None:
    text = ("В сентябре прошлого года экспорт составил 75 млн долларов, а в сентябре этого — уже "
            "92 млн долларов.")
    facts = _facts(tmp_path, text, "2025-10-15")
    assert (facts["75 млн долларов"].year, facts["92 млн долларов"].year) == (2024, 2025)


def test_segodnya_against_a_past_time_is_the_year_of_writing(tmp_path: Path) -> None:
    text = ("Десять лет назад товарооборот области с Беларусью не превышал 300 млн долларов, "
            "сегодня он приблизился к 900 млн долларов.")
    facts = _facts(tmp_path, text, "2025-06-16")
    assert (facts["300 млн долларов"].year, facts["900 млн долларов"].year) == (2015, 2025)


def test_segodnya_alone_dates_no_one_off_sum(tmp_path: Path) -> None:
    text = "На ярмарке, завершившейся сегодня, подписаны контракты на 640 млн рублей."
    assert _fact(tmp_path, text, "640 млн рублей", "2025-06-16").year is None


@pytest.mark.parametrize(("text", "surface", "year"), [
    ("Выручка группы в 2024 году выросла до 86 млрд рублей; в 2025 году компания ждёт 95 млрд рублей.",
     "95 млрд рублей", 2025),
    ("В следующем году мы ждём около 2 млрд рублей выручки от продаж в Беларуси.", "2 млрд рублей", 2026),
])
def test_zhdyot_before_a_figure_is_an_expectation(tmp_path: Path, text: str, surface: str, year: int) -> None:
    fact = _fact(tmp_path, text, surface, "2025-03-31")
    assert fact.forecast and fact.year == year


def test_zhdyot_growth_words_unchanged_and_a_past_wait_is_none(tmp_path: Path) -> None:
    text = "Покупатели ждали поставки почти год, контракт на 40 млн рублей исполнен в марте."
    assert not _fact(tmp_path, text, "40 млн рублей", "2025-05-05").forecast


@pytest.mark.parametrize("text", [
    "По итогам полугодия экспорт составил 340 млн долларов.",
    "Итоги полугодия\n\nЭкспорт составил 340 млн долларов.",
])
def test_po_itogam_polugodiya_is_the_first_half_year(tmp_path: Path, text: str) -> None:
    fact = _fact(tmp_path, text, "340 млн долларов", "2025-07-29")
    assert (fact.year, period_key(fact.period)) == (2025, (1, 6))  # «6 месяцев», January–June


def test_za_istekshiy_period_of_this_year_is_the_year_so_far(tmp_path: Path) -> None:
    text = "За истекший период текущего года экспорт области в Россию составил 940 млн долларов."
    fact = _fact(tmp_path, text, "940 млн долларов", "2025-07-08")
    assert (fact.year, fact.period) == (2025, "с начала года")


@pytest.mark.parametrize(("url", "day"), [
    ("https://orel.example.ru/articles/2025-04-02-tovarooborot", date(2025, 4, 2)),
    ("https://gazeta.example.ru/news/economy/14-02-2025-tovarooborot", date(2025, 2, 14)),
    ("https://gazeta.example.ru/news/14-02-2025/", date(2025, 2, 14)),
])
def test_a_dashed_date_opening_a_url_slug_dates_the_article(url: str, day: date) -> None:
    got = date_from_url(url, today=date(2026, 1, 1))
    assert got is not None and got.published == day


@pytest.mark.parametrize("url", ["https://x.example.ru/view/744512-2025/",
                                 "https://x.example.ru/a/12-2025-05/"])
def test_an_id_with_a_year_is_no_url_date(url: str) -> None:
    assert date_from_url(url, today=date(2026, 1, 1)) is None


def test_a_url_slug_date_resolves_last_year(tmp_path: Path) -> None:
    text = "В прошлом году товарооборот Орловской области с Беларусью составил 310 млн долларов."
    fact = _fact(tmp_path, text, "310 млн долларов", url="https://orel.example.ru/news/2025-04-02-tovarooborot")
    assert fact.year == 2024


def test_a_relative_year_in_an_undated_text_takes_no_other_clauses_year(tmp_path: Path) -> None:
    text = ("По итогам 2024 года товарооборот составил 500 млн долларов, в текущем году его "
            "планируют увеличить до 560 млн долларов.")
    facts = _facts(tmp_path, text)
    assert facts["500 млн долларов"].year == 2024
    assert facts["560 млн долларов"].year != 2024
