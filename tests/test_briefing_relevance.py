"""The lead's largest figures are about Russia–Belarus cooperation: a special economic
zone's total, named in the same article as a Belarusian resident's project, is not the
briefing's largest investment (it stays in the tables)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import briefing_of, dataset_of, tag_free

from analysis.briefing import Briefing
from analysis.entities import names_belarusian_side, names_pair_trading_abroad

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


@pytest.fixture(scope="module")
def zone_briefing(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    return briefing_of(tmp_path_factory.mktemp("zone"), {"zone.txt": ZONE}, lang="ru")


def test_a_zones_total_is_not_the_largest_investment_of_the_briefing(zone_briefing: Briefing) -> None:
    row = zone_briefing.largest("investment")
    assert row is not None
    assert row["value"] == pytest.approx(1.8e9)
    lead = tag_free(zone_briefing.lead())
    assert "96" not in lead
    assert "1,8 млрд" in lead


def test_the_zones_total_stays_in_the_tables(zone_briefing: Briefing) -> None:
    values = set(zone_briefing.figures["value"].round())
    assert {1.8e9, 96e9} <= values


def test_the_money_table_lists_the_zones_total_after_the_partnership_and_marks_it(
        zone_briefing: Briefing) -> None:
    rows = [tag_free(r) for r in re.findall(r"<tr>(.*?)</tr>", zone_briefing.money_table(), re.S)[1:]]
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
    # the combining form of a compound adjective (a second new user's title, session 20)
    ("Белорусско-российские проекты в регионе привлекут 6 млрд рублей", True),
    ("совместные белорусско-китайские разработки", True),
    # the union adjective of the Union State's money and industry (session 21's new user)
    ("Госбанки делают ставку на союзную промышленность", True),
    ("спрос на союзное финансирование растёт", True),
    ("союзные войска вошли в город", False),
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
    b = briefing_of(tmp_path, {"total.txt": REGION_TOTAL}, lang="ru")
    assert b.largest("investment") is None
    assert "100 млрд" not in tag_free(b.lead())
    assert "Крупнейшие инвестиции" not in tag_free(b.key_figures())
    table = tag_free(b.money_table())
    assert "100 млрд" in table and "Беларусь рядом не названа" in table


def test_the_lead_says_the_largest_figure_is_the_one_linked_to_belarus(
        zone_briefing: Briefing) -> None:
    assert "Крупнейшая сумма инвестиций, связанная с Беларусью, — 1,8 млрд" in tag_free(
        zone_briefing.lead())


def test_the_money_chart_leaves_out_what_the_table_marks_unrelated(
        zone_briefing: Briefing, monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis.briefing import charts

    drawn: list[str] = []
    real = charts.barh_chart

    def spy(labels: list[str], *args: object, **kwargs: object) -> str:
        if "width" not in kwargs:  # the column's drawing (a phone's is the same chart)
            drawn.extend(labels)
        return real(labels, *args, **kwargs)

    monkeypatch.setattr(charts, "barh_chart", spy)
    chart = tag_free(zone_briefing.money_chart())
    # the Belarusian resident's 1.8 bn (sentence 1.1) drawn; the other resident's plant and
    # the zone's total (session 20: a new user read them as Belarus's) left to the table,
    # and the note says how many
    assert len(drawn) == 1 and drawn[0].startswith("[1.1]")
    assert "на графике не показаны: 2" in chart


# Imports both countries made abroad name Belarus, yet are not trade between the two.
PAIR = (
    "Кооперация в автопроме: ставка на свои комплектующие\n"
    "14.03.2024\n"
    "Товарооборот России и Беларуси в 2023 году составил 45 млрд долларов.\n"
    "В 2022 году он достиг 43 млрд долларов.\n"
    "При этом только в 2021 году Беларусь и Россия импортировали автокомпоненты на сумму "
    "свыше 19 млрд долларов, подчеркнул министр.\n"
)


@pytest.fixture(scope="module")
def pair_briefing(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    return briefing_of(tmp_path_factory.mktemp("pair"), {"pair.txt": PAIR}, lang="ru")


def test_what_both_countries_bought_abroad_is_labelled_and_kept_out_of_the_series(
        pair_briefing: Briefing) -> None:
    rows = [tag_free(r) for r in re.findall(r"<tr>(.*?)</tr>", pair_briefing.trade_table(), re.S)[1:]]
    joint = next(r for r in rows if "19 млрд" in r)
    assert "Россия и Беларусь вместе, с третьими странами" in joint
    assert all("с третьими странами" not in r for r in rows if "19 млрд" not in r)
    series = pair_briefing.trade_series(["trade_turnover", "export", "import"])
    assert sorted(float(r["value"]) for r in series) == [43e9, 45e9]


@pytest.mark.parametrize(("sentence", "abroad"), [
    ("Только в 2021 году Беларусь и Россия импортировали автокомпоненты на сумму свыше $19 млрд.",
     True),
    ("Импорт микроэлектроники Россией и Беларусью превысил 3 млрд долларов.", True),
    ("Россия и Беларусь ввозят из Китая комплектующие на 8 млрд долларов в год.", True),
    ("Россия и Беларусь экспортировали друг другу товаров на 50 млрд долларов.", False),
    ("Товарооборот России и Беларуси достиг 50 млрд долларов.", False),
    ("Беларусь экспортировала в Россию продукции на 25 млрд долларов.", False),
    ("Выпуск продукции по программам импортозамещения в России и Беларуси превысил 1 трлн рублей.",
     False),
])
def test_the_pair_as_one_side_of_an_import_or_export(sentence: str, abroad: bool) -> None:
    assert names_pair_trading_abroad(sentence) is abroad


def test_the_method_note_names_the_analysts_rates_file(tmp_path: Path) -> None:
    rates = tmp_path / "my_rates.csv"
    rates.write_text("year,currency,quote_currency,rate\n2024,USD,RUB,92.57\n", encoding="utf-8")
    dataset = dataset_of(tmp_path / "corpus", {"pair.txt": PAIR})
    own = tag_free(Briefing.load(dataset=dataset, lang="ru", rates=str(rates)).method_note())
    assert "«my_rates.csv»" in own and str(tmp_path) not in own
    assert "файла аналитика" not in tag_free(Briefing.load(dataset=dataset, lang="ru").method_note())
