"""The register's rules of session 12, chosen from the causes the first looks of rounds 6–10
share (docs/quality.md, «session 12: causes across rounds»), one test per rule on texts
written here: a step of the article's own project is no second project, a parts plant with a
firm of its own is; common words, a predicate or a town the NER ran on are no partner; a bare
repair word with no firm, facility or Belarusian side is no service project; another town is
another site; founders' adjectives are no place; «там» names the site said just before; a
terminated contract denies its project; «СП» says nothing of what the venture makes."""

from __future__ import annotations

from conftest import register_of, row_firms

from analysis.entities import Entity
from analysis.projects.partners import partner_name


def kinds(rows: list[dict]) -> list[str]:
    return sorted(r["kind"] for r in rows)


def organisation(text: str, surface: str, normal: str | None = None) -> Entity:
    """The NER's organisation at the first occurrence of `surface` in `text`."""
    start = text.index(surface)
    return Entity(start=start, end=start + len(surface), surface=surface, type="organization",
                  normal=normal or surface, role=None)


# --------------------------------------------------------------------------- two in one, or one


def test_parts_welded_for_the_ventures_buses_are_a_step_of_the_venture():
    rows = register_of(
        "«ВеликоЛукиТранс» и МАЗ договорились о совместном выпуске автобусов в Пскове\n"
        "Псковский автосборочный холдинг «ВеликоЛукиТранс» и Минский автомобильный завод "
        "подписали соглашение о создании совместного предприятия по производству городских и "
        "пригородных автобусов.\nПроизводство разместится на площадке «ВеликоЛукиТранса» в "
        "Пскове. Мощность первой очереди составит 600 машин в год. В рамках проекта "
        "планируется организовать сварку и окраску кузовов.")
    assert kinds(rows) == ["joint_venture"]
    assert {"МАЗ", "ВеликоЛукиТранс"} <= row_firms(rows[0])


def test_frames_of_another_plant_of_the_region_stay_a_second_project():
    rows = register_of(
        "Кооперация вокруг сборки погрузчиков\nООО «ОрёлСпецМаш» наладило в Орле сборку "
        "погрузчиков «Амкодор».\nРамы для них начнёт сваривать мценское ООО «МценскМетКон».")
    assert kinds(rows) == ["assembly", "component_production"]
    parts = next(r for r in rows if r["kind"] == "component_production")
    assert "МценскМетКон" in row_firms(parts)


def test_parts_the_assembler_makes_itself_join_its_assembly():
    rows = register_of(
        "«Сначала ремонт, потом сборка»: директор «КурскАгроТеха» о планах\n— Вы займётесь "
        "сборкой? — Да. Вместе с «Лидсельмашем» мы планируем собирать в Курске "
        "пневматические сеялки. Сейчас согласовываем документацию и список деталей, которые "
        "будем делать сами.")
    assert len(rows) == 1
    assert rows[0]["kind"] != "component_production"


def test_there_takes_the_firm_of_the_site_named_just_before():
    rows = register_of(
        "Брянские заводы работают на «Гомсельмаш»\nВ Брянске собирают комбайны «Палессе» на "
        "заводе «Брянсксельмаш».\nВторой проект ведёт другое предприятие области — завод "
        "«Стародубмаш» в Стародубе. По заказу «Гомсельмаша» там идёт монтаж линии, на которой "
        "будут изготавливать рамы жаток.")
    parts = [r for r in rows if r["kind"] == "component_production"]
    assert len(parts) == 1
    assert {"Гомсельмаш", "Стародубмаш"} <= row_firms(parts[0])


def test_a_workshop_in_another_town_of_the_region_is_another_site():
    rows = register_of(
        "Сервис белорусской техники в Кузбассе\nС 2019 года в Белове работает ООО "
        "«Кузбасс-Белтех» — сервисный центр БелАЗа.\nА в Ленинске-Кузнецком открылась "
        "мастерская по ремонту белорусских тракторов и комбайнов.")
    assert len(rows) == 2
    assert {r["location"] for r in rows} == {"Белово", "Ленинск-Кузнецкий"}


# --------------------------------------------------------------------------- not projects


def test_capital_repair_programmes_are_no_service_project():
    rows = register_of(
        "Лифты из Могилёва для Самары\nСборочная площадка в Самаре собрала в прошлом году 800 "
        "лифтов «Могилевлифтмаш».\nСобранные лифты идут в региональные программы капитального "
        "ремонта: только в Самарской области ими заменили более 600 старых подъёмников.")
    assert "service_center" not in kinds(rows)


def test_a_terminated_contract_is_no_project():
    rows = register_of(
        "МТЗ сменил партнёра на юге\nНа Минском тракторном заводе подтвердили, что договор со "
        "ставропольским партнёром о сборке расторгнут, а кубанская площадка получила все "
        "машинокомплекты, которые планировалось отправить в Невинномысск.")
    assert rows == []


def test_a_bare_repair_word_with_a_belarusian_side_stays_a_project():
    rows = register_of(
        "В Калуге открылась мастерская\nВ Калуге открылась мастерская по ремонту белорусских "
        "тракторов и комбайнов.")
    assert [(r["region"], r["kind"]) for r in rows] == [("Калужская область", "service_center")]


# --------------------------------------------------------------------------- places and firms


def test_founders_adjectives_with_a_finite_verb_are_no_place():
    rows = register_of(
        "СП «КамаБелДеталь» отмечает десятилетие\nСовместное предприятие в Борисове "
        "выпускает стартеры и генераторы.\nСП учредили в 2015 году ОАО «Борисовский завод "
        "агрегатов» и казанское ООО «КамаПривод».")
    assert all(r["region"] != "Республика Татарстан" for r in rows)
    assert any(r["region"] is None and {"Борисовский завод агрегатов", "КамаПривод"} <= row_firms(r)
               for r in rows)


def test_firmless_new_venture_joins_the_venture_of_its_article():
    rows = register_of(
        "«ВеликоЛукиТранс» и МАЗ договорились о совместном выпуске автобусов в Пскове\n"
        "Псковский автосборочный холдинг «ВеликоЛукиТранс» и Минский автомобильный завод "
        "подписали соглашение о создании совместного предприятия по производству городских и "
        "пригородных автобусов.\nГубернатор Псковской области отметил, что автобусы нового СП "
        "будут поставляться в другие регионы России.")
    assert kinds(rows) == ["joint_venture"]
    assert {"МАЗ", "ВеликоЛукиТранс"} <= row_firms(rows[0])


def test_unquoted_common_words_from_the_ner_are_no_partner():
    text = "Сервисный центр через суд взыскал долг. Департамент промышленности сообщил о планах."
    assert partner_name(text, organisation(text, "Сервисный центр")) is None
    assert partner_name(text, organisation(text, "Департамент промышленности")) is None


def test_a_town_the_ner_ran_into_its_predicate_is_no_partner():
    text = "В Павлове модернизирован автобусный завод, в Кулебаках запущена линия."
    assert partner_name(text, organisation(text, "Павлове модернизирован",
                                           "Павлов модернизирован")) is None
    assert partner_name(text, organisation(text, "Кулебаках", "Кулебаки")) is None


def test_a_plant_or_university_of_common_words_stays_a_partner():
    text = ("Конструкторы Елецкого элеваторного завода и Башкирского аграрного университета "
            "разработали сушилку.")
    assert partner_name(text, organisation(text, "Елецкого элеваторного завода",
                                           "Елецкий элеваторный завод")) == "Елецкий элеваторный завод"
    assert partner_name(text, organisation(text, "Башкирского аграрного университета",
                                           "Башкирский аграрный университет"))


def test_an_unknown_one_word_name_stays_a_partner():
    text = "Компания Омсклифтмонтаж собирает лифты в Омске."
    assert partner_name(text, organisation(text, "Омсклифтмонтаж")) == "Омсклифтмонтаж"


# --------------------------------------------------------------------------- cancelled later


def test_a_project_cancelled_in_a_later_sentence_is_no_project():
    rows = register_of(
        "Завод, которого не будет\nВ 2019 году Минский автомобильный завод объявил о "
        "строительстве завода по сборке грузовиков МАЗ в Тверской области. В 2021 году проект "
        "официально отменили, а участок продали под склад.")
    assert rows == []


def test_a_paused_project_stays_in_the_register():
    rows = register_of(
        "Сборку погрузчиков «Амкодор» в Вологде отложили\nООО «ВологдаЛесТех» должно было "
        "начать сборку погрузчиков «Амкодор» в Вологде этой весной. Работы в цехе "
        "приостановлены, но от проекта никто не отказывается.")
    assert [(r["region"], r["kind"]) for r in rows] == [("Вологодская область", "assembly")]


def test_a_cancellation_in_one_article_does_not_hide_the_project_told_again_later():
    from datetime import date

    from conftest import make_article

    from analysis.projects import build_register

    first = make_article("a1", "МАЗ отказался от сборки в Твери\nМинский автомобильный завод "
                         "объявил о сборке грузовиков МАЗ в Тверской области. Позже стороны "
                         "отказались от проекта.", date(2024, 3, 1))
    later = make_article("a2", "МАЗ вернулся к сборке в Твери\nМинский автомобильный завод "
                         "начал сборку грузовиков МАЗ в Тверской области.", date(2025, 3, 1))
    rows = build_register([first, later]).to_dict("records")
    assert [(r["region"], r["kind"]) for r in rows] == [("Тверская область", "assembly")]


# --------------------------------------------------------------------------- places said around


def test_founders_after_an_agreement_on_creating_the_venture_are_no_place():
    rows = register_of(
        "«ЛидаАгроСоюз»: от первой бороны до второго цеха\nСовместное предприятие в Лиде "
        "выпускает бороны и культиваторы.\nСоглашение о создании СП «ЛидаАгроСоюз» ОАО "
        "«Лидагропроммаш» и тамбовское ООО «ТамбовАгроКомплект» подписали в 2017 году.")
    assert all(r["region"] != "Тамбовская область" for r in rows)


def test_a_place_said_just_before_sets_the_scene_for_the_next_sentence():
    rows = register_of(
        "Уральские заводы и белорусская техника\nЧелябинское ООО «УралКлапан» отгружает клапаны "
        "Минскому моторному заводу.\nИначе устроена работа в Омске. Компания «ОмскЛифтСервис» "
        "собирает лифты «Могилевлифтмаш» из белорусских комплектов.")
    assert [r["region"] for r in rows if r["kind"] == "assembly"] == ["Омская область"]


def test_a_crowd_gathered_at_a_stand_is_no_assembly():
    rows = register_of(
        "Белорусская техника на выставке в Москве\nКомбайн «Палессе» у стенда «Гомсельмаша» "
        "собрал толпу фотографов.")
    assert rows == []


def test_an_assembly_in_a_relative_clause_describes_the_parts_customer():
    rows = register_of(
        "В Канаше выпускают гидроцилиндры для МТЗ\nАО «КанашГидроМаш» с 2023 года выпускает "
        "по лицензии Минского тракторного завода гидроцилиндры для тракторов «Беларус», "
        "которые собираются на российских площадках.")
    assert kinds(rows) == ["component_production"]


def test_a_digest_items_place_heading_places_its_project():
    rows = register_of(
        "Белорусская техника с российскими партнёрами: три адреса\nКраткий путеводитель по "
        "совместным проектам.\nКалуга. Калужская «ОкаБусСборка» намерена с 2027 года собирать "
        "городские автобусы МАЗ; документация уже передана из Минска.\nЖодино. БелАЗ и "
        "российская компания «ГорТехСнаб» ведут совместную разработку 200-тонного самосвала.")
    by_kind = {r["kind"]: r["region"] if isinstance(r["region"], str) else None for r in rows}
    assert by_kind == {"assembly": "Калужская область", "joint_development": None}
    assert next(r["location"] for r in rows if r["kind"] == "joint_development") == "Жодино"


def test_the_borisov_units_plant_by_its_full_name_is_the_gazetteers_plant():
    # ОАО «Борисовский завод автоагрегатов» is how news writes БЗА in full (newuser33, session 33)
    rows = register_of(
        "Стартеры из Борисова для Поволжья\nОАО «Борисовский завод автоагрегатов» наладило "
        "выпуск стартеров для двигателей ярославского завода «Автодизель».")
    assert any("Борисовский завод агрегатов" in row_firms(r) for r in rows)
