"""Session 33 (recall33): the register's recall over every dev part, classes read across
rounds, on sentences written here.

* «в Мирном» names the diamond town of Якутия (rounds 14, 15, 20, 33 and 43 place projects
  there): the hand list has it in its locative form only, as «в Лиде», so «Мирный атом» and
  «в мирном небе» name no place. So «в Бору» (Нижегородская область).
* A town listed in its locative form keeps its capital on the name: «В бору растут сосны»
  at a sentence's start names no town.
* A listed town whose name is an adjective (Волжский) used as an adjective before a noun it
  agrees with («суда Волжского бассейна») names no place (it had placed a Нижегородская
  project in Волгоградская область); «в Волжском», «Чайковского района» and a quoted firm's
  name opening with it («Волжский дизель») read as before.
* A making verb told in the past («выпускали») is a weak kind cue only, not a stage cue:
  goods it made for a Belarusian maker's machines are a component production as with the
  present «выпускают».
"""

from __future__ import annotations

from conftest import register_of

from analysis.entities import find_regions


def _places(text: str) -> list[tuple[str, str]]:
    return [(e.surface, e.normal) for e in find_regions(text)]


def test_mirny_in_its_locative_form_is_the_yakut_town():
    assert _places("Склад шин откроют в Мирном к осени.") == [
        ("в Мирном", "Республика Саха (Якутия)")]
    assert _places("Мирный атом остаётся главной темой форума.") == []
    assert _places("В мирном небе над заводом летали дроны.") == []


def test_bor_in_its_locative_form_and_not_a_pine_wood():
    assert _places("На заводе в Бору сейчас работают 90 человек.") == [
        ("в Бору", "Нижегородская область")]
    assert _places("В бору за посёлком много грибов.") == []


def test_a_town_named_by_an_adjective_used_as_one_names_no_place():
    assert _places("Верфь строит баржи для Волжского бассейна.") == []
    assert _places("В Волжском запустили сборку насосов.") == [
        ("Волжском", "Волгоградская область")]
    assert [n for _, n in _places("склады в Казани, Самаре, Волжском и Саратове")] == [
        "Республика Татарстан", "Самарская область", "Волгоградская область",
        "Саратовская область"]
    assert _places("Цех в Чайковском районе расширят.") == [("Чайковском", "Пермский край")]
    assert _places("АО «Волжский насос» отчиталось за год.") == [
        ("Волжский", "Волгоградская область")]


def test_a_project_in_mirny_is_its_own_site():
    rows = register_of(
        "Шинный сервис на севере\nВ Апатитах второй год работает участок ремонта крупных шин, "
        "открытый «Белшиной» вместе с местной компанией «КолаШинСервис».\nВ мае «Белшина» и "
        "горнодобывающая компания подписали соглашение о создании в Мирном пункта "
        "обслуживания карьерных шин.")
    regions = {r["region"] for r in rows}
    assert {"Мурманская область", "Республика Саха (Якутия)"} <= regions, rows


def test_parts_made_in_the_past_for_belarusian_machines_are_a_component_production():
    rows = register_of(
        "Баки для погрузчиков\nВ соседнем Сафонове с 2019 года на одном из местных заводов "
        "выпускали стальные баки для белорусских погрузчиков, однако весной выпуск "
        "приостановлен.")
    assert [(r["region"], r["kind"]) for r in rows] == [
        ("Смоленская область", "component_production")], rows
