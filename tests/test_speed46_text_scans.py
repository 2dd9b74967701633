"""Session 46's cuts of the article-wide scans (issue 10, speed), each against its former reading:

- `unit_notice._notice` reads its gate's words in the article's cached lower case
  (`fold_case`) instead of a casefold of the whole text, where `folded.casefolds_as_lower`
  shows the two find the words alike: `CASEFOLD_DIFFERS` is proved over every code point, and
  the gate's answers, and the notices, are compared with the casefold on written texts,
  generated ones and the studied gold texts (held-aside sets are not read);
- the glued-ruble gate of `core_scan._heads` (an ASCII digit right before «р») is read off the
  stems' pass (`head_stems.GLUED_STEMS`): the heads are compared with the former «р»-led
  scan in `tests/test_speed_head_stems.py`; here the amounts of glued rubles, through the
  pass and through the ``str.find`` loops (a text with an emoji).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_speed_shortcuts import studied_texts

from analysis.lang import fold_case
from analysis.money import core_scan, find_amounts, head_stems, unit_notice
from analysis.money.folded import CASEFOLD_DIFFERS, casefolds_as_lower
from analysis.money.tableblocks import table_words

_CYRILLIC_LOWER = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")

WRITTEN = [
    "Данные о выручке – по отчётности за 2022 год; суммы в тыс. руб., если не указано иное.\n"
    "ООО «Рославльский литейщик»\nВыручка: 318 400. Экспорт в РБ: 27 900.",
    "СВЕДЕНИЯ ПРИВЕДЕНЫ В МЛН РУБЛЕЙ.\nИнвестиции: 740.",
    "Цифры даны в тыс. долларов, если не указано другое.\nЭкспорт: 5 310.",
    "Показатели: выручка 12 млрд рублей, прибыль 1,1 млрд.",
    "Все ᲁанные приведены в тыс. руб.\nЭкспорт: 1 200.",  # «ᲁ»: casefolded to «д»
    "Straße: 12 300. Данные: ſummы в тыс. руб.",
    "ΣΥΝΟΛΟ: 40. Значения указаны в тыс. евро, если не указано иное.\nВыручка: 90.",
    "İstanbul: в Стамбуле открыли склад за 3 млн долларов.",
    "Завод получил кредит: 2 млрд рублей на 5 лет.",
    "",
]
_PIECES = ["данные", "Данные", "ДАННЫЕ", "суммы", "указано", "цифры", "сведения", "значения",
           "показатели", "ᲁанные", "ᲀ", "ᲂ", "ᲃ", "ᲄ", "ᲅ", "ᲆ", "ᲇ", "ᲈ", "İ", "ß", "ſ", "Σ",
           "ς", "ё", "Ё", "д", "а", "н", "ы", "е", "е", " ", ":", "\n", "в тыс. руб.",
           ", если не указано иное", "Выручка: 1 200.", "😀", "\u00a0", "K", "ﬁ"]


def _former_notice(text: str, words: object) -> object:
    """`unit_notice._notice` as it read before: the gate's words looked for in a casefold of
    the whole text."""
    folded_gate = unit_notice._notices().folded_gate
    if folded_gate is not None:
        folded = text.casefold()
        if not any(word in folded for word in folded_gate):
            return None
    real = unit_notice._notices
    try:  # the rest of the reading, ungated
        unit_notice._notices = lambda: real()._replace(folded_gate=None)  # type: ignore[assignment]
        return unit_notice._notice(text, words)  # type: ignore[arg-type]
    finally:
        unit_notice._notices = real  # type: ignore[assignment]


def _same_gate(text: str) -> None:
    gate = unit_notice._notices().folded_gate
    assert gate is not None
    if casefolds_as_lower(text, gate):
        low = fold_case(text)
        assert [w in low for w in gate] == [w in text.casefold() for w in gate]


def test_casefold_differs_only_at_the_old_cyrillic_letters() -> None:
    # every code point: where its casefold and its `fold_case` image differ, neither holds a
    # basic Cyrillic lower-case letter, unless it is one of `CASEFOLD_DIFFERS`
    found = []
    for cp in range(0x110000):
        ch = chr(cp)
        folded, low = ch.casefold(), fold_case(ch)
        assert low == (ch.lower()[:1] or ch)
        if folded != low and not _CYRILLIC_LOWER.isdisjoint(folded + low):
            found.append(ch)
    assert "".join(found) == CASEFOLD_DIFFERS


def test_the_gate_is_asked_only_of_cyrillic_words() -> None:
    assert casefolds_as_lower("суммы в тыс. руб.", ("суммы", "указано"))
    assert not casefolds_as_lower("суммы в тыс. руб.", ("sums",))  # a Latin word: casefold
    assert not casefolds_as_lower("суммы", ("Суммы",))  # a capital: casefold
    assert not casefolds_as_lower("ᲁанные", ("данные",))  # an old letter: casefold
    assert "данные" in "ᲁанные".casefold() and "данные" not in fold_case("ᲁанные")


@pytest.mark.parametrize("text", WRITTEN)
def test_the_notice_as_with_the_casefold_written(text: str) -> None:
    _same_gate(text)
    words = table_words()
    assert unit_notice._notice(text, words) == _former_notice(text, words)


def test_the_written_notices_are_read() -> None:
    words = table_words()
    found = [unit_notice._notice(t, words) for t in WRITTEN]
    assert sum(n is not None for n in found) >= 3
    assert found[4] is not None  # «ᲁанные …»: read through the casefold, as before


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=0, max_size=14).map("".join))
def test_the_notice_as_with_the_casefold_generated(text: str) -> None:
    _same_gate(text)
    words = table_words()
    assert unit_notice._notice(text, words) == _former_notice(text, words)


def test_the_notice_as_with_the_casefold_studied() -> None:
    words = table_words()
    texts = [t for t in studied_texts() if ":" in t]
    assert len(texts) > 100
    for text in texts:
        _same_gate(text)
        assert unit_notice._notice(text, words) == _former_notice(text, words)


# --------------------------------------------------------------------------- glued rubles
def test_the_glued_stems_follow_the_head_stems() -> None:
    assert head_stems.GLUED_STEMS == tuple(f"{d}р" for d in "0123456789")
    for latin in (False, True):
        text = "цена 1500р, 7р. и 3 руб."
        keys = {i for i, _, _ in head_stems.stem_places(text, latin)
                if i >= head_stems.first_glued(latin)}
        assert {head_stems._KEYS[latin][i] for i in keys} == {"0р", "7р"}


@pytest.mark.parametrize(("text", "values"), [
    ("Цена набора — 1500р за штуку.", [1500.0]),
    ("Цена набора — 1500р за штуку 😀, а доставка 200р.", [1500.0, 200.0]),  # the find loops
    ("Брали по 90р., теперь по 120р", [90.0, 120.0]),
    ("Скидка 5р и ещё ٣р сверху: 10 руб.", [5.0, 3.0, 10.0]),  # («٣р»: searched, as before)
    ("Тариф 3 р. за минуту и 1р.", [3.0, 1.0]),
])
def test_glued_rubles_through_the_pass(text: str, values: list[float]) -> None:
    found = [a for a in find_amounts(text) if a.currency == "RUB"]
    assert [a.value for a in found] == values


def test_a_unicode_digit_glued_ruble_reads_as_before() -> None:
    # the search itself is the former one («\dр»): an Arabic-Indic digit's «р» is a head
    # only when an ASCII digit's stands in the text too, as the former gate let it
    low = fold_case("сдача ٣р")
    assert 7 not in core_scan._heads("сдача ٣р", low)  # no ASCII digit: not searched
    text = "сдача ٣р и 5р"
    assert {7, 12} <= set(core_scan._heads(text, fold_case(text)))
