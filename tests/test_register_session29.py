"""Session 29 (issue 11, readings general enough to carry to unseen text).

* A sentence with no kind cue that tells where people gather («Очередное заседание рабочей
  группы пройдёт в Смоленске») adds no site to the sites an article announced
  (``event_nouns``, as trade words do).
* Where a prototype is tested («испытания пройдут … в Подмосковье») is a venue (``event_nouns``):
  a test site, not where the project is.
* «на месте» names no product («сборка на месте»: a label of the word alone joins its row).
"""

from __future__ import annotations

from pathlib import Path

from conftest import dataset_of

MEETING = (
    "Гомель и Смоленск обсудили кооперацию\n"
    "Участники заседания рассмотрели проекты на трёх площадках двух областей.\n"
    "Гомельский завод «Гидропривод» и смоленское ООО «СмолГидроМаш» договорились создать в "
    "Гомеле совместное предприятие по выпуску гидромоторов для дорожной техники.\n"
    "Следующее заседание рабочей группы пройдёт в Смоленске в мае.\n")


def test_a_meeting_place_adds_no_site(tmp_path: Path) -> None:
    ds = dataset_of(tmp_path / "c", {"meeting.txt": MEETING})
    rows = ds.projects.to_dict("records")
    assert any(r["location"] == "Гомель" for r in rows), rows
    assert not [r for r in rows if r["region"] == "Смоленская область"], rows


TEST_SITE = (
    "Белорусские машиностроители ведут проекты в трёх регионах\n"
    "В Брянске ООО «ДеснаАгроМонтаж» собирает кормораздатчики из узлов ОАО "
    "«Гомельагрокомплект».\n"
    "Холдинг «Амкодор» и российское ООО «ДорТехПроект» разрабатывают дорожный каток с "
    "электрическим приводом. Прототип собирают в Минске, испытания должны пройти осенью на "
    "опытном полигоне в Подмосковье.\n")


def test_a_test_site_is_no_place_of_the_project(tmp_path: Path) -> None:
    ds = dataset_of(tmp_path / "c", {"site.txt": TEST_SITE})
    regions = {r["region"] for r in ds.projects.to_dict("records")}
    assert "Московская область" not in regions, regions


def test_on_the_spot_names_no_product() -> None:
    # «сборка на месте сократит сроки поставки»: «на месте» says where, not what is made
    from analysis.projects.labels import names_a_product

    assert not names_a_product("производство на месте")
    assert names_a_product("погрузчики на месте")
