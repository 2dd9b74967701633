"""Session 25 (walk36reg): classes read from round 36's dev part, on sentences written here.

* A firm introduced by a country's adjective («российское АО «…»») is that country's side, as
  one introduced by a region's adjective is.
* «Соглашение о создании … совместного производства» of parts by a named Belarusian and a
  named Russian firm is the parts made there (component production), unless the text goes on to
  the venture being registered (test_register_sites keeps that reading).
* Assembling a part («генераторы собирают», «сборка гидрораспределителей») is component
  production; parts coordinated with a final assembly, parts it is made from and batteries
  (goods of their own) keep the assembly.
"""

from __future__ import annotations

from conftest import register_of, row_region

from analysis.entities import find_entities
from analysis.projects.firm_homes import home_country

# ------------------------------------------------------------ a country adjective's firm


def test_a_country_adjective_makes_the_firm_that_countrys_side():
    text = "Соглашение подписали ОАО «МАЗ» и российское ООО «Камапривод» из Набережных Челнов."
    ents = find_entities(text)
    firm = next(e for e in ents if e.normal == "Камапривод")
    assert home_country(text, ents, firm) == "RU"


def test_a_firm_with_no_adjective_before_it_has_no_home_told():
    text = "Соглашение подписали ОАО «МАЗ» и ООО «Камапривод», сообщили в пресс-службе."
    ents = find_entities(text)
    firm = next(e for e in ents if e.normal == "Камапривод")
    assert home_country(text, ents, firm) is None


# ------------------------------------------------- joint production founded, no venture


def test_joint_production_of_parts_founded_by_a_named_pair_is_component_production():
    rows = register_of(
        "МАЗ и российская компания наладят выпуск насосов в Минске\n"
        "ОАО «МАЗ» и российское ООО «Камапривод» подписали соглашение о создании в Минске "
        "совместного производства топливных насосов для дизельных двигателей.\n"
        "Первые изделия партнёры рассчитывают выпустить через два года.")
    assert [(row_region(r), r["location"], r["kind"], r["status"]) for r in rows] == [
        (None, "Минск", "component_production", "agreed")], rows


# ------------------------------------------------------------------- a part assembled


def test_a_part_the_assembly_verb_assembles_is_component_production():
    rows = register_of(
        "Липецкие гидравлики\n"
        "Гидрораспределители в Липецке ООО «ЛипецкГидроСервис» собирает из корпусов и золотников, "
        "которые приходят с гомельского завода «Гидропривод», а уплотнения ставит свои.")
    assert [(row_region(r), r["kind"]) for r in rows] == [
        ("Липецкая область", "component_production")], rows


def test_a_part_told_beside_the_final_assembly_keeps_the_assembly():
    rows = register_of(
        "Тракторы из Минска собирают в Твери\n"
        "С прошлого года в Твери работает ООО «ТверьАгроСборка»: из Минска туда везут двигатели "
        "и мосты тракторов МТЗ, а каркасы кабин и окончательную сборку делают на месте.")
    assert [(row_region(r), r["kind"]) for r in rows] == [("Тверская область", "assembly")], rows


# --------------------------------------------- belarus_located: the partner's home told


def test_a_partner_home_in_brackets_gives_way_to_the_work_site_told_next():
    rows = register_of(
        "Новая сеялка для полей Нечерноземья\n"
        "Конструкторы ОАО «Лидагропроммаш» совместно с инженерами российского ООО «АгроДизайн» "
        "(г. Калуга) ведут разработку пневматической сеялки точного высева.\n"
        "Калужская сторона отвечает за систему управления, белорусская — за раму и бункер.\n"
        "Опытный образец собирают в Лиде, полевые испытания пройдут весной.")
    assert [(row_region(r), r["location"]) for r in rows] == [(None, "Лида")], rows


def test_a_plant_told_by_its_towns_adjective_is_the_work_site():
    rows = register_of(
        "Косилка нового поколения\n"
        "Новую роторную косилку конструкторы ОАО «Бобруйскагромаш» разрабатывают вместе с "
        "инженерами ООО «КубаньАгроПроект» из Краснодара.\n"
        "Краснодарцы отвечают за гидравлику, бобруйчане — за раму и режущий аппарат.\n"
        "Первые образцы собирают в опытном цехе бобруйского завода.")
    assert [(row_region(r), r["location"]) for r in rows] == [(None, "Бобруйск")], rows


def test_a_press_release_dateline_with_a_year_is_no_place():
    rows = register_of(
        "Гомель, 3 марта 2021 г. — Инженеры ОАО «Гомсельмаш» совместно с коллегами российского "
        "ООО «АгроМехПроект» (г. Курск) ведут разработку кормоуборочного комбайна.\n"
        "Российская сторона отвечает за электронику, белорусская — за жатку и шасси.\n"
        "Опытный образец собирают в Ростове-на-Дону, на площадке партнёров.")
    assert [(row_region(r), r["location"]) for r in rows] == [
        ("Ростовская область", "Ростов-на-Дону")], rows


# ------------------------------------------- reports not vouched for, offers declined


_TROLLEYBUS_TALK = (
    "Троллейбусы для Кирова\n\n"
    "МУП «Кировгорэлектротранс» подписало контракт на поставку 12 троллейбусов АКСМ-321 "
    "производства ОАО «Белкоммунмаш».\n\n"
    "Тема возможной сборки троллейбусов в Кирове, которую поднимали на переговорах с "
    "белорусскими партнёрами летом, на заседании не звучала.")


def test_plans_said_not_to_exist_in_the_next_sentence_refute_the_talk():
    rows = register_of(_TROLLEYBUS_TALK + " В департаменте транспорта пояснили, что таких "
                       "планов у администрации нет.")
    assert rows == [], rows


def test_the_talk_not_refuted_stays():
    rows = register_of(_TROLLEYBUS_TALK)
    assert [row_region(r) for r in rows] == ["Кировская область"], rows


def test_a_claim_told_with_yakoby_is_no_project():
    rows = register_of(
        "Слухи о сервисе\n"
        "Местные паблики сообщили, что минский завод якобы намерен открыть в Сыктывкаре "
        "сервисный центр тракторов «Беларус».")
    assert rows == [], rows


def test_machines_put_together_at_the_customers_sites_are_a_delivery():
    rows = register_of(
        "Самосвалы для Чукотки\n"
        "Горняки Чукотки в этом году получили 18 самосвалов БелАЗ. Машины приходят морем в "
        "разобранном виде и собираются на площадках заказчиков бригадами завода.")
    assert rows == [], rows


def test_an_offer_the_other_side_declines_is_no_project():
    rows = register_of(
        "Полуприцепы из Гродно\n"
        "Вологодские партнёры предлагали наладить сборку полуприцепов в Вологде, но на "
        "гродненском заводе сочли это нецелесообразным: проще возить готовые машины.")
    assert rows == [], rows


def test_an_offer_taken_up_stays_a_project():
    rows = register_of(
        "Полуприцепы из Гродно\n"
        "Вологодские партнёры предложили наладить сборку полуприцепов в Вологде, и гродненский "
        "завод согласился: первые машины соберут весной.")
    assert [row_region(r) for r in rows] == ["Вологодская область"], rows


# ------------------------------------------------- one project told in the headline


def test_goods_named_by_a_towns_adjective_after_dlya_are_no_client():
    rows = register_of(
        "Для вологодских тракторов МТЗ открыли сервисный центр\n"
        "Сервисный центр по ремонту тракторов Минского тракторного завода открылся в Вологде. "
        "Его оператором стала компания «ВологдаАгроСервис», авторизованный партнёр МТЗ.")
    assert [row_region(r) for r in rows] == ["Вологодская область"], rows


def test_an_object_told_before_its_origin_and_verb_is_the_product():
    rows = register_of(
        "Грабли из Барановичей собирают под Тулой\n"
        "Барановичский завод нашёл партнёра в Тульской области: ООО «ТулаАгроДеталь».")
    assert [r["product"].lower() for r in rows] == ["грабли"], rows
