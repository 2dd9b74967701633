"""The metric reader's shortcuts read as the longer way they replace (session 13 speed,
issue 10: `money.metric`, `money.parts`).

- `cue_gaps.words_between` (the words before an amount in one go) gives the words of the gap
  generator, on studied texts (held-aside sets are not read) and hand-written ones;
- the cue of the sentence before is read only for a sentence that opens «Из <amount>»:
  `whole_told_before` never asks for it otherwise, and its answers are those of the eager
  reading.
"""

from __future__ import annotations

import random

import pytest
from test_speed_shortcuts import studied_texts

from analysis.money import find_amounts
from analysis.money.cue_gaps import gap_words, words_between
from analysis.money.cuewords import NO_CUE, MetricCue
from analysis.money.metric import metric_of
from analysis.money.parts import whole_told_before
from analysis.money.scope import AmountScope


def spans(words: list) -> list[tuple[int, int]]:
    return [w.span() for w in words]


def test_words_between_are_the_gap_words_on_studied_text() -> None:
    rng = random.Random(13)
    checked = 0
    for text in studied_texts()[::3]:
        amounts = find_amounts(text)
        for amount in amounts:
            lo = max(0, amount.start - rng.randrange(0, 300))
            for hi in (amount.start, min(len(text), amount.end + rng.randrange(0, 200))):
                assert spans(words_between(text, lo, hi, amounts)) == spans(
                    list(gap_words(text, lo, hi, amounts)))
                checked += 1
    assert checked > 100


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("Экспорт составил 5 млн долларов, импорт — 3 млн долларов.", 0, 58),
    ("Экспорт составил 5 млн долларов, импорт — 3 млн долларов.", 10, 20),  # inside a word
    ("Кредит на €40 млн и $25 млн выделит банк", 0, 40),
    ("", 0, 0),
])
def test_words_between_of_hand_written_cases(text: str, lo: int, hi: int) -> None:
    amounts = find_amounts(text)
    assert spans(words_between(text, lo, hi, amounts)) == spans(
        list(gap_words(text, lo, hi, amounts)))


def scope_of(text: str, index: int = -1) -> AmountScope:
    amounts = find_amounts(text)
    amount = amounts[index]
    start = text.rfind(". ", 0, amount.start)
    start = 0 if start < 0 else start + 2
    return AmountScope(text=text, start=start, end=len(text), amount=amount,
                       others=[a for a in amounts if a.start >= start])


CREDIT = MetricCue(metric="credit", score=1, head="кредит")


@pytest.mark.parametrize(("text", "asked", "whole"), [
    # opens with «Из <amount>»: the sentence before is asked, and names the whole
    ("Кредит выбран почти полностью. Из 105 млрд рублей, предусмотренных соглашением, "
     "Минфин получил 98,5 млрд рублей.", True, True),
    # no «Из» first: the sentence before is never read
    ("Кредит выбран почти полностью. Минфин получил 98,5 млрд рублей.", False, False),
    ("Кредит выбран. Всего из 105 млрд рублей получено 98,5 млрд рублей.", False, False),
])
def test_the_sentence_before_is_read_only_after_an_opening_from(text: str, asked: bool,
                                                               whole: bool) -> None:
    scope = scope_of(text)
    cue = metric_of(scope)
    calls: list[int] = []

    def before() -> MetricCue:
        calls.append(1)
        return CREDIT

    assert whole_told_before(scope, cue, before) is whole
    assert bool(calls) is asked


def test_no_cue_before_is_no_whole() -> None:
    text = ("Работы почти закончены. Из 105 млрд рублей, предусмотренных соглашением, "
            "Минфин получил 98,5 млрд рублей.")
    scope = scope_of(text)
    none = MetricCue(metric="other", score=NO_CUE, head="")
    assert not whole_told_before(scope, metric_of(scope), lambda: none)
    assert not whole_told_before(scope, metric_of(scope), lambda: None)


def test_plural_noun_stems_open_every_plural_noun() -> None:
    """The `in` check before the plural-noun scan lets through every word the scan finds."""
    from analysis.entities.regions import _PLURAL_NOUN, _PLURAL_NOUN_STEMS

    for word in ("областях", "областей", "областям", "областями", "области", "краях", "краёв",
                 "краев", "краям", "краями", "края", "республиках"):
        assert _PLURAL_NOUN.search(word) is not None
        assert any(word.startswith(stem) for stem in _PLURAL_NOUN_STEMS)


@pytest.mark.parametrize(("text", "members"), [
    ("поставки в Рязанской и Ивановской областях", {"Рязанская область", "Ивановская область"}),
    ("поставки в Рязанскую область", {"Рязанская область"}),
])
def test_listed_members_are_found_with_the_stem_check(text: str, members: set[str]) -> None:
    from analysis.entities import find_regions

    assert {e.normal for e in find_regions(text) if e.type == "region"} == members
