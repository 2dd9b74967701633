"""Session 32 (walk49reg): classes read from round 49's dev part, on sentences written here.

* Machines mounted on Belarusian tractors («Похожие погрузчики на белорусских тракторах
  монтируют также в …») are the special machine's assembly, as «монтировать на шасси» and
  «монтаж на тракторах» are (rounds 38, 44; the writer's decisions 3 and 16); told in the
  present, the mounting runs (the bare predicate «Установки смонтированы на тракторах» is
  left: like round 30's «Машины смонтированы на шасси МАЗ» it may tell goods bought). So are
  vehicles a firm puts out described by the full participle («выпустило 40 автомастерских,
  смонтированных на шасси МАЗ»); goods received so described («получили пять автовышек,
  смонтированных на шасси МАЗ») and the bare predicate («Машины смонтированы на шасси МАЗ»,
  round 30's bought machines) stay no project.
* A signed agreement whose content is a clause («подписали соглашение о том, что совместно
  откроют сервисные пункты в …») sets that clause's plan: the project is `agreed`, as with
  «соглашение о создании» or «по условиям соглашения» (session 15's convention); an agreement
  still to be signed leaves the plan a plan.
* A venture told wound up in the next sentence by its noun («Однако заказов СП так и не
  получило и в прошлом году было ликвидировано») is no project, as «предприятие
  ликвидировали» and «проект окончательно свёрнут» are (sessions 22, 23; the dev parts of
  rounds 11, 38, 39, 42, 44, 45, 48 and 49 agree); told going on, it stays.
* «белорусско-российское предприятие» names the venture's sides, no product: the venture's
  product is what the sentence says it makes («…, выпускающее генераторы импульсов»), which
  matters most where no firm is named (the writer's class `no_enterprise`).
* A sentence opening with the work as its topic («Сборку ведёт ООО «…» из машинокомплектов
  …» right after «…мотоблоков, которые собирают в Людинове») names who does the work just
  told: one project, not a second row of the same kind in the same town. A «мотоблок» is a
  machine (``product_heads``), as a tractor is.
* «завершает первый год работы», «итоги второго года работы» tell a venture that has worked
  a year: it runs (`operating`), not works being finished (the writer's decision 8).
* «учредители СП» as the subject after an opening adverbial («В 2015 году учредители СП
  объявляли и о втором заводе — в …») are the venture's founders named before, as at the
  sentence's start («Учредители планируют …»): the second plant is theirs (the writer's
  decision 10).
* Parts told coming from a place («фюзеляжи и крылья будут приходить из Ставрополя, а
  окончательную сборку будет вести барановичский завод») come from there: a division of work
  inside one project, no second site at the parts' origin, even where no other place is named
  in the clause (the writer's decision 4; rounds 42, 44). So does a place that is the
  subject of a shipping verb («а рукава и автоматику поставляет Екатеринбург»).
* A Belarusian maker putting out goods «для российского партнёра» (unnamed in the clause:
  «Кассеты для российского партнёра МЗМК выпускает на отдельном участке с прошлого года»)
  works at home for a Russian client: parts made in Belarus, a row of their own with no
  region, apart from the Russian assembly being set up (the writer's decision 4; session 18).
"""

from __future__ import annotations

import pytest
from conftest import register_of

# ------------------------------------------------------------- mounted on tractors


def test_machines_mounted_on_tractors_are_an_assembly():
    rows = register_of(
        "Ямобуры из Ирбита\nИрбитское ООО «УралБурМаш» за месяц сдало заказчикам пять "
        "ямобуров. Буровые установки на тракторах МТЗ монтируют в цехе в Ирбите, шесть-восемь "
        "машин в месяц.")
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Свердловская область", "assembly", "operating")], rows
    assert "МТЗ" in rows[0]["enterprises"], rows


def test_a_list_of_regions_mounting_on_belarusian_tractors():
    rows = register_of(
        "Погрузчики на тракторах\nЛесные погрузчики на белорусских тракторах монтируют в "
        "Костромской и Вологодской областях, по нескольку машин в месяц.")
    assert sorted((r["region"], r["kind"], r["status"]) for r in rows) == [
        ("Вологодская область", "assembly", "operating"),
        ("Костромская область", "assembly", "operating")], rows


@pytest.mark.parametrize("text", [
    "Тракторы для лесхоза\nЛесхоз получил два трактора «Беларус», на которые смонтированы "
    "погрузчики.",
])
def test_machines_received_are_no_mounting(text):
    assert register_of(text) == []


# ------------------------------------------------------------- an agreement «о том, что …»


@pytest.mark.parametrize(("verb", "status"), [
    ("подписали", "agreed"),
    ("планируют подписать", "planned"),
])
def test_an_agreement_about_a_clause_sets_its_plan(verb, status):
    rows = register_of(
        "Сервис для самосвалов\nВ мае на выставке в Кемерове БелАЗ и кемеровское ООО "
        f"«КузбассТехСервис» {verb} соглашение о том, что совместно откроют сервисный центр "
        "в Новокузнецке.")
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Кемеровская область", "service_center", status)], rows


# ------------------------------------------------------------- a venture wound up


_VENTURE = ("Опыт с белорусами\nВ 2012 году компания и ОАО «Гомельский литейный завод «Центролит» "
            "учредили совместное предприятие для выпуска чугунных люков в Брянске. ")


@pytest.mark.parametrize(("after", "rows"), [
    ("Однако заказов СП так и не получило и в позапрошлом году было ликвидировано.", 0),
    ("В прошлом году предприятие ликвидировали.", 0),
    ("Сейчас СП выпускает около 300 люков в месяц.", 1),
])
def test_a_venture_wound_up_is_no_project(after, rows):
    assert len(register_of(_VENTURE + after)) == rows


# ------------------------------------------------------------- the sides' adjective is no product


def test_a_ventures_product_is_what_it_makes_not_its_sides():
    rows = register_of(
        "Изгороди из Пинска\nВ Пинске пятый год работает совместное белорусско-российское "
        "предприятие, выпускающее генераторы импульсов для электроизгородей.")
    assert [(r["region"], r["kind"]) for r in rows] == [(None, "joint_venture")], rows
    assert "генератор" in rows[0]["product"], rows


# ------------------------------------------------------------- the work as the topic


def test_the_work_told_as_topic_is_the_project_just_told():
    rows = register_of(
        "Мотоблоки в Кирове\nДвигатели нужны прежде всего для мотоблоков «Беларус», которые "
        "уже второй год собирают в Кирово-Чепецке. Сборку ведёт ООО «ВяткаАгроМаш» из "
        "машинокомплектов ОАО «Сморгонский агрегатный завод».")
    assert [(r["region"], r["location"], r["kind"]) for r in rows] == [
        ("Кировская область", "Кирово-Чепецк", "assembly")], rows
    assert "ВяткаАгроМаш" in rows[0]["enterprises"], rows


# ------------------------------------------------------------- a year of work


def test_a_venture_ending_its_first_year_of_work_runs():
    rows = register_of(
        "Итоги года\nСовместное предприятие ООО «БелЯрФильтр», созданное ярославской компанией "
        "«ЯрЭкоФильтр» и ОАО «Гомельский завод «Гидропривод», завершает первый год работы в "
        "Гомеле.")
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        (None, "joint_venture", "operating")], rows


# ------------------------------------------------------------- the founders as the subject


def test_founders_as_subject_after_an_adverbial_are_the_ventures():
    rows = register_of(
        "Балки для мостов\nСовместное предприятие ООО «ТверьМостСталь» в Ржеве выпускает "
        "стальные балки для мостов. Предприятие создано белорусским ОАО «Мостострой-Гомель» и "
        "тверской компанией ООО «ВолгаДорСтрой».\n\nВ прошлом году учредители СП объявили и "
        "о втором заводе — в Торжке, где будут делать опоры мостов.")
    torzhok = [r for r in rows if r["location"] == "Торжок"]
    assert len(torzhok) == 1, rows
    assert "ВолгаДорСтрой" in torzhok[0]["enterprises"], rows


# ------------------------------------------------------------- parts shipped from a place


def test_parts_coming_from_a_place_make_no_site_there():
    rows = register_of(
        "Катера в Пинске\nКостромская компания ООО «ВолгаКатер» и ОАО «Пинский судоремонтный "
        "завод» подписали соглашение о сборке в Пинске прогулочных катеров.\n\nПо условиям "
        "соглашения, корпуса и двигатели будут приходить из Костромы, а окончательную сборку и "
        "испытания будет вести пинский завод.")
    assert [(r["region"], r["location"], r["kind"]) for r in rows] == [
        (None, "Пинск", "assembly")], rows


def test_a_place_that_supplies_parts_is_no_site():
    rows = register_of(
        "Фильтры из Бреста\nСовместное предприятие ООО «БрестУралФильтр», созданное пермской "
        "компанией «ПермьЭкоФильтр» и ОАО «Брестский электромеханический завод», выпускает в "
        "Бресте рукавные фильтры.\n\nКорпуса фильтров выпускает цех брестского завода, а "
        "фильтровальные рукава и автоматику поставляет Пермь.")
    assert [(r["region"], r["location"], r["kind"]) for r in rows] == [
        (None, "Брест", "joint_venture")], rows


# ------------------------------------------------------------- vehicles on chassis


def test_vehicles_a_firm_puts_out_on_belarusian_chassis_are_an_assembly():
    rows = register_of(
        "Мастерские на колёсах\nОмское ООО «СибАвтоМастер» с начала года выпустило 40 "
        "передвижных автомастерских, смонтированных на полноприводных шасси Минского "
        "автомобильного завода.")
    assert [(r["region"], r["kind"]) for r in rows] == [("Омская область", "assembly")], rows


@pytest.mark.parametrize("text", [
    "Новая техника\nКоммунальщики Твери получили пять автовышек, смонтированных на шасси МАЗ.",
    "Новая техника\nАдминистрация Твери закупила пять автовышек, смонтированных на шасси МАЗ.",
])
def test_vehicles_on_chassis_received_are_no_project(text):
    assert register_of(text) == []


# ------------------------------------------------------------- for a Russian partner, at home


def test_a_belarusian_maker_making_for_its_russian_partner_works_at_home():
    rows = register_of(
        "Экраны для трасс\nТверское ООО «ТверьЭкран» и белорусское ОАО «Лидский завод "
        "металлоконструкций» (ЛЗМК) готовят запуск в Твери линии по сборке шумозащитных "
        "экранов.\n\nПанели для российского партнёра ЛЗМК выпускает на отдельном участке с "
        "прошлого года.")
    got = sorted((r["region"] if isinstance(r["region"], str) else "", r["kind"], r["status"])
                 for r in rows)
    assert got == [("", "component_production", "operating"),
                   ("Тверская область", "assembly", "planned")], rows
