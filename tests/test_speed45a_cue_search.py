"""Session 45 (speed45a): the cue search of `money.metric.nearest_cue` made cheaper, each
reading the same as before.

- A word's role is looked up as it is written (`cuewords.SURFACE_ROLES`, a dict: a subscript,
  the lower case made only for a word not seen yet): the role `word_role` gives the word in
  lower case, on written words and generated ones, also past the cache's bound.
- The word pattern's repeats are possessive (`cue_gaps._WORD`): its spans are the former
  pattern's (tests/test_speed_shortcuts.py checks every class-led pattern against its former
  form on studied texts and generated ones; the former form is listed there).
- `nearest_cue` with the former look-up put back (every word lowered, then `word_role`) and
  the former word pattern reads every amount of the studied texts as the new one does.
- `governing` lowers the pair's two words once an iteration: the heads its rules promise are
  still chosen (written sentences, one a rule).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_speed_shortcuts import studied_texts

import analysis.money.cue_gaps as cue_gaps_module
import analysis.money.cuewords as cuewords_module
import analysis.money.metric as metric_module
from analysis.money import find_amounts
from analysis.money.cuewords import SURFACE_ROLES, word_role
from analysis.money.metric import metric_of, nearest_cue
from analysis.money.scope import AmountScope

_FORMER_WORD = r"[А-Яа-яЁёA-Za-z][А-Яа-яЁёA-Za-z]*(?:-[А-Яа-яЁё]+)*"

WORDS = ["Кредит", "кредит", "КРЕДИТ", "кредиты", "Поставки", "поставок", "отгрузили", "ЭКСПОРТ",
         "Экспортёры", "экспортеры", "ёлка", "Ёлка", "получила", "Получили", "товарооборот",
         "Товарооборот", "инвестиции", "стоимостью", "IT", "Minsk", "бизнес-проект",
         "Бизнес-Проект", "финансируется", "госконтракт", "и", "в", "на", "Беларуси", ""]


def scopes(text: str) -> list[AmountScope]:
    """A scope for each amount of `text`: its sentence cut at the stops around it."""
    amounts = find_amounts(text)
    out = []
    for amount in amounts:
        start = max(text.rfind(". ", 0, amount.start) + 2, text.rfind("\n", 0, amount.start) + 1, 0)
        stops = [i for i in (text.find(". ", amount.end), text.find("\n", amount.end)) if i >= 0]
        end = min(stops, default=len(text))
        out.append(AmountScope(text=text, start=start, end=end, amount=amount,
                               others=[a for a in amounts if start <= a.start < end]))
    return out


class _FormerRoles(dict):
    """The former look-up: every word lowered, then `word_role` (nothing kept here)."""

    def __missing__(self, word: str) -> object:
        return word_role(word.lower())


@pytest.mark.parametrize("word", WORDS)
def test_surface_role_is_the_role_of_the_word_in_lower_case(word: str) -> None:
    assert SURFACE_ROLES[word] == word_role(word.lower())
    assert SURFACE_ROLES[word] == word_role(word.lower())  # (kept, read again)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="аАбБкКрРеЕдДиИтТоОпПсСвВёЁzZ-\u0130\u212a", min_size=1, max_size=12))
def test_surface_role_on_generated_words(word: str) -> None:
    assert SURFACE_ROLES[word] == word_role(word.lower())


def test_surface_roles_stay_bounded_and_right(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cuewords_module, "_SURFACE_ROLES_KEPT", 3)
    roles = cuewords_module._SurfaceRoles()
    for word in WORDS:
        assert roles[word] == word_role(word.lower())
        assert len(roles) <= 3


def test_nearest_cue_reads_as_with_the_former_look_up_on_studied_text(
        monkeypatch: pytest.MonkeyPatch) -> None:
    checked = 0
    for text in studied_texts()[::4]:
        for scope in scopes(text):
            got = nearest_cue(scope), metric_of(scope)
            with monkeypatch.context() as m:
                m.setattr(metric_module, "SURFACE_ROLES", _FormerRoles())
                m.setattr(cue_gaps_module, "_WORD", re.compile(_FORMER_WORD))
                assert (nearest_cue(scope), metric_of(scope)) == got, text[scope.start:scope.end]
            checked += 1
    assert checked > 300


@pytest.mark.parametrize(("text", "metric", "head"), [
    # the object a verb gives names the money
    ("Россия выделила Беларуси кредит в размере 1,5 млрд долларов.", "credit", "кредит"),
    # the head of the noun phrase decides
    ("Объём инвестиций в строительство завода составит 40 млн рублей.", "investment",
     "инвестиций"),
    # a level set of a measure of trade: no money allocated
    ("Программа предусматривает рост экспорта до 5 млрд долларов.", "export", "экспорта"),
    # a comma closes the phrase: the nearer cue stays
    ("Заключен договор, финансирование составит 12 млн рублей.", "financing", "финансирование"),
    # «стоимостью» reaches a strong head further up
    ("Подписан контракт на поставку жидкого гелия и технического водорода общей стоимостью "
     "2,6 млрд рублей.", "agreements", "контракт"),
])
def test_governing_picks_the_heads_its_rules_promise(text: str, metric: str, head: str) -> None:
    (scope,) = scopes(text)
    got = nearest_cue(scope)
    assert (got.metric, got.head) == (metric, head)
