"""Briefings read consolidated figures, not mentions (issue 12): one row per figure with its
number of sources, conflicts side by side, periods in words, forecasts marked, flagged
figures kept out of the chart and the lead, corrections counted in the method note."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from analysis.briefing import Briefing, downloads
from analysis.briefing.figrows import disagreeing
from analysis.briefing.whatsnew import compare, read_previous
from analysis.figures import build_figures
from analysis.tables.dataset import Dataset

NB = "\u00a0"


def plain(text: str) -> str:
    """What a reader sees: tags stripped, entities and no-break spaces normalised."""
    import html

    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", text)).replace(NB, " "))


def article(article_id: str, published: str, text: str) -> dict:
    return {"article_id": article_id, "file": f"{article_id}.txt", "title": f"Заметка {article_id}",
            "source": "Вестник", "url": f"https://example.org/{article_id}", "published": published,
            "published_inferred": False, "published_precision": "day", "text": text,
            "sha256": article_id}


def mention(article_id: str, value: float, sentence: str, year: int | None, *, start: int = 0,
            qualifier: str = "exact", region: str | None = None, period: str | None = None,
            metric: str = "trade_turnover", currency: str = "USD") -> dict:
    return {"article_id": article_id, "file": f"{article_id}.txt", "start": start,
            "end": start + 10, "surface": sentence[:10], "value": value, "currency": currency,
            "qualifier": qualifier, "value_low": None, "value_high": None,
            "implied_currency": False, "metric": metric, "year": year, "period": period,
            "region": region, "sentence": sentence, "sentence_start": 0,
            "sentence_end": len(sentence), "confidence": 0.9, "converted_value": None,
            "converted_currency": "USD", "fx_rate": None, "fx_year": year, "fx_source": "",
            "fx_note": ""}


# Each article's own text (so that no two count as copies of one story).
ARTICLES = pd.DataFrame([
    article("customs_2020", "2020-02-10", "Таможня подвела итоги торговли за прошлый год."),
    article("ministry_2021", "2021-02-15", "Министерство назвало итоги торговли с соседями."),
    article("agency_2022", "2022-02-20", "Агентство опубликовало годовую статистику обмена."),
    article("weekly_2022", "2022-03-01", "Еженедельник пересказал данные о товарообороте."),
    article("daily_2022", "2022-03-05", "Ежедневная газета напомнила о прошлогодних итогах."),
    article("forum_2022", "2022-06-30", "На форуме регионов обсуждали поставки техники."),
    article("kazan_2024", "2024-02-02", "Республика подвела итоги сотрудничества за год."),
    article("vice_2024", "2024-03-12", "Вице-премьер рассказал об ожиданиях на текущий год."),
    article("stat_2024", "2024-10-25", "Статистики опубликовали данные за девять месяцев."),
])
REPEATED = "Товарооборот за 2021 год составил 38,9 млрд долларов."


def messy_amounts() -> pd.DataFrame:
    """A small messy corpus: a repeated figure, a conflict, a regional figure read as national,
    a partial year, a forecast."""
    return pd.DataFrame([
        mention("customs_2020", 35.5e9, "В 2019 году товарооборот составил 35,5 млрд долларов.", 2019),
        mention("ministry_2021", 33.3e9, "Товарооборот за 2020 год составил 33,3 млрд долларов.", 2020),
        # a repeated figure: three outlets give the same 2021 turnover
        mention("agency_2022", 38.9e9, REPEATED, 2021),
        mention("weekly_2022", 38.9e9, REPEATED, 2021),
        mention("daily_2022", 38.9e9, REPEATED, 2021),
        # a conflict: a preliminary estimate disagrees for 2021 as well
        mention("forum_2022", 38.5e9, "По предварительной оценке, оборот за 2021 год — 38,5 млрд долларов.",
                2021, start=40),
        # a regional figure read as national: $0.96 bn next to $35–50 bn years
        mention("kazan_2024", 0.96e9, "Товарооборот в 2023 году достиг 960 млн долларов.", 2023),
        mention("kazan_2024", 49.8e9, "Общий товарооборот двух стран в 2023 году — 49,8 млрд долларов.",
                2023, start=60),
        # a forecast: a full-year figure stated in March of that year
        mention("vice_2024", 52e9, "По итогам 2024 года товарооборот составит около 52 млрд долларов.",
                2024, qualifier="approx"),
        # a partial year: January to September
        mention("stat_2024", 38.6e9, "За январь–сентябрь 2024 года товарооборот составил 38,6 млрд долларов.",
                2024, period="январь–сентябрь"),
    ])


@pytest.fixture(scope="module")
def messy() -> Briefing:
    return Briefing.from_frames(ARTICLES, messy_amounts(), pd.DataFrame(), lang="ru")


def table_rows(html: str) -> list[str]:
    """A table's body rows as a reader sees them, citations written «[3,4]» (article
    numbers: a mark's «3.1» is article 3's first quoted sentence)."""
    return [re.sub(r"\[\s*([\d\s,.]+?)\s*\]",
                   lambda m: "[" + re.sub(r"\.\d+", "", re.sub(r"\s", "", m.group(1))) + "]",
                   plain(r)) for r in re.findall(r"<tr>(.*?)</tr>", html)[1:]]


def test_a_repeated_figure_is_one_row_with_its_number_of_sources(messy: Briefing) -> None:
    table = messy.trade_table(partial=False)
    rows = [r for r in table_rows(table) if r.startswith(" 2021") and "38,9" in r]
    assert len(rows) == 1  # three mentions, one figure
    # the number of independent sources (3 outlets + the forum that disagrees) is shown
    assert re.search(r"\b4 \[", rows[0]), rows[0]
    cites = re.findall(r"\[([\d,]+)\]", rows[0])[-1]
    assert len(cites.split(",")) == 4  # every source is cited, one reference per article
    refs = plain(messy.sources())
    assert refs.count(REPEATED) == 3  # the sentence is listed under each article that gives it


def test_a_conflict_is_shown_side_by_side_with_each_sources_citation(messy: Briefing) -> None:
    row = next(r for r in table_rows(messy.trade_table(partial=False)) if r.startswith(" 2021"))
    assert re.search(r"\$38,9 млрд \[\d+,\d+,\d+\] / \$38,5 млрд \[\d+\]", row), row
    assert "$38,5 млрд" in plain(messy.disagreements())
    assert "$35,5 млрд" not in plain(messy.disagreements())  # one source: nothing to compare


def test_a_partial_year_is_never_in_the_lead_as_the_year(messy: Briefing) -> None:
    lead = plain(messy.lead())
    assert "По итогам 2024 г." not in lead  # the year is not over: only 9 months and a forecast
    assert "По итогам 2023 г. товарооборот России и Беларуси составил $49,8 млрд" in lead
    assert "За январь–сентябрь 2024 г. товарооборот России и Беларуси составил $38,6 млрд" in lead
    cards = plain(messy.key_figures())
    assert "$49,8 млрд" in cards and "2023 г." in cards
    # the partial period has its own table, not the full-year one
    assert "38,6" not in plain(messy.trade_table(partial=False))
    assert "январь–сентябрь" in plain(messy.trade_table(partial=True))


def test_a_flagged_regional_figure_is_not_plotted_but_stays_in_the_table(messy: Briefing) -> None:
    assert "Рис. 1." in messy.trade_by_year_chart(["trade_turnover"])
    plotted = {int(f["year"]): float(f["value"]) for f in messy.trade_series(["trade_turnover"])}
    assert plotted[2023] == 49.8e9  # the national year, not the $0.96 bn read as national
    flagged = [r for r in table_rows(messy.trade_table(partial=False)) if "960 млн" in r]
    assert len(flagged) == 1 and "не в графике" in flagged[0] and "региональная" in flagged[0]
    assert "960" not in plain(messy.lead())


def test_a_forecast_is_marked_and_kept_out_of_the_lead_and_chart(messy: Briefing) -> None:
    rows = [r for r in table_rows(messy.trade_table(partial=False)) if "около $52 млрд" in r]
    assert len(rows) == 1 and "прогноз" in rows[0]
    assert "52" not in plain(messy.lead())
    series = [f for f in messy.trade_series(["trade_turnover"])]
    assert sorted(int(f["year"]) for f in series) == [2019, 2020, 2021, 2023]
    en = Briefing.from_frames(ARTICLES, messy_amounts(), pd.DataFrame(), lang="en")
    assert "forecast" in plain(en.trade_table(partial=False))


def test_the_chart_plots_one_value_per_year_the_consolidated_one(messy: Briefing) -> None:
    values = {int(f["year"]): float(f["value"]) for f in messy.trade_series(["trade_turnover"])}
    assert values == {2019: 35.5e9, 2020: 33.3e9, 2021: 38.9e9, 2023: 49.8e9}


def test_the_year_filter_applies_to_figures(messy: Briefing) -> None:
    b = Briefing.from_frames(ARTICLES, messy_amounts(), pd.DataFrame(), year_from=2021, year_to=2021)
    assert set(b.figures["year"].astype(int)) == {2021}
    assert len(b.figures) == 1


def test_corrected_figures_are_counted_in_the_method_note(tmp_path: Path) -> None:
    amounts = messy_amounts()
    (tmp_path / "corrections.csv").write_text(
        "mention_id,action,region,note\n"
        "forum_2022@40-50,exclude,,предварительная оценка\n"
        "kazan_2024@0-10,set,Республика Татарстан,региональная цифра\n", encoding="utf-8")
    built = build_figures(amounts, ARTICLES, corpus_dir=tmp_path)
    assert built.problems == []
    ds = Dataset(articles=ARTICLES, problems=pd.DataFrame(columns=["file", "reason"]),
                 amounts=built.amounts, entities=pd.DataFrame(), projects=pd.DataFrame(),
                 figures=built.figures, duplicates=built.duplicates)
    assert ds.corrected_figures == 2
    b = Briefing.load(dataset=ds, lang="ru")
    note = plain(b.method_note())
    assert "Исправлено аналитиком (corrections.csv): 2 цифры" in note
    # the struck-out estimate no longer conflicts; the Tatarstan figure is regional now
    row = next(r for r in table_rows(b.trade_table(partial=False)) if r.startswith(" 2021"))
    assert "38,5" not in row
    assert any("Республика Татарстан" in r and "960 млн" in r and "не в графике" not in r
               for r in table_rows(b.trade_table(partial=False)))
    untouched = Briefing.from_frames(ARTICLES, messy_amounts(), pd.DataFrame(), lang="en")
    assert "Corrected by the analyst (corrections.csv): 0 figures" in plain(untouched.method_note())


def test_the_figures_download_is_one_row_per_figure_with_its_sources(messy: Briefing) -> None:
    table = downloads.briefing_tables(messy)["figures"]
    assert table["figure_id"].is_unique
    assert len(table) == len(messy.figures)
    row = table[(table["year"] == 2021) & table["plausible"] & (table["n_sources"] > 1)].iloc[0]
    assert row["n_sources"] == 4 and row["conflict"]
    assert row["title"].startswith("Заметка") and row["url"].startswith("https://example.org/")
    assert len(row["source_urls"].split(downloads.SOURCES_SEPARATOR)) == 4
    flagged = table[~table["plausible"].astype(bool)]
    assert len(flagged) == 1 and "median" in flagged.iloc[0]["reason"]


def test_what_is_new_tells_a_forecast_from_a_result_of_the_same_year(messy: Briefing,
                                                                     tmp_path: Path) -> None:
    now = downloads.briefing_tables(messy)["figures"]
    # last time the 2024 full-year figure was a result, not the forecast it is now
    is_forecast = now["forecast"].astype(bool)
    before = pd.concat([now[~is_forecast], now[is_forecast].assign(forecast=False)])
    (tmp_path / "figures.csv").write_bytes(downloads.csv_bytes(before))
    (tmp_path / "projects.csv").write_bytes(downloads.csv_bytes(pd.DataFrame(columns=["region"])))
    changes = compare(now, messy.projects, read_previous(tmp_path))
    assert [(int(r["year"]), bool(r["forecast"])) for r in changes.new_figures] == [(2024, True)]
    assert changes.changed_figures == []
    # the same tables again: nothing new (the flag reads the same from memory and from CSV)
    (tmp_path / "figures.csv").write_bytes(downloads.csv_bytes(now))
    assert compare(now, messy.projects, read_previous(tmp_path)).empty


def test_a_reprint_counts_once_and_the_method_note_says_how_many_copies() -> None:
    reprint = article("reprint_2022", "2022-02-21", ARTICLES.iloc[2]["text"])  # agency_2022 again
    arts = pd.concat([ARTICLES, pd.DataFrame([reprint])], ignore_index=True)
    amounts = pd.concat([messy_amounts(), pd.DataFrame([mention("reprint_2022", 38.9e9, REPEATED, 2021)])],
                        ignore_index=True)
    b = Briefing.from_frames(arts, amounts, pd.DataFrame(), lang="ru")
    row = next(r for r in table_rows(b.trade_table(partial=False)) if r.startswith(" 2021"))
    assert re.search(r"\b4 \[\d+(,\d+){4}\]", row), row  # five articles cited, four sources counted
    assert "копий публикаций в корпусе: 1" in plain(b.method_note())
    assert "копий публикаций в корпусе нет" in plain(
        Briefing.from_frames(ARTICLES, messy_amounts(), pd.DataFrame()).method_note())


@pytest.mark.parametrize(
    ("said", "others"),
    [
        # «свыше 50» and «около 52» can be true with 52,4: no conflict to show
        ([(52.4e9, "exact"), (50e9, "over"), (52e9, "approx")], []),
        # 38,5 cannot be 38,9 at their own rounding; «около 39» can
        ([(38.9e9, "exact"), (38.5e9, "exact"), (39e9, "approx")], [38.5e9]),
        # «до 40» cannot be more than 45
        ([(45e9, "over"), (40e9, "up_to")], [40e9]),
    ],
)
def test_only_the_statements_that_cannot_be_true_with_the_value_are_shown_beside_it(said, others):
    import json

    row = {"conflict": True, "values": json.dumps(
        [{"value": v, "qualifier": q, "n_sources": 1, "mention_ids": [f"m{i}"]}
         for i, (v, q) in enumerate(said)])}
    assert [st.value for st in disagreeing(row)] == others


def test_an_english_briefing_says_the_period_in_english() -> None:
    en = Briefing.from_frames(ARTICLES, messy_amounts(), pd.DataFrame(), lang="en")
    assert "In Jan–Sep of 2024, Russia–Belarus trade turnover was $38.6 bn" in plain(en.lead())
    assert "Jan–Sep" in plain(en.trade_table(partial=True))
    assert en.period_words("I полугодие") == "H1" and en.period_words("III квартал") == "Q3"
    assert en.period_words("9 месяцев") == "9 months"


def test_the_region_filter_applies_to_figures() -> None:
    amounts = pd.concat([messy_amounts(), pd.DataFrame([
        mention("kazan_2024", 1.1e9, "Оборот республики с Беларусью в 2022 году — 1,1 млрд долларов.",
                2022, start=120, region="Республика Татарстан")])], ignore_index=True)
    b = Briefing.from_frames(ARTICLES, amounts, pd.DataFrame(), region="Республика Татарстан")
    assert list(b.figures["value"]) == [1.1e9]
    assert "товарооборот региона с Беларусью составил $1,1 млрд" in plain(b.lead())


def test_a_regional_briefings_chart_is_titled_for_its_region() -> None:
    amounts = pd.concat([messy_amounts(), pd.DataFrame([
        mention("kazan_2024", 1.1e9, "Оборот республики с Беларусью в 2022 году — 1,1 млрд долларов.",
                2022, start=120, region="Республика Татарстан"),
        mention("kazan_2024", 1.3e9, "Оборот республики с Беларусью в 2023 году — 1,3 млрд долларов.",
                2023, start=200, region="Республика Татарстан")])], ignore_index=True)
    b = Briefing.from_frames(ARTICLES, amounts, pd.DataFrame(), region="Республика Татарстан")
    chart = plain(b.trade_by_year_chart(["trade_turnover"]))
    assert "Товарооборот с Беларусью по годам (Республика Татарстан)" in chart
    assert "Товарооборот России и Беларуси" not in chart
    national = Briefing.from_frames(ARTICLES, messy_amounts(), pd.DataFrame())
    chart = plain(national.trade_by_year_chart(["trade_turnover"]))
    assert "Товарооборот России и Беларуси по годам" in chart


def test_the_trade_chart_plots_a_years_largest_export_the_countrys() -> None:
    exports = pd.DataFrame([
        # the firm's figure is the later statement: the value rule alone would put it first
        mention("daily_2022", 870e6, "Экспорт МТЗ в Россию в 2021 году составил 870 млн долларов.",
                2021, metric="export", start=300),
        mention("agency_2022", 20.1e9, "Белорусский экспорт в Россию в 2021 году — 20,1 млрд долларов.",
                2021, metric="export", start=300),
        mention("ministry_2021", 16.2e9, "Белорусский экспорт в Россию за 2020 год — 16,2 млрд долларов.",
                2020, metric="export", start=300)])
    b = Briefing.from_frames(ARTICLES, exports, pd.DataFrame())
    points = {r["year"]: r["value"] for r in b.trade_series(["export"])}
    assert points == {2021: pytest.approx(20.1e9), 2020: pytest.approx(16.2e9)}
