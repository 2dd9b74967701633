"""The register's rules added after studying the round-21 dev part (issue 11), on texts written
here in the style of road-equipment market reviews and cross-border councils' minutes: a paused
line whose reason is a supply failure is still the project (paused → `unknown`); a number with
a full stop opening a list item («4. Производство …») is the item's number, not a count of
projects."""

from __future__ import annotations

from conftest import register_of, register_rows

# ------------------------------------------------- a pause explained by failed supplies


def test_a_paused_line_whose_supplies_failed_is_the_project() -> None:
    """«собирало …, однако выпуск был приостановлен: сорвались поставки …»: the supplies say
    why it stopped; the assembly is told, its stage unknown."""
    text = ("Снегоуборщики\nВ Пензе ООО «Сурский спецмаш» с 2020 года собирало на шасси МАЗ "
            "уборочные машины, однако в 2023 году выпуск был приостановлен: из-за санкций "
            "сорвались поставки импортных насосов.")
    assert register_rows(text) == [("Пензенская область", "assembly", "unknown")]


def test_a_trade_sentence_without_a_pause_stays_no_project() -> None:
    """Control: the same supplies told with no pause tell no project."""
    text = ("Снегоуборщики\nВ Пензе ООО «Сурский спецмаш» закупало на заводе МАЗ шасси, "
            "а из-за санкций сорвались поставки импортных насосов.")
    assert register_rows(text) == []


# ------------------------------------------------- a numbered list item is no count


def test_a_numbered_item_is_not_a_count_of_projects() -> None:
    """«4. Производство кабин … на площадке ООО «…» (г. Ярцево)»: the fourth item of the
    minutes, one project."""
    text = ("Заседание совета\nСтороны рассмотрели ход совместных проектов.\n"
            "4. Производство кабин для тракторов МТЗ на площадке ООО «Вяземский "
            "механический завод» (г. Вязьма) – выпуск приостановлен в 2024 году.")
    assert register_rows(text) == [("Смоленская область", "component_production", "unknown")]


def test_a_number_without_a_full_stop_still_counts_projects() -> None:
    """Control: «4 производства» with no list of places is a count, no project of its own."""
    text = ("Итоги года\nВ Смоленской области белорусские холдинги открыли 4 производства "
            "кабин для тракторов МТЗ.")
    assert register_rows(text) == []


# ------------------------------------------------- a side named by a plain noun


def test_a_firm_referred_to_by_a_plain_noun_is_a_side_of_localised_assembly() -> None:
    """«Сборку … предприятие ведёт совместно с холдингом «Гомсельмаш»»: the subject is the
    Russian assembler told before; the kind stays assembly, not a joint development."""
    text = ("Сеялки\nВ Кургане ООО «Зауралагромаш» открыло второй цех. Сборку кормоуборочных "
            "комбайнов предприятие ведёт совместно с холдингом «Гомсельмаш» с 2020 года.")
    rows = register_of(text)
    assert {r["kind"] for r in rows} == {"assembly"}
    assert any("Гомсельмаш" in r["enterprises"] for r in rows)


def test_joint_production_with_partners_unnamed_stays_a_joint_development() -> None:
    """Control: «совместно с белорусскими партнёрами» names no maker: joint production."""
    text = ("Сеялки\nВ Кургане ООО «Зауралагромаш» совместно с белорусскими партнёрами "
            "наладит выпуск сеялок.")
    assert {r["kind"] for r in register_of(text)} == {"joint_development"}


# ------------------------------------------------- the subject after the object


def test_a_firm_noun_after_the_object_takes_the_firm_told_before() -> None:
    """«Сервисный центр компания открыла вместе с …»: object first, then «компания» before the
    verb: the firm of the sentence before is the party of the centre told in the lead."""
    text = ("Ремонт в Котласе\nВ Котласе работает сервисный центр, где ремонтируют погрузчики.\n"
            "В цеху стоят три машины холдинга «Амкодор». Сервисный центр компания открыла "
            "вместе с белорусским производителем два года назад.")
    rows = register_of(text)
    assert [(r["region"], r["kind"]) for r in rows] == [("Архангельская область", "service_center")]
    assert "Амкодор" in rows[0]["enterprises"]


def test_a_firm_noun_with_an_adjective_is_not_taken_for_the_subject() -> None:
    """Control: «… белорусская компания открыла» is a firm of its own description, not the
    one told before (the lead's centre keeps no firm from the sentence before)."""
    text = ("Ремонт в Котласе\nВ Котласе работает сервисный центр, где ремонтируют погрузчики.\n"
            "В цеху стоят три машины холдинга «Амкодор». Сервисный центр белорусская компания "
            "открыла два года назад.")
    assert all("Амкодор" not in r["enterprises"] for r in register_of(text))


# ------------------------------------------------- a street named after a place


def test_a_place_adjective_before_a_street_noun_is_no_region() -> None:
    """«Площадка на Московском шоссе уже выбрана»: a street of the town, not Moscow."""
    text = ("Сервис в Самаре\nСамарская компания «ВолгаДорСервис» планирует открыть в Самаре "
            "сервисный центр для погрузчиков «Амкодор». Площадка на Московском шоссе уже "
            "выбрана, договор с холдингом готовится.")
    assert {r["region"] for r in register_of(text)} == {"Самарская область"}


def test_a_place_adjective_before_a_plant_noun_still_places() -> None:
    """Control: «на смоленской площадке» is a site in the region."""
    text = ("Кабины\nХолдинг «МАЗ» наладил выпуск кабин на смоленской площадке ООО «Кабина-С».")
    assert {r["region"] for r in register_of(text)} == {"Смоленская область"}


# ------------------------------------------------- goods in stock


def test_parts_in_stock_are_no_warehouse() -> None:
    """«запчасти есть на складе»: an idiom for stock, no warehouse opened."""
    text = ("Снегоуборщики собирают в Твери\nТверское ООО «Тверьдормаш» вывело на полную "
            "мощность участок, где на шасси Минского автомобильного завода монтируют отвалы и "
            "щётки.\n\nСборку дорожных машин на шасси МАЗ в Твери ведут с прошлого года. Шасси "
            "приходят из Минска, кузова делают на месте.\n\n«Белорусское шасси нам подходит: "
            "ремонтопригодное, запчасти есть на складе. Работаем в две смены», — рассказал "
            "директор ООО «Тверьдормаш» Иван Петров.")
    assert [r["kind"] for r in register_of(text)] == ["assembly"]


def test_a_warehouse_opened_is_still_told() -> None:
    """Control: «открыл на складе…» aside, «открыл склад запчастей» sets one up."""
    text = ("Склад\nХолдинг «Амкодор» открыл в Твери склад запчастей для дорожной техники "
            "вместе с ООО «Тверьдормаш».")
    assert [r["kind"] for r in register_of(text)] == ["other"]
