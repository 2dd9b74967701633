"""Which year and period a figure takes, and the tables told in one sentence, for the causes
round 16's dev part showed (session 15, issue 10): statistics releases, bulletins, renewal
reports, exchange news, rankings. Each case names its class; the texts are written for this
test in the style of such news.

- a byline paragraph under the headline («Омскстат | Новости | 14.08.2023», «Омск, 9
  февраля 2018 г. — Пресс-служба») is no lead: the lead is the first paragraph that tells;
- «больше, чем в январе–июне 2022 года» is a comparison base, not the figure's own time;
- a figure inside a bracket («(в январе–сентябре прошлого года – 610,2 млн)») is a base:
  the next figure's time stays on the one outside it; a time inside a bracket closed
  before the amount is the bracket's figure's;
- a bracket right after a figure that dates it («(данные за 2017 год)») gives its year, and
  a table cell's note («1,12 (январь–ноябрь)») its period;
- a volume of deals («объём заключённых сделок») takes the time before it, as trade does;
- «Основная доля пришлась на …», «В денежном выражении …» go on about what came before;
- «а в следующем выйти на …» with «год» left out is next year; «на конец года» with no year
  named is the end of the year in focus;
- a time told in the next figure's clause («…, который в прошлом году составил 12,9 млрд»)
  is that figure's;
- a table told in one sentence («(млн долл. США): машины – 41,6 (28,1); …») is read cell by
  cell in the bracket's unit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

import pytest
from conftest import facts_by_surface


class Case(NamedTuple):
    name: str
    text: str
    published: str
    surface: str
    want: dict[str, Any]  # the fact's fields (metric, year, period) and the amount's value


_STATS = ("О внешней торговле Омской области с Беларусью\n"
          "Омскстат | Главная / Новости | 14.08.2023 | Версия для слабовидящих\n"
          "Внешнеторговый оборот области в январе–июне 2023 года составил 512,4 млн долларов.\n"
          "Товарооборот с белорусскими партнёрами составил 210,6 млн долл., что на 8,1% больше, "
          "чем в январе–июне 2022 года (194,8 млн долл.).\n"
          "Основные товарные группы экспорта в Беларусь (млн долл. США; в скобках – в % к "
          "итогу): машины и оборудование – 31,2 (26,4); продовольственные товары – 27,5 (23,3); "
          "древесина – 10,3 (8,7).\n")
_RELEASE = ("Итоги обновления парка техники\n"
            "Омск, 9 февраля 2018 г. — Пресс-служба министерства\n"
            "В прошлом году аграрии области приобрели 640 единиц техники на сумму 4 млрд 210 млн "
            "рублей.\n"
            "Господдержка на обновление парка по источникам (тыс. рублей): федеральный бюджет – "
            "152 400; областной бюджет – 88 100.\n"
            "По линии АО «Росагролизинг» хозяйства получили в лизинг 98 единиц техники на 615 млн "
            "рублей.\n")
_REGIONS = ("Внешняя торговля товарами области за январь–сентябрь\n"
            "Гродно, 15.11.2021. Поставки товаров в Россию за девять месяцев текущего года "
            "составили 655,1 млн долларов (в январе–сентябре прошлого года – 610,2 млн долларов). "
            "Импорт из России – 388,4 млн долларов.\n"
            "Справочно: по итогам 2020 года товарооборот с регионами составил: Смоленская область "
            "– 410,2 млн долларов; Брянская область – 250,7 млн (в 2019 г. – 231,5 млн); "
            "Псковская область – 61,3 млн.\n")
_RANKING = ("Крупнейшие экспортёры на российский рынок\n"
            "Экспорт указан за 2018 год. Выручка – в белорусских рублях.\n"
            "7. «Гродно Азот» – экспорт в Россию 175 млн долларов.\n"
            "8. «Санта Бремор» – экспорт свыше 140 млн долларов (данные за 2017 год).\n")
_TOP = ("Какие регионы больше торгуют с Беларусью\n"
        "ТОП-5 РЕГИОНОВ (товарооборот с Беларусью, 2024 г., млрд долл.)\n"
        "1. Москва – 10,9\n"
        "2. Московская область – 4,2\n"
        "3. Свердловская область – 1,08 (январь–ноябрь)\n"
        "4. Челябинская область – 0,83 (данные за 2023 г.)\n")
_EXCHANGE = ("Биржа подвела итоги года\n"
             "Биржа подвела итоги торгов белорусским топливом за прошлый год. Совокупный объём "
             "сделок составил 390 тыс. тонн на сумму 22,6 млрд рублей.\n"
             "Основная доля пришлась на дизельное топливо: 240 тыс. тонн на 13,8 млрд рублей.\n")
_MARKET = ("Рынок грузовиков\n"
           "По итогам прошлого года в России продано 71,4 тыс. новых грузовиков. В денежном "
           "выражении рынок оценивается примерно в 455 млрд рублей.\n")
_TARGET = ("Вестник отделения\n"
           "«Наша цель на этот год – довести товарооборот с областью до 650 млн долларов, а в "
           "следующем выйти на 750 млн», – сообщил руководитель отделения.\n")

_AUDIT = ("Проверка союзного бюджета\n"
          "Счётная палата | Пресс-релиз | 18 июня 2020 года\n"
          "Расходы бюджета Союзного государства в 2019 году исполнены в сумме 4,6 млрд рублей. "
          "Не освоено на конец года 398,2 млн рублей.\n")
_TEN = ("Десять крупнейших экспортёров\n"
        "Издание | Рейтинги | 20.05.2020\n"
        "Экспорт указан за 2019 год.\n"
        "Всего на десятку пришлось порядка 4,1 млрд долларов, или около 31% белорусского "
        "экспорта в Россию, который в позапрошлом году составил 13,2 млрд долларов.\n")

CASES = [
    Case("byline is no lead: a table cell takes the lead's year", _RELEASE, "2018-02-09",
         "152 400", {"value": 152_400_000.0, "metric": "financing", "year": 2017}),
    Case("byline is no lead: a later paragraph takes the lead's year", _RELEASE, "2018-02-09",
         "615 млн рублей", {"metric": "financing", "year": 2017}),
    Case("comparison base is not the figure's time", _STATS, "2023-08-14",
         "210,6 млн долл.", {"year": 2023, "period": "январь–июнь"}),
    Case("table in one sentence", _STATS, "2023-08-14",
         "27,5", {"value": 27_500_000.0, "metric": "export", "year": 2023}),
    Case("a bracket's figure is a base", _REGIONS, "2021-11-15",
         "388,4 млн долларов", {"year": 2021}),
    Case("a time in a closed bracket is its own figure's", _REGIONS, "2021-11-15",
         "61,3 млн", {"year": 2020}),
    Case("a bracket that dates the figure", _RANKING, "2019-05-22",
         "свыше 140 млн долларов", {"year": 2017}),
    Case("a table cell's note gives its period", _TOP, "2025-03-04",
         "1,08", {"year": 2024, "period": "январь–ноябрь"}),
    Case("a table cell's note gives its year", _TOP, "2025-03-04",
         "0,83", {"year": 2023}),
    Case("a volume of deals takes the time before", _EXCHANGE, "2024-02-12",
         "22,6 млрд рублей", {"metric": "agreements", "year": 2023}),
    Case("the main share goes on about the figure before", _EXCHANGE, "2024-02-12",
         "13,8 млрд рублей", {"year": 2023}),
    Case("in money terms goes on about the quantity before", _MARKET, "2021-02-10",
         "455 млрд рублей", {"year": 2020}),
    Case("at the end of the year in focus", _AUDIT, "2020-06-18",
         "398,2 млн рублей", {"year": 2019}),
    Case("the next figure's clause keeps its own time", _TEN, "2020-05-20",
         "порядка 4,1 млрд долларов", {"year": 2019}),
    Case("in the next one, with «год» left out", _TARGET, "2017-08-14",
         "750 млн", {"year": 2018, "forecast": True}),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round16_time(tmp_path: Path, case: Case) -> None:
    fact = facts_by_surface(tmp_path, case.text, published=case.published)[case.surface]
    got = {k: (fact.amount.value if k == "value" else getattr(fact, k)) for k in case.want}
    assert got == case.want
