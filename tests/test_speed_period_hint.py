"""`period_of` skips a sentence holding none of the letters every period expression holds:
the test is now plain `in` tests of `period._PERIOD_HINTS` (`period._hinted`, session 40,
speed40b; issue 10, speed) instead of one alternation of them, which sre started after each
of its common first letters (~2.3x the instructions). The same answer as the alternation on
written sentences and generated ones.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.money import period

# the former gate, as it was written
_FORMER = re.compile(r"мес|квартал|кв\.|полугод|полгода|начала|янв|фев|мар|апр|ма[йяе]|июн|июл"
                     r"|авг|сен|окт|ноя|дек")

_SENTENCES = [
    "за девять месяцев экспорт вырос до 1,2 млрд долларов",
    "в третьем квартале отгрузки составили 450 млн рублей",
    "площадь цеха — 1 200 кв. м, стоимость — 300 млн рублей",
    "по итогам первого полугодия выручка достигла 2 млрд",
    "за полгода завод поставил техники на 95 млн",
    "с начала года товарооборот превысил 4 млрд долларов",
    "в мае, июне и июле цены не менялись",
    "данные за январь–октябрь 2024 года",
    "контракт на 12 млн евро подписан в пятницу",
    "область закупила тракторов на 80 млн рублей",
    "мая", "ма", "кв", "",
]
_PIECES = ["мес", "ме", "с", "кварт", "ал", "кв", ".", "пол", "уго", "д", "года", "нач", "ала",
           "янв", "ян", "фе", "в", "ма", "й", "я", "е", "ию", "н", "л", "ав", "г", "се", "ок",
           "т", "но", "де", "к", " ", "завод", "млн", "рублей"]


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_the_hint_is_the_former_gates_on_written_sentences(sentence: str) -> None:
    assert period._hinted(sentence) == (_FORMER.search(sentence) is not None)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8))
def test_the_hint_is_the_former_gates_on_generated_strings(parts: list[str]) -> None:
    text = "".join(parts)
    assert period._hinted(text) == (_FORMER.search(text) is not None)
