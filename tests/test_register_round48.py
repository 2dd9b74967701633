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
