"""What the second new user's briefing said wrongly (session 23); own texts of the same shape:

- an all-regions lead with no Russia–Belarus trade figure says so before a region's figure
  (briefing/headline_figures.py `headline_trades`), and prefers the two countries' figure when there is one;
- the Union State's own programmes' money is «Россия — Беларусь (Союзное государство)»;
- an article whose lead sets it in a Belarusian district is about Belarus (briefing/relevance.py);
- a chart whose year has no rate draws the sums in the currency most are in, and says so;
- one buyer's purchase of counted machines is listed with the deals (briefing/purchases.py);
- the corpus figures table carries `part_of` and `converts`, as the README says.
"""

from __future__ import annotations

from pathlib import Path

from conftest import briefing_of, dataset_of, tag_free

from analysis.briefing.downloads import FIGURE_COLUMNS, figures_table

REGION_TRADE = ("Курская таможня о торговле с Беларусью\n"
                "Курск, 20 июля 2026 года. Товарооборот Курской области с Республикой Беларусь "
                "за январь–июнь 2026 года составил 301,2 млн долларов США.\n")
NATIONAL_TRADE = ("Товарооборот двух стран вырос\n"
                  "Москва, 10 февраля 2026 года. Товарооборот России и Беларуси по итогам 2025 "
                  "года составил 52,3 млрд долларов, сообщил министр.\n")
UNION = ("Вице-премьер о союзных программах\n"
         "Москва, 2 ноября 2026 года. Финансирование программ Союзного государства в 2027 году "
         "составит 7,4 млрд российских рублей, сообщил вице-премьер.\n")
FARM = ("Хозяйство обновляет технику\n"
        "СПК «Заречье» Лидского района Гродненской области приобрел шесть зерноуборочных "
        "комбайнов российского производства. Общая стоимость техники — 8,2 млн рублей.\n"
        "Кроме того, в этом году на реконструкцию фермы по районной программе направлено "
        "2,1 млн рублей.\n")


def test_a_regions_figure_leads_with_a_plain_word_that_no_national_one_is_given(tmp_path: Path):
    b = briefing_of(tmp_path, {"kursk.txt": REGION_TRADE}, lang="ru")
    lead = tag_free(b.lead())
    assert "в целом в источниках нет" in lead and "301,2" in lead
    assert lead.index("в целом") < lead.index("301,2")
    assert any("в целом нет" in c.note for c in b._cards())


def test_the_two_countries_figure_leads_when_there_is_one(tmp_path: Path):
    b = briefing_of(tmp_path, {"kursk.txt": REGION_TRADE, "all.txt": NATIONAL_TRADE}, lang="ru")
    lead = tag_free(b.lead())
    assert "52,3" in lead and "в целом в источниках нет" not in lead and "301,2" not in lead


def test_a_regional_briefing_says_nothing_of_national_figures(tmp_path: Path):
    b = briefing_of(tmp_path, {"kursk.txt": REGION_TRADE}, lang="ru", region="Курская область")
    assert "в целом в источниках нет" not in tag_free(b.lead())


def test_union_state_money_is_the_two_states(tmp_path: Path):
    b = briefing_of(tmp_path, {"union.txt": UNION}, lang="ru")
    table = tag_free(b.money_table())
    assert "Россия — Беларусь (Союзное государство)" in table and "регион не назван" not in table


def test_a_belarusian_districts_programme_is_about_belarus(tmp_path: Path):
    b = briefing_of(tmp_path, {"farm.txt": FARM}, lang="ru")
    table = tag_free(b.money_table())
    assert "2,1 млн" in table and "Беларусь рядом не названа" not in table


def test_a_buyers_purchase_of_counted_machines_is_listed_with_the_deals(tmp_path: Path):
    b = briefing_of(tmp_path, {"farm.txt": FARM}, lang="ru")
    deals = tag_free(b.deals_table())
    assert "покупка (комбайны)" in deals and "8,2 млн" in deals


def test_a_sum_with_no_count_of_goods_is_no_purchase(tmp_path: Path):
    text = FARM.replace("приобрел шесть зерноуборочных комбайнов", "обновил парк техники")
    b = briefing_of(tmp_path, {"farm.txt": text}, lang="ru")
    assert "покупка" not in tag_free(b.deals_table())


PLANT = ("Завод в Орле\n"
         "Орел, 5 октября 2026 года. Белорусский холдинг «Амкодор» вложил в сборочный цех в "
         "Орловской области 1,4 млрд рублей. В 2025 году холдинг вложил в сервисный центр "
         "в Брянской области 300 млн рублей. Белорусский завод МАЗ вложил в цех в Туле "
         "900 млн рублей.\n")


def test_a_chart_with_no_rate_for_the_year_falls_back_to_the_source_currency(tmp_path: Path,
                                                                           monkeypatch):
    from analysis.briefing import charts

    drawn: list[float] = []
    real = charts.barh_chart

    def spy(labels: list[str], values: list[float], *args: object, **kwargs: object) -> str:
        if "width" not in kwargs:  # the column's drawing (a phone's is the same chart)
            drawn.extend(values)
        return real(labels, values, *args, **kwargs)

    monkeypatch.setattr(charts, "barh_chart", spy)
    b = briefing_of(tmp_path, {"plant.txt": PLANT}, lang="ru", currency="USD")
    chart = tag_free(b.money_chart())
    assert len(drawn) == 3  # the 2026 sums (no rate) beside the 2025 one
    assert "как в источниках, без пересчёта" in chart  # (the note says so; newuser38)


def test_the_corpus_figures_table_says_which_rows_are_parts(tmp_path: Path):
    ds = dataset_of(tmp_path, {"kaluga.txt": (
        "Проект в Людинове\nЛюдиново, 5 мая 2026 года. Стоимость проекта с белорусским "
        "участием — 2,8 млрд рублей, из них 1,9 млрд рублей — кредит банка.\n")})
    table = figures_table(ds.amounts, ds.articles)
    assert {"part_of", "converts"} <= set(FIGURE_COLUMNS) <= set(table.columns) | {"published_precision"}
    part = table[table["surface"] == "1,9 млрд рублей"].iloc[0]
    whole = table[table["surface"] == "2,8 млрд рублей"].iloc[0]
    assert part["part_of"] == whole["mention_id"]
