"""The register on the classes of misses of issue 11, one test per class, on texts written
here in the style of regional news, agency wires and trade press: enumerations, projects
located in Belarus, unknown partners and aliases, two projects in one article, projects with
no named enterprise, and traps (deliveries, dealers that only sell, exhibitions, repairs sent
away, projects abroad)."""

from __future__ import annotations

import pytest
from conftest import register_of, row_firms

from analysis.entities import canonical_enterprise, find_entities, is_generic_name, town_name


def regions(rows: list[dict]) -> set:
    return {r["region"] for r in rows}


# --------------------------------------------------------------------------- enumerations

ENUMERATIONS = [
    ("Гомсельмаш наращивает локализацию\nВ Курской, Орловской и Брянской областях работают "
     "сборочные участки «Гомсельмаша», где из машинокомплектов собирают кормоуборочные комбайны.",
     {"Курская область", "Орловская область", "Брянская область"}),
    ("Сервисная сеть Минского автозавода\nСервисные станции Минского автозавода открыты в "
     "Казани, Уфе, Самаре и Перми, сообщили в компании.",
     {"Республика Татарстан", "Республика Башкортостан", "Самарская область", "Пермский край"}),
    ("Лифты собирают в трёх регионах\nСборка лифтов «Могилевлифтмаша» налажена в Татарстане, а "
     "также в Нижегородской и Ульяновской областях.",
     {"Республика Татарстан", "Нижегородская область", "Ульяновская область"}),
    ("Север под сервисом\nСервисные центры МЗКТ работают в Сургуте и Нижневартовске, а также в "
     "Новом Уренгое.",
     {"Ханты-Мансийский автономный округ — Югра", "Ямало-Ненецкий автономный округ"}),
    ("Погрузчики на Урале и в Сибири\nХолдинг «Амкодор» собирает погрузчики на площадках "
     "партнёров в Пермском крае (с 2021 года), Башкортостане (с 2022 года) и Новосибирской "
     "области.",
     {"Пермский край", "Республика Башкортостан", "Новосибирская область"}),
    ("Сервис для тракторов\nСервисные центры МТЗ работают в 12 регионах России, в том числе в "
     "Московской, Ленинградской и Новосибирской областях.",
     {"Московская область", "Ленинградская область", "Новосибирская область"}),
    ("Сеялки на юге\nНа территории Курской и Белгородской областей собирают сеялки "
     "«Лидагропроммаша», сообщили в холдинге.", {"Курская область", "Белгородская область"}),
    ("Три площадки для МТЗ\nМинский тракторный завод наладит сборку тракторов в трёх регионах — "
     "Липецкой, Тамбовской и Воронежской областях.",
     {"Липецкая область", "Тамбовская область", "Воронежская область"}),
    ("Лифты в Поволжье\nСборочные участки «Могилевлифтмаша» работают в городах Самара, Саратов "
     "и Пенза.", {"Самарская область", "Саратовская область", "Пензенская область"}),
    ("МТЗ нашёл партнёров на юге\nСборку тракторов «Беларус» наладят на предприятиях "
     "Ростовской, Волгоградской и Саратовской областей.",
     {"Ростовская область", "Волгоградская область", "Саратовская область"}),
    ("Сеть сервисов МАЗ\nСервисные станции МАЗ работают в Татарстане (Набережные Челны), "
     "Башкортостане (Уфа) и Самарской области.",
     {"Республика Татарстан", "Республика Башкортостан", "Самарская область"}),
    ("МАЗ собирает в трёх регионах\nМинский автомобильный завод собирает автобусы на площадках "
     "партнёров в Нижегородской области и Татарстане, а грузовики — в Ростовской области.",
     {"Нижегородская область", "Республика Татарстан", "Ростовская область"}),
]


@pytest.mark.parametrize(("text", "want"), ENUMERATIONS)
def test_enumeration_gives_one_project_per_listed_region(text, want):
    rows = register_of(text)
    assert regions(rows) == want
    assert len(rows) == len(want)  # one row per region, none for the list as a whole


def test_enumeration_row_says_which_towns():
    rows = register_of(ENUMERATIONS[3][0])
    by_region = {r["region"]: r["location"] for r in rows}
    assert by_region["Ханты-Мансийский автономный округ — Югра"] == "Сургут, Нижневартовск"
    assert by_region["Ямало-Ненецкий автономный округ"] == "Новый Уренгой"


def test_a_move_between_two_regions_is_no_list():
    """«из Московской области в Тульскую» moves one project; a firm's origin is no site."""
    rows = register_of("Сборку перенесут в Тулу\nКомпания «Агрокомплект» из Рязани "
                       "в следующем году начнёт в Туле сборку сеялок «Лидагропроммаша».")
    assert regions(rows) == {"Тульская область"}


def test_buyers_after_a_list_are_no_sites():
    rows = register_of("Электробусы для Поволжья\nВ Ярославле запущена сборка электробусов "
                       "БКМ. За год завод собрал 50 машин, их получили Ярославль и Кострома.")
    assert regions(rows) == {"Ярославская область"}


# --------------------------------------------------------------------------- Belarus-located

def test_project_in_belarus_has_empty_region_and_a_location():
    rows = register_of("Российский партнёр строит завод в Лиде\nВместе с российской компанией "
                       "«Агротехмаш» из Курска «Лидагропроммаш» строит в Лиде завод по выпуску "
                       "дисковых борон, сообщил генеральный директор предприятия.")
    assert len(rows) == 1
    row = rows[0]
    assert row["region"] is None
    assert row["location"] == "Лида"
    assert {"Лидагропроммаш", "Агротехмаш"} <= row_firms(row)


def test_russian_vans_assembled_in_belarus_are_not_in_the_home_region():
    rows = register_of("Фургоны соберут в Беларуси\nСборку фургонов УАЗ планируют начать в "
                       "Беларуси в следующем году, сообщили в министерстве промышленности.")
    assert [r["region"] for r in rows] == [None]
    assert rows[0]["location"] == "Беларусь"


def test_a_named_belarusian_site_overrides_the_article_region():
    """The first sentence gives no place (the article's region is a guess); the next says
    the plant stands in Minsk: the project is in Belarus."""
    text = ("Двигатели для электробусов\nГубернатор Московской области встретился с "
            "партнёрами. Совместное предприятие «Белкоммунмаш» и ООО «ТягаСервис» в прошлом году "
            "выпустило 400 тяговых двигателей. Производство размещено в Минске и работает с "
            "2022 года.")
    rows = register_of(text)
    jv = [r for r in rows if r["kind"] == "joint_venture"]
    assert len(jv) == 1 and jv[0]["region"] is None and jv[0]["location"] == "Минск"


def test_town_names_in_the_nominative():
    assert town_name("Новом Уренгое") == "Новый Уренгой"
    assert town_name("Лиде") == "Лида"
    assert town_name("Набережных Челнах") == "Набережные Челны"
    assert town_name("Прогрессе") is None


# --------------------------------------------------------------------------- unknown partners

def test_quoted_name_after_a_dealer_word_is_an_enterprise():
    ents = find_entities("Обслуживание техники в крае берёт на себя дилер «Техсервис-Юг».",
                         ner=False)
    assert [e.normal for e in ents if e.type == "enterprise"] == ["Техсервис-Юг"]


@pytest.mark.parametrize("word", ["Центр", "Завод", "Компания", "«Предприятие»"])
def test_generic_words_are_never_enterprises(word):
    assert is_generic_name(word)
    text = f"В области открылась компания «{word.strip('«»')}», она будет собирать прицепы."
    assert not [e for e in find_entities(text, ner=False) if e.type == "enterprise"]


@pytest.mark.parametrize(("name", "normal"), [
    ("Гомсельмаша", "Гомсельмаш"), ('ОАО "Гомсельмаш"', "Гомсельмаш"),
    ("Gomselmash", "Гомсельмаш"), ("Могилёвлифтмаш", "Могилевлифтмаш"), ("BELAZ", "БелАЗ"),
    ("Bobruiskagromash", "Бобруйскагромаш"), ("Белкомунмаш", "Белкоммунмаш"),
])
def test_aliases_merge_into_one_name(name, normal):
    assert canonical_enterprise(name) == normal


def test_a_daughter_company_is_not_its_namesake():
    """«Гидропривод-Т» adds a tail to «Гидропривод»: another company, never fuzzily merged."""
    assert canonical_enterprise("Гидропривод-Т") is None
    assert canonical_enterprise("Belarus") is None  # the country, not MTZ's brand


def test_latin_spelling_in_the_text_is_the_listed_enterprise():
    ents = find_entities("Комбайны Gomselmash соберут в Брянске.", ner=False)
    assert [(e.normal, e.surface) for e in ents if e.type == "enterprise"] == [
        ("Гомсельмаш", "Gomselmash")]


def test_unknown_partner_after_legal_form_joins_the_project():
    rows = register_of("В Тамбовской области соберут пресс-подборщики\nООО «Агроснаб-Т» и "
                       "«Бобруйскагромаш» подписали соглашение о сборке пресс-подборщиков в "
                       "Рассказово.")
    assert len(rows) == 1
    assert row_firms(rows[0]) == {"Агроснаб-Т", "Бобруйскагромаш"}
    assert rows[0]["region"] == "Тамбовская область"


# --------------------------------------------------------------------------- two in one

def test_two_projects_of_one_region_stay_apart():
    text = ("Ярославская цепочка\nВ Ярославле «Ярославский завод электротранспорта» собирает "
            "электробусы «Белкоммунмаша». Каркасы кузовов для них начинает варить рыбинская "
            "компания «Волжский каркас», которая осваивает производство комплектующих по "
            "белорусской документации.")
    rows = register_of(text)
    kinds = sorted(r["kind"] for r in rows)
    assert kinds == ["assembly", "component_production"]
    assert {r["region"] for r in rows} == {"Ярославская область"}


# --------------------------------------------------------------------------- no enterprise

def test_project_with_no_named_enterprise_keeps_region_and_product():
    rows = register_of("В Невинномысске откроют центр ремонта двигателей\nВ Невинномысске в "
                       "следующем году откроют центр ремонта двигателей и коробок передач "
                       "белорусской сельхозтехники, сообщило краевое министерство.")
    assert len(rows) == 1
    assert rows[0]["region"] == "Ставропольский край" and not rows[0]["enterprises"]
    assert "ремонт" in rows[0]["product"]
    assert rows[0]["location"] == "Невинномысск"


# --------------------------------------------------------------------------- traps

TRAPS = {
    "delivery": "Кузбасс получил самосвалы БелАЗ\nВ Кемеровскую область прибыла партия "
                "карьерных самосвалов БелАЗ. Машины закуплены угольной компанией для разреза.\n"
                "Гарантийное обслуживание самосвалов будет выполнять официальный дилер.",
    "dealer_only_sells": "Новый дилер МТЗ открылся в Оренбурге\nВ Оренбурге начал работу "
                         "дилерский центр по продаже тракторов «Беларус». Компания «АгроОрен» "
                         "будет реализовывать технику аграриям области.",
    "exhibition": "Белорусская техника на выставке\nНа выставке «Агросалон» в Москве холдинг "
                  "«Гомсельмаш» показал новый комбайн, а на стенде «Амкодора» демонстрировались "
                  "фронтальные погрузчики.",
    "purchase": "Татарстан закупит автобусы МАЗ\nПравительство Татарстана подписало контракт "
                "на поставку 120 автобусов МАЗ для Казани. Первые машины прибудут весной.",
    "repair_sent_away": "Двигатели ремонтируют за пределами края\nВ крае работает 7 тыс. "
                        "белорусских тракторов, большая часть двигателей уходит в капитальный "
                        "ремонт в Ростовскую область.",
    "own_line_in_belarus": "Гомсельмаш запустил линию\nНа головном заводе «Гомсельмаша» в "
                           "Гомеле запущена линия сварки рам комбайнов. Инвестиции в проект "
                           "составили 12 млн рублей.",
    "dealers_in_general": "Техника в цифрах\nВ Краснодарском крае работает более 10 тысяч "
                          "тракторов МТЗ, их обслуживают местные дилеры.",
    "supplies_to_a_conveyor": "Шины для КАМАЗа\nОАО «Белшина» в первом полугодии поставило на "
                              "сборочный конвейер КАМАЗа в Набережных Челнах 80 тысяч шин.",
    "abroad": "Склад в Ташкенте\nХолдинг «Амкодор» открыл в Ташкенте склад запчастей для "
              "погрузчиков, сообщили в компании.",
}


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_trap_gives_no_project(name):
    assert register_of(TRAPS[name]) == []


def test_dealer_with_service_is_a_project():
    """A dealer centre that also services machines is a service centre (not a trap)."""
    rows = register_of("В Оренбурге открылся дилерско-сервисный центр МТЗ\nВ Оренбурге начал "
                       "работу дилерско-сервисный центр Минского тракторного завода с "
                       "мастерской и складом запчастей.")
    assert [r["kind"] for r in rows] == ["service_center"]


def test_another_site_in_a_later_sentence_is_a_project_of_its_own():
    """«Ещё один участок заработает в Оренбурге»: the list goes on in the next sentence."""
    rows = register_of("Лифты собирают в Поволжье\nОАО «Могилевлифтмаш» открыло сборочные "
                       "участки в Саратове, Ульяновске и Пензе. Ещё один участок заработает в "
                       "Оренбурге в будущем году.")
    by_region = {r["region"]: r for r in rows}
    assert set(by_region) == {"Саратовская область", "Ульяновская область",
                              "Пензенская область", "Оренбургская область"}
    assert by_region["Оренбургская область"]["status"] == "planned"
    assert by_region["Оренбургская область"]["enterprises"] == "Могилевлифтмаш"


@pytest.mark.parametrize(("text", "want"), [
    ("Сервис для самосвалов\nВ Кемерове открылся сервисный центр БелАЗа. Такие же центры уже "
     "работают в Якутии и Хакасии.",
     {"Кемеровская область", "Республика Саха (Якутия)", "Республика Хакасия"}),
    ("Погрузчики на Урале\nХолдинг «Амкодор» начал сборку погрузчиков в Перми. Аналогичные "
     "площадки действуют в Башкортостане и Удмуртии.",
     {"Пермский край", "Республика Башкортостан", "Удмуртская Республика"}),
    ("Комбайны для Сибири\n«Гомсельмаш» откроет сборку комбайнов в Омской области. Помимо "
     "Омска, сборочные участки холдинга работают в Брянске и Ростове-на-Дону.",
     {"Омская область", "Брянская область", "Ростовская область"}),
])
def test_list_of_sites_that_goes_on_after_the_first_project(text, want):
    """«Такие же центры…», «Аналогичные площадки…», «Помимо Омска, … в Брянске и Ростове»."""
    rows = register_of(text)
    assert regions(rows) == want and len(rows) == len(want)


def test_passive_assembly_is_a_project_and_its_subject_the_product():
    rows = register_of("Комбайны из Гомеля собираются в Брянске\nКомбайны «Гомсельмаш» "
                       "собираются на заводе в Брянске с 2019 года.")
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Брянская область", "assembly", "operating")]
    assert rows[0]["product"].lower().startswith("комбайн")


def test_intends_to_is_a_plan_not_an_assembly():
    rows = register_of("МАЗ собирается открыть сервисный центр\nМинский автозавод собирается "
                       "открыть сервисный центр в Хабаровске в следующем году.")
    assert [(r["kind"], r["status"]) for r in rows] == [("service_center", "planned")]


def test_location_names_a_town_the_lists_lack():
    """«в Тимашевске» is no listed town, but morphology knows it as a place name."""
    rows = register_of("Пресс-подборщики соберут на Кубани\nОАО «Бобруйскагромаш» и "
                       "краснодарская компания «КубаньАгроМаш» подписали соглашение о сборке "
                       "пресс-подборщиков на площадке партнёра в Тимашевске.")
    assert [(r["region"], r["location"]) for r in rows] == [("Краснодарский край", "Тимашевск")]
