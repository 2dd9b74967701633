"""The register's rules added in session 19 (reg23: round 23's dev part studied, enumerations
and coordination), on texts written here in the style of regional industry news: a localisation
begun is works under way; talks held whatever stands between «переговоры» and «ведутся»; a kind
noun after «без» is absent; first items under test mean the project is not running yet;
metalworking verbs in the present tell a running production; a genitive list of places after a
site noun is one site per place (tree); a gapped clause after a list is a site of the same kind."""

from __future__ import annotations

from conftest import register_rows

# ------------------------------------------------- a localisation begun


def test_a_localisation_begun_is_works_under_way() -> None:
    """«начал локализацию производства» tells work under way, not a running line."""
    text = ("Мосты из Кинешмы\nХолдинг «Бобруйскагромаш» начал локализацию производства ведущих "
            "мостов для пресс-подборщиков на площадке ООО «Кинешемский механический завод» в "
            "Кинешме.")
    assert register_rows(text) == [("Ивановская область", "component_production", "in_progress")]


def test_an_assembly_begun_is_running() -> None:
    """Control: «начал сборку» stays a running assembly."""
    text = ("Сборка в Кинешме\nХолдинг «Бобруйскагромаш» начал сборку пресс-подборщиков на площадке "
            "ООО «Кинешемский механический завод» в Кинешме.")
    assert register_rows(text) == [("Ивановская область", "assembly", "operating")]


# ------------------------------------------------- talks held


def test_talks_held_about_a_project_are_a_plan() -> None:
    """«Переговоры с ООО «…» о сборке катков ведутся с весны»: the talks' words enclose the
    kind cue, so «ведутся с» does not make the assembly run."""
    text = ("Катки для Твери\nПереговоры с тверским ООО «Тверьдормаш» о сборке дорожных катков "
            "«Амкодор» ведутся с весны.")
    assert register_rows(text) == [("Тверская область", "assembly", "planned")]


# ------------------------------------------------- a kind noun after «без»


def test_a_kind_after_without_is_absent() -> None:
    """«без какой-либо сборки или переработки»: a trader, no project."""
    text = ("Склад в Тюмени\nТюменское ООО «Сибкабель-Торг», дистрибьютор ОАО «Беларускабель», "
            "работает только как торговая компания: склад в Тюмени, поставки по Сибири, без "
            "какой-либо переработки или сборки.")
    assert register_rows(text) == []


def test_a_negated_without_keeps_the_project() -> None:
    """Control: «не оставлять хозяйства без обслуживания» says the service goes on."""
    text = ("Сервис в Тамбове\nДо конца сезона ООО «Тамбовагросервис» продолжит обслуживать "
            "комбайны «Гомсельмаш», чтобы не оставлять хозяйства без обслуживания.")
    assert [(r[0], r[1]) for r in register_rows(text)] == [("Тамбовская область", "service_center")]


# ------------------------------------------------- first items under test


def test_first_items_under_test_are_works_under_way() -> None:
    """A title told «начал сборку»; the text says the first machines are still being run in."""
    text = ("«Лидагропроммаш» начал сборку сеялок в Орле\nООО «Орёлагромаш» собрало первые три "
            "сеялки из машинокомплектов ОАО «Лидагропроммаш». Сейчас они проходят обкатку на "
            "полях опытной станции.")
    assert register_rows(text) == [("Орловская область", "assembly", "in_progress")]


def test_a_routine_run_in_keeps_the_line_running() -> None:
    """Control: every finished tractor tested on a stand is a running line's routine."""
    text = ("Конвейер в Орле\nООО «Орёлагромаш» собирает тракторы «Беларус» из машинокомплектов "
            "МТЗ. Готовый трактор проходит обкатку на стенде.")
    assert register_rows(text) == [("Орловская область", "assembly", "operating")]


# ------------------------------------------------- metalworking verbs


def test_welding_in_the_present_is_a_running_production() -> None:
    """«сваривает рамы для тракторов»: made now, operating."""
    text = ("Сварка в Рыбинске\nООО «Рыбинский завод металлоконструкций» сваривает рамы для "
            "тракторов «Беларус» по заказу Минского тракторного завода.")
    assert register_rows(text) == [("Ярославская область", "component_production", "operating")]


# ------------------------------------------------- a genitive list after a site noun


def test_a_genitive_list_after_a_site_noun_is_one_site_each() -> None:
    """«ведут предприятия Татарстана, Башкирии и Удмуртии»: three sites (the tree reads the
    genitive by its relation, whatever the ending)."""
    text = ("Лифты в Поволжье\nСборку лифтов ОАО «Могилевлифтмаш» ведут предприятия Татарстана, "
            "Башкирии и Удмуртии.")
    assert [r[0] for r in register_rows(text)] == [
        "Республика Башкортостан", "Республика Татарстан", "Удмуртская Республика"]


def test_buyers_in_the_genitive_are_no_sites() -> None:
    """Control: farms of three regions bought machines; no site."""
    text = ("Поставки\nХозяйства Татарстана, Башкирии и Удмуртии получили 40 тракторов «Беларус» "
            "по лизингу.")
    assert register_rows(text) == []


# ------------------------------------------------- gapped clauses


def test_a_gapped_clause_after_a_list_is_a_site_of_the_same_kind() -> None:
    """«…в Омске и Новосибирске, в следующем году — в Барнауле»: three centres."""
    text = ("Сервис в Сибири\nОАО «Гомсельмаш» открыло сервисные центры в Омске и Новосибирске, в "
            "следующем году — в Барнауле.")
    assert [r[0] for r in register_rows(text)] == [
        "Алтайский край", "Новосибирская область", "Омская область"]


def test_a_stage_verb_without_its_object_is_a_site_of_the_same_kind() -> None:
    """«…, а в следующем году откроет в Барнауле и Кемерове»: the object is left out."""
    text = ("Сервис в Сибири\nОАО «Гомсельмаш» открыло сервисные центры в Омске и Новосибирске, а "
            "в следующем году откроет в Барнауле и Кемерове.")
    rows = register_rows(text)
    assert [r[0] for r in rows] == ["Алтайский край", "Кемеровская область",
                                    "Новосибирская область", "Омская область"]
    assert {r[0]: r[2] for r in rows}["Кемеровская область"] == "planned"


def test_a_list_continued_after_a_comma_is_one_clause() -> None:
    """Control: «в Сургуте, а также в Новом Уренгое» continues the list (one clause)."""
    text = ("Сервис на Севере\nОАО «БелАЗ» открыло сервисные центры в Сургуте, а также в Воркуте.")
    assert [r[0] for r in register_rows(text)] == [
        "Республика Коми", "Ханты-Мансийский автономный округ — Югра"]


# ------------------------------------------------- goods made for a Belarusian maker


def test_goods_made_for_belarusian_tractors_are_components() -> None:
    """«выпустило 700 ковшовых погрузчиков … для тракторов «Беларус»»: attachments for the
    maker's machines are a component production (no part word needed, a count of goods is
    no count of projects)."""
    text = ("Навесное из Мценска\nМценское ООО «Мценскагронавес» в прошлом году выпустило более "
            "700 отвалов и снегоочистителей для тракторов «Беларус».")
    assert register_rows(text) == [("Орловская область", "component_production", "operating")]


def test_goods_made_for_a_russian_buyer_are_no_project() -> None:
    """Control: the same goods made for the firm's own buyers name no Belarusian maker."""
    text = ("Навесное из Мценска\nМценское ООО «Мценскагронавес» в прошлом году выпустило более "
            "700 отвалов и снегоочистителей для коммунальных служб области.")
    assert register_rows(text) == []


def test_vehicles_made_on_a_belarusian_chassis_are_an_assembly() -> None:
    """«выпустила 140 мусоровозов … на шасси Минского автомобильного завода»."""
    text = ("Мусоровозы из Костромы\nКостромская компания ООО «Костромаспецмаш» за полгода "
            "выпустила 140 мусоровозов для городских служб на шасси Минского автомобильного "
            "завода.")
    assert register_rows(text) == [("Костромская область", "assembly", "operating")]


# ------------------------------------------------- another project in the same region


def test_another_project_in_the_region_is_not_the_last_one() -> None:
    """«Ещё один проект готовится в Муроме»: the sentence after it opens that project, it
    does not continue the components of the first."""
    text = ("Навесное в области\nВладимирское ООО «Владнавес» выпускает отвалы для тракторов "
            "«Беларус». Ещё один проект с белорусским участием готовится в Муроме. Одно из "
            "предприятий города планирует в будущем году начать сборку коммунальных машин из "
            "белорусских комплектов.")
    assert register_rows(text) == [("Владимирская область", "assembly", "planned"),
                                   ("Владимирская область", "component_production", "operating")]


# ------------------------------------------------- the capital's adjective


def test_a_moscow_office_is_not_the_articles_region() -> None:
    """«рассказали в московском представительстве»: the unplaced lead joins no Moscow row."""
    text = ("«Бобруйскагромаш» наращивает сборку\nОАО «Бобруйскагромаш» увеличит выпуск "
            "пресс-подборщиков, которые собираются в России. Об этом рассказали в московском "
            "представительстве компании. Сборка налажена на площадке партнёра в Курской "
            "области.")
    assert [r[0] for r in register_rows(text)] == ["Курская область"]


# ------------------------------------------------- a development continued


def test_a_development_continued_is_under_way() -> None:
    """«продолжают совместную разработку»: the active form of «продолжается разработка»."""
    text = ("Сеялка нового поколения\nОАО «Лидагропроммаш» и ФГБНУ «Федеральный научный "
            "агроинженерный центр ВИМ» продолжают совместную разработку сеялки точного высева.")
    assert [(r[1], r[2]) for r in register_rows(text)] == [("joint_development", "in_progress")]
