"""One project told in two sentences — the Belarusian maker in one, the Russian partner in the
next — is one register row (projects/maker_partner.py); two plants of one region with different
products stay two."""

from __future__ import annotations

from pathlib import Path

from conftest import dataset_of

TWO_SENTENCES = (
    "Ульяновская область договорилась с белорусскими машиностроителями\n"
    "Правительство Ульяновской области и ОАО «Могилевлифтмаш» договорились о совместном "
    "производстве пассажирских лифтов. {second}\n"
    "Первые лифты планируют собрать к концу 2026 года.\n")


def rows(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    projects = dataset_of(tmp_path, {"lifts.txt": text}).projects
    return sorted(zip(projects["enterprises"], projects["kind"], strict=True))


def test_the_maker_and_its_russian_assembler_told_next_to_each_other_are_one_row(tmp_path: Path) -> None:
    got = rows(tmp_path, TWO_SENTENCES.format(
        second="Партнёром белорусского завода станет ульяновское ООО «Волжский подъёмник», на "
               "площадке которого в Димитровграде организуют сборку лифтов."))
    assert len(got) == 1
    assert set(got[0][0].split(";")) == {"Могилевлифтмаш", "Волжский подъёмник"}


def test_two_plants_with_different_products_stay_two(tmp_path: Path) -> None:
    got = rows(tmp_path, TWO_SENTENCES.format(
        second="Ульяновское ООО «Волжский подъёмник» организует в Димитровграде "
               "выпуск эскалаторов по собственной технологии."))
    assert len(got) == 2


def test_a_plant_announced_as_another_project_stays_apart(tmp_path: Path) -> None:
    got = rows(tmp_path, TWO_SENTENCES.format(
        second="Кроме того, ульяновское ООО «Волжский подъёмник» соберёт в Димитровграде "
               "грузовые лифты по собственной технологии."))
    assert len(got) == 2
