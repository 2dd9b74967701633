"""The register's rules added in session 23 (walk23breg: the second new user's register
findings 1–4, 6 and 7), on texts written here in the style of trade-press overviews and
interviews: a town's plant is not a listed plant of another town, a plant's description with
its quoted name is one firm, a venture named after a maker's brand keeps its name, a site
phrase «на базе цеха в <town>» ends at the town, a further site told in its own region
keeps its own sum and kind, an assembler's service of what it assembles is that assembly,
and a line stopped and restarted runs, with the sum added at the restart."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import register_of

from analysis.entities import canonical_enterprise, enterprise_parent, find_enterprises

# ------------------------------------------------- names: near misses and ventures


@pytest.mark.parametrize("name", [
    "Курский машиностроительный завод", "Саранский машиностроительный завод",
    "Курский автобусный завод", "Омский тракторный завод", "Омский вагоностроительный завод",
])
def test_a_plant_of_another_town_is_no_near_miss_of_a_listed_plant(name: str) -> None:
    """The shared «машиностроительный завод» lifts the whole name's score; the town's
    adjective is another word: another plant, not the listed one."""
    assert canonical_enterprise(name) is None


@pytest.mark.parametrize(("name", "normal"), [
    ("Брянский машинастроительный завод", "Брянский машиностроительный завод"),
    ("Минский тракторный заводд", "МТЗ"),
])
def test_a_slip_inside_a_word_is_still_the_listed_plant(name: str, normal: str) -> None:
    assert canonical_enterprise(name) == normal


def test_a_venture_named_after_a_brand_keeps_the_brand() -> None:
    """«СП «Неман-Дон»» (the Lida bus plant's brand and a place): named as written, the
    plant its parent; a case form of the brand is its nominative."""
    for text in ("Под Ростовом создают СП «Неман-Дон».", "Директор СП «Немана-Дон» рассказал."):
        (venture,) = [e for e in find_enterprises(text) if e.type == "enterprise"]
        assert venture.normal == "Неман-Дон"
        assert enterprise_parent(venture.normal) == "Лидский автобусный завод"
    (daughter,) = find_enterprises("Сервисом занимается «Гомсельмаш-Юг».")
    assert daughter.normal == "Гомсельмаш-Юг"  # written by the normal name: unchanged


def test_a_plant_described_before_its_quoted_name_is_one_firm() -> None:
    """«Курганский машиностроительный завод «Зауралье»»: the description and the name are one
    plant, no second partner (nor a listed plant of another town)."""
    rows = register_of("Курганский машиностроительный завод «Зауралье» вместе с холдингом "
                       "«Амкодор» выпускает фронтальные погрузчики в Курганской области.",
                       published=date(2026, 5, 4))
    assert [r["enterprises"] for r in rows] == ["Амкодор;Зауралье"]


# ------------------------------------------------- sites told one after another

_OVERVIEW = (
    "Обзор: «Амкодор» готовит две новые площадки в России\n"
    "Холдинг «Амкодор» в прошлом году продал российским клиентам 900 погрузчиков.\n"
    "Гарантийный ремонт техники ведет партнер холдинга — компания «УралТехСнаб», которая с "
    "2022 года собирает погрузчики «Амкодор» из машинокомплектов в Екатеринбурге.\n"
    "В нынешнем году партнеры намерены двигаться дальше. В Пермском крае создается "
    "совместное предприятие «Амкодор-Кама»: белорусской стороне принадлежит 51%. Инвестиции "
    "в проект оцениваются в 900 млн рублей, выпуск начнется в 2027 году.\n"
    "Вторая площадка появится в Курганской области: на базе цеха в Шадринске «УралТехСнаб» "
    "организует сборку фронтальных погрузчиков. Вложения составят 350 млн рублей, старт "
    "производства намечен на четвертый квартал текущего года.")


@pytest.fixture(scope="module")
def overview_rows() -> dict[str, dict]:
    return {r["region"]: r for r in register_of(_OVERVIEW, published=date(2026, 2, 10))}


def test_a_further_sites_sum_and_start_stay_on_its_own_row(overview_rows: dict[str, dict]) -> None:
    """«Вложения составят 350 млн рублей, старт … в четвертом квартале» after the Kurgan site:
    its row's, not the row of the firm's first site in Sverdlovsk."""
    kurgan, sverdlovsk = overview_rows["Курганская область"], overview_rows["Свердловская область"]
    assert kurgan["investment_value"] == 350e6 and kurgan["timeline"] == "2026-Q4"
    assert sverdlovsk["investment_value"] != sverdlovsk["investment_value"]  # NaN: none named
    assert sverdlovsk["status"] == "operating"


def test_a_further_site_has_its_own_kind_and_partner(overview_rows: dict[str, dict]) -> None:
    """«на базе цеха в Шадринске «УралТехСнаб» организует сборку»: the quoted name after the
    town is the subject (no site of the phrase); the maker goes on to the new site, the
    venture's own name and kind stay in Perm."""
    kurgan = overview_rows["Курганская область"]
    assert kurgan["kind"] == "assembly" and kurgan["location"] == "Шадринск"
    assert kurgan["enterprises"] == "Амкодор;УралТехСнаб"
    assert "погрузчик" in kurgan["product"]
    perm = overview_rows["Пермский край"]
    assert perm["kind"] == "joint_venture" and perm["enterprises"] == "Амкодор;Амкодор-Кама"
    assert perm["investment_value"] == 900e6


def test_an_assemblers_service_is_part_of_its_assembly(overview_rows: dict[str, dict]) -> None:
    """«Гарантийный ремонт техники ведет партнер — компания «…», которая … собирает
    погрузчики»: one row, the assembly, with its firms."""
    assert len(overview_rows) == 3
    sverdlovsk = overview_rows["Свердловская область"]
    assert sverdlovsk["kind"] == "assembly"
    assert sverdlovsk["enterprises"] == "Амкодор;УралТехСнаб"


def test_a_service_centre_beside_an_assembly_stays_a_project() -> None:
    """Control: a facility («сервисный центр») told with an assembly is a project of its own."""
    rows = register_of("Компания «ВолгаТрак» собирает тракторы «Беларус» в Саратове и открыла "
                       "там же сервисный центр.", published=date(2026, 5, 4))
    assert {r["kind"] for r in rows} == {"assembly", "service_center"}


# ------------------------------------------------- a line stopped and restarted

_INTERVIEW = (
    "«Мы вернулись»: директор завода «Сибагромаш» — о сборке с «Гомсельмашем»\n"
    "Омский завод «Сибагромаш» вместе с холдингом «Гомсельмаш» выпускает кормоуборочные "
    "комбайны. Директор завода рассказал, почему сборку пришлось остановить и как ее удалось "
    "запустить снова.\n"
    "— Как все начиналось?\n"
    "— Договорились с «Гомсельмашем» в 2019 году, а первый комбайн собрали осенью 2020 года. "
    "Вложили тогда около 500 млн рублей.\n"
    "— Что случилось потом?\n"
    "— В 2022 году сорвались поставки двигателей. Сборку заморозили почти на год.\n"
    "— Когда перезапустили?\n"
    "— Весной 2023 года, когда нашли нового поставщика.\n"
    "Дополнительно инвестировали 250 млн рублей, из них 100 млн — заем банка.")


def test_a_line_stopped_and_restarted_runs_with_the_sum_added() -> None:
    rows = register_of(_INTERVIEW, published=date(2026, 6, 1))
    assert len(rows) == 1
    row = rows[0]
    assert row["region"] == "Омская область" and row["kind"] == "assembly"
    assert row["status"] == "operating"
    assert row["investment_value"] == 750e6  # 500 + 250 (the 100 is inside the 250)


def test_a_line_stopped_and_not_restarted_has_no_stage() -> None:
    """Control: without the restart the pause stands (no stage)."""
    text = _INTERVIEW.replace(" и как ее удалось запустить снова", "").split("— Когда")[0]
    (row,) = register_of(text, published=date(2026, 6, 1))
    assert row["status"] == "unknown" and row["investment_value"] == 500e6


def test_a_full_cycle_of_service_keeps_its_service() -> None:
    """Control: in «полный цикл обслуживания» the service is what the cycle is of, not the
    service of an assembly told beside it: the service centre stays."""
    rows = register_of("В Тюмени компания «ТюменьСпецТех» вместе с холдингом «Амкодор» запустила "
                       "полный цикл обслуживания погрузчиков.", published=date(2026, 5, 4))
    assert "service_center" in {r["kind"] for r in rows}
