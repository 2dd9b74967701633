"""What a figure measures and when, for the causes round 22's dev part showed (session 18,
issue 10): steel, chemicals, produce, phytosanitary disputes, education money, exporters'
newsletters, airlines, a development agency's blog. One case per cause at least; the texts
are written for this test in the style of such news.

- a loss («убытки»), a claim («иск»), a fee («плата») and rent («аренда») are other;
- a sum «в месяц» is a rate (a lease payment, a stipend): other, unless a contract governs it;
- money given «в кредит» later in its clause is a credit, not the verb's financing;
- a noun governs a genitive after it, never a word only in the nominative or accusative
  («наложил на одного из импортеров штраф»: the fine);
- «Его стоимость оценивается в …» after a sentence on building a terminal: the cost of
  building it, an investment and a plan;
- a credit got in a month with no year, and a sum a court awards in one: no period, no year;
- a country as the subject of a trade verb («Россия закупила …») and Russian buyers as a whole
  («российским потребителям») are national: no region carried over;
- a list's heading with a period and no year («(янв.–авг., млн долл.)»): the year of writing;
- a share told for a list of destinations («на рейсы в A, B и C пришлось …») is of the
  total's time;
- a price table keeps no year of the text before it;
- a part «, из которых …» with no verb shares its total's predicate;
- a sale to a dative buyer of the other side («продали белорусским комбинатам») is export;
- one buyer buying in a country («ОАО … закупило в России») is its purchase, other.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase as Case
from conftest import facts_by_surface

_DISPUTE = ("Спор о поставках молока дошел до суда\n"
            "По оценке союза переработчиков, убытки молочных комбинатов от запрета оценивались "
            "в 2,4 млн долларов.\n"
            "Дистрибьютор подал иск на 1,1 млн долларов. Хозяйственный суд в апреле обязал "
            "ответчика выплатить 640 тыс. рублей основного долга. Позже суд наложил на одного "
            "из импортеров штраф в размере 90 тыс. рублей.\n")
_AIRPORT = ("Аэропорт Витебска расширяется\n"
            "Выручка аэропорта в 2022 году составила 48 млн рублей. Лизинговые платежи за два "
            "самолета составляют около 150 тыс. долларов в месяц.\n"
            "Аэропорт готовится к строительству нового грузового терминала. Его стоимость "
            "оценивается в 70 млн долларов.\n")
_FARM = ("Тепличный комбинат обновляется\n"
         "В минувшем году комбинат вложил в новые теплицы 30 млн рублей, еще 8 млн евро "
         "предприятию выделил в кредит Банк развития. В мае комбинат получил кредит на "
         "4 млн рублей. Плата за аренду склада – 60 тыс. рублей.\n")
_STIPEND = ("Студентам добавят стипендию\n"
            "Размер стипендии для иностранных студентов составляет 6 тыс. рублей в месяц.\n")
_SUPPLY = ("Поставки по договору\n"
           "Минский комбинат заключил договор поставки на сумму 12 млн рублей в месяц.\n")
_FLOW = ("Торговля растет\n"
         "В январе–мае экспорт Беларуси в Россию в среднем составлял $1,6 млрд в месяц.\n")
_LEASE = ("Лизинг техники\n"
          "В прошлом году компания передала аграриям в финансовую аренду техники на "
          "2,3 млрд рублей.\n")
_APPLES = ("Яблоки дешевеют\n"
           "За январь–июль импорт фруктов из Беларуси в Псковскую область составил $21,3 млн. "
           "Всего за семь месяцев Россия закупила белорусских фруктов почти на $250 млн.\n")
_PIPES = ("Трубы из Жлобина\n"
          "Брянская область в прошлом году нарастила закупки белорусского металла. Завод "
          "отгрузил российским потребителям проката на 1,9 млрд рублей.\n")
_NEWSLETTER = ("ЭКСПОРТНЫЙ ВЕСТНИК\n"
               "Выпуск № 12 от 14 июня 2021 г.\n"
               "— ТОВАРООБОРОТ С РЕГИОНАМИ (янв.–апр., млн долл.):\n"
               "Брянская область – 210,5;\n"
               "Калужская область – 64,2.\n")
_AIRLINE = ("Авиакомпания подвела итоги 2020 года\n"
            "Выручка перевозчика в 2020 году составила $210 млн.\n"
            "На рейсы в Москву, Сочи, Казань и Самару пришлось около $70 млн.\n")
_PRICES = ("Прокат дорожает\n"
           "В прошлом году завод отгрузил в Россию продукции на 2,1 млрд рублей.\n"
           "Цены на белорусский прокат (руб./т с НДС, склад):\n"
           "Арматура 12 мм – 51 300\n"
           "Катанка 6,5 мм – 49 800\n")
_SCRAP = ("Лом уходит в Беларусь\n"
          "Заготовители Смоленской области в 2022 году продали белорусским меткомбинатам лома "
          "на сумму около 1 млрд 400 млн рублей.\n")
_TYRES = ("Шинники закупают сырье\n"
          "ОАО «Бобруйский шинный завод» в прошлом году закупило в России сырья на сумму около "
          "90 млн долларов.\n"
          "В 2022 году белорусские предприятия закупили в России оборудования на 3 млрд рублей.\n"
          "Курская область в прошлом году закупила в Беларуси тракторов на 1,2 млрд рублей.\n")
_FUND = ("Фонд поддержит цех\n"
         "В Гродно начато строительство цеха: его стоимость составит 12 млн евро, из которых "
         "7 млн евро – кредит банка.\n")

CASES = [
    Case("«убытки» are a loss, other", _DISPUTE, "2020-05-12", "2,4 млн долларов", "metric",
         "other"),
    Case("«иск» is a claim, other", _DISPUTE, "2020-05-12", "1,1 млн долларов", "metric",
         "other"),
    Case("a court's award in a month has no period", _DISPUTE, "2020-05-12", "640 тыс. рублей",
         "period", None),
    Case("… and no year", _DISPUTE, "2020-05-12", "640 тыс. рублей", "year", None),
    Case("«на одного из импортеров штраф»: the fine governs", _DISPUTE, "2020-05-12",
         "90 тыс. рублей", "metric", "other"),
    Case("a lease payment «в месяц» is other", _AIRPORT, "2023-03-01", "около 150 тыс. долларов",
         "metric", "other"),
    Case("«Его стоимость» after building a terminal is an investment", _AIRPORT, "2023-03-01",
         "70 млн долларов", "metric", "investment"),
    Case("… and «оценивается» makes it a plan", _AIRPORT, "2023-03-01", "70 млн долларов",
         "forecast", True),
    Case("«выделил в кредит» is a credit", _FARM, "2022-02-01", "8 млн евро", "metric", "credit"),
    Case("a credit got in a month with no year has no period", _FARM, "2022-02-01",
         "4 млн рублей", "period", None),
    Case("… and no year", _FARM, "2022-02-01", "4 млн рублей", "year", None),
    Case("«плата за аренду» is other", _FARM, "2022-02-01", "60 тыс. рублей", "metric", "other"),
    Case("a stipend «в месяц» is other", _STIPEND, "2021-09-01", "6 тыс. рублей", "metric",
         "other"),
    Case("a contract's value per month stays the contract's", _SUPPLY, "2021-09-01",
         "12 млн рублей", "metric", "agreements"),
    Case("a trade flow per month stays a trade flow", _FLOW, "2023-06-20", "$1,6 млрд",
         "metric", "export"),
    Case("«финансовая аренда» is leasing, no rent", _LEASE, "2023-02-01", "2,3 млрд рублей",
         "metric", "financing"),
    Case("«Россия закупила» is national", _APPLES, "2019-09-10", "$250 млн", "region",
         None),
    Case("«российским потребителям» is national", _PIPES, "2019-03-01", "1,9 млрд рублей",
         "region", None),
    Case("a heading's period with no year takes the year of writing", _NEWSLETTER, "",
         "210,5", "year", 2021),
    Case("a share for a list of destinations is of the total's year", _AIRLINE, "2021-04-02",
         "около $70 млн", "year", 2020),
    Case("a price table keeps no year of the text before", _PRICES, "2019-03-01", "51 300",
         "year", None),
    Case("a sale to «белорусским меткомбинатам» is export", _SCRAP, "2023-02-01",
         "около 1 млрд 400 млн рублей", "metric", "export"),
    Case("one buyer buying «в России» is other", _TYRES, "2023-03-01", "около 90 млн долларов",
         "metric", "other"),
    Case("Belarusian companies buying «в России» stay import", _TYRES, "2023-03-01",
         "3 млрд рублей", "metric", "import"),
    Case("a region buying «в Беларуси» stays its import", _TYRES, "2023-03-01",
         "1,2 млрд рублей", "metric", "import"),
    Case("a part «, из которых» shares its total's plan", _FUND, "2023-03-01", "7 млн евро",
         "forecast", True),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round22_fact(case: Case, tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, case.text, published=case.published)
    fact = facts[case.surface]
    for name in case.field.split("."):
        fact = getattr(fact, name)
    assert fact == case.want
