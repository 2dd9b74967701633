"""The register's rules added after studying the round-9 dev part (issue 11), one test per
rule, on texts written here in the style of press releases, governors' reports, channel
posts and localisation-depth features: where parts are shipped, third-country partners, a
region's own plants, sites that move, parts that arrive or are fitted, production in a named
Russian place, a next sentence with a project of its own, and training centres."""

from __future__ import annotations

from datetime import date

from conftest import make_article, register_of, row_firms

from analysis.entities import find_entities
from analysis.projects.reader import ArticleReader


def by_region(rows: list[dict]) -> dict:
    return {r["region"]: r for r in rows}


# --------------------------------------------------------------------------- places


def test_parts_shipped_to_minsk_stay_in_their_russian_region() -> None:
    """«Первая партия отгружена в Минск»: where the goods go, in the same paragraph as the
    sentence naming the product, does not place the parts plant in Belarus."""
    rows = register_of(
        "«ТамбовРама» начала серийный выпуск рам для погрузчиков «Амкодор»\n"
        "ООО «ТамбовРама» на своей площадке в Тамбове начало серийное производство сварных "
        "рам для фронтальных погрузчиков холдинга «Амкодор».\n"
        "Предприятие освоило выпуск рам для погрузчиков «Амкодор» грузоподъёмностью до пяти "
        "тонн. Первая партия из 40 рам отгружена в Минск в конце марта.")
    assert {r["region"] for r in rows} == {"Тамбовская область"}, rows
    assert not any(r["location"] == "Минск" for r in rows), rows


def test_a_third_country_partner_makes_no_project_of_ours() -> None:
    """«совместно с турецким партнёром запущено производство»: another country's project in a
    governor's list is no row; the Belarusian project beside it stays."""
    rows = register_of(
        "Губернатор подвёл итоги года\n"
        "В Елабуге совместно с турецким партнёром начато производство стеклопакетов для "
        "автобусов. В Альметьевске ООО «КамаТрак» совместно с Минским автомобильным заводом "
        "начало сборку самосвалов МАЗ.")
    assert len(rows) == 1, rows
    assert "МАЗ" in row_firms(rows[0]) and "стекло" not in rows[0]["product"]


def test_a_regions_own_new_plant_is_no_project() -> None:
    """«В Выксе завершено строительство производства труб»: a bare production set up by a
    Russian side with no Belarusian side near is the region's own plant."""
    rows = register_of(
        "Отчёт главы региона\n"
        "Значительная часть доклада была посвящена промышленности.\n"
        "В Выксе завершено строительство производства труб большого диаметра, в Богородске "
        "открыт кожевенный комбинат.\n"
        "В Арзамасе ООО «ВолгаТрактор» совместно с Минским тракторным заводом начало сборку "
        "тракторов «Беларус».")
    assert len(rows) == 1, rows
    assert rows[0]["location"] == "Арзамас" and "МТЗ" in row_firms(rows[0])


# --------------------------------------------------------------------------- sites


def test_a_centre_that_will_continue_is_operating_at_its_old_site() -> None:
    """«До весны центр в Сыктывкаре продолжит принимать автобусы» after the move to Киров:
    the old site is a row of the same maker, operating; the new one is in progress."""
    rows = by_region(register_of(
        "Сервис автобусов МАЗ переезжает в Киров\n"
        "Сервисный центр МАЗ, обслуживающий городские автобусы северных районов, переносят в "
        "Киров.\n"
        "Сейчас в Кирове на базе ООО «ВяткаАвтоСервис» идёт ремонт корпуса, монтируются "
        "подъёмники.\n"
        "До весны центр в Сыктывкаре продолжит принимать автобусы, затем оборудование "
        "перевезут."))
    assert set(rows) == {"Республика Коми", "Кировская область"}, rows
    assert rows["Республика Коми"]["status"] == "operating"
    assert "МАЗ" in row_firms(rows["Республика Коми"])
    assert rows["Кировская область"]["status"] == "in_progress"


def test_a_site_the_subject_names_takes_the_maker_not_the_last_partner() -> None:
    """«Самая новая площадка – в Чите» after a site run by «ИркутАгро»: another site of
    the Belarusian maker; the partner of the last site does not go along."""
    rows = by_region(register_of(
        "Итоги сибирских площадок МТЗ\n"
        "Минский тракторный завод подвёл итоги работы сибирских сборочных площадок.\n"
        "В Иркутске сборка идёт с 2020 года на мощностях ООО «ИркутАгро», за год выпущено "
        "300 тракторов.\n"
        "Самая новая площадка – в Чите: пока здесь выполняют предпродажную подготовку, а "
        "сборку тракторов начнут в следующем году."))
    assert "Забайкальский край" in rows, rows
    assert "ИркутАгро" not in row_firms(rows["Забайкальский край"])
    assert "МТЗ" in row_firms(rows["Забайкальский край"])


def test_there_after_the_sentences_own_region_is_a_new_site_of_the_maker() -> None:
    """«В Курской области линию только монтируют, первые сеялки там обещают собрать»: «там» is
    the Kursk region, so the line is a new site of the maker (in progress), not of the
    partner of the site told before."""
    rows = by_region(register_of(
        "Сеялки «Лидагропроммаша» будут собирать и под Курском\n"
        "В Орле ООО «ОрёлСеялка» собирает сеялки «Лидагропроммаша» с 2022 года.\n"
        "В Курской области линию только монтируют, первые сеялки там обещают собрать к осени."))
    assert set(rows) == {"Орловская область", "Курская область"}, rows
    assert rows["Курская область"]["status"] == "in_progress"
    assert row_firms(rows["Курская область"]) == {"Лидагропроммаш"}


# --------------------------------------------------------------------------- parts


def kinds_by_sentence(text: str) -> list[list[str | None]]:
    """The kinds of the project mentions the reader finds in each sentence."""
    article = make_article("t", text, date(2026, 5, 1))
    reader = ArticleReader(article, find_entities(article, ner=False))
    return [[m.kind for m in reader.mentions(i)] for i in range(len(reader.sents))]


def test_parts_arriving_after_the_list_are_no_parts_project() -> None:
    """«двигатели, коробки передач и мосты по-прежнему поступают из Беларуси»: the list, then
    the verb of arriving, then «из»: made elsewhere."""
    found = kinds_by_sentence(
        "ООО «СураТрак» собирает тракторы «Беларус» в Пензе с 2023 года. Двигатели Минского "
        "моторного завода, коробки передач и ведущие мосты для них по-прежнему поступают из "
        "Беларуси.")
    assert found == [["assembly"], []]


def test_parts_fitted_on_site_are_steps_of_the_assembly() -> None:
    """«на месте ставят колёса, аккумуляторы, гидрораспределители»: fitted, not made."""
    found = kinds_by_sentence(
        "На заводе ООО «ДонТрак» в Азове собирают тракторы «Беларус». На месте ставят колёса, "
        "аккумуляторы, гидрораспределители и выполняют предпродажную подготовку.")
    assert found == [["assembly"], []]


# --------------------------------------------------------------------------- production


def test_machines_made_in_a_named_russian_place_are_localised() -> None:
    """«комбайнов «Палессе», выпускаемых в Брянске»: a production word followed by a Russian
    place, with a Belarusian side: the machines are made there (a bare production word)."""
    rows = register_of(
        "Комбайны получили статус российской продукции\n"
        "ЗАО «Брянсксельмаш» подтвердило статус российского производителя для зерноуборочных "
        "комбайнов «Палессе», выпускаемых в Брянске.")
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Брянская область", "assembly", "operating")], rows


def test_full_cycle_production_is_assembly() -> None:
    """«выполняется полный производственный цикл» on a named plant's site: assembly, operating."""
    rows = register_of(
        "Погрузчики «Амкодор» в Перми\n"
        "На пермской площадке ООО «КамаПогрузчик» выполняется полный производственный цикл "
        "погрузчиков «Амкодор»: раскрой металла, сварка рам, окраска и общая сборка.")
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Пермский край", "assembly", "operating")], rows


def test_a_next_sentence_with_its_own_project_lends_no_firm() -> None:
    """«В Ишиме налажена сборка борон по белорусской лицензии. На заводе ООО «ТоболМаш» идёт
    монтаж линии сборки жаток «Палессе»»: two projects; the first names no firm."""
    rows = register_of(
        "Отчёт губернатора\n"
        "Отдельная часть доклада была посвящена производству сельхозтехники. В Ишиме налажена "
        "сборка дисковых борон по белорусской лицензии. На заводе ООО «ТоболМаш» в Тюмени идёт "
        "монтаж линии сборки жаток «Палессе».")
    assert len(rows) == 2, rows
    harrows = next(r for r in rows if "борон" in r["product"] or "бороны" in r["product"])
    assert row_firms(harrows) == set(), rows
    headers = next(r for r in rows if r is not harrows)
    assert {"Гомсельмаш", "ТоболМаш"} <= row_firms(headers) and headers["status"] == "in_progress"


# --------------------------------------------------------------------------- training


def test_a_makers_training_centre_is_a_project_of_kind_other() -> None:
    """«открыли учебный центр холдинга «Амкодор»» at a Russian college: kind other."""
    rows = register_of(
        "В Россоши будут готовить операторов погрузчиков\n"
        "В Россоши при аграрном колледже открыли учебный центр холдинга «Амкодор», оборудование "
        "передал белорусский завод.")
    assert [(r["region"], r["kind"]) for r in rows] == [("Воронежская область", "other")], rows
    assert "Амкодор" in row_firms(rows[0])


def test_a_college_memorandum_without_a_maker_is_no_project() -> None:
    """A memorandum between a Russian college and a Belarusian university names no maker."""
    rows = register_of(
        "Колледж и университет подписали меморандум\n"
        "Омский аграрный колледж и Белорусский государственный аграрный технический университет "
        "подписали меморандум о создании учебного класса и обмене преподавателями.")
    assert rows == []


def test_a_partner_making_it_in_the_place_the_sentence_opens_with_is_localised() -> None:
    """«В Клинцах ООО «БрянскКузов» выпускает фургоны, которые монтируют на шасси МАЗ»: a
    bare production word, but a Russian partner makes it in the place the sentence opens
    with, for a Belarusian side."""
    rows = register_of(
        "Кооперация с белорусскими соседями\n"
        "— Какие совместные производства уже работают в области?\n"
        "— В Клинцах ООО «БрянскКузов» выпускает изотермические фургоны, которые затем "
        "монтируют на шасси МАЗ.")
    assert [(r["region"], r["location"]) for r in rows] == [("Брянская область", "Клинцы")], rows
    assert row_firms(rows[0]) == {"БрянскКузов", "МАЗ"}
