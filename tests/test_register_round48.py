"""Session 31 (walk48reg): classes read from round 48's dev part, on sentences written here.

* A venture's founders named by the noun («учредителями которого выступили ОАО «…» и
  ярославское ООО «…»», «его учредители — …») are introduced by where they are from, as a
  founding participle («созданное … пермским ЗАО «…»») introduces them: the Russian founder's
  home adjective is no site, so the venture takes the place the sentence before set
  («В Бобруйске продолжается строительство … Его возводит СП …») (session 18: work at a plant
  in Belarus with a Russian partner has no Russian region; the writer's decision 11).
* Repairs and upgrades are work done at a place: a venture told with no site of its own
  takes the place of the next sentence that says where machines are repaired or modernised
  («За год на предприятии в Солигорске отремонтированы …», «Вагоны ремонтируют в Твери»),
  as it takes where goods are made (``work_done``; session 18); machines sent «на ремонт в
  Минск» go there, no site.
* A service adjective describing the buyers of goods («выпускать инверторы для строительных и
  ремонтных организаций») names no service centre: the «для» phrase tells whom the goods are
  for (``customer_nouns``), as a region after those nouns does (session 18).
* Parts told as the subject of a passive of supplying («Кабины и рамы будут поставляться из
  Минска», «рамы станут поставляться …») are goods brought in (``trade`` += поставляться; the
  future's auxiliary «стать» as «быть»), no component production of the partners named
  before them (the writer's trap: delivery).
* A kind cue right after «местный» («Появление местной сборки позволит снизить цены») points
  back at the project its article tells, as «здесь» does: it opens no project in the partner's
  home region and borrows no firm (a dealer) from the sentence before.
* A dealer whose verb of selling counts units («дилер реализовал 140 тракторов», «центр продал
  12 погрузчиков») only sells: no project (the writer's trap: dealer); a noun of sales with a
  figure («продажи выросли на 18%») still describes no dealer.
* A development done in a Belarusian place together with a Russian side («В Минске, в
  институте …, вместе с московским ООО «…» ведут разработку») names both sides: the scene
  is the Belarusian one (`made_in_belarus`), so «разработка» is a joint development there; a
  Russian firm showing its own development in Minsk is none.
"""

from __future__ import annotations

import pytest
from conftest import register_of

# ------------------------------------------------------------- founders told by the noun


@pytest.mark.parametrize(("text", "town"), [
    ("Стеклопакеты из Орши\nВ Орше продолжается монтаж линии по выпуску стеклопакетов. Её строит "
     "совместное предприятие ООО «ОршаСтекло», учредителями которого выступили ОАО «Оршанский "
     "инструментальный завод» и казанское ООО «ТатСтеклоПром».", "Орша"),
    ("Кирпич для Гродно\nВ Гродно возводят завод керамического кирпича. Его строит совместное "
     "предприятие ООО «ГродноКерамика», соучредителями которого стали ОАО «Гродножилстрой» и "
     "самарское АО «ВолгаКерамика».", "Гродно"),
    ("Трубы в Могилёве\nВ Могилёве строится цех по производству полимерных труб. Возводит его "
     "совместное предприятие ООО «МогПолимер»; его учредители — ОАО «Могилевхимволокно» и "
     "пензенское ООО «ПензаТруба».", "Могилёв"),
])
def test_a_founders_home_adjective_is_no_site(text, town):
    rows = register_of(text)
    assert [(r["region"], r["location"], r["kind"]) for r in rows] == [
        (None, town, "joint_venture")], rows


@pytest.mark.parametrize(("text", "place"), [
    # the venture's own site in its sentence stays
    ("Шпалы в Бресте\nСовместное предприятие ООО «БрестШпала», учредителями которого являются "
     "ОАО «Брестский КСИ» и тульское ООО «ТулаБетон», выпускает в Бресте железобетонные шпалы.",
     (None, "Брест")),
    # a Russian firm's home adjective with no founding told is still where it works
    ("Автобусы в Ярославле\nЯрославское ООО «ЯрМотор» и ОАО «МАЗ» подписали соглашение о сборке "
     "автобусов МАЗ в Ярославле.", ("Ярославская область", "Ярославль")),
])
def test_founders_controls(text, place):
    rows = register_of(text)
    assert [(r["region"], r["location"]) for r in rows] == [place], rows


# ------------------------------------------------------------- repairs told next


@pytest.mark.parametrize(("text", "place"), [
    ("Турбины\nСовместное предприятие ООО «БелТурбоСервис», созданное ОАО «Гродно Азот» и "
     "казанским ООО «ТатТурбо», работает третий год. За год на предприятии в Гродно "
     "отремонтированы 12 турбокомпрессоров.", (None, "Гродно")),
    ("Насосы\nСовместное предприятие ООО «НафтаНасос», созданное ОАО «Нафтан» и самарским ЗАО "
     "«ВолгаНасос», начало работу. Насосные агрегаты модернизируют в Новополоцке, на площадке "
     "бывшего механического цеха.", (None, "Новополоцк")),
    ("Краны\nСовместное предприятие ООО «КранСервис», созданное ОАО «Могилевтрансмаш» и "
     "ивановским ООО «ИвКран», работает второй год. Автокраны капитально ремонтируют в "
     "Могилёве.", (None, "Могилёв")),
    ("Вагоны\nСовместное предприятие ООО «ВагонТех», созданное ОАО «Белкоммунмаш» и тверским "
     "ООО «ТверьВагон», работает второй год. Вагоны ремонтируют в Твери, в депо партнёра.",
     ("Тверская область", "Тверь")),
])
def test_repairs_told_next_are_the_ventures_site(text, place):
    rows = register_of(text)
    assert [(r["region"], r["location"], r["kind"]) for r in rows] == [
        (*place, "joint_venture")], rows


def test_machines_sent_for_repair_go_there():
    """Control: «отправляют на ремонт в Минск» is where the machines go, no site."""
    rows = register_of("Дорожные машины\nСовместное предприятие ООО «ДорМашСервис», созданное "
                       "ОАО «Амкодор» и вологодским ООО «ВологдаДор», работает второй год. "
                       "Неисправные машины отправляют на ремонт в Минск.")
    assert [r["location"] for r in rows] != ["Минск"], rows


# ------------------------------------------------------------- buyers described


@pytest.mark.parametrize(("text", "town"), [
    ("Пермская компания соберёт насосы в Гродно\nГродно, 3 марта. Пермское ООО «КамаНасос» стало "
     "резидентом СЭЗ «Гродноинвест». Компания намерена выпускать в областном центре насосы для "
     "коммунальных и ремонтных организаций.", "Гродно"),
    ("Тульская компания соберёт генераторы в Бресте\nБрест, 5 мая. Тульское ООО «ТулаГенератор» "
     "стало резидентом СЭЗ «Брест». Компания намерена выпускать в областном центре "
     "дизель-генераторы для строительных и ремонтных организаций.", "Брест"),
    ("Омская компания соберёт прицепы в Лиде\nЛида, 9 сентября. Омское ООО «СибПрицеп» стало "
     "резидентом индустриального парка в Лиде. Компания намерена выпускать в районном центре "
     "прицепы для ремонтных и дорожных организаций.", "Лида"),
])
def test_a_service_adjective_of_the_buyers_is_no_service_centre(text, town):
    rows = register_of(text)
    assert [(r["region"], r["location"], r["kind"]) for r in rows] == [
        (None, town, "assembly")], rows


def test_a_repair_site_of_our_maker_stays():
    """Control: «откроет в Кемерове ремонтный участок для карьерных самосвалов» is a facility."""
    rows = register_of("Ремонт самосвалов\nОАО «БелАЗ» откроет в Кемерове ремонтный участок для "
                       "карьерных самосвалов.")
    assert [(r["region"], r["kind"]) for r in rows] == [("Кемеровская область", "service_center")]


# ------------------------------------------------------------- parts supplied (passive)


@pytest.mark.parametrize("text", [
    "Эвакуаторы в Калуге и Брянске\nОАО «МАЗ» подписало соглашения о сборке эвакуаторов в "
    "Калужской и Брянской областях.\n\nВ Калуге партнёром станет ООО «КалугаСпецТех», в Брянске "
    "— ООО «БрянскАвто». Кабины и рамы будут поставляться из Минска, окраску планируется "
    "выполнять на российских площадках.",
    "Погрузчики в Перми и Уфе\nХолдинг «Амкодор» подписал соглашения о сборке погрузчиков в "
    "Пермском крае и Башкортостане.\n\nВ Перми партнёром выбрано ООО «ПермьМаш», в Уфе — ООО "
    "«УфаМаш». Гидроцилиндры и рамы станут поставляться из Минска, а окраску будут делать на "
    "месте.",
    "Тягачи во Владимире и Иванове\nМАЗ договорился о сборке тягачей во Владимирской и "
    "Ивановской областях.\n\nВо Владимире партнёром выбрано ООО «ВладТрак», в Иванове — ООО "
    "«ИвТрак». Рамы для тягачей станут поставляться из Минска, остальное будут делать на месте.",
])
def test_parts_supplied_in_the_passive_are_no_component_production(text):
    rows = register_of(text)
    assert [r["kind"] for r in rows] == ["assembly", "assembly"], rows


def test_parts_made_on_site_stay():
    """Control: «договорились о выпуске рам … в Калуге» makes the parts there."""
    rows = register_of("Рамы в Калуге\nОАО «МАЗ» и ООО «КалугаРама» договорились о выпуске рам "
                       "для самосвалов МАЗ в Калуге.")
    assert [(r["region"], r["kind"]) for r in rows] == [("Калужская область", "component_production")]


# ------------------------------------------------------------- «местная сборка» points back


@pytest.mark.parametrize(("text", "town"), [
    ("Казанская фирма соберёт насосы в Бресте\nБрест, 4 мая. Казанское ООО «ТатНасос» (г. Казань) "
     "стало резидентом СЭЗ «Брест». Сейчас в арендованном цехе монтируют линию сборки.\n\n"
     "Насосы в Беларуси продают несколько фирм: брестский дилер ООО «НасосТорг» за год реализовал "
     "900 агрегатов. Появление местной сборки, по оценке зоны, снизит цены на десятую часть.",
     "Брест"),
    ("Томская компания начнёт собирать счётчики в Орше\nОрша, 8 августа. Томское ООО «СибСчётчик» "
     "стало резидентом индустриального парка. Линию сборки уже монтируют.\n\nСчётчики в область "
     "поставляет оршанский дилер ООО «СчётТорг». Местная сборка, по словам директора парка, "
     "сократит сроки поставки вдвое.", "Орша"),
    ("Новосибирская компания соберёт электрощиты в Бобруйске\nБобруйск, 2 июля. Новосибирское ООО "
     "«СибЩит» стало резидентом СЭЗ «Могилёв». В цехе на улице Минской уже монтируют "
     "оборудование.\n\nЭлектрощиты в регионе продаёт бобруйский дилер ООО «ЩитСервисТорг». С "
     "началом местной сборки, считают в администрации, цены снизятся.", "Бобруйск"),
])
def test_local_assembly_points_back_at_the_project(text, town):
    rows = register_of(text)
    assert [(r["region"], r["location"], r["kind"]) for r in rows] == [
        (None, town, "assembly")], rows


# ------------------------------------------------------------- a dealer selling units


@pytest.mark.parametrize("text", [
    "Дилер в Твери\nВ Твери работает дилер тракторов МТЗ — ООО «ТверьТрактор». За год дилер "
    "реализовал 140 тракторов «Беларус».",
    "Дилер в Пензе\nВ Пензе открылся дилерский центр «Амкодора» — ООО «ПензаСпецТорг». За первый "
    "месяц центр продал 12 погрузчиков.",
    "Дилер в Саратове\nВ Саратове появился дилер МАЗ — ООО «ВолгаГрузТорг». Только за квартал "
    "дилер реализовал 35 самосвалов и тягачей.",
    "Дилер в Ижевске\nУдмуртский дилер «Бобруйскагромаша» ООО «УдмуртАгроТорг» открылся в Ижевске. "
    "В первый же сезон дилер продал свыше 40 пресс-подборщиков.",
])
def test_a_dealer_selling_units_is_no_project(text):
    assert register_of(text) == []


def test_a_dealer_with_service_stays():
    """Control: a dealer centre that repairs is a service centre."""
    rows = register_of("Дилер с сервисом\nВ Липецке ООО «ЛипецкАгро» открыло дилерско-сервисный "
                       "центр МТЗ, где будут ремонтировать тракторы и продавать запчасти.")
    assert [(r["region"], r["kind"]) for r in rows] == [("Липецкая область", "service_center")]


# ------------------------------------------------------------- a development done together in Belarus


@pytest.mark.parametrize(("text", "town"), [
    ("Беспилотники\nВ Гомеле, в конструкторском бюро технического университета, вместе с "
     "казанским ООО «ТатДрон» ведут разработку сельскохозяйственного беспилотника.", "Гомель"),
    ("Насосы для АЭС\nВ Бресте в лаборатории политехнического института вместе с нижегородским "
     "ООО «ВолгаАтомНасос» идёт разработка циркуляционных насосов.", "Брест"),
    ("Светильники\nВ Могилёве специалисты университета совместно с пензенским ООО «ПензаСвет» "
     "ведут разработку светодиодных светильников для теплиц.", "Могилёв"),
])
def test_a_development_together_in_a_belarusian_place(text, town):
    rows = register_of(text)
    assert [(r["region"], r["location"], r["kind"]) for r in rows] == [
        (None, town, "joint_development")], rows


@pytest.mark.parametrize("text", [
    "Выставка\nВ Минске российская компания ООО «ТатДрон» представила свою разработку — "
    "сельскохозяйственный беспилотник.",
    "Одна сторона\nКазанское ООО «ТатДрон» ведёт разработку сельскохозяйственного беспилотника.",
])
def test_a_development_of_one_side_is_none(text):
    assert register_of(text) == []
