"""A project's money in an article about that project (newuser32, a10 and a03).

An article on a joint venture's launch named, in its lead, the regions whose farms got the
first machines besides the venture's town; its «Итоговый объём вложений в проект составил …»
then had no region and was marked «Беларусь рядом не названа», and the lead named the earlier
article's estimate as the largest investment. The register kept that estimate too, and missed
a localisation target told paragraphs after the one project its article announced.
Texts written for these tests, in the manner of regional news.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
from conftest import briefing_of, facts_by_surface, make_article, tag_free

from analysis.briefing.relevance import Relevance
from analysis.projects import build_register
from analysis.projects.merging import Investment, better_investment

_LAUNCH = (
    "В Ярцеве заработала линия совместной сборки погрузчиков\n"
    "На совместном предприятии «Амкодора» и «Смоленскдормаша» в Ярцеве запустили линию "
    "сборки фронтальных погрузчиков. Первые машины получили дорожники Смоленской и Тверской областей.\n"
    "Общая стоимость проекта составила 900 млн рублей. Белорусская сторона дополнительно "
    "направила на оснастку цеха 5 млн белорусских рублей.\n"
)

_PLAN = (
    "«Амкодор» и «Смоленскдормаш» договорились о совместном предприятии\n"
    "Белорусский холдинг «Амкодор» и смоленское предприятие «Смоленскдормаш» подписали "
    "соглашение о создании совместного предприятия по сборке фронтальных погрузчиков в "
    "Смоленской области. Производство разместят в Ярцеве, запуск намечен на 2024 год.\n"
    "Общий объём инвестиций в проект оценивается в 700 млн рублей.\n"
    "«Мы рассчитываем на спрос дорожных служб региона», — сказал представитель холдинга.\n"
    "Сначала уровень локализации составит 25%, а к 2027 году партнёры намерены довести его "
    "до 45%.\n"
)

_META = ("file,title,source,url,published\n"
         "plan.txt,,Дорожная техника,,2023-03-14\n"
         "launch.txt,,Смоленский край,,2025-06-02\n")


def test_the_projects_cost_takes_the_region_of_the_headline(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, _LAUNCH, published="2025-06-02")
    assert got["900 млн рублей"].region == "Смоленская область"
    # money put into the same project right after its cost, in Belarusian rubles too
    assert got["5 млн белорусских рублей"].region == "Смоленская область"


def test_the_projects_cost_is_about_belarus_when_the_lead_names_the_maker() -> None:
    articles = pd.DataFrame([{"article_id": "a", "title": "В Ярцеве заработала линия",
                              "text": _LAUNCH}])
    row = {"article_id": "a", "sentence": "Общая стоимость проекта составила 900 млн рублей."}
    assert Relevance(articles=articles, mention_index={}).about_partnership(row)


def test_a_later_reported_cost_replaces_an_earlier_estimate() -> None:
    rows = build_register([make_article("plan", _PLAN, date(2023, 3, 14)),
                           make_article("launch", _LAUNCH, date(2025, 6, 2))]).to_dict("records")
    row = next(r for r in rows if "Амкодор" in r["enterprises"])
    assert (row["investment_value"], row["investment_currency"]) == (900e6, "RUB")


def test_a_part_reported_later_does_not_replace_the_estimated_total() -> None:
    total = Investment(value=700e6, currency="RUB", total=True, planned=True,
                       published=date(2023, 3, 14))
    part = Investment(value=200e6, currency="RUB", planned=False, published=date(2025, 6, 2))
    assert better_investment(total, part) == total
    # an estimate in the same article as a reported sum decides nothing by date
    same_day = Investment(value=900e6, currency="RUB", planned=False, published=date(2023, 3, 14))
    assert better_investment(total._replace(total=False), same_day).value == 700e6


def test_a_target_told_paragraphs_after_the_one_project_is_its() -> None:
    rows = build_register([make_article("plan", _PLAN, date(2023, 3, 14))]).to_dict("records")
    row = next(r for r in rows if "Амкодор" in r["enterprises"])
    assert (row["localisation_target_pct"], row["localisation_target_year"]) == (45.0, 2027)


def test_the_lead_names_the_final_cost_not_the_estimate(tmp_path: Path) -> None:
    rates = tmp_path / "rates.csv"
    rates.write_text("year,currency,quote_currency,rate\n2023,USD,RUB,85\n2025,USD,RUB,85\n"
                     "2025,USD,BYN,3.2\n", encoding="utf-8")
    b = briefing_of(tmp_path / "c", {"plan.txt": _PLAN, "launch.txt": _LAUNCH, "metadata.csv": _META},
                    lang="ru", rates=str(rates))
    lead = tag_free(b.lead())
    assert "Крупнейшая сумма инвестиций" in lead and "900 млн руб." in lead
    assert "700 млн" not in lead
    assert "700 млн руб." in tag_free(b.money_table())  # the estimate stays in the table


def test_a_plans_year_passed_by_a_launch_told_later_is_the_launch_year() -> None:
    rows = build_register([make_article("plan", _PLAN, date(2023, 3, 14)),
                           make_article("launch", _LAUNCH, date(2025, 6, 2))]).to_dict("records")
    row = next(r for r in rows if "Амкодор" in r["enterprises"])
    assert (row["status"], row["timeline"]) == ("operating", "2025-since")


def test_a_plans_year_still_ahead_of_the_launch_news_stays() -> None:
    later_plan = _PLAN.replace("намечен на 2024 год", "намечен на 2026 год")
    rows = build_register([make_article("plan", later_plan, date(2023, 3, 14)),
                           make_article("launch", _LAUNCH, date(2025, 6, 2))]).to_dict("records")
    row = next(r for r in rows if "Амкодор" in r["enterprises"])
    assert row["timeline"] == "2026"


_INTERVIEW = (
    "Гендиректор «Иртышагросервиса»: «Трактор в поле важнее трактора на складе»\n"
    "Руководитель омской компании, которая вместе с Минским тракторным заводом держит "
    "сервисный центр в Омске, рассказал о сезоне.\n"
    "— Центр работает с 2019 года, в этом году через него прошло 300 машин.\n"
)


def test_the_firm_named_after_its_head_in_the_headline_is_the_companys() -> None:
    rows = build_register([make_article("i", _INTERVIEW, date(2025, 2, 1))]).to_dict("records")
    row = next(r for r in rows if "МТЗ" in r["enterprises"])
    assert "Иртышагросервис" in row["enterprises"]


def test_a_headline_firm_without_its_company_in_the_body_joins_nothing() -> None:
    text = _INTERVIEW.replace("Руководитель омской компании, которая", "Омская компания, которая")
    rows = build_register([make_article("i", text, date(2025, 2, 1))]).to_dict("records")
    assert all("Иртышагросервис" not in r["enterprises"] for r in rows)
