"""Session 28 (walk42reg): classes read from round 42's dev part, on sentences written here.

* A region's adjective beside a street noun («на улице Тамбовской») is an address, no place.
* A kind cue inside an «если» clause is the condition of something else, no project.
* «на площадке минского предприятия», «в цехе солигорского завода»: a site noun before a
  plant named by its town's adjective is that Belarusian plant's site; «из подмосковного
  Жуковского» (an adjective between) is where a partner comes from.
* A venture's founding sentence («СП создано … X и Y; производство размещено в …») names
  its founders, so it still places the venture told before; a headline naming no firm does
  not make the lead a continuation. «учредители СП» act: the venture noun is no venture.
* Instrument clusters, door mechanisms and drives, insulators, glow and spark plugs,
  crankshafts and camshafts, propellers and shafting, seat belts and sensing elements are
  parts (the writer's note 4; session 25: assembling a part is component production).
* The Vitebsk plant of electrical measuring instruments (ВЗЭП) is a Belarusian maker of the
  gazetteer, so a firm-less site takes it as the headline's one maker.
* «заканчивают оснащение цеха»: present-tense «заканчивать» is work under way, as «завершать».
* A restart planned («Возобновить выпуск … в Ливнах планируется …») at the town of a
  project told halted is that project's resumption, no new project.
* Announced («объявили о создании») and «так и не был запущен» in the next sentence of its
  paragraph: a project with no stage (session 22).
* A sentence opening «Помимо …,» / «Кроме …,» sets aside what the article told: a kind cue
  inside that phrase is no project of its own, and a firm right after the comma tells its
  other line of business (no project, no continuation) unless the rest names the other side.
"""

from __future__ import annotations

from conftest import register_of

# ------------------------------------------------------------- «Помимо …, фирма …»


def test_a_firms_other_work_after_a_set_aside_phrase_is_no_project():
    text = ("Моторы из Костромы\n"
            "ООО «КостромаДизель» из Костромы с прошлой осени собирает двигатели для тракторов "
            "Минского тракторного завода.\n"
            "Помимо минского заказа, «КостромаДизель» выпускает лодочные моторы и ремонтирует "
            "катера на Волге.")
    rows = register_of(text)
    assert [r["region"] for r in rows] == ["Костромская область"], rows
    assert all("катера" not in r["evidence"] and r["kind"] != "service_center" for r in rows), rows


def test_a_cue_inside_the_set_aside_phrase_is_no_project():
    text = ("Гродненские датчики\n"
            "ОАО «Гродненский приборный завод» отгрузил в Россию 10 тысяч датчиков.\n"
            "Кроме автокомпонентов, Гродненский приборный завод выпускает бытовые счётчики; "
            "их продажи в России ведут дилеры.")
    assert register_of(text) == []


def test_krome_togo_still_tells_a_project():
    text = ("Лифты для Твери\n"
            "ОАО «Могилевлифтмаш» поставляет лифты в Тверскую область.\n"
            "Кроме того, в Твери Могилевлифтмаш откроет сервисный центр по обслуживанию лифтов.")
    rows = register_of(text)
    assert [(r["region"], r["kind"]) for r in rows] == [
        ("Тверская область", "service_center")], rows


# ------------------------------------------------------------- streets, conditions


def test_a_region_adjective_naming_a_street_is_no_place():
    from analysis.entities import find_regions
    from analysis.projects.streets import street_places

    for text in ("Цех стоит на улице Брянской.", "офис на Тверском проспекте",
                 "склад по ул. Курской, 12"):
        ents = find_regions(text)
        assert ents and street_places(text, ents) == {id(e) for e in ents}, text
    for text in ("в Брянской области", "курская первая линия"):
        ents = find_regions(text)
        assert not street_places(text, ents), text


def test_a_site_on_a_street_named_after_a_region_keeps_its_town():
    text = ("Бийские погрузчики\n"
            "Первый погрузчик, собранный в Бийске из белорусских узлов, сдан заказчику.\n"
            "Сборкой занимается небольшое предприятие на улице Тамбовской. ООО «БийскМаш» с "
            "весны собирает погрузчики из узлов холдинга «Амкодор».")
    rows = register_of(text)
    assert {r["region"] for r in rows} == {"Алтайский край"}, rows


def test_a_kind_inside_an_if_clause_is_a_condition():
    cond = ("Краны из Орши\n"
            "ООО «МиассКран» рассчитывает поднять долю своих работ, если освоит в Миассе "
            "изготовление кабин для кранов Оршанского завода подъёмно-транспортного оборудования.")
    assert register_of(cond) == []
    # the main clause after the condition tells the project
    main = ("Краны из Орши\n"
            "Если испытания пройдут успешно, ООО «МиассКран» освоит в Миассе изготовление кабин "
            "для кранов Оршанского завода подъёмно-транспортного оборудования.")
    assert [r["kind"] for r in register_of(main)] == ["component_production"]


# ------------------------------------------------------------- a Belarusian plant's own site


def test_the_site_of_a_belarusian_plant_named_by_its_town_adjective():
    text = ("Ремонт насосов\n"
            "ОАО «Гомельский завод литья и нормалей» и ООО «НасосСервис» из подмосковной Коломны "
            "договорились о создании на площадке гомельского предприятия участка ремонта насосов.")
    rows = register_of(text)
    assert [(r["region"], r["location"]) for r in rows] == [(None, "Гомель")], rows


def test_a_ventures_founders_sentence_places_its_production():
    text = ("Лотки для кабеля\n"
            "На совместном предприятии ООО «БелКабельЛоток» изготовлена тысячная партия "
            "кабельных лотков.\n"
            "СП учреждено в 2020 году ОАО «Гомельский завод литья и нормалей» и тверским ООО "
            "«ЛотокТех»; производство размещено в цехе гомельского завода.")
    rows = register_of(text)
    assert [(r["region"], r["location"], r["kind"]) for r in rows] == [
        (None, "Гомель", "joint_venture")], rows


def test_the_founders_of_a_venture_act_for_another_project():
    text = ("Лотки\n"
            "Сейчас учредители СП ведут переговоры об организации сервисного обслуживания "
            "кабельных линий в Твери.")
    assert [r["kind"] for r in register_of(text)] == ["service_center"]


# ------------------------------------------------------------- parts


def test_more_parts_assembled_are_component_production():
    for goods in ("комбинаций приборов", "дверных механизмов", "ремней безопасности"):
        text = ("Детали для автобусов\n"
                f"В Тольятти ООО «ТольяттиДеталь» с весны ведёт сборку {goods} из узлов "
                "Минского автомобильного завода.")
        assert [r["kind"] for r in register_of(text)] == ["component_production"], goods


def test_a_firm_less_site_takes_the_headlines_initialled_maker():
    text = ("ВЗЭП расширяет кооперацию\n"
            "ОАО «Витебский завод электроизмерительных приборов» отгрузил в Россию 20 тысяч "
            "счётчиков.\n"
            "Совместный участок сборки комбинаций приборов работает в Ульяновской области.")
    rows = register_of(text)
    assert [(r["region"], r["enterprises"]) for r in rows] == [
        ("Ульяновская область", "ВЗЭП")], rows


def test_finishing_the_fitting_out_of_a_shop_is_work_under_way():
    text = ("Пресс-подборщики\n"
            "В Почепе при участии белорусского завода заканчивают оснащение цеха по сборке "
            "рулонных пресс-подборщиков.")
    rows = register_of(text)
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Брянская область", "assembly", "in_progress")], rows


def test_a_planned_restart_at_a_halted_ventures_town_is_that_venture():
    text = ("Шпагат\n"
            "Совместное белорусско-российское предприятие ООО «БелОрелТекс» в Ливнах с мая "
            "приостановило выпуск шпагата.\n"
            "Предприятие создано в 2020 году ОАО «СветлогорскХимволокно» и орловским ООО "
            "«АгроСнаб». Белорусская сторона поставляла нить, в Ливнах из неё вили шпагат.\n"
            "Причина остановки — ремонт линии в Светлогорске. Возобновить выпуск шпагата в "
            "Ливнах планируется в сентябре, когда белорусский завод выйдет на прежние объёмы.")
    rows = register_of(text)
    assert [(r["kind"], r["status"], r["halted"], r["timeline"]) for r in rows] == [
        ("joint_venture", "unknown", "suspended", "2024-09")], rows


def test_announced_then_never_started_in_the_next_sentence_has_no_stage():
    text = ("Двери для троллейбусов\n"
            "В 2018 году ООО «ДверьМаш» и ОАО «Белкоммунмаш» объявили о создании в Минске "
            "совместного участка по сборке дверных механизмов. Однако участок так и не был "
            "запущен.")
    rows = register_of(text)
    assert [(r["location"], r["status"]) for r in rows] == [("Минск", "unknown")], rows
