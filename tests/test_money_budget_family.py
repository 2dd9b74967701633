"""A budget that tells what an undertaking or a firm spends is `other`, whatever word names
the undertaking: a team's budget for a season, a firm's marketing budget; public money paid
out of a budget stays `financing` (tests/gold/README.md: the event budget, session 27; a
firm's spending, session 29). Issue 10, session 30. Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_a_named_team_s_season_budget_is_other(tmp_path: Path) -> None:
    # A club named only by its name in quotes spends its budget over a season: the
    # reading is the one the word «клуб» already gets, what the undertaking costs. The
    # season tells an undertaking, not a public budget year. No money is handed out here.
    text = ("Хоккей\n"
            "Бюджет гродненского «Немана» на новый сезон вырос до $8 млн, сообщили в клубе.\n")
    got = facts_by_surface(tmp_path, text, published="2022-08-01")
    assert got["$8 млн"].metric == "other"


def test_a_marketing_budget_is_a_firm_s_spending(tmp_path: Path) -> None:
    # A marketing or advertising budget is what a firm plans to spend on promotion. It is
    # no public money given out, so it reads as a firm's spending, `other`. The sentence
    # names no support word of its own.
    text = ("Продвижение\n"
            "Рекламный бюджет молочного холдинга на российском рынке составил 3 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2022-08-01")
    assert got["3 млн рублей"].metric == "other"


def test_money_out_of_a_public_budget_stays_financing(tmp_path: Path) -> None:
    # Money paid out of a regional budget for a season's work is public money given
    # out: the session 14 convention keeps it `financing`. The season word does not
    # make it an undertaking's budget when the money comes «из бюджета».
    text = ("Село\n"
            "Из областного бюджета на новый сезон аграриям выделено 40 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2022-08-01")
    assert got["40 млн рублей"].metric == "financing"



def test_sales_told_by_a_verb_after_the_other_country_s_channel_are_export(
        tmp_path: Path) -> None:
    # Sales through the other country's marketplaces or dealers are the seller's
    # export (session 18: retail sales of one country's goods in the other). The rules
    # read the noun «продажи через российские площадки» so; the verb «реализовало»
    # after the same channel is the same sale and reads the same way.
    text = ("Игрушки\n"
            "Через российские маркетплейсы гомельская фабрика за полугодие реализовала "
            "кукол на 1,7 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2022-08-01")
    assert got["1,7 млн долларов"].metric == "export"


def test_a_maker_s_sales_with_no_channel_stay_other(tmp_path: Path) -> None:
    # A maker's sales told with no market or channel are its revenue, `other`
    # (a single company's own figures, session 18).
    text = ("Итоги\n"
            "За полугодие фабрика реализовала продукции на 5,2 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2022-08-01")
    assert got["5,2 млн долларов"].metric == "other"
