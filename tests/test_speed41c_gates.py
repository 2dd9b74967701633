"""Readers this session's rules added, asked only where their patterns can match, with the same
answers as the former path (session 41, speed41c; issue 10, speed):

- `year_mentions`: the words before a year are read by one of two patterns, chosen by the
  character right before the digits (a space: a word then spaces; a hyphen: «бюджете-2021»);
  the former alternation of both can end on no other character;
- `around.is_rounding_step`: its words end in a space right before the figure;
- `around.is_exchange_ratio`: the ratio's words open with a space right after the figure, and
  «старых рублей» holds «а»/«А»;
- `rubles_said.names_our_rubles`: «наших рублей» holds «ш»/«Ш» (`belarusian_rubles` asks it
  once a figure).

Checked on sentences written here and on generated strings, with letters that sre, ignoring
case, reads as others («ᲁ» as «д», «ᲂ» as «о», «ᲃ» as «с», «ᲄ» as «т»).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.money import around, rubles_said
from analysis.money import year_mentions as ym
from analysis.money.amounts import find_amounts
from analysis.money.grammar import CORE, read_core

# the former pattern: both alternatives in one
_FORMER_PRE = re.compile(ym._YEAR_PRE_SPACED.pattern + "|"
                         + ym._YEAR_PRE_HYPHENED.pattern.removeprefix("(?i)"), re.IGNORECASE)

_PIECES = ["в", "В", "во", "до", "ДО", "ᲁᲂ", "по", "итогам", "мес.", "кв.", "янв.", "сентябре",
           "бюджете", "Бюджет", "бюджет-", "бюджете-", "ᲀ", " ", " ", "\u00a0", "-", "–", "(", "«",
           "\n", ".", ",", "2021", "2024", "1999", "12", "5,2", "млн", "рублей", "году", "г.",
           "округлены", "Округлено", "с", "ᲃ", "точностью", "тᲂчностью", "старых", "СТАРЫХ",
           "стᲁрых", "рублей", "руб.", "равны", "РАВНЫ", "одному", "1", "новому", "обменены",
           "на", "наших", "НАШИХ", "нашим", "$", "USD", "тыс.", "долларов", "примерно", "миллион"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)

_WRITTEN = [
    "В бюджете-2021 заложено 640 млн рублей, в бюджете 2022 года — 700 млн.",
    "За 9 мес. 2024 экспорт составил 79,8 млрд рублей (в 2023-м — 70,1 млрд).",
    "По итогам 2023 года товарооборот вырос; план на 2025–2026 годы утверждён.",
    "Суммы округлены до 0,1 млн долларов. Данные с точностью до 1 тыс. рублей.",
    "С 1 июля 10 000 старых рублей равны одному новому, а 100 рублей будут обменены на 1 новый.",
    "«Это примерно миллион наших рублей», — сказал он; 50 млн старых рублей, или 5 тыс. новых.",
    "Зарплата — 7,2 миллиона, в новых деньгах — 720 рублей; бюджет-2020 ᲁо 2021 года.",
    "(2024) «2025» бюджетом-2026, в\u00a02027 г., ДО 2028, ᲁᲂ 2029, во\u00a0\u00a02030.",
]


def _former_rounding(text: str, start: int) -> bool:
    return around._precision_before().search(text, max(0, start - 40), start) is not None


def _former_ratio(text: str, core: object) -> bool:
    return not core.has_scale and (  # type: ignore[attr-defined]
        around._ratio_after().match(text, core.end) is not None  # type: ignore[attr-defined]
        or around._OLD_RUBLES.search(text, core.start, core.end) is not None)  # type: ignore[attr-defined]


def _same_pre(text: str) -> None:
    """The pattern the character before each position picks finds what the former one did."""
    for ys in range(len(text) + 1):
        for lo in {max(0, ys - 16), 0}:
            former = _FORMER_PRE.search(text, lo, ys)
            before = text[ys - 1] if ys > lo else ""
            chosen = (ym._YEAR_PRE_SPACED if before in (" ", "\u00a0")
                      else ym._YEAR_PRE_HYPHENED if before == "-" else None)
            found = chosen.search(text, lo, ys) if chosen is not None else None
            assert (found and found.span()) == (former and former.span()), (text, lo, ys)


def _same_around(text: str) -> None:
    for m in CORE.finditer(text):
        core = read_core(m)
        if core is None:
            continue
        assert around.is_rounding_step(text, core) == _former_rounding(text, core.start), text
        assert around.is_exchange_ratio(text, core) == _former_ratio(text, core), text
        for start in range(len(text) + 1):  # every position, not only a figure's
            core.start = start
            assert around.is_rounding_step(text, core) == _former_rounding(text, start), text


def _same_ours(surface: str) -> None:
    former = rubles_said._OURS.search(surface) is not None
    assert rubles_said.names_our_rubles(surface) == former, surface


def test_written_sentences_read_as_before() -> None:
    for text in _WRITTEN:
        _same_pre(text)
        _same_around(text)
        _same_ours(text)
        for a in find_amounts(text):
            _same_ours(a.surface)


def test_year_words_still_read() -> None:
    text = _WRITTEN[0]
    said = {text[m.digits_start:m.digits_start + 4]: m.preposition
            for m in ym.year_mentions(text, 0, len(text))}
    assert said["2021"].startswith("бюджет") and said["2022"] == "бюджете"
    assert {m.preposition for m in ym.year_mentions("(2024) и 2024", 0, 13)} == {""}


def test_the_rules_still_answer() -> None:
    text = _WRITTEN[4]
    assert not any(a.value == 10_000 for a in find_amounts(text))  # the ratio, no sum
    assert rubles_said.names_our_rubles("миллион НАШИХ рублей")
    assert not rubles_said.names_our_rubles("миллион рублей")


@settings(max_examples=2000, deadline=None)
@given(_TEXTS)
def test_generated_strings_read_as_before(text: str) -> None:
    _same_pre(text)
    _same_around(text)
    _same_ours(text)


def test_rounding_ends_hold_every_letter_read_as_them() -> None:
    ends = around._precision_ends()
    assert ends is not None
    for letter in {e.lower() for e in ends if e.lower() in around._RUSSIAN_LETTERS}:
        read = {chr(i) for i in range(0x110000) if re.fullmatch(f"(?i){letter}", chr(i))}
        assert read <= ends, letter
