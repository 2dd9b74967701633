"""Session 36 (brief36b): a new analyst's wrong register rows, as rules, on sentences written here.

* A launch noun (открытие, запуск) as the subject of a past verb that says the event was held
  («состоялось», «прошло») or became the season's event («Главным событием … стало открытие …»)
  tells a launch that happened: the project runs (`projects/launch_event.py`). A topic
  («Темой встречи стало открытие») and a future («станет») stay plans.
* A firm in a bankruptcy procedure («ввёл процедуру наблюдения», «конкурсное производство»)
  is halted (`suspended`; a liquidation `closed`), whatever the court's verb; «до
  банкротства», «на грани банкротства», a procedure gone by with the work resumed halt nothing
  (`projects/insolvency.py`). «предприятие холдинга» names no product: the register takes
  the product the sentence names («для сборки автобусов»).
* A project moved to another region («перенесён в Тверскую область») is a row in the new
  region, with the kind, product and firm the sentence before told; a halt told in the move
  sentence is the old site's; the next paragraph's money «в тверскую площадку» is its
  (`projects/moved_project.py`).
* A dealer that keeps a warehouse of the maker's goods («работаем официальным дилером ОАО
  «…» и держим склад запчастей») has no project: the dealer's stock (tests/gold/README.md,
  round 48's decision 14); an authorised service centre still is one.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import make_article, register_of

from analysis.money import describe
from analysis.projects import build_register

# ------------------------------------------------------------- a launch told as held


@pytest.mark.parametrize("text", [
    "Итоги года в Твери\nГлавным событием лета стало открытие в Твери сервисного центра ОАО "
    "«МАЗ», созданного вместе с ООО «ТверьГрузСервис».",
    "Сервис в Калуге\nВ Калуге состоялось открытие сервисного центра ОАО «БЕЛАЗ» и ООО "
    "«КалугаКарьерТехника».",
    "Цех в Пензе\nОткрытие сборочного цеха ОАО «Амкодор» на площадке ООО «ПензаДорМаш» прошло "
    "в пятницу.",
])
def test_a_launch_told_as_held_runs(text: str) -> None:
    rows = register_of(text)
    assert [r["status"] for r in rows] == ["operating"], rows


@pytest.mark.parametrize("text", [
    # a topic of talks, not an event that took place
    "Переговоры в Твери\nТемой встречи стало открытие в Твери сервисного центра ОАО «МАЗ» "
    "вместе с ООО «ТверьГрузСервис».",
    # the future: «станет»
    "Планы в Калуге\nСледующим шагом станет открытие в Калуге сервисного центра ОАО «БЕЛАЗ» и "
    "ООО «КалугаКарьерТехника».",
    # a launch that did not take place
    "Цех в Пензе\nОткрытие сборочного цеха ОАО «Амкодор» на площадке ООО «ПензаДорМаш» не "
    "состоялось и перенесено на весну.",
])
def test_a_launch_not_held_is_no_running_project(text: str) -> None:
    assert all(r["status"] != "operating" for r in register_of(text))


# ------------------------------------------------------------- insolvency


def test_an_observation_procedure_halts_a_venture_and_its_product_is_what_it_assembles() -> None:
    rows = register_of(
        "Суд и автобусы\nАрбитражный суд Костромской области ввёл процедуру наблюдения в "
        "отношении ООО «КостромаБелАвто» — совместного предприятия холдинга «МАЗ» и костромского "
        "ООО «КостромаПассажирТранс», созданного в 2016 году для сборки автобусов.",
        date(2022, 3, 1))
    assert [(r["region"], r["kind"], r["status"], r["halted"], r["product"]) for r in rows] == [
        ("Костромская область", "joint_venture", "unknown", "suspended", "автобусы")], rows


@pytest.mark.parametrize(("text", "halted"), [
    ("Суд и тракторы\nВ отношении ООО «ТамбовТракСборка», собирающего тракторы МТЗ в Тамбове, "
     "открыто конкурсное производство.", "suspended"),
    ("Суд и тракторы\nООО «ТамбовТракСборка», собиравшее тракторы МТЗ в Тамбове, находится в "
     "стадии ликвидации.", "closed"),
])
def test_insolvency_procedures_halt(text: str, halted: str) -> None:
    assert [r["halted"] for r in register_of(text)] == [halted]


@pytest.mark.parametrize("text", [
    "Тракторы в Тамбове\nООО «ТамбовТракСборка» продолжает собирать тракторы МТЗ в Тамбове, "
    "хотя год назад было на грани банкротства.",
    "Тракторы в Тамбове\nООО «ТамбовТракСборка», которое прошло через процедуру наблюдения в "
    "2021 году, возобновило сборку тракторов МТЗ в Тамбове.",
    "Тракторы в Тамбове\nООО «ТамбовТракСборка» собирает тракторы МТЗ в Тамбове под "
    "наблюдением инженеров завода.",
])
def test_insolvency_feared_gone_by_or_a_plain_word_halts_nothing(text: str) -> None:
    rows = register_of(text)
    assert rows and all(r["halted"] in ("", None) and r["status"] == "operating" for r in rows), rows


# ------------------------------------------------------------- a project moved


_MOVED = (
    "Липецк остался без завода\n"
    "ОАО «Гомсельмаш» отказалось от планов строить сборочное производство косилок в Ельце.\n"
    "Проект, о котором власти Липецкой области объявляли в 2019 году, перенесён в Орловскую "
    "область: площадку в Мценске предоставит ООО «МценскАгроМаш».\n"
    "По словам представителя завода, инвестиции в орловскую площадку составят около 450 млн "
    "рублей, запуск намечен на 2021 год.")


def test_a_project_moved_is_a_row_in_its_new_region_with_its_money() -> None:
    article = make_article("moved", _MOVED, date(2020, 6, 2))
    rows = build_register([article], facts={"moved": describe(article)}).to_dict("records")
    assert [(r["region"], r["location"], r["enterprises"], r["kind"], r["status"], r["product"])
            for r in rows] == [("Орловская область", "Мценск", "Гомсельмаш;МценскАгроМаш",
                                "assembly", "planned", "косилки")], rows
    assert rows[0]["investment_value"] == 450_000_000 and rows[0]["timeline"] == "2021"


def test_a_halt_told_with_the_move_stays_at_the_old_site() -> None:
    rows = register_of(
        "Сборка переехала в Курск\n"
        "Сборка сеялок ОАО «Лидагропроммаш» на площадке ООО «ОрёлСевМаш» в Орле прекращена.\n"
        "Орловская площадка остановила выпуск, производство перенесено в Курскую область.\n"
        "ООО «КурскСевМаш» уже собирает сеялки на новой площадке.")
    by_region = {r["region"]: (r["status"], r["halted"]) for r in rows}
    assert by_region["Курская область"] == ("operating", ""), rows
    assert by_region["Орловская область"][1] == "closed", rows


# ------------------------------------------------------------- a dealer's warehouse


def test_a_dealers_warehouse_is_no_project() -> None:
    assert register_of(
        "Итоги сезона\nМы работаем официальным дилером ОАО «Лидагропроммаш» с 2012 года и держим "
        "склад запчастей в Оренбурге.") == []


def test_a_dealers_authorised_service_centre_is_a_project() -> None:
    rows = register_of(
        "Итоги сезона\nМы работаем официальным дилером ОАО «Лидагропроммаш» с 2012 года и держим "
        "в Оренбурге авторизованный сервисный центр по ремонту сеялок.")
    assert [(r["region"], r["kind"]) for r in rows] == [("Оренбургская область", "service_center")]
