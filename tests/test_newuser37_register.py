"""Session 37's new analyst (newuser37) and the project register: a town that is also a
surname places its project when written after «в» (the generated town list keeps such a town
by its locative), building told under way is `in_progress` whichever word comes first, and
an interview's answer to «Сколько стоит проект?» gives that project its investment.
Sentences are our own, in the style of regional news."""

from __future__ import annotations

from conftest import register_of

from analysis.entities.gazetteer import data_rows
from analysis.entities.regions import regions_gazetteer
from analysis.entities.towns import town_name

# a joint venture told signed, then its cost and its building in an interview's answers
SIGNED = ("Губернатор: Сегодня подписано соглашение о создании совместного предприятия "
          "«Гомсельмаш-Брянск». На площадке в Клинцах будут собирать кормоуборочные комбайны.\n\n")


def _cities(text: str) -> list[tuple[str, str]]:
    return [(e.surface, e.normal) for e in regions_gazetteer().scan(text) if e.role == "city"]


def test_a_town_that_is_a_surname_is_listed_by_its_locative():
    listed = {r["town"]: r["region"] for r in data_rows("regions_towns.csv")}
    assert listed["в Фурманове"] == "Ивановская область"
    assert listed["в Данилове"] == "Ярославская область"
    assert "Фурманов" not in listed and "Данилов" not in listed  # the bare surname is not a town


def test_the_locative_after_v_places_the_project():
    rows = register_of("Пять лет назад в Данилове обещали собирать тракторы «Беларус» на площадке "
                       "местного ремзавода, но проект заморожен.")
    assert [(r["region"], r["location"]) for r in rows] == [("Ярославская область", "Данилов")]
    assert town_name("в Данилове") == "Данилов"


def test_the_surname_alone_places_nothing():
    assert _cities("Директор завода Сергей Фурманов рассказал о поставках техники.") == []
    assert _cities("Делегация встретилась с Даниловым и обсудила поставки.") == []


def test_building_told_begun_noun_first_is_under_way():
    rows = register_of(SIGNED.rstrip() + " Строительство цеха уже началось.")
    assert [(r["region"], r["status"]) for r in rows] == [("Брянская область", "in_progress")]


def test_building_told_to_begin_stays_agreed():
    rows = register_of(SIGNED.rstrip() + " Строительство цеха начнётся весной.")
    assert [r["status"] for r in rows] == ["agreed"]


def test_an_interview_tells_the_cost_and_the_building_under_way():
    rows = register_of(SIGNED + "Вопрос: Сколько стоит проект?\n"
                                "Директор: Общий объём вложений — 3,1 млрд рублей. "
                                "Строительство цеха уже началось.")
    assert [(r["status"], r["investment_value"]) for r in rows] == [("in_progress", 3.1e9)]


def test_an_answer_to_a_question_about_the_project_gives_its_investment():
    rows = register_of(SIGNED + "Вопрос: Во сколько обойдётся проект?\n"
                                "Директор «Гомсельмаш»: Общий объём вложений — 3,1 млрд рублей.")
    assert [(r["region"], r["investment_value"], r["investment_currency"]) for r in rows] == [
        ("Брянская область", 3.1e9, "RUB")]


def test_an_answer_to_another_question_gives_no_investment():
    rows = register_of(SIGNED + "Вопрос: Сколько стоит сейчас комбайн?\n"
                                "Директор «Гомсельмаш»: Около 30 млн рублей.")
    assert all(r["investment_value"] is None or r["investment_value"] != r["investment_value"]
               for r in rows)
