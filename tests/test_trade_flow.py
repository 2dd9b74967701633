"""Which way an export or import figure's goods go (`Fact.flow`, `analysis.money.flow`): read
from the figure's own clause, then whose trade its sentence tells (other figures, the side that
acts, the speaker, a Russian region), then the topic carried from before; kept apart by
consolidation, said in words by the briefing, scored where the gold gives it."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from conftest import dataset_of, make_article

from analysis.briefing import Briefing
from analysis.briefing.downloads import CONSOLIDATED_COLUMNS, FIGURE_COLUMNS
from analysis.briefing.labels import measure_label
from analysis.figures import flow_series, national_series
from analysis.money import AMOUNT_COLUMNS, describe
from analysis.quality.money import score_money
from analysis.tables.dataset import Dataset


def flows(text: str, published: date = date(2025, 3, 20)) -> dict[str, tuple[str, str | None]]:
    """surface → (metric, flow) of each figure of one article made of `text`."""
    return {f.amount.surface: (f.metric, f.flow)
            for f in describe(make_article("flow", text, published))}


# --------------------------------------------------------------------------- the clause
@pytest.mark.parametrize(("sentence", "surface", "flow"), [
    # the exporter, the importer, where the goods go or come from
    ("Белорусский экспорт в Россию за январь–февраль вырос до 4,3 млрд долларов.",
     "4,3 млрд долларов", "BY→RU"),
    ("Экспорт России в Беларусь в 2024 году оценивается в 26,1 млрд долларов.",
     "26,1 млрд долларов", "RU→BY"),
    ("Импорт российских товаров в республику за год составил 23,5 млрд долларов.",
     "23,5 млрд долларов", "RU→BY"),
    ("Ввоз из Беларуси в Смоленскую область за полугодие — 310 млн долларов.",
     "310 млн долларов", "BY→RU"),
    ("Гродненские предприятия отгрузили в Калужскую область продукции на 57 млн долларов.",
     "57 млн долларов", "BY→RU"),
    ("Ярославский завод поставил белорусским партнёрам продукции на 1,2 млрд рублей.",
     "1,2 млрд рублей", "RU→BY"),
    # a Russian region's own export, then a Belarusian buyer
    ("Экспорт Курской области в Беларусь в 2024 году составил 91 млн долларов.",
     "91 млн долларов", "RU→BY"),
    ("В 2024 году белорусские компании закупили в России оборудования на 640 млн долларов.",
     "640 млн долларов", "RU→BY"),
    # the sentence calls a side the buyer
    ("Россия остаётся главным покупателем: на неё пришлось 212 млн долларов экспорта фабрики.",
     "212 млн долларов", "BY→RU"),
    # sold on a side's market: that is where the goods go
    ("Продажи белорусской обуви в России за год составили 5,4 млрд рублей.",
     "5,4 млрд рублей", "BY→RU"),
    # a third country, the world, the pair's joint trade abroad
    ("Экспорт белорусских шин в Казахстан в 2024 году составил 96 млн долларов.",
     "96 млн долларов", "other"),
    ("Экспорт Беларуси в целом за 2024 год составил 44,6 млрд долларов.",
     "44,6 млрд долларов", "other"),
    ("Россия и Беларусь импортировали станки из третьих стран на 2,3 млрд долларов.",
     "2,3 млрд долларов", "other"),
    # no market told: a firm's or a country's export to every market (tests/gold/README.md)
    ("Экспорт за 2024 год вырос до 2,1 млрд долларов.", "2,1 млрд долларов", "other"),
    # a part of the two countries' turnover whose direction is not told
    ("Товарооборот России и Беларуси в 2024 году составил 52,1 млрд долларов, из них на экспорт "
     "пришлось 27,9 млрд долларов.", "27,9 млрд долларов", None),
])
def test_a_figure_takes_the_direction_its_clause_tells(sentence: str, surface: str,
                                                       flow: str | None) -> None:
    text = "Внешняя торговля: итоги\n" + sentence + "\n"
    metric, got = flows(text)[surface]
    assert metric in ("export", "import")
    assert got == flow


def test_two_flows_of_one_sentence_each_take_their_own_clause() -> None:
    got = flows("Торговля двух стран\n"
                "По данным министерства, белорусский экспорт в Россию в 2024 году достиг 28,2 млрд "
                "долларов, а поставки из России — 25,3 млрд долларов; ввоз российского сырья "
                "вырос до 9 млрд долларов.\n")
    assert got["28,2 млрд долларов"][1] == "BY→RU"
    assert got["25,3 млрд долларов"][1] == "RU→BY"
    assert got["9 млрд долларов"][1] == "RU→BY"


def test_the_whole_before_its_part_for_the_other_side_is_every_markets() -> None:
    got = flows("Завод подвёл итоги\n"
                "Экспорт предприятия за 2024 год составил 58,3 млн долларов, из них в Россию — "
                "44,1 млн долларов.\n")
    assert got["58,3 млн долларов"][1] == "other"
    assert got["44,1 млн долларов"][1] == "BY→RU"


# --------------------------------------------------------------------------- sentence, speaker, region
def test_a_bare_import_beside_an_export_is_the_same_sides() -> None:
    """«Экспорт Беларуси в Россию — …, импорт — …»: Belarus's import, from Russia."""
    got = flows("Итоги года\nЭкспорт Беларуси в Россию составил 27,9 млрд долларов, "
                "импорт — 24,2 млрд долларов.\n")
    assert got["27,9 млрд долларов"] == ("export", "BY→RU")
    assert got["24,2 млрд долларов"] == ("import", "RU→BY")


def test_an_import_a_belarusian_body_reports_is_belaruss() -> None:
    got = flows("Статистика\nИмпорт за январь–июнь, по данным Белстата, составил 11,8 млрд "
                "долларов.\n")
    assert got["11,8 млрд долларов"] == ("import", "RU→BY")


def test_a_russian_regions_figure_is_its_trade_with_belarus() -> None:
    got = flows("Брянская область нарастила торговлю с Беларусью\n"
                "Внешнеторговый оборот области с республикой в 2024 году превысил 1,2 млрд "
                "долларов. Экспорт достиг 455 млн долларов, импорт — 771 млн долларов.\n")
    assert got["455 млн долларов"] == ("export", "RU→BY")
    assert got["771 млн долларов"] == ("import", "BY→RU")


# --------------------------------------------------------------------------- the topic carried
def test_a_later_figure_carries_the_direction_and_cites_where_it_came_from() -> None:
    text = ("Молочный экспорт растёт\n"
            "Экспорт белорусской молочной продукции в Россию в 2024 году составил 2,9 млрд "
            "долларов.\n"
            "Годом ранее он составлял 2,6 млрд долларов.\n")
    facts = {f.amount.surface: f for f in describe(make_article("carry", text, date(2025, 2, 1)))}
    later = facts["2,6 млрд долларов"]
    assert later.flow == "BY→RU"
    assert later.context is not None and "в Россию" in later.context.text


def test_turnover_has_no_flow() -> None:
    got = flows("Итоги\nТоварооборот России и Беларуси в 2024 году составил 52,4 млрд "
                "долларов.\n")
    assert got["52,4 млрд долларов"] == ("trade_turnover", None)


# --------------------------------------------------------------------------- tables and figures
BY_RU = ("Экспорт Беларуси в Россию за год вырос\n"
         "14.02.2025\n"
         "Экспорт Беларуси в Россию в 2024 году составил 27,9 млрд долларов, а поставки из "
         "России — 24,2 млрд долларов, сообщили в министерстве экономики.\n")
MIRROR = ("Таможня о ввозе из Беларуси\n"
          "20.02.2025\n"
          "Импорт России из Беларуси в 2023 году составил 26,3 млрд долларов, сообщила "
          "таможенная служба.\n")
UNTOLD = ("Товарооборот вырос\n"
          "21.02.2025\n"
          "Товарооборот России и Беларуси в 2024 году составил 52,1 млрд долларов, из них на "
          "экспорт пришлось 27,9 млрд долларов, сообщил агрегатор.\n")


@pytest.fixture(scope="module")
def flowed(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    return dataset_of(tmp_path_factory.mktemp("flow") / "c",
                      {"by_ru.txt": BY_RU, "mirror.txt": MIRROR, "untold.txt": UNTOLD})


def test_the_tables_and_downloads_carry_the_flow(flowed: Dataset) -> None:
    assert "flow" in AMOUNT_COLUMNS and "flow" in FIGURE_COLUMNS and "flow" in CONSOLIDATED_COLUMNS
    got = {(r.file, r.surface): r.flow for r in flowed.amounts.itertuples()}
    assert got[("by_ru.txt", "27,9 млрд долларов")] == "BY→RU"
    assert got[("by_ru.txt", "24,2 млрд долларов")] == "RU→BY"
    assert got[("mirror.txt", "26,3 млрд долларов")] == "BY→RU"
    assert pd.isna(got[("untold.txt", "27,9 млрд долларов")])
    assert set(flowed.figures["flow"].fillna("")) >= {"BY→RU", "RU→BY", ""}


def test_consolidation_never_joins_two_flows_nor_a_told_flow_with_an_untold_one(
        flowed: Dataset) -> None:
    exports_2024 = flowed.figures[(flowed.figures["metric"] == "export")
                                  & (flowed.figures["year"] == 2024)]
    by_flow = {f: g for f, g in exports_2024.groupby(exports_2024["flow"].fillna(""))}
    assert set(by_flow) == {"BY→RU", "RU→BY", ""}
    assert all(len(g) == 1 and not g["conflict"].any() for g in by_flow.values())
    assert float(by_flow["RU→BY"]["value"].iloc[0]) == pytest.approx(24.2e9)
    # one flow, two statistics offices: the mirror import keeps its own metric and figure
    mirror = flowed.figures[(flowed.figures["metric"] == "import")]
    assert list(mirror["flow"]) == ["BY→RU"]


def test_the_national_series_keeps_flows_apart(flowed: Dataset) -> None:
    by_ru = {p.year: p.value for p in national_series(flowed.figures, "export", flow="BY→RU")}
    ru_by = {p.year: p.value for p in national_series(flowed.figures, "export", flow="RU→BY")}
    assert by_ru == {2024: pytest.approx(27.9e9)} and ru_by == {2024: pytest.approx(24.2e9)}
    # a flow's series: the exporter's figure, the mirror figure for a year it lacks
    assert {p.year: p.value for p in flow_series(flowed.figures, "BY→RU")} == {
        2023: pytest.approx(26.3e9), 2024: pytest.approx(27.9e9)}


def _plain(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", str(fragment))))


def test_the_briefing_says_the_direction_in_words(flowed: Dataset) -> None:
    ru = _plain(Briefing.load(dataset=flowed, lang="ru").trade_table())
    en = _plain(Briefing.load(dataset=flowed, lang="en").trade_table())
    assert "экспорт Беларуси в Россию" in ru and "экспорт России в Беларусь" in ru
    assert "импорт России из Беларуси" in ru
    assert "Belarus's exports to Russia" in en and "Russia's exports to Belarus" in en
    assert "Russia's imports from Belarus" in en


def test_the_chart_plots_one_series_per_flow(flowed: Dataset) -> None:
    briefing = Briefing.load(dataset=flowed, lang="ru")
    series = briefing.trade_series(["export", "import"])
    points = {(briefing.series_label(r), int(r["year"])): float(r["value"]) for r in series}
    assert points[("экспорт Беларуси в Россию", 2024)] == pytest.approx(27.9e9)
    assert points[("экспорт России в Беларусь", 2024)] == pytest.approx(24.2e9)
    # the mirror figure stands for 2023 in its flow's series
    assert points[("экспорт Беларуси в Россию", 2023)] == pytest.approx(26.3e9)
    # the export whose direction is not told is a series of its own, never the flow's
    assert points[("экспорт", 2024)] == pytest.approx(27.9e9)


def test_one_definition_of_each_label() -> None:
    assert measure_label("export", "BY→RU", False, "ru") == "экспорт Беларуси в Россию"
    assert measure_label("export", "RU→BY", True, "ru") == "экспорт в Беларусь"
    assert measure_label("import", "BY→RU", True, "en") == "imports from Belarus"
    assert measure_label("export", None, False, "ru") == "экспорт"
    assert measure_label("trade_turnover", "BY→RU", False, "ru") == "товарооборот"


# --------------------------------------------------------------------------- the scorer
def test_the_scorer_counts_flows_only_where_the_gold_gives_one(tmp_path: Path) -> None:
    text = "Торговля\nЭкспорт Беларуси в Россию составил 27,9 млрд долларов, импорт — 24,2 млрд долларов.\n"
    case = {"id": "f1", "text": text, "amounts": [
        {"surface": "27,9 млрд долларов", "value": 27.9e9, "currency": "USD", "metric": "export",
         "flow": "BY→RU"},
        {"surface": "24,2 млрд долларов", "value": 24.2e9, "currency": "USD", "metric": "import",
         "flow": "unclear"},  # the annotator could not tell: scored as no flow
    ]}
    start = text.index("27,9")
    amounts = pd.DataFrame([
        {"file": "f1.txt", "start": start, "end": start + 18, "value": 27.9e9, "currency": "USD",
         "metric": "export", "flow": "BY→RU", "year": None, "period": None, "region": None,
         "forecast": False},
        {"file": "f1.txt", "start": text.index("24,2"), "end": text.index("24,2") + 18,
         "value": 24.2e9, "currency": "USD", "metric": "import", "flow": "RU→BY", "year": None,
         "period": None, "region": None, "forecast": False}])
    score = score_money([case], amounts)
    assert (score.overall.right["flow"], score.overall.checked["flow"]) == (1, 2)
    assert "flow 0.50 (1/2)" in score.summary()
    del case["amounts"][1]["flow"], case["amounts"][0]["flow"]
    assert "flow" not in score_money([case], amounts).summary()
