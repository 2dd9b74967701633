"""What a figure measures, when, where and which way, for the causes round 30's dev part showed
(session 22, issue 10). Each rule is plain Russian grammar or acts on the dev texts of two
rounds at least (named at each text). The texts are written for this test in the style of such
news.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase as Case
from conftest import check_fact_case, facts_by_surface

from analysis.money import find_amounts

# a regional article: a country named as the trader with a time between, the Russian side's
# goods, a national statistics body (rounds 27, 28, 29, 30)
_KALUGA = ("Минский завод поставит насосы в Калужскую область\n"
           "ОАО «Гидромаш» подписало с калужским водоканалом контракт на поставку насосов.\n"
           "По данным ФТС, импорт насосного оборудования из Беларуси в 2023 году составил "
           "$41 млн.\n"
           "Всего, по оценке экспертов, Россия в прошлом году закупила в Беларуси "
           "компрессоров на 63 млн долларов.\n"
           "Экспорт российских подшипников в Беларусь за январь–июль вырос до $58 млн.\n")

# «в этом» with «году» left out before a verb (rounds 19, 30)
_FARM = ("Смоленское СП наращивает выручку\n"
         "Выручка хозяйства в прошлом году составила 180 млн рублей, а в этом рассчитывают "
         "получить не менее 240 млн. В этом регионе работают три белорусских агрохолдинга.\n")

# a seller's «оборот» as the subject; trade «оборот с …» stays trade (rounds 19, 30)
_DEALER = ("Дилер нарастил продажи\n"
           "Компания «ТехноЗапчасть» по итогам прошлого года увеличила оборот до 3,2 млрд "
           "рублей. Область нарастила оборот с Беларусью до 640 млн долларов.\n")

# a thing «обошёлся / обойдётся» in its own sentence: its cost, no topic from the export
# before; a pronoun goes on about the thing before (rounds 27, 29, 30)
_CLINIC = ("Белорусские санатории принимают россиян\n"
           "За январь–июнь экспорт санаторных услуг достиг 12 млн долларов.\n"
           "Курс лечения суставов в санатории обойдется гостю из России в 1,9–2,4 тыс. долларов.\n"
           "Завод провел модернизацию кузнечного цеха. Она обошлась в 14 млн рублей.\n")

# a decimal comma before «стоимостью» is no clause break (plain punctuation)
_DAIRY = ("Молочный комплекс под Псковом\n"
          "В следующем году начнется строительство молочного комплекса на 1,8 тыс. коров "
          "стоимостью 650 млн рублей.\n")

# a copula makes the region a buyer, whatever stands between (rounds 8, 22, 30)
_CASTINGS = ("Литейщики нарастили экспорт\n"
             "Экспорт завода за январь–апрель составил 9,1 млн долларов. Крупнейшим покупателем "
             "среди российских областей стала Брянская область: туда отгружено литья на 2,7 млн "
             "долларов.\n")

# a period after the publication month told in the future tense: this year's (rounds 9, 30)
_GAS = ("Цена газа для Беларуси снизится\n"
        "Во втором квартале цена российского газа для Беларуси составит $141,2 за тысячу "
        "кубометров.\n")

# goods that rose in price: their price, found, no period nor year of the span (rounds 26, 28,
# 30); a currency that rose is a rate, no sum
_METAL = ("Металл дорожает\n"
          "Тонна проката за полгода подорожала с 610 до 690 долларов, а лом — до 410 рублей за "
          "тонну. Краска за год подорожала до 3 100 долларов за тонну.\n")

# people a service is sold to name where it goes (rounds 22, 23, 30)
_CLINICS = ("Медицинский экспорт растет\n"
            "Экспорт медицинских услуг Беларуси за январь–июнь составил 24 млн долларов. На долю "
            "граждан России пришлось около 13 млн долларов.\n")

CASES = [
    Case("«По данным ФТС, импорт … из Беларуси» in a regional article is national", _KALUGA,
         "2024-03-12", "$41 млн", "region", None),
    Case("«Россия в прошлом году закупила» is national", _KALUGA, "2024-03-12",
         "63 млн долларов", "region", None),
    Case("«экспорт российских подшипников» is national", _KALUGA, "2024-03-12", "$58 млн",
         "region", None),
    Case("… and stays an import", _KALUGA, "2024-03-12", "$41 млн", "metric", "import"),
    Case("«а в этом рассчитывают получить» is this year", _FARM, "2018-09-05", "не менее 240 млн",
         "year", 2018),
    Case("«в прошлом году» keeps last year", _FARM, "2018-09-05", "180 млн рублей", "year", 2017),
    Case("a company's «увеличила оборот» is its sales", _DEALER, "2023-04-18", "3,2 млрд рублей",
         "metric", "other"),
    Case("«оборот с Беларусью» stays trade", _DEALER, "2023-04-18", "640 млн долларов", "metric",
         "trade_turnover"),
    Case("«обойдется гостю … в» is the cost, other", _CLINIC, "2024-08-14",
         "1,9–2,4 тыс. долларов", "metric", "other"),
    Case("… and takes no period of the export before", _CLINIC, "2024-08-14",
         "1,9–2,4 тыс. долларов", "period", None),
    Case("«Она обошлась в» goes on about the workshop", _CLINIC, "2024-08-14", "14 млн рублей",
         "metric", "investment"),
    Case("«комплекса на 1,8 тыс. коров стоимостью» is the facility's cost", _DAIRY, "2018-09-05",
         "650 млн рублей", "metric", "investment"),
    Case("«Крупнейшим покупателем среди … стала Брянская область: туда отгружено»", _CASTINGS,
         "2019-07-10", "2,7 млн долларов", "flow", "BY→RU"),
    Case("«во втором квартале составит» in April is this year's quarter", _GAS, "2015-04-20",
         "$141,2", "year", 2015),
    Case("«за полгода подорожала с 610» has no period", _METAL, "2019-07-10", "610", "period",
         None),
    Case("… and no year", _METAL, "2019-07-10", "690 долларов", "year", None),
    Case("«лом — до 410 рублей за тонну» is found, a price", _METAL, "2019-07-10",
         "до 410 рублей", "metric", "other"),
    Case("«за год подорожала до 3 100 долларов» has no year", _METAL, "2019-07-10",
         "до 3 100 долларов", "year", None),
    Case("«на долю граждан России пришлось» goes to Russia", _CLINICS, "2024-08-14",
         "около 13 млн долларов", "flow", "BY→RU"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round30_rules(tmp_path: Path, case: Case) -> None:
    check_fact_case(tmp_path, case)


def test_a_currency_that_rose_is_a_rate_not_a_sum() -> None:
    text = "Доллар на бирже подорожал до 95 рублей. Тонна угля подорожала до 4 200 рублей."
    found = [text[a.start:a.end] for a in find_amounts(text)]
    assert found == ["до 4 200 рублей"]


# a Russian region a Belarusian outlet's headline names is no side of a plant's export its
# sentence does not place (rounds 22, 30); in a Russian outlet the region's own trade
_LIFTS = ("Лифтостроители подвели итоги: контракты с Москвой подписаны\n"
          "По итогам года завод выпустил 5,1 тыс. лифтов. Выручка предприятия составила 190 млн "
          "рублей, экспорт — 54 млн долларов.\n")


def test_a_belarusian_outlets_headline_region_is_no_side_of_a_plants_export(tmp_path: Path) -> None:
    fact = facts_by_surface(tmp_path, _LIFTS, published="2018-01-25",
                            source="Могилёв-Экспресс")["54 млн долларов"]
    assert fact.flow == "other"
    assert fact.region is None


def test_a_russian_outlet_keeps_the_regions_own_trade(tmp_path: Path) -> None:
    text = ("Брянская область нарастила экспорт в Беларусь\n"
            "Экспорт области за январь–март составил 210 млн долларов.\n")
    fact = facts_by_surface(tmp_path, text, published="2018-04-25",
                            source="Брянские новости")["210 млн долларов"]
    assert fact.region == "Брянская область"
    assert fact.flow == "RU→BY"
