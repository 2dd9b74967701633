"""New user 31's money, on sentences written for these tests:

- «этот показатель» points back to the measure a sentence names with no figure of its own
  («Товарооборот области с Беларусью растёт. «За полгода этот показатель составил …»»): the
  measure noun itself is what it points to (money/topic.py); a sentence naming no measure
  («В структуре поставок преобладают …») is still passed over;
- «до конца года … выйти на …» after a part-year figure in the same sentence is the whole year,
  not the part's period (money/period.py).
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from analysis.money import describe

PUBLISHED = dt.date(2025, 10, 14)


def facts(text: str) -> dict[float, object]:
    got = describe(SimpleNamespace(text=text, published=PUBLISHED, source=None, url=None))
    return {f.amount.value: f for f in got}


WIRE = ("Вице-губернатор Курганской области подвёл итоги визита в Минск\n"
        "Товарооборот Курганской области с Республикой Беларусь увеличивается "
        "третий год подряд, отметил вице-губернатор. «По итогам первого полугодия этот показатель "
        "составил 210 млн долларов, а до конца года надеемся выйти на 450 млн», — сказал он.\n")


def test_this_measure_points_back_to_the_measure_named_without_a_figure() -> None:
    got = facts(WIRE)
    half = got[210e6]
    assert (half.metric, half.region, half.period, half.year) == (
        "trade_turnover", "Курганская область", "I полугодие", 2025)


def test_a_year_end_target_after_a_part_year_figure_is_the_whole_year() -> None:
    year = facts(WIRE)[450e6]
    assert (year.metric, year.period, year.year, year.forecast) == (
        "trade_turnover", None, 2025, True)


def test_a_sentence_naming_no_measure_is_still_passed_over() -> None:
    text = ("Торговля с Беларусью\n"
            "Экспорт Курганской области в Беларусь в прошлом году составил 90 млн долларов. "
            "В структуре поставок преобладают трубы и кабель. В этом году этот показатель "
            "может вырасти до 100 млн долларов.\n")
    assert facts(text)[100e6].metric == "export"


def test_the_year_end_target_is_not_flagged_for_the_part_year_words_of_the_figure_before(
        tmp_path) -> None:
    """«За январь–август … 210 млн, а до конца года … 450 млн»: the part-year words
    are the first figure's; the whole year's target is no partial period read as a year."""
    from conftest import dated_dataset

    text = WIRE.replace("По итогам первого полугодия", "За январь–август")
    ds = dated_dataset(tmp_path / "c", "wire.txt", text, "2025-10-14")
    fig = ds.figures[ds.figures["value"] == 450e6].iloc[0]
    assert bool(fig["plausible"]), fig["reason"]
    part = ds.figures[ds.figures["value"] == 210e6].iloc[0]
    assert part["period"] == "январь–август"


# «стоимость поставки» (one delivery, the singular after the cost noun) after goods sent to a
# buyer is what that deal cost: `other`, as a buyer's purchase, no trade flow of a region;
# the plural «стоимость поставок» over a period and a contract's delivery keep their readings
BATCH = ("Омские фермеры получили белорусские комбайны\n"
         "Гомельский завод отправил в Омскую область 35 зерноуборочных комбайнов, их "
         "распределили между хозяйствами области.\n\n"
         "Общая стоимость поставки составила 640 млн рублей, треть оплатит областной бюджет.\n\n"
         "Стоимость первой отгрузки — 95 млн рублей.\n")
FLOW = ("Омск и Гомель\n"
        "Стоимость поставок омской продукции в Беларусь за девять месяцев выросла до 47 млн "
        "долларов.\n")


def test_a_single_deliverys_cost_is_the_deals_value_not_a_flow() -> None:
    got = facts(BATCH)
    assert (got[640e6].metric, got[640e6].flow) == ("other", None)
    assert got[95e6].metric == "other"


def test_deliveries_over_a_period_stay_a_trade_flow() -> None:
    assert facts(FLOW)[47e6].metric == "export"
