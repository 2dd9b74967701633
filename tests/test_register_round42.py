"""Session 28 (walk42reg): classes read from round 42's dev part, on sentences written here.

* A region's adjective beside a street noun («на улице Тамбовской») is an address, no place.
* A kind cue inside an «если» clause is the condition of something else, no project.
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
