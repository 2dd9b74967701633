"""«Выпуск» of bonds is borrowing whatever words qualify the bonds («выпуск «зелёных»
облигаций», «выпуск биржевых облигаций»); «выпуск продукции» stays output (not_cues)."""

from __future__ import annotations

import pytest
from test_facts import facts


@pytest.mark.parametrize(("text", "metric"), [
    ("Эмитент разместил второй выпуск «социальных» облигаций объемом 4 млрд рублей.", "credit"),
    ("Холдинг зарегистрировал выпуск коммерческих облигаций на 1,5 млрд рублей.", "credit"),
    ("Фабрика нарастила выпуск мебели до 80 млн рублей в квартал.", "production"),
])
def test_bond_issue_with_qualified_bonds(text: str, metric: str) -> None:
    assert [f.metric for f in facts(text)] == [metric]
