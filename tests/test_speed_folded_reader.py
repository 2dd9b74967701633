"""The metric and time reading's speed cuts of session 37 read exactly what they read before
(issue 10): the case-insensitive scans found in the folded copy
(`analysis.money.folded_reader.FoldedReader`), and `is_forecast` read once a scope.

- every code point is read alike by a case-insensitive letter (or range of letters, `\\w`,
  `\\s`) and by its case-sensitive lower case in the folded copy, but `FOLD_DIFFERS`;
- the period pattern (its Roman numerals now written in lower case) matches as it did;
- `FoldedReader.finditer` / `search` give the pattern's own matches (spans and groups) on
  every window of the studied texts (held-aside sets are not read), on generated text and on
  text holding the characters the fold reads differently (read by the pattern itself there);
- every fact of the studied texts is the same with `is_forecast` read afresh at each call.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from datetime import date
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_speed_shortcuts import studied_texts

import analysis.money.forecast as forecast_module
from analysis.lang import fold_case
from analysis.money import describe, find_amounts
from analysis.money.folded import FOLD_DIFFERS
from analysis.money.folded_reader import _FOLD_DIFFERS_CHAR, FoldedReader, _lookbehind_width
from analysis.money.period import _PERIOD, _PERIOD_READER

LETTERS = "abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
# the period pattern as it was written before (upper-case Roman numerals, read ignoring case)
FORMER_PERIOD = re.compile(_PERIOD.pattern.replace("(?P<q>iv|i{1,3}|", "(?P<q>IV|I{1,3}|")
                           .replace("(?P<h>i{1,2}|", "(?P<h>I{1,2}|"))
READERS = {"period": (_PERIOD_READER, FORMER_PERIOD)}


def _read(matches) -> list[tuple]:
    return [(m.span(), m.groups(), m.lastgroup) for m in matches]


def test_every_code_point_is_read_alike_but_the_listed_ones() -> None:
    plain = re.compile(r"(?i)[a-zа-яё]")
    classes = [(re.compile(f"(?i){x}"), re.compile(x)) for x in LETTERS] + [
        (re.compile(f"(?i){c}"), re.compile(c)) for c in ("[а-я]", "[а-яё]", "[a-z]", r"\w", r"\s")]
    odd, tried = set(), 0
    for i in range(sys.maxunicode + 1):
        ch = chr(i)
        folded = ch.lower()[:1] or ch
        if (plain.fullmatch(ch) is None and folded not in LETTERS and not ch.isspace()
                and not ch.isalnum() and ch != "_"):
            continue  # (read alike: no case, no letter, no word or space character)
        tried += 1
        for insensitive, sensitive in classes:
            if (insensitive.fullmatch(ch) is None) != (sensitive.fullmatch(folded) is None):
                odd.add(ch)
    assert odd <= FOLD_DIFFERS
    assert tried > 100_000
    assert {m.group() for m in _FOLD_DIFFERS_CHAR.finditer("".join(map(chr, range(0x2000))))} == {
        ch for ch in FOLD_DIFFERS if ord(ch) < 0x2000}
    assert _FOLD_DIFFERS_CHAR.findall("\u1c80\u1c86") == ["\u1c80", "\u1c86"]


def test_the_readers_are_in_use() -> None:
    for reader, _ in READERS.values():
        assert reader._prepare() is not None
    assert _lookbehind_width(_parse(r"(?<=в\s)x|(?:a(?<!начальная )y)+")) == 10
    assert _lookbehind_width(_parse(r"(?i)(?<![\w-])во?")) == 1
    assert FoldedReader(re.compile("(?i)ГОД"))._prepare() is None  # an upper-case letter
    assert FoldedReader(re.compile("год"))._prepare() is None  # not ignoring case


def _parse(source: str):
    from re import _parser  # type: ignore[attr-defined]

    return _parser.parse(source)


def test_the_period_pattern_matches_as_it_did_on_studied_text() -> None:
    for text in studied_texts():
        assert _read(_PERIOD.finditer(text)) == _read(FORMER_PERIOD.finditer(text))


@pytest.mark.slow
def test_the_readers_read_what_the_patterns_read_on_studied_text() -> None:
    found = 0
    for text in studied_texts():
        folded = fold_case(text)
        for lo in range(0, len(text), 29):
            for hi in (min(len(text), lo + 200), len(text)):
                for reader, former in READERS.values():
                    expected = _read(former.finditer(text, lo, hi))
                    assert _read(reader.finditer(text, folded, lo, hi)) == expected
                    first = reader.search(text, folded, lo, hi)
                    assert (_read([first]) if first else []) == expected[:1]
                    found += len(expected)
    assert found > 1000  # periods were really met


def test_the_readers_read_what_the_patterns_read_on_written_text() -> None:
    texts = [
        "За I квартал экспорт вырос, в январе–мае — на 16,4 млрд, а за 9 мес. — ещё больше.",
        "С АПРЕЛЯ ПО ИЮНЬ поставки составили 5 млн, а с Июля по сентябрь — 4 млн.",
        "Во втором — 1,2 млн; с начала года, за полгода и за два квартала 2024 года — больше.",
        # the characters the fold reads differently: read by the pattern itself
        "За ıı квартал и в ſентябре — 3 млн, годом ранее \u1c80 марте — İ квартал.",
    ]
    for text in texts:
        folded = fold_case(text)
        for lo in range(len(text)):
            for reader, former in READERS.values():
                assert _read(reader.finditer(text, folded, lo, len(text))) == _read(
                    former.finditer(text, lo, len(text)))


WORDS = st.sampled_from([
    "за", "в", "во", "с", "по", "I", "II", "iv", "квартал", "кв.", "полугодии", "январе", "Мая",
    "МАРТА", "сентябрь", "9", "месяцев", "мес.", "начала", "года", "годом", "ранее", "тот",
    "же", "период", "–", "-", "—", ",", "2024", "второй", "первом", "ı", "ſ", "İ", "\u1c80",
    "аналогичный", "прошлого", "\u00a0", "", "Ё", "ё",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=14).map(" ".join), st.integers(0, 20))
def test_the_readers_read_what_the_patterns_read_on_generated_text(text: str, lo: int) -> None:
    folded = fold_case(text)
    lo = min(lo, len(text))
    for reader, former in READERS.values():
        assert _read(reader.finditer(text, folded, lo, len(text))) == _read(
            former.finditer(text, lo, len(text)))
        found = reader.search(text, folded, lo, len(text))
        expected = former.search(text, lo, len(text))
        assert (found and _read([found])) == (expected and _read([expected]))


def _facts(texts: list[str]) -> list[list[dict]]:
    return [[dataclasses.asdict(f) for f in describe(SimpleNamespace(
        text=text, published=date(2024, 5, 1), article_id="t"))] for text in texts]


@pytest.mark.slow
def test_facts_are_those_of_a_forecast_read_afresh_on_studied_text(
        monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [t for t in studied_texts() if find_amounts(t)]
    got = _facts(texts)
    with monkeypatch.context() as m:
        for module in list(sys.modules.values()):
            if getattr(module, "is_forecast", None) is forecast_module.is_forecast:
                m.setattr(module, "is_forecast", forecast_module._reads_as_forecast)
        afresh = _facts(texts)
    assert got == afresh
    assert sum(len(fs) for fs in got) > 2000  # amounts were really read
