"""A new user's register findings of session 23 (issue 11), findings 5 and 6, in texts written
here in the style of governors' interviews and banks' releases: a running project's timeline
is the start year its clause states, not a year an output is to be reached in («В этом году
планируем выйти на 300 машин»); money put «в сборочную площадку» paragraphs later is the
article's assembly project's; a project's whole cost («Общая стоимость проекта …») told after
its credit's terms is its investment."""

from __future__ import annotations

from datetime import date

from conftest import register_of

from analysis.projects.output_time import output_year

INTERVIEW = (
    "Глава региона: «Белорусские партнёры нам доверяют»\n"
    "Глава Пензенской области рассказал нашему корреспонденту о сотрудничестве с Беларусью.\n"
    "— Есть ли у белорусских заводов производство в регионе?\n"
    "— С 2022 года в индустриальном парке «Сура» работает сборочное производство Минского "
    "автомобильного завода. Там собирают самосвалы, в прошлом году выпустили 90 машин. В этом "
    "году планируем выйти на 150 единиц.\n"
    "— Какие ещё проекты обсуждаются?\n"
    "— Ведём переговоры с «Бобруйскагромашем» о сервисном центре для прицепной техники.\n"
    "— А инвестиции?\n"
    "— Белорусская сторона вложила в сборочную площадку около 900 млн рублей.")


def test_a_running_projects_timeline_is_its_stated_start_not_an_output_year() -> None:
    rows = register_of(INTERVIEW, date(2025, 7, 1))
    maz = [r for r in rows if r["kind"] == "assembly"]
    assert [(r["region"], r["status"], r["timeline"]) for r in maz] == [
        ("Пензенская область", "operating", "2022-since")]


def test_money_put_into_the_assembly_site_is_the_assembly_projects() -> None:
    rows = register_of(INTERVIEW, date(2025, 7, 1))
    by_kind = {r["kind"]: r for r in rows}
    assert by_kind["assembly"]["investment_value"] == 9e8
    assert by_kind["service_center"]["investment_value"] != by_kind["service_center"][
        "investment_value"]  # NaN: none of it


def test_an_output_in_a_relative_year_is_no_timeline() -> None:
    """«В этом году планируем выйти на 150 единиц»: the year is written as «в этом году»."""
    assert output_year("В этом году планируем выйти на 150 единиц.", "2025")
    assert not output_year("В этом году планируем открыть цех.", "2025")


def test_a_joint_ventures_whole_cost_told_after_its_credit_is_its_investment() -> None:
    rows = register_of(
        "Банк профинансирует завод СП в Тульской области\n"
        "ТУЛА, 3 июня. Банк «Центр-Инвест» и ООО «Тула-БелАЗ Детали», совместное предприятие "
        "ОАО «БЕЛАЗ» и российского холдинга «Тяжмаш», подписали договор о кредитной линии на "
        "3 млрд рублей. Средства пойдут на строительство в Тульской области завода по выпуску "
        "рам и кузовов для карьерных самосвалов.\n"
        "Кредит будет выдаваться двумя траншами. Срок кредитной линии — шесть лет. Для "
        "закупки станков предусмотрен валютный лимит.\n"
        "Общая стоимость проекта оценивается в 4,2 млрд рублей.\n"
        "Запуск завода запланирован на 2027 год.", date(2025, 6, 3))
    tula = [r for r in rows if r["region"] == "Тульская область"]
    assert len(tula) == 1 and tula[0]["investment_value"] == 4.2e9


def test_a_district_named_after_its_town_places_the_project_in_the_towns_region() -> None:
    """«сервисный центр … в Себежском районе»: the district is a place of its town's region
    (resolved as the figures' region is), over a town named only as where repairs went."""
    rows = register_of(
        "Сервис ближе к полям\nКомпания «ПсковАгроСервис» открыла сервисный центр Минского "
        "тракторного завода в Себежском районе. Раньше хозяйства возили тракторы в ремонт в "
        "Смоленск, а запчасти заказывали в Пскове.", date(2025, 5, 1))
    assert [(r["region"], r["kind"]) for r in rows] == [("Псковская область", "service_center")]
