"""The register's rules added in session 22 (walk22reg: a new user's register findings 8–12),
on texts written here in the style of business dailies, trade-press overviews and district
papers: a joint venture's credit is no product, its total investment outranks a part, an
output target year is no timeline; a project «на стадии согласования» is planned; a project
told announced is a row with no stage, and «так и не было запущено» after an announcement
does not deny it; a maker's section under a heading gives its sites the maker and its goods;
a named subject after «, а» is a clause of its own; a dealer named by its role, and «в нём»."""

from __future__ import annotations

from datetime import date

from conftest import register_of

# ------------------------------------------------- a joint venture's money and dates


def test_a_credit_to_the_venture_is_no_product_and_the_total_outranks_a_part() -> None:
    """«предоставит СП заём», «Вклад учредителей составит …», «Общий объём инвестиций в
    проект …», «К 2028 году … выйти на выпуск 900 машин»: the goods, the total, the start."""
    text = ("«Гомсельмаш» и тамбовские инвесторы создадут СП\n"
            "Холдинг «Гомсельмаш» и российская компания ООО «ТамбовАгроТех» договорились о "
            "создании совместного предприятия в Тамбовской области. Региональный фонд "
            "развития предоставит СП заём в размере 900 млн руб.\n"
            "Вклад учредителей составит 1,4 млрд руб. Общий объём инвестиций в проект "
            "оценивается в 5,2 млрд руб.\n"
            "Сборка кормоуборочных комбайнов в Тамбове должна начаться во втором квартале "
            "2027 года. К 2028 году партнёры планируют выйти на выпуск 900 машин в год, "
            "выручка СП в 2028 году должна составить 9 млрд руб.")
    rows = register_of(text, published=date(2026, 3, 10))
    assert len(rows) == 1
    row = rows[0]
    assert row["kind"] == "joint_venture" and row["region"] == "Тамбовская область"
    assert "комбайн" in row["product"] and "заём" not in row["product"]
    assert row["investment_value"] == 5.2e9
    assert row["timeline"] == "2027-Q2"


def test_without_a_total_the_first_investment_stays() -> None:
    """Control: a part told alone is the project's figure (no word of the whole)."""
    text = ("Лифты для Самары\nВ Самаре ОАО «Могилевлифтмаш» строит сборочный цех. Вклад "
            "холдинга в проект составит 300 млн рублей.")
    rows = register_of(text)
    assert [r["investment_value"] for r in rows] == [3e8]


def test_a_start_year_with_output_in_its_own_clause_stays() -> None:
    """Control: «В 2027 году начнётся выпуск 500 машин» — the cue in the year's clause: the
    start of the output is the timeline."""
    text = ("Автобусы в Курске\nВ Курской области в 2027 году начнётся сборка 500 автобусов МАЗ "
            "в год на площадке местного перевозчика.")
    rows = register_of(text, published=date(2026, 3, 10))
    assert [r["timeline"] for r in rows] == ["2027"]


# ------------------------------------------------- stages of a listed project


def test_a_project_being_negotiated_is_planned() -> None:
    text = ("Трамваи для Казани\nВ Казани проект сборки трамваев «Белкоммунмаш» с городским "
            "перевозчиком находится на стадии согласования, инвестиции оцениваются в 800 млн "
            "рублей.")
    rows = register_of(text)
    assert [(r["region"], r["status"], r["investment_value"]) for r in rows] == [
        ("Республика Татарстан", "planned", 8e8)]


def test_an_announced_project_never_started_is_a_row_without_a_stage() -> None:
    """«…, о котором сообщали …, так и не было запущено» under the heading «Тракторы МТЗ.»:
    the maker's project, `unknown`, the announcement's year no timeline; another project of
    the same section is not continued by it."""
    text = ("Где собирают белорусскую технику\n"
            "Тракторы МТЗ. В Брянской области крупноузловая сборка тракторов налажена на "
            "площадке местного дилера. Сборочное производство в Псковской области, о котором "
            "объявляли в 2021 году, так и не было запущено.")
    rows = register_of(text, published=date(2025, 6, 1))
    by_region = {r["region"]: r for r in rows}
    assert set(by_region) == {"Брянская область", "Псковская область"}
    pskov = by_region["Псковская область"]
    assert pskov["enterprises"] == "МТЗ" and pskov["status"] == "unknown"
    assert not isinstance(pskov["timeline"], str)
    assert by_region["Брянская область"]["status"] == "operating"


def test_a_workshop_that_never_opened_with_no_announcement_is_no_project() -> None:
    """Control (round 13's reading): «Планировавшийся … цех … так и не открылся» is a denial."""
    text = ("Ремонт в районе\nПланировавшийся два года назад цех по ремонту тракторов МТЗ в "
            "Велиже так и не открылся.")
    assert register_of(text) == []


def test_an_announced_project_with_no_stage_is_a_row() -> None:
    """«о котором объявляли в 2023 году» and nothing else: a project, `unknown`."""
    text = ("Обзор\nВ обзоре упомянут и проект сборки экскаваторов «Амкодор» в Чебоксарах, о "
            "котором объявляли в 2023 году.")
    rows = register_of(text, published=date(2025, 6, 1))
    assert [(r["region"], r["enterprises"], r["status"]) for r in rows] == [
        ("Чувашская Республика", "Амкодор", "unknown")]


# ------------------------------------------------- a maker's section under a heading


def test_sites_under_a_heading_take_its_maker_goods_and_own_investment() -> None:
    """«Прицепы «Могилевтрансмаш». … В … строится сборочный цех … объём вложений — …»."""
    text = ("Белорусская техника в регионах\n"
            "Прицепы «Могилевтрансмаш». Белорусский завод имеет в России две площадки. В "
            "Тверской области строится сборочный цех, его запуск намечен на весну следующего "
            "года. В Рязанской области соглашение о создании сборочного производства "
            "подписано в мае, объём вложений — 260 млн рублей.")
    rows = register_of(text, published=date(2025, 6, 1))
    by_region = {r["region"]: r for r in rows}
    assert set(by_region) == {"Тверская область", "Рязанская область"}
    assert all(r["enterprises"] == "Могилевтрансмаш" for r in rows)
    assert all(r["product"] == "прицепы" for r in rows)
    assert by_region["Рязанская область"]["investment_value"] == 2.6e8
    assert by_region["Рязанская область"]["status"] == "agreed"


def test_a_centre_takes_the_goods_the_article_names_its_maker_by() -> None:
    """«…открыло сервисный центр, а <another plant> поставляет комплектующие»: the centre is
    the first firm's alone, its product the goods «комбайны «Гомсельмаша»» the article names;
    a plant's name («завод карданных валов») is no product."""
    text = ("Гомельская область и Курск\n"
            "В Курскую область поставляются прежде всего комбайны «Гомсельмаша» и молочная "
            "продукция.\nВ Курской области ОАО «Гомсельмаш» открыло сервисный центр, а "
            "Светлогорский завод карданных валов поставляет комплектующие на курские "
            "предприятия.")
    rows = register_of(text)
    assert [(r["enterprises"], r["kind"], r["product"]) for r in rows] == [
        ("Гомсельмаш", "service_center", "комбайны")]


# ------------------------------------------------- a dealer's plan at its centre


def test_a_dealer_named_by_its_role_and_in_it() -> None:
    """«…открытый вместе с местным дилером «Агротехцентр». … Дилер планирует наладить в нём
    сборку»: the dealer is a party, the town of the centre the assembly's place."""
    text = ("Техника для Бийска\n"
            "С прошлой весны в Бийске работает сервисный центр ОАО «Гомсельмаш», открытый "
            "вместе с местным дилером «Агротехцентр». На нём работают 9 человек.\n"
            "Дилер намерен в следующем году наладить в нём сборку комбайнов из "
            "машинокомплектов «Гомсельмаша».")
    rows = register_of(text, published=date(2025, 4, 1))
    assembly = [r for r in rows if r["kind"] == "assembly"]
    assert len(assembly) == 1
    assert assembly[0]["location"] == "Бийск" and assembly[0]["region"] == "Алтайский край"
    assert set(assembly[0]["enterprises"].split(";")) == {"Агротехцентр", "Гомсельмаш"}
    assert assembly[0]["status"] == "planned" and assembly[0]["timeline"] == "2026"
