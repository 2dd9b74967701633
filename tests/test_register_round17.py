"""The register's rules added after studying the round-17 dev part (issue 11), on texts written
here in the style of chambers' releases, road-machinery press, readers' questions columns and
industry associations' statements: a project told paused has no stage (`unknown`), even when a
restart is hoped for; «никаких соглашений о сборке … нет», «ничего не собирает и не
ремонтирует», «за ремонтом направляют к заводу» and «ремонт кровли» tell no project; a partner
the list lacks, introduced by a Russian place's adjective («ярославским ООО «…»»,
«Ульяновское ООО «…»»), is a Russian side making things at home; «готовят цех под сборку» is
works under way, and a «где …» clause after the facility gives no status of its own."""

from __future__ import annotations

from conftest import register_of, row_firms

# ------------------------------------------------- paused projects (rounds 11, 16, 17)


def test_a_paused_assembly_has_no_stage_even_with_a_restart_hoped_for() -> None:
    """«приостановило сборку … Возобновить выпуск рассчитывают весной»: the gold's reading
    (rounds 11, 16, 17) is `unknown`, not the plan of the restart."""
    rows = register_of(
        "Сборка прицепов в Кургане остановлена\nООО «ЗауралПрицеп» приостановило сборку "
        "прицепов МАЗ в Кургане из-за нехватки шасси. Возобновить выпуск в компании "
        "рассчитывают весной.")
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Курганская область", "assembly", "unknown")]
    assert "МАЗ" in row_firms(rows[0])


def test_an_assembly_without_a_pause_keeps_its_stage() -> None:
    """Control: the same assembly told running is `operating`."""
    rows = register_of(
        "Прицепы в Кургане\nООО «ЗауралПрицеп» собирает прицепы МАЗ в Кургане с 2021 года.")
    assert [(r["region"], r["status"]) for r in rows] == [("Курганская область", "operating")]


# ------------------------------------------------- «никаких … нет», negated kind verbs


def test_no_agreements_about_an_assembly_is_no_project() -> None:
    """«никаких заявок или соглашений о сборке … нет»: negative concord, nothing exists."""
    rows = register_of(
        "Слухи о заводе не подтвердились\nВ областном минпроме сообщили, что никаких заявок "
        "или соглашений о сборке белорусских тракторов в Ржеве или других городах области нет.")
    assert rows == []


def test_a_lack_in_another_clause_leaves_the_project() -> None:
    """Control: «нет» in the clause before does not reach the assembly told after the comma."""
    rows = register_of(
        "Тракторы в Ржеве\nНикаких задержек нет, и ООО «РжевАгроСборка» собирает в Ржеве "
        "тракторы МТЗ.")
    assert [r["region"] for r in rows] == ["Тверская область"]


def test_a_dealer_that_neither_assembles_nor_repairs_is_no_project() -> None:
    """«ничего не собирает и не ремонтирует»: a kind verb right after «не» is not done."""
    rows = register_of(
        "Павильон открылся\nВ Твери ООО «БежецкАгро» продаёт тракторы «Беларус», но ничего "
        "не собирает и не ремонтирует.")
    assert rows == []


def test_not_only_sells_but_assembles_is_a_project() -> None:
    """Control: «не только продаёт, но и собирает» negates nothing of the assembly."""
    rows = register_of(
        "Павильон открылся\nВ Твери ООО «БежецкАгро» не только продаёт, но и собирает "
        "тракторы «Беларус».")
    assert [(r["region"], r["kind"]) for r in rows] == [("Тверская область", "assembly")]


# ------------------------------------------------- repair sought elsewhere, roofs


def test_buyers_sent_to_the_plant_for_repair_is_no_service_centre() -> None:
    """«за гарантийным ремонтом покупателей направляют к заводу»: what one goes for."""
    rows = register_of(
        "Торговля техникой\nВ Твери ООО «ТверьАгроТорг» продаёт тракторы «Беларус» и, как "
        "уточнили в фирме, ничего не собирает: за гарантийным ремонтом покупателей направляют к "
        "заводу.")
    assert rows == []


def test_a_centre_that_owners_come_to_for_repair_is_still_one_project() -> None:
    """Control: the centre told in its own sentence stays; «за ремонтом приезжают» adds none."""
    rows = register_of(
        "Сервис в Сызрани\nВ Сызрани работает сервисный центр ООО «СызраньТехСервис», который "
        "обслуживает технику МАЗ. За ремонтом сюда приезжают владельцы грузовиков из соседних "
        "районов.")
    assert [(r["region"], r["kind"]) for r in rows] == [("Самарская область", "service_center")]


def test_a_roof_repaired_for_an_assembly_shop_is_no_service_project() -> None:
    """«завершён ремонт кровли»: a building's repair, not a service of machines."""
    rows = register_of(
        "Площадка готовится\nВ Тамбовской области на площадке технопарка готовят цех под "
        "сборку белорусских погрузчиков: завершён ремонт кровли, завозится оборудование.")
    assert [r["kind"] for r in rows] == ["assembly"]


# ------------------------------------------------- a firm introduced by its place's adjective


def test_a_partner_introduced_by_a_russian_towns_adjective_is_a_russian_side() -> None:
    """«совместно с ярославским ООО «…» ведёт разработку»: both sides are named."""
    rows = register_of(
        "Новый двигатель\nОАО «Минский моторный завод» совместно с костромским ООО "
        "«ВолгаДизель» ведёт разработку двигателя для коммунальной техники.")
    assert [(r["region"], r["kind"]) for r in rows] == [("Костромская область",
                                                         "joint_development")]
    assert {"Минский моторный завод", "ВолгаДизель"} <= row_firms(rows[0])


def test_a_firm_opening_the_sentence_with_its_towns_adjective_makes_things_at_home() -> None:
    """«Ульяновское ООО «…» ведёт переговоры с ОАО «МАЗ» о выпуске панелей» is told as «В
    Ульяновске ООО «…»» would be."""
    rows = register_of(
        "Детали для автобусов\nПензенское ООО «СураПласт» ведёт переговоры с ОАО «МАЗ» о "
        "выпуске пластиковых панелей для салонов автобусов.")
    assert [(r["region"], r["status"]) for r in rows] == [("Пензенская область", "planned")]
    assert {"МАЗ", "СураПласт"} <= row_firms(rows[0])


def test_a_bare_production_of_a_firm_with_no_place_is_no_project() -> None:
    """Control: without the adjective the bare «выпуск» has no place of making."""
    rows = register_of(
        "Детали для автобусов\nООО «СураПласт» ведёт переговоры с ОАО «МАЗ» о выпуске "
        "пластиковых панелей для салонов автобусов.")
    assert rows == []


# ------------------------------------------------- status


def test_preparing_a_shop_for_an_assembly_is_works_under_way() -> None:
    """«уже готовят цех под сборку» (present): as «идёт подготовка площадки»."""
    rows = register_of(
        "Площадка готовится\nВ Липецкой области на площадке особой экономической зоны уже "
        "готовят цех под сборку белорусских асфальтоукладчиков.")
    assert [(r["region"], r["status"]) for r in rows] == [("Липецкая область", "in_progress")]


def test_a_where_clause_gives_no_status_to_a_signed_centre() -> None:
    """«подписали договор о создании центра, где будут обслуживать …»: the clause describes
    the centre; the signing makes the project `agreed`."""
    rows = register_of(
        "Сервис для косилок\nОАО «Бобруйскагромаш» и ООО «КалугаАгроСервис» подписали договор "
        "о создании в Калуге сервисного центра, где будут обслуживать косилки и пресс-подборщики.")
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Калужская область", "service_center", "agreed")]
