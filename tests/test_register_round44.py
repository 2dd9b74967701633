"""Session 29 (walk44reg): classes read from round 44's dev part, on sentences written here.

* Rear-view mirrors, wiper gear motors, horns, axle boxes, rubber tracks, bogies, frame
  members and tow hitches are parts (session 25: making or assembling a part is component
  production; the writer's notes 4 and 9).
* A maker named after «входящем в холдинг …» is the holding of the firm before it, not a
  second maker with a product of its own.
* «Показать машину петербуржцы собираются на выставке»: «собираться» with an infinitive
  told first is an intention, no assembly.
* «ремонт выполняют службы самого завода»: the owner's own staff, no service centre.
* «Монтаж … на шасси сейчас ведут предприятия»: the mounting runs, as «сборку ведут» does.
* Announced and «с тех пор о проекте не сообщалось»: a project with no stage (session 22).
* The terms of a plan being agreed («согласовывают технические условия», «места
  размещения согласовываются») are still a plan; a facility's design being agreed stays
  works under way (round 14).
* A training stay («группа сборщиков пройдёт стажировку на заводе партнёра в …») is part of
  the project it serves: its clause names no project and no site (round 40's reading).
* A firm's profile («„…“ — одно из старейших предприятий …, завод выпускает …») continues
  no project.
* The place of the line goods go to or are fitted on («идут на конвейер в Минске», «ставят
  на конвейер в Минске») is where they go, no site.
"""

from __future__ import annotations

from conftest import register_of

# ------------------------------------------------------------- parts


def test_more_parts_made_are_component_production():
    for goods in ("зеркал заднего вида", "моторедукторов стеклоочистителей",
                  "звуковых сигналов", "букс", "резиновых гусениц", "гусеничных тележек",
                  "лонжеронов", "тягово-сцепных устройств"):
        text = ("Детали для тракторов\n"
                f"В Сызрани ООО «ВолгаДеталь» с весны ведёт сборку {goods} для тракторов "
                "Минского тракторного завода.")
        rows = register_of(text)
        assert [(r["region"], r["kind"]) for r in rows] == [
            ("Самарская область", "component_production")], (goods, rows)


def test_a_holding_named_after_its_member_is_no_second_maker():
    text = ("Тележки из Витебска\n"
            "Сейчас идёт подготовка к выпуску гусеничных тележек на Витебском заводе тракторных "
            "запчастей, входящем в холдинг «МТЗ-Холдинг», по чертежам курского ООО «КурскТрак».")
    rows = register_of(text)
    assert len(rows) == 1, rows
    assert (rows[0]["region"], rows[0]["kind"]) == (None, "component_production"), rows
    assert "Витебский завод тракторных запчастей" in rows[0]["enterprises"], rows


# ------------------------------------------------------------- no project


def test_an_intention_with_its_infinitive_first_is_no_assembly():
    from analysis.projects.cues import tokens
    from analysis.projects.kinds import intends

    def reads(text: str) -> bool:
        toks = tokens(text, 0, len(text))
        return intends(toks, next(k for k, t in enumerate(toks) if t.lemma == "собираться"), text)

    assert reads("Показать новую машину петербуржцы собираются на выставке в Новокузнецке.")
    assert reads("Компания собирается открыть центр.")
    assert not reads("Комбайны собираются в Брянске из белорусских узлов.")
    assert not reads("Сделать это несложно, машины собираются быстро.")


def test_repairs_done_by_the_owners_own_services_open_no_centre():
    text = ("Флотомашины для Солигорска\n"
            "ОАО «Беларуськалий» заключило контракт с петербургским ООО «ГорМашТех» на поставку "
            "12 флотационных машин для фабрики в Солигорске.\n"
            "Запасные части будут храниться на складе поставщика в Минске, ремонт по-прежнему "
            "выполняют ремонтные службы самого «Беларуськалия».")
    assert register_of(text) == []


def test_a_training_stay_is_no_project_and_no_site():
    text = ("Камеры для автосервисов\n"
            "ОАО «Могилевлифтмаш» и ООО «КамераТех» (г. Тверь) подписали договор об организации "
            "на могилёвском предприятии сборки покрасочных камер.\n"
            "Для освоения сборки группа сборщиков завода весной пройдёт стажировку на "
            "производстве партнёра в Твери.")
    rows = register_of(text)
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        (None, "assembly", "agreed")], rows


def test_a_firms_profile_continues_no_project():
    text = ("Камеры для автосервисов\n"
            "ОАО «Могилевлифтмаш» и ООО «КамераТех» (г. Тверь) подписали договор об организации "
            "на могилёвском предприятии сборки покрасочных камер.\n"
            "«Могилевлифтмаш» — одно из старейших предприятий Могилёва, завод выпускает "
            "оборудование для производства строительных материалов.")
    rows = register_of(text)
    assert [(r["kind"], r["status"]) for r in rows] == [("assembly", "agreed")], rows


def test_the_line_goods_go_to_is_no_site():
    text = ("Сцепки из Клинцов\n"
            "ООО «КлинСцеп» из Клинцов стало поставщиком белорусского тракторного холдинга.\n"
            "С весны здесь выпускают тягово-сцепные устройства для тракторов «Беларус» по "
            "документации Минского тракторного завода.\n"
            "Готовые сцепки отправляют в Бобруйск, оттуда они идут на конвейер МТЗ в Минске.")
    rows = register_of(text)
    assert [(r["region"], r["kind"]) for r in rows] == [
        ("Брянская область", "component_production")], rows


# ------------------------------------------------------------- statuses


def test_mounting_on_chassis_under_way_runs():
    text = ("Агрегаты на шасси МАЗ\n"
            "«Монтаж буровых установок на наших шасси сейчас ведут предприятия в Удмуртии», — "
            "сказал представитель МАЗа.")
    rows = register_of(text)
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Удмуртская Республика", "assembly", "operating")], rows


def test_announced_and_silent_since_has_no_stage():
    text = ("Домкраты\n"
            "О создании совместного предприятия по выпуску домкратов в Рязани ОАО «Гидропривод» "
            "и рязанское ООО «РязаньДомкрат» объявили ещё в 2017 году, но с тех пор о проекте "
            "ничего не слышно.")
    rows = register_of(text)
    assert [(r["region"], r["status"]) for r in rows] == [("Рязанская область", "unknown")], rows


def test_terms_being_agreed_are_a_plan():
    text = ("Регуляторы газа\n"
            "В Пскове планируется организовать сборку газовых регуляторов ОАО «Витебский завод "
            "«Монолит»»; площадку предоставит местное ООО «ПсковГаз». Сейчас стороны "
            "согласовывают технические условия, запуск намечен на 2025 год.")
    rows = register_of(text)
    assert [(r["region"], r["status"]) for r in rows] == [("Псковская область", "planned")], rows
