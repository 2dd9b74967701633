"""Session 28 (walk42reg): classes read from round 42's dev part, on sentences written here.

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
