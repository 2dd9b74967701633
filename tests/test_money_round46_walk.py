"""What a figure measures, for the causes found in round 46's dev part (session 30, issue 10,
walk46money). The texts are written for this test in the style of such news.

- goods that «ушли» / «уходят» into a named place, «туда» or «за рубеж» for a sum («туда ушло
  насосов на …», «в Россию уходит мебели на …») are shipped there: the shipper's export, as
  with «отгрузили»; the places told elliptically after it («в Брянскую область — на …») go on
  with it; money that «ушло на» a purpose with no place («На это ушло около 40 млн») stays
  spending, `other`.
- money a seller «заработал на экспорте» or «выручил от поставок в Россию» is its export, as
  «выручка от экспорта» is (a whole year told elliptically after it too); money earned with
  no export or market («заработала на пассажирских линиях») stays revenue, `other`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase as Case
from conftest import check_fact_case

_GONE = ("Оршанские насосы в России\n"
         "За девять месяцев завод продал за границу насосов на 6,1 млн долларов. Главный "
         "покупатель — Россия: туда ушло продукции на 4,2 млн. В Брянскую область — на 1,1 "
         "млн, в Калужскую — на 0,6 млн.\n")
_GOING = ("Мебель из Пинска\n"
          "Ежегодно в Россию уходит пинской мебели примерно на 12 млн долларов, сообщил "
          "директор фабрики.\n")
_ABROAD = ("Станки из Витебска\n"
           "По словам директора, в прошлом году за рубеж ушло станков на 2,7 млн долларов.\n")
_SPENT = ("Краски из Лиды\n"
          "Пигмент завод закупает в Перми. На это в прошлом году ушло около 40 млн российских "
          "рублей.\n")

_EARNED = ("Лесхоз торгует\n"
           "За первое полугодие лесхоз заработал на экспорте древесины 3,1 млн долларов, а в "
           "прошлом году — 5,4 млн. Столярная фабрика выручила от продаж в Россию 820 тыс. "
           "долларов. Перевозчик заработал на пассажирских линиях 11 млн долларов.\n")

CASES = [
    Case("goods gone «туда» for a sum are exported", _GONE, "2019-10-10", "4,2 млн", "metric",
         "export"),
    Case("…and the places told after it go on with it", _GONE, "2019-10-10", "1,1 млн",
         "metric", "export"),
    Case("…each of them", _GONE, "2019-10-10", "0,6 млн", "metric", "export"),
    Case("goods going «в Россию» for a sum are exported", _GOING, "2019-10-10",
         "12 млн долларов", "metric", "export"),
    Case("goods gone «за рубеж» are exported", _ABROAD, "2019-10-10", "2,7 млн долларов",
         "metric", "export"),
    Case("money gone on a purpose with no place is spending", _SPENT, "2019-10-10",
         "около 40 млн российских рублей", "metric", "other"),
    Case("money earned on exports is the export", _EARNED, "2019-10-10", "3,1 млн долларов",
         "metric", "export"),
    Case("…and the year told after it", _EARNED, "2019-10-10", "5,4 млн", "metric", "export"),
    Case("money gained from sales into Russia is the export", _EARNED, "2019-10-10",
         "820 тыс. долларов", "metric", "export"),
    Case("money earned with no export named stays revenue", _EARNED, "2019-10-10",
         "11 млн долларов", "metric", "other"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round46_reading(tmp_path: Path, case: Case) -> None:
    check_fact_case(tmp_path, case)
