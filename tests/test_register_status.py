"""A project's status from the clause that holds its trigger (issue 11)."""

from __future__ import annotations

import pytest
from conftest import register_of


def statuses(text: str) -> list[tuple[str, str]]:
    return [(r["kind"], r["status"]) for r in register_of(text)]


@pytest.mark.parametrize("text", [
    "Карданы из Гродно\nНа заводе «Белкард» в Гродно начат монтаж участка по выпуску карданных "
    "валов совместно с ульяновской компанией «Автодеталь».",
    "Лифты для Урала\nВ Перми монтируется линия сборки лифтов «Могилевлифтмаш» на площадке "
    "компании «ПермЛифт».",
    "Погрузчики в Калуге\nВ Калуге идёт оснащение сборочного цеха погрузчиков «Амкодор» на "
    "площадке компании «Техресурс».",
])
def test_mounting_and_equipping_are_in_progress(text):
    """«начат монтаж», «монтируется», «идёт оснащение цеха»: the works are under way."""
    assert [s for _, s in statuses(text)] == ["in_progress"]


def test_a_line_mounted_long_ago_is_no_work_in_progress():
    """«смонтировали» (past, perfective) is no cue of works under way."""
    got = statuses("Лифты для Урала\nЛинию сборки лифтов «Могилевлифтмаш» в Перми смонтировали "
                   "ещё в 2019 году, сейчас она выпускает до 500 лифтов в год.")
    assert [s for _, s in got] == ["operating"]


def test_the_scorer_lists_a_wrong_status_of_a_found_project():
    """`--errors` shows wrong kinds and statuses of matched projects, so their causes can be read."""
    import pandas as pd

    from analysis.quality.gold import case_file
    from analysis.quality.projects import score_projects

    case = {"id": "t1", "published": "2024-05-01", "text": "…", "projects": [
        {"region": "Калужская область", "enterprises": ["Амкодор"], "product": "погрузчики",
         "kind": "assembly", "status": "agreed"}]}
    art = case_file(case).rsplit(".", 1)[0]
    row = {"article_ids": art, "region": "Калужская область", "enterprises": "Амкодор",
           "product": "погрузчики", "kind": "assembly", "status": "planned"}
    score = score_projects([case], pd.DataFrame([row]))
    assert score.overall.found == 1 and score.overall.status_ok == 0
    assert any(e.startswith("t1 status: planned for agreed") for e in score.errors)
    assert not any(" kind: " in e for e in score.errors)


@pytest.mark.parametrize("text", [
    "Карданы для тракторов\nВ Пензенской области ведётся проектирование завода, который будет "
    "выпускать карданные валы для тракторов МТЗ.",
    "Погрузчики в Калуге\nВ Калуге идёт оснащение цеха, где холдинг «Амкодор» наладит сборку "
    "погрузчиков вместе с компанией «Техресурс».",
])
def test_a_plant_under_way_that_will_make_something_is_in_progress(text):
    """The future in «завод, который будет выпускать» tells what the plant is for; the works
    on the plant («ведётся проектирование», «идёт оснащение») give the project's stage."""
    assert [s for _, s in statuses(text)] == ["in_progress"]


def test_a_future_plant_with_no_works_under_way_stays_planned():
    got = statuses("Карданы для тракторов\nВ Пензенской области выбрали участок под завод, "
                   "который будет выпускать карданные валы для тракторов МТЗ.")
    assert [s for _, s in got] == ["planned"]


def test_what_the_maker_makes_at_home_does_not_make_a_plan_run():
    """«"Амкодор" выпускает более 120 моделей» after its plan in Kaluga tells of the maker."""
    got = statuses("«Амкодор» соберёт погрузчики в Калуге\nХолдинг «Амкодор» в следующем году "
                   "планирует начать сборку погрузчиков в Калужской области. «Амкодор» выпускает "
                   "более 100 моделей дорожной и коммунальной техники.")
    assert [s for _, s in got] == ["planned"]


def test_the_plant_of_a_planned_project_told_running_runs():
    """«Предприятие собирает…», «в Калуге … собирают»: the project's own site runs."""
    got = statuses("Погрузчики из Калуги\nХолдинг «Амкодор» планировал наладить сборку "
                   "погрузчиков в Калуге. Сейчас в Калуге уже собирают погрузчики «Амкодор».")
    assert [s for _, s in got] == ["operating"]


@pytest.mark.parametrize("text", [
    "Стартеры для Тулы\nБорисовский завод автотракторного электрооборудования (БАТЭ) и "
    "тульская компания «Электроагрегат» наладят выпуск стартеров и генераторов в Туле.",
    "Карданы для КАМАЗа\nКАМАЗ и «Белкард» начали выпуск карданных передач для грузовиков на "
    "площадке в Набережных Челнах.",
])
def test_starters_generators_and_drive_shafts_are_components(text):
    assert [k for k, _ in statuses(text)] == ["component_production"]


def test_buses_are_no_components():
    got = statuses("Автобусы для Тулы\nМАЗ и тульская компания «ТулаБус» наладят сборку "
                   "городских автобусов в Туле.")
    assert [k for k, _ in got] == ["assembly"]


# --- a signed agreement is `agreed`: the decision is made (issue 11, settled in session 15)


@pytest.mark.parametrize("text", [
    "Тракторы для Зауралья\nМинский тракторный завод и правительство Курганской области "
    "подписали соглашение о создании сборочного производства тракторов в Шадринске. Первые "
    "машины планируется выпустить в 2027 году.",
    "Лифты в Омске\nОАО «Могилевлифтмаш» и правительство Омской области договорились о сборке "
    "лифтов на площадке в Омске. Старт производства намечен на второе полугодие.",
    "Сервис в Чите\nМАЗ и забайкальская компания «ЧитаАвтоТранс» заключили договор на "
    "организацию сервисного центра в Чите. Центр должен заработать весной следующего года.",
])
def test_signed_agreement_then_planned_start_is_agreed(text):
    """«подписали соглашение о создании …», «договорились о сборке …», «заключили договор на
    организацию …» followed by a planned start date: the agreement is the further stage."""
    assert [s for _, s in statuses(text)] == ["agreed"]


def test_agreement_then_construction_is_in_progress():
    """An agreement, then «строится»: work under way is further along than the agreement."""
    got = statuses("Погрузчики для Сибири\nХолдинг «Амкодор» и правительство Новосибирской "
                   "области подписали соглашение о создании сборочного производства погрузчиков. "
                   "Сейчас на площадке в Бердске строится сборочный цех погрузчиков «Амкодор».")
    assert [s for _, s in got] == ["in_progress"]


@pytest.mark.parametrize("text", [
    "Комбайны в Курске\nОАО «Гомсельмаш» намерено наладить сборку зерноуборочных комбайнов в "
    "Курской области. Первые машины планируется выпустить в 2027 году.",
    "Автобусы в Пензе\nМАЗ и пензенская компания «ПензаБасСервис» обсуждают создание "
    "сервисного центра для автобусов в Пензе.",
])
def test_intention_without_agreement_is_planned(text):
    """«намерено», «обсуждают»: no agreement is signed, the project is only a plan."""
    assert [s for _, s in statuses(text)] == ["planned"]


@pytest.mark.parametrize("text", [
    # a signing denied
    "СП в Дзержинске\nМинский моторный завод и компания «НижДизель» намерены создать совместное "
    "предприятие по ремонту двигателей в Дзержинске. Соглашение о создании СП Минский моторный "
    "завод пока не подписал.",
    # the agreement is a purchase, not the project
    "Автобусы МАЗ для Чебоксар\nЧебоксарская компания «ЭлектроЖгут» намерена наладить "
    "производство жгутов проводов для автобусов МАЗ. Также подписан контракт на приобретение "
    "20 автобусов МАЗ для города.",
    # the agreement extends what is already there: the new stage is a plan
    "Сервис в Кузбассе\nПо итогам переговоров достигнута договорённость о расширении "
    "сервисного центра «БелАЗ» в Белово. Открытие второго корпуса центра запланировано на осень.",
])
def test_agreement_not_setting_the_project_up_leaves_it_planned(text):
    """«Документ пока не подписан», «контракт на приобретение автобусов», «договорённость о
    расширении»: no agreement that sets the project up was signed."""
    assert [s for _, s in statuses(text)] == ["planned"]
