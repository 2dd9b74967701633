"""The words that point back to a figure told before are defined once (`money.pointers`);
`own_metric` reads them as the clause's subject, `topic` in every case (session 41)."""

from __future__ import annotations

import re

import pytest

from analysis.money import own_metric, topic
from analysis.money.pointers import pointer_source

SUBJECT = re.compile(pointer_source(oblique=False, bare=("показатель",)))
ANY_CASE = re.compile(pointer_source(oblique=True))


@pytest.mark.parametrize(("sentence", "as_subject", "in_any_case"), [
    ("Годом ранее этот показатель составлял 81,2 млн долларов.", True, True),
    ("В январе–марте показатель снизился до 93,1 млн долларов.", True, False),
    ("Данная величина может вырасти до 120 млн долларов.", True, True),
    ("Экспорт превысил уровень этого показателя за 2022 год.", False, True),
    ("Стороны рассчитывают удвоить эту цифру к 2030 году.", False, True),
    ("Показатели эффективности предприятия улучшились.", False, False),
])
def test_the_two_readings_of_the_pointing_words(sentence: str, as_subject: bool,
                                                in_any_case: bool) -> None:
    assert (SUBJECT.search(sentence) is not None) is as_subject
    assert (ANY_CASE.search(sentence) is not None) is in_any_case


def test_both_readers_build_their_pattern_from_the_one_definition() -> None:
    assert own_metric._POINTER.pattern == SUBJECT.pattern
    assert topic._POINTER.pattern == ANY_CASE.pattern
