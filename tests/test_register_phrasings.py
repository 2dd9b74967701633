"""The register on phrasings the round-7 first look missed, one test per general mechanism,
on texts written here in the style of wires, trade press, interviews and regional news:
lists of sites spread over sentences or brackets, a firm named once and then called «холдинг»
or «мы», development «вместе с» a partner, a Belarusian plant as the site, and the traps of
questions, delivered machines put together on site and media names."""

from __future__ import annotations

from conftest import register_of, row_firms


def regions(rows: list[dict]) -> set:
    return {r["region"] for r in rows}


# --------------------------------------------------------------------------- enumerations


def test_enumeration_of_towns_in_brackets_after_a_site_noun():
    rows = register_of(
        "Сервисная сеть МТЗ на Урале\nОфициальный дилер Минского тракторного завода компания "
        "«Уралтрак» достроила сервисную сеть.\nТеперь тракторы «Беларус» обслуживаются в "
        "собственных ремонтных центрах дилера (Екатеринбург, Тюмень, а также Сургут).")
    assert regions(rows) == {"Свердловская область", "Тюменская область",
                             "Ханты-Мансийский автономный округ — Югра"}
    assert all("МТЗ" in row_firms(r) and r["kind"] == "service_center" for r in rows)
    assert {r["status"] for r in rows} == {"operating"}


def test_enumeration_that_points_back_at_the_kind_of_the_previous_sentence():
    rows = register_of(
        "Дилер «Лидсельмаша» расширил сервис\nОрловская компания «АгроТехЦентр», официальный "
        "дилер холдинга «Лидсельмаш», нарастила выручку.\nГлавный вклад дали новые сервисные "
        "центры. Сейчас у компании три таких площадки: они работают в Орловской и Курской "
        "областях, а также в Белгородской области.")
    assert regions(rows) == {"Орловская область", "Курская область", "Белгородская область"}
    assert all(r["kind"] == "service_center" and "Лидсельмаш" in row_firms(r) for r in rows)


def test_enumeration_announced_then_told_one_site_per_sentence():
    rows = register_of(
        "БелАЗ строит сервис на Урале\nЕКАТЕРИНБУРГ, 3 марта. /ТАСС/. Белорусский автозавод "
        "БелАЗ в этом году откроет сервисные центры в трёх уральских регионах, сообщил "
        "представитель завода.\nПервый центр заработает летом в Екатеринбурге. Затем очередь "
        "дойдёт до Челябинска.\nЗавершит список Пермь, где партнёром станет местная компания "
        "«КамаГорТех».")
    assert regions(rows) == {"Свердловская область", "Челябинская область", "Пермский край"}
    assert all("БелАЗ" in row_firms(r) and r["kind"] == "service_center" for r in rows)


def test_enumeration_after_region_nouns_keeps_the_last_member():
    rows = register_of(
        "Комбайны в Поволжье\nСборочные участки «Гомсельмаша» работают в Саратовской и "
        "Пензенской областях, а также в Мордовии.")
    assert regions(rows) == {"Саратовская область", "Пензенская область", "Республика Мордовия"}


# --------------------------------------------------------------------------- unknown partners


def test_generic_noun_of_a_firm_points_at_the_firm_named_before():
    rows = register_of(
        "Погрузчики под присмотром\nКомпания «СибСпецТех» стала официальным дилером холдинга "
        "«Амкодор» в Новосибирской области.\nТеперь техника холдинга обслуживается в новом "
        "сервисном центре в Бердске.")
    assert len(rows) == 1
    assert "Амкодор" in row_firms(rows[0]) and rows[0]["region"] == "Новосибирская область"


def test_we_in_an_interview_is_the_firm_of_the_introduction():
    rows = register_of(
        "«Ремонт должен быть рядом с карьером»\nДиректор по сервису ОАО «БЕЛАЗ» — о том, где "
        "завод строит ремонтные базы.\n— Куда вы идёте дальше?\n— В Кузбасс. В Междуреченске "
        "мы строим новый центр на шесть ремонтных боксов, открыть его рассчитываем осенью.")
    assert len(rows) == 1
    row = rows[0]
    assert "БелАЗ" in row_firms(row) and row["region"] == "Кемеровская область"
    assert row["status"] == "in_progress"


def test_a_label_or_a_medium_in_quotes_is_no_partner():
    rows = register_of(
        "Моторы нового поколения\nДизель под экологический класс «Евро-5» Минский моторный "
        "завод разрабатывает вместе с российским институтом «НАМИ», рассказал журналу "
        "«Моторостроитель» главный конструктор.")
    assert len(rows) == 1
    assert row_firms(rows[0]) == {"Минский моторный завод", "НАМИ"}


def test_on_base_names_the_firm_of_the_centre_after_a_long_place_phrase():
    rows = register_of(
        "Сервис для комбайнов\nВ Вязьме на базе бывшего ремонтного предприятия открыт "
        "сервисный центр «Гомсельмаша».")
    assert len(rows) == 1
    assert "Гомсельмаш" in row_firms(rows[0]) and rows[0]["region"] == "Смоленская область"


# --------------------------------------------------------------------------- Belarus-located


def test_development_with_a_russian_partner_on_a_belarusian_plant_is_in_belarus():
    rows = register_of(
        "Трамвайные двигатели из Минска\nНа «Белкоммунмаше» запущена линия сборки тяговых "
        "двигателей, которые предприятие разработало вместе с петербургским НПП "
        "«ТягаЭлектро».")
    assert len(rows) == 1
    row = rows[0]
    assert row["region"] is None and row["kind"] == "joint_development"
    assert row_firms(row) == {"Белкоммунмаш", "ТягаЭлектро"}


# --------------------------------------------------------------------------- traps


def test_a_question_opens_no_project():
    rows = register_of(
        "«Кооперация — это цеха, а не протоколы»\nГубернатор Брянской области — о работе с "
        "белорусскими соседями.\n— Какие совместные производства уже работают в регионе?\n— "
        "Пока рано говорить о конкретных проектах.")
    assert rows == []


def test_delivered_machines_put_together_on_site_are_no_assembly():
    rows = register_of(
        "Разрез получил новые самосвалы\nУгольная компания «Восточный разрез» получила пять "
        "самосвалов БЕЛАЗ. Машины пришли на участок в разобранном виде.\nМонтаж техники на "
        "промплощадке занял месяц: узлы собирали шеф-инженеры белорусского завода при участии "
        "механиков компании.")
    assert rows == []


def test_serviced_parts_with_a_partner_are_a_service_centre_not_a_joint_production():
    rows = register_of(
        "Сервис на севере\nВ Нерюнгри вместе с местным ООО «СеверРемТех» работает центр БелАЗа, "
        "где ремонтируем рамы и меняем двигатели самосвалов.")
    assert [r["kind"] for r in rows] == ["service_center"]


# --------------------------------------------------------------------------- no enterprise


def test_no_enterprise_production_made_together_by_both_sides_is_a_project():
    rows = register_of(
        "Фермы получат технику\nВ Новгородской области продолжают кооперацию с соседями: в "
        "Боровичах второй год работает участок, где белорусские партнёры вместе с местными "
        "машиностроителями выпускают навозоуборочные транспортёры.")
    assert len(rows) == 1
    row = rows[0]
    assert row["region"] == "Новгородская область" and not row["enterprises"]
    assert "транспортёр" in row["product"] and row["status"] == "operating"


def test_technology_that_comes_with_production_is_no_joint_production():
    rows = register_of(
        "Министр о кооперации\n«Нам нужно, чтобы белорусские технологии приходили в Тверскую "
        "область вместе с производством», — отметил министр.")
    assert rows == []


def test_a_belarusian_makers_dealer_word_placed_in_belarus_is_no_project():
    rows = register_of(
        "Механики учатся в Минске\nПо словам коммерческого директора дилера, в сервисной сети "
        "сейчас работают 60 механиков, половина из них прошла стажировку на заводах «Амкодора» "
        "в Минске.")
    assert rows == []


# --------------------------------------------------------------------------- two in one


def test_parts_coordinated_with_the_final_assembly_are_one_project():
    rows = register_of(
        "Лифты для Поволжья\nС прошлого года в Самаре работает ООО «ЛифтМонтаж-Самара»: туда "
        "«Могилевлифтмаш» отправляет лебёдки и двери, а каркасы кабин и окончательную сборку "
        "делают на месте.")
    assert [r["kind"] for r in rows] == ["assembly"]
    assert row_firms(rows[0]) == {"Могилевлифтмаш", "ЛифтМонтаж-Самара"}


def test_enumeration_after_a_plural_heading_noun_republics():
    rows = register_of(
        "Тракторы для Поволжья\nСборку тракторов «Беларус» наладят в республиках Чувашия и "
        "Марий Эл, сообщили в МТЗ.")
    assert regions(rows) == {"Чувашская Республика", "Республика Марий Эл"}


def test_an_unknown_partner_that_began_making_parts_is_an_operating_project():
    rows = register_of(
        "Кабины из Черноземья\nЛипецкое предприятие «ЛипКабМаш» начало выпуск кабин для "
        "тракторов МТЗ.")
    assert len(rows) == 1
    row = rows[0]
    assert row_firms(row) == {"ЛипКабМаш", "МТЗ"} and row["region"] == "Липецкая область"
    assert row["kind"] == "component_production" and row["status"] == "operating"
