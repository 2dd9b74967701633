"""Cards: a heading line over lines of «Поле: значение» is one project told field by field.

Investment agencies' registers, import-substitution catalogues and disclosure cards write a
project as a short heading («Сборка автогрейдеров», «4.1. Погрузчик фронтальный ПФ-2,5») and
then one field a line: «Инвестор: ООО «…», партнер — ОАО «МТЗ»», «Площадка: г. Уфа»,
«Стадия: идет монтаж оборудования». Read line by line, the heading has the kind and no firm,
the investor line the firms and no kind, the stage line the stage alone, and no sentence tells
the project. `card_sentences` joins a heading and the field lines under it into one reading
unit, so the reader sees them together as it sees a sentence (rounds 29 and 30: catalogue
entries, investment agency cards).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby
from typing import TypeVar

from analysis.entities import find_regions
from analysis.lazypattern import lazy_compile

# «Инвестор: …», «Площадка: …», «Рабочие места: …», «Регион производства: …»: a field label of
# one to three words opening a line, a colon and a value
_FIELD = lazy_compile(r"[А-ЯЁ][а-яё]+(?:[ -][а-яё]+){0,2}:[ \t]+\S")
# a card heading is short: a name, not a sentence of news
_HEADING_MAX = 90
_LEAST_FIELDS = 2  # one «Примечание: …» under a line is no card

S = TypeVar("S")


def _field_line(text: str, start: int) -> bool:
    """Does the line at `start` open with a field label («Инвестор: …»), not with a place
    (a digest's «Калуга: стартовала сборка», «Тульская область: …» tells news of its own)?"""
    m = _FIELD.match(text, start)
    return m is not None and not find_regions(text[start:text.index(":", start)])


def card_sentences(text: str, sents: list[S], start_of: Callable[[S], int],
                   end_of: Callable[[S], int], paragraph_of: Callable[[S], int],
                   join: Callable[[S, S], S]) -> list[S]:
    """`sents` (in order, each knowing its paragraph: a line) with every card joined: the last
    sentence of a heading line and the sentences of the field lines under it become one
    (`join(first, last)`). A heading is a short line that is no field and does not end in a
    full stop; a card has at least two field lines."""
    lines = [list(g) for _, g in groupby(sents, key=paragraph_of)]
    field = [_field_line(text, start_of(line[0])) for line in lines]
    out: list[S] = []
    k = 0
    while k < len(lines):
        n = 0
        while k + 1 + n < len(lines) and field[k + 1 + n]:
            n += 1
        line = lines[k]
        heading = not field[k] and end_of(line[-1]) - start_of(line[0]) <= _HEADING_MAX \
            and text[end_of(line[-1]) - 1] not in ".!?:;"
        if heading and n >= _LEAST_FIELDS:
            out.extend(line[:-1])  # «Проект № 47.» before «Сборка машин …»
            out.append(join(line[-1], lines[k + n][-1]))
            k += 1 + n
            continue
        out.extend(line)
        k += 1
    return out
