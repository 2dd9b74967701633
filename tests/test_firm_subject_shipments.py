"""A firm noun that ships is the firm named before it (new user, session 27): «предприятие
отгрузило в Россию продукции на 48 млн рублей», after a lead that names the plant, is the
plant's shipments, not Belarus's whole export to Russia, which the briefing showed as
«экспорт Беларуси в Россию | Россия — Беларусь | 48 млн бел. руб.». Plural makers
(«предприятия области отгрузили …»), a dealer («компания поставила …») and a country's
figure stay as they were.

The texts are written for these tests in the manner of a Belarusian agency's wire."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.money import describe

LEAD = ("ОАО «Бобруйскагромаш» в будущем году обновит линию окраски, сообщил директор завода.\n\n"
        "{sentence}\n")


def trade(text: str) -> list[tuple[str, str, str | None]]:
    facts = describe(SimpleNamespace(text=text, published=dt.date(2026, 11, 5)))
    return [(f.amount.surface, f.metric, f.goods) for f in facts if f.metric in ("export", "import",
                                                                                 "trade_turnover")]


@pytest.mark.parametrize("sentence", [
    "За девять месяцев предприятие отгрузило в Россию продукции на 51 млн рублей.",
    "С начала года завод поставил российским хозяйствам продукции на 51 млн рублей.",
    "В текущем году предприятие экспортировало в Россию машин на 51 млн рублей.",
])
def test_a_firm_noun_that_ships_is_the_firm_named_before(sentence: str) -> None:
    read = trade(LEAD.format(sentence=sentence))
    assert [goods for _, _, goods in read] == ["продукция «Бобруйскагромаш»"]


def test_many_makers_shipping_stay_the_sides_trade() -> None:
    text = LEAD.format(sentence="За девять месяцев предприятия Могилевской области отгрузили "
                                "в Россию продукции на 1,2 млрд долларов.")
    assert all(goods != "продукция «Бобруйскагромаш»" for _, _, goods in trade(text))


def test_a_countrys_export_after_the_firm_stays_the_countrys() -> None:
    text = LEAD.format(sentence="Экспорт Беларуси в Россию за девять месяцев составил 17,3 млрд "
                                "долларов.")
    assert trade(text) == [("17,3 млрд долларов", "export", None)]
