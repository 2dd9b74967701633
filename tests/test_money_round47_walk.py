"""What a figure measures and when, for the causes found in round 47's dev part (session 31,
issue 10, walk47money). The texts are written for this test in the style of such news.

- «эта цифра», «данная величина» point back to the figure told before, as «этот показатель»
  does: the sentence goes on about it and takes its measure.
- «Ещё N — розничные сети»: a dash after «ещё» and the amount that names, with no verb, who
  took the goods (buyers, dealers, chains, clients: `receivers` of `data/trade_flow_ru.json`)
  tells one more of the figure before, not what the money is; a dash naming money
  («— кредит банка») keeps its own reading.
- plural buyers of a side buying «за рубежом» / «за границей» import (as «закупили в
  России»), and a part «у российских поставщиков» after it is of that import; one company
  buying so stays its own purchase.
- private persons buying in a country (foreigners, tourists, citizens, residents) make retail
  purchases, `other`: no country imports what shoppers buy, as no country buys what farms buy.
- Belarusian goods delivered into a region are its import whatever the word order: the
  region may stand before the delivery word («В область было поставлено белорусских …»).
- money a region gets «из федерального бюджета» is financing also when the budget is named
  after the amount, not budget revenue.
- a deal's length («годовой контракт») is no time of its sum, and a signing month with its
  own year («в июне прошлого года подписали соглашения») dates the deal: no period, the year
  kept.
- a Belarusian paper's bare «рублей» of goods shipped into a Russian region the sentence opens
  with («В Смоленскую область отправили тканей на …», «В Москву ушло …») are the shipper's,
  Belarusian: the region in the accusative is where the goods go, not a Russian party paying;
  a sentence set in a Russian place («В московском магазине её продают за …») stays Russian.
- «(22,1 млн в новых)» after a sum in old rubles restates it in the new ones: BYN.
- a figure set against the one before it with «против» («… против 95 млн в 2018 году») is a
  base: an elliptic figure after it goes on about the figure in focus, of that one's year.
- a whole year named between a part-year figure and the next one of the sentence («в
  январе–марте — 12 млн, а на весь год рассчитывает на 60 млн») leaves the next one no period.
- a price «ещё в январе» set against its level now is the moment the level stood at, no
  period (rounds 22 and 47 agree); a month's average price («в апреле составила») keeps it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase as Case
from conftest import check_fact_case, facts_by_surface

_POINTED = ("Станки из Гомеля\n"
            "В прошлом году завод отгрузил в Беларусь продукции на 200 млн рублей. В этом году, "
            "по оценке дирекции, эта цифра вырастет до 260 млн рублей.\n\n"
            "Экспорт молочной продукции в Россию за полугодие составил 45 млн долларов, выпуск "
            "вырос на 5%. По итогам года данная величина может достичь 95 млн долларов.\n\n"
            "В 2022 году из Беларуси ввезено комплектующих на 12 млн долларов для выпуска "
            "станков. В 2023 году эта цифра сократилась до 9 млн долларов.\n")

_MORE = ("Мебель для соседей\n"
         "Дилерам в Смоленской области фабрика поставила мебели на 3,2 млн долларов. Ещё около "
         "1,1 млн – розничные сети.\n\n"
         "В прошлом году комбинат продал в Россию сыров на 14 млн долларов. Ещё 2,5 млн — "
         "оптовые покупатели из Москвы.\n\n"
         "На модернизацию цеха завод направил 20 млн рублей собственных средств. Ещё 5 млн "
         "рублей — кредит банка.\n")

_ABROAD = ("Пряжа для фабрик\n"
           "В прошлом году предприятия концерна закупили за рубежом пряжи и красителей на $21 "
           "млн, из них у российских поставщиков – на $9 млн. Белорусские заводы приобрели за "
           "границей оборудования на 40 млн евро. ОАО «Текстильщик» закупило за рубежом "
           "красок на $2 млн.\n")

_SHOPPERS = ("Покупки через границу\n"
             "За прошлый год иностранцы купили в России товаров на 5 млрд рублей. Туристы из "
             "Китая приобрели в Беларуси товаров на 12 млн долларов. Жители приграничья "
             "закупили в Беларуси продуктов на 300 млн рублей. Белорусские предприятия "
             "закупили в России металла на $50 млн.\n")

_INTO = ("Белорусская техника в Брянской области\n"
         "В прошлом году в область было поставлено белорусских тракторов на 86 млн рублей. В "
         "Брянскую область за год завезено белорусской мебели на 40 млн рублей. В край "
         "поставлено белорусского молока на 120 млн рублей.\n")

_BUDGET = ("Лекарства для льготников\n"
           "Областной департамент закупит для больниц аппаратов на 40 млн рублей. Ещё 9 млн "
           "рублей район получит на эти цели из областного бюджета. Город получит 15 млн "
           "рублей на ремонт дорог из федерального бюджета. Бюджет района получит от продажи "
           "земли 4 млн рублей.\n")

_DEALS = ("Шины для тракторов\n"
          "В марте завод заключил с МТЗ годовой контракт на поставку шин на сумму 120 млн "
          "рублей. В апреле компания подписала полугодовой договор на 30 млн рублей. В июне "
          "прошлого года области подписали соглашения на общую сумму около 50 млн долларов. В "
          "феврале 2022 года стороны заключили контракт на 12 млн долларов.\n")

_AGAINST = ("Торговля области\n"
            "Товарооборот области с Беларусью в 2019 году составил 80 млн долларов против 95 млн "
            "в 2018 году. Экспорт области – 30 млн долларов.\n\n"
            "Выручка завода в 2021 году составила 12 млн долларов против 10 млн в 2020 году. "
            "Экспорт – 7 млн долларов.\n")

_WHOLE_YEAR = ("Краски для соседей\n"
               "В январе–марте продажи в Россию составили 12 млн рублей, а на весь год компания "
               "рассчитывает на 60 млн рублей. За первое полугодие экспорт составил 5 млн "
               "долларов, а за весь год ожидается 11 млн долларов.\n")

_STILL = ("Цены в магазинах\n"
          "Литр молока сейчас стоит 90 рублей, хотя ещё в марте его цена превышала 110 рублей. "
          "Тонна цемента теперь стоит 5 тыс. рублей, а ещё в мае стоимость составляла 6 тыс. "
          "рублей. Средняя экспортная цена тонны сыра в апреле составила 3 400 долларов.\n")

_LIMIT = ("Фабрика нарастила экспорт в Россию\n"
          "За полгода фабрика поставила в Россию чая на 3 млн долларов. Торговые сети готовы "
          "брать пачку чая не дороже чем за 120 рублей. Оптовики берут ящик не дешевле 900 "
          "рублей. Покупатели согласны платить за набор не дороже, чем 2 тыс. рублей.\n")

_STRUCTURE = ("Минск, 14 октября (БЕЛТА) – Фабрика «Мебельщик» за девять месяцев экспортировала "
              "продукции на $20 млн. Структура экспорта фабрики за январь–сентябрь, млн долларов: "
              "Россия – 12,4; Казахстан – 3,1; прочие страны – 4,5.\n\n"
              "Завод «Оптик» продал за рубеж продукции на $9 млн. Структура поставок по странам, "
              "млн долларов: Россия – 5,5; Польша – 1,2; другие – 2,3.\n")

_CLIENTS = ("Покупки по системе tax free\n"
            "Иностранные туристы за год купили в магазинах Гродно товаров на 20 млн рублей. Из "
            "этой суммы на граждан России пришлось 8 млн рублей, Польши – 5 млн.\n\n"
            "Клиники оказали иностранцам медицинских услуг на 10 млн долларов. Из них на граждан "
            "России пришлось 4 млн долларов.\n\n"
            "Оборот компании – 50 млн рублей, из них 20 млн пришлось на российских заказчиков.\n")

_RULE = ("Возврат налога\n"
         "За 2019 год иностранцам вернули НДС на 5 млн рублей. Минимальная сумма покупки для "
         "возврата налога – 40 рублей. Предельная сумма возврата налога за один день — 900 "
         "рублей. Сумма возмещённого НДС в декабре составила 0,6 млн рублей.\n")

_SHARES = ("Обувь в магазинах\n"
           "Импорт обуви в Россию за год составил 900 млн долларов, из него на Китай пришлось "
           "60%, на Белоруссию – около 80 млн долларов.\n\n"
           "Импорт мебели в Смоленскую область за год составил 50 млн долларов. На Белоруссию "
           "пришлось 30 млн долларов.\n")

CASES = [
    Case("«эта цифра» goes on about the export before it", _POINTED, "2024-05-10",
         "до 260 млн рублей", "metric", "export"),
    Case("«данная величина» too, not the output word before it", _POINTED, "2024-05-10",
         "95 млн долларов", "metric", "export"),
    Case("…and an import's «эта цифра» stays an import", _POINTED, "2024-05-10",
         "9 млн долларов", "metric", "import"),
    Case("«Ещё N — розничные сети» is one more of the delivery before", _MORE, "2021-05-10",
         "около 1,1 млн", "metric", "export"),
    Case("…and so are wholesale buyers", _MORE, "2021-05-10", "2,5 млн", "metric", "export"),
    Case("…while a dash naming a credit keeps it", _MORE, "2021-05-10", "5 млн рублей",
         "metric", "credit"),
    Case("a side's firms buying abroad import", _ABROAD, "2010-03-18", "$21 млн", "metric",
         "import"),
    Case("…and the part from Russian suppliers too", _ABROAD, "2010-03-18", "$9 млн", "metric",
         "import"),
    Case("…and «за границей» as «за рубежом»", _ABROAD, "2010-03-18", "40 млн евро", "metric",
         "import"),
    Case("one company buying abroad makes its own purchase", _ABROAD, "2010-03-18", "$2 млн",
         "metric", "other"),
    Case("foreigners buying in Russia shop, no country imports", _SHOPPERS, "2020-02-11",
         "5 млрд рублей", "metric", "other"),
    Case("…nor do tourists", _SHOPPERS, "2020-02-11", "12 млн долларов", "metric", "other"),
    Case("…nor residents", _SHOPPERS, "2020-02-11", "300 млн рублей", "metric", "other"),
    Case("a side's firms buying in a country still import", _SHOPPERS, "2020-02-11", "$50 млн",
         "metric", "import"),
    Case("goods delivered «в область» told before the verb are its import", _INTO, "2026-04-14",
         "86 млн рублей", "metric", "import"),
    Case("…a named region before the verb too", _INTO, "2026-04-14", "40 млн рублей", "metric",
         "import"),
    Case("…and «в край»", _INTO, "2026-04-14", "120 млн рублей", "metric", "import"),
    Case("money a district gets from a budget named after it is financing", _BUDGET,
         "2026-04-14", "9 млн рублей", "metric", "financing"),
    Case("…a city's too", _BUDGET, "2026-04-14", "15 млн рублей", "metric", "financing"),
    Case("…while a budget taking money in is its revenue", _BUDGET, "2026-04-14",
         "4 млн рублей", "metric", "other"),
    Case("a year-long contract signed in a month has no period", _DEALS, "2023-05-16",
         "120 млн рублей", "period", None),
    Case("…nor a year", _DEALS, "2023-05-16", "120 млн рублей", "year", None),
    Case("…nor a half-year contract", _DEALS, "2023-05-16", "30 млн рублей", "period", None),
    Case("a signing month with its year gives no period", _DEALS, "2023-05-16",
         "около 50 млн долларов", "period", None),
    Case("…but keeps the year", _DEALS, "2023-05-16", "около 50 млн долларов", "year", 2022),
    Case("…a stated year too", _DEALS, "2023-05-16", "12 млн долларов", "period", None),
    Case("…kept", _DEALS, "2023-05-16", "12 млн долларов", "year", 2022),
    Case("a base set against with «против» is no focus: the figure after takes the first's year",
         _AGAINST, "2020-03-18", "30 млн долларов", "year", 2019),
    Case("…a firm's too", _AGAINST, "2022-03-18", "7 млн долларов", "year", 2021),
    Case("«а на весь год» after a part-year figure: no period", _WHOLE_YEAR, "2010-03-18",
         "60 млн рублей", "period", None),
    Case("…the part-year figure keeps its own", _WHOLE_YEAR, "2010-03-18", "12 млн рублей",
         "period", "январь–март"),
    Case("…«а за весь год» too", _WHOLE_YEAR, "2010-03-18", "11 млн долларов", "period", None),
    Case("a price «ещё в марте» is a moment, no period", _STILL, "2024-06-10",
         "превышала 110 рублей", "period", None),
    Case("…«ещё в мае» too", _STILL, "2024-06-10", "6 тыс. рублей", "period", None),
    Case("…a month's average price keeps its month", _STILL, "2024-06-10", "3 400 долларов",
         "period", "апрель"),
    Case("«не дороже чем за» a sum is a price", _LIMIT, "2016-09-20", "120 рублей", "metric",
         "other"),
    Case("…with no time of the trade figure before", _LIMIT, "2016-09-20", "120 рублей",
         "period", None),
    Case("…«не дешевле» too", _LIMIT, "2016-09-20", "900 рублей", "metric", "other"),
    Case("…«не дороже, чем» too", _LIMIT, "2016-09-20", "2 тыс. рублей", "metric", "other"),
    Case("the Russia item of «Структура экспорта …:» is the export into Russia", _STRUCTURE,
         "2013-10-14", "12,4", "flow", "BY→RU"),
    Case("…a third country's is other", _STRUCTURE, "2013-10-14", "3,1", "flow", "other"),
    Case("…and «Структура поставок по странам:» too", _STRUCTURE, "2013-10-14", "5,5", "flow",
         "BY→RU"),
    Case("shoppers of a country are a part of the purchase before", _CLIENTS, "2020-02-11",
         "8 млн рублей", "metric", "other"),
    Case("…and so is the next country's", _CLIENTS, "2020-02-11", "5 млн", "metric", "other"),
    Case("…while patients of a country are a part of the services export", _CLIENTS,
         "2020-02-11", "4 млн долларов", "metric", "export"),
    Case("a seller's Russian clients' share is its export", _CLIENTS, "2020-02-11", "20 млн",
         "metric", "export"),
    Case("a rule's minimum sum keeps no year of the figures before", _RULE, "2020-02-11",
         "40 рублей", "year", None),
    Case("…nor a maximum one", _RULE, "2020-02-11", "900 рублей", "year", None),
    Case("…while a tax refunded over a month is of its time", _RULE, "2020-02-11",
         "0,6 млн рублей", "period", "декабрь"),
    Case("a share of an import falling on Belarus comes from it", _SHARES, "2012-06-15",
         "около 80 млн долларов", "flow", "BY→RU"),
    Case("…and the whole split so is every origin's", _SHARES, "2012-06-15", "900 млн долларов",
         "flow", "other"),
    Case("…a region's import's share too", _SHARES, "2012-06-15", "30 млн долларов", "flow",
         "BY→RU"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round47_readings(tmp_path: Path, case: Case) -> None:
    check_fact_case(tmp_path, case)


_SHIPPED = ("Гомельские ткани в России\n"
            "ООО «Полесьеткань» за полгода продало на экспорт продукции на 9 млн рублей. В "
            "Смоленскую область отправили тканей на 2 млн рублей, в Брянскую – на 1,5 млн. В "
            "Москву за год ушло скатертей на 3 млн рублей. В Краснодарский край фабрика "
            "поставила штор на 4 млн рублей.\n\n"
            "В московском магазине скатерть продают за 900 рублей.\n")

_NEW_RUBLES = ("Борисов, 12 сентября (БЕЛТА) – Выручка комбината за 2015 год составила 150 млрд "
               "неденоминированных рублей (15 млн в новых). Прибыль – 30 млрд "
               "неденоминированных рублей (3 млн в новых рублях).\n")


@pytest.mark.parametrize(("surface", "currency"), [
    ("2 млн рублей", "BYN"), ("1,5 млн", "BYN"), ("3 млн рублей", "BYN"), ("4 млн рублей", "BYN"),
    ("900 рублей", "RUB")])
def test_shipped_into_a_region_in_the_shippers_rubles(tmp_path: Path, surface: str,
                                                       currency: str) -> None:
    facts = facts_by_surface(tmp_path, _SHIPPED, published="2017-08-10",
                             source="Гомельская правда")
    assert facts[surface].amount.currency == currency


@pytest.mark.parametrize(("surface", "currency"), [
    ("150 млрд неденоминированных рублей", "BYR"), ("15 млн", "BYN"), ("3 млн", "BYN")])
def test_restated_in_new_rubles(tmp_path: Path, surface: str, currency: str) -> None:
    facts = facts_by_surface(tmp_path, _NEW_RUBLES, published="2016-09-12", source="БЕЛТА")
    assert facts[surface].amount.currency == currency
