"""What a figure measures and when, for the causes round 17's dev part showed (session 15,
issue 10): settlements in national currencies, construction contracts, trade in services,
state loans, chambers of commerce, investor presentations. Each case names its class; the
texts are written for this test in the style of such news.

- «кредитная организация» is a bank: money held in one is no credit;
- «обороты по (корреспондентским) счетам» is a bank account's flow, no trade turnover (also
  in a headline the body takes its topic from);
- «экспортная цена» is a price (`other`), the adjective is no export;
- «контракт / договор / соглашение на поставку … — X» is the contract's value (agreements),
  the delivery it names is no cue of its own;
- a building's cost («жилой дом, школа стоимостью») is an investment, as a plant's is;
- a bare «выпуск» placed («разместил выпуск на») or in a paragraph on bonds («Объём выпуска —
  …») is a bond issue: credit, not output; «выпуск продукции» stays output;
- a price told elliptically after trade figures («Средняя стоимость путёвки — 1 600 рублей»)
  keeps no year of theirs;
- «План завода на год — экспорт на …»: the year in focus, as «план на год»;
- the time after an earlier amount's dash («600 млн — в сентябре и 400 млн — в декабре») is
  that amount's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase as Case
from conftest import facts_by_surface

_CORRESPONDENT = ("Белорусские банки держат больше рублей в России\n"
                  "Остатки на счетах белорусских банков в российских кредитных организациях на 1 "
                  "июля составили 74 млрд рублей против 52 млрд рублей годом ранее.\n")
_ACCOUNT_FLOWS = ("Обороты по корсчетам в рублях выросли на треть\n"
                  "МИНСК, 3 марта. Объём операций банков по корреспондентским счетам в "
                  "российских рублях в прошлом году составил эквивалент 18,2 млрд долларов.\n")
_ACCOUNT_FLOWS_BODY = ("Рублёвые расчёты банков\n"
                       "Обороты по счетам белорусских банков в российских рублях за квартал "
                       "составили 4,6 млрд долларов в эквиваленте.\n")
_PRICE = ("Мебельщики нарастили поставки\n"
          "За полугодие фабрика отгрузила в Россию мебели на 12,4 млн долларов. Средняя "
          "экспортная цена кухонного гарнитура выросла до 1 350 долларов.\n")
_SUPPLY_LIST = ("Делегация Брянской области подписала в Гомеле 8 документов на 1,6 млрд рублей\n"
                "По итогам переговоров подписаны договоры и соглашения. Среди них:\n"
                "• контракт АО «Брянские моторы» с ОАО «Гомельский литейный завод» на поставку "
                "отливок — 420 млн рублей;\n"
                "• соглашение о поставке в область белорусских удобрений — 260 млн рублей.\n")
_BUILDING = ("Белорусская компания построит в Смоленске поликлинику\n"
             "В прошлом году подрядчик сдал в Смоленске жилой дом стоимостью 480 млн рублей.\n")
_BONDS = ("Завод готовит облигации\n"
          "ОАО «Полесский сыр» опубликовало проспект эмиссии облигаций в российских рублях. "
          "Объём выпуска — 1,5 млрд рублей, срок обращения — два года.\n"
          "Выпуск продукции за год составил 3,2 млрд рублей.\n")
_BOND_PLACED = ("Белорусские компании выходят на Мосбиржу\n"
                "В октябре дебютный выпуск на 2 млрд рублей разместил Гродненский завод.\n")
_SANATORIUM = ("Санатории заработали на россиянах\n"
               "Экспорт санаторно-курортных услуг в прошлом году составил 96 млн рублей. "
               "Средняя стоимость путёвки — 1 450 рублей.\n")
_PLAN = ("Кондитеры наращивают экспорт\n"
         "С начала года фабрика отгрузила в Брянскую область продукции на 7,2 млн рублей.\n"
         "План фабрики на год — экспорт на 14 млн рублей, из них в Россию — свыше 10 млн.\n")
_TRANCHES = ("Россия выдала кредит\n"
             "В 2022 году Россия предоставила Беларуси кредит двумя траншами: 700 млн долларов "
             "— в июне и 300 млн — в ноябре.\n")

CASES = [
    Case("a credit organisation is a bank", _CORRESPONDENT, "2024-08-02",
         "74 млрд рублей", "metric", "other"),
    Case("a credit organisation is a bank (the base)", _CORRESPONDENT, "2024-08-02",
         "52 млрд рублей", "metric", "other"),
    Case("account flows in the headline are no trade", _ACCOUNT_FLOWS, "2020-03-03",
         "18,2 млрд долларов", "metric", "other"),
    Case("account flows are no trade", _ACCOUNT_FLOWS_BODY, "2020-03-03",
         "4,6 млрд долларов", "metric", "other"),
    Case("an export price is a price", _PRICE, "2019-08-01", "1 350 долларов", "metric", "other"),
    Case("the exports before it stay exports", _PRICE, "2019-08-01",
         "12,4 млн долларов", "metric", "export"),
    Case("a supply contract in a list is the contract", _SUPPLY_LIST, "2019-05-24",
         "420 млн рублей", "metric", "agreements"),
    Case("a supply agreement in a list is the agreement", _SUPPLY_LIST, "2019-05-24",
         "260 млн рублей", "metric", "agreements"),
    Case("a building's cost is an investment", _BUILDING, "2022-07-19",
         "480 млн рублей", "metric", "investment"),
    Case("a bond issue's volume is a credit", _BONDS, "2024-03-21",
         "1,5 млрд рублей", "metric", "credit"),
    Case("output named by its goods stays output", _BONDS, "2024-03-21",
         "3,2 млрд рублей", "metric", "production"),
    Case("a placed issue is a credit", _BOND_PLACED, "2024-11-20",
         "2 млрд рублей", "metric", "credit"),
    Case("an elliptic price keeps no year", _SANATORIUM, "2023-03-15",
         "1 450 рублей", "year", None),
    Case("the sales before it keep theirs", _SANATORIUM, "2023-03-15",
         "96 млн рублей", "year", 2022),
    Case("a plan for the year with its owner", _PLAN, "2024-09-12",
         "14 млн рублей", "year", 2024),
    Case("its part too", _PLAN, "2024-09-12", "свыше 10 млн", "year", 2024),
    Case("the second tranche's own month", _TRANCHES, "2023-02-01", "300 млн", "period", "ноябрь"),
    Case("the first tranche keeps its month", _TRANCHES, "2023-02-01",
         "700 млн долларов", "period", "июнь"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round17(tmp_path: Path, case: Case) -> None:
    fact = facts_by_surface(tmp_path, case.text, published=case.published)[case.surface]
    assert getattr(fact, case.field) == case.want
