"""Session 14 (issue 11): rules for causes the dev parts of several rounds share, on texts
written here.

* belarus_located: a sentence that names no place of its own continues its firms' site told
  earlier in the article (a Belarusian town included), not the article's main region; of
  another kind it stays another project.
* unknown_partner: words quoted after «завод», «компания» are no name unless they open with a
  capital letter («на заводе «уже всё запускали»» quotes people).
"""

from __future__ import annotations

from conftest import register_of, row_firms, row_region

from analysis.entities import find_enterprises

# ------------------------------------------------------------------- belarus_located: the site


def test_a_placeless_follow_up_keeps_the_belarusian_site_of_its_firms():
    rows = register_of(
        "Курские машиностроители идут в Беларусь\n"
        "Курская компания ООО «КурскПривод» и Гомельский завод «Гидропривод» готовят создание "
        "в Гомеле совместного производства гидронасосов для комбайнов.\n"
        "Пока подписан только меморандум; решение о регистрации СП стороны примут осенью.")
    ventures = [r for r in rows if "КурскПривод" in row_firms(r)]
    assert len(ventures) == 1, rows
    assert row_region(ventures[0]) is None
    assert ventures[0]["location"] == "Гомель"


def test_a_placeless_follow_up_in_a_russian_region_keeps_its_town():
    rows = register_of(
        "Сервис для «Беларусов» на Урале\n"
        "В Кургане ООО «ЗауралАгроТех» совместно с МТЗ открыло сервисный центр тракторов.\n"
        "Центр ООО «ЗауралАгроТех» и МТЗ будет обслуживать машины хозяйств Тюменской области.")
    centres = [r for r in rows if r["kind"] == "service_center"]
    assert [row_region(r) for r in centres] == ["Курганская область"], rows


def test_another_kind_said_here_is_not_the_belarusian_venture():
    rows = register_of(
        "Рязанский сборщик создаёт СП в Беларуси\n"
        "ООО «РязаньСельМаш» пятый год собирает в Рязани сеялки «Лидсельмаша».\n"
        "С «Лидсельмашем» компания подписала соглашение о создании в Лиде совместного "
        "предприятия по выпуску сортировальных машин.\n"
        "А сборку сеялок «РязаньСельМаш» и «Лидсельмаш» будут расширять здесь.")
    by_kind = {r["kind"]: row_region(r) for r in rows}
    assert by_kind.get("assembly") == "Рязанская область", rows
    assert by_kind.get("joint_venture") is None, rows


# ------------------------------------------------------------- unknown_partner: quoted names


def test_words_quoted_after_a_plant_are_no_firm():
    text = "Ветераны вспоминают, как в девяностые на том же заводе «всё уже запускали»."
    assert [e.surface for e in find_enterprises(text) if e.type == "enterprise"] == []


def test_a_capitalised_name_quoted_after_a_plant_is_a_firm():
    text = "Рамы для погрузчиков будут сваривать на заводе «Уралсибмаш» в Кургане."
    assert "Уралсибмаш" in [e.surface for e in find_enterprises(text)
                            if e.type == "enterprise"]


def test_a_quoted_remark_gives_no_project_row():
    rows = register_of(
        "Сборка тракторов вернулась в Рубцовск\n"
        "ООО «Рубцовский машзавод» совместно с МТЗ запустило в Рубцовске сборку тракторов "
        "«Беларус».\n"
        "Горожане вспоминают, как на том же заводе «уже всё запускали» в нулевые, и ждут "
        "новой сборки.")
    assert all("запускали" not in r["enterprises"] for r in rows), rows


# ------------------------------------------------------- two_in_one: a joint project's own work


def test_assembly_by_a_ventures_firms_in_its_town_is_the_venture():
    rows = register_of(
        "СП «Уралвагонмаша» и Могилёвского завода строит цех рам\n"
        "Совместное предприятие российского АО «Уралвагонмаш» и ОАО «Могилевтрансмаш» строит "
        "в Могилёве цех по выпуску рам для полуприцепов.\n"
        "Литые детали будет поставлять «Уралвагонмаш», а сборку рам выполнят в Могилёве.")
    assert [r["kind"] for r in rows] == ["joint_venture"], rows


def test_assembly_of_a_third_firm_beside_a_venture_stays_apart():
    rows = register_of(
        "Два проекта в Липецке\n"
        "ООО «ЛипецкАгроПривод» и Гомсельмаш подписали соглашение о создании в Липецке "
        "совместного предприятия по выпуску мостов.\n"
        "Кроме того, в Липецке ООО «ЧерноземТехСборка» начало сборку комбайнов «Гомсельмаша».")
    assert sorted(r["kind"] for r in rows) == ["assembly", "joint_venture"], rows


# ------------------------------------------- belarus_located / unknown_partner: a venture's name


def test_a_name_quoted_after_sp_is_the_ventures():
    text = "СП «ПолесьеГидроТех» выпускает гидроцилиндры в Пинске."
    assert "ПолесьеГидроТех" in [e.surface for e in find_enterprises(text)
                                 if e.type == "enterprise"]


def test_a_firm_in_the_genitive_after_sp_is_no_venture_name():
    text = "СП «Техмаша» и МАЗа открылось. Учредители — «Техмаш» и Минский автозавод."
    assert "Техмаша" not in [e.surface for e in find_enterprises(text)]


def test_the_body_places_a_venture_the_headline_put_beside_its_service():
    rows = register_of(
        "Десять лет СП «ДвинаАгроПривод»: от редукторов до сервиса в Псковской области\n"
        "Совместное белорусско-российское предприятие в Полоцке отмечает десятилетие.\n"
        "СП учредили в 2016 году ОАО «Полоцкий редукторный завод» и великолукское ООО "
        "«ЛукиМашПривод».\n"
        "В 2021 году СП открыло в Великих Луках сервисный центр по ремонту редукторов.")
    venture = [r for r in rows if r["kind"] == "joint_venture"]
    assert len(venture) == 1, rows
    assert row_region(venture[0]) is None and venture[0]["location"] == "Полоцк", rows
    assert "ЛукиМашПривод" in row_firms(venture[0]), rows


def test_a_service_centre_the_venture_opened_in_russia_is_its_own_row():
    rows = register_of(
        "Десять лет СП «ДвинаАгроПривод»\n"
        "Совместное белорусско-российское предприятие в Полоцке отмечает десятилетие.\n"
        "СП учредили в 2016 году ОАО «Полоцкий редукторный завод» и великолукское ООО "
        "«ЛукиМашПривод».\n"
        "В 2021 году СП открыло в Великих Луках сервисный центр по ремонту редукторов.")
    centre = [r for r in rows if r["kind"] == "service_center"]
    assert [row_region(r) for r in centre] == ["Псковская область"], rows


# ----------------------------------------------------------- status: a special zone's resident


def test_a_new_resident_of_a_special_zone_is_an_agreed_project():
    rows = register_of(
        "ОЭЗ «Калуга» приняла двух резидентов\n"
        "Новыми резидентами особой экономической зоны стали ООО «КалугаАгроДеталь» "
        "(производство кабин для тракторов «Беларус» по кооперации с МТЗ, 1,1 млрд рублей) "
        "и ООО «ОкаСтекло» (стеклопакеты, 300 млн рублей).")
    cabins = [r for r in rows if "КалугаАгроДеталь" in row_firms(r)]
    assert len(cabins) == 1, rows
    assert cabins[0]["status"] == "agreed" and cabins[0]["region"] == "Калужская область"


def test_a_zones_count_of_residents_is_no_project():
    rows = register_of(
        "Итоги года в ОЭЗ «Калуга»\n"
        "Всего в особой экономической зоне «Калуга» зарегистрированы 90 резидентов, среди них "
        "есть и компании с белорусским капиталом.")
    assert rows == []


# ------------------------------------------------------------------ status: work under way


def test_finishing_the_design_is_work_in_progress():
    rows = register_of(
        "Новый тягач для Севера\n"
        "В Тюмени МЗКТ и КАМАЗ завершают проектирование тягача для "
        "нефтяников Ямала.")
    assert [r["status"] for r in rows] == ["in_progress"], rows


def test_leading_the_development_is_work_in_progress():
    rows = register_of(
        "Двигатель для коммунальной техники\n"
        "В Ярославле Минский моторный завод и ГАЗ ведут разработку "
        "газового двигателя для коммунальных машин.")
    assert [r["status"] for r in rows] == ["in_progress"], rows


def test_a_finished_first_batch_is_no_work_in_progress():
    rows = register_of(
        "Первые погрузчики из Тулы\n"
        "В Туле ООО «ТулаСпецСборка» завершило сборку первой партии погрузчиков «Амкодор».")
    assert all(r["status"] != "in_progress" for r in rows), rows
