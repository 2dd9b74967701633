"""What a figure measures and when, for the causes round 32's dev part showed (session 23,
issue 10). Each rule is plain Russian grammar or acts on the dev texts of two rounds at least
(named at each text). The texts are written for this test in the style of such news.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase as Case
from conftest import check_fact_case

# «стоят» is the plural of «стоить» (a price), though pymorphy reads «стоять» first; a price
# takes no topic nor year of the turnover before it (rounds 30, 32)
_HOSTEL = ("Хостел у озера\n"
           "В прошлом году хостел принял 900 гостей. Товарооборот района с Россией составил "
           "12 млн долларов.\n"
           "Места в общем номере стоят от 25 до 40 рублей, завтрак — 9 рублей с человека.\n")

# a stock of goods is held, no flow: «запас» (round 32; newuser 22b's «хранить запасы»);
# «складских» is no warehouse built (plain grammar: the adjective qualifies the stock)
_DEALER = ("Дилер запасся шинами\n"
           "Экспорт шин из Беларуси в Россию в прошлом году составил 410 млн долларов. "
           "«Держим запас примерно на 95 млн рублей», — говорит директор дилерского центра.\n"
           "Стоимость складских запасов компании на 1 июля составила 130 млн рублей.\n")

# «стоимостью» qualifies the whole phrase before it: a contract's value however long its
# goods (rounds 10, 20, 24, 27, 32); a weak «поставку» far before it does not take it
# (round 9: an auction's price stays other)
_CONTRACT = ("Завод поставит гелий\n"
             "Компания подписала с белорусским заводом трёхлетний контракт на поставку жидкого "
             "гелия и технического водорода общей стоимостью 2,6 млрд рублей.\n"
             "Управление объявило аукцион на поставку коммунальной техники на базе тракторов "
             "МТЗ общей стоимостью 96 млн рублей.\n")

# a bond's face value is other (session 12 convention: rounds 11, 32), the issue a credit
_BONDS = ("Город разместит облигации\n"
          "Горисполком зарегистрировал выпуск облигаций объёмом 300 млрд рублей. Номинальная "
          "стоимость одной облигации — 5 млн рублей.\n")

# «на ту же дату» is the date of the figure before: its year, even after a plan's sentence,
# whose time is not carried (plain news usage, as «за тот же период»: round 32; rounds 6–31
# say «за тот же период»)
_DEBT = ("Область погасит кредиты\n"
         "Средства от займа пойдут на погашение коммерческих кредитов: на 1 сентября их объём "
         "составлял 7,1 млрд рублей. Государственный долг региона на ту же дату – 19,4 млрд "
         "рублей, из них бюджетные кредиты – 6,2 млрд.\n")

# a bond issue placed in a month is a borrowing of that day: a one-off sum, no period, no year
# (session 18 convention on one-off sums; rounds 30, 32)
_PLACED = ("Регионы выходят на долговой рынок\n"
           "Облигационный рынок оживился: Новосибирская область в июне разместила выпуск "
           "облигаций на 8 млрд рублей.\n")

# loans paid back are money repaid, other; a loan given stays a credit (rounds 17, 20, 30, 32)
_REPAID = ("Город рассчитался с долгами\n"
           "В прошлом году город разместил облигаций на 900 млрд рублей, а погасил ранее "
           "выпущенных займов на 610 млрд. Банк выделил городу кредит на 40 млрд рублей.\n")

# an issue on the debt market is a bond issue, a credit (rounds 11, 32)
_DEBT_MARKET = ("Область снова займёт\n"
                "В прошлом году область уже выходила на долговой рынок с выпуском на 3 млрд "
                "рублей.\n")

CASES = [
    Case("«стоят от 25 до 40 рублей» is a price", _HOSTEL, "2019-08-06", "от 25 до 40 рублей",
         "metric", "other"),
    Case("… with no year of the figure before", _HOSTEL, "2019-08-06", "от 25 до 40 рублей",
         "year", None),
    Case("«завтрак — 9 рублей с человека» is a price too", _HOSTEL, "2019-08-06", "9 рублей",
         "metric", "other"),
    Case("«запас примерно на 95 млн» is a stock, no export", _DEALER, "2022-05-18",
         "95 млн рублей", "metric", "other"),
    Case("«стоимость складских запасов» is no warehouse's cost", _DEALER, "2022-05-18",
         "130 млн рублей", "metric", "other"),
    Case("«контракт на поставку … общей стоимостью» is the contract's", _CONTRACT, "2025-03-04",
         "2,6 млрд рублей", "metric", "agreements"),
    Case("«аукцион на поставку … общей стоимостью» stays a price", _CONTRACT, "2025-03-04",
         "96 млн рублей", "metric", "other"),
    Case("«номинальная стоимость одной облигации» is the face value", _BONDS, "2015-07-09",
         "5 млн рублей", "metric", "other"),
    Case("… the issue stays a credit", _BONDS, "2015-07-09", "300 млрд рублей", "metric",
         "credit"),
    Case("«на ту же дату» takes the year of the date before", _DEBT, "2019-10-02",
         "19,4 млрд рублей", "year", 2019),
    Case("… and so does its part", _DEBT, "2019-10-02", "6,2 млрд", "year", 2019),
    Case("«в июне разместила выпуск облигаций на» has no period", _PLACED, "2015-07-09",
         "8 млрд рублей", "period", None),
    Case("… nor a year", _PLACED, "2015-07-09", "8 млрд рублей", "year", None),
    Case("… and is a credit", _PLACED, "2015-07-09", "8 млрд рублей", "metric", "credit"),
    Case("«погасил ранее выпущенных займов на» is money repaid", _REPAID, "2015-07-09",
         "610 млрд", "metric", "other"),
    Case("… the bonds placed stay a credit", _REPAID, "2015-07-09", "900 млрд рублей", "metric",
         "credit"),
    Case("… and so does «выделил кредит»", _REPAID, "2015-07-09", "40 млрд рублей", "metric",
         "credit"),
    Case("«выходила на долговой рынок с выпуском на» is a bond issue", _DEBT_MARKET,
         "2019-10-02", "3 млрд рублей", "metric", "credit"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round32_rules(tmp_path: Path, case: Case) -> None:
    check_fact_case(tmp_path, case)


def test_a_change_of_a_quantity_with_a_unit_after_it_is_no_money() -> None:
    # plain grammar: «с 24 до 36 тыс. тонн» counts tonnes, as «36 тыс. тонн» alone does; a
    # change with no unit after a money figure still borrows its currency
    from analysis.money import find_amounts

    text = ("Кредит на 42 млн белорусских рублей выдаст Банк развития. Мощность завода вырастет "
            "с 24 до 36 тыс. тонн профиля в год, а выручка — с 40 до 55 млн.")
    found = [text[a.start:a.end] for a in find_amounts(text)]
    assert found == ["42 млн белорусских рублей", "40", "55 млн"]


# a whole whose share goes to Russia is the maker's export to every market; the share may
# stand before «из них» (rounds 19, 24 say «из них около 80% пришлось на Россию»; round 32)
_PARTS = ("Запчасти МТЗ\n"
          "В прошлом году Минский тракторный завод экспортировал запасных частей на 286 млн "
          "долларов, около 70% из них ушло в Россию.\n")


def test_a_share_before_iz_nih_is_a_part_of_the_whole(tmp_path: Path) -> None:
    from conftest import facts_by_surface

    fact = facts_by_surface(tmp_path, _PARTS, published="2025-02-20")["286 млн долларов"]
    assert (fact.metric, fact.flow) == ("export", "other")


# «из республики» after a flow word is Belarus in an article that names Belarus and no Russian
# republic (m022, r12m01 with a Russian region beside it; round 32 with none); in an article
# about Tatarstan the republic is Tatarstan (round 13)
_PROFILES = ("Импорт профилей растёт\n"
             "Доля белорусских поставщиков за год выросла на 4 пункта. Импорт из республики в "
             "2016 году не превышал $40 млн.\n")
_TATARSTAN = ("Татарстан и Беларусь\n"
              "Товарооборот Республики Татарстан с Беларусью вырос. Экспорт из республики в "
              "2016 году не превышал $40 млн.\n")


def test_the_republic_after_a_flow_word_is_belarus_when_no_russian_republic_is_named(
        tmp_path: Path) -> None:
    from conftest import facts_by_surface

    fact = facts_by_surface(tmp_path / "a", _PROFILES, published="2018-09-03")["не превышал $40 млн"]
    assert fact.flow == "BY→RU"
    other = facts_by_surface(tmp_path / "b", _TATARSTAN, published="2018-09-03")["не превышал $40 млн"]
    assert other.flow != "BY→RU"
