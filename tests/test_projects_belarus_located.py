"""Session 18 (issue 11): a project's place is where the work is done — the Belarus-located
class, on texts written here (tests/gold/README.md, the conventions settled in session 18).

* a partner named only as client, designer or licensor («по документации самарской
  компании») is no place of the work; the Belarusian maker's is, and the reverse holds;
* the sentence after a project told with no site of its own says where its work goes on
  («Конструкторские работы … пройдут в Лиде»), Belarusian or Russian alike; a part's tests at
  the customer's plant are not where it is made;
* a production line run for a Russian client («под заказ «Ростсельмаша»») and a Russian side
  making something at a Belarusian place name projects; equipment delivered does not.
"""

from __future__ import annotations

import pandas as pd
from conftest import register_of


def region(row: dict) -> str | None:
    return None if pd.isna(row["region"]) else row["region"]


def firms(row: dict) -> set[str]:
    return set(row["enterprises"].split(";")) if row["enterprises"] else set()


def rows_with(rows: list[dict], firm: str) -> list[dict]:
    return [r for r in rows if firm in firms(r)]


# ------------------------------------------------------------- the client's home is no place


def test_a_belarusian_maker_working_to_a_russian_design_stays_in_belarus():
    rows = register_of(
        "Гомельские гидравлики осваивают самарскую конструкцию\n"
        "Гомельское ОАО «Гидропривод» осваивает по документации самарской компании ООО "
        "«ВолгаПривод» выпуск гидромоторов для фронтальных погрузчиков. Первые изделия "
        "отправят заказчику в июне.")
    made = rows_with(rows, "Гидропривод")
    assert len(made) == 1, rows
    assert region(made[0]) is None, rows
    assert "Самарская область" not in {region(r) for r in rows}, rows


def test_a_russian_maker_working_to_a_belarusian_design_stays_at_home():
    rows = register_of(
        "Курский завод выпускает белорусские пресс-подборщики\n"
        "Курское ООО «СеймАгроМаш» осваивает по документации ОАО «Бобруйскагромаш» выпуск "
        "рулонных пресс-подборщиков. Первые 30 машин отгрузят хозяйствам области весной.")
    made = rows_with(rows, "Бобруйскагромаш")
    assert [region(r) for r in made] == ["Курская область"], rows


# ------------------------------------------------------- the work told in the next sentence


def test_the_next_sentence_places_a_joint_development_in_belarus():
    rows = register_of(
        "Лидские и воронежские конструкторы создадут культиватор\n"
        "ОАО «Лидагропроммаш» и воронежская компания ООО «ЧерноземАгроПроект» договорились о "
        "совместной разработке широкозахватного культиватора. Конструкторские работы и сборка "
        "опытных образцов пройдут в Лиде, испытания — на полях Воронежской области.")
    developed = rows_with(rows, "Лидагропроммаш")
    assert len(developed) == 1, rows
    assert developed[0]["kind"] == "joint_development"
    assert region(developed[0]) is None, rows


def test_the_next_sentence_places_a_joint_development_in_russia():
    rows = register_of(
        "Моторостроители доработают дизель\n"
        "Минский моторный завод и костромское ООО «ВолгаДизельТех» договорились о совместной "
        "доработке дизеля Д-245 для коммунальной техники. Инженерную часть будут делать в "
        "Костроме, испытания — в Минске.")
    developed = rows_with(rows, "Минский моторный завод")
    assert [region(r) for r in developed] == ["Костромская область"], rows


def test_parts_tested_at_the_customer_are_made_where_the_plant_is():
    rows = register_of(
        "Липецкие подшипники для гомельских комбайнов\n"
        "На другом липецком предприятии — ООО «ЛипецкПодшипник» — осваивают выпуск "
        "подшипниковых узлов для комбайнов «Гомсельмаша». Опытные партии прошли заводские "
        "испытания в Гомеле, серийные поставки начнутся осенью.")
    made = rows_with(rows, "ЛипецкПодшипник")
    assert [region(r) for r in made] == ["Липецкая область"], rows


def test_a_venture_told_again_by_its_founders_stays_one_project():
    rows = register_of(
        "Двадцать лет гомельскому СП\n"
        "Совместное белорусско-российское предприятие в Гомеле отмечает юбилей.\n"
        "СП учредили в 2005 году ОАО «Гидропривод» и пензенское ООО «СурскМаш». Затем в Гомеле "
        "освоили выпуск гидроцилиндров для тракторов.")
    ventures = [r for r in rows if r["kind"] == "joint_venture"]
    assert len(ventures) == 1, rows
    assert region(ventures[0]) is None, rows


# ------------------------------------------------------------ lines for a Russian client


def test_a_line_run_for_a_russian_client_is_component_production_in_belarus():
    rows = register_of(
        "Электродвигатели для лифтов\n"
        "Гомельский «Гидропривод» подписал с брянским заводом договор о поставках.\n"
        "Между тем в самом Гомеле у завода идёт ещё один проект с российским участием. С весны "
        "на предприятии работает линия гидромоторов для комбайнов, которую запускали под заказ "
        "«Ростсельмаша».")
    lines = rows_with(rows, "Ростсельмаш")
    assert len(lines) == 1, rows
    assert lines[0]["kind"] == "component_production"
    assert region(lines[0]) is None, rows


def test_a_line_delivered_as_equipment_is_no_project():
    rows = register_of(
        "В Уфе готовят второй цех\n"
        "В Уфе идёт оснащение цеха для второй площадки: завезены листогибочные прессы и линия "
        "порошковой окраски.")
    assert not [r for r in rows if r["kind"] == "component_production"], rows


def test_a_russian_firm_making_things_at_a_belarusian_site_is_a_project_there():
    rows = register_of(
        "Смоленские машиностроители в Беларуси\n"
        "Смоленская компания ООО «ДнепрАгроМаш» в мае завершила монтаж линии по изготовлению "
        "тракторных прицепов на арендованной площадке в Орше. Пусконаладка идёт сейчас.")
    made = rows_with(rows, "ДнепрАгроМаш")
    assert len(made) == 1, rows
    assert region(made[0]) is None, rows


def test_russian_investors_building_a_plant_in_a_belarusian_region_make_a_project_there():
    rows = register_of(
        "Плиты из Поозерья\n"
        "В Витебской области при участии смоленских инвесторов строится завод по производству "
        "древесных плит. Запуск намечен на 2026 год.")
    assert [(region(r), r["kind"]) for r in rows] == [(None, "assembly")], rows


def test_a_sentence_announcing_another_item_gives_no_place_to_the_one_before():
    rows = register_of(
        "Гродненский завод ищет партнёров в России\n"
        "Уже третий год саратовское ООО «Волга-Агроремонт» по договору с ОАО "
        "«Лидагропроммаш» ремонтирует его сеялки в хозяйствах области. Кроме того, в "
        "Алтайском крае обсуждается сборка белорусских кормораздатчиков, партнёра пока ищут.")
    served = rows_with(rows, "Волга-Агроремонт")
    assert served, rows
    assert any(region(r) == "Саратовская область" and r["kind"] == "service_center"
               for r in served), rows
