"""A region's whole, set beside a deal (session 30's new user: a bank's lending to every firm
of a region led a briefing as the largest credit «связанный с Беларусью»), and a Belarusian
oblast written as the trading side of a headline with a time and a verb of growth between
(«Витебщина в прошлом году увеличила поставки в Россию»: the article's «Со Смоленской областью
товарооборот составил …» is that oblast's trade with the Russian region). Sentences written
for this test."""

from __future__ import annotations

import pandas as pd

from analysis.briefing.relevance import Relevance
from analysis.entities.oblasts import trading_oblast
from analysis.figures.scope import mention_scope, oblast_side
from analysis.vocab import REGIONAL, REGIONAL_OBLAST

TITLE = "Сбербанк даст кредит российско-белорусскому заводу подшипников в Калуге"
DEAL = "Банк выделил предприятию, созданному с ОАО «МПЗ», кредит на 900 млн рублей."
WHOLE = "Всего с начала года банк выдал компаниям Калужской области займов на 31 млрд рублей."
WHOLE_2 = "В целом по области объём выданных кредитов превысил 40 млрд рублей."
NAMED = "Всего с начала года банк выдал компаниям Калужской области, работающим с Беларусью, 5 млрд рублей."


def _relevance() -> Relevance:
    text = "\n".join([TITLE, DEAL, WHOLE, WHOLE_2, NAMED]) + "\n"
    return Relevance(articles=pd.DataFrame([{"article_id": "a", "title": TITLE, "text": text}]),
                     mention_index={})


def test_a_regions_whole_is_not_about_the_partnership_by_its_title() -> None:
    rel = _relevance()
    assert not rel.about_partnership({"article_id": "a", "sentence": WHOLE})
    assert not rel.about_partnership({"article_id": "a", "sentence": WHOLE_2})


def test_a_regions_whole_that_names_belarus_itself_is() -> None:
    assert _relevance().about_partnership({"article_id": "a", "sentence": NAMED})


def test_the_deal_itself_keeps_its_title() -> None:
    assert _relevance().about_partnership({"article_id": "a", "sentence": DEAL})


def test_an_oblast_that_grew_its_trade_is_the_headlines_side() -> None:
    title = "Гомельщина за девять месяцев нарастила экспорт в Россию"
    assert trading_oblast(title) is not None
    sentence = "С Брянской областью товарооборот достиг 410 млн долларов."
    assert oblast_side(sentence, title)
    assert mention_scope("Брянская область", "trade_turnover", sentence, title) == REGIONAL_OBLAST


def test_a_russian_regions_headline_gives_no_oblast_side() -> None:
    title = "Брянская область за год нарастила экспорт в Беларусь"
    sentence = "Товарооборот области с республикой достиг 1,1 млрд долларов."
    assert mention_scope("Брянская область", "trade_turnover", sentence, title) == REGIONAL
