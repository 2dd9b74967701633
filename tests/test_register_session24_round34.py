"""The register's rules added in session 24 from round 34's dev part (walk34reg), each a class
that recurs in another round's dev part or is plain Russian, on texts written here in the
style of regional news, business papers and agency wires: mounting bodies on a chassis told
as a noun or with the chassis first is assembly; a place after «к» is no site; a firm after
«на базе дилера ООО …» hosts the project; a venture or a facility named by its purpose
(«предприятие по выпуску …», «центр по ремонту …») is labelled by it; a building's frame is no
component; machines counted at work are a fleet, not a stage; «, а в Могилёве …» has its own
verb."""

from __future__ import annotations

from conftest import register_of, register_rows

from analysis.entities import find_regions
from analysis.projects.cues import tokens
from analysis.projects.location import shipped_to
from analysis.projects.products import product_label
from analysis.projects.role_phrases import fleet_count

# ------------------------------------------------- mounting on a chassis


def test_serial_mounting_on_a_chassis_told_as_a_noun_is_assembly() -> None:
    """«вышла на серийный монтаж автокранов на шасси МАЗ»: the noun of the mounting verb with
    «на шасси» is the assembly of special vehicles («монтаж» alone stays an installation)."""
    rows = register_of("Автокраны из Ирбита\nИрбитское ООО «УралКранМонтаж» вышло на серийный "
                       "монтаж автокранов на шасси МАЗ, с начала года заказчикам передано 14 машин.")
    assert [(r["region"], r["kind"], r["product"]) for r in rows] == [
        ("Свердловская область", "assembly", "автокраны")]


def test_the_chassis_told_before_the_mounting_verb_is_assembly() -> None:
    """«подъёмники на шасси МАЗ сейчас монтируют в Кинешме»: the object and the chassis stand
    before the verb; the product is what is mounted."""
    rows = register_of("Подъёмники для энергетиков\nПо соглашению с Минским автомобильным "
                       "заводом коленчатые подъёмники на шасси МАЗ сейчас монтируют в Кинешме.")
    assert [(r["region"], r["enterprises"], r["kind"], r["product"]) for r in rows] == [
        ("Ивановская область", "МАЗ", "assembly", "коленчатые подъёмники")]


def test_machines_put_together_on_a_customers_site_stay_no_assembly() -> None:
    """Control: «Монтаж самосвалов на промплощадке разреза занял три недели» is the erection
    of delivered machines (no chassis cue)."""
    text = ("Самосвалы для разреза\nНа разрез в Кузбассе пришли шесть самосвалов БелАЗ в "
            "разобранном виде. Монтаж самосвалов на промплощадке разреза занял три недели.")
    assert all(r["kind"] != "assembly" for r in register_of(text))


def test_a_place_after_k_is_no_site() -> None:
    """«близость к Москве упрощает логистику»: «к» with the dative tells nearness, no site."""
    rows = register_rows("Автовышки из Галича\nВ Галиче Костромской области монтируют "
                         "автовышки на шасси МАЗ. Монтажников выбрали за опыт монтажа кранов, "
                         "а близость к Москве и Нижнему Новгороду упрощает логистику.")
    assert [r[0] for r in rows] == ["Костромская область"]


# ------------------------------------------------- who hosts a project «на базе»


def test_a_dealer_named_after_na_baze_hosts_the_project() -> None:
    """«на базе дилера ООО «…»»: a dealer (or a legal form a few words before the name) is a
    firm hosting the centre, a party; «на базе шасси» stays a base."""
    rows = register_of("Сервис МТЗ в Ставрополе\nВ Ставрополе с весны работает сервисный центр "
                       "Минского тракторного завода на базе дилера ООО «СтавТракСервис».")
    assert [set(r["enterprises"].split(";")) for r in rows] == [{"МТЗ", "СтавТракСервис"}]


# ------------------------------------------------- labels: a purpose after «по»


def test_a_venture_named_by_its_purpose_makes_what_follows_po() -> None:
    assert product_label("совместное предприятие по выпуску насосов для коммунальной "
                         "техники") == "насосы для коммунальной техники"
    assert product_label("СП по сборке сеялок") == "сеялки"
    # «предприятие МАЗа» names its owners: no purpose, the label stays
    assert product_label("предприятие МАЗа и тульского") == "предприятие МАЗа и тульского"


def test_a_facility_named_by_its_service_is_labelled_by_it() -> None:
    assert product_label("сервисный центр по ремонту и обслуживанию погрузчиков") == \
        "ремонт и обслуживание погрузчиков"
    assert product_label("пункта по гарантийному ремонту комбайнов") == "гарантийный ремонт комбайнов"
    # a centre that sells is no service: the label stays
    assert product_label("центров по продаже техники") == "центры"


# ------------------------------------------------- a building's frame, a fleet at work


def test_a_buildings_frame_is_no_component() -> None:
    """«Каркас здания уже возведён» tells the building of a centre, no frames made."""
    rows = register_of("Сервис МАЗ в Уфе\nООО «БашГрузСервис» строит в Уфе сервисный центр для "
                       "грузовиков МАЗ. Каркас здания уже возведён, открыть центр планируют осенью.")
    assert [(r["kind"], r["status"]) for r in rows] == [("service_center", "in_progress")]


def test_machines_counted_at_work_are_a_fleet_not_a_stage() -> None:
    def fleet(text: str) -> bool:
        toks = tokens(text, 0, len(text))
        return fleet_count(toks, next(i for i, t in enumerate(toks) if t.lemma == "работать"))

    assert fleet("в регионе работает около 4 тыс. тракторов МТЗ")
    assert fleet("в хозяйствах края работают более 1 100 зерноуборочных комбайнов")
    assert not fleet("на участке работают 18 человек")  # people at work: the site runs
    assert not fleet("центр работает с 2021 года")


def test_a_fleet_after_a_centre_being_built_leaves_it_in_progress() -> None:
    rows = register_of("Сервис для грузовиков\nООО «КамаГрузСервис» строит в Набережных Челнах "
                       "сервисный центр для грузовиков МАЗ, открыть его планируют в сентябре. "
                       "На дорогах республики работают около 4 тыс. грузовиков МАЗ.")
    assert [(r["kind"], r["status"]) for r in rows] == [("service_center", "in_progress")]


# ------------------------------------------------- a contrast clause


def test_a_contrast_clause_has_its_own_verb() -> None:
    """«цистерны поставляет самарское ООО «…», а в Могилёве их устанавливают»: Mogilev is
    where the work is, not where the goods go; the maker's project stays in Belarus."""
    rows = register_of("Бензовозы из Могилёва\nОАО «Могилевтрансмаш» осваивает сборку "
                       "полуприцепов-цистерн. Цистерны поставляет самарское ООО «ВолгаТанк», а в "
                       "Могилёве их устанавливают на собственные рамы.")
    assert any(not r["region"] and "Могилевтрансмаш" in r["enterprises"] for r in rows)



def test_ne_tolko_no_i_goes_on_with_the_same_verb() -> None:
    """«поставлять их не только на свой конвейер, но и в Минск», «…, а также в Минск»: no
    clause of its own, so Minsk is still where the goods go; «, а в Минске …» is one."""
    def shipped(text: str) -> bool:
        minsk = next(e for e in find_regions(text) if e.surface.startswith("Минск"))
        return shipped_to(text, tokens(text, 0, len(text)), minsk)

    assert shipped("Завод начнёт поставлять рамы не только на свой конвейер, но и в Минск.")
    assert shipped("Завод начнёт поставлять рамы в Брянск, а также в Минск.")
    assert not shipped("Цистерны поставляет самарское ООО «ВолгаТанк», а в Минске их "
                       "устанавливают на рамы.")


# ------------------------------------------------- an object before a verb with no subject


def test_the_object_before_an_indefinite_personal_verb_is_the_product() -> None:
    """«Фронтальные погрузчики холдинга «Амкодор» собирают в Вологодской области»: the verb
    has no subject («собирают» = «are assembled»), its object stands before it; the label is
    not the place after it."""
    rows = register_of("Карта сборки\nВологодская область. Фронтальные погрузчики холдинга "
                       "«Амкодор» собирают в Вологодской области — в Соколе.")
    assert [r["product"] for r in rows] == ["Фронтальные погрузчики холдинга Амкодор"]


def test_a_firm_before_the_verb_is_its_subject_not_its_product() -> None:
    """Control: «Брянские заводы собирают в Брянске тракторы …»: the noun before the verb is a
    firm word, its subject; the product follows the verb."""
    rows = register_of("Сборка в Брянске\nБрянские заводы собирают в Брянске тракторы "
                       "«Беларус» из машинокомплектов МТЗ.")
    assert [r["product"] for r in rows] == ["тракторы"]
