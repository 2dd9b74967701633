"""Session 30 prec30 (issue 11, register precision on text nobody tuned on).

* A Russian region named after «для» or after the buyers or users «для» governs («для хозяйств
  Курской области», «для угольщиков Кузбасса», «для Москвы», «по заказу Саратовской области»)
  tells whom the goods are for, not where they are made: no row of that region
  (``customer_nouns``; the members of a list of such regions too). A service is done where its
  users are, so a sentence of service keeps the region (``service_stems``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dataset_of

CUSTOMERS = {
    "farms": ("Новая модель комбайна\nОАО «Гомсельмаш» освоило выпуск облегчённого комбайна для "
              "хозяйств Курской области на своём заводе в Гомеле.\n", "Курская область"),
    "miners": ("Самосвалы для Кузбасса\nБелорусский автозавод собирает партию машин "
               "грузоподъёмностью 90 тонн для угольщиков Кузбасса.\n", "Кемеровская область"),
    "city": ("Электробусы для столицы\nДля Москвы на Минском автозаводе собирают ещё сорок "
             "электробусов.\n", "Москва"),
    "order": ("Троллейбусы по заказу\nХолдинг «Белкоммунмаш» изготавливает троллейбусы по заказу "
              "Саратовской области.\n", "Саратовская область"),
    "needs": ("Погрузчики для региона\nХолдинг «Амкодор» наладил выпуск фронтальных погрузчиков "
              "для нужд предприятий Вологодской области.\n", "Вологодская область"),
}

LIST_OF_CUSTOMERS = (
    "Кормораздатчики для ферм\nОАО «Бобруйскагромаш» начало выпуск кормораздатчиков для "
    "хозяйств Брянской, Орловской и Калужской областей.\n")


@pytest.mark.parametrize("name", sorted(CUSTOMERS))
def test_a_customers_region_is_no_site(tmp_path: Path, name: str) -> None:
    text, region = CUSTOMERS[name]
    ds = dataset_of(tmp_path / "c", {f"{name}.txt": text})
    regions = {r["region"] for r in ds.projects.to_dict("records")}
    assert region not in regions, regions


def test_a_list_of_customers_regions_is_no_site(tmp_path: Path) -> None:
    ds = dataset_of(tmp_path / "c", {"list.txt": LIST_OF_CUSTOMERS})
    regions = {r["region"] for r in ds.projects.to_dict("records")}
    assert not regions & {"Брянская область", "Орловская область", "Калужская область"}, regions


def test_a_site_in_the_region_stays(tmp_path: Path) -> None:
    text = ("Тракторы для аграриев\nВ Смоленской области ООО «СмолТракСборка» собирает тракторы "
            "«Беларус» Минского тракторного завода для хозяйств региона.\n")
    ds = dataset_of(tmp_path / "c", {"site.txt": text})
    regions = {r["region"] for r in ds.projects.to_dict("records")}
    assert "Смоленская область" in regions, regions


def test_a_service_for_the_regions_users_stays(tmp_path: Path) -> None:
    from analysis.entities import find_regions
    from analysis.projects.cues import tokens
    from analysis.projects.work_site import client_home

    text = "Центр ведёт гарантийное обслуживание тракторов для хозяйств Свердловской области."
    region = next(e for e in find_regions(text) if e.normal == "Свердловская область")
    assert not client_home(tokens(text, 0, len(text)), region)
    made = "Завод выпускает тракторы для хозяйств Свердловской области."
    region = next(e for e in find_regions(made) if e.normal == "Свердловская область")
    assert client_home(tokens(made, 0, len(made)), region)
