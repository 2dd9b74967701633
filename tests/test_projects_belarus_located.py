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

import pytest
from conftest import register_of, row_firms, row_region


def rows_with(rows: list[dict], firm: str) -> list[dict]:
    return [r for r in rows if firm in row_firms(r)]


# One project each, placed where its work is done: (text, a firm of it, its region — None for
# Belarus —, its kind when the case is about the kind too).
PLACED = [
    pytest.param(
        "Гомельские гидравлики осваивают самарскую конструкцию\n"
        "Гомельское ОАО «Гидропривод» осваивает по документации самарской компании ООО "
        "«ВолгаПривод» выпуск гидромоторов для фронтальных погрузчиков. Первые изделия "
        "отправят заказчику в июне.",
        "Гидропривод", None, None,
        id="a_belarusian_maker_working_to_a_russian_design_stays_in_belarus"),
    pytest.param(
        "Курский завод выпускает белорусские пресс-подборщики\n"
        "Курское ООО «СеймАгроМаш» осваивает по документации ОАО «Бобруйскагромаш» выпуск "
        "рулонных пресс-подборщиков. Первые 30 машин отгрузят хозяйствам области весной.",
        "Бобруйскагромаш", "Курская область", None,
        id="a_russian_maker_working_to_a_belarusian_design_stays_at_home"),
    pytest.param(
        "Лидские и воронежские конструкторы создадут культиватор\n"
        "ОАО «Лидагропроммаш» и воронежская компания ООО «ЧерноземАгроПроект» договорились о "
        "совместной разработке широкозахватного культиватора. Конструкторские работы и сборка "
        "опытных образцов пройдут в Лиде, испытания — на полях Воронежской области.",
        "Лидагропроммаш", None, "joint_development",
        id="the_next_sentence_places_a_joint_development_in_belarus"),
    pytest.param(
        "Моторостроители доработают дизель\n"
        "Минский моторный завод и костромское ООО «ВолгаДизельТех» договорились о совместной "
        "доработке дизеля Д-245 для коммунальной техники. Инженерную часть будут делать в "
        "Костроме, испытания — в Минске.",
        "Минский моторный завод", "Костромская область", None,
        id="the_next_sentence_places_a_joint_development_in_russia"),
    pytest.param(
        "Липецкие подшипники для гомельских комбайнов\n"
        "На другом липецком предприятии — ООО «ЛипецкПодшипник» — осваивают выпуск "
        "подшипниковых узлов для комбайнов «Гомсельмаша». Опытные партии прошли заводские "
        "испытания в Гомеле, серийные поставки начнутся осенью.",
        "ЛипецкПодшипник", "Липецкая область", None,
        id="parts_tested_at_the_customer_are_made_where_the_plant_is"),
    pytest.param(
        "Электродвигатели для лифтов\n"
        "Гомельский «Гидропривод» подписал с брянским заводом договор о поставках.\n"
        "Между тем в самом Гомеле у завода идёт ещё один проект с российским участием. С весны "
        "на предприятии работает линия гидромоторов для комбайнов, которую запускали под заказ "
        "«Ростсельмаша».",
        "Ростсельмаш", None, "component_production",
        id="a_line_run_for_a_russian_client_is_component_production_in_belarus"),
    pytest.param(
        "Смоленские машиностроители в Беларуси\n"
        "Смоленская компания ООО «ДнепрАгроМаш» в мае завершила монтаж линии по изготовлению "
        "тракторных прицепов на арендованной площадке в Орше. Пусконаладка идёт сейчас.",
        "ДнепрАгроМаш", None, None,
        id="a_russian_firm_making_things_at_a_belarusian_site_is_a_project_there"),
]


@pytest.mark.parametrize(("text", "firm", "place", "kind"), PLACED)
def test_the_work_is_placed_where_it_is_done(text: str, firm: str, place: str | None,
                                            kind: str | None) -> None:
    rows = register_of(text)
    made = rows_with(rows, firm)
    assert [row_region(r) for r in made] == [place], rows
    if kind is not None:
        assert made[0]["kind"] == kind


def test_the_clients_region_is_no_place_of_the_work() -> None:
    rows = register_of(PLACED[0].values[0])
    assert "Самарская область" not in {row_region(r) for r in rows}, rows


# ------------------------------------------------------- the work told in the next sentence


def test_a_venture_told_again_by_its_founders_stays_one_project():
    rows = register_of(
        "Двадцать лет гомельскому СП\n"
        "Совместное белорусско-российское предприятие в Гомеле отмечает юбилей.\n"
        "СП учредили в 2005 году ОАО «Гидропривод» и пензенское ООО «СурскМаш». Затем в Гомеле "
        "освоили выпуск гидроцилиндров для тракторов.")
    ventures = [r for r in rows if r["kind"] == "joint_venture"]
    assert len(ventures) == 1, rows
    assert row_region(ventures[0]) is None, rows


# ------------------------------------------------------------ lines for a Russian client


def test_a_line_delivered_as_equipment_is_no_project():
    rows = register_of(
        "В Уфе готовят второй цех\n"
        "В Уфе идёт оснащение цеха для второй площадки: завезены листогибочные прессы и линия "
        "порошковой окраски.")
    assert not [r for r in rows if r["kind"] == "component_production"], rows


def test_russian_investors_building_a_plant_in_a_belarusian_region_make_a_project_there():
    rows = register_of(
        "Плиты из Поозерья\n"
        "В Витебской области при участии смоленских инвесторов строится завод по производству "
        "древесных плит. Запуск намечен на 2026 год.")
    assert [(row_region(r), r["kind"]) for r in rows] == [(None, "assembly")], rows


def test_a_sentence_announcing_another_item_gives_no_place_to_the_one_before():
    rows = register_of(
        "Гродненский завод ищет партнёров в России\n"
        "Уже третий год саратовское ООО «Волга-Агроремонт» по договору с ОАО "
        "«Лидагропроммаш» ремонтирует его сеялки в хозяйствах области. Кроме того, в "
        "Алтайском крае обсуждается сборка белорусских кормораздатчиков, партнёра пока ищут.")
    served = rows_with(rows, "Волга-Агроремонт")
    assert served, rows
    assert any(row_region(r) == "Саратовская область" and r["kind"] == "service_center"
               for r in served), rows
