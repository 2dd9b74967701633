"""Session 30 (walk46reg): classes read from round 46's dev part, on sentences written here.

* A project told with its parties and no site of its own takes the place of the next
  sentence that tells where the goods are made, in the reflexive passive too («Машины
  собираются в Минске»): a Russian client's home adjective («для казанского ООО «…»») is
  no site (session 18, issue 11; the writer's decision 20).
* A readiness to consider («предприятие готово рассмотреть сборку», «готовы обсудить
  сервисный центр») is an offer, a possibility as «не исключает» is: no plan (decision 18).
* «без участия белорусского предприятия», «без белорусского участия»: a side of ours left
  out of the work, as «не участвуют» says (session 25): no project of ours.
* A set-up verb in the imperfective («налаживают выпуск», «запускают производство»,
  «организовывают выпуск») sets a bare production up as the perfective does: with a Russian
  place and a Belarusian maker it is a project under way.
"""

from __future__ import annotations

import pytest
from conftest import register_of

# ------------------------------------------------------------- the site told next


@pytest.mark.parametrize(("text", "town"), [
    ("Кассы для Самары\nОАО «Белкассатех» собрало первые 60 кассовых терминалов для самарского "
     "ООО «ВолгаРитейл». Терминалы собираются в Минске, на площадке «Белкассатеха».", "Минск"),
    ("Весы для Уфы\nОАО «Весоприбор» собрало первую партию автомобильных весов для уфимского "
     "ООО «БашАгроТрейд». Весы изготавливаются в Бресте, в цехе «Весоприбора».", "Брест"),
    ("Счётчики для Перми\nОАО «Электросчёт» собрало 500 счётчиков электроэнергии для пермского "
     "ООО «ПрикамЭнерго». Счётчики выпускаются в Витебске, на площадке предприятия.", "Витебск"),
    ("Табло для Омска\nОАО «СветоТех» собрало первые табло для омского ООО «СибТранзит». Табло "
     "производятся в Гомеле, в новом цехе.", "Гомель"),
])
def test_goods_made_in_the_reflexive_passive_next_are_the_site(text, town):
    rows = register_of(text)
    assert [(r["region"], r["location"], r["kind"]) for r in rows] == [
        (None, town, "assembly")], rows
    assert len(rows[0]["enterprises"].split(";")) == 2, rows


# ------------------------------------------------------------- offers


@pytest.mark.parametrize("text", [
    "Бетономешалки для Орла\nПри устойчивом спросе ОАО «Бобруйскагромаш» готово рассмотреть "
    "сборку бетономешалок в Орле.",
    "Прицепы для Липецка\nЕсли заказы из Липецкой области вырастут вдвое, белорусский завод МАЗ "
    "готов обсудить организацию сервисного центра в Липецке.",
    "Лифты для Тулы\n«Могилевлифтмаш» готов в перспективе изучить возможность сборки лифтов в "
    "Туле, сообщили в компании.",
    "Сеялки для Пензы\n«Гомсельмаш» готов рассмотреть выпуск сеялок в Пензенской области "
    "совместно с местным заводом, но только при гарантированном заказе.",
])
def test_a_readiness_to_consider_is_an_offer_no_plan(text):
    assert register_of(text) == []


def test_a_project_told_before_the_offer_stays():
    text = ("Сборка идёт\nВ Смоленске ООО «СмолАгро» собирает тракторы МТЗ, и завод готов "
            "рассмотреть расширение линии.")
    rows = register_of(text)
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Смоленская область", "assembly", "operating")], rows


# ------------------------------------------------------------- a side left out


@pytest.mark.parametrize("text", [
    "Насосы для Самары\nОАО «Гидравлика» поставляет в Самару литые корпуса, а сами насосы "
    "ООО «ВолгаНасос» собирает в Самаре без участия белорусского предприятия.",
    "Кабины в Брянске\nКабины для тракторов МТЗ в Брянске ООО «БрянскКабина» собирает само, "
    "без белорусского участия.",
    "Платы в Твери\nМикросхемы поставляет ОАО «Интеграл», а платы тверские компании собирают "
    "сами, без участия минского завода.",
    "Кабины для Рязани\nООО «РязаньКабина» изготавливает кабины для тракторов «Беларус» на "
    "заводе в Рязани без участия Минского тракторного завода.",
])
def test_work_done_without_a_side_of_ours_is_no_project(text):
    assert register_of(text) == []


def test_without_someone_else_the_project_stays():
    text = ("Без государства\nВ Калуге ООО «КалугаАгро» собирает тракторы МТЗ без участия "
            "государства.")
    assert [(r["region"], r["kind"]) for r in register_of(text)] == [
        ("Калужская область", "assembly")]


# ------------------------------------------------------------- set up, imperfective


@pytest.mark.parametrize(("text", "region", "maker"), [
    ("Валидаторы для автобусов\nВ Рязани налаживают выпуск валидаторов для автобусов МАЗ.",
     "Рязанская область", "МАЗ"),
    ("Тахографы для тягачей\nВ Твери запускают производство тахографов для тягачей МАЗ.",
     "Тверская область", "МАЗ"),
    ("Камеры для самосвалов\nВ Кемерове организовывают выпуск видеокамер для самосвалов БелАЗ.",
     "Кемеровская область", "БелАЗ"),
    ("Навигаторы для тракторов\nВ Омске налаживают производство навигационных терминалов для "
     "тракторов «Беларус».", "Омская область", "МТЗ"),
    ("Мониторы для комбайнов\nВ Оренбурге запускают выпуск бортовых мониторов для комбайнов "
     "«Гомсельмаш».", "Оренбургская область", "Гомсельмаш"),
])
def test_an_imperfective_set_up_verb_sets_production_up(text, region, maker):
    rows = register_of(text)
    assert [(r["region"], r["status"]) for r in rows] == [(region, "in_progress")], rows
    assert maker in rows[0]["enterprises"], rows
