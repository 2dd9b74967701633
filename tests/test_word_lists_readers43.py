"""The word-list records that house43 moved onto the one loader (`money.word_lists.read_words`),
read from small data written here: each field's kind (flags, look-behinds, groups), its key,
and what a record keeps where the data lacks an entry; then the modules' own readers on
sentences written in the style of the news."""

from __future__ import annotations

import re

from analysis.money.buyers_ranked import BuyerRankingWords
from analysis.money.court import CourtWords, _led_union
from analysis.money.funds_received import FundsWords, _each_grouped
from analysis.money.outlays import OutlayWords
from analysis.money.place_priced import at_belarusian_outlet, names_price_or_wage
from analysis.money.ranked_on import RankedOnWords, ranking_opening
from analysis.money.site_money import SiteWords, _words
from analysis.money.word_lists import joined, read_words
from analysis.money.world_whole import WorldWholeWords

WORLD = {"_about": "…", "foreign_trade": ["внешнеторгов\\w+ оборот\\w*", "внешн\\w+ торговл\\w*"],
         "main_buyer_abroad": "основн\\w+ покупател\\w*[ \u00a0]*[—–-]"}


def test_world_words_case_free_and_keyed() -> None:
    words = read_words(WORLD, WorldWholeWords)
    assert words.foreign_trade.search("Внешнеторговый оборот области вырос") is not None
    assert words.main_buyer.search("Основной покупатель – Китай").group() == "Основной покупатель –"


def test_a_record_with_a_default_is_none_where_the_data_lacks_the_entry() -> None:
    assert read_words({}, RankedOnWords).goes_on is None
    assert read_words({}, BuyerRankingWords).ranking is None
    assert read_words({}, OutlayWords) == OutlayWords()


def test_the_ranking_words_at_a_word_start_and_after_spaces() -> None:
    ranking = read_words({"buyer_ranking": ["крупнейш\\w+ покупател\\w*"]}, BuyerRankingWords).ranking
    assert ranking is not None and ranking.search("Крупнейшим покупателем осталась") is not None
    assert ranking.search("наикрупнейшим покупателем") is None  # inside a word: no
    goes_on = read_words({"ranking_goes_on": ["далее следуют"]}, RankedOnWords).goes_on
    assert goes_on is not None and goes_on.match("  Далее следуют Москва и Казань") is not None


def test_each_word_in_its_own_group_and_led_unions_match_as_plain_ones() -> None:
    data = {"funds_received": ["получ\\w+"], "funds_received_as_investment": ["инвест\\w*", "капитал\\w*"]}
    funds = read_words(data, FundsWords, _each_grouped)
    assert funds.funds_received_as_investment.pattern == "(?:инвест\\w*)|(?:капитал\\w*)"
    court = read_words({"court_words": ["(?<![а-яё])суд\\w*", "(?<![а-яё])иск\\w*"]}, CourtWords,
                       _led_union)
    for text in ("арбитражный суд взыскал", "по иску завода", "присудил", "риск"):
        plain = re.search("(?<![а-яё])суд\\w*|(?<![а-яё])иск\\w*", text)
        assert (court.court_words.search(text) is None) == (plain is None), text


def test_a_site_noun_is_the_group_after_the_money_words() -> None:
    data = {"money_into": "(?:инвестиции|вложения) в ", "nouns": ["центр", "завод"]}
    into = joined(after="(?P<noun>" + "|".join(data["nouns"]) + r")[а-яё]*")
    site = read_words(data, SiteWords, {"money_into": into}, nouns=tuple(data["nouns"]))
    found = site.money_into.search("инвестиции в центр составили 95 млн рублей")
    assert found is not None and found.group("noun") == "центр"
    assert _words().nouns  # the real data's nouns, read once


def test_the_readers_on_written_sentences() -> None:
    assert names_price_or_wage("цена бутылки молока в минске —")
    assert not names_price_or_wage("объём экспорта в россию —")
    assert at_belarusian_outlet("в белорусских магазинах такой трактор стоит")
    text = "Крупнейший покупатель — Москва: 2,1 млрд. Далее следуют Казань и Тула — 0,9 млрд."
    opening = text.index("Далее")
    assert ranking_opening(text, opening) == 0  # the ranking began a sentence before
