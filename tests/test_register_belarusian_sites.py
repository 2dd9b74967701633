"""The register's place rules for a project at a Belarusian plant (session 17, reg19b; seen in
round 19's dev part, plain Russian): «на минском ОАО «…»», «на гомельском заводе «…»» name the
site as «на площадке ОАО «…»» does; the Russian partner's adjective («екатеринбургским ООО»)
says where the partner is from, not where the project is. Also: a place inside a quoted
hyphenated name, Belarusian makers beyond machinery, a supplier's after-sales service. Texts
written here."""

from __future__ import annotations

from conftest import register_of


def _places(text: str) -> list[tuple]:
    return sorted((r["region"] or "", r["location"] or "") for r in register_of(text))


def test_a_belarusian_plant_after_na_with_a_town_adjective_is_the_site() -> None:
    """«На минском ОАО «Пеленг» вместе с екатеринбургским ООО … выпускают»: a Minsk project."""
    rows = _places("Навигация для самолётов\nНа минском ОАО «Пеленг» уже третий год вместе с "
                   "екатеринбургским ООО «Уралнавигатор» выпускают блоки навигации для "
                   "региональных самолётов.")
    assert rows == [("", "Минск")]


def test_a_belarusian_plant_noun_after_na_is_the_site() -> None:
    """«на гомельском заводе «Гидропривод»»: the plant noun between «на» and the name."""
    rows = _places("Редукторы для жаток\nНа гомельском заводе «Гидропривод» вместе с "
                   "воронежской компанией ООО «Черноземагродеталь» освоили выпуск редукторов "
                   "для жаток.")
    assert [r[0] for r in rows] == [""]


def test_chassis_after_na_is_no_site() -> None:
    """Control: «сборка машин на шасси МАЗ» names the base vehicle, not a plant: the Russian
    firm's region stays."""
    rows = _places("Техника на шасси МАЗ\nИвановское ООО «Кинешмаспецмаш» начнёт в Кинешме "
                   "сборку коммунальных машин на шасси МАЗ.")
    assert [r[0] for r in rows] == ["Ивановская область"]


# ------------------------------------------------- a place inside a quoted hyphenated name


def test_a_town_inside_a_quoted_brand_is_no_place() -> None:
    """«под совместной маркой «Брест-Кама»» (rounds 11, 19: «Омск-…», «Брест-Урал»): the
    brand names no site; the Russian firm's home adjective places the agreement."""
    rows = _places("Носки под общей маркой\nПермская компания «Камский трикотаж» и ОАО "
                   "«Брестский чулочный комбинат» подписали соглашение о выпуске чулочно-носочных "
                   "изделий под совместной маркой «Брест-Кама».")
    assert [r[0] for r in rows] == ["Пермский край"]


def test_a_quoted_place_name_stays_a_place() -> None:
    """Control: «на площадке ОЭЗ «Санкт-Петербург»» — the whole quoted word is the place."""
    rows = _places("Сборка в особой зоне\nМАЗ и ООО «Невабас» наладят сборку автобусов на "
                   "площадке ОЭЗ «Санкт-Петербург».")
    assert [r[0] for r in rows] == ["Санкт-Петербург"]



# ------------------------------------------------- Belarusian makers beyond machinery


def test_belarusian_makers_beyond_machinery_are_listed() -> None:
    """Light industry, pharmaceuticals and woodworking (round 19's genres) in the gazetteer:
    each is a Belarusian enterprise with its home region, found in an inflected form."""
    from analysis.entities import enterprise_info, find_enterprises

    info = enterprise_info()
    for name in ("Гомельдрев", "Мозырский ДОК", "Белмедпрепараты", "Брестский чулочный комбинат",
                 "Борисовский завод медицинских препаратов", "Милавица"):
        assert info[name]["country"] == "BY"
    found = {e.normal for e in find_enterprises(
        "Специалисты «Гомельдрева» обслуживают линии, а на Борисовском заводе медицинских "
        "препаратов разместят выпуск антибиотиков.")}
    assert {"Гомельдрев", "Борисовский завод медицинских препаратов"} <= found


# ------------------------------------------------- after-sales service of a supplier's machines


def test_warranty_service_after_a_supplier_is_no_project() -> None:
    """«Поставщиком выступил дилер … Гарантийное обслуживание будет выполнять изготовитель»:
    a supplier delivers, as «поставка» does; the warranty is after-sales, no facility."""
    rows = register_of("Новые автоцистерны\nПожарные части Зауралья получили новые автоцистерны. "
                       "Поставщиком выступила курганская компания «МАЗ-Курган» — официальный "
                       "дилер белорусского завода. Гарантийное обслуживание, по условиям "
                       "контракта, будет выполнять изготовитель надстройки.")
    assert rows == []
