"""One definition of the domain words (house44): the masthead's months are the calendar's, the
flows of goods and the trade metrics are `vocab`'s."""

from __future__ import annotations

from analysis.briefing.deliveries import DELIVERY_METRICS
from analysis.lang.calendar import calendar
from analysis.lang.newslayout import is_masthead, news_layout
from analysis.vocab import FLOW_METRICS


def test_the_masthead_reads_the_calendars_genitive_months() -> None:
    source = news_layout().masthead.pattern
    assert "{genitive_months}" not in source
    assert "(?:" + "|".join(m.genitive for m in calendar().months) + ")" in source
    assert is_masthead("Тула, 5 июня 2020 г.")
    assert is_masthead("Деловая газета «Северный курьер», 3 марта 2021 года")
    assert not is_masthead("Завод отгрузил технику, 5 июня поставки продолжились")


def test_deliveries_are_the_flows_of_goods() -> None:
    assert DELIVERY_METRICS is FLOW_METRICS == ("export", "import")


def test_a_deals_month_reads_the_calendars_stems() -> None:
    import re

    from analysis.money.deal_day import _MONTH

    assert re.match(_MONTH, "в мае запустили") and re.match(_MONTH, "в марте сдали")
    assert not re.match(_MONTH, "в машинах")  # May's stem alone opens other words
    assert _MONTH == (r"в[ \u00a0]+(?:январ|феврал|март|апрел|ма[ея]|июн|июл|август|сентябр|октябр"
                      r"|ноябр|декабр)\w*")
