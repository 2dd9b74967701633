"""The amount scan's session-38 shortcuts give what the former way gave (issue 10, speed):

- `inverted.inverted_figures` reads the places of «миллион», «миллиард», «тысяч» off the
  head scan's own finds of «милл» and «тыс» (`head_stems.SCALE_HEADS`), not three passes of its
  own: the same figures;
- `values.scale_value` and `values.currency_code` keep their answer per word: the same as
  the loop over the vocabulary;
- `values.parse_number` reads a plain run of ASCII digits with `float` at once: the same value
  as the whole reading.

Checked on sentences written here, generated strings and the seeds and gold texts studied so
far (held-aside sets are not read).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_speed_shortcuts import studied_texts

from analysis.lang import fold_case
from analysis.money import amounts, core_scan, find_amounts, inverted, values
from analysis.money.values import CURRENCY_CUES, SCALES

WRITTEN = [
    "Контракт может потянуть миллионов на триста, сообщил источник в министерстве.",
    "Сделка обойдётся тысяч на пятьсот рублей, а ремонт цеха — миллиона на два.",
    "Инвестор готов вложить миллиардов на пять — шесть рублей до 2027 года.",
    "Завод потратит 5 миллионов на двести новых станков, остальное уйдёт на зарплаты.",
    "ТЫСЯЧ на сто человек рассчитан стадион, а Миллионов на 40 долларов — новый терминал.",
    "Выручка выросла до 1,2 млрд рублей, экспорт — до $300 млн; тысячи тонн ушли в Китай.",
]
_PIECES = ["миллионов на триста", "тысяч на пятьсот", "миллиард", "милл", "тыс", "тыся",
           "тысяч", " на ", "на", " ", "\n", "рублей", "долларов", "300", "2,5", "-", "—",
           "двести", "Миллионов", "ТЫСЯЧ", "млн", "5 ", "человек", ".", "ᲀ", "İ"]


def _own_passes(text: str) -> list[inverted.Inverted]:
    """The former reading: each scale word found by a pass over the text of its own."""
    return inverted.inverted_figures(text)


def _from_heads(text: str) -> list[inverted.Inverted]:
    places: dict[str, list[int]] = {}
    core_scan._heads(text, fold_case(text), places)
    return inverted.inverted_figures(text, places)


def test_scale_heads_open_the_scale_words_and_cannot_overlap_themselves() -> None:
    # (a stem that overlapped itself could stand where the find loop, going on past its
    # last place, does not look)
    for head in core_scan.SCALE_HEADS:
        assert head in core_scan._HEAD_STEMS
        assert not any(head[:k] == head[-k:] for k in range(1, len(head)))
    for stem in inverted._STEMS:
        assert any(stem.startswith(head) for head in core_scan.SCALE_HEADS)


def _every_place(text: str, stem: str) -> list[int]:
    return [m.start() for m in re.finditer(f"(?={re.escape(stem)})", text)]


@pytest.mark.parametrize("text", WRITTEN)
def test_heads_keep_every_place_of_the_scale_heads(text: str) -> None:
    places: dict[str, list[int]] = {}
    lowered = fold_case(text)
    heads = core_scan._heads(text, lowered, places)
    assert heads == core_scan._heads(text, lowered)  # the heads themselves unchanged
    for head in core_scan.SCALE_HEADS:
        assert places[head] == _every_place(lowered, head)


@pytest.mark.parametrize("text", WRITTEN)
def test_inverted_figures_from_the_heads_written(text: str) -> None:
    assert _from_heads(text) == _own_passes(text)


def test_inverted_figures_from_the_heads_find_some() -> None:
    # (the written sentences do hold such figures: the comparison is not of empty lists)
    assert sum(len(_from_heads(t)) for t in WRITTEN) >= 5


def test_inverted_figures_from_the_heads_studied() -> None:
    for text in studied_texts():
        assert _from_heads(text) == _own_passes(text)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
def test_inverted_figures_from_the_heads_generated(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _from_heads(text) == _own_passes(text)


def test_find_amounts_with_the_former_inverted_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*WRITTEN, *studied_texts()[:400]]
    new = [find_amounts(t) for t in texts]
    monkeypatch.setattr(amounts, "inverted_figures", lambda text, places=None: _own_passes(text))
    assert [find_amounts(t) for t in texts] == new


def test_kept_scale_and_currency_answers_are_the_vocabulary_loops() -> None:
    words = [None, "", "млн", "Млрд", "тыс.", "миллиардов", "т.", "bn", "триллиона", "рублей",
             "долларов США", "бел. руб.", "$", "€", "BYN", "евроцентов", "юаней", "тенге", "ярда",
             *(stem for stem, _ in SCALES), *(cue for cue, _ in CURRENCY_CUES)]
    for word in words:
        assert values.scale_value(word) == values.scale_value.__wrapped__(word)
        assert values.currency_code(word) == values.currency_code.__wrapped__(word)
        # asked twice (the second answer is the kept one)
        assert values.scale_value(word) == values.scale_value.__wrapped__(word)
        assert values.currency_code(word) == values.currency_code.__wrapped__(word)


def _parse_number_whole(raw: str) -> float | None:
    """`parse_number` as it read every string before the digit-run shortcut."""
    s = values._CASE_ENDING.sub("", values._DIGIT_GROUP_SPACE.sub("", raw)
                                .removesuffix(",-").removesuffix("-00"))
    if "," in s and "." in s:
        decimal = "." if s.rfind(".") > s.rfind(",") else ","
        s = s.replace("," if decimal == "." else ".", "").replace(",", ".")
    elif s.count(",") >= 2:
        s = s.replace(",", "")
    elif s.count(".") >= 2:
        s = s.replace(".", "")
    s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


@pytest.mark.parametrize("raw", ["250", "0", "007", "1 200", "1,5", "1.5", "1,200,000",
                                 "4,200.00", "5 000,-", "5 450 000-00", "2-х", "٣٤", "²",
                                 "12\u00a0500", ""])
def test_parse_number_digit_run_written(raw: str) -> None:
    assert values.parse_number(raw) == _parse_number_whole(raw)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="0123456789 ,.-х٣²\u00a0", max_size=14))
def test_parse_number_digit_run_generated(raw: str) -> None:
    assert values.parse_number(raw) == _parse_number_whole(raw)
