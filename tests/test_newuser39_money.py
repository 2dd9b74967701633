"""newuser39's money findings (session 39). The texts are written for these tests.

F1: a Belarusian holding's Russian company the gazetteer of enterprises places in a Russian
region («ООО «Брянсксельмаш»», «МТЗ-Татарстан») gives its region to its credit when the
sentence names none, so the holding's own release of the same credit merges with the regional
paper's; a Russian firm of its own or a bank gives none.
F2: the value of the agreement an article tells («Стоимость соглашения — …») is that deal's,
as a project's cost is the project's: it takes the headline's region when the lead names a
forum's city too, and the lead that names the Belarusian party links it to Belarus.
F6: a supply contract stays a contract (`agreements`, tests/gold/README.md); a regional
briefing whose one figure is a contract states it in «Главное», once, with its card.
F7: a forecast level only expected keeps its «до» («ожидается: до $60 млрд»).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import briefing_of, facts_by_surface, tag_free

from analysis.briefing.rows import level_qualifier

# ---- F1 -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "surface", "region"), [
    ("Сборочный завод холдинга «Гомсельмаш» ООО «Брянсксельмаш» оформил кредит на 900 млн "
     "рублей для закупки сварочных роботов.", "900 млн рублей", "Брянская область"),
    ("Банк одобрил «Брянсксельмашу» кредитную линию в размере 1,2 млрд рублей.",
     "1,2 млрд рублей", "Брянская область"),
    ("Предприятие «МТЗ-Татарстан» получило кредит на 350 млн рублей на расширение сборки "
     "тракторов.", "350 млн рублей", "Республика Татарстан"),
])
def test_f1_a_belarusian_holdings_russian_company_gives_its_region(
        tmp_path: Path, sentence: str, surface: str, region: str) -> None:
    text = "Новости холдинга\n\n" + sentence + "\n"
    fact = facts_by_surface(tmp_path, text, published="2025-04-02")[surface]
    assert (fact.metric, fact.region) == ("credit", region)


@pytest.mark.parametrize(("sentence", "surface"), [
    # a Russian firm of its own: its own figures carry no region (session-18 conventions)
    ("«КАМАЗ» получил кредит на 2 млрд рублей на обновление модельного ряда.", "2 млрд рублей"),
    # a lender's home is not the credit's region
    ("Сбербанк выдал белорусскому заводу кредит на 40 млн рублей.", "40 млн рублей"),
])
def test_f1_a_russian_firm_of_its_own_or_a_bank_gives_none(
        tmp_path: Path, sentence: str, surface: str) -> None:
    text = "Новости промышленности\n\n" + sentence + "\n"
    fact = facts_by_surface(tmp_path, text, published="2025-04-02")[surface]
    assert fact.region is None


def test_f1_the_holdings_release_merges_with_the_regional_report(tmp_path: Path) -> None:
    regional = ("Банк профинансирует брянскую сборку комбайнов\n\n"
                "Брянский филиал банка открыл ООО «Брянсксельмаш» кредитную линию на 1,8 млрд "
                "рублей на покупку станков.\n")
    release = ("Брянсксельмаш обновит станочный парк\n\n"
               "Российская сборочная площадка холдинга «Гомсельмаш» ООО «Брянсксельмаш» "
               "получила кредитную линию в размере 1,8 млрд российских рублей.\n")
    b = briefing_of(tmp_path, {"regional.txt": regional, "release.txt": release}, lang="ru")
    credits = b.figures[b.figures["metric"] == "credit"].to_dict("records")
    assert len(credits) == 1
    assert credits[0]["region"] == "Брянская область" and int(credits[0]["n_sources"]) == 2


# ---- F2 -------------------------------------------------------------------------------------

CO_PRODUCTION = (
    "В Псковской области наладят выпуск сеялок с белорусским заводом\n\n"
    "ОАО «Лидагропроммаш» и псковская компания «Агросев» подписали на форуме в Санкт-Петербурге "
    "соглашение о совместном производстве сеялок. Сборку планируется организовать в Великих "
    "Луках.\n\n"
    "Стоимость соглашения — около 8 млн долларов. Первые сеялки обещают выпустить весной.\n")


def test_f2_the_agreements_value_takes_the_headlines_region(tmp_path: Path) -> None:
    fact = facts_by_surface(tmp_path, CO_PRODUCTION, published="2025-06-20")["около 8 млн долларов"]
    assert (fact.metric, fact.region) == ("agreements", "Псковская область")


def test_f2_the_lead_naming_the_belarusian_plant_links_the_agreement(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"pskov.txt": CO_PRODUCTION}, lang="ru")
    deals = tag_free(b.deals_table())
    assert "8 млн" in deals and "Псковская область" in deals
    assert "Беларусь рядом не названа" not in deals


def test_f2_a_contract_value_in_a_story_about_no_belarusian_party_stays_apart(tmp_path: Path) -> None:
    text = ("В Псковской области построят склад\n\n"
            "Псковская компания «Агросев» подписала на форуме в Санкт-Петербурге контракт на "
            "строительство склада в Великих Луках.\n\n"
            "Стоимость контракта — около 3 млн долларов.\n")
    b = briefing_of(tmp_path, {"pskov.txt": text}, lang="ru")
    assert "Беларусь рядом не названа" in tag_free(b.deals_table())


# ---- F6 -------------------------------------------------------------------------------------

FORUM = ("Форум регионов: контракты на поставку техники\n\n"
         "На форуме подписаны десятки соглашений. Среди них — договор о поставке 150 тракторов "
         "«Беларус» в Курганскую область на 900 млн рублей.\n")


def test_f6_a_supply_contract_is_a_contract(tmp_path: Path) -> None:
    fact = facts_by_surface(tmp_path, FORUM, published="2025-06-27")["900 млн рублей"]
    assert (fact.metric, fact.region) == ("agreements", "Курганская область")


def test_f6_a_one_contract_regions_lead_states_it_once_with_its_card(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"forum.txt": FORUM}, lang="ru", region="Курганская область")
    lead, cards = tag_free(b.lead()), tag_free(b.key_figures())
    said = lead + cards
    assert "Нет данных" not in said
    assert "Крупнейшая сумма соглашений и контрактов" in lead and "900 млн руб." in lead
    assert "900 млн руб." in cards
    en = briefing_of(tmp_path / "en", {"forum.txt": FORUM}, lang="en", region="Курганская область")
    assert "largest sum of agreements and contracts" in tag_free(en.lead())


def test_f6_nothing_at_all_is_said_once(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"forum.txt": FORUM}, lang="ru", region="Тверская область")
    said = tag_free(b.lead()) + tag_free(b.key_figures())
    assert said.lower().count("нет данных") == 1


def test_f6_a_contract_is_no_headline_beside_a_credit(tmp_path: Path) -> None:
    text = FORUM + ("Кроме того, банк открыл ООО «Брянсксельмаш» кредитную линию на 1,8 млрд "
                    "рублей.\n")
    lead = tag_free(briefing_of(tmp_path, {"forum.txt": text}, lang="ru").lead())
    assert "Крупнейший кредит" in lead and "соглашений и контрактов" not in lead


# ---- F7 -------------------------------------------------------------------------------------

def _level(sentence: str) -> dict:
    return {"qualifier": "up_to", "forecast": True, "metric": "trade_turnover", "sentence": sentence}


def test_f7_an_expected_level_keeps_its_up_to() -> None:
    assert level_qualifier(_level("Мы рассчитываем на рост товарооборота до 60 млрд долларов.")) == "up_to"
    assert level_qualifier(_level("Стороны намерены довести товарооборот до 60 млрд долларов.")) == "exact"


def test_f7_the_trade_table_shows_the_up_to_of_an_expectation(tmp_path: Path) -> None:
    text = ("Посол: торговля продолжит расти\n\n"
            "«В этом году мы рассчитываем на рост товарооборота России и Беларуси до 60 млрд "
            "долларов», — сказал посол.\n")
    table = tag_free(briefing_of(tmp_path, {"a.txt": text}, lang="ru").trade_table())
    assert "ожидается: до $60 млрд" in table
    en = tag_free(briefing_of(tmp_path / "en", {"a.txt": text}, lang="en").trade_table())
    assert "expected up to $60 bn" in en
