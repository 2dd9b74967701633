"""brief41c (session 41): the headline under a date line.

An analyst's saved file often opens with its day on a line of its own («24.06.2026», «28 ноября
2025 г.») above the headline. The money readers that look at the headline (`ingest.headline_end`)
and the register's title sentence (`projects.article_reading`) take the line under the date
line as the headline, through `ingest.datelines` (one definition of a date line). Each text
below is read the same with and without its date line. The texts are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import facts_by_surface, register_of

from analysis.ingest import headline_end, headline_start
from analysis.money.project_money import headline_region
from analysis.money.region import ArticleText

DATE_LINES = ["12.03.2026\n", "5 апреля 2026 г.\n", "2026-04-05\n", "28 ноября 2025 г.\n\n"]


@pytest.mark.parametrize("dateline", DATE_LINES)
def test_the_headline_is_the_line_under_the_date_line(dateline: str) -> None:
    text = dateline + "Смоленская таможня подвела итоги полугодия\nТело заметки.\n"
    assert text[headline_start(text):headline_end(text)] == "Смоленская таможня подвела итоги полугодия"


@pytest.mark.parametrize("text", [
    "Смоленская таможня подвела итоги полугодия\nТело заметки.\n",
    "5 заводов Беларуси откроют дилерские центры в России\nТело заметки.\n",  # a number, no date
    "12.03.2026 — важная дата для сотрудничества\nТело заметки.\n",  # a date inside a headline
])
def test_a_text_without_a_date_line_keeps_its_first_line(text: str) -> None:
    assert headline_start(text) == 0
    assert headline_end(text) == text.find("\n")


def test_a_date_line_with_nothing_under_it_is_all_the_text_has() -> None:
    assert headline_start("2026-08-05\n") == 0
    assert headline_end("2026-08-05\n") == 10


# ---- money -----------------------------------------------------------------------------------

RESTATED = ("Товарооборот вырастет до 5 миллиардов\n"
            "Товарооборот Брянской области с Беларусью в 2026 году может вырасти до 5 млрд долларов, "
            "сообщил губернатор на встрече с послом.\n")


@pytest.mark.parametrize("dateline", ["", *DATE_LINES[:2]])
def test_a_headline_figure_restated_in_the_body_takes_its_currency(dateline: str, tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, dateline + RESTATED, published="2026-04-05")
    headline = facts["до 5 миллиардов"]
    assert (headline.amount.currency, headline.metric, headline.region) == (
        "USD", "trade_turnover", "Брянская область")


TITLED_METRIC = ("Товарооборот Брянской области с Беларусью вырос\n"
                 "За январь–март он составил 320 млн долларов, что на 12% больше, чем годом ранее.\n")


@pytest.mark.parametrize("dateline", ["", *DATE_LINES[:2]])
def test_the_headline_s_metric_reaches_a_body_figure_that_names_none(dateline: str, tmp_path: Path) -> None:
    fact = facts_by_surface(tmp_path, dateline + TITLED_METRIC, published="2026-04-05")["320 млн долларов"]
    assert (fact.metric, fact.region) == ("trade_turnover", "Брянская область")


@pytest.mark.parametrize("dateline", ["", *DATE_LINES])
def test_the_headline_s_region_under_a_date_line(dateline: str) -> None:
    text = dateline + ("В Рославле собрали первый белорусский трактор\n"
                       "Машины получат хозяйства Брянской и Калужской областей.\n")
    assert headline_region(text, ArticleText(text).regions) == "Смоленская область"


# ---- register --------------------------------------------------------------------------------

FIRMLESS_HEADLINE = (  # the headline opens a firmless project; the lead names its firm
    "Под Рязанью начнут выпускать белорусские косилки\n"
    "Рязанская область и ОАО «Бобруйскагромаш» подписали соглашение о локализации производства "
    "кормоуборочной техники. Площадку для сборки выделят в Рыбном.\n")

OTHER_KIND_HEADLINE = (  # the headline's project is the body's, told as another kind
    "«Белшина» и «Кордиант» создают новую шину\n"
    "Шинники из Бобруйска и Ярославля договорились о совместной разработке шины для карьерной "
    "техники. Опытную партию выпустят на ярославском заводе.\n")


def _rows(text: str) -> list[tuple]:
    return sorted((r["enterprises"], r["region"], r["kind"], r["status"]) for r in register_of(text))


@pytest.mark.parametrize("dateline", DATE_LINES)
def test_the_headline_s_firmless_project_is_the_lead_s(dateline: str) -> None:
    rows = _rows(dateline + FIRMLESS_HEADLINE)
    assert rows == _rows(FIRMLESS_HEADLINE)
    assert [r[0] for r in rows] == ["Бобруйскагромаш"]


@pytest.mark.parametrize("dateline", DATE_LINES)
def test_a_title_row_joins_the_body_s_row_of_its_firms(dateline: str) -> None:
    rows = _rows(dateline + OTHER_KIND_HEADLINE)
    assert rows == _rows(OTHER_KIND_HEADLINE)
    assert len(rows) == 1 and rows[0][0] and rows[0][2] == "joint_development"


DEALER_CREDIT = (  # a bank's credit to a dealer: no project, the headline's nor a later paragraph's
    "Сбербанк выдаст кредит дилеру белорусской техники в Липецке\n\n"
    "Липецкое отделение Сбербанка открыло кредитную линию на 350 млн рублей компании ООО "
    "«ЛипецкАгроСервис» — дилеру Минского тракторного завода в регионе.\n\n"
    "Деньги пойдут на закупку тракторов «Беларус» для перепродажи местным хозяйствам. За прошлый "
    "год дилер продал около трехсот машин.\n")


@pytest.mark.parametrize("dateline", ["", *DATE_LINES])
def test_a_later_paragraph_does_not_retell_the_headline_s_project(dateline: str) -> None:
    assert _rows(dateline + DEALER_CREDIT) == []
