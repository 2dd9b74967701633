"""The register's rules added in session 22 (walk22breg: a new user's register findings 1, 3,
4 and 14), on texts written here in the style of ministry denials, business dailies, press
releases and regional reports: a denied project's details told after the denial are no
project; a maker's plant named by what it makes, financed by a bank's credit line, is a
planned project with its place, quarter and investment; a warehouse in a second region is a
row of its own; «ведёт сборку» runs; a running project's start year is its timeline."""

from __future__ import annotations

from datetime import date

from conftest import register_of

from analysis.briefing.formatting import fmt_timeline
from analysis.entities import find_entities
from analysis.projects.timelines import since_timeline

# ------------------------------------------------- finding 1: a denied project


DENIAL = ("В Минэкономики опровергли планы создания совместного завода «Гомсельмаша» в Брянской "
          "области\nМинистерство экономики опровергло опубликованную в ряде СМИ информацию о "
          "строительстве совместного с ООО «Брянсксельмаш» завода по выпуску тракторов в Брянской "
          "области. «Таких переговоров не было», — сообщили в ведомстве.\n"
          "Ранее в сети писали, что ОАО «Гомсельмаш» и «Брянсксельмаш» вложат в новое "
          "предприятие в Брянске 8 млрд рублей и начнут выпуск в 2027 году.\n")


def test_a_denied_plans_details_told_after_the_denial_are_no_project() -> None:
    """«Ранее в сети писали, что … вложат в предприятие в Брянске 8 млрд рублей и начнут
    выпуск в 2027 году» after the ministry denied the plant: the rumour's details are the
    denied plan, not a planned project with an amount and a year."""
    assert register_of(DENIAL, published=date(2025, 9, 1)) == []


def test_a_running_project_of_the_same_firms_stays_after_a_denial() -> None:
    """Control: a denial of a new plant does not undo what already runs there («Сборка …
    ведётся с 2019 года»)."""
    text = DENIAL + ("При этом на площадке ООО «Брянсксельмаш» в Брянске с 2019 года собирают "
                     "комбайны «Гомсельмаша».")
    rows = register_of(text, published=date(2025, 9, 1))
    assert [(r["region"], r["status"]) for r in rows] == [("Брянская область", "operating")]


def test_a_plan_elsewhere_is_not_the_denied_one() -> None:
    """Control: a plan in another region, told after the denial, is a project."""
    text = DENIAL + ("В Курской области «Гомсельмаш» планирует открыть сервисный центр в 2026 "
                     "году.")
    rows = register_of(text, published=date(2025, 9, 1))
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Курская область", "service_center", "planned")]


# ------------------------------------------------- finding 3: a maker's own plant


PLANT = ("ВЭБ профинансирует завод «Гомсельмаша» в Липецкой области\n"
         "ВЭБ.РФ открыл белорусскому холдингу «Гомсельмаш» кредитную линию на 5 млрд рублей для "
         "строительства завода кормоуборочных комбайнов в особой экономической зоне «Липецк» "
         "Липецкой области.\nОбщий объем инвестиций в проект оценивается в 7,5 млрд рублей. "
         "Запуск завода намечен на II квартал 2028 года, к 2030 году уровень локализации должен "
         "достичь 55%.\n")


def test_a_plant_named_by_its_goods_and_financed_by_a_credit_line_is_planned() -> None:
    """«открыл … кредитную линию … для строительства завода кормоуборочных комбайнов»: the
    bank's opening is no stage; the plant is a planned project of its goods, with its quarter
    (not the year of a share to reach) and its investment."""
    rows = register_of(PLANT, published=date(2025, 10, 1))
    assert len(rows) == 1
    row = rows[0]
    assert (row["region"], row["kind"], row["status"]) == ("Липецкая область", "assembly", "planned")
    assert row["product"] == "кормоуборочные комбайны"
    assert row["timeline"] == "2028-Q2"
    assert row["investment_value"] == 7.5e9


def test_a_plant_with_no_goods_named_is_no_cue() -> None:
    """«договорились построить второй завод в Туле»: a plant that names nothing it makes is
    no project of its own by that cue."""
    text = "Итоги визита\nПартнёры решили построить второй завод в Туле.\n"
    assert register_of(text) == []


def test_a_verb_after_rather_than_is_not_what_is_done() -> None:
    """«строят собственное производство, а не только собирают технику из машинокомплектов»:
    the assembly is what the region goes beyond, no running assembly there."""
    text = ("Обзор\nПо мнению экспертов, Тульская область станет регионом, где белорусские "
            "машиностроители строят собственное производство, а не только собирают технику "
            "из машинокомплектов.\n")
    assert all(r["status"] != "operating" for r in register_of(text))


# ------------------------------------------------- finding 4: a warehouse in a second region


def test_a_warehouse_with_its_own_place_after_a_service_centre_is_a_row() -> None:
    """«открыл сервисный центр в Орле и склад запчастей в Курской области»: two facilities,
    each in its own place: the warehouse is a row of its own (kind other, as the gold reads a
    maker's regional parts warehouse)."""
    text = ("«Бобруйскагромаш» открыл сервисный центр в Орле и склад запчастей в Курской области\n"
            "Холдинг расширяет сеть в России.\n")
    rows = register_of(text)
    assert sorted((r["region"], r["kind"]) for r in rows) == [
        ("Курская область", "other"), ("Орловская область", "service_center")]


def test_a_clause_with_its_own_place_does_not_take_the_partner_of_another() -> None:
    """«вместе с дилером ООО «…» открыт центр, а в Аксае — склад»: the dealer is the centre's
    partner, not the warehouse's; the maker of the sentence before owns the warehouse."""
    text = ("Новости холдинга\nОАО «Бобруйскагромаш» расширяет сеть в России. В мае в Орле "
            "вместе с дилером ООО «Орёлагросервис» открыт сервисный центр, а в Аксае Ростовской "
            "области — склад запасных частей площадью 3 тыс. кв. м.\n")
    rows = {r["region"]: r for r in register_of(text)}
    assert rows["Ростовская область"]["enterprises"] == "Бобруйскагромаш"
    assert rows["Ростовская область"]["location"] == "Аксай"
    assert rows["Ростовская область"]["product"] == "склад запасных частей"


def test_two_towns_the_generated_list_left_out() -> None:
    """«в Аксае» is Rostov's, «в Семёнове» Nizhny Novgorod's; the surname stays no place."""
    regions = {e.normal for e in find_entities("Склад открыт в Аксае, сборка пойдёт в Семенове.",
                                               ner=False) if e.type == "region"}
    assert regions == {"Ростовская область", "Нижегородская область"}
    assert not [e for e in find_entities("Директор Игорь Семенов рассказал о планах.", ner=False)
                if e.type == "region"]


# ------------------------------------------------- finding 14: running lines, start years


def test_a_running_assembly_told_with_vesti_is_operating() -> None:
    """«сборку отдельных моделей холдинг ведёт в …»: a running assembly (not works under
    way); the product ends before the subject «холдинг»."""
    text = ("Новости\nСейчас сборку отдельных тракторов холдинг МТЗ ведет в Смоленской области на "
            "мощностях партнера.\n")
    rows = register_of(text)
    assert [(r["region"], r["status"]) for r in rows] == [("Смоленская область", "operating")]
    assert "холдинг" not in rows[0]["product"]


def test_a_running_projects_start_year_is_its_timeline() -> None:
    """«С 2020 года на площадке ООО «…» в Брянске ведётся сборка тракторов»: the year it
    started, shown «с 2020 г.»; a plan's date in a later sentence still wins."""
    text = ("Новости\nС 2020 года на площадке ООО «Брянсксельмаш» в Брянске ведется сборка "
            "тракторов «Беларус» Минского тракторного завода.\n")
    rows = register_of(text)
    assert [(r["status"], r["timeline"]) for r in rows] == [("operating", "2020-since")]
    assert fmt_timeline("2020-since", "ru") == "с\u00a02020\u00a0г."
    assert fmt_timeline("2020-since", "en") == "since 2020"
    assert since_timeline("Сборка идёт в Брянске с 2020 года") == "2020-since"
    assert since_timeline("Сборку начнут в 2026 году") is None
