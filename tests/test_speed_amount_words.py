"""The amount finder's per-call shortcuts give what the former code gave (issue 10, speed,
session 37).

- `folded.folds_alike`: the case-fold exceptions looked for by one class scan, against the
  former `FOLD_DIFFERS.isdisjoint` of the stretch;
- `amounts._qualifier_before`: the same qualifier and start as the former reading (window
  tested with `isdisjoint`, the start counted back from the window's length);
- `first_person.first_plural_verb`: a word's first-person-plural test, kept per word,
  against the former test on its parse; the speaker readers' sentence tests with it.

Checked on texts written here and (slow) the seeds and gold texts studied so far (held-aside
sets are not read).
"""

from __future__ import annotations

import pytest
from test_speed_shortcuts import studied_texts

from analysis.lang import fold_case, parse
from analysis.money import amounts, firm_voice, speaker_voice
from analysis.money.amounts import Qualified
from analysis.money.first_person import first_plural_verb
from analysis.money.folded import FOLD_DIFFERS, folds_alike
from analysis.money.grammar import QUALIFIER_BEFORE

_WRITTEN = (
    "Экспорт составил около 5 млн долларов, а импорт — не менее 3 млрд рублей.",
    "Мы рассчитываем поставить в Россию техники почти на 40 млн долларов, — сказал директор.",
    "Компания заработала свыше миллиарда рублей; в районе 2 млрд ждут в следующем году.",
    "ſвыше 5 млн рублей и ıоколо 7 млрд — İ буквы, которые сворачиваются иначе: до 8 млн",
    "Цены выросли до 300 рублей, а затраты превысили 12 тыс. рублей. Отгрузим ещё на 2 млн.",
    "\u1c80 \u1c86около 4 млн долларов: приблизительно 9 млрд рублей, вплоть до 11 млн евро",
)


def _former_qualifier(text: str, start: int) -> Qualified | None:
    """`_qualifier_before` as it was before session 37."""
    lo = max(0, start - 40)
    window = text[lo:start]
    folded = amounts._QUALIFIER_FOLDED
    if folded is not None and FOLD_DIFFERS.isdisjoint(window):
        m = folded.search(fold_case(text)[lo:start])
    else:
        m = QUALIFIER_BEFORE.search(window)
    if not m:
        return None
    for group, qual in amounts._QUALIFIER_GROUPS:
        if (phrase := m.group(group)) is not None:
            if m.group("prep"):
                if qual in ("up_to", "over") and phrase.lower() in ("до", "от"):
                    return None
                return Qualified(qualifier=qual, start=start)
            return Qualified(qualifier=qual, start=start - len(window) + m.start())
    return None


def _former_plural_verb(text: str) -> bool:
    for word in speaker_voice._WORD.findall(text):
        tag = parse(word.lower()).tag
        if tag.person == "1per" and tag.number == "plur" and "VERB" in tag:
            return True
    return False


def _former_speaks(text: str) -> bool:
    """`speaker_voice.speaks_first_person` of the whole text as it read before session 44
    (each word of the text lowered and parsed)."""
    return bool(speaker_voice._words().first_person.search(fold_case(text))) or (
        _former_plural_verb(text))


def _check_text(text: str) -> None:
    for lo in range(0, len(text) + 1, 3):
        for hi in (lo, lo + 1, lo + 7, lo + 40, len(text)):
            assert folds_alike(text, lo, hi) == FOLD_DIFFERS.isdisjoint(text[lo:hi])
    for start in range(len(text) + 1):
        assert amounts._qualifier_before(text, start) == _former_qualifier(text, start)


@pytest.mark.parametrize("text", _WRITTEN)
def test_qualifier_and_fold_written(text: str) -> None:
    _check_text(text)


def test_folds_alike_every_exception() -> None:
    for ch in sorted(FOLD_DIFFERS):
        text = f"около {ch} 5 млн"
        assert not folds_alike(text, 0, len(text))
        assert folds_alike(text, 0, text.index(ch))
        assert folds_alike(text, text.index(ch) + 1, len(text))


@pytest.mark.parametrize("text", _WRITTEN)
def test_first_plural_verb_written(text: str) -> None:
    for word in speaker_voice._WORD.findall(text) + firm_voice._WORD.findall(text):
        assert first_plural_verb(word.lower()) == _former_plural_verb(word)
    assert speaker_voice.speaks_first_person(text, 0, len(text)) == _former_speaks(text)
    assert firm_voice._says_we(text) == (bool(firm_voice._WE.search(text))
                                         or _former_plural_verb(text))


def test_first_plural_verb_examples() -> None:
    assert first_plural_verb("рассчитываем")
    assert first_plural_verb("отгрузим")
    assert not first_plural_verb("отгрузили")
    assert not first_plural_verb("экспорт")


@pytest.mark.slow
def test_shortcuts_studied() -> None:
    for text in studied_texts():
        for start in range(0, len(text) + 1, 17):
            assert amounts._qualifier_before(text, start) == _former_qualifier(text, start)
        for lo in range(0, len(text), 53):
            assert folds_alike(text, lo, lo + 40) == FOLD_DIFFERS.isdisjoint(text[lo:lo + 40])
        for line in text.split("\n")[:20]:
            assert speaker_voice.speaks_first_person(line, 0, len(line)) == _former_speaks(line)
