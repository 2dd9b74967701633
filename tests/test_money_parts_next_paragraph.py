"""A part told in the sentence or paragraph after its whole, when an attribution ends the
whole's sentence («… составит 6,8 млрд рублей, сообщили в правительстве области.» — «Из них
4,1 млрд …»), and the next part opening «Ещё …» (money/part_of.py). A new user's text drew
three parts of one total as four separate sums (session 20). Texts written for this test."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from analysis.money import describe

WHOLE = ("Совместные проекты с белорусскими машиностроителями в Тверской области потребуют "
         "6,8 млрд рублей, сообщили в правительстве области в пятницу.")


def wholes(text: str) -> dict[str, str | None]:
    facts = describe(SimpleNamespace(text=text, published=dt.date(2025, 6, 1)))
    return {f.amount.surface: text[f.part_of[0]:f.part_of[1]] if f.part_of else None
            for f in facts}


def test_parts_in_the_next_paragraphs_name_the_whole() -> None:
    text = (f"Проекты в Верхневолжье\n\n{WHOLE}\n\n"
            "Из них 4,1 млрд рублей пойдут на сборочный цех под Тверью.\n\n"
            "Ещё 1,9 млрд рублей будут вложены в склад запасных частей.\n\n"
            "В том числе 0,6 млрд рублей выделит областной фонд в виде займов.\n")
    got = wholes(text)
    assert got["6,8 млрд рублей"] is None
    assert got["4,1 млрд рублей"] == "6,8 млрд рублей"
    assert got["1,9 млрд рублей"] == "6,8 млрд рублей"
    assert got["0,6 млрд рублей"] == "6,8 млрд рублей"


def test_one_more_sum_after_a_sum_of_its_own_is_no_part() -> None:
    text = (f"{WHOLE}\n\nЕщё 1,9 млрд рублей область направит на ремонт дорог.\n")
    assert wholes(text)["1,9 млрд рублей"] is None


def test_an_opener_far_from_the_amount_tells_no_part() -> None:
    # «Из них» opens a sentence about the firms, and the money comes late in it
    text = (f"{WHOLE}\n\nИз них три предприятия уже работают, а ещё одно получит заём "
            "на 0,5 млрд рублей.\n")
    assert wholes(text)["0,5 млрд рублей"] is None


def test_a_part_two_sentences_away_is_no_part() -> None:
    text = (f"{WHOLE} Соглашения подпишут осенью.\n\n"
            "Из них 4,1 млрд рублей пойдут на сборочный цех.\n")
    assert wholes(text)["4,1 млрд рублей"] is None
