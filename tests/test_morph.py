"""analysis.lang: cached morphology and nominative labels of project phrases."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.lang import analyzer, nominative_phrase


@pytest.mark.parametrize(("phrase", "label"), [
    ("сборке низкопольных перронных автобусов", "низкопольные перронные автобусы"),
    ("совместно с татарстанскими партнерами создает современные газовые двигатели",
     "современные газовые двигатели"),
    ("Центра технической поддержки", "Центр технической поддержки"),
    ("автокомпонентов", "автокомпоненты"),
    ("комплектующих для карьерных самосвалов", "комплектующие для карьерных самосвалов"),
    ("совместным с белорусским МотоВелоЗавод производством мотоциклов", "мотоциклы"),
    ("локализован выпуск городских и туристических электробусов и электромобилей на основе базовых",
     "городские и туристические электробусы и электромобили"),
    ("техническое обслуживание и предпродажную подготовку техники",
     "техническое обслуживание и предпродажная подготовка техники"),
    ("собирать БЕЛАЗы", "БЕЛАЗы"),
    ("Торгово-производственная компания МТЗ-Татарстан",
     "Торгово-производственная компания МТЗ-Татарстан"),
    ("вместе начнут разрабатывать компоненты для спецтранспорта (программа «Интелавто»)",
     "компоненты для спецтранспорта (программа «Интелавто»)"),
    ("мультибрендовый центр", "мультибрендовый центр"),
])
def test_project_phrases_become_nominative_labels(phrase: str, label: str) -> None:
    assert nominative_phrase(phrase) == label


def test_one_analyzer_per_process() -> None:
    assert analyzer() is analyzer()


@given(st.text(max_size=80))
def test_any_text_gives_a_label_without_raising(text: str) -> None:
    assert isinstance(nominative_phrase(text), str)
