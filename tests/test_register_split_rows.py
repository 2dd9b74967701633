"""One project told in two paragraphs is one register row, two projects of one region stay two
(issue 11, split rows; projects/service_venture.py). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import dataset_of


def rows(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    projects = dataset_of(tmp_path, {"news.txt": text}).projects
    return sorted(zip(projects["kind"], projects["enterprises"], strict=True))


def test_a_venture_founded_to_service_is_the_service_centre_told_later(tmp_path: Path) -> None:
    got = rows(tmp_path, (
        "В Кургане появилось совместное предприятие по ремонту белорусских тракторов\n"
        "В реестре юридических лиц зарегистрировано ООО «Зауралбелсервис».\n"
        "Учредителями выступили Минский тракторный завод и курганское ООО «Агротехника-45».\n"
        "Новая компания займётся гарантийным обслуживанием и ремонтом тракторов «Беларус» "
        "в Курганской области.\n"))
    assert [k for k, _ in got] == ["service_center"]
    assert set(got[0][1].split(";")) >= {"Зауралбелсервис", "МТЗ"}


def test_a_venture_making_goods_stays_apart_from_a_service_centre(tmp_path: Path) -> None:
    got = rows(tmp_path, (
        "Курганская область расширяет сотрудничество с Белоруссией\n"
        "В Кургане зарегистрировано совместное предприятие по выпуску гидравлических насосов, "
        "его учредителями стали Минский тракторный завод и курганское ООО «Агротехника-45».\n"
        "Кроме того, Минский тракторный завод открыл в Шадринске сервисный центр "
        "по ремонту тракторов «Беларус».\n"))
    assert sorted(k for k, _ in got) == ["joint_venture", "service_center"]


def test_buses_of_one_maker_and_frames_of_another_plant_stay_two(tmp_path: Path) -> None:
    got = rows(tmp_path, (
        "В Нижегородской области соберут белорусские автобусы\n"
        "ОАО «МАЗ» и нижегородское ООО «Волгабас-Сервис» начали в Дзержинске сборку "
        "городских автобусов.\n"
        "Кроме того, Бобруйский завод тракторных деталей и агрегатов наладит в Арзамасе "
        "выпуск рам для грузовых прицепов вместе с местным ООО «Арзамасский металл».\n"))
    assert len(got) == 2


def test_a_running_line_and_a_planned_engine_plant_stay_two(tmp_path: Path) -> None:
    got = rows(tmp_path, (
        "Белорусские машины в Поволжье\n"
        "В Ульяновске с прошлого года работает линия сборки тракторов «Беларус» на площадке "
        "ООО «Симбирскагромаш».\n"
        "Кроме того, Минский моторный завод и ульяновское ООО «Волгадизель» планируют "
        "наладить в Димитровграде выпуск дизельных двигателей.\n"))
    assert len(got) == 2
