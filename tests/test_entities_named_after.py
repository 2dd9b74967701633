"""An abbreviation followed by «имени X» names the plant named after X, not the gazetteer's
plant that shares the abbreviation (new user 29: «ММЗ имени Вавилова» in the register read as
the Minsk motor plant, «ММЗ»)."""

from __future__ import annotations

import pytest

from analysis.entities import find_enterprises


def normals(text: str) -> list[str]:
    return [e.normal for e in find_enterprises(text) if e.type == "enterprise"]


@pytest.mark.parametrize(("text", "expected"), [
    # the listed plant whose full name honours the same person and whose words give the letters
    ("Оптики из ОАО «ММЗ имени С. И. Вавилова» показали новый прицел.",
     "Минский механический завод"),
    ("На ММЗ им. Вавилова собрали первую партию микроскопов.", "Минский механический завод"),
    # nobody listed is named after this person: another plant, named as written
    ("Делегация посетила ММЗ имени Петрова в прошлую пятницу.", "ММЗ имени Петрова"),
])
def test_an_abbreviation_named_after_someone_is_not_the_listed_namesake(text: str, expected: str) -> None:
    found = normals(text)
    assert expected in found
    assert "Минский моторный завод" not in found


@pytest.mark.parametrize("text", [
    "Минский моторный завод (ММЗ) поставит двигатели в Курган.",
    "ОАО «ММЗ» отгрузило моторы российским партнёрам.",
])
def test_the_abbreviation_alone_is_still_the_listed_plant(text: str) -> None:
    assert "Минский моторный завод" in normals(text)


def test_a_listed_name_that_carries_the_honorific_keeps_its_plant() -> None:
    assert "Минский электротехнический завод" in normals(
        "МЭТЗ имени Козлова заключил договор с уральской сетевой компанией.")
