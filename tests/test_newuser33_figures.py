"""Session 33's new user (issues 10 and 11): the wrong figures of a 14-article briefing, as
classes. «В первую очередь» names no project phase; a firm that owns what goods are for («для
конвейера ульяновского завода») receives them; a figure with no year of its own is dated by its
first telling; a part of a year is judged against its series at a yearly rate. The sentences
are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import make_article

from analysis.figures.duplicates import Duplicates
from analysis.figures.plausibility import implausible_reasons
from analysis.figures.rules import figure_rules
from analysis.figures.value_rule import ranked_mentions
from analysis.money import describe
from analysis.money.period import period_months


def _facts(text: str, published: date = date(2023, 4, 10)) -> dict[str, object]:
    return {f.amount.surface: f for f in describe(make_article("a", text, published))}


def test_first_of_all_is_no_project_phase() -> None:
    facts = _facts("Товарооборот края с Беларусью в 2022 году составил около 310 млн долларов. "
                   "В этом году надеемся на 340 млн долларов, в первую очередь за счёт станкостроения.")
    assert facts["340 млн долларов"].metric == "trade_turnover"


def test_a_project_phase_stays_an_investment() -> None:
    facts = _facts("Стоимость работ составит 4 млрд рублей, в первую очередь комбината — 1,5 млрд рублей.")
    assert facts["1,5 млрд рублей"].metric == "investment"


def test_the_firm_owning_where_goods_go_receives_them() -> None:
    facts = _facts("Жодинский завод поставляет узлы для сборочной линии костромского завода "
                   "«Северные машины». Объём этих поставок за год превысил 700 млн рублей.")
    fact = next(f for f in facts.values() if f.amount.value == 7e8)
    assert fact.metric == "export"
    assert fact.flow == "BY→RU"


def test_for_comparison_names_no_receiver() -> None:
    facts = _facts("Для сравнения, белорусские заводы за год поставили в Псковскую область "
                   "техники на 45 млн долларов.")
    assert facts["45 млн долларов"].flow == "BY→RU"


def test_a_russian_plant_supplying_a_belarusian_line_still_exports_to_belarus() -> None:
    facts = _facts("Курганский завод поставляет детали для конвейера минского завода. "
                   "Объём поставок за год превысил 2 млрд рублей.")
    fact = next(f for f in facts.values() if f.amount.value == 2e9)
    assert fact.flow == "RU→BY"


def _mention(article: str, published: str) -> dict:
    return {"article_id": article, "mention_id": f"{article}@1-2", "value": 5e8, "stated": True,
            "source_kind": "media", "qualifier_rank": 3, "source_rank": 1,
            "published": date.fromisoformat(published)}


def test_an_undated_figure_is_cited_from_its_first_telling() -> None:
    group = [_mention("later", "2025-03-01"), _mention("first", "2021-05-01")]
    dups = Duplicates(table=None, original={})  # type: ignore[arg-type]
    assert ranked_mentions(group, dups, undated=True)[0]["article_id"] == "first"
    assert ranked_mentions(group, dups)[0]["article_id"] == "later"


@pytest.mark.parametrize(("label", "months"), [
    ("I квартал", 3), ("январь–сентябрь", 9), ("май–июль", 3), ("II полугодие", 6),
    ("март", 1), ("10 месяцев", 10), ("с начала года", None),
])
def test_period_months(label: str, months: int | None) -> None:
    assert period_months(label) == months


def test_a_quarter_is_no_outlier_beside_nine_months() -> None:
    rows = [("a", 4.1e10, "январь–сентябрь"), ("b", 4.1e10, "январь–сентябрь"),
            ("c", 4.08e10, "январь–сентябрь"), ("d", 1.3e10, "I квартал")]
    cols = {"article_id": [r[0] for r in rows], "metric": ["trade_turnover"] * 4,
            "year": [2023, 2023, 2023, 2024], "value": [r[1] for r in rows],
            "period": [r[2] for r in rows], "partial_words": [None] * 4, "region": [None] * 4,
            "change": [False] * 4, "goods": [None] * 4, "usd": [r[1] for r in rows],
            "scope": ["national"] * 4}
    assert implausible_reasons(cols, figure_rules()) == [[], [], [], []]
    cols["usd"] = cols["value"] = [4.1e10, 4.1e10, 4.08e10, 1.3e9]  # a region's quarter
    assert implausible_reasons(cols, figure_rules())[3]
