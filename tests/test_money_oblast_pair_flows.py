"""A Belarusian oblast's trade with one Russian region, told from the oblast's side.

Found by a new user (session 24, findings 9–11) on a Vitebsk oblast paper's article: «Всего в
прошлом году товарооборот области с Псковщиной составил 182 млн долларов» was read as the
Russian region's whole trade with Belarus and led its briefing; «Псковская область …
закупила у предприятий Витебщины продукции на 2,4 млрд российских рублей» and «Выручка
завода от поставок в Псковскую область … 12,6 млн рублей» were `other`, in no table.
"""

from __future__ import annotations

import pytest
from conftest import dated_dataset


def _extract(tmp_path, title: str, body: str):
    return dated_dataset(tmp_path, "o.txt", f"{title}\n{body}\n", "2025-09-10", title=title)


@pytest.mark.parametrize(("title", "sentence", "region"), [
    ("Гродненщина и Смоленщина: итоги года",
     "Всего в прошлом году товарооборот области со Смоленщиной составил 214 млн долларов.",
     "Смоленская область"),
    ("Могилевская область и Брянщина договорились о новых поставках",
     "Товарооборот области с Брянской областью в прошлом году составил 305 млн долларов.",
     "Брянская область"),
])
def test_the_oblasts_trade_with_a_region_is_the_pairs_figure(tmp_path, title: str, sentence: str,
                                                             region: str) -> None:
    ds = _extract(tmp_path, title, sentence)
    [fig] = ds.figures[ds.figures["metric"] == "trade_turnover"].itertuples()
    assert (fig.region, fig.scope) == (region, "regional_oblast")


def test_the_oblasts_trade_with_belarus_named_stays_the_regions(tmp_path) -> None:
    # a Russian region's paper: «области с Беларусью» is the region's own trade with Belarus
    ds = _extract(tmp_path, "Смоленская область и Беларусь",
                  "Товарооборот Смоленской области с Беларусью в прошлом году составил 1,6 млрд долларов.")
    [fig] = ds.figures[ds.figures["metric"] == "trade_turnover"].itertuples()
    assert fig.scope == "regional"


@pytest.mark.parametrize("sentence", [
    "Смоленская область за полугодие закупила у предприятий Гродненщины продукции на 1,8 млрд "
    "российских рублей.",
    "Смоленская область, в свою очередь, за полугодие закупила у предприятий Гродненской области "
    "продукции на 1,8 млрд рублей, сообщил вице-губернатор.",
])
def test_a_regions_purchases_from_an_oblast_are_its_import(tmp_path, sentence: str) -> None:
    a = _extract(tmp_path, "Кооперация", sentence).amounts
    assert (a.iloc[0]["metric"], a.iloc[0]["flow"]) == ("import", "BY→RU")


def test_a_firm_buying_from_an_oblast_is_still_its_own_purchase(tmp_path) -> None:
    a = _extract(tmp_path, "Кооперация", "ООО «Смоленский комбинат» закупило у предприятий "
                 "Гродненщины сырья на 90 млн рублей.").amounts
    assert a.iloc[0]["metric"] == "other"


@pytest.mark.parametrize("sentence", [
    "Выручка завода от поставок в Смоленскую область за полугодие составила 8,2 млн рублей.",
    "Выручка предприятия от продаж продукции в Краснодарский край достигла 3,1 млн долларов.",
])
def test_a_firms_revenue_from_deliveries_into_a_region_is_its_export(tmp_path, sentence: str) -> None:
    a = _extract(tmp_path, "Кооперация", "ОАО «Гродненский механический завод» нарастил продажи. "
                 + sentence).amounts
    assert a.iloc[-1]["metric"] == "export"
