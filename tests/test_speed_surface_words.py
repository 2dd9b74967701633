"""Two case-insensitive word lists asked of an amount's surface by several readers are now
asked once a surface (session 40, speed40b; issue 10, speed): `elided.scale_word_of` (the
scale word «млрд», «тыс.» that `elided_prices`, `enumerated` and `elided` each looked up)
and `rubles._names_ruble` (a surface naming its rubles' country, asked up to three times of
a figure by `belarusian_rubles`). Such a pattern has no first letter for sre to scan for, so
each search tried it at every character.

- each cached answer is the pattern's own on written surfaces and generated ones, asked
  twice (the second from the cache);
- the readers that use them give the same amounts as with the pattern asked directly, on
  written texts and generated ones.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.money import elided, elided_prices, enumerated, find_amounts, rubles
from analysis.money.amounts import Amount

_SURFACES = [
    "1,2 млрд рублей", "450 тыс. руб.", "3,5 МЛН долларов", "12 Млрд. рублей", "$2,4 млн",
    "7 миллиардов российских рублей", "15 млн белорусских рублей", "Br 4,1 млн",
    "380 BYN", "2 трлн рос. руб.", "около 40 тысяч евро", "95 лямов", "8,3 млрд ₽",
    "1 200 рублей", "5 rub", "сто миллионов", "12,5 млн расійскіх рублёў", "", "млрд",
]
_PIECES = ["1,2", " ", "\u00a0", "млн", "МЛРД", "Тыс.", "трлн", "миллиона", "ярдов",
           "рублей", "руб.", "российских", "Белорусских", "рос.", "бел.", "BYN", "byr",
           "Br", "RUB", "₽", "$", "евро", "долларов", "около", "лям", "Росс", "rur"]


def _former_scale(surface: str) -> str | None:
    m = elided.SCALE_WORD.search(surface)
    return m.group() if m else None


@pytest.mark.parametrize("surface", _SURFACES)
def test_cached_answers_are_the_patterns_on_written_surfaces(surface: str) -> None:
    for _ in range(2):
        assert elided.scale_word_of(surface) == _former_scale(surface)
        assert rubles._names_ruble(surface) == bool(rubles._NAMED_RUBLE.search(surface))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=6))
def test_cached_answers_are_the_patterns_on_generated_surfaces(parts: list[str]) -> None:
    surface = "".join(parts)
    for _ in range(2):
        assert elided.scale_word_of(surface) == _former_scale(surface)
        assert rubles._names_ruble(surface) == bool(rubles._NAMED_RUBLE.search(surface))


class _Former:
    """`scale_word_of` as the readers asked it before: the pattern searched each time."""

    def __call__(self, surface: str) -> str | None:
        return _former_scale(surface)


_TEXTS = [
    "Завод продал технику на 1,2 млрд рублей, еще 450, 300 и 120 млн рублей пришлись на "
    "запчасти.",
    "Цена трактора составила 5 200 долларов. Для сравнения, в 2015 году было 3 900.",
    "Объём поставок достиг 35,6, 29,5 и 38,5 млрд рублей соответственно.",
    "Комбайн стоит 180 тыс. долларов, сеялка — 45, культиватор — 30.",
    "Выручка составила 2,3 млн белорусских рублей, а прибыль — 400 тыс. рублей.",
    "Кредит на 5 млрд российских рублей выдан Белагропромбанку; еще 2 млрд рублей — в 2025 году.",
]


def _readings(text: str) -> tuple[list[Amount], list[Amount]]:
    found = find_amounts(text)
    return elided_prices.elided_prices(text, found), enumerated.enumerated_amounts(text, found)


@pytest.mark.parametrize("text", _TEXTS)
def test_readers_give_the_same_amounts_on_written_texts(text: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    now = _readings(text)
    monkeypatch.setattr(elided_prices, "scale_word_of", _Former())
    monkeypatch.setattr(enumerated, "scale_word_of", _Former())
    assert _readings(text) == now


_NUMBERS = ["1,2", "450", "35,6", "5 200", "3 900", "29,5", "12"]
_TAILS = [" млрд рублей", " млн долларов", " тыс. руб.", "", " евро", " рублей"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_NUMBERS), st.sampled_from(_TAILS)), min_size=1,
                max_size=4))
def test_readers_give_the_same_amounts_on_generated_texts(items: list[tuple[str, str]]) -> None:
    text = "Поставки составили " + ", ".join(n + t for n, t in items) + " соответственно."
    now = _readings(text)
    saved = elided_prices.scale_word_of, enumerated.scale_word_of
    try:
        elided_prices.scale_word_of = enumerated.scale_word_of = _Former()  # type: ignore[assignment]
        assert _readings(text) == now
    finally:
        elided_prices.scale_word_of, enumerated.scale_word_of = saved


def test_the_patterns_are_case_insensitive_lists() -> None:
    # (why they are cached: sre builds no first-letter set for such a list)
    assert elided.SCALE_WORD.flags & re.IGNORECASE
    assert rubles._NAMED_RUBLE.flags & re.IGNORECASE
