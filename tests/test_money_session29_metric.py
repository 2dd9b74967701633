"""What a figure measures, for the causes session 29 (issue 10, metric29) found in the dev
parts of the study rounds. The texts are written for this test in the style of such news.

- a deal's payment terms after the sum («с отсрочкой платежа», «на условиях предоплаты») say
  how it is paid, not what the money is: the verb that governs the sum decides;
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

CASES = [
    Case("«с отсрочкой платежа» after the sum: the delivery decides", _DEFERRED, "2021-06-01",
         "6,2 млн долларов", "metric", "export"),
    Case("«на условиях предоплаты» after the sum: the shipment decides", _PREPAID, "2021-06-01",
         "41 млн рублей", "metric", "export"),
    Case("a prepayment as the subject stays a payment", _ADVANCE, "2021-06-01",
         "3,2 млн рублей", "metric", "other"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_session29_fact(case: Case, tmp_path: Path) -> None:
    check_fact_case(tmp_path, case)
