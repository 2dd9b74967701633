"""What a figure measures and when, for the causes round 19's dev part showed (session 16,
issue 10): insurance market news, marketplaces, trade-scheme investigations, district papers'
business pages, sport and culture funding. Each case names its class; the texts are written
for this test in the style of such news.

- an insurer's premiums, payouts and fees are its own business (`other`), not the exports it
  insures nor the state support «возмещение» names; «договор страхования» is a policy, not a
  trade agreement; a trader's mark-up or margin is a price;
- a fee for a service («вознаграждение за услуги по контрактному производству») is `other`,
  not the output it pays for; «комбайн гомельского производства» names where it was made;
- «средний чек», «средний заказ» are an average purchase, a price: `other` and no year of the
  trade figures before them;
- a seller's turnover («оборот белорусских продавцов на площадке», «оборот компании») is its
  sales, `other`, not a trade flow between countries;
- «что на 14% больше, чем годом ранее» compares the figure with a base: the figure's own time
  is still the one told before («по итогам прошлого года»); a «прошлый год» counted from a
  guessed publication date is no year for the figures after it either;
- a deadline in a later year than the publication («инвестирует до конца 2025 года» written
  in 2024) is a span of years, no year; «до конца 2024 года» written in 2024 is that year;
- a sentence that ranks the shares of a total told before («Крупнейшим поставщиком стал …»,
  «на втором месте», «наибольший объём пришёлся на …») is of the total's time, not of the
  comparison told between them («за аналогичный период прошлого года»);
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase as Case
from conftest import facts_by_surface

_INSURER = ("Страховщик подвёл итоги полугодия\n"
            "Госагентство за январь–июнь застраховало экспортные контракты белорусских "
            "заводов на $520 млн. Страховые премии за этот период составили 14,2 млн рублей. "
            "Выплаты страхового возмещения достигли 3,8 млн рублей.\n"
            "Российские компании выплатили по договорам страхования грузов 95 млн рублей.\n")
_MARGIN = ("Схема через посредника\n"
           "Посредник покупает оборудование в Турции и перепродаёт его российскому заводу. "
           "Маржа по одной сделке доходит до 2 млн рублей.\n")
_RANKING = ("Мебельщики нарастили поставки\n"
            "Белорусские фабрики за январь–март 2022 года заключили с российскими сетями "
            "контракты на 2,4 млрд рублей. За аналогичный период прошлого года этот показатель "
            "составлял 1,6 млрд рублей.\n"
            "Крупнейшим поставщиком стало ЗАО «Мебель-Полесье»: его контракты составили 520 млн "
            "рублей. Наибольший объём закупок пришёлся на Москву — 610 млн рублей.\n")
_SELLERS = ("Маркетплейс подвёл итоги\n"
            "В прошлом году оборот белорусских продавцов на площадке составил 3,2 млрд рублей. "
            "Товарооборот России и Беларуси в том же году достиг $45 млрд.\n")
_BASE = ("Концерн подвёл итоги\n"
         "Предприятия концерна по итогам прошлого года экспортировали продукции на $300 млн.\n"
         "По словам председателя, экспорт в Россию составил около $250 млн, что на 12% больше, "
         "чем годом ранее.\n")
_DEADLINE = ("Маркетплейс расширит склады\n"
             "Компания до конца 2025 года инвестирует в складскую сеть в Беларуси около $40 млн. "
             "До конца 2024 года на первую очередь будет направлено $15 млн.\n")
_FEE = ("Контрактное производство\n"
        "Вознаграждение за услуги по контрактному производству за январь–сентябрь составило "
        "3,1 млн долларов.\n")
_MADE_IN = ("Новая техника\n"
            "В хозяйство поступил кормоуборочный комбайн гомельского производства на 31,5 млн "
            "рублей.\n")
_AVERAGE = ("Продавцы из Беларуси на маркетплейсе\n"
            "Экспорт белорусских товаров через площадку в Россию за первое полугодие 2023 года "
            "достиг 12 млрд рублей. Средний чек белорусского продавца — 1 320 рублей. Средний "
            "заказ из Минска — 980 рублей.\n")

CASES = [
    Case("insured exports stay export", _INSURER, "2022-07-20", "$520 млн", "metric", "export"),
    Case("an insurer's premiums are other", _INSURER, "2022-07-20", "14,2 млн рублей", "metric",
         "other"),
    Case("an insurance payout is not state support", _INSURER, "2022-07-20", "3,8 млн рублей",
         "metric", "other"),
    Case("an insurance contract is a policy, not a trade agreement", _INSURER, "2022-07-20",
         "95 млн рублей", "metric", "other"),
    Case("a ranked share takes the total's year", _RANKING, "2022-04-15", "520 млн рублей",
         "year", 2022),
    Case("a ranked share takes the total's period", _RANKING, "2022-04-15", "520 млн рублей",
         "period", "январь–март"),
    Case("the largest buyer's share takes the total's period", _RANKING, "2022-04-15",
         "610 млн рублей", "period", "январь–март"),
    Case("a sellers' turnover is their sales", _SELLERS, "2024-02-10", "3,2 млрд рублей",
         "metric", "other"),
    Case("the two countries' turnover stays trade", _SELLERS, "2024-02-10", "$45 млрд",
         "metric", "trade_turnover"),
    Case("a comparison with the year before is no time of the figure's", _BASE, "2024-02-20",
         "около $250 млн", "year", 2023),
    Case("a deadline in a later year fixes no year", _DEADLINE, "2024-10-02", "около $40 млн",
         "year", None),
    Case("a deadline in the publication year is that year", _DEADLINE, "2024-10-02", "$15 млн",
         "year", 2024),
    Case("a fee for contract manufacturing is other", _FEE, "2018-10-20", "3,1 млн долларов",
         "metric", "other"),
    Case("a town's «производства» is where a machine was made", _MADE_IN, "2018-06-09",
         "31,5 млн рублей", "metric", "other"),
    Case("an average purchase is a price", _AVERAGE, "2023-07-12", "1 320 рублей", "metric",
         "other"),
    Case("an average purchase keeps no year of the trade figure", _AVERAGE, "2023-07-12",
         "1 320 рублей", "year", None),
    Case("an average order is no order placed", _AVERAGE, "2023-07-12", "980 рублей", "metric",
         "other"),
    Case("a trader's margin is other", _MARGIN, "2023-12-05", "до 2 млн рублей", "metric", "other"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round19(tmp_path: Path, case: Case) -> None:
    fact = facts_by_surface(tmp_path, case.text, published=case.published)[case.surface]
    assert getattr(fact, case.field) == case.want


def test_last_year_from_a_guessed_date_is_no_year(tmp_path: Path) -> None:
    # no publication date: «за прошлый год» cannot be counted, nor handed to the figure after
    text = ("Шинный завод отчитался\n"
            "ОАО «Шинник» сообщило о результатах работы за прошлый год.\n"
            "Экспорт шин достиг 210 млн долларов, что на 20 млн долларов больше, чем годом "
            "ранее.\n"
            "В 2026–2030 годах завод планирует вложить в модернизацию 300 млн рублей.\n")
    assert facts_by_surface(tmp_path, text)["210 млн долларов"].year is None
