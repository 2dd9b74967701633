"""Session 33 (split33): two projects of the same partners kept apart, on sentences written
here.

* Parts a Russian site makes for its own assembly and also sends on to the Belarusian side
  («часть каркасов отправляет в Минск») are a supply of their own: the parts row stays apart
  from the assembly. Parts made only for the assembly on site are a step of that assembly, and
  goods arriving from Belarus («приходят из Гомеля») send nothing there.
"""

from __future__ import annotations

from conftest import register_of

from analysis.projects.parts_shipped import sent_to_belarus

_ASSEMBLY = ("Сборочное производство автобусов МАЗ в Кирово-Чепецке работает десять лет. "
             "Сейчас здесь собирают до 200 автобусов в год. Три года назад на заводе запустили "
             "собственный сварочный цех. ")


def _kinds(text: str) -> list[str]:
    return sorted(r["kind"] for r in register_of(text))


def test_parts_also_sent_to_minsk_are_a_project_of_their_own():
    text = _ASSEMBLY + "Цех варит каркасы для всех автобусов площадки, а часть каркасов отправляет в Минск."
    assert _kinds(text) == ["assembly", "component_production"]


def test_parts_made_only_for_the_assembly_join_it():
    assert _kinds(_ASSEMBLY + "Цех варит каркасы для всех автобусов площадки.") == ["assembly"]


def test_sending_into_a_belarusian_place_and_not_arriving_from_it():
    assert sent_to_belarus("Участок варит рамы, а часть рам отгружает в Минск.")
    assert sent_to_belarus("Детали завод поставляет в Гомель.")
    assert not sent_to_belarus("Рамы и кабины приходят из Гомеля.")
    assert not sent_to_belarus("Кузова поступают из Минска с доработанной рамой.")
    assert not sent_to_belarus("Завод поставляет детали в Брянск.")
