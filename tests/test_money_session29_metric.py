"""What a figure measures, for the causes session 29 (issue 10, metric29) found in the dev
parts of the study rounds. The texts are written for this test in the style of such news.

- a deal's payment terms after the sum («с отсрочкой платежа», «на условиях предоплаты») say
  how it is paid, not what the money is: the verb that governs the sum decides;
- a delivery noun whose goods come from a named place («поставки из Китая», «Поставки из
  России заняли …») and go nowhere named is the receiving side's import; one that names
  where they go («поставки из Беларуси в Россию») stays an export;
- a year after a verb of exceeding and «уровень» or «показатель» («превышает уровень
  2016-го»), or after «на уровне», is a base the figure is compared with, not a year of
  its own: a figure told after such a sentence takes the time of the figure in focus;
- a side's adjective in the genitive a trade noun governs («ввоз российских обоев», «импорт
  белорусских стульев») names the goods and where they come from (flow); after an export
  noun («экспорт белорусских кормов») it tells whose export it is, not where it goes;
- a market's share told first and its market after it («Почти 90% этого объёма пришлось
  на Россию») makes the figure before it the whole, every market's (flow other);
- deliveries of goods of Belarusian make into the region («поставки сеялок и культиваторов
  белорусского производства в край») are the region's import, as «поставки белорусских …»;
- a figure with no year of its own set against the figure of a named year right after it
  («… против 52 млн рублей в 2019 году», «на 3 млн больше, чем в 2015 году») is of the year
  after that base; a price per unit so compared keeps a price's reading (no year);
- a clause set against the amount's after a comma («…, но девальвация ударила по контрактам»,
  «…, хотя рынок там больше») has its own cue: the figure before it goes on about the figure
  told before it;
- a furnace, boiler house, greenhouse, storehouse, laboratory, stadium or pool put up or
  into service «стоимостью …» is a facility: its cost is an investment;
- deliveries across the border that brought the money («поставки в Беларусь принесли заводу
  …», «российские поставки принесли комбинату …») make it an export, as those into Russia do;
- «инвестиционные монеты / слитки» are goods: the verb delivering them governs the sum;
- a year heading an item of a list, a dash and a decimal figure after it («2020 – 30,6»), is
  no span of years («2020–2030»): it dates its item.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase as Case
from conftest import check_fact_case

_DEFERRED = ("Удобрения для хозяйств\n"
             "Брянская компания «АгроХим» в этом году поставила белорусским хозяйствам средств "
             "защиты растений на 6,2 млн долларов с отсрочкой платежа до осени.\n")
_PREPAID = ("Запчасти для лесхозов\n"
            "Завод отгрузил в Беларусь запчастей на 41 млн рублей на условиях полной "
            "предоплаты.\n")
_ADVANCE = ("Ремонт котельной\n"
            "Предоплата по договору составила 3,2 млн рублей.\n")

_ORIGIN = ("Рынок бытовой техники\n"
           "Импорт бытовой техники в Беларусь за год вырос до 310 млн долларов. Поставки из "
           "Китая составили около 140 млн долларов, поставки из Беларуси в Россию — "
           "95 млн долларов.\n")
_LEVEL = ("Рынок обоев\n"
          "Импорт обоев в Беларусь в 2022 году достиг 58 млн долларов. Это на 7% больше, чем в "
          "2021 году, и вдвое превышает уровень 2017-го. Поставки из России заняли в нём "
          "половину, или 29 млн долларов.\n")
_GOODS = ("Рынок обоев\n"
          "Ввоз российских обоев в прошлом году составил 12,4 млн долларов.\n")
_SHARE_FIRST = ("Корма для скота\n"
                "Экспорт белорусских комбикормов за полугодие составил 41 млн долларов. Более "
                "80% этого объёма пришлось на Россию.\n")
_MAKE = ("Техника для аграриев края\n"
         "Поставки сеялок и культиваторов белорусского производства в край за три года "
         "составили 640 млн рублей.\n")
_AGAINST = ("Итоги года на мебельной фабрике\n"
            "Чистая прибыль фабрики — 64 млн рублей против 52 млн рублей в 2019 году.\n")
_MORE_THAN = ("Отчёт комбината\n"
              "Выручка комбината составила 27,5 млн рублей — на 3 млн больше, чем в 2015 году.\n")
_PRICE = ("Цены на уголь\n"
          "Средняя цена угля составила 48 долларов за тонну против 57 долларов в 2015 году.\n")
_SERIES = ("Рынок красок\n"
           "Импорт красок в Беларусь в прошлом году достиг 51,3 млн долларов.\n"
           "Динамика ввоза (млн долл.): 2018 – 16,2; 2019 – 24,1; 2020 – 30,6.\n")
_BUT = ("Поставки шин\n"
        "Экспорт шин в Россию в прошлом году составил 31 млн долларов. В 2019-м он был выше – "
        "38 млн долларов, но падение рубля ударило по контрактам.\n")
_KILNS = ("Лесхоз наращивает выпуск\n"
          "Комбинат ввёл в строй две новые обжиговые печи стоимостью 840 млн рублей.\n")
_BROUGHT = ("Фабрика подвела итоги\n"
            "В прошлом году поставки в Беларусь принесли фабрике 6,3 млн долларов.\n")
_BROUGHT_ADJ = ("Завод подвёл итоги\n"
                "В 2019-м белорусские поставки принесли заводу 4,4 млн долларов.\n")
_COINS = ("Монетный двор\n"
          "В прошлом году двор поставил Нацбанку Казахстана памятных и инвестиционных монет на "
          "сумму 2,2 млн долларов.\n")

CASES = [
    Case("«с отсрочкой платежа» after the sum: the delivery decides", _DEFERRED, "2021-06-01",
         "6,2 млн долларов", "metric", "export"),
    Case("«на условиях предоплаты» after the sum: the shipment decides", _PREPAID, "2021-06-01",
         "41 млн рублей", "metric", "export"),
    Case("a prepayment as the subject stays a payment", _ADVANCE, "2021-06-01",
         "3,2 млн рублей", "metric", "other"),
    Case("deliveries from a named place: import", _ORIGIN, "2023-03-01",
         "около 140 млн долларов", "metric", "import"),
    Case("deliveries from one place into another: export", _ORIGIN, "2023-03-01",
         "95 млн долларов", "metric", "export"),
    Case("«превышает уровень 2017-го» is a base: the part takes the focus's year", _LEVEL,
         "2023-03-01", "29 млн долларов", "year", 2022),
    Case("«ввоз российских обоев»: the goods come from Russia", _GOODS, "2023-03-01",
         "12,4 млн долларов", "flow", "RU→BY"),
    Case("a share told before its market: the figure is the whole", _SHARE_FIRST, "2023-03-01",
         "41 млн долларов", "flow", "other"),
    Case("goods of Belarusian make delivered into the region: its import", _MAKE, "2023-03-01",
         "640 млн рублей", "metric", "import"),
    Case("«против … в 2019 году»: the year after the base", _AGAINST, "2021-03-15",
         "64 млн рублей", "year", 2020),
    Case("«больше, чем в 2015 году» read in February: the year after the base", _MORE_THAN,
         "2017-02-10", "27,5 млн рублей", "year", 2016),
    Case("a unit price set against a year's keeps no year", _PRICE, "2017-02-10",
         "48 долларов", "year", None),
    Case("a «но» clause's cue after the figure is its own", _BUT, "2022-03-01",
         "38 млн долларов", "metric", "export"),
    Case("kilns put into service: their cost is an investment", _KILNS, "2022-03-01",
         "840 млн рублей", "metric", "investment"),
    Case("deliveries into Belarus that brought the money: export", _BROUGHT, "2022-03-01",
         "6,3 млн долларов", "metric", "export"),
    Case("«белорусские поставки принесли»: export", _BROUGHT_ADJ, "2022-03-01",
         "4,4 млн долларов", "metric", "export"),
    Case("investment coins are goods the delivery governs", _COINS, "2022-03-01",
         "2,2 млн долларов", "metric", "export"),
    Case("«2020 – 30,6» dates its item", _SERIES, "2022-03-01", "30,6", "year", 2020),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_session29_fact(case: Case, tmp_path: Path) -> None:
    check_fact_case(tmp_path, case)
