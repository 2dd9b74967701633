"""The register's rules added after studying the round-18 dev part (issue 11), on texts written
here in the style of development-fund decisions, electrical trade press, annual-report
retellings and incident notes: «совместно с» beside a side told by its adjective is a
localisation, not a joint development; towns of the dev texts place their projects; a pause
right after a project is told is that project's; a town in brackets after a firm is its home;
goods of a third country made («сборка китайских погрузчиков») are another country's project;
«восстановление склада» rebuilds premises; a design by the firms of a making project placed
elsewhere is its step; parts after «из» are an assembly's material; after-sales service looks
back within its paragraph only; a Belarusian maker's operating line at home with no Russian
side is its own production."""

from __future__ import annotations

from datetime import date

from conftest import make_article, register_of

from analysis.entities import find_entities
from analysis.projects.design_steps import design_joins_its_making
from analysis.projects.merging import Evidence, Project
from analysis.projects.reader import ArticleReader


def _rows(text: str) -> list[tuple]:
    return [(r["region"], r["kind"], r["status"]) for r in register_of(text)]


def _kinds_read(text: str) -> list[list[str | None]]:
    """The kinds of each sentence's mentions, as the reader gives them."""
    article = make_article("t", text, date(2024, 5, 1))
    reader = ArticleReader(article, find_entities(article, ner=False))
    return [[m.kind for m in reader.mentions(i)] for i in range(len(reader.sents))]


# ------------------------------------------------- «совместно с» and a side told by its adjective


def test_jointly_with_a_named_maker_and_a_russian_adjective_side_is_an_assembly() -> None:
    """«совместно с ОАО «МТЗ»: белорусская сторона поставляет машинокомплекты, курганская
    компания отвечает за сварку рам»: the maker's tractors localised (rounds 9, 13, 18 gold)."""
    rows = register_of(
        "Заём на сборку тракторов\nООО «Тоболагромаш» получит заём на организацию в Кургане "
        "крупноузловой сборки тракторов «Беларус». Проект реализуется совместно с ОАО «Минский "
        "тракторный завод»: белорусская сторона поставляет машинокомплекты, курганская компания "
        "отвечает за сварку рам и окраску.")
    assert [(r["region"], r["kind"]) for r in rows] == [("Курганская область", "assembly")]


def test_jointly_with_belarusian_partners_stays_joint_production() -> None:
    """Control: «совместно с белорусскими партнёрами» names the partner itself: joint production."""
    rows = register_of("Насосы в Ростове\nООО «ДонГидро» наладит выпуск насосов совместно с "
                       "белорусскими партнёрами.")
    assert [r["kind"] for r in rows] == ["joint_development"]


# ------------------------------------------------- towns


def test_towns_of_the_dev_texts_place_their_projects() -> None:
    """Тосно (Ленинградская), «в Соколе» (Вологодская; the bare word is also a common noun)."""
    assert [(r["region"], r["location"]) for r in register_of(
        "Снегоуборщики\nООО «Северозапад-Техника» собирает в Тосно снегоуборочные машины "
        "«Амкодор» с 2022 года.")] == [("Ленинградская область", "Тосно")]
    assert [(r["region"], r["location"]) for r in register_of(
        "Лесная техника\nООО «Вологда-Лес» в Соколе с 2021 года собирает харвестеры "
        "«Амкодор».")] == [("Вологодская область", "Сокол")]


# ------------------------------------------------- a pause right after a project


def test_a_pause_right_after_a_project_keeps_it_with_no_stage() -> None:
    """«заём на сборку картофелекопателей … Производство в Погаре приостановлено»: the project
    told with no stage is kept, paused (`unknown`), as «приостановило сборку» keeps it."""
    rows = register_of(
        "Фонд обсудил займы\nСовет фонда рассмотрел ситуацию с займом, выданным ООО «Погарский "
        "машзавод» на сборку картофелекопателей по документации ОАО «Бобруйскагромаш». "
        "Производство в Погаре приостановлено из-за отсутствия заказов.")
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Брянская область", "assembly", "unknown")]


def test_without_a_pause_a_project_with_no_stage_is_dropped() -> None:
    """Control: the loan told alone gives the project no stage: no row."""
    assert register_of(
        "Фонд обсудил займы\nСовет фонда рассмотрел ситуацию с займом, выданным ООО «Погарский "
        "машзавод» на сборку картофелекопателей по документации ОАО «Бобруйскагромаш». "
        "Решение отложено до следующего заседания.") == []


# ------------------------------------------------- a town in brackets after a firm


def test_a_town_in_brackets_after_a_firm_is_its_home() -> None:
    """«ОАО «Беларускабель» (Мозырь) и АО «…» из Каменска-Уральского»: both are homes; the
    venture is placed at the Russian partner's town, as «из …» alone would place it."""
    rows = register_of(
        "Кабели для шахт\nОАО «Беларускабель» (Мозырь) и АО «Уралкабельмаш» из "
        "Каменска-Уральского подписали соглашение о совместной разработке шахтных кабелей.")
    assert [(r["region"], r["location"]) for r in rows] == [
        ("Свердловская область", "Каменск-Уральский")]


def test_a_town_in_brackets_alone_may_be_the_site() -> None:
    """Control: «ООО «…» (Пенза) собирает тракторы»: no other place is said, the home is the
    site."""
    rows = register_of("Тракторы в Пензе\nООО «Сура-Агромаш» (Пенза) с 2020 года собирает "
                       "тракторы «Беларус» из машинокомплектов МТЗ.")
    assert [r["region"] for r in rows] == ["Пензенская область"]


def test_a_region_in_brackets_after_a_region_adjective_is_a_site() -> None:
    """Control: «в Саратовской (Балаково) области» is a place, not a firm's home."""
    rows = register_of("Сервис МТЗ\nСервисные центры МТЗ работают в Саратовской (Балаково) "
                       "и Волгоградской областях.")
    assert "Саратовская область" in {r["region"] for r in rows}


# ------------------------------------------------- goods of a third country


def test_assembling_a_third_countrys_goods_is_no_project_of_ours() -> None:
    """«сборка китайских фронтальных погрузчиков в Калужской области»: another country's."""
    assert register_of(
        "Баллы локализации\nБелорусская техника в госзакупках приравнивается к российской. Так, "
        "сборка китайских фронтальных погрузчиков в Калужской области при новой шкале не "
        "наберёт нужного числа баллов.") == []


def test_assembling_belarusian_goods_stays() -> None:
    """Control: «сборка белорусских фронтальных погрузчиков «Амкодор»» is ours."""
    rows = register_of("Погрузчики в Калуге\nВ Калужской области с прошлого года ведётся сборка "
                       "белорусских фронтальных погрузчиков «Амкодор».")
    assert [r["region"] for r in rows] == ["Калужская область"]


# ------------------------------------------------- «восстановление склада»


def test_rebuilding_a_warehouse_is_no_service() -> None:
    """«направить средства на восстановление склада» after a fire rebuilds premises."""
    assert _kinds_read("Пожар\nООО «Азов-Агросервис» обслуживает тракторы МТЗ. Часть средств "
                       "придётся направить на восстановление склада.")[-1] == []


def test_restoring_engines_is_service() -> None:
    """Control: «восстановление двигателей тракторов МТЗ» restores machines."""
    assert _kinds_read("Пожар\nООО «Азов-Агросервис» обслуживает тракторы МТЗ. Центр выполняет "
                       "восстановление двигателей тракторов МТЗ.")[-1] == ["service_center"]


# ------------------------------------------------- a design step of a making project


def _project(region: str | None, kind: str, firms: set[str], placed: bool) -> Project:
    article = make_article("a", "Текст.", date(2024, 5, 1))
    return Project(region=region, kind=kind, enterprises=set(firms), placed=placed,
                   evidence=[Evidence(article, 0, 6)])


def test_a_design_by_the_firms_of_a_making_project_elsewhere_is_its_step() -> None:
    """«Российская сторона разработала конструкцию и передала её белорусскому заводу» after
    the Gomel parts plant, placed only by the article's main region: one project."""
    making = _project(None, "component_production", {"Гидропривод", "Донредуктор"}, True)
    design = _project("Курганская область", "joint_development",
                      {"Гидропривод", "Донредуктор"}, False)
    rows = [making, design]
    design_joins_its_making(rows)
    assert rows == [making]


def test_a_design_in_the_making_projects_region_is_left_to_the_merge() -> None:
    """Control: a development placed where its firms assemble may be a project of its own
    («совместная разработка … в Тутаеве», «сборка … в Минске»: two projects)."""
    rows = [_project("Ярославская область", "assembly", {"МАЗ"}, True),
            _project("Ярославская область", "joint_development", {"МАЗ"}, False)]
    design_joins_its_making(rows)
    assert len(rows) == 2


# ------------------------------------------------- parts an assembly is made from


def test_parts_after_iz_are_the_assemblys_material() -> None:
    """«собирает пассажирские лифты из узлов ОАО «Могилевлифтмаш»»: no parts project."""
    assert _kinds_read("Лифты\nЗавод с 2019 года собирает пассажирские лифты из узлов ОАО "
                       "«Могилевлифтмаш».")[-1] == ["assembly"]


def test_parts_made_beside_an_assembly_stay() -> None:
    """Control: «собирает лифты и выпускает узлы» makes parts too."""
    assert _kinds_read("Лифты\nООО «Камалифт» собирает лифты и выпускает узлы для ОАО "
                       "«Могилевлифтмаш».")[-1] == ["assembly", "component_production"]


# ------------------------------------------------- after-sales service within a paragraph


def test_a_delivery_in_the_paragraph_before_does_not_make_service_after_sales() -> None:
    """«Поставки лифтов … будут выполнены со склада.» ends a paragraph; the next one tells a
    Kazan partner that installs and services the lifts: a service centre."""
    rows = register_of(
        "Лифты в Татарстане\nООО «Камалифт» собирает в Набережных Челнах лифты ОАО "
        "«Могилевлифтмаш». Поставки лифтов по договорам будут выполнены со склада.\n\n"
        "Казанское ООО «Лифтсервис-Волга» с 2020 года ведёт монтаж и сервисное обслуживание "
        "лифтов «Могилевлифтмаша» в Казани.")
    assert ("Республика Татарстан", "Казань", "service_center") in {
        (r["region"], r["location"], r["kind"]) for r in rows}


def test_service_after_a_delivery_in_its_paragraph_is_after_sales() -> None:
    """Control: «поставил 40 тракторов. Техническое обслуживание машин будет выполнять …»."""
    assert register_of(
        "Тракторы для хозяйств\nМТЗ поставил хозяйствам Курганской области 40 тракторов "
        "«Беларус». Техническое обслуживание машин будет выполнять местное ООО «Агросервис».") == []


# ------------------------------------------------- a Belarusian maker's own production


def test_a_makers_own_production_at_home_is_no_project() -> None:
    """«Продукция, произведённая в Белоруссии, … самосвалов МАЗ и погрузчиков «Амкодор»
    заводской сборки»: no Russian side, no project."""
    assert register_of(
        "Баллы локализации\nПродукция, произведённая в Белоруссии, в госзакупках приравнивается "
        "к российской, поэтому для самосвалов МАЗ и погрузчиков «Амкодор» заводской сборки "
        "новые баллы значения не имеют.") == []


def test_a_belarusian_line_for_a_russian_partner_stays() -> None:
    """Control: «МАЗ … собирает в Минске кабины … по заказу ПАО «КАМАЗ»»: a Russian side."""
    rows = register_of("Кабины в Минске\nМАЗ с прошлого года собирает в Минске кабины для "
                       "самосвалов по заказу ПАО «КАМАЗ».")
    assert [(r["region"], r["kind"]) for r in rows] == [(None, "assembly")]
