"""The register's rules added after studying the round-14 dev part (issue 11), on texts written
here in the style of mining digests, news-in-brief columns and commission communiqués: a
part's name in a sentence that prices, ships or buys goods is those goods, not parts made
here."""

from __future__ import annotations

from conftest import register_of


def firms(row: dict) -> set[str]:
    return set(row["enterprises"].split(";")) if row["enterprises"] else set()


# ------------------------------------------------- parts priced, shipped or bought


def test_tyre_prices_are_no_component_project() -> None:
    """«Белшина подняла цены на шины»: a price, no project."""
    rows = register_of(
        "Карьерный дайджест\nВ Кузбассе угольщики считают расходы. ОАО «Белшина» подняла цены "
        "на крупногабаритные шины для самосвалов в среднем на 5%.")
    assert rows == []


def test_tyres_received_by_a_plant_are_a_delivery() -> None:
    """«комбинат получил партию шин «Белшины»» and «шины идут эшелонами» are deliveries."""
    rows = register_of(
        "Коротко\nНорильск. Горный комбинат получил очередную партию шин «Белшины» — 80 штук. "
        "Ещё две партии шин идут в Красноярский край эшелонами.")
    assert not [r for r in rows if r["kind"] == "component_production"]


def test_tyres_made_in_a_russian_town_stay_a_project() -> None:
    """A sentence that makes the parts keeps its component row, with a price beside it."""
    rows = register_of(
        "Шины из Тольятти\nВ Тольятти ООО «ВолгаШина» совместно с ОАО «Белшина» наладило "
        "выпуск шин для сельхозтехники; цена ниже импортной на 15%.")
    assert any(r["region"] == "Самарская область" and "Белшина" in firms(r) for r in rows)


def test_parts_delivered_and_made_by_the_partner_next_sentence() -> None:
    """«договорился о поставках рам … . Производство … в Курске начнётся …»: the next sentence
    says the partner makes the parts; the supply stays a project."""
    rows = register_of(
        "Рамы для прицепов\nОАО «МАЗ» договорился с ООО «Курскметалл» о поставках сварных "
        "изделий — рам и балок для полуприцепов. Производство в Курске начнётся осенью.")
    assert any("Курскметалл" in firms(r) and r["region"] == "Курская область" for r in rows)


# ------------------------------------------- delivered machines put together on site


def test_machines_shipped_knocked_down_and_assembled_by_the_buyer() -> None:
    """«ушли в разобранном виде, собирать будет сам покупатель»: a delivery, no assembly."""
    rows = register_of(
        "Карьерная техника\nБелАЗ отгрузил в Якутию четыре самосвала. Машины ушли по железной "
        "дороге в разобранном виде, собирать их будет сам покупатель на своей промплощадке.")
    assert not [r for r in rows if r["kind"] == "assembly"]


def test_machines_delivered_and_assembled_at_a_mine() -> None:
    """«доставлены … и уже собраны на месторождении»: erected at the customer's mine."""
    rows = register_of(
        "Хроника\nЧИТА — Горняки края получили три самосвала БелАЗ. Машины доставлены по "
        "железной дороге и уже собраны на месторождении.")
    assert not [r for r in rows if r["kind"] == "assembly"]


def test_assembly_plant_in_a_mining_region_stays() -> None:
    """A plant that assembles machines is still an assembly project."""
    rows = register_of(
        "Сборка в Кузбассе\nВ Кемерове ООО «СибКарьерМаш» начало сборку самосвалов БелАЗ из "
        "машинокомплектов на своём заводе.")
    assert any(r["kind"] == "assembly" and "БелАЗ" in firms(r) for r in rows)
