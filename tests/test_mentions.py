"""analysis.projects.reader: what one sentence says of a project (places, firms, kinds, traps)."""

from __future__ import annotations

from conftest import register_keys, register_of


def test_dateline_is_not_the_place():
    rows = register_of("Минский моторный завод и ЯМЗ разработают двигатель\n"
                        "Минск, 30 июня (БЕЛТА) – Минский моторный завод и Ярославский моторный "
                        "завод намерены совместно разработать дизельный двигатель. Испытания "
                        "планируется начать в Ярославле в 2022 году.")
    assert register_keys(rows) == {("Ярославская область",
                            "Минский моторный завод;Ярославский моторный завод",
                            "joint_development")}


def test_clauses_with_their_own_place_are_separate_projects():
    rows = register_of("В Саратовской области налажен выпуск коммунальной техники на шасси "
                        "МАЗ, а в Курской области в 2025 году начнется сборка погрузчиков "
                        "«Амкодор».")
    assert register_keys(rows) == {("Саратовская область", "МАЗ", "assembly"),
                           ("Курская область", "Амкодор", "assembly")}


def test_a_count_of_projects_is_not_a_project():
    assert register_of("В регионах России сегодня работают более 20 сборочных производств "
                        "белорусской техники, в том числе МАЗ и МТЗ.") == []


def test_closed_project_is_not_in_the_register():
    assert register_of("Проект сборки автобусов МАЗ в Иванове закрыт\nСовместный проект по "
                        "сборке автобусов МАЗ в Иванове окончательно свернут.") == []


def test_daughter_company_brings_its_parent():
    rows = register_of("Совместное предприятие «Гомсельмаш-Юг» выпустило 40 комбайнов\n"
                        "Созданное в Ростовской области совместное предприятие ОАО «Гомсельмаш» "
                        "уже выпустило 40 комбайнов.")
    assert register_keys(rows) == {("Ростовская область", "Гомсельмаш;Гомсельмаш-Юг", "joint_venture")}


def test_two_makers_in_one_phrase_are_two_projects():
    rows = register_of("Губернатор Курской области предложил организовать на территории "
                        "региона сборку автобусов МАЗ и погрузчиков «Амкодор».")
    assert register_keys(rows) == {("Курская область", "МАЗ", "assembly"),
                           ("Курская область", "Амкодор", "assembly")}
    rows = register_of("Калужское ООО «Кабинный завод» до конца года освоит выпуск кабин для "
                        "тракторов МТЗ и самосвалов МАЗ.")
    assert register_keys(rows) == {("Калужская область", "Кабинный завод;МТЗ", "component_production"),
                           ("Калужская область", "Кабинный завод;МАЗ", "component_production")}


def test_unnamed_joint_venture_founded_by_a_firm_and_a_government():
    rows = register_of("В Йошкар-Оле начало работу предприятие, созданное ОАО «Бобруйскагромаш» "
                        "и правительством Республики Марий Эл.")
    assert register_keys(rows) == {("Республика Марий Эл", "Бобруйскагромаш", "joint_venture")}
    # one founder is no joint venture
    assert not any(r["kind"] == "joint_venture" for r in register_of(
        "В ОЭЗ «Липецк» начат выпуск комплектующих\nПредприятие, созданное при участии ОАО «МТЗ», "
        "начало выпуск топливных баков в особой экономической зоне «Липецк»."))


def test_after_sales_service_of_a_delivery_is_no_project():
    assert register_of("В Южно-Сахалинск доставлены 24 городских автобуса МАЗ. Техническое "
                        "обслуживание машин в течение гарантийного срока будет выполнять местное "
                        "предприятие «Сахалинавтотранс».") == []


def test_a_sentence_opening_with_a_pronoun_adds_its_firms():
    rows = register_of("В Чите открылся сервисный центр по ремонту карьерных самосвалов БЕЛАЗ. "
                        "Его создали белорусский завод и забайкальская компания «Сибирь-Техсервис».")
    assert register_keys(rows) == {("Забайкальский край", "БелАЗ;Сибирь-Техсервис", "service_center")}


def test_the_site_of_a_belarusian_firm_is_in_belarus():
    rows = register_of("На площадке ОАО «Могилевтрансмаш» начнется сборка полуприцепов по "
                        "лицензии челябинской компании «Уралавтоприцеп».")
    assert register_keys(rows) == {(None, "Могилевтрансмаш;Уралавтоприцеп", "assembly")}


def test_kind_rules_are_named_documented_and_ordered():
    """The reader's filters are data: an ordered tuple of small rules, each saying why."""
    from analysis.projects.kinds import KIND_RULES, only_kind_cues

    assert KIND_RULES[0] is only_kind_cues  # status cues never reach the kind rules
    assert len({rule.__name__ for rule in KIND_RULES}) == len(KIND_RULES)
    for rule in KIND_RULES:
        assert rule.__doc__ and rule.__doc__.strip(), rule.__name__
