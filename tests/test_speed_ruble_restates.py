"""The Belarusian-ruble reader asks whether a figure restates the one before it
(`ruble_rate.restates`) only when the answer changes something (`ruble_rate.goes_on_in`,
session 40; issue 10, speed): before, it asked of every figure after the first, ~1% of
`describe`.

- `goes_on_in` gives what the former reading gave for every value of the rubles before and
  after the figure (True, False, None) and every answer of `restates`: the whole table;
- `belarusian_rubles` with the former reading swapped in gives the same amounts on written
  texts (conversions told with «это», in a bracket, by a rate) and generated ones.
"""

from __future__ import annotations

import itertools
from datetime import date
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_speed_shortcuts import NEWS_WORDS

from analysis.money import find_amounts, ruble_rate, rubles
from analysis.money.amounts import Amount


def _former(text: str, prev: Amount, a: Amount, before: bool | None,
            after: bool | None) -> bool | None:
    """The former reading: `restates` asked first, its answer kept when it was one."""
    kept = before if ruble_rate.restates(text, prev, a) else None
    return kept if kept is not None else after


_PREV = Amount(start=0, end=10, surface="14 млн руб", value=14e6, currency="RUB",
               qualifier="exact")
_NEXT = Amount(start=20, end=30, surface="5 млн долл", value=5e6, currency="USD",
               qualifier="exact")


@pytest.mark.parametrize(("before", "after", "says"), list(itertools.product(
    (True, False, None), (True, False, None), (True, False))))
def test_the_whole_table(monkeypatch: pytest.MonkeyPatch, before: bool | None,
                         after: bool | None, says: bool) -> None:
    asked: list[bool] = []

    def restates(*_: object) -> bool:
        asked.append(True)
        return says

    monkeypatch.setattr(ruble_rate, "restates", restates)
    got = ruble_rate.goes_on_in("", _PREV, _NEXT, before, after)
    # (asked only where the answer matters)
    assert bool(asked) == (before is not None and after != before)
    assert got is _former("", _PREV, _NEXT, before, after)


WRITTEN = [
    ("— За полгода мы продали в Россию продукции на 14 млн рублей, это около 5 млн долларов, — "
     "говорит директор. — В прошлом году за весь год было 18 млн.", "https://region.example.by/a"),
    ("Российский банк откроет белорусскому партнёру кредитную линию на 250 млн российских "
     "рублей (около 8 млн рублей) сроком на три года.", "https://news.example.by/b"),
    ("Завод вложил в модернизацию 96 млрд рублей. В долларах это около 11 миллионов. "
     "В будущем году вложат ещё 40 млрд.", "https://news.example.by/c"),
    ("Выручка предприятия составила 412 млн белорусских рублей (около 150 млн долларов), "
     "чистая прибыль — 23,5 млн рублей.", "https://news.example.ru/d"),
    ("Смоленская область закупила техники на 1,2 млрд рублей, или около 19 млн долларов, а "
     "ещё 300 млн рублей направят на сервис.", None),
]


def _amounts(text: str, url: str | None, former: bool,
             monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    article = SimpleNamespace(text=text, url=url, source=None, published=date(2022, 8, 1),
                              article_id="t")
    with monkeypatch.context() as m:
        if former:
            m.setattr(rubles, "goes_on_in", _former)
        got = rubles.belarusian_rubles(article, find_amounts(text))
    return [(a.start, a.end, a.currency, a.implied_currency) for a in got]


@pytest.mark.parametrize(("text", "url"), WRITTEN)
def test_written_texts(monkeypatch: pytest.MonkeyPatch, text: str, url: str | None) -> None:
    new = _amounts(text, url, False, monkeypatch)
    assert new and new == _amounts(text, url, True, monkeypatch)


def test_a_conversion_still_keeps_the_rubles() -> None:
    # (the reading the shortcut must keep: the bare figure after a conversion into dollars goes
    # on in the rubles restated, Belarusian on a Belarusian site)
    text, url = WRITTEN[0]
    article = SimpleNamespace(text=text, url=url, source=None, published=date(2022, 8, 1),
                              article_id="t")
    got = {a.surface: a.currency for a in rubles.belarusian_rubles(article, find_amounts(text))}
    assert got["18 млн"] == got["14 млн рублей"] == "BYN"


_MONEY_WORDS = st.sampled_from([
    "14 млн рублей", "это около", "5 млн долларов", "(около 8 млн рублей)", "или", "по курсу",
    "белорусских рублей", "российских рублей", "96 млрд рублей.", "В долларах это", "11 миллионов",
    "было 18 млн.", "ещё 40 млрд", "рублей", "$3 млн", "—", ",", ".", "(", ")"])


@settings(max_examples=400, deadline=None)
@given(st.lists(NEWS_WORDS | _MONEY_WORDS, min_size=3, max_size=40),
       st.sampled_from(["https://news.example.by/x", "https://news.example.ru/x", None]))
def test_generated_texts(words: list[str], url: str | None) -> None:
    with pytest.MonkeyPatch.context() as mp:
        text = " ".join(words)
        assert _amounts(text, url, False, mp) == _amounts(text, url, True, mp)
