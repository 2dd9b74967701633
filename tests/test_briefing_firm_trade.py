"""One firm's trade is not the two countries' (new user 29: single firms' exports stood in the
trade table under «Россия — Беларусь», flagged «слишком мала» yet labelled national). They are
listed in a table of their own, naming the firm where the text does, out of the table of the
two countries' and the regions' trade, and out of the series and the lead."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import briefing_of, tag_free

from analysis.briefing import Briefing
from analysis.briefing.firms import firm_trade

TEXTS = {
    "plant.txt": (
        "Гродненский «Химволокно-Плюс» наращивает продажи в России\n"
        "Как рассказал директор, в 2023 году ОАО «Химволокно-Плюс» поставило в Россию "
        "продукции на 18 млн долларов.\n"
        "Годом ранее отгрузки предприятия российским покупателям составили 15 млн долларов.\n"
    ),
    "country.txt": (
        "Итоги года во взаимной торговле\n"
        "Товарооборот России и Беларуси в 2023 году составил 48 млрд долларов, сообщили в "
        "правительстве.\n"
        "Товарооборот Орловской области с Беларусью за тот же год достиг 690 млн долларов.\n"
    ),
}


def tables(html: str) -> list[str]:
    return [tag_free(x) for x in re.findall(r"<table.*?</table>", str(html), re.S)]


@pytest.fixture(scope="module")
def firms_briefing(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    return briefing_of(tmp_path_factory.mktemp("firms"), TEXTS, lang="ru")


def test_a_firms_exports_are_listed_apart_and_named(firms_briefing: Briefing) -> None:
    full = tables(firms_briefing.trade_table(partial=False))
    assert len(full) == 1  # (the firms' table follows the table of the parts of years)
    assert "48 млрд" in full[0] and "690 млн" in full[0]
    assert "18 млн" not in full[0] and "15 млн" not in full[0]
    # (no part of a year here: the firms' table follows the «no such figures» note)
    (firms,) = tables(firms_briefing.trade_table(partial=True))
    assert "Торговля отдельных предприятий" in firms
    row = next(r for r in re.split(r"(?=\b20\d\d )", firms) if "18 млн" in r)
    assert "Химволокно-Плюс" in row and "Россия — Беларусь" not in row
    assert "15 млн" in firms


def test_no_firm_figure_heads_the_briefing_or_joins_the_series(firms_briefing: Briefing) -> None:
    assert "48 млрд" in tag_free(firms_briefing.lead())
    series = firms_briefing.trade_series(["trade_turnover", "export", "import"])
    assert all(not firm_trade(r) for r in series)
    assert all(r["value"] > 1e9 or r.get("region") for r in series)


def test_the_regions_table_alone_lists_no_firm(firms_briefing: Briefing) -> None:
    assert "Торговля отдельных предприятий" not in tag_free(firms_briefing.trade_table(regional=True))


def test_the_english_briefing_names_the_firms_table(tmp_path: Path) -> None:
    en = briefing_of(tmp_path, TEXTS, lang="en")
    assert "Trade of single firms and goods" in tag_free(en.trade_table())
