"""A coin's, a note's or a stamp's face value names which thing it is, not a sum paid: «монеты
номиналом 25 рублей», «банкноту достоинством 200 рублей» are no money figures; a security's
face value («облигации номиналом 1 000 рублей») stays money. Sentences written for this test.
"""

from __future__ import annotations

from analysis.money import find_amounts


def _surfaces(text: str) -> list[str]:
    return [a.surface for a in find_amounts(text)]


def test_a_coins_face_value_is_no_money() -> None:
    text = "Монетный двор отчеканил памятные монеты номиналом 25 рублей, тираж — 3 тысячи."
    assert _surfaces(text) == []


def test_a_notes_face_value_is_no_money_but_the_sum_beside_it_is() -> None:
    text = ("Банк выпустил банкноту достоинством 200 рублей; на печать потрачено 40 млн "
            "рублей.")
    assert _surfaces(text) == ["40 млн рублей"]


def test_a_bonds_face_value_stays_money() -> None:
    text = "Компания разместила облигации номиналом 1 000 рублей."
    assert _surfaces(text) == ["1 000 рублей"]
