"""Facts in context (issue 10): each figure read as a person reads the whole article.

One test (or a few) per class of the issue: topic carry-over, regional or national, which
year, the governing word, forecasts, Belarusian rubles in context, and the new columns of the
amounts table. The articles are written here, in the style of regional and federal news, and
go through the real loader (metadata.csv with URL and date) so the publication date is read
as in production.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import load_gold_style

from analysis.money import AMOUNT_COLUMNS, Fact, amounts_frame, describe
from analysis.quality.money import period_key

load = load_gold_style  # the shared loader (conftest)


def by_surface(facts: list[Fact]) -> dict[str, Fact]:
    return {f.amount.surface: f for f in facts}


def read(tmp_path: Path, text: str, **meta: Any) -> dict[str, Fact]:
    return by_surface(describe(load(tmp_path, text, **meta)))


# --------------------------------------------------------------------------- 1. topic
GOVERNOR = (
    "Губернатор Костромской области: торговля с Белоруссией растёт\n"
    "Глава Костромской области Сергей Ситников рассказал о внешнеторговых итогах региона.\n"
    "Товарооборот области с Республикой Беларусь в прошлом году составил 412 млн долларов.\n"
    "«В позапрошлом году у нас было 356 млн, а на этот год задача — выйти на 450 миллионов "
    "долларов», — сказал губернатор.\n"
    "Для сравнения, товарооборот России и Беларуси за тот же период превысил 45 млрд "
    "долларов.\n")


def test_topic_carryover_quoted_official_inherits_metric_and_region(tmp_path: Path) -> None:
    got = read(tmp_path, GOVERNOR, published="2024-03-05")
    quoted = got["356 млн"]
    assert quoted.metric == "trade_turnover"
    assert quoted.region == "Костромская область"  # «у нас» is the governor's region
    assert quoted.year == 2022 and quoted.year_source == "relative"
    assert quoted.context is not None  # the sentence the metric came from is cited
    assert "Товарооборот области" in quoted.context.text
    own = got["412 млн долларов"]
    assert quoted.confidence < own.confidence  # inherited: lower confidence


def test_topic_carryover_this_figure_keeps_the_metric(tmp_path: Path) -> None:
    text = ("Экспорт смоленских предприятий в Беларусь вырос\n"
            "Экспорт Смоленской области в Беларусь за прошлый год составил 830 млн долларов. "
            "Годом ранее этот показатель был на уровне 760 млн долларов.\n")
    got = read(tmp_path, text, published="2023-02-10")
    assert got["760 млн долларов"].metric == "export"
    assert got["760 млн долларов"].year == 2021
    assert got["760 млн долларов"].region == "Смоленская область"


def test_topic_carryover_elliptical_list_of_directions(tmp_path: Path) -> None:
    text = ("Пензенские машиностроители наращивают поставки\n"
            "Экспорт Пензенской области в Беларусь за прошлый год составил 96 млн долларов. "
            "Поставки по направлениям: в Минскую область — на 40 млн долларов, в Гродненскую — "
            "свыше 25 млн.\n")
    got = read(tmp_path, text, published="2022-04-01")
    for surface in ("40 млн долларов", "свыше 25 млн"):
        assert got[surface].metric == "export", surface
        assert got[surface].region == "Пензенская область", surface  # the partner is Belarusian
        assert got[surface].year == 2021, surface


def test_topic_cue_in_the_sentence_itself_wins(tmp_path: Path) -> None:
    text = ("Товарооборот Тульской области с Беларусью вырос\n"
            "Товарооборот Тульской области с Беларусью в прошлом году составил 510 млн долларов. "
            "Инвестиции белорусских компаний в регион за тот же год составили 2,4 млрд рублей.\n")
    got = read(tmp_path, text, published="2024-02-01")
    assert got["2,4 млрд рублей"].metric == "investment"


# --------------------------------------------------------------------------- 2. region
def test_regional_vs_national_national_words_win_over_the_lead(tmp_path: Path) -> None:
    got = read(tmp_path, GOVERNOR, published="2024-03-05")
    assert got["превысил 45 млрд долларов"].region is None  # «России и Беларуси»
    assert got["412 млн долларов"].region == "Костромская область"
    assert got["450 миллионов долларов"].region == "Костромская область"


def test_regional_vs_national_two_countries_in_a_regional_article(tmp_path: Path) -> None:
    text = ("Ярославская область и Беларусь: итоги года\n"
            "Правительство Ярославской области подвело итоги сотрудничества с Беларусью.\n"
            "Товарооборот региона с республикой составил 287 млн долларов. Общий товарооборот "
            "двух стран при этом достиг 43 млрд долларов.\n")
    got = read(tmp_path, text, published="2023-01-20")
    assert got["287 млн долларов"].region == "Ярославская область"
    assert got["43 млрд долларов"].region is None


def test_regional_vs_national_dateline_never_sets_a_region(tmp_path: Path) -> None:
    text = ("Товарооборот России и Белоруссии вырос на 7%\n"
            "МОСКВА, 12 фев — РИА Новости. Экспорт в Белоруссию за прошлый год составил "
            "24,1 млрд долларов, сообщили в министерстве.\n"
            "В позапрошлом году этот показатель составлял 22,3 млрд долларов.\n")
    got = read(tmp_path, text, published="2024-02-12")
    assert got["24,1 млрд долларов"].region is None
    assert got["22,3 млрд долларов"].region is None
    assert got["22,3 млрд долларов"].metric == "export"


def test_regional_vs_national_moscow_as_seat_of_government(tmp_path: Path) -> None:
    text = ("Межправкомиссия подвела итоги\n"
            "В Москве прошло заседание межправительственной комиссии. Товарооборот за "
            "прошлый год составил 46 млрд долларов.\n")
    got = read(tmp_path, text, published="2025-03-01")
    assert got["46 млрд долларов"].region is None


def test_regional_vs_national_list_of_regions_each_takes_its_own(tmp_path: Path) -> None:
    text = ("Белорусский экспорт по регионам России\n"
            "Товарооборот республики с российскими регионами за девять месяцев распределился "
            "так: с Москвой — 2,2 млрд долларов, с Санкт-Петербургом — 910 млн, со Смоленской "
            "областью — свыше 600 млн.\n")
    got = read(tmp_path, text, published="2024-11-15")
    assert got["2,2 млрд долларов"].region == "Москва"
    assert got["910 млн"].region == "Санкт-Петербург"
    assert got["свыше 600 млн"].region == "Смоленская область"


# --------------------------------------------------------------------------- 3. year
def test_year_from_the_url_resolves_relative_years(tmp_path: Path) -> None:
    text = ("Челябинская область нарастила торговлю с Беларусью\n"
            "Товарооборот Челябинской области с Беларусью в прошлом году составил "
            "1,2 млрд долларов.\n")
    art = load(tmp_path, text, url="https://example.ru/news/20240219/chelyabinsk-123.html")
    assert art.published is not None and art.published.year == 2024
    f = by_surface(describe(art))["1,2 млрд долларов"]
    assert f.year == 2023 and f.year_source == "relative"


def test_year_no_date_means_no_relative_year(tmp_path: Path) -> None:
    text = ("Торговля с Беларусью\n"
            "Товарооборот Курской области с Беларусью в прошлом году составил 320 млн "
            "долларов.\n")
    got = read(tmp_path, text, url="https://example.ru/news/kursk-belarus/")
    assert got["320 млн долларов"].year is None


def test_year_comparison_year_is_not_the_figures_year(tmp_path: Path) -> None:
    text = ("Итоги внешней торговли\n"
            "Товарооборот Калужской области с Беларусью вырос на 18% к уровню 2021 года — "
            "до 640 млн долларов.\n")
    got = read(tmp_path, text, published="2023-09-04")
    assert got["640 млн долларов"].year == 2023  # reached this year, not in 2021
    assert got["640 млн долларов"].amount.qualifier == "exact"  # «вырос … — до»: a level


def test_year_list_of_years_each_figure_takes_its_own(tmp_path: Path) -> None:
    text = ("Динамика торговли\n"
            "Экспорт Брянской области в Беларусь в 2021-м составил 840 млн долларов, "
            "в 2020-м — 710 млн.\n")
    got = read(tmp_path, text, published="2022-05-10")
    assert got["840 млн долларов"].year == 2021
    assert got["710 млн"].year == 2020


def test_year_period_fills_period_and_the_lead_gives_the_year(tmp_path: Path) -> None:
    text = ("Итоги девяти месяцев\n"
            "Минэкономразвития Удмуртии подвело итоги внешней торговли за январь–сентябрь "
            "текущего года.\n"
            "Товарооборот республики с Беларусью составил 118 млн долларов. Экспорт за этот "
            "период достиг 70 млн долларов.\n")
    got = read(tmp_path, text, published="2023-11-02")
    for surface in ("118 млн долларов", "70 млн долларов"):
        assert got[surface].year == 2023, surface
        assert period_key(got[surface].period) == (1, 9), surface  # «9 месяцев» or «январь–сентябрь»


def test_year_source_says_where_the_year_came_from(tmp_path: Path) -> None:
    text = ("Итоги\n"
            "Товарооборот Липецкой области с Беларусью в 2022 году составил 420 млн долларов. "
            "За первое полугодие экспорт составил 150 млн долларов.\n")
    got = read(tmp_path, text, url="https://example.ru/2023/08/lipetsk/")
    assert got["420 млн долларов"].year_source == "stated"
    assert got["150 млн долларов"].year_source == "url"
    assert got["150 млн долларов"].year == 2023


# --------------------------------------------------------------------------- 4. metric
@pytest.mark.parametrize(("sentence", "surface", "metric"), [
    ("Третий транш составит 300 млн долларов.", "300 млн долларов", "credit"),
    ("В рамках кредита банк выделит 120 млн долларов.", "120 млн долларов", "credit"),
    ("Область купит коммунальные машины на 450 млн рублей.", "450 млн рублей", "other"),
    ("Предприятие направит на модернизацию цехов 230 млн рублей.", "230 млн рублей",
     "investment"),
    ("Беларусь закупает в России энергоносителей на 9 млрд долларов.", "9 млрд долларов",
     "import"),
])
def test_metric_from_the_governing_word(tmp_path: Path, sentence: str, surface: str,
                                        metric: str) -> None:
    got = read(tmp_path, "Новости\n" + sentence + "\n", published="2024-05-05")
    assert got[surface].metric == metric


# --------------------------------------------------------------------------- forecasts
@pytest.mark.parametrize(("sentence", "surface", "forecast"), [
    ("В этом году товарооборот составит 1,1 млрд долларов.", "1,1 млрд долларов", True),
    ("Планируем выйти на 800 млн долларов.", "800 млн долларов", True),
    ("Задача на этот год — 600 млн долларов.", "600 млн долларов", True),
    ("По оценке ведомства, объём может превысить 2 млрд долларов.", "превысить 2 млрд долларов",
     True),
    ("В прошлом году товарооборот составил 1,1 млрд долларов.", "1,1 млрд долларов", False),
    ("Ранее планировалось 500 млн, но вышло 450 млн долларов.", "450 млн долларов", False),
])
def test_forecast_marked(tmp_path: Path, sentence: str, surface: str, forecast: bool) -> None:
    got = read(tmp_path, "Торговля\n" + sentence + "\n", published="2024-05-05")
    assert got[surface].forecast is forecast


# --------------------------------------------------------------------------- 7. BYN
def test_byn_context_belarusian_ministry_site(tmp_path: Path) -> None:
    text = ("Модернизация предприятий\n"
            "На модернизацию предприятий концерна в этом году направлено 310 млн рублей. "
            "Российские партнёры вложат ещё 2 млрд российских рублей.\n")
    got = read(tmp_path, text, url="https://minprom.gov.by/news/modern/",
               published="2024-06-01")
    assert got["310 млн рублей"].amount.currency == "BYN"
    assert got["310 млн рублей"].amount.implied_currency
    assert got["2 млрд российских рублей"].amount.currency == "RUB"


def test_byn_context_article_says_sums_are_belarusian(tmp_path: Path) -> None:
    text = ("Закупка комплектующих\n"
            "Закупка проводится в белорусских рублях. Ориентировочная стоимость — "
            "1 540 000 руб.\n")
    got = read(tmp_path, text, url="https://example.com/tender/1/", published="2024-03-01")
    assert got["1 540 000 руб."].amount.currency == "BYN"


def test_byn_context_russian_site_keeps_rubles(tmp_path: Path) -> None:
    text = "Лизинг\nАграрии края получили технику на 2,3 млрд рублей.\n"
    got = read(tmp_path, text, url="https://example.ru/news/", published="2024-03-01")
    assert got["2,3 млрд рублей"].amount.currency == "RUB"


def test_byn_context_before_2016_is_byr(tmp_path: Path) -> None:
    text = "Гомсельмаш\nВыручка холдинга составила Br4,2 трлн.\n"
    got = read(tmp_path, text, published="2013-04-10")
    assert got["Br4,2 трлн"].amount.currency == "BYR"


# --------------------------------------------------------------------------- the table
def test_amounts_table_context_columns_in_original_offsets(tmp_path: Path) -> None:
    art = load(tmp_path, GOVERNOR, published="2024-03-05")
    frame = amounts_frame([art])
    assert list(frame.columns) == AMOUNT_COLUMNS
    for col in ("forecast", "year_source", "context_sentence", "context_start", "context_end"):
        assert col in AMOUNT_COLUMNS
    row = frame[frame.surface == "356 млн"].iloc[0]
    assert art.original[row.context_start:row.context_end] == row.context_sentence
    assert "Товарооборот области" in row.context_sentence
    own = frame[frame.surface == "412 млн долларов"].iloc[0]
    assert own.year_source == "relative" and not own.forecast
    target = frame[frame.surface == "450 миллионов долларов"].iloc[0]
    assert bool(target.forecast)
    national = frame[frame.surface == "превысил 45 млрд долларов"].iloc[0]
    assert national.region is None or national.region != national.region  # empty: NaN/None


@pytest.mark.parametrize(("phrase", "offset"), [
    ("в предыдущем году", -1), ("в прошедшем году", -1), ("в минувшем году", -1),
    ("в позапрошлом году", -2), ("в грядущем году", 1), ("в текущем году", 0)])
def test_year_relative_words_come_from_the_calendar(tmp_path: Path, phrase: str,
                                                    offset: int) -> None:
    text = f"Итоги\nТоварооборот Псковской области с Беларусью {phrase} составил 90 млн долларов.\n"
    got = read(tmp_path, text, published="2024-06-01")
    assert got["90 млн долларов"].year == 2024 + offset
    assert got["90 млн долларов"].year_source == "relative"


def test_regional_vs_national_federal_minister_quoted_in_a_regional_article(
        tmp_path: Path) -> None:
    text = ("Тамбовская область укрепляет связи с Беларусью\n"
            "Тамбовская область представила совместные проекты на выставке в Минске.\n"
            "«Беларусь остаётся нашим ключевым партнёром. По итогам 2024 года наш товарооборот "
            "превысил 50 млрд долларов», — сказал глава Минэкономразвития России.\n")
    got = read(tmp_path, text, published="2025-05-20")
    assert got["превысил 50 млрд долларов"].region is None
