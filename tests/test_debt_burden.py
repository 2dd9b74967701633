"""A debt burden («долговая нагрузка») is money owed, other; the debt market («привлекла на
долговом рынке») stays borrowing (metric_lemmas «нагрузка», «долговой»)."""

from __future__ import annotations

import pytest
from test_facts import facts


@pytest.mark.parametrize(("text", "metric"), [
    ("Долговая нагрузка комбината на начало года превышала 240 млн долларов.", "other"),
    ("Область привлекла на долговом рынке 12 млрд рублей.", "credit"),
])
def test_debt_burden(text: str, metric: str) -> None:
    assert [f.metric for f in facts(text)] == [metric]
