"""What a figure measures and when, and which figures are money, for the causes round 18's dev
part showed (session 16, issue 10): investment statistics, development fund loans, tax and
customs payments, shareholder meetings, remittances and wages, fraud reports, «numbers of the
week» columns, freight costs. Each case names its class; the texts are written for this test
in the style of such news.

- the genitive noun right after a sum names its money («5,1 млрд рублей таможенных
  платежей», «2 млрд рублей инвестиций»), whatever the verb or the place before it says;
- НДС and excise are taxes (`other`); a tax refunded («возмещено НДС») is the tax; the
  noun before a verb is its subject and governs no cue («импортёры … заплатили НДС»);
- taxes and duties collected are counted over a time: with none of their own they take the
  time of the sentence before;
- a headline figure the body says again measures what the body's figure does;
- a figure on a line of its own and the line under it are one sentence («Цифры недели»);
- an amount opening its sentence with a dash takes the time the words after the dash give,
  and their «и» joins nouns («товарооборот России и Белоруссии в 2019 году»);
- a sentence with no figure and only a weak cue («работают в строительстве») sets no topic;
- «заем» written without ё is a loan received, not the future of «заесть» (no plan);
- a sum lent «под N% годовых» is a credit; «бюджет проектов» is their cost; «реинвестирование»
  is direct investment; «стоимость нового цеха» is a facility's cost;
- a part named right after its amount («из этой суммы») is of the whole's kind; a sentence
  opening with «Из них» takes its total's time, a credit's too;
- a figure dated back in its total's sentence («против $90 млн годом ранее») leaves the
  focus on the total;
- an elliptic ordinal («тогда как во втором – …») is the quarter its sentence names, of the
  year of that sentence's first figure.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest
from conftest import FactCase as Case
from conftest import facts_by_surface

from analysis.money import find_amounts

_CUSTOMS = ("Брянская таможня подвела итоги полугодия\n"
            "Брянская таможня за январь–июнь перечислила в федеральный бюджет 5,1 млрд рублей "
            "таможенных платежей. Основную часть обеспечили ввозные пошлины – 2,2 млрд рублей, "
            "НДС при ввозе товаров из третьих стран – 1,9 млрд. Акцизов собрано на 310 млн "
            "рублей.\n"
            "За полгода брянские импортёры белорусских товаров заплатили «ввозного» НДС на 3,4 "
            "млрд рублей. Экспортёрам возмещено НДС на 840 млн рублей.\n")
_INVESTMENT_NOUN = ("Область привлекла инвесторов\n"
                    "В прошлом году в экономику области привлечено 2 млрд рублей инвестиций.\n")
_HEADLINE = ("ФРП одобрил 0,9 млрд рублей на проекты с белорусскими партнёрами\n"
             "Экспертный совет регионального фонда одобрил льготные займы на общую сумму 900 "
             "млн рублей четырём предприятиям.\n")
_COLUMN = ("ЦИФРЫ НЕДЕЛИ\n"
           "12,4 млрд долларов\n"
           "Столько составил товарооборот Беларуси и России за январь–июнь.\n"
           "310 млн российских рублей\n"
           "выделит Союзное государство на программу по станкостроению в следующем году.\n")
_DIGEST = ("Цифры недели\n"
           "$52 млн – объём экспорта брянских предприятий в Белоруссию за 2019 год.\n"
           "$20,1 млрд – товарооборот России и Белоруссии в 2019 году, сообщила ФТС.\n")
_WAGES = ("Белорусы на заработках\n"
          "В приграничных районах белорусы по-прежнему работают в строительстве и на "
          "транспорте. Водитель в Брянске получает от 45 до 60 тыс. рублей, каменщик – около "
          "40 тыс. рублей.\n")
_FUND = ("Фонд развития промышленности поддержал три проекта\n"
         "Общий бюджет трёх проектов превышает 1,8 млрд рублей. Стоимость проекта в Калуге – "
         "600 млн рублей, из них 150 млн предприятие вложит само. Ещё 300 млн рублей под 2% "
         "годовых получит брянская компания.\n")
_WORKSHOP = ("Лифты из Могилёва\n"
             "Около 90 млн рублей составит стоимость нового цеха по производству лифтов.\n")
_REINVESTED = ("Прямые инвестиции в первом полугодии\n"
               "За январь–июнь 2023 года поступление прямых инвестиций составило 640 млн "
               "долларов. Основной объём обеспечен реинвестированием доходов (около 410 млн "
               "долларов).\n")
_PROGRAMME = ("Акционеры одобрили инвестпрограмму\n"
              "Собрание одобрило инвестиционную программу на текущий год объёмом до 4 млрд "
              "рублей. Около 1,2 млрд рублей из этой суммы пойдёт на линию по выпуску шин.\n")
_LOANS = ("Региональный фонд подвёл итоги\n"
          "В прошлом году фонд выдал 12 займов на общую сумму 520 млн рублей. Из них три займа "
          "– почти 160 млн рублей – получили предприятия, работающие с белорусскими "
          "партнёрами.\n")
_FDI = ("Вложения выросли\n"
        "Приток прямых инвестиций из Белоруссии в прошлом году составил $200 млн против $90 млн "
        "годом ранее. Основная часть пришлась на участие в капитале – около $150 млн.\n")
_RECEIVED_LOAN = ("Фонд подвёл итоги\n"
                  "Клинцовская фабрика получила заем 45 млн рублей на закупку оборудования.\n")
_QUARTERS = ("Вложения по кварталам\n"
             "Российские компании вложили в Белоруссию в прошлом году свыше $1 млрд. В "
             "четвертом квартале этот показатель составил $300 млн, тогда как в первом – лишь "
             "$250 млн.\n")
_QUARTERS_URL = "https://finvestnik.ru/2019/04/10/vlozheniya"  # the date in the URL only

CASES = [
    Case("the counted noun names customs payments", _CUSTOMS, "2023-07-20",
         "5,1 млрд рублей", "metric", "other"),
    Case("the counted noun names investment", _INVESTMENT_NOUN, "2024-02-01",
         "2 млрд рублей", "metric", "investment"),
    Case("a duty after a dash is a tax", _CUSTOMS, "2023-07-20", "2,2 млрд рублей", "metric",
         "other"),
    Case("a duty takes the time of the payments before", _CUSTOMS, "2023-07-20",
         "2,2 млрд рублей", "period", "январь–июнь"),
    Case("import VAT is a tax", _CUSTOMS, "2023-07-20", "1,9 млрд", "metric", "other"),
    Case("excise collected is a tax", _CUSTOMS, "2023-07-20", "310 млн рублей", "metric",
         "other"),
    Case("importers paying VAT: the subject governs nothing", _CUSTOMS, "2023-07-20",
         "3,4 млрд рублей", "metric", "other"),
    Case("a VAT refund is the tax", _CUSTOMS, "2023-07-20", "840 млн рублей", "metric", "other"),
    Case("a headline figure measures what the body's does", _HEADLINE, "2021-06-10",
         "0,9 млрд рублей", "metric", "credit"),
    Case("a figure line takes its metric from the line under it", _COLUMN, "2021-08-20",
         "12,4 млрд долларов", "metric", "trade_turnover"),
    Case("a figure line takes its period from the line under it", _COLUMN, "2021-08-20",
         "12,4 млрд долларов", "period", "январь–июнь"),
    Case("a figure line over a lower-case line", _COLUMN, "2021-08-20",
         "310 млн российских рублей", "metric", "financing"),
    Case("a figure line's year from the line under it", _COLUMN, "2021-08-20",
         "310 млн российских рублей", "year", 2022),
    Case("an opening amount's definition gives its year", _DIGEST, "2020-02-07", "$52 млн",
         "year", 2019),
    Case("the «и» of a definition joins nouns", _DIGEST, "2020-02-07", "$20,1 млрд", "year", 2019),
    Case("a sector named with no figure is no topic", _WAGES, "2016-03-01",
         "от 45 до 60 тыс. рублей", "metric", "other"),
    Case("nor for the wage after it", _WAGES, "2016-03-01", "около 40 тыс. рублей", "metric",
         "other"),
    Case("the budget of projects is their cost", _FUND, "2021-06-10", "превышает 1,8 млрд рублей",
         "metric", "investment"),
    Case("a sum lent at an annual rate is a credit", _FUND, "2021-06-10", "300 млн рублей",
         "metric", "credit"),
    Case("the cost of a new workshop is an investment", _WORKSHOP, "2021-11-26",
         "Около 90 млн рублей", "metric", "investment"),
    Case("reinvested earnings are direct investment", _REINVESTED, "2023-08-14",
         "около 410 млн долларов", "metric", "investment"),
    Case("a part named after its amount is of the whole's kind", _PROGRAMME, "2020-06-25",
         "Около 1,2 млрд рублей", "metric", "investment"),
    Case("a credit's part opening with «Из них» takes the total's year", _LOANS, "2024-02-07",
         "почти 160 млн рублей", "year", 2023),
    Case("a figure dated back leaves the focus on the total", _FDI, "2019-04-10",
         "около $150 млн", "year", 2018),
    Case("«заем» without ё is a loan, no future verb", _RECEIVED_LOAN, "2024-02-07",
         "45 млн рублей", "forecast", False),
    Case("an elliptic ordinal is the quarter its sentence names", _QUARTERS, "", "$250 млн",
         "period", "I квартал"),
    # (the first quarter ends before April: read alone, the publication's 2019)
    Case("of the year of the sentence's first figure", _QUARTERS, "", "$250 млн", "year", 2018),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round18(tmp_path: Path, case: Case) -> None:
    url = _QUARTERS_URL if case.text is _QUARTERS else ""
    fact = facts_by_surface(tmp_path, case.text, published=case.published, url=url)[case.surface]
    assert getattr(fact, case.field) == case.want


_LIST_TABLE = ("Инвестиции по отраслям\n"
               "Поступление прямых инвестиций из России по видам деятельности, январь–июнь "
               "2023 г., млн долл. США:\n"
               "торговля – 214,5;\n"
               "обрабатывающая промышленность – 188,2;\n"
               "транспорт – 71,4.\n")


def test_list_items_ending_with_punctuation_are_table_rows(tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, _LIST_TABLE, published="2023-08-14")
    for surface, value in (("214,5", 214.5e6), ("188,2", 188.2e6), ("71,4", 71.4e6)):
        fact = facts[surface]
        assert (fact.amount.value, fact.amount.currency) == (pytest.approx(value), "USD")
        assert (fact.metric, fact.year, fact.period) == ("investment", 2023, "январь–июнь")


class Found(NamedTuple):
    name: str
    text: str
    want: list[tuple[str, float, str]]  # surface, value, currency


FOUND = [
    Found("a range whose low end keeps its scale's dot",
          "Руководителю грозит штраф от 200 тыс. до 400 тыс. рублей.",
          [("от 200 тыс. до 400 тыс. рублей", 200_000, "RUB")]),
    Found("a change whose low end keeps its scale's dot",
          "Средний перевод снизился с 25 тыс. до 19 тыс. рублей.",
          [("25 тыс", 25_000, "RUB"), ("19 тыс. рублей", 19_000, "RUB")]),
    Found("a change of counted machines is no money",
          "Мощность вырастет с 1,5 тыс. до 3 тыс. тракторов в год.", []),
    Found("a sum converted at a rate is money",
          "Зарплата около 30 тыс. российских рублей, что по курсу соответствует примерно 950 "
          "белорусским рублям.",
          [("около 30 тыс. российских рублей", 30_000, "RUB"),
           ("примерно 950 белорусским рублям", 950, "BYN")]),
    Found("a rate quote stays no money", "Курс доллара составил 92,5 рубля.", []),
    Found("an elliptic figure after a dash takes the currency of its scale",
          "В Смоленской области зарплата около 28 тыс. российских рублей, что соответствует "
          "900 белорусским рублям, а в Москве – свыше 80 тыс.",
          [("около 28 тыс. российских рублей", 28_000, "RUB"),
           ("900 белорусским рублям", 900, "BYN"), ("свыше 80 тыс", 80_000, "RUB")]),
    Found("across a sentence that points back",
          "Средняя зарплата в Пскове — 39,5 тыс. рублей. По области показатель ниже – 30,2 тыс.",
          [("39,5 тыс. рублей", 39_500, "RUB"), ("30,2 тыс", 30_200, "RUB")]),
    Found("an elliptic count of people is no money",
          "Зарплата выросла до 37,5 тыс. рублей, а число работников – 28,9 тыс. человек.",
          [("37,5 тыс. рублей", 37_500, "RUB")]),
]


@pytest.mark.parametrize("case", FOUND, ids=[c.name for c in FOUND])
def test_round18_found(case: Found) -> None:
    got = [(a.surface, a.value, a.currency) for a in find_amounts(case.text)]
    assert got == [(s, pytest.approx(v), c) for s, v, c in case.want]
