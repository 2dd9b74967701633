"""A possibility with no decision taken is no project («обсуждается возможность организовать
сборку …, однако окончательное решение пока не принято»: session 30's new user; rounds 7 and
27 read so), while a plan whose details are undecided stays one. Sentences written for this
test."""

from __future__ import annotations

import pytest
from conftest import register_rows


@pytest.mark.parametrize("text", [
    "Белорусские лифты в Туле\n\nНа тульском заводе рассматривается возможность наладить сборку "
    "лифтов «Могилевлифтмаш», но решение пока не принято.\n",
    "МАЗ и Курган\n\nМинский автозавод изучает возможность открыть сервисный центр в Кургане, "
    "однако окончательное решение по нему ещё не принято.\n",
])
def test_a_possibility_with_no_decision_is_no_project(text: str) -> None:
    assert register_rows(text) == []


def test_a_plan_with_details_undecided_stays_a_project() -> None:
    text = ("МАЗ и Курган\n\nМинский автозавод откроет сервисный центр в Кургане в 2027 году, "
            "однако решение о его площади пока не принято.\n")
    assert [r[:2] for r in register_rows(text)] == [("Курганская область", "service_center")]


def test_a_possibility_alone_is_still_a_plan() -> None:
    text = ("МАЗ и Курган\n\nМинский автозавод изучает возможность открыть сервисный центр в "
            "Кургане.\n")
    assert [r[:2] for r in register_rows(text)] == [("Курганская область", "service_center")]


def test_the_next_such_site_adds_one_to_the_list() -> None:
    # «Следующий такой пункт …» counts the sites as «Второй центр …» does: a further site
    text = ("МАЗ расширяет сервис\n\nМинский автозавод вместе с ООО «Уралтехсервис» открыл "
            "сервисные центры в Перми и Кургане.\nСледующий такой центр партнёры откроют в "
            "Тюмени в будущем году.\n")
    assert ("Тюменская область", "service_center") in {r[:2] for r in register_rows(text)}
