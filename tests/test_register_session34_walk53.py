"""Session 34 (walk53reg): the register on classes round 53's dev part showed, on sentences
written here.

* «собрать» with listeners, readers or fans as its object gathers people: it assembles
  nothing («Конференция собрала много слушателей»).
* A sentence opening on a project noun of another kind, placed in another town of the
  region, is another project, not the one told just before («Сервисный центр завода в
  Барнауле …» after the assembly halted in Рубцовск).
* A plant the list lacks whose name opens with a Belarusian town's adjective («Оршанский
  завод коммунальной техники (ОЗКТ)», «Слонимский ремонтно-механический завод») is a
  Belarusian party, under the short name the article defines; in the locative («на Минском
  вагоноремонтном заводе») it is a site, no party.
* «в Дятлово» is a Belarusian town (its name in «-о» is the nominative); «Дятлова», a
  surname's genitive, names none.
* A service cue a firm was founded as («основан … как ремонтное предприятие») is its past.
* A kind cue at the far end of a range of goods («наименований продукции — от посуды до
  деталей для тракторов») names a catalogue, no project.
* A dealer after «у» («трактор берут у ближайшего дилера МТЗ») is the seller, no facility.
* «Писали, что …», «Говорят, что …» opening a sentence (a plural verb of saying, no subject)
  give what follows as hearsay.
* A kind cue inside a firm's name («ОАО «Минский подшипниковый завод»») tells no project of
  its sentence: «Предприятие …» after it is the firm that sentence introduced.
* A new site an answer names and points at («открыть участок в Дзержинске, — там будем
  собирать») is a project of its own, not the work told before in Belarus.
* A headline that places a joint project only by a Russian firm's home adjective joins the
  body's row placed in Belarus.
"""

from __future__ import annotations

from datetime import date

from conftest import make_article, register_of

from analysis.entities import find_regions, town_name
from analysis.projects.partners import register_entities


def test_listeners_gathered_are_no_assembly():
    rows = register_of(
        "Томск. Круглый стол о сельхозтехнике на агровыставке собрал неожиданно много "
        "слушателей: фермеры всё чаще спрашивают о белорусских машинах.")
    assert rows == []


def test_a_service_centre_in_another_town_is_not_the_halted_assembly():
    rows = register_of(
        "Сборку тракторов в Бийске приостановили\n"
        "Барнаул, 5 мая. Сборка тракторов «Беларус» на площадке ОАО «Бийский моторный завод» "
        "приостановлена с марта, сообщил источник в краевом министерстве.\n"
        "На МТЗ приостановку подтвердили, но подчеркнули, что работа в крае продолжается. "
        "Сервисный центр завода в Барнауле, открытый в 2015 году, ремонтирует тракторы и "
        "продаёт запчасти в прежнем режиме.")
    kinds = {(r["kind"], r["location"]) for r in rows}
    assert ("service_center", "Барнаул") in kinds
    centre = next(r for r in rows if r["kind"] == "service_center")
    assert "МТЗ" in centre["enterprises"]


def test_a_belarusian_plant_by_its_towns_adjective_is_a_party_under_its_short_name():
    rows = register_of(
        "Погрузчики из Жлобина собирают на Урале\n"
        "Жлобинский завод погрузочной техники (ЖЗПТ) за два года стал партнёром уральских "
        "регионов. В 2022 году предприятие наладило сборку фронтальных погрузчиков в "
        "Свердловской и Челябинской областях. В Екатеринбурге машины собирает ООО "
        "«Уралпогрузмаш», в Челябинске — мастерская местного дорожного треста.")
    found = {(r["region"], r["enterprises"]) for r in rows}
    assert found == {("Свердловская область", "ЖЗПТ;Уралпогрузмаш"),
                     ("Челябинская область", "ЖЗПТ")}


def test_a_belarusian_plant_in_the_locative_is_a_site_not_a_party():
    text = ("Дорога и китайская корпорация договорились о сборке на Минском вагоноремонтном "
            "заводе путевых машин. Слонимский ремонтно-механический завод выпускает рамы.")
    names = {e.normal for e in register_entities(make_article("t", text, date(2024, 5, 1)))
             if e.type == "enterprise"}
    assert names == {"Слонимский ремонтно-механический завод"}


def test_dyatlovo_is_a_belarusian_town_and_a_surname_is_not():
    assert town_name("в Дятлово") == "Дятлово"
    assert [r.normal for r in find_regions("Станы сваривают здесь, в Дятлово.")] == [
        "Гродненская область"]
    assert find_regions("По словам Дятлова, сеть вырастет.") == []


def test_what_a_firm_was_founded_as_is_no_service_centre():
    rows = register_of(
        "Кабины из Светлогорска едут в Курган\n"
        "Светлогорский механический завод основан в 1972 году как ремонтное предприятие, "
        "сегодня на нём работают 600 человек. Кабины для курганских тракторов сваривают в "
        "Светлогорске с весны.")
    assert "service_center" not in {r["kind"] for r in rows}


def test_the_far_end_of_a_range_of_goods_is_no_project():
    rows = register_of(
        "Мозырский завод пластмасс выпускает более трёх тысяч наименований продукции — от "
        "посуды до деталей для тракторов и комбайнов.")
    assert rows == []


def test_a_headline_placed_by_a_firms_adjective_joins_the_body_placed_in_belarus():
    rows = register_of(
        "Томский «Электросвет» и Лидский завод светотехники разрабатывают уличный светильник\n"
        "Томск. 3 марта. ИНТЕРФАКС — Томская компания ООО «Электросвет» и белорусское ОАО "
        "«Лидский завод светотехники» совместно разрабатывают уличный светильник для "
        "северных городов. Опытные образцы собирают специалисты обеих компаний в цехе "
        "лидского завода.")
    assert [(r["region"], r["kind"]) for r in rows] == [(None, "joint_development")]


def test_a_dealer_one_buys_from_is_no_project():
    rows = register_of(
        "Схема простая: навесное оборудование приходит из Гомеля, трактор берут у "
        "ближайшего дилера МТЗ в Тамбове, а монтаж выполняют на месте.")
    assert "other" not in {r["kind"] for r in rows}


def test_what_was_written_with_no_source_is_hearsay():
    rows = register_of(
        "— Говорят, что в брянском технопарке будут собирать тракторы МТЗ.\n"
        "— Об этом лучше спросить инвесторов.")
    assert rows == []
    kept = register_of("Минский тракторный завод будет собирать тракторы в Брянске, "
                       "говорят в заводской пресс-службе.")
    assert [r["region"] for r in kept] == ["Брянская область"]


def test_a_cue_inside_a_firms_name_tells_no_project_of_its_sentence():
    rows = register_of(
        "Вопрос — ответ: что будет с подшипниковым СП в Ульяновске\n"
        "Редакция получила письма читателей о судьбе подшипникового проекта. Отвечаем на "
        "вопросы.\n— Правда ли, что ульяновское СП закрывается?\n"
        "— Нет. ООО «Волгакамподшипник», учредителями которого выступили ОАО «Минский "
        "подшипниковый завод» и ульяновское ООО «Симбирский подшипник», работает в прежнем "
        "режиме. Предприятие выпускает в Ульяновске конические подшипники для ступиц "
        "грузовиков, в прошлом году оно нарастило выпуск на десятую часть.")
    assert rows and all("Волгакамподшипник" in r["enterprises"] for r in rows)


def test_a_new_site_an_answer_places_there_is_a_project_of_its_own():
    rows = register_of(
        "«Кабель — это мы»: директор «Пинсккабеля» — о заказах из России\n"
        "Пинское ООО «Пинсккабель» десять лет назад начинало с жгутов для комбайнов, сегодня "
        "половину его выручки дают российские автозаводы. О том, как работать с гигантами, мы "
        "поговорили с директором.\n"
        "— Кто ваш главный заказчик?\n"
        "— Ульяновский автозавод. С 2019 года мы делаем для УАЗа жгуты проводов панели "
        "приборов. Всё изготавливаем здесь, в Пинске.\n"
        "— Не тесно в Пинске?\n"
        "— Тесно. Поэтому планируем открыть участок в Димитровграде Ульяновской области, рядом "
        "с заказчиком, — там будем собирать жгуты для новых моделей.")
    assert {r["location"] for r in rows} == {"Пинск", "Димитровград"}
