"""The register's rules added in session 20 (reg24: a new user's articles and round 26), on
texts written here in the style of regional and trade news: a firm named as a site's former
owner is a place, not a partner; an assembly adjective inside «совместное … производство»
names its kind; a place of several words after a preposition is no product; a site opened
(a past-tense opening) is operating whatever its «где» clause plans; an interviewee's «вместе
с ней мы …» names the partner told just before; an amount planned for a project told before
is its output, not its timeline."""

from __future__ import annotations

from conftest import register_of, register_rows

from analysis.lang import nominative_phrase

# ------------------------------------------------- a former plant's site


def test_a_former_plants_site_is_no_partner() -> None:
    """«на площадке бывшего завода «Сельхоздеталь»»: the old plant says where, not who, and
    «там» after it is that site."""
    text = ("Сеялки соберут в Орле\nОАО «Лидагропроммаш» и правительство Орловской области "
            "договорились о создании сборочного производства в Орле. Предприятие разместят на "
            "площадке бывшего завода «Сельхоздеталь». Там наладят сборку сеялок и культиваторов "
            "из белорусских машинокомплектов.")
    rows = register_of(text)
    assert [(r["region"], r["kind"]) for r in rows] == [("Орловская область", "assembly")]
    assert rows[0]["enterprises"] == "Лидагропроммаш"


def test_a_plant_named_without_former_stays_a_partner() -> None:
    """Control: «на площадке ООО «Орловский завод «Сельхоздеталь»»» without «бывшего» is the
    host firm, a partner."""
    text = ("Сеялки соберут в Орле\nОАО «Лидагропроммаш» наладит сборку сеялок в Орле на площадке "
            "ООО «Сельхоздеталь».")
    rows = register_of(text)
    assert len(rows) == 1
    assert set(rows[0]["enterprises"].split(";")) == {"Лидагропроммаш", "Сельхоздеталь"}


# ------------------------------------------------- the kind adjective of a joint production


def test_a_joint_assembly_production_is_an_assembly() -> None:
    """«совместного сборочного производства»: «сборочный» says what is produced, «совместный»
    who takes part; the place after it («в Нижнем Новгороде») is no product."""
    text = ("Автобусы МАЗ для Нижнего Новгорода\nПравительство Нижегородской области и ОАО «МАЗ» "
            "подписали соглашение о создании совместного сборочного производства в Нижнем "
            "Новгороде.")
    rows = register_of(text)
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Нижегородская область", "assembly", "agreed")]
    assert "Новгород" not in rows[0]["product"]


def test_a_joint_production_without_a_kind_adjective_stays_joint() -> None:
    """Control: «совместного производства» with no adjective of its kind keeps the joint kind
    where no pair of named firms makes it a localisation."""
    text = ("Новые машины\nБелорусские и смоленские машиностроители договорились о создании "
            "совместного производства коммунальных машин в Смоленской области.")
    assert [r[1] for r in register_rows(text)] == ["joint_development"]


def test_a_place_of_two_words_is_skipped_with_its_preposition() -> None:
    assert nominative_phrase("сборки в Набережных Челнах автобусов") == "автобусы"
    assert nominative_phrase("производства в Великом Новгороде") == "производства"
    assert nominative_phrase("собрать там 500 тракторов") == "тракторы"


# ------------------------------------------------- a site opened


def test_a_site_opened_is_operating_whatever_it_will_do() -> None:
    """«открылся дилерский центр, где будут заниматься сервисом …»: the future tells what the opened
    centre is for."""
    text = ("Сервис в Омске\nНа прошлой неделе в Омске открылся дилерский центр ОАО «МАЗ», где "
            "будут заниматься сервисом и гарантийным ремонтом самосвалов.")
    assert register_rows(text) == [("Омская область", "service_center", "operating")]


def test_a_site_to_be_opened_stays_planned() -> None:
    """Control: «откроют центр, где будут заниматься сервисом» is a plan."""
    text = ("Сервис в Омске\nОсенью в Омске откроют дилерский центр ОАО «МАЗ», где будут "
            "заниматься сервисом и гарантийным ремонтом самосвалов.")
    assert register_rows(text) == [("Омская область", "service_center", "planned")]


# ------------------------------------------------- an interviewee's partner


INTERVIEW = ("Директор «Гомсельмаша»: «Россия остаётся нашим главным рынком»\n"
             "Генеральный директор ОАО «Гомсельмаш» рассказал нашему корреспонденту о планах "
             "холдинга.\n"
             "— Как вы работаете в регионах?\n"
             "— Наш давний партнёр — воронежская компания «Агроконтинент». {sentence} "
             "В следующем году планируем собрать там 300 комбайнов.")
VENTURE = ("Вместе с ней мы создали в Воронеже совместное предприятие, где собирают комбайны из "
           "наших машинокомплектов.")


def test_with_her_we_names_the_partner_told_before() -> None:
    """«Вместе с ней мы создали … совместное предприятие»: the pronoun stands for the company
    of the sentence before."""
    rows = register_of(INTERVIEW.format(sentence=VENTURE))
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Воронежская область", "joint_venture", "operating")]
    assert set(rows[0]["enterprises"].split(";")) == {"Гомсельмаш", "Агроконтинент"}


def test_an_amount_planned_for_a_running_project_is_no_timeline() -> None:
    """«В следующем году планируем собрать там 300 комбайнов»: the output of the venture told
    before, not when it starts; the count is no part of the product."""
    rows = register_of(INTERVIEW.format(sentence=VENTURE))
    assert rows[0]["timeline"] is None
    assert "300" not in rows[0]["product"]


def test_a_start_planned_keeps_its_timeline() -> None:
    """Control: «Собрать первые комбайны планируем в следующем году» with no amount is when
    the project starts."""
    text = ("Комбайны из Воронежа\nОАО «Гомсельмаш» и воронежская компания «Агроконтинент» "
            "договорились о сборке комбайнов в Воронеже. Собирать там комбайны начнут в 2026 году.")
    rows = register_of(text)
    assert rows[0]["timeline"] == "2026"


# ------------------------------------------------- the parties a paragraph later


def test_partners_opening_a_sentence_are_the_firms_named_together_before() -> None:
    """«Партнёры рассматривают и второй шаг …» after a quote about the first: the subject is
    the pair of firms the article named together."""
    text = ("Котлы из Гомеля собирают в Ельце\nНа площадке ООО «Елецкий котельный завод» в Ельце "
            "начался выпуск котлов, собранных из узлов ОАО «Гомельский завод «Экомаш»».\n"
            "По словам директора, первые котлы уже отгружены. «Мы начинали с одной модели, "
            "теперь их три», — рассказал он. Спрос на котлы растёт, заказы расписаны до осени.\n"
            "Партнёры рассматривают и второй шаг — открытие сервисного центра в Курске.")
    rows = {r["region"]: r for r in register_of(text)}
    assert rows["Курская область"]["kind"] == "service_center"
    assert set(rows["Курская область"]["enterprises"].split(";")) == {
        "Экомаш", "Елецкий котельный завод"}


def test_parties_take_no_single_firm_from_far_before() -> None:
    """Control: «Стороны намерены …» several sentences after a lone brand name take no firm
    from it (parties are two or more)."""
    text = ("Тверь и Могилёв\nНа выставке показали тракторы «Беларус».\nГубернатор отметил "
            "рост торговли. Делегации обменялись подарками. Студенты покажут проекты. Концерт "
            "прошёл с успехом.\nСтороны намерены подготовить перечень предприятий, "
            "заинтересованных в совместной работе.")
    assert all("МТЗ" not in r["enterprises"] for r in register_of(text))


# ------------------------------------------------- a town fused into a firm's name


def test_a_town_fused_into_a_name_makes_the_firm_russian() -> None:
    """«АО «Тверьдормаш» вместе с белорусским ОАО «…» ведёт разработку»: «Тверь» opens the
    unlisted firm's name, so both sides of the development are named."""
    from analysis.projects.firm_homes import fused_town_region

    assert fused_town_region("Тверьдормаш") == "Тверская область"
    assert fused_town_region("Белкомпрессор") is None
    text = ("Катки нового поколения\nАО «Тверьдормаш» вместе с белорусским ОАО «Амкодор» ведёт "
            "в Твери разработку тяжёлого дорожного катка.")
    assert register_rows(text) == [("Тверская область", "joint_development", "in_progress")]


# ------------------------------------------------- words of the trade


def test_pre_assembly_is_an_assembly() -> None:
    """«ведёт досборку разбрасывателей … из машинокомплектов»."""
    text = ("Разбрасыватели из Бобруйска\nВ Тамбове дилер ООО «Тамбовагроснаб» ведёт досборку "
            "разбрасывателей удобрений ОАО «Бобруйскагромаш» из машинокомплектов.")
    rows = register_of(text)
    assert [(r["region"], r["kind"]) for r in rows] == [("Тамбовская область", "assembly")]
    assert rows[0]["product"].startswith("разбрасыватели")


def test_a_service_base_is_a_service_centre() -> None:
    text = ("База в Сургуте\nОАО «МЗКТ» планирует открыть сервисную базу в Сургуте.")
    assert register_rows(text) == [("Ханты-Мансийский автономный округ — Югра",
                                     "service_center", "planned")]


def test_goods_counted_are_plural() -> None:
    assert nominative_phrase("собрали 74 электробуса") == "электробусы"
    assert nominative_phrase("220-тонный самосвал") == "220-тонный самосвал"


def test_a_facility_as_a_condition_is_no_project() -> None:
    """«условием конкурса было наличие сервисной базы»: a condition, not a project told."""
    text = ("Автобусы для Вологды\nГлавным условием конкурса было наличие сервисной базы МАЗ в "
            "Вологде. Победитель пока не назван.")
    assert register_rows(text) == []


def test_a_service_base_opened_is_a_project() -> None:
    """Control: the same base told as opened is a service centre."""
    text = ("Автобусы для Вологды\nВ Вологде открылась сервисная база ОАО «МАЗ».")
    assert register_rows(text) == [("Вологодская область", "service_center", "operating")]


# ------------------------------------------------- a project closed


def test_a_project_closed_is_a_project_with_no_stage() -> None:
    """«… открыли сервисный центр, но в прошлом году центр закрыли»: still a project of the
    register, its stage unknown (as a pause)."""
    text = ("Сервис в Орле\nВ 2019 году в Орле вместе с ОАО «МАЗ» открыли сервисный центр для "
            "грузовиков, но в прошлом году центр закрыли.")
    assert register_rows(text) == [("Орловская область", "service_center", "unknown")]


def test_a_closing_told_next_is_the_projects() -> None:
    """«В 2023 году линию закрыли» right after the line is told."""
    text = ("Батареи из Подольска\nВ 2021 году в Подольске ООО «Подольскэнерго» вместе с ОАО "
            "«МАЗ» запустило сборку тяговых батарей для электробусов. В 2023 году линию закрыли.")
    assert register_rows(text) == [("Московская область", "assembly", "unknown")]


def test_a_need_closed_in_the_future_is_no_closing() -> None:
    """Control: «центр закроет потребность хозяйств» is no closing of the centre."""
    text = ("Сервис в Орле\nВ Орле откроют сервисный центр ОАО «МАЗ», который закроет потребность "
            "хозяйств в ремонте грузовиков.")
    assert register_rows(text) == [("Орловская область", "service_center", "planned")]
