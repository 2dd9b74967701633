"""What a figure measures and when, for the causes round 21's dev part showed (session 17,
issue 10): railways, potash logistics, oil supplies, machine-building holdings' statements,
border-region small business, medical procurement, union science programmes, local TV. One
case per cause at least; the texts are written for this test in the style of such news.

- a share of a total told before («На российский рынок пришлось 412 млн», «Крупнейшие
  потребители – …») is of the total's time;
- a byline that opens with a dotted date («14.03.2023 | Экономика | Машиностроение») is a
  byline: the lead is the paragraph after it, and its results report dates the results below;
- a grant or a subsidy with no time of its own is a one-off sum: it takes no year from the
  lead, as credits and purchases do not;
- «год» inside «Вологодская», «выгода» names no time: a list item there takes the time in focus;
- «против» opens a comparison base: «против 9,4 млн годом ранее» dates the base, not the figure;
- a national bank's rate line («100 RUB – 3,8567») holds no money;
- a caption's unit after a comma heads items cut by «;» («Выручка по рынкам, млн руб.: …»);
- a part after «из них» in a smaller scale («…, из них – 300 тыс.») is in the total's currency
  and shares its predicate (a plan word before the total);
- «инвестпрограмма» and «расширение» (of a plant) are investment; «потери» a loss, «other»;
- «$8–9 за тонну»: a sign before the low end covers a bare high end; a price per tonne;
- a contract «подписан в марте», its sentence naming no year: the deal's day, no period, no year.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase as Case
from conftest import facts_by_surface

_STATEMENT = ("«Гомельлифт»: Россия – главный рынок\n"
              "14.03.2023 | Экономика | Машиностроение\n"
              "Холдинг «Гомельлифт» опубликовал финансовую отчетность за 2022 год. Выручка "
              "составила 930 млн рублей.\n"
              "На российский рынок пришлось 412 млн рублей. Крупнейшие потребители – Москва "
              "(160 млн), Ярославская область (48 млн) и Вологодская область (31 млн).\n"
              "Чистая прибыль составила 21,5 млн рублей против 9,4 млн годом ранее.\n")
_GRANT = ("Фонд поддержал фермеров\n"
          "В прошлом году областной фонд поддержки предпринимательства выдал 38 займов.\n"
          "Фермерское хозяйство «Заречье» получило грант 2,5 млн рублей на покупку "
          "белорусских тракторов.\n")
_RATES = ("Удобрения пошли через Усть-Лугу\n"
          "Курсы НБРБ на 10.03.2023: 1 USD – 2,8112; 100 RUB – 3,7420\n"
          "Затраты экспортеров на перевалку в прошлом году выросли до 410 млн рублей.\n")
_MARKETS = ("Станкостроители отчитались\n"
            "Холдинг раскрыл отчетность за 2023 год. Выручка по рынкам, млн руб.: Пермский край "
            "– 640,2; другие регионы России – 1210,5; Беларусь – 88,4.\n")
_PART = ("Малый бизнес получит поддержку\n"
         "В этом году на поддержку малого бизнеса из областного бюджета предусмотрено 2,8 млн "
         "рублей, из них на компенсацию расходов на выставки – 300 тыс.\n")
_PROGRAMME = ("Завод вложится в Вологду\n"
              "Инвестпрограмма холдинга на 2024 год утверждена в объеме 5 млрд руб., в том "
              "числе 40 млн – на расширение сборочного производства.\n")
_LOSSES = ("Нефтяники не договорились\n"
           "По оценке министерства финансов, в 2019 году потери бюджета республики составили "
           "около $250 млн.\n")
_PREMIUM = ("Нефть подорожает\n"
            "В 2020 году российские компании предлагают поставлять нефть с премией на уровне "
            "$8–9 за тонну.\n")
_SIGNED = ("Тепловозы для БЖД\n"
           "Контракт с Брянским машиностроительным заводом на сумму 860 млн российских рублей "
           "подписан в марте, сообщили в пресс-службе дороги.\n")

CASES = [
    Case("a share «на рынок пришлось» is of the total's year", _STATEMENT, "2023-03-14",
         "412 млн рублей", "year", 2022),
    Case("a ranked consumer is of the total's year", _STATEMENT, "2023-03-14", "160 млн",
         "year", 2022),
    Case("«Вологодская» names no time: the item takes the focus's year", _STATEMENT,
         "2023-03-14", "31 млн", "year", 2022),
    Case("«против … годом ранее» dates the base, not the figure", _STATEMENT, "2023-03-14",
         "21,5 млн рублей", "year", 2022),
    Case("… and the base is the year before", _STATEMENT, "2023-03-14", "9,4 млн", "year", 2021),
    Case("a grant takes no year from the lead", _GRANT, "2021-02-10", "2,5 млн рублей", "year",
         None),
    Case("a caption's unit heads «;» items", _MARKETS, "2024-03-20", "640,2", "amount.value",
         640_200_000.0),
    Case("a part after «из них» takes the total's currency", _PART, "2020-07-02", "300 тыс",
         "amount.value", 300_000.0),
    Case("a part after «из них» shares the total's plan word", _PART, "2020-07-02", "300 тыс",
         "forecast", True),
    Case("«инвестпрограмма» is investment", _PROGRAMME, "2024-02-01", "5 млрд руб.", "metric",
         "investment"),
    Case("«на расширение производства» is investment", _PROGRAMME, "2024-02-01", "40 млн",
         "metric", "investment"),
    Case("«потери бюджета» are a loss, other", _LOSSES, "2019-12-20", "около $250 млн", "metric",
         "other"),
    Case("«$8–9» is a range", _PREMIUM, "2019-12-20", "$8–9", "amount.value_high", 9.0),
    Case("«$8–9 за тонну» is a price, other", _PREMIUM, "2019-12-20", "$8–9", "metric", "other"),
    Case("a contract signed in a month has no period", _SIGNED, "2019-04-10",
         "860 млн российских рублей", "period", None),
    Case("… and no year", _SIGNED, "2019-04-10", "860 млн российских рублей", "year", None),
]


def test_a_rate_line_holds_no_money(tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, _RATES, published="2023-03-10")
    assert set(facts) == {"410 млн рублей"}


def test_a_dotted_date_byline_leaves_the_lead_below_it(tmp_path: Path) -> None:
    # the results report under the byline dates the revenue's market share two lines down
    facts = facts_by_surface(tmp_path, _STATEMENT, published="2023-03-14")
    assert facts["412 млн рублей"].year == 2022


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round21_fact(case: Case, tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, case.text, published=case.published)
    fact = facts[case.surface]
    for name in case.field.split("."):
        fact = getattr(fact, name)
    assert fact == case.want
