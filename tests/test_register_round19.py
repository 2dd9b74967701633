"""The register's rules added after studying the round-19 dev part (issue 11), on texts written
here in the style of light-industry trade press, district newspapers, marketplace news and
economists' columns: sewing and knitting make finished goods («наладить пошив», «швейные
участки»); beside a service cue, parts with no making word are the service's supply; a
sentence about shops opened continues no project; a warehouse that only stores and ships goods
is trade, not a project."""

from __future__ import annotations

from conftest import register_of, register_rows

# ------------------------------------------------- sewing and knitting


def test_sewing_set_up_with_a_russian_partner_is_an_assembly() -> None:
    """«наладить пошив» makes finished clothes (the writer's notes: clothes made are assembly)."""
    rows = register_rows("Костюмы из Бобруйска сошьют в Шуе\nБобруйская фабрика «Верас» и ООО «Шуйская "
                 "швея» намерены наладить в Ивановской области пошив рабочих костюмов из "
                 "белорусской ткани.")
    assert rows == [("Ивановская область", "assembly", "planned")]


def test_sewing_sites_in_listed_regions_are_one_project_each() -> None:
    """«открыть швейные участки в …, … и … областях»: a sewing site is where clothes are made."""
    rows = register_rows("Концерн выходит в регионы\nБелорусский концерн «Белтекстильпром» намерен "
                 "открыть совместные швейные участки в Костромской и Ярославской областях.")
    assert [(r[0], r[1]) for r in rows] == [("Костромская область", "assembly"),
                                            ("Ярославская область", "assembly")]


def test_clothes_only_sold_are_no_project() -> None:
    """Control: «шьют» in the maker's own country, the goods only sold in Russia."""
    rows = register_rows("Платья из Минска\nПлатья, которые шьют на минской фабрике «Мирта», продаются в "
                 "Москве через маркетплейсы.")
    assert rows == []


# ------------------------------------------------- parts beside a service cue


def test_parts_beside_a_service_centre_are_its_supply() -> None:
    """«сервисные центры открылись …, гарантия и запчасти рядом»: one service row, no parts row."""
    rows = register_of("Сервис для грузовиков\nВ прошлом году сервисный центр МАЗ открылся в "
                       "Хабаровске, и перевозчики получили гарантию и запчасти рядом.")
    assert [r["kind"] for r in rows] == ["service_center"]


def test_parts_made_beside_a_service_centre_stay() -> None:
    """Control: «выпуск кабин» beside a service centre makes parts: both kinds stay."""
    rows = register_of("Два проекта в Кургане\nВ Кургане при участии МАЗ открылся сервисный "
                       "центр, а рядом начался выпуск кабин для грузовиков.")
    assert {r["kind"] for r in rows} == {"service_center", "component_production"}


# ------------------------------------------------- shops


def test_shops_opened_continue_no_project() -> None:
    """«В Москве откроются ещё шесть магазинов»: no site of the sewing project told before."""
    regions = {r["region"] for r in register_of(
        "Концерн шьёт и торгует\nБелорусский концерн «Белтекстильпром» намерен открыть "
        "совместные швейные участки в Костромской области. Параллельно концерн расширит "
        "фирменную торговлю. В Москве и Подмосковье в этом году откроются ещё шесть магазинов "
        "концерна.")}
    assert regions == {"Костромская область"}


# ------------------------------------------------- warehouses that only ship


def test_a_warehouse_that_stores_and_ships_goods_is_no_project() -> None:
    """«открыла склад для хранения и отгрузки» (r16, r19): trade logistics, no row."""
    assert register_of(
        "Склад для белорусских товаров\nСамарская компания «Волгаснабторг», которая занимается "
        "дистрибуцией белорусских лекарств, открыла в Тольятти новый склад для их хранения и "
        "отгрузки аптекам.") == []


def test_a_warehouse_where_goods_are_cut_and_packed_stays() -> None:
    """Control: on a warehouse where Belarusian goods are worked on (the writer's `other`)."""
    rows = register_of(
        "Ковры режут под Тверью\nОАО «Витебские ковры» работает на складском комплексе ООО "
        "«Тверь-Логистик» под Тверью: здесь белорусские ковровые покрытия режут в размер, "
        "упаковывают и отправляют покупателям.")
    assert [(r["region"], r["kind"]) for r in rows] == [("Тверская область", "other")]
