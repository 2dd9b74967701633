"""What a figure measures and in which rubles, for the causes round 16's dev part showed
(session 15, issue 10): audit reports, budgets, exchange news, rankings. Each case names its
class; the texts are written for this test in the style of such news.

- a source named after Russia («Счётная палата Российской Федерации») is no Belarusian
  outlet: its bare «рублей» stay Russian;
- a bare «рублей» read as Belarusian after a named Belarusian ruble keeps that currency (no
  dollars or Russian rubles borrowed from a figure «of its kind» further back);
- a budget's own sides («доходы бюджета», «утверждён по доходам») are the budget: financing;
- «биржевой оборот» is the value of an exchange's deals (agreements), not trade; «выводят из
  оборота» is no trade at all;
- a penalty («сумма штрафных санкций») and an overpayment («излишне перечислено») are other;
- a cue after «;» is its own clause's, not the figure's before it («; этот кредит …» points
  back and stays);
- a turnover splits into export and import: «из них … пришлось на ввоз» is the import part.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

import pytest
from conftest import facts_by_surface


class Case(NamedTuple):
    name: str
    text: str
    meta: dict[str, str]
    surface: str
    field: str
    want: Any


_AUDIT = ("Аудиторы проверили союзный бюджет\n"
          "Счётная палата Российской Федерации | Новости | 12 мая 2021 года\n"
          "Проверка проведена вместе с Комитетом госконтроля Республики Беларусь. Доходы бюджета "
          "Союзного государства в 2020 году составили 4 млрд 912,5 млн российских рублей.\n"
          "На союзные программы направлено 3,15 млрд рублей. Не освоено 402,8 млн рублей.\n"
          "Бюджет Союзного государства на 2021 год утверждён по доходам в объёме 5,1 млрд рублей.\n")
_OVERPAID = ("КГК проверил союзные программы\n"
             "За два года исполнителям перечислено 1,2 млрд российских рублей. Завышение "
             "стоимости работ составило 12,6 млрд белорусских рублей. Из них уже возмещено в "
             "бюджет 8,4 млрд рублей.\n")

CASES = [
    Case("russian body: bare rubles stay Russian", _AUDIT,
         {"published": "2021-05-12", "source": "Счётная палата Российской Федерации"},
         "3,15 млрд рублей", "currency", "RUB"),
    Case("bare rubles after a named Belarusian ruble keep it", _OVERPAID,
         {"published": "2015-04-10", "source": "Комитет государственного контроля Республики Беларусь"},
         "8,4 млрд рублей", "currency", "BYR"),
    Case("budget revenue is the budget", _AUDIT,
         {"published": "2021-05-12", "source": "Счётная палата Российской Федерации"},
         "4 млрд 912,5 млн российских рублей", "metric", "financing"),
    Case("budget approved by revenue is the budget", _AUDIT,
         {"published": "2021-05-12", "source": "Счётная палата Российской Федерации"},
         "5,1 млрд рублей", "metric", "financing"),
    Case("exchange turnover is deals",
         "Итоги торгов на бирже\nС начала года биржевой оборот площадки достиг 2,9 млрд "
         "долларов.\n", {"published": "2023-10-02"},
         "2,9 млрд долларов", "metric", "agreements"),
    Case("out of circulation is no trade",
         "Отчёт аудиторов\nОстатки прошлых лет фактически выводят из оборота почти 2 млрд "
         "рублей, заявил аудитор.\n", {"published": "2023-10-02"},
         "почти 2 млрд рублей", "metric", "other"),
    Case("penalties are other",
         "Проверка поставок\nПо контрактам на поставку техники нарушены сроки, а сумма штрафных "
         "санкций составила 2,2 млрд рублей.\n", {"published": "2016-03-01"},
         "2,2 млрд рублей", "metric", "other"),
    Case("an overpayment is other, not the contract",
         "Проверка контрактов\nПо одному из государственных контрактов подрядчику излишне "
         "перечислено 3,7 млн рублей.\n", {"published": "2019-06-20"},
         "3,7 млн рублей", "metric", "other"),
    Case("a clause after a semicolon is its own",
         "Крупнейшие экспортёры\n1. «Гродно Азот» – экспорт в Россию 210 млн долларов.\n"
         "2. «Белшина» – 150 млн долларов; основная часть продаж приходится на другие рынки.\n",
         {"published": "2020-05-22"}, "150 млн долларов", "metric", "export"),
    Case("a clause after a semicolon that points back stays",
         "Завод и банк\nВ 2020 году завод привлёк у ВЭБ.РФ 3 млрд рублей на семь лет; этот "
         "кредит погашен досрочно.\n", {"published": "2023-05-22"},
         "3 млрд рублей", "metric", "credit"),
    Case("an import part of a turnover",
         "Торговля области\nВ прошлом году товарооборот Псковской области с Беларусью составил "
         "640 млн долларов, из них 410 млн долларов пришлось на ввоз белорусских товаров.\n",
         {"published": "2022-03-01"}, "410 млн долларов", "metric", "import"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round16_meaning(tmp_path: Path, case: Case) -> None:
    fact = facts_by_surface(tmp_path, case.text, **case.meta)[case.surface]
    got = fact.amount.currency if case.field == "currency" else getattr(fact, case.field)
    assert got == case.want
