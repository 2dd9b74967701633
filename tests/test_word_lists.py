"""The one loader of the money word lists (`analysis.money.word_lists`), on small data written
here: a missing section, a missing entry with and without a default, each compile kind, and
the context words read through it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

import pytest

from analysis.money.context import ContextWords, context_data, context_words
from analysis.money.word_lists import (
    entry,
    joined,
    lemmas,
    lookbehind_led_pattern,
    pattern,
    read_words,
    whole_words,
    word_patterns,
)

DATA = {
    "lease": {"lessor": r"лизингов\w+\s+компани\w*", "client": r"хозяйств\w*|фермер\w*"},
    "sale_words": ["продал\\w*", "реализова\\w*"],
    "grant_words": ["грант\\w*", "субсиди\\w*"],
    "tax_lemmas": ["ндс", "пошлина"],
}


class Lease(NamedTuple):
    lessor: re.Pattern[str]
    client: re.Pattern[str]


class LeaseWithVia(NamedTuple):
    lessor: re.Pattern[str]
    via: re.Pattern[str] | None = None  # an optional list


@dataclass(frozen=True)
class Words:
    sales: re.Pattern[str] = entry(joined("(?i)"), key="sale_words")
    grants: re.Pattern[str] | None = entry(whole_words, key="grant_words", default=None)
    taxes: frozenset[str] = entry(lemmas, key="tax_lemmas", default=frozenset())
    given: tuple[str, ...] = ()


def test_a_section_the_data_lacks_gives_none() -> None:
    assert word_patterns("bond_issue", Lease, data=DATA) is None


def test_a_section_is_read_field_by_field_as_patterns() -> None:
    lease = word_patterns("lease", Lease, data=DATA)
    assert lease is not None
    text = "лизинговая компания передала технику хозяйствам района"
    assert lease.lessor.search(text) is not None
    assert lease.client.search(text).group() == "хозяйствам"


def test_an_entry_the_data_lacks_keeps_the_default_or_is_an_error() -> None:
    data = {"lease": {"lessor": r"лизингодател\w*"}}
    assert word_patterns("lease", LeaseWithVia, data=data) == (
        LeaseWithVia(re.compile(r"лизингодател\w*")))
    with pytest.raises(KeyError, match="client"):
        word_patterns("lease", Lease, data=data)


def test_one_kind_per_field_wraps_each_pattern() -> None:
    led = joined(r"(?<!\w)(?:", ")")
    lease = word_patterns("lease", Lease, {"lessor": pattern, "client": led}, data=DATA)
    assert lease is not None
    assert lease.client.pattern == r"(?<!\w)(?:хозяйств\w*|фермер\w*)"
    # the look-behind keeps «крестьянско-фермерские» but not «суперфермер»
    assert lease.client.search("суперфермеры") is None
    assert lease.client.search("крестьянско-фермерские хозяйства") is not None


def test_declared_kinds_and_keys_of_a_dataclass() -> None:
    words = read_words(DATA, Words, given=("дано",))
    assert words.sales.flags & re.IGNORECASE
    assert words.sales.search("Завод РЕАЛИЗОВАЛ продукцию") is not None
    assert words.grants is not None and words.grants.search("получила гранты") is not None
    assert words.grants.search("грант-менеджер") is None  # whole words only
    assert words.taxes == frozenset({"ндс", "пошлина"})
    assert words.given == ("дано",)
    empty = read_words({"sale_words": "продаж\\w*"}, Words)
    assert (empty.grants, empty.taxes, empty.given) == (None, frozenset(), ())
    assert empty.sales.pattern == "(?i)продаж\\w*"  # one pattern given as a string


def test_a_pattern_led_by_look_behinds_matches_the_same() -> None:
    source = r"(?<![а-яё])обходит\w*\s+бюджету|(?<![а-яё])стоит\s+казне"
    led = lookbehind_led_pattern(source)
    for text in ("дом обходится бюджету в", "мост стоит казне", "застоит казне"):
        assert (led.search(text) is None) == (re.search(source, text) is None)


def test_the_context_words_read_through_the_loader() -> None:
    data, words = context_data(), context_words()
    assert isinstance(words, ContextWords)
    # a renamed entry (`investment_purpose_words`) and a case-insensitive one
    assert words.investment_purpose.pattern == whole_words(
        data["investment_purpose_words"]).pattern
    assert words.seat_of_government.flags & re.IGNORECASE
    assert words.tax_words == frozenset(data["tax_words"])
    # the contract's security joins the not-cues of the data
    assert len(words.not_cues) == len(data["not_cues"]) + len(
        data["contract_security"]["set_aside_with"])
