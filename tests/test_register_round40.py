"""Session 27 (walk40reg): classes read from round 40's dev part, on sentences written here.

* «белорусская столица» (any case, lower case as news writes it) is Minsk: a project «в
  белорусской столице» is sited in Belarus, not at a Russian partner's home named after it.
* A claim the text calls untrue («кто говорил, что …, — это неправда») is no project; a plan
  talked of whose next sentence opens with «Однако» and denies work of its kind («Собирать
  их в России мы не планируем») is none either; parts «были на складе» are in stock.
* «Кадры для сборки», «специалистов для монтажа»: people trained or sent for a project's
  work; the kind word after «для» sets up no project of its own.
* What a firm «специализируется на» is its line of business, no project, and the sentence
  continues none.
* Cylinder liners, mufflers, catalytic converters and preheaters are parts; parts «на
  конвейере» of a maker are fitted there, not made.
* A Belarusian oblast's adjective before a site noun («на брестской площадке») names its
  centre town as the location, so the site is the venture registered in that town.
* «окончательную сборку и обкатку генераторов»: a part in the genitive after a process noun
  coordinated with the assembly noun is what is assembled: component production.
"""

from __future__ import annotations

from conftest import register_of, row_region

from analysis.entities import find_regions

# ------------------------------------------------------------- «белорусская столица»


def test_the_belarusian_capital_is_minsk_in_every_case():
    for text in ("Завод в белорусской столице расширяют.", "Из белорусской столицы везут кабины.",
                 "Белорусская столица принимает форум."):
        assert [(e.normal, e.type) for e in find_regions(text)] == [("Минск", "region")], text
    # the country's adjective alone stays the country
    assert [e.normal for e in find_regions("белорусской технике")] == ["Беларусь"]


def test_a_venture_in_the_belarusian_capital_is_sited_in_belarus():
    text = ("Фургоны для почты\n"
            "С 2019 года в белорусской столице работает совместное предприятие ООО «БелФургонСтрой». "
            "Его учредители — калужское ООО «ФургонТех» (г. Обнинск) и Минский автомобильный завод.")
    rows = register_of(text)
    assert [(row_region(r), r["location"], r["kind"]) for r in rows] == [
        (None, "Минск", "joint_venture")], rows


# ------------------------------------------------------------- claims refuted


def test_a_claim_called_untrue_in_its_sentence_is_no_project():
    text = ("Где чинить комбайны\n"
            "В Бузулуке с весны работает сервисный центр ООО «БузулукАгроТех», открытый вместе с "
            "Гомсельмашем.\n"
            "А кто говорил, что Гомсельмаш будет собирать в Бузулуке комбайны, — это неправда, "
            "там только ремонт.")
    rows = register_of(text)
    assert [(row_region(r), r["kind"]) for r in rows] == [
        ("Оренбургская область", "service_center")], rows


def test_a_claim_the_next_sentence_calls_untrue_is_no_project():
    text = ("Слухи о заводе\n"
            "Читатель спрашивает, откроет ли МАЗ сборку самосвалов в Рыбинске.\n"
            "В городе говорят, что ОАО «МАЗ» организует сборку самосвалов в Рыбинске.\n"
            "Нет, это неправда: в министерстве промышленности таких сведений нет.")
    assert register_of(text) == []


def test_a_plan_talked_of_and_denied_next_is_no_project():
    text = ("Школьные парты из Бреста\n"
            "В департаменте образования напомнили, что весной обсуждалась возможность "
            "организовать сборку парт на площадке одного из калужских предприятий. Однако "
            "директор ОАО «Брестмебель» уточнил: «Собирать парты в России мы не планируем».")
    assert register_of(text) == []


def test_a_running_assembly_is_not_undone_by_another_plan_denied():
    text = ("Автобусы в Липецке\n"
            "ОАО «МАЗ» с прошлого года собирает автобусы в Липецке. Однако собирать там "
            "грузовики завод не планирует.")
    rows = register_of(text)
    assert [(row_region(r), r["kind"]) for r in rows] == [("Липецкая область", "assembly")], rows


def test_parts_in_stock_are_no_parts_made():
    text = ("Ремонт в Кургане\n"
            "Гость: куда возить МТЗ на ремонт?\n\n"
            "Фермер: В Кургане в марте открылся сервисный центр ООО «ЗауралТракСервис», его "
            "открыли вместе с Минским тракторным заводом. Я возил туда КПП в апреле — сделали "
            "за три дня, запчасти были на складе.\n")
    rows = register_of(text)
    assert [(row_region(r), r["kind"]) for r in rows] == [("Курганская область", "service_center")], rows


# ------------------------------------------------------------- people for the work


def test_staff_trained_for_an_assembly_make_no_project_of_their_own():
    text = ("Погрузчики в Кургане\n"
            "В арендованном цехе в Кургане идёт монтаж линии для сборки фронтальных погрузчиков "
            "«Амкодор».\n\n"
            "С весны в Тюмени работает центр обслуживания машин «Амкодор».\n\n"
            "Кадры для сборки начали готовить загодя: восемь курганских слесарей весной прошли "
            "стажировку на предприятии холдинга в Минске.\n")
    rows = register_of(text)
    assert sorted((row_region(r) or "", r["kind"]) for r in rows) == [
        ("Курганская область", "assembly"), ("Тюменская область", "service_center")], rows


# ------------------------------------------------------------- a firm's line of business


def test_a_firms_line_of_business_is_no_project():
    text = ("Турбины из Пензы\n"
            "Пензенское ООО «ТурбоМаш» и холдинг «Минский моторный завод» ведут совместную "
            "разработку турбины для дизелей Д-260. Опытные образцы сейчас испытывают в Пензе.\n\n"
            "«ТурбоМаш» работает с 2011 года и специализируется на ремонте и производстве турбин "
            "для тепловозных двигателей.\n")
    rows = register_of(text)
    assert [(row_region(r), r["kind"], r["status"]) for r in rows] == [
        ("Пензенская область", "joint_development", "in_progress")], rows


# ------------------------------------------------------------- parts


def test_liners_and_mufflers_are_parts():
    for goods in ("гильз цилиндров", "глушителей", "каталитических нейтрализаторов",
                  "предпусковых подогревателей"):
        text = (f"Новое производство в Ярославле\n"
                f"ООО «ЯрДеталь» и ОАО «МАЗ» подписали договор о производстве {goods} для "
                f"грузовиков МАЗ на ярославской площадке.")
        assert [r["kind"] for r in register_of(text)] == ["component_production"], goods


def test_parts_on_a_makers_line_are_fitted_there():
    text = ("Глушители для МАЗа\n"
            "ООО «ВыхлопТех» из Казани начало выпуск глушителей для тягачей Минского "
            "автомобильного завода на своей площадке в Зеленодольске.\n"
            "Мы рассчитываем, что к концу года доля наших глушителей на конвейере в Минске "
            "вырастет до трети, сказал директор «ВыхлопТеха».\n")
    rows = register_of(text)
    assert [(row_region(r), r["kind"]) for r in rows] == [
        ("Республика Татарстан", "component_production")], rows


# ------------------------------------------------------------- an oblast centre's adjective


def test_an_oblast_centres_adjective_places_the_work_in_the_town():
    text = ("Псковские теплицы из Гомеля\n"
            "В марте псковская компания ООО «ПсковТеплица» и гомельское ЧУП «АгроКаркас» "
            "зарегистрировали в Гомеле совместное предприятие ООО «ТеплоСтрой».\n"
            "Сейчас на гомельской площадке монтируют сварочную линию, первые каркасы теплиц СП "
            "обещает выпустить в августе.\n")
    rows = register_of(text)
    assert [(row_region(r), r["location"], r["kind"], r["status"]) for r in rows] == [
        (None, "Гомель", "joint_venture", "in_progress")], rows


# ------------------------------------------------------------- a shared genitive


def test_a_part_shared_by_assembly_and_a_coordinated_process_is_the_product():
    text = ("Генераторы для тракторов\n"
            "ОАО «БАТЭ» и ООО «ВолгаЭлектро» договорились об организации в Ульяновске выпуска "
            "генераторов.\n"
            "На первом этапе в Ульяновск будут поставляться корпуса и роторы, а окончательную "
            "сборку и обкатку генераторов выполнит ульяновский партнёр.\n")
    rows = register_of(text)
    assert [(row_region(r), r["kind"]) for r in rows] == [
        ("Ульяновская область", "component_production")], rows
