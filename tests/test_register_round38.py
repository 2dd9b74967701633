"""Session 26 (walk38reg): classes read from round 38's dev part, on sentences written here.

* The topic of talks («переговоры о создании … в А и Б») holds its own places: they are the
  sites, not the talks' venue, however the parser hangs them.
* A place adjective of a firm that owns the goods «для» which parts are made («корпуса для
  установок екатеринбургского ООО «…»») names the client, not the work's site.
* «Учредители …» opening a sentence are the firms the article last named together.
* A kind word in the phrase that says what a site once was («на площадке бывшего ремонтного
  завода») is no project; a mock-up («макет») is a stage of a development, as a prototype is.
* Filters, suspension and shock absorbers are parts; an inanimate plural object of an assembly
  verb («собирает модули подвески») is what it assembles; the assembly of the very parts the
  article's parts project makes is that project.
* Statuses: «изучают возможность открыть» is a plan; «Сборку … ведут предприятия» runs;
  the work an agreement in force provides for («По условиям договора … будет выпускать») is
  agreed.
* «сервисный участок» is a service centre.
"""

from __future__ import annotations

from conftest import register_of, row_region


def rows_of(text: str) -> list[tuple]:
    return sorted((row_region(r) or "", r["kind"], r["status"]) for r in register_of(text))


# ------------------------------------------------------------- places in the talks' topic


def test_places_in_the_topic_of_talks_are_the_sites():
    text = ("МАЗ ищет партнёров на Севере\n"
            "Минский автозавод ведёт переговоры об организации сервисного обслуживания своих "
            "машин в Ненецком автономном округе и Мурманской области.")
    assert {row_region(r) for r in register_of(text)} == {
        "Ненецкий автономный округ", "Мурманская область"}


def test_a_place_before_the_talks_is_still_their_venue():
    text = ("Переговоры в Минске\n"
            "На переговорах в Москве ОАО «МАЗ» договорилось о сборке автобусов в Липецке.")
    assert [row_region(r) for r in register_of(text)] == ["Липецкая область"]


# ----------------------------------------------------------- the owner of the goods «для»


def test_the_owner_of_the_goods_parts_are_made_for_is_no_site():
    text = ("Корпуса для буровых делают в Гомеле\n"
            "ОАО «Гомсельмаш» с 2020 года изготавливает рамы для буровых установок "
            "екатеринбургского ООО «УралБурМаш». За год в Гомеле сварено 40 рам.")
    rows = register_of(text)
    assert [(row_region(r), r["kind"]) for r in rows] == [(None, "component_production")], rows


# ------------------------------------------------------------------------- the founders


def test_founders_are_the_firms_named_together_before():
    text = ("Ярцевская мебель\n"
            "В Ярцеве работает совместное предприятие ООО «ЯрцевоМебель», учреждённое "
            "смоленским ООО «ДнепрЛес» и ОАО «Гомельдрев».\n"
            "Мебель продаётся в Смоленске и Москве. Директор доволен.\n"
            "Спрос растёт, говорят на предприятии.\n"
            "Учредители намерены открыть второй сборочный цех в Сафонове.")
    second = [r for r in register_of(text) if r["location"] == "Сафоново"]
    assert len(second) == 1 and "Гомельдрев" in second[0]["enterprises"], second


# ------------------------------------------------------------- what a site once was


def test_a_former_plant_named_as_the_site_is_no_project_kind():
    text = ("«Амкодор» собирает погрузчики в Калуге\n"
            "Холдинг «Амкодор» и калужское ООО «КалугаТехМаш» с лета выпускают погрузчики "
            "на площадке бывшего ремонтного завода в Калуге.")
    assert rows_of(text) == [("Калужская область", "assembly", "operating")]


def test_a_mock_up_assembled_is_a_stage_of_the_development():
    text = ("Электротрактор разрабатывают в Казани\n"
            "ОАО «МТЗ» и Казанский университет ведут в Казани совместную разработку "
            "электротрактора.\n"
            "Ходовой макет машины МТЗ планирует собрать в Минске в 2027 году.")
    assert rows_of(text) == [("Республика Татарстан", "joint_development", "in_progress")]


# --------------------------------------------------------------------------- parts


def test_filters_are_parts():
    text = ("Фильтры для МТЗ\n"
            "В Ульяновске ООО «СимбирФильтр» собирает воздушные фильтры для тракторов МТЗ.")
    assert rows_of(text) == [("Ульяновская область", "component_production", "operating")]


def test_assembled_suspension_modules_are_parts_and_one_project():
    text = ("Модули для МАЗа\n"
            "В Энгельсе ООО «ВолгаПневмо» собирает модули пневматической подвески для "
            "троллейбусов Минского автомобильного завода. Баллоны компания покупает, а "
            "кронштейны и сборку модулей делает сама.")
    assert rows_of(text) == [("Саратовская область", "component_production", "operating")]


# ------------------------------------------------------------------------- statuses


def test_studying_the_possibility_is_a_plan():
    text = ("«Амкодор» присматривается к Туле\n"
            "Холдинг «Амкодор» изучает возможность открыть сервисный центр в Туле, где "
            "растёт число строительных компаний, работающих с белорусской техникой.")
    assert rows_of(text) == [("Тульская область", "service_center", "planned")]


def test_assembly_carried_on_by_firms_runs():
    text = ("Погрузчики на белорусских шасси\n"
            "Сборку погрузчиков на базе белорусских колёсных тракторов ведут предприятия "
            "в Омской области.")
    assert rows_of(text) == [("Омская область", "assembly", "operating")]


def test_work_under_the_terms_of_an_agreement_is_agreed():
    text = ("Липецк получит лицензию МТЗ\n"
            "ОАО «МТЗ» предоставило липецкому ООО «ЛипецкРедуктор» лицензию на редуктор.\n"
            "По условиям договора липецкая компания будет выпускать редукторы на своей "
            "площадке в Липецке с 2026 года.")
    assert rows_of(text) == [("Липецкая область", "component_production", "agreed")]


def test_a_supply_contract_sets_no_project_up():
    text = ("Липецк и МТЗ\n"
            "По условиям контракта поставки ООО «ЛипецкРедуктор» будет выпускать редукторы "
            "в Липецке для тракторов МТЗ.")
    assert [r["status"] for r in register_of(text)] != ["agreed"]


# ------------------------------------------------------------------- service section


def test_a_service_section_is_a_service_centre():
    text = ("Сервис в Воркуте\n"
            "В 2010 году специалисты БелАЗа вместе с компанией «Воркутауголь» открыли "
            "сервисный участок в Воркуте.")
    assert rows_of(text) == [("Республика Коми", "service_center", "operating")]


# ------------------------------------------------------------------- work sited abroad


def test_assembly_in_a_town_named_by_a_third_countrys_adjective_is_abroad():
    text = ("Пилы для брянцев\n"
            "Брянский дистрибьютор ООО «ЛесТехника» продаёт пилы белорусского завода «Брестмаш». "
            "Сами пилы собирают по контракту на фабрике в китайском Нинбо.")
    assert register_of(text) == []


def test_assembly_in_a_country_named_after_v_is_abroad():
    text = ("Автоматы в Смоленске\n"
            "Официальный дилер в Смоленске ООО «ВендСервис» продаёт и ремонтирует белорусские "
            "торговые автоматы, сборкой не занимается. Сами автоматы собирают в Италии и "
            "Словакии.")
    assert register_of(text) == []


def test_parts_from_a_country_abroad_place_nothing():
    text = ("Тракторы в Брянске\n"
            "В Брянске ООО «БрянскАгроСборка» собирает тракторы МТЗ. Подшипники для них "
            "раньше везли из Германии, теперь их заказывают в Минске.")
    assert [row_region(r) for r in register_of(text)] == ["Брянская область"]
