"""A trade figure's goods named in the clause before, when the amount's clause refers back to
them with a pronoun («растут поставки белорусской сельхозтехники в Россию: за полгода они достигли …»),
and not when the clause before only lists what a total consists of (money/goods.py; a second
new user's text lost «продовольствие», session 20). Texts written for this test."""

from __future__ import annotations

import pytest

from analysis.money.goods import clause_goods


@pytest.mark.parametrize(("before", "goods"), [
    # the pronoun refers back to the goods' trade noun: those goods' trade
    ("Быстрее всего растут поставки белорусской сельхозтехники на российский рынок: за "
     "январь—июнь они увеличились на 9% и составили ", "сельхозтехника"),
    ("Экспорт тракторов в Россию вырос вдвое, а за девять месяцев он достиг ", "тракторы"),
    # a list of what the total consists of describes the total: it stays the total
    ("Вывоз наш — это в основном тракторы, сельхозтехника, продукты питания — и он "
     "составил около ", None),
    # no pronoun: the amount's own clause alone
    ("Поставки тракторов выросли вдвое, а общий экспорт, по словам министра, составил ", None),
])
def test_goods_named_before_a_pronoun(before: str, goods: str | None) -> None:
    assert clause_goods(before) == goods
