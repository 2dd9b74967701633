"""What a new user's own texts found in the briefing layer (session 19): the lead does not
follow the two countries' year with one region's half-year."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from conftest import dataset_of

from analysis.briefing import Briefing
from analysis.tables.dataset import Dataset

NATIONAL = ("Товарооборот России и Беларуси превысил 50 млрд долларов\n"
            "Москва, 14 февраля 2025 года. По итогам 2024 года товарооборот России и Беларуси "
            "превысил 50 млрд долларов, сообщил вице-премьер на заседании комиссии.")
REGIONAL_HALF = ("Нижегородская область наращивает торговлю с Беларусью\n"
                 "Нижний Новгород, 20 июля 2025 года. За первое полугодие 2025 года товарооборот "
                 "Нижегородской области с Республикой Беларусь составил 812 млн долларов, "
                 "сообщили в региональном министерстве промышленности.")


def plain(fragment: str) -> str:
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", fragment)).replace("\u00a0", " ")
    return html.unescape(text)


@pytest.fixture(scope="module")
def national_and_regional(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    return dataset_of(tmp_path_factory.mktemp("newuser19") / "corpus",
                      {"national.txt": NATIONAL, "nn_half.txt": REGIONAL_HALF})


def test_the_lead_does_not_follow_the_national_year_with_a_regions_half_year(
        national_and_regional: Dataset) -> None:
    lead = plain(Briefing.load(dataset=national_and_regional, lang="ru").lead())
    assert "превысил $50 млрд" in lead
    assert "812" not in lead and "полугодие" not in lead


def test_a_regions_briefing_still_leads_with_its_half_year(
        national_and_regional: Dataset) -> None:
    lead = plain(Briefing.load(dataset=national_and_regional, lang="ru",
                               region="Нижегородская область").lead())
    assert "$812 млн" in lead and "I полугодие 2025" in lead


def test_downloads_write_whole_years_and_the_dates_precision(
        national_and_regional: Dataset, tmp_path: Path) -> None:
    from analysis.briefing.downloads import briefing_tables, corpus_tables, csv_bytes
    from analysis.briefing.state import BriefingState

    state = BriefingState.load(dataset=national_and_regional, lang="ru")
    for name, table in [("briefing", briefing_tables(state)["figures"]),
                        ("corpus", corpus_tables(national_and_regional)["figures"])]:
        text = csv_bytes(table).decode("utf-8-sig")
        header = text.splitlines()[0]
        assert "published_precision" in header.split(","), name
        assert ",2024," in text and "2024.0" not in text and "2025.0" not in text, name



FORUM = ("Форум регионов завершился подписанием соглашений\n"
         "Минск, 28 июня 2024 года. По итогам форума регионов России и Беларуси подписано 45 "
         "соглашений на сумму около 1,6 млрд долларов. Кроме того, Сбербанк выделил Беларуси "
         "кредит в размере 200 млн долларов на закупку оборудования.")


def test_agreement_sums_are_shown_apart_from_investment_and_credit(tmp_path: Path) -> None:
    from analysis.briefing.downloads import briefing_tables
    from analysis.briefing.state import BriefingState

    dataset = dataset_of(tmp_path, {"forum.txt": FORUM})
    b = Briefing.load(dataset=dataset, lang="ru", kind="investments")
    money = plain(b.money_table())
    deals = plain(b.deals_table())
    assert "$200 млн" in money and "1,6 млрд" not in money
    assert "соглашения" in deals and "$1,6 млрд" in deals
    state = BriefingState.load(dataset=dataset, lang="ru", kind="investments")
    assert set(briefing_tables(state)["figures"]["metric"]) == {"credit", "agreements"}
    nothing = Briefing.load(dataset=dataset_of(tmp_path / "n", {"n.txt": NATIONAL}), lang="ru",
                            kind="investments")
    assert nothing.deals_table() == ""  # no such sums: the notebook leaves the section out
