"""What a figure measures, for the causes session 30 (issue 10, walk45money) found in round
45's dev part. The texts are written for this test in the style of such news.

- two predicates of one subject joined by «и» / «а», each with a sum of its own («закупила
  … на 40 млн и подписала контракт … на 55 млн»): the cue word of one («контракт»,
  «договор») does not name the other's sum; verbs that share one sum («подписало и
  выполнило контракт на …») keep it;
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase as Case
from conftest import check_fact_case

_PREDICATES = (
    "Сделки года\n"
    "Сеть «Кухня» закупила у завода кастрюль на 40 млн рублей и подписала контракт на "
    "следующий год на 55 млн рублей.\n"
    "Дилер приобрел 30 тракторов на 90 млн рублей и заключил договор на сервис на 12 млн "
    "рублей.\n"
    "Холдинг купил у комбината металла на 18 млн долларов, а затем заключил с ним соглашение "
    "о поставках на 25 млн долларов.\n"
    "Завод заключил с дилером контракт на 7 млн евро и получил от банка кредит на 4 млн евро.\n"
    "Предприятие подписало и выполнило контракт на 5 млн долларов.\n")

CASES = [
    Case("a purchase before «и подписала контракт на … на»: a purchase", _PREDICATES,
         "2022-03-01", "40 млн рублей", "metric", "other"),
    Case("the contract of the second predicate keeps its sum", _PREDICATES, "2022-03-01",
         "55 млн рублей", "metric", "agreements"),
    Case("«приобрел … на 90 млн и заключил договор … на 12 млн»: a purchase", _PREDICATES,
         "2022-03-01", "90 млн рублей", "metric", "other"),
    Case("«… на 12 млн»: the contract's", _PREDICATES, "2022-03-01", "12 млн рублей",
         "metric", "agreements"),
    Case("«купил …, а затем заключил соглашение … на»: a purchase", _PREDICATES, "2022-03-01",
         "18 млн долларов", "metric", "other"),
    Case("«контракт на 7 млн и получил кредит на 4 млн»: the credit", _PREDICATES,
         "2022-03-01", "4 млн евро", "metric", "credit"),
    Case("«подписало и выполнило контракт на»: one sum, two verbs", _PREDICATES, "2022-03-01",
         "5 млн долларов", "metric", "agreements"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_session30_walk45_fact(case: Case, tmp_path: Path) -> None:
    check_fact_case(tmp_path, case)
