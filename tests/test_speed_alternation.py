"""The context word lists grouped by first letter match exactly as the plain alternation
(issue 10, speed: `analysis.money.alternation`, used by `money.context.context_words`).

Checked list by list on the lower-cased seeds and gold texts studied so far (held-aside sets
are not read), whole and from random start and end positions as the readers call them, and
on generated word lists and texts; plus how `letter_led` spreads a fragment into
alternatives led by a letter, and the fall-back to the plain alternation when it cannot.
"""

from __future__ import annotations

import json
import random
import re
from functools import cache
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_speed_shortcuts import studied_texts

from analysis.money.alternation import first_letter_union, letter_led

BEFORE, AFTER = r"\b", r"(?![\w-])"  # as `money.context` wraps its lists
LISTS = ("national", "forecast", "not_forecast", "local", "country_purchase", "country",
         "investment_purpose_words", "federal_source", "results_report", "result_words",
         "old_belarusian_rubles", "project_estimate")


@cache
def context_lists() -> dict[str, list[str]]:
    path = resources.files("analysis").joinpath("data", "money_context_ru.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {name: data[name] for name in LISTS if name in data}


def plain(fragments: list[str]) -> re.Pattern[str]:
    """The alternation as it was compiled before (the reference)."""
    return re.compile(BEFORE + "(?:" + "|".join(fragments) + ")" + AFTER)


def spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start, end)]


@pytest.mark.parametrize("name", LISTS)
def test_grouped_list_matches_as_the_plain_alternation_on_studied_text(name: str) -> None:
    fragments = context_lists().get(name)
    if fragments is None:
        pytest.skip(f"{name} is not in money_context_ru.json")
    grouped, former = first_letter_union(fragments, BEFORE, AFTER), plain(fragments)
    assert grouped.pattern != former.pattern  # the list was grouped, not left plain
    rng = random.Random(name)
    hits = 0
    for text in studied_texts():
        low = text.lower()
        got = spans(grouped, low, 0, len(low))
        assert got == spans(former, low, 0, len(low))
        hits += len(got)
        for _ in range(3):
            a = rng.randrange(len(low) + 1)
            b = rng.randrange(a, len(low) + 1)
            m, f = grouped.search(low, a, b), former.search(low, a, b)
            assert (m and m.span()) == (f and f.span())
    assert hits > 0 or name in ("project_estimate", "old_belarusian_rubles")


WORDS = st.sampled_from(["ан", "аб", "ба", "бан", "в", "на", "вб"])
FRAGMENTS = st.one_of(
    WORDS,
    st.tuples(WORDS, st.sampled_from(["", r"\w*", r"\w+", "а?", r"\s+на", "(?:н|б)"])).map(
        "".join),
    st.tuples(st.lists(WORDS, min_size=1, max_size=3), WORDS).map(  # a group first
        lambda p: "(?:" + "|".join(p[0]) + ")" + p[1]),
    st.lists(WORDS, min_size=1, max_size=3).map(lambda ws: "(?:" + "|".join(ws) + ")"),
    st.tuples(WORDS, WORDS).map("|".join),  # a bar at the fragment's top level
)
TEXTS = st.text(alphabet="абвн -\n1_", max_size=60)  # («1», «_»: word characters too)


@settings(max_examples=400, deadline=None)
@given(st.lists(FRAGMENTS, min_size=1, max_size=6), TEXTS,
       st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=60))
def test_grouped_generated_lists_match_as_the_plain_alternation(
        fragments: list[str], text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    grouped, former = first_letter_union(fragments, BEFORE, AFTER), plain(fragments)
    assert spans(grouped, text, start, end) == spans(former, text, start, end)
    m, f = grouped.search(text, start, end), former.search(text, start, end)
    assert (m and m.span()) == (f and f.span())


@pytest.mark.parametrize(("fragment", "alternatives"), [
    ("планир\\w*", ["планир\\w*"]),
    ("(?:в|на)\\s+(?:будущ|следующ)\\w+",
     ["в\\s+(?:будущ|следующ)\\w+", "на\\s+(?:будущ|следующ)\\w+"]),
    ("(?:мин\\w+|министерств\\w+)\\s+рф", ["мин\\w+\\s+рф", "министерств\\w+\\s+рф"]),
    ("(?:а[)|]|б)в", ["а[)|]в", "бв"]),  # a class's «)» and «|» close and split nothing
    ("ан|ба", ["ан", "ба"]),
    ("(?:(?:а|б)в|г)д", ["авд", "бвд", "гд"]),
    ("(?:а|)б", ["аб", "б"]),  # an empty alternative: the next letter leads
])
def test_a_plain_fragment_is_spread_into_letter_led_alternatives(
        fragment: str, alternatives: list[str]) -> None:
    assert letter_led(fragment) == alternatives


@pytest.mark.parametrize("fragment", [
    "а?б", "а+б", "(?:а|б)?в", "(?:а|б)+в", "[аб]в", "\\bа", "(?=а)а", "(?:а|)?б", "", "ан|\\w",
])
def test_a_fragment_not_plainly_led_by_a_letter_is_none(fragment: str) -> None:
    assert letter_led(fragment) is None


@pytest.mark.parametrize("fragments", [["ан", "[аб]в"], ["ан", "(б)в"], ["ан", "(?P<x>б)"]])
def test_a_list_with_an_unclear_or_capturing_fragment_stays_plain(fragments: list[str]) -> None:
    assert first_letter_union(fragments, BEFORE, AFTER).pattern == plain(fragments).pattern


def test_the_word_start_is_said_after_each_first_letter() -> None:
    """sre finds the candidate positions by the set of first letters only when every
    alternative opens with its letter: the word start is checked after it."""
    grouped = first_letter_union(["за\\s+сч[её]т", "с\\s+уч[её]том", "судя\\s+по"], BEFORE, AFTER)
    assert grouped.pattern == r"(?:з(?<!\w.)(?:а\s+сч[её]т)|с(?<!\w.)(?:\s+уч[её]том|удя\s+по))(?![\w-])"
    assert grouped.search("доход за счёт") is not None
    assert grouped.search("доход_за счёт") is None  # («_» is a word character: no word start)
    assert grouped.search("доход за счёт", 6) is not None  # (the start may be the word's)
    assert grouped.search("доходза счёт", 5) is None  # (the character before it still counts)


@pytest.mark.parametrize(("text", "start", "found"), [
    ("по данным", 0, (0, 9)), ("апо данным", 0, None), ("апо данным", 1, None),
    ("1по данным", 0, None), ("-по данным", 0, (1, 10)), ("по данными", 0, None),
])
def test_word_start_cases_read_as_the_plain_alternation(text: str, start: int,
                                                        found: tuple[int, int] | None) -> None:
    fragments = ["по\\s+данным", "пр\\w+"]
    grouped, former = first_letter_union(fragments, BEFORE, AFTER), plain(fragments)
    g, f = grouped.search(text, start), former.search(text, start)
    assert (g and g.span()) == (f and f.span()) == found


def test_a_list_of_many_first_letters_keeps_its_word_start_before() -> None:
    """sre tests a character against a set of first letters one by one: for many letters
    the word start stays before the branch (the set would cost more than it saves)."""
    many = ["а", "б", "в", "г", "д", "е", "ж", "з"]
    grouped = first_letter_union([w + "\\w*" for w in many], BEFORE, AFTER)
    assert grouped.pattern.startswith(r"\b(?:") and r"(?<!\w.)" not in grouped.pattern
    assert [m.span() for m in grouped.finditer("аб вг-д е_ж")] == [(0, 2), (6, 7), (8, 11)]
