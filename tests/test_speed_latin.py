"""The amount scanner skips its Latin-letter scans when an article holds no Latin letter that
could start a match (issue 10, speed: `analysis.money.latin.ascii_letters`).

`ascii_letters` must give exactly the ASCII letters of a text and `holds_any` say whether
any of some letters (ASCII or not) occurs; the amounts must be those of the former scanner
that always ran both scans (the reference run: `holds_any` answering yes, so no scan is
skipped) on the studied texts and on generated text full of currency codes and look-alike
letters; and the letters a skipped scan can start with must be those the guard looks for.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_speed_shortcuts import studied_texts

import analysis.money.core_scan as core_scan_module
import analysis.money.scancopy as scancopy_module
from analysis.money import find_amounts
from analysis.money.latin import ascii_letters, holds_any


def letters_by_hand(text: str) -> frozenset[str]:
    return frozenset(c for c in text if c.isascii() and c.isalpha())


def test_ascii_letters_of_studied_texts() -> None:
    texts = studied_texts()
    assert [ascii_letters(t) for t in texts] == [letters_by_hand(t) for t in texts]
    assert sum(not ascii_letters(t) for t in texts) > len(texts) / 2  # most hold none


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_ascii_letters_of_any_text(text: str) -> None:
    assert ascii_letters(text) == letters_by_hand(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcαβдUSD ё1", max_size=30),
       st.frozensets(st.sampled_from("acUαβдё"), max_size=4))
def test_holds_any_answers_for_ascii_and_other_letters(text: str, letters: frozenset[str]) -> None:
    assert holds_any(text, letters) == any(c in text for c in letters)


def test_the_skipped_scans_start_only_at_the_letters_their_guard_looks_for() -> None:
    """A look-alike match can start only at a letter of `_LOOKALIKE_SET` (every character
    of the Latin, Greek and Cyrillic blocks tried inside a Cyrillic word), and the code
    pattern is the alternation of `_CODES`, whose first letters are `_CODE_FIRST`."""
    a, copy = core_scan_module, scancopy_module  # (the scan copy is its own module: session 14)
    starts = {ch for ch in map(chr, range(0x20, 0x500))
              if copy._MIXED_SCRIPT.match("д" + ch + "д", 1)}
    assert starts and starts <= copy._LOOKALIKE_SET
    assert a._CODE_HEAD.pattern == "(?:" + "|".join(a._CODES) + r")(?![a-z])"
    assert a._CODE_FIRST == {code[0] for code in a._CODES}


def amounts_signature(text: str) -> list[tuple]:
    return [(a.start, a.end, a.value, a.currency, a.surface) for a in find_amounts(text)]


def former_signature(monkeypatch: pytest.MonkeyPatch, text: str) -> list[tuple]:
    """The amounts with both Latin scans always run (the reference)."""
    with monkeypatch.context() as m:
        m.setattr(core_scan_module, "holds_any", lambda *_: True)
        m.setattr(scancopy_module, "holds_any", lambda *_: True)
        return amounts_signature(text)


def test_amounts_of_studied_texts_are_those_of_the_unskipped_scans(
        monkeypatch: pytest.MonkeyPatch) -> None:
    texts = studied_texts()
    got = [amounts_signature(t) for t in texts]
    assert got == [former_signature(monkeypatch, t) for t in texts]
    assert sum(map(len, got)) > 500  # amounts were compared


LATIN_WORDS = st.sampled_from([
    "USD", "EUR", "Br", "Br40", "BYN", "RUB", "KZT", "млрд", "млн", "5", "1,2", "40", "долларов",
    "дoлларов", "pублей", "рублей", "Минск", "USDT", "Brent", "B", "x", "[почти]", "$",
    "€", "в", "2012", "году", "составил", ".", ",", "\n",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(LATIN_WORDS, min_size=1, max_size=25).map(" ".join))
def test_amounts_of_generated_latin_text_are_those_of_the_unskipped_scans(text: str) -> None:
    with pytest.MonkeyPatch.context() as m:
        got = amounts_signature(text)
        m.setattr(core_scan_module, "holds_any", lambda *_: True)
        assert got == amounts_signature(text)


@pytest.mark.parametrize(("text", "currency"), [
    ("Экспорт составил 40 млн дoлларов.", "USD"),  # a Latin «o» inside «долларов»
    ("Кредит — 300 млн USD.", "USD"),
    ("Бюджет — Br40 млрд в 2012 году.", None),  # the code is still read (BYN or BYR)
])
def test_latin_currency_words_are_still_read(text: str, currency: str | None) -> None:
    found = find_amounts(text)
    assert len(found) == 1
    assert currency is None or found[0].currency == currency
