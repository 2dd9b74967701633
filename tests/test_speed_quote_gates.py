"""Session 38's speed cut in `find_enterprises` reads exactly what was read before (issue 10).

The three patterns that name a programme or a company in quotes («программа «…»», «ОАО «…»»,
«компания "…"») are skipped in a text that holds no quote of their kind: every match of each
holds its quote (`literal_gate` proves it from the parse). The `(?i)` company words of two of
them left sre no first character, so it tried them at every character of every clause the
money readers hand over. Checked: the gates themselves, each pattern's matches against its
gate, and `find_enterprises` with the gates against the former unconditional scans, on
written sentences and (slow) every studied text and its paragraphs.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_speed_shortcuts import studied_paragraphs, studied_texts

import analysis.entities.enterprises as enterprises_module
from analysis.entities.enterprises import _QUOTED_PATTERNS, _quote_gates, find_enterprises

WRITTEN = [
    "ОАО «Минский тракторный завод» отгрузило в Россию техники на 12 млн долларов.",
    "Предприятие «Технопарк» и компания \"Агросервис\" подписали договор на 40 млн рублей.",
    "По программе «Импортозамещение» выделено 300 млн рублей.",
    "Завод поставил в Смоленскую область продукции на 96 млн рублей.",
    "Холдинг \"Амкодор\" рассчитывает довести продажи до 500 млн.",
    "Концерн «Белнефтехим» и дилер «Агро-Юг» открыли сервисный центр.",
    "Товарооборот с Республикой Беларусь достиг 294 млрд рублей.",
    "",
]


def _former(text: str) -> list:
    """`find_enterprises` with no gate (every quoted pattern scanned, as before)."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(enterprises_module, "_quote_gates", lambda: (None,) * len(_QUOTED_PATTERNS))
        return find_enterprises(text)


def test_every_pattern_is_gated_by_its_quote() -> None:
    assert _quote_gates() == (("«",), ("«",), ('"',))


@pytest.mark.parametrize("text", WRITTEN)
def test_gated_reading_is_the_former_one(text: str) -> None:
    assert find_enterprises(text) == _former(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ОАОЗАООООкомпанияпредприятиезаводпрограммы «»\"-\n ,.", max_size=80))
def test_matches_hold_the_quote_on_generated_text(text: str) -> None:
    for (pattern, _, quote), gate in zip(_QUOTED_PATTERNS, _quote_gates(), strict=True):
        assert gate == (quote,)
        for m in pattern.finditer(text):
            assert quote in m.group()
    assert find_enterprises(text) == _former(text)


@pytest.mark.slow
def test_gated_reading_on_studied_texts() -> None:
    for text in (*studied_texts(), *studied_paragraphs()):
        assert find_enterprises(text) == _former(text)
