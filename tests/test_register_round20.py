"""The register's rules added after studying the round-20 dev part (issue 11), on texts written
here in the style of plant features, trade representatives' interviews, equipment trade press
and farm-show reports: a firm introduced by a quoted abbreviation after its legal form is named
by the bare abbreviation later; the machines' owners who serve them themselves open no service
centre; a question cancels nothing; firm and institution names in any case; designing
together is a joint development; production two firms agree on, at a plant named «на
гомельском заводе», is a project placed there."""

from __future__ import annotations

from conftest import register_of, register_rows

# ------------------------------------------------- a quoted abbreviation used bare later


def test_a_quoted_abbreviation_names_its_firm_when_used_bare() -> None:
    """«(ОАО «ГЗЛО») … сервисные центры ГЗЛО планируется открыть в …»: the firm of each row."""
    rows = register_of("Литейщики идут в регионы\nГомельский завод литейного оборудования "
                       "(ОАО «ГЗЛО») подвел итоги года.\nВ будущем году сервисные центры ГЗЛО "
                       "планируется открыть в Брянской и Орловской областях.")
    assert sorted((r["region"], r["enterprises"]) for r in rows) == [
        ("Брянская область", "ГЗЛО"), ("Орловская область", "ГЗЛО")]


def test_a_quoted_word_name_is_not_taken_bare() -> None:
    """Control: a quoted name in words («Заря») is not sought bare (a common word too)."""
    rows = register_of("Сервис в Брянске\nОАО «Заря» и ООО «Брянсктехсервис» открыли в Брянске "
                       "сервисный центр.\nЗаря над заводом была красивой.")
    assert [r["region"] for r in rows] == ["Брянская область"]


# ------------------------------------------------- the machines' owners serve them themselves


def test_repair_done_by_the_farms_themselves_is_no_service_project() -> None:
    """«ремонт ведут сами хозяйства»: a dealer that sells; the owners repair, no centre."""
    rows = register_of("Дилеры на выставке\nКурская компания «АгроМир» продаст вдвое больше "
                       "белорусских тракторов, а ремонт ведут сами хозяйства.")
    assert rows == []


def test_service_by_the_buyers_themselves_adds_no_service_row() -> None:
    """«обслуживанием занимаются сами покупатели» after a sale: no service row."""
    rows = register_of("Погрузчики для элеваторов\nПогрузчики «Амкодор» продает липецкая "
                       "компания «ЛипАгроТорг». Обслуживанием занимаются сами покупатели.")
    assert rows == []


def test_a_centre_serving_the_farms_stays() -> None:
    """Control: «центр обслуживает хозяйства» without «сами»: the farms are its customers."""
    rows = register_rows("Сервис в Курске\nВ Курске открылся сервисный центр МТЗ, который обслуживает "
                 "хозяйства области.")
    assert rows == [("Курская область", "service_center", "operating")]


# ------------------------------------------------- a question cancels nothing


def test_a_question_about_abandoned_projects_cancels_nothing() -> None:
    """«Были ли проекты, от которых пришлось отказаться?»: the interviewer asks; the
    agreement told just before stays."""
    rows = register_rows("Сервис в Перми\nВ Перми Минский автозавод и ООО «Пермтрансавто» подписали "
                 "соглашение об открытии центра обслуживания автобусов МАЗ.\n– Были ли проекты, "
                 "от которых пришлось отказаться?\n– Были.")
    assert rows == [("Пермский край", "service_center", "agreed")]


def test_a_told_abandonment_still_cancels() -> None:
    """Control: «стороны отказались от проекта» told, not asked, cancels it."""
    rows = register_rows("Сервис в Перми\nВ Перми Минский автозавод и ООО «Пермтрансавто» подписали "
                 "соглашение об открытии центра обслуживания автобусов МАЗ. Позже стороны "
                 "отказались от проекта.")
    assert rows == []


# ------------------------------------------------- names in another case


def test_a_quoted_company_name_in_another_case_is_that_company() -> None:
    """«ОАО «Техмолмаш»» … «оборудование «Техмолмаша»»: the genitive names the same firm."""
    rows = register_of("Сыр и сервис\nМинское ОАО «Техмолмаш» поставляет оборудование в "
                       "Россию.\nВ Вологде работает сервисный центр, который обслуживает "
                       "оборудование «Техмолмаша».")
    assert [(r["region"], r["enterprises"]) for r in rows] == [
        ("Вологодская область", "Техмолмаш")]


def test_an_institution_in_the_genitive_is_a_partner() -> None:
    """«Специалисты «…» и Алтайского государственного технического университета»: the
    university named in the genitive is the second side (its name back in the nominative)."""
    rows = register_of("Жатки из Барнаула\nСпециалисты «Гомсельмаша» и Алтайского "
                       "государственного технического университета совместно разрабатывают в "
                       "Барнауле новую жатку.")
    assert [set(r["enterprises"].split(";")) for r in rows] == [
        {"Гомсельмаш", "Алтайский государственный технический университет"}]


def test_an_adjective_that_may_be_a_surname_is_not_the_head() -> None:
    """«Донского государственного технического университета» back in the nominative: the
    head is «университет», not «Донской» read as a surname."""
    from analysis.entities import nominative_name

    assert nominative_name("Донского государственного технического университета") == \
        "Донской государственный технический университет"
    assert nominative_name("Администрации Президента") == "Администрация Президента"


def test_a_joint_refinement_told_with_its_belarusian_maker_joins_the_site() -> None:
    """«на заводе «Волгадизельмаш» в Балаково» … «совместная с Минским моторным заводом и
    «Волгадизельмашем» доработка двигателей»: one project at the Russian plant, both firms."""
    rows = register_of("Моторы на Волге\nДвигатели белорусского производства будут проходить "
                       "на заводе «Волгадизельмаш» в Балаково предпродажную подготовку. Суть "
                       "проекта — совместная с Минским моторным заводом и «Волгадизельмашем» "
                       "доработка двигателей, работы идут с начала года.")
    assert [(r["region"], set(r["enterprises"].split(";"))) for r in rows] == [
        ("Саратовская область", {"Волгадизельмаш", "Минский моторный завод"})]


# ------------------------------------------------- designing together


def test_designing_together_is_a_joint_development_in_progress() -> None:
    """«сейчас совместно проектируют линию»: as «совместно разрабатывают» — under way."""
    rows = register_rows("Линия для сыроварен\nСпециалисты ОАО «Белмолмаш» и ООО «Ярсыр» сейчас "
                 "совместно проектируют в Угличе линию для сыров.")
    assert rows == [("Ярославская область", "joint_development", "in_progress")]


# ------------------------------------------------- production the two sides agreed on


def test_production_agreed_at_a_belarusian_plant_is_placed_there() -> None:
    """«договорились о выпуске на гомельском заводе»: a bare «выпуск» the two sides agree on
    is a project; «на гомельском заводе» is its site in Belarus, not the partner's Moscow."""
    rows = register_of("Стекло для стеклопакетов\nВ феврале ОАО «Гомельстекло» и московская "
                       "компания «СтеклоСервис» договорились о выпуске на гомельском заводе "
                       "листового стекла для российских производителей.")
    assert [(r["region"], r["status"]) for r in rows] == [(None, "agreed")]


def test_supplies_agreed_are_no_project() -> None:
    """Control: «договорились о поставках» names no production."""
    rows = register_of("Стекло\nВ феврале ОАО «Гомельстекло» и московская компания "
                       "«СтеклоСервис» договорились о поставках листового стекла.")
    assert rows == []


def test_a_party_plant_by_its_town_adjective_is_no_site() -> None:
    """Control: «с минским заводом» names a party: the assembly stays in Russia."""
    rows = register_rows("Сборка в Брянске\nБрянская компания «БрянскАгро» договорилась с минским "
                 "заводом о сборке тракторов в Брянске.")
    assert [(r[0], r[1]) for r in rows] == [("Брянская область", "assembly")]


# ------------------------------------------------- legal forms, ventures, town adjectives


def test_a_legal_form_is_no_product_word() -> None:
    """«сервисный центр ООО «…», где ремонтируют узлы самосвалов БелАЗ» read twice (the tree
    and the word window) is one row: «ООО» says nothing of what is serviced."""
    rows = register_of("Сервис на Урале\n– В Екатеринбурге восьмой год действует сервисный "
                       "центр ООО «Уралкарьерсервис», где ремонтируют узлы карьерных самосвалов "
                       "БелАЗ.")
    assert [(r["region"], r["enterprises"]) for r in rows] == [
        ("Свердловская область", "БелАЗ;Уралкарьерсервис")]


def test_a_lead_told_without_a_place_joins_the_venture_placed_in_belarus() -> None:
    """«ОАО «Беларусьрезинотехника» планирует запустить производство лент» (placed only by the
    article's guess) and «СП … зарегистрированное в Бобруйске … монтирует линию»: one venture."""
    rows = register_of("Ленты в Бобруйске\nБобруйск, 22 января – ОАО «Беларусьрезинотехника» "
                       "планирует запустить производство конвейерных лент для горнодобывающей "
                       "промышленности России.\nСовместное предприятие «Беларусьрезинотехники» и "
                       "екатеринбургского ООО «Уралконвейер», зарегистрированное в Бобруйске "
                       "прошлой осенью, сейчас монтирует линию для выпуска лент.")
    assert [(r["region"], r["kind"]) for r in rows] == [(None, "joint_venture")]


def test_a_town_adjective_with_a_soft_sign_places_the_project() -> None:
    """«с барнаульской компанией» (Барнаул → барнаульский): the partner's town places the
    centre when the sentence names no other place."""
    rows = register_of("Юбилей завода\nВ 2014 году вместе с барнаульской компанией "
                       "«Алтайагросервис» завод «Бобруйскагромаш» открыл сервисный центр для "
                       "сибирских хозяйств.")
    assert [(r["region"], r["location"]) for r in rows] == [("Алтайский край", "Барнаул")]


def test_a_boiler_house_assembled_at_home_and_delivered_is_no_project() -> None:
    """«котельную для посёлка в Новгородской области предприятие поставило: её собрали
    полностью в Бобруйске и доставили на место»: made in Belarus, delivered to Russia."""
    rows = register_of("Котельные\nПервую блочную котельную для посёлка в Новгородской области "
                       "ОАО «Бобруйсктепломаш» поставило в декабре: её собрали полностью в "
                       "Бобруйске и доставили на место автотранспортом.")
    assert rows == []


def test_an_assembly_in_a_russian_town_from_delivered_kits_stays() -> None:
    """Control: «собирает тракторы из комплектов, которые поставляет МТЗ»: the delivery is of
    kits, the assembly is in Брянск."""
    rows = register_rows("Тракторы в Брянске\nВ Брянске ООО «БрянскТрактор» собирает тракторы МТЗ из "
                 "комплектов, которые поставляет Минский тракторный завод.")
    assert [(r[0], r[1]) for r in rows] == [("Брянская область", "assembly")]
