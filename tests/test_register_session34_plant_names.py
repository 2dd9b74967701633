"""A plant named by its description and its own quoted name (session 34, reg34; seen in round
54's dev part, plain Russian): «Витебский станкостроительный завод «Двина»» is the plant
«Двина», not the listed plant whose alias the description is; a machine's «числовое программное
управление» is no programme whose quoted name follows; a plant the list lacks, introduced by a
Belarusian town's adjective and a plant noun, works at home for its Russian client. Texts
written here."""

from __future__ import annotations

from conftest import register_of

from analysis.entities import find_enterprises


def _firms(text: str) -> list[tuple[str, str]]:
    return [(e.normal, e.type) for e in find_enterprises(text)]


def test_a_description_before_another_quoted_name_is_not_the_listed_plant() -> None:
    """«Витебский станкостроительный завод «Двина»»: the listed «Вистан» is not named."""
    firms = _firms("Витебский станкостроительный завод «Двина» получил новый заказ.")
    assert firms == [("Двина", "enterprise")]


def test_a_description_before_its_own_quoted_name_stays_the_listed_plant() -> None:
    """Control: «Минский автомобильный завод «МАЗ»», «Минский тракторный завод «Беларус-82»»
    (a model after the name) keep the listed plant."""
    assert {n for n, _ in _firms("Минский автомобильный завод «МАЗ» показал новинки.")} == {"МАЗ"}
    assert "МТЗ" in {n for n, _ in _firms("Минский тракторный завод «Беларус-82» выпустил.")}


def test_numerical_program_control_names_no_programme() -> None:
    """«станки с числовым программным управлением для ООО «…»»: the quoted name is a firm."""
    firms = _firms("Завод делает станки с числовым программным управлением по заказу "
                   "ООО «Тверьстанкосервис».")
    assert ("Тверьстанкосервис", "enterprise") in firms


def test_a_programme_keeps_its_quoted_name() -> None:
    """Control: «в рамках программы «Развитие села»» is still a programme."""
    assert ("Развитие села", "programme") in _firms("Технику купили в рамках программы "
                                                    "«Развитие села».")


def test_a_belarusian_plant_the_list_lacks_works_at_home_for_its_russian_client() -> None:
    """«Оршанский литейный завод «Сплав» … по заказу российского ООО «…»»: the plant is
    Belarusian by its town's adjective, so the castings are made in Belarus, not in the
    client's region."""
    rows = register_of("Новый заказ литейщиков\nОршанский литейный завод «Сплав» наладил выпуск "
                       "корпусов насосов по заказу российского ООО «Тверьнасосмаш».")
    assert [r["region"] or "" for r in rows] == [""]


def test_a_plant_noun_between_a_town_adjective_and_a_quoted_name_tells_the_home() -> None:
    """«Витебский станкостроительный завод «Двина»», «тверской завод «…»»: «завод» may stand
    between the place's adjective and the quoted name, as «компания» or «предприятие» do."""
    from analysis.entities import find_regions
    from analysis.projects.firm_homes import home_country

    for text, side in (("Гродненский механический завод «Неман-Лит» расширил цех.", "BY"),
                       ("Тверской вагонный завод «Верхневолжье» расширил цех.", "RU")):
        ents = find_regions(text) + find_enterprises(text)
        firm = next(e for e in ents if e.type == "enterprise")
        assert home_country(text, ents, firm) == side


def test_regions_where_the_goods_work_are_no_second_site() -> None:
    """«центра в Коврове для станков, которые работают на предприятиях Владимирской и
    Нижегородской областей»: the regions tell where the machines are in use; one centre, in
    Kovrov."""
    rows = register_of("Сервис для станков\nЗавод «Двина» и ООО «Ковровский станкоцентр» "
                       "подписали соглашение об открытии в Коврове сервисного центра для "
                       "станков, которые работают на предприятиях Владимирской и "
                       "Нижегородской областей.")
    assert [(r["region"], r["location"]) for r in rows] == [("Владимирская область", "Ковров")]


def test_a_facility_that_works_somewhere_is_there() -> None:
    """Control: «сервисный центр, который работает в Курске»: the centre's own place."""
    rows = register_of("Сервис для тракторов\nМТЗ и ООО «Агроцентр» открыли сервисный центр, "
                       "который работает в Курске и обслуживает тракторы в Орловской области.")
    assert [(r["region"], r["location"]) for r in rows] == [("Курская область", "Курск")]
