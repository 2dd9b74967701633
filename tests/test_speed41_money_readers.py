"""Three readers of the money stages asked less, with the same answers (session 41, speed41a;
issue 10, speed):

- `metric_masks.literals_in`: the not-cues' literals a sentence holds, each distinct literal
  looked for once and one holding a shorter literal the sentence lacks not at all — the same
  set as an `in` test of every literal, so `SentenceMasks.not_cues` gives the same stretches;
- `ItemDates` reads its date lines only as far as a position asked: `at` gives the date the
  former reading of every line gave, whatever order the positions are asked in;
- `carry.has_time_words` runs the not-time words' substitution only where one of the list's
  literals stands (`literal_gate.list_gate`): the same answer as the former reading.

Checked on sentences written here and on generated strings.
"""

from __future__ import annotations

from bisect import bisect_right

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.money import carry, metric_masks
from analysis.money.amounts import find_amounts
from analysis.money.item_dates import ItemDates, _date_of, date_lines
from analysis.money.metric_masks import SentenceMasks, literals_in, not_cue_heads
from analysis.money.scope import AmountScope, fold

# ------------------------------------------------------------------ the not-cues' literals
_SENTENCES = [
    "Предприятие внесло предоплату в размере 30% от стоимости договора на 12 млн рублей.",
    "Платежи по кредиту составили 40 млн рублей, возмещение из бюджета — 6 млн.",
    "Выпуск облигаций объёмом 2 млрд рублей разместят до конца года.",
    "Оплата поставок белорусской техники — около 85 млн долларов.",
    "Завод получил компенсацию затрат на 3,5 млн рублей из областного бюджета.",
    "Экспорт вырос до 1,2 млрд долларов.",
    "",
]


def _pieces() -> list[str]:
    literals = sorted(set(not_cue_heads()))
    halves = [w[: len(w) // 2] for w in literals] + [w[len(w) // 2:] for w in literals]
    return [*literals, *halves, "пред", "о", "п", "лат", " ", ", ", "млн", "рублей", "на"]


_PIECES = _pieces()


def _former_present(sentence: str) -> set[str]:
    return {n for n in not_cue_heads() if n in sentence}


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_the_literals_found_are_every_literal_held_on_written_sentences(sentence: str) -> None:
    assert literals_in(sentence.lower()) == _former_present(sentence.lower())


def test_a_literal_is_held_in_a_longer_one() -> None:
    # («предоплат» is looked for only where «оплат» and «плат» stand; the answer is still theirs)
    found = literals_in("внесена предоплата")
    assert {"плат", "оплат", "предоплат"} <= found
    assert not {"платеж"} & literals_in("внесена предоплата")
    assert literals_in("экспорт вырос") == {"экспорт"}


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_the_literals_found_are_every_literal_held_on_generated_strings(parts: list[str]) -> None:
    text = "".join(parts)
    assert literals_in(text) == _former_present(text)


def _former_not_cues(scope: AmountScope) -> list[tuple[int, int]]:
    low, start, end = scope.folded, scope.start, scope.end
    sentence = low[start:end]
    return [(m.start(1), m.end(1) - 1)
            for needle, rx in metric_masks.context_words().not_cues
            if needle in sentence for m in rx.finditer(low, start, end)]


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_the_masks_blank_the_same_not_cues(sentence: str) -> None:
    for amount in find_amounts(sentence):
        scope = AmountScope(text=sentence, start=0, end=len(sentence), amount=amount,
                            others=find_amounts(sentence), folded_text=fold(sentence))
        assert SentenceMasks(scope).not_cues() == _former_not_cues(scope)


# ------------------------------------------------------------------ the date lines, lazily
_PAGES = [
    "",
    "Экспорт вырос до 1,2 млрд рублей.\nИмпорт — 300 млн.",
    "Tue, 14 Feb 2017 09:30:00 +0300\nМинпром: поставки выросли.\n"
    "Mon, 06 Mar 2017 10:00:00 GMT\nЗавод отгрузил технику на $12 млн.\n12.05.2017\nЛид.",
    "> Дата: 12 октября 2016 г., 10:41\n> Тема: поставки\nДата:\n3 ноября 2016 года\n\nТекст.",
    "2017-02-15\n\n\n15.02.2017 г.\n31.02.2017\nВерсия 1.02.2017 вышла в срок.",
]
_DATE_PIECES = ["12 октября 2016 г.", "3 Jan 2017", "2017-02-15", "15.02.2017", "31.02.2017",
                "Дата:", "Дата: ", "> ", "\n", "\n\n", " ", "Экспорт вырос.", "12 мая", "г."]


def _former_at(text: str, pos: int) -> object:
    starts, dates = [], []
    for m in date_lines(text):
        if (day := _date_of(m)) is not None:
            starts.append(m.start())
            dates.append(day)
    i = bisect_right(starts, pos) - 1
    return dates[i] if i >= 0 else None


def _same_dates(text: str, order: list[int]) -> None:
    dates = ItemDates(text)
    for pos in order:
        assert dates.at(pos) == _former_at(text, pos), (text, pos)
    assert bool(dates) == (_former_at(text, len(text)) is not None or any(
        _date_of(m) for m in date_lines(text)))


@pytest.mark.parametrize("text", _PAGES)
def test_dates_read_lazily_are_the_former_ones_on_written_pages(text: str) -> None:
    positions = list(range(len(text) + 1))
    _same_dates(text, positions)  # in order
    _same_dates(text, positions[::-1])  # the last first: the rest is read at once
    _same_dates(text, positions[::3] + positions[1::3])


def test_a_page_with_dates_is_true_before_any_position_is_asked() -> None:
    assert ItemDates(_PAGES[2])
    assert not ItemDates(_PAGES[1])


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=10), st.lists(st.integers(0, 200),
                                                                      max_size=6))
def test_dates_read_lazily_are_the_former_ones_on_generated_pages(pieces: list[str],
                                                                  order: list[int]) -> None:
    text = "".join(pieces)
    _same_dates(text, [min(p, len(text)) for p in order])


# ------------------------------------------------------------------ time words, gated
def _former_has_time_words(low: str) -> bool:
    if "среднегодов" in low:
        low = low.replace("среднегодов", "")
    if "год" in low:
        low = carry._NOT_TIME_WORDS.sub(" ", low)
    if "прошлогодн" in low:
        low = carry._LAST_YEARS_LEVEL.sub(" ", low)
    if " к " in low:
        low = carry.PERCENT_BASE.sub(" ", low)
    if "как " in low:
        low = carry.AS_IN.sub(" ", low)
    if "лет" in low and carry._YEARS_SPAN.search(low):
        return True
    if not (any(w in low for w in carry._TIME_STEMS) or carry.YEAR_DIGITS.search(low)):
        return False
    if not any(s in low for s in carry.COMPARISON_STEMS) or carry.COMPARED_PHRASE.search(low) is None:
        return True
    low = carry.COMPARED_PHRASE.sub(" ", low)
    return any(w in low for w in carry._TIME_STEMS) or bool(carry.YEAR_DIGITS.search(low))


_TIME_SENTENCES = [
    "в вологодской области экспорт составил 40 млн долларов",
    "выгода от сделки — 3 млн рублей",
    "кредит выдан сроком на пять лет на 200 млн рублей",
    "кредит выдан на срок до 3 лет",
    "по итогам года товарооборот вырос до 1,2 млрд",
    "в 2024 году поставки составили 300 млн",
    "погода не помешала: отгружено техники на 12 млн",
    "угодья хозяйства оценены в 40 млн, это на 9% выше прошлогоднего",
    "сальдо, как и в прошлом году, отрицательное",
    "экспорт вырос на 12% к 2022 году",
    "",
]
_TIME_PIECES = ["год", "года", "вологод", "выгод", "пригод", "угод", "погод", "сроком ",
                "на срок ", "на ", "до ", "три ", "лет", "2024", " ", "за ", "экспорт",
                "прошлогодн", "выше ", "как и в ", " к ", "квартал", "по сравнению с "]


@pytest.mark.parametrize("low", _TIME_SENTENCES)
def test_time_words_gated_on_written_sentences(low: str) -> None:
    assert carry.has_time_words(low) == _former_has_time_words(low)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_TIME_PIECES), max_size=10))
def test_time_words_gated_on_generated_strings(parts: list[str]) -> None:
    low = "".join(parts)
    assert carry.has_time_words(low) == _former_has_time_words(low)


def test_the_gate_is_proved_for_the_not_time_words() -> None:
    # (the gate is the list's own literals; without a proof no gate is used at all)
    gate = carry.list_gate(carry._NOT_TIME_WORDS)
    assert gate is not None and "выгод" in gate and "срок" in gate
    # a term and a region's name are still no time of the sentence's own
    assert not carry.has_time_words("кредит выдан сроком на три года")
    assert not carry.has_time_words("поставки в вологодскую область")
    assert carry.has_time_words("поставки в вологодскую область за три года")
