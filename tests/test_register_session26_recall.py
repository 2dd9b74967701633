"""Session 26 (issue 11, register recall on text nobody tuned on): classes of misses read from
the dev parts of rounds 6–33 only (rounds 34–37 kept for validation), each shown on text
written here.

* a Russian town's adjective before a site noun in the accusative («будут поставлять на
  ковровскую площадку») is where the goods go, not where they are made: a Belarusian town
  named «в Гомеле» places the work;
* the parties a sentence names before any project is told («Участниками проекта стали …»)
  are the firms of the first project told after it that names none;
* «переоборудование» of machines (a lorry converted to gas) is a service of them, as
  «ремонт» and «восстановление» are;
* a firm that «содержит» (keeps) service centres in the present tense runs them: operating;
  so do facilities that «обеспечивают» a service, in the present plural (the singular, a
  side's share of joint work, «белорусская сторона обеспечивает сборку», sets no status);
* «Вместе с холдингом «…» компания разрабатывает …»: «вместе» may stand as far from the verb
  as «совместно» does;
* «монтаж оборудования для выпуска деталей» mounts a plant's equipment: a plant being set
  up, not delivered machines put together where they work;
* «опытный участок по изготовлению …» is a pilot plant (a facility noun after «опытный»),
  not a prototype of a development;
* in an interview whose headline names the partner too, «мы» is the firm whose head the lead
  names («Генеральный директор … рассказал»), not every firm named before the first question;
* a Belarusian maker's goods «теперь выпускают в России» are made in Russia, as «в Брянске»
  would say: a bare production word so placed is localisation.
"""

from __future__ import annotations

from conftest import register_of, row_firms, row_region


def test_a_site_the_goods_go_to_is_not_where_they_are_made() -> None:
    rows = register_of(
        "Насосы для дорожной техники\n"
        "В Туле ООО «ТулаГидро» вместе с белорусским ОАО «Гидропривод» собирает шестерённые "
        "насосы.\n"
        "В Гомеле «Гидропривод» налаживает выпуск корпусных деталей для насосов: их станут "
        "поставлять на тульскую площадку.")
    # (the Tula pumps assembled are component production too: assembling a part, session 25;
    # the body parts made in Gomel are the row this test is about)
    parts = [r for r in rows if r["kind"] == "component_production" and "детал" in r["product"]]
    assert [(row_region(r), r["location"]) for r in parts] == [(None, "Гомель")]


def test_the_parties_named_first_are_the_firms_of_the_project_told_next() -> None:
    rows = register_of(
        "Комиссия поддержала проект по выпуску гидронасосов\n"
        "Участниками проекта стали белорусское ОАО «Гидропривод» и российское ООО "
        "«ТулаГидро».\n"
        "Субсидия покроет часть процентов по кредитам. В Туле монтируется линия сборки "
        "гидронасосов, наладка завершится осенью.")
    assert [(row_region(r), row_firms(r)) for r in rows] == [
        ("Тульская область", {"Гидропривод", "ТулаГидро"})]


def test_converting_machines_is_a_service() -> None:
    rows = register_of(
        "Газовые тягачи МАЗ в Поволжье\n"
        "ООО «ВолгаГазСервис» открыло в Казани участок переоборудования тягачей МАЗ для "
        "работы на сжиженном газе.")
    assert [(row_region(r), r["kind"], r["status"]) for r in rows] == [
        ("Республика Татарстан", "service_center", "operating")]


def test_a_firm_keeping_service_centres_runs_them() -> None:
    rows = register_of(
        "Сервис погрузчиков за Уралом\n"
        "Томское ООО «ОбьТехСервис» содержит сервисные центры погрузчиков «Амкодор» в "
        "Томской области.")
    assert [(row_region(r), r["kind"], r["status"]) for r in rows] == [
        ("Томская область", "service_center", "operating")]


def test_together_with_a_partner_opening_the_sentence_is_a_joint_development() -> None:
    rows = register_of(
        "Курские инженеры и белорусские комбайны\n"
        "У курской компании «ПолеТех» есть и второй проект. Вместе с холдингом «Гомсельмаш» "
        "компания разрабатывает датчики урожайности для комбайнов «Палессе».")
    assert [r["kind"] for r in rows] == ["joint_development"]
    assert "Гомсельмаш" in row_firms(rows[0])


def test_mounting_equipment_to_make_parts_sets_up_a_plant() -> None:
    rows = register_of(
        "Неделя в области\n"
        "Промышленность. На рославльском предприятии ООО «РосДеталь» начали монтаж "
        "оборудования для выпуска кронштейнов и деталей кабин тракторов «Беларус» по заказу МТЗ.")
    assert [(row_region(r), r["kind"]) for r in rows] == [("Смоленская область", "component_production")]


def test_a_pilot_section_making_parts_is_a_parts_project() -> None:
    rows = register_of(
        "Вузы и заводы\n"
        "В 2023 году в Курском техническом университете при участии ОАО «Гомсельмаш» открыт "
        "опытный участок по изготовлению гидроцилиндров для комбайнов.")
    assert [(row_region(r), r["kind"]) for r in rows] == [("Курская область", "component_production")]


def test_we_is_the_firm_whose_head_is_interviewed() -> None:
    rows = register_of(
        "Директор БЗА: «С КАМАЗом мы делаем стартер нового поколения»\n"
        "Генеральный директор Борисовского завода агрегатов рассказал о работе с российскими "
        "партнёрами.\n"
        "— Что сейчас главное?\n"
        "— Вместе с КАМАЗом ведём разработку стартера для тяжёлых грузовиков, испытания идут в "
        "Набережных Челнах.\n"
        "— А сервис?\n"
        "— В Казани с прошлого года работает наш сервисный центр совместно с компанией "
        "«ВолгаАвтоЭлектрик».")
    development = [r for r in rows if r["kind"] == "joint_development"]
    assert [row_firms(r) for r in development] == [{"Борисовский завод агрегатов", "КАМАЗ"}]
    service = [r for r in rows if r["kind"] == "service_center"]
    assert [row_firms(r) for r in service] == [{"Борисовский завод агрегатов", "ВолгаАвтоЭлектрик"}]


def test_made_in_russia_the_country_is_localisation() -> None:
    rows = register_of(
        "Костромская кооперация с Минском\n"
        "Коленчатые валы для двигателей Д-245, которые ставят на тракторы «Беларус», теперь "
        "частично выпускают в России.\n"
        "Их механическую обработку освоило костромское ООО «КостромаВал», сообщили в Минском "
        "моторном заводе.")
    assert [row_region(r) for r in rows] == ["Костромская область"]
    assert "КостромаВал" in row_firms(rows[0])


def test_centres_that_provide_service_run_it() -> None:
    rows = register_of(
        "Уборка в Поволжье\n"
        "Сервис тракторов «Беларус» в период уборки обеспечивают сервисные центры ООО "
        "«ВолгаТрак» в Пензенской и Самарской областях.")
    assert sorted((row_region(r), r["kind"], r["status"]) for r in rows) == [
        ("Пензенская область", "service_center", "operating"),
        ("Самарская область", "service_center", "operating")]
