"""What two new users' walkthroughs left in money, fixed as classes (session 21, walkleft).

- a figure of trade with third countries (`flow` other) keeps a Russian region only when its own
  sentence names it or speaks as the region (money/abroad_region.py);
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from analysis.money import describe

PUBLISHED = dt.date(2025, 3, 12)


def facts(text: str, source: str | None = None) -> list:
    return describe(SimpleNamespace(text=text, published=PUBLISHED, source=source, url=None))


REGION_TRADE = ("Минск и Псков подводят итоги года\n"
                "Минпром Беларуси сообщил, что в 2024 году белорусские предприятия отгрузили в "
                "Россию продукции на 25,1 млрд долларов.\n"
                "{sentence}\n"
                "Псковская таможня сообщила, что предприятия Псковской области ввезли из "
                "Беларуси товаров на 140 млн долларов.\n")


def test_belarus_export_to_third_countries_takes_no_region_from_the_headline() -> None:
    got = facts(REGION_TRADE.format(
        sentence="Кроме того, Беларусь увеличила поставки в дальнее зарубежье: экспорт в Китай "
                 "и Вьетнам составил 6,2 млрд долларов."))
    third = next(f for f in got if f.amount.value == 6.2e9)
    assert (third.flow, third.region) == ("other", None)


def test_a_region_named_in_its_own_sentence_stays_with_trade_abroad() -> None:
    got = facts(REGION_TRADE.format(
        sentence="Псковские компании поставили в Казахстан продукции на 35 млн долларов."))
    third = next(f for f in got if f.amount.value == 35e6)
    assert (third.flow, third.region) == ("other", "Псковская область")


def test_trade_with_belarus_keeps_the_headline_region() -> None:
    got = facts(REGION_TRADE.format(sentence="Об этом рассказали в ведомстве."))
    regional = next(f for f in got if f.amount.value == 140e6)
    assert regional.region == "Псковская область"
