"""The lead's largest figures are about Russia–Belarus cooperation: a special economic
zone's total, named in the same article as a Belarusian resident's project, is not the
briefing's largest investment (it stays in the tables)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.briefing import Briefing
from analysis.entities import names_belarusian_side
from analysis.tables.dataset import extract

ZONE = (
    "Технопарк «Каменка» получил двух новых участников\n"
    "Управляющая компания индустриального парка «Каменка» под Пензой подписала соглашения с "
    "двумя инвесторами.\n"
    "ООО «Сурская техника» наладит в парке выпуск кабин для тракторов «Беларус» по кооперации "
    "с Минским тракторным заводом, вложения составят 1,8 млрд рублей.\n"
    "Второй участник, ООО «Пенза-Пласт», построит цех пластиковой тары за 350 млн рублей.\n"
    "Всего резиденты парка с момента его открытия заявили инвестиции на сумму более 96 млрд "
    "рублей.\n"
)


def plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("\u00a0", " ")


@pytest.fixture(scope="module")
def zone_briefing(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    folder = tmp_path_factory.mktemp("zone")
    (folder / "zone.txt").write_text(ZONE, encoding="utf-8")
    return Briefing.load(dataset=extract(Path(folder), ner=False), lang="ru")


def test_a_zones_total_is_not_the_largest_investment_of_the_briefing(zone_briefing: Briefing) -> None:
    row = zone_briefing.largest("investment")
    assert row is not None
    assert row["value"] == pytest.approx(1.8e9)
    lead = plain(zone_briefing.lead())
    assert "96" not in lead
    assert "1,8 млрд" in lead


def test_the_zones_total_stays_in_the_tables(zone_briefing: Briefing) -> None:
    values = set(zone_briefing.figures["value"].round())
    assert {1.8e9, 96e9} <= values


def test_the_money_table_lists_the_zones_total_after_the_partnership_and_marks_it(
        zone_briefing: Briefing) -> None:
    rows = [plain(r) for r in re.findall(r"<tr>(.*?)</tr>", zone_briefing.money_table(), re.S)[1:]]
    investments = [r for r in rows if "инвестиции" in r]
    assert "1,8 млрд" in investments[0] and "Беларусь рядом не названа" not in investments[0]
    zone = next(r for r in investments if "96 млрд" in r)
    assert "Беларусь рядом не названа" in zone
    assert investments.index(zone) == len(investments) - 1 or all(
        "Беларусь рядом не названа" in r for r in investments[investments.index(zone):])


@pytest.mark.parametrize(("text", "names"), [
    ("вложения в сборку тракторов «Беларус» составят 1,8 млрд рублей", True),
    ("по кооперации с Гомсельмашем", True),
    ("завод в Жодино", True),
    ("из бюджета Союзного государства выделят 2 млрд рублей", True),
    ("белорусские партнёры вложат 300 млн", True),
    ("всего резиденты парка заявили инвестиции на 96 млрд рублей", False),
    ("Пензенская область привлекла 40 млрд рублей инвестиций", False),
    ("", False),
])
def test_the_belarusian_side_is_named_or_not(text: str, names: bool) -> None:
    assert names_belarusian_side(text) is names


REGION_TOTAL = """Смоленская область привлекла 100 млрд рублей инвестиций
В 2024 году в экономику Смоленской области привлечено свыше 100 млрд рублей инвестиций, сообщили
в администрации региона. Средства направлены на сотню проектов в промышленности и логистике.
"""


def test_a_regions_total_alone_headlines_nothing(tmp_path: Path) -> None:
    """The seeds' Smolensk briefing led with «Крупнейшая сумма инвестиций в источниках —
    свыше 100 млрд руб.», a regional total whose article names no Belarusian side: with no
    figure about the partnership, the lead and the cards name no largest investment, and the
    table keeps the total, marked."""
    (tmp_path / "total.txt").write_text(REGION_TOTAL, encoding="utf-8")
    b = Briefing.load(dataset=extract(tmp_path, ner=False), lang="ru")
    assert b.largest("investment") is None
    assert "100 млрд" not in plain(b.lead())
    assert "Крупнейшие инвестиции" not in plain(b.key_figures())
    table = plain(b.money_table())
    assert "100 млрд" in table and "Беларусь рядом не названа" in table


def test_the_lead_says_the_largest_figure_is_the_one_linked_to_belarus(
        zone_briefing: Briefing) -> None:
    assert "Крупнейшая сумма инвестиций, связанная с Беларусью, — 1,8 млрд" in plain(
        zone_briefing.lead())
