"""A project's timeline is its start: «первые автобусы планируют выпустить во втором полугодии
следующего года», not the year its capacity is to be reached («этот показатель планируют
достичь к 2028 году»); and a writer's «Напомним, …» plans nothing.

Found by a new user (session 24, finding 7): the successor plant's «Сроки» said 2028, its
place Тольятти was empty, and a recalled trade figure («Напомним, в 2024 году МАЗ поставил в
Россию …») was read as a plan.
"""

from __future__ import annotations

import pytest
from conftest import dated_dataset

from analysis.projects.cues import cue_hits, tokens


def _projects(tmp_path, body: str):
    return dated_dataset(tmp_path, "p.txt", "Новая площадка\n" + body, "2025-04-15",
                         title="Новая площадка").projects


@pytest.mark.parametrize(("start", "timeline"), [
    ("первые лифты планируют выпустить во втором полугодии следующего года", "2026-H2"),
    ("первые подъемники намерены выпустить в третьем квартале 2026 года", "2026-Q3"),
])
def test_the_first_output_dates_the_project_and_the_capacity_year_does_not(
        tmp_path, start: str, timeline: str) -> None:
    body = ("Сборку лифтов «Могилевлифтмаш» наладит новый партнер — ООО «Лифт-Волга» в "
            "Ульяновской области. Стороны уже подписали соглашение. В подготовку цехов в "
            f"Димитровграде вложат 300 млн рублей, {start}. Проектная мощность — 900 лифтов в "
            "год, этот показатель планируют достичь к 2029 году.\n")
    projects = _projects(tmp_path, body)
    [row] = projects[projects["region"] == "Ульяновская область"].itertuples()
    assert row.timeline == timeline
    assert row.location == "Димитровград"


@pytest.mark.parametrize("sentence", [
    "Напомним, в 2024 году МАЗ поставил в Россию продукции на 680 млн долларов.",
    "Отметим, что завод уже работает с российскими заказчиками.",
])
def test_a_writers_aside_is_no_plan(sentence: str) -> None:
    toks = tokens(sentence, 0, len(sentence))
    assert not [h for h in cue_hits(toks) if toks[h.first].word in ("напомним", "отметим")]


def test_a_recalled_background_sentence_leaves_the_plan_planned(tmp_path) -> None:
    body = ("В Казани партнеры планируют организовать сборку автобусов МАЗ вместе с ООО "
            "«Волга-Авто»: площадку сейчас подбирают. Напомним, в прошлом году предприятие "
            "выпустило 310 автобусов.\n")
    projects = _projects(tmp_path, body)
    assert list(projects["status"]) == ["planned"]
