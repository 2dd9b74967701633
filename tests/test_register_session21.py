"""The register's rules added in session 21 (walk21reg: a new user's findings 10–14 and
round 28's dev part), on texts written here in the style of business dailies, trade press and
interviews: projects in the plural continue no project; a side's adjective before a quoted name
introduces a partner; «совместно с» keeps an assembly's kind; an interview's «запускаем» is in
progress and its bare quarter a timeline, an output year none; a dealer centre and a service
centre in their own places are two sites; a sales figure is no dealer that only sells; goods
made «для» a Belarusian maker's machines are parts; a plant named by its town's adjective is a
partner; a project in Belarus is shown as Belarus in the briefing."""

from __future__ import annotations

from datetime import date

from conftest import register_of, register_rows

from analysis.briefing.projects import project_place
from analysis.entities import find_enterprises
from analysis.projects.timelines import normalize_timeline

# ------------------------------------------------- projects in general


def test_projects_in_the_plural_continue_no_project() -> None:
    """«к 2030 году … на совместные проекты»: a forecast about projects in general gives the
    project told before neither its year nor its evidence."""
    text = ("Фонд поддержит станкостроение\nПервым получателем займа станет проект по выпуску "
            "токарных станков в Орше, который ведёт белорусский завод вместе с российским "
            "«Станкопромснабом».\n\nПо прогнозу аналитиков, "
            "к 2030 году объём займов на совместные проекты может превысить 900 млрд рублей.")
    rows = register_of(text, published=date(2026, 4, 2))
    assert len(rows) == 1
    assert not isinstance(rows[0]["timeline"], str)
    assert "2030" not in rows[0]["evidence"]


def test_one_project_dated_still_continues() -> None:
    """Control: «Ввод … проекта намечен на 2027 год» in the singular dates the project."""
    text = ("Фонд поддержит станкостроение\nВ Смоленске ОАО «МТЗ» наладит сборку тракторов. "
            "Ввод первой очереди проекта намечен на 2027 год.")
    rows = register_of(text, published=date(2026, 4, 2))
    assert [r["timeline"] for r in rows] == ["2027"]


# ------------------------------------------------- a side's adjective before a quoted name


def test_a_side_adjective_before_a_quoted_name_is_a_partner() -> None:
    """«совместно с российской «Тулстанкомашем»»: a word the dictionary does not know, in
    quotes after «российский», is a Russian firm, named in the nominative."""
    text = ("Станки для Гомеля\nВ Гомеле белорусский станкозавод будет выпускать фрезерные станки "
            "совместно с российской «Тулстанкомашсистемой».")
    rows = register_of(text)
    assert len(rows) == 1
    assert rows[0]["enterprises"] == "Тулстанкомашсистема"
    assert rows[0]["kind"] == "assembly" and not isinstance(rows[0]["region"], str)


def test_a_newspaper_after_a_side_adjective_is_no_partner() -> None:
    """«Белорусская «Гродзенка» пишет, что …»: the source of the news is no partner."""
    text = ("Дайджест\nБелорусская «Гродзенка» пишет, что в Пскове ОАО «Гомсельмаш» открыло "
            "сервисный центр для комбайнов.")
    rows = register_of(text)
    assert [r["enterprises"] for r in rows] == ["Гомсельмаш"]


def test_a_known_word_in_quotes_is_a_brand_not_a_firm() -> None:
    ents = find_enterprises("Российский «Трактор» и белорусская «Звездаагромашина» договорились.")
    assert {e.normal for e in ents if e.type in ("enterprise", "organization")} == {
        "Звездаагромашина"}


# ------------------------------------------------- «совместно с» and the goods' kind


def test_assembly_together_with_a_local_investor_is_an_assembly() -> None:
    """«обсуждается организация сборки экскаваторов совместно с местным инвестором»: who
    takes part, not a design."""
    text = ("Экскаваторы в Туле\nКроме того, в Тульской области обсуждается организация сборки "
            "экскаваторов ОАО «Амкодор» совместно с местным инвестором.")
    assert register_rows(text) == [("Тульская область", "assembly", "planned")]


def test_production_together_with_partners_stays_joint() -> None:
    """Control: a bare production word with «совместно с белорусскими партнёрами» is joint
    production (a joint development in the register's kinds)."""
    text = ("Новая техника\nВ Тверской области планируют наладить выпуск коммунальной техники "
            "совместно с белорусскими партнёрами, переговоры ведутся с ОАО «Амкодор».")
    assert [r[1] for r in register_rows(text)] == ["joint_development"]


def test_assembly_with_a_design_told_after_is_joint() -> None:
    """Control: a design told in the next sentence makes it a joint development."""
    text = ("Жатки для Кубани\nИнженеры агрохолдинга «Кубань-Агро» вместе с ОАО «Гомсельмаш» "
            "собирают опытную жатку в Краснодаре. Конструкцию разрабатывают вместе.")
    assert [r[1] for r in register_rows(text)] == ["joint_development"]


# ------------------------------------------------- an interview's line: stage and dates


def test_an_interview_line_started_now_is_in_progress_and_dated_by_its_quarter() -> None:
    """«Вместе с … мы запускаем линию», «первые … сойдут с линии во втором квартале», «к 2029
    году выйти на 20 тысяч»: in progress, dated 2027-Q2; the output year is no timeline."""
    text = ("Директор Бобруйского завода тракторных деталей: «Россия — наш главный рынок»\n"
            "Генеральный директор ОАО «Бобруйский завод тракторных деталей и агрегатов» "
            "рассказал о новом проекте.\n— Расскажите о проекте.\n— Вместе с Ульяновским "
            "автомобильным заводом мы запускаем в Ульяновске линию по сборке гидронасосов для "
            "внедорожников. Первые насосы сойдут с линии во втором квартале. Сначала планируем "
            "собирать до 5 тысяч насосов в год, а к 2029 году выйти на 20 тысяч.")
    rows = register_of(text, published=date(2027, 3, 10))
    assert len(rows) == 1
    row = rows[0]
    assert (row["region"], row["status"], row["timeline"]) == (
        "Ульяновская область", "in_progress", "2027-Q2")
    assert row["kind"] != "joint_development"


def test_a_bare_quarter_is_the_coming_one() -> None:
    assert normalize_timeline("Первые машины ожидаются в третьем квартале.", date(2026, 5, 20)) \
        == "2026-Q3"
    assert normalize_timeline("Договор подпишут до конца первого квартала.", date(2026, 5, 20)) \
        == "2027-Q1"
    assert normalize_timeline("во II квартале 2025 года", date(2026, 5, 20)) == "2025-Q2"


# ------------------------------------------------- dealer centres


def test_dealer_centres_and_a_service_centre_each_in_its_place() -> None:
    """«открыла два дилерских центра — в … и …, — а также сервисный центр в …» after the
    maker is named: three sites; a sales figure in the next sentence sells nothing."""
    text = ("«Бобруйскагромаш» расширяет сеть\nБелорусский производитель прицепной техники "
            "«Бобруйскагромаш» наращивает продажи в России. В прошлом году компания открыла два "
            "дилерских центра — в Ростовской и Воронежской областях, — а также сервисный центр в "
            "Ставрополе.\nПродажи техники выросли на 20% и составили 3,1 млрд рублей.")
    assert register_rows(text) == [("Воронежская область", "other", "operating"),
                                   ("Ростовская область", "other", "operating"),
                                   ("Ставропольский край", "service_center", "operating")]


def test_dealer_centres_planned_beside_a_sales_target() -> None:
    """«рассчитывает открыть ещё два дилерских центра — … — и довести продажи до …»: planned
    sites; the sales target is the maker's, not what the dealers do."""
    text = ("Планы «Амкодора»\nВ этом году «Амкодор» рассчитывает открыть ещё два дилерских "
            "центра — в Омской и Томской областях — и довести продажи в России до 8 млрд рублей.")
    assert register_rows(text) == [("Омская область", "other", "planned"),
                                   ("Томская область", "other", "planned")]


def test_a_dealer_that_only_sells_is_still_none() -> None:
    """Control: «дилерский центр …, который занимается только продажами» is no project."""
    text = ("Техника в Курске\nВ Курске открылся дилерский центр МТЗ, который занимается только "
            "продажами тракторов.")
    assert register_rows(text) == []


def test_whose_machines_a_centre_serves_is_no_product() -> None:
    """«центр, который будет обслуживать технику фермеров»: the owners are no product."""
    text = ("Сервис в Пензе\nГубернатор и руководство ОАО «Гомсельмаш» обсудили открытие в Пензе "
            "сервисного центра, который будет обслуживать технику фермеров области.")
    rows = register_of(text)
    assert [r["kind"] for r in rows] == ["service_center"]
    assert "фермер" not in rows[0]["product"]


# ------------------------------------------------- goods for a maker's machines, plant names


def test_production_of_goods_for_a_belarusian_makers_machines_is_parts() -> None:
    """«производства колёсных дисков для тракторов МТЗ»: parts for the maker."""
    text = ("Диски для тракторов\nОАО «МТЗ» и липецкое ООО «Липецкий металл» подписали договор "
            "об организации в Липецке производства колёсных дисков для тракторов МТЗ.")
    rows = register_of(text)
    assert [(r["region"], r["kind"]) for r in rows] == [("Липецкая область", "component_production")]


def test_assembly_for_a_customer_stays_assembly() -> None:
    """Control: «сборки тракторов для фермеров» assembles machines for their owners."""
    text = ("Тракторы\nВ Липецке ОАО «МТЗ» наладило сборку тракторов для фермеров области.")
    assert [r[1] for r in register_rows(text)] == ["assembly"]


def test_a_plant_named_by_its_towns_adjective_is_a_partner() -> None:
    """«Ярцевский механический завод» (not quoted, not listed) takes part; «Смоленский завод»
    alone describes a firm."""
    text = ("Детали для комбайнов\nОАО «Гомсельмаш» и Ярцевский механический завод наладили в "
            "Ярцеве выпуск бункеров для комбайнов «Гомсельмаш».")
    rows = register_of(text)
    assert len(rows) == 1
    assert set(rows[0]["enterprises"].split(";")) == {"Гомсельмаш", "Ярцевский механический завод"}


# ------------------------------------------------- the briefing's place of a project in Belarus


def test_a_project_in_belarus_reads_as_belarus_with_its_place() -> None:
    row = {"region": float("nan"), "location": "Орша"}
    assert project_place(row, "ru") == "Беларусь (Орша)"
    assert project_place(row, "en").startswith("Belarus (")
    assert project_place({"region": None, "location": ""}, "ru") == "Союзное государство / Беларусь"
    assert project_place({"region": "Тульская область", "location": "Тула"}, "ru") == \
        "Тульская область"
