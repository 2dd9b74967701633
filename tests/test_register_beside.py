"""Two sites of different kinds and partners stay two rows (`projects/beside.py`): a later
sentence naming both facilities before one place («Центр и склад в Ярославле позволят …»)
after the article placed the centre in another region tells that place's own site again; it
opens no second centre there, nor turns the warehouse into a service centre."""

from __future__ import annotations

from pathlib import Path

from conftest import dataset_of

TWO_SITES = (
    "«Амкодор» открыл сервисный центр в Костроме и склад запчастей в Ярославле\n"
    "Холдинг «Амкодор» продолжает расширять сервисную сеть в России. В сентябре в Костроме "
    "вместе с дилером ООО «ВолгаСпецТехника» открыт сервисный центр для погрузчиков, а в "
    "Ярославле — склад запасных частей площадью 3 тыс. кв. м.\n"
    "«Сервисный центр и склад в Ярославле позволят ремонтировать машины без долгого ожидания "
    "деталей», — отметил заместитель гендиректора холдинга «Амкодор».\n")


def test_a_centre_named_beside_a_warehouse_of_another_place_opens_no_second_centre(
        tmp_path: Path) -> None:
    ds = dataset_of(tmp_path / "c", {"sites.txt": TWO_SITES})
    rows = {r["region"]: r for r in ds.projects.to_dict("records")}
    assert set(rows) == {"Костромская область", "Ярославская область"}
    assert rows["Костромская область"]["kind"] == "service_center"
    warehouse = rows["Ярославская область"]
    assert warehouse["kind"] == "other" and "склад" in warehouse["product"].lower()
    assert "ВолгаСпецТехника" not in warehouse["enterprises"]


def test_a_centre_of_its_own_place_is_still_read() -> None:
    from analysis.projects.beside import site_named_beside
    from analysis.projects.merging import Project

    class _M:  # a mention's fields the rule reads
        kind, placed, region = "service_center", True, "Ярославская область"
        enterprises, product_key = {"Амкодор"}, {"склад"}

    here = [Project(region="Ярославская область", kind="other", enterprises={"Амкодор"},
                    product_key={"склад"}, placed=True)]
    # no centre of these firms placed elsewhere: the sentence tells a centre of its own
    assert site_named_beside(_M(), here) is None  # type: ignore[arg-type]
    here.insert(0, Project(region="Костромская область", kind="service_center",
                           enterprises={"Амкодор"}, placed=True))
    assert site_named_beside(_M(), here) is here[1]  # type: ignore[arg-type]
