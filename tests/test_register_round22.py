"""The register's rules added after studying the round-22 dev part (issue 11), on texts written
here in the style of special-vehicle trade news, labour news and agro-service reports: a stopped
line is a pause (stage unknown); a body mounted on a chassis, or a chassis converted, is the
special vehicle's assembly; a line told mounted is works under way; «в соседней … области» sets
the scene; a place adjective before a firm's description is its home; «Минский завод» names a
side; «совместное проектирование» is a development; parts received are not made; joint
production by a named Belarusian and Russian pair is the goods localised."""

from __future__ import annotations

from conftest import register_of, register_rows

# ------------------------------------------------- a stopped line is a pause


def test_a_stopped_line_is_the_project_with_stage_unknown() -> None:
    """«остановлена линия, на которой … собирали тракторы»: the assembly is told, stopped."""
    text = ("Простой в Миассе\nНа площадке ООО «Миасс-Агротех» с 1 марта остановлена линия, на "
            "которой по договору с Минским тракторным заводом собирали тракторы «Беларус».")
    assert register_rows(text) == [("Челябинская область", "assembly", "unknown")]


def test_a_running_line_keeps_its_stage() -> None:
    """Control: the same line told running is operating."""
    text = ("Работа в Миассе\nНа площадке ООО «Миасс-Агротех» с 2021 года по договору с Минским "
            "тракторным заводом собирают тракторы «Беларус».")
    assert register_rows(text) == [("Челябинская область", "assembly", "operating")]


# ------------------------------------------------- work on a chassis


def test_a_body_mounted_on_a_chassis_is_an_assembly() -> None:
    """«монтирует цистерны на шасси МАЗ»: the fire engine is assembled on the chassis."""
    text = ("Пожарная техника\nООО «Томскпожмаш» на своей площадке в Томске монтирует цистерны "
            "и насосные отсеки на шасси МАЗ.")
    assert register_rows(text) == [("Томская область", "assembly", "operating")]


def test_a_converted_chassis_is_an_assembly() -> None:
    """«переоборудует шасси МАЗ в передвижные лаборатории»: the special vehicle is assembled."""
    text = ("Лаборатории на колёсах\nВ Муроме ООО «Спецкузов-Ока» переоборудует в передвижные "
            "лаборатории шасси МАЗ, поставленные из Минска.")
    assert [(r[0], r[1]) for r in register_rows(text)] == [("Владимирская область", "assembly")]


def test_a_chassis_bought_is_no_project() -> None:
    """Control: chassis bought, nothing mounted or converted."""
    text = ("Закупка\nООО «Вятдормаш» из Кирова закупило у дилера десять шасси МАЗ для "
            "коммунальных служб.")
    assert register_rows(text) == []


# ------------------------------------------------- a line told mounted


def test_equipment_told_mounted_is_works_under_way() -> None:
    """«оборудование участка смонтировано»: the assembly is being set up."""
    text = ("Новый участок\nВ Рыбинске на заводе ООО «Рыбинскдормаш» готовят сборку "
            "погрузчиков «Амкодор», оборудование участка смонтировано.")
    assert register_rows(text) == [("Ярославская область", "assembly", "in_progress")]


# ------------------------------------------------- a scene with an adjective


def test_a_neighbouring_region_sets_the_scene_of_the_next_sentence() -> None:
    """«… действует в соседней Тамбовской области. Там ООО «…» открыло …»: the second
    project is in the neighbouring region, not in the article's own."""
    text = ("Сервис для фермеров\nКооператив «Лискинский пахарь» в Воронежской области открыл "
            "сервисный центр для комбайнов «Гомсельмаш».\nПохожая схема давно действует в "
            "соседней Тамбовской области. Там ООО «Тамбовагросервис» открыло сервисный центр для "
            "тракторов МТЗ.")
    regions = sorted(r["region"] for r in register_of(text))
    assert regions == ["Воронежская область", "Тамбовская область"]


# ------------------------------------------------- a firm's home and sides


def test_a_place_adjective_before_a_firms_description_is_its_home() -> None:
    """«вместе с казанским конструкторским бюро ООО «…» разрабатывает»: a Russian side by
    its home, a development in Kazan."""
    text = ("Электроскутеры\nОАО «Мотовело» вместе с казанским конструкторским бюро ООО "
            "«Электромото-Волга» разрабатывает линейку электроскутеров.")
    assert register_rows(text) == [("Республика Татарстан", "joint_development", "in_progress")]


def test_a_belarusian_plant_named_by_its_towns_adjective_is_a_side() -> None:
    """«Минский завод вместе с …»: the Belarusian side, named by its town's adjective."""
    text = ("Электроскутеры\nМинский завод вместе с казанским ООО «Электромото-Волга» "
            "разрабатывает линейку электроскутеров.")
    assert register_rows(text) == [("Республика Татарстан", "joint_development", "in_progress")]


def test_joint_design_is_a_development() -> None:
    """«о совместном проектировании»: the noun of «совместно проектировать»."""
    text = ("Сушилки\nОАО «Лидагропроммаш» подписало соглашение с белгородским ООО «Агротепло» "
            "о совместном проектировании зерносушилок.")
    assert register_rows(text) == [("Белгородская область", "joint_development", "agreed")]


# ------------------------------------------------- parts received


def test_parts_received_at_a_warehouse_are_not_made() -> None:
    """«чтобы части могли получать узлы в течение суток»: the parts change hands; the
    service points are the project, not a component production."""
    text = ("Сервис пожарной техники\nПункты обслуживания пожарной техники на шасси МАЗ "
            "планируется открыть в Тверской области. Там будут организованы склады, чтобы "
            "пожарные части могли получать узлы в течение суток.")
    assert {r[1] for r in register_rows(text)} == {"service_center"}


# ------------------------------------------------- joint production by a named pair


def test_joint_production_of_parts_by_a_named_pair_is_component_production() -> None:
    """«о совместном производстве подшипников» between a Belarusian maker and a Russian firm."""
    text = ("Подшипники\nМинский подшипниковый завод и тольяттинское ООО «Жигулевский подшипник» "
            "подписали соглашение о совместном производстве роликовых подшипников.")
    assert register_rows(text) == [("Самарская область", "component_production", "agreed")]


def test_joint_production_of_machines_by_a_named_pair_is_assembly() -> None:
    """«начали совместный выпуск электродвигателей»: finished goods, an assembly."""
    text = ("Двигатели\nОАО «Могилевский завод «Электродвигатель» и ивановское ООО "
            "«Ивэлектропривод» начали совместный выпуск электродвигателей для насосов.")
    assert [(r[0], r[1]) for r in register_rows(text)] == [("Ивановская область", "assembly")]


def test_joint_production_with_unnamed_partners_stays_a_development() -> None:
    """Control: «совместно с белорусскими партнёрами» names no pair."""
    text = ("Подшипники\nВ Тольятти ООО «Жигулевский подшипник» наладит совместное производство "
            "роликовых подшипников с белорусскими партнёрами.")
    assert [r[1] for r in register_rows(text)] == ["joint_development"]
