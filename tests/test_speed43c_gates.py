"""The new readers of session 43 asked only where they can answer, with the same answers as
the former path (session 43, speed43c; issue 10, speed):

- `year.year_reading`: with no date known, the relative-year words («в прошлом году») are
  searched only where a year is read already — elsewhere their figure gets no year either way
  (`_relative_can_count`);
- `parts.whole_told_before`: the speaker before a quoted «Из 105 млрд …» is looked for only
  where a colon stands before the first figure (the pattern without the speaker otherwise);
- `year._RELATIVE`: «в сентябре этого —» is matched at the word «этого», its month's ending
  looked back at after it, not by look-behinds tried at every word's start.

Each is checked against the former reading on sentences written here and on generated ones.
"""

from __future__ import annotations

import re
from datetime import date
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.money import parts, year
from analysis.money.amounts import find_amounts
from analysis.money.scope import AmountScope

_WRITTEN = [
    "В прошлом году завод поставил в область техники на 48 млн долларов.",
    "В 2021 году экспорт составил 120 млн долларов, а в прошлом году — 150 млн.",
    "Товарооборот в 2022 году достиг 1,2 млрд долларов; в следующем году планируется 1,5 млрд.",
    "В позапрошлом — 118 млн рублей, в текущем году ожидается 140 млн рублей.",
    "А в сентябре этого — уже 92 млн рублей, кроме этого — 5 млн рублей на ремонт.",
    "В мае этого – 12 млн долларов, в январе этого — 8 млн, в марте 2023 года — 7 млн.",
    "По сравнению с прошлым годом выручка выросла до 3,4 млрд рублей (в 2020 году — 2,9 млрд).",
    "Десять лет назад банк пообещал уже в следующем году выдать 50 млн долларов.",
    "В нынешнем сезоне закупки составят 200 млн рублей, в 2019 году было 150 млн рублей.",
    "Из 105 млрд рублей, предусмотренных соглашением, Минфин уже получил 98,5 млрд.",
    "Ответ замминистра: «Из 105 миллиардов рублей мы законтрактовали 60 миллиардов».",
    "Итоги года: из общих 40 млн рублей на оборудование ушло 25 млн рублей.",
]


def _scopes(text: str) -> list[AmountScope]:
    amounts = find_amounts(text)
    return [AmountScope(text=text, start=0, end=len(text), amount=a, others=amounts)
            for a in amounts]


def _readings(text: str, published: date | None, base_year: int | None) -> list[object]:
    return [year.year_reading(s, published, None, base_year=base_year) for s in _scopes(text)]


def _same_readings_with_and_without_the_gate(text: str) -> int:
    read = 0
    for base_year in (None, 2020):
        gated = _readings(text, None, base_year)
        with patch.object(year, "_relative_can_count", lambda *_: True):
            former = _readings(text, None, base_year)
        assert gated == former, text
        read += len(gated)
    return read


def test_relative_years_with_no_date_as_the_former_reading_on_written_sentences() -> None:
    read = sum(_same_readings_with_and_without_the_gate(t) for t in _WRITTEN)
    assert read > 20
    # the relative years still read the figure's year where the date is known
    scope = _scopes(_WRITTEN[0])[0]
    assert year.year_reading(scope, date(2024, 3, 1), None).year == 2023
    # and, with no date, still take the figure from a stated year farther away
    assert [r.year for r in _readings(_WRITTEN[1], None, None)] == [2021, None]


_YEAR_PIECES = ["В ", "в ", "прошлом ", "позапрошлом ", "следующем ", "текущем ", "этом ",
                "этого", "году", "года", " — ", " – ", ", ", "сентябре ", "мае ", "январе ",
                "2021 ", "2019 году ", "годом ранее ", "пять лет назад ", "сезоне ", "по сравнению с ",
                "было ", "составил ", "12 млн рублей", "3,4 млрд долларов", "$5 млн", ". ", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_YEAR_PIECES), min_size=1, max_size=16).map("".join))
def test_relative_years_with_no_date_as_the_former_reading_on_generated_text(text: str) -> None:
    _same_readings_with_and_without_the_gate(text)


# the former branch of «этого» after a month, led by its look-behinds
_FORMER_RELATIVE = re.compile(year._RELATIVE.pattern.replace(
    r"этого(?:(?<=[рлтн]е\sэтого|ае\sэтого|ии\sэтого)|(?<=брь\sэтого)|(?<=рель\sэтого)"
    r"|(?<=март\sэтого)|(?<=[-–]май\sэтого)|(?<=июнь\sэтого)|(?<=июль\sэтого)"
    r"|(?<=август\sэтого)|(?<=месяцев\sэтого)|(?<=квартал\sэтого)|(?<=полугодие\sэтого))",
    r"(?:(?<=[рлтн]е\s)|(?<=ае\s)|(?<=ии\s)|(?<=брь\s)|(?<=рель\s)|(?<=март\s)|(?<=[-–]май\s)"
    r"|(?<=июнь\s)|(?<=июль\s)|(?<=август\s)|(?<=месяцев\s)|(?<=квартал\s)|(?<=полугодие\s))"
    r"этого"))


def _relative_spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in rx.finditer(text)]


def test_the_month_year_branch_is_the_former_one() -> None:
    assert _FORMER_RELATIVE.pattern != year._RELATIVE.pattern
    for text in _WRITTEN:
        assert _relative_spans(year._RELATIVE, text) == _relative_spans(_FORMER_RELATIVE, text)
    text = _WRITTEN[5]
    found = _relative_spans(year._RELATIVE, text)
    assert [text[a:b] for a, b, _ in found] == ["этого", "этого"]  # after «мае», «январе»
    assert not _relative_spans(year._RELATIVE, "кроме этого — 5 млн")


_LETTER_PIECES = ["э", "Э", "этого", "ЭТОГО", "ᲄого", "е", "Е", "р", "Р", "а", "и", "н", "т", "л",
                  "ае", "ии", "ре", "не", " ", "\u00a0", "\n", "—", "–", ",", "-", "в", "году"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_LETTER_PIECES), max_size=14).map("".join))
def test_the_month_year_branch_is_the_former_one_on_generated_text(text: str) -> None:
    assert _relative_spans(year._RELATIVE, text) == _relative_spans(_FORMER_RELATIVE, text)


def _former_opener(text: str, start: int, end: int) -> bool:
    return parts._FROM_OPENER.fullmatch(text, start, end) is not None


def _gated_opener(text: str, start: int, end: int) -> bool:
    rx = parts._FROM_OPENER if text.find(":", start, end) >= 0 else parts._FROM_OPENER_PLAIN
    return rx.fullmatch(text, start, end) is not None


def test_the_whole_opener_as_the_former_one_on_written_sentences() -> None:
    opened = 0
    for text in _WRITTEN:
        for scope in _scopes(text):
            first = min(o.start for o in scope.others)
            assert _gated_opener(text, 0, first) == _former_opener(text, 0, first)
            opened += _former_opener(text, 0, first)
    # the plain «Из», the quoted one after its speaker, «Итоги года: из» (two figures each)
    assert opened == 6


_OPENER_PIECES = ["Из ", "из ", "ИЗ ", "«", "\"", "„", "»", ":", ": ", ";", ".", "общих ", "этих ",
                  "выделенных ", "тех ", "Ответ министра", "он сказал", " ", "\u00a0", "\n", "х" * 30]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_OPENER_PIECES), max_size=10).map("".join))
def test_the_whole_opener_as_the_former_one_on_generated_text(text: str) -> None:
    for start in range(min(len(text), 3)):
        assert _gated_opener(text, start, len(text)) == _former_opener(text, start, len(text))
